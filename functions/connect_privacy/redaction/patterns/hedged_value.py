"""A hedge between the copula and the value, read without it.

Customers unsure of a value say so right where it starts: "now it's i think 4821",
"ahora es creo que 4821", "c'est je crois 4821", "jetzt ist es glaub ich 4821", "agora é
acho que 4821". The finders that name a value by "<context word> ... <copula> <value>"
allow a short gap between the context word and the value (32 characters for a PIN), which
the hedge overruns. ``cut_hedges`` gives the message without such hedges, to be read
again, and where each was cut; ``restore`` puts a span found in it back on the message.
(Moving the hedge in place would keep the offsets, but not shorten the gap.)
"""

from __future__ import annotations

import dataclasses
import re

from connect_privacy.redaction.patterns.context import starts
from connect_privacy.redaction.spans import Span

# The copulas a value follows, in the five languages: "is", "it's", "now it is", "es",
# "pone" ("ahora pone X": the app shows it), "c'est", "est", "ist es", "es ist", "é", "fica".
_COPULAS = (
    r"is|it['\u2019]s|it\s{1,3}is|es|pone|est|c['\u2019]est|ist(?:\s{1,3}es)?|es\s{1,3}ist"
    r"|é|[ée]\s{1,3}o|fica"
)
# A short hedge, in the five languages; a "that" after it is part of it ("creo que").
_HEDGES = (
    r"i\s{1,3}(?:think|believe|guess)|probably|maybe|perhaps"
    r"|glaub(?:e)?\s{1,3}ich|ich\s{1,3}glaub(?:e)?|wohl|vermutlich|wahrscheinlich"
    r"|(?:yo\s{1,3})?creo(?:\s{1,3}que)?|me\s{1,3}parece(?:\s{1,3}que)?|probablemente|quiz[áa]s?"
    r"|je\s{1,3}(?:crois|pense)|peut[-\s]?[êe]tre|probablement"
    r"|(?:eu\s{1,3})?acho(?:\s{1,3}que)?|talvez|provavelmente"
)
_HEDGED = re.compile(
    rf"(?i)(?<![\w'\u2019-])(?:{starts(_COPULAS)}(?:{_COPULAS}))(?P<hedge>\s{{1,3}}"
    rf"{starts(_HEDGES)}(?:{_HEDGES}))(?=,?\s{{1,3}}\w)"
)
# What is cut: where it was in the cut message, and how long it was.
Cuts = tuple[tuple[int, int], ...]


def cut_hedges(text: str) -> tuple[str, Cuts]:
    """``text`` without each hedge that follows a copula, and where each was cut."""
    if not _HEDGED.search(text):
        return text, ()
    parts: list[str] = []
    cuts: list[tuple[int, int]] = []
    cursor = removed = 0
    for match in _HEDGED.finditer(text):
        begin, end = match.span("hedge")
        parts.append(text[cursor:begin])
        cuts.append((begin - removed, end - begin))
        removed += end - begin
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts), tuple(cuts)


def restore(span: Span, cuts: Cuts) -> Span:
    """``span``, found in the cut message, on the message: a cut before its start (or at
    it: the value right after the hedge) moves it right, a cut inside it widens it."""
    begin = span.begin + sum(length for at, length in cuts if at <= span.begin)
    end = span.end + sum(length for at, length in cuts if at < span.end)
    return dataclasses.replace(span, begin=begin, end=end)
