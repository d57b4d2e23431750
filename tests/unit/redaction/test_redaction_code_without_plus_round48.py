"""Round 48: after a phone's word, a landline typed with its country code and no "+" ("my
cell 4420 7946 0514", split by noise or not) is a phone when it is a valid number of that
country; without the word, or when no country's plan has it, the digits stay. Synthetic
values only (Ofcom's drama range, reserved numbers)."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my cell 4420 7946 0514 thx", "my cell [PHONE] thx"),
        ("my cell 4420 .. 7946\n0514 thx", "my cell [PHONE] thx"),
        ("meine Handynr 4420\n7946\n0110 danke", "meine Handynr [PHONE] danke"),
        ("mi teléfono 4420 | 7946 / 0514 gracias", "mi teléfono [PHONE] gracias"),
        ("mon tel 3314 234 5678 merci", "mon tel [PHONE] merci"),
        ("meu telefone 4420 7946 0514 obrigado", "meu telefone [PHONE] obrigado"),
    ],
)  # fmt: skip
def test_a_landline_with_its_code_and_no_plus_after_a_phone_word_is_masked(
    text: str, masked: str
) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ref 4420 7946 0514 thx",
        "order 442079460514",
        "4420 7946 0514",
        "my cell 4400 7946 0514 thx",
        "my cell 4401 7946 0514 thx",
    ],
)
def test_the_same_digits_without_a_phone_word_or_plan_stay(text: str) -> None:
    assert redact(text) == text
