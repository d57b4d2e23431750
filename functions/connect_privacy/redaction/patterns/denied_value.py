"""The value a customer gives instead of one they deny: "the PIN isn't 1234, it's 5678".

"my pin isn't 4821 it's 7 - three - 37", "el nip no es 4821, es 9 - 8 - 40", "le code
c'est pas 4821, c'est 82lo", "die PIN ist nicht 4821 sondern acht vier vier sechs", "o pin
não é 4821, é 5l22". The denied value was found (its word names it); the one that replaces
it, right after "it's", "es", "c'est", "sondern" or "é", is the same kind of value, and
the customer's too. Only when the found value itself follows a negation ("isn't", "no es",
"pas", "nicht", "não"), and only a run of digits (spelled, spaced or look-alike ones, as the
deobfuscated view holds them) about as long as the denied one: "it's not 4821, it's 2 days
old" keeps its count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from connect_privacy.redaction.spans import Span

# The negation right before the denied value, with its copula if any: "isn't", "is not",
# "no es", "c'est pas", "n'est pas", "ist nicht", "não é". Read on a short slice that ends
# at the value, so the search costs nothing per character of the message.
_NEGATED = re.compile(
    r"(?i)(?:\bisn['\u2019]?t|\bwasn['\u2019]?t|\bnot|\bno(?:\s{1,3}(?:es|era|fue))?|\bpas"
    r"|\bnicht|\bn[ãa]o(?:\s{1,3}(?:[ée]|era|foi))?)\s{1,3}$"
)
_BEFORE = 16
# After the denied value: a comma or a dash, a "but" at most, then the word that gives the
# right one, then the digits (separators blanked in the deobfuscated view; bounded repeats
# of disjoint classes: linear).
_REPLACED_BY = re.compile(
    r"(?i)[\s,;.\-\u2013\u2014]{0,4}"
    r"(?:(?:but|pero|sino|mais|mas|aber)\s{1,3})?"
    r"(?:it['\u2019]?s|it\s+is|es|c['\u2019]est|sondern(?:\s{1,3}(?:es\s+ist|ist\s+es))?|[ée])"
    r"\s{1,3}(?P<value>[0-9](?:\s{0,10}[0-9]){2,11})(?![0-9])"
)
# A code the customer chose may be four digits or six whichever was denied.
_CODES = frozenset({"PIN", "CREDIT_DEBIT_CVV"})
_CODE_DIGITS = range(3, 9)
_SLACK = 2
_LEAST_DIGITS = 3


def find_denied_values(view: str, found: Iterable[Span]) -> Iterator[Span]:
    """The digits given right after a found value that follows a negation (deobfuscated view)."""
    for span in found:
        if span.entity_type == "CREDIT_DEBIT_EXPIRY":
            continue  # dates have their own contrast rule (``corrections``)
        match = _REPLACED_BY.match(view, span.end)
        if match is None:
            continue
        if _NEGATED.search(view, max(0, span.begin - _BEFORE), span.begin) is None:
            continue
        denied = sum(c.isdigit() for c in view[span.begin : span.end])
        given = sum(c.isdigit() for c in match.group("value"))
        if denied < _LEAST_DIGITS:
            continue
        if given in _CODE_DIGITS if span.entity_type in _CODES else abs(given - denied) <= _SLACK:
            yield Span(
                match.start("value"), match.end("value"), span.entity_type, span.score, "patterns"
            )


# The other order: the right value first, then the one it replaces after a bare "not"
# ("wrong cvv, it's 412 not 895", "es 412 no 895", "c'est 412 pas 895", "ist 412 nicht 895",
# "é 412 não 895"). A comma or "and" may sit before the negation; the denied digits end
# there, not in a decimal, a percentage or a price ("it's 4821 not 10%").
_DENIED_AFTER = re.compile(
    r"(?i)[\s,;\-\u2013\u2014]{0,4}(?:(?:and|y|et|und|e)\s{1,3})?"
    r"(?:not|no|pas|nicht|n[ãa]o)\s{1,3}(?P<value>[0-9](?:\s{0,10}[0-9]){2,11})"
    r"(?![0-9]|[.,][0-9]|\s{0,2}[%€$£])"
)


def find_values_denied_after(view: str, found: Iterable[Span]) -> Iterator[Span]:
    """The digits denied right after a found value: "it's 412 not 895" (deobfuscated view).
    The customer typed the wrong one first, so it is the same kind of value and as private."""
    for span in found:
        if span.entity_type == "CREDIT_DEBIT_EXPIRY":
            continue  # dates have their own contrast rule (``corrections``)
        match = _DENIED_AFTER.match(view, span.end)
        if match is None:
            continue
        given = sum(c.isdigit() for c in view[span.begin : span.end])
        denied = sum(c.isdigit() for c in match.group("value"))
        if given < _LEAST_DIGITS:
            continue
        if denied in _CODE_DIGITS if span.entity_type in _CODES else abs(given - denied) <= _SLACK:
            yield Span(
                match.start("value"), match.end("value"), span.entity_type, span.score, "patterns"
            )
