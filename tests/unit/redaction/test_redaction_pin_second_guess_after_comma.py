"""A second PIN offered after a hedge and a comma ("1234 i think, or 5678?"), typed or
spelled. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "pin for the door is 2580 i think, or 9134? tried 3 times",
            "pin for the door is [PIN] i think, or [PIN]? tried 3 times",
        ),
        (
            "the pin is one two three four i think, or 556677?",
            "the pin is [PIN] i think, or [PIN]?",
        ),
        ("el pin es 2580 creo, o 9134", "el pin es [PIN] creo, o [PIN]"),
    ],
)
def test_second_pin_after_comma_and_or_is_masked(text: str, masked: str) -> None:
    out, _ = conversation(text)

    assert out[0] == masked


def test_count_after_second_pin_stays() -> None:
    out, _ = conversation("pin is 2580 i think, or 9134? tried 12 times")

    assert out[0].endswith("tried 12 times")


def test_word_beginning_with_or_joins_nothing() -> None:
    out, _ = conversation("pin is 2580, order 9134 arrived")

    assert out[0] == "pin is [PIN], order 9134 arrived"
