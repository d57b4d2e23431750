"""Round 24: a MAC address given with "lautet" or "c'est" ("MAC lautet", "la mac c'est"),
alone or before its first pairs, then the rest in the next message. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_MAC = "[MAC_ADDRESS]"


@pytest.mark.parametrize(
    "messages",
    [
        ("MAC lautet", "7C:E1:04:9A", "2B:5D"),
        ("MAC-Adresse lautet:", "7C:E1", "04:9A:2B:5D"),
        ("la mac c'est", "7C:E1", "04:9A:2B:5D"),
        ("l'adresse mac c\u2019est", "7C:E1:04", "9A:2B:5D"),
    ],
)
def test_a_mac_announced_with_its_verb_then_read_in_two_parts(
    messages: tuple[str, ...],
) -> None:
    assert conversation(*messages)[0] == [messages[0], _MAC, _MAC]


@pytest.mark.parametrize(
    ("first", "masked"),
    [
        ("MAC lautet 7C:E1:04:9A", f"MAC lautet {_MAC}"),
        ("la mac c'est 7C:E1:04:9A", f"la mac c'est {_MAC}"),
    ],
)
def test_first_pairs_after_the_verb_then_the_rest(first: str, masked: str) -> None:
    assert conversation(first, "2B:5D")[0] == [masked, _MAC]


@pytest.mark.parametrize(
    "messages",
    [
        ("MAC lautet", "12:30", "04:9A:2B:5D"),  # two decimal pairs: a time
        ("la mac c'est", "12", "E1:04:9A:2B:5D"),  # one decimal pair is a number
        ("la mac c'est bizarre", "7C:E1", "04:9A:2B:5D"),  # a word after the verb
    ],
)
def test_what_is_no_announced_mac_part_stays(messages: tuple[str, ...]) -> None:
    assert conversation(*messages)[0][1] == messages[1]
