"""Number words per language, with colloquial and regional variants, and their decoder.

Encoding and decoding share one table per language, so every spelled rendering is checked
to read back to its digits.
"""

from __future__ import annotations

import random

UNITS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Colloquial unit variants: "oh" for zero, "zwo" on the phone, "meia" (half dozen) in Brazil.
UNIT_VARIANTS = {
    "en": {"0": ["oh", "o"]},
    "es": {},
    "fr": {},
    "de": {"2": ["zwo"], "5": ["fuenf"]},
    "pt": {"6": ["meia"], "3": ["tres"]},
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
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
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
ES_VEINTI = [
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
FR_TENS = ["_", "_", "vingt", "trente", "quarante", "cinquante", "soixante"]
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


def pair_words(lang: str, n: int, variant: str = "") -> list[str]:
    """All accepted spellings of the two-digit number n (10..99), first is the standard."""
    t, u = divmod(n, 10)
    un = UNITS[lang]
    if lang == "en":
        if n < 20:
            return [EN_TEENS[u]]
        return [EN_TENS[t] + ("-" + un[u] if u else ""), EN_TENS[t] + (" " + un[u] if u else "")]
    if lang == "es":
        if n < 20:
            return [ES_TEENS[u], ES_TEENS[u].replace("é", "e")]
        if n < 30:
            return [ES_VEINTI[u], ES_VEINTI[u].replace("é", "e").replace("ó", "o")]
        return [ES_TENS[t] + (" y " + un[u] if u else "")]
    if lang == "fr":
        if n < 20:
            return [FR_TEENS[u]]
        if n < 70 or (variant == "BE" and n < 100) or (variant == "CH" and n < 100):
            tens = {
                7: "septante",
                8: "huitante" if variant == "CH" else "quatre-vingt",
                9: "nonante",
            }
            w = FR_TENS[t] if t < 7 else tens[t]
            if u == 0:
                return [w + ("s" if w == "quatre-vingt" else "")]
            if u == 1 and t != 8:
                return [w + " et un", w + "-et-un"]
            return [w + "-" + un[u]]
        if t == 7:
            return [
                "soixante et onze" if u == 1 else "soixante-" + FR_TEENS[u],
                "soixante-et-onze",
            ][: 2 if u == 1 else 1]
        if t == 8:
            return ["quatre-vingts" if u == 0 else "quatre-vingt-" + un[u]]
        return ["quatre-vingt-" + FR_TEENS[u]]
    if lang == "de":
        if n < 20:
            return [DE_TEENS[u], DE_TEENS[u].replace("ö", "oe").replace("ü", "ue")]
        if u == 0:
            return [DE_TENS[t], DE_TENS[t].replace("ß", "ss").replace("ü", "ue")]
        w = ("ein" if u == 1 else un[u]) + "und" + DE_TENS[t]
        return [w, w.replace("ß", "ss").replace("ü", "ue")]
    if n < 20:
        teens = PT_TEENS[u]
        pt_pt = {"dezesseis": "dezasseis", "dezessete": "dezassete", "dezenove": "dezanove"}
        alt = [pt_pt[teens]] if teens in pt_pt else []
        return [teens, *alt, *(["quatorze"] if n == 14 else [])]
    return [PT_TENS[t] + (" e " + un[u] if u else "")]


ES_HUNDREDS = [
    "_",
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
    "_",
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


def hundred_words(lang: str, n: int, variant: str = "") -> list[str]:
    """Spellings of n in 100..999 read as a hundreds number ("four hundred fifteen",
    "vierhundertfünfzehn"); only for n ending in 00 or 10..99, the forms people dictate."""
    h, rest = divmod(n, 100)
    tail = pair_words(lang, rest, variant) if rest else [""]
    un = UNITS[lang]
    out: list[str] = []
    for t in tail:
        if lang == "en":
            head = f"{un[h]} hundred"
            out += [head] if not t else [f"{head} {t}", f"{head} and {t}"]
        elif lang == "es":
            head = "cien" if h == 1 and not t else ES_HUNDREDS[h]
            out.append(f"{head} {t}".strip())
        elif lang == "fr":
            head = "cent" if h == 1 else f"{un[h]} cent" + ("s" if not t else "")
            out.append(f"{head} {t}".strip())
        elif lang == "de":
            head = ("ein" if h == 1 else un[h]) + "hundert"
            out += (
                [head + t, f"{head} {t}".strip()] if t else [head, "hundert"] if h == 1 else [head]
            )
        else:
            head = "cem" if h == 1 and not t else PT_HUNDREDS[h]
            out.append(f"{head} e {t}" if t else head)
    return list(dict.fromkeys(out))


def table(lang: str, variant: str = "") -> dict[str, str]:
    """Phrase -> digits, every spelling this module can emit (plus the fr-BE/CH forms)."""
    out: dict[str, str] = {}
    for d, w in enumerate(UNITS[lang]):
        out[w] = str(d)
    for digit, ws in UNIT_VARIANTS[lang].items():
        for w in ws:
            out[w] = digit
    if lang == "es":
        out["un"] = "1"
    for v in ("", "BE", "CH"):
        for n in range(10, 100):
            for w in pair_words(lang, n, v):
                out[w] = f"{n:02d}"
    for v in ("", "BE", "CH"):
        for n in range(100, 1000):
            if n % 100 == 0 or n % 100 >= 10:
                for w in hundred_words(lang, n, v):
                    out[w.lower()] = f"{n:03d}"
    if lang == "en":
        for d, w in enumerate(UNITS["en"]):
            out["double " + w] = str(d) * 2
            out["triple " + w] = str(d) * 3
        out["double oh"] = "00"
    return out


TABLES: dict[str, dict[str, str]] = {lang: table(lang) for lang in UNITS}
PLUS = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}


def spell(digits: str, lang: str, rng: random.Random, variant: str = "") -> str:
    """Digits -> words, mixing single digits, pairs ("forty-one", "neunundneunzig") and
    "double five"; groups are separated by commas or spaces as people dictate them."""
    out: list[str] = []
    i = 0
    use_pairs = rng.random() < 0.5
    while i < len(digits):
        d = digits[i]
        if lang == "en" and i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.5:
            out.append(
                "double " + ("oh" if d == "0" and rng.random() < 0.5 else UNITS["en"][int(d)])
            )
            i += 2
            continue
        rest = digits[i + 1 : i + 3]
        hundreds_ok = len(rest) == 2 and (rest[0] != "0" or rest == "00")
        if use_pairs and d != "0" and hundreds_ok and rng.random() < 0.2:
            out.append(rng.choice(hundred_words(lang, int(digits[i : i + 3]), variant)))
            i += 3
            continue
        if use_pairs and i + 1 < len(digits) and d != "0" and rng.random() < 0.7:
            ws = pair_words(lang, int(digits[i : i + 2]), variant)
            out.append(rng.choice(ws))
            i += 2
            continue
        alts = [UNITS[lang][int(d)], *UNIT_VARIANTS[lang].get(d, [])]
        if lang == "pt" and variant != "BR":
            alts = [a for a in alts if a != "meia"]  # "meia" for six is Brazilian
        out.append(rng.choice(alts) if rng.random() < 0.3 else alts[0])
        i += 1
    sep = rng.choice([" ", " ", ", ", " - "])
    return sep.join(out)


def unspell(text: str, lang: str) -> str:
    """Words -> digits by greedy longest match over up to six tokens."""
    tab = dict(TABLES[lang])
    toks = [t for t in text.replace(",", " ").replace(" - ", " ").split() if t]
    toks = [t for t in toks if t.lower() not in {PLUS[lang], "+"}]
    out, i = [], 0
    while i < len(toks):
        for n in (6, 5, 4, 3, 2, 1):
            phrase = " ".join(toks[i : i + n]).lower()
            if phrase in tab:
                out.append(tab[phrase])
                i += n
                break
        else:
            raise ValueError(f"cannot read {toks[i]!r}")
    return "".join(out)


# Month names and the abbreviations people type on expiry dates ("exp June 27", "venc. dic/29").
MONTHS = {
    "en": "january february march april may june july august september october november december",
    "es": "enero febrero marzo abril mayo junio julio agosto "
    "septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto "
    "setembro outubro novembro dezembro",
}
MONTH_ABBR = {
    "en": "jan feb mar apr may jun jul aug sep oct nov dec",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
}
MONTH_NUMBER = {
    w.lower(): i + 1
    for table in (MONTHS, MONTH_ABBR)
    for names in table.values()
    for i, w in enumerate(names.split())
}


def month_name(month: int, lang: str, rng: random.Random) -> str:
    names = (MONTHS if rng.random() < 0.5 else MONTH_ABBR)[lang].split()
    name = names[month - 1]
    return name.capitalize() if rng.random() < 0.4 else name


def months_to_digits(text: str) -> str:
    """Replace a month word by its two digits (longest names first, so "mars" beats "mar")."""
    low = text.lower()
    for name in sorted(MONTH_NUMBER, key=len, reverse=True):
        if name in low:
            return low.replace(name, f"{MONTH_NUMBER[name]:02d}", 1)
    return text
