"""Round 21: an NI number read out letter by letter after its word, its two prefix letters
apart ("ni no J Z nine three ...", "J-Z-93-...", "Z, A, three, ..."). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_NINO = "[UK_NATIONAL_INSURANCE_NUMBER]"


@pytest.mark.parametrize(
    "value",
    [
        "J Z nine three four nine three seven A",
        "J-Z-nine-three-four-nine-three-seven-A",
        "J, Z, nine, three, four, nine, three, seven, A",
        "J   Z 93 49 37 A",  # three spaces: the most between the letters
        "J.Z. 93 49 37 A",
        "J Z 93 49 37",  # the suffix letter left out
    ],
)
def test_an_ni_number_with_its_letters_apart_is_masked(value: str) -> None:
    assert redact(f"ni no {value} for the tax form") == f"ni no {_NINO} for the tax form"


@pytest.mark.parametrize(
    "value",
    [
        "D Z 93 49 37 A",  # D never opens an NI number
        "J O 93 49 37 A",  # nor O follows
        "J    Z 93 49 37 A",  # four spaces: no longer one prefix
    ],
)
def test_letters_apart_that_make_no_prefix_stay(value: str) -> None:
    text = f"ni no {value} for the tax form"

    assert redact(text) == text
