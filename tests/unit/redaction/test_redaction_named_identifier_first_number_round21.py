"""Round 21: a number of an identifier's length whose check digit fails is still that
identifier right after its word (a mistyped NIF), but only the first number after the
word; a later one is something else ("nif 123456789 por favor, é a FT2025-40318": an
invoice's). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("o meu nif é 123 456 788", "o meu nif é [PT_NIF]"),
        ("cpf 123.456.789-01", "cpf [BR_CPF]"),
    ],
)
def test_a_mistyped_identifier_right_after_its_word_is_kept_redacted(
    text: str, masked: str
) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "fatura com nif 123456789 por favor, é a FT2025-40318",
            "fatura com nif [PT_NIF] por favor, é a FT2025-40318",
        ),
        (
            "nif 123456789, a fatura é NF 2024-77123",
            "nif [PT_NIF], a fatura é NF 2024-77123",
        ),
        # one digit between the word and the run is enough to make it a later number
        ("nif 1 via, 2024-77123", "nif 1 via, 2024-77123"),
    ],
)
def test_a_later_number_after_the_identifiers_value_stays(text: str, masked: str) -> None:
    assert redact(text) == masked
