"""Round 9: a UK National Insurance number in capitals is masked however its six digits are
grouped ("EC 267 84 6D", "TM.473.807C"), with no NI word: an issued prefix, six digits and a
suffix A-D is a shape no reference or date has. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "value",
    ["EC 267 84 6D", "TM.473.807C", "JK-123-456-A", "SN 2738 46 B", "CE  12 34 56  C"],
)
def test_a_nino_grouped_any_way_is_masked(value):
    assert (
        redact(f"here it is {value} thanks") == "here it is [UK_NATIONAL_INSURANCE_NUMBER] thanks"
    )


@pytest.mark.parametrize(
    "text",
    [
        "QQ 123 456 C is the example on the form",  # Q never starts an issued prefix
        "GB 267 84 6D",  # never issued
        "model EC 267 84 6E",  # the suffix is A-D only
        "ec 267 84 6d is a part number",  # lower case and regrouped: not read without a word
        "flight EC 2678 at 14:05",
    ],
)
def test_other_letter_and_digit_shapes_stay(text):
    assert redact(text) == text
