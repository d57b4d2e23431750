"""Digits as words in the five languages, the way customers type them in chat."""

from __future__ import annotations

import random

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
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
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
ES_LOW = [
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
    "_",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
]
FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
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
DE = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
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
PT = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
PT_TEENS_BR = [
    "dez",
    "onze",
    "doze",
    "treze",
    "catorze",
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


def _fr_pair(n: int, locale: str) -> str:
    belgian_swiss = locale in ("fr-BE", "fr-CH")
    if n < 10:
        return FR[n]
    if n < 20:
        return FR_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    names = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    if belgian_swiss:
        names.update(
            {7: "septante", 8: "huitante" if locale == "fr-CH" else "quatre-vingt", 9: "nonante"}
        )
    if tens in names and not (tens == 8 and names[8] == "quatre-vingt"):
        base = names[tens]
        if unit == 0:
            return base
        return f"{base} et un" if unit == 1 else f"{base}-{FR[unit]}"
    if tens == 7:
        return "soixante et onze" if unit == 1 else f"soixante-{FR_TEENS[unit]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{FR[unit]}"
    return f"quatre-vingt-{FR_TEENS[unit]}"


def pair_word(n: int, lang: str, locale: str) -> str:
    tens, unit = divmod(n, 10)
    if lang == "en":
        if n < 10:
            return EN[n]
        if n < 20:
            return EN_TEENS[n - 10]
        return EN_TENS[tens] + ("" if unit == 0 else "-" + EN[unit])
    if lang == "es":
        if n < 10:
            return ES[n]
        if n < 30:
            return ES_LOW[n - 10]
        return ES_TENS[tens] + ("" if unit == 0 else " y " + ES[unit])
    if lang == "fr":
        return _fr_pair(n, locale)
    if lang == "de":
        if n < 10:
            return DE[n]
        if n < 20:
            return DE_TEENS[n - 10]
        if unit == 0:
            return DE_TENS[tens]
        return ("ein" if unit == 1 else DE[unit]) + "und" + DE_TENS[tens]
    teens = PT_TEENS_BR if locale == "pt-BR" else PT_TEENS_PT
    if n < 10:
        return PT[n]
    if n < 20:
        return teens[n - 10]
    return PT_TENS[tens] + ("" if unit == 0 else " e " + PT[unit])


def digit_word(d: str, lang: str, locale: str, rng: random.Random) -> str:
    i = int(d)
    if lang == "en":
        return "oh" if i == 0 and rng.random() < 0.4 else EN[i]
    if lang == "es":
        return ES[i]
    if lang == "fr":
        return FR[i]
    if lang == "de":
        return "zwo" if i == 2 and rng.random() < 0.4 else DE[i]
    if locale == "pt-BR" and i == 6 and rng.random() < 0.6:
        return "meia"
    return PT[i]


DOUBLE = {"en": "double", "es": "doble", "fr": "double", "de": "doppel", "pt": "duplo"}


def spell(text: str, lang: str, locale: str, rng: random.Random) -> str:
    """Spell the digits of text as words; letters stay as they are; other characters drop."""
    mode = rng.choice(["digits", "digits", "pairs", "double"])
    tokens: list[str] = []
    i = 0
    chars = [c for c in text if c.isalnum()]
    while i < len(chars):
        c = chars[i]
        if not c.isdigit():
            tokens.append(c.upper())
            i += 1
            continue
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if mode == "pairs" and nxt.isdigit() and c != "0":
            tokens.append(pair_word(int(c + nxt), lang, locale))
            i += 2
        elif mode == "double" and nxt == c and lang in ("en", "fr", "pt", "es"):
            tokens.append(f"{DOUBLE[lang]} {digit_word(c, lang, locale, rng)}")
            i += 2
        else:
            tokens.append(digit_word(c, lang, locale, rng))
            i += 1
    sep = rng.choice([" ", " ", ", ", "-", " "])
    return sep.join(tokens)
