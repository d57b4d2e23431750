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
number there is far more often an order or account reference). The value may
come first ("Sol#8812 is my new password", "Nuage42! c'est mon mdp"): a word
that looks like a password right before "is my (new) password" is taken too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import (
    IS,
    NOT_PERSONAL,
    QUALIFIER,
    WAS,
    before,
    has_digit,
    has_letter,
    letters_with_others,
    may_hold,
    starts,
    words,
)
from connect_privacy.redaction.patterns.device_model import names_a_device
from connect_privacy.redaction.patterns.error_words import ERROR_WORDS as ERROR_WORDS
from connect_privacy.redaction.patterns.spaced_password import spaced_password
from connect_privacy.redaction.patterns.worded_password import ends_with_worded_password
from connect_privacy.redaction.spans import Span

ACCESS_KEY_PREFIX = (
    r"(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)"
)
# The same prefix led by its "A", the look-behind asked after it: the scans below skip
# from one "A" to the next instead of trying the look-behind at every character.
_A_LED_PREFIX = r"A(?<![A-Za-z0-9]A)(?:3T[A-Z0-9]|KIA|SIA|BIA|CCA|GPA|IDA|IPA|NPA|NVA|PKA|ROA|SCA)"
_ACCESS_KEY = re.compile(_A_LED_PREFIX + r"[A-Z0-9]{16}(?![A-Za-z0-9])")
# The same key read out in groups, as it is copied off a screen or dictated: "AKIA
# ABCD1234 EFGH5678", "AKIA-ABCD-1234-EFGH-5678", "AKIA . ABCD1234 . EFGH5678". The prefix
# and the sixteen characters after it say it is one; a separator is a blank, a dot or a dash.
_SPACED_ACCESS_KEY = re.compile(
    _A_LED_PREFIX + r"(?:\s?[\s.\-]\s?[A-Z0-9]{4,8}){2,4}(?![A-Za-z0-9])"
)
_ACCESS_KEY_CHARS = 20
_SECRET_KEY = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
_SECRET_WORDS = re.compile(r"(?i)secret|aws|access\s*key")

LOGIN_WORDS = (
    r"pass\s*+words?|passwords?|passwd|pwd|pw|passphrase|pass\s*+phrase|login\s*+code"
    r"|log\s*+in\s*+code|contrase[ñn]a|contra|clave|mdp|mot\s*+de\s*+passe|passwort|kennwort"
    r"|senha|palavra\s*+-?\s*+passe"
    # the usual misspellings and shorthands: passowrd, passwrd, passward, pword, p-word,
    # Passwrt, Paswort, Kenwort, contrasña, contrasenia, mot-de-passe, mot de pass
    r"|pas?so?w(?:or|ro|o|r|ar|er)?d|p\s*-?\s*w(?:or|r)d|contras[eé]?[ñn](?:i|y)?a"
    r"|sneha|senah|sehna|pasword|passwrot|pas?swo?r?t|kenn?wo?r?t"
    # mot de passe, mot-de-passe, mot de pass, mot d passe, mot d'passe
    r"|mot\s*+-?\s*+d(?:e|['\u2019])?\s*+-?\s*+pass?e?"
    # the final letter dropped: passwor, paswor (passwot, passwod and passwd are above)
    r"|pas?swor"
    # an access code is a password by another name: code d'accès, código de acceso/acesso,
    # Zugangscode
    r"|access\s*+code|code\s*+d['\u2019]\s*+acc[èe]s|c[óo]digo\s*+de\s*+acc?ess?o"
    r"|zugangs\s*+-?\s*+code"
    # the Wi-Fi key is a password too: "code wifi", "clave del wifi", "senha do wi-fi",
    # "WLAN-Schlüssel", "wifi password", "pass for the wifi"
    r"|(?:code|cl[ée]|clave|senha|key|schl[üu]ssel|passwort|password|pass|contrase[ñn]a)\s*+"
    r"(?:(?:du|de|del|do|da|for|of)\s++(?:(?:la|the|o|a)\s++)?)?(?:wi\s*+-?\s*+fi|wlan)"
    r"|(?:wi\s*+-?\s*+fi|wlan)\s*+-?\s*+(?:code|key|schl[üu]ssel|passwort|password|pass|senha"
    r"|clave|contrase[ñn]a)"
)
# Straight and curly quotes, German low quotes and French guillemets (« X », „X“, »X«).
_QUOTE = "\"'\u2018\u2019\u201c\u201d\u201e`\u00ab\u00bb\u2039\u203a"
# Longest first: "is now X" must not stop at "is". Every whitespace run is
# possessive (``\s++``, ``\s*+``): a run is taken whole or not at all, so a long
# run of spaces after a password word costs one pass, not one pass per way of
# splitting it between two adjacent ``\s*`` (that was quadratic).
# "ist jetzt X", "es ahora X", "é agora X": a "now" after the verb is not the value.
_NOW = r"(?:(?:now|ahora|agora|maintenant|d[ée]sormais|jetzt|nun)\s++)?"
_CONNECTIVE = (
    # the password to come: "will be X", "va a ser X", "sera X", "wird X", "vai ser X"
    r"\s++(?:will\s++be|['\u2019]ll\s++be|va\s++a\s++ser|ser[áa]|vai\s++ser|sera|wird)\s++"
    rf"|\s++(?:es|est|ist|é|era|war|était|c['\u2019]?(?:était|etait|est))\s++{_NOW}"
    r"|\s++(?:is\s++now|now\s++is|(?:has\s++been\s++|was\s++|got\s++)?"
    r"(?:changed|reset|set|updated)(?:\s++it)?\s++to|it'?s|its)\s++"
    r"|\s++(?:(?:is|was)(?!\w)|=)\s*+(?:[:=]\s*+)?"
    # German "lautet" and "heißt": the word that reads the value out
    rf"|\s++(?:lautet|hei(?:ß|ss)t)\s++{_NOW}"
    r"|\s*+[:=]\s*+"
)
# A passphrase in quotes after its word and a connective: "my password is "correct horse
# battery staple"", "contraseña: 'sol y luna'". The whole quoted text is the value, even
# when it is ordinary words. The quote must close on the same line, within 64 characters.
_QUOTED_PASSWORD = re.compile(
    rf"(?i){starts(LOGIN_WORDS)}\b(?:{LOGIN_WORDS})(?:\s++{QUALIFIER})?(?:{_CONNECTIVE})"
    # French puts a space inside its guillemets: « X »
    rf"[{_QUOTE}]\s?(?P<value>[^\s{_QUOTE}\[\]][^{_QUOTE}\n\[\]]{{0,62}}[^\s{_QUOTE}\[\]])"
    rf"\s?[{_QUOTE}]"
)
_PASSWORD = re.compile(
    # "contraseña nueva: X", "senha atual é X": the qualifier after the noun, as the
    # Romance languages place it (only before a connective, see find_password)
    rf"(?i){starts(LOGIN_WORDS)}\b(?:{LOGIN_WORDS})(?P<qualifier>\s++{QUALIFIER})?"
    rf"(?P<connective>{_CONNECTIVE}|\s++)"
    rf"(?:[{_QUOTE}]\s?)?"
    # The value cannot start with the connective's own ":" or "=", and stops
    # before a mask token left by an earlier redaction.
    rf"(?P<value>[^\s{_QUOTE}\[\]:=](?:(?!\[[A-Z][A-Z0-9_]*\])[^\s{_QUOTE}])*)"
)
# "pass" for a password ("le pass", "a pass"): only with a connective that hands over a value
# ("pass en X", "pass pra X", "pass is X"), and only a value that looks like a password.
# Without the connective ("Login ist X und Pass Y"), a value with a lower-case letter and a
# digit or symbol: a passport number after German "Pass" is upper case and digits.
_SHORT_PASS = re.compile(
    rf"(?i)\bpass(?<!boarding\spass)(?<!bus\spass)(?<!day\spass)"
    # "pass en X", "pass is X", "pass vieja era X", "l'ancien pass c'était X"
    rf"(?:\s++(?P<connective>(?:{QUALIFIER}\s++)?"
    rf"(?:en|pra|para|to|is|was|es|era|est|c['\u2019]est|c['\u2019]?[ée]tait|[ée]tait|ist|war|é|foi"
    rf"|=|:)\s++)?|\s*+(?P<sign>[=:])\s*+)"
    rf"[{_QUOTE}]?(?P<value>[^\s{_QUOTE}\[\]:=]{{6,64}})"
)
# What a password holds and a passport number typed after German "Pass" never does (that
# has capitals, digits, maybe dashes, maybe brackets around it).
_PASSWORD_SYMBOL = re.compile(r"[.*#!$%&+?_~^]")
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
        # the same in Spanish, French, German and Portuguese: "la contraseña es incorrecta",
        # "le mdp c'était faux", "das Passwort ist falsch", "a senha é errada"
        "el",
        "la",
        "mi",
        "tu",
        "su",
        "le",
        "les",
        "mon",
        "ma",
        "un",
        "une",
        "der",
        "die",
        "das",
        "mein",
        "meine",
        "o",
        "meu",
        "minha",
        "incorrecta",
        "incorrecto",
        "correcta",
        "correcto",
        "inválida",
        "invalida",
        "errónea",
        "erronea",
        "caducada",
        "bloqueada",
        "faux",
        "fausse",
        "incorrect",
        "invalide",
        "bloqué",
        "expiré",
        "falsch",
        "ungültig",
        "abgelaufen",
        "gesperrt",
        "richtig",
        "errada",
        "errado",
        "incorreta",
        "incorreto",
        "inválido",
        "bloqueado",
        "expirada",
        "nueva",
        "nuevo",
        "nouveau",
        "neu",
        "neues",
        "nova",
        "novo",
        "igual",
        "même",
        "gleich",
        "mesma",
        "mesmo",
        # the future's verbs, read as the value once the password after them is masked
        "sera",
        "será",
        "wird",
        "vai",
        "va",
        "ser",
        # and what a password is said to become: "va a ser cambiada", "sera réinitialisé",
        # "wird nicht akzeptiert", "vai ser alterada"
        "nicht",
        "cambiada",
        "cambiado",
        "restablecida",
        "enviada",
        "réinitialisé",
        "réinitialisée",
        "modifié",
        "modifiée",
        "changé",
        "changée",
        "envoyé",
        "geändert",
        "zurückgesetzt",
        "gesendet",
        "alterada",
        "alterado",
        "redefinida",
        "mudada",
        "jetzt",
        "nun",
        "ahora",
        "agora",
        "maintenant",
    ]
)
_TRAILING = ".,;:!?)"
_LEADING = "(¿¡"


def find_aws_keys(view: str) -> Iterator[Span]:
    if not has_letter(view):
        return  # an access key's prefix is letters; a secret key needs mixed case or its words
    for match in _ACCESS_KEY.finditer(view):
        yield Span(match.start(), match.end(), "AWS_ACCESS_KEY", 0.95, "patterns")
    for match in _SPACED_ACCESS_KEY.finditer(view):
        if sum(c.isalnum() for c in match.group()) == _ACCESS_KEY_CHARS:
            yield Span(match.start(), match.end(), "AWS_ACCESS_KEY", 0.9, "patterns")
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
    if not has_letter(view) or not may_name_login(view, view.lower()):
        return  # every password word is letters, and holds a hint
    for match in _PASSWORD.finditer(view):
        # A quoted passphrase starts where a password does: read only there.
        quoted = _QUOTED_PASSWORD.match(view, match.start())
        if quoted is not None:
            yield Span(quoted.start("value"), quoted.end("value"), "PASSWORD", 0.75, "patterns")
        value = match.group("value")
        word = value.rstrip(_TRAILING).lower()
        if not word or word in _NOT_A_PASSWORD:
            continue
        chunks = spaced_password(view, match.start("value"))
        if chunks is not None:  # "pw Mond _95l 1nub": typed with spaces inside
            yield Span(*chunks, "PASSWORD", 0.75, "patterns")
            continue
        if not match.group("connective").strip() and (
            match.group("qualifier")
            or not (
                _looks_like_password(value)
                or _cut_short(view, match.end("value"), value)
                or ends_with_worded_password(view, match, value)
            )
        ):
            continue
        yield Span(match.start("value"), match.end("value"), "PASSWORD", 0.75, "patterns")
    for match in _SHORT_PASS.finditer(view):
        value = match.group("value").rstrip(_TRAILING)
        wordless = match.group("connective") is None
        bare = wordless and match.group("sign") is None
        if (
            mixes_letters_and_others(value)
            and not EMAIL_SHAPE.search(value)
            and not (wordless and _passport_or_initials(value))
            and not (bare and _VERSION.fullmatch(value))
        ):
            begin = match.start("value")
            yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")


def is_not_a_password(word: str) -> bool:
    """Whether ``word`` (lower case), read where a password's value stands, is prose."""
    return word in _NOT_A_PASSWORD


def _passport_or_initials(value: str) -> bool:
    """Whether ``value``, upper case after a bare "pass", is a German passport ("Pass:
    C01X00T47", "Pass (C01X-00T47)") or initials ("pass U.S. customs"); with a digit
    and a dot, a star or a hash ("pass LION.4821") it is the password no passport prints."""
    return value.upper() == value and (
        _PASSWORD_SYMBOL.search(value) is None or not has_digit(value)
    )


# How far after a password word a password-looking word is still taken as the password.
_NEARBY_WORDS = 8
# How far a value in quotes is still taken, across one sentence end.
_QUOTED_NEARBY_WORDS = 14
LOGIN_WORD = re.compile(rf"(?i){starts(LOGIN_WORDS)}\b(?:{LOGIN_WORDS})\b")
# German writes a password's kind into one word ("Einmalpasswort", "Startkennwort",
# "Routerpasswort"), which the word boundary above does not split. Read only when the
# message holds "wort" at all.
_COMPOUND_LOGIN = re.compile(r"(?i)\b[a-zäöüß]{3,20}(?:passwort|kennwort)\b")
_WORD = re.compile(r"\S+")
_MASK = re.compile(r"\[[A-Z][A-Z0-9_]*\]")
# An e-mail address or a URL after a password word is not the password; "@" alone is a symbol.
# "app v2.3.1": a version number near a password word is not the password.
_VERSION = re.compile(r"(?i)v?[0-9]+(?:\.[0-9]+){1,3}")
EMAIL_SHAPE = re.compile(r"@[\w\-]+\.[A-Za-z]{2,}|://")


# An error code the app showed is no password, though it mixes letters and digits: a hex
# status ("0x8E485E44") or an "ERR-7084"; and upper case and digits right after an error's
# word ("error", "erreur", "Fehler", "erro", "código de error").
_ERROR_CODE = re.compile(r"(?i)0x[0-9a-f]{2,16}|err(?:or)?[\-_#]?[0-9a-f]{2,8}")
_SHOWN_CODE = re.compile(r"[A-Z0-9][A-Z0-9\-_.]*")


def _error_code(view: str, begin: int, value: str) -> bool:
    return _ERROR_CODE.fullmatch(value) is not None or (
        _SHOWN_CODE.fullmatch(value) is not None and before(ERROR_WORDS, view, begin, 16)
    )


def find_nearby_password(view: str) -> Iterator[Span]:
    if not has_letter(view) or not may_name_login(view, view.lower()):
        return  # every password word is letters and holds a hint (a compound's "wor" too)
    # Without a quote in the message, the first sentence and the first few words are all
    # that is read after each password word.
    quotes = any(quote in view for quote in _QUOTE)
    logins: Iterator[re.Match[str]] = LOGIN_WORD.finditer(view)
    if "wort" in view:  # lower case within any compound but one in capitals
        logins = itertools.chain(logins, _COMPOUND_LOGIN.finditer(view))
    for login in logins:
        if login.start() > 0 and view[login.start() - 1] == "[":
            continue  # "[PASSWORD]": a mask token left by an earlier pass, not a password word
        # Past the first sentence or the first few words, only a value in quotes is taken:
        # "my password got leaked. the old one was 'Sol#8812'".
        quoted_only = False
        for count, word in enumerate(_WORD.finditer(view, login.end())):
            if count == _QUOTED_NEARBY_WORDS or _MASK.search(word.group()):
                break
            quoted_only |= count >= _NEARBY_WORDS
            if quoted_only and not quotes:
                break
            punctuation = not any(c.isalnum() for c in word.group())
            if count == 0 and word.start() == login.end() and punctuation:
                continue  # "password?", "password:": its own punctuation, not a sentence end
            # "password=X" read as one word: its "=" or ":" is not part of the value
            value = word.group().lstrip("=:").strip(_QUOTE).lstrip(_LEADING).rstrip(_TRAILING)
            value = value.strip(_QUOTE)
            if (
                (not quoted_only or _quoted(word.group()))
                and mixes_letters_and_others(value)
                and not _CLOCK.fullmatch(value)
                and not EMAIL_SHAPE.search(value)
                and not _VERSION.fullmatch(value)
                and not _error_code(view, word.start(), value)
                and not names_a_device(view, word.start())
                # a reference word ("reçu", "ref") may stand before it, unless the value
                # holds a password's symbol ("reçu : winter&915")
                and (
                    _mixed_case(value)
                    or any(_symbol(c) for c in value)
                    or not before(NOT_PERSONAL, view, word.start(), 16)
                )
            ):
                begin = word.start() + word.group().index(value)
                yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")
                break
            if word.group()[-1] in ".!?":  # the sentence ended before a password appeared
                if quoted_only:
                    break
                quoted_only = True


# "troquei às 8:15pm", "um 14h30": a time of day near a password word is not the password.
_CLOCK = re.compile(r"(?i)[0-9]{1,2}(?:[:.h][0-9]{2})?\s?(?:am|pm|h|uhr)?")


def _quoted(word: str) -> bool:
    """Whether ``word`` opens with a quote (after an opening bracket) and closes with one."""
    inner = word.lstrip(_LEADING).rstrip(_TRAILING)
    return len(inner) > 2 and inner[0] in _QUOTE and inner[-1] in _QUOTE


# The value first: "Sol#8812 is my new password", "Nuage42! c'est mon mdp", "Sol#8812 era
# a senha": a word, a connective, maybe "my" and "new", then a password word. One pass:
# the word is taken whole (possessive) and only where a word starts.
_VALUE_FIRST = re.compile(
    # (a value of letters only is never taken: the look-ahead drops "password is password"
    # before the connective and the password word are read)
    rf"(?i)(?<!\S)[{_QUOTE}]?(?=[^\s]{{0,63}}[^\sA-Za-z])"
    rf"(?P<value>[^\s{_QUOTE}\[\]]{{6,64}}+)[{_QUOTE}]?\s++"
    # an arrow or a dash may point at the naming words: "X <- that's the password"
    r"(?:(?:<-{1,2}|-{1,2}>|[\-\u2013\u2014=:])\s++)?"
    r"(?:(?:that|this|it|esa|ese|eso|esta|este|isso|esse|essa|das|ça|ca)\s++)?"
    r"(?:is|was|es|era|est|c['\u2019]est|[ée]tait|ist|war|é|foi|sera"
    r"|(?:that|this|it)['\u2019]?s"
    # what it was typed as: "won't accept X as password", "no acepta X como contraseña",
    # "refuse X comme mot de passe", "nimmt X nicht als Passwort", "não aceita X como senha"
    r"|as|como|comme|(?:nicht\s++)?als"
    # what it was set to: "coloquei X de senha", "puse X de contraseña", "mis X en mot de passe"
    r"|de|en)\s++"
    r"(?:(?:my|the|mi|la|el|mon|le|ma|mein|meine|das|meu|minha|a|o)\s++)?"
    r"(?:(?:new|old|current|nueva|nuevo|vieja|nouveau|nouvel|ancien|neues|neue|altes"
    rf"|nova|novo|antiga)\s++)?(?:{LOGIN_WORDS})(?!\w)"
)


# Letters alone, typed as the password: "won't accept NxFXMlKbco as password"; taken only
# when their case flips like a generated one's (``_random_case``).
_LETTERS_AS = re.compile(
    r"(?<!\S)(?P<value>[^\W\d_]{8,64}+)\s++(?:as|como|comme|(?:nicht\s++)?als)\s++"
    r"(?:(?:my|the|mi|la|el|mon|le|ma|mein|meine|das|meu|minha|a|o)\s++)?"
    rf"(?:{LOGIN_WORDS})(?!\w)",
    re.IGNORECASE,
)


# How far before a password word its value-first phrase can start (value, copula, words).
_VALUE_FIRST_REACH = 128


def find_password_before_word(view: str) -> Iterator[Span]:
    first = LOGIN_WORD.search(view) if has_letter(view) else None
    if first is None:
        return  # no password word: nothing can name a value before it
    for match in _VALUE_FIRST.finditer(view, max(0, first.start() - _VALUE_FIRST_REACH)):
        value = match.group("value").lstrip(_LEADING).rstrip(_TRAILING)
        if (
            mixes_letters_and_others(value)
            and not EMAIL_SHAPE.search(value)
            and not _VERSION.fullmatch(value)
        ):
            begin = match.start("value") + match.group("value").index(value)
            yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")
    for match in _LETTERS_AS.finditer(view, max(0, first.start() - _VALUE_FIRST_REACH)):
        if _random_case(match.group("value")):
            yield Span(match.start("value"), match.end("value"), "PASSWORD", 0.6, "patterns")


def _mixed_case(value: str) -> bool:
    """Lower and upper case in one word: a password's, never a reference's ("mot de passe
    de l'espace client : soleil.Hase23", where "client" would say customer number)."""
    return any(c.islower() for c in value) and any(c.isupper() for c in value)


def mixes_letters_and_others(value: str) -> bool:
    return (len(value) >= 6 and letters_with_others(value)) or _random_case(value)


def _random_case(value: str) -> bool:
    """Letters alone whose case flips inside the word twice or more ("DJpeBQnUEdAH",
    "NgdvQfWPWtyh"): generated, not written; a name has one flip at most ("McDonald",
    "PlayStation", "iPhone")."""
    flips = sum(a.islower() and b.isupper() for a, b in itertools.pairwise(value))
    return len(value) >= 8 and value.isalpha() and flips >= 2


def _looks_like_password(value: str) -> bool:
    return len(value) >= 6 and any(not c.isalpha() for c in value.rstrip(_TRAILING))


# A password cut short where the message ends ("password gsSS7", "le mdp i1iwv", then the
# rest in the next message): shorter than a whole one, but letters with a digit or a symbol
# and nothing after it. "password help!", "password 2FA?" stay.
_CUT_SHORT_LEAST = 4


def _cut_short(view: str, end: int, value: str) -> bool:
    word = value.rstrip(_TRAILING)
    return (
        len(word) >= _CUT_SHORT_LEAST
        and not view[end:].strip()
        and has_letter(word)
        and not word.isalpha()
        and not _VERSION.fullmatch(word)
    )


# A password the message never names: the customer quotes what they typed at a login that
# failed ("I tried logging in with (Sol#8812) but it says invalid", "puse "Sol#8812" tres
# veces y me bloquearon", "hab „Sol#8812“ dreimal eingegeben"). Only a value in quotes or
# brackets, in a message about signing in, typing it or being locked out.
_ATTEMPT = re.compile(
    r"(?i)\b(?:log(?:ged|ging)?\s*-?\s*in|sign(?:ed|ing)?\s*-?\s*in|login|locked\s*out"
    r"|typed|entered|keyed\s*in|tried|invalid|incorrect|wrong|rejected"
    r"|intent[ée]|prob[ée]|incorrect[ao]|inv[áa]lid[ao]|rechaz\w*"
    r"|essay[ée]|invalide|refus[ée]e?|versucht|(?:aus)?probiert|falsch|ung[üu]ltig|abgelehnt"
    r"|tentei|errad[ao]|incorret[ao]|recusad[ao]"
    r"|bloque(?:ar)?on|bloquead[ao]s?|bloque(?:ou|ei)|bloqu[ée]e?s?|gesperrt|blockiert"
    r"|puse|escrib[íi]|ingres[ée]|iniciar\s*sesi[óo]n"
    r"|tap[ée]e?|saisi|connecter|connexion|identifiant"
    r"|eingegeben|eingetippt|anmelden|angemeldet|einloggen|eingeloggt"
    r"|digitei|coloquei|entrar|acessar|acesso)\b"
)
# What else a customer quotes after trying it: a promotion's or a gift card's code.
_QUOTED_CODE_WORDS = re.compile(
    r"(?i)\b(?:promo|coupon|cup[óo]n|cupom|voucher|gutschein|gift\s*card|code\s*promo"
    r"|c[óo]digo\s*promocional|rabatt)"
)
# Led by the opening mark, so the engine skips ahead to one.
_BRACKETED = re.compile(
    rf"(?:\(|[{_QUOTE}]\s?)(?P<value>[^\s{_QUOTE}()\[\]]{{6,64}}+)\s?(?=[{_QUOTE})])"
)


# Unquoted, a tried value is read only where the message names the password too: "digitei
# Soleil.16 na senha e nada", "j'ai tapé Nuage42! dans le mot de passe", "ich hab Hund2024!
# probiert, Passwort falsch", "puse Sol#8812 pero dice clave incorrecta".
_PLAIN_WORD = re.compile(rf"(?<!\S)(?P<value>[^\s{_QUOTE}()\[\]]{{6,64}}+)(?!\S)")
_TRIED_CHARS = 200
# Or where it says it cannot get in, which is the login it tried the values at: "komm nicht
# rein. hab Hund2024! und Katze#7 probiert", "can't get in, tried Sol#8812".
CANT_GET_IN = words(
    r"can['\u2019]?t\s+get\s+in",
    r"cannot\s+get\s+in",
    # "can't log in. tried Sol#8812 and Nuage42!": the login that refused the values
    r"can['\u2019]?t\s+(?:log|sign)\s*-?\s*in",
    r"cannot\s+(?:log|sign)\s*-?\s*in",
    r"won['\u2019]?t\s+let\s+me\s+in",
    r"kom+e?\s+(?:da\s+)?(?:nicht|nich|ned|net)\s+(?:mehr\s+)?rein",
    r"(?:nicht|nich)\s+(?:mehr\s+)?reinkomm(?:e|en)?",
    r"l[äa]sst\s+mich\s+(?:nicht|nich)\s+(?:mehr\s+)?rein",
    r"no\s+(?:puedo|me\s+deja)\s+entrar",
    # the "ne" is dropped as often as it is written: "j'arrive pas à me connecter"
    r"(?:n['\u2019]|j['\u2019]\s*)arrive\s+(?:pas|plus)\s+[àa]\s+(?:me\s+connecter|entrer)",
    r"n[ãa]o\s+consigo\s+entrar",
)
# What every word of ``LOGIN_WORDS`` holds: a substring test before the scans.
_LOGIN_HINTS = (
    "pas", "pw", "word", "wor", "log", "contra", "clave", "mdp", "ken", "senha", "sneha",
    "senah", "sehna", "mot", "acc", "ces", "zugang", "wi", "wlan", "palavra",
)  # fmt: skip

# What every word of ``LOGIN_WORDS`` but the Wi-Fi's and "pass" hold in lower case: "pas"
# (every "pass..." form, "mot de passe"), "wor"/"wrd" ("p-word", "p wrd"), "code"/"digo"
# (a login or access code, "código de acceso"). Tighter than ``_LOGIN_HINTS``, which keeps
# its own use as it was.
_LOGIN_WORD_HINTS = (
    "pas", "pw", "wor", "wrd", "contra", "clave", "mdp", "ken", "senha", "sneha", "senah",
    "sehna", "code", "digo",
)  # fmt: skip


def may_name_login(view: str, low: str) -> bool:
    """Whether ``view`` (``low`` in lower case) may hold a word of ``LOGIN_WORDS`` or "pass":
    a substring test before their scans; the Wi-Fi's key holds "wlan", or "wi" and "fi"."""
    return may_hold(view, low, _LOGIN_WORD_HINTS) or "wlan" in low or ("wi" in low and "fi" in low)


# What every word of ``_ATTEMPT`` holds in lower case ("log" in "einloggen", "ltig" in
# "ungültig", "meld" in "anmelden" and "angemeldet"): nothing is found without one.
_ATTEMPT_HINTS = (
    "log", "sign", "locked", "typed", "entered", "keyed", "tried", "invalid", "inválid",
    "incorre", "wrong", "rejected", "intent", "probe", "probé", "probiert", "rechaz", "essay",
    "refus", "versucht", "falsch", "ltig", "abgelehnt", "tentei", "errad", "recusad", "bloqu",
    "gesperrt", "blockiert", "puse", "escrib", "ingres", "iniciar", "tape", "tapé", "saisi",
    "conne", "identifiant", "einge", "meld", "digitei", "coloquei", "entrar", "aces",
)  # fmt: skip


def find_tried_password(view: str) -> Iterator[Span]:
    low = view.lower()
    if not may_hold(view, low, _ATTEMPT_HINTS):
        return  # every value found needs an ``_ATTEMPT`` word: a substring test first
    # the values first (most messages hold no quoted word), the message's words after
    found = [match for match in _BRACKETED.finditer(view) if _strong_password(match.group("value"))]
    if not found and len(view) <= _TRIED_CHARS and any(map(low.__contains__, _IN_TURN_HINTS)):
        found = _tried_in_turn(view)
    if not found and len(view) <= _TRIED_CHARS and any(map(low.__contains__, _TRIED_STEMS)):
        found = _tried_listed(view)
    if (
        not found
        and len(view) <= _TRIED_CHARS
        and any(map(low.__contains__, _TIMES_HINTS))
        and may_hold(view, low, _TYPED_HINTS)
    ):
        found = _tried_times(view)
    if (
        not found
        and len(view) <= _TRIED_CHARS
        and (
            (any(map(low.__contains__, _LOGIN_HINTS)) and LOGIN_WORD.search(view) is not None)
            or CANT_GET_IN.search(view) is not None
        )
        and _ATTEMPT.search(view) is not None
    ):
        # the words only in a message that names the password and an attempt (few do);
        # cheaper tests first: a word of letters with a digit or a symbol
        plain = [m for m in _PLAIN_WORD.finditer(view) if _maybe_password(m.group("value"))]
        found = [m for m in plain if _tried_value(m.group("value").rstrip(_TRAILING))]
        if found:
            found += [m for m in plain if m not in found and _tried_alongside(view, m, found)]
    if not found or _ATTEMPT.search(view) is None or _QUOTED_CODE_WORDS.search(view):
        return
    for match in found:
        value = match.group("value").rstrip(_TRAILING) if match.re is _PLAIN_WORD else ""
        if value and _error_code(view, match.start("value"), value):
            continue  # "coloquei a senha X e dá erro 0x807BA2D1": what the app answered
        end = match.start("value") + len(value) if value else match.end("value")
        yield Span(match.start("value"), end, "PASSWORD", 0.6, "patterns")


# A value typed a number of times: "i tried Sol#8812 like 10 times", "j'ai tapé nuage42
# genre 3 fois", "puse Gato!99 como 5 veces", "digitei lua_123 umas 2 vezes", "hab Hund2024!
# so 4 mal eingegeben" (German puts its verb last). Counting the attempts says it was typed
# at a login that refused it.
_TYPED_VERB = (
    r"tried|typed|entered|put\s+in|keyed\s+in|used|tap[ée]e?|saisi|essay[ée]|mis|rentr[ée]"
    r"|puse|prob[ée]|intent[ée]|escrib[íi]|ingres[ée]|us[ée]|digit[ée]|digitei|coloquei|tentei"
    r"|usei|botei|hab|habe|versucht|probiert|eingegeben|eingetippt"
)
_TIMES_WORD = r"times|x|fois|veces|vezes|mal"
_COUNT = (
    r"[0-9]{1,3}|a\s+few|a\s+couple(?:\s+of)?|several|many|two|three|four|five|ten|deux|trois"
    r"|quatre|cinq|dix|plusieurs|dos|tres|cuatro|cinco|diez|varias|muchas|duas|tr[êe]s|quatro"
    r"|dez|v[áa]rias|muitas|zwei|drei|vier|f[üu]nf|zehn|mehrere|x"
)
# a hedge on the count: "like", "about", "genre", "environ", "como", "unas", "umas",
# "tipo", "so", "etwa", "bestimmt"
_COUNT_HEDGE = (
    r"like|about|around|maybe|over|genre|environ|peut-[êe]tre|au\s+moins|tipo|como|unas|unos"
    r"|umas|uns|quase|mais\s+de|m[áa]s\s+de|plus\s+de|so|etwa|ca\.?|bestimmt|locker|mindestens"
)
_TRIED_TIMES = re.compile(
    rf"(?i)\b(?:{_TYPED_VERB})\s+(?P<value>[^\s{_QUOTE}()\[\]]{{6,64}}+)"
    rf"(?:\s+(?:{_COUNT_HEDGE}))?\s+(?:(?:{_COUNT})\s*-?\s*(?:{_TIMES_WORD})|twice|thrice"
    r"|zweimal|dreimal|viermal|f[üu]nfmal|zehnmal|mehrmals|x-mal)\b"
)
# What every count of ``_TRIED_TIMES`` holds: a substring test before the scan.
_TIMES_HINTS = ("time", "fois", "vez", "vec", "mal", "twice", "thrice", "x")
# What every verb of ``_TRIED_TIMES`` holds in lower case: a second substring test, as
# "x" of the counts is in most messages.
_TYPED_HINTS = (
    "tried", "typed", "entered", "put", "keyed", "use", "usé", "tap", "saisi", "essay", "mis",
    "rentr", "prob", "intent", "escrib", "ingres", "digit", "coloquei", "tentei", "botei", "hab",
    "versucht", "eingeg", "eingetippt",
)  # fmt: skip
# A login refused or a lock: what makes letters with digits ("soleil8054") a password.
_LOCKED = re.compile(
    r"(?i)\b(?:locked|blocked|bloqu\w*|gesperrt|blockiert|travad[ao]|trancad[ao]|invalid\w*"
    r"|incorrect\w*|incorret\w*|wrong|falsch\w*|errad[ao]|erron[ée]\w*)\b"
)

# A reference's capitals, a joint and its digits ("ORD-55812", "AB1234"): looked up, not
# signed in with.
_REFERENCE_SHAPE = re.compile(r"[A-Z]{1,6}[-/.#_]?[0-9]{3,}")


def _tried_times(view: str) -> list[re.Match[str]]:
    """The value typed a number of times: a password's shape, or letters with digits in a
    message about a login or a lock ("locked out, i tried soleil8054 like 8 times")."""
    found = []
    for match in _TRIED_TIMES.finditer(view):
        value = match.group("value").rstrip(_TRAILING)
        if _REFERENCE_SHAPE.fullmatch(value) is not None:
            continue  # "tried ORD-55812 2 times": an order's capitals and digits
        if _tried_value(value) or (
            _companion_guess(value)
            and (LOGIN_WORD.search(view) is not None or _LOCKED.search(view) is not None)
        ):
            found.append(match)
    return found


# Values tried one after the other: "j'ai essayé Sol#8812 puis nuage.42", "hab Hund.2024
# probiert und dann Katze#7", "tentei Gato!99 e depois lua_123", "I tried Sol#8812 then
# Moon_42". Two guesses in turn at something the message need not name are a password's:
# a reference or an order is looked up, not guessed twice. One word may sit before the
# connector: the verb put last ("probiert") or "first".
_IN_TURN = re.compile(
    r"(?i)\s+(?:\w+\s+)?(?:(?:and|und|et|y|e)\s+)?(?:then|puis|ensuite|dann|danach|depois"
    r"|luego|despu[ée]s)\s+"
)
# What every connector of ``_IN_TURN`` holds: a substring test before the scans.
_IN_TURN_HINTS = ("then", "puis", "ensuite", "dann", "danach", "depois", "luego", "despu")


def _tried_in_turn(view: str) -> list[re.Match[str]]:
    """The two values of a message that tried them in turn: each letters with digits and a
    small letter (a reference's code is written in capitals: "tried AB-1234 then AB-1235"),
    one of them a password's shape with a symbol or both cases."""
    if _ATTEMPT.search(view) is None:
        return []
    guesses = [
        match
        for match in _PLAIN_WORD.finditer(view)
        if _maybe_password(match.group("value"))
        and any(c.islower() for c in match.group("value"))
        and _companion_guess(match.group("value").rstrip(_TRAILING))
    ]
    for first, second in itertools.pairwise(guesses):
        if _IN_TURN.fullmatch(view, first.end(), second.start()) is not None and (
            _tried_value(first.group("value").rstrip(_TRAILING))
            or _tried_value(second.group("value").rstrip(_TRAILING))
        ):
            return [first, second]
    return []


# Two values listed right after the verb that tried them, or before it put last: "tried
# Sol#8812 and Moon_42", "j'ai essayé Sol#8812 et nuage.42", "hab Hund.2024 und Katze#7
# probiert". Guessed together at a login the message need not name, as in turn above; a
# device's or a product's name with its model number is what else one tries two of
# ("tried Galaxy22 and Pixel7").
_TRIED_VERB = r"tried|essay[ée]|versucht|probiert|prob[ée]|intent[ée]|tentei"
_TRIED_BEFORE = re.compile(rf"(?i)\b(?:{_TRIED_VERB})\s++\Z")
_TRIED_AFTER = re.compile(rf"(?i)\s++(?:aus)?(?:{_TRIED_VERB})\b")
# The verb put last and nothing after it but a mark or two: "hab Passwort Sol#8812 probiert".
_TRIED_LAST = re.compile(rf"(?i)\s++(?:aus)?(?:{_TRIED_VERB})[^\w\n]{{0,4}}")


def tried_verb_ends(text: str, end: int) -> bool:
    """Whether ``text`` ends, from ``end``, with the verb that tried the value before it."""
    return _TRIED_LAST.fullmatch(text, end) is not None


# What every verb of ``_TRIED_VERB`` holds: a substring test before the scans.
_TRIED_STEMS = ("tried", "essay", "versucht", "probiert", "prob", "intent", "tentei")


def _tried_listed(view: str) -> list[re.Match[str]]:
    """The two values listed next to the verb that tried them: each with a small letter (a
    reference's code is written in capitals), a password's shape or a guess beside one, and
    one of them more than a name with its model number."""
    guesses = [
        match
        for match in _PLAIN_WORD.finditer(view)
        if _maybe_password(match.group("value"))
        and any(c.islower() for c in match.group("value"))
        and (
            _tried_value(match.group("value").rstrip(_TRAILING))
            or _companion_guess(match.group("value").rstrip(_TRAILING))
        )
    ]
    for first, second in itertools.pairwise(guesses):
        values = (first.group("value").rstrip(_TRAILING), second.group("value").rstrip(_TRAILING))
        # the list's comma may end the first value's word ("probé Rio#4455, mar.2211"); a
        # "!" is the password's own ("essayé Soleil15! et Moon_42")
        after_first = first.end() - 1 if first.group("value").endswith(",") else first.end()
        if (
            _LISTED.fullmatch(view, after_first, second.start()) is not None
            and (
                _TRIED_BEFORE.search(view, 0, first.start()) is not None
                or _TRIED_AFTER.match(view, second.end()) is not None
            )
            and any(_tried_value(v) and _MODEL_NAME.fullmatch(v) is None for v in values)
        ):
            return [first, second]
    if not guesses or _LETTER_CASE.search(view) is None:
        return []
    return [match for match in guesses[:1] if _tried_alone(view, match)]


# A tried value's capitals wondered about: only a password's case matters ("probé Sol#8812 y
# nada, capaz las mayúsculas", "hab Hund_24$ probiert, vielleicht Großbuchstaben"); an order
# or a coupon is looked up whatever its case.
_LETTER_CASE = words(
    r"(?:caps|capitals?|upper\s*-?\s*case|lower\s*-?\s*case|case\s*-?\s*sensitive)",
    r"(?:may[úu]sculas?|min[úu]sculas?|mai[úu]sculas?)",
    r"(?:majuscules?|minuscules?|casse)",
    r"(?:gro(?:ß|ss)\s*-?\s*(?:und\s*klein)?\s*-?\s*(?:buchstaben|schreibung)|klein\s*buchstaben)",
)


def _tried_alone(view: str, match: re.Match[str]) -> bool:
    """One value right beside the verb that tried it, in a message wondering about its
    capitals: a password's shape, more than a name with its model number unless a "!" ends
    it ("tried Galaxy22" is a phone)."""
    raw = match.group("value")
    value = raw.rstrip(_TRAILING)
    return (
        (
            _TRIED_BEFORE.search(view, 0, match.start()) is not None
            or _TRIED_AFTER.match(view, match.end()) is not None
        )
        and _tried_value(value)
        # a "!" ending a guess is the password's own, as it is so often ("Bonjour14!")
        and (_MODEL_NAME.fullmatch(value) is None or raw.endswith("!"))
    )


def _maybe_password(word: str) -> bool:
    """Cheap first test: a letter and a digit or a symbol in the word."""
    return any(c.isalpha() for c in word) and not word.isalpha()


def _tried_value(value: str) -> bool:
    """An unquoted word that can only be a password: letters with digits and a symbol or
    both cases (``answered_password``), never a reference, a link or a login word."""
    return (
        answered_password(value)
        and LOGIN_WORD.search(value) is None
        and not any(c in value for c in "/\\")
        # a mention ("@jdoe42"; ``answered_password`` drops an address): an "@" inside a
        # word is a password's symbol
        and not value.startswith("@")
        and _DEVICE.fullmatch(value) is None
    )


# Words of one list of tried values: "saudade9836 und Soleil#22!", "abc123, Sol#8812".
_LISTED = re.compile(r"(?i)\s*(?:[,/]\s*|\s(?:and|or|und|oder|y|o|et|ou|e)\s+)")
_LISTED_LEAST = 6


def _tried_alongside(view: str, match: re.Match[str], found: list[re.Match[str]]) -> bool:
    """A word of letters and digits listed with a tried password ("hab saudade9836 und
    Soleil#22! probiert"): tried too, though alone it could be a name with its number."""
    if not _companion_guess(match.group("value").rstrip(_TRAILING)):
        return False
    return any(
        _LISTED.fullmatch(view, match.end(), other.start()) is not None
        or _LISTED.fullmatch(view, other.end(), match.start()) is not None
        for other in found
    )


def _companion_guess(value: str, least: int = _LISTED_LEAST) -> bool:
    """Letters with digits that may be a guess beside a password ("saudade9836",
    "soleil.71"), never a reference's word, a login word, an address or a device."""
    return not (
        len(value) < least
        or not any(c.isdigit() for c in value)
        # "ticket12345", "Bestellung#9981": a reference's word and its number
        or NOT_PERSONAL.match(value.rstrip("0123456789#-"))
        or LOGIN_WORD.search(value) is not None
        or any(c in value for c in "@/\\")
        or _DEVICE.fullmatch(value) is not None
    )


# "tentei pelo iPhone15": a device's or a shop's name with its model number.
_DEVICE = re.compile(r"[a-z][A-Z][A-Za-z]+[0-9]{1,3}")


# The old or the new one, said after the password was named: "l'ancien kiwi3334RIO", "la
# vieja Rio1825RIO", "a antiga Sol#8812", "the old one was Nuage42!". Only a value that
# cannot be a word or a reference: letters and digits, in both cases or with a symbol.
_ANY_DIGIT = re.compile(r"[0-9]")
_OLD_OR_NEW_WORDS = (
    r"old|new|previous|current|vieja|viejo|nueva|nuevo|anterior|actual|ancien(?:ne)?"
    r"|nouveau|nouvelle|actuel(?:le)?|(?:alte|neue|aktuelle|vorherige)[rns]?"
    r"|antig[ao]|nov[ao]|velh[ao]|atual"
)
# What every word of ``_OLD_OR_NEW_WORDS`` holds: a substring test before the scan.
_OLD_OR_NEW_STEMS = (
    "old",
    "new",
    "previous",
    "current",
    "viej",
    "nuev",
    "anterior",
    "actual",
    "ancien",
    "nouve",
    "alte",
    "neue",
    "aktuell",
    "vorherig",
    "antig",
    "nov",
    "velh",
    "atual",
)
_OLD_OR_NEW = re.compile(
    # after an apostrophe too: "l'ancien"
    rf"(?i){starts(_OLD_OR_NEW_WORDS)}(?<![^\W_])(?:{_OLD_OR_NEW_WORDS})(?:\s++one)?"
    # "c'etait", "etait": typed without the accent as often as with it
    r"(?:\s*+[:=]|\s++(?:is|was|es|era|[ée]tait|c['\u2019]?(?:[ée]tait|est)|ist|war|é|e|foi))?\s++"
    rf"[{_QUOTE}]?(?P<value>[^\s{_QUOTE}\[\]]{{6,64}})"
)


def find_old_or_new_password(view: str) -> Iterator[Span]:
    if _ANY_DIGIT.search(view) is None:
        return  # the value holds a digit
    low = view.lower()
    if not any(map(low.__contains__, _OLD_OR_NEW_STEMS)):
        return
    for match in _OLD_OR_NEW.finditer(view):
        # "!" and "?" end many passwords; a sentence's comma or full stop ends none
        value = match.group("value").rstrip(".,;:)")
        if (
            any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value)
            and (_mixed_case(value) or any(_symbol(c) for c in value))
            and not EMAIL_SHAPE.search(value)
        ):
            begin = match.start("value")
            yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")


def _symbol(c: str) -> bool:
    """A password's symbol: not a separator a reference or a date is written with."""
    return not c.isalnum() and c not in "-./,:'\u2019"


# An amount of money: "R$194,00", "US$20.50", "19,99€" (a price after a masked card is read
# alone when the masked text is read again, and must stay a price).
_AMOUNT = re.compile(r"[A-Z]{0,3}[$€£¥][0-9][0-9.,]*|[0-9][0-9.,]*[$€£¥]")


def _never_a_password(value: str) -> bool:
    """Too short, an address, a version or an amount of money, whatever its symbols."""
    return bool(
        len(value) < 6
        or EMAIL_SHAPE.search(value)
        or _VERSION.fullmatch(value)
        or _AMOUNT.fullmatch(value)
    )


def _strong_password(value: str) -> bool:
    """A quoted word that is a password, not a name, a reference or a code: letters with
    digits or symbols and a lower-case letter, or letters with a symbol; never an address."""
    if _never_a_password(value):
        return False
    letters = any(c.isalpha() for c in value)
    lower = any(c.islower() for c in value)
    digits = any(c.isdigit() for c in value)
    symbol = any(_symbol(c) for c in value)
    return (letters and (symbol or (digits and lower))) or _random_case(value)


# A message that is one password-shaped word, maybe after a word of assent or "here" ("ok
# maracuja*0114", "voilà Dragon_264", "TigreTigre89_"): the answer to the agent's question
# for the password. Only a word no one writes otherwise: letters with digits and a symbol or
# both cases, or letters with a symbol inside and a capital after a small letter
# ("l_vdRNQuhz").
_BARE_ANSWER = re.compile(
    r"(?i:(?:ok(?:ay)?|sure|yes|yeah|yep|here|there|so|si|s[íi]|vale|claro|listo|aqu[íi]|bueno"
    r"|oui|ouais|d['\u2019]acc(?:ord)?|voil[àa]|alors|ja|jo|klar|hier|bitte|also|sim|beleza"
    r"|t[áa]|aqui|pronto"
    r"|ent[ãa]o"
    # "it's Dragon_264", "es maracuja*0114", "c'est TigreTigre89_", "ist ...", "é ..."
    r"|it['\u2019]?s|es|c['\u2019]est|ist|é)"
    r"[\s,.:!]{1,3}+){0,2}+"
    rf"[{_QUOTE}]?(?P<value>[^\s{_QUOTE}\[\]]{{6,64}}+)[{_QUOTE}]?\s*+"
    # handed over: "Dragon_264 voilà", "Baguette!76 aquí tienes", "KaeseHund37- bitte"
    r"(?:(?i:voil[àa]|voici|here(?:\s++you\s++go)?|aqu[íi](?:\s++tienes)?|bitte|segue)"
    r"[\s!.]*+)?"
)
_BARE_ANSWER_CHARS = 80
# A link's parameter has its "=" ("&id=6C889", "?t=4411"), an encoded character its two hex
# digits ("%20"); a bare "&", "?" or "%" is a password's symbol ("Sol&8812", "Luka?83").
_URL_PIECE = re.compile(r"[=/]|%[0-9A-Fa-f]{2}")


def find_bare_password(view: str) -> Iterator[Span]:
    if len(view) > _BARE_ANSWER_CHARS:
        return
    match = _BARE_ANSWER.fullmatch(view.strip())
    if match is None:
        return
    value = match.group("value").rstrip(".,;:!?)")
    if answered_password(value):
        begin = view.index(match.group("value"))
        yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")


def answered_password(value: str) -> bool:
    """A word that can only be a password: never an address, a version, a time or a plain
    word with a final mark ("thanks!")."""
    if _never_a_password(value):
        return False
    if not any(c.isalpha() for c in value) or value.startswith("#") or _URL_PIECE.search(value):
        return False  # "#order123": a reference; "&id=6C889...", "?t=": a link's parameter
    if NOT_PERSONAL.match(value):
        return False  # "Ticket#4411", "Bestellung#9981", "pedido-8812": a reference's word
    digits = any(c.isdigit() for c in value)
    symbol_inside = any(_symbol(c) for c in value[1:-1])
    symbol = symbol_inside or any(_symbol(c) for c in value)
    return (
        (digits and (symbol or _mixed_case(value)))
        # "l_vdRNQuhz": a capital after a small letter; "Kontonummer_alt" is a key's name
        or (
            symbol_inside and any(a.islower() and b.isupper() for a, b in itertools.pairwise(value))
        )
        or _random_case(value)
    )


# What a customer signs in WITH, named by no password word, is the password: "I logged in
# with Blu3B3nfic438 and it failed", "ich log mich mit gato.112 ein", "me conecté con
# Sol#8812", "je me suis connecté avec kiwi3334", "entrei com Rio1825 e deu erro". Only a
# word of letters mixed with digits (an email, a device's model or "my account" is what
# else one signs in with).
_SIGNED_IN_WITH = re.compile(
    r"(?i)\b(?:(?:log(?:ged|ging|s)?|sign(?:ed|ing|s)?)\s*-?\s*(?:in(?:to)?|on)"
    r"(?:\s+(?:again|today|now))?\s+with|login\s+with"
    r"|(?:log(?:ge|gte)?|melde(?:te)?)\s+mich\s+(?:\w+\s+)?mit"
    r"|(?:eingeloggt|angemeldet|anmelden|einloggen|einlogge)\s+mit"
    # the value before the verb's end: "hab mich mit X angemeldet", "mich mit X eingeloggt"
    r"|mich\s+mit(?=\s+\S{6,64}\s+(?:an|ein)(?:gemeldet|geloggt|melden|loggen)?\b)"
    # "I used X to log in", "used X to sign in"
    r"|used(?=\s+\S{6,64}\s+to\s+(?:log|sign)\s*-?\s*(?:in|on)\b)"
    r"|(?:me\s+)?(?:conect[ée]|logu?e[ée]|entr[ée])\s+con|inici[ée]\s+sesi[óo]n\s+con"
    # the infinitive and the present: "me sale un error al entrar con X", "cuando entro con X"
    r"|(?:entrar|entro|ingresar|ingreso|conectarme|loguearme)\s+con|iniciar\s+sesi[óo]n\s+con"
    r"|(?:me\s+suis\s+)?connect[ée]e?\s+avec|me\s+connecte[rz]?\s+avec"
    r"|(?:entrei|loguei|acessei|fiz\s+login|entrar|logar|acessar)\s+com)\s+"
    rf"[{_QUOTE}]?(?P<value>[^\s{_QUOTE}()\[\]]{{6,64}})"
)
# A handle of two names joined by a dot or an underscore, in lower case ("lopez.mateus",
# "maria_becker"): a user name; a file's name or an address has a known ending.
_HANDLE = re.compile(
    r"[a-z]{3,}[._](?!(?:json|html?|txt|pdf|com|net|org|exe|png|jpe?g|gif|csv|xml|zip|apk"
    r"|docx?|xlsx?|app|log)\Z)[a-z]{3,}"
)
_SIGN_IN_STEMS = (
    "log", "sign", "meld", "conect", "sesi", "connect", "entr", "acess", "mich", "ingres",
)  # fmt: skip
# "Pixel7", "Galaxy22": a device's name with its model number.
_MODEL_NAME = re.compile(r"[A-Za-z]+[0-9]{1,2}")


def find_signed_in_with(view: str) -> Iterator[Span]:
    low = view.lower()
    if not any(map(low.__contains__, _SIGN_IN_STEMS)):
        return
    for match in _SIGNED_IN_WITH.finditer(view):
        value = match.group("value").rstrip(".,;:)")
        if _HANDLE.fullmatch(value) and not NOT_PERSONAL.match(value):
            # "al entrar con maria_becker": two names joined as handles are, no password
            begin = match.start("value")
            yield Span(begin, begin + len(value), "USERNAME", 0.6, "patterns")
            continue
        if (
            len(value) >= 6
            and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value)
            and not EMAIL_SHAPE.search(value)
            and not _VERSION.fullmatch(value)
            and not _URL_PIECE.search(value.strip("?"))
            and _DEVICE.fullmatch(value) is None
            and _MODEL_NAME.fullmatch(value) is None
            and not NOT_PERSONAL.match(value)
            and LOGIN_WORD.search(value) is None
        ):
            begin = match.start("value")
            yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")


# The value a password was changed to, the password named earlier by a pronoun: "the temp
# password didn't work, so I set it to Sol#8812", "la contraseña no iba, la cambié a
# Sol#8812", "le mdp marchait pas, je l'ai changé en Sol#8812", "a senha não dava, mudei
# para Sol#8812". Past the few words ``find_nearby_password`` reads; only a word that can
# only be a password (``answered_password``).
_SET_IT_TO = re.compile(
    r"(?i)\b(?:(?:set|changed|reset|updated|switched)\s++it\s++to"
    # "la puse Sol#8812": "puse" (I put) takes the value with no preposition
    r"|l[ao]\s++(?:cambi[ée]\s++(?:a|en|por)|puse(?:\s++(?:a|en|por))?+)"
    r"|l['\u2019]ai\s++(?:chang[ée]e?|mise?)\s++(?:en|à|a)"
    r"|(?:mudei|troquei|alterei)(?:-a)?\s++(?:para|pra|por)"
    # "hab es auf Sol#8812 gesetzt", "coloquei Sol#8812 e agora diz inválida"
    r"|(?:es|ihn|sie)\s++auf|coloquei|botei|digitei"
    # "j'ai mis Sol#8812 et ça affiche erreur", "i put in Sol#8812 and got an error"
    r"|j['\u2019]ai\s++mis|i\s++put(?:\s++in)?"
    # the participle put last: "hab Sol#8812 eingegeben, kommt Fehler 500"
    r"|hab[e']?(?=\s++\S{6,64}\s++(?:eingegeben|eingetippt)\b))\s++"
    rf"[{_QUOTE}]?(?P<value>[^\s{_QUOTE}\[\]]{{6,64}})"
)
_SET_IT_TO_STEMS = (
    "it to", "cambi", "puse", "l'ai", "l\u2019ai", "mudei", "troquei", "alterei", "auf", "coloquei",
    "botei", "digitei", "hab", "ai mis", "i put",
)  # fmt: skip
# Words joined into a passphrase with its number ("mariposa-dragon-71"): a password's only
# where the value was refused, since a slug or a promotion's code is written so too.
_JOINED_WORDS = re.compile(r"[^\W\d_]{3,}+(?:[-._][^\W\d_]{3,}+)+[-._]?[0-9]{1,4}")


# Or "it" is a password because what it was set to is refused as one: "I set it to Sol#8812
# and now it says invalid", "la puse Sol#8812 y ahora dice inválida", or answered with an
# error ("coloquei Sol#8812 e deu erro 429", "hab es auf Sol#8812 gesetzt, Fehler").
_SAYS_REFUSED = re.compile(
    r"(?i)\b(?:invalid|incorrect|wrong|inv[áa]lid[ao]|incorrect[ao]|invalide|ung[üu]ltig"
    r"|falsch|incorret[ao]|errad[ao]|erro|error|erreur|fehler)\b"
)


def find_password_set_to(view: str) -> Iterator[Span]:
    low = view.lower()
    if not any(map(low.__contains__, _SET_IT_TO_STEMS)):
        return
    login = LOGIN_WORD.search(view)
    for match in _SET_IT_TO.finditer(view, 0 if login is None else login.end()):
        value = match.group("value").rstrip(".,;:)")
        # "it" must be a password: named before, or refused after
        refused = _SAYS_REFUSED.search(view, match.end("value")) is not None
        if (login is not None or refused) and (
            answered_password(value)
            or (refused and _JOINED_WORDS.fullmatch(value) and not _QUOTED_CODE_WORDS.search(view))
        ):
            begin = match.start("value")
            yield Span(begin, begin + len(value), "PASSWORD", 0.6, "patterns")


# The next guess, in the message after one that tried a password ("tried password Sol#8812",
# then "and Nuage42!", "e gato*67", "ou peut-être Kiwi_2024", "und dann Hund.7"): a word that
# adds to a list, then one word of letters with digits or symbols and nothing else. The
# previous message is what makes it a password (``continuation``): alone, "and Pixel7" is not.
# "also", "then", "maybe" in the five languages: after the list's word, or alone.
_GUESS_ADVERB = (
    r"(?:also|then|maybe|puis|aussi|peut-[êe]tre|dann|auch|vielleicht|tambi[ée]n|luego"
    r"|quiz[áa]s?|tamb[ée]m|depois|talvez)\s{1,3}+"
)
# Or the password corrected: "no sorry its Mimi68$", "nee sorry es ist Luna.92", "non
# pardon c'est ...", "não desculpa é ...": an apology, maybe after a no, then a copula
# (typed without its apostrophe too: "its", "c est").
# Or the customer stops to correct it, "wait" in its place: "wait no its Kiwi*7", "não pera
# é ...", "non attends c'est ...", "nein warte es ist ...", "no espera es ...".
_NO = r"(?:no|nope|nah|nee|nein|non|n[ãa]o)"
_CORRECTION = (
    rf"(?P<corrected>(?:{_NO}[,.!]{{0,3}}+\s{{1,3}}+)?"
    r"(?:sorry|sry|perd[óo]n|pardon|d[ée]sol[ée]e?|desculp[ae]|entschuldigung"
    r"|wait|espera|pera|attends|attendez|warte|moment)[,.!]{0,3}+"
    rf"(?:\s{{1,3}}+{_NO}[,.!]{{0,3}}+)?"
    rf"\s{{1,3}}+(?:its|es\s{{1,3}}+ist|ist\s{{1,3}}+es|c\s{{1,3}}est|{IS})\s{{1,3}}+)"
)
_NEXT_GUESS = re.compile(
    r"(?i)[^\w\n]{0,4}+"
    rf"(?:(?:and|or|und|oder|et|ou|y|o|e|plus)\s{{1,3}}+(?:{_GUESS_ADVERB})?|{_GUESS_ADVERB}"
    rf"|{_CORRECTION}"
    # or the past copula alone: "era kiwi.lima4" (it was ...)
    # or the question after a list's word: "or is it xsipho783x"
    rf"|(?=(?:{WAS})\s))(?:(?:{IS}|{WAS}|is\s{{1,3}}+it)\s{{1,3}}+)?[{_QUOTE}]?(?P<value>[^\s{_QUOTE}()\[\]]{{6,64}}+)[{_QUOTE}]?[^\w\n]{{0,4}}"
)
_NEXT_GUESS_CHARS = 80


# The rest of a password sent in two messages ("password Kiwi*7", then "noix-29"): a message
# of one word alone, letters with digits. Without a digit ("thanks!", "ok") it is no rest.
_REST_ALONE = re.compile(r"[^\S\n]{0,2}+(?P<value>\S{4,32}+)[^\S\n]{0,2}")
_REST_LEAST = 4
# Or a rest of letters without a digit that no word has the shape of: two capitals and two
# small letters mixed with a password's symbol ("?nDcD", "-OFyc"); an apostrophe is a
# name's ("McDonald's"), not a password's.
_REST_SYMBOL = re.compile(r"[!?#$%&*+\-=_.~^]")
_REST_CASE_LEAST = 2


def password_rest(text: str) -> tuple[int, int] | None:
    """Where the value of a message that only ends the password the previous ended with
    lies, if it does."""
    match = _REST_ALONE.fullmatch(text)
    if match is None:
        return None
    value = match.group("value")
    if not has_letter(value) or not (
        _companion_guess(value, _REST_LEAST) or _symbols_and_cases(value)
    ):
        return None
    return match.span("value")


def _symbols_and_cases(value: str) -> bool:
    """Whether ``value`` mixes capitals and small letters, two at least of each, with a
    password's symbol: no word is written so."""
    return (
        sum(c.isupper() for c in value) >= _REST_CASE_LEAST
        and sum(c.islower() for c in value) >= _REST_CASE_LEAST
        and _REST_SYMBOL.search(value) is not None
    )


_WORD_MARKS = frozenset("'\u2019-")


# The password given in the message after one that named it without its value ("the app
# keeps asking my password", then "which is Kiwi*74 btw", "que es ... x si sirve", "c'est
# ... si ça aide", "ist übrigens ...", "que é ... se ajudar"): a copula, maybe an adverb,
# then a word that can only be a password, the only one of the short message.
_SAID_ADVERB = r"(?:btw|actually|really|übrigens|eigentlich|ja|en\s+fait|de\s+hecho|na\s+verdade)"
# Before the copula only a relative pronoun or a filler: "my order is ..." names another
# value.
_SAID_LEAD = (
    r"(?:which|that|it|and|mine|oh|ah|ok|que|qui|y|et|und|das|welches|e|o\s+qual|la\s+cual"
    r"|lequel|and\s+it)"
)
_SAID_AFTER = re.compile(
    rf"(?i)[^\w\n]{{0,4}}+(?:{_SAID_LEAD}\s{{1,3}}+)?(?:{IS})\s{{1,3}}+(?:{_SAID_ADVERB}\s{{1,3}}+)?"
    rf"[{_QUOTE}]?(?P<value>[^\s{_QUOTE}()\[\]]{{6,64}}+)"
)
_SAID_AFTER_CHARS = 64


def password_said_after(text: str) -> tuple[int, int] | None:
    """Where the password lies in a short message that gives it after a copula, the one
    before having named a password without its value (``continuation``), if it does."""
    match = _SAID_AFTER.match(text) if len(text) <= _SAID_AFTER_CHARS else None
    if match is None:
        return None
    value = match.group("value").rstrip(".,;:")
    if _VERSION.fullmatch(value):
        return None  # "it is v2.3.1 of the app": the version the message is about
    others = text[: match.start("value")].split() + text[match.end("value") :].split()
    if not (_tried_value(value) or _companion_guess(value)) or any(
        _tried_value(word.rstrip(".,;:")) for word in others
    ):
        return None  # a word of the sentence, or two candidates
    return match.start("value"), match.start("value") + len(value)


def _corrected_guess(match: re.Match[str], value: str) -> bool:
    """Whether ``value`` corrects the password just tried ("no sorry its Gatito*", "não pera
    é #Brasil"): then a symbol beside its letters is enough, a sentence's final mark aside
    ("no sorry its fine!" corrects nothing)."""
    core = value.rstrip("!?")
    return (
        match.group("corrected") is not None
        and len(core) >= _REST_LEAST
        and _maybe_password(core)
        # a word's apostrophe or hyphen is no password's symbol ("tomorrow's", "re-sent")
        and any(not c.isalpha() and c not in _WORD_MARKS for c in core)
        and not any(c.isdigit() for c in core[:1])
        and _companion_guess(core + "0", _REST_LEAST)
    )


def next_guess(text: str) -> tuple[int, int] | None:
    """Where the value of a message that only adds another tried password lies, if it does."""
    match = _NEXT_GUESS.fullmatch(text) if len(text) <= _NEXT_GUESS_CHARS else None
    if match is None:
        return None
    # "!" and "?" end many passwords; a sentence's comma or full stop ends none
    value = match.group("value").rstrip(".,;:")
    # a plain number after a password ("and 12345678") is as often an account's
    if not _maybe_password(value) or not (
        _tried_value(value) or _companion_guess(value) or _corrected_guess(match, value)
    ):
        return None
    return match.start("value"), match.start("value") + len(value)
