"""Renderers: one per obfuscation family, each with a decoder that reads the rendering back.

``render`` turns a canonical value into the text a customer would type; ``decode`` turns that
text back into the canonical value. The self-checks in ``checks.py`` require
``decode(render(v)) == v`` for every item of the corpus.
"""

from __future__ import annotations

import random
import re
import urllib.parse
from dataclasses import dataclass

from bench.redaction.shrouded import numwords


class Redraw(Exception):
    """The value cannot be rendered in this family (for example no 0 or 1 to substitute)."""


@dataclass(frozen=True)
class Ctx:
    lang: str
    cc: str
    rng: random.Random
    variant: str = ""


DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "PHONE",
    "CREDIT_DEBIT_EXPIRY",
}
ALNUM_TYPES = {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
}
GROUPABLE = (DIGIT_TYPES - {"CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV", "PIN"}) | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
}
ALLOWED: dict[str, set[str]] = {
    "plain": DIGIT_TYPES
    | ALNUM_TYPES
    | {
        "EMAIL",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
    }
    - {"CREDIT_DEBIT_CVV", "PIN", "BANK_ACCOUNT_NUMBER"},
    "context_only": {"CREDIT_DEBIT_CVV", "PIN", "PASSWORD", "BANK_ACCOUNT_NUMBER", "BANK_ROUTING"},
    "spaced_or_dashed": GROUPABLE,
    "split_by_noise": GROUPABLE,
    "letter_substitution": DIGIT_TYPES - {"CREDIT_DEBIT_EXPIRY"},
    "spelled_out": DIGIT_TYPES,
    "email_spelled": {"EMAIL"},
    "percent_encoded": {"EMAIL", "PHONE"},
    "url_credentials": {"PASSWORD"},
    "key_value_secret": {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD"},
    "compact_expiry": {"CREDIT_DEBIT_EXPIRY"},
    "iban_broken": {"INTERNATIONAL_BANK_ACCOUNT_NUMBER"},
    "multi_message": GROUPABLE - {"PASSPORT_NUMBER", "DRIVER_ID", "UK_NATIONAL_INSURANCE_NUMBER"},
}
FAMILIES = list(ALLOWED)

MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "en_long": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "es_long": [
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
    ],
    "fr_long": [
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
    "de": ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
    "de_long": [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "pt_long": [
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
MONTH_LOOKUP: dict[str, int] = {}
for _names in MONTHS.values():
    for _i, _m in enumerate(_names):
        MONTH_LOOKUP.setdefault(numwords.norm(_m), _i + 1)
MONTH_LOOKUP["sept"] = 9

NOISE_WORDS = {
    "en": ["then", "and", "and then"],
    "es": ["y", "luego", "y luego"],
    "fr": ["puis", "et", "et puis"],
    "de": ["dann", "und", "und dann"],
    "pt": ["e", "depois", "e depois"],
}
NOISE_SYMBOLS = [
    " 🙂 ",
    " | ",
    "|",
    " / ",
    "/",
    "...",
    " ... ",
    "\n",
    " 👉 ",
    " ✨ ",
    " 😅 ",
    " -- ",
]
EMOJI_RE = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
ALL_NOISE_WORDS = sorted({w for ws in NOISE_WORDS.values() for w in ws}, key=len, reverse=True)
NOISE_WORD_RE = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in ALL_NOISE_WORDS) + r")\s+")

AT_WORDS = {
    "en": [" at ", " [at] ", "(at)", " AT ", " @ "],
    "es": [" arroba ", " [arroba] ", " at ", "(arroba)"],
    "fr": [" arobase ", " at ", " [at] ", " arrobase "],
    "de": [" ät ", " at ", " (at) ", " [at] ", " Klammeraffe "],
    "pt": [" arroba ", " at ", " [arroba] "],
}
DOT_WORDS = {
    "en": [" dot ", " [dot] ", "(dot)", " DOT ", " . "],
    "es": [" punto ", " punto ", " dot ", "(punto)"],
    "fr": [" point ", " point ", " dot ", " [point] "],
    "de": [" punkt ", " Punkt ", " dot ", " (punkt) "],
    "pt": [" ponto ", " ponto ", " dot ", " [ponto] "],
}
_AT = "at|arroba|arobase|arrobase|ät|klammeraffe"
_DOT = "dot|punto|point|punkt|ponto"
AT_DECODE = re.compile(rf"\s*[\[(]\s*(?:{_AT})\s*[\])]\s*|\s+(?:{_AT})\s+|\s*@\s*", re.I)
DOT_DECODE = re.compile(rf"\s*[\[(]\s*(?:{_DOT})\s*[\])]\s*|\s+(?:{_DOT})\s+|\s*\.\s*", re.I)


def _groups(s: str, rng: random.Random, sizes: tuple[int, ...] = (2, 3, 4)) -> list[str]:
    out, i = [], 0
    while i < len(s):
        n = rng.choice(sizes)
        out.append(s[i : i + n])
        i += n
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


def _std_groups(type_: str, canon: str, rng: random.Random) -> list[str]:
    """The groups a person naturally breaks this value into."""
    if type_ == "CREDIT_DEBIT_NUMBER":
        if len(canon) == 15:
            return [canon[:4], canon[4:10], canon[10:]]
        return [canon[i : i + 4] for i in range(0, len(canon), 4)]
    if type_ in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return [canon[:3], canon[3:5], canon[5:]]
    if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return [canon[i : i + 4] for i in range(0, len(canon), 4)]
    if type_ == "BR_CPF":
        return [canon[:3], canon[3:6], canon[6:9], canon[9:]]
    if type_ == "BR_CNPJ":
        return [canon[:2], canon[2:5], canon[5:8], canon[8:12], canon[12:]]
    if type_ == "FR_NIR":
        return [
            canon[:1],
            canon[1:3],
            canon[3:5],
            canon[5:7],
            canon[7:10],
            canon[10:13],
            canon[13:],
        ]
    if type_ == "DE_TAX_ID":
        return [canon[:2], canon[2:5], canon[5:8], canon[8:]]
    if type_ == "PT_NIF":
        return [canon[:3], canon[3:6], canon[6:]]
    if type_ == "MX_CLABE":
        return [canon[:3], canon[3:6], canon[6:17], canon[17:]]
    if type_ == "UK_NATIONAL_INSURANCE_NUMBER":
        return [canon[:2], canon[2:4], canon[4:6], canon[6:8], canon[8:]]
    if type_ in ("ES_DNI", "ES_NIE"):
        return (
            [canon[:-1], canon[-1]]
            if rng.random() < 0.5
            else [canon[:2], canon[2:5], canon[5:-1], canon[-1]]
        )
    return _groups(canon, rng, (3, 4))


def phone_base(canon_form: str) -> tuple[str, str]:
    """(prefix, digits) of a printed phone form: prefix is '+' for international forms."""
    digits = re.sub(r"\D", "", canon_form)
    return ("+" if canon_form.startswith("+") else ""), digits


def render(type_: str, value: str, family: str, ctx: Ctx) -> str:
    """``value`` is the printed standard form (for PHONE one of the phonenumbers formats)."""
    rng = ctx.rng
    canon = canonical(type_, value)
    if family in ("plain", "context_only"):
        return plain(type_, value, ctx)
    if family == "spaced_or_dashed":
        sep = rng.choice([" ", "-", " ", ".", " - ", "  "])
        if type_ == "PHONE":
            prefix, digits = phone_base(value)
            return prefix + sep.join(_groups(digits, rng))
        # Cards are nearly always grouped as printed; other numbers more freely.
        std_share = 0.85 if type_ == "CREDIT_DEBIT_NUMBER" else 0.6
        groups = _std_groups(type_, canon, rng) if rng.random() < std_share else _groups(canon, rng)
        if type_ == "CREDIT_DEBIT_NUMBER" and sep == ".":
            sep = "-"
        return sep.join(groups)
    if family == "split_by_noise":
        if type_ == "PHONE":
            prefix, digits = phone_base(value)
            groups = _groups(digits, rng, (3, 4))
            groups[0] = prefix + groups[0]
        else:
            groups = _std_groups(type_, canon, rng)
        if len(groups) < 2:
            groups = _groups(canon, rng, (2, 3))
        seps = []
        words = NOISE_WORDS[ctx.lang]
        for _ in range(len(groups) - 1):
            if rng.random() < 0.35:
                seps.append(" " + rng.choice(words) + " ")
            else:
                seps.append(rng.choice(NOISE_SYMBOLS))
        if all(s.strip() == "" and s != "\n" for s in seps):
            seps[0] = " | "
        return groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))
    if family == "letter_substitution":
        base = (
            value
            if type_ == "PHONE"
            else (canon if rng.random() < 0.5 else " ".join(_std_groups(type_, canon, rng)))
        )
        if not any(c in "01" for c in base):
            raise Redraw
        out, changed = [], False
        for c in base:
            if c == "0" and rng.random() < 0.7:
                out.append(rng.choice("OOo"))
                changed = True
            elif c == "1" and rng.random() < 0.6:
                out.append(rng.choice("lI"))
                changed = True
            else:
                out.append(c)
        if not changed:
            i = next(i for i, c in enumerate(base) if c in "01")
            out[i] = "O" if base[i] == "0" else "l"
        return "".join(out)
    if family == "spelled_out":
        digits = canon
        prefix = ""
        if type_ == "PHONE":
            plus, digits = phone_base(value)
            if plus:
                prefix = {"en": "plus ", "es": "más ", "fr": "plus ", "de": "plus ", "pt": "mais "}[
                    ctx.lang
                ]
        return prefix + numwords.spell(digits, ctx.lang, rng, ctx.variant)
    if family == "email_spelled":
        local, domain = value.split("@")
        at = rng.choice(AT_WORDS[ctx.lang])
        dot = rng.choice(DOT_WORDS[ctx.lang])
        if rng.random() < 0.3:
            return local + at + domain
        return local.replace(".", dot) + at + domain.replace(".", dot)
    if family == "percent_encoded":
        return urllib.parse.quote(value, safe="")
    if family == "url_credentials":
        return urllib.parse.quote(value, safe="-_.~!*")
    if family == "key_value_secret":
        return value
    if family == "compact_expiry":
        return canon if rng.random() < 0.7 else canon[:2] + "20" + canon[2:]
    if family == "iban_broken":
        groups = _groups(canon, rng, (2, 3, 4, 5, 6))
        seps = [rng.choice([" ", "-", "\n", "  ", " - ", " ", "-"]) for _ in groups[1:]]
        text = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))
        if rng.random() < 0.5:
            text = text.lower()
        elif rng.random() < 0.5:
            text = text[:2].lower() + text[2:]
        return text
    raise AssertionError(family)


def plain(type_: str, value: str, ctx: Ctx) -> str:
    rng = ctx.rng
    c = canonical(type_, value)
    if type_ == "CREDIT_DEBIT_EXPIRY":
        mm, yy = c[:2], c[2:]
        lang = ctx.lang
        forms = [f"{mm}/{yy}", f"{int(mm)}/{yy}", f"{mm}/20{yy}", f"{mm}-{yy}", f"{mm} / {yy}"]
        names = MONTHS[lang][int(mm) - 1], MONTHS[lang + "_long"][int(mm) - 1]
        forms += [f"{names[0]} {yy}", f"{names[1]} 20{yy}", f"{names[0].capitalize()}/{yy}"]
        if lang == "es":
            forms.append(f"{names[1]} del 20{yy}")
        if lang == "pt":
            forms.append(f"{names[1]} de 20{yy}")
        return rng.choice(forms)
    if type_ in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return rng.choice([f"{c[:3]}-{c[3:5]}-{c[5:]}", f"{c[:3]}-{c[3:5]}-{c[5:]}", c])
    if type_ == "UK_NATIONAL_INSURANCE_NUMBER":
        return rng.choice([c, " ".join(_std_groups(type_, c, rng)), c.lower()])
    if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return rng.choice([c, " ".join(_std_groups(type_, c, rng))])
    if type_ == "ES_DNI":
        return rng.choice(
            [c, c, f"{c[:8]}-{c[8]}", f"{c[:2]}.{c[2:5]}.{c[5:8]}-{c[8]}", c[:8] + c[8].lower()]
        )
    if type_ == "ES_NIE":
        return rng.choice([c, f"{c[0]}-{c[1:8]}-{c[8]}", c])
    if type_ == "BR_CPF":
        return rng.choice([f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", c])
    if type_ == "BR_CNPJ":
        return rng.choice([f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}", c])
    if type_ == "FR_NIR":
        return rng.choice([" ".join(_std_groups(type_, c, rng)), c])
    if type_ == "DE_TAX_ID":
        return rng.choice([" ".join(_std_groups(type_, c, rng)), c, c])
    if type_ == "PT_NIF":
        return rng.choice([" ".join(_std_groups(type_, c, rng)), c, c])
    if type_ == "MAC_ADDRESS":
        pairs = [c[i : i + 2] for i in range(0, 12, 2)]
        form = rng.randrange(4)
        if form == 0:
            return ":".join(pairs)
        if form == 1:
            return "-".join(pairs).upper()
        if form == 2:
            return ".".join(c[i : i + 4] for i in range(0, 12, 4))
        return ":".join(pairs).upper()
    return value


def canonical(type_: str, text: str) -> str:
    """The comparable form of a value: digits, upper-case alphanumerics, or the text itself."""
    if type_ == "CREDIT_DEBIT_EXPIRY":
        return _expiry(text)
    if type_ in DIGIT_TYPES:
        return re.sub(r"\D", "", text)
    if type_ in ALNUM_TYPES:
        return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    if type_ == "MAC_ADDRESS":
        return re.sub(r"[^0-9A-Fa-f]", "", text).lower()
    if type_ == "EMAIL":
        return text.lower()
    return text


def _expiry(text: str) -> str:
    low = numwords.norm(text)
    m = re.search(r"[a-z]+", low)
    if m and m.group(0) in MONTH_LOOKUP:
        year = re.sub(r"\D", "", low)
        return f"{MONTH_LOOKUP[m.group(0)]:02d}{year[-2:]}"
    parts = re.findall(r"\d+", text)
    if len(parts) == 2:
        return f"{int(parts[0]):02d}{parts[1][-2:]}"
    digits = "".join(parts)
    if len(digits) == 6:
        return digits[:2] + digits[4:]
    if len(digits) == 3:
        return "0" + digits
    return digits


def decode(type_: str, text: str, family: str, lang: str) -> str:
    """Read a rendering back to its canonical value."""
    if family == "spelled_out":
        digits = numwords.decode_words(text, lang)
        if digits is None:
            return "<unreadable>"
        return canonical(type_, digits) if type_ == "CREDIT_DEBIT_EXPIRY" else digits
    if family == "email_spelled":
        local, domain = AT_DECODE.split(text, maxsplit=1)
        return (DOT_DECODE.sub(".", local) + "@" + DOT_DECODE.sub(".", domain)).lower()
    if family in ("percent_encoded", "url_credentials"):
        return canonical(type_, urllib.parse.unquote(text))
    if family == "letter_substitution":
        return canonical(type_, text.translate(str.maketrans("OolI", "0011")))
    if family == "split_by_noise":
        cleaned = NOISE_WORD_RE.sub(" ", text)
        cleaned = EMOJI_RE.sub(" ", cleaned)
        return canonical(type_, cleaned)
    return canonical(type_, text)
