"""Round 12: an SSN regrouped 5-4 right after its word ("ssn? sure 66830-1952") is the
SSN, not a ZIP+4, unless a ZIP word stands near it; a phone grouped 4-2-4 after its word
("phone 5066-38-7655") is no date (no date has four digits first and last), while an
SSN-shaped reference with a 00 group stays as it was. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize("text", ["ssn? sure 66830-1952", "my ssn is 66830-1952"])
def test_ssn_regrouped_after_its_word(text):
    assert redact(text).endswith("[SSN]")


@pytest.mark.parametrize(
    "text",
    ["ssn and zip 12345-6789", "zip 12345-6789", "my ssn, 55564-3058 <- zip"],
)
def test_a_zip_plus_four_named_a_zip_stays(text):
    assert "6789" in redact(text) or "3058" in redact(text)


def test_phone_in_four_two_four():
    assert redact("postal code H0A 0B8 , phone 5066-38-7655").endswith("phone [PHONE]")


@pytest.mark.parametrize(
    "text",
    [
        "the reference they gave me was 273-00-8158 not sure what it is",
        "on 2024-03-12 I called",
        "born 12-03-1984",
    ],
)
def test_dates_and_references_stay(text):
    assert redact(text) == text
