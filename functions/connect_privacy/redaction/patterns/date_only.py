"""A message whose only digits are a calendar date: no part of a number in progress.

The customer sends an account in pieces, then "effective January 28 if possible", or
a list of ids, then "le 05-09-2025": the digits are a day, not the number's rest.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import full_date, has_digit

# Months by their whole names in the five languages, and the abbreviations no other word
# shares: never "mar", "set", "out" (Portuguese for "sea", "set", "out") nor a month's stem
# inside a longer word ("mais 09" is "plus 09", no day of May).
_MONTH = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre"
    r"|octobre|novembre|d[ée]cembre|januar|j[äa]nner|februar|m[äa]rz|juni|juli|oktober"
    r"|dezember|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|dic|janv|f[ée]vr|avr|juil"
    r"|okt|dez)\.?"
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
# A day and a month's name, either first, its year or none ("January 28", "28 de enero",
# "le 3 mars", "28. Januar 2025").
_MONTH_AND_DAY = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{_MONTH})(?![^\W\d_])\s{{1,3}}{_DAY}(?![0-9])(?:st|nd|rd|th)?"
    rf"(?:,?\s{{1,3}}{_YEAR})?"
    rf"|(?<![0-9]){_DAY}(?:st|nd|rd|th|er|\.)?\s{{1,3}}(?:(?:de|of)\s{{1,3}})?(?:{_MONTH})"
    rf"(?![^\W\d_])(?:,?\s{{1,3}}(?:de\s{{1,3}})?{_YEAR})?"
)

# A day, a month and a four-digit year, or the year first, one separator throughout.
_NUMERIC_DATE = re.compile(
    r"(?<![0-9])(?:[0-9]{1,2}([\-/.])[0-9]{1,2}\1|(?:19|20)[0-9]{2}([\-/.])[0-9]{1,2}\2)"
    r"[0-9]{1,4}(?![0-9])"
)


_FIRST_DIGIT = re.compile(r"[0-9]")
_LAST_DIGIT = re.compile(r"[0-9](?=[^0-9]*\Z)")
# A date's digits lie within this many characters (a day, its suffix, "de", the longest
# month's name, "de" and a year, with the most spaces between: 36), its month's name before
# the first digit within this many (the longest name and three spaces: 13), and the words
# after the last digit within this many ("th of septiembre." and the look-ahead after it).
_DATE_DIGITS_SPREAD = 40
_BEFORE_FIRST_DIGIT = 16
_AFTER_LAST_DIGIT = 24


def only_a_date(view: str) -> bool:
    """Whether every digit of ``view`` lies in one calendar date, with a month's name
    ("January 28") or all in digits with its year ("05-09-2025")."""
    if not has_digit(view):
        return False
    first = _FIRST_DIGIT.search(view)
    last = _LAST_DIGIT.search(view)
    if first is None or last is None or last.start() - first.start() > _DATE_DIGITS_SPREAD:
        return False  # digits too far apart for one date: a search of the window only
    begin = max(0, first.start() - _BEFORE_FIRST_DIGIT)
    end = min(len(view), last.end() + _AFTER_LAST_DIGIT)
    date = _MONTH_AND_DAY.search(view, begin, end)
    if date is None:
        date = next(
            (m for m in _NUMERIC_DATE.finditer(view, begin, end) if full_date(m.group())), None
        )
    return date is not None and not has_digit(view[: date.start()] + view[date.end() :])
