"""Round 39: asking for a new card, the customer names the old one by its last four ("new
card pls, old one (0257) was stolen", "l'ancienne (0391)"): four digits right after "the old
one", in brackets, after a colon or a copula, with a card word just before, are the card's
ending. Without a card word, or with an amount or a count, nothing. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        (
            "new card pls, old one (0257) was stolen at the atm",
            "new card pls, old one ([CREDIT_DEBIT_NUMBER]) was stolen at the atm",
        ),
        (
            "need a new card, the old one: 7824 got blocked",
            "need a new card, the old one: [CREDIT_DEBIT_NUMBER] got blocked",
        ),
        (
            "quiero tarjeta nueva, la vieja (4417) me la robaron",
            "quiero tarjeta nueva, la vieja ([CREDIT_DEBIT_NUMBER]) me la robaron",
        ),
        (
            "nouvelle carte svp, l'ancienne (0391) a été volée",
            "nouvelle carte svp, l'ancienne ([CREDIT_DEBIT_NUMBER]) a été volée",
        ),
        (
            "neue Karte bitte, die alte (1846) wurde gestohlen",
            "neue Karte bitte, die alte ([CREDIT_DEBIT_NUMBER]) wurde gestohlen",
        ),
        (
            "cartão novo por favor, o antigo (5308) foi roubado",
            "cartão novo por favor, o antigo ([CREDIT_DEBIT_NUMBER]) foi roubado",
        ),
    ],
)
def test_the_old_cards_last_four_are_masked(said: str, masked: str) -> None:
    out, _ = conversation(said)

    assert out[0] == masked


@pytest.mark.parametrize(
    "said",
    [
        "old one (0257) was stolen at the atm",  # no card word
        "new phone pls, old one (0257) broke",  # another thing's old one
        "new card pls, old one (20 €) fee",  # an amount
        "new card pls, the old one cost 1200 € a year",
        "new card pls, the old one had 3 chips",
    ],
)
def test_no_card_word_or_an_amount_masks_nothing(said: str) -> None:
    out, _ = conversation(said)

    assert out[0] == said
