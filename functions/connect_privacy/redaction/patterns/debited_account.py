"""A bank account named only by what is done to it: debited, month after month.

Customers name the account they pay from by the debit, not by the word "account": "the
12345678 is the one they debit", "la 12345678 es la que me cargan cada mes", "le 12345678
c'est celui qu'ils prélèvent chaque mois", "von 12345678 wird jeden Monat abgebucht", "a
12345678 é a que debitam todo mês", or the verb first, "they debit 12345678", "ils
prélèvent sur le 12345678", "abgebucht von 12345678". Only an account is debited (a card
is charged, an order paid): the debit verbs name it alone. A verb that also charges a card
or pays a bill ("charge", "cargar", "cobrar", "payer") names it only with the recurrence
after it ("every month", "cada mes", "chaque mois", "todo mês"), as a standing order does.

The value is eight to seventeen digits, never an amount (currency, cents) nor a card (a
card number's checksum is the card finders'), nor a number right after an order's, a
policy's or an invoice's word (``NOT_PERSONAL``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.cards import digit_runs, is_card
from connect_privacy.redaction.patterns.context import NOT_PERSONAL, before, has_digit, may_hold
from connect_privacy.redaction.spans import Span

# Verbs only an account takes: debit (and direct debit), prélever, abbuchen, einziehen, domiciliar.
_DEBIT = (
    r"d[ée]bit(?!\w*kart)\w*|pr[ée]l[èe]v\w*|domicili\w*"
    r"|abgebucht|abbuch\w*|bucht\w*\s+(?:\w+\s+){0,2}ab|eingezogen|einzieh\w*"
    r"|zieh\w*\s+(?:\w+\s+){0,2}ein"
)
# Verbs that charge a card or pay a bill too: an account's only with a recurrence after them.
_CHARGE = (
    r"charg\w*|take[sn]?|took|bill(?:s|ed)?|carg\w*|cobr\w*|descuent\w*|factur\w*"
    r"|pren\w*|berechn\w*|abgezogen|desconta\w*|tira\w*"
)
_EVERY = (
    r"(?:every|each)\s+(?:month|week|year)|monthly|cada\s+(?:mes|semana|a[ñn]o)"
    r"|todos\s+los\s+meses|mensualmente|chaque\s+(?:mois|semaine|ann[ée]e)|tous\s+les\s+mois"
    r"|mensuellement|jeden\s+(?:monat|monatsersten)|monatlich|todo\s+m[eê]s|todos\s+os\s+meses"
    r"|mensalmente"
)
# A bridge of one clause: no digit, no bracket (a mask), no sentence end.
_BRIDGE = r"[^\d\n\[\].!?;]{0,40}?"
# Read from the value's end: the verb after it.
# An amount right after the debit: the sum taken, and the number before it its reference
# ("numéro d'abonné 123456789, prélèvement de 19,90 €", "Mitgliedsnr 12345678, Abbuchung
# 49,99 €").
_NO_AMOUNT = r"(?!\s*+(?:of|de|von|da|do|d['\u2019])?\s*+[$€£]?\s*+[0-9])"
_VERB_AFTER = re.compile(
    rf"(?i){_BRIDGE}\b"
    rf"(?:(?:{_DEBIT})\b{_NO_AMOUNT}|(?:{_CHARGE})\b[^\d\n\[\].!?;]{{0,16}}?\b(?:{_EVERY})\b)"
)
# Read up to the value's start: the verb first, a few short words (a preposition, an
# article) between. Not a debit card's number: "debit card ending 12345678".
_VERB_BEFORE = re.compile(
    rf"(?i)\b(?:{_DEBIT})\b(?!\s*+(?:card|karte|carte|cart[ãa]o|tarjeta))"
    r"(?:\s++[^\W\d_]{1,6}){0,3}?\s++\Z"
)
_VERB_BEFORE_REACH = 48
# Eight to seventeen digits typed together, read from the runs the card finders cut (once
# per view, shared by every digit finder).
_SHORTEST = 8
_LONGEST = 17
# Not the digits of a word, an amount, a reference or a decimal ("1.12345678", "#12345678").
_GLUED_BEFORE = frozenset(".,/:-$€£#_")
_GLUED_AFTER = re.compile(r"[.,/:\-][0-9]")
# Every verb of ``_VERB_AFTER`` and ``_VERB_BEFORE`` holds one of these, in lower case: a
# substring test once a run of an account's length is found.
_VERB_HINTS = (
    "bit",  # debit, débit
    "lev",  # prélever, prélèvent
    "lèv",
    "domicili",
    "buch",
    "zog",
    "zieh",
    "charg",
    "take",
    "took",
    "bill",
    "carg",
    "cobr",
    "descu",
    "factur",
    "pren",
    "berechn",
    "desconta",
    "tira",
)
# A card word just before the value: a debit card's digits ("tarjeta de débito 12345678");
# or a number's label, which names it as something else ("numéro d'abonné", "Mitgliedsnr",
# "member number"): a number named so is not named only by its debit; nor is a supply's
# installation or contract ("instalação 12345678, débito na conta ..."), whose bill the
# debit pays.
_NAMED_OTHERWISE = re.compile(
    r"(?i)card|kart|tarj|carte|cart[ãa]o|n[uú]m[eé]ro|number|nummer|nr\b|n[oº°]\.|#"
    r"|instala[çc][ãa]o|instalaci[óo]n|installation|anlage|contra[ct]to?|contrat|vertrag"
)
_REFERENCE_REACH = 24


def find_debited_account(view: str) -> Iterator[Span]:
    """Long numbers said to be debited (digit views)."""
    if not has_digit(view):
        return
    verbs: bool | None = None
    for run in digit_runs(view, min_digits=_SHORTEST):
        begin, end = run.begin, run.end
        if len(run.groups) != 1 or end - begin > _LONGEST or _glued(view, begin, end):
            continue
        if verbs is None:
            verbs = may_hold(view, view.lower(), _VERB_HINTS)
        if not verbs:
            return
        if (
            _VERB_AFTER.match(view, end) is None
            and _VERB_BEFORE.search(view, max(0, begin - _VERB_BEFORE_REACH), begin) is None
        ):
            continue
        if (
            is_card(run.digits)
            or before(NOT_PERSONAL, view, begin, _REFERENCE_REACH)
            or before(_NAMED_OTHERWISE, view, begin, _REFERENCE_REACH)
        ):
            continue
        yield Span(begin, end, "BANK_ACCOUNT_NUMBER", 0.7, "patterns")


def _glued(view: str, begin: int, end: int) -> bool:
    """Whether the run is part of a word, a decimal or a reference."""
    if begin and (view[begin - 1].isalnum() or view[begin - 1] in _GLUED_BEFORE):
        return True
    return _GLUED_AFTER.match(view, end) is not None
