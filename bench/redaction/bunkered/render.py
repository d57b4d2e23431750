"""Render templates into conversations: obfuscation families and span bookkeeping.

Placeholder syntax inside a template message (all parts after the family are optional):

    {type.ff}          a value of ``type`` rendered with family code ``ff``
    {type.mm1/3}       part 1 of 3 of a value spread over consecutive messages
    {type.so:es}       spelled out in another language (``:mix`` switches per group)
    {type.pl!DE}       drawn for another country than the conversation's locale
    {type.pl#b}        a second, different value of the same type (corrections)
    {=kind}            a hard negative (``must_keep``), e.g. ``{=order}`` or ``{=zip!US}``

Within one conversation the same ``type``/tag/country always means the same value.
"""

from __future__ import annotations

import random
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import values
from .values import Value

TYPES = {
    "card": "CREDIT_DEBIT_NUMBER",
    "cvv": "CREDIT_DEBIT_CVV",
    "exp": "CREDIT_DEBIT_EXPIRY",
    "pin": "PIN",
    "pwd": "PASSWORD",
    "user": "USERNAME",
    "email": "EMAIL",
    "phone": "PHONE",
    "acct": "BANK_ACCOUNT_NUMBER",
    "routing": "BANK_ROUTING",
    "iban": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "swift": "SWIFT_CODE",
    "ssn": "SSN",
    "itin": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "nino": "UK_NATIONAL_INSURANCE_NUMBER",
    "passport": "PASSPORT_NUMBER",
    "dl": "DRIVER_ID",
    "ip": "IP_ADDRESS",
    "mac": "MAC_ADDRESS",
    "akey": "AWS_ACCESS_KEY",
    "skey": "AWS_SECRET_KEY",
    "dni": "ES_DNI",
    "nie": "ES_NIE",
    "curp": "MX_CURP",
    "rfc": "MX_RFC",
    "clabe": "MX_CLABE",
    "cpf": "BR_CPF",
    "cnpj": "BR_CNPJ",
    "nir": "FR_NIR",
    "steuer": "DE_TAX_ID",
    "nif": "PT_NIF",
}
FAMILIES = {
    "pl": "plain",
    "sd": "spaced_or_dashed",
    "nz": "split_by_noise",
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
# Identifiers whose country is fixed whatever the chat's locale.
HOME_COUNTRY = {
    "SSN": "US",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": "US",
    "UK_NATIONAL_INSURANCE_NUMBER": "GB",
    "ES_DNI": "ES",
    "ES_NIE": "ES",
    "MX_CURP": "MX",
    "MX_RFC": "MX",
    "MX_CLABE": "MX",
    "BR_CPF": "BR",
    "BR_CNPJ": "BR",
    "FR_NIR": "FR",
    "DE_TAX_ID": "DE",
    "PT_NIF": "PT",
}

PLACEHOLDER = re.compile(
    r"\{(?:=(?P<keep>\w+)(?:!(?P<kcc>[A-Z]{2}))?"
    r"|(?P<type>\w+)\.(?P<fam>[a-z]{2})(?:(?P<part>\d)/(?P<parts>\d))?"
    r"(?::(?P<lang>\w+))?(?:!(?P<cc>[A-Z]{2}))?(?:#(?P<tag>\w+))?)\}"
)

DIGIT_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "de": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
    "pt": ("zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"),
}
PLUS = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}
NOISE_WORDS = {
    "en": ("then", "and", "uh"),
    "es": ("y", "luego", "eh"),
    "fr": ("et", "puis", "euh"),
    "de": ("und", "dann", "äh"),
    "pt": ("e", "depois", "tipo"),
}
NOISE_MARKS = (" 🙂 ", " | ", " / ", "\n", " 👉 ", " ... ", " 🔢 ", " - ", " ✌️ ")
AT_DOT = {
    "en": (("at", "dot"), ("[at]", "[dot]"), ("(at)", "(dot)")),
    "es": (("arroba", "punto"), ("(arroba)", "(punto)"), ("at", "punto")),
    "fr": (("arobase", "point"), ("at", "point"), ("[at]", "[point]")),
    "de": (("ät", "punkt"), ("at", "punkt"), ("(at)", "(punkt)")),
    "pt": (("arroba", "ponto"), ("(arroba)", "(ponto)"), ("at", "ponto")),
}
URL_SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."


@dataclass
class Rendered:
    messages: list[dict[str, Any]] = field(default_factory=list)
    canonical: list[tuple[str, str, str]] = field(default_factory=list)


def _has01(value: Value) -> bool:
    return any(c in "01" for c in value.canonical if c.isdigit())


ACCEPTS: dict[str, Callable[[str, Value], bool]] = {
    "letter_substitution": lambda kind, v: _has01(v),
    "url_credentials": lambda kind, v: all(c in URL_SAFE for c in v.canonical),
    "percent_encoded": lambda kind, v: urllib.parse.quote(v.canonical, safe="") != v.canonical,
}


def _halves(text: str, n: int) -> tuple[str, ...]:
    size = -(-len(text) // n)
    return tuple(text[i : i + size] for i in range(0, len(text), size))


def _groups(value: Value, at_least: int = 2) -> tuple[str, ...]:
    if len(value.groups) >= at_least:
        return value.groups
    return _halves(value.canonical, at_least)


def _spell_digit(rng: random.Random, digit: str, lang: str) -> str:
    if lang == "en" and digit == "0" and rng.random() < 0.3:
        return "oh"
    if lang == "pt" and digit == "6" and rng.random() < 0.4:
        return "meia"
    word = DIGIT_WORDS[lang][int(digit)]
    if rng.random() < 0.2:  # customers drop accents
        word = word.replace("é", "e").replace("ê", "e").replace("ü", "u")
    return word


def spell(rng: random.Random, value: Value, lang: str) -> str:
    langs = tuple(DIGIT_WORDS) if lang == "mix" else (lang,)
    sep = rng.choice((" ", ", ", " - ", " "))
    out = []
    for group in _groups(value, 1):
        group_lang = rng.choice(langs)
        words = [
            _spell_digit(rng, c, group_lang) if c.isdigit() else c for c in group if c not in "+()"
        ]
        out.append(" ".join(words))
    spelled = sep.join(w for w in out if w)
    if value.display.startswith("+"):
        spelled = rng.choice(("+", PLUS[lang if lang != "mix" else "en"] + " ")) + spelled
    return spelled


def _substitute(rng: random.Random, text: str) -> str:
    positions = [i for i, c in enumerate(text) if c in "01"]
    chosen = [i for i in positions if rng.random() < 0.6] or [rng.choice(positions)]
    chars = list(text)
    for i in chosen:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else "l"
    return "".join(chars)


def _email_spelled(rng: random.Random, text: str, lang: str) -> str:
    at, dot = rng.choice(AT_DOT[lang])
    local, _, domain = text.partition("@")
    local = local.replace(".", f" {dot} ").replace("_", " underscore " if lang == "en" else "_")
    return f"{local} {at} {domain.replace('.', f' {dot} ')}"


def _iban_broken(rng: random.Random, value: Value) -> str:
    text = value.canonical
    cuts, pos = [], 0
    while pos < len(text):
        size = rng.choice((4, 4, 4, 2, 3, 5, 6))
        cuts.append(text[pos : pos + size])
        pos += size
    out = cuts[0]
    for chunk in cuts[1:]:
        out += rng.choice((" ", " ", "-", "\n", "  ", " - ", " ")) + chunk
    if out == value.display:
        out = out.replace(" ", "-", 1)
    return out


def render_value(rng: random.Random, kind: str, family: str, value: Value, lang: str) -> str:
    """Render a value for one family (multi_message is split by the caller)."""
    if family in ("plain", "context_only"):
        if kind == "CREDIT_DEBIT_NUMBER" and rng.random() < 0.35:
            return value.canonical
        return value.display
    if family == "spaced_or_dashed":
        return rng.choice((" ", "-", " ", "-", " - ", ".")).join(_groups(value))
    if family == "split_by_noise":
        groups = _groups(value)
        out = groups[0]
        for group in groups[1:]:
            noise = rng.choice(NOISE_MARKS + tuple(f" {w} " for w in NOISE_WORDS[lang]))
            out += noise + group
        return out
    if family == "letter_substitution":
        return _substitute(rng, rng.choice((value.display, value.canonical)))
    if family == "spelled_out":
        return spell(rng, value, lang)
    if family == "email_spelled":
        return _email_spelled(rng, value.canonical, lang)
    if family == "percent_encoded":
        return urllib.parse.quote(value.canonical, safe="")
    if family in ("url_credentials", "key_value_secret"):
        return value.canonical
    if family == "compact_expiry":
        return value.canonical.replace("/", "")
    if family == "iban_broken":
        return _iban_broken(rng, value)
    raise ValueError(f"no renderer for {family}")


def split_parts(rng: random.Random, value: Value, parts: int) -> list[str]:
    groups = list(_groups(value, parts))
    if value.canonical.count("@") == 1 and len(groups) < parts:
        groups = list(_halves(value.canonical, parts))
    bounds = sorted(rng.sample(range(1, len(groups)), parts - 1))
    chunks, prev = [], 0
    for bound in [*bounds, len(groups)]:
        chunks.append(" ".join(groups[prev:bound]))
        prev = bound
    return chunks


def render_conversation(
    rng: random.Random, template: tuple[str, ...], lang: str, conv_id: str
) -> Rendered:
    """Render one template; ``template[0]`` is the locale, the rest are customer messages."""
    locale, lines = template[0], template[1:]
    home = values.COUNTRY_OF_LOCALE[locale]
    cache: dict[tuple[str, str, str, str], Value] = {}
    multi_cache: dict[tuple[str, str, str], tuple[list[str], str]] = {}
    out = Rendered()
    group_count = 0
    for line in lines:
        text, pii, keep, pos = "", [], [], 0
        for match in PLACEHOLDER.finditer(line):
            text += line[pos : match.start()]
            pos = match.end()
            if match["keep"]:
                value_text = values.keep(rng, match["keep"], match["kcc"] or home, lang)
                keep.append(
                    {
                        "kind": match["keep"],
                        "start": len(text),
                        "end": len(text) + len(value_text),
                        "value": value_text,
                    }
                )
                text += value_text
                continue
            kind = TYPES[match["type"]]
            family = FAMILIES[match["fam"]]
            cc = match["cc"] or HOME_COUNTRY.get(kind, home)
            key = (kind, match["tag"] or "", cc, family if family in ACCEPTS else "")
            if key not in cache:
                accept = ACCEPTS.get(family, lambda k, v: True)
                for _ in range(500):
                    value = values.MAKERS[kind](rng, cc)
                    if accept(kind, value):
                        break
                else:
                    raise RuntimeError(f"{conv_id}: no {kind} acceptable for {family}")
                cache[key] = value
                out.canonical.append((kind, value.canonical, cc))
            value = cache[key]
            span: dict[str, Any] = {"type": kind, "family": family}
            if family == "multi_message":
                mkey = (kind, match["tag"] or "", cc)
                if mkey not in multi_cache:
                    group_count += 1
                    parts = split_parts(rng, value, int(match["parts"]))
                    multi_cache[mkey] = (parts, f"{conv_id}-g{group_count}")
                parts, group = multi_cache[mkey]
                rendered = parts[int(match["part"]) - 1]
                span["group"] = group
            else:
                rendered = render_value(rng, kind, family, value, match["lang"] or lang)
            span.update({"start": len(text), "end": len(text) + len(rendered), "value": rendered})
            pii.append(span)
            text += rendered
        text += line[pos:]
        out.messages.append({"text": text, "pii": pii, "must_keep": keep})
    return out
