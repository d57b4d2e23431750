"""Round 21: the routing number by its US Spanish and Portuguese name, "número de ruta"
("ruta 111000025", "rota 111000025"). "Ruta" is also a road's or a delivery's, so only a
nine-digit number passing the ABA check, close after the word. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_ABA = "111000025"  # passes the ABA check
_NEAR = "ruta que me dieron hoy: "  # the word starts 24 characters before the number
_FAR = "ruta que me dieron ayer: "  # 25


def test_the_reach_of_the_route_word_is_what_these_tests_assume() -> None:
    assert (len(_NEAR), len(_FAR)) == (24, 25)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"ruta {_ABA}", "ruta [BANK_ROUTING]"),
        (f"rota {_ABA}", "rota [BANK_ROUTING]"),
        (f"la ruta es {_ABA}", "la ruta es [BANK_ROUTING]"),
        (f"{_NEAR}{_ABA}", f"{_NEAR}[BANK_ROUTING]"),
    ],
)
def test_an_aba_number_after_the_route_word_is_a_routing_number(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ruta 111000026",  # the ABA check fails
        f"{_FAR}{_ABA}",  # too far from the word
        f"rotação {_ABA}",  # not the word, a longer one
        f"la respuesta es {_ABA}",  # no word at all
    ],
)
def test_what_is_no_routing_number_after_the_route_word_stays(text: str) -> None:
    assert redact(text) == text
