"""A code told with its length ("le code à 5 chiffres c'est 1945", "el código de 6 dígitos
es ...") is a secret code of four to eight digits, whatever length the customer counted.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

PIN = "[PIN]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("le code à 5 chiffres c'est 1945", f"le code à 5 chiffres c'est {PIN}"),
        ("le code a 6 chiffres est 194512", f"le code a 6 chiffres est {PIN}"),
        ("le code à 3 chiffres c'est 641801", f"le code à 3 chiffres c'est {PIN}"),  # miscounted
        ("el código de 5 dígitos es 1945", f"el código de 5 dígitos es {PIN}"),
        ("o código de 6 dígitos é 194512", f"o código de 6 dígitos é {PIN}"),
        ("der Code mit 6 Ziffern ist 194512", f"der Code mit 6 Ziffern ist {PIN}"),
        ("le code à 10 chiffres c'est 1945 1234", f"le code à 10 chiffres c'est {PIN}"),
    ],
)
def test_a_code_told_with_its_length_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "le code à 5 chiffres c'est 194",  # three digits
        "le code à 5 chiffres c'est 19451234567",  # more than eight
        "le code postal à 5 chiffres c'est 75011",  # a postcode
        "ma commande, le code à 5 chiffres c'est 1945",  # a reference word before it
    ],
)
def test_other_numbers_after_a_counted_code_stay(text: str) -> None:
    assert redact(text) == text


def test_a_four_digit_code_without_its_length_stays_a_security_code() -> None:
    assert redact("le code c'est 1945") == "le code c'est [CREDIT_DEBIT_CVV]"
