"""Turn a drawn value into what a customer types (one obfuscation family), and back.

``surface()`` writes a value; ``decode()`` reads a surface back to the canonical value so the
generator can prove every labelled span still holds the value that was drawn.
"""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote, unquote

import phonenumbers

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Spellings customers also use (accents, "oh", "zwo"); decoding only.
_EXTRA_WORDS = {"oh": "0", "zéro": "0", "fünf": "5", "zwo": "2", "três": "3", "une": "1"}
_ACCENTED = {"fr": {"zero": "zéro"}, "de": {"fuenf": "fünf"}, "pt": {"tres": "três"}}

NOISE_WORDS = {
    "en": ["then", "next", "after that"],
    "es": ["luego", "despues", "y ya luego"],
    "fr": ["puis", "ensuite", "et puis"],
    "de": ["dann", "danach", "und dann"],
    "pt": ["depois", "aí", "e aí depois"],
}
NOISE_MARKS = [" | ", " / ", " 👉 ", " 🙏 ", " ✅ ", " ... ", "\n", " || ", " 😅 ", " -> ", " ➡️ "]

MONTHS = {
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
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
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ],
    "de": [
        "januar",
        "februar",
        "maerz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}

AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), (" (arroba) ", " (punto) "), ("[at]", "[dot]")],
    "fr": [(" arobase ", " point "), (" at ", " point "), (" (at) ", " (point) ")],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" at ", " punkt "),
        ("(at)", "(punkt)"),
        (" [at] ", " [dot] "),
    ],
    "pt": [(" arroba ", " ponto "), (" (arroba) ", " (ponto) "), (" at ", " dot ")],
}

# Families a plain ``{T}`` slot may draw; the others are chosen by the template itself.
DIGITY = ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"]
RANDOM_FAMILIES = {
    "CREDIT_DEBIT_NUMBER": DIGITY,
    "CREDIT_DEBIT_CVV": ["plain", "spelled_out", "letter_substitution"],
    "CREDIT_DEBIT_EXPIRY": [
        "plain",
        "plain",
        "spaced_or_dashed",
        "compact_expiry",
        "letter_substitution",
        "spelled_out",
    ],
    "PIN": ["plain", "spaced_or_dashed", "spelled_out", "letter_substitution"],
    "PASSWORD": ["plain"],
    "USERNAME": ["plain"],
    "EMAIL": ["plain", "plain", "email_spelled"],
    "PHONE": DIGITY,
    "BANK_ACCOUNT_NUMBER": DIGITY,
    "BANK_ROUTING": DIGITY,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "plain",
        "iban_broken",
        "iban_broken",
        "split_by_noise",
        "letter_substitution",
    ],
    "SWIFT_CODE": ["plain", "plain", "spaced_or_dashed"],
    "SSN": DIGITY,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": DIGITY,
    "UK_NATIONAL_INSURANCE_NUMBER": ["plain", "spaced_or_dashed", "letter_substitution"],
    "PASSPORT_NUMBER": ["plain", "plain", "spaced_or_dashed", "letter_substitution"],
    "DRIVER_ID": ["plain", "plain", "spaced_or_dashed", "letter_substitution"],
    "IP_ADDRESS": ["plain"],
    "MAC_ADDRESS": ["plain", "spaced_or_dashed"],
    "AWS_ACCESS_KEY": ["plain"],
    "AWS_SECRET_KEY": ["plain"],
    "ES_DNI": DIGITY,
    "ES_NIE": DIGITY,
    "MX_CURP": ["plain", "plain", "spaced_or_dashed", "letter_substitution"],
    "MX_RFC": ["plain", "plain", "spaced_or_dashed", "letter_substitution"],
    "MX_CLABE": DIGITY,
    "BR_CPF": DIGITY,
    "BR_CNPJ": DIGITY,
    "FR_NIR": DIGITY,
    "DE_TAX_ID": DIGITY,
    "PT_NIF": DIGITY,
}
# Types whose value is typed across several messages in multi-message conversations.
SPLITTABLE = [
    "CREDIT_DEBIT_NUMBER",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "SSN",
    "ES_DNI",
]


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _groups(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def _rand_sizes(rng: random.Random, n: int) -> list[int]:
    sizes, left = [], n
    while left > 0:
        k = min(left, rng.choice([2, 3, 3, 4, 4, 5]))
        sizes.append(k)
        left -= k
    if len(sizes) == 1 and n > 3:
        sizes = [n // 2, n - n // 2]
    return sizes


def grouping(t: str, compact: str, rng: random.Random) -> list[str]:
    """Natural digit groups of a compact value."""
    fixed = {
        "CREDIT_DEBIT_NUMBER": [4, 6, 5] if len(compact) == 15 else [4, 4, 4, 4],
        "SSN": [3, 2, 4],
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [3, 2, 4],
        "BR_CPF": [3, 3, 3, 2],
        "BR_CNPJ": [2, 3, 3, 4, 2],
        "FR_NIR": [1, 2, 2, 2, 3, 3, 2],
        "DE_TAX_ID": [2, 3, 3, 3],
        "PT_NIF": [3, 3, 3],
        "MX_CLABE": [3, 3, 11, 1],
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [4] * 9,
        "ES_DNI": [2, 3, 3, 1],
        "ES_NIE": [1, 3, 4, 1],
        "UK_NATIONAL_INSURANCE_NUMBER": [2, 2, 2, 2, 1],
        "MX_CURP": [4, 6, 6, 2],
        "MX_RFC": [4, 6, 3],
        "SWIFT_CODE": [4, 2, 2, 3],
        "CREDIT_DEBIT_CVV": [1, 1, 1, 1],
        "PIN": [1, 1, 1, 1, 1, 1],
    }
    if t in fixed and rng.random() < 0.7:
        return _groups(compact, fixed[t])
    return _groups(compact, _rand_sizes(rng, len(compact)))


def _sub_letters(s: str, rng: random.Random) -> str:
    """O/o for 0 and l/I for 1 inside digit runs; each letter keeps a real digit beside it."""
    chars = list(s)
    idx = [i for i, c in enumerate(s) if c in "01" and _in_digit_run(s, i)]
    assert idx
    rng.shuffle(idx)
    want = rng.randint(1, len(idx))
    zero, one = rng.choice(["O", "o"]), rng.choice(["l", "I", "l"])
    done = 0
    for i in idx:
        if done == want:
            break
        left = i > 0 and chars[i - 1].isdigit()
        right = i + 1 < len(chars) and chars[i + 1].isdigit()
        if left or right:
            chars[i] = zero if chars[i] == "0" else one
            done += 1
    return "".join(chars)


def _in_digit_run(s: str, i: int) -> bool:
    return (i > 0 and s[i - 1].isdigit()) or (i + 1 < len(s) and s[i + 1].isdigit())


def can_sub(s: str) -> bool:
    return any(c in "01" and _in_digit_run(s, i) for i, c in enumerate(s))


def _spell(groups: list[str], lang: str, rng: random.Random) -> str:
    words = DIGIT_WORDS[lang]
    acc = _ACCENTED.get(lang, {})
    mix = rng.random() < 0.35 and len(groups) > 1
    keep = rng.randrange(len(groups)) if mix else -1
    out = []
    for gi, g in enumerate(groups):
        if gi == keep:
            out.append(g)
            continue
        toks = []
        for c in g:
            if c.isdigit():
                w = words[int(c)]
                if w in acc and rng.random() < 0.3:
                    w = acc[w]
                if lang == "en" and c == "0" and rng.random() < 0.3:
                    w = "oh"
                toks.append(w)
            else:
                toks.append(c)
        out.append(" ".join(toks))
    sep = rng.choice([" ", ", ", " - ", " "])
    return sep.join(out)


def _noise_join(groups: list[str], lang: str, rng: random.Random) -> str:
    out = groups[0]
    for g in groups[1:]:
        if rng.random() < 0.4:
            sep = " " + rng.choice(NOISE_WORDS[lang]) + " "
        else:
            sep = rng.choice(NOISE_MARKS)
        out += sep + g
    return out


def phone_national(e164: str) -> str:
    x = phonenumbers.parse(e164)
    return phonenumbers.format_number(x, phonenumbers.PhoneNumberFormat.NATIONAL)


def phone_digits_for_typing(e164: str, rng: random.Random) -> str:
    """The digit string a customer would type: national (with trunk 0) or international."""
    x = phonenumbers.parse(e164)
    nat = "".join(c for c in phone_national(e164) if c.isdigit())
    if rng.random() < 0.6:
        return nat
    return "+" + str(x.country_code) + str(x.national_number)


def surface(t: str, v: str, family: str, lang: str, rng: random.Random) -> str:
    """Text for canonical value ``v`` of type ``t`` in ``family``."""
    if family in ("context_only", "key_value_secret"):
        family = "plain"
    if t == "EMAIL":
        if family == "email_spelled":
            at, dot = rng.choice(AT_DOT[lang])
            local, dom = v.split("@")
            s = local.replace(".", dot) if rng.random() < 0.5 else local
            return (s + at + dom.replace(".", dot)).strip()
        if family == "percent_encoded":
            return quote(v, safe="")
        return v if rng.random() < 0.85 else v.capitalize()
    if t in ("PASSWORD", "USERNAME", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "IP_ADDRESS"):
        if family == "percent_encoded":
            return quote(v, safe="")
        return v
    if t == "MAC_ADDRESS":
        if family == "spaced_or_dashed":
            h = v.replace(":", "")
            return rng.choice(
                [
                    v.replace(":", "-").upper(),
                    ".".join([h[0:4], h[4:8], h[8:12]]),
                    v.upper().replace(":", " "),
                ]
            )
        return v if rng.random() < 0.6 else v.upper()
    if t == "CREDIT_DEBIT_EXPIRY":
        return _expiry(v, family, lang, rng)
    if t == "PHONE":
        return _phone(v, family, lang, rng)
    compact = v.replace("-", "")
    if family == "plain":
        return _plain(t, v, rng)
    if family == "letter_substitution":
        base = _plain(t, v, rng) if rng.random() < 0.5 else compact
        if not can_sub(base):
            base = compact
        return _sub_letters(base, rng)
    gs = grouping(t, compact, rng)
    if family == "spaced_or_dashed":
        if t == "SWIFT_CODE":
            return " ".join(gs)
        sep = rng.choice([" ", "-", ".", " - ", "  "])
        return sep.join(gs)
    if family == "iban_broken":
        g4 = (
            _groups(compact, [4] * 9)
            if rng.random() < 0.5
            else _groups(compact, _rand_sizes(rng, len(compact)))
        )
        seps = rng.choice([[" "], ["-"], ["\n"], [" ", "-"], [" ", "\n", " "], ["  "]])
        out = g4[0]
        for i, g in enumerate(g4[1:]):
            out += seps[i % len(seps)] + g
        return out
    if family == "split_by_noise":
        return _noise_join(gs, lang, rng)
    if family == "spelled_out":
        return _spell(gs, lang, rng)
    raise ValueError((t, family))


def _plain(t: str, v: str, rng: random.Random) -> str:
    fmts = {
        "SSN": lambda: f"{v[:3]}-{v[3:5]}-{v[5:]}",
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: f"{v[:3]}-{v[3:5]}-{v[5:]}",
        "BR_CPF": lambda: f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}",
        "BR_CNPJ": lambda: f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}",
        "FR_NIR": lambda: " ".join(_groups(v, [1, 2, 2, 2, 3, 3, 2])),
        "DE_TAX_ID": lambda: " ".join(_groups(v, [2, 3, 3, 3])),
        "PT_NIF": lambda: " ".join(_groups(v, [3, 3, 3])),
        "ES_DNI": lambda: v[:8] + "-" + v[8],
        "ES_NIE": lambda: f"{v[0]}-{v[1:8]}-{v[8]}",
        "CREDIT_DEBIT_NUMBER": lambda: " ".join(
            _groups(v, [4, 6, 5] if len(v) == 15 else [4, 4, 4, 4])
        ),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: " ".join(_groups(v, [2, 2, 2, 2, 1])),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: v,
    }
    if t in fmts and rng.random() < 0.5:
        return fmts[t]()
    return v


def _phone(v: str, family: str, lang: str, rng: random.Random) -> str:
    x = phonenumbers.parse(v)
    if family == "plain":
        return phonenumbers.format_number(
            x,
            rng.choice(
                [
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    phonenumbers.PhoneNumberFormat.E164,
                ]
            ),
        )
    if family == "percent_encoded":
        return "%2B" + str(x.country_code) + str(x.national_number)
    typed = phone_digits_for_typing(v, rng)
    plus = typed.startswith("+")
    digits = typed.lstrip("+")
    if family == "letter_substitution":
        base = (
            typed
            if can_sub(typed)
            else ("0" + str(x.national_number) if can_sub("0" + str(x.national_number)) else None)
        )
        if base is None:
            raise NoSurface
        return _sub_letters(base, rng)
    if plus:
        cc = str(x.country_code)
        gs = [cc] + _groups(digits[len(cc) :], _rand_sizes(rng, len(digits) - len(cc)))
    else:
        gs = _groups(digits, _rand_sizes(rng, len(digits)))
    if family == "spaced_or_dashed":
        s = rng.choice(["-", ".", " ", " - "]).join(gs)
    elif family == "split_by_noise":
        s = _noise_join(gs, lang, rng)
    elif family == "spelled_out":
        s = _spell(gs, lang, rng)
    else:
        raise ValueError(family)
    return ("+" + s) if plus else s


class NoSurface(Exception):
    """The drawn value cannot be written in the requested family; draw again."""


def _expiry(v: str, family: str, lang: str, rng: random.Random) -> str:
    mm, yy = v[:2], v[2:]
    if family == "plain":
        shape = rng.randrange(5)
        if shape == 0:
            return f"{mm}/{yy}"
        if shape == 1:
            return f"{mm}/20{yy}"
        if shape == 2:
            return f"{int(mm)}/{yy}"
        name = MONTHS[lang][int(mm) - 1]
        if shape == 3:
            ab = month_abbr(lang, int(mm))
            return f"{ab} {yy}" if rng.random() < 0.5 else f"{ab}/20{yy}"
        return f"{name} 20{yy}" if rng.random() < 0.6 else f"{name.capitalize()} {yy}"
    if family == "spaced_or_dashed":
        return rng.choice(
            [f"{mm} - {yy}", f"{mm}-20{yy}", f"{mm} {yy}", f"{mm} / {yy}", f"{mm}.{yy}"]
        )
    if family == "compact_expiry":
        return f"{mm}{yy}" if rng.random() < 0.8 else f"{mm}20{yy}"
    if family == "letter_substitution":
        base = rng.choice([f"{mm}/{yy}", f"{mm}/20{yy}", f"{mm}{yy}"])
        if not can_sub(base):
            raise NoSurface
        return _sub_letters(base, rng)
    if family == "spelled_out":
        return _spell([mm, yy], lang, rng).replace(", ", " / ", 1)
    raise ValueError(family)


# ---------------------------------------------------------------- decoding


def _words_to_digits(s: str) -> str:
    table = {}
    for ws in DIGIT_WORDS.values():
        for i, w in enumerate(ws):
            table[w] = str(i)
    table.update({k: v for k, v in _EXTRA_WORDS.items()})
    toks = re.split(r"(\s+|,|-|/|\+)", s)
    out = []
    for tok in toks:
        low = tok.lower()
        if low in table:
            out.append(table[low])
        elif _strip_accents(low) in table:
            out.append(table[_strip_accents(low)])
        else:
            out.append(tok)
    return "".join(out)


_NOISE_PHRASES = sorted({p for ws in NOISE_WORDS.values() for p in ws}, key=len, reverse=True)


def _drop_noise(s: str) -> str:
    for p in _NOISE_PHRASES:
        s = re.sub(r"(?<!\S)" + re.escape(p) + r"(?!\S)", " ", s, flags=re.IGNORECASE)
    return s


def _unsub(surface_alnum: str, canon: str) -> bool:
    if len(surface_alnum) != len(canon):
        return False
    for a, b in zip(surface_alnum, canon):
        if a.upper() == b.upper():
            continue
        if b == "0" and a in "Oo":
            continue
        if b == "1" and a in "lI":
            continue
        return False
    return True


def decode_matches(t: str, canon: str, text: str, family: str) -> bool:
    """Does ``text`` (one span, or the joined parts of a multi-message value) decode to ``canon``?"""
    s = unquote(text) if family == "percent_encoded" or "%" in text else text
    if t == "EMAIL":
        low = " " + s + " "
        for ws in AT_DOT.values():
            for at, dot in ws:
                low = low.replace(at, "@").replace(dot, ".")
        return low.strip().replace(" ", "").lower() == canon.lower()
    if t in ("PASSWORD", "USERNAME", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "IP_ADDRESS"):
        return s == canon
    if t == "MAC_ADDRESS":
        return re.sub(r"[^0-9a-f]", "", s.lower()) == canon.replace(":", "")
    if t == "CREDIT_DEBIT_EXPIRY":
        return _decode_expiry(s) == canon
    if family in ("spelled_out", "multi_message"):
        s = _words_to_digits(s)
    if family == "split_by_noise":
        s = _drop_noise(s)
    alnum = "".join(c for c in s if c.isalnum())
    if t == "PHONE":
        x = phonenumbers.parse(canon)
        nsn, cc = str(x.national_number), str(x.country_code)
        d = "".join("0" if c in "Oo" else "1" if c in "lI" else c for c in alnum)
        return d in (nsn, "0" + nsn, cc + nsn, "00" + cc + nsn) or (cc == "52" and d == nsn)
    return _unsub(alnum, canon.replace("-", ""))


def month_abbr(lang: str, m: int) -> str:
    name = MONTHS[lang][m - 1]
    if lang == "fr" and m in (6, 7):
        return "juin" if m == 6 else "juil"
    return name[:3]


def _month_names() -> list[tuple[str, int]]:
    out = {(n, i + 1) for names in MONTHS.values() for i, n in enumerate(names)}
    out |= {(month_abbr(lang, i + 1), i + 1) for lang in MONTHS for i in range(12)}
    return sorted(out, key=lambda x: -len(x[0]))


_MONTH_NAMES = _month_names()


def _decode_expiry(s: str) -> str | None:
    low = _strip_accents(s.lower())
    month = None
    for name, m in _MONTH_NAMES:
        if re.search(r"\b" + name + r"\b", low):
            month = m
            low = re.sub(r"\b" + name + r"\b", " ", low, count=1)
            break
    low = _words_to_digits(low)
    low = " ".join(
        "".join("0" if c == "o" else "1" if c in "li" else c for c in tok)
        if any(ch.isdigit() for ch in tok)
        else tok
        for tok in re.split(r"(\s+|/|-|\.)", low)
    )
    runs = re.findall(r"\d+", low)
    if month:
        if len(runs) != 1:
            return None
        return f"{month:02d}{runs[0][-2:]}"
    if len(runs) == 2:
        return f"{int(runs[0]):02d}{runs[1][-2:]}"
    if len(runs) == 1:
        r = runs[0]
        if len(r) == 4:
            return r
        if len(r) == 6:
            return r[:2] + r[4:]
    if len(runs) > 2:  # spelled digit by digit: "zero six / two seven"
        j = "".join(runs)
        return j if len(j) == 4 else None
    return None
