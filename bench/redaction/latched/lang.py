# ruff: noqa: E501  (hand-written chat lines and word lists read best unwrapped)
"""Per-language words the renderer needs: digits and pairs as words, months, email spellings, noise."""

from __future__ import annotations

EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

ES_UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
ES_TEENS = [
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
]
ES_TWENTIES = [
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
ES_TENS = [
    "_",
    "_",
    "veinte",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
]

FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
FR_TEENS = [
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
FR_TENS = [
    "_",
    "_",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "_",
    "quatre-vingt",
    "_",
]

DE_UNITS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
DE_TEENS = [
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]
DE_TENS = [
    "_",
    "_",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
]

PT_UNITS = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
PT_TEENS_BR = [
    "dez",
    "onze",
    "doze",
    "treze",
    "quatorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
PT_TEENS_PT = [
    "dez",
    "onze",
    "doze",
    "treze",
    "catorze",
    "quinze",
    "dezasseis",
    "dezassete",
    "dezoito",
    "dezanove",
]
PT_TENS = [
    "_",
    "_",
    "vinte",
    "trinta",
    "quarenta",
    "cinquenta",
    "sessenta",
    "setenta",
    "oitenta",
    "noventa",
]


def pair_word(lang: str, locale: str, n: int) -> str:
    """A number from 0 to 99 in words, as a speaker of the locale says it."""
    if lang == "en":
        if n < 10:
            return EN_UNITS[n]
        if n < 20:
            return EN_TEENS[n - 10]
        return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_UNITS[n % 10])
    if lang == "es":
        if n < 10:
            return ES_UNITS[n]
        if n < 20:
            return ES_TEENS[n - 10]
        if n < 30:
            return ES_TWENTIES[n - 20]
        return ES_TENS[n // 10] + ("" if n % 10 == 0 else " y " + ES_UNITS[n % 10])
    if lang == "fr":
        if n < 10:
            return FR_UNITS[n]
        if n < 20:
            return FR_TEENS[n - 10]
        tens, unit = divmod(n, 10)
        if locale in ("fr-BE", "fr-CH") and tens in (7, 9):
            base = "septante" if tens == 7 else "nonante"
            return base + ("" if unit == 0 else (" et un" if unit == 1 else "-" + FR_UNITS[unit]))
        if tens == 7:
            return "soixante" + (" et onze" if unit == 1 else "-" + FR_TEENS[unit])
        if tens == 9:
            return "quatre-vingt-" + FR_TEENS[unit]
        if tens == 8:
            return "quatre-vingts" if unit == 0 else "quatre-vingt-" + FR_UNITS[unit]
        return FR_TENS[tens] + (
            "" if unit == 0 else (" et un" if unit == 1 else "-" + FR_UNITS[unit])
        )
    if lang == "de":
        if n < 10:
            return DE_UNITS[n]
        if n < 20:
            return DE_TEENS[n - 10]
        tens, unit = divmod(n, 10)
        if unit == 0:
            return DE_TENS[tens]
        return ("ein" if unit == 1 else DE_UNITS[unit]) + "und" + DE_TENS[tens]
    teens = PT_TEENS_BR if locale == "pt-BR" else PT_TEENS_PT
    if n < 10:
        return PT_UNITS[n]
    if n < 20:
        return teens[n - 10]
    tens, unit = divmod(n, 10)
    return PT_TENS[tens] + ("" if unit == 0 else " e " + PT_UNITS[unit])


def digit_word(
    lang: str, locale: str, d: int, oh: bool = False, meia: bool = False, zwo: bool = False
) -> str:
    if lang == "en" and d == 0 and oh:
        return "oh"
    if lang == "pt" and d == 6 and meia:
        return "meia"
    if lang == "de" and d == 2 and zwo:
        return "zwo"
    return pair_word(lang, locale, d)


MONTHS = {
    "en": "january february march april may june july august september october november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTH_ABBR = {
    "en": "jan feb mar apr may jun jul aug sep oct nov dec",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
}

EMAIL_AT = {
    "en": [" at ", " (at) ", " [at] ", " AT "],
    "es": [" arroba ", " (arroba) ", " ARROBA ", " at "],
    "fr": [" arobase ", " (at) ", " arobas ", " a commercial "],
    "de": [" ät ", " (at) ", " [at] ", " at "],
    "pt": [" arroba ", " (arroba) ", " at "],
}
EMAIL_DOT = {
    "en": [" dot ", " (dot) ", " [dot] ", " DOT "],
    "es": [" punto ", " (punto) ", " pto "],
    "fr": [" point ", " (point) ", " pt "],
    "de": [" punkt ", " Punkt ", " (dot) "],
    "pt": [" ponto ", " (ponto) ", " pt "],
}

NOISE = {
    "en": [" 👉 ", " | ", " / ", " then ", "\n", " ... ", " 🙂 ", " - and - ", " 💳 ", " || "],
    "es": [" 👉 ", " | ", " / ", " luego ", "\n", " ... ", " y ", " 😅 ", " || ", " después "],
    "fr": [" 👉 ", " | ", " / ", " puis ", "\n", " ... ", " et ", " 😬 ", " ensuite "],
    "de": [" 👉 ", " | ", " / ", " dann ", "\n", " ... ", " und ", " 🙈 ", " danach "],
    "pt": [" 👉 ", " | ", " / ", " depois ", "\n", " ... ", " e ", " 😅 ", " aí "],
}

DOUBLE = {
    "en": ("double", "triple"),
    "es": ("doble", "triple"),
    "fr": ("double", "triple"),
    "de": ("doppel", "dreifach"),
    "pt": ("duplo", "triplo"),
}

FIRST_NAMES = {
    "en": "james emma oliver chloe liam priya sean aroha thabo jack mia noah grace",
    "es": "maria jose lucia javier camila mateo valentina diego sofia andres carmen pablo",
    "fr": "camille lucas manon hugo chloe louis lea theo ines julien margaux nathan",
    "de": "lukas anna jonas lea felix marie paul sophie leon hannah moritz katrin",
    "pt": "joao ana pedro beatriz lucas mariana rafael julia tiago ines gabriel larissa",
}
SURNAMES = {
    "en": "smith walker obrien patel murphy taylor nguyen brown okafor wilson",
    "es": "garcia martinez lopez hernandez gonzalez rodriguez perez sanchez ramirez torres",
    "fr": "martin bernard dubois thomas robert richard petit durand leroy moreau",
    "de": "mueller schmidt schneider fischer weber meyer wagner becker hoffmann koch",
    "pt": "silva santos oliveira souza pereira costa ferreira almeida carvalho rodrigues",
}
