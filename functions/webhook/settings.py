"""The webhook function's configuration, read once at cold start."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from connect_privacy.config import ConfigError, csv, integer, require
from connect_privacy.messenger.webhook_events import Channel

# API Gateway's own limit is 10 MB; Meta's batches of up to 1000 updates fit well below 1 MiB.
DEFAULT_MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class WebhookSettings:
    queue_url: str
    secret_id: str
    secret_max_age_seconds: int
    max_body_bytes: int
    channels: frozenset[Channel]

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> WebhookSettings:
        return cls(
            queue_url=require(env, "INBOUND_QUEUE_URL"),
            secret_id=require(env, "MESSENGER_SECRET_ID"),
            secret_max_age_seconds=integer(
                env, "MESSENGER_SECRET_MAX_AGE_SECONDS", 300, low=0, high=86_400
            ),
            max_body_bytes=integer(
                env, "MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, low=1024, high=10 * 1024 * 1024
            ),
            channels=_channels(env),
        )


def _channels(env: Mapping[str, str]) -> frozenset[Channel]:
    names = csv(env, "WEBHOOK_CHANNELS", (Channel.MESSENGER.value,))
    try:
        return frozenset(Channel(name.lower()) for name in names)
    except ValueError:
        allowed = ", ".join(channel.value for channel in Channel)
        raise ConfigError(f"WEBHOOK_CHANNELS must be a list of: {allowed}") from None
