"""A value announced by its word alone, then sent over the next messages: an NIE's first
letter alone ("el nie es", "Z", then "1234567 L"), and a driving licence's parts after its
word ("license?", "K41P-3027", then "66"). Each part is masked; the marker holds counts only.
Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.licence_parts import licence_announced
from tests.support.redaction import conversation


@pytest.mark.parametrize("letter", ["X", "Y", "Z", "Z."])
def test_an_nie_letter_alone_after_its_word_then_its_digits_is_masked(letter: str) -> None:
    out, markers = conversation("el nie es", letter, "1234567 L")
    assert out == ["el nie es", "[ES_DNI]" + letter[1:], "[ES_DNI]"]
    marker = markers[1]
    assert marker is not None and (marker.entity_type, marker.seen) == ("ES_DNI", 1)
    assert marker.follow_ups == 1
    assert markers[2] is None


@pytest.mark.parametrize(
    "second",
    [
        "A",  # not an NIE's first letter
        "x",  # lower case: a word or a typo, not its letter
        "vale",  # a word
    ],
)
def test_no_nie_letter_alone_stays(second: str) -> None:
    out, _ = conversation("el nie es", second)
    assert out[1] == second


def test_an_nie_letter_needs_its_word_first() -> None:
    out, _ = conversation("hola", "X")
    assert out == ["hola", "X"]


def test_an_nie_letter_after_its_digits_began_is_not_a_new_start() -> None:
    # seen > 0: the letter counts on from the first part's, it does not restart at one
    out, markers = conversation("el nie es X", "Y")
    assert out == ["el nie es [ES_DNI]", "[ES_DNI]"]
    assert markers[1] is not None and markers[1].seen == 2


@pytest.mark.parametrize(
    ("first", "parts"),
    [
        ("license?", ["K41P-3027", "66"]),
        ("my licence number is", ["T52C 4410", "19"]),
        ("Führerschein-Nr:", ["R18W", "5531"]),
    ],
)
def test_a_licence_after_its_word_alone_is_masked_part_by_part(
    first: str, parts: list[str]
) -> None:
    out, markers = conversation(first, *parts)
    assert out == [first, "[DRIVER_ID]", "[DRIVER_ID]"]
    assert markers[0] is not None and markers[0].seen == 0
    assert markers[1] is not None and markers[1].seen == sum(c.isalnum() for c in parts[0])
    assert markers[2] is None


def test_a_third_part_after_the_word_alone_is_past_the_follow_ups() -> None:
    out, _ = conversation("license?", "K41P", "3027", "66")
    assert out[1:3] == ["[DRIVER_ID]", "[DRIVER_ID]"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("license?", "ok"),  # no digit: no licence
        ("license?", "order 1234"),  # words before it
        ("the license is valid", "2 items"),  # a word after the licence's
    ],
)
def test_no_licence_part_after_its_word_stays(first: str, second: str) -> None:
    out, _ = conversation(first, second)
    assert out[1] == second


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        ("license?", True),
        ("my licence number is", True),
        ("Führerschein-Nr:", True),
        ("carteira de motorista número é:", True),
        ("license", True),
        ("the license is valid", False),  # a word after it
        ("license B072", False),  # its value began: a start, not an announcement
        ("hello", False),  # no licence word
        ("license? " + "x" * 41, False),  # its word too far from the end
    ],
)
def test_a_licence_word_alone_ends_the_message(text: str, announced: bool) -> None:
    assert licence_announced(text) is announced


def test_a_licence_word_is_looked_for_near_the_end_only() -> None:
    padding = "a" * 33
    assert licence_announced(padding + " license")  # starts 34 chars from the end: seen
    assert not licence_announced("license" + " " * 34)  # begins 41 from the end
