"""Render a canonical value the way a customer types it (one function per obfuscation family),
and decode it back, so the generator can prove every rendering still carries the value."""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote, unquote

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
DIGIT_FAMILIES = {
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "multi_message",
}
ALNUM_IDS = {
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "SWIFT_CODE",
}

APPLICABLE: dict[str, set[str]] = {t: set(DIGIT_FAMILIES) for t in DIGIT_TYPES}
for _t in ("CREDIT_DEBIT_CVV", "PIN", "BANK_ACCOUNT_NUMBER", "BANK_ROUTING"):
    APPLICABLE[_t].add("context_only")
APPLICABLE["PHONE"].add("percent_encoded")
APPLICABLE.update(
    {
        "CREDIT_DEBIT_EXPIRY": {"plain", "spaced_or_dashed", "compact_expiry", "context_only"},
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": {
            "plain",
            "spaced_or_dashed",
            "iban_broken",
            "split_by_noise",
            "multi_message",
        },
        "EMAIL": {"plain", "email_spelled", "percent_encoded"},
        "PASSWORD": {"plain", "context_only", "url_credentials", "key_value_secret"},
        "USERNAME": {"plain", "context_only"},
        "AWS_ACCESS_KEY": {"plain", "key_value_secret"},
        "AWS_SECRET_KEY": {"plain", "key_value_secret"},
        "IP_ADDRESS": {"plain"},
        "MAC_ADDRESS": {"plain"},
    }
)
for _t in ALNUM_IDS:
    APPLICABLE[_t] = {"plain", "spaced_or_dashed"}
for _t in ("PASSPORT_NUMBER", "DRIVER_ID", "SWIFT_CODE", "MX_RFC", "MX_CURP"):
    APPLICABLE[_t].add("context_only")

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Variants customers use: "oh" for zero, "zwo" for two, "meia" for six in Brazil, unaccented spellings.
VARIANTS = {
    "en": {0: ["oh", "o"]},
    "de": {2: ["zwo"], 5: ["fuenf"]},
    "pt": {6: ["meia"], 3: ["tres"]},
    "fr": {0: ["zero"]},
    "es": {},
}
WORD_TO_DIGIT: dict[str, str] = {}
for _lang, _ws in WORDS.items():
    for _i, _w in enumerate(_ws):
        WORD_TO_DIGIT[_w] = str(_i)
        WORD_TO_DIGIT[unicodedata.normalize("NFKD", _w).encode("ascii", "ignore").decode()] = str(
            _i
        )
    for _i, _vs in VARIANTS[_lang].items():
        for _v in _vs:
            WORD_TO_DIGIT[_v] = str(_i)

NOISE = {
    "any": [" 👉 ", " | ", "/", " ✨ ", "\n", " 🙏 ", " - ", "...", " || ", " 😅 "],
    "en": [" and ", " then ", " ok ", " next "],
    "es": [" y ", " luego ", " después "],
    "fr": [" et ", " puis ", " ensuite "],
    "de": [" und ", " dann ", " danach "],
    "pt": [" e ", " depois ", " aí "],
}
AT_DOT = {
    "en": [(" at ", " dot "), ("(at)", "(dot)"), (" [at] ", " [dot] ")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)"), (" at ", " dot ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("(at)", "(dot)")],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" at ", " punkt "),
        ("(at)", "(punkt)"),
        (" [at] ", " [dot] "),
    ],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" at ", " dot ")],
}


def digits_only(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


def compact(s: str) -> str:
    return "".join(c for c in s if c.isalnum()).upper()


def canonical_key(etype: str, value: str) -> str:
    """What a rendering must decode back to."""
    return (
        digits_only(value)
        if etype in DIGIT_TYPES or etype == "CREDIT_DEBIT_EXPIRY"
        else compact(value)
    )


def _chunks(s: str, rng: random.Random) -> list[str]:
    size = rng.choice([2, 3, 4, 4])
    return [s[i : i + size] for i in range(0, len(s), size)]


def _natural_groups(value: str, rng: random.Random) -> list[str]:
    """Groups of a digit value, with the leading + of a phone kept on the first group."""
    plus = "+" if value.startswith("+") else ""
    body = (
        digits_only(value)
        if plus
        or value.replace(" ", "").replace("-", "").replace(".", "").replace("/", "").isdigit()
        else compact(value)
    )
    parts = _chunks(body, rng)
    if plus:
        parts[0] = plus + parts[0]
    return parts


def render(etype: str, family: str, value: str, lang: str, rng: random.Random) -> str | None:
    """Text for `value`; None when the family cannot show on this value (the caller redraws)."""
    if family in ("plain", "context_only", "url_credentials", "key_value_secret"):
        if etype == "CREDIT_DEBIT_EXPIRY":
            mm, yy = value[:2], value[2:]
            return rng.choice([f"{mm}/{yy}", f"{mm}/20{yy}", f"{int(mm)}/{yy}", f"{mm}-{yy}"])
        return value
    if family == "compact_expiry":
        return value
    if family == "spaced_or_dashed":
        if etype == "CREDIT_DEBIT_EXPIRY":
            return f"{value[:2]}{rng.choice([' / ', ' - ', ' ', '.'])}{value[2:]}"
        sep = rng.choice([" ", "-", ".", "  ", " - "])
        return sep.join(_natural_groups(value, rng))
    if family == "split_by_noise":
        groups = _natural_groups(value, rng)
        pool = NOISE["any"] + (NOISE[lang] if etype in DIGIT_TYPES else [])
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice(pool) + g
        return out
    if family == "iban_broken":
        groups = [compact(value)[i : i + 4] for i in range(0, len(compact(value)), 4)]
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice([" ", "-", "\n", "  ", " ", " -", "\n"]) + g
        return out
    if family == "letter_substitution":
        if not any(c in "01" for c in digits_only(value)):
            return None
        base = rng.choice([value, " ".join(_natural_groups(value, rng))])
        # A substituted letter at either end would read as a word; keep the first and last characters.
        inner = [i for i in range(1, len(base) - 1) if base[i] in "01"]
        if not inner:
            return None
        chosen = {i for i in inner if rng.random() < 0.6} or {rng.choice(inner)}
        subst = {"0": "Oo", "1": "lI"}
        return "".join(rng.choice(subst[c]) if i in chosen else c for i, c in enumerate(base))
    if family == "spelled_out":
        ds = digits_only(value)
        words = WORDS[lang]
        variants = VARIANTS[lang]
        mixed = rng.random() < 0.3 and len(ds) > 4
        keep = len(ds) // 2 if mixed else 0
        sep = rng.choice([" ", " ", "-", ", "])
        toks = [ds[:keep]] if keep else []
        for d in ds[keep:]:
            w = words[int(d)]
            if int(d) in variants and rng.random() < 0.3:
                w = rng.choice(variants[int(d)])
            toks.append(w)
        text = sep.join(toks)
        return text
    if family == "email_spelled":
        at, dot = rng.choice(AT_DOT[lang])
        user, domain = value.split("@")
        return user.replace(".", dot) + at + domain.replace(".", dot)
    if family == "percent_encoded":
        if etype == "EMAIL":
            return quote(value, safe="")
        return quote(
            compact(value) if not value.startswith("+") else "+" + digits_only(value), safe=""
        )
    raise ValueError(family)


def decode(etype: str, family: str, text: str, lang: str) -> str:
    """Inverse of render, reduced to canonical_key form."""
    if etype == "CREDIT_DEBIT_EXPIRY":
        runs = re.findall(r"\d+", text)
        return runs[0] if len(runs) == 1 else runs[0].zfill(2) + runs[1][-2:]
    if family == "letter_substitution":
        text = text.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))
    elif family == "spelled_out":
        out = []
        for tok in re.split(r"[\s,\-]+", text):
            if tok.isdigit():
                out.append(tok)
            elif tok:
                out.append(WORD_TO_DIGIT[tok.lower()])
        text = "".join(out)
    elif family == "email_spelled":
        at, dot = next((a, d) for a, d in AT_DOT[lang] if a in text)
        text = text.replace(at, "@").replace(dot, ".")
        return compact(text)
    elif family == "percent_encoded":
        text = unquote(text)
    elif family == "split_by_noise" and etype not in DIGIT_TYPES:
        return compact(text)
    return canonical_key(etype, text)
