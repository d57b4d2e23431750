"""Instagram Direct end to end, beside Messenger: webhook, inbound worker and outbound relay.

The same handlers as the Messenger tests, with Instagram switched on: the canonical
Instagram notification (tests/events/instagram_webhook_notification.json) through the
webhook, a mixed Messenger + Instagram batch through the inbound worker (fake Connect), and
agent replies through the outbound relay to two real HTTP servers on 127.0.0.1, one for
graph.facebook.com and one for graph.instagram.com, so a reply sent to the wrong host or
with the wrong token shows up as a request on the wrong server.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import boto3
import pytest

from connect_privacy.connect_chat.sessions import (
    ChatSession,
    SessionStatus,
    SessionStore,
    session_key,
)
from connect_privacy.relay.queue import encode

# The inbound worker's harness fixture, shared rather than copied.
from tests.functional.test_inbound import Harness, make_harness  # noqa: F401
from tests.support.emf import metric_totals
from tests.support.events import (
    APP_SECRET,
    IG_ACCOUNT_ID,
    IGSID,
    INSTAGRAM_APP_SECRET,
    PAGE_ID,
    PSID,
    agent_says_in,
    customer_message,
    entry,
    instagram_message,
    notification,
    read_event,
    read_function_env,
    text_event,
    webhook_post,
)
from tests.support.graph_api import FakeGraphApi, graph_error, running_graph_api
from tests.support.lambda_context import FakeLambdaContext
from tests.support.log_capture import (
    ROUTED_PACKAGES,
    RootRecords,
    assert_nothing_leaked,
    powertools_records,
)
from tests.support.tables import create_idempotency_table, create_sessions_table

QUEUE = "connect-privacy-inbound.fifo"
PAGE_TOKEN = "EAAG-synthetic-page-token-for-messenger"
DEFAULT_PAGE_TOKEN = "EAAG-synthetic-default-page-token"
IG_TOKEN = "IGAA-synthetic-instagram-user-token"
OTHER_IG_ACCOUNT = "17841400000000099"
SECRET = {
    "APP_SECRET": APP_SECRET,
    "VERIFY_TOKEN": "synthetic-verify-token",
    "PAGE_TOKEN": DEFAULT_PAGE_TOKEN,
    "PAGE_TOKENS": {PAGE_ID: PAGE_TOKEN},
    "INSTAGRAM_TOKENS": {IG_ACCOUNT_ID: IG_TOKEN},
    "INSTAGRAM_APP_SECRET": INSTAGRAM_APP_SECRET,
}
MESSENGER_CONTACT = "c0ffee00-0000-4000-8000-00000000000a"
INSTAGRAM_CONTACT = "c0ffee00-0000-4000-8000-00000000000b"
DAY = 24 * 3600


def create_secret(name: str = "connect-privacy/messenger", **changes: Any) -> None:
    boto3.client("secretsmanager").create_secret(
        Name=name, SecretString=json.dumps({**SECRET, **changes})
    )


# --- webhook ---------------------------------------------------------------------------------


@pytest.fixture
def webhook(fresh_handler: Callable[..., ModuleType]) -> ModuleType:
    create_secret()
    boto3.client("sqs").create_queue(QueueName=QUEUE, Attributes={"FifoQueue": "true"})
    return fresh_handler("webhook", WEBHOOK_CHANNELS="messenger,instagram")


def queued() -> list[dict[str, Any]]:
    sqs = boto3.client("sqs")
    url = sqs.get_queue_url(QueueName=QUEUE)["QueueUrl"]
    messages: list[dict[str, Any]] = []
    while batch := sqs.receive_message(
        QueueUrl=url, MaxNumberOfMessages=10, AttributeNames=["All"], VisibilityTimeout=60
    ).get("Messages", []):
        messages.extend(batch)
        for message in batch:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return messages


def canonical_instagram_body() -> str:
    return json.dumps(read_event("instagram_webhook_notification"))


def test_the_canonical_instagram_notification_is_enqueued_and_every_drop_counted(
    webhook: ModuleType, lambda_context: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    response = webhook.lambda_handler(webhook_post(canonical_instagram_body()), lambda_context)

    assert response["statusCode"] == 200
    got = [json.loads(m["Body"]) for m in queued()]
    assert [(b["channel"], b["page_id"], b["psid"], b["kind"]) for b in got] == [
        ("instagram", IG_ACCOUNT_ID, IGSID, "text"),
        ("instagram", IG_ACCOUNT_ID, IGSID, "attachments"),
        ("instagram", IG_ACCOUNT_ID, IGSID, "attachments"),
        ("instagram", IG_ACCOUNT_ID, IGSID, "postback"),
    ]
    assert [b["attachments"] for b in got] == [[], ["story_reply"], ["story_mention"], []]
    assert got[1]["text"].startswith("Is this still available?")
    # The story's CDN URL must not be stored anywhere (Meta: "must not store/cache").
    assert "lookaside" not in json.dumps(got)
    out = capsys.readouterr().out
    totals = metric_totals(out)
    assert totals["MessagesEnqueued"] == 4
    for reason in ("Echo", "Read", "Reaction", "Unsupported", "Deleted"):
        assert totals[f"EventsDropped{reason}"] == 1, reason
    assert_nothing_leaked([out], [IGSID, "4111", "123-45-6789", "still available"])


def test_the_instagram_app_secret_is_trusted_for_instagram_notifications_only(
    webhook: ModuleType, lambda_context: Any
) -> None:
    instagram = canonical_instagram_body()
    messenger = notification(entry(text_event("m_1", "hi")))

    signed_instagram = webhook_post(instagram, app_secret=INSTAGRAM_APP_SECRET)
    signed_messenger = webhook_post(messenger, app_secret=INSTAGRAM_APP_SECRET)

    assert webhook.lambda_handler(signed_instagram, lambda_context)["statusCode"] == 200
    assert webhook.lambda_handler(signed_messenger, lambda_context)["statusCode"] == 403
    assert {json.loads(m["Body"])["channel"] for m in queued()} == {"instagram"}


def test_a_messenger_and_an_instagram_message_with_the_same_mid_are_both_enqueued(
    webhook: ModuleType, lambda_context: Any
) -> None:
    messenger = notification(entry(text_event("mid-shared", "from messenger")))
    instagram = notification(
        entry(text_event("mid-shared", "from instagram", psid=IGSID), page=IG_ACCOUNT_ID),
        obj="instagram",
    )

    for body in (messenger, instagram):
        assert webhook.lambda_handler(webhook_post(body), lambda_context)["statusCode"] == 200

    messages = queued()
    assert sorted(json.loads(m["Body"])["channel"] for m in messages) == ["instagram", "messenger"]
    assert len({m["Attributes"]["MessageGroupId"] for m in messages}) == 2
    assert len({m["Attributes"]["MessageDeduplicationId"] for m in messages}) == 2


def test_instagram_stays_unserved_unless_the_channel_is_enabled(
    fresh_handler: Callable[..., ModuleType], lambda_context: Any
) -> None:
    create_secret()
    boto3.client("sqs").create_queue(QueueName=QUEUE, Attributes={"FifoQueue": "true"})
    handler = fresh_handler("webhook")  # WEBHOOK_CHANNELS=messenger, as deployed by default

    signed = webhook_post(canonical_instagram_body(), app_secret=INSTAGRAM_APP_SECRET)
    assert handler.lambda_handler(signed, lambda_context)["statusCode"] == 403
    assert (
        handler.lambda_handler(webhook_post(canonical_instagram_body()), lambda_context)[
            "statusCode"
        ]
        == 404
    )
    assert queued() == []


# --- inbound worker: a mixed batch -----------------------------------------------------------


def test_a_mixed_batch_opens_one_chat_per_channel_with_routing_attributes_and_redaction(
    make_harness: Callable[..., Harness],  # noqa: F811 (the imported fixture)
    capsys: pytest.CaptureFixture[str],
) -> None:
    harness = make_harness()
    # The same mid on both channels: neither may de-duplicate nor replay the other's chat.
    harness.enqueue(
        customer_message("mid-shared", "card 4111 1111 1111 1111"),
        instagram_message("mid-shared", "my ssn is 123-45-6789"),
    )

    harness.poll()

    assert harness.responses[-1] == {"batchItemFailures": []}
    contacts = list(harness.connect.contacts.values())
    assert [c.params["Attributes"] for c in contacts] == [
        {"Channel": "messenger", "AccountId": PAGE_ID, "PageId": PAGE_ID},
        {"Channel": "instagram", "AccountId": IG_ACCOUNT_ID},
    ]
    seen = [message for contact in contacts for message in contact.messages]
    assert len(seen) == 2
    assert "4111" not in seen[0] and "CREDIT_DEBIT_NUMBER" in seen[0]
    assert "123-45-6789" not in seen[1] and "SSN" in seen[1]
    out = capsys.readouterr().out
    assert_nothing_leaked([out], [IGSID, PSID, "4111", "123-45-6789", "my ssn"])


def test_an_instagram_redelivery_reaches_connect_once(
    make_harness: Callable[..., Harness],  # noqa: F811 (the imported fixture)
) -> None:
    harness = make_harness()
    message = instagram_message("mid-ig-1", "hello")
    harness.enqueue(message)
    harness.poll()
    # A redelivery after SQS's five-minute de-duplication window: a new dedup id.
    entry_ = encode(message)
    harness.enqueue_raw(entry_.body, entry_.group_id, "another-dedup-id")
    harness.poll()

    assert harness.agent_saw() == ["hello"]


# --- outbound relay: two Graph hosts ---------------------------------------------------------


@dataclass
class TwoHosts:
    module: ModuleType
    facebook: FakeGraphApi
    instagram: FakeGraphApi
    sessions: SessionStore

    def invoke(self, event: dict[str, Any]) -> None:
        self.module.lambda_handler(deepcopy(event), FakeLambdaContext(remaining_millis=30_000))

    def start_session(
        self, channel: str, account: str, customer: str, contact_id: str, *, wrote_ago: int = 60
    ) -> None:
        now = int(time.time())
        key = session_key(channel, account, customer)
        assert self.sessions.claim(
            key, channel=channel, page_id=account, psid=customer, claim_id="claim", now=now,
            ttl_seconds=300,
        )  # fmt: skip
        self.sessions.activate(
            key,
            "claim",
            ChatSession(
                key=key, channel=channel, page_id=account, psid=customer,
                status=SessionStatus.ACTIVE, contact_id=contact_id, participant_id="p-1",
                participant_token="synthetic-participant-token",
                connection_token="synthetic-connection-token", connection_expires_at=now + DAY,
                started_at=now - wrote_ago, last_customer_message_at=now - wrote_ago,
                expires_at=now + 8 * DAY,
            ),
        )  # fmt: skip


@pytest.fixture
def hosts() -> Iterator[tuple[FakeGraphApi, FakeGraphApi]]:
    with running_graph_api() as facebook, running_graph_api() as instagram:
        yield facebook, instagram


@pytest.fixture
def load_two_hosts(
    fresh_handler: Callable[..., ModuleType],
    hosts: tuple[FakeGraphApi, FakeGraphApi],
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[..., TwoHosts]:
    env = read_function_env("outbound")
    dynamodb = boto3.client("dynamodb")
    create_sessions_table(dynamodb, env["SESSIONS_TABLE"])
    create_idempotency_table(dynamodb, env["IDEMPOTENCY_TABLE"])
    facebook, instagram = hosts

    def load(**secret_changes: Any) -> TwoHosts:
        create_secret(env["MESSENGER_SECRET_ID"], **secret_changes)
        module = fresh_handler(
            "outbound",
            GRAPH_API_BASE_URL=facebook.base_url,
            INSTAGRAM_GRAPH_API_BASE_URL=instagram.base_url,
            HUMAN_AGENT_TAG_ENABLED="true",
        )
        monkeypatch.setattr(module, "backoff_sleep", lambda seconds: None)
        store = SessionStore(env["SESSIONS_TABLE"], lambda: boto3.client("dynamodb"))
        relay = TwoHosts(module, facebook, instagram, store)
        relay.start_session("messenger", PAGE_ID, PSID, MESSENGER_CONTACT)
        relay.start_session("instagram", IG_ACCOUNT_ID, IGSID, INSTAGRAM_CONTACT)
        return relay

    return load


def test_each_reply_goes_to_its_own_channels_host_with_its_own_accounts_token(
    load_two_hosts: Callable[..., TwoHosts], capsys: pytest.CaptureFixture[str]
) -> None:
    relay = load_two_hosts()

    relay.invoke(agent_says_in(INSTAGRAM_CONTACT, "Hello from Instagram", item_id="ig-1"))
    relay.invoke(agent_says_in(MESSENGER_CONTACT, "Hello from Messenger", item_id="fb-1"))

    [ig] = relay.instagram.requests
    assert ig.path == f"/v25.0/{IG_ACCOUNT_ID}/messages"
    assert ig.headers["authorization"] == f"Bearer {IG_TOKEN}"
    assert ig.query == {}  # no appsecret_proof made with a secret Instagram does not use
    assert ig.body == {
        "recipient": {"id": IGSID},
        "messaging_type": "RESPONSE",
        "message": {"text": "Hello from Instagram"},
    }
    [fb] = relay.facebook.requests
    assert fb.path == f"/v25.0/{PAGE_ID}/messages"
    assert fb.headers["authorization"] == f"Bearer {PAGE_TOKEN}"
    assert "appsecret_proof" in fb.query
    assert fb.body["recipient"] == {"id": PSID}
    out = capsys.readouterr().out
    assert_nothing_leaked([out], [IGSID, PSID, IG_TOKEN, PAGE_TOKEN, "Hello from"])


def test_one_notification_batch_with_both_channels_reaches_each_customer_on_its_own_host(
    load_two_hosts: Callable[..., TwoHosts],
) -> None:
    relay = load_two_hosts()
    instagram_item = agent_says_in(INSTAGRAM_CONTACT, "On Instagram", item_id="ig-1")
    messenger_item = agent_says_in(MESSENGER_CONTACT, "On Messenger", item_id="fb-1")
    batch = {"Records": [*instagram_item["Records"], *messenger_item["Records"]]}

    relay.invoke(batch)

    assert relay.instagram.texts == ["On Instagram"]
    assert relay.facebook.texts == ["On Messenger"]
    assert [r.body["recipient"]["id"] for r in relay.instagram.requests] == [IGSID]
    assert [r.body["recipient"]["id"] for r in relay.facebook.requests] == [PSID]


def test_an_instagram_account_without_its_own_token_is_never_sent_a_page_token(
    load_two_hosts: Callable[..., TwoHosts],
) -> None:
    # The secret has a default page token, but no Instagram token for this account.
    relay = load_two_hosts(INSTAGRAM_TOKENS={OTHER_IG_ACCOUNT: "IGAA-another-account"})

    with pytest.raises(Exception, match="no Instagram token"):
        relay.invoke(agent_says_in(INSTAGRAM_CONTACT, "Hello", item_id="ig-1"))

    assert relay.instagram.requests == [] and relay.facebook.requests == []


def test_a_long_instagram_reply_is_split_on_words_within_1000_utf8_bytes(
    load_two_hosts: Callable[..., TwoHosts],
) -> None:
    relay = load_two_hosts()
    words = [f"größe{n:03}" for n in range(300)]  # 11 bytes a word: 3,299 bytes in all
    text = " ".join(words)

    relay.invoke(agent_says_in(INSTAGRAM_CONTACT, text, item_id="ig-long"))

    parts = relay.instagram.texts
    assert len(parts) == 4
    assert all(len(part.encode("utf-8")) <= 999 for part in parts)
    assert " ".join(parts) == text  # cut between words only, nothing lost or reordered
    assert relay.facebook.requests == []


def test_instagram_typing_and_the_human_agent_tag_follow_the_instagram_window(
    load_two_hosts: Callable[..., TwoHosts], load_event: Callable[[str], dict[str, Any]]
) -> None:
    relay = load_two_hosts()
    typing = load_event("sns_connect_typing")
    for record in typing["Records"]:
        body = json.loads(record["Sns"]["Message"])
        body["InitialContactId"] = body["ContactId"] = INSTAGRAM_CONTACT
        record["Sns"]["Message"] = json.dumps(body)
        for name in ("InitialContactId", "ContactId"):
            record["Sns"]["MessageAttributes"][name]["Value"] = INSTAGRAM_CONTACT
    relay.invoke(typing)
    assert relay.instagram.requests[-1].body == {
        "recipient": {"id": IGSID},
        "sender_action": "typing_on",
    }

    # Three days after the customer's last message: only a person's reply, tagged.
    relay.start_session(
        "instagram", IG_ACCOUNT_ID, "7777777777777777", "c0ffee00-late", wrote_ago=3 * DAY
    )
    relay.invoke(agent_says_in("c0ffee00-late", "Sorry for the wait", item_id="ig-late"))
    late = relay.instagram.requests[-1].body
    assert late["messaging_type"] == "MESSAGE_TAG" and late["tag"] == "HUMAN_AGENT"


def test_instagram_graph_errors_are_classified_as_for_messenger(
    load_two_hosts: Callable[..., TwoHosts], capsys: pytest.CaptureFixture[str]
) -> None:
    relay = load_two_hosts()
    # Throttled once (retried), then outside the window as Instagram words it (permanent).
    relay.instagram.script(graph_error(613, status=400), graph_error(10, 2534022))

    relay.invoke(agent_says_in(INSTAGRAM_CONTACT, "Hello", item_id="ig-1"))
    relay.invoke(agent_says_in(INSTAGRAM_CONTACT, "Hello", item_id="ig-1"))  # redelivered

    assert len(relay.instagram.requests) == 2  # the refusal is remembered, not retried
    totals = metric_totals(capsys.readouterr().out)
    assert totals["GraphApiRetries"] == 1
    assert totals["OutboundPermanentError"] == 1


# --- DEBUG logs ------------------------------------------------------------------------------

DEBUG_TEXT = "zebracorn my card is 4111 1111 1111 1111"


def test_at_debug_no_igsid_token_or_text_is_logged_by_webhook_or_outbound(
    fresh_handler: Callable[..., ModuleType],
    hosts: tuple[FakeGraphApi, FakeGraphApi],
    root_records: RootRecords,
    capsys: pytest.CaptureFixture[str],
) -> None:
    create_secret()
    boto3.client("sqs").create_queue(QueueName=QUEUE, Attributes={"FifoQueue": "true"})
    env = read_function_env("outbound")
    dynamodb = boto3.client("dynamodb")
    create_sessions_table(dynamodb, env["SESSIONS_TABLE"])
    create_idempotency_table(dynamodb, env["IDEMPOTENCY_TABLE"])
    facebook, instagram = hosts
    webhook = fresh_handler(
        "webhook", WEBHOOK_CHANNELS="messenger,instagram", POWERTOOLS_LOG_LEVEL="DEBUG"
    )
    body = notification(
        entry(text_event("mid-debug", DEBUG_TEXT, psid=IGSID), page=IG_ACCOUNT_ID),
        obj="instagram",
    )
    response = webhook.lambda_handler(webhook_post(body), FakeLambdaContext())
    assert response["statusCode"] == 200
    outbound = fresh_handler(
        "outbound",
        GRAPH_API_BASE_URL=facebook.base_url,
        INSTAGRAM_GRAPH_API_BASE_URL=instagram.base_url,
        POWERTOOLS_LOG_LEVEL="DEBUG",
    )
    relay = TwoHosts(
        outbound, facebook, instagram,
        SessionStore(env["SESSIONS_TABLE"], lambda: boto3.client("dynamodb")),
    )  # fmt: skip
    relay.start_session("instagram", IG_ACCOUNT_ID, IGSID, INSTAGRAM_CONTACT)
    relay.instagram.script(graph_error(10, 2534022))  # a refusal is logged with its codes
    relay.invoke(agent_says_in(INSTAGRAM_CONTACT, DEBUG_TEXT, item_id="ig-debug"))

    output = capsys.readouterr().out
    records = powertools_records(output)
    assert records
    bypassed = [r.name for r in root_records if r.name.split(".")[0] in ROUTED_PACKAGES]
    assert bypassed == []
    assert_nothing_leaked(
        [output, *root_records.texts()],
        [IGSID, IG_TOKEN, PAGE_TOKEN, INSTAGRAM_APP_SECRET, APP_SECRET, "zebracorn", "4111"],
    )
    assert any(r.get("graph_subcode") == 2534022 for r in records)
