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
    ("amount", "account"),
    [
        ("betrag CHF 1533.00", "kontonummer"),
        ("amount CHF 1442.50", "account number"),
        ("montant 2150,75 CHF", "numéro de compte"),
        ("monto USD 2150.75", "número de cuenta"),
        ("valor 1533,00 EUR", "número da conta"),
    ],
)
def test_an_amount_before_an_account_word_stays(amount: str, account: str) -> None:
    assert redact(f"{amount}, {account} 12345678") == f"{amount}, {account} {ACCOUNT}"


@pytest.mark.parametrize(
    ("before", "account"),
    [
        ("", "kontonummer"),
        ("la cuenta es ", "número de cuenta"),
    ],
)
def test_a_number_without_a_currency_before_an_account_word_is_masked(
    before: str, account: str
) -> None:
    text = f"{before}15330041, {account} 12345678"

    assert redact(text) == f"{before}{ACCOUNT}, {account} {ACCOUNT}"


def test_a_number_without_a_currency_before_its_own_copula_is_masked() -> None:
    assert redact("12345678 is my account number") == f"{ACCOUNT} is my account number"
