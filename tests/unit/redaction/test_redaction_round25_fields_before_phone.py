"""Round 25, English: a phone in a field after an address's postcode that has its own
value ("postcode M2 7TW, number 0161 496 0663"). A comma or semicolon ends a field as a
line break does. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postcode M2 7TW, number 0161 496 0663", "postcode M2 7TW, number [PHONE]"),
        ("zip 90210; number 0161 496 0663", "zip 90210; number [PHONE]"),
        ("order 5521, number 0161 496 0663", "order 5521, number [PHONE]"),
    ],
)
def test_a_phone_after_a_reference_field_with_its_own_value_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # the reference word has no value of its own before the comma: the number is its
        "order number, 0161 496 0663",
        "order, 0161 496 0663",
        # no comma, semicolon or line break: the reference's own number
        "order 0161 496 0663",
        # a reference word after the comma owns the number
        "postcode M2 7TW, order 0161 496 0663",
    ],
)
def test_a_number_the_reference_owns_stays(text):
    assert redact(text) == text
