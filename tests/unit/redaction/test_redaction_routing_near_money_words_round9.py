"""Round 9: a nine-digit number that passes the ABA checksum next to a word of money moving
between banks (direct deposit, ACH, wire, transfer, a paper check, payroll, credit union, and
their Spanish, French, German and Portuguese siblings) is a routing number, as it is after
the form shorthands "R/T", "rt#" and "rtng". An order's number, a failed checksum and the
verb "check" stay. Synthetic values (267084131 passes the ABA checksum, 267084132 fails)."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "R/T 267084131",
        "rt# 267084131",
        "rtng 267084131",
        "for the direct deposit use 267084131",
        "ACH info: 267084131",
        "the number at the bottom of my check is 267084131",
        "payroll needs 267084131 to pay me",
        "267084131 is what my credit union gave me",
        "para el depósito directo: 267084131",
        "pour le virement: 267084131",
    ],
)
def test_an_aba_number_where_money_moves_is_a_routing_number(text):
    assert "[BANK_ROUTING]" in redact(text) and "267084131" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "order 267084131 was paid by bank transfer",  # an order's number
        "for the direct deposit use 267084132",  # fails the ABA checksum
        "can you check 267084131 for me",  # the verb, not a paper check
        "ach so, 267084131 war das",  # German "ach so"
    ],
)
def test_other_nine_digit_numbers_stay(text):
    assert "267084131" in redact(text) or "267084132" in redact(text)
