"""Round 10: a mobile written with its country code and no "+" ("91 8179 60 0799", "44 7700
900123"), when the whole run of groups is it, is a phone; a card starting with the same
digits, and an order number, stay what they are. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "number", ["91811 / 7230 / 828", "91 🙂 83 🙂 855 🙂 22 🙂 492", "91 -- 81377 and 50494"]
)
def test_an_indian_mobile_without_plus_is_masked_whole(number):
    assert redact(f"alternate number {number}") == "alternate number [PHONE]"


def test_a_card_beginning_like_a_uk_mobile_is_a_card():
    assert redact("card 4470 1234 5678 9012") == "card [CREDIT_DEBIT_NUMBER]"


def test_an_order_number_stays():
    assert redact("order 447012345678 shipped") == "order 447012345678 shipped"
