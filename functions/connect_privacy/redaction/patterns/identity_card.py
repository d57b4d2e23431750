"""The number of an identity card, right after its word: "mit ausweis CPJ30YJJY",
"carte d'identité n° 180375101234", "cartão de cidadão 12345678 9ZZ1".

An identity card is a travel document in Europe and its number is as personal as a
passport's; Comprehend has no type for it, so it is masked as ``PASSPORT_NUMBER``. Only
right after the card's word (a label, "nr.", "ist" between), in capitals and digits with a
digit, or nine capitals of the German card's alphabet (no vowels: "CFGHJKLMNPRTVWXYZ").
Spain's DNI has its own type and check letter (``ES_DNI``); a driving licence's
"Führerausweis" is no identity card (the word must start there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import (
    NOT_PERSONAL,
    after_context,
    may_hold,
    nearer,
    words,
)
from connect_privacy.redaction.spans import Span

IDENTITY_CARD_WORDS = words(
    r"(?:national\s*)?id(?:entity)?\s*card",
    r"documento\s*(?:nacional\s*)?de\s*identidad",
    r"carn[eé]t?\s*de\s*identidad",
    r"c[ée]dula(?:\s*de\s*identidad)?",
    r"carte\s*(?:nationale\s*)?d['\u2019]\s*identit[ée]",
    r"cni",
    r"(?:personal)?ausweis(?:\s*-?\s*(?:nummer|nr\.?|no\.?))?",
    r"identit[äa]tskarte",
    r"cart[ãa]o\s*(?:de\s*)?cidad[ãa]o",
    r"bilhete\s*de\s*identidade",
    r"carteira\s*de\s*identidade",
)
# Led by the card words' first letters (national, id, documento, carnet, cédula, carte, cni,
# personalausweis, ausweis, cartão, bilhete, carteira): the engine skips to them instead of
# trying every branch at every character (56 -> 23 us on a 256-character message).
_LEAD = "(?i)(?=[abcdinp])"
_CARD_NUMBER_AFTER = after_context(
    IDENTITY_CARD_WORDS,
    # capitals and digits with a digit in its first groups, maybe in groups ("180375 101234",
    # "CJM 6W0 KJV"); not a word in capitals ("ABGELAUFEN 2024")
    r"(?<![A-Za-z0-9])(?-i:(?=[A-Z]{0,4}[ \-]?[A-Z]{0,4}[0-9])"
    r"[A-Z0-9]{2,12}(?:[ \-][A-Z0-9]{1,6}){0,3}"
    # the German card's letters alone
    r"|[CFGHJKLMNPRTVWXYZ]{9})(?![A-Za-z0-9])",
    gap=16,
)
_CARD_NUMBER = re.compile(_LEAD + _CARD_NUMBER_AFTER.pattern.removeprefix("(?i)"))
_LEAST = 6
_MOST = 14
# A date the card's word is followed by, its groups split by any mark or a space ("expires
# 2025-06-30", "läuft ab 2027 03 15", "valid until 06 2031"): when it expires, not its number.
_DATE = re.compile(
    r"[0-9]{4}[\-/. ][0-9]{1,2}(?:[\-/. ][0-9]{1,2})?"
    r"|(?:[0-9]{1,2}[\-/. ])?[0-9]{1,2}[\-/. ][0-9]{2,4}"
)


# What every word of ``IDENTITY_CARD_WORDS`` holds in lower case: "card" each English one,
# "identi" the Spanish, French, German and Portuguese "identidad", "identité",
# "Identitätskarte", "identidade"; "cidad" the "cartão de cidadão". Not "id" alone: nearly
# every message holds it ("did", "video"), and the scan after it is the finder's whole cost.
_CARD_HINTS = ("card", "identi", "dula", "cni", "ausweis", "cidad")


def find_identity_card(view: str) -> Iterator[Span]:
    if not may_hold(view, view.lower(), _CARD_HINTS):
        return  # a substring test before the scan: every card's word holds one of these
    for match in _CARD_NUMBER.finditer(view):
        begin, end = match.span("value")
        chars = sum(c.isalnum() for c in match.group("value"))
        # "id card from order AB123456": a reference word nearer than the card's owns it
        if _DATE.fullmatch(match.group("value")):
            continue
        if _LEAST <= chars <= _MOST and not nearer(NOT_PERSONAL, IDENTITY_CARD_WORDS, view, begin):
            yield Span(begin, end, "PASSPORT_NUMBER", 0.8, "patterns")
