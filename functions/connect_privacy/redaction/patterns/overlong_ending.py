"""After "ending in", a number too long to be an ending: the whole account number.

"it's the one ending in... whatever, 30418827", "es la que termina en... ya ni sé,
0412997365", "celui qui finit par... bref, 60211853094", "das mit der Endung... egal,
7730154402", "aquela que termina em... sei lá, 88120374". A customer who starts to give the
last digits, trails off and gives up sends the whole number: after the ellipsis and a shrug,
seven to twelve digits are no ending (four or five are, and stay: banks print them), and no
card (thirteen and more, read as one elsewhere). Digits right after the word stay an ending
however long; the shrug is never a digit, a line break or a question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import words
from connect_privacy.redaction.patterns.hints import any_of, may_hold
from connect_privacy.redaction.spans import Span

# The verbs and nouns of an ending; not "last", "final" or "últimos", which name the latest
# of something ("final invoice 20240511", "los últimos pedidos").
_ENDING_WORDS = words(
    r"ending",
    r"endng",
    r"ends?\s*(?:in|with)",
    r"terminad[ao]\s*e[nm]",
    r"termina\s*e[nm]",
    r"acaba(?:da)?\s*e[nm]",
    r"finissant\s*par",
    r"finit\s*par",
    r"se\s*termin(?:e|ant)\s*par",
    r"endet\s*(?:auf|mit)",
    r"endung",
    r"endend\s*auf",
)
# The shrug: an ellipsis right after the word (and its preposition), then a few words ("...
# whatever,", "... ya ni sé,", "... bref,", "... egal,", "... sei lá,"). Without it, digits
# right after the word stay an ending, however many ("la que termina en 41111111").
_OVERLONG_ENDING = re.compile(
    rf"{_ENDING_WORDS.pattern}(?:\s*(?:in|with|en|em|par|auf|mit))?\s*(?:\.{{2,}}|\u2026)"
    r"[^\d\n?!\[\]]{0,24}?(?<![0-9])(?P<value>[0-9]{7,12})(?![0-9]|[.,/:\-][0-9])"
)
# What every ending word holds in lower case: a substring test before the scan.
_HOLDS_ENDING_HINT = any_of(("end", "termin", "acaba", "fini"))
# Seven digits in a row, led by a digit so the engine skips to one.
_SEVEN_DIGITS = re.compile(r"[0-9]{7}")


def find_overlong_ending(view: str) -> Iterator[Span]:
    """Seven to twelve digits after an ending word (digit views)."""
    if _SEVEN_DIGITS.search(view) is None:
        return
    if not may_hold(view, view.lower(), _HOLDS_ENDING_HINT):
        return
    for match in _OVERLONG_ENDING.finditer(view):
        yield Span(match.start("value"), match.end("value"), "BANK_ACCOUNT_NUMBER", 0.7, "patterns")
