"""Round 10: a reply that is only a date word and a month and year no calendar day reads
("date 12/32", "la fecha 04/2030", "data: 05/2031") is the card's expiry; a date word
before a day-readable value, or before more words, stays."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

EXPIRY = "[CREDIT_DEBIT_EXPIRY]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("date 12/32", f"date {EXPIRY}"),
        ("la fecha 04/2030.", f"la fecha {EXPIRY}."),
        ("data: 05/2031", f"data: {EXPIRY}"),
        ("Datum 11/2029", f"Datum {EXPIRY}"),
    ],
)
def test_a_date_reply_with_a_month_and_year_is_the_expiry(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text", ["date 05/30", "date de commande 04/2026", "date 04/2026 pour la commande"]
)
def test_a_day_or_a_dated_order_stays(text: str) -> None:
    assert redact(text) == text
