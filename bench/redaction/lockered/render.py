"""Surface forms: how a customer types a canonical value in a given obfuscation family."""

from __future__ import annotations

import random
import re
from urllib.parse import quote

import phonenumbers
from stdnum import iban
from stdnum.br import cnpj, cpf

from . import values as V

FAMILIES: tuple[str, ...] = (
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

_NUMERIC = [
    "CARD",
    "PHONE",
    "ACCT",
    "IBAN",
    "SSN",
    "ITIN",
    "CLABE",
    "CPF",
    "CNPJ",
    "NIR",
    "STEUER",
    "NIF",
    "DNI",
]
# Types a generic ``X`` placeholder may take in each family.
POOLS: dict[str, list[str]] = {
    "plain": list(V.ALIAS),
    "context_only": list(V.ALIAS),
    "spaced_or_dashed": [*_NUMERIC, "NINO", "MAC", "ROUTING", "CURP"],
    "split_by_noise": _NUMERIC,
    "letter_substitution": [
        "CARD",
        "PHONE",
        "ACCT",
        "SSN",
        "ITIN",
        "CLABE",
        "CPF",
        "CNPJ",
        "NIR",
        "STEUER",
        "NIF",
        "PIN",
        "CVV",
        "ROUTING",
    ],
    "spelled_out": [
        "PIN",
        "CVV",
        "PHONE",
        "CARD",
        "SSN",
        "NIF",
        "ACCT",
        "ROUTING",
        "EXP",
        "CPF",
        "STEUER",
    ],
    "multi_message": ["CARD", "PHONE", "ACCT", "IBAN", "CLABE", "CPF", "NIR"],
}

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
NOISE = {
    "en": [" | ", " / ", " 🙂 ", "\n", " then ", " ... ", " 👉 ", " and "],
    "es": [" | ", " / ", " 😅 ", "\n", " y luego ", " ... ", " 👉 ", " y "],
    "fr": [" | ", " / ", " 😊 ", "\n", " puis ", " ... ", " 👉 ", " et "],
    "de": [" | ", " / ", " 😬 ", "\n", " dann ", " ... ", " 👉 ", " und "],
    "pt": [" | ", " / ", " 😉 ", "\n", " depois ", " ... ", " 👉 ", " e "],
}
AT_DOT = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), (" (arroba) ", " (punto) "), (" at ", " punto ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), (" [arobase] ", " [point] ")],
    "de": [(" Klammeraffe ", " Punkt "), (" at ", " Punkt "), (" (at) ", " (punkt) ")],
    "pt": [(" arroba ", " ponto "), (" (arroba) ", " (ponto) "), (" at ", " ponto ")],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def groups(t: str, v: str, loc: str) -> list[str]:
    """Natural digit groups of a canonical value (what a customer would pause between)."""
    if t == "CREDIT_DEBIT_NUMBER":
        cuts = (4, 10) if len(v) == 15 else (4, 8, 12)
    elif t == "PHONE":
        nat = phonenumbers.format_number(
            phonenumbers.parse(v), phonenumbers.PhoneNumberFormat.NATIONAL
        )
        return [g for g in re.split(r"[\s\-()]+", nat) if g]
    elif t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return iban.format(v).split(" ")
    elif t == "BR_CPF":
        cuts = (3, 6, 9)
    elif t == "BR_CNPJ":
        cuts = (2, 5, 8, 12)
    elif t == "SSN" or t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        cuts = (3, 5)
    elif t == "FR_NIR":
        cuts = (1, 3, 5, 7, 10, 13)
    elif t == "MX_CLABE":
        cuts = (3, 6, 17)
    elif t == "UK_NATIONAL_INSURANCE_NUMBER":
        cuts = (2, 4, 6, 8)
    elif t == "MAC_ADDRESS":
        return re.split(r"[:\-]", v)
    elif t == "MX_CURP":
        cuts = (4, 10, 16)
    else:
        s = v.replace("-", "")
        step = 3 if len(s) <= 9 else 4
        cuts = tuple(range(step, len(s), step))
        v = s
    out, prev = [], 0
    for c in (*cuts, len(v)):
        out.append(v[prev:c])
        prev = c
    return [g for g in out if g]


def plain(t: str, v: str, loc: str, lang: str, rng: random.Random) -> str:
    if t == "CREDIT_DEBIT_NUMBER":
        return rng.choice([" ".join(groups(t, v, loc)), v, "-".join(groups(t, v, loc))])
    if t == "PHONE":
        fmt = rng.choice(["NATIONAL", "INTERNATIONAL", "E164"])
        return phonenumbers.format_number(
            phonenumbers.parse(v), getattr(phonenumbers.PhoneNumberFormat, fmt)
        )
    if t == "CREDIT_DEBIT_EXPIRY":
        m, y = v.split("/")
        name = MONTHS[lang].split()[int(m) - 1]
        return rng.choice([v, f"{m}/20{y}", f"{name} 20{y}", f"{name[:3]} {y}", f"{m}-{y}"])
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return rng.choice([iban.format(v), v])
    if t == "BR_CPF":
        return rng.choice([cpf.format(v), v])
    if t == "BR_CNPJ":
        return rng.choice([cnpj.format(v), v])
    if t in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return rng.choice([f"{v[:3]}-{v[3:5]}-{v[5:]}", v])
    if t == "FR_NIR":
        return rng.choice([" ".join(groups(t, v, loc)), v])
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return rng.choice([" ".join(groups(t, v, loc)), v])
    if t == "ES_DNI":
        return rng.choice([v, f"{v[:8]}-{v[8]}"])
    return v


def spaced(t: str, v: str, loc: str, rng: random.Random) -> str:
    sep = rng.choice([" ", "-", " - ", "  "])
    return sep.join(groups(t, v, loc))


def noisy(t: str, v: str, loc: str, lang: str, rng: random.Random) -> str:
    gs = groups(t, v, loc)
    out = gs[0]
    for g in gs[1:]:
        out += rng.choice(NOISE[lang]) + g
    return out


def letters(t: str, v: str, loc: str, lang: str, rng: random.Random) -> str:
    base = plain(t, v, loc, lang, rng) if t != "PHONE" else spaced(t, v, loc, rng)
    sub = {"0": ["O", "o", "O"], "1": ["l", "I", "l"]}
    out = [rng.choice(sub[c]) if c in sub and rng.random() < 0.7 else c for c in base]
    if out == list(base):  # at least one substitution, or it is not this family
        i = next(i for i, c in enumerate(base) if c in sub)
        out[i] = sub[base[i]][0]
    return "".join(out)


def spelled(t: str, v: str, loc: str, lang: str, rng: random.Random) -> str:
    words = WORDS[lang]
    if loc == "pt-BR" and rng.random() < 0.6:  # Brazilians say "meia" (half dozen) for six
        words = [*words[:6], "meia", *words[7:]]
    if rng.random() < 0.3:
        words = [w.replace("é", "e").replace("ê", "e").replace("ü", "u") for w in words]
    base = plain(t, v, loc, lang, rng) if t != "PHONE" else spaced(t, v, loc, rng)
    if t == "CREDIT_DEBIT_EXPIRY":
        base = v
    mixed = rng.random() < 0.35 and len(base) > 6
    toks: list[str] = []
    for i, c in enumerate(base):
        if c.isdigit() and not (mixed and i < len(base) // 2):
            toks.append(words[int(c)])
        elif c.isspace():
            continue
        else:
            toks.append(c)
    # Join digit words by spaces; punctuation keeps its own token.
    return " ".join(toks)


def email_spelled(v: str, lang: str, rng: random.Random) -> str:
    at, dot = rng.choice(AT_DOT[lang])
    local, dom = v.split("@")
    if rng.random() < 0.5:
        local = local.replace(".", dot)
    return (local + at + dom.replace(".", dot)).strip()


def iban_broken(v: str, rng: random.Random) -> str:
    gs = iban.format(v).split(" ")
    if rng.random() < 0.4:  # irregular groups, as typed from a paper statement
        s, gs = v, []
        while s:
            n = rng.choice((2, 4, 5, 6))
            gs.append(s[:n])
            s = s[n:]
    out = gs[0]
    for g in gs[1:]:
        out += rng.choice([" ", "-", "\n", " - ", "  ", " "]) + g
    return out


def render(t: str, fam: str, v: str, loc: str, lang: str, rng: random.Random) -> str:
    if fam in ("plain", "context_only"):
        return plain(t, v, loc, lang, rng)
    if fam == "spaced_or_dashed":
        return spaced(t, v, loc, rng)
    if fam == "split_by_noise":
        return noisy(t, v, loc, lang, rng)
    if fam == "letter_substitution":
        return letters(t, v, loc, lang, rng)
    if fam == "spelled_out":
        return spelled(t, v, loc, lang, rng)
    if fam == "email_spelled":
        return email_spelled(v, lang, rng)
    if fam == "percent_encoded":
        return quote(v, safe=".")
    if fam == "url_credentials":
        return quote(v, safe="!*.-_$")
    if fam == "key_value_secret":
        return v
    if fam == "compact_expiry":
        m, y = v.split("/")
        return rng.choice([m + y, m + y, f"{m}20{y}"])
    if fam == "iban_broken":
        return iban_broken(v, rng)
    raise KeyError(fam)


def split_parts(t: str, v: str, loc: str, lang: str, k: int, rng: random.Random) -> list[str]:
    """A value typed over ``k`` consecutive messages, cut at group boundaries."""
    gs = groups(t, v, loc)
    while len(gs) < k:  # cut the longest group in two
        i = max(range(len(gs)), key=lambda j: len(gs[j]))
        g = gs[i]
        gs[i : i + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
    cuts = sorted(rng.sample(range(1, len(gs)), k - 1))
    sep = rng.choice([" ", "", "-"]) if t != "INTERNATIONAL_BANK_ACCOUNT_NUMBER" else " "
    parts, prev = [], 0
    for c in (*cuts, len(gs)):
        parts.append(sep.join(gs[prev:c]))
        prev = c
    return parts
