"""A password of plain words right after the user name it goes with, each after its own word.

Customers copy a login as the form labels it: "usuario ana.r clave girasolverano", "identifiant
nadia280 mdp tournesolbleu", "Benutzer max.m Passwort sonnenblumenfeld", "usuário joao_p senha
girassolazul", "user jdoe password sunflowerfield". The password word alone does not make a
word of letters a password ("password expired", "Passwort vergessen"); the user name's word and
its value just before it say that a login's two fields are being handed over. A value said of
a password (``worded_password.said_of_a_password`` and the words below) is still prose:
"user jdoe password forgotten".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import starts
from connect_privacy.redaction.patterns.credentials import LOGIN_WORDS
from connect_privacy.redaction.patterns.secrets import USERNAME_WORDS
from connect_privacy.redaction.patterns.worded_password import said_of_a_password
from connect_privacy.redaction.spans import Span

# A password of letters alone shorter than this is a word of the sentence ("user jdoe
# password reset").
_LEAST_LETTERS = 6
# Led by the user words' first letters: the look-behind is then tried where one stands, not
# at every character of a long message.
_PAIR = re.compile(
    rf"(?i){starts(USERNAME_WORDS)}(?<![^\W\d_])(?:{USERNAME_WORDS})\s*+[:=]?\s*+(?P<user>[A-Za-z0-9][\w.\-]{{1,63}}+)"
    rf"[,;]?\s++(?:{LOGIN_WORDS})\s*+[:=]?\s*+(?P<value>[^\W\d_]{{{_LEAST_LETTERS},40}}+)(?!\w)"
)
# "user name and password incorrect": the user name's field is a joining word, no value.
_JOINING = frozenset(["and", "or", "y", "o", "e", "et", "ou", "und", "oder", "u", "ni", "nor"])
# What is said of a password after its word, in the words ``said_of_a_password`` leaves
# out (English and German, and the adjectives of the Romance languages).
_SAID_OF_IT = frozenset(
    [
        "expired", "forgotten", "incorrect", "invalid", "wrong", "changed", "locked", "blocked",
        "please", "doesnt", "reset", "vergessen", "falsch", "abgelaufen", "gesperrt", "ungültig",
        "ungueltig", "geändert", "geaendert", "funktioniert", "bitte", "stimmt", "klappt",
        "incorrecta", "incorreta", "incorrecte", "invalida", "inválida", "invalide", "erronea",
        "errónea", "fausse", "faux", "errada",
    ]
)  # fmt: skip


def find_user_then_password(view: str) -> Iterator[Span]:
    for match in _PAIR.finditer(view):
        value = match.group("value")
        if (
            match.group("user").lower() in _JOINING
            or said_of_a_password(value)
            or value.lower() in _SAID_OF_IT
        ):
            continue
        yield Span(match.start("value"), match.end("value"), "PASSWORD", 0.7, "patterns")


def said_of_it(word: str) -> bool:
    """Whether ``word`` (lower case) says what a password is (English, German and the
    Romance adjectives), rather than being one."""
    return word in _SAID_OF_IT
