"""The webhook's two requests from Meta, as domain functions the HTTP handler calls.

``verify_subscription`` answers the GET handshake. ``accept_notification`` checks the POST's
signature over the raw bytes, parses every event and enqueues the customer messages; it never
calls Comprehend or Connect, so Meta gets its 200 well inside five seconds. Rejections are
typed (:class:`WebhookRejected` carries the HTTP status) and mapped in one place, the handler.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from connect_privacy import json_text
from connect_privacy.messenger.signature import signature_is_valid
from connect_privacy.messenger.webhook_events import (
    Channel,
    CustomerMessage,
    DropReason,
    MalformedNotification,
    UnsupportedObject,
    parse_notification,
)
from connect_privacy.telemetry import Counter

_MAX_CHALLENGE_CHARS = 256


class WebhookRejected(Exception):
    """A request the webhook refuses; ``status_code`` is the HTTP answer."""

    status_code = 400


class BadRequest(WebhookRejected):
    status_code = 400


class Forbidden(WebhookRejected):
    status_code = 403


class NotServed(WebhookRejected):
    status_code = 404


class Enqueuer(Protocol):
    def send(self, messages: Sequence[CustomerMessage]) -> None: ...


@dataclass(frozen=True)
class Accepted:
    enqueued: int
    dropped: Mapping[DropReason, int]


def request_body(body: str | None, *, is_base64: bool, max_bytes: int) -> bytes:
    """The exact bytes Meta sent: API Gateway may hand them over base64-encoded."""
    text = body or ""
    # Cheap pre-check first: base64 is a third longer than the bytes it encodes.
    if len(text) > max_bytes * 4 // 3 + 4:
        raise BadRequest("request body too large")
    try:
        raw = (
            base64.b64decode(text.encode("ascii"), validate=True)
            if is_base64
            else text.encode("utf-8")
        )
    except (binascii.Error, UnicodeEncodeError):
        raise BadRequest("request body cannot be decoded") from None
    if len(raw) > max_bytes:
        raise BadRequest("request body too large")
    return raw


def verify_subscription(params: Mapping[str, str], verify_token: str) -> str:
    """The challenge to echo when mode and token match; Forbidden otherwise."""
    mode = params.get("hub.mode", "")
    token = params.get("hub.verify_token", "").encode("utf-8", "replace")
    challenge = params.get("hub.challenge", "")
    token_matches = hmac.compare_digest(token, verify_token.encode())
    if mode != "subscribe" or not token_matches:
        raise Forbidden("verification refused")
    if not (0 < len(challenge) <= _MAX_CHALLENGE_CHARS and challenge.isascii()):
        raise Forbidden("verification refused")
    if not challenge.isprintable():
        raise Forbidden("verification refused")
    return challenge


def accept_notification(
    body: bytes,
    signature: str | None,
    *,
    app_secret: str,
    channels: frozenset[Channel],
    queue: Enqueuer,
    counter: Counter,
    instagram_app_secret: str | None = None,
) -> Accepted:
    """Verify, parse and enqueue one POST; nothing is enqueued unless the signature holds.

    The Meta app secret signs notifications of every channel (Messenger, and Instagram
    through the Messenger Platform); the Instagram app secret of "API setup with Instagram
    login", when there is one, is trusted for ``"object": "instagram"`` notifications only.
    """
    if not signature_is_valid(body, signature, app_secret):
        if not (
            instagram_app_secret
            and Channel.INSTAGRAM in channels
            and signature_is_valid(body, signature, instagram_app_secret)
        ):
            counter.count("WebhookSignatureRejected")
            raise Forbidden("signature missing or invalid")
        signed_for: frozenset[Channel] | None = frozenset({Channel.INSTAGRAM})
    else:
        signed_for = None
    try:
        payload: Any = json_text.loads(body)
    except ValueError:
        raise BadRequest("body is not JSON") from None
    try:
        notification = parse_notification(payload, signed_for or channels)
    except UnsupportedObject:
        if signed_for is not None:
            # Signed with the Instagram app secret, but not an Instagram notification.
            counter.count("WebhookSignatureRejected")
            raise Forbidden("signature missing or invalid") from None
        raise NotServed("notification object not served") from None
    except MalformedNotification:
        raise BadRequest("body is not a webhook notification") from None
    if notification.messages:
        queue.send(notification.messages)
    counter.count("MessagesEnqueued", len(notification.messages))
    for reason, count in notification.dropped.items():
        counter.count(f"EventsDropped{reason.value}", count)
    return Accepted(enqueued=len(notification.messages), dropped=notification.dropped)
