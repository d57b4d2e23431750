"""The webhook Lambda end to end: API Gateway HTTP API events in, moto's FIFO queue out."""

from __future__ import annotations

import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connect_privacy.messenger.signature import sign
from connect_privacy.messenger.webhook_events import Channel
from connect_privacy.relay.queue import message_group_id
from tests.support.emf import metric_totals
from tests.support.events import entry, notification, text_event, webhook_post

APP_SECRET = "synthetic-app-secret"
VERIFY_TOKEN = "synthetic-verify-token"
PAGE = "104123456789012"
PSID = "6901234567890123"
QUEUE = "connect-privacy-inbound.fifo"


@pytest.fixture
def webhook(fresh_handler: Callable[..., ModuleType]) -> Callable[..., ModuleType]:
    """Import the handler against moto, with the secret and the FIFO queue in place."""
    secrets = boto3.client("secretsmanager")
    secrets.create_secret(
        Name="connect-privacy/messenger",
        SecretString=json.dumps(
            {"APP_SECRET": APP_SECRET, "VERIFY_TOKEN": VERIFY_TOKEN, "PAGE_TOKEN": "page-token"}
        ),
    )
    boto3.client("sqs").create_queue(
        QueueName=QUEUE, Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "false"}
    )

    loaded: dict[tuple[tuple[str, str], ...], ModuleType] = {}

    def load(**overrides: str) -> ModuleType:
        # Reused across hypothesis examples of one test: importing per example is the slow part.
        key = tuple(sorted(overrides.items()))
        if key not in loaded:
            loaded[key] = fresh_handler("webhook", **overrides)
        return loaded[key]

    return load


def queued() -> list[dict[str, Any]]:
    """Drain the queue: FIFO holds back a group's later messages until earlier ones are deleted."""
    sqs = boto3.client("sqs")
    url = sqs.get_queue_url(QueueName=QUEUE)["QueueUrl"]
    messages: list[dict[str, Any]] = []
    while True:
        batch = sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, AttributeNames=["All"], VisibilityTimeout=60
        ).get("Messages", [])
        if not batch:
            return messages
        messages.extend(batch)
        for message in batch:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])


def bodies(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [json.loads(message["Body"]) for message in messages]


# --- GET: Meta's verification handshake ------------------------------------------------------


def test_verification_echoes_the_challenge_as_plain_text(
    webhook, load_event, lambda_context
) -> None:
    response = webhook().lambda_handler(load_event("apigw_http_messenger_verify"), lambda_context)
    assert response["statusCode"] == 200
    assert response["body"] == "1158201444"
    assert response["headers"]["Content-Type"] == "text/plain"


@pytest.mark.parametrize(
    "params",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.challenge": "1"},
        {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": ""},
        {"hub.mode": "subscribe", "hub.verify_token": "ünïcode", "hub.challenge": "1"},
        {},
    ],
)
def test_verification_with_anything_else_is_forbidden(
    webhook, load_event, lambda_context, params: dict[str, str]
) -> None:
    event = load_event("apigw_http_messenger_verify")
    event["queryStringParameters"] = params or None
    response = webhook().lambda_handler(event, lambda_context)
    assert response["statusCode"] == 403
    assert response["body"] == ""


# --- POST: signature --------------------------------------------------------------------------


def test_the_canonical_signed_notification_is_enqueued(webhook, load_event, lambda_context) -> None:
    response = webhook().lambda_handler(load_event("apigw_http_messenger_post"), lambda_context)
    assert response["statusCode"] == 200
    [message] = queued()
    body = json.loads(message["Body"])
    assert body["mid"] == "m_synthetic-mid-0001"
    assert body["text"].endswith("äöå")  # Meta's \u00e4 escapes, decoded once, kept exact
    assert message["Attributes"]["MessageGroupId"] == message_group_id(
        Channel.MESSENGER, PAGE, PSID
    )
    assert PSID not in message["Attributes"]["MessageGroupId"]


def test_a_base64_encoded_body_is_verified_over_its_decoded_bytes(
    webhook, load_event, lambda_context
) -> None:
    body = notification(entry(text_event("m_1", "grüße 👋")))
    response = webhook().lambda_handler(webhook_post(body, base64_body=True), lambda_context)
    assert response["statusCode"] == 200
    assert [b["text"] for b in bodies(queued())] == ["grüße 👋"]


def test_signing_re_serialised_json_would_not_match_metas_escaped_bytes(
    webhook, load_event, lambda_context
) -> None:
    sent = notification(entry(text_event("m_1", "äöå")))  # \u00e4\u00f6\u00e5 on the wire
    reserialised = json.dumps(json.loads(sent), ensure_ascii=False)
    event = webhook_post(sent, signature=sign(reserialised.encode(), APP_SECRET))
    assert webhook().lambda_handler(event, lambda_context)["statusCode"] == 403
    assert queued() == []


@pytest.mark.parametrize(
    "signature",
    [None, "", "sha256=", "sha256=" + "0" * 64, "sha1=abc", "sha256=ünïcode", "garbage"],
)
def test_a_missing_or_wrong_signature_is_forbidden_and_enqueues_nothing(
    webhook, load_event, lambda_context, signature: str | None
) -> None:
    event = webhook_post(notification(entry(text_event("m_1", "hi"))), signature=signature)
    response = webhook().lambda_handler(event, lambda_context)
    assert response["statusCode"] == 403
    assert response["body"] == ""
    assert queued() == []


def test_a_signature_from_another_secret_is_forbidden(webhook, load_event, lambda_context) -> None:
    body = notification(entry(text_event("m_1", "hi")))
    event = webhook_post(body, signature=sign(body.encode(), "other-secret"))
    assert webhook().lambda_handler(event, lambda_context)["statusCode"] == 403


def test_an_uppercase_hex_signature_is_accepted(webhook, load_event, lambda_context) -> None:
    body = notification(entry(text_event("m_1", "hi")))
    signature = "sha256=" + sign(body.encode(), APP_SECRET).removeprefix("sha256=").upper()
    event = webhook_post(body, signature=signature)
    assert webhook().lambda_handler(event, lambda_context)["statusCode"] == 200


# --- POST: body and object ---------------------------------------------------------------------


@pytest.mark.parametrize("body", ["not json", "", "[[[" * 100_000, '{"object": "page"}', "[]"])
def test_a_signed_body_that_is_not_a_notification_is_a_bad_request(
    webhook, load_event, lambda_context, body: str
) -> None:
    response = webhook().lambda_handler(webhook_post(body), lambda_context)
    assert response["statusCode"] == 400
    assert queued() == []


def test_a_body_over_the_size_limit_is_a_bad_request(webhook, load_event, lambda_context) -> None:
    body = notification(entry(text_event("m_1", "x" * 5000)))
    handler = webhook(MAX_BODY_BYTES="4096")
    assert handler.lambda_handler(webhook_post(body), lambda_context)["statusCode"] == 400
    assert (
        handler.lambda_handler(webhook_post(body, base64_body=True), lambda_context)["statusCode"]
        == 400
    )


def test_a_base64_body_that_does_not_decode_is_a_bad_request(
    webhook, load_event, lambda_context
) -> None:
    event = webhook_post("{}")
    event["body"], event["isBase64Encoded"] = "%%% not base64 %%%", True
    assert webhook().lambda_handler(event, lambda_context)["statusCode"] == 400


@pytest.mark.parametrize("obj", ["user", "whatsapp_business_account", "instagram"])
def test_objects_not_served_are_not_found(webhook, load_event, lambda_context, obj: str) -> None:
    body = notification(entry(text_event("m_1", "hi")), obj=obj)
    response = webhook().lambda_handler(webhook_post(body), lambda_context)
    assert response["statusCode"] == 404
    assert queued() == []


def test_instagram_uses_the_same_path_once_enabled(webhook, load_event, lambda_context) -> None:
    body = notification(entry(text_event("m_ig", "hi", psid="17841400000000001")), obj="instagram")
    handler = webhook(WEBHOOK_CHANNELS="messenger,instagram")
    assert handler.lambda_handler(webhook_post(body), lambda_context)["statusCode"] == 200
    assert [b["channel"] for b in bodies(queued())] == ["instagram"]


# --- POST: events ------------------------------------------------------------------------------


def test_every_entry_and_every_event_is_handled_and_the_rest_counted(
    webhook, load_event, lambda_context, capsys
) -> None:
    other = "6901234567890999"
    body = notification(
        entry(
            text_event("m_2", "second", ts=2),
            {
                "sender": {"id": PSID},
                "recipient": {"id": PAGE},
                "timestamp": 3,
                "message": {
                    "mid": "m_3",
                    "attachments": [{"type": "image", "payload": {"url": "https://x"}}],
                },
            },
            {
                "sender": {"id": PAGE},
                "recipient": {"id": PSID},
                "timestamp": 4,
                "message": {"mid": "m_echo", "is_echo": True, "text": "our own reply"},
            },
            {
                "sender": {"id": PSID},
                "recipient": {"id": PAGE},
                "timestamp": 5,
                "read": {"watermark": 1},
            },
        ),
        entry(
            text_event("m_1", "first", ts=1),
            {
                "sender": {"id": other},
                "recipient": {"id": PAGE},
                "timestamp": 6,
                "message": {"mid": "m_4", "text": "Yes", "quick_reply": {"payload": "YES"}},
            },
            {
                "sender": {"id": other},
                "recipient": {"id": PAGE},
                "timestamp": 7,
                "postback": {"mid": "m_5", "title": "Talk to an agent", "payload": "AGENT"},
            },
            {"sender": {"id": other}, "recipient": {"id": PAGE}, "delivery": {"watermark": 1}},
            {
                "sender": {"id": other},
                "recipient": {"id": PAGE},
                "timestamp": 8,
                "reaction": {"reaction": "love", "emoji": "❤", "action": "react", "mid": "m_1"},
            },
        ),
    )
    response = webhook().lambda_handler(webhook_post(body), lambda_context)
    assert response["statusCode"] == 200
    got = bodies(queued())
    assert [(b["mid"], b["kind"]) for b in got] == [
        ("m_1", "text"),
        ("m_2", "text"),
        ("m_3", "attachments"),
        ("m_4", "quick_reply"),
        ("m_5", "postback"),
    ]
    assert got[2]["attachments"] == ["image"]
    # The CDN link travels (encrypted queue) only for the worker to fetch and screen it.
    assert got[2]["attachment_urls"] == ["https://x"]
    assert "https://x" not in json.dumps([b for b in got if b["mid"] != "m_3"])
    totals = metric_totals(capsys.readouterr().out)
    assert totals["MessagesEnqueued"] == 5
    assert totals["EventsDroppedEcho"] == totals["EventsDroppedRead"] == 1
    assert totals["EventsDroppedDelivery"] == totals["EventsDroppedReaction"] == 1


def test_more_than_ten_messages_are_enqueued_in_order(webhook, load_event, lambda_context) -> None:
    events = [text_event(f"m_{n:02}", f"message {n}", ts=n + 1) for n in range(23)]
    body = notification(entry(*events))
    assert webhook().lambda_handler(webhook_post(body), lambda_context)["statusCode"] == 200
    assert [b["mid"] for b in bodies(queued())] == [f"m_{n:02}" for n in range(23)]


def test_a_duplicate_delivery_from_meta_is_enqueued_once(
    webhook, load_event, lambda_context
) -> None:
    handler = webhook()
    event = load_event("apigw_http_messenger_post")
    assert handler.lambda_handler(event, lambda_context)["statusCode"] == 200
    assert handler.lambda_handler(event, lambda_context)["statusCode"] == 200
    assert len(queued()) == 1


# --- secrets -----------------------------------------------------------------------------------


@pytest.mark.parametrize("secret", [None, "not json", '{"APP_SECRET": "only this"}'])
def test_a_missing_or_malformed_secret_is_a_500_without_details(
    webhook, load_event, lambda_context, capsys, secret: str | None
) -> None:
    secrets = boto3.client("secretsmanager")
    secrets.delete_secret(SecretId="connect-privacy/messenger", ForceDeleteWithoutRecovery=True)
    if secret is not None:
        secrets.create_secret(Name="connect-privacy/messenger", SecretString=secret)
    response = webhook().lambda_handler(load_event("apigw_http_messenger_post"), lambda_context)
    assert response["statusCode"] == 500
    assert response["body"] == ""
    assert queued() == []
    logs = capsys.readouterr().out
    assert "Messenger secret unavailable" in logs
    assert "only this" not in logs


def test_a_rotated_app_secret_takes_effect_after_the_cache_ttl(
    webhook, load_event, lambda_context
) -> None:
    handler = webhook(MESSENGER_SECRET_MAX_AGE_SECONDS="0")
    boto3.client("secretsmanager").put_secret_value(
        SecretId="connect-privacy/messenger",
        SecretString=json.dumps({"APP_SECRET": "rotated", "VERIFY_TOKEN": "v", "PAGE_TOKEN": "p"}),
    )
    body = notification(entry(text_event("m_1", "hi")))
    old = webhook_post(body)
    new = webhook_post(body, signature=sign(body.encode(), "rotated"))
    assert handler.lambda_handler(old, lambda_context)["statusCode"] == 403
    assert handler.lambda_handler(new, lambda_context)["statusCode"] == 200


# --- hostile input -----------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
event_like = st.fixed_dictionaries(
    {
        "sender": st.fixed_dictionaries(
            {"id": st.one_of(st.just(PSID), st.integers(), st.text(max_size=5))}
        )
    },
    optional={
        "timestamp": st.one_of(st.integers(), st.text(max_size=5)),
        "message": st.fixed_dictionaries(
            {},
            optional={
                "mid": st.text(max_size=8),
                "text": st.one_of(st.text(max_size=30), json_values),
                "is_echo": st.booleans(),
                "attachments": json_values,
                "quick_reply": json_values,
            },
        ),
        "postback": st.fixed_dictionaries({}, optional={"title": json_values, "mid": json_values}),
        "read": json_values,
    },
)
notifications = st.fixed_dictionaries(
    {
        "object": st.sampled_from(["page", "instagram", "user", 7]),
        "entry": st.lists(
            st.fixed_dictionaries(
                {"id": st.one_of(st.just(PAGE), json_values)},
                optional={
                    "messaging": st.lists(event_like | json_values, max_size=4),
                    "standby": json_values,
                },
            ),
            max_size=3,
        ),
    },
)
hostile_bodies = st.one_of(
    notifications.map(lambda value: json.dumps(value).encode()),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=hostile_bodies, signed=st.booleans(), as_base64=st.booleans())
def test_hostile_bodies_never_cause_a_5xx_nor_enqueue_unsigned(
    webhook, load_event, lambda_context, body: bytes, signed: bool, as_base64: bool
) -> None:
    handler = webhook()
    event = webhook_post(
        body,
        signature="auto" if signed else sign(body, "attacker"),
        base64_body=as_base64 or not _is_utf8(body),
    )
    queued()  # drain what earlier examples left
    response = handler.lambda_handler(event, lambda_context)
    assert response["statusCode"] in {200, 400, 403, 404}
    if not signed:
        assert response["statusCode"] in {400, 403}
        assert queued() == []


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode()
    except UnicodeDecodeError:
        return False
    return True


# --- regressions from the adversarial probe (issue 17) -----------------------------------------


def test_a_forged_signature_is_counted(webhook, lambda_context, capsys) -> None:
    body = notification(entry(text_event("m_1", "hi")))
    event = webhook_post(body, signature=sign(body.encode(), "attacker"))

    assert webhook().lambda_handler(event, lambda_context)["statusCode"] == 403

    totals = metric_totals(capsys.readouterr().out)
    assert totals["WebhookSignatureRejected"] == 1
    assert totals["WebhookRejected403"] == 1
    assert totals["MessagesEnqueued"] == 0


def test_a_lone_surrogate_does_not_fail_the_notification(webhook, lambda_context) -> None:
    # Reproduction: "\ud800" escaped in the JSON text raised UnicodeEncodeError when the
    # queue body was encoded, failing every customer's message in the notification.
    body = notification(
        entry(
            text_event("m_1", "broken \ud800 text", ts=1),
            text_event("m_2", "another customer", psid="6901234567890999", ts=2),
        )
    )
    assert "\\ud800" in body

    response = webhook().lambda_handler(webhook_post(body), lambda_context)

    assert response["statusCode"] == 200
    assert sorted(b["text"] for b in bodies(queued())) == [
        "another customer",
        "broken \ufffd text",
    ]


def test_bodies_that_expand_when_escaped_are_enqueued_in_batches_sqs_accepts(
    webhook, lambda_context
) -> None:
    # Reproduction: a body under MAX_BODY_BYTES whose queue entries, once encoded, passed
    # SQS's batch limit raised BatchRequestTooLong out of the handler.
    emoji = "\U0001f600" * 20_000
    events = [text_event(f"m_{n}", emoji, ts=n + 1) for n in range(3)]
    body = json.dumps({"object": "page", "entry": [entry(*events)]}, ensure_ascii=False)
    assert len(body.encode()) < 1024 * 1024

    response = webhook().lambda_handler(webhook_post(body), lambda_context)

    assert response["statusCode"] == 200
    assert [b["mid"] for b in bodies(queued())] == ["m_0", "m_1", "m_2"]


def test_a_missing_queue_is_the_documented_empty_500_and_metric(
    webhook, lambda_context, capsys
) -> None:
    # Reproduction: QueueDoesNotExist escaped as an unhandled exception.
    handler = webhook(
        INBOUND_QUEUE_URL="https://sqs.eu-west-2.amazonaws.com/123456789012/gone.fifo"
    )
    body = notification(entry(text_event("m_1", "hi")))

    response = handler.lambda_handler(webhook_post(body), lambda_context)

    assert response["statusCode"] == 500
    assert response["body"] == ""
    out = capsys.readouterr().out
    assert metric_totals(out)["EnqueueFailed"] == 1
    assert "enqueue failed" in out
    assert PSID not in out


def test_a_partial_batch_failure_is_a_500_so_meta_retries(webhook, lambda_context, capsys) -> None:
    handler = webhook()
    body = notification(entry(text_event("m_1", "one", ts=1), text_event("m_2", "two", ts=2)))
    with Stubber(handler.sqs()) as stub:
        stub.add_response(
            "send_message_batch",
            {
                "Successful": [{"Id": "0", "MessageId": "a", "MD5OfMessageBody": "b"}],
                "Failed": [{"Id": "1", "SenderFault": False, "Code": "InternalError"}],
            },
        )
        response = handler.lambda_handler(webhook_post(body), lambda_context)

    assert response["statusCode"] == 500
    assert metric_totals(capsys.readouterr().out)["EnqueueFailed"] == 1


@pytest.mark.parametrize(
    "event",
    [
        {**text_event("m_1", "hi"), "sender": {"id": "7" * 3000}},
        {**text_event("m_1", "hi"), "sender": {"id": 10**3999}},
        text_event("m_" + "x" * 600_000, "hi"),
    ],
    ids=["psid-3000-chars", "psid-4000-digits", "mid-600000-chars"],
)
def test_oversized_identifiers_are_dropped_and_never_logged(
    webhook, lambda_context, capsys, event: dict[str, Any]
) -> None:
    body = notification(entry(event))
    handler = webhook(MAX_BODY_BYTES=str(2 * 1024 * 1024))

    response = handler.lambda_handler(webhook_post(body), lambda_context)

    assert response["statusCode"] == 200
    assert queued() == []
    out = capsys.readouterr().out
    assert metric_totals(out)["EventsDroppedMalformed"] == 1
    assert "x" * 100 not in out and "7" * 100 not in out and "9" * 100 not in out


def test_a_page_id_of_3000_characters_is_dropped(webhook, lambda_context, capsys) -> None:
    body = notification(entry(text_event("m_1", "hi"), page="1" * 3000))

    assert webhook().lambda_handler(webhook_post(body), lambda_context)["statusCode"] == 200
    assert queued() == []
    assert metric_totals(capsys.readouterr().out)["EventsDroppedMalformed"] == 1
