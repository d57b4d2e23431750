"""Turns a template and a seeded RNG into one labelled conversation.

Template syntax (no digits in literal text):
  messages are separated by ``|||``; an optional ``[xx-YY]`` prefix pins the locale;
  ``{CARD}`` a PII slot whose obfuscation family is drawn from those that fit the type;
  ``{CARD!ctx}`` / ``!pct`` / ``!url`` / ``!kv`` force context_only, percent_encoded,
  url_credentials, key_value_secret; ``{CARD!mm}`` (or ``!mm2``) marks one part of a value typed
  over consecutive messages, every occurrence of the same key being one part of one value;
  ``{#order}`` a hard negative that must stay visible.
"""

from __future__ import annotations

import random
import re
import urllib.parse
from dataclasses import dataclass, field

import phonenumbers

from . import values as V

ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "AWSSECRET": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
TYPES = sorted(set(ALIAS.values()))
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
FORCED = {
    "ctx": "context_only",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
}

P, S, N, L, W = "plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"
FREE = {
    "CREDIT_DEBIT_NUMBER": [P, S, N, L, W],
    "CREDIT_DEBIT_CVV": [P, L, W],
    "CREDIT_DEBIT_EXPIRY": [P, "compact_expiry", L],
    "PIN": [P, S, L, W],
    "PASSWORD": [P],
    "USERNAME": [P],
    "EMAIL": [P, "email_spelled"],
    "PHONE": [P, S, N, L, W],
    "BANK_ACCOUNT_NUMBER": [P, S, N, L, W],
    "BANK_ROUTING": [P, S, L, W],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [P, "iban_broken", L],
    "SWIFT_CODE": [P, S],
    "SSN": [P, S, N, L, W],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [P, S, N, L, W],
    "UK_NATIONAL_INSURANCE_NUMBER": [P, S, L],
    "PASSPORT_NUMBER": [P, S, L],
    "DRIVER_ID": [P, S],
    "IP_ADDRESS": [P],
    "MAC_ADDRESS": [P],
    "AWS_ACCESS_KEY": [P],
    "AWS_SECRET_KEY": [P],
    "ES_DNI": [P, S, N, L, W],
    "ES_NIE": [P, S, L],
    "MX_CURP": [P, S, L],
    "MX_RFC": [P, S, L],
    "MX_CLABE": [P, S, N, L],
    "BR_CPF": [P, S, N, L, W],
    "BR_CNPJ": [P, S, N, L],
    "FR_NIR": [P, S, N, L],
    "DE_TAX_ID": [P, S, N, L, W],
    "PT_NIF": [P, S, N, L, W],
}

LOCALES = {
    "en": ["en-US", "en-US", "en-GB"],
    "es": ["es-ES", "es-MX"],
    "fr": ["fr-FR"],
    "de": ["de-DE"],
    "pt": ["pt-PT", "pt-BR"],
}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
ALT_WORDS = {
    "en": {"0": ["oh", "Zero"]},
    "fr": {"0": ["zéro"]},
    "de": {"5": ["fünf"], "2": ["zwo"]},
    "pt": {"3": ["três"], "6": ["meia"]},
    "es": {"1": ["un"]},
}
NOISE_WORDS = {
    "en": ["then", "and then", "and", "next"],
    "es": ["luego", "y luego", "despues", "y"],
    "fr": ["puis", "et puis", "ensuite", "et"],
    "de": ["dann", "und dann", "und", "danach"],
    "pt": ["depois", "e depois", "a seguir", "e"],
}
NOISE_SYMBOLS = [
    " 🙂 ",
    " | ",
    "|",
    " / ",
    "/",
    "\n",
    " 👉 ",
    " ✨ ",
    " ... ",
    ", ",
    " 🔥 ",
    " // ",
    " 👍 ",
]
AT_WORDS = {
    "en": [" at ", " (at) ", "[at]", " AT "],
    "es": [" arroba ", "(arroba)", " at "],
    "fr": [" arobase ", " at ", "(at)"],
    "de": [" Klammeraffe ", " at ", "(at)", " [at] "],
    "pt": [" arroba ", "(at)", " at "],
}
DOT_WORDS = {
    "en": [" dot ", "[dot]", " DOT "],
    "es": [" punto ", "(punto)", " dot "],
    "fr": [" point ", "[point]", " dot "],
    "de": [" Punkt ", "(punkt)", " dot "],
    "pt": [" ponto ", "[ponto]", " dot "],
}
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": [
        "enero",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
    ],
    "fr": [
        "janv",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "sept",
        "oct",
        "nov",
        "dec",
    ],
    "de": [
        "Jan",
        "Feb",
        "Maerz",
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
        "marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "set",
        "out",
        "nov",
        "dez",
    ],
}


@dataclass
class Value:
    type: str
    canonical: str  # compact canonical value (E.164 for phones, MM/YY for expiries)
    display: str  # how it is normally written
    region: str = ""


def draw(t: str, locale: str, rng: random.Random, family: str) -> Value:
    region = V.LOCALE_REGION[locale]
    cc = {"US": rng.choice(["DE", "FR", "GB"]), "MX": "ES"}.get(region, region)
    for _ in range(200):
        v = _draw_once(t, locale, region, cc, rng)
        c = v.canonical
        if family == L and not re.search(r"[01]", v.display + _core(v)):
            continue
        if family == "url_credentials" and re.search(r"[#?&$*@/:]", c):
            continue
        return v
    raise RuntimeError((t, family))


def _draw_once(t: str, locale: str, region: str, cc: str, rng: random.Random) -> Value:
    if t == "CREDIT_DEBIT_NUMBER":
        c = V.card(rng)
        g = [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[i : i + 4] for i in range(0, 16, 4)]
        return Value(t, c, rng.choice([c, " ".join(g)]))
    if t == "CREDIT_DEBIT_CVV":
        c = V.cvv(rng, rng.random() < 0.1)
        return Value(t, c, c)
    if t == "CREDIT_DEBIT_EXPIRY":
        c = V.expiry(rng)
        return Value(t, c, c)
    if t == "PIN":
        c = V.pin(rng)
        return Value(t, c, c)
    if t == "PASSWORD":
        c = V.password(rng)
        return Value(t, c, c)
    if t == "USERNAME":
        c = V.username(rng)
        return Value(t, c, c)
    if t == "EMAIL":
        c = V.email(rng)
        return Value(t, c, c)
    if t == "PHONE":
        e164, nat = V.phone(rng, region)
        p = phonenumbers.parse(e164)
        intl = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return Value(t, e164, rng.choice([nat, nat, intl, e164]), region)
    if t == "BANK_ACCOUNT_NUMBER":
        c = V.bank_account(rng, locale)
        return Value(t, c, c)
    if t == "BANK_ROUTING":
        d = V.routing(rng, locale)
        return Value(t, re.sub(r"\W", "", d), d)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        c = V.iban_value(rng, cc)
        return Value(t, c, rng.choice([c, " ".join(c[i : i + 4] for i in range(0, len(c), 4))]))
    if t == "SWIFT_CODE":
        c = V.swift(rng, cc)
        return Value(t, c, c)
    if t == "SSN":
        c = V.ssn_value(rng)
        return Value(t, c, rng.choice([f"{c[:3]}-{c[3:5]}-{c[5:]}", c]))
    if t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        c = V.itin_value(rng)
        return Value(t, c, rng.choice([f"{c[:3]}-{c[3:5]}-{c[5:]}", c]))
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        c = V.nino_value(rng)
        return Value(t, c, rng.choice([c, f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8]}"]))
    if t == "PASSPORT_NUMBER":
        c = V.passport(rng, locale)
        return Value(t, c, c)
    if t == "DRIVER_ID":
        d = V.driver_id(rng, locale)
        return Value(t, re.sub(r"\W", "", d), d)
    if t == "IP_ADDRESS":
        c = V.ip(rng)
        return Value(t, c, c)
    if t == "MAC_ADDRESS":
        c = V.mac(rng)
        return Value(t, c, c)
    if t == "AWS_ACCESS_KEY":
        c = V.aws_access_key(rng)
        return Value(t, c, c)
    if t == "AWS_SECRET_KEY":
        c = V.aws_secret(rng)
        return Value(t, c, c)
    if t == "ES_DNI":
        c = V.dni_value(rng)
        return Value(t, c, rng.choice([c, f"{c[:8]}-{c[8]}"]))
    if t == "ES_NIE":
        c = V.nie_value(rng)
        return Value(t, c, rng.choice([c, f"{c[0]}-{c[1:8]}-{c[8]}"]))
    if t == "MX_CURP":
        c = V.curp_value(rng)
        return Value(t, c, c)
    if t == "MX_RFC":
        c = V.rfc_value(rng)
        return Value(t, c, c)
    if t == "MX_CLABE":
        c = V.clabe_value(rng)
        return Value(t, c, c)
    if t == "BR_CPF":
        c = V.cpf_value(rng)
        return Value(t, c, rng.choice([c, f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"]))
    if t == "BR_CNPJ":
        c = V.cnpj_value(rng)
        return Value(t, c, rng.choice([c, f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"]))
    if t == "FR_NIR":
        c = V.nir_value(rng)
        return Value(
            t,
            c,
            rng.choice([c, f"{c[0]} {c[1:3]} {c[3:5]} {c[5:7]} {c[7:10]} {c[10:13]} {c[13:]}"]),
        )
    if t == "DE_TAX_ID":
        c = V.idnr_value(rng)
        return Value(t, c, rng.choice([c, f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:]}"]))
    if t == "PT_NIF":
        c = V.nif_value(rng)
        return Value(t, c, rng.choice([c, f"{c[:3]} {c[3:6]} {c[6:]}"]))
    raise ValueError(t)


# --------------------------------------------------------------------------- surfaces


def _core(v: Value) -> str:
    """The alphanumeric string a customer regroups (national digits for phones)."""
    if v.type == "PHONE":
        p = phonenumbers.parse(v.canonical)
        nat = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        return re.sub(r"\D", "", nat)
    return (
        re.sub(r"[^0-9A-Za-z]", "", v.canonical)
        if v.type not in ("CREDIT_DEBIT_EXPIRY",)
        else v.canonical.replace("/", "")
    )


def _chunks(s: str, rng: random.Random) -> list[str]:
    size = rng.choice([3, 4, 4]) if len(s) > 6 else 2
    if len(s) <= 4:
        size = 1 if len(s) <= 4 and rng.random() < 0.5 else 2
    out = [s[i : i + size] for i in range(0, len(s), size)]
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


def surface(v: Value, family: str, lang: str, rng: random.Random) -> str:
    t = v.type
    if family in (P, "context_only", "key_value_secret", "url_credentials"):
        if t == "CREDIT_DEBIT_EXPIRY" and family != "key_value_secret":
            mm, yy = v.canonical.split("/")
            return rng.choice(
                [
                    v.canonical,
                    f"{mm}/20{yy}",
                    f"{int(mm)}/{yy}",
                    f"{mm}-{yy}",
                    f"{MONTHS[lang][int(mm) - 1]} {yy}",
                    f"{MONTHS[lang][int(mm) - 1]} 20{yy}",
                ]
            )
        return v.display
    if family == "percent_encoded":
        return urllib.parse.quote(v.display if t != "PHONE" else v.canonical, safe="")
    if family == "compact_expiry":
        return v.canonical.replace("/", "")
    if family == "email_spelled":
        local, dom = v.canonical.split("@")
        dot = rng.choice(DOT_WORDS[lang])
        if rng.random() < 0.5:
            dom = dom.replace(".", dot)
        if rng.random() < 0.3:
            local = local.replace(".", dot)
        return (local + rng.choice(AT_WORDS[lang]) + dom).strip()
    core = _core(v)
    if family == S:
        return rng.choice([" ", "-", " - ", ".", "  "]).join(_chunks(core, rng))
    if family == N:
        parts = _chunks(core, rng)
        if len(parts) < 2:
            parts = [core[: len(core) // 2], core[len(core) // 2 :]]
        pool = NOISE_SYMBOLS + [f" {w} " for w in NOISE_WORDS[lang]]
        out = parts[0]
        for p in parts[1:]:
            out += rng.choice(pool) + p
        return out
    if family == L:
        bases = [v.display] if t != "PHONE" else [v.display, core]
        base = rng.choice(bases)
        if not re.search(r"[01]", base):
            base = next(b for b in bases if re.search(r"[01]", b))
        chars = list(base)
        idx = [i for i, c in enumerate(chars) if c in "01"]
        rng.shuffle(idx)
        for i in idx[: rng.randint(1, min(3, len(idx)))]:  # a customer slips on a few keys, not all
            chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
        return "".join(chars)
    if family == W:
        words = DIG_W(lang, rng)
        parts = _chunks(core, rng)
        mixed = rng.random() < 0.4 and len(parts) > 1
        out = []
        for i, p in enumerate(parts):
            if mixed and i % 2 == 0:
                out.append(p)
            else:
                out.append(_spell(p, lang, words, rng))
        return rng.choice([" ", ", ", " - ", " "]).join(out)
    if family == "iban_broken":
        g = [core[i : i + 4] for i in range(0, len(core), 4)]
        seps = [" ", "-", "\n", " \n", " - ", "  "]
        out = g[0]
        forced = rng.randrange(1, len(g))
        for i, p in enumerate(g[1:], 1):
            out += (rng.choice(["\n", "-", " -", "\n"]) if i == forced else rng.choice(seps)) + p
        return out
    raise ValueError(family)


def _spell(chunk: str, lang: str, words, rng: random.Random) -> str:
    """Digit words for one group; English speakers often say "double five" for a repeated digit."""
    out, i = [], 0
    while i < len(chunk):
        c = chunk[i]
        if (
            lang == "en"
            and c.isdigit()
            and i + 1 < len(chunk)
            and chunk[i + 1] == c
            and rng.random() < 0.5
        ):
            out.append("double " + words(c))
            i += 2
            continue
        out.append(words(c) if c.isdigit() else c)
        i += 1
    return " ".join(out)


def DIG_W(lang: str, rng: random.Random):  # noqa: N802
    def f(c: str) -> str:
        alts = ALT_WORDS.get(lang, {}).get(c, [])
        if alts and rng.random() < 0.3:
            return rng.choice(alts)
        return DIGIT_WORDS[lang][int(c)]

    return f


def split_parts(v: Value, n: int, rng: random.Random) -> list[str]:
    base = v.display if rng.random() < 0.5 else _core(v)
    if v.type == "PHONE" and base.startswith("+"):
        base = _core(v)
    for _ in range(50):
        cuts = sorted(rng.sample(range(2, len(base) - 1), n - 1))
        parts = [base[i:j].strip(" -./") for i, j in zip([0] + cuts, cuts + [len(base)])]
        if all(len(re.sub(r"\W", "", p)) >= 2 for p in parts):
            return parts
    raise RuntimeError(v)


# --------------------------------------------------------------------------- decoding


def decode(text: str, family: str, lang: str) -> str:
    s = text
    if family == "percent_encoded":
        s = urllib.parse.unquote(s)
    if family == "email_spelled":
        for words, ch in ((AT_WORDS[lang], "@"), (DOT_WORDS[lang], ".")):
            for w in sorted({x.strip() for x in words}, key=len, reverse=True):
                pat = rf"\b{re.escape(w)}\b" if w.isalpha() else re.escape(w)
                s = re.sub(pat, ch, s)
        return s.replace(" ", "").lower()
    if family == W:
        table = {}
        for lg in (lang,):
            for i, w in enumerate(DIGIT_WORDS[lg]):
                table[w] = str(i)
            for d, ws in ALT_WORDS.get(lg, {}).items():
                for w in ws:
                    table[w] = d
        s = re.sub(r"\bdouble ([A-Za-z]+)", r"\1 \1", s)
        s = re.sub(r"[A-Za-zçéêü]+", lambda m: table.get(m.group(0), m.group(0)), s)
    if family == N:
        for w in sorted((x for ws in NOISE_WORDS.values() for x in ws), key=len, reverse=True):
            s = re.sub(rf"\b{w}\b", " ", s)
    return s


def matches(v: Value, decoded: str, family: str) -> bool:
    t = v.type
    if t == "EMAIL":
        return decoded.lower() == v.canonical.lower()
    if t == "PHONE":
        d = re.sub(r"[Oo]", "0", decoded)
        d = re.sub(r"[lI]", "1", d)
        d = re.sub(r"[^\d+]", "", d)
        try:
            p = phonenumbers.parse(d, v.region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164) == v.canonical
    if t == "CREDIT_DEBIT_EXPIRY":
        s = decoded
        for lg in MONTHS.values():
            for i, m in enumerate(lg):
                s = re.sub(rf"\b{m}\b", f"{i + 1:02d}", s)
        s = re.sub(r"[Oo]", "0", s)
        s = re.sub(r"[lI]", "1", s)
        dg = re.sub(r"\D", "", s)
        mm, yy = v.canonical.split("/")
        return dg in (mm + yy, mm + "20" + yy, str(int(mm)) + yy)
    if (
        t
        in (
            "IP_ADDRESS",
            "MAC_ADDRESS",
            "PASSWORD",
            "USERNAME",
            "AWS_SECRET_KEY",
            "AWS_ACCESS_KEY",
            "SWIFT_CODE",
        )
        and family != S
    ):
        return decoded == v.display or decoded == v.canonical
    want = re.sub(r"[^0-9A-Za-z]", "", v.canonical).upper()
    got = re.sub(r"[^0-9A-Za-z]", "", decoded)
    if len(got) != len(want):
        return False
    for w, g in zip(want, got):
        if w == g.upper():
            continue
        if w == "0" and g in "Oo":
            continue
        if w == "1" and g in "lI":
            continue
        return False
    return True


def has_letter_for_digit(v: Value, text: str) -> bool:
    """True if at least one digit of the value is typed as O/o/l/I in text."""
    got = re.sub(r"[^0-9A-Za-z]", "", text)
    for want in (re.sub(r"[^0-9A-Za-z]", "", v.canonical), _core(v)):
        if len(want) == len(got) and any(w in "01" and g in "OolI" for w, g in zip(want, got)):
            return True
    return False


# --------------------------------------------------------------------------- conversations

SLOT = re.compile(r"\{(#?[A-Za-z_][A-Za-z_0-9]*)(?:!([a-z]+\d?))?\}")


@dataclass
class Conversation:
    locale: str
    messages: list[dict] = field(default_factory=list)


def choose_family(t: str, rng: random.Random) -> str:
    opts = FREE[t]
    if len(opts) == 1 or rng.random() < 0.42:
        return P
    return rng.choice(opts[1:])


def render(template: str, lang: str, rng: random.Random, negatives, conv_key: str) -> Conversation:
    locale_m = re.match(r"\[([a-z]{2}-[A-Z]{2})\]\s*", template)
    if locale_m:
        locale = locale_m.group(1)
        template = template[locale_m.end() :]
    else:
        locale = rng.choice(LOCALES[lang])
    raw_msgs = [m.strip() for m in template.split("|||")]
    # multi-message groups: key -> list of parts
    groups: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for m in raw_msgs:
        for sm in SLOT.finditer(m):
            if sm.group(2) and sm.group(2).startswith("mm"):
                k = sm.group(1) + "!" + sm.group(2)
                counts[k] = counts.get(k, 0) + 1
    group_vals: dict[str, tuple[Value, list[str]]] = {}
    for k, n in counts.items():
        t = ALIAS[k.split("!")[0]]
        v = draw(t, locale, rng, "multi_message")
        group_vals[k] = (v, split_parts(v, n, rng))
    used: dict[str, int] = {}
    conv = Conversation(locale)
    for m in raw_msgs:
        text = ""
        pii, keep = [], []
        pos = 0
        for sm in SLOT.finditer(m):
            text += m[pos : sm.start()]
            pos = sm.end()
            name, mod = sm.group(1), sm.group(2)
            if name.startswith("#"):
                kind = name[1:]
                val = negatives(kind, locale, rng)
                keep.append(
                    {"kind": kind, "start": len(text), "end": len(text) + len(val), "value": val}
                )
                text += val
                continue
            t = ALIAS[name]
            if mod and mod.startswith("mm"):
                k = name + "!" + mod
                v, parts = group_vals[k]
                i = used.get(k, 0)
                used[k] = i + 1
                s = parts[i]
                pii.append(
                    {
                        "type": t,
                        "family": "multi_message",
                        "start": len(text),
                        "end": len(text) + len(s),
                        "value": s,
                        "group": f"{conv_key}-{mod}",
                        "_v": v,
                        "_part": i,
                        "_n": len(parts),
                    }
                )
                text += s
                continue
            fam = FORCED[mod] if mod else choose_family(t, rng)
            v = draw(t, locale, rng, fam)
            s = surface(v, fam, lang, rng)
            pii.append(
                {
                    "type": t,
                    "family": fam,
                    "start": len(text),
                    "end": len(text) + len(s),
                    "value": s,
                    "_v": v,
                }
            )
            text += s
        text += m[pos:]
        conv.messages.append({"text": text, "pii": pii, "must_keep": keep, "_lang": lang})
    return conv
