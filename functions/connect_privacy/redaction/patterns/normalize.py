"""Length-preserving views of a message that the validators can read.

Customers type digits in many forms: full-width (U+FF14 for 4) or other Unicode
decimal digits, groups separated by no-break spaces, en dashes, dots, slashes or
zero-width characters, or spelled out ("four one one one ..."). Every view maps
the text character for character, so an offset in a view is an offset in the
original text and no offset map is needed:

- ``fold``: Unicode decimal digits -> ASCII digits; space separators and
  invisible format characters (``Cf``: zero-width space, joiner, soft hyphen)
  -> ``" "``; dashes -> ``"-"``; dot and slash look-alikes -> ``"."`` / ``"/"``;
  full-width ASCII -> ASCII. Anything else is kept.
- ``spell``: ``fold`` with runs of four or more number words turned into digits
  (``"four"`` -> ``"4   "``); ``double``/``triple`` repeat the next digit.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = " "
_EXTRA_DASHES = "\u2212\u2043\ufe63\uff0d"
_DOTS = "\u2024\u00b7\u2027\u3002\uff0e\ufe52\u2219"
_SLASHES = "\u2044\u2215\u29f8\uff0f"
_CACHE_LIMIT = 20_000


def _fold_char(char: str) -> str:
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    category = unicodedata.category(char)
    if category in ("Zs", "Cf"):
        return _SPACE
    if category == "Pd" or char in _EXTRA_DASHES:
        return "-"
    if char in _DOTS:
        return "."
    if char in _SLASHES:
        return "/"
    if category in ("Zl", "Zp"):
        return "\n"
    compatible = unicodedata.normalize("NFKC", char)
    if len(compatible) == 1 and compatible.isascii() and compatible.isprintable():
        return compatible
    return char


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on demand: translation stays in C for known characters."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < _CACHE_LIMIT:  # hostile input cannot grow it without bound
            self[code] = folded
        return folded


_FOLD = _FoldTable()

_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_REPEATS = {"double": 2, "triple": 3}
_WORD = "|".join(sorted([*_DIGIT_WORDS, *_REPEATS], key=len, reverse=True))
_TOKEN = rf"\b(?:{_WORD}|\d+)\b"
_SPELLED_RUN = re.compile(rf"(?i){_TOKEN}(?:[\s,.\-]+{_TOKEN}){{3,}}")
_RUN_TOKEN = re.compile(rf"(?i){_TOKEN}")


def fold(text: str) -> str:
    return text if text.isascii() else text.translate(_FOLD)


def spell(folded: str) -> str:
    """``folded`` with spelled-out digit runs written as digits (same length)."""
    if not _SPELLED_RUN.search(folded):
        return folded
    return _SPELLED_RUN.sub(_digits_for_run, folded)


def _digits_for_run(match: re.Match[str]) -> str:
    run = match.group()
    out = list(run)
    tokens = list(_RUN_TOKEN.finditer(run))
    if sum(1 for t in tokens if not t.group()[0].isdigit()) < 2:
        return run  # mostly digits already: nothing spelled out
    for index, token in enumerate(tokens):
        word = token.group().lower()
        if word[0].isdigit():
            continue
        if word in _REPEATS:
            following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
            digit = _DIGIT_WORDS.get(following, following[:1] if following[:1].isdigit() else "")
            digits = digit * (_REPEATS[word] - 1)
        else:
            digits = _DIGIT_WORDS[word]
        start, end = token.span()
        out[start:end] = list(digits.ljust(end - start))
    return "".join(out)
