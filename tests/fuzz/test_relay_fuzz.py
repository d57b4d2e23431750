"""A bounded fuzzing suite for the relay's three entry points (issue 17).

Hypothesis generates hostile input with fixed example counts (no deadline, so the budget is
the example count, not the machine's speed): signed webhook bodies with arbitrary JSON,
unicode with lone surrogates and noncharacters, and oversized fields; SQS bodies for the
inbound worker; streamed chat items for the outbound function. Each property is what the
probe found broken: no 5xx and no crash from customer input, every enqueued body within
SQS's limits and readable by the worker, no record failing as an unexpected error, nothing
sent to a customer that is not for them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import boto3
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from connect_privacy.connect_chat.sessions import (
    ChatSession,
    SessionStatus,
    SessionStore,
    session_key,
)
from connect_privacy.messenger.signature import sign
from connect_privacy.messenger.webhook_events import MAX_ID_CHARS, MAX_MID_CHARS
from connect_privacy.relay.queue import decode, encode
from tests.support.emf import metric_totals
from tests.support.events import (
    APP_SECRET,
    INBOUND_QUEUE,
    PAGE_ID,
    PSID,
    customer_message,
    read_event,
    sqs_batch,
    webhook_post,
)
from tests.support.fakes import FakeComprehend, FakeConnectService
from tests.support.graph_api import FakeGraphApi, running_graph_api
from tests.support.lambda_context import FakeLambdaContext
from tests.support.tables import create_idempotency_table, create_sessions_table

SQS_MESSAGE_LIMIT = 256 * 1024
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any code point, lone surrogates and noncharacters included, plus long runs.
hostile_char = st.one_of(
    st.characters(),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.sampled_from(["\uffff", "\ufffe", "\x00", "\u202e", "\U0001f600", "4", " "]),
)
hostile_text = st.one_of(
    st.text(alphabet=hostile_char, max_size=40),
    st.builds(lambda c, n: c * n, hostile_char, st.integers(0, 25_000)),
)
identifier = st.one_of(
    st.just(PSID),
    st.just(PSID),
    st.just(PSID),
    st.integers(min_value=-5, max_value=10**80),
    st.text(alphabet="0123456789", min_size=1, max_size=3000),
    hostile_text,
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(hostile_text, c, max_size=3),
    max_leaves=10,
)
messaging_event = st.fixed_dictionaries(
    {"sender": st.fixed_dictionaries({"id": identifier})},
    optional={
        "timestamp": st.one_of(st.integers(), hostile_text),
        "message": st.fixed_dictionaries(
            {},
            optional={
                "mid": st.one_of(
                    st.from_regex(r"m_[A-Za-z0-9_-]{1,40}", fullmatch=True),
                    st.from_regex(r"m_[A-Za-z0-9_-]{1,40}", fullmatch=True),
                    st.text(max_size=MAX_MID_CHARS + 5),
                    hostile_text,
                ),
                "text": st.one_of(hostile_text, hostile_text, json_value),
                "is_echo": st.booleans(),
                "attachments": st.lists(
                    st.fixed_dictionaries({"type": st.one_of(hostile_text, json_value)}),
                    max_size=120,
                ),
                "quick_reply": json_value,
            },
        ),
        "postback": st.fixed_dictionaries(
            {}, optional={"title": st.one_of(hostile_text, json_value), "mid": json_value}
        ),
    },
)
valid_mid = st.from_regex(r"m_[A-Za-z0-9_-]{1,40}", fullmatch=True)


def mostly(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``good`` nine times in ten: enough examples get past the parser to reach the encoder."""
    return st.tuples(st.integers(0, 9), good, bad).map(lambda t: t[2] if t[0] == 0 else t[1])


# Mostly well-formed customer messages whose text (and sometimes ids) are hostile, so most
# examples reach the queue encoder; the other shapes cover the parser's refusals.
customer_event = st.builds(
    lambda mid, psid, text, ts, attachments: {
        "sender": {"id": psid},
        "recipient": {"id": PAGE_ID},
        "timestamp": ts,
        "message": {
            "mid": mid,
            "text": text,
            **({"attachments": attachments} if attachments else {}),
        },
    },
    mostly(valid_mid, st.text(max_size=MAX_MID_CHARS + 5)),
    mostly(st.just(PSID), identifier),
    hostile_text.filter(bool),
    st.integers(min_value=-1, max_value=10**20),
    st.lists(st.fixed_dictionaries({"type": st.one_of(hostile_text, json_value)}), max_size=3),
)
webhook_body = st.fixed_dictionaries(
    {
        "object": st.sampled_from(["page"] * 8 + ["instagram", 1]),
        "entry": st.lists(
            st.fixed_dictionaries(
                {
                    "id": mostly(st.just(PAGE_ID), identifier),
                    "messaging": st.lists(
                        mostly(customer_event, st.one_of(messaging_event, json_value)),
                        min_size=1,
                        max_size=4,
                    ),
                },
            ),
            min_size=1,
            max_size=3,
        ),
    }
)


def serialise(payload: Any, escaped: bool) -> bytes:
    """Meta escapes non-ASCII; a body with a lone surrogate can only arrive escaped."""
    text = json.dumps(payload, ensure_ascii=escaped)
    try:
        return text.encode()
    except UnicodeEncodeError:
        return json.dumps(payload).encode()


# --- webhook ---------------------------------------------------------------------------------


@pytest.fixture
def webhook(fresh_handler: Callable[..., ModuleType]) -> ModuleType:
    boto3.client("secretsmanager").create_secret(
        Name="connect-privacy/messenger",
        SecretString=json.dumps({"APP_SECRET": APP_SECRET, "VERIFY_TOKEN": "v", "PAGE_TOKEN": "p"}),
    )
    boto3.client("sqs").create_queue(QueueName=INBOUND_QUEUE, Attributes={"FifoQueue": "true"})
    return fresh_handler("webhook", MAX_BODY_BYTES=str(4 * 1024 * 1024))


def drain() -> list[str]:
    sqs = boto3.client("sqs")
    url = sqs.get_queue_url(QueueName=INBOUND_QUEUE)["QueueUrl"]
    bodies: list[str] = []
    while batch := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages"):
        for message in batch:
            bodies.append(message["Body"])
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return bodies


@FUZZ
@given(payload=webhook_body, escaped=st.booleans(), as_base64=st.booleans())
def test_signed_hostile_notifications_never_fail_and_enqueue_only_bounded_bodies(
    webhook: ModuleType, payload: Any, escaped: bool, as_base64: bool
) -> None:
    body = serialise(payload, escaped)
    drain()

    response = webhook.lambda_handler(
        webhook_post(body, base64_body=as_base64), FakeLambdaContext()
    )

    assert response["statusCode"] in {200, 400, 404}
    for queued in drain():
        assert queued.isascii()
        assert len(queued.encode()) < SQS_MESSAGE_LIMIT
        message = decode(queued)  # the worker can read whatever the webhook wrote
        assert len(message.psid) <= MAX_ID_CHARS and len(message.page_id) <= MAX_ID_CHARS
        assert len(message.mid) <= MAX_MID_CHARS
        assert not any(0xD800 <= ord(c) <= 0xDFFF for c in message.text or "")


@FUZZ
@given(body=st.binary(max_size=300), forged=st.booleans())
def test_bytes_are_refused_unless_signed_and_never_enqueued_unsigned(
    webhook: ModuleType, body: bytes, forged: bool
) -> None:
    drain()
    signature = sign(body, "attacker" if forged else APP_SECRET)
    event = webhook_post(body, signature=signature, base64_body=True)

    response = webhook.lambda_handler(event, FakeLambdaContext())

    assert response["statusCode"] in ({403} if forged else {200, 400, 404})
    if forged:
        assert drain() == []


# --- inbound worker --------------------------------------------------------------------------


@pytest.fixture
def worker(
    fresh_handler: Callable[..., ModuleType],
    function_env: Callable[..., dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[ModuleType, FakeConnectService]:
    env = function_env("inbound")
    dynamodb = boto3.client("dynamodb")
    create_sessions_table(dynamodb, env["SESSIONS_TABLE"])
    create_idempotency_table(dynamodb, env["IDEMPOTENCY_TABLE"])
    connect = FakeConnectService(clock=time.time)
    comprehend = FakeComprehend()
    fakes = {
        "connect": connect.connect_client,
        "connectparticipant": connect.participant_client,
        "comprehend": lambda: comprehend,
    }
    real_client = boto3.client
    monkeypatch.setattr(
        boto3,
        "client",
        lambda service, *a, **k: (
            fakes[service]() if service in fakes else real_client(service, *a, **k)
        ),
    )
    return fresh_handler("inbound"), connect


valid_body = st.builds(
    lambda n, text, psid: encode(customer_message(f"m_fuzz_{n}", text or None, psid=psid)).body,
    st.integers(0, 10**9),
    hostile_text,
    st.sampled_from([PSID, "6901234567890999", "1" * MAX_ID_CHARS]),
)
near_schema = st.builds(
    lambda base, changes: json.dumps({**json.loads(base), **changes}),
    valid_body,
    st.dictionaries(
        st.sampled_from(["v", "channel", "page_id", "psid", "mid", "kind", "text", "attachments"]),
        json_value,
        max_size=2,
    ),
)
queue_body = st.one_of(valid_body, near_schema, hostile_text, json_value.map(json.dumps))


@FUZZ
@given(bodies=st.lists(queue_body, min_size=1, max_size=4))
@example(bodies=["[" * 1987])  # nested past the recursion limit: json raised RecursionError
def test_any_queue_body_is_relayed_or_reported_never_an_unexpected_error(
    worker: tuple[ModuleType, FakeConnectService],
    capsys: pytest.CaptureFixture[str],
    bodies: list[str],
) -> None:
    handler, _ = worker
    capsys.readouterr()
    event = sqs_batch(*bodies)

    response = handler.lambda_handler(event, FakeLambdaContext())

    ids = [record["messageId"] for record in event["Records"]]
    failed = {item["itemIdentifier"] for item in response["batchItemFailures"]}
    assert failed <= set(ids)
    readable = [_readable(body) for body in bodies]
    # FIFO order: once a record fails, the same customer's later ones are failed unread; a
    # readable record alone in its group (or before any failure) is relayed.
    if all(readable):
        assert failed == set()
    totals = metric_totals(capsys.readouterr().out)
    assert totals["UnexpectedErrors"] == 0
    assert totals["AwsClientErrors"] == 0


def _readable(body: str) -> bool:
    try:
        decode(body)
    except ValueError:
        return False
    return True


# --- outbound --------------------------------------------------------------------------------

CONTACT = "c0ffee00-0000-4000-8000-000000000001"


@pytest.fixture
def graph() -> Iterator[FakeGraphApi]:
    with running_graph_api() as api:
        yield api


@pytest.fixture
def outbound(
    fresh_handler: Callable[..., ModuleType],
    function_env: Callable[..., dict[str, str]],
    graph: FakeGraphApi,
    monkeypatch: pytest.MonkeyPatch,
) -> ModuleType:
    env = function_env("outbound")
    dynamodb = boto3.client("dynamodb")
    create_sessions_table(dynamodb, env["SESSIONS_TABLE"])
    create_idempotency_table(dynamodb, env["IDEMPOTENCY_TABLE"])
    boto3.client("secretsmanager").create_secret(
        Name=env["MESSENGER_SECRET_ID"],
        SecretString=json.dumps({"APP_SECRET": APP_SECRET, "VERIFY_TOKEN": "v", "PAGE_TOKEN": "p"}),
    )
    now = int(time.time())
    key = session_key("messenger", PAGE_ID, PSID)
    store = SessionStore(env["SESSIONS_TABLE"], lambda: dynamodb)
    assert store.claim(
        key, channel="messenger", page_id=PAGE_ID, psid=PSID, claim_id="c", now=now,
        ttl_seconds=300,
    )  # fmt: skip
    store.activate(
        key,
        "c",
        ChatSession(
            key=key, channel="messenger", page_id=PAGE_ID, psid=PSID,
            status=SessionStatus.ACTIVE, contact_id=CONTACT, participant_id="p-1",
            participant_token="pt", connection_token="ct", connection_expires_at=now + 86_400,
            started_at=now, last_customer_message_at=now, expires_at=now + 2 * 86_400,
        ),
    )  # fmt: skip
    handler = fresh_handler("outbound", GRAPH_API_BASE_URL=graph.base_url)
    monkeypatch.setattr(handler, "backoff_sleep", lambda seconds: None)
    return handler


ROLES = st.sampled_from(["AGENT", "CUSTOMER", "SYSTEM", "CUSTOM_BOT", "SUPERVISOR", ""])
chat_item = st.fixed_dictionaries(
    {},
    optional={
        "Id": st.one_of(st.uuids().map(str), hostile_text),
        "Type": st.sampled_from(["MESSAGE", "EVENT", "ATTACHMENT", "CONNECTION_ACK", "X"]),
        "ContentType": st.sampled_from(
            [
                "text/plain",
                "text/markdown",
                "application/json",
                "application/vnd.amazonaws.connect.event.typing",
                "application/vnd.amazonaws.connect.event.chat.ended",
                "application/vnd.amazonaws.connect.event.participant.joined",
            ]
        ),
        "Content": st.one_of(hostile_text, json_value),
        "ParticipantRole": ROLES,
        "InitialContactId": st.sampled_from([CONTACT, "unknown", ""]),
        "ContactId": st.sampled_from([CONTACT, "other"]),
        "DisplayName": hostile_text,
        "AbsoluteTime": st.one_of(st.just("2026-11-26T00:00:08.000Z"), hostile_text),
        "Attachments": json_value,
    },
)
sns_message = st.one_of(chat_item.map(json.dumps), hostile_text, json_value.map(json.dumps))
attributes = st.fixed_dictionaries(
    {},
    optional={
        "ParticipantRole": ROLES,
        "MessageVisibility": st.sampled_from(["ALL", "CUSTOMER", "AGENT", ""]),
        "InitialContactId": st.sampled_from([CONTACT, "unknown"]),
    },
)


@FUZZ
@given(items=st.lists(st.tuples(sns_message, attributes), min_size=1, max_size=3))
@example(items=[("[" * 5000, {})])  # nested past the recursion limit
def test_any_streamed_item_is_handled_and_nothing_reaches_a_customer_not_meant_for_them(
    outbound: ModuleType, graph: FakeGraphApi, items: list[tuple[str, dict[str, str]]]
) -> None:
    template = read_event("sns_connect_chat_message")["Records"][0]
    for message, attrs in items:
        record = json.loads(json.dumps(template))
        record["Sns"]["Message"] = message
        record["Sns"]["MessageAttributes"] = {
            name: {"Type": "String", "Value": value} for name, value in attrs.items()
        }
        before = len(graph.requests)

        outbound.lambda_handler({"Records": [record]}, FakeLambdaContext())  # never raises

        if "chat.ended" in message or "CHAT_ENDED" in message:
            continue  # the closing item carries no participant and always passes
        if _body_role(message) == "CUSTOMER" or attrs.get("MessageVisibility") not in {
            "ALL",
            "CUSTOMER",
        }:
            assert len(graph.requests) == before, "an item not for the customer was sent"


def _body_role(message: str) -> object:
    """What the chat item itself says about its sender (it wins over the attributes)."""
    try:
        body = json.loads(message)
    except (ValueError, RecursionError):  # not JSON, or nested past the recursion limit
        return None
    return body.get("ParticipantRole") if isinstance(body, dict) else None
