"""Renderers per obfuscation family, and the decoder that proves each rendering.

Every renderer has an inverse in `decode`: the self-checks require
decode(rendering) == canonical value, so a label never claims a value the text lacks.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise
from urllib.parse import quote, unquote

import phonenumbers

from .numwords import LONGEST, PAIRS, pair_words

# Spoken digits per language; the first word is the usual one, the others colloquial.
DIGIT_WORDS: dict[str, list[list[str]]] = {
    "en": [["zero", "oh", "o"], ["one"], ["two"], ["three"], ["four"], ["five"], ["six"],
           ["seven"], ["eight"], ["nine"]],
    "es": [["cero"], ["uno", "un"], ["dos"], ["tres"], ["cuatro"], ["cinco"], ["seis"],
           ["siete"], ["ocho"], ["nueve"]],
    "fr": [["zéro", "zero"], ["un"], ["deux"], ["trois"], ["quatre"], ["cinq"], ["six"],
           ["sept"], ["huit"], ["neuf"]],
    "de": [["null"], ["eins", "ein"], ["zwei", "zwo"], ["drei"], ["vier"], ["fünf", "fuenf"],
           ["sechs"], ["sieben"], ["acht"], ["neun"]],
    "pt": [["zero"], ["um", "uma"], ["dois", "duas"], ["três", "tres"], ["quatro"], ["cinco"],
           ["seis", "meia"], ["sete"], ["oito"], ["nove"]],
}  # fmt: skip
DOUBLE = {"en": ["double", "triple"], "fr": ["double", "triple"]}
PLUS = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}
WORD_TO_DIGIT = {
    w: str(d) for words in DIGIT_WORDS.values() for d, ws in enumerate(words) for w in ws
}
WORD_TO_DIGIT.update({"mas": "+", "más": "+", "plus": "+", "mais": "+"})

AT_DOT = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), (" (arroba) ", " (punto) "), (" arroba ", "."),
           (" at ", " punto ")],
    "fr": [(" arobase ", " point "), (" arrobase ", " point "), (" [at] ", " point "),
           (" at ", " dot ")],
    "de": [(" ät ", " punkt "), (" at ", " punkt "), (" (at) ", " (punkt) "), ("[ät]", ".")],
    "pt": [(" arroba ", " ponto "), (" arroba ", " ponto "), (" (arroba) ", "."),
           (" at ", " ponto ")],
}  # fmt: skip
SPOKEN_AT = ("arroba", "arobase", "arrobase", "ät", "at")
SPOKEN_DOT = ("punto", "point", "punkt", "ponto", "dot")

NOISE = {
    "en": [" then ", " and ", " | ", " / ", " ... ", "\n", " 👉 ", " - then - ", " 🙂 ", ", "],
    "es": [" luego ", " y ", " | ", " / ", "... ", "\n", " 👉 ", " y luego ", " ✅ ", " , "],
    "fr": [" puis ", " et ", " | ", " / ", " ... ", "\n", " 👉 ", " ensuite ", " 😅 ", ", "],
    "de": [" dann ", " und ", " | ", " / ", " ... ", "\n", " 👉 ", " und dann ", " 🙈 ", ", "],
    "pt": [" e ", " depois ", " | ", " / ", "... ", "\n", " 👉 ", " e depois ", " 🙏 ", ", "],
}  # fmt: skip
MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov",
           "déc"],
    "de": ["jan", "feb", "märz", "apr", "mai", "juni", "juli", "aug", "sept", "okt", "nov",
           "dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}  # fmt: skip
LETTER_SUB = {"0": "Oo", "1": "lI"}
SUB_BACK = {"O": "0", "o": "0", "l": "1", "I": "1"}


def groups(code: str, value: str, country: str) -> list[str]:
    """The official grouping of a canonical value (the print form's blocks)."""
    sizes: dict[str, list[int]] = {
        "SSN": [3, 2, 4], "ITIN": [3, 2, 4], "CPF": [3, 3, 3, 2], "CNPJ": [2, 3, 3, 4, 2],
        "NIR": [1, 2, 2, 2, 3, 3, 2], "STID": [2, 3, 3, 3], "NIF": [3, 3, 3],
        "CLABE": [3, 3, 11, 1], "DNI": [8, 1], "NIE": [1, 7, 1], "CURP": [4, 6, 6, 2],
        "RFC": [4, 6, 3], "NINO": [2, 2, 2, 2, 1], "EXP": [2, 2],
    }  # fmt: skip
    if code == "CARD":
        sizes["CARD"] = [4, 6, 5] if len(value) == 15 else [4] * (len(value) // 4)
    elif code == "IBAN":
        return [value[i : i + 4] for i in range(0, len(value), 4)]
    elif code == "PHONE":
        text = phone_print(value, country, international=country == "XX")
        return re.split(r"[\s-]+", text.lstrip("(").replace(")", ""))
    elif code == "MAC":
        return value.split(":")
    elif code == "ROUT":
        sizes["ROUT"] = {"GB": [2, 2, 2], "DE": [3, 3, 2], "FR": [5, 5]}.get(country, [len(value)])
    elif code == "ACCT":
        n = len(value)
        sizes["ACCT"] = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    if code not in sizes:
        return [value]
    out, i = [], 0
    for size in sizes[code]:
        out.append(value[i : i + size])
        i += size
    return out


def phone_print(value: str, country: str, international: bool) -> str:
    parsed = phonenumbers.parse(value)
    fmt = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(parsed, fmt.INTERNATIONAL if international else fmt.NATIONAL)


def official(code: str, value: str, country: str, rng: random.Random) -> str:
    """The print form a document or a bank app shows."""
    g = groups(code, value, country)
    if code == "PHONE":
        return phone_print(value, country, international=rng.random() < 0.5)
    if code == "CPF":
        return f"{g[0]}.{g[1]}.{g[2]}-{g[3]}"
    if code == "CNPJ":
        return f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}"
    if code in ("SSN", "ITIN", "RFC"):
        return "-".join(g)
    if code == "DNI":
        return rng.choice((value, f"{g[0]}-{g[1]}"))
    if code == "NIE":
        return rng.choice((value, "-".join(g)))
    if code == "ROUT" and country == "GB":
        return "-".join(g)
    if code == "EXP":
        return rng.choice((f"{g[0]}/{g[1]}", f"{g[0]}/20{g[1]}", f"{int(g[0])}/{g[1]}"))
    if code in ("CURP", "MAC", "IP", "AKID", "ASK", "PWD", "EMAIL", "PASSPORT", "DL", "SWIFT"):
        return value
    return " ".join(g)


def render(code: str, fam: str, value: str, lang: str, country: str, rng: random.Random) -> str:
    if fam in ("co", "uc", "kv"):
        return value
    if fam == "pl":
        if code == "EXP" and rng.random() < 0.2:  # month name, as on some cards and in speech
            month = MONTHS[lang][int(value[:2]) - 1]
            month = month.capitalize() if rng.random() < 0.5 else month
            return f"{month} {rng.choice(('', '20'))}{value[2:]}"
        if code in ("PHONE", "IBAN", "EXP", "CPF", "CNPJ") or rng.random() < 0.5:
            return official(code, value, country, rng)
        return value
    if fam == "ce":
        return value if rng.random() < 0.75 else value[:2] + "20" + value[2:]
    g = groups(code, value, country)
    if fam == "sd":
        if code == "MAC":
            return rng.choice(
                ("-".join(g), ".".join("".join(g[i : i + 2]).lower() for i in (0, 2, 4)))
            )
        if code == "PHONE":
            return _phone_sd(value, rng)
        base = official(code, value, country, rng)
        for _ in range(10):
            sep = rng.choice(("-", ".", "  ", " / ", " - ", "/", " "))
            out = sep.join(_regroup(g, rng) if rng.random() < 0.3 else g)
            if out not in (base, value):
                return out
        return ".".join(g) if code not in ("CARD", "IBAN") else "-".join(g)
    if fam in ("nz", "mm"):
        parts = _regroup(g, rng) if len(g) < 3 else g
        seps = NOISE[lang]
        first = rng.choice(seps)
        out = parts[0]
        for part in parts[1:]:
            out += (first if rng.random() < 0.7 else rng.choice(seps)) + part
        return out
    if fam == "ls":
        return letter_sub(
            code,
            official(code, value, country, rng)
            if code != "PHONE"
            else phone_print(value, country, rng.random() < 0.5),
            rng,
        )
    if fam == "sp":
        return spell(code, value, lang, country, rng)
    if fam == "es":
        at, dot = rng.choice(AT_DOT[lang])
        local, domain = value.split("@")
        local_dot = rng.choice((dot, "."))
        return local.replace(".", local_dot) + at + domain.replace(".", dot)
    if fam == "pe":
        return quote(value, safe="")
    if fam == "ib":
        return iban_broken(value, rng)
    raise ValueError(fam)


def _regroup(g: list[str], rng: random.Random) -> list[str]:
    """Regroup a value into blocks of 2-5 characters, as people read numbers out."""
    joined = "".join(g)
    if len(joined) < 4:
        return [joined]
    out, i = [], 0
    size = rng.choice((2, 3, 4, 5))
    while i < len(joined):
        out.append(joined[i : i + size])
        i += size
    if len(out[-1]) == 1 and len(out) > 1:
        last = out.pop()
        out[-1] += last
    return out


def _phone_sd(value: str, rng: random.Random) -> str:
    parsed = phonenumbers.parse(value)
    national = phonenumbers.national_significant_number(parsed)
    cc = parsed.country_code
    region = phonenumbers.region_code_for_number(parsed)
    options = [f"+{cc} ", f"+{cc}-", f"+{cc}."]
    if region in ("DE", "AT", "CH", "FR", "BE", "GB", "IE", "ES", "PT"):
        options.append(f"00{cc} ")  # 00 is the international prefix outside NANP
    if region in ("DE", "AT", "CH", "FR", "BE", "GB", "IE"):
        options += ["0", "0"]  # national trunk prefix
    elif region in ("US", "ES", "PT", "MX"):
        options += [""]  # national numbers without a trunk prefix
    sep = rng.choice(("-", ".", " ", "/", "  "))
    # mostly the country's own blocks with another separator, sometimes ad-hoc blocks
    blocks = re.split(
        r"[\s-]+",
        phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL).replace(
            "(", ""
        ),
    )
    blocks = [b.replace(")", "") for b in blocks if b]
    if blocks[0].startswith("0"):
        blocks[0] = blocks[0][1:] or blocks.pop(0)
    if rng.random() < 0.35 or "".join(blocks) != national:
        blocks = _regroup([national], rng)
    return rng.choice(options) + sep.join(blocks)


def _sub_start(code: str, text: str) -> int:
    """First alphanumeric position where a digit may be swapped: IBAN letters stay letters."""
    if code != "IBAN":
        return 0
    return 8 if text.strip()[:2].upper() in ("GB", "IE") else 2


def letter_sub(code: str, text: str, rng: random.Random) -> str:
    """Swap some 0/1 digits for O/o and l/I (never inside an IBAN's country code)."""
    start = _sub_start(code, text)
    seen, spots = 0, []
    for i, ch in enumerate(text):
        if ch.isalnum():
            if seen >= start and ch in LETTER_SUB:
                spots.append(i)
            seen += 1
    if not spots:
        return text
    chosen = set(rng.sample(spots, k=max(1, min(len(spots), rng.randint(1, 3)))))
    return "".join(rng.choice(LETTER_SUB[ch]) if i in chosen else ch for i, ch in enumerate(text))


def spell(code: str, value: str, lang: str, country: str, rng: random.Random) -> str:
    """Digits as words: one by one (with double/triple), or read out in pairs."""
    if code == "PHONE":
        text = phone_print(value, country, international=rng.random() < 0.4)
        blocks = re.split(r"[\s-]+", text.replace("(", "").replace(")", ""))
    else:
        blocks = groups(code, value, country) if code != "CVV" else [value]
    joiner = rng.choice((" ", ", ", " - ", " ... "))
    pairs_share = 0.8 if (code == "PHONE" and lang == "fr") else 0.35
    if rng.random() < pairs_share:
        sb = country in ("BE", "CH")
        text = joiner.join(_spell_block(b, lang, rng, pairs=True, sb=sb) for b in blocks)
        # a pair reading can be ambiguous (French "soixante dix" after a pair); keep it only
        # when it reads back as the value
        if decode(code, "sp", text, lang, country) == normalize(code, value, lang, country):
            return text
    return joiner.join(_spell_block(b, lang, rng, pairs=False, sb=False) for b in blocks)


def _spell_block(block: str, lang: str, rng: random.Random, pairs: bool, sb: bool) -> str:
    words = DIGIT_WORDS[lang]
    tokens: list[str] = []
    if pairs and block.isdigit() and len(block) >= 2:
        i = len(block) % 2
        if i:  # odd length: the single digit goes first, so no pair is followed by a digit
            tokens.append(words[int(block[0])][0])
        for j in range(i, len(block), 2):
            pair = block[j : j + 2]
            if pair[0] == "0":
                tokens += [rng.choice(words[0]), words[int(pair[1])][0]]
            else:
                tokens.append(pair_words(int(pair), lang, sb))
        return " ".join(tokens)
    i = 0
    while i < len(block):
        ch = block[i]
        if ch == "+":
            tokens.append(PLUS[lang])
            i += 1
            continue
        run = 1
        while i + run < len(block) and block[i + run] == ch and run < 3:
            run += 1
        if lang in DOUBLE and run >= 2 and rng.random() < 0.6:
            tokens.append(f"{DOUBLE[lang][run - 2]} {rng.choice(words[int(ch)])}")
            i += run
            continue
        pick = words[int(ch)]
        tokens.append(pick[0] if rng.random() < 0.7 else rng.choice(pick))
        i += 1
    return " ".join(tokens)


def iban_broken(value: str, rng: random.Random) -> str:
    blocks = [value[i : i + 4] for i in range(0, len(value), 4)]
    if rng.random() < 0.4:
        blocks = _regroup(blocks, rng)
    out = blocks[0]
    for block in blocks[1:]:
        out += rng.choice((" ", "-", "\n", "  ", " ", " -", "\n"))
        out += block
    return out.lower() if rng.random() < 0.4 else out


def decode(code: str, fam: str, text: str, lang: str, country: str) -> str:
    """Inverse of `render`: the canonical value a labelled span stands for."""
    t = text
    if fam == "pe":
        t = unquote(t)
    if fam == "es":
        t = re.sub(r"[\[\]()]", " ", t)
        t = re.sub(rf"\s*\b({'|'.join(SPOKEN_AT)})\b\s*", "@", t, flags=re.IGNORECASE)
        t = re.sub(rf"\s*\b({'|'.join(SPOKEN_DOT)})\b\s*", ".", t, flags=re.IGNORECASE)
        t = re.sub(r"\s+", "", t)
    if fam in ("nz", "mm"):
        # drop the joining words and emoji between the groups
        words = {w.strip(" ,.-") for seps in NOISE.values() for w in seps} - {""}
        t = " ".join(tok for tok in t.split() if tok not in words and tok.isascii())
    if fam == "sp":
        out = []
        tokens = [tok for tok in re.split(r"[\s,.-]+", t.lower()) if tok]
        mult = 1
        i = 0
        while i < len(tokens):
            # longest pair phrase first ("quatre vingt dix sept" is one pair, 97)
            for k in range(min(LONGEST, len(tokens) - i), 0, -1):
                if tuple(tokens[i : i + k]) in PAIRS:
                    out.append(PAIRS[tuple(tokens[i : i + k])])
                    i += k
                    break
            else:
                tok = tokens[i]
                i += 1
                if tok in ("double", "triple"):
                    mult = 2 if tok == "double" else 3
                elif tok in WORD_TO_DIGIT:
                    out.append(WORD_TO_DIGIT[tok] * mult)
                    mult = 1
        t = "".join(out)
    if fam == "ls":
        start = _sub_start(code, t)
        if code == "IBAN":
            t = re.sub(r"[^0-9A-Za-z]", "", t)
        t = t[:start] + "".join(SUB_BACK.get(ch, ch) for ch in t[start:])
    return normalize(code, t, lang, country)


def normalize(code: str, t: str, lang: str = "en", country: str = "US") -> str:
    if code in ("PWD", "ASK", "AKID"):
        return t
    if code == "EMAIL":
        return re.sub(r"\s+", "", t).lower()
    if code == "IP":
        return t.lower()
    if code == "PHONE":
        raw = re.sub(r"[^\d+]", "", t)
        parsed = phonenumbers.parse(raw, country)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if code == "EXP":
        low = t.lower()
        for i, month in enumerate(MONTHS[lang]):
            if low.startswith(month):
                return f"{i + 1:02d}" + re.sub(r"\D", "", low)[-2:]
        d = re.sub(r"\D", "", t)
        if len(d) == 3 and "/" in t:
            d = "0" + d
        if len(d) == 6:
            d = d[:2] + d[4:]
        if len(d) == 5 and "/" in t:  # 6/2027
            d = "0" + d[0] + d[3:]
        return d
    if code == "MAC":
        return re.sub(r"[^0-9A-Fa-f]", "", t).upper()
    return re.sub(r"[^0-9A-Za-z]", "", t).upper()


def render_parts(code: str, value: str, country: str, n: int, rng: random.Random) -> list[str]:
    """A value cut into 2-3 messages at block boundaries, as customers send it."""
    if code == "PHONE":
        blocks = re.split(r"\s+", phone_print(value, country, international=rng.random() < 0.5))
    elif code == "IBAN" and rng.random() < 0.5:
        blocks = [value[i : i + 4] for i in range(0, len(value), 4)]
    else:
        blocks = groups(code, value, country)
    if len(blocks) < 2:
        blocks = _regroup(blocks, rng)
    if len(blocks) < 2:
        blocks = [value[: len(value) // 2], value[len(value) // 2 :]]
    while len(blocks) < n:
        longest = max(range(len(blocks)), key=lambda i: len(blocks[i]))
        b = blocks[longest]
        blocks[longest : longest + 1] = [b[: len(b) // 2], b[len(b) // 2 :]]
    cuts = sorted(rng.sample(range(1, len(blocks)), k=n - 1))
    bounds = [0, *cuts, len(blocks)]
    sep = rng.choice((" ", " ", "-", "."))
    return [sep.join(blocks[a:b]) for a, b in pairwise(bounds)]
