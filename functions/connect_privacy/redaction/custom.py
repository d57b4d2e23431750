"""Operator-supplied named regular expressions (member IDs, claim numbers).

Configured as a JSON object mapping an entity name to a pattern, for example
``{"MEMBER_ID": "\\\\bMBR-\\\\d{8}\\\\b"}``. The name becomes the mask token
(``[MEMBER_ID]``), so it must be upper-case letters, digits and underscores.

Patterns are compiled with the ``regex`` module rather than ``re`` because it
can abandon a match after a timeout: an operator's pattern with nested
quantifiers cannot hang the function on a hostile message. Each pattern is also
checked at load time: it must compile, must not match empty text, and must get
through adversarial probe strings within the timeout, so a pattern that
backtracks catastrophically fails at cold start, with a message naming it,
instead of on a customer's message. Fixed probes (long runs of one character
class) are not enough: ``(a|aa)+!`` gets through ``"a" * 3000 + "!"`` in
microseconds, because the ``!`` lets it match, and hangs on ``"a" * 40``. So
probes are also derived from the pattern itself: every character it can match
(a literal, an escape class, a set's first member) and every literal string it
contains is repeated to a few thousand characters, with and without the
pattern's leading literal in front, and ended by nothing or by a character the
pattern is unlikely to accept. The run-time timeout stays as the backstop: a
pattern that still times out on a message withholds that message.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from connect_privacy import json_text
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
_PROBE_LENGTH = 3000
_TERMINATORS = ("", "\x00")
# What a probe repeats for an escape. A control character's escape stands for itself, not
# for "a": (\t|\t\t)+! backtracks on a run of tabs, which a run of "a" never probes.
_CLASS_ESCAPES = {
    "d": "1", "D": "a", "w": "a", "W": "-", "s": " ", "S": "a", "b": "", "B": "",
    "t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v",
}  # fmt: skip
# Inside a set, \b is a backspace, not a word boundary: ([\b]{1,2})+! backtracks on a run of them.
_SET_ESCAPES = {**_CLASS_ESCAPES, "b": "\b"}
# One token of a pattern as the probe builder reads it. A set is read for its first member
# (a "]" right after "[" or "[^" is a member); a repeat count is skipped, not matched.
_TOKEN = regex.compile(
    r"(?P<escape>\\.)"
    r"|(?P<set>\[\^?(?P<member>\\.|.)(?:\\.|[^]\\])*\]?)"
    r"|(?P<count>\{[^}]*\}?)"
    r"|(?P<meta>[()|?*+^$.}])"
    r"|(?P<char>.)",
    regex.DOTALL,
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
        raw: Any = json_text.loads(document)
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
        for probe in (*_PROBES, *derived_probes(pattern)):
            for _ in compiled.finditer(probe, timeout=probe_timeout):
                pass
    except TimeoutError:
        raise ConfigError(
            f"{source}: custom pattern {name} backtracks catastrophically "
            f"(a {_PROBE_LENGTH}-character probe built from it took over {probe_timeout}s)"
        ) from None
    return CustomPattern(name, compiled)


def derived_probes(pattern: str) -> list[str]:
    """Adversarial inputs built from what ``pattern`` itself can match.

    Catastrophic backtracking needs a long stretch the pattern's repeats can
    split in many ways, followed by a failure; the stretch is made of characters
    and literals the pattern contains, so repeating each of them is the probe.
    """
    chars, literals = _atoms(pattern)
    units = list(dict.fromkeys([*chars, *literals, "".join(chars)]))
    units = [u for u in units if u][:24]
    prefixes = ["", literals[0]] if literals and pattern.startswith(literals[0]) else [""]
    probes: list[str] = []
    for unit in units:
        body = unit * max(1, _PROBE_LENGTH // len(unit))
        for prefix in prefixes:
            probes.extend(prefix + body + end for end in _TERMINATORS)
    return list(dict.fromkeys(probes))


def _atoms(pattern: str) -> tuple[list[str], list[str]]:
    """Characters ``pattern`` can match (one per literal, escape or set) and its literal strings."""
    chars: list[str] = []
    literals: list[str] = []
    current: list[str] = []
    for token in _TOKEN.finditer(pattern):
        kind = token.lastgroup
        value = token[0]
        if kind == "char" or (kind == "escape" and not _is_class(value[1])):
            current.append(value[-1])
            chars.append(value[-1])
            continue
        if len(current) > 1:
            literals.append("".join(current))
        current.clear()
        if kind == "escape":
            chars.append(_CLASS_ESCAPES.get(value[1], "a"))
        elif kind == "set":
            chars.append(_set_member_probe(token["member"]))
        elif value == ".":
            chars.append("a")
    if len(current) > 1:
        literals.append("".join(current))
    return list(dict.fromkeys(chars)), list(dict.fromkeys(literals))


def _set_member_probe(member: str) -> str:
    """What a probe repeats for a set's first member: its character, or an escape's probe."""
    if member.startswith("\\"):
        return _SET_ESCAPES.get(member[1], member[1])
    return member


def _is_class(escaped: str) -> bool:
    """Whether ``\\escaped`` stands for a class or a code (``\\d``, ``\\x61``), not for itself."""
    return escaped in _CLASS_ESCAPES or escaped.isalnum()


class CustomDetector:
    name = "custom"

    def __init__(
        self, patterns: Sequence[CustomPattern], *, timeout: float = MATCH_TIMEOUT_SECONDS
    ) -> None:
        self._patterns = tuple(patterns)
        self._timeout = timeout

    @property
    def names(self) -> frozenset[str]:
        """The patterns' names: the mask tokens their findings become."""
        return frozenset(custom.name for custom in self._patterns)

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
