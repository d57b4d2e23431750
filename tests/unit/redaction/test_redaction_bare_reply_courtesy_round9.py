"""Round 9: a courtesy after a bare reply ("4410 ma'am", "561 sir", "1234 señora", "0420
monsieur") leaves it the bare code the agent asked for, as a hedge does. A year with the
courtesy stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("4410 ma'am", "[PIN] ma'am"),
        ("561 sir", "[CREDIT_DEBIT_CVV] sir"),
        ("1234 señora", "[PIN] señora"),
        ("0420 monsieur", "[PIN] monsieur"),
    ],
)
def test_a_code_with_a_courtesy_is_masked(text, masked):
    assert redact(text) == masked


def test_a_year_with_a_courtesy_stays():
    assert redact("2019 sir") == "2019 sir"
