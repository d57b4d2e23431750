"""The outbound function's configuration: defaults, and errors that name the variable."""

from __future__ import annotations

import pytest

from connect_privacy.config import ConfigError
from outbound.settings import OutboundSettings
from tests.support.events import read_function_env

REQUIRED = {
    "SESSIONS_TABLE": "sessions",
    "IDEMPOTENCY_TABLE": "idempotency",
    "MESSENGER_SECRET_ID": "connect-privacy/messenger",
}


def test_the_test_environment_is_a_complete_valid_configuration() -> None:
    config = OutboundSettings.from_env(read_function_env("outbound"))

    assert config.graph_api_version == "v25.0"
    assert config.graph_api_base_url == "https://graph.facebook.com"
    assert config.policy.human_agent_tag_enabled is False
    assert config.policy.participant_notices_enabled is False


def test_defaults_pin_the_graph_version_and_keep_optional_texts_off() -> None:
    config = OutboundSettings.from_env(REQUIRED)

    assert config.graph_api_version == "v25.0"
    assert config.graph_api_base_url == "https://graph.facebook.com"
    assert config.messenger_secret_max_age_seconds == 300
    assert config.policy.closing_message == ""
    assert config.policy.attachment_notice  # a notice by default
    assert "{name}" in config.policy.joined_notice


def test_an_empty_text_turns_that_text_off() -> None:
    config = OutboundSettings.from_env({**REQUIRED, "ATTACHMENT_NOTICE": ""})

    assert config.policy.attachment_notice == ""


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_a_missing_required_variable_is_named(name: str) -> None:
    env = {k: v for k, v in REQUIRED.items() if k != name}

    with pytest.raises(ConfigError, match=name):
        OutboundSettings.from_env(env)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("GRAPH_API_VERSION", "25.0"),
        ("GRAPH_API_VERSION", "latest"),
        ("GRAPH_API_BASE_URL", "http://graph.facebook.com"),
        ("GRAPH_API_BASE_URL", "https://graph.facebook.com/v25.0"),
        ("GRAPH_API_BASE_URL", "ftp://127.0.0.1"),
        # Issue 17, finding 7: credentials in the URL, a port out of range or not a number.
        ("GRAPH_API_BASE_URL", "https://user:secret@graph.facebook.com"),
        ("GRAPH_API_BASE_URL", "https://token@graph.facebook.com"),
        ("GRAPH_API_BASE_URL", "https://graph.facebook.com:99999"),
        ("GRAPH_API_BASE_URL", "https://graph.facebook.com:0x1bb"),
        ("GRAPH_API_BASE_URL", "https://graph.facebook.com?x=1"),
        ("GRAPH_API_BASE_URL", "https://"),
        ("HUMAN_AGENT_TAG_ENABLED", "maybe"),
        ("MESSENGER_SECRET_MAX_AGE_SECONDS", "-1"),
    ],
)
def test_a_malformed_value_is_rejected_naming_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name) as raised:
        OutboundSettings.from_env({**REQUIRED, name: value})
    assert "secret" not in str(raised.value)


def test_plain_http_is_accepted_only_for_a_loopback_stand_in() -> None:
    config = OutboundSettings.from_env({**REQUIRED, "GRAPH_API_BASE_URL": "http://127.0.0.1:8080"})

    assert config.graph_api_base_url == "http://127.0.0.1:8080"
