"""Canonical events (``tests/events/``, documented shapes) and builders of their variants.

Every builder starts from a canonical event or the documented shape and changes only what
the test names, so a test reads as "the canonical event, except ...".
"""

from __future__ import annotations

import base64
import json
from copy import deepcopy
from pathlib import Path
from typing import Any

from connect_privacy.messenger.signature import sign
from connect_privacy.messenger.webhook_events import Channel, CustomerMessage, MessageKind
from tests.support.lambda_context import ACCOUNT_ID, REGION

TESTS_DIR = Path(__file__).resolve().parent.parent
EVENTS_DIR = TESTS_DIR / "events"
ENV_DIR = TESTS_DIR / "env"

# The synthetic identities the canonical events use.
PAGE_ID = "104123456789012"
PSID = "6901234567890123"
APP_SECRET = "synthetic-app-secret"
INBOUND_QUEUE = "connect-privacy-inbound.fifo"
# Instagram: the professional account (webhook ``entry.id``) and a customer's IGSID, as in
# tests/events/instagram_webhook_notification.json.
IG_ACCOUNT_ID = "17841400000000042"
IGSID = "1234567890123456"
INSTAGRAM_APP_SECRET = "synthetic-instagram-app-secret"


def read_event(name: str) -> dict[str, Any]:
    """A fresh copy of ``tests/events/<name>.json``."""
    path = EVENTS_DIR / (name if name.endswith(".json") else f"{name}.json")
    event: dict[str, Any] = json.loads(path.read_text())
    return event


def read_function_env(function: str) -> dict[str, str]:
    """The complete, valid environment of one function (``tests/env/<function>.json``)."""
    env: dict[str, str] = json.loads((ENV_DIR / f"{function}.json").read_text())
    return env


# --- Meta's webhook (API Gateway HTTP API, payload format 2.0) ---------------------------


def notification(*entries: dict[str, Any], obj: str = "page") -> str:
    """A webhook body as Meta sends it: non-ASCII escaped (``ensure_ascii``), signed as is."""
    return json.dumps({"object": obj, "entry": list(entries)})


def entry(*events: dict[str, Any], page: str = PAGE_ID) -> dict[str, Any]:
    return {"id": page, "time": 1764115200000, "messaging": list(events)}


def text_event(mid: str, text: str, *, psid: str = PSID, ts: int = 1764115199000) -> dict[str, Any]:
    return {
        "sender": {"id": psid},
        "recipient": {"id": PAGE_ID},
        "timestamp": ts,
        "message": {"mid": mid, "text": text},
    }


def webhook_post(
    body: bytes | str,
    *,
    signature: str | None = "auto",
    base64_body: bool = False,
    app_secret: str = APP_SECRET,
) -> dict[str, Any]:
    """The canonical POST carrying ``body``, signed with ``app_secret`` unless told otherwise."""
    raw = body.encode() if isinstance(body, str) else body
    event = read_event("apigw_http_messenger_post")
    event["headers"].pop("x-hub-signature-256")
    if signature == "auto":
        signature = sign(raw, app_secret)
    if signature is not None:
        event["headers"]["x-hub-signature-256"] = signature
    if base64_body:
        event["body"], event["isBase64Encoded"] = base64.b64encode(raw).decode(), True
    else:
        event["body"], event["isBase64Encoded"] = raw.decode(), False
    return event


# --- the inbound FIFO queue (SQS event source mapping) ------------------------------------


def customer_message(
    mid: str,
    text: str | None = None,
    *,
    psid: str = PSID,
    kind: MessageKind = MessageKind.TEXT,
    attachments: tuple[str, ...] = (),
) -> CustomerMessage:
    return CustomerMessage(
        Channel.MESSENGER, PAGE_ID, psid, mid, 1764115199000, kind, text, attachments
    )


def instagram_message(mid: str, text: str | None = None, *, igsid: str = IGSID) -> CustomerMessage:
    return CustomerMessage(
        Channel.INSTAGRAM, IG_ACCOUNT_ID, igsid, mid, 1764115199000, MessageKind.TEXT, text
    )


def sqs_record(message: dict[str, Any], queue: str = INBOUND_QUEUE) -> dict[str, Any]:
    """A received SQS message in the shape Lambda's event source mapping delivers it."""
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": message["Attributes"],
        "messageAttributes": {},
        "md5OfBody": message["MD5OfBody"],
        "eventSource": "aws:sqs",
        "eventSourceARN": f"arn:aws:sqs:{REGION}:{ACCOUNT_ID}:{queue}",
        "awsRegion": REGION,
    }


def sqs_batch(*bodies: str) -> dict[str, Any]:
    """The canonical batch's first record, once per ``body``, with distinct message ids."""
    template = read_event("sqs_fifo_batch")["Records"][0]
    records = []
    for index, body in enumerate(bodies):
        record = deepcopy(template)
        record["messageId"] = f"0c4a5b1e-2f6e-4c8e-9d1a-{index:012d}"
        record["body"] = body
        records.append(record)
    return {"Records": records}


# --- Connect chat streaming (SNS) ----------------------------------------------------------


def with_item(name: str, **fields: Any) -> dict[str, Any]:
    """A canonical event whose chat item (the JSON string in ``Message``) has ``fields``."""
    event = read_event(name)
    for record in event["Records"]:
        body = json.loads(record["Sns"]["Message"])
        body.update(fields)
        record["Sns"]["Message"] = json.dumps(body)
    return event


def agent_says(text: str, *, item_id: str = "msg-0001", **fields: Any) -> dict[str, Any]:
    return with_item("sns_connect_chat_message", Content=text, Id=item_id, **fields)


def agent_says_in(contact_id: str, text: str, *, item_id: str) -> dict[str, Any]:
    """An agent's message in the chat whose initial contact is ``contact_id``."""
    event = agent_says(text, item_id=item_id, InitialContactId=contact_id, ContactId=contact_id)
    for record in event["Records"]:
        attributes = record["Sns"]["MessageAttributes"]
        attributes["InitialContactId"]["Value"] = attributes["ContactId"]["Value"] = contact_id
    return event
