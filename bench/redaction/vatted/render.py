# Chat lines and word lists read better unwrapped.
"""Turn a drawn value into the text a customer types, one obfuscation family at a time."""

from __future__ import annotations

import random
import re
from urllib.parse import quote

from .values import Value

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
PLUS = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}
NOISE_WORDS = {
    "en": [" then ", " and ", " dash "],
    "es": [" y ", " luego ", " guion "],
    "fr": [" puis ", " et ", " tiret "],
    "de": [" dann ", " und ", " strich "],
    "pt": [" e ", " depois ", " traço "],
}
NOISE = [" 👉 ", " | ", "|", " / ", "/", "\n", " 🔸 ", "💳", " ✅ ", " - - "]
AT_DOT = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)")],
    "es": [(" arroba ", " punto "), (" arroba ", " . ")],
    "fr": [(" arobase ", " point "), (" at ", " point ")],
    "de": [(" Klammeraffe ", " Punkt "), (" at ", " punkt "), ("(at)", "(punkt)")],
    "pt": [(" arroba ", " ponto "), (" arroba ", " pto ")],
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}

DIGIT_TYPES = {
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
    "ES_DNI",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "IP_ADDRESS",
    "ES_NIE",
}


class RenderError(ValueError):
    """A template asked for a family that does not fit the type."""


def _groups(v: Value) -> list[str]:
    if len(v.groups) >= 2:
        return list(v.groups)
    s = v.canonical
    return (
        [s[i : i + 4] for i in range(0, len(s), 4)]
        if len(s) > 5
        else [s[: len(s) // 2], s[len(s) // 2 :]]
    )


def _expiry_plain(v: Value, lang: str, rng: random.Random) -> str:
    mm, yy = v.groups
    r = rng.random()
    if r < 0.45:
        return v.plain
    if r < 0.6:
        return f"{mm}/20{yy}"
    if r < 0.7:
        return f"{mm}-{yy}"
    name = MONTHS[lang][int(mm) - 1]
    if rng.random() < 0.5:
        name = name[:3]
    return f"{name} {'20' + yy if rng.random() < 0.6 else yy}"


def spell(s: str, lang: str, rng: random.Random, mix: bool) -> str:
    """Digit words of the language; with mix, some digits stay digits."""
    out: list[str] = []
    for ch in s:
        if ch.isdigit() and not (mix and rng.random() < 0.35):
            out.append(DIGIT_WORDS[lang][int(ch)])
        elif ch == "+":
            out.append(PLUS[lang])
        elif ch.isalnum():
            out.append(ch)
    return " ".join(out)


def substitute(s: str, rng: random.Random) -> str:
    """Letters for digits inside digit runs: O/o for 0, l/I for 1; at least one change."""
    idx = [i for i, c in enumerate(s) if c in "01"]
    if not idx:
        raise RenderError("no 0 or 1 to substitute")
    chosen = set(rng.sample(idx, max(1, len(idx) * 2 // 3)))
    return "".join(
        (rng.choice("Oo") if c == "0" else rng.choice("lI")) if i in chosen else c
        for i, c in enumerate(s)
    )


def render(v: Value, family: str, lang: str, rng: random.Random) -> str:
    """Typed text of the value for this family (multi_message is handled by split_parts)."""
    t = v.type
    g = _groups(v)
    if family in ("plain", "context_only"):
        if t == "CREDIT_DEBIT_EXPIRY":
            return _expiry_plain(v, lang, rng)
        return v.plain
    if family == "spaced_or_dashed":
        if t == "MAC_ADDRESS":
            return v.canonical.replace(":", rng.choice(["-", " "])).upper()
        sep = rng.choice([" ", "-", " - ", "  ", "-"])
        if (
            t in ("CREDIT_DEBIT_NUMBER", "PHONE", "BANK_ACCOUNT_NUMBER", "DE_TAX_ID", "PT_NIF")
            and rng.random() < 0.4
        ):
            s = re.sub(r"[^\d+]", "", v.canonical)
            size = rng.choice([2, 3])
            g = [s[i : i + size] for i in range(0, len(s), size)]
        return sep.join(g)
    if family == "split_by_noise":
        words = NOISE + NOISE_WORDS[lang]
        out = g[0]
        for x in g[1:]:
            out += rng.choice(words) + x
        return out
    if family == "letter_substitution":
        if t not in DIGIT_TYPES:
            raise RenderError(t)
        base = v.plain if t != "CREDIT_DEBIT_EXPIRY" else v.canonical
        return substitute(base, rng)
    if family == "spelled_out":
        base = v.plain if t != "CREDIT_DEBIT_EXPIRY" else "".join(v.groups)
        return spell(base, lang, rng, mix=rng.random() < 0.3)
    if family == "email_spelled":
        if t != "EMAIL":
            raise RenderError(t)
        at, dot = rng.choice(AT_DOT[lang])
        local, dom = v.canonical.split("@")
        return local.replace(".", dot) + at + dom.replace(".", dot)
    if family == "percent_encoded":
        if t == "EMAIL":
            return quote(v.canonical, safe=".")
        if t == "PHONE":
            return quote(v.canonical, safe="")
        return quote(v.canonical, safe="")
    if family in ("url_credentials", "key_value_secret"):
        if t in ("PASSWORD", "USERNAME") and family == "url_credentials":
            return quote(v.canonical, safe="_.")
        return v.canonical
    if family == "compact_expiry":
        if t != "CREDIT_DEBIT_EXPIRY":
            raise RenderError(t)
        mm, yy = v.groups
        return mm + (yy if rng.random() < 0.65 else "20" + yy)
    if family == "iban_broken":
        if t != "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            raise RenderError(t)
        s = v.canonical
        out, i = "", 0
        seps = [" ", "-", "\n", "  ", " - ", " \n"]
        while i < len(s):
            n = rng.choice([2, 3, 4, 4, 5, 6])
            out += (rng.choice(seps) if out else "") + s[i : i + n]
            i += n
        return out
    raise RenderError(family)


def split_parts(v: Value, n: int, rng: random.Random) -> list[str]:
    """The value cut into n consecutive parts at group boundaries (or mid-string if too few)."""
    g = _groups(v)
    if len(g) < n:
        s = v.canonical
        cuts = sorted(rng.sample(range(1, len(s)), n - 1))
        return [s[a:b] for a, b in zip([0, *cuts], [*cuts, len(s)], strict=True)]
    cuts = sorted(rng.sample(range(1, len(g)), n - 1))
    sep = " " if v.type not in ("BR_CPF", "BR_CNPJ", "IP_ADDRESS", "MAC_ADDRESS") else "."
    return [sep.join(g[a:b]) for a, b in zip([0, *cuts], [*cuts, len(g)], strict=True)]
