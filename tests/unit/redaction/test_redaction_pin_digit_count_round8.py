"""Round 8: how many digits a PIN has, said between its word and its value ("a senha de 4
digitos é 2o2 927", "my 4-digit pin is 4821", "meine 4-stellige PIN ist 4821"), is no
value: the PIN after it is masked. The count itself, and a reference later in a message
that gives no PIN, stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("a senha de 4 digitos é 2o2 927", "a senha de 4 digitos é [PIN]"),
        ("a senha de 4 dígitos é o826 59", "a senha de 4 dígitos é [PIN]"),
        ("my 4-digit pin is 4821", "my 4-digit pin is [PIN]"),
        ("meine 4-stellige PIN ist 4821", "meine 4-stellige PIN ist [PIN]"),
    ],
)
def test_a_pin_after_its_count_of_digits_is_masked(text, masked):
    assert redact(text) == masked


def test_a_spanish_pin_after_its_count_is_masked_whichever_code_claims_it():
    masked = redact("mi pin de 4 números es 4821")

    assert masked.startswith("mi pin de 4 números es [") and "4821" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "mi pin de 4 dígitos no funciona, pedido 123456",
        "a senha de 6 numeros",
        "my 4-digit pin expired on 12/05",
    ],
)
def test_the_count_and_a_reference_stay(text):
    assert redact(text) == text
