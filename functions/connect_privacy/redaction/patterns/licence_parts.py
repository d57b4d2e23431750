"""A driving licence number typed in parts: its first characters after its word, then the rest.

A licence number is capitals and digits (Germany's eleven, a US state's seven to thirteen,
Britain's sixteen), and a customer reading it off the card may send "Führerschein B072",
then "RRE2 I55". ``national_ids`` finds a whole one after its word; a first part of three or
four characters, or groups with letters after a space, say too little alone. The
cross-message marker (``continuation``) pairs the parts; this module says what each looks
like.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import IS, NUMBER_LABEL, full_date
from connect_privacy.redaction.patterns.national_ids import DRIVER_WORDS

# Britain's sixteen, and two more for the longest a state issues: a longer run is another
# reference.
LICENCE_MOST = 18
_FIRST_LEAST = 3
# After the word: a number word, a copula, punctuation; then capitals and digits in up to
# four groups ending the message ("Führerschein-Nr: 6826", "dl # R049 WZ6X").
_FIRST = re.compile(
    rf"(?i)[\s:#=\-]*(?:{NUMBER_LABEL}[\s:#=\-]*)?"
    rf"(?:{IS}[\s:]*)?"
    r"(?P<value>(?-i:[A-Z0-9]+(?:[\s\-][A-Z0-9]+){0,3}))[\s.]{0,3}"
)
# What the one on file is said to be, in the five languages.
_WRONG = (
    r"wrong|incorrect[eoa]?|incorret[oa]|invalid[eoa]?|inv[áa]lid[oa]|ung[üu]ltig|mal"
    r"|errad[oa]|equivocad[oa]|err[oô]n[ée][eoa]?|faux|fausse|falsch"
)
# Nothing after the word but a number word, a copula or punctuation ("license?", "mein
# Führerschein ist:"): the value itself follows in the next messages.
# Or asked with what it is for ("¿número de licencia para el alquiler?", "permis pour la
# location ?"): a question mark ends such a question, never a sentence about the licence.
# Or said to be wrong ("my licence number is wrong", "la licencia está mal", "mon numéro
# de permis est faux", "meine Führerscheinnummer falsch", "a carta tá errada"): the right
# one is what the customer sends next.
_ANNOUNCED = re.compile(
    rf"(?i)[\s:#=?\-]*(?:{NUMBER_LABEL}[\s:#=?\-]*)?"
    rf"(?:{IS}[\s:?]*)?"
    r"|\s+(?:para|pour|por|for|f[üu]r)(?:\s+[^\W\d_]+){1,3}\s*\?+\s*"
    rf"|(?:\s+{NUMBER_LABEL})?\s+(?:(?:{IS}|est[áa]|t[áa]|ist)\s+)?(?:{_WRONG})[\s.!?]*"
)
# Between a number word and the licence's word that says whose number it is: "número de
# licencia", "numéro du permis", "número da carta", "number of the licence".
_OF_THE = re.compile(r"(?i)\s+(?:de|du|da|do|of)\s+(?:(?:la|le|el|the|a|o)\s+)?")
# How far from the end its word may start: a word and its copula, never a scan of a long text.
_ANNOUNCED_REACH = 40
# A licence's class ("Führerschein C1E", "permis B") and a year ("Führerschein 2019") are
# said after the word too.
_CLASS_OR_YEAR = re.compile(r"AM|A[12]?|B(?:E|96)?|C1?E?|D1?E?|L|T|19[5-9][0-9]|20[0-4][0-9]")
# Capitals alone are a licence's only in a printed group of four ("UJHX"): "OK", "NEU" are words.
_PRINTED_GROUP = re.compile(r"[A-Z]{4}")
# Its rest: capitals and digits alone in the next message, a digit among them, in up to eight
# groups apart by one to three spaces, a dash or a dot, spaced or not, as read off the card
# ("SMI  TH6  2425", "Z123 - AB4C - DE5", "JON.ES7.1848").
_REST = re.compile(
    r"[^\w\n]{0,4}(?P<value>[A-Z0-9]+(?:(?:\s{1,3}|\s?[\-.]\s?)[A-Z0-9]+){0,7})[^\w\n]{0,4}"
)


def licence_start(view: str) -> tuple[int, int, int] | None:
    """Where the first characters of a licence number ending ``view`` right after its word
    are, and how many there are, if they are its start."""
    last = view.rstrip(" .")[-1:]
    if not (last.isdigit() or last.isupper()):
        return None  # a start ends the message with a capital or a digit: most stop here
    named = list(DRIVER_WORDS.finditer(view))
    if not named:
        return None
    first = _FIRST.fullmatch(view, named[-1].end())
    if first is None:
        return None
    value = first.group("value")
    chars = sum(c.isalnum() for c in value)
    if (
        not _FIRST_LEAST <= chars < LICENCE_MOST
        or _CLASS_OR_YEAR.fullmatch(value)
        or not (any(c.isdigit() for c in value) or _PRINTED_GROUP.fullmatch(value))
    ):
        return None
    return first.start("value"), first.end("value"), chars


def licence_announced(view: str) -> bool:
    """Whether ``view`` ends with a licence's word and nothing of its value yet."""
    named = list(DRIVER_WORDS.finditer(view, max(0, len(view) - _ANNOUNCED_REACH)))
    return bool(named) and _ANNOUNCED.fullmatch(view, named[-1].end()) is not None


def licence_number_word(view: str, number_end: int) -> bool:
    """Whether the number word ending at ``number_end`` is the licence's ("número de
    licencia"): its word follows, joined by "of"."""
    joined = _OF_THE.match(view, number_end)
    return joined is not None and DRIVER_WORDS.match(view, joined.end()) is not None


def licence_rest(view: str, seen: int) -> tuple[int, int] | None:
    """Where the rest of a licence number whose ``seen`` first characters came before is,
    when ``view`` holds nothing else."""
    rest = _REST.fullmatch(view)
    if rest is None or not any(c.isdigit() for c in rest.group("value")):
        return None
    if full_date(rest.group("value")):
        return None  # "12.05.2031": the day it expires, not its number
    if seen + sum(c.isalnum() for c in rest.group("value")) > LICENCE_MOST:
        return None
    return rest.span("value")
