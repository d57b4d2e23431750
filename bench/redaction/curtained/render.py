"""How a drawn value is written in a message (one function per obfuscation family), and the
key that reads a written value back so the self-check can prove the round trip."""

from __future__ import annotations

import re
from random import Random
from urllib.parse import quote, unquote

import phonenumbers
from stdnum.fr import nir as fr_nir

from . import values, words

FAMILIES = {
    "p": "plain",
    "sp": "spaced_or_dashed",
    "nz": "split_by_noise",
    "sub": "letter_substitution",
    "sw": "spelled_out",
    "es": "email_spelled",
    "pct": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "mm": "multi_message",
    "cx": "context_only",
}
DIGIT_TYPES = {
    "CARD",
    "PHONE",
    "ACCT",
    "CLABE",
    "SSN",
    "ITIN",
    "CPF",
    "CNPJ",
    "NIF",
    "IDNR",
    "NIR",
    "CVV",
    "PIN",
    "ROUT",
    "DL",
}

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
    "de": ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}
NOISE_WORDS = {
    "en": [" and ", " then ", " n "],
    "es": [" y ", " luego ", " y luego "],
    "fr": [" et ", " puis ", " et puis "],
    "de": [" und ", " dann ", " und dann "],
    "pt": [" e ", " depois ", " e depois "],
}
NOISE_MARKS = [" 👉 ", "👉", " | ", "|", "/", " / ", ".", "\n", " ✨ ", " - ", "🔹", "...", " * "]
AT = {
    "en": ["at", "(at)", "[at]", "AT"],
    "es": ["arroba", "(arroba)", "at"],
    "fr": ["arobase", "arrobase", "(at)", "at"],
    "de": ["(at)", "at", "ät", "[at]"],
    "pt": ["arroba", "(arroba)", "at"],
}
DOT = {
    "en": ["dot", "(dot)", "DOT"],
    "es": ["punto", "punto", "dot"],
    "fr": ["point", "point", "dot"],
    "de": ["punkt", "(punkt)", "Punkt", "dot"],
    "pt": ["ponto", "ponto", "dot"],
}
AT_WORDS = {"at", "(at)", "[at]", "arroba", "(arroba)", "arobase", "arrobase", "ät"}
DOT_WORDS = {"dot", "(dot)", "punto", "point", "punkt", "(punkt)", "ponto"}


def phone_obj(value: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(value, None)


def display(code: str, v: str, rng: Random, lang: str, country: str) -> str:
    """The value as a customer would usually print it (the `plain` family)."""
    compact = rng.random() < 0.3
    if code == "CARD":
        return v if compact else rng.choice([" ", " ", "-"]).join(values.card_groups(v))
    if code == "PHONE":
        return values.phone_text(rng, phone_obj(v))
    if code in ("SSN", "ITIN"):
        return v if compact else f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if code == "NINO":
        return v if compact else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
    if code == "IBAN":
        grouped = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return v if compact else grouped
    if code == "CPF":
        return v if compact else f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if code == "CNPJ":
        return v if compact else f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"
    if code == "NIR":
        return v if compact else fr_nir.format(v)
    if code == "IDNR":
        return v if compact else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if code == "NIF":
        return v if compact else f"{v[:3]} {v[3:6]} {v[6:]}"
    if code in ("DNI", "NIE"):
        return v if compact else f"{v[:-1]}-{v[-1]}"
    if code == "CLABE":
        return v if compact else f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}"
    if code == "EXP":
        mm, yy = v.split("/")
        style = rng.randrange(7)
        if style == 0:
            return f"{mm}/20{yy}"
        if style == 1:
            return f"{mm}-{yy}"
        if style == 2:
            return f"{int(mm)}/{yy}"
        if style == 3:
            name = MONTHS[lang][int(mm) - 1]
            return f"{name} {rng.choice([yy, '20' + yy])}"
        if style == 4:
            return f"{mm} {yy}"
        return v
    if code in ("DL", "PASS", "CURP", "RFC") and rng.random() < 0.15:
        return v.lower()
    return v


def regroup(a: str, rng: Random) -> str:
    groups: list[str] = []
    i = 0
    while i < len(a):
        n = rng.randint(2, 5)
        if len(a) - (i + n) == 1:
            n += 1
        groups.append(a[i : i + n])
        i += n
    sep = rng.choice([" ", "-", " ", "  ", " - ", "mixed"])
    if sep == "mixed":
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice([" ", "-"]) + g
        return out
    return sep.join(groups)


def spaced(code: str, v: str, rng: Random, country: str) -> str:
    if code == "PHONE":
        num = phone_obj(v)
        if rng.random() < 0.5:
            nat = phonenumbers.national_significant_number(num)
            prefix = (
                "0"
                if country in ("GB", "IE", "FR", "DE", "AT", "CH", "BE", "AU", "NZ", "IN")
                else ""
            )
            return regroup(prefix + nat, rng)
        return f"+{num.country_code} " + regroup(phonenumbers.national_significant_number(num), rng)
    if code == "CARD":
        return regroup(v, rng)
    return regroup(values.alnum(v), rng)


def phone_digits(v: str, country: str) -> str:
    num = phone_obj(v)
    nat = phonenumbers.national_significant_number(num)
    prefix = "0" if country in ("GB", "IE", "FR", "DE", "AT", "CH", "BE", "AU", "NZ", "IN") else ""
    return prefix + nat


def noisy(code: str, v: str, rng: Random, lang: str, country: str) -> str:
    a = phone_digits(v, country) if code == "PHONE" else values.alnum(v)
    groups: list[str] = []
    i = 0
    size = rng.choice([2, 3, 4, 4, 4])
    while i < len(a):
        n = size if len(a) - i - size != 1 else size + 1
        groups.append(a[i : i + n])
        i += n
    letters = any(c.isalpha() for c in a)
    pool = NOISE_MARKS + ([] if letters else NOISE_WORDS[lang])
    if rng.random() < 0.6:
        sep = rng.choice(pool)
        return sep.join(groups)
    out = groups[0]
    for g in groups[1:]:
        out += rng.choice(pool) + g
    return out


def substituted(code: str, v: str, rng: Random, lang: str, country: str) -> str | None:
    text = display(code, v, rng, lang, country) if code != "PHONE" else phone_digits(v, country)
    positions = [i for i, c in enumerate(text) if c in "01"]
    if not positions:
        return None
    chosen = set(rng.sample(positions, rng.randint(1, min(3, len(positions)))))
    out = []
    for i, c in enumerate(text):
        if i in chosen:
            out.append(rng.choice(["O", "o"]) if c == "0" else rng.choice(["l", "I"]))
        else:
            out.append(c)
    return "".join(out)


def spelled(code: str, v: str, rng: Random, lang: str, locale: str, country: str) -> str:
    src = v
    if code == "PHONE":  # read as written in the country's national format, group by group
        national = values.phone_text(rng, phone_obj(v), "national")
        src = national if rng.random() < 0.6 else phone_digits(v, country)
    if code == "CARD":
        src = " ".join(values.card_groups(v))
    return words.spell(src, lang, locale, rng)


def email_spelled(v: str, rng: Random, lang: str) -> str:
    local, domain = v.split("@")
    at = rng.choice(AT[lang])
    dot = rng.choice(DOT[lang])
    tight = at.startswith(("(", "[")) and rng.random() < 0.5
    if rng.random() < 0.5:
        local = local.replace(".", f" {dot} ")
    domain = domain.replace(".", f" {dot} ")
    return f"{local}{at}{domain}" if tight else f"{local} {at} {domain}"


def iban_broken(v: str, rng: Random) -> str:
    out = ""
    i = 0
    while i < len(v):
        n = rng.randint(2, 6)
        out += v[i : i + n]
        i += n
        if i < len(v):
            out += rng.choice([" ", "  ", "-", "\n", " - ", " ", ""])
    if rng.random() < 0.35:
        out = out.lower()
    return out


def render(
    code: str, fam: str, v: str, rng: Random, lang: str, locale: str, country: str
) -> str | None:
    if fam in ("p", "cx", "kv", "uc"):
        return display(code, v, rng, lang, country) if code not in ("PWD", "ASEC", "AKID") else v
    if fam == "sp":
        return spaced(code, v, rng, country)
    if fam == "nz":
        return noisy(code, v, rng, lang, country)
    if fam == "sub":
        return substituted(code, v, rng, lang, country)
    if fam == "sw":
        return spelled(code, v, rng, lang, locale, country)
    if fam == "es":
        return email_spelled(v, rng, lang)
    if fam == "pct":
        return quote(v, safe="")
    if fam == "ce":
        mm, yy = v.split("/")
        return mm + (yy if rng.random() < 0.7 else "20" + yy)
    if fam == "ib":
        return iban_broken(v, rng)
    raise KeyError(fam)


def split_parts(code: str, v: str, n: int, rng: Random, lang: str, country: str) -> list[str]:
    """A value written over n consecutive messages, cut where the customer would pause."""
    text = (
        display(code, v, rng, lang, country)
        if code != "PHONE"
        else rng.choice(
            [phone_digits(v, country), values.phone_text(rng, phone_obj(v), "national")]
        )
    )
    if code == "CARD":
        text = " ".join(values.card_groups(v))
    cuts = [m.start() for m in re.finditer(r"[ .\-/]", text)]
    if len(cuts) < n - 1:
        step = len(text) / n
        cuts = [round(step * k) for k in range(1, n)]
    else:
        cuts = sorted(rng.sample(cuts, n - 1))
    pieces = []
    prev = 0
    for c in [*cuts, len(text)]:
        pieces.append(text[prev:c].strip(" .-/"))
        prev = c
    return pieces


# --- reading back -----------------------------------------------------------------------
def _exp_key(text: str, lang: str) -> tuple[int, int]:
    t = text.strip().lower()
    letters = re.sub(r"[^a-zäéûç]", "", t)
    nums = re.findall(r"\d+", t)
    if letters:
        names = [m.lower() for m in MONTHS[lang]]
        return names.index(letters) + 1, int(nums[-1]) % 100
    if len(nums) == 1:
        d = nums[0]
        return int(d[:2]), int(d[2:]) % 100
    return int(nums[0]), int(nums[1]) % 100


def _phone_key(text: str, country: str) -> str:
    s = ("+" if "+" in text else "") + re.sub(r"\D", "", text)
    return phonenumbers.format_number(
        phonenumbers.parse(s, country), phonenumbers.PhoneNumberFormat.E164
    )


def key(code: str, text: str, fam: str, lang: str, locale: str, country: str) -> object:
    """A comparable form of a written value; equal for the drawn value and its rendering."""
    if fam == "pct":
        text = unquote(text)
    if fam == "sub":
        text = text.translate(str.maketrans("OolI", "0011"))
    if fam == "sw":
        text = words.parse(text, lang, locale)
    if fam == "es":
        toks = (
            text.replace("(", " (").replace(")", ") ").replace("[", " [").replace("]", "] ").split()
        )
        text = "".join(
            "@" if t.lower() in AT_WORDS else "." if t.lower() in DOT_WORDS else t for t in toks
        )
    if code == "EMAIL":
        return text.lower()
    if code in ("PWD", "ASEC", "AKID", "IP"):
        return text
    if code == "MAC":
        return re.sub(r"[^0-9a-f]", "", text.lower())
    if code == "EXP":
        return _exp_key(text, lang)
    if code == "PHONE":
        return _phone_key(text, country)
    if code in DIGIT_TYPES and fam == "nz":
        return re.sub(r"\D", "", text)
    return values.alnum(text)
