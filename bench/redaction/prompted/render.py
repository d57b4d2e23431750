"""Render a canonical value the way a customer types it, and decode it back for validation.

A family names how the value is written: plain, spaced_or_dashed, split_by_noise, letter_digits,
spelled_out, email_obfuscated; multi_message splits one of those renderings across messages.
`decode` is the inverse the generator uses to prove that every rendered span still holds the
value it was drawn from.
"""

from __future__ import annotations

import random
import re

import phonenumbers

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Spellings without accents and common variants that customers type.
DIGIT_VARIANTS = {
    "en": {"oh": "0", "o": "0"},
    "es": {"sero": "0"},
    "fr": {"zero": "0", "une": "1"},
    "de": {"funf": "5", "fuenf": "5", "zwo": "2", "ein": "1"},
    "pt": {"tres": "3", "meia": "6", "uma": "1", "duas": "2"},
}
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
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
        "fév",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": [
        "januar",
        "feb",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "aug",
        "sept",
        "okt",
        "nov",
        "dez",
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
NOISE = {
    "en": [" 🙂 ", " | ", " / ", "\n", " then ", " 👉 ", " .. ", " and "],
    "es": [" 😅 ", " | ", " / ", "\n", " y ", " luego ", " 👉 ", "..."],
    "fr": [" 😊 ", " | ", " / ", "\n", " et ", " puis ", " ➡️ ", "..."],
    "de": [" 😬 ", " | ", " / ", "\n", " und ", " dann ", " 👉 ", "..."],
    "pt": [" 😉 ", " | ", " / ", "\n", " e ", " depois ", " 👉 ", "..."],
}
AT_DOT = {
    "en": [(" at ", " dot "), ("(at)", "(dot)"), (" [at] ", " [dot] "), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        ("(arroba)", "(punto)"),
        (" at ", " punto "),
        (" [arroba] ", " [punto] "),
    ],
    "fr": [
        (" arobase ", " point "),
        ("(at)", "(point)"),
        (" at ", " point "),
        (" [arobase] ", " [point] "),
    ],
    "de": [(" at ", " punkt "), ("(at)", "(punkt)"), (" [at] ", " [punkt] "), (" ät ", " punkt ")],
    "pt": [
        (" arroba ", " ponto "),
        ("(arroba)", "(ponto)"),
        (" at ", " ponto "),
        (" [arroba] ", " [ponto] "),
    ],
}

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
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}
GROUPABLE = DIGIT_ONLY | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "CREDIT_DEBIT_EXPIRY",
}
REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-CA": "CA",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def families_for(vtype: str) -> list[str]:
    if vtype == "EMAIL":
        return ["plain", "email_obfuscated"]
    if vtype in DIGIT_ONLY:
        return ["plain", "spaced_or_dashed", "split_by_noise", "letter_digits", "spelled_out"]
    if vtype in GROUPABLE:
        return (
            ["plain", "spaced_or_dashed", "split_by_noise"]
            if vtype != "CREDIT_DEBIT_EXPIRY"
            else ["plain"]
        )
    return ["plain"]


def _chunks(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def groups(vtype: str, value: str, locale: str, rng: random.Random) -> list[str]:
    """The groups a person writes the value in (used for spacing, noise and multi-message splits)."""
    if vtype == "PHONE":
        region = REGION[locale]
        num = phonenumbers.parse(value, region)
        fmt = rng.choice(
            [phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL]
        )
        text = phonenumbers.format_number(num, fmt)
        return [g for g in re.split(r"[ \-()]+", text) if g]
    if vtype == "CREDIT_DEBIT_NUMBER":
        return _chunks(value, [4, 6, 5] if len(value) == 15 else [4, 4, 4, 4])
    if vtype == "SSN":
        return _chunks(value, [3, 2, 4])
    if vtype == "BR_CPF":
        return _chunks(value, [3, 3, 3, 2])
    if vtype == "BR_CNPJ":
        return _chunks(value, [2, 3, 3, 4, 2])
    if vtype == "FR_NIR":
        return _chunks(value, [1, 2, 2, 2, 3, 3, 2])
    if vtype == "MX_CLABE":
        return _chunks(value, [3, 3, 4, 4, 4])
    if vtype == "ES_DNI":
        return [value[:8], value[8:]]
    if vtype == "ES_NIE":
        return [value[0], value[1:8], value[8]]
    if vtype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return _chunks(value, [4] * 9)
    if len(value) <= 4:
        return list(value)  # short codes are spaced digit by digit: "4 8 2 9"
    size = 3 if len(value) in (6, 9) else 4 if len(value) >= 8 else 2
    return _chunks(value, [size] * 10)


def join_groups(vtype: str, gs: list[str], rng: random.Random) -> str:
    if vtype == "BR_CPF":
        return f"{gs[0]}.{gs[1]}.{gs[2]}-{gs[3]}" if len(gs) == 4 else " ".join(gs)
    if vtype == "BR_CNPJ":
        return f"{gs[0]}.{gs[1]}.{gs[2]}/{gs[3]}-{gs[4]}" if len(gs) == 5 else " ".join(gs)
    if vtype == "PHONE" and gs[0].startswith("+"):
        return " ".join(gs)
    return rng.choice([" ", "-", " ", "  ", ".", " - "]).join(gs)


def _expiry(value: str, lang: str, rng: random.Random) -> str:
    mm, yy = value[:2], value[2:]
    month = MONTHS[lang][int(mm) - 1]
    return rng.choice(
        [
            f"{mm}/{yy}",
            f"{mm}/20{yy}",
            f"{mm}{yy}",
            f"{mm}-{yy}",
            f"{int(mm)}/{yy}",
            f"{month} {yy}",
            f"{month} 20{yy}",
            f"{mm} {yy}",
            f"{month.capitalize()}/{yy}",
        ]
    )


def _phone_plain(value: str, locale: str, rng: random.Random) -> str:
    num = phonenumbers.parse(value, REGION[locale])
    if rng.random() < 0.3:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", national)


def render(vtype: str, value: str, family: str, lang: str, locale: str, rng: random.Random) -> str:
    if vtype == "CREDIT_DEBIT_EXPIRY":
        return _expiry(value, lang, rng)
    if family == "email_obfuscated":
        at, dot = rng.choice(AT_DOT[lang])
        user, domain = value.split("@")
        return user + at + domain.replace(".", dot)
    if vtype == "PHONE" and family in ("plain", "letter_digits", "spelled_out"):
        base = (
            _phone_plain(value, locale, rng)
            if family != "spelled_out"
            else re.sub(
                r"\D",
                "",
                phonenumbers.format_number(
                    phonenumbers.parse(value, REGION[locale]),
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                ),
            )
        )
    else:
        base = value
    if family == "plain":
        text = base
        if (
            vtype in ("SWIFT_CODE", "ES_DNI", "ES_NIE", "MX_CURP", "MX_RFC", "PASSPORT_NUMBER")
            and rng.random() < 0.3
        ):
            text = text.lower()
        return text
    if family == "spaced_or_dashed":
        return join_groups(vtype, groups(vtype, value, locale, rng), rng)
    if family == "split_by_noise":
        gs = groups(vtype, value, locale, rng)
        sep = rng.choice(NOISE[lang])
        return sep.join(gs)
    if family == "letter_digits":
        spaced = rng.random() < 0.5
        src = join_groups(vtype, groups(vtype, value, locale, rng), rng) if spaced else base
        out = []
        for ch in src:
            if ch == "0" and rng.random() < 0.6:
                out.append(rng.choice("Oo"))
            elif ch == "1" and rng.random() < 0.6:
                out.append("l")
            else:
                out.append(ch)
        text = "".join(out)
        if text == src:
            i = max(src.find("0"), src.find("1"))
            text = src[:i] + ("O" if src[i] == "0" else "l") + src[i + 1 :]
        return text
    if family == "spelled_out":
        words = DIGIT_WORDS[lang]
        sep = rng.choice([" ", " ", ", ", "-", " "])
        return sep.join(words[int(c)] for c in base)
    raise ValueError(family)


def can_render(vtype: str, value: str, family: str) -> bool:
    if family == "letter_digits":
        return vtype in DIGIT_ONLY and ("0" in value or "1" in value)
    if family == "spelled_out":
        return vtype in DIGIT_ONLY and len(value) <= 12
    return family in families_for(vtype)


def _word_digits(text: str, lang: str) -> str:
    table = {w: str(i) for i, w in enumerate(DIGIT_WORDS[lang])}
    table.update(DIGIT_VARIANTS[lang])
    out = []
    for tok in re.split(r"[\s,\-]+", text.lower()):
        if tok in table:
            out.append(table[tok])
        elif tok:
            out.append(tok)
    return "".join(out)


def decode(vtype: str, text: str, family: str, lang: str, locale: str) -> str:
    """Recover the canonical value from a rendered span (or the joined parts of a multi-message group)."""
    t = text
    if vtype == "EMAIL":
        for at, dot in AT_DOT[lang]:
            t = t.replace(at, "@").replace(dot, ".")
        return t.strip().lower()
    if vtype in ("PASSWORD", "USERNAME", "IP_ADDRESS"):
        return t
    if vtype == "CREDIT_DEBIT_EXPIRY":
        low = t.lower()
        for i, m in enumerate(MONTHS[lang]):
            if low.startswith(m):
                low = f"{i + 1:02d}" + low[len(m) :]
                break
        d = re.sub(r"\D", "", low)
        if "/" in t and len(t.split("/")[0]) == 1:
            d = "0" + d
        if len(d) == 6:
            d = d[:2] + d[4:]
        return d
    if family == "spelled_out":
        t = _word_digits(t, lang)
    if family == "letter_digits":
        t = t.replace("O", "0").replace("o", "0").replace("l", "1")
    if family == "split_by_noise":
        for n in NOISE[lang]:
            t = t.replace(n, " ")
    if vtype == "PHONE":
        plus = t.strip().startswith("+")
        digits = re.sub(r"\D", "", t)
        num = phonenumbers.parse(("+" if plus else "") + digits, REGION[locale])
        return str(num.national_number)
    return re.sub(r"[^0-9A-Za-z]", "", t).upper()


def canonical(vtype: str, value: str) -> str:
    if vtype in ("EMAIL",):
        return value.lower()
    if vtype in ("PASSWORD", "USERNAME", "IP_ADDRESS", "CREDIT_DEBIT_EXPIRY"):
        return value
    return value.upper()
