"""Dates, times and prices stay whole next to numbers (issue 14: must_keep spans beside PII).

A calendar date is a value of its own: the digits before and after it are never joined to
it into a card, phone or account number, whatever joins them (spaces, dashes, an ellipsis
or an emoji); a clock time is never two groups of a number; a day and month without a year
("am 08.02.") is never a PIN. Phrasings are written for these tests, not taken from any
corpus; the runs they make would pass the Luhn check or a numbering plan if the date were
read as part of them.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "text",
    [
        # each reads as a 16-digit Luhn-valid run if the date is taken as digit groups
        "reserva sala 7005 - 21.04.2027 - 18:30 ok?",
        "Bus 7017 03/11/2026 18:30 fällt aus",
        "vol 7004 2026-05-14 18:30 annulé, remboursement?",
        "sala 7062 | 21.04.2027 | 18:30 confirmada",
    ],
)
def test_a_date_between_numbers_joins_them_into_no_card(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Zahlung fällig am 03.04.2027… 219,90€ schon überwiesen",
        "pagué el 12/09/2026... 1299,50 € y nada",
        "payé le 2026-10-01 👉 845,20 € toujours en attente",
    ],
)
def test_a_date_and_a_price_joined_by_noise_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("PIN 4821, die hab ich am 21.10. am Automaten geändert", "4821"),
        ("o pin é 5930 e mudei no dia 03.08.", "5930"),
    ],
)
def test_a_day_and_month_after_a_pin_word_stay_a_date(text: str, pin: str) -> None:
    masked = redact(text)
    assert pin not in masked
    assert text.rsplit(" ", 1)[-1].rstrip(".") in masked  # the date's digits stay


@pytest.mark.parametrize("date", ["21.10.", "03.08.", "16/11"])
def test_a_pin_word_then_only_a_date_masks_nothing(date: str) -> None:
    text = f"die neue PIN hab ich am {date} gesetzt"
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "they wanted my ssn so i read 412-56-7839 on the phone at 10:45, is that ok",
        "me llamaron al móvil a las 9:15 y colgaron",
        "j'ai appelé le numéro à 17:40 personne",
    ],
)
def test_a_clock_time_after_a_phone_word_starts_no_number_across_messages(text: str) -> None:
    texts, markers = conversation(text)
    assert "7839" not in texts[0]
    for time in ("10:45", "9:15", "17:40"):
        assert time in texts[0] or time not in text
    assert markers == [None]


@pytest.mark.parametrize(
    "text",
    [
        "meine nummer ist 0151 2345 6789",
        "llámame al 612 345 678 a partir de las 18:30",
    ],
)
def test_phones_beside_times_are_still_phones(text: str) -> None:
    masked = redact(text)
    assert "678" not in masked
    assert "6789" not in masked
    assert "18:30" in masked or "18:30" not in text
