"""Round 14: a German passport's serial after "Pass", typed in threes set apart the same way
throughout ("pass CFK | 7GZ | R8X", "Pass C01.X00.T47"): nine characters of its alphabet
(digits and the capitals without vowels), led by a letter a serial starts with. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "pass CFK | 7GZ | R8X flug LH1234",
        "Pass C01.X00.T47",
        "pass CMZ*YRL*ZN6",
        "pass FW3 , HHV , 2VK",
        "Pass: GX1 - 00T - 47C",
        "pass JX1  00T  47C",
        "pass KX1•00T•47C",
        "Pass-Nr. HX1/00T/47C",
    ],
)
def test_german_passport_in_threes_after_pass(text):
    out = redact(text)

    assert "[PASSPORT_NUMBER]" in out
    assert "flug LH1234" in out or "flug" not in text


@pytest.mark.parametrize(
    "text",
    [
        "pass AX1 00T 47C",  # A leads no serial
        "pass CA1 X00 T47",  # a vowel
        "pass C01 X00 T4",  # eight characters
        "pass C01 X00 T47 9",  # a fourth group
        "pass C01 | X00 . T47",  # two different separators
        "pass C01   X00   T47",  # three spaces: too far apart
        "pass c01 x00 t47",  # lower case
        "boarding pass CFK 7GZ R8X",
    ],
)
def test_other_threes_after_pass_stay(text):
    assert "[PASSPORT_NUMBER]" not in redact(text)
