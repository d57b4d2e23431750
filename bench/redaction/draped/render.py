"""Render a drawn value in one obfuscation family, and decode it back for validation.

render() returns (text, spans) where spans are (type, family, start, end) relative to text:
most families give one span; url_credentials gives user and password; multi_message is
handled by split_parts().
"""

from __future__ import annotations

import random
import re
import urllib.parse

import phonenumbers

from .values import Value

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
    "CREDIT_DEBIT_EXPIRY",
}
LONG_DIGIT = DIGIT_TYPES - {"CREDIT_DEBIT_CVV", "PIN", "CREDIT_DEBIT_EXPIRY"}

FAMILIES = {  # families each type is rendered in (multi_message comes from template slots)
    "CREDIT_DEBIT_NUMBER": [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
    ],
    "CREDIT_DEBIT_CVV": ["context_only", "spelled_out", "letter_substitution"],
    "CREDIT_DEBIT_EXPIRY": ["plain", "compact_expiry", "spelled_out"],
    "PIN": ["context_only", "spelled_out", "letter_substitution", "split_by_noise"],
    "BANK_ACCOUNT_NUMBER": [
        "context_only",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
    ],
    "BANK_ROUTING": ["plain", "spaced_or_dashed", "letter_substitution"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "plain",
        "iban_broken",
        "spaced_or_dashed",
        "split_by_noise",
    ],
    "SWIFT_CODE": ["plain", "spaced_or_dashed"],
    "EMAIL": ["plain", "email_spelled", "percent_encoded"],
    "PHONE": [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "spelled_out",
        "percent_encoded",
        "letter_substitution",
    ],
    "SSN": ["plain", "spaced_or_dashed", "split_by_noise", "spelled_out", "letter_substitution"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["plain", "spaced_or_dashed", "split_by_noise"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["plain", "spaced_or_dashed"],
    "PASSPORT_NUMBER": ["plain", "context_only", "spaced_or_dashed"],
    "DRIVER_ID": ["plain", "spaced_or_dashed"],
    "PASSWORD": ["context_only", "url_credentials", "key_value_secret", "percent_encoded"],
    "USERNAME": ["context_only", "url_credentials"],
    "IP_ADDRESS": ["plain"],
    "MAC_ADDRESS": ["plain"],
    "AWS_ACCESS_KEY": ["plain", "key_value_secret"],
    "AWS_SECRET_KEY": ["key_value_secret", "plain"],
    "ES_DNI": ["plain", "spaced_or_dashed", "letter_substitution"],
    "ES_NIE": ["plain", "spaced_or_dashed"],
    "MX_CURP": ["plain", "spaced_or_dashed"],
    "MX_RFC": ["plain", "spaced_or_dashed"],
    "MX_CLABE": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution"],
    "BR_CPF": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"],
    "BR_CNPJ": ["plain", "spaced_or_dashed", "split_by_noise"],
    "FR_NIR": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution"],
    "DE_TAX_ID": ["plain", "spaced_or_dashed", "split_by_noise", "spelled_out"],
    "PT_NIF": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"],
}
MULTI_TYPES = [
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "SSN",
    "DE_TAX_ID",
    "PT_NIF",
    "FR_NIR",
]

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
ALT_WORDS = {
    "en": {"oh": 0},
    "es": {"zero": 0, "sero": 0},
    "fr": {"zero": 0},
    "de": {"zwo": 2, "funf": 5, "fuenf": 5},
    "pt": {"meia": 6, "tres": 3, "hum": 1},
}
EMAIL_WORDS = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        (" arroba ", " . "),
        ("(arroba)", "(punto)"),
        (" at ", " dot "),
    ],
    "fr": [
        (" arobase ", " point "),
        (" arobase ", "."),
        ("(at)", "(point)"),
        (" a commercial ", " point "),
    ],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" at ", " punkt "),
        ("(at)", "(punkt)"),
        ("[at]", "[punkt]"),
    ],
    "pt": [(" arroba ", " ponto "), (" arroba ", "."), ("(arroba)", "(ponto)"), (" at ", " dot ")],
}
NOISE = {
    "en": [" | ", " / ", " 🙂 ", " - ", "\n", " then ", " ... ", " 👉 ", " and "],
    "es": [" | ", " / ", " 😅 ", " y ", "\n", " luego ", " ... ", " 👉 "],
    "fr": [" | ", " / ", " 😉 ", " puis ", "\n", " et ", " ... ", " ➡️ "],
    "de": [" | ", " / ", " 😬 ", " dann ", "\n", " und ", " ... ", " 👉 "],
    "pt": [" | ", " / ", " 😂 ", " e ", "\n", " depois ", " ... ", " 👉 "],
}
SYMBOL_NOISE = [" | ", " / ", " 🙂 ", "\n", " ... ", " 👉 ", " // "]
KV_KEYS = {
    "PASSWORD": ["DB_PASSWORD", "PASSWORD", "password", "SMTP_PASS", "pwd", "APP_SECRET"],
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "AccessKeyId"],
    "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "SecretAccessKey"],
}
HOSTS = [
    "ftp.shop.example",
    "db.internal.example",
    "nas.home.example",
    "mail.example.org",
    "portal.tienda.example",
    "cam.local",
]


def groups(v: Value) -> list[str]:
    """Split the canonical value into the groups a customer would type."""
    c = v.canon
    if v.type == "PHONE":
        num = phonenumbers.parse(c, None)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        gs = re.findall(r"\d+", nat)
        return gs if len(gs) > 1 else [gs[0][: len(gs[0]) // 2], gs[0][len(gs[0]) // 2 :]]
    if v.type == "CREDIT_DEBIT_NUMBER" and len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if v.type in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return [c[:3], c[3:5], c[5:]]
    if v.type == "BR_CPF":
        return [c[:3], c[3:6], c[6:9], c[9:]]
    if v.type == "BR_CNPJ":
        return [c[:2], c[2:5], c[5:8], c[8:12], c[12:]]
    if v.type == "FR_NIR":
        return [c[:1], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13], c[13:]]
    if v.type == "MX_CLABE":
        return [c[:3], c[3:6], c[6:17], c[17:]]
    if v.type == "UK_NATIONAL_INSURANCE_NUMBER":
        return [c[:2], c[2:4], c[4:6], c[6:8], c[8:]]
    if v.type == "ES_DNI":
        return [c[:2], c[2:5], c[5:8], c[8:]]
    if v.type == "ES_NIE":
        return [c[:1], c[1:8], c[8:]]
    if v.type == "MX_CURP":
        return [c[:4], c[4:10], c[10:16], c[16:]]
    if v.type == "MX_RFC":
        return [c[:4], c[4:10], c[10:]]
    if v.type == "SWIFT_CODE":
        return [c[:4], c[4:6], c[6:8]] + ([c[8:]] if len(c) > 8 else [])
    if v.type == "DE_TAX_ID":
        return [c[:2], c[2:5], c[5:8], c[8:]]
    if v.type == "BANK_ROUTING" and len(c) == 6:
        return [c[:2], c[2:4], c[4:]]
    if v.type == "BANK_ROUTING" and len(c) == 5:
        return [c[:4], c[4:]]
    n = 4 if len(c) >= 8 else 3 if len(c) > 4 else 2
    return [c[i : i + n] for i in range(0, len(c), n)]


def _subst(rng: random.Random, s: str) -> str:
    out = list(s)
    idx = [i for i, ch in enumerate(s) if ch in "01"]
    rng.shuffle(idx)
    for i in idx[: max(1, rng.randint(1, 3))]:
        out[i] = rng.choice("Oo") if s[i] == "0" else rng.choice("lI")
    return "".join(out)


def _spell(rng: random.Random, digits: str, lang: str, mixed: bool) -> str:
    words = DIGIT_WORDS[lang]
    toks = []
    for ch in digits:
        if ch.isdigit():
            toks.append(ch if (mixed and rng.random() < 0.35) else words[int(ch)])
        else:
            toks.append(ch)
    return " ".join(toks)


def render(
    rng: random.Random, v: Value, family: str, lang: str
) -> tuple[str, list[tuple[str, str, int, int]]]:
    t = v.type
    whole = lambda s: (s, [(t, family, 0, len(s))])  # noqa: E731
    if family in ("plain", "context_only"):
        return whole(v.text)
    if family == "compact_expiry":
        return whole(v.canon)
    if family in ("spaced_or_dashed", "iban_broken"):
        gs = (
            groups(v)
            if family == "spaced_or_dashed"
            else [v.canon[i : i + 4] for i in range(0, len(v.canon), 4)]
        )
        if family == "iban_broken":
            s = gs[0]
            for g in gs[1:]:
                s += rng.choice([" ", "  ", "-", "\n", " - ", " ", ""]) + g
            return whole(s)
        sep = rng.choice([" ", "-", ".", " - ", "  "])
        s = sep.join(gs)
        if t == "PHONE" and v.canon.startswith("+") and rng.random() < 0.5:
            cc = str(phonenumbers.parse(v.canon, None).country_code)
            s = (
                "+"
                + cc
                + sep
                + sep.join(
                    re.findall(
                        r"\d+",
                        phonenumbers.format_number(
                            phonenumbers.parse(v.canon, None),
                            phonenumbers.PhoneNumberFormat.NATIONAL,
                        ),
                    )
                )
            )
            s = s.replace(sep + "(", sep)
        return whole(s)
    if family == "split_by_noise":
        gs = groups(v)
        pool = NOISE[lang] if (t in DIGIT_TYPES) else SYMBOL_NOISE
        s = gs[0]
        for g in gs[1:]:
            s += rng.choice(pool) + g
        return whole(s)
    if family == "letter_substitution":
        base = v.text if rng.random() < 0.5 else v.canon
        if t == "PHONE":
            base = phonenumbers.format_number(
                phonenumbers.parse(v.canon, None), phonenumbers.PhoneNumberFormat.NATIONAL
            )
        if "0" not in base and "1" not in base:
            base = v.canon
        return whole(_subst(rng, base) if ("0" in base or "1" in base) else base)
    if family == "spelled_out":
        if t == "PHONE":
            digits = "".join(
                re.findall(
                    r"\d",
                    phonenumbers.format_number(
                        phonenumbers.parse(v.canon, None), phonenumbers.PhoneNumberFormat.NATIONAL
                    ),
                )
            )
        elif t == "CREDIT_DEBIT_EXPIRY":
            digits = v.canon[:2] + "/" + v.canon[2:]
        else:
            digits = v.canon
        return whole(_spell(rng, digits, lang, mixed=rng.random() < 0.4))
    if family == "email_spelled":
        at, dot = rng.choice(EMAIL_WORDS[lang])
        local, dom = v.canon.split("@")
        s = local.replace(".", dot) + at + dom.replace(".", dot)
        return whole(s.strip())
    if family == "percent_encoded":
        if t == "EMAIL":
            enc = urllib.parse.quote(v.canon, safe="")
            pre = rng.choice(
                [
                    "https://shop.example/account/reset?email=",
                    "https://app.example.com/login?user=",
                    "https://tienda.example/unsubscribe?e=",
                    "mailto:",
                ]
            )
        elif t == "PHONE":
            enc = urllib.parse.quote(v.canon, safe="")
            pre = rng.choice(
                [
                    "https://wa.me/send?phone=",
                    "https://portal.example/verify?tel=",
                    "https://m.example/callback?n=",
                ]
            )
        else:
            enc = urllib.parse.quote(v.canon, safe="")
            pre = rng.choice(
                ["https://router.example/cgi?pwd=", "https://app.example.com/signin?pass="]
            )
        s = pre + enc
        return s, [(t, family, len(pre), len(s))]
    if family == "url_credentials":
        from .values import password, username

        if t == "PASSWORD":
            user = username(rng).canon
            pw = v.canon
        else:
            user = v.canon
            pw = password(rng).canon
        pw = pw.replace("@", "#").replace("/", "_").replace(":", "!")
        user = user.replace("@", "_")
        scheme = rng.choice(["ftp", "https", "sftp", "postgres", "rtsp", "smb"])
        host = rng.choice(HOSTS)
        s = f"{scheme}://{user}:{pw}@{host}"
        a = len(scheme) + 3
        return s, [
            ("USERNAME", family, a, a + len(user)),
            ("PASSWORD", family, a + len(user) + 1, a + len(user) + 1 + len(pw)),
        ]
    if family == "key_value_secret":
        key = rng.choice(KV_KEYS[t])
        sep = rng.choice(["=", "=", " = ", ": "])
        s = key + sep + v.canon
        return s, [(t, family, len(key) + len(sep), len(s))]
    raise KeyError(family)


def split_parts(rng: random.Random, v: Value, n: int) -> list[str]:
    """Split a value into n consecutive pieces at group boundaries for multi_message."""
    gs = (
        groups(v)
        if v.type != "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
        else [v.canon[i : i + 4] for i in range(0, len(v.canon), 4)]
    )
    if v.type == "PHONE" and v.canon.startswith("+") and rng.random() < 0.4:
        gs = ["+" + str(phonenumbers.parse(v.canon, None).country_code)] + gs
    while len(gs) < n:
        i = max(range(len(gs)), key=lambda k: len(gs[k]))
        g = gs[i]
        gs[i : i + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
    cuts = sorted(rng.sample(range(1, len(gs)), n - 1))
    bounds = [0] + cuts + [len(gs)]
    return [" ".join(gs[bounds[k] : bounds[k + 1]]) for k in range(n)]


def _unspell(s: str, lang: str) -> str:
    table = {w: i for i, w in enumerate(DIGIT_WORDS[lang])}
    table.update(ALT_WORDS[lang])
    out = ""
    for tok in re.split(r"[\s]+", s):
        if tok in table:
            out += str(table[tok])
        else:
            out += tok
    return out


def decode(typ: str, family: str, text: str, lang: str, region: str) -> str:
    """Recover the compact value from a rendering (used only to validate the corpus)."""
    s = text
    if family == "percent_encoded":
        s = urllib.parse.unquote(s)
    if family == "email_spelled":
        for at, dot in EMAIL_WORDS[lang]:
            if at in s:
                cand = s.replace(at, "@").replace(dot, ".")
                if cand.count("@") == 1 and " " not in cand:
                    return cand
        return s
    if family == "spelled_out":
        s = _unspell(s, lang)
    if family == "letter_substitution":
        s = s.translate(str.maketrans("OolI", "0011"))
    if family == "split_by_noise":
        for n in NOISE[lang] + SYMBOL_NOISE:
            s = s.replace(n.strip() or "\n", " ") if n.strip() else s.replace("\n", " ")
    if typ == "PHONE":
        cleaned = ("+" if s.strip().startswith("+") else "") + "".join(re.findall(r"\d", s))
        num = phonenumbers.parse(cleaned, region or None)
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if typ == "CREDIT_DEBIT_EXPIRY":
        d = "".join(re.findall(r"\d", s))
        return d[:2] + d[4:] if len(d) == 6 else d
    if typ in DIGIT_TYPES:
        return "".join(re.findall(r"\d", s))
    if typ in (
        "EMAIL",
        "PASSWORD",
        "USERNAME",
        "AWS_SECRET_KEY",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "AWS_ACCESS_KEY",
    ):
        return s
    return re.sub(r"[\s\-.|/🙂👉]", "", s)
