"""An agent's request for the value again, naming none ("could you send it again?"), awaits
anew the value last asked for on the customer's session; a request for anything else in
between means a later "again" is not about that value."""

from __future__ import annotations

import pytest

from connect_privacy.redaction import agent_question
from connect_privacy.redaction.agent_question import ASKED_WINDOW_SECONDS
from connect_privacy.relay.outbound import Outcome
from connect_privacy.telemetry import MemoryCounter
from tests.unit.relay.test_relay_outbound import (
    CONTACT,
    NOW,
    FakeLinks,
    MemoryOnce,
    MemorySessions,
    ScriptedSender,
    World,
    item,
    session,
)

QUESTION = "Could you confirm your account number?"
AGAIN = "Hmm, that doesn't look right. Could you send it again?"


@pytest.fixture
def world() -> World:
    return World(MemorySessions({CONTACT: session()}), ScriptedSender(), FakeLinks(),
                 MemoryOnce(), MemoryCounter(), asked_value=agent_question)  # fmt: skip


def test_a_request_again_awaits_the_value_last_asked_for_anew(world) -> None:
    world.deliver(item(item_id="i1", content=QUESTION))
    # the customer answered meanwhile: the inbound relay used the marker up

    assert world.deliver(item(item_id="i2", content=AGAIN)) is Outcome.SENT

    first, again = (marker for _, _, marker in world.sessions.markers)
    assert again == {**first, "expires_at": NOW + ASKED_WINDOW_SECONDS}
    assert again["entity_type"] == "BANK_ACCOUNT_NUMBER" and again["seen"] == 0
    assert world.counter.totals["AgentQuestionsAskedAgain"] == 1
    assert world.sender.texts == [QUESTION, AGAIN]


def test_a_request_again_with_nothing_asked_before_stores_nothing(world) -> None:
    assert world.deliver(item(content=AGAIN)) is Outcome.SENT

    assert world.sessions.markers == []
    assert "AgentQuestionsAskedAgain" not in world.counter.totals


def test_a_request_for_something_else_in_between_forgets_the_value(world) -> None:
    world.deliver(item(item_id="i1", content=QUESTION))
    world.deliver(item(item_id="i2", content="Thanks. Can you tell me what happened?"))

    world.deliver(item(item_id="i3", content=AGAIN))

    assert len(world.sessions.markers) == 1  # the question's only
    assert world.sessions.last_asked("k") is None


def test_a_message_asking_nothing_keeps_the_value(world) -> None:
    world.deliver(item(item_id="i1", content=QUESTION))
    world.deliver(item(item_id="i2", content="Thanks, one moment while I check."))

    world.deliver(item(item_id="i3", content=AGAIN))

    assert len(world.sessions.markers) == 2
    assert world.sessions.forgotten == []  # nothing asked: nothing written


def test_a_redelivered_request_again_does_not_wake_the_value(world) -> None:
    world.deliver(item(item_id="i1", content=QUESTION))
    world.deliver(item(item_id="i2", content=AGAIN))
    # the customer answered again and the inbound relay used the marker up
    world.deliver(item(item_id="i2", content=AGAIN))

    assert len(world.sessions.markers) == 2
