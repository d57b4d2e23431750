"""Parsing Meta's webhook notifications into customer messages and drop counts."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connect_privacy.messenger.webhook_events import (
    MAX_ATTACHMENTS,
    MAX_ID_CHARS,
    MAX_MID_CHARS,
    MAX_TEXT_CHARS,
    Channel,
    CustomerMessage,
    DropReason,
    MalformedNotification,
    MessageKind,
    UnsupportedObject,
    parse_notification,
)
from connect_privacy.relay.queue import (
    MalformedQueueMessage,
    decode,
    encode,
    message_group_id,
)

MESSENGER = frozenset({Channel.MESSENGER})
PAGE, PSID = "104123456789012", "6901234567890123"


def page(*events: dict[str, Any], standby: list[Any] | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": PAGE, "time": 1764115200000, "messaging": list(events)}
    if standby is not None:
        entry["standby"] = standby
    return {"object": "page", "entry": [entry]}


def event(**body: Any) -> dict[str, Any]:
    return {"sender": {"id": PSID}, "recipient": {"id": PAGE}, "timestamp": 1764115199000, **body}


def only(payload: dict[str, Any]) -> CustomerMessage:
    [message] = parse_notification(payload, MESSENGER).messages
    return message


def test_a_text_message() -> None:
    message = only(page(event(message={"mid": "m_1", "text": "hello"})))
    assert (message.kind, message.text, message.mid, message.psid, message.page_id) == (
        MessageKind.TEXT,
        "hello",
        "m_1",
        PSID,
        PAGE,
    )


def test_a_quick_reply_keeps_its_visible_text() -> None:
    message = only(
        page(event(message={"mid": "m_1", "text": "Yes", "quick_reply": {"payload": "Y"}}))
    )
    assert (message.kind, message.text) == (MessageKind.QUICK_REPLY, "Yes")


def test_attachments_keep_only_their_types() -> None:
    message = only(
        page(
            event(
                message={
                    "mid": "m_1",
                    "attachments": [
                        {"type": "image", "payload": {"url": "https://cdn.example/secret.jpg"}},
                        {"type": "NOT A TYPE"},
                        "junk",
                    ],
                }
            )
        )
    )
    assert message.kind is MessageKind.ATTACHMENTS
    assert message.attachment_types == ("image", "other", "other")
    assert "cdn.example" not in repr(message)
    # The link is kept for the worker to fetch and screen; a missing one is "".
    assert message.attachment_urls == ("https://cdn.example/secret.jpg", "", "")


@pytest.mark.parametrize(
    "url",
    ["ftp://cdn.example/a", "javascript:alert(1)", "https://cdn.example/" + "a" * 3000, 42],
)
def test_an_unusable_attachment_link_is_not_kept(url: object) -> None:
    message = only(
        page(
            event(
                message={"mid": "m_1", "attachments": [{"type": "image", "payload": {"url": url}}]}
            )
        )
    )
    assert message.attachment_urls == ("",)


def test_a_postback_uses_its_title_and_mid() -> None:
    message = only(page(event(postback={"mid": "m_pb", "title": "Talk to us", "payload": "AGENT"})))
    assert (message.kind, message.text, message.mid) == (MessageKind.POSTBACK, "Talk to us", "m_pb")


def test_a_postback_without_mid_gets_a_stable_derived_one() -> None:
    payload = page(event(postback={"title": "Talk to us", "payload": "AGENT"}))
    assert only(payload).mid == only(payload).mid
    assert only(payload).mid.startswith("pb_")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"message": {"mid": "m_e", "text": "ours", "is_echo": True}}, DropReason.ECHO),
        ({"read": {"watermark": 1}}, DropReason.READ),
        ({"delivery": {"watermark": 1, "mids": ["m_1"]}}, DropReason.DELIVERY),
        ({"reaction": {"reaction": "love", "action": "react", "mid": "m_1"}}, DropReason.REACTION),
        ({"message_edit": {"mid": "m_1", "text": "edited"}}, DropReason.EDIT),
        ({"optin": {"ref": "x"}}, DropReason.UNSUPPORTED),
        ({"message": {"mid": "m_1"}}, DropReason.UNSUPPORTED),
        ({"message": {"text": "no mid"}}, DropReason.MALFORMED),
        ({"message": {"mid": "m_1", "text": 42}}, DropReason.MALFORMED),
        ({"message": {"mid": "m_1", "text": "x" * (MAX_TEXT_CHARS + 1)}}, DropReason.OVERSIZED),
    ],
)
def test_events_that_are_not_customer_messages_are_dropped_and_counted(
    body: dict[str, Any], reason: DropReason
) -> None:
    notification = parse_notification(page(event(**body)), MESSENGER)
    assert notification.messages == ()
    assert notification.dropped == {reason: 1}


def test_a_sender_without_an_id_is_malformed() -> None:
    payload = page({"sender": {"user_ref": "abc"}, "message": {"mid": "m_1", "text": "hi"}})
    assert parse_notification(payload, MESSENGER).dropped == {DropReason.MALFORMED: 1}


def test_standby_events_are_dropped() -> None:
    payload = page(standby=[event(message={"mid": "m_1", "text": "other app's thread"})])
    assert parse_notification(payload, MESSENGER).dropped == {DropReason.STANDBY: 1}


def test_every_entry_and_event_is_read_and_sorted_by_timestamp() -> None:
    payload = {
        "object": "page",
        "entry": [
            {
                "id": PAGE,
                "messaging": [
                    event(message={"mid": "m_3", "text": "c"}, timestamp=3),
                    event(message={"mid": "m_1", "text": "a"}, timestamp=1),
                ],
            },
            {"id": 222, "messaging": [event(message={"mid": "m_2", "text": "b"}, timestamp="2")]},
        ],
    }
    messages = parse_notification(payload, MESSENGER).messages
    assert [(m.mid, m.page_id) for m in messages] == [("m_1", PAGE), ("m_2", "222"), ("m_3", PAGE)]


def test_objects_other_than_the_enabled_channels_are_unsupported() -> None:
    payload = {**page(event(message={"mid": "m_1", "text": "hi"})), "object": "instagram"}
    with pytest.raises(UnsupportedObject):
        parse_notification(payload, MESSENGER)
    [message] = parse_notification(payload, frozenset(Channel)).messages
    assert message.channel is Channel.INSTAGRAM


@pytest.mark.parametrize(
    "payload", [[], "page", {"object": "page"}, {"object": "page", "entry": {}}]
)
def test_a_broken_envelope_is_malformed(payload: Any) -> None:
    with pytest.raises(MalformedNotification):
        parse_notification(payload, MESSENGER)


def test_repr_hides_text_and_psid() -> None:
    message = only(page(event(message={"mid": "m_1", "text": "my secret"})))
    assert "my secret" not in repr(message)
    assert PSID not in repr(message)


# --- the queue message schema ------------------------------------------------------------------


def test_queue_messages_round_trip() -> None:
    message = CustomerMessage(
        Channel.MESSENGER, PAGE, PSID, "m_1", 5, MessageKind.ATTACHMENTS, "grüße 👋", ("image",)
    )
    entry = encode(message)
    assert decode(entry.body) == message
    assert entry.group_id == message_group_id(Channel.MESSENGER, PAGE, PSID)
    assert PSID not in entry.group_id
    assert len(entry.deduplication_id) == 64


def test_one_customer_shares_a_group_and_different_customers_do_not() -> None:
    a = message_group_id(Channel.MESSENGER, PAGE, PSID)
    assert a == message_group_id(Channel.MESSENGER, PAGE, PSID)
    assert a != message_group_id(Channel.MESSENGER, PAGE, "other")
    assert a != message_group_id(Channel.INSTAGRAM, PAGE, PSID)


@pytest.mark.parametrize(
    "body",
    [
        "",
        "not json",
        "[]",
        '{"v": 2}',
        '{"v": 1, "channel": "messenger"}',
        '{"v":1,"channel":"fax","page_id":"1","psid":"2","mid":"m","timestamp":1,"kind":"text",'
        '"text":"x","attachments":[]}',
    ],
)
def test_a_body_that_is_not_the_schema_is_malformed(body: str) -> None:
    with pytest.raises(MalformedQueueMessage) as raised:
        decode(body)
    assert raised.value.__cause__ is None


json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=10)
json_values = st.recursive(
    json_scalars,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "object": st.just("page"),
            "entry": st.lists(
                st.dictionaries(
                    st.sampled_from(["id", "time", "messaging", "standby"]), json_values
                ),
                max_size=3,
            ),
        }
    )
    | json_values
)
def test_any_json_parses_or_raises_a_typed_error(payload: Any) -> None:
    try:
        notification = parse_notification(payload, MESSENGER)
    except (MalformedNotification, UnsupportedObject):
        return
    for message in notification.messages:
        assert decode(encode(message).body) == message


# --- bounded identifiers (issue 17, finding 6) -------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        {"object": "page", "entry": [{**page(event())["entry"][0], "id": "1" * 3000}]},
        {"object": "page", "entry": [{**page(event())["entry"][0], "id": 10**3000}]},
        page({**event(message={"mid": "m_1", "text": "hi"}), "sender": {"id": "7" * 3000}}),
        page({**event(message={"mid": "m_1", "text": "hi"}), "sender": {"id": 10**3999}}),
        page({**event(message={"mid": "m_1", "text": "hi"}), "sender": {"id": 10**64}}),
        page(event(message={"mid": "m_" + "x" * 600_000, "text": "hi"})),
        page(event(message={"mid": "m_\n1", "text": "hi"})),
        page(event(message={"mid": "m_ü", "text": "hi"})),
    ],
    ids=[
        "page-id-3000-chars", "page-id-3000-digits", "psid-3000-chars", "psid-4000-digits",
        "psid-65-digits", "mid-600000-chars", "mid-control-char", "mid-non-ascii",
    ],
)  # fmt: skip
def test_oversized_or_unprintable_identifiers_are_dropped_as_malformed(payload: Any) -> None:
    notification = parse_notification(payload, MESSENGER)
    assert notification.messages == ()
    assert notification.dropped == {DropReason.MALFORMED: 1}


def test_identifiers_at_their_limits_are_accepted() -> None:
    longest = "m_" + "x" * (MAX_MID_CHARS - 2)
    payload = page({**event(message={"mid": longest, "text": "hi"}), "sender": {"id": 10**63}})
    message = only(payload)
    assert message.mid == longest
    assert message.psid == str(10**63)
    assert len(message.psid) == MAX_ID_CHARS


def test_a_postback_with_an_unusable_mid_gets_a_derived_one() -> None:
    payload = page(event(postback={"title": "Agent", "payload": "A", "mid": "m" * 100_000}))
    assert only(payload).mid.startswith("pb_")
    assert len(only(payload).mid) == 43


def test_a_message_with_more_attachments_than_the_limit_is_dropped_as_oversized() -> None:
    attachments = [{"type": "image"}] * (MAX_ATTACHMENTS + 1)
    payload = page(event(message={"mid": "m_1", "attachments": attachments}))
    assert parse_notification(payload, MESSENGER).dropped == {DropReason.OVERSIZED: 1}
    payload = page(event(message={"mid": "m_1", "attachments": attachments[:-1]}))
    assert len(only(payload).attachment_types) == MAX_ATTACHMENTS


@pytest.mark.parametrize("timestamp", [10**16, 10**3000, -5])
def test_an_out_of_range_timestamp_orders_as_unknown(timestamp: int) -> None:
    payload = page(event(message={"mid": "m_1", "text": "hi"}, timestamp=timestamp))
    payload["entry"][0]["time"] = 0
    assert only(payload).timestamp == 0
