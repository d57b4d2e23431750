"""Round 23: an IPv4 address's first parts after its word, then its rest alone in the next
message (``ip_parts``). Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, continue_pending
from connect_privacy.redaction.patterns.ip_parts import ip_head_parts, ip_rest
from tests.support.redaction import conversation


def redact_conversation(messages: list[str]) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    "messages",
    [
        ["la ip es 203.0.113", "45"],
        ["the ip is 203.0", "113.45"],
        ["l'ip c'est 203", "0.113.45"],
        ["die ip ist 203.0.113", ".45"],
        ["o ip é 203", "0.113.45 !"],
    ],
)
def test_an_ip_address_rest_after_its_first_parts_is_masked(messages):
    out = redact_conversation(messages)
    assert out[1].strip(" .!") == "[IP_ADDRESS]"


def test_a_rest_in_two_messages_is_masked_part_by_part():
    out = redact_conversation(["the ip is 203", "0.113", "45"])
    assert out[1:] == ["[IP_ADDRESS]", "[IP_ADDRESS]"]


@pytest.mark.parametrize(
    "messages",
    [
        # a whole address leaves nothing to come
        ["ip 203.0.113.45", "18"],
        # a word beside the digits
        ["ip 203.0", "3 items"],
        # no IP word: the digits were no address's start
        ["my order is 203.0", "113.45"],
    ],
)
def test_what_is_no_ip_address_rest_stays(messages):
    out = redact_conversation(messages)
    assert out[1] == messages[1]


@pytest.mark.parametrize(("seen", "text"), [(2, "113.45.7"), (3, "256")])
def test_more_parts_than_are_left_or_a_part_over_255_continue_nothing(seen, text):
    # (the message alone may still be masked as something else: a CVV's three digits)
    carried = continue_pending(text, PendingNumber("IP_ADDRESS", seen, 4, 0, 100.0), 0.0)
    assert carried.spans == ()
    assert carried.pending is None


def test_the_last_part_ends_the_marker():
    marker = PendingNumber("IP_ADDRESS", 3, 4, 0, 100.0)
    assert continue_pending("45", marker, 0.0).pending is None
    assert continue_pending("45", PendingNumber("IP_ADDRESS", 2, 4, 0, 100.0), 0.0).pending == (
        PendingNumber("IP_ADDRESS", 3, 4, 1, 100.0)
    )


@pytest.mark.parametrize(
    ("value", "parts"),
    [("203", 1), ("203.0", 2), ("203.0.113", 3), ("203.0.113.45", 0), ("203 0 113 45", 0)],
)
def test_head_parts_count_only_an_address_short_of_its_last(value, parts):
    assert ip_head_parts(value) == parts


@pytest.mark.parametrize(
    ("text", "left", "found"),
    [
        ("45", 1, (0, 2, 1)),
        ("0.113.45", 3, (0, 8, 3)),
        (".45", 1, (1, 3, 1)),
        ("0.113", 3, (0, 5, 2)),
        ("0.113", 1, None),
        ("256", 1, None),
        ("255", 1, (0, 3, 1)),
        ("045", 1, None),
        ("45 days", 1, None),
    ],
)
def test_ip_rest_takes_parts_left_each_to_255(text, left, found):
    assert ip_rest(text, left) == found
