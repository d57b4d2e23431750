"""Round 10: the driving licence's names in Switzerland ("Führerausweis", "Fahrausweis"),
Germany's legal "Fahrerlaubnis" and Austria's "Lenkberechtigung" name the licence number
after them; a date after the word stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

DRIVER = "[DRIVER_ID]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("fahrausweis nr W414WI4V81", f"fahrausweis nr {DRIVER}"),
        ("Führerausweis-Nr. B614KX4L26 bitte", f"Führerausweis-Nr. {DRIVER} bitte"),
        ("meine Fahrerlaubnis 123456789", f"meine Fahrerlaubnis {DRIVER}"),
        ("Lenkberechtigung 12345678", f"Lenkberechtigung {DRIVER}"),
    ],
)
def test_the_licence_number_after_its_swiss_or_austrian_name_is_masked(text, masked):
    assert redact(text) == masked


def test_a_date_after_the_licence_word_stays():
    text = "mein Fahrausweis ist am 12.03.2024 abgelaufen"

    assert redact(text) == text
