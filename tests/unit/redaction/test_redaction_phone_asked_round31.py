"""A phone asked for by German compounds, or as the number to call the customer on (round 33).

"Telefonnummer", "Rufnummer", "Handynr" name a phone as "Handynummer" does; "what number
can the courier call you on?", "¿a qué número te podemos llamar?", "où peut-on vous
joindre ?", "unter welcher Nummer können wir Sie erreichen?", "em que número podemos te
ligar?" ask for the customer's phone though a courier or a store is named. Asking when to
call ("¿a qué hora le llamamos?") asks for a time.
"""

from __future__ import annotations

import re

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import redact_in_conversation
from connect_privacy.telemetry import MemoryCounter

NOW = 1_764_115_200.0
DIGIT = re.compile(r"[0-9]")


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    settings = RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}))
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


@pytest.mark.parametrize(
    "question",
    [
        "Können Sie die hinterlegte Telefonnummer bestätigen?",
        "Bitte nennen Sie Ihre Rufnummer.",
        "wie ist deine handynr?",
        "deine Telefon-Nr.?",
        "Ihre Mobilfunknummer bitte",
        "What number can the courier call you on?",
        "what number can the store reach you at?",
        "¿En qué número le puede llamar el repartidor?",
        "¿A qué número te podemos llamar?",
        "Le livreur peut vous joindre à quel numéro ?",
        "Unter welcher Nummer ist der Kurier für Sie erreichbar?",
        "Unter welcher Nummer können wir Sie erreichen?",
        "Em que número o entregador pode te ligar?",
    ],
)
def test_the_number_to_reach_the_customer_on_is_a_phone(question: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == "PHONE"


@pytest.mark.parametrize(
    "question",
    [
        # a reference's number, the courier's or the order's
        "What is the courier's tracking number?",
        "Bitte nennen Sie die Auftragsnummer.",
        "Can you confirm the order number?",
        # when to call: a time
        "¿A qué hora le viene bien que le llamemos?",
        "When can the courier call you?",
        "À quelle heure peut-on vous joindre ?",
        "Wann können wir Sie erreichen?",
        "Quando podemos te ligar?",
    ],
)
def test_a_reference_or_the_time_to_call_is_no_phone(question: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is None or marker.entity_type != "PHONE"


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Können Sie die hinterlegte Telefonnummer bestätigen?", ["jo 01716", "932 fertig"]),
        ("wie ist deine handynr?", ["0170 müsste stimmen", "35837822"]),
        ("What number can the courier call you on?", ["ok its 415 555", "0134"]),
    ],
)
def test_the_answer_in_parts_reaches_the_agent_without_a_digit(  # type: ignore[no-untyped-def]
    redactor, question: str, answers: list[str]
) -> None:
    pending = asked_for(question, NOW)
    for offset, answer in enumerate(answers, start=1):
        result, pending = redact_in_conversation(redactor, answer, pending, NOW + 10 * offset)
        assert DIGIT.search(result.text) is None, result.text
