"""Round 12: identifiers whose shape is enough without their word. A valid Steuer-IdNr
(check digit and one repeated digit: about 1 in 250 eleven-digit numbers) anywhere but
after a reference word; an NI number with O for 0 or I/l for 1 among its digits; "pp
number" before a passport. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

TAX = "[DE_TAX_ID]"
NINO = "[UK_NATIONAL_INSURANCE_NUMBER]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja genau, 65 929 970 489 und plz 32666", f"ja genau, {TAX} und plz 32666"),
        ("ja genau, 65929970489", f"ja genau, {TAX}"),
        ("yes, 36574261809 is it", f"yes, {TAX} is it"),
    ],
)
def test_a_valid_idnr_needs_no_word(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bestellung 65929970489 ist da",
        "order 65929970489",
    ],
)
def test_an_idnr_named_a_reference_or_invalid_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    ["its YP 65 l9 53 D", "its JBO49408B", "its BC I8 89 96 C", "AA 43 94 8I C"],
)
def test_nino_with_lookalike_digits(text):
    assert NINO in redact(text)


@pytest.mark.parametrize("text", ["OK IOI 2021 A", "room AB IOIOIO C"])
def test_letters_that_are_not_digits_stay(text):
    assert redact(text) == text


def test_pp_number_names_a_passport_and_the_booking_stays():
    assert redact("pp number P7344295 , booking 9LYTTD") == (
        "pp number [PASSPORT_NUMBER] , booking 9LYTTD"
    )


@pytest.mark.parametrize(
    "text",
    ["mein pass JFHV👉PK👉ZX2", "mein pass K3 dann Y1C3H//J3", "meinen Pass C1K//8ZGK3R"],
)
def test_mein_pass_names_a_passport_in_pieces(text):
    assert redact(text).endswith("[PASSPORT_NUMBER]")


@pytest.mark.parametrize(
    "text", ["mein Pass läuft 2029 ab", "mein Pass ist seit 12.03.2024 abgelaufen"]
)
def test_a_year_or_date_after_mein_pass_stays(text):
    assert redact(text) == text
