"""Round 25b: a message saying the value just given was the old one ("no wait that's the old
one", "nee warte das ist die alte") announces the new one: the next message's digits are
masked, alone or after its word ("new 5386", "die neue ist fünf drei acht sechs").
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

PII = "[PII]"


@pytest.mark.parametrize(
    "old",
    [
        "no wait that's the old one",
        "thats my old one",
        "that is an old one sorry",
        "that was the old",
        "nee warte das ist die alte",
        "das war meine alte",
        "das ist der alte",
        "oh das war das alte",
    ],
)
def test_the_old_one_said_announces_the_new(old: str) -> None:
    out, markers = conversation("pin 7310", old, "5386")

    assert out[1] == old
    assert markers[1] is not None and markers[1].entity_type == "PII"
    assert out[2] == PII


@pytest.mark.parametrize(
    ("new", "masked"),
    [
        ("new 5386", f"new {PII}"),
        ("the new one is 5386", f"the new one is {PII}"),
        ("new one's 53 86", f"new one's {PII}"),
        ("neue 5386", f"neue {PII}"),
        ("die neue ist 5386", f"die neue ist {PII}"),
        ("der neue lautet: 5386", f"der neue lautet: {PII}"),
        ("neue fünf drei acht sechs", f"neue {PII}"),
        ("new nine, one, six, six", f"new {PII}"),
        ("new 4111 1111 1111 1111 111", f"new {PII}"),  # nineteen digits, the most
    ],
)
def test_the_new_value_after_its_word_is_masked(new: str, masked: str) -> None:
    out, markers = conversation("das ist die alte", new)

    assert out[1] == masked
    assert markers[1] is None


@pytest.mark.parametrize(
    "new",
    [
        "new 538",  # three digits
        "new 1299 €",  # a price
        "new 53    86",  # typed digits four blanks apart: two numbers
        "newest 5386",
    ],
)
def test_other_new_things_stay(new: str) -> None:
    out, _ = conversation("das ist die alte", new)

    assert out[1] == new


def test_a_number_in_progress_takes_no_new_one() -> None:
    out, _ = conversation("first half 12", "new 5386")

    assert out[1] == "new 5386"


@pytest.mark.parametrize("said", ["the old one", "thats old news", "die alte ging verloren"])
def test_other_talk_of_old_things_announces_nothing(said: str) -> None:
    _, markers = conversation(said)

    assert markers[0] is None


def test_a_named_value_awaited_keeps_its_kind() -> None:
    out, _ = conversation("pin?", "neue 5386")

    assert out[1] == "neue [PIN]"
