"""Round 8b: a PIN typed in dashed pairs has a date's shape ("pin 88-61-78", "code pin
40-67-34") but no day and month: it is masked. A real date after the PIN word, and a
store's number after the PIN, stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pin 88-61-78 en la tienda 633", "pin [PIN] en la tienda 633"),
        ("code pin 40-67-34 refusé au magasin 764", "code pin [PIN] refusé au magasin 764"),
        ("my pin is 93-47-55", "my pin is [PIN]"),
        ("PIN 55-40-99 geht nicht", "PIN [PIN] geht nicht"),
        ("a senha 77-45-13 não funciona", "a senha [PIN] não funciona"),
    ],
)
def test_a_pin_in_pairs_that_is_no_date_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "pin que botei no caixa em 12-05-2024",
        "mi pin 12-05-24 no va",
        "pin changed on 2024-11-03",
    ],
)
def test_a_date_after_the_pin_word_stays(text):
    assert redact(text) == text
