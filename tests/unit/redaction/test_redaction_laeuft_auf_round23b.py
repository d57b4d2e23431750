"""German "läuft auf/unter/über" says in whose name a booking is ("die Abholung
läuft auf 078 ..."): the number after it is a phone, not an expiry's, while "läuft (ab)"
before a date stays an expiry word. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "die Abholung läuft auf 079 412 63 08",
        "die Reservierung läuft unter 0664 2318457",
        "die Abholung laeuft ueber 079 412 63 08",
        "Abholung läuft über 079 412 63 08",
    ],
)
def test_a_phone_a_booking_is_in_the_name_of_is_masked(text: str) -> None:
    assert "[PHONE]" in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("die Karte läuft ab 09/28", "die Karte läuft ab [CREDIT_DEBIT_EXPIRY]"),
        ("die Karte läuft 09/28 ab", "die Karte läuft [CREDIT_DEBIT_EXPIRY] ab"),
        ("Karte läuft aufs Jahr 09/28", "Karte läuft aufs Jahr [CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_laeuft_before_a_date_is_still_an_expiry(text: str, masked: str) -> None:
    assert redact(text) == masked
