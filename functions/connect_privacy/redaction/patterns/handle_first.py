"""A user name typed before the words that say it is one.

Customers name the handle first and say what it is after: "'jdoe_77' is my username",
"'jdoe_77' es mi usuario", "'jdoe_77' c'est mon identifiant", "'jdoe_77' ist mein
Benutzername", "'jdoe_77' é o meu usuário". ``value_first`` reads numbers and ids that
way; a user name is letters, so it needs its own shape: in quotes, any handle; bare, one
with a digit, a dot or an underscore between its letters ("jdoe.m12 is my login"), which no
word of prose has ("nothing is my username" stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold
from connect_privacy.redaction.patterns.secrets import USERNAME_HINTS, USERNAME_WORDS
from connect_privacy.redaction.spans import Span

# The copula and the possessive between the name and its word, in the five languages.
_NAMED_AS_USER = (
    r"[ \t]*+,?[ \t]*+(?:is|was|es|era|est|c['\u2019]est|[ée]tait|ist|war|é|foi|=)[ \t]++"
    r"(?:(?:my|the|mi|el|mon|le|l['\u2019]|mein|meine|der|o|a|meu|minha)[ \t]*+){1,2}"
    rf"(?:{USERNAME_WORDS})\b"
)
_QUOTED_FIRST = re.compile(
    r"[\"'\u2018\u201c\u00ab](?P<value>[A-Za-z0-9][A-Za-z0-9._\-]{2,63})[\"'\u2019\u201d\u00bb]"
    rf"(?i:{_NAMED_AS_USER})"
)
# Bare: small letters first, then a digit, a dot or an underscore with more after it.
_BARE_FIRST = re.compile(
    # (led by its first letter; the look-behind then checks what stands before it)
    r"(?P<value>[a-z](?<![\w@.].)[a-z]*+(?:[0-9]|[._][a-z0-9])(?:[a-z0-9._]{0,61}[a-z0-9])?)(?![\w@])"
    rf"(?i:{_NAMED_AS_USER})"
)


def find_handle_first(view: str) -> Iterator[Span]:
    """A handle before "is my username" in the five languages (text view)."""
    # a substring test before the scans: every match holds a user-name word
    if not may_hold(view, view.lower(), USERNAME_HINTS):
        return
    for pattern in (_QUOTED_FIRST, _BARE_FIRST):
        for match in pattern.finditer(view):
            yield Span(match.start("value"), match.end("value"), "USERNAME", 0.7, "patterns")
