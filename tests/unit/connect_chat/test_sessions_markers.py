"""The pending-number marker on the sessions item: written by the outbound relay when an
agent asks for a value, read and replaced by the inbound relay around each customer message.
The inbound write is a compare-and-set, so a question relayed meanwhile is not overwritten."""

from __future__ import annotations

import boto3

from connect_privacy.connect_chat.sessions import SessionStore
from tests.unit.connect_chat.test_sessions import KEY, TABLE, start
from tests.unit.connect_chat.test_sessions import store as store  # the fixture

CARD_PENDING = {"entity_type": "CREDIT_DEBIT_NUMBER", "seen": 8, "complete": 16,
                "follow_ups": 0, "expires_at": 1_764_115_320.0}  # fmt: skip
PHONE_ASKED = {"entity_type": "PHONE", "seen": 0, "complete": 10, "follow_ups": 0,
               "expires_at": 1_764_115_500.0, "asked": 1}  # fmt: skip


def meaning(stored: dict[str, str] | None) -> dict[str, str] | None:
    """What the marker says, as read back (strings), without its revision."""
    if stored is None:
        return None
    return {name: value for name, value in stored.items() if name != "revision"}


def as_read(marker: dict[str, object]) -> dict[str, str]:
    return {name: str(value) for name, value in marker.items()}


def test_every_write_gets_a_new_revision(store: SessionStore) -> None:
    start(store)
    assert store.await_answer(KEY, "contact-1", CARD_PENDING)
    first = store.pending_number(KEY)
    assert store.await_answer(KEY, "contact-1", CARD_PENDING)
    second = store.pending_number(KEY)
    assert first is not None and second is not None
    assert meaning(first) == meaning(second) == as_read(CARD_PENDING)
    assert first["revision"] != second["revision"]


def test_a_revision_in_the_marker_given_is_not_stored(store: SessionStore) -> None:
    start(store)
    assert store.await_answer(KEY, "contact-1", {**CARD_PENDING, "revision": "mine"})
    assert store.pending_number(KEY)["revision"] != "mine"  # type: ignore[index]


def test_the_marker_read_is_replaced(store: SessionStore) -> None:
    start(store)
    assert store.await_answer(KEY, "contact-1", CARD_PENDING)
    read = store.pending_number(KEY)

    assert store.replace_pending_number(KEY, "contact-1", read, None)
    assert store.pending_number(KEY) is None


def test_a_question_stored_after_the_read_is_kept(store: SessionStore) -> None:
    start(store)
    assert store.await_answer(KEY, "contact-1", CARD_PENDING)
    read = store.pending_number(KEY)
    assert store.await_answer(KEY, "contact-1", PHONE_ASKED)  # the agent asks meanwhile

    assert not store.replace_pending_number(KEY, "contact-1", read, None)
    assert meaning(store.pending_number(KEY)) == as_read(PHONE_ASKED)


def test_no_marker_read_means_none_may_have_appeared_since(store: SessionStore) -> None:
    start(store)
    assert store.replace_pending_number(KEY, "contact-1", None, CARD_PENDING)
    assert meaning(store.pending_number(KEY)) == as_read(CARD_PENDING)

    assert not store.replace_pending_number(KEY, "contact-1", None, None)
    assert meaning(store.pending_number(KEY)) == as_read(CARD_PENDING)


def test_a_marker_stored_before_revisions_can_still_be_replaced(store: SessionStore) -> None:
    start(store)
    legacy = {name: {"S": value} if isinstance(value, str) else {"N": str(value)}
              for name, value in CARD_PENDING.items()}  # fmt: skip
    boto3.client("dynamodb").update_item(
        TableName=TABLE,
        Key={"pk": {"S": KEY}},
        UpdateExpression="SET pending_number = :legacy",
        ExpressionAttributeValues={":legacy": {"M": legacy}},
    )
    read = store.pending_number(KEY)
    assert read == as_read(CARD_PENDING)  # no revision

    assert store.replace_pending_number(KEY, "contact-1", read, PHONE_ASKED)
    # A marker with a revision is newer than any read without one.
    assert not store.replace_pending_number(KEY, "contact-1", read, None)
    assert meaning(store.pending_number(KEY)) == as_read(PHONE_ASKED)


def test_a_replace_on_another_chat_changes_nothing(store: SessionStore) -> None:
    start(store)
    assert store.await_answer(KEY, "contact-1", CARD_PENDING)
    read = store.pending_number(KEY)

    assert not store.replace_pending_number(KEY, "contact-other", read, None)
    assert meaning(store.pending_number(KEY)) == as_read(CARD_PENDING)
