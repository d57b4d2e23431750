"""Round 8: a second guess at the expiry after the first ("caducidad 08/32 creo, o
Ago/27", "validade 11-27 ou 05/2028"), and an expiry whose month is named and joined to
its year by a slash or a word right after a card number ("... May/28 201", "...
septiembre del 2031 008"), with the security code after it. Synthetic values. A count or
a reference after "or", and a day after an article, stay."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

EXP = "[CREDIT_DEBIT_EXPIRY]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("caducidad 08/32 creo, o Ago/27", f"caducidad {EXP} creo, o {EXP}"),
        ("caducidad 04/30 creo, o 01 / 29", f"caducidad {EXP} creo, o {EXP}"),
        ("validade 10-31 ou dezembro 2032, não lembro", f"validade {EXP} ou {EXP}, não lembro"),
        ("expiry 09/27 i think, or maybe 10/2027", f"expiry {EXP} i think, or maybe {EXP}"),
        (
            "date d'expiration 03/29 je crois, ou 04/29",
            f"date d'expiration {EXP} je crois, ou {EXP}",
        ),
        ("Ablauf 03/29 oder vielleicht Mai/29", f"Ablauf {EXP} oder vielleicht {EXP}"),
    ],
)
def test_a_second_guess_at_the_expiry_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "expiry 09/27 or 10 items",
        "expiry 09/27 or order 12345",
        "vence 09/28 o el 12/05 llega",
        "validade 10/31 ou 10/12/2019",  # a full date is no expiry
    ],
)
def test_what_follows_or_and_is_no_expiry_stays(text):
    masked = redact(text)

    assert masked.startswith(text.split()[0] + f" {EXP}")
    assert masked.count(EXP) == 1


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "tarjeta nueva: 4242424242424242 septiembre del 2031 008",
            f"tarjeta nueva: [CREDIT_DEBIT_NUMBER] {EXP} [CREDIT_DEBIT_CVV]",
        ),
        (
            "new card: 6011000990139424 May/28 201",
            f"new card: [CREDIT_DEBIT_NUMBER] {EXP} [CREDIT_DEBIT_CVV]",
        ),
        ("carte 4111111111111111 juin de 2029", f"carte [CREDIT_DEBIT_NUMBER] {EXP}"),
        (
            "cartão 5555555555554444 dez/30 737",
            f"cartão [CREDIT_DEBIT_NUMBER] {EXP} [CREDIT_DEBIT_CVV]",
        ),
    ],
)
def test_a_named_month_after_a_card_is_its_expiry(text, masked):
    assert redact(text) == masked


def test_a_price_after_a_card_and_a_month_stays():
    assert redact("card 4111111111111111 charged in May 25 €") == (
        "card [CREDIT_DEBIT_NUMBER] charged in May 25 €"
    )


@pytest.mark.parametrize(
    "text", ["Nov/26", "dezembro 2032", "septiembre del 2031", "ago/27", "mayo del 28", "Nov 33"]
)
def test_a_named_month_and_year_alone_is_the_expiry(text):
    assert redact(text) == EXP


@pytest.mark.parametrize("text", ["May 25", "Mai 28.", "mayo 2019", "in May 2026", "Marzo 2030 ok"])
def test_a_day_of_a_month_a_past_year_or_words_around_stay(text):
    assert redact(text) == text
