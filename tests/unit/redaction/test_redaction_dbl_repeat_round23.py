"""Round 23: chat's "dbl" for "double" repeats the next said digit, as "double" does ("cvc
is dbl five, five"); alone it stays a word ("dbl espresso"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("cvc is dbl five, five", "cvc is [CREDIT_DEBIT_CVV]"),
        ("cvc is dbl five five", "cvc is [CREDIT_DEBIT_CVV]"),
    ],
)
def test_dbl_repeats_the_next_digit(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", ["I ordered a dbl espresso", "dbl check the 2 items"])
def test_dbl_without_said_digits_stays(text: str) -> None:
    assert redact(text) == text
