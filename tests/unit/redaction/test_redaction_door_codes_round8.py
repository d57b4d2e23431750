"""Round 8b: a door's, gate's or alarm's code is a secret keyed in like a PIN ("the door
code is 4821", "le code de la porte c'est 4821", "el código de la puerta es 4821", "der
Türcode ist 4821", "o código do portão é 4821"): masked as a PIN. A date or a store number
in the same message stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "the door code is 4821 and it stopped working",
            "the door code is [PIN] and it stopped working",
        ),
        ("gate code: 190377", "gate code: [PIN]"),
        (
            "le code de la porte de l'atelier c'est 4821",
            "le code de la porte de l'atelier c'est [PIN]",
        ),
        ("mon digicode est 0000", "mon digicode est [PIN]"),
        ("el código de la puerta del local es 4821", "el código de la puerta del local es [PIN]"),
        ("der Türcode vom Büro ist 4821", "der Türcode vom Büro ist [PIN]"),
        ("o código do portão é 4821", "o código do portão é [PIN]"),
    ],
)
def test_a_door_code_is_masked_as_a_pin(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("le code de la porte c'est 4821 et ça marche plus depuis le 21/11", "21/11"),
        ("der Türcode ist 4821 und geht seit 15.04.2024 nicht", "15.04.2024"),
        ("the door code 4821 does not work at store 633", "633"),
    ],
)
def test_a_date_or_store_after_the_door_code_stays(text, kept):
    masked = redact(text)

    assert "4821" not in masked and kept in masked


def test_a_door_without_a_code_keeps_its_number():
    assert redact("i left it at door 12 of terminal 2") == "i left it at door 12 of terminal 2"


def test_a_tickets_code_stays():
    text = "el código de la entrada del concierto es 482913"

    assert redact(text) == text
