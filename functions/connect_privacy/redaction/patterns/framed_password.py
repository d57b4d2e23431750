"""A password of plain letters, named only by a password word a few words before it.

Customers put a short phrase between the word and the value, then hand the value over with
a verb or a colon: "the password they gave me is X", "la contraseña que me dieron es X",
"le mdp qu'on m'a donné c'est X", "das Passwort, das ich bekommen habe, ist X", "a senha
que me passaram é X"; "the wifi password on the sticker: X", "la clave del router en la
etiqueta: X". ``credentials.find_password`` reads the value only right after the word and
its verb, and ``find_nearby_password`` takes only values that mix letters with digits or
symbols, so an ordinary word handed over this way leaked.

A word after such a phrase is as often prose ("... is wrong", "... is too short"): the value
must be one word that ends its clause (the message, a punctuation mark or "and"/"y"/"et"...),
and it must not be a word said of a password or a function word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import starts
from connect_privacy.redaction.patterns.credentials import (
    LOGIN_WORDS,
    is_not_a_password,
    may_name_login,
)
from connect_privacy.redaction.patterns.secrets import USERNAME_WORDS
from connect_privacy.redaction.patterns.user_then_password import said_of_it
from connect_privacy.redaction.patterns.worded_password import said_of_a_password
from connect_privacy.redaction.spans import Span

# The verb that hands the value over, or a colon; "c'est"/"c'était" in French.
_HANDS_OVER = (
    r"is|was|es|era|fue|est|c['\u2019]?(?:est|[ée]tait)|[ée]tait|ist|war|lautet|hei(?:ß|ss)t"
    r"|é|foi|eh"
)
# One to six words between the password word and the verb: none of them a verb that hands
# over (the first one is the one that does) and none ending a sentence.
_FRAME_WORDS = 6
_FRAMED = re.compile(
    rf"(?i){starts(LOGIN_WORDS)}\b(?:{LOGIN_WORDS})"
    rf"(?:[\s,]++(?!(?:{_HANDS_OVER})(?!\w))[^\s.!?:;=\[\]]++){{1,{_FRAME_WORDS}}}?"
    rf"(?:,?\s++(?:{_HANDS_OVER})\s++|\s*+:\s*+)"
    r"(?P<value>[^\W\d_]{4,40}+)"
    # the value ends its clause: the message, a mark, a joining word or a "<-" pointing at it;
    # not a link's scheme, an address's name or a domain ("erro E339: https://...")
    r"(?!:/|@|\.\w)(?=\s*+(?:$|[^\w\s]|(?:and|but|y|pero|et|mais|und|aber|e|mas|ou|or|o)(?!\w)))"
)
# Another field named inside the phrase hands over that field's value, not the password's:
# "password expired, my username is jdoe", "senha ok, o e-mail: ana".
_OTHER_FIELD = re.compile(
    rf"(?i)\b(?:{USERNAME_WORDS}"
    r"|e-?mail|correo|courriel|name|nombre|nom|nome|pin|code|c[óo]digo)\b"
)
# A one-word verdict on the password, not the password ("... is fine", "c'est nul").
_VERDICT = frozenset(
    [
        "fine", "okay", "good", "weak", "strong", "short", "long", "gone", "done", "yes",
        "valid", "expired", "useless", "nice", "great", "easy", "hard", "weird", "strange",
        "random", "complicated", "difficult", "fácil", "facil", "difícil", "dificil", "rara",
        "raro", "complicada", "facile", "difficile", "bizarre", "compliquée", "compliquee",
        "einfach", "schwer", "komisch", "seltsam", "kompliziert", "estranha", "estranho",
        "bien", "bueno", "buena", "corta", "larga", "vieja",
        "nulo", "nula", "bon", "bonne", "nul", "nulle", "courte", "longue", "valide", "oui",
        "gut", "schlecht", "kurz", "lang", "korrekt", "gültig", "gueltig", "alt", "neu",
        "sicher", "unsicher", "bom", "boa", "curta", "longa", "velha", "sim", "não", "nao",
        "igual", "pareil", "pareille", "gleich", "dieselbe", "mismo", "mesmo", "mesma",
        "this", "that", "esta", "esto", "este", "ceci", "cela", "celui", "celle", "diese",
        "dieses", "dieser", "essa", "esse", "isso", "aquela", "aquele", "mine", "yours", "mía",
        "mío", "mia", "mio", "tuya", "suya", "mienne", "sienne", "meins", "deins", "tua", "sua",
    ]
)  # fmt: skip


def find_framed_password(view: str) -> Iterator[Span]:
    if not may_name_login(view, view.lower()):
        return  # every frame starts with a password word: a substring test first
    for match in _FRAMED.finditer(view):
        value = match.group("value")
        low = value.lower()
        if (
            _OTHER_FIELD.search(view, match.start(), match.start("value")) is not None
            or low in _VERDICT
            or is_not_a_password(low)
            or said_of_it(low)
            or said_of_a_password(value)
        ):
            continue
        yield Span(match.start("value"), match.end("value"), "PASSWORD", 0.65, "patterns")
