"""``CREDIT_DEBIT_NUMBER``: 13-19 digit runs that pass the Luhn check.

A run is a maximal sequence of digits joined only by separators (spaces, dashes,
dots, slashes, in the folded view where no-break and zero-width characters are
already spaces), so ``4111.1111.1111.1111``, ``4 1 1 1 ...`` and
full-width ``4111-...`` are all one run; a calendar date inside one cuts it
("6150 19/03/2027 14 05" is three values, none a card). Luhn comes from python-stdnum.

- A whole run of 13-19 digits that passes Luhn is a card number whatever its
  prefix: the issuer ranges (Visa 4, Mastercard 51-55 and 2221-2720, Amex
  34/37, Discover/UnionPay/Maestro 6, JCB and Diners 3, Mir 2200-2204) only
  raise the score. Redacting every Luhn-valid run keeps the guarantee simple.
- A card followed or preceded by a short number ("4111 ... 1111 123", a ZIP code
  before it, an expiry and security code after it) forms a longer run: a
  group-aligned 13-19 digit part with a known issuer prefix and a valid Luhn
  digit, leaving at most ten other digits, is the card (not after tracking,
  order or reference words: parcel numbers are 20-22 digits).
- After card words ("card", "visa", "debit" ...), a 13-19 digit run is masked
  even when Luhn fails: a typo does not make the rest of the number public.
- A card's ending after a card word and an ending word ("card ending in 4242", "tarjeta
  terminada en 4242", "Karte endet auf 4242") is masked too: the issue names "ends in"
  among the card's context words, and the digits a customer gives to say which card is
  theirs are digits of its number. It starts no number across messages (``continuation``).
Windows inside longer runs are not searched otherwise: a 22-digit parcel
number has a Luhn-valid 16-digit window one time in ten.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, compress

import phonenumbers
from stdnum import isbn

from connect_privacy.redaction.patterns.context import (
    NOT_PERSONAL,
    before,
    nearer,
    starts,
    words,
)
from connect_privacy.redaction.patterns.digit_groups import (
    ORDER_NUMBER,
    digit_group_spans,
    undated,
    zip_after_state,
)
from connect_privacy.redaction.patterns.hints import any_of, may_hold
from connect_privacy.redaction.patterns.priced_tail import amount_start
from connect_privacy.redaction.spans import Span

ENTITY = "CREDIT_DEBIT_NUMBER"
RUN = re.compile(r"[0-9](?:[\s\-./]*[0-9])*", re.ASCII)
_GROUP = re.compile(r"[0-9]+", re.ASCII)
CARD_WORDS = words(
    r"cards?",
    r"card\s*(?:no|number|num|#)",
    r"visa",
    r"master\s*card",
    r"mastercard",
    r"amex",
    r"american\s*express",
    r"discover",
    r"credit",
    r"debit",
    r"cc",
    r"pan",
    r"long\s*number",
    r"cc\s*#",
    r"tarjeta",
    # common misspellings and the national card names
    r"crad",
    r"crd",
    r"card{2,3}",  # carddd: a key held down
    r"carrd",
    r"crte",
    r"karten\s*-?\s*nr\.?",
    r"tarjta",
    r"tarejta",
    r"ec\s*-?\s*karte",
    r"girocard",
    r"maestro",
    r"carte\s*bleue",
    r"tarj\.?",
    r"tdc",
    r"carte",
    r"cb",
    r"karte",
    r"kreditkarte",
    r"kartennummer",
    r"cart[ãa]o",
    r"cartao",
    r"cr[ée]dito",
    r"d[ée]bito",
    r"cr[ée]dit",
    r"d[ée]bit",
    # typed fast: crd, carddd, creditcard, crte, kartennr, kk-nr (Kreditkarte), kreditkate
    r"ca?r+d{1,3}s?",
    r"credit\s*-?\s*card",
    r"crte",
    r"karten?\s*-?\s*(?:nr|nummer)\.?",
    r"kk",
    r"kk\s*-?\s*nr\.?",
    r"kredit\s*-?\s*kar?te",
    r"ca?rt[ãa]o",
    r"tjta",
)

# Words that say a short number is the end of a card, not the start of one.
ENDING_WORDS = words(
    r"ending",
    r"endng",
    r"ends?\s*(?:in|with)",
    r"last\s*(?:4|four)",
    r"terminad[ao]\s*en",
    r"termina\s*en",
    r"acaba(?:da)?\s*en",
    r"[úu]ltimos",
    r"finissant\s*par",
    r"finit\s*par",
    r"se\s*termin(?:e|ant)\s*par",
    r"endet\s*(?:auf|mit)",
    # "die karte mit endung 4321", "Karte mit der Endung 4321"
    r"(?:mit\s*(?:der\s*)?)?endung",
    r"endend\s*auf",
    r"endziffern",
    r"final",
    r"terminad[ao]\s*em",
)
# What every ending word holds in lower case ("end" ending, endet, endung; "fin" finit,
# final; ...): a substring test before ``_CARD_ENDING``'s scan, which they lead.
_HOLDS_ENDING_HINT = any_of(("end", "last", "termin", "acaba", "ltimos", "fin"))
# Words saying the digits beside them are a card's whole number, sent after its ending or its
# first part ("no wait the whole thing", "no mejor toda", "je mets tout", "não, todo", "ops
# mandei tudo", "die ganze Nummer").
WHOLE_WORDS = words(
    r"whole",
    r"full",
    r"entire",
    r"compl[eè]t[aeo]?",
    r"tod[ao]",
    r"tudo",
    r"enter[ao]",
    r"inteir[ao]",
    r"toute?",
    r"enti[eè]re?",
    r"ganz(?:en?)?",
    r"komplett",
    r"vollst[äa]ndig(?:en?)?",
)
# After the ending words: "in", a colon, "digits" and a copula may come before the digits
# ("ending in 4242", "last 4 digits are 4242", "últimos dígitos: 4242", "endet auf die
# Ziffern 4242").
_ENDING_GAP = (
    r"[\s:#\-]*(?:(?:in|with|en|par|em|auf|mit)\s+)?(?:(?:the|die|les|los|as|os)\s+)?"
    r"(?:(?:digits?|d[íi]gitos|chiffres|ziffern|n[úu]meros)[\s:#\-]*)?"
    r"(?:(?:are|is|son|es|sont|sind|s[ãa]o|=)[\s:]*)?"
)
# The last four (five on American Express), or two printed groups of four; not the start
# of a longer number, a date or a price.
_CARD_ENDING = re.compile(
    rf"{ENDING_WORDS.pattern}{_ENDING_GAP}(?P<value>[0-9]{{4}}(?:[\s\-]?[0-9]{{4}})?|[0-9]{{5}})"
    r"(?![0-9]|[.,/:][0-9])"
)
# A message that is only a card's ending, its word left to the question it answers ("ending in
# 4242", "termina en 4242", "elle finit par 4242", "endet auf 4242", "termina em 4242"):
# nothing but a card is told by the last four it ends in. An ending verb only: a year ("final
# 2024") and "last 4 1234" (the word's own digit) are none; "the one ending in" points at
# something named before, which may be an order, and so does English "it" ("it ends in
# 4821": an order, a phone or a card; the project corpus keeps it). The French, German and
# Portuguese pronouns are the card's gender ("elle finit par", "sie endet auf").
_ENDING_ALONE_MOST = 40
_ENDING_ALONE = re.compile(
    r"(?i)[^\w\n]*(?:(?:elle|sie|ela)\s+)?"
    r"(?:ending|ends?\s+(?:in|with)|termina(?:d[ao])?\s+e[nm]|acaba(?:da)?\s+en"
    r"|finit\s+par|finissant\s+par|se\s+termin(?:e|ant)\s+par|endet\s+(?:auf|mit)"
    r"|endend\s+auf)"
    rf"{_ENDING_GAP}(?P<value>[0-9]{{4}})[^\w\n]*"
)
# How far before the ending words the card word may be: "card ending", "visa card that ends
# in", "la tarjeta de crédito que termina en".
_ENDING_CARD_WINDOW = 32
# Paying with something that ends in digits names a card without its word ("quería pagar con
# la que termina en 4242", "paguei com o terminado em", "payer avec celle qui finit par").
_PAID_WITH = words(
    r"pa(?:y|id|ying)\s*with",
    r"pag(?:ar|o|u[ée]|uei|ou|ando)\s*co[nm]",
    r"pa(?:yer|y[ée]|ie)\s*avec",
    r"(?:be)?zahl(?:en|e|t)\s*mit",
)
# A card's last four named without an ending word: right after a noun that names a card
# ("karte 5641 / CHF 12.90", "visa 4242, order 5512", "pedido 6435 / tarjeta 5862 / 98,50€")
# or after saying it paid ("paid with 3712", "bezahlt mit der 1846", "mit meiner 0562
# bezahlt"): those words come right before it, so an order word earlier takes nothing away.
# Not "credit", "crédito" or "cc" (an amount's words), not four digits that go on as a
# longer number, a price or points.
_FOUR_WITHOUT_ENDING_WORDS = "|".join(
    (
        r"(?:cards?|tarjeta|carte|cart[ãa]o|karte|kreditkarte|ec\s?-?\s?karte|girocard|visa"
        r"|master\s?card|amex|maestro)[\s:#\-]{1,3}",
        r"(?:paid|pay(?:ed|ing)?|charged)\s{1,3}(?:with|using|on)\s{1,3}(?:my\s{1,3}|the\s{1,3})?",
        r"(?:bezahl|zahl)(?:e|t|te)?\s{1,3}mit\s{1,3}(?:der|meiner)\s{1,3}",
        r"mit\s{1,3}(?:der|meiner)\s{1,3}(?=[0-9]{4}\s{1,3}(?:be)?zahlt)",
        # "pagué con la 4178", "payée avec la 3028", "pago com o 5308": the card paid with,
        # its word left out after the article; not the first group of a number dictated
        # between words ("pagué con la 4111 este 1111 ...")
        r"(?:pag(?:u[ée]|ado|ada)\s{1,3}con\s{1,3}(?:la|mi)"
        r"|pay[ée]e?s?\s{1,3}avec\s{1,3}(?:la|ma)"
        r"|pag(?:o|a|uei|ou)\s{1,3}com\s{1,3}(?:o|a|meu|minha))\s{1,3}"
        r"(?![0-9]{4}\s{1,3}[^\W\d_]+\s{1,3}[0-9])",
    )
)
# After the four: no digit, glued or after a separator or one space (a longer number, a
# price's cents, "7315/2"), and no currency, points or miles; a list's ", 98,50€" may follow.
_FOUR_WITHOUT_ENDING = re.compile(
    rf"(?i){starts(_FOUR_WITHOUT_ENDING_WORDS)}\b(?:{_FOUR_WITHOUT_ENDING_WORDS})"
    r"(?P<value>[0-9]{4})"
    r"(?![0-9]|[.,/:\-][0-9]|[ ][0-9]|\s?(?:[€$£%]|(?:eur|euros?|chf|usd|dollars?|points|punkte"
    r"|miles|meilen|x|reais|pesos?|brl|mxn)\b))"
)


@dataclass(frozen=True, slots=True)
class Run:
    begin: int
    end: int
    digits: str
    groups: tuple[tuple[int, int], ...]  # (begin, end) of each digit group, in text offsets


def digit_runs(view: str, *, min_digits: int) -> Iterator[Run]:
    """Runs with at least ``min_digits`` digits (at least six)."""
    if min_digits < _MIN_RUN_DIGITS:
        raise ValueError(f"digit_runs reads runs of {_MIN_RUN_DIGITS} digits or more")
    for run in _runs(view):
        if len(run.digits) >= min_digits:
            yield run


# The card, identifier and context finders all read the runs of the same views: each
# view's runs are cut into groups once, not once per finder.
_MIN_RUN_DIGITS = 6


def clear_run_cache() -> None:
    _runs.cache_clear()


# The first six characters of a run read (a digit, then digits and separators): a search
# before the scan, whose every short run is a match of its own.
_SIX_RUN_CHARS = re.compile(r"[0-9][\s\-./0-9]{5}", re.ASCII)


@functools.lru_cache(maxsize=4)
def _runs(view: str) -> tuple[Run, ...]:
    if _SIX_RUN_CHARS.search(view) is None:
        return ()
    runs = []
    for match in RUN.finditer(view):
        if match.end() - match.start() < _MIN_RUN_DIGITS:
            continue
        # A date inside a run is a value of its own, not digits of its neighbours.
        for begin, end in undated(view, match.start(), match.end()):
            groups = tuple(digit_group_spans(view, begin, end))
            # "... 9618 1560 euros": the amount after the digits is no digit of theirs
            amount = amount_start(view, groups, end)
            if amount is not None:
                groups = tuple(group for group in groups if group[1] <= amount)
                end = groups[-1][1]
            digits = "".join(_GROUP.findall(view, begin, end))
            if len(digits) >= _MIN_RUN_DIGITS:
                runs.append(Run(begin, end, digits, groups))
    return tuple(runs)


def known_issuer(digits: str) -> bool:
    first = digits[0]
    if first in "3456":
        return True
    head = int(digits[:4])
    return 2221 <= head <= 2720 or 2200 <= head <= 2204 or digits[:2] in ("81", "82")


# Each digit doubled, then its digits summed (Luhn's rule for every second digit from the
# right): 0 2 4 6 8 1 3 5 7 9.
_DOUBLED = str.maketrans("0123456789", "0246813579")


def luhn_valid(digits: str) -> bool:
    """python-stdnum's ``luhn.is_valid`` for a string of ASCII digits, without its
    per-digit Python loop: a run of card-like groups is checked once per group."""
    undoubled = digits[::-1][::2]
    doubled = digits[::-1][1::2].translate(_DOUBLED)
    return (sum(map(int, undoubled)) + sum(map(int, doubled))) % 10 == 0


def is_card(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and luhn_valid(digits)


def find_cards(view: str) -> Iterator[Span]:
    for run in digit_runs(view, min_digits=13):
        yield from _cards_in_run(view, run)


# The old card's last four, named "the old one" after asking for a new card ("new card pls,
# old one (0257) was stolen", "tarjeta nueva, la vieja: 4417", "nouvelle carte, l'ancienne
# (0391)", "neue Karte, die alte 1846", "cartão novo, o antigo é 5308"): four digits right
# after the words, maybe in brackets or after a colon or a copula, a card word before them.
_OLD_ONE_FOUR = re.compile(
    r"(?i)(?<!\w)(?:(?:(?:the|my)\s{1,3})?old(?:\s{1,3}(?:one|card))?"
    r"|(?:(?:la|el|mi)\s{1,3})?(?:viej[oa]|antigu[oa]|anterior)"
    r"|(?:l['\u2019]\s{0,1}|mon\s{1,3}|ma\s{1,3})?anci(?:en|enne)"
    r"|(?:(?:die|der|meine?)\s{1,3})?alte[rn]?"
    r"|(?:(?:o|a|meu|minha)\s{1,3})?(?:antig[oa]|velh[oa]))(?!\w)"
)
_OLD_ONE_GAP = re.compile(
    r"\s{0,3}[(:#\-]?\s{0,3}(?:(?:is|was|es|era|est|[ée]tait|ist|war|[ée])\s{1,3})?"
    r"(?P<value>[0-9]{4})(?![0-9]|[.,/:\-][0-9]|\s?[€$£%])"
)
_FOUR_DIGITS = re.compile(r"[0-9]{4}")
# What every word of ``_OLD_ONE_FOUR`` holds in lower case: a substring test before the scan.
_OLD_HINTS = ("old", "viej", "antig", "anterior", "anci", "alte", "velh")
_HOLDS_OLD_HINT = any_of(_OLD_HINTS)
# How far before "the old one" the card word may be: "new card pls, old one".
_OLD_ONE_CARD_WINDOW = 24


def find_card_ending(view: str) -> Iterator[Span]:
    """A card's last digits after a card word and an ending word ("visa ending 4242"), or
    its last four alone after a card's noun or a word saying it paid ("karte 5641"), or
    after "the old one" when a new card is asked for (``_OLD_ONE_FOUR``)."""
    # a search before the scans: every value they take is four digits in a row
    if _FOUR_DIGITS.search(view) is None:
        return
    low = view.lower()
    yield from _old_card_ending(view, low)
    if len(view) <= _ENDING_ALONE_MOST:
        alone = _ENDING_ALONE.fullmatch(view)
        if alone is not None:
            yield Span(alone.start("value"), alone.end("value"), ENTITY, 0.8, "patterns")
    ending = _CARD_ENDING.finditer(view) if may_hold(view, low, _HOLDS_ENDING_HINT) else ()
    for match in ending:
        begin = match.start()
        named = before(CARD_WORDS, view, begin, _ENDING_CARD_WINDOW)
        if (named or before(_PAID_WITH, view, begin, _ENDING_CARD_WINDOW)) and not nearer(
            NOT_PERSONAL, CARD_WORDS if named else _PAID_WITH, view, begin
        ):
            yield Span(match.start("value"), match.end("value"), ENTITY, 0.8, "patterns")
    for match in _FOUR_WITHOUT_ENDING.finditer(view):  # its words are right before it
        yield Span(match.start("value"), match.end("value"), ENTITY, 0.8, "patterns")


def _old_card_ending(view: str, low: str) -> Iterator[Span]:
    if not may_hold(view, low, _HOLDS_OLD_HINT):
        return
    for old in _OLD_ONE_FOUR.finditer(view):
        four = _OLD_ONE_GAP.match(view, old.end())
        if four is not None and before(CARD_WORDS, view, old.start(), _OLD_ONE_CARD_WINDOW):
            yield Span(four.start("value"), four.end("value"), ENTITY, 0.8, "patterns")


# Three capitals or more glued to the digits, not an issuer's name ("JJD528151135455453",
# a DHL parcel; "REF4111..."): a code whose tail the digits are, printed as one token.
# "VISA4111...", "AMEX3782..." stay cards, and so do the card's own word and its shorthands
# glued on ("CARD4111...", "PAN4111..."), and digits typed on in groups ("ABC4111 1111 ...",
# "ABC4 1 1 1 ..."): no code is printed in groups after letters glued to it, a card is.
_CODE_PREFIX = re.compile(r"(?<![A-Za-z])[A-Z]{3,5}\Z")
_CARD_NAMES = frozenset(
    {"VISA", "AMEX", "JCB", "ELO", "CARD", "CARTE", "KARTE", "PAN", "CCN", "NUM", "DEBIT"}
)


def _code_tail(view: str, begin: int) -> bool:
    prefix = _CODE_PREFIX.search(view, max(0, begin - 6), begin)
    return prefix is not None and prefix.group() not in _CARD_NAMES


def _cards_in_run(view: str, run: Run) -> Iterator[Span]:
    if (
        len(run.groups) == 1
        and run.begin > 2
        and view[run.begin - 1].isupper()
        and _code_tail(view, run.begin)
    ):
        return
    if is_isbn(run.digits) and not before(CARD_WORDS, view, run.begin):
        return  # a book: ISBN-13 and Luhn agree one time in ten
    if ORDER_NUMBER.fullmatch(view, run.begin, run.end):
        return  # a marketplace order number: 17 digits pass Luhn one time in ten
    if run.begin > 0 and view[run.begin - 1] == "+":
        rest = _after_phone(view, run)
        if rest is not None:
            # "+351 21 224 0232 / 7132-116": a phone (the phone finder's), then another
            # field, read on its own; together they pass Luhn one time in ten.
            if rest.digits:
                yield from _cards_in_run(view, rest)
            return
    if not known_issuer(run.digits) and zip_after_state(view, run.begin, run.groups[0]):
        # "Springfield IL 12646 (203) 540-1216": an address's ZIP and its phone, no card
        return
    if is_card(run.digits):
        yield Span(
            run.begin, run.end, ENTITY, 0.95 if known_issuer(run.digits) else 0.8, "patterns"
        )
        return
    reference = before(NOT_PERSONAL, view, run.begin, 24) and not nearer(
        CARD_WORDS, NOT_PERSONAL, view, run.begin
    )
    if reference:
        # "order 266580351737 4111111111111111", "pedido 8597316 4111 1111 1111 1111": the
        # reference is the first group; a card in the later groups is the customer's card,
        # not the parcel's.
        yield from _cards_after_first(run)
        return
    part = _card_part(view, run)
    if part is not None:
        yield part
        return
    # "the long number on my receipt is ...": a reference word nearer than the card word
    if (
        13 <= len(run.digits) <= 19
        and before(CARD_WORDS, view, run.begin)
        and not nearer(NOT_PERSONAL, CARD_WORDS, view, run.begin)
    ):
        yield Span(run.begin, run.end, ENTITY, 0.6, "patterns")
        return
    if len(run.digits) > 19 and not before(NOT_PERSONAL, view, run.begin, 24):
        yield from _cards_among_groups(run)


# Two fields of a list: a slash or a bar between spaces (three spaces once the
# deobfuscated view has blanked it as noise).
_FIELD_SEPARATOR = re.compile(r"\s[/|]\s|\s{3}")


def _after_phone(view: str, run: Run) -> Run | None:
    """What follows a phone written with its country code ("+351 21 224 0232") and a field
    separator in ``run`` (right after a "+"), or None when the run does not start so."""
    glued = (run.begin > 1 and view[run.begin - 2].isalnum()) or (
        run.end < len(view) and view[run.end].isalpha()
    )
    field = None if glued else _FIELD_SEPARATOR.search(view, run.begin, run.end)
    if field is None:
        return None  # glued to a word, the phone finder reads no phone there
    head = "".join(_GROUP.findall(view, run.begin, field.start()))
    try:
        number = phonenumbers.parse("+" + head, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    groups = tuple(group for group in run.groups if group[0] >= field.end())
    digits = "".join(view[begin:end] for begin, end in groups)
    return Run(groups[0][0] if groups else run.end, run.end, digits, groups)


def _cards_after_first(run: Run) -> Iterator[Span]:
    """Cards among the groups after the first: in their printed groups after a reference
    longer than such a group ("pedido 7730412 4111 1111 1111 1111"), or else whole (groups
    of four throughout are one reference: "order 4111 1111 ... 4444")."""
    if len(run.groups) < 2:
        return
    first = run.groups[0][1] - run.groups[0][0]
    if first > _PRINTED_FIRST_GROUP:
        rest = Run(run.groups[1][0], run.end, run.digits[first:], run.groups[1:])
        ends = dict(rest.groups)  # each group's end by its start
        for card in _cards_among_groups(rest):
            # as a card is printed: whole, or its first four digits a group ("553-2246261-
            # 0974178" is another order's number)
            end = ends[card.begin]
            if end == card.end or end - card.begin == _PRINTED_FIRST_GROUP:
                yield card
        return
    offset = first  # digits of the groups before this one
    for begin, end in run.groups[1:]:
        digits = run.digits[offset : offset + end - begin]
        offset += end - begin
        if 13 <= len(digits) <= 19 and known_issuer(digits) and luhn_valid(digits):
            yield Span(begin, end, ENTITY, 0.85, "patterns")


# Digits beside a card in one run: a ZIP code, or MMYYYY and a security code.
_MAX_BESIDE = 10
# Groups a card is written in: 4-4-4-4, 4-6-5, 4-4-4-4-3, or the whole number.
_MIN_CARD_GROUP = 3
# Every scheme prints a card's first four digits as one group (4-4-4-4, Amex 4-6-5).
_PRINTED_FIRST_GROUP = 4


def _cards_among_groups(run: Run) -> Iterator[Span]:
    """Cards inside a longer run: two cards back to back, a phone number then a card.

    Only whole groups of three or more digits form a card here (a card's digits
    are not split across a run's group boundary), with a known issuer and a valid
    Luhn digit. From each group at most 19 digits are read, at least three per
    group: a bounded number of windows per group, linear in the run.
    """
    groups, digits = run.groups, run.digits
    sizes = [end - begin for begin, end in groups]
    starts = list(accumulate(sizes, initial=0))
    index = 0
    # no card starts with a short group: only the long ones are tried, found in C (a run of
    # digits between separators has thousands of groups of one digit)
    for first in compress(range(len(groups)), map((_MIN_CARD_GROUP - 1).__lt__, sizes)):
        if first < index:
            continue  # inside the card found last
        index = first
        found = None
        for last in range(index, len(groups)):
            if starts[last + 1] - starts[last] < _MIN_CARD_GROUP:
                break
            count = starts[last + 1] - starts[index]
            if count > 19:
                break
            card = digits[starts[index] : starts[last + 1]]
            if count >= 13 and known_issuer(card) and luhn_valid(card):
                found = last
        if found is None:
            continue
        yield Span(groups[index][0], groups[found][1], ENTITY, 0.85, "patterns")
        index = found + 1


def _card_part(view: str, run: Run) -> Span | None:
    """A card number at the start or end of a longer run, beside at most ten other digits
    (a ZIP code before it; an expiry and a security code after it).

    Only cuts that leave at most ten digits on one side can qualify, so at most
    ten group boundaries at each end are tried, and each candidate is a slice of
    ``run.digits``: constant work per run, whatever its length.
    """
    groups = run.groups
    total = len(run.digits)
    if not 14 <= total <= 19 + _MAX_BESIDE:  # a 13-19 digit card beside a few other digits
        return None
    before_cut = 0  # digits in groups[:cut]
    for cut in range(1, len(groups)):
        before_cut += groups[cut - 1][1] - groups[cut - 1][0]
        if before_cut > _MAX_BESIDE and total - before_cut > _MAX_BESIDE:
            continue
        head, tail = run.digits[:before_cut], run.digits[before_cut:]
        # A card after other digits starts with its first four digits as printed (or is
        # typed digit by digit), not with a phone's pair or triple: "03 24 20 27 54 /
        # 19883" is a French phone and a postcode, not "03" and a card.
        first_group = groups[cut][1] - groups[cut][0]
        # and ends with a group of three or more, as every scheme prints it: "9400 2363 1960
        # 8983 2913 66" is a parcel's number in fours, not "9400" and a card
        last_group = groups[-1][1] - groups[-1][0]
        tail_printed = first_group == 1 or (
            first_group >= _PRINTED_FIRST_GROUP and last_group >= _MIN_CARD_GROUP
        )
        for card, rest, span in (
            (head, tail, (groups[0][0], groups[cut - 1][1])),
            (tail if tail_printed else "", head, (groups[cut][0], groups[-1][1])),
        ):
            if len(rest) <= _MAX_BESIDE and is_card(card) and known_issuer(card):
                return Span(span[0], span[1], ENTITY, 0.9, "patterns")
    return None


def is_isbn(digits: str) -> bool:
    """A book's ISBN-13 (978 or 979 and a valid check digit), given its digits."""
    return len(digits) == 13 and digits[:3] in ("978", "979") and isbn.is_valid(digits)
