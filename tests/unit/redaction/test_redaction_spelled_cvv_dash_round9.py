"""A security code said in words with a dash between its parts, where a German pair is one
long word ("zweiundsiebzig - vier", "setenta y dos - cuatro"): read as one code, with up to
18 characters between digits as for a PIN. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("die 3 ziffern hinten: zweiundsiebzig - vier", "die 3 ziffern hinten: [CREDIT_DEBIT_CVV]"),
        ("prüfziffer siebenundneunzig - drei", "prüfziffer [CREDIT_DEBIT_CVV]"),
        (
            "el código de seguridad setenta y dos - cuatro",
            "el código de seguridad [CREDIT_DEBIT_CVV]",
        ),
    ],
)
def test_a_security_code_said_in_words_with_a_dash_is_masked(text, masked):
    assert redact(text) == masked


def test_an_order_number_after_the_code_stays():
    assert redact("prüfziffer siebenundneunzig - drei, bestellung 4411").endswith("bestellung 4411")
