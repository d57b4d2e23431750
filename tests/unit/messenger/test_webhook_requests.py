"""``request_body``, ``verify_subscription`` and ``accept_notification`` as domain functions.

Written to kill the mutants ``make mutation`` found surviving in ``messenger/webhook.py``:
each typed rejection's message (the handler logs it as the reason), the size pre-check's
boundary, strict base64, the handshake's defaults and bounds, and the counts returned.
"""

from __future__ import annotations

import base64
import json

import pytest

from connect_privacy.messenger.signature import sign
from connect_privacy.messenger.webhook import (
    BadRequest,
    Forbidden,
    NotServed,
    accept_notification,
    request_body,
    verify_subscription,
)
from connect_privacy.messenger.webhook_events import Channel, CustomerMessage
from connect_privacy.telemetry import MemoryCounter
from tests.support.events import entry, notification, text_event

SECRET = "synthetic-app-secret"
TOKEN = "synthetic-verify-token"
MESSENGER = frozenset({Channel.MESSENGER})


class ListQueue:
    def __init__(self) -> None:
        self.sent: list[CustomerMessage] = []

    def send(self, messages: object) -> None:
        self.sent.extend(messages)  # type: ignore[arg-type]


def accept(body: bytes, signature: str | None = "auto", counter: MemoryCounter | None = None):
    return accept_notification(
        body,
        sign(body, SECRET) if signature == "auto" else signature,
        app_secret=SECRET,
        channels=MESSENGER,
        queue=ListQueue(),
        counter=counter or MemoryCounter(),
    )


# --- request_body ---------------------------------------------------------------------------


def test_a_base64_body_of_exactly_the_limit_is_accepted() -> None:
    raw = b"x" * 1024
    encoded = base64.b64encode(raw).decode()
    assert len(encoded) == 1368  # a third longer, padded

    assert request_body(encoded, is_base64=True, max_bytes=1024) == raw


@pytest.mark.parametrize("is_base64", [True, False])
def test_one_byte_over_the_limit_is_too_large(is_base64: bool) -> None:
    raw = b"x" * 1025
    text = base64.b64encode(raw).decode() if is_base64 else raw.decode()

    with pytest.raises(BadRequest) as raised:
        request_body(text, is_base64=is_base64, max_bytes=1024)
    assert str(raised.value) == "request body too large"


def test_a_plain_body_of_exactly_the_limit_is_accepted() -> None:
    assert request_body("x" * 1024, is_base64=False, max_bytes=1024) == b"x" * 1024


@pytest.mark.parametrize("text", ["aGk=!!", "aGk", "a GVsbG8=", "\u00e9"])
def test_base64_is_decoded_strictly(text: str) -> None:
    with pytest.raises(BadRequest) as raised:
        request_body(text, is_base64=True, max_bytes=1024)
    assert str(raised.value) == "request body cannot be decoded"


def test_a_plain_body_is_its_utf8_bytes() -> None:
    assert request_body("grüße", is_base64=False, max_bytes=1024) == "grüße".encode()
    assert request_body(None, is_base64=False, max_bytes=1024) == b""


# --- verify_subscription ----------------------------------------------------------------------


def handshake(**params: str) -> dict[str, str]:
    return {"hub.mode": "subscribe", "hub.verify_token": TOKEN, "hub.challenge": "1", **params}


@pytest.mark.parametrize("challenge", ["7", "9" * 256])
def test_challenges_from_one_to_256_characters_are_echoed(challenge: str) -> None:
    assert verify_subscription(handshake(**{"hub.challenge": challenge}), TOKEN) == challenge


@pytest.mark.parametrize(
    "params",
    [
        {"hub.mode": "subscribe", "hub.verify_token": TOKEN},  # no challenge
        handshake(**{"hub.challenge": "9" * 257}),
        handshake(**{"hub.challenge": "dé"}),
        handshake(**{"hub.challenge": "a\tb"}),
        handshake(**{"hub.verify_token": "\ud800"}),  # not encodable: refused, not raised
        {"hub.verify_token": TOKEN, "hub.challenge": "1"},  # no mode
    ],
    ids=["no-challenge", "long", "non-ascii", "unprintable", "surrogate-token", "no-mode"],
)
def test_anything_else_is_refused_with_one_message(params: dict[str, str]) -> None:
    with pytest.raises(Forbidden) as raised:
        verify_subscription(params, TOKEN)
    assert str(raised.value) == "verification refused"


@pytest.mark.parametrize("configured", ["XXXX", "", " "])
def test_a_missing_token_never_matches_whatever_is_configured(configured: str) -> None:
    params = {"hub.mode": "subscribe", "hub.challenge": "1"}
    with pytest.raises(Forbidden):
        verify_subscription(params, configured or "XXXX")


# --- accept_notification ----------------------------------------------------------------------


def test_rejections_say_why_without_quoting_the_body() -> None:
    body = notification(entry(text_event("m_1", "4111 1111 1111 1111"))).encode()
    cases = [
        (lambda: accept(body, signature="sha256=" + "0" * 64), Forbidden,
         "signature missing or invalid"),
        (lambda: accept(b"not json"), BadRequest, "body is not JSON"),
        (lambda: accept(json.dumps({"object": "user", "entry": []}).encode()), NotServed,
         "notification object not served"),
        (lambda: accept(b'{"object": "page"}'), BadRequest, "body is not a webhook notification"),
    ]  # fmt: skip
    for call, error_type, message in cases:
        with pytest.raises(error_type) as raised:
            call()
        assert str(raised.value) == message


def test_counts_are_returned_and_published_per_reason() -> None:
    echo = {**text_event("m_e", "ours"), "message": {"mid": "m_e", "is_echo": True}}
    body = notification(
        entry(text_event("m_1", "one", ts=1), text_event("m_2", "two", ts=2), echo, echo)
    ).encode()
    counter = MemoryCounter()

    accepted = accept(body, counter=counter)

    assert accepted.enqueued == 2
    assert dict(accepted.dropped) == {"Echo": 2}
    assert counter.totals == {"MessagesEnqueued": 2, "EventsDroppedEcho": 2}


@pytest.mark.parametrize("is_base64", [True, False])
def test_a_body_far_over_the_limit_is_refused_before_decoding(is_base64: bool) -> None:
    # The cheap pre-check's own refusal (mutation testing: its message was never asserted).
    with pytest.raises(BadRequest) as raised:
        request_body("QUFB" * 2000, is_base64=is_base64, max_bytes=1024)
    assert str(raised.value) == "request body too large"
