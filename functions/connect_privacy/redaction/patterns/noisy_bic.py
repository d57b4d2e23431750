"""A BIC after its word whose groups are set apart by noise: an emoji, a pipe, a joining word.

Customers break a bank's code apart as they break a card's digit groups apart, reading it
off a statement in its groups (the bank's four letters, the country's two, the location's
two, maybe the branch's three) with whatever comes between: "swift WXYZ | GB and then 2L",
"bic ABCD y luego ES // 1X", "le bic c'est ABCD 👉 FR || 2P", "BIC ABCD dann noch DE 😅 FF //
XXX", "swift ABCD 🙏 BR então 2Q / LIS". ``bic_any_groups`` reads one plain separator
repeated; here any noise goes between the groups, so the code itself must say it is one:
the groups in a statement's sizes, a real country (python-stdnum's ``bic``), and not the
letters of words in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import bic

from connect_privacy.redaction.patterns.banking import BIC_WORDS
from connect_privacy.redaction.patterns.normalize import JOINING_WORDS
from connect_privacy.redaction.spans import Span

# How far after the BIC word the bank's four letters may start: a label or a word or two
# near ("swift code"); further only after a copula or a colon, or the bank the code is of
# ("le code bic de ma banque c'est ABCD"), as ``bic_any_groups`` reads it; and chat's
# Portuguese "e" for "é" ("o swift do meu banco e ABCD").
_NEAR = 12
_FAR = 40
_ASSIGNED = re.compile(
    r"(?i)(?::|\b(?:is|es|est|ist|é|e|=|bank|banque|banco|banca|account|compte|cuenta|conta|konto))"
    r"\s*+\Z"
)
_LEAD = re.compile(r"[^\d\[\]\n]*?(?<![A-Za-z0-9])(?P<bank>[A-Z]{4})(?![A-Za-z0-9])")
# Between two groups: symbols, emoji, spaces and one line's end, or a joining word in lower
# case ("and then", "y luego", "ensuite", "dann noch", "então"): capitals are the code's. The
# gap and its group are one pattern, so "dann" is tried again as "dann noch".
_GAP = rf"(?:[^\w\[\]]|_|(?<![^\W\d_])(?:{JOINING_WORDS})(?![^\W\d_])){{1,24}}?"
_COUNTRY = re.compile(rf"{_GAP}(?P<group>[A-Z]{{2}})(?![A-Za-z0-9])")
_LOCATION = re.compile(rf"{_GAP}(?P<group>[A-Z0-9]{{2}})(?![A-Za-z0-9])")
_BRANCH = re.compile(rf"{_GAP}(?P<group>[A-Z0-9]{{3}})(?![A-Za-z0-9])")
# Or split anywhere, as the line wrapped or the customer read it ("ABC/DDEFG ... HIJ", "AB ...
# CDDEFG", "ABCDFR | LI"): capitals first, then groups of any size across the same noise,
# eight or eleven in all.
_FIRST_GROUP = re.compile(r"[^\d\[\]\n]*?(?<![A-Za-z0-9])(?P<group>[A-Z]{1,8})(?![A-Za-z0-9])")
_ANY_GROUP = re.compile(rf"{_GAP}(?P<group>[A-Z0-9]{{1,8}})(?![A-Za-z0-9])")
_WITH_LOCATION = 8
_WITH_BRANCH = 11
# Plain separators alone are ``bic_any_groups``'s to read (one of them throughout): here noise
# must stand somewhere between the groups.
_PLAIN = re.compile(r"[ ]{1,3}|[ ]?[\-.][ ]?")


def find_noisy_bic(view: str) -> Iterator[Span]:
    low = view.lower()
    if "bic" not in low and "swift" not in low:
        return  # most messages stop here
    for word in BIC_WORDS.finditer(view):
        lead = _LEAD.match(view, word.end(), word.end() + _FAR)
        if lead is not None and _named_at(view, word.end(), lead.start("bank")):
            end = _code_end(view, lead.end("bank"), lead.group("bank"))
            if end is not None:
                yield Span(lead.start("bank"), end, "SWIFT_CODE", 0.8, "patterns")
                continue
        first = _FIRST_GROUP.match(view, word.end(), word.end() + _FAR)
        if first is None:
            continue
        start = first.start("group")
        if not _named_at(view, word.end(), start):
            continue
        end = _any_groups_end(view, first.end("group"), first.group("group"))
        if end is not None:
            yield Span(start, end, "SWIFT_CODE", 0.8, "patterns")


def _named_at(view: str, word_end: int, start: int) -> bool:
    """Whether a code starting at ``start`` is the word's: near it, or further after a
    copula, a colon or the bank's name (``_ASSIGNED``)."""
    return start - word_end <= _NEAR or _ASSIGNED.search(view, word_end, start) is not None


def _code_end(view: str, position: int, bank: str) -> int | None:
    """Where the country, location and maybe branch after ``bank`` end, each across noise."""
    code = bank
    for group in (_COUNTRY, _LOCATION):
        found = group.match(view, position)
        # one line's end at most: a blank line closes the code
        if found is None or "\n\n" in view[position : found.start("group")]:
            return None
        code, position = code + found.group("group"), found.end()
    if not bic.is_valid(code) or _reads_as_words(code):
        return None
    branch = _BRANCH.match(view, position)
    # a branch: digits, the primary office's XXX or a city's capitals ("PAR", "LIS")
    if branch is not None and bic.is_valid(code + branch.group("group")):
        return branch.end()
    return position


def _any_groups_end(view: str, position: int, code: str) -> int | None:
    """Where a code split anywhere across noise ends ("ABC/DDEFG ... HIJ", "AB ... CDDEFG"):
    groups of any size that make a valid code of eight or eleven, the longest one."""
    found = None
    noisy = False
    while len(code) < _WITH_BRANCH:
        group = _ANY_GROUP.match(view, position)
        if group is None or "\n\n" in view[position : group.start("group")]:
            break
        noisy = noisy or not _PLAIN.fullmatch(view, position, group.start("group"))
        code, position = code + group.group("group"), group.end()
        whole = len(code) == _WITH_LOCATION or (
            len(code) == _WITH_BRANCH and not _branch_is_word(group, view)
        )
        if noisy and whole and bic.is_valid(code) and not _reads_as_words(code):
            found = position
    return found


def _branch_is_word(group: re.Match[str], view: str) -> bool:
    """Three letters after a whole code and a space alone may be a word ("COBA DE FF THX");
    the primary office's "XXX" is not."""
    branch = group.group("group")
    return (
        len(branch) == 3
        and branch.isalpha()
        and branch != "XXX"
        and view[group.start() : group.start("group")].isspace()
    )


def _reads_as_words(code: str) -> bool:
    """Half the letters vowels reads as words in capitals ("OKAY SO NO"), not a bank's code."""
    return code.isalpha() and 2 * sum(c in "AEIOUY" for c in code) >= len(code)
