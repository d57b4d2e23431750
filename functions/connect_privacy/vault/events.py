"""The objects an S3 event names, with their keys decoded exactly once.

Two event shapes reach the vault functions, since the Terraform can wire either:

- **S3 event notifications** (``Records[]``): ``s3.object.key`` is form-encoded
  (``red flower.jpg`` arrives as ``red+flower.jpg``, ``:`` as ``%3A``, UTF-8 as
  percent-escapes), so it is decoded with ``unquote_plus``: ``+`` is a space and
  ``%2B`` a plus.
- **EventBridge "Object Created"** (``detail.object.key``): S3's EventBridge message
  structure documents no URL-encoding and its examples show raw keys, so the key is
  used as it is. Powertools' ``S3EventBridgeNotificationObject.key`` applies
  ``unquote_plus`` to it, which would turn a literal ``+`` into a space and make the
  object unreachable; the raw ``detail`` is read through the generic ``EventBridgeEvent``.

Events about something else (S3's ``s3:TestEvent`` sent when a notification is
configured, ``ObjectRemoved``/"Object Deleted" from our own deletes) name no object to
handle: they give an empty list. A malformed event raises :class:`UnsupportedEvent`:
retrying cannot fix it, but it must not pass silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

from aws_lambda_powertools.utilities.data_classes import EventBridgeEvent, S3Event

_OBJECT_CREATED = "Object Created"


class UnsupportedEvent(ValueError):
    """The event is neither an S3 notification nor an EventBridge Object Created event."""


@dataclass(frozen=True)
class ObjectRef:
    """One object named by an event: bucket, decoded key and, in versioned buckets, version."""

    bucket: str
    key: str
    version_id: str | None = None


def s3_notification_key(raw: str) -> str:
    """Decode a key from an S3 event notification (form-encoded, ``+`` is a space)."""
    return unquote_plus(raw, encoding="utf-8", errors="strict")


def eventbridge_key(raw: str) -> str:
    """A key from S3's EventBridge events is not form-encoded: it is used unchanged."""
    return raw


def object_refs(event: Mapping[str, Any]) -> list[ObjectRef]:
    """Every created object the event names, in event order (a notification may hold several)."""
    if "Records" in event:
        return _from_notification(S3Event(dict(event)))
    if event.get("Event") == "s3:TestEvent":
        return []
    if event.get("source") == "aws.s3" and "detail" in event:
        if event.get("detail-type") != _OBJECT_CREATED:
            return []
        return [_from_eventbridge(EventBridgeEvent(dict(event)))]
    raise UnsupportedEvent("expected an S3 notification or an EventBridge Object Created event")


def _from_notification(event: S3Event) -> list[ObjectRef]:
    refs = []
    if not isinstance(event.get("Records"), list):
        raise UnsupportedEvent("Records is not a list")
    for record in event.records:
        if not str(record.get("eventName", "")).startswith("ObjectCreated:"):
            continue
        s3_object = record.s3.get_object
        try:
            key = s3_notification_key(s3_object.key)
        except UnicodeDecodeError:
            raise UnsupportedEvent("object key is not valid percent-encoded UTF-8") from None
        refs.append(ObjectRef(record.s3.bucket.name, key, _version(s3_object.version_id)))
    return refs


def _from_eventbridge(event: EventBridgeEvent) -> ObjectRef:
    detail = event.detail
    try:
        bucket = str(detail["bucket"]["name"])
        key = eventbridge_key(str(detail["object"]["key"]))
    except (KeyError, TypeError):
        raise UnsupportedEvent("Object Created event without bucket name or object key") from None
    return ObjectRef(bucket, key, _version(detail["object"].get("version-id")))


def _version(value: object) -> str | None:
    # Unversioned buckets send no version id (EventBridge) or null (notifications).
    return str(value) if value else None
