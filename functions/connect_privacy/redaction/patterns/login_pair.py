"""A login's two fields written as one pair after a word for access.

Customers hand over an account's way in as a form shows it, the name and the password with a
slash between ("mon accès banque en ligne c'est nadia280 / Sol#8812", "my online banking
access is jdoe_77 / verano_Haus47", "mis datos de acceso: ana.r / Perro.81!"). The word may
name the access rather than the user name (``secrets.find_username`` needs the name's own
word), and the service may sit between it and the verb in any words ("banque en ligne",
"del banco"). The pair is taken only when the second field mixes letters with other
characters, as a password does: "access is read / write" is prose.

The pair also comes straight after the words of a login that refused it ("can't log in.
jdoe_77 / sunflowerlisboa tried 4 times", "no puedo entrar: ana.r / girasolverano"). There
the failure says what the two fields are, so a password of letters alone is taken too, when
it is longer than the words for devices and apps are (``_WORDED_LEAST``): "can't log in:
desktop / notebook" is prose. So is it after a word for access when the name has a handle's
or an address's shape ("login: jdoe_77 / sunflowerlisboa", "login: ana.r@example.com /
girasolverano").

The pair may also follow the access word with no verb at all, as a form's label reads
("login fperez / Sol#8812", "acceso ana.r / Perro.81!", "Zugang jdoe_77 / Haus+47sonne",
"identifiants nadia280 / Lune$12mer", "acesso joao.p / Casa#55azul"). Without the verb the
pair is taken only when the password holds a symbol beside its letters and digits, as a
chosen password does: "login page / Settings2" and "access 24/7" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import IS, starts
from connect_privacy.redaction.patterns.credentials import CANT_GET_IN, mixes_letters_and_others
from connect_privacy.redaction.patterns.secrets import USERNAME_WORDS
from connect_privacy.redaction.spans import Span

# The nouns for a way in, in the five languages, and the user name's own words.
_ACCESS_WORDS = (
    r"access|credentials|login\s++details|sign[\s-]?in|acceso|datos\s++de\s++acceso"
    r"|credenciales|acc[èe]s|codes?\s++d['\u2019]acc[èe]s|identifiants|zugang|zugangsdaten"
    rf"|anmeldedaten|acesso|dados\s++de\s++acesso|credenciais|{USERNAME_WORDS}"
)
# The verb in the plural too, for "credentials", "datos de acceso", "identifiants".
_ARE = rf"(?:{IS}|are|son|sont|sind|s[ãa]o)"
# Up to four words naming the service, then the verb or a colon, then the pair.
# Led by the access words' first letters: the look-behind alone was tried at every character.
_PAIR = re.compile(
    rf"(?i){starts(_ACCESS_WORDS)}(?<![^\W\d_])(?:{_ACCESS_WORDS})"
    rf"(?:(?:\s++[^\W\d_]{{1,16}}+){{0,4}}?\s*+(?P<verb>{_ARE}\b|:)"
    r"|(?=[ \t]))"  # or the pair straight after the word, as a form's label
    # the user may sign in with an address ("login: ana.r@example.com / Perro.81!")
    r"\s*+(?P<user>[A-Za-z0-9][A-Za-z0-9._\-]{1,63}+(?:@[A-Za-z0-9][A-Za-z0-9.\-]{1,63}+)?)"
    r"[ \t]*+/[ \t]*+(?P<password>[^\s\[\]/]{4,64}+)"
)

# Right after the failure, past its punctuation: the pair and nothing before it.
_BARE_PAIR = re.compile(
    r"[ \t]*+[.:,;!\-]*+[ \t]*+(?P<user>[A-Za-z0-9][A-Za-z0-9._\-]{1,63}+)[ \t]*+/[ \t]*+"
    r"(?P<password>[^\s\[\]/]{4,64}+)"
)
_WORDED_LEAST = 10


def _worded_after_handle(user: str, password: str) -> bool:
    """A password of letters alone after a handle's or an address's shape ("login: jdoe_77 /
    sunflowerlisboa"): the first field is an account's, so the second is its password when it is
    longer than the words for devices and apps; "login: web / app" stays."""
    return (
        password.isalpha()
        and len(password) >= _WORDED_LEAST
        and any(c.isdigit() or c in "._@" for c in user)
    )


def _chosen_with_symbol(password: str) -> bool:
    """Letters, digits and a symbol together ("Sol#8812", "Perro.81!"): after a bare access
    word only a chosen password is taken, not a page's or a setting's name."""
    return (
        any(c.isalpha() for c in password)
        and any(c.isdigit() for c in password)
        and any(not c.isalnum() for c in password)
    )


def find_login_pair(view: str) -> Iterator[Span]:
    if "/" not in view:
        return  # every pair has its slash: a substring test before the scan
    for match in _PAIR.finditer(view):
        user, password = match.group("user"), match.group("password").rstrip(".,;!?")
        if not any(c.isalpha() for c in user) or not (
            mixes_letters_and_others(password) or _worded_after_handle(user, password)
        ):
            continue  # "acceso es 10 / 20", "access is read / write"
        if match.group("verb") is None and not _chosen_with_symbol(password):
            continue  # a label with no verb: "login page / Settings2"
        if "@" not in user:  # an address is the e-mail finder's
            yield Span(match.start("user"), match.end("user"), "USERNAME", 0.7, "patterns")
        yield Span(match.start("password"), match.end("password"), "PASSWORD", 0.7, "patterns")
    for failure in CANT_GET_IN.finditer(view):
        pair = _BARE_PAIR.match(view, failure.end())
        if pair is None or not any(c.isalpha() for c in pair.group("user")):
            continue
        password = pair.group("password").rstrip(".,;!?")
        if not mixes_letters_and_others(password) and not (
            password.isalpha() and len(password) >= _WORDED_LEAST
        ):
            continue  # "can't log in: app / web"
        yield Span(pair.start("user"), pair.end("user"), "USERNAME", 0.7, "patterns")
        end = pair.start("password") + len(password)
        yield Span(pair.start("password"), end, "PASSWORD", 0.7, "patterns")
