"""Round 19, over messages: "Pass" (German for passport) opening a message before a
passport's first characters starts a passport ("Pass G3P", then "7YN ZY0"), as its longer
words do; the word inside a message ("boarding pass", "bus pass") starts nothing. Synthetic
values in the German passports' alphabet."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("pass G3P", "7YN ZY0"),
        ("Pass CFK 4JK", "T4K"),
        ("PASS: C01", "X00T47"),
        ("pass FCJ-323", "R3F"),
        ("....pass G3P", "7YN ZY0"),  # four symbols before the word, the most
    ],
)
def test_pass_opening_the_message_starts_a_passport(first: str, rest: str) -> None:
    out, markers = conversation(first, rest)

    assert markers[0] is not None and markers[0].entity_type == "PASSPORT_NUMBER"
    assert out[1] == "[PASSPORT_NUMBER]", out
    assert not any(c.isdigit() for c in "".join(out)), out


@pytest.mark.parametrize(
    "first",
    [
        ".....pass G3P",  # five symbols before the word
        "boarding pass B12",  # the word inside the message
        "my bus pass G3P",
        "passes 12A",  # another word
        "pass's 12A",
        "pass\u2019s 12A",
        "pass it on",  # no passport's start
        "pass PDF",  # an acronym with a vowel
        "pass B12 gate",  # a word after the start names it
    ],
)
def test_pass_elsewhere_or_before_no_passport_start_starts_nothing(first: str) -> None:
    out, markers = conversation(first, "7YN ZY0")

    assert markers[0] is None or markers[0].entity_type != "PASSPORT_NUMBER"
    assert out[1] == "7YN ZY0", out
