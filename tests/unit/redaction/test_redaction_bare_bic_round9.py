"""A BIC alone in a message (the answer to the agent's question for it): eleven characters
that pass the BIC check, or eight with a digit, or eight letters of a market served that
read as no word ("BNPAFRPP"). A word in capitals stays ("TRACKING", "DELIVERY").
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("CAIXESBBXXX", "[SWIFT_CODE]"),
        ("ok COBADEFFXXX", "ok [SWIFT_CODE]"),
        ("BNPAFRPP", "[SWIFT_CODE]"),
        ("BRASBRRJ creo", "[SWIFT_CODE] creo"),
    ],
)
def test_a_bic_alone_in_a_message_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text", ["TRACKING", "DELIVERY", "CHECKOUT", "OBRIGADO", "mi pedido BNPAFRPP llegó tarde"]
)
def test_a_word_in_capitals_or_a_code_in_a_sentence_stays(text):
    assert redact(text) == text
