"""Round 10: nine digits in an SSN's groups (3-2-4 or 5-4), whatever noise separates them,
with taxes named near them, are an SSN ("its 356 ... 62 -- 3801 for the tax form"); an order
number near a tax word stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

SSN = "[SSN]"


@pytest.mark.parametrize(
    "number",
    ["49812 👍 1768", "356 ... 62 -- 3801", "579 then 06 then 7794", "174 * 05 _ 4281"],
)
def test_an_ssn_split_by_noise_for_the_tax_form_is_masked(number):
    assert redact(f"its {number} for the tax form") == f"its {SSN} for the tax form"


def test_an_order_number_near_taxes_stays():
    text = "order 356627801 includes taxes"

    assert redact(text) == text
