"""JSON text from outside: nesting past the recursion limit is rejected as malformed, the
way each entry point rejects text that is not JSON, never as an unexpected error."""

from __future__ import annotations

import json

import pytest

from connect_privacy import json_text
from connect_privacy.config import ConfigError
from connect_privacy.connect_chat.streaming import MalformedStreamItem, parse_stream_item
from connect_privacy.redaction.custom import parse_custom_patterns
from connect_privacy.relay.queue import MalformedQueueMessage, decode
from connect_privacy.vault.replay import MalformedRecord, original_event

TOO_DEEP = "[" * 100_000
DEEP_BUT_PARSED = "[" * 50 + "]" * 50


@pytest.mark.parametrize("text", [TOO_DEEP, TOO_DEEP.encode(), '{"a":' * 100_000])
def test_nesting_past_the_recursion_limit_is_a_decode_error(text: str | bytes) -> None:
    with pytest.raises(json.JSONDecodeError) as raised:
        json_text.loads(text)

    assert "[" not in str(raised.value)  # no part of the text in the message


def test_a_document_is_parsed_as_json_loads_parses_it() -> None:
    assert json_text.loads('{"text": "hi", "n": [1, 2.5, null]}') == {
        "text": "hi",
        "n": [1, 2.5, None],
    }
    assert json_text.loads(DEEP_BUT_PARSED) == json.loads(DEEP_BUT_PARSED)


def test_text_that_is_not_json_is_the_same_decode_error() -> None:
    with pytest.raises(json.JSONDecodeError):
        json_text.loads("{not json")


def test_a_queue_body_nested_too_deep_is_malformed() -> None:
    with pytest.raises(MalformedQueueMessage):
        decode(TOO_DEEP)


def test_a_streamed_message_nested_too_deep_is_malformed() -> None:
    with pytest.raises(MalformedStreamItem):
        parse_stream_item(TOO_DEEP, {})


def test_a_replayed_record_nested_too_deep_is_malformed() -> None:
    with pytest.raises(MalformedRecord):
        original_event(TOO_DEEP)


def test_custom_patterns_nested_too_deep_are_a_config_error() -> None:
    with pytest.raises(ConfigError, match="REDACTION_CUSTOM_PATTERNS is not valid JSON"):
        parse_custom_patterns(TOO_DEEP, source="REDACTION_CUSTOM_PATTERNS")
