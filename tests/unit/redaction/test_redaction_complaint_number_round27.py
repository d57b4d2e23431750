"""Round 27: a complaint's number is a reference ("réclamation SR546950", "Reklamation
AB123456"): no NI number's start however it looks; a value named by its own word in the
same message is still masked. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "text",
    [
        "réclamation SR546950",
        "reclamation SR546950",
        "complaint SR546950",
        "complaints SR546950",
        "reclamación SR546950",
        "reclamação SR546950",
        "Reklamation SR546950",
        "Beschwerde SR546950",
    ],
)
def test_a_complaints_number_stays(text: str) -> None:
    out, markers = conversation(text)

    assert out == [text]
    assert markers == [None]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("SR546950", "[UK_NATIONAL_INSURANCE_NUMBER]"),
        (
            "complaint about my ni number SR 54 69 50 C",
            "complaint about my ni number [UK_NATIONAL_INSURANCE_NUMBER]",
        ),
        (
            "Beschwerde wegen Konto DE89370400440532013000",
            "Beschwerde wegen Konto [INTERNATIONAL_BANK_ACCOUNT_NUMBER]",
        ),
    ],
)
def test_a_value_with_no_complaint_word_or_its_own_word_is_masked(text: str, masked: str) -> None:
    out, _ = conversation(text)

    assert out == [masked]
