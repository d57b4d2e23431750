"""A password the browser or a password manager fills in, named by no password word.

A customer whose sign-in fails points at what the browser fills in for them, and that is
the saved password: "Chrome autofills Kiwi#4412 and it still fails", "\\"Sol.883luna\\" <- es
lo que se autocompleta y da error", "le navigateur remplit tout seul Nuage42! et ça
bloque", "der Browser füllt Falke&19 automatisch aus, trotzdem Fehler", "o navegador
preenche sozinho Rio*1825 e continua dando erro". No word names the password: the filling
in does.

The value must have a password's shape (``credentials.answered_password``: letters mixed
with digits and a symbol, or with a random case), so the error code the same message quotes
("erreur 0xC435", "Fehler E824", "ERR-2749") stays: a code right after an error's word, a
hexadecimal number, a link or an address is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import has_digit, may_hold
from connect_privacy.redaction.patterns.credentials import EMAIL_SHAPE, answered_password
from connect_privacy.redaction.patterns.error_words import after_error_word
from connect_privacy.redaction.spans import Span

# Filling in by itself, in the five languages: "autofill(s)", "auto-complete(s)", "fills
# in", "se autocompleta", "autorrellena", "rellena solo", "remplit tout seul", "remplissage
# automatique", "saisie automatique", "füllt ... automatisch aus", "automatisch ausgefüllt",
# "preenche sozinho", "preenchimento automático".
_FILLS_IN = re.compile(
    r"(?i)\b(?:auto-?\s?(?:fill|complet|compl[eè]t|rellen|remplis|preench)\w*"
    r"|fill(?:s|ed|ing)?\s+(?:it\s+)?in|rellen\w*\s+sol[oa]"
    r"|rempli[rt]?\w*\s+(?:tout\s+)?seul|remplissage\s+automatique|saisie\s+automatique"
    r"|f[üu]ll\w*\s+(?:\S+\s+){0,4}?automatisch|automatisch\s+(?:aus)?ge?f[üu]llt"
    r"|preench\w*\s+sozinh[oa]|preenchimento\s+autom[áa]tico)"
)
# Every phrase of ``_FILLS_IN`` holds one of these in lower case: a substring test first.
_FILLS_IN_HINTS = ("auto", "fill", "rellen", "rempli", "füll", "full", "preench")
# A word of the message, maybe between quotes, and what ends a sentence after it.
_QUOTES = "\"'\u2018\u2019\u201c\u201d\u201e`\u00ab\u00bb"
_TOKEN = re.compile(rf"[^\s{_QUOTES}]{{6,64}}")
_QUOTED = re.compile(rf"[{_QUOTES}](?P<value>[^\s{_QUOTES}]{{6,64}})[{_QUOTES}]")
# "?" and "!" end many passwords; a sentence's comma or full stop ends none.
_TRAILING = ".,;:)"
# "X <-", "-> X": an arrow typed at the value.
_POINTED_BACK = re.compile(rf"(?P<value>[^\s<>{_QUOTES}]{{6,64}})[{_QUOTES}]?\s*+<-")
_POINTED_ON = re.compile(rf"->\s*+[{_QUOTES}]?(?P<value>[^\s<>{_QUOTES}]{{6,64}})")
# How far after the phrase the value it hands over may stand ("autofills it with X").
_HANDED_REACH = 16
_HEX = re.compile(r"(?i)0x[0-9a-f]+")


def find_autofilled_password(view: str) -> Iterator[Span]:
    low = view.lower()
    if not has_digit(view) or not may_hold(view, low, _FILLS_IN_HINTS):
        return  # every password it takes holds a digit; a substring test before the scan
    fills = _FILLS_IN.search(view)
    if fills is None:
        return
    # A quoted value or one an arrow points at is the one meant, wherever it stands; else
    # the word the filling in hands over, inside the phrase or right after it ("füllt X
    # automatisch aus", "autofills X"), not a word before it ("my iPhone13 autofills").
    places = [(m.start("value"), m.end("value")) for m in _QUOTED.finditer(view)]
    for pointed in (_POINTED_BACK, _POINTED_ON) if "<-" in view or "->" in view else ():
        places.extend((m.start("value"), m.end("value")) for m in pointed.finditer(view))
    places.extend(
        (m.start(), m.start() + len(m.group().rstrip(_TRAILING)))
        for m in _TOKEN.finditer(view, fills.start(), fills.end() + _HANDED_REACH)
    )
    for begin, end in places:
        value = view[begin:end]
        if (
            answered_password(value)
            and _HEX.fullmatch(value) is None
            and not EMAIL_SHAPE.search(value)
            and not after_error_word(view, begin)
        ):
            yield Span(begin, end, "PASSWORD", 0.6, "patterns")
