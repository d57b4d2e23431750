"""Surfaces per obfuscation family, and an independent decoder back to the canonical value.

The surface functions and `decode` are deliberately written apart: the decoder has its
own word tables and does not call the surface code, so a surface that drifted would
fail verification in `generate.py`.
"""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote, unquote

import phonenumbers
from stdnum import iban

from .values import NUMERIC, REGION

FAMILIES = [
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
]

SHORT = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "sn": "split_by_noise",
    "ls": "letter_substitution",
    "so": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}

IDENTITY = {
    "EMAIL",
    "USERNAME",
    "PASSWORD",
    "AWS_SECRET_KEY",
    "AWS_ACCESS_KEY",
    "IP_ADDRESS",
    "MAC_ADDRESS",
}
MULTI = {
    "CREDIT_DEBIT_NUMBER",
    "PHONE",
    "SSN",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "ES_DNI",
    "ES_NIE",
    "FR_NIR",
    "DE_TAX_ID",
    "BR_CPF",
    "BR_CNPJ",
    "PT_NIF",
    "MX_CURP",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
}


def allowed(kind: str) -> list[str]:
    """Families a value of `kind` can be written in (besides context_only)."""
    if kind == "EMAIL":
        return ["plain", "email_spelled", "percent_encoded"]
    if kind in ("USERNAME", "PASSWORD"):
        return ["plain", "url_credentials", "key_value_secret"]
    if kind in ("AWS_ACCESS_KEY", "AWS_SECRET_KEY"):
        return ["plain", "key_value_secret"]
    if kind in ("IP_ADDRESS", "MAC_ADDRESS"):
        return ["plain"]
    if kind == "CREDIT_DEBIT_EXPIRY":
        return ["plain", "compact_expiry"]
    out = ["plain", "spaced_or_dashed", "split_by_noise"]
    if kind in NUMERIC:
        out += ["letter_substitution", "spelled_out"]
    if kind == "PHONE":
        out.append("percent_encoded")
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        out.append("iban_broken")
    if kind in MULTI:
        out.append("multi_message")
    return out


def auto_family(kind: str, rng: random.Random) -> str:
    """Family for a slot whose template did not name one."""
    weights = {
        "plain": 10,
        "spaced_or_dashed": 3,
        "split_by_noise": 2,
        "letter_substitution": 2,
        "spelled_out": 2,
        "email_spelled": 4,
        "compact_expiry": 5,
        "iban_broken": 5,
    }
    options = [f for f in allowed(kind) if f in weights]
    return rng.choices(options, [weights[f] for f in options])[0]


# --- surfaces ----------------------------------------------------------------------

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
VARIANTS = {
    ("en", 0): ["oh", "zero", "o"],
    ("de", 2): ["zwo", "zwei"],
    ("de", 5): ["fuenf", "fünf", "funf"],
    ("pt", 6): ["meia", "seis"],
    ("pt", 3): ["tres", "três"],
    ("fr", 0): ["zero", "zéro"],
}
PLUS = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}
NOISE_WORDS = {
    "en": ["then", "and", "uh", "ok"],
    "es": ["y", "luego", "eh", "despues"],
    "fr": ["et", "puis", "euh", "ensuite"],
    "de": ["und", "dann", "äh", "also"],
    "pt": ["e", "depois", "tipo", "hum"],
}
EMOJI = ["👉", "✅", "🙏", "😅", "➡️", "👇", "🔢", "💳", "🤞", "😬"]
AT = {
    "en": ["at", "(at)", "[at]", "AT"],
    "es": ["arroba", "(arroba)", "@"],
    "fr": ["arobase", "(at)", "@"],
    "de": ["Klammeraffe", "(at)", "[at]", "at"],
    "pt": ["arroba", "(arroba)", "[at]"],
}
DOT = {
    "en": ["dot", "(dot)", "DOT"],
    "es": ["punto", "(punto)", "."],
    "fr": ["point", "(point)", "."],
    "de": ["Punkt", "(punkt)", "dot"],
    "pt": ["ponto", "(ponto)", "."],
}
MONTHS = {
    "en": [
        "jan",
        "feb",
        "march",
        "april",
        "may",
        "june",
        "july",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
    ],
    "es": [
        "enero",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
    ],
    "fr": [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "sept",
        "octobre",
        "nov",
        "dec",
    ],
    "de": [
        "Jan",
        "Feb",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
    ],
    "pt": [
        "jan",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "set",
        "out",
        "nov",
        "dez",
    ],
}


def _regroup(text: str, rng: random.Random, sizes: tuple[int, ...] = (2, 3, 4)) -> list[str]:
    groups: list[str] = []
    i = 0
    while i < len(text):
        n = rng.choice(sizes)
        if len(text) - (i + n) == 1:
            n += 1
        groups.append(text[i : i + n])
        i += n
    return groups


def printed(kind: str, value: str, locale: str, rng: random.Random) -> str:
    """The value's ordinary printed form (one of several where a country prints several)."""
    region = REGION[locale]
    lang = locale[:2]
    if kind == "CREDIT_DEBIT_NUMBER":
        sizes = {15: (4, 6, 5), 14: (4, 6, 4)}.get(len(value), (4, 4, 4, 4))
        parts, i = [], 0
        for n in sizes:
            parts.append(value[i : i + n])
            i += n
        return rng.choice([" ", " ", "-", ""]).join(parts)
    if kind == "CREDIT_DEBIT_EXPIRY":
        mm, yyyy = value.split("/")
        style = rng.randrange(5)
        if style == 0:
            return f"{mm}/{yyyy[2:]}"
        if style == 1:
            return f"{mm}/{yyyy}"
        if style == 2:
            return f"{mm}-{yyyy[2:]}"
        if style == 3:
            return f"{mm} / {yyyy[2:]}"
        month = MONTHS[lang][int(mm) - 1]
        return (
            f"{month} {rng.choice([yyyy, yyyy[2:]])}"
            if rng.random() < 0.7
            else f"{month}/{yyyy[2:]}"
        )
    if kind == "PHONE":
        num = phonenumbers.parse(value)
        fmt = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
            ]
        )
        out = phonenumbers.format_number(num, fmt)
        if region == "MX" and fmt == phonenumbers.PhoneNumberFormat.NATIONAL and rng.random() < 0.5:
            out = out.replace(" ", "")
        return out
    if kind == "BANK_ACCOUNT_NUMBER" and region == "BR":
        return value[:-1] + "-" + value[-1]
    if kind == "BANK_ROUTING" and region == "GB":
        return "-".join([value[:2], value[2:4], value[4:]])
    if kind == "BANK_ROUTING" and region == "DE" and rng.random() < 0.5:
        return f"{value[:3]} {value[3:6]} {value[6:]}"
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return iban.format(value) if rng.random() < 0.6 else value
    if kind in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return f"{value[:3]}-{value[3:5]}-{value[5:]}" if rng.random() < 0.8 else value
    if kind == "UK_NATIONAL_INSURANCE_NUMBER":
        return (
            " ".join([value[:2], value[2:4], value[4:6], value[6:8], value[8]])
            if rng.random() < 0.6
            else value
        )
    if kind == "BR_CPF":
        return (
            f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}" if rng.random() < 0.75 else value
        )
    if kind == "BR_CNPJ":
        return (
            f"{value[:2]}.{value[2:5]}.{value[5:8]}/{value[8:12]}-{value[12:]}"
            if rng.random() < 0.75
            else value
        )
    if kind == "FR_NIR":
        v = value
        return (
            f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
            if rng.random() < 0.7
            else v
        )
    if kind == "DE_TAX_ID":
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}" if rng.random() < 0.5 else value
    if kind == "PT_NIF":
        return f"{value[:3]} {value[3:6]} {value[6:]}" if rng.random() < 0.4 else value
    if kind == "MX_CLABE":
        return (
            f"{value[:3]} {value[3:6]} {value[6:17]} {value[17]}" if rng.random() < 0.3 else value
        )
    if kind == "ES_DNI":
        return rng.choice(
            [
                value,
                value,
                value[:8] + "-" + value[8],
                value[:2] + "." + value[2:5] + "." + value[5:8] + "-" + value[8],
            ]
        )
    if kind == "ES_NIE":
        return rng.choice([value, value, f"{value[0]}-{value[1:8]}-{value[8]}"])
    if kind == "MAC_ADDRESS":
        return rng.choice([value, value, value.upper(), value.replace(":", "-").upper()])
    return value


def _spell(text: str, lang: str, rng: random.Random, mix: bool) -> str:
    """Digits of `text` as words; with `mix`, some groups stay digits."""
    digits = re.sub(r"[^0-9+]", "", text)
    plus = digits.startswith("+")
    digits = digits.lstrip("+")
    groups = _regroup(digits, rng, (2, 3, 4))
    keep = {i for i in range(len(groups)) if mix and rng.random() < 0.35}
    if len(keep) == len(groups):
        keep.discard(0)
    words: list[str] = [PLUS[lang]] if plus else []
    for i, g in enumerate(groups):
        if i in keep:
            words.append(g)
            continue
        for ch in g:
            d = int(ch)
            w = rng.choice(VARIANTS.get((lang, d), [WORDS[lang][d]]))
            words.append(w)
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(words)


def _substitute(text: str, rng: random.Random) -> str | None:
    """Write one to three 0/1 digits as O/o/l/I, each beside a digit that stays a digit."""
    chars = list(text)
    candidates = [i for i, c in enumerate(chars) if c in "01"]
    rng.shuffle(candidates)
    want = rng.choice([1, 1, 2, 3])
    done: set[int] = set()
    for i in candidates:
        if len(done) == want:
            break
        if i - 1 in done or i + 1 in done:
            continue
        if any(0 <= j < len(chars) and chars[j].isdigit() for j in (i - 1, i + 1)):
            done.add(i)
            chars[i] = rng.choice(["O", "o"]) if chars[i] == "0" else rng.choice(["l", "I"])
    return "".join(chars) if done else None


def surface(kind: str, family: str, value: str, locale: str, rng: random.Random) -> str | None:
    """How a customer typed `value`; None when the family cannot apply to this value."""
    lang = locale[:2]
    if family in ("plain", "context_only"):
        return printed(kind, value, locale, rng)
    if family in ("url_credentials", "key_value_secret"):
        return value
    if family == "percent_encoded":
        return quote(value, safe="")
    if family == "email_spelled":
        user, domain = value.split("@")
        dot = rng.choice(DOT[lang])
        sp = lambda w: w if w == "." else f" {w} "  # noqa: E731
        at = rng.choice(AT[lang])
        user_out = user.replace(".", sp(dot)) if rng.random() < 0.4 else user
        return (
            user_out + (f" {at} " if at != "@" else "@") + domain.replace(".", sp(dot))
        ).replace("  ", " ")
    if family == "compact_expiry":
        mm, yyyy = value.split("/")
        return mm + (yyyy[2:] if rng.random() < 0.7 else yyyy)
    compact = value.lstrip("+") if kind == "PHONE" else value
    if kind == "PHONE":
        num = phonenumbers.parse(value)
        national = phonenumbers.national_significant_number(num)
        prefix = "0" if REGION[locale] in ("GB", "FR", "DE") else ""
        compact = national if rng.random() < 0.6 else None  # type: ignore[assignment]
        if compact is not None:
            compact = prefix + national
    if family == "spaced_or_dashed":
        base = compact if compact is not None else value.lstrip("+")
        lead = "" if compact is not None else "+"
        sep = rng.choice([" ", "-", ".", "  ", " - "])
        return lead + sep.join(_regroup(base, rng))
    if family == "split_by_noise":
        base = compact if compact is not None else value.lstrip("+")
        lead = "" if compact is not None else "+"
        groups = _regroup(base, rng, (3, 4, 5))
        if len(groups) < 2:
            groups = [base[: len(base) // 2], base[len(base) // 2 :]]
        pieces = [lead + groups[0]]
        for g in groups[1:]:
            options = [f" {rng.choice(EMOJI)} ", " | ", " / ", "\n", " / ", "|"]
            if kind in NUMERIC:
                options += [f" {rng.choice(NOISE_WORDS[lang])} "] * 3
            pieces.append(rng.choice(options) + g)
        return "".join(pieces)
    if family == "letter_substitution":
        return _substitute(printed(kind, value, locale, rng), rng)
    if family == "spelled_out":
        base = (
            printed(kind, value, locale, rng)
            if kind != "PHONE"
            else (value if compact is None else compact)
        )
        return _spell(base, lang, rng, mix=rng.random() < 0.5)
    if family == "iban_broken":
        return _break_iban(value, rng)
    raise ValueError(family)


def _break_iban(value: str, rng: random.Random) -> str:
    groups = _regroup(value, rng, (2, 3, 4, 5, 6, 7))
    out = groups[0]
    for g in groups[1:]:
        out += rng.choice([" ", "  ", "-", "\n", " ", " -"]) + g
    return out


def split_parts(kind: str, value: str, locale: str, rng: random.Random, n: int) -> list[str]:
    """`value` cut into `n` pieces, as a customer sends it over `n` consecutive messages."""
    text = printed(kind, value, locale, rng)
    tokens = [t for t in re.split(r"[ ]+", text) if t]
    if len(tokens) < n or rng.random() < 0.3:
        base = re.sub(r"[^0-9A-Za-z+]", "", text)
        tokens = _regroup(base, rng, (3, 4, 4, 5)) if len(base) >= 3 * n else list(base)
    while len(tokens) < n:
        tokens = [t for tok in tokens for t in (tok[: len(tok) // 2], tok[len(tok) // 2 :]) if t]
    cuts = sorted(rng.sample(range(1, len(tokens)), n - 1))
    bounds = [0, *cuts, len(tokens)]
    return [" ".join(tokens[bounds[i] : bounds[i + 1]]) for i in range(n)]


# --- decoder (independent of the surfaces above) ---------------------------------


def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


_DIGIT_WORDS = {
    "0": "zero oh o cero zero null nulo",
    "1": "one uno un une eins um uma",
    "2": "two dos deux zwei zwo dois duas",
    "3": "three tres trois drei",
    "4": "four cuatro quatre vier quatro",
    "5": "five cinco cinq funf fuenf",
    "6": "six seis sechs meia",
    "7": "seven siete sept sieben sete",
    "8": "eight ocho huit acht oito",
    "9": "nine nueve neuf neun nove",
}
_WORD_TO_DIGIT = {w: d for d, ws in _DIGIT_WORDS.items() for w in ws.split()}
_PLUS_WORDS = {"plus", "mas", "mais"}
_MONTH_PREFIX = {
    "jan": 1,
    "ene": 1,
    "fev": 2,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "avr": 4,
    "abr": 4,
    "may": 5,
    "mai": 5,
    "jun": 6,
    "jui": 7,
    "jul": 7,
    "aug": 8,
    "aou": 8,
    "ago": 8,
    "sep": 9,
    "set": 9,
    "oct": 10,
    "okt": 10,
    "out": 10,
    "nov": 11,
    "dec": 12,
    "dic": 12,
    "dez": 12,
}


def _words_to_digits(text: str) -> str:
    out = []
    for token in re.split(r"[\s,\-]+", text.strip()):
        if not token:
            continue
        folded = _fold(token)
        if token.isdigit():
            out.append(token)
        elif folded in _PLUS_WORDS:
            out.append("+")
        elif folded in _WORD_TO_DIGIT:
            out.append(_WORD_TO_DIGIT[folded])
        else:
            raise ValueError(f"not a digit word: {token!r}")
    return "".join(out)


def _canonical(kind: str, raw: str, locale: str) -> str:
    if kind == "PHONE":
        keep = re.sub(r"[^0-9+]", "", raw)
        if keep.startswith("00"):
            keep = "+" + keep[2:]
        num = phonenumbers.parse(keep, REGION[locale])
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if kind in NUMERIC:
        return re.sub(r"[^0-9]", "", raw)
    if kind == "CREDIT_DEBIT_EXPIRY":
        month_word = re.search(r"[^\W\d_]+", raw)
        nums = re.findall(r"[0-9]+", raw)
        if month_word:
            name = _fold(month_word.group())
            month, year = {"juin": 6, "juil": 7}.get(name[:4]) or _MONTH_PREFIX[name[:3]], nums[-1]
        elif len(nums) == 1:
            month, year = int(nums[0][:2]), nums[0][2:]
        else:
            month, year = int(nums[0]), nums[1]
        return f"{month:02d}/{'20' + year if len(year) == 2 else year}"
    if kind == "MAC_ADDRESS":
        return raw.lower().replace("-", ":")
    if kind in IDENTITY:
        return raw
    return re.sub(r"[^0-9A-Za-z]", "", raw).upper()


def decode(kind: str, family: str, text: str, locale: str) -> str:
    """Canonical value written as `text` in `family` (raises if it cannot be read)."""
    if family == "percent_encoded":
        return _canonical(kind, unquote(text), locale)
    if family == "email_spelled":
        out = re.sub(
            r"\s*(?:\(|\[)?\b(?:at|arroba|arobase|klammeraffe)\b(?:\)|\])?\s*",
            "@",
            text,
            flags=re.I,
        )
        out = re.sub(
            r"\s*(?:\(|\[)?\b(?:dot|punto|point|punkt|ponto)\b(?:\)|\])?\s*", ".", out, flags=re.I
        )
        return out.replace(" ", "")
    if family == "letter_substitution":
        return _canonical(
            kind, text.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})), locale
        )
    if family == "spelled_out":
        return _canonical(kind, _words_to_digits(text), locale)
    if family == "split_by_noise" and kind in NUMERIC:
        return _canonical(kind, re.sub(r"[^0-9+]", "", text), locale)
    return _canonical(kind, text, locale)


def decode_parts(kind: str, parts: list[str], locale: str) -> str:
    """Canonical value of a multi-message value from its per-message parts."""
    raw = "".join(re.sub(r"[^0-9A-Za-z+]", "", p) for p in parts)
    return _canonical(kind, raw, locale)
