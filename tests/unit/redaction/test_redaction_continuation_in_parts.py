"""A customer who says the number comes in parts (issue 14: numbers split across messages).

"I'll send it in bits", "te lo paso en dos partes", "je l'envoie en deux fois", "in zwei
Nachrichten", "mando por partes": the first digits ending that message start a card
marker however they are grouped, when they start like a card. Phrasings are written for
these tests, not taken from any corpus; the card numbers are the schemes' test numbers.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("gonna send it in two goes, here's the start 40128888", "88881881"),
        ("te lo paso por partes, primero 55105105", "10510510 ya"),
        ("je vous l'envoie en plusieurs fois : 40000566", "5566 5556"),
        ("ich schick sie stückweise 371449", "635398431"),
        ("vou mandar em duas mensagens 6011111", "111111117"),
    ],
)
def test_the_start_of_a_card_after_saying_it_comes_in_parts_continues(
    first: str, second: str
) -> None:
    texts, markers = conversation(first, second)
    assert markers[0] is not None
    assert markers[0].entity_type == "CREDIT_DEBIT_NUMBER"
    assert not any(c.isdigit() for c in texts[0] + texts[1])


@pytest.mark.parametrize(
    "text",
    [
        "the order arrived in two parts, box 1 of 2",  # no number ending the message
        "it came in pieces, order 40128888",  # a reference word names the number
        "en dos partes y 12 tornillos",  # a count, no card prefix
        "in zwei Teilen geliefert am 12.03.2026",  # a date
        "em duas partes, a primeira custou 1999",  # no issuer's prefix
    ],
)
def test_saying_in_parts_without_a_card_start_leaves_no_marker(text: str) -> None:
    texts, markers = conversation(text)
    assert texts == [text]
    assert markers == [None]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "la tarjeta es cuatro cinco tres nueve",
            "uno cuatro ocho ocho",
            "cero tres cuatro tres seis cuatro seis siete",
        ),
        ("meine Karte: vier null null null", "null fünf sechs sechs, fünf fünf fünf sechs"),
        (
            "numéro de carte quatre zéro un deux",
            "huit huit huit huit huit huit huit huit un huit huit un",
        ),
        (
            "o cartão é cinco cinco zero zero",
            "zero zero zero zero zero zero zero zero zero zero zero quatro",
        ),
    ],
)
def test_a_card_spelled_out_over_several_messages_is_masked_in_each(
    texts: tuple[str, ...],
) -> None:
    out, markers = conversation(*texts)
    assert markers[0] is not None
    for masked in out:
        assert masked.split()[-1] == "[CREDIT_DEBIT_NUMBER]"
