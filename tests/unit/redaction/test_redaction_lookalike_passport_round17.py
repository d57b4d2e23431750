"""Round 17: a German passport number with a look-alike letter typed for a digit, lower
case among its capitals ("reisepass JC9 LZJ oYI"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("reisepass CK9 LZT oYN für flug LH4410", "oYN"),
        ("reisepass CMJClXNJH für flug LH4410", "CMJClXNJH"),
        ("mein reisepass ist C8F lZL 5YF", "lZL"),
        ("passport CFG-HJo-K12", "HJo"),
    ],
)
def test_a_passport_with_a_lookalike_letter_is_masked(text: str, value: str) -> None:
    out = redact(text)
    assert "[PASSPORT_NUMBER]" in out
    assert value not in out


@pytest.mark.parametrize(
    "text",
    [
        # capitals only, a vowel among them: no look-alike typed in lower case
        "reisepass JCM LZJ IYI",
        # eight characters
        "reisepass CK9 LZT oY",
        # two joints
        "reisepass CK9 LZT-oYN",
        # no passport word
        "code CK9 LZT oYN",
        # words in lower case
        "reisepass ist noch gültig",
    ],
)
def test_letters_that_are_no_lookalike_passport_stay(text: str) -> None:
    assert "[PASSPORT_NUMBER]" not in redact(text)


def test_the_flight_number_after_a_lookalike_passport_stays() -> None:
    assert redact("reisepass CK9 LZT oYN für flug LH4410") == (
        "reisepass [PASSPORT_NUMBER] für flug LH4410"
    )
