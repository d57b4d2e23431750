"""Surface forms of a value under each obfuscation family, as a customer would type them."""

from __future__ import annotations

import random
import re
from urllib.parse import quote

import phonenumbers

from bench.redaction.cloaked.families import AT_WORDS, DOT_WORDS, NOISE_SYMBOLS, NOISE_WORDS
from bench.redaction.cloaked.numwords import spell_digits
from bench.redaction.cloaked.values import Value


class Unrenderable(Exception):
    """This value cannot take this family (e.g. no 0 or 1 to disguise): draw another."""


MONTHS = {
    "en": "jan feb mar apr may jun jul aug sep oct nov dec",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "de": "Jan Feb März Apr Mai Juni Juli Aug Sep Okt Nov Dez",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
}
MONTHS_LONG = {
    "en": "january february march april may june july august september october november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro"
    " dezembro",
}


def _groups(text: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(text):
            break
        out.append(text[i : i + size])
        i += size
    if i < len(text):
        out[-1] += text[i:]
    return out


def _random_sizes(n: int, rng: random.Random, lo: int = 2, hi: int = 5) -> list[int]:
    """Group sizes summing to n, each within [lo, hi] except a short tail merged into the last."""
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(min(rng.randint(lo, hi), n - sum(sizes)))
    if len(sizes) > 1 and sizes[-1] < lo:
        sizes[-2] += sizes.pop()
    return sizes


def _phone_number(value: Value) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(value.raw)


def _phone_national_digits(value: Value) -> str:
    national = phonenumbers.format_number(
        _phone_number(value), phonenumbers.PhoneNumberFormat.NATIONAL
    )
    return re.sub(r"\D", "", national)


def plain(value: Value, lang: str, rng: random.Random) -> str:
    """The value as printed on a card, document or screen."""
    raw, t = value.raw, value.type
    if t == "CREDIT_DEBIT_NUMBER":
        if rng.random() < 0.5:
            return raw
        return " ".join(_groups(raw, [4, 6, 5] if len(raw) == 15 else [4, 4, 4, 4]))
    if t == "CREDIT_DEBIT_EXPIRY":
        mm, yy = raw[:2], raw[2:]
        style = rng.randint(0, 6)
        if style == 0:
            return f"{mm}/{yy}"
        if style == 1:
            return f"{mm}/20{yy}"
        if style == 2:
            return f"{int(mm)}/{yy}"
        if style == 3:
            return f"{mm}-{yy}"
        if style == 4:
            return f"{MONTHS[lang].split()[int(mm) - 1]} {yy}"
        if style == 5:
            return f"{MONTHS_LONG[lang].split()[int(mm) - 1]} 20{yy}"
        return f"{mm} / {yy}"
    if t == "PHONE":
        fmt = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
            ]
        )
        return phonenumbers.format_number(_phone_number(value), fmt)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return raw if rng.random() < 0.3 else " ".join(_groups(raw, [4] * 9))
    if t in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return raw if rng.random() < 0.25 else f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return raw if rng.random() < 0.4 else " ".join(_groups(raw, [2, 2, 2, 2, 1]))
    if t == "ES_DNI":
        return raw if rng.random() < 0.6 else f"{raw[:8]}-{raw[8]}"
    if t == "ES_NIE":
        return raw if rng.random() < 0.6 else f"{raw[0]}-{raw[1:8]}-{raw[8]}"
    if t == "BR_CPF":
        return raw if rng.random() < 0.3 else f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"
    if t == "BR_CNPJ":
        return (
            raw if rng.random() < 0.3 else f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}/{raw[8:12]}-{raw[12:]}"
        )
    if t == "FR_NIR":
        return raw if rng.random() < 0.3 else " ".join(_groups(raw, [1, 2, 2, 2, 3, 3, 2]))
    if t == "DE_TAX_ID":
        return raw if rng.random() < 0.4 else " ".join(_groups(raw, [2, 3, 3, 3]))
    if t == "PT_NIF":
        return raw if rng.random() < 0.5 else " ".join(_groups(raw, [3, 3, 3]))
    if t == "MAC_ADDRESS":
        style = rng.randint(0, 2)
        if style == 0:
            return raw
        if style == 1:
            return raw.upper().replace(":", "-")
        hexes = raw.replace(":", "")
        return ".".join(_groups(hexes, [4, 4, 4]))
    return raw


def spaced(value: Value, lang: str, rng: random.Random) -> str:
    """Groups split by spaces or dashes other than the official layout."""
    if value.type == "PHONE":
        digits = _phone_national_digits(value)
        if rng.random() < 0.4:
            cc = str(_phone_number(value).country_code)
            digits = str(_phone_number(value).national_number)
            head = rng.choice([f"+{cc}", f"00{cc}", f"({cc})"]) if rng.random() < 0.7 else f"+{cc}"
            head = head if head != f"({cc})" else f"+{cc}"
        else:
            head = ""
        sep = rng.choice(["-", " ", " - ", "  "])
        body = sep.join(_groups(digits, _random_sizes(len(digits), rng, 2, 4)))
        return f"{head} {body}".strip() if head else body
    compact = re.sub(r"[\s\-./]", "", value.raw)
    sep = rng.choice(["-", " ", " - ", "  "])
    if value.type == "CREDIT_DEBIT_NUMBER":
        sizes = [4, 6, 5] if len(compact) == 15 else rng.choice([[4, 4, 4, 4], [8, 8], [4, 4, 8]])
    elif value.type == "PIN":
        sizes = [1] * len(compact) if rng.random() < 0.6 else [2] * (len(compact) // 2)
        sep = rng.choice([" ", "-", " - "])
    elif value.type in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        sizes = rng.choice([[3, 2, 4], [3, 3, 3], [5, 4]])
        sep = sep if sep != "-" else " "
    else:
        sizes = _random_sizes(len(compact), rng, 2, 5)
    return sep.join(_groups(compact, sizes))


def noisy(value: Value, lang: str, rng: random.Random) -> str:
    compact = re.sub(r"[\s\-./]", "", value.raw)
    if value.type == "PHONE":
        compact = _phone_national_digits(value)
    groups = _groups(compact, _random_sizes(len(compact), rng, 3, 5))
    if len(groups) < 2:
        raise Unrenderable
    use_words = compact.isdigit() and rng.random() < 0.4
    symbol = rng.choice(NOISE_SYMBOLS)  # most people repeat one joiner, a few vary it
    out = groups[0]
    for group in groups[1:]:
        if use_words:
            out += f" {rng.choice(NOISE_WORDS[lang])} {group}"
        else:
            out += (symbol if rng.random() < 0.8 else rng.choice(NOISE_SYMBOLS)) + group
    return out


def substituted(value: Value, lang: str, rng: random.Random) -> str:
    base = plain(value, lang, rng) if value.type != "PHONE" else _phone_national_plain(value)
    if not re.search(r"[01]", base):
        raise Unrenderable
    out = []
    changed = False
    for ch in base:
        if ch == "0" and rng.random() < 0.6:
            out.append(rng.choice("OOo"))
            changed = True
        elif ch == "1" and rng.random() < 0.6:
            out.append(rng.choice("lI"))
            changed = True
        else:
            out.append(ch)
    if not changed:
        raise Unrenderable
    return "".join(out)


def _phone_national_plain(value: Value) -> str:
    return phonenumbers.format_number(_phone_number(value), phonenumbers.PhoneNumberFormat.NATIONAL)


def spelled(value: Value, lang: str, locale: str, rng: random.Random) -> str:
    if value.type == "PHONE":
        digits = _phone_national_digits(value)
    else:
        digits = re.sub(r"\D", "", value.raw)
    words = spell_digits(digits, lang, locale, rng, mixed=rng.random() < 0.3)
    if not re.search(r"[^\W\d_]", words):
        raise Unrenderable  # every chunk came out as digits: not spelled at all
    return words


def email_spelled(value: Value, lang: str, rng: random.Random) -> str:
    local, domain = value.raw.split("@")
    dot = rng.choice(DOT_WORDS[lang])
    at = rng.choice(AT_WORDS[lang])
    # People often keep the dot of the name part and spell only the domain's.
    local_text = local if rng.random() < 0.5 else local.replace(".", dot)
    return (local_text + at + domain.replace(".", dot)).strip()


def percent(value: Value) -> str:
    encoded = quote(value.raw, safe="")
    if encoded == value.raw:
        raise Unrenderable  # nothing to encode: it would just be a plain value in a URL
    return encoded


def url_password(value: Value) -> str:
    return quote(value.raw, safe="!*$-_.")


def compact_expiry(value: Value, rng: random.Random) -> str:
    return value.raw if rng.random() < 0.6 else f"{value.raw[:2]}20{value.raw[2:]}"


def iban_broken(value: Value, rng: random.Random) -> str:
    raw = value.raw.lower() if rng.random() < 0.6 else value.raw
    groups = _groups(raw, _random_sizes(len(raw), rng, 2, 7))
    main = rng.choice([" ", "-", "\n", "  ", " - "])
    out = groups[0]
    for group in groups[1:]:
        out += (main if rng.random() < 0.75 else rng.choice([" ", "-", "\n", " \n"])) + group
    return out


def multi_parts(value: Value, lang: str, rng: random.Random, k: int) -> list[str]:
    """Cut the plain display into k consecutive parts, at its separators when it has enough."""
    display = plain(value, lang, rng)
    seps = [m.start() for m in re.finditer(r"[\s\-./]+", display)]
    step = len(display) // k
    even = [step * (i + 1) for i in range(k - 1)]
    options = [sorted(rng.sample(seps, k - 1)), even] if len(seps) >= k - 1 else [even]
    for cuts in options:
        parts, prev = [], 0
        for cut in [*cuts, len(display)]:
            parts.append(display[prev:cut].strip(" -./\n"))
            prev = cut
        if all(len(re.sub(r"[^0-9A-Za-z]", "", p)) >= 3 for p in parts):
            return parts
    raise Unrenderable


def render(
    value: Value, family: str, lang: str, locale: str, rng: random.Random, k: int
) -> list[str]:
    """Surface text(s) for a value: one string, or k parts for multi_message."""
    if family == "multi_message":
        return multi_parts(value, lang, rng, k)
    one = {
        "plain": lambda: plain(value, lang, rng),
        "context_only": lambda: value.raw,
        "spaced_or_dashed": lambda: spaced(value, lang, rng),
        "split_by_noise": lambda: noisy(value, lang, rng),
        "letter_substitution": lambda: substituted(value, lang, rng),
        "spelled_out": lambda: spelled(value, lang, locale, rng),
        "email_spelled": lambda: email_spelled(value, lang, rng),
        "percent_encoded": lambda: percent(value),
        "url_credentials": lambda: url_password(value),
        "key_value_secret": lambda: value.raw,
        "compact_expiry": lambda: compact_expiry(value, rng),
        "iban_broken": lambda: iban_broken(value, rng),
    }[family]()
    return [one]
