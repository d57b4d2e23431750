"""What Amazon Connect chat streaming publishes to SNS, parsed into one typed item.

Each SNS notification's ``Message`` is itself a JSON string (a chat transcript item:
``Id``, ``Type``, ``ContentType``, ``Content``, ``ParticipantRole``, ``InitialContactId``,
``ContactId``, ``AbsoluteTime``, ``Attachments`` ...), and the notification's
MessageAttributes repeat the routing fields (``InitialContactId``, ``ContactId``,
``ParticipantRole``, ``Type``, ``ContentType``, ``MessageVisibility``) so SNS can filter on
them. Source: https://docs.aws.amazon.com/connect/latest/adminguide/sns-payload.html

Who may see an item (AWS's rule): the customer gets it only when ``MessageVisibility`` is
CUSTOMER or ALL and ``ParticipantRole`` is not CUSTOMER; the relay's own messages come back
as CUSTOMER. ``chat.ended`` carries no participant, and the relay must always see it to close
the session. The outbound subscription's filter policy
(``functions/outbound/filter_policy.json``) states the same rule for SNS; this module is the
second check and the one the tests compare the policy with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from connect_privacy import json_text
from connect_privacy.lone_surrogates import replace_lone_surrogates

EVENT_PREFIX = "application/vnd.amazonaws.connect.event."
TYPING = f"{EVENT_PREFIX}typing"
PARTICIPANT_JOINED = f"{EVENT_PREFIX}participant.joined"
PARTICIPANT_LEFT = f"{EVENT_PREFIX}participant.left"
CHAT_ENDED = f"{EVENT_PREFIX}chat.ended"
ATTACHMENT_CONTENT_TYPE = "application/vnd.amazonaws.connect.message.attachment"
TEXT_PLAIN = "text/plain"
TEXT_MARKDOWN = "text/markdown"

CUSTOMER_ROLE = "CUSTOMER"
CUSTOMER_VISIBILITIES = frozenset({"CUSTOMER", "ALL"})


class ItemKind(StrEnum):
    MESSAGE = "MESSAGE"
    ATTACHMENT = "ATTACHMENT"
    TYPING = "TYPING"
    PARTICIPANT_JOINED = "PARTICIPANT_JOINED"
    PARTICIPANT_LEFT = "PARTICIPANT_LEFT"
    CHAT_ENDED = "CHAT_ENDED"
    OTHER_EVENT = "OTHER_EVENT"


# Streamed events say Type EVENT plus a content type; the Participant API's transcript uses
# specific Types for the same events. Both spellings are accepted.
_EVENT_KINDS = {
    TYPING: ItemKind.TYPING,
    PARTICIPANT_JOINED: ItemKind.PARTICIPANT_JOINED,
    PARTICIPANT_LEFT: ItemKind.PARTICIPANT_LEFT,
    CHAT_ENDED: ItemKind.CHAT_ENDED,
}
_TYPE_KINDS = {
    "MESSAGE": ItemKind.MESSAGE,
    "ATTACHMENT": ItemKind.ATTACHMENT,
    "TYPING": ItemKind.TYPING,
    "PARTICIPANT_JOINED": ItemKind.PARTICIPANT_JOINED,
    "PARTICIPANT_LEFT": ItemKind.PARTICIPANT_LEFT,
    "CHAT_ENDED": ItemKind.CHAT_ENDED,
}


class MalformedStreamItem(ValueError):
    """The notification is not a chat streaming item; the message names the missing field."""


@dataclass(frozen=True)
class StreamedAttachment:
    """``AttachmentItem`` of the Participant API model; the name may be personal."""

    attachment_id: str
    content_type: str
    status: str | None
    name: str = field(repr=False, default="")

    @property
    def downloadable(self) -> bool:
        """APPROVED (or not scanned at all); IN_PROGRESS and REJECTED files are not served."""
        return self.status in {None, "APPROVED"}


@dataclass(frozen=True)
class StreamedItem:
    """One chat item as streamed. ``content`` is customer-facing text: never log it."""

    item_id: str
    kind: ItemKind
    content_type: str
    initial_contact_id: str
    contact_id: str
    participant_role: str | None
    visibility: str | None
    absolute_time: str = ""
    display_name: str = field(repr=False, default="")
    content: str = field(repr=False, default="")
    attachments: tuple[StreamedAttachment, ...] = ()

    @property
    def for_customer(self) -> bool:
        """AWS's rule, plus chat.ended (the relay's signal to close the session)."""
        if self.kind is ItemKind.CHAT_ENDED:
            return True
        return (
            self.visibility in CUSTOMER_VISIBILITIES
            and self.participant_role is not None
            and self.participant_role != CUSTOMER_ROLE
        )


def sns_attributes(raw: Mapping[str, Any] | None) -> dict[str, str]:
    """``{"Name": {"Type": "String", "Value": v}}`` as ``{"Name": v}`` (strings only)."""
    values: dict[str, str] = {}
    for name, attribute in (raw or {}).items():
        if isinstance(attribute, Mapping) and isinstance(attribute.get("Value"), str):
            values[name] = attribute["Value"]
    return values


def parse_stream_item(message: str, attributes: Mapping[str, str]) -> StreamedItem:
    """Parse the SNS ``Message`` JSON string and its (flattened) MessageAttributes.

    Routing fields prefer the MessageAttributes, which are what the subscription filter
    policy saw; the body fills in what they lack. A body saying the sender is the customer
    wins over an attribute saying otherwise, so an echo can never be forwarded.
    """
    try:
        body = json_text.loads(message)
    except ValueError:
        raise MalformedStreamItem("the SNS Message is not JSON") from None
    if not isinstance(body, Mapping):
        raise MalformedStreamItem("the SNS Message is not a JSON object")

    item_id = _text(body, "Id")
    if not item_id:
        raise MalformedStreamItem("the chat item has no Id")
    initial_contact_id = attributes.get("InitialContactId") or _text(body, "InitialContactId")
    contact_id = attributes.get("ContactId") or _text(body, "ContactId") or initial_contact_id
    if not initial_contact_id and not contact_id:
        raise MalformedStreamItem("the chat item names no contact")

    role = attributes.get("ParticipantRole") or _text(body, "ParticipantRole") or None
    if _text(body, "ParticipantRole") == CUSTOMER_ROLE:
        role = CUSTOMER_ROLE
    content_type = _text(body, "ContentType") or attributes.get("ContentType", "")
    attachments = _attachments(body.get("Attachments"))
    return StreamedItem(
        item_id=item_id,
        kind=_kind(_text(body, "Type") or attributes.get("Type", ""), content_type, attachments),
        content_type=content_type,
        initial_contact_id=initial_contact_id or contact_id,
        contact_id=contact_id,
        participant_role=role,
        visibility=attributes.get("MessageVisibility") or None,
        absolute_time=_text(body, "AbsoluteTime"),
        display_name=_text(body, "DisplayName"),
        content=_text(body, "Content"),
        attachments=attachments,
    )


def _kind(
    item_type: str, content_type: str, attachments: tuple[StreamedAttachment, ...]
) -> ItemKind:
    if attachments or item_type == "ATTACHMENT" or content_type == ATTACHMENT_CONTENT_TYPE:
        return ItemKind.ATTACHMENT
    if item_type == "EVENT" or content_type.startswith(EVENT_PREFIX):
        return _EVENT_KINDS.get(content_type, ItemKind.OTHER_EVENT)
    return _TYPE_KINDS.get(item_type, ItemKind.OTHER_EVENT)


def _attachments(raw: Any) -> tuple[StreamedAttachment, ...]:
    if not isinstance(raw, list):
        return ()
    found: list[StreamedAttachment] = []
    for entry in raw:
        if not isinstance(entry, Mapping) or not _text(entry, "AttachmentId"):
            continue
        found.append(
            StreamedAttachment(
                attachment_id=_text(entry, "AttachmentId"),
                content_type=_text(entry, "ContentType"),
                status=_text(entry, "Status") or None,
                name=_text(entry, "AttachmentName"),
            )
        )
    return tuple(found)


def _text(mapping: Mapping[str, Any], key: str) -> str:
    # An agent's text with a lone surrogate ("\ud800" in the stream's JSON) would fail the
    # Send API's UTF-8 body on every retry: U+FFFD takes its place here, once.
    value = mapping.get(key)
    return replace_lone_surrogates(value) if isinstance(value, str) else ""
