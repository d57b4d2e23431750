"""A password named after its value, right after the login it goes with.

Customers give the two fields in one breath, each value before the word that names it:
"jdoe_77 is my login, Sunflower47 is what i set", "jdoe_77 es mi login y girasolazul la
clave que puse", "jdoe_77 c'est mon login et soleilbleu le mdp", "jdoe_77 ist mein Login
und sonnenblume das PW", "jdoe_77 é meu login e girassolazul a senha". The user name's word,
then "and" or a comma, then the value and its password word (or "is what i set"), say what
the value is, so a password of letters alone is taken too when it is longer than an adverb
("my login and then the password" stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold, starts
from connect_privacy.redaction.patterns.credentials import LOGIN_WORDS, mixes_letters_and_others
from connect_privacy.redaction.patterns.secrets import USERNAME_HINTS, USERNAME_WORDS
from connect_privacy.redaction.spans import Span

# What the customer did with it, instead of naming it: "is what i set", "es lo que puse",
# "c'est ce que j'ai mis", "hab ich gesetzt", "é o que coloquei".
_WHAT_I_SET = (
    r"(?:is|was)[ \t]++what[ \t]++i[ \t]++(?:set|chose|picked|use|used|put)"
    r"|(?:es|fue)[ \t]++lo[ \t]++que[ \t]++(?:puse|eleg[íi]|uso)"
    r"|c['\u2019]est[ \t]++ce[ \t]++que[ \t]++j['\u2019]ai[ \t]++(?:mis|choisi)"
    r"|hab(?:e)?[ \t]++ich[ \t]++(?:gesetzt|gew[äa]hlt|genommen)"
    r"|(?:é|foi)[ \t]++o[ \t]++que[ \t]++(?:coloquei|escolhi|pus|uso)"
)
_AFTER_LOGIN = re.compile(
    rf"(?i){starts(USERNAME_WORDS)}\b(?:{USERNAME_WORDS})\b[ \t]*+"
    r"(?:,[ \t]*+(?:(?:and|y|et|und|e)[ \t]++)?|(?:and|y|et|und|e)[ \t]++)"
    r"(?P<value>[^\s,\[\]]{4,64}+)[ \t]++"
    r"(?:(?:the|my|la|el|mi|le|mon|das|mein|meine|a|o|meu|minha)[ \t]++"
    rf"(?:{LOGIN_WORDS})(?!\w)|{_WHAT_I_SET})"
)
# Letters alone: longer than the adverbs that may stand there ("then", "luego", "ensuite").
_LETTERS_LEAST = 8
_NOT_A_PASSWORD = frozenset({
    "afterwards", "después", "despues", "finalmente", "finally", "ensuite", "anschließend",
    "anschliessend", "außerdem", "ausserdem", "também", "tambien", "también", "obviously",
})  # fmt: skip


def find_password_after_login(view: str) -> Iterator[Span]:
    """The value before a password word, after a user name's word and "and" (text view)."""
    if not may_hold(view, view.lower(), USERNAME_HINTS):
        return
    for match in _AFTER_LOGIN.finditer(view):
        value = match.group("value").rstrip(".!?")
        if mixes_letters_and_others(value) or (
            value.isalpha()
            and len(value) >= _LETTERS_LEAST
            and value.lower() not in _NOT_A_PASSWORD
        ):
            begin = match.start("value")
            yield Span(begin, begin + len(value), "PASSWORD", 0.7, "patterns")
