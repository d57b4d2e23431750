"""Render a canonical value in one obfuscation family, and decode it back.

`render` returns segments: (text, label) where label is None for surrounding
structure (URL scheme, KEY=, host) and (type, family) for the PII part.
`decode` turns a rendered span back into the comparison key of the value.
"""

from __future__ import annotations

import random
import re
import string
from urllib.parse import quote, unquote

from . import values as V

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Spellings without accents, and "oh" for zero, as people type them.
EXTRA_WORDS = {
    "oh": 0,
    "zero": 0,
    "zéro": 0,
    "zero,": 0,
    "tres": 3,
    "fuenf": 5,
    "funf": 5,
    "tres.": 3,
}
AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), (" arroba ", "."), ("(arroba)", "(punto)")],
    "fr": [(" arobase ", " point "), (" arobase ", "."), ("(at)", "[point]")],
    "de": [(" Klammeraffe ", " Punkt "), (" (at) ", " (punkt) "), ("[at]", "[dot]")],
    "pt": [(" arroba ", " ponto "), (" arroba ", "."), ("(arroba)", "(ponto)")],
}
NOISE = {
    "en": [" 🙂 ", " | ", " / ", "\n", " and ", " then ", " 👉 ", " .. "],
    "es": [" 🙂 ", " | ", " / ", "\n", " y ", " luego ", " 👉 ", " ... "],
    "fr": [" 🙂 ", " | ", " / ", "\n", " et ", " puis ", " 👉 ", " ... "],
    "de": [" 🙂 ", " | ", " / ", "\n", " und ", " dann ", " 👉 ", " ... "],
    "pt": [" 🙂 ", " | ", " / ", "\n", " e ", " depois ", " 👉 ", " ... "],
}
MONTHS = {
    "en": ["jan", "feb", "march", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"],
    "es": [
        "enero",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "jun",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
    ],
    "fr": [
        "janv",
        "février",
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
        "Jan",
        "Februar",
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
        "ago",
        "set",
        "out",
        "nov",
        "dez",
    ],
}

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

SHAPELESS = {
    "PIN",
    "CREDIT_DEBIT_CVV",
    "PASSWORD",
    "USERNAME",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "BANK_ACCOUNT_NUMBER",
}
NUMERIC = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "BR_CPF",
    "BR_CNPJ",
    "MX_CLABE",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "ES_DNI",
    "BANK_ROUTING",
}

# Families a slot may draw when the template does not force one (weights).
FREE = {t: [("plain", 6)] for t in V.DRAW}
for t in NUMERIC:
    FREE[t] = [
        ("plain", 5),
        ("spaced_or_dashed", 3),
        ("split_by_noise", 2),
        ("letter_substitution", 1),
    ]
for t in [
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "SSN",
    "BR_CPF",
    "PT_NIF",
    "DE_TAX_ID",
    "ES_DNI",
]:
    FREE[t].append(("spelled_out", 1))
for t in ["PIN", "CREDIT_DEBIT_CVV"]:
    FREE[t] = [
        ("plain", 5),
        ("spelled_out", 2),
        ("letter_substitution", 1),
        ("spaced_or_dashed", 1),
    ]
for t in ["MX_CURP", "MX_RFC", "UK_NATIONAL_INSURANCE_NUMBER", "ES_NIE", "PASSPORT_NUMBER"]:
    FREE[t] = [("plain", 5), ("spaced_or_dashed", 2)]
FREE["EMAIL"] = [("plain", 5), ("email_spelled", 3)]
FREE["CREDIT_DEBIT_EXPIRY"] = [("plain", 5), ("compact_expiry", 3), ("spaced_or_dashed", 1)]
FREE["INTERNATIONAL_BANK_ACCOUNT_NUMBER"] = [
    ("plain", 3),
    ("spaced_or_dashed", 3),
    ("iban_broken", 3),
    ("split_by_noise", 1),
    ("letter_substitution", 1),
]
# Structural families (a URL, a KEY= line) are only drawn where the template says so, or by {any}.
STRUCTURAL = {
    "EMAIL": ["percent_encoded"],
    "PHONE": ["percent_encoded"],
    "PASSWORD": ["url_credentials", "key_value_secret"],
    "USERNAME": ["url_credentials"],
    "AWS_ACCESS_KEY": ["key_value_secret"],
    "AWS_SECRET_KEY": ["key_value_secret"],
}

MULTI_TYPES = [
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "DE_TAX_ID",
    "SSN",
]


def families_of(t: str) -> list[str]:
    fs = {f for f, _ in FREE[t]} | set(STRUCTURAL.get(t, []))
    if t in MULTI_TYPES:
        fs.add("multi_message")
    return sorted(fs)


def family_name(t: str, f: str) -> str:
    return "context_only" if f == "plain" and t in SHAPELESS else f


def pick_family(rng: random.Random, t: str) -> str:
    fs, ws = zip(*FREE[t])
    return rng.choices(fs, ws)[0]


def _alnum(v: str) -> str:
    return "".join(c for c in v if c.isalnum())


def groups(v: str, t: str, rng: random.Random) -> list[str]:
    a = _alnum(v)
    plus = v.strip().startswith("+")
    if t == "SSN" or t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        g = [a[:3], a[3:5], a[5:]]
    elif t == "CREDIT_DEBIT_NUMBER" and len(a) == 15:
        g = [a[:4], a[4:10], a[10:]]
    elif t == "UK_NATIONAL_INSURANCE_NUMBER":
        g = [a[:2], a[2:4], a[4:6], a[6:8], a[8:]]
    elif t == "BR_CPF":
        g = [a[:3], a[3:6], a[6:9], a[9:]]
    elif len(a) <= 6:
        g = [a[: len(a) // 2], a[len(a) // 2 :]]
    else:
        size = (
            rng.choice([3, 4])
            if t not in ("CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER")
            else 4
        )
        g = [a[i : i + size] for i in range(0, len(a), size)]
    if plus:
        g[0] = "+" + g[0]
    return [x for x in g if x]


def has_swappable(t: str, value: str) -> bool:
    body = value[4:] if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER" else value[1:]
    return any(c in "01" for c in body)


def substitute(rng: random.Random, s: str) -> str:
    """Swap some 0 -> O/o and 1 -> l/I inside digit runs (at least one swap)."""
    idx = [i for i, c in enumerate(s) if c in "01" and i > 0]
    if not idx:
        return s
    chosen = set(rng.sample(idx, max(1, min(len(idx), rng.randint(1, 3)))))
    out = []
    for i, c in enumerate(s):
        if i in chosen:
            out.append(rng.choice("Oo") if c == "0" else rng.choice("lI"))
        else:
            out.append(c)
    return "".join(out)


def spell(rng: random.Random, s: str, lang: str, mixed: bool) -> str:
    w = DIGIT_WORDS[lang]
    parts = []
    for g in s.split(" "):
        if mixed and rng.random() < 0.4:
            parts.append(g)
        else:
            parts.append(" ".join(w[int(c)] if c.isdigit() else c for c in g))
    return rng.choice([" ", ", "]).join(parts) if not mixed else " ".join(parts)


def render(
    rng: random.Random, t: str, f: str, value: str, lang: str
) -> list[tuple[str, tuple[str, str] | None]]:
    lab = (t, family_name(t, f))
    if f == "plain":
        if t == "CREDIT_DEBIT_EXPIRY" and rng.random() < 0.35:
            m, y = value.split("/")
            return [(f"{MONTHS[lang][int(m) - 1]} {rng.choice(['', '20'])}{y}", lab)]
        if t == "CREDIT_DEBIT_EXPIRY" and rng.random() < 0.3:
            m, y = value.split("/")
            return [(f"{m}/20{y}", lab)]
        return [(value, lab)]
    if f == "spaced_or_dashed":
        if t == "CREDIT_DEBIT_EXPIRY":
            m, y = value.split("/")
            return [(f"{m} {rng.choice(['/', '-', '.'])} {y}", lab)]
        sep = rng.choice([" ", " ", "-", ".", "  "])
        return [(sep.join(groups(value, t, rng)), lab)]
    if f == "split_by_noise":
        g = groups(value, t, rng)
        noise = NOISE[lang]
        out = g[0]
        for x in g[1:]:
            out += rng.choice(noise) + x
        return [(out, lab)]
    if f == "letter_substitution":
        base = value if rng.random() < 0.5 else " ".join(groups(value, t, rng))
        if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return [(base[:4] + substitute(rng, base[4:]), lab)]
        out = substitute(rng, base)
        if out == base:
            raise ValueError("letter_substitution needs a 0 or 1 after the first character")
        return [(out, lab)]
    if f == "spelled_out":
        a = _alnum(value)
        if len(a) <= 6:
            return [(spell(rng, a, lang, mixed=False), lab)]
        g = groups(value, t, rng)
        g = [x.lstrip("+") for x in g]
        return [(spell(rng, " ".join(g), lang, mixed=True), lab)]
    if f == "email_spelled":
        user, dom = value.split("@")
        at, dot = rng.choice(AT_DOT[lang])
        dom_s = dom.replace(".", dot) if rng.random() < 0.7 else dom
        user_s = user.replace(".", dot) if rng.random() < 0.3 else user
        return [((user_s + at + dom_s).strip(), lab)]
    if f == "percent_encoded":
        if t == "EMAIL":
            host = rng.choice(
                [
                    "https://account.example.com/reset?email=",
                    "https://tienda.example.es/pedido?mail=",
                    "https://login.example.fr/?user=",
                    "https://konto.example.de/verify?e=",
                    "https://loja.example.com.br/recuperar?email=",
                ]
            )
            return [
                (host, None),
                (quote(value, safe=""), lab),
                (rng.choice(["&lang=en", "", "&src=app"]), None),
            ]
        e164 = "+" + _alnum(value) if value.startswith("+") else None
        if e164 is None:
            e164 = V.phonenumbers.format_number(
                _parse_any(value), V.phonenumbers.PhoneNumberFormat.E164
            )
        return [
            (
                rng.choice(
                    [
                        "https://wa.example.com/send?phone=",
                        "https://m.example.com/callback?tel=",
                        "https://app.example.net/verify?msisdn=",
                    ]
                ),
                None,
            ),
            (quote(e164, safe=""), lab),
        ]
    if f == "url_credentials":
        scheme = rng.choice(["ftp", "https", "sftp", "postgres", "imap", "mysql"])
        host = rng.choice(
            [
                "files.example.com",
                "db.internal.example",
                "mail.example.org",
                "nas.casa.example",
                "portal.example.net",
            ]
        )
        user = value if t == "USERNAME" else V.username(rng, "en-US")
        pw = value if t == "PASSWORD" else V.password(rng, "en-US")
        pw_q = quote(pw, safe="!*")
        return [
            (scheme + "://", None),
            (quote(user, safe=""), ("USERNAME", "url_credentials")),
            (":", None),
            (pw_q, ("PASSWORD", "url_credentials")),
            ("@" + host + rng.choice(["", "/", "/inbox"]), None),
        ]
    if f == "key_value_secret":
        key = {
            "AWS_ACCESS_KEY": rng.choice(
                ["AWS_ACCESS_KEY_ID=", "aws_access_key_id = ", "AccessKeyId: "]
            ),
            "AWS_SECRET_KEY": rng.choice(
                ["AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = ", "SecretAccessKey: "]
            ),
            "PASSWORD": rng.choice(
                ["DB_PASSWORD=", "password=", "PASS=", "SMTP_PASSWORD=", "pwd: "]
            ),
        }[t]
        return [(key, None), (value, lab)]
    if f == "compact_expiry":
        m, y = value.split("/")
        return [(m + rng.choice([y, y, "20" + y]), lab)]
    if f == "iban_broken":
        g = groups(value, t, rng)
        out = g[0]
        for x in g[1:]:
            out += rng.choice([" ", "-", "\n", " - ", "  ", " ", "\n"]) + x
        return [(out, lab)]
    raise ValueError(f)


def _parse_any(value: str):
    for r in ["US", "GB", "ES", "MX", "BR", "FR", "DE", "PT"]:
        try:
            p = V.phonenumbers.parse(value, r)
        except V.phonenumbers.NumberParseException:
            continue
        if V.phonenumbers.is_valid_number(p):
            return p
    raise ValueError("phone")


def split_multi(rng: random.Random, t: str, value: str, parts: int) -> list[str]:
    """Split a value into `parts` texts at group boundaries (for multi_message)."""
    g = groups(value, t, rng)
    if len(g) < parts:
        a = _alnum(value)
        step = -(-len(a) // parts)
        g = [a[i : i + step] for i in range(0, len(a), step)]
    cuts = sorted(rng.sample(range(1, len(g)), parts - 1))
    bounds = [0] + cuts + [len(g)]
    return [" ".join(g[bounds[i] : bounds[i + 1]]) for i in range(parts)]


# ---------------------------------------------------------------- decoding
def key(t: str, value: str) -> str:
    if t == "EMAIL":
        return value.lower()
    if t == "CREDIT_DEBIT_EXPIRY":
        m, y = value.split("/")
        return m + y[-2:]
    if t == "PHONE":
        return _alnum(value)[-7:]
    return _alnum(value).upper()


def decode(t: str, f: str, text: str, lang: str) -> str:
    s = text
    if f == "percent_encoded" or f == "url_credentials":
        s = unquote(s)
    if f == "email_spelled":
        for at, dot in sorted(AT_DOT[lang], key=lambda p: -len(p[0].strip())):
            s = s.replace(at, "@").replace(dot, ".")
        s = s.replace(" ", "")
        return s.lower()
    if t == "CREDIT_DEBIT_EXPIRY":
        low = s.lower()
        for i, m in enumerate(MONTHS[lang]):
            if low.startswith(m.lower()):
                return f"{i + 1:02d}" + _alnum(s)[-2:]
        a = _alnum(s)
        return a[:2] + a[-2:]
    if f == "spelled_out":
        words = {w: i for i, w in enumerate(DIGIT_WORDS[lang])}
        out = []
        for tok in re.split(r"[\s,]+", s):
            if tok in words:
                out.append(str(words[tok]))
            else:
                out.append(tok)
        s = "".join(out)
    if f == "letter_substitution":
        head, rest = ("", s)
        if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            head, rest = s[:4], s[4:]
        if t in ("ES_DNI",):
            rest, tail = rest[:-1], rest[-1]
        else:
            tail = ""
        s = head + rest.translate(str.maketrans("OolI", "0011")) + tail
    if f == "split_by_noise":
        for n in NOISE[lang]:
            if n.strip():
                s = s.replace(n, " ")
        s = s.replace("\n", " ")
    if t == "EMAIL":
        return s.lower()
    return key(t, s)
