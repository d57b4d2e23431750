"""The codes a customer says were tried, listed in one message after the PIN was named.

"forgot my pin", then "tried 1 234 and also 5678"; "se me olvidó el nip", then "probé 12 34
56 y también 7890"; "j'ai oublié mon code", then "j'ai essayé 12.34 et 5 6 78"; "hab die
Geheimzahl vergessen", then "hab 12.34 und 5I78 probiert"; "esqueci o pin", then "tentei
12 34 e 5678". Each guess is a PIN the customer may well hold (an old one, another card's),
so all of them are masked, whatever groups each is typed in. The cross-message marker
(``continuation``) says a PIN is awaited; this module says where the guesses are: after a
verb of trying, digits in groups and the words joining them up to the end of the message,
or up to German's verb put last.
"""

from __future__ import annotations

import re

# Verbs of trying or typing, past and present, right before the codes.
_TRIED = (
    r"tried|try|typed|entered|put\s+in"
    r"|prob[ée]|intent[ée]|puse|met[íi]|ingres[ée]|marqu[ée]"
    r"|essay[ée]|tap[ée]|saisi|mis"
    r"|versucht|probiert|eingegeben|getippt"
    r"|tentei|testei|coloquei|digitei|pus"
)
# Who tried, before the verb ("i", "j'ai", "ich hab", "eu", "ya"), at most two short words.
_WHO = (
    r"(?:(?:i|ive|i['\u2019]ve|j['\u2019]ai|ai|ich|hab|habe|eu|yo|ya|already|d[ée]j[àa])\s+){0,2}"
)
# German puts the verb last: "hab 12.34 und 5678 probiert".
_HAVE = r"(?:ich\s+)?(?:hab|habe)"
_LAST = r"(?:probiert|versucht|eingegeben|getippt)"
# Between two guesses: marks, and "and (also)", "or" in the five languages (the view may
# already have blanked the joining word).
_JOIN = (
    r"[\s,;/.\-]{1,10}(?:(?:and|or|y|o|et|ou|und|oder|e)"
    r"(?:\s{1,3}(?:also|tambi[ée]n|aussi|auch|tamb[ée]m))?[\s,]{1,3})?"
)
# The guesses: groups of digits, each after the marks or words before it.
_CODES = rf"[0-9]{{1,8}}(?:{_JOIN}[0-9]{{1,8}}){{1,11}}"
_LISTED = re.compile(
    rf"(?i)[^\w\n]{{0,4}}(?:{_WHO}(?:{_TRIED})\s+(?P<value>{_CODES})"
    rf"|{_HAVE}\s+(?P<last>{_CODES})\s+{_LAST})[^\w\n]{{0,4}}"
)
# Two guesses of four digits at least, a dozen digits for the longest two six-digit PINs
# and some slack: more is another number.
_LEAST = 8
_MOST = 24
_CHARS = 96


def tried_codes(view: str) -> tuple[int, int] | None:
    """Where the guessed codes of a message that only lists them after trying lie, if it
    does (``view`` is the deobfuscated message)."""
    if len(view) > _CHARS:
        return None
    listed = _LISTED.fullmatch(view)
    if listed is None:
        return None
    name = "value" if listed.group("value") is not None else "last"
    value = listed.group(name)
    digits = sum(c.isdigit() for c in value)
    return listed.span(name) if _LEAST <= digits <= _MOST else None
