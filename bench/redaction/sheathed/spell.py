"""Digits written as words the way customers dictate them, in the five corpus languages."""

from __future__ import annotations

import random

EN = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
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
EN_T = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
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
ES_T = [
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
FR = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
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
FR_T = ["_", "_", "vingt", "trente", "quarante", "cinquante", "soixante"]
DE = [
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
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
DE_T = [
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
PT = [
    "zero",
    "um",
    "dois",
    "três",
    "quatro",
    "cinco",
    "seis",
    "sete",
    "oito",
    "nove",
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
PT_T = [
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


def _en(n: int) -> str:
    if n < 20:
        return EN[n]
    t, u = divmod(n, 10)
    return EN_T[t] + ("-" + EN[u] if u else "")


def _es(n: int) -> str:
    if n < 30:
        return ES[n]
    t, u = divmod(n, 10)
    return ES_T[t] + (" y " + ES[u] if u else "")


def _fr(n: int, belgian: bool) -> str:
    if n < 20:
        return FR[n]
    t, u = divmod(n, 10)
    if belgian and t in (7, 9):
        base = "septante" if t == 7 else "nonante"
        return base + ("" if u == 0 else " et un" if u == 1 else "-" + FR[u])
    if t < 7:
        return FR_T[t] + ("" if u == 0 else " et un" if u == 1 else "-" + FR[u])
    if t == 7:
        return "soixante" + (" et onze" if u == 1 else "-" + FR[10 + u])
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR[u]
    return "quatre-vingt-" + FR[10 + u]


def _de(n: int, swiss: bool) -> str:
    if n < 20:
        return DE[n]
    t, u = divmod(n, 10)
    tens = DE_T[t].replace("ß", "ss") if swiss else DE_T[t]
    return tens if u == 0 else ("ein" if u == 1 else DE[u]) + "und" + tens


def _pt(n: int, european: bool) -> str:
    if n < 20:
        w = PT[n]
        if european:
            w = {"dezesseis": "dezasseis", "dezessete": "dezassete", "dezenove": "dezanove"}.get(
                w, w
            )
        return w
    t, u = divmod(n, 10)
    return PT_T[t] + (" e " + PT[u] if u else "")


def number_word(n: int, lang: str, locale: str) -> str:
    if lang == "en":
        return _en(n)
    if lang == "es":
        return _es(n)
    if lang == "fr":
        return _fr(n, locale in ("fr-BE", "fr-CH"))
    if lang == "de":
        return _de(n, locale == "de-CH")
    return _pt(n, locale != "pt-BR")


def digit_word(d: str, lang: str, locale: str, rng: random.Random) -> str:
    if lang == "en" and d == "0" and rng.random() < 0.5:
        return "oh"
    if lang == "pt" and locale == "pt-BR" and d == "6" and rng.random() < 0.6:
        return "meia"
    if lang == "de" and d == "2" and rng.random() < 0.4:
        return "zwo"
    return number_word(int(d), lang, locale)


def spell(digits: str, groups: list[str], lang: str, locale: str, rng: random.Random) -> str:
    """Spell a digit string: digit by digit, in pairs, or with 'double'/'triple' in English."""
    mode = rng.choice(["digits", "digits", "pairs"] + (["double"] if lang == "en" else []))
    if mode == "pairs" and len(digits) >= 4:
        items = []
        i = 0
        if len(digits) % 2:
            items.append(digit_word(digits[0], lang, locale, rng))
            i = 1
        while i < len(digits):
            pair = digits[i : i + 2]
            if pair[0] == "0":
                items.append(
                    digit_word("0", lang, locale, rng)
                    + " "
                    + digit_word(pair[1], lang, locale, rng)
                )
            else:
                items.append(number_word(int(pair), lang, locale))
            i += 2
        return rng.choice([" ", ", ", " "]).join(items)
    group_sep = rng.choice([" ", ", ", " - ", " "])
    out = []
    for g in groups:
        words = []
        j = 0
        while j < len(g):
            run = 1
            while mode == "double" and j + run < len(g) and g[j + run] == g[j] and run < 3:
                run += 1
            w = digit_word(g[j], lang, locale, rng)
            words.append({1: w, 2: "double " + w, 3: "triple " + w}[run])
            j += run
        out.append(" ".join(words))
    return group_sep.join(out)
