"""How a customer types a value, one function per obfuscation family, and the decoder the
generator's self-check uses to prove each rendering still means its value."""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote, unquote

import phonenumbers

from .lexicon import DIGIT_WORDS, EMAIL_AT, EMAIL_DOT, JOINERS, MONTHS, NOISE, YEAR_WORDS
from .values import Value

FAMILIES = (
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
    "multi_message",
    "context_only",
)

# Families each type may be rendered in (the builder refuses a template asking for another).
ALLOWED: dict[str, set[str]] = {
    "CARD": {
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "multi_message",
    },
    "CVV": {"context_only", "spelled_out", "letter_substitution"},
    "PIN": {"context_only", "spelled_out", "letter_substitution"},
    "EXP": {"plain", "compact_expiry", "spelled_out"},
    "PWD": {"context_only", "url_credentials", "key_value_secret"},
    "ACCT": {
        "context_only",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "multi_message",
    },
    "ROUTING": {
        "plain",
        "context_only",
        "spaced_or_dashed",
        "letter_substitution",
        "multi_message",
    },
    "IBAN": {"plain", "iban_broken", "letter_substitution", "multi_message", "split_by_noise"},
    "SWIFT": {"plain"},
    "SSN": {
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "multi_message",
    },
    "ITIN": {"plain", "spaced_or_dashed", "letter_substitution", "spelled_out"},
    "PASSPORT": {"plain", "letter_substitution", "spelled_out"},
    "DL": {"plain", "letter_substitution"},
    "EMAIL": {"plain", "email_spelled", "percent_encoded"},
    "PHONE": {
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "percent_encoded",
        "multi_message",
    },
    "IP": {"plain"},
    "MAC": {"plain"},
    "AKID": {"plain", "key_value_secret"},
    "ASK": {"key_value_secret", "plain"},
    "NINO": {"plain", "spaced_or_dashed", "letter_substitution"},
    "DNI": {"plain", "spaced_or_dashed", "letter_substitution", "spelled_out", "split_by_noise"},
    "NIE": {"plain", "spaced_or_dashed", "letter_substitution"},
    "CURP": {"plain", "letter_substitution"},
    "RFC": {"plain", "letter_substitution"},
    "CLABE": {
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "multi_message",
        "spelled_out",
    },
    "CPF": {
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "multi_message",
    },
    "CNPJ": {"plain", "spaced_or_dashed", "letter_substitution"},
    "NIR": {
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "multi_message",
    },
    "STID": {
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "multi_message",
    },
    "NIF": {
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "multi_message",
    },
}

# The family a bare {CODE} gets.
DEFAULT_FAMILY = {
    "CVV": "context_only",
    "PIN": "context_only",
    "PWD": "context_only",
    "ACCT": "context_only",
    "ASK": "key_value_secret",
}


def _plain(v: Value, rng: random.Random) -> str:
    c, g = v.canonical, v.groups
    code = v.code
    if code == "CARD":
        return rng.choice([c, " ".join(g)])
    if code in ("SSN", "ITIN"):
        return "-".join(g) if rng.random() < 0.8 else c
    if code == "PHONE":
        return rng.choice(v.extra)
    if code == "IBAN":
        return rng.choice([c, " ".join(g)])
    if code == "DNI":
        return rng.choice([c, c, c[:-1] + "-" + c[-1], c.lower()])
    if code == "CPF":
        return rng.choice([f"{g[0]}.{g[1]}.{g[2]}-{g[3]}", c])
    if code == "CNPJ":
        return rng.choice([f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}", c])
    if code == "NIR":
        return rng.choice([" ".join(g), c])
    if code in ("STID", "NIF"):
        return rng.choice([c, " ".join(g)])
    if code == "NINO":
        return rng.choice([c, " ".join(g)])
    if code == "EXP":
        mm, yyyy = v.extra
        r = rng.random()
        if r < 0.35:
            return f"{mm}/{yyyy[2:]}"
        if r < 0.5:
            return f"{mm}/{yyyy}"
        if r < 0.6:
            return f"{int(mm)}/{yyyy[2:]}"
        if r < 0.7:
            return f"{mm}-{yyyy[2:]}"
        return f"{mm}.{yyyy[2:]}"
    if code == "ROUTING":
        if v.country == "GB":
            return "-".join(g)
        return c
    if code == "ACCT" and v.country == "BR":
        return f"{g[0]}-{g[1]}"
    if code in ("CURP", "RFC", "SWIFT", "PASSPORT"):
        return c.lower() if rng.random() < 0.25 else c
    return c


def _spaced(v: Value, rng: random.Random) -> str:
    g = v.groups
    if v.code == "PHONE":
        intl = v.extra[1]
        r = rng.random()
        if r < 0.3:
            return intl.replace(" ", "-")
        if r < 0.5:
            return intl.replace(" ", ".")
        if r < 0.7:
            return "00" + intl[1:]
        if r < 0.85:
            return "+" + intl[1:].replace(" ", "").replace("-", "")
        return "-".join(g)
    if v.code == "DNI":
        d = g[0]
        return rng.choice(
            [f"{d[:2]}.{d[2:5]}.{d[5:]}-{g[1]}", f"{d[:2]} {d[2:5]} {d[5:]} {g[1]}", f"{d} {g[1]}"]
        )
    if len(g) < 2:
        c = v.canonical
        g = tuple(c[i : i + 3] for i in range(0, len(c), 3))
    # a single space is the print form of most of these, so it stays in "plain"
    sep = rng.choice(
        [" - ", "-", "  ", ".", "-", " . ", " / "]
        if v.code not in ("SSN", "ITIN")
        else [" ", "  ", ".", " - "]
    )
    return sep.join(g)


def _noise(v: Value, lang: str, rng: random.Random) -> str:
    g = list(v.groups)
    if v.code == "PHONE":
        g = v.extra[0].replace("(", "").replace(")", "").replace("-", " ").split()
    if len(g) < 2:
        c = v.canonical
        g = [c[i : i + 3] for i in range(0, len(c), 3)]
    if v.code == "DNI":
        g = [g[0][:4], g[0][4:], g[1]]
    seps = NOISE + JOINERS[lang]
    out = g[0]
    for part in g[1:]:
        out += rng.choice(seps) + part
    return out


def _substitute(text: str, rng: random.Random) -> str | None:
    chars = list(text)
    spots = [i for i, ch in enumerate(chars) if ch in "01" and _in_digit_run(chars, i)]
    if not spots:
        return None
    chosen = rng.sample(spots, k=max(1, min(len(spots), rng.randint(1, 3))))
    for i in chosen:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def _in_digit_run(chars: list[str], i: int) -> bool:
    left = i > 0 and chars[i - 1].isdigit()
    right = i + 1 < len(chars) and chars[i + 1].isdigit()
    return left or right


def _spell_digits(digits: str, lang: str, rng: random.Random) -> str:
    sep = rng.choice([" ", " ", "-", ", "])
    words = []
    for d in digits:
        options = DIGIT_WORDS[lang][int(d)]
        words.append(options[0] if rng.random() < 0.75 else rng.choice(options))
    return sep.join(words)


def _spelled(v: Value, lang: str, rng: random.Random) -> str:
    if v.code == "EXP":
        mm, yyyy = v.extra
        month = rng.choice(MONTHS[lang][int(mm) - 1])
        if rng.random() < 0.5:
            return f"{month} {YEAR_WORDS[lang][yyyy[2:]]}"
        return f"{_spell_digits(mm, lang, rng)} {_spell_digits(yyyy[2:], lang, rng)}"
    groups = list(v.groups)
    if v.code == "PHONE":
        groups = v.extra[0].replace("(", "").replace(")", "").replace("-", " ").split()
    if len(groups) == 1 and len(groups[0]) > 4:
        c = groups[0]
        groups = [c[i : i + 3] for i in range(0, len(c), 3)]
    some = len(groups) > 2 and rng.random() < 0.4  # only some groups as words
    out = []
    for i, grp in enumerate(groups):
        if some and i % 2 == 0:
            out.append(grp)
        elif grp.isdigit():
            out.append(_spell_digits(grp, lang, rng))
        else:
            out.append(" ".join(_spell_digits(ch, lang, rng) if ch.isdigit() else ch for ch in grp))
    return rng.choice([", ", " ", " - ", "... "]).join(out)


def _email_spelled(v: Value, lang: str, rng: random.Random) -> str:
    local, domain = v.canonical.split("@")
    at = rng.choice(EMAIL_AT[lang])
    dot = rng.choice(EMAIL_DOT[lang])
    text = local.replace(".", dot) + at + domain.replace(".", dot)
    return text.strip()


def _iban_broken(v: Value, rng: random.Random) -> str:
    c = v.canonical
    r = rng.random()
    if r < 0.25:
        return "-".join(v.groups)
    if r < 0.45:
        return "  ".join(v.groups)
    if r < 0.65:
        cut = rng.choice([2, 3, 4])
        return "\n".join([" ".join(v.groups[:cut]), " ".join(v.groups[cut:])])
    if r < 0.8:
        return c[:4] + " " + " ".join(c[i : i + 3] for i in range(4, len(c), 3))
    return " ".join(v.groups).lower()


def render(v: Value, family: str, lang: str, rng: random.Random) -> str | None:
    """The text for one value, or None when the value cannot take this family."""
    if family not in ALLOWED[v.code]:
        raise ValueError(f"{v.code} cannot be rendered as {family}")
    if family in ("plain", "context_only"):
        return _plain(v, rng)
    if family == "spaced_or_dashed":
        return _spaced(v, rng)
    if family == "split_by_noise":
        return _noise(v, lang, rng)
    if family == "letter_substitution":
        base = (
            _plain(v, rng)
            if rng.random() < 0.6
            else (_spaced(v, rng) if "spaced_or_dashed" in ALLOWED[v.code] else _plain(v, rng))
        )
        return _substitute(base, rng)
    if family == "spelled_out":
        return _spelled(v, lang, rng)
    if family == "email_spelled":
        return _email_spelled(v, lang, rng)
    if family == "percent_encoded":
        if v.code == "EMAIL":
            return quote(v.canonical, safe="")
        return quote(rng.choice([v.extra[1], v.extra[1].replace(" ", "")]), safe="")
    if family == "url_credentials":
        return quote(v.canonical, safe="!*_.-$")
    if family == "key_value_secret":
        return v.canonical
    if family == "compact_expiry":
        mm, yyyy = v.extra
        return mm + (yyyy if rng.random() < 0.35 else yyyy[2:])
    if family == "iban_broken":
        return _iban_broken(v, rng)
    raise ValueError(f"no renderer for {family}")


def part_sources(v: Value) -> list[str]:
    if v.code == "PHONE":
        return v.extra[0].replace("(", "").replace(")", "").replace("-", " ").split()
    if len(v.groups) >= 2 and v.code not in ("DNI",):
        return list(v.groups)
    c = v.canonical
    return [c[i : i + 4] for i in range(0, len(c), 4)]


def render_parts(v: Value, n: int, rng: random.Random) -> list[str] | None:
    """A value cut into n consecutive pieces; later pieces are bare digit groups."""
    src = part_sources(v)
    if len(src) < n:
        joined = "".join(src)
        if len(joined) < 2 * n:
            return None
        size = -(-len(joined) // n)
        src = [joined[i : i + size] for i in range(0, len(joined), size)]
    if n == 2:
        cut = [(len(src) + 1) // 2]
    else:
        a = max(1, len(src) // 3)
        cut = [a, a + max(1, (len(src) - a) // 2)]
    bounds = [0, *cut, len(src)]
    sep = rng.choice([" ", " ", "-", ""]) if v.code != "IBAN" else " "
    return [sep.join(src[bounds[i] : bounds[i + 1]]) for i in range(n)]


# --- decoding (self-check) ---------------------------------------------------------------


def _fold(s: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(ch) != "Mn"
    )


def _word_map(lang: str) -> dict[str, str]:
    m: dict[str, str] = {}
    for d, options in enumerate(DIGIT_WORDS[lang]):
        for w in options:
            m[_fold(w)] = str(d)
    return m


def _unspell(text: str, lang: str) -> str | None:
    words = _word_map(lang)
    out = []
    for tok in re.findall(r"[^\W_]+", text):
        f = _fold(tok)
        if f in words:
            out.append(words[f])
        elif tok.isdigit() or (len(tok) <= 2 and tok.isalpha()):
            out.append(tok.upper())
        else:
            return None
    return "".join(out)


def _decode_expiry(text: str, lang: str) -> str | None:
    f = _fold(text)
    for yy, w in YEAR_WORDS[lang].items():
        f = f.replace(_fold(w), " " + yy + " ")
    for i, options in enumerate(MONTHS[lang]):
        for w in sorted(options, key=len, reverse=True):
            f = re.sub(rf"\b{re.escape(_fold(w))}\b", f" {i + 1:02d} ", f)
    words = _word_map(lang)
    f = " ".join(words.get(t, t) for t in re.split(r"[\s,\-]+", f))
    toks = re.findall(r"\d+", f)
    digits = "".join(toks)
    if len(toks) == 2:
        return f"{int(toks[0]):02d}{toks[1][-2:]}"
    if len(digits) == 6:
        return digits[:2] + digits[4:]
    if len(digits) == 4:
        return digits
    return None


def _subst_equal(span: str, canonical: str) -> bool:
    if len(span) != len(canonical):
        return False
    for a, b in zip(span, canonical, strict=True):
        if a.upper() == b.upper():
            continue
        if b == "0" and a in "Oo":
            continue
        if b == "1" and a in "lI":
            continue
        return False
    return True


def _alnum(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


def _phone_ok(v: Value, text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit() or ch == "+")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    try:
        num = phonenumbers.parse(digits, None if digits.startswith("+") else v.country)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.national_significant_number(num) == v.canonical


def decodes(v: Value, family: str, lang: str, text: str) -> bool:
    """True when `text` (the labelled span) still reads back to the value."""
    if family in ("percent_encoded", "url_credentials"):
        text = unquote(text)
    if v.code == "EMAIL":
        if family == "email_spelled":
            for w in EMAIL_AT[lang]:
                text = text.replace(w.strip(), "@")
            for w in EMAIL_DOT[lang]:
                text = text.replace(w.strip(), ".")
            text = text.replace(" ", "")
        return text.lower() == v.canonical.lower()
    if v.code in ("PWD", "AKID", "ASK", "IP", "MAC"):
        return text == v.canonical
    if family == "split_by_noise":
        for j in sorted(JOINERS[lang], key=len, reverse=True):
            text = text.replace(j, " ")
        for n in NOISE:
            text = text.replace(n.strip() or n, " ")
    if v.code == "EXP":
        return _decode_expiry(text, lang) == v.canonical
    if family == "spelled_out":
        spelled = _unspell(text, lang)
        if spelled is None:
            return False
        text = spelled
    if family == "letter_substitution":
        if v.code == "PHONE":
            return _phone_ok(v, text.translate(str.maketrans("OolI", "0011")))
        return _subst_equal(_alnum(text), _alnum(v.canonical)) and _alnum(text) != _alnum(
            v.canonical
        )
    if v.code == "PHONE":
        return _phone_ok(v, text)
    return _alnum(text).upper() == _alnum(v.canonical).upper()


def parts_decode(v: Value, texts: list[str]) -> bool:
    joined = "".join(_alnum(t) for t in texts)
    if v.code == "PHONE":
        return joined == _alnum(v.extra[0])
    return joined.upper() == v.canonical.upper()
