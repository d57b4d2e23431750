"""Round 29b: "cpt", French shorthand for "compte", names a bank account like "cpte" does.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("cpt 40128833", "cpt [BANK_ACCOUNT_NUMBER]"),
        ("cpt 4012 8833", "cpt [BANK_ACCOUNT_NUMBER]"),
        ("cpt 4O12 8833", "cpt [BANK_ACCOUNT_NUMBER]"),  # a letter O for a zero
        ("cpt 40l28833571", "cpt [BANK_ACCOUNT_NUMBER]"),  # a letter l for a one
        ("mon cpt: 40128833", "mon cpt: [BANK_ACCOUNT_NUMBER]"),
    ],
)
def test_an_account_number_after_cpt_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "mon cpt est bloqué",
        "cpt 12 euros",  # an amount
        "le cpt 3 jours",  # a count
        "cptr 40128833",  # another word that starts alike
    ],
)
def test_what_is_no_account_after_cpt_stays(text: str) -> None:
    assert redact(text) == text
