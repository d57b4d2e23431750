"""Round 23: a message without digits saying the value comes next (sent too soon, in parts,
"ok here"), then its first digits alone. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, start_pending
from tests.support.redaction import conversation


def redact_conversation(messages: list[str]) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    "first",
    [
        "sorry hit enter too soon",
        "oops pressed enter",
        "sorry zu früh abgeschickt",
        "foi sem querer",
        "perdón, sin querer",
        "pardon, envoyé trop tôt",
        "mando em partes",
        "i'll send it in two parts",
        "ok here",
        "here you go",
        "here it is",
    ],
)
def test_digits_alone_after_a_message_saying_the_value_comes_are_masked(first):
    assert redact_conversation([first, "96170587"]) == [first, "[PII]"]


def test_the_message_leaves_a_dictation_marker():
    assert start_pending("ok here", 0.0).pending == PendingNumber("PII", 0, 16, 0, 120.0)


@pytest.mark.parametrize(
    "first",
    [
        "sorry",  # an apology alone asks for nothing
        "pronto",
        "here 96",  # a digit: its own rules
        "where is my order",  # "here" within a word
        "i hit enter too soon and now the whole form is gone, what do i do",  # too long
    ],
)
def test_other_messages_start_no_dictation(first):
    pending = start_pending(first, 0.0).pending
    assert pending is None or pending.entity_type != "PII" or pending.seen


def test_the_length_bound_is_the_interjection_s():
    text = "ok so i hit enter too soon there"
    assert start_pending(text.ljust(60), 0.0).pending is not None
    assert start_pending(text.ljust(61) + "x", 0.0).pending is None
