"""Split text for Connect's 1024-character chat message limit, on word boundaries.

Connect's limit is in characters without saying which kind; the limit is checked in UTF-16
code units (an emoji counts twice), which can only be stricter than counting code points.
A run of text with no whitespace longer than the limit is cut at a grapheme boundary, so a
flag or an emoji with a skin tone is never torn in two.
"""

from __future__ import annotations

import regex

CONNECT_MESSAGE_LIMIT = 1024
_GRAPHEME = regex.compile(r"\X")


def split_message(text: str, limit: int = CONNECT_MESSAGE_LIMIT) -> list[str]:
    """Non-empty parts of at most ``limit`` UTF-16 units each, in order."""
    parts: list[str] = []
    rest = text.strip()
    while rest:
        if _units(rest) <= limit:
            parts.append(rest)
            break
        cut = _cut_point(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return parts


def _cut_point(text: str, limit: int) -> int:
    """Index to cut before: the last whitespace that fits, else the last grapheme that fits."""
    fits = _prefix_fitting(text, limit)
    space = max(text.rfind(" ", 0, fits + 1), text.rfind("\n", 0, fits + 1))
    if space > 0:
        return space
    end = 0
    for match in _GRAPHEME.finditer(text, 0, fits):
        if match.end() > fits:
            break
        end = match.end()
    return end or max(fits, 1)  # one grapheme wider than the limit: cut by code points


def _prefix_fitting(text: str, limit: int) -> int:
    """Length of the longest prefix of ``text`` within ``limit`` UTF-16 units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
