"""Round 48c: an amount with its currency typed right after a card number ("karte 4111 ...
1111 1560 euros abgehoben", "... 159,51€") is the charge, not digits of the card: the card
is masked, the amount stays. A currency before the next number ("... 1111 $ 80") says
nothing of the digits before it. Synthetic values only (issuers' published test card numbers)."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            # "1028" alone after a card is read as an expiry
            "someone used my card 4242\n4242\n4242\n4242 1028 euros, never been there",
            "someone used my card [CREDIT_DEBIT_NUMBER] 1028 euros, never been there",
        ),
        (
            "alguien usó mi tarjeta 4111 1111 1111 1111 59,90 dólares",
            "alguien usó mi tarjeta [CREDIT_DEBIT_NUMBER] 59,90 dólares",
        ),
        (
            # "5555 4444 101": a second card's window of digits passes Luhn
            "quelqu'un a utilisé ma carte 5555 5555 5555 4444 101,44 € hier",
            "quelqu'un a utilisé ma carte [CREDIT_DEBIT_NUMBER] 101,44 € hier",
        ),
        (
            "jemand hat mit meiner karte vier-eins-eins-eins eins-eins-eins-eins"
            " eins-eins-eins-eins eins-eins-eins-eins 159,51€ abgehoben",
            "jemand hat mit meiner karte [CREDIT_DEBIT_NUMBER] 159,51€ abgehoben",
        ),
        (
            "alguém usou meu cartão 4111 1111 1111 1111 1028 reais",
            "alguém usou meu cartão [CREDIT_DEBIT_NUMBER] 1028 reais",
        ),
    ],
)
def test_an_amount_after_the_card_stays(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # the sign belongs to the amount after it
        ("card 4111 1111 1111 1111 $ 80", "card [CREDIT_DEBIT_NUMBER] $ 80"),
        # no currency: the expiry after the card is still read
        (
            "card 4111 1111 1111 1111 1028 123",
            "card [CREDIT_DEBIT_NUMBER] [CREDIT_DEBIT_EXPIRY] [CREDIT_DEBIT_CVV]",
        ),
    ],
)
def test_digits_without_a_currency_after_them_are_read_as_before(text: str, masked: str) -> None:
    assert redact(text) == masked
