"""Round 38: a card, its expiry and its security code in one message, in the order cards
print them, the code said digit by digit ("4111 ... | 05/32 | zéro-six-quatre", "... / 06-26
/ fünf sechs zwei", "... - 10/2027 - cinco, quatro, dois"): the code's three or four digit
words end the message. Words that go on after them are no code. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_CARD = "4111 1111 1111 1111"


@pytest.mark.parametrize(
    ("after", "masked"),
    [
        (" | 05/32 | zéro-six-quatre", " | [CREDIT_DEBIT_EXPIRY] | [CREDIT_DEBIT_CVV]"),
        (" / 06-26 / fünf sechs zwei", " / [CREDIT_DEBIT_EXPIRY] / [CREDIT_DEBIT_CVV]"),
        (" - 10/2027 - cinco, quatro, dois", " - [CREDIT_DEBIT_EXPIRY] - [CREDIT_DEBIT_CVV]"),
        (" / 06/26 / uno dos tres", " / [CREDIT_DEBIT_EXPIRY] / [CREDIT_DEBIT_CVV]"),
        (" / 06/26 / four five six seven", " / [CREDIT_DEBIT_EXPIRY] / [CREDIT_DEBIT_CVV]"),
    ],
)
def test_a_said_code_after_a_card_and_its_expiry_is_its_cvv(after: str, masked: str) -> None:
    assert redact(_CARD + after) == "[CREDIT_DEBIT_NUMBER]" + masked


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        (" / 06/26 / one two three items left", "one two three items left"),
        (" / 06/26 / one two", "one two"),  # two digits: no code
    ],
)
def test_no_said_code_when_words_go_on_or_too_few(after: str, kept: str) -> None:
    assert redact(_CARD + after).endswith(kept)
