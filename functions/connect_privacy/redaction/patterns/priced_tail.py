"""An amount of money typed right after a card number: the charge, not the card's digits.

"alguien sacó con mi tarjeta 4000 0026 0758 1285 159,51€", "karte 4242 4295 9267 9618 1560
euros abgehoben", "card 4111 1111 1111 1111 $ 80": the digit run that holds the card runs on
into the amount, and read together its digits may pass Luhn in a window that drops the
card's first group, or take the amount into the card's mask. The currency right after the
run says its last group (with its cents) is the amount.
"""

from __future__ import annotations

import re

# A currency's sign or word right after the amount (and its cents, where a run of digit
# groups ends before them); not one before the next number ("4111
# 1111 1111 1111 $ 80": the sign is the next amount's).
_CURRENCY_AFTER = re.compile(
    r"(?i)(?:[.,][0-9]{1,2})?[ \t]?"
    r"(?:€|\$|£|eur(?:os?)?\b|usd\b|dollars?\b|d[óo]lares\b|pesos?\b|reais\b|real\b)"
    r"(?![ \t]?[0-9])"
)
_CENTS_MOST = 2  # the amount's cents: one or two digits after a comma or a point
# An amount's whole part: up to five digits, a separate word (spaces before it).
_WHOLE_MOST = 5


def amount_start(view: str, groups: tuple[tuple[int, int], ...], end: int) -> int | None:
    """Where an amount at the end of a digit run (``groups`` its digit groups, ``end`` its
    end) starts, when a currency follows the run; None when none does."""
    if len(groups) < 2 or not currency_after(view, end):
        return None
    first = len(groups) - 1
    begin, last_end = groups[first]
    if first >= 2 and last_end - begin <= _CENTS_MOST and view[begin - 1] in ".,":
        first -= 1  # "159,51": the whole part is the group before the cents
        begin = groups[first][0]
    whole_begin, whole_end = groups[first]
    if whole_end - whole_begin > _WHOLE_MOST or not view[whole_begin - 1].isspace():
        return None  # glued to the group before it: one number, no amount
    return begin


def currency_after(view: str, end: int) -> bool:
    """Whether a currency (maybe after cents) follows ``end``: the digits before are money."""
    return _CURRENCY_AFTER.match(view, end) is not None
