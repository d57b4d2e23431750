"""One rendering per obfuscation family, and the decoder the self-check uses to undo it."""

from __future__ import annotations

import itertools
import random
import re
import urllib.parse

import phonenumbers

from .words import AT_DOT, DIGITS, JOINERS, MONTHS, YEARS

NOISE = [" 🔹 ", " | ", " / ", "...", "; ", " ~ ", " • ", "\n", " 👉 ", " -- ", "|", " ✅ "]

# Official print groupings (plain family) for types whose digits come in fixed groups.
GROUPS: dict[str, tuple[int, ...]] = {
    "SSN": (3, 2, 4),
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": (3, 2, 4),
    "BR_CPF": (3, 3, 3, 2),
    "BR_CNPJ": (2, 3, 3, 4, 2),
    "FR_NIR": (1, 2, 2, 2, 3, 3, 2),
    "DE_TAX_ID": (2, 3, 3, 3),
    "PT_NIF": (3, 3, 3),
    "MX_CLABE": (3, 3, 11, 1),
}
PRINT_SEP: dict[str, tuple[str, ...]] = {
    "SSN": ("-", "-"),
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ("-", "-"),
    "BR_CPF": (".", ".", "-"),
    "BR_CNPJ": (".", ".", "/", "-"),
}


def chunks(value: str, sizes: tuple[int, ...]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(value[pos : pos + size])
        pos += size
    if pos < len(value):
        out.append(value[pos:])
    return [c for c in out if c]


def groups_of(value: str, cc: str, kind: str, rng: random.Random) -> list[str]:
    """The natural groups a customer reads the value in."""
    if kind in GROUPS:
        return chunks(value, GROUPS[kind])
    if kind == "CREDIT_DEBIT_NUMBER" and len(value) == 15:
        return chunks(value, (4, 6, 5))
    if kind == "PHONE":
        return phone_groups(value, cc)
    size = (
        4
        if kind in {"CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"}
        else rng.choice([3, 4])
    )
    return [value[i : i + size] for i in range(0, len(value), size)]


def phone_groups(value: str, cc: str) -> list[str]:
    national = phonenumbers.format_number(
        phonenumbers.parse(value, cc), phonenumbers.PhoneNumberFormat.NATIONAL
    )
    return [g for g in re.split(r"\D+", national) if g]


def plain(kind: str, value: str, cc: str, rng: random.Random) -> str:
    if kind == "CREDIT_DEBIT_EXPIRY":
        mm, yy = value[:2], value[2:]
        return rng.choice(
            [
                f"{mm}/{yy}",
                f"{int(mm)}/{yy}",
                f"{mm}.{yy}",
                f"{mm}-{yy}",
                f"{mm}/20{yy}",
                f"{mm}/{yy}",
            ]
        )
    if kind == "PHONE":
        parsed = phonenumbers.parse(value, cc)
        fmt = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
                phonenumbers.PhoneNumberFormat.NATIONAL,
            ]
        )
        return phonenumbers.format_number(parsed, fmt)
    if kind in GROUPS and rng.random() < 0.7:
        parts = chunks(value, GROUPS[kind])
        seps = PRINT_SEP.get(kind, (" ",) * (len(parts) - 1))
        return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=False))
    if kind in {"CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"} and rng.random() < 0.6:
        return " ".join(groups_of(value, cc, kind, rng))
    if kind in {"MX_CURP", "MX_RFC", "SWIFT_CODE", "PASSPORT_NUMBER"} and rng.random() < 0.2:
        return value.lower()
    return value


def spaced(kind: str, value: str, cc: str, rng: random.Random) -> str:
    if kind == "MAC_ADDRESS":
        hexes = value.replace(":", "")
        if rng.random() < 0.3:  # Cisco style
            return ".".join(hexes[i : i + 4] for i in range(0, 12, 4))
        return rng.choice(["-", " "]).join(value.upper().split(":"))
    if kind == "PHONE" and rng.random() < 0.5:
        parsed = phonenumbers.parse(value, cc)
        intl = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        head, *rest = intl.split(" ")
        if rng.random() < 0.5:
            head = "00" + head[1:]
        return head + rng.choice(["-", ".", " ", "  "]) + rng.choice(["-", ".", " "]).join(rest)
    sep = rng.choice(["-", " - ", "  ", ".", " . ", "/", "-"])
    return sep.join(groups_of(value, cc, kind, rng))


def noisy(kind: str, value: str, cc: str, lang: str, rng: random.Random) -> str:
    parts = groups_of(value, cc, kind, rng)
    seps = NOISE + JOINERS[lang]
    sep = rng.choice(seps)
    out = parts[0]
    for part in parts[1:]:
        out += (sep if rng.random() < 0.7 else rng.choice(seps)) + part
    return out


class NoSpotError(ValueError):
    """The value has no 0 or 1 inside a digit run: the caller draws another value."""


def substituted(kind: str, value: str, cc: str, rng: random.Random) -> str:
    for _ in range(50):
        if kind == "PHONE":
            # French-style pairs have no inner digit: fall back to the compact national form
            text = rng.choice([phone_groups_join(value, cc), value])
        else:
            text = plain(kind, value, cc, rng)
        spots = [i for i, c in enumerate(text) if c in "01" and _inside_run(text, i)]
        if spots:
            chars = list(text)
            picked: list[int] = []
            for i in rng.sample(spots, len(spots)):
                # never two neighbours: a substitute stays between two real digits
                if len(picked) < rng.randint(1, 3) and all(abs(i - j) > 1 for j in picked):
                    picked.append(i)
            for i in picked:
                chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
            return "".join(chars)
    raise NoSpotError(kind)


def phone_groups_join(value: str, cc: str) -> str:
    return " ".join(phone_groups(value, cc))


def _inside_run(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def spelled(kind: str, value: str, cc: str, lang: str, rng: random.Random) -> str:
    table = DIGITS[lang]
    if kind == "CREDIT_DEBIT_EXPIRY":
        mm, yy = int(value[:2]), int(value[2:])
        month = rng.choice(MONTHS[lang][mm - 1])
        if rng.random() < 0.7:
            return f"{month} {rng.choice(YEARS[lang][yy])}"
        return f"{month} " + " ".join(rng.choice(table[int(c)]) for c in value[2:])
    parts = groups_of(value, cc, kind, rng) if len(value) > 6 else [value]
    every_other = len(parts) > 2 and rng.random() < 0.3
    words = []
    for n, part in enumerate(parts):
        if every_other and n % 2:
            words.append(part)
        else:
            words.append(" ".join(rng.choice(table[int(c)]) for c in part))
    return rng.choice([", ", " ", " - ", "  "]).join(words)


def email_spelled(value: str, lang: str, rng: random.Random) -> str:
    at, dot = rng.choice(AT_DOT[lang] + [(" @ ", ".")])
    local, domain = value.split("@")
    text = local + at + domain.replace(".", dot)
    return text.upper() if rng.random() < 0.1 else text


def percent(kind: str, value: str, cc: str) -> str:
    if kind == "EMAIL":
        return urllib.parse.quote(value, safe="")
    parsed = phonenumbers.parse(value, cc)
    intl = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return urllib.parse.quote(intl, safe="")


def compact_expiry(value: str, rng: random.Random) -> str:
    return value if rng.random() < 0.7 else value[:2] + "20" + value[2:]


def iban_broken(value: str, rng: random.Random) -> str:
    style = rng.randrange(5)
    if style == 0:
        return "-".join(value[i : i + 4] for i in range(0, len(value), 4))
    if style == 1:
        return "  ".join(value[i : i + 4] for i in range(0, len(value), 4))
    if style == 2:
        cut = 4 * rng.randint(2, 4)
        return value[:cut] + "\n" + value[cut:]
    if style == 3:
        return " ".join(value[i : i + 3] for i in range(0, len(value), 3))
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)).lower()


def render(kind: str, family: str, value: str, lang: str, cc: str, rng: random.Random) -> str:
    if family == "plain" or family in {"context_only", "key_value_secret"}:
        return plain(kind, value, cc, rng) if family == "plain" else value
    if family == "spaced_or_dashed":
        return spaced(kind, value, cc, rng)
    if family == "split_by_noise":
        return noisy(kind, value, cc, lang, rng)
    if family == "letter_substitution":
        return substituted(kind, value, cc, rng)
    if family == "spelled_out":
        return spelled(kind, value, cc, lang, rng)
    if family == "email_spelled":
        return email_spelled(value, lang, rng)
    if family == "percent_encoded":
        return percent(kind, value, cc)
    if family == "url_credentials":
        return urllib.parse.quote(value, safe="")
    if family == "compact_expiry":
        return compact_expiry(value, rng)
    if family == "iban_broken":
        return iban_broken(value, rng)
    raise ValueError(family)


def split_parts(kind: str, value: str, cc: str, n: int, rng: random.Random) -> list[str]:
    """Render a value for n consecutive messages: cut between natural groups."""
    groups = groups_of(value, cc, kind, rng)
    if len(groups) < n:
        groups = [value[i : i + 3] for i in range(0, len(value), 3)]
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    bounds = [0, *cuts, len(groups)]
    sep = rng.choice([" ", "", " ", "-"])
    return [sep.join(groups[a:b]) for a, b in itertools.pairwise(bounds)]


# Letters may sit between digits in these: no letter_substitution, and the decoder keeps O/I.
MIXED = {"DRIVER_ID", "PASSPORT_NUMBER", "MX_RFC", "MX_CURP", "SWIFT_CODE"}

# ---- decoding (self-check only) -------------------------------------------------------------

_WORD_TO_DIGIT = sorted(
    ((w, str(d)) for table in DIGITS.values() for d, ws in enumerate(table) for w in ws),
    key=lambda p: -len(p[0]),
)


def _undigit_words(text: str) -> str:
    out = text.lower()
    for word, digit in _WORD_TO_DIGIT:
        out = re.sub(rf"(?<![a-zà-ÿ]){re.escape(word)}(?![a-zà-ÿ])", digit, out)
    return out


def decode(kind: str, text: str, lang: str, cc: str) -> str:
    """Undo a rendering: returns the canonical value the text stands for."""
    text = urllib.parse.unquote(text)
    if kind == "EMAIL":
        low = text.lower()
        for at, dot in AT_DOT[lang] + [(" @ ", ".")]:
            low = low.replace(at.lower(), "@").replace(dot.lower(), ".")
        return low.replace(" ", "")
    if kind == "MAC_ADDRESS":
        return re.sub(r"[^0-9a-f]", "", text.lower())
    if kind in {"PASSWORD", "AWS_SECRET_KEY", "AWS_ACCESS_KEY", "IP_ADDRESS"}:
        return text
    if kind == "CREDIT_DEBIT_EXPIRY":
        low = text.lower()
        for m, names in enumerate(MONTHS[lang], start=1):
            for name in sorted(names, key=len, reverse=True):
                if re.match(rf"{re.escape(name)}\b", low):
                    rest = low[len(name) :].strip()
                    for yy, ys in YEARS[lang].items():
                        if rest in ys:
                            return f"{m:02d}{yy}"
                    return f"{m:02d}" + re.sub(r"\D", "", _undigit_words(rest))
        digits = re.sub(r"\D", "", low)
        if len(digits) == 6:
            digits = digits[:2] + digits[4:]
        if len(digits) == 3:
            digits = "0" + digits
        return digits
    for joiner in sorted({w for js in JOINERS.values() for j in js for w in j.split()}):
        text = re.sub(rf"(?<=\s){joiner}(?=\s)", " ", text)
    fixed = text
    if kind not in MIXED:
        fixed = re.sub(r"(?<=\d)[Oo](?=\d)", "0", fixed)
        fixed = re.sub(r"(?<=\d)[lI](?=\d)", "1", fixed)
    fixed = (
        _undigit_words(fixed)
        if any(c.isalpha() for c in fixed)
        and kind
        not in {
            "MX_CURP",
            "MX_RFC",
            "SWIFT_CODE",
            "PASSPORT_NUMBER",
            "DRIVER_ID",
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
            "UK_NATIONAL_INSURANCE_NUMBER",
            "ES_DNI",
            "ES_NIE",
        }
        else fixed
    )
    if kind == "PHONE":
        digits = re.sub(r"[^\d+]", "", fixed)
        if digits.startswith("00"):
            digits = "+" + digits[2:]
        parsed = phonenumbers.parse(digits, cc)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return re.sub(r"[^0-9A-Za-z]", "", fixed).upper()


def canonical(kind: str, value: str, cc: str) -> str:
    """What decode() must return for a drawn value."""
    if kind == "PHONE":
        parsed = phonenumbers.parse(value, cc)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if kind == "EMAIL":
        return value.lower()
    if kind == "MAC_ADDRESS":
        return value.replace(":", "")
    if kind in {
        "PASSWORD",
        "AWS_SECRET_KEY",
        "AWS_ACCESS_KEY",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "CREDIT_DEBIT_EXPIRY",
    }:
        return value
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()
