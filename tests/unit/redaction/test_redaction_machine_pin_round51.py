"""Round 51: a PIN named by the cash machine it is typed into ("the atm one is 4821", "el del
cajero es 4821"): customers giving the security code and the PIN together tell them apart
by the machine, not by the word PIN. Four to six digits after a copula or a colon, in the
sentence of the machine's word, are masked; the machine's place, a distance, an amount
stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("and the atm one is 4821, dont judge", "4821"),
        ("for the cash machine: 730915", "730915"),
        ("el del cajero es 4821", "4821"),
        ("celui du distributeur c'est 4821", "4821"),
        ("der für den Geldautomaten ist 4821", "4821"),
        ("o do multibanco é 730915", "730915"),
        # a look-alike letter for a digit
        ("the atm one is 48I2", "48I2"),
    ],
)  # fmt: skip
def test_digits_said_to_be_the_cash_machines_are_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[PIN]")


@pytest.mark.parametrize(
    "text",
    [
        "the atm at 4821 Main St kept my money",
        "the atm is 200 m away",
        "el cajero es el de la calle 12",
        "le distributeur était à 1500 mètres",
        "der Geldautomat ist 3 km entfernt",
        "o multibanco é 24 horas",
        # three digits or seven are no PIN said this way
        "the atm one is 482",
        "the atm one is 4821937",
    ],
)  # fmt: skip
def test_the_machines_place_distance_and_amounts_stay(text: str) -> None:
    assert redact(text) == text
