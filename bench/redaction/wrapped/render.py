"""Render a canonical value the way a customer types it, family by family.

A rendering is a list of segments ``(text, etype)``; ``etype`` is None for surrounding text
(URL prefixes, ``KEY=``), so spans cover the value only. ``decode`` turns the rendered value
back into the canonical one and the generator refuses any rendering that does not round-trip.
"""

from __future__ import annotations

import random
import re
import urllib.parse

import phonenumbers

from . import values as V

Seg = tuple[str, str | None]

DIGITY = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "SSN",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "PIN",
    "CREDIT_DEBIT_CVV",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "ES_DNI",
}
ALL = set(V.TYPES)
FAMILY_TYPES: dict[str, set[str]] = {
    "plain": ALL,
    "spaced_or_dashed": {
        "CREDIT_DEBIT_NUMBER",
        "BANK_ACCOUNT_NUMBER",
        "PHONE",
        "SSN",
        "MX_CLABE",
        "BR_CPF",
        "BR_CNPJ",
        "FR_NIR",
        "DE_TAX_ID",
        "PT_NIF",
        "ES_DNI",
        "ES_NIE",
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "MX_CURP",
        "AWS_ACCESS_KEY",
    },
    "split_by_noise": {
        "CREDIT_DEBIT_NUMBER",
        "BANK_ACCOUNT_NUMBER",
        "PHONE",
        "SSN",
        "MX_CLABE",
        "BR_CPF",
        "DE_TAX_ID",
        "PT_NIF",
        "FR_NIR",
        "BR_CNPJ",
    },
    "letter_substitution": {
        "CREDIT_DEBIT_NUMBER",
        "BANK_ACCOUNT_NUMBER",
        "PHONE",
        "SSN",
        "PIN",
        "MX_CLABE",
        "BR_CPF",
        "DE_TAX_ID",
        "PT_NIF",
        "CREDIT_DEBIT_CVV",
    },
    "spelled_out": {
        "PIN",
        "CREDIT_DEBIT_CVV",
        "PHONE",
        "SSN",
        "BANK_ACCOUNT_NUMBER",
        "CREDIT_DEBIT_NUMBER",
        "PT_NIF",
        "BR_CPF",
        "DE_TAX_ID",
    },
    "email_spelled": {"EMAIL"},
    "percent_encoded": {"EMAIL", "PHONE"},
    "url_credentials": {"PASSWORD"},
    "key_value_secret": {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD", "PIN", "USERNAME"},
    "compact_expiry": {"CREDIT_DEBIT_EXPIRY"},
    "iban_broken": {"INTERNATIONAL_BANK_ACCOUNT_NUMBER"},
    "context_only": {
        "PIN",
        "CREDIT_DEBIT_CVV",
        "PASSWORD",
        "USERNAME",
        "BANK_ACCOUNT_NUMBER",
        "DRIVER_ID",
        "PASSPORT_NUMBER",
    },
    "multi_message": {
        "CREDIT_DEBIT_NUMBER",
        "BANK_ACCOUNT_NUMBER",
        "PHONE",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "MX_CLABE",
        "BR_CPF",
        "DE_TAX_ID",
    },
}
FAMILIES = list(FAMILY_TYPES)

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
NOISE_WORDS = {
    "en": ["then", "and"],
    "es": ["luego", "y", "despues"],
    "fr": ["puis", "et"],
    "de": ["dann", "und"],
    "pt": ["depois", "e"],
}
NOISE = [" 👉 ", " | ", "/", " / ", "\n", " 🔹 ", "💳", " ➡️ ", "|", " ✨ "]
EMAIL_WORDS = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), (" arroba ", "."), ("(arroba)", "(punto)")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("[at]", "[point]")],
    "de": [(" Klammeraffe ", " Punkt "), (" at ", " punkt "), ("(at)", "(punkt)")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" arroba ", ".")],
}
URL_PREFIX = [
    "https://www.example.com/account/recover?email=",
    "https://shop.example.es/perfil?correo=",
    "http://portal.example.de/login?user=",
    "https://suporte.example.com.br/abrir?contato=",
    "https://example.fr/desabonnement?adresse=",
    "https://app.example.net/verify?phone=",
    "https://links.example.org/track?to=",
]
URL_SCHEMES = ["ftp", "sftp", "https", "postgres", "mysql", "rtsp", "smb", "imap"]
URL_HOSTS = [
    "files.example.com",
    "camara-casa.example.net",
    "nas.local",
    "db.example.org",
    "backup.example.de",
    "mail.example.fr",
    "servidor.example.com.br",
]
KV_KEYS = {
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "AccessKeyId"],
    "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "SecretAccessKey"],
    "PASSWORD": ["DB_PASSWORD", "password", "PASS", "SMTP_PASSWORD", "pwd", "MYSQL_ROOT_PASSWORD"],
    "PIN": ["PIN", "pin_code", "SIM_PIN"],
    "USERNAME": ["USER", "username", "DB_USER", "login"],
}


def compact(etype: str, value: str) -> str:
    """The alphanumeric string a digit-grouping family splits (phones: national digits)."""
    if etype == "PHONE":
        n = phonenumbers.parse(value, None)
        return (
            phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
            .replace(" ", "")
            .replace("-", "")
            .replace("(", "")
            .replace(")", "")
        )
    return re.sub(r"[^0-9A-Za-z]", "", value)


def groups(rng: random.Random, s: str, etype: str) -> list[str]:
    if etype == "CREDIT_DEBIT_NUMBER" and len(s) == 16:
        sizes = [4, 4, 4, 4]
    elif etype == "CREDIT_DEBIT_NUMBER":
        sizes = [4, 6, 5]
    elif etype in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER") and len(s) == 9:
        sizes = [3, 2, 4]
    elif etype == "BR_CPF":
        sizes = [3, 3, 3, 2]
    else:
        sizes = []
        left = len(s)
        step = rng.choice([2, 3, 4])
        while left > 0:
            sizes.append(min(step, left))
            left -= step
        if len(sizes) > 1 and sizes[-1] == 1:
            sizes[-2] += 1
            sizes.pop()
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return out


def plain(rng: random.Random, etype: str, value: str) -> str:
    if etype == "PHONE":
        n = phonenumbers.parse(value, None)
        fmt = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.E164,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
            ]
        )
        return phonenumbers.format_number(n, fmt)
    if etype == "CREDIT_DEBIT_EXPIRY":
        mm, yy = value[:2], value[2:]
        return rng.choice(
            [f"{mm}/{yy}", f"{mm}/20{yy}", f"{int(mm)}/{yy}", f"{mm}-{yy}", f"{mm} / {yy}"]
        )
    if etype in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER") and rng.random() < 0.7:
        return f"{value[:3]}-{value[3:5]}-{value[5:]}"
    if etype == "BR_CPF" and rng.random() < 0.6:
        return f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"
    if etype == "BR_CNPJ" and rng.random() < 0.6:
        return f"{value[:2]}.{value[2:5]}.{value[5:8]}/{value[8:12]}-{value[12:]}"
    if etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER" and rng.random() < 0.4:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    if etype == "MAC_ADDRESS" and rng.random() < 0.4:
        return value.upper().replace(":", rng.choice(["-", ":"]))
    if etype == "UK_NATIONAL_INSURANCE_NUMBER" and rng.random() < 0.3:
        return value.lower()
    return value


def spell(rng: random.Random, lang: str, s: str) -> str:
    words = DIGIT_WORDS[lang]
    gs = [s[i : i + 3] for i in range(0, len(s), 3)]
    mixed = rng.random() < 0.35 and len(gs) > 1
    out = []
    for g in gs:
        if mixed and rng.random() < 0.5:
            out.append(g)
        else:
            out.append(" ".join(words[int(c)] for c in g))
    return rng.choice([" ", ", ", " "]).join(out)


def unspell(lang: str, s: str) -> str:
    m = {w: str(i) for i, w in enumerate(DIGIT_WORDS[lang])}
    return "".join(m.get(t, t) for t in re.split(r"[\s,]+", s) if t)


def render(
    rng: random.Random, lang: str, etype: str, family: str, value: str
) -> tuple[list[Seg], str]:
    """Return segments and the canonical value the rendered span must decode to."""
    if family in ("plain", "context_only"):
        return [(plain(rng, etype, value), etype)], value
    if family == "spaced_or_dashed":
        sep = rng.choice([" ", " ", "-", ".", "  ", " - "])
        return [(sep.join(groups(rng, compact(etype, value), etype)), etype)], value
    if family == "split_by_noise":
        noise = NOISE + [f" {w} " for w in NOISE_WORDS[lang]]
        sep = rng.choice(noise)
        return [(sep.join(groups(rng, compact(etype, value), etype)), etype)], value
    if family == "letter_substitution":
        s = compact(etype, value)
        sub = {"0": "Oo", "1": "lI"}
        chars = list(s)
        idx = [i for i, c in enumerate(chars) if c in sub]
        pick = [i for i in idx if rng.random() < 0.6] or idx[:1]
        for i in pick:
            chars[i] = rng.choice(sub[chars[i]])
        t = "".join(chars)
        if len(t) > 8 and rng.random() < 0.5:
            t = " ".join(groups(rng, t, etype))
        return [(t, etype)], value
    if family == "spelled_out":
        return [(spell(rng, lang, compact(etype, value)), etype)], value
    if family == "email_spelled":
        at, dot = rng.choice(EMAIL_WORDS[lang])
        local, dom = value.split("@")
        if rng.random() < 0.5:
            local = local.replace(".", dot)
        return [(local + at + dom.replace(".", dot), etype)], value
    if family == "percent_encoded":
        prefix = rng.choice(URL_PREFIX)
        enc = urllib.parse.quote(value, safe="")
        tail = rng.choice(["", "&src=chat", "&lang=" + lang])
        return [(prefix, None), (enc, etype), (tail, None)], value
    if family == "url_credentials":
        user = V.username(rng)
        return [
            (rng.choice(URL_SCHEMES) + "://", None),
            (user, "USERNAME"),
            (":", None),
            (value, etype),
            ("@" + rng.choice(URL_HOSTS) + rng.choice(["", "/", "/share"]), None),
        ], value
    if family == "key_value_secret":
        key = rng.choice(KV_KEYS[etype])
        q = rng.choice(["", "", '"', "'"])
        pre = rng.choice(["", "", "export "])
        eq = rng.choice(["=", "=", " = "])
        return [(pre + key + eq + q, None), (value, etype), (q, None)], value
    if family == "compact_expiry":
        return [(value, etype)], value
    if family == "iban_broken":
        s = value
        out, i = [], 0
        while i < len(s):
            n = rng.choice([4, 4, 4, 2, 3, 6])
            out.append(s[i : i + n])
            i += n
        sep = rng.choice([" ", "-", "\n", "  ", " \n", " - "])
        t = out[0]
        for g in out[1:]:
            t += (sep if rng.random() < 0.8 else rng.choice([" ", "-", "\n"])) + g
        return [(t, etype)], value
    raise ValueError(family)


def split_parts(rng: random.Random, etype: str, value: str, k: int) -> list[str]:
    """Split a value across k consecutive messages, on group boundaries."""
    gs = groups(rng, compact(etype, value), etype)
    while len(gs) < k:
        j = max(range(len(gs)), key=lambda i: len(gs[i]))
        g = gs[j]
        gs[j : j + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
    cuts = sorted(rng.sample(range(1, len(gs)), k - 1))
    parts, prev = [], 0
    for c in cuts + [len(gs)]:
        parts.append(" ".join(gs[prev:c]))
        prev = c
    return parts


def decode(lang: str, etype: str, family: str, text: str) -> str:
    """Canonical value of a rendered span (multi_message: of the joined parts)."""
    if family == "percent_encoded":
        return urllib.parse.unquote(text)
    if family == "email_spelled":
        for at, dot in EMAIL_WORDS[lang]:
            t = text.replace(at, "@").replace(dot, ".")
            if t.count("@") == 1 and " " not in t:
                return t
        return text
    t = text
    if family == "spelled_out":
        t = unspell(lang, t)
    if family == "split_by_noise":
        for n in NOISE + [f" {w} " for w in NOISE_WORDS[lang]]:
            t = t.replace(n, "") if n.strip() and not n.strip().isalpha() else t
        for w in NOISE_WORDS[lang]:
            t = t.replace(f" {w} ", "")
    if family == "letter_substitution":
        t = t.translate(str.maketrans("OolI", "0011"))
    if family in ("plain", "context_only", "key_value_secret", "url_credentials", "compact_expiry"):
        if etype == "CREDIT_DEBIT_EXPIRY":
            d = re.findall(r"\d+", t)
            return t if len(d) == 1 else f"{int(d[0]):02d}{d[1][-2:]}"
        if etype == "PHONE":
            return re.sub(r"[^0-9+]", "", t)
        if etype in (
            "SSN",
            "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            "BR_CPF",
            "BR_CNPJ",
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        ):
            return re.sub(r"[^0-9A-Z]", "", t)
        if etype == "MAC_ADDRESS":
            return t.lower().replace("-", ":")
        if etype == "UK_NATIONAL_INSURANCE_NUMBER":
            return t.upper()
        return t
    s = re.sub(r"[^0-9A-Za-z]", "", t)
    return s


def matches(etype: str, canonical: str, decoded: str, region: str | None) -> bool:
    """A phone given in national digits decodes through its own region."""
    if etype == "PHONE" and not decoded.startswith("+"):
        n = phonenumbers.parse(decoded, region)
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) == canonical
    return decoded == canonical or decoded == compact(etype, canonical)
