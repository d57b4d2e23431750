"""A user name its word names, told by the words around it rather than by its shape.

Two families ``secrets.find_username`` leaves, as it needs a handle's digit or dot, or the
name ending the message right after its word:

- The login written as its two labelled fields: "login: JoseRamos password ...", "usuario
  MartaRamos y la contraseña ...", "identifiant ClaireMartin et mdp ...", "Benutzer
  LenaKoch und Passwort ...". The password's label right after the value says the value
  is the name. A name of letters alone is taken when it is two words joined ("JoseRamos"),
  as names typed into a form are; "usuario bloqueado y la contraseña" is prose.
- The name recalled after a clause: "no me acuerdo del usuario, creo q era kevin_weber",
  "i forgot my username, i think it was jdoe", "j'ai oublié mon identifiant, je crois
  que c'était ...". The hedge and the past verb say the last word is the name; only
  a value ending the message is taken, and only one of a name's shapes (below): "i think it
  was hacked" says what happened to the login.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import has_letter, may_hold, starts
from connect_privacy.redaction.patterns.credentials import LOGIN_WORDS, may_name_login
from connect_privacy.redaction.patterns.secrets import USERNAME_HINTS, USERNAME_WORDS
from connect_privacy.redaction.spans import Span

# "and" and an article or a possessive between the name and the password's label.
_AND = r"(?:and|y|e|et|und|&)"
_DETERMINER = r"(?:the|my|la|mi|su|le|mon|ma|das|mein|o|a|meu|minha)"
_VALUE = r"[A-Za-z0-9][A-Za-z0-9._\-]{2,31}"
_BESIDE = re.compile(
    rf"(?i){starts(USERNAME_WORDS)}\b(?:{USERNAME_WORDS})[ \t]*+[:=]?[ \t]*+"
    rf"(?P<user>(?-i:{_VALUE}))(?![\w@])"
    rf"[,;]?[ \t]++(?:{_AND}[ \t]++)?(?:{_DETERMINER}[ \t]++)?(?:{LOGIN_WORDS})\b"
)
# Two words typed as one, each capitalised: "JoseRamos", "ClaireMartin".
_JOINED_NAMES = re.compile(r"[A-Z][a-z]{1,15}[A-Z][a-z]{1,15}")
# A handle: a digit, a dot or an underscore among letters ("xemmax8", "costa.l46").
_HANDLE = re.compile(r"(?=.*[A-Za-z]).*[0-9._].*")

# "creo q era", "creo que era", "i think it was", "je crois que c'était", "ich glaube
# es war", "glaub es war", "acho que era": the hedge, then the past of "to be".
_RECALLED = re.compile(
    rf"(?i){starts(USERNAME_WORDS)}\b(?:{USERNAME_WORDS})\b[^\n.!?]{{0,40}}?"
    r"\b(?:creo(?:\s++(?:que|q))?|i\s++think|je\s++crois(?:\s++que)?|ich\s++glaube?|glaube?"
    r"|acho(?:\s++(?:que|q))?)\s++"
    r"(?:era|fue|it\s++was|was|c['\u2019][ée]tait|c['\u2019]est|es\s++war|war|foi|[ée])\s++"
    rf"[\"'\u201c]?(?P<user>{_VALUE})[\"'\u201d]?[ \t.!?]*+\Z"
)
# What every hedge of ``_RECALLED`` holds in lower case.
_HEDGE_HINTS = ("creo", "think", "crois", "glaub", "acho")


def find_user_beside_password(view: str) -> Iterator[Span]:
    if not has_letter(view):
        return
    low = view.lower()
    if not may_hold(view, low, USERNAME_HINTS):
        return  # every match starts at a user-name word
    # the password's label follows every name beside it
    for match in _BESIDE.finditer(view) if may_name_login(view, low) else ():
        if _name_shaped(match.group("user")):
            yield Span(match.start("user"), match.end("user"), "USERNAME", 0.7, "patterns")
    if not any(map(low.__contains__, _HEDGE_HINTS)):
        return  # every recalled name follows one of the hedges
    recalled = _RECALLED.search(view)
    if recalled is not None and _name_shaped(recalled.group("user")):
        yield Span(recalled.start("user"), recalled.end("user"), "USERNAME", 0.7, "patterns")


def _name_shaped(value: str) -> bool:
    return _HANDLE.fullmatch(value) is not None or _JOINED_NAMES.fullmatch(value) is not None
