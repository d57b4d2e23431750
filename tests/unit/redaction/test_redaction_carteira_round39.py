"""Round 39: Brazil's "carteira" alone, the licence's (or identity card's) short name, before
a document's shape. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("carteira K1234567", "carteira [DRIVER_ID]"),
        ("minha carteira é B9876543210", "minha carteira é [DRIVER_ID]"),
        ("carteira: 12345678", "carteira: [DRIVER_ID]"),
    ],
)
def test_a_document_after_carteira_is_masked(text, masked):
    assert conversation(text)[0] == [masked]


@pytest.mark.parametrize(
    "text",
    [
        # a wallet: too few digits for a document
        "perdi a carteira 2 dias atrás",
        "a carteira 2024",
        "carteira K123456",
        # an amount
        "carteira 1234567,89",
        # a portfolio's words between
        "carteira de investimentos 12345",
    ],
)
def test_a_wallet_or_an_amount_stays(text):
    assert conversation(text)[0] == [text]
