"""A MAC address typed in two messages: its first pairs after its word ("the router shows
mac 3C:A6:2F"), then the rest alone ("91:0B:7E"). Both parts are masked, a wait between
them keeps the marker, and a time, two pairs or a rest of another length stay. Synthetic
values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from connect_privacy.redaction.patterns.mac_parts import mac_pairs_ending, mac_rest
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest", "masked"),
    [
        (
            "the router shows mac 3C:A6:2F",
            "91:0B:7E",
            ["the router shows mac [MAC_ADDRESS]", "[MAC_ADDRESS]"],
        ),
        ("mac is 3c-a6-2f-91", "0b-7e", ["mac is [MAC_ADDRESS]", "[MAC_ADDRESS]"]),
        ("adresse mac : 3C:A6:2F:91:0B", ":7E", ["adresse mac : [MAC_ADDRESS]", ":[MAC_ADDRESS]"]),
        (
            "dirección mac 3C:A6:2F:",
            "91:0B:7E.",
            ["dirección mac [MAC_ADDRESS]:", "[MAC_ADDRESS]."],
        ),
    ],
)
def test_a_mac_address_in_two_messages_is_masked(first: str, rest: str, masked: list[str]) -> None:
    out, markers = conversation(first, rest)
    assert out == masked
    assert markers[1] is None


def test_a_wait_between_the_parts_keeps_the_marker() -> None:
    out, markers = conversation("mac 3C:A6:2F", "wait", "91:0B:7E")
    assert out == ["mac [MAC_ADDRESS]", "wait", "[MAC_ADDRESS]"]
    assert markers[1] is not None and markers[1].follow_ups == 1


def test_the_marker_holds_pair_counts_and_survives_the_sessions_table() -> None:
    _, markers = conversation("mac 3C:A6:2F:91")
    marker = markers[0]
    assert marker is not None
    assert (marker.entity_type, marker.seen, marker.complete) == ("MAC_ADDRESS", 4, 6)
    assert PendingNumber.from_item(marker.to_item()) == marker


@pytest.mark.parametrize(
    "rest",
    [
        "91:0B",  # two pairs where three were left
        "91:0B:7E:12",  # four
        "order 91:0B:7E",  # words before them
        "thanks",
    ],
)
def test_a_next_message_that_is_not_the_rest_stays_and_ends_the_marker(rest: str) -> None:
    out, markers = conversation("mac 3C:A6:2F", rest)
    assert out == ["mac [MAC_ADDRESS]", rest]
    assert markers[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "mac 3C:A6:2F ok",  # no pair ends the message
        "mac 12:30",  # two decimal pairs: as often a time (with a hex letter, a start: round 25)
        "wifi 10:45:30",  # a clock: hours, minutes, seconds
        "mac 3C:A6:2F:91:0B:7E:11",  # seven pairs: no MAC's start
        "my order is 3C:A6:2F",  # no MAC word
        "mac 3C:A6-2F",  # joints that differ
    ],
)
def test_no_first_pairs_are_read(text: str) -> None:
    assert mac_pairs_ending(text) is None


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("mac 24:45:30", 3),  # no hour 24: not a clock
        ("mac 10:60:30", 3),  # no minute 60
        ("mac 10:45:3A", 3),
        ("mac 3C:A6:2F:91:0B", 5),
    ],
)
def test_first_pairs_are_read(text: str, pairs: int) -> None:
    found = mac_pairs_ending(text)
    assert found is not None and found[2] == pairs


def test_the_rest_must_hold_exactly_the_pairs_left() -> None:
    assert mac_rest("91:0B:7E", 3) == (0, 8)
    assert mac_rest("91:0B:7E", 2) is None
    assert mac_rest("91:0B:7E", 4) is None
