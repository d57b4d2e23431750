"""The outbound function's configuration, read once at cold start.

A missing or malformed variable raises ConfigError naming it, so a bad deployment fails
on its first invocation with a message an operator can act on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from connect_privacy import config
from connect_privacy.config import ConfigError
from connect_privacy.messenger.send_api import (
    DEFAULT_BASE_URL,
    DEFAULT_INSTAGRAM_BASE_URL,
    DEFAULT_VERSION,
)
from connect_privacy.relay.outbound import OutboundPolicy

_VERSION = re.compile(r"v\d{1,3}\.\d{1,2}")
_DEFAULTS = OutboundPolicy()


@dataclass(frozen=True)
class OutboundSettings:
    sessions_table: str
    idempotency_table: str
    messenger_secret_id: str
    messenger_secret_max_age_seconds: int
    graph_api_version: str
    graph_api_base_url: str
    policy: OutboundPolicy
    instagram_graph_api_base_url: str = DEFAULT_INSTAGRAM_BASE_URL
    # An agent's question marks the value it asks for as awaited on the customer's session,
    # so that a bare answer ("ya its 0151") is masked as that value (redaction.agent_question).
    agent_questions_await_answers: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> OutboundSettings:
        return cls(
            sessions_table=config.require(env, "SESSIONS_TABLE"),
            idempotency_table=config.require(env, "IDEMPOTENCY_TABLE"),
            messenger_secret_id=config.require(env, "MESSENGER_SECRET_ID"),
            messenger_secret_max_age_seconds=config.integer(
                env, "MESSENGER_SECRET_MAX_AGE_SECONDS", 300, low=0, high=86_400
            ),
            graph_api_version=_version(env),
            graph_api_base_url=_base_url(env, "GRAPH_API_BASE_URL", DEFAULT_BASE_URL),
            instagram_graph_api_base_url=_base_url(
                env, "INSTAGRAM_GRAPH_API_BASE_URL", DEFAULT_INSTAGRAM_BASE_URL
            ),
            agent_questions_await_answers=config.boolean(
                env, "AGENT_QUESTIONS_AWAIT_ANSWERS", True
            ),
            policy=OutboundPolicy(
                human_agent_tag_enabled=config.boolean(env, "HUMAN_AGENT_TAG_ENABLED", False),
                participant_notices_enabled=config.boolean(
                    env, "PARTICIPANT_NOTICES_ENABLED", False
                ),
                joined_notice=_text(env, "PARTICIPANT_JOINED_NOTICE", _DEFAULTS.joined_notice),
                left_notice=_text(env, "PARTICIPANT_LEFT_NOTICE", _DEFAULTS.left_notice),
                closing_message=_text(env, "CLOSING_MESSAGE", _DEFAULTS.closing_message),
                attachment_notice=_text(env, "ATTACHMENT_NOTICE", _DEFAULTS.attachment_notice),
            ),
        )


def _version(env: Mapping[str, str]) -> str:
    version = config.optional(env, "GRAPH_API_VERSION", DEFAULT_VERSION)
    if not _VERSION.fullmatch(version):
        raise ConfigError("GRAPH_API_VERSION must look like v25.0")
    return version


def _base_url(env: Mapping[str, str], name: str, default: str) -> str:
    """https only, no credentials, a valid port; plain http only on loopback (the tests')."""
    base_url = config.optional(env, name, default).rstrip("/")
    config.url(base_url, name, path_allowed=False)
    return base_url


def _text(env: Mapping[str, str], name: str, default: str) -> str:
    """Unset means the default; set to an empty string means "send nothing"."""
    return env[name].strip() if name in env else default
