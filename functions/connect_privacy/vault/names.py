"""Bucket names, key prefixes and KMS key ids read from a function's environment.

Shared by the relocate and publish settings; each bad value raises ConfigError naming
the variable (values are resource names, never secrets, but are not echoed either).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from connect_privacy.config import ConfigError, optional, require

# General purpose bucket names: 3-63 lowercase letters, digits, dots and hyphens.
_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
_KEY_ID = re.compile(
    r"(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
)
_KEY_ARN = re.compile(r"arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key/" + _KEY_ID.pattern)


def bucket_name(env: Mapping[str, str], name: str) -> str:
    value = require(env, name)
    if not _BUCKET.fullmatch(value) or ".." in value:
        raise ConfigError(f"{name} must be an S3 bucket name")
    return value


def kms_key(env: Mapping[str, str], name: str, *, required: bool) -> str | None:
    """A key id or key ARN; aliases are refused because S3 reports the key ARN and
    verification compares the two."""
    value = require(env, name) if required else optional(env, name)
    if not value:
        return None
    if not (_KEY_ID.fullmatch(value) or _KEY_ARN.fullmatch(value)):
        raise ConfigError(f"{name} must be a KMS key id or key ARN (not an alias)")
    return value


def key_prefix(env: Mapping[str, str], name: str, default: str, *, required: bool = False) -> str:
    value = require(env, name) if required else optional(env, name, default)
    if value.startswith("/") or not value.endswith("/") or "//" in value:
        raise ConfigError(f"{name} must be a key prefix ending with / (no leading /)")
    return value
