"""Round 41: a calendar date typed right before an account's word ("bloquée depuis le
19/08/2027 (compte jdoe)") is the day something happened, not the account's number; a
number of digit groups there is still the account's. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "my order is stuck since 19/08/2027 (account jdoe)",
        "mi pedido está bloqueado desde el 14-03-2025 (cuenta jdoe)",
        "ma commande est bloquée depuis le 4-09-2023 (compte jdoe)",
        "meine Bestellung hängt seit dem 14.03.2025 (Konto jdoe)",
        "meu pedido está parado desde 2025-03-14 (conta jdoe)",
        "ma commande est bloquée depuis le 12/01/2027, compte jdoe",
    ],
)  # fmt: skip
def test_a_date_before_the_account_word_is_kept(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # digit groups that are no calendar day: the account's number
        ("19/08/20270 (account)", "[BANK_ACCOUNT_NUMBER] (account)"),
        ("1234-5678-9012 is my account number", "[BANK_ACCOUNT_NUMBER] is my account number"),
        ("45/19/2027 (compte)", "[BANK_ACCOUNT_NUMBER] (compte)"),
        ("12345678 (Konto)", "[BANK_ACCOUNT_NUMBER] (Konto)"),
    ],
)  # fmt: skip
def test_digit_groups_before_the_account_word_are_masked(text, masked):
    assert redact(text) == masked
