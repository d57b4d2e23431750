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
