"""A user name assigned to a key that names a user, as a configuration or a shell writes it.

Customers paste the lines they were given or wrote: ``DB_USER=jdoe``, ``export
DB_USER="jdoe"``, ``login = 'jdoe'``, ``username=jdoe pw ...``, ``usuario=jdoe``. The sign
``=`` says the value is assigned, so a value of letters alone is a name too. The key is read
on its own: a word for the login before it ("login: username=jdoe") would otherwise be taken
as the label and the key as its value (``secrets.find_username`` moves past it).

A colon is left to the prose finders ("login: broken"); only ``=`` assigns here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold
from connect_privacy.redaction.spans import Span

# The key: a user's word of the five languages, maybe after an environment prefix
# ("DB_", "APP_", "MYSQL_") and maybe with "_NAME"/"NAME" after it.
_USER_KEY = (
    r"(?:[A-Za-z][A-Za-z0-9]{0,15}_)?"
    r"(?:user|usr|login|usuario|usuário|utilisateur|utilizador|benutzer|nutzer|uid|uname)"
    r"(?:_?name|_?id)?"
)
_ASSIGNED = re.compile(
    rf"(?i)(?<![\w.\-])(?:{_USER_KEY})[ \t]*+=[ \t]*+[\"']?"
    r"(?P<value>[A-Za-z0-9][\w.\-]{1,63}+)(?![\w@])"
)
# Values that configure, not name: "login=true", "user=none".
_NOT_NAMES = frozenset({"true", "false", "none", "null", "yes", "no"})


# What every key's user word holds in lower case ("usu" in "usuário", "nutzer" in
# "benutzer"): a second substring test, as "=" is in many messages (links, configurations).
_KEY_HINTS = ("user", "usr", "usu", "login", "util", "nutzer", "uid", "uname")


def find_assigned_user(view: str) -> Iterator[Span]:
    if "=" not in view or not may_hold(view, view.lower(), _KEY_HINTS):
        return  # every assignment has its sign and its key: substring tests before the scan
    for match in _ASSIGNED.finditer(view):
        if match.group("value").lower() in _NOT_NAMES:
            continue
        yield Span(match.start("value"), match.end("value"), "USERNAME", 0.8, "patterns")
