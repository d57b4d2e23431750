"""Round 17, over messages: a passport number typed in two goes after its word
("passeport 46E", then "C23891"; "Reisepass GXG-MMP", then "VF3"). The first part is
masked and leaves a marker of its counts; the rest is masked only when it is capitals and
digits alone. Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, redact_in_conversation
from tests.support.redaction import OFFLINE, conversation

_PASSPORT = "[PASSPORT_NUMBER]"


def _marker(pending: PendingNumber | None) -> tuple[str, int, int]:
    assert pending is not None
    return pending.entity_type, pending.seen, pending.complete


@pytest.mark.parametrize(
    ("first", "rest", "seen"),
    [
        ("passeport 71K", "B40562", 3),  # France's: two digits and a letter, then the rest
        ("pasaporte R82", "605-17", 3),
        ("passport 318", "27 640", 3),  # digits only
        ("passport 1949", "27 64", 4),  # four digits before the years a passport has
        ("Reisepass CFT-KZM", "XR7", 6),  # Germany's vowelless letters, in threes
        ("my passport no is U4", "830915", 2),  # two characters: the shortest start
        ("passport ABC4", "81273", 4),  # a digit fourth: still a start
        ("passport T59 sec", "301 22", 3),  # a wait after the start
        ("passport number: T59", "301 22", 3),  # a number word between
        ("pasaporte es T59", "301 22", 3),  # a copula between
        ("Reisepass CFT-KZM", "XRZ", 6),  # a rest of letters alone
    ],
)
def test_a_passport_typed_in_two_goes_is_masked_in_both(first: str, rest: str, seen: int) -> None:
    out, pending = conversation(first, rest)

    assert _PASSPORT in out[0] and out[1] == _PASSPORT
    assert _marker(pending[0]) == ("PASSPORT_NUMBER", seen, 8)


@pytest.mark.parametrize(
    "first",
    [
        "passport PDF",  # an acronym with a vowel
        "passport ABCD5",  # no digit among the first four, not German letters
        "passport renewal",  # lower case
        "passport 7",  # one character
        "passport issued 2019",  # a year
        "passport 2019",  # a year, right after the word
        "passport from UK",  # capitals without a digit
        "passport sXK9",  # inside a word
        "passport 4471203",  # seven: too long to be a start
        "passport fee is 130",  # another word between: a price
        "passport gate B12",
        "passport number is now T59",
        "passport T59 is fine",  # words after that do not ask to wait
    ],
)
def test_no_passport_start_leaves_no_marker(first: str) -> None:
    _, pending = conversation(first)

    assert pending[0] is None


@pytest.mark.parametrize(
    ("rest", "follows"),
    [
        ("40562", False),  # eight in all: whole
        ("4056", True),  # seven: one more may come
    ],
)
def test_the_passport_ends_at_eight_characters(rest: str, follows: bool) -> None:
    out, pending = conversation("passeport 71K", rest)

    assert out[1] == _PASSPORT
    assert (pending[1] is not None) is follows


def test_a_third_message_ends_a_passport_in_three_goes() -> None:
    out, pending = conversation("passeport 71K", "B4", "062")

    assert out[1:] == [_PASSPORT, _PASSPORT]
    assert pending[2] is None


@pytest.mark.parametrize(
    "rest",
    [
        "2 adults",  # words after the characters
        "b40562",  # lower case
        "OK",  # capitals with a vowel and no digit: a reply
        "ASAP",
        "B40562 thanks",
        "B4056 2718",  # ten characters in all: a reference of its own
    ],
)
def test_what_is_not_a_passport_rest_stays(rest: str) -> None:
    out, pending = conversation("passeport 71K", rest)

    assert out[1] == rest
    assert pending[1] is None


def test_the_rest_may_follow_the_words_that_name_it() -> None:
    out, _ = conversation("passeport 71K", "the rest: 40562")

    assert out[1] == f"the rest: {_PASSPORT}"


def test_nine_characters_in_all_are_the_passport() -> None:
    out, _ = conversation("passeport 71K", "B405627")

    assert out[1] == _PASSPORT


def test_both_parts_are_counted_as_the_continuation_s_passports_at_its_score() -> None:
    # the detector names the metric and the debug record; the score ranks overlapping spans
    pending = None
    found = []
    for now, text in ((1005.0, "passeport 71K"), (1010.0, "40562")):
        result, pending = redact_in_conversation(OFFLINE, text, pending, now)
        found.append([(s.entity_type, s.detector, s.score) for s in result.entities])

    assert found[1] == [("PASSPORT_NUMBER", "continuation", 0.9)]
    assert ("PASSPORT_NUMBER", "continuation", 0.9) in found[0]
