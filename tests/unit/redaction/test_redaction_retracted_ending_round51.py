"""Round 51: a customer who starts to give a card's ending and takes it back for the whole
number ("card ending in... well the whole number: 4012 8821") sends the card's first part:
the digits are masked and the rest, in the next message, too. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "card ending in... well the whole number: 5234 8812",
        "tarjeta terminada en... bueno toda: 5234-8812",
        "carte finissant par... enfin toute : 5234 8812",
        "Karte endet auf... nein die ganze: 5234 8812",
        "cartão final... quer dizer, todo: 5234 8812",
    ],
)
def test_a_retracted_ending_before_the_digits_starts_the_whole_card(first: str) -> None:
    out, markers = conversation(first, "7720 4419")

    assert not any(c.isdigit() for c in out[0] + out[1])
    assert markers[0] is not None and markers[0].entity_type == "CREDIT_DEBIT_NUMBER"


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        ("card ending in 5234", "7720 4419", "card ending in"),  # an ending kept
        ("card ending in... full refund of 25 € please", "order 7720 4419", "25 €"),  # a price
        ("card ending in... the whole thing was charged 25 twice", "order 7720", "25 twice"),
        ("tarjeta terminada en 5234, toda bloqueada desde 2024", "pedido 7720", "2024"),
    ],
)
def test_an_ending_not_taken_back_starts_no_card(first: str, second: str, kept: str) -> None:
    out, _ = conversation(first, second)

    assert kept in out[0]
    assert out[1] == second
