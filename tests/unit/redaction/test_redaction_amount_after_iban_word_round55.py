"""Round 55: an amount with its currency after an IBAN's word ("el IBAN para el reembolso de
3.983 EUR", "IBAN für die Erstattung von 1.318 EUR") is no IBAN's start: the currency's code
only looked like the IBAN's letters. An IBAN's start after its word is still masked.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "text",
    [
        "el IBAN para el reembolso de 3.983 EUR:",
        "IBAN für die Erstattung von 1.318 EUR",
        "IBAN para a devolução de 3.822 EUR",
        "the IBAN for the refund of 1.318 EUR",
    ],
)
def test_an_amount_after_an_ibans_word_is_no_iban_start(text: str) -> None:
    assert conversation(text)[0][0] == text


def test_the_ibans_start_after_its_word_is_still_masked() -> None:
    masked = conversation("IBAN für die Erstattung: DE89 3704", "0044 0532 0130 00")[0]
    assert "DE89" not in masked[0]
    assert "0532" not in masked[1]
