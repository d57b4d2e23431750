"""Render canonical values in the ways customers type them, and decode them back.

Template slots: `{CARD}` (family drawn), `{CARD:sd}` (family fixed), `{ID}`/`{ID.w}` and
`{ID2}`/`{ID2.w}` (type drawn, `.w` is the customer's word for it), `{CARD:mm1}` then `{mm2}`,
`{mm3}` in later messages (one value across messages), `{#kind}` (a number that must stay).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote

import phonenumbers

from . import values as V

ALIASES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "SKEY": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STID": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

FAMILIES = {
    "pl": "plain",
    "sd": "spaced_or_dashed",
    "sn": "split_by_noise",
    "ls": "letter_substitution",
    "so": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "co": "context_only",
    "mm": "multi_message",
}

# Families a slot without a fixed family may draw (pe, uc, kv and mm need the template's syntax).
DRAWABLE = {
    "CARD": ["pl", "pl", "sd", "sd", "sn", "ls"],
    "CVV": ["pl", "pl", "co", "so", "ls"],
    "EXP": ["pl", "pl", "ce", "so", "sd"],
    "PIN": ["pl", "co", "so", "ls"],
    "ACCT": ["pl", "pl", "sd", "ls", "co", "sn"],
    "ROUT": ["pl", "pl", "sd", "co"],
    "IBAN": ["pl", "sd", "sd", "ib", "sn"],
    "SWIFT": ["pl", "co"],
    "EMAIL": ["pl", "pl", "es"],
    "PHONE": ["pl", "pl", "sd", "sn", "ls", "so"],
    "SSN": ["pl", "sd", "ls", "so", "sn"],
    "ITIN": ["pl", "sd"],
    "NINO": ["pl", "sd"],
    "PASSPORT": ["pl", "co"],
    "DL": ["pl", "co"],
    "PWD": ["pl", "co"],
    "USER": ["pl", "co"],
    "IP": ["pl", "co"],
    "MAC": ["pl", "co", "sd"],
    "AKID": ["pl", "co"],
    "SKEY": ["pl", "co"],
    "DNI": ["pl", "sd", "ls"],
    "NIE": ["pl", "sd"],
    "CURP": ["pl"],
    "RFC": ["pl", "sd"],
    "CLABE": ["pl", "sd", "sn", "ls"],
    "CPF": ["pl", "pl", "sd", "ls", "sn"],
    "CNPJ": ["pl", "sd"],
    "NIR": ["pl", "sd", "ls"],
    "STID": ["pl", "sd", "ls"],
    "NIF": ["pl", "sd", "ls"],
}
MM_TYPES = ["CARD", "PHONE", "IBAN", "ACCT", "CLABE", "CPF", "SSN"]
LS_TYPES = {
    "CARD",
    "CVV",
    "PIN",
    "ACCT",
    "PHONE",
    "SSN",
    "DNI",
    "CLABE",
    "CPF",
    "NIR",
    "STID",
    "NIF",
}

SLOT = re.compile(r"\{([^{}]+)\}")


def groups(alias: str, v: str, country: str) -> list[str]:
    """The digit groups a customer would see printed for a value."""
    if alias == "PHONE":
        n = phonenumbers.parse(v)
        nat = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
        return re.findall(r"[0-9]+", nat)
    c = re.sub(r"[^0-9A-Za-z]", "", v)
    sizes = {
        "CARD": [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4],
        "SSN": [3, 2, 4],
        "ITIN": [3, 2, 4],
        "CPF": [3, 3, 3, 2],
        "CNPJ": [2, 3, 3, 4, 2],
        "NIR": [1, 2, 2, 2, 3, 3, 2],
        "CLABE": [3, 3, 11, 1],
        "NINO": [2, 2, 2, 2, 1],
        "STID": [2, 3, 3, 3],
        "NIF": [3, 3, 3],
        "DNI": [8, 1],
        "NIE": [1, 7, 1],
        "RFC": [4, 6, 3],
        "ROUT": [3, 3, 3]
        if len(c) == 9
        else [2, 2, 2]
        if len(c) == 6
        else [4, 4]
        if len(c) == 8
        else [len(c)],
    }.get(alias)
    if sizes is None:
        sizes = [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])
    out, i = [], 0
    for s in sizes:
        out.append(c[i : i + s])
        i += s
    if i < len(c):
        out.append(c[i:])
    return [g for g in out if g]


def plain(alias: str, v: str, rng, country: str) -> str:
    if alias == "PHONE":
        n = phonenumbers.parse(v)
        f = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
            ]
        )
        return phonenumbers.format_number(n, f)
    if alias == "SSN":
        return rng.choice([f"{v[:3]}-{v[3:5]}-{v[5:]}", v])
    if alias == "CPF":
        return rng.choice([f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", v])
    if alias == "CNPJ":
        return rng.choice([f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}", v])
    if alias == "EXP":
        m, y = v.split("/")
        return rng.choice([f"{m}/{y}", f"{m}/20{y}", f"{m}-{y}", f"{int(m)}/{y}"])
    return v


def letter_sub(s: str, rng) -> str:
    out, done = [], False
    idx = [i for i, c in enumerate(s) if c in "01"]
    pick = set(rng.sample(idx, max(1, len(idx) // 2)))
    for i, c in enumerate(s):
        if i in pick:
            out.append(rng.choice("Oo") if c == "0" else rng.choice("lI"))
        else:
            out.append(c)
    return "".join(out)


def render(alias: str, fam: str, v: str, rng, country: str, L) -> str:
    if fam in ("pl", "uc", "kv", "co"):
        return plain(alias, v, rng, country) if fam in ("pl", "co") else v
    if fam == "sd":
        if alias == "EXP":
            m, y = v.split("/")
            return m + rng.choice([" ", " - ", ".", " / "]) + y
        sep = rng.choice([" ", "-", ".", " - ", "  "])
        return sep.join(groups(alias, v, country))
    if fam == "sn":
        gs = groups(alias, v, country)
        noise = [" 🙏 ", " | ", "/", "\n", " 👉 ", " … ", "|"] + [f" {w} " for w in L.NOISE_WORDS]
        out = gs[0]
        for g in gs[1:]:
            out += rng.choice(noise) + g
        return out
    if fam == "ls":
        return letter_sub(
            rng.choice(
                [
                    " ".join(groups(alias, v, country)),
                    re.sub(r"[^0-9A-Za-z]", "", plain(alias, v, rng, country)),
                ]
            ),
            rng,
        )
    if fam == "so":
        if alias == "EXP":
            m, y = v.split("/")
            seps = [" ", " 20"] + ([" de ", " de 20"] if L.LANG in ("es", "pt") else [])
            return L.MONTHS[int(m) - 1] + rng.choice(seps) + y
        gs = groups(alias, v, country)
        parts = []
        for g in gs:
            if len(gs) > 1 and rng.random() < 0.3:
                parts.append(g)
            else:
                parts.append(" ".join(L.DIGITS[int(c)] if c.isdigit() else c for c in g))
        return rng.choice([" ", ", ", " - "]).join(parts) if len(parts) > 1 else parts[0]
    if fam == "es":
        local, dom = v.split("@")
        dot = rng.choice(L.DOT)
        if dot.strip() == "":
            dot = " dot "
        return local + rng.choice(L.AT) + dom.replace(".", dot)
    if fam == "pe":
        return quote(v, safe=".-_")
    if fam == "ce":
        return v.replace("/", "")
    if fam == "ib":
        gs = groups(alias, v, country)
        out = gs[0]
        for g in gs[1:]:
            out += rng.choice([" ", "-", "\n", "  ", " -", "\n"]) + g
        return out
    raise ValueError(fam)


def mm_parts(alias: str, v: str, k: int, rng, country: str) -> list[str]:
    gs = groups(alias, v, country)
    if len(gs) < k:  # split long groups so each message gets one
        c = "".join(gs)
        step = -(-len(c) // k)
        gs = [c[i : i + step] for i in range(0, len(c), step)]
    cuts = sorted(rng.sample(range(1, len(gs)), k - 1))
    bounds = [0] + cuts + [len(gs)]
    sep = rng.choice([" ", " ", "-"])
    return [sep.join(gs[bounds[i] : bounds[i + 1]]) for i in range(k)]


# ---- decoding, for validation only --------------------------------------------------------------


def _fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn"
    )


def decode(alias: str, fam: str, text: str, L) -> str:
    """Turn rendered text back into a comparable canonical string."""
    t = text
    if fam == "pe":
        t = unquote(t)
    if fam == "es":
        for a in sorted(L.AT, key=len, reverse=True):
            t = t.replace(a, "@")
        for d in sorted(L.DOT + [" dot "], key=len, reverse=True):
            if d.strip():
                t = t.replace(d, ".")
        return t.replace(" ", "").lower()
    if alias in ("EMAIL",):
        return t.lower()
    if alias in ("PWD", "USER", "SKEY", "AKID", "IP"):
        return t
    if fam == "so":
        words = {_fold(w): str(i) for i, w in enumerate(L.DIGITS)}
        words.update({_fold(k): d for k, d in L.DIGIT_ALT.items()})
        months = {_fold(m): f"{i + 1:02d}" for i, m in enumerate(L.MONTHS)}
        toks = re.findall(r"[^\W\d_]+|\d+|\S", t)
        out = []
        for tok in toks:
            f = _fold(tok)
            if f in words:
                out.append(words[f])
            elif f in months:
                out.append(months[f])
            elif tok.isdigit() or tok.isupper():
                out.append(tok)
        t = "".join(out)
    if fam == "sn":
        toks = [w for w in re.split(r"(\s+)", t) if w.strip() not in L.NOISE_WORDS]
        t = "".join(toks)
    if fam == "ls":
        t = t.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))
    return re.sub(r"[^0-9A-Za-z]", "", t).upper()


def canon(alias: str, v: str) -> str:
    if alias == "EMAIL":
        return v.lower()
    if alias in ("PWD", "USER", "SKEY", "AKID", "IP"):
        return v
    return re.sub(r"[^0-9A-Za-z]", "", v).upper()


def matches(alias: str, v: str, decoded: str) -> bool:
    if alias == "PHONE":
        nsn = phonenumbers.national_significant_number(phonenumbers.parse(v))
        return decoded.endswith(nsn) and len(decoded) - len(nsn) <= 4
    if alias == "EXP":
        m, y = v.split("/")
        return decoded in (m + y, m + "20" + y, str(int(m)) + y)
    return decoded == canon(alias, v)
