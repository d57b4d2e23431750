"""Four digits right after a card's noun are the card's last four, in a list of fields
("order / card / amount / date") as in a sentence: a customer names the card they paid with
that way (the rule is ``cards._FOUR_WITHOUT_ENDING``). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pedido 6435 / card 4242 / 98,50€", f"pedido 6435 / card {CARD} / 98,50€"),
        ("pedido 6435 / tarjeta 4242 / 98,50€", f"pedido 6435 / tarjeta {CARD} / 98,50€"),
        ("commande 6435 / carte 4242 | 98,50€", f"commande 6435 / carte {CARD} | 98,50€"),
        ("pedido 6435 / cartão 4242, 98,50€", f"pedido 6435 / cartão {CARD}, 98,50€"),
        ("pedido 6435 / cartao 4242; 98,50€", f"pedido 6435 / cartao {CARD}; 98,50€"),
        ("Bestellung 6435 (Karte 4242) 98,50€", f"Bestellung 6435 (Karte {CARD}) 98,50€"),
        ("pedido 6435, tarjeta: 4242. gracias", f"pedido 6435, tarjeta: {CARD}. gracias"),
        # a word after the four: still the card's, as "the card 7315 was declined"
        ("pedido 6435 / tarjeta 4242 rechazada", f"pedido 6435 / tarjeta {CARD} rechazada"),
    ],
)
def test_a_cards_last_four_closing_a_field_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "pedido 6435 / tarjeta 424 / x",  # three digits
        "pedido 6435 / tarjeta 42424 / x",  # five digits
        "pedido 6435 / tarjeta 4242.50 / x",  # a price
        "pedido 6435 / tarjeta 4242,50 / x",  # a price with a decimal comma
        "pedido 6435 / tarjeta 4242 € / x",  # an amount
        "pedido 6435 / tarjetas 4242 / x",  # not the card's noun alone
        "pedido 6435 / crédito 4242 / x",  # an amount of credit
        "pedido 6435 / tarjeta de 4242 / x",  # a word between
    ],
)
def test_digits_after_a_card_noun_that_are_no_ending_stay(text: str) -> None:
    assert redact(text) == text
