"""An agent's message is read sentence by sentence; a dot that abbreviates ("Nr.", "C.P.",
"ref.") ends none, so the question it is in is still read as one."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import asked_for


@pytest.mark.parametrize(
    "question",
    [
        "Wissen Sie die Rechnungs-Nr. noch?",
        "¿el C.P.?",
        "Could you give me the ref. of your order?",
        "Pouvez-vous me donner le n° de cde. de votre achat ?",
    ],
)
def test_a_question_with_an_abbreviation_asks_for_its_reference(question: str) -> None:
    marker = asked_for(question, 0.0)
    assert marker is not None and marker.entity_type == "REFERENCE"


@pytest.mark.parametrize(
    ("message", "entity"),
    [
        ("Thanks. What is your phone number?", "PHONE"),
        ("Ok. Could you confirm your account number?", "BANK_ACCOUNT_NUMBER"),
        ("Got it. Now the expiry date, please.", "CREDIT_DEBIT_EXPIRY"),
    ],
)
def test_a_full_stop_before_a_capital_still_ends_a_sentence(message: str, entity: str) -> None:
    marker = asked_for(message, 0.0)
    assert marker is not None and marker.entity_type == entity
