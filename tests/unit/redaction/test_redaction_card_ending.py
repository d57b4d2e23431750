"""A card's ending after a card word and an ending word is masked: the issue names "ends in"
among the card's context words, and two independent corpora label those digits as the
card's. Since round 27 the ending leaves a marker for the card's rest or whole number in the
next message (``test_redaction_card_rest_after_ending_round27``). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("the card ending in 4242 isnt mine", f"the card ending in {CARD} isnt mine"),
        ("the card endng in 4242 isnt mine", f"the card endng in {CARD} isnt mine"),
        ("my visa ends with 4242", f"my visa ends with {CARD}"),
        ("card ending 4111 2222", f"card ending {CARD}"),
        ("amex ending 31005", f"amex ending {CARD}"),
        ("card, last four are 4242", f"card, last four are {CARD}"),
        ("la tarjeta que termina en 4242", f"la tarjeta que termina en {CARD}"),
        ("tarjeta acabada en 4242", f"tarjeta acabada en {CARD}"),
        ("tarjeta, últimos dígitos 4242", f"tarjeta, últimos dígitos {CARD}"),
        ("la carte qui finit par 4242", f"la carte qui finit par {CARD}"),
        ("carte se terminant par 4242", f"carte se terminant par {CARD}"),
        ("die Karte endet auf 4242", f"die Karte endet auf {CARD}"),
        ("Kreditkarte mit den Endziffern 4242", f"Kreditkarte mit den Endziffern {CARD}"),
        ("o cartão com final 4242", f"o cartão com final {CARD}"),
        ("cartão terminado em 4242", f"cartão terminado em {CARD}"),
        # the card word starts 32 characters before the ending word: still its card
        ("card" + " " * 28 + "ending 4242", "card" + " " * 28 + f"ending {CARD}"),
    ],
)
def test_a_cards_ending_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "order ending 4242",  # no card word
        "the one ending in 4242",
        "card for the order ending 4242",  # a reference word nearer than the card word
        "card" + " " * 29 + "ending 4242",  # the card word 33 characters before
        "ending in 4242 card",  # the card word after
        "card ending 12/27",  # a date, not digits of the card
        "card ending 1234.50",  # an amount
        "card ending 123",  # three digits: no card's ending
        "my credit card final payment of 2024",  # "final" not right before the digits
    ],
)
def test_digits_that_are_no_cards_ending_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("quería pagar con la que termina en 4242", f"quería pagar con la que termina en {CARD}"),
        ("pagué con la que termina en 4111 2222", f"pagué con la que termina en {CARD}"),
        ("paguei com o terminado em 4242", f"paguei com o terminado em {CARD}"),
        ("vou pagar com a terminada em 4242", f"vou pagar com a terminada em {CARD}"),
        (
            "je veux payer avec celle qui finit par 4242",
            f"je veux payer avec celle qui finit par {CARD}",
        ),
        ("I paid with the one ending in 4242", f"I paid with the one ending in {CARD}"),
        ("ich will zahlen mit der, endet auf 4242", f"ich will zahlen mit der, endet auf {CARD}"),
        # the payment phrase starts 32 characters before the ending word
        ("paid with" + " " * 23 + "ending 4242", "paid with" + " " * 23 + f"ending {CARD}"),
    ],
)
def test_an_ending_paid_with_is_a_cards(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "paid with" + " " * 24 + "ending 4242",  # the payment phrase 33 characters before
        "quería pagar el pedido con la que termina en 4242",  # no "pay with"
        "I paid with paypal, the order ending in 4242",  # a reference word nearer
        "quiero pagar contra reembolso, el pedido termina en 4242",  # no payment "with"
        "ending in 4242, paid with it",  # the payment phrase after
    ],
)
def test_an_ending_without_a_payment_before_it_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("texts", "then"),
    [
        (("card ending 4242", "1234 5678"), "1234 5678"),  # twelve digits with it: no card
        # round 27: sixteen with it, the card's rest (see the round-27 rest-after-ending tests)
        (("tarjeta terminada en 4111 2222", "3333 4444"), CARD),
    ],
)
def test_a_masked_ending_waits_for_its_cards_rest(texts: tuple[str, str], then: str) -> None:
    out, markers = conversation(*texts)

    assert CARD in out[0]
    assert markers[0] is not None and markers[0].unnamed
    assert out[1] == then
