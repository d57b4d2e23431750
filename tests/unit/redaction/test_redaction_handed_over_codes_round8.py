"""Round 8: a short number handed over with a word that hands a thing over ("6628 voilà",
"4521 here you go", "099 aquí tienes", "4711 bitte schön", "3021 segue") is the answer to
the agent's question for the PIN (four or six digits) or the security code (three). A
year, a sum agreed to with "ok", a time and a postcode's five digits stay. Synthetic."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("6628 voilà", "[PIN] voilà"),
        ("133478 voilà", "[PIN] voilà"),
        ("4521 here you go", "[PIN] here you go"),
        ("099 aquí tienes", "[CREDIT_DEBIT_CVV] aquí tienes"),
        ("4711 bitte schön", "[PIN] bitte schön"),
        ("3021 segue", "[PIN] segue"),
        ("0934, le voici", "[PIN], le voici"),
    ],
)
def test_a_code_handed_over_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    ["2019 voilà", "1500 ok", "12.30 voilà", "75011 voilà", "2 voilà", "merci voilà"],
)
def test_a_year_a_sum_a_time_or_a_postcode_handed_over_stays(text):
    assert redact(text) == text
