"""Round 55: a driving licence said to be wrong ("my licence number is wrong", "la licencia
está mal", "mon numéro de permis est faux", "meine Führerscheinnummer ist falsch", "a carta
de condução tá errada") announces the right one in the next message, masked in whatever
groups it is read off the card (spaced, dashed, dotted, up to eight groups); the right one
said in the same sentence ("should be", "debería ser", "devrait être", "wäre", "deveria
ser") is masked too. A date after it, and a licence never named, stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact

LICENCE = "[DRIVER_ID]"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("it says my driving licence number is wrong", "SMI  TH6  2425  0AB  7XY"),
        ("it says my driving licence number is wrong", "DO-EJ-A9-15-65-5X-T0-XB"),
        ("dice que la licencia esta mal", "QA  19  94  7742"),
        ("ils disent que mon numero de permis est faux", "123 - 456 - 789 - 012"),
        ("angeblich ist meine führerscheinnummer falsch", "Z123 - AB4C - DE5"),
        ("dizem que a carta de conducao ta errada", "XY12 - 34567"),
    ],
)
def test_a_licence_after_it_was_said_wrong_is_masked(said: str, value: str) -> None:
    seen, markers = conversation(said, value)
    assert seen == [said, LICENCE]
    assert markers[0] is not None and markers[0].entity_type == "DRIVER_ID"


@pytest.mark.parametrize(
    "value",
    ["JON.ES7.1848.4AB9.CD", "ROE.JA4.671.24X.K4PQ", "AB0.1234.56", "Q5  123  456"],
)
def test_a_licence_rest_in_dotted_or_wide_groups_is_masked(value: str) -> None:
    seen, _ = conversation("my driving licence number is", value)
    assert seen[1] == LICENCE


def test_a_date_after_a_licence_said_wrong_stays() -> None:
    seen, _ = conversation("my licence is wrong", "12.05.2031")
    assert seen[1] == "12.05.2031"


def test_a_number_after_another_complaint_stays() -> None:
    seen, _ = conversation("it says my order is wrong", "123 - 456 - 789 - 012")
    assert seen[1] == "123 - 456 - 789 - 012"


@pytest.mark.parametrize(
    "text",
    [
        "i think the DL number on file is wrong, should be {}",
        "la licencia que tienen esta mal, deberia ser {}",
        "le permis enregistré est faux, ça devrait être {}",
        "die Führerscheinnummer stimmt nicht, richtig wäre {}",
        "a carta de condução está errada, deveria ser {}",
    ],
)
def test_the_licence_it_should_be_is_masked(text: str) -> None:
    assert redact(text.format("M1234567")) == text.format(LICENCE)
