"""Round 49: an amount typed right before an account's word ("betrag CHF 1533.00,
kontonummer ..."): a number before the bank's word is read as the account it names, unless
a currency stands before or after it (read before the value or after it). The Swiss franc's
code counts as a currency. Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

ACCOUNT = "[BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("betrag CHF 1533.00, kontonummer 12345678", f"betrag CHF 1533.00, kontonummer {ACCOUNT}"),
        ("amount CHF 1442.50, account number 87654321", f"amount CHF 1442.50, account number {ACCOUNT}"),
        ("montant 2150,75 CHF, numéro de compte 12345678", f"montant 2150,75 CHF, numéro de compte {ACCOUNT}"),
        ("monto USD 2150.75, número de cuenta 12345678", f"monto USD 2150.75, número de cuenta {ACCOUNT}"),
        ("valor 1533,00 EUR, número da conta 12345678", f"valor 1533,00 EUR, número da conta {ACCOUNT}"),
    ],
)  # fmt: skip
def test_an_amount_before_an_account_word_stays(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("15330041, kontonummer 12345678", f"{ACCOUNT}, kontonummer {ACCOUNT}"),
        ("la cuenta es 15330041, número de cuenta 12345678", f"la cuenta es {ACCOUNT}, número de cuenta {ACCOUNT}"),
        ("12345678 is my account number", f"{ACCOUNT} is my account number"),
    ],
)  # fmt: skip
def test_a_number_without_a_currency_before_an_account_word_is_masked(
    text: str, masked: str
) -> None:
    assert redact(text) == masked
