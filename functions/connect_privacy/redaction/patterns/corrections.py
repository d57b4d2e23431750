"""A value corrected in the same message: "it's 212-67-9749 - wait no, 424 . 02 . 0120",
"mi móvil es 612 345 678, perdón, 612 345 687", "Steuer-ID 12345678901, nein, ...".

Customers correct a digit they mistyped; the corrected number after "wait no", "sorry",
"I mean" (and their siblings in the other languages) is the same kind of value as the one
found before it. Only a number of the same count of digits is taken, so an order number
or a date mentioned after an apology stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from connect_privacy.redaction.patterns.context import IS, WAS, words
from connect_privacy.redaction.spans import Span

_CORRECTION_WORDS = words(
    r"wait\s*,?\s*no",
    r"no\s*,?\s*wait",
    r"sorry",
    r"i\s*mean",
    r"actually",
    r"correction",
    r"oops",
    r"typo",
    r"perd[óo]n",
    r"quise\s*decir",
    r"digo",
    r"mejor\s*dicho",
    r"no\s*,?\s*espera",
    r"me\s*equivoqu[ée]",
    r"pardon",
    r"d[ée]sol[ée]e?",
    r"je\s*veux\s*dire",
    r"plut[ôo]t",
    r"non\s*,?\s*attendez",
    r"erreur",
    r"nein",
    r"ich\s*meine",
    r"korrektur",
    r"falsch",
    r"quer\s*dizer",
    r"ali[áa]s",
    r"desculp[ae]",
    r"errei",
)
# After the value: a few separators, the correction's words, a few separators or an
# article, then the corrected number (bounded repeats: linear).
_CORRECTED = re.compile(
    r"(?i)[\s,;.!\-\u2013\u2014]{0,6}"
    + _CORRECTION_WORDS.pattern.removeprefix("(?i)")
    + r"[\s,;:.!\-\u2013\u2014]{0,6}(?:(?:it'?s|is|es|c'est|ist|é)\s{1,3})?"
    r"(?P<value>[0-9](?:[\s.\-/]{0,3}[0-9]){2,30})(?![0-9])"
)
_LEAST_DIGITS = 6
# An expiry set against the one typed before: "expiry is 0230 not 1026", "c'est 0329 pas
# 1229", "es 0827 no 0727", "ist 0329 nicht 0428", "é 0329 não 0428", "0230 instead of
# 1026", "0230 y no 1026". The other date is the card's too (one the customer mistyped,
# or the old card's), and a compact expiry (MMYY, MMYYYY) has no more digits than a short
# reference: only one with a valid month is taken, right after the contrast word.
_CONTRASTED_EXPIRY = re.compile(
    r"(?i)\s{0,3},?\s{0,3}(?:(?:and|but|y|pero|et|mais|und|aber|e|mas)\s{1,3})?"
    r"(?:not|pas|no|nicht|n[ãa]o|instead\s+of|rather\s+than"
    r"|au\s+lieu\s+de|en\s+vez\s+de|en\s+lugar\s+de|statt|anstatt|em\s+vez\s+de|ao\s+inv[ée]s\s+de)"
    r"\s{1,3}(?P<value>(?:0[1-9]|1[0-2])\s?[/\-.]?\s?(?:20)?[0-9]{2})(?![0-9]|[/\-.:][0-9])"
)

# Any other value set against a found one: "should be 466924905315 not 64265152626", "es
# 612345678 y no 612345687", "c'est 12345678 et pas 12345679". The number the customer
# says is wrong is theirs too (mistyped, or an old one): only a run right after the
# contrast word, with about as many digits (two more or fewer), is taken.
_CONTRASTED_VALUE = re.compile(
    r"(?i)\s{0,3},?\s{0,3}(?:(?:and|but|y|pero|et|mais|und|aber|e|mas)\s{1,3})?"
    r"(?:not|pas|no|nicht|n[ãa]o|instead\s+of|rather\s+than"
    r"|au\s+lieu\s+de|en\s+vez\s+de|en\s+lugar\s+de|statt|anstatt|em\s+vez\s+de|ao\s+inv[ée]s\s+de)"
    r"\s{1,3}(?P<value>[0-9](?:[\s.\-/]{0,2}[0-9]){4,30})(?![0-9]|[.\-/][0-9])"
)
_CONTRAST_SLACK = 2
# Every contrast word holds one of these: a substring test before any match is tried.
_CONTRAST_HINTS = (
    "no",
    "pas",
    "nicht",
    "não",
    "nao",
    "instead",
    "rather",
    "lieu",
    "vez",
    "lugar",
    "statt",
    "invés",
    "inves",
)


# The old value named right after the new one: "new pin 7375. old one was 6985", "nip nuevo
# 8553, el viejo era 9080", "nouveau code 7825, l'ancien c'était 8123", "neue PIN 4821, die
# alte war 1234", "senha nova 956802, a antiga era 7498". The old value is the customer's
# too, of the same kind; a PIN's or a code's may have another length (four digits then six).
# Chat drops the verb ("new pin 7375, old one 6985", "pin nuevo 8553 el viejo 9080",
# "nouveau code 7825, l'ancien 8123", "neue pin 4821, alte 1234", "a antiga 7498"), and the
# view with number words read "one" as a digit ("old 1   was").
_OLD_VALUE = re.compile(
    r"(?i)\s{0,3}[,;.]?\s{0,3}(?:(?:and|but|y|pero|et|mais|und|aber|e|mas)\s{1,3})?"
    r"(?:(?:the|my|el|mi|la|l['\u2019]|le|mon|ma|die|der|das|mein|meine|o|a|meu|minha)\s{0,3})?"
    r"(?:(?:old|previous)(?:\s{1,3}(?:one|1\s\s))?|viej[oa]|anterior|ancien(?:ne)?|alte[rns]?"
    r"|vorherige[rns]?|antig[oa])"
    # (``WAS`` holds "c'était", "era" and "foi")
    rf"(?:\s{{1,3}}(?:{WAS}|was|[ée]tait|war|is|es|est|ist|é))?\s{{1,3}}:?\s{{0,3}}"
    r"(?P<value>[0-9](?:[\s.\-]{0,2}[0-9]){2,18})(?![0-9]|[.\-/:,][0-9])"
)
# The kinds whose old value may differ in length from the new: codes chosen by the customer.
_CODES = frozenset({"PIN", "CREDIT_DEBIT_CVV"})


# The new value named right after the old one, as a customer changing a code types them:
# "old one was 1418 new one 6691", "the pin was 7989, new one should be 1502", "el viejo es
# 5969 y el nuevo 2593", "code 6440, le nouveau 8839", "alte 2859 neue 0598", "a antiga 7567
# e a nova 6908". Both are the customer's, of the same kind; a code's may differ in length.
# Read on the deobfuscated view, so look-alike letters typed in it ("669l") count as digits.
_NEW_VALUE = re.compile(
    r"(?i)\s{0,3}[,;.]?\s{0,3}(?:(?:and|but|y|pero|et|mais|und|aber|e|mas)\s{1,3})?"
    r"(?:(?:the|my|el|mi|la|l['\u2019]|le|mon|ma|die|der|das|mein|meine|o|a|meu|minha)\s{0,3})?"
    r"(?:new(?:\s{1,3}one)?|nuev[oa]|nouvel(?:le)?|nouveau|neue[rns]?|nov[oa])"
    r"(?:\s{1,3}(?:(?:should|will|would|shall|must)\s{1,3}be|ser[áa]|sera|soll|wird|vai\s{1,3}ser"
    rf"|{IS}))?\s{{1,3}}:?\s{{0,3}}"
    r"(?P<value>[0-9](?:[\s.\-]{0,2}[0-9]){2,18})(?![0-9]|[.\-/:,][0-9])"
)


def _other_value(other: re.Pattern[str], view: str, span: Span) -> Iterator[Span]:
    """The customer's other value of the same kind that ``other`` reads right after the
    found one (the old after the new, or the new after the old), of about its length."""
    match = other.match(view, span.end)
    if match is None:
        return
    digits = sum(c.isdigit() for c in view[span.begin : span.end])
    theirs = sum(c.isdigit() for c in match.group("value"))
    if span.entity_type in _CODES or abs(theirs - digits) <= _CONTRAST_SLACK:
        yield Span(
            match.start("value"), match.end("value"), span.entity_type, span.score, "patterns"
        )


def _contrasted(view: str, span: Span) -> Iterator[Span]:
    # the anchored match first: most found values have no contrast word after them
    match = _CONTRASTED_VALUE.match(view, span.end)
    if match is None:
        return
    digits = sum(c.isdigit() for c in view[span.begin : span.end])
    if digits < _LEAST_DIGITS:
        return
    if abs(sum(c.isdigit() for c in match.group("value")) - digits) <= _CONTRAST_SLACK:
        yield Span(
            match.start("value"), match.end("value"), span.entity_type, span.score, "patterns"
        )


# Another code offered in the same breath as a found one, the customer unsure which it is:
# "is it 4821? or maybe 872100", "¿es 4821? o quizás 8721", "c'est 4821 ou peut-être 8721",
# "4821 oder vielleicht 8721", "é 4821 ou talvez 8721", or with the doubt said before the
# first ("maybe 4821? or 8721", "tal vez 4821? o 8721", "vielleicht 4821? oder 8721"). Both
# are theirs; a PIN has four digits or six, so the other may have another length. Only a
# code's kind, only right after it.
_OFFERED_IN_TURN = re.compile(
    r"(?i)[^\w\n]{0,4}\s{0,3}"
    r"(?:or|ou|oder|o)\s{1,3}"
    r"(?:(?:maybe|perhaps|peut-[êe]tre|vielleicht|quiz[áa]s|talvez|tal\s+vez)[\s,]{1,3})?"
    rf"(?:(?:its|it'?s|{IS}|{WAS})\s{{1,3}})?"
    r"(?P<value>[0-9]{4,8})(?![0-9]|[.\-/:,][0-9])"
)


def _offered_in_turn(view: str, span: Span) -> Iterator[Span]:
    if span.entity_type not in _CODES:
        return
    match = _OFFERED_IN_TURN.match(view, span.end)
    if match is not None:
        yield Span(
            match.start("value"), match.end("value"), span.entity_type, span.score, "patterns"
        )


def find_corrections(view: str, found: Iterable[Span]) -> Iterator[Span]:
    """The corrected number right after a found value with as many digits, the old value
    named after a new one, and an expiry set against a found one ("0230 not 1026")."""
    found = list(found)
    low = view.lower()
    contrast = any(hint in low for hint in _CONTRAST_HINTS)
    for span in found:
        if span.entity_type != "CREDIT_DEBIT_EXPIRY":
            if contrast:
                yield from _contrasted(view, span)
            yield from _other_value(_OLD_VALUE, view, span)
            yield from _other_value(_NEW_VALUE, view, span)
            yield from _offered_in_turn(view, span)
            continue
        contrasted = _CONTRASTED_EXPIRY.match(view, span.end)
        if contrasted is not None:
            yield Span(
                contrasted.start("value"),
                contrasted.end("value"),
                span.entity_type,
                span.score,
                "patterns",
            )
    if _CORRECTION_WORDS.search(view) is None:  # most messages correct nothing
        return
    for span in found:
        digits = sum(c.isdigit() for c in view[span.begin : span.end])
        if digits < _LEAST_DIGITS:
            continue
        match = _CORRECTED.match(view, span.end)
        if match is None:
            continue
        value = match.group("value")
        if sum(c.isdigit() for c in value) == digits:
            yield Span(
                match.start("value"), match.end("value"), span.entity_type, span.score, "patterns"
            )


# A correction that opens a message of its own, with the retyped value after it and nothing
# else ("no wait 146", "sorry, 146", "nee moment, 083", "não pera, 872", "non attendez, 490"):
# the code the previous message ended with, typed again (``continuation``). A short code
# only: a longer number after "sorry" alone is as often an order's. Or the customer, unsure,
# offers another in its place ("or maybe its 0526", "ou c'est 0526", "oder vielleicht 0526",
# "o es 0526", "ou talvez 0526").
_OFFERED_INSTEAD = (
    r"(?:or|ou|oder|o)\s{1,3}(?:(?:maybe|perhaps|peut-[êe]tre|vielleicht|quiz[áa]s|talvez)\s{1,3})?"
    rf"(?:(?:its|{IS}|{WAS})\s{{1,3}})?"  # "its": chat drops the apostrophe
)
_RETYPED = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:"
    + _CORRECTION_WORDS.pattern.removeprefix("(?i)")
    + r"|(?:no|nope|non|nein|nee|n[ãa]o)[\s,.!]{1,3}"
    r"(?:wait|espera|pera|attends|attendez|moment|warte|wart)\b"
    rf")[\s,;:.!\-]{{0,6}}|{_OFFERED_INSTEAD})(?P<value>[0-9]{{3,4}})[^\w\n]{{0,4}}"
)
_RETYPED_CHARS = 40


def retyped_code(view: str, digits: int) -> tuple[int, int] | None:
    """Where a code of ``digits`` digits lies in a message that only corrects it, if it does."""
    match = _RETYPED.fullmatch(view) if len(view) <= _RETYPED_CHARS else None
    if match is None or len(match.group("value")) != digits:
        return None  # "no wait 1460": not the code retyped
    return match.span("value")


# The PIN the previous message ended with, then another offered in its place, as the other or
# the old one: "or the other one: 7357", "ou alors c'est l'autre : 7357", "o era el otro 7357",
# "oder die alte: 7357", "ou era o outro: 7357". Both codes are the customer's; a PIN has
# four digits or six, so the other may have another length. The whole message is that
# offer and the code (typed, or number words the view read as digits "7   , 3   ").
_OTHER_ONE = (
    r"(?:(?:the|that|el|la|l['\u2019]\s?|le|die|der|das|o|a)\s{0,3})?"
    # ("one" read as a digit by the view: "1  ")
    r"(?:(?:other|old)(?:\s{1,3}(?:one|1\s\s))?|autre|ancien(?:ne)?|otr[oa]|viej[oa]"
    r"|andere[rns]?|alte[rns]?|outr[oa]|antig[oa])"
)
_OTHER_CODE = re.compile(
    r"(?i)[^\w\n]{0,4}(?:or|ou|oder|o)[\s,]{1,3}"
    r"(?:(?:maybe|perhaps|else|alors|bien|peut-[êe]tre|vielleicht|eher|quiz[áa]s|talvez|ent[ãa]o)"
    r"[\s,]{1,3})?"
    rf"(?:(?:{IS}|{WAS}|it|its)\s{{1,3}})?{_OTHER_ONE}"
    rf"(?:\s{{1,3}}(?:{IS}|{WAS}))?[\s:,\-]{{0,4}}"
    r"(?P<value>[0-9](?:[\s,.\-]{0,7}[0-9]){3,7})[^\w\n]{0,4}"
)
_OTHER_CODE_CHARS = 80


def other_code(view: str) -> tuple[int, int] | None:
    """Where the other PIN lies in a message that only offers it in place of the one just
    given ("or the other one: 7357"), if it does: four to eight digits."""
    match = _OTHER_CODE.fullmatch(view) if len(view) <= _OTHER_CODE_CHARS else None
    return None if match is None else match.span("value")
