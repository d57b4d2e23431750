"""Round 25, English and German: the customer says the number on file is wrong and starts
the right one ("yeah the number you have is wrong, it should be 646"), the rest following
in the next message. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("yeah the number you have is wrong, it should be 646", "5550124"),
        ("the number you have is wrong, it should be 202 555", "0134"),
        ("yes the number you have is wrong, it's 415", "555 0101"),
        ("no the number you have is old, should be 212", "555 0195"),
        ("ja die Nummer die ihr habt ist falsch, richtig ist 0151", "2345678"),
        ("nein die Nummer ist 0151", "2345678"),
    ],
)
def test_the_right_number_after_the_wrong_one_on_file_is_masked_over_messages(first, rest):
    masked, _ = conversation(first, rest)
    assert masked[0].endswith("[PHONE]")
    assert masked[1] == "[PHONE]"


@pytest.mark.parametrize(
    "text",
    [
        # an order's number: a reference word before the number word
        "the order number you have is wrong, it should be 646",
        # "should be" a count, not a phone's start
        "yeah the number should be 12 by now",
        # another opening word than an assent
        "maybe the number you have is wrong, it should be 646",
    ],
)
def test_a_number_that_is_no_phone_start_stays(text):
    masked, _ = conversation(text)
    assert masked[0] == text


@pytest.mark.parametrize("first", ["ph: 03", "ph 03", "ph 021"])
def test_a_trunk_zero_and_area_digit_after_ph_start_a_phone(first):
    masked, _ = conversation(first, "2847758")
    assert masked == [first.split()[0] + " [PHONE]", "[PHONE]"]


@pytest.mark.parametrize(
    "first",
    [
        # two digits without the trunk zero: an acidity's reading
        "ph: 31",
        "ph 14",
        # the trunk zero alone after "ph" and no colon: too little to be a phone's start
        "ph 0",
    ],
)
def test_short_digits_after_ph_without_a_trunk_and_area_start_nothing(first):
    masked, pending = conversation(first)
    assert masked == [first]
    assert pending == [None]
