"""An agent's question relayed while a customer message is in flight.

The inbound relay reads the customer's pending-number marker, redacts, delivers, and only
then writes the marker that follows. If the agent asks for a value in between, the outbound
relay has stored an *asked* marker (``OutboundRelay._await_answer``); the inbound write must
not overwrite it, or the customer's bare answer reaches the agent unmasked. Against moto's
table with the real session store and the offline redactor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pytest

from connect_privacy.attachments.customer_files import AttachmentPolicy, CustomerFiles
from connect_privacy.attachments.download import DownloadLimits
from connect_privacy.connect_chat.gateway import ChatFile
from connect_privacy.connect_chat.lifecycle import ChatDelivery, Customer
from connect_privacy.connect_chat.sessions import SessionStore
from connect_privacy.messenger.webhook_events import CustomerMessage
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.relay.inbound import relay_inbound
from connect_privacy.telemetry import MemoryCounter
from tests.support.events import customer_message
from tests.support.redaction import OFFLINE
from tests.unit.connect_chat.test_sessions import KEY, start
from tests.unit.connect_chat.test_sessions import store as store  # the fixture

DIGIT = re.compile(r"[0-9]")
T0 = 1_764_115_200


class NoFetching:
    def fetch(self, url: str, limits: DownloadLimits) -> bytes:
        raise AssertionError("no attachment is fetched here")


@dataclass
class ChatsWhereTheAgentAsks:
    """Delivers to chat ``contact-1``; during the delivery numbered ``asks_during``, the agent's
    ``question`` is relayed and stored as the outbound relay stores it."""

    store: SessionStore
    question: str
    asks_during: int
    delivered: list[str] = field(default_factory=list)

    def deliver(
        self, customer: Customer, mid: str, parts: list[str], files: Sequence[ChatFile] = ()
    ) -> ChatDelivery:
        self.delivered.extend(parts)
        if len(self.delivered) == self.asks_during:
            marker = asked_for(self.question, T0 + len(self.delivered) * 10)
            assert marker is not None
            assert self.store.await_answer(KEY, "contact-1", marker.to_item())
        return ChatDelivery(contact_id="contact-1", parts=len(parts), new_chat=False)


def at(seconds: int, mid: str, text: str) -> CustomerMessage:
    return replace(customer_message(mid, text), timestamp=(T0 + seconds) * 1000)


def relay(message: CustomerMessage, chats: ChatsWhereTheAgentAsks, store: SessionStore) -> None:
    counter = MemoryCounter()
    relay_inbound(
        message,
        redactor=OFFLINE,
        chats=chats,
        attachments=CustomerFiles(
            policy=AttachmentPolicy.PLACEHOLDER,
            fetcher=NoFetching(),
            screener=None,
            counter=counter,
        ),
        counter=counter,
        markers=store,
    )


@pytest.mark.parametrize(
    "first",
    [
        "my card is 4111 1111",  # leaves a card pending, which the second message completes
        "hi, I need to change my delivery",  # leaves nothing
    ],
)
def test_a_question_asked_while_a_message_is_delivered_awaits_the_next_one(
    store: SessionStore, first: str
) -> None:
    start(store)
    chats = ChatsWhereTheAgentAsks(store, "Sure! What number should we call you on?", 2)

    relay(at(0, "m_1", first), chats, store)
    relay(at(10, "m_2", "1111 1111 thanks" if "card" in first else "ok thanks"), chats, store)
    relay(at(30, "m_3", "ya its 0151"), chats, store)
    relay(at(35, "m_4", "28128295"), chats, store)

    answer, rest = chats.delivered[2:]
    assert not DIGIT.search(answer) and not DIGIT.search(rest)
    assert "PHONE" in answer and "PHONE" in rest
