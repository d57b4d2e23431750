"""Round 8, over-redaction: a contract or policy number is a reference, not a phone
("contrato 4495316895"); a number sign makes a bare reply a reference's number ("#954360",
"nº 2291"), and a bare date is the answer to "when?", not a PIN. A phone or a PIN beside
them is still masked. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "lectura del contador 26108, contrato 4495316895",
        "my contract number is 4495316895",
        "numéro de contrat 4495316895",
        "Vertragsnummer 4495316895",
        "número do contrato 4495316895",
        "póliza 4495316895",
        "#954360",
        "#2681",
        "nº 2291",
        "4-1-2025",
        "ok 12.05.2026",
    ],
)
def test_a_reference_or_a_date_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "contrato 4495316895, mi móvil 612 34 56 78",
            "contrato 4495316895, mi móvil [PHONE]",
        ),
        (
            "contract 4495316895, call me on 202-555-0143",
            "contract 4495316895, call me on [PHONE]",
        ),
        ("2681", "[PIN]"),  # a bare reply without a number sign is still the PIN asked for
    ],
)
def test_a_value_beside_a_reference_is_still_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "le numéro sur le carton c'est 58416922185 je sais pas si c'est le suivi",
        "die Nummer auf dem Karton ist 95267861981",
        "el número del cartón es 67888106226",
    ],
)
def test_the_number_printed_on_the_parcels_box_stays(text):
    assert redact(text) == text


def test_a_phone_after_the_box_is_mentioned_is_still_masked():
    assert redact("le carton est arrivé abîmé, mon portable 06 12 34 56 78") == (
        "le carton est arrivé abîmé, mon portable [PHONE]"
    )


@pytest.mark.parametrize(
    "text",
    [
        "bestellungen 8033074 und 177-6993927-5576628 sollten zusammen kommen",
        "les commandes 12345678 et 87654321",
        "mis pedidos 612345678 y 612345679",
        "as faturas 912345678 e 912345679",
    ],
)
def test_numbers_after_a_plural_reference_word_stay(text):
    assert redact(text) == text


def test_a_phone_after_a_plural_reference_is_still_masked():
    out = redact("mis pedidos llegaron, mi móvil 612 345 678")

    assert out.startswith("mis pedidos llegaron, mi móvil [") and "612" not in out
