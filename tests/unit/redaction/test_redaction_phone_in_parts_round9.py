"""A phone typed in parts, digits alone in each message: after a bare start of five to
seven digits, a message of digits alone that makes a phone with them (9 to 13 digits in
all) is its rest ("06-123", then "486-23"; "81 012", then "12-31-974"; "2015 559", then
"4412"). The start was sent already; the marker holds counts only. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("06-123", "486-23"), ["06-123", "[PHONE]"]),
        (("81 012", "12-31-974"), ["81 012", "[PHONE]"]),
        (("2015 559", "4412"), ["2015 559", "[PHONE]"]),
        (("91234", "5678 c'est tout"), ["91234", "[PHONE] c'est tout"]),
    ],
)
def test_the_rest_of_a_phone_typed_in_parts_is_masked(texts, expected):
    out, markers = conversation(*texts)

    assert out == expected
    assert markers[-1] is None


@pytest.mark.parametrize(
    "texts",
    [
        ("75012", "2"),  # a postcode, then a count
        ("08.03.2025", "12"),  # a date, then a time
        ("75012", "2024"),  # a postcode, then a year
        ("75012", "12/03"),  # a postcode, then a date
        ("12345", "10 items"),
        ("12345", "1234 is the store"),  # words: not digits alone, and no phone word
    ],
)
def test_digits_that_make_no_phone_stay(texts):
    out, _ = conversation(*texts)

    assert out == list(texts)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("11-23-6555", "76"), ["[PHONE]", "[PHONE]"]),
        (("612 34 56", "78"), ["[PHONE]", "[PHONE]"]),
        (("12-31-974",), ["[PHONE]"]),
    ],
)
def test_seven_or_eight_digits_in_three_groups_start_a_phone(texts, expected):
    out, _ = conversation(*texts)

    assert out == expected


@pytest.mark.parametrize(
    "texts", [("12-31-2024", "10"), ("2019 03 12",), ("1234 5678",), ("12345678",)]
)
def test_a_date_or_digits_in_one_or_two_groups_start_no_phone(texts):
    out, _ = conversation(*texts)

    assert out == list(texts)
