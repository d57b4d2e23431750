"""Round 9: a routing number and the account typed after it in one run ("direct deposit
info 267084131 000123456789"): a first group of nine digits passing the ABA checksum, then
one group of an account's length, where money moves between banks, is masked whole. The
same digits with no bank word, after an order word, or failing the checksum stay.
Synthetic values (267084131 passes the ABA checksum, 267084132 fails)."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


def test_a_routing_and_account_run_is_masked():
    assert redact("direct deposit info 267084131 000123456789") == (
        "direct deposit info [BANK_ACCOUNT_NUMBER]"
    )


@pytest.mark.parametrize(
    "text",
    [
        "267084131 000123456789",
        "order 267084131 000123456789 from the bank",
        "ACH 267084132 000123456789",
    ],
)
def test_without_a_bank_word_or_a_valid_routing_it_stays(text):
    assert redact(text) == text
