"""A short number given back as what the agent asked for earlier: a code, most often the PIN.

"the one you asked me for earlier: 4821", "lo que me pediste antes? 4821", "le code que vous
m'avez demandé tout à l'heure : 4821", "das, was du vorhin wolltest: 4821", "aquilo que você
pediu antes: 4821". The customer names no type: the agent's question did, in a turn the
redactor may not have read. Four to eight digits closing the message or its clause are
then the secret asked for; a reference named in the message ("the order number you asked
for: 48213") is the reference's, and an amount or a quantity ("1500 €", "2000 units") none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import NOT_PERSONAL, has_digit, may_hold, starts
from connect_privacy.redaction.spans import Span

# The agent asked (or wanted, needed) it, said to the agent: "you asked (me) for", "me
# pediste", "vous m'avez demandé", "du wolltest", "ihr gefragt habt", "você pediu".
_ASKED = (
    r"(?:you|u)\s+(?:asked|wanted|requested|needed)"
    r"|pediste|pidi[óo]|pidieron|solicitaste|me\s+solicit[óo]|quer[íi]as"
    r"|(?:vous\s+m['\u2019]\s*avez|tu\s+m['\u2019]\s*as|vous\s+avez|tu\s+as)\s+demand[ée]e?"
    r"|vous\s+vouliez|tu\s+voulais"
    r"|(?:du|ihr|sie)\s+(?:\w+\s+)?(?:wolltest|wolltet|wollten|gefragt|verlangt|brauchtest"
    r"|brauchtet|brauchten)"
    r"|(?:vc|voc[êe]|o\s+senhor|a\s+senhora|tu)\s+(?:me\s+)?(?:pediu|queria|solicitou)"
    r"|me\s+pediu|me\s+pediram"
)
# Every phrase of ``_ASKED`` holds one of these (in lower case): a substring test first.
_ASKED_HINTS = (
    "ask", "want", "request", "need", "pedi", "pidi", "solicit", "quer", "demand", "voul",
    "woll", "gefragt", "verlangt", "brauch",
)  # fmt: skip
# Then, within the sentence, four to eight digits: not a price's, a time's or a date's, and
# closing the message or its clause ("... : 4821, dont judge").
_VALUE_AFTER_ASKED = re.compile(
    rf"(?i){starts(_ASKED)}\b(?:{_ASKED})\b[^\d\n.!]{{0,40}}?"
    r"(?<![0-9$€£])(?P<value>[0-9]{4,8})(?![0-9]|[.,/:\-][0-9])"
    r"(?=[^\w\n]{0,4}(?:\n|\Z)|\s*[,;)]|[.!?])"
    r"(?!\s{0,2}(?:[$€£%]|(?:eur|usd|gbp|brl|mxn|euros?|dollars?|reais|pesos)\b))"
)

# Asked when or how many: the answer is a year, a date or a count, not a code ("you asked
# when I ordered: 2024", "me preguntaste cuántos: 1200").
_WHEN_OR_HOW_MANY = re.compile(
    r"(?i)\b(?:when|what\s+year|how\s+(?:many|much|long)|cu[áa]ndo|cu[áa]nt[oa]s?|quand"
    r"|combien|wann|wie\s+(?:viel|lange)|quando|quant[oa]s?|year|a[ñn]o|ann[ée]e|jahr)\b"
)


def find_asked_earlier(view: str) -> Iterator[Span]:
    """A code given as what the agent asked for (digit views)."""
    if not has_digit(view) or not may_hold(view, view.lower(), _ASKED_HINTS):
        return
    for match in _VALUE_AFTER_ASKED.finditer(view):
        if NOT_PERSONAL.search(view, 0, match.start("value")) is not None:
            continue  # "the order number you asked for: 48213": the reference's
        if _WHEN_OR_HOW_MANY.search(view, match.start(), match.start("value")) is not None:
            continue
        yield Span(match.start("value"), match.end("value"), "PIN", 0.75, "patterns")
