"""Turn templates into labelled conversations.

A template is ``(locale, [message, ...])``. Placeholders: ``{ALIAS:family}`` for a PII value,
``{ALIAS:multi:ga}`` for one part of a value typed over consecutive messages (``ga``, ``gb``
name the group; letters only so template literals stay digit-free) and ``{#kind}`` for a hard
negative. Offsets are computed while the text is assembled, so spans cannot drift.
"""

from __future__ import annotations

import itertools
import re
from random import Random
from typing import Any
from urllib.parse import quote

import phonenumbers

from . import values as V

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

FAMILY = {
    "plain": "plain",
    "sod": "spaced_or_dashed",
    "noise": "split_by_noise",
    "letters": "letter_substitution",
    "spelled": "spelled_out",
    "emailsp": "email_spelled",
    "pct": "percent_encoded",
    "urlcred": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibanb": "iban_broken",
    "ctx": "context_only",
    "multi": "multi_message",
}
FAMILIES = list(FAMILY.values())

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro"
    " dezembro",
}
EMAIL_WORDS = {
    "en": [("at", "dot"), ("(at)", "(dot)"), ("[at]", "[dot]"), ("AT", "DOT")],
    "es": [("arroba", "punto"), ("(arroba)", "punto"), ("at", "punto")],
    "fr": [("arobase", "point"), ("(at)", "point"), ("arobase", "pt")],
    "de": [("Klammeraffe", "Punkt"), ("(at)", "(punkt)"), ("at", "punkt")],
    "pt": [("arroba", "ponto"), ("(arroba)", "ponto"), ("at", "ponto")],
}
NOISE_WORDS = {
    "en": ["then", "and", "uh"],
    "es": ["luego", "y", "eh"],
    "fr": ["puis", "et", "euh"],
    "de": ["dann", "und", "äh"],
    "pt": ["depois", "e", "hum"],
}
EMOJI = ["🙂", "👉", "✅", "🔢", "💳", "😅", "➡️"]

# Types whose print form is digits (plus separators): letter swaps and digit words apply.
DIGITISH = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}


def _groups(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def _chunk(s: str, n: int) -> list[str]:
    return [s[i : i + n] for i in range(0, len(s), n)]


def compact(t: str, v: str) -> str:
    if t == "CREDIT_DEBIT_EXPIRY":
        return v[:2] + v[5:]
    if t in ("PHONE",):
        return v.lstrip("+")
    return re.sub(r"[\s\-/.:]", "", v)


def default_groups(t: str, v: str) -> list[str]:
    """The groups a person naturally types for this value."""
    c = compact(t, v)
    sizes = {
        "CREDIT_DEBIT_NUMBER": [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4],
        "SSN": [3, 2, 4],
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [3, 2, 4],
        "BR_CPF": [3, 3, 3, 2],
        "BR_CNPJ": [2, 3, 3, 4, 2],
        "FR_NIR": [1, 2, 2, 2, 3, 3, 2],
        "DE_TAX_ID": [2, 3, 3, 3],
        "PT_NIF": [3, 3, 3],
        "MX_CLABE": [3, 3, 11, 1],
        "UK_NATIONAL_INSURANCE_NUMBER": [2, 2, 2, 2, 1],
        "ES_DNI": [4, 4, 1],
        "ES_NIE": [1, 4, 3, 1],
        "MX_CURP": [4, 6, 6, 2],
        "MX_RFC": [4, 6, 3],
        "AWS_ACCESS_KEY": [4, 4, 4, 4, 4],
        "AWS_SECRET_KEY": [10, 10, 10, 10],
        "MAC_ADDRESS": [2] * 6,
        "SWIFT_CODE": [4, 2, 2, 3],
        "CREDIT_DEBIT_EXPIRY": [2, len(c) - 2],
    }.get(t)
    if t == "PHONE":
        return _phone_national(v).replace("-", " ").replace("(", "").replace(")", "").split()
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return _chunk(c, 4)
    if t == "IP_ADDRESS":
        return re.split(r"(?<=[.:])", v)
    if t == "BANK_ROUTING" and len(c) == 6:
        return _chunk(c, 2)  # UK sort code is typed in pairs
    if sizes is None:
        n = 2 if len(c) <= 4 else 3 if len(c) <= 9 else 4
        return _chunk(c, n)
    return _groups(c, sizes)


def _phone_national(v: str) -> str:
    num = phonenumbers.parse(v)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def plain(t: str, v: str, rng: Random, lang: str) -> str:
    if t == "CREDIT_DEBIT_NUMBER":
        return rng.choice([" ", "-", " "]).join(default_groups(t, v)) if rng.random() < 0.75 else v
    if t == "CREDIT_DEBIT_EXPIRY":
        mm, yyyy = v.split("/")
        r = rng.random()
        if r < 0.4:
            return f"{mm}/{yyyy[2:]}"
        if r < 0.6:
            return v
        name = MONTHS[lang].split()[int(mm) - 1]
        name = name[:3] if rng.random() < 0.4 else name
        name = name.lower() if rng.random() < 0.5 else name
        return f"{name} {yyyy if rng.random() < 0.6 else yyyy[2:]}"
    if t == "PHONE":
        num = phonenumbers.parse(v)
        fmt = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
            ]
        )
        return phonenumbers.format_number(num, fmt)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return " ".join(_chunk(v, 4)) if rng.random() < 0.7 else v
    if t == "SSN" or t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        return "-".join(default_groups(t, v))
    if t == "BR_CPF":
        g = default_groups(t, v)
        return f"{g[0]}.{g[1]}.{g[2]}-{g[3]}" if rng.random() < 0.7 else v
    if t == "BR_CNPJ":
        g = default_groups(t, v)
        return f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}" if rng.random() < 0.7 else v
    if t == "FR_NIR":
        return " ".join(default_groups(t, v)) if rng.random() < 0.6 else v
    if t == "DE_TAX_ID":
        return " ".join(default_groups(t, v)) if rng.random() < 0.5 else v
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return " ".join(default_groups(t, v)) if rng.random() < 0.5 else v
    if t == "MAC_ADDRESS":
        return v.upper().replace(":", "-") if rng.random() < 0.3 else v
    return v


def spaced(t: str, v: str, rng: Random, lang: str) -> str:
    sep = rng.choice([" ", "-", " - ", "  "])
    return sep.join(default_groups(t, v))


def noise(t: str, v: str, rng: Random, lang: str) -> str:
    groups = default_groups(t, v)
    out = groups[0]
    for g in groups[1:]:
        kind = rng.choice(["emoji", "pipe", "slash", "word", "newline"])
        sep = {
            "emoji": f" {rng.choice(EMOJI)} ",
            "pipe": rng.choice([" | ", "|"]),
            "slash": rng.choice(["/", " / "]),
            "word": f" {rng.choice(NOISE_WORDS[lang])} ",
            "newline": "\n",
        }[kind]
        out += sep + g
    return out


def letters(t: str, v: str, rng: Random, lang: str) -> str:
    s = plain(t, v, rng, lang) if t != "CREDIT_DEBIT_EXPIRY" else f"{v[:2]}/{v[5:]}"
    idx = [i for i, c in enumerate(s) if c in "01"]
    pick = set(rng.sample(idx, max(1, len(idx) // 2)))
    return "".join(
        (rng.choice("Oo") if c == "0" else rng.choice("lI")) if i in pick else c
        for i, c in enumerate(s)
    )


def spelled(t: str, v: str, rng: Random, lang: str) -> str:
    words = DIGIT_WORDS[lang]
    digits = re.sub(r"\D", "", compact(t, v))
    mixed = rng.random() < 0.35 and len(digits) > 6
    out = []
    for i, c in enumerate(digits):
        out.append(c if mixed and i < len(digits) // 2 else words[int(c)])
    sep = rng.choice([" ", " ", ", ", "-"])
    if mixed:
        half = len(digits) // 2
        return "".join(out[:half]) + " " + sep.join(out[half:])
    return sep.join(out)


def email_spelled(t: str, v: str, rng: Random, lang: str) -> str:
    at, dot = rng.choice(EMAIL_WORDS[lang])
    local, dom = v.split("@")
    local = local.replace(".", f" {dot} ") if rng.random() < 0.5 else local
    return f"{local} {at} {dom.replace('.', f' {dot} ')}"


def percent(t: str, v: str, rng: Random, lang: str) -> str:
    s = plain(t, v, rng, lang) if t == "PHONE" else v
    if t == "PHONE" and not s.startswith("+"):
        s = phonenumbers.format_number(phonenumbers.parse(v), phonenumbers.PhoneNumberFormat.E164)
    return quote(s, safe="")


def compact_expiry(t: str, v: str, rng: Random, lang: str) -> str:
    mm, yyyy = v.split("/")
    return mm + (yyyy if rng.random() < 0.3 else yyyy[2:])


def iban_broken(t: str, v: str, rng: Random, lang: str) -> str:
    out, i = [], 0
    while i < len(v):
        n = rng.choice([2, 3, 4, 4, 5, 6])
        out.append(v[i : i + n])
        i += n
    res = out[0]
    for g in out[1:]:
        res += rng.choice([" ", "-", "\n", " ", "  ", " -", ""]) + g
    if "\n" not in res and " " not in res and "-" not in res:
        res = res[:8] + "\n" + res[8:]
    return res


RENDER = {
    "plain": plain,
    "spaced_or_dashed": spaced,
    "split_by_noise": noise,
    "letter_substitution": letters,
    "spelled_out": spelled,
    "email_spelled": email_spelled,
    "percent_encoded": percent,
    "url_credentials": lambda t, v, r, lang: v,
    "key_value_secret": lambda t, v, r, lang: v,
    "compact_expiry": compact_expiry,
    "iban_broken": iban_broken,
    "context_only": plain,
}


def _draw(t: str, family: str, rng: Random, locale: str) -> str:
    gen, _ = V.TYPES[t]
    while True:
        v = gen(rng, locale)
        if family == "letter_substitution" and not any(c in "01" for c in compact(t, v)):
            continue
        if family == "url_credentials" and any(c in v for c in "#?@:/"):
            continue
        return v


def split_parts(t: str, v: str, k: int, rng: Random, lang: str) -> list[str]:
    """Split a typed value over k messages, at a natural group boundary where possible."""
    groups = default_groups(t, v)
    if len(groups) < k:
        c = compact(t, v)
        step = len(c) // k
        return [c[i * step : (i + 1) * step] if i < k - 1 else c[i * step :] for i in range(k)]
    sep = rng.choice([" ", " ", "-", ""]) if t != "IP_ADDRESS" else ""
    cuts = sorted(rng.sample(range(1, len(groups)), k - 1))
    bounds = [0, *cuts, len(groups)]
    return [sep.join(groups[a:b]) for a, b in itertools.pairwise(bounds)]


def render(
    conv_id: str, lang: str, locale: str, split: str, messages: list[str], rng: Random
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Return the JSON record and [(type, canonical value)] for validation."""
    canon: list[tuple[str, str]] = []
    # First pass: draw each multi-message group once and cut it into parts.
    groups: dict[str, list[int]] = {}
    group_type: dict[str, str] = {}
    for i, m in enumerate(messages):
        for ph in PLACEHOLDER.findall(m):
            bits = ph.split(":")
            if len(bits) == 3:
                groups.setdefault(bits[2], []).append(i)
                group_type[bits[2]] = V.ALIAS[bits[0]]
    parts: dict[str, list[str]] = {}
    for g, idx in groups.items():
        t = group_type[g]
        v = _draw(t, "multi_message", rng, locale)
        canon.append((t, v))
        parts[g] = split_parts(t, v, len(idx), rng, lang)
    out_msgs = []
    for m in messages:
        text, pii, keep = "", [], []
        pos = 0
        for mo in PLACEHOLDER.finditer(m):
            text += m[pos : mo.start()]
            pos = mo.end()
            ph = mo.group(1)
            if ph.startswith("#"):
                kind = ph[1:]
                val = V.negative(kind, rng, locale)
                keep.append(
                    {"kind": kind, "start": len(text), "end": len(text) + len(val), "value": val}
                )
                text += val
                continue
            bits = ph.split(":")
            t = V.ALIAS[bits[0]]
            fam = FAMILY[bits[1]]
            span: dict[str, Any] = {"type": t, "family": fam}
            if fam == "multi_message":
                val = parts[bits[2]].pop(0)
                span["group"] = f"{conv_id}-g{list(groups).index(bits[2]) + 1}"
            else:
                v = _draw(t, fam, rng, locale)
                canon.append((t, v))
                val = RENDER[fam](t, v, rng, lang)
            span.update({"start": len(text), "end": len(text) + len(val), "value": val})
            pii.append(span)
            text += val
        text += m[pos:]
        out_msgs.append({"text": text, "pii": pii, "must_keep": keep})
    rec = {"id": conv_id, "lang": lang, "locale": locale, "split": split, "messages": out_msgs}
    return rec, canon
