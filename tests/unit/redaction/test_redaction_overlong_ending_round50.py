"""Round 50: after "ending in" and a shrug, seven to twelve digits are no ending but the whole
account number ("it's the one ending in... whatever, 30418827"); four or five digits, or
digits right after the word with no ellipsis, stay an ending, and "last" or "final" before a
number names no ending. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "it's the one ending in... whatever, 30418827",
            "it's the one ending in... whatever, [BANK_ACCOUNT_NUMBER]",
        ),
        (
            "es la que termina en... ya ni sé, 04129973",
            "es la que termina en... ya ni sé, [BANK_ACCOUNT_NUMBER]",
        ),
        (
            "c'est celui qui finit par... bref, 60211853094",
            "c'est celui qui finit par... bref, [BANK_ACCOUNT_NUMBER]",
        ),
        (
            "das ist das mit der Endung... egal, 77301544",
            "das ist das mit der Endung... egal, [BANK_ACCOUNT_NUMBER]",
        ),
        (
            "é aquela que termina em... sei lá, 88120374",
            "é aquela que termina em... sei lá, [BANK_ACCOUNT_NUMBER]",
        ),
        # seven digits, the fewest taken as a whole number; "…" as one character
        ("the one ending\u2026 ugh, 3041882", "the one ending\u2026 ugh, [BANK_ACCOUNT_NUMBER]"),
    ],
)
def test_an_overlong_ending_is_the_whole_number(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # an ending: four or six digits
        "it's the one ending in... whatever, 4821",
        "es la que termina en 304188",
        # no ellipsis: digits right after the word stay an ending, however many
        "the one ending in 30418827",
        # "last" and "final" name the latest, not an ending
        "my final invoice 20240511 is wrong",
        "the last delivery 30418827 never came",
        # a question or a line between the word and the digits
        "the one ending in... what? 30418827",
        "the one ending in...\n30418827",
        # a date or a decimal after the word
        "the contract ending on 2026-05-31",
        "the plan ending at 1234567.50",
    ],
)
def test_an_ending_or_a_number_without_one_stays(text: str) -> None:
    assert redact(text) == text
