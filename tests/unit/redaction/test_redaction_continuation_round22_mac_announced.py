"""Round 22, English first: a MAC address announced by its word alone ("mac is"), then its
pairs over the next two messages. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


def redact_conversation(messages: list[str]) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    "messages",
    [
        ["mac is", "7C:E1:04", "9A:2B:5D"],
        ["my mac address:", "7C:E1", "04:9A:2B:5D"],
        ["mac ist", "7C-E1-04-9A-2B", "5D"],
        ["MAC-Adresse ist", "7C:E1", "04:9A:2B:5D"],
        ["mac is", "12:34:5F", "9A:2B:5D"],
    ],
)
def test_a_mac_announced_alone_then_read_in_two_parts_is_masked(messages):
    out = redact_conversation(messages)
    assert out[0] == messages[0]
    # masked whole (a part of decimal pairs may take another finder's label)
    assert all(part.startswith("[") and part.endswith("]") for part in out[1:])


@pytest.mark.parametrize(
    "messages",
    [
        # no copula or colon: the word alone may be a topic ("mac")
        ["mac", "7C:E1", "04:9A:2B:5D"],
        # a long message ending with the word is not the announcement
        ["i have had trouble with this laptop, its mac is", "7C:E1", "04:9A:2B:5D"],
        # two decimal pairs are a time, three decimal pairs may be a clock; one decimal pair
        # is a number (one with a hex letter is a pair: round 25)
        ["mac is", "12:30", "04:9A:2B:5D"],
        ["wifi is", "12:30:45", "04:9A:2B"],
        ["mac is", "12", "E1:04:9A:2B:5D"],
    ],
)
def test_what_is_no_announced_mac_part_stays(messages):
    out = redact_conversation(messages)
    assert out[1] == messages[1]


def test_the_word_alone_fits_within_the_short_message_bound():
    text = "and the mac address is"
    assert len(text) <= 32
    assert "[MAC_ADDRESS]" in redact_conversation([text, "7C:E1", "04:9A:2B:5D"])[1]


def test_a_part_after_first_pairs_must_be_the_whole_rest():
    out = redact_conversation(["mac 7C:E1:04", "9A:2B"])
    assert out[1] == "9A:2B"
