"""Round 39: eight digits read out in words, one by one or in pairs, are a value read off a
statement (a UK account has eight: "its two, three, nine, one, four, double five, oh",
"thirty-three oh seven sixty-six ninety-four"), masked as a longer run is; seven are not,
nor eight named as a reference first. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "said",
    [
        "its four-eight-nine-eight-seven-six-eight-one",
        "its thirty-three oh seven sixty-six ninety-four",
        "es cuatro ocho nueve ocho siete seis ocho uno",
        "c'est quatre huit neuf huit sept six huit un",
        "das ist vier acht neun acht sieben sechs acht eins",
        "é quatro oito nove oito sete seis oito um",
    ],
)
def test_eight_digits_said_are_masked(said: str) -> None:
    out, _ = conversation(said)

    lead = said.split()[0]
    assert out[0].startswith(lead)
    assert out[0].count("[") == 1
    for word in ("eight", "ocho", "huit", "acht", "oito", "sixty"):
        assert word not in out[0]


@pytest.mark.parametrize(
    "said",
    [
        "its four-eight-nine-eight-seven-six-eight",
        "es cuatro ocho nueve ocho siete seis ocho",
        "order number four eight nine eight seven six eight one",
        "le dossier quatre huit neuf huit sept six huit un",
    ],
)
def test_seven_digits_said_or_eight_named_a_reference_are_kept(said: str) -> None:
    out, _ = conversation(said)

    assert out[0] == said
