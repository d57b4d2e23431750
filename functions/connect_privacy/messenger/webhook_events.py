"""Meta's webhook notification parsed into the customer messages the relay forwards.

A notification is ``{"object": "page", "entry": [{"id": <page>, "messaging": [...]}]}``;
``entry`` and ``messaging`` are arrays and every item is handled. Text, attachments, quick
replies and postbacks become :class:`CustomerMessage`; echoes of the page's own messages,
reads, deliveries, reactions, edits, standby events (threads another app controls) and
anything unknown are dropped and counted by :class:`DropReason`. One malformed event is
dropped rather than failing the whole notification, which Meta would retry for an hour.

Instagram Direct uses the same shape with ``"object": "instagram"`` (a :class:`Channel`,
enabled by passing it in ``channels``): ``entry.id`` is the Instagram professional account
id and ``sender.id`` an Instagram-scoped id (IGSID), kept in the ``page_id`` and ``psid``
fields. Its differences, per Meta's Instagram messaging webhook reference
(https://developers.facebook.com/documentation/business-messaging/instagram-messaging/webhooks):
echoes arrive through ``messages`` with ``is_echo`` (there is no ``message_echoes`` field);
``messaging_seen`` carries a ``read`` object; reactions (``message_reactions``) have no
echo; a story mention is an attachment of type ``story_mention`` whose CDN URL must not be
stored (only its type is kept); a reply to the business's story carries ``reply_to.story``
and is forwarded with a ``story_reply`` marker. Deleted (``is_deleted``) and unsupported
(``is_unsupported``: GIFs, stickers) messages carry no usable content and are dropped;
these two flags are not in Meta's public reference (third-party schema:
https://support.huaweicloud.com/intl/en-us/api-cec/cec_07_0291.html).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# Far above what Messenger delivers (its Send API caps text at 2000 characters), low enough
# that one event always fits in an SQS message.
MAX_TEXT_CHARS = 20_000
# Every other field is bounded too, so one event's queue body stays far below SQS's message
# limit, a session key below DynamoDB's 2,048-byte partition key limit, and a log line short.
# Page ids and PSIDs are 15-17 digit numbers; mids are about 100 ASCII characters.
MAX_ID_CHARS = 64
MAX_MID_CHARS = 512
MAX_ATTACHMENTS = 100
# Meta's CDN links are a few hundred characters; only the first few attachments' links are
# kept (the worker fetches at most that many), so a queue body stays small.
MAX_URL_CHARS = 2048
MAX_ATTACHMENT_URLS = 10
_ATTACHMENT_TYPE = re.compile(r"[a-z][a-z_]{0,31}")
# Instagram: the marker of a reply to the account's story, listed with the attachments.
STORY_REPLY = "story_reply"
STORY_MENTION = "story_mention"


class Channel(StrEnum):
    MESSENGER = "messenger"
    INSTAGRAM = "instagram"


# Meta's ``object`` value for each channel.
WEBHOOK_OBJECTS: Mapping[Channel, str] = {Channel.MESSENGER: "page", Channel.INSTAGRAM: "instagram"}


class MessageKind(StrEnum):
    TEXT = "text"
    ATTACHMENTS = "attachments"
    QUICK_REPLY = "quick_reply"
    POSTBACK = "postback"


class DropReason(StrEnum):
    ECHO = "Echo"
    READ = "Read"
    DELIVERY = "Delivery"
    REACTION = "Reaction"
    EDIT = "Edit"
    STANDBY = "Standby"
    UNSUPPORTED = "Unsupported"
    MALFORMED = "Malformed"
    OVERSIZED = "Oversized"
    DELETED = "Deleted"


class MalformedNotification(ValueError):
    """The notification's envelope is not Meta's shape (the message never quotes the body)."""


class UnsupportedObject(ValueError):
    """The notification is for an ``object`` this relay does not serve."""


@dataclass(frozen=True)
class CustomerMessage:
    """One thing a customer sent, as the relay forwards it; ``repr`` hides text and PSID."""

    channel: Channel
    page_id: str
    psid: str = field(repr=False)
    mid: str
    timestamp: int
    kind: MessageKind
    text: str | None = field(default=None, repr=False)
    attachment_types: tuple[str, ...] = ()
    # ``payload.url`` of each attachment (https, bounded), "" when absent: personal links.
    attachment_urls: tuple[str, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Notification:
    messages: tuple[CustomerMessage, ...]
    dropped: Mapping[DropReason, int]


def parse_notification(payload: Any, channels: frozenset[Channel]) -> Notification:
    """Every customer message in ``payload``, in timestamp order (stable), plus drop counts."""
    if not isinstance(payload, Mapping):
        raise MalformedNotification("the notification is not a JSON object")
    channel = _channel_of(payload.get("object"), channels)
    entries = payload.get("entry")
    if not isinstance(entries, list):
        raise MalformedNotification("the notification has no entry array")
    dropped: Counter[DropReason] = Counter()
    messages: list[CustomerMessage] = []
    for entry in entries:
        for outcome in _entry_events(entry, channel):
            if isinstance(outcome, DropReason):
                dropped[outcome] += 1
            else:
                messages.append(outcome)
    # Meta may deliver a batch out of order and says to order by timestamp.
    messages.sort(key=lambda message: message.timestamp)
    return Notification(messages=tuple(messages), dropped=dict(dropped))


def _channel_of(value: Any, channels: frozenset[Channel]) -> Channel:
    for channel in channels:
        if WEBHOOK_OBJECTS[channel] == value:
            return channel
    raise UnsupportedObject("the notification object is not served here")


def _entry_events(entry: Any, channel: Channel) -> Iterator[CustomerMessage | DropReason]:
    if not isinstance(entry, Mapping):
        yield DropReason.MALFORMED
        return
    page_id = _identifier(entry.get("id"))
    for _ in _list(entry.get("standby")):
        yield DropReason.STANDBY
    for event in _list(entry.get("messaging")):
        if page_id is None or not isinstance(event, Mapping):
            yield DropReason.MALFORMED
        else:
            yield _event(event, channel, page_id, _timestamp(entry.get("time")))


def _event(
    event: Mapping[str, Any], channel: Channel, page_id: str, entry_time: int
) -> CustomerMessage | DropReason:
    message = event.get("message")
    if isinstance(message, Mapping) and message.get("is_echo"):
        return DropReason.ECHO
    sender = event.get("sender")
    psid = _identifier(sender.get("id")) if isinstance(sender, Mapping) else None
    if psid is not None and psid == page_id:
        # The account's own message (an echo whose flag is missing): never relay it back.
        return DropReason.ECHO
    for key, reason in (
        ("read", DropReason.READ),
        ("delivery", DropReason.DELIVERY),
        ("reaction", DropReason.REACTION),
        ("message_edit", DropReason.EDIT),
    ):
        if key in event:
            return reason
    if psid is None:
        return DropReason.MALFORMED
    timestamp = _timestamp(event.get("timestamp")) or entry_time
    if isinstance(message, Mapping):
        return _message(message, channel, page_id, psid, timestamp)
    postback = event.get("postback")
    if isinstance(postback, Mapping):
        return _postback(postback, channel, page_id, psid, timestamp)
    return DropReason.UNSUPPORTED


def _message(
    message: Mapping[str, Any], channel: Channel, page_id: str, psid: str, timestamp: int
) -> CustomerMessage | DropReason:
    mid = _mid(message.get("mid"))
    text = message.get("text")
    if mid is None or (text is not None and not isinstance(text, str)):
        return DropReason.MALFORMED
    if message.get("is_deleted") is True:
        return DropReason.DELETED
    if message.get("is_unsupported") is True:
        return DropReason.UNSUPPORTED
    if text is not None and len(text) > MAX_TEXT_CHARS:
        return DropReason.OVERSIZED
    items = _list(message.get("attachments"))
    if len(items) > MAX_ATTACHMENTS:
        return DropReason.OVERSIZED
    attachments = tuple(_attachment_type(item) for item in items)
    # A story mention's URL is the customer's story, not a file they sent: never kept.
    urls = tuple(
        "" if kind == STORY_MENTION else _attachment_url(item)
        for kind, item in zip(attachments, items[:MAX_ATTACHMENT_URLS], strict=False)
    )
    if channel is Channel.INSTAGRAM and _replies_to_story(message):
        # The agent needs to know what "love it!" answers; the story's URL is never kept.
        # Appended, so every url still lines up with its attachment by index.
        attachments = (*attachments, STORY_REPLY)
    if isinstance(message.get("quick_reply"), Mapping) and text:
        kind = MessageKind.QUICK_REPLY
    elif attachments:
        kind = MessageKind.ATTACHMENTS
    elif text:
        kind = MessageKind.TEXT
    else:
        return DropReason.UNSUPPORTED
    return CustomerMessage(
        channel, page_id, psid, mid, timestamp, kind, text or None, attachments, urls
    )


def _postback(
    postback: Mapping[str, Any], channel: Channel, page_id: str, psid: str, timestamp: int
) -> CustomerMessage | DropReason:
    title = postback.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > MAX_TEXT_CHARS:
        return DropReason.MALFORMED
    mid = _mid(postback.get("mid"))
    if mid is None:
        # Postbacks before Graph v11 carry no mid (or one that is unusable); derive a stable
        # one so Meta's retries of the same postback still de-duplicate.
        seed = f"{page_id}|{psid}|{timestamp}|{title}|{postback.get('payload')}"
        mid = "pb_" + hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()[:40]
    return CustomerMessage(channel, page_id, psid, mid, timestamp, MessageKind.POSTBACK, title)


def _replies_to_story(message: Mapping[str, Any]) -> bool:
    reply_to = message.get("reply_to")
    return isinstance(reply_to, Mapping) and isinstance(reply_to.get("story"), Mapping)


def _attachment_type(item: Any) -> str:
    kind = item.get("type") if isinstance(item, Mapping) else None
    if isinstance(kind, str) and _ATTACHMENT_TYPE.fullmatch(kind):
        return kind
    return "other"


def _attachment_url(item: Any) -> str:
    payload = item.get("payload") if isinstance(item, Mapping) else None
    url = payload.get("url") if isinstance(payload, Mapping) else None
    if (
        isinstance(url, str)
        and len(url) <= MAX_URL_CHARS
        and url.isascii()
        and url.isprintable()
        and url.startswith(("https://", "http://"))
    ):
        return url
    return ""


def _identifier(value: Any) -> str | None:
    # Ids are documented as strings; some payloads carry them as JSON numbers.
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 0 < value < 10**MAX_ID_CHARS:
        return str(value)
    if (
        isinstance(value, str)
        and 0 < len(value) <= MAX_ID_CHARS
        and value.isascii()
        and value.isalnum()
    ):
        return value
    return None


def _mid(value: Any) -> str | None:
    """A usable message id: printable ASCII, bounded (it is logged and hashed, never text)."""
    if (
        isinstance(value, str)
        and 0 < len(value) <= MAX_MID_CHARS
        and value.isascii()
        and value.isprintable()
    ):
        return value
    return None


def _timestamp(value: Any) -> int:
    # Older docs: epoch milliseconds as a number; newer docs: strings. Only the order matters.
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value if 0 <= value < 10**16 else 0
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 16:
        return int(value)
    return 0


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
