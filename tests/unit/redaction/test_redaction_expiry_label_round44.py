"""Round 44: a card's expiry typed first and named after by the card's printed label, said
as a noun after an article or a possessive ("1025 <- that's my valid thru", "c'est le
valable jusqu'au", "ist die gültig bis", "es el vence", "é o venc"). Without the article the
label is a deadline's verb, and its number stays. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("1025 <- that's my valid thru", "[CREDIT_DEBIT_EXPIRY] <- that's my valid thru"),
        ("0729 es el vence de mi madre", "[CREDIT_DEBIT_EXPIRY] es el vence de mi madre"),
        ("le 1130 c'est le valable jusqu'au de ma mère",
         "le [CREDIT_DEBIT_EXPIRY] c'est le valable jusqu'au de ma mère"),
        ("0227 c'est la fin de validité", "[CREDIT_DEBIT_EXPIRY] c'est la fin de validité"),
        ("die 0928 ist die gült. bis von meinem Mann",
         "die [CREDIT_DEBIT_EXPIRY] ist die gült. bis von meinem Mann"),
        ("die 1131 ist die läuft ab", "die [CREDIT_DEBIT_EXPIRY] ist die läuft ab"),
        ("0632 é o val da minha mãe", "[CREDIT_DEBIT_EXPIRY] é o val da minha mãe"),
        ("0526 é o venc", "[CREDIT_DEBIT_EXPIRY] é o venc"),
    ],
)  # fmt: skip
def test_an_expiry_named_by_the_cards_label_is_masked(said, masked):
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "1025 is valid until friday",  # a deadline: no article before the label
        "0915 läuft ab morgen",
        "order 4411 is my valid thru",  # not a month and a year
    ],
)
def test_a_deadline_or_another_number_keeps_its_digits(said):
    assert redact(said) == said
