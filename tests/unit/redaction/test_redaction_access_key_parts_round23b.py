"""An AWS access key ID typed in parts: its prefix and first groups ending a message ("key
AKIA 7QX2 M4PD"), then exactly the characters left alone ("K9WE 2R8T"). Both are masked, a
wait between them keeps the marker; a continent, words and other shapes stay. Synthetic
values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from connect_privacy.redaction.patterns.access_key_parts import (
    access_key_rest,
    access_key_start,
)
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("key AKIA 7QX2 M4PD", "K9WE 2R8T"),
        ("Schlüssel AKIA-7QX2-M4PD-K9WE", "2R8T"),
        ("here: AKIA 7QX2 M4PD", "K9WE 2R8T"),  # a digit says it, no word needed
        ("Key AKIA", "7QX2 M4PD K9WE 2R8T"),  # the prefix alone after a key's word
        ("key ASIA 7QX2 M4PD", "KXWE RQPT"),  # capitals alone, in printed groups of four
    ],
)
def test_an_access_key_in_parts_is_masked(first: str, rest: str) -> None:
    value = first[first.find("AKIA") if "AKIA" in first else first.find("ASIA") :].rstrip()
    out, markers = conversation(first, rest)
    assert out == [first.replace(value, "[AWS_ACCESS_KEY]"), "[AWS_ACCESS_KEY]"]
    assert markers[1] is None


def test_a_wait_between_the_parts_keeps_the_marker() -> None:
    out, markers = conversation("key AKIA 7QX2 M4PD", "one sec", "K9WE 2R8T")
    assert out == ["key [AWS_ACCESS_KEY]", "one sec", "[AWS_ACCESS_KEY]"]
    assert markers[1] is not None and markers[1].follow_ups == 1


def test_the_marker_holds_counts_and_survives_the_sessions_table() -> None:
    _, markers = conversation("key AKIA 7QX2 M4PD")
    marker = markers[0]
    assert marker is not None
    assert (marker.entity_type, marker.seen, marker.complete) == ("AWS_ACCESS_KEY", 12, 20)
    assert PendingNumber.from_item(marker.to_item()) == marker


@pytest.mark.parametrize(
    "text",
    [
        "we fly to ASIA",  # a continent: no digit, no key's word
        "key to ASIA tour",  # not ending the message
        "AKIA 7QX2 M4PD please",  # a word ends the message
        "key AKIA7QX2",  # no separator: not a group
        "key akia 7qx2",  # small letters: no key's prefix
        "my order ASIA TOUR",  # capitals without a digit or a key's word
        "we fly to asia",  # no capital A at all
    ],
)
def test_no_start_is_read(text: str) -> None:
    assert access_key_start(text) is None


def test_a_key_word_too_far_before_the_prefix_says_nothing() -> None:
    assert access_key_start("key abcdefgh ASIA") is None  # thirteen characters before
    assert access_key_start("key abcdefg ASIA") is not None  # twelve: within reach
    assert access_key_start("my id ASIA") is not None


@pytest.mark.parametrize(
    ("text", "chars"),
    [
        ("key AKIA", 4),
        ("AKIA 7QX2", 8),
        ("AKIA 7QX2 M4PD K9WE", 16),  # three groups: the most a start holds
    ],
)
def test_first_groups_are_read(text: str, chars: int) -> None:
    found = access_key_start(text)
    assert found is not None and found[2] == chars


def test_a_whole_key_is_no_start() -> None:
    assert access_key_start("AKIA 7QX2M4PD K9WE2R8T") is None


@pytest.mark.parametrize(
    "rest",
    [
        "K9WE",  # fewer characters than were left
        "K9WE 2R8T 5Q",  # more
        "thanks K9WE 2R8T",  # a word before them
        "OKAY",  # capitals alone, one group
        "THANK YOU",  # capitals alone, not in groups of four
    ],
)
def test_a_next_message_that_is_not_the_rest_stays_and_ends_the_marker(rest: str) -> None:
    out, markers = conversation("key AKIA 7QX2 M4PD", rest)
    assert out[1] == rest
    assert markers[1] is None


def test_the_rest_must_hold_exactly_the_characters_left() -> None:
    assert access_key_rest("K9WE 2R8T", 8) == (0, 9)
    assert access_key_rest("K9WE 2R8T", 7) is None
    assert access_key_rest("K9WE 2R8T", 9) is None
    assert access_key_rest("KXWE RQPT", 8) == (0, 9)
    assert access_key_rest("KXWE", 4) is None
