"""Round 14: an Austrian or Swiss mobile written with its country code and no "+" ("43 664
1234567", "41 79 123 45 67"), noise between its groups too ("436 ✅ 641 ✅ 234 ✅ 567"), is a
phone like the other markets' (round 10): Austria's 06xx mobiles of varying length,
Switzerland's 075 to 079. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "number",
    [
        "43 664 1234567",
        "43 650 123456",  # Austria's shortest mobile
        "436 ✅ 641 ✅ 234 ✅ 567",
        "436...641...234...56",
        "43 / 699 / 12345678",
        "41 79 123 45 67",
        "41 75 123 45 67",
    ],
)
def test_dach_mobile_without_plus_is_a_phone(number):
    out = redact(f"schick ma a sms an {number}")

    assert out == "schick ma a sms an [PHONE]", out


@pytest.mark.parametrize(
    "number",
    [
        "43 640 1234567",  # Austria's 064x: no mobile
        "43 664 1234",  # five digits after the 06xx: too short
        "43 664 1234567890",  # eleven: too long
        "41 74 123 45 67",  # Switzerland's 074: no mobile
        "41 79 123 45",  # a Swiss mobile short of two digits
        "4179 123 45 678",  # a digit over
    ],
)
def test_other_numbers_led_by_43_or_41_are_not_one_phone(number):
    assert redact(f"es war {number}") != "es war [PHONE]"


def test_ten_digits_after_the_austrian_mobile_prefix_are_one_phone():
    assert redact("es war 43 664 123456789") == "es war [PHONE]"


def test_an_order_number_led_by_an_austrian_mobile_prefix_stays():
    assert redact("order 43664123456 shipped") == "order 43664123456 shipped"
