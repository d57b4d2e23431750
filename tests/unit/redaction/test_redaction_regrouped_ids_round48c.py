"""Round 48c: a CURP or RFC in the customer's own groups or case, and a Portuguese NIF,
after a general word for an identity document ("my ID number is", "mi documento", "meine
id", "tax id:"). The pieces are joined and validated (a CURP's check digit, an RFC's birth
date, a NIF's check digit, and for the NIF the customer's own "my"). Synthetic values: the
CURP and NIF carry valid check digits computed for this test."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("and my ID number is GODE-5612-31HD-FRRN-00", "and my ID number is [MX_CURP]"),
        ("y mi documento GODE - 5612 - 31HD - FRRN - 00", "y mi documento [MX_CURP]"),
        (
            "et mon numéro d'identification god - e56 - 123 - 1hd - frr - n00",
            "et mon numéro d'identification [MX_CURP]",
        ),
        ("und meine id GODE 5612 31HD FRRN 00", "und meine id [MX_CURP]"),
        ("reisepass ok und meine id gode561231aa1", "reisepass ok und meine id [MX_RFC]"),
        ("e meu documento 123456789", "e meu documento [PT_NIF]"),
    ],
)
def test_an_identifier_after_a_general_id_word_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # the check digit fails: pieces of prose or a reference
        "my ID number is GODE-5612-31HD-FRRN-01",
        # an RFC's date must be a date
        "my ID is GODE569931AA7",
        # a nine-digit number after "order id": not the customer's document
        "order id 123456789",
        # the NIF's check digit fails
        "my ID number is 123456788",
    ],
)
def test_what_does_not_validate_stays(text: str) -> None:
    assert redact(text) == text


def test_masking_twice_changes_nothing() -> None:
    once = redact("y mi documento GODE - 5612 - 31HD - FRRN - 00")
    assert redact(once) == once
