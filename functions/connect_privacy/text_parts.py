"""Split text into parts under a channel's length limit, on word boundaries, in order.

Connect chat messages are limited to 1024 characters and Messenger texts to fewer than
2000; neither says which kind of character, so limits are counted in UTF-16 code units
(an emoji counts twice), which can only be stricter than counting code points. A cut
prefers a line break in the second half of the window, then the last whitespace; a run
longer than the limit with no whitespace (a long URL) is cut at a grapheme boundary, so
a flag or an emoji with a skin tone is never torn in two.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

_GRAPHEME = regex.compile(r"\X")


def utf16_units(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def utf8_bytes(char: str) -> int:
    """Instagram counts its text limit in UTF-8 bytes (a lone surrogate counted as 3)."""
    return len(char.encode("utf-8", "surrogatepass"))


def split_text(text: str, limit: int, *, measure: Callable[[str], int] = utf16_units) -> list[str]:
    """Non-empty parts of at most ``limit`` units each (UTF-16 code units unless ``measure``
    says otherwise, e.g. :func:`utf8_bytes`); only cut whitespace is lost."""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    parts: list[str] = []
    rest = text.strip()
    while rest:
        fits = _prefix_fitting(rest, limit, measure)
        if fits == len(rest):
            parts.append(rest)
            break
        cut = _cut_point(rest, fits)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return parts


def _cut_point(text: str, fits: int) -> int:
    window = text[: fits + 1]  # a whitespace just past the window is a clean cut too
    cut = window.rfind("\n")
    if cut < fits // 2:
        cut = max((i for i, char in enumerate(window) if char.isspace()), default=-1)
    if cut > 0:
        return cut
    end = 0
    # Over the whole text, not text[:fits]: a grapheme running past the window must not count.
    for match in _GRAPHEME.finditer(text):
        if match.end() > fits:
            break
        end = match.end()
    return end or max(fits, 1)  # one grapheme wider than the limit: cut by code points


def _prefix_fitting(text: str, limit: int, measure: Callable[[str], int]) -> int:
    """Length of the longest prefix of ``text`` within ``limit`` units."""
    units = 0
    for index, char in enumerate(text):
        units += measure(char)
        if units > limit:
            return index
    return len(text)
