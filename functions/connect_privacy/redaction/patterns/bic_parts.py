"""A BIC (SWIFT code) typed in parts: its first groups after its word, then the rest.

A BIC is a bank's four letters, a country's two, a location's two and maybe a branch's
three. Read off a statement it goes in those groups, and a customer may send "swift is
ABCD", then "GB 2L"; or "SWIFT ABCD GB 2L", then the branch "XXX". No message holds a whole
code, so ``banking.find_swift`` sees none; the cross-message marker (``continuation``) pairs
the parts, and this module only says what each part looks like.
"""

from __future__ import annotations

import re

from stdnum import bic

from connect_privacy.redaction.patterns.banking import BIC_GROUP_SEPARATOR, compact_bic

BIC_MOST = 11
_BANK_CHARS = 4
_WITH_LOCATION = 8
_BRANCH_CHARS = 3
# The branch every bank's primary office has: a rest of letters alone must be it.
_PRIMARY_OFFICE = "XXX"
# The last characters a first part and its word can take ("swift code is ABCD-GB-2L").
_TAIL_CHARS = 40
_SEP = BIC_GROUP_SEPARATOR
# The BIC word, maybe "code", maybe a copula, then capitals in the code's groups ending the
# message: the bank's four letters, maybe the country, maybe the location (then the branch
# is what is left). Capitals only: "swift is fine" holds no code.
_FIRST = re.compile(
    r"(?i:(?<![^\W\d_])(?:swift|bic)(?:[\s\-]*code)?)"
    r"(?:\s*[:=]|\s+(?i:is|es|est|ist|é|c'est))?\s{1,3}"
    rf"(?P<value>[A-Z]{{4}}(?:{_SEP}?(?P<country>[A-Z]{{2}})(?:{_SEP}?[A-Z0-9]{{2}})?)?)"
    r"[\s.]{0,3}\Z"
)
# Capitals and digits alone, in groups as a statement prints them: the rest.
_REST = re.compile(rf"\s{{0,3}}(?P<value>[A-Z0-9]+(?:{_SEP}[A-Z0-9]+){{0,3}})[\s.]{{0,3}}")


def bic_start(text: str) -> tuple[int, int, int] | None:
    """Where the first groups of a BIC ending ``text`` after a BIC word are, and how many
    characters they hold: the bank's four, with the country six, with the location eight
    (whole unless a branch follows)."""
    tail_start = max(0, len(text) - _TAIL_CHARS)
    tail = text[tail_start:]
    if "wift" not in tail.lower() and "bic" not in tail.lower():
        return None  # no BIC word: most messages stop here
    first = _FIRST.search(tail)
    if first is None:
        return None
    country = first.group("country")
    if country is not None and not _is_country(country):
        return None
    begin, end = first.span("value")
    chars = sum(c.isalnum() for c in first.group("value"))
    return tail_start + begin, tail_start + end, chars


def bic_rest(text: str, seen: int) -> tuple[int, int] | None:
    """Where the characters a BIC's first ``seen`` left are when ``text`` holds nothing
    else: a country and a location (and maybe a branch) after the bank's four, a location
    (and maybe a branch) after the country, a branch after the location."""
    rest = _REST.fullmatch(text)
    if rest is None:
        return None
    code = compact_bic(rest.group("value"))
    if seen + len(code) not in (_WITH_LOCATION, BIC_MOST):
        return None
    if seen == _BANK_CHARS and not _is_country(code[:2]):
        return None  # "OK GO" is no country's code
    if seen == _WITH_LOCATION and not (any(c.isdigit() for c in code) or code == _PRIMARY_OFFICE):
        return None  # three capitals alone after a whole code ("THX") are a word
    return rest.span("value")


def _is_country(letters: str) -> bool:
    """``letters`` is a country's code as a BIC holds it (python-stdnum's list)."""
    return letters.isalpha() and bic.is_valid(f"AAAA{letters}AA")
