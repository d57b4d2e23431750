"""Turn a template into labelled customer messages.

A template is a tuple `(locale, message, ...)`. Messages are digit-free text with slots:
`{TYPE.family}` (optionally `{TYPE.family.REGION}`), `{TYPE.mm.<group><part>}` for one value
typed over consecutive messages, and `{=kind}` for a hard negative that must stay untouched.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from . import values as v

TYPES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKEY": "AWS_ACCESS_KEY",
    "SKEY": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

FAMILIES = {
    "plain": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "email": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "compact": "compact_expiry",
    "ibanb": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}

SLOT = re.compile(r"\{([^{}]+)\}")

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Customers often drop accents or use the colloquial form.
DIGIT_VARIANTS = {
    "en": {"0": ["oh"]},
    "es": {},
    "fr": {"0": ["zero"]},
    "de": {"2": ["zwo"], "5": ["fuenf"]},
    "pt": {"3": ["tres"], "6": ["meia"]},
}
NOISE_WORDS = {
    "en": ["then", "and", "next"],
    "es": ["luego", "y", "despues"],
    "fr": ["puis", "et", "ensuite"],
    "de": ["dann", "und", "danach"],
    "pt": ["depois", "e", "mais"],
}
NOISE_MARKS = [" 🙂 ", " | ", " / ", "\n", " 👉 ", " ✨ ", "|", " -- "]
EMAIL_WORDS = {
    "en": (["at", "(at)", "[at]", "AT"], ["dot", "(dot)", "[dot]", "DOT"]),
    "es": (["arroba", "(arroba)", "arroba"], ["punto", "(punto)", "pto"]),
    "fr": (["arobase", "(arobase)", "at"], ["point", "(point)", "pt"]),
    "de": (["Klammeraffe", "(at)", "at"], ["Punkt", "(punkt)", "punkt"]),
    "pt": (["arroba", "(arroba)", "@rroba"], ["ponto", "(ponto)", "pto"]),
}
DIGIT_ONLY = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "MX_CLABE",
    "CREDIT_DEBIT_EXPIRY",
}


@dataclass
class Draw:
    kind: str
    canonical: str
    groups: list[str]
    region: str


@dataclass
class Message:
    text: str = ""
    pii: list[dict[str, Any]] = field(default_factory=list)
    must_keep: list[dict[str, Any]] = field(default_factory=list)


def _rechunk(text: str, rng: random.Random) -> list[str]:
    size = rng.choice([3, 4]) if len(text) > 6 else 2
    return [text[i : i + size] for i in range(0, len(text), size)]


def _phone_print(d: Draw, rng: random.Random) -> str:
    num = phonenumbers.parse(d.canonical, None)
    pnf = phonenumbers.PhoneNumberFormat
    style = rng.choice([pnf.NATIONAL, pnf.NATIONAL, pnf.INTERNATIONAL, pnf.E164])
    return phonenumbers.format_number(num, style)


def printed(d: Draw, rng: random.Random, lang: str) -> str:
    """The official or everyday print form of a value."""
    c, g = d.canonical, d.groups
    k = d.kind
    if k == "PHONE":
        return _phone_print(d, rng)
    if k == "CREDIT_DEBIT_EXPIRY":
        month, year = int(g[0]), c[3:]
        names = v.MONTHS[lang]
        return rng.choice(
            [
                f"{g[0]}/{g[1]}",
                f"{g[0]}/{year}",
                f"{g[0]}-{g[1]}",
                f"{names[month - 1]} {year}",
                f"{names[month - 1][:3]} {g[1]}",
                f"{names[month - 1]} {g[1]}",
            ]
        )
    if k == "BR_CPF":
        return f"{g[0]}.{g[1]}.{g[2]}-{g[3]}" if rng.random() < 0.8 else c
    if k == "BR_CNPJ":
        return f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}" if rng.random() < 0.8 else c
    if k in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return "-".join(g) if rng.random() < 0.8 else c
    if k == "BANK_ROUTING" and d.region == "GB":
        return "-".join(g)
    if k in (
        "CREDIT_DEBIT_NUMBER",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "FR_NIR",
        "UK_NATIONAL_INSURANCE_NUMBER",
    ):
        return " ".join(g) if rng.random() < 0.75 else c
    if k in ("DE_TAX_ID", "PT_NIF"):
        return " ".join(g) if rng.random() < 0.4 else c
    if k == "BANK_ACCOUNT_NUMBER" and d.region == "BR":
        return "-".join(g)
    return c


def _join_mixed(parts: list[str], seps: list[str]) -> str:
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return out


def _groups_for(d: Draw, rng: random.Random) -> list[str]:
    if d.kind == "PHONE":
        text = _phone_print(d, rng)
        parts = [p for p in re.split(r"[\s\-().]+", text) if p]
        return parts if len(parts) > 1 else _rechunk(text, rng)
    if d.kind == "CREDIT_DEBIT_EXPIRY":
        return list(d.groups)
    return list(d.groups) if len(d.groups) > 1 else _rechunk(d.canonical, rng)


def _spell(text: str, rng: random.Random, lang: str) -> str:
    words = DIGIT_WORDS[lang]
    variants = DIGIT_VARIANTS[lang]
    mixed = rng.random() < 0.3
    tokens: list[str] = []
    for i, ch in enumerate(text):
        if ch.isdigit():
            if mixed and i % 3 == 2:
                tokens.append(ch)
            elif ch in variants and rng.random() < 0.4:
                tokens.append(rng.choice(variants[ch]))
            else:
                tokens.append(words[int(ch)])
        elif ch == "+":
            tokens.append("+")
        elif ch.isalpha():
            tokens.append(ch)
        elif not ch.isspace() and tokens and tokens[-1] != ",":
            tokens.append(",") if ch != "/" else tokens.append("/")
    out = " ".join(tokens).replace(" ,", ",").replace("+ ", "+")
    return out.strip(" ,")


def _substitute(text: str, rng: random.Random) -> str:
    out, done = [], False
    for ch in text:
        if ch == "0" and rng.random() < 0.6:
            out.append(rng.choice(["O", "o"]))
            done = True
        elif ch == "1" and rng.random() < 0.6:
            out.append(rng.choice(["l", "I"]))
            done = True
        else:
            out.append(ch)
    if not done:  # force at least one substitution, on the first 0 or 1
        for i, ch in enumerate(out):
            if ch in "01":
                out[i] = "O" if ch == "0" else "l"
                break
    return "".join(out)


def _email_spelled(addr: str, rng: random.Random, lang: str) -> str:
    ats, dots = EMAIL_WORDS[lang]
    at, dot = rng.choice(ats), rng.choice(dots)
    local, domain = addr.split("@")
    local_out = local.replace(".", f" {dot} ") if rng.random() < 0.6 else local
    return f"{local_out} {at} " + f" {dot} ".join(domain.split("."))


def render_value(d: Draw, family: str, rng: random.Random, lang: str) -> str:
    if family in ("plain", "ctx", "url", "kv"):
        return printed(d, rng, lang)
    if family == "sp":
        sep = rng.choice([" ", "-", " - ", "  "])
        return sep.join(_groups_for(d, rng))
    if family == "noise":
        groups = _groups_for(d, rng)
        pool = NOISE_MARKS + [f" {w} " for w in NOISE_WORDS[lang]]
        return _join_mixed(groups, [rng.choice(pool) for _ in groups[1:]])
    if family == "sub":
        return _substitute(printed(d, rng, lang), rng)
    if family == "spell":
        return _spell(
            printed(d, rng, lang) if d.kind != "PHONE" else " ".join(_groups_for(d, rng)), rng, lang
        )
    if family == "email":
        return _email_spelled(d.canonical, rng, lang)
    if family == "pct":
        if d.kind == "PHONE":
            return d.canonical.replace("+", "%2B")
        return d.canonical.replace("@", "%40").replace("+", "%2B")
    if family == "compact":
        g = d.groups
        return g[0] + (g[1] if rng.random() < 0.7 else d.canonical[3:])
    if family == "ibanb":
        groups = list(d.groups) if rng.random() < 0.7 else _rechunk(d.canonical, rng)
        seps = [rng.choice([" ", "-", "\n", "  ", " -", "\n"]) for _ in groups[1:]]
        if "\n" not in seps and "-" not in seps:
            seps[rng.randrange(len(seps))] = rng.choice(["\n", "-"])
        return _join_mixed(groups, seps)
    raise ValueError(f"unknown family {family}")


# Hard negatives -------------------------------------------------------------------------------


def _digits(rng: random.Random, lo: int, hi: int) -> str:
    n = rng.randint(lo, hi)
    return str(rng.randint(10 ** (n - 1), 10**n - 1))


def _amount(rng: random.Random, lang: str) -> str:
    whole = rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)])
    cents = rng.choice(["00", "90", "99", "50", "45"])
    if lang in ("en",):
        w = f"{whole:,}"
        return f"{w}.{cents}" if rng.random() < 0.7 else w
    w = f"{whole:,}".replace(",", ".")
    return f"{w},{cents}" if rng.random() < 0.7 else w


def _date(rng: random.Random, lang: str, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    if rng.random() < 0.25:
        return f"{y}-{m:02d}-{d:02d}"
    if rng.random() < 0.3:
        return f"{d} {v.MONTHS[lang][m - 1]}"
    if locale == "en-US":
        return f"{m}/{d}/{y}"
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y if rng.random() < 0.6 else y % 100}"


_POSTCODE = {
    "en-US": lambda r: _digits(r, 5, 5),
    "en-GB": lambda r: (
        r.choice(["SW1A", "EC1A", "M1", "LS6", "B33", "CF10"])
        + f" {r.randint(1, 9)}"
        + r.choice(["AA", "BB", "XZ", "HT"])
    ),
    "es-ES": lambda r: f"{r.randint(1, 52):02d}{r.randint(0, 999):03d}",
    "es-MX": lambda r: f"{r.randint(1, 99):02d}{r.randint(0, 999):03d}",
    "fr-FR": lambda r: f"{r.randint(1, 95):02d}{r.randint(0, 999):03d}",
    "de-DE": lambda r: f"{r.randint(1, 99):02d}{r.randint(0, 999):03d}",
    "pt-BR": lambda r: f"{r.randint(10000, 99999)}-{r.randint(0, 999):03d}",
    "pt-PT": lambda r: f"{r.randint(1000, 9999)}-{r.randint(0, 999):03d}",
}


def _keep(kind: str, rng: random.Random, lang: str, locale: str) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "order":
        return rng.choice(["", "", "A", "WEB-", "PED-"]) + _digits(rng, 5, 8)
    if kind == "booking":
        return "".join(rng.choice(letters + "23456789") for _ in range(6))
    if kind == "ticket":
        return rng.choice(["", "TK-", "INC"]) + _digits(rng, 5, 7)
    if kind == "contract":
        return _digits(rng, 6, 10)
    if kind == "invoice":
        return (
            rng.choice(["INV-", "FAC-", "F", "RE-"])
            + f"{rng.choice([2024, 2025])}-"
            + _digits(rng, 4, 6)
        )
    if kind == "amount":
        return _amount(rng, lang)
    if kind == "date":
        return _date(rng, lang, locale)
    if kind == "time":
        return f"{rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45', '05'])}"
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "zip":
        return _POSTCODE[locale](rng)
    if kind == "zip4":
        return f"{_digits(rng, 5, 5)}-{rng.randint(1000, 9999)}"
    if kind == "count":
        return str(rng.randint(2, 40))
    if kind == "flight":
        return (
            rng.choice(["IB", "LH", "AF", "TP", "LA", "AM", "BA", "UA", "VY"])
            + rng.choice(["", " "])
            + _digits(rng, 3, 4)
        )
    if kind == "model":
        return (
            rng.choice(["SM-A", "XPS ", "iPhone ", "WH-", "MX-", "RT-AX"])
            + _digits(rng, 2, 4)
            + rng.choice(["", "B", "XM", " Pro"])
        )
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 20)}" + rng.choice(
            ["", f".{rng.randint(0, 9)}"]
        )
    if kind == "room":
        return _digits(rng, 3, 3)
    if kind == "street":
        return str(rng.randint(1, 250))
    if kind == "tracking":
        return (
            rng.choice(["1Z", "LX", "JD", "CP"])
            + _digits(rng, 8, 11)
            + rng.choice(["", "BR", "PT", "DE"])
        )
    if kind == "ref":
        return rng.choice(["REF", "R-", "SR"]) + _digits(rng, 5, 7)
    if kind == "percent":
        return str(rng.randint(5, 60))
    if kind == "days":
        return str(rng.randint(2, 90))
    raise ValueError(f"unknown keep kind {kind}")


def keep_value(kind: str, rng: random.Random, lang: str, locale: str) -> str:
    while True:
        value = _keep(kind, rng, lang, locale)
        if v.keep_is_safe(value):
            return value


# Rendering ------------------------------------------------------------------------------------


def _parse(slot: str) -> tuple[str, str, str]:
    parts = slot.split(".")
    return parts[0], parts[1], parts[2] if len(parts) > 2 else ""


def _draw(kind: str, family: str, region: str, rng: random.Random) -> Draw:
    # Each family needs a value it can actually show; redraw rather than mislabel.
    while True:
        canonical, groups = v.DRAW[kind](rng, region)
        if family == "sub" and not re.search(r"[01]", canonical):
            continue
        if family == "url" and re.search(r"[#/?@:]", canonical):
            continue
        return Draw(kind, canonical, groups, region)


def _split_parts(d: Draw, n: int, rng: random.Random, lang: str) -> list[str]:
    groups = _groups_for(d, rng)
    if groups[0].startswith("+") and len(groups) > n:
        groups = [groups[0] + " " + groups[1], *groups[2:]]  # a country code alone is no part
    if len(groups) < n:
        groups = _rechunk(d.canonical, rng)
    if len(groups) < n:
        raise ValueError(f"cannot split {d.kind} into {n}")
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    sep = rng.choice([" ", "-", " "]) if d.kind != "PHONE" else " "
    bounds = [0, *cuts, len(groups)]
    return [sep.join(groups[a:b]) for a, b in zip(bounds, bounds[1:])]


def render(
    template: tuple[str, ...], rng: random.Random, lang: str, conv_id: str
) -> tuple[str, list[Message], list[tuple[str, str]]]:
    """Render one conversation; returns locale, messages and (type, canonical) pairs to validate."""
    locale, *texts = template
    region = v.REGION[locale]
    # Multi-message groups are drawn once, before any message, so each part is a slice.
    parts_of: dict[str, list[str]] = {}
    group_kind: dict[str, tuple[str, str]] = {}
    for text in texts:
        for slot in SLOT.findall(text):
            if slot.startswith("="):
                continue
            abbr, fam, extra = _parse(slot)
            if fam == "mm":
                group_kind[extra[0]] = (abbr, extra)
                parts_of.setdefault(extra[0], []).append(extra)
    mm_values: dict[str, list[str]] = {}
    canon: list[tuple[str, str]] = []
    for g, parts in parts_of.items():
        kind = TYPES[group_kind[g][0]]
        d = _draw(kind, "mm", region, rng)
        canon.append((kind, d.canonical))
        mm_values[g] = _split_parts(d, len(parts), rng, lang)

    messages: list[Message] = []
    for text in texts:
        msg = Message()
        pos = 0
        out = ""
        for m in SLOT.finditer(text):
            out += text[pos : m.start()]
            slot = m.group(1)
            if slot.startswith("="):
                kind = slot[1:]
                value = keep_value(kind, rng, lang, locale)
                msg.must_keep.append(
                    {"kind": kind, "start": len(out), "end": len(out) + len(value), "value": value}
                )
            else:
                abbr, fam, extra = _parse(slot)
                kind = TYPES[abbr]
                span: dict[str, Any] = {"type": kind, "family": FAMILIES[fam]}
                if fam == "mm":
                    value = mm_values[extra[0]][int(extra[1:]) - 1]
                    span["group"] = f"{conv_id}-g{ord(extra[0]) - 96}"
                else:
                    d = _draw(kind, fam, extra or region, rng)
                    canon.append((kind, d.canonical))
                    value = render_value(d, fam, rng, lang)
                span.update({"start": len(out), "end": len(out) + len(value), "value": value})
                msg.pii.append(span)
            out += value
            pos = m.end()
        out += text[pos:]
        msg.text = out
        messages.append(msg)
    return locale, messages, canon
