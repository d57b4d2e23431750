"""Render a canonical value in one obfuscation family, and decode it back.

The generator renders every value, then decodes the rendered text and checks it
gives the canonical value again, so a family can never silently corrupt a value.
"""

from __future__ import annotations

import random
import re
import unicodedata

NUM_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# extra spellings people type: "oh" for zero, "meia" for six in Brazil, missing accents
EXTRA_WORDS = {
    "oh": "0",
    "o": "0",
    "meia": "6",
    "tres": "3",
    "zero": "0",
    "funf": "5",
    "fuenf": "5",
    "zwo": "2",
    "uno": "1",
    "une": "1",
}
NOISE = ["🙂", "👉", "|", "/", "…", "✨", "·", "\n", "🔢", ",", "👍", "-"]
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}
LONG_MONTHS = {
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
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
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
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
AT_WORDS = {
    "en": [" at ", " (at) ", "[at]", " AT "],
    "es": [" arroba ", "(arroba)", " @ "],
    "fr": [" arobase ", " at ", "(a)"],
    "de": [" at ", "(ät)", " [at] "],
    "pt": [" arroba ", " (at) ", " @ "],
}
DOT_WORDS = {
    "en": [" dot ", "(dot)", " DOT "],
    "es": [" punto ", ".", "(punto)"],
    "fr": [" point ", "(point)", " . "],
    "de": [" punkt ", "(punkt)", " dot "],
    "pt": [" ponto ", "(ponto)", " dot "],
}


def group(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def chunks(compact: str, rng: random.Random) -> list[str]:
    n = len(compact)
    if n <= 4:
        return [compact]
    size = rng.choice([3, 4] if n < 12 else [4, 4, 3, 5])
    return group(compact, [size] * (n // size + 1))


def spaced(compact: str, rng: random.Random) -> str:
    sep = rng.choice([" ", "-", " ", "  ", " - ", "."])
    return sep.join(chunks(compact, rng))


def noisy(compact: str, rng: random.Random, and_word: str) -> str:
    parts = chunks(compact, rng)
    if len(parts) == 1:
        parts = [compact[: len(compact) // 2], compact[len(compact) // 2 :]]
    out = parts[0]
    for p in parts[1:]:
        n = rng.choice(NOISE + [and_word])
        out += (" " + n + " " if n not in ("\n",) and rng.random() < 0.7 else n) + p
    return out


def lookalike(compact: str, rng: random.Random) -> str | None:
    idx = [i for i, c in enumerate(compact) if c in "01"]
    if not idx:
        return None
    chosen = rng.sample(idx, k=max(1, min(len(idx), rng.randint(1, 3))))
    chars = list(compact)
    for i in chosen:
        chars[i] = (
            rng.choice("Oo") if chars[i] == "0" else rng.choice("lI" if rng.random() < 0.2 else "l")
        )
    s = "".join(chars)
    return spaced(s, rng) if rng.random() < 0.4 else s


def spelled(compact: str, rng: random.Random, lang: str) -> str:
    words = NUM_WORDS[lang]
    mixed = rng.random() < 0.25
    out = []
    for c in compact:
        if c.isdigit() and not (mixed and rng.random() < 0.4):
            w = words[int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.4:
                w = "oh"
            if lang == "pt" and c == "6" and rng.random() < 0.5:
                w = "meia"
            if rng.random() < 0.15:
                w = strip_accents(w)
            out.append(w)
        else:
            out.append(c)
    return rng.choice([" ", " ", ", ", "-"]).join(out)


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def email_obf(value: str, rng: random.Random, lang: str) -> str:
    local, domain = value.split("@")
    at = rng.choice(AT_WORDS[lang])
    dot = rng.choice(DOT_WORDS[lang])
    local = local.replace(".", dot) if rng.random() < 0.5 else local
    return local + at + domain.replace(".", dot)


# ---------- decoding ----------

_WORD_MAP: dict[str, str] = {}
for _l, _ws in NUM_WORDS.items():
    for _i, _w in enumerate(_ws):
        _WORD_MAP[_w] = str(_i)
        _WORD_MAP[strip_accents(_w)] = str(_i)
_WORD_MAP.update(EXTRA_WORDS)


def decode_digits(text: str) -> str:
    toks = re.split(r"([\s,\-]+)", text.lower())
    out = []
    for t in toks:
        if t in _WORD_MAP and t not in ("o",):
            out.append(_WORD_MAP[t])
        else:
            out.append(t)
    s = "".join(out)
    s = s.replace("o", "0").replace("l", "1").replace("i", "1")
    return "".join(c for c in s if c.isdigit())


def decode_alnum(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


def decode_email(text: str) -> str:
    s = text
    for ws in AT_WORDS.values():
        for w in ws:
            s = s.replace(w, "@")
    for ws in DOT_WORDS.values():
        for w in ws:
            if w != ".":
                s = s.replace(w, ".")
    return s.replace(" ", "").lower()


def decode_expiry(text: str, lang: str) -> tuple[int, int]:
    low = text.lower()
    month = None
    for table in (LONG_MONTHS, MONTHS):
        for i, m in enumerate(table[lang]):
            if re.search(r"(?<![a-zäéû])" + re.escape(m), low):
                month = i + 1
                break
        if month:
            break
    nums = re.findall(r"\d+", low)
    if month:
        return month, int(nums[-1][-2:])
    if len(nums) == 1:
        d = nums[0]
        if len(d) == 4:
            return int(d[:2]), int(d[2:])
        if len(d) == 6:
            return int(d[:2]), int(d[4:])
        return int(d[:1]), int(d[1:])
    return int(nums[0]), int(nums[1][-2:])


def render_expiry(mm: int, yy: int, rng: random.Random, lang: str) -> str:
    f = rng.randint(0, 8)
    sep = rng.choice(["/", "/", "-", ".", " / "])
    if f <= 2:
        return "%02d%s%02d" % (mm, sep, yy)
    if f == 3:
        return "%02d%s20%02d" % (mm, sep, yy)
    if f == 4:
        return "%d%s%02d" % (mm, sep, yy)
    if f == 5:
        return "%02d%02d" % (mm, yy)
    if f == 6:
        return "%s %s" % (
            rng.choice([MONTHS[lang][mm - 1], MONTHS[lang][mm - 1].capitalize()]),
            rng.choice(["%02d" % yy, "20%02d" % yy]),
        )
    if f == 7:
        return "%s%s20%02d" % (
            LONG_MONTHS[lang][mm - 1],
            rng.choice([" ", " de ", "/"]) if lang in ("es", "pt") else " ",
            yy,
        )
    return "%02d%s%02d" % (mm, sep, yy)
