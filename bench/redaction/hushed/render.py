"""Turn drawn values into the text customers type, per language and locale.

A renderer returns the text of one slot and the spans inside it, relative to the slot:
``(text, pii, keep)`` with ``pii`` items ``(start, end, family)`` and ``keep`` items
``(start, end, kind)``.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from . import values as v

# ---------------------------------------------------------------- spelled-out digits

UNITS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
TEENS = {
    "en": [
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
    ],
    "es": [
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
    ],
    "fr": [
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
    ],
    "de": [
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
    ],
    "pt": [
        "dez",
        "onze",
        "doze",
        "treze",
        "catorze",
        "quinze",
        "dezesseis",
        "dezessete",
        "dezoito",
        "dezenove",
    ],
}
TENS = {
    "en": ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "es": [
        "_",
        "_",
        "veinte",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ],
    "fr": [
        "_",
        "_",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante-dix",
        "quatre-vingt",
        "quatre-vingt-dix",
    ],
    "de": [
        "_",
        "_",
        "zwanzig",
        "dreißig",
        "vierzig",
        "fünfzig",
        "sechzig",
        "siebzig",
        "achtzig",
        "neunzig",
    ],
    "pt": [
        "_",
        "_",
        "vinte",
        "trinta",
        "quarenta",
        "cinquenta",
        "sessenta",
        "setenta",
        "oitenta",
        "noventa",
    ],
}
ES_VEINTI = [
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
PLUS = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}


def pair_words(n: int, lang: str, loc: str) -> str:
    """Words for 10..99 the way a person reads a two-digit group aloud."""
    t, u = divmod(n, 10)
    units = UNITS[lang]
    if n < 10:
        return units[n]
    if n < 20:
        if lang == "pt" and loc != "pt-BR" and n in (16, 17, 19):
            return {16: "dezasseis", 17: "dezassete", 19: "dezanove"}[n]
        return TEENS[lang][u]
    if lang == "en":
        return TENS["en"][t] + ("-" + units[u] if u else "")
    if lang == "es":
        if t == 2:
            return ES_VEINTI[u]
        return TENS["es"][t] + (" y " + units[u] if u else "")
    if lang == "pt":
        return TENS["pt"][t] + (" e " + units[u] if u else "")
    if lang == "de":
        if not u:
            return TENS["de"][t]
        return ("ein" if u == 1 else units[u]) + "und" + TENS["de"][t]
    # French, with Belgian and Swiss septante/nonante (huitante in Switzerland)
    if loc in ("fr-BE", "fr-CH") and t in (7, 8, 9):
        base = {7: "septante", 8: "huitante" if loc == "fr-CH" else "quatre-vingt", 9: "nonante"}[t]
        if base == "quatre-vingt":
            return base + ("-" + units[u] if u else "s")
        return base + (" et un" if u == 1 else ("-" + units[u] if u else ""))
    if t in (7, 9):
        rest = n - (60 if t == 7 else 80)
        head = "soixante" if t == 7 else "quatre-vingt"
        word = TEENS["fr"][rest - 10]
        return head + (" et " + word if rest == 11 and t == 7 else "-" + word)
    if t == 8:
        return "quatre-vingt" + ("-" + units[u] if u else "s")
    return TENS["fr"][t] + (" et un" if u == 1 else ("-" + units[u] if u else ""))


HUNDREDS = {
    "es": [
        "_",
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
        "_",
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


def hundreds_words(n: int, lang: str, loc: str, rng: random.Random) -> str:
    """Words for 100..999 the way a three-digit group (a CVV, a phone block) is read aloud."""
    h, rest = divmod(n, 100)
    tail = pair_words(rest, lang, loc) if rest else ""
    if lang == "en":
        head = UNITS["en"][h] + " hundred"
        joiner = " and " if loc in ("en-GB", "en-IE", "en-AU", "en-NZ", "en-ZA", "en-IN") else " "
        return head + (joiner + tail if tail else "")
    if lang == "de":
        head = (
            "ein" if h == 1 and rng.random() < 0.5 else "" if h == 1 else UNITS["de"][h]
        ) + "hundert"
        return head + tail
    if lang == "fr":
        head = "cent" if h == 1 else UNITS["fr"][h] + (" cent" if rest else " cents")
        return head + (" " + tail if tail else "")
    if h == 1 and not rest:
        return "cien" if lang == "es" else "cem"
    head = HUNDREDS[lang][h]
    return head + ((" e " if lang == "pt" else " ") + tail if tail else "")


def spell_group(group: str, lang: str, loc: str, rng: random.Random) -> str:
    words: list[str] = []
    if group.isdigit() and len(group) == 3 and group[0] != "0" and rng.random() < 0.4:
        return hundreds_words(int(group), lang, loc, rng)
    if group.isdigit() and len(group) % 2 == 0 and group[0] != "0" and rng.random() < 0.45:
        for i in range(0, len(group), 2):
            n = int(group[i : i + 2])
            words.append(
                pair_words(n, lang, loc) if n >= 10 else UNITS[lang][0] + " " + UNITS[lang][n]
            )
        return " ".join(words)
    i = 0
    while i < len(group):
        c = group[i]
        if c == "+":
            words.append(PLUS[lang])
        elif not c.isdigit():
            words.append(c)
        else:
            run = 1
            while i + run < len(group) and group[i + run] == c and run < 3:
                run += 1
            d = UNITS[lang][int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.5:
                d = "oh"
            if lang == "pt" and c == "6" and loc == "pt-BR" and rng.random() < 0.6:
                d = "meia"
            if lang == "en" and run >= 2 and rng.random() < 0.7:
                words.append(("double " if run == 2 else "triple ") + d)
                i += run
                continue
            words.append(d)
        i += 1
    return " ".join(words)


def spelled(groups: tuple[str, ...], lang: str, loc: str, rng: random.Random) -> str:
    sep = rng.choice([" ", ", ", " - ", " ... "])
    return sep.join(spell_group(g, lang, loc, rng) for g in groups)


# ---------------------------------------------------------------- separators and noise

NOISE_WORDS = {
    "en": [" then ", " and ", " uh ", " ok "],
    "es": [" y ", " luego ", " eh ", " este "],
    "fr": [" puis ", " et ", " euh ", " ensuite "],
    "de": [" dann ", " und ", " äh ", " also "],
    "pt": [" e ", " depois ", " tipo ", " aí "],
}
NOISE_MARKS = [
    " 🙂 ",
    " | ",
    "|",
    " / ",
    "/",
    " 👉 ",
    "\n",
    " ... ",
    " 💳 ",
    " ** ",
    " _ ",
    " ✌️ ",
    "\n\n",
    " ; ",
]


def noise_join(groups: tuple[str, ...], lang: str, rng: random.Random) -> str:
    pool = NOISE_MARKS + NOISE_WORDS[lang]
    first = rng.choice(pool)
    mixed = rng.random() < 0.3
    out = groups[0]
    for g in groups[1:]:
        out += (rng.choice(pool) if mixed else first) + g
    return out


def spaced_join(groups: tuple[str, ...], rng: random.Random) -> str:
    return rng.choice([" ", "-", ".", " - ", "  ", " ", "-"]).join(groups)


def leet(text: str, rng: random.Random) -> str:
    out = []
    for i, c in enumerate(text):
        near_digit = (i > 0 and text[i - 1].isdigit()) or (
            i + 1 < len(text) and text[i + 1].isdigit()
        )
        if c == "0" and near_digit and rng.random() < 0.6:
            out.append(rng.choice("OOo"))
        elif c == "1" and near_digit and rng.random() < 0.6:
            out.append(rng.choice("llI"))
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- expiry

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
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
MONTH_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
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
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}


def expiry_text(
    e: v.Expiry, lang: str, rng: random.Random, family: str
) -> tuple[str, tuple[str, ...]]:
    mm, yy, yyyy = f"{e.month:02d}", f"{e.year % 100:02d}", str(e.year)
    if family == "compact_expiry":
        return (mm + yy if rng.random() < 0.85 else mm + yyyy), (mm, yy)
    if family == "multi_message":
        return mm + "/" + yy, (mm, yy)
    shape = rng.randrange(9)
    if shape < 3:
        return mm + "/" + yy, (mm, yy)
    if shape == 3:
        return mm + "/" + yyyy, (mm, yyyy)
    if shape == 4:
        return str(e.month) + "/" + yy, (str(e.month), yy)
    if shape == 5:
        return mm + rng.choice(["-", " / ", ".", " "]) + yy, (mm, yy)
    if shape == 6:
        name = MONTH_ABBR[lang][e.month - 1]
        return (name.lower() if rng.random() < 0.5 else name) + rng.choice([" ", "/", " '"]) + yy, (
            name,
            yy,
        )
    name = MONTHS[lang][e.month - 1]
    joiner = (
        {"es": " de ", "pt": " de ", "fr": " ", "de": " ", "en": " "}[lang]
        if rng.random() < 0.5
        else " "
    )
    return name + joiner + yyyy, (name, yyyy)


# ---------------------------------------------------------------- email

AT_WORDS = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        (" arroba ", "."),
        ("(arroba)", "(punto)"),
        (" at ", " punto "),
    ],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("(at)", "(point)"), (" arobase ", ".")],
    "de": [(" at ", " punkt "), (" ät ", " punkt "), ("(at)", "(punkt)"), (" [at] ", " [dot] ")],
    "pt": [
        (" arroba ", " ponto "),
        (" arroba ", "."),
        ("(arroba)", "(ponto)"),
        (" at ", " ponto "),
    ],
}


def email_render(rng: random.Random, lang: str, family: str) -> tuple[str, int, int]:
    """Return (slot text, value start, value end)."""
    local, domain = v.email_parts(rng)
    if family == "email_spelled":
        at, dot = rng.choice(AT_WORDS[lang])
        name, _, tld = domain.rpartition(".")
        if rng.random() < 0.4:
            local = local.replace(".", dot)
        text = local + at + name.replace(".", dot) + dot + tld
        return text, 0, len(text)
    if family == "percent_encoded":
        host = rng.choice(
            [
                "https://shop.example.com/account/reset?email=",
                "https://portal.example.net/login?user=",
                "https://tienda.example.org/pedido?correo=",
                "https://app.example.com/unsubscribe?e=",
            ]
        )
        value = quote(local + "@" + domain, safe="")
        tail = rng.choice(["", "&lang=en", "&src=mail", "&ref=chat"])
        return host + value + tail, len(host), len(host) + len(value)
    text = local + "@" + domain
    if rng.random() < 0.15:
        text = text.capitalize()
    return text, 0, len(text)


# ---------------------------------------------------------------- secrets

URL_USERS = [
    "admin",
    "ana",
    "tienda",
    "backup",
    "deploy",
    "joao",
    "lukas",
    "claire",
    "ops",
    "reports",
]
URL_HOSTS = [
    "ftp.example.com",
    "files.example.net",
    "db.internal.example.org",
    "nas.example.test",
    "shop.example.com",
]
SCHEMES = ["ftp", "sftp", "https", "postgres", "mysql", "smb", "redis"]
KV_KEYS = {
    "pwd": [
        "PASSWORD",
        "DB_PASSWORD",
        "SMTP_PASS",
        "password",
        "MYSQL_ROOT_PASSWORD",
        "ADMIN_PASS",
    ],
    "akid": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "AccessKeyId"],
    "aksecret": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "SecretAccessKey"],
}


def url_credentials(rng: random.Random, secret: str) -> tuple[str, int, int]:
    head = rng.choice(SCHEMES) + "://" + rng.choice(URL_USERS) + ":"
    tail = "@" + rng.choice(URL_HOSTS) + rng.choice(["", "/", "/backup", "/shop"])
    return head + secret + tail, len(head), len(head) + len(secret)


def key_value(rng: random.Random, kind: str, secret: str) -> tuple[str, int, int]:
    head = rng.choice(KV_KEYS[kind]) + rng.choice(["=", "=", " = ", ": "])
    return head + secret, len(head), len(head) + len(secret)


def pct_secret(rng: random.Random, secret: str) -> tuple[str, int, int]:
    head = rng.choice(
        [
            "https://login.example.com/auth?user=ana&pass=",
            "https://portal.example.net/signin?u=ops&password=",
            "https://app.example.org/?token=x&pwd=",
        ]
    )
    value = quote(secret, safe="")
    return head + value, len(head), len(head) + len(value)
