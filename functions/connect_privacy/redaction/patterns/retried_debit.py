"""The account a bounced direct debit is to be taken from again.

A customer whose direct debit failed asks for it to be taken again and gives the account,
named by no account word: "my direct debit bounced, can you retry from 12345678?", "el
recibo rebotó, ¿lo podéis pasar otra vez a 12345678?", "le prélèvement a été rejeté,
vous pouvez repasser sur 12345678 ?", "die Lastschrift ist geplatzt, könnt ihr nochmal von
12345678 abbuchen?", "o débito direto voltou, podem cobrar de novo na 12345678?". The
debit names the account (``debited_account`` reads the verb right beside the value); here
the debit's noun may stand a clause before, and the retry's words right before the value
say what the number is for.

The value is eight to twenty digits (a Spanish CCC), in groups or not, read on the digit views (so a
look-alike letter inside it, "39I87O98", is a digit there); never an amount, a card
(checksum) or a number after a reference's word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.cards import digit_runs, is_card
from connect_privacy.redaction.patterns.context import NOT_PERSONAL, before, has_digit, may_hold
from connect_privacy.redaction.spans import Span

# The standing debit's noun, in the five languages: "direct debit", "débito directo",
# "domiciliación", "recibo", "prélèvement", "Lastschrift", "Einzug", "débito direto",
# "débito automático".
_DEBIT_NOUN = re.compile(
    r"(?i)\b(?:direct\s*-?\s*debit|d[ée]bito\s+(?:directo|direto|autom[áa]tico)|domiciliaci[óo]n"
    r"|recibo|pr[ée]l[èe]vement|[a-zäöü]{0,20}lastschrift|einzug)"
)
# Every noun of ``_DEBIT_NOUN`` holds one of these in lower case: a substring test first.
_NOUN_HINTS = ("debit", "débit", "domicili", "recibo", "lev", "lèv", "lastschrift", "einzug")
# Taking it again, then a preposition or an article or two, up to the value: "retry
# (from)", "try again", "take it again from", "pasar otra vez a", "cobrar de nuevo en",
# "reintentar en", "repasser sur", "re-prélever sur", "nochmal von", "erneut von",
# "cobrar de novo na", "tentar novamente na".
_AGAIN = (
    r"re-?try|try\s+(?:it\s+)?again|again|once\s+more|re-?(?:submit|present|run)"
    r"|otra\s+vez|de\s+nuevo|reintent\w*|volver\s+a\s+(?:pasar|cobrar|cargar|intentar)"
    r"|repass\w*|repr[ée]sent\w*|re-?pr[ée]lev\w*|(?:à|de)\s+nouveau|r[ée]essay\w*|retent\w*"
    r"|nochmal|noch\s+(?:ein)?mal|erneut|wieder"
    r"|de\s+novo|novamente|outra\s+vez|tentar\s+(?:de\s+novo|novamente)"
)
_AGAIN_BEFORE = re.compile(rf"(?i)\b(?:{_AGAIN})(?:\s++[^\W\d_]{{1,8}}+){{0,3}}?(?:\s*+:)?\s++\Z")
_AGAIN_REACH = 48
# Eight digits to a Spanish CCC's twenty.
_SHORTEST = 8
_LONGEST = 20
# Not the digits of a word, an amount, a reference or a decimal.
_GLUED_BEFORE = frozenset(".,/:-$€£#_")
_GLUED_AFTER = re.compile(r"[.,/:\-][0-9]|\s*+(?:€|eur|usd|\$|£)")
_REFERENCE_REACH = 24


def find_retried_debit(view: str) -> Iterator[Span]:
    """Numbers a bounced direct debit is to be taken from again (digit views)."""
    if not has_digit(view):
        return
    noun: bool | None = None
    for run in digit_runs(view, min_digits=_SHORTEST):
        begin, end = run.begin, run.end
        if len(run.digits) > _LONGEST or _glued(view, begin, end):
            continue
        if noun is None:
            noun = may_hold(view, view.lower(), _NOUN_HINTS) and bool(_DEBIT_NOUN.search(view))
        if not noun:
            return
        if (
            _AGAIN_BEFORE.search(view, max(0, begin - _AGAIN_REACH), begin) is None
            or is_card(run.digits)
            or before(NOT_PERSONAL, view, begin, _REFERENCE_REACH)
        ):
            continue
        yield Span(begin, end, "BANK_ACCOUNT_NUMBER", 0.7, "patterns")


def _glued(view: str, begin: int, end: int) -> bool:
    """Whether the run is part of a word, a decimal, an amount or a reference."""
    if begin and (view[begin - 1].isalnum() or view[begin - 1] in _GLUED_BEFORE):
        return True
    return _GLUED_AFTER.match(view, end) is not None
