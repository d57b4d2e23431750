"""The date sent in a message of its own after a card, in one message or in pieces: its
expiry, in the five languages. Without a card before it, a date that may be a day, a
message that says more, a year long past or a whole date stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact

_CARD_IN_PIECES = ("numero de tarjeta: 4539", "148803436", "467")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("fecha 03-26", "fecha [CREDIT_DEBIT_EXPIRY]"),
        ("fecha 1227", "fecha [CREDIT_DEBIT_EXPIRY]"),
        ("date 03/26", "date [CREDIT_DEBIT_EXPIRY]"),
        ("la fecha: 9/26", "la fecha: [CREDIT_DEBIT_EXPIRY]"),
        ("data 0429", "data [CREDIT_DEBIT_EXPIRY]"),
        ("das Datum 1/30", "das Datum [CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_a_date_after_a_card_is_its_expiry(text: str, masked: str) -> None:
    out, _ = conversation(*_CARD_IN_PIECES, text)
    assert out[-1] == masked


@pytest.mark.parametrize(
    "text",
    [
        "fecha 03-26 y luego te llamo",  # the message says more
        "fecha 1519",  # long past
        "fecha 03-12-2024",  # a whole date
    ],
)
def test_other_dates_after_a_card_stay(text: str) -> None:
    out, _ = conversation(*_CARD_IN_PIECES, text)
    assert out[-1] == text


@pytest.mark.parametrize("text", ["fecha 03-26", "date 1227", "data 9/26"])
def test_a_date_that_may_be_a_day_stays_without_a_card(text: str) -> None:
    assert redact(text) == text
    out, _ = conversation("hola, mi pedido no llegó", text)
    assert out[-1] == text
