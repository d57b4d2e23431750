"""The SNS subscription filter policy and the handler's own check agree.

``functions/outbound/filter_policy.json`` is what Terraform puts on the outbound
subscription (scope MessageAttributes). A small matcher evaluates it as SNS does, for the
operators it uses, against every streamed event file and against generated attribute sets;
the verdict must equal ``StreamedItem.for_customer``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connect_privacy.connect_chat.streaming import (
    CHAT_ENDED,
    CUSTOMER_ROLE,
    CUSTOMER_VISIBILITIES,
    TYPING,
    parse_stream_item,
    sns_attributes,
)
from tests.support.events import EVENTS_DIR, read_event

POLICY_PATH = Path(__file__).resolve().parents[3] / "functions" / "outbound" / "filter_policy.json"
POLICY: dict[str, Any] = json.loads(POLICY_PATH.read_text())
STREAM_EVENTS = sorted(p.stem for p in EVENTS_DIR.glob("sns_connect_*.json"))


def matches(policy: dict[str, Any], attributes: dict[str, str]) -> bool:
    """SNS semantics: every key must match (AND); ``$or`` needs one alternative to match."""
    for key, conditions in policy.items():
        if key == "$or":
            if not any(matches(alternative, attributes) for alternative in conditions):
                return False
        elif not any(condition_holds(c, attributes.get(key)) for c in conditions):
            return False
    return True


def condition_holds(condition: Any, value: str | None) -> bool:
    if isinstance(condition, str):
        return value == condition
    if isinstance(condition, dict) and condition.keys() == {"anything-but"}:
        return value is not None and value not in condition["anything-but"]
    if isinstance(condition, dict) and condition.keys() == {"exists"}:
        return (value is not None) is condition["exists"]
    raise AssertionError(f"the test matcher does not know {condition!r}: extend it")


def test_the_policy_states_the_handlers_rule() -> None:
    [ended, visible] = POLICY["$or"]
    assert ended == {"ContentType": [CHAT_ENDED]}
    assert set(visible["MessageVisibility"]) == CUSTOMER_VISIBILITIES
    assert visible["ParticipantRole"] == [{"anything-but": [CUSTOMER_ROLE]}]


@pytest.mark.parametrize("event", STREAM_EVENTS)
def test_policy_and_handler_agree_on_every_streamed_event_file(event: str) -> None:
    for record in read_event(event)["Records"]:
        attributes = sns_attributes(record["Sns"]["MessageAttributes"])
        item = parse_stream_item(record["Sns"]["Message"], attributes)

        assert matches(POLICY, attributes) is item.for_customer


def test_policy_keeps_out_the_customers_echo_and_agent_only_messages() -> None:
    for event in ("sns_connect_customer_echo", "sns_connect_agent_visibility_message"):
        [record] = read_event(event)["Records"]
        assert not matches(POLICY, sns_attributes(record["Sns"]["MessageAttributes"]))


@settings(deadline=None, max_examples=200)
@given(
    role=st.sampled_from([None, "AGENT", "CUSTOMER", "SYSTEM", "CUSTOM_BOT", "SUPERVISOR", "X"]),
    visibility=st.sampled_from([None, "AGENT", "CUSTOMER", "ALL"]),
    content_type=st.sampled_from(["text/plain", "text/markdown", TYPING, CHAT_ENDED]),
)
def test_policy_and_handler_agree_on_any_role_visibility_and_content_type(
    role: str | None, visibility: str | None, content_type: str
) -> None:
    attributes = {"ContentType": content_type}
    if role is not None:
        attributes["ParticipantRole"] = role
    if visibility is not None:
        attributes["MessageVisibility"] = visibility
    kind = "EVENT" if content_type.startswith("application/") else "MESSAGE"
    message = json.dumps(
        {"Id": "i-1", "Type": kind, "ContentType": content_type, "InitialContactId": "c-1"}
    )

    item = parse_stream_item(message, attributes)

    assert matches(POLICY, attributes) is item.for_customer
