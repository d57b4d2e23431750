"""Round 50: a price of four digits or more with its cents, its thousands not grouped ("für
eine Überweisung von 1725,11 €"), in the message after an account's start: the amount the
customer speaks of, not the account's rest. Digits without cents, and a phone's pair of
groups after "puis", are still the rest. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "price"),
    [
        ("the bank says my account is 1234567890", "for a transfer of 1725.11"),
        ("el banco dice que la cuenta es 1234567890", "para una transferencia de 1145,99 €"),
        ("la banque dit que le compte est 1234567890", "pour un virement de 1021,88 €"),
        ("die Bank sagt, Konto 1234567890", "für eine Überweisung von 1725,11 €"),
        ("o banco disse que a conta é 1234567890", "pra uma transferência de 1146,09 €"),
    ],
)
def test_a_price_with_cents_after_an_accounts_start_stays(first: str, price: str) -> None:
    out, _ = conversation(first, price)

    assert out[1] == price


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("my account is 1234 5678", "and 9012", "and [BANK_ACCOUNT_NUMBER]"),
        ("mon tel 06 12", "puis 34.56", "puis [PHONE]"),
    ],
)
def test_the_rest_without_cents_is_still_masked(first: str, second: str, masked: str) -> None:
    out, _ = conversation(first, second)

    assert out[1] == masked
