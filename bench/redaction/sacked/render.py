"""Render a raw value the way a customer types it, per obfuscation family, and decode it back.

``decode(render(x)) == normalize(x)`` is checked by the generator for every span, so a family can
never silently produce text that no longer holds the value.
"""

from __future__ import annotations

import random
import re
from urllib.parse import quote, unquote

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

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
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
    "PHONE",
    "CREDIT_DEBIT_EXPIRY",
}
STRIP_TYPES = DIGIT_TYPES | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "SWIFT_CODE",
}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# spellings customers actually type without accents or with variants
WORD_VARIANTS = {
    "zero": "0",
    "oh": "0",
    "zéro": "0",
    "zer0": "0",
    "tres": "3",
    "três": "3",
    "fuenf": "5",
    "funf": "5",
    "zwo": "2",
    "hiut": "8",
}
AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        ("(arroba)", "(punto)"),
        (" @rroba ", " punto "),
        (" at ", " punto "),
    ],
    "fr": [
        (" arobase ", " point "),
        (" arrobase ", " point "),
        (" (at) ", " (point) "),
        (" a commercial ", " point "),
    ],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" (at) ", " (punkt) "),
        (" at ", " punkt "),
        ("[at]", "[punkt]"),
    ],
    "pt": [
        (" arroba ", " ponto "),
        ("(arroba)", "(ponto)"),
        (" at ", " ponto "),
        (" arroba ", " pto "),
    ],
}
NOISE = {
    "en": [" 🔹 ", " | ", " / ", " then ", "\n", " ... ", " 👉 ", " and "],
    "es": [" 🔹 ", " | ", " / ", " luego ", "\n", " y ", " 👉 ", " ... "],
    "fr": [" 🔹 ", " | ", " / ", " puis ", "\n", " et ", " 👉 ", " ... "],
    "de": [" 🔹 ", " | ", " / ", " dann ", "\n", " und ", " 👉 ", " ... "],
    "pt": [" 🔹 ", " | ", " / ", " depois ", "\n", " e ", " 👉 ", " ... "],
}


def normalize(etype: str, s: str) -> str:
    if etype in STRIP_TYPES:
        s = re.sub(r"[\s\-./()]", "", s).upper()
        if etype == "CREDIT_DEBIT_EXPIRY" and len(s) == 6:
            s = s[:2] + s[4:]
    return s


def _groups(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def group_sizes(etype: str, s: str, r: random.Random) -> list[int]:
    if etype == "CREDIT_DEBIT_NUMBER":
        return [4, 6, 5] if len(s) == 15 else [4, 4, 4, 4]
    if etype in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return [3, 2, 4]
    if etype == "BR_CPF":
        return [3, 3, 3, 2]
    if etype == "BR_CNPJ":
        return [2, 3, 3, 4, 2]
    if etype == "FR_NIR":
        return [1, 2, 2, 2, 3, 3, 2]
    if etype == "UK_NATIONAL_INSURANCE_NUMBER":
        return [2, 2, 2, 2, 1]
    if etype == "MX_CLABE":
        return [3, 3, 11, 1] if r.random() < 0.5 else [4] * 5
    if etype == "PHONE":
        if s.startswith("+"):
            cc = 3 if s[1] == "1" else (4 if s[1:4] == "351" else 3)
            return [cc] + [3, 3, 2, 2, 2, 2]
        return [3, 3, 2, 2, 2]
    if etype == "CREDIT_DEBIT_EXPIRY":
        return [2, 2]
    n = r.choice([2, 3, 4])
    return [n] * 12


def plain(etype: str, raw: str, r: random.Random) -> str:
    if etype == "CREDIT_DEBIT_NUMBER":
        return r.choice([raw, " ".join(_groups(raw, group_sizes(etype, raw, r)))])
    if etype == "CREDIT_DEBIT_EXPIRY":
        return r.choice(
            [
                f"{raw[:2]}/{raw[2:]}",
                f"{raw[:2]}/20{raw[2:]}",
                f"{raw[:2]}/{raw[2:]}",
                f"{raw[:2]}-{raw[2:]}",
            ]
        )
    if etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return r.choice([raw, " ".join(_groups(raw, [4] * 9))])
    if etype in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return "-".join(_groups(raw, [3, 2, 4])) if r.random() < 0.8 else raw
    if etype == "UK_NATIONAL_INSURANCE_NUMBER":
        return r.choice([raw, " ".join(_groups(raw, [2, 2, 2, 2, 1]))])
    if etype == "BR_CPF":
        return r.choice([raw, f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"])
    if etype == "BR_CNPJ":
        return r.choice([raw, f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}/{raw[8:12]}-{raw[12:]}"])
    if etype == "FR_NIR":
        return r.choice([raw, " ".join(_groups(raw, [1, 2, 2, 2, 3, 3, 2]))])
    if etype == "DE_TAX_ID":
        return r.choice([raw, f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}"])
    if etype == "ES_DNI":
        return r.choice([raw, f"{raw[:8]}-{raw[8]}", raw.lower() if False else raw])
    if etype == "BANK_ROUTING" and len(raw) == 6:
        return f"{raw[:2]}-{raw[2:4]}-{raw[4:]}"
    if etype == "BANK_ROUTING" and len(raw) == 4:
        return r.choice([raw, raw + "-" + str(r.randint(0, 9))]) if False else raw
    return raw


def spaced(etype: str, raw: str, r: random.Random) -> str:
    sep = r.choice([" ", "-", ".", " - ", "  "])
    if etype == "PHONE":
        sep = r.choice([" ", "-", "."])
    return sep.join(_groups(raw, group_sizes(etype, raw, r)))


def noise(etype: str, raw: str, lang: str, r: random.Random) -> str:
    parts = _groups(raw, group_sizes(etype, raw, r))
    if len(parts) < 2:
        parts = _groups(raw, [len(raw) // 2])
    out = parts[0]
    seps = NOISE[lang]
    for p in parts[1:]:
        out += r.choice(seps) + p
    return out


def letters(etype: str, raw: str, r: random.Random) -> str:
    s = raw if r.random() < 0.5 else " ".join(_groups(raw, group_sizes(etype, raw, r)))
    idx = [i for i, ch in enumerate(s) if ch in "01"]
    pick = set(r.sample(idx, max(1, int(len(idx) * r.uniform(0.3, 1.0)))))
    out = []
    for i, ch in enumerate(s):
        if i in pick:
            out.append(r.choice("Oo") if ch == "0" else r.choice("lI"))
        else:
            out.append(ch)
    return "".join(out)


def spelled(etype: str, raw: str, lang: str, r: random.Random) -> str:
    words = DIGIT_WORDS[lang]
    mixed = r.random() < 0.35 and len(raw) > 5
    gs = _groups(raw, group_sizes(etype, raw, r)) if len(raw) > 5 else [raw]
    out = []
    for gi, g in enumerate(gs):
        if mixed and gi % 2 == 0:
            out.append(g)
        else:
            out.append(r.choice([" ", "-"]).join(words[int(c)] if c.isdigit() else c for c in g))
    return r.choice([" ", ", ", " "]).join(out)


def email_sp(raw: str, lang: str, r: random.Random) -> str:
    at, dot = r.choice(AT_DOT[lang])
    local, dom = raw.split("@")
    return local + at + dom.replace(".", dot)


def percent(etype: str, raw: str, r: random.Random) -> str:
    if etype == "PHONE":
        return quote(
            normalize("PHONE", raw), safe=""
        )  # the generator draws an international number
    return quote(raw, safe="")


def iban_broken(raw: str, r: random.Random) -> str:
    gs = _groups(raw, [4] * 9)
    out = gs[0]
    for g in gs[1:]:
        out += r.choice([" ", "-", "\n", "  ", " ", " -"]) + g
    if "\n" not in out and r.random() < 0.5:
        k = out.rfind(" ")
        out = out[:k] + "\n" + out[k + 1 :]
    return out


def render(etype: str, family: str, raw: str, lang: str, r: random.Random) -> str:
    if family in ("plain", "context_only"):
        return plain(etype, raw, r) if family == "plain" else raw
    if family in ("url_credentials", "key_value_secret"):
        return raw
    if family == "spaced_or_dashed":
        return spaced(etype, normalize(etype, raw), r)
    if family == "split_by_noise":
        return noise(etype, normalize(etype, raw), lang, r)
    if family == "letter_substitution":
        return letters(etype, normalize(etype, raw), r)
    if family == "spelled_out":
        return spelled(etype, normalize(etype, raw), lang, r)
    if family == "email_spelled":
        return email_sp(raw, lang, r)
    if family == "percent_encoded":
        return percent(etype, raw, r)
    if family == "compact_expiry":
        return raw if r.random() < 0.8 else raw[:2] + "20" + raw[2:]
    if family == "iban_broken":
        return iban_broken(normalize(etype, raw), r)
    raise KeyError(family)


def render_part(etype: str, part: str, r: random.Random) -> str:
    """One piece of a value typed across several messages."""
    if len(part) > 4 and r.random() < 0.7:
        return r.choice([" ", "-", " "]).join(
            _groups(part, [4] * 8 if etype != "PHONE" else [3] * 6)
        )
    return part


def decode(etype: str, family: str, text: str, lang: str) -> str:
    s = text
    if family == "split_by_noise":
        for n in sorted(NOISE[lang], key=len, reverse=True):
            s = s.replace(n, "" if n.strip() else " ")
    elif family == "letter_substitution":
        s = s.translate(str.maketrans("OolI", "0011"))
    elif family == "spelled_out":
        table = {w: str(i) for i, w in enumerate(DIGIT_WORDS[lang])} | WORD_VARIANTS
        toks = re.split(r"[\s,\-]+", s)
        s = "".join(table.get(t, t) for t in toks)
    elif family == "email_spelled":
        for at, dot in AT_DOT[lang]:
            s = s.replace(at, "@").replace(dot, ".")
        return s
    elif family == "percent_encoded":
        s = unquote(s)
    elif family == "compact_expiry":
        return normalize(etype, s)
    return normalize(etype, s)
