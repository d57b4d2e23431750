"""Round 12: UK bank details written as on a refund form, a six-digit sort code, a slash,
the eight-digit account ("27-67-21 / 34209523"), need no word; a reference word before
them or a date's slashes keep them. A phone in a callback link's parameter after "cb"
("cb?phone=%28201%29...") is a phone: the phone word is nearer than the card word
"CB". Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "Refund to 52-88-11 / 67567994 please, not the card",
        "Refund to 528811 / 67567994 please",
        "pay 12 34 56|87654321",
    ],
)
def test_sort_code_and_account_pair(text):
    out = redact(text)

    assert not any(c.isdigit() for c in out), out


@pytest.mark.parametrize(
    "text", ["order 12-34-56 / 12345678 shipped", "on 12/08/84 / 22233458 we spoke"]
)
def test_a_reference_or_a_date_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "the callback link was https://support.example.com/cb?phone=%28201%29%20973-4328",
        "cb?phone=(201) 973-4328",
    ],
)
def test_phone_parameter_after_cb(text):
    out = redact(text)

    assert "[PHONE]" in out and "4328" not in out


def test_a_card_after_its_word_stays_a_card():
    assert redact("card 4111 1111 1111 1111 phone") == "card [CREDIT_DEBIT_NUMBER] phone"
