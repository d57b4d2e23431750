"""Round 8b: a security code half said in words, half typed ("cvv is eleven 5",
"cryptogramme un 35", "o código de trás é oito 60", "Prüfziffer sieben 21", "código de
seguridad dos 45") is masked whole. A percentage or a count after a code's word, and a
code of too few digits, stay. Synthetic values."""

from __future__ import annotations

import re

import pytest

from connect_privacy.redaction.patterns import banking, normalize
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("cvv is eleven 5", "cvv is [CREDIT_DEBIT_CVV]"),
        ("cryptogramme un 35", "cryptogramme [CREDIT_DEBIT_CVV]"),
        ("o código de trás é oito 60", "o código de trás é [CREDIT_DEBIT_CVV]"),
        ("Prüfziffer sieben 21", "Prüfziffer [CREDIT_DEBIT_CVV]"),
        ("código de seguridad dos 45", "código de seguridad [CREDIT_DEBIT_CVV]"),
    ],
)
def test_a_code_said_then_typed_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "the code for one 25% discount",
        "cvv one 2",
    ],
)
def test_a_percentage_or_a_short_number_stays(text):
    assert redact(text) == text


def test_no_said_part_is_longer_than_the_reach_searched_before_the_typed_digits():
    # The finder searches from SAID_WIDTH characters before the first word's last letter
    # that typed digits follow: a longer said part would start before the search.
    said = rf"(?i)(?:{normalize._PAIR}|{normalize._WORD})"
    assert re._parser.parse(said).getwidth()[1] <= banking.SAID_WIDTH
