"""An expiry whose month is typed in look-alike letters alone ("OI 27" for 01/27, "lo / 3O"
for 10/30, "Il/2O26" for 11/2026) after its word: masked; the deobfuscated view reads a group
as digits only when a digit is in it. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.banking import find_lookalike_expiry
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("card expires OI 28", "card expires [CREDIT_DEBIT_EXPIRY]"),  # 01
        ("card expires ol/29", "card expires [CREDIT_DEBIT_EXPIRY]"),  # 01, lower case
        ("la tarjeta vence IO 31", "la tarjeta vence [CREDIT_DEBIT_EXPIRY]"),  # 10
        ("la carte expire lo / 3O", "la carte expire [CREDIT_DEBIT_EXPIRY]"),  # year look-alike
        ("validade Il/2O29", "validade [CREDIT_DEBIT_EXPIRY]"),  # 11, a four-digit year
        ("Ablauf II.27", "Ablauf [CREDIT_DEBIT_EXPIRY]"),
        ("expiry lI-20", "expiry [CREDIT_DEBIT_EXPIRY]"),  # 2020: the first year kept
        ("card expires, I believe, ol 30", "card expires, I believe, [CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_a_lookalike_month_after_an_expiry_word_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "card expires OO 28",  # 00 is no month
        "card expires oO 28",  # nor with a lower-case first
        "expiry lI-19",  # 2019: long past
        "card expires IO 281",  # three digits after: no year
        "hello ol 30 times",  # no expiry word
        "card expires bol 30",  # a letter before it: part of a word
        "expires, as I wrote in the other chat, ol 30",  # its word too far before it
        "invoice due, expires ol 30",  # a bill's due date
    ],
)
def test_no_lookalike_expiry_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "clear",
    [
        "card expires IO/11/2027",  # a day and a month before a year: a full date
        "card expires IO 11-27",
    ],
)
def test_a_lookalike_day_of_a_full_date_is_no_expiry(clear: str) -> None:
    assert list(find_lookalike_expiry(clear)) == []
