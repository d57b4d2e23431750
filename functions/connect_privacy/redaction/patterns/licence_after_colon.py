"""A licence number after its word, what it is for, and a colon: "need to update my driving
licence number on the policy 8630297315: D7702120", "permis de conduire pour le dossier
4471 : B2323776".

``national_ids.find_driver_id`` reads a value at most a few characters of connectives after
the word; a customer naming the record the licence is for puts that record's name and number
between them, and hands the value over with a colon. The clause is short and unbroken by a
sentence's end; a reference word right before the colon, without its own number ("licence
renewal, order no: 123456"), makes the value the reference's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import DATE_SHAPE, NOT_PERSONAL, has_digit, may_hold
from connect_privacy.redaction.patterns.national_ids import DRIVER_WORDS
from connect_privacy.redaction.spans import Span

# From the word's end to the colon: one short clause, no sentence end, line or mask token.
_TO_COLON = re.compile(r"[^:.!?\n\[\]]{1,60}?[ \t]?:")
# The value: capitals and digits (a dash between), a digit among them, five to eighteen,
# ending the message or its clause.
_VALUE = re.compile(
    r"[ \t]*+(?P<value>(?=[A-Z0-9\-]*[0-9])[A-Z0-9](?:-?[A-Z0-9]){4,17})(?![\w\-:])"
)


# What every phrase of ``DRIVER_WORDS`` holds in lower case ("lic"/"lis" in "licence",
# "lisence", "licencia"; "hrer" in "Führer", "Fuhrer", "Fuehrer"; "cart" in "carta",
# "carteira"; "fs" in "FS", "FS-Nr").
_DRIVER_HINTS = (
    "dri", "permi", "lic", "lis", "dl", "regist", "carn", "hrer", "fahr", "fs", "lenk",
    "brevete", "cart", "cnh", "habilita",
)  # fmt: skip


def find_licence_after_colon(view: str) -> Iterator[Span]:
    if ":" not in view or not has_digit(view) or not may_hold(view, view.lower(), _DRIVER_HINTS):
        return  # substring tests before the scan: a colon, a digit and a licence's word
    for word in DRIVER_WORDS.finditer(view):
        clause = _TO_COLON.match(view, word.end())
        if clause is None:
            continue
        value = _VALUE.match(view, clause.end())
        if value is None or DATE_SHAPE.fullmatch(value.group("value")):
            continue
        if _reference_names_value(view, word.end(), clause.end()):
            continue
        yield Span(value.start("value"), value.end("value"), "DRIVER_ID", 0.8, "patterns")


def _reference_names_value(view: str, begin: int, colon_end: int) -> bool:
    """Whether the last reference word of the clause is the colon's label: no number of its
    own follows it before the colon."""
    ends = [found.end() for found in NOT_PERSONAL.finditer(view, begin, colon_end)]
    return bool(ends) and not has_digit(view[ends[-1] : colon_end])
