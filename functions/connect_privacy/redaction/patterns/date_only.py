"""A message whose only digits are a calendar date: no part of a number in progress.

The customer sends an account in pieces, then "effective January 28 if possible", or
a list of ids, then "le 05-09-2025": the digits are a day, not the number's rest.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.banking import MONTH_AND_DAY
from connect_privacy.redaction.patterns.context import full_date, has_digit

# A day, a month and a four-digit year, or the year first, one separator throughout.
_NUMERIC_DATE = re.compile(
    r"(?<![0-9])(?:[0-9]{1,2}([\-/.])[0-9]{1,2}\1|(?:19|20)[0-9]{2}([\-/.])[0-9]{1,2}\2)"
    r"[0-9]{1,4}(?![0-9])"
)


def only_a_date(view: str) -> bool:
    """Whether every digit of ``view`` lies in one calendar date, with a month's name
    ("January 28") or all in digits with its year ("05-09-2025")."""
    if not has_digit(view):
        return False
    date = MONTH_AND_DAY.search(view)
    if date is None:
        date = next((m for m in _NUMERIC_DATE.finditer(view) if full_date(m.group())), None)
    return date is not None and not has_digit(view[: date.start()] + view[date.end() :])
