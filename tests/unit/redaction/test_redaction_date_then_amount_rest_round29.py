"""Round 29: after the start of a bank number, a message that gives a day and month closed by
their dot and then other digits ("hab am 13.7. 743,99 EUR überwiesen") tells when a payment
went out and how much: no rest of the number. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "then",
    [
        "hab am 13.7. 743,99 EUR überwiesen",
        "hab am 13.7. 743 überwiesen",
        "hab am 31.1. 743 überwiesen",  # the last day a month has
        "hab am 1.12. 743 überwiesen",
        "bezahlt am 3.6. 190,99€",
    ],
)
def test_a_dated_payment_after_a_bank_numbers_start_is_kept(then: str) -> None:
    masked, _ = conversation("IBAN DE89 3704", then)
    assert masked[1] == then


@pytest.mark.parametrize(
    ("then", "masked_then"),
    [
        ("hab am 32.1. 743 überwiesen", f"hab am {IBAN} überwiesen"),  # no day 32
        ("hab am 13.7 743 überwiesen", f"hab am {IBAN} überwiesen"),  # no closing dot
        ("13.7. 743", IBAN),  # no words before it: digits alone go on with the number
    ],
)
def test_what_is_no_dated_payment_still_continues_the_number(then: str, masked_then: str) -> None:
    masked, _ = conversation("IBAN DE89 3704", then)
    assert masked[1] == masked_then
