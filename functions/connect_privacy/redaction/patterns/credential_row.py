"""A user name and its password handed over together with no word naming either: as the
customer types them into the app, as a file's row holds them, or a workspace's admin.

- The pair, then how it is used: "jdoe_77 / Sol#8812 - that's what i use on the app",
  "ana.r / Perro.81! eso pongo en la app", "nadia280 / Sol#8812 c'est ce que je mets dans
  l'appli", "jdoe_77 / Sol#8812 so logge ich mich in der App ein", "ana.r / Perro.81! é o
  que eu uso no app". Typing it in says what the two fields are.
- A row of a file the customer pasted, after the file's or the row's word and a colon:
  "credentials.csv line: jdoe_77,Sol#8812,1.6.2025", "línea del excel: ana.r;Perro.81!;7/10",
  "ligne du fichier : nadia280;Sol#8812;11/05", "Zeile aus der Datei: jdoe_77;Sol#8812",
  "linha da planilha: ana.r;Perro.81!;12.8.2024".
- The admin's account of a workspace: "usuario admin ana.r81", "admin jdoe_77, recovery
  mail ...", "notre espace est bloqué. admin nadia.280", "admin brownAna0".

The name must have a handle's shape (letters, with a digit, a dot or an underscore) and the
password must mix letters with other characters (``mixes_letters_and_others``): "read /
write - that's what i use", "line: name,email,date" and "admin panel" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import starts
from connect_privacy.redaction.patterns.credentials import mixes_letters_and_others
from connect_privacy.redaction.spans import Span

_HANDLE = r"[A-Za-z][A-Za-z0-9._\-]{1,62}[A-Za-z0-9]"
_SECOND_FIELD = r"[^\s\[\]/,;]{6,64}"

# The pair with a slash between (``_opens`` says where it may start). Led by the handle's
# first letter: the look-behind after it is tried only where a letter stands.
_PAIR = re.compile(
    r"(?P<user>[A-Za-z](?<![^\s:,;.!?(][A-Za-z])[A-Za-z0-9._\-]{1,62}[A-Za-z0-9])"
    rf"[ \t]{{1,3}}/[ \t]{{1,3}}(?P<password>{_SECOND_FIELD})"
)
# How it is used, a few words after it: typed, entered, put, signed in with.
_USED = re.compile(
    r"(?i)(?:use|using|type|enter|log\s*in|login|sign\s*in"
    r"|pongo|uso|meto|entro|ingreso|escribo|tecleo"
    r"|mets|utilise|tape|saisis|connecte"
    r"|logge|nutze|benutze|verwende|gebe|tippe"
    r"|coloco|digito|entro|acesso)\b"
)
_USED_REACH = 40

# A file's or a row's word, then (a few words later) a colon, then the row.
_FILE_WORDS = (
    r"csv|xlsx?|excel|spreadsheet|sheet|file|export|line|row"
    r"|archivo|hoja|l[íi]nea|fila|fichier|tableur|ligne"
    r"|datei|tabelle|zeile|arquivo|planilha|linha"
)
_ROW = re.compile(
    rf"(?i){starts(_FILE_WORDS)}\b(?:{_FILE_WORDS})\b[^\n:]{{0,30}}:[ \t]{{0,3}}"
    rf"(?P<user>{_HANDLE})(?P<sep>[,;])[ \t]?(?P<password>{_SECOND_FIELD})(?=[,;\s]|\Z)"
)

_ADMIN = re.compile(
    r"(?i)[a](?<![^\W\d_][a])dmin(?:istrator|istrador|istrateur)?[ \t]{1,3}"
    rf"(?:(?:is|es|est|ist|é|:)[ \t]{{1,3}})?(?P<user>{_HANDLE})(?![A-Za-z0-9@])"
)


def _handle(value: str) -> bool:
    """A handle's shape: letters with a digit, or letters joined by a dot or an underscore."""
    return any(c.isdigit() for c in value) or (
        any(c in "._" for c in value) and sum(c.isalpha() for c in value) >= 4
    )


def _opens(view: str, begin: int) -> bool:
    """Whether ``begin`` starts the message, a line or what follows a colon (past a few
    spaces): the pair is the whole of what the customer says there."""
    head = view[max(0, begin - 3) : begin].rstrip(" \t")
    return (not head and begin <= 3) or head.endswith((":", "\n"))


def find_credential_row(view: str) -> Iterator[Span]:
    """User names and passwords handed over as a pair, a row or an admin (folded view)."""
    low = view.lower()
    if "/" in view:
        for match in _PAIR.finditer(view):
            user, password = match.group("user"), match.group("password").rstrip(".,;!?-")
            if not (
                _opens(view, match.start()) and _handle(user) and mixes_letters_and_others(password)
            ):
                continue
            after = match.start("password") + len(password)
            if _USED.search(view, after, after + _USED_REACH) is None:
                continue  # "model XR7 / v2.3b is out": no one typed it in
            yield Span(match.start("user"), match.end("user"), "USERNAME", 0.7, "patterns")
            yield Span(match.start("password"), after, "PASSWORD", 0.7, "patterns")
    if ":" in view and ("," in view or ";" in view):
        for match in _ROW.finditer(view):
            user, password = match.group("user"), match.group("password")
            if _handle(user) and mixes_letters_and_others(password) and "@" not in password:
                yield Span(match.start("user"), match.end("user"), "USERNAME", 0.7, "patterns")
                yield Span(
                    match.start("password"), match.end("password"), "PASSWORD", 0.7, "patterns"
                )
    if "admin" in low:
        for match in _ADMIN.finditer(view):
            if _handle(match.group("user")):
                yield Span(match.start("user"), match.end("user"), "USERNAME", 0.7, "patterns")
