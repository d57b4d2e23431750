"""The inbound queue: its encoder, its decoder's bounds and the SQS sender's failures.

SQS is a botocore Stubber here (parameters checked against the service model): moto
cannot answer a partial batch failure or a missing queue on demand.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import boto3
import pytest
from botocore.exceptions import ClientError, EndpointConnectionError
from botocore.stub import Stubber

from connect_privacy.messenger.webhook_events import (
    MAX_ATTACHMENT_URLS,
    MAX_ATTACHMENTS,
    MAX_ID_CHARS,
    MAX_MID_CHARS,
    MAX_TEXT_CHARS,
    MAX_URL_CHARS,
    Channel,
    CustomerMessage,
    MessageKind,
)
from connect_privacy.relay.queue import (
    EnqueueFailed,
    InboundQueue,
    MalformedQueueMessage,
    decode,
    encode,
)
from tests.support.events import PAGE_ID, PSID, customer_message

QUEUE_URL = "https://sqs.eu-west-2.amazonaws.com/123456789012/connect-privacy-inbound.fifo"
SQS_MESSAGE_LIMIT = 256 * 1024  # the smallest MaximumMessageSize a queue may have had


def test_a_lone_surrogate_becomes_a_replacement_character_and_the_body_is_ascii() -> None:
    # Reproduction: "\ud800" escaped in Meta's JSON decodes to a lone surrogate, which made
    # the encoder raise UnicodeEncodeError and fail the whole notification.
    message = customer_message("m_1", "card \ud800 ok \udfff")

    body = encode(message).body

    assert body.isascii()
    assert decode(body).text == "card \ufffd ok \ufffd"


@pytest.mark.parametrize(
    "text",
    ["grüße 👋", "\uffff\ufffe noncharacters", "nul \x00 and \x1f controls", "\U0010ffff", "é" * 5],
)
def test_every_real_character_travels_exactly_as_ascii_json(text: str) -> None:
    body = encode(customer_message("m_1", text)).body

    assert body.isascii()
    assert decode(body).text == text


def test_the_largest_message_the_parser_lets_through_fits_one_sqs_message() -> None:
    # Every field at its bound; astral characters cost the most once escaped (12 bytes).
    message = CustomerMessage(
        Channel.INSTAGRAM,
        "9" * MAX_ID_CHARS,
        "8" * MAX_ID_CHARS,
        "m" * MAX_MID_CHARS,
        10**16 - 1,
        MessageKind.ATTACHMENTS,
        "\U0001f600" * MAX_TEXT_CHARS,
        ("a" * 32,) * MAX_ATTACHMENTS,
    )

    body = encode(message).body

    assert len(body.encode()) < SQS_MESSAGE_LIMIT
    assert decode(body) == message


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("mid", "m" * (MAX_MID_CHARS + 1)),
        ("psid", "1" * (MAX_ID_CHARS + 1)),
        ("page_id", "1" * (MAX_ID_CHARS + 1)),
        ("attachments", ["x" * (MAX_ID_CHARS + 1)]),
        ("mid", ""),
        # what the parser never writes: a lone surrogate, another non-ASCII character, a
        # control character (each would fail an AWS call later, as an unexpected error)
        ("page_id", "104\udf4f"),
        ("psid", "69\u00e9"),
        ("mid", "m_1\n"),
        ("attachments", ["image\ud800"]),
        ("attachment_urls", ["https://cdn.example/\udf4f.jpg"]),
    ],
)
def test_decode_enforces_the_parsers_bounds(field: str, value: object) -> None:
    data = json.loads(encode(customer_message("m_1", "hi")).body)
    data[field] = value

    with pytest.raises(MalformedQueueMessage) as raised:
        decode(json.dumps(data))
    assert "m" * 50 not in str(raised.value)


def test_group_and_deduplication_ids_hide_the_psid_and_mid() -> None:
    entry = encode(customer_message("m_1", "hi"))

    assert entry.deduplication_id == hashlib.sha256(b"messenger#m_1").hexdigest()
    assert PSID not in entry.group_id
    assert PAGE_ID not in entry.group_id


# --- the SQS sender ---------------------------------------------------------------------------


@pytest.fixture
def sqs() -> boto3.client:
    return boto3.client("sqs", region_name="eu-west-2")


def expected_entries(*messages: CustomerMessage) -> list[dict[str, str]]:
    return [
        {
            "Id": str(index),
            "MessageBody": entry.body,
            "MessageGroupId": entry.group_id,
            "MessageDeduplicationId": entry.deduplication_id,
        }
        for index, entry in enumerate(encode(message) for message in messages)
    ]


def test_messages_go_out_in_order_in_batches_of_ten(sqs) -> None:
    messages = [customer_message(f"m_{n:02}", f"text {n}") for n in range(12)]
    with Stubber(sqs) as stub:
        for batch in (messages[:10], messages[10:]):
            stub.add_response(
                "send_message_batch",
                {"Successful": [], "Failed": []},
                {"QueueUrl": QUEUE_URL, "Entries": expected_entries(*batch)},
            )
        InboundQueue(QUEUE_URL, lambda: sqs).send(messages)
        stub.assert_no_pending_responses()


def test_large_messages_are_split_so_no_batch_passes_sqs_size_limit(sqs) -> None:
    big = "\U0001f600" * MAX_TEXT_CHARS  # about 240 KB once escaped: one per batch
    messages = [customer_message(f"m_{n}", big) for n in range(3)]
    with Stubber(sqs) as stub:
        for message in messages:
            stub.add_response(
                "send_message_batch",
                {"Successful": [], "Failed": []},
                {"QueueUrl": QUEUE_URL, "Entries": expected_entries(message)},
            )
        InboundQueue(QUEUE_URL, lambda: sqs).send(messages)
        stub.assert_no_pending_responses()


def test_a_partial_batch_failure_is_an_enqueue_failure_naming_the_codes(sqs) -> None:
    # Mutation testing found the Failed list could go unread with no test noticing: the
    # webhook would answer 200 and Meta would never retry the lost message.
    messages = [customer_message("m_1", "one"), customer_message("m_2", "two")]
    with Stubber(sqs) as stub:
        stub.add_response(
            "send_message_batch",
            {
                "Successful": [{"Id": "0", "MessageId": "x", "MD5OfMessageBody": "y"}],
                "Failed": [{"Id": "1", "SenderFault": False, "Code": "InternalError"}],
            },
        )
        with pytest.raises(EnqueueFailed, match=r"SQS rejected 1 message\(s\): InternalError"):
            InboundQueue(QUEUE_URL, lambda: sqs).send(messages)


def test_a_later_batch_is_not_sent_after_an_earlier_one_failed(sqs) -> None:
    messages = [customer_message(f"m_{n:02}", "x") for n in range(11)]
    with Stubber(sqs) as stub:
        stub.add_response(
            "send_message_batch",
            {"Successful": [], "Failed": [{"Id": "3", "SenderFault": True, "Code": "Bad"}]},
        )
        with pytest.raises(EnqueueFailed):
            InboundQueue(QUEUE_URL, lambda: sqs).send(messages)
        stub.assert_no_pending_responses()  # and no second call was expected or made


@pytest.mark.parametrize(
    "code",
    ["AWS.SimpleQueueService.NonExistentQueue", "BatchRequestTooLong", "ThrottlingException"],
)
def test_sqs_errors_become_enqueue_failures_without_detail(sqs, code: str) -> None:
    with Stubber(sqs) as stub:
        stub.add_client_error(
            "send_message_batch", code, service_message=f"queue {QUEUE_URL} and {PSID}"
        )
        with pytest.raises(EnqueueFailed) as raised:
            InboundQueue(QUEUE_URL, lambda: sqs).send([customer_message("m_1", "hi")])
    assert str(raised.value) == f"SQS refused the batch ({code})"
    assert raised.value.__cause__ is None


def test_an_unreachable_sqs_is_an_enqueue_failure() -> None:
    class Unreachable:
        def send_message_batch(self, **params: object) -> dict[str, object]:
            raise EndpointConnectionError(endpoint_url="https://sqs.eu-west-2.amazonaws.com")

    with pytest.raises(EnqueueFailed, match=r"SQS unreachable \(EndpointConnectionError\)"):
        InboundQueue(QUEUE_URL, Unreachable).send([customer_message("m_1", "hi")])


def test_nothing_to_send_calls_nothing(sqs) -> None:
    with Stubber(sqs) as stub:
        InboundQueue(QUEUE_URL, lambda: sqs).send([])
        stub.assert_no_pending_responses()


# --- mutants that survived `make mutation` ----------------------------------------------------


def test_the_body_is_compact_json_in_schema_order() -> None:
    body = encode(
        CustomerMessage(
            Channel.MESSENGER, "1", "2", "m_1", 5, MessageKind.ATTACHMENTS, "é", ("image",)
        )
    ).body

    assert body == (
        '{"v":1,"channel":"messenger","page_id":"1","psid":"2","mid":"m_1","timestamp":5,'
        '"kind":"attachments","text":"\\u00e9","attachments":["image"]}'
    )


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"v": 2}, "unknown queue message schema version"),
        ({"text": 5}, "queue message fields have the wrong types"),
        ({"attachments": "image"}, "queue message fields have the wrong types"),
        ({"psid": 6901234567890123}, "queue message fields have the wrong types or sizes"),
        ({"kind": "fax"}, "queue message is not the inbound schema"),
    ],
)
def test_a_malformed_body_is_refused_with_a_message_that_names_the_problem(
    change: dict[str, object], problem: str
) -> None:
    data = {**json.loads(encode(customer_message("m_1", "hi")).body), **change}

    with pytest.raises(MalformedQueueMessage) as raised:
        decode(json.dumps(data))

    assert str(raised.value) == problem


def _body_of_length(mid: str, length: int) -> CustomerMessage:
    base = len(encode(customer_message(mid, "x")).body) - 1
    message = customer_message(mid, "x" * (length - base))
    assert len(encode(message).body) == length
    return message


def test_a_batch_of_exactly_sqs_size_limit_is_sent_whole(sqs) -> None:
    half = 128 * 1024
    messages = [_body_of_length("m_1", half), _body_of_length("m_2", half)]
    with Stubber(sqs) as stub:
        stub.add_response(
            "send_message_batch",
            {"Successful": [], "Failed": []},
            {"QueueUrl": QUEUE_URL, "Entries": expected_entries(*messages)},
        )
        InboundQueue(QUEUE_URL, lambda: sqs).send(messages)
        stub.assert_no_pending_responses()


class ScriptedSqs:
    """An SQS client answering with whatever the test says, shapes SQS may not document."""

    def __init__(self, response: dict[str, object] | Exception) -> None:
        self.response = response

    def send_message_batch(self, **params: object) -> dict[str, object]:
        if isinstance(self.response, Exception):
            raise self.response
        return self.response


def test_failures_without_a_code_are_reported_as_unknown() -> None:
    sqs = ScriptedSqs({"Failed": [{"Id": "0", "SenderFault": False}]})

    with pytest.raises(EnqueueFailed, match=r"^SQS rejected 1 message\(s\): unknown$"):
        InboundQueue(QUEUE_URL, lambda: sqs).send([customer_message("m_1", "hi")])


def test_a_client_error_without_a_code_is_reported_as_unknown() -> None:
    error = ClientError({"Error": {}}, "SendMessageBatch")

    with pytest.raises(EnqueueFailed, match=r"^SQS refused the batch \(Unknown\)$"):
        InboundQueue(QUEUE_URL, lambda: ScriptedSqs(error)).send([customer_message("m_1", "hi")])


def test_every_failure_code_is_named_once() -> None:
    sqs = ScriptedSqs(
        {
            "Failed": [
                {"Id": "0", "SenderFault": False, "Code": "ServiceUnavailable"},
                {"Id": "1", "SenderFault": True, "Code": "InvalidMessageContents"},
                {"Id": "2", "SenderFault": False, "Code": "ServiceUnavailable"},
            ]
        }
    )
    messages = [customer_message(f"m_{n}", "hi") for n in range(3)]

    with pytest.raises(EnqueueFailed) as raised:
        InboundQueue(QUEUE_URL, lambda: sqs).send(messages)
    assert str(raised.value) == (
        "SQS rejected 3 message(s): InvalidMessageContents, ServiceUnavailable"
    )


def batch_sizes(sqs_calls: list[list[object]]) -> list[int]:
    return [len(entries) for entries in sqs_calls]


class RecordingSqs:
    def __init__(self) -> None:
        self.batches: list[list[object]] = []

    def send_message_batch(self, **params: object) -> dict[str, object]:
        self.batches.append(list(params["Entries"]))  # type: ignore[call-overload]
        return {"Successful": [], "Failed": []}


def test_the_size_of_every_batch_counts_all_its_entries() -> None:
    sqs = RecordingSqs()
    messages = [_body_of_length(f"m_{n}", 100 * 1024) for n in range(3)]

    InboundQueue(QUEUE_URL, lambda: sqs).send(messages)

    assert batch_sizes(sqs.batches) == [2, 1]  # 300 KiB would pass SQS's limit


def test_a_later_batch_starts_empty_and_may_reach_the_limit_exactly() -> None:
    sqs = RecordingSqs()
    small = [customer_message(f"m_{n:02}", "hi") for n in range(10)]
    halves = [_body_of_length(f"m_h{n}", 128 * 1024) for n in range(2)]

    InboundQueue(QUEUE_URL, lambda: sqs).send([*small, *halves])

    assert batch_sizes(sqs.batches) == [10, 2]


def test_a_message_built_outside_the_parser_still_encodes() -> None:
    # The parser only lets printable ASCII mids through; a CustomerMessage made elsewhere
    # with a lone surrogate in its mid must still get its ids, not raise.
    entry = encode(customer_message("m_\ud800", "hi"))

    assert (
        entry.deduplication_id
        == hashlib.sha256("messenger#m_\ud800".encode("utf-8", "replace")).hexdigest()
    )


def test_attachment_links_round_trip_and_old_bodies_without_them_still_decode() -> None:
    message = replace(
        customer_message("m_1", kind=MessageKind.ATTACHMENTS, attachments=("image",)),
        attachment_urls=("https://cdn.example/a.jpg",),
    )
    assert decode(encode(message).body) == message
    old = json.loads(encode(message).body)
    del old["attachment_urls"]
    assert decode(json.dumps(old)).attachment_urls == ()
    old["attachment_urls"] = ["x" * 5000]
    with pytest.raises(MalformedQueueMessage):
        decode(json.dumps(old))


@pytest.mark.parametrize(
    ("urls", "accepted"),
    [
        (["https://cdn.example/" + "a" * (MAX_URL_CHARS - 20)], True),  # exactly the limit
        (["https://cdn.example/" + "a" * (MAX_URL_CHARS - 19)], False),
        (["https://cdn.example/a.jpg"] * MAX_ATTACHMENT_URLS, True),
        (["https://cdn.example/a.jpg"] * (MAX_ATTACHMENT_URLS + 1), False),
        # Not a list: a short string would otherwise be read as one-character links.
        ("a.jpg", False),
        ({"url": "https://cdn.example/a.jpg"}, False),
        ([None], False),
    ],
)
def test_attachment_links_are_bounded_and_typed(urls: object, accepted: bool) -> None:
    body = json.loads(encode(customer_message("m_1", "hi")).body)
    body["attachment_urls"] = urls

    if accepted:
        assert decode(json.dumps(body)).attachment_urls == tuple(urls)  # type: ignore[arg-type]
    else:
        with pytest.raises(MalformedQueueMessage, match=r"^queue message fields have the wrong"):
            decode(json.dumps(body))
