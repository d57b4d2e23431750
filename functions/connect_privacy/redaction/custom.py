"""Operator-supplied named regular expressions (member IDs, claim numbers).

Configured as a JSON object mapping an entity name to a pattern, for example
``{"MEMBER_ID": "\\\\bMBR-\\\\d{8}\\\\b"}``. The name becomes the mask token
(``[MEMBER_ID]``), so it must be upper-case letters, digits and underscores.

Patterns are compiled with the ``regex`` module rather than ``re`` because it
can abandon a match after a timeout: an operator's pattern with nested
quantifiers cannot hang the function on a hostile message. Each pattern is also
checked at load time: it must compile, must not match empty text, and must get
through a few adversarial probe strings within the timeout, so a pattern that
backtracks catastrophically fails at cold start, with a message naming it,
instead of on a customer's message.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from connect_privacy.config import ConfigError
from connect_privacy.redaction.spans import Span

# Per pattern, per message. Messenger messages are at most 2,000 characters; a
# sane pattern takes microseconds on them.
MATCH_TIMEOUT_SECONDS = 0.05
_PROBE_TIMEOUT_SECONDS = 0.25
_NAME = regex.compile(r"[A-Z][A-Z0-9_]{0,63}")
_PROBES = (
    "a" * 3000 + "!",
    "1" * 3000 + "x",
    " " * 3000 + "x",
    "aA1-_.@ " * 400 + "\u00a0",
)
SCORE = 1.0


class CustomPatternTimeout(Exception):
    """A custom pattern ran out of time on a message; the message cannot be cleared."""

    def __init__(self, name: str) -> None:
        super().__init__(f"custom pattern {name} timed out")
        self.name = name


@dataclass(frozen=True)
class CustomPattern:
    name: str
    pattern: regex.Pattern[str]

    def __repr__(self) -> str:
        return f"CustomPattern({self.name})"


def parse_custom_patterns(
    document: str, *, source: str, probe_timeout: float = _PROBE_TIMEOUT_SECONDS
) -> tuple[CustomPattern, ...]:
    """Parse and validate ``{"NAME": "pattern", ...}``; ConfigError names the bad entry."""
    try:
        raw: Any = json.loads(document)
    except json.JSONDecodeError:
        raise ConfigError(f"{source} is not valid JSON") from None
    if not isinstance(raw, dict):
        raise ConfigError(f'{source} must be a JSON object {{"NAME": "pattern", ...}}')
    return tuple(
        compile_custom_pattern(name, pattern, source=source, probe_timeout=probe_timeout)
        for name, pattern in raw.items()
    )


def compile_custom_pattern(
    name: str, pattern: object, *, source: str, probe_timeout: float = _PROBE_TIMEOUT_SECONDS
) -> CustomPattern:
    if not _NAME.fullmatch(name):
        raise ConfigError(
            f"{source}: custom pattern name {name!r} must be upper-case letters, digits and _"
        )
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"{source}: custom pattern {name} must be a non-empty string")
    try:
        compiled = regex.compile(pattern)
    except regex.error as error:
        raise ConfigError(f"{source}: custom pattern {name} does not compile: {error}") from None
    if compiled.search("") is not None:
        raise ConfigError(f"{source}: custom pattern {name} matches empty text")
    try:
        for probe in _PROBES:
            for _ in compiled.finditer(probe, timeout=probe_timeout):
                pass
    except TimeoutError:
        raise ConfigError(
            f"{source}: custom pattern {name} backtracks catastrophically "
            f"(a {len(_PROBES[0])}-character probe took over {probe_timeout}s)"
        ) from None
    return CustomPattern(name, compiled)


class CustomDetector:
    name = "custom"

    def __init__(
        self, patterns: Sequence[CustomPattern], *, timeout: float = MATCH_TIMEOUT_SECONDS
    ) -> None:
        self._patterns = tuple(patterns)
        self._timeout = timeout

    def detect(self, text: str) -> list[Span]:
        """Spans of every pattern; raises CustomPatternTimeout rather than miss one."""
        spans: list[Span] = []
        for custom in self._patterns:
            try:
                spans.extend(
                    Span(m.start(), m.end(), custom.name, SCORE, self.name)
                    for m in custom.pattern.finditer(text, timeout=self._timeout)
                    if m.end() > m.start()
                )
            except TimeoutError:
                raise CustomPatternTimeout(custom.name) from None
        return spans
