"""An e-mail address typed in two messages: its user name, then its domain.

Customers who fear autocorrect, or whose keyboard hides the "@", send the part before it
after the word that names it ("email jane.doe73", "adresse mail j_martin", "mi correo es
jdoe@", or "my address is jane.doe" for a user name no street has) and the domain on its
own in the next message ("example.com", "@example.org", "at example.net"). Neither part
holds an "@" and a domain, so ``contact.find_email`` sees neither; the cross-message marker
(``continuation``) pairs them, and this module only says what each part looks like.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import words
from connect_privacy.redaction.patterns.secrets import SPELLED_DOT
from connect_privacy.redaction.spans import Span

EMAIL_WORDS = words(
    r"e-?\s?mail(?:\s*-?\s*(?:address|adresse|adresa))?",
    r"mail\s*-?\s*adresse",
    # "Mail" alone is German's e-mail, and chat's everywhere ("mail jane.doe73")
    r"mail",
    r"(?:adresse|endere[çc]o)\s*(?:de\s*)?(?:e-?\s?)?mail",
    r"courriel",
    r"correo(?:\s*electr[óo]nico)?",
)
# The copula or colon between the word and the user name ("email is", "correo es", "mail:").
_LINK = r"[\s:=\-]{1,4}(?P<copula>(?:is|es|est|ist|é|c['\u2019]est)[\s:]{1,3})?"
# A user name ending the message, maybe with its "@" typed ("jdoe@") or said ("jane.doe at",
# a mark for neither: "email them at" is a sentence cut short): four characters at least,
# a lower-case letter among them (capitals and digits are a reference's: "email INC-2093"),
# starting and ending with a letter or a digit as providers require (so "email sent." is no
# "sent." with a dot).
_USER = re.compile(
    rf"{_LINK}(?P<value>(?=[^@\s]{{0,63}}[a-z])"
    r"[A-Za-z0-9][A-Za-z0-9._+\-]{2,62}[A-Za-z0-9](?P<at>@?))"
    r"(?:\s{1,3}(?i:at|arroba|arobase))?[\s.!]{0,3}"  # the "@" said, the domain to come
)
# A user name with a dot, an underscore, a dash, a plus or a digit is no word of chat.
_MARKED = re.compile(r"[0-9._+\-]")
# Of letters only ("kmartin"), a user name is read only in a short message that is a label
# and a value ("email kmartin", "mon adresse mail kmartin"), never in a sentence ("send it
# by email tomorrow") nor after a copula, where an adjective stands ("my email is wrong",
# "E-Mail ist falsch"), and must not be a word that follows "email" in such a message
# ("email address", "email sent", "correo enviado", "mail reçu", "E-Mail erhalten"): short
# words, the commonest of them, and the endings of participles and nouns.
_LABEL_WORDS_MOST = 2
_LETTERS_LEAST = 5
_NOT_USER = frozenset(
    {
        "address", "please", "thanks", "again", "instead", "below", "above", "support",
        "login", "account", "inbox", "there", "today", "change", "update", "issue",
        "problem", "error", "wrong", "right", "correct", "valid", "invalid", "same",
        "adresse", "merci", "encore", "compte", "gracias", "cuenta", "favor", "tambien",
        "correcto", "obrigado", "obrigada", "conta", "bitte", "danke", "konto", "erhalten",
        "bekommen", "incorrect", "incorrecto", "incorreto", "falsch", "faux", "falso",
        "newsletter", "newsletters", "receipt", "invoice", "password", "settings", "reply",
        "provider", "server", "domain", "contact", "signup", "marketing",
    }
)  # fmt: skip
_WORD_ENDINGS = (
    "ed", "ing", "ings", "ion", "ions", "ment", "ments",  # "changed", "notifications"
    "é", "ée", "és", "ées",  # "envoyé", "modifiée"
    "ado", "ada", "ido", "ida", "ción", "cion",  # "enviado", "recibida", "confirmación"
    "ção", "cao",  # "confirmação"
    "ung",  # "Bestätigung"
)  # fmt: skip
# The domain alone: an "@" or its word maybe before it, then labels and a top-level domain,
# with their dots typed or said ("example.com", "at example dot com", "arroba example punto es").
_DOMAIN = re.compile(
    r"(?i)[^\w\n@]{0,4}(?:(?:@|(?:at|arroba|arobase)\s{1,3})\s{0,2})?"
    rf"(?P<value>[a-z0-9](?:[a-z0-9\-]{{0,62}}{SPELLED_DOT}){{1,4}}[a-z]{{2,24}})[^\w\n]{{0,4}}"
)


# "my address is moreau.kim", "mon adresse c'est kim_moreau7": "address" alone names a
# street as often, so only what no street is follows it: two runs of letters joined by a dot
# or an underscore, maybe digits after.
_ADDRESS_WORDS = words(r"address", r"adresse", r"direcci[óo]n", r"endere[çc]o")
# What every word of ``_ADDRESS_WORDS`` holds: a substring test before the scan.
_ADDRESS_STEMS = ("ddress", "dresse", "recci", "ndere")
_JOINED_NAME = re.compile(r"[a-z]+[._][a-z]+[0-9]{0,4}")


def user_name_ending(view: str) -> tuple[int, int] | None:
    """Where the user name that ends ``view`` after an e-mail word is, if it does."""
    for word in EMAIL_WORDS.finditer(view):
        user = _USER.fullmatch(view, word.end())
        if user is not None and _user_name(user, labelled=_labels(view, word)):
            return user.span("value")
    if not any(map(view.__contains__, _ADDRESS_STEMS)):
        return None
    for word in _ADDRESS_WORDS.finditer(view):
        user = _USER.fullmatch(view, word.end())
        if user is not None and _JOINED_NAME.fullmatch(user.group("value").lower()):
            return user.span("value")
    return None


def _labels(view: str, word: re.Match[str]) -> bool:
    """Whether the e-mail word is the label of a short message ("my email", "email")."""
    return len(view[: word.start()].split()) <= _LABEL_WORDS_MOST


def _user_name(user: re.Match[str], *, labelled: bool) -> bool:
    value = user.group("value").rstrip("@")
    if user.group("at") or _MARKED.search(value):
        return True
    name = value.lower()
    return (
        labelled
        and user.group("copula") is None
        and len(name) >= _LETTERS_LEAST
        and name not in _NOT_USER
        and not name.endswith(_WORD_ENDINGS)
    )


# An address's user name alone, as the answer to a question for the e-mail: its "@" typed
# ("mikeweber@", "ok ana.lopez@"), or marked as no word is ("ana.lopez", "jdoe73"), with a
# filler or two before it; the domain follows in the next message.
_USER_ALONE = re.compile(
    r"(?i)[^\w\n@]{0,4}(?:[^\W\d_]{1,12}[\s,:.]{1,3}){0,2}?"
    r"(?P<value>[a-z0-9][a-z0-9._+\-]{0,62}[a-z0-9](?P<at>@?))"
    r"(?:\s{1,3}(?:at|arroba|arobase))?[^\w\n@]{0,4}"
)


def user_name_alone(view: str) -> tuple[int, int] | None:
    """Where the user name of an address asked for is, when ``view`` holds it alone."""
    user = _USER_ALONE.fullmatch(view)
    if user is None:
        return None
    value = user.group("value").rstrip("@")
    if not any(c.isalpha() for c in value):
        return None  # "1234@": no address's name
    if user.group("at") or (_MARKED.search(value) and "." not in value[-4:]):
        return user.span("value")
    return None


def domain_alone(view: str) -> tuple[int, int] | None:
    """Where the domain is when ``view`` holds nothing else ("example.com", "@example.org")."""
    domain = _DOMAIN.fullmatch(view)
    return domain.span("value") if domain is not None else None


# Both parts in one message with the "@" left out, a space in its place (a keyboard that
# hides it, or autocorrect that ate it): "email jdoe73 example.com", "e-mail ana.lopez7
# post.test". The user name must be marked (``_MARKED``) and the domain have its dots typed:
# "email support example.com" or "mail sent today." are words.
_USER_THEN_DOMAIN = re.compile(
    rf"{_LINK}(?P<value>[A-Za-z0-9][A-Za-z0-9._+\-]{{0,62}}[A-Za-z0-9])[ \t]{{1,3}}"
    r"(?P<domain>(?i:[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,3}\.[a-z]{2,24}))"
    r"(?![\w@\-]|\.\w)"
)
# What every word of ``EMAIL_WORDS`` holds: a substring test before the scan.
_EMAIL_STEMS = ("mail", "corre", "courriel")


def find_address_without_at(view: str) -> Iterator[Span]:
    """An address after its word with a space where its "@" belongs."""
    low = view.lower()
    if "." not in view or not any(map(low.__contains__, _EMAIL_STEMS)):
        return
    for word in EMAIL_WORDS.finditer(view):
        found = _USER_THEN_DOMAIN.match(view, word.end())
        if found is not None and _MARKED.search(found.group("value")):
            yield Span(found.start("value"), found.end("domain"), "EMAIL", 0.8, "patterns")
