"""How customers type a value: one renderer per obfuscation family, and the inverse used to
check that every rendered span still carries exactly the synthetic value it was made from."""

from __future__ import annotations

import random
import urllib.parse
from collections.abc import Callable

from bench.redaction.independent.values import Value

FAMILIES = (
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_digits",
    "spelled_out",
    "email_obfuscated",
    "url_encoded",
    "credentials_in_url",
    "expiry_compact",
    "context_abbrev",
    "international_phone",
    "multi_message",
)

_DIGITS = ("plain", "spaced_or_dashed", "split_by_noise", "letter_digits", "spelled_out")

# Families a slot without an annotation may be rendered in, per entity type.
RENDER_FAMILIES: dict[str, tuple[str, ...]] = {
    "CREDIT_DEBIT_NUMBER": _DIGITS,
    "CREDIT_DEBIT_CVV": ("plain", "spelled_out", "letter_digits"),
    "CREDIT_DEBIT_EXPIRY": ("plain", "expiry_compact"),
    "PIN": ("plain", "spelled_out", "letter_digits", "spaced_or_dashed"),
    "BANK_ACCOUNT_NUMBER": _DIGITS,
    "BANK_ROUTING": ("plain", "spaced_or_dashed", "letter_digits"),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": (
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_digits",
    ),
    "SWIFT_CODE": ("plain",),
    "EMAIL": ("plain", "email_obfuscated"),
    "PHONE": ("international_phone", "split_by_noise", "letter_digits", "spelled_out"),
    "SSN": _DIGITS,
    "PASSPORT_NUMBER": ("plain", "spaced_or_dashed"),
    "DRIVER_ID": ("plain",),
    "PASSWORD": ("plain",),
    "USERNAME": ("plain",),
    "AWS_ACCESS_KEY": ("plain",),
    "AWS_SECRET_KEY": ("plain",),
    "IP_ADDRESS": ("plain",),
    "MAC_ADDRESS": ("plain", "spaced_or_dashed"),
    "ES_DNI": _DIGITS,
    "ES_NIE": ("plain", "spaced_or_dashed", "letter_digits"),
    "MX_CURP": ("plain",),
    "MX_RFC": ("plain",),
    "MX_CLABE": _DIGITS,
    "BR_CPF": _DIGITS,
    "BR_CNPJ": ("plain", "spaced_or_dashed", "letter_digits"),
    "FR_NIR": _DIGITS,
    "DE_TAX_ID": _DIGITS,
    "PT_NIF": _DIGITS,
}

DIGIT_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "de": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
    "pt": ("zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"),
}
# Spoken variants customers really type: "oh" for zero, "zwo" on German phones, "meia" (dozen
# half) for six in Brazil, words without their accents.
DIGIT_VARIANTS = {
    ("en", 0): ("oh",),
    ("fr", 0): ("zero",),
    ("de", 2): ("zwo",),
    ("de", 5): ("fuenf", "funf"),
    ("pt", 6): ("meia",),
    ("pt", 3): ("tres",),
}
_WORD_TO_DIGIT = {
    **{w: str(i) for words in DIGIT_WORDS.values() for i, w in enumerate(words)},
    **{w: str(i) for (_, i), ws in DIGIT_VARIANTS.items() for w in ws},
}

AND_WORDS = {
    "en": ("and", "then", "and then"),
    "es": ("y", "luego", "y luego"),
    "fr": ("et", "puis", "et puis"),
    "de": ("und", "dann", "und dann"),
    "pt": ("e", "depois", "e depois"),
}
_NOISE_WORDS = frozenset(w for ws in AND_WORDS.values() for p in ws for w in p.split())
# The two splits separate their groups with different emoji and symbols, so a detector tuned on
# dev's separators meets unseen ones in sealed; newlines and pipes are too common to leave out.
NOISE_SYMBOLS = {
    "dev": (" 🙂 ", " | ", " / ", "\n", " 👉 ", " 💳 ", " ... ", "|"),
    "sealed": (" 😅 ", " || ", "/", "\n", " 🙏 ", " ✨ ", " ; ", " * "),
}
_noise: list[tuple[str, ...]] = [NOISE_SYMBOLS["dev"]]


def use_noise(split: str) -> None:
    """Choose the separator set of the split being generated."""
    _noise[0] = NOISE_SYMBOLS[split]


EMAIL_WORDS = {
    "en": (("at", "dot"), ("AT", "DOT")),
    "es": (("arroba", "punto"), ("at", "punto")),
    "fr": (("arobase", "point"), ("at", "point")),
    "de": (("ät", "Punkt"), ("at", "punkt")),
    "pt": (("arroba", "ponto"), ("at", "ponto")),
}

MONTHS = {
    "en": ("january february march april may june july august september october november december"),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "pt": (
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
    ),
}
MONTH_NAMES = {lang: tuple(s.split()) for lang, s in MONTHS.items()}
# Usual short forms; French needs four letters to tell juin from juillet.
MONTH_ABBREVS = {
    "en": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "fr": (
        "janv",
        "févr",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ),
    "de": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
    "pt": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
}


class NotApplicable(Exception):
    """The value cannot be shown in this family (e.g. letter_digits without a 0 or 1)."""


def _groups(v: Value, rng: random.Random, minimum: int = 2) -> list[str]:
    groups = list(v.groups)
    if len(groups) >= minimum:
        return groups
    s = "".join(groups)
    if len(s) < minimum * 2:
        return list(s) if len(s) >= minimum else [s]
    cut = rng.randint(len(s) // 3, 2 * len(s) // 3)
    return [s[:cut], s[cut:]]


def plain(v: Value, lang: str, rng: random.Random) -> str:
    k = v.kind
    if k in ("SSN", "BR_CPF", "BR_CNPJ"):
        return v.display if rng.random() < 0.7 else v.canonical
    if k == "MAC_ADDRESS":
        return v.display if rng.random() < 0.6 else v.display.lower()
    if k in ("MX_CURP", "MX_RFC", "PASSPORT_NUMBER", "ES_DNI", "ES_NIE"):
        return v.canonical.lower() if rng.random() < 0.25 else v.canonical
    if k == "CREDIT_DEBIT_EXPIRY":
        return _expiry_plain(v, lang, rng)
    if k in ("EMAIL", "PASSWORD", "USERNAME", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "IP_ADDRESS"):
        return v.display
    if k in ("DRIVER_ID", "SWIFT_CODE", "PHONE"):
        return v.display
    if k == "BANK_ROUTING" and "-" in v.display:
        return v.display
    if k == "BANK_ACCOUNT_NUMBER" and "-" in v.display:
        return v.display
    return v.canonical


def _expiry_plain(v: Value, lang: str, rng: random.Random) -> str:
    mm, yy, yyyy = v.canonical[:2], v.canonical[2:], v.extra["year"]
    month = MONTH_NAMES[lang][int(mm) - 1]
    short = MONTH_ABBREVS[lang][int(mm) - 1]
    style = rng.randrange(9)
    if style == 0:
        return f"{mm}/{yyyy}"
    if style == 1:
        return f"{int(mm)}/{yy}"
    if style == 2:
        return f"{mm}-{yy}"
    if style == 3:
        return f"{mm}.{yy}" if lang == "de" else f"{mm} / {yy}"
    if style == 4:
        joiner = {"es": " de ", "pt": " de "}.get(lang, " ")
        return f"{month}{joiner}{yyyy}"
    if style == 5:
        return f"{short}/{yy}"
    if style == 6:
        return f"{short.lower()} {yyyy}"
    return f"{mm}/{yy}"


def spaced(v: Value, lang: str, rng: random.Random) -> str:
    k = v.kind
    if k == "MAC_ADDRESS":
        hexs = v.canonical if rng.random() < 0.5 else v.canonical.lower()
        style = rng.randrange(3)
        if style == 0:
            return "-".join(hexs[i : i + 2] for i in range(0, 12, 2))
        if style == 1:
            return ".".join(hexs[i : i + 4] for i in range(0, 12, 4))
        return " ".join(hexs[i : i + 2] for i in range(0, 12, 2))
    if k in ("ES_DNI",):
        n, letter = v.canonical[:8], v.canonical[8]
        return rng.choice(
            (
                f"{n[:2]}.{n[2:5]}.{n[5:]}-{letter}",
                f"{n}-{letter}",
                f"{n[:2]} {n[2:5]} {n[5:]} {letter}",
                f"{n} {letter}",
            )
        )
    if k == "ES_NIE":
        c = v.canonical
        return rng.choice(
            (f"{c[0]}-{c[1:8]}-{c[8]}", f"{c[0]} {c[1:8]} {c[8]}", f"{c[0]}{c[1:8]}-{c[8]}")
        )
    if k == "PIN":
        return rng.choice((" ", "-", " - ")).join(v.canonical)
    if k == "PASSPORT_NUMBER":
        c = v.canonical
        i = next((j for j, ch in enumerate(c) if ch.isdigit()), 0)
        if 0 < i < len(c):
            return c[:i] + rng.choice((" ", "-")) + c[i:]
        return c[:3] + " " + c[3:6] + " " + c[6:]
    if k == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return rng.choice((" ", " ", "-", "  ")).join(v.groups)
    groups = _groups(v, rng)
    sep = rng.choice((" ", "-", " ", ".", " - ", "  "))
    if k in ("BR_CPF", "BR_CNPJ") and rng.random() < 0.5:
        return " ".join(groups[:-1]) + "-" + groups[-1]
    return sep.join(groups)


def split_by_noise(v: Value, lang: str, rng: random.Random) -> str:
    groups = _groups(v, rng)
    if v.kind == "PHONE" and len(groups) < 3:
        s = "".join(groups)
        third = len(s) // 3
        groups = [s[:third], s[third : 2 * third], s[2 * third :]]
    style = rng.randrange(3)
    if style == 0:
        sep = rng.choice(_noise[0])
        return sep.join(groups)
    if style == 1:
        word = rng.choice(AND_WORDS[lang])
        if len(groups) > 2 and rng.random() < 0.5:
            return ", ".join(groups[:-1]) + f" {word} " + groups[-1]
        return f" {word} ".join(groups)
    out = groups[0]
    for g in groups[1:]:
        out += rng.choice((*_noise[0], f" {AND_WORDS[lang][0]} ")) + g
    return out


def letter_digits(v: Value, lang: str, rng: random.Random) -> str:
    base = rng.choice((plain, spaced))(v, lang, rng) if v.kind != "PHONE" else v.display
    if v.kind == "CREDIT_DEBIT_EXPIRY":
        base = v.canonical
    chars = list(base)
    positions = [i for i, ch in enumerate(chars) if ch in "01" and _in_digit_run(base, i)]
    if not positions:
        raise NotApplicable
    chosen = [i for i in positions if rng.random() < 0.55] or [rng.choice(positions)]
    for i in chosen:
        chars[i] = rng.choice(("O", "o", "O")) if chars[i] == "0" else rng.choice(("l", "I", "l"))
    return "".join(chars)


def _in_digit_run(s: str, i: int) -> bool:
    left = s[i - 1] if i > 0 else ""
    right = s[i + 1] if i + 1 < len(s) else ""
    return left.isdigit() or right.isdigit() or left in " -." or right in " -."


def _word(d: str, lang: str, rng: random.Random) -> str:
    variants = DIGIT_VARIANTS.get((lang, int(d)))
    if variants and rng.random() < 0.35:
        return rng.choice(variants)
    return DIGIT_WORDS[lang][int(d)]


def spelled_out(v: Value, lang: str, rng: random.Random) -> str:
    groups = list(v.groups) if v.kind != "CREDIT_DEBIT_EXPIRY" else [v.canonical]
    if len(groups) == 1 and len(groups[0]) > 6:
        groups = _groups(v, rng)
    spell = [any(c.isdigit() for c in g) and not g.startswith("+") for g in groups]
    if not any(spell):
        raise NotApplicable
    full = rng.random() < 0.5 or sum(spell) == 1
    if not full:
        idx = [i for i, s in enumerate(spell) if s]
        keep = rng.sample(idx, k=max(1, len(idx) // 2))
        spell = [s and i in keep for i, s in enumerate(spell)]
    joiner = rng.choice((" ", " ", "-", ", "))
    parts = []
    for g, s in zip(groups, spell, strict=True):
        if s:
            parts.append(joiner.join(_word(c, lang, rng) if c.isdigit() else c for c in g))
        else:
            parts.append(g)
    return rng.choice((" ", ", ", " ")).join(parts)


def expiry_compact(v: Value, lang: str, rng: random.Random) -> str:
    mm, yy, yyyy = v.canonical[:2], v.canonical[2:], v.extra["year"]
    return rng.choice((f"{mm}{yy}", f"{mm}{yy}", f"{mm}{yyyy}", f"{mm} {yy}"))


def email_obfuscated(v: Value, lang: str, rng: random.Random) -> str:
    local, domain = v.canonical.split("@")
    at, dot = rng.choice(EMAIL_WORDS[lang])
    style = rng.randrange(6)
    if style == 0:
        return f"{local} {at} {domain.replace('.', f' {dot} ')}"
    if style == 1:
        return f"{local}[{at}]{domain.replace('.', f'[{dot}]')}"
    if style == 2:
        return f"{local} ({at}) {domain}"
    if style == 3:
        return f"{local} @ {domain.replace('.', ' . ')}"
    if style == 4:
        return f"{local} {at} {domain}"
    return f"{local}({at}){domain.replace('.', f'({dot})')}"


def url_encoded(v: Value, lang: str, rng: random.Random) -> str:
    if v.kind == "PHONE":
        text = v.display if rng.random() < 0.5 else "+" + v.canonical
        if text.startswith("00"):
            text = "+" + text[2:]
        elif not text.startswith("+"):
            text = "+" + v.extra["cc"] + " " + text.lstrip("0")
        return urllib.parse.quote(text, safe="")
    if v.kind == "EMAIL":
        return urllib.parse.quote(v.canonical, safe="" if rng.random() < 0.8 else ".")
    return urllib.parse.quote(v.display, safe="")


RENDERERS: dict[str, Callable[[Value, str, random.Random], str]] = {
    "plain": plain,
    "spaced_or_dashed": spaced,
    "split_by_noise": split_by_noise,
    "letter_digits": letter_digits,
    "spelled_out": spelled_out,
    "expiry_compact": expiry_compact,
    "email_obfuscated": email_obfuscated,
    "url_encoded": url_encoded,
    "international_phone": plain,
    "credentials_in_url": lambda v, lang, rng: v.display,
}


def render(v: Value, family: str, lang: str, rng: random.Random) -> str:
    if family == "context_abbrev":
        options = [f for f in ("plain", "spaced_or_dashed") if f in RENDER_FAMILIES[v.kind]]
        if v.kind == "PHONE":
            options = ["plain"]
        return RENDERERS[rng.choice(options)](v, lang, rng)
    return RENDERERS[family](v, lang, rng)


# ---------------------------------------------------------------- inverse, for validation


def core(text: str) -> str:
    """The value characters a reader recovers from a rendered span: spelled digits become digits,
    separators, emoji and joining words disappear, letters and digits stay as typed."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isalpha():
            j = i
            while j < n and text[j].isalpha():
                j += 1
            word = text[i:j]
            bounded = (i == 0 or not text[i - 1].isalnum()) and (j == n or not text[j].isalnum())
            low = word.lower()
            if bounded and low in _WORD_TO_DIGIT and len(word) > 1:
                out.append(_WORD_TO_DIGIT[low])
            elif bounded and low in _NOISE_WORDS and word.islower():
                pass
            else:
                out.extend(word)
            i = j
        elif ch.isdigit():
            out.append(ch)
            i += 1
        else:
            i += 1
    return "".join(out)


def matches(recovered: str, expected: str) -> bool:
    """Character-wise equality allowing O/o for 0 and l/I for 1, case-insensitive letters."""
    if len(recovered) != len(expected):
        return False
    for r, e in zip(recovered, expected, strict=True):
        if r.upper() == e.upper():
            continue
        if e == "0" and r in "Oo":
            continue
        if e == "1" and r in "lI":
            continue
        return False
    return True


def unobfuscate_email(text: str) -> str:
    t = text
    for a, d in (p for ps in EMAIL_WORDS.values() for p in ps):
        for at_form in (f"[{a}]", f"({a})"):
            t = t.replace(at_form, "@")
        for dot_form in (f"[{d}]", f"({d})"):
            t = t.replace(dot_form, ".")
        t = t.replace(f" {a} ", "@").replace(f" {d} ", ".")
    return t.replace(" @ ", "@").replace(" . ", ".").replace(" ", "")


def expiry_digits(text: str, lang: str) -> str:
    low = text.lower()
    forms = [(n.lower(), i) for i, n in enumerate(MONTH_NAMES[lang])]
    forms += [(n.lower(), i) for i, n in enumerate(MONTH_ABBREVS[lang])]
    for form, i in sorted(forms, key=lambda f: -len(f[0])):
        if low.startswith(form):
            digits = "".join(c for c in low if c.isdigit())
            return f"{i + 1:02d}{digits[-2:]}"
    digits = core(text)
    digits = digits.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    if len(digits) == 6:
        return digits[:2] + digits[4:]
    if len(digits) == 3:
        return "0" + digits
    return digits
