"""Values the customer typed inside square brackets, read as if the brackets were spaces.

Customers filling in a form they were sent, or pasting from their notes, keep its
brackets around each answer:

- "passport no. [X1234567], national id [123456789]"
- "para el visado: pasaporte [XAB123456] y documento [12345678Z]"
- "pour la demande : passeport [12AB34567] et pièce d'identité [123456789]"
- "für den Antrag: Reisepass [C01X00T47] und Steuer-Nr [12345678901]"
- "pro visto: passaporte [AB123456] e documento [123.456.789-09]"

A bracket ends the window a context word is read in (``context.before``), so that a mask
token ("[PASSPORT_NUMBER]") never lends its name to the next value; the redactor reads
the text between its own tokens apart already. A bracket pair around a value is no token:
its content holds a digit (entity names hold none) and only an identifier's characters
(letters, digits, spaces, dots, dashes: no ``_``, the mark of a token's name), and is
short. Such pairs become spaces in the view the finders read, so the context word before
the opening bracket names the value, at the same offsets.
"""

from __future__ import annotations

import re

# A pair of brackets around up to forty letters, digits, spaces, dots or dashes: an
# identifier as it is typed, not a link or an address (their own finders read them inside
# brackets) nor a token's name (its ``_``); the digit is looked for by ``_blank``. Bounded,
# so a long text of brackets costs one short look at each.
_PAIR = re.compile(r"\[([A-Za-z0-9 .\-]{1,40})\]")
_DIGIT = re.compile(r"\d")


def _blank(match: re.Match[str]) -> str:
    inner = match.group(1)
    if _DIGIT.search(inner) is None:
        return match.group()  # "[sic]", "[PII]": words, or a token's name
    return f" {inner} "


def open_brackets(folded: str) -> str:
    """``folded`` with the brackets around each value typed in them turned into spaces."""
    if "[" not in folded:
        return folded
    return _PAIR.sub(_blank, folded)
