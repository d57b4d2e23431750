"""A BIC on a line of its own, in bank details pasted from an app or a statement.

Copied from a banking app, a customer's details come one to a line: a heading ("bank
details:", "coordonnées bancaires :", "datos bancarios", "Bankverbindung", "dados
bancários"), the IBAN, then the BIC alone on the last line, with no BIC word before it. The
IBAN may be mistyped (an "o" for a zero) so that no IBAN scan vouches for the code; the
heading and the line of its own do: a bank's code in capitals, valid as a BIC.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import bic

from connect_privacy.redaction.patterns.banking import BANK_WORDS, word_like
from connect_privacy.redaction.patterns.context import words
from connect_privacy.redaction.spans import Span

# Headings of a bank's details in the five languages, and the IBAN's own word.
_DETAILS_WORDS = words(
    r"(?:bank(?:ing)?|account|payment)\s*(?:details|info(?:rmation)?|data)",
    r"iban",
    r"rib",
    r"coordonn[ée]es\s*bancaires",
    r"relev[ée]\s*d['\u2019]\s*identit[ée]\s*bancaire",
    r"datos\s*(?:bancarios|de\s*(?:la\s*)?cuenta)",
    r"bank\s*-?\s*(?:verbindung|daten)",
    r"konto\s*-?\s*(?:verbindung|daten)",
    r"dados\s*(?:banc[áa]rios|da\s*conta)",
)
# A BIC in capitals filling its line: the bank's four letters, the country's two, the
# location's two and maybe the branch's three, maybe a mark after it.
_BIC_LINE = re.compile(r"(?m)^[ \t]*(?P<value>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)[ \t.;,]*$")


def find_bic_on_own_line(view: str) -> Iterator[Span]:
    """Each valid BIC alone on a line of a message of several lines that names bank details,
    an IBAN or a bank (``BANK_WORDS``)."""
    if "\n" not in view:
        return  # one line: the other BIC finders read it
    codes = [match for match in _BIC_LINE.finditer(view) if _bank_code(match.group("value"))]
    if not codes or (_DETAILS_WORDS.search(view) is None and BANK_WORDS.search(view) is None):
        return
    for match in codes:
        yield Span(*match.span("value"), "SWIFT_CODE", 0.8, "patterns")


def _bank_code(code: str) -> bool:
    """Valid as a BIC and not a word in capitals on its line (a bank's name, "DEUTSCHE"):
    eleven characters, or a digit, or not reading like a word (``banking.word_like``)."""
    return bic.is_valid(code) and (
        len(code) == 11 or any(c.isdigit() for c in code) or not word_like(code)
    )
