"""Render a canonical value the way a customer types it, per obfuscation family, and decode it back."""

from __future__ import annotations

import random
import re

SPELL = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# spoken variants customers really type (oh for 0, "meia" for 6 in Brazil, no accents)
SPELL_ALT = {
    "oh": "0",
    "o": "0",
    "meia": "6",
    "tres": "3",
    "zero": "0",
    "zwo": "2",
    "funf": "5",
    "fuenf": "5",
}
NOISE_SEP = [" 👉 ", " | ", " / ", "🔹", " 😅 ", " ... ", " // ", "🙏", " ✨ ", " -> "]
NOISE_WORDS = {
    "en": [" then ", " and "],
    "es": [" y ", " luego "],
    "fr": [" et ", " puis "],
    "de": [" und ", " dann "],
    "pt": [" e ", " depois "],
}
ALL_NOISE_WORDS = {w.strip() for ws in NOISE_WORDS.values() for w in ws}

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "SSN",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "MX_CLABE",
}


def canon(t: str, v: str) -> str:
    if t == "EMAIL":
        return v.lower()
    if t in ("PASSWORD", "USERNAME", "IP_ADDRESS"):
        return v
    return "".join(c for c in v if c.isalnum()).upper()


def groups(t: str, c: str) -> list[str]:
    def cut(sizes: list[int]) -> list[str]:
        out, i = [], 0
        for s in sizes:
            if i < len(c):
                out.append(c[i : i + s])
                i += s
        if i < len(c):
            out.append(c[i:])
        return out

    n = len(c)
    if t == "CREDIT_DEBIT_NUMBER":
        return cut([4, 6, 5] if n == 15 else [4, 4, 4, 4])
    if t == "PHONE":
        return cut(
            {
                9: [3, 3, 3],
                10: [2, 4, 4],
                12: [4, 4, 4],
                11: [4, 3, 4] if c.startswith("0") else [2, 5, 4],
            }.get(n, [3, 4, 4])
        )
    if t == "SSN":
        return cut([3, 2, 4])
    if t == "BR_CPF":
        return cut([3, 3, 3, 2])
    if t == "BR_CNPJ":
        return cut([2, 3, 3, 4, 2])
    if t == "FR_NIR":
        return cut([1, 2, 2, 2, 3, 3, 2])
    if t == "DE_TAX_ID":
        return cut([2, 3, 3, 3])
    if t == "MX_CLABE":
        return cut([3, 3, 11, 1])
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return cut([4] * 9)
    if t == "ES_DNI":
        return cut([8, 1])
    if t == "ES_NIE":
        return cut([1, 7, 1])
    if t in ("MX_CURP", "MX_RFC"):
        return cut([4, 6, 8])
    if t == "CREDIT_DEBIT_EXPIRY":
        return cut([2, 4])
    return cut([3] * 8) if n > 6 else cut([2] * 4)


def plain(r: random.Random, t: str, v: str) -> str:
    """The usual written form: the drawn value, or a customary formatted one."""
    c = canon(t, v)
    if t == "BR_CPF" and r.random() < 0.5:
        return f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"
    if t == "BR_CNPJ" and r.random() < 0.5:
        return f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"
    if t == "SSN" and r.random() < 0.6:
        return f"{c[:3]}-{c[3:5]}-{c[5:]}"
    return v


def render(r: random.Random, t: str, v: str, family: str, lang: str, n_parts: int = 2) -> list[str]:
    c = canon(t, v)
    if family == "plain":
        return [plain(r, t, v)]
    if family == "email_obfuscated":
        local, dom = v.split("@")
        at, dot = r.choice(
            {
                "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", ".")],
                "es": [(" arroba ", " punto "), (" arroba ", "."), ("(arroba)", " punto ")],
                "fr": [(" arobase ", " point "), (" at ", " point "), (" [at] ", ".")],
                "de": [(" at ", " punkt "), (" (at) ", " (punkt) "), ("(at)", ".")],
                "pt": [(" arroba ", " ponto "), (" arroba ", "."), (" [at] ", " [ponto] ")],
            }[lang]
        )
        return [local + at + dom.replace(".", dot)]
    g = groups(t, c)
    if family == "spaced_or_dashed":
        return [r.choice([" ", "-", "  ", ".", " - "]).join(g)]
    if family == "split_by_noise":
        seps = NOISE_SEP + NOISE_WORDS[lang]
        out = g[0]
        for x in g[1:]:
            out += r.choice(seps) + x
        return [out]
    if family == "letter_digits":
        chars = list(c)
        idx = [i for i, ch in enumerate(chars) if ch in "01"]
        if t == "ES_DNI":
            idx = [i for i in idx if i < len(chars) - 1]
        if t == "ES_NIE":
            idx = [i for i in idx if 0 < i < len(chars) - 1]
        pick = r.sample(idx, k=max(1, len(idx) * 2 // 3))
        for i in pick:
            chars[i] = {"0": r.choice("Oo"), "1": "l"}[chars[i]]
        s = "".join(chars)
        if r.random() < 0.5:
            gs, i = [], 0
            for x in g:
                gs.append(s[i : i + len(x)])
                i += len(x)
            s = " ".join(gs)
        return [s]
    if family == "spelled_out":
        words = SPELL[lang]
        toks = [words[int(ch)] if ch.isdigit() else ch for ch in c]
        if lang == "en" and r.random() < 0.5:
            toks = ["oh" if x == "zero" else x for x in toks]
        if lang == "pt" and r.random() < 0.5:
            toks = ["meia" if x == "seis" else x for x in toks]
        if r.random() < 0.3:  # half typed, half spelled
            k = len(c) // 2
            return [" ".join(toks[:k]) + " " + c[k:]]
        return [r.choice([" ", " ", ", ", "-"]).join(toks)]
    if family == "multi_message":
        n = min(n_parts, len(g))
        if n < 2:
            mid = len(c) // 2
            return [c[:mid], c[mid:]]
        # spread the groups over n messages
        k = len(g) / n
        parts, cur = [], []
        for i, x in enumerate(g):
            cur.append(x)
            if len(parts) < n - 1 and i + 1 >= k * (len(parts) + 1):
                parts.append(" ".join(cur))
                cur = []
        if cur:
            parts.append(" ".join(cur))
        return parts
    raise KeyError(family)


WORD2DIGIT = {w: str(i) for ws in SPELL.values() for i, w in enumerate(ws)}
WORD2DIGIT.update(SPELL_ALT)


def decode(t: str, parts: list[str], lang: str, family: str = "") -> str:
    """Undo a rendering; used to prove that what the customer typed still means the value."""
    s = " ".join(parts) if len(parts) > 1 else parts[0]
    if t == "EMAIL":
        s = re.sub(r"\s*[\[(]?\s*(at|arroba|arobase)\s*[\])]?\s*", "@", s)
        s = re.sub(r"\s*[\[(]?\s*(dot|punto|point|punkt|ponto)\s*[\])]?\s*", ".", s)
        return s.replace(" ", "").lower()
    if t in ("PASSWORD", "USERNAME", "IP_ADDRESS"):
        return s
    out = []
    for tok in re.split(r"[\s,]+|(?<=[a-zà-ü])-(?=[a-zà-ü])", s):
        low = tok.lower()
        if family == "spelled_out" and low in WORD2DIGIT:
            out.append(WORD2DIGIT[low])
        elif family == "split_by_noise" and low in ALL_NOISE_WORDS:
            continue
        else:
            out.append("".join(ch for ch in tok if ch.isalnum()))
    j = "".join(out)
    if t in DIGIT_TYPES:
        j = j.replace("O", "0").replace("o", "0").replace("l", "1")
    elif t == "ES_DNI":
        j = j[:-1].replace("O", "0").replace("o", "0").replace("l", "1") + j[-1:]
    elif t == "ES_NIE":
        j = j[:1] + j[1:-1].replace("O", "0").replace("o", "0").replace("l", "1") + j[-1:]
    return j.upper()
