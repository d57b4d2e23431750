"""A security code said in words after "au dos", whose "dos" the spelled view reads as two.

"les chiffres au dos six-trois-quatre", "le code au dos : sept sept trois": French names the
back of the card "dos", which is also Spanish for two, so the spelled view writes the place
word itself as a digit ("au 2   6  -3    -4") and the finders that read the place word there
find none. The place word is read on the folded view instead, and the code after it on the
spelled view, at the same offsets (every view is length-preserving).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.banking import CVV_PLACE_WORDS, SPELLED_CVV_VALUE
from connect_privacy.redaction.spans import Span

# The gap ``after_context`` allows between a place word and its value.
_VALUE_AFTER_PLACE = re.compile(rf"[^\d\n\[\]]{{0,24}}?(?P<value>{SPELLED_CVV_VALUE})")
# The only place word that is also a number word, in lower case: a substring test first.
_NUMBER_PLACE = "dos"


def find_back_of_card_words(folded: str, spelled: str) -> Iterator[Span]:
    """Spelled codes after a place word the spelled view turned into a digit."""
    if _NUMBER_PLACE not in folded.lower():
        return
    for place in CVV_PLACE_WORDS.finditer(folded):
        if spelled[place.start() : place.end()] == folded[place.start() : place.end()]:
            continue  # the place word stands in the spelled view: ``find_spelled_pin`` reads it
        match = _VALUE_AFTER_PLACE.match(spelled, place.end())
        if match is not None:
            yield Span(
                match.start("value"), match.end("value"), "CREDIT_DEBIT_CVV", 0.8, "patterns"
            )
