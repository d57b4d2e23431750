"""Round 8b: a bank branch's four-digit code beside a bank's code or an account ("entidad
2100 oficina 0418, el resto de la cuenta ...", "branch code 0418", "código de sucursal
0418") is masked as a routing code; an office's number in a message that names no bank,
and a shop's branch ("sucursal #0418"), stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "entidad 2100 oficina 0418, el resto de la cuenta 0200051332",
        "my account is with Example Bank, branch code 0418",
        "banco Ejemplo, código de sucursal 0418, cuenta 0200051332",
        "compte chez Banque Exemple, code de la succursale 0418",
    ],
)
def test_a_branch_code_beside_a_bank_is_masked(text):
    assert "0418" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "la oficina 0418 estaba cerrada el lunes",
        "the branch 0418 store was closed",
        "cuenta 0200051332 del banco, sucursal #0418",
        "Konto bei der Musterbank, Filiale 0418 hat zu",
        "my account was charged twice at store 633, oficina 0418",
    ],
)
def test_an_office_or_shop_number_stays(text):
    assert "0418" in redact(text)


# Round 27: Canada's transit (five digits) and South Africa's branch code (six) after a
# branch word beside an account; seven digits are no branch's code.
@pytest.mark.parametrize("code", ["09469", "092658"])
def test_a_five_or_six_digit_branch_code_beside_an_account_is_masked(code):
    assert code not in redact(f"account 8195 2028 4023, branch code {code}")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("account 8195 2028 4023, branch code 0926581", "0926581"),
        ("branch code 09469", "09469"),  # no account or bank named
        ("my account was charged twice at store 633, branch code 09469", "09469"),
    ],
)
def test_a_branch_words_number_that_is_no_branch_code_stays(text, code):
    assert code in redact(text)
