"""The sessions table contract, against moto's DynamoDB with the table as Terraform declares it."""

from __future__ import annotations

import threading
from dataclasses import replace

import boto3
import pytest

from connect_privacy.connect_chat.sessions import (
    ChatSession,
    SessionConflict,
    SessionStatus,
    SessionStore,
    session_key,
)
from tests.support.tables import AtomicDynamoDB, create_sessions_table

TABLE = "sessions"
KEY = session_key("messenger", "104123456789012", "6901234567890123")
NOW = 1_764_115_200


@pytest.fixture
def store(aws: None) -> SessionStore:
    create_sessions_table(boto3.client("dynamodb"), TABLE)
    return SessionStore(TABLE, AtomicDynamoDB)


def active_session(contact_id: str = "contact-1", *, expires_at: int = NOW + 3600) -> ChatSession:
    return ChatSession(
        key=KEY,
        channel="messenger",
        page_id="104123456789012",
        psid="6901234567890123",
        status=SessionStatus.ACTIVE,
        contact_id=contact_id,
        participant_id="participant-1",
        participant_token="participant-token-secret",
        connection_token="connection-token-secret",
        connection_expires_at=NOW + 86_400,
        started_at=NOW,
        last_customer_message_at=NOW,
        expires_at=expires_at,
    )


def claim(store: SessionStore, claim_id: str, now: int = NOW, ttl: int = 300) -> bool:
    return store.claim(
        KEY,
        channel="messenger",
        page_id="104123456789012",
        psid="6901234567890123",
        claim_id=claim_id,
        now=now,
        ttl_seconds=ttl,
    )


def start(store: SessionStore, contact_id: str = "contact-1", claim_id: str = "c1") -> ChatSession:
    assert claim(store, claim_id)
    return store.activate(KEY, claim_id, active_session(contact_id))


def test_session_key_joins_channel_page_and_psid() -> None:
    assert session_key("messenger", "p", "u") == "messenger#p#u"


def test_a_new_customer_has_no_session(store: SessionStore) -> None:
    assert store.get(KEY) is None


def test_an_activated_claim_reads_back_as_the_active_session(store: SessionStore) -> None:
    stored = start(store)
    assert store.get(KEY) == stored
    assert store.find_by_contact_id("contact-1") == stored
    assert stored.is_live(NOW)


def test_a_claim_alone_is_not_a_session(store: SessionStore) -> None:
    assert claim(store, "c1")
    assert store.get(KEY) is None


def test_only_one_of_two_racing_claims_wins(store: SessionStore) -> None:
    barrier = threading.Barrier(8)
    results: list[bool] = []

    def contend(n: int) -> None:
        barrier.wait()
        results.append(claim(store, f"claim-{n}"))

    threads = [threading.Thread(target=contend, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 1


def test_the_same_message_may_retake_its_own_claim(store: SessionStore) -> None:
    assert claim(store, "c1")
    assert claim(store, "c1", now=NOW + 10)
    assert not claim(store, "c2", now=NOW + 10)


def test_a_stale_claim_expires_so_the_customer_is_not_stuck(store: SessionStore) -> None:
    assert claim(store, "crashed-winner", ttl=300)
    assert not claim(store, "next", now=NOW + 299)
    assert claim(store, "next", now=NOW + 300)


def test_an_active_session_blocks_claims_until_it_ends(store: SessionStore) -> None:
    start(store)
    assert not claim(store, "c2")
    assert store.end(KEY, "contact-1")
    assert store.get(KEY) == replace(active_session(), status=SessionStatus.ENDED)
    assert claim(store, "c2")


def test_an_expired_active_session_can_be_replaced(store: SessionStore) -> None:
    claim(store, "c1")
    store.activate(KEY, "c1", active_session(expires_at=NOW + 60))
    assert not store.get(KEY).is_live(NOW + 60)  # type: ignore[union-attr]
    assert claim(store, "c2", now=NOW + 60)


def test_activation_fails_when_the_claim_was_taken_over(store: SessionStore) -> None:
    assert claim(store, "slow", ttl=300)
    assert claim(store, "fast", now=NOW + 301)
    with pytest.raises(SessionConflict):
        store.activate(KEY, "slow", active_session())


def test_end_only_ends_the_chat_it_names(store: SessionStore) -> None:
    start(store, "contact-1")
    assert not store.end(KEY, "contact-other")
    assert store.end(KEY, "contact-1")
    assert not store.end(KEY, "contact-1")  # already ended


def test_find_by_contact_id_returns_ended_sessions_too(store: SessionStore) -> None:
    start(store, "contact-1")
    store.end(KEY, "contact-1")
    found = store.find_by_contact_id("contact-1")
    assert found is not None
    assert found.status is SessionStatus.ENDED
    assert store.find_by_contact_id("unknown") is None


def test_a_new_chat_replaces_the_ended_one(store: SessionStore) -> None:
    start(store, "contact-1", claim_id="c1")
    store.end(KEY, "contact-1")
    start(store, "contact-2", claim_id="c2")
    assert store.get(KEY).contact_id == "contact-2"  # type: ignore[union-attr]
    assert store.find_by_contact_id("contact-1") is None


def test_a_refreshed_connection_token_is_stored_for_the_current_chat_only(
    store: SessionStore,
) -> None:
    start(store, "contact-1")
    assert store.replace_connection(KEY, "contact-1", "new-token", NOW + 90_000)
    assert not store.replace_connection(KEY, "contact-9", "other", NOW)
    session = store.get(KEY)
    assert session is not None
    assert (session.connection_token, session.connection_expires_at) == ("new-token", NOW + 90_000)


def test_customer_messages_move_the_messaging_window(store: SessionStore) -> None:
    start(store)
    assert store.record_customer_message(KEY, "contact-1", NOW + 42)
    assert store.get(KEY).last_customer_message_at == NOW + 42  # type: ignore[union-attr]


def test_items_carry_the_ttl_attribute(store: SessionStore) -> None:
    start(store)
    item = boto3.client("dynamodb").get_item(TableName=TABLE, Key={"pk": {"S": KEY}})["Item"]
    assert item["expires_at"] == {"N": str(NOW + 3600)}


def test_repr_reveals_no_tokens_or_psid() -> None:
    text = repr(active_session())
    assert "secret" not in text
    assert "6901234567890123" not in text
