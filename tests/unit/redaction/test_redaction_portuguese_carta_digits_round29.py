"""Portugal's driving licence named "carta" alone, its digits ending the message and the rest
in the next one ("carta 5726", then "2279-654"): a letter has no number of its own, so the
digits that end the message are the licence's. A letter with words after its digits, or a
number too short for a licence, stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("messages", "masked"),
    [
        (["carta 3184", "6027-415"], ["carta [DRIVER_ID]", "[DRIVER_ID]"]),
        (["carta: 3184", "6027 41"], ["carta: [DRIVER_ID]", "[DRIVER_ID]"]),
        (["carta:3184", "60274"], ["carta:[DRIVER_ID]", "[DRIVER_ID]"]),
        (["carta é 3184", "6027 4"], ["carta é [DRIVER_ID]", "[DRIVER_ID]"]),
        (["a minha carta 3184", "6027 415"], ["a minha carta [DRIVER_ID]", "[DRIVER_ID]"]),
    ],
)
def test_a_licence_begun_after_carta_and_its_rest_are_masked(messages, masked):
    assert conversation(*messages)[0] == masked


def test_a_licence_whole_after_carta_is_masked():
    assert redact("carta 31846027 4") == "carta [DRIVER_ID]"


@pytest.mark.parametrize(
    "text",
    [
        # words after the digits: a letter's date or count
        "a carta 3184 chegou ontem",
        "recebi a carta 3 dias depois",
        # three digits are too few for a licence
        "carta 318",
        # the plural is letters, never the licence
        "cartas 3184",
        # a letter's own reference: "carta" after "la", "da" or "de"
        "referencia de la carta 31846027415",
        "referência da carta 31846027415",
        "envio de carta 31846027415",
    ],
)
def test_a_letter_with_words_after_its_number_or_a_short_number_stays(text):
    assert redact(text) == text
