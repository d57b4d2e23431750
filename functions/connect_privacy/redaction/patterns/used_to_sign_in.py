"""A user name said by what it is used for, with no word for a user name: "I use jdoe_77 to
sign in", "uso mlopez para entrar", "j'utilise c.martin pour me connecter", "ich nutze
jonas.k zum Anmelden", "uso ana.s92 para fazer login".

The verb of using, one word, and the act of signing in right after it: the word is what the
customer signs in with. A handle's shape (a digit or a dot, underscore or dash inside) is
taken at once; a plain word only in small letters and not one of the ways of signing in
that are no name ("I use google to sign in", "uso facebook para entrar").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold
from connect_privacy.redaction.spans import Span

# The verb of using ("I use", "uso", "j'utilise", "ich nutze"), one word, and the act of
# signing in right after it; the verbs and the acts of the five languages in one pattern.
_USED_TO_SIGN_IN = re.compile(
    r"(?i)\b(?:use|used|using|uso|usaba|us[ée]|usei|utilizo|utilizaba|utilizei"
    r"|utilise|utilis[ée]|nutze|benutze|verwende|nutzte|benutzte|verwendete)"
    r"\s+(?P<value>[A-Za-z0-9][A-Za-z0-9._\-]{1,39}[A-Za-z0-9])\s+(?:"
    # English: "to sign in", "to log on", "for the login"
    r"(?:to|for)\s+(?:(?:sign|log)(?:ging)?\s*-?\s*(?:in|on)|(?:the\s+)?(?:login|log-in|sign-in))"
    # Spanish and Portuguese: "para entrar", "para iniciar sesión", "pra fazer login"
    r"|(?:para|pra)\s+(?:entrar|acceder|acessar|ingresar|logar|loguearme|logearme|conectarme"
    r"|iniciar\s+sesi[óo]n|fazer\s+(?:o\s+)?login|hacer\s+login|me\s+conectar)"
    # French: "pour me connecter", "pour la connexion", "pour m'identifier"
    r"|pour\s+(?:me\s+connecter|la\s+connexion|m['\u2019]\s*identifier|me\s+loguer|me\s+logger)"
    # German: "zum Anmelden", "zum Einloggen", "für den Login"
    r"|zum\s+(?:anmelden|einloggen)|f[üu]r\s+(?:den|das)\s+(?:login|log-?in|anmelden)"
    r")\b"
)
_SCORE = 0.55
# Every verb holds one of these ("use", "uso", "utilise", "nutze", "verwende").
_VERB_HINTS = ("us", "til", "tz", "wend")
# The ways of signing in that are no one's name, and words that stand where a name would.
_NOT_A_NAME = frozenset(
    {
        "it",
        "this",
        "that",
        "them",
        "email",
        "e-mail",
        "mail",
        "gmail",
        "outlook",
        "hotmail",
        "google",
        "facebook",
        "apple",
        "microsoft",
        "amazon",
        "chrome",
        "safari",
        "firefox",
        "edge",
        "sso",
        "otp",
        "sms",
        "password",
        "passkey",
        "passkeys",
        "fingerprint",
        "biometrics",
        "phone",
        "app",
        "pin",
        "correo",
        "ello",
        "eso",
        "esto",
        "isso",
        "isto",
        "ça",
        "cela",
        "ceci",
        "das",
        "es",
        "dies",
        "passwort",
        "contraseña",
        "senha",
        "mot",
        "huella",
        "digital",
        "wifi",
    }
)


def find_used_to_sign_in(view: str) -> Iterator[Span]:
    if not may_hold(view, view.lower(), _VERB_HINTS):
        return  # a substring test spares most messages the scan
    for match in _USED_TO_SIGN_IN.finditer(view):
        name = match.group("value")
        begin = match.start("value")
        shaped = any(char.isdigit() or char in "._-" for char in name)
        if not shaped and (not name.islower() or name.lower() in _NOT_A_NAME):
            continue
        # below the password's own rule ("I used nu4g351x to log in", find_signed_in_with):
        # where both read the word, the older reading stands
        yield Span(begin, begin + len(name), "USERNAME", _SCORE, "patterns")
