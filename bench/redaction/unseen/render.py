"""One rendering per obfuscation family, and the decoder the self-check uses to prove each
rendering still carries its value (so a family never silently produces an unrelated string)."""

from __future__ import annotations

import random
import re
from itertools import pairwise
from urllib.parse import quote, unquote

import phonenumbers

from bench.redaction.unseen.lexicon import (
    DIGIT_WORDS,
    EMAIL_AT,
    EMAIL_DOT,
    JOIN_WORDS,
    MONTHS,
    NOISE,
    all_join_words,
    year_word,
)
from bench.redaction.unseen.values import Value

# Types whose digits may be typed as words, broken by noise or have O/l for 0/1 typed in.
NUMERIC = frozenset(
    {
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY",
        "PIN",
        "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "SSN",
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
        "PHONE",
        "ES_DNI",
        "ES_NIE",
        "MX_CLABE",
        "BR_CPF",
        "BR_CNPJ",
        "FR_NIR",
        "DE_TAX_ID",
        "PT_NIF",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "DRIVER_ID",
        "PASSPORT_NUMBER",
    }
)
SHAPELESS = frozenset(
    {"CREDIT_DEBIT_CVV", "PIN", "PASSWORD", "BANK_ACCOUNT_NUMBER", "BANK_ROUTING"}
)
# What `{TYPE:?}` may pick: the ordinary families a customer uses without thinking
CASUAL = (
    "plain",
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
)


def default_family(entity: str) -> str:
    return "context_only" if entity in SHAPELESS else "plain"


def supports(entity: str, family: str, value: Value) -> bool:
    """Whether a family makes sense for this type (and this value's digits)."""
    groups = len(phone_groups(value)[0]) if entity == "PHONE" else len(value.groups)
    rules = {
        "plain": True,
        "context_only": True,
        "spaced_or_dashed": entity in NUMERIC and groups >= 2 and entity != "CREDIT_DEBIT_EXPIRY",
        "split_by_noise": entity in NUMERIC and groups >= 2,
        "letter_substitution": entity in NUMERIC
        and entity != "CREDIT_DEBIT_EXPIRY"
        and any(c in "01" for c in value.compact),
        "spelled_out": entity in NUMERIC and sum(c.isdigit() for c in value.compact) >= 3,
        "email_spelled": entity == "EMAIL",
        "percent_encoded": entity in ("EMAIL", "PHONE"),
        "url_credentials": entity == "PASSWORD",
        "key_value_secret": entity in ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD"),
        "compact_expiry": entity == "CREDIT_DEBIT_EXPIRY",
        "iban_broken": entity == "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "multi_message": groups >= 2 and entity in NUMERIC and entity != "CREDIT_DEBIT_EXPIRY",
    }
    return rules[family]


def phone_groups(value: Value) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """National groups (with trunk prefix) and international groups (with +CC)."""
    nat = tuple(g for g in re.split(r"[\s()\-]+", value.plain[0]) if g)
    intl = tuple(g for g in re.split(r"[\s\-]+", value.plain[1]) if g)
    return nat, intl


def _groups(value: Value, rng: random.Random) -> tuple[str, ...]:
    if value.type == "PHONE":
        nat, intl = phone_groups(value)
        return intl if rng.random() < 0.35 else nat
    if value.type == "BANK_ACCOUNT_NUMBER" and len(value.groups) == 1:
        return tuple(value.compact[i : i + 3] for i in range(0, len(value.compact), 3))
    return value.groups


def _digit_word(lang: str, d: str, rng: random.Random) -> str:
    words = DIGIT_WORDS[lang][int(d)]
    return words[0] if rng.random() < 0.75 else rng.choice(words)


def _spell_group(lang: str, group: str, rng: random.Random) -> str:
    return " ".join(_digit_word(lang, c, rng) if c.isdigit() else c for c in group)


def _spell_expiry(value: Value, lang: str, rng: random.Random) -> str:
    mm, yy = value.groups
    style = rng.randrange(3)
    month = rng.choice(MONTHS[lang][int(mm) - 1])
    if style == 0:
        joiner = {
            "en": " ",
            "es": rng.choice((" del ", " de ", " ")),
            "fr": " ",
            "de": " ",
            "pt": " de ",
        }
        return f"{month}{joiner[lang]}{year_word(lang, int(yy))}"
    if style == 1:
        return f"{month} {rng.choice((yy, '20' + yy))}"
    return f"{_spell_group(lang, mm, rng)} {_spell_group(lang, yy, rng)}"


def _substitute(text: str, rng: random.Random) -> str:
    spots = [
        i
        for i, c in enumerate(text)
        if c in "01"
        and ((i > 0 and text[i - 1].isdigit()) or (i + 1 < len(text) and text[i + 1].isdigit()))
    ]
    chosen = set(rng.sample(spots, min(len(spots), rng.randint(1, 3))))
    swap = {"0": ("O", "o", "O"), "1": ("l", "I", "l")}
    return "".join(rng.choice(swap[c]) if i in chosen else c for i, c in enumerate(text))


def render(value: Value, family: str, lang: str, rng: random.Random) -> str:
    """The characters the customer typed for `value` (the span), in one family."""
    entity = value.type
    if family in ("plain", "context_only", "key_value_secret"):
        text = rng.choice(value.plain)
        if entity in ("MX_CURP", "MX_RFC", "SWIFT_CODE", "PASSPORT_NUMBER") and rng.random() < 0.3:
            text = text.lower()
        return text
    if family == "spaced_or_dashed":
        sep = rng.choice((" ", "-", "  ", ".", " - ", " . ", "/", "-", " "))
        groups = _groups(value, rng)
        if entity == "PHONE" and groups[0].startswith("+") and rng.random() < 0.5:
            return groups[0] + rng.choice(("-", " ", ".", "")) + sep.join(groups[1:])
        return sep.join(groups)
    if family == "split_by_noise":
        glue = rng.choice(NOISE) if rng.random() < 0.7 else rng.choice(JOIN_WORDS[lang])
        return glue.join(_groups(value, rng))
    if family == "letter_substitution":
        base = " ".join(_groups(value, rng)) if rng.random() < 0.5 else rng.choice(value.plain)
        return _substitute(base, rng)
    if family == "spelled_out":
        if entity == "CREDIT_DEBIT_EXPIRY":
            return _spell_expiry(value, lang, rng)
        groups = _groups(value, rng)
        if entity == "PHONE":
            groups = phone_groups(value)[0]
        sep = rng.choice((", ", " ", " - ", " ... ", "  "))
        every_other = len(groups) >= 3 and rng.random() < 0.3
        return sep.join(
            g if every_other and i % 2 else _spell_group(lang, g, rng) for i, g in enumerate(groups)
        )
    if family == "email_spelled":
        local, domain = value.compact.split("@")
        at, dot = rng.choice(EMAIL_AT[lang]), rng.choice(EMAIL_DOT[lang])
        if rng.random() < 0.2:
            at, dot = at.upper(), dot.upper()
        spaced_dot = f" {dot} "
        if rng.random() < 0.5:
            local = local.replace(".", spaced_dot)
        at_sep = f" {at} " if rng.random() < 0.85 else " @ "
        return f"{local}{at_sep}{domain.replace('.', spaced_dot)}"
    if family == "percent_encoded":
        if entity == "EMAIL":
            return quote(value.compact, safe="")
        return quote(rng.choice(value.plain[1:3]), safe="")
    if family == "url_credentials":
        return quote(value.compact, safe="")
    if family == "compact_expiry":
        mm, yy = value.groups
        return mm + (yy if rng.random() < 0.75 else "20" + yy)
    if family == "iban_broken":
        style = rng.randrange(5)
        c = value.compact
        if style == 0:
            return "-".join(value.groups)
        if style == 1:
            return "  ".join(value.groups)
        if style == 2:
            half = len(value.groups) // 2
            return " ".join(value.groups[:half]) + "\n" + " ".join(value.groups[half:])
        if style == 3:
            return " ".join(c[i : i + 3] for i in range(0, len(c), 3))
        return " ".join(value.groups).lower()
    raise ValueError(family)


def multi_parts(value: Value, parts: int, rng: random.Random) -> list[str]:
    """A value over `parts` messages: consecutive runs of its groups, each typed with spaces."""
    groups = list(_groups(value, rng)) if value.type != "PHONE" else list(phone_groups(value)[0])
    if len(groups) < parts:
        # a value with fewer groups than messages is cut into digit runs instead
        c = value.compact
        step = -(-len(c) // parts)
        groups = [c[i : i + step] for i in range(0, len(c), step)]
    # customers cut between groups, and rarely leave a single character on its own
    for _ in range(50):
        cuts = sorted(rng.sample(range(1, len(groups)), parts - 1))
        bounds = [0, *cuts, len(groups)]
        if all(sum(len(g) for g in groups[a:b]) >= 3 for a, b in pairwise(bounds)):
            break
    sep = rng.choice((" ", " ", "-", ""))
    return [sep.join(groups[a:b]) for a, b in pairwise(bounds)]


# --- decoding (self-check) ----------------------------------------------------------------


def _word_maps(lang: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    digits = {w: str(d) for d, words in enumerate(DIGIT_WORDS[lang]) for w in words}
    months = {w: f"{m + 1:02d}" for m, words in enumerate(MONTHS[lang]) for w in words}
    years = {year_word(lang, y): f"{y:02d}" for y in range(20, 40)}
    return digits, months, years


_JOIN = all_join_words()


def _unspell(text: str, lang: str) -> str:
    digits, months, years = _word_maps(lang)
    for phrase in sorted(years, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", f" {years[phrase]} ", text)
    out = []
    for token in re.split(r"[\s,]+", text):
        t = token.strip(".-")
        if t != t.lower():  # value letters are upper case; the words around them are not
            out.append(t)
        elif t not in _JOIN and t not in ("del", "de"):
            out.append(digits.get(t, months.get(t, t)))
    return " ".join(x for x in out if x)


def normal(entity: str, compact: str) -> str:
    """The comparison form of a value."""
    if entity in ("EMAIL",):
        return compact.lower()
    if entity in ("PASSWORD", "AWS_SECRET_KEY", "IP_ADDRESS", "PHONE", "CREDIT_DEBIT_EXPIRY"):
        return compact
    if entity == "MAC_ADDRESS":
        return re.sub(r"[^0-9a-f]", "", compact.lower())
    return re.sub(r"[^0-9A-Z]", "", compact.upper())


def _expiry(text: str) -> str:
    runs = re.findall(r"\d+", text)
    if len(runs) > 2:  # digit by digit
        runs = ["".join(runs)]
    if len(runs) == 1:
        r = runs[0]
        return (r[:2] + r[-2:]) if len(r) in (4, 6) else f"0{r[0]}{r[-2:]}"
    if len(runs) == 2:
        return f"{int(runs[0]):02d}{runs[1][-2:]}"
    return ""


def _phone(text: str, country: str) -> str:
    t = text.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    plus = t.lstrip().startswith("+")
    digits = re.sub(r"\D", "", t)
    if digits.startswith("00"):
        plus, digits = True, digits[2:]
    try:
        parsed = phonenumbers.parse(("+" if plus else "") + digits, country)
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def decode(entity: str, family: str, text: str, lang: str, country: str) -> str:
    """Undo the family's obfuscation; the result is compared with `normal(value)`."""
    if family in ("percent_encoded", "url_credentials"):
        text = unquote(text)
    if family == "email_spelled":
        at = {w.lower().strip("()[]") for w in EMAIL_AT[lang]} | {"@"}
        dot = {w.lower().strip("()[]") for w in EMAIL_DOT[lang]}
        out = []
        for token in text.split():
            t = token.lower().strip("()[]")
            out.append("@" if t in at else "." if t in dot else token)
        text = "".join(out)
    if (
        family in ("spelled_out", "split_by_noise", "multi_message")
        or entity == "CREDIT_DEBIT_EXPIRY"
    ):
        text = _unspell(text, lang)
    if entity == "PHONE":
        return _phone(text, country)
    if entity == "CREDIT_DEBIT_EXPIRY":
        return _expiry(text)
    if family == "iban_broken":
        text = text.upper()
    if entity in ("PASSWORD", "AWS_SECRET_KEY", "IP_ADDRESS", "EMAIL"):
        return text.lower() if entity == "EMAIL" else text
    return normal(entity, text)


def same(decoded: str, expected: str, family: str) -> bool:
    """Equality, allowing O/o for 0 and l/I for 1 position by position in that family."""
    if family != "letter_substitution":
        return decoded == expected
    if len(decoded) != len(expected):
        return False
    ok = {("O", "0"), ("L", "1"), ("I", "1")}
    return all(a == b or (a, b) in ok for a, b in zip(decoded, expected, strict=True))
