"""Round 51: a document's word with its own value right after it names that value, not the
number before it: "car insurance quote 208517: driver's license D1234567", "cotización
POL-1234-56: licencia 12345678", "devis auto 88123 : permis 123456789012", "Angebot
PL0455123: Führerschein B072RRE2I55", "cotação PL5510-28: cnh 12345678901". The quote's
number stays in the five languages; a value typed before the word with nothing after it is
still masked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("car insurance quote 208517: driver's license D1234567, 1998 model", "208517"),
        ("cotizacion del seguro POL-264471-35: licencia 12345678, placas XBT4M22", "POL-264471-35"),
        ("devis auto POL-7711-22 : permis 123456789012, modele 2019", "POL-7711-22"),
        ("kfz angebot PL0455123: führerschein B072RRE2I55, baujahr 2020", "PL0455123"),
        ("cotacao do seguro PL5510287: cnh 12345678901, ano 2009", "PL5510287"),
        ("reserva 778112: passaporte CA123456", "778112"),
    ],
)
def test_the_number_before_a_word_with_its_own_value_stays(text: str, kept: str) -> None:
    masked = redact(text)

    assert kept in masked
    assert "[DRIVER_ID]" in masked or "[PASSPORT_NUMBER]" in masked


@pytest.mark.parametrize(
    "text",
    [
        "X1234567 is my passport",
        "D1234567 - driver's license",
        "P88 . 260 . 17 es mi pasaporte",
        "B072RRE2I55 ist mein Führerschein",
        "12AB34567 c'est mon passeport",
    ],
)
def test_a_value_before_its_word_alone_is_still_masked(text: str) -> None:
    masked = redact(text)

    assert not any(c.isdigit() for c in masked)
