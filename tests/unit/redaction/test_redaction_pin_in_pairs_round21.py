"""Round 21: a PIN dictated in pairs joined by words longer than the gap a PIN's digits may
have ("pin 16 después 00", "pin 16 and then 00 then 42"): two or three pairs after the PIN
word. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pin 27 después 81", "pin [PIN]"),
        ("pin 27 and then 81", "pin [PIN]"),
        ("mi pin es 27 y luego 81 y luego 39", "mi pin es [PIN]"),
        ("PIN 27 anschließend 81", "PIN [PIN]"),
    ],
)
def test_a_pin_dictated_in_pairs_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # four pairs: more than a PIN
        "pin 27 and then 81 and then 39 and then 44",
        # one pair: a count, an hour
        "se me bloqueó el pin después de 27 intentos",
        # a pair then a single digit
        "pin 27 después 8",
        # no PIN word
        "fila 27 después 81",
    ],
)
def test_pairs_that_are_no_pin_stay(text: str) -> None:
    assert redact(text) == text
