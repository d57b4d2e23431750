"""Render a drawn value the way a customer types it, per obfuscation family, and decode it back."""

from __future__ import annotations

import re
from random import Random
from urllib.parse import quote, unquote

from .values import Value, phone_ok

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

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "PHONE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Pairs said as one number (customers read "forty two" off a card).
TENS = {
    "en": {
        2: "twenty",
        3: "thirty",
        4: "forty",
        5: "fifty",
        6: "sixty",
        7: "seventy",
        8: "eighty",
        9: "ninety",
    },
    "es": {
        3: "treinta",
        4: "cuarenta",
        5: "cincuenta",
        6: "sesenta",
        7: "setenta",
        8: "ochenta",
        9: "noventa",
    },
    "pt": {
        2: "vinte",
        3: "trinta",
        4: "quarenta",
        5: "cinquenta",
        6: "sessenta",
        7: "setenta",
        8: "oitenta",
        9: "noventa",
    },
}
PAIR_JOIN = {"en": " ", "es": " y ", "pt": " e "}
NOISE_SYMBOLS = [" | ", " / ", "/", " 💳 ", " 🙏 ", "\n", " - ", "...", " ✅ ", " , ", " 👉 "]
NOISE_WORDS = {
    "en": [" and ", " then ", " space "],
    "es": [" y ", " luego ", " espacio "],
    "fr": [" et ", " puis ", " espace "],
    "de": [" und ", " dann ", " leer "],
    "pt": [" e ", " depois ", " espaço "],
}
AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)"), (" at ", " punto ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("[at]", "[point]")],
    "de": [(" Klammeraffe ", " Punkt "), (" (at) ", " (punkt) "), (" at ", " punkt ")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" at ", " ponto ")],
}
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": ["jan", "feb", "märz", "apr", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}
KV_KEYS = {
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID=", "aws_access_key_id = ", "AccessKeyId: "],
    "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = ", "SecretAccessKey: "],
    "PASSWORD": ["PASSWORD=", "db_pass=", "SMTP_PASSWORD="],
}
PCT_URL = {
    "EMAIL": [
        "https://accounts.example.com/reset?email=",
        "https://shop.example.net/unsubscribe?u=",
        "https://example.org/login?next=home&email=",
    ],
    "PHONE": [
        "https://wa.example.com/send?phone=",
        "https://app.example.com/verify?tel=",
        "https://example.net/callback?num=",
    ],
}

# Which families a type may be rendered in, and the default draw when a template names none.
ALLOWED = {t: {"plain", "multi_message", "context_only"} for t in DIGIT_TYPES}
for _t in DIGIT_TYPES:
    ALLOWED[_t] |= {"spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"}
ALLOWED.update(
    {
        "CREDIT_DEBIT_EXPIRY": {"plain", "compact_expiry"},
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": {
            "plain",
            "spaced_or_dashed",
            "iban_broken",
            "multi_message",
            "split_by_noise",
        },
        "EMAIL": {"plain", "email_spelled", "percent_encoded"},
        "PASSWORD": {"plain", "url_credentials", "key_value_secret", "context_only"},
        "AWS_ACCESS_KEY": {"plain", "key_value_secret"},
        "AWS_SECRET_KEY": {"plain", "key_value_secret"},
        "USERNAME": {"plain", "context_only"},
        "IP_ADDRESS": {"plain"},
        "MAC_ADDRESS": {"plain"},
        "SWIFT_CODE": {"plain", "spaced_or_dashed"},
        "PASSPORT_NUMBER": {"plain", "context_only"},
        "DRIVER_ID": {"plain", "context_only"},
        "UK_NATIONAL_INSURANCE_NUMBER": {"plain", "spaced_or_dashed"},
        "ES_DNI": {"plain", "spaced_or_dashed"},
        "ES_NIE": {"plain", "spaced_or_dashed"},
        "MX_CURP": {"plain", "spaced_or_dashed"},
        "MX_RFC": {"plain", "spaced_or_dashed"},
    }
)
ALLOWED["PHONE"] |= {"percent_encoded"}


def default_families(t: str) -> list[str]:
    return ["plain", "plain", "spaced_or_dashed"] if "spaced_or_dashed" in ALLOWED[t] else ["plain"]


def _sep_join(rng: Random, groups: list[str]) -> str:
    sep = rng.choice([" ", " ", "-", "."])
    return sep.join(groups)


def spaced(v: Value, rng: Random) -> str:
    t, c = v.type, v.canon
    official = {
        "BR_CPF": lambda: f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}",
        "BR_CNPJ": lambda: f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}",
        "SSN": lambda: f"{c[:3]}-{c[3:5]}-{c[5:]}",
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: f"{c[:3]}-{c[3:5]}-{c[5:]}",
        "ES_DNI": lambda: f"{c[:8]}-{c[8]}",
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: " ".join(v.groups),
        "PHONE": lambda: (
            v.extra["intl"] if v.extra["intl"].replace(" ", "") == v.canon else v.extra["nat"]
        ),
    }
    if t in official and rng.random() < 0.6:
        out = official[t]()
        if re.sub(r"[^0-9A-Za-z]", "", out) == re.sub(r"[^0-9A-Za-z]", "", v.canon):
            return out
    return _sep_join(rng, v.groups)


def spell_digits(s: str, lang: str, rng: Random) -> str:
    words = DIGIT_WORDS[lang]
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if (
            ch.isdigit()
            and i + 1 < len(s)
            and s[i + 1].isdigit()
            and lang in TENS
            and rng.random() < 0.25
            and int(ch) in TENS[lang]
            and s[i + 1] != "0"
        ):
            out.append(TENS[lang][int(ch)] + PAIR_JOIN[lang] + words[int(s[i + 1])])
            i += 2
            continue
        out.append(words[int(ch)] if ch.isdigit() else ch)
        i += 1
    return " ".join(out)


def spelled(v: Value, lang: str, rng: Random) -> str:
    groups = v.groups if len(v.groups) > 1 else [v.canon]
    parts = []
    for k, g in enumerate(groups):
        keep_digits = len(groups) > 2 and k == len(groups) - 1 and rng.random() < 0.4
        parts.append(g if keep_digits else spell_digits(g, lang, rng))
    return rng.choice([", ", " ", " - "]).join(parts)


def substituted(v: Value, rng: Random) -> str:
    s = _sep_join(rng, v.groups) if rng.random() < 0.5 else v.canon
    idx = [i for i, ch in enumerate(s) if ch in "01"]
    chosen = set(rng.sample(idx, max(1, len(idx) // 2)))
    table = {"0": "Oo", "1": "lI"}
    return "".join(rng.choice(table[ch]) if i in chosen else ch for i, ch in enumerate(s))


def noisy(v: Value, lang: str, rng: Random) -> str:
    groups = (
        v.groups
        if len(v.groups) > 1
        else [v.canon[: len(v.canon) // 2], v.canon[len(v.canon) // 2 :]]
    )
    pool = NOISE_SYMBOLS + (NOISE_WORDS[lang] if v.type in DIGIT_TYPES else [])
    out = groups[0]
    for g in groups[1:]:
        out += rng.choice(pool) + g
    return out


def iban_broken(v: Value, rng: Random) -> str:
    c, out, i = v.canon, [], 0
    while i < len(c):
        n = rng.choice([4, 4, 4, 2, 3, 6])
        out.append(c[i : i + n])
        i += n
    s = out[0]
    for g in out[1:]:
        s += rng.choice([" ", " ", "-", "\n", "  ", " - "]) + g
    return s


def expiry_text(v: Value, lang: str, rng: Random, compact: bool) -> str:
    mm, yy = v.extra["mm"], v.extra["yy"]
    if compact:
        return rng.choice([f"{mm:02d}{yy:02d}", f"{mm:02d}20{yy:02d}"])
    m = MONTHS[lang][mm - 1]
    return rng.choice(
        [
            f"{mm:02d}/{yy:02d}",
            f"{mm}/{yy:02d}",
            f"{mm:02d}/20{yy}",
            f"{mm:02d}-{yy:02d}",
            f"{m} {yy:02d}",
            f"{m.capitalize()} 20{yy}",
            f"{m}/{yy:02d}",
        ]
    )


def email_spelled(v: Value, lang: str, rng: Random) -> str:
    at, dot = rng.choice(AT_DOT[lang])
    local, dom = v.canon.split("@")
    if rng.random() < 0.5:
        local = local.replace(".", dot)
    return (local + at + dom.replace(".", dot)).strip()


def render(v: Value, fam: str, lang: str, rng: Random, before: str) -> tuple[str, str, str]:
    """Return (prefix, value text, suffix); the PII span is the value text only."""
    t = v.type
    if fam in ("plain", "context_only", "url_credentials"):
        if t == "CREDIT_DEBIT_EXPIRY":
            return "", expiry_text(v, lang, rng, False), ""
        return "", v.display, ""
    if fam == "spaced_or_dashed":
        return "", spaced(v, rng), ""
    if fam == "split_by_noise":
        return "", noisy(v, lang, rng), ""
    if fam == "letter_substitution":
        return "", substituted(v, rng), ""
    if fam == "spelled_out":
        return "", spelled(v, lang, rng), ""
    if fam == "email_spelled":
        return "", email_spelled(v, lang, rng), ""
    if fam == "percent_encoded":
        raw = v.canon if t == "EMAIL" else v.extra["e164"]
        enc = quote(raw, safe="")
        return ("" if before.endswith("=") else rng.choice(PCT_URL[t])), enc, ""
    if fam == "key_value_secret":
        return ("" if before.rstrip().endswith(("=", ":")) else rng.choice(KV_KEYS[t])), v.canon, ""
    if fam == "compact_expiry":
        return "", expiry_text(v, lang, rng, True), ""
    if fam == "iban_broken":
        return "", iban_broken(v, rng), ""
    raise ValueError(fam)


def parts_for_multi(v: Value, n: int, rng: Random) -> list[str]:
    """Split a value into n consecutive messages, on its natural groups."""
    groups = list(v.groups)
    while len(groups) < n:
        k = max(range(len(groups)), key=lambda i: len(groups[i]))
        g = groups[k]
        groups[k : k + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    bounds = [0] + cuts + [len(groups)]
    sep = rng.choice([" ", " ", ""])
    return [sep.join(groups[a:b]) for a, b in zip(bounds, bounds[1:])]


# ------------------------------------------------------------------------------------ decoding
def _alnum(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s)


def decode(text: str, fam: str, lang: str, t: str) -> str:
    """Undo an obfuscation, to check that the rendered text still means the value."""
    s = text
    if fam == "percent_encoded":
        return unquote(s)
    if fam == "email_spelled":
        for at, dot in sorted(AT_DOT[lang], key=lambda p: p[0].strip().isalpha()):
            for word, sym in ((at.strip(), "@"), (dot.strip(), ".")):
                pat = (
                    re.escape(word)
                    if not word.isalpha()
                    else rf"(?<![\w.]){re.escape(word)}(?![\w.])"
                )
                s = re.sub(pat, sym, s)
        return s.replace(" ", "")
    if fam == "letter_substitution":
        s = s.translate(str.maketrans("OolI", "0011"))
    if fam == "spelled_out":
        for tens_d, tens_w in TENS.get(lang, {}).items():
            for d, w in enumerate(DIGIT_WORDS[lang]):
                s = re.sub(rf"\b{tens_w}{re.escape(PAIR_JOIN[lang])}{w}\b", f"{tens_d}{d}", s)
        for d, w in enumerate(DIGIT_WORDS[lang]):
            s = re.sub(rf"(?<!\w){w}(?!\w)", str(d), s)
    if fam == "split_by_noise":
        for w in NOISE_WORDS[lang]:
            s = s.replace(w, " ")
    return _alnum(s)


def decodes_back(v: Value, text: str, fam: str, lang: str) -> bool:
    t = v.type
    if t == "CREDIT_DEBIT_EXPIRY":
        s = text.lower()
        mm = next((i + 1 for i, m in enumerate(MONTHS[lang]) if s.startswith(m)), None)
        d = re.sub(r"\D", "", s)
        if mm is None:
            mm, d = (
                int(d[:2]) if len(d) in (4, 6) else int(d[:1]),
                d[2:] if len(d) in (4, 6) else d[1:],
            )
        return mm == v.extra["mm"] and d[-2:] == f"{v.extra['yy']:02d}"
    got = decode(text, fam, lang, t)
    if t == "PHONE":
        return phone_ok(got, v)
    if t == "EMAIL":
        return (got if fam in ("email_spelled", "percent_encoded") else text) == v.canon
    return _alnum(got).upper() == _alnum(v.canon).upper()
