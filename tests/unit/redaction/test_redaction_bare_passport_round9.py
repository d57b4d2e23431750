"""A passport number or an RFC alone in a message (the answer to the agent's question for
it), in a shape no reference takes: France's "79WJ87284", Germany's "C2053FNM8", the one to
three capitals and six to eight digits of Spain, Portugal, Brazil, Mexico ("PAA123456",
"LO211895", "X1234567"), and Mexico's RFC with a valid birth date. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("79WJ87284", "[PASSPORT_NUMBER]"),
        ("C2053FNM8", "[PASSPORT_NUMBER]"),
        ("JKG5ZXM7F", "[PASSPORT_NUMBER]"),
        ("LO211895", "[PASSPORT_NUMBER]"),
        ("PAA123456", "[PASSPORT_NUMBER]"),
        ("ok X1234567", "ok [PASSPORT_NUMBER]"),
        ("G12345678 creo", "[PASSPORT_NUMBER] creo"),
        ("XAZH910828Z98", "[MX_RFC]"),
        ("vale, XAZH910828Z98", "vale, [MX_RFC]"),
    ],
)
def test_a_passport_or_an_rfc_alone_in_a_message_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ORD-538739",
        "CS-172126",
        "INC7625270",
        "TKT2319935",
        "CFGHJKLMN",
        "mi pedido es PED123456 y no llegó",
        "XAZH911328Z98",
    ],
)
def test_a_reference_a_word_or_an_impossible_date_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mon passeport c'est le 79 WJ 87284", "mon passeport c'est le [PASSPORT_NUMBER]"),
        ("mon passeport c'est le 79-WJ-87284", "mon passeport c'est le [PASSPORT_NUMBER]"),
    ],
)
def test_a_french_passport_in_its_three_groups_after_its_word_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text", ["mon passeport expire le 12 03 2029", "mi pasaporte vence el 5 11 2030"]
)
def test_a_passport_expiry_date_with_spaces_stays(text):
    assert redact(text) == text
