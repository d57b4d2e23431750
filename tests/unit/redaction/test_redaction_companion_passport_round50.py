"""Round 50: after a passport word, the value after a possessive and a relative is that
relative's passport, in any country's shape: "passport C1234567 and my wife's 507133942".
Without a passport word first, too short, too long or with fewer than two digits, it stays.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "booking for 3, passport C7014482 and my wifes 507133942",
            "booking for 3, passport [PASSPORT_NUMBER] and my wifes [PASSPORT_NUMBER]",
        ),
        (
            "reserva para 2, pasaporte PAA120384 y el de mi esposa XKT5O3218",
            "reserva para 2, pasaporte [PASSPORT_NUMBER] y el de mi esposa [PASSPORT_NUMBER]",
        ),
        (
            "passeport 12AB34567 et celui de mon fils 37CD.520.18",
            "passeport [PASSPORT_NUMBER] et celui de mon fils [PASSPORT_NUMBER]",
        ),
        (
            "buchung für 2, pass C01X00T47 und der von meiner frau L8K20 T47",
            "buchung für 2, pass [PASSPORT_NUMBER] und der von meiner frau [PASSPORT_NUMBER]",
        ),
        (
            "passaporte CA120384 e o da minha esposa FX41-9073",
            "passaporte [PASSPORT_NUMBER] e o da minha esposa [PASSPORT_NUMBER]",
        ),
    ],
)
def test_a_relatives_value_after_a_passport_is_a_passport(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # no passport word first
        "booking for 3 and my wife's AB12345",
        "el pedido de mi esposa XKT5O3",
        # too short: a year, a count, an ordinal
        "passport renewal and my wife's 2024",
        "passport photos for me and my wife's 3 kids",
        "passport for me and my son's 4th birthday trip",
        # a word between the relative and the value
        "passport done, and my wife's flight is LH 2041",
        "passport renewal and my wife's friend",
        # thirteen letters and digits: longer than any passport
        "passport ok and my son's AB12345678901",
    ],
)
def test_a_relatives_value_without_a_passport_word_or_shape_stays(text: str) -> None:
    assert redact(text) == text
