"""Round 51: an NI number's pieces set apart by a joining word and its "and" ("OL y luego 25
39 38 y luego B", "et puis", "e depois"): one joining word alone was read between them.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("el NI number: JG y luego 12 🔢 34 56 y luego C", "JG y luego 12 🔢 34 56 y luego C"),
        ("mi NI number: JG y después 12 34 56 C", "JG y después 12 34 56 C"),
        ("mon NI number: JG et puis 12 34 56 et puis C", "JG et puis 12 34 56 et puis C"),
        ("meu NI number: JG e depois 12 34 56 e depois C", "JG e depois 12 34 56 e depois C"),
        ("my NI number is JG and then 12 34 56 and then C", "JG and then 12 34 56 and then C"),
    ],
)  # fmt: skip
def test_an_ni_number_split_by_joining_words_is_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[UK_NATIONAL_INSURANCE_NUMBER]")


@pytest.mark.parametrize(
    "text",
    [
        # no NI word: letters and pairs of a list
        "fila JG y luego 12 34 56 y luego C",
        # a prefix never issued
        "national insurance era QQ y luego 12 34 56 y luego C",
    ],
)  # fmt: skip
def test_pairs_without_an_ni_word_or_prefix_stay(text: str) -> None:
    assert redact(text) == text
