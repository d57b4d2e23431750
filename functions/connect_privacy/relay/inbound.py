"""Customer to agent: redact a Messenger message, then deliver it into the customer's chat.

Nothing unredacted leaves this function. Text goes through the redactor before anything
else sees it; if the redactor refuses (``RedactionBlocked``: Comprehend failed and the
policy is ``block``), the agent receives :data:`WITHHELD_NOTICE` instead, so the
conversation keeps going and the agent can ask the customer to rephrase. The text itself
is never forwarded, stored or logged. Attachments are never forwarded as media URLs:
``attachments.customer_files`` screens them (the default), forwards them, names them in a
placeholder or drops them (``ATTACHMENT_POLICY``); its lines for the agent follow the text.

Numbers split across messages ("my card is 4111 1111", then "1111 1111"): with ``markers``
(the sessions table in production), the customer's pending-number marker is read before
redaction and the message is redacted through ``continuation.redact_in_conversation``, which
masks the groups that continue the number and says what to keep for the next message. The
marker holds the kind, counts and an expiry, never a digit; the message's Messenger
timestamp is its clock, so a retry of the same message decides the same way. It is written
once the message is delivered (so a failed delivery, retried, starts from the same marker),
and cleared when a message does not continue it (a non-text event included).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from connect_privacy.attachments.customer_files import IncomingAttachment, PreparedAttachments
from connect_privacy.connect_chat.gateway import ChatFile
from connect_privacy.connect_chat.lifecycle import ChatDelivery, Customer
from connect_privacy.connect_chat.splitting import split_message
from connect_privacy.messenger.webhook_events import CustomerMessage
from connect_privacy.redaction import RedactionBlocked, RedactionResult, Span
from connect_privacy.redaction.continuation import PendingNumber, redact_in_conversation
from connect_privacy.telemetry import Counter

WITHHELD_NOTICE = "[message withheld: could not be checked for sensitive data]"


__all__ = ["InboundOutcome", "relay_inbound"]


class TextRedactor(Protocol):
    """``redaction.Redactor``: the redacted text, or ``RedactionBlocked`` if it could not check."""

    def redact(
        self, text: str, *, extra: Iterable[Span] = (), spare: frozenset[str] = frozenset()
    ) -> RedactionResult: ...


class NumberMarkers(Protocol):
    """Where a customer's pending-number marker waits for the next message
    (``connect_chat.sessions.SessionStore``: an attribute of the session item)."""

    def pending_number(self, key: str) -> Mapping[str, Any] | None: ...

    def replace_pending_number(
        self,
        key: str,
        contact_id: str,
        read: Mapping[str, Any] | None,
        marker: Mapping[str, Any] | None,
    ) -> bool: ...


class CustomerChats(Protocol):
    """The Connect side (``connect_chat.lifecycle.ConnectChats``): deliver parts in order."""

    def deliver(
        self, customer: Customer, mid: str, parts: list[str], files: Sequence[ChatFile] = ()
    ) -> ChatDelivery: ...


class CustomerAttachments(Protocol):
    """``attachments.customer_files.CustomerFiles``: lines and files for the agent."""

    def prepare(self, attachments: Sequence[IncomingAttachment]) -> PreparedAttachments: ...


@dataclass(frozen=True)
class InboundOutcome:
    """What happened to one message: counts and ids only, safe to log and to persist."""

    contact_id: str | None
    parts: int
    new_chat: bool
    entities: int
    degraded: bool
    withheld: bool

    def as_record(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "parts": self.parts,
            "new_chat": self.new_chat,
            "entities": self.entities,
            "degraded": self.degraded,
            "withheld": self.withheld,
        }


def relay_inbound(
    message: CustomerMessage,
    *,
    redactor: TextRedactor,
    chats: CustomerChats,
    attachments: CustomerAttachments,
    counter: Counter,
    markers: NumberMarkers | None = None,
) -> InboundOutcome:
    entities, degraded, withheld = 0, False, False
    customer = Customer(message.channel.value, message.page_id, message.psid)
    pending = following = None
    stored: Mapping[str, Any] | None = None
    if markers is not None:
        stored = markers.pending_number(customer.key)
        pending = PendingNumber.from_item(stored) if stored is not None else None
    lines: list[str] = []
    if message.text:
        try:
            if markers is None:
                result = redactor.redact(message.text)
            else:
                now = message.timestamp / 1000
                result, following = redact_in_conversation(redactor, message.text, pending, now)
        except RedactionBlocked:
            counter.count("MessagesWithheld")
            lines.append(WITHHELD_NOTICE)
            withheld = True
        else:
            lines.append(result.text)
            entities, degraded = len(result.entities), result.degraded
    urls = message.attachment_urls
    prepared = attachments.prepare(
        [
            IncomingAttachment(kind, urls[index] if index < len(urls) else None)
            for index, kind in enumerate(message.attachment_types)
        ]
    )
    lines.extend(prepared.lines)
    parts = split_message("\n".join(lines))
    if not parts:
        counter.count("MessagesWithNothingToSend")
        return InboundOutcome(None, 0, False, entities, degraded, withheld)
    delivery = chats.deliver(customer, message.mid, parts, prepared.files)
    if markers is not None and following != pending:
        marker = following.to_item() if following is not None else None
        # Only over the marker read above: an agent's question relayed meanwhile stored a
        # newer one (``OutboundRelay._await_answer``), which the next message must find.
        markers.replace_pending_number(customer.key, delivery.contact_id, stored, marker)
    counter.count("MessagesRelayed")
    counter.count("MessagePartsSent", delivery.parts)
    return InboundOutcome(delivery.contact_id, delivery.parts, delivery.new_chat, entities,
                          degraded, withheld)  # fmt: skip
