"""A form pasted line by line: the next line's label starts the next field (issue 14, round 48).

Passport and licence numbers typed in pieces were read across the line break, so the
passport took the next line's label ("DL") and the licence the next field's date of birth.
Synthetic values only.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Passport: 317243675\nDL: T8206905\nDOB: 2024-01-05",
            "Passport: [PASSPORT_NUMBER]\nDL: [DRIVER_ID]\nDOB: 2024-01-05",
        ),
        (
            "Reisepass: C01X00T47\nFührerschein: B072RRE2I55\nGeburtsdatum: 12.03.1990",
            "Reisepass: [PASSPORT_NUMBER]\nFührerschein: [DRIVER_ID]\nGeburtsdatum: 12.03.1990",
        ),
        (
            "licencia: T82-069-05\nfecha de alta: 2023-11-02",
            "licencia: [DRIVER_ID]\nfecha de alta: 2023-11-02",
        ),
    ],
)
def test_each_field_keeps_to_its_line(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pieces on the next line with no label of their own still belong to the value
        ("passport P88 260\n17 thanks", "passport [PASSPORT_NUMBER] thanks"),
        ("licence T82 069\n05 thanks", "licence [DRIVER_ID] thanks"),
    ],
)
def test_pieces_broken_over_lines_stay_one_value(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "buchung NHTCUT für den 24.09.2026, PLZ 3683, reisepassnr CW5200C0P",
        "reserva H6A7QS para el 18.4.26, CP 28013, pasaporte PAA123456",
    ],
)
def test_a_postcode_listed_before_the_passport_word_stays(text: str) -> None:
    masked = redact(text)

    assert masked.endswith("[PASSPORT_NUMBER]")
    assert masked.count("[PASSPORT_NUMBER]") == 1


def test_pieces_before_the_word_that_names_them_are_masked() -> None:
    assert redact("P88 . 260 . 17, passport") == "[PASSPORT_NUMBER], passport"
