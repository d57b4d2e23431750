"""Round 9: a short number right after a word that says phone ("phone 555-1234", "call me
on 555-1234", "mobile 02.21.1096"): a subscriber's number without its area code, seven or
eight digits in groups, is masked as a phone. A full date after the phone word and an
order's number stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("phone 555-1234", "phone [PHONE]"),
        ("call me on 555-1234", "call me on [PHONE]"),
        ("mobile 02.21.1096", "mobile [PHONE]"),
        ("cell 555 1234 thx", "cell [PHONE] thx"),
        ("mi móvil es 612 34 56", "mi móvil es [PHONE]"),
    ],
)
def test_a_local_number_after_a_phone_word_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "phone broke on 12.03.2024",
        "mob line is dead since 2026-08-03",
        "phone order 555-1234 never came",
        "my phone is 3 years old, 2 cracks",
    ],
)
def test_a_date_or_a_reference_after_the_phone_word_stays(text):
    assert redact(text) == text


def test_the_first_groups_of_a_longer_number_are_not_taken_alone():
    # a phone of nine digits is read whole or not at all, never its first seven
    assert redact("mi movil 612 34 56 78") == "mi movil [PHONE]"
