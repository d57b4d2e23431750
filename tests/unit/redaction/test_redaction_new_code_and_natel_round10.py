"""Round 10: a new code being set is a secret ("nouveau code 816497", "novo código:
102938"), read through letters typed for digits ("8l6497"); a new postcode stays. Swiss
"Natel", Quebec "cellulaire" and Portugal's "tlm" name a phone. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("nouveau code 8l6497", "nouveau code [PIN]"),
        ("novo código: 102938", "novo código: [PIN]"),
    ],
)
def test_a_new_code_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_new_postcode_stays() -> None:
    assert redact("nouveau code postal 75011") == "nouveau code postal 75011"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("natel 41781 - 2700 - 19", "natel [PHONE]"),
        ("mon cellulaire 514 555 0199", "mon cellulaire [PHONE]"),
        ("tlm 912 345 678", "tlm [PHONE]"),
    ],
)
def test_regional_phone_words_name_a_phone(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_count_after_natel_stays() -> None:
    assert redact("natel 12 fois") == "natel 12 fois"
