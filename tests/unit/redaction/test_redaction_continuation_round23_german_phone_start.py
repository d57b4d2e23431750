"""Round 23, German first: a phone's start after "die nr" or after a word naming the number
with its trunk 0 alone ("handynummer 0"), the rest over the next messages. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


def redact_conversation(messages: list[str]) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    "messages",
    [
        ["die nr 040", "5550172"],
        ["die Nummer 01701", "234567"],
        ["die nr. +49", "40 5550172"],
        ["die nr: 089", "5550172"],
    ],
)
def test_a_phone_start_after_die_nr_is_masked_with_its_rest(messages):
    out = redact_conversation(messages)
    assert out[0].endswith("[PHONE]")
    assert out[1] == "[PHONE]"


@pytest.mark.parametrize(
    "messages",
    [
        # digits that do not open as a phone's: an order's number, maybe
        ["die nr 4711", "5550172"],
        ["die nr 9", "55"],
    ],
)
def test_die_nr_before_other_digits_starts_nothing(messages):
    assert redact_conversation(messages) == messages


@pytest.mark.parametrize(
    "messages",
    [
        ["handynummer 0", "17012", "34567"],
        ["mobilnummer 0", "40 555", "0172"],
        ["phone number 0", "20 7946", "0958"],
        ["phone no 0", "20 7946", "0958"],
    ],
)
def test_a_trunk_zero_alone_after_a_word_naming_the_number_starts_a_phone(messages):
    out = redact_conversation(messages)
    assert out[0].endswith("[PHONE]")
    assert out[1:] == ["[PHONE]", "[PHONE]"]


@pytest.mark.parametrize(
    "messages",
    [
        # the word does not name the number; a 1 needs its copula; a word between
        ["handy 0", "17012"],
        ["handynummer 1", "17012"],
        ["handynummer alt 0", "17012"],
    ],
)
def test_a_lone_digit_without_a_number_word_or_copula_starts_nothing(messages):
    assert redact_conversation(messages) == messages
