"""A number said to be the cash machine's: the card's PIN, named by where it is typed.

"the atm one is 4821", "and for the cash machine: 4821", "el del cajero es 4821", "celui du
distributeur c'est 4821", "der für den Geldautomaten ist 4821", "o do multibanco é 4821".
Customers who give the security code and the PIN together tell them apart by the machine
rather than by the word PIN. Only four to six digits after a copula or a colon, within the
sentence of the machine's word: the machine's place ("the atm at 4821 Main St"), a
distance or an amount ("the atm is 200 m away", "atm: 4000 €") are not said that way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import has_digit, may_hold, starts
from connect_privacy.redaction.patterns.value_first import CASH_MACHINE
from connect_privacy.redaction.spans import Span

# Every word of ``CASH_MACHINE`` holds one of these in lower case: a substring test first.
_MACHINE_HINTS = (
    "atm", "cash", "guichet", "distrib", "dab", "cajero", "automat", "caixa", "multibanco",
)  # fmt: skip
# The machine's word, a few words of the same sentence ("one", "code", "for the", "PIN
# of"), a copula or a colon, then the digits: "the atm one is 58I3" reads "5813" in the
# deobfuscated view.
_COPULA = (
    r"(?:(?<![\w'\u2019])(?:is|was|es|era|est|c['\u2019]\s*est|ist|war|lautet|é|e|eh)"
    r"(?![\w'\u2019])|[:=])"
)
_MACHINE_THEN_CODE = re.compile(
    rf"(?i){starts(CASH_MACHINE[3:-1])}\b{CASH_MACHINE}[^\W\d_]{{0,3}}"
    rf"[^\d\n.!?\[\]]{{0,24}}?{_COPULA}"
    r"[\s:]{0,3}(?P<value>[0-9]{4,6})(?![0-9]|[.,/:\-][0-9])"
    r"(?!\s{0,2}(?:[$€£%]|(?:eur|usd|gbp|brl|mxn|chf|km|m|min)\b|euros?|dollars?|reais|pesos))"
)


def find_machine_pin(view: str) -> Iterator[Span]:
    """Digits said to be the cash machine's (digit views)."""
    if not has_digit(view) or not may_hold(view, view.lower(), _MACHINE_HINTS):
        return
    for match in _MACHINE_THEN_CODE.finditer(view):
        yield Span(match.start("value"), match.end("value"), "PIN", 0.75, "patterns")
