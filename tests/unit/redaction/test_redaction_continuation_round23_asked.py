"""Round 23: a short message asking with a value's word ("¿pasaporte?", "votre identifiant
?"), then the value alone over the next messages. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, continue_pending, start_pending
from connect_privacy.redaction.patterns.asked_user_name import handle_alone, user_name_asked
from tests.support.redaction import conversation


def redact_conversation(messages: list[str]) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    "messages",
    [
        ["¿pasaporte?", "KLM", "402-118"],
        ["passeport ?", "27T", "Q81 406"],
        ["passport no?", "X47", "902113"],
        ["und der Reisepass?", "C7YH", "2R5T1"],
        ["passaporte??", "TR4417", "55"],
        # three letters first (Spain's passports), vowels and all
        ["¿pasaporte?", "AOE", "402118"],
    ],
)
def test_a_passport_asked_for_then_sent_in_parts_is_masked(messages):
    out = redact_conversation(messages)
    assert out[0] == messages[0]
    assert out[1:] == ["[PASSPORT_NUMBER]", "[PASSPORT_NUMBER]"]


@pytest.mark.parametrize(
    "messages",
    [
        # a shouted reply, four letters, a word
        ["passport?", "YES"],
        ["passport?", "OUI"],
        ["passport?", "ABCD"],
        ["passport?", "2 adults"],
        # no question and a sentence: the word ending it announces nothing
        ["i lost my passport", "AOE"],
        # a long message is no bare question
        ["do i need to bring anything else like my passport?", "AOE"],
    ],
)
def test_what_is_no_asked_passport_part_stays(messages):
    assert redact_conversation(messages)[1] == messages[1]


def test_three_letters_alone_start_only_an_asked_passport():
    started = PendingNumber("PASSPORT_NUMBER", 3, 8, 0, 100.0)
    assert continue_pending("AOE", started, 0.0).spans == ()
    asked = PendingNumber("PASSPORT_NUMBER", 0, 8, 0, 100.0)
    assert continue_pending("AOE", asked, 0.0).pending == replace_seen(asked, 3)


def replace_seen(pending: PendingNumber, seen: int) -> PendingNumber:
    return PendingNumber(pending.entity_type, seen, pending.complete, 1, pending.expires_at)


def test_the_question_fits_within_the_short_message_bound():
    text = "and so what about passport no ?"
    assert len(text) == 31
    assert start_pending(text, 0.0).pending is not None
    assert start_pending("x" + text, 0.0).pending is not None
    assert start_pending("xx" + text, 0.0).pending is None


@pytest.mark.parametrize(
    "messages",
    [
        ["votre identifiant ?", "lunaxo19"],
        ["Ihr Nutzername?", "jonas.k77"],
        ["¿tu usuario?", "@marta_sp"],
        ["username?", "jdoe-x"],
        ["login ??", "jdoe_2"],
    ],
)
def test_a_user_name_asked_for_then_sent_alone_is_masked(messages):
    out = redact_conversation(messages)
    assert out == [messages[0], "[USERNAME]"]


@pytest.mark.parametrize(
    "messages",
    [
        # a word alone is a reply; more than the name is not the name alone
        ["username?", "pourquoi"],
        ["username?", "jdoe_2 and then"],
    ],
)
def test_what_is_no_asked_user_name_stays(messages):
    assert redact_conversation(messages)[1] == messages[1]


def test_the_word_alone_asks_for_no_user_name():
    assert start_pending("username", 0.0).pending is None
    assert start_pending("username?", 0.0).pending == PendingNumber("USERNAME", 0, 1, 0, 120.0)


def test_a_wait_keeps_the_user_name_marker():
    marker = PendingNumber("USERNAME", 0, 1, 0, 100.0)
    assert continue_pending("wait", marker, 0.0).pending == PendingNumber(
        "USERNAME", 0, 1, 1, 100.0
    )
    assert continue_pending("no idea really", marker, 0.0).pending is None


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("username?", True),
        ("et ton pseudo ?", True),
        ("what is my username?", False),  # three words before the name's word
        ("username", False),
        ("username? " + "x" * 22, False),
        ("username?" + " " * 23, True),  # 32 characters: the bound
        ("username?" + " " * 24, False),
    ],
)
def test_user_name_asked_reads_only_a_short_question(text, asked):
    assert user_name_asked(text) is asked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("lunaxo19", (0, 8)),
        (" @marta ", (1, 7)),
        ("jdoe.x", (0, 6)),
        ("jdoe", None),
        ("12345", None),
        ("ab1", (0, 3)),
        ("a1", None),
    ],
)
def test_handle_alone_needs_a_letter_and_a_handle_mark(text, found):
    assert handle_alone(text) == found
