"""Round 8b: a passport number of its commonest shape (one or two capitals, six to eight
digits) further from its word in the same sentence ("adding my passport to the booking:
C9719847"), and the same shape right after a companion named by their relation ("and my
husband's C7631201", "e o do meu marido N4279908"), are masked. A booking's own reference
after the passport word, a value in another sentence, and a relative's order stay.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "adding my passport to the booking: C9719847",
            "adding my passport to the booking: [PASSPORT_NUMBER]",
        ),
        (
            "je joins mon passeport au dossier de voyage : AB1234567",
            "je joins mon passeport au dossier de voyage : [PASSPORT_NUMBER]",
        ),
        (
            "añado mi pasaporte a la reserva del hotel: X1234567",
            "añado mi pasaporte a la reserva del hotel: [PASSPORT_NUMBER]",
        ),
        (
            "ich füge meinen Reisepass zur Buchung hinzu: C1234567",
            "ich füge meinen Reisepass zur Buchung hinzu: [PASSPORT_NUMBER]",
        ),
    ],
)
def test_a_passport_of_its_shape_further_from_its_word_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("and my husband's C7631201", "and my husband's [PASSPORT_NUMBER]"),
        ("e o do meu marido N4279908", "e o do meu marido [PASSPORT_NUMBER]"),
        ("y el de mi mujer X1234567", "y el de mi mujer [PASSPORT_NUMBER]"),
        ("et celui de mon fils C1234567", "et celui de mon fils [PASSPORT_NUMBER]"),
        ("und der von meiner Frau: C1234567", "und der von meiner Frau: [PASSPORT_NUMBER]"),
    ],
)
def test_a_companions_number_of_that_shape_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "my passport is renewed, the booking reference AB1234567 is wrong",
        "i lost my passport. Order AB1234567 never came",
        "my husband's order AB1234567 never came",
        "passport renewal fee for order AB1234567",
        "pasaporte renovado, pago con el pedido AB1234567",
    ],
)
def test_a_reference_near_the_passport_word_stays(text):
    assert "AB1234567" in redact(text)
