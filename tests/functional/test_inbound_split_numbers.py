"""Numbers split across messages, through the inbound handler (issue 14, item 4).

The customer's pending-number marker lives on the sessions item between messages; these
tests drive the real handler with moto's queue and tables and the fake Connect, and read
what the agent saw and what the sessions table holds.
"""

from __future__ import annotations

import re
from dataclasses import replace

import boto3

from connect_privacy.connect_chat.sessions import PENDING_NUMBER
from connect_privacy.messenger.webhook_events import CustomerMessage, MessageKind
from tests.functional import test_inbound
from tests.functional.test_inbound import Harness
from tests.support.events import customer_message

T0 = 1_764_115_199_000  # ms, Messenger's timestamp unit
DIGIT = re.compile(r"[0-9]")
REVISION = re.compile(r"[0-9a-f]{32}")
make_harness = test_inbound.make_harness  # the inbound worker harness (a fixture)


def at(seconds: float, mid: str, text: str | None = None, **kwargs: object) -> CustomerMessage:
    return replace(customer_message(mid, text, **kwargs), timestamp=T0 + int(seconds * 1000))  # type: ignore[arg-type]


def stored_marker(harness: Harness) -> dict | None:  # type: ignore[type-arg]
    table = harness.handler.settings.sessions_table
    items = boto3.client("dynamodb").scan(TableName=table)["Items"]
    [item] = items
    return item.get(PENDING_NUMBER)


def meaning(marker: dict) -> dict:  # type: ignore[type-arg]
    """The marker without its revision (random hex: its digits are not the value's)."""
    return {name: value for name, value in marker["M"].items() if name != "revision"}


def test_a_card_number_sent_in_two_messages_reaches_connect_with_no_digit(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(at(0, "m_1", "my card is 4111 1111"))
    harness.poll()
    marker = stored_marker(harness)
    assert marker is not None
    # Kind, counts and expiry only (and a random revision): no digit of the value is stored.
    assert set(marker["M"]) == {
        "entity_type", "seen", "complete", "follow_ups", "expires_at", "revision"
    }  # fmt: skip
    assert REVISION.fullmatch(marker["M"]["revision"]["S"])
    assert marker["M"]["entity_type"] == {"S": "CREDIT_DEBIT_NUMBER"}
    assert "4111" not in repr(meaning(marker)) and "1111" not in repr(meaning(marker))

    harness.enqueue(at(10, "m_2", "1111 1111"))
    harness.poll()

    first, second = harness.agent_saw()
    assert not DIGIT.search(first) and not DIGIT.search(second)
    assert "CREDIT_DEBIT_NUMBER" in second
    # Sixteen digits: nothing pending but the last three of a card of nineteen, if sent.
    left = stored_marker(harness)
    assert left is None or (left["M"]["seen"], left["M"]["complete"]) == ({"N": "16"}, {"N": "19"})


def test_three_messages_and_a_lead_in_are_followed(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(
        at(0, "m_1", "iban es91"),
        at(5, "m_2", "2100 0418 4502"),
        at(9, "m_3", "sorry: 0005 1332"),
    )
    harness.poll()
    assert [DIGIT.findall(text) for text in harness.agent_saw()] == [[], [], []]


def test_ordinary_follow_ups_are_untouched(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(
        at(0, "m_1", "my card is 4111 1111"),
        at(10, "m_2", "order 12345 please"),  # a reference, not the rest of the card
        at(20, "m_3", "my card is 4111 1111"),
        at(20 + 600, "m_4", "1111 1111 is my locker code"),  # long after the window
    )
    harness.poll()
    seen = harness.agent_saw()
    assert seen[1] == "order 12345 please"
    assert seen[3] == "1111 1111 is my locker code"
    assert stored_marker(harness) is None


def test_a_non_text_event_clears_the_marker(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(
        at(0, "m_1", "my card is 4111 1111"),
        at(3, "m_2", kind=MessageKind.ATTACHMENTS, attachments=("image",)),
        at(6, "m_3", "1111 1111 was the number on the photo"),
    )
    harness.poll()
    assert stored_marker(harness) is None
    assert harness.agent_saw()[1:] == [
        "[image withheld: the file could not be fetched]",  # no CDN link in this event
        "1111 1111 was the number on the photo",
    ]
