"""The outbound Lambda end to end: streamed Connect items in, a real HTTP Graph API out.

moto holds the sessions and idempotency tables, the Messenger secret and the dead-letter
queue; a server on 127.0.0.1 stands in for graph.facebook.com; Connect Participant's
GetAttachment is a botocore Stubber (it checks parameters against the service model).
"""

from __future__ import annotations

import hmac
import json
import time
from collections.abc import Callable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import boto3
import pytest
from botocore.stub import ANY, Stubber

from connect_privacy.attachments.agent_files import AgentFileProblem, agent_notice
from connect_privacy.attachments.download import Downloader
from connect_privacy.attachments.file_types import MESSENGER_MAX_BYTES
from connect_privacy.connect_chat.sessions import (
    ChatSession,
    SessionStatus,
    SessionStore,
    session_key,
)
from tests.support.emf import metric_totals
from tests.support.events import agent_says, read_event, read_function_env
from tests.support.files import FileServer, Served, card_image, encoded, running_file_server
from tests.support.graph_api import FakeGraphApi, ScriptedResponse, graph_error, running_graph_api
from tests.support.lambda_context import FakeLambdaContext
from tests.support.tables import create_idempotency_table, create_sessions_table

PAGE = "104123456789012"
PSID = "6901234567890123"
PAGE_TOKEN = "EAAG-synthetic-page-token-outbound"
APP_SECRET = "synthetic-app-secret"
CONNECTION_TOKEN = "synthetic-connection-token-0001"
CONTACT = "c0ffee00-0000-4000-8000-000000000001"
KEY = session_key("messenger", PAGE, PSID)
DLQ = "connect-privacy-outbound-dlq"
HOUR = 3600
DAY = 24 * HOUR


@dataclass
class Outbound:
    """The imported handler plus what the tests look at around it."""

    module: ModuleType
    graph: FakeGraphApi
    env: dict[str, str]
    sleeps: list[float]

    def invoke(self, event: dict[str, Any], *, remaining_millis: int = 30_000) -> None:
        context = FakeLambdaContext(remaining_millis=remaining_millis)
        self.module.lambda_handler(deepcopy(event), context)

    def invoke_async(self, event: dict[str, Any]) -> bool:
        """What Lambda does with an asynchronous (SNS) invocation configured with two retries
        and an SQS on-failure destination: True if an attempt succeeded."""
        for _ in range(3):
            try:
                self.invoke(event)
            except Exception as error:  # Lambda records any failure
                failure = error
            else:
                return True
        sqs = boto3.client("sqs")
        sqs.send_message(
            QueueUrl=sqs.get_queue_url(QueueName=DLQ)["QueueUrl"],
            MessageBody=json.dumps(
                {
                    "requestContext": {
                        "condition": "RetriesExhausted",
                        "approximateInvokeCount": 3,
                    },
                    "requestPayload": event,
                    "responseContext": {"functionError": "Unhandled"},
                    "responsePayload": {"errorType": type(failure).__name__},
                }
            ),
        )
        return False

    @property
    def sessions(self) -> SessionStore:
        return SessionStore(self.env["SESSIONS_TABLE"], lambda: boto3.client("dynamodb"))

    def start_session(self, *, contact_id: str = CONTACT, customer_wrote_ago: int = 60) -> None:
        now = int(time.time())
        store = self.sessions
        assert store.claim(
            KEY, channel="messenger", page_id=PAGE, psid=PSID, claim_id="claim-1", now=now,
            ttl_seconds=300,
        )  # fmt: skip
        store.activate(
            KEY,
            "claim-1",
            ChatSession(
                key=KEY, channel="messenger", page_id=PAGE, psid=PSID,
                status=SessionStatus.ACTIVE, contact_id=contact_id, participant_id="p-0001",
                participant_token="synthetic-participant-token",
                connection_token=CONNECTION_TOKEN, connection_expires_at=now + DAY,
                started_at=now - customer_wrote_ago,
                last_customer_message_at=now - customer_wrote_ago, expires_at=now + 2 * DAY,
            ),
        )  # fmt: skip


@pytest.fixture
def graph() -> Iterator[FakeGraphApi]:
    with running_graph_api() as api:
        yield api


@pytest.fixture
def load_outbound(
    fresh_handler: Callable[..., ModuleType],
    graph: FakeGraphApi,
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[..., Outbound]:
    """Import the handler against moto and the stand-in Graph API; overrides change its env."""
    env = read_function_env("outbound")
    dynamodb = boto3.client("dynamodb")
    create_sessions_table(dynamodb, env["SESSIONS_TABLE"])
    create_idempotency_table(dynamodb, env["IDEMPOTENCY_TABLE"])
    boto3.client("secretsmanager").create_secret(
        Name=env["MESSENGER_SECRET_ID"],
        SecretString=json.dumps(
            {"APP_SECRET": APP_SECRET, "VERIFY_TOKEN": "synthetic-verify-token",
             "PAGE_TOKENS": {PAGE: PAGE_TOKEN}}
        ),
    )  # fmt: skip
    boto3.client("sqs").create_queue(QueueName=DLQ)

    def load(**overrides: str) -> Outbound:
        applied = {**env, "GRAPH_API_BASE_URL": graph.base_url, **overrides}
        module = fresh_handler("outbound", GRAPH_API_BASE_URL=graph.base_url, **overrides)
        sleeps: list[float] = []
        monkeypatch.setattr(module, "backoff_sleep", sleeps.append)
        return Outbound(module, graph, applied, sleeps)

    return load


@pytest.fixture
def outbound(load_outbound: Callable[..., Outbound]) -> Outbound:
    relay = load_outbound()
    relay.start_session()
    return relay


def log_records(output: str) -> list[dict[str, Any]]:
    records = []
    for line in output.splitlines():
        try:
            blob = json.loads(line)
        except ValueError:
            continue
        if isinstance(blob, dict) and "level" in blob:
            records.append(blob)
    return records


# --- messages ------------------------------------------------------------------------------


def test_an_agent_message_reaches_the_customer_with_proof_on_the_pinned_version(
    outbound: Outbound, load_event: Callable[[str], dict[str, Any]]
) -> None:
    outbound.invoke(load_event("sns_connect_chat_message"))

    [request] = outbound.graph.requests
    assert request.path == f"/v25.0/{PAGE}/messages"
    assert request.query["appsecret_proof"] == [
        hmac.new(APP_SECRET.encode(), PAGE_TOKEN.encode(), "sha256").hexdigest()
    ]
    assert request.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert request.body == {
        "recipient": {"id": PSID},
        "messaging_type": "RESPONSE",
        "message": {"text": "Thanks, let me check that for you."},
    }


def test_a_redelivered_notification_reaches_the_customer_once(
    outbound: Outbound,
    load_event: Callable[[str], dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    event = load_event("sns_connect_chat_message")

    outbound.invoke(event)
    outbound.invoke(event)
    outbound.invoke(event)

    assert outbound.graph.texts == ["Thanks, let me check that for you."]
    assert metric_totals(capsys.readouterr().out)["OutboundDuplicatesSuppressed"] == 2


def with_content(event: dict[str, Any], content: str) -> dict[str, Any]:
    """``event`` (one streamed chat message) with the agent's text replaced."""
    record = deepcopy(event)
    sns = record["Records"][0]["Sns"]
    message = json.loads(sns["Message"])
    sns["Message"] = json.dumps({**message, "Content": content})
    return record


def test_an_agents_question_leaves_the_awaited_kind_on_the_customers_session(
    outbound: Outbound, load_event: Callable[[str], dict[str, Any]]
) -> None:
    question = "Sure! What number should we call you on?"

    outbound.invoke(with_content(load_event("sns_connect_chat_message"), question))

    assert outbound.graph.texts == [question]
    marker = outbound.sessions.pending_number(KEY)
    assert marker is not None
    assert set(marker) == {
        "entity_type", "seen", "complete", "follow_ups", "expires_at", "asked", "revision"
    }  # fmt: skip
    assert (marker["entity_type"], marker["seen"]) == ("PHONE", "0")  # stored as strings


def test_with_agent_questions_switched_off_the_session_gets_no_marker(
    load_outbound: Callable[..., Outbound], load_event: Callable[[str], dict[str, Any]]
) -> None:
    outbound = load_outbound(AGENT_QUESTIONS_AWAIT_ANSWERS="false")
    outbound.start_session()

    outbound.invoke(
        with_content(load_event("sns_connect_chat_message"), "What number should we call?")
    )

    assert outbound.graph.texts == ["What number should we call?"]
    assert outbound.sessions.pending_number(KEY) is None


def test_markdown_from_the_agent_is_sent_as_plain_text(
    outbound: Outbound, load_event: Callable[[str], dict[str, Any]]
) -> None:
    outbound.invoke(load_event("sns_connect_markdown_message"))

    assert outbound.graph.texts == [
        "Good news: your refund is approved.\n\n"
        "• Amount: 20 GBP\n• See our policy (https://example.com/refunds)"
    ]


def test_plain_text_is_not_treated_as_markdown(outbound: Outbound) -> None:
    outbound.invoke(agent_says("Use code **SAVE10** at *checkout*"))

    assert outbound.graph.texts == ["Use code **SAVE10** at *checkout*"]


def test_a_long_message_is_split_on_word_boundaries_in_order(outbound: Outbound) -> None:
    words = [f"w{n:05d}" for n in range(800)]  # 800 * 7 = 5600 characters

    outbound.invoke(agent_says(" ".join(words)))

    texts = outbound.graph.texts
    assert len(texts) == 3
    assert all(len(t) < 2000 for t in texts)
    assert [w for t in texts for w in t.split()] == words


def test_system_and_bot_messages_are_forwarded_too(outbound: Outbound) -> None:
    for n, role in enumerate(["SYSTEM", "CUSTOM_BOT"]):
        event = agent_says(f"from {role}", item_id=f"msg-{n}", ParticipantRole=role)
        event["Records"][0]["Sns"]["MessageAttributes"]["ParticipantRole"]["Value"] = role
        outbound.invoke(event)

    assert outbound.graph.texts == ["from SYSTEM", "from CUSTOM_BOT"]


def test_every_record_is_delivered_oldest_first(outbound: Outbound) -> None:
    later = agent_says("second", item_id="msg-b", AbsoluteTime="2026-11-26T00:00:09.000Z")
    earlier = agent_says("first", item_id="msg-a", AbsoluteTime="2026-11-26T00:00:08.000Z")
    event = {"Records": later["Records"] + earlier["Records"]}

    outbound.invoke(event)

    assert outbound.graph.texts == ["first", "second"]


def test_a_malformed_record_is_counted_and_the_others_still_delivered(
    outbound: Outbound, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = agent_says("ignored")
    broken["Records"][0]["Sns"]["Message"] = "{not json"
    event = {"Records": broken["Records"] + agent_says("fine")["Records"]}

    outbound.invoke(event)

    assert outbound.graph.texts == ["fine"]
    assert metric_totals(capsys.readouterr().out)["OutboundMalformedNotifications"] == 1


def test_after_a_transfer_the_chat_is_found_by_its_initial_contact_id(outbound: Outbound) -> None:
    event = agent_says("I'm the second agent", ContactId="c0ffee00-0000-4000-8000-000000000002")
    event["Records"][0]["Sns"]["MessageAttributes"]["ContactId"]["Value"] = (
        "c0ffee00-0000-4000-8000-000000000002"
    )

    outbound.invoke(event)

    assert outbound.graph.texts == ["I'm the second agent"]


# --- what the customer must not get ------------------------------------------------------


@pytest.mark.parametrize(
    "event", ["sns_connect_customer_echo", "sns_connect_agent_visibility_message"]
)
def test_the_customers_own_messages_and_agent_only_items_are_not_sent(
    outbound: Outbound, load_event: Callable[[str], dict[str, Any]], event: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    outbound.invoke(load_event(event))

    assert outbound.graph.requests == []
    assert metric_totals(capsys.readouterr().out)["OutboundNotForCustomer"] == 1


def test_an_unknown_contact_is_counted_and_dropped_without_failing(
    load_outbound: Callable[..., Outbound],
    load_event: Callable[[str], dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    relay = load_outbound()  # no session stored

    relay.invoke(load_event("sns_connect_chat_message"))

    assert relay.graph.requests == []
    assert metric_totals(capsys.readouterr().out)["OutboundUnknownContact"] == 1


# --- the messaging window ------------------------------------------------------------------


def test_outside_24_hours_without_the_tag_nothing_is_sent_and_it_is_counted(
    load_outbound: Callable[..., Outbound],
    load_event: Callable[[str], dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    relay = load_outbound(HUMAN_AGENT_TAG_ENABLED="false")
    relay.start_session(customer_wrote_ago=DAY + 60)

    relay.invoke(load_event("sns_connect_chat_message"))

    assert relay.graph.requests == []
    out = capsys.readouterr().out
    assert metric_totals(out)["OutboundOutsideWindow"] == 1
    assert any(r.get("outcome") == "OutsideWindow" for r in log_records(out))


def test_outside_24_hours_with_the_tag_enabled_uses_human_agent(
    load_outbound: Callable[..., Outbound], load_event: Callable[[str], dict[str, Any]]
) -> None:
    relay = load_outbound(HUMAN_AGENT_TAG_ENABLED="true")
    relay.start_session(customer_wrote_ago=3 * DAY)

    relay.invoke(load_event("sns_connect_chat_message"))

    [request] = relay.graph.requests
    assert request.body["messaging_type"] == "MESSAGE_TAG"
    assert request.body["tag"] == "HUMAN_AGENT"


@pytest.mark.parametrize("role", ["SYSTEM", "CUSTOM_BOT"])
def test_the_human_agent_tag_is_never_used_for_automated_messages(
    load_outbound: Callable[..., Outbound], role: str
) -> None:
    relay = load_outbound(HUMAN_AGENT_TAG_ENABLED="true")
    relay.start_session(customer_wrote_ago=2 * DAY)
    event = agent_says("Your case is queued.", ParticipantRole=role)
    event["Records"][0]["Sns"]["MessageAttributes"]["ParticipantRole"]["Value"] = role

    relay.invoke(event)

    assert relay.graph.requests == []


def test_a_closing_message_outside_24_hours_is_not_tagged_but_the_session_still_ends(
    load_outbound: Callable[..., Outbound], load_event: Callable[[str], dict[str, Any]]
) -> None:
    relay = load_outbound(HUMAN_AGENT_TAG_ENABLED="true", CLOSING_MESSAGE="Bye")
    relay.start_session(customer_wrote_ago=2 * DAY)

    relay.invoke(load_event("sns_connect_chat_ended"))

    assert relay.graph.requests == []
    session = relay.sessions.get(KEY)
    assert session is not None
    assert session.status is SessionStatus.ENDED


def test_after_7_days_nothing_is_sent_even_with_the_tag(
    load_outbound: Callable[..., Outbound], load_event: Callable[[str], dict[str, Any]]
) -> None:
    relay = load_outbound(HUMAN_AGENT_TAG_ENABLED="true")
    relay.start_session(customer_wrote_ago=7 * DAY + 60)

    relay.invoke(load_event("sns_connect_chat_message"))

    assert relay.graph.requests == []


# --- events --------------------------------------------------------------------------------


def test_typing_sends_typing_on_in_a_request_of_its_own(
    outbound: Outbound, load_event: Callable[[str], dict[str, Any]]
) -> None:
    outbound.invoke(load_event("sns_connect_typing"))

    [request] = outbound.graph.requests
    assert request.body == {"recipient": {"id": PSID}, "sender_action": "typing_on"}


def test_participant_notices_are_off_by_default(
    outbound: Outbound, load_event: Callable[[str], dict[str, Any]]
) -> None:
    outbound.invoke(load_event("sns_connect_participant_joined"))
    outbound.invoke(load_event("sns_connect_participant_left"))

    assert outbound.graph.requests == []


def test_participant_notices_use_the_configured_text_when_enabled(
    load_outbound: Callable[..., Outbound], load_event: Callable[[str], dict[str, Any]]
) -> None:
    relay = load_outbound(
        PARTICIPANT_NOTICES_ENABLED="true",
        PARTICIPANT_JOINED_NOTICE="You're now chatting with {name}.",
        PARTICIPANT_LEFT_NOTICE="{name} has left.",
    )
    relay.start_session()

    relay.invoke(load_event("sns_connect_participant_joined"))
    relay.invoke(load_event("sns_connect_participant_left"))
    relay.invoke(load_event("sns_connect_participant_joined"))  # redelivered

    assert relay.graph.texts == ["You're now chatting with Agent Smith.", "Agent Smith has left."]


def test_chat_ended_closes_the_session_so_the_next_message_opens_a_new_chat(
    outbound: Outbound, load_event: Callable[[str], dict[str, Any]]
) -> None:
    outbound.invoke(load_event("sns_connect_chat_ended"))

    session = outbound.sessions.get(KEY)
    assert session is not None
    assert session.status is SessionStatus.ENDED
    assert outbound.graph.requests == []


def test_chat_ended_sends_the_closing_message_once_when_configured(
    load_outbound: Callable[..., Outbound], load_event: Callable[[str], dict[str, Any]]
) -> None:
    relay = load_outbound(CLOSING_MESSAGE="Thanks for chatting with us.")
    relay.start_session()

    relay.invoke(load_event("sns_connect_chat_ended"))
    relay.invoke(load_event("sns_connect_chat_ended"))

    assert relay.graph.texts == ["Thanks for chatting with us."]
    session = relay.sessions.get(KEY)
    assert session is not None
    assert session.status is SessionStatus.ENDED


# --- attachments ---------------------------------------------------------------------------

ATTACHMENT_ID = "f1e2d3c4-0000-4000-8000-0000000000f1"
NOTICE = "The agent shared a file that can't be shown here."
PDF_BYTES = b"%PDF-1.4\n% synthetic\n" + b"0" * 64
MP4_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
WAV_BYTES = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 64


@pytest.fixture
def files(outbound: Outbound, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileServer]:
    """Connect's pre-signed GetAttachment URLs, served from 127.0.0.1."""
    monkeypatch.setattr(outbound.module, "downloader", Downloader(allow_loopback_http=True))
    with running_file_server() as server:
        yield server


def attachment_event(content_type: str) -> dict[str, Any]:
    event = read_event("sns_connect_attachment")
    body = json.loads(event["Records"][0]["Sns"]["Message"])
    body["Attachments"][0]["ContentType"] = content_type
    event["Records"][0]["Sns"]["Message"] = json.dumps(body)
    return event


def link(stub: Stubber, url: str) -> None:
    stub.add_response(
        "get_attachment",
        {"Url": url, "UrlExpiry": "2026-11-26T00:06:00.000Z", "AttachmentSizeInBytes": 2048},
        expected_params={
            "AttachmentId": ATTACHMENT_ID,
            "ConnectionToken": CONNECTION_TOKEN,
            "UrlExpiryInSeconds": 300,
        },
    )


def agent_told(stub: Stubber, problem: AgentFileProblem) -> None:
    stub.add_response(
        "send_message",
        {"Id": "relay-notice-1", "AbsoluteTime": "2026-11-26T00:01:01.000Z"},
        expected_params={
            "ConnectionToken": CONNECTION_TOKEN,
            "ContentType": "text/plain",
            "Content": agent_notice(problem),
            "ClientToken": ANY,
        },
    )


@pytest.mark.parametrize(
    ("data", "content_type", "kind", "name"),
    [
        (encoded(card_image((120, 90))[0]), "image/png", "image", "image-1.png"),
        (MP4_BYTES, "video/mp4", "video", "video-1.mp4"),
        (WAV_BYTES, "audio/wav", "audio", "audio-1.wav"),
        (PDF_BYTES, "application/pdf", "file", "file-1.pdf"),
    ],
    ids=["image", "video", "audio", "file"],
)
def test_an_agent_file_is_uploaded_to_meta_as_its_type(
    outbound: Outbound, files: FileServer, data: bytes, content_type: str, kind: str, name: str
) -> None:
    url = files.serve("/signed?X-Amz-Signature=synthetic", Served(data, "binary/octet-stream"))
    with Stubber(outbound.module.participant_client()) as stub:
        link(stub, url)
        outbound.invoke(attachment_event(content_type))
        outbound.invoke(attachment_event(content_type))  # redelivered: no second upload
        stub.assert_no_pending_responses()

    [request] = outbound.graph.requests
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert request.body["recipient"] == {"id": PSID}
    assert request.body["messaging_type"] == "RESPONSE"
    assert request.body["message"] == {
        "attachment": {"type": kind, "payload": {"is_reusable": False}}
    }
    upload = request.body["filedata"]
    assert (upload.filename, upload.data) == (name, data)
    assert url not in json.dumps({k: v for k, v in request.body.items() if k != "filedata"})


@pytest.mark.parametrize(
    ("served", "problem"),
    [
        (Served(b"GIF89a" + b"\x00" * 32), AgentFileProblem.UNSUPPORTED),
        (Served(b"\x00" * 16, status=404), AgentFileProblem.NOT_FETCHED),
    ],
    ids=["unsupported-type", "not-fetched"],
)
def test_a_file_that_cannot_be_sent_gives_the_customer_the_notice_and_the_agent_a_line(
    outbound: Outbound, files: FileServer, served: Served, problem: AgentFileProblem
) -> None:
    url = files.serve("/signed", served)
    with Stubber(outbound.module.participant_client()) as stub:
        link(stub, url)
        agent_told(stub, problem)
        outbound.invoke(attachment_event("image/png"))
        stub.assert_no_pending_responses()

    assert outbound.graph.texts == [NOTICE]


def test_a_file_over_metas_limit_is_not_downloaded_in_full(
    outbound: Outbound, files: FileServer, capsys: pytest.CaptureFixture[str]
) -> None:
    big = Served(b"%PDF-" + b"0" * (MESSENGER_MAX_BYTES - 4), "application/pdf")
    url = files.serve("/big", big)
    with Stubber(outbound.module.participant_client()) as stub:
        link(stub, url)
        agent_told(stub, AgentFileProblem.TOO_LARGE)
        outbound.invoke(attachment_event("application/pdf"))
        stub.assert_no_pending_responses()

    assert outbound.graph.texts == [NOTICE]
    totals = metric_totals(capsys.readouterr().out)
    assert totals["OutboundAttachmentsNotDeliveredTooLarge"] == 1


def test_an_attachment_connect_will_not_serve_becomes_the_configured_notice(
    outbound: Outbound, load_event: Callable[[str], dict[str, Any]]
) -> None:
    with Stubber(outbound.module.participant_client()) as stub:
        stub.add_client_error("get_attachment", "AccessDeniedException", http_status_code=403)
        agent_told(stub, AgentFileProblem.UNAVAILABLE)
        outbound.invoke(load_event("sns_connect_attachment"))

    assert outbound.graph.texts == [NOTICE]


def test_a_file_meta_refuses_becomes_the_notice(outbound: Outbound, files: FileServer) -> None:
    outbound.graph.script(graph_error(100, 2018109))  # attachment too large
    url = files.serve("/f", Served(PDF_BYTES))
    with Stubber(outbound.module.participant_client()) as stub:
        link(stub, url)
        agent_told(stub, AgentFileProblem.REFUSED_BY_META)
        outbound.invoke(attachment_event("application/pdf"))

    assert len(outbound.graph.requests) == 2
    assert outbound.graph.texts == [NOTICE]


def test_a_rejected_attachment_is_not_fetched_and_an_empty_notice_sends_nothing(
    load_outbound: Callable[..., Outbound],
) -> None:
    relay = load_outbound(ATTACHMENT_NOTICE="")
    relay.start_session()
    event = read_event("sns_connect_attachment")
    body = json.loads(event["Records"][0]["Sns"]["Message"])
    body["Attachments"][0]["Status"] = "REJECTED"
    event["Records"][0]["Sns"]["Message"] = json.dumps(body)

    with Stubber(relay.module.participant_client()):  # any GetAttachment call would fail
        relay.invoke(event)

    assert relay.graph.requests == []


# --- Graph API errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        graph_error(4),
        graph_error(613),
        graph_error(1, status=500),
        graph_error(2, status=500),
        ScriptedResponse(status=503, body=b"Service Unavailable"),
    ],
    ids=["4", "613", "1", "2", "503"],
)
def test_rate_limits_and_server_errors_are_retried_with_backoff_then_delivered(
    outbound: Outbound, failure: ScriptedResponse
) -> None:
    outbound.graph.script(failure, failure)

    outbound.invoke(agent_says("Your parcel ships today."))

    assert len(outbound.graph.requests) == 3
    assert outbound.graph.texts[-1] == "Your parcel ships today."
    assert len(outbound.sleeps) == 2
    assert all(0 <= s <= 1.0 for s in outbound.sleeps)


@pytest.mark.parametrize(
    ("failure", "code"),
    [
        (graph_error(10, 2018278), 10),
        (graph_error(551), 551),
        (graph_error(190, status=401), 190),
        (graph_error(100), 100),
    ],
    ids=["10/2018278", "551", "190", "100"],
)
def test_permanent_errors_are_logged_with_their_code_counted_and_never_retried(
    outbound: Outbound, failure: ScriptedResponse, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    outbound.graph.script(failure)
    event = agent_says("Your parcel ships today.")

    outbound.invoke(event)  # does not raise: retrying cannot help
    outbound.invoke(event)  # a redelivery does not try again either

    assert len(outbound.graph.requests) == 1
    assert outbound.sleeps == []
    out = capsys.readouterr().out
    assert metric_totals(out)["OutboundPermanentError"] == 1
    [refusal] = [r for r in log_records(out) if r.get("graph_code") is not None]
    assert refusal["graph_code"] == code
    assert refusal["fbtrace_id"] == f"FBTRACE{code}"


def test_when_retries_run_out_the_invocation_fails_and_lambda_retries_then_dead_letters(
    outbound: Outbound,
) -> None:
    outbound.graph.script(*[graph_error(2, status=500) for _ in range(24)])
    event = agent_says("Your refund is on its way.")

    delivered = outbound.invoke_async(event)

    assert not delivered
    assert outbound.graph.texts == ["Your refund is on its way."] * 24  # 3 attempts x 8 tries
    sqs = boto3.client("sqs")
    dlq_url = sqs.get_queue_url(QueueName=DLQ)["QueueUrl"]
    [dead] = sqs.receive_message(QueueUrl=dlq_url)["Messages"]
    record = json.loads(dead["Body"])
    assert record["requestContext"]["condition"] == "RetriesExhausted"

    # Meta recovers; an operator redrives the dead letter: the customer gets it once.
    before = len(outbound.graph.requests)
    outbound.invoke(record["requestPayload"])
    outbound.invoke(record["requestPayload"])
    assert len(outbound.graph.requests) == before + 1


def test_a_retry_after_part_one_was_sent_resumes_at_part_two(outbound: Outbound) -> None:
    words = [f"w{n:05d}" for n in range(700)]  # three parts
    event = agent_says(" ".join(words))
    # Part 1 goes out; part 2 meets a Meta outage longer than this invocation's budget.
    outbound.graph.script(ScriptedResponse(), *[graph_error(2, status=500) for _ in range(8)])

    with pytest.raises(Exception, match="Send API"):
        outbound.invoke(event)
    outbound.invoke(event)  # Lambda's retry
    outbound.invoke(event)  # and a late SNS redelivery

    delivered = [r.text for r in outbound.graph.requests if r.text is not None]
    first, *failed, second, third = delivered
    assert len(failed) == 8 and set(failed) == {second}
    assert [w for t in (first, second, third) for w in t.split()] == words


# --- privacy -------------------------------------------------------------------------------


def test_logs_hold_no_message_text_tokens_or_psids(
    load_outbound: Callable[..., Outbound],
    load_event: Callable[[str], dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    relay = load_outbound(POWERTOOLS_LOG_LEVEL="DEBUG", CLOSING_MESSAGE="Bye from the team")
    relay.start_session()
    secret_text = "My card is 4111111111111111 and SSN 123-45-6789"
    relay.graph.script(
        ScriptedResponse(),  # delivered
        graph_error(551),  # permanent
        *[graph_error(2, status=500) for _ in range(8)],  # transient until the budget ends
    )

    relay.invoke(agent_says(secret_text, item_id="m-1"))
    relay.invoke(agent_says(secret_text, item_id="m-2"))
    with pytest.raises(Exception, match="Send API"):
        relay.invoke(agent_says(secret_text, item_id="m-3"))
    relay.invoke(load_event("sns_connect_markdown_message"))
    relay.invoke(load_event("sns_connect_chat_ended"))

    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert log_records(output), "expected structured logs"
    proof = hmac.new(APP_SECRET.encode(), PAGE_TOKEN.encode(), "sha256").hexdigest()
    for forbidden in (
        "4111111111111111", "123-45-6789", "My card", "Good news", "refund is approved",
        "Bye from the team", PSID, PAGE_TOKEN, APP_SECRET, proof, CONNECTION_TOKEN,
        "000000000000000",  # what Meta's error message echoed
    ):  # fmt: skip
        assert forbidden not in output, forbidden
