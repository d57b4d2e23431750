"""Round 53: a passport or licence number typed in groups of capitals and digits after its
word: German's "Pass" alone, a group of five capitals, Germany's letters-only passports,
"hat die Nummer" or "c'est le" between, Colombia's "licencia de conducción". A boarding
pass, a flight's code, a date and a lower-case word after the groups stay. Synthetic values
only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Pass K7RT ZX4VW und Handy", "K7RT ZX4VW", "PASSPORT_NUMBER"),
        ("mein Reisepass ist C4FH NMWXT, bitte prüfen", "C4FH NMWXT", "PASSPORT_NUMBER"),
        ("Passnummer CFGH  JKLM  N für die Buchung", "CFGH  JKLM  N", "PASSPORT_NUMBER"),
        ("mi pasaporte CWZ.HJL.RRM, asiento 12C", "CWZ.HJL.RRM", "PASSPORT_NUMBER"),
        ("mein Pass hat die Nummer N41.270.6", "N41.270.6", "PASSPORT_NUMBER"),
        ("mon passeport c'est le 27QX  5193  4", "27QX  5193  4", "PASSPORT_NUMBER"),
        ("my passport no. 4G1 - W83 - 572 for the trip", "4G1 - W83 - 572", "PASSPORT_NUMBER"),
        ("passaporte nº P3K 807 21X", "P3K 807 21X", "PASSPORT_NUMBER"),
        ("licencia de conducción H372 - 5108 - 9", "H372 - 5108 - 9", "DRIVER_ID"),
        ("Führerschein B47.QT2.9XK bitte", "B47.QT2.9XK", "DRIVER_ID"),
    ],
)  # fmt: skip
def test_grouped_document_after_its_word_is_named(text: str, value: str, entity: str) -> None:
    redacted = redact(text)
    assert value not in redacted
    assert f"[{entity}]" in redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("boarding pass AB12 CD34 at gate 5", "AB12 CD34"),
        ("vuelo DL 2248 3390 mañana", "2248 3390"),
        ("mein Pass 12 03 2029 läuft bald ab", "12 03 2029"),
        ("Pass FOR THE TRIP", "FOR THE TRIP"),
        ("Pass COL 2GN TRV", "COL 2GN TRV"),
        ("pass 4GT 81X 27K", "4GT 81X 27K"),  # "pass" in small letters: maybe a password's
        ("mein Reisepass ist verlängert, Bestellung AB12 CD34", "AB12 CD34"),
    ],
)  # fmt: skip
def test_boarding_passes_flights_dates_and_words_stay(text: str, kept: str) -> None:
    assert kept in redact(text)
