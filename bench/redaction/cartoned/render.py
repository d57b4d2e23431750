"""Turn conversation templates into labelled messages.

Template syntax (templates contain no digits; every digit comes from a placeholder):

* ``{TYPE}`` a PII value with a surface family chosen at random among those that fit;
  ``{TYPE:fam}`` or ``{TYPE:fam1/fam2}`` restricts the family; ``{TYPE.2:...}`` is a second,
  distinct value of the same type (corrections); the same key in one conversation is the
  same value.
* ``{TYPE:mm1}`` ... ``{TYPE:mm3}``: one value typed over consecutive messages (multi_message).
* ``{X}`` and ``{X.w}``: a slot whose type the generator assigns, and a context word for it.
  ``{TYPE.w}`` is a context word for a fixed type.
* ``{#kind}``: a hard negative (must_keep) of that kind.
* ``[[a|b|c]]``: pick one alternative.
* A first message starting with ``@es-MX `` fixes the locale (otherwise drawn from the language's
  locales, nudged by the national types the template holds).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import quote, unquote

import phonenumbers

from . import values as V

TYPES = [
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PASSWORD",
    "USERNAME",
    "EMAIL",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
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
TEMPLATE_FAMILIES = {
    "percent_encoded",
    "url_credentials",
    "key_value_secret",
    "context_only",
    "multi_message",
}

_DIGITY = {
    "CREDIT_DEBIT_NUMBER",
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
    "ES_DNI",
    "PHONE",
}
SURFACE: dict[str, list[str]] = {t: ["plain"] for t in TYPES}
for _t in _DIGITY:
    SURFACE[_t] = [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
    ]
SURFACE["BR_CNPJ"] = ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution"]
SURFACE["PIN"] = ["plain", "spaced_or_dashed", "letter_substitution", "spelled_out"]
SURFACE["CREDIT_DEBIT_CVV"] = ["plain", "letter_substitution", "spelled_out"]
SURFACE["CREDIT_DEBIT_EXPIRY"] = ["plain", "compact_expiry"]
SURFACE["EMAIL"] = ["plain", "email_spelled"]
SURFACE["INTERNATIONAL_BANK_ACCOUNT_NUMBER"] = [
    "plain",
    "iban_broken",
    "split_by_noise",
    "letter_substitution",
]
SURFACE["ES_NIE"] = ["plain", "spaced_or_dashed", "letter_substitution"]
SURFACE["UK_NATIONAL_INSURANCE_NUMBER"] = [
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
]
SURFACE["PASSPORT_NUMBER"] = ["plain", "spaced_or_dashed", "letter_substitution"]
SURFACE["DRIVER_ID"] = ["plain", "spaced_or_dashed"]
SURFACE["MX_CURP"] = ["plain", "spaced_or_dashed"]
SURFACE["MX_RFC"] = ["plain", "spaced_or_dashed"]
_WEIGHTS = {
    "plain": 5,
    "spaced_or_dashed": 2,
    "split_by_noise": 2,
    "letter_substitution": 2,
    "spelled_out": 2,
    "compact_expiry": 4,
    "email_spelled": 4,
    "iban_broken": 4,
}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
DIGIT_VARIANTS = {
    "en": {"oh": "0", "o": "0"},
    "es": {"un": "1"},
    "fr": {"zero": "0", "une": "1"},
    "de": {"zwo": "2", "fuenf": "5", "funf": "5"},
    "pt": {"meia": "6", "tres": "3", "uma": "1"},
}
NOISE_WORDS = {
    "en": ["then", "and then", "and"],
    "es": ["luego", "y luego", "y"],
    "fr": ["puis", "et puis", "ensuite"],
    "de": ["dann", "und dann", "und"],
    "pt": ["depois", "e depois", "e"],
}
EMOJI = ["🙂", "👉", "✨", "😅", "🔹", "➡️", "🙏"]
EMAIL_AT = {
    "en": [" at ", " (at) ", " [at] ", "(at)"],
    "es": [" arroba ", " (arroba) ", " [at] "],
    "fr": [" arobase ", " (at) ", " a commercial "],
    "de": [" Klammeraffe ", " (at) ", " [at] ", " ät "],
    "pt": [" arroba ", " (arroba) ", " [at] "],
}
EMAIL_DOT = {
    "en": [" dot ", " (dot) ", " [dot] ", "."],
    "es": [" punto ", " (punto) ", " [dot] ", "."],
    "fr": [" point ", " (point) ", " [dot] ", "."],
    "de": [" Punkt ", " (Punkt) ", " [dot] ", "."],
    "pt": [" ponto ", " (ponto) ", " [dot] ", "."],
}
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"],
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
        "janvier",
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
        "Januar",
        "Feb",
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
        "janeiro",
        "fev",
        "março",
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

LOCALES = {
    "en": ["en-US", "en-GB"],
    "es": ["es-ES", "es-MX"],
    "fr": ["fr-FR"],
    "de": ["de-DE"],
    "pt": ["pt-BR", "pt-PT"],
}
_TYPE_LOCALE = {
    "SSN": "US",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": "US",
    "BANK_ROUTING": "US",
    "UK_NATIONAL_INSURANCE_NUMBER": "GB",
    "ES_DNI": "ES",
    "ES_NIE": "ES",
    "MX_CURP": "MX",
    "MX_RFC": "MX",
    "MX_CLABE": "MX",
    "BR_CPF": "BR",
    "BR_CNPJ": "BR",
    "PT_NIF": "PT",
}


# ------------------------------------------------------------------ drawing
def draw(type_: str, rng: random.Random, region: str, family: str, conv: dict[str, str]) -> str:
    """Canonical value of a type; redraws until a family-specific need is met."""
    for _ in range(200):
        v = _draw_once(type_, rng, region, family, conv)
        if family == "letter_substitution" and not re.search(r"[01]", _subst_zone(type_, v)):
            continue
        return v
    raise RuntimeError((type_, family))


def _draw_once(t: str, rng: random.Random, region: str, family: str, conv: dict[str, str]) -> str:
    table: dict[str, Callable[[], str]] = {
        "CREDIT_DEBIT_NUMBER": lambda: V.card(rng),
        "CREDIT_DEBIT_CVV": lambda: V.cvv(rng, conv.get("CREDIT_DEBIT_NUMBER", "")),
        "CREDIT_DEBIT_EXPIRY": lambda: V.expiry(rng),
        "PIN": lambda: V.pin(rng),
        "PASSWORD": lambda: V.password(
            rng, url_safe=family in ("url_credentials", "key_value_secret")
        ),
        "USERNAME": lambda: V.username(rng),
        "EMAIL": lambda: V.email(rng),
        "PHONE": lambda: V.phone(rng, region),
        "BANK_ACCOUNT_NUMBER": lambda: V.bank_account(rng, region),
        "BANK_ROUTING": lambda: V.routing(rng, region),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: V.iban_value(rng, region),
        "SWIFT_CODE": lambda: V.swift(rng, region),
        "SSN": lambda: V.ssn_value(rng),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: V.itin_value(rng),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: V.nino(rng),
        "PASSPORT_NUMBER": lambda: V.passport(rng, region),
        "DRIVER_ID": lambda: V.driver_id(rng, region),
        "IP_ADDRESS": lambda: V.ip_address(rng),
        "MAC_ADDRESS": lambda: V.mac_address(rng),
        "AWS_ACCESS_KEY": lambda: V.aws_access_key(rng),
        "AWS_SECRET_KEY": lambda: V.aws_secret_key(rng),
        "ES_DNI": lambda: V.dni_value(rng),
        "ES_NIE": lambda: V.nie_value(rng),
        "MX_CURP": lambda: V.curp_value(rng),
        "MX_RFC": lambda: V.rfc_value(rng),
        "MX_CLABE": lambda: V.clabe(rng),
        "BR_CPF": lambda: V.cpf_value(rng),
        "BR_CNPJ": lambda: V.cnpj_value(rng),
        "FR_NIR": lambda: V.nir_value(rng),
        "DE_TAX_ID": lambda: V.idnr_value(rng),
        "PT_NIF": lambda: V.nif_value(rng),
    }
    return table[t]()


def compact(t: str, v: str) -> str:
    """The characters that identify a value: what every surface form must decode back to."""
    if t == "EMAIL":
        return v.lower()
    if t in ("PASSWORD", "USERNAME", "AWS_SECRET_KEY", "IP_ADDRESS"):
        return v
    if t == "MAC_ADDRESS":
        return re.sub(r"[^0-9A-F]", "", v.upper())
    if t == "PHONE":
        return phonenumbers.parse(v).national_number.__str__()
    return re.sub(r"[^0-9A-Za-z]", "", v).upper()


def _subst_zone(t: str, v: str) -> str:
    """Digits where O/l substitution may happen (digit runs only)."""
    return "".join(c for c in v if c.isdigit())


# ------------------------------------------------------------------ surfaces
def _phone_plain(v: str, rng: random.Random) -> str:
    n = phonenumbers.parse(v)
    fmt = rng.choice(
        [
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
        ]
    )
    return phonenumbers.format_number(n, fmt)


def _groups(t: str, v: str, rng: random.Random) -> list[str]:
    """Split a value's compact characters into the groups people type."""
    if t == "PHONE":
        n = phonenumbers.parse(v)
        national = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
        parts = re.findall(r"[0-9]+", national)
        if len(parts) < 2 or rng.random() < 0.4:
            s = "".join(parts)
            size = rng.choice([2, 3, 4])
            head = len(s) % size or size
            parts = [s[:head]] + [s[i : i + size] for i in range(head, len(s), size)]
        return parts
    s = compact(t, v)
    if t == "CREDIT_DEBIT_NUMBER":
        return (
            [s[:4], s[4:10], s[10:]]
            if len(s) == 15
            else [s[i : i + 4] for i in range(0, len(s), 4)]
        )
    sizes = {
        "SSN": [3, 2, 4],
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [3, 2, 4],
        "BR_CPF": [3, 3, 3, 2],
        "BR_CNPJ": [2, 3, 3, 4, 2],
        "FR_NIR": [1, 2, 2, 2, 3, 3, 2],
        "DE_TAX_ID": [2, 3, 3, 3],
        "UK_NATIONAL_INSURANCE_NUMBER": [2, 2, 2, 2, 1],
        "MX_CLABE": [3, 3, 11, 1],
        "ES_DNI": [2, 3, 3, 1],
        "ES_NIE": [1, 3, 4, 1],
        "MX_CURP": [4, 6, 6, 2],
        "MX_RFC": [4, 6, 3],
    }.get(t)
    if sizes is None or rng.random() < 0.3:
        size = rng.choice([3, 4]) if len(s) > 6 else 2
        return [s[i : i + size] for i in range(0, len(s), size)]
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return [g for g in out if g]


def _noise(lang: str, rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f" {rng.choice(EMOJI)} "
    if kind == 1:
        return rng.choice([" | ", "|"])
    if kind == 2:
        return rng.choice([" / ", "/"])
    if kind == 3:
        return f" {rng.choice(NOISE_WORDS[lang])} "
    return rng.choice(["\n", " \n", "\n\n"])


def _substitute(s: str, rng: random.Random) -> str:
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if c in "01"]
    picks = rng.sample(idx, k=max(1, min(len(idx), rng.randint(1, 3))))
    for i in picks:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def _spell(groups: list[str], lang: str, rng: random.Random) -> str:
    mixed = len(groups) > 2 and rng.random() < 0.4
    accentless = rng.random() < 0.5
    out = []
    for gi, g in enumerate(groups):
        if mixed and gi % 2 == 1:
            out.append(g)
            continue
        words = [DIGIT_WORDS[lang][int(c)] if c.isdigit() else c for c in g]
        if lang == "en" and rng.random() < 0.3:
            words = ["oh" if w == "zero" else w for w in words]
        if lang == "pt" and rng.random() < 0.3:  # Brazilians say "meia" (meia duzia) for six
            words = ["meia" if w == "seis" else w for w in words]
        if lang == "de" and rng.random() < 0.3:
            words = ["zwo" if w == "zwei" else w for w in words]
        if accentless:
            words = [strip_accents(w) for w in words]
        out.append(" ".join(words))
    return rng.choice([", ", " ", " - "]).join(out)


def surface(t: str, v: str, family: str, lang: str, rng: random.Random) -> str:
    if family in ("context_only", "multi_message", "url_credentials", "key_value_secret"):
        family = "plain"
    if t == "PHONE":
        if family == "plain":
            return _phone_plain(v, rng)
        if family == "percent_encoded":
            return quote(v, safe="")
    if t == "EMAIL":
        if family == "email_spelled":
            local, domain = v.split("@")
            dot = rng.choice(EMAIL_DOT[lang])
            if rng.random() < 0.5:
                local = local.replace(".", dot)
            return local.rstrip() + rng.choice(EMAIL_AT[lang]) + domain.replace(".", dot)
        if family == "percent_encoded":
            return quote(v, safe="")
        return v if rng.random() < 0.8 else v.upper() if rng.random() < 0.3 else v.capitalize()
    if t == "CREDIT_DEBIT_EXPIRY":
        mm, yy = v.split("/")
        if family == "compact_expiry":
            return mm + (yy if rng.random() < 0.8 else "20" + yy)
        shape = rng.randrange(5)
        if shape == 0:
            return v
        if shape == 1:
            return f"{mm}/20{yy}"
        if shape == 2:
            return f"{int(mm)}/{yy}"
        if shape == 3:
            return f"{mm}-{yy}"
        return f"{MONTHS[lang][int(mm) - 1]} {rng.choice([yy, '20' + yy])}"
    if family == "plain":
        if t == "CREDIT_DEBIT_NUMBER" and rng.random() < 0.5:
            return " ".join(_groups(t, v, rng))
        if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER" and rng.random() < 0.3:
            return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        if t == "FR_NIR" and rng.random() < 0.5:
            return " ".join(_groups(t, v, random.Random(0)))
        return v
    if family == "iban_broken":
        size = rng.choice([4, 4, 3, 5])
        parts = [v[i : i + size] for i in range(0, len(v), size)]
        if rng.random() < 0.4:  # irregular breaks
            k = rng.randrange(1, len(parts))
            parts = parts[:k] + ["".join(parts[k : k + 2])] + parts[k + 2 :]
        sep = rng.choice([" ", "-", "\n", "  ", " - "])
        return sep.join(parts)
    groups = _groups(t, v, rng)
    if family == "spaced_or_dashed":
        if t == "PIN":
            return rng.choice([" ", "-", "."]).join(v)
        if t in ("PASSPORT_NUMBER", "DRIVER_ID"):
            s = re.sub(r"[^0-9A-Za-z]", "", v)
            k = rng.randint(2, len(s) - 2)
            return s[:k] + rng.choice([" ", "-"]) + s[k:]
        text = rng.choice([" ", "-", ".", "  ", " - "]).join(groups)
        if t == "PHONE" and text in {
            phonenumbers.format_number(phonenumbers.parse(v), f) for f in range(4)
        }:
            text = "-".join(groups)  # never the standard print form
        return text
    if family == "split_by_noise":
        out = groups[0]
        for g in groups[1:]:
            out += _noise(lang, rng) + g
        return out
    if family == "letter_substitution":
        base = v if (t in ("CREDIT_DEBIT_CVV", "PIN") or rng.random() < 0.5) else " ".join(groups)
        if t == "PHONE":
            base = _phone_plain(v, rng)
        return _substitute(base, rng)
    if family == "spelled_out":
        if t in ("CREDIT_DEBIT_CVV", "PIN"):
            return _spell([v], lang, rng)
        return _spell(groups, lang, rng)
    raise ValueError((t, family))


# ------------------------------------------------------------------ decoding (validation)
def _word_map(lang: str) -> dict[str, str]:
    m = {w: str(i) for i, w in enumerate(DIGIT_WORDS[lang])}
    m.update(DIGIT_VARIANTS[lang])
    m["oh"] = "0" if lang == "en" else m.get("oh", "")
    return {k: v for k, v in m.items() if v}


def decode(t: str, text: str, family: str, lang: str, canonical: str) -> bool:
    """True if a surface form carries exactly the drawn value."""
    want = compact(t, canonical)
    if family == "percent_encoded":
        return compact(t, unquote(text)) == want if t != "PHONE" else unquote(text) == canonical
    if family == "email_spelled":
        s = text
        for tok in sorted(set(sum(EMAIL_AT.values(), [])), key=lambda w: (-len(w), w)):
            s = s.replace(tok, "@")
        for tok in sorted(set(sum(EMAIL_DOT.values(), [])), key=lambda w: (-len(w), w)):
            s = s.replace(tok, ".")
        return s.lower() == want
    if t == "CREDIT_DEBIT_EXPIRY":
        mm, yy = canonical.split("/")
        s = text
        for i, name in enumerate(MONTHS[lang]):
            if s.startswith(name):
                s = f"{i + 1:02d}" + s[len(name) :]
        d = re.sub(r"\D", "", s)
        if len(d) in (3, 5):
            d = "0" + d
        return d[:2] == mm and d[-2:] == yy
    if t == "PHONE":
        s = text.replace("+", " ")
    else:
        s = text
    if family == "spelled_out":
        wm = _word_map(lang)
        toks = re.split(r"[\s,\-]+", s)
        s = "".join(wm.get(tok.lower(), tok) for tok in toks)
    if family == "split_by_noise":
        for w in sorted(sum(NOISE_WORDS.values(), []), key=lambda w: (-len(w), w)):
            s = s.replace(f" {w} ", " ")
        for e in EMOJI:
            s = s.replace(e, " ")
    if t in ("PASSWORD", "USERNAME", "AWS_SECRET_KEY", "IP_ADDRESS", "EMAIL"):
        return s == want if t != "EMAIL" else s.lower() == want
    got = (
        re.sub(r"[^0-9A-Za-z]", "", s).upper()
        if t != "MAC_ADDRESS"
        else re.sub(r"[^0-9A-Fa-f]", "", s).upper()
    )
    if family == "letter_substitution":
        if t == "PHONE":
            got = got.translate(str.maketrans("OL", "01"))
            got = got.replace("I", "1")
        # in digit runs of the canonical value, O stands for 0 and L/I for 1
        flat = re.sub(r"[^0-9A-Za-z]", "", canonical).upper() if t != "PHONE" else want
        if len(got) != len(flat):
            return _phone_match(got, want) if t == "PHONE" else False
        for a, b in zip(got, flat):
            if a != b and not (b == "0" and a == "O") and not (b == "1" and a in "LI"):
                return False
        return True
    if t == "PHONE":
        return _phone_match(got, want)
    return got == want


def _phone_match(got: str, national: str) -> bool:
    return got.endswith(national) and len(got) - len(national) <= 3


# ------------------------------------------------------------------ templates
_PH = re.compile(r"\{([^{}]+)\}")
_ALT = re.compile(r"\[\[([^\[\]]+)\]\]")


@dataclass
class Conversation:
    messages: list[dict] = field(default_factory=list)


def placeholders(template: str) -> list[str]:
    return _PH.findall(template)


def render(
    msgs: list[str],
    lang: str,
    rng: random.Random,
    slot_types: list[str],
    words: dict[str, list[str]],
    conv_id: str,
) -> tuple[str, list[dict]]:
    """Render one conversation template. Returns (locale, messages)."""
    forced = None
    if msgs[0].startswith("@"):
        forced, _, first = msgs[0][1:].partition(" ")
        msgs = [first, *msgs[1:]]
    keys_in_conv: list[str] = []
    for m in msgs:
        for p in placeholders(m):
            if not p.startswith("#"):
                keys_in_conv.append(p.split(":")[0])
    typed = [k.split(".")[0] for k in keys_in_conv]
    slot_iter = iter(slot_types)
    slot_map: dict[str, str] = {}
    for k in typed:
        if k == "X" and "X" not in slot_map:
            slot_map["X"] = next(slot_iter)
    types_used = list(
        dict.fromkeys(slot_map.get(k, k) for k in typed)
    )  # ordered: no hash-seed dependence
    locales = LOCALES[lang]
    locale = rng.choice(locales)
    for t in types_used:
        region = _TYPE_LOCALE.get(t)
        for loc in locales:
            if region and loc.endswith(region):
                locale = loc
    if forced:
        locale = forced
    region = locale.split("-")[1]

    conv_values: dict[str, str] = {}
    conv_family: dict[str, str] = {}
    mm_counts: dict[str, int] = {}
    for m in msgs:
        for p in placeholders(m):
            if ":mm" in p:
                mm_counts[p.split(":")[0]] = mm_counts.get(p.split(":")[0], 0) + 1
    mm_parts: dict[str, list[str]] = {}
    groups: dict[str, str] = {}

    out = []
    for m in msgs:
        m = _ALT.sub(lambda mt: rng.choice(mt.group(1).split("|")), m)
        text = ""
        pii: list[dict] = []
        keep: list[dict] = []
        pos = 0
        for mt in _PH.finditer(m):
            text += m[pos : mt.start()]
            pos = mt.end()
            spec = mt.group(1)
            if spec.startswith("#"):
                value = V.negative(spec[1:], rng, locale)
                keep.append(
                    {
                        "kind": spec[1:],
                        "start": len(text),
                        "end": len(text) + len(value),
                        "value": value,
                    }
                )
                text += value
                continue
            key, _, fam_spec = spec.partition(":")
            base, _, suffix = key.partition(".")
            t = slot_map.get(base, base)
            if suffix == "w":
                text += rng.choice(words[t])
                continue
            vkey = t + ("." + suffix if suffix else "")
            if fam_spec.startswith("mm"):
                family = "multi_message"
            elif vkey in conv_family:
                family = conv_family[vkey]
            else:
                options = fam_spec.split("/") if fam_spec else SURFACE[t]
                family = rng.choices(options, weights=[_WEIGHTS.get(o, 3) for o in options])[0]
            if vkey not in conv_values:
                conv_values[vkey] = draw(t, rng, region, family, conv_values)
                if t in ("CREDIT_DEBIT_NUMBER",):
                    conv_values.setdefault("CREDIT_DEBIT_NUMBER", conv_values[vkey])
            conv_family.setdefault(vkey, family)
            value = conv_values[vkey]
            entry: dict = {"type": t, "family": family}
            if family == "multi_message":
                if vkey not in mm_parts:
                    mm_parts[vkey] = _split_parts(t, value, mm_counts[key], rng)
                    groups[vkey] = f"{conv_id}-g{len(groups) + 1}"
                idx = int(fam_spec[2:]) - 1
                surf = mm_parts[vkey][idx]
                entry["group"] = groups[vkey]
            else:
                surf = surface(t, value, family, lang, rng)
            entry.update(
                {
                    "start": len(text),
                    "end": len(text) + len(surf),
                    "value": surf,
                    "_canonical": value,
                }
            )
            pii.append(entry)
            text += surf
        text += m[pos:]
        out.append({"text": text, "pii": pii, "must_keep": keep})
    return locale, out


def _split_parts(t: str, value: str, n: int, rng: random.Random) -> list[str]:
    if t == "PHONE":
        s = "".join(
            re.findall(
                r"\d",
                phonenumbers.format_number(
                    phonenumbers.parse(value), phonenumbers.PhoneNumberFormat.NATIONAL
                ),
            )
        )
    elif t in ("INTERNATIONAL_BANK_ACCOUNT_NUMBER",):
        s = value
    else:
        s = re.sub(r"[^0-9A-Za-z]", "", value)
    cuts = sorted(rng.sample(range(3, len(s) - 2), n - 1))
    if t == "CREDIT_DEBIT_NUMBER" and len(s) == 16:
        cuts = [8] if n == 2 else [4, 12] if rng.random() < 0.5 else [8, 12]
    bounds = [0, *cuts, len(s)]
    parts = [s[a:b] for a, b in zip(bounds, bounds[1:])]
    if t != "PHONE" and rng.random() < 0.5:
        parts = [" ".join(p[i : i + 4] for i in range(0, len(p), 4)) for p in parts]
    return parts


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
