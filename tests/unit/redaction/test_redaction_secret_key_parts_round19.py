"""An AWS secret key typed in parts: its first groups after its word ("secret is 7kQpXr2a
Wm9tLs4e"), then exactly the characters left alone ("Bv3nYc8u Hd5fJg6k Pz1xRq0w"). Both are
masked, a wait between them keeps the marker; words, short or whole keys stay. Synthetic
values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from connect_privacy.redaction.patterns.secret_key_parts import (
    secret_key_rest,
    secret_key_start,
)
from tests.support.redaction import conversation

_FIRST = "7kQpXr2a Wm9tLs4e"
_REST = "Bv3nYc8u Hd5fJg6k Pz1xRq0w"


@pytest.mark.parametrize(
    "first",
    [
        f"secret is {_FIRST}",
        f"aws secret access key: {_FIRST}",
        f"mi clave secreta es {_FIRST}",
        f"ma clé secrète {_FIRST}.",
        f"geheimer Schlüssel {_FIRST}",
    ],
)
def test_a_secret_key_in_parts_is_masked(first: str) -> None:
    out, markers = conversation(first, _REST)
    assert out == [first.replace(_FIRST, "[AWS_SECRET_KEY]"), "[AWS_SECRET_KEY]"]
    assert markers[1] is None


def test_a_wait_between_the_parts_keeps_the_marker() -> None:
    out, markers = conversation(f"secret is {_FIRST}", "one sec", _REST)
    assert out == ["secret is [AWS_SECRET_KEY]", "one sec", "[AWS_SECRET_KEY]"]
    assert markers[1] is not None and markers[1].follow_ups == 1


def test_the_marker_holds_counts_and_survives_the_sessions_table() -> None:
    _, markers = conversation(f"secret is {_FIRST}")
    marker = markers[0]
    assert marker is not None
    assert (marker.entity_type, marker.seen, marker.complete) == ("AWS_SECRET_KEY", 16, 40)
    assert PendingNumber.from_item(marker.to_item()) == marker


@pytest.mark.parametrize(
    "rest",
    [
        "Bv3nYc8u Hd5fJg6k",  # fewer characters than were left
        f"{_REST} Qa1b",  # more
        f"thanks {_REST}",  # a word before them
    ],
)
def test_a_next_message_that_is_not_the_rest_stays_and_ends_the_marker(rest: str) -> None:
    out, markers = conversation(f"secret is {_FIRST}", rest)
    assert out[1] == rest
    assert markers[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "the secret is hidden somewhere",  # words
        "secret santa Ab12cdEF",  # a word among the groups
        "secret is Hidden Place",  # title case
        "secret is SANTA Ab12cdEF",  # capitals
        "secret is Ab1cdE",  # seven characters are fewer than a key's first part
        "secret is abc12defg345",  # one case only
        "secret is abcDefgh",  # both cases, one flip, no digit: a name
        f"secret is {_FIRST} please",  # a word ends the message
        f"{_FIRST}",  # no word names it
    ],
)
def test_no_first_groups_are_read(text: str) -> None:
    assert secret_key_start(text) is None


@pytest.mark.parametrize(
    ("text", "chars"),
    [
        ("secret is Ab1cdEfg", 8),  # eight characters: the least
        ("secret is abCdeFgh", 8),  # two flips, no digit: generated
        ("secret key = ab+cdEfg", 8),  # a symbol with both cases
        ("secret is Ab1cdEfg Ab1cdEfg Ab1cdEfg Ab1cdEfg Ab1cdEf", 39),  # one short of a key
    ],
)
def test_first_groups_are_read(text: str, chars: int) -> None:
    found = secret_key_start(text)
    assert found is not None and found[2] == chars


def test_a_whole_key_is_no_start() -> None:
    assert secret_key_start("secret is Ab1cdEfg Ab1cdEfg Ab1cdEfg Ab1cdEfg Ab1cdEfg") is None


def test_the_rest_must_hold_exactly_the_characters_left() -> None:
    assert secret_key_rest(_REST, 24) == (0, len(_REST))
    assert secret_key_rest(_REST, 23) is None
    assert secret_key_rest(_REST, 25) is None
