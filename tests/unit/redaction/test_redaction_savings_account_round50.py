"""Round 50: a savings account named by its kind alone ("la de ahorro es la ...", "le livret
c'est le ...", "a poupança é a ...", "das Sparbuch ist ..."): an account's word; amounts,
rates, years and the French family record book stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

ACCOUNT = "[BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "said",
    [
        "la de ahorro es la {}",
        "mi cuenta de ahorros: {}",
        "le livret c'est le {}",
        "mon livret A c'est le {}",
        "a poupança é a {}",
        "das Sparbuch ist {}",
        "my savings is {}",
    ],
)
def test_a_savings_account_named_by_its_kind_is_masked(said: str) -> None:
    assert redact(said.format("12345678901")) == said.format(ACCOUNT)


@pytest.mark.parametrize(
    "said",
    [
        "mis ahorros son 15000 euros",
        "el plan de ahorro cuesta 12 euros al mes",
        "le livret de famille est perdu",
        "le livret A rapporte 3%",
        "a poupança rende 0,5% ao mês",
        "la de ahorro es la del 2019",
        "das Sparbuch ist 12 Jahre alt",
    ],
)
def test_amounts_rates_and_years_after_a_savings_word_stay(said: str) -> None:
    assert redact(said) == said
