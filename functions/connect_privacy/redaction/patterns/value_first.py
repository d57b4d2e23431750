"""Values typed before the words that say what they are.

Customers often give the number first and name it after: "X123456 is my passport",
"021000021 is the routing", "1234 5678 90 c'est le numéro de compte", "4711 é o pin",
"12 345 678 901 (Steuer-ID)", "X ist meine Führerscheinnummer". The other finders read
context before a value only; these read it after, across a short bridge of the
connectives of the five languages ("is", "es", "c'est", "ist", "é"), an article or a
possessive ("the", "mi", "mon", "meine", "o"), and "number of" ("número de",
"numéro de", "Nummer", "número da").

The nouns here are the ones that follow a value ("... my passport", "... mon permis"),
which are not always the phrases that introduce one: "carteira" alone is a wallet when
it comes first, but "é o número da minha carteira" names a driving licence.

Each pattern is a bounded value, a bounded bridge and a word alternation: constant
work per position, linear in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from stdnum.de import idnr
from stdnum.pt import nif
from stdnum.us import rtn, ssn

from connect_privacy.redaction.patterns.context import (
    ACCOUNT_WORDS,
    NOT_PERSONAL,
    QUALIFIER,
    before,
    full_date,
    has_digit,
    word_names_its_own,
    words,
)
from connect_privacy.redaction.patterns.priced_value import priced
from connect_privacy.redaction.spans import Span

# Between the value and its noun: punctuation or an opening bracket, a verb, an article
# or possessive, "number of" and another possessive. Every part is optional and bounded.
_BRIDGE_WORDS = (
    # "gave 123-45-6789 as my ssn", "4711 als meine PIN": the role the value was given as
    r"(?:(?:as|als|comme|como)\s{1,3})?"
    # "that's", "thats", "this is", "esa es", "das ist": a demonstrative before the verb
    r"(?:(?:that|this|it|esa|ese|eso|esta|este|isso|esse|essa|das|ça|ca)\s{1,3})?"
    r"(?:(?:is|was|are|es|era|est|c['\u2019]est|[ée]tait|ist|war|é|foi|sind|son"
    r"|(?:that|this|it)['\u2019]?s)\s{1,3})?"
    r"(?:(?:the|my|el|la|mi|le|mon|ma|mein|meine|meiner|die|der|das|o|a|meu|minha|il)\s{1,3})?"
    rf"(?:{QUALIFIER}\s{{1,3}})?"
    r"(?:(?:number|n[úu]mero|num[ée]ro|nummer|n[ºo°]\.?|nr\.?|nro\.?|n[úu]m\.?)\s{1,3})?"
    r"(?:(?:of|de|du|da|do|del|des|von)\s{1,3})?"
    r"(?:(?:the|my|el|la|mi|le|mon|ma|mein|meine|meiner|meines|die|der|des|o|a|meu|minha)"
    r"\s{1,3})?"
    rf"(?:{QUALIFIER}\s{{1,3}})?"
)
# An arrow may point at the noun or back at the value: "X <- steuer-id", "X -> pin".
_BRIDGE = r"[\s(,:\-<>\u2190]{0,8}" + _BRIDGE_WORDS

PASSPORT_NOUNS = words(
    r"pas{1,2}[ae]?p(?:o?r|ro)t[ea]?",
    r"passaporte",
    r"reisepass",
    r"pass",
    r"pasap",
)
DRIVER_NOUNS = words(
    r"driver['\u2019]?s?\s*li[sc]{1,2}en[cs]e",
    r"driving\s*li[sc]{1,2}en[cs]e",
    r"li[sc]{1,2}en[cs]e",
    r"licencia(?:\s*de\s*(?:manejo|conducir))?",
    r"carn[ée]t?\s*de\s*conducir",
    r"permis(?:\s*de\s*conduire)?",
    r"f(?:[üu]|ue)hrerschein(?:\s*-?\s*(?:nummer|nr\.?))?",
    r"f(?:[üu]|ue)hrerscheinnummer",
    r"carteira(?:\s*de\s*(?:motorista|habilita[çc][ãa]o))?",
    r"cnh",
    r"carta\s*de\s*condu[çc][ãa]o",
)
ROUTING_NOUNS = words(
    r"routing(?:\s*(?:no|number|num|#))?",
    r"aba",
    r"rtn",
    r"sort\s*-?\s*code",
    r"blz",
    r"bankleitzahl",
    r"ag[êe]ncia",
    r"code\s*banque",
    r"c[óo]digo\s*(?:de\s*)?banco",
)
CASH_MACHINE = (
    r"(?:atm|cash\s*(?:machine|point)|guichet|distributeur|dab|cajero|geldautomat|bankomat"
    r"|automat|caixa\s*(?:eletr[óoô]nico|autom[áa]tico)|multibanco)"
)
# The card's code: "code de la carte", "card code", "código de la tarjeta", "Code der Karte",
# "código do cartão". Four digits or more are its PIN, three its security code.
CARD_CODE = (
    r"(?:card\s*code|(?:code|c[óo]digo)\s*(?:de\s*(?:la\s*|ma\s*|mi\s*)?|du\s*|of\s*(?:the\s*|my\s*)?"
    r"|der\s*|meiner\s*|do\s*(?:meu\s*)?|da\s*)?(?:carte|card|karte|tarjeta|cart[ãa]o|cb))"
)
PIN_NOUNS = words(
    r"pin(?!\s*-?\s*pad)",  # "the PIN pad": the terminal, not a PIN
    r"pin\s*-?\s*(?:code|nummer)",
    r"nip",
    r"geheimzahl",
    r"code\s*(?:secret|confidentiel|pin)",
    r"c[óo]digo\s*(?:secreto|pin)",
    r"senha\s*do\s*cart[ãa]o",
    # "code" alone is the PIN when the sentence puts it at a cash machine: "X c'est le code
    # que je tape au guichet", "X is the code i use at the atm", "X es el código del cajero"
    rf"(?:code|c[óo]digo|kode)(?=[^.!?,;\n\[\]]{{0,40}}{CASH_MACHINE})",
)
CVV_NOUNS = words(r"cvv2?", r"cvc2?", r"ccv", r"security\s*code", r"cryptogramme", r"crypto")
CARD_CODE_NOUNS = words(CARD_CODE)
TAX_NOUNS = words(
    r"steuer\s*-?\s*id(?:nr)?",
    r"steuer\s*-?\s*identifikationsnummer",
    r"identifikationsnummer",
    r"steuernummer",
    r"tax\s*id",
)
NIF_NOUNS = words(r"nif", r"contribuinte", r"n[úu]mero\s*(?:de\s*)?contribuinte")
EXPIRY_NOUNS = words(
    r"exp(?:iry|iration)?(?:\s*date)?",
    r"fecha\s*de\s*(?:vencimiento|caducidad|expiraci[óo]n)",
    r"vencimiento",
    r"caducidad",
    r"date\s*d['\u2019]\s*expiration",
    r"date\s*de\s*validit[ée]",
    r"ablaufdatum",
    r"verfallsdatum",
    r"g[üu]ltigkeit(?:sdatum)?",
    r"data\s*de\s*(?:validade|vencimento)",
    r"validade",
    r"vencimento",
    # the card's own printed label, said as a noun after an article or a possessive
    # ("that's my valid thru", "c'est le valable jusqu'au", "ist die gültig bis", "é o
    # expira"); without one it is a deadline's verb ("the code is valid until friday")
    r"(?:my|the|your|le|la|mon|ma|die|der|meine?|el|mi|su|o|a|meu|minha)\s+"
    r"(?:valid\s*(?:thru|through|until|till)|valable\s*jusqu['\u2019]\s*(?:au|à|a)"
    r"|g[üu]lt(?:ig|\.)\s*bis|l[äa]uft\s*ab|expira|vence)",
    r"fin\s*de\s*validit[ée]",
    # the forms' shorthands of "vencimento" and "validade"
    r"venc\.?",
    r"val\.?",
)
PASSWORD_NOUNS = words(
    r"pass\s*words?",
    r"passwords?",
    r"passwor?t",
    r"pwd",
    r"contrase[ñn]a",
    r"clave",
    r"mot\s*d(?:e|['\u2019])?\s*pass?e?",
    r"mdp",
    r"kennwort",
    r"senha",
    r"palavra\s*-?\s*passe",
)
SSN_NOUNS = words(r"ssn", r"social(?:\s*security(?:\s*number)?)?", r"soc\s*sec")


# The bridge must say the value is the noun: a verb ("is", "c'est", "ist", "é"), an
# opening bracket or a "number" word. "retiré 150000 de la cuenta" (an amount taken from
# the account) and "Office2019 license" have none.
_SAYS_WHAT = re.compile(
    r"(?i)\(|<-|->|\u2190|(?<!\w)(?:is|was|are|es|era|est|c['\u2019]est|[ée]tait|ist|war|é|foi|sind|son"
    r"|as|als|comme|como"
    r"|(?:that|this|it)['\u2019]?s"
    r"|number|n[úu]mero|num[ée]ro|nummer|n[ºo°]\.?|nr\.?|nro\.?)(?!\w)"
)


def _before(value: str, bridge: str = _BRIDGE) -> re.Pattern[str]:
    """The value and the bridge, ending where the noun starts (``endpos``)."""
    return re.compile(rf"(?i)(?P<value>{value})(?P<bridge>{bridge})\Z")


# A preposition naming the field the value fills: "0126 for expiry", "1131 als Ablauf",
# "0830 pour la date". Only before an expiry's month and year: "500 for my account" is
# an amount.
_FOR = r"(?:for|as|als|f[üu]r|pour|comme|para|como)"
_EXPIRY_BRIDGE = rf"[\s(,:\-<>\u2190]{{0,8}}(?:{_FOR}\s{{1,3}})?{_BRIDGE_WORDS}"
# After the preposition, a bare "date" word closing the message or a field: the field the
# month and year fill ("0830 pour la date", "1128 para la fecha", "1131 als Ablauf").
# Without the preposition "date" is any date and "Ablauf" a procedure ("Termin 1030 Ablauf
# besprechen"); "data" is Portuguese only after its article ("para a data"), not English
# ("paid 1225 for the data").
DATE_NOUNS = words(r"date", r"fecha", r"data(?<=\sa\sdata)", r"datum", r"ablauf")
_DATE_BRIDGE = rf"\s{{1,3}}{_FOR}\s{{1,3}}(?:(?:the|la|le|el|die|das|a|o)\s{{1,3}})?"


def _says_what(match: re.Match[str]) -> bool:
    return _SAYS_WHAT.search(match.group("bridge")) is not None


# Kinds whose value has a shape of its own (a month and a year), named without a verb when
# the customer lists values: "364 is the cvv, 08/29 the expiry", "12/30 das Ablaufdatum".
# An amount or a count is never read as one, so the noun right after it is enough.
_SHAPED = frozenset({"expiry", "date"})
# A noun right after its value and closing a field of a list ("021000021 routing, 12345678
# account, ..."): a label, however the value is shaped. The bridge holds spaces only.
_FIELD_END = re.compile(r"[ \t]*+(?:[,;|/]|\Z)")


def _labelled(view: str, noun: re.Match[str], match: re.Match[str]) -> bool:
    # a dash or colon may stand between them: "482 - security code", "4821: pin"
    return (
        not match.group("bridge").strip(" \t-:\u2013\u2014")
        and _FIELD_END.match(view, noun.end()) is not None
    )


# Letters and digits with at least one digit, as passports and licences are written.
_ID = _before(r"(?<![A-Z0-9])(?=[A-Z]{0,8}-?[0-9])[A-Z0-9](?:-?[A-Z0-9]|\s[0-9]){5,14}(?![A-Z0-9])")
# Digit groups joined by separators, the whole run (no shorter cut of it). Up to eight
# characters between digits: spelled-out digits leave gaps ("quatro, " -> "4      , ").
_DIGITS = r"(?<![0-9])[0-9](?:[\s.,\-/]{{0,8}}[0-9]){{{low},{high}}}(?![0-9]|[\s.,\-/]{{1,8}}[0-9])"
# How far before its noun a value may start: 24 digits with separators, and the bridge.
_REACH = 160
# The longest bridge: its parts' words and spaces.
_BRIDGE_LENGTH = 96


def _nouns(**kinds: re.Pattern[str]) -> re.Pattern[str]:
    """One alternation of several noun lists, each a named group: a message is scanned once
    for all of them, and ``lastgroup`` says which list matched."""
    return re.compile(
        "(?i)"
        + _first_letters(kinds.values())
        + "(?:"
        + "|".join(
            f"(?P<{name}>{nouns.pattern.removeprefix('(?i)')})" for name, nouns in kinds.items()
        )
        + ")"
    )


_LEADING_LETTERS = re.compile(r"\(\?i\)\(\?=\[([^\]]+)\]\)(\\b)?")


def _first_letters(lists: Iterable[re.Pattern[str]]) -> str:
    """The union of the lists' first-letter look-aheads (see ``context.starts``), or "" when
    one list has none: one cheap test per position before any branch is tried. Followed by
    the ``\\b`` every list puts after its look-ahead, when each does: tried first, it turns
    away the letters inside a word before the branches are (a third of the noun scan)."""
    letters: set[str] = set()
    bounded = True
    for nouns in lists:
        head = _LEADING_LETTERS.match(nouns.pattern)
        if head is None:
            return ""
        letters.update(head.group(1))
        bounded = bounded and head.group(2) is not None
    return f"(?=[{''.join(sorted(letters))}])" + ("\\b" if bounded else "")


def _values_before(view: str, nouns: re.Pattern[str]) -> Iterator[tuple[str, re.Match[str], int]]:
    """Each value followed by the bridge and a noun, with the name of the noun's list and
    where the noun ends. The
    nouns are found first and each is read back at most ``_REACH`` characters, never past
    the previous noun, so every character of the message is read a bounded number of times."""
    low = 0
    for noun in nouns.finditer(view):
        kind, begin = noun.lastgroup or "", max(low, noun.start() - _REACH)
        # Cheap tests first: most nouns follow no value, and no verb, bracket or number word.
        shaped = kind in _SHAPED
        if (kind == "password" or _DIGIT.search(view, begin, noun.start())) and (
            shaped
            or _FIELD_END.match(view, noun.end()) is not None
            or _SAYS_WHAT.search(view, max(begin, noun.start() - _BRIDGE_LENGTH), noun.start())
        ):
            match = _VALUES[kind].search(view, begin, noun.start())
            if match is not None and (shaped or _says_what(match) or _labelled(view, noun, match)):
                yield kind, match, noun.end()
        low = noun.end()


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


_EMAIL_OR_URL = re.compile(r"@[\w\-]+\.[A-Za-z]{2,}|://")
_VERSION = re.compile(r"(?i)v?[0-9]+(?:\.[0-9]+){1,3}")
_DIGIT = re.compile(r"[0-9]")
_EXPIRY_VALUE = (
    r"(?<![0-9])(?:(?:0?[1-9]|1[0-2])\s?[/\-.]\s?(?:20)?[0-9]{2}|(?:0[1-9]|1[0-2])(?:20)?[0-9]{2})"
    r"(?![0-9]|[/\-.][0-9])"
    # spelled out, each digit a word apart in the spelled view ("zero one - two seven",
    # "zéro cinq ... trois deux", "null fünf, drei eins", "zero um ... trinta e três")
    r"|(?<![0-9])(?:0[ ]{1,8}[1-9]|1[ ]{1,8}[0-2])[ ]{0,8}(?:(?:[/\-.,]|\.{3})[ ]{0,8})?"
    r"[0-9][ ]{1,9}[0-9](?![ ]{0,9}[0-9])"
)
# The value each noun list names, by the list's group name.
_VALUES = {
    # A password: one word of six or more characters mixing letters with digits or symbols.
    "password": _before(r"(?<![^\s\"'(])[^\s\"'\[\]]{6,64}(?![^\s\"'),.;!?])"),
    "passport": _ID,
    "driver": _ID,
    "routing": _before(_DIGITS.format(low=3, high=10)),
    "account": _before(_DIGITS.format(low=5, high=23)),
    "pin": _before(_DIGITS.format(low=3, high=7)),
    "cvv": _before(_DIGITS.format(low=2, high=3)),
    "code": _before(_DIGITS.format(low=2, high=7)),
    "expiry": _before(_EXPIRY_VALUE, _EXPIRY_BRIDGE),
    "date": _before(_EXPIRY_VALUE, _DATE_BRIDGE),
    "tax": _before(_DIGITS.format(low=10, high=10)),
    "nif": _before(_DIGITS.format(low=8, high=8)),
    "ssn": _before(_DIGITS.format(low=8, high=8)),
}
_ID_NOUNS = _nouns(password=PASSWORD_NOUNS, passport=PASSPORT_NOUNS, driver=DRIVER_NOUNS)
_PASSWORD_NOUNS = _nouns(password=PASSWORD_NOUNS)
_NUMBER_NOUNS = _nouns(
    routing=ROUTING_NOUNS,
    account=ACCOUNT_WORDS,
    code=CARD_CODE_NOUNS,
    pin=PIN_NOUNS,
    cvv=CVV_NOUNS,
    expiry=EXPIRY_NOUNS,
    date=DATE_NOUNS,
    tax=TAX_NOUNS,
    nif=NIF_NOUNS,
    ssn=SSN_NOUNS,
)
_ENTITIES = {
    "passport": "PASSPORT_NUMBER",
    "driver": "DRIVER_ID",
    "routing": "BANK_ROUTING",
    "account": "BANK_ACCOUNT_NUMBER",
    "pin": "PIN",
    "cvv": "CREDIT_DEBIT_CVV",
    "expiry": "CREDIT_DEBIT_EXPIRY",
}
_CHECKS = {
    "tax": (idnr.is_valid, "DE_TAX_ID"),
    "nif": (nif.is_valid, "PT_NIF"),
    "ssn": (ssn.is_valid, "SSN"),
}


def _card_year(value: str) -> bool:
    """A year a card in use can end in (2020 on): "12/05" is a day and month, or long past."""
    return int(_digits(value)[-2:]) >= 20


# What may close the date word's field: a list's separator, a sentence's end, the message's.
_DATE_FIELD_END = re.compile(r"[ \t]*+(?:[,;|/.!?]|\Z)")


def _closes_field(view: str, noun_start: int) -> bool:
    """Whether the date word at ``noun_start`` ends the message, a sentence or a field of a
    list."""
    noun = DATE_NOUNS.match(view, noun_start)
    return noun is not None and _DATE_FIELD_END.match(view, noun.end()) is not None


def find_ids_first(view: str) -> Iterator[Span]:
    """Passport and driver's licence numbers and passwords typed before their noun
    (folded view)."""
    # Every passport and licence number has a digit; a password may not.
    nouns = _ID_NOUNS if has_digit(view) else _PASSWORD_NOUNS
    for kind, match, noun_end in _values_before(view, nouns):
        value = match.group("value")
        if kind != "password":
            if _reference(view, match):
                continue  # "order 12345678 (passport fee)": the order's number
            if word_names_its_own(view, match.span("value"), noun_end):
                continue  # "quote 139940: driver's license T4YL…": the noun's value follows it
            yield Span(match.start("value"), match.end("value"), _ENTITIES[kind], 0.8, "patterns")
        elif (
            any(c.isalpha() for c in value)
            and any(not c.isalpha() for c in value)
            and not _EMAIL_OR_URL.search(value)
            and not _VERSION.fullmatch(value)
        ):
            yield Span(match.start("value"), match.end("value"), "PASSWORD", 0.7, "patterns")


def find_numbers_first(view: str) -> Iterator[Span]:
    """Bank, PIN, security code, expiry and tax numbers typed before their noun (digit views)."""
    if not has_digit(view):
        return  # no number, nothing to name: the noun lists are not read
    for kind, match, _noun_end in _values_before(view, _NUMBER_NOUNS):
        begin, end = match.start("value"), match.end("value")
        if kind == "expiry":
            yield Span(begin, end, "CREDIT_DEBIT_EXPIRY", 0.8, "patterns")
            continue
        if kind == "date":
            if _card_year(match.group("value")) and _closes_field(view, match.end()):
                yield Span(begin, end, "CREDIT_DEBIT_EXPIRY", 0.7, "patterns")
            continue
        if _reference(view, match):
            continue
        if kind == "account" and _names_holder(view, match.end()):
            continue  # "meter says 139366 (acct holder ...)": the account's holder comes next
        digits = _digits(match.group("value"))
        if kind in _CHECKS:
            valid, entity = _CHECKS[kind]
            if valid(digits):
                yield Span(begin, end, entity, 0.9, "patterns")
            continue
        if kind == "routing" and len(digits) == 9 and not rtn.is_valid(digits):
            continue  # nine digits before "routing" that fail the ABA check: a reference
        if kind in ("account", "routing") and full_date(match.group("value")):
            # "bloquée depuis le 19/08/2027 (compte jdoe)": a day, then what is named next
            continue
        if kind in ("account", "routing") and priced(view, begin, end):
            continue  # "monto USD 2150.75, número de cuenta ...": an amount, then the account
        if kind == "code":
            kind = "cvv" if len(digits) == 3 else "pin"
        # Above the phone finder's score: "021000021 is the routing" is labelled a routing
        # number even where it is also a possible phone number.
        yield Span(begin, end, _ENTITIES[kind], 0.9, "patterns")
    yield from find_code_set_first(view)


# A person the account word is said of, not its number: "(acct holder jane@...)", "account
# owner", "account name", "Konto Inhaber", "conta titular", "compte titulaire".
_HOLDER = re.compile(
    r"(?i)[\s\-]{0,2}(?:holder|owner|name|inhaber(?:in)?|titular|titulaire|propri[ée]taire)(?!\w)"
)


def _names_holder(view: str, noun_start: int) -> bool:
    """Whether the account word at ``noun_start`` is followed by a word for its holder."""
    noun = ACCOUNT_WORDS.match(view, noun_start)
    return noun is not None and _HOLDER.match(view, noun.end()) is not None


# A code the customer set, opening the message and named further on in the same sentence,
# past a place's number: "1056 hab ich in der filiale 0595 als pin gesetzt", "4412 j'ai
# mis comme code", "565391 foi o código que coloquei na loja 409", "4412 fue el código que
# puse en la tienda". Anchored at the start: one attempt per message, bounded look-ahead.
_CODE_WORD = r"(?:pin|nip|geheimzahl|code|c[óo]digo|kode|senha)"
_SET_VERB = (
    r"(?:coloquei|pus|puse|met[íi]|mis|set|chose|picked|typed|entered|created|cre[ée]"
    r"|criei|eleg[íi]|escolhi|choisi|tap[ée]|digitei|gesetzt|gew[äa]hlt|eingegeben"
    r"|eingestellt|vergeben|cambi[ée]|mudei|chang[ée]|troquei|pon(?:go|emos))"
)
_CODE_SET_FIRST = re.compile(
    r"(?i)[^\w\[\]]{0,4}(?P<value>[0-9]{4,8})(?![0-9]|[.,:/\-][0-9])"
    r"(?=[^.!?\n\[\]]{0,60}?(?:\b(?:als|como|comme|as)\s{1,3}"
    r"(?:(?:my|mi|mon|ma|mein|meine|meu|minha|o|a|el|la|le|the)\s{1,3})?"
    r"(?:(?:new|neue[rn]?|nuev[oa]|nov[oa]|nouveau|nouvelle)\s{1,3})?"
    rf"{_CODE_WORD}\b"
    r"|\b(?:foi|fue|era|c['\u2019]est|[ée]tait|war|was|is|é|es|ist)\s{1,3}"
    rf"(?:o|el|le|der|the|mon|mi|meu|mein)\s{{1,3}}{_CODE_WORD}\s{{1,3}}"
    r"(?:que|qu['\u2019]|that|den|das|i|je|ich|eu|yo)\b[^.!?\n\[\]]{0,20}?\b"
    rf"{_SET_VERB}\b))"
)


# The verb, the digits, then what they were set as: "puse 4821 de pin", "coloquei 4821 de
# senha", "mis 4821 comme code", "hab 4821 als PIN gesetzt", "set 4821 as my pin".
_AS = r"\s{1,3}(?:de|como|comme|als|as|en)\s{1,3}"
_SET_AS_CODE = re.compile(
    rf"(?i)\b(?:{_SET_VERB}|hab(?:e)?(?:\s{{1,3}}ich)?)\s{{1,3}}"
    rf"(?P<value>[0-9]{{4,8}})(?![0-9]|[.,:/\-][0-9]){_AS}"
    r"(?:(?:my|mi|mon|ma|mein|meine|meu|minha|o|a|el|la|le|the)\s{1,3})?"
    r"(?:(?:new|neue[rn]?|nuev[oa]|nov[oa]|nouveau|nouvelle)\s{1,3})?"
    r"(?:pin|nip|geheimzahl|code|c[óo]digo|senha|clave|contrase[ñn]a|mot\s{1,3}de\s{1,3}passe"
    r"|passwort|password|mdp)\b"
)


def find_code_set_first(view: str) -> Iterator[Span]:
    """A PIN the customer set, at the start of the message, named later in the sentence,
    or after the verb that set it ("puse 4821 de pin")."""
    if _FOUR_DIGITS.search(view) is None:
        return  # both shapes hold four digits in a row at least
    match = _CODE_SET_FIRST.match(view) if view[:1].isdigit() or view[:1] in " \"'(" else None
    if match is not None and not _YEARISH.fullmatch(match.group("value")):
        yield Span(match.start("value"), match.end("value"), "PIN", 0.8, "patterns")
    low = view.lower()
    # the digits and the word after them first: cheaper than the hints, and rarer
    named = _DIGITS_AS.search(view) is not None and any(map(low.__contains__, _SET_AS_HINTS))
    for match in _SET_AS_CODE.finditer(view) if named else ():
        if not _YEARISH.fullmatch(match.group("value")):
            yield Span(match.start("value"), match.end("value"), "PIN", 0.8, "patterns")


# What every code word of ``_SET_AS_CODE`` holds: a substring test before the scan.
_SET_AS_HINTS = ("pin", "nip", "geheim", "code", "digo", "senha", "clave", "contra", "pass", "mdp")
# What every ``_SET_AS_CODE`` match holds, the value's last digit and the word after it: led
# by a digit, so the engine skips to the digits instead of trying every verb at every word.
_DIGITS_AS = re.compile(rf"(?i)[0-9]{_AS}")
_YEARISH = re.compile(r"19[5-9][0-9]|20[0-3][0-9]")
# (one digit, then the rest: led by a class, the scan skips to a digit)
_FOUR_DIGITS = re.compile(r"[0-9][0-9]{3}")


def _reference(view: str, match: re.Match[str]) -> bool:
    """ "version 10.2 is the one with the pin": a reference word right before the value."""
    return before(NOT_PERSONAL, view, match.start("value"), 16)


# Spaces or a bracket, not a comma: "call me 612345678, order 555 is late" is a phone and
# then a new clause.
_NAMED_REFERENCE = re.compile(
    rf"(?i)[ (]{{0,3}}{_BRIDGE_WORDS}{NOT_PERSONAL.pattern.removeprefix('(?i)')}"
)


def reference_after(view: str, end: int) -> bool:
    """Whether a reference noun follows the value ending at ``end`` ("... die Bestellung",
    "... is the order number", "... (pedido)"). An article alone may bridge them here:
    the caller reads this only when no phone word stands before the number."""
    return _NAMED_REFERENCE.match(view, end, end + 80) is not None
