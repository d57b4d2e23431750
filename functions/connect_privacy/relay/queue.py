"""The inbound SQS FIFO queue: message schema and the enqueue adapter.

Each :class:`CustomerMessage` is one SQS message whose body is a versioned JSON object::

    {"v": 1, "channel": "messenger", "page_id": "...", "psid": "...", "mid": "...",
     "timestamp": 1764115199876, "kind": "text", "text": "...", "attachments": ["image"],
     "attachment_urls": ["https://..."]}   (optional: the CDN links, fetched by the worker)

``MessageGroupId`` is a SHA-256 of channel, page and PSID, so one customer's messages are
delivered in order while the PSID itself stays out of SQS metadata. ``MessageDeduplicationId``
is a SHA-256 of the channel and the ``mid`` (it fits SQS's 128 characters whatever Meta's ids
look like), so Meta's retries within SQS's five-minute window are dropped by the queue
itself, and a Messenger and an Instagram message can never de-duplicate each other. The body
holds the customer's unredacted text: the queue is encrypted and redaction happens in the
worker, which is the only reader.

The body is ASCII JSON (``ensure_ascii``): SQS accepts only some Unicode characters (not
U+FFFE or U+FFFF, for one), and escaping makes every character of the text travel exactly.
The one exception is a lone surrogate (``"\\ud800"`` in Meta's JSON, not half of a pair):
it is no character at all, no UTF-8 system downstream (SQS, Connect) can carry it, so the
encoder replaces it with U+FFFD rather than fail the whole notification. Every field
is bounded by the event parser (``webhook_events``), so an escaped body always fits one SQS
message; :func:`decode` enforces the same bounds on what it reads.

Failures: an SQS error (throttling after the SDK's retries, a missing queue, a batch SQS
refuses) or a partial batch (``Failed`` entries) raises :class:`EnqueueFailed`; the webhook
answers an empty 500 and counts ``EnqueueFailed``, Meta retries the whole notification and
the FIFO de-duplication drops the messages that did get in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeGuard

from botocore.exceptions import BotoCoreError, ClientError

from connect_privacy import json_text
from connect_privacy.aws_errors import error_code
from connect_privacy.lone_surrogates import replace_lone_surrogates
from connect_privacy.messenger.webhook_events import (
    MAX_ATTACHMENT_URLS,
    MAX_ID_CHARS,
    MAX_MID_CHARS,
    MAX_URL_CHARS,
    Channel,
    CustomerMessage,
    MessageKind,
)

if TYPE_CHECKING:
    from mypy_boto3_sqs.client import SQSClient
    from mypy_boto3_sqs.type_defs import SendMessageBatchRequestEntryTypeDef

SCHEMA_VERSION = 1
_MAX_BATCH_ENTRIES = 10
_MAX_BATCH_BYTES = 256 * 1024


class MalformedQueueMessage(ValueError):
    """A queue body is not this schema (the message never quotes the body)."""


class EnqueueFailed(Exception):
    """SQS did not accept every message; the webhook answers 500 so Meta retries."""


@dataclass(frozen=True)
class QueueEntry:
    body: str
    group_id: str
    deduplication_id: str


def encode(message: CustomerMessage) -> QueueEntry:
    body = {
        "v": SCHEMA_VERSION,
        "channel": message.channel.value,
        "page_id": message.page_id,
        "psid": message.psid,
        "mid": message.mid,
        "timestamp": message.timestamp,
        "kind": message.kind.value,
        "text": replace_lone_surrogates(message.text) if message.text else message.text,
        "attachments": list(message.attachment_types),
    }
    if message.attachment_urls:
        body["attachment_urls"] = list(message.attachment_urls)
    return QueueEntry(
        body=json.dumps(body, ensure_ascii=True, separators=(",", ":")),
        group_id=message_group_id(message.channel, message.page_id, message.psid),
        deduplication_id=_sha256(message_key(message)),
    )


def decode(body: str) -> CustomerMessage:
    try:
        return _message_from(json_text.loads(body))
    except MalformedQueueMessage:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise MalformedQueueMessage("queue message is not the inbound schema") from None


def _message_from(data: Any) -> CustomerMessage:
    if data["v"] != SCHEMA_VERSION:
        raise MalformedQueueMessage("unknown queue message schema version")
    text = data["text"]
    attachments = data["attachments"]
    if not (text is None or isinstance(text, str)) or not isinstance(attachments, list):
        raise MalformedQueueMessage("queue message fields have the wrong types")
    return CustomerMessage(
        channel=Channel(data["channel"]),
        page_id=_text(data["page_id"], MAX_ID_CHARS),
        psid=_text(data["psid"], MAX_ID_CHARS),
        mid=_text(data["mid"], MAX_MID_CHARS),
        timestamp=int(data["timestamp"]),
        kind=MessageKind(data["kind"]),
        text=text,
        attachment_types=tuple(_text(item, MAX_ID_CHARS) for item in attachments),
        attachment_urls=_urls(data.get("attachment_urls", [])),
    )


def message_key(message: CustomerMessage) -> str:
    """The message's identity across channels: Meta's mids are unique within a channel only
    as far as anyone documents, so every key derived from a mid carries the channel too."""
    return f"{message.channel.value}#{message.mid}"


def _urls(value: Any) -> tuple[str, ...]:
    """Optional (bodies written before attachments were fetched have none)."""
    if not isinstance(value, list) or len(value) > MAX_ATTACHMENT_URLS:
        raise MalformedQueueMessage("queue message fields have the wrong types or sizes")
    if not all(_printable_ascii(url) and len(url) <= MAX_URL_CHARS for url in value):
        raise MalformedQueueMessage("queue message fields have the wrong types or sizes")
    return tuple(value)


def message_group_id(channel: Channel, page_id: str, psid: str) -> str:
    return _sha256(f"{channel.value}#{page_id}#{psid}")


class InboundQueue:
    """Sends customer messages to the FIFO queue; ``client`` returns the SQS client
    (an ``aws_clients.Lazy``, so it is built on first use)."""

    def __init__(self, queue_url: str, client: Callable[[], SQSClient]) -> None:
        self._queue_url = queue_url
        self._client = client

    def send(self, messages: Sequence[CustomerMessage]) -> None:
        """Enqueue all, in order; raise EnqueueFailed if SQS rejected any of them."""
        for batch in _batches([encode(message) for message in messages]):
            entries: list[SendMessageBatchRequestEntryTypeDef] = [
                {
                    "Id": str(index),
                    "MessageBody": entry.body,
                    "MessageGroupId": entry.group_id,
                    "MessageDeduplicationId": entry.deduplication_id,
                }
                for index, entry in enumerate(batch)
            ]
            try:
                response = self._client().send_message_batch(
                    QueueUrl=self._queue_url, Entries=entries
                )
            except ClientError as error:
                raise EnqueueFailed(
                    f"SQS refused the batch ({error_code(error, 'Unknown')})"
                ) from None
            except BotoCoreError as error:
                raise EnqueueFailed(f"SQS unreachable ({type(error).__name__})") from None
            failed = response.get("Failed", [])
            if failed:
                codes = sorted({str(item.get("Code", "unknown")) for item in failed})
                raise EnqueueFailed(f"SQS rejected {len(failed)} message(s): {', '.join(codes)}")


def _batches(entries: list[QueueEntry]) -> Iterator[list[QueueEntry]]:
    """Groups of at most 10 entries and 256 KiB, order kept (SQS's batch limits)."""
    batch: list[QueueEntry] = []
    size = 0
    for entry in entries:
        entry_size = len(entry.body)  # ASCII: one byte per character
        if batch and (len(batch) == _MAX_BATCH_ENTRIES or size + entry_size > _MAX_BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(entry)
        size += entry_size
    if batch:
        yield batch


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()


def _text(value: Any, max_chars: int) -> str:
    """An id or a type name: printable ASCII, as the event parser only ever writes them (a
    lone surrogate in a page id would fail every AWS call that carries it, as an unexpected
    error, instead of being refused here)."""
    if not _printable_ascii(value) or not value or len(value) > max_chars:
        raise MalformedQueueMessage("queue message fields have the wrong types or sizes")
    return value


def _printable_ascii(value: Any) -> TypeGuard[str]:
    return isinstance(value, str) and value.isascii() and value.isprintable()
