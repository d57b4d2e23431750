"""The handle whose account the customer asks about: "reset the login for jdoe_77".

A customer asking for an account to be reset, unlocked or looked at names it after the
account's, the login's or the password's word and a preposition, with no word for a user
name: "can you reset the login for ana.lopez", "unlock the account of tom-becker",
"restablecer la cuenta de jdoe_77", "réinitialiser le compte de jdoe.m12", "das Konto von
jdoe77 entsperren", "resetar a senha do jdoe_77". The other finders read a label before the
value and miss it. A handle's shape says the name is an account's: small letters with a
dot, dash or underscore between them, or letters then two digits; not a person's name
("the account of my wife"), a version or a code ("v2.2.2", "ERR-6296"), nor a site's
address ("the password for netflix.com").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold, starts
from connect_privacy.redaction.spans import Span

_ACCOUNT_WORDS = (
    r"login|log\s*in|account|acct|password|access|profile"
    r"|cuenta|acceso|contrase[ñn]a|perfil|compte|acc[èe]s|mot\s*de\s*passe|profil"
    r"|konto|zugang|passwort|kennwort|conta|acesso|senha"
)
# "for", "of", and their Spanish, French, German and Portuguese forms, with the article.
_FOR = r"for|of|de|del|para|pour|du|f[üu]r|von|do|da"
# Two small letters or more, then pieces after a dot, a dash or an underscore; or letters, then
# digits.
_HANDLE = (
    r"(?P<value>[a-z]{2}[a-z0-9]{0,29}(?:[._\-][a-zA-Z0-9]{1,30}){1,3}"
    r"|[a-z][a-zA-Z]{2,30}[0-9]{2,8})"
)
_ACCOUNT_FOR = re.compile(
    rf"(?i:{starts(_ACCOUNT_WORDS)}\b(?:{_ACCOUNT_WORDS})[ \t]++(?:{_FOR}))[ \t]++"
    rf"{_HANDLE}(?![\w@]|[.\-][a-zA-Z0-9])"
)
# Every account word holds one of these in lower case: a substring test before the scan.
_HINTS = (
    "log", "acc", "pass", "profil", "perfil", "cuenta", "contrase", "compte", "konto",
    "zugang", "kennwort", "conta", "senha",
)  # fmt: skip
# A site's address, not an account's name: "the password for netflix.com".
_DOMAIN_ENDINGS = (".com", ".net", ".org", ".de", ".es", ".fr", ".br", ".mx", ".pt", ".io")


def find_account_for_handle(view: str) -> Iterator[Span]:
    low = view.lower()
    if not may_hold(view, low, _HINTS):
        return
    for match in _ACCOUNT_FOR.finditer(view):
        if match.group("value").lower().endswith(_DOMAIN_ENDINGS):
            continue
        yield Span(match.start("value"), match.end("value"), "USERNAME", 0.7, "patterns")
