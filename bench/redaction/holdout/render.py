"""How customers type a value: one function per obfuscation family.

A rendering returns a `Piece`: the text to insert and the labelled spans inside it (relative
offsets). Most renderings are one span covering the whole text; URLs and config lines carry the
span of the secret only. `decode` undoes a rendering so the self-check can prove the text still
holds the synthetic value.
"""

from __future__ import annotations

import random
import re
import urllib.parse
from dataclasses import dataclass, field

from . import values as V
from .lexicon import DIGIT_WORDS, EMAIL_AT, EMAIL_DOT, JOIN_WORDS, MONTH_YEAR_JOIN, MONTHS, noise


@dataclass
class Span:
    start: int
    end: int
    type: str
    family: str
    canonical: str  # the value the text must decode to (internal, not written)
    check: str = ""


@dataclass
class Piece:
    text: str
    spans: list[Span] = field(default_factory=list)


def whole(text: str, value: V.Value, family: str) -> Piece:
    return Piece(text, [Span(0, len(text), value.type, family, value.compact, value.check)])


# ---- digit-group renderings ---------------------------------------------------------------


def plain(rng: random.Random, value: V.Value) -> str:
    if (
        value.type
        in (
            "MX_CURP",
            "MX_RFC",
            "ES_DNI",
            "ES_NIE",
            "PASSPORT_NUMBER",
            "UK_NATIONAL_INSURANCE_NUMBER",
        )
        and rng.random() < 0.25
    ):
        return value.plain.lower()
    if (
        value.type
        in (
            "BR_CPF",
            "BR_CNPJ",
            "FR_NIR",
            "DE_TAX_ID",
            "SSN",
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            "UK_NATIONAL_INSURANCE_NUMBER",
        )
        and rng.random() < 0.4
    ):
        return value.compact
    if value.type == "CREDIT_DEBIT_NUMBER" and rng.random() < 0.5:
        return " ".join(value.groups)
    return value.plain


SEPARATORS = (" ", "-", " - ", ".", "  ", " ", "-")


def spaced(rng: random.Random, value: V.Value) -> str:
    groups = list(value.groups)
    if value.type == "ES_DNI":
        return rng.choice(
            (
                f"{groups[0]}.{groups[1]}.{groups[2]}-{groups[3]}",
                f"{value.compact[:8]}-{groups[3]}",
                f"{value.compact[:8]} {groups[3]}",
                f"{groups[0]} {groups[1]} {groups[2]} {groups[3]}",
            )
        )
    if value.type == "PHONE" and value.compact.startswith("+") and rng.random() < 0.5:
        sep = rng.choice(("-", ".", " "))
        return groups[0] + " " + sep.join(groups[1:])
    if len(groups) == 1:
        s = value.compact
        step = 3 if len(s) % 3 == 0 else 4
        groups = [s[i : i + step] for i in range(0, len(s), step)]
    # a grouping other than the printed form, so the family says what the customer did
    options = [sep.join(groups) for sep in SEPARATORS]
    printed = {value.plain, value.compact}
    if value.type == "CREDIT_DEBIT_NUMBER":
        printed.add(" ".join(value.groups))  # the embossed form counts as plain
    options = [o for o in options if o not in printed] or options
    return rng.choice(options)


def noisy(rng: random.Random, value: V.Value, lang: str) -> str:
    groups = list(value.groups)
    if len(groups) < 2:
        s = value.compact
        groups = [s[: len(s) // 2], s[len(s) // 2 :]]
    pool = noise(lang)
    same = rng.random() < 0.6
    sep = rng.choice(pool)
    out = groups[0]
    for g in groups[1:]:
        out += (sep if same else rng.choice(pool)) + g
    return out


def letters(rng: random.Random, text: str) -> str | None:
    """O/o for 0 and l/I for 1 inside digit runs; None when the value has neither digit."""
    chars = list(text)
    spots = [i for i, c in enumerate(chars) if c in "01" and _in_digit_run(text, i)]
    if not spots:
        return None
    chosen = [i for i in spots if rng.random() < 0.6] or [rng.choice(spots)]
    zero = rng.choice(("O", "o", "O"))
    one = rng.choice(("l", "I", "l"))
    for i in chosen:
        chars[i] = zero if chars[i] == "0" else one
    return "".join(chars)


def _in_digit_run(text: str, i: int) -> bool:
    left = i > 0 and text[i - 1].isdigit()
    right = i + 1 < len(text) and text[i + 1].isdigit()
    return left or right


def spell_digits(rng: random.Random, digits: str, lang: str) -> str:
    words = DIGIT_WORDS[lang]
    first_choice = rng.random() < 0.7
    return " ".join(words[int(c)][0] if first_choice else rng.choice(words[int(c)]) for c in digits)


def spelled(rng: random.Random, value: V.Value, lang: str) -> str:
    groups = list(value.groups)
    if len(groups) == 1:
        s = value.compact
        groups = [s[i : i + 4] for i in range(0, len(s), 4)] if len(s) > 6 else [s]
    mixed = len(groups) > 2 and rng.random() < 0.5
    keep = set(rng.sample(range(len(groups)), k=len(groups) // 2)) if mixed else set()
    out = []
    for i, g in enumerate(groups):
        if i in keep or not g.strip("+").isdigit():
            out.append(g)
        elif g.startswith("+"):
            out.append(g if rng.random() < 0.6 else "+" + spell_digits(rng, g[1:], lang))
        else:
            out.append(spell_digits(rng, g, lang))
    return rng.choice((", ", " ", " - ", ", ")).join(out)


# ---- expiry ----------------------------------------------------------------------------------


def expiry(rng: random.Random, exp: V.Expiry, lang: str, family: str, country: str) -> Piece:
    mm, yy, yyyy = f"{exp.month:02d}", f"{exp.year % 100:02d}", str(exp.year)
    canonical = mm + yy
    if family == "compact_expiry":
        text = rng.choice((mm + yy, mm + yy, mm + yyyy))
    elif family == "spaced_or_dashed":
        text = rng.choice(
            (f"{mm}-{yy}", f"{mm} / {yy}", f"{mm}.{yyyy}", f"{mm} {yy}", f"{mm} - {yyyy}")
        )
    elif family == "spelled_out":
        month = rng.choice(MONTHS[lang][exp.month - 1])
        text = (
            month
            + rng.choice(MONTH_YEAR_JOIN[lang])
            + rng.choice((yyyy, yyyy, yy, spell_digits(rng, yy, lang)))
        )
    else:
        m = mm if rng.random() < 0.8 else str(exp.month)
        text = rng.choice((f"{m}/{yy}", f"{m}/{yy}", f"{m}/{yyyy}"))
    return Piece(text, [Span(0, len(text), "CREDIT_DEBIT_EXPIRY", family, canonical, "expiry")])


# ---- email ------------------------------------------------------------------------------------


def email(rng: random.Random, e: V.Email, lang: str, family: str) -> Piece:
    if family == "email_spelled":
        at = rng.choice(EMAIL_AT[lang])
        dot = rng.choice(EMAIL_DOT[lang])
        domain = e.domain.replace(".", dot) if rng.random() < 0.6 else e.domain
        local = e.local.replace(".", dot) if rng.random() < 0.3 else e.local
        text = (local + at + domain).strip()
        text = text[0].upper() + text[1:] if rng.random() < 0.1 else text
    elif family == "percent_encoded":
        text = e.local + "%40" + e.domain
    else:
        text = (
            e.plain
            if rng.random() < 0.85
            else e.plain.upper()
            if rng.random() < 0.3
            else e.plain.capitalize()
        )
    return Piece(text, [Span(0, len(text), "EMAIL", family, e.plain, "email")])


def decode_email(text: str, lang: str) -> str:
    s = urllib.parse.unquote(text)
    for variant in sorted(EMAIL_AT[lang], key=len, reverse=True):
        s = s.replace(variant, "@")
        if "(" in variant or "[" in variant:
            s = s.replace(variant.strip(), "@")
    for variant in sorted(EMAIL_DOT[lang], key=len, reverse=True):
        s = s.replace(variant, ".")
    return s.replace(" ", "").lower()


# ---- decode digits back ----------------------------------------------------------------------


def decode_value(text: str, lang: str, family: str) -> str:
    s = urllib.parse.unquote(text) if family == "percent_encoded" else text
    if family == "split_by_noise":
        for w in sorted(JOIN_WORDS[lang], key=len, reverse=True):
            s = s.replace(w, " ")
    if family == "spelled_out":
        s = s.lower()
        words: list[tuple[str, str]] = []
        for digit, alts in enumerate(DIGIT_WORDS[lang]):
            words.extend((w, str(digit)) for w in alts)
        words.sort(key=lambda p: len(p[0]), reverse=True)
        pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w, _ in words) + r")\b")
        lookup = dict(words)
        s = pattern.sub(lambda m: lookup[m.group(1)], s)
    if family == "letter_substitution":
        s = re.sub(r"(?<=[0-9OolI])[Oo]|[Oo](?=[0-9OolI])", "0", s)
        s = re.sub(r"(?<=[0-9OolI])[lI]|[lI](?=[0-9OolI])", "1", s)
    return "".join(c for c in s if c.isalnum()).upper()


def norm(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()
