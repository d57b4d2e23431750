"""A MAC address in two messages whose first part is one pair or pairs typed with no joint
("mac B7", "MAC 3ca62f"), or two decimal pairs no time or date opens ("mac 47-09"), and
whose rest may be glued too ("910b7e"). Words, standards, numbers and times stay.
Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.mac_parts import mac_pairs_ending, mac_rest
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "value", "rest"),
    [
        ("my router mac b7", "b7", "3c a6 2f 91 0b"),  # one pair, a digit and a letter
        ("MAC C4", "C4", "A6-2F-91-0B-7E"),
        ("mac FE", "FE", "A6:2F:91:0B:7E"),  # one pair of capitals
        ("mac 3ca6", "3ca6", "2f910b7e"),  # glued pairs, rest glued
        ("MAC 3ca62f", "3ca62f", "910b7e"),
        ("adresse mac : 3C", "3C", "A62F910B7E"),
        ("my router mac 47-09", "47-09", "ab-cd-ef-01"),  # no hour or day opens it
    ],
)
def test_the_parts_are_masked(first: str, value: str, rest: str) -> None:
    out, markers = conversation(first, rest)
    assert out == [first.replace(value, "[MAC_ADDRESS]"), "[MAC_ADDRESS]"]
    assert markers[1] is None


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("mac b7", 1),
        ("mac 3ca6", 2),
        ("mac 3CA62F91", 4),
        ("mac 3ca62f910b", 5),
        ("mac 32-09", 2),  # 32: no day
        ("mac 99 09", 2),
        ("mac AB CD", 2),  # joined pairs need no digit
    ],
)
def test_a_first_part_counts_its_pairs(text: str, pairs: int) -> None:
    found = mac_pairs_ending(text)
    assert found is not None and found[2] == pairs


@pytest.mark.parametrize(
    "text",
    [
        "mac de",  # small letters alone: a word
        "the mac cafe",
        "mac 12",  # digits alone: a number
        "mac 2024",
        "mac 202412",
        "mac Fe",  # neither capitals nor a digit
        "mac ABCD",  # glued capitals alone
        "wifi 6E",  # a standard: unjoined needs a word naming the MAC
        "ethernet b7",
        "mac 31-12",  # a day and a month
        "mac 23:59",  # a time
        "mac 3ca62",  # an odd count of characters
        "mac 3ca62f910b7e",  # six pairs: whole, ``network.find_mac`` finds it
    ],
)
def test_no_first_part_is_read(text: str) -> None:
    assert mac_pairs_ending(text) is None


@pytest.mark.parametrize(
    ("text", "left", "read"),
    [
        ("910b7e", 3, True),
        ("2f910b7e", 4, True),
        ("3CA62F910B", 5, True),
        ("910b7e", 4, False),  # another count
        ("910b7", 3, False),  # odd
        ("123456", 3, False),  # digits alone
        ("abcdef", 3, False),  # letters alone
        ("910b7e thanks", 3, False),
    ],
)
def test_a_glued_rest(text: str, left: int, read: bool) -> None:
    assert (mac_rest(text, left) is not None) is read
