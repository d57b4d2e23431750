"""A label on its own line, its value on the next: "passport:" then "X1234567".

Customers paste a value from their notes under the line that names it:

- "here's my passport:\\nX1234567\\n(copied from my notes)"
- "aquí va num de pasaporte:\\nXAB123456"
- "voici passeport :\\n12AB34567"
- "hier Reisepass:\\nC01X00T47"
- "segue passaporte:\\nAB123456"

A context word's gap never crosses a line break (a list's next line is another item's),
but a line that ends with a colon hands its value to the next one. The line break right
after such a colon reads as a space, so the label names the value as "passport: X1234567"
does, at the same offsets.
"""

from __future__ import annotations

import re

# A colon, maybe spaces, the line break, and a next line that holds something.
_LABEL_END = re.compile(r":[ \t]{0,4}\n(?=[ \t]{0,4}\S)")


def _join(match: re.Match[str]) -> str:
    return match.group()[:-1] + " "


def join_label_lines(folded: str) -> str:
    """``folded`` with each line break after a label's colon read as a space."""
    if ":" not in folded or "\n" not in folded:
        return folded
    return _LABEL_END.sub(_join, folded)
