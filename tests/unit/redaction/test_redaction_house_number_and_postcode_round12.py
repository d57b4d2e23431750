"""Round 12: a house's number after its street's name, then the postcode ("Rua Augusta 24,
1561-639 Lisboa") is an address, not a nine-digit phone; the phone beside it is still
masked. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "address",
    ["Rua Augusta 24, 1561-639 Lisboa", "Rua das Flores 64A, 3196-288 Porto"],
)
def test_a_house_number_and_a_postcode_stay(address):
    out = redact(f"Morada: {address}. Tlm: +351 912 345 678.")

    assert out == f"Morada: {address}. Tlm: [PHONE]."


def test_a_phone_after_a_street_and_its_number_is_still_masked():
    assert redact("calle Mayor 12 612 345 678") == "calle Mayor 12 [PHONE]"
