"""Round 17: two guesses at a code the customer cannot remember, with no word naming it
("cant remember if its 4821 or 7730", "no sé si es 4821 o 7730"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "cant remember if its 4821 or 7730",
        "I can't remember whether it was 4821 or 7730",
        "i forgot if its 4821 or 7730 tbh",
        "not sure if it's 4821 or 7730",
        "no sé si es 4821 o 7730",
        "no me acuerdo si era 4821 o 7730",
        "je sais plus si c'est 4821 ou 7730",
        "je me souviens pas si c'était 4821 ou 7730",
        "ich weiß nicht mehr ob es 4821 oder 7730 ist",
        "ich erinnere mich nicht ob es 4821 oder 7730 war",
        "não lembro se é 4821 ou 7730",
        "não sei se era 4821 ou 7730",
    ],
)
def test_both_guesses_at_a_forgotten_code_are_masked(text: str) -> None:
    out = redact(text)
    assert "4821" not in out
    assert "7730" not in out
    assert out.count("[PIN]") == 2


@pytest.mark.parametrize(
    "text",
    [
        # six digits each: still codes
        "no sé si es 482113 o 773021",
        # a year's neighbours: 1949 and 2040 are no card-holder's year
        "cant remember if its 1949 or 7730",
        "cant remember if its 4821 or 2040",
        # one round hundred only
        "cant remember if its 4800 or 7730",
        "cant remember if its 4821 or 7700",
    ],
)
def test_guesses_at_the_edges_of_a_code_are_masked(text: str) -> None:
    assert redact(text).count("[PIN]") == 2


@pytest.mark.parametrize(
    "text",
    [
        # three digits, or seven
        "cant remember if its 482 or 773",
        "cant remember if its 4821773 or 7730",
        # a year, at either end of the years read as such
        "cant remember if it was 1950 or 7730",
        "cant remember if it was 4821 or 2039",
        # two round hundreds: amounts
        "no sé si es 2000 o 3000",
        # a currency or a unit after the second
        "no sé si es 2500 o 3500€",
        "no sé si es 2500 o 3500 euros",
        "cant remember if its 1500 or 2500 km",
        # a reference word before: the order's number
        "order 55, cant remember if its 4821 or 7730",
        # no hedge of memory
        "its 4821 or 7730",
        # one guess only
        "cant remember if its 4821",
    ],
)
def test_numbers_that_are_no_forgotten_code_stay(text: str) -> None:
    assert "[PIN]" not in redact(text)
