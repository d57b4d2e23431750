"""A user name asked for in one message and sent alone in the next.

A customer who checks what the agent wants ("votre identifiant ?", "Ihr Nutzername?",
"username?") sends the name on its own next ("betoz30", "@mike.fan97"). Neither message
names the other, so ``secrets.find_username`` sees no name; the cross-message marker
(``continuation``) pairs them, and this module only says what each message looks like.
When the agent asked (a turn the customer's side does not hold), the answer alone still
reads as one: a handle after a copula and nothing else ("its dave_walsh", "ist mia_schmidt").
A name cut short after its word ("user jane.r") has its rest sent alone the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import IS, bare_code
from connect_privacy.redaction.patterns.secrets import USERNAME_WORDS, names_account_state
from connect_privacy.redaction.spans import Span

# The question: a user name's word and a question mark, maybe after a possessive or an
# article ("your login?", "et ton pseudo ?", "¿tu usuario?"), in a short message.
_ASKED_MOST = 32
_ASKED = re.compile(rf"(?i)[^\w\n]{{0,4}}(?:[^\W\d_]+\s+){{0,2}}(?:{USERNAME_WORDS})\s*\?+\s*")
# The name alone: a handle's shape, a letter and a digit or a dot, underscore, dash or at sign
# in it ("betoz30", "@mike.fan97", "jdoe_x"); a word alone ("yes", "pourquoi") is a reply.
_HANDLE_ALONE = re.compile(
    r"[^\w\n@]{0,4}(?P<value>@?[A-Za-z0-9][A-Za-z0-9._\-]{2,63})[^\w\n]{0,4}", re.ASCII
)
_HANDLE_MARKS = frozenset("0123456789._-@")


def user_name_asked(view: str) -> bool:
    """Whether ``view`` only asks for a user name."""
    return len(view) <= _ASKED_MOST and "?" in view and _ASKED.fullmatch(view) is not None


# A message that is only a user name's word and the name's first characters ("user jane.r",
# "Benutzername: jonas.k", "my login is jdoe"): the customer hit send mid-name, the rest
# ("oss44") alone next. A word after the label that says what the account is ("user
# blocked", "login page") starts no name.
_LABELLED_MOST = 48
_LABELLED = re.compile(
    rf"(?i)[^\w\n]{{0,4}}(?:(?:my|mein|meine?n?|mi|mon|ma|meu|minha)\s++)?(?:{USERNAME_WORDS})"
    rf"(?:\s*+(?:{IS}|:|=|-)){{0,2}}\s++(?P<value>@?[A-Za-z0-9][A-Za-z0-9._\-]{{1,63}}+)"
    r"[^\w\n]{0,4}"
)


def user_name_labelled(view: str) -> bool:
    """Whether ``view`` is only a user name's word and a name (or its first characters)."""
    if len(view) > _LABELLED_MOST:
        return False
    labelled = _LABELLED.fullmatch(view)
    return labelled is not None and not names_account_state(labelled.group("value"))


# The name visibly unfinished: its label's value ends with a joiner ("sofia_", "lea.") or with
# a joiner and one letter, a first name and the surname's initial ("marie_f", "jane.r"). The
# rest may then be letters alone ("erreira", "brown"), which a finished name never leaves.
_CUT_END = re.compile(r"[._\-][A-Za-z]?\Z")
# The rest of a cut name alone: letters, a capital at most first.
_LETTERS_ALONE = re.compile(r"[^\w\n]{0,4}(?P<value>[^\W\d_][^\W\d_A-Z]{2,31})[^\w\n]{0,4}")
# What a customer sends alone while typing, in the five languages: a reply, never a name's rest.
_CHAT_WORDS = frozenset({
    "ok", "okay", "yes", "yeah", "yep", "nope", "sure", "hmm", "oops", "lol", "sorry", "thanks",
    "thx", "wait", "moment", "please", "pls", "hello", "help", "typo", "what", "why", "hey",
    "gracias", "perdón", "perdon", "disculpa", "espera", "momento", "hola", "ayuda", "vale",
    "bueno", "claro", "listo", "porfa", "merci", "pardon", "désolé", "desole", "oups",
    "attends", "bonjour", "salut", "aide", "voilà", "voila", "ouais", "danke", "hallo",
    "hilfe", "warte", "bitte", "genau", "klar", "sekunde", "obrigado", "obrigada",
    "desculpa", "desculpe", "olá", "ola", "ajuda", "beleza", "certo", "pronto", "sim", "não",
    "nao", "oui", "non", "nein", "doch", "fertig", "done", "tudo", "nada", "rien",
    "nothing", "nichts", "again", "otra", "encore", "nochmal", "wrong", "falsch", "faux",
})  # fmt: skip


def user_name_cut(view: str) -> bool:
    """Whether ``view`` is only a user name's word and a name visibly cut short."""
    if len(view) > _LABELLED_MOST:
        return False
    labelled = _LABELLED.fullmatch(view)
    return labelled is not None and _CUT_END.search(labelled.group("value")) is not None


def user_name_rest(text: str) -> tuple[int, int] | None:
    """Where the rest of a name cut short is, when ``text`` holds it alone: a handle's shape,
    or letters that no reply is ("erreira" after "user marie_f"; not "thanks")."""
    handle = handle_alone(text)
    if handle is not None:
        return handle
    rest = _LETTERS_ALONE.fullmatch(text)
    if rest is None:
        return None
    word = rest.group("value").lower()
    if word in _CHAT_WORDS or names_account_state(word):
        return None
    return rest.span("value")


def handle_alone(text: str) -> tuple[int, int] | None:
    """Where the handle ``text`` holds alone is, if it does."""
    handle = _HANDLE_ALONE.fullmatch(text)
    if handle is None:
        return None
    value = handle.group("value")
    if not _HANDLE_MARKS.intersection(value) or not any(c.isalpha() for c in value):
        return None  # a word, or digits alone (a code, a number)
    return handle.span("value")


# A handle after a copula, the whole message but for a word of assent before it ("its
# dave_walsh", "ok it's kyle.walsh", "ja ist mia_schmidt", "c'est jdoe_77"): the answer to
# the agent's question. Only a handle's shape: two letters first, then one dot or underscore
# between letters or digits ("liam_patel"; two dots make a domain), or four letters or more
# and two to four digits ("mikeok16"; not "mp3", "win10", "3pm").
_ANSWERED_MOST = 48
_ANSWERED_HANDLE = re.compile(
    # "its" as typed, without its apostrophe
    rf"(?i)(?<![\w'\u2019])(?:its|{IS})\s++"
    r"(?P<value>@?(?-i:[A-Za-z]{2}[A-Za-z0-9]*+[._][A-Za-z0-9]++|[A-Za-z]{4,}+[0-9]{2,4}))"
    r"(?![\w@]|[._]\w)"
)


def find_answered_handle(view: str) -> Iterator[Span]:
    if len(view) > _ANSWERED_MOST:
        return  # prose, left to the finders that need the name's word
    for match in _ANSWERED_HANDLE.finditer(view):
        if bare_code(view, match.start("value"), match.end("value")):
            yield Span(match.start("value"), match.end("value"), "USERNAME", 0.6, "patterns")
