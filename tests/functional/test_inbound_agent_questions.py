"""An agent's question, then the customer's bare answer, through the inbound handler.

The outbound relay stores the awaited kind on the session when the agent asks for a value
(``tests/unit/relay/test_relay_outbound_questions.py``, and through its handler in
``test_outbound.py``); here the marker is stored as it stores it, with moto's table, and
the real inbound handler redacts what the customer answers.
"""

from __future__ import annotations

import boto3

from connect_privacy.connect_chat.sessions import PENDING_NUMBER, SessionStore
from connect_privacy.redaction.agent_question import asked_for
from tests.functional import test_inbound
from tests.functional.test_inbound import Harness
from tests.functional.test_inbound_split_numbers import DIGIT, T0, at

make_harness = test_inbound.make_harness  # the inbound worker harness (a fixture)


def agent_asks(harness: Harness, question: str, seconds: float) -> None:
    """What the outbound relay does with an agent's message: store the awaited kind."""
    table = harness.handler.settings.sessions_table
    [item] = boto3.client("dynamodb").scan(TableName=table)["Items"]
    marker = asked_for(question, T0 / 1000 + seconds)
    assert marker is not None
    store = SessionStore(table, lambda: boto3.client("dynamodb"))
    assert store.await_answer(item["pk"]["S"], item["contact_id"]["S"], marker.to_item())


def test_a_phone_answered_in_two_bare_parts_reaches_the_agent_without_a_digit(
    make_harness,
) -> None:
    harness = make_harness()
    harness.enqueue(at(0, "m_1", "hi, I need to change my delivery"))
    harness.poll()
    agent_asks(harness, "Sure! What number should we call you on?", 20)

    harness.enqueue(at(40, "m_2", "ya its 0151"), at(45, "m_3", "28128295"))
    harness.poll()

    first, answer, rest = harness.agent_saw()
    assert first == "hi, I need to change my delivery"
    assert not DIGIT.search(answer) and not DIGIT.search(rest)
    assert "PHONE" in answer and "PHONE" in rest


def test_the_same_answer_without_the_question_shows_its_digits(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(at(0, "m_1", "hi, I need to change my delivery"))
    harness.enqueue(at(40, "m_2", "ya its 0151"), at(45, "m_3", "28128295"))
    harness.poll()

    assert any(DIGIT.search(text) for text in harness.agent_saw()[1:])


def test_an_answer_about_the_order_after_a_question_about_it_is_untouched(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(at(0, "m_1", "hi, where is my parcel"))
    harness.poll()
    agent_asks(harness, "What's the order number?", 10)

    harness.enqueue(at(30, "m_2", "3811"))  # a PIN's shape: masked without the question
    harness.poll()

    assert harness.agent_saw()[1] == "3811"


def test_the_answer_uses_the_marker_up(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(at(0, "m_1", "hello"))
    harness.poll()
    agent_asks(harness, "Pode me informar o seu CPF?", 10)

    harness.enqueue(at(30, "m_2", "claro, 529.982.247-25"), at(60, "m_3", "obrigado 12345"))
    harness.poll()

    table = harness.handler.settings.sessions_table
    [item] = boto3.client("dynamodb").scan(TableName=table)["Items"]
    assert PENDING_NUMBER not in item
    assert not DIGIT.search(harness.agent_saw()[1])
    assert harness.agent_saw()[2] == "obrigado 12345"  # after the whole value: not its rest
