"""Render a value in one obfuscation family, and decode a rendering back to check it.

Families: plain (as usually typed), spaced_or_dashed (regrouped with spaces/dashes/dots),
split_by_noise (groups split by emoji, pipes, slashes, words, line breaks), letter_digits
(O/o for 0, l/I for 1), spelled_out (digits as words of the chat's language),
email_obfuscated (at/dot words), multi_message (the value across 2-3 messages; rendered by
``split_parts``), partial (only the last four digits of a card, asked for as such).
"""

from __future__ import annotations

import random
import re

from .values import canon, chunks

DIGIT_ONLY = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "PHONE",
    "SSN",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "DE_TAX_ID",
    "PT_NIF",
    "FR_NIR",
}
LONG = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SSN",
    "MX_CURP",
}
SPELLABLE = {
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PHONE",
    "SSN",
    "PT_NIF",
    "BANK_ROUTING",
    "BANK_ACCOUNT_NUMBER",
    "BR_CPF",
    "DE_TAX_ID",
}


def families(kind: str) -> list[str]:
    """Families that make sense for a type, plain first (weights are applied by the caller)."""
    if kind == "EMAIL":
        return ["plain", "email_obfuscated"]
    if kind in (
        "PASSWORD",
        "USERNAME",
        "CREDIT_DEBIT_EXPIRY",
        "SWIFT_CODE",
        "IP_ADDRESS",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "ES_NIE",
        "MX_RFC",
    ):
        return ["plain"]
    fams = ["plain", "spaced_or_dashed"]
    if kind in LONG or kind == "ES_DNI":
        fams.append("split_by_noise")
    if kind in DIGIT_ONLY:
        fams.append("letter_digits")
    if kind in SPELLABLE:
        fams.append("spelled_out")
    if kind in LONG:
        fams.append("multi_message")
    return fams


def _sizes(c: str, rng: random.Random) -> list[int]:
    n = len(c)
    if n <= 4:
        return [2, 2]
    if n <= 6:
        return [3, 3]
    size = rng.choice([3, 4]) if n >= 12 else rng.choice([2, 3])
    return [size] * (n // size + 1)


def render(rng: random.Random, kind: str, base: str, family: str, lang) -> str:
    c = canon(base)
    if family == "plain":
        return base
    if family == "spaced_or_dashed":
        sep = (
            rng.choice([" ", "-", " ", ".", "  "])
            if kind != "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
            else rng.choice([" ", "-"])
        )
        return sep.join(chunks(c, _sizes(c, rng)))
    if family == "split_by_noise":
        parts = chunks(c, _sizes(c, rng))
        noise = [x for x in lang.NOISE if x.strip()]
        out = parts[0]
        for p in parts[1:]:
            out += rng.choice(noise) + p
        return out
    if family == "letter_digits":
        s = base
        idx = [i for i, ch in enumerate(s) if ch in "01"]
        rng.shuffle(idx)
        pick = set(idx[: max(1, len(idx) // 2)])
        return "".join(
            (rng.choice("Oo") if ch == "0" else rng.choice("lI")) if i in pick else ch
            for i, ch in enumerate(s)
        )
    if family == "spelled_out":
        sep = rng.choice([" ", " ", ", ", "-"])
        return sep.join(lang.DIGITS[int(d)] for d in c)
    if family == "email_obfuscated":
        local, domain = base.split("@")
        at = rng.choice(lang.AT)
        dot = rng.choice(lang.DOT)
        return local + at + domain.replace(".", dot)
    raise ValueError(family)


def eligible_letter_digits(base: str) -> bool:
    return any(ch in "01" for ch in base)


def split_parts(rng: random.Random, base: str) -> list[str]:
    """Cut a value into 2 or 3 pieces at group boundaries, each sent as its own message."""
    c = canon(base) if " " not in base else base
    groups = c.split(" ") if " " in c else chunks(c, [4] * 10 if len(c) >= 12 else [3] * 10)
    n = min(len(groups), rng.choice([2, 2, 3]))
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    bounds = [0] + cuts + [len(groups)]
    return [" ".join(groups[a:b]) for a, b in zip(bounds, bounds[1:])]


def decode(kind: str, text: str, family: str, lang) -> str:
    """Undo a rendering; the result must equal ``canon`` of the base value."""
    t = text
    if family == "email_obfuscated":
        for w in lang.AT:
            t = t.replace(w, "@")
        for w in lang.DOT:
            t = t.replace(w, ".")
        return canon(t)
    if family == "spelled_out":
        words = [w for w in re.split(r"[\s,\-]+", t) if w]
        return "".join(str(lang.DIGITS.index(w)) for w in words)
    if family == "split_by_noise":
        for w in sorted(lang.NOISE, key=len, reverse=True):
            if w != " ":
                t = t.replace(w, " ")
        return canon(t)
    if family == "letter_digits":
        t = t.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    return canon(t)
