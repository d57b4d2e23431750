"""Round 17: an expiry named after it by the field it fills, with a preposition ("0927 for
expiry", "0531 als Ablauf", "1129 pour la date"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("thats 0927 for expiry", "0927"),
        ("0927 for the expiry date", "0927"),
        ("0531 als Ablauf", "0531"),
        ("0531 als ablauf.", "0531"),
        ("1129 pour la date", "1129"),
        ("0830 para la fecha", "0830"),
        ("0728 para a data", "0728"),
        ("1220 for the date", "1220"),
        ("10/29 for the date, 123 for the cvv", "10/29"),
    ],
)
def test_an_expiry_before_the_field_it_fills_is_masked(text: str, value: str) -> None:
    out = redact(text)
    assert "[CREDIT_DEBIT_EXPIRY]" in out
    assert value not in out


@pytest.mark.parametrize(
    "text",
    [
        # the date of something else: the date word does not close the message
        "0830 pour la date du rendez-vous",
        # a year before 2020: a day and month, or long past
        "1219 for the date",
        # no preposition before a bare date word
        "0830 la date",
        # no month
        "1330 for the date",
        # "Ablauf" as a procedure, without a preposition
        "Termin 1030 Ablauf besprechen",
        # "data" in English
        "I paid 1225 for the data",
        # "for" before another noun: an amount
        "thats 0126 for my account",
    ],
)
def test_a_number_before_a_field_that_is_no_expiry_stays(text: str) -> None:
    assert "[CREDIT_DEBIT_EXPIRY]" not in redact(text)
