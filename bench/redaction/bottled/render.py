"""Render a drawn value in one obfuscation family, and decode it back.

`render(...)` returns the exact text that goes into the message (the span); `decode(...)`
turns that text back into a normal form so the generator can check that what a customer
typed still denotes the value that was drawn.
"""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote, unquote

import phonenumbers

from . import values as V

LOCALES = {
    "en": ["en-US", "en-GB", "en-CA", "en-US"],
    "es": ["es-ES", "es-MX", "es-US", "es-AR", "es-ES", "es-MX"],
    "fr": ["fr-FR", "fr-CA", "fr-BE", "fr-FR"],
    "de": ["de-DE", "de-AT", "de-CH", "de-DE"],
    "pt": ["pt-BR", "pt-PT", "pt-BR"],
}

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Variants customers type: no accents, "oh" for zero, "zwo", "meia" (six, in Brazil).
WORD_VARIANTS = {
    "oh": 0,
    "o": 0,
    "zwo": 2,
    "funf": 5,
    "fuenf": 5,
    "meia": 6,
    "zero": 0,
    "tres": 3,
    "une": 1,
    "ein": 1,
    "uma": 1,
    "duas": 2,
}
WORD_TO_DIGIT = {
    unicodedata.normalize("NFC", w): i for ws in WORDS.values() for i, w in enumerate(ws)
}
WORD_TO_DIGIT.update(WORD_VARIANTS)


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


for _w, _d in list(WORD_TO_DIGIT.items()):
    WORD_TO_DIGIT.setdefault(_strip_accents(_w), _d)


def _pair_words(lang: str) -> dict[int, str]:
    """Words for 11..99 without a zero digit, as customers say pairs ("forty-one", "vingt-deux")."""
    u = WORDS[lang]
    out: dict[int, str] = {}
    if lang == "en":
        teens = [
            "",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
        tens = [
            "",
            "",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
        ]
        for n in range(11, 100):
            out[n] = teens[n - 10] if n < 20 else f"{tens[n // 10]}-{u[n % 10]}"
    elif lang == "es":
        teens = [
            "",
            "once",
            "doce",
            "trece",
            "catorce",
            "quince",
            "dieciséis",
            "diecisiete",
            "dieciocho",
            "diecinueve",
        ]
        tens = [
            "",
            "",
            "veinti",
            "treinta",
            "cuarenta",
            "cincuenta",
            "sesenta",
            "setenta",
            "ochenta",
            "noventa",
        ]
        for n in range(11, 100):
            if n < 20:
                out[n] = teens[n - 10]
            elif n < 30:
                out[n] = {21: "veintiuno", 22: "veintidós", 23: "veintitrés", 26: "veintiséis"}.get(
                    n, "veinti" + u[n % 10]
                )
            else:
                out[n] = f"{tens[n // 10]} y {u[n % 10]}"
    elif lang == "pt":
        teens = [
            "",
            "onze",
            "doze",
            "treze",
            "catorze",
            "quinze",
            "dezesseis",
            "dezessete",
            "dezoito",
            "dezenove",
        ]
        tens = [
            "",
            "",
            "vinte",
            "trinta",
            "quarenta",
            "cinquenta",
            "sessenta",
            "setenta",
            "oitenta",
            "noventa",
        ]
        for n in range(11, 100):
            out[n] = teens[n - 10] if n < 20 else f"{tens[n // 10]} e {u[n % 10]}"
    elif lang == "de":
        teens = [
            "",
            "elf",
            "zwölf",
            "dreizehn",
            "vierzehn",
            "fünfzehn",
            "sechzehn",
            "siebzehn",
            "achtzehn",
            "neunzehn",
        ]
        tens = [
            "",
            "",
            "zwanzig",
            "dreißig",
            "vierzig",
            "fünfzig",
            "sechzig",
            "siebzig",
            "achtzig",
            "neunzig",
        ]
        for n in range(11, 100):
            unit = "ein" if n % 10 == 1 else u[n % 10]
            out[n] = teens[n - 10] if n < 20 else f"{unit}und{tens[n // 10]}"
    elif lang == "fr":
        teens = [
            "",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "dix-sept",
            "dix-huit",
            "dix-neuf",
        ]
        tens = [
            "",
            "",
            "vingt",
            "trente",
            "quarante",
            "cinquante",
            "soixante",
            "soixante",
            "quatre-vingt",
            "quatre-vingt",
        ]
        for n in range(11, 100):
            t, d = divmod(n, 10)
            if n < 20:
                out[n] = teens[d]
            elif t in (7, 9):
                out[n] = (
                    tens[t]
                    + ("-" if not (t == 7 and d == 1) else " et ")
                    + (teens[d] if d else "dix")
                )
            else:
                out[n] = tens[t] + (" et un" if d == 1 and t != 8 else "-" + u[d])
    return {n: w for n, w in out.items() if n % 10}


PAIR_WORDS = {lang: _pair_words(lang) for lang in WORDS}
_PAIR_RE = {}
for _lang, _pw in PAIR_WORDS.items():
    _alts = {}
    for _n, _w in _pw.items():
        _alts[_w] = _n
        _alts[_strip_accents(_w)] = _n
    _PAIR_RE[_lang] = (
        re.compile(
            r"(?<!\w)("
            + "|".join(re.escape(w) for w in sorted(_alts, key=len, reverse=True))
            + r")(?!\w)",
            re.IGNORECASE,
        ),
        {k.lower(): v for k, v in _alts.items()},
    )


def _spell_pairs(g: str, lang: str) -> list[str]:
    """Say a digit group in pairs where a pair has no zero, else digit by digit."""
    out, i = [], 0
    while i < len(g):
        pair = g[i : i + 2]
        if len(pair) == 2 and "0" not in pair and pair[0] != "0":
            out.append(PAIR_WORDS[lang][int(pair)])
            i += 2
        else:
            out.append(WORDS[lang][int(g[i])])
            i += 1
    return out


NOISE = {
    "en": [" | ", " / ", " 👉 ", "\n", " then ", " and ", " ... ", " 🙏 ", " || "],
    "es": [" | ", " / ", " 👉 ", "\n", " y ", " luego ", " ... ", " 😅 ", " // "],
    "fr": [" | ", " / ", " ➡️ ", "\n", " puis ", " et ", " ... ", " 😬 ", " - - "],
    "de": [" | ", " / ", " 👉 ", "\n", " dann ", " und ", " ... ", " 🙈 ", " // "],
    "pt": [" | ", " / ", " 👉 ", "\n", " e ", " depois ", " ... ", " 😂 ", " || "],
}
AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), (" [at] ", " [dot] "), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        (" (arroba) ", " punto "),
        (" [at] ", " [punto] "),
        (" arroba ", " . "),
    ],
    "fr": [
        (" arobase ", " point "),
        (" (at) ", " point "),
        (" arobase ", " [point] "),
        (" a commercial ", " point "),
    ],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" (at) ", " (punkt) "),
        (" at ", " punkt "),
        (" [at] ", " [Punkt] "),
    ],
    "pt": [
        (" arroba ", " ponto "),
        (" (arroba) ", " (ponto) "),
        (" @ ", " ponto "),
        (" [at] ", " [ponto] "),
    ],
}
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": ["jan", "feb", "märz", "apr", "mai", "juni", "juli", "aug", "sept", "okt", "nov", "dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}

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
SHORT_DIGIT = {"CREDIT_DEBIT_CVV", "PIN"}
ALNUM_GROUPABLE = {
    "ES_DNI",
    "ES_NIE",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "MX_CURP",
    "MX_RFC",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "SWIFT_CODE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
}

# Families a "?" slot may cycle through, per type.
AUTO_FAMILIES = {}
for _t in DIGIT_TYPES - SHORT_DIGIT:
    AUTO_FAMILIES[_t] = [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
    ]
for _t in SHORT_DIGIT:
    AUTO_FAMILIES[_t] = [
        "plain",
        "spelled_out",
        "letter_substitution",
        "context_only",
        "spaced_or_dashed",
    ]
for _t in ALNUM_GROUPABLE:
    AUTO_FAMILIES[_t] = ["plain", "spaced_or_dashed"]
AUTO_FAMILIES["INTERNATIONAL_BANK_ACCOUNT_NUMBER"] = [
    "plain",
    "spaced_or_dashed",
    "iban_broken",
    "split_by_noise",
]
AUTO_FAMILIES["EMAIL"] = ["plain", "email_spelled"]
AUTO_FAMILIES["CREDIT_DEBIT_EXPIRY"] = ["plain", "compact_expiry"]
AUTO_FAMILIES["PASSWORD"] = ["plain", "context_only"]
AUTO_FAMILIES["USERNAME"] = ["plain", "context_only"]
AUTO_FAMILIES["BANK_ACCOUNT_NUMBER"] = AUTO_FAMILIES["BANK_ACCOUNT_NUMBER"] + ["context_only"]
for _t in ("IP_ADDRESS", "MAC_ADDRESS", "AWS_ACCESS_KEY", "AWS_SECRET_KEY"):
    AUTO_FAMILIES[_t] = ["plain"]

ALLOWED = {t: set(f) for t, f in AUTO_FAMILIES.items()}
for _t in ("EMAIL", "PHONE"):
    ALLOWED[_t].add("percent_encoded")
ALLOWED["PASSWORD"] |= {"url_credentials", "key_value_secret"}
ALLOWED["AWS_ACCESS_KEY"].add("key_value_secret")
ALLOWED["AWS_SECRET_KEY"].add("key_value_secret")
for _t in (
    "CREDIT_DEBIT_NUMBER",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "SSN",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "BR_CNPJ",
):
    ALLOWED[_t].add("multi_message")
for _t in (
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PASSWORD",
    "USERNAME",
    "BANK_ACCOUNT_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "BANK_ROUTING",
):
    ALLOWED[_t].add("context_only")


def surface(t: str, raw, country: str, lang: str, rng: random.Random) -> str:
    """The value as the customer would write it with no obfuscation."""
    if t == "PHONE":
        num, _ = raw
        fmt = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
                "digits",
            ]
        )
        out = str(num.national_number) if fmt == "digits" else phonenumbers.format_number(num, fmt)
        if not V.phone_ok(out, raw[1]):  # some national forms (Argentina) do not parse back
            out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return out
    if t == "CREDIT_DEBIT_EXPIRY":
        m, y = raw
        mon = MONTHS[lang][m - 1]
        return rng.choice(
            [
                f"{m:02d}/{y % 100:02d}",
                f"{m:02d}/{y}",
                f"{m}/{y % 100:02d}",
                f"{m:02d}-{y % 100:02d}",
                f"{m:02d}/{y % 100:02d}",
                f"{mon}/{y % 100:02d}",
                f"{mon.capitalize()} {y}",
            ]
        )
    if t in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER") and rng.random() < 0.7:
        return f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"
    if t == "BR_CPF" and rng.random() < 0.6:
        return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"
    if t == "BR_CNPJ" and rng.random() < 0.6:
        return f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}/{raw[8:12]}-{raw[12:]}"
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER" and rng.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if t == "UK_NATIONAL_INSURANCE_NUMBER" and rng.random() < 0.4:
        return f"{raw[:2]} {raw[2:4]} {raw[4:6]} {raw[6:8]} {raw[8]}"
    if t == "FR_NIR" and rng.random() < 0.4:
        return f"{raw[0]} {raw[1:3]} {raw[3:5]} {raw[5:7]} {raw[7:10]} {raw[10:13]} {raw[13:]}"
    if t == "ES_DNI" and rng.random() < 0.3:
        return f"{raw[:8]}-{raw[8]}"
    if (
        t in ("ES_DNI", "ES_NIE", "MX_CURP", "MX_RFC", "SWIFT_CODE", "UK_NATIONAL_INSURANCE_NUMBER")
        and rng.random() < 0.15
    ):
        return raw.lower()
    return raw


def _groups(s: str, t: str, rng: random.Random) -> list[str]:
    if t == "CREDIT_DEBIT_NUMBER":
        sizes = [4, 6, 5] if len(s) == 15 else [4, 4, 4, 4]
    elif t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        sizes = [4] * 9
    elif len(s) <= 4:
        sizes = [2, 2] if len(s) == 4 else [1, 2] if len(s) == 3 else [3, 3]
    else:
        g = rng.choice([2, 3, 4] if len(s) <= 12 else [3, 4])
        sizes = [g] * 12
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


def compact(s: str) -> str:
    return "".join(c for c in s if c.isalnum() or c == "+")


def _split_head(c: str, t: str, raw):
    """Keep a phone's "+<country code>" in digits, in front of the obfuscated national part."""
    if t == "PHONE" and c.startswith("+"):
        cc = "+" + str(raw[0].country_code)
        return cc + " ", c[len(cc) :]
    return "", c


def render(t: str, family: str, surf: str, raw, lang: str, rng: random.Random, parts: int = 1):
    """Text for one value in one family; for multi_message a list of `parts` strings."""
    if family in ("plain", "context_only", "url_credentials", "key_value_secret"):
        return surf
    if family == "compact_expiry":
        m, y = raw
        return rng.choice([f"{m:02d}{y % 100:02d}", f"{m:02d}{y % 100:02d}", f"{m:02d}{y}"])
    if family == "percent_encoded":
        return quote(surf, safe=".-_")  # "@" -> %40, "+" -> %2B, " " -> %20
    if family == "email_spelled":
        at, dot = rng.choice(AT_DOT[lang])
        local, domain = surf.split("@")
        if rng.random() < 0.3:
            local = local.replace(".", dot)
        return (local + at + domain.replace(".", dot)).strip()
    c = compact(surf)
    if family == "spaced_or_dashed":
        sep = rng.choice([" ", "-", ".", " ", " - "] if t != "PHONE" else [" ", "-", ".", " "])
        head, c = _split_head(c, t, raw)
        return head + sep.join(_groups(c, t, rng))
    if family == "split_by_noise":
        noise = rng.choice(NOISE[lang])
        head, c = _split_head(c, t, raw)
        gs = _groups(c, t, rng)
        if len(gs) < 2:
            gs = [c[: len(c) // 2], c[len(c) // 2 :]]
        return head + noise.join(gs)
    if family == "iban_broken":
        gs = _groups(c, t, rng)
        out = gs[0]
        for g in gs[1:]:
            out += rng.choice([" ", "  ", "-", "\n", " - ", " ", ""]) + g
        return out
    if family == "letter_substitution":
        out = []
        for ch in surf:
            if ch == "0" and rng.random() < 0.7:
                out.append(rng.choice("OOo"))
            elif ch == "1" and rng.random() < 0.7:
                out.append(rng.choice("lIl"))
            else:
                out.append(ch)
        s = "".join(out)
        if s == surf:  # guarantee at least one substitution
            i = max(surf.find("0"), surf.find("1"))
            s = surf[:i] + ("O" if surf[i] == "0" else "l") + surf[i + 1 :]
        return s
    if family == "spelled_out":
        words = WORDS[lang]
        head, c = _split_head(c, t, raw)
        gs = _groups(c, t, rng) if len(c) > 4 else [c]
        mode = rng.choice(["all", "all", "mixed", "pairs"])
        sep = rng.choice([" ", " ", "-", ", "])
        out = []
        for k, g in enumerate(gs):
            if mode == "mixed" and k % 2 == 1:
                out.append(g)
            elif mode == "pairs":
                out.append(" ".join(_spell_pairs(g, lang)))
            else:
                ws = [words[int(d)] for d in g]
                if lang == "en" and rng.random() < 0.3:
                    ws = ["oh" if w == "zero" else w for w in ws]
                if rng.random() < 0.2:
                    ws = [_strip_accents(w) for w in ws]
                out.append(sep.join(ws))
        return head + "  ".join(out) if rng.random() < 0.2 else head + " ".join(out)
    if family == "multi_message":
        gs = _groups(c, t, rng)
        while len(gs) < parts:
            i = max(range(len(gs)), key=lambda k: len(gs[k]))
            g = gs[i]
            gs[i : i + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
        sep = rng.choice([" ", "", "-", " "])
        # distribute groups over the parts as evenly as possible
        cuts = [round(len(gs) * k / parts) for k in range(parts + 1)]
        return [sep.join(gs[cuts[k] : cuts[k + 1]]) for k in range(parts)]
    raise ValueError(f"unknown family {family}")


def _norm(s: str) -> str:
    return "".join(c for c in s if c.isalnum()).upper()


def decode(t: str, family: str, text: str, lang: str):
    """Normal form of what the customer typed (compared with the normal form of the surface)."""
    if t == "CREDIT_DEBIT_EXPIRY":
        d = "".join(c for c in text if c.isdigit())
        if len(d) in (4, 6) and family == "compact_expiry":
            return (int(d[:2]), int(d[2:]) % 100)
        m, y = re.split(r"[/\-. ]+", text.strip())
        if not m.isdigit():
            return (MONTHS[lang].index(m.lower()) + 1, int(y) % 100)
        return (int(m), int(y) % 100)
    if family == "percent_encoded":
        return unquote(text)
    if family == "email_spelled":
        s = text
        for at, dot in AT_DOT[lang]:
            s = s.replace(at, "@").replace(dot, ".")
        return s
    if family == "letter_substitution":
        return _norm(text.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})))
    if family == "spelled_out":
        rx, table = _PAIR_RE[lang]
        text = rx.sub(lambda m: f" {table[m.group(0).lower()]} ", text)
        out = []
        for tok in re.findall(r"\w+|\+", text):
            low = tok.lower()
            if tok.isdigit():
                out.append(tok)
            elif low in WORD_TO_DIGIT:
                out.append(str(WORD_TO_DIGIT[low]))
            elif tok == "+":
                continue
            else:
                raise ValueError(f"unknown word {tok!r}")
        return "".join(out)
    if family in ("split_by_noise",):
        noise_words = {
            w.strip().upper() for ws in NOISE.values() for w in ws if w.strip().isalpha()
        }
        toks = re.findall(r"\w+", text)
        return "".join(_norm(x) for x in toks if x.upper() not in noise_words)
    return _norm(text)


def expected(t: str, family: str, surf: str, raw):
    if t == "CREDIT_DEBIT_EXPIRY":
        return (raw[0], raw[1] % 100)
    if family in ("percent_encoded", "email_spelled"):
        return surf
    return _norm(surf)
