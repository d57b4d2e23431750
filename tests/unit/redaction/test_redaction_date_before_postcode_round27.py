"""Round 27: a message that opens with a calendar date ("25.2.2025 6347", a birth date and a
postcode asked together) starts no card, whose groups are never a day and a month.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize("text", ["25.2.2025 6347", "5.2.2025 6347", "25/02/2025 63470"])
def test_a_date_then_digits_start_no_card(text: str) -> None:
    out, markers = conversation("Geburtsdatum und PLZ bitte?", text)

    assert out[1] == text
    assert markers[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "25.13.2025 6347",  # neither order is a day and a month
        "2522 2025 6347",  # a card's groups, no date
    ],
)
def test_a_card_issuers_digits_that_are_no_date_still_start_a_card(text: str) -> None:
    out, markers = conversation(text)

    assert out == ["[CREDIT_DEBIT_NUMBER]"]
    assert markers[0] is not None
