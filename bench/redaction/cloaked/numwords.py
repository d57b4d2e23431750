"""Number words in five languages: spelling digit runs the way people dictate them, and back.

Covers single digits (with regional forms: "oh", "nought", "zwo", "meia"), pairs and hundreds
(Belgian and Swiss "septante", "huitante", "nonante"; Portuguese "dezasseis" and "dezesseis"),
"double"/"triple" in English. The decoder is the inverse used by the round-trip self-check.
"""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache

_UNITS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
_ALT_UNITS = {
    "en": {0: ["oh", "o"]},
    "en-GB": {0: ["oh", "nought"]},
    "de": {2: ["zwo"]},
    "pt-BR": {6: ["meia"]},
}
_TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "pt": "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
    "pt-PT": "dez onze doze treze catorze quinze dezasseis dezassete dezoito dezanove",
}
_TENS = {
    "en": ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety",
    "es": ",,veinte,treinta,cuarenta,cincuenta,sesenta,setenta,ochenta,noventa",
    "fr": ",,vingt,trente,quarante,cinquante,soixante,soixante-dix,quatre-vingt,quatre-vingt-dix",
    "fr-BE": ",,vingt,trente,quarante,cinquante,soixante,septante,quatre-vingt,nonante",
    "fr-CH": ",,vingt,trente,quarante,cinquante,soixante,septante,huitante,nonante",
    "de": ",,zwanzig,dreißig,vierzig,fünfzig,sechzig,siebzig,achtzig,neunzig",
    "pt": ",,vinte,trinta,quarenta,cinquenta,sessenta,setenta,oitenta,noventa",
}
_ES_TWENTIES = "veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis"
_ES_TWENTIES += " veintisiete veintiocho veintinueve"
_ES_HUNDREDS = ",ciento,doscientos,trescientos,cuatrocientos,quinientos,seiscientos,setecientos"
_ES_HUNDREDS += ",ochocientos,novecientos"
_PT_HUNDREDS = ",cento,duzentos,trezentos,quatrocentos,quinhentos,seiscentos,setecentos"
_PT_HUNDREDS += ",oitocentos,novecentos"
_MULTIPLIERS = {"en": {"double": 2, "triple": 3}}


def _variant(table: dict[str, str], lang: str, locale: str) -> str:
    return table.get(locale, table[lang])


def _below_100(n: int, lang: str, locale: str) -> str:
    units = _UNITS[lang]
    if n < 10:
        return units[n]
    if n < 20:
        return _variant(_TEENS, lang, locale).split()[n - 10]
    tens_word = _variant(_TENS, lang, locale).split(",")[n // 10]
    unit = n % 10
    if lang == "en":
        return tens_word if unit == 0 else f"{tens_word}-{units[unit]}"
    if lang == "es":
        if n < 30:
            return _ES_TWENTIES.split()[n - 20]
        return tens_word if unit == 0 else f"{tens_word} y {units[unit]}"
    if lang == "pt":
        return tens_word if unit == 0 else f"{tens_word} e {units[unit]}"
    if lang == "de":
        unit_word = "ein" if unit == 1 else units[unit]
        return tens_word if unit == 0 else f"{unit_word}und{tens_word}"
    # French: 70-79 and 90-99 borrow the teens unless the locale has septante/nonante.
    if tens_word.endswith("-dix"):
        base = tens_word[: -len("-dix")]
        teen = _TEENS["fr"].split()[unit]
        joiner = " et " if n == 71 else "-"
        return f"{base}{joiner}{teen}"
    if unit == 0:
        return "quatre-vingts" if n == 80 and tens_word == "quatre-vingt" else tens_word
    if unit == 1 and n != 81:
        return f"{tens_word} et un"
    return f"{tens_word}-{units[unit]}"


def number_phrase(n: int, lang: str, locale: str) -> str:
    """The words for 0 <= n < 1000 in a language and regional variant."""
    if n < 100:
        return _below_100(n, lang, locale)
    hundreds, rest = divmod(n, 100)
    rest_words = _below_100(rest, lang, locale) if rest else ""
    if lang == "en":
        head = f"{_UNITS['en'][hundreds]} hundred"
        if not rest:
            return head
        return (
            f"{head} and {rest_words}" if locale in ("en-GB", "en-IE") else f"{head} {rest_words}"
        )
    if lang == "es":
        head = "cien" if n == 100 else _ES_HUNDREDS.split(",")[hundreds]
        return f"{head} {rest_words}".strip()
    if lang == "pt":
        head = "cem" if n == 100 else _PT_HUNDREDS.split(",")[hundreds]
        return f"{head} e {rest_words}" if rest else head
    if lang == "de":
        head = "hundert" if hundreds == 1 else f"{_UNITS['de'][hundreds]}hundert"
        tail = rest_words if rest != 1 else "eins"
        return f"{head}{tail}" if rest else head
    head = "cent" if hundreds == 1 else f"{_UNITS['fr'][hundreds]} cent"
    if not rest:
        return head if hundreds == 1 else f"{head}s"
    return f"{head} {rest_words}"


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").replace("ß", "ss")


def _norm_tokens(text: str) -> list[str]:
    text = _strip_accents(text.lower())
    return [t for t in re.split(r"[\s,;\-]+", text) if t]


@cache
def _phrase_table(lang: str, locale: str) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for n in range(1000):
        table[tuple(_norm_tokens(number_phrase(n, lang, locale)))] = str(n)
    for digit, alts in {**_ALT_UNITS.get(lang, {}), **_ALT_UNITS.get(locale, {})}.items():
        for alt in alts:
            table[(alt,)] = str(digit)
    table[tuple(_norm_tokens(_UNITS[lang][0]))] = "0"
    return table


def decode_words(text: str, lang: str, locale: str) -> str | None:
    """Turn a spelled-out (possibly mixed words and digits) run back into digits, or None."""
    table = _phrase_table(lang, locale)
    longest = max(len(k) for k in table)
    tokens = _norm_tokens(text)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isdigit() or (token.startswith("+") and token[1:].isdigit()):
            out.append(token)
            i += 1
            continue
        repeat = _MULTIPLIERS.get(lang, {}).get(token)
        if repeat is not None and i + 1 < len(tokens) and (tokens[i + 1],) in table:
            out.append(table[(tokens[i + 1],)] * repeat)
            i += 2
            continue
        for size in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(tokens[i : i + size])
            if key in table:
                out.append(table[key])
                i += size
                break
        else:
            return None
    return "".join(out)


def _digit_word(d: int, lang: str, locale: str, rng: random.Random) -> str:
    alts = {**_ALT_UNITS.get(lang, {}), **_ALT_UNITS.get(locale, {})}.get(d, [])
    if alts and rng.random() < 0.35:
        return rng.choice(alts)
    word = _UNITS[lang][d]
    if rng.random() < 0.3:
        word = _strip_accents(word)
    return word


def spell_digits(digits: str, lang: str, locale: str, rng: random.Random, mixed: bool) -> str:
    """Spell a digit run in chunks: single digits, pairs, hundreds, "double", digits if mixed."""
    pieces: list[str] = []
    i = 0
    while i < len(digits):
        size = rng.choice([1, 1, 2, 2, 2, 3])
        chunk = digits[i : i + size]
        i += len(chunk)
        if mixed and rng.random() < 0.3:
            pieces.append(chunk)
        elif (
            len(chunk) > 1 and chunk[0] != "0" and rng.random() < (0.7 if len(chunk) == 2 else 0.3)
        ):
            phrase = number_phrase(int(chunk), lang, locale)
            pieces.append(_strip_accents(phrase) if rng.random() < 0.3 else phrase)
        elif lang == "en" and len(chunk) > 1 and len(set(chunk)) == 1 and rng.random() < 0.7:
            word = "double" if len(chunk) == 2 else "triple"
            pieces.append(f"{word} {_digit_word(int(chunk[0]), lang, locale, rng)}")
        else:
            pieces.extend(_digit_word(int(d), lang, locale, rng) for d in chunk)
    joiner = rng.choice([" ", " ", ", ", " - "]) if len(pieces) > 4 else " "
    return joiner.join(pieces)
