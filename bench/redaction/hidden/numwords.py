"""Two-digit number words (10-99) per language, for numbers read out in pairs.

French phone numbers are read in pairs ("zéro six, douze, trente-quatre"), card groups and
expiries often are too ("forty-one eleven", "oh six twenty-seven"); Belgian and Swiss French
say septante/huitante/nonante.
"""

from __future__ import annotations

import re

UNITS = {
    "en": ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "pt": "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
}
TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
}
ES_VEINTI = [
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
]
ES_VEINTI += ["veintisiete", "veintiocho", "veintinueve"]


def pair_words(n: int, lang: str, swiss_belgian: bool = False) -> str:
    """Words for 10 <= n <= 99."""
    tens, unit = divmod(n, 10)
    if tens == 1:
        return TEENS[lang].split()[unit]
    if lang == "es" and tens == 2:
        return ES_VEINTI[unit]
    if lang == "fr":
        return _fr(n, swiss_belgian)
    word = TENS[lang].split()[tens - 2]
    if unit == 0:
        return word
    u = UNITS[lang][unit]
    if lang == "en":
        return f"{word}-{u}"
    if lang == "es":
        return f"{word} y {u}"
    if lang == "pt":
        return f"{word} e {u}"
    return f"{u}und{word}"  # German: einundzwanzig


def _fr(n: int, sb: bool) -> str:
    tens, unit = divmod(n, 10)
    if sb and tens in (7, 8, 9):
        word = {7: "septante", 8: "huitante", 9: "nonante"}[tens]
        return word if unit == 0 else f"{word}{' et ' if unit == 1 else '-'}{UNITS['fr'][unit]}"
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        teen = TEENS["fr"].split()[unit]
        return f"{base}{' et ' if n == 71 else '-'}{teen}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{UNITS['fr'][unit]}"
    word = TENS["fr"].split()[tens - 2]
    if unit == 0:
        return word
    return f"{word}{' et ' if unit == 1 else '-'}{UNITS['fr'][unit]}"


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[\s,.-]+", text.lower()) if t)


# phrase (as tokens) -> two digits, every language and French variant together
PAIRS: dict[tuple[str, ...], str] = {}
for _lang in UNITS:
    for _n in range(10, 100):
        for _sb in (False, True):
            PAIRS[_tokens(pair_words(_n, _lang, _sb))] = f"{_n:02d}"
LONGEST = max(len(k) for k in PAIRS)
