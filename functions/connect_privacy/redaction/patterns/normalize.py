"""Length-preserving views of a message that the validators can read.

Customers type digits in many forms: full-width (U+FF14 for 4) or other Unicode
decimal digits, groups separated by no-break spaces, en dashes, dots, slashes or
zero-width characters, or spelled out ("four one one one ..."). Every view maps
the text character for character, so an offset in a view is an offset in the
original text and no offset map is needed:

- ``fold``: Unicode decimal digits -> ASCII digits; space separators and
  invisible format characters (``Cf``: zero-width space, joiner, soft hyphen)
  -> ``" "``; dashes -> ``"-"``; dot and slash look-alikes -> ``"."`` / ``"/"``;
  full-width ASCII -> ASCII. Anything else is kept.
- ``spell``: ``fold`` with runs of three or more number words turned into digits
  (``"four"`` -> ``"4   "``); ``double``/``triple`` repeat the next digit; two numbers
  from 10 to 99, or a digit and one, are a run too ("sechs sechzehn"). A spoken plus
  ("plus", "más", "mais") before a phone's spelled digits becomes its ``+``. Number
  words of English, Spanish, French (Belgian and Swiss tens too), German and Portuguese
  are all read, whatever the configured language: customers switch language mid-chat.
- ``deobfuscate``: ``spell`` plus what customers do to numbers on purpose:
  ``O``/``o`` for 0 and ``l``/``I`` for 1 inside a group that holds a real digit
  (``47O``, ``OI7I``), alone between two numbers (``27 6 I 2``), after ``+``, leading
  three numbers (``l 99 06 24``) or ending them at a clause's end (``5225 I.``), and
  before a check letter or after a NIE's X/Y/Z (``4494952oE``, ``yI933593``); noise
  between short digit groups (emoji, pipes, semicolons, ellipses, line breaks, commas,
  and joining words such as
  "and then", "y luego", "et puis", "und dann", "e depois", or the gap said as a word,
  "space", "espacio", "leerzeichen") turned into spaces,
  so ``052 👉 479 👉 484`` reads as one spaced number, unless a currency, a price or a
  time stands beside it ("745€ + €1296.41", "96 après 20.00"). Percent-escapes of a
  space, ``+``, ``-`` or parentheses in URLs (``%20``, ``%2B``, ``%28``) become the
  character, padded with spaces.
- ``spaced_keys``: the words of a pasted key joined by ``_`` or ``-`` before its ``=`` or
  ``:`` read apart (``account_number=`` -> ``account number=``, ``DL-NUMBER:`` ->
  ``DL NUMBER:``), so the context words of free text name the value of a form or a
  config line too.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from connect_privacy.redaction.patterns.context import folds_apart

_SPACE = " "
_EXTRA_DASHES = "\u2212\u2043\ufe63\uff0d"
_DOTS = "\u2024\u00b7\u2027\u3002\uff0e\ufe52\u2219"
_SLASHES = "\u2044\u2215\u29f8\uff0f"
_CACHE_LIMIT = 20_000


def _fold_char(char: str) -> str:
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    category = unicodedata.category(char)
    if category in ("Zs", "Cf"):
        return _SPACE
    if category == "Pd" or char in _EXTRA_DASHES:
        return "-"
    if char in _DOTS:
        return "."
    if char in _SLASHES:
        return "/"
    if category in ("Zl", "Zp"):
        return "\n"
    compatible = unicodedata.normalize("NFKC", char)
    if len(compatible) == 1 and compatible.isascii() and compatible.isprintable():
        return compatible
    return char


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on demand: translation stays in C for known characters."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < _CACHE_LIMIT:  # hostile input cannot grow it without bound
            self[code] = folded
        return folded


_FOLD = _FoldTable()

_DIGIT_WORDS = {
    # English
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "niner": "9",  # radio spelling
    # Spanish
    "cero": "0",
    "uno": "1",
    "una": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
    # French
    "zéro": "0",
    "un": "1",
    "une": "1",
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "sept": "7",
    "huit": "8",
    "neuf": "9",
    # German
    "null": "0",
    "eins": "1",
    "ein": "1",
    "zwei": "2",
    "zwo": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "funf": "5",
    "fuenf": "5",
    "sechs": "6",
    "sieben": "7",
    "acht": "8",
    "neun": "9",
    # Portuguese
    "um": "1",
    "uma": "1",
    "dois": "2",
    "duas": "2",
    "três": "3",
    "quatro": "4",
    "meia": "6",
    "sete": "7",
    "oito": "8",
    "nove": "9",
}
# "double"/"triple" are French too; "doble cuatro", "duplo zero", "doppel null"; chat's
# "dbl" ("dbl five").
_REPEATS = {
    **dict.fromkeys(("double", "dbl", "doble", "duplo", "dupla", "doppel"), 2),
    **dict.fromkeys(("triple", "triplo", "tripla"), 3),
}
# Number words that are also articles or conjunctions: alone between digits, not a digit.
_AMBIGUOUS = frozenset({"o", "oh", "un", "une", "um", "uma", "una", "ein", "eins", *_REPEATS})
# Numbers from 10 to 99 said as words: phones are read out in pairs in French ("zéro six,
# douze, trente-quatre"), and in every language some customers group digits that way.
# Each is one token worth two digits; its parts are summed ("soixante-dix-huit" = 60 + 18,
# "quatre-vingt-douze" = 4 x 20 + 12, "vierunddreißig" = 4 + 30, "treinta y cuatro").
_TEENS = {
    **dict.fromkeys(("ten", "diez", "dix", "zehn", "dez"), 10),
    **dict.fromkeys(("eleven", "once", "onze", "elf"), 11),
    **dict.fromkeys(("twelve", "doce", "douze", "zwölf", "zwoelf", "zwolf", "doze"), 12),
    **dict.fromkeys(("thirteen", "trece", "treize", "dreizehn", "treze"), 13),
    **dict.fromkeys(("fourteen", "catorce", "quatorze", "vierzehn", "catorze"), 14),
    **dict.fromkeys(("fifteen", "quince", "quinze", "fünfzehn", "fuenfzehn", "funfzehn"), 15),
    **dict.fromkeys(("sixteen", "dieciséis", "dieciseis", "seize", "sechzehn"), 16),
    **dict.fromkeys(("dezesseis", "dezasseis"), 16),
    **dict.fromkeys(("seventeen", "diecisiete", "siebzehn", "dezessete", "dezassete"), 17),
    **dict.fromkeys(("eighteen", "dieciocho", "achtzehn", "dezoito"), 18),
    **dict.fromkeys(("nineteen", "diecinueve", "neunzehn", "dezenove", "dezanove"), 19),
    **dict.fromkeys(("veintiuno", "veintiún", "veintiun"), 21),
    **dict.fromkeys(("veintidós", "veintidos"), 22),
    **dict.fromkeys(("veintitrés", "veintitres"), 23),
    "veinticuatro": 24,
    "veinticinco": 25,
    **dict.fromkeys(("veintiséis", "veintiseis"), 26),
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
}
# German without its umlauts, as typed on a foreign keyboard: "funfzig", "zwolf".
_TENS = {
    **dict.fromkeys(("twenty", "veinte", "vingt", "vingts", "zwanzig", "vinte"), 20),
    **dict.fromkeys(("thirty", "treinta", "trente", "dreißig", "dreissig", "trinta"), 30),
    **dict.fromkeys(("forty", "fourty", "cuarenta", "quarante", "vierzig", "quarenta"), 40),
    **dict.fromkeys(
        ("fifty", "cincuenta", "cinquante", "fünfzig", "fuenfzig", "funfzig", "cinquenta"), 50
    ),
    **dict.fromkeys(("sixty", "sesenta", "soixante", "sechzig", "sessenta"), 60),
    # Belgian and Swiss French say septante, huitante (or octante) and nonante
    **dict.fromkeys(("seventy", "setenta", "siebzig", "septante"), 70),
    **dict.fromkeys(("eighty", "ochenta", "achtzig", "oitenta", "huitante", "octante"), 80),
    **dict.fromkeys(("ninety", "noventa", "neunzig", "nonante"), 90),
}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alternation(w for w, d in _DIGIT_WORDS.items() if d != "0" and len(w) > 1)
# German units as they join a ten ("vierunddreißig"); no word here begins another.
_UNIT_DE_WORDS = (
    "ein", "zwei", "drei", "vier", "fünf", "fuenf", "funf", "sechs", "sieben", "acht", "neun",
)  # fmt: skip
_UNIT_DE = _alternation(_UNIT_DE_WORDS)
_TEEN = _alternation(_TEENS)
_TEN = _alternation(_TENS)
# German says the unit first ("vierundachtzig"): "achtzig vier" is 80 and 4, never 84.
_TENS_DE = frozenset(
    {"zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig", "fuenfzig", "funfzig", "sechzig"}
    | {"siebzig", "achtzig", "neunzig"}
)
_TEN_DE = _alternation(_TENS_DE)
_TEN_UNIT_AFTER = _alternation(w for w in _TENS if w not in _TENS_DE)
# "soixante-dix-huit", "quatre-vingt-douze", "quatre-vingts", "vingt et un", "forty-five",
# "treinta y cuatro", "trinta e quatro", "vierunddreißig", "dix-sept", "twelve".
# A pair's last digit word is not the one a hundred follows (its multiplier): "four
# hundred twenty four hundred" is 420 and 4.., not 424 and then "hundred": every reading
# of a number said in hundreds ends where the number ends, wherever the message is cut
# (the redactor rereads what is left after each mask).
_NOT_BEFORE_HUNDRED = r"(?![\s\-]+(?:hundred|hundert|cents?)\b)"
_PAIR = (
    rf"(?:(?:{_UNIT_DE})und(?:{_TEN})"
    rf"|(?:soixante|quatre[\s\-]vingt)[\s\-](?:et[\s\-])?(?:dix[\s\-](?:sept|huit|neuf)|{_TEEN})"
    rf"|(?:{_TEN_UNIT_AFTER}|quatre[\s\-]vingts?)"
    rf"(?:(?:[\s\-]|\s(?:y|e|et)\s|[\s\-]et[\s\-])(?:{_UNIT}){_NOT_BEFORE_HUNDRED})?"
    rf"|{_TEN_DE}"
    rf"|dix[\s\-](?:sept|huit|neuf)|{_TEEN})"
)
# Numbers from 100 to 999 said in words, as people read a card or a phone in threes
# ("eight hundred and forty-seven", "trois cent quarante-six", "neunhundertsechsundsiebzig",
# "seiscientos cuarenta y nueve", "quatrocentos e setenta e cinco"): one token worth three
# digits. A bare "hundred", "cent" or "cien" with nothing before or after is not read (a
# price, "fifty cent"); the rest follows the hundred after one space or hyphen, so
# "five hundred - six" stays two numbers (500 and 6), as said.
_HUNDREDS_ES = {
    "cien": 1, "ciento": 1, "doscientos": 2, "doscientas": 2, "trescientos": 3,
    "trescientas": 3, "cuatrocientos": 4, "cuatrocientas": 4, "quinientos": 5,
    "quinientas": 5, "seiscientos": 6, "seiscientas": 6, "setecientos": 7, "setecientas": 7,
    "sietecientos": 7, "ochocientos": 8, "ochocientas": 8, "novecientos": 9,
    "novecientas": 9, "nuevecientos": 9,
}  # fmt: skip
_HUNDREDS_PT = {
    "cem": 1, "cento": 1, "duzentos": 2, "duzentas": 2, "trezentos": 3, "trezentas": 3,
    "quatrocentos": 4, "quatrocentas": 4, "quinhentos": 5, "quinhentas": 5,
    "seiscentos": 6, "seiscentas": 6, "setecentos": 7, "setecentas": 7, "oitocentos": 8,
    "oitocentas": 8, "novecentos": 9, "novecentas": 9,
}  # fmt: skip
_HUNDRED_WORDS = frozenset({"hundred", "hundert", "cent", "cents", *_HUNDREDS_ES, *_HUNDREDS_PT})
_UNIT_EN = "one|two|three|four|five|six|seven|eight|nine"
_UNIT_FR = "un|deux|trois|quatre|cinq|six|sept|huit|neuf"
# What follows the hundred: a number from 1 to 99, after "and"/"e" in English and Portuguese.
_REST = rf"(?:{_PAIR}|(?:{_UNIT}){_NOT_BEFORE_HUNDRED})"
_AFTER_HUNDRED = rf"[\s\-](?:(?:and|e)\s)?{_REST}"
_HUNDRED = (
    rf"(?:(?:{_UNIT_EN}|a)[\s\-]hundred(?:{_AFTER_HUNDRED})?|hundred{_AFTER_HUNDRED}"
    rf"|(?:{_UNIT_FR})[\s\-]cents?(?:{_AFTER_HUNDRED})?|cent{_AFTER_HUNDRED}"
    rf"|(?:{_UNIT_DE})?hundert(?:und)?{_REST}|(?:{_UNIT_DE})\s?hundert(?:\s{_REST})?"
    rf"|hundert\s{_REST}"
    rf"|(?:{_alternation(w for w in _HUNDREDS_ES if w != 'cien')}"
    rf"|{_alternation(w for w in _HUNDREDS_PT if w != 'cem')})(?:{_AFTER_HUNDRED})?"
    rf"|cien|cem)"
)
# Spanish and Portuguese words first: "cento" (Portuguese 100) begins with French "cent".
_HUNDRED_SPLIT = re.compile(
    rf"(?i)({_alternation([*_HUNDREDS_ES, *_HUNDREDS_PT])}|hundred|hundert|cents?)"
)
_PAIR_PARTS = re.compile(r"[\s\-]+|und")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_WORD = "|".join(sorted([*_DIGIT_WORDS, *_REPEATS], key=len, reverse=True))
# A look-ahead on the words' first letters: it matches nothing the alternation would
# not, and spares trying every word at every boundary of a long run of digits.
_FIRST = "".join(sorted({word[0] for word in [*_DIGIT_WORDS, *_REPEATS]}))
_PAIR_FIRST = "".join(
    sorted({w[0] for w in [*_DIGIT_WORDS, *_REPEATS, *_TEENS, *_TENS, *_HUNDRED_WORDS, "a"]})
)
_TOKEN_WITHOUT_PAIRS = rf"(?:(?=[{_FIRST}])\b(?:{_WORD})|\b\d+)\b"
# A pair first: "quatre-vingt-douze" is one number, not "quatre" and then another.
_TOKEN = rf"(?:(?=[{_PAIR_FIRST}])\b(?:{_HUNDRED}|{_PAIR}|{_WORD})|\b\d+)\b"
# One number said in words, then typed digits: "eleven 5", "un 35", "oito 60" (the
# customer types what is quicker). Not a run the spelled view rewrites (one word and one
# group); read by the finders whose word names a short code (see ``banking.find_cvv``).
# Not a clock time: "um 17h44", "um 9:30", "um 18 Uhr" is German "at" and an hour.
SAID_THEN_TYPED = (
    rf"(?=[{_PAIR_FIRST}])\b(?P<said>{_PAIR}|{_WORD})\s{{1,3}}(?P<typed>[0-9]{{1,3}})"
    r"(?![0-9%]|[h:][0-9]{2}|h\b|\s?uhr\b)"
)


def digit_for_word(word: str) -> str | None:
    """The digit one number word says ("four" -> "4", "oh" -> "0"), or None."""
    return _DIGIT_WORDS.get(word.lower())


def repeat_count(word: str) -> int:
    """How many times a repeat word ("double", "triple") says the next digit, or 0."""
    return _REPEATS.get(word.lower(), 0)


def said_digits(words: str) -> int:
    """How many digits a ``SAID_THEN_TYPED`` word stands for: one for a digit's word, two
    for a number from 10 to 99, none for a repeat ("double")."""
    low = words.lower()
    if low in _DIGIT_WORDS:
        return 1
    return len(_pair_digits(low)) if low not in _REPEATS else 0


# The words that make a pair (German ones are whole: "vierunddreißig"): reading pairs costs
# more, so messages without one are read without them.
_PAIR_WORDS = frozenset(
    {
        *_TEENS,
        *_TENS,
        *_HUNDRED_WORDS,
        *(f"{unit}und{ten}" for unit in _UNIT_DE_WORDS for ten in _TENS),
    }
)
_LETTERS = re.compile(r"[^\W\d_]+")
# The words of ``_ANY_WORD``, each a whole word of letters in lower case.
_SPELLABLE = frozenset([*_DIGIT_WORDS, *_REPEATS])
# One spelled digit, for detectors that read a short spelled value in context ("exp May three two").
DIGIT_WORD = rf"(?:{_WORD})"
# Groups may be joined by a slash, typed or said ("zero six slash two eight": an expiry).
# A dash may be said too ("five two three dash four five"): written as one in the view.
_SPOKEN_DASH = r"dash|hyphen|gui[oó]n|tiret|tra[çc]o|bindestrich"
_RUN_SEPARATOR = rf"(?:[\s,.\-/]+|\s(?:slash|barra|barre|strich|{_SPOKEN_DASH})\s)"
_SPELLED_RUN = re.compile(rf"(?i){_TOKEN}(?:{_RUN_SEPARATOR}{_TOKEN}){{2,}}")
_SPELLED_RUN_WITHOUT_PAIRS = re.compile(
    rf"(?i){_TOKEN_WITHOUT_PAIRS}(?:{_RUN_SEPARATOR}{_TOKEN_WITHOUT_PAIRS}){{2,}}"
)
_RUN_TOKEN = re.compile(rf"(?i){_TOKEN}")
_RUN_TOKEN_WITHOUT_PAIRS = re.compile(rf"(?i){_TOKEN_WITHOUT_PAIRS}")
# A digit, then a number from 10 to 99 ("sechs sechzehn", "dois vinte e nove", "nueve
# cuarenta y tres"): three digits, a security code said the way it is read. Not after an
# article ("un vingt", "ein zwanzig").
_UNIT_BEFORE_PAIR = _alternation(
    w for w in _DIGIT_WORDS if (len(w) > 2 and w not in _AMBIGUOUS) or w == "eins"
)
# A hundred alone is three digits too, and with a digit after it four ("dreihundert achtzehn,
# sechs"); so is a number from 10 to 99 and a digit ("achtundachtzig acht", "noventa e seis -
# zero"): a security code or a PIN read in two breaths.
_PAIRS_SEPARATOR = r"\b[\s,.\-/]+\b"
# After a number, "un", "um", "ein" are its last digit, not an article ("cent seize un").
_UNIT_AFTER = _alternation(
    w for w in _DIGIT_WORDS if (len(w) > 2 and w not in _AMBIGUOUS) or w in ("un", "um", "eins")
)
_PAIRS_RUN = re.compile(
    rf"(?i)(?=[{_PAIR_FIRST}])\b(?:{_HUNDRED}(?:{_PAIRS_SEPARATOR}(?:{_PAIR}|{_UNIT_AFTER}))?"
    rf"|(?:{_PAIR}|{_UNIT_BEFORE_PAIR}){_PAIRS_SEPARATOR}(?:{_HUNDRED}|{_PAIR})"
    rf"|(?:{_PAIR}){_PAIRS_SEPARATOR}(?:{_UNIT_AFTER}))\b"
)
_DASH_WORD = re.compile(rf"(?i)(?<=\s)(?:{_SPOKEN_DASH})(?=\s)")
_ANY_WORD = re.compile(rf"(?i)(?=[{_FIRST}])\b(?:{_WORD})\b")


def fold(text: str) -> str:
    return text if text.isascii() else text.translate(_FOLD)


# Cached like ``_said_number``: the marker reads each message's views before the redactor
# does (``continuation._view``); cleared with the per-message caches (``clear_view_cache``).
@functools.lru_cache(maxsize=8)
def spell(folded: str) -> str:
    """``folded`` with spelled-out digit runs written as digits (same length)."""
    if _LETTERS.search(folded) is None:
        return folded  # every number word is letters: digits and separators spell nothing
    # Runs of plain digits match the run pattern too; without a number word there is
    # nothing to spell, and digit-only text skips the per-run work.
    lowered = folded.lower()
    words = _LETTERS.findall(lowered)
    pairs = not _PAIR_WORDS.isdisjoint(words) or "hundert" in lowered
    # A match of ``_ANY_WORD`` is a whole word of letters, so one of ``words`` (lowering
    # keeps each letter a letter, in its place), unless a letter folds apart: a set test
    # before the scan.
    if not pairs and (
        (_SPELLABLE.isdisjoint(words) and not folds_apart(folded)) or not _ANY_WORD.search(folded)
    ):
        return folded
    runs, digits = (
        (_SPELLED_RUN, _digits_for_run)
        if pairs
        else (_SPELLED_RUN_WITHOUT_PAIRS, _digits_for_words)
    )
    # One pass, without a search first (which read a long run twice: once to find it, once
    # to spell it); a text without a run comes back as it is.
    spelled, count = runs.subn(digits, folded)
    if not count:
        spelled = folded
    if pairs:
        # Two numbers from 10 to 99 are four digits ("doce veintiocho": an expiry, "twelve
        # thirty four" a PIN), a digit and one three: a run of their own, though shorter
        # than three tokens.
        spelled = _PAIRS_RUN.sub(_digits_for_run, spelled)
    return _spoken_plus(folded, spelled) if spelled != folded else spelled


# "plus", "más", "mais" said before a phone's spelled digits: its "+".
# Up to sixteen blanks: a Spanish or Portuguese hundred's digit stands on its word's last
# letter ("mais quinhentos e ..."). A comma or a dash may follow it as it follows each
# digit: "plus, four, four, ...", "mais-cinco-cinco-...".
_SPOKEN_PLUS = re.compile(r"(?i)(?<![^\W\d_])(?:plus|m[áa]s|mais)[\s,\-]{1,16}(?=[0-9])")
# The spelled number after it: seven digits at least, as a phone with its country code.
_SPOKEN_PHONE = re.compile(r"[0-9](?:[\s,.\-/]{0,16}[0-9]){6}")


def _spoken_plus(folded: str, spelled: str) -> str:
    """``spelled`` with a spoken plus before spelled digits written "+" and the first
    digit moved next to it (same length): "plus one two..." -> "+1       2  ..."."""
    if not _SPOKEN_PLUS.search(spelled):
        return spelled
    out = list(spelled)
    for match in _SPOKEN_PLUS.finditer(spelled):
        digit = match.end()
        if not folded[digit].isalpha() or not _SPOKEN_PHONE.match(spelled, digit):
            continue  # "plus 2 items": typed digits, or too few for a phone
        out[match.start() : digit + 1] = ["+", spelled[digit]] + [" "] * (digit - match.start() - 1)
    return "".join(out)


_AFTER_HUNDRED_JOIN = re.compile(r"^(?:[\s\-]+(?:(?:and|e)\s+)?|und)")


def _hundred_digits(phrase: str) -> str:
    """The three digits of a number from 100 to 999 said in words (a ``_HUNDRED`` match)."""
    phrase = phrase.lower()
    hundred = _HUNDRED_SPLIT.search(phrase)
    if hundred is None:
        return ""
    word = hundred.group(1)
    before = phrase[: hundred.start()].strip(" -\t\n")
    if word in _HUNDREDS_ES or word in _HUNDREDS_PT:
        times = _HUNDREDS_ES.get(word) or _HUNDREDS_PT[word]
    else:
        times = int(_DIGIT_WORDS.get(before, "1" if before in ("", "a") else "0"))
    rest = _AFTER_HUNDRED_JOIN.sub("", phrase[hundred.end() :])
    below = int(_DIGIT_WORDS[rest]) if rest in _DIGIT_WORDS else int(_pair_digits(rest) or 0)
    total = times * 100 + below
    return str(total) if 100 <= total <= 999 and (below or not rest) else ""


def _pair_digits(phrase: str) -> str:
    """The two digits of a number from 10 to 99 said in words (a ``_PAIR`` match)."""
    parts = [part for part in _PAIR_PARTS.split(phrase) if part and part not in ("y", "e", "et")]
    if parts[:2] == ["quatre", "vingt"] or parts[:2] == ["quatre", "vingts"]:
        parts[:2] = ["vingt"] * 4
    total = 0
    for part in parts:
        if part in _TENS:
            total += _TENS[part]
        elif part in _TEENS:
            total += _TEENS[part]
        else:
            total += int(_DIGIT_WORDS.get(part, "0"))
    return str(total) if 10 <= total <= 99 else ""


def _digit_places(phrase: str, count: int) -> list[int]:
    """Where the ``count`` (two or three) digits of a number said in words go in ``phrase``,
    so that a span over them, widened to whole words, covers every word of it: the first
    on its first letter, the last on its last word. Three are spread evenly up to the start
    of its last word (its last letter, for one word), so no gap inside the number is wider
    than half of it: the readers of codes and phones bound the gap between two digits."""
    last = _LAST_WORD.search(phrase)
    last_word = last.start() if last is not None else 0
    if count == 2:
        return [0, max(1, last_word)]
    hundred = _HUNDRED_WORD_FIRST.match(phrase)
    if hundred is not None and hundred.end() < len(phrase):
        # "quatrocentos e setenta e cinco": the hundred's digit on its word's last letter and
        # the rest's where reading the rest alone puts them, so a mask that ends on the
        # hundred leaves the same digits in the same places for the redactor's next reading.
        hundred_end, rest = hundred.end("word") - 1, hundred.end()
        if not _pair_digits(phrase[rest:]):  # "cuatrocientos cinco": the zero between them
            return [hundred_end, hundred_end + 1, rest]
        return [hundred_end, *(rest + place for place in _digit_places(phrase[rest:], 2))]
    end = last_word if last_word > 1 else len(phrase) - 1
    return [0, end // 2, end]


# A Spanish or Portuguese hundred, one word that is its own multiplier, then the rest.
_HUNDRED_WORD_FIRST = re.compile(
    rf"(?i)(?P<word>{_alternation([*_HUNDREDS_ES, *_HUNDREDS_PT])})[\s\-]+(?:(?:y|e)\s+)?"
)


def _digits_for_words(match: re.Match[str]) -> str:
    """``_digits_for_run`` for a message without a word of a number from 10 to 99: its
    tokens are read without the pair alternatives, which cost most of the reading."""
    return _digits_for_run(match, _RUN_TOKEN_WITHOUT_PAIRS)


@functools.lru_cache(maxsize=256)
def _said_number(word: str) -> tuple[tuple[int, str], ...]:
    """Where each digit of a number from 10 to 999 said in words (``word``, lowered) goes in
    it. Cached: a dictated number repeats its words ("quatrocentos e setenta e cinco"), and
    the redactor reads them again in the stretches of the masked text; cleared with the
    per-message caches (``clear_said_cache``)."""
    number = _hundred_digits(word) or _pair_digits(word)
    return tuple(zip(_digit_places(word, len(number)), number, strict=False))


def clear_said_cache() -> None:
    _said_number.cache_clear()


def clear_view_cache() -> None:
    spell.cache_clear()
    deobfuscate.cache_clear()


# A clock time after a run's last word: "vier drei, um 17h44", "um 9:30", "um 18 Uhr".
_CLOCK_AFTER = re.compile(r"(?i)\s{1,3}[0-9]{1,2}(?:[h:][0-9]{2}\b|h\b|\s?uhr\b)")


def _digits_for_run(match: re.Match[str], tokenizer: re.Pattern[str] = _RUN_TOKEN) -> str:
    run = match.group()
    out = list(run)
    tokens = list(tokenizer.finditer(run))
    for index, token in enumerate(tokens):
        if token.group().lower() == "um" and _CLOCK_AFTER.match(
            match.string, match.start() + token.end()
        ):
            del tokens[index:]  # German "um 17h44" ("at") and an hour, no Portuguese "one"
            break
    words = (t.group() for t in tokens if not t.group()[0].isdigit())
    first, second = next(words, None), next(words, None)
    if first is None or (second is None and first.lower() in _AMBIGUOUS):
        return run  # digits already, or "12 o 34" ("or"): nothing spelled out
    for dash in _DASH_WORD.finditer(run):
        out[dash.start() : dash.end()] = list("-".ljust(dash.end() - dash.start()))
    # A comma between digits said aloud is a pause ("dois, zero, três, ..."), not a list
    comma = run.find(",")
    while comma >= 0:
        out[comma] = " "
        comma = run.find(",", comma + 1)
    # What a word (as typed) writes over itself, kept once per distinct word of the run: a
    # dictated number repeats a few words many times. Not a repeat's ("double"): the next
    # word's.
    written: dict[str, list[str]] = {}
    for index, token in enumerate(tokens):
        start, end = token.span()
        known = written.get(token.group())
        if known is not None:
            out[start:end] = known
            continue
        word = token.group().lower()
        if word[0].isdigit():
            continue
        if word not in _DIGIT_WORDS and word not in _REPEATS:
            # The last digit on the number's last word ("soixante-dix-huit" -> "7" on
            # "soixante", "8" on "huit"): a span over its digits, widened to whole words,
            # then covers every word of it.
            out[start:end] = [" "] * (end - start)
            places = _said_number(word)
            for offset, digit in places:
                out[start + offset] = digit
            if all(0 <= offset < end - start for offset, _ in places):
                written[token.group()] = out[start:end]
            continue
        if word in _REPEATS:
            following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
            digit = _DIGIT_WORDS.get(following, following[:1] if following[:1].isdigit() else "")
            digits = digit * (_REPEATS[word] - 1)
        else:
            digits = _DIGIT_WORDS[word]
            written[token.group()] = list(digits.ljust(end - start))
        out[start:end] = list(digits.ljust(end - start))
    return "".join(out)


# O/o/I/l inside a group that also holds a real digit.
# Not ending inside a word: "...-1 out of stock" is not "...-1 0".
# A single X/Y/Z may stand before it (a NIE's letter) and a single capital after it
# (a DNI's check letter: "4494952oE").
# Led by a look-ahead on the group's first character: it matches nothing the rest would not,
# and spares trying the look-behinds at every other character (half the cost of the scan).
_LOOKALIKE_GROUP = re.compile(
    r"(?=[0-9OoIl])(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[XYZxyz]))"
    r"[0-9OoIl]+(?:[.\- ()]{1,3}[0-9OoIl]+)*(?![a-z]|[A-Z][A-Za-z0-9])"
)
LOOKALIKES = str.maketrans("OoIl", "0011")
# Noise between two short digit groups: symbols, emoji, punctuation, line
# breaks and joining words, at most 16 characters of it.
_JOINERS = (
    r"and|then|and\s+then|or|y|luego|y\s+luego|despu[eé]s|et|puis|et\s+puis|ensuite|und|dann"
    r"|und\s+dann|e|depois|e\s+depois|a|plus|after\s+that|next|danach|ent[ãa]o|a[íi]"
    r"|apr[eè]s|et\s+apr[eè]s|y\s+despu[eé]s|anschlie[ßs]end|e\s+a[íi]|n|n\s+then|&"
    # chat's "nd" for "and" ("4111 nd 1111"), after a space: never an ordinal's ("2nd 3")
    r"|(?<=\s)nd"
    # the hesitations of Spanish and Portuguese dictation ("4230 eh 6514 este 5637", "+55
    # tipo 11 tipo 2355")
    r"|e+h+|este|o\s+sea|pues|tipo|hum+|né"
    # a few more ways of saying "then"
    r"|and\s+also|also|then\s+again|et\s+ensuite|und\s+noch|e\s+ent[ãa]o"
    # "then" said with "still" or "next", and "followed by": "4000 dann noch 7225", "4111 a
    # seguir 0862", "em seguida", "a continuación", "followed by", "suivi de", "gefolgt von"
    r"|dann\s+noch|a\s+seguir|em\s+seguida|a\s+continuaci[oó]n|followed\s+by|suivi\s+de"
    r"|seguid[oa]\s+de|gefolgt\s+von"
    # Brazilian chat's short "depois" ("4111 dps 1111")
    r"|dps"
    # an assent between the groups, the customer checking the agent keeps up ("4111 ok 1111",
    # "+57 ok 321")
    r"|ok(?:ay)?"
    # a hesitation while reading the groups off the card: "4111 äh 1111", "euh", "ähm"
    r"|[äa]h+m*|euh+|e+hm+|uh+m*"
    # the customer asking to wait while finding the next group: "4012 wait 8884", "9396
    # espera 5078", "3714 moment 497516", "3714 pera 81662", "4111 attends 1111"
    r"|wait|espera|pera|moment|momento|attends?|attendez|warte"
    # the separator said as a word, as a customer reads a spaced or dashed card out: "4000
    # space 0047", "espacio", "espace", "leerzeichen", "espaço", "dash", "guión", "tiret",
    # "bindestrich", "hífen"; German chat shortens "Leerzeichen" to "leer" ("+49 leer 1519")
    r"|space|espacio|espace|leerzeichen|leer|espa[çc]o|dash|gui[oó]n|tiret|bindestrich|h[íi]fen"
    # a joining word and the article of the next group: "4000 y el 0095", "and the", "et le",
    # "und die", "e o"
    r"|y\s+el|and\s+the|et\s+le|und\s+die|e\s+o"
)
# The same joining words, for the finders that read noise between a value's letters and its
# digits (``noisy_letter_ids``), which ``_NOISE`` leaves: it blanks noise between digits only.
JOINING_WORDS = _JOINERS
_NOISE = re.compile(
    # A lone space, dash, dot, slash or comma is left alone (see ``_blank_noise``): not
    # matched at all, so "1.2.3.4..." costs no call per separator. Nor is a lone plus: "1+1"
    # is a sum or a key's character, never a separator, and blanked it made "+1+1+1..."
    # a phone after every phone the redactor masked (sixteen rereadings of the message).
    # Nor are plain spaces before a digit: blanked they read the same, and spelled digits
    # leave such a gap between every two.
    rf"(?<=[0-9])(?![ \-./,+][0-9])(?! ++[0-9])"
    # The branches share no character: whitespace is in the first one only (a branch of
    # its own made every run of spaces after a digit match 2**16 ways before failing:
    # "1" and 15 spaces, then a letter, took a millisecond). The joining words are tried
    # only where a letter starts: trying each of them, case-insensitively, at every digit
    # cost three times the rest of the search.
    rf"(?:[^\w\[\]]|_|(?<![^\W\d_])(?=[^\W\d_])(?:{_JOINERS})(?![^\W\d_])){{1,16}}(?=[0-9])",
    re.IGNORECASE,
)
_GROUP_BEFORE = re.compile(r"(?<![0-9])[0-9]{1,16}$")
_GROUP_AFTER = re.compile(r"[0-9]{1,16}(?![0-9])")
_TIME_AFTER = re.compile(r"[:hH](?:[0-9]|\b)")
# An amount or a time on either side of the noise ("$621.54 a 1123.53 usd", "745€ + €1296",
# "74 et 96 après 20.00"): a currency before the group, in the noise, or a decimal part
# (and maybe a currency) after it. A price is not a group of a number.
_CURRENCY_MARK = r"[$€£¥]|(?i:eur|usd|gbp|brl|mxn|reais|euros?|dollars?)\b"
_CURRENCY = re.compile(rf"R\$|{_CURRENCY_MARK}")
_DECIMAL_AFTER = re.compile(rf"[.,:hH][0-9]{{2}}(?![0-9]|[.,/\-][0-9])\s?(?:{_CURRENCY_MARK})?")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|R\$)\s?[0-9][0-9.,]{0,12}$")
# A clock time ("14:05", "9:40:12"), not the groups of a number joined by colons
# ("06:12:34:56:78"): nothing before it and no further pair after it.
_CLOCK = re.compile(r"(?<![0-9:])(?:[01]?[0-9]|2[0-4]):[0-5][0-9](?::[0-5][0-9])?(?![0-9]|:[0-9])")
_PERCENT = re.compile(r"%(?:20|2[bB]|2[dD]|28|29)")
_PERCENT_TO = {
    "%20": "   ",
    "%2B": "  +",
    "%2b": "  +",
    "%2D": "  -",
    "%2d": "  -",
    "%28": "  (",
    "%29": "  )",
}


_ASCII_DIGIT = re.compile(r"[0-9]")
# Every digit in one stretch of digits and spaces (digits said in words, as the spelled view
# writes them): noise lies between two digits, so all of it is plain spaces, left as they are.
_ONE_SPACED_BLOCK = re.compile(r"[^0-9]*+[0-9 ]*+[^0-9]*+")


@functools.lru_cache(maxsize=8)  # cached as ``spell`` is
def deobfuscate(spelled: str) -> str:
    """``spelled`` with look-alike letters, noise and URL escapes undone (same length)."""
    text = _PERCENT.sub(lambda m: _PERCENT_TO[m.group()], spelled) if "%" in spelled else spelled
    if any(letter in text for letter in "OoIl") and _ASCII_DIGIT.search(text):
        # (without a look-alike letter or a digit anywhere, every group is left as it is)
        text = _LOOKALIKE_GROUP.sub(_digits_for_lookalikes, text)
    if _ONE_SPACED_BLOCK.fullmatch(text):
        return text
    return _NOISE.sub(lambda m: _blank_noise(text, m), text)


def _digits_for_lookalikes(match: re.Match[str]) -> str:
    group = match.group()
    if not any(c in "OoIl" for c in group) or not any(c.isdigit() for c in group):
        return group
    text, begin, end = match.string, match.start(), match.end()
    letters = sum(1 for c in group if not c.isdigit())
    delimited = (begin == 0 or not text[begin - 1].isalpha()) and (
        end == len(text) or not text[end].isalpha()
    )
    if letters > sum(c.isdigit() for c in group) and not delimited:
        return group  # a word with a digit in it ("hello1"), not a number
    at_end = end == len(text) or text[end] in _CLOSING
    return _convert_pieces(
        group,
        after_plus=begin > 0 and text[begin - 1] == "+",
        at_end=at_end,
        in_parentheses=begin > 0 and text[begin - 1] == "(",
        ends_text=end == len(text.rstrip()),
    )


# What may follow a value's last character: the end of a sentence or a clause.
_CLOSING = ".,;:!?)\n"
# Numeric pieces a lone look-alike letter must lead or end ("l 99 06 24 O55 841 10", "CH35
# l634 4969 4973 5225 I"): the first digit of a NIR, the last character of an IBAN.
_LONE_EDGE_PIECES = 3


def _convert_pieces(
    group: str,
    *,
    after_plus: bool = False,
    at_end: bool = False,
    in_parentheses: bool = False,
    ends_text: bool = False,
) -> str:
    """Pieces holding a digit converted ("OI7I"); a piece of letters only just when
    every piece is one or two characters ("O 6 6", "4.5.O") or it is a single letter
    between two numbers ("27 6 I 2") or a country code ("+l (4I5)"), not the article
    in "o 05766-80" or the word in "lol 2000"."""
    pieces = re.split(r"([.\- ()]+)", group)
    words = pieces[::2]
    # Three pieces at least: "77 (o app" ends with the article, not a zero.
    short = len(words) >= 3 and all(len(piece) <= 2 for piece in words)

    def numeric(index: int) -> bool:
        return 0 <= index < len(words) and any(c.isdigit() for c in words[index])

    def lookalike_pair(index: int) -> bool:
        # "60 lO O6", "39 lO 17": two look-alike letters between numbers; "759-lO": two
        # after a number they are joined to by a dash or dot
        piece = words[index]
        if len(piece) != 2 or not numeric(index - 1):
            return False
        joined = pieces[2 * index - 1] in ("-", ".")
        return numeric(index + 1) or (joined and index == len(words) - 1)

    def joined_last(index: int) -> bool:
        # "9541.3474.O", "8189-7549-O": one look-alike letter ending a number of two groups
        # or more, joined to them by the same dot or dash as they are to each other
        last = len(words) - 1
        if index != last or index < 2 or len(words[index]) != 1:
            return False
        joint = pieces[2 * index - 1]
        return (
            joint in (".", "-")
            and pieces[2 * index - 3] == joint
            and numeric(index - 1)
            and numeric(index - 2)
        )

    def area_code(index: int) -> bool:
        # "(Il) 98235-0463": one or two look-alike letters in parentheses before a number
        return (
            index == 0
            and in_parentheses
            and len(words[0]) <= 2
            and len(words) > 1
            and pieces[1].startswith(")")
            and numeric(1)
        )

    def lone_edge(index: int) -> bool:
        # a single letter leading (or, at a clause's end, ending) several numeric pieces
        if index == 0:
            return all(numeric(i) for i in range(1, _LONE_EDGE_PIECES + 1))
        last = len(words) - 1
        return (
            index == last
            and at_end
            and all(numeric(last - i) for i in range(1, _LONE_EDGE_PIECES + 1))
        )

    def joined_letters(index: int) -> bool:
        # "/OOOI-36", "12.lO": two to four look-alike letters (not a word) joined to a number
        # by a dash or a dot, as a formatted id's groups are
        piece = words[index]
        if not 2 <= len(piece) <= 4 or piece.lower() in _LOOKALIKE_WORDS:
            return False
        before = numeric(index - 1) and pieces[2 * index - 1] in ("-", ".")
        after = numeric(index + 1) and pieces[2 * index + 1] in ("-", ".")
        return before or after

    def last_pair(index: int) -> bool:
        # "pin 52 lo", "97 oO8 042 oool oO": two look-alike letters ending the message after
        # a number (or after look-alikes between it and them) are its last digits, even
        # when they spell a word ("lo", "ol"): the word would go on into a sentence
        if not ends_text or index != len(words) - 1 or len(words[index]) != 2:
            return False
        before = index - 1
        if (
            before > 0
            and not numeric(before)
            and _lookalike_pair(words[before], numeric(before - 1))
        ):
            before -= 1
        return numeric(before)

    converted = [
        piece.translate(LOOKALIKES)
        if numeric(index)
        or lookalike_pair(index)
        or joined_letters(index)
        or last_pair(index)
        or joined_last(index)
        or area_code(index)
        or (
            len(piece) == 1
            and (
                short
                or (numeric(index - 1) and numeric(index + 1))
                or (index == 0 and after_plus and numeric(1))
                or lone_edge(index)
            )
        )
        or _lookalike_pair(
            piece, numeric(index - 1) and (numeric(index + 1) or last_pair(index + 1))
        )
        else piece
        for index, piece in enumerate(words)
    ]
    out = pieces[:]
    out[::2] = converted
    return "".join(out)


# Words of the five languages (and chat) made of O, o, I and l: not digits typed as letters.
_LOOKALIKE_WORDS = frozenset(
    {"lo", "il", "oi", "io", "ol", "lol", "loo", "ill", "oil", "lolo", "olio", "lil", "oli"}
)


def _lookalike_pair(piece: str, between_numbers: bool) -> bool:
    """Two to four look-alike letters between two numbers ("+55 lI 97o38", "5500 OOOO
    0000"), unless they spell a word ("2 lo 3", "10 lol 20")."""
    return between_numbers and 2 <= len(piece) <= 4 and piece.lower() not in _LOOKALIKE_WORDS


def _blank_noise(text: str, match: re.Match[str]) -> str:
    """Spaces for the noise, if one neighbouring digit group is short (<= 6 digits)
    and the other at most 16 (a CLABE's ``843|40078391294``).

    A lone space, dash, dot, slash or comma is left alone: the other views read
    those, and dates and prices (``1,299.00``) keep their shape.
    """
    noise = match.group()
    if noise in (" ", "-", ".", "/", ",") or not noise.strip(" "):
        # blanked, plain spaces read the same: digits said in words leave such gaps
        return noise
    before = _GROUP_BEFORE.search(text, max(0, match.start() - 17), match.start())
    after = _GROUP_AFTER.match(text, match.end(), match.end() + 17)
    if before is None or after is None or min(len(before.group()), len(after.group())) > 6:
        return match.group()
    if _TIME_AFTER.match(text, after.end()):
        return match.group()  # "06 12 34 56 78 après 9:40": a time follows, not a group
    if _amount_beside(text, match, before.start(), after.end()):
        return match.group()
    if match.group() == ":" and _CLOCK.match(text, before.start()):
        return match.group()  # "14:05" is a time, not two groups of one number
    if match.group().endswith("+"):
        # A plus against the next digits is a country code's: kept, so every view (and the
        # redactor's rereading of the masked text) sees the same phone start there.
        return " " * (len(match.group()) - 1) + "+"
    return " " * len(match.group())


def _amount_beside(text: str, noise: re.Match[str], begin: int, end: int) -> bool:
    """A price or a time joined to the noise, or a currency in it: "745€ + €1296.41",
    "$621.54 a 1123.53 usd", "RTX 3060 a $302.25", "74 et 96 après 20.00"."""
    # Cheap character tests first: most noise is between digits of no amount.
    return (
        (not noise.group().isspace() and _CURRENCY.search(noise.group()) is not None)
        or (text[end : end + 1] in _DECIMAL_MARKS and _DECIMAL_AFTER.match(text, end) is not None)
        or (
            not _NO_CURRENCY_SIGN.isdisjoint(text[max(0, begin - 16) : noise.start()])
            and _CURRENCY_BEFORE.search(text, max(0, begin - 16), noise.start()) is not None
        )
    )


_DECIMAL_MARKS = frozenset(".,:hH")
_NO_CURRENCY_SIGN = frozenset("$€£¥")


# A key of letters joined by "_" or "-", right before "=" or ":". Possessive runs of
# letters separated by a character that is never a letter: one pass over each token.
_JOINED_KEY = re.compile(r"(?<![\w\-])[A-Za-z]++(?:[_\-][A-Za-z]++)++(?=[ \t]*+[=:])")
_KEY_JOINER = re.compile(r"[_\-]")


def spaced_keys(view: str, names: Callable[[str], bool]) -> str:
    """``view`` with the joiners inside ``KEY=``/``KEY:`` keys turned into spaces, for the
    keys that ``names`` accepts once spaced (the others, "first_name", stay as typed)."""
    if "=" not in view and ":" not in view:
        return view

    def spaced(key: re.Match[str]) -> str:
        words = _KEY_JOINER.sub(" ", key.group())
        return words if names(words) else key.group()

    return _JOINED_KEY.sub(spaced, view)
