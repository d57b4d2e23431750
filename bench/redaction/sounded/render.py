"""Render a canonical value the way a customer types it, per obfuscation family, and decode it back.

`render` returns the list of pieces the customer types (one piece, or 2-3 for multi_message);
`decode` is written independently of `render` (it only knows the vocabulary) so the generator can
check that every rendered span still means the value.
"""

from __future__ import annotations

import random
import re

from . import values as V

SPELL = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Variants people really type: "oh" for zero, "meia" for six in Brazil, missing accents.
SPELL_ALT = {
    "en": {"0": ["oh"]},
    "es": {},
    "fr": {"0": ["zero"]},
    "de": {"2": ["zwo"], "5": ["fuenf"]},
    "pt": {"6": ["meia"], "3": ["tres"], "1": ["hum"]},
}
NOISE_WORDS = {
    "en": ["and", "then"],
    "es": ["y", "luego"],
    "fr": ["et", "puis"],
    "de": ["und", "dann"],
    "pt": ["e", "depois"],
}
NOISE_MARKS = [" 👉 ", " 🙂 ", " | ", " / ", " .. ", "\n", " 😅 ", " ✨ ", " - ", " , ", " // "]
AT_WORDS = {
    "en": ["at", "(at)", "[at]", "AT"],
    "es": ["arroba", "(arroba)", "at"],
    "fr": ["arobase", "at", "(at)", "chez"],
    "de": ["at", "(at)", "[at]", "ät"],
    "pt": ["arroba", "(arroba)", "at"],
}
DOT_WORDS = {
    "en": ["dot", "(dot)", "[dot]", "DOT"],
    "es": ["punto", "(punto)", "dot"],
    "fr": ["point", "(point)", "dot"],
    "de": ["punkt", "(punkt)", "dot", "[dot]"],
    "pt": ["ponto", "(ponto)", "dot"],
}

DIGIT_ONLY = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "SSN",
    "PHONE",
}
SPELLABLE = {
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PHONE",
    "SSN",
    "PT_NIF",
    "BR_CPF",
    "DE_TAX_ID",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
}


def groups(kind: str, v: str, locale: str) -> list[str]:
    """The natural digit groups of a canonical value (separators removed)."""
    if kind == "CREDIT_DEBIT_NUMBER":
        return V.card_groups(v)
    if kind == "PHONE":
        return V.phone_groups(v, locale)
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return V.iban_groups(v)
    cuts = {
        "SSN": [3, 2, 4],
        "BR_CPF": [3, 3, 3, 2],
        "BR_CNPJ": [2, 3, 3, 4, 2],
        "FR_NIR": [1, 2, 2, 2, 3, 3, 2],
        "DE_TAX_ID": [2, 3, 3, 3],
        "PT_NIF": [3, 3, 3],
        "MX_CLABE": [3, 3, 11, 1],
        "ES_DNI": [8, 1],
        "ES_NIE": [1, 7, 1],
        "BANK_ROUTING": [2, 2, 2]
        if len(v) == 6
        else [4, 4]
        if len(v) == 8
        else [3, 3, 3]
        if len(v) == 9
        else [len(v)],
        "MX_CURP": [4, 6, 8],
        "MX_RFC": [4, 6, 3],
    }.get(kind)
    if cuts is None:
        if kind == "BANK_ACCOUNT_NUMBER" or (kind == "DRIVER_ID" and v.isdigit()):
            cuts = [4] * (len(v) // 4) + ([len(v) % 4] if len(v) % 4 else [])
        else:
            return [v]
    out, i = [], 0
    for c in cuts:
        out.append(v[i : i + c])
        i += c
    assert "".join(out) == v
    return out


def canon_plain(kind: str, v: str, locale: str, r: random.Random) -> str:
    """Plain family: contiguous, or the value's own official punctuation."""
    if kind == "BR_CPF" and r.random() < 0.6:
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if kind == "BR_CNPJ" and r.random() < 0.7:
        return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"
    if kind == "SSN" and r.random() < 0.6:
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if kind == "BANK_ROUTING" and len(v) == 6:
        return f"{v[:2]}-{v[2:4]}-{v[4:]}" if r.random() < 0.7 else v
    if kind == "BANK_ACCOUNT_NUMBER" and locale == "pt-BR":
        return v[:-1] + "-" + v[-1]
    if kind == "DRIVER_ID" and locale == "pt-PT":
        return v[: v.index("-") + 1] + v[v.index("-") + 1 :] if "-" in v else v
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER" and r.random() < 0.5:
        return " ".join(V.iban_groups(v))
    if kind == "CREDIT_DEBIT_EXPIRY":
        return v
    return v


def spell(lang: str, digits: str, r: random.Random) -> str:
    sep = r.choice([" ", " ", ", ", "-", " "])
    words = []
    for ch in digits:
        if ch == "+":
            words.append("+")
            continue
        alts = SPELL_ALT[lang].get(ch, [])
        words.append(r.choice(alts) if alts and r.random() < 0.5 else SPELL[lang][int(ch)])
    return sep.join(words)


def letterize(s: str, r: random.Random) -> str:
    idx = [i for i, c in enumerate(s) if c in "01"]
    pick = set(r.sample(idx, max(1, min(len(idx), r.randint(1, 3)))))
    return "".join(
        (r.choice(["O", "o"]) if c == "0" else r.choice(["l", "l", "I"])) if i in pick else c
        for i, c in enumerate(s)
    )


def render_expiry(lang: str, m: int, y: int, family: str, r: random.Random) -> list[str]:
    yy = f"{y:02d}"
    if family == "spaced_or_dashed":
        return [
            r.choice([f"{m:02d} {yy}", f"{m:02d}-{yy}", f"{m:02d} / {yy}", f"{m:02d} - 20{yy}"])
        ]
    if family == "letter_digits":
        base = r.choice([f"{m:02d}/{yy}", f"{m:02d}/20{yy}"])
        if "0" not in base and "1" not in base:
            base = f"{m:02d}/20{yy}"
        return [letterize(base, r)]
    forms = [
        f"{m:02d}/{yy}",
        f"{m}/{yy}",
        f"{m:02d}/20{yy}",
        f"{m:02d}{yy}",
        f"{m:02d}.{yy}",
        f"{V.MONTHS[lang][m - 1]} {yy}",
        f"{V.MONTHS[lang][m - 1]}/20{yy}",
        f"{V.MONTHS[lang][m - 1]} 20{yy}",
    ]
    return [r.choice(forms)]


def render(kind: str, v: str, family: str, lang: str, locale: str, r: random.Random) -> list[str]:
    if kind == "CREDIT_DEBIT_EXPIRY":
        m, y = int(v[:2]), int(v[2:])
        return render_expiry(lang, m, y, family, r)
    if family == "plain":
        return [canon_plain(kind, v, locale, r)]
    if family == "email_obfuscated":
        local, dom = v.split("@")
        at, dot = r.choice(AT_WORDS[lang]), r.choice(DOT_WORDS[lang])
        tight = r.random() < 0.3 and at.startswith(("(", "[")) and dot.startswith(("(", "["))
        j = "" if tight else " "
        dom_t = dom.replace(".", j + dot + j)
        local_t = local.replace(".", j + dot + j) if r.random() < 0.5 else local
        return [local_t + j + at + j + dom_t]
    g = groups(kind, v, locale)
    if family == "spaced_or_dashed":
        sep = r.choice([" ", " ", "-", "  ", " - ", "."]) if kind != "PHONE" or True else " "
        return [sep.join(g)]
    if family == "split_by_noise":
        marks = NOISE_MARKS + [f" {w} " for w in NOISE_WORDS[lang]]
        if r.random() < 0.5:
            m = r.choice(marks)
            return [m.join(g)]
        out = g[0]
        for x in g[1:]:
            out += r.choice(marks) + x
        return [out]
    if family == "letter_digits":
        base = r.choice([v, " ".join(g)]) if len(g) > 1 else v
        return [letterize(base, r)]
    if family == "spelled_out":
        if len(g) > 1 and r.random() < 0.4:
            return [r.choice([" ... ", ", ", " - "]).join(spell(lang, x, r) for x in g)]
        return [spell(lang, v, r)]
    if family == "multi_message":
        n = 3 if len(g) >= 4 and r.random() < 0.4 else 2
        if len(g) < n:
            # a single long group: cut the string itself
            cut = len(v) // 2
            g = [v[:cut], v[cut:]]
            n = 2
        # distribute groups over n messages
        cuts = sorted(r.sample(range(1, len(g)), n - 1))
        parts, prev = [], 0
        sep = r.choice([" ", "", "-"]) if kind != "PHONE" else r.choice([" ", ""])
        for c in cuts + [len(g)]:
            parts.append(sep.join(g[prev:c]))
            prev = c
        return parts
    raise ValueError(family)


def allowed_families(kind: str, v: str, locale: str) -> list[str]:
    fams = ["plain"]
    if kind == "EMAIL":
        return ["plain", "email_obfuscated"]
    if kind == "CREDIT_DEBIT_EXPIRY":
        return ["plain", "spaced_or_dashed", "letter_digits"]
    if kind in ("PASSWORD", "USERNAME", "IP_ADDRESS", "SWIFT_CODE", "PASSPORT_NUMBER"):
        return fams
    g = groups(kind, v, locale)
    if len(g) > 1:
        fams += ["spaced_or_dashed", "split_by_noise", "multi_message"]
    if kind in DIGIT_ONLY and any(c in "01" for c in v):
        fams.append("letter_digits")
    if kind in SPELLABLE and v.lstrip("+").isdigit() and len(v) <= 12:
        fams.append("spelled_out")
    if kind == "CREDIT_DEBIT_CVV" or kind == "PIN":
        fams.append("spelled_out") if "spelled_out" not in fams else None
    return fams


# ---- decoding (independent of the choices above) ------------------------------------------


def _strip_emoji(s: str) -> str:
    return "".join(c for c in s if ord(c) < 0x2000)


def decode(kind: str, text: str, family: str, lang: str) -> str:
    """Turn rendered text back into the canonical value."""
    s = text
    if kind == "EMAIL":
        if family == "email_obfuscated":
            for w in sorted(AT_WORDS[lang], key=len, reverse=True):
                s = (
                    re.sub(r"\s*" + re.escape(w) + r"\s*", "@", s)
                    if w.startswith(("(", "["))
                    else re.sub(r"\s+" + re.escape(w) + r"\s+", "@", s)
                )
            for w in sorted(DOT_WORDS[lang], key=len, reverse=True):
                s = (
                    re.sub(r"\s*" + re.escape(w) + r"\s*", ".", s)
                    if w.startswith(("(", "["))
                    else re.sub(r"\s+" + re.escape(w) + r"\s+", ".", s)
                )
        return s
    if kind in ("PASSWORD", "USERNAME", "IP_ADDRESS"):
        return s
    if kind == "CREDIT_DEBIT_EXPIRY":
        low = s.lower()
        for i, name in enumerate(V.MONTHS[lang]):
            if low.startswith(name):
                low = f"{i + 1:02d}" + low[len(name) :]
                break
        low = low.replace("o", "0").replace("l", "1").replace("i", "1")
        d = re.findall(r"\d+", low)
        if len(d) == 1 and len(d[0]) == 4:
            return d[0]
        m, y = int(d[0]), d[1][-2:]
        return f"{m:02d}{y}"
    if family == "spelled_out":
        rev = {}
        for i, w in enumerate(SPELL[lang]):
            rev[w] = str(i)
        for ch, alts in SPELL_ALT[lang].items():
            for a in alts:
                rev[a] = ch
        toks = re.split(r"[\s,\-.]+", s.strip())
        return "".join(rev.get(t, t) for t in toks if t)
    if family == "split_by_noise":
        s = _strip_emoji(s)
        for w in NOISE_WORDS[lang]:
            s = re.sub(r"(?<=\s)" + w + r"(?=\s)", " ", s)
    if family == "letter_digits" and kind in DIGIT_ONLY:
        s = s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
    s = re.sub(r"[\s\-./|,]+", "", s)
    return s.upper() if kind not in DIGIT_ONLY else s
