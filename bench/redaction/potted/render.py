"""Render a value the way a customer types it, per obfuscation family, and decode it back."""

import re

import phonenumbers
from urllib.parse import quote, unquote

from . import values

ALL = [
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "EMAIL",
    "PHONE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "PASSWORD",
    "USERNAME",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
]
DIGITY = [
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
]
FAMILIES = {
    "plain": ALL,
    "spaced_or_dashed": DIGITY
    + [
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
        "ES_DNI",
        "AWS_ACCESS_KEY",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "MX_CURP",
    ],
    "split_by_noise": DIGITY + ["INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
    "letter_substitution": DIGITY + ["PIN"],
    "spelled_out": DIGITY + ["PIN", "CREDIT_DEBIT_CVV"],
    "email_spelled": ["EMAIL"],
    "percent_encoded": ["EMAIL", "PHONE"],
    "url_credentials": ["PASSWORD"],
    "key_value_secret": ["PASSWORD", "AWS_SECRET_KEY", "AWS_ACCESS_KEY"],
    "compact_expiry": ["CREDIT_DEBIT_EXPIRY"],
    "iban_broken": ["INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
    "context_only": [
        "PIN",
        "CREDIT_DEBIT_CVV",
        "PASSWORD",
        "USERNAME",
        "BANK_ACCOUNT_NUMBER",
        "PASSPORT_NUMBER",
    ],
    "multi_message": [
        "CREDIT_DEBIT_NUMBER",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "PHONE",
        "MX_CLABE",
        "BR_CPF",
        "DE_TAX_ID",
        "BANK_ACCOUNT_NUMBER",
    ],
}
KV_KEYS = {
    "PASSWORD": ["DB_PASSWORD", "SMTP_PASS", "ADMIN_PWD"],
    "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"],
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID", "aws_access_key_id"],
}
SCHEMES = ["ftp", "https", "sftp", "smb"]
HOSTS = ["files.example.com", "nas.example.net", "backup.example.org"]
USERS = ["admin", "ana", "lukas", "soporte", "joao", "chloe"]


def norm(v):
    return re.sub(r"[^0-9A-Za-z]", "", v).upper()


def _groups(s, k):
    return [s[i : i + k] for i in range(0, len(s), k)]


def _phone_head(v):
    """Keep a phone's country code apart ("+34 "), as people do when they regroup the rest."""
    if not v.startswith("+"):
        return "", norm(v)
    cc = str(phonenumbers.parse(v, None).country_code)
    return "+" + cc + " ", norm(v)[len(cc) :]


def render(r, lang, t, fam, v):
    """Return (before, span, after) or None if the family cannot show this value."""
    if t not in FAMILIES[fam]:
        raise ValueError((t, fam))
    if fam in ("plain", "context_only"):
        return "", v, ""
    if fam == "spaced_or_dashed":
        head, rest = _phone_head(v)
        sep = r.choice([" ", "-", ".", "  ", " - "])
        return (
            "",
            head
            + sep.join(_groups(rest, r.choice([3, 4]) if t != "PHONE" else r.choice([2, 3, 4]))),
            "",
        )
    if fam in ("split_by_noise", "iban_broken"):
        gs = _groups(norm(v), 4)
        out = gs[0]
        for g in gs[1:]:
            out += (
                r.choice(lang.NOISE)
                if fam == "split_by_noise"
                else r.choice([" ", "-", "\n", "  ", " -", " "])
            ) + g
        return "", out, ""
    if fam == "letter_substitution":
        if not re.search("[01]", v):
            return None
        out, n = "", 0
        for c in v:
            if c == "0" and r.random() < 0.6:
                out, n = out + r.choice("Oo"), n + 1
            elif c == "1" and r.random() < 0.6:
                out, n = out + r.choice("lI"), n + 1
            else:
                out += c
        if n == 0:
            return None
        return "", out, ""
    if fam == "spelled_out":
        ds = re.sub(r"\D", "", v)
        parts = [lang.DIGITS[int(d)] if r.random() < 0.75 else d for d in ds]
        if all(p.isdigit() for p in parts):
            parts[0] = lang.DIGITS[int(ds[0])]
        sep = r.choice([" ", " ", ", ", "-"])
        return "", sep.join(parts), ""
    if fam == "email_spelled":
        user, dom = v.split("@")
        d = r.choice(lang.DOT)
        return "", user + r.choice(lang.AT) + dom.replace(".", d), ""
    if fam == "percent_encoded":
        if t == "EMAIL":
            return "https://account.example.com/reset?email=", quote(v, safe=""), "&step=verify"
        return (
            "https://wa.example.com/send?phone=",
            quote(v.replace(" ", "").replace("-", ""), safe=""),
            "&text=hola",
        )
    if fam == "url_credentials":
        return r.choice(SCHEMES) + "://" + r.choice(USERS) + ":", v, "@" + r.choice(HOSTS) + "/"
    if fam == "key_value_secret":
        return r.choice(KV_KEYS[t]) + "=", v, ""
    if fam == "compact_expiry":
        return "", v.replace("/", ""), ""
    raise ValueError(fam)


def split_parts(r, v, n):
    """Cut a value into n pieces typed in consecutive messages."""
    head, rest = _phone_head(v)
    gs = _groups(rest, r.choice([3, 4]))
    while len(gs) < n:
        gs = _groups(rest, len(gs[0]) - 1)
    cuts = sorted(r.sample(range(1, len(gs)), n - 1))
    bounds = [0] + cuts + [len(gs)]
    parts = [" ".join(gs[a:b]) for a, b in zip(bounds, bounds[1:])]
    parts[0] = head + parts[0]
    return parts


def decode(lang, t, fam, s):
    """Undo a family's rendering, for the self-check."""
    if fam == "split_by_noise":
        for nz in sorted(lang.NOISE, key=len, reverse=True):
            s = s.replace(nz, "")
        return norm(s)
    if fam == "letter_substitution":
        return norm(s.translate(str.maketrans("OolI", "0011")))
    if fam == "spelled_out":
        return "".join(
            str(lang.DIGITS.index(w)) if w in lang.DIGITS else w for w in re.split(r"[\s,\-]+", s)
        )
    if fam == "email_spelled":
        for a in lang.AT:
            s = s.replace(a, "@")
        for d in lang.DOT:
            s = s.replace(d, ".")
        return s
    if fam == "percent_encoded":
        return unquote(s)
    if fam == "compact_expiry":
        return s[:2] + "/" + s[2:]
    if fam in ("plain", "context_only", "url_credentials", "key_value_secret"):
        return s
    return norm(s)


def expected(t, fam, v):
    if fam in (
        "plain",
        "context_only",
        "url_credentials",
        "key_value_secret",
        "email_spelled",
        "compact_expiry",
    ):
        return v
    if fam == "percent_encoded":
        return v if t == "EMAIL" else v.replace(" ", "").replace("-", "")
    if fam == "spelled_out":
        return re.sub(r"\D", "", v)
    return norm(v)


_ = values
