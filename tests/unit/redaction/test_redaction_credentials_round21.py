"""Round 21, one message: a value set or typed that is answered with an error is refused
as a password ("coloquei Sol#8812 e deu erro 429"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("coloquei Kiwi_2024x e deu erro 500", "coloquei [PASSWORD] e deu erro 500"),
        ("botei Sol#8812 e deu erro", "botei [PASSWORD] e deu erro"),
        ("la puse Mar!na77 y sale error", "la puse [PASSWORD] y sale error"),
        ("hab es auf Hund.7731 gesetzt, Fehler 403", "hab es auf [PASSWORD] gesetzt, Fehler 403"),
        ("je l'ai mise en Lune#4402, erreur", "je l'ai mise en [PASSWORD], erreur"),
    ],
)
def test_a_value_set_then_answered_with_an_error_is_a_password(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # the error, but no password's shape: a reference
        "coloquei PED-88123 e deu erro",
        # a password's shape, but neither refused nor named
        "coloquei Kiwi_2024x no carrinho",
        # "error" inside a longer word is not the answer
        "coloquei Kiwi_2024x no campo errorlog",
    ],
)
def test_a_value_set_without_a_refusal_or_a_password_shape_stays(text: str) -> None:
    assert redact(text) == text
