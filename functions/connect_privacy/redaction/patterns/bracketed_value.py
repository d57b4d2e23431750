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
short. The message is read again with such pairs as spaces, so the context word before the
opening bracket names the value, at the same offsets; only what that read finds inside
the brackets is taken (outside them, the first read stands: "gas account [12345678]
reading 539959" is no account's reading).
"""

from __future__ import annotations

import re

# A pair of brackets around up to forty letters, digits, spaces, dots or dashes: an
# identifier as it is typed, not a link or an address (their own finders read them inside
# brackets) nor a token's name (its ``_``); the digit is looked for by ``_blank``. Bounded,
# so a long text of brackets costs one short look at each.
_PAIR = re.compile(r"\[([A-Za-z0-9 .\-]{1,40})\]")
_DIGIT = re.compile(r"\d")


def open_brackets(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the brackets around each value typed in them turned into spaces, and
    where those values lie (begin, end)."""
    if "[" not in text:
        return text, []
    parts: list[str] = []
    values: list[tuple[int, int]] = []
    cursor = 0
    for match in _PAIR.finditer(text):
        if _DIGIT.search(match.group(1)) is None:
            continue  # "[sic]", "[PII]": words, or a token's name
        parts.append(text[cursor : match.start()])
        parts.append(f" {match.group(1)} ")
        values.append((match.start(1), match.end(1)))
        cursor = match.end()
    if not values:
        return text, []
    parts.append(text[cursor:])
    return "".join(parts), values
