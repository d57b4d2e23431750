"""Renderers, one per obfuscation family, and the decoder that reads each one back.

A renderer returns the characters of the span only; the template supplies the context
words around it. `decode` undoes a rendering to the value's canonical form, and the
generator refuses any rendering that does not decode to the value it was drawn from.
"""

from __future__ import annotations

import itertools
import random
import re
from urllib.parse import quote, unquote

import phonenumbers

from .values import Value
from .words import MONTH_ABBR, PLUS, month_name, months_to_digits, spell, unspell

FAMILIES = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "n": "split_by_noise",
    "ls": "letter_substitution",
    "sp": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "mm": "multi_message",
    "co": "context_only",
}

NOISE_WORDS = {
    "en": ["then", "and", "and then"],
    "es": ["y", "luego", "y luego"],
    "fr": ["puis", "et", "et puis"],
    "de": ["dann", "und", "und dann"],
    "pt": ["e", "depois", "e depois"],
}
NOISE_MARKS = [" 🙂 ", " | ", "|", " / ", "... ", "...", "\n", " 👉 ", " ✨ ", " - ", " ; ", "\n\n"]
ALL_NOISE_WORDS = {w for ws in NOISE_WORDS.values() for x in ws for w in x.split()}

AT_DOT = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), (" [arroba] ", " [punto] "), ("(arroba)", "(punto)")],
    "fr": [(" arobase ", " point "), (" [at] ", " [point] "), (" arrobase ", " point ")],
    "de": [(" ät ", " punkt "), (" at ", " punkt "), (" (at) ", " (punkt) "), ("[ät]", "[punkt]")],
    "pt": [(" arroba ", " ponto "), (" [arroba] ", " [ponto] "), ("(arroba)", "(ponto)")],
}

# Types that are digits only (after dropping print separators and "+").
DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_CVV", "PIN", "BANK_ACCOUNT_NUMBER", "BANK_ROUTING",
    "SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "PHONE", "BR_CPF", "BR_CNPJ", "FR_NIR",
    "DE_TAX_ID", "PT_NIF", "MX_CLABE", "CREDIT_DEBIT_EXPIRY",
}  # fmt: skip


def canon(v: Value) -> str:
    """The form a decoded rendering must equal."""
    if v.type == "EMAIL":
        return v.printed.lower()
    if v.type in {"PASSWORD", "AWS_SECRET_KEY"}:
        return v.compact
    return re.sub(r"[^0-9A-Za-z]", "", v.compact).upper()


def decode(text: str, family: str, v: Value, lang: str) -> str:
    if v.type in {"PASSWORD", "AWS_SECRET_KEY"}:
        return text
    if family == "percent_encoded":
        text = unquote(text)
        if v.type == "EMAIL":
            return text.lower()
    if family == "email_spelled":
        s = text
        for lg in AT_DOT.values():
            for at, dot in lg:
                s = s.replace(at.strip(), "@").replace(dot.strip(), ".")
        return s.replace(" ", "").lower()
    if v.type == "EMAIL":
        return text.replace("\n", "").replace(" ", "").lower()
    if v.type == "CREDIT_DEBIT_EXPIRY":
        text = months_to_digits(text)
    if family == "spelled_out":
        return unspell(text, lang)
    if family == "letter_substitution":
        text = re.sub(r"(?<=[\d\s\-.])[Oo]|[Oo](?=[\d\s\-.])", "0", text)
        text = re.sub(r"(?<=[\d\s\-.])[lI]|[lI](?=[\d\s\-.])", "1", text)
        text = text.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    toks = [t for t in re.split(r"\s+", text) if t.lower() not in ALL_NOISE_WORDS]
    return re.sub(r"[^0-9A-Za-z]", "", "".join(toks)).upper()


def regroup(s: str, rng: random.Random) -> list[str]:
    sizes = rng.choice([[3], [4], [2], [3, 4], [4, 3], [2, 3]])
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[k % len(sizes)]
        out.append(s[i : i + n])
        i += n
        k += 1
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


def groups_for(v: Value, rng: random.Random) -> list[str]:
    """The groups a person would type: the official ones, or a regrouping of long runs."""
    g = [x.lstrip("+") if i else x for i, x in enumerate(v.groups)]
    if len(g) == 1 and len(g[0]) > 6:
        return regroup(g[0], rng)
    return list(g)


def official(v: Value) -> str:
    """The print form on documents (CPF and CNPJ mix dots, a slash and a dash)."""
    pg = v.groups
    if v.type == "BR_CNPJ":
        return f"{pg[0]}.{pg[1]}.{pg[2]}/{pg[3]}-{pg[4]}"
    if v.type == "BR_CPF":
        return f"{pg[0]}.{pg[1]}.{pg[2]}-{pg[3]}"
    return v.printed


def render(
    v: Value, family: str, lang: str, rng: random.Random, variant: str = "", region: str = ""
) -> str:
    if family == "plain":
        if v.type == "EMAIL":
            return v.printed if rng.random() < 0.8 else v.printed.upper()
        if v.type == "CREDIT_DEBIT_EXPIRY":
            mm, yy = v.groups
            if rng.random() < 0.3:
                name = month_name(int(mm), lang, rng)
                dot = "." if name.lower() in MONTH_ABBR[lang].lower().split() else ""
                return rng.choice(
                    [f"{name} {yy}", f"{name} 20{yy}", f"{name}/{yy}", f"{name}{dot} 20{yy}"]
                )
            return rng.choice([f"{mm}/{yy}", f"{mm}/20{yy}", f"{mm}/{yy}"])
        if v.type in {"CREDIT_DEBIT_NUMBER", "PHONE", "SSN", "BR_CPF", "BR_CNPJ",
                      "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
                      "MX_RFC", "ES_DNI", "ES_NIE"} and rng.random() < 0.35:  # fmt: skip
            return re.sub(r"[^0-9A-Za-z+]", "", v.compact)
        return official(v)
    if family in {"context_only", "url_credentials", "key_value_secret"}:
        return v.printed if v.type == "BANK_ROUTING" and rng.random() < 0.5 else v.compact
    if family == "compact_expiry":
        mm, yy = v.groups
        return rng.choice([f"{mm}{yy}", f"{mm}{yy}", f"{mm}20{yy}"])
    if family == "spaced_or_dashed":
        if v.type == "CREDIT_DEBIT_EXPIRY":
            mm, yy = v.groups
            return rng.choice([f"{mm}-{yy}", f"{mm}.{yy}", f"{mm} / {yy}", f"{int(mm)}/{yy}",
                               f"{mm} - 20{yy}", f"{mm}.20{yy}"])  # fmt: skip
        if v.type == "MAC_ADDRESS":
            s = v.compact
            return rng.choice([".".join([s[0:4], s[4:8], s[8:12]]), " ".join(v.groups), s])
        g = groups_for(v, rng)
        if len(g) == 1:
            g = regroup(g[0], rng)
        sep = rng.choice(["-", ".", "  ", " / ", "/", " - ", " . ", "-"])
        return sep.join(g)
    if family in {"split_by_noise", "iban_broken"}:
        g = groups_for(v, rng)
        if family == "iban_broken":
            sep_pool = ["-", " - ", "\n", "  ", " ", "\n"]
            parts = [x.lower() if rng.random() < 0.5 else x for x in g]
            seps = [rng.choice(sep_pool) for _ in parts[1:]]
        else:
            if len(g) == 1:
                g = regroup(g[0], rng)
            pool = NOISE_MARKS + [f" {w} " for w in NOISE_WORDS[lang]]
            parts = g
            one = rng.choice(pool)
            seps = [one if rng.random() < 0.7 else rng.choice(pool) for _ in parts[1:]]
        out = parts[0]
        for sep, part in zip(seps, parts[1:], strict=True):
            out += sep + part
        return out
    if family == "letter_substitution":
        s = official(v) if rng.random() < 0.6 else v.compact
        idx = [i for i, c in enumerate(s) if c in "01"]
        if not idx:
            raise ValueError("no 0 or 1 to substitute")
        pick = set(rng.sample(idx, k=max(1, min(len(idx), rng.randint(1, 3)))))
        sub = {"0": ["O", "o", "O"], "1": ["l", "I", "l"]}
        return "".join(rng.choice(sub[c]) if i in pick else c for i, c in enumerate(s))
    if family == "spelled_out":
        digits = re.sub(r"\D", "", v.compact)
        plus = v.compact.startswith("+")
        text = spell(digits, lang, rng, variant)
        return (PLUS[lang] + " " + text) if plus else text
    if family == "email_spelled":
        at, dot = rng.choice(AT_DOT[lang])
        local, dom = v.groups
        local = local.replace(".", dot) if rng.random() < 0.6 else local
        return (local + at + dom.replace(".", dot)).strip()
    if family == "percent_encoded":
        if v.type == "EMAIL":
            return quote(v.printed, safe="")
        digits = re.sub(r"\D", "", v.compact)
        if not v.compact.startswith("+"):
            # A national print gets its country code back, as a form would submit it.
            digits = str(phonenumbers.parse(v.compact, region).country_code) + digits.lstrip("0")
        return quote("+" + digits, safe="")
    raise ValueError(family)


def split_parts(v: Value, n: int, rng: random.Random) -> list[str]:
    """A value sent over n messages: its groups spread over n parts, each in print form."""
    if v.type == "EMAIL":
        local, dom = v.groups
        head, rest = dom.split(".", 1)
        return [local, "@" + dom] if n == 2 else [local, "@" + head, "." + rest]
    g = groups_for(v, rng)
    if len(g) < n:
        g = regroup(re.sub(r"[^0-9A-Za-z+]", "", "".join(g)), rng)
    if len(g) < n:
        raise ValueError("too few groups")
    cuts = sorted(rng.sample(range(1, len(g)), n - 1))
    bounds = [0, *cuts, len(g)]
    sep = " " if rng.random() < 0.7 else rng.choice(["-", "."])
    return [sep.join(g[a:b]) for a, b in itertools.pairwise(bounds)]
