"""Round 8b: a phone number said digit by digit after a phone word or after whom to call
("phone zero two two ...", "call my wife on zero, two, two, ...", "llama a mi marido al
seis uno ...", "appelez mon mari au zéro six ...") is masked whatever its length from
seven digits. An order said in words after "phone", and typed digits that are no phone,
stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("phone zero - two - two - eighteen - five - seventy-two", "phone [PHONE]"),
        (
            "call my wife on zero, two, two, one, zero, four, nine, four if i dont answer",
            "call my wife on [PHONE] if i dont answer",
        ),
        (
            "llama a mi marido al seis uno dos tres cuatro cinco seis siete",
            "llama a mi marido al [PHONE]",
        ),
        (
            "appelez mon mari au zéro six un deux trois quatre cinq six",
            "appelez mon mari au [PHONE]",
        ),
        ("mein Handy: null eins fünf eins zwei drei vier fünf", "mein Handy: [PHONE]"),
        (
            "liga para o meu marido no nove um dois três quatro cinco seis sete",
            "liga para o meu marido no [PHONE]",
        ),
    ],
)
def test_a_phone_said_digit_by_digit_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "phone order one two three four five six seven eight",
        "my phone broke, ticket one two three four five six seven eight",
    ],
)
def test_an_order_said_after_the_phone_word_stays(text):
    assert "[PHONE]" not in redact(text)
