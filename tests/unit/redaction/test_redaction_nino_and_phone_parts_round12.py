"""Round 12: values over several messages. An NI number after "NI is" (the copula before
its letters) starts a marker, so its last pair and suffix letter sent alone are masked,
even when its prefix is "CB" (not the card word then). Another number to reach the
customer ("contact no", "alt number", "Kontaktnummer") starts a phone like "my number".
The marker holds kinds and counts only. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

NINO = "[UK_NATIONAL_INSURANCE_NUMBER]"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("ok ni is OT 94 48", "00 D"), [f"ok ni is {NINO}", NINO]),
        (("ok ni is CB 09 50 56", "A"), [f"ok ni is {NINO}", NINO]),
        (("my NI number is TW 908327", "B"), [f"my NI number is {NINO}", NINO]),
    ],
)
def test_nino_after_the_copula_continues(texts, expected):
    out, markers = conversation(*texts)

    assert out == expected
    assert markers[0] is not None and markers[0].entity_type == NINO[1:-1]
    assert not any(c.isdigit() for c in str(markers[0].to_item()["entity_type"]))


def test_cb_before_digits_without_an_ni_word_is_still_a_card():
    out, _ = conversation("CB 4970 1234", "5678 9012")

    assert out == ["CB [CREDIT_DEBIT_NUMBER]", "[CREDIT_DEBIT_NUMBER]"]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("contact no +91", "98765 43210"), ["contact no [PHONE]", "[PHONE]"]),
        (("alt number 081113", "99879"), ["alt number [PHONE]", "[PHONE]"]),
        (("Kontaktnummer 0171", "4567 5545"), ["Kontaktnummer [PHONE]", "[PHONE]"]),
        (("otro número +34", "612 345 678"), ["otro número [PHONE]", "[PHONE]"]),
    ],
)
def test_another_number_to_reach_me_starts_a_phone(texts, expected):
    out, _ = conversation(*texts)

    assert out == expected


def test_an_order_after_a_contact_number_stays():
    out, _ = conversation("contact no +91", "order 123456 still missing")

    assert out == ["contact no [PHONE]", "order 123456 still missing"]


def test_a_count_after_an_ni_numbers_six_digits_stays():
    out, _ = conversation("still waiting on a refund for YY076497", "its been 48 days")

    assert out[1] == "its been 48 days"
