"""Round 7: a reply that is one number may open with a word of assent ("ok 807"), and one
that reads as a time or a day and month ("21.05", "27.8.") is no code. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ok 807", "ok [CREDIT_DEBIT_CVV]"),
        ("lol ok 5046", "lol ok [PIN]"),
        ("vale, 123", "vale, [CREDIT_DEBIT_CVV]"),
        ("voilà 0420", "voilà [PIN]"),
        ("here 123-45-6789", "here [SSN]"),
        ("73.53", "[PIN]"),  # no time nor day: a code's digits
        ("03.27", "[CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_a_number_after_a_word_of_assent_is_the_answer(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    ["21.05", "27.8.", "11.45", "7:45", "ok 10001", "okay 2019", "1234 ok", "ok"],
)
def test_a_time_a_day_a_postcode_or_a_year_alone_stays(text):
    assert redact(text) == text
