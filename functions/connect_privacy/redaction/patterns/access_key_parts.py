"""An AWS access key ID typed in parts: its prefix and first groups, then the rest.

An access key ID is twenty capitals and digits opening with a documented prefix (AKIA,
ASIA, ...). Copied off a screen it goes in groups of four, and a customer may send "key AKIA
7QX2 M4PD", then "K9WE 2R8T". No message holds the twenty, so ``credentials.find_aws_keys``
sees none; the cross-message marker (``continuation``) pairs the parts, and this module only
says what each part looks like.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import words
from connect_privacy.redaction.patterns.credentials import ACCESS_KEY_PREFIX

ACCESS_KEY_CHARS = 20
# The prefix and up to three groups ending the message.
_FIRST = re.compile(
    rf"(?P<value>{ACCESS_KEY_PREFIX}(?P<groups>(?:\s?[\s.\-]\s?[A-Z0-9]{{2,8}}){{0,3}}))[\s.]{{0,3}}\Z"
)
# "ASIA" is also a continent: a prefix without a digit after it needs a key's word before.
_KEY_WORD_BEFORE = words(r"key", r"schl[üu]ssel", r"clave", r"cl[ée]", r"chave", r"id")
_WORD_REACH = 12
# Capitals and digits alone: the rest, in the next message.
_REST = re.compile(r"\s{0,3}(?P<value>[A-Z0-9]{2,8}(?:\s?[\s.\-]\s?[A-Z0-9]{2,8}){0,3})[\s.]{0,3}")

# Capitals in groups of four, two at least: as the console prints a key.
_PRINTED_GROUPS = re.compile(r"[A-Z]{4}(?:\s?[\s.\-]\s?[A-Z]{4})+")


def access_key_start(text: str) -> tuple[int, int, int] | None:
    """Where the first characters of an access key ID ending ``text`` are, and how many
    there are, if a digit among them or a key's word before says it is one."""
    if "A" not in text:
        return None  # every prefix has one: most messages stop here
    first = _FIRST.search(text)
    if first is None:
        return None
    chars = sum(c.isalnum() for c in first.group("value"))
    if chars >= ACCESS_KEY_CHARS:
        return None  # whole: ``credentials`` finds it
    begin, end = first.span("value")
    if not any(c.isdigit() for c in first.group("groups")) and (
        _KEY_WORD_BEFORE.search(text, max(0, begin - _WORD_REACH), begin) is None
    ):
        return None
    return begin, end, chars


def access_key_rest(text: str, chars_left: int) -> tuple[int, int] | None:
    """Where the ``chars_left`` last characters of an access key ID are when ``text`` holds
    nothing else: with a digit, or in groups of four as printed ("OKAY" alone is a word)."""
    rest = _REST.fullmatch(text)
    if rest is None:
        return None
    value = rest.group("value")
    if sum(c.isalnum() for c in value) != chars_left:
        return None
    if not any(c.isdigit() for c in value) and _PRINTED_GROUPS.fullmatch(value) is None:
        return None
    return rest.span("value")
