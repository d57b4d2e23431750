"""Surfaces of a value per obfuscation family, and an independent decoder for each.

`surface()` prints a canonical value (see `values.py`) the way a customer would type it in one
family; `decode()` reads such text back to the canonical value without calling any surface code
(its own word lists, its own month table), so a surface bug cannot hide behind a matching
decoder bug. `generate.py` checks `decode(surface(v)) == v` for every span it writes.
"""

from __future__ import annotations

import ipaddress
import random
import re
import urllib.parse

import phonenumbers

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
FAMILY_ALIASES: dict[str, str] = {
    "p": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "words": "spelled_out",
    "at": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}

DIGIT_TYPES = frozenset(
    {
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
)
ALNUM_TYPES = frozenset(
    {
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "SWIFT_CODE",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "ES_DNI",
        "ES_NIE",
        "MX_CURP",
        "MX_RFC",
        "AWS_ACCESS_KEY",
    }
)
MULTI_TYPES = frozenset(
    {
        "CREDIT_DEBIT_NUMBER",
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
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "ES_DNI",
        "ES_NIE",
        "MX_CURP",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "MX_RFC",
    }
)
ALL_TYPES_MARK = "*"
APPLICABLE: dict[str, frozenset[str] | str] = {
    "plain": ALL_TYPES_MARK,
    "context_only": ALL_TYPES_MARK,
    "spaced_or_dashed": DIGIT_TYPES | ALNUM_TYPES,
    "split_by_noise": (DIGIT_TYPES - {"CREDIT_DEBIT_CVV"})
    | (ALNUM_TYPES - {"SWIFT_CODE", "AWS_ACCESS_KEY"}),
    "letter_substitution": DIGIT_TYPES | {"IP_ADDRESS"},
    "spelled_out": DIGIT_TYPES,
    "email_spelled": frozenset({"EMAIL"}),
    "percent_encoded": frozenset({"EMAIL", "PHONE"}),
    "url_credentials": frozenset({"USERNAME", "PASSWORD"}),
    "key_value_secret": frozenset({"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD"}),
    "compact_expiry": frozenset({"CREDIT_DEBIT_EXPIRY"}),
    "iban_broken": frozenset({"INTERNATIONAL_BANK_ACCOUNT_NUMBER"}),
    "multi_message": MULTI_TYPES,
}

Segment = tuple[str, bool]  # (text, is the value span)


def applicable(type_: str, family: str) -> bool:
    allowed = APPLICABLE[family]
    return allowed == ALL_TYPES_MARK or type_ in allowed


# --- printing helpers --------------------------------------------------------------------


def _national_digits(value: str) -> str:
    parsed = phonenumbers.parse(value, None)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national)


def _base(type_: str, value: str, rng: random.Random) -> str:
    """The alphanumeric string a customer regroups (phones: national or +cc form)."""
    if type_ == "PHONE":
        if rng.random() < 0.25:
            return value
        return _national_digits(value)
    return value.upper() if type_ in ALNUM_TYPES else value


def _groups(text: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(text):
            break
        out.append(text[i : i + size])
        i += size
    if i < len(text):
        out[-1] += text[i:]
    return out


def _cut(text: str, rng: random.Random, lo: int, hi: int) -> list[str]:
    sizes: list[int] = []
    while sum(sizes) < len(text):
        sizes.append(rng.randint(lo, hi))
    groups = _groups(text, sizes)
    if len(groups) > 1 and len(groups[-1]) == 1:
        tail = groups.pop()
        groups[-1] += tail
    return groups


def _card_plain(value: str, rng: random.Random) -> str:
    sizes = [4, 6, 5] if len(value) == 15 else [4, 6, 4] if len(value) == 14 else [4, 4, 4, 4]
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(_groups(value, sizes))


MONTHS_OUT = {
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


def _expiry_plain(value: str, rng: random.Random, lang: str) -> str:
    month, year = value.split("/")
    yy = year[2:]
    roll = rng.random()
    if roll < 0.2:
        name = MONTHS_OUT[lang][int(month) - 1]
        name = name[:3] if rng.random() < 0.5 and lang != "fr" else name
        return f"{name.lower() if rng.random() < 0.5 else name} {rng.choice((year, yy))}"
    if roll < 0.3:
        return f"{int(month)}/{yy}"
    return f"{month}{rng.choice(('/', '/', '-', ' / ', '.'))}{rng.choice((yy, yy, year))}"


def plain(type_: str, value: str, rng: random.Random, lang: str) -> str:
    r = rng
    match type_:
        case "CREDIT_DEBIT_NUMBER":
            return _card_plain(value, r)
        case "CREDIT_DEBIT_EXPIRY":
            return _expiry_plain(value, r, lang)
        case "PHONE":
            parsed = phonenumbers.parse(value, None)
            fmt = r.choice(
                (
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    phonenumbers.PhoneNumberFormat.E164,
                )
            )
            out = phonenumbers.format_number(parsed, fmt)
            return (
                re.sub(r"\D", "", out)
                if r.random() < 0.2 and fmt == phonenumbers.PhoneNumberFormat.NATIONAL
                else out
            )
        case "BANK_ACCOUNT_NUMBER":
            return f"{value[:-1]}-{value[-1]}" if len(value) <= 8 and r.random() < 0.5 else value
        case "BANK_ROUTING":
            if len(value) == 6:
                return "-".join(_groups(value, [2, 2, 2]))
            if len(value) == 8:
                return r.choice((value, " ".join(_groups(value, [3, 3, 2]))))
            return value
        case "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return r.choice((value, " ".join(_groups(value, [4] * 8))))
        case "SSN" | "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
            return r.choice(
                ("-".join(_groups(value, [3, 2, 4])), value, " ".join(_groups(value, [3, 2, 4])))
            )
        case "UK_NATIONAL_INSURANCE_NUMBER":
            return r.choice((value, " ".join(_groups(value, [2, 2, 2, 2, 1]))))
        case "MAC_ADDRESS":
            hexes = value.replace(":", "")
            return r.choice(
                (
                    value,
                    value.upper(),
                    "-".join(_groups(hexes.upper(), [2] * 6)),
                    ".".join(_groups(hexes, [4, 4, 4])),
                )
            )
        case "ES_DNI":
            return r.choice((value, value, f"{value[:8]}-{value[8]}"))
        case "ES_NIE":
            return r.choice((value, f"{value[0]}-{value[1:8]}-{value[8]}"))
        case "MX_RFC":
            return r.choice((value, f"{value[:4]}-{value[4:10]}-{value[10:]}"))
        case "BR_CPF":
            return r.choice((f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}",) * 2 + (value,))
        case "BR_CNPJ":
            return r.choice(
                (f"{value[:2]}.{value[2:5]}.{value[5:8]}/{value[8:12]}-{value[12:]}",) * 2
                + (value,)
            )
        case "FR_NIR":
            return r.choice((" ".join(_groups(value, [1, 2, 2, 2, 3, 3, 2])), value))
        case "DE_TAX_ID":
            return r.choice(
                (
                    " ".join(_groups(value, [2, 3, 3, 3])),
                    value,
                    " ".join(_groups(value, [3, 3, 3, 2])),
                )
            )
        case "PT_NIF":
            return r.choice((" ".join(_groups(value, [3, 3, 3])), value))
        case "MX_CLABE":
            return r.choice((value, value, " ".join(_groups(value, [3, 3, 11, 1]))))
    return value


NOISE_SYMBOLS = [" | ", "|", " / ", " 👉 ", " 🙏 ", "\n", " ... ", " 😅 ", " ✌️ ", " -- "]
NOISE_WORDS = {
    "en": [" then ", " and ", " uh ", " ok ", " wait "],
    "es": [" y ", " luego ", " eh ", " despues ", " y luego "],
    "fr": [" et ", " puis ", " euh ", " ensuite "],
    "de": [" und ", " dann ", " äh ", " also "],
    "pt": [" e ", " depois ", " tipo ", " ai "],
}

DIGIT_WORDS_OUT = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
DIGIT_WORD_VARIANTS = {
    ("en", "0"): ["oh", "o"],
    ("fr", "0"): ["zero"],
    ("de", "2"): ["zwo"],
    ("de", "5"): ["fuenf", "funf"],
    ("pt", "3"): ["tres"],
    ("pt", "6"): ["meia"],
    ("es", "1"): ["un"],
}


def _spell_digit(d: str, rng: random.Random, lang: str) -> str:
    variants = DIGIT_WORD_VARIANTS.get((lang, d))
    if variants and rng.random() < 0.4:
        return rng.choice(variants)
    return DIGIT_WORDS_OUT[lang][int(d)]


def _spelled(digits: str, rng: random.Random, lang: str) -> str:
    groups = _cut(digits, rng, 2, 4)
    keep_digits = {i for i in range(len(groups)) if rng.random() < 0.3}
    if len(keep_digits) == len(groups):
        keep_digits.discard(0)
    out = []
    for i, group in enumerate(groups):
        if i in keep_digits:
            out.append(group)
            continue
        words: list[str] = []
        j = 0
        while j < len(group):
            if (
                lang == "en"
                and j + 1 < len(group)
                and group[j] == group[j + 1]
                and rng.random() < 0.6
            ):
                words.append("double " + _spell_digit(group[j], rng, lang))
                j += 2
                continue
            words.append(_spell_digit(group[j], rng, lang))
            j += 1
        out.append(rng.choice((" ", " ", "-")).join(words))
    return rng.choice((", ", " ", " - ", ",  ")).join(out)


AT_WORDS = {
    "en": [" at ", "(at)", " [at] ", " @ "],
    "es": [" arroba ", "(arroba)", " arroba"],
    "fr": [" arobase ", "(at)", " arobase "],
    "de": [" Klammeraffe ", "(at)", " [at] ", " at "],
    "pt": [" arroba ", "(arroba)", " arroba "],
}
DOT_WORDS = {
    "en": [" dot ", "(dot)", " [dot] "],
    "es": [" punto ", "(punto)", " punto "],
    "fr": [" point ", "(point)", " point "],
    "de": [" Punkt ", "(punkt)", " punkt "],
    "pt": [" ponto ", "(ponto)", " ponto "],
}


def _email_spelled(value: str, rng: random.Random, lang: str) -> str:
    at_word = rng.choice(AT_WORDS[lang])
    if at_word == " arroba":
        at_word = " arroba "
    dot_word = rng.choice(DOT_WORDS[lang])
    local, domain = value.split("@")
    if rng.random() < 0.5:
        local = local.replace(".", dot_word)
    if at_word == " @ ":
        domain = domain.replace(".", dot_word)
    else:
        domain = domain.replace(".", dot_word) if rng.random() < 0.8 else domain
    return local + at_word + domain


def _substitute(text: str, rng: random.Random) -> str | None:
    """Write one to three `0`/`1` as `O`/`o`/`l`/`I`, each beside a digit left as a digit."""
    chars = list(text)
    candidates = [i for i, c in enumerate(chars) if c in "01"]
    rng.shuffle(candidates)
    chosen: set[int] = set()
    anchors: set[int] = set()  # digits that must stay digits because a choice leans on them
    want = rng.randint(1, 3)
    for i in candidates:
        if len(chosen) == want:
            break
        if i in anchors:
            continue
        neighbours = [j for j in _digit_nbrs(chars, i) if j not in chosen]
        if not neighbours:
            continue
        chosen.add(i)
        anchors.add(neighbours[0])
    if not chosen:
        return None
    for i in chosen:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def _digit_nbrs(chars: list[str], i: int) -> list[int]:
    return [j for j in (i - 1, i + 1) if 0 <= j < len(chars) and chars[j].isdigit()]


def eligible(type_: str, family: str, value: str) -> bool:
    """Whether `value` can be printed in `family` (letter substitution needs a 0 or 1)."""
    if not applicable(type_, family):
        return False
    if family == "letter_substitution":
        return bool(re.search(r"[01]\d|\d[01]", value))
    return True


KV_KEYS = {
    "AWS_ACCESS_KEY": [
        "AWS_ACCESS_KEY_ID=",
        "aws_access_key_id = ",
        "export AWS_ACCESS_KEY_ID=",
        "AWS_ACCESS_KEY_ID: ",
    ],
    "AWS_SECRET_KEY": [
        "AWS_SECRET_ACCESS_KEY=",
        "aws_secret_access_key = ",
        "export AWS_SECRET_ACCESS_KEY=",
        "AWS_SECRET_ACCESS_KEY: ",
    ],
    "PASSWORD": [
        "DB_PASSWORD=",
        "SMTP_PASSWORD=",
        "password=",
        "MYSQL_PWD=",
        "db_pass: ",
        "PGPASSWORD=",
    ],
}


def surface(type_: str, family: str, value: str, rng: random.Random, lang: str) -> list[Segment]:
    """Segments for one slot; exactly one of them (the value) has `True`."""
    r = rng
    match family:
        case "plain" | "context_only":
            return [(plain(type_, value, r, lang), True)]
        case "spaced_or_dashed":
            base = _base(type_, value, r)
            head = ""
            if base.startswith("+"):
                head, base = "+", base[1:]
            lo, hi = r.choice(((2, 2), (3, 3), (4, 4), (2, 4), (3, 4))) if len(base) > 6 else (1, 2)
            sep = r.choice((" ", "-", ".", "  ", " - "))
            return [(head + sep.join(_cut(base, r, lo, hi)), True)]
        case "split_by_noise":
            base = _base(type_, value, r)
            pool = NOISE_SYMBOLS + (NOISE_WORDS[lang] * 2 if type_ in DIGIT_TYPES else [])
            groups = _cut(base, r, 3, 5) if len(base) > 8 else _cut(base, r, 2, 3)
            if len(groups) == 1:
                groups = [base[: len(base) // 2], base[len(base) // 2 :]]
            seps = [r.choice(pool) for _ in groups[1:]]
            if r.random() < 0.5:
                seps = [seps[0]] * len(seps)
            text = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:]))
            return [(text, True)]
        case "letter_substitution":
            for _ in range(20):
                printed = plain(type_, value, r, lang)
                out = _substitute(printed, r)
                if out is not None:
                    return [(out, True)]
            raise ValueError("no substitutable 0 or 1")
        case "spelled_out":
            return [
                (
                    _spelled(
                        _base(type_, value, r).lstrip("+")
                        if type_ != "PHONE"
                        else _national_digits(value),
                        r,
                        lang,
                    ),
                    True,
                )
            ]
        case "email_spelled":
            return [(_email_spelled(value, r, lang), True)]
        case "percent_encoded":
            if type_ == "EMAIL":
                head = r.choice(
                    (
                        "https://www.example.com/newsletter/unsubscribe?email=",
                        "https://shop.example.net/account/verify?user=",
                        "https://help.example.org/reset?lang=en&email=",
                    )
                )
                tail = r.choice(("", "&src=fb", "&utm_source=messenger"))
                return [(head, False), (urllib.parse.quote(value, safe="."), True), (tail, False)]
            head = r.choice(
                (
                    "https://wa.example.com/send?phone=",
                    "https://example.com/callback?tel=",
                    "https://portal.example.net/contact?ref=msg&phone=",
                )
            )
            return [
                (head, False),
                (urllib.parse.quote(value, safe=""), True),
                (r.choice(("", "&text=hola", "&lang=pt")), False),
            ]
        case "key_value_secret":
            key = r.choice(KV_KEYS[type_])
            quote = r.choice(("", "", '"', "'"))
            return [(key + quote, False), (value, True), (quote, False)]
        case "compact_expiry":
            month, year = value.split("/")
            return [
                (r.choice(("", " ", " ")), False),
                (month + r.choice((year[2:], year[2:], year)), True),
            ]
        case "iban_broken":
            groups = _cut(value, r, 2, 7)
            text = groups[0]
            for g in groups[1:]:
                text += r.choice((" ", "  ", "-", "\n", " - ", " ")) + g
            return [(text, True)]
    raise ValueError(f"no surface for {type_} in {family}")


def url_credentials(user: str, password: str, rng: random.Random) -> list[tuple[str, str | None]]:
    scheme = rng.choice(("ftp", "sftp", "https", "smtp", "postgres", "mysql", "imap"))
    host = rng.choice(
        (
            "files.example.com",
            "mail.example.net",
            "db.example.org",
            "nas.example.test",
            "backup.example.com",
        )
    )
    path = rng.choice(("", "/", "/uploads", "/inbox", "/prod"))
    return [
        (f"{scheme}://", None),
        (user, "USERNAME"),
        (":", None),
        (password, "PASSWORD"),
        (f"@{host}{path}", None),
    ]


def multi_parts(type_: str, value: str, rng: random.Random, lang: str, count: int) -> list[str]:
    """A value cut into `count` pieces, each sent in its own message."""
    printed = (
        plain(type_, value, rng, lang)
        if type_ != "PHONE"
        else phonenumbers.format_number(
            phonenumbers.parse(value, None),
            rng.choice(
                (
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                )
            ),
        )
    )
    cuts = [i for i, c in enumerate(printed) if c in " -./" and 0 < i < len(printed) - 1]
    if len(cuts) >= count - 1 and rng.random() < 0.75:
        chosen = sorted(rng.sample(cuts, count - 1))
    else:
        compact = re.sub(r"[\s\-./()]", "", printed)
        step = len(compact) / count
        chosen_compact = sorted(
            {
                max(2, min(len(compact) - 2, round(step * k + rng.uniform(-1.5, 1.5))))
                for k in range(1, count)
            }
        )
        if len(chosen_compact) != count - 1:
            chosen_compact = [round(step * k) for k in range(1, count)]
        parts, last = [], 0
        for c in chosen_compact:
            parts.append(compact[last:c])
            last = c
        parts.append(compact[last:])
        return parts
    parts, last = [], 0
    for c in chosen:
        parts.append(printed[last:c].strip(" -./"))
        last = c + 1
    parts.append(printed[last:].strip(" -./"))
    if any(not p or not any(ch.isalnum() for ch in p) for p in parts):
        return multi_parts(type_, value, rng, lang, count)
    return [p.strip() for p in parts]


# --- decoding (independent of the printing above) ----------------------------------------

WORD_DIGITS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "cero": "0",
    "uno": "1",
    "un": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
    "zéro": "0",
    "une": "1",
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "sept": "7",
    "huit": "8",
    "neuf": "9",
    "null": "0",
    "eins": "1",
    "zwei": "2",
    "zwo": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "fuenf": "5",
    "funf": "5",
    "sechs": "6",
    "sieben": "7",
    "acht": "8",
    "neun": "9",
    "um": "1",
    "dois": "2",
    "três": "3",
    "quatro": "4",
    "meia": "6",
    "sete": "7",
    "oito": "8",
    "nove": "9",
}
MONTHS_IN = {
    1: ("jan", "janv", "january", "enero", "ene", "janvier", "januar", "janeiro"),
    2: ("feb", "fev", "fevr", "february", "febrero", "février", "fevrier", "februar", "fevereiro"),
    3: ("mar", "mär", "march", "marzo", "mars", "märz", "marz", "março", "marco"),
    4: ("apr", "abr", "april", "abril", "avril", "avr"),
    5: ("may", "mayo", "mai", "maio"),
    6: ("jun", "june", "junio", "juin", "juni", "junho"),
    7: ("jul", "july", "julio", "juillet", "juil", "juli", "julho"),
    8: ("aug", "ago", "august", "agosto", "août", "aout"),
    9: ("sep", "sept", "set", "september", "septiembre", "septembre", "setembro"),
    10: ("oct", "okt", "out", "october", "octubre", "octobre", "oktober", "outubro"),
    11: ("nov", "november", "noviembre", "novembre", "novembro"),
    12: (
        "dec",
        "dez",
        "dic",
        "december",
        "diciembre",
        "décembre",
        "decembre",
        "dezember",
        "dezembro",
    ),
}


def _unspell(text: str) -> str:
    out: list[str] = []
    repeat = 1
    for token in re.split(r"[\s,;\-]+", text.strip().lower()):
        if not token:
            continue
        if token in ("double", "triple"):
            repeat = 2 if token == "double" else 3
            continue
        if token.isdigit():
            out.append(token * repeat if repeat > 1 and len(token) == 1 else token)
        elif token in WORD_DIGITS:
            out.append(WORD_DIGITS[token] * repeat)
        else:
            raise ValueError(f"not a digit word: {token!r}")
        repeat = 1
    return "".join(out)


def _unsubstitute(text: str) -> str:
    return text.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))


def _phone(text: str, region: str) -> str:
    cleaned = re.sub(r"[^\d+]", "", text)
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    parsed = phonenumbers.parse(cleaned, region)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _expiry(text: str) -> str:
    t = text.strip().lower()
    m = re.fullmatch(r"(\d{1,2})\s*[/\-.]?\s*(\d{4}|\d{2})", t)
    if m:
        month, year = int(m[1]), m[2]
    else:
        m = re.fullmatch(r"([a-zäéçû]+)\.?\s*[/\- ]?\s*(\d{4}|\d{2})", t)
        if not m:
            raise ValueError("unreadable expiry")
        month = next(k for k, names in MONTHS_IN.items() if m[1] in names)
        year = m[2]
    full = year if len(year) == 4 else "20" + year
    return f"{month:02d}/{full}"


def _email_words(text: str) -> str:
    at = r"(?:at|arroba|arobase|klammeraffe)"
    dot = r"(?:dot|punto|point|punkt|ponto)"
    t = re.sub(rf"\s*[\(\[]\s*{at}\s*[\)\]]\s*|\s+{at}\s+|\s*@\s*", "@", text, flags=re.I)
    t = re.sub(rf"\s*[\(\[]\s*{dot}\s*[\)\]]\s*|\s+{dot}\s+", ".", t, flags=re.I)
    return t.strip().lower()


def decode(type_: str, family: str, text: str, region: str) -> str:
    """Read a surface back to its canonical value; raises ValueError when it cannot."""
    t = text
    if family == "spelled_out":
        t = _unspell(t)
    elif family == "letter_substitution":
        t = _unsubstitute(t)
    elif family == "percent_encoded":
        t = urllib.parse.unquote(t)
    elif family == "email_spelled":
        t = _email_words(t)
    if type_ == "PHONE":
        return _phone(t, region)
    if type_ in DIGIT_TYPES:
        return re.sub(r"\D", "", t)
    if type_ == "CREDIT_DEBIT_EXPIRY":
        if family == "compact_expiry":
            digits = re.sub(r"\D", "", t)
            return f"{digits[:2]}/{digits[2:] if len(digits) == 6 else '20' + digits[2:]}"
        return _expiry(t)
    if type_ in ALNUM_TYPES:
        return re.sub(r"[^0-9A-Za-z]", "", t).upper()
    if type_ == "IP_ADDRESS":
        return str(ipaddress.ip_address(t.strip()))
    if type_ == "MAC_ADDRESS":
        hexes = re.sub(r"[^0-9a-fA-F]", "", t).lower()
        if len(hexes) != 12:
            raise ValueError("not a MAC")
        return ":".join(hexes[i : i + 2] for i in range(0, 12, 2))
    if type_ == "EMAIL":
        return t.strip().lower()
    return t
