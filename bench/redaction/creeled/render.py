"""Obfuscation families and span bookkeeping: a template becomes text plus exact spans."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from . import values as V

FAMILIES = (
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
)

# {TYPE}, {TYPE:family}, {TYPE:fam1|fam2}, {TYPE:family:RR}, {TYPE:multi_message#tag}
SLOT = re.compile(r"\{([A-Z_]+)(?::([a-z_|]*))?(?::([A-Z]{2}))?(?:#(\w+))?\}")
# <<kind>> draws a hard negative, <<kind=literal>> keeps a written one
KEEP = re.compile(r"<<(\w+)(?:=([^>]*))?>>")

DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
}
MONTHS = {
    "en": "jan feb mar apr may jun jul aug sep oct nov dec".split(),
    "es": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc".split(),
    "de": "Jan Feb März Apr Mai Juni Juli Aug Sep Okt Nov Dez".split(),
    "pt": "jan fev mar abr mai jun jul ago set out nov dez".split(),
}
MONTHS_LONG = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
NOISE = {
    "en": (" 🙏 ", " | ", " / ", "\n", " then ", " and ", " 😅 ", " .. ", " — "),
    "es": (" 🙏 ", " | ", " / ", "\n", " y ", " luego ", " 👉 ", " .. ", " y después "),
    "fr": (" 🙏 ", " | ", " / ", "\n", " puis ", " et ", " 👉 ", " .. ", " ensuite "),
    "de": (" 🙏 ", " | ", " / ", "\n", " dann ", " und ", " 👉 ", " .. ", " danach "),
    "pt": (" 🙏 ", " | ", " / ", "\n", " e ", " depois ", " 👉 ", " .. ", " aí "),
}
EMAIL_WORDS = {
    "en": ((" at ", " [at] ", " (at) "), (" dot ", " [dot] ", " dot ")),
    "es": ((" arroba ", " arroba ", " (arroba) "), (" punto ", " punto ", " . ")),
    "fr": ((" arobase ", " at ", " arobase "), (" point ", " point ", " . ")),
    "de": ((" ät ", " at ", " [at] "), (" punkt ", " Punkt ", " dot ")),
    "pt": ((" arroba ", " arroba ", " at "), (" ponto ", " ponto ", " dot ")),
}
SINGLE_GROUP = {"PASSWORD", "USERNAME", "EMAIL"}


@dataclass
class Message:
    text: str = ""
    pii: list[dict[str, object]] = field(default_factory=list)
    must_keep: list[dict[str, object]] = field(default_factory=list)

    def add(self, piece: str) -> None:
        self.text += piece

    def add_span(self, piece: str, entry: dict[str, object], key: str) -> None:
        start = len(self.text)
        self.text += piece
        item = dict(entry)
        item["start"], item["end"], item["value"] = start, start + len(piece), piece
        getattr(self, key).append(item)


def _regroup(groups: tuple[str, ...], rng: random.Random) -> list[str]:
    if len(groups) >= 2:
        return list(groups)
    g = groups[0]
    cut = rng.randint(1, max(1, len(g) - 1))
    return [g[:cut], g[cut:]] if len(g) > 1 else [g]


def spell(s: str, lang: str, rng: random.Random) -> str:
    """Digits to words, letters kept; other characters become a pause."""
    out: list[str] = []
    other = rng.choice([k for k in DIGIT_WORDS if k != lang])
    mixed = rng.random() < 0.25
    for i, ch in enumerate(s):
        if ch.isdigit():
            words = DIGIT_WORDS[other if mixed and i % 3 == 2 else lang]
            w = words[int(ch)]
            if lang == "en" and ch == "0" and rng.random() < 0.3:
                w = "oh"
            if lang == "pt" and ch == "6" and rng.random() < 0.4:
                w = "meia"
            out.append(w)
        elif ch.isalnum():
            out.append(ch.upper())
        elif out and out[-1] not in (",", "-"):
            out.append(rng.choice((",", "-")))
    text = " ".join(out).replace(" ,", ",")
    return text.strip(" ,-")


def substitute(s: str, rng: random.Random) -> str | None:
    """O/o for zero and l for one, inside digit runs only; None when nothing can be swapped."""
    chars = list(s)
    spots = [i for i, c in enumerate(chars) if c in "01"]
    if not spots:
        return None
    chosen = [i for i in spots if rng.random() < 0.5] or [rng.choice(spots)]
    for i in chosen:
        chars[i] = rng.choice(("O", "o")) if chars[i] == "0" else "l"
    return "".join(chars)


def expiry_plain(v: V.Value, lang: str, rng: random.Random) -> str:
    mm, yy = v.groups
    r = rng.random()
    if r < 0.4:
        return f"{mm}/{yy}"
    if r < 0.55:
        return f"{mm}/20{yy}"
    if r < 0.75:
        return f"{MONTHS[lang][int(mm) - 1]} {yy}"
    if r < 0.9:
        return f"{MONTHS_LONG[lang][int(mm) - 1]} 20{yy}"
    return f"{int(mm)}/{yy}"


def render_value(v: V.Value, family: str, lang: str, rng: random.Random) -> str | None:
    """The typed form of one value in one family; None asks for another draw."""
    if family in ("plain", "context_only", "key_value_secret", "url_credentials"):
        if v.type == "CREDIT_DEBIT_EXPIRY":
            return expiry_plain(v, lang, rng)
        if v.type in ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "BR_CPF", "BR_CNPJ", "FR_NIR", "PHONE"):
            return rng.choice((v.display, v.display, v.canonical))
        return v.display
    if family == "spaced_or_dashed":
        groups = list(v.groups) if len(v.groups) > 1 else list(v.canonical)
        return rng.choice((" ", "-", " - ", " ", ".")).join(groups)
    if family == "split_by_noise":
        groups = _regroup(v.groups, rng)
        noise = NOISE[lang]
        text = groups[0]
        for g in groups[1:]:
            text += rng.choice(noise) + g
        return text
    if family == "letter_substitution":
        base = (
            v.canonical if v.type in ("CREDIT_DEBIT_NUMBER", "BANK_ACCOUNT_NUMBER") else v.display
        )
        if v.type == "CREDIT_DEBIT_NUMBER" and rng.random() < 0.5:
            base = " ".join(v.groups)
        return substitute(base, rng)
    if family == "spelled_out":
        base = " ".join(v.groups) if len(v.groups) > 1 else v.canonical
        return spell(base, lang, rng)
    if family == "email_spelled":
        ats, dots = EMAIL_WORDS[lang]
        at, dot = rng.choice(ats), rng.choice(dots)
        local, dom = v.canonical.split("@")
        return (local.replace(".", dot) + at + dom.replace(".", dot)).strip()
    if family == "percent_encoded":
        if v.type == "PHONE":
            return "%2B" + v.canonical[1:]
        return quote(v.canonical, safe="")
    if family == "compact_expiry":
        return "".join(v.groups) if rng.random() < 0.8 else v.groups[0] + "20" + v.groups[1]
    if family == "iban_broken":
        c = v.canonical
        parts, i = [], 0
        while i < len(c):
            n = rng.choice((2, 3, 4, 4, 4, 5, 6))
            parts.append(c[i : i + n])
            i += n
        text = parts[0]
        for p in parts[1:]:
            text += rng.choice((" ", "-", "\n", "  ", " - ", " ")) + p
        return text
    raise ValueError(f"unknown family {family}")


def split_parts(v: V.Value, n: int, rng: random.Random) -> list[str]:
    """A value cut into n consecutive pieces for multi_message."""
    groups = list(v.groups)
    if len(groups) < n:
        c = v.canonical
        step = -(-len(c) // n)
        groups = [c[i : i + step] for i in range(0, len(c), step)]
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    bounds = [0, *cuts, len(groups)]
    joiner = rng.choice((" ", " ", ""))
    if v.type in ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "PHONE", "CREDIT_DEBIT_NUMBER"):
        joiner = " "
    return [joiner.join(groups[bounds[i] : bounds[i + 1]]) for i in range(n)]


TYPE_ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "SECRET": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
FAMILY_ALIAS = {
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "mail": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "multi": "multi_message",
}
