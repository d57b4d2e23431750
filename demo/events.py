"""Event shapes as the AWS services deliver them to Lambda, and Meta's side of the webhook.

- API Gateway HTTP API, payload format 2.0 (lower-case headers, raw body string):
  https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
- SQS (one record per received message, FIFO attributes included):
  https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
- SNS (one record per notification): https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
- S3 event notifications (URL-encoded keys):
  https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html

Meta signs the exact body bytes with HMAC-SHA256 keyed with the app secret and sends
``X-Hub-Signature-256: sha256=<hex>``; it serialises with non-ASCII escaped.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote_plus, urlencode

API_ID = "demo000001"


def meta_text_notification(
    page_id: str, psid: str, mid: str, text: str, at_ms: int, *, obj: str = "page"
) -> bytes:
    """A ``messages`` webhook notification as Meta sends it (ASCII, escaped): Messenger's
    ``"object": "page"``, or Instagram's ``"instagram"`` with the account id and an IGSID."""
    return _notification(obj, page_id, psid, at_ms, {"mid": mid, "text": text})


def meta_attachment_notification(
    page_id: str, psid: str, mid: str, kind: str, url: str, at_ms: int
) -> bytes:
    """A Messenger message with one attachment: its type and Meta's CDN ``payload.url``."""
    attachment = {"type": kind, "payload": {"url": url}}
    return _notification("page", page_id, psid, at_ms, {"mid": mid, "attachments": [attachment]})


def _notification(obj: str, page_id: str, psid: str, at_ms: int, message: dict[str, Any]) -> bytes:
    """One entry with one ``messaging`` event carrying ``message``, as Meta encodes it."""
    event = {
        "sender": {"id": psid},
        "recipient": {"id": page_id},
        "timestamp": at_ms,
        "message": message,
    }
    body = {"object": obj, "entry": [{"id": page_id, "time": at_ms, "messaging": [event]}]}
    return json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode()


def meta_signature(body: bytes, app_secret: str) -> str:
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def http_api_event(
    method: str,
    path: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    query: dict[str, str] | None = None,
    region: str,
    account_id: str,
) -> dict[str, Any]:
    now = datetime.now(UTC)
    all_headers = {
        "accept": "*/*",
        "content-type": "application/json",
        "host": f"{API_ID}.execute-api.{region}.amazonaws.com",
        "user-agent": "facebookexternalua",
        "x-forwarded-for": "203.0.113.10",
        "x-forwarded-port": "443",
        "x-forwarded-proto": "https",
        **{k.lower(): v for k, v in (headers or {}).items()},
    }
    if body is not None:
        all_headers["content-length"] = str(len(body))
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": f"{method} {path}",
        "rawPath": path,
        "rawQueryString": urlencode(query or {}),
        "headers": all_headers,
        "requestContext": {
            "accountId": account_id,
            "apiId": API_ID,
            "domainName": all_headers["host"],
            "domainPrefix": API_ID,
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": "203.0.113.10",
                "userAgent": "facebookexternalua",
            },
            "requestId": uuid.uuid4().hex[:16],
            "routeKey": f"{method} {path}",
            "stage": "$default",
            "time": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "timeEpoch": int(now.timestamp() * 1000),
        },
        "isBase64Encoded": False,
    }
    if query:
        event["queryStringParameters"] = dict(query)
    if body is not None:
        event["body"] = body.decode()
    return event


def sqs_record(message: dict[str, Any], queue_arn: str, region: str) -> dict[str, Any]:
    """One received SQS message as Lambda's event source mapping hands it over."""
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": message.get("Attributes", {}),
        "messageAttributes": message.get("MessageAttributes", {}),
        "md5OfBody": message["MD5OfBody"],
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": region,
    }


def sns_record(envelope: dict[str, Any], subscription_arn: str) -> dict[str, Any]:
    """An SNS notification (the JSON SNS sends to any subscriber) as Lambda receives it."""
    return {
        "EventSource": "aws:sns",
        "EventVersion": "1.0",
        "EventSubscriptionArn": subscription_arn,
        "Sns": {
            "Type": envelope["Type"],
            "MessageId": envelope["MessageId"],
            "TopicArn": envelope["TopicArn"],
            "Subject": envelope.get("Subject"),
            "Message": envelope["Message"],
            "Timestamp": envelope["Timestamp"],
            "SignatureVersion": envelope.get("SignatureVersion", "1"),
            "Signature": envelope.get("Signature", ""),
            "SigningCertUrl": envelope.get("SigningCertURL", ""),
            "UnsubscribeUrl": envelope.get("UnsubscribeURL", ""),
            "MessageAttributes": envelope.get("MessageAttributes", {}),
        },
    }


def s3_record(
    bucket: str, key: str, *, size: int, etag: str, version_id: str | None, region: str
) -> dict[str, Any]:
    """An ``ObjectCreated:Put`` notification record; the key is URL-encoded as S3 sends it."""
    obj: dict[str, Any] = {
        "key": quote_plus(key, safe="/"),
        "size": size,
        "eTag": etag.strip('"'),
        "sequencer": f"{time.time_ns():018X}",
    }
    if version_id:
        obj["versionId"] = version_id
    return {
        "eventVersion": "2.1",
        "eventSource": "aws:s3",
        "awsRegion": region,
        "eventTime": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "eventName": "ObjectCreated:Put",
        "userIdentity": {"principalId": "AWS:AROAEXAMPLEID:connect"},
        "requestParameters": {"sourceIPAddress": "203.0.113.20"},
        "responseElements": {"x-amz-request-id": uuid.uuid4().hex[:16].upper()},
        "s3": {
            "s3SchemaVersion": "1.0",
            "configurationId": "contact-lens",
            "bucket": {
                "name": bucket,
                "ownerIdentity": {"principalId": "A3NL1KOZZKExample"},
                "arn": f"arn:aws:s3:::{bucket}",
            },
            "object": obj,
        },
    }
