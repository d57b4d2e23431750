"""A user name listed after another of the account's identifiers, ending the message.

Customers list what identifies them one after the other, each after its label: "correo
ana@x.com usuario anamaria", "courriel ana@x.fr, pseudo anamaria", "ticket CS-1234, login
anamaria", "email ana@x.pt login anamaria", "Kundennummer 4711, Benutzer anamaria". The
identifier before the label (an address, a reference with digits) says the message is such
a list, so the label needs no verb and the name may be letters alone. Only at the message's
end (or its clause's, before a comma): "ticket 1234, login broken since monday" is prose,
and what ends the message is checked against the words for the account's state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold
from connect_privacy.redaction.patterns.secrets import names_account_state
from connect_privacy.redaction.spans import Span

# The labels of a user name in the five languages (the act "log in" is no label).
_LABEL = (
    r"user\s*name|username|user|login|usuario|usu[áa]rio|utilizador|identifiant|utilisateur"
    r"|pseudo|benutzername|benutzer|nutzername|gamertag|nickname"
)
# An identifier: a token holding "@" or a digit, then the label, maybe after a comma and a
# possessive, maybe with a colon, then the name of small letters.
_LISTED = re.compile(
    rf"(?i)(?<!\S)(?=[^\s]{{0,63}}[@0-9])[^\s]{{3,64}}[,;]?[ \t]++"
    r"(?:(?:my|mi|mon|meu|mein)[ \t]++)?"
    rf"(?:{_LABEL})[ \t]*+:?[ \t]*+(?P<value>(?-i:[a-z]{{6,32}}))(?=[ \t]*+(?:[,;]|[.!]?\s*+\Z))"
)
# What ends such a list and is not a name: how the login behaves ("login broken").
_NOT_NAMES = frozenset({
    "broken", "failing", "fails", "failed", "timeout", "problem", "problems", "issues",
    "locked", "blocked", "kaputt", "bloqueado", "bloqueada", "bloqué", "gesperrt",
})  # fmt: skip


# What every label holds in lower case ("user" in "username", "usu" in "usuário").
_LABEL_HINTS = (
    "user",
    "login",
    "usu",
    "utiliza",
    "identifiant",
    "utilisateur",
    "pseudo",
    "nutzer",
    "gamertag",
    "nick",
)


_VERSION = re.compile(r"v?[0-9]{1,3}(?:\.[0-9]{1,3})+[,;]?\s")


def find_listed_user(view: str) -> Iterator[Span]:
    if not may_hold(view, view.lower(), _LABEL_HINTS):
        return  # every list's name stands after a label: a substring test before the scan
    for match in _LISTED.finditer(view):
        value = match.group("value")
        if _VERSION.match(match.group()) is not None:
            continue  # "la version 5.9 mi usuario x": an app's version, no identifier
        if value in _NOT_NAMES or names_account_state(value) or value.endswith("ing"):
            continue
        yield Span(match.start("value"), match.end("value"), "USERNAME", 0.7, "patterns")
