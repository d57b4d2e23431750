"""Turn a template into one labelled conversation: draw values, obfuscate them, record spans."""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from . import values

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
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASS": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
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
    "p": "plain",
    "sd": "spaced_or_dashed",
    "nz": "split_by_noise",
    "sub": "letter_substitution",
    "sp": "spelled_out",
    "at": "email_spelled",
    "pct": "percent_encoded",
    "cred": "url_credentials",
    "kv": "key_value_secret",
    "cx": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}
PLACEHOLDER = re.compile(r"\{(\w+)\.(\w+)(?:\.(\w+))?\}")

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Lazy typists drop accents; keep both spellings in play.
PLAIN_WORDS = {"fr": {"zéro": "zero"}, "de": {"fünf": "funf"}, "pt": {"três": "tres"}}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
NOISE_WORDS = {
    "en": ("then", "and", "next"),
    "es": ("luego", "y", "despues"),
    "fr": ("puis", "et", "ensuite"),
    "de": ("dann", "und", "danach"),
    "pt": ("depois", "e", "entao"),
}
AT_DOT = {
    "en": ((" at ", " dot "), ("[at]", "[dot]"), (" (at) ", " (dot) ")),
    "es": ((" arroba ", " punto "), ("(arroba)", "(punto)")),
    "fr": ((" arobase ", " point "), (" at ", " point ")),
    "de": ((" Klammeraffe ", " Punkt "), ("(at)", "(punkt)"), (" at ", " punkt ")),
    "pt": ((" arroba ", " ponto "), ("[arroba]", "[ponto]")),
}
EMOJI = ("🙂", "👉", "✅", "🙏", "➡️", "😅")


@dataclass
class Span:
    type: str
    family: str
    start: int
    end: int
    value: str
    canonical: str
    group: str | None = None


@dataclass
class Keep:
    kind: str
    start: int
    end: int
    value: str


@dataclass
class Message:
    text: str = ""
    pii: list[Span] = field(default_factory=list)
    must_keep: list[Keep] = field(default_factory=list)


def _chunks(s: str, rng: random.Random, lo: int = 2, hi: int = 4) -> list[str]:
    out, i = [], 0
    while i < len(s):
        n = rng.randint(lo, hi)
        out.append(s[i : i + n])
        i += n
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


def _compact(v: str) -> str:
    return re.sub(r"[\s\-./()]", "", v)


def _groups(v: str) -> list[str]:
    """The groups of a print form (split on spaces, dashes, dots, slashes)."""
    parts = [p for p in re.split(r"[\s\-./]+", v) if p]
    return parts


def spell(s: str, lang: str, rng: random.Random, mixed: bool) -> str:
    words = DIGIT_WORDS[lang]
    out: list[str] = []
    for g in _groups(s) if len(_groups(s)) > 1 else _chunks(s, rng, 3, 4):
        if mixed and rng.random() < 0.4:
            out.append(g)
            continue
        ws = []
        for ch in g:
            if ch.isdigit():
                w = words[int(ch)]
                if rng.random() < 0.3:
                    w = PLAIN_WORDS.get(lang, {}).get(w, w)
                ws.append(w)
            elif ch == "+":
                ws.append(
                    {"en": "plus", "es": "mas", "fr": "plus", "de": "plus", "pt": "mais"}[lang]
                )
            else:
                ws.append(ch)
        out.append(" ".join(ws))
    return rng.choice((" ", ", ", " - ")).join(out)


def month_expiry(canon: str, lang: str, rng: random.Random) -> str:
    mm, yy = canon.split("/")
    name = MONTHS[lang].split()[int(mm) - 1]
    name = rng.choice((name, name.lower(), name[:3]))
    year = rng.choice((yy, "20" + yy))
    sep = (
        {"es": " de ", "pt": " de "}.get(lang, " ")
        if rng.random() < 0.5
        else rng.choice((" ", "/"))
    )
    return f"{name}{sep}{year}"


def obfuscate(type_: str, family: str, canon: str, lang: str, rng: random.Random) -> str | None:
    """Render a canonical value in one obfuscation family, or None when it does not fit."""
    comp = _compact(canon)
    if family in ("plain", "context_only", "key_value_secret"):
        if type_ == "CREDIT_DEBIT_EXPIRY" and family == "plain" and rng.random() < 0.5:
            return month_expiry(canon, lang, rng)
        if type_ == "CREDIT_DEBIT_EXPIRY" and rng.random() < 0.3:
            mm, yy = canon.split("/")
            return f"{mm}/20{yy}"
        return canon
    if family == "url_credentials":
        return None if re.search(r"[#%/@:?]", canon) else canon
    if family == "spaced_or_dashed":
        lead = "+" if comp.startswith("+") else ""
        sep = rng.choice((" ", "-", " - ", "  "))
        return lead + sep.join(_chunks(comp.lstrip("+"), rng, 2, 4))
    if family == "split_by_noise":
        parts = _groups(canon) if len(_groups(canon)) > 2 else _chunks(comp, rng, 2, 4)
        if len(parts) < 2:
            return None
        out = parts[0]
        for p in parts[1:]:
            kind = rng.randrange(5)
            if kind == 0:
                sep = f" {rng.choice(EMOJI)} "
            elif kind == 1:
                sep = rng.choice((" | ", "|"))
            elif kind == 2:
                sep = rng.choice((" / ", "/"))
            elif kind == 3:
                sep = "\n"
            else:
                sep = f" {rng.choice(NOISE_WORDS[lang])} "
            out += sep + p
        return out
    if family == "letter_substitution":
        if not re.search(r"[01]", canon):
            return None
        chars = list(canon)
        idx = [i for i, c in enumerate(chars) if c in "01"]
        pick = [i for i in idx if rng.random() < 0.6] or [rng.choice(idx)]
        for i in pick:
            chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
        return "".join(chars)
    if family == "spelled_out":
        return spell(canon, lang, rng, mixed=rng.random() < 0.4)
    if family == "email_spelled":
        at, dot = rng.choice(AT_DOT[lang])
        local, dom = canon.split("@")
        return local + at + dom.replace(".", dot)
    if family == "percent_encoded":
        enc = quote(canon, safe="")
        return enc if enc != canon else None
    if family == "compact_expiry":
        mm, yy = canon.split("/")
        return mm + rng.choice((yy, "20" + yy))
    if family == "iban_broken":
        out = ""
        for i, p in enumerate(_chunks(comp, rng, 3, 6)):
            out += (rng.choice((" ", "-", "\n", " - ", "  ", "")) if i else "") + p
        return out
    raise ValueError(family)


def split_parts(canon: str, k: int, rng: random.Random) -> list[str]:
    groups = _groups(canon)
    if len(groups) < k:
        comp = _compact(canon)
        cuts = sorted(rng.sample(range(1, len(comp)), k - 1))
        return [comp[a:b] for a, b in zip([0, *cuts], [*cuts, len(comp)], strict=True)]
    cuts = sorted(rng.sample(range(1, len(groups)), k - 1))
    seps = re.findall(r"[\s\-./]+", canon)
    sep = seps[0] if seps else " "
    return [sep.join(groups[a:b]) for a, b in zip([0, *cuts], [*cuts, len(groups)], strict=True)]


# ---------------------------------------------------------------- hard negatives


def _d(rng: random.Random, n: int) -> str:
    return values.digits(rng, n)


def keep_value(kind: str, locale: str, rng: random.Random) -> str:
    comma = locale[:2] in ("es", "fr", "de", "pt")
    region = values.REGION[locale]
    if kind in ("amount", "price"):
        whole = str(rng.randint(3, 2400))
        cents = _d(rng, 2)
        return f"{whole},{cents}" if comma else f"{whole}.{cents}"
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
        return rng.choice(
            (f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}")
        )
    if kind == "time":
        return f"{rng.randint(7, 21)}:{rng.choice(('00', '15', '30', '45'))}" + rng.choice(
            ("", "h")
        )
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind in ("count", "street", "room"):
        return str(rng.randint(1, 12 if kind == "count" else 480))
    if kind == "zip":
        return _d(rng, 5)
    if kind == "zip4":
        return f"{_d(rng, 5)}-{_d(rng, 4)}"
    if kind == "postcode":
        if region == "GB":
            return f"{rng.choice(('EC', 'SW', 'M', 'LS'))}{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
        if region == "BR":
            return f"{_d(rng, 5)}-{_d(rng, 3)}"
        if region == "PT":
            return f"{rng.randint(1000, 9900)}-{_d(rng, 3)}"
        return _d(rng, 5)
    if kind == "flight":
        return f"{rng.choice(('IB', 'AF', 'LH', 'TP', 'BA', 'AM', 'LA', 'UA'))}{rng.choice(('', ' '))}{rng.randint(100, 9999)}"
    if kind == "model":
        return rng.choice(
            (
                f"SM-A{rng.randint(100, 599)}F",
                f"XPS {rng.randint(13, 17)}",
                f"RT-AX{rng.randint(50, 99)}U",
                f"iPhone {rng.randint(11, 16)}",
            )
        )
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"
    if kind == "booking":
        return "".join(rng.choice(string.ascii_uppercase + "23456789") for _ in range(6))
    if kind == "tracking":
        return f"{rng.choice(('LX', 'RR', 'CP'))}{_d(rng, 9)}{rng.choice(('ES', 'BR', 'PT', 'FR', 'DE'))}"
    if kind == "invoice":
        return f"{rng.randint(2023, 2026)}/{_d(rng, 5)}"
    # order, ticket, contract and other reference numbers
    return _d(rng, rng.choice((5, 6, 7, 8)))


def draw_keep(kind: str, locale: str, rng: random.Random) -> str:
    while True:
        v = keep_value(kind, locale, rng)
        if values.safe_negative(v) and v[:1] != "0":
            return v


# ---------------------------------------------------------------- conversation


def render(conv_id: str, locale: str, messages: list[str], rng: random.Random) -> list[Message]:
    lang = locale[:2]
    # Multi-message groups: how many parts each has, so one value can be split before writing.
    group_sizes: dict[str, int] = {}
    for m in messages:
        for alias, fam, g in PLACEHOLDER.findall(m):
            if fam == "mm":
                group_sizes[g] = group_sizes.get(g, 0) + 1
    group_parts: dict[str, tuple[list[str], str, str]] = {}
    group_ids: dict[str, str] = {}
    out: list[Message] = []
    for m in messages:
        msg = Message()
        pos = 0
        for match in PLACEHOLDER.finditer(m):
            msg.text += m[pos : match.start()]
            pos = match.end()
            alias, fam, g = match.groups()
            if alias == "mk":
                v = draw_keep(fam, locale, rng)
                msg.must_keep.append(Keep(fam, len(msg.text), len(msg.text) + len(v), v))
                msg.text += v
                continue
            type_, family = TYPES[alias], FAMILIES[fam]
            group = None
            if family == "multi_message":
                if g not in group_parts:
                    canon = values.draw(type_, rng, locale)
                    group_parts[g] = (split_parts(canon, group_sizes[g], rng), canon, type_)
                    group_ids[g] = f"{conv_id}-g{len(group_ids) + 1}"
                parts, canon, _ = group_parts[g]
                v = parts.pop(0)
                group = group_ids[g]
            else:
                while True:
                    canon = values.draw(type_, rng, locale)
                    rendered = obfuscate(type_, family, canon, lang, rng)
                    if rendered is not None:
                        v = rendered
                        break
            if not values.validate(type_, canon):
                raise ValueError(f"{conv_id}: invalid canonical {type_}")
            msg.pii.append(
                Span(type_, family, len(msg.text), len(msg.text) + len(v), v, canon, group)
            )
            msg.text += v
        msg.text += m[pos:]
        out.append(msg)
    return out


def to_json(
    conv_id: str, lang: str, locale: str, split: str, msgs: list[Message]
) -> dict[str, Any]:
    def span(s: Span) -> dict[str, Any]:
        d: dict[str, Any] = {"type": s.type, "family": s.family}
        if s.group:
            d["group"] = s.group
        d.update(start=s.start, end=s.end, value=s.value)
        return d

    return {
        "id": conv_id,
        "lang": lang,
        "locale": locale,
        "split": split,
        "messages": [
            {
                "text": m.text,
                "pii": [span(s) for s in m.pii],
                "must_keep": [
                    {"kind": k.kind, "start": k.start, "end": k.end, "value": k.value}
                    for k in m.must_keep
                ],
            }
            for m in msgs
        ],
    }
