"""Round 51: an NI number read out in pieces joined by "then" said in two words ("JG e
depois 12", "dann noch", "a seguir", "y luego", "et puis"), and German's "NI Nummer" as
its word: the gap between the pieces took one joining word only, and "Nummer" made no NI
word. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my NI number is JG y luego 12 34 56 C", "JG y luego 12 34 56 C"),
        ("mon national insurance: JG et puis 12 / 34 / 56 C", "JG et puis 12 / 34 / 56 C"),
        ("die NI Nummer JG / 12 / 34 dann noch 56 C", "JG / 12 / 34 dann noch 56 C"),
        ("NI-Nummer JG 12 34 56 C", "JG 12 34 56 C"),
        ("national insurance JG e depois 12 a seguir 34 56 C", "JG e depois 12 a seguir 34 56 C"),
    ],
)  # fmt: skip
def test_an_ni_number_in_pieces_after_its_word_is_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[UK_NATIONAL_INSURANCE_NUMBER]")


@pytest.mark.parametrize(
    "text",
    [
        # pieces without the NI word, and counts after it, stay
        "room JG e depois 12 a seguir 34 56",
        "die NI Nummer kommt dann noch per Post, 12 Tage",
        "national insurance e depois 12 a seguir 34 meses",
    ],
)  # fmt: skip
def test_pieces_without_the_ni_shape_stay(text: str) -> None:
    assert redact(text) == text
