"""Surfaces per obfuscation family, and an independent decoder for each.

`surface()` turns a canonical value into the text a customer would type, as a list of pieces
`(text, type_or_None)`: only pieces with a type become PII spans. `decode()` never calls the
surface code: it reads a span's text back with its own tables (and phonenumbers, urllib) so a
bug in one side shows up as a mismatch in `generate.py`.
"""

from __future__ import annotations

import random
import re
import urllib.parse

import phonenumbers
from stdnum import iban
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.fr import nir

Piece = tuple[str, str | None]

FAMILIES: tuple[str, ...] = (
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
)

# Types made only of digits (phones may also carry a leading +).
NUMERIC = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}
GROUPABLE = NUMERIC - {"CREDIT_DEBIT_CVV", "PIN"} | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "SWIFT_CODE",
    "BANK_ROUTING",
}
MULTI = {
    "CREDIT_DEBIT_NUMBER",
    "PHONE",
    "SSN",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "ES_DNI",
    "FR_NIR",
    "DE_TAX_ID",
    "BR_CPF",
    "BR_CNPJ",
    "PT_NIF",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CURP",
}


def families_for(kind: str) -> list[str]:
    """Families a value of `kind` can be typed in within one message (context_only aside)."""
    fams = ["plain"]
    if kind in GROUPABLE:
        fams += ["spaced_or_dashed", "split_by_noise"]
    if kind in NUMERIC:
        fams += ["letter_substitution", "spelled_out"]
    if kind in ("CREDIT_DEBIT_CVV", "PIN"):
        fams += ["spaced_or_dashed"]
    if kind == "EMAIL":
        fams += ["email_spelled", "percent_encoded"]
    if kind == "PHONE":
        fams += ["percent_encoded"]
    if kind in ("USERNAME", "PASSWORD"):
        fams += ["url_credentials"]
    if kind in ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD"):
        fams += ["key_value_secret"]
    if kind == "CREDIT_DEBIT_EXPIRY":
        fams += ["compact_expiry"]
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        fams += ["iban_broken"]
    return fams


# ---------------------------------------------------------------- words of each language

DIGIT_WORDS: dict[str, list[list[str]]] = {
    "en": [
        ["zero", "oh", "o"],
        ["one"],
        ["two"],
        ["three"],
        ["four"],
        ["five"],
        ["six"],
        ["seven"],
        ["eight"],
        ["nine"],
    ],
    "es": [
        ["cero"],
        ["uno", "un"],
        ["dos"],
        ["tres"],
        ["cuatro"],
        ["cinco"],
        ["seis"],
        ["siete"],
        ["ocho"],
        ["nueve"],
    ],
    "fr": [
        ["zéro", "zero"],
        ["un"],
        ["deux"],
        ["trois"],
        ["quatre"],
        ["cinq"],
        ["six"],
        ["sept"],
        ["huit"],
        ["neuf"],
    ],
    "de": [
        ["null"],
        ["eins"],
        ["zwei", "zwo"],
        ["drei"],
        ["vier"],
        ["fünf", "fuenf"],
        ["sechs"],
        ["sieben"],
        ["acht"],
        ["neun"],
    ],
    "pt": [
        ["zero"],
        ["um"],
        ["dois"],
        ["três", "tres"],
        ["quatro"],
        ["cinco"],
        ["seis", "meia"],
        ["sete"],
        ["oito"],
        ["nove"],
    ],
}
NOISE_WORDS: dict[str, list[str]] = {
    "en": ["and", "then", "uh", "ok", "and then"],
    "es": ["y", "luego", "eh", "y despues", "ok"],
    "fr": ["et", "puis", "euh", "ensuite"],
    "de": ["und", "dann", "äh", "und dann"],
    "pt": ["e", "depois", "tipo", "e depois"],
}
NOISE_MARKS = [" | ", " / ", "/", "\n", " 👉 ", " 🙏 ", " ... ", " 😅 ", " ➡️ ", "|", " // "]
AT_WORDS = {
    "en": [" at ", " (at) ", " [at] ", "(at)", " AT "],
    "es": [" arroba ", " (arroba) ", " at "],
    "fr": [" arobase ", " at ", " (at) "],
    "de": [" Klammeraffe ", " at ", " (at) ", " [at] "],
    "pt": [" arroba ", " (arroba) ", " at "],
}
DOT_WORDS = {
    "en": [" dot ", " (dot) ", " [dot] ", " DOT "],
    "es": [" punto ", " punto ", " dot "],
    "fr": [" point ", " point ", " dot "],
    "de": [" Punkt ", " punkt ", " dot "],
    "pt": [" ponto ", " ponto ", " dot "],
}
EXPIRY_WORDS = {
    "en": ["exp", "exp ", "expiry ", "exp: ", "valid thru ", "exp."],
    "es": ["vto ", "vence ", "cad ", "caducidad ", "vto", "venc. "],
    "fr": ["exp ", "expire ", "date exp ", "val ", "exp"],
    "de": ["gültig bis ", "ablauf ", "gueltig bis ", "exp ", "bis "],
    "pt": ["validade ", "val ", "venc ", "vencimento ", "val"],
}
KV_NAMES = {
    "AWS_ACCESS_KEY": [
        "AWS_ACCESS_KEY_ID=",
        "export AWS_ACCESS_KEY_ID=",
        "aws_access_key_id = ",
        "AWS_ACCESS_KEY_ID: ",
    ],
    "AWS_SECRET_KEY": [
        "AWS_SECRET_ACCESS_KEY=",
        "export AWS_SECRET_ACCESS_KEY=",
        "aws_secret_access_key = ",
        "AWS_SECRET_ACCESS_KEY: ",
    ],
    "PASSWORD": [
        "DB_PASSWORD=",
        "password=",
        "SMTP_PASS=",
        "PGPASSWORD=",
        "db_pass: ",
        "MYSQL_PASSWORD=",
    ],
}
URL_HOSTS = [
    "db.example.com",
    "ftp.example.org",
    "sftp.example.net",
    "api.example.com",
    "mail.example.test",
    "git.example.org",
]
URL_SCHEMES = ["https", "ftp", "sftp", "postgres", "mysql", "smtp", "redis"]
PCT_URLS = {
    "EMAIL": [
        ("https://shop.example.com/account/reset?email=", "&lang=es"),
        ("https://example.com/unsubscribe?user=", ""),
        ("https://portal.example.org/login?email=", "&next=/orders"),
        ("example.net/track?mail=", "&src=fb"),
    ],
    "PHONE": [
        ("https://example.com/callback?phone=", ""),
        ("https://portal.example.org/verify?tel=", "&step=sms"),
        ("https://example.net/otp?msisdn=", "&lang=pt"),
    ],
}


# ---------------------------------------------------------------- helpers


def compact(kind: str, value: str) -> str:
    """Alphanumerics of a canonical value, as groups are cut from them."""
    return re.sub(r"[^0-9A-Za-z+]", "", value)


def _group(text: str, rng: random.Random, sizes: tuple[int, ...] = (2, 3, 4)) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(text):
        n = rng.choice(sizes)
        if len(text) - i - n == 1:
            n += 1
        out.append(text[i : i + n])
        i += n
    return out


def _cut(text: str, parts: int, rng: random.Random) -> list[str]:
    """Cut text into `parts` non-empty chunks of at least two characters."""
    while True:
        cuts = sorted(rng.sample(range(2, len(text) - 1), parts - 1))
        chunks = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
        if all(len(c) >= 2 for c in chunks):
            return chunks


def phone_national(value: str) -> str:
    num = phonenumbers.parse(value)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def phone_international(value: str) -> str:
    num = phonenumbers.parse(value)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def plain(kind: str, value: str, rng: random.Random) -> str:
    """The printed form of a value: compact or with its official punctuation."""
    r = rng.random()
    match kind:
        case "CREDIT_DEBIT_NUMBER":
            if r < 0.25:
                return value
            sep = " " if r < 0.75 else "-"
            if len(value) == 16:
                return sep.join(value[i : i + 4] for i in range(0, 16, 4))
            return sep.join([value[:4], value[4:10], value[10:]])
        case "CREDIT_DEBIT_EXPIRY":
            mm, yy = value[:2], value[2:]
            return rng.choice(
                [f"{mm}/{yy}", f"{mm}/20{yy}", f"{mm}-{yy}", f"{mm} / {yy}", f"{int(mm)}/{yy}"]
            )
        case "PHONE":
            if r < 0.45:
                return phone_national(value)
            if r < 0.8:
                return phone_international(value)
            if r < 0.9:
                return value
            return re.sub(r"\D", "", phone_national(value))
        case "BANK_ROUTING" if len(value) == 6:
            return value if r < 0.3 else "-".join([value[:2], value[2:4], value[4:]])
        case "BANK_ROUTING" if len(value) == 8 and r < 0.4:
            return f"{value[:3]} {value[3:6]} {value[6:]}"
        case "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return iban.format(value) if r < 0.65 else value
        case "SSN" | "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
            return f"{value[:3]}-{value[3:5]}-{value[5:]}" if r < 0.7 else value
        case "UK_NATIONAL_INSURANCE_NUMBER":
            return (
                " ".join([value[:2], value[2:4], value[4:6], value[6:8], value[8]])
                if r < 0.5
                else value
            )
        case "ES_DNI":
            return f"{value[:8]}-{value[8]}" if r < 0.3 else value
        case "ES_NIE":
            return f"{value[0]}-{value[1:8]}-{value[8]}" if r < 0.3 else value
        case "MX_CLABE":
            return f"{value[:3]} {value[3:6]} {value[6:17]} {value[17]}" if r < 0.3 else value
        case "BR_CPF":
            return cpf.format(value) if r < 0.7 else value
        case "BR_CNPJ":
            return cnpj.format(value) if r < 0.7 else value
        case "FR_NIR":
            return nir.format(value) if r < 0.6 else value
        case "DE_TAX_ID":
            return idnr.format(value) if r < 0.5 else value
        case "PT_NIF":
            return f"{value[:3]} {value[3:6]} {value[6:]}" if r < 0.4 else value
    return value


def _phone_core(value: str, rng: random.Random) -> str:
    """Digits a customer regroups: national with trunk prefix, or +cc and the rest."""
    if rng.random() < 0.7:
        return re.sub(r"\D", "", phone_national(value))
    return value


def _regroup_core(kind: str, value: str, rng: random.Random) -> str:
    if kind == "PHONE":
        return _phone_core(value, rng)
    if kind == "CREDIT_DEBIT_EXPIRY":
        return value
    return compact(kind, value)


def _substitute(text: str, rng: random.Random) -> str:
    """Write one to three 0/1 digits as O/o/l/I, each next to a digit that stays a digit."""
    chars = list(text)
    candidates = [i for i, c in enumerate(chars) if c in "01"]
    rng.shuffle(candidates)
    chosen: set[int] = set()
    want = rng.randint(1, 3)
    for i in candidates:
        if len(chosen) == want:
            break
        trial = chosen | {i}
        ok = True
        for j in trial:
            neighbours = [k for k in (j - 1, j + 1) if 0 <= k < len(chars)]
            if not any(chars[k].isdigit() and k not in trial for k in neighbours):
                ok = False
        if ok:
            chosen = trial
    if not chosen:
        raise ValueError("no substitutable digit")
    for i in chosen:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def _spell(digits: str, lang: str, rng: random.Random) -> str:
    words = DIGIT_WORDS[lang]
    mixed = rng.random() < 0.3
    groups = _group(digits, rng, (2, 3, 4)) if rng.random() < 0.6 else [digits]
    out: list[str] = []
    for gi, g in enumerate(groups):
        if mixed and gi % 2 == 1:
            out.append(g)
            continue
        toks: list[str] = []
        i = 0
        while i < len(g):
            d = int(g[i])
            if lang == "en" and i + 1 < len(g) and g[i + 1] == g[i] and rng.random() < 0.4:
                toks.append("double " + words[d][0])
                i += 2
                continue
            options = words[d]
            if lang == "pt" and d == 6 and rng.random() < 0.6:
                toks.append("meia")
            else:
                toks.append(
                    rng.choice(options[:2])
                    if len(options) > 1 and rng.random() < 0.5
                    else options[0]
                )
            i += 1
        out.append(" ".join(toks))
    return rng.choice([", ", " - ", "  ", " ", "... "]).join(out)


# ---------------------------------------------------------------- surfaces


def surface(kind: str, value: str, family: str, rng: random.Random, lang: str) -> list[Piece]:
    """Pieces of text for one value; typed pieces are PII spans."""
    match family:
        case "plain" | "context_only":
            return [(plain(kind, value, rng), kind)]
        case "spaced_or_dashed":
            core = _regroup_core(kind, value, rng)
            lead = ""
            if core.startswith("+"):
                lead, core = "+", core[1:]
            sep = rng.choice([" ", "-", ".", "  ", " - "])
            groups = _group(core, rng, rng.choice([(2,), (3,), (2, 3), (3, 4), (2, 4)]))
            if len(groups) == 1:
                groups = [core[: len(core) // 2], core[len(core) // 2 :]]
            if rng.random() < 0.25:
                return [
                    (
                        lead
                        + "".join(g + rng.choice([" ", "-", ".", "  "]) for g in groups[:-1])
                        + groups[-1],
                        kind,
                    )
                ]
            return [(lead + sep.join(groups), kind)]
        case "split_by_noise":
            core = _regroup_core(kind, value, rng)
            lead = ""
            if core.startswith("+"):
                lead, core = "+", core[1:]
            groups = _cut(core, rng.choice([2, 3, 3, 4]) if len(core) >= 9 else 2, rng)
            marks = NOISE_MARKS + ([f" {w} " for w in NOISE_WORDS[lang]] if kind in NUMERIC else [])
            text = groups[0]
            for g in groups[1:]:
                text += rng.choice(marks) + g
            return [(lead + text, kind)]
        case "letter_substitution":
            for _ in range(20):
                base = (
                    plain(kind, value, rng)
                    if rng.random() < 0.6
                    else _regroup_core(kind, value, rng)
                )
                try:
                    return [(_substitute(base, rng), kind)]
                except ValueError:
                    continue
            raise ValueError("value has no 0 or 1 next to a digit")
        case "spelled_out":
            core = _regroup_core(kind, value, rng) if kind == "PHONE" else value
            if core.startswith("+"):
                core = re.sub(r"\D", "", phone_national(value))
            return [(_spell(core, lang, rng), kind)]
        case "email_spelled":
            local, domain = value.split("@")
            dot = rng.choice(DOT_WORDS[lang])
            at = rng.choice(AT_WORDS[lang])
            if "(" in at or "[" in at:
                dot = rng.choice([d for d in DOT_WORDS[lang] if "(" in d or "[" in d] or [dot])
            text = local + at + domain.replace(".", dot)
            if rng.random() < 0.3:
                text = local.replace(".", dot) + at + domain.replace(".", dot)
            return [(text.strip(), kind)]
        case "percent_encoded":
            head, tail = rng.choice(PCT_URLS[kind])
            encoded = urllib.parse.quote(value, safe="")
            return (
                [(head, None), (encoded, kind), (tail, None)]
                if tail
                else [(head, None), (encoded, kind)]
            )
        case "key_value_secret":
            return [(rng.choice(KV_NAMES[kind]), None), (value, kind)]
        case "compact_expiry":
            word = rng.choice(EXPIRY_WORDS[lang])
            mm, yy = value[:2], value[2:]
            digits = f"{mm}{yy}" if rng.random() < 0.6 else f"{mm}20{yy}"
            return [(word, None), (digits, kind)]
        case "iban_broken":
            core = compact(kind, value)
            groups = _cut(core, rng.randint(3, 6), rng)
            text = groups[0]
            for g in groups[1:]:
                text += rng.choice([" ", "  ", "-", "\n", " - ", "   "]) + g
            return [(text, kind)]
    raise KeyError(family)


def url_credentials(user: str, password: str, rng: random.Random) -> list[Piece]:
    scheme = rng.choice(URL_SCHEMES)
    host = rng.choice(URL_HOSTS)
    path = rng.choice(["", "/", "/prod", "/inbox", "/backup"])
    return [
        (f"{scheme}://", None),
        (user, "USERNAME"),
        (":", None),
        (password, "PASSWORD"),
        (f"@{host}{path}", None),
    ]


def multi_parts(kind: str, value: str, parts: int, rng: random.Random) -> list[str]:
    """A value cut over `parts` consecutive messages; each part may keep inner spaces."""
    if kind == "CREDIT_DEBIT_NUMBER" and len(value) == 16 and rng.random() < 0.6:
        groups = [value[i : i + 4] for i in range(0, 16, 4)]
        cuts = [2] if parts == 2 else [1, 3]
        chunks = [groups[a:b] for a, b in zip([0] + cuts, cuts + [4])]
        sep = rng.choice([" ", "", "-"])
        return [sep.join(c) for c in chunks]
    core = _regroup_core(kind, value, rng)
    lead = ""
    if core.startswith("+"):
        lead, core = "+", core[1:]
    chunks = _cut(core, parts, rng)
    out = []
    for c in chunks:
        if len(c) >= 6 and rng.random() < 0.4:
            c = " ".join(_group(c, rng, (3, 4)))
        out.append(c)
    out[0] = lead + out[0]
    return out


# ---------------------------------------------------------------- decoder (independent)

_WORD_DIGITS: dict[str, str] = {}
for _d, _names in enumerate(
    [
        "zero oh o cero zéro zero null",
        "one uno un um eins",
        "two dos deux dois zwei zwo",
        "three tres trois três tres drei",
        "four cuatro quatre quatro vier",
        "five cinco cinq fünf fuenf funf",
        "six seis sechs meia",
        "seven siete sept sete sieben",
        "eight ocho huit oito acht",
        "nine nueve neuf nove neun",
    ]
):
    for _n in _names.split():
        _WORD_DIGITS[_n] = str(_d)

_AT_RE = re.compile(
    r"\s*[\(\[]\s*(?:at|arroba|arobase|klammeraffe)\s*[\)\]]\s*|\s+(?:at|arroba|arobase|klammeraffe)\s+",
    re.I,
)
_DOT_RE = re.compile(
    r"\s*[\(\[]\s*(?:dot|punto|point|punkt|ponto)\s*[\)\]]\s*|\s+(?:dot|punto|point|punkt|ponto)\s+",
    re.I,
)


def _words_to_digits(text: str) -> str:
    out: list[str] = []
    repeat = 1
    for tok in re.findall(r"[^\W\d_]+|\d+", text):
        low = tok.lower()
        if tok.isdigit():
            out.append(tok * repeat)
            repeat = 1
        elif low == "double":
            repeat = 2
        elif low == "triple":
            repeat = 3
        elif low in _WORD_DIGITS:
            out.append(_WORD_DIGITS[low] * repeat)
            repeat = 1
        else:
            raise ValueError(f"not a digit word: {tok!r}")
    return "".join(out)


def _unsubstitute(text: str) -> str:
    return text.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))


def _phone_from(text: str, region: str) -> str:
    keep = re.sub(r"[^\d+]", "", text)
    if keep.startswith("00"):
        keep = "+" + keep[2:]
    num = phonenumbers.parse(keep, region)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def canonical(kind: str, raw: str, region: str) -> str:
    """Canonical value from a surface already rid of words and substitutions."""
    if kind == "PHONE":
        return _phone_from(raw, region)
    if kind in (
        "EMAIL",
        "USERNAME",
        "PASSWORD",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
        "IP_ADDRESS",
        "MAC_ADDRESS",
    ):
        return raw
    alnum = re.sub(r"[^0-9A-Za-z]", "", raw).upper()
    if kind in NUMERIC and not alnum.isdigit():
        raise ValueError("letters left in a numeric value")
    if kind == "CREDIT_DEBIT_EXPIRY" and len(alnum) in (3, 5):
        alnum = "0" + alnum
    if kind == "CREDIT_DEBIT_EXPIRY" and len(alnum) == 6:
        alnum = alnum[:2] + alnum[4:]
    return alnum


def decode(text: str, kind: str, family: str, region: str) -> str:
    """Read a span back to its canonical value, knowing only its type and family."""
    match family:
        case "spelled_out":
            lead = "+" if text.lstrip().startswith("+") else ""
            return canonical(kind, lead + _words_to_digits(text), region)
        case "letter_substitution":
            return canonical(kind, _unsubstitute(text), region)
        case "split_by_noise":
            if kind in NUMERIC:
                return canonical(kind, re.sub(r"[^\d+]", "", text), region)
            return canonical(kind, re.sub(r"[^0-9A-Za-z]", "", text), region)
        case "email_spelled":
            out = _AT_RE.sub("@", text)
            out = _DOT_RE.sub(".", out)
            if re.search(r"\s", out) or out.count("@") != 1:
                raise ValueError("email did not decode")
            return out
        case "percent_encoded":
            return canonical(kind, urllib.parse.unquote(text), region)
        case "compact_expiry":
            if not re.fullmatch(r"\d{4}|\d{6}", text):
                raise ValueError("compact expiry is 4 or 6 digits")
            return canonical(kind, text, region)
        case _:
            return canonical(kind, text, region)


def decode_url(url: str) -> tuple[str, str]:
    parts = urllib.parse.urlsplit(url)
    if parts.username is None or parts.password is None:
        raise ValueError("no credentials in url")
    return parts.username, parts.password
