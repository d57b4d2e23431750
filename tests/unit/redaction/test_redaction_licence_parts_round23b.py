"""A driving licence number typed in parts: its first characters right after its word
ending a message ("Führerschein B072", "driver's license 4471"), then its rest alone
("RRE2 I55"). Both are masked and the rest ends the marker; a licence's class, a year,
words and a rest with words stay. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from connect_privacy.redaction.patterns.licence_parts import licence_rest, licence_start
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "value", "rest"),
    [
        ("Führerschein B072", "B072", "RRE2 I55"),
        ("Führerschein-Nr: T318 KQ2W", "T318 KQ2W", "ZP7"),  # letters after a space
        ("Führerschein MXKV", "MXKV", "51RT 8J3"),  # a printed group of four capitals
        ("my driver's license is 4471", "4471", "90821"),
        ("Führerschein 284", "284", "61937"),  # three characters: the least
    ],
)
def test_a_licence_in_parts_is_masked(first: str, value: str, rest: str) -> None:
    out, markers = conversation(first, rest)
    assert out == [first.replace(value, "[DRIVER_ID]"), "[DRIVER_ID]"]
    assert markers[1] is None


def test_a_wait_between_the_parts_keeps_the_marker() -> None:
    out, markers = conversation("Führerschein B072", "moment", "RRE2 I55")
    assert out == ["Führerschein [DRIVER_ID]", "moment", "[DRIVER_ID]"]
    assert markers[1] is not None and markers[1].follow_ups == 1


def test_the_marker_holds_counts_and_survives_the_sessions_table() -> None:
    _, markers = conversation("Führerschein T318 KQ2W")
    marker = markers[0]
    assert marker is not None
    assert (marker.entity_type, marker.seen, marker.complete) == ("DRIVER_ID", 8, 18)
    assert PendingNumber.from_item(marker.to_item()) == marker


@pytest.mark.parametrize(
    "text",
    [
        "Führerschein C1E",  # a licence's class
        "Führerschein Klasse BE",  # a word between: its class
        "permis B",  # a class, one character
        "Führerschein 2019",  # a year
        "Führerschein 12",  # two characters are fewer than a start
        "Führerschein NEU",  # capitals, not a printed group of four
        "Führerschein B072 bitte",  # a word ends the message
        "Führerschein verloren",  # no value
        "Ausweis B072",  # no licence word
        "Führerschein ABCDEFGH IJKLMNO7 QR",  # eighteen characters: a whole one, no start
        "Führerschein B072 RRE2 I55 0 1",  # five groups
    ],
)
def test_no_start_is_read(text: str) -> None:
    assert licence_start(text) is None


@pytest.mark.parametrize(
    ("text", "chars"),
    [
        ("Führerschein 284", 3),
        ("Führerschein B072.", 4),  # a full stop after it
        ("Führerschein B072 RRE2 I55 0", 12),  # four groups: the most
        ("Führerschein ABCDEFGH IJKLMNO7 Q", 17),  # one short of the most characters
    ],
)
def test_first_characters_are_read(text: str, chars: int) -> None:
    found = licence_start(text)
    assert found is not None and found[2] == chars


@pytest.mark.parametrize(
    "rest",
    [
        "danke",  # a word
        "OK",  # capitals without a digit
        "RRE2 ist der Rest",  # words after it
        "RRE2 I55 0000 0000",  # more characters than a licence has
    ],
)
def test_a_next_message_that_is_not_the_rest_stays_and_ends_the_marker(rest: str) -> None:
    out, markers = conversation("Führerschein B072", rest)
    assert out[1] == rest
    assert markers[1] is None


def test_the_rest_may_make_up_the_longest_licence_and_no_more() -> None:
    assert licence_rest("1234 5678 90AB CD", 4) == (0, 17)  # eighteen in all
    assert licence_rest("1234 5678 90AB CDE", 4) is None  # nineteen


def test_a_rest_that_would_pass_the_longest_licence_with_the_start_stays() -> None:
    out, _ = conversation("Führerschein ABCDEFGH IJKLMNO7 Q", "12")
    assert out == ["Führerschein [DRIVER_ID]", "12"]  # seventeen and two: nineteen
    out, _ = conversation("Führerschein ABCDEFGH IJKLMNO7 Q", "1")
    assert out[1] == "[DRIVER_ID]"  # seventeen and one: eighteen
