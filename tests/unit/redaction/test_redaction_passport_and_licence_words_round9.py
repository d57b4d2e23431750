"""Round 9: the shorthands forms and travel desks use for passports and licences ("PP
123456789", "pass no C12345678", "DLN", "learner's permit", "permit no"), and a passport's
number labelled "number" further on in the same sentence ("renew my passport online and it
says number 379983235 doesn't match"). A boarding pass's number, an order's number after
the passport word and a year after "PP" stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("PP 123456789", "PP [PASSPORT_NUMBER]"),
        ("PP: C1234567", "PP: [PASSPORT_NUMBER]"),
        ("pass no. C12345678", "pass no. [PASSPORT_NUMBER]"),
        ("DLN 123456789", "DLN [DRIVER_ID]"),
        ("learner's permit A1234567", "learner's permit [DRIVER_ID]"),
        ("permit no 12345678", "permit no [DRIVER_ID]"),
        (
            "I'm trying to renew my passport online and it says number 379983235 doesn't match",
            "I'm trying to renew my passport online and it says number [PASSPORT_NUMBER] "
            "doesn't match",
        ),
    ],
)
def test_the_shorthand_or_the_labelled_number_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "boarding pass no 123456789",
        "my passport is fine, order number 123456789",
        "PP 2024",
        "my passport is fine. The ticket number 123456789 is wrong",
    ],
)
def test_other_numbers_stay(text):
    assert redact(text) == text
