"""The relocate function's configuration, read once at cold start.

A missing or malformed variable raises ConfigError naming it. Variables:

- ``SOURCE_BUCKET`` (required): the Amazon Connect instance bucket; events naming any
  other bucket are ignored. Must differ from the vault.
- ``VAULT_BUCKET`` (required) and ``VAULT_KMS_KEY_ID`` (required; key id or key ARN,
  not an alias: the copy names it explicitly and verification compares it).
- ``CONTACT_LENS_PREFIX`` (default ``Analysis/``; e.g. ``connect/<alias>/Analysis/``).
- ``MULTIPART_THRESHOLD_BYTES`` (default 5 GiB, CopyObject's limit; at least 5 MiB) and
  ``MULTIPART_PART_SIZE_BYTES`` (default 512 MiB; 5 MiB to 5 GiB).
- ``CALL_RECORDINGS_ENABLED`` (default false) and ``CALL_RECORDINGS_PREFIX`` (required
  when enabled, e.g. ``connect/<alias>/CallRecordings/``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from connect_privacy.config import ConfigError, boolean, integer
from connect_privacy.vault.keys import KeyLayout
from connect_privacy.vault.names import bucket_name, key_prefix, kms_key
from connect_privacy.vault.relocation import COPY_OBJECT_LIMIT, MIB, MIN_PART_SIZE, VaultSettings


@dataclass(frozen=True)
class RelocateSettings:
    vault: VaultSettings

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RelocateSettings:
        source = bucket_name(env, "SOURCE_BUCKET")
        vault = bucket_name(env, "VAULT_BUCKET")
        if source == vault:
            raise ConfigError("VAULT_BUCKET must differ from SOURCE_BUCKET")
        recordings = boolean(env, "CALL_RECORDINGS_ENABLED", False)
        return cls(
            VaultSettings(
                source_bucket=source,
                vault_bucket=vault,
                kms_key_id=kms_key(env, "VAULT_KMS_KEY_ID", required=True) or "",
                layout=KeyLayout(
                    analysis_prefix=key_prefix(env, "CONTACT_LENS_PREFIX", "Analysis/"),
                    recordings_prefix=(
                        key_prefix(env, "CALL_RECORDINGS_PREFIX", "", required=True)
                        if recordings
                        else None
                    ),
                ),
                multipart_threshold=integer(
                    env, "MULTIPART_THRESHOLD_BYTES", COPY_OBJECT_LIMIT,
                    low=MIN_PART_SIZE, high=COPY_OBJECT_LIMIT,
                ),
                part_size=integer(
                    env, "MULTIPART_PART_SIZE_BYTES", 512 * MIB,
                    low=MIN_PART_SIZE, high=COPY_OBJECT_LIMIT,
                ),
                recordings_enabled=recordings,
            )
        )  # fmt: skip
