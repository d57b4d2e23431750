""" "contraseña" typed with one slip and its tilde kept ("contrseña", "cotraseña"): the
word is mended as its unaccented spelling is. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "la contrseña del portal de la escuela es Pk7#mar2",  # a letter dropped
        "la cotraseña es Pk7#mar2",
        "la contrasñea es Pk7#mar2",  # two neighbours swapped
    ],
)
def test_a_slip_in_the_accented_word_still_names_the_password(text: str) -> None:
    assert redact(text).endswith("es [PASSWORD]")


@pytest.mark.parametrize(
    "text",
    [
        "contrase es mala",  # two letters away: not the word
        "la contraseña del portal es la misma de siempre",  # prose after the word
    ],
)
def test_what_is_not_a_password_stays(text: str) -> None:
    assert redact(text) == text
