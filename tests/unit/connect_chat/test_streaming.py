"""Parsing what Connect chat streaming publishes to SNS (documented payload, event files)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connect_privacy.connect_chat.streaming import (
    CHAT_ENDED,
    ItemKind,
    MalformedStreamItem,
    StreamedItem,
    parse_stream_item,
    sns_attributes,
)

CONTACT = "c0ffee00-0000-4000-8000-000000000001"


def item_from(event: dict[str, Any]) -> StreamedItem:
    [record] = event["Records"]
    return parse_stream_item(
        record["Sns"]["Message"], sns_attributes(record["Sns"]["MessageAttributes"])
    )


@pytest.fixture
def parse_event(load_event: Callable[[str], dict[str, Any]]) -> Callable[[str], StreamedItem]:
    return lambda name: item_from(load_event(name))


def test_the_message_is_a_json_string_parsed_a_second_time(
    parse_event: Callable[[str], StreamedItem],
) -> None:
    item = parse_event("sns_connect_chat_message")

    assert item.item_id == "b1c2d3e4-0000-4000-8000-000000000001"
    assert item.kind is ItemKind.MESSAGE
    assert item.content_type == "text/plain"
    assert item.content == "Thanks, let me check that for you."
    assert item.initial_contact_id == CONTACT
    assert item.contact_id == CONTACT
    assert item.participant_role == "AGENT"
    assert item.visibility == "ALL"
    assert item.absolute_time == "2026-11-26T00:00:05.123Z"
    assert item.for_customer


@pytest.mark.parametrize(
    ("event", "kind", "for_customer"),
    [
        ("sns_connect_chat_message", ItemKind.MESSAGE, True),
        ("sns_connect_markdown_message", ItemKind.MESSAGE, True),
        ("sns_connect_typing", ItemKind.TYPING, True),
        ("sns_connect_participant_joined", ItemKind.PARTICIPANT_JOINED, True),
        ("sns_connect_participant_left", ItemKind.PARTICIPANT_LEFT, True),
        ("sns_connect_chat_ended", ItemKind.CHAT_ENDED, True),
        ("sns_connect_attachment", ItemKind.ATTACHMENT, True),
        ("sns_connect_customer_echo", ItemKind.MESSAGE, False),
        ("sns_connect_agent_visibility_message", ItemKind.MESSAGE, False),
    ],
)
def test_each_streamed_item_has_its_kind_and_audience(
    parse_event: Callable[[str], StreamedItem], event: str, kind: ItemKind, for_customer: bool
) -> None:
    item = parse_event(event)

    assert item.kind is kind
    assert item.for_customer is for_customer


def test_chat_ended_reaches_the_relay_although_it_names_no_participant(
    parse_event: Callable[[str], StreamedItem],
) -> None:
    item = parse_event("sns_connect_chat_ended")

    assert item.participant_role is None
    assert item.content_type == CHAT_ENDED
    assert item.for_customer


def test_attachments_are_read_from_the_item_shape(
    parse_event: Callable[[str], StreamedItem],
) -> None:
    [attachment] = parse_event("sns_connect_attachment").attachments

    assert attachment.attachment_id == "f1e2d3c4-0000-4000-8000-0000000000f1"
    assert attachment.content_type == "image/png"
    assert attachment.status == "APPROVED"
    assert attachment.name == "return-label.png"
    assert attachment.downloadable
    assert "return-label" not in repr(attachment)


@pytest.mark.parametrize(("status", "downloadable"), [("IN_PROGRESS", False), ("REJECTED", False)])
def test_unscanned_or_rejected_attachments_are_not_downloadable(
    status: str, downloadable: bool
) -> None:
    message = json.dumps(
        {
            "Id": "i-1",
            "Type": "ATTACHMENT",
            "ParticipantRole": "AGENT",
            "InitialContactId": CONTACT,
            "Attachments": [
                {"AttachmentId": "a-1", "ContentType": "application/pdf", "Status": status}
            ],
        }
    )
    [attachment] = parse_stream_item(message, {"MessageVisibility": "ALL"}).attachments

    assert attachment.downloadable is downloadable


def test_event_types_spelled_as_in_the_participant_api_are_understood() -> None:
    message = json.dumps({"Id": "i-1", "Type": "TYPING", "InitialContactId": CONTACT})

    assert parse_stream_item(message, {}).kind is ItemKind.TYPING


def test_unknown_events_are_other_events() -> None:
    message = json.dumps(
        {
            "Id": "i-1",
            "Type": "EVENT",
            "ContentType": "application/vnd.amazonaws.connect.event.transfer.succeeded",
            "InitialContactId": CONTACT,
        }
    )

    assert parse_stream_item(message, {}).kind is ItemKind.OTHER_EVENT


def test_a_body_naming_the_customer_wins_over_an_attribute_that_does_not(
    load_event: Callable[[str], dict[str, Any]],
) -> None:
    event = load_event("sns_connect_customer_echo")
    attributes = event["Records"][0]["Sns"]["MessageAttributes"]
    attributes["ParticipantRole"]["Value"] = "AGENT"

    item = item_from(event)

    assert item.participant_role == "CUSTOMER"
    assert not item.for_customer


def test_a_message_without_visibility_or_role_is_not_forwarded() -> None:
    message = json.dumps(
        {"Id": "i-1", "Type": "MESSAGE", "ContentType": "text/plain", "InitialContactId": CONTACT}
    )

    assert not parse_stream_item(message, {"ParticipantRole": "AGENT"}).for_customer
    assert not parse_stream_item(message, {"MessageVisibility": "ALL"}).for_customer


def test_after_a_transfer_the_initial_contact_id_is_kept_apart() -> None:
    message = json.dumps(
        {"Id": "i-1", "Type": "MESSAGE", "InitialContactId": CONTACT, "ContactId": "c-2"}
    )

    item = parse_stream_item(message, {"ContactId": "c-2"})

    assert item.initial_contact_id == CONTACT
    assert item.contact_id == "c-2"


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        (json.dumps({"Type": "MESSAGE", "InitialContactId": CONTACT}), "no Id"),
        (json.dumps({"Id": "i-1", "Type": "MESSAGE"}), "no contact"),
    ],
)
def test_malformed_notifications_are_rejected_naming_the_problem(
    message: str, problem: str
) -> None:
    with pytest.raises(MalformedStreamItem, match=problem):
        parse_stream_item(message, {})


def test_item_repr_hides_the_content(parse_event: Callable[[str], StreamedItem]) -> None:
    item = parse_event("sns_connect_chat_message")

    assert "let me check" not in repr(item)
    assert "Agent Smith" not in repr(item)


def test_sns_attributes_flatten_to_their_string_values() -> None:
    raw = {
        "ParticipantRole": {"Type": "String", "Value": "AGENT"},
        "Odd": {"Type": "Binary"},
        "Broken": "x",
    }

    assert sns_attributes(raw) == {"ParticipantRole": "AGENT"}
    assert sns_attributes(None) == {}


@settings(deadline=None, max_examples=100)
@given(st.text(max_size=300))
def test_any_message_string_parses_or_is_rejected_as_malformed(message: str) -> None:
    with contextlib.suppress(MalformedStreamItem):
        parse_stream_item(message, {})


def test_a_lone_surrogate_in_an_agents_text_becomes_a_replacement_character() -> None:
    # JSON carries "\ud800" (no character); the Send API's UTF-8 body cannot, on any retry.
    message = (
        '{"Id": "i-1", "Type": "MESSAGE", "ContentType": "text/plain", "ParticipantRole": '
        f'"AGENT", "ContactId": "{CONTACT}", "Content": "ok \\ud800 then \\ud83d\\ude00", '
        '"DisplayName": "Ana \\udfff"}'
    )

    item = parse_stream_item(message, {})

    assert item.content == "ok \ufffd then \U0001f600"
    assert item.display_name == "Ana \ufffd"
    item.content.encode("utf-8")
