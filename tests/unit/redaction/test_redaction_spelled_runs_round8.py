"""Round 8: a long number read out in words (nine digits or more, eight since round 39, most
of them said) is masked whole, whatever finder took part of it, with the "plus" said before
a phone's digits; a reference read out, or named right after, stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("its seventeen eighty-four eight forty-five sixty-four zero two two", "its [PHONE]"),
        ("its forty-five, twenty-one, fifty-eight, fifty-three, seventy-five, six", "its [PHONE]"),
        ("it's 49 nine 60 thirty-eight forty fifty-one seven", "it's [PHONE]"),
        (
            "two - one - two - five - five - five - zero - one - four - reading it off the card",
            "[PHONE] - reading it off the card",
        ),
        (
            "in case it drops: zero - four - twelve - nine - thirty seven - twenty four - eight",
            "in case it drops: [PHONE]",
        ),
        (
            '{"tel": "seis - doce - treinta y cuatro - cincuenta y seis - setenta y ocho",'
            ' "pedido": 12}',
            '{"tel": "[PHONE]", "pedido": 12}',
        ),
        (
            "meu número é mais cinco - cinquenta e um - dezenove - quatrocentos e setenta e um"
            " - nove",
            "meu número é [PHONE]",
        ),
        # "caso" as a conjunction ("in case it drops"), not a case's number word
        (
            "meu numero caso caia: dois, zero, tres, três, cinco, seis, dois, três, seis, seis",
            "meu numero caso caia: [PHONE]",
        ),
        (
            "Kontonummer eins zwei drei vier fünf sechs sieben acht neun null eins zwei drei vier",
            "Kontonummer [BANK_ACCOUNT_NUMBER]",
        ),
    ],
)
def test_a_long_number_read_out_is_masked_whole(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "order number one two three four five six seven eight nine",
        "one two three four five six seven eight nine is my order number",
        "case one two three four five six seven eight nine",
        "the order number is one two three four five six seven eight nine",
        "número de pedido: uno dos tres cuatro cinco seis siete ocho nueve",
        # shorter numbers said in words: prices, dates, counts
        "it cost two thousand four hundred and fifty euros on the twenty first of march",
        "we were twenty two people and thirty five kids",
    ],
)
def test_a_reference_or_a_short_number_in_words_stays(text):
    assert redact(text) == text


def test_a_typed_postcode_before_a_number_read_out_stays():
    out = redact(
        "billing zip and card: 10218 four-one-one-one one-one-one-one one-one-one-one"
        " one-one-one-one"
    )

    assert out.startswith("billing zip and card: 10218 [") and "one" not in out
