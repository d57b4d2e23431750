"""Phones as customers write their country code (issue 14: phones, numbers split across
messages): Mexican mobiles with the "+52 1" that WhatsApp still prints, in text and in a
link's percent-encoded parameter, and a country code with the first digits ending a message
whose next message holds the rest. Numbers are synthetic; phrasings are written for these
tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("abrí https://wa.me/send?phone=%2B5212221234567 y nada", "1234567"),
        ("mi cel: +5214421234567", "1234567"),
        ("whats +5216671234567 porfa", "1234567"),
        ("mi cel +52 1 442 123 4567", "4567"),
    ],
)
def test_mexican_mobiles_with_the_old_mobile_one_are_phones(text: str, digits: str) -> None:
    assert digits not in redact(text)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("my number is +1 415", "555 0132"),
        ("c'est le +33 6", "12 34 56 78"),
        ("ligue para +55 11", "98765-4321"),
        ("erreichbar unter +49 (170", ") 123 4567"),
    ],
)
def test_a_country_code_ending_a_message_starts_a_phone_continued_next(
    first: str, second: str
) -> None:
    texts, markers = conversation(first, second)
    assert markers[0] is not None
    assert markers[0].entity_type == "PHONE"
    assert not any(c.isdigit() for c in texts[0] + texts[1])


@pytest.mark.parametrize(
    "text",
    [
        "la promo es +200% hoy",
        "subió +150 € desde ayer",
        "total +150",
        "the score was +3 - 2",
        "gained +12 followers, order 4417 +2",
    ],
)
def test_plus_signs_that_start_no_phone_leave_no_marker(text: str) -> None:
    texts, markers = conversation(text)
    assert texts == [text]
    assert markers == [None]
