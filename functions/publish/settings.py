"""The publish function's configuration, read once at cold start.

- ``SOURCE_BUCKET`` (required): the Amazon Connect instance bucket.
- ``CONTACT_LENS_PREFIX`` (default ``Analysis/``).
- ``PUBLISHED_BUCKET`` (default: the source bucket) and ``PUBLISHED_PREFIX`` (default
  ``Published/``): the copy of ``<key>`` is written to ``<PUBLISHED_PREFIX><key>``. In
  the source bucket the prefix must lie outside ``CONTACT_LENS_PREFIX`` so a published
  file never triggers the functions again.
- ``PUBLISHED_KMS_KEY_ID`` (optional key id or ARN; unset: the bucket's default encryption).
- ``MAX_OBJECT_BYTES`` (default 50 MiB): larger files fail instead of exhausting memory.
- ``REDACTION_*``: the same variables as the inbound relay (``RedactionSettings``). Only
  the offline engines run here: ``comprehend`` in ``REDACTION_ENGINES`` is ignored and
  ``custom`` always runs, so a custom pattern can never be switched off for published data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from connect_privacy.config import ConfigError, integer, optional
from connect_privacy.redaction import Engine, RedactionSettings
from connect_privacy.vault.keys import KeyLayout
from connect_privacy.vault.names import bucket_name, key_prefix, kms_key
from connect_privacy.vault.publishing import PublishOptions

_OFFLINE = frozenset({Engine.PATTERNS, Engine.CUSTOM})
_DEFAULT_ENGINES = "patterns,custom"


@dataclass(frozen=True)
class PublishSettings:
    publish: PublishOptions
    redaction: RedactionSettings

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> PublishSettings:
        source = bucket_name(env, "SOURCE_BUCKET")
        published_bucket = (
            bucket_name(env, "PUBLISHED_BUCKET") if optional(env, "PUBLISHED_BUCKET") else source
        )
        analysis_prefix = key_prefix(env, "CONTACT_LENS_PREFIX", "Analysis/")
        published_prefix = key_prefix(env, "PUBLISHED_PREFIX", "Published/")
        if published_bucket == source and (
            published_prefix.startswith(analysis_prefix)
            or analysis_prefix.startswith(published_prefix)
        ):
            raise ConfigError("PUBLISHED_PREFIX must not overlap CONTACT_LENS_PREFIX")
        redaction = RedactionSettings.from_env(
            {**env, "REDACTION_ENGINES": optional(env, "REDACTION_ENGINES", _DEFAULT_ENGINES)}
        )
        return cls(
            publish=PublishOptions(
                source_bucket=source,
                published_bucket=published_bucket,
                published_prefix=published_prefix,
                layout=KeyLayout(analysis_prefix=analysis_prefix),
                kms_key_id=kms_key(env, "PUBLISHED_KMS_KEY_ID", required=False),
                max_object_bytes=integer(
                    env, "MAX_OBJECT_BYTES", 50 * 1024 * 1024, low=1024, high=1024**3
                ),
            ),
            redaction=replace(redaction, engines=(redaction.engines & _OFFLINE) | {Engine.CUSTOM}),
        )
