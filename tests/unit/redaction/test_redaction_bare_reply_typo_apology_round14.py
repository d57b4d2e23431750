"""Round 14: a bare reply followed by an apology for how it was typed ("its 46O766683 sorry
my keyboard", "123-45-6789 sry typo", "sorry Tippfehler", "perdón el teclado") is still
the bare reply: the apology is no word naming something else. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "apology",
    [
        "sorry my keyboard",
        "sry typo",
        "soz autocorrect",
        "oops typo",
        "perdón el teclado",
        "pardon le clavier",
        "désolé, mon clavier",
        "entschuldigung die Tastatur",
        "sorry Tippfehler",
        "desculpa o corretor",
        "sorry the keyboard",
        "sorry, mi teclado",
        "sorry meine Tastatur",
        "desculpe meu teclado",
    ],
)
def test_bare_reply_then_an_apology_for_the_typing(apology):
    out = redact(f"its 46O766683 {apology}")

    assert out == f"its [SSN] {apology}", out


@pytest.mark.parametrize(
    "text",
    [
        "its 460766683 sorry my keyboard is broken",  # more words: a sentence of its own
        "its 460766683 sorry",  # an apology alone says nothing of the typing
        "its 460766683 my keyboard",  # no apology
        "2024 sorry typo",  # a year
        "order 460766683 sorry typo",  # a reference's word
    ],
)
def test_other_tails_leave_the_number(text):
    assert redact(text) == text
