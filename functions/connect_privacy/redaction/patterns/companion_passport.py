"""A second passport, a relative's, after the customer's own: "and my wife's <value>".

"passport C1234567 and my wife's K2X48193", "pasaporte PAA123456 y el de mi esposa BX4-2188-7",
"passeport 12AB34567 et celui de ma femme 19 CD 40213", "Pass C01X00T47 und der von meiner
Frau L8 KT20 47", "passaporte CA123456 e o da minha esposa FX41.907". The value after the
relative is the same kind as the one the message named before, in whatever shape the other
country writes it (nine digits, letters among digits, groups split by dots, dashes or
spaces), so the passport's own shapes are not required: six to twelve letters and digits,
two digits at least, after a possessive and a relative, once a passport word came first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import has_digit, may_hold, starts
from connect_privacy.redaction.patterns.national_ids import PASSPORT_WORDS
from connect_privacy.redaction.spans import Span

_POSSESSIVE = r"my|our|mi|nuestr[oa]|ma|mon|notre|meine[rm]?|unsere[rm]?|minha|meu|nossa|nosso"
_RELATIVE = (
    r"husband|wife|partner|son|daughter|mother|mum|mom|father|dad|brother|sister|kid|child"
    r"|boyfriend|girlfriend"
    r"|marido|esposo|esposa|mujer|mulher|hij[oa]|filh[oa]|madre|padre|m[ãa]e|pai"
    r"|herman[oa]|irm[ãa]o?|companheir[oa]|compa[ñn]er[oa]|novi[oa]|pareja|namorad[oa]"
    r"|mari|femme|fils|fille|m[èe]re|p[èe]re|fr[èe]re|s[œo]e?ur|conjointe?"
    r"|(?:ehe)?mann(?:es)?|(?:ehe)?frau|sohn(?:es)?|tochter|mutter|vater|bruder|schwester"
    r"|partnerin|freundin"
)
# One group: letters and digits holding a digit, or up to three capitals (a passport's
# letters written apart: "C5T - F14J8 - K"); never a lower-case word ("und", "please").
_GROUP = r"(?:[A-Za-z]*[0-9][A-Za-z0-9]*|(?-i:[A-Z]{1,3}))"
_JOIN = r"(?:\s{0,2}[-.]\s{0,2}|\s{1,2})"
_COMPANION = re.compile(
    rf"(?i){starts(_POSSESSIVE)}\b(?:{_POSSESSIVE})\s++(?:{_RELATIVE})(?:['\u2019]?s\b)?"
    r"\s*+(?:(?:is|es|est|ist|é)\s++)?:?\s*+"
    rf"(?P<value>(?<![A-Za-z0-9]){_GROUP}(?:{_JOIN}{_GROUP}){{0,3}})(?![A-Za-z0-9])"
)
_ALNUM = re.compile(r"[A-Za-z0-9]")
_DIGITS = re.compile(r"[0-9]")
# Every passport phrase holds one of these (``pas``, ``pp``, ``psp``): a substring test first.
_PASSPORT_HINTS = ("pas", "pp", "psp")

# German's "Pass" alone, right before a value holding a digit ("Pass C01X00T47", "Pass FNR
# 5JF8"): the travel document, as a passport word lists it only with "Nr." or "mein".
_GERMAN_PASS = re.compile(r"(?i)\bpass\s++(?=(?-i:[A-Z0-9][A-Z0-9 .\-]{0,12}[0-9]))")


def find_companion_passport(view: str) -> Iterator[Span]:
    """A relative's passport, after a passport word in the same message (folded view)."""
    if not has_digit(view) or not may_hold(view, view.lower(), _PASSPORT_HINTS):
        return
    word = PASSPORT_WORDS.search(view) or _GERMAN_PASS.search(view)
    if word is None:
        return
    for match in _COMPANION.finditer(view, word.end()):
        value = match.group("value")
        size = len(_ALNUM.findall(value))
        if 6 <= size <= 12 and len(_DIGITS.findall(value)) >= 2:
            yield Span(match.start("value"), match.end("value"), "PASSPORT_NUMBER", 0.7, "patterns")
