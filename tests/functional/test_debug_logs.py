"""Every function at POWERTOOLS_LOG_LEVEL=DEBUG, on its failure paths, with synthetic PII.

For each function: every line on stdout is Powertools JSON carrying the invocation's
correlation keys (and the per-message ones wherever a message is being handled), nothing
from the project, Powertools or the SDKs bypasses the Powertools handler to reach the root
logger (the Lambda runtime's plain-text handler, here at DEBUG), and no customer text,
PSID, token or secret appears anywhere.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from connect_privacy.connect_chat.sessions import (
    ChatSession,
    SessionStatus,
    SessionStore,
    session_key,
)
from connect_privacy.messenger.signature import sign
from connect_privacy.relay.queue import encode
from tests.support.events import (
    PAGE_ID,
    PSID,
    agent_says,
    customer_message,
    entry,
    notification,
    read_event,
    sqs_batch,
    text_event,
    webhook_post,
)
from tests.support.fakes import FakeComprehend, FakeConnectService
from tests.support.graph_api import FakeGraphApi, ScriptedResponse, graph_error, running_graph_api
from tests.support.lambda_context import FakeLambdaContext
from tests.support.log_capture import (
    ROUTED_PACKAGES,
    RootRecords,
    assert_nothing_leaked,
    powertools_records,
    records_named,
)
from tests.support.tables import create_idempotency_table, create_sessions_table
from tests.support.vault import (
    PUBLISHED,
    SOURCE,
    VAULT,
    create_bucket,
    create_key,
    enforce_copy_if_none_match,
)
from tests.support.vault import notification as s3_notification

APP_SECRET = "synthetic-app-secret"
VERIFY_TOKEN = "synthetic-verify-token"
PAGE_TOKEN = "EAAG-synthetic-page-token-debug"
CONNECTION_TOKEN = "synthetic-connection-token-debug"
PARTICIPANT_TOKEN = "synthetic-participant-token-debug"
ADDRESS = "4 Privet Drive, Little Whinging"
PII = (
    "4111 1111 1111 1111",
    "123-45-6789",
    "jane.roe@example.com",
    "+44 7700 900123",
    ADDRESS,
)
MARKER = "zebracorn"  # any trace of message text at all
CUSTOMER_TEXT = f"{MARKER}: " + ", ".join(PII)
FORBIDDEN = (
    *PII,
    MARKER,
    PSID,
    APP_SECRET,
    VERIFY_TOKEN,
    PAGE_TOKEN,
    CONNECTION_TOKEN,
    PARTICIPANT_TOKEN,
    "ptoken-",  # the fake Connect's participant and connection tokens
    "ctoken-",
    hmac.new(APP_SECRET.encode(), PAGE_TOKEN.encode(), "sha256").hexdigest(),
)
INVOCATION_KEYS = ("function_request_id", "function_name", "cold_start")
SECRET = json.dumps(
    {
        "APP_SECRET": APP_SECRET,
        "VERIFY_TOKEN": VERIFY_TOKEN,
        "PAGE_TOKENS": {PAGE_ID: PAGE_TOKEN},
    }
)


def check(output: str, root: RootRecords, *, invoked: bool = True) -> list[dict[str, Any]]:
    """The shared rules; returns the Powertools records for the function-specific ones.

    ``invoked`` False: records of the import (cold start), before any invocation has keys.
    """
    records = powertools_records(output)
    assert records or not invoked, "expected structured logs"
    for record in records if invoked else ():
        missing = [key for key in INVOCATION_KEYS if key not in record]
        assert not missing, f"{record['message']!r} lacks {missing}"
    bypassed = [r.name for r in root if r.name.split(".")[0] in ROUTED_PACKAGES]
    assert bypassed == [], f"records bypassed the Powertools handler: {bypassed}"
    sdk_debug = [
        r.name
        for r in root
        if r.name.split(".")[0] in {"botocore", "boto3", "urllib3", "s3transfer", "markdown_it"}
        and r.levelno < logging.WARNING
    ]
    assert sdk_debug == [], f"SDK DEBUG records reached the runtime: {sdk_debug}"
    assert_nothing_leaked([output, *root.texts()], FORBIDDEN)
    return records


# --- webhook -------------------------------------------------------------------------------


@pytest.fixture
def webhook(fresh_handler: Callable[..., ModuleType]) -> ModuleType:
    boto3.client("secretsmanager").create_secret(
        Name="connect-privacy/messenger", SecretString=SECRET
    )
    url = boto3.client("sqs").create_queue(
        QueueName="connect-privacy-inbound.fifo", Attributes={"FifoQueue": "true"}
    )["QueueUrl"]
    return fresh_handler("webhook", POWERTOOLS_LOG_LEVEL="DEBUG", INBOUND_QUEUE_URL=url)


def test_webhook_debug_logs_are_structured_correlated_and_free_of_pii(
    webhook: ModuleType, root_records: RootRecords, capsys: pytest.CaptureFixture[str]
) -> None:
    check(capsys.readouterr().out, root_records, invoked=False)
    context = FakeLambdaContext()
    body = notification(entry(text_event("m_debug_1", CUSTOMER_TEXT)))
    assert webhook.lambda_handler(webhook_post(body), context)["statusCode"] == 200
    # A forged signature, a body that is not a notification, and the verification handshake.
    forged = webhook_post(body, signature=sign(body.encode(), "attacker"))
    assert webhook.lambda_handler(forged, context)["statusCode"] == 403
    assert webhook.lambda_handler(webhook_post(f'"{MARKER}"'), context)["statusCode"] == 400
    verify = read_event("apigw_http_messenger_verify")
    assert webhook.lambda_handler(verify, context)["statusCode"] == 200
    # The secret goes missing: an empty 500, its reason logged.
    boto3.client("secretsmanager").delete_secret(
        SecretId="connect-privacy/messenger", ForceDeleteWithoutRecovery=True
    )
    webhook.secrets_provider().clear_cache()
    assert webhook.lambda_handler(webhook_post(body), context)["statusCode"] == 500

    records = check(capsys.readouterr().out, root_records)
    for record in records:
        if record.get("name", "").endswith("jmespath_utils"):
            continue  # the record of reading the correlation id out of the event
        assert record.get("correlation_id"), f"{record['message']!r} lacks correlation_id"
    messages = {str(record["message"]) for record in records}
    assert {"notification accepted", "request rejected", "Messenger secret unavailable"} <= (
        messages
    )


# --- inbound -------------------------------------------------------------------------------


@pytest.fixture
def inbound(
    fresh_handler: Callable[..., ModuleType],
    function_env: Callable[..., dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[..., tuple[ModuleType, FakeConnectService]]:
    env = function_env("inbound")
    dynamodb = boto3.client("dynamodb")
    create_sessions_table(dynamodb, env["SESSIONS_TABLE"])
    create_idempotency_table(dynamodb, env["IDEMPOTENCY_TABLE"])
    real_client = boto3.client

    def load(comprehend: FakeComprehend, **overrides: str) -> tuple[ModuleType, Any]:
        connect = FakeConnectService(clock=time.time)
        fakes = {
            "connect": connect.connect_client,
            "connectparticipant": connect.participant_client,
            "comprehend": lambda: comprehend,
        }
        monkeypatch.setattr(
            boto3,
            "client",
            lambda service, *a, **k: (
                fakes[service]() if service in fakes else real_client(service, *a, **k)
            ),
        )
        handler = fresh_handler("inbound", POWERTOOLS_LOG_LEVEL="DEBUG", **overrides)
        return handler, connect

    return load


@pytest.mark.parametrize("failure_policy", ["patterns_only", "block"])
def test_inbound_debug_logs_are_structured_correlated_and_free_of_pii(
    inbound: Callable[..., tuple[ModuleType, FakeConnectService]],
    root_records: RootRecords,
    capsys: pytest.CaptureFixture[str],
    failure_policy: str,
) -> None:
    # Comprehend is down for every message, and Connect throttles the first SendMessage.
    handler, connect = inbound(
        FakeComprehend(fail_with="InternalServerException"),
        REDACTION_FAILURE_POLICY=failure_policy,
    )
    connect.fail("SendMessage", "ThrottlingException")
    check(capsys.readouterr().out, root_records, invoked=False)
    messages = [customer_message(f"m_debug_{n}", CUSTOMER_TEXT * (n + 1)) for n in range(3)]
    event = sqs_batch(*(encode(message).body for message in messages))
    context = FakeLambdaContext()

    first = handler.lambda_handler(event, context)
    assert len(first["batchItemFailures"]) == 3  # throttled, and the group held behind it
    assert handler.lambda_handler(event, context) == {"batchItemFailures": []}
    # A record that is not the queue schema fails with its own log line.
    poison = handler.lambda_handler(sqs_batch(f'{{"text": "{MARKER}"'), context)
    assert len(poison["batchItemFailures"]) == 1
    assert len(connect.messages()) == 3

    records = check(capsys.readouterr().out, root_records)
    messages_logged = {str(record["message"]).lower() for record in records}
    assert {"record failed", "message relayed", "comprehend detection failed"} <= messages_logged
    # Whatever is logged while a message is handled names it: the domain's warnings, the
    # idempotency layer's DEBUG records, the worker's own lines.
    per_message = [
        *records_named(records, "connect_privacy", "aws_lambda_powertools.utilities.idempotency"),
        *(r for r in records if r["message"] == "message relayed"),
    ]
    assert per_message
    for record in per_message:
        assert record.get("mid", "").startswith("m_debug_"), record["message"]
        assert record.get("psid", "").startswith("psid:"), record["message"]
    failed = [r for r in records if r["message"] == "record failed"]
    assert any("mid" in r for r in failed)  # the throttled one; the poison one has no mid


# --- outbound ------------------------------------------------------------------------------

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
        Name=env["MESSENGER_SECRET_ID"], SecretString=SECRET
    )
    now = int(time.time())
    store = SessionStore(env["SESSIONS_TABLE"], lambda: dynamodb)
    key = session_key("messenger", PAGE_ID, PSID)
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
            participant_token=PARTICIPANT_TOKEN, connection_token=CONNECTION_TOKEN,
            connection_expires_at=now + 86_400, started_at=now - 60,
            last_customer_message_at=now - 60, expires_at=now + 2 * 86_400,
        ),
    )  # fmt: skip
    handler = fresh_handler(
        "outbound",
        POWERTOOLS_LOG_LEVEL="DEBUG",
        GRAPH_API_BASE_URL=graph.base_url,
        CLOSING_MESSAGE=f"Bye {MARKER}",
    )
    monkeypatch.setattr(handler, "backoff_sleep", lambda seconds: None)
    return handler


def test_outbound_debug_logs_are_structured_correlated_and_free_of_pii(
    outbound: ModuleType,
    graph: FakeGraphApi,
    root_records: RootRecords,
    capsys: pytest.CaptureFixture[str],
) -> None:
    check(capsys.readouterr().out, root_records, invoked=False)
    context = FakeLambdaContext()
    # Graph answers 5xx until the retry budget runs out, then refuses permanently.
    graph.script(*[graph_error(2, status=500) for _ in range(8)], graph_error(551))
    with pytest.raises(Exception, match="Send API"):
        outbound.lambda_handler(agent_says(CUSTOMER_TEXT, item_id="m-1"), context)
    outbound.lambda_handler(agent_says(CUSTOMER_TEXT, item_id="m-1"), context)
    outbound.lambda_handler(read_event("sns_connect_markdown_message"), context)
    graph.script(ScriptedResponse(status=503, body=MARKER.encode()))
    outbound.lambda_handler(agent_says(CUSTOMER_TEXT, item_id="m-2"), context)
    # Connect throttles the attachment link.
    with Stubber(outbound.participant_client()) as stub:
        stub.add_client_error("get_attachment", "ThrottlingException", http_status_code=400)
        with pytest.raises(Exception, match="Throttling"):
            outbound.lambda_handler(read_event("sns_connect_attachment"), context)
    # The secret goes missing.
    boto3.client("secretsmanager").delete_secret(
        SecretId="connect-privacy/messenger", ForceDeleteWithoutRecovery=True
    )
    outbound.secrets_provider().clear_cache()
    with pytest.raises(Exception, match="secret"):
        outbound.lambda_handler(agent_says(CUSTOMER_TEXT, item_id="m-3"), context)

    records = check(capsys.readouterr().out, root_records)
    messages_logged = {str(record["message"]) for record in records}
    assert {
        "Send API call will be retried",
        "Send API refused the message; not retried",
        "Outbound chat item handled",
        "Outbound item failed; the invocation fails so Lambda retries it",
    } <= messages_logged
    per_item = [
        *records_named(records, "connect_privacy", "aws_lambda_powertools.utilities.idempotency"),
        *(r for r in records if str(r["message"]).startswith("Outbound item failed")),
    ]
    for record in per_item:
        assert record.get("item_id") and record.get("contact_id") == CONTACT, record["message"]


# --- relocate and publish ----------------------------------------------------------------

# The transcript carries the customer's words; keys carry the contact id.
TRANSCRIPT_KEY = "Analysis/Chat/2026/11/26/c0ffee00-debug_analysis_2026-11-26T00:10_UTC.json"
REDACTED_KEY = (
    "Analysis/Chat/Redacted/2026/11/26/c0ffee00-debug_analysis_redacted_2026-11-26T00:10_UTC.json"
)


def contact_lens_file(content: str) -> bytes:
    item = {
        "Id": "item-1",
        "ParticipantId": "customer",
        "Content": content,
        "BeginOffsetMillis": 0,
        "EndOffsetMillis": 10,
    }
    return json.dumps({"Transcript": [item], "Version": "1.1.0"}).encode()


@pytest.fixture
def vault_buckets() -> Any:
    s3 = boto3.client("s3")
    create_bucket(s3, SOURCE, versioned=True)
    create_bucket(s3, VAULT, versioned=True)
    create_bucket(s3, PUBLISHED, versioned=False)
    return s3


def test_relocate_debug_logs_are_structured_audited_and_free_of_transcript_text(
    fresh_handler: Callable[..., ModuleType],
    vault_buckets: Any,
    root_records: RootRecords,
    capsys: pytest.CaptureFixture[str],
) -> None:
    s3 = vault_buckets
    relocate = fresh_handler(
        "relocate", POWERTOOLS_LOG_LEVEL="DEBUG", VAULT_KMS_KEY_ID=create_key()
    )
    enforce_copy_if_none_match(relocate.s3_client())
    check(capsys.readouterr().out, root_records, invoked=False)
    context = FakeLambdaContext()
    version = s3.put_object(
        Bucket=SOURCE, Key=TRANSCRIPT_KEY, Body=contact_lens_file(CUSTOMER_TEXT)
    )
    event = s3_notification(SOURCE, TRANSCRIPT_KEY, version["VersionId"])
    assert relocate.lambda_handler(event, context) == {"Relocated": 1}
    assert relocate.lambda_handler(event, context) == {"AlreadyRelocated": 1}
    # Failure paths: both copies gone (an alarm), and a vault that refuses the write.
    s3.delete_object(Bucket=VAULT, Key=TRANSCRIPT_KEY)
    with pytest.raises(Exception, match="objects failed"):
        relocate.lambda_handler(event, context)
    other = s3.put_object(Bucket=SOURCE, Key=TRANSCRIPT_KEY, Body=contact_lens_file(CUSTOMER_TEXT))
    # The vault bucket vanishes (a mistyped VAULT_BUCKET, a deleted bucket): the copy fails.
    for listed in s3.list_object_versions(Bucket=VAULT).get("Versions", []):
        s3.delete_object(Bucket=VAULT, Key=listed["Key"], VersionId=listed["VersionId"])
    for marker in s3.list_object_versions(Bucket=VAULT).get("DeleteMarkers", []):
        s3.delete_object(Bucket=VAULT, Key=marker["Key"], VersionId=marker["VersionId"])
    s3.delete_bucket(Bucket=VAULT)
    event = s3_notification(SOURCE, TRANSCRIPT_KEY, other["VersionId"])
    with pytest.raises(Exception, match="objects failed"):
        relocate.lambda_handler(event, context)
    assert s3.get_object(Bucket=SOURCE, Key=TRANSCRIPT_KEY)["Body"].read()  # left in place

    records = check(capsys.readouterr().out, root_records)
    audits = [record["audit"] for record in records if "audit" in record]
    assert [audit["outcome"] for audit in audits] == [
        "Relocated",
        "AlreadyRelocated",
        "OriginalMissing",
        "RelocationFailed",
    ]
    assert all("c0ffee00-debug" not in json.dumps(audit) for audit in audits)


def test_publish_debug_logs_are_structured_and_free_of_transcript_text(
    fresh_handler: Callable[..., ModuleType],
    vault_buckets: Any,
    root_records: RootRecords,
    capsys: pytest.CaptureFixture[str],
) -> None:
    s3 = vault_buckets
    publish = fresh_handler(
        "publish", POWERTOOLS_LOG_LEVEL="DEBUG", PUBLISHED_KMS_KEY_ID=create_key()
    )
    check(capsys.readouterr().out, root_records, invoked=False)
    context = FakeLambdaContext()
    version = s3.put_object(Bucket=SOURCE, Key=REDACTED_KEY, Body=contact_lens_file(CUSTOMER_TEXT))
    assert publish.lambda_handler(
        s3_notification(SOURCE, REDACTED_KEY, version["VersionId"]), context
    )
    # Failure paths: a file that is not JSON, and one that is gone.
    broken = s3.put_object(Bucket=SOURCE, Key=REDACTED_KEY, Body=CUSTOMER_TEXT.encode())
    with pytest.raises(Exception, match="objects failed"):
        publish.lambda_handler(s3_notification(SOURCE, REDACTED_KEY, broken["VersionId"]), context)
    with pytest.raises(Exception, match="objects failed"):
        publish.lambda_handler(
            s3_notification(SOURCE, REDACTED_KEY.replace(".json", "-gone.json")), context
        )

    check(capsys.readouterr().out, root_records)
    published = s3.get_object(Bucket=PUBLISHED, Key=f"Published/{REDACTED_KEY}")["Body"].read()
    assert b"4111" not in published
