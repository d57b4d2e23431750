"""Round 25b: a number's first digits named by their count ("ok so first three are 623",
"die ersten drei sind 623") start a dictation as "first half" does; the rest follows in
messages of digits alone. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "first three are 623",
        "ok so first three are 623",  # two assenting words
        "the first 3 digits are 623",
        "first two 62",
        "first four numbers: 6231",
        "first five are 62318",
        "die ersten drei sind 623",
        "ersten 4 ziffern lauten 6231",
        "also die ersten zwei zahlen 62",
        "die ersten fünf 62318",
    ],
)
def test_first_digits_named_by_count_start_a_dictation(first: str) -> None:
    out, markers = conversation(first, "88", "1234")

    value = first.rsplit(" ", 1)[1]
    assert out[0] == first.replace(value, "[PII]")
    assert out[1:] == ["[PII]", "[PII]"]
    assert markers[0] is not None and markers[0].entity_type == "PII"


@pytest.mark.parametrize(
    "first",
    [
        "ok so ok first three are 623",  # three openers: more than an opening
        "first six are 623",  # no count beyond five
        "first one is 6",
        "the first three of my order are 623",
    ],
)
def test_other_counts_start_no_dictation(first: str) -> None:
    out, _ = conversation(first)

    assert out[0] == first
