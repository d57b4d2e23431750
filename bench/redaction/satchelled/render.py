"""Surfaces per obfuscation family, and a decoder written separately from them.

``surface`` turns a canonical value into what a customer types; ``decode`` reads a typed
surface back without knowing how it was made (it only knows the type, the family label and the
locale), so a surface that drifts from its label fails verification instead of passing silently.
"""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote, unquote

import phonenumbers

from .values import REGION

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

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
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
GROUPABLE = DIGIT_TYPES - {"CREDIT_DEBIT_CVV", "PIN"} | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
}
MULTI_TYPES = {
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
TEXT_TYPES = {
    "PASSWORD",
    "USERNAME",
    "EMAIL",
    "AWS_SECRET_KEY",
    "AWS_ACCESS_KEY",
    "IP_ADDRESS",
    "MAC_ADDRESS",
}


def compatible(etype: str) -> list[str]:
    """Families a value of this type can be typed in (url_credentials and multi excluded)."""
    fams = ["plain", "context_only"]
    if etype in GROUPABLE or etype in ("CREDIT_DEBIT_CVV", "PIN", "SWIFT_CODE"):
        fams.append("spaced_or_dashed")
    if etype in GROUPABLE:
        fams.append("split_by_noise")
    if etype in DIGIT_TYPES:
        fams += ["letter_substitution", "spelled_out"]
    if etype == "EMAIL":
        fams += ["email_spelled", "percent_encoded"]
    if etype == "PHONE":
        fams.append("percent_encoded")
    if etype in ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD"):
        fams.append("key_value_secret")
    if etype == "CREDIT_DEBIT_EXPIRY":
        fams.append("compact_expiry")
    if etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        fams.append("iban_broken")
    if etype in MULTI_TYPES:
        fams.append("multi_message")
    return fams


# --- surfaces ----------------------------------------------------------------------------------

_MONTH_WORDS = {
    "en": (
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
    ),
    "es": (
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
    ),
    "fr": (
        "janvier",
        "fev",
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
    ),
    "de": (
        "Januar",
        "Feb",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sep",
        "Okt",
        "Nov",
        "Dez",
    ),
    "pt": (
        "jan",
        "fev",
        "marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "set",
        "out",
        "nov",
        "dez",
    ),
}


def _groups(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def _official_groups(etype: str, v: str, locale: str) -> list[str]:
    """The groups a value is printed in on a card, a letter or an ID."""
    if etype == "CREDIT_DEBIT_NUMBER":
        return _groups(
            v, [4, 6, 5] if len(v) == 15 else [4, 6, 4] if len(v) == 14 else [4, 4, 4, 4]
        )
    if etype in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return _groups(v, [3, 2, 4])
    if etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return _groups(v, [4] * 9)
    if etype == "UK_NATIONAL_INSURANCE_NUMBER":
        return _groups(v, [2, 2, 2, 2, 1])
    if etype == "MX_CLABE":
        return _groups(v, [3, 3, 11, 1])
    if etype == "BR_CPF":
        return _groups(v, [3, 3, 3, 2])
    if etype == "BR_CNPJ":
        return _groups(v, [2, 3, 3, 4, 2])
    if etype == "FR_NIR":
        return _groups(v, [1, 2, 2, 2, 3, 3, 2])
    if etype == "DE_TAX_ID":
        return _groups(v, [2, 3, 3, 3])
    if etype == "PT_NIF":
        return _groups(v, [3, 3, 3])
    if etype == "BANK_ROUTING" and len(v) == 6:
        return _groups(v, [2, 2, 2])
    if etype == "ES_DNI":
        return [v[:8], v[8:]]
    if etype == "ES_NIE":
        return [v[0], v[1:8], v[8]]
    if etype == "PHONE":
        return _national(v, locale).split()
    n = len(v)
    return _groups(v, [3] * (n // 3)) if n > 6 else [v]


def _national(e164: str, locale: str) -> str:
    num = phonenumbers.parse(e164, REGION[locale])
    text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"[^\d ]", " ", text).strip().replace("  ", " ")


def plain(etype: str, v: str, locale: str, rng: random.Random) -> str:
    lang = locale[:2]
    if etype == "CREDIT_DEBIT_NUMBER":
        return rng.choice((" ", " ", "-", "")).join(_official_groups(etype, v, locale))
    if etype == "CREDIT_DEBIT_EXPIRY":
        mm, yyyy = v.split("/")
        pick = rng.random()
        if pick < 0.45:
            return f"{mm}/{yyyy[2:]}"
        if pick < 0.65:
            return f"{mm}/{yyyy}"
        if pick < 0.75:
            return f"{mm}-{yyyy[2:]}"
        if pick < 0.85 and lang == "de":
            return f"{mm}.{yyyy[2:]}"
        return f"{_MONTH_WORDS[lang][int(mm) - 1]} {yyyy if rng.random() < 0.6 else yyyy[2:]}"
    if etype == "PHONE":
        num = phonenumbers.parse(v, REGION[locale])
        fmt = rng.choice(
            (
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
                phonenumbers.PhoneNumberFormat.NATIONAL,
            )
        )
        return phonenumbers.format_number(num, fmt)
    if etype in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return "-".join(_official_groups(etype, v, locale)) if rng.random() < 0.75 else v
    if etype in (
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "FR_NIR",
        "DE_TAX_ID",
        "PT_NIF",
    ):
        return " ".join(_official_groups(etype, v, locale)) if rng.random() < 0.6 else v
    if etype == "BR_CPF":
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if rng.random() < 0.7 else v
    if etype == "BR_CNPJ":
        return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}" if rng.random() < 0.7 else v
    if etype == "MX_CLABE":
        return " ".join(_official_groups(etype, v, locale)) if rng.random() < 0.3 else v
    if etype == "BANK_ROUTING" and locale == "en-GB":
        return "-".join(_official_groups(etype, v, locale)) if rng.random() < 0.7 else v
    if etype == "ES_DNI" and rng.random() < 0.25:
        return f"{v[:8]}-{v[8]}"
    if etype == "ES_NIE" and rng.random() < 0.25:
        return f"{v[0]}-{v[1:8]}-{v[8]}"
    if etype == "DRIVER_ID" and locale == "pt-PT":
        return f"{v[:-7]}-{v[-7:-1]} {v[-1]}"
    if etype == "MAC_ADDRESS":
        mac = v.upper() if rng.random() < 0.4 else v
        return mac.replace(":", "-") if rng.random() < 0.3 else mac
    return v


def _compact(etype: str, v: str, locale: str) -> str:
    if etype == "PHONE":
        return _national(v, locale).replace(" ", "")
    return v


_SEPS = (" ", " ", "-", ".", "  ", " - ")


def spaced(etype: str, v: str, locale: str, rng: random.Random) -> str:
    if etype == "PHONE" and rng.random() < 0.4:
        num = phonenumbers.parse(v, REGION[locale])
        cc, rest = f"+{num.country_code}", str(num.national_number)
        return cc + " " + rng.choice(_SEPS[:4]).join(_random_groups(rest, rng))
    sep = rng.choice(_SEPS)
    return sep.join(_random_groups(_compact(etype, v, locale), rng))


def _random_groups(s: str, rng: random.Random) -> list[str]:
    if len(s) <= 4:
        return list(s)
    size = rng.choice((2, 3, 3, 4, 0))
    if size:
        return _groups(s, [size] * len(s))
    sizes = [rng.choice((2, 3, 4)) for _ in s]
    return _groups(s, sizes)


_NOISE = {
    "en": (" then ", " and ", " ... ", " 👉 ", " | ", " / ", "\n", " 🙏 ", " next "),
    "es": (" luego ", " y ", " ... ", " 👉 ", " | ", " / ", "\n", " 🙏 ", " despues "),
    "fr": (" puis ", " et ", " ... ", " 👉 ", " | ", " / ", "\n", " 🙏 ", " ensuite "),
    "de": (" dann ", " und ", " ... ", " 👉 ", " | ", " / ", "\n", " 😅 ", " danach "),
    "pt": (" depois ", " e ", " ... ", " 👉 ", " | ", " / ", "\n", " 🙏 ", " entao "),
}


def noisy(etype: str, v: str, locale: str, rng: random.Random) -> str:
    groups = [g for g in _official_groups(etype, v, locale)]
    if len(groups) < 2 or any(len(g) < 2 for g in groups):
        groups = _groups(_compact(etype, v, locale), [rng.choice((3, 4))] * 12)
        if len(groups[-1]) < 2:
            groups[-2:] = [groups[-2] + groups[-1]]
    noise = _NOISE[locale[:2]]
    out = groups[0]
    same = rng.random() < 0.5
    first = rng.choice(noise)
    for g in groups[1:]:
        out += (first if same else rng.choice(noise)) + g
    return out


_SUB = {"0": "Oo", "1": "lI"}


def substituted(etype: str, v: str, locale: str, rng: random.Random) -> str | None:
    base = plain(etype, v, locale, rng)
    if etype == "PHONE":
        base = plain(etype, v, locale, rng)
    spots = [
        i
        for i, c in enumerate(base)
        if c in _SUB and any(0 <= j < len(base) and base[j].isdigit() for j in (i - 1, i + 1))
    ]
    if not spots:
        return None
    chosen: list[int] = []
    for i in rng.sample(spots, len(spots)):
        if len(chosen) == rng.randint(1, 3):
            break
        # each substituted character keeps a neighbour that stays a digit
        taken = set(chosen) | {i}
        if all(
            any(0 <= j < len(base) and base[j].isdigit() and j not in taken for j in (k - 1, k + 1))
            for k in taken
        ):
            chosen.append(i)
    if not chosen:
        return None
    chars = list(base)
    for i in chosen:
        chars[i] = rng.choice(_SUB[base[i]])
    return "".join(chars)


_WORDS = {
    "en": (
        ("zero", "oh"),
        ("one",),
        ("two",),
        ("three",),
        ("four",),
        ("five",),
        ("six",),
        ("seven",),
        ("eight",),
        ("nine",),
    ),
    "es": (
        ("cero",),
        ("uno",),
        ("dos",),
        ("tres",),
        ("cuatro",),
        ("cinco",),
        ("seis",),
        ("siete",),
        ("ocho",),
        ("nueve",),
    ),
    "fr": (
        ("zéro", "zero"),
        ("un",),
        ("deux",),
        ("trois",),
        ("quatre",),
        ("cinq",),
        ("six",),
        ("sept",),
        ("huit",),
        ("neuf",),
    ),
    "de": (
        ("null",),
        ("eins",),
        ("zwei", "zwo"),
        ("drei",),
        ("vier",),
        ("fünf", "fuenf"),
        ("sechs",),
        ("sieben",),
        ("acht",),
        ("neun",),
    ),
    "pt": (
        ("zero",),
        ("um",),
        ("dois",),
        ("três", "tres"),
        ("quatro",),
        ("cinco",),
        ("seis",),
        ("sete",),
        ("oito",),
        ("nove",),
    ),
}


def spelled(etype: str, v: str, locale: str, rng: random.Random) -> str:
    lang = locale[:2]
    words = _WORDS[lang]
    prefix = ""
    if etype == "PHONE":
        groups = _national(v, locale).split()
        if rng.random() < 0.3:
            num = phonenumbers.parse(v, REGION[locale])
            prefix, groups = (
                f"+{num.country_code} ",
                _groups(str(num.national_number), [3, 3, 4, 4]),
            )
    else:
        groups = _official_groups(etype, v, locale)
    mix = len(groups) > 2 and rng.random() < 0.4
    keep = set(rng.sample(range(len(groups)), k=len(groups) // 2)) if mix else set()
    sep = rng.choice((" ", " ", "-", ", "))
    out = []
    for k, g in enumerate(groups):
        if k in keep:
            out.append(g)
            continue
        choices = []
        for c in g:
            opts = words[int(c)]
            if lang == "pt" and locale == "pt-BR" and c == "6" and rng.random() < 0.5:
                opts = ("meia",)
            choices.append(rng.choice(opts))
        out.append(sep.join(choices))
    return prefix + rng.choice(("  ", " ", ", ")).join(out)


_AT = {
    "en": (" at ", " (at) ", " [at] "),
    "es": (" arroba ", "(arroba)", " arroba "),
    "fr": (" arobase ", " at ", " (at) "),
    "de": (" Klammeraffe ", " (at) ", " at "),
    "pt": (" arroba ", " arroba ", " [at] "),
}
_DOT = {
    "en": (" dot ", " (dot) ", "[dot]"),
    "es": (" punto ", " punto ", " (punto) "),
    "fr": (" point ", " point ", " (point) "),
    "de": (" Punkt ", " punkt ", " (Punkt) "),
    "pt": (" ponto ", " ponto ", " (ponto) "),
}


def email_spelled(v: str, locale: str, rng: random.Random) -> str:
    lang = locale[:2]
    local, domain = v.split("@")
    dot = rng.choice(_DOT[lang])
    if rng.random() < 0.4:
        local = local.replace(".", dot)
    return local + rng.choice(_AT[lang]) + domain.replace(".", dot)


def percent(etype: str, v: str) -> str:
    return quote(v, safe="")


def expiry_compact(v: str, rng: random.Random) -> str:
    mm, yyyy = v.split("/")
    return mm + (yyyy[2:] if rng.random() < 0.7 else yyyy)


def iban_broken(v: str, rng: random.Random) -> str:
    out, i = "", 0
    while i < len(v):
        n = rng.choice((2, 3, 4, 5, 6))
        out += v[i : i + n]
        i += n
        if i < len(v):
            out += rng.choice((" ", "  ", "-", "\n", " - ", " "))
    return out


def surface(etype: str, family: str, v: str, locale: str, rng: random.Random) -> str | None:
    """What the customer types for one value; None when the value cannot take the family."""
    if family in ("plain", "context_only", "key_value_secret", "url_credentials"):
        return plain(etype, v, locale, rng) if family != "url_credentials" else v
    if family == "spaced_or_dashed":
        return spaced(etype, v, locale, rng)
    if family == "split_by_noise":
        return noisy(etype, v, locale, rng)
    if family == "letter_substitution":
        return substituted(etype, v, locale, rng)
    if family == "spelled_out":
        return spelled(etype, v, locale, rng)
    if family == "email_spelled":
        return email_spelled(v, locale, rng)
    if family == "percent_encoded":
        return percent(etype, v)
    if family == "compact_expiry":
        return expiry_compact(v, rng)
    if family == "iban_broken":
        return iban_broken(v, rng)
    raise KeyError(family)


def split_parts(etype: str, v: str, locale: str, n: int, rng: random.Random) -> list[str]:
    """A value typed over ``n`` consecutive messages, cut between printed groups."""
    text = plain(etype, v, locale, rng)
    if etype == "PHONE":
        text = rng.choice((text, _national(v, locale)))
    pieces = re.split(r"([ \-./]+)", text)
    groups = [p for p in pieces[::2] if p]
    if len(groups) < n or etype in ("ES_DNI", "ES_NIE", "MX_CURP"):
        compact = re.sub(r"[ \-./]", "", text)
        step = len(compact) // n
        cuts = [compact[i * step : (i + 1) * step] for i in range(n - 1)] + [
            compact[(n - 1) * step :]
        ]
        return cuts
    for _ in range(20):
        parts = _cut(groups, pieces[1::2], n, rng)
        if all(len(re.sub(r"[^0-9A-Za-z]", "", p)) >= 2 for p in parts):
            return parts
    return parts


def _cut(groups: list[str], seps: list[str], n: int, rng: random.Random) -> list[str]:
    # choose n-1 cut points among group boundaries, keep each part's inner separators
    bounds = sorted(rng.sample(range(1, len(groups)), n - 1))
    parts, start = [], 0
    for b in bounds + [len(groups)]:
        chunk = groups[start]
        for k in range(start + 1, b):
            chunk += seps[k - 1] + groups[k]
        parts.append(chunk)
        start = b
    return parts


# --- decoder -----------------------------------------------------------------------------------
# Written against the family descriptions, not against the functions above.


def _fold(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn"
    )


_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "cero": "0",
    "null": "0",
    "um": "1",
    "one": "1",
    "uno": "1",
    "un": "1",
    "une": "1",
    "eins": "1",
    "two": "2",
    "dos": "2",
    "deux": "2",
    "zwei": "2",
    "zwo": "2",
    "dois": "2",
    "duas": "2",
    "three": "3",
    "tres": "3",
    "trois": "3",
    "drei": "3",
    "four": "4",
    "cuatro": "4",
    "quatre": "4",
    "vier": "4",
    "quatro": "4",
    "five": "5",
    "cinco": "5",
    "cinq": "5",
    "funf": "5",
    "fuenf": "5",
    "six": "6",
    "seis": "6",
    "sechs": "6",
    "meia": "6",
    "seven": "7",
    "siete": "7",
    "sept": "7",
    "sieben": "7",
    "sete": "7",
    "eight": "8",
    "ocho": "8",
    "huit": "8",
    "acht": "8",
    "oito": "8",
    "nine": "9",
    "nueve": "9",
    "neuf": "9",
    "neun": "9",
    "nove": "9",
}
_NOISE_WORDS = {
    "then",
    "and",
    "next",
    "luego",
    "y",
    "despues",
    "puis",
    "et",
    "ensuite",
    "dann",
    "und",
    "danach",
    "depois",
    "e",
    "entao",
}
_MONTHS = {}
for _i, _names in enumerate(
    (
        ("jan", "january", "janvier", "janv", "januar", "ene", "enero", "janeiro"),
        ("feb", "february", "febrero", "fev", "fevrier", "fevr", "februar", "fevereiro"),
        ("mar", "march", "marzo", "mars", "marz", "marco", "maerz"),
        ("apr", "april", "abril", "abr", "avril", "avr"),
        ("may", "mayo", "mai", "maio"),
        ("jun", "june", "junio", "juin", "juni", "junho"),
        ("jul", "july", "julio", "juillet", "juil", "juli", "julho"),
        ("aug", "august", "agosto", "ago", "aout"),
        ("sep", "sept", "september", "septiembre", "septembre", "set", "setembro"),
        ("oct", "october", "octubre", "octobre", "okt", "oktober", "out", "outubro"),
        ("nov", "november", "noviembre", "novembre", "novembro"),
        ("dec", "december", "diciembre", "dic", "decembre", "dez", "dezember", "dezembro"),
    ),
    start=1,
):
    for _n in _names:
        _MONTHS[_n] = f"{_i:02d}"


def _words_to_digits(s: str) -> str:
    out = []
    for tok in re.split(r"([\s,\-]+)", s):
        out.append(_DIGIT_WORDS.get(_fold(tok), tok))
    return "".join(out)


def _drop_noise(s: str) -> str:
    return " ".join(t for t in re.split(r"\s+", s) if t not in _NOISE_WORDS)


def _fix_letters(s: str) -> str:
    chars = list(s)
    for i, c in enumerate(s):
        if c in "OoIl" and any(0 <= j < len(s) and s[j].isdigit() for j in (i - 1, i + 1)):
            chars[i] = "0" if c in "Oo" else "1"
    return "".join(chars)


def _despell_email(s: str) -> str:
    s = re.sub(
        r"\s*[\(\[]\s*(at|arroba|arobase)\s*[\)\]]\s*|\s+(at|arroba|arobase|klammeraffe)\s+",
        "@",
        s,
        flags=re.I,
    )
    s = re.sub(
        r"\s*[\(\[]\s*(dot|punto|point|punkt|ponto)\s*[\)\]]\s*|\s+(dot|punto|point|punkt|ponto)\s+",
        ".",
        s,
        flags=re.I,
    )
    return s.replace(" ", "")


def canonical(etype: str, s: str, locale: str) -> str:
    """Canonical value of a de-obfuscated string."""
    if etype == "PHONE":
        digits = re.sub(r"[^\d+]", "", s)
        num = phonenumbers.parse(digits, REGION[locale])
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if etype == "CREDIT_DEBIT_EXPIRY":
        m = re.fullmatch(r"\s*([^\W\d_]+)\.?\s+(\d{2}|\d{4})\s*", s)
        if m:
            yy = m[2] if len(m[2]) == 4 else "20" + m[2]
            return f"{_MONTHS[_fold(m[1])]}/{yy}"
        d = re.sub(r"\D", "", s)
        return f"{d[:2]}/{d[2:] if len(d) == 6 else '20' + d[2:]}"
    if etype == "EMAIL":
        return s.strip().lower()
    if etype == "MAC_ADDRESS":
        h = re.sub(r"[^0-9A-Fa-f]", "", s).lower()
        return ":".join(h[i : i + 2] for i in range(0, 12, 2))
    if etype in ("PASSWORD", "USERNAME", "AWS_SECRET_KEY", "AWS_ACCESS_KEY", "IP_ADDRESS"):
        return s.strip()
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def decode(etype: str, family: str, text: str, locale: str) -> str:
    s = text
    if family == "percent_encoded":
        s = unquote(s)
    elif family == "email_spelled":
        s = _despell_email(s)
    elif family == "spelled_out":
        s = _words_to_digits(s)
    elif family == "split_by_noise":
        s = _drop_noise(s)
    elif family == "letter_substitution":
        s = _fix_letters(s)
    return canonical(etype, s, locale)


def decode_parts(etype: str, parts: list[str], locale: str) -> str:
    """A multi-message value: each part is stripped of its separators, then they are joined."""
    if etype == "PHONE":
        return canonical(etype, "".join(re.sub(r"[^\d+]", "", p) for p in parts), locale)
    return canonical(etype, "".join(re.sub(r"[^0-9A-Za-z]", "", p) for p in parts), locale)
