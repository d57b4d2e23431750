"""Round 50: right after a card number, a joining word ("and", "y", "et", "und", "e") and a
month and year are the card's expiry, as a payment form asks for them ("I entered 4111 ...
and 07/29"). A date a day could read ("and 12/30") only when the customer says they typed
them in; a month and year no day reads ("and 05/2031") always. What is no month and year
stays. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

CARD = "4111 1111 1111 1111"


@pytest.mark.parametrize(
    "text",
    [
        f"I entered {CARD} and 07/29 and it says error 403",
        f"puse {CARD} y mayo 2030 y da error",
        f"j'ai mis {CARD} et août 27 et il me dit erreur 500",
        f"hab {CARD} und 07/2031 eingegeben, kommt fehler E-40",
        f"pus {CARD} e 08-29 e dá erro",
        # no day reads it: the expiry whatever the words around
        f"my card {CARD} and 05/2031 please check",
        f"mi tarjeta {CARD} y 11/33",
    ],
)
def test_a_month_and_year_joined_to_a_card_are_its_expiry(text: str) -> None:
    masked = redact(text)

    assert "[CREDIT_DEBIT_NUMBER]" in masked
    assert "[CREDIT_DEBIT_EXPIRY]" in masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"paid with {CARD} and 2 items arrived", "2 items"),
        (f"paid with {CARD} and 13/29 is no month", "13/29"),
        (f"tarjeta {CARD} y el pedido 4821", "4821"),
        (f"carte {CARD} et 25 euros", "25 euros"),
        # a day could read it and nothing says it was typed in: a delivery's date
        (f"card {CARD} and 12/30 it arrived", "12/30"),
        (f"meine Karte {CARD} und 06-27 kam das Paket", "06-27"),
    ],
)
def test_what_follows_the_joining_word_and_is_no_expiry_stays(text: str, kept: str) -> None:
    masked = redact(text)

    assert "[CREDIT_DEBIT_NUMBER]" in masked
    assert kept in masked
