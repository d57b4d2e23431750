"""Round 9: a number with the ITIN's own shape (9XX, a group the IRS issues) is masked when
taxes are named near it, before or after ("907732084 is what i use for taxes", "para los
impuestos uso 912781234"); an order number stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

ITIN = "[US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("907732084 is what i use for taxes", f"{ITIN} is what i use for taxes"),
        ("I file my tax return with 912 78 1234", f"I file my tax return with {ITIN}"),
        ("para los impuestos uso 912781234", f"para los impuestos uso {ITIN}"),
        ("pour les impôts: 970881234", f"pour les impôts: {ITIN}"),
    ],
)
def test_an_itin_near_taxes_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "order 907732084 for taxes",  # an order's number
        "907332084 is what i use for taxes",  # group 33: never an ITIN
        "907732084 is the number on the box",  # no taxes named
    ],
)
def test_other_nine_digit_numbers_stay(text):
    assert redact(text) == text
