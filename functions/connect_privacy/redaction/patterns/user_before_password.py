"""A user name right before the password's label, the login written as its two fields.

"locked out of jdoe_77, pass Sol#8812", "can't get into ana.lopez, password ...", "no entro
con nadia280, contraseña ...": the name needs no word of its own when the password's label
follows it. A name of a handle's shape (a digit, or "." or "_" between letters) is taken
before any of the labels, a name of small letters alone only after the words of a login
refused it ("out of", "into"); either only before a password that mixes letters with other
characters, as "v2, password expired" and "locked out of everything, password reset" are
prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.credentials import (
    LOGIN_WORDS,
    may_name_login,
    mixes_letters_and_others,
)
from connect_privacy.redaction.spans import Span

_HANDLE = r"[a-z][a-z0-9]*+(?:[._][a-z0-9]++)++|[a-z]++[0-9]++"
_BEFORE_LABEL = re.compile(
    rf"(?i)(?<![\w.@\-])(?P<before>(?:out\s++of|into)[ \t]++)?"
    rf"(?P<user>(?-i:{_HANDLE}|[a-z]{{6,32}}))[,;][ \t]*+"
    rf"(?:{LOGIN_WORDS}|pass)[ \t]*+[:=]?[ \t]*+(?P<password>[^\s\[\]]{{4,64}}+)"
)
_HANDLE_SHAPE = re.compile(rf"(?:{_HANDLE})")
# What a login is refused out of, named by its kind, not by the account's name.
_NOT_NAMES = frozenset({
    "everything", "anything", "account", "accounts", "mailbox", "profile", "laptop", "computer",
})  # fmt: skip


def find_user_before_password(view: str) -> Iterator[Span]:
    if ("," not in view and ";" not in view) or not may_name_login(view, view.lower()):
        return  # every pair here has its comma and a password's word: substring tests first
    for match in _BEFORE_LABEL.finditer(view):
        user = match.group("user")
        if not mixes_letters_and_others(match.group("password").rstrip(".,;!?")):
            continue  # "v2, password expired": the label's word in prose
        if _HANDLE_SHAPE.fullmatch(user) is None and (
            match.group("before") is None or user.lower() in _NOT_NAMES
        ):
            continue
        yield Span(match.start("user"), match.end("user"), "USERNAME", 0.7, "patterns")
