"""Round 51: the Spanish and Portuguese expiry's word cut short as a hurried customer types
it ("fecha de vencim 07/27", "data de vencim. 06-28"): "venc" and "vencimiento" were read,
not the word cut after its "m". Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tarjeta ok, fecha de vencim 07/27 perdon escribo rapido", "07/27"),
        ("data de vencim. 06-28", "06-28"),
    ],
)  # fmt: skip
def test_an_expiry_after_its_word_cut_short_is_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[CREDIT_DEBIT_EXPIRY]")


def test_a_due_date_after_the_cut_word_with_a_year_in_full_stays() -> None:
    text = "fecha de vencim de la factura 12/05/2024"
    assert redact(text) == text
