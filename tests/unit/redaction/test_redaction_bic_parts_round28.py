"""A BIC typed in parts: its first groups after its word ending a message ("swift is
ABCD"), then exactly the groups left alone ("GB 2L"), or a whole code and then its branch
("XXX"). Both parts are masked, a wait between them keeps the marker; words, other
lengths and codes of no country stay. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from connect_privacy.redaction.patterns.bic_parts import bic_rest, bic_start
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "value", "rest"),
    [
        ("swift is QWRT", "QWRT", "GB 2L"),  # the bank's four, then country and location
        ("SWIFT QWRT", "QWRT", "DE-K4-P21"),  # ... and the branch
        ("bic: QWRTFR", "QWRTFR", "M7"),  # bank and country, then the location
        ("el swift es QWRT-ES", "QWRT-ES", "ZZ 9A1"),  # ... and the branch
        ("le code swift QWRT BE", "QWRT BE", "PX"),
        ("SWIFT QWRT PT XK", "QWRT PT XK", "XXX"),  # a whole code, then its primary office
        ("bic QWRT.CH.ZZ", "QWRT.CH.ZZ", "4B1"),  # ... or a branch with a digit
    ],
)
def test_a_bic_in_parts_is_masked(first: str, value: str, rest: str) -> None:
    out, markers = conversation(first, rest)
    assert out == [first.replace(value, "[SWIFT_CODE]"), "[SWIFT_CODE]"]
    assert markers[1] is None


def test_a_wait_between_the_parts_keeps_the_marker() -> None:
    out, markers = conversation("swift is QWRT", "one sec", "GB 2L")
    assert out == ["swift is [SWIFT_CODE]", "one sec", "[SWIFT_CODE]"]
    assert markers[1] is not None and markers[1].follow_ups == 1


def test_the_marker_holds_counts_and_survives_the_sessions_table() -> None:
    _, markers = conversation("swift QWRT GB")
    marker = markers[0]
    assert marker is not None
    assert (marker.entity_type, marker.seen, marker.complete) == ("SWIFT_CODE", 6, 11)
    assert PendingNumber.from_item(marker.to_item()) == marker


@pytest.mark.parametrize(
    ("text", "chars"),
    [
        ("swift is QWRT", 4),
        ("swift QWRTGB", 6),
        ("bic = QWRT-GB-2L", 8),
        ("my BIC code: QWRT GB", 6),
        ("Swift-Code QWRT", 4),
        ("bic QWRT. ", 4),  # a full stop and blanks after it
    ],
)
def test_a_start_counts_its_characters(text: str, chars: int) -> None:
    found = bic_start(text)
    assert found is not None and found[2] == chars
    assert text[found[0] : found[1]].replace(" ", "").rstrip(".") != ""


def test_a_start_far_into_a_long_message_is_placed_in_the_whole_text() -> None:
    text = "hello, I need to send money abroad for my rent, the swift is QWRT"
    found = bic_start(text)
    assert found is not None and text[found[0] : found[1]] == "QWRT"


@pytest.mark.parametrize(
    "text",
    [
        "thanks for the swift reply",  # an adjective, small letters
        "swift is fine",  # small letters hold no code
        "swift is QWRT please",  # a word ends the message
        "swift QWR",  # three letters: no bank's four
        "swift QWRT1",  # a digit in the bank's four
        "swift QWRTQQ",  # QQ is no country
        "swift QWRTGBMAXXX",  # whole with its branch: ``find_swift`` finds it
        "my order QWRT",  # no BIC word
        "swiftQWRT",  # glued to the word
        "bicycle QWRT",  # a word that starts like it
        "ambic QWRT",  # a word that ends like it
    ],
)
def test_no_start_is_read(text: str) -> None:
    assert bic_start(text) is None


def test_a_bic_word_out_of_the_tail_says_nothing() -> None:
    # the word and its value are read in the last forty characters
    assert bic_start("swift" + " " * 26 + "code QWRT") is not None  # forty
    assert bic_start("swift" + " " * 27 + "code QWRT") is None  # forty-one


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("GB 2L", 4),  # country and location: eight in all
        ("GB2L 4B1", 4),  # and a branch: eleven
        ("2L", 6),
        ("2L-XXX", 6),
        ("XXX", 8),  # the primary office
        ("4B1", 8),  # a branch with a digit
        (" GB.2L. ", 4),  # blanks and a full stop around it
    ],
)
def test_a_rest_is_read(text: str, seen: int) -> None:
    assert bic_rest(text, seen) is not None


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("GB 2", 4),  # seven in all: no BIC's length
        ("GB 2L4", 4),  # nine
        ("GB 2L 4B", 4),  # ten
        ("2L 4B1 Z", 6),  # twelve
        ("QQ 2L", 4),  # QQ is no country
        ("12 2L", 4),  # digits are no country
        ("THX", 8),  # capitals alone after a whole code: a word
        ("XXY", 8),
        ("gb 2l", 4),  # small letters
        ("GB 2L thanks", 4),  # a word after it
        ("GB 2L", 8),  # after a whole code only a branch is left
    ],
)
def test_no_rest_is_read(text: str, seen: int) -> None:
    assert bic_rest(text, seen) is None


def test_a_message_that_is_no_rest_drops_the_marker() -> None:
    out, markers = conversation("swift is QWRT", "can you check the transfer?")
    assert out[1] == "can you check the transfer?"
    assert markers[1] is None
