# ruff: noqa: E501
"""Surface forms of canonical values: one function per obfuscation family, per language.

A canonical value is what a checksum validates; the surface is what a customer types. Spans
cover the surface only, so each renderer returns ``(prefix, value, suffix)`` and the prefix or
suffix (a ``KEY=`` or nothing) stays outside the labelled span.
"""

from __future__ import annotations

import itertools
import random
import urllib.parse

import phonenumbers

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
AT_DOT = {
    "en": [(" at ", " dot "), ("[at]", "[dot]"), (" (at) ", " (dot) "), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)"), (" at ", " punto ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("[arobase]", "[point]")],
    "de": [(" Klammeraffe ", " Punkt "), (" at ", " Punkt "), ("(at)", "(punkt)")],
    "pt": [(" arroba ", " ponto "), (" at ", " ponto "), ("(arroba)", "(ponto)")],
}
NOISE_WORDS = {
    "en": [" then ", " and ", " uh ", " next "],
    "es": [" y ", " luego ", " eh ", " despues "],
    "fr": [" et ", " puis ", " euh ", " ensuite "],
    "de": [" und ", " dann ", " äh ", " danach "],
    "pt": [" e ", " depois ", " hum ", " aí "],
}
NOISE = [" 👉 ", " | ", "|", " / ", "/", "\n", " 🔢 ", " ✨ ", " ... ", " -- ", "💳", " • "]
DIGIT_ONLY = {
    "CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_CVV", "PIN", "PHONE", "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING", "SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "MX_CLABE", "BR_CPF",
    "BR_CNPJ", "FR_NIR", "DE_TAX_ID", "PT_NIF",
}  # fmt: skip
GROUPABLE = DIGIT_ONLY | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER", "ES_DNI", "ES_NIE",
    "MX_CURP", "MX_RFC", "PASSPORT_NUMBER", "DRIVER_ID", "AWS_ACCESS_KEY",
}  # fmt: skip
KV_KEYS = {
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID=", "aws_access_key_id="],
    "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key="],
    "PASSWORD": ["DB_PASSWORD=", "SMTP_PASS=", "PASSWORD=", "api_password="],
    "USERNAME": ["DB_USER=", "SMTP_USER=", "LOGIN="],
}


def applicable(type_: str, family: str) -> bool:
    """Which families make sense for a type (a CVV is never e-mail spelled)."""
    return {
        "plain": True,
        "context_only": True,
        "spaced_or_dashed": type_ in GROUPABLE,
        "split_by_noise": type_ in GROUPABLE,
        "multi_message": type_ in GROUPABLE and type_ not in {"CREDIT_DEBIT_CVV", "PIN"},
        "letter_substitution": type_ in DIGIT_ONLY,
        "spelled_out": type_ in DIGIT_ONLY | {"CREDIT_DEBIT_EXPIRY"},
        "email_spelled": type_ == "EMAIL",
        "percent_encoded": type_ in {"EMAIL", "PHONE", "PASSWORD"},
        "key_value_secret": type_ in KV_KEYS,
        "compact_expiry": type_ == "CREDIT_DEBIT_EXPIRY",
        "iban_broken": type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "url_credentials": type_ in {"USERNAME", "PASSWORD"},
    }[family]


def _chunks(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i < len(s):
            out.append(s[i : i + n])
            i += n
    if i < len(s):
        out.append(s[i:])
    return out


def groups(type_: str, canon: str, locale: str) -> list[str]:
    """Official print grouping of a canonical value, used by every grouped family."""
    if type_ == "CREDIT_DEBIT_NUMBER":
        return _chunks(canon, [4, 6, 5] if len(canon) == 15 else [4, 4, 4, 4])
    if type_ == "PHONE":
        national = phonenumbers.format_number(
            phonenumbers.parse(canon), phonenumbers.PhoneNumberFormat.NATIONAL
        )
        return [
            g for g in national.replace("(", "").replace(")", "").replace("-", " ").split() if g
        ]
    sizes = {
        "BR_CPF": [3, 3, 3, 2], "BR_CNPJ": [2, 3, 3, 4, 2], "MX_CLABE": [3, 3, 11, 1],
        "FR_NIR": [1, 2, 2, 2, 3, 3, 2], "DE_TAX_ID": [2, 3, 3, 3], "PT_NIF": [3, 3, 3],
        "SSN": [3, 2, 4], "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [3, 2, 4],
        "UK_NATIONAL_INSURANCE_NUMBER": [2, 2, 2, 2, 1], "ES_DNI": [2, 3, 3, 1],
        "ES_NIE": [1, 3, 4, 1], "MX_CURP": [4, 6, 6, 2], "MX_RFC": [4, 6, 3],
        "CREDIT_DEBIT_CVV": [1, 2], "PIN": [2, 2, 2], "AWS_ACCESS_KEY": [4, 4, 4, 4, 4],
    }  # fmt: skip
    if type_ in sizes:
        return _chunks(canon, sizes[type_])
    if type_ == "BANK_ROUTING":
        return _chunks(canon, [2, 2, 2] if locale == "en-GB" else [3, 3, 3, 3])
    return _chunks(canon.replace("-", ""), [4] * 10)


def plain(rng: random.Random, type_: str, canon: str, lang: str, locale: str) -> str:
    """Official print form, or the compact form customers paste."""
    g = groups(type_, canon, locale)
    if type_ == "CREDIT_DEBIT_NUMBER":
        return rng.choice((" ".join(g), canon, " ".join(g)))
    if type_ == "PHONE":
        num = phonenumbers.parse(canon)
        fmt = rng.choice(
            (phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
             phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL)
        )  # fmt: skip
        return phonenumbers.format_number(num, fmt)
    if type_ == "CREDIT_DEBIT_EXPIRY":
        mm, yy = canon.split("/")
        month = MONTHS[lang].split()[int(mm) - 1]
        return rng.choice(
            (canon, f"{mm}/20{yy}", f"{int(mm)}/{yy}", f"{month} 20{yy}",
             f"{month[:3]} {yy}", f"{mm}-{yy}", f"{month[:3].lower()}/20{yy}")
        )  # fmt: skip
    if type_ == "BR_CPF":
        return rng.choice((f"{g[0]}.{g[1]}.{g[2]}-{g[3]}", canon))
    if type_ == "BR_CNPJ":
        return rng.choice((f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}", canon))
    if type_ in {"SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"}:
        return rng.choice(("-".join(g), canon, "-".join(g)))
    if type_ in {"INTERNATIONAL_BANK_ACCOUNT_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER", "FR_NIR"}:
        return rng.choice((" ".join(g), canon))
    if type_ == "BANK_ROUTING" and locale == "en-GB":
        return rng.choice(("-".join(g), canon))
    if type_ == "BANK_ACCOUNT_NUMBER" and locale == "pt-BR":
        return rng.choice((f"{canon[:-1]}-{canon[-1]}", canon))
    if type_ == "ES_DNI":
        return rng.choice((canon, f"{canon[:8]}-{canon[8]}", canon.lower()[:8] + canon[8].lower()))
    if type_ == "MAC_ADDRESS":
        return rng.choice((canon, canon.upper().replace(":", "-"), canon))
    return canon


def _join(rng: random.Random, g: list[str], seps: list[str]) -> str:
    out = g[0]
    for part in g[1:]:
        out += rng.choice(seps) + part
    return out


def _substitute(rng: random.Random, s: str) -> str:
    subs = {"0": "Oo", "1": "lI"}
    chars, done = list(s), False
    idx = [i for i, c in enumerate(chars) if c in subs]
    for i in idx:
        if rng.random() < 0.6:
            chars[i] = rng.choice(subs[chars[i]])
            done = True
    if not done:
        i = rng.choice(idx)
        chars[i] = rng.choice(subs[chars[i]])
    return "".join(chars)


def _spell(rng: random.Random, s: str, lang: str, mixed: bool) -> str:
    words = DIGIT_WORDS[lang]
    out: list[str] = []
    for block in s.split(" "):
        if mixed and len(out) % 2 == 1:
            out.append(block)
            continue
        spelled = [words[int(c)] if c.isdigit() else c for c in block]
        out.append(" ".join(spelled))
    joiner = rng.choice((" ", ", ", " - "))
    return joiner.join(out)


def surface(
    rng: random.Random, type_: str, canon: str, family: str, lang: str, locale: str
) -> tuple[str, str, str]:
    """Render ``canon`` in ``family``: returns (text before span, span text, text after)."""
    g = groups(type_, canon, locale)
    if family in ("plain", "context_only"):
        return "", plain(rng, type_, canon, lang, locale), ""
    if family == "spaced_or_dashed":
        sep = rng.choice((" ", "-", " - ", "  ", "."))
        return "", sep.join(g), ""
    if family == "split_by_noise":
        seps = rng.sample(NOISE, 3) + rng.sample(NOISE_WORDS[lang], 1)
        text = _join(rng, g, seps)
        while text == " ".join(g):
            text = _join(rng, g, seps)
        return "", text, ""
    if family == "letter_substitution":
        base = plain(rng, type_, canon, lang, locale)
        return "", _substitute(rng, base), ""
    if family == "spelled_out":
        base = " ".join(g) if type_ != "CREDIT_DEBIT_EXPIRY" else canon.replace("/", " / ")
        return "", _spell(rng, base, lang, mixed=rng.random() < 0.35 and len(g) > 2), ""
    if family == "email_spelled":
        at, dot = rng.choice(AT_DOT[lang])
        local, domain = canon.split("@")
        return "", local.replace(".", dot) + at + domain.replace(".", dot), ""
    if family == "percent_encoded":
        if type_ == "PHONE":
            num = phonenumbers.parse(canon)
            fmt = rng.choice(
                (phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            )
            return "", urllib.parse.quote(phonenumbers.format_number(num, fmt), safe=""), ""
        return "", urllib.parse.quote(canon, safe=""), ""
    if family == "key_value_secret":
        return rng.choice(KV_KEYS[type_]), canon, ""
    if family == "compact_expiry":
        mm, yy = canon.split("/")
        return "", rng.choice((f"{mm}{yy}", f"{mm}20{yy}", f"{mm}{yy}")), ""
    if family == "iban_broken":
        seps = [" ", "  ", "-", "\n", " - ", " "]
        if rng.random() < 0.4:
            g = [
                canon[i : i + n]
                for i, n in zip(range(0, 40, 5), [5] * 8, strict=False)
                if canon[i : i + n]
            ]
        text = _join(rng, g, seps)
        while text in (" ".join(g), canon):
            text = _join(rng, g, seps)
        return "", text, ""
    if family == "url_credentials":
        return "", canon, ""
    raise ValueError(family)


def multi_parts(rng: random.Random, type_: str, canon: str, k: int, locale: str) -> list[str]:
    """Split a value's groups over ``k`` consecutive messages."""
    g = groups(type_, canon, locale)
    if len(g) < k:
        g = [canon[i : i + 3] for i in range(0, len(canon), 3)]
    cuts = sorted(rng.sample(range(1, len(g)), k - 1))
    bounds = [0, *cuts, len(g)]
    sep = rng.choice((" ", "", " ", "-"))
    return [sep.join(g[a:b]) for a, b in itertools.pairwise(bounds)]


_MONTH_ABBR = {k: [m[:3] for m in v.split()] for k, v in MONTHS.items()}


def negative(rng: random.Random, kind: str, lang: str, locale: str) -> str:
    """A hard negative: a number a redactor must leave alone (checked by the caller)."""
    r = rng.randint
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "order":
        return rng.choice(
            (f"#{r(10000, 9999999)}", f"ORD-{r(10000, 999999)}", f"{r(100, 999)}-{r(1000, 9999)}")
        )
    if kind == "booking":
        return "".join(rng.choice(up + "23456789") for _ in range(6))
    if kind == "ticket":
        return rng.choice(
            (f"TK-{r(1000, 99999)}", f"#{r(100000, 999999)}", f"INC{r(100000, 9999999)}")
        )
    if kind == "invoice":
        return rng.choice((f"F{r(2019, 2026)}-{r(100, 99999):05d}", f"INV-{r(10000, 999999)}"))
    if kind == "contract":
        return f"CT-{r(2015, 2026)}-{r(1000, 9999)}"
    if kind == "amount":
        a, c = r(5, 4999), r(0, 99)
        return {
            "en": rng.choice((f"${a}.{c:02d}", f"£{a}", f"{a} USD")),
            "es": rng.choice((f"{a},{c:02d} €", f"${a} MXN", f"{a} euros")),
            "fr": rng.choice((f"{a},{c:02d} €", f"{a}€")),
            "de": rng.choice((f"{a},{c:02d} €", f"{a} EUR")),
            "pt": rng.choice((f"R$ {a},{c:02d}", f"{a},{c:02d}€")),
        }[lang]
    if kind == "date":
        d, m, y = r(1, 28), r(1, 12), r(2024, 2027)
        if lang == "en" and locale == "en-US":
            return rng.choice((f"{m}/{d}/{y}", f"{MONTHS['en'].split()[m - 1]} {d}"))
        return rng.choice(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d}.{m}.{y}",
                f"{d} {MONTHS[lang].split()[m - 1]}",
                f"{y}-{m:02d}-{d:02d}",
            )
        )
    if kind == "time":
        return rng.choice(
            (
                f"{r(7, 21)}:{rng.choice(('00', '15', '30', '45'))}",
                f"{r(7, 20)}h{r(10, 59)}",
                f"{r(1, 11)}pm",
            )
        )
    if kind == "year":
        return str(r(1998, 2026))
    if kind == "zip":
        zips = {
            "en-US": f"{r(10000, 99950)}-{r(1000, 9999)}" if rng.random() < 0.6 else f"{r(10000, 99950)}",
            "en-GB": rng.choice(("SW1A", "M1", "LS6", "EH8")) + f" {r(1, 9)}" + rng.choice(up) + rng.choice(up),
            "es-ES": f"{r(1, 52):02d}{r(0, 999):03d}", "es-MX": f"{r(1000, 99999):05d}",
            "fr-FR": f"{r(1, 95):02d}{r(0, 999):03d}", "de-DE": f"{r(1067, 99998):05d}",
            "pt-BR": f"{r(10000, 99999)}-{r(0, 999):03d}", "pt-PT": f"{r(1000, 9999)}-{r(0, 999):03d}",
        }  # fmt: skip
        return zips[locale]
    if kind == "count":
        return str(r(2, 12))
    if kind == "flight":
        return (
            rng.choice(("IB", "AF", "LH", "TP", "AM", "BA", "UA", "LA"))
            + rng.choice(("", " "))
            + str(r(10, 9999))
        )
    if kind == "model":
        return rng.choice(
            (
                f"SM-A{r(10, 99)}{rng.choice(up)}",
                f"XPS {r(13, 17)}",
                f"iPhone {r(11, 16)}",
                f"RT-{r(100, 999)}",
            )
        )
    if kind == "version":
        return f"v{r(1, 12)}.{r(0, 20)}.{r(0, 9)}"
    if kind == "room":
        return str(r(101, 1250))
    if kind == "street":
        return str(r(1, 220))
    if kind == "tracking":
        return rng.choice(
            (
                f"LX{r(10000000, 99999999)}{rng.choice(('DE', 'ES', 'FR', 'BR', 'PT'))}",
                f"1Z{r(100, 999)}AB{r(1000000, 9999999)}",
                f"JD{r(10000000, 99999999)}",
            )
        )
    raise KeyError(kind)
