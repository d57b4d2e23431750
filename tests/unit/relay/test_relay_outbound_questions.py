"""An agent's question marks the value it asks for on the customer's session.

``OutboundRelay`` reads each message it delivers with ``asked_value``
(``redaction.agent_question``) and stores the marker the customer's answer is then
continued by (see ``tests/functional/test_inbound_agent_questions.py`` for the answer's side).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from connect_privacy.messenger.send_api import FileUpload, PageAccess, SendResult
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
    permanent,
    session,
)


@dataclass
class WatchingSender(ScriptedSender):
    """Also notes how many markers were stored when each message went out."""

    sessions: MemorySessions = field(default_factory=MemorySessions)
    markers_at_send: list[int] = field(default_factory=list)

    def send(
        self,
        access: PageAccess,
        body: dict[str, Any],
        *,
        deadline: float,
        upload: FileUpload | None = None,
    ) -> SendResult:
        self.markers_at_send.append(len(self.sessions.markers))
        return super().send(access, body, deadline=deadline, upload=upload)


@pytest.fixture
def world() -> World:
    sessions = MemorySessions({CONTACT: session()})
    sender = WatchingSender(sessions=sessions)
    return World(sessions, sender, FakeLinks(), MemoryOnce(), MemoryCounter(),
                 asked_value=agent_question)  # fmt: skip


QUESTION = "Thanks! What number should we call you on?"


def test_a_question_stores_the_awaited_kind_before_it_reaches_the_customer(world) -> None:
    assert world.deliver(item(content=QUESTION)) is Outcome.SENT

    [(key, contact_id, marker)] = world.sessions.markers
    assert (key, contact_id) == ("k", CONTACT)
    assert marker == {
        "entity_type": "PHONE", "seen": 0, "complete": 10, "follow_ups": 0,
        "expires_at": NOW + ASKED_WINDOW_SECONDS, "asked": 1,
    }  # fmt: skip
    assert world.sender.markers_at_send == [1]  # stored first: no answer can come before it
    assert world.sender.texts == [QUESTION]  # the customer reads the question as written
    assert world.counter.totals["AgentQuestionsAwaitingAnswer"] == 1


def test_a_question_for_a_reference_stores_that_a_reference_is_awaited(world) -> None:
    world.deliver(item(content="Thanks! What's the order number?"))

    [(_, _, marker)] = world.sessions.markers
    assert marker is not None and marker["entity_type"] == "REFERENCE"


@pytest.mark.parametrize("content", ["Hello there", "Your card ending in 4242 has been blocked."])
def test_a_message_asking_for_nothing_stores_nothing(world, content: str) -> None:
    assert world.deliver(item(content=content)) is Outcome.SENT

    assert world.sessions.markers == []
    assert "AgentQuestionsAwaitingAnswer" not in world.counter.totals


def test_a_contact_flows_prompt_marks_the_value_too(world) -> None:
    prompt = "Please enter your 10-digit account number."

    world.deliver(item(content=prompt, participant_role="SYSTEM"))

    [(_, _, marker)] = world.sessions.markers
    assert marker is not None and marker["entity_type"] == "BANK_ACCOUNT_NUMBER"


def test_a_redelivered_question_does_not_store_its_marker_again(world) -> None:
    world.deliver(item(content=QUESTION))
    # meanwhile the customer answered and the inbound relay used the marker up
    world.deliver(item(content=QUESTION))

    assert len(world.sessions.markers) == 1
    assert world.sender.texts == [QUESTION]


def test_a_failed_marker_write_fails_the_item_before_anything_is_sent(world) -> None:
    world.sessions.marker_script = [RuntimeError("throttled")]

    with pytest.raises(RuntimeError):
        world.deliver(item(content=QUESTION))
    assert world.sender.sent == []

    assert world.deliver(item(content=QUESTION)) is Outcome.SENT  # Lambda's retry
    assert len(world.sessions.markers) == 1
    assert world.sender.texts == [QUESTION]


def test_a_question_meta_refuses_keeps_its_marker_until_it_expires(world) -> None:
    world.sender.script = [permanent(551)]

    assert world.deliver(item(content=QUESTION)) is Outcome.PERMANENT_ERROR
    # stored before the send; unused, it expires after ASKED_WINDOW_SECONDS
    assert len(world.sessions.markers) == 1


def test_switched_off_no_question_is_read(world) -> None:
    world.asked_value = None

    world.deliver(item(content=QUESTION))

    assert world.sessions.markers == []
    assert world.sender.texts == [QUESTION]


def test_items_not_delivered_as_text_are_not_read(world) -> None:
    world.deliver(item(content=QUESTION, participant_role="CUSTOMER"))
    world.deliver(item(item_id="i2", content=QUESTION, content_type="application/json"))

    assert world.sessions.markers == []
