"""Round 25, over messages: a licence asked for with a number word before its word
("¿número de licencia?", "numéro du permis ?") or with what it is for ("... para el
alquiler?", "... pour la location ?"): the next message is the licence, not a phone.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_LICENCE = "J123456789012"


@pytest.mark.parametrize(
    "asked",
    [
        "¿Número de licencia?",
        "¿Número de licencia para el alquiler?",
        "numéro du permis pour la location ?",
        "número da carta de condução?",
        "número do CNH?",
        "permis pour la location ?",  # the word alone, with a purpose
        "licencia por favor?",
        "license for the rental car?",
    ],
)
def test_the_value_after_a_licence_asked_for_is_the_licence(asked: str) -> None:
    out, _ = conversation(asked, _LICENCE)

    assert out[1] == "[DRIVER_ID]"


@pytest.mark.parametrize(
    "asked",
    [
        "licencia para el alquiler",  # no question mark: a sentence about it
        "licencia para el alquiler de mañana?",  # four words after "para": a sentence
    ],
)
def test_a_purpose_needs_a_short_question(asked: str) -> None:
    out, _ = conversation(asked, _LICENCE)

    assert out[1] == _LICENCE


@pytest.mark.parametrize(
    "asked",
    [
        "¿Número de teléfono?",  # the number word names another value
        "¿Número para el alquiler?",  # no licence word
        "¿cuenta de la licencia?",  # a word of another kind before "of the licence"
    ],
)
def test_a_number_word_not_the_licences_announces_no_licence(asked: str) -> None:
    out, _ = conversation(asked, "612345678")

    assert "[DRIVER_ID]" not in out[1]
