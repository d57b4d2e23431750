"""A code of five to eight digits joined by "and" to a card named before it ("carte ... et
code 627380"): the card's PIN or the code confirming a payment with it. Three or four
digits there stay the security code's. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_CARD = "4111 1111 1111 1111"


@pytest.mark.parametrize(
    "text",
    [
        f"carte {_CARD} et code 48291",  # five digits: the fewest
        f"tarjeta {_CARD} y código 482913",
        f"cartão {_CARD} e o código 482913",
        f"card {_CARD} and the code: 48291374",  # eight: the most
        f"Karte {_CARD} und Code 482913",
    ],
)
def test_a_long_code_joined_to_a_card_is_its_pin(text):
    out = redact(text)

    assert "[PIN]" in out and "4829" not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"carte {_CARD} et code 482913741", "482913741"),  # nine digits: a reference
        ("commande 123 et code 482913", "482913"),  # no card named before
        (f"carte {_CARD} et code postal 75008", "75008"),  # a postcode
    ],
)
def test_what_is_no_card_code_stays(text, kept):
    assert kept in redact(text)


def test_four_digits_after_a_card_stay_the_security_code():
    out = redact(f"carte {_CARD} et code 4829")

    assert "[CREDIT_DEBIT_CVV]" in out and "[PIN]" not in out
