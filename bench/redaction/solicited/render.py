"""Render a canonical value the way a customer would type it, per family, and decode it back.

`render` returns the surface text that becomes the span; `decode` undoes it so the generator can
check that every span still means its value.
"""

from __future__ import annotations

import random
import re

import phonenumbers

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Chat spellings people actually type (no accents, "oh" for zero, "meia" for six in Brazil).
DIGIT_ALIASES = {
    "oh": "0",
    "zero": "0",
    "zeró": "0",
    "zero.": "0",
    "tres": "3",
    "tres.": "3",
    "seis": "6",
    "meia": "6",
    "fuenf": "5",
    "funf": "5",
    "zwo": "2",
    "tres,": "3",
    "zéro": "0",
    "zero,": "0",
    "tre": "3",
}
WORD_TO_DIGIT = {w: str(i) for words in DIGIT_WORDS.values() for i, w in enumerate(words)}
WORD_TO_DIGIT.update({k: v for k, v in DIGIT_ALIASES.items()})

NOISE = {
    "en": [" 👉 ", " .. ", " umm ", " 🙏 ", " and ", " then ", " / "],
    "es": [" 👉 ", " .. ", " eh ", " y ", " luego ", " 🙏 ", " / "],
    "fr": [" 👉 ", " .. ", " euh ", " et ", " puis ", " 🙏 ", " / "],
    "de": [" 👉 ", " .. ", " ähm ", " und ", " dann ", " 🙏 ", " / "],
    "pt": [" 👉 ", " .. ", " é ", " e ", " depois ", " 🙏 ", " / "],
}
NOISE_WORDS = {w.strip() for ws in NOISE.values() for w in ws}

EMAIL_AT = {
    "en": [" at ", "(at)", " [at] "],
    "es": [" arroba ", "(arroba)", " at "],
    "fr": [" arobase ", "(at)", " at "],
    "de": [" at ", "(at)", " ät "],
    "pt": [" arroba ", "(arroba)", " at "],
}
EMAIL_DOT = {
    "en": [" dot ", "(dot)"],
    "es": [" punto ", "(punto)"],
    "fr": [" point ", "(point)"],
    "de": [" punkt ", "(punkt)"],
    "pt": [" ponto ", "(ponto)"],
}
AT_WORDS = {"at", "(at)", "[at]", "arroba", "(arroba)", "arobase", "ät"}
DOT_WORDS = {
    "dot",
    "(dot)",
    "punto",
    "(punto)",
    "point",
    "(point)",
    "punkt",
    "(punkt)",
    "ponto",
    "(ponto)",
}

# Types whose digits a customer may spell, mistype with letters, or split.
DIGITY = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "PHONE",
    "SSN",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "ES_DNI",
    "ES_NIE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
}
SPELLABLE = {
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PHONE",
    "SSN",
    "BANK_ACCOUNT_NUMBER",
    "PT_NIF",
    "BR_CPF",
    "ES_DNI",
    "BANK_ROUTING",
    "DE_TAX_ID",
    "CREDIT_DEBIT_NUMBER",
}
PLAIN_ONLY = {
    "PASSWORD",
    "USERNAME",
    "IP_ADDRESS",
    "CREDIT_DEBIT_EXPIRY",
    "SWIFT_CODE",
    "MX_CURP",
    "MX_RFC",
}

FAMILIES = [
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_digits",
    "spelled_out",
    "email_obfuscated",
]


def families_for(kind: str, value: str) -> list[str]:
    if kind == "EMAIL":
        return ["plain", "email_obfuscated"]
    if kind in PLAIN_ONLY:
        return ["plain"]
    out = ["plain", "spaced_or_dashed"]
    if len(value) >= 6:
        out.append("split_by_noise")
    if kind in DIGITY and re.search("[01]", value):
        out.append("letter_digits")
    if kind in SPELLABLE and len(value) <= 12:
        out.append("spelled_out")
    return out


def national(value: str) -> str:
    """Phone as the customer would type it at home (no country code), compact."""
    n = phonenumbers.parse(value, None)
    return re.sub(r"\D", "", phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL))


def base_form(kind: str, value: str, rng: random.Random) -> str:
    if kind == "PHONE":
        return rng.choice([national(value), national(value), value])
    return value


GROUPINGS = {
    "CREDIT_DEBIT_NUMBER": lambda v: [4, 4, 4, 4] if len(v) == 16 else [4, 6, 5],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda v: (
        [4] * (len(v) // 4) + ([len(v) % 4] if len(v) % 4 else [])
    ),
    "BR_CPF": lambda v: [3, 3, 3, 2],
    "BR_CNPJ": lambda v: [2, 3, 3, 4, 2],
    "FR_NIR": lambda v: [1, 2, 2, 2, 3, 3, 2],
    "SSN": lambda v: [3, 2, 4],
    "MX_CLABE": lambda v: [3, 3, 11, 1],
    "ES_DNI": lambda v: [8, 1],
    "ES_NIE": lambda v: [1, 7, 1],
    "BANK_ROUTING": lambda v: (
        [2, 2, 2] if len(v) == 6 else [3, 3, len(v) - 6] if len(v) > 6 else [2, 2]
    ),
}


def chunks(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return [c for c in out if c]


def groups(kind: str, s: str) -> list[str]:
    if kind == "PHONE":
        if s.startswith("+"):
            n = phonenumbers.parse(s, None)
            return (
                phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
                .replace("-", " ")
                .split(" ")
            )
        size = 3 if len(s) % 3 == 0 else 4 if len(s) % 4 == 0 else 3
        return chunks(s, [size] * 6)
    if kind in GROUPINGS:
        return chunks(s, GROUPINGS[kind](s))
    size = 4 if len(s) >= 8 else 3 if len(s) >= 6 else 2
    return chunks(s, [size] * 10)


def spaced(kind: str, s: str, rng: random.Random) -> str:
    g = groups(kind, s)
    if kind == "BR_CPF":
        return rng.choice([g[0] + "." + g[1] + "." + g[2] + "-" + g[3], " ".join(g)])
    if kind == "BR_CNPJ":
        return rng.choice([g[0] + "." + g[1] + "." + g[2] + "/" + g[3] + "-" + g[4], " ".join(g)])
    sep = rng.choice(
        [" ", " ", "-", "."] if kind not in ("INTERNATIONAL_BANK_ACCOUNT_NUMBER",) else [" "]
    )
    return sep.join(g)


def letter_digits(s: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(s) if c in "01"]
    pick = set(rng.sample(idx, k=max(1, min(len(idx), rng.randint(1, 3)))))
    return "".join(
        ({"0": rng.choice("Oo"), "1": rng.choice("lI")}[c] if i in pick else c)
        for i, c in enumerate(s)
    )


def spell(s: str, lang: str, rng: random.Random) -> str:
    words = DIGIT_WORDS[lang]
    toks = []
    for c in s:
        if c.isdigit():
            w = words[int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.4:
                w = "oh"
            if lang != "de" and rng.random() < 0.3:  # people drop accents
                w = w.replace("é", "e").replace("ê", "e")
            toks.append(w)
        elif c == "+":
            continue
        else:
            toks.append(c)
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(toks)


def obfuscate_email(v: str, lang: str, rng: random.Random) -> str:
    local, domain = v.split("@")
    at = rng.choice(EMAIL_AT[lang])
    dot = rng.choice(EMAIL_DOT[lang])
    if rng.random() < 0.5:
        domain = domain.replace(".", dot)
    if rng.random() < 0.3:
        local = local.replace(".", dot)
    return local + at + domain


def render(kind: str, value: str, family: str, lang: str, rng: random.Random) -> str:
    s = base_form(kind, value, rng)
    if family == "plain" or family == "partial":
        return s
    if family == "spaced_or_dashed":
        return spaced(kind, s, rng)
    if family == "split_by_noise":
        g = groups(kind, s)
        if len(g) < 2:
            g = chunks(s, [len(s) // 2, len(s)])
        cut = rng.randint(1, len(g) - 1)
        return " ".join(g[:cut]) + rng.choice(NOISE[lang]) + " ".join(g[cut:])
    if family == "letter_digits":
        return letter_digits(s if rng.random() < 0.5 else spaced(kind, s, rng), rng)
    if family == "spelled_out":
        return spell(s, lang, rng)
    if family == "email_obfuscated":
        return obfuscate_email(s, lang, rng)
    raise ValueError(family)


def decode(surface: str, family: str) -> str:
    """Compact form of what the customer typed: spelled digits, look-alikes, noise and separators undone."""
    if family == "email_obfuscated":
        toks = re.split(
            r"(\s+|\(at\)|\[at\]|\(arroba\)|\(dot\)|\(punto\)|\(point\)|\(punkt\)|\(ponto\))",
            surface,
        )
        out = []
        for t in toks:
            tt = t.strip().lower()
            if tt in AT_WORDS:
                out.append("@")
            elif tt in DOT_WORDS:
                out.append(".")
            elif tt:
                out.append(t.strip())
        return "".join(out)
    if family == "spelled_out":
        out = []
        for t in re.split(r"[\s,\-]+", surface):
            tl = t.lower()
            if tl in WORD_TO_DIGIT:
                out.append(WORD_TO_DIGIT[tl])
            elif tl.replace("e", "é") in WORD_TO_DIGIT:
                out.append(WORD_TO_DIGIT[tl.replace("e", "é")])
            elif tl.replace("e", "ê") in WORD_TO_DIGIT:
                out.append(WORD_TO_DIGIT[tl.replace("e", "ê")])
            elif t:
                out.append(t)
        return "".join(out)
    s = surface
    if family == "split_by_noise":
        s = " ".join(t for t in s.split(" ") if t not in NOISE_WORDS)
    if family == "letter_digits":
        s = s.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))
    return re.sub(r"[\s.\-/()]", "", s) if family != "plain" else s


def same_value(kind: str, value: str, decoded: str) -> bool:
    if kind == "PHONE":
        d = re.sub(r"\D", "", decoded)
        return d in (re.sub(r"\D", "", value), national(value))
    if kind in ("CREDIT_DEBIT_EXPIRY", "EMAIL", "PASSWORD", "USERNAME", "IP_ADDRESS"):
        return decoded == value
    return re.sub(r"[\s.\-/]", "", decoded) == value
