"""Context words: the phrases that make a bare number mean something.

A nine-digit number is an SSN after "social security", a routing number after
"routing" and an order number after "order". Detectors look for context in a
short window before the value, in the folded text, case-insensitively. The
window never crosses a ``[`` or ``]``, so a mask token left by an earlier
redaction never lends its context to a later value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from connect_privacy.redaction.patterns.digit_groups import calendar_day_and_month

WINDOW = 48


def words(*phrases: str) -> re.Pattern[str]:
    """A case-insensitive whole-word alternation of ``phrases`` (regex fragments)."""
    alternation = "|".join(phrases)
    pattern = re.compile(rf"(?i){starts(alternation)}\b(?:{alternation})(?!\w)")
    grouped = _by_first_letters(_split_branches(alternation))
    if grouped is not None:
        _OCCURS[id(pattern)] = re.compile(rf"(?i){starts(alternation)}\b(?:{grouped})(?!\w)")
        _KEPT.append(pattern)
    return pattern


# The long lists of ``words``, for ``before``, which asks only whether a phrase occurs: the
# same phrases grouped by first letter, so that at a word the engine tries the look-ahead
# of each group (eighteen) rather than every phrase (two hundred in ``NOT_PERSONAL``).
# Keyed by the pattern's id: a pattern's hash reads its whole compiled code, which took
# longer than a short window's search. The patterns are kept, so no other takes their id.
_OCCURS: dict[int, re.Pattern[str]] = {}
_KEPT: list[re.Pattern[str]] = []
# Only ``NOT_PERSONAL`` is that long: shorter lists gained a few percent of their search,
# less than their second pattern costs to compile at a cold start (40 ms for all of them).
_GROUPED_FROM = 100


def _by_first_letters(phrases: list[str]) -> str | None:
    """``phrases`` as an alternation of groups, each led by a look-ahead on its phrases'
    first letters, or None when a phrase's first letters are unknown (``first_letters``),
    the list is short, or a phrase refers to a group by its number or name (grouping
    reorders them).

    Whether a phrase occurs does not depend on the phrases' order; phrases whose first
    letters share a letter in either case are in one group, so a group's look-ahead
    (case-insensitive, as the letters of its phrases) rejects only a word none of its
    phrases can start.
    """
    if len(phrases) < _GROUPED_FROM or any(_REFERS.search(phrase) for phrase in phrases):
        return None
    groups: list[tuple[set[str], list[str]]] = []  # the first letters and the phrases
    for phrase in phrases:
        first = first_letters([phrase])
        if first is None:
            return None
        letters, members = set(first), [phrase]
        for group in [g for g in groups if {c.lower() for c in g[0]} & {c.lower() for c in first}]:
            groups.remove(group)
            letters |= group[0]
            members = group[1] + members
        groups.append((letters, members))
    return "|".join(
        f"(?=[{''.join(sorted(letters))}])(?:{'|'.join(members)})" for letters, members in groups
    )


_REFERS = re.compile(r"\\[1-9]|\(\?P=")


def starts(alternation: str) -> str:
    """A look-ahead on the first letters of ``alternation``'s branches, or "".

    Put before the alternation (and before its ``\\b``), it matches nothing the
    alternation would not: it only spares trying every branch at every word boundary
    of a long message, and lets the engine skip ahead to a possible first letter.
    """
    first = first_letters(_split_branches(alternation))
    return f"(?=[{first}])" if first else ""


# The groups whose first letters are the phrase's: a plain group, and a case-sensitive one
# ("(?-i:FS)"), whose letters the look-ahead tries in their case or in both.
_GROUPS = ("(?:", "(?-i:")


def first_letters(phrases: Iterable[str]) -> str | None:
    """The characters the phrases (regex fragments) can start with, or None when a
    phrase does not start with a plain letter or a plain character class, or its first
    character may be left out ("e?mail"), or it is an alternation itself."""
    first: set[str] = set()
    for phrase in phrases:
        if _branches(phrase):
            return None
        if phrase[:1].isalnum():
            head, rest = phrase[0], phrase[1:]
        elif phrase[:1] == "[" and "]" in phrase[2:]:
            close = phrase.index("]", 2)
            head, rest = phrase[1:close], phrase[close + 1 :]
            if not all(c.isalnum() for c in head):
                return None  # a range, a negation or an escape: not worth reading
        elif phrase.startswith(_GROUPS) and (group_end := _group_end(phrase)) is not None:
            inner = first_letters(_split_branches(phrase[phrase.index(":") + 1 : group_end]))
            if inner is None:
                return None
            head, rest = inner, phrase[group_end + 1 :]
        else:
            return None
        if rest[:1] in ("?", "*", "{"):
            return None
        first.update(head)
    return "".join(sorted(first)) or None


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` outside escapes and character classes, with the group
    depth after it (a ``)`` reports the depth it closes back to)."""
    depth, in_class, escaped = 0, False, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth


def _group_end(phrase: str) -> int | None:
    """The index of the ``)`` closing the group ``phrase`` starts with."""
    return next((i for i, char, depth in _structure(phrase) if char == ")" and depth == 0), None)


def _branches(phrase: str) -> bool:
    """Whether ``phrase`` has a ``|`` outside parentheses and character classes."""
    return len(_split_branches(phrase)) > 1


def _split_branches(alternation: str) -> list[str]:
    """``alternation`` split at each ``|`` outside parentheses and character classes."""
    cuts = [i for i, char, depth in _structure(alternation) if char == "|" and depth == 0]
    return [
        alternation[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(alternation)], strict=True)
    ]


def before(pattern: re.Pattern[str], text: str, begin: int, window: int = WINDOW) -> bool:
    """Whether ``pattern`` occurs in the ``window`` characters before ``begin``."""
    low = max(0, begin - window)
    bracket = max(text.rfind("[", low, begin), text.rfind("]", low, begin))
    if bracket >= 0:
        low = bracket + 1
    return _OCCURS.get(id(pattern), pattern).search(text, low, begin) is not None


def nearer(near: re.Pattern[str], far: re.Pattern[str], text: str, begin: int) -> bool:
    """Whether a match of ``near`` comes after every match of ``far`` in the window before
    ``begin`` ("zip and card: 10218 4111...": the card word is the nearer context)."""
    low = max(0, begin - WINDOW)
    last_near = max((m.end() for m in near.finditer(text, low, begin)), default=-1)
    last_far = max((m.end() for m in far.finditer(text, low, begin)), default=-1)
    return last_near > last_far


def after_context(phrases: re.Pattern[str], value: str, *, gap: int = 24) -> re.Pattern[str]:
    """``<context phrase> <up to gap non-digit characters> (?P<value>...)``.

    The gap holds connectives ("is", ":", "number is") but no digits, newlines or
    brackets, so the value is the first number after the phrase.
    """
    return re.compile(
        rf"(?i){phrases.pattern.removeprefix('(?i)')}[^\d\n\[\]]{{0,{gap}}}?(?P<value>{value})"
    )


# "123 is the cvv", "1234 es mi pin", "4821 c'est mon code": a value, a copula, maybe an
# article or possessive, then the context phrase.
_COPULA = r"(?:is|was|es|era|est|c['\u2019]est|[ée]tait|ist|war|é|foi|=)"
# The present "is" a customer puts between a label and its value in the five languages:
# "username is", "usuario es", "identifiant c'est", "Benutzername ist", "usuário é", "it's".
IS = r"(?:is|es|est|ist|é|c['\u2019]est|it['\u2019]s)"
# The same in the past, for a value the customer is unsure of: "or was it", "ou c'était",
# "oder war es" ("war's"), "o era", "ou foi".
WAS = r"(?:it\s+was|was\s+it|c['\u2019][ée]tait|war\s+es|war['\u2019]s|era|foi)"
# The verbs a customer types a code in with, in the five languages, right before what was
# typed: "typed 4821", "puse 4821", "j'ai tapé 4821", "digitei 4821" (German puts its
# verb last: see ``blocked_card_pin``).
_TYPED_IN_VERBS = (
    r"typed|entered|put\s*in|keyed\s*in|punched\s*in|puse|ingres[ée]|marqu[ée]|introduje"
    r"|tap[ée]|saisi|compos[ée]|digitei|coloquei|inseri"
)
# With its first letters' look-ahead: the scans that start with it try no verb at a word
# that starts with none of them.
TYPED_IN = rf"{starts(_TYPED_IN_VERBS)}(?:{_TYPED_IN_VERBS})"
# A code typed in groups ("55 - 52", "dos seis tres uno", "4o 21" as the deobfuscated view
# holds them: groups of digits between spaces), after the verb that typed it; four to eight
# digits in all (``PIN_DIGITS``, counted after the match). A count of tries after it ("4821
# 3 times") is no group of the code.
GROUPED_CODE = (
    r"(?<![0-9$€£])(?P<value>[0-9]{1,6}(?:\s{1,8}[0-9]{1,6}){1,7})(?![0-9]|[.,/:\-][0-9])"
    r"(?!\s{0,2}(?:times|x\b|veces|fois|mal\b|vezes))"
)
PIN_DIGITS = range(4, 9)
_DETERMINER = r"(?:my|the|mi|el|la|tu|mon|ma|le|la|mein|meine|der|die|das|o|a|meu|minha|seu|sua)"


# A word that says which of the customer's values it is, between the determiner and the
# noun: "is the atm pin", "es mi nuevo pin", "c'est mon ancien code", "ist die alte
# Kontonummer", "é a minha senha atual". One word at most, from a closed list.
QUALIFIER = (
    r"(?:new|old|current|actual|real|atm|bank|card|debit|online|app"
    r"|nuev[oa]|viej[oa]|antigu[oa]|actual|nouvel(?:le)?|nouveau|ancien(?:ne)?|actuel(?:le)?"
    r"|neue[rns]?|alte[rns]?|aktuelle[rns]?|nov[oa]|velh[oa]|antig[oa]|atual"
    r"|temporary|temp|temporal|temporaire|tempor[áa]ri[ao]|provisional|provisoire"
    r"|provis[óo]ri[ao]|vorl[äa]ufige[sn]?"
    r"|other|previous|andere[rns]?|vorherige[rns]?|otr[oa]|autre|outr[oa])"
)

# The look-ahead holds the first letters of the copula's branches: it matches nothing they
# would not, and spares trying each of them after every space of a run of spaces.
_ANY_COPULA = re.compile(rf"(?i)\s(?=[iwecfé=]){_COPULA}\s")


# Cached: several finders ask it of each view, and the search costs most on the views
# that need it least (spelled digits leave runs of spaces). Cleared with the other
# per-message caches (``patterns.clear_caches``).
@functools.lru_cache(maxsize=8)
def has_copula(view: str) -> bool:
    """Whether ``view`` holds a copula between spaces: a value named by one needs it, and
    a message without any (a long run of digits) is spared the search for context words."""
    return _ANY_COPULA.search(view) is not None


def value_then_copula(value: str) -> re.Pattern[str]:
    """``(?P<value>...) <copula> [determiner]`` up to the end of the searched stretch, for
    ``named_values``: "123 is the" before "cvv"."""
    return re.compile(
        # "é a minha senha", "c'est la mienne": two determiners at most; an arrow or a dash
        # and a demonstrative may stand before the copula ("6008 <- essa é a senha")
        rf"(?i)(?P<value>{value})(?:\s*+(?:<-|->|\u2190|-)\s*+|\s++)"
        rf"(?:{_DEMONSTRATIVE}\s++)?{_COPULA}\s++(?:{_DETERMINER}\s++){{0,2}}(?:{QUALIFIER}\s++)?$"
    )


# How customers name a value they typed first: "X (passport)", "X - my licence", "X is the
# routing", "X es el número de mi licencia", "X c'est le numéro de compte", "X esa es mi
# curp", "X that's my passport". Every part is optional and bounded, so it is linear.
_DEMONSTRATIVE = r"(?:that|this|it|esa|ese|este|esta|eso|isso|esse|essa|este|das|ça|ca)"
# A value's number word after its name, as a label ("passport no", "Führerschein-Nr",
# "licence number", "passeport numéro").
NUMBER_LABEL = r"(?:number|num|no|nr|n[º°o]|nummer|n[úu]mero|num[ée]ro)\.?"
_NUMBER_WORD = r"(?:n[úu]mero|num[ée]ro|number|nummer|n[úu]m|nro|nr|no|n[°º])\.?"
_OF = r"(?:de|del|of|do|da|du|von)"
# "that is", "c'est", "that's", and typed without the apostrophe: "thats", "its"
_THATS = rf"(?:(?:{_DEMONSTRATIVE}\s*+)?(?:{_COPULA}|['\u2019]s)|(?:that|it|this)s)"
_NAMING = (
    # a parenthesis, a dash, colon or comma, or a copula ("is", "es", "c'est", "that's")
    r"(?:\s*+\(\s*+"
    rf"|\s*+[:\-\u2013\u2014,]\s++(?:{_THATS}\s++)?"
    rf"|\s++{_THATS}\s++"
    # "884288 for the sort code and 28241055 for the account"
    r"|\s++(?:for|pour|para|pra|f[üu]r)\s++)"
    # "o meu", "la mia": two determiners at most, then "new", "old", "other" or "atm" ("ist
    # die alte kontonummer", "c'est mon ancien numéro de compte")
    rf"(?:{_DETERMINER}\s++){{0,2}}(?:{QUALIFIER}\s++)?"
    rf"(?:{_NUMBER_WORD}\s++(?:{_OF}\s++)?(?:{_DETERMINER}\s++)?)?"
)


# How far before its naming word a value-first phrase can start.
NAMED_REACH = 64


def value_then_naming(value: str) -> re.Pattern[str]:
    """``(?P<value>...) <naming words>`` up to the end of the searched stretch: searched in
    the few characters before each context word only (``named_values``), so a message
    without the word costs nothing more."""
    return re.compile(rf"(?i)(?P<value>{value}){_NAMING}$")


_DIGIT = re.compile(r"[0-9]")


# Cached per view as ``has_letter``: a dozen finders ask it of the same few views.
@functools.lru_cache(maxsize=8)
def has_digit(view: str) -> bool:
    """Whether ``view`` holds an ASCII digit: values of digits need one, and a message
    without any is spared the search for them."""
    return _DIGIT.search(view) is not None


_LETTER = re.compile(r"[^\W\d_]")


APOSTROPHES = "'\u2019"


def letters_with_others(value: str) -> bool:
    """Whether ``value`` mixes letters with a digit or a symbol; an apostrophe is part of a
    word ("c'était", "o's"), not a password's symbol."""
    return any(c.isalpha() for c in value) and any(
        not c.isalpha() and c not in APOSTROPHES for c in value
    )


# The letters a case-insensitive pattern reads as ASCII ones that ``str.lower()`` does not
# fold to them: the dotted capital I and the dotless i (read as i), the long s (as s) and the
# Kelvin sign (as k). A substring test on a lowered text lets a text holding one through.
FOLDS_APART = frozenset("\u0130\u0131\u017f\u212a")


def may_hold(view: str, low: str, hints: Iterable[str]) -> bool:
    """Whether ``low`` (``view`` in lower case) holds one of ``hints``, or ``view`` a letter
    of ``FOLDS_APART``: a substring test before a case-insensitive scan, given the substrings
    every phrase the scan can match holds, turns away only texts the scan cannot match."""
    return any(map(low.__contains__, hints)) or folds_apart(view)


_FOLDS = tuple(sorted(FOLDS_APART))


def folds_apart(view: str) -> bool:
    """Whether ``view`` holds a letter of ``FOLDS_APART``. They all lie above U+00FF, and
    ``in`` answers at once for a text of narrower characters, where a set test reads every
    character. An ASCII text (``isascii`` reads a flag, not the text) holds none of them."""
    return not view.isascii() and any(map(view.__contains__, _FOLDS))


# Cached per view, as ``has_copula`` (cleared with the per-message caches).
@functools.lru_cache(maxsize=8)
def has_letter(view: str) -> bool:
    """Whether ``view`` holds a letter: every context word needs one, so a view of digits
    and separators (spelled digits read, a long run of digit groups) names no value and is
    spared the search for the words. (A case-insensitive letter of a word matches only
    letters, all of which this finds.)"""
    return _LETTER.search(view) is not None


def named_values(
    phrases: re.Pattern[str], value_then: re.Pattern[str], view: str
) -> Iterator[re.Match[str]]:
    """Each value typed right before a match of ``phrases`` and named by it (the values
    hold a digit)."""
    if not has_digit(view):
        return
    for phrase in phrases.finditer(view):
        match = value_then.search(view, max(0, phrase.start() - NAMED_REACH), phrase.start())
        if match is not None:
            yield match


def naming(phrases: re.Pattern[str]) -> re.Pattern[str]:
    """The words after a value that name it (``named_after`` without the value), to
    ``match`` at a value's end: "48 / 757 / 792 / 311 (steuer-id)"."""
    return re.compile(rf"(?i){_NAMING}{phrases.pattern.removeprefix('(?i)')}")


# A date is never the value a word names ("el 2026-07-09, pasaporte ...").
DATE_SHAPE = re.compile(
    r"[0-9]{4}[\-/.][0-9]{1,2}[\-/.][0-9]{1,2}|[0-9]{1,2}[\-/.][0-9]{1,2}[\-/.][0-9]{2,4}"
)


def standalone(view: str, begin: int) -> bool:
    """Whether a value found at ``begin`` starts a token (not inside a word or a number)."""
    return begin == 0 or not (view[begin - 1].isalnum() or view[begin - 1] in ".,/:-")


def named_after(phrases: re.Pattern[str], value: str) -> re.Pattern[str]:
    """``(?P<value>...) <naming words> <context phrase>``: a value named after it, in a
    parenthesis or a sentence ("X (passport)", "X es el número de mi licencia")."""
    return re.compile(rf"(?i)(?P<value>{value}){_NAMING}{phrases.pattern.removeprefix('(?i)')}")


# Context words are those of English, Spanish, French, German and Portuguese,
# always all of them (customers switch language mid-chat), with the common
# abbreviations and misspellings. Accents are optional where people drop them.
NUMBER_SIGN = r"(?:n[oº°]\.?|nr\.?|num\.?|n[uú]mero|number|nummer|#)"

# A document's word with its own value right after it, the number before them closed by a
# colon after its own label: "car insurance quote 208517: driver's license T4YL0R…",
# "cotización POL-264471-35: licencia 12345678", "devis auto 88123 : permis 1234…", "Angebot
# PL0455123: Führerschein B072…", "reserva 7781: passaporte CA123456". The word names what
# follows it; the number before it is the quote's, the booking's, the order's. (Without the
# label and the colon, "QX5ZKW, reisepassnummer 54NS69835" names both.) Once the word's
# value is masked, the redactor reads the stretch before its token alone: the word, a space
# or a colon, and the stretch's end.
_OWN_VALUE_AFTER = re.compile(
    rf"[ \t]{{0,2}}[:#=]?[ \t]{{0,2}}(?:{NUMBER_SIGN}[ \t:#]{{0,3}})?"
    r"(?:[^\W\d_]{0,12}[0-9]|(?<=[ \t:#=])\Z)"
)
_CLOSED_BY_COLON = re.compile(r"[ \t]{0,2}:")
# (a piece read alone may start inside the other number: "seguro POL-|264471-35")
_LABEL_BEFORE = re.compile(r"[^\W\d_]{2,}[ \t]{1,3}(?:[A-Za-z0-9]{1,8}[\-/.])?\Z")
_OWN_LABEL_REACH = 24


def word_names_its_own(view: str, value: tuple[int, int], word_end: int) -> bool:
    """Whether the value at ``value`` (its begin and end) is another label's, closed by a
    colon, and the document's word after it ending at ``word_end`` has its own value."""
    begin, end = value
    return (
        _CLOSED_BY_COLON.match(view, end) is not None
        and _LABEL_BEFORE.search(view, max(0, begin - _OWN_LABEL_REACH), begin) is not None
        and _OWN_VALUE_AFTER.match(view, word_end) is not None
    )


# "a conta do hospital", "la cuenta del restaurante", "a conta de luz": Spanish's and
# Portuguese's word for an account is also the bill of a place or a service, whose number
# is an invoice's.
BILL_OF = (
    r"(?!\s*(?:d[eoa]s?|del)\s+(?:(?:la|el|o|a)\s+)?(?:hospital|cl[íi]nica|hotel|restaurante"
    r"|bar|farm[áa]cia|luz|[áa]gua|agua|g[áa]s|internet|tel[ée]fono|telefone|celular|m[óo]vil"
    r"|condom[íi]nio|consulta|mec[áa]nico|oficina|taller|dentista|m[ée]dico|escola|escuela"
    r"|colegio|col[ée]gio|academia|gimnasio)\b)"
)
ACCOUNT_WORDS = words(
    r"account",
    r"acc?o?unt",  # acount, accunt
    r"acc?(?:ou|uo|o)(?:nt|tn|t)",  # accout, accuont, accotn, acont
    r"accnt",
    r"acct",
    r"acc",
    r"a/c",
    r"checking",
    r"chequing",
    r"savings",
    # the savings account named by its kind alone: "la de ahorro es la ...", "le livret
    # c'est le ...", "a poupança é a ...", "das Sparbuch ist ..." (not "livret de famille")
    r"de\s*ahorros?",
    r"livret(?!\s*de\s*famille)",
    r"poupan[çc]a",
    r"sparbuch",
    r"bank",
    rf"cuenta{BILL_OF}",
    r"cu(?:ne|nt|e)ta",  # the usual slips: cuneta, cunta, cueta
    r"cta",
    r"ccc",
    r"compte",
    r"cpte",
    r"cpt",  # the shorter shorthand: "cpt 1234 5678"
    r"rib",
    r"konto",
    # the kinds of account German writes as one word: Girokonto, Sparkonto, Tagesgeldkonto
    r"(?:giro|spar|tagesgeld|festgeld|gehalts|gesch[äa]fts|gemeinschafts)konto",
    r"kto",
    r"kontonummer",
    r"kto\.?\s*-?\s*nr",
    r"konto\s*-?\s*nr",
    r"c/c",  # cuenta corriente, conta corrente, compte courant
    rf"conta{BILL_OF}",
    r"nib",
    # Argentina's CBU (22 digits) and the CVU of a virtual wallet
    r"cbu",
    r"cvu",
)

# Numbers customers quote that are not personal: a phone number or account
# number right after one of these is an order/case/parcel reference instead.
NOT_PERSONAL = words(
    r"orders?",
    r"order\s*(?:no|number|num|#)",
    # not "in case the call drops": looked behind from the word's end, so that no branch
    # opens with a look-behind and the list keeps its first letters' look-ahead (``starts``)
    r"case(?<!\bin\scase)",
    r"tickets?",
    r"invoice",
    r"inv",
    r"tracking",
    r"track",
    r"parcel",
    r"package",
    r"shipment",
    r"ref",
    r"r[ée]f\.?",
    r"reference",
    # a shipping label's number
    r"label",
    r"etiqueta",
    r"[ée]tiquette",
    r"etikett",
    r"confirmation",
    r"conf",
    r"booking",
    r"reservation",
    # the same in the other languages, and German's compounds ("Buchungscode NG5ZKZ")
    r"reservas?",
    r"r[ée]servations?",
    # shortened in chat: French "résa", Spanish and Portuguese "reser", "rsv" ("ma résa XK4P2Q")
    r"r[ée]sas?",
    r"reser",
    r"rsv",
    r"buchung",
    r"buchungs\s*-?\s*(?:code|nummer|nr\.?|referenz)",
    r"reservierung(?:s\s*-?\s*(?:code|nummer|nr\.?))?",
    r"localizador",
    # an airline's or a railway's booking record ("PNR GPWDV5"), and its English long name
    r"pnr",
    r"record\s*locator",
    # a flight's number ("flight AA5834 01/28/24, passport ...")
    r"flights?",
    r"vuelo",
    r"voo",
    r"flug",
    r"item",
    r"sku",
    r"model",
    r"serial",
    r"part",
    r"po",
    r"receipt",
    r"transaction",
    r"txn",
    r"claim",
    # a complaint's number is the complaint's file ("réclamation SR546950")
    r"complaints?",
    r"r[ée]clamations?",
    r"reclamaci[óo]n",
    r"reclama[çc][ãa]o",
    r"reklamation",
    r"beschwerde",
    r"policy",
    r"store",
    r"flight",
    r"isbn",
    r"zip",
    r"postcode",
    r"version",
    r"firmware",
    r"build",
    r"pedidos?",
    r"orden",
    r"commandes?",
    r"cde",
    r"bestellung(?:en)?",
    r"bestell\s*-?\s*nr",
    r"bestellnummer",
    r"auftrag",
    r"encomendas?",
    r"facturas?",
    r"factures?",
    r"rechnung(?:en)?",
    r"rechnungs\s*-?\s*(?:nr\.?|nummer)",
    # carriers: the number after them is a parcel's
    r"carrier",
    r"courier",
    r"transporteur",
    r"transportista",
    r"transportadora",
    r"spediteur",
    r"sendungsverfolgung",
    r"paketnummer",
    r"dhl",
    r"fedex",
    r"usps",
    r"dpd",
    r"gls",
    r"chronopost",
    r"colissimo",
    # the national posts and parcel carriers of the five markets; "ups" in small letters is
    # also the "oops" of German, Spanish and Portuguese: a carrier before digits or at the
    # end, an interjection before words ("ups zu früh abgeschickt 3211")
    r"(?-i:UPS)",
    r"ups(?![^\w\n]{1,4}[^\W\d_])",
    r"ctt",
    r"correos",
    r"correios",
    r"sedex",
    r"seur",
    r"mrw",
    r"estafeta",
    r"hermes",
    r"evri",
    r"royal\s*mail",
    r"la\s*poste",
    r"mondial\s*relay",
    r"versi[óo]n",
    r"vers[ãa]o",
    r"faturas?",
    # a bank slip's number (Brazil's "boleto", also a ticket in Spanish): the bill's, no
    # account's
    r"boletos?",
    r"nota\s*fiscal",
    r"seguimiento",
    r"suivi",
    r"sendung",
    r"sendungsnummer",
    # German compounds around the reference's word, and more words for a parcel's,
    # a return's or a case's number in the other languages
    r"sendungs\s*-?\s*nr\.?",
    r"(?:retouren|versand|paket|r[üu]cksende)\s*-?\s*(?:label|etikett|schein|nummer|nr\.?)",
    r"retouren?",
    r"r[üu]cksendung",
    r"(?:auftrags|vorgangs|kunden|lieferschein)\s*-?\s*(?:nummer|nr\.?)",
    r"lieferschein",
    r"rastreo",
    r"gu[íi]a",
    r"localizador",
    r"albar[áa]n",
    r"protocolo",
    r"chamado",
    r"bon\s*de\s*(?:retour|commande|livraison)",
    r"rastreio",
    r"rastreamento",
    # not "caso precisem", "en caso de que", "nesse caso": Spanish and Portuguese "in case"
    # and "in that case" name no case (looked behind from the word's end, as "case" above);
    # nor "caso o chat caia", "caso se corte": the conjunction before its clause's subject
    r"caso(?!\s+(?:precis|necess|necesit|quei?ra|quisier|sej|sea\b|haj|haya\b|tenha|tenga"
    r"|(?:o|a|os|as|se|eu|el|la)\s))"
    r"(?<!\ben\scaso)(?<!\bem\scaso)(?<!\bnesse\scaso)(?<!\bneste\scaso)(?<!\bese\scaso)",
    # not "dans le dossier", "au dossier", "sur mon dossier" before other words: the
    # customer's record, where the number on file is their own ("mauvais numéro dans le
    # dossier, le nouveau : 06..."); a number right after it is still the case's ("dans le
    # dossier: 4711")
    r"dossier(?:(?<!dans\sle\sdossier)(?<!\bau\sdossier)(?<!dans\smon\sdossier)"
    r"(?<!sur\smon\sdossier)(?<!sur\sle\sdossier)|(?=\s*[:#]?\s*[0-9]))",
    r"vorgang",
    # an authority's or a court's file number (a fine, a towed car, a claim): "expediente
    # 206.056", "processo 608.375", "Aktenzeichen 495.928", "numéro de procédure 4411"
    r"expedientes?",
    r"processos?",
    r"aktenzeichen",
    r"proc[ée]dure",
    r"referencia",
    r"r[ée]f[ée]rence",
    r"referenz",
    # a German transfer's purpose line, where the invoice's or contract's number goes
    r"verwendungszweck",
    r"refer[êe]ncia",
    r"vuelo",
    r"vol",
    r"flug",
    r"voo",
    r"tienda",
    r"env[íi]o",
    r"paquete",
    r"paqueter[íi]a",
    r"pacote",
    r"folio",
    r"s[óo]cio",
    r"nota",
    r"matr[íi]cula",
    # a vehicle's plate: the number after it is the car's, not the licence's ("DL: ...
    # plate M-VS 1203", "licencia ... placa 3047 VCV", "Führerschein ..., Kennzeichen ...")
    r"plates?",
    r"placas?",
    r"plaques?",
    r"immatriculation",
    r"kennzeichen",
    r"nummernschild",
    r"cmd",
    r"incidencia",
    r"magasin",
    r"filiale",
    r"loja",
    r"modelo",
    r"mod[èe]le",
    r"modell",
    r"cp",
    r"c[óo]digo\s*postal",
    r"code\s*postal",
    r"plz",
    r"cep",
    r"postleitzahl",
    r"colis",
    r"paket",
    r"reserva",
    r"r[ée]servation",
    r"buchung",
    r"billet",
    r"quittung",
    r"recibo",
    # the receipt, not the verb: "j'ai reçu un sms du 06..." names a sender's phone, and
    # "rien reçu", "pas reçu", "jamais reçu", "bien reçu" say what came or did not
    r"re[çc]u(?!\s+(?:un|une|des|le|la|les|ce|cet|cette|mon|ma|mes|votre|vos|ton|ta)\b)"
    r"(?<!rien\sre[çc]u)(?<!pas\sre[çc]u)(?<!jamais\sre[çc]u)(?<!bien\sre[çc]u)",
    r"member",
    r"membership",
    r"customer",
    r"client",
    r"cliente",
    r"kunde",
    r"kundennr",
    r"kundennummer",
    r"protocolo",
    r"protocol",
    r"adh[ée]rent",
    r"mitglied",
    r"mitgliedsnummer",
    # a return label's number is the parcel's
    r"label",
    r"etiqueta",
    r"[ée]tiquette",
    r"etikett",
    r"rma",
    r"r[ée]f\.?",
    # a utility's or an insurer's contract and policy numbers: "contrato 4495316895"
    r"contracts?",
    r"contrat",
    r"contratos?",
    r"vertrag",
    r"vertrags\s*-?\s*(?:nummer|nr\.?)",
    r"vertragsnummer",
    r"p[óo]liza",
    r"ap[óo]lice",
    # the policy in French and German ("police d'assurance", "Versicherungspolice"), Austria's
    # "Polizze", and the plurals
    r"polices?",
    r"versicherungspolicen?",
    r"polizzen?",
    r"policies",
    r"p[óo]lizas",
    r"ap[óo]lices",
    # the number printed on the parcel's box: "le numéro sur le carton c'est ..." (not
    # "box": in French, the internet router whose wifi code is a password)
    r"cart[oó]n",
    r"karton",
)

# Words that name a phone. A bare "number" word also introduces one ("mi número es ..."),
# but it does not outweigh a nearer reference word ("customer number ...").
_PHONE_SPECIFIC = (
    r"phone",
    r"cell",
    r"mobile",
    r"mobil",
    r"festnetz",
    # the landline in the other languages: "fixe 01 23 ...", "fijo 011 ...", "fixo 21 ..."
    r"landline",
    r"fixe",
    r"fijo",
    r"fixo",
    # a line named whose it is or what kind ("my work line", "línea fija", "ligne directe",
    # "linha fixa") and German "Durchwahl": not a line alone, which is also a credit line
    r"(?:work|home|office|direct|business|private|phone|mobile|cell)\s*-?\s*line",
    r"l[íi]nea\s*(?:fija|directa|m[óo]vil|de\s*(?:casa|trabajo|la\s*oficina))",
    r"ligne\s*(?:fixe|directe|perso|pro|du\s*bureau)",
    r"linha\s*(?:fixa|direta|de\s*casa|do\s*trabalho)",
    r"durchwahl",
    r"mob",
    r"t[ée]l",
    r"tel\.?",
    r"tel[ée]fono",
    r"m[óo]vil",
    r"celular",
    r"cel",
    r"celu",  # Argentina and Uruguay: "mi celu 011 15-..."
    r"gsm",  # Belgium: "mon gsm 0470..."
    r"whatsapp",
    r"t[ée]l[ée]phone",
    r"portable",
    r"handy",
    r"telefon",
    r"handynummer",
    r"mobilnummer",
    # German compounds of a phone's word and "Nummer" or its "Nr.": "Telefonnummer",
    # "Rufnummer", "Handynr", "Mobilfunknummer", "Festnetznummer", "Tel.-Nr."
    r"(?:telefon|ruf|handy|mobil|mobilfunk|festnetz|kontakt)\s*-?\s*(?:nummer|nr)",
    r"tel\.?\s*-?\s*nr",
    r"telem[óo]vel",
    r"telefone",
    r"tlf",
    r"tfno",
    r"telf",
    r"fone",
    r"fono",  # Chile: "mi fono 9 8765 ..."
    r"call\s*me\s*(?:on|at)",
    r"ring\s*me(?:\s*(?:on|at))?",
    r"text\s*me(?:\s*(?:on|at))?",
    r"reach\s*me(?:\s*(?:on|at))?",
    r"whats",
    r"wpp",
    r"zap",
    r"zapzap",
    r"m[óo]vel",
    # asked to call or dial a number, in the imperative ("llámame al", "marquen al", "ligue
    # para", "me liga no", "rappelez-moi au"): the customer's own; not "llamé al" (a number
    # the customer called) nor an infinitive
    r"ll[áa]m(?:a|e|en|ame|eme|enme)\s*al",
    r"m[áa]rc(?:a|ame)\s*al",
    r"m[áa]rqu(?:e|en|eme|enme)\s*al",
    # each optional lead word written as a branch of its own: a branch opening with an
    # optional group leaves the list without its first-letter look-ahead (``starts``)
    r"reappel(?:ez|le)\s*-?\s*moi\s*au",
    r"appel(?:ez|le)\s*-?\s*moi\s*au",
    r"ruf\s*mich\s*an",
    r"me\s*lig(?:a|ue|uem)\s*(?:-?\s*me\s*)?(?:para|pra|no)",
    r"lig(?:a|ue|uem)\s*(?:-?\s*me\s*)?(?:para|pra|no)",
    # Swiss "Natel" (a mobile, in French and German), Quebec's "cellulaire", "cell phone",
    # Portugal's "tlm"/"tlmv" for telemóvel
    r"natel(?:nummer)?",
    r"cellulaire",
    r"cell\s*phone",
    r"tlmv?",
    # the number a call came from: "someone called me from", "on m'a appelé du", "me
    # llamaron desde el"
    r"called\s*(?:me\s*)?from",
    r"appel[ée]e?s?\s*(?:du|depuis\s*le)",
    r"llam(?:[óo]|aron)\s*(?:desde\s*el|del)",
)
SPECIFIC_PHONE_WORDS = words(*_PHONE_SPECIFIC)
_OWN_NUMBER = (
    # "my number" said alone is the customer's phone, nearer than a third party named before
    # it ("gave the courier my number 0117 ..."); not "my number of ...", "mi número de
    # pedido" (the thing numbered follows)
    r"my\s*(?:new\s*|old\s*)?number(?!\s*of\b)",
    r"mi\s*(?:nuevo\s*)?n[úu]mero(?!\s*de\b)",
    r"mon\s*(?:nouveau\s*)?num[ée]ro(?!\s*d[e'\u2019])",
    r"meine\s*(?:neue\s*)?nummer",
    r"meu\s*(?:novo\s*)?n[úu]mero(?!\s*d[eo]\b)",
)
# For weighing the phone's word against a third party's named before it only: elsewhere a
# possessive number word has rules of its own (``continuation``).
OWN_PHONE_WORDS = words(*_PHONE_SPECIFIC, *_OWN_NUMBER)
PHONE_WORDS = words(*_PHONE_SPECIFIC, r"n[úu]mero", r"nummer", r"num[ée]ro")


# A reply that is one number and nothing else ("099", "2008.", "980 👍", "184 505 !"): the
# agent asked for the value, and the customer's message needs no word of its own. Only a
# short message is read; every repeat is possessive or bounded, so it is linear. A message
# never opens with a space: text opening with one is what is left after a mask token ("[...]
# 123", the redactor re-reading its output), where the number is no answer of its own.
# A word of assent or "here" may lead it: "ok 807", "lol ok 356", "vale, 123", "voilà 0420",
# "ok its 405".
_ASSENT = (
    r"(?i:ok|okay|okey|k|lol|sure|yes|yeah|yep|here|umm*|hmm*|uh|so|si|s[íi]|vale|claro|listo"
    r"|aqu[íi]|pues|bueno|oui|ouais|d['\u2019]acc(?:ord)?|voil[àa]|alors|euh|ja|jo|klar|hier|also"
    r"|[äa]hm?|sim|beleza|t[áa]|aqui|pronto|ent[ãa]o|bom"
    # "ya 04/29": Spanish "there", the wait over; "eh", "ah": a pause before the answer
    r"|ya|eh|ah"
    # a hedge before the value, unsure of it: "creo que es X", "acho que é X", "je crois
    # que c'est X" (after it, the hedge is ``_HEDGE``'s)
    r"|(?:creo|acho|je\s{1,3}(?:crois|pense))\s{1,3}que"
    # or without its "that", which English and German drop ("i think X", "ich glaub X");
    # Spanish, French and Portuguese keep their "que" ("creo es X" is no lead)
    r"|i\s{1,3}(?:think|guess|believe)|ich\s{1,3}glaub(?:e)?"
    # the demonstrative before the copula: "ja das ist X", "yes that's X", "oui ça c'est X",
    # "sí eso es X", "sim isso é X"
    r"|(?:das|dies|that|this|eso|esto|isso|isto|[çc]a)\s{1,3}(?:ist|is|es|é|c['\u2019]est)"
    r"|that['\u2019]?s"
    # laughter: "jajaja ok 689", "hahaha", "kkkk", "mdr"
    r"|(?:ja|ha|je|he|hi){2,}+|k{3,}+|mdr"
    # the copula that hands the value over: "ok its 405", "c'est 8812", "é 557"
    r"|it['\u2019]?s|c['\u2019]est|es|ist|é)"
)
# Handing the value over: "here you go", "here u go", "there you go", "here it is", "aquí
# tienes", "aquí lo tiene", "voici", "le voilà", "hier bitte", "bitte schön", "aqui está",
# "segue"; German hands it over with "bitte" alone too ("bitte 10/33"). First in the assent
# words: the single "here" would take its place.
_HANDOVER = (
    r"(?i:(?:here|there)\s{1,3}(?:you|u|ya)\s{1,3}(?:go|are)|here\s{1,3}it\s{1,3}is"
    r"|aqu[íi]\s{1,3}(?:(?:lo|la|te|le)\s{1,3})?tien[ea]s?|voici|le\s{1,3}voil[àa]"
    r"|hier\s{1,3}bitte|bitte(?:\s{1,3}sch[öo]n)?|aqui\s{1,3}est[áa]|segue)"
)
_ASSENT = rf"(?:{_HANDOVER}|{_ASSENT})"
# A hedge after the number: "561 i think", "328 creo", "787 je crois", "195 glaub ich".
_HEDGE = (
    r"(?i:i\s{1,3}think|i\s{1,3}guess|i\s{1,3}believe|creo|je\s{1,3}crois|glaub(?:e)?\s{1,3}ich"
    r"|acho(?:\s{1,3}eu)?|penso"
    # or the close of a dictation: "8248 das wars", "c'est tout", "eso es todo", "é isso"
    r"|das\s{1,3}war['\u2019]?s|das\s{1,3}ist\s{1,3}alles|c['\u2019]est\s{1,3}tout"
    r"|(?:eso\s{1,3})?es\s{1,3}todo|[ée]\s{1,3}(?:s[óo]\s{1,3})?isso|s[óo]\s{1,3}isso"
    r"|that['\u2019]?s\s{1,3}(?:it|all)"
    # a courtesy after it: "76861591619 sir", "4410 ma'am", "1234 señor", "1234 monsieur"
    r"|sir|ma['\u2019]?am|madam|se[ñn]or(?:a|ita)?|monsieur|madame|mein\s{1,3}herr"
    r"|senhor(?:a)?"
    # an apology for how it was typed: "46O766683 sorry my keyboard", "sry typo", "sorry
    # autocorrect", "sorry Tippfehler", "perdón el teclado", "désolé le clavier"
    r"|(?:sorry|sry|soz|oops|perd[óo]n|pardon|d[ée]sol[ée]e?|entschuldigung|desculp[ae])"
    r"[\s,]{1,3}(?:(?:my|the|el|mi|le|mon|o|meu|die|meine)\s{1,3})?"
    r"(?:keyboard|typo|autocorrect|teclado|clavier|tastatur|tippfehler|corretor))"
)
# What may stand around a bare reply: up to three words of assent before it, a hedge after.
_LEAD = rf"(?:{_ASSENT}(?![\w'\u2019])[^\w\[\]]{{0,3}}+){{0,3}}+[^\w\[\]]*+"
_TAIL = rf"[^\w\[\]]*+(?:{_HEDGE}(?!\w)[^\w\[\]]*+)?"
_BARE_NUMBER = re.compile(rf"(?!\s){_LEAD}(?P<value>[0-9](?:[\s.\-]{{0,8}}+[0-9])*+){_TAIL}\Z")
# after the same words of assent as a bare number ("ok 09/32", "its 4/29", "bitte 10/33"),
_BARE_EXPIRY = re.compile(
    # a word of assent may lead a slash or a dash ("ya 04/29", "ok 6-30"), never the dot a
    # time has ("ok 11.25", the answer to "when?")
    rf"(?!\s)(?:{_LEAD}(?=[0-9]{{1,2}}\s?[/\-])|[^\w\[\]]*+)"
    r"(?P<value>(?:0?[1-9]|1[0-2])\s?[/\-]\s?(?:20)?[0-9]{2}"
    # with a dot, only a year of a card in use: "11.45" alone is a time
    r"|(?:0[1-9]|1[0-2])\.(?:20)?[23][0-9])[^\w\[\]]*+\Z"
)
_BARE_LENGTH = 80


def bare_number(view: str) -> re.Match[str] | None:
    """The number a message holds and nothing else (digits and separators), if it does; a
    recent year alone ("2019", the answer to "what year?") is none."""
    if len(view) > _BARE_LENGTH or not has_digit(view):
        return None
    match = _BARE_NUMBER.match(view)
    if match is not None and (
        _YEAR.fullmatch(match.group("value"))
        # "#954360", "nº 2291": a number sign makes it a reference's number
        or _NUMBER_SIGN.search(view, 0, match.start("value"))
        # "4-1-2025": a date, the answer to "when?"
        or full_date(match.group("value"))
    ):
        return None
    return match


# A reply that hands over one identifier of capitals then digits and nothing else ("ok
# here u go D1176950", "here it is A051850258711"): one or two capitals and six to fourteen
# digits, the printed shape of passport and driving licence numbers (US, UK, CA, AU, IN,
# IE, NZ). Only after words handing it over: an order's number is sent bare as well.
_BARE_ID = re.compile(
    rf"(?!\s)(?:{_ASSENT}(?![\w'\u2019])[^\w\[\]]{{0,3}}+){{0,2}}"
    rf"{_HANDOVER}(?![\w'\u2019])[^\w\[\]]*+"
    r"(?P<value>(?-i:[A-Z]{1,2})[0-9](?:[\-]?[0-9]){5,13})[^\w\[\]]*+\Z"
)


def bare_id(view: str) -> re.Match[str] | None:
    """The identifier of capitals and digits a message holds and nothing else, if it does."""
    if len(view) > _BARE_LENGTH or not has_digit(view):
        return None
    match = _BARE_ID.match(view)
    if match is None or _NUMBER_SIGN.search(view, 0, match.start("value")):
        return None
    return match


_YEAR = re.compile(r"19[5-9][0-9]|20[0-3][0-9]")
# A calendar date with its four-digit year, day and month in either order or year first.
_FULL_DATE = re.compile(
    r"(?P<a>[0-9]{1,2})(?P<j>[\-/.])(?P<b>[0-9]{1,2})(?P=j)(?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}(?P<k>[\-/.])(?P<c>[0-9]{1,2})(?P=k)(?P<d>[0-9]{1,2})"
)


def full_date(value: str) -> bool:
    """A calendar date with its four-digit year ("20.8.2024", "2024-08-20")."""
    match = _FULL_DATE.fullmatch(value)
    if match is None:
        return False
    if match.group("a") is not None:
        return calendar_day_and_month(match.group("a"), match.group("b"))
    return 1 <= int(match.group("c")) <= 12 and 1 <= int(match.group("d")) <= 31


_NUMBER_SIGN = re.compile(r"(?:#|\bn[º°]|\bno\.|№)\s*\Z")


def bare_digits(view: str, begin: int) -> bool:
    """Whether the number starting at ``begin`` is the bare number the whole message is."""
    match = bare_number(view)
    return match is not None and match.start("value") == begin


_BARE_LEAD = re.compile(_LEAD)
_BARE_TAIL = re.compile(_TAIL)


def bare_code(view: str, begin: int, end: int) -> bool:
    """Whether the code at ``begin:end`` is the whole message but for a word of assent before
    it and a hedge after it ("ok C2053FNM8", "79WJ87284 je crois"): the answer to the agent's
    question for it. A number sign before it ("here you go #A1234567") makes it a reference."""
    return (
        len(view) <= _BARE_LENGTH
        and not view[:1].isspace()
        and _BARE_LEAD.fullmatch(view, 0, begin) is not None
        and _NUMBER_SIGN.search(view, 0, begin) is None
        and _BARE_TAIL.fullmatch(view, end) is not None
    )


def bare_expiry(view: str) -> re.Match[str] | None:
    """A month and year that is the whole message ("9/26", "02/2028", "03.27")."""
    if len(view) > _BARE_LENGTH or not has_digit(view):
        return None
    return _BARE_EXPIRY.match(view)


# Misspelt context words ("pssword", "cryto", "valdiade", "caducidd", "expiraiton",
# "scoial"): one slip away from a word of the lists, as customers type them. The lists
# spell the common slips out; the others are mended here, once per message, in a view of
# the same length: the slip is overwritten with the longest word of its kind that every
# list knows and that fits, padded with spaces ("pssword" -> "pwd    ", "valdiade" ->
# "validade"), so the gaps the finders allow stay about as long. Read: a letter dropped,
# doubled or added, two neighbours swapped, and in a long word (eight letters or more) one
# letter typed for another.
# Each kind: the words its slips are read from, and the words that stand in for them.
_MENDED = (
    (
        # "contraseña" with its tilde too: a slip leaves the tilde in ("contrseña")
        ("password", "passwords", "passwort", "kennwort", "contrasena", "contraseña"),
        ("pwd", "password", "passwords", "contrasena"),
    ),
    (
        ("crypto", "cryptogram", "cryptogramme", "sicherheitscode", "pruefziffer"),
        ("cvv", "crypto", "cryptogram", "cryptograme", "cryptogramme"),
    ),
    (("security",), ("sec", "security")),
    (("seguridad", "seguranca"), ("seguridad", "seguranca")),
    (
        (
            "expiry",
            "expires",
            "expiration",
            "expiracion",
            "caducidad",
            "vencimiento",
            "vencimento",
            "validade",
            "validez",
            "validite",
            "gultigkeit",
            "ablaufdatum",
            "verfallsdatum",
        ),
        ("exp", "expiry", "expired", "validade", "caducidad", "expiration", "vencimiento"),
    ),
    (("social",), ("ssn", "social")),
    (
        ("passport", "passeport", "pasaporte", "passaporte", "reisepass"),
        ("pasap", "passport", "passeport", "passaporte"),
    ),
    (("routing",), ("aba", "routing")),
)
# Words and names of the five languages one slip away from those: never mended.
_REAL_WORDS = frozenset(
    {
        "securite",
        "sociale",
        "socials",
        "expire",
        "outing",
        "crypt",
        "validate",
        "kennwert",
        "valdez",  # a surname
    }
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _slips(word: str) -> Iterator[str]:
    """Every spelling one slip away from ``word``."""
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if len(word) >= 8:
            yield from (word[:i] + c + word[i + 1 :] for c in _LETTERS)
    for i in range(len(word) + 1):
        yield from (word[:i] + c + word[i:] for c in _LETTERS)


def _mend_table() -> dict[str, str]:
    """Built at import (every cold start): the stand-in for a slip depends only on its
    length, so it is chosen once per length, not once per slip."""
    known = {word for spelled, _ in _MENDED for word in spelled}
    table: dict[str, str] = {}
    for spelled, stand_ins in _MENDED:
        fitting: dict[int, str] = {}  # slip length -> the longest stand-in that fits, padded
        for word in spelled:
            for slip in _slips(word):
                size = len(slip)
                if size < 5 or slip in known or slip in _REAL_WORDS:
                    continue
                if size not in fitting:
                    fits = max((w for w in stand_ins if len(w) <= size), key=len, default="")
                    fitting[size] = fits.ljust(size) if fits else ""
                if fitting[size]:
                    table[slip] = fitting[size]
    return table


_MEND = _mend_table()
# A word of letters (digits may touch it: "valdiade0627"), as long as a slip can be.
_WORD_OF_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]{5,16}(?![^\W\d_])")
_ACCENTS = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüç", "aaaaaeeeeiiiiooooouuuuc")


def mend_typos(folded: str) -> str:
    """``folded`` with each misspelt context word overwritten by a word of its kind."""
    if not has_letter(folded):
        return folded  # digits and separators: no word to mend
    if folded.isascii() and _MEND.keys().isdisjoint(_WORD_OF_LETTERS.findall(folded.lower())):
        # In ASCII, lowering keeps every word where it is (and ``_ACCENTS`` has nothing to
        # do): no word is a slip, tested in C rather than word by word.
        return folded
    parts: list[str] = []
    cursor = 0
    for match in _WORD_OF_LETTERS.finditer(folded):
        mended = _MEND.get(match.group().lower().translate(_ACCENTS))
        if mended is not None:
            parts.append(folded[cursor : match.start()])
            parts.append(mended)
            cursor = match.end()
    if not parts:
        return folded
    parts.append(folded[cursor:])
    return "".join(parts)


# An identifier typed in pieces after its word: "HOU - B97 - 021 - 6DC - 8", "PUSV luego
# 7310 luego 25MJ", "JP1T ✅ 1LRT ✅ C", "A86.980.730.0". Pieces of letters and digits,
# joined by separators, emoji or punctuation (up to twelve characters: spelled digits leave
# gaps in the spelled view, "cuatro ... F" -> "4      ... F"), or a joining word.
_PIECE = re.compile(r"[A-Za-z0-9]+")
_JOINING = (
    r"and\s+then|then|and|y\s+luego|luego|y|et\s+puis|puis|et|und\s+dann|dann|und"
    r"|e\s+depois|depois|e"
    # an assent or a hesitation while reading the pieces off the document: "F1PL 🙏 277X ok
    # 6", "JWT6 dann 5HYC äh Y", Spanish and Portuguese "eh"
    r"|ok(?:ay)?|[äa]h+m*|euh+|uh+m*|e+h+m*"
)
_PIECE_GAP = re.compile(rf"(?:[^\w\[\]]|_){{1,12}}+(?:(?i:{_JOINING})(?:[^\w\[\]]|_){{1,8}}+)?")


def pieces_after(
    view: str,
    begin: int,
    *,
    most: int,
    takes: Callable[[str], bool] = lambda piece: True,
    reach: int = 24,
    starts: int = 3,
) -> Iterator[tuple[int, int, str, int]]:
    """The values typed in pieces from one of the first ``starts`` pieces within ``reach``
    characters after ``begin`` (the end of a context word): ``(begin, end, compact,
    pieces)`` for every run of pieces ``takes`` accepts, up to ``most`` characters of
    letters and digits. Each start reads at most ``most`` characters of pieces."""
    position = begin
    for _ in range(starts):
        # searched within reach only, then read whole
        near = _PIECE.search(view, position, begin + reach + 1)
        if near is None or "\n" in view[begin : near.start()]:
            return
        first = _PIECE.match(view, near.start())
        if first is None:
            return
        position = first.end()
        yield from _runs(view, first, most, takes)


def pieces_before(
    view: str,
    end: int,
    *,
    most: int,
    takes: Callable[[str], bool] = lambda piece: True,
    reach: int = 64,
) -> Iterator[tuple[int, int, str, int]]:
    """The runs of pieces (as ``pieces_after``) that start within ``reach`` characters
    before ``end`` (the start of the word naming them) and end before it."""
    low = max(0, end - reach)
    for first in _PIECE.finditer(view, low, end):
        if first.start() == low and low > 0 and view[low - 1].isalnum():
            continue  # a piece cut by the window
        for run in _runs(view, first, most, takes):
            if run[1] > end:
                break
            yield run


def _runs(
    view: str, first: re.Match[str], most: int, takes: Callable[[str], bool]
) -> Iterator[tuple[int, int, str, int]]:
    piece: re.Match[str] | None = first
    compact, count = "", 0
    while piece is not None and takes(piece.group()):
        compact += piece.group()
        count += 1
        if len(compact) > most:
            break
        yield first.start(), piece.end(), compact, count
        gap = _PIECE_GAP.match(view, piece.end())
        piece = _PIECE.match(view, gap.end()) if gap is not None else None
