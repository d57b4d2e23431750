"""A value handed over further on in the sentence that named it.

A customer names the account, the routing number, the passport or the licence, says
something about it (the one on file is wrong, it was renewed, they cannot tell which one
ends in what), and only then hands the value over with a copula or a colon: "sorry i typed
my account number wrong earlier, it's 66049 3528 607", "je me suis trompé de compte tout à
l'heure, le bon c'est 7535 5357 819", "no sé cuál cuenta termina en qué, mejor toda:
792774675489", "die hinterlegte BLZ stimmt nicht, richtig ist „58641135“", "me renovaron la
licencia y ahora el número es G184 - 82299", "le permis enregistré est faux, le bon : «
B2141601 »". The word stands further from its value than the finders that read a value
right after it look (``classify_account``'s 32 characters, the first pieces of
``context.pieces_after``).

The word names the value only when nothing between them names another: no digit (the value
is the first number after the word), no line break or bracket, and no word of another value
(an order, a phone, a card, a code, an amount). Of the four kinds, the word nearest the
value names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.banking import (
    CVV_WORDS,
    EXPIRY_WORDS,
    PIN_WORDS,
    ROUTING_WORDS,
    is_amount,
)
from connect_privacy.redaction.patterns.cards import CARD_WORDS, Run, digit_runs
from connect_privacy.redaction.patterns.context import (
    ACCOUNT_WORDS,
    DATE_SHAPE,
    NOT_PERSONAL,
    SPECIFIC_PHONE_WORDS,
    full_date,
    has_digit,
    pieces_after,
    words,
)
from connect_privacy.redaction.patterns.email_parts import EMAIL_WORDS
from connect_privacy.redaction.patterns.national_ids import DRIVER_WORDS, PASSPORT_WORDS
from connect_privacy.redaction.spans import Span

# The copula or colon that hands the value over, maybe "now" after it ("nummer ist jetzt
# F785...", "ahora el número es ..."), and an opening quote ("richtig ist „5864...“").
_HANDED = re.compile(
    r"(?i)(?:(?<![\w'\u2019])(?:it['\u2019]?s|is|was|es|era|est|c['\u2019]est|c['\u2019][ée]tait"
    r"|ist|war|é|foi"
    # or as what it ought to be: "should be", "debería ser", "devrait être", "wäre", "deveria ser"
    r"|should\s+be|deber[íi]a\s+ser|devrait\s+[êe]tre|w[äa]re|deveria\s+ser)|[:=])"
    r"(?:\s{1,3}(?:now|jetzt|nun|ahora|maintenant|agora))?[\s\"'\u201e\u201c\u201d\u00ab]{0,4}\Z"
)
_HANDED_REACH = 24
# How far before the copula the word may stand: a clause or two about the value.
_WORD_REACH = 80
# What the stretch between the word and the copula never holds.
_BREAK = re.compile(r"[0-9\n\[\]]")
# An amount's words: "my account was charged, the total is 123456" names a sum.
_AMOUNT_WORDS = words(
    r"balance",
    r"amount",
    r"total",
    r"fee",
    r"saldo",
    r"monto",
    r"importe",
    r"solde",
    r"montant",
    r"kontostand",
    r"betrag",
    r"summe",
    r"valor",
    r"quantia",
)
# Words of another value between the word and the copula: that value's, not the word's.
_OTHER_VALUES = (
    NOT_PERSONAL,
    SPECIFIC_PHONE_WORDS,
    CARD_WORDS,
    PIN_WORDS,
    CVV_WORDS,
    EXPIRY_WORDS,
    EMAIL_WORDS,
    _AMOUNT_WORDS,
)
# Each kind's words, its entity, and the digits (accounts and routing numbers) or the
# characters (passports and licences) its value has.
_KINDS = (
    (ACCOUNT_WORDS, "BANK_ACCOUNT_NUMBER"),
    (ROUTING_WORDS, "BANK_ROUTING"),
    (PASSPORT_WORDS, "PASSPORT_NUMBER"),
    (DRIVER_WORDS, "DRIVER_ID"),
)
_DIGITS = {"BANK_ACCOUNT_NUMBER": (6, 24), "BANK_ROUTING": (6, 11)}
_DOCUMENT_CHARS = (6, 18)
# Punctuation that ends a clause, and a line break (a form's next field, "DL: T820...\nDOB:
# 2024-01-05"): what follows is no piece of the value.
_CLAUSE_END = re.compile(r"[,;()\n]")
_ONE_MIXED_PIECE = re.compile(r"(?=[0-9]*[A-Za-z])[A-Za-z0-9]+")
# A ZIP+4 ("ship to 12345-6789"): never an account.
_ZIP_FOUR = re.compile(r"[0-9]{5}-[0-9]{4}")
# Where a copula hands something over: the copulas' and the colon's characters, a
# substring test before any scan.
_HANDED_HINTS = (
    *(":", "=", "is", "es", "ist", "é", "war", "era", "foi", "'s", "\u2019s"),
    *("should", "ser", "tre", "wäre", "ware"),  # "should be", "debería ser", "être", "wäre"
)


def find_handed_over_later(view: str) -> Iterator[Span]:
    """Accounts and routing numbers, on every view of digits (their groups may be set apart
    by noise the deobfuscated view blanks)."""
    runs: dict[int, Run] | None = None
    for start, entity in _handed_over(view):
        if entity in _DIGITS:
            if runs is None:
                runs = {run.begin: run for run in digit_runs(view, min_digits=6)}
            span = _digits_value(view, start, entity, runs)
            if span is not None:
                yield span


def find_document_handed_over_later(view: str) -> Iterator[Span]:
    """Passports and licences, on the folded view: its commas end the pieces ("C9CH MNXWT,
    2007 verlängert"), where the deobfuscated view blanks them."""
    for start, entity in _handed_over(view):
        if entity not in _DIGITS:
            span = _document_value(view, start, entity)
            if span is not None:
                yield span


def _handed_over(view: str) -> Iterator[tuple[int, str]]:
    """Where a value handed over starts, and the entity of the word that named it."""
    if not has_digit(view):
        return
    low = view.lower()
    if not any(hint in low for hint in _HANDED_HINTS):
        return
    named = [(phrases, entity) for phrases, entity in _KINDS if phrases.search(view)]
    if not named:
        return
    for start in _value_starts(view):
        handed = _HANDED.search(view, max(0, start - _HANDED_REACH), start)
        if handed is not None:
            entity = _named_by(view, handed.start(), named)
            if entity is not None:
                yield start, entity


# Where a value may start: a capital or a digit starting a token, a digit within its first
# characters.
_VALUE_START = re.compile(r"(?<![A-Za-z0-9])(?=[A-Z0-9\-. ]{0,8}[0-9])[A-Z0-9]")


def _value_starts(view: str) -> Iterator[int]:
    for match in _VALUE_START.finditer(view):
        yield match.start()


def _named_by(view: str, end: int, named: list[tuple[re.Pattern[str], str]]) -> str | None:
    """The entity of the word nearest before ``end`` (a copula's start), if it names what
    follows the copula: nothing but words between them, none of another value."""
    low = max(0, end - _WORD_REACH)
    nearest: tuple[int, str] | None = None
    for phrases, entity in named:
        last = None
        for last in phrases.finditer(view, low, end):  # noqa: B007 - the last match is kept
            pass
        if last is not None and (nearest is None or last.end() > nearest[0]):
            nearest = last.end(), entity
    if nearest is None:
        return None
    word_end, entity = nearest
    if _BREAK.search(view, word_end, end) is not None:
        return None
    if any(other.search(view, word_end, end) for other in _OTHER_VALUES):
        return None
    return entity


def _digits_value(view: str, start: int, entity: str, runs: dict[int, Run]) -> Span | None:
    run = runs.get(start)
    if run is None:
        return None
    least, most = _DIGITS[entity]
    value = view[run.begin : run.end]
    if (
        not least <= len(run.digits) <= most
        or is_amount(view, run)
        or full_date(value)
        or DATE_SHAPE.fullmatch(value)
        or _ZIP_FOUR.fullmatch(value)
    ):
        return None
    return Span(run.begin, run.end, entity, 0.7, "patterns")


def _document_value(view: str, start: int, entity: str) -> Span | None:
    longest = None
    for begin, end, compact, _count in pieces_after(
        view, start, most=_DOCUMENT_CHARS[1], takes=_document_piece, reach=0, starts=1
    ):
        if _CLAUSE_END.search(view, begin, end):
            break  # "C9CH MNXWT, 2007 verlängert": the year after the comma is no piece
        if _DOCUMENT_CHARS[0] <= len(compact) and any(c.isdigit() for c in compact):
            longest = begin, end
    if longest is None or DATE_SHAPE.fullmatch(view, *longest):
        return None
    # a passport's one piece of letters and digits far from its word is left to the shapes
    # ``national_ids`` reads there ("creo que es PAA12345" is no shape a passport prints)
    if entity == "PASSPORT_NUMBER" and _ONE_MIXED_PIECE.fullmatch(view, *longest):
        return None
    return Span(*longest, entity, 0.7, "patterns")


def _document_piece(piece: str) -> bool:
    """A piece of a passport or licence number: capitals and digits, never a word in lower
    case ("... and the old one was")."""
    return piece.isupper() or piece.isdigit()
