"""A CURP, an RFC or a Portuguese NIF after a word for an identity document in general.

Customers type an identifier in groups of their own ("TAMZ-5508-09HM-CXZZ-00", "jeh - a80 -
040 - 9mj - ccr - t08"), in lower case ("bmxi780125e00"), and name it by the general word
("my ID number is", "mi documento", "meine id", "tax id:") rather than by its own
("CURP", "RFC", "NIF", which ``identity_numbers`` reads). The pieces are joined and
validated whole, so regrouping costs nothing in precision:

- a CURP by python-stdnum, with its check digit;
- an RFC by its format and birth date (issuers' software does not always compute its check
  digit right, see ``identity_numbers._rfc_is_valid``);
- a NIF by its check digit, and only after the customer's own word for it ("my ID", "meu
  documento"): one nine-digit number in eleven passes it, and "order id" names a number too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.mx import curp, rfc
from stdnum.pt import nif

from connect_privacy.redaction.patterns.context import has_digit, may_hold, pieces_after, starts
from connect_privacy.redaction.spans import Span

_ID_WORDS = (
    r"id(?:\s*-?\s*(?:number|nummer|nr\.?|no\.?))?|identification(?:\s+number)?"
    r"|num[ée]ro\s+d['\u2019]identification|n[úu]mero\s+de\s+identifica(?:ci[óo]n|[çc][ãa]o)"
    r"|identifiant|documento(?:\s+de\s+identidad[e]?)?|document(?:\s+d['\u2019]identit[ée])?"
    r"|personalausweis(?:nummer)?|ausweis(?:nummer)?|identidad|identidade|tax\s+id"
)
# Led by the words' first letters: a look-behind alone is tried at every character.
_ID_WORD = re.compile(
    rf"(?i){starts(_ID_WORDS)}(?<![\w\-])(?:{_ID_WORDS})(?![\w\-])(?:\s+(?:is|es|est|ist|é))?"
)
# The customer's own: a possessive right before the word.
_MINE = re.compile(r"(?i)(?<!\w)(?:my|mi|mon|ma|mein|meine|meu|minha)\s+\Z")
# What every word above holds in lower case: a substring test before the scan.
_HINTS = ("id", "document", "ausweis")
_MOST = 18  # a CURP's characters, the longest of the three
_FEWEST_DIGITS = 6  # an RFC's birth date, the fewest of the three


def find_regrouped_id(view: str) -> Iterator[Span]:
    if not has_digit(view):
        return
    low = view.lower()
    if not may_hold(view, low, _HINTS):
        return
    if sum(map(view.count, "0123456789")) < _FEWEST_DIGITS:
        return
    for word in _ID_WORD.finditer(view):
        mine = _MINE.search(view, max(0, word.start() - 8), word.start()) is not None
        for begin, end, compact, _count in pieces_after(view, word.end(), most=_MOST, starts=1):
            entity = _kind(compact.upper(), mine=mine)
            if entity is not None and _whole(view, begin, end):
                yield Span(begin, end, entity, 0.85, "patterns")


def _kind(value: str, *, mine: bool) -> str | None:
    if len(value) == 18 and value[4:10].isdigit() and curp.is_valid(value):
        return "MX_CURP"
    if len(value) in (12, 13) and value[-9:-3].isdigit() and rfc.is_valid(value):
        return "MX_RFC"
    if mine and len(value) == 9 and value.isdigit() and nif.is_valid(value):
        return "PT_NIF"
    return None


def _whole(view: str, begin: int, end: int) -> bool:
    """Whether the run stands alone: no letter or digit glued on either side."""
    return not (begin > 0 and view[begin - 1].isalnum()) and not (
        end < len(view) and view[end].isalnum()
    )
