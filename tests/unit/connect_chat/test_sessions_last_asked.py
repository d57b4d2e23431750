"""The value an agent last asked for, kept on the sessions item beside the pending-number
marker: the outbound relay awaits it anew when the agent asks for it again without naming it
("could you resend it?"). Like the marker, it holds the kind and counts, never a character
of the answer."""

from __future__ import annotations

from connect_privacy.connect_chat.sessions import SessionStore
from tests.unit.connect_chat.test_sessions import KEY, start
from tests.unit.connect_chat.test_sessions import store as store  # the fixture
from tests.unit.connect_chat.test_sessions_markers import PHONE_ASKED, as_read, meaning

CVV_ASKED = {"entity_type": "CREDIT_DEBIT_CVV", "seen": 0, "complete": 3, "follow_ups": 0,
             "expires_at": 1_764_115_800.0, "asked": 1}  # fmt: skip


def test_a_question_awaited_is_kept_as_the_value_last_asked_for(store: SessionStore) -> None:
    start(store)
    assert store.last_asked(KEY) is None

    assert store.await_answer(KEY, "contact-1", {**PHONE_ASKED, "revision": "theirs"})

    assert meaning(store.pending_number(KEY)) == as_read(PHONE_ASKED)
    assert store.last_asked(KEY) == as_read(PHONE_ASKED)  # no revision: it is never compared


def test_it_outlives_the_answer_that_uses_the_marker_up(store: SessionStore) -> None:
    start(store)
    assert store.await_answer(KEY, "contact-1", PHONE_ASKED)
    read = store.pending_number(KEY)

    assert store.replace_pending_number(KEY, "contact-1", read, None)  # the answer came

    assert store.pending_number(KEY) is None
    assert store.last_asked(KEY) == as_read(PHONE_ASKED)


def test_a_later_question_replaces_it(store: SessionStore) -> None:
    start(store)
    assert store.await_answer(KEY, "contact-1", PHONE_ASKED)
    assert store.await_answer(KEY, "contact-1", CVV_ASKED)

    assert store.last_asked(KEY) == as_read(CVV_ASKED)


def test_it_is_forgotten_once_and_only_when_kept(store: SessionStore) -> None:
    start(store)
    assert not store.forget_last_asked(KEY, "contact-1")  # nothing kept: nothing written

    assert store.await_answer(KEY, "contact-1", PHONE_ASKED)
    assert store.forget_last_asked(KEY, "contact-1")

    assert store.last_asked(KEY) is None
    assert meaning(store.pending_number(KEY)) == as_read(PHONE_ASKED)  # the marker stays
    assert not store.forget_last_asked(KEY, "contact-1")


def test_another_chat_neither_stores_nor_forgets_it(store: SessionStore) -> None:
    start(store)
    assert store.await_answer(KEY, "contact-1", PHONE_ASKED)

    assert not store.await_answer(KEY, "contact-other", CVV_ASKED)
    assert not store.forget_last_asked(KEY, "contact-other")
    assert store.last_asked(KEY) == as_read(PHONE_ASKED)


def test_a_new_chat_starts_without_it(store: SessionStore) -> None:
    start(store, "contact-1", claim_id="c1")
    assert store.await_answer(KEY, "contact-1", PHONE_ASKED)
    store.end(KEY, "contact-1")

    start(store, "contact-2", claim_id="c2")

    assert store.last_asked(KEY) is None
    assert store.pending_number(KEY) is None
