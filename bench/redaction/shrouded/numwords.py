"""Digits as words in the five languages, and the reader that turns them back into digits.

A rendering is a list of chunks (one, two or three digits, or literal digits); the reader
parses the words greedily, longest match first, so the renderer retries any choice of chunks
the reader would misread (``forty`` followed by ``one`` reads as 41, as a person would).
"""

from __future__ import annotations

import random
import re
import unicodedata

EN_ONES = [
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
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES_ONES = [
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
ES_HUND = [
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
FR_ONES = [
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
FR_TENS = ["_", "_", "vingt", "trente", "quarante", "cinquante", "soixante"]
DE_ONES = [
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
PT_ONES_BR = [
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
    "quatorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
PT_ONES_PT = [
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
PT_HUND = [
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


def _en(n: int) -> str:
    if n < 20:
        return EN_ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return EN_TENS[t] + ("" if o == 0 else "-" + EN_ONES[o])
    h, r = divmod(n, 100)
    return EN_ONES[h] + " hundred" + ("" if r == 0 else " " + _en(r))


def _es(n: int) -> str:
    if n < 30:
        return ES_ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return ES_TENS[t] + ("" if o == 0 else " y " + ES_ONES[o])
    if n == 100:
        return "cien"
    h, r = divmod(n, 100)
    return ES_HUND[h] + ("" if r == 0 else " " + _es(r))


def _fr(n: int, variant: str) -> str:
    if n < 20:
        return FR_ONES[n]
    t, o = divmod(n, 10)
    if n < 70 or (variant in ("BE", "CH") and n < 100):
        word = (
            FR_TENS[t]
            if t < 7
            else {7: "septante", 8: "huitante" if variant == "CH" else "", 9: "nonante"}[t]
        )
        if word == "":
            return _fr_std80(n)
        if o == 0:
            return word
        return word + (" et un" if o == 1 else "-" + FR_ONES[o])
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + FR_ONES[n - 60])
    if n < 100:
        return _fr_std80(n)
    h, r = divmod(n, 100)
    head = "cent" if h == 1 else FR_ONES[h] + " cent" + ("s" if r == 0 else "")
    return head + ("" if r == 0 else " " + _fr(r, variant))


def _fr_std80(n: int) -> str:
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + FR_ONES[n - 80]


def _de(n: int, variant: str) -> str:
    ones = list(DE_ONES)
    if variant == "zwo":
        ones[2] = "zwo"
    if n < 20:
        return ones[n]
    if n < 100:
        t, o = divmod(n, 10)
        if o == 0:
            return DE_TENS[t]
        return ("ein" if o == 1 else DE_ONES[o]) + "und" + DE_TENS[t]
    h, r = divmod(n, 100)
    return ("ein" if h == 1 else DE_ONES[h]) + "hundert" + ("" if r == 0 else _de(r, variant))


def _pt(n: int, variant: str) -> str:
    ones = list(PT_ONES_PT if variant == "PT" else PT_ONES_BR)
    if variant == "meia":
        ones[6] = "meia"
    if n < 20:
        return ones[n]
    if n < 100:
        t, o = divmod(n, 10)
        return PT_TENS[t] + ("" if o == 0 else " e " + ones[o])
    if n == 100:
        return "cem"
    h, r = divmod(n, 100)
    return PT_HUND[h] + ("" if r == 0 else " e " + _pt(r, variant))


def number_words(n: int, lang: str, variant: str = "") -> str:
    if lang == "en":
        return _en(n)
    if lang == "es":
        return _es(n)
    if lang == "fr":
        return _fr(n, variant)
    if lang == "de":
        return _de(n, variant)
    return _pt(n, variant)


def norm(text: str) -> str:
    text = text.lower().replace("ß", "ss")
    text = text.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


TOKEN_SPLIT = re.compile(r"[\s,;\-./]+")


def tokens(text: str) -> list[str]:
    return [t for t in TOKEN_SPLIT.split(norm(text)) if t]


ZERO_PAIR = {"en": ["oh", "o"], "es": [], "fr": [], "de": [], "pt": []}
DOUBLE = {"en": {"double": 2, "triple": 3}, "es": {}, "fr": {}, "de": {}, "pt": {}}
PLUS = {"plus", "mas", "mais"}
VARIANTS = {
    "en": [""],
    "es": [""],
    "fr": ["", "BE", "CH"],
    "de": ["", "zwo"],
    "pt": ["", "PT", "meia"],
}


def _lexicon(lang: str) -> dict[tuple[str, ...], str]:
    lex: dict[tuple[str, ...], str] = {}
    for variant in VARIANTS[lang]:
        for n in range(1000):
            words = number_words(n, lang, variant)
            key = tuple(tokens(words))
            digits = str(n)
            if key in lex and len(lex[key]) != len(digits):
                continue
            lex[key] = digits
        if lang == "en":
            for n in range(100, 1000):
                h, r = divmod(n, 100)
                if r:
                    lex[tuple(tokens(f"{EN_ONES[h]} hundred and {_en(r)}"))] = str(n)
    if lang == "en":
        for d in range(10):
            for z in ZERO_PAIR["en"]:
                lex[(z, *tokens(EN_ONES[d]))] = "0" + str(d)
            lex[("oh",)] = "0"
    if lang == "es":
        lex[("veintiun",)] = "21"
    if lang == "pt":
        lex[("duas",)] = "2"
        lex[("uma",)] = "1"
    return lex


LEXICONS = {lang: _lexicon(lang) for lang in ("en", "es", "fr", "de", "pt")}
MAX_KEY = {lang: max(len(k) for k in lex) for lang, lex in LEXICONS.items()}
EN_DIGIT_WORDS = {tuple(tokens(w)): str(i) for i, w in enumerate(EN_ONES[:10])}


def decode_words(text: str, lang: str) -> str | None:
    """Digits spelled in ``text`` (words, digits, ``double five``); None for an unknown token."""
    toks = tokens(text)
    lex = LEXICONS[lang]
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in PLUS:
            i += 1
            continue
        if t in DOUBLE[lang] and i + 1 < len(toks) and (toks[i + 1],) in EN_DIGIT_WORDS:
            out.append(EN_DIGIT_WORDS[(toks[i + 1],)] * DOUBLE[lang][t])
            i += 2
            continue
        for k in range(min(MAX_KEY[lang], len(toks) - i), 0, -1):
            key = tuple(toks[i : i + k])
            if key in lex:
                out.append(lex[key])
                i += k
                break
        else:
            return None
    return "".join(out)


def spell(digits: str, lang: str, rng: random.Random, variant: str = "") -> str:
    """Digits as words, chunked the way people read numbers out; retried until it reads back."""
    for _ in range(200):
        text = _spell_once(digits, lang, rng, variant)
        if decode_words(text, lang) == digits:
            return text
    raise AssertionError(f"cannot spell {len(digits)} digits in {lang}")


def _spell_once(digits: str, lang: str, rng: random.Random, variant: str) -> str:
    style = rng.randrange(4)
    chunks: list[str] = []
    i = 0
    while i < len(digits):
        if style == 0:
            size = 1
        elif style == 1:
            size = 2
        else:
            size = rng.choice([1, 2, 2, 3]) if style == 2 else rng.choice([1, 2])
        size = min(size, len(digits) - i)
        chunks.append(digits[i : i + size])
        i += size
    words: list[str] = []
    mixed = rng.random() < 0.15
    for ch in chunks:
        if mixed and rng.random() < 0.3:
            words.append(ch)
            continue
        if lang == "en" and len(ch) == 2 and ch[0] == ch[1] and rng.random() < 0.5:
            words.append("double " + EN_ONES[int(ch[0])])
            continue
        if lang == "en" and len(ch) == 2 and ch[0] == "0":
            words.append("oh " + EN_ONES[int(ch[1])])
            continue
        if len(ch) > 1 and (ch[0] == "0" or (len(ch) == 3 and ch[1] == "0")):
            words.extend(number_words(int(c), lang, variant) for c in ch)
            continue
        if lang == "en" and ch == "0" and rng.random() < 0.4:
            words.append("oh")
            continue
        words.append(number_words(int(ch), lang, variant))
    sep = rng.choice([" ", " ", ", ", " - ", " "])
    return sep.join(words)
