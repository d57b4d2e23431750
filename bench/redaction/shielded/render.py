"""Render a canonical value the way customers type it, one obfuscation family at a time.

`render(...)` returns (before, value_text, after): only value_text is the labelled span; before and
after are non-PII text the family needs around it (a URL, a `KEY=` prefix). `decode(...)` reads a
rendered value back independently so the generator can prove the text still carries the value.
"""

from __future__ import annotations

import random
import re
import urllib.parse

import phonenumbers

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
    "meia": "6",
    "tres": "3",
    "zero": "0",
    "fuenf": "5",
    "funf": "5",
}
WORD_TO_DIGIT = {w: str(i) for ws in WORDS.values() for i, w in enumerate(ws)} | ALT_WORDS
NOISE_WORD = {
    "en": ["and", "then"],
    "es": ["y", "luego"],
    "fr": ["et", "puis"],
    "de": ["und", "dann"],
    "pt": ["e", "depois"],
}
NOISE = [" 🙂 ", " | ", " / ", "/", " 💳 ", "\n", " ✨ ", "|", " 👉 ", " ... "]
AT_DOT = {
    "en": [(" at ", " dot "), ("(at)", "(dot)"), (" [at] ", " [dot] "), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)"), (" at ", " punto ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("[at]", "[point]")],
    "de": [(" Klammeraffe ", " Punkt "), (" at ", " punkt "), ("(at)", "(punkt)")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" at ", " ponto ")],
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

COMPAT = {
    "CREDIT_DEBIT_NUMBER": [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
    ],
    "CREDIT_DEBIT_CVV": ["plain", "context_only", "spelled_out"],
    "CREDIT_DEBIT_EXPIRY": ["plain", "compact_expiry"],
    "PIN": ["plain", "context_only", "spelled_out", "letter_substitution"],
    "BANK_ACCOUNT_NUMBER": [
        "plain",
        "context_only",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
    ],
    "BANK_ROUTING": ["plain", "spaced_or_dashed"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "plain",
        "spaced_or_dashed",
        "iban_broken",
        "split_by_noise",
    ],
    "SWIFT_CODE": ["plain"],
    "EMAIL": ["plain", "email_spelled", "percent_encoded"],
    "PHONE": [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "percent_encoded",
    ],
    "SSN": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["plain", "spaced_or_dashed"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["plain", "spaced_or_dashed"],
    "PASSPORT_NUMBER": ["plain", "context_only"],
    "DRIVER_ID": ["plain", "context_only"],
    "PASSWORD": ["plain", "context_only", "url_credentials", "key_value_secret"],
    "USERNAME": ["plain", "context_only"],
    "IP_ADDRESS": ["plain"],
    "MAC_ADDRESS": ["plain"],
    "AWS_ACCESS_KEY": ["plain", "key_value_secret"],
    "AWS_SECRET_KEY": ["plain", "key_value_secret"],
    "ES_DNI": ["plain", "spaced_or_dashed"],
    "ES_NIE": ["plain", "spaced_or_dashed"],
    "MX_CURP": ["plain"],
    "MX_RFC": ["plain"],
    "MX_CLABE": ["plain", "spaced_or_dashed", "split_by_noise"],
    "BR_CPF": ["plain", "spaced_or_dashed", "letter_substitution"],
    "BR_CNPJ": ["plain", "spaced_or_dashed"],
    "FR_NIR": ["plain", "spaced_or_dashed"],
    "DE_TAX_ID": ["plain", "spaced_or_dashed"],
    "PT_NIF": ["plain", "spaced_or_dashed", "spelled_out"],
}
MULTI_OK = {
    "CREDIT_DEBIT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "SSN",
}


def _cut(v: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        if i >= len(v):
            break
        out.append(v[i : i + s])
        i += s
    if i < len(v):
        out.append(v[i:])
    return out


def groups(t: str, v: str, r: random.Random) -> list[str]:
    """The groups a customer would naturally see on the card, letter or screen."""
    if t == "CREDIT_DEBIT_NUMBER":
        return _cut(v, [4, 6, 5] if len(v) == 15 else [4, 4, 4, 4])
    if t == "PHONE":
        return national(v).split()
    sizes = {
        "SSN": [3, 2, 4],
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [3, 2, 4],
        "BR_CPF": [3, 3, 3, 2],
        "BR_CNPJ": [2, 3, 3, 4, 2],
        "FR_NIR": [1, 2, 2, 2, 3, 3, 2],
        "DE_TAX_ID": [2, 3, 3, 3],
        "PT_NIF": [3, 3, 3],
        "ES_DNI": [8, 1],
        "ES_NIE": [1, 7, 1],
        "UK_NATIONAL_INSURANCE_NUMBER": [2, 2, 2, 2, 1],
        "MX_CLABE": [3, 3, 11, 1] if r.random() < 0.4 else [4, 4, 4, 4, 2],
        "BANK_ROUTING": {9: [4, 4, 1], 6: [2, 2, 2], 8: [3, 3, 2], 4: [2, 2]}.get(len(v), [4]),
    }
    return _cut(v, sizes.get(t, [4] * 10 if len(v) > 6 else [2, 2, 2]))


def national(e164: str) -> str:
    p = phonenumbers.parse(e164)
    return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)


def plain(t: str, v: str, r: random.Random) -> str:
    if t == "PHONE":
        p = phonenumbers.parse(v)
        return r.choice(
            (
                v,
                national(v),
                phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                str(p.national_number),
            )
        )
    if t == "CREDIT_DEBIT_EXPIRY":
        return r.choice(
            (f"{v[:2]}/{v[2:]}", f"{v[:2]}/20{v[2:]}", f"{v[:2]}-{v[2:]}", f"{int(v[:2])}/{v[2:]}")
        )
    if t in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER") and r.random() < 0.7:
        return "-".join(groups(t, v, r))
    if t == "BR_CPF" and r.random() < 0.7:
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if t == "BR_CNPJ" and r.random() < 0.7:
        return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"
    if t == "BANK_ROUTING" and len(v) == 6 and r.random() < 0.7:
        return f"{v[:2]}-{v[2:4]}-{v[4:]}"
    if t in ("CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER") and r.random() < 0.5:
        return " ".join(groups(t, v, r))
    return v


def spaced(t: str, v: str, r: random.Random) -> str:
    sep = r.choice((" ", "-", ".", " - ", "  "))
    if t == "PHONE":
        p = phonenumbers.parse(v)
        nat = str(p.national_number)
        lead = r.choice(("", f"+{p.country_code} ", f"00{p.country_code} "))
        return lead + sep.join(_cut(nat, [3, 3, 3, 3] if r.random() < 0.5 else [2, 2, 2, 2, 2, 2]))
    return sep.join(groups(t, v, r))


def noise(t: str, v: str, r: random.Random, lang: str) -> str:
    gs = spaced(t, v, r).split() if t == "PHONE" else groups(t, v, r)
    gs = [g for g in gs if g not in ("-", ".")]
    seps = NOISE + [f" {w} " for w in NOISE_WORD[lang]]
    out = gs[0]
    for g in gs[1:]:
        out += r.choice(seps) + g
    return out


SUB = {"0": ("O", "o"), "1": ("l", "I")}


def letters(t: str, v: str, r: random.Random) -> str | None:
    base = (
        spaced(t, v, r)
        if r.random() < 0.5 and t != "PIN"
        else (str(phonenumbers.parse(v).national_number) if t == "PHONE" else v)
    )
    idx = [i for i, c in enumerate(base) if c in SUB]
    if not idx:
        return None
    pick = set(r.sample(idx, k=r.randint(1, min(3, len(idx)))))
    return "".join(r.choice(SUB[c]) if i in pick else c for i, c in enumerate(base))


def spelled(t: str, v: str, r: random.Random, lang: str) -> str:
    digits = str(phonenumbers.parse(v).national_number) if t == "PHONE" else v
    gs = _cut(digits, [4] * 5) if t == "CREDIT_DEBIT_NUMBER" else [digits]
    sep = r.choice((" ", " ", "-", ", "))
    keep = r.random() < 0.35 and len(gs) > 1
    parts = []
    for k, g in enumerate(gs):
        if keep and k < len(gs) - 1 and k % 2 == 0:
            parts.append(g)
        else:
            parts.append(sep.join(WORDS[lang][int(c)] for c in g))
    return " ".join(parts)


def email_spelled(v: str, r: random.Random, lang: str) -> str:
    at, dot = r.choice(AT_DOT[lang])
    local, dom = v.split("@")
    if r.random() < 0.5:
        local = local.replace(".", dot)
    return local + at + dom.replace(".", dot)


def render(t: str, fam: str, v: str, r: random.Random, lang: str) -> tuple[str, str, str] | None:
    if fam in ("plain", "context_only"):
        return "", plain(t, v, r) if fam == "plain" else v, ""
    if fam == "spaced_or_dashed":
        return "", spaced(t, v, r), ""
    if fam == "split_by_noise":
        return "", noise(t, v, r, lang), ""
    if fam == "letter_substitution":
        s = letters(t, v, r)
        return None if s is None else ("", s, "")
    if fam == "spelled_out":
        return "", spelled(t, v, r, lang), ""
    if fam == "email_spelled":
        return "", email_spelled(v, r, lang), ""
    if fam == "percent_encoded":
        enc = urllib.parse.quote(v, safe="")
        if t == "EMAIL":
            pre = r.choice(
                (
                    "https://shop.example.com/account/verify?email=",
                    "https://example.org/unsubscribe?e=",
                    "http://portal.example.net/reset?user=",
                    "https://example.com/track?contact=",
                )
            )
            return pre, enc, r.choice(("", "&lang=" + lang, "&src=messenger"))
        pre = r.choice(("https://wa.me/?phone=", "https://example.com/callback?tel=", "tel:"))
        return pre, enc, ""
    if fam == "url_credentials":
        scheme = r.choice(("ftp", "sftp", "https", "postgres", "smb", "imap"))
        user = r.choice(("admin", "tienda", "boutique", "kunde", "loja", "backup", "ana"))
        host = r.choice(("files.example.com", "nas.local", "db.example.net", "mail.example.org"))
        return f"{scheme}://{user}:", v, f"@{host}" + r.choice(("", "/", "/backup"))
    if fam == "key_value_secret":
        key = {
            "PASSWORD": ("DB_PASSWORD=", "password=", "SMTP_PASS = ", "ADMIN_PWD: "),
            "AWS_ACCESS_KEY": ("AWS_ACCESS_KEY_ID=", "aws_access_key_id = "),
            "AWS_SECRET_KEY": ("AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = ", "SECRET_KEY="),
        }[t]
        return r.choice(key), v, ""
    if fam == "compact_expiry":
        return "", v if r.random() < 0.8 else v[:2] + "20" + v[2:], ""
    if fam == "iban_broken":
        sizes = [r.choice((2, 3, 4, 5, 6)) for _ in range(12)]
        parts = _cut(v, sizes)
        out = parts[0]
        for p in parts[1:]:
            out += r.choice((" ", "-", "\n", "  ", " - ", "\n"))
            out += p
        return ("", out, "") if "\n" in out or "-" in out else ("", out.replace(" ", "\n", 1), "")
    raise KeyError(fam)


def split_multi(t: str, v: str, r: random.Random, n: int) -> list[str]:
    """Cut a value into n message parts along its groups (each part typed with spaces)."""
    if t == "PHONE":
        gs = _cut(str(phonenumbers.parse(v).national_number), [3, 3, 2, 2, 2])
    else:
        gs = groups(t, v, r)
    while len(gs) < n:
        k = max(range(len(gs)), key=lambda i: len(gs[i]))
        g = gs[k]
        gs[k : k + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
    cuts = sorted(r.sample(range(1, len(gs)), n - 1))
    bounds = [0, *cuts, len(gs)]
    sep = r.choice((" ", " ", "-", ""))
    return [sep.join(gs[a:b]) for a, b in zip(bounds, bounds[1:])]


# ---------------------------------------------------------------- decoding (independent of render)


def _unspell(s: str) -> str:
    toks = re.split(r"[\s,\-]+", s.lower())
    out = []
    for tok in toks:
        if not tok:
            continue
        if tok.isdigit():
            out.append(tok)
        elif tok in WORD_TO_DIGIT:
            out.append(WORD_TO_DIGIT[tok])
        else:
            raise ValueError(tok)
    return "".join(out)


def _alnum(s: str, lang: str) -> str:
    for w in NOISE_WORD[lang]:
        s = s.replace(f" {w} ", " ")
    return re.sub(r"[^0-9A-Za-z]", "", s)


def decode(t: str, fam: str, text: str, lang: str) -> str:
    if fam == "percent_encoded":
        return urllib.parse.unquote(text)
    if fam == "email_spelled":
        s = text
        for at, dot in AT_DOT[lang]:
            s = s.replace(at, "@").replace(dot, ".")
        return s
    if fam == "spelled_out":
        return _unspell(text)
    if fam == "letter_substitution":
        text = text.translate(str.maketrans("OolI", "0011"))
    if t in (
        "EMAIL",
        "PASSWORD",
        "USERNAME",
        "AWS_SECRET_KEY",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "DRIVER_ID",
    ) or fam in ("url_credentials", "key_value_secret"):
        return text
    if t == "CREDIT_DEBIT_EXPIRY":
        d = re.sub(r"\D", "", text)
        return (d[:-4] if len(d) in (5, 6) else d[:-2]).zfill(2) + d[-2:]
    return _alnum(text, lang)


def same(t: str, canonical: str, decoded: str) -> bool:
    if t == "PHONE":
        nsn = str(phonenumbers.parse(canonical).national_number)
        return re.sub(r"\D", "", decoded).endswith(nsn)
    if t in ("MAC_ADDRESS",):
        return decoded.lower() == canonical.lower()
    return decoded.upper() == canonical.upper()
