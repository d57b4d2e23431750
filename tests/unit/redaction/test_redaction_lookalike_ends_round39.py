"""Round 39: look-alike letters (O, o, I, l) in a formatted id's groups joined by a dash or
a dot, and two of them ending a message after a number. Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.normalize import deobfuscate
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pin 47 lo", "pin [PIN]"),
        ("pin 81 lO", "pin [PIN]"),
        ("cnpj O4.252.011/OOOI-1O", "cnpj [BR_CNPJ]"),
        ("cnpj 1O O23 349 oool oO", "cnpj [BR_CNPJ]"),
    ],
)
def test_lookalike_letters_ending_an_id_are_its_digits(text, masked):
    assert conversation(text)[0] == [masked]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("pin 47 lo", "pin 47 10"),
        ("x 12-OOOI", "x 12-0001"),
        ("x OOOI-36", "x 0001-36"),
    ],
)
def test_how_the_lookalikes_are_read(text, read):
    assert deobfuscate(text) == read


@pytest.mark.parametrize(
    "text",
    [
        # a word that goes on into a sentence
        "order 52 lo que sea",
        "pin 47 lo tengo",
        # a word joined to a number
        "size 12-oil",
        "ref 1234-lol",
        # one letter or three at the end are no pair
        "i have 2 o",
        "score 2 lol",
    ],
)
def test_words_after_numbers_stay(text):
    assert deobfuscate(text) == text
