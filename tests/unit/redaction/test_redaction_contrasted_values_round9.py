"""Round 9: a number set against a found one ("should be 466924905315 not 64265152626", "es
612345678 y no 612345687") is the customer's too, mistyped or old: masked as the found one's
kind when it has about as many digits (two more or fewer). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "autopay pulled $730 from the wrong acct. should be 466924905315 not 64265152626",
            "autopay pulled $730 from the wrong acct. should be [BANK_ACCOUNT_NUMBER] not "
            "[BANK_ACCOUNT_NUMBER]",
        ),
        ("mi móvil es 612345678 y no 612345687", "mi móvil es [PHONE] y no [PHONE]"),
        (
            "card 4111 1111 1111 1111 instead of 4111 1111 1111 1112",
            "card [CREDIT_DEBIT_NUMBER] instead of [CREDIT_DEBIT_NUMBER]",
        ),
    ],
)
def test_the_contrasted_number_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my acct is 12345678 not 2023", "2023"),  # a year: far fewer digits
        ("my acct is 12345678 not order 445566", "445566"),  # a word between: not the value
        ("the acct should be 466924905315 not 64265152626, order 778812", "778812"),
    ],
)
def test_a_shorter_or_named_number_after_it_stays(text, kept):
    masked = redact(text)

    assert "[BANK_ACCOUNT_NUMBER]" in masked and kept in masked
