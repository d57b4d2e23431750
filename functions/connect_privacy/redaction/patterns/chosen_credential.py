"""A user name or a password named by how the customer chose it: "the username i picked is
jdoe_77", "the secret word i set was Sol#8812", "le mot que j'ai mis pour me connecter
kiwi3334", "el usuario que elegí es ana.s92", "das Kennwort, das ich gewählt habe, war
Nuage42!", "a palavra secreta que eu criei é Sol#8812".

A relative clause of choosing, setting or using stands between the noun and the value, so
the rules that read a value right after its noun or its copula do not reach it. The noun
may be a login word or a paraphrase of one ("secret word", "mot secret"); a bare "word"
("mot", "palabra", "Wort", "palavra") names a password only when the clause says it is for
signing in. A name must have a handle's shape, a password must mix letters with digits or
symbols: "the username i picked is taken" and "the secret word i set was forgotten" are prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import may_hold
from connect_privacy.redaction.patterns.credentials import (
    EMAIL_SHAPE,
    LOGIN_WORDS,
    mixes_letters_and_others,
)
from connect_privacy.redaction.spans import Span

_NAME_NOUN = (
    r"user\s*+name|user\s*+id|login\s*+name|login|handle|usuario|nombre\s+de\s+usuario"
    r"|usu[áa]rio|nome\s+de\s+usu[áa]rio|utilizador|identifiant|pseudo"
    r"|nom\s+d['\u2019]\s*utilisateur|benutzername|nutzername|benutzer"
)
# A password's paraphrases that say it is secret: "secret word", "mot secret", "palabra
# secreta", "geheimes Wort", "palavra secreta", "code word".
_PARAPHRASE_NOUN = (
    r"secret\s+(?:word|phrase|code)|code\s*+word|(?:mot|code)\s+secret|palabra\s+(?:secreta|clave)"
    r"|palavra\s+secreta|geheim(?:e|es)?\s+wort|geheimwort|codewort"
)
# A word alone, a password only when the clause says it is for signing in.
_BARE_NOUN = r"word|mot|palabra|palavra|wort"
# The relative clause of choosing, setting or using, in the five languages. English's
# subject is written with a literal space or apostrophe, so every clause holds one of
# ``_CLAUSE_HINTS``.
_CLAUSE = (
    r"i(?:['\u2019]ve|\x20have|\x20had)?\x20+(?:just\s+|first\s+)?"
    r"(?:picked|chose|chosen|set|created|made|use|used|put|entered|typed|registered"
    r"|signed\s+up\s+with|went\s+with|came\s+up\s+with)"
    r"|que\s+j['\u2019]\s*(?:ai|avais)\s+(?:mis|choisi|cr[ée]{2}|pris|utilis[ée]|d[ée]fini"
    r"|entr[ée]|tap[ée]|saisi)|que\s+j['\u2019]\s*utilise|que\s+je\s+(?:mets|prends|tape|saisis)"
    r"|que\s+(?:yo\s+)?(?:eleg[íi]|escog[íi]|puse|cre[ée]|uso|us[ée]|defin[íi]|registr[ée]"
    r"|met[íi]|pongo)"
    r"|que\s+(?:eu\s+)?(?:escolhi|coloquei|criei|defini|uso|usei|pus|botei|cadastrei"
    r"|registrei|ponho)"
    # German puts the purpose before its verb: "das ich zum Anmelden benutze"
    r"|(?:den|das|die)\s+ich\s+(?:mir\s+)?(?P<inner>(?:zum|beim)\s+(?:anmelden|einloggen)\s+)?"
    r"(?:(?:gew[äa]hlt|ausgesucht|gesetzt|erstellt|angelegt|benutzt|verwendet|eingegeben"
    r"|genommen|festgelegt)\s+(?:habe|hab|hatte)|nutze|benutze|verwende|nehme)"
)
_CLAUSE_HINTS = ("i ", "i'", "i\u2019", "j'", "j\u2019", "je", "que", "ich")
# What the clause may say it is for: signing in.
_PURPOSE = (
    r"(?:to|for)\s+(?:(?:sign|log)(?:ging)?\s*-?\s*(?:in|on)|(?:the\s+)?(?:login|log-in|sign-in))"
    r"|pour\s+(?:me\s+connecter|la\s+connexion|m['\u2019]\s*identifier|me\s+loguer|me\s+logger)"
    r"|(?:para|pra)\s+(?:entrar|acceder|acessar|ingresar|logar|loguearme|logearme|conectarme"
    r"|iniciar\s+sesi[óo]n|fazer\s+(?:o\s+)?login|hacer\s+login|me\s+conectar)"
    r"|zum\s+(?:anmelden|einloggen)"
)
_COPULA = (
    r"is|was|es|era|fue|est|c['\u2019]\s*est|c['\u2019]\s*[ée]tait|[ée]tait|ist|war|lautet"
    r"|lautete|é|foi"
)
# The clause is scanned for first, and the noun read in the few characters before it: a
# scan for the nouns (the login words among them) tries a long alternation at every word.
_AFTER_CLAUSE = re.compile(
    # every clause starts with "i", "que" or German's pronoun: the look-ahead lets the scan
    # skip to those letters
    rf"(?i)\b(?=[iqd])(?:{_CLAUSE})(?:\s+(?P<purpose>{_PURPOSE}))?\s*+,?"
    rf"(?:\s*+(?:{_COPULA})\b\s*+:?|\s*+[:=])?\s*+[\"'\u201c\u00ab]?\s?"
    r"(?P<value>[^\s\"'\u201c\u201d\u00ab\u00bb\[\]]{4,64})"
)
_NOUN_BEFORE = re.compile(
    rf"(?i)\b(?:(?P<name>{_NAME_NOUN})|(?P<secret>{_PARAPHRASE_NOUN}|{LOGIN_WORDS})|(?P<bare>{_BARE_NOUN}))"
    r"\s*+(?:(?:that|which)\s++|,\s*+)?\Z"
)
# The longest noun and its relative pronoun ("nom d'utilisateur", "palabra secreta").
_NOUN_REACH = 40
_HANDLE = re.compile(r"[A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)*")
_TRAILING = ".,;:)"


def _a_handle(value: str) -> bool:
    """A user name's shape: letters with a digit, or words joined by ".", "_" or "-"."""
    return (
        _HANDLE.fullmatch(value) is not None
        and any(c.isalpha() for c in value)
        and any(c.isdigit() or c in "._-" for c in value)
    )


def find_chosen_credential(view: str) -> Iterator[Span]:
    low = view.lower()
    if not may_hold(view, low, _CLAUSE_HINTS):
        return  # a substring test before the scan: the clause's subject
    for match in _AFTER_CLAUSE.finditer(view):
        noun = _NOUN_BEFORE.search(view, max(0, match.start() - _NOUN_REACH), match.start())
        if noun is None:
            continue
        value = match.group("value").rstrip(_TRAILING)
        if EMAIL_SHAPE.search(value):
            continue  # an address is the e-mail finder's
        begin = match.start("value")
        if noun.group("name") is not None:
            if _a_handle(value):
                yield Span(begin, begin + len(value), "USERNAME", 0.7, "patterns")
            continue
        signing_in = match.group("purpose") is not None or match.group("inner") is not None
        if noun.group("bare") is not None and not signing_in:
            continue  # "the word i picked was Paris2024": a word, not said to be a password
        if mixes_letters_and_others(value):
            yield Span(begin, begin + len(value), "PASSWORD", 0.7, "patterns")
