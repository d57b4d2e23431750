"""Surfaces (how a customer types a value) and their decoders, per obfuscation family.

`surface()` turns a printed value into what the customer types; `decode()` is written
independently and must bring every surface back to the value's letters and digits.
"""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote, unquote

from .values import alnum

FAMILIES = [
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "email_spelled",
    "percent_encoded",
    "url_credentials",
    "key_value_secret",
    "compact_expiry",
    "iban_broken",
    "context_only",
    "multi_message",
]

FAM_CODES = {
    "pl": "plain",
    "sp": "spaced_or_dashed",
    "nz": "split_by_noise",
    "ls": "letter_substitution",
    "so": "spelled_out",
    "es": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cx": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}
ALNUM_IDS = {
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "MX_CURP",
    "MX_RFC",
    "ES_NIE",
    "SWIFT_CODE",
}


def free_families(type_: str) -> list[str]:
    """Families a slot without an explicit family may take (framing-free surfaces)."""
    if type_ in DIGIT_TYPES:
        if type_ in ("CREDIT_DEBIT_CVV", "PIN", "CREDIT_DEBIT_EXPIRY"):
            return ["plain", "plain", "letter_substitution", "spelled_out", "spaced_or_dashed"]
        return [
            "plain",
            "plain",
            "spaced_or_dashed",
            "split_by_noise",
            "letter_substitution",
            "spelled_out",
        ]
    if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return [
            "plain",
            "plain",
            "iban_broken",
            "split_by_noise",
            "letter_substitution",
            "spaced_or_dashed",
        ]
    if type_ == "ES_DNI":
        return ["plain", "plain", "spaced_or_dashed", "split_by_noise", "letter_substitution"]
    if type_ in ALNUM_IDS:
        return ["plain", "plain", "plain", "spaced_or_dashed"]
    if type_ == "EMAIL":
        return ["plain", "plain", "email_spelled"]
    return ["plain"]


# --- words of each language --------------------------------------------------------------------
DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Variants customers really type: "oh", "zwo", "meia", missing accents.
DIGIT_VARIANTS = {
    "en": {"0": ["oh", "o"]},
    "es": {},
    "fr": {"0": ["zero"]},
    "de": {"2": ["zwo"], "5": ["fuenf", "funf"]},
    "pt": {"6": ["meia"], "3": ["tres"]},
}
NOISE_WORDS = {
    "en": ["then", "and", "next", "after that", "and then"],
    "es": ["luego", "y", "después", "despues", "y luego"],
    "fr": ["puis", "ensuite", "et", "et puis", "apres"],
    "de": ["dann", "und", "danach", "und dann"],
    "pt": ["depois", "e", "aí", "e depois", "dps"],
}
NOISE_MARKS = [" | ", " / ", " 👉 ", " ➖ ", "\n", " 🔹 ", " || ", "/", " ✨ ", " - ", "|"]
EMAIL_WORDS = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)"), (" arroba ", "."), (" @ ", " punto ")],
    "fr": [
        (" arobase ", " point "),
        (" arobas ", " point "),
        ("(at)", "(point)"),
        (" a commercial ", " point "),
    ],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" at ", " punkt "),
        ("(at)", "(punkt)"),
        (" [ät] ", " [punkt] "),
    ],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" arroba ", "."), (" @ ", " ponto ")],
}


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _word_map(lang: str) -> dict[str, str]:
    m = {}
    for i, w in enumerate(DIGIT_WORDS[lang]):
        m[_strip_accents(w).lower()] = str(i)
    for dgt, ws in DIGIT_VARIANTS[lang].items():
        for w in ws:
            m[_strip_accents(w).lower()] = dgt
    return m


# --- surfaces ----------------------------------------------------------------------------------
def _regroup(chars: str, r: random.Random) -> str:
    sizes = r.choice([[2], [3], [2, 3], [3, 2], [4, 3], [1, 2], [5]])
    sep = r.choice([" ", "-", ".", "  ", " - ", " ", "-"])
    out, i, k = [], 0, 0
    while i < len(chars):
        n = sizes[k % len(sizes)]
        out.append(chars[i : i + n])
        i += n
        k += 1
    return sep.join(out)


def _groups(chars: str, r: random.Random, n: int) -> list[str]:
    cuts = sorted(r.sample(range(2, len(chars) - 1), n - 1)) if len(chars) > n + 2 else []
    out, prev = [], 0
    for c in cuts + [len(chars)]:
        out.append(chars[prev:c])
        prev = c
    return [g for g in out if g]


def _official_groups(printed: str) -> list[str]:
    parts = [p for p in re.split(r"[\s./-]+", printed) if p]
    return parts


def spaced(printed: str, type_: str, r: random.Random) -> str:
    chars = "".join(c for c in printed if c.isalnum() or c == "+")
    for _ in range(20):
        s = _regroup(chars, r)
        if s != printed and alnum(s) == alnum(printed):
            return s
    return s


def split_noise(printed: str, lang: str, r: random.Random) -> str:
    groups = _official_groups(printed)
    if len(groups) < 2:
        groups = _groups("".join(groups), r, r.choice([2, 3]))
    if len(groups) > 4:
        # merge into 3-4 pieces
        k = r.choice([3, 4])
        size = -(-len(groups) // k)
        groups = [
            "".join(groups[i : i + size]) if r.random() < 0.5 else " ".join(groups[i : i + size])
            for i in range(0, len(groups), size)
        ]
    seps = []
    for _ in range(len(groups) - 1):
        if r.random() < 0.45:
            seps.append(" " + r.choice(NOISE_WORDS[lang]) + " ")
        else:
            seps.append(r.choice(NOISE_MARKS))
    out = groups[0]
    for sep, g in zip(seps, groups[1:]):
        out += sep + g
    return out


def letter_sub(printed: str, type_: str, r: random.Random) -> str | None:
    chars = list(printed)
    start = 2 if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER" else 0
    want, done = r.randint(1, 3), 0
    order = list(range(start, len(chars)))
    r.shuffle(order)
    for i in order:
        if done == want:
            break
        # substitute only next to a digit that stays a digit, so the run is still a digit run
        if chars[i] in "01" and any(
            0 <= j < len(chars) and chars[j].isdigit() for j in (i - 1, i + 1)
        ):
            chars[i] = r.choice(["O", "o", "O"]) if chars[i] == "0" else r.choice(["l", "I", "l"])
            done += 1
    return "".join(chars) if done else None


def spelled(printed: str, lang: str, r: random.Random) -> str:
    mode = r.random()
    plus = printed.startswith("+")
    body = printed[1:] if plus else printed
    groups = _official_groups(body) if len(alnum(body)) > 5 else [body]
    words = DIGIT_WORDS[lang]

    def spell(g: str) -> str:
        toks = []
        for ch in g:
            if ch.isdigit():
                alts = DIGIT_VARIANTS[lang].get(ch)
                w = r.choice(alts) if alts and r.random() < 0.35 else words[int(ch)]
                if lang in ("fr", "pt") and r.random() < 0.3:
                    w = _strip_accents(w)
                toks.append(w)
            elif ch.isalpha():
                toks.append(ch)
        return " ".join(toks)

    out = []
    for i, g in enumerate(groups):
        if mode < 0.5 or i % 2 == 0 or len(groups) == 1:
            out.append(spell(g))
        else:
            out.append(g)  # mixed: some groups left as digits
    res = r.choice([", ", " ", " - ", " / ", ",  "]).join(out)
    return ("+ " + res) if plus else res


def email_spelled(value: str, lang: str, r: random.Random) -> str:
    at, dot = r.choice(EMAIL_WORDS[lang])
    local, dom = value.split("@")
    s = local + at + dom.replace(".", dot)
    if r.random() < 0.3:
        local2 = local.replace(".", dot)
        s = local2 + at + dom.replace(".", dot)
    return s.strip()


def iban_broken(printed: str, r: random.Random) -> str:
    chars = alnum(printed)
    sizes = [r.choice([2, 3, 4, 5, 6, 4]) for _ in range(12)]
    out, i, k = [], 0, 0
    while i < len(chars):
        out.append(chars[i : i + sizes[k]])
        i += sizes[k]
        k += 1
    s = out[0]
    for g in out[1:]:
        s += r.choice([" ", "  ", "-", " ", "\n", " - ", "   "]) + g
    return s


def compact_expiry(printed: str, r: random.Random) -> str:
    a = "".join(c for c in printed if c.isdigit())
    return a


def percent(value: str, type_: str) -> str:
    return quote(value, safe="")


def surface(printed: str, type_: str, family: str, lang: str, r: random.Random) -> str | None:
    if family in ("plain", "context_only", "url_credentials", "key_value_secret", "multi_message"):
        return printed
    if family == "spaced_or_dashed":
        return spaced(printed, type_, r)
    if family == "split_by_noise":
        return split_noise(printed, lang, r)
    if family == "letter_substitution":
        return letter_sub(printed, type_, r)
    if family == "spelled_out":
        return spelled(printed, lang, r)
    if family == "email_spelled":
        return email_spelled(printed, lang, r)
    if family == "iban_broken":
        return iban_broken(printed, r)
    if family == "compact_expiry":
        return compact_expiry(printed, r)
    if family == "percent_encoded":
        return percent(printed, type_)
    raise KeyError(family)


def split_parts(printed: str, n: int, r: random.Random) -> list[str]:
    """Split a printed value for n consecutive messages, at its own group boundaries if any."""
    seps = [(m.start(), m.end()) for m in re.finditer(r"[\s./-]+", printed)]
    if len(seps) >= n - 1 and seps:
        chosen = sorted(r.sample(seps, n - 1))
        parts, prev = [], 0
        for a, b in chosen:
            parts.append(printed[prev:a])
            prev = b
        parts.append(printed[prev:])
        return parts
    chars = "".join(c for c in printed if c.isalnum() or c == "+")
    return _groups(chars, r, n)


# --- decoding ----------------------------------------------------------------------------------
def decode(surf: str, family: str, lang: str, type_: str = "") -> str:
    """Bring a surface back to the value's letters and digits (upper-cased)."""
    s = surf
    if family == "percent_encoded":
        s = unquote(s)
    if family == "email_spelled":
        t = s
        for at, dot in EMAIL_WORDS[lang]:
            t = t.replace(at, "@")
            if dot != ".":
                t = t.replace(dot, ".")
        return re.sub(r"\s+", "", t).upper()
    if family == "spelled_out":
        wm = _word_map(lang)
        toks = re.split(r"([\s,/-]+)", s)
        out = []
        for t in toks:
            key = _strip_accents(t).lower()
            out.append(wm.get(key, t))
        s = "".join(out)
    if family == "split_by_noise":
        words = sorted(NOISE_WORDS[lang], key=len, reverse=True)
        for w in words:
            s = re.sub(r"(?<=\s)" + re.escape(w) + r"(?=\s)", " ", s)
        for m in NOISE_MARKS:
            s = s.replace(m.strip() or m, " ") if m.strip() else s
    if family == "letter_substitution":
        chars = list(s)
        changed = True
        while changed:
            changed = False
            for i, ch in enumerate(chars):
                if ch in "OolI" and any(
                    0 <= j < len(chars) and chars[j].isdigit() for j in (i - 1, i + 1)
                ):
                    chars[i] = "0" if ch in "Oo" else "1"
                    changed = True
        s = "".join(chars)
    if type_ == "EMAIL":
        return re.sub(r"\s+", "", s).upper()
    return alnum(s)
