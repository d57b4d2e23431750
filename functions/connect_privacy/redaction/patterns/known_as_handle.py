"""The handle a customer goes by in a game or on a forum.

"in the game they know me as jdoe_77", "on the forum i'm jdoe.m12", "en el juego me
conocen como jdoe_77", "sur le forum je suis jdoe77", "im Forum heiße ich jdoe_77", "no
jogo sou o jdoe.m12": the place comes first and no word names a user name, so the other
finders, which read a label before the value, miss it. The place and the verb of being or
being called say a name follows; a handle's shape (small letters first, then a digit, or a
dot or underscore between letters) says it is an account's, not a person's ("in the game
i'm a healer" stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import starts
from connect_privacy.redaction.spans import Span

# Where the name is used, after a preposition and maybe an article.
_PREPOSITION = r"in|on|im|auf|en|no|na|sur|dans|dem"
_PLACE = (
    rf"(?:{_PREPOSITION})[ \t]++"
    r"(?:(?:the|el|la|le|l['\u2019]|o|a|der|dem|die|das)[ \t]*+)?"
    r"(?:game|games|forum|app|server|discord|juego|foro|jeu|spiel|jogo|f[óo]rum|servidor"
    r"|serveur|plataforma|plateforme|platform|plattform)"
)
# Being, or being called, in the five languages.
_GOES_BY = (
    r"(?:they|people|everyone)[ \t]++(?:know|call)[ \t]++me(?:[ \t]++as)?|i['\u2019]?m|i[ \t]++am"
    r"|(?:i['\u2019]?m|i[ \t]++am)[ \t]++(?:known|called)(?:[ \t]++as)?|my[ \t]++name[ \t]++is"
    r"|me[ \t]++(?:conocen|llaman|dicen|conhecem|chamam)(?:[ \t]++(?:como|de))?|soy|sou"
    r"|je[ \t]++suis|on[ \t]++m['\u2019]appelle|je[ \t]++m['\u2019]appelle"
    r"|on[ \t]++me[ \t]++conna[iî]t[ \t]++(?:comme|sous)"
    r"|hei(?:ß|ss)e[ \t]++ich|bin[ \t]++ich|ich[ \t]++bin|nennen[ \t]++(?:sie[ \t]++)?mich"
    r"|kennt[ \t]++man[ \t]++mich[ \t]++als"
)
_KNOWN_AS = re.compile(
    rf"(?i){starts(_PREPOSITION)}\b{_PLACE}\b[ \t,]*+(?:{_GOES_BY})[ \t]++"
    r"(?:(?:o|a|el|la|le|der|die)[ \t]++)?"
    r"(?P<value>(?-i:[a-z]{2}[a-z0-9]*+(?:[._][a-z0-9]++)*+))(?![\w@]|\.\w)"
)
# What every place holds in lower case ("for" in "forum", "foro", "fórum" folded).
_HINTS = (
    "game", "for", "app", "serv", "discord", "jue", "jeu", "spiel", "jogo", "f\u00f3rum",
    "plat",
)  # fmt: skip


def find_known_as_handle(view: str) -> Iterator[Span]:
    """A handle after a place and "I am" or "they call me" (text view)."""
    low = view.lower()
    if not any(map(low.__contains__, _HINTS)):
        return
    for match in _KNOWN_AS.finditer(view):
        value = match.group("value")
        # a handle's shape: a word of prose has no digit, dot or underscore
        if any(c.isdigit() or c in "._" for c in value):
            yield Span(match.start("value"), match.end("value"), "USERNAME", 0.7, "patterns")
