"""Number words, email spellings and noise separators per language, as typed in chat."""

from __future__ import annotations

import random

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}

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
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES_UNDER30 = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
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
    "",
    "",
    "",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
]
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
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "soixante",
    "quatre-vingt",
    "quatre-vingt",
]
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
    "",
    "",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
]
PT_TEENS = [
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
PT_TENS = [
    "",
    "",
    "vinte",
    "trinta",
    "quarenta",
    "cinquenta",
    "sessenta",
    "setenta",
    "oitenta",
    "noventa",
]


def pair_word(lang: str, n: int, locale: str = "") -> str:
    """Words for 10..99 as said in that market."""
    t, u = divmod(n, 10)
    if lang == "en":
        if t == 1:
            return EN_TEENS[u]
        return EN_TENS[t] + ("" if u == 0 else "-" + DIGIT_WORDS["en"][u])
    if lang == "es":
        if n < 30:
            return ES_UNDER30[n]
        return ES_TENS[t] + ("" if u == 0 else " y " + DIGIT_WORDS["es"][u])
    if lang == "fr":
        swiss = locale in ("fr-BE", "fr-CH")
        if t == 1:
            return FR_TEENS[u]
        if swiss and t in (7, 9):
            base = "septante" if t == 7 else "nonante"
            return base + ("" if u == 0 else ("-et-un" if u == 1 else "-" + DIGIT_WORDS["fr"][u]))
        if t in (7, 9):
            teen = FR_TEENS[u]
            return FR_TENS[t] + ("-et-" if (t == 7 and u == 1) else "-") + teen
        if t == 8:
            return "quatre-vingts" if u == 0 else "quatre-vingt-" + DIGIT_WORDS["fr"][u]
        return FR_TENS[t] + ("" if u == 0 else ("-et-un" if u == 1 else "-" + DIGIT_WORDS["fr"][u]))
    if lang == "de":
        if t == 1:
            return DE_TEENS[u]
        if u == 0:
            return DE_TENS[t]
        unit = "ein" if u == 1 else DIGIT_WORDS["de"][u]
        return unit + "und" + DE_TENS[t]
    if t == 1:
        teen = PT_TEENS[u]
        if locale in ("pt-PT", "pt-AO"):
            teen = (
                teen.replace("dezesseis", "dezasseis")
                .replace("dezessete", "dezassete")
                .replace("dezenove", "dezanove")
            )
        return teen
    return PT_TENS[t] + ("" if u == 0 else " e " + DIGIT_WORDS["pt"][u])


ES_HUNDREDS = [
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
]
PT_HUNDREDS = [
    "",
    "cento",
    "duzentos",
    "trezentos",
    "quatrocentos",
    "quinhentos",
    "seiscentos",
    "setecentos",
    "oitocentos",
    "novecentos",
]


def small_word(lang: str, n: int, locale: str) -> str:
    return DIGIT_WORDS[lang][n] if n < 10 else pair_word(lang, n, locale)


def hundreds_word(lang: str, n: int, locale: str) -> str:
    """Words for 100..999, as in "four hundred and eleven"."""
    h, rest = divmod(n, 100)
    tail = small_word(lang, rest, locale) if rest else ""
    if lang == "en":
        head = DIGIT_WORDS["en"][h] + " hundred"
        return head + (" and " + tail if tail else "")
    if lang == "es":
        head = "cien" if (h == 1 and not rest) else ES_HUNDREDS[h]
        return head + (" " + tail if tail else "")
    if lang == "fr":
        head = "cent" if h == 1 else DIGIT_WORDS["fr"][h] + (" cents" if not rest else " cent")
        return head + (" " + tail if tail else "")
    if lang == "de":
        head = ("ein" if h == 1 else DIGIT_WORDS["de"][h]) + "hundert"
        return head + tail
    head = "cem" if (h == 1 and not rest) else PT_HUNDREDS[h]
    return head + (" e " + tail if tail else "")


def digit_word(lang: str, d: str, locale: str, rng: random.Random) -> str:
    w = DIGIT_WORDS[lang][int(d)]
    if lang == "en" and d == "0" and rng.random() < 0.5:
        return "oh"
    if lang == "pt" and d == "6" and locale == "pt-BR" and rng.random() < 0.6:
        return "meia"
    if lang == "de" and d == "2" and rng.random() < 0.3:
        return "zwo"
    return w


def spell_group(lang: str, group: str, locale: str, rng: random.Random, mode: str) -> str:
    if mode == "hundreds" and len(group) == 3 and group[0] != "0":
        return hundreds_word(lang, int(group), locale)
    if mode == "hundreds":
        mode = "pairs"
    if mode == "pairs" and len(group) % 2 == 0:
        out = []
        for i in range(0, len(group), 2):
            p = group[i : i + 2]
            if p[0] == "0":
                out.append(
                    digit_word(lang, p[0], locale, rng) + " " + digit_word(lang, p[1], locale, rng)
                )
            else:
                out.append(pair_word(lang, int(p), locale))
        return " ".join(out)
    words = []
    i = 0
    while i < len(group):
        d = group[i]
        if lang == "en" and mode == "double" and i + 1 < len(group) and group[i + 1] == d:
            if i + 2 < len(group) and group[i + 2] == d:
                words.append("triple " + digit_word(lang, d, locale, rng))
                i += 3
                continue
            words.append("double " + digit_word(lang, d, locale, rng))
            i += 2
            continue
        words.append(digit_word(lang, d, locale, rng))
        i += 1
    return " ".join(words)


def spell(lang: str, groups: list[str], locale: str, rng: random.Random) -> str:
    modes = ["digits", "pairs", "double" if lang == "en" else "digits"]
    if any(len(g) == 3 and g[0] != "0" for g in groups):
        modes.append("hundreds")
    mode = rng.choice(modes)
    sep = rng.choice([", ", " ", " - ", "... "])
    return sep.join(spell_group(lang, g, locale, rng, mode) for g in groups)


AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), (" [at] ", " [dot] "), (" at ", ".")],
    "es": [
        (" arroba ", " punto "),
        (" arroba ", "."),
        (" @rroba ", " punto "),
        (" (arroba) ", " (punto) "),
    ],
    "fr": [
        (" arobase ", " point "),
        (" at ", " point "),
        (" arrobase ", "."),
        (" (at) ", " (point) "),
    ],
    "de": [(" at ", " punkt "), (" ät ", " Punkt "), (" (at) ", " (punkt) "), (" at ", ".")],
    "pt": [
        (" arroba ", " ponto "),
        (" arroba ", "."),
        (" (arroba) ", " (ponto) "),
        (" arroba ", " ponto "),
    ],
}
UNDERSCORE = {
    "en": " underscore ",
    "es": " guion bajo ",
    "fr": " tiret du bas ",
    "de": " Unterstrich ",
    "pt": " underline ",
}
DOT_WORD = {"en": " dot ", "es": " punto ", "fr": " point ", "de": " punkt ", "pt": " ponto "}


def spell_email(lang: str, local: str, domain: str, rng: random.Random) -> str:
    at, dot = rng.choice(AT_DOT[lang])
    left = local.replace("_", UNDERSCORE[lang])
    if rng.random() < 0.5:
        left = left.replace(".", DOT_WORD[lang])
    return (left + at + domain.replace(".", dot)).strip()


NOISE = [" | ", " / ", " 🙂 ", " 👉 ", "\n", " -- ", " ... ", " 🔢 ", " 😅 ", " || ", " ✌️ ", " ; "]
NOISE_WORDS = {
    "en": [" then ", " and ", " space ", " next "],
    "es": [" y ", " luego ", " después ", " y el "],
    "fr": [" puis ", " et ", " ensuite ", " espace "],
    "de": [" dann ", " und ", " leerzeichen ", " danach "],
    "pt": [" depois ", " e ", " aí ", " espaço "],
}


def noise_seps(lang: str, n: int, rng: random.Random) -> list[str]:
    pool = NOISE + NOISE_WORDS[lang]
    if rng.random() < 0.6:
        s = rng.choice(pool)
        return [s] * n
    return [rng.choice(pool) for _ in range(n)]


MONTHS = {
    "en": [
        "jan",
        "feb",
        "march",
        "april",
        "may",
        "june",
        "july",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
    ],
    "es": [
        "enero",
        "feb",
        "marzo",
        "abr",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
    ],
    "fr": [
        "janvier",
        "févr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": [
        "Jan",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
    ],
    "pt": [
        "jan",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "ago",
        "set",
        "out",
        "nov",
        "dez",
    ],
}
