"""Contact details: ``EMAIL`` and ``PHONE``.

Phones use Google's libphonenumber port (``phonenumbers``) to check each
candidate against its country's numbering plan, which a regular expression
cannot do. Candidates are found here, not by ``PhoneNumberMatcher``: the
matcher re-parses every sub-candidate of what it is given, which made a long
run of digit groups cost thousands of parses, and it reads one region per
pass. A candidate is a run of digit groups (with ``+``, parentheses and up to
three separators between groups) not glued to a letter; a run with more than
17 digits (E.164's 15 plus a trunk or dialling prefix) is read as phone numbers
from its ends inwards, stopping at the first end that holds none. Each candidate
is tried whole, then by whole groups, longest first, in the international plan if
it starts with ``+`` or ``00`` and otherwise in each configured default region in turn. In regions
whose numbers are always written with their trunk ``0`` (France, Germany, the
UK), a national number must start with it: without that rule, most eight to
eleven digit references are valid German numbers. Dates (``12/10/2023``), ZIP+4
codes and ISBNs are not phones. A number directly after an order/case/tracking word is a
reference (unless a phone word is nearer), and one after account words an account number,
not a phone. A date with a four-digit year at the start of a run is split off
("04/23/2024 21:50"), the value of a URL parameter whose name is not a phone word is a
reference ("&id=..."), and digits right after an expiry word are an expiry. Before
``phonenumbers`` parses a candidate, a regular-expression pre-check built from its own
metadata (possible lengths, number-type patterns, trunk and country prefixes) discards
digit strings no plan accepts, so long runs of digit groups cost few parses.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneMetadata

from connect_privacy.redaction.patterns.banking import EXPIRY_WORDS
from connect_privacy.redaction.patterns.cards import CARD_WORDS, is_isbn
from connect_privacy.redaction.patterns.context import (
    ACCOUNT_WORDS,
    NOT_PERSONAL,
    NUMBER_SIGN,
    OWN_PHONE_WORDS,
    PHONE_WORDS,
    SPECIFIC_PHONE_WORDS,
    WINDOW,
    after_context,
    before,
    has_digit,
    has_letter,
    nearer,
    words,
)
from connect_privacy.redaction.patterns.counted_things import counted_after
from connect_privacy.redaction.patterns.digit_groups import (
    ORDER_NUMBER,
    digit_group_spans,
    undated,
    zip_after_state,
)
from connect_privacy.redaction.patterns.value_first import reference_after
from connect_privacy.redaction.spans import Span

_EMAIL = re.compile(
    r"(?<![\w.+\-])[\w.+\-%]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}"
    r"(?![\w\-])"
)
_PHONE_HINT = re.compile(r"[0-9](?:[\s().\-/]{0,16}[0-9]){6,}", re.ASCII)
# Up to 16 separator characters between groups: spelled-out digits and joining
# words ("and then") blanked in the deobfuscated view leave gaps.
# Led by a class of its first characters ("+", "(", a digit), which the engine skips to,
# rather than by optional ones tried at every character; the look-behinds then ask what
# "\+?\(?[0-9]" asks of the characters it took.
_PHONE_RUN = re.compile(
    r"[0-9+(](?:(?<=\+)\(?[0-9]|(?<=\()[0-9]|(?<=[0-9]))(?:[\s().\-/]{0,16}[0-9])*", re.ASCII
)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_DATE = re.compile(r"\(?[0-9]{1,4}([./\-])[0-9]{1,2}\1[0-9]{2,4}", re.ASCII)
_ZIP_PLUS_4 = re.compile(r"[0-9]{5}-[0-9]{4}", re.ASCII)
_FOUR_BOTH_ENDS = re.compile(r"[0-9]{4}\D.*\D[0-9]{4}", re.ASCII)
# The printed shapes of Brazil's CPF (123.456.789-09) and CNPJ (12.345.678/0001-95): an
# identifier's when its check digits hold (that finder's), a reference otherwise; no phone
# is written so.
_ID_SHAPE = re.compile(
    r"[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}|[0-9]{2}\.[0-9]{3}\.[0-9]{3}/[0-9]{4}-[0-9]{2}",
    re.ASCII,
)
# A code of capitals joined to the number by a dash: "FR-2026-664780", "INV-2026-387712".
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{1,5}-$")
# A postal item's number (UPU S10): two capitals, nine digits, the country's two capitals
# ("QS 252 393 825 BR", "RR123456785DE" glued is skipped as glued to a word already).
_S10_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2} ?$")
_S10_AFTER = re.compile(r" ?[A-Z]{2}(?![A-Za-z])")
# Arrows and emoji pointing from a number to the word that names it ("7467135159 👈
# pedido", "12345 <- order"): skipped before looking for that word.
# Not a slash or a bullet: those separate fields ("953 53 80 36 / cp 42348").
_POINTER = re.compile(
    r"[ \t]{0,3}(?:<-{1,2}|<=|"
    r"[\u2190-\u21ff\u2b05\u25c0\u261a-\u261f\U0001f446-\U0001f449\ufe0f]{1,3})"
)
# Unbroken digits of a national number: 12 at most (a German mobile with its trunk 0);
# a longer unbroken string is a reference, a phone that long is written in groups.
_MAX_UNBROKEN_NATIONAL = 12
# The key of a URL query parameter or config line right before a value ("tel=", "&id=").
_PARAMETER_KEY = re.compile(r"([A-Za-z][A-Za-z_\-]{0,30})=[\s+]*$")
# Regions used for numbers written without a country code, in order; numbers
# written with "+" or "00" are read in their own country's plan.
DEFAULT_REGIONS: tuple[str, ...] = ("US", "GB", "ES", "MX", "BR", "FR", "DE", "PT")
DEFAULT_REGION = DEFAULT_REGIONS[0]
_TRUNK_ZERO_REQUIRED = frozenset({"FR", "DE", "GB", "AT", "BE", "CH", "NL", "IT"})
# E.164 allows 15 digits; a trunk 0 or a 00 dialling prefix adds up to two.
_MAX_PHONE_DIGITS = 17
_MIN_PHONE_DIGITS = 7
# Outside North America, a number written without its country code has at least
# nine digits in every market served (ES, PT 9; FR, MX 10; BR 10-11; DE, GB 10-11
# with the trunk 0); shorter ones are product codes and references.
_MIN_NATIONAL_DIGITS = 9
_NANPA = frozenset({"US", "CA"})


def _count_digits(run: str) -> int:
    return sum(map(run.count, "0123456789"))


def _is_isbn(run: str) -> bool:
    if len(run) < 13 or _count_digits(run) != 13:
        return False  # counted in C, for a run long enough: most are not thirteen digits long
    return is_isbn("".join(filter(str.isdigit, run)))


# An address typed without its domain's ending ("maria.lopez85@gmail", "jdoe@test"): a
# name with a letter, an at sign and one word of three characters or more, nothing glued
# after it. Still the customer's address (or their handle on that host), never a word of a
# sentence.
_BARE_HOST_EMAIL = re.compile(
    r"(?<![\w.+\-@])(?=[\w.+\-]*[A-Za-z])[\w.+\-]{2,64}@[A-Za-z][A-Za-z0-9\-]{2,62}"
    r"(?![\w\-@]|\.[A-Za-z0-9]|:[0-9])"
)


def find_email(view: str) -> Iterator[Span]:
    if "@" not in view:
        return
    for pattern, score in ((_EMAIL, 0.95), (_BARE_HOST_EMAIL, 0.7)):
        for match in pattern.finditer(view):
            begin = match.start()
            if begin > 0 and view[begin - 1] == ":" and "://" in view[max(0, begin - 80) : begin]:
                continue  # scheme://user:password@host: credentials, not an address
            yield Span(begin, match.end(), "EMAIL", score, "patterns")


def find_phone(view: str, regions: tuple[str, ...] | str = DEFAULT_REGIONS) -> Iterator[Span]:
    if isinstance(regions, str):
        regions = (regions,)
    if not _PHONE_HINT.search(view):
        return
    for run in _undated_runs(view):
        begin, end = run.span()
        if end - begin < _MIN_PHONE_DIGITS or _count_digits(run.group()) < _MIN_PHONE_DIGITS:
            continue  # too few digits for any phone ("3,426.90", "12 unidades"): skip the checks
        if (begin > 0 and view[begin - 1].isalpha()) or (end < len(view) and view[end].isalpha()):
            continue  # glued to a word: a reference such as AB12345678
        # "/sms?to=0117...", "sms an https://.../abo?nr=0176...": the link texts the number
        addressee = _texted_by_link(view, begin)
        if view[begin] != "+" and not addressee and _not_a_phone_parameter(view, begin):
            continue
        date = _DATE.match(view, begin, end)
        if date is not None and date.end() < end and _is_whole_date(date, view):
            # "04/23/2024 21:50": a date, then the rest of the run on its own.
            rest = _DIGITS.search(view, date.end(), end)
            if rest is None or not _PHONE_HINT.match(view, rest.start(), end):
                continue
            begin = rest.start()
            run = _PHONE_RUN.match(view, begin, end)  # type: ignore[assignment]
            if run is None:
                continue
        if (
            # no date has four digits both first and last: "5066-38-7655" is a phone, 4-2-4
            (_DATE.fullmatch(run.group()) and not _FOUR_BOTH_ENDS.fullmatch(run.group()))
            or _ZIP_PLUS_4.fullmatch(run.group())
            or ORDER_NUMBER.fullmatch(run.group())
            or _ID_SHAPE.fullmatch(run.group())
            or _is_isbn(run.group())
            or (view[begin] != "+" and _CODE_BEFORE.search(view, max(0, begin - 6), begin))
            or _postal_item(view, begin, end)
        ):
            continue
        groups = digit_group_spans(view, run.start(), run.end())
        if len(groups) > 1 and zip_after_state(view, begin, groups[0]):
            # "Springfield IL 12646 (203) 540-1216": an address's ZIP, then its phone
            groups = groups[1:]
            begin = groups[0][0] - (1 if view[groups[0][0] - 1] in "+(" else 0)
        elif len(groups) > 1 and _house_number(view, begin, groups[0]):
            # "Rua Augusta 24, 1561-639 Lisboa": a house's number, then its postcode
            groups = groups[1:]
            begin = groups[0][0]
        if len(groups) > 1 and counted_after(view, *groups[-1]):
            # "my cell 6175550102, 53 GB plan", "612 345 678, 3 llamadas": a count or a
            # size after the number, not its last group
            groups = groups[:-1]
        # After a phone word, a number of a possible length is a phone, even one
        # outside the ranges the plan has allocated (drama and test numbers).
        lenient = (
            addressee
            or before(PHONE_WORDS, view, begin, 32)
            or before(OWN_PHONE_WORDS, view, begin, 32)  # "my number": English's own
            or _named_phone_after(view, run.end())
        )
        if not lenient and _one_long_number(run.group(), groups):
            continue
        # "order 12345, call me on 0207...": the phone word is the nearer context.
        phone_word_nearer = lenient and (
            nearer(OWN_PHONE_WORDS, NOT_PERSONAL, view, begin) or _printed_on_reference(view, begin)
        )
        # "986-2602845-4083521 die Bestellung": the reference word after the number, and no
        # phone word before it.
        named_reference = not lenient and _named_reference(view, run.end())
        # The context of a number inside a longer run is the run's.
        owned = not addressee and (
            named_reference
            # "el teléfono de la etiqueta tiene que ser 649 ...": the phone word further back
            # than a lenient one, the label only where it is printed (a valid number still)
            or (
                _reference_before(view, begin)
                and not (phone_word_nearer or _printed_on_reference(view, begin))
            )
            or before(EXPIRY_WORDS, view, begin, 16)  # "exp 0926 | 12068": expiry, ZIP
            or before(ACCOUNT_WORDS, view, begin, 24)  # the account finder's
            # the card finder's, unless a phone word stands nearer ("cb?phone=...": a
            # callback link's parameter after "cb")
            or (
                before(CARD_WORDS, view, begin, 24)
                and not (lenient and nearer(SPECIFIC_PHONE_WORDS, CARD_WORDS, view, begin))
            )
        )
        if owned and "+" not in view[begin : groups[-1][1]]:
            continue  # only a phone written with its "+" would be kept: none can be
        for span_begin, span_end in _phones_in_run(view, begin, groups, regions, lenient):
            if view[span_begin] != "+" and owned:
                continue
            yield Span(span_begin, span_end, "PHONE", 0.85, "patterns")


# A street's word and up to four words of its name, right before a house's number ("Rua
# Augusta 24", "calle Mayor 12", "rue des Lilas 8", "Hauptstraße 5", "Main Street 10").
_STREET_WORDS = (
    r"rua|avenida|travessa|largo|pra[çc]a|calle|plaza|paseo|rue|avenue|boulevard"
    r"|chemin|all[ée]e|street|road|lane|drive|{glued}stra(?:ß|ss)e|weg|platz|gasse|allee"
)
_STREET_BEFORE = re.compile(
    r"(?i)\b(?:"
    + _STREET_WORDS.format(glued=r"[\w\-]*")
    + r")(?:\s+[^\W\d_][\w'\u2019\-]{0,20}){0,4}\s+\Z"
)
# The words alone, with the same flags: a search before that scan, which tries them (and
# Straße's backtracking prefix) at every word's start.
_STREET_WORD = re.compile("(?i)" + _STREET_WORDS.format(glued=""))
_STREET_REACH = 60
_HOUSE_DIGITS = 4


def _house_number(view: str, begin: int, first: tuple[int, int]) -> bool:
    """The run's first group is a house's number after its street's name."""
    if view[begin] == "+" or first[1] - first[0] > _HOUSE_DIGITS:
        return False
    low = max(0, begin - _STREET_REACH)
    return (
        _STREET_WORD.search(view, low, begin) is not None
        and _STREET_BEFORE.search(view, low, begin) is not None
    )


# Whom to call, then where: "call my wife on", "ring my son at", "llama a mi marido al",
# "appelez mon mari au", "ruf meine Frau an unter", "liga para o meu marido no".
_CALL_SOMEONE_ON = words(
    r"(?:call|ring|text|reach)\s+(?:me|us|him|her|them|my\s+[^\W\d_]{2,12})\s+(?:on|at)",
    r"ll[áa]m(?:a|e|en|ame)\s+(?:a\s+mi\s+[^\W\d_]{2,12}\s+)?al",
    r"appel(?:ez|le|er)\s+(?:mon|ma)\s+[^\W\d_]{2,12}\s+au",
    r"ruf(?:en\s+sie)?\s+(?:meine[nr]?\s+[^\W\d_]{2,12}\s+)?an\s+unter",
    r"lig(?:a|ue|uem)\s+(?:para\s+)?(?:o\s+meu|a\s+minha)\s+[^\W\d_]{2,12}\s+(?:no|pelo)",
)
# Seven to fifteen digits said one by one (the spelled view leaves wide gaps between them).
_SPELLED_DIGITS = r"(?<![0-9])[0-9](?:[\s,.\-]{0,16}[0-9]){6,14}(?![0-9])"
_SPELLED_AFTER_PHONE = after_context(SPECIFIC_PHONE_WORDS, _SPELLED_DIGITS)
_SPELLED_AFTER_CALL = after_context(_CALL_SOMEONE_ON, _SPELLED_DIGITS)


def find_spelled_phone(folded: str, spelled: str) -> Iterator[Span]:
    """A phone number said digit by digit after a phone word or "call my wife on": any
    length from seven digits, since a said number is never a reference's, and a number
    dictated may be one the plans here do not list (another country's, an extension's)."""
    for match in (*_SPELLED_AFTER_PHONE.finditer(spelled), *_SPELLED_AFTER_CALL.finditer(spelled)):
        begin, end = match.span("value")
        said = folded[begin:end]
        # mostly words: at most one typed digit among them
        if sum(c.isdigit() for c in said) > 1 or nearer(
            NOT_PERSONAL, SPECIFIC_PHONE_WORDS, spelled, begin
        ):
            continue
        yield Span(begin, end, "PHONE", 0.8, "patterns")


def _postal_item(view: str, begin: int, end: int) -> bool:
    """Nine digits between two pairs of capitals: a parcel's S10 number, not a phone."""
    return (
        # the capitals after it first: one match at the run's end, rarely there
        _S10_AFTER.match(view, end) is not None
        and _count_digits(view[begin:end]) == 9
        and _S10_BEFORE.search(view, max(0, begin - 3), begin) is not None
    )


# The customer's own phone word after the number, said of it: "03 294 9782 - thats my
# cell", "... is my work phone", "... c'est mon portable", "... es mi celular", "... ist meine
# Handynummer", "... é o meu telemóvel". As plain as the word before it (``lenient``).
_OWN_AFTER = re.compile(
    r"(?i)[\s,:\-(]{0,4}"
    r"(?:(?:is|that['\u2019]?s|thats|it['\u2019]?s|c['\u2019]est|es|ist|[ée])\s{1,3})?"
    r"(?:my|mon|ma|mi|mein|meine|(?:o\s{1,3})?meu|(?:a\s{1,3})?minha)\s{1,3}"
    r"(?:(?:work|home|office|own|new|old|private|trabajo|casa|travail|arbeit|trabalho)\s{1,3})?"
)


def _named_phone_after(view: str, end: int) -> bool:
    lead = _OWN_AFTER.match(view, end)
    return lead is not None and SPECIFIC_PHONE_WORDS.match(view, lead.end()) is not None


def _named_reference(view: str, end: int) -> bool:
    """A reference word after the number, maybe past an arrow or emoji ("... 👈 pedido")."""
    if reference_after(view, end):
        return True
    pointer = _POINTER.match(view, end)
    return pointer is not None and reference_after(view, pointer.end())


def _one_long_number(run: str, groups: list[tuple[int, int]]) -> bool:
    """A run that is one number longer than any phone, not phones side by side: unbroken
    digits longer than a national number ("07533932956630"), or more digits than E.164
    allows in groups of four as printed on a parcel label ("9400 8466 7200 6087 6477 78")."""
    if run[0] in "+(" or run.startswith("00"):
        return False
    if len(groups) == 1:
        return groups[0][1] - groups[0][0] > _MAX_UNBROKEN_NATIONAL
    sizes = [end - begin for begin, end in groups]
    return (
        sum(sizes) > _MAX_PHONE_DIGITS and all(size == 4 for size in sizes[:-1]) and sizes[-1] <= 4
    )


# "Nr.", "n°", "#" right before a number, after a date: "auftrag vom 28.07.2027 nr ...".
_SIGN_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{NUMBER_SIGN}|n\.\s?[ºo°])\s*:?\s*$")
_DATE_BETWEEN = re.compile(r"[0-9]{1,4}[./\-][0-9]{1,2}(?:[./\-][0-9]{2,4})?")


def _answered_on_line_above(view: str, begin: int, window: int) -> bool:
    """The reference words before the number are on a line above, or in a field before a
    comma or semicolon, with their own digits after them ("CEP 19730-641 Sao Paulo\n(11)
    2624-2312", "postcode M2 7TW, number 0161 496 0663"): each line or field of an address
    is its own, and the number in a later one is not the reference's."""
    low = max(0, begin - window)
    boundary = max(view.rfind(separator, low, begin) for separator in "\n,;")
    if boundary < 0 or NOT_PERSONAL.search(view, boundary, begin) is not None:
        return False
    words = list(NOT_PERSONAL.finditer(view, low, boundary))
    return bool(words) and any(c.isdigit() for c in view[words[-1].end() : boundary])


# "le tél sur l'étiquette", "the phone on the label", "el teléfono de la etiqueta": a phone
# word, a preposition and maybe an article, then the reference word, which only says where
# the number is printed. The phone word names the number.
_PRINTED_ON = re.compile(
    r"(?i)\s+(?:sur|on|en|auf|am|no|na|in|de|del|du|da|do)\s+"
    r"(?:l['\u2019]\s*|(?:la|le|les|the|el|der|dem|die|das|o|a)\s+)?"
)


def _printed_on_reference(view: str, begin: int) -> bool:
    low = max(0, begin - WINDOW)
    phone = max(SPECIFIC_PHONE_WORDS.finditer(view, low, begin), key=re.Match.end, default=None)
    reference = max(NOT_PERSONAL.finditer(view, low, begin), key=re.Match.end, default=None)
    return (
        phone is not None
        and reference is not None
        and _PRINTED_ON.fullmatch(view, phone.end(), reference.start()) is not None
    )


# A number ending a sentence and a word starting the next: "plz 29783. ruft an 0176 ...";
# not a date's day and month ("auftrag vom 13.01. nr ...").
_SENTENCE_AFTER_NUMBER = re.compile(r"(?<![0-9.])[0-9]{3,}[.!?;]\s+[^\W\d_]")


def _named_earlier(view: str, begin: int) -> bool:
    """Whether the reference word named a number whose sentence ended before this one
    started ("hausnummer 52, plz 29783. ruft an 0176 ..."): the word is that number's."""
    words_end = max(
        (m.end() for m in NOT_PERSONAL.finditer(view, max(0, begin - 24), begin)), default=-1
    )
    return words_end >= 0 and _SENTENCE_AFTER_NUMBER.search(view, words_end, begin) is not None


def _reference_before(view: str, begin: int) -> bool:
    """A reference word just before the number, or further back when a date and a number
    sign stand between them ("Auftrag vom 28.07.2027 Nr. 261785051", "commande du
    14/07/2025 n° 1624557")."""
    if before(NOT_PERSONAL, view, begin, 24):
        return not _answered_on_line_above(view, begin, 24) and not _named_earlier(view, begin)
    low = max(0, begin - 12)
    return (
        _SIGN_BEFORE.search(view, low, begin) is not None
        and _DATE_BETWEEN.search(view, max(0, begin - 40), begin) is not None
        and before(NOT_PERSONAL, view, begin, 48)
    )


def _undated_runs(view: str) -> Iterator[re.Match[str]]:
    """The phone candidates of ``view``, cut around the calendar dates inside them
    ("fällig am 05.06.2025... 1091,99€": the date and the price are not one number)
    and after a whole number followed by a wide gap (see ``_fields``)."""
    for run in _PHONE_RUN.finditer(view):
        if run.end() - run.start() < _MIN_PHONE_DIGITS:
            # what is cut from a run lies inside it, and ``find_phone`` skips anything
            # shorter than a phone's fewest digits: most runs ("12", "3,50") end here
            continue
        pieces = undated(view, *run.span())
        if pieces == [run.span()]:
            yield from _fields(view, run)
            continue
        for begin, end in pieces:
            piece = _PHONE_RUN.match(view, begin, end)
            if piece is not None:
                yield from _fields(view, piece)


# A gap of three separators or more between two groups: " / ", " | ", or noise blanked.
_WIDE_GAP = re.compile(r"(?<=[0-9])[\s/|().\-]{3,}(?=[0-9+(])", re.ASCII)
# Two digits at most two separators apart: what a piece longer than one digit holds (a run's
# separators are all a wide gap's, so three or more between two digits are one).
_CLOSE_DIGITS = re.compile(r"[0-9][\s().\-/]{0,2}[0-9]", re.ASCII)


# The fewest digits of a field after a phone (a postcode, a reference): fewer, and the
# group after the wide gap is the phone's own last one.
_LEAST_FIELD_DIGITS = 4


def _fields(view: str, run: re.Match[str]) -> Iterator[re.Match[str]]:
    """``run`` cut at each wide gap that ends a piece (from the previous wide gap) of a
    national number's digits at least ("(31) 97838-6068 / 67510-231", "05 92 02 61 85 /
    32854": a phone, then a postcode). A phone split by noise or spelled out has shorter
    pieces between its gaps ("044 / 393 • 74", "nueve     ocho")."""
    begin, end = run.span()
    if _CLOSE_DIGITS.search(view, begin, end) is None:
        # every piece is one digit (digits said one by one): none is a national number's
        yield run
        return
    cursor = begin
    pieces: list[tuple[int, int]] = []
    since = begin  # the end of the last wide gap: digits are counted from there
    for gap in _WIDE_GAP.finditer(view, begin, end):
        # No more digits than characters: a piece shorter than a national number (a digit
        # said in words, between two gaps) is not counted.
        if gap.start() - since >= _MIN_NATIONAL_DIGITS:
            # With its country code, a whole number has two digits more.
            whole = _MIN_NATIONAL_DIGITS + (2 if view.startswith(("+", "00"), since) else 0)
            if _count_digits(view[since : gap.start()]) >= whole:
                pieces.append((cursor, gap.start()))
                cursor = gap.end()
        since = gap.end()
    if pieces and _count_digits(view[cursor:end]) < _LEAST_FIELD_DIGITS:
        # "4915123 575   084": the last group of a number split by noise, too short to be a
        # field of its own (a postcode has four digits at least): part of the number
        cursor = pieces.pop()[0]
    if not pieces:
        yield run
        return
    pieces.append((cursor, end))
    for piece_begin, piece_end in pieces:
        piece = _PHONE_RUN.match(view, piece_begin, piece_end)
        if piece is not None:
            yield piece


def _is_whole_date(date: re.Match[str], view: str) -> bool:
    """A date with a four-digit year ("04/23/2024", "2025-02-19") followed by a space, not
    the first groups of a number written in pairs ("07-04-36-28-62")."""
    parts = _DIGITS.findall(date.group())
    return (
        date.end() < len(view)
        and view[date.end()].isspace()
        and (len(parts[0]) == 4 or len(parts[-1]) == 4)
    )


def _not_a_phone_parameter(view: str, begin: int) -> bool:
    """The value of a URL or config parameter whose name is not a phone word ("&id=",
    "cmd="): an order, a tracking or session number, not a phone."""
    if begin == 0 or view[begin - 1] not in "=+ ":
        return False
    low = max(0, begin - 40)
    if view.find("=", low, begin) < 0:
        return False  # every key holds its "=": most runs after a space have none before
    key = _PARAMETER_KEY.search(view, low, begin)
    if key is None:
        return False
    if PHONE_WORDS.search(key.group(1).replace("_", " ").replace("-", " ")) is not None:
        return False
    return not (
        _ADDRESSEE_KEY.fullmatch(key.group(1))
        and _TEXTING_LINK.search(view, max(0, key.start() - 40), key.start()) is not None
    )


def _texted_by_link(view: str, begin: int) -> bool:
    """The value of a link's parameter that a text message goes to: the addressee of a
    texting link ("/sms?to=", "whatsapp/send?phone="), or a bare number's key ("?nr=",
    "&num=", "?numero=") in a link the message says texts go to ("sms an https://...",
    "envíame un sms a https://...", "textos para https://..."). A link's host or path may
    hold any word ("track.example"), so the words around the link do not own the number."""
    if begin == 0 or view[begin - 1] != "=":
        return False
    key = _PARAMETER_KEY.search(view, max(0, begin - 40), begin)
    if key is None:
        return False
    link = view.rfind("://", max(0, key.start() - _LINK_REACH), key.start())
    if link < 0:
        return False
    if _ADDRESSEE_KEY.fullmatch(key.group(1)):
        return _TEXTING_LINK.search(view, max(0, key.start() - 40), key.start()) is not None
    return (
        _NUMBER_KEY.fullmatch(key.group(1)) is not None
        and _TEXTS_TO.search(view, max(0, link - _LINK_REACH), link) is not None
    )


# How far back a link's scheme, and the words before it, are looked for.
_LINK_REACH = 80
# A parameter that holds some number, not one named by its kind.
_NUMBER_KEY = re.compile(r"(?i)n|nr|no|num|number|numero|n[úu]mero|nummer|msisdn")
# The message says texts go to the link's number ("sms an", "text me at", "mensaje a",
# "textos para", "SMS à").
_TEXTS_TO = re.compile(
    r"(?i)\b(?:sms|mms|texts?|texto|textos|mensajes?|mensagens?|messages?|nachrichten?"
    r"|whatsapp)\b[^\n]{0,40}$"
)


# The addressee of a texting or calling link ("/sms?to=", "call?dest=", "whatsapp/send?
# body=hi&to="): a phone, though its key is no phone word.
_ADDRESSEE_KEY = re.compile(r"(?i)to|recipient|dest(?:ination)?")
_TEXTING_LINK = re.compile(
    r"(?i)\b(?:sms|mms|text|call|dial|whatsapp|message|msg|send)/?\?(?:[^\s&#?=]{0,30}=[^\s&#]{0,60}&)?$"
)


def _phones_in_run(
    view: str,
    begin: int,
    groups: list[tuple[int, int]],
    regions: tuple[str, ...],
    lenient: bool,
) -> Iterator[tuple[int, int]]:
    """Phones at the start of the run (longest first), then at its end (shortest first),
    peeled inwards until neither end holds one.

    Masking a phone makes what follows it the start of a new run, which the redactor's
    next reading would try as a phone (``redactor._settle``); reading it here, with the
    rules a new run gets, spares a settling round per phone of a long run.
    """
    counts = [0]
    for group_begin, group_end in groups:
        counts.append(counts[-1] + group_end - group_begin)
    # The run's digits once: a candidate's are then a slice (counts index them).
    digits = "".join(_DIGITS.findall(view, groups[0][0], groups[-1][1]))
    start, stop = 0, len(groups)  # the groups not yet read as a phone
    run_begin = begin
    while start < stop:
        # Part of a longer run (a phone then a card): only the first region's plan,
        # so "12 4111 1111" is not read as a number of some other country.
        plan = regions[:1] if counts[stop] - counts[start] > _MAX_PHONE_DIGITS else regions
        last = _phone_at_start(view, run_begin, groups, digits, counts, start, stop, plan, lenient)
        if last is not None:
            yield run_begin, groups[last][1]
            start = last + 1
            if start < stop:
                run_begin = groups[start][0]
                if view[run_begin - 1] in "+(":
                    run_begin -= 1
            continue
        first = _phone_at_end(view, groups, digits, counts, start + 1, stop, plan, lenient)
        if first is None:
            return
        phone_begin = groups[first][0]
        if view[phone_begin - 1] in "+(":
            phone_begin -= 1
        elif start == 0 and view[begin] == "+" and counts[first] <= 4:
            phone_begin = begin  # "+52 1 55 2794 0944": the country code (and prefix) too
        elif first == start + 1 and _code_without_plus(
            digits[counts[start] : counts[first]], digits[counts[first] : counts[stop]]
        ):
            first = start  # "44 space 117 496 0020": its country code, typed without "+"
            phone_begin = groups[start][0]
        yield phone_begin, groups[stop - 1][1]
        stop = first


def _phone_at_start(
    view: str,
    run_begin: int,
    groups: list[tuple[int, int]],
    digits: str,
    counts: list[int],
    start: int,
    stop: int,
    regions: tuple[str, ...],
    lenient: bool,
) -> int | None:
    """The last group of the longest phone starting at group ``start``, if any."""
    # Prefixes of at most _MAX_PHONE_DIGITS digits only, longest first: counts rise,
    # so the longest is found by bisection, not by walking down a long run.
    longest = min(bisect_right(counts, counts[start] + _MAX_PHONE_DIGITS) - 2, stop - 1)
    for last in range(longest, start - 1, -1):
        if counts[last + 1] - counts[start] < _MIN_PHONE_DIGITS:
            return None
        candidate = view[run_begin : groups[last][1]]
        number = digits[counts[start] : counts[last + 1]]
        if _is_phone(candidate, number, regions, lenient) or (
            start == 0 and last == stop - 1 and _mobile_without_plus(number)
        ):
            return last
    return None


def _phone_at_end(
    view: str,
    groups: list[tuple[int, int]],
    digits: str,
    counts: list[int],
    lowest: int,
    stop: int,
    regions: tuple[str, ...],
    lenient: bool,
) -> int | None:
    """The first group of the shortest phone ending at group ``stop - 1`` and starting at
    group ``lowest`` or later, if any. Shortest first: a leading "1" may as well be a
    card's last digit."""
    for first in range(stop - 1, lowest - 1, -1):
        count = counts[stop] - counts[first]
        if count > _MAX_PHONE_DIGITS:
            return None
        if count >= _MIN_PHONE_DIGITS and _is_phone(
            view[groups[first][0] : groups[stop - 1][1]],
            digits[counts[first] : counts[stop]],
            regions,
            lenient,
        ):
            return first
    return None


# Spaces a spelled-out or noisy number leaves between its digits ("4      7"): phonenumbers
# reads one space as it reads ten, and walks every character of what it is given.
_SPACES = re.compile(" {2,}")


def _is_phone(candidate: str, digits: str, regions: tuple[str, ...], lenient: bool) -> bool:
    """Whether ``candidate`` (cut from an ASCII run, ``_PHONE_RUN``), whose digits are
    ``digits``, is a phone number in the international plan or a region's."""
    if "  " in candidate:
        candidate = _SPACES.sub(" ", candidate)
    if candidate.startswith("+"):
        if not digits.startswith("0"):
            return _valid(candidate, None) or _mx_mobile_with_one(digits)
        # no country code starts with 0: a plus typed before a national number's trunk 0
        # ("+0161 496 0888", "tel=%2B0161..."), read as the national number it leads
        candidate = candidate[1:]
    if digits.startswith("00") and not digits.startswith("000"):
        return _valid("+" + digits[2:], None) or _mx_mobile_with_one(digits[2:])
    if (
        lenient
        and len(digits) >= _LEAST_WITH_CODE
        and _CODE_WITHOUT_PLUS.match(digits)
        and _valid("+" + digits, None)
    ):
        return True  # "my cell 4420 7946 0514": after its word, a landline's code without "+"
    for region in regions:
        if region in _TRUNK_ZERO_REQUIRED and not digits.startswith("0"):
            continue
        if region not in _NANPA and len(digits) < _MIN_NATIONAL_DIGITS:
            continue  # "07407-30": a product code, not a German landline
        if _may_be_national(digits, region, lenient) and _valid(candidate, region, lenient):
            return True
    return False


# A mobile written with its country code and no "+" or "00" ("91 8179 60 0799", "61 412 345
# 678", "44 7700 900123"): the country codes of the markets served and of India and
# Australia, each with its mobiles' own first digits. Only a whole run of groups: never the
# first digits of a longer one (a card's "4470 ...").
_MOBILE_WITHOUT_PLUS = re.compile(
    r"91[6-9][0-9]{9}|614[0-9]{8}|447[0-9]{9}|491[5-7][0-9]{8,9}|33[67][0-9]{8}"
    r"|34[67][0-9]{8}|3519[1236][0-9]{7}|55[1-9]{2}9[0-9]{8}"
    # Austria's mobiles (06xx, of varying length) and Switzerland's (075 to 079)
    r"|436[5-9][0-9]{6,10}|417[5-9][0-9]{7}",
    re.ASCII,
)


# The country codes of the markets served, and of India and Australia, opening a number
# typed without its "+" ("4420 7946 0514", "4930 1234567"): after a phone's word, a valid
# number of that country (``_MOBILE_WITHOUT_PLUS`` needs no word, mobiles only).
_CODE_WITHOUT_PLUS = re.compile(r"(?:44|49|33|34|351|52|55|43|41|91|61)[1-9]", re.ASCII)
# A code and a whole national number: eleven digits at least; fewer are a national number
# ("612 34 56 78", Spain's), whose regions the settings choose.
_LEAST_WITH_CODE = 11


# The country codes of ``_CODE_WITHOUT_PLUS``, each a group of its own.
_CODES_WITHOUT_PLUS = frozenset({"44", "49", "33", "34", "351", "52", "55", "43", "41", "91", "61"})


def _code_without_plus(code: str, national: str) -> bool:
    """Whether ``code``, a group alone before ``national`` (the digits of a number already
    read as a phone), is its country code typed without "+" ("44 space 117 496 0020", a
    line break after "49"): a country's code that makes the two a number its plan
    allocates, not only one of a possible length, as the group could be a count."""
    if code not in _CODES_WITHOUT_PLUS or national.startswith("0"):
        return False
    try:
        number = phonenumbers.parse("+" + code + national, None)
    except phonenumbers.NumberParseException:
        return False
    return number.country_code == int(code) and phonenumbers.is_valid_number(number)


def _mobile_without_plus(digits: str) -> bool:
    return _MOBILE_WITHOUT_PLUS.fullmatch(digits) is not None and _valid("+" + digits, None)


def _mx_mobile_with_one(digits: str) -> bool:
    """A Mexican mobile written the old way, "+52 1" and ten digits (as WhatsApp still
    prints it), valid once read as the plan has it since 2019 (without the "1")."""
    return len(digits) == 13 and digits.startswith("521") and _valid("+52" + digits[3:], None)


_TYPE_DESCS = (
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "personal_number",
    "voip",
    "pager",
    "uan",
    "voicemail",
)


@dataclass(frozen=True)
class _Plan:
    """What a digit string read in a region can be once parsed, as two regular
    expressions built from the region's metadata (see ``_national_plan``): ``valid``
    for a number ``is_valid_number`` may accept, ``possible`` for one of a possible
    length. Each is one ``fullmatch`` in C per candidate: a long run of digit groups
    makes thousands of candidates, nearly all of which fit no plan."""

    valid: re.Pattern[str]
    possible: re.Pattern[str]


# Prefix rules whose transform keeps every digit after the prefix it strips: Brazil's keeps
# the number after "0" or "90" and a carrier code ("0 21 11 2345 6789" is "11 2345 6789"),
# so the number parsed still follows a prefix of the shape on the right. Keyed by the
# exact rule: any other (or a changed one) leaves the check to phonenumbers.
_TRANSFORMED_PREFIXES = {
    (
        r"(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\d{10,11}))?",
        r"\2",
    ): r"(?:0|90)(?:1[245]|2[1-35]|31|4[13]|[56]5|99)?",
}


@functools.cache
def _national_plan(region: str) -> _Plan | None:
    """None when ``region``'s plan rewrites numbers while parsing (a transform rule: a
    local number gains an area code; not one of ``_TRANSFORMED_PREFIXES``) or lacks
    patterns: only ``phonenumbers`` can tell then. Another region's rewrite rules do not
    apply to numbers parsed as this region's, its patterns do.

    Both expressions accept a string that starts with the region's international dialling
    prefix ("011 44 ...": read as another country's number), and otherwise the national
    number parsing may read: the digits as they are, or without a leading country code
    and/or trunk prefix, of a possible length of the country code's regions and, for
    ``valid``, fitting one region's general pattern and one of its number-type patterns
    (``is_valid_number`` requires both). Trying every way the prefixes may match accepts
    a little more than parsing, which strips the first match only: a pre-check may let
    through what ``phonenumbers`` then rejects, never the reverse.
    """
    metadata = PhoneMetadata.metadata_for_region(region)
    transformed = None
    if metadata is not None and metadata.national_prefix_transform_rule:
        rule = (metadata.national_prefix_for_parsing, metadata.national_prefix_transform_rule)
        transformed = _TRANSFORMED_PREFIXES.get(rule)  # type: ignore[arg-type]
    if (
        metadata is None
        or metadata.international_prefix is None
        or (metadata.national_prefix_transform_rule and transformed is None)
        or metadata.country_code is None
    ):
        return None
    shapes: list[str] = []
    lengths: set[int] = set()
    for other in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(metadata.country_code, ()):
        shared = PhoneMetadata.metadata_for_region(other)
        general = shared.general_desc if shared is not None else None
        if general is None or not general.national_number_pattern or not general.possible_length:
            continue  # no number can be valid there
        types = "|".join(
            f"(?:{desc.national_number_pattern})"
            for desc in (getattr(shared, name, None) for name in _TYPE_DESCS)
            if desc is not None and desc.national_number_pattern
        )
        if types:
            shapes.append(f"(?=(?:{general.national_number_pattern})\\Z)(?:{types})")
        lengths.update(general.possible_length)
    if not shapes:
        return None
    prefix = metadata.national_prefix_for_parsing or metadata.national_prefix
    head = f"(?:{metadata.country_code})?" + (f"(?:{prefix})?" if prefix else "")
    if transformed is not None:
        # Parsing may strip the prefix twice after the country code (the country code's
        # reading strips it once, then the national number's).
        head = f"(?:{metadata.country_code})?(?:{transformed}){{0,2}}"
    length = "|".join(f"[0-9]{{{n}}}" for n in sorted(lengths))
    dialling = f"(?:{metadata.international_prefix})[0-9]*"
    return _Plan(
        valid=re.compile(f"{dialling}|{head}(?=(?:{length})\\Z)(?:{'|'.join(shapes)})"),
        possible=re.compile(f"{dialling}|{head}(?:{length})"),
    )


def prepare_regions(regions: tuple[str, ...]) -> None:
    """Build ``regions``' numbering plans now rather than on the first message that needs
    one: compiling the eight default regions' expressions takes about 140 ms, which a
    function pays once while it starts instead of on a customer's message."""
    for region in regions:
        _national_plan(region)


def _may_be_national(digits: str, region: str, lenient: bool) -> bool:
    """False only when parsing ``digits`` in ``region`` cannot give a valid (or, lenient, a
    possible) number.

    The pre-check spares ``phonenumbers.parse`` (about a hundred times slower) for digit
    sequences that are not phones: long runs of short digit groups otherwise cost one
    parse per region for every cut point of every run.
    """
    plan = _national_plan(region)
    if plan is None:
        return True
    return (plan.possible if lenient else plan.valid).fullmatch(digits) is not None


def clear_phone_cache() -> None:
    _valid.cache_clear()


# Within one message, each candidate is parsed once per region, whichever view or run
# it comes from. ``PatternsDetector.detect`` clears it after every message.
@functools.lru_cache(maxsize=1024)
def _valid(candidate: str, region: str | None, lenient: bool = False) -> bool:
    """Valid in the region's plan; with a country code, a possible length is enough.

    "+44 7700 900606" is in Ofcom's range for drama, not allocated, and not
    "valid"; written with its country code it is still a phone number.
    """
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return False
    if region is None or lenient:
        # A whole number, not one callable only locally ("612 34 56" in the US).
        reason = phonenumbers.is_possible_number_with_reason(number)
        return bool(reason == phonenumbers.ValidationResult.IS_POSSIBLE)
    return bool(phonenumbers.is_valid_number(number))


# A short number right after a word that says phone ("phone 555-1234", "mobile
# 02.21.1096"): a subscriber's number without its area code (US 3-4, dotted 2-2-4 pairs),
# which the numbering plans cannot validate on their own. A full date stays.
_LOCAL_PHONE = after_context(
    SPECIFIC_PHONE_WORDS,
    # the whole run of groups: never the first groups of a longer number ("612 34 56 78")
    r"(?<![0-9.\-/])[0-9]{2,4}(?:[\s.\-]{1,2}[0-9]{2,4}){1,2}(?![0-9]|[.\-/:][0-9]|\s{1,2}[0-9])",
    gap=16,
)
_LOCAL_PHONE_DIGITS = (7, 8)
_DATED = re.compile(
    r"[0-9]{1,2}[\s.\-]{1,2}[0-9]{1,2}[\s.\-]{1,2}(?:19|20)[0-9]{2}"
    r"|(?:19|20)[0-9]{2}[\s.\-]{1,2}[0-9]{1,2}[\s.\-]{1,2}[0-9]{1,2}"
)


# What every local number holds: two digits, a separator, two digits (cheaper than the words).
_LOCAL_PHONE_PAIR = re.compile(r"[0-9]{2}[\s.\-]{1,2}[0-9]{2}")


def find_local_phone(view: str) -> Iterator[Span]:
    if not has_digit(view) or _LOCAL_PHONE_PAIR.search(view) is None:
        return  # the number is groups of digits
    if not has_letter(view):
        return  # and the phone words before it are letters
    for match in _LOCAL_PHONE.finditer(view):
        value = match.group("value")
        digits = _count_digits(value)
        if not _LOCAL_PHONE_DIGITS[0] <= digits <= _LOCAL_PHONE_DIGITS[1] or _DATED.fullmatch(
            value
        ):
            continue
        if nearer(NOT_PERSONAL, SPECIFIC_PHONE_WORDS, view, match.start("value")):
            continue  # "phone order 555-1234": the order's number
        yield Span(match.start("value"), match.end("value"), "PHONE", 0.7, "patterns")
