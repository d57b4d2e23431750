"""Render a canonical value the way a customer types it, per obfuscation family, and decode it back.

The generator renders every value and checks that `decode(rendered) == canonical`, so a label can
never drift from the text it points at.
"""

from __future__ import annotations

import random
import re

SPELLED = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
}
NOISE = {
    "en": [" | ", " / ", " 👉 ", " 🙏 ", " then ", " .. ", "\n", " and "],
    "es": [" | ", " / ", " 👉 ", " 😅 ", " luego ", " .. ", "\n", " y "],
    "fr": [" | ", " / ", " 👉 ", " 😬 ", " puis ", " .. ", "\n", " et "],
    "de": [" | ", " / ", " 👉 ", " 🙈 ", " dann ", " .. ", "\n", " und "],
    "pt": [" | ", " / ", " 👉 ", " 😂 ", " depois ", " .. ", "\n", " e "],
}
AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]")],
    "es": [(" arroba ", " punto "), (" (arroba) ", " punto "), (" at ", " dot ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), (" (at) ", " (point) ")],
    "de": [(" at ", " punkt "), (" (at) ", " (punkt) "), (" ät ", " dot ")],
    "pt": [(" arroba ", " ponto "), (" (arroba) ", " ponto "), (" at ", " dot ")],
}
DIGIT_ONLY = {
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
GROUPED_ALNUM = {"INTERNATIONAL_BANK_ACCOUNT_NUMBER", "MX_CURP", "ES_DNI", "ES_NIE"}


def families_for(kind: str, canonical: str) -> list[str]:
    digits = re.sub(r"\D", "", canonical)
    if kind == "EMAIL":
        return ["plain", "email_obfuscated"]
    if kind in DIGIT_ONLY:
        fams = ["plain", "spaced_or_dashed", "split_by_noise"]
        if set(digits) & {"0", "1"}:
            fams.append("letter_digits")
        if len(digits) <= 11:
            fams.append("spelled_out")
        if len(digits) >= 7:
            fams.append("multi_message")
        return fams
    if kind in GROUPED_ALNUM:
        return (
            ["plain", "spaced_or_dashed", "split_by_noise", "multi_message"]
            if len(canonical) > 12
            else ["plain", "spaced_or_dashed"]
        )
    return ["plain"]


def groups(text: str, rng: random.Random) -> list[str]:
    size = 4 if len(text) >= 12 else 3
    if len(text) in (10, 9) and rng.random() < 0.5:
        size = 3
    out = [text[i : i + size] for i in range(0, len(text), size)]
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


def plain(kind: str, canonical: str, rng: random.Random) -> str:
    if kind == "CREDIT_DEBIT_EXPIRY":
        mm, yy = canonical.split("/")
        return rng.choice(
            [
                f"{mm}/{yy}",
                f"{mm}/20{yy}",
                f"{mm}-{yy}",
                f"{mm}{yy}",
                f"{mm} / {yy}",
                f"{int(mm)}/{yy}",
            ]
        )
    if kind == "BR_CPF" and rng.random() < 0.6:
        c = canonical
        return f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"
    if kind == "BR_CNPJ" and rng.random() < 0.6:
        c = canonical
        return f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"
    return canonical


def render(kind: str, canonical: str, family: str, lang: str, rng: random.Random) -> str:
    compact = re.sub(r"[\s\-]", "", canonical) if kind != "CREDIT_DEBIT_EXPIRY" else canonical
    if family == "plain":
        return plain(kind, canonical, rng)
    if family == "spaced_or_dashed":
        return rng.choice([" ", "-", " ", ".", "  "] if kind == "PHONE" else [" ", "-", " "]).join(
            groups(compact, rng)
        )
    if family == "split_by_noise":
        parts = groups(compact, rng)
        noise = NOISE[lang]
        return "".join(
            p + (rng.choice(noise) if i < len(parts) - 1 else "") for i, p in enumerate(parts)
        )
    if family == "letter_digits":
        chars = list(rng.choice([" ", ""]).join(groups(compact, rng)))
        idx = [i for i, c in enumerate(chars) if c in "01"]
        for i in rng.sample(idx, max(1, len(idx) // 2 + rng.randint(0, 1))):
            chars[i] = rng.choice(["O", "o"]) if chars[i] == "0" else rng.choice(["l", "I", "l"])
        return "".join(chars)
    if family == "spelled_out":
        words = SPELLED[lang]
        sep = rng.choice([" ", " ", ", ", "-"])
        return sep.join(words[int(d)] for d in compact)
    if family == "email_obfuscated":
        at, dot = rng.choice(AT_DOT[lang])
        user, domain = canonical.split("@")
        return user + at + domain.replace(".", dot)
    raise ValueError(family)


def decode(kind: str, text: str, lang: str) -> str:
    """Canonical compact value from a rendered span (or the concatenation of a group's parts)."""
    t = text
    if kind == "EMAIL":
        for at, dot in AT_DOT[lang]:
            t = t.replace(at, "@").replace(dot, ".")
        return t
    if kind == "CREDIT_DEBIT_EXPIRY":
        d = re.sub(r"\D", "", t)
        d = d[:2] + d[4:] if len(d) == 6 else d
        return d if len(d) == 4 else "0" + d
    if kind in DIGIT_ONLY:
        words = SPELLED[lang]
        for i in sorted(range(10), key=lambda i: -len(words[i])):
            t = re.sub(rf"(?<![a-zà-ü]){words[i]}(?![a-zà-ü])", str(i), t)
        for n in NOISE[lang]:
            if n.strip():
                t = t.replace(n, " ")
        t = t.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
        return re.sub(r"\D", "", t)
    for n in NOISE[lang]:
        if n.strip():
            t = t.replace(n, " ")
    return re.sub(r"[\s\-|/.]", "", t) if kind in GROUPED_ALNUM else t


def canonical_key(kind: str, canonical: str) -> str:
    if kind == "CREDIT_DEBIT_EXPIRY":
        return canonical.replace("/", "")
    if kind in DIGIT_ONLY:
        return re.sub(r"\D", "", canonical)
    if kind in GROUPED_ALNUM:
        return re.sub(r"[\s\-]", "", canonical)
    return canonical
