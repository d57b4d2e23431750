"""Round 52: the right value first, then the wrong one it replaces after a bare negation
("wrong cvv, it's 412 not 895"): the denied digits are the same kind of value, in the five
languages. Counts, prices and percentages after the negation stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("oops wrong cvv, it's cvv 412 not 895", "[CREDIT_DEBIT_CVV] not [CREDIT_DEBIT_CVV]"),
        ("perdón el cvv es 412 no 895", "[CREDIT_DEBIT_CVV] no [CREDIT_DEBIT_CVV]"),
        ("pardon le cvv c'est 412 pas 895", "[CREDIT_DEBIT_CVV] pas [CREDIT_DEBIT_CVV]"),
        ("sorry, die PIN ist 4821 nicht 7390", "[PIN] nicht [PIN]"),
        ("desculpa o pin é 4821 não 7390", "[PIN] não [PIN]"),
        ("my pin is 4821, and not 7390", "[PIN], and not [PIN]"),
    ],
)  # fmt: skip
def test_the_denied_value_after_the_right_one_is_masked(text, masked):
    assert masked in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a percentage, a price, a decimal or a short count after the negation
        ("my pin is 4821 not 10% of anything", "10%"),
        ("el cvv es 412 no 150 €", "150 €"),
        ("le code pin c'est 4821 pas 12,50 euros", "12,50"),
        ("die PIN ist 4821 nicht 2 mal", "2 mal"),
        # no value found before the negation: an order number stays
        ("order 55120 not 55121 please", "55120 not 55121"),
    ],
)  # fmt: skip
def test_what_is_not_a_denied_value_stays(text, kept):
    assert kept in redact(text)
