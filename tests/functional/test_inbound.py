"""The inbound worker end to end: moto's FIFO queue, tables and secrets; fake Connect/Comprehend.

``Poller`` plays Lambda's SQS event source mapping: it receives a batch, invokes the handler,
deletes what succeeded and makes the reported failures visible again, so moto's redrive
policy moves a record that keeps failing to the dead-letter queue.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import replace
from types import ModuleType
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber
from PIL import Image

from connect_privacy.attachments.download import Downloader
from connect_privacy.messenger.webhook_events import CustomerMessage, MessageKind
from connect_privacy.relay.inbound import WITHHELD_NOTICE
from connect_privacy.relay.queue import encode
from tests.support.emf import metric_totals
from tests.support.events import customer_message, sqs_record
from tests.support.fakes import FakeComprehend, FakeConnectService
from tests.support.files import (
    FileServer,
    Served,
    card_image,
    detect_text_response,
    encoded,
    running_file_server,
)
from tests.support.tables import create_idempotency_table, create_sessions_table

PAGE = "104123456789012"
PSID = "6901234567890123"
QUEUE = "connect-privacy-inbound.fifo"
DLQ = "connect-privacy-inbound-dlq.fifo"
ADDRESS = "4 Privet Drive, Little Whinging"  # what the fake Comprehend "knows" (ADDRESS)


class Harness:
    def __init__(
        self,
        handler: ModuleType,
        connect: FakeConnectService,
        comprehend: FakeComprehend,
        lambda_context: Any,
    ) -> None:
        self.handler = handler
        self.connect = connect
        self.comprehend = comprehend
        self.context = lambda_context
        self.sqs = boto3.client("sqs")
        self.queue_url = self.sqs.get_queue_url(QueueName=QUEUE)["QueueUrl"]
        self.dlq_url = self.sqs.get_queue_url(QueueName=DLQ)["QueueUrl"]
        self.responses: list[dict[str, Any]] = []

    def enqueue(self, *messages: CustomerMessage) -> None:
        for message in messages:
            entry = encode(message)
            self.sqs.send_message(
                QueueUrl=self.queue_url,
                MessageBody=entry.body,
                MessageGroupId=entry.group_id,
                MessageDeduplicationId=entry.deduplication_id,
            )

    def enqueue_raw(self, body: str, group: str, dedup: str) -> None:
        self.sqs.send_message(
            QueueUrl=self.queue_url,
            MessageBody=body,
            MessageGroupId=group,
            MessageDeduplicationId=dedup,
        )

    def poll(self, rounds: int = 20) -> None:
        for _ in range(rounds):
            received = self.sqs.receive_message(
                QueueUrl=self.queue_url,
                MaxNumberOfMessages=10,
                AttributeNames=["All"],
                VisibilityTimeout=30,
            ).get("Messages", [])
            if not received:
                return
            response = self.handler.lambda_handler(
                {"Records": [sqs_record(m) for m in received]}, self.context
            )
            self.responses.append(response)
            failed = {item["itemIdentifier"] for item in response["batchItemFailures"]}
            for message in received:
                if message["MessageId"] in failed:
                    self.sqs.change_message_visibility(
                        QueueUrl=self.queue_url,
                        ReceiptHandle=message["ReceiptHandle"],
                        VisibilityTimeout=0,
                    )
                else:
                    self.sqs.delete_message(
                        QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"]
                    )

    def dead_letters(self) -> list[str]:
        received = self.sqs.receive_message(QueueUrl=self.dlq_url, MaxNumberOfMessages=10)
        return [m["Body"] for m in received.get("Messages", [])]

    def agent_saw(self) -> list[str]:
        return [text for _, text in self.connect.messages()]


@pytest.fixture
def make_harness(
    fresh_handler: Callable[..., ModuleType],
    function_env: Callable[..., dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    lambda_context: Any,
) -> Callable[..., Harness]:
    env = function_env("inbound")
    dynamodb = boto3.client("dynamodb")
    create_sessions_table(dynamodb, env["SESSIONS_TABLE"])
    create_idempotency_table(dynamodb, env["IDEMPOTENCY_TABLE"])
    sqs = boto3.client("sqs")
    dlq_url = sqs.create_queue(QueueName=DLQ, Attributes={"FifoQueue": "true"})["QueueUrl"]
    dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    sqs.create_queue(
        QueueName=QUEUE,
        Attributes={
            "FifoQueue": "true",
            "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": "2"}),
        },
    )
    real_client = boto3.client

    def load(
        *,
        comprehend: FakeComprehend | None = None,
        rekognition: Any = None,
        **overrides: str,
    ) -> Harness:
        connect = FakeConnectService(clock=__import__("time").time)
        comprehend = comprehend or FakeComprehend({ADDRESS: "ADDRESS"})
        fakes = {
            "connect": connect.connect_client,
            "connectparticipant": connect.participant_client,
            "comprehend": lambda: comprehend,
        }
        if rekognition is not None:
            fakes["rekognition"] = lambda: rekognition

        def client(service: str, *args: Any, **kwargs: Any) -> Any:
            return fakes[service]() if service in fakes else real_client(service, *args, **kwargs)

        monkeypatch.setattr(boto3, "client", client)
        handler = fresh_handler("inbound", MAX_RECEIVE_COUNT="2", **overrides)
        return Harness(handler, connect, comprehend, lambda_context)

    return load


# --- delivery ---------------------------------------------------------------------------------


def test_the_canonical_batch_is_redacted_and_delivered_in_order(
    make_harness, load_event, lambda_context
) -> None:
    harness = make_harness()
    response = harness.handler.lambda_handler(load_event("sqs_fifo_batch"), lambda_context)
    assert response == {"batchItemFailures": []}
    seen = harness.agent_saw()
    assert len(seen) == 2
    assert "4111" not in seen[0] and "CREDIT_DEBIT_NUMBER" in seen[0]
    assert "123-45-6789" not in seen[1] and "SSN" in seen[1]
    assert len(harness.connect.contacts) == 1


def test_comprehend_findings_are_masked(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(customer_message("m_1", f"I live at {ADDRESS}, member MBR-12345678"))
    harness.poll()
    [seen] = harness.agent_saw()
    assert "Privet" not in seen and "[ADDRESS]" in seen
    assert "MBR-12345678" not in seen and "[MEMBER_ID]" in seen
    assert harness.comprehend.calls == 1


def test_comprehend_failing_falls_back_to_patterns_only(make_harness, capsys) -> None:
    harness = make_harness(comprehend=FakeComprehend(fail_with="InternalServerException"))
    harness.enqueue(customer_message("m_1", "card 4111 1111 1111 1111, ssn 123-45-6789"))
    harness.poll()
    [seen] = harness.agent_saw()
    assert "4111" not in seen and "123-45-6789" not in seen
    assert harness.responses[-1] == {"batchItemFailures": []}
    assert '"degraded":true' in capsys.readouterr().out


def test_a_blocked_message_reaches_the_agent_only_as_a_fixed_notice(make_harness, capsys) -> None:
    harness = make_harness(
        comprehend=FakeComprehend(fail_with="InternalServerException"),
        REDACTION_FAILURE_POLICY="block",
    )
    harness.enqueue(customer_message("m_1", f"I live at {ADDRESS}, no pattern finds that"))
    harness.poll()
    assert harness.agent_saw() == [WITHHELD_NOTICE]
    totals = metric_totals(capsys.readouterr().out)
    assert totals["MessagesWithheld"] == 1
    assert totals["RedactionBlocked"] == 1
    assert totals["MessagesRelayed"] == 1


def test_a_2000_character_message_arrives_in_order_as_several_parts(make_harness) -> None:
    words = [f"w{n:04}" for n in range(400)]  # 400 * 6 - 1 = 2399 characters
    harness = make_harness()
    harness.enqueue(customer_message("m_1", " ".join(words)))
    harness.poll()
    parts = harness.agent_saw()
    assert len(parts) == 3
    assert all(len(part) <= 1024 for part in parts)
    assert " ".join(parts).split() == words


def test_attachments_become_placeholders_never_urls(make_harness) -> None:
    harness = make_harness(ATTACHMENT_POLICY="placeholder")
    harness.enqueue(
        customer_message("m_1", kind=MessageKind.ATTACHMENTS, attachments=("image", "file"))
    )
    harness.poll()
    assert harness.agent_saw() == ["[attachment: image]\n[attachment: file]"]


def test_the_drop_policy_forwards_no_attachment(make_harness) -> None:
    harness = make_harness(ATTACHMENT_POLICY="drop")
    harness.enqueue(customer_message("m_1", kind=MessageKind.ATTACHMENTS, attachments=("video",)))
    harness.poll()
    assert harness.agent_saw() == []
    assert harness.connect.contacts == {}


def test_quick_replies_and_postbacks_arrive_as_their_visible_text(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(
        customer_message("m_1", "Yes please", kind=MessageKind.QUICK_REPLY),
        customer_message("m_2", "Talk to an agent", kind=MessageKind.POSTBACK),
    )
    harness.poll()
    assert harness.agent_saw() == ["Yes please", "Talk to an agent"]


# --- exactly once ------------------------------------------------------------------------------


def test_a_redelivered_record_reaches_connect_once(
    make_harness, load_event, lambda_context
) -> None:
    harness = make_harness()
    event = load_event("sqs_fifo_batch")
    harness.handler.lambda_handler(event, lambda_context)
    harness.handler.lambda_handler(event, lambda_context)  # SQS redelivers the whole batch
    assert len(harness.agent_saw()) == 2
    assert len(harness.connect.contacts) == 1


def test_metas_retry_after_the_fifo_window_is_stopped_by_idempotency(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(customer_message("m_1", "hello"))
    harness.poll()
    entry = encode(customer_message("m_1", "hello"))
    harness.enqueue_raw(entry.body, entry.group_id, "a-new-deduplication-id")  # past 5 minutes
    harness.poll()
    assert harness.agent_saw() == ["hello"]


def test_an_ended_chat_is_replaced_and_the_message_delivered(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(customer_message("m_1", "one"))
    harness.poll()
    [first] = harness.connect.contacts
    harness.connect.end_chat(first)
    harness.enqueue(customer_message("m_2", "two"))
    harness.poll()
    assert len(harness.connect.contacts) == 2
    assert harness.connect.messages()[-1][1] == "two"
    assert harness.connect.messages()[-1][0] != first


# --- failures ----------------------------------------------------------------------------------


def test_throttling_is_counted_and_retried_by_sqs(make_harness, capsys) -> None:
    harness = make_harness()
    harness.connect.fail("SendMessage", "ThrottlingException")
    harness.enqueue(customer_message("m_1", "hello"))
    harness.poll()
    assert harness.responses[0]["batchItemFailures"]
    assert harness.responses[-1] == {"batchItemFailures": []}
    assert harness.agent_saw() == ["hello"]
    totals = metric_totals(capsys.readouterr().out)
    assert totals["AwsThrottled"] == 1


def test_a_record_is_not_started_without_time_to_finish_it(make_harness, capsys) -> None:
    # Near the timeout a record goes back to SQS untouched instead of being cut off midway
    # (which would fail the whole batch); the next invocation, with time, relays it once.
    harness = make_harness()
    harness.context.remaining_millis = 5_000
    harness.enqueue(customer_message("m_1", "hello"))
    harness.poll(rounds=1)
    assert harness.responses[0]["batchItemFailures"]
    assert harness.agent_saw() == []
    assert metric_totals(capsys.readouterr().out)["RecordsDeferred"] == 1

    harness.context.remaining_millis = 30_000
    harness.poll()
    assert harness.agent_saw() == ["hello"]


def test_a_poison_record_lands_in_the_dlq_while_the_rest_succeed(make_harness, capsys) -> None:
    harness = make_harness()
    other = "6901234567890999"
    harness.enqueue(customer_message("m_a1", "first from A"))
    harness.enqueue_raw("{not the schema", "group-of-b", "poison")
    harness.enqueue(customer_message("m_a2", "second from A"))
    harness.poll()
    harness.enqueue(customer_message("m_c1", "from C", psid=other))
    harness.poll()
    assert harness.dead_letters() == ["{not the schema"]
    assert harness.agent_saw() == ["first from A", "second from A", "from C"]
    totals = metric_totals(capsys.readouterr().out)
    assert totals["MalformedRecords"] == 2  # maxReceiveCount receives, then the DLQ
    assert totals["RecordsToDeadLetterQueue"] == 1


def test_a_failing_record_holds_back_only_its_own_customers_later_messages(make_harness) -> None:
    harness = make_harness()
    other = "6901234567890999"
    harness.connect.fail("StartChatContact", "InternalServiceException")  # A's first attempt
    harness.enqueue(
        customer_message("m_a1", "A one"),
        customer_message("m_a2", "A two"),
        customer_message("m_b1", "B one", psid=other),
    )
    harness.poll()
    first = harness.responses[0]["batchItemFailures"]
    assert len(first) == 2  # A's two; B's went through in the same batch
    by_contact: dict[str, list[str]] = {}
    for contact_id, text in harness.connect.messages():
        by_contact.setdefault(contact_id, []).append(text)
    assert sorted(by_contact.values()) == [["A one", "A two"], ["B one"]]


# --- privacy of logs ---------------------------------------------------------------------------

PII = {
    "card": "4111 1111 1111 1111",
    "ssn": "123-45-6789",
    "email": "jane.roe@example.com",
    "phone": "+44 7700 900123",
    "address": ADDRESS,
    "marker": "zebracorn",  # any trace of message text at all
}


def test_messages_full_of_pii_leave_none_of_it_in_any_log_at_debug(
    make_harness, fresh_handler, load_event, lambda_context, capsys, caplog
) -> None:
    from connect_privacy.messenger.signature import sign

    caplog.set_level(logging.DEBUG)
    harness = make_harness(POWERTOOLS_LOG_LEVEL="DEBUG")
    boto3.client("secretsmanager").create_secret(
        Name="connect-privacy/messenger",
        SecretString=json.dumps(
            {
                "APP_SECRET": "synthetic-app-secret",
                "VERIFY_TOKEN": "synthetic-verify-token",
                "PAGE_TOKEN": "synthetic-page-token",
            }
        ),
    )
    webhook = fresh_handler(
        "webhook", INBOUND_QUEUE_URL=harness.queue_url, POWERTOOLS_LOG_LEVEL="DEBUG"
    )
    text = "zebracorn: " + ", ".join(PII.values())
    body = json.dumps(
        {
            "object": "page",
            "entry": [
                {
                    "id": PAGE,
                    "time": 1,
                    "messaging": [
                        {
                            "sender": {"id": PSID},
                            "recipient": {"id": PAGE},
                            "timestamp": n,
                            "message": {"mid": f"m_{n}", "text": text * (n + 1)},
                        }
                        for n in range(3)
                    ],
                }
            ],
        }
    )
    event = load_event("apigw_http_messenger_post")
    event["body"], event["headers"]["x-hub-signature-256"] = (
        body,
        sign(body.encode(), "synthetic-app-secret"),
    )
    assert webhook.lambda_handler(event, lambda_context)["statusCode"] == 200
    harness.connect.fail("SendMessage", "ThrottlingException")  # a failure path logs too
    harness.poll()
    assert len(harness.agent_saw()) == 3
    captured = capsys.readouterr()
    logs = "\n".join(
        [
            captured.out,
            captured.err,
            caplog.text,
            *(str(record.__dict__) for record in caplog.records),
        ]
    )
    assert "message relayed" in logs and "notification accepted" in logs
    assert "Saving in progress record" in logs  # library DEBUG records were captured too
    assert "record failed" in logs
    for secret in [
        *PII.values(),
        PSID,
        "ptoken-",
        "ctoken-",
        "synthetic-app-secret",
        "synthetic-page-token",
    ]:
        assert secret not in logs, f"{secret!r} leaked into the logs"
    psid_label = __import__("connect_privacy.pseudonym", fromlist=["x"]).pseudonymize(PSID)
    assert psid_label in logs


@pytest.mark.parametrize(
    ("field", "value"),
    [("mid", "m_" + "x" * 600_000), ("psid", "x" * 3000), ("page_id", "x" * 3000)],
    ids=["mid-600000-chars", "psid-3000-chars", "page-id-3000-chars"],
)
def test_a_queue_body_with_an_oversized_id_fails_without_logging_it(
    make_harness, capsys, field: str, value: str
) -> None:
    # Issue 17, finding 6: the worker enforces the parser's bounds on what it reads, so a
    # huge mid is not appended to every log line and long page or customer ids never make
    # a DynamoDB key over its 2,048 bytes.
    harness = make_harness()
    body = json.loads(encode(customer_message("m_1", "hello")).body)
    body[field] = value
    harness.enqueue_raw(json.dumps(body), "group-x", "dedup-x")
    harness.poll()
    assert harness.agent_saw() == []
    out = capsys.readouterr().out
    assert metric_totals(out)["MalformedRecords"] == 2
    assert "x" * 100 not in out


# --- screened attachments ------------------------------------------------------------------


@pytest.fixture
def file_server() -> Iterator[FileServer]:
    with running_file_server() as server:
        yield server


def image_harness(make_harness, file_server, monkeypatch, rekognition, **env: str) -> Harness:
    harness = make_harness(rekognition=rekognition, **env)
    harness.connect.upload_server = file_server
    monkeypatch.setattr(harness.handler, "downloader", Downloader(allow_loopback_http=True))
    return harness


def image_message(url: str, text: str | None = None) -> CustomerMessage:
    return replace(
        customer_message("m_img", text, kind=MessageKind.ATTACHMENTS, attachments=("image",)),
        attachment_urls=(url,),
    )


def test_a_customer_photo_reaches_the_agent_with_the_card_number_covered(
    make_harness, file_server, monkeypatch, capsys
) -> None:
    image, words = card_image()
    url = file_server.serve("/cdn/photo", Served(encoded(image), "image/jpeg"))  # mislabelled
    rekognition = boto3.client("rekognition", region_name="eu-west-2")
    with Stubber(rekognition) as stub:
        stub.add_response("detect_text", detect_text_response(words, image.size))
        harness = image_harness(make_harness, file_server, monkeypatch, rekognition)
        harness.enqueue(image_message(url, "here is my card"))
        harness.poll()
        stub.assert_no_pending_responses()

    assert harness.agent_saw() == [
        "here is my card\n[image: screened for sensitive data, 4 regions covered]"
    ]
    [contact] = harness.connect.contacts.values()
    [(name, content_type, data)] = contact.attachments
    assert (name, content_type) == ("image-1.png", "image/png")
    uploaded = Image.open(io.BytesIO(data)).convert("RGB")
    for word in words[1:]:  # the four groups of the card number
        x0, y0, x1, y1 = word.pixels
        region = uploaded.crop((x0, y0, x1, y1))
        assert region.getcolors() == [(region.width * region.height, (0, 0, 0))]
    output = capsys.readouterr().out
    assert "4111" not in output and url not in output
    totals = metric_totals(output)
    assert totals["AttachmentsScreened"] == 1 and totals["AttachmentRegionsCovered"] == 4
    assert totals["AttachmentsUploaded"] == 1


@pytest.mark.parametrize("policy", ["patterns_only", "block"])
def test_a_photo_that_cannot_be_read_is_withheld_under_either_failure_policy(
    make_harness, file_server, monkeypatch, policy
) -> None:
    image, _ = card_image()
    url = file_server.serve("/cdn/photo", Served(encoded(image), "image/png"))
    rekognition = boto3.client("rekognition", region_name="eu-west-2")
    with Stubber(rekognition) as stub:
        stub.add_client_error("detect_text", "InternalServerError", http_status_code=500)
        harness = image_harness(
            make_harness, file_server, monkeypatch, rekognition, REDACTION_FAILURE_POLICY=policy
        )
        harness.enqueue(image_message(url))
        harness.poll()

    assert harness.agent_saw() == ["[image withheld: could not be checked for sensitive data]"]
    [contact] = harness.connect.contacts.values()
    assert contact.attachments == []


def test_the_forward_policy_uploads_the_file_as_it_came(
    make_harness, file_server, monkeypatch
) -> None:
    data = encoded(card_image()[0])
    url = file_server.serve("/cdn/photo", Served(data, "image/png"))
    rekognition = boto3.client("rekognition", region_name="eu-west-2")
    with Stubber(rekognition):  # any detection call would fail
        harness = image_harness(
            make_harness, file_server, monkeypatch, rekognition, ATTACHMENT_POLICY="forward"
        )
        harness.enqueue(image_message(url))
        harness.poll()

    assert harness.agent_saw() == ["[image: forwarded unscreened]"]
    [contact] = harness.connect.contacts.values()
    assert contact.attachments == [("image-1.png", "image/png", data)]
