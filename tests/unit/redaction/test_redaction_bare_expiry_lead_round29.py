"""Round 29: a card's expiry sent alone after the same words of assent as a bare number
("ok 09/32", "its 4/29") and German's handing-over "bitte" ("bitte 10/33"): the answer to
the agent's question for it. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

EXPIRY = "[CREDIT_DEBIT_EXPIRY]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("bitte 10/31", f"bitte {EXPIRY}"),
        ("Bitte: 3/29", f"Bitte: {EXPIRY}"),
        ("bitte schön 04/30", f"bitte schön {EXPIRY}"),
        ("ok 1/29", f"ok {EXPIRY}"),
        ("its 09/32", f"its {EXPIRY}"),
        ("ja 11/2030", f"ja {EXPIRY}"),
        ("05.31", EXPIRY),  # a dotted one alone
        ("11/30", EXPIRY),
    ],
)
def test_an_expiry_after_a_word_of_assent_alone_is_an_expiry(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "bitte 3/4",  # no two-digit year
        "bitte 11.45",  # a time
        "hier bitte 05.31",  # dotted after words: as likely the time of day
        "bitte 13/31",  # no month
        "ja 12/15",  # long past
        "bitte bis 10/31 liefern",  # not the whole message
        "bitter 10/31",  # not the word
    ],
)
def test_what_is_no_bare_expiry_is_left(text: str) -> None:
    assert EXPIRY not in redact(text)
