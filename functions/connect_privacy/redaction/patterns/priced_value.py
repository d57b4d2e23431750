"""Whether a number is an amount by the currency written beside it ("CHF 1533.00", "2150,75
EUR", "$621.54"): an amount typed right before an account's word ("betrag CHF 1533.00,
kontonummer ...") is not the account the word names, nor a routing number."""

from __future__ import annotations

import re

# The Swiss franc's code too: a price in the French- and German-speaking regions as the
# euro's is.
CURRENCY_BEFORE = re.compile(r"(?:[$£€¥]|R\$|US\$|(?i:eur|usd|gbp|brl|mxn|chf))\s?$")
CURRENCY_AFTER = re.compile(
    r"\s?(?:[$£€¥]|(?i:eur|euros?|usd|d[óo]lares|dollars?|gbp|pounds?|brl|reais|mxn|pesos"
    r"|chf)\b)"
)
# The longest currency before a number and its space: "US$ ".
_BEFORE_REACH = 4


def priced(view: str, begin: int, end: int) -> bool:
    """Whether the number from ``begin`` to ``end`` of ``view`` has a currency before or
    after it."""
    return (
        CURRENCY_BEFORE.search(view, max(0, begin - _BEFORE_REACH), begin) is not None
        or CURRENCY_AFTER.match(view, end) is not None
    )
