"""An expiry said digit by digit before the words that name it ("zero one - two seven is the
expiry date", "null fünf, drei eins ist das Ablaufdatum"): masked like its typed form. A
spelled count before other words stays."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "zero one - two seven is the expiry date on the card",
            "[CREDIT_DEBIT_EXPIRY] is the expiry date on the card",
        ),
        ("null fünf, drei eins ist das Ablaufdatum", "[CREDIT_DEBIT_EXPIRY] ist das Ablaufdatum"),
        (
            "zéro cinq ... trois deux c'est la date d'expiration",
            "[CREDIT_DEBIT_EXPIRY] c'est la date d'expiration",
        ),
        ("zero um ... trinta e três é a validade", "[CREDIT_DEBIT_EXPIRY] é a validade"),
    ],
)
def test_a_spelled_expiry_before_its_name_is_masked(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "I ordered two, three items last week, store 0127",
        "one two three, the expiry date is on the front",
    ],
)
def test_spelled_counts_and_a_store_number_stay(text):
    assert OFFLINE.redact(text).text == text
