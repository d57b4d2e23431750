"""Round 43: a PIN given, then another offered in its place in the next message, as the
other one or the old one ("or the other one: 7357", "ou alors c'est l'autre : 7357", "o era
el otro 7357", "oder die alte: 7357", "ou era o outro: 7357"), typed or in number words, of
four digits or six. Other words after "or the other", or no PIN before, keep the digits.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("my pin is 4821", "or maybe the other one: 7357", "or maybe the other one: [PIN]"),
        ("card pin 4821", "or its the old one 735712", "or its the old one [PIN]"),
        ("mi pin es 4821", "o era el otro: 7357", "o era el otro: [PIN]"),
        ("mi pin es 4821", "o quizás el viejo 7357", "o quizás el viejo [PIN]"),
        ("code pin 4821", "ou alors c'est l'autre : 7357", "ou alors c'est l'autre : [PIN]"),
        ("code pin 4821", "ou l'ancien, sept trois cinq six", "ou l'ancien, [PIN]"),
        ("geheimzahl 4821", "oder die alte: 7357", "oder die alte: [PIN]"),
        ("PIN 4821", "oder vielleicht die andere 735-712", "oder vielleicht die andere [PIN]"),
        ("pin 4821", "ou era o outro: 7357", "ou era o outro: [PIN]"),
        ("pin 4821", "ou então o antigo, sete três cinco seis", "ou então o antigo, [PIN]"),
    ],
)  # fmt: skip
def test_another_pin_offered_in_its_place_is_masked(first, second, masked):
    out, _ = conversation(first, second)
    assert out[1] == masked


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("my pin is 4821", "or the other one has 2 cards"),  # not a code: words follow
        ("my pin is 4821", "or the other branch 1234 5678 9999"),
        ("my pin is 4821", "or the other one 735"),  # three digits: no PIN
        ("my pin is 4821", "thanks, order 7357"),
        ("order 4821 arrived", "or the other one: 7357"),  # no PIN before
        ("mi pin es 4821", "o el otro tiene 2 tarjetas"),
        ("geheimzahl 4821", "oder die andere Filiale 7357 9999 1234"),
    ],
)  # fmt: skip
def test_the_other_words_or_no_pin_keep_the_digits(first, second):
    out, _ = conversation(first, second)
    assert out[1] == second
