"""Instagram Direct in the domain code: event shapes, per-account tokens, hosts and limits."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from connect_privacy.messenger.messages import (
    INSTAGRAM_TEXT_LIMIT_BYTES,
    split_text_for,
)
from connect_privacy.messenger.secrets import SecretUnavailable, parse_messenger_secrets
from connect_privacy.messenger.send_api import PageAccess, SendApiClient
from connect_privacy.messenger.signature import sign
from connect_privacy.messenger.webhook import Forbidden, NotServed, accept_notification
from connect_privacy.messenger.webhook_events import (
    Channel,
    CustomerMessage,
    DropReason,
    MessageKind,
    UnsupportedObject,
    parse_notification,
)
from connect_privacy.relay.queue import encode, message_key
from connect_privacy.telemetry import MemoryCounter
from tests.support.events import IG_ACCOUNT_ID, IGSID, read_event

BOTH = frozenset({Channel.MESSENGER, Channel.INSTAGRAM})
INSTAGRAM = frozenset({Channel.INSTAGRAM})


def instagram(*events: dict[str, Any]) -> dict[str, Any]:
    return {
        "object": "instagram",
        "entry": [{"id": IG_ACCOUNT_ID, "time": 1764115200000, "messaging": list(events)}],
    }


def from_customer(**body: Any) -> dict[str, Any]:
    return {
        "sender": {"id": IGSID},
        "recipient": {"id": IG_ACCOUNT_ID},
        "timestamp": 1764115199000,
        **body,
    }


# --- webhook events ----------------------------------------------------------------------------


def test_the_canonical_notification_keeps_account_and_igsid_and_counts_each_drop() -> None:
    parsed = parse_notification(read_event("instagram_webhook_notification"), INSTAGRAM)

    assert {(m.channel, m.page_id, m.psid) for m in parsed.messages} == {
        (Channel.INSTAGRAM, IG_ACCOUNT_ID, IGSID)
    }
    assert [m.attachment_types for m in parsed.messages] == [
        (),
        ("story_reply",),
        ("story_mention",),
        (),
    ]
    assert parsed.dropped == {
        DropReason.ECHO: 1,
        DropReason.READ: 1,
        DropReason.REACTION: 1,
        DropReason.UNSUPPORTED: 1,
        DropReason.DELETED: 1,
    }


def test_instagram_is_not_served_unless_enabled() -> None:
    with pytest.raises(UnsupportedObject):
        parse_notification(instagram(), frozenset({Channel.MESSENGER}))


def test_an_echo_without_its_flag_is_still_never_relayed() -> None:
    own = {
        "sender": {"id": IG_ACCOUNT_ID},
        "recipient": {"id": IGSID},
        "timestamp": 1,
        "message": {"mid": "m_own", "text": "our reply"},
    }
    assert parse_notification(instagram(own), INSTAGRAM).dropped == {DropReason.ECHO: 1}


def test_a_story_reply_marker_is_instagram_only() -> None:
    reply = {"mid": "m_1", "text": "nice", "reply_to": {"story": {"id": "1", "url": "https://x"}}}
    [ig] = parse_notification(instagram(from_customer(message=reply)), INSTAGRAM).messages
    messenger = {
        "object": "page",
        "entry": [{"id": "104", "messaging": [from_customer(message=reply)]}],
    }
    [fb] = parse_notification(messenger, BOTH).messages
    assert ig.attachment_types == ("story_reply",) and fb.attachment_types == ()
    assert ig.text == fb.text == "nice"


def test_a_reply_to_a_message_is_plain_text() -> None:
    reply = {"mid": "m_2", "text": "yes", "reply_to": {"mid": "m_1"}}
    [message] = parse_notification(instagram(from_customer(message=reply)), INSTAGRAM).messages
    assert message.attachment_types == () and message.text == "yes"


def test_deleted_and_unsupported_flags_must_be_true_to_drop() -> None:
    kept = {"mid": "m_1", "text": "hi", "is_deleted": False, "is_unsupported": "no"}
    assert len(parse_notification(instagram(from_customer(message=kept)), INSTAGRAM).messages) == 1


def test_keys_derived_from_a_mid_carry_the_channel() -> None:
    def message(channel: Channel) -> CustomerMessage:
        return CustomerMessage(channel, IG_ACCOUNT_ID, IGSID, "m_same", 1, MessageKind.TEXT, "hi")

    fb, ig = message(Channel.MESSENGER), message(Channel.INSTAGRAM)
    assert message_key(fb) != message_key(ig)
    assert encode(fb).deduplication_id != encode(ig).deduplication_id
    assert encode(fb).group_id != encode(ig).group_id


# --- webhook signatures --------------------------------------------------------------------------


class Queue:
    def __init__(self) -> None:
        self.sent: list[CustomerMessage] = []

    def send(self, messages: Any) -> None:
        self.sent.extend(messages)


def accept(
    body: bytes,
    secret: str,
    channels: frozenset[Channel] = BOTH,
    counter: MemoryCounter | None = None,
) -> Queue:
    queue = Queue()
    accept_notification(
        body,
        sign(body, secret),
        app_secret="meta-app-secret",
        instagram_app_secret="instagram-app-secret",
        channels=channels,
        queue=queue,
        counter=counter or MemoryCounter(),
    )
    return queue


def test_the_meta_app_secret_signs_both_channels() -> None:
    body = b'{"object":"instagram","entry":[]}'
    accept(body, "meta-app-secret")
    accept(b'{"object":"page","entry":[]}', "meta-app-secret")


def test_the_instagram_app_secret_signs_instagram_notifications_only() -> None:
    counter = MemoryCounter()
    accept(b'{"object":"instagram","entry":[]}', "instagram-app-secret", counter=counter)
    assert "WebhookSignatureRejected" not in counter.totals
    # A page notification signed with the Instagram secret: the signature is valid, but not
    # for this object; refused and counted like any bad signature.
    with pytest.raises(Forbidden, match=r"^signature missing or invalid$"):
        accept(b'{"object":"page","entry":[]}', "instagram-app-secret", counter=counter)
    assert counter.totals["WebhookSignatureRejected"] == 1
    with pytest.raises(Forbidden, match=r"^signature missing or invalid$"):
        accept(b'{"object":"instagram","entry":[]}', "instagram-app-secret", frozenset(), counter)
    assert counter.totals["WebhookSignatureRejected"] == 2


def test_with_instagram_off_its_notifications_are_not_served() -> None:
    with pytest.raises(NotServed):
        accept(
            b'{"object":"instagram","entry":[]}', "meta-app-secret", frozenset({Channel.MESSENGER})
        )


# --- secrets -------------------------------------------------------------------------------------


def secret(**changes: Any) -> dict[str, Any]:
    return {"APP_SECRET": "a", "VERIFY_TOKEN": "v", "PAGE_TOKEN": "page-default", **changes}


def test_a_secret_without_instagram_keys_still_parses() -> None:
    parsed = parse_messenger_secrets(secret())
    assert parsed.instagram_tokens == {} and parsed.instagram_app_secret is None


def test_an_instagram_account_never_falls_back_to_a_page_token() -> None:
    parsed = parse_messenger_secrets(secret(INSTAGRAM_TOKENS={"178": "ig-178"}))
    assert parsed.instagram_token("178") == "ig-178"
    with pytest.raises(SecretUnavailable, match="no Instagram token") as raised:
        parsed.instagram_token("999")
    assert "page-default" not in str(raised.value)


def test_an_instagram_only_secret_needs_no_page_token() -> None:
    value = {"APP_SECRET": "a", "VERIFY_TOKEN": "v", "INSTAGRAM_TOKENS": {"178": "ig-178"}}
    assert parse_messenger_secrets(value).instagram_token("178") == "ig-178"


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"INSTAGRAM_TOKENS": ["x"]}, "INSTAGRAM_TOKENS"),
        ({"INSTAGRAM_TOKENS": {"178": ""}}, "INSTAGRAM_TOKENS"),
        ({"INSTAGRAM_APP_SECRET": " "}, "INSTAGRAM_APP_SECRET"),
    ],
)
def test_malformed_instagram_keys_are_named_never_quoted(
    changes: dict[str, Any], named: str
) -> None:
    with pytest.raises(SecretUnavailable, match=named):
        parse_messenger_secrets(secret(**changes))


def test_the_repr_lists_accounts_but_no_token() -> None:
    parsed = parse_messenger_secrets(secret(INSTAGRAM_TOKENS={"178": "ig-secret-token"}))
    assert "178" in repr(parsed) and "ig-secret-token" not in repr(parsed)


# --- Send API host per channel ---------------------------------------------------------------


def test_each_channel_has_its_own_host_and_only_messenger_sends_a_proof() -> None:
    client = SendApiClient(
        base_url="https://graph.facebook.com", instagram_base_url="https://graph.instagram.com"
    )
    page = PageAccess.create("104", "page-token", "app-secret")
    account = PageAccess.instagram("178", "ig-token")

    assert client.messages_url(page).startswith("https://graph.facebook.com/v25.0/104/messages?")
    assert "appsecret_proof=" in client.messages_url(page)
    assert client.messages_url(account) == "https://graph.instagram.com/v25.0/178/messages"
    assert (page.channel, account.channel) == (Channel.MESSENGER, Channel.INSTAGRAM)
    assert "ig-token" not in repr(account)


# --- text limits ------------------------------------------------------------------------------


def test_instagram_counts_utf8_bytes_and_messenger_utf16_units() -> None:
    text = "é" * 1500  # 1500 characters, 3000 UTF-8 bytes
    assert [len(p) for p in split_text_for(Channel.MESSENGER, text)] == [1500]
    parts = split_text_for(Channel.INSTAGRAM, text)
    assert all(len(p.encode()) <= INSTAGRAM_TEXT_LIMIT_BYTES for p in parts)
    assert "".join(parts) == text


@given(st.text(min_size=1, max_size=3000))
def test_instagram_parts_always_fit_and_keep_every_non_space_character(text: str) -> None:
    parts = split_text_for(Channel.INSTAGRAM, text)
    assert all(0 < len(p.encode("utf-8", "surrogatepass")) <= 999 for p in parts)
    assert "".join("".join(p.split()) for p in parts) == "".join(text.split())
