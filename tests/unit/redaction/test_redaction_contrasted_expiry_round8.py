"""Round 8b: an expiry set against the one typed before it ("expiry is 0230 not 1026",
"l'expiration c'est 0329 pas 1229", "vence 0827 no 0727", "Ablauf 0329 nicht 0428",
"validade 0329 não 0428") is the card's too: both are masked. A number that is no month
and year after the contrast word, or one further on, stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "expiry is 0230 not 1026, i typed it wrong",
            "expiry is [CREDIT_DEBIT_EXPIRY] not [CREDIT_DEBIT_EXPIRY], i typed it wrong",
        ),
        ("expiry is 0332 not 042029", "expiry is [CREDIT_DEBIT_EXPIRY] not [CREDIT_DEBIT_EXPIRY]"),
        (
            "l'expiration c'est 0329 pas 1229, je me suis trompé",
            "l'expiration c'est [CREDIT_DEBIT_EXPIRY] pas [CREDIT_DEBIT_EXPIRY], je me suis trompé",
        ),
        (
            "la fecha de caducidad es 08/27 no 07/27",
            "la fecha de caducidad es [CREDIT_DEBIT_EXPIRY] no [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "Ablaufdatum 0329 nicht 0428",
            "Ablaufdatum [CREDIT_DEBIT_EXPIRY] nicht [CREDIT_DEBIT_EXPIRY]",
        ),
        ("validade 0329 não 0428", "validade [CREDIT_DEBIT_EXPIRY] não [CREDIT_DEBIT_EXPIRY]"),
        (
            "la caducidad es 0230 y no 1026",
            "la caducidad es [CREDIT_DEBIT_EXPIRY] y no [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "expiry 0230 instead of 1026",
            "expiry [CREDIT_DEBIT_EXPIRY] instead of [CREDIT_DEBIT_EXPIRY]",
        ),
    ],
)
def test_the_contrasted_expiry_is_masked_too(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("expiry is 0230 not 1399 as the app says", "1399"),
        ("expiry is 0230 not order 1026", "1026"),
        ("expiry is 0230, order 1026 not shipped", "1026"),
    ],
)
def test_a_number_that_is_no_contrasted_expiry_stays(text, kept):
    masked = redact(text)

    assert "0230" not in masked and kept in masked
