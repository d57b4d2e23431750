"""Whose value an agent's question names, written with a possessive or a genitive (round 35).

English's possessive says the first word is the owner ("the bank's BIC": the bank's code,
not its account), as "the account username" does without it; German names the value after
its number in the genitive ("die Nummer Ihres Führerscheins", "Ihres Reisepasses"), where
"Nummer" alone would be a phone's.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import asked_for

NOW = 1_764_115_200.0


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("And the bank's BIC please", "SWIFT_CODE"),
        ("What's the bank’s SWIFT code?", "SWIFT_CODE"),
        ("What's the account's username?", "USERNAME"),
        ("Wie lautet die Nummer Ihres Führerscheins?", "DRIVER_ID"),
        ("Nennen Sie bitte die Nummer Ihres Reisepasses.", "PASSPORT_NUMBER"),
        # the owner alone, or before a number word alone, still asks for its own value
        ("What's the bank account number?", "BANK_ACCOUNT_NUMBER"),
        ("What's your account's number?", "BANK_ACCOUNT_NUMBER"),
        ("Wie lautet Ihre Führerscheinnummer?", "DRIVER_ID"),
        ("Wie lautet Ihre Nummer?", "PHONE"),
    ],
)  # fmt: skip
def test_the_owned_value_is_the_one_asked_for(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == entity
