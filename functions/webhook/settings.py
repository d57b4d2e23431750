"""The webhook function's configuration, read once at cold start."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from connect_privacy.config import ConfigError, csv, integer, require, url
from connect_privacy.messenger.webhook_events import Channel

# API Gateway's own limit is 10 MB; Meta's batches of up to 1000 updates fit well below 1 MiB.
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
# SQS queue URLs end /<account id>/<queue name>; the inbound queue is FIFO.
_QUEUE_PATH = re.compile(r"/\d{12}/[A-Za-z0-9_-]{1,75}\.fifo")


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
            queue_url=_queue_url(env),
            secret_id=require(env, "MESSENGER_SECRET_ID"),
            secret_max_age_seconds=integer(
                env, "MESSENGER_SECRET_MAX_AGE_SECONDS", 300, low=0, high=86_400
            ),
            max_body_bytes=integer(
                env, "MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, low=1024, high=10 * 1024 * 1024
            ),
            channels=_channels(env),
        )


def _queue_url(env: Mapping[str, str]) -> str:
    value = require(env, "INBOUND_QUEUE_URL")
    if not _QUEUE_PATH.fullmatch(url(value, "INBOUND_QUEUE_URL", path_allowed=True).path):
        raise ConfigError(
            "INBOUND_QUEUE_URL must be a FIFO queue URL (https://<host>/<account>/<name>.fifo)"
        )
    return value


def _channels(env: Mapping[str, str]) -> frozenset[Channel]:
    names = csv(env, "WEBHOOK_CHANNELS", (Channel.MESSENGER.value,))
    try:
        return frozenset(Channel(name.lower()) for name in names)
    except ValueError:
        allowed = ", ".join(channel.value for channel in Channel)
        raise ConfigError(f"WEBHOOK_CHANNELS must be a list of: {allowed}") from None
