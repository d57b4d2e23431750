"""Round 8: the code itself handed over by a copula ("le code c'est 85l 988", "the code is
123456", "o código é 482 193"): five to eight digits after an article or a possessive and
"code" are a PIN or a one-time code. A qualified code (postal, zip, promo) and a code
after an order's number stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("le code c'est 85l 988 je crois", "le code c'est [PIN] je crois"),
        ("the code is 123456", "the code is [PIN]"),
        ("o código é 482 193", "o código é [PIN]"),
        ("el código es 48219", "el código es [PIN]"),
        ("der Code ist 4821-93", "der Code ist [PIN]"),
    ],
)
def test_the_code_handed_over_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "le code postal c'est 75011",
        "my zip code is 94105",
        "the promo code is 12345",
        "for order 5521 the code is 123456",
        "the code is 123456789",  # nine digits: no PIN
    ],
)
def test_a_qualified_code_or_one_after_an_order_stays(text):
    assert redact(text) == text
