"""A MAC address typed in two messages: its first pairs after its word, then the rest.

A customer reading the address off a sticker or a router's page sends its first pairs
after the word that names it ("the router shows mac 3C:A6:2F") and the rest alone in the
next message ("91:0B:7E"). Neither part holds six pairs, so ``network.find_mac`` sees
neither; the cross-message marker (``continuation``) pairs them, and this module only says
what each part looks like.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.network import MAC_WORDS

MAC_PAIRS = 6
# The verbs that give the address: "is", "es", "est", "ist", "é", and "lautet", "c'est"
# ("MAC lautet", "la mac c'est").
_COPULA = r"is|es|est|ist|é|lautet|c['\u2019]est"
# Two to five hex pairs joined by colons, dashes or spaces ending the message after the MAC
# word, maybe after a copula ("mac is 3C:A6:2F", "adresse mac : 3c-a6-2f", "la mac 3C A6").
# Decimal pairs are as often a time ("wifi 12:30"): see ``_plain_pairs``.
# Or one to five pairs typed with no joint ("mac FE", "MAC fe1834"): see ``_unjoined``.
_FIRST_PAIRS = re.compile(
    rf"[\s:=\-]{{1,4}}(?:(?i:{_COPULA})[\s:]{{1,3}})?"
    r"(?P<value>[0-9A-Fa-f]{2}(?:(?P<joint>[:\- ])[0-9A-Fa-f]{2}(?:(?P=joint)[0-9A-Fa-f]{2}){0,3}"
    r"|(?:[0-9A-Fa-f]{2}){0,4}))"
    r"(?P=joint)?[\s.!]{0,3}",
    re.ASCII,
)
# The pairs left, alone in the next message, maybe after the joint that was to come next.
_REST = re.compile(
    r"[^\w\n]{0,4}(?P<value>[0-9A-Fa-f]{2}(?:[:\- ][0-9A-Fa-f]{2}){0,4})[^\w\n]{0,4}", re.ASCII
)
# Or two to five pairs typed with no joint ("e8fca6"), as the first ones may have been.
_GLUED_REST = re.compile(r"[^\w\n]{0,4}(?P<value>(?:[0-9A-Fa-f]{2}){2,5})[^\w\n]{0,4}", re.ASCII)
# Three pairs of decimal digits that read as a clock ("mac 10:45:30" is the time it
# dropped): hours, then minutes and seconds.
_CLOCK = re.compile(r"(?:[01][0-9]|2[0-3])[:\- ][0-5][0-9][:\- ][0-5][0-9]")
_HEX = frozenset("0123456789abcdefABCDEF")
_HEX_LETTERS = frozenset("abcdefABCDEF")


def _plain_pairs(value: str, pairs: int) -> bool:
    """Whether ``value`` may be something else than a MAC's pairs: a clock, or decimal pairs
    too few to be read as one (two are a time, "12:30") or set apart by spaces ("10 45 30")."""
    if _CLOCK.fullmatch(value) is not None:
        return True
    if pairs == 2 and value[:2].isdigit() and int(value[:2]) > _DAYS_MOST:
        return False  # "46-12": no hour and no day opens a time or a date
    return not _HEX_LETTERS.intersection(value) and (pairs <= 2 or " " in value)


# Two decimal pairs open with an hour (23 at most) or a day (31 at most) as a time or a date.
_DAYS_MOST = 31


def _unjoined(value: str) -> bool:
    """Whether pairs typed with no joint read as a MAC's: mixing a digit and a letter
    ("b6", "266c", "fe1834"), or one pair in capitals ("FE"). Small letters alone are a
    word ("mac de", "cafe"), digits alone a number ("mac 2024")."""
    mixed = _HEX_LETTERS.intersection(value) and not value.isalpha()
    return bool(mixed) or (len(value) == 2 and value.isupper())


def _pairs(value: str, joined: bool) -> int:
    return (len(value) + 1) // 3 if joined else len(value) // 2


def mac_pairs_ending(view: str) -> tuple[int, int, int] | None:
    """Where the first pairs of a MAC address that end ``view`` after a MAC word are, and
    how many pairs they hold, if they do."""
    last = view.rstrip(" .!:-")[-2:]
    if len(last) < 2 or not set(last) <= _HEX:
        return None  # the message ends with no hex pair: no scan
    for word in MAC_WORDS.finditer(view):
        pairs = _FIRST_PAIRS.fullmatch(view, word.end())
        if pairs is None:
            continue
        value, joined = pairs.group("value"), pairs.group("joint") is not None
        # unjoined, only after a word that names the MAC: "wifi 6E" is a standard
        if not joined and not ("mac" in word.group().lower() and _unjoined(value)):
            continue
        count = _pairs(value, joined)
        if not _plain_pairs(value, count):
            begin, end = pairs.span("value")
            return begin, end, count
    return None


def mac_rest(view: str, pairs_left: int) -> tuple[int, int] | None:
    """Where the ``pairs_left`` last pairs of a MAC address are when ``view`` holds nothing
    else ("91:0B:7E", ":91:0b:7e", "910b7e")."""
    rest = _REST.fullmatch(view)
    if rest is not None and _pairs(rest.group("value"), joined=True) == pairs_left:
        return rest.span("value")
    glued = _GLUED_REST.fullmatch(view)
    if glued is not None and _pairs(glued.group("value"), joined=False) == pairs_left:
        return glued.span("value") if _unjoined(glued.group("value")) else None
    return None


# The MAC word alone ending a short message, with its copula or colon ("mac is", "my mac
# address:", "MAC-Adresse ist"): its pairs follow over the next messages.
_WORD_ALONE_MOST = 32
_ANNOUNCING = re.compile(
    r"(?:\s*+-?\s*+(?:address|adresse))?"  # "mac address", "MAC-Adresse"
    rf"\s*+(?:(?:{_COPULA})\s*+:?|:)\s*+",
    re.IGNORECASE,
)


def mac_word_ending(view: str) -> bool:
    """Whether ``view`` is short and ends with a MAC word and its copula or colon."""
    return len(view) <= _WORD_ALONE_MOST and any(
        _ANNOUNCING.fullmatch(view, word.end()) for word in MAC_WORDS.finditer(view)
    )


def mac_first_pairs(view: str) -> tuple[int, int, int] | None:
    """Where the first one to five pairs of an announced MAC address are when ``view``
    holds nothing else, and how many pairs they hold: one or two decimal pairs are a
    number or a time ("12:30"), so they need a hex letter ("3E"), and three may be a clock."""
    rest = _REST.fullmatch(view)
    if rest is None:
        return None
    value = rest.group("value")
    pairs = (len(value) + 1) // 3
    if _plain_pairs(value, pairs):
        return None
    begin, end = rest.span("value")
    return begin, end, pairs
