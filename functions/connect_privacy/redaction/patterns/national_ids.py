"""National and official identifiers.

Validation comes from python-stdnum where it has a module: ``us.ssn`` (area,
group and serial rules and its blacklist), ``us.itin``, ``ca.sin`` (Luhn),
``gb.nhs`` (mod 11). python-stdnum has no UK National Insurance number or VIN
module, so those two rules are written here (HMRC's prefix rules; the ISO 3779
/ 49 CFR 565 check digit), each in a few lines.

Bare numbers need context: nine digits alone are as likely an order number as
an SSN. Formatted ones (``123-45-6789``) do not: that shape is an SSN.
The value 123-45-6789, which the Contact Lens validation guide tells users to
test with, passes python-stdnum's SSN rules and is redacted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.ca import sin
from stdnum.gb import nhs
from stdnum.us import itin, ssn

from connect_privacy.redaction.patterns.cards import Run
from connect_privacy.redaction.patterns.context import (
    DATE_SHAPE,
    NOT_PERSONAL,
    after_context,
    bare_code,
    bare_digits,
    bare_id,
    before,
    has_digit,
    has_letter,
    may_hold,
    named_values,
    naming,
    nearer,
    pieces_after,
    pieces_before,
    standalone,
    starts,
    value_then_naming,
    word_names_its_own,
    words,
)
from connect_privacy.redaction.spans import Span

SSN_WORDS = words(
    r"ssns?",
    r"ss\s*#",
    r"ss\s*(?:no|number|num)",
    r"social",
    r"social\s*security",
    r"soc[ia]{2}l\s*sec(?:urity|uirty|urty)?",  # socail security
    r"soc\s*sec",
    r"seguro\s*social",  # Spanish speakers in the US
    # Each language's own name or abbreviation for the number, said of the American one:
    # "nss" (número de seguridad social), "sécu" and "sécurité sociale", the German
    # "Sozialversicherungsnummer" ("US-Sozialversicherungsnr."). Nine digits after them are
    # still read by the SSN's rules; a French or German number is longer than nine.
    r"nss",
    r"s[ée]cu",
    r"s[ée]curit[ée]\s*sociale",
    r"sozialversicherungs\s*-?\s*(?:nummer|nr\.?)",
)
ITIN_WORDS = words(
    r"itin", r"contribuyente", r"tax\s*id", r"tax\s*identification", r"taxpayer", r"tin"
)
# Taxes named anywhere near a number: the number a person files with is their ITIN or SSN
# ("907732084 is what i use for taxes", "para los impuestos uso 912-78-1234").
TAX_WORDS = words(
    r"tax(?:es)?",
    r"tax\s*returns?",
    r"irs",
    r"w\s*-?\s*7",
    r"impuestos?",
    r"hacienda",
    r"imp[ôo]ts?",
    r"steuer(?:n|erkl[äa]rung)?",
    r"impostos?",
    r"receita\s*federal",
)
_TAX_REACH = 48
SIN_WORDS = words(r"sin", r"social\s*insurance", r"insurance\s*number", r"nas")
NHS_WORDS = words(r"nhs", r"health\s*service", r"national\s*health", r"patient\s*number")

# "zip 07268-6246": a ZIP+4 code after the SSN, not a second SSN.
# (one digit, then the rest: led by a class, the scan skips to a digit)
_ZIP_PLUS_4 = re.compile(r"[0-9][0-9]{4}-[0-9]{4}", re.ASCII)
_ZIP_WORD = re.compile(r"(?i)zip|postal|post\s*code|postcode")
_SSN_REGROUPED_REACH = 16
# 3-2-4 with one separator used throughout: the SSN/ITIN shape; a dash set apart by spaces
# too ("446 - 76 - 5476").
# (Both led by a digit and the look-behind after it, so the scan jumps to digits.)
_SSN_SHAPE = re.compile(
    r"([0-9](?<![0-9].)[0-9]{2})([\s\-./]{1,2}| [\-./] )([0-9]{2})\2([0-9]{4})"
    r"(?![0-9]|[\-./][0-9]| [\-./] [0-9])",
    re.ASCII,
)
# The same shape with uneven spaces, a double one slipped in ("375  67 4372"): read only
# where the message holds a double space.
_SSN_UNEVEN = re.compile(
    r"([0-9](?<![0-9].)[0-9]{2}) {1,2}([0-9]{2}) {1,2}([0-9]{4})(?![0-9]|[\-./][0-9])", re.ASCII
)
# UK NINO: two prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB,
# KN, NK, NT, TN, ZZ), six digits, suffix A-D.
_NINO = re.compile(
    r"(?i)\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"(?:[\s\-]?[0-9]{2}[\s\-]?[0-9]{2}[\s\-]?[0-9]{2}[\s\-]?"
    # or the same dot, slash or double space between every pair ("AB.12.34.56.C", "AB/12/34/56/C"),
    # spaced out too ("AB - 12 - 34 - 56 - C")
    r"|(?P<sep>[\s.\-/]{1,3})[0-9]{2}(?P=sep)[0-9]{2}(?P=sep)[0-9]{2}[\s.\-/]{0,3})[A-D]\b"
)
_VIN = re.compile(r"(?i)(?<![A-Z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])")
VIN_WORDS = words(r"vin", r"vehicle", r"chassis", r"frame\s*number")
_PASSPORT_PHRASES = (
    # passport, passprt, passeprt, pasaporte, pasaport, passeport, passaporte, pasaprote,
    # and with the final letter dropped: passpor, passepor, pasapor
    r"pas{1,2}[ae]?p(?:o?r|ro)t[ea]?",
    r"pas{1,2}[ae]?por",
    r"passport\s*(?:no|number|num|#)",
    # "die Nummer Ihres Reisepasses": the genitive after its number
    r"reisepass(?:es)?(?:\s*-?\s*(?:nummer|nr\.?|no\.?))?",
    r"pass\s*-?\s*nr\.?",
    r"passnummer",
    # "mein Pass", "meinen Pass": German for "my passport" (never "mein Passwort")
    r"mein(?:en|es)?\s*pass(?!wort)",
    r"passaporte",
    # "pp no", "pp#", "psp no": the travel-desk shorthands, only with a number sign
    r"(?:pp|psp|pspt)\s*(?:no|nr|num|number|nummer|#)\.?",
    r"pp#",
    r"pasap\.?",  # pasaporte, passaporte, Reisepass, passport cut short
    r"passp\.?",
    r"pas{1,2}a?pt\.?",  # "pasapt", "passpt."
    r"ppt\.?",  # the travel desk's "ppt"
    # "PP" alone in capitals, before a passport's shape ("PP 123456789", "PP: C1234567")
    # (every phrase starts with a letter: the list keeps its first-letter look-ahead)
    r"pp(?<=(?-i:PP))(?=\s{0,2}[:#]?\s{0,2}[A-Z]{0,2}[0-9]{6,9}(?![A-Za-z0-9]))",
    # "pass no", "pass #": not a boarding, bus, day or season pass
    r"pass(?<!boarding\spass)(?<!bus\spass)(?<!day\spass)(?<!season\spass)(?<!gate\spass)"
    r"\s*(?:no|number|num|#)\.?",
)
PASSPORT_WORDS = words(*_PASSPORT_PHRASES)
_PASSPORT = after_context(
    PASSPORT_WORDS,
    # A space only before a group holding a digit: "XRQ 179049", never "... for".
    # Capitals then a space before the first digit too ("FNRWF 5JF8", a German passport;
    # not "vence 2027").
    # Not the end of a word with an accent ("läuft 2029").
    # Lower-case letters then a space are a word ("fee was 130"), not a passport's letters.
    r"(?<!\w)(?:(?=[A-Z]{0,3}[0-9]|(?-i:[A-Z]{1,3})[\s\-][0-9]|[A-Z]{4,8}[0-9]"
    r"|(?-i:[A-Z]{4,8})[\s\-][0-9])"
    r"[A-Z0-9]"
    r"(?:-?[A-Z0-9]|\s(?=[A-Z]{0,2}[0-9])[A-Z0-9]){5,11}"
    # German passports may be letters only, from an alphabet without vowels ("CFGHJ..."),
    # typed in threes too ("FYJ WVF YFV")
    r"|(?-i:[CFGHJKLMNPRTVWXYZ]{3}(?P<sep>[\s\-]?)[CFGHJKLMNPRTVWXYZ]{3}(?P=sep)"
    r"[CFGHJKLMNPRTVWXYZ]{3}))(?![A-Z0-9])",
)
# "Pass X12345678" (German for passport): only a value right after the word, never a gap,
# so "boarding pass for flight ..." is not read.
# "Pass hat die Nummer X", "Passnummer X": the word that says a number follows may stand
# between them.
_BARE_PASS = re.compile(
    r"(?i)\bpass(?<!boarding\spass)(?<!bus\spass)(?<!day\spass)"
    r"(?:\s?+(?:hat|has)\s++(?:die|the)\s++(?:nummer|number)|\s?+-?\s?+(?:nummer|nr\.?))?\s*:?\s"
    r"(?:\(\s*+)?"  # "Pass (CV9PJR16L), Führerschein (...)": in parentheses, a list's item
    r"(?P<value>(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{8,9}"
    # a German passport of letters only, from its alphabet without vowels ("CVTKFKHML")
    r"|(?-i:[CFGHJKLMNPRTVWXYZ]{9})"
    # or of that alphabet and digits in three threes, set apart the same way throughout
    # ("CFK | 7GZ | R8X", "C01.X00.T47"), led by one of the letters a serial starts with;
    # O and I, no letters of that alphabet, are a 0 and a 1 typed as letters ("2GN 7OV");
    # the noise between may be an emoji, dots or "dann" ("FCL 👉 ZW1 👉 FJP", "HJ1 dann GZL")
    r"|(?-i:[CFGHJK][CFGHJKLMNPRTVWXYZ0-9OI]{2}"
    r"(?P<sep>[ ]{0,2}(?:[^\w\s]{1,3}|(?i:dann|und))[ ]{0,2}|[ ]{1,2})"
    r"[CFGHJKLMNPRTVWXYZ0-9OI]{3}(?P=sep)[CFGHJKLMNPRTVWXYZ0-9OI]{3}(?!(?P=sep)[A-Z0-9])))"
    r"(?![A-Z0-9])"
)
# A passport number's commonest printed shape: one or two capitals, then six to eight
# digits ("C9719847", "PH3595275", "AT136355"); or France's (``_BARE_PASSPORT``).
# France's, two digits, two capitals and five digits, may be typed in its three groups
# ("79 WJ 87284").
_PASSPORT_SHAPE = (
    r"(?<![A-Za-z0-9])(?-i:[A-Z]{1,2}[0-9]{6,8}|[0-9]{2}[\s\-]?[A-Z]{2}[\s\-]?[0-9]{5})"
    r"(?![A-Za-z0-9])"
)
# Spain's and Portugal's three capitals and six digits ("PAA123456"), and those shapes
# copied with a look-alike letter for a digit ("BUU9451O5", "W59213o32", "G43472l47": O or
# o for 0, I or l for 1), five digits at least among them.
_LOOKALIKE_DIGITS = r"(?=(?:[OoIl]*[0-9]){5})[0-9][0-9OoIl]"
_PASSPORT_LIKE_SHAPE = (
    rf"(?<![A-Za-z0-9])(?-i:[A-Z]{{1,2}}{_LOOKALIKE_DIGITS}{{5,7}}|[A-Z]{{3}}{_LOOKALIKE_DIGITS}{{5}})"
    r"(?![A-Za-z0-9])"
)
# Further from its word, in the same sentence, only those shapes: "adding my passport to the
# booking: C9719847", "je joins mon passeport au dossier, le voici : C9719847", "el
# pasaporte lo copié de una foto, creo que es PAA12345O".
_PASSPORT_FAR = after_context(
    PASSPORT_WORDS, rf"(?P<far>{_PASSPORT_SHAPE}|{_PASSPORT_LIKE_SHAPE})", gap=48
)
_SENTENCE_END = re.compile(r"[.!?]\s")
# Further from its word, in the same sentence, any passport's shape once a number word
# labels it: "renew my passport online and it says number 379983235 doesn't match".
_PASSPORT_NUMBERED_FAR = after_context(
    PASSPORT_WORDS,
    r"(?<![A-Za-z])(?:number|num|no\.?|nr\.?|#|n[úu]mero|num[ée]ro|nummer)\s{0,2}"
    r"(?:(?:is|was|es|est|ist|é)\s{1,2}|[:=]\s{0,2})?"
    r"(?P<far>(?=[A-Z]{0,2}[0-9])[A-Z0-9]{6,10})(?![A-Za-z0-9])",
    gap=48,
)


def _start(match: re.Match[str]) -> int:
    return match.start()


# A reference word between them is where the passport goes ("to the booking", "à la
# réservation", "a la reserva", "zur Buchung", "na reserva"), not the value's name, when a
# preposition leads it.
_DESTINATION = re.compile(
    r"(?i)\b(?:to|onto|into|au|aux|à|a|al|na|no|nos|nas|zur|zum|zu)"
    r"\s+(?:(?:the|my|our|la|el|le|les|mi|ma|mon|nuestra|notre|die|der|den|meine[rn]?|a|o|minha|meu)\s+)?\Z"
)
# Right after a companion named by their relation to the customer, that shape is their
# passport (or another identity number, masked either way): "and my husband's C7631201",
# "e o do meu marido N4279908", "y el de mi mujer X1234567", "et celui de mon fils
# C1234567", "und der von meiner Frau C1234567".
_RELATIVE = (
    r"(?:husband|wife|partner|son|daughter|mother|mum|mom|father|dad|brother|sister|kid|child"
    r"|marido|esposo|esposa|mujer|mulher|hijo|hija|filho|filha|madre|padre|m[ãa]e|pai"
    r"|hermano|hermana|irm[ãa]o?|companheir[oa]|compa[ñn]er[oa]|novi[oa]"
    r"|mari|femme|fils|fille|m[èe]re|p[èe]re|fr[èe]re|s[œo]e?ur|conjoint[e]?"
    r"|mann|frau|sohn|tochter|mutter|vater|bruder|schwester|partnerin)"
)
_COMPANION_ID = re.compile(
    rf"(?i){starts(_RELATIVE[3:-1])}\b{_RELATIVE}(?:['\u2019]s)?\s*+(?:(?:is|es|est|ist|é)\s++)?:?\s*+"
    rf"(?P<value>{_PASSPORT_SHAPE})"
)
# (one digit, then the rest: led by a class, the scan skips to a digit)
_FIVE_DIGITS = re.compile(r"[0-9][0-9]{4}")
_DRIVER_PHRASES = (
    # licence, license, lisence, liscense
    r"driver['\u2019]?s?\s*li[sc]{1,2}en[cs]e",
    r"driving\s*li[sc]{1,2}en[cs]e",
    r"(?:driving|driver['\u2019]?s?)\s*lic\.?(?:\s*(?:no|nr|num|#)\.?)?",
    # "permis" and "n° de permis" apart: a phrase that may start with an optional group
    # would take the first-letter look-ahead off the whole alternation
    r"permis",
    r"n[°º]\.?\s*(?:de\s*)?permis",
    r"licen[cs]e\s*(?:no|number|num|#)",
    r"dl",
    r"dl\s*#",
    r"dln",  # driver licence number, as forms abbreviate it
    # a learner's or provisional permit is the licence's first form; "permit no" alone too
    r"(?:learner['\u2019]?s?|driving|driver['\u2019]?s?|provisional|instruction)\s*permit",
    r"permit\s*(?:no|number|num|#)\.?",
    r"driver\s*id",
    r"licencia\s*(?:de\s*)?(?:manejo|conducir)",
    r"permiso\s*(?:de\s*)?conducir",
    # Mexico's and Argentina's "registro (de conducir)", the licence's own name there
    r"registro\s*(?:de\s*)?(?:conducir|manejo|conductor)",
    r"carn[ée]t?\s*(?:de\s*)?conducir",
    r"permis\s*(?:de\s*)?conduire",
    # and in the genitive, after its number: "die Nummer Ihres Führerscheins"
    r"f(?:[üu]|ue)hrerscheins?(?:\s*-?\s*(?:nummer|nr\.?))?",
    r"fs\s*-?\s*(?:nr\.?|nummer)",
    # "FS" alone, as Germans shorten "Führerschein": in capitals only ("fs" is "for sure")
    r"(?-i:FS)",
    # Switzerland's "Führerausweis" / "Fahrausweis", and the licence's legal names in Germany
    # ("Fahrerlaubnis") and Austria ("Lenkberechtigung")
    r"(?:f(?:[üu]|ue)hrer|fahr)ausweis(?:\s*-?\s*(?:nummer|nr\.?))?",
    r"fahrerlaubnis(?:\s*-?\s*(?:nummer|nr\.?))?",
    r"lenkberechtigung",
    r"carn[ée]t",
    r"brevete",  # Peru's and Bolivia's word for the driving licence
    # "carné" alone, as Spain says the driving licence ("carné L33286201"); not an identity,
    # a member's or a student's card
    r"carn[éÉ](?!\s*(?:de\s*)?(?:identidad|socio|estudiante|jove))",
    r"carteira\s*(?:de\s*)?motorista",
    r"cnh",
    r"habilita[çc][ãa]o",
    r"carta\s*(?:de\s*)?condu[çc][ãa]o",
    # "lic #", "lic. no", "license #", "licencia": a number sign or the Spanish word
    r"lic\.?\s*(?:no|nr|num|#)\.?",
    # "lic" alone only with the value right after it: "Lic. Pérez" is a title before a name
    r"lic\.?(?=:?\s{1,2}[A-Za-z]{0,2}-?[0-9]{5})",
    r"li[cs]en[cs]e\s*#",
    r"licencia",
    # "número da carta": the licence's number in Portugal (a card is a "cartão")
    r"n[úu]mero\s*da\s*carta(?:\s*de\s*condu[çc][ãa]o)?",
    # Portugal's "carta" alone, only before its own shape ("carta P-651864 6")
    r"carta(?=\s*(?::|é|e)?\s*[A-Z]{1,2}-[0-9]{6})",
    # or before digits that end the message ("carta 5726", the rest to follow): a letter
    # is no number of its own, and "a carta 3 dias depois" has words after its digits.
    # Not after "de", "da", "la": a letter's own ("referencia de la carta 6925", "referência
    # da carta 3187"); the look-behinds after "carta", so that the phrase opens with a letter
    # and the list keeps its first-letter look-ahead (without it every phrase was tried at
    # every word, in every finder that reads the list)
    r"carta(?<!la\scarta)(?<!da\scarta)(?<!de\scarta)(?=(?:\s{0,3}:\s{0,3}|\s{1,3}é\s{1,3}|\s{1,3})"
    r"[0-9](?:[\s\-.]?[0-9]){3,14}[^\w\[\]]*+\Z)",
    # Brazil's "carteira" alone, as the licence (or identity card) is called for short, only
    # before a document's shape: a capital and seven to ten digits, or eight to eleven digits
    # ("carteira J8853851"); "a carteira 2 dias depois" is a wallet
    r"carteira(?=\s*(?::|é)?\s*(?:[A-Z][0-9]{7,10}|[0-9]{8,11})(?![\w\-.,/]\w|\w))",
    # the licence alone, before a value of its shape ("license: D123-4567", "the license on
    # file is S530 4417 8812"); not a software key or a plate
    r"li[sc]{1,2}en[cs]e(?!\s*(?:key|plate|code|fee|agreement|server|file))",
    # the licence alone, when it is the customer's: "my license is ...", "mi licencia es ..."
    r"(?:my|mi|ma|mon|meine?|minha)\s*(?:li[sc]{1,2}en[cs]e|licencia)(?!\s*(?:plate|key))",
)
DRIVER_WORDS = words(*_DRIVER_PHRASES)
# A British licence (DVLA) as printed, in three groups: five letters of the surname (9 for a
# short one), six digits of the birth date, then initials, a digit and two check characters:
# "MORGA 753116 SM9IJ". Its letters would stop the shape below at the first space.
_DVLA = r"(?<![A-Z0-9])[A-Z9]{5}[ \-]?[0-9]{6}[ \-]?[A-Z9]{2}[0-9][A-Z0-9]{2}(?![A-Z0-9])"
_DRIVER = after_context(
    DRIVER_WORDS,
    # A space only before digits: "C-556397 9", never "... por si".
    rf"{_DVLA}|(?<![A-Z0-9])(?=[A-Z0-9\-]*[0-9])[A-Z0-9](?:-?[A-Z0-9]|\s[0-9]){{4,18}}(?![A-Z0-9])",
)
# The DVLA shape is its own evidence: "licence" alone before it ("the licence, its ...").
# (The driver phrases are read by ``_DRIVER``, which takes the DVLA shape too.)
_DVLA_AFTER_LICENCE = after_context(words(r"li[sc]{1,2}en[cs]e"), _DVLA)


def find_formatted_ssn(view: str) -> Iterator[Span]:
    for match in _formatted_ssns(view):
        number = "".join(c for c in match.group() if c.isdigit())
        if itin.is_valid(number):
            entity = "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"
        elif ssn.is_valid(number) or _named_ssn(view, match.start()):
            # after its word, the shape is the SSN even when never issued or blacklisted
            # ("ssn 666-12-3456", "ssn 078-05-1120"): a mistyped or made-up one is theirs too
            entity = "SSN"
        else:
            continue
        yield Span(match.start(), match.end(), entity, 0.9, "patterns")


def _formatted_ssns(view: str) -> Iterator[re.Match[str]]:
    yield from _SSN_SHAPE.finditer(view)
    if "  " in view:
        yield from _SSN_UNEVEN.finditer(view)


def _named_ssn(view: str, begin: int) -> bool:
    return (before(SSN_WORDS, view, begin) or before(ITIN_WORDS, view, begin)) and not nearer(
        NOT_PERSONAL, SSN_WORDS, view, begin
    )


def classify_nine(view: str, run: Run) -> Span | None:
    """A nine-digit run after SSN, ITIN or SIN words (routing numbers are in banking)."""
    digits = run.digits
    if before(ITIN_WORDS, view, run.begin) and itin.is_valid(digits):
        entity = "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"
    elif (
        itin.is_valid(digits)
        and TAX_WORDS.search(view, max(0, run.begin - _TAX_REACH), run.end + _TAX_REACH)
        and not before(NOT_PERSONAL, view, run.begin)
    ):
        # the ITIN's own shape (9XX, a group the IRS issues) with taxes named near it
        entity = "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"
    elif (
        len(run.groups) in (2, 3)
        and ssn.is_valid(digits)
        and TAX_WORDS.search(view, max(0, run.begin - _TAX_REACH), run.end + _TAX_REACH)
        and not before(NOT_PERSONAL, view, run.begin)
        and not _ZIP_PLUS_4.fullmatch(view, run.begin, run.end)
    ):
        # nine digits in an SSN's groups (3-2-4, 5-4), taxes named near them: what one files
        # with ("its 356 ... 62 -- 3801 for the tax form")
        entity = "SSN"
    elif before(SIN_WORDS, view, run.begin) and sin.is_valid(digits):
        entity = "CA_SOCIAL_INSURANCE_NUMBER"  # before SSN: "social insurance" says "social"
    elif (
        # A wider window: "my social security number and then I replied with ..."; or the
        # number alone, the answer to the agent's question ("123863937!!")
        (before(SSN_WORDS, view, run.begin, 72) or bare_digits(view, run.begin))
        and not (
            _ZIP_PLUS_4.fullmatch(view, run.begin, run.end)
            # right after the SSN word, no ZIP word between: the SSN regrouped 5-4
            # ("ssn? sure 66830-1952")
            and not (
                before(SSN_WORDS, view, run.begin, _SSN_REGROUPED_REACH)
                and _ZIP_WORD.search(view, max(0, run.begin - 24), run.end + 24) is None
            )
        )
        and not nearer(NOT_PERSONAL, SSN_WORDS, view, run.begin)
        and (
            ssn.is_valid(digits)
            or itin.is_valid(digits)
            # after its word, nine digits are the SSN even when never issued ("ssn 666123456")
            or before(SSN_WORDS, view, run.begin)
        )
    ):
        entity = "SSN"
    elif (
        len(run.groups) == 3
        and sin.is_valid(digits)
        and _evenly_grouped(run, 3)
        and not before(NOT_PERSONAL, view, run.begin, 24)
    ):
        entity = "CA_SOCIAL_INSURANCE_NUMBER"  # 123 456 782: the way a SIN is written
    else:
        return None
    return Span(run.begin, run.end, entity, 0.85, "patterns")


def classify_ten(view: str, run: Run) -> Span | None:
    if before(NHS_WORDS, view, run.begin) and nhs.is_valid(run.digits):
        return Span(run.begin, run.end, "UK_NATIONAL_HEALTH_SERVICE_NUMBER", 0.85, "patterns")
    return None


def _evenly_grouped(run: Run, size: int) -> bool:
    return all(end - begin == size for begin, end in run.groups)


# The same letters in capitals around six digits grouped any way ("EC 267 84 6D",
# "TM.473.807C", "JK-123-456-A", "XP5 - 641 - 97A"): a prefix HMRC issues, six digits and
# a suffix A-D is a shape no reference, model or date has, however the customer groups the
# digits, a dash set apart by spaces included.
# (The letters come first and the look-behinds after them, so the scan jumps to capitals.)
_NINO_REGROUPING = r"(?:[ .\-/]{0,2}|[ ][.\-/][ ])"
_NINO_REGROUPED = re.compile(
    r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?<![A-Za-z0-9]..)(?<!BG|GB|KN|NK|NT|TN|ZZ)"
    rf"{_NINO_REGROUPING}[0-9](?:{_NINO_REGROUPING}[0-9]){{5}}{_NINO_REGROUPING}[A-D]"
    r"(?![A-Za-z0-9])"
)


# The same with O for 0 or I/l for 1 typed among the six digits ("JBO49408B", "BC I8 89
# 96 C"): at least four real digits, and the digits once read back are an NI number's.
_NINO_LOOKALIKE = re.compile(
    r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?<![A-Za-z0-9]..)(?<!BG|GB|KN|NK|NT|TN|ZZ)"
    r"(?P<digits>[ .\-/]{0,2}[0-9OIl](?:[ .\-/]{0,2}[0-9OIl]){5})[ .\-/]{0,2}[A-D](?![A-Za-z0-9])"
)
_NINO_LOOKALIKES = frozenset("OIl")


# A lower-case "a" set apart after the digits and before another word is the word of four
# of the five languages ("a été", "a las", "a loja", "a day"), not an NI number's suffix.
_A_WORD = re.compile(r"\sa\s+[^\W\d_]")


def find_nino(view: str) -> Iterator[Span]:
    if not has_letter(view) or not has_digit(view):
        return  # two prefix letters and a suffix letter around six digits
    for match in _NINO.finditer(view):
        if _A_WORD.match(view, match.end() - 2):
            continue  # "le ticket CS214694 a été fermé": the word "a", not a suffix
        yield Span(match.start(), match.end(), "UK_NATIONAL_INSURANCE_NUMBER", 0.85, "patterns")
    for match in _NINO_REGROUPED.finditer(view):
        yield Span(match.start(), match.end(), "UK_NATIONAL_INSURANCE_NUMBER", 0.85, "patterns")
    if "O" in view or "I" in view or "l" in view:
        for match in _NINO_LOOKALIKE.finditer(view):
            digits = match.group("digits")
            alike = sum(c in _NINO_LOOKALIKES for c in digits)
            if alike and sum(c.isdigit() for c in digits) >= 4:
                yield Span(
                    match.start(), match.end(), "UK_NATIONAL_INSURANCE_NUMBER", 0.85, "patterns"
                )


# The two letters an NI number opens with: HMRC never issues these pairs, nor D, F, I, Q, U
# or V first, nor D, F, I, O, Q, U or V second.
_NINO_PREFIX = r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
NINO_WORDS = words(
    r"national\s*insurance(?:\s*(?:no|number|num|#))?",
    r"nat\.?\s*ins(?:\.|urance)?(?:\s*(?:no|number|num|#))?",
    r"ni\s*(?:no|number|num|nr|#)\.?",
    # German's "NI Nummer", "NI-Nummer"
    r"ni\s*-?\s*nummer",
    r"n\.i\.(?:\s*(?:no|number))?",
    r"nino",
    # "NI: ...", "NI# ...": the two letters alone only as a label
    r"ni(?=\s*[:#=])",
    # "NI is NP/24/95/58/B", "my NI was ...": the two letters before a copula
    r"ni(?=\s+(?:is|was|it'?s)\s)",
    # "ni JM-68": the two letters before an NI number's prefix in capitals
    rf"ni(?=\s+(?-i:{_NINO_PREFIX})(?![^\W\d_]))",
)
# After an NI word, the pieces of an NI number may stand apart: "HS - 76 - 79 - 59 - C",
# "RW · 76 · 58 · 60 · C", "CG then 53 then 07 then 62 then D", spelled pairs ("7    0"), and
# in German chat "TK danach 54 danach 12", "und dann", "dann noch"; "then" in two words
# elsewhere too ("JG e depois 12", "a seguir", "y luego", "et puis").
# Up to 16 characters: the deobfuscated view blanks joining words between the pairs.
# An underscore sets them apart as a dash does ("JG _ 12 _ 34"); the joining words of
# Spanish, French and Portuguese dictation too ("JG y 12", "JG puis 12", "JG depois 12").
_NINO_GAP = (
    r"(?:(?:[^\w\[\]]|_){1,16}|[^\w\[\]]{0,4}(?:after\s+that|and\s+then|then|and|next"
    # the joining word and its "and" ("OL y luego 25", "et puis", "e depois") before either
    r"|y\s+luego|y\s+despu[eé]s|et\s+puis|et\s+apr[eè]s|e\s+depois|e\s+ent[ãa]o|e\s+a[íi]"
    r"|a\s+seguir|em\s+seguida|und\s+dann|dann\s+noch|und\s+noch"
    r"|y|luego|despu[eé]s|et|puis|ensuite|e|depois|ent[ãa]o|a[íi]"
    r"|dann|danach|und|anschlie(?:ß|ss)end"
    # a hesitation while reading it off the letter ("YB uh 86", "38 euh C", "äh", "ehm"),
    # typed in lower case: "AH", "EH" and "HM" in capitals are prefixes ("is AH 58 ...")
    r"|(?-i:uh+m*|euh+|e+h+m*|[äa]h+m*|hm+))[^\w\[\]]{1,4})"
)
# A pair may be cut by a grouping of its own ("MY9-423-01D": threes, not pairs).
_NINO_PAIR = r"[0-9](?:[ ]{0,6}|[ ]?[\-./][ ]?)[0-9]"
_NINO_IN_CONTEXT = after_context(
    NINO_WORDS,
    # its two letters spelled apart too ("J Z 93 ...", "J-Z-nine-three-...", "Z, A, three")
    rf"(?<![A-Za-z0-9])[A-Za-z](?:[ ,\-.]{{1,3}}(?=[A-Za-z]))?[A-Za-z]"
    rf"{_NINO_GAP}?{_NINO_PAIR}{_NINO_GAP}?{_NINO_PAIR}"
    # the suffix letter is left out on many forms (and sent on its own after a pause)
    rf"{_NINO_GAP}?{_NINO_PAIR}(?:{_NINO_GAP}?[A-Da-d])?(?![A-Za-z0-9])",
)
# An NI number's two prefix capitals: the letters a prefix may hold, none never issued.
NINO_PREFIX = re.compile(_NINO_PREFIX)


# The start of one at the end of a message, after an NI word: "my NI number? LY", "NI
# number: TA.38" (the rest follows in the next message).
# Read from the message's last characters only, then the NI word before them.
_NINO_START = re.compile(
    r"(?<![A-Za-z0-9])(?P<value>[A-Za-z]{2}(?:[\s.\-]{0,2}[0-9]{1,2}){0,3})[\s.\-?!]{0,3}\Z"
)
# Its end as a message of its own: two or three pairs and the suffix letter ("98.51.A",
# "87 08 36 D"), the shape no date, time or amount has.
_NINO_END = re.compile(
    r"\A(?P<value>[0-9]{2}(?P<sep>[\s.\-]{0,2})[0-9]{2}(?:(?P=sep)[0-9]{2})?(?P=sep)[A-D])\s*\Z"
)


# Two capitals that are a word, not the start of an NI number ("NI number: OK").
_TWO_LETTER_WORDS = frozenset(
    re.findall(
        r"[A-Z]{2}",
        "OK NO ON AT AN AS BE BY GO HE ME MY OR SO TO UP WE US AM PM EH OH HM LA LE EL ES SE TE",
    )
)


def find_spaced_nino(view: str) -> Iterator[Span]:
    """An NI number with its pieces set apart, after an NI word (its prefix rules hold)."""
    if not has_letter(view):
        return  # its prefix, its suffix and its words are letters
    start = _NINO_START.search(view, max(0, len(view) - 20))
    found = [start] if start is not None and before(NINO_WORDS, view, start.start(), 28) else []
    if (end := _NINO_END.match(view)) is not None:
        yield Span(
            end.start("value"), end.end("value"), "UK_NATIONAL_INSURANCE_NUMBER", 0.6, "patterns"
        )
    for match in found:
        value = match.group("value")
        # letters alone only in capitals, and not a word ("NI number: OK")
        letters_only = value.isalpha()
        if NINO_PREFIX.match(value[:2].upper()) and not (
            letters_only and (not value.isupper() or value in _TWO_LETTER_WORDS)
        ):
            yield Span(
                match.start("value"),
                match.end("value"),
                "UK_NATIONAL_INSURANCE_NUMBER",
                0.6,
                "patterns",
            )
    for match in _NINO_IN_CONTEXT.finditer(view):
        prefix = "".join(c for c in match.group("value")[:5] if c.isalpha())[:2]
        if NINO_PREFIX.match(prefix.upper()):
            yield Span(
                match.start("value"),
                match.end("value"),
                "UK_NATIONAL_INSURANCE_NUMBER",
                0.85,
                "patterns",
            )


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit_ok(vin: str) -> bool:
    """North American VINs carry a mod-11 check digit in position 9 (``X`` for 10)."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    remainder = total % 11
    return vin[8] == ("X" if remainder == 10 else str(remainder))


def find_vin(view: str) -> Iterator[Span]:
    for match in _VIN.finditer(view):
        vin = match.group().upper()
        if vin.isdigit() or vin.isalpha():
            continue
        context = before(VIN_WORDS, view, match.start())
        if not context and vin[3:].isdigit():
            # Three letters and fourteen digits is a parcel number's shape ("JJD0123..."); a
            # VIN's descriptor section holds letters. One in eleven passes the check digit.
            continue
        if vin_check_digit_ok(vin):
            yield Span(match.start(), match.end(), "VEHICLE_IDENTIFICATION_NUMBER", 0.9, "patterns")
        elif context:
            # European VINs have no check digit: trust the context word.
            yield Span(match.start(), match.end(), "VEHICLE_IDENTIFICATION_NUMBER", 0.7, "patterns")


# The value first ("455763o04 (passport)", "R6819337 es el número de mi licencia"): a
# token of letters and digits, with a digit, led by its first character's class.
# A check digit may stand apart at the end ("L-086655 9").
_ID_SHAPE = r"[A-Za-z0-9](?=[A-Za-z\-]{0,8}[0-9])(?:-?[A-Za-z0-9]){5,18}(?:\s[0-9])?(?![A-Za-z0-9])"
# "X ist mein Pass": after its value, "pass" alone names a passport (or a password: masked
# either way).
_PASSPORT_OR_PASS = words(*_PASSPORT_PHRASES, r"pass")
# "X é o número da minha carteira": after its value, "carteira" alone names a licence (or an
# identity card: masked either way).
_DRIVER_OR_CARTEIRA = words(*_DRIVER_PHRASES, r"carteira")
_ID_FIRST = value_then_naming(_ID_SHAPE)


# A number's own label right before a value ("versicherungsnummer 33582319", "policy no.
# 4411", "número de póliza 123", "numéro client: 88"): that label names it, not the
# identity word after it ("..., mein Reisepass C01X00T47" names what follows).
_LABELLED_BEFORE = re.compile(
    r"(?i)(?:[^\W\d_]{2,}(?:nummer|nr)|[^\W\d_]{2,}\s+(?:number|no)"
    r"|(?:n[úu]mero|num[ée]ro|n[º°])\s+(?:de\s+|d['\u2019]\s*)?[^\W\d_]{2,})\.?\s*[:#]?\s*\Z"
)
_LABEL_REACH = 32


# The phrase's own value right after it ("..., DL 123456789", "..., pasaporte: X123"): in a
# list of labelled values ("car KHP 1947, DL 123456789"), the phrase names the value after
# it, not the one before, which has a label of its own (a word right before it, not a
# copula or an article: "QX5ZKW, reisepassnummer ..." or "it is QX5ZKW, DL ..." stay read
# as named).
# The redactor reads again the stretch before a mask token ("car KHP 1947, DL [DRIVER_ID]"),
# which ends after the word's space or mark: the masked value is its own too.
_OWN_VALUE_AFTER = re.compile(
    r"\s*+[:#.]?\s*+#?(?=[A-Z0-9\-]{0,12}[0-9])[A-Z0-9]|(?:\s*+[:#.])?\s++\Z|\s*+[:#]\Z"
)


_OWN_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])(?P<label>[^\W\d_]{2,16})(?:\s*+[:#])?\s++\Z")
_NO_LABEL = frozenset({
    "is", "was", "es", "era", "est", "ist", "war", "é", "foi", "its", "it's", "c'est",
    "my", "mi", "mon", "ma", "mein", "meine", "meu", "minha", "the", "el", "la", "le", "die",
    "der", "das", "and", "y", "et", "und", "e", "ou", "or", "o", "oder",
})  # fmt: skip
_LABEL_BEFORE_REACH = 20


def _labelled_apart(view: str, begin: int, end: int, word_end: int) -> bool:
    """Whether the value in ``begin:end``, in groups as a plate is ("KHP 1947",
    "KE-130-HM"), has a label of its own right before it and the word after it (ending at
    ``word_end``) a value of its own. A value in one piece stays read as named: its label
    may be an identity's word this module does not know ("habilitação 82151833427,
    passaporte ...")."""
    value = view[begin:end]
    # a plate's groups are set apart by spaces ("KHP 1947") or by dashes between letters and
    # digits ("KE-130-HM", "B-MK-4721")
    grouped = " " in value or ("-" in value and has_letter(value) and has_digit(value))
    if not grouped or _OWN_VALUE_AFTER.match(view, word_end) is None:
        return False
    label = _OWN_LABEL_BEFORE.search(view, max(0, begin - _LABEL_BEFORE_REACH), begin)
    return label is not None and label.group("label").lower() not in _NO_LABEL


def _another_labels_value(view: str, begin: int, end: int, word_end: int) -> bool:
    """Whether the value in ``begin:end`` is another label's, the document's word after it
    (ending at ``word_end``) having a value of its own: closed by a colon after its label
    ("quote N: driver's license X", ``word_names_its_own``), or in groups after a label word
    ("car KHP 1947, DL 123456789", ``_labelled_apart``)."""
    return word_names_its_own(view, (begin, end), word_end) or _labelled_apart(
        view, begin, end, word_end
    )


def _named_first(phrases: re.Pattern[str], view: str, entity: str) -> Iterator[Span]:
    for match in named_values(phrases, _ID_FIRST, view):
        begin, end = match.span("value")
        word = phrases.match(view, match.end())
        # "order 12345678 (passport renewal fee)": a reference word before it names it;
        # "car KHP 1947, DL 123456789": the licence word names the value after it
        if (
            standalone(view, begin)
            and not (word is not None and _another_labels_value(view, begin, end, word.end()))
            and not before(NOT_PERSONAL, view, begin, 16)
            and _LABELLED_BEFORE.search(view, max(0, begin - _LABEL_REACH), begin) is None
            and not DATE_SHAPE.fullmatch(match.group("value"))
        ):
            yield Span(begin, end, entity, 0.7, "patterns")


_PASSPORT_NAMING = naming(PASSPORT_WORDS)
_DRIVER_NAMING = naming(DRIVER_WORDS)


def _id_piece(piece: str) -> bool:
    """A piece of a passport or licence number: it holds a digit, or it is a few capitals
    ("JP1T ✅ 1LRT ✅ C"); a word in lower case ends the number ("... (renewed 2010)")."""
    return any(c.isdigit() for c in piece) or (piece.isupper() and len(piece) <= 4)


# A count of one or two digits and the noun it counts, in small letters ("2 bags"), after
# an assent or a hesitation (``context._JOINING``'s fillers) that ends what came before.
_COUNT_THEN_NOUN = re.compile(r"[0-9]{1,2}\s++[^\W\d_A-Z]")
_COUNT_MOST = 2
_FILLER_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:ok(?:ay)?|[äa]h+m*|euh+|uh+m*)\W{1,4}\Z")


def _ends_with_count(view: str, end: int) -> bool:
    """Whether the pieces ending at ``end`` end with a filler, then a count of the noun
    after it ("passport C01X00T47 ok 2 bags"): the filler ended the number; a piece after a
    separator is still its last ("P88 . 260 . 17 thanks")."""
    start = end
    while start > 0 and view[start - 1].isdigit():
        start -= 1
    return (
        0 < end - start <= _COUNT_MOST
        and _COUNT_THEN_NOUN.match(view, start) is not None
        and _FILLER_BEFORE.search(view, max(0, start - 12), start) is not None
    )


# A reference word right before an identity word, its sign or colon between at most.
_REFERENCE_OWNS_WORD = re.compile(NOT_PERSONAL.pattern + r"[\s:#.\-]{1,3}\Z")


# A line break, then a field's label and its colon ("\nDOB:", "\nDL:"): a form's next field.
_NEXT_FIELD = re.compile(r"\n[ \t]*[^\W\d_][^\W_]{0,11}(?:[ .][^\W_]{1,12}){0,2}[ \t]*:")


def _next_field_within(view: str, begin: int, end: int) -> bool:
    """A line break between ``begin`` and ``end`` starts a labelled field."""
    line_break = view.find("\n", begin, end)
    while line_break != -1:
        if _NEXT_FIELD.match(view, line_break):
            return True
        line_break = view.find("\n", line_break + 1, end)
    return False


def _pieced(
    phrases: re.Pattern[str], view: str, most: int, names: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """Passport and licence numbers typed in pieces after their word ("P88 . 260 . 17",
    "63B • K40 • 864", "cnh nº 3278 - 6769 - 424") or before the words naming them ("P88 .
    260 . 17 es mi pasaporte"): the longest run of two pieces or more from each start,
    seven characters or more with a digit, never a date, and never after a word a
    reference word stands right before."""
    for word in phrases.finditer(view):
        if _REFERENCE_OWNS_WORD.search(view, max(0, word.start() - 12), word.start()):
            continue  # "vuelo DL 2248": the flight's code, not a licence word; but "résa
            # XK4P2Q passeport ...": the reference's value came between, the word is its own
        longest: dict[int, int] = {}
        for begin, end, compact, count in pieces_after(
            view, word.end(), most=most, takes=_id_piece
        ):
            if (
                count >= 2
                and len(compact) >= 7
                and any(c.isdigit() for c in compact)
                # "Passport No: Z6514281 , PNR GPWDV5": a reference's word ends the pieces
                and NOT_PERSONAL.search(view, begin, end) is None
                and not _ends_with_count(view, end)
                # "Passport: 317243675\nDL: T8206905": a form's next line is its next field
                and not _next_field_within(view, begin, end)
            ):
                longest[begin] = end
        before_word = pieces_before(view, word.start(), most=most, takes=_id_piece)
        for begin, end, compact, count in before_word:
            if (
                count >= 2
                and len(compact) >= 7
                and any(c.isdigit() for c in compact)
                and names.match(view, end, word.end()) is not None
                # "car KHP 1947, DL 123456789": a word with its own value names that one
                and not _another_labels_value(view, begin, end, word.end())
                and _LABELLED_BEFORE.search(view, max(0, begin - _LABEL_REACH), begin) is None
                # "für den 24.09.2026, PLZ 3683, reisepassnr ...": a reference's word among
                # the pieces makes them that reference, as after the word
                and NOT_PERSONAL.search(view, begin, end) is None
            ):
                longest[begin] = end
        for begin, end in longest.items():
            if not DATE_SHAPE.fullmatch(view, begin, end):
                yield begin, end


# A passport number alone in a message (the answer to the agent's question for it), in a
# shape no word or reference takes: France's two digits, two capitals and five digits
# ("79WJ87284"); Germany's nine characters from its alphabet without vowels, led by C, F,
# G, H, J or K, digits and letters mixed ("C2053FNM8"); and one to three capitals then six
# to eight digits, the shape of Spain, Portugal, Brazil, Mexico, Argentina, Belgium,
# Switzerland, Austria and Canada ("PAA123456", "LO211895", "X1234567"): two or three
# capitals only before six digits (three before seven, "INC7625270", is a ticket's).
_BARE_PASSPORT = re.compile(
    r"(?<![A-Za-z0-9])(?-i:[0-9]{2}[\s\-]?[A-Z]{2}[\s\-]?[0-9]{5}"
    r"|(?=[CFGHJKLMNPRTVWXYZ]{0,8}[0-9])(?=[0-9]{0,8}[CFGHJKLMNPRTVWXYZ][0-9]{0,7}[CFGHJKLMNPRTVWXYZ])"
    r"[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}"
    # no dash or space: "ORD-538739", "CS-172126" are a reference's prefix and number
    r"|[A-Z]{2,3}[0-9]{6}|[A-Z][0-9]{6,8})(?![A-Za-z0-9])"
)


# "mon passeport expire le 12 03 2029": a day, a month and a year set apart by spaces.
_SPACED_DATE = re.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])\s{1,2}(?:0?[1-9]|1[0-2])\s{1,2}(?:19|20)[0-9]{2}"
)


# A German passport of that alphabet and digits with a look-alike letter typed for a digit,
# lower case among the capitals ("JC9 LZJ oYI", "JMJClXNJH": o for 0, l or I for 1), right
# after the passport word: the lower-case o or l is what no word of capitals has.
_LOOKALIKE_PASSPORT = after_context(
    PASSPORT_WORDS,
    r"(?<![A-Za-z0-9])(?-i:[CFGHJKLMNPRTVWXYZ0-9OoIl]{3}(?P<joint>[ \-]?)"
    r"[CFGHJKLMNPRTVWXYZ0-9OoIl]{3}(?P=joint)[CFGHJKLMNPRTVWXYZ0-9OoIl]{3})(?![A-Za-z0-9])",
    gap=12,
)


def find_lookalike_passport(view: str) -> Iterator[Span]:
    for match in _LOOKALIKE_PASSPORT.finditer(view) if "o" in view or "l" in view else ():
        value = match.group("value")
        if "o" in value or "l" in value:
            yield Span(match.start("value"), match.end("value"), "PASSPORT_NUMBER", 0.8, "patterns")


def find_passport(view: str) -> Iterator[Span]:
    if not has_letter(view):
        return  # every passport word and shape holds a letter
    for span in _find_passport(view):
        # "flight AA5834 01/28/24, passport ...": the value right after a reference word is
        # that reference, whichever way the passport's value was found
        if not _SPACED_DATE.fullmatch(view, span.begin, span.end) and not (
            _REFERENCE_RIGHT_BEFORE.search(view, max(0, span.begin - 24), span.begin)
        ):
            yield span


_REFERENCE_RIGHT_BEFORE = re.compile(NOT_PERSONAL.pattern + r"\s{1,2}\Z")


_BARE_PASSPORT_CHARS = 40


def _find_passport(view: str) -> Iterator[Span]:
    # a passport and a word or two around it: a short message, read only then
    if len(view) <= _BARE_PASSPORT_CHARS and has_digit(view):
        for match in _BARE_PASSPORT.finditer(view):
            if bare_code(view, match.start(), match.end()):
                yield Span(match.start(), match.end(), "PASSPORT_NUMBER", 0.6, "patterns")
    # The word found once: the pieces, ``_PASSPORT`` and the far value each start with one.
    named = PASSPORT_WORDS.search(view)
    for begin, end in (
        _pieced(PASSPORT_WORDS, view, 12, _PASSPORT_NAMING) if named and has_digit(view) else ()
    ):
        yield Span(begin, end, "PASSPORT_NUMBER", 0.8, "patterns")
    for match in _PASSPORT.finditer(view) if named else ():
        # "passport expires 2029-03-01"; "the passport i travelled on (flight LA5026)": a
        # reference word nearer than the passport word owns the value
        if not DATE_SHAPE.fullmatch(match.group("value")) and not nearer(
            NOT_PERSONAL, PASSPORT_WORDS, view, match.start("value")
        ):
            yield Span(match.start("value"), match.end("value"), "PASSPORT_NUMBER", 0.9, "patterns")
    word = named if has_digit(view) else None
    far = (
        ()
        if word is None
        else (
            *_PASSPORT_FAR.finditer(view, word.start()),
            *_PASSPORT_NUMBERED_FAR.finditer(view, word.start()),
        )
    )
    for match in far:
        begin = match.start("far")
        if _SENTENCE_END.search(view, match.start(), begin):
            continue  # another sentence: the passport word does not name it
        last = max(NOT_PERSONAL.finditer(view, match.start(), begin), key=_start, default=None)
        if last is None or _DESTINATION.search(view, max(0, last.start() - 24), last.start()):
            yield Span(begin, match.end("far"), "PASSPORT_NUMBER", 0.8, "patterns")
    # a substring test before the scan: both of its shapes hold five digits in a row
    for match in _COMPANION_ID.finditer(view) if _FIVE_DIGITS.search(view) else ():
        yield Span(match.start("value"), match.end("value"), "PASSPORT_NUMBER", 0.7, "patterns")
    # every bare "pass" holds the word: a substring test before the scan
    says_pass = may_hold(view, view.lower(), ("pass",))
    for match in _BARE_PASS.finditer(view) if says_pass else ():
        if match.group("sep") is not None and not _lookalikes_among_digits(match.group("value")):
            continue
        yield Span(match.start("value"), match.end("value"), "PASSPORT_NUMBER", 0.7, "patterns")
    # No passport word: only "pass" of ``_PASSPORT_OR_PASS``'s phrases can name a value,
    # a substring test before its scan (its values hold a digit)
    if named is not None or (has_digit(view) and says_pass):
        yield from _named_first(_PASSPORT_OR_PASS, view, "PASSPORT_NUMBER")


_THREE = re.compile(r"[A-Z0-9]{3}")


def _lookalikes_among_digits(value: str) -> bool:
    """Each group of three with an O or an I holds a digit: "7OV" is a 0 typed as a
    letter, "FOR" a word."""
    return all(has_digit(group) for group in _THREE.findall(value) if "O" in group or "I" in group)


# Digits a bare identifier has beyond which it is a licence (Florida's, Michigan's,
# Ontario's) rather than a passport.
_PASSPORT_MOST_DIGITS = 9


def find_bare_id(view: str) -> Iterator[Span]:
    """A reply that is only an identifier of capitals and digits ("ok here u go D1176950"):
    the passport or licence number the agent asked for."""
    match = bare_id(view)
    if match is None:
        return
    digits = sum(c.isdigit() for c in match.group("value"))
    entity = "DRIVER_ID" if digits > _PASSPORT_MOST_DIGITS else "PASSPORT_NUMBER"
    yield Span(match.start("value"), match.end("value"), entity, 0.7, "patterns")


def find_driver_id(view: str) -> Iterator[Span]:
    if not has_letter(view):
        return  # every licence word is letters
    # every spelling of "licence" holds "en" or "ns": a substring test before the scan
    low = view.lower()
    dvla = _DVLA_AFTER_LICENCE.finditer(view) if "en" in low or "ns" in low else ()
    # the word found once: the pieces and ``_DRIVER`` each start with one
    named = has_digit(view) and DRIVER_WORDS.search(view) is not None
    for begin, end in _pieced(DRIVER_WORDS, view, 18, _DRIVER_NAMING) if named else ():
        if not nearer(NOT_PERSONAL, DRIVER_WORDS, view, begin):
            yield Span(begin, end, "DRIVER_ID", 0.8, "patterns")
    # both shapes hold a digit (the DVLA's six, the other's look-ahead)
    driver = _DRIVER.finditer(view) if named else ()
    for match in (*driver, *dvla) if has_digit(view) else ():
        if DATE_SHAPE.fullmatch(match.group("value")):
            continue  # "my licence expires 2029-03-01"
        if nearer(NOT_PERSONAL, DRIVER_WORDS, view, match.start("value")) or before(
            NOT_PERSONAL, view, match.start(), 12
        ):
            # "my software licence expired, order 123456789": the order's number; "vuelo DL
            # 2248": a flight's code
            continue
        yield Span(match.start("value"), match.end("value"), "DRIVER_ID", 0.9, "patterns")
    # No licence word: only "carteira" of ``_DRIVER_OR_CARTEIRA``'s phrases can name a
    # value, a substring test before its scan (its values hold a digit)
    if named or (has_digit(view) and may_hold(view, low, ("carteira",))):
        yield from _named_first(_DRIVER_OR_CARTEIRA, view, "DRIVER_ID")
