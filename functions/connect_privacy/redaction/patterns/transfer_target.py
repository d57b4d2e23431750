"""Where a transfer is to go, its account's first digits ending the message.

A customer typing an account number over several messages may name only the transfer:
"the transfer goes to 0673", then "2211", then "635 is the end of it". No account word
comes before the digits, so the account's context words start nothing; the words of a
transfer, a deposit or a payout and a preposition of destination before a few digits
ending the message say the same: an account's first part, its rest to come. Whole
account numbers are the single-message patterns' (``banking``); this module only finds
a first part too short to be one.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import starts

# Money moved to an account, in the five languages: nouns and verbs, any ending.
_TRANSFER = (
    r"transfer|wire|deposit|payout|pay\s*-?\s*out"
    r"|transferencia|transferir|dep[óo]sit|ingres|giro"
    r"|virement|vire[rz]?|versement|verse[rz]?|d[ée]p[ôo]t"
    r"|[üu]berweis|gutschrift|einzahl"
    r"|transfer[êe]ncia|transfira|pix"
)
# Words that make the number an amount or a time, between the transfer and the digits:
# "the transfer was capped to 500", "deposit takes up to 3", "payout postponed to 2027".
_AMOUNT_OR_TIME = re.compile(
    r"(?i)\b(?:up|down|reduc|increas|rais|lower|limit|cap|amount|total|sum|max|min|day|week"
    r"|hour|business|postpon|delay|moved|push|aplaz|pospu|report|repouss|verschob|verleg|adiad|hasta|jusqu|bis|at[ée]|d[íi]as?|jours?|tage?n?|dias?|montant|betrag"
    r"|monto|valor|importe)\w*"
)
# The transfer's word, at most three words (a verb: "goes", "should go", "needs to
# go"), a preposition of destination, maybe a colon, then digits in at most three
# groups ending the message, maybe spaces or a dot after them: "to 12.50" or "to $500"
# is no run of digits right after the preposition.
_TARGET = re.compile(
    rf"(?i){starts(_TRANSFER)}\b(?:{_TRANSFER})\w*(?P<gap>(?:\s+[^\W\d]+(?:'[^\W\d]+)?){{0,3}}?)"
    r"\s+(?:to|into|onto|a|al|hacia|sur|vers|à|au|auf|an|nach|para|pra)"
    r"\s*:?\s{1,3}(?P<value>[0-9]{2,6}(?:[ \-][0-9]{2,6}){0,2})[\s.]{0,3}\Z"
)
# The last characters a transfer's words and its first digits can take.
_TAIL_CHARS = 80
# An account's first part holds three digits at least, and fewer than a whole account's.
_LEAST = 3
_MOST = 11


def transfer_target_start(text: str) -> tuple[int, int, int] | None:
    """Where the first digits of the account a transfer goes to are, ending ``text`` after
    the transfer's words ("the transfer goes to 0673", "el depósito va a 4411", "virement
    sur 592 375"), and how many digits they hold; ``None`` when the digits are no account's
    first part."""
    tail_start = max(0, len(text) - _TAIL_CHARS)
    tail = text[tail_start:]
    if not tail[-1:].isdigit() and not tail.rstrip(" .")[-1:].isdigit():
        return None  # most messages stop here: no digit ends them
    match = _TARGET.search(tail)
    if match is None or _AMOUNT_OR_TIME.search(match.group("gap")):
        return None
    digits = sum(c.isdigit() for c in match.group("value"))
    if not _LEAST <= digits <= _MOST:
        return None
    begin, end = match.span("value")
    return tail_start + begin, tail_start + end, digits
