"""An AWS secret access key typed in parts: its first groups after its word, then the rest.

A secret key has forty characters; a customer copying it off a screen sends it in groups
("secret is 7kQpXr2a Wm9tLs4e", then "Bv3nYc8u Hd5fJg6k Pz1xRq0w"). No message holds the
forty, so ``credentials.find_aws_keys`` sees none; the cross-message marker
(``continuation``) pairs them, and this module only says what each part looks like.
"""

from __future__ import annotations

import itertools
import re

from connect_privacy.redaction.patterns.context import words

SECRET_KEY_CHARS = 40
_SECRET_WORDS = words(
    # "aws" as a phrase of its own, not an optional group: that would cost the list its
    # first-letter look-ahead (``context.starts``), read over every message
    r"aws\s*secret(?:\s*-?\s*(?:access\s*)?key)?",
    r"secret(?:\s*-?\s*(?:access\s*)?key)?",
    r"(?:clave|chave)\s*secreta",
    r"cl[ée]\s*secr[èe]te",
    r"geheim(?:er|e)?\s*schl[üu]ssel",
)
# Groups of a key's characters ending the message after the word, maybe after a copula.
_FIRST_GROUPS = re.compile(
    r"[\s:=\-]{1,4}(?:(?i:is|es|est|ist|é)[\s:]{1,3})?"
    r"(?P<value>[A-Za-z0-9/+]{4,20}(?:\s[A-Za-z0-9/+]{4,20}){0,4})[\s.]{0,3}",
    re.ASCII,
)
# Groups alone: the rest, in the next message.
_REST = re.compile(r"\s{0,3}(?P<value>[A-Za-z0-9/+]{4,20}(?:\s[A-Za-z0-9/+]{4,20}){0,4})[\s.]{0,3}")
# Two flips from small to capital letters: generated, not written ("McDonald" has one).
_FLIPS_LEAST = 2
_FIRST_LEAST = 8


def secret_key_start(view: str) -> tuple[int, int, int] | None:
    """Where the first groups of a secret key that end ``view`` after its word are, and how
    many of its characters they hold, if they do."""
    for word in _SECRET_WORDS.finditer(view):
        groups = _FIRST_GROUPS.fullmatch(view, word.end())
        if groups is None or any(map(_plain_word, groups.group("value").split())):
            continue
        chars = _key_chars(groups.group("value"))
        if _FIRST_LEAST <= len(chars) < SECRET_KEY_CHARS and _generated(chars):
            begin, end = groups.span("value")
            return begin, end, len(chars)
    return None


def secret_key_rest(view: str, chars_left: int) -> tuple[int, int] | None:
    """Where the ``chars_left`` last characters of a secret key are when ``view`` holds
    nothing else."""
    rest = _REST.fullmatch(view)
    if rest is None or len(_key_chars(rest.group("value"))) != chars_left:
        return None
    return rest.span("value")


def _key_chars(value: str) -> str:
    return "".join(value.split())


def _plain_word(group: str) -> bool:
    """Letters in one case, or a capital then small ones: a word ("santa", "Hidden"), which
    a key's random group of eight hardly ever is."""
    return group.isalpha() and (group.islower() or group.isupper() or group.istitle())


def _generated(chars: str) -> bool:
    """Both cases with a digit or a symbol, or case flipping twice: a key's, never words."""
    lower = any(c.islower() for c in chars)
    upper = any(c.isupper() for c in chars)
    flips = sum(a.islower() and b.isupper() for a, b in itertools.pairwise(chars))
    others = any(not c.isalpha() for c in chars)
    return lower and upper and (others or flips >= _FLIPS_LEAST)
