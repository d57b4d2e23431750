"""What was paid or ordered, and a shop's branch, asked by the agent: references (round 37).

"Could you send me the total you paid?", "Merci de saisir la quantité commandée.", "le
numéro de la succursale ?": none asks for a customer's value. Each leaves a reference marker,
which replaces the one an earlier question left (the bank account asked before), so the
answer ("$242", "5", "87") stays visible. A question for the card's or the phone's number
still asks for that value.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from connect_privacy.redaction.agent_question import asked_for
from tests.support.redaction import OFFLINE_WITH_CUSTOM
from tests.support.redaction import answers_to as converse


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    "question",
    [
        "Could you send me the total you paid?",
        "What is the quantity you ordered, please?",
        "What was the price?",
        "¿Cuál es el precio que pagó?",
        "¿Me indica la cantidad pedida?",
        "Pouvez-vous me préciser le total payé ?",
        "Merci de saisir la quantité commandée.",
        "Quel était le prix ?",
        "Pouvez-vous me préciser le numéro de la succursale ?",
        "Wie hoch war der Gesamtbetrag?",
        "Welche Menge haben Sie bestellt?",
        "Nennen Sie bitte die Anzahl.",
        "Qual é a quantidade?",
        "Qual foi o preço?",
    ],
)
def test_a_question_for_what_was_paid_or_ordered_asks_for_a_reference(question: str) -> None:
    marker = asked_for(question, 0.0)
    assert marker is not None and marker.entity_type == "REFERENCE"


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Could you give me your card number?", "CREDIT_DEBIT_NUMBER"),
        ("What is your phone number?", "PHONE"),
        ("Pouvez-vous me préciser votre numéro de téléphone ?", "PHONE"),
        ("Pouvez-vous me préciser le numéro ?", "PHONE"),
    ],
)
def test_a_question_for_a_value_still_asks_for_it(question: str, entity: str) -> None:
    marker = asked_for(question, 0.0)
    assert marker is not None and marker.entity_type == entity


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Could you send me the total you paid?", "350.38 pretty sure"),
        ("Pouvez-vous me préciser le numéro de la succursale ?", "hmm 87"),
        ("Merci de saisir la quantité commandée.", "11"),
    ],
)
def test_the_answer_after_an_account_asked_before_stays_visible(
    redactor, question: str, answer: str
) -> None:  # type: ignore[no-untyped-def]
    # the bank account asked first, its answer masked; then the reference's question
    first = converse(redactor, "Could you send over your bank account no.?", ["k 12345678"])
    assert "12345678" not in first[0]
    assert converse(redactor, question, [answer]) == [answer]
