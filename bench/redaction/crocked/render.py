"""Surfaces of a value per obfuscation family, and an independent decoder for each.

The surface half turns a canonical value into what a customer types. The decoder half, at the
bottom, is written without calling the surface half: it has its own word lists and rules, so a
surface that does not decode back to its value is a bug in one of the two and fails generation.
"""

from __future__ import annotations

import random
import re
from urllib.parse import quote, unquote

import phonenumbers

from .values import Value

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
SHORT = {
    "plain": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "words": "spelled_out",
    "mail": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}
MULTI_TYPES = DIGIT_TYPES - {"CREDIT_DEBIT_CVV", "PIN", "BANK_ROUTING"} | {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "ES_DNI",
    "ES_NIE",
}
ALNUM_SPACED = {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "MX_CURP",
    "MX_RFC",
    "SWIFT_CODE",
}


def single_families(vtype: str) -> list[str]:
    """Families a single slot of this type can be rendered in, without special framing."""
    fams = ["plain"]
    if vtype in DIGIT_TYPES or vtype in ALNUM_SPACED - {"SWIFT_CODE"}:
        fams.append("spaced_or_dashed")
    if vtype in DIGIT_TYPES - {"CREDIT_DEBIT_CVV", "PIN"} or vtype in {
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "ES_DNI",
        "UK_NATIONAL_INSURANCE_NUMBER",
    }:
        fams.append("split_by_noise")
    if vtype in DIGIT_TYPES:
        fams += ["letter_substitution", "spelled_out"]
    if vtype == "ES_DNI":
        fams.append("spelled_out")
    if vtype == "EMAIL":
        fams.append("email_spelled")
    if vtype == "CREDIT_DEBIT_EXPIRY":
        fams.append("compact_expiry")
    if vtype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        fams.append("iban_broken")
    return fams


def default_family(vtype: str, rng: random.Random) -> str:
    """A family for a slot whose template did not name one: mostly printed, sometimes obfuscated."""
    fams = single_families(vtype)
    return "plain" if len(fams) == 1 or rng.random() < 0.5 else rng.choice(fams[1:])


# ---------------------------------------------------------------- surfaces


def _group(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def national_digits(v: Value) -> str:
    num = phonenumbers.parse(v.canonical)
    return re.sub(
        r"\D", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    )


def core(v: Value) -> str:
    """The compact characters a customer regroups: national digits for phones, alphanumerics else."""
    if v.type == "PHONE":
        return national_digits(v)
    return re.sub(r"[^0-9A-Za-z]", "", v.canonical)


def printed(v: Value, rng: random.Random) -> str:
    c = v.canonical
    t = v.type
    sep = rng.choice([" ", " ", "-", ""])
    match t:
        case "CREDIT_DEBIT_NUMBER":
            sizes = [4, 6, 5] if len(c) == 15 else [4, 6, 4] if len(c) == 14 else [4, 4, 4, 4]
            return sep.join(_group(c, sizes))
        case "CREDIT_DEBIT_EXPIRY":
            mm, yyyy = c.split("/")
            forms = [f"{mm}/{yyyy[2:]}", f"{mm}/{yyyy}", f"{mm}-{yyyy[2:]}", f"{mm} / {yyyy[2:]}"]
            if mm.startswith("0"):
                forms.append(f"{mm[1]}/{yyyy[2:]}")
            return rng.choice(forms)
        case "PHONE":
            num = phonenumbers.parse(c)
            fmt = rng.choice(
                [
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    phonenumbers.PhoneNumberFormat.E164,
                ]
            )
            return phonenumbers.format_number(num, fmt)
        case "BANK_ACCOUNT_NUMBER":
            return c[:-1] + "-" + c[-1] if v.region == "BR" else c
        case "BANK_ROUTING":
            kind = v.meta.get("kind")
            if kind == "sortcode":
                return "-".join(_group(c, [2, 2, 2]))
            if kind == "blz":
                return rng.choice([c, " ".join(_group(c, [3, 3, 2]))])
            if kind == "guichet":
                return c[:5] + " " + c[5:]
            if kind == "entidad":
                return c[:4] + rng.choice([" ", "-", " / "]) + c[4:]
            if kind == "agencia":
                return c[:4] + "-" + c[4:]
            return c
        case "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return rng.choice([" ".join(_group(c, [4] * 9)), " ".join(_group(c, [4] * 9)), c])
        case "SSN" | "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
            return rng.choice(
                [
                    f"{c[:3]}-{c[3:5]}-{c[5:]}",
                    f"{c[:3]}-{c[3:5]}-{c[5:]}",
                    c,
                    f"{c[:3]} {c[3:5]} {c[5:]}",
                ]
            )
        case "UK_NATIONAL_INSURANCE_NUMBER":
            return rng.choice([c, " ".join([c[:2], c[2:4], c[4:6], c[6:8], c[8]])])
        case "MAC_ADDRESS":
            hx = c.replace(":", "")
            return rng.choice(
                [c, c.upper(), "-".join(_group(hx.upper(), [2] * 6)), ".".join(_group(hx, [4] * 3))]
            )
        case "ES_DNI":
            return rng.choice([c, c, c[:8] + "-" + c[8], f"{c[:2]}.{c[2:5]}.{c[5:8]}-{c[8]}"])
        case "ES_NIE":
            return rng.choice([c, c, f"{c[0]}-{c[1:8]}-{c[8]}"])
        case "MX_CLABE":
            return rng.choice([c, c, " ".join([c[:3], c[3:6], c[6:17], c[17]])])
        case "BR_CPF":
            return rng.choice(
                [f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", c]
            )
        case "BR_CNPJ":
            return rng.choice([f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}", c])
        case "FR_NIR":
            return rng.choice([" ".join(_group(c, [1, 2, 2, 2, 3, 3, 2])), c])
        case "DE_TAX_ID":
            return rng.choice([" ".join(_group(c, [2, 3, 3, 3])), c, c])
        case "PT_NIF":
            return rng.choice([" ".join(_group(c, [3, 3, 3])), c, c])
    return c


def _sizes(n: int, rng: random.Random) -> list[int]:
    mode = rng.choice(["2", "3", "4", "mix"])
    if mode == "mix":
        out: list[int] = []
        while sum(out) < n:
            out.append(rng.choice([2, 3, 4]))
        return out
    return [int(mode)] * (n // int(mode) + 1)


def spaced(v: Value, rng: random.Random) -> str:
    c = core(v)
    groups = [g for g in _group(c, _sizes(len(c), rng)) if g]
    sep = rng.choice([" ", "-", ".", "  ", " - ", "mix"])
    if sep == "mix":
        return "".join(
            g + (rng.choice([" ", "-"]) if i < len(groups) - 1 else "")
            for i, g in enumerate(groups)
        )
    return sep.join(groups)


NOISE_SYMBOLS = [
    " | ",
    " / ",
    " 👉 ",
    " 🙏 ",
    "\n",
    " · ",
    " ... ",
    "|",
    "/",
    " 😅 ",
    " ➡️ ",
    " ✌️ ",
    " 🙂 ",
]
NOISE_WORDS = {
    "en": [" then ", " and ", " then uh ", " next ", " ok "],
    "es": [" y ", " luego ", " y luego ", " despues ", " eh "],
    "fr": [" puis ", " et ", " ensuite ", " euh "],
    "de": [" dann ", " und ", " danach ", " äh "],
    "pt": [" e ", " depois ", " aí ", " tipo "],
}


def noisy(v: Value, lang: str, rng: random.Random) -> str:
    if v.type == "PHONE":
        nat = phonenumbers.format_number(
            phonenumbers.parse(v.canonical), phonenumbers.PhoneNumberFormat.NATIONAL
        )
        groups = [g for g in re.split(r"\D+", nat) if g]
        if len(groups) < 3:
            groups = _group(national_digits(v), [3, 3, 2, 2, 3])
    elif v.type in ("INTERNATIONAL_BANK_ACCOUNT_NUMBER",):
        groups = _group(v.canonical, [4] * 9)
    else:
        groups = [g for g in re.split(r"[^0-9A-Za-z]+", printed(v, rng)) if g]
        if len(groups) < 2:
            groups = [g for g in _group(core(v), [rng.choice([3, 4])] * 8) if g]
    words_ok = v.type in DIGIT_TYPES
    pool = NOISE_SYMBOLS + (NOISE_WORDS[lang] * 2 if words_ok else [])
    same = rng.random() < 0.5
    first = rng.choice(pool)
    out = groups[0]
    for g in groups[1:]:
        out += (first if same else rng.choice(pool)) + g
    return out


def substituted(v: Value, rng: random.Random) -> str | None:
    """Replace one to three 0/1 digits with O/o/l/I, each next to a digit that stays a digit."""
    base = national_digits(v) if v.type == "PHONE" and rng.random() < 0.4 else printed(v, rng)
    chars = list(base)
    cands = [i for i, ch in enumerate(chars) if ch in "01"]
    rng.shuffle(cands)
    want = rng.randint(1, 3)
    chosen: set[int] = set()
    for i in cands:
        if len(chosen) == want:
            break
        trial = chosen | {i}
        if all(
            any(
                0 <= j < len(chars) and chars[j].isdigit() and j not in trial
                for j in (k - 1, k + 1)
            )
            for k in trial
        ):
            chosen = trial
    if not chosen:
        return None
    for i in chosen:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


DIGIT_WORDS = {
    "en": [
        ["zero", "oh"],
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
        ["uno"],
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
        ["fünf", "fuenf", "funf"],
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


def spelled(v: Value, lang: str, rng: random.Random) -> str:
    c = national_digits(v) if v.type == "PHONE" else core(v)
    groups = [g for g in _group(c, [rng.choice([3, 4])] * 10) if g]
    keep_digits = set(
        rng.sample(range(len(groups)), k=min(len(groups) - 1, rng.choice([0, 0, 1, 2])))
    )
    inner = rng.choice([" ", " ", "-"])
    between = rng.choice([", ", " ", " - ", ",  "])
    parts = []
    for gi, g in enumerate(groups):
        if gi in keep_digits:
            parts.append(g)
            continue
        words = [ch if ch.isalpha() else rng.choice(DIGIT_WORDS[lang][int(ch)]) for ch in g]
        parts.append(inner.join(words))
    return between.join(parts)


MAIL_WORDS = {
    "en": [(" at ", " dot "), ("(at)", "(dot)"), (" [at] ", " [dot] "), (" at ", ".")],
    "es": [(" arroba ", " punto "), (" arroba ", "."), ("(arroba)", "(punto)")],
    "fr": [(" arobase ", " point "), (" at ", " point "), (" arobase ", ".")],
    "de": [(" Klammeraffe ", " Punkt "), (" at ", " punkt "), ("(at)", "(punkt)"), (" [at] ", ".")],
    "pt": [(" arroba ", " ponto "), (" arroba ", "."), ("(arroba)", "(ponto)")],
}


def mail_spelled(v: Value, lang: str, rng: random.Random) -> str:
    at, dot = rng.choice(MAIL_WORDS[lang])
    local, domain = v.canonical.split("@")
    return local.replace(".", dot) + at + domain.replace(".", dot)


def percent(v: Value) -> str:
    return quote(v.canonical, safe="")


def compact_exp(v: Value, rng: random.Random) -> str:
    mm, yyyy = v.canonical.split("/")
    return mm + rng.choice([yyyy[2:], yyyy[2:], yyyy])


def iban_broken(v: Value, rng: random.Random) -> str:
    c = v.canonical
    out, i = "", 0
    while i < len(c):
        n = rng.randint(2, 7)
        out += c[i : i + n]
        i += n
        if i < len(c):
            out += rng.choice([" ", "  ", "-", "\n", " - ", "   ", " \n"])
    return out


def surface(v: Value, family: str, lang: str, rng: random.Random) -> str | None:
    """What the customer types for ``v`` in ``family``; None when this value cannot take it."""
    match family:
        case "plain" | "context_only" | "url_credentials" | "key_value_secret":
            return printed(v, rng) if family in ("plain", "context_only") else v.canonical
        case "spaced_or_dashed":
            return spaced(v, rng)
        case "split_by_noise":
            return noisy(v, lang, rng)
        case "letter_substitution":
            return substituted(v, rng)
        case "spelled_out":
            return spelled(v, lang, rng)
        case "email_spelled":
            return mail_spelled(v, lang, rng)
        case "percent_encoded":
            return percent(v)
        case "compact_expiry":
            return compact_exp(v, rng)
        case "iban_broken":
            return iban_broken(v, rng)
    raise KeyError(family)


def multi_parts(v: Value, n: int, rng: random.Random) -> list[str]:
    """Split ``v`` into ``n`` consecutive pieces, each typed in its own message."""
    c = core(v)
    step = 4 if v.type in ("CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER") else 0
    while True:
        if step and len(c) >= 4 * n + 1:
            cuts = sorted(rng.sample(range(4, len(c) - 1, 4), n - 1))
        else:
            cuts = sorted(rng.sample(range(2, len(c) - 1), n - 1))
        bounds = [0] + cuts + [len(c)]
        pieces = [c[a:b] for a, b in zip(bounds, bounds[1:])]
        if all(len(p) >= 2 for p in pieces):
            break
    out = []
    for p in pieces:
        if len(p) > 4 and rng.random() < 0.5:
            p = rng.choice([" ", "-"]).join(g for g in _group(p, [rng.choice([3, 4])] * 8) if g)
        out.append(p)
    return out


# ---------------------------------------------------------------- decoder (independent)

_NUMBER_WORDS = {
    # English
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    # Spanish
    "cero": "0",
    "uno": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
    # French
    "zéro": "0",
    "un": "1",
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "sept": "7",
    "huit": "8",
    "neuf": "9",
    # German
    "null": "0",
    "eins": "1",
    "zwei": "2",
    "zwo": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "fuenf": "5",
    "funf": "5",
    "sechs": "6",
    "sieben": "7",
    "acht": "8",
    "neun": "9",
    # Portuguese
    "um": "1",
    "dois": "2",
    "três": "3",
    "quatro": "4",
    "meia": "6",
    "sete": "7",
    "oito": "8",
    "nove": "9",
}
_AT = r"(?:at|arroba|arobase|klammeraffe)"
_DOT = r"(?:dot|punto|point|punkt|ponto)"


def _words_to_chars(s: str) -> str:
    out = []
    for tok in re.split(r"[\s,;\-]+", s.strip()):
        if not tok:
            continue
        low = tok.lower()
        if low in _NUMBER_WORDS:
            out.append(_NUMBER_WORDS[low])
        elif re.fullmatch(r"[0-9A-Z]+", tok):
            out.append(tok)
        else:
            raise ValueError(f"unknown token in spelled value: {tok!r}")
    return "".join(out)


def _unspell_mail(s: str) -> str:
    s = re.sub(rf"\s*[\(\[]\s*{_AT}\s*[\)\]]\s*|\s+{_AT}\s+", "@", s, flags=re.I)
    s = re.sub(rf"\s*[\(\[]\s*{_DOT}\s*[\)\]]\s*|\s+{_DOT}\s+", ".", s, flags=re.I)
    return s


def normal(raw: str, vtype: str, region: str) -> str:
    """Reduce a decoded string to the comparable form of its type."""
    s = raw.strip()
    match vtype:
        case "PHONE":
            s = re.sub(r"[^\d+]", "", s)
            if s.startswith("00"):
                s = "+" + s[2:]
            num = phonenumbers.parse(s, region)
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        case "CREDIT_DEBIT_EXPIRY":
            d = re.sub(r"\D", "", s)
            mm, yy = {3: (d[:1], d[1:]), 4: (d[:2], d[2:]), 5: (d[:1], d[1:]), 6: (d[:2], d[2:])}[
                len(d)
            ]
            return f"{int(mm):02d}/{'20' + yy if len(yy) == 2 else yy}"
        case "EMAIL":
            return s.lower().replace(" ", "")
        case "MAC_ADDRESS":
            hx = re.sub(r"[^0-9a-fA-F]", "", s).lower()
            return ":".join(hx[i : i + 2] for i in range(0, 12, 2))
        case "IP_ADDRESS" | "PASSWORD" | "USERNAME" | "AWS_ACCESS_KEY" | "AWS_SECRET_KEY":
            return s
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def decode(surface_text: str, vtype: str, family: str, region: str) -> str:
    """Recover the value behind a surface, without using the surface functions above."""
    s = surface_text
    if family == "email_spelled":
        s = _unspell_mail(s)
    elif family == "percent_encoded":
        s = unquote(s)
    elif family == "spelled_out":
        s = _words_to_chars(s)
    elif family == "letter_substitution":
        s = s.translate(str.maketrans("OolI", "0011"))
    elif family == "split_by_noise":
        if vtype in DIGIT_TYPES:
            s = re.sub(r"\D", "", s)
        else:
            s = " ".join(t for t in s.split() if not re.fullmatch(r"[a-zà-ÿ]+", t))
            s = re.sub(r"[^0-9A-Za-z]", "", s)
    return normal(s, vtype, region)
