"""A spoken plus followed by the comma or dash the customer puts between every spelled
digit ("plus, four, four, ...", "mais-cinco-cinco-..."): the phone's "+", masked with it.
Typed digits or too few words after it stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "text me on plus, four, four, seven, seven, zero, zero, nine, zero, zero, one, two",
            "text me on [PHONE]",
        ),
        (
            "mon numéro plus, trois, trois, six, un, deux, trois, quatre, cinq, six, sept, huit",
            "mon numéro [PHONE]",
        ),
        (
            "meu número mais-cinco-cinco-um-um-nove-oito-sete-seis-cinco-quatro-três-dois-um",
            "meu número [PHONE]",
        ),
        (
            "mi móvil más, tres, cuatro, seis, uno, dos, tres, cuatro, cinco, seis, siete, ocho",
            "mi móvil [PHONE]",
        ),
    ],
)
def test_a_punctuated_spoken_plus_is_masked_with_the_phone(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    ["3 shirts plus, 2 hats", "plus-one, two", "más, cinco", "es eso, mais-cinco-seis-sete"],
)
def test_a_punctuated_plus_before_typed_digits_or_few_words_stays(text: str) -> None:
    assert redact(text) == text
