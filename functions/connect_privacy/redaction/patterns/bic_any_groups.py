"""A BIC after its word in groups of any size: "KDW  NPT  H5", "FX-ZY-ES-CB", "DUY.SES.GJX.XX".

Read aloud or copied off a screen, a bank's code is not always split where a statement
splits it (four, two, two, three): a customer groups it in threes, in pairs, or as the
line wrapped. What stays is one separator repeated between groups of capitals and digits,
and a code of eight or eleven characters that python-stdnum's ``bic`` accepts (six letters,
a real country in the fifth and sixth). Words in capitals after "bic" ("BIC IS NOT OK")
make no valid code, so they stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import bic

from connect_privacy.redaction.patterns.banking import BIC_WORDS
from connect_privacy.redaction.spans import Span

_WITH_LOCATION = 8
_WITH_BRANCH = 11
# The characters between the BIC word and the code: a label or a word or two ("SWIFT/BIC",
# "code is"); further ones only after a copula or a colon ("le bic de la banque c'est ...")
# or the bank or account the code is of ("le BIC de ma banque", "swift of my bank").
_NEAR = 12
_FAR = 32
_GAP = re.compile(r"[^\d\n\[\]]*")
_ASSIGNED = re.compile(
    r"(?i)(?::|\b(?:is|es|est|ist|é|=|bank|banque|banco|banca|account|compte|cuenta|conta|konto))"
    r"\s*+\Z"
)
# A group: capitals and digits, one to four, ending where a word would.
_GROUP = re.compile(r"[A-Z0-9]{1,4}(?![A-Za-z0-9])")
# Between groups: a dash or a dot (maybe spaced), or one or two spaces. The dash first, so
# that " - " is read whole.
_SEPARATOR = re.compile(r"[ ]?[\-.][ ]?|[ ]{1,2}")
_CODE_START = re.compile(r"(?<![A-Za-z0-9])[A-Z]")


def find_bic_in_any_groups(view: str) -> Iterator[Span]:
    low = view.lower()
    if "bic" not in low and "swift" not in low:
        return  # most messages stop here
    for word in BIC_WORDS.finditer(view):
        gap = _GAP.match(view, word.end(), word.end() + _FAR)
        for start in _CODE_START.finditer(view, word.end(), gap.end() if gap else word.end()):
            if start.start() - word.end() > _NEAR and not _ASSIGNED.search(
                view, word.end(), start.start()
            ):
                break
            end = _grouped_code_end(view, start.start())
            if end is not None:
                yield Span(start.start(), end, "SWIFT_CODE", 0.8, "patterns")
                break


def _grouped_code_end(view: str, start: int) -> int | None:
    """Where a valid BIC typed in two or more groups from ``start`` ends, the longest one."""
    first = _GROUP.match(view, start)
    if first is None or not first.group().isalpha():
        return None
    code, position, separator = first.group(), first.end(), ""
    found: tuple[str, int] | None = None
    while len(code) < _WITH_BRANCH:
        gap = _SEPARATOR.match(view, position)
        if gap is None or (separator and gap.group() != separator):
            break  # one separator throughout: a code copied whole
        group = _GROUP.match(view, gap.end())
        if group is None:
            break
        separator, code, position = gap.group(), code + group.group(), group.end()
        # eight characters, or eleven whose branch is no word after it
        whole = len(code) == _WITH_LOCATION or (
            len(code) == _WITH_BRANCH and not _branch_is_word(group.group(), separator)
        )
        if whole and bic.is_valid(code):
            found = code, position
    if found is None or (separator == " " and _reads_as_words(found[0])):
        return None
    return found[1]


def _branch_is_word(branch: str, separator: str) -> bool:
    """Three letters after a whole code and a space may be a word ("COBA DE FF THX"); the
    primary office's "XXX" is not."""
    return separator.isspace() and len(branch) == 3 and branch.isalpha() and branch != "XXX"


def _reads_as_words(code: str) -> bool:
    """Capitals split by single spaces are how prose in capitals looks ("NO SE CUAL"): half
    the letters vowels reads as words; a bank's four letters and a country's two hold fewer
    ("COB ADE FF"). Looser than ``banking``'s test for a code typed whole: the groups and
    the BIC word before them already say it is a code."""
    return code.isalpha() and 2 * sum(c in "AEIOUY" for c in code) >= len(code)
