"""Renderers: a drawn value -> the text a customer types, and the way back (round trip)."""

from __future__ import annotations

import random
import re
import urllib.parse

WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
ALT = {  # regional or casual forms, mapped back to digits
    "oh": "0",
    "o": "0",
    "zwo": "2",
    "meia": "6",
    "hum": "1",
    "zero": "0",
    "zéro": "0",
    "zero,": "0",
    "tres": "3",
    "fuenf": "5",
    "funf": "5",
    "dos": "2",
    "un": "1",
    "une": "1",
    "uma": "1",
    "duas": "2",
}
DOUBLE = {"en": "double", "es": None, "fr": None, "de": None, "pt": None}
AT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)")],
    "fr": [(" arobase ", " point "), (" at ", " point ")],
    "de": [("(at)", "(punkt)"), (" at ", " punkt "), (" ät ", " punkt ")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)")],
}
NOISE = [" | ", "|", " / ", "/", ".", " 🙂 ", "🔢", " ✅ ", " - ", "\n", "...", " , ", " 👉 ", "*"]
NOISE_WORD = {
    "en": [" then ", " and ", " "],
    "es": [" y ", " luego ", " "],
    "fr": [" puis ", " et ", " "],
    "de": [" dann ", " und ", " "],
    "pt": [" e ", " depois ", " "],
}


REGROUP = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "DE_TAX_ID",
    "FR_NIR",
    "PT_NIF",
}


def grouped_phone(v: str) -> str:
    """An E.164 phone (+441234...) in its international groups, as people type it."""
    if v.startswith("+") and " " not in v and "-" not in v:
        import phonenumbers

        return phonenumbers.format_number(
            phonenumbers.parse(v), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
    return v


def digit_groups(v: str) -> list[str]:
    g = re.findall(r"[A-Za-z0-9]+", v)
    if len(g) == 1 and len(g[0]) > 5:
        s = g[0]
        n = 4 if len(s) >= 12 else 3
        g = [s[i : i + n] for i in range(0, len(s), n)]
    return g


def norm(v: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", v).upper()


def spell(v: str, lang: str, r: random.Random) -> str:
    words = WORDS[lang]
    out = []
    ds = [c for c in v if c.isdigit()]
    i = 0
    while i < len(ds):
        d = ds[i]
        if lang == "en" and i + 1 < len(ds) and ds[i + 1] == d and r.random() < 0.5:
            out.append("double " + words[int(d)])
            i += 2
            continue
        w = words[int(d)]
        if lang == "en" and d == "0" and r.random() < 0.5:
            w = "oh"
        if lang == "pt" and d == "6" and r.random() < 0.5:
            w = "meia"
        if lang == "de" and d == "2" and r.random() < 0.4:
            w = "zwo"
        if r.random() < 0.15:  # mixed words and digits
            w = d
        out.append(w)
        i += 1
    sep = r.choice([" ", " ", ", ", "-"])
    return sep.join(out)


def letter_sub(v: str, r: random.Random) -> str:
    out = []
    for c in v:
        if c == "0" and r.random() < 0.6:
            out.append(r.choice("Oo"))
        elif c == "1" and r.random() < 0.6:
            out.append(r.choice("lI"))
        else:
            out.append(c)
    s = "".join(out)
    if s == v:  # make sure at least one substitution happens
        for i, c in enumerate(v):
            if c in "01":
                return v[:i] + ("O" if c == "0" else "l") + v[i + 1 :]
    return s


def unletter(s: str) -> str:
    return s.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))


def render(fam: str, t: str, v: str, lang: str, r: random.Random, loc: str = "") -> str:
    if fam in ("plain", "context_only", "url_credentials", "key_value_secret", "compact_expiry"):
        if fam == "compact_expiry":
            m = re.match(r"(\d\d)\D+(\d{2,4})$", v)
            return m.group(1) + m.group(2)
        return v
    if fam == "spaced_or_dashed":
        g = digit_groups(v)
        sep = r.choice([" ", "-", "  ", " - ", " ", "."])
        if t == "PHONE":  # people keep the + and the country code, and the usual groups
            return ("+" if v.startswith("+") else "") + sep.join(digit_groups(grouped_phone(v)))
        if t == "SSN" and len(g) != 3:  # an SSN is said 3-2-4 when it is spaced at all
            s = "".join(g)
            g = [s[:3], s[3:5], s[5:]]
        if t == "UK_NATIONAL_INSURANCE_NUMBER":  # AB 12 34 56 C
            s = "".join(g)
            g = [s[:2], s[2:4], s[4:6], s[6:8], s[8:]]
        if t in REGROUP and len(g) >= 2 and r.random() < 0.5:  # regroup long numbers
            s = "".join(g)
            n = r.choice([3, 4, 4])
            g = [s[i : i + n] for i in range(0, len(s), n)]
        return sep.join(g)
    if fam == "split_by_noise":
        g = digit_groups(v)
        if len(g) < 2:
            s = g[0]
            g = [s[: len(s) // 2], s[len(s) // 2 :]]
        noise = r.choice(NOISE + NOISE_WORD[lang])
        return noise.join(g) if noise.strip() else "  ".join(g)
    if fam == "letter_substitution":
        return letter_sub(v, r)
    if fam == "spelled_out":
        return spell_pairs(v, lang, loc, r) if r.random() < 0.4 else spell(v, lang, r)
    if fam == "email_spelled":
        a, d = r.choice(AT[lang])
        local, dom = v.split("@")
        local = local.replace(".", d) if r.random() < 0.5 else local
        return local + a + dom.replace(".", d)
    if fam == "percent_encoded":
        return urllib.parse.quote(v, safe="")
    if fam == "iban_broken":
        s = norm(v)
        out, i = [], 0
        while i < len(s):
            n = r.choice([2, 3, 4, 4, 5, 6])
            out.append(s[i : i + n])
            i += n
        joined = out[0]
        for part in out[1:]:
            joined += r.choice([" ", "  ", "-", " ", "\n", " - "]) + part
        return joined.lower() if r.random() < 0.3 else joined
    raise ValueError(fam)


def back(fam: str, t: str, shown: str, lang: str) -> str:
    """Inverse of render, compared with the drawn value after norm()."""
    if fam == "spelled_out":
        return unspell_phrases(shown, lang)
    if fam == "letter_substitution":
        return unletter(shown)
    if fam == "email_spelled":
        s = shown
        for a, d in AT[lang]:
            s = s.replace(a, "@").replace(d, ".")
        return s
    if fam == "percent_encoded":
        return urllib.parse.unquote(shown)
    if fam == "split_by_noise":
        for w in (
            " then ",
            " and ",
            " y ",
            " luego ",
            " puis ",
            " et ",
            " dann ",
            " und ",
            " e ",
            " depois ",
        ):
            shown = shown.replace(w, " ")
        return shown
    return shown


# ---------------------------------------------------------------- pairs ("forty-one", "quatre-vingt-dix")
def pair_words(n: int, lang: str, loc: str = "") -> list[str]:
    """Ways to say 10..99 in the language (regional forms included where loc asks for them)."""
    u = WORDS[lang]
    if lang == "en":
        teens = [
            "ten",
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
        if n < 20:
            return [teens[n - 10]]
        t, d = divmod(n, 10)
        return [tens[t]] if d == 0 else [f"{tens[t]}-{u[d]}", f"{tens[t]} {u[d]}"]
    if lang == "es":
        sp = [
            "diez",
            "once",
            "doce",
            "trece",
            "catorce",
            "quince",
            "dieciséis",
            "diecisiete",
            "dieciocho",
            "diecinueve",
            "veinte",
            "veintiuno",
            "veintidós",
            "veintitrés",
            "veinticuatro",
            "veinticinco",
            "veintiséis",
            "veintisiete",
            "veintiocho",
            "veintinueve",
        ]
        if n < 30:
            return [sp[n - 10]]
        tens = [
            "",
            "",
            "",
            "treinta",
            "cuarenta",
            "cincuenta",
            "sesenta",
            "setenta",
            "ochenta",
            "noventa",
        ]
        t, d = divmod(n, 10)
        return [tens[t]] if d == 0 else [f"{tens[t]} y {u[d]}"]
    if lang == "pt":
        br = loc != "pt-PT"
        sp = [
            "dez",
            "onze",
            "doze",
            "treze",
            "catorze",
            "quinze",
            "dezesseis" if br else "dezasseis",
            "dezessete" if br else "dezassete",
            "dezoito",
            "dezenove" if br else "dezanove",
        ]
        if n < 20:
            return [sp[n - 10]]
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
        t, d = divmod(n, 10)
        return [tens[t]] if d == 0 else [f"{tens[t]} e {u[d]}"]
    if lang == "de":
        sp = [
            "zehn",
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
        if n < 20:
            return [sp[n - 10]]
        tens = [
            "",
            "",
            "zwanzig",
            "dreißig" if loc != "de-CH" else "dreissig",
            "vierzig",
            "fünfzig",
            "sechzig",
            "siebzig",
            "achtzig",
            "neunzig",
        ]
        t, d = divmod(n, 10)
        ones = "ein" if d == 1 else u[d]
        return [tens[t]] if d == 0 else [f"{ones}und{tens[t]}"]
    if lang == "fr":
        sp = [
            "dix",
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
        if n < 20:
            return [sp[n - 10]]
        t, d = divmod(n, 10)
        regional = {
            "fr-BE": {7: "septante", 9: "nonante"},
            "fr-CH": {7: "septante", 8: "huitante", 9: "nonante"},
        }
        reg = regional.get(loc, {})
        tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
        if t in reg:
            base = reg[t]
            return [base] if d == 0 else [f"{base} et un" if d == 1 else f"{base}-{u[d]}"]
        if t in tens:
            return [tens[t]] if d == 0 else [f"{tens[t]} et un" if d == 1 else f"{tens[t]}-{u[d]}"]
        if t == 7:
            return ["soixante et onze" if d == 1 else f"soixante-{sp[d]}"]
        if t == 8:
            return ["quatre-vingts" if d == 0 else f"quatre-vingt-{u[d]}"]
        return [f"quatre-vingt-{sp[d]}"]
    raise ValueError(lang)


def phrase_table(lang: str) -> dict[str, str]:
    table = {w: str(i) for i, w in enumerate(WORDS[lang])}
    for k, v in ALT.items():
        table.setdefault(k, v)
    for loc in ("", "pt-PT", "de-CH", "fr-BE", "fr-CH"):
        for n in range(10, 100):
            for w in pair_words(n, lang, loc):
                table[w] = f"{n:02d}"
    return table


HUNDREDS = {
    "es": [
        "",
        "ciento",
        "doscientos",
        "trescientos",
        "cuatrocientos",
        "quinientos",
        "seiscientos",
        "setecientos",
        "ochocientos",
        "novecientos",
    ],
    "pt": [
        "",
        "cento",
        "duzentos",
        "trezentos",
        "quatrocentos",
        "quinhentos",
        "seiscentos",
        "setecentos",
        "oitocentos",
        "novecentos",
    ],
}


def hundred_words(n: int, lang: str, loc: str = "") -> list[str]:
    """Ways to say n (111..999, no zero digit) as one number."""
    h, rest = divmod(n, 100)
    u = WORDS[lang]
    pw = pair_words(rest, lang, loc) if rest >= 10 else [u[rest]]
    if lang == "en":
        return [f"{u[h]} hundred {p}" for p in pw] + [f"{u[h]} hundred and {p}" for p in pw]
    if lang in ("es", "pt"):
        joiner = " e " if lang == "pt" else " "
        return [f"{HUNDREDS[lang][h]}{joiner}{p}" for p in pw]
    if lang == "fr":
        c = "cent" if h == 1 else f"{u[h]} cent"
        return [f"{c} {p}" for p in pw]
    if lang == "de":
        head = "hundert" if h == 1 else f"{'ein' if h == 1 else u[h]}hundert"
        return [head + p.replace(" ", "") for p in pw] + ([f"einhundert{pw[0]}"] if h == 1 else [])
    raise ValueError(lang)


def _table_index(lang: str) -> dict[str, list[tuple[str, str]]]:
    table = phrase_table(lang)
    for loc in ("", "pt-PT", "de-CH", "fr-BE", "fr-CH"):
        for n in range(111, 1000):
            if "0" in str(n):
                continue
            for w in hundred_words(n, lang, loc):
                table[w] = str(n)
    idx: dict[str, list[tuple[str, str]]] = {}
    for w, d in table.items():
        idx.setdefault(w[:2], []).append((w, d))
    for k in idx:
        idx[k].sort(key=lambda kv: -len(kv[0]))
    return idx


_IDX: dict[str, dict[str, list[tuple[str, str]]]] = {}


def unspell_phrases(s: str, lang: str) -> str:
    """Greedy longest match of number words (pairs and hundreds included), separators skipped."""
    if lang not in _IDX:
        _IDX[lang] = _table_index(lang)
    idx = _IDX[lang]
    s = s.lower()
    out, i, dbl = [], 0, False
    while i < len(s):
        if s[i] in " ,-":
            i += 1
            continue
        if s.startswith("double ", i):
            dbl, i = True, i + 7
            continue
        if s[i].isdigit():
            out.append(s[i] * (2 if dbl else 1))
            dbl, i = False, i + 1
            continue
        for w, d in idx.get(s[i : i + 2], []):
            end = i + len(w)
            if s.startswith(w, i) and (end == len(s) or s[end] in " ,-"):
                out.append(d * 2 if dbl else d)
                dbl, i = False, end
                break
        else:
            raise ValueError(s[i : i + 12])
    return "".join(out)


def spell_pairs(v: str, lang: str, loc: str, r: random.Random) -> str:
    """Digits read in hundreds, pairs or singly, like a number read aloud (no chunk starts with 0)."""
    ds = "".join(c for c in v if c.isdigit())
    out, i = [], 0
    words = WORDS[lang]
    while i < len(ds):
        three = ds[i : i + 3]
        if len(three) == 3 and "0" not in three and r.random() < 0.3:
            out.append(r.choice(hundred_words(int(three), lang, loc)))
            i += 3
        elif i + 1 < len(ds) and ds[i] != "0" and ds[i + 1] != "0" and r.random() < 0.7:
            out.append(r.choice(pair_words(int(ds[i : i + 2]), lang, loc)))
            i += 2
        else:
            out.append(
                "oh" if lang == "en" and ds[i] == "0" and r.random() < 0.5 else words[int(ds[i])]
            )
            i += 1
    return r.choice([" ", ", "]).join(out)
