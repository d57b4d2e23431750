"""Round 18, over messages: an expiry given as its month by the month's word alone ("mes
05"), then its year by the year's word ("año 31"), in five languages. Synthetic values."""

from __future__ import annotations

import re

import pytest

from tests.support.redaction import conversation

_EXPIRY = "[CREDIT_DEBIT_EXPIRY]"


@pytest.mark.parametrize(
    ("month", "year"),
    [
        ("month 07", "year 29"),
        ("mes 07", "año 29"),
        ("mês 07", "ano 29"),
        ("mes 07", "ano 29"),  # Portuguese typed without its accent
        ("Mois : 07", "année 29"),
        ("monat 07", "jahr 29"),
        ("month 01", "year 29"),  # the first month
        ("month 12", "year 29"),  # the last
        ("month:07 👍", "year 29"),
    ],
)
def test_a_month_by_its_word_then_a_year_is_an_expiry(month: str, year: str) -> None:
    out, pending = conversation(month, year)

    assert out == [re.sub(r"[0-9]{2}", _EXPIRY, month), year.replace("29", _EXPIRY)]
    assert pending[0] is not None
    assert (pending[0].entity_type, pending[0].seen, pending[0].complete) == (
        "CREDIT_DEBIT_EXPIRY",
        2,
        4,
    )
    assert pending[1] is None


@pytest.mark.parametrize(
    "month",
    [
        "month 00",  # no month
        "month 13",
        "month 7",  # not as a card prints it
        "month 07 please",  # a word after it
        "the month 07",  # a word before it
        "week 07",  # not the month's word
        "month 107",
    ],
)
def test_other_messages_with_a_month_s_word_start_nothing(month: str) -> None:
    out, pending = conversation(month)

    assert out == [month] and pending == [None]
