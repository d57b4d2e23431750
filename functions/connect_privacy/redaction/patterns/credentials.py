"""Credentials: ``AWS_ACCESS_KEY``, ``AWS_SECRET_KEY`` and ``PASSWORD``.

AWS access key IDs have a documented shape (a four-letter prefix such as AKIA
or ASIA and 16 upper-case letters or digits). A secret access key is 40
characters of base64; one standing alone that mixes upper case, lower case and
digits is treated as one (a hex digest is all lower case, a word has no digits).

A password has no shape at all, so it is the word after password words and a
connective ("is", ":", "=", "changed to"), unless that word is ordinary English
("my password is not working"); without a connective, only a word that looks
like a password (digits or symbols, six characters or more) is taken. People
also put words between the two ("my password, after the reset, is now X"), so
the first word within a few words after a password word, in the same
sentence, that mixes letters with digits or symbols is taken as well (a plain
number there is far more often an order or account reference).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import starts
from connect_privacy.redaction.spans import Span

_ACCESS_KEY = re.compile(
    r"(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)"
    r"[A-Z0-9]{16}(?![A-Za-z0-9])"
)
_SECRET_KEY = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
_SECRET_WORDS = re.compile(r"(?i)secret|aws|access\s*key")

_LOGIN_WORDS = (
    r"pass\s*+words?|passwords?|passwd|pwd|pw|passphrase|pass\s*+phrase|login\s*+code"
    r"|log\s*+in\s*+code|contrase[ñn]a|contra|clave|mdp|mot\s*+de\s*+passe|passwort|kennwort"
    r"|senha|palavra\s*+-?\s*+passe"
    # the usual misspellings
    r"|pas?sw(?:or|ro|o|r)d|contrase?n(?:i|y)?a|sneha|senah|pasword|kenwort|passwrot"
    # the final letter dropped or swapped: passwot, paswort, passwod, passwor
    r"|pas?swo(?:r?[dt]|r)|passwd"
)
_QUOTE = "\"'\u2018\u2019\u201c\u201d`"
# Longest first: "is now X" must not stop at "is". Every whitespace run is
# possessive (``\s++``, ``\s*+``): a run is taken whole or not at all, so a long
# run of spaces after a password word costs one pass, not one pass per way of
# splitting it between two adjacent ``\s*`` (that was quadratic).
_CONNECTIVE = (
    r"\s++(?:es|est|ist|é|era|war|était)\s++"
    r"|\s++(?:is\s++now|now\s++is|(?:has\s++been\s++|was\s++|got\s++)?"
    r"(?:changed|reset|set|updated)(?:\s++it)?\s++to|it'?s|its)\s++"
    r"|\s++(?:(?:is|was)(?!\w)|=)\s*+(?:[:=]\s*+)?"
    r"|\s*+[:=]\s*+"
)
_PASSWORD = re.compile(
    rf"(?i){starts(_LOGIN_WORDS)}\b(?:{_LOGIN_WORDS})(?P<connective>{_CONNECTIVE}|\s++)[{_QUOTE}]?"
    # The value cannot start with the connective's own ":" or "=", and stops
    # before a mask token left by an earlier redaction.
    rf"(?P<value>[^\s{_QUOTE}\[\]:=](?:(?!\[[A-Z][A-Z0-9_]*\])[^\s{_QUOTE}])*)"
)
# "pass" for a password ("le pass", "a pass"): only with a connective that hands over a value
# ("pass en X", "pass pra X", "pass is X"), and only a value that looks like a password.
_SHORT_PASS = re.compile(
    rf"(?i)\bpass(?<!boarding\spass)(?<!bus\spass)(?<!day\spass)\s++(?:en|pra|para|to|is|es|est|ist|é|=|:)\s++"
    rf"[{_QUOTE}]?(?P<value>[^\s{_QUOTE}\[\]:=]{{6,64}})"
)
# "pass:" as a form label ("user: ana pass: Sol2024!"), the colon or "=" glued to it.
_PASS_LABEL = re.compile(
    rf"(?i)\bpass(?<!boarding\spass)[:=]\s*+[{_QUOTE}]?(?P<value>[^\s{_QUOTE}\[\]:=]{{6,64}})"
)
_NOT_A_PASSWORD = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "not",
        "no",
        "is",
        "was",
        "are",
        "be",
        "been",
        "being",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "to",
        "for",
        "of",
        "on",
        "in",
        "at",
        "by",
        "with",
        "from",
        "as",
        "if",
        "so",
        "too",
        "very",
        "still",
        "just",
        "also",
        "again",
        "now",
        "then",
        "here",
        "there",
        "please",
        "pls",
        "thanks",
        "thank",
        "thx",
        "help",
        "reset",
        "resets",
        "change",
        "changed",
        "changing",
        "update",
        "updated",
        "expired",
        "expires",
        "expire",
        "wrong",
        "incorrect",
        "invalid",
        "correct",
        "right",
        "locked",
        "blocked",
        "stuck",
        "working",
        "work",
        "works",
        "doesn't",
        "does",
        "didn't",
        "did",
        "won't",
        "will",
        "isn't",
        "wasn't",
        "can't",
        "cannot",
        "cant",
        "dont",
        "don't",
        "forgot",
        "forget",
        "forgotten",
        "lost",
        "same",
        "different",
        "new",
        "old",
        "case",
        "sensitive",
        "required",
        "field",
        "box",
        "link",
        "email",
        "e-mail",
        "sms",
        "text",
        "code",
        "reset?",
        "manager",
        "policy",
        "requirements",
        "rules",
        "hint",
    ]
)
_TRAILING = ".,;:!?)"


def find_aws_keys(view: str) -> Iterator[Span]:
    for match in _ACCESS_KEY.finditer(view):
        yield Span(match.start(), match.end(), "AWS_ACCESS_KEY", 0.95, "patterns")
    secret_words: bool | None = None  # searched once, on the first candidate
    for match in _SECRET_KEY.finditer(view):
        key = match.group()
        mixed = (
            any(c.isupper() for c in key)
            and any(c.islower() for c in key)
            and any(c.isdigit() for c in key)
        )
        if not mixed and not key.isalpha() and secret_words is None:
            secret_words = _SECRET_WORDS.search(view) is not None
        if mixed or (secret_words and not key.isalpha()):
            yield Span(match.start(), match.end(), "AWS_SECRET_KEY", 0.8, "patterns")


def find_password(view: str) -> Iterator[Span]:
    for match in _PASSWORD.finditer(view):
        value = match.group("value")
        word = value.rstrip(_TRAILING).lower()
        if not word or word in _NOT_A_PASSWORD:
            continue
        if not match.group("connective").strip() and not _looks_like_password(value):
            continue
        yield Span(match.start("value"), match.end("value"), "PASSWORD", 0.75, "patterns")
    for match in _PASS_LABEL.finditer(view):
        value = match.group("value").rstrip(_TRAILING)
        if _mixes_letters_and_others(value) and not _EMAIL_SHAPE.search(value):
            begin = match.start("value")
            yield Span(begin, begin + len(value), "PASSWORD", 0.7, "patterns")
    for match in _SHORT_PASS.finditer(view):
        value = match.group("value").rstrip(_TRAILING)
        if _mixes_letters_and_others(value) and not _EMAIL_SHAPE.search(value):
            begin = match.start("value")
            yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")


# How far after a password word a password-looking word is still taken as the password.
_NEARBY_WORDS = 8
_LOGIN_WORD = re.compile(rf"(?i){starts(_LOGIN_WORDS)}\b(?:{_LOGIN_WORDS})\b")
_WORD = re.compile(r"\S+")
_MASK = re.compile(r"\[[A-Z][A-Z0-9_]*\]")
# An e-mail address or a URL after a password word is not the password; "@" alone is a symbol.
# "app v2.3.1": a version number near a password word is not the password.
_VERSION = re.compile(r"(?i)v?[0-9]+(?:\.[0-9]+){1,3}")
_EMAIL_SHAPE = re.compile(r"@[\w\-]+\.[A-Za-z]{2,}|://")


def find_nearby_password(view: str) -> Iterator[Span]:
    for login in _LOGIN_WORD.finditer(view):
        if login.start() > 0 and view[login.start() - 1] == "[":
            continue  # "[PASSWORD]": a mask token left by an earlier pass, not a password word
        for count, word in enumerate(_WORD.finditer(view, login.end())):
            if count == _NEARBY_WORDS or _MASK.search(word.group()):
                break
            punctuation = not any(c.isalnum() for c in word.group())
            if count == 0 and word.start() == login.end() and punctuation:
                continue  # "password?", "password:": its own punctuation, not a sentence end
            value = word.group().strip(_QUOTE).rstrip(_TRAILING).strip(_QUOTE)
            if (
                _mixes_letters_and_others(value)
                and not _EMAIL_SHAPE.search(value)
                and not _VERSION.fullmatch(value)
            ):
                begin = word.start() + word.group().index(value)
                yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")
                break
            if word.group()[-1] in ".!?":  # the sentence ended before a password appeared
                break


def _mixes_letters_and_others(value: str) -> bool:
    return (
        len(value) >= 6 and any(c.isalpha() for c in value) and any(not c.isalpha() for c in value)
    )


def _looks_like_password(value: str) -> bool:
    return len(value) >= 6 and any(not c.isalpha() for c in value.rstrip(_TRAILING))
