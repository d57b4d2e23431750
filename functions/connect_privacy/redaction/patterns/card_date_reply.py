"""The date sent after a card, a message of its own: "fecha 03-26", "date 1227", "Datum 9/26".

A customer who sends a card's number, in one message or in pieces, then sends its date:
on a card the only date is the month and year it runs out. Alone, "fecha 03-26" may be the
26th of March, so only the cross-message marker (``continuation``), which knows a card
came just before, reads it as the expiry. The message holds only the date word (maybe an
article and a colon before the value) and a month and year that is not long past.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.banking import expiry_at

_LEAD = re.compile(
    r"(?i)\s*+(?:(?:the|la|le|el|die|das|a|o)\s++)?(?:date|fecha|data|datum)\s{0,2}:?\s{0,3}"
)
_END = re.compile(r"[\s.,;:!]*\Z")
# Longer than a date word, an article and a date: the message says more.
_MOST_CHARS = 32


def date_reply_expiry(view: str) -> tuple[int, int] | None:
    """Where the month and year of a message that is only a date word and them lies."""
    if len(view) > _MOST_CHARS:
        return None
    lead = _LEAD.match(view)
    if lead is None:
        return None
    found = expiry_at(view, lead.end())
    if found is None or _END.match(view, found[1]) is None:
        return None
    return found
