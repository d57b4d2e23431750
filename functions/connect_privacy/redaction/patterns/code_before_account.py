"""A bank's or branch's code typed just before the account it belongs to.

Bank details are often written code first, then the account: "sucursal 550, cuenta
64185637...", "banco 012 cuenta 60-14-13...", "entidad y oficina 4321 nº cuenta ...",
"balcão 1234 5678 n conta ...", "guichet 00123 compte ...". The branch's word alone
("oficina", "banco", "balcão") also names an office, a room or a street number, so the code
is read only where the account's word follows it within a few characters and the account's
own number (six digits or more, maybe in groups) follows that word: "la oficina 305 cuenta
con 120 m2" names no account. The code may be typed in groups, as the Spanish entidad and
oficina (four digits each) or the Portuguese bank and branch are ("1234 5678", "12-34").

Read on every digit view, so a look-alike letter inside the code ("12O4") and noise between
the account's groups count as the deobfuscated view reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import (
    ACCOUNT_WORDS,
    NOT_PERSONAL,
    after_context,
    nearer,
    words,
)
from connect_privacy.redaction.spans import Span

# The words a bank's or branch's own code follows; "agence" and "banque" not before "du",
# "de": "agence du 75011" names a place by its postcode.
BRANCH_CODE_WORDS = words(
    r"sucursal",
    r"oficina",
    r"entidad",
    r"banco",
    r"balc[ãa]o",
    r"ag[êe]ncia",
    r"succursale",
    r"guichet",
    r"agence(?!\s*(?:du|de|des|d['\u2019]))",
    r"banque(?!\s*(?:du|de|des|d['\u2019]))",
    r"code\s*banque",
    r"zweigstelle",
    r"filiale",
    r"branch",
    r"bank",
)
# Every word above holds one of these: a substring test before the scan.
_HINTS = (
    "sucurs",
    "ofic",
    "entidad",
    "ban",
    "balc",
    "ag",
    "succurs",
    "guichet",
    "zweigst",
    "filial",
)
# Three to eight digits, in up to four groups of two to five ("550", "1234 5678", "30 92 88
# 88", "6154 - 5545", and the deobfuscated view's blanked dash "6154   5545"); never after
# "#", a shop's number.
BRANCH_CODE = (
    r"(?<![0-9#])[0-9]{2,5}(?:(?:[ ]{1,3}|[ ]?-[ ]?)[0-9]{2,5}){0,3}(?![0-9]|[.,:/\-][0-9])"
)
_BRANCH_CODE_DIGITS = range(3, 9)
_CODE_AFTER_WORD = after_context(BRANCH_CODE_WORDS, BRANCH_CODE, gap=4)
# How far after the code the account's word may start: "y num ", ", n° ".
_ACCOUNT_WORD_REACH = 12
# The search's window holds the account's word whole ("kontonummer").
_LONGEST_WORD = 16
# The account's own number right after its word: six digits or more, maybe in groups with
# noise between them ("4555 ✨ 9377 ✨ 980" is blanked in the deobfuscated view).
_ACCOUNT_NUMBER = re.compile(r"[^\dA-Za-z\n]{0,6}[0-9](?:[\s\-./]{0,10}[0-9]){5,}")
# The same typed in groups of digits ("2864 / 3190 / 019"), not digits said one by one ("oh
# five three ..." reads "0    5    3"): after it, "branch 933" may be a shop's.
_GROUPED_ACCOUNT_NUMBER = re.compile(r"[^\dA-Za-z\n]{0,6}[0-9]{3,}(?:[\s\-./]{1,10}[0-9]{2,})+")
_DIGIT = re.compile(r"[0-9]")
_ACCOUNT_DIGITS = 6


def find_code_before_account(view: str) -> Iterator[Span]:
    """Bank and branch codes typed right before an account's word and number."""
    low = view.lower()
    if not any(hint in low for hint in _HINTS):
        return
    for match in _CODE_AFTER_WORD.finditer(view):
        begin, end = match.span("value")
        if not has_branch_code_length(match.group("value")):
            continue
        account = ACCOUNT_WORDS.search(view, end, end + _ACCOUNT_WORD_REACH + _LONGEST_WORD)
        if (
            account is None
            or account.start() > end + _ACCOUNT_WORD_REACH
            or _DIGIT.search(view, end, account.start()) is not None
            or _ACCOUNT_NUMBER.match(view, account.end()) is None
            or nearer(NOT_PERSONAL, BRANCH_CODE_WORDS, view, begin)
        ):
            continue
        yield Span(begin, end, "BANK_ROUTING", 0.75, "patterns")


def has_branch_code_length(code: str) -> bool:
    """Whether a ``BRANCH_CODE`` match holds as many digits as a bank's or branch's code:
    three to eight, two groups of four at most ("1234 5678"), never a whole account."""
    return sum(c.isdigit() for c in code) in _BRANCH_CODE_DIGITS


def account_number_end(view: str) -> int | None:
    """Where the first account's number given after its word ends ("conta 2864 / 3190 /
    019"), if any: a branch's code after it is that account's."""
    for word in ACCOUNT_WORDS.finditer(view):
        number = _GROUPED_ACCOUNT_NUMBER.match(view, word.end())
        if number is not None and sum(c.isdigit() for c in number.group()) >= _ACCOUNT_DIGITS:
            return number.end()
    return None
