"""A user name or a password handed over after a remark on it, not right after its word.

Customers name the field, say something about it, and only then hand the value over, with
a question mark, a colon or a verb: "can you check my username is right on file? jdoe77",
"I need to update my login, the new one is ana.ruiz", "necesito cambiar mi usuario por
este: ana.ruiz", "mi usuaria es ana_ruiz7"; "vous avez bien mon mot de passe ? c'est
Sol#8812", "je voudrais modifier mon id, le nouveau c'est jdoe77"; "habt ihr mein Passwort
richtig hinterlegt? Nuage42!", "ich möchte mein Kundenlogin ändern, die neue ist
jonas.k"; "vcs tem meu usuario certo? e rio_1825", "meu utilizador e ana.ruiz7" (chat
Portuguese drops the accent of "é"). The finders of ``secrets`` and ``credentials`` read
the value only right after the word and its verb.

The remark is free, so the value carries the evidence: a user name must be a handle (small
letters with digits, or names joined by a dot or an underscore: never a plain word, an
address, a domain, a file or a version), a password a password's shape
(``credentials.answered_password``). The remark names no other field ("my username and the
password: X" hands over the password) nor a reference ("my user id is abc and ticket:
ab12345"), and the value stays in the remark's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from connect_privacy.redaction.patterns.context import (
    IS,
    NOT_PERSONAL,
    has_digit,
    has_letter,
    may_hold,
)
from connect_privacy.redaction.patterns.credentials import (
    EMAIL_SHAPE,
    LOGIN_WORD,
    LOGIN_WORDS,
    answered_password,
    may_name_login,
)
from connect_privacy.redaction.patterns.error_words import after_error_word
from connect_privacy.redaction.patterns.secrets import USERNAME_HINTS, USERNAME_WORDS
from connect_privacy.redaction.spans import Span

# The user name's words, with the feminine "usuaria" chat writes, "id" ("mon id c'est
# jdoe77": the value's shape decides) and a German compound ending in "login"
# ("Kundenlogin"). Not "handle", a verb as often ("my handle over there is jdoe_77" is
# left to ``secrets.find_named_handle``, which knows its places).
_USER_WORD = re.compile(
    rf"(?i)\b(?:[^\W\d_]{{2,12}}(?=login\b))?(?:{USERNAME_WORDS}|usuari[oa]|id)(?!\w)"
)
_USER_HINTS = (*USERNAME_HINTS, "id")
# The value is handed over: a question mark, a colon or an arrow, maybe a verb after it
# ("? c'est", "? e"); or a verb alone ("... the new one is", "... o novo e").
_VERB = rf"(?:{IS}|its|it\s+is|e|eh|ist|sind)"
_HANDOVER = re.compile(rf"(?i)\s*+(?:\?++|:|->|=)\s*+(?:{_VERB}\s++)?|\s++{_VERB}(?:\s*+:)?\s++")
# How far after the word the remark may run, and what ends it: a sentence, a line, a mask.
_REMARK_REACH = 48
_REMARK_ENDS = re.compile(r"\n|[.!;](?!\S)|[\[\]]")
# Another field named in the remark: the value handed over is that field's.
_OTHER_FIELD = (
    r"e-?mail|correo|courriel|phone|tel[ée]fono|t[ée]l[ée]phone|telefon"
    r"|pin|code|c[óo]digo|card|tarjeta|carte|karte|cart[ãa]o"
)
_OTHER_THAN_USER = re.compile(rf"(?i)\b(?:{_OTHER_FIELD}|{LOGIN_WORDS})\b")
_OTHER_THAN_PASSWORD = re.compile(rf"(?i)\b(?:{_OTHER_FIELD}|{USERNAME_WORDS})\b")
# A handle: small letters, with digits or a second name joined by a dot or an underscore.
_HANDLE = re.compile(
    r"(?P<value>[a-z][a-z0-9]{1,30}+(?:[._][a-z0-9]{2,30}+){0,2})(?![\w@/]|\.\w|-\w)"
)
# A domain's, a file's or a page's ending after the dot: not a name.
_NOT_NAME_END = re.compile(
    r"\.(?:com|net|org|edu|gov|io|co|uk|de|es|fr|pt|br|mx|eu|info|app|html?|php|pdf|txt|json"
    r"|csv|xml|zip|exe|png|jpe?g|gif|docx?|xlsx?|log)\Z"
)
_JOINERS = re.compile(r"[._]")
_PASSWORD_VALUE = re.compile(r"\S{6,64}")
# "?" and "!" end many passwords; a sentence's comma or full stop ends none.
_TRAILING = ".,;:)"


def find_remarked_credential(view: str) -> Iterator[Span]:
    if not has_letter(view):
        return
    low = view.lower()
    if may_hold(view, low, _USER_HINTS):
        for word in _USER_WORD.finditer(view):
            span = _handed_over(view, word.end(), _OTHER_THAN_USER, _user_name)
            if span is not None:
                yield span
    if has_digit(view) and may_name_login(view, low):
        for word in LOGIN_WORD.finditer(view):
            span = _handed_over(view, word.end(), _OTHER_THAN_PASSWORD, _password)
            if span is not None:
                yield span


def _handed_over(
    view: str,
    start: int,
    other_field: re.Pattern[str],
    value_at: Callable[[str, int], Span | None],
) -> Span | None:
    """The first value of the right shape handed over in the remark after ``start``."""
    end = min(len(view), start + _REMARK_REACH)
    stop = _REMARK_ENDS.search(view, start, end)
    if stop is not None:
        end = stop.start()
    for hand in _HANDOVER.finditer(view, start, end):
        # another field, or a reference ("... and ticket: ab12345"), named in the remark
        if (
            other_field.search(view, start, hand.start()) is not None
            or NOT_PERSONAL.search(view, start, hand.start()) is not None
        ):
            return None
        span = value_at(view, hand.end())
        if span is not None:
            return span
    return None


def _user_name(view: str, begin: int) -> Span | None:
    match = _HANDLE.match(view, begin)
    if match is None:
        return None
    value = match.group("value")
    joined = any(c in "._" for c in value)
    if not (joined or any(c.isdigit() for c in value)) or _NOT_NAME_END.search(value):
        return None
    if not any(c.isdigit() for c in value) and not _two_names(value):
        return None
    return Span(begin, match.end("value"), "USERNAME", 0.65, "patterns")


def _two_names(value: str) -> bool:
    """Names joined by a dot or an underscore, each of letters ("ana.ruiz", "jo_mar")."""
    parts = _JOINERS.split(value)
    return all(len(part) >= 2 and part.isalpha() for part in parts)


def _password(view: str, begin: int) -> Span | None:
    match = _PASSWORD_VALUE.match(view, begin)
    if match is None:
        return None
    value = match.group().rstrip(_TRAILING)
    if not answered_password(value) or EMAIL_SHAPE.search(value) or after_error_word(view, begin):
        return None
    return Span(begin, begin + len(value), "PASSWORD", 0.65, "patterns")
