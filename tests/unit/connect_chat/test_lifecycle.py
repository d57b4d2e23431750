"""The chat lifecycle against moto's DynamoDB and the model-checked Connect fake."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import boto3
import pytest

from connect_privacy.connect_chat.gateway import ChatFile, ConnectGateway
from connect_privacy.connect_chat.lifecycle import (
    FILE_REFUSED_NOTICE,
    ChatBusy,
    ChatSettings,
    ChatUnavailable,
    ConnectChats,
    Customer,
)
from connect_privacy.connect_chat.sessions import SessionStatus, SessionStore
from connect_privacy.telemetry import MemoryCounter
from tests.support.fakes import FakeConnectService
from tests.support.files import FileServer, running_file_server
from tests.support.tables import AtomicDynamoDB, create_sessions_table

CUSTOMER = Customer("messenger", "104123456789012", "6901234567890123")
SETTINGS = ChatSettings(
    instance_id="11111111-2222-3333-4444-555555555555",
    contact_flow_id="66666666-7777-8888-9999-000000000000",
    streaming_topic_arn="arn:aws:sns:eu-west-2:123456789012:connect-privacy-chat",
    chat_duration_minutes=1500,
    display_name="Messenger customer",
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_764_115_200.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def connect(clock: Clock) -> FakeConnectService:
    return FakeConnectService(clock)


@pytest.fixture
def store(aws: None) -> SessionStore:
    create_sessions_table(boto3.client("dynamodb"), "sessions")
    return SessionStore("sessions", AtomicDynamoDB)


@pytest.fixture
def counter() -> MemoryCounter:
    return MemoryCounter()


@pytest.fixture
def relay(store, connect, clock, counter) -> ConnectChats:
    gateway = ConnectGateway(connect.connect_client, connect.participant_client)
    return ConnectChats(store, gateway, SETTINGS, clock=clock, counter=counter)


def test_a_first_message_starts_a_streaming_chat_and_is_sent(relay, connect, store, clock) -> None:
    delivery = relay.deliver(CUSTOMER, "m_1", ["hello"])
    assert delivery.new_chat
    assert connect.operations() == [
        "StartChatContact",
        "StartContactStreaming",
        "CreateParticipantConnection",
        "SendMessage",
    ]
    start = connect.calls[0].params
    assert start["ChatDurationInMinutes"] == 1500
    assert start["Attributes"] == {
        "Channel": "messenger",
        "AccountId": "104123456789012",
        "PageId": "104123456789012",
    }
    assert "text/plain" in start["SupportedMessagingContentTypes"]
    assert CUSTOMER.psid not in str(start)
    assert connect.calls[2].params["ConnectParticipant"] is True
    assert connect.messages() == [(delivery.contact_id, "hello")]
    session = store.get(CUSTOMER.key)
    assert session is not None
    assert session.status is SessionStatus.ACTIVE
    assert session.expires_at == int(clock.now) + 1500 * 60


def test_later_messages_reuse_the_active_chat(relay, connect) -> None:
    first = relay.deliver(CUSTOMER, "m_1", ["one"])
    second = relay.deliver(CUSTOMER, "m_2", ["two"])
    assert not second.new_chat
    assert connect.operations().count("StartChatContact") == 1
    assert connect.messages() == [(first.contact_id, "one"), (first.contact_id, "two")]


def test_parts_are_sent_in_order(relay, connect) -> None:
    relay.deliver(CUSTOMER, "m_1", ["part 1", "part 2", "part 3"])
    assert [text for _, text in connect.messages()] == ["part 1", "part 2", "part 3"]


def test_a_retry_of_the_same_message_sends_no_part_twice(relay, connect) -> None:
    relay.deliver(CUSTOMER, "m_1", ["one"])
    connect.fail("SendMessage", "ThrottlingException", after=1)  # part "b" throttled...
    with pytest.raises(Exception, match="Throttling"):
        relay.deliver(CUSTOMER, "m_2", ["a", "b"])
    relay.deliver(CUSTOMER, "m_2", ["a", "b"])  # ...and the whole record redelivered
    assert [text for _, text in connect.messages()] == ["one", "a", "b"]


def test_a_crash_after_starting_the_chat_reuses_it_on_retry(relay, connect, store) -> None:
    connect.fail("CreateParticipantConnection", "InternalServerException")
    with pytest.raises(Exception, match="InternalServerException"):
        relay.deliver(CUSTOMER, "m_1", ["hello"])
    delivery = relay.deliver(CUSTOMER, "m_1", ["hello"])  # the same message, redelivered
    assert len(connect.contacts) == 1
    assert connect.messages() == [(delivery.contact_id, "hello")]


def test_two_first_messages_at_once_make_one_chat(relay, connect, store) -> None:
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def send(mid: str) -> None:
        barrier.wait()
        try:
            outcomes[mid] = relay.deliver(CUSTOMER, mid, [mid])
        except ChatBusy as error:
            outcomes[mid] = error

    threads = [threading.Thread(target=send, args=(mid,)) for mid in ("m_a", "m_b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    losers = [mid for mid, outcome in outcomes.items() if isinstance(outcome, ChatBusy)]
    assert len(losers) <= 1
    for mid in losers:  # SQS redelivers the loser, which then finds the winner's chat
        relay.deliver(CUSTOMER, mid, [mid])
    assert len(connect.contacts) == 1
    assert sorted(text for _, text in connect.messages()) == ["m_a", "m_b"]


def test_a_crashed_winners_claim_expires(relay, connect, store, clock) -> None:
    store.claim(
        CUSTOMER.key,
        channel="messenger",
        page_id=CUSTOMER.page_id,
        psid=CUSTOMER.psid,
        claim_id="crashed",
        now=int(clock.now),
        ttl_seconds=SETTINGS.claim_ttl_seconds,
    )
    with pytest.raises(ChatBusy):
        relay.deliver(CUSTOMER, "m_1", ["hello"])
    clock.now += SETTINGS.claim_ttl_seconds
    assert relay.deliver(CUSTOMER, "m_1", ["hello"]).new_chat


def test_a_chat_that_ended_is_replaced_and_the_message_sent_once_more(
    relay,
    connect,
    store,
    counter,
) -> None:
    first = relay.deliver(CUSTOMER, "m_1", ["one"])
    connect.end_chat(first.contact_id)
    second = relay.deliver(CUSTOMER, "m_2", ["two"])
    assert second.new_chat
    assert second.contact_id != first.contact_id
    assert connect.messages() == [(first.contact_id, "one"), (second.contact_id, "two")]
    assert store.find_by_contact_id(first.contact_id) is None  # replaced by the new chat
    assert store.get(CUSTOMER.key).contact_id == second.contact_id  # type: ignore[union-attr]
    assert counter.totals["ChatEndedRestarts"] == 1


def test_a_chat_this_message_started_and_that_ended_at_once_is_replaced(relay, connect) -> None:
    original_send = connect._SendMessage
    ended_once: list[bool] = []

    def end_first_chat(params):
        if not ended_once:
            ended_once.append(True)
            connect.end_chat(next(iter(connect.contacts)))
        return original_send(params)

    connect._SendMessage = end_first_chat
    delivery = relay.deliver(CUSTOMER, "m_1", ["hello"])
    assert len(connect.contacts) == 2
    assert connect.messages() == [(delivery.contact_id, "hello")]


def test_a_new_chat_that_also_refuses_is_unavailable(relay, connect) -> None:
    relay.deliver(CUSTOMER, "m_1", ["one"])
    connect.fail("SendMessage", "AccessDeniedException", times=2)
    with pytest.raises(ChatUnavailable):
        relay.deliver(CUSTOMER, "m_2", ["two"])


def test_an_expired_chat_duration_starts_a_new_chat(relay, connect, clock) -> None:
    first = relay.deliver(CUSTOMER, "m_1", ["one"])
    clock.now += SETTINGS.chat_duration_minutes * 60
    assert relay.deliver(CUSTOMER, "m_2", ["two"]).contact_id != first.contact_id


def test_the_connection_token_is_refreshed_before_it_expires(
    relay,
    connect,
    store,
    clock,
    counter,
) -> None:
    relay.deliver(CUSTOMER, "m_1", ["one"])
    old = store.get(CUSTOMER.key).connection_token  # type: ignore[union-attr]
    clock.now += 23 * 3600 + 1  # less than an hour of the one-day token left
    relay.deliver(CUSTOMER, "m_2", ["two"])
    session = store.get(CUSTOMER.key)
    assert session is not None
    assert session.connection_token != old
    assert session.connection_expires_at > clock.now + 86_000
    refresh = [c for c in connect.calls if c.operation == "CreateParticipantConnection"][-1]
    assert "ConnectParticipant" not in refresh.params
    assert counter.totals["ConnectionTokensRefreshed"] == 1
    assert len(connect.messages()) == 2


def test_a_fresh_token_is_not_refreshed(relay, connect, clock) -> None:
    relay.deliver(CUSTOMER, "m_1", ["one"])
    clock.now += 3600
    relay.deliver(CUSTOMER, "m_2", ["two"])
    assert connect.operations().count("CreateParticipantConnection") == 1


def test_a_refresh_refused_because_the_chat_ended_starts_a_new_chat(relay, connect, clock) -> None:
    first = relay.deliver(CUSTOMER, "m_1", ["one"])
    connect.end_chat(first.contact_id)
    clock.now += 23 * 3600 + 1
    assert relay.deliver(CUSTOMER, "m_2", ["two"]).new_chat


@pytest.mark.parametrize(
    ("operation", "code"),
    [
        ("StartChatContact", "ThrottlingException"),
        ("StartChatContact", "InternalServiceException"),
        ("StartContactStreaming", "LimitExceededException"),
        ("SendMessage", "InternalServerException"),
    ],
)
def test_throttling_and_server_errors_propagate_for_sqs_to_retry(
    relay,
    connect,
    operation: str,
    code: str,
) -> None:
    connect.fail(operation, code)
    with pytest.raises(Exception, match=code):
        relay.deliver(CUSTOMER, "m_1", ["hello"])
    relay_retry: Callable[[], object] = lambda: relay.deliver(CUSTOMER, "m_1", ["hello"])  # noqa: E731
    relay_retry()
    assert len(connect.contacts) == 1
    assert [text for _, text in connect.messages()] == ["hello"]


# --- files --------------------------------------------------------------------------------


@pytest.fixture
def uploads(connect: FakeConnectService) -> Iterator[FileServer]:
    with running_file_server() as server:
        connect.upload_server = server
        yield server


def test_a_file_follows_the_text_through_a_signed_put_and_completes_once(
    relay, connect, uploads, counter
) -> None:
    photo = ChatFile("image-1.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x01" * 100)
    relay.deliver(CUSTOMER, "m_1", ["[image: screened]"], [photo])
    relay.deliver(CUSTOMER, "m_1", ["[image: screened]"], [photo])  # redelivered

    [contact] = connect.contacts.values()
    assert contact.messages == ["[image: screened]"]
    assert contact.attachments == [("image-1.png", "image/png", photo.data)]
    [(headers, data)] = uploads.puts.values()
    assert data == photo.data
    assert headers["Content-Type"] == "image/png" and headers["Content-Length"] == "108"
    assert counter.totals["AttachmentsUploaded"] == 2  # the second run re-completes idempotently


def test_a_file_connect_refuses_becomes_a_line_for_the_agent(
    relay, connect, uploads, counter
) -> None:
    connect.fail("StartAttachmentUpload", "ServiceQuotaExceededException")
    relay.deliver(
        CUSTOMER, "m_1", ["see attached"], [ChatFile("file-1.pdf", "application/pdf", b"%PDF-1")]
    )

    [contact] = connect.contacts.values()
    assert contact.messages == ["see attached", FILE_REFUSED_NOTICE]
    assert contact.attachments == []
    assert counter.totals["AttachmentsRefusedByConnect"] == 1
