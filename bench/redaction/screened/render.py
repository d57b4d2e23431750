"""How customers print a value: one renderer per obfuscation family, and its inverse.

`render(value, family, ...)` returns the surface text of the value; `unrender(surface, family,
...)` maps a surface back to the normalised value, independently of how it was drawn, so the
self-check can prove every family round trips.
"""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote, unquote

from .values import Value, norm

# ---------------------------------------------------------------- number words
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
        "septante",
        "huitante",
        "nonante",
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


def pair_word(n: int, lang: str, locale: str, rng: random.Random) -> str:
    """Words for 10..99 in the locale's usage."""
    t, u = divmod(n, 10)
    if t == 1:
        w = TEENS[lang][u]
        if locale == "pt-PT":
            w = {16: "dezasseis", 17: "dezassete", 19: "dezanove"}.get(n, w)
        return w
    if lang == "en":
        return TENS["en"][t] + ("" if u == 0 else rng.choice(["-", " "]) + UNITS["en"][u])
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
    # French: France uses soixante-dix / quatre-vingts; Belgium septante/nonante; CH also huitante
    belgian = locale in ("fr-BE", "fr-CH")
    swiss = locale == "fr-CH"
    if t in (7, 9) and not belgian:
        base = "soixante" if t == 7 else "quatre-vingt"
        rest = 10 + u
        tail = TEENS["fr"][rest - 10]
        return base + ("-et-" if t == 7 and u == 1 else "-") + tail
    if t == 8 and not swiss:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + UNITS["fr"][u]
    tens = TENS["fr"][t]
    if u == 0:
        return tens
    if u == 1:
        return tens + rng.choice([" et un", "-et-un"])
    return tens + "-" + UNITS["fr"][u]


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


def hundred_word(n: int, lang: str, locale: str, rng: random.Random) -> str:
    """Words for 100..999 ('five hundred and twelve', 'quinientos doce', 'cinq cent douze')."""
    h, rest = divmod(n, 100)
    tail = (
        ""
        if rest == 0
        else (UNITS[lang][rest] if rest < 10 else pair_word(rest, lang, locale, rng))
    )
    if lang == "en":
        head = UNITS["en"][h] + " hundred"
        if not tail:
            return head
        return head + (" and " if locale != "en-US" and rng.random() < 0.7 else " ") + tail
    if lang == "es":
        if n == 100:
            return "cien"
        return ES_HUNDREDS[h] + (" " + tail if tail else "")
    if lang == "pt":
        if n == 100:
            return "cem"
        return PT_HUNDREDS[h] + (" e " + tail if tail else "")
    if lang == "de":
        head = (
            ("ein" if rng.random() < 0.5 else "") + "hundert"
            if h == 1
            else UNITS["de"][h] + "hundert"
        )
        if rest == 1:
            tail = "eins"
        return head + tail
    head = "cent" if h == 1 else UNITS["fr"][h] + (" cent" if rest else " cents")
    return head + (" " + tail if tail else "")


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _vocab(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    rng = random.Random("vocab")
    locs = {
        "en": ["en-US"],
        "es": ["es-ES"],
        "pt": ["pt-BR", "pt-PT"],
        "de": ["de-DE"],
        "fr": ["fr-FR", "fr-BE", "fr-CH"],
    }[lang]
    for i, w in enumerate(UNITS[lang]):
        out[_key(w)] = str(i)
    for loc in locs:
        for n in range(10, 100):
            for _ in range(3):
                out[_key(pair_word(n, lang, loc, rng))] = str(n)
        for n in range(100, 1000):
            for _ in range(8):
                out[_key(hundred_word(n, lang, loc + "x", rng))] = str(n)
                out[_key(hundred_word(n, lang, loc, rng))] = str(n)
    extra = {
        "en": {"oh": "0", "o": "0", "nought": "0"},
        "es": {"un": "1", "una": "1"},
        # a reader hears "quatre vingt" as 80 and "deux cent" as 200: so does the parser
        "fr": {
            "une": "1",
            "quatre vingt": "80",
            "quatre vingts": "80",
            **{f"{_key(UNITS['fr'][h])} cent": f"{h}00" for h in range(2, 10)},
        },
        "de": {"zwo": "2", "eins": "1", "ein": "1"},
        "pt": {"uma": "1", "meia": "6", "catorze": "14", "quatorze": "14"},
    }[lang]
    out.update(extra)
    # a round ten followed by a unit reads as one number ("treinta uno", "quatre-vingts-un"):
    # the parser reads it so too, so the renderer never emits it for two separate digits
    for key, val in list(out.items()):
        if len(val) == 2 and val.endswith("0"):
            for u in range(1, 10):
                out.setdefault(f"{key} {_key(UNITS[lang][u])}", str(int(val) + u))
    return out


def _key(w: str) -> str:
    return " ".join(re.split(r"[\s\-]+", strip_accents(w.lower()).replace("ß", "ss")))


VOCAB = {lang: _vocab(lang) for lang in UNITS}
REPEAT = {"double": 2, "triple": 3}


def spell_digits(ds: str, lang: str, locale: str, rng: random.Random) -> str:
    """Digits as words: singles, pairs, 'double five', mixed with digits, maybe no accents."""
    out: list[str] = []
    i = 0
    mixed = rng.random() < 0.25
    while i < len(ds):
        run = len(ds[i:]) - len(ds[i:].lstrip(ds[i]))
        if lang == "en" and run >= 2 and rng.random() < 0.7:
            k = 3 if run >= 3 and rng.random() < 0.5 else 2
            out.append(("double " if k == 2 else "triple ") + _unit(ds[i], lang, locale, rng))
            i += k
            continue
        if ds[i] != "0" and i + 2 < len(ds) and rng.random() < 0.12:
            out.append(hundred_word(int(ds[i : i + 3]), lang, locale, rng))
            i += 3
            continue
        if ds[i] != "0" and i + 1 < len(ds) and rng.random() < 0.35:
            out.append(pair_word(int(ds[i : i + 2]), lang, locale, rng))
            i += 2
            continue
        if mixed and rng.random() < 0.3:
            out.append(ds[i])
        else:
            out.append(_unit(ds[i], lang, locale, rng))
        i += 1
    text = (
        rng.choice([" ", " ", " ", ", ", "-"]).join(out)
        if lang != "de" or rng.random() < 0.8
        else " ".join(out)
    )
    if rng.random() < 0.3:
        text = strip_accents(text)
    return text


def _unit(d: str, lang: str, locale: str, rng: random.Random) -> str:
    if lang == "en" and d == "0" and rng.random() < 0.4:
        return "oh"
    if lang == "de" and d == "2" and rng.random() < 0.3:
        return "zwo"
    if locale == "pt-BR" and d == "6" and rng.random() < 0.4:
        return "meia"
    return UNITS[lang][int(d)]


def parse_spelled(text: str, lang: str) -> str:
    """Words back to digits; a comma always ends a number."""
    return "".join(_parse_words(part, lang) for part in text.split(","))


def _parse_words(text: str, lang: str) -> str:
    toks = _key(text).split()
    vocab = VOCAB[lang]
    out, i = [], 0
    while i < len(toks):
        if toks[i].isdigit():
            out.append(toks[i])
            i += 1
            continue
        if lang == "en" and toks[i] in REPEAT and i + 1 < len(toks):
            out.append(vocab[toks[i + 1]] * REPEAT[toks[i]])
            i += 2
            continue
        for n in range(5, 0, -1):
            k = " ".join(toks[i : i + n])
            if len(toks[i : i + n]) == n and k in vocab:
                out.append(vocab[k])
                i += n
                break
        else:
            raise ValueError(f"unknown number word {toks[i]!r}")
    return "".join(out)


# ---------------------------------------------------------------- noise and regrouping
NOISE_WORDS = {
    "en": ["then", "and", "and then"],
    "es": ["y", "luego", "y luego"],
    "fr": ["et", "puis", "ensuite"],
    "de": ["und", "dann", "und dann"],
    "pt": ["e", "depois", "e depois"],
}
NOISE_SYMS = [
    " | ",
    "|",
    " / ",
    "/",
    ".",
    " . ",
    " 🙂 ",
    "👉",
    " ✨ ",
    "\n",
    " ... ",
    " -- ",
    " * ",
    " • ",
    "🔹",
    " 👍 ",
    "//",
    " _ ",
]


def _groups(v: Value, rng: random.Random) -> list[str]:
    spaced = [f for f in v.forms if re.search(r"[\s\-./]", f)]
    if spaced and rng.random() < 0.6:
        return [g for g in re.split(r"[^0-9A-Za-z]+", rng.choice(spaced)) if g]
    return _chunks(v.compact, rng)


def _chunks(s: str, rng: random.Random, lo: int = 2, hi: int = 5) -> list[str]:
    out, i = [], 0
    while i < len(s):
        k = rng.randint(lo, hi)
        if len(s) - (i + k) == 1:
            k += 1
        out.append(s[i : i + k])
        i += k
    return out


def render(v: Value, family: str, lang: str, locale: str, rng: random.Random) -> str:
    if family in ("plain", "context_only", "url_credentials", "key_value_secret"):
        return rng.choice(v.forms)
    if family == "spaced_or_dashed":
        base = v.compact if v.etype != "PHONE" else norm(rng.choice(v.forms[:2]))
        plus = "+" if v.etype == "PHONE" and base == v.compact and rng.random() < 0.7 else ""
        sep = rng.choice([" ", "-", " - ", "  ", " ", "-"])
        while True:
            parts = _chunks(base, rng)
            if len(parts) > 1:
                return plus + sep.join(parts)
    if family == "split_by_noise":
        parts = _groups(v, rng)
        if len(parts) < 2:
            parts = _chunks(v.compact, rng)
        seps = NOISE_SYMS + [f" {w} " for w in NOISE_WORDS[lang]]
        same = rng.random() < 0.6
        sep = rng.choice(seps)
        out = parts[0]
        for p in parts[1:]:
            out += (sep if same else rng.choice(seps)) + p
        return out
    if family == "letter_substitution":
        base = rng.choice([f for f in v.forms if "0" in f or "1" in f])
        chars = list(base)
        idx = [i for i, c in enumerate(chars) if c in "01"]
        rng.shuffle(idx)
        for i in idx[: max(1, rng.randint(1, len(idx)))]:
            chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
        return "".join(chars)
    if family == "spelled_out":
        ds = norm(v.forms[0]) if v.etype == "PHONE" else norm(rng.choice(v.forms))
        for _ in range(20):  # "twenty" then "one" would read as 21: draw another wording
            text = spell_digits(ds, lang, locale, rng)
            try:
                if parse_spelled(text, lang) == ds:
                    return text
            except ValueError:
                pass
        return " ".join(UNITS[lang][int(d)] for d in ds)
    if family == "email_spelled":
        return spell_email(v.compact, lang, rng)
    if family == "percent_encoded":
        return quote(rng.choice(v.forms), safe="")
    if family == "compact_expiry":
        return v.compact if rng.random() < 0.7 else v.compact[:2] + "20" + v.compact[2:]
    if family == "iban_broken":
        s = v.compact.lower() if rng.random() < 0.35 else v.compact
        parts = _chunks(s, rng, 2, 6)
        out = parts[0]
        for p in parts[1:]:
            out += rng.choice([" ", "  ", "-", " - ", "\n", " ", "   "]) + p
        return out
    raise ValueError(family)


AT = {
    "en": [" at ", " (at) ", " [at] ", " AT ", "(at)"],
    "es": [" arroba ", " (arroba) ", " @ "],
    "fr": [" arobase ", " at ", " (at) ", " arrobase "],
    "de": [" (at) ", " at ", " [at] ", " ät "],
    "pt": [" arroba ", " (arroba) ", " at "],
}
DOT = {
    "en": [" dot ", " (dot) ", " DOT "],
    "es": [" punto ", " (punto) ", " . "],
    "fr": [" point ", " (point) ", " . "],
    "de": [" punkt ", " (punkt) ", " dot "],
    "pt": [" ponto ", " (ponto) ", " . "],
}


def spell_email(e: str, lang: str, rng: random.Random) -> str:
    local, domain = e.split("@")
    at = rng.choice(AT[lang])
    if rng.random() < 0.5:
        dot = rng.choice(DOT[lang])
        local = local.replace(".", dot) if rng.random() < 0.6 else local
        domain = domain.replace(".", dot)
    s = local + at + domain
    return re.sub(r"\s+", " ", s).strip()


AT_RE = re.compile(
    r"\s*(?:\(at\)|\[at\]|\(arroba\)|\bat\b|\barroba\b|\barr?obase\b|\bät\b|@)\s*", re.I
)
DOT_RE = re.compile(
    r"\s*(?:\(dot\)|\(punto\)|\(point\)|\(punkt\)|\(ponto\)|\bdot\b|\bpunto\b|"
    r"\bpoint\b|\bpunkt\b|\bponto\b|\.)\s*",
    re.I,
)


def unspell_email(s: str) -> str:
    local, domain = AT_RE.split(s, maxsplit=1)
    return (DOT_RE.sub(".", local) + "@" + DOT_RE.sub(".", domain)).replace(" ", "").lower()


NOISE_RE = re.compile(
    r"\b(?:and then|then|and|y luego|luego|y|et|puis|ensuite|und dann|und|"
    r"dann|e depois|depois|e)\b"
)


def unrender(surface: str, v: Value, family: str, lang: str) -> bool:
    """True if the surface maps back to the drawn value (independently of the renderer)."""
    if family in ("plain", "context_only", "url_credentials", "key_value_secret"):
        return surface in v.forms
    if family == "email_spelled":
        return unspell_email(surface) == v.compact
    if family == "percent_encoded":
        return unquote(surface) in v.forms
    if family == "letter_substitution":
        if not re.search(r"[OolI]", surface):
            return False
        back = re.sub(r"[Oo]", "0", re.sub(r"[lI]", "1", surface))
        return norm(back) in v.accept
    if family == "spelled_out":
        return parse_spelled(surface, lang) in v.accept
    if family == "split_by_noise":
        return norm(NOISE_RE.sub("", surface)) in v.accept
    return norm(surface) in v.accept
