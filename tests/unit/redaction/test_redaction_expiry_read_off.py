"""Round 7: a card's expiry read off the card ("it says 02/26"), after "until" and a card
word, typed before its word, or after "échéance", "gült." and "gilt bis". Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "the expiry date should be on the front, it says Sep 30",
            "the expiry date should be on the front, it says [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "la fecha de vencimiento está adelante, dice 12/2033",
            "la fecha de vencimiento está adelante, dice [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "Karte: 4111 1111 1111 1111. das Datum steht vorne, da steht 06/2030",
            "Karte: [CREDIT_DEBIT_NUMBER]. das Datum steht vorne, da steht [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "die Karte ist neu und gilt bis Februar 33",
            "die Karte ist neu und gilt bis [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "la carte c'est la bleue jusqu'à 12 / 32",
            "la carte c'est la bleue jusqu'à [CREDIT_DEBIT_EXPIRY]",
        ),
        ("ma carte échéance 9/31", "ma carte échéance [CREDIT_DEBIT_EXPIRY]"),
        ("Kreditkarte gült. 042032", "Kreditkarte gült. [CREDIT_DEBIT_EXPIRY]"),
        ("10 28 c'est la date d'expiration", "[CREDIT_DEBIT_EXPIRY] c'est la date d'expiration"),
        ("out 27 é a validade", "[CREDIT_DEBIT_EXPIRY] é a validade"),
        ("zero one - two seven is the expiry date", "[CREDIT_DEBIT_EXPIRY] is the expiry date"),
        ("null fünf, drei eins ist das Ablaufdatum", "[CREDIT_DEBIT_EXPIRY] ist das Ablaufdatum"),
    ],
)
def test_an_expiry_read_off_or_named_after_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # "until" a day of the calendar, or without a card: a delivery's date
        "the card arrives until 12/05",
        "tarjeta: la tienda abre hasta 12/05",
        "the shop is open until 10/28",
        # a date that is no card's: the invoice's, a delivery's
        "la facture, échéance 15/03",
        "the delivery date, it says 12/05",
        "order 12 34 is the date of delivery",
    ],
)
def test_a_date_that_is_no_cards_expiry_stays(text):
    assert redact(text) == text
