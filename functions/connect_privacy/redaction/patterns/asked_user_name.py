"""A user name asked for in one message and sent alone in the next.

A customer who checks what the agent wants ("votre identifiant ?", "Ihr Nutzername?",
"username?") sends the name on its own next ("betoz30", "@mike.fan97"). Neither message
names the other, so ``secrets.find_username`` sees no name; the cross-message marker
(``continuation``) pairs them, and this module only says what each message looks like.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.secrets import USERNAME_WORDS

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


def handle_alone(text: str) -> tuple[int, int] | None:
    """Where the handle ``text`` holds alone is, if it does."""
    handle = _HANDLE_ALONE.fullmatch(text)
    if handle is None:
        return None
    value = handle.group("value")
    if not _HANDLE_MARKS.intersection(value) or not any(c.isalpha() for c in value):
        return None  # a word, or digits alone (a code, a number)
    return handle.span("value")
