"""Round 55: after a NIF given after its word, a reference's word and another number ("o meu
NIF é 123456789 para a fatura 2023-91434"): the second number is the invoice's. A NIF named
with its invoice and no number between ("o NIF da fatura: 123456789") is still masked.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "text",
    [
        "o meu NIF é 123456789 para a fatura 2023-91434",
        "boa tarde, o meu NIF é 123456789 para a fatura NF-2023-91434",
    ],
)
def test_a_number_after_a_nif_and_an_invoices_word_is_the_invoices(text: str) -> None:
    masked = conversation(text)[0][0]
    assert "2023-91434" in masked
    assert "123456789" not in masked


def test_the_nif_named_with_its_invoice_is_still_masked() -> None:
    assert "123456789" not in conversation("o NIF da fatura: 123456789")[0][0]


def test_the_nif_after_its_invoices_number_is_still_masked() -> None:
    text = "o NIF: para a fatura 2024/75184 é 123456789"
    assert "123456789" not in conversation(text)[0][0]
