"""Render a canonical value in one obfuscation family, and decode it back (an independent check).

`render` returns (before, span, after): only `span` is labelled; `before`/`after` are scaffolding
(a URL, a `KEY=`), never holding digits.
"""

from __future__ import annotations

import random
import re
import urllib.parse

import phonenumbers

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
DIGITAL = ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"]
ALLOWED = {
    "CREDIT_DEBIT_NUMBER": DIGITAL,
    "CREDIT_DEBIT_CVV": ["context_only", "spelled_out"],
    "CREDIT_DEBIT_EXPIRY": ["plain", "compact_expiry"],
    "PIN": ["context_only", "spelled_out", "spaced_or_dashed"],
    "BANK_ACCOUNT_NUMBER": DIGITAL,
    "BANK_ROUTING": DIGITAL,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["plain", "spaced_or_dashed", "iban_broken"],
    "SWIFT_CODE": ["plain"],
    "EMAIL": ["plain", "email_spelled", "percent_encoded"],
    "PHONE": DIGITAL + ["percent_encoded"],
    "SSN": DIGITAL,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["plain", "spaced_or_dashed", "letter_substitution"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["plain", "spaced_or_dashed"],
    "PASSPORT_NUMBER": ["context_only", "plain"],
    "DRIVER_ID": ["context_only", "plain"],
    "PASSWORD": ["context_only", "url_credentials", "key_value_secret"],
    "USERNAME": ["context_only"],
    "IP_ADDRESS": ["plain"],
    "MAC_ADDRESS": ["plain"],
    "AWS_ACCESS_KEY": ["plain", "key_value_secret"],
    "AWS_SECRET_KEY": ["key_value_secret", "plain"],
    "ES_DNI": ["plain", "spaced_or_dashed"],
    "ES_NIE": ["plain", "spaced_or_dashed"],
    "MX_CURP": ["plain"],
    "MX_RFC": ["plain"],
    "MX_CLABE": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution"],
    "BR_CPF": DIGITAL,
    "BR_CNPJ": ["plain", "spaced_or_dashed", "letter_substitution"],
    "FR_NIR": ["plain", "spaced_or_dashed", "spelled_out"],
    "DE_TAX_ID": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution"],
    "PT_NIF": DIGITAL,
}
MM_TYPES = [
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "SSN",
]

GROUPS = {
    "CREDIT_DEBIT_NUMBER": {16: [4, 4, 4, 4], 15: [4, 6, 5]},
    "SSN": [3, 2, 4],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [3, 2, 4],
    "MX_CLABE": [3, 3, 11, 1],
    "BR_CPF": [3, 3, 3, 2],
    "BR_CNPJ": [2, 3, 3, 4, 2],
    "FR_NIR": [1, 2, 2, 2, 3, 3, 2],
    "DE_TAX_ID": [2, 3, 3, 3],
    "PT_NIF": [3, 3, 3],
    "ES_DNI": [8, 1],
    "ES_NIE": [1, 7, 1],
    "UK_NATIONAL_INSURANCE_NUMBER": [2, 2, 2, 2, 1],
}
NATURAL = {
    "SSN": "-",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": "-",
    "BR_CPF": "..-",
    "BR_CNPJ": "../-",
    "ES_DNI": "-",
    "ES_NIE": "--",
    "UK_NATIONAL_INSURANCE_NUMBER": "    ",
    "FR_NIR": " ",
    "MX_CLABE": " ",
}

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
ALT_WORDS = {
    "oh": "0",
    "o": "0",
    "zwo": "2",
    "fuenf": "5",
    "tres": "3",
    "meia": "6",
    "zero": "0",
    "zéro": "0",
    "une": "1",
    "huit": "8",
}
NOISE = {
    "en": [" then ", " and ", " ok "],
    "es": [" y ", " luego ", " despues "],
    "fr": [" puis ", " et ", " ensuite "],
    "de": [" dann ", " und ", " danach "],
    "pt": [" e ", " depois ", " aí "],
}
NOISE_SYM = [" 🙂 ", " | ", "|", " / ", "/", "\n", " 👉 ", " ... ", " 😅 ", " ✅ ", " -- "]
AT_DOT = {
    "en": [(" at ", " dot "), ("(at)", "(dot)"), (" [at] ", " [dot] "), ("[at]", "[dot]")],
    "es": [(" arroba ", " punto "), (" arroba ", "."), ("(arroba)", "(punto)")],
    "fr": [(" arobase ", " point "), (" arobase ", "."), (" at ", " point ")],
    "de": [(" Klammeraffe ", " Punkt "), ("(at)", "(punkt)"), (" at ", " punkt ")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" arroba ", ".")],
}


def split_groups(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def groups_for(t: str, v: str) -> list[str]:
    g = GROUPS.get(t)
    if isinstance(g, dict):
        g = g.get(len(v))
    if t == "BANK_ROUTING" and len(v) == 6:
        g = [2, 2, 2]
    if not g:
        g = [4] * (len(v) // 4 + 1) if len(v) > 6 else [2] * (len(v) // 2 + 1)
    return split_groups(v, g)


def phone_region(v: str) -> str:
    return phonenumbers.region_code_for_number(phonenumbers.parse(v))


def phone_digits(r: random.Random, v: str) -> str:
    """A phone as the customer would start from: international or national, digits only but a '+'."""
    num = phonenumbers.parse(v)
    if r.random() < 0.5:
        return v
    return re.sub(
        r"\D", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    )


def render(r: random.Random, t: str, fam: str, v: str, lang: str) -> tuple[str, str, str]:
    if t == "PHONE":
        return _render_phone(r, fam, v, lang)
    if t == "CREDIT_DEBIT_EXPIRY":
        mm, yy = v[:2], v[2:]
        if fam == "compact_expiry":
            return "", mm + r.choice([yy, "20" + yy]), ""
        return (
            "",
            r.choice(["%s/%s", "%s/20%s", "%s-%s", "%s / %s", "%s.20%s", "%s/%s"]) % (mm, yy),
            "",
        )
    if fam in ("plain", "context_only"):
        if t in NATURAL and r.random() < 0.5:
            seps, g = NATURAL[t], groups_for(t, v)
            return (
                "",
                "".join(
                    x + (seps[min(i, len(seps) - 1)] if i < len(g) - 1 else "")
                    for i, x in enumerate(g)
                ),
                "",
            )
        if t == "BANK_ROUTING" and len(v) == 6:
            return "", "-".join(groups_for(t, v)), ""
        return "", v, ""
    if fam == "spaced_or_dashed":
        sep = r.choice([" ", "-", ".", " - ", "  ", " "])
        return "", sep.join(groups_for(t, v)), ""
    if fam == "iban_broken":
        g = split_groups(v, [4] * 9)
        out = g[0]
        for x in g[1:]:
            out += r.choice([" ", "-", "\n", " \n", "  ", " - ", " "]) + x
        return "", out, ""
    if fam == "split_by_noise":
        g = groups_for(t, v)
        pool = NOISE_SYM + NOISE[lang]
        out = g[0]
        for x in g[1:]:
            out += r.choice(pool) + x
        return "", out, ""
    if fam == "letter_substitution":
        return "", _subst(r, " ".join(groups_for(t, v)) if r.random() < 0.4 else v), ""
    if fam == "spelled_out":
        return "", _spell(r, v, lang), ""
    if fam == "email_spelled":
        at, dot = r.choice(AT_DOT[lang])
        local, dom = v.split("@")
        s = local.replace(".", dot) + at + dom.replace(".", dot)
        return "", s.strip(), ""
    if fam == "percent_encoded":
        pre = r.choice(
            [
                "https://portal.example.com/reset?email=",
                "https://app.example.net/login?user=",
                "http://tienda.example/recuperar?correo=",
                "https://example.org/unsubscribe?e=",
            ]
        )
        return (
            pre,
            urllib.parse.quote(v, safe=""),
            r.choice(["", "&lang=es", "&src=fb", "&ref=mail"]),
        )
    if fam == "url_credentials":
        pre = (
            r.choice(["ftp://", "https://", "sftp://", "imap://", "smb://"])
            + r.choice(["admin", "tienda", "backup", "jdoe", "loja", "user", "compta"])
            + ":"
        )
        return (
            pre,
            v,
            "@"
            + r.choice(["files.example.com", "nas.local", "mail.example.net", "srv.example.org"])
            + r.choice(["", "/backup", ":ftp"]).replace(":ftp", ""),
        )
    if fam == "key_value_secret":
        key = {
            "PASSWORD": [
                "PASSWORD=",
                "DB_PASSWORD=",
                "pass=",
                "SMTP_PASS=",
                "password = ",
                'PWD="',
            ],
            "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID=", "aws_access_key_id = ", "AccessKeyId: "],
            "AWS_SECRET_KEY": [
                "AWS_SECRET_ACCESS_KEY=",
                "aws_secret_access_key = ",
                'SECRET_KEY="',
            ],
        }[t]
        k = r.choice(key)
        return k, v, '"' if k.endswith('"') else ""
    raise ValueError((t, fam))


def _render_phone(r, fam, v, lang):
    num = phonenumbers.parse(v)
    if fam == "plain":
        f = r.choice(
            [
                phonenumbers.PhoneNumberFormat.E164,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
            ]
        )
        return "", phonenumbers.format_number(num, f), ""
    if fam == "percent_encoded":
        pre = r.choice(
            [
                "https://wa.example/send?phone=",
                "https://example.com/callback?tel=",
                "https://loja.example/contato?fone=",
            ]
        )
        return pre, urllib.parse.quote(v, safe=""), r.choice(["", "&text=hola", "&src=fb"])
    d = phone_digits(r, v)
    if fam == "spelled_out":  # said aloud, people give the national number
        d = re.sub(
            r"\D", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
    plus = d.startswith("+")
    core = d.lstrip("+")
    g = split_groups(core, [2, 3, 3, 4] if plus else [3, 3, 4])
    if fam == "spaced_or_dashed":
        s = r.choice(["-", ".", " ", " - "]).join(g)
    elif fam == "split_by_noise":
        pool = NOISE_SYM + NOISE[lang]
        s = g[0] + "".join(r.choice(pool) + x for x in g[1:])
    elif fam == "letter_substitution":
        s = _subst(r, " ".join(g))
    elif fam == "spelled_out":
        s = _spell(r, core, lang)
    else:
        raise ValueError(fam)
    return "", ("+" + s if plus else s), ""


def _subst(r, s):
    out = []
    for c in s:
        if c == "0" and r.random() < 0.75:
            out.append(r.choice("OOo"))
        elif c == "1" and r.random() < 0.75:
            out.append(r.choice("lI"))
        else:
            out.append(c)
    return "".join(out)


def _spell(r, digits_: str, lang: str):
    words = WORDS[lang]
    mix = r.random() < 0.3
    sep = r.choice([" ", " ", ", ", "-", " "])
    toks = [c if (mix and r.random() < 0.4) else words[int(c)] for c in digits_]
    if lang == "en" and r.random() < 0.3:
        toks = ["oh" if t == "zero" else t for t in toks]
    if lang == "pt" and r.random() < 0.3:
        toks = ["meia" if t == "seis" else t for t in toks]
    s = sep.join(toks)
    return s.capitalize() if r.random() < 0.15 else s


# ---------------------------------------------------------------- decoding (the check)


def _unspell(s: str) -> str:
    rev = {w: str(i) for ws in WORDS.values() for i, w in enumerate(ws)}
    rev.update(ALT_WORDS)
    out = []
    for tok in re.findall(r"[^\W\d_]+|\d", s):
        tok = tok.lower()
        out.append(tok if tok.isdigit() else rev[tok])
    return "".join(out)


AT_RE = re.compile(
    r"\s*[\(\[]\s*(?:at|arroba|arobase|klammeraffe)\s*[\)\]]\s*|\s+(?:at|arroba|arobase|klammeraffe)\s+",
    re.I,
)
DOT_RE = re.compile(
    r"\s*[\(\[]\s*(?:dot|punto|point|punkt|ponto)\s*[\)\]]\s*|\s+(?:dot|punto|point|punkt|ponto)\s+",
    re.I,
)


def decode(t: str, fam: str, span: str, region: str | None = None) -> str:
    """Recover the canonical value from a rendered span, without knowing how it was rendered."""
    if fam == "percent_encoded":
        return urllib.parse.unquote(span)
    if fam in ("url_credentials", "key_value_secret") or t in (
        "EMAIL",
        "PASSWORD",
        "USERNAME",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
    ):
        if fam == "email_spelled":
            return DOT_RE.sub(".", AT_RE.sub("@", span))
        return span
    if fam == "spelled_out":
        s = _unspell(span)
    elif fam == "letter_substitution":
        s = re.sub(r"[^0-9+]", "", span.translate(str.maketrans("OolI", "0011")))
    elif fam == "split_by_noise":
        s = re.sub(r"[^0-9+]", "", span)
    else:
        s = re.sub(r"[^0-9A-Za-z+]", "", span).upper()
    if t == "PHONE":
        return phonenumbers.format_number(
            phonenumbers.parse(s, region), phonenumbers.PhoneNumberFormat.E164
        )
    if t == "CREDIT_DEBIT_EXPIRY":
        return s[:2] + s[-2:]
    return s


def mm_parts(r: random.Random, t: str, v: str, k: int) -> list[str]:
    """One value cut into 2-3 parts, as typed across consecutive messages."""
    base = phone_digits(r, v) if t == "PHONE" else v
    n = len(base)
    cuts = (
        sorted(r.sample(range(3, n - 2), k - 1)) if k == 3 else [n // 2 + r.choice([-1, 0, 0, 1])]
    )
    if t in ("CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER") and r.random() < 0.7:
        cuts = [8] if k == 2 else [4, 8 + 4 * r.randint(0, 1)]
    parts, prev = [], 0
    for c in cuts + [n]:
        parts.append(base[prev:c])
        prev = c
    out = []
    for p in parts:
        if len(p) > 5 and r.random() < 0.5:
            p = " ".join(split_groups(p, [4] * 8))
        out.append(p)
    return out


def decode_mm(t: str, parts: list[str], region: str | None) -> str:
    s = "".join(re.sub(r"[^0-9A-Za-z+]", "", p) for p in parts).upper()
    if t == "PHONE":
        return phonenumbers.format_number(
            phonenumbers.parse(s, region), phonenumbers.PhoneNumberFormat.E164
        )
    return s
