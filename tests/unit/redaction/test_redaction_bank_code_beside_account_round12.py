"""Round 12: a bank's own code after its word, beside the account just given ("cuenta
1554082869 banco 730", "conta 12345678 banco 341", "compte ... banque 30004"). Without an
account's number the word is a bank's name or a place. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "numero de cuenta 1234567890 banco 123",
        "conta 12345678 banco 341",
        "compte 12345678901 banque 30004",
    ],
)
def test_a_bank_code_beside_an_account_is_masked(text):
    out = redact(text)

    assert "[BANK_ROUTING]" in out and "[BANK_ACCOUNT_NUMBER]" in out


def test_a_bank_with_a_number_but_no_account_stays():
    assert redact("fui al banco 24 horas de la calle 123") == (
        "fui al banco 24 horas de la calle 123"
    )
