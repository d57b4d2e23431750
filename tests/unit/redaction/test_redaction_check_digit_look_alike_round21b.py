"""Round 21b: an account's check digit after the dash typed with its look-alike letter ("conta
7701850-I", "c/c 0098765-O") is the account's. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("conta corrente 4410925-I", "conta corrente [BANK_ACCOUNT_NUMBER]"),
        ("conta 4410925-l", "conta [BANK_ACCOUNT_NUMBER]"),
        ("conta 4410925-O", "conta [BANK_ACCOUNT_NUMBER]"),
        ("c/c 0044109-O", "c/c [BANK_ACCOUNT_NUMBER]"),
        ("cc 4410925-I", "cc [BANK_ACCOUNT_NUMBER]"),
    ],
)
def test_a_look_alike_check_digit_is_the_accounts(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # a small "o" or "i" and a capital "L" are no digit's look-alike: the number alone
        ("conta 4410925-o", "conta [BANK_ACCOUNT_NUMBER]-o"),
        ("conta 4410925-i", "conta [BANK_ACCOUNT_NUMBER]-i"),
        ("conta 4410925-L", "conta [BANK_ACCOUNT_NUMBER]-L"),
        # a word after the dash is no check digit
        ("conta 4410925-Ok", "conta [BANK_ACCOUNT_NUMBER]-Ok"),
    ],
)
def test_a_letter_that_is_no_look_alike_stays(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_reference_with_a_look_alike_check_digit_stays() -> None:
    assert redact("pedido 4410925-I") == "pedido 4410925-I"
