"""Round 48: each language's own name for the social security number, said of the American
one, names an SSN typed in pieces: "nss 504 y 485 y 279", "numéro de sécu 504 puis 485 puis
279", "US-Sozialversicherungsnummer 504 und 485 und 279". Nine digits after the word are
read by the SSN's rules; the words without nine digits after them leave the text alone.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("nss 504 y 485 y 279 del trabajo", "nss [SSN] del trabajo"),
        ("mi nss es 5406 .. 0650 .. 4", "mi nss es [SSN]"),
        ("nss 504485279", "nss [SSN]"),
        (
            "mon numéro de sécu américain 504 puis 485 puis 279",
            "mon numéro de sécu américain [SSN]",
        ),
        ("mon numero de secu 504485279", "mon numero de secu [SSN]"),
        (
            "numéro de sécurité sociale américain 504485279",
            "numéro de sécurité sociale américain [SSN]",
        ),
        (
            "meine US-Sozialversicherungsnummer 504 und 485 und 279",
            "meine US-Sozialversicherungsnummer [SSN]",
        ),
        ("US-Sozialversicherungsnr. 504485279", "US-Sozialversicherungsnr. [SSN]"),
        (
            "mi número de seguridad social 504 luego 48 luego 5279",
            "mi número de seguridad social [SSN]",
        ),
    ],
)
def test_nine_digits_after_a_languages_ssn_word_are_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # no SSN word: pieces of an order number
        "mi pedido 504 y 485 y 279",
        # the word, but no nine digits
        "la sécu m'a remboursé 45 euros le 12 mars",
        "nss 504 y 485",
        "meine Sozialversicherungsnummer habe ich nicht, Termin am 12.03.",
        # a word that merely holds the letters
        "pedido nssa 504485279",
        "sécurisé 504 puis 485 puis 279",
    ],
)
def test_the_words_without_an_ssn_or_inside_other_words_leave_the_text(text: str) -> None:
    assert redact(text) == text
