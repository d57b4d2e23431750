"""Round 48: an NI number's prefix, six digits and suffix, grouped with a dash set apart by
spaces ("XP5 - 641 - 97A"), is read as the same shape grouped tighter is, with or without
its word; a suffix no NI number has (E, a letter glued to a digit) keeps the digits.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

NINO = "[UK_NATIONAL_INSURANCE_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my NI is JK - 123 - 456 - A", f"my NI is {NINO}"),
        ("NI anglais XP5 - 641 - 97A merci", f"NI anglais {NINO} merci"),
        ("mi NI británico CE 267 - 846 D", f"mi NI británico {NINO}"),
        ("meine britische NI TM5 / 641 / 97B danke", f"meine britische NI {NINO} danke"),
        ("o NI inglês é JK 12 - 34 - 56 C", f"o NI inglês é {NINO}"),
    ],
)  # fmt: skip
def test_an_ni_number_grouped_with_spaced_dashes_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ref AB 12 - 34 - 56 E",
        "Artikel XP5 - 641 - 97 A4",
        "JK - 123 - 456 - 7",
    ],
)
def test_other_suffixes_keep_the_digits(text: str) -> None:
    assert redact(text) == text
