"""The password a customer remembers, said as "the last one I remember was X".

After naming the password ("reset my pw"), a customer may give other details (a user name,
an e-mail) and only then the password, as the one they remember or last used: "the last
one i remember was rouge*92", "la última que recuerdo era Sol#8812", "le dernier dont je
me souviens c'était kiwi3334", "das letzte, an das ich mich erinnere, war Nuage42!", "a
última que eu lembro era Sol#8812". The phrase stands in for the password word, however
far the word came before it in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold
from connect_privacy.redaction.patterns.credentials import (
    EMAIL_SHAPE,
    LOGIN_WORD,
    may_name_login,
    mixes_letters_and_others,
)
from connect_privacy.redaction.spans import Span

# "the (last/old) one I remember/recall/used/had/know" and its forms in es, fr, de, pt.
_ONE_REMEMBERED = (
    r"(?:the\s+)?(?:(?:last|old|previous|only)\s+)?one\s+(?:that\s+)?i\s+(?:can\s+)?"
    r"(?:remember|recall|used|had|know|set)"
    r"|(?:la|el|lo)\s+(?:(?:[úu]ltim[ao]|vieja|viejo|anterior)\s+)?que\s+(?:yo\s+)?"
    r"(?:recuerdo|me\s+acuerdo|us[ée]|ten[íi]a|s[ée])"
    r"|(?:le|la)\s+(?:derni[èe]re?|ancien(?:ne)?)\s+(?:dont\s+je\s+me\s+souviens"
    r"|que\s+j['\u2019]\s*(?:ai\s+utilis[ée]e?|avais)|que\s+je\s+connais)"
    r"|(?:das|die|der)\s+(?:letzte|alte)\s*,?\s+(?:an\s+(?:das|die|den)\s+ich\s+mich\s+erinnere"
    r"|(?:das|die|den)\s+ich\s+(?:wei[ßs]|benutzt\s+habe|hatte))"
    r"|(?:a|o)\s+(?:(?:[úu]ltim[ao]|antig[ao]|anterior)\s+)?que\s+(?:eu\s+)?"
    r"(?:(?:me\s+)?lembro|usei|tinha|sei)"
)
# What every phrase of ``_ONE_REMEMBERED`` holds in lower case ("que" of es and pt).
_PHRASE_HINTS = ("one", "que", "derni", "ancien", "letzte", "alte")
# The phrase, a copula, then the value up to the next space.
_REMEMBERED = re.compile(
    rf"(?i)\b(?:{_ONE_REMEMBERED})\s*,?\s+"
    r"(?:was|is|era|es|fue|[ée]tait|c['\u2019]\s*[ée]tait|est|c['\u2019]\s*est|war|ist|foi|é)"
    r"\s*:?\s+(?P<value>\S{6,64})"
)
# "!" and "?" end many passwords; a sentence's comma or full stop ends none.
_TRAILING = ".,;:)"


def find_remembered_password(view: str) -> Iterator[Span]:
    """The value after "the last one I remember was" (in the five languages) when a
    password word comes before it in the message."""
    low = view.lower()
    if not may_hold(view, low, _PHRASE_HINTS) or not may_name_login(view, low):
        return  # substring tests before the scans: the phrase's and a password word's
    login = LOGIN_WORD.search(view)
    if login is None:
        return
    for match in _REMEMBERED.finditer(view, login.end()):
        value = match.group("value").rstrip(_TRAILING)
        if mixes_letters_and_others(value) and not EMAIL_SHAPE.search(value):
            begin = match.start("value")
            yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")
