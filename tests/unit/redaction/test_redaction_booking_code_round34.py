"""A booking code labelled in any of the five languages is a reference, not the passport
named after it: "Buchungscode NG5ZKZ, Reisepassnummer ...", "código de reserva ...",
"code de réservation ...". The passport after its own word is still masked. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "buchungscode QX5ZKW, reisepassnummer 54NS69835",
            "buchungscode QX5ZKW, reisepassnummer [PASSPORT_NUMBER]",
        ),
        (
            "Buchungsnummer K7P2QX, Reisepass C01X00T47",
            "Buchungsnummer K7P2QX, Reisepass [PASSPORT_NUMBER]",
        ),
        (
            "Reservierungscode K7P2QX, Reisepass C01X00T47",
            "Reservierungscode K7P2QX, Reisepass [PASSPORT_NUMBER]",
        ),
        (
            "código de reserva QX5ZKW, pasaporte PAA123456",
            "código de reserva QX5ZKW, pasaporte [PASSPORT_NUMBER]",
        ),
        (
            "code de réservation QX5ZKW, passeport 12AB34567",
            "code de réservation QX5ZKW, passeport [PASSPORT_NUMBER]",
        ),
        (
            "reserva QX5ZKW, passaporte CB123456",
            "reserva QX5ZKW, passaporte [PASSPORT_NUMBER]",
        ),
    ],
)
def test_a_booking_code_before_a_passport_is_kept(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # no booking word before it: the value before the passport word is read as named
        (
            "QX5ZKW, reisepassnummer 54NS69835",
            "[PASSPORT_NUMBER], reisepassnummer [PASSPORT_NUMBER]",
        ),
        (
            "hice la reserva con la tarjeta 4111 1111 1111 1111",
            "hice la reserva con la tarjeta [CREDIT_DEBIT_NUMBER]",
        ),
        (
            "para la reserva mi telefono es 612 345 678",
            "para la reserva mi telefono es [PHONE]",
        ),
    ],
)
def test_values_beside_a_booking_word_are_still_masked(text: str, masked: str) -> None:
    assert redact(text) == masked
