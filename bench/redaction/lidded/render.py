"""Write a value the way customers type it, one function per obfuscation family.

`render` returns (before, span, after): the span is the labelled value; before/after are
non-PII text that some families wrap around it (a URL, a `KEY=` name). `decodes` reads a
rendered span back, so the generator can prove the label still means the value.
"""

from __future__ import annotations

import random
import re
from urllib.parse import quote

import phonenumbers

WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
}
NOISE_WORDS = {
    "en": ["then", "and", "…", "next"],
    "es": ["y", "luego", "después"],
    "fr": ["puis", "et", "ensuite"],
    "de": ["dann", "und", "danach"],
    "pt": ["e", "depois", "aí"],
}
EMOJI = ["🙂", "👉", "✨", "🔢", "➡️", "💳", "😅", "🤞"]
AT = {
    "en": [" at ", " (at) ", "[at]", " AT "],
    "es": [" arroba ", "(arroba)", " at "],
    "fr": [" arobase ", " at ", "(at)"],
    "de": [" Klammeraffe ", "(at)", " at "],
    "pt": [" arroba ", "(arroba)", " at "],
}
DOT = {
    "en": [" dot ", "[dot]", " (dot) "],
    "es": [" punto ", "[punto]", " dot "],
    "fr": [" point ", "[point]", " dot "],
    "de": [" Punkt ", "(punkt)", " dot "],
    "pt": [" ponto ", "[ponto]", " dot "],
}

GROUPED = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "DE_TAX_ID",
    "PT_NIF",
    "ES_DNI",
    "ES_NIE",
    "FR_NIR",
    "BR_CNPJ",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "BANK_ROUTING",
    "PIN",
    "CREDIT_DEBIT_CVV",
}


def compact(v: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", v)


def groups(t: str, v: str, r: random.Random) -> list[str]:
    """Split a value into the groups people naturally pause at."""
    c = compact(v)
    if t == "CREDIT_DEBIT_NUMBER":
        sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    elif t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        sizes = [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])
    elif t == "PHONE":
        sizes = [len(c) - 6, 3, 3] if len(c) > 8 else [len(c) - 4, 4]
    elif t in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        sizes = [3, 2, 4]
    elif t == "BR_CPF":
        sizes = [3, 3, 3, 2]
    elif t == "BR_CNPJ":
        sizes = [2, 3, 3, 4, 2]
    elif t == "FR_NIR":
        sizes = [1, 2, 2, 2, 3, 3, 2]
    elif t == "MX_CLABE":
        sizes = [3, 3, 11, 1]
    elif len(c) <= 4:
        sizes = [2, len(c) - 2]
    else:
        k = r.choice([2, 3, 4])
        sizes = [k] * (len(c) // k) + ([len(c) % k] if len(c) % k else [])
    out, i = [], 0
    for s in sizes:
        out.append(c[i : i + s])
        i += s
    return [g for g in out if g]


def phone_surface(e164: str, region: str, r: random.Random) -> str:
    num = phonenumbers.parse(e164)
    fmt = r.choice(
        [
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
        ]
    )
    return phonenumbers.format_number(num, fmt)


def _spell(g: str, lang: str, r: random.Random, mix: bool) -> str:
    if mix and r.random() < 0.4:
        return g
    return " ".join(WORDS[lang][int(ch)] if ch.isdigit() else ch for ch in g)


def _letter_sub(s: str, r: random.Random) -> str:
    out = list(s)
    idx = [i for i, ch in enumerate(s) if ch in "01"]
    r.shuffle(idx)
    for i in idx[: max(1, len(idx) * 2 // 3)]:
        out[i] = r.choice("Oo") if s[i] == "0" else r.choice("lI")
    return "".join(out)


HOSTS = [
    "ftp.files-cliente.net",
    "nas.casa.lan",
    "db.minha-loja.com",
    "sftp.partner-portal.io",
    "router.home",
    "mail.example.org",
]
KV_NAMES = {
    "PASSWORD": ["DB_PASSWORD", "password", "PASS", "SMTP_PASS", "admin_pwd"],
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID", "aws_access_key_id"],
    "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "SECRET_KEY"],
}
PE_URLS = [
    "https://cuenta.example.com/verify?email=",
    "https://shop.example.net/reset?user=",
    "https://app.example.org/login?next=home&id=",
    "https://portal.example.com/?contact=",
]


def render(
    t: str, fam: str, v: str, lang: str, r: random.Random, region: str = ""
) -> tuple[str, str, str]:
    if t == "PHONE":
        base = phone_surface(v, region, r)
    elif t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        base = " ".join(groups(t, v, r)) if r.random() < 0.6 else v
    elif t == "CREDIT_DEBIT_EXPIRY":
        mm, yy = v.split("/")
        base = r.choice([f"{mm}/{yy}", f"{mm}/20{yy}", f"{mm}-{yy}", f"{int(mm)}/{yy}"])
    else:
        base = v
    if fam in ("plain", "context_only", "multi_message"):
        return "", base, ""
    if fam == "compact_expiry":
        mm, yy = v.split("/")
        return "", r.choice([f"{mm}{yy}", f"{mm}20{yy}"]), ""
    if fam == "spaced_or_dashed":
        if t == "CREDIT_DEBIT_EXPIRY":
            mm, yy = v.split("/")
            return "", f"{mm} {r.choice(['/', '-', '.'])} {yy}", ""
        sep = r.choice([" ", "-", ".", " - ", "  "])
        g = groups(t, v, r)
        pre = "+" if t == "PHONE" and r.random() < 0.5 else ""
        return "", pre + sep.join(g), ""
    if fam == "split_by_noise":
        g = groups(t, v, r)
        seps = [
            " " + r.choice(EMOJI) + " ",
            " | ",
            " / ",
            "\n",
            " " + r.choice(NOISE_WORDS[lang]) + " ",
            "|",
        ]
        s = g[0]
        for x in g[1:]:
            s += r.choice(seps) + x
        return "", s, ""
    if fam == "iban_broken":
        c = compact(v)
        cuts = sorted(r.sample(range(2, len(c) - 1), r.randint(2, 4)))
        parts, last = [], 0
        for k in cuts:
            parts.append(c[last:k])
            last = k
        parts.append(c[last:])
        s = parts[0]
        for p in parts[1:]:
            s += r.choice([" ", "-", "\n", " - ", "  "]) + p
        return "", s, ""
    if fam == "letter_substitution":
        src = base
        if not any(ch in "01" for ch in src):
            src = " ".join(groups(t, v, r))
        if not any(ch in "01" for ch in src):
            return "", base, ""  # generator rejects; draw again
        return "", _letter_sub(src, r), ""
    if fam == "spelled_out":
        if t == "PHONE":
            g = groups(t, compact(v)[len(str(phonenumbers.parse(v).country_code)) :], r)
        else:
            g = groups(t, v, r)
        return (
            "",
            (" , " if r.random() < 0.2 else " ").join(
                _spell(x, lang, r, mix=r.random() < 0.5) for x in g
            ),
            "",
        )
    if fam == "email_spelled":
        local, dom = v.split("@")
        dots = dom.split(".")
        d = r.choice(DOT[lang])
        loc = local.replace(".", d) if r.random() < 0.5 else local
        return "", (loc + r.choice(AT[lang]) + d.join(dots)).strip(), ""
    if fam == "percent_encoded":
        pre = r.choice(PE_URLS)
        return pre, quote(v, safe=""), r.choice(["", "&lang=" + lang, "&src=messenger"])
    if fam == "url_credentials":
        from .values import username_alpha

        scheme = r.choice(["ftp", "sftp", "https", "smb", "postgres"])
        return f"{scheme}://{username_alpha(r)}:", v, "@" + r.choice(HOSTS)
    if fam == "key_value_secret":
        return r.choice(KV_NAMES[t]) + r.choice(["=", " = ", "="]), v, ""
    raise ValueError(fam)


def _words_to_digits(s: str, lang: str) -> str:
    m = {w: str(i) for i, w in enumerate(WORDS[lang])}
    toks = re.split(r"(\s+|,)", s)
    return "".join(m.get(x.lower(), x) for x in toks)


def _same(got: str, want: str, subst: bool) -> bool:
    if len(got) != len(want):
        return False
    for g, w in zip(got.upper(), want.upper()):
        if g == w or (subst and ((w == "0" and g == "O") or (w == "1" and g in "LI"))):
            continue
        return False
    return True


def decodes(t: str, fam: str, span: str, v: str, lang: str) -> bool:
    """Read the rendered span back to the value (phone numbers through `phonenumbers`)."""
    s = span
    if fam == "email_spelled":
        x = s
        for w in AT[lang]:
            x = x.replace(w, "@")
        for w in DOT[lang]:
            x = x.replace(w, ".")
        return re.sub(r"\s+", "", x) == v
    if fam == "percent_encoded":
        from urllib.parse import unquote

        return unquote(s) == v
    if fam in ("url_credentials", "key_value_secret", "context_only") and t in (
        "PASSWORD",
        "USERNAME",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
    ):
        return s == v
    if fam == "spelled_out":
        s = _words_to_digits(s, lang)
    if fam == "split_by_noise":
        for w in NOISE_WORDS[lang] + EMOJI:
            s = s.replace(w, " ")
    c = compact(s)
    subst = fam == "letter_substitution"
    if t == "PHONE":
        num = phonenumbers.parse(v)
        cc, nat = str(num.country_code), str(num.national_number)
        wants = (
            [cc + nat, nat, "0" + nat, "1" + nat]
            if not span.lstrip().startswith("+")
            else [cc + nat]
        )
        if cc == "52":
            wants.append("1" + nat)
        return any(_same(c, w, subst) for w in wants)
    if t == "CREDIT_DEBIT_EXPIRY":
        mm, yy = v.split("/")
        return c in (mm + yy, mm + "20" + yy, str(int(mm)) + yy)
    if t in ("EMAIL", "IP_ADDRESS", "MAC_ADDRESS") and fam == "plain":
        return s == v
    return _same(c, compact(v), subst)
