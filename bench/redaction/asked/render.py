"""Write a drawn value the way a customer types it, one obfuscation family at a time.

`decode` undoes every family, so the generator can prove that each rendered span still holds
exactly the drawn value (nothing lost, nothing added).
"""

from __future__ import annotations

import random

from . import values

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Spellings people use without accents or with the regional word.
EXTRA_WORDS = {
    "zero": "0",
    "zéro": "0",
    "cero": "0",
    "null": "0",
    "nul": "0",
    "oh": "0",
    "tres": "3",
    "três": "3",
    "fuenf": "5",
    "funf": "5",
    "fünf": "5",
    "zwo": "2",
    "meia": "6",
    "seis": "6",
}
NOISE = {
    "en": [" 😅 ", " | ", " / ", "\n", " 👉 ", " and ", " then ", " ... "],
    "es": [" 😅 ", " | ", " / ", "\n", " y ", " luego ", " 👉 ", " .. "],
    "fr": [" 😅 ", " | ", " / ", "\n", " et ", " puis ", " 👉 "],
    "de": [" 😅 ", " | ", " / ", "\n", " und ", " dann ", " 👉 "],
    "pt": [" 😅 ", " | ", " / ", "\n", " e ", " depois ", " 👉 ", " .. "],
}
NOISE_WORDS = {"and", "then", "y", "luego", "et", "puis", "und", "dann", "e", "depois"}
EMAIL_WORDS = {
    "en": [(" at ", " dot "), ("[at]", "[dot]"), (" (at) ", " (dot) ")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)"), (" at ", " dot ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("[at]", "[point]")],
    "de": [(" at ", " punkt "), ("(at)", "(punkt)"), (" ät ", " Punkt ")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" at ", " ponto ")],
}
AT_WORDS = {"at", "arroba", "arobase", "ät"}
DOT_WORDS = {"dot", "punto", "point", "punkt", "ponto"}

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "PHONE",
    "SSN",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}
GROUPABLE = DIGIT_TYPES | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CURP",
    "MX_RFC",
    "ES_DNI",
    "ES_NIE",
}


def families_for(t: str, kind: str) -> list[str]:
    """Families that make sense for a type; the first is the most common."""
    if t == "EMAIL":
        return ["plain", "plain", "email_obfuscated"]
    if kind in values.PARTIAL or t in ("CREDIT_DEBIT_CVV", "PIN"):
        return ["plain", "plain", "spelled_out", "letter_digits"]
    if t in DIGIT_TYPES:
        fams = ["plain", "plain", "spaced_or_dashed", "split_by_noise", "letter_digits"]
        if t in ("PHONE", "BANK_ACCOUNT_NUMBER", "SSN", "PT_NIF", "BR_CPF", "DE_TAX_ID"):
            fams.append("spelled_out")
        return fams
    if t in GROUPABLE:
        return ["plain", "plain", "spaced_or_dashed", "split_by_noise"]
    return ["plain"]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _groups(item: dict[str, object]) -> list[str]:
    gs = [g for g in item["groups"] if g]  # type: ignore[union-attr]
    if len(gs) < 2:
        c = str(item["compact"])
        step = 3 if len(c) <= 9 else 4
        gs = [c[i : i + step] for i in range(0, len(c), step)]
    return gs


def render(item: dict[str, object], family: str, lang: str, rng: random.Random) -> tuple[str, str]:
    """Return (text, family actually used)."""
    t = str(item["type"])
    display = str(item["display"])
    if family == "plain":
        return display, family
    if family == "spaced_or_dashed":
        sep = rng.choice([" ", "-", "  ", " - "] if t in DIGIT_TYPES else [" ", "-"])
        gs = _groups(item)
        if t not in DIGIT_TYPES:
            gs = [g.replace("-", "") for g in gs]
        return sep.join(gs), family
    if family == "split_by_noise":
        gs = _groups(item)
        pool = NOISE[lang] if t in DIGIT_TYPES else [" 😅 ", " | ", " / ", "\n", " 👉 "]
        out = gs[0]
        for g in gs[1:]:
            out += rng.choice(pool) + g
        return out, family
    if family == "letter_digits":
        if not any(ch in "01" for ch in display):
            return display, "plain"
        chars = list(display)
        idx = [i for i, ch in enumerate(chars) if ch in "01"]
        rng.shuffle(idx)
        for i in idx[: max(1, len(idx) // 2 + rng.randint(0, 1))]:
            chars[i] = (
                rng.choice("Oo")
                if chars[i] == "0"
                else rng.choice("lI" if rng.random() < 0.2 else "l")
            )
        return "".join(chars), family
    if family == "spelled_out":
        words = DIGIT_WORDS[lang]
        d = _digits(display)
        sep = rng.choice([" ", " ", "-", ", "])
        return sep.join(words[int(c)] for c in d), family
    if family == "email_obfuscated":
        at, dot = rng.choice(EMAIL_WORDS[lang])
        local, dom = display.split("@")
        return local + at + dom.replace(".", dot), family
    raise KeyError(family)


def split_parts(item: dict[str, object], n: int, rng: random.Random) -> list[str]:
    """Cut a value into n consecutive pieces at group boundaries where possible."""
    t = str(item["type"])
    display = str(item["display"])
    if t == "EMAIL":
        local, dom = display.split("@")
        cut = (
            [local + "@", dom]
            if n == 2
            else [local, "@" + dom.split(".", 1)[0], "." + dom.split(".", 1)[1]]
        )
        return cut[:n] if n == 2 else cut
    gs = _groups(item)
    if len(gs) < n:
        c = str(item["compact"])
        step = -(-len(c) // n)
        gs = [c[i : i + step] for i in range(0, len(c), step)]
    # distribute groups over n parts
    parts: list[list[str]] = [[] for _ in range(n)]
    per = len(gs) / n
    for i, g in enumerate(gs):
        parts[min(n - 1, int(i / per))].append(g)
    sep = rng.choice([" ", "", " "]) if t in DIGIT_TYPES else " "
    return [sep.join(p) for p in parts if p]


def decode(text: str, t: str) -> str:
    """Undo every family and return the compact value."""
    if t == "EMAIL":
        out = text
        for br in "[]()":
            out = out.replace(br, " ")
        toks = out.split()
        res = []
        for tok in toks:
            low = tok.lower()
            res.append("@" if low in AT_WORDS else "." if low in DOT_WORDS else tok)
        return "".join(res)
    if t in ("PASSWORD", "USERNAME", "IP_ADDRESS"):
        return text
    if t == "CREDIT_DEBIT_EXPIRY":
        return values.expiry_key(text)
    if t in DIGIT_TYPES:
        lookup = {w: str(i) for ws in DIGIT_WORDS.values() for i, w in enumerate(ws)}
        lookup.update(EXTRA_WORDS)
        lookup["un"] = "1"
        out = []
        for tok in text.replace(",", " ").replace("-", " ").split():
            low = tok.lower()
            if low in lookup:
                out.append(lookup[low])
            elif low in NOISE_WORDS:
                continue
            else:
                out.append(
                    "".join(
                        {"O": "0", "o": "0", "l": "1", "I": "1"}.get(ch, ch)
                        for ch in tok
                        if ch.isalnum()
                    )
                )
        return "".join(ch for ch in "".join(out) if ch.isalnum()).upper()
    return "".join(ch for ch in text if ch.isalnum()).upper()
