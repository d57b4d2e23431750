"""A password typed with spaces inside it, after its word: "pw Mond _95l 1nub", "senha Kiwi
!9l7 #blu".

Customers copy a password off a note or read it out in chunks and type a space between the
chunks. After a password word the first chunk alone may be a plain word ("Mond"), so the
password rules that read one word take nothing or only that word. The chunks are taken
together when they are short, few, end the message (or stand before a remark in brackets,
"(zeros not o's lol)"), one of them mixes letters with digits or symbols inside it and at
most one lower-case word follows the last such chunk, as no sentence about a password does
("pw is not working", "mdp oublié depuis 3 jours", "password Kw7#q is what the app showed").
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import letters_with_others
from connect_privacy.redaction.patterns.error_words import after_error_word

# Two to six chunks of one to six characters, then the end of the message or a bracket.
# Chunks copied off a note may stand one to three spaces apart ("sol_g  ato83").
_CHUNKS = re.compile(
    r"(?P<value>[^\s()\[\]]{1,6}(?:[^\S\n]{1,3}[^\s()\[\]]{1,6}){1,5})[^\S\n]*(?:\(|\Z)"
)
# Digits fused with a password's mark ("6442#", "83#", ".2454") are a piece of one; a
# count's, a price's or a time's marks ("50%", "$5", "10:30", "3.5") are not among them.
_MARKED_DIGITS = re.compile(r"[0-9]{2,}[#*&@_]|\.[0-9]{3,}")
_LEAST_CHARACTERS = 6
# A mixed chunk shorter than this is a count or a size ("3x", "2G"), not a password's piece.
_MIXED_LEAST = 3
_TAIL_WORDS_MOST = 1
_TRAILING = ".,;:!?"
_CHUNK = re.compile(r"\S+")


def _mixed_inside(chunk: str) -> bool:
    """Letters with a digit or a symbol inside one chunk ("19!c", "_95l"); an end mark
    ("ok!") or an apostrophe ("o's") is writing, not a password's, and so is a count ("3x")."""
    core = chunk.rstrip(_TRAILING)
    if _MARKED_DIGITS.fullmatch(chunk):
        return True
    return len(core) >= _MIXED_LEAST and letters_with_others(core)


def spaced_password(view: str, begin: int) -> tuple[int, int] | None:
    """Where the password typed in chunks from ``begin`` (just after its word) lies."""
    match = _CHUNKS.match(view, begin)
    if match is None:
        return None
    found = list(_CHUNK.finditer(view, match.start("value"), match.end("value")))
    chunks = [chunk.group() for chunk in found]
    # A code right after an error's word is what the app showed, not a password's piece
    # ("mot de passe et ça marche pas, erreur E81", "senha e deu erro ERR-62").
    mixed = [
        i
        for i, chunk in enumerate(found)
        if _mixed_inside(chunk.group()) and not after_error_word(view, chunk.start())
    ]
    if sum(map(len, chunks)) < _LEAST_CHARACTERS or not mixed:
        return None
    # A password's last piece may read as a word ("19!c ha"); two or more words after the
    # mixed chunk are a sentence about it ("pw Kw7#q is what the app showed").
    last_mixed = mixed[-1]
    tail = chunks[last_mixed + 1 :]
    if sum(chunk.islower() and chunk.isalpha() for chunk in tail) > _TAIL_WORDS_MOST:
        return None
    return match.start("value"), match.end("value")
