"""Round 9: a reply that hands over one identifier and nothing else ("ok here u go
D1176950", "here it is A051850258711", "voici AB1234567", "hier bitte C01234567") is the
passport or licence number the agent asked for; a bare number handed over the same way is
read as a bare reply ("ok here u go 596196034"). The same shape sent bare, as an order's
number often is, stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ok here u go D1176950", "ok here u go [PASSPORT_NUMBER]"),
        ("here you go AB123456", "here you go [PASSPORT_NUMBER]"),
        ("here it is A051850258711", "here it is [DRIVER_ID]"),
        ("ok here it is A051-850-25-871-1", "ok here it is [DRIVER_ID]"),
        ("voici AB1234567", "voici [PASSPORT_NUMBER]"),
        ("hier bitte C01234567", "hier bitte [PASSPORT_NUMBER]"),
        ("aquí tiene X12345678", "aquí tiene [PASSPORT_NUMBER]"),
        ("ok here u go 596196034", "ok here u go [SSN]"),
    ],
)
def test_a_handed_over_identifier_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "W528349747",  # an order's number, sent bare
        "ok W123456789",
        "here you go #A1234567",  # a number sign: a reference
        "here you go, flight BA2490 lands at 14:05",
    ],
)
def test_the_shape_without_a_handover_stays(text):
    assert redact(text) == text
