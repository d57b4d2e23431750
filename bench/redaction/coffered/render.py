"""Turn a template into customer messages with labelled spans.

A template is a tuple of message strings. ``{TYPE|family}`` is a PII slot,
``{TYPE|multi_message|a}`` a slot whose value is typed over consecutive messages sharing group
``a``, ``{keep:kind}`` a hard negative. A first string ``@xx-YY`` pins the locale. Literals
carry no digits, so every digit in the output comes from a slot and is labelled.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.fr import nir

from . import values

SLOT = re.compile(r"\{([A-Z_]+)\|([a-z_]+)(?:\|([a-z]))?\}|\{keep:([a-z_]+)\}")

LOCALES = {
    "en": ("en-US", "en-GB"),
    "es": ("es-ES", "es-MX"),
    "fr": ("fr-FR",),
    "de": ("de-DE",),
    "pt": ("pt-BR", "pt-PT"),
}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Customers drop accents and use "oh"/"zwo"/"meia" the way they speak.
DIGIT_VARIANTS = {
    "en": {"0": ("oh",)},
    "fr": {"0": ("zero",)},
    "de": {"2": ("zwo",), "5": ("funf",)},
    "pt": {"6": ("meia",), "3": ("tres",)},
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # noqa: E501
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # noqa: E501
}
AT_DOT = {
    "en": ((" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")),
    "es": ((" arroba ", " punto "), (" arroba ", "."), ("(arroba)", "(punto)")),
    "fr": ((" arobase ", " point "), (" at ", " point "), ("[arobase]", "[point]")),
    "de": ((" Klammeraffe ", " Punkt "), (" at ", " Punkt "), ("(at)", "(punkt)")),
    "pt": ((" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" arroba ", ".")),
}
NOISE = {
    "en": (" 🙂 ", " | ", " / ", "\n", " then ", " 👉 ", "|", " .. "),
    "es": (" 🙏 ", " | ", " / ", "\n", " luego ", " y ", " 👉 ", "/"),
    "fr": (" 😅 ", " | ", " / ", "\n", " puis ", " et ", " ➡️ ", "|"),
    "de": (" 😊 ", " | ", " / ", "\n", " dann ", " und ", " 👉 ", "/"),
    "pt": (" 😉 ", " | ", " / ", "\n", " depois ", " e ", " 👉 ", "|"),
}

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "CREDIT_DEBIT_EXPIRY",
}


@dataclass
class Span:
    etype: str
    family: str
    start: int
    end: int
    value: str
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
    keep: list[Keep] = field(default_factory=list)


@dataclass
class Rendered:
    locale: str
    messages: list[Message]
    canon: list[tuple[str, str]]  # (type, canonical value) for validation
    groups: dict[str, list[int]]  # group id -> message indexes


def chunk(s: str, sizes: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def groups(etype: str, v: str) -> list[str]:
    """The groups a customer would type the value in."""
    if etype == "CREDIT_DEBIT_NUMBER":
        return chunk(v, (4, 6, 5) if len(v) == 15 else (4, 4, 4, 4))
    if etype == "PHONE":
        intl = phonenumbers.format_number(
            phonenumbers.parse(v), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
        return re.split(r"[ -]+", intl)
    if etype in ("CREDIT_DEBIT_CVV", "PIN"):
        return list(v)
    if etype == "CREDIT_DEBIT_EXPIRY":
        return [v[:2], v[5:]]
    if etype in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return chunk(v, (3, 2, 4))
    if etype == "BR_CPF":
        return chunk(v, (3, 3, 3, 2))
    if etype == "BR_CNPJ":
        return chunk(v, (2, 3, 3, 4, 2))
    if etype == "FR_NIR":
        return chunk(v, (1, 2, 2, 2, 3, 3, 2))
    if etype == "DE_TAX_ID":
        return chunk(v, (2, 3, 3, 3))
    if etype == "PT_NIF":
        return chunk(v, (3, 3, 3))
    if etype == "MX_CLABE":
        return chunk(v, (3, 3, 4, 4, 4))
    if etype == "ES_DNI":
        return chunk(v, (2, 3, 3, 1))
    if etype == "UK_NATIONAL_INSURANCE_NUMBER":
        return chunk(v, (2, 2, 2, 2, 1))
    if etype == "BANK_ACCOUNT_NUMBER" and "-" in v:
        return v.split("-")
    if etype == "MAC_ADDRESS":
        return v.split(":")
    if etype == "BANK_ROUTING":
        return re.split(r"[ -]", v) if re.search(r"[ -]", v) else chunk(v, (3, 3, 3))
    return chunk(v, (4,) * 10)


def plain(etype: str, v: str, lang: str, rng: random.Random) -> str:
    """An official or everyday print form of the value."""
    if etype == "CREDIT_DEBIT_NUMBER":
        return rng.choice((" ".join(groups(etype, v)), v, "-".join(groups(etype, v))))
    if etype == "PHONE":
        num = phonenumbers.parse(v)
        fmt = rng.choice(
            (
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
            )
        )
        return phonenumbers.format_number(num, fmt)
    if etype == "CREDIT_DEBIT_EXPIRY":
        mm, yyyy = v[:2], v[3:]
        month = MONTHS[lang].split()[int(mm) - 1]
        return rng.choice(
            (
                f"{mm}/{yyyy[2:]}",
                f"{mm}/{yyyy}",
                f"{mm}-{yyyy[2:]}",
                f"{month} {yyyy}",
                f"{month[:3]} {yyyy[2:]}",
                f"{month[:3]}/{yyyy}",
            )
        )
    if etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return rng.choice((" ".join(chunk(v, (4,) * 9)), v))
    if etype == "BR_CPF":
        return rng.choice((cpf.format(v), v))
    if etype == "BR_CNPJ":
        return rng.choice((cnpj.format(v), v))
    if etype == "FR_NIR":
        return rng.choice((nir.format(v), v))
    if etype == "DE_TAX_ID":
        return rng.choice((idnr.format(v), v))
    if etype in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return rng.choice(("-".join(groups(etype, v)), v))
    if etype == "UK_NATIONAL_INSURANCE_NUMBER":
        return rng.choice((" ".join(groups(etype, v)), v))
    if etype == "ES_NIE":
        return rng.choice((v, f"{v[0]}-{v[1:8]}-{v[8]}"))
    if etype == "ES_DNI":
        return rng.choice((v, f"{v[:8]}-{v[8]}"))
    return v


def spell(s: str, lang: str, rng: random.Random) -> str:
    words = []
    for ch in s:
        if ch.isdigit():
            variants = DIGIT_VARIANTS.get(lang, {}).get(ch, ())
            if variants and rng.random() < 0.3:
                words.append(rng.choice(variants))
            else:
                words.append(DIGIT_WORDS[lang][int(ch)])
        elif ch == "+":
            words.append(
                {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}[lang]
            )
        elif ch.isalpha():
            words.append(ch)
    return " ".join(words)


def substitute(s: str, rng: random.Random) -> str | None:
    chars = list(s)
    spots = [i for i, c in enumerate(chars) if c in "01"]
    if not spots:
        return None
    chosen = rng.sample(spots, max(1, int(len(spots) * rng.uniform(0.3, 1.0))))
    for i in chosen:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def render_value(etype: str, family: str, v: str, lang: str, rng: random.Random) -> str | None:
    """Typed form of one value; None means "redraw the value" (no 0/1 to substitute)."""
    gs = groups(etype, v)
    if family in ("plain", "context_only"):
        return plain(etype, v, lang, rng)
    if family == "spaced_or_dashed":
        sep = rng.choice((" ", "-", " - ", "  "))
        return sep.join(gs)
    if family == "split_by_noise":
        out = gs[0]
        for g in gs[1:]:
            out += rng.choice(NOISE[lang]) + g
        return out
    if family == "letter_substitution":
        assert etype in DIGIT_TYPES, etype
        base = (
            rng.choice((" ".join(gs), "".join(gs)))
            if etype != "PHONE"
            else plain(etype, v, lang, rng)
        )
        return substitute(base, rng)
    if family == "spelled_out":
        assert etype in DIGIT_TYPES | {"ES_DNI", "UK_NATIONAL_INSURANCE_NUMBER"}, etype
        if etype == "PHONE":
            gs = re.split(r"[ -]+", plain(etype, v, lang, rng).replace("(", "").replace(")", ""))
        parts = [g if (len(gs) > 2 and rng.random() < 0.25) else spell(g, lang, rng) for g in gs]
        if all(p[:1].isdigit() for p in parts):
            parts[0] = spell(gs[0], lang, rng)
        return rng.choice((" ", ", ", " - ")).join(parts)
    if family == "email_spelled":
        assert etype == "EMAIL"
        at, dot = rng.choice(AT_DOT[lang])
        local, domain = v.split("@")
        return (local.replace(".", dot) + at + domain.replace(".", dot)).strip()
    if family == "percent_encoded":
        if etype == "EMAIL":
            return v.replace("@", "%40")
        assert etype == "PHONE", etype
        return "%2B" + v[1:]
    if family in ("url_credentials", "key_value_secret"):
        return v
    if family == "compact_expiry":
        assert etype == "CREDIT_DEBIT_EXPIRY"
        return v[:2] + rng.choice((v[5:], v[3:]))
    if family == "iban_broken":
        assert etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
        pieces = chunk(v, tuple(rng.choice((4, 4, 4, 2, 6)) for _ in range(12)))
        out = pieces[0]
        for p in pieces[1:]:
            out += rng.choice((" ", "-", "\n", "  ", " - ", " ")) + p
        return out
    raise ValueError(f"unknown family {family}")


def split_parts(etype: str, v: str, k: int, lang: str, rng: random.Random) -> list[str]:
    """Cut a value into k pieces typed in k messages, each piece in groups."""
    gs = groups(etype, v)
    if len(gs) < k:
        flat = "".join(gs)
        step = -(-len(flat) // k)
        gs = [flat[i : i + step] for i in range(0, len(flat), step)]
    cuts = sorted(rng.sample(range(1, len(gs)), k - 1))
    bounds = [0, *cuts, len(gs)]
    sep = rng.choice((" ", " ", "-", ""))
    return [sep.join(gs[a:b]) for a, b in itertools.pairwise(bounds)]


def draw_for(
    etype: str, family: str, region: str, lang: str, rng: random.Random
) -> tuple[str, str]:
    for _ in range(200):
        v = values.draw(rng, etype, region)
        if family == "url_credentials" and re.search(r"[#?/:@]", v):
            continue
        typed = render_value(etype, family, v, lang, rng)
        if typed is not None:
            return v, typed
    raise RuntimeError(f"cannot render {etype} as {family}")


def render(
    template: tuple[str, ...], lang: str, rng: random.Random, conv_id: str, keep_draw: Any
) -> Rendered:
    msgs = list(template)
    locale = msgs.pop(0)[1:] if msgs[0].startswith("@") else rng.choice(LOCALES[lang])
    region = values.REGION[locale]
    # Multi-message groups: draw once, cut into as many parts as slots.
    slots: dict[str, list[int]] = {}
    for i, m in enumerate(msgs):
        for mt in SLOT.finditer(m):
            if mt.group(3):
                slots.setdefault(f"{mt.group(1)}|{mt.group(3)}", []).append(i)
    parts: dict[str, list[str]] = {}
    canon: list[tuple[str, str]] = []
    gid: dict[str, str] = {}
    for n, (key, idxs) in enumerate(sorted(slots.items()), start=1):
        etype = key.split("|")[0]
        v = values.draw(rng, etype, region)
        parts[key] = split_parts(etype, v, len(idxs), lang, rng)
        canon.append((etype, v))
        gid[key] = f"{conv_id}-g{n}"
    out: list[Message] = []
    groups_at: dict[str, list[int]] = {g: [] for g in gid.values()}
    for i, m in enumerate(msgs):
        msg = Message()
        pos = 0
        for mt in SLOT.finditer(m):
            msg.text += m[pos : mt.start()]
            pos = mt.end()
            start = len(msg.text)
            if mt.group(4):
                value = keep_draw(mt.group(4), locale, rng)
                msg.text += value
                msg.keep.append(Keep(mt.group(4), start, len(msg.text), value))
                continue
            etype, family, g = mt.group(1), mt.group(2), mt.group(3)
            if g:
                key = f"{etype}|{g}"
                typed = parts[key].pop(0)
                group = gid[key]
                groups_at[group].append(i)
            else:
                v, typed = draw_for(etype, family, region, lang, rng)
                canon.append((etype, v))
                group = None
            msg.text += typed
            msg.pii.append(Span(etype, family, start, len(msg.text), typed, group))
        msg.text += m[pos:]
        out.append(msg)
    return Rendered(locale, out, canon, groups_at)
