"""Typed reading of Lambda environment variables.

Each function parses its configuration once, at cold start, into a frozen
dataclass. A missing or malformed value raises :class:`ConfigError` naming the
variable (never echoing a value that might be a secret), so a bad deployment
fails at the first invocation with a message an operator can act on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import TypeVar
from urllib.parse import SplitResult, urlsplit

E = TypeVar("E", bound=Enum)

# Plain http is accepted only for a loopback stand-in (tests, local benchmarks).
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_SNS_TOPIC_ARN = re.compile(
    r"arn:aws(?:-[a-z]+)*:sns:[a-z]{2}(?:-[a-z]+)+-\d:\d{12}:[A-Za-z0-9_-]{1,256}"
)

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


class ConfigError(ValueError):
    """A configuration value is missing or malformed; the message names the variable."""


def require(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise ConfigError(f"environment variable {name} is required")
    return value


def optional(env: Mapping[str, str], name: str, default: str = "") -> str:
    return env.get(name, "").strip() or default


def integer(env: Mapping[str, str], name: str, default: int, *, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}")
    return value


def number(env: Mapping[str, str], name: str, default: float, *, low: float, high: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}")
    return value


def boolean(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ConfigError(f"{name} must be true or false")


def choice(env: Mapping[str, str], name: str, enum: type[E], default: E) -> E:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    for member in enum:
        if raw.lower() == str(member.value).lower():
            return member
    allowed = ", ".join(str(m.value) for m in enum)
    raise ConfigError(f"{name} must be one of: {allowed}")


def csv(env: Mapping[str, str], name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    """Comma-separated values; unset means ``default``, but a value listing nothing (``","``)
    is an error: an operator who set the variable meant something, never "none at all"."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    items = tuple(item.strip() for item in raw.split(",") if item.strip())
    if not items:
        raise ConfigError(f"{name} must list at least one value")
    return items


def url(value: str, name: str, *, path_allowed: bool) -> SplitResult:
    """An https URL (http only on loopback), with a host, a valid port and no credentials,
    query or fragment; ``path_allowed`` False means an origin such as https://host:443."""
    problem = f"{name} must be an https:// URL" + ("" if path_allowed else " origin without a path")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  # raises ValueError for a port out of range or not a number
    except ValueError:
        raise ConfigError(problem) from None
    secure = parts.scheme == "https" or (
        parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
    )
    if not secure or not parts.hostname or parts.query or parts.fragment or "@" in parts.netloc:
        raise ConfigError(problem)
    if parts.path and not path_allowed:
        raise ConfigError(problem)
    return parts


def sns_topic_arn(env: Mapping[str, str], name: str) -> str:
    """A required SNS topic ARN (standard topic: Connect cannot stream to a FIFO topic)."""
    value = require(env, name)
    if not _SNS_TOPIC_ARN.fullmatch(value):
        raise ConfigError(
            f"{name} must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)"
        )
    return value
