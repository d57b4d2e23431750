"""Where the digit groups of a run are, computed in C rather than one match at a time."""

from __future__ import annotations

import functools
import re
from itertools import accumulate

# Capturing, so splitting keeps the groups: separator, group, separator, ..., separator.
_SPLIT = re.compile(r"([0-9]+)", re.ASCII)
_FIRST_DIGIT = re.compile(r"[0-9]", re.ASCII)
# A marketplace order number as printed on the receipt ("114-3941689-8772232", Amazon's in
# every market): three dash-joined groups of 3, 7 and 7 digits, never a phone or a card.
ORDER_NUMBER = re.compile(r"[0-9]{3}-[0-9]{7}-[0-9]{7}", re.ASCII)


def digit_group_spans(view: str, begin: int, end: int) -> list[tuple[int, int]]:
    """(begin, end) of each run of ASCII digits in ``view[begin:end]``, in view offsets.

    A run of 20,000 characters has 10,000 groups; asking a match object for each span
    cost more than the rest of a reading of the run.
    """
    return list(_group_spans(view, begin, end))


def clear_group_cache() -> None:
    _group_spans.cache_clear()


# The card and phone finders cut the same runs of a view into groups (a view of digits and
# separators is one run for both): once per message, cleared with the other per-message
# caches (``patterns.clear_caches``).
@functools.lru_cache(maxsize=64)
def _group_spans(view: str, begin: int, end: int) -> tuple[tuple[int, int], ...]:
    parts = _SPLIT.split(view[begin:end])
    offsets = list(accumulate(map(len, parts), initial=begin))
    # parts[1], parts[3], ... are the groups: part i spans offsets[i] to offsets[i + 1].
    return tuple(zip(offsets[1::2], offsets[2::2], strict=False))


# A calendar date inside a run of digit groups: day, month and a four-digit year joined by
# one repeated dot, slash or dash (or ISO year-month-day), or a two-digit year after
# slashes or dots ("23.8.25"). Not one more group after it by the same kind of joint
# ("07-04-36-28-62", a phone in pairs) nor a digit or joint before it.
_DATE = re.compile(
    r"(?<![0-9./\-])"
    r"(?:(?P<d>[0-9]{1,2})(?P<j>[./\-])(?P<m>[0-9]{1,2})(?P=j)[0-9]{4}"
    r"|(?P<d2>[0-9]{1,2})(?P<j2>[./])(?P<m2>[0-9]{1,2})(?P=j2)[0-9]{2}"
    r"|[0-9]{4}(?P<j3>[./\-])(?P<m3>[0-9]{1,2})(?P=j3)(?P<d3>[0-9]{1,2}))"
    r"(?![0-9]|[./\-][0-9])",
    re.ASCII,
)


def calendar_day_and_month(day: str, month: str) -> bool:
    """A day and a month in either order (European and US dates)."""
    first, second = int(day), int(month)
    return 1 <= min(first, second) <= 12 and max(first, second) <= 31


_DAY_MONTH = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})\.?", re.ASCII)


def day_and_month(value: str) -> bool:
    """A date without its year ("08.02.", "16/11"): four digits at most, never a code."""
    match = _DAY_MONTH.fullmatch(value)
    return match is not None and calendar_day_and_month(match.group(1), match.group(2))


def _is_date(match: re.Match[str]) -> bool:
    if match.group("d3") is not None:
        return 1 <= int(match.group("m3")) <= 12 and 1 <= int(match.group("d3")) <= 31
    if match.group("d2") is not None:
        return calendar_day_and_month(match.group("d2"), match.group("m2"))
    return calendar_day_and_month(match.group("d"), match.group("m"))


# A day and month ending a run, after a space ("card 5445 0379 5410 0792 10/7"): a date.
_TRAILING_DAY_MONTH = re.compile(r"\s(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})$", re.ASCII)


def undated(view: str, begin: int, end: int) -> list[tuple[int, int]]:
    """``view[begin:end]`` (a run of digit groups) cut around the calendar dates inside it:
    the pieces before, between and after them ("flight 6150 19/03/2027 14 05" holds no
    16-digit number). A date is never part of a card, phone or account number, and
    the noise and separators on either side of one join nothing to it."""
    if end - begin < 8:
        return [(begin, end)]
    trailing = _TRAILING_DAY_MONTH.search(view, max(begin, end - 6), end)
    if trailing is not None and calendar_day_and_month(trailing.group("d"), trailing.group("m")):
        end = trailing.start()
        while end > begin and not "0" <= view[end - 1] <= "9":
            end -= 1
    pieces = []
    cursor = begin
    # every date has a dot, slash or dash between its parts: a run without any (spelled
    # digits, digits between spaces) is not searched
    joints = any(view.find(joint, begin, end) >= 0 for joint in "./-")
    for match in _DATE.finditer(view, begin, end) if joints else ():
        if _is_date(match):
            if match.start() > cursor:
                pieces.append((cursor, match.start()))
            cursor = match.end()
    if cursor == begin:
        return [(begin, end)]
    if cursor < end:
        pieces.append((cursor, end))
    return [trimmed for piece in pieces if (trimmed := _digits_between(view, *piece))]


def _digits_between(view: str, begin: int, end: int) -> tuple[int, int] | None:
    """``(begin, end)`` narrowed to its first and last digit, None without a digit."""
    first = _FIRST_DIGIT.search(view, begin, end)
    if first is None:
        return None
    while not "0" <= view[end - 1] <= "9":  # a few separators at most
        end -= 1
    return first.start(), end


# A US state's code before five digits: the ZIP of an address line ("Springfield IL 12646").
_STATE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
    r"|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),?\s{1,2}$"
)


def zip_after_state(view: str, begin: int, first: tuple[int, int]) -> bool:
    """The group ``first``, starting at ``begin``, is five digits after a US state's code:
    an address's ZIP, whatever digits follow it (the phone on the next line)."""
    return (
        first[0] == begin
        and first[1] - first[0] == 5
        and _STATE_BEFORE.search(view, max(0, begin - 6), begin) is not None
    )
