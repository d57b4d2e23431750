"""National identifiers of Spain, Mexico, Brazil, France, Germany and Portugal.

Every one is validated with python-stdnum's checksum, except the Mexican CLABE
(no stdnum module; its mod-10 weighted check is three lines here):

- ``ES_DNI`` (8 digits and a check letter, ``es.dni``) and ``ES_NIE`` (X/Y/Z,
  7 digits, check letter, ``es.nie``): a 1-in-23 check, no context needed;
- ``MX_CURP`` (18 characters, ``mx.curp``), ``MX_RFC`` (12 or 13 characters,
  ``mx.rfc`` with its check digit), ``MX_CLABE`` (18 digits);
- ``BR_CPF`` (11 digits, two check digits, ``br.cpf``), ``BR_CNPJ`` (14 digits,
  ``br.cnpj``);
- ``FR_NIR`` (the 15-digit social security number with its mod-97 key, ``fr.nir``);
- ``DE_TAX_ID`` (the 11-digit Steuer-IdNr, ``de.idnr``) and ``PT_NIF`` (9 digits,
  ``pt.nif``): their single check digit passes one number in ten, so they need a
  context word before them.

Numbers are read in the deobfuscated view (see ``normalize``), so ``O``/``l``
look-alikes, spelled digits and noise between groups are already undone.
Their type names are listed once, in ``entity_types.NATIONAL_ENTITY_TYPES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif

from connect_privacy.redaction.patterns.cards import Run, digit_runs, is_card, known_issuer
from connect_privacy.redaction.patterns.context import (
    BILL_OF,
    DATE_SHAPE,
    NOT_PERSONAL,
    WINDOW,
    after_context,
    bare_code,
    bare_digits,
    before,
    has_digit,
    may_hold,
    naming,
    nearer,
    pieces_after,
    pieces_before,
    words,
)
from connect_privacy.redaction.patterns.normalize import LOOKALIKES
from connect_privacy.redaction.spans import Span

# Separators up to eight characters wide: spelled-out digits leave gaps ("siete - " ->
# "7     - "). Before the check letter, noise and a joining word may stand too ("050 y N",
# "991/H"); the same patterns without the joining word are tried when the letter after
# it fails the check ("76982931 E y telefono": "y" is the next word, "E" the letter).
_NOISE_BEFORE_LETTER = r"(?:[^\w\[\]]|_){0,8}"
# The hesitations and assents of dictation stand there too ("X este 1234567 ok L"), and
# English chat's "n" and "nd" for "and" ("19 n 679 n 532 n L"), as between digit groups.
_JOINER_BEFORE_LETTER = (
    r"(?:(?i:y|and|n|nd|et|und|e|then|luego|puis|dann|depois|ok(?:ay)?|este|pues|tipo|euh"
    r"|a[íi])[^\w\[\]]{1,6})?"
)
# Not inside a word or number, but glued to "nº" / "n°" (folded to "no"): "dni nº48482832M".
_ID_START = r"(?:(?<![0-9A-Za-z])|(?<=\b[Nn][Oo]))"
_DNI_DIGITS = _ID_START + r"(?:[0-9][\s.,\-/]{0,8}){7}[0-9]"
# After a NIE's leading letter, the noise and joining word allowed before its check letter
# ("Z ✨ 3948816 ✨ C", "X luego 2162863 luego N", "Y_4058573_F").
_NIE_DIGITS = (
    _ID_START
    + r"[XYZxyz](?:[^\w\[\]]|_){0,8}"
    + _JOINER_BEFORE_LETTER
    + r"(?:[0-9][\s.,\-/]{0,8}){6}[0-9]"
)
# Not the first letter of a word ("559, só"), nor a currency's ("... 9216 R$489,49": reais).
_LETTER = r"[A-Za-z](?![\w$])"
# Each led by a look-ahead on its first character (a digit; a NIE's letter): it matches
# nothing the pattern would not, and spares trying ``_ID_START``'s look-behinds at every
# other character of the message (half the cost of the scan).
_DNI = re.compile(
    "(?=[0-9])" + _DNI_DIGITS + _NOISE_BEFORE_LETTER + _JOINER_BEFORE_LETTER + _LETTER
)
_NIE = re.compile(
    "(?=[XYZxyz])" + _NIE_DIGITS + _NOISE_BEFORE_LETTER + _JOINER_BEFORE_LETTER + _LETTER
)
_WITHOUT_JOINER = {
    "ES_DNI": re.compile(_DNI_DIGITS + _NOISE_BEFORE_LETTER + _LETTER),
    "ES_NIE": re.compile(_NIE_DIGITS + _NOISE_BEFORE_LETTER + _LETTER),
}
# Its groups may be set apart ("GOPA 850101-HDFRRN-06"): the name's letters, the birth date,
# sex, state and names' consonants, then homonymy character and check digit.
_CURP = re.compile(
    r"(?<![0-9A-Za-z])[A-Za-z]{4}[ \-.]?[0-9]{6}[ \-.]?[HMhm][A-Za-z]{5}[ \-.]?[0-9A-Za-z][0-9]"
    r"(?![0-9A-Za-z])"
)
# The groups may be set apart by a dot or a slash too ("RAUE.780124.157").
_RFC = re.compile(
    r"(?<![0-9A-Za-z&])[A-Za-z&\u00d1\u00f1]{3,4}[\s\-./]?[0-9]{6}[\s\-./]?[A-Za-z0-9]{3}"
    r"(?![0-9A-Za-z]|[.\-/][0-9A-Za-z])"
)
DE_TAX_WORDS = words(
    r"steuer\s*-?\s*id",
    # "steuerliche ID", "steuerliche Identifikationsnummer" (the adjective form)
    r"steuerliche\s*-?\s*(?:id|identifikations\s*-?\s*(?:nummer|nr)\.?)",
    r"steuerid",
    r"steuer\s*-?\s*idnr",
    r"id\s*-?\s*nr\.?",
    r"idnr",
    r"st\.?\s*-?\s*id",
    r"steuer\s*-?\s*identifikationsnummer",
    # Steueridentifikationsnr, Steuer-Ident-Nr., Steuer-IdNr.
    r"steuer\s*-?\s*(?:identifikations|ident|id)\s*-?\s*(?:nummer|nr|no)\.?",
    r"identifikationsnr\.?",
    r"identifikationsnummer",
    r"steuernummer",
    # "Steuernr.", "St.-Nr.", "StNr": the tax number's abbreviations
    r"st(?:euer)?\.?\s*-?\s*nr\.?",
    r"tin",
    r"tax\s*id",
    r"tax\s*(?:identification\s*)?number",
    # named in the customer's own language ("l'identifiant fiscal allemand"): only eleven
    # digits with the Steuer-IdNr's check digit are read as one
    r"identifiant\s*fiscal",
    r"identificaci[óo]n\s*fiscal",
)
PT_NIF_WORDS = words(
    r"nif",
    r"n\.\s*i\.\s*f\.?",
    r"contribuinte",
    r"n[úu]mero\s*(?:de\s*)?(?:identifica[çc][ãa]o\s*)?fiscal",
    r"n[ºo°]\.?\s*fiscal",
    r"tax\s*(?:id|number)",
    r"nipc",
)
CLABE_WORDS = words(r"clabe", rf"cuenta{BILL_OF}", r"transferencia", r"spei")
DNI_WORDS = words(
    r"dni",
    r"nie",
    # the longer phrase first: an alternation takes the first branch that matches
    r"documento\s*nacional\s*(?:de\s*)?identidad",
    # the NIE said in full, in the five languages: "número de identidad de extranjero",
    # "foreigner identity number", "numéro d'identité d'étranger", "Ausländer-
    # Identitätsnummer", "número de identidade de estrangeiro"
    r"n[úu]mero\s*(?:de\s*)?identidad\s*de\s*extranjeros?",
    r"identidad\s*de\s*extranjeros?",
    r"foreigners?['\u2019]?s?\s*(?:id(?:entity)?|identification)(?:\s*number|\s*no\.?)?",
    r"num[ée]ro\s*d['\u2019]\s*identit[ée]\s*d['\u2019]\s*[ée]trangers?",
    r"identit[ée]\s*d['\u2019]\s*[ée]trangers?",
    r"ausl[äa]nder\s*-?\s*(?:identit[äa]ts|identifikations)\s*-?\s*nummer",
    r"n[úu]mero\s*(?:de\s*)?identidade\s*de\s*estrangeiros?",
    r"identidade\s*de\s*estrangeiros?",
    r"documento\s*(?:de\s*identidad)?",
    r"d\.n\.i\.?",
)
CPF_WORDS = words(r"cpf", r"c\.p\.f\.?")
CNPJ_WORDS = words(r"cnpj")
CURP_WORDS = words(r"curp")
NIR_WORDS = words(
    r"nir",
    r"insee",
    r"s[ée]cu",
    r"s[ée]curit[ée]\s*sociale",
    r"carte\s*vitale",
    # "n° ss", "numéro de SS": the abbreviation after a number's word only, since "ss"
    # alone is also a screenshot
    r"(?:n[°º]|no|num(?:[ée]ro)?)\.?\s*(?:de\s*)?ss",
)
# The start of a NIR at the end of a message, after its word: "ma sécu 1.78.04" (sex, year
# and month; the rest follows in the next message).
_NIR_START = after_context(
    NIR_WORDS, r"(?<![0-9])[12](?:[\s.\-]{0,2}[0-9]){4,12}(?=[\s.\-]*\Z)", gap=12
)
# The words that name one identifier alone: after them, a value of its shape is masked
# even when its check digit fails (a typo does not make the rest of it public).
_OWN_WORDS = {
    "BR_CPF": CPF_WORDS,
    "BR_CNPJ": CNPJ_WORDS,
    "FR_NIR": NIR_WORDS,
    "MX_CURP": CURP_WORDS,
    "ES_DNI": DNI_WORDS,
    "ES_NIE": DNI_WORDS,
    "PT_NIF": PT_NIF_WORDS,
    "DE_TAX_ID": DE_TAX_WORDS,
    "MX_CLABE": words(r"clabe"),
}
_CLABE_WEIGHTS = (3, 7, 1) * 6


def _compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


def _letters_and_digits(value: str) -> str:
    """A DNI/NIE without a joining word typed before its check letter ("050 y N"): the
    leading letter of a NIE, the digits, the check letter."""
    head = value[0] if value[0].isalpha() else ""
    return head + "".join(c for c in value if c.isdigit()) + value[-1]


def clabe_is_valid(digits: str) -> bool:
    """Mexico's CLABE: 18 digits, the last a weighted (3, 7, 1) mod-10 check digit."""
    if len(digits) != 18 or not digits.isdigit():
        return False
    total = sum(int(d) * w % 10 for d, w in zip(digits[:17], _CLABE_WEIGHTS, strict=False))
    return (10 - total % 10) % 10 == int(digits[17])


_ASCII_LETTER = re.compile(r"[A-Za-z]")
# The date both ``_CURP`` and ``_RFC`` hold as ``[0-9]{6}``.
# (one digit, then the rest: led by a class, the scan skips to a digit)
_SIX_DIGITS = re.compile(r"[0-9][0-9]{5}")
# What a DNI's or NIE's check letter stands after (a digit, noise or a joining word's
# trailing noise) and before (no word character): the scans for them need one. The letter
# first, so the search skips to letters.
_CHECK_LETTER = re.compile(_LETTER + r"(?<=(?:[0-9_]|[^\w\[\]])[A-Za-z])")
# "homoclave": the RFC's last three characters, said of the whole RFC ("con homoclave es")
RFC_WORDS = words(r"rfc", r"r\.f\.c\.?", r"registro\s*federal", r"homoclave")


# A NIR born in Corsica has the department "2A" or "2B" after sex, year and month
# ("2 75 02 2B 395 688 14"): thirteen digits and a letter, checked by ``fr.nir``, grouped any way.
_CORSICAN_NIR = re.compile(
    r"[12](?<![0-9A-Za-z].)(?:[\s.\-]{0,2}[0-9]){4}[\s.\-]{0,2}2[\s.\-]{0,2}[ABab]"
    r"(?:[\s.\-]{0,2}[0-9]){8}(?![0-9A-Za-z])"
)


# A NIR as the carte Vitale prints it ("1 89 08 24 498 133 75"): read alone, as a run of
# digits it may run on into the next value after a slash or a comma ("... 133 75 / 06 12
# 34 56 78"), which no identifier's length fits.
_PRINTED_NIR = re.compile(
    r"[12](?<![0-9A-Za-z].)(?P<sep>[ .])[0-9]{2}(?P=sep)[0-9]{2}(?P=sep)[0-9]{2}"
    r"(?P=sep)[0-9]{3}(?P=sep)[0-9]{3}(?P=sep)[0-9]{2}(?![0-9A-Za-z]|(?P=sep)[0-9])"
)


def _grouped_nirs(text: str) -> Iterator[Span]:
    for pattern in (_CORSICAN_NIR, _PRINTED_NIR):
        for match in pattern.finditer(text):
            if nir.is_valid(_compact(match.group())):
                yield Span(match.start(), match.end(), "FR_NIR", 0.9, "patterns")


def _scans_for(text: str, digits: int) -> set[str]:
    """The letter-led identifiers ``text`` may hold, given its count of ``digits``: each
    pre-check asked once per text, and only of a text with the digits a scan it decides
    needs (most stretches of a long message have fewer than six)."""
    if digits < 6:
        return set()  # an RFC's date holds six, the fewest of the four
    scans: set[str] = set()
    letter = _ASCII_LETTER.search(text) is not None  # NIE, DNI and CURP hold one
    # no letter standing alone after a digit or noise: no DNI's or NIE's check letter
    if letter and digits >= 7 and _CHECK_LETTER.search(text) is not None:
        scans.add("ES_NIE")
        if digits >= 8:
            scans.add("ES_DNI")
    if _SIX_DIGITS.search(text) is not None:  # a CURP and an RFC hold their date's six
        scans.add("MX_RFC")
        if letter and digits >= 7:
            scans.add("MX_CURP")
    return scans


def find_identity_numbers(folded: str, view: str) -> Iterator[Span]:
    """Identifiers in ``folded`` and in its deobfuscated ``view`` (same length).

    Letters and digits mix in a CURP or RFC (``BUZO520519GV3``), where reading
    ``O`` as 0 would break them, so the letter-led ones are read in both views.
    """
    texts = (folded, view) if view != folded else (folded,)
    # (most messages have one view: its digits counted once; a third of the stretches of a
    # long message hold none, which the finders before this one have asked has_digit)
    digit_counts = {
        text: sum(map(text.count, "0123456789")) if has_digit(text) else 0 for text in texts
    }
    scans = {text: _scans_for(text, digit_counts[text]) for text in texts}
    for pattern, validator, entity in (
        (_NIE, nie.is_valid, "ES_NIE"),
        (_DNI, dni.is_valid, "ES_DNI"),
        (_CURP, curp.is_valid, "MX_CURP"),
        (_RFC, None, "MX_RFC"),
    ):
        for text in texts:
            if entity not in scans[text]:
                continue
            for found in pattern.finditer(text):
                match: re.Match[str] | None = found
                value = _compact(found.group())
                if entity in ("ES_DNI", "ES_NIE"):
                    value = _letters_and_digits(value)
                    if validator is not None and not validator(value):
                        match = _WITHOUT_JOINER[entity].match(text, found.start())
                        value = _letters_and_digits(_compact(match.group())) if match else ""
                # "le 2026-04-13 (n° ...": a calendar date's digits are no DNI's
                if match is None or DATE_SHAPE.match(match.group()):
                    continue
                valid = (
                    _rfc_is_valid(
                        value,
                        # after its word, or alone: the answer to the agent's question
                        context=before(RFC_WORDS, text, match.start())
                        or bare_code(text, match.start(), match.end())
                        or _INVOICING.search(text, 0, match.start()) is not None,
                    )
                    if validator is None
                    else validator(value)
                )
                if (
                    valid
                    and _a_word_not_a_letter(text, match)
                    and not _after_own_word(entity, text, match.start())
                ):
                    # "68.578.025-Y y el cp": the check letter before the conjunction
                    shorter = text[match.start() : match.end() - 2].rstrip()
                    if (
                        validator is not None
                        and shorter[-1:].isalpha()
                        and validator(_letters_and_digits(_compact(shorter)))
                    ):
                        yield Span(
                            match.start(), match.start() + len(shorter), entity, 0.9, "patterns"
                        )
                    continue
                if valid:
                    yield Span(match.start(), match.end(), entity, 0.9, "patterns")
                elif entity in _OWN_WORDS and _after_own_word(entity, text, match.start()):
                    yield Span(match.start(), match.end(), entity, 0.6, "patterns")
    # (a run's digits are the view's: fewer than nine in the view, no run of nine)
    for run in digit_runs(view, min_digits=9) if digit_counts[view] >= 9 else ():
        kind = _classify_digits(view, run.begin, run.digits) or _named_after_run(view, run)
        if kind is not None:
            yield Span(run.begin, run.end, kind, 0.85, "patterns")
        elif (kind := _named_digits(view, run.begin, run.digits)) is not None:
            yield Span(run.begin, run.end, kind, 0.6, "patterns")
        elif view != folded:
            yield from _before_comma(folded, view, run)
    if digit_counts[folded] >= 13:  # a Corsican NIR's thirteen digits, a printed NIR's 15
        yield from _grouped_nirs(folded)
    # (the start of a NIR holds five digits; an identifier in pieces six, an RFC's date)
    for match in _NIR_START.finditer(view) if len(view) < 120 and digit_counts[view] >= 5 else ():
        yield Span(match.start("value"), match.end("value"), "FR_NIR", 0.6, "patterns")
    yield from _lookalike_ids(folded)
    # letters and digits as typed (the deobfuscated view may read a piece's letter as a
    # digit), then with spelled digits read and joining words blanked
    if digit_counts[folded] >= 6:
        yield from _pieced_ids(folded)
    if view != folded and digit_counts[view] >= 6:
        yield from _pieced_ids(view)


# After its word, an identifier typed in pieces that do not follow its own groups ("RFC:
# HOU - B97 - 021 - 6DC - 8", "CURP PUSV luego 7310 luego 25MJ luego CRRR luego 92",
# "d.n.i 8680 y luego 3596 | D"): the pieces joined, validated like the whole value.
# Each first tests the digits its format puts in the middle (most runs of pieces fail
# there), before python-stdnum's validation.
def _curp_ok(value: str) -> bool:
    # the birth date and the last character are digits, maybe typed as look-alikes in pieces
    # of their own ("CURP FAG L8O o6l 5HP LVP G26"; the value comes in capitals, so a small
    # "l" is an "L" here): the check digit validates the reading
    if len(value) != _CURP_CHARS:
        return False
    value = (
        value[:4]
        + value[4:10].translate(_DIGIT_LOOKALIKES)
        + value[10:17]
        + value[17:].translate(_DIGIT_LOOKALIKES)
    )
    return value[4:10].isdigit() and value[17:].isdigit() and bool(curp.is_valid(value))


_CURP_CHARS = 18
# A look-alike letter for a digit, in capitals too (the pieces are read upper-cased).
_DIGIT_LOOKALIKES = str.maketrans("OoIlL", "00111")


def _rfc_after_word(value: str) -> bool:
    # the date: the six characters before the last three, for a person's and a company's
    return value[-9:-3].isdigit() and _rfc_is_valid(value, context=True)


def _dni_or_nie(value: str) -> bool:
    # a DNI's digits and the letter of a NIE's then its seven
    return value[1:8].isdigit() and bool(dni.is_valid(value) or nie.is_valid(value))


# Each with its words and those words after a value (``naming``), compiled once.
_PIECED: tuple[
    tuple[re.Pattern[str], re.Pattern[str], tuple[int, ...], Callable[[str], bool], str], ...
] = (
    (CURP_WORDS, naming(CURP_WORDS), (18,), _curp_ok, "MX_CURP"),
    (RFC_WORDS, naming(RFC_WORDS), (12, 13), _rfc_after_word, "MX_RFC"),
    (DNI_WORDS, naming(DNI_WORDS), (9,), _dni_or_nie, "ES_DNI"),
)

# What every phrase of each word list above holds in lower case: substring tests before
# its scan (the foreigner's identity numbers hold "extranjero", "étranger" or "estrangeiro").
_PIECED_HINTS = (
    ("curp",),
    ("rfc", "r.f.c", "registro", "homoclave"),
    ("dni", "nie", "document", "tranj", "trang", "foreign", "ausl", "d.n.i"),
)
_ALL_PIECED_HINTS = tuple(hint for hints in _PIECED_HINTS for hint in hints)


# How far after an identifier's word a colon may close the clause that named it.
_CLAUSE_REACH = 64


def _pieced_ids(view: str) -> Iterator[Span]:
    """After its word (a few words may stand between: "el RFC de la empresa: ..."), or
    before the words naming it ("HOU-B97-021-6DC-8 es mi RFC", "... (curp)")."""
    if not _ASCII_LETTER.search(view):
        return
    low = view.lower()
    if not may_hold(view, low, _ALL_PIECED_HINTS):
        return  # one test for the three lists (most texts hold none of their words)
    for (phrases, names, lengths, valid, entity), hints in zip(_PIECED, _PIECED_HINTS, strict=True):
        if not may_hold(view, low, hints):
            continue  # none of its words: every piece is read from one
        most = max(lengths)
        for word in phrases.finditer(view):
            # a clause may stand between ("the RFC on my mexican invoices is ..."): the
            # value is validated whole, so eight words' reach costs no false match
            after = [*pieces_after(view, word.end(), most=most, reach=40, starts=8)]
            # or after a colon closing a longer clause that a reference may fill ("rfc de
            # la empresa para la factura FAC-2024-0001: ..."): the value right after it
            colon = view.find(":", word.end(), word.end() + _CLAUSE_REACH)
            if colon != -1 and "\n" not in view[word.end() : colon]:
                after += pieces_after(view, colon + 1, most=most, reach=3, starts=1)
            for begin, end, compact, count in after:
                if count >= 2 and len(compact) in lengths and valid(compact.upper()):
                    yield Span(begin, end, entity, 0.85, "patterns")
            for begin, end, compact, count in pieces_before(view, word.start(), most=most):
                if (
                    count >= 2
                    and len(compact) in lengths
                    and names.match(view, end, word.end()) is not None
                    and valid(compact.upper())
                ):
                    yield Span(begin, end, entity, 0.85, "patterns")


# One-letter words of the five languages that are also DNI check letters: "cep 95498-690
# e nao 19278-405" is a postcode and "and", "30111222 a las 5" a number and "at".
# Before another word, or before a value masked already: the redactor reads again the
# stretch before a mask token ("la factura 93645331 a [EMAIL]": "to" an address), which
# ends after the word's space. A letter typed at the end ends the text without the space.
_ONE_LETTER_WORD = re.compile(r"\s[aey]\s+(?:[^\W\d_]|\Z)")


def _before_comma(folded: str, view: str, run: Run) -> Iterator[Span]:
    """The deobfuscated view reads a comma after a number as noise between groups, so a
    count typed after a whole identifier joins its run ("cnpj 58.000.173/0001-90, 22
    caixas", "cnpj 76/025 et 228 / 0001|06, 4 colis"): after the identifier's word, the
    digits before the run's last comma as typed are read alone, by their check digits."""
    comma = folded.rfind(",", run.begin, run.end)
    if comma == -1:
        return
    count = sum(char.isdigit() for char in view[run.begin : comma])
    kind = _classify_digits(view, run.begin, run.digits[:count]) if count >= 9 else None
    # only after the identifier's own word: eleven digits of a phone before a count ("11
    # 98765 4321, 30 gigas") pass a CPF's check one time in a hundred
    own = _OWN_WORDS.get(kind) if kind is not None else None
    if kind is not None and own is not None and before(own, view, run.begin):
        end = comma
        while not view[end - 1].isdigit():
            end -= 1
        yield Span(run.begin, end, kind, 0.85, "patterns")


def _card_then_count(digits: str) -> bool:
    """Eighteen digits that are a card of a known issuer and two more ("5105 1081 1123
    7768 , 20 versements"): the card and a count beside it, not a CLABE (one in ten
    runs passes its check digit), unless a CLABE word names it."""
    card = digits[:16]
    return known_issuer(card) and is_card(card)


def _a_word_not_a_letter(text: str, match: re.Match[str]) -> bool:
    """The "check letter" is a lower-case one-letter word set apart, before another word."""
    return _ONE_LETTER_WORD.match(text, match.end() - 2) is not None


# Digits of each identifier that is digits only.
_DIGIT_COUNTS = {
    "BR_CPF": 11,
    "DE_TAX_ID": 11,
    "BR_CNPJ": 14,
    "FR_NIR": 15,
    "PT_NIF": 9,
    "MX_CLABE": 18,
}


# Identifiers that need their word to be told apart (a valid Steuer-IdNr or NIF is just
# a number otherwise), named after the value: "48 / 757 / 792 / 311 (steuer-id)".
_NAMED_AFTER = {
    "DE_TAX_ID": (naming(DE_TAX_WORDS), 11, idnr.is_valid),
    "PT_NIF": (naming(PT_NIF_WORDS), 9, nif.is_valid),
}


def _named_after_run(view: str, run: Run) -> str | None:
    for entity, (names, count, valid) in _NAMED_AFTER.items():
        if len(run.digits) == count and valid(run.digits) and names.match(view, run.end):
            return entity
    return None


def _after_own_word(entity: str, view: str, begin: int) -> bool:
    """After the identifier's own word, no reference word nearer ("CPF ok, pedido ...")."""
    own = _OWN_WORDS[entity]
    return before(own, view, begin) and not nearer(NOT_PERSONAL, own, view, begin)


def _named_digits(view: str, begin: int, digits: str) -> str | None:
    """A run of an identifier's length right after that identifier's own word, whose
    check digit fails: a mistyped CPF is still a CPF. Only the first number after the word:
    a later one is something else ("nif 541030213 por favor, é a FA2025-89220")."""
    for entity, count in _DIGIT_COUNTS.items():
        if (
            len(digits) == count
            and _after_own_word(entity, view, begin)
            and not _number_since_own_word(entity, view, begin)
        ):
            return entity
    return None


def _number_since_own_word(entity: str, view: str, begin: int) -> bool:
    """Whether a digit stands between the identifier's last own word and ``begin``."""
    own = _OWN_WORDS[entity].finditer(view, max(0, begin - WINDOW), begin)
    since = max((match.end() for match in own), default=begin)
    return has_digit(view[since:begin])


def _named_since_own_number(entity: str, view: str, begin: int) -> bool:
    """Whether the identifier's word, a number (its own), then a reference's word stand
    before ``begin``: "o meu NIF é 123456789 para a fatura 2023-91434" names the second
    number the invoice's. Without a number before the reference's word ("o NIF: para a
    fatura 2024/75184 é 123456789", "NIF da fatura: 123456789") the NIF is still named."""
    low = max(0, begin - WINDOW)
    own = max(_OWN_WORDS[entity].finditer(view, low, begin), key=re.Match.end, default=None)
    if own is None:
        return False
    reference = max(NOT_PERSONAL.finditer(view, own.end(), begin), key=re.Match.end, default=None)
    return reference is not None and has_digit(view[own.end() : reference.start()])


# Identifiers that mix letters and digits, with O/o for 0 or I/l for 1 in their digit
# positions: a CURP's birth date and last digit ("QUNI95O3O7..."), an RFC's birth date
# ("QORA9OO72OE33") and a DNI's eight digits ("2O413048l", its check letter typed in lower
# case). The deobfuscated view leaves a look-alike glued to letters alone (or reads the
# DNI's letter as a digit), so the digit positions are read here and the result
# validated like any such identifier.
_CURP_LOOKALIKE = re.compile(
    r"(?<![0-9A-Za-z])[A-Za-z]{4}[0-9OoIl]{6}[HMhm][A-Za-z]{5}[0-9A-Za-z][0-9OoIl](?![0-9A-Za-z])"
)
_RFC_LOOKALIKE = re.compile(
    r"(?<![0-9A-Za-z&])(?P<name>[A-Za-z&\u00d1\u00f1]{3,4})[\s\-]?(?P<date>[0-9OoIl]{6})"
    r"[\s\-]?(?P<key>[A-Za-z0-9]{3})(?![0-9A-Za-z])"
)
# (The grouped NIRs and this are led by their first character and the look-behind after it,
# so the scan jumps to a possible start.)
_DNI_LOOKALIKE = re.compile(r"[0-9OoIl](?<![0-9A-Za-z].)[0-9OoIl]{7}[A-Za-z](?![0-9A-Za-z])")
# Six digit positions in a row, each a digit or a look-alike: a CURP's or an RFC's birth
# date, a DNI's first six: searched once before the three scans.
# (one digit, then the rest: led by a class, the scan skips to a digit or a look-alike)
_SIX_DIGITS_OR_LOOKALIKES = re.compile(r"[0-9OoIl][0-9OoIl]{5}")


def _lookalike_ids(folded: str) -> Iterator[Span]:
    if _SIX_DIGITS_OR_LOOKALIKES.search(folded) is None:
        return
    for match in _CURP_LOOKALIKE.finditer(folded):
        value = match.group()
        if value[4:10].isdigit() and value[17].isdigit():
            continue  # no look-alike in it: read by the plain pattern
        digits = (value[4:10] + value[17]).translate(LOOKALIKES)
        fixed = (value[:4] + digits[:6] + value[10:17] + digits[6]).upper()
        if curp.is_valid(fixed):
            yield Span(match.start(), match.end(), "MX_CURP", 0.85, "patterns")
    for match in _RFC_LOOKALIKE.finditer(folded):
        date = match.group("date")
        if date.isdigit() or sum(c.isdigit() for c in date) < 3:
            continue
        fixed = match.group("name") + date.translate(LOOKALIKES) + match.group("key")
        context = before(RFC_WORDS, folded, match.start())
        if _rfc_is_valid(fixed.upper(), context=context):
            yield Span(match.start(), match.end(), "MX_RFC", 0.85, "patterns")
    for match in _DNI_LOOKALIKE.finditer(folded):
        value = match.group()
        if value[:8].isdigit() or sum(c.isdigit() for c in value) < 5:
            continue
        if dni.is_valid(value[:8].translate(LOOKALIKES) + value[8].upper()):
            yield Span(match.start(), match.end(), "ES_DNI", 0.85, "patterns")


# A Mexican invoice (CFDI) is made out to the buyer's RFC, so a customer asking for one gives
# it, often without its name: "necesito facturar a mi nombre, ABCD800101XY1", "para la
# factura: ...", "datos fiscales ...". Before the value, so the words name what follows.
_INVOICING = re.compile(
    r"(?i)(?=[fcdr])\b(?:factur\w*|cfdi|datos\s++fiscales|r[ée]gimen\s++fiscal"
    r"|raz[óo]n\s++social)"
)


def _rfc_is_valid(value: str, *, context: bool) -> bool:
    """An RFC's check digit is not always computed right by issuers' software, so
    after "RFC" the format and birth date are enough; elsewhere the check digit counts."""
    if len(value) not in (12, 13):
        return False
    return bool(rfc.is_valid(value, validate_check_digits=not context))


# A valid Steuer-IdNr in a message about taxes, wherever the words stand: "... steht auf
# meinem Steuerbescheid", "vom Finanzamt", "für die Steuererklärung". Its check digit and
# the rule that one digit repeats make a random eleven-digit number rarely valid.
_TAX_PAPER = re.compile(
    r"(?i)(?=[sflte])\b(?:steuer\w*|lohnsteuer\w*|finanzamt\w*|elster|tax\s*(?:id|office|return))"
)


def _classify_digits(view: str, begin: int, digits: str) -> str | None:
    count = len(digits)
    if count == 11 and cpf.is_valid(digits):
        return "BR_CPF"
    # A tax number alone in a message is the answer to the agent's question for it.
    if (
        count == 11
        and idnr.is_valid(digits)
        and (
            before(DE_TAX_WORDS, view, begin)
            or bare_digits(view, begin)
            or _TAX_PAPER.search(view) is not None
            # A valid IdNr is rare among eleven-digit numbers (about 1 in 250: its check
            # digit and one repeated digit), so it is one wherever no reference word
            # ("Bestellung", "order") names it something else.
            or not before(NOT_PERSONAL, view, begin, 24)
        )
    ):
        return "DE_TAX_ID"
    if count == 14 and cnpj.is_valid(digits):
        return "BR_CNPJ"
    if count == 15 and nir.is_valid(digits):
        return "FR_NIR"
    if (
        count == 9
        and nif.is_valid(digits)
        and (
            (
                before(PT_NIF_WORDS, view, begin)
                and not _named_since_own_number("PT_NIF", view, begin)
            )
            or bare_digits(view, begin)
        )
    ):
        return "PT_NIF"
    if (
        count == 18
        and clabe_is_valid(digits)
        and (
            before(CLABE_WORDS, view, begin)
            or not (before(NOT_PERSONAL, view, begin, 24) or _card_then_count(digits))
        )
    ):
        return "MX_CLABE"
    return None
