"""Spoken forms customers type: digits as words, email "at"/"dot", months, noise between groups."""

from __future__ import annotations

import random

UNITS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
TEENS = {
    "en": [
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
    ],
    "es": [
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
    ],
    "fr": [
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
    ],
    "de": [
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
    ],
    "pt": [
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
    ],
}
TENS = {
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "es": [
        "",
        "",
        "veinte",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ],
    "fr": [
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
    ],
    "de": [
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
    ],
    "pt": [
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
    ],
}
ES_VEINTI = (
    "veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
    "veintiocho veintinueve"
)


def two_digits(n: int, lang: str, locale: str) -> str:
    """Words for 0..99 as a native speaker of the locale writes them."""
    u = UNITS[lang]
    if n < 10:
        return u[n]
    if n < 20:
        if lang == "pt" and locale == "pt-PT":
            return {16: "dezasseis", 17: "dezassete", 19: "dezanove"}.get(n, TEENS[lang][n - 10])
        return TEENS[lang][n - 10]
    t, d = divmod(n, 10)
    if lang == "en":
        return TENS["en"][t] + ("-" + u[d] if d else "")
    if lang == "es":
        if t == 2:
            return ES_VEINTI.split()[d]
        return TENS["es"][t] + (" y " + u[d] if d else "")
    if lang == "pt":
        return TENS["pt"][t] + (" e " + u[d] if d else "")
    if lang == "de":
        if not d:
            return TENS["de"][t]
        return ("ein" if d == 1 else u[d]) + "und" + TENS["de"][t]
    # French, with septante/nonante in Belgium and Switzerland (huitante in Switzerland too).
    if locale in ("fr-BE", "fr-CH") and t in (7, 8, 9):
        base = {
            7: "septante",
            8: "huitante" if locale == "fr-CH" else "quatre-vingt",
            9: "nonante",
        }[t]
        if t == 8 and locale == "fr-BE":
            return "quatre-vingts" if not d else "quatre-vingt-" + u[d]
        return base + (" et un" if d == 1 else ("-" + u[d] if d else ""))
    if t in (7, 9):
        rest = 10 + d
        head = TENS["fr"][t]
        if t == 7 and d == 1:
            return "soixante et onze"
        return head + "-" + TEENS["fr"][rest - 10]
    if t == 8:
        return "quatre-vingts" if not d else "quatre-vingt-" + u[d]
    if d == 1:
        return TENS["fr"][t] + " et un"
    return TENS["fr"][t] + ("-" + u[d] if d else "")


ES_HUNDREDS = [
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
]
ES_HUNDREDS += ["ochocientos", "novecientos"]
PT_HUNDREDS = [
    "cento",
    "duzentos",
    "trezentos",
    "quatrocentos",
    "quinhentos",
    "seiscentos",
    "setecentos",
]
PT_HUNDREDS += ["oitocentos", "novecentos"]


def three_digits(n: int, lang: str, locale: str) -> str:
    """Words for 100..999 ("four hundred and eleven", "cuatrocientos once", "vierhundertelf")."""
    h, rest = divmod(n, 100)
    tail = two_digits(rest, lang, locale) if rest else ""
    if lang == "en":
        head = UNITS["en"][h] + " hundred"
        joiner = (
            " and " if locale in ("en-GB", "en-IE", "en-AU", "en-NZ", "en-ZA", "en-IN") else " "
        )
        return head + (joiner + tail if rest else "")
    if lang == "es":
        head = "cien" if h == 1 and not rest else ES_HUNDREDS[h - 1]
        return head + (" " + tail if rest else "")
    if lang == "pt":
        head = "cem" if h == 1 and not rest else PT_HUNDREDS[h - 1]
        return head + (" e " + tail if rest else "")
    if lang == "de":
        head = ("ein" if h == 1 else UNITS["de"][h]) + "hundert"
        return head + tail
    head = "cent" if h == 1 else UNITS["fr"][h] + (" cents" if not rest else " cent")
    return head + (" " + tail if rest else "")


DOUBLE = {"en": "double", "es": "doble", "fr": "double", "de": "doppel", "pt": "duplo"}


def spell_group(group: str, lang: str, locale: str, rng: random.Random, mode: str) -> str:
    ds = [c for c in group if c.isdigit()]
    if mode == "hundreds" and len(ds) == 3 and ds[0] != "0":
        return three_digits(int("".join(ds)), lang, locale)
    if mode in ("pairs", "hundreds") and len(ds) % 2 == 0 and ds[0] != "0":
        return " ".join(
            two_digits(int(ds[i] + ds[i + 1]), lang, locale) for i in range(0, len(ds), 2)
        )
    out: list[str] = []
    i = 0
    while i < len(ds):
        word = UNITS[lang][int(ds[i])]
        if lang == "en" and ds[i] == "0" and rng.random() < 0.5:
            word = "oh"
        if lang == "pt" and locale == "pt-BR" and ds[i] == "6" and rng.random() < 0.6:
            word = "meia"  # Brazilians say "meia" for six when reading numbers out
        if lang == "de" and ds[i] == "2" and rng.random() < 0.4:
            word = "zwo"
        if mode == "double" and i + 1 < len(ds) and ds[i + 1] == ds[i]:
            if lang == "en" and i + 2 < len(ds) and ds[i + 2] == ds[i]:
                out.append("triple " + word)
                i += 3
                continue
            out.append(
                f"{DOUBLE[lang]} {word}" if lang in ("en", "fr") else f"{word} {DOUBLE[lang]}"
            )
            i += 2
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def spell(groups: tuple[str, ...], lang: str, locale: str, rng: random.Random) -> str:
    modes = ["digits", "digits", "pairs", "hundreds"]
    mode = rng.choice([*modes, "double"] if lang in ("en", "fr") else modes)
    sep = rng.choice([" ", ", ", " - ", " "])
    parts = [spell_group(g, lang, locale, rng, mode) for g in groups if any(c.isdigit() for c in g)]
    return sep.join(parts)


AT = {
    "en": [" at ", " (at) ", "[at]", " at "],
    "es": [" arroba ", " arroba ", "(arroba)", " @rroba "],
    "fr": [" arobase ", " arobase ", " at ", " a commercial "],
    "de": [" ät ", " at ", " (at) ", " Klammeraffe "],
    "pt": [" arroba ", " arroba ", " (arroba) ", " at "],
}
DOT = {
    "en": [" dot ", " dot ", "(dot)", " period "],
    "es": [" punto ", " punto ", " pto ", "(punto)"],
    "fr": [" point ", " point ", " pt ", " point "],
    "de": [" punkt ", " Punkt ", " dot ", "(punkt)"],
    "pt": [" ponto ", " ponto ", " pto ", " ponto "],
}
UNDERSCORE = {
    "en": " underscore ",
    "es": " guion bajo ",
    "fr": " tiret du bas ",
    "de": " unterstrich ",
    "pt": " underline ",
}


def spell_email(addr: str, lang: str, rng: random.Random) -> str:
    local, dom = addr.split("@")
    dot = rng.choice(DOT[lang])
    local_s = local.replace(".", dot if rng.random() < 0.6 else ".").replace("_", UNDERSCORE[lang])
    dom_s = dom.replace(".", dot)
    return (local_s + rng.choice(AT[lang]) + dom_s).strip()


MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov", "Dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}
MONTHS_LONG = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}

NOISE = {
    "en": [" | ", " / ", " 👉 ", "\n", " then ", " ... ", " 💳 ", " - and - ", " 🙏 "],
    "es": [" | ", " / ", " 👉 ", "\n", " luego ", " y ", " ... ", " 😅 ", " ✅ "],
    "fr": [" | ", " / ", " 👉 ", "\n", " puis ", " et ", " ... ", " 😊 ", " // "],
    "de": [" | ", " / ", " 👉 ", "\n", " dann ", " und ", " ... ", " 🙈 ", " // "],
    "pt": [" | ", " / ", " 👉 ", "\n", " depois ", " e ", " ... ", " 😬 ", " ✌️ "],
}
