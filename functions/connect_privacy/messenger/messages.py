"""Messenger Send API request bodies and the messaging window, with no I/O.

What to send: a text (under Meta's 2000-character limit, or Instagram's 1000 UTF-8 bytes,
split on word boundaries), an
attachment Meta downloads from a URL, or a sender action in a request of its own; and how
it may be sent right now (:class:`MessagingMode`: a RESPONSE within 24 hours of the
customer's last message, the HUMAN_AGENT tag up to 7 days). ``send_api`` posts these bodies.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from connect_privacy import text_parts
from connect_privacy.messenger.webhook_events import Channel

# Meta: text must be "less than 2000 characters". Counted here in UTF-16 code units, which is
# never less than the code point count, so a part is within the limit however Meta counts.
TEXT_LIMIT = 1999
# Instagram: "Message text must be UTF-8 and be a 1000 bytes or less", and elsewhere on the
# same page "less than 1000 characters"; 999 bytes satisfies both (a byte count is never
# below the character count).
# https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message
INSTAGRAM_TEXT_LIMIT_BYTES = 999

RESPONSE_WINDOW_SECONDS = 24 * 60 * 60
HUMAN_AGENT_WINDOW_SECONDS = 7 * 24 * 60 * 60


class MessagingType(StrEnum):
    RESPONSE = "RESPONSE"
    MESSAGE_TAG = "MESSAGE_TAG"


class SenderAction(StrEnum):
    TYPING_ON = "typing_on"
    TYPING_OFF = "typing_off"
    MARK_SEEN = "mark_seen"


class AttachmentKind(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    FILE = "file"

    @classmethod
    def for_mime_type(cls, mime_type: str) -> AttachmentKind:
        major = mime_type.split("/", 1)[0].strip().lower()
        return {"image": cls.IMAGE, "video": cls.VIDEO, "audio": cls.AUDIO}.get(major, cls.FILE)


@dataclass(frozen=True)
class MessagingMode:
    """How a message may be sent right now: a reply, or a tagged message outside 24 hours."""

    messaging_type: MessagingType
    tag: str | None = None


RESPONSE = MessagingMode(MessagingType.RESPONSE)
HUMAN_AGENT = MessagingMode(MessagingType.MESSAGE_TAG, "HUMAN_AGENT")


def messaging_mode_for(
    last_customer_message_at: float, now: float, *, human_agent_tag: bool
) -> MessagingMode | None:
    """The messaging type allowed ``now``; None when Meta would refuse any message.

    RESPONSE within 24 hours of the customer's last message; the HUMAN_AGENT tag (it needs
    Meta's app review, hence opt-in) up to 7 days; nothing after that.
    """
    age = now - last_customer_message_at
    if age < RESPONSE_WINDOW_SECONDS:
        return RESPONSE
    if human_agent_tag and age < HUMAN_AGENT_WINDOW_SECONDS:
        return HUMAN_AGENT
    return None


def text_message(psid: str, text: str, mode: MessagingMode) -> dict[str, Any]:
    body: dict[str, Any] = {
        "recipient": {"id": psid},
        "messaging_type": mode.messaging_type.value,
        "message": {"text": text},
    }
    if mode.tag:
        body["tag"] = mode.tag
    return body


def attachment_message(
    psid: str, kind: AttachmentKind, url: str, mode: MessagingMode
) -> dict[str, Any]:
    """A file Meta downloads from ``url``; not reusable because the URL is short-lived."""
    body: dict[str, Any] = {
        "recipient": {"id": psid},
        "messaging_type": mode.messaging_type.value,
        "message": {
            "attachment": {"type": kind.value, "payload": {"url": url, "is_reusable": False}}
        },
    }
    if mode.tag:
        body["tag"] = mode.tag
    return body


def upload_message(psid: str, kind: AttachmentKind, mode: MessagingMode) -> dict[str, Any]:
    """The fields sent beside an uploaded file (multipart ``filedata``), not a URL."""
    body: dict[str, Any] = {
        "recipient": {"id": psid},
        "messaging_type": mode.messaging_type.value,
        "message": {"attachment": {"type": kind.value, "payload": {"is_reusable": False}}},
    }
    if mode.tag:
        body["tag"] = mode.tag
    return body


def sender_action(psid: str, action: SenderAction) -> dict[str, Any]:
    """Meta requires sender actions in a request of their own, without a ``message``."""
    return {"recipient": {"id": psid}, "sender_action": action.value}


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Cut ``text`` into parts of at most ``limit`` UTF-16 code units, in order."""
    return text_parts.split_text(text, limit)


def split_text_for(channel: Channel, text: str) -> list[str]:
    """Cut ``text`` on word boundaries into parts within the channel's own limit."""
    if channel is Channel.INSTAGRAM:
        return text_parts.split_text(
            text, INSTAGRAM_TEXT_LIMIT_BYTES, measure=text_parts.utf8_bytes
        )
    return split_text(text)
