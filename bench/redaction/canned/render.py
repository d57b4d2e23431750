"""Render a value in one obfuscation family, and decode it back.

``render`` writes the surface a customer would type; ``decode`` undoes it with no
knowledge of the draw, and the generator refuses any value whose decoding differs
from the value that was drawn.
"""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import unquote

FAMILIES = {
    "plain": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "esp": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibr": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}

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
        ["fünf", "fuenf"],
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
DOUBLE = {"en": "double", "es": "doble", "fr": "double", "de": "doppel", "pt": "duplo"}

AT_WORDS = {
    "en": ["at", "(at)", "[at]"],
    "es": ["arroba", "(arroba)", "[at]"],
    "fr": ["arobase", "(at)", "at"],
    "de": ["Klammeraffe", "(at)", "at"],
    "pt": ["arroba", "(arroba)", "[at]"],
}
DOT_WORDS = {
    "en": ["dot", "[dot]", "(dot)"],
    "es": ["punto", "[dot]", "punto"],
    "fr": ["point", "(point)", "[dot]"],
    "de": ["Punkt", "(punkt)", "[dot]"],
    "pt": ["ponto", "[ponto]", "ponto"],
}
NOISE = {
    "en": [" | ", "/", " 🙏 ", " 👉 ", "\n", " and ", " then ", " - ", "..", " 💳 "],
    "es": [" | ", "/", " 🙏 ", "\n", " y ", " luego ", " 👉 ", "..", " 😅 "],
    "fr": [" | ", "/", " 🙏 ", "\n", " et ", " puis ", " 👉 ", "..", " 😬 "],
    "de": [" | ", "/", " 🙏 ", "\n", " und ", " dann ", " 👉 ", "..", " 😅 "],
    "pt": [" | ", "/", " 🙏 ", "\n", " e ", " depois ", " 👉 ", "..", " 😅 "],
}
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
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
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


def month_abbr(lang: str, m: int) -> str:
    """Three letters, or four where three would be ambiguous (juin / juillet)."""
    names = MONTHS[lang]
    a = names[m - 1][:3]
    if sum(1 for n in names if n[:3].lower() == a.lower()) > 1:
        return names[m - 1][:4]
    return a


def norm(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def _fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn"
    )


def chunks(s: str, size: int) -> list[str]:
    return [s[i : i + size] for i in range(0, len(s), size)]


# ------------------------------------------------------------------ render


def spaced(r: random.Random, groups: list[str]) -> str:
    sep = r.choice([" ", " ", "-", ".", " - ", "  "])
    return sep.join(groups)


def noisy(r: random.Random, lang: str, groups: list[str]) -> str:
    seps = NOISE[lang]
    if r.random() < 0.5:
        sep = r.choice(seps)
        return sep.join(groups)
    out = groups[0]
    for g in groups[1:]:
        out += r.choice(seps) + g
    return out


def substitute(r: random.Random, s: str) -> str | None:
    idx = [i for i, c in enumerate(s) if c in "01"]
    if not idx:
        return None
    pick = set(r.sample(idx, max(1, min(len(idx), r.randint(1, 3)))))
    out = []
    for i, c in enumerate(s):
        if i in pick:
            out.append(r.choice("Oo") if c == "0" else r.choice("lI"))
        else:
            out.append(c)
    return "".join(out)


def spell(r: random.Random, lang: str, groups: list[str]) -> str:
    """Digits said as words; some groups stay in digits when there are several."""
    words = DIGIT_WORDS[lang]
    keep_digits = set()
    if len(groups) > 2 and r.random() < 0.4:
        keep_digits = {r.randrange(len(groups))}
    out = []
    for gi, g in enumerate(groups):
        if gi in keep_digits:
            out.append(g)
            continue
        toks = []
        i = 0
        while i < len(g):
            d = int(g[i])
            if lang in DOUBLE and i + 1 < len(g) and g[i + 1] == g[i] and r.random() < 0.5:
                toks.append(DOUBLE[lang] + " " + r.choice(words[d]))
                i += 2
                continue
            w = words[d][0] if r.random() < 0.7 else r.choice(words[d])
            toks.append(w)
            i += 1
        out.append(r.choice([" ", " ", "-"]).join(toks))
    return r.choice([", ", " ", " - "]).join(out)


def email_spelled(r: random.Random, lang: str, email: str) -> str:
    at = r.choice(AT_WORDS[lang])
    dot = r.choice(DOT_WORDS[lang])
    local, dom = email.split("@")
    tight = at.startswith(("(", "[")) and r.random() < 0.5
    a = at if tight else f" {at} "
    d = dot if tight and dot.startswith(("(", "[")) else f" {dot} "
    local = local.replace(".", d)
    return local + a + dom.replace(".", d)


def percent(email_or_phone: str) -> str:
    return email_or_phone.replace("%", "%25").replace("@", "%40").replace("+", "%2B")


def expiry_text(r: random.Random, lang: str, family: str, m: int, y: int) -> str:
    if family == "compact_expiry":
        return r.choice([f"{m:02d}{y:02d}", f"{m:02d}{y:02d}", f"{m:02d}20{y:02d}"])
    if family == "spelled_out":
        name = MONTHS[lang][m - 1]
        if r.random() < 0.3:
            name = month_abbr(lang, m)
        if r.random() < 0.4:
            name = name.lower()
        return r.choice([f"{name} {2000 + y}", f"{name} {y:02d}", f"{name}/{y:02d}"])
    if family == "spaced_or_dashed":
        return r.choice(
            [f"{m:02d} / {y:02d}", f"{m:02d} - 20{y:02d}", f"{m:02d} {y:02d}", f"{m:02d}.{y:02d}"]
        )
    return r.choice(
        [
            f"{m:02d}/{y:02d}",
            f"{m:02d}/{y:02d}",
            f"{m}/{y:02d}",
            f"{m:02d}/20{y:02d}",
            f"{m:02d}-{y:02d}",
        ]
    )


# ------------------------------------------------------------------ decode


def decode_spelled(lang: str, text: str) -> str:
    table: dict[str, str] = {}
    for d, ws in enumerate(DIGIT_WORDS[lang]):
        for w in ws:
            table[_fold(w)] = str(d)
    out = []
    toks = re.findall(r"[^\W\d_]+|\d+", text)
    i = 0
    while i < len(toks):
        t = _fold(toks[i])
        if t.isdigit():
            out.append(t)
        elif lang in DOUBLE and t == DOUBLE[lang]:
            out.append(table[_fold(toks[i + 1])] * 2)
            i += 1
        elif t in table:
            out.append(table[t])
        else:
            raise ValueError("not a digit word")
        i += 1
    return "".join(out)


def decode_email_spelled(lang: str, text: str) -> str:
    s = text
    for w in sorted(AT_WORDS[lang], key=len, reverse=True):
        s = (
            re.sub(
                r"\s*" + re.escape(w) + (r"(?![\w])" if w[-1].isalpha() else "") + r"\s*",
                "@",
                s,
                count=1,
                flags=re.I,
            )
            if "@" not in s
            else s
        )
    for w in sorted(set(DOT_WORDS[lang]), key=len, reverse=True):
        pat = (
            (r"(?<![\w])" if w[0].isalpha() else "")
            + re.escape(w)
            + (r"(?![\w])" if w[-1].isalpha() else "")
        )
        s = re.sub(r"\s*" + pat + r"\s*", ".", s, flags=re.I)
    return s


def decode_expiry(lang: str, text: str) -> str:
    folded = _fold(text)
    month = None
    for i, name in enumerate(MONTHS[lang]):
        if folded.startswith(_fold(name)):
            month = i + 1
            break
    else:
        for i in range(12):
            if folded.startswith(_fold(month_abbr(lang, i + 1))):
                month = i + 1
                break
    nums = re.findall(r"\d+", text)
    if month is not None:
        return f"{month:02d}{int(nums[-1]) % 100:02d}"
    if len(nums) == 2:
        return f"{int(nums[0]):02d}{int(nums[1]) % 100:02d}"
    d = nums[0]
    return d[:2] + d[-2:]


def decode(lang: str, family: str, text: str) -> str:
    """Back to the normalised value (upper-case alphanumerics; exact for e-mail)."""
    if family == "letter_substitution":
        return norm(text.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})))
    if family == "spelled_out":
        return decode_spelled(lang, text)
    if family == "split_by_noise":
        s = text
        for n in sorted(NOISE[lang], key=len, reverse=True):
            s = s.replace(n, " ")
        return norm(s)
    if family == "email_spelled":
        return decode_email_spelled(lang, text)
    if family == "percent_encoded":
        return unquote(text)
    return norm(text)
