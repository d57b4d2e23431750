"""After "ending in", a number too long to be an ending: the whole account number.

"it's the one ending in... whatever, 30418827", "es la que termina en... ya ni sé,
0412997365", "celui qui finit par... bref, 60211853094", "das mit der Endung... egal,
7730154402", "aquela que termina em... sei lá, 88120374", "acct ends in ... here the whole
thing 2693 then 1620 0718". A customer who starts to give the last digits, trails off and
gives up sends the whole number, in one run or in groups: after the ellipsis and a shrug,
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
    r"[^\d\n?!\[\]]{0,24}?(?<![0-9])"
    # in one run, or in groups of two to six the customer spaced or set apart with noise
    # (the deobfuscated view blanks it: "here the whole thing 2693 then 1620 0718")
    r"(?P<value>[0-9]{7,12}|[0-9]{2,6}(?:[ \n]{1,8}[0-9]{2,6}){1,5})"
    r"(?![0-9]|[.,/:\-][0-9]|[ \n]{1,8}[0-9])"
)
# The digits an account's whole number holds, here as in one run: seven to twelve.
_FEWEST_DIGITS, _MOST_DIGITS = 7, 12
# A day, a month and a year in groups ("ending in... the one from 12 05 2024"): a date.
_DATE_GROUPS = re.compile(
    r"(?:[0-2]?[0-9]|3[01])\s{1,8}(?:0?[1-9]|1[0-2])\s{1,8}(?:19|20)?[0-9]{2}"
)
# What every ending word holds in lower case: a substring test before the scan.
_HOLDS_ENDING_HINT = any_of(("end", "termin", "acaba", "fini"))


def find_overlong_ending(view: str) -> Iterator[Span]:
    """Seven to twelve digits after an ending word (digit views)."""
    if sum(map(view.count, "0123456789")) < _FEWEST_DIGITS:
        return
    if not may_hold(view, view.lower(), _HOLDS_ENDING_HINT):
        return
    for match in _OVERLONG_ENDING.finditer(view):
        digits = sum(c.isdigit() for c in match.group("value"))
        if not _FEWEST_DIGITS <= digits <= _MOST_DIGITS or _DATE_GROUPS.fullmatch(
            match.group("value")
        ):
            continue
        yield Span(match.start("value"), match.end("value"), "BANK_ACCOUNT_NUMBER", 0.7, "patterns")
