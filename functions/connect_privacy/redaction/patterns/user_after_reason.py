"""A user name given after its word and the reason it is given, then a colon, ending the message.

Customers who send their user name again say why before they type it: "my username again
because the ticket has a typo: jdoe_77", "mi usuario porque en el caso está mal escrito:
jdoe_77", "mon identifiant parce qu'il y a une faute dans le dossier : jdoe_77", "mein
Benutzername weil im Ticket ein Tippfehler ist: jdoe_77", "meu usuário porque no chamado está
errado: jdoe_77". The reason puts more words between the label and the name than
``secrets.find_username`` allows, but a possessive before the label, a word saying why and a
colon right before the last token make it the customer's name. The name must look like a
handle (a digit, a dot, an underscore or a dash, and a small letter): "because the app
says: ERR-404" ends with an error's code, in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold, starts
from connect_privacy.redaction.patterns.secrets import USERNAME_HINTS, USERNAME_WORDS
from connect_privacy.redaction.spans import Span

# The customer's own: "my", "mi", "mon", "mein", "meu" and their forms.
_OWN = r"my|mi|mon|ma|mein|meinen|meine|meu|minha"
# The words that give a reason, in the five languages ("xq" and "pq" are chat's "porque").
_BECAUSE = (
    r"because|bc|cuz|since|porque|pq|xq|ya\s+que|parce\s+que|puisque|car|weil|da|denn|pois"
    r"|j[áa]\s+que"
)
# French elides "que" before a vowel: "parce qu'il", "puisqu'il".
_BECAUSE_ELIDED = r"(?:parce\s+qu|puisqu)['\u2019]"
_REASONED = re.compile(
    rf"(?i){starts(_OWN)}\b(?:{_OWN})[ \t]++(?:{USERNAME_WORDS})"
    # "again", "nochmal", "de nouveau" may stand between the label and the reason
    rf"(?:[ \t,]++[^\W\d_]{{1,12}}){{0,2}}?[ \t,]++(?:(?:{_BECAUSE})(?![^\W\d_])|{_BECAUSE_ELIDED})"
    # the reason: words, no digits, no colon, no masked value
    r"[^\n:\d\[\]]{1,80}:[ \t]*+"
    r"(?P<value>(?-i:[A-Za-z0-9][A-Za-z0-9._\-]{2,63}))[ \t]*+[.!]?[ \t]*+\Z"
)


def find_user_after_reason(view: str) -> Iterator[Span]:
    # substring tests before the scan: a colon and a user name's word stand in every match
    if ":" not in view or not may_hold(view, view.lower(), USERNAME_HINTS):
        return
    match = _REASONED.search(view)
    if match is None:
        return
    value = match.group("value")
    handle = any(c.isdigit() or c in "._-" for c in value)
    if handle and any(c.islower() for c in value):
        yield Span(match.start("value"), match.end("value"), "USERNAME", 0.7, "patterns")
