"""A long number disguised with look-alike letters right after a generic "the number is".

A customer who types "o" for 0 and "l" for 1 inside a long number ("o número é 99o3...",
"el numero es 749o...", "le numéro c'est 4O1...") is hiding it from a reader: nobody
disguises an order's or a parcel's number, and those are named by their own word ("número
de pedido"), which this label does not allow between it and the value. The deobfuscated
view reads the letters as digits; the text as typed tells that they were letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.cards import digit_runs
from connect_privacy.redaction.patterns.context import IS
from connect_privacy.redaction.spans import Span

# The generic word for "number" alone, then maybe a copula or a colon, ending right before
# the value. Not ``context.NUMBER_LABEL``: its "no" is the Spanish and Portuguese negation
# ("no es 1O..."), its "n°" needs a word before it to name anything. Before the word only
# the message's start, a sign or a determiner: English names the number first ("order
# number is"). Portuguese typed without accents writes its copula "e" ("o numero e 12o4").
_GENERIC_NUMBER_IS = re.compile(
    r"(?i)(?:^|[^\w\s]|(?<![^\W\d_])(?:the|my|your|this|el|mi|su|tu|ese|este|o|a|meu|minha"
    r"|seu|sua|esse|le|la|mon|ma|ton|votre|ce|die|meine|ihre))\s*+"
    rf"(?:n[úu]mero|num[ée]ro|number|nummer)\s*+(?:(?:{IS}|e)\s*+)?:?\s*+$"
)
_REACH = 40
# An account's or a card's length; shorter runs are a code's or a price's.
_LEAST_DIGITS = 8
_MOST_DIGITS = 24
_LOOKALIKE_LETTERS = frozenset("OoIl")


def find_disguised_number(spelled: str, clear: str) -> Iterator[Span]:
    """Runs of ``clear`` that held a look-alike letter in ``spelled``, after the label
    (``spelled``, not the text as typed: "one two three" said in words holds an "o")."""
    for run in digit_runs(clear, min_digits=_LEAST_DIGITS):
        typed = spelled[run.begin : run.end]
        if (
            len(run.digits) <= _MOST_DIGITS
            and not _LOOKALIKE_LETTERS.isdisjoint(typed)
            and _GENERIC_NUMBER_IS.search(clear, max(0, run.begin - _REACH), run.begin)
        ):
            yield Span(run.begin, run.end, "BANK_ACCOUNT_NUMBER", 0.6, "patterns")
