"""Digits as words in the five languages, and the parser that reads them back.

Spelling: single digits, pairs (0-99, as French and German speakers read phone numbers),
"double/triple" in English, regional forms (Belgian/Swiss septante/huitante/nonante,
Brazilian "meia" for six, German "zwo"), and missing accents. The parser is used only by the
round-trip self-check, so it reads exactly what the speller writes.
"""

from __future__ import annotations

import re
from functools import cache
from random import Random

UNITS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
ALT_UNITS = {
    "en": {"0": ["oh", "o"]},
    "de": {"2": ["zwo"]},
    "pt-BR": {"6": ["meia"]},
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
    "fr": ["", "", "vingt", "trente", "quarante", "cinquante", "soixante", "", "", ""],
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
PT_PT_TEENS = {16: "dezasseis", 17: "dezassete", 19: "dezanove"}


def pair_word(n: int, lang: str, locale: str) -> str:
    """Words for 10..99 (callers spell 0..9 with UNITS)."""
    t, u = divmod(n, 10)
    if t == 1:
        if lang == "pt" and locale == "pt-PT" and n in PT_PT_TEENS:
            return PT_PT_TEENS[n]
        return TEENS[lang][u]
    if lang == "en":
        return TENS["en"][t] + ("" if u == 0 else "-" + UNITS["en"][u])
    if lang == "es":
        if t == 2:
            return ES_VEINTI[u]
        return TENS["es"][t] + ("" if u == 0 else " y " + UNITS["es"][u])
    if lang == "pt":
        return TENS["pt"][t] + ("" if u == 0 else " e " + UNITS["pt"][u])
    if lang == "de":
        if u == 0:
            return TENS["de"][t]
        unit = "ein" if u == 1 else UNITS["de"][u]
        return unit + "und" + TENS["de"][t]
    # French, with Belgian and Swiss tens
    regional = {7: "septante", 8: "huitante" if locale == "fr-CH" else "quatre-vingt", 9: "nonante"}
    if (locale in ("fr-BE", "fr-CH") and t in (7, 9)) or (locale == "fr-CH" and t == 8):
        base = regional[t]
        return base + ("" if u == 0 else (" et un" if u == 1 else "-" + UNITS["fr"][u]))
    if t in (2, 3, 4, 5, 6):
        base = TENS["fr"][t]
        return base + ("" if u == 0 else (" et un" if u == 1 else "-" + UNITS["fr"][u]))
    if t == 7:
        return "soixante" + (" et onze" if u == 1 else "-" + TEENS["fr"][u])
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + UNITS["fr"][u]
    return "quatre-vingt-" + TEENS["fr"][u]


HUNDREDS = {
    "es": [
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
    ],
    "pt": [
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
    ],
}


def hundred_words(n: int, lang: str, locale: str) -> list[str]:
    """Every way this speller writes 100..999 (the first is the usual one)."""
    h, rest = divmod(n, 100)
    tail = "" if rest == 0 else (UNITS[lang][rest] if rest < 10 else pair_word(rest, lang, locale))
    if lang == "en":
        head = UNITS["en"][h] + " hundred"
        return [head] if not tail else [f"{head} {tail}", f"{head} and {tail}"]
    if lang == "es":
        if n == 100:
            return ["cien"]
        return [HUNDREDS["es"][h] + (f" {tail}" if tail else "")]
    if lang == "pt":
        if n == 100:
            return ["cem"]
        return [HUNDREDS["pt"][h] + (f" e {tail}" if tail else "")]
    if lang == "fr":
        head = "cent" if h == 1 else f"{UNITS['fr'][h]} cent" + ("s" if not tail else "")
        return [head + (f" {tail}" if tail else "")]
    head = ("ein" if h == 1 else UNITS["de"][h]) + "hundert"
    return [head + ("" if not tail else ("eins" if rest == 1 else tail))]


def strip_accents(s: str) -> str:
    table = str.maketrans("áéíóúâêôãõçüöäèà", "aeiouaeoaocuoaea")
    return s.translate(table).replace("ß", "ss")


@cache
def _vocab(lang: str, locale: str) -> dict[str, str]:
    vocab: dict[str, str] = {}
    for d, w in enumerate(UNITS[lang]):
        vocab[w] = str(d)
    for key in (lang, locale):
        for d, ws in ALT_UNITS.get(key, {}).items():
            for w in ws:
                vocab[w] = d
    for loc in {locale, lang + "-XX", "pt-PT", "fr-BE", "fr-CH"}:
        if not loc.startswith(lang):
            continue
        for n in range(10, 100):
            vocab[pair_word(n, lang, loc)] = str(n)
        for n in range(100, 1000):
            for form in hundred_words(n, lang, loc):
                vocab[form] = str(n)
    vocab.update({strip_accents(k): v for k, v in list(vocab.items())})
    return vocab


def spell(value: str, lang: str, locale: str, rng: Random) -> str:
    """Spell the digits of `value` (other characters kept as separators)."""
    style = rng.choice(["single", "single", "pairs", "mixed", "hundreds"])
    drop_accents = rng.random() < 0.35
    if style == "hundreds":
        return _spell_hundreds(value, lang, locale, rng, drop_accents)
    words: list[str] = []
    i = 0
    while i < len(value):
        c = value[i]
        if not c.isdigit():
            if c.isalpha():  # letters of an identifier (NIE, DNI) are read out as letters
                words.append(c)
            i += 1
            continue
        # no pair ending in zero: "seventy three" would read as 73, not 7-0-3
        if (
            style == "pairs"
            and i + 1 < len(value)
            and value[i + 1].isdigit()
            and c != "0"
            and value[i + 1] != "0"
        ):
            words.append(pair_word(int(value[i : i + 2]), lang, locale))
            i += 2
            continue
        run = 1
        while lang == "en" and i + run < len(value) and value[i + run] == c and run < 3:
            run += 1
        if run >= 2 and rng.random() < 0.7:
            words.append(("double " if run == 2 else "triple ") + _unit(c, lang, locale, rng))
            i += run
            continue
        if style == "mixed" and rng.random() < 0.4:
            words.append(c)
        else:
            words.append(_unit(c, lang, locale, rng))
        i += 1
    text = rng.choice([" ", " ", ", ", "-"] if style == "single" else [" "]).join(words)
    if style == "mixed":
        text = " ".join(words)
    return strip_accents(text) if drop_accents else text


def _spell_hundreds(value: str, lang: str, locale: str, rng: Random, drop_accents: bool) -> str:
    """Three-digit groups as hundreds ("four hundred and twelve"), other groups digit by digit;
    groups are separated by commas, as people pause between them."""
    chunks = []
    for run in re.findall(r"[0-9]+|[A-Za-z]", value):
        if len(run) == 3 and run[0] != "0":
            chunks.append(rng.choice(hundred_words(int(run), lang, locale)))
        else:
            spoken = [run] if run.isalpha() else [_unit(c, lang, locale, rng) for c in run]
            chunks.append(" ".join(spoken))
    text = ", ".join(chunks)
    return strip_accents(text) if drop_accents else text


def _unit(c: str, lang: str, locale: str, rng: Random) -> str:
    alts = ALT_UNITS.get(lang, {}).get(c, []) + ALT_UNITS.get(locale, {}).get(c, [])
    if alts and rng.random() < 0.5:
        return rng.choice(alts)
    return UNITS[lang][int(c)]


def parse(text: str, lang: str, locale: str) -> str:
    """Digits written by `spell` (self-check only)."""
    if "," in text:  # a comma is a pause between groups: read each group on its own
        return "".join(parse(chunk, lang, locale) for chunk in text.split(",") if chunk.strip())
    vocab = _vocab(lang, locale)
    tokens = text.split()
    # hyphenated pairs ("forty-two", "dix-sept") stay tokens; dash-separated digit lists split
    expanded: list[str] = []
    for tok in tokens:
        if tok in vocab or tok.lower() in vocab:
            expanded.append(tok)
        else:
            expanded.extend(t for t in tok.split("-") if t)
    tokens = expanded
    out: list[str] = []
    i = 0
    repeat = 1
    while i < len(tokens):
        tok = tokens[i].lower()
        if tok in ("double", "triple"):
            repeat = 2 if tok == "double" else 3
            i += 1
            continue
        if len(tok) == 1 and tok.isalpha() and tok not in vocab:
            out.append(tok.upper())
            i += 1
            continue
        if tok.isdigit():
            out.append(tok * repeat)
            repeat = 1
            i += 1
            continue
        for width in (6, 5, 4, 3, 2, 1):
            cand = " ".join(t.lower() for t in tokens[i : i + width])
            if len(tokens[i : i + width]) == width and cand in vocab:
                out.append(vocab[cand] * repeat)
                repeat = 1
                i += width
                break
        else:
            raise ValueError(f"unreadable number word {tok!r}")
    return "".join(out)
