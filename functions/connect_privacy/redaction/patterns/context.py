"""Context words: the phrases that make a bare number mean something.

A nine-digit number is an SSN after "social security", a routing number after
"routing" and an order number after "order". Detectors look for context in a
short window before the value, in the folded text, case-insensitively. The
window never crosses a ``[`` or ``]``, so a mask token left by an earlier
redaction never lends its context to a later value.
"""

from __future__ import annotations

import re

WINDOW = 48


def words(*phrases: str) -> re.Pattern[str]:
    """A case-insensitive whole-word alternation of ``phrases`` (regex fragments)."""
    return re.compile(rf"(?i)\b(?:{'|'.join(phrases)})(?!\w)")


def before(pattern: re.Pattern[str], text: str, begin: int, window: int = WINDOW) -> bool:
    """Whether ``pattern`` occurs in the ``window`` characters before ``begin``."""
    low = max(0, begin - window)
    bracket = max(text.rfind("[", low, begin), text.rfind("]", low, begin))
    if bracket >= 0:
        low = bracket + 1
    return pattern.search(text, low, begin) is not None


def after_context(phrases: re.Pattern[str], value: str, *, gap: int = 24) -> re.Pattern[str]:
    """``<context phrase> <up to gap non-digit characters> (?P<value>...)``.

    The gap holds connectives ("is", ":", "number is") but no digits, newlines or
    brackets, so the value is the first number after the phrase.
    """
    return re.compile(
        rf"(?i){phrases.pattern.removeprefix('(?i)')}[^\d\n\[\]]{{0,{gap}}}?(?P<value>{value})"
    )


ACCOUNT_WORDS = words(
    r"account", r"acct", r"acc", r"a/c", r"checking", r"chequing", r"savings", r"bank"
)

# Numbers customers quote that are not personal: a phone number or account
# number right after one of these is an order/case/parcel reference instead.
NOT_PERSONAL = words(
    r"orders?",
    r"order\s*(?:no|number|num|#)",
    r"case",
    r"tickets?",
    r"invoice",
    r"inv",
    r"tracking",
    r"track",
    r"parcel",
    r"package",
    r"shipment",
    r"ref",
    r"reference",
    r"confirmation",
    r"conf",
    r"booking",
    r"reservation",
    r"item",
    r"sku",
    r"model",
    r"serial",
    r"part",
    r"po",
    r"receipt",
    r"transaction",
    r"txn",
    r"claim",
    r"policy",
    r"store",
    r"flight",
    r"isbn",
    r"zip",
    r"postcode",
    r"version",
    r"firmware",
    r"build",
)
