"""Turn a canonical value into what a customer types, per obfuscation family, and back.

`render()` returns the typed text; `decode()` is its independent inverse, used by the generator to
prove that every rendered span still holds the value it claims to hold.
"""

from __future__ import annotations

import random
import re

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Spoken variants customers really type: "oh" for zero, "meia" for six in Brazil, "zwo" in German.
ALT_WORDS = {"en": {"0": "oh"}, "pt": {"6": "meia"}, "de": {"2": "zwo"}, "es": {}, "fr": {}}

NOISE = [" 🙂 ", " | ", " / ", " ... ", "\n", " 👉 ", " ~ ", " // ", " 🙏 ", "  ", " * "]
NOISE_WORDS = {
    "en": [" then ", " and ", " space "],
    "es": [" y ", " luego ", " espacio "],
    "fr": [" et ", " puis ", " espace "],
    "de": [" und ", " dann ", " Leerzeichen "],
    "pt": [" e ", " depois ", " espaço "],
}

AT = {
    "en": [" at ", " (at) ", " [at] "],
    "es": [" arroba ", " (arroba) ", " at "],
    "fr": [" arobase ", " at ", " (at) "],
    "de": [" at ", " (at) ", " ät "],
    "pt": [" arroba ", " (arroba) ", " at "],
}
DOT = {
    "en": [" dot ", " (dot) ", "[dot]"],
    "es": [" punto ", " (punto) ", " dot "],
    "fr": [" point ", " (point) ", " dot "],
    "de": [" punkt ", " (punkt) ", " dot "],
    "pt": [" ponto ", " (ponto) ", " dot "],
}

DIGIT_ONLY = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "SSN",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "DE_TAX_ID",
    "PT_NIF",
    "FR_NIR",
}
GROUPED = DIGIT_ONLY | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "ES_DNI",
    "ES_NIE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "MX_CURP",
    "MX_RFC",
    "CREDIT_DEBIT_EXPIRY",
}


def families_for(typ: str, canonical: str) -> list[str]:
    if typ == "EMAIL":
        return ["plain", "plain", "email_obfuscated"]
    if typ in (
        "PASSWORD",
        "USERNAME",
        "SWIFT_CODE",
        "IP_ADDRESS",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "MX_CURP",
        "MX_RFC",
    ):
        return [
            "plain"
        ]  # people copy these as printed; regrouping them would be invented, not observed
    if typ == "CREDIT_DEBIT_EXPIRY":
        return ["plain", "plain", "spaced_or_dashed"]
    fams = (
        ["plain", "spaced_or_dashed", "spaced_or_dashed", "split_by_noise"]
        if len(canonical) >= 6
        else ["plain", "plain"]
    )
    if typ in DIGIT_ONLY and ("0" in canonical or "1" in canonical):
        fams.append("letter_digits")
    if typ in DIGIT_ONLY and len(canonical) <= 11:
        fams.append("spelled_out")
    return fams


def groups(typ: str, v: str, r: random.Random) -> list[str]:
    """Split a canonical value into the groups people type it in."""
    if typ == "CREDIT_DEBIT_NUMBER" and len(v) < 15:
        sizes = [2, 2] if len(v) == 4 else [len(v)]
    elif typ == "CREDIT_DEBIT_NUMBER":
        sizes = [4, 6, 5] if len(v) == 15 else [4, 4, 4, 4]
    elif typ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        sizes = [4] * (len(v) // 4) + ([len(v) % 4] if len(v) % 4 else [])
    elif typ == "PHONE":
        n = len(v)
        sizes = r.choice(
            {
                9: [[3, 3, 3], [3, 2, 2, 2]],
                10: [[2, 2, 2, 2, 2], [3, 3, 4], [2, 4, 4]],
                11: [[2, 5, 4], [4, 7], [5, 6], [3, 4, 4]],
                12: [[4, 8], [4, 4, 4]],
            }.get(n, [[n // 2, n - n // 2]])
        )
    elif typ == "SSN":
        sizes = [3, 2, 4]
    elif typ == "BR_CPF":
        sizes = [3, 3, 3, 2]
    elif typ == "BR_CNPJ":
        sizes = [2, 3, 3, 4, 2]
    elif typ == "FR_NIR":
        sizes = [1, 2, 2, 2, 3, 3, 2]
    elif typ == "MX_CLABE":
        sizes = [3, 3, 11, 1]
    elif typ in ("ES_DNI", "ES_NIE"):
        sizes = [len(v) - 1, 1]
    elif typ == "CREDIT_DEBIT_EXPIRY":
        return [v[:2], v[3:]]
    else:
        k = 3 if len(v) % 3 == 0 or len(v) < 8 else 4
        k = min(k, max(1, len(v) // 2))
        sizes = [k] * (len(v) // k) + ([len(v) % k] if len(v) % k else [])
    out, i = [], 0
    for s in sizes:
        out.append(v[i : i + s])
        i += s
    assert "".join(out) == v and all(out)
    return out


def _look_alike(s: str, r: random.Random) -> str:
    idx = [i for i, c in enumerate(s) if c in "01"]
    pick = set(r.sample(idx, max(1, len(idx) // 2 + r.randint(0, 1)) if len(idx) > 1 else 1))
    return "".join(
        (
            {"0": r.choice("Oo"), "1": r.choice("lI" if r.random() < 0.2 else "l")}[c]
            if i in pick
            else c
        )
        for i, c in enumerate(s)
    )


def render(typ: str, v: str, family: str, lang: str, r: random.Random) -> str:
    if family == "plain":
        if typ == "CREDIT_DEBIT_EXPIRY" and r.random() < 0.4:
            return r.choice([v.replace("/", ""), v[:3] + "20" + v[3:], v.lstrip("0")])
        if (
            typ
            in (
                "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
                "SWIFT_CODE",
                "ES_DNI",
                "ES_NIE",
                "MX_CURP",
                "MX_RFC",
            )
            and r.random() < 0.2
        ):
            return v.lower()
        return v
    if family == "spaced_or_dashed":
        g = groups(typ, v, r)
        if typ == "BR_CPF" and r.random() < 0.6:
            return f"{g[0]}.{g[1]}.{g[2]}-{g[3]}"
        if typ == "BR_CNPJ" and r.random() < 0.6:
            return f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}"
        if typ == "CREDIT_DEBIT_EXPIRY":
            return r.choice(
                [f"{g[0]}-{g[1]}", f"{g[0]} {g[1]}", f"{g[0]} / {g[1]}", f"{g[0]}.{g[1]}"]
            )
        return r.choice([" ", " ", "-", ".", " - "]).join(g)
    if family == "split_by_noise":
        g = groups(typ, v, r)
        pool = NOISE + NOISE_WORDS[lang]
        seps = [r.choice(pool) for _ in range(len(g) - 1)]
        if r.random() < 0.5:
            seps = [seps[0]] * len(seps)
        return g[0] + "".join(s + x for s, x in zip(seps, g[1:]))
    if family == "letter_digits":
        g = groups(typ, v, r) if r.random() < 0.5 else [v]
        joined = r.choice([" ", "-"]).join(g)
        return _look_alike(joined, r)
    if family == "spelled_out":
        words = DIGIT_WORDS[lang]
        alt = ALT_WORDS[lang]
        toks = [alt[c] if c in alt and r.random() < 0.5 else words[int(c)] for c in v]
        if r.random() < 0.3:
            toks[0] = toks[0].capitalize()
        return r.choice([" ", " ", ", ", "-"]).join(toks)
    if family == "email_obfuscated":
        user, dom = v.split("@")
        at = r.choice(AT[lang])
        dot = r.choice(DOT[lang])
        return user + at + dom.replace(".", dot)
    raise ValueError(family)


_WORD_TO_DIGIT = {}
for _lang, _ws in DIGIT_WORDS.items():
    for _i, _w in enumerate(_ws):
        _WORD_TO_DIGIT[_w.lower()] = str(_i)
for _lang, _alt in ALT_WORDS.items():
    for _d, _w in _alt.items():
        _WORD_TO_DIGIT[_w] = _d


def compact(typ: str, v: str) -> str:
    """The comparable form of a canonical value."""
    if typ == "CREDIT_DEBIT_EXPIRY":
        return v.replace("/", "")
    if typ in ("EMAIL", "PASSWORD", "USERNAME", "IP_ADDRESS"):
        return v
    return re.sub(r"[^0-9A-Za-z]", "", v).upper()


def decode(typ: str, text: str, lang: str) -> str:
    """Recover the compact value from typed text (an inverse written apart from render)."""
    if typ == "EMAIL":
        t = text
        for w in sum(AT.values(), []):
            t = t.replace(w, "@") if w.strip() in t else t
        for w in sum(DOT.values(), []):
            t = t.replace(w, ".")
        return t.replace(" ", "")
    if typ in ("PASSWORD", "USERNAME", "IP_ADDRESS"):
        return text
    t = text
    for ws in NOISE_WORDS.values():
        for w in ws:
            t = t.replace(w, " ")
    toks = re.split(r"[\s,\-]+", t.strip())
    if toks and all(tok.lower() in _WORD_TO_DIGIT for tok in toks if tok):
        return "".join(_WORD_TO_DIGIT[tok.lower()] for tok in toks if tok)
    out = re.sub(r"[^0-9A-Za-z]", "", t)
    if typ in DIGIT_ONLY:
        out = out.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))
    if typ == "CREDIT_DEBIT_EXPIRY":
        if len(out) == 6:
            out = out[:2] + out[4:]
        if len(out) == 3:
            out = "0" + out
    return out.upper()
