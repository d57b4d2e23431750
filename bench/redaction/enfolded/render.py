"""Turn a drawn value into chat text for one obfuscation family, and draw must_keep numbers."""

from __future__ import annotations

import random
import re
from urllib.parse import quote

from . import values as v

TYPES = {
    "card": "CREDIT_DEBIT_NUMBER",
    "cvv": "CREDIT_DEBIT_CVV",
    "exp": "CREDIT_DEBIT_EXPIRY",
    "pin": "PIN",
    "acct": "BANK_ACCOUNT_NUMBER",
    "routing": "BANK_ROUTING",
    "iban": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "swift": "SWIFT_CODE",
    "email": "EMAIL",
    "phone": "PHONE",
    "ssn": "SSN",
    "itin": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "nino": "UK_NATIONAL_INSURANCE_NUMBER",
    "passport": "PASSPORT_NUMBER",
    "dl": "DRIVER_ID",
    "pwd": "PASSWORD",
    "user": "USERNAME",
    "akid": "AWS_ACCESS_KEY",
    "secret": "AWS_SECRET_KEY",
    "ip": "IP_ADDRESS",
    "mac": "MAC_ADDRESS",
    "dni": "ES_DNI",
    "nie": "ES_NIE",
    "curp": "MX_CURP",
    "rfc": "MX_RFC",
    "clabe": "MX_CLABE",
    "cpf": "BR_CPF",
    "cnpj": "BR_CNPJ",
    "nir": "FR_NIR",
    "steuer": "DE_TAX_ID",
    "nif": "PT_NIF",
}
FAMILIES = {
    "p": "plain",
    "ctx": "context_only",
    "sd": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "esp": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ib": "iban_broken",
    "mm1": "multi_message",
    "mm2": "multi_message",
    "mm3": "multi_message",
}
# The country whose identifier a slot holds, per language (the conversation's locale follows it).
FORCED = {
    "ssn": {"en": "en-US", "es": "es-US"},
    "itin": {"en": "en-US", "es": "es-US"},
    "nino": {"en": "en-GB"},
    "dni": {"es": "es-ES"},
    "nie": {"es": "es-ES"},
    "curp": {"es": "es-MX"},
    "rfc": {"es": "es-MX"},
    "clabe": {"es": "es-MX"},
    "cpf": {"pt": "pt-BR"},
    "cnpj": {"pt": "pt-BR"},
    "nir": {"fr": "fr-FR"},
    "steuer": {"de": "de-DE"},
    "nif": {"pt": "pt-PT"},
}
DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
NOISE = {
    "en": [" | ", " / ", " 👉 ", "\n", " then ", " and ", " - ", " 🙏 ", " .. ", " 💳 "],
    "es": [" | ", " / ", " 👉 ", "\n", " y ", " luego ", " .. ", " 🙏 ", " - ", " 😅 "],
    "fr": [" | ", " / ", " 👉 ", "\n", " puis ", " et ", " .. ", " 🙏 ", " - ", " 😬 "],
    "de": [" | ", " / ", " 👉 ", "\n", " dann ", " und ", " .. ", " 🙏 ", " - ", " 🤷 "],
    "pt": [" | ", " / ", " 👉 ", "\n", " depois ", " e ", " .. ", " 🙏 ", " - ", " 😅 "],
}
AT_DOT = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        (" arroba ", " punto "),
        ("(arroba)", "(punto)"),
        (" @rroba ", " pto "),
    ],
    "fr": [
        (" arobase ", " point "),
        (" at ", " point "),
        (" arobase ", " pt "),
        ("(at)", "(point)"),
    ],
    "de": [(" at ", " punkt "), (" ät ", " Punkt "), ("(at)", "(punkt)"), (" [at] ", " [punkt] ")],
    "pt": [
        (" arroba ", " ponto "),
        (" arroba ", " ponto "),
        ("(arroba)", "(ponto)"),
        (" at ", " ponto "),
    ],
}


class Value:
    """A drawn value: canonical text plus the groups a customer would type it in."""

    def __init__(self, text: str, groups: list[str]) -> None:
        self.text = text
        self.groups = groups


def _chunks(s: str, n: int) -> list[str]:
    return [s[i : i + n] for i in range(0, len(s), n)]


def _groups(text: str) -> list[str]:
    parts = [p for p in re.split(r"[\s.\-/():]+", text) if p]
    if len(parts) > 1:
        return parts
    s = parts[0] if parts else text
    return _chunks(s, 3 if len(s) in (6, 9) else 4)


def draw(code: str, locale: str, rng: random.Random) -> Value:
    region = v.region_of(locale)
    if code == "card":
        c = v.card(rng)
        return Value(c, _chunks(c, 4) if len(c) == 16 else [c[:4], c[4:10], c[10:]])
    if code == "exp":
        m, y = v.expiry(rng)
        return Value(
            rng.choice([f"{m}/{y}", f"{m}/20{y}", f"{m}-{y}", f"{m}/{y}", f"{m} / {y}"]), [m, y]
        )
    if code == "phone":
        nat, intl = v.phone(rng, region)
        t = nat if rng.random() < 0.55 else intl
        return Value(t, _groups(t))
    if code == "iban":
        country = v.IBAN_OF_REGION.get(
            region, rng.choice(["ES", "DE", "FR", "PT", "GB", "BE", "IT", "BR"])
        )
        if rng.random() < 0.2:
            country = rng.choice(list(v.BBAN))
        t = v.iban_value(rng, country)
        return Value(t, _chunks(t, 4))
    simple = {
        "cvv": lambda: v.cvv(rng),
        "pin": lambda: v.pin(rng),
        "acct": lambda: v.account(rng),
        "routing": lambda: v.routing(rng, region),
        "swift": lambda: v.swift(rng, region),
        "email": lambda: v.email(rng),
        "ssn": lambda: v.ssn_value(rng),
        "itin": lambda: v.itin_value(rng),
        "nino": lambda: v.nino(rng),
        "passport": lambda: v.passport(rng, region),
        "dl": lambda: v.driver_id(rng, region),
        "pwd": lambda: v.password(rng),
        "user": lambda: v.username(rng),
        "akid": lambda: v.aws_access(rng),
        "secret": lambda: v.aws_secret(rng),
        "ip": lambda: v.ip(rng),
        "mac": lambda: v.mac(rng),
        "dni": lambda: v.dni_value(rng),
        "nie": lambda: v.nie_value(rng),
        "curp": lambda: v.curp_value(rng),
        "rfc": lambda: v.rfc_value(rng),
        "clabe": lambda: v.clabe_value(rng),
        "cpf": lambda: v.cpf_value(rng),
        "cnpj": lambda: v.cnpj_value(rng),
        "nir": lambda: v.nir_value(rng),
        "steuer": lambda: v.steuer_value(rng),
        "nif": lambda: v.nif_value(rng),
    }
    t = simple[code]()
    if code in ("ssn", "cpf") and rng.random() < 0.3:
        t = re.sub(r"\D", "", t)
    if code == "nino" and rng.random() < 0.4:
        t = t.replace(" ", "")
    return Value(t, _groups(t))


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
    "en": ["-", "-", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "es": [
        "-",
        "-",
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
        "-",
        "-",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "soixante",
        "quatre-vingt",
        "quatre-vingt",
    ],
    "de": [
        "-",
        "-",
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
        "-",
        "-",
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


def pair_words(n: int, lang: str) -> str:
    """Say a number from 10 to 99 the way people read numbers in pairs."""
    tens, unit = divmod(n, 10)
    units = DIGIT_WORDS[lang]
    if tens == 1:
        return TEENS[lang][unit]
    if lang == "fr" and tens in (7, 9):
        head = TENS["fr"][tens]
        tail = TEENS["fr"][unit]
        return f"{head} et {tail}" if n == 71 else f"{head}-{tail}"
    if unit == 0:
        return TENS[lang][tens] + ("s" if lang == "fr" and tens == 8 else "")
    if lang == "en":
        return f"{TENS['en'][tens]}-{units[unit]}"
    if lang == "es":
        return ES_VEINTI[unit] if tens == 2 else f"{TENS['es'][tens]} y {units[unit]}"
    if lang == "fr":
        return (
            f"{TENS['fr'][tens]} et un"
            if unit == 1 and tens < 8
            else f"{TENS['fr'][tens]}-{units[unit]}"
        )
    if lang == "de":
        return ("ein" if unit == 1 else units[unit]) + "und" + TENS["de"][tens]
    return f"{TENS['pt'][tens]} e {units[unit]}"


def spell_pairs(ds: list[str], lang: str, rng: random.Random) -> str:
    chunks = [ds[0]] if len(ds) % 2 else []
    start = len(ds) % 2
    chunks += ["".join(ds[i : i + 2]) for i in range(start, len(ds), 2)]
    words = DIGIT_WORDS[lang]
    out = []
    for c in chunks:
        if len(c) == 1 or c[0] == "0":
            zero = "oh" if lang == "en" else words[0]
            out.append(" ".join([zero] * (len(c) - 1) + [words[int(c[-1])]]))
        else:
            out.append(pair_words(int(c), lang))
    return rng.choice([" ", ", ", " "]).join(out)


def spell(text: str, lang: str, rng: random.Random) -> str:
    words = DIGIT_WORDS[lang]
    out: list[str] = []
    i = 0
    ds = [c for c in text if c.isdigit()]
    if len(ds) >= 4 and rng.random() < (0.7 if lang == "fr" else 0.35):
        return spell_pairs(ds, lang, rng)
    while i < len(ds):
        d = int(ds[i])
        if lang == "en" and i + 1 < len(ds) and ds[i + 1] == ds[i] and rng.random() < 0.7:
            out.append("double " + words[d])
            i += 2
            continue
        w = words[d]
        if lang == "en" and d == 0 and rng.random() < 0.5:
            w = "oh"
        if lang == "pt" and d == 6 and rng.random() < 0.6:
            w = "meia"
        if lang == "de" and d == 2 and rng.random() < 0.5:
            w = "zwo"
        out.append(w)
        i += 1
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(out)


def substitute(text: str, rng: random.Random) -> str:
    out = []
    done = False
    for c in text:
        if c == "0" and rng.random() < 0.6:
            out.append(rng.choice("OOo"))
            done = True
        elif c == "1" and rng.random() < 0.6:
            out.append(rng.choice("lI"))
            done = True
        else:
            out.append(c)
    if not done:
        for i, c in enumerate(out):
            if c in "01":
                out[i] = "O" if c == "0" else "l"
                break
    return "".join(out)


def split_parts(val: Value, n: int, rng: random.Random) -> list[str]:
    g = val.groups
    if len(g) < n:
        flat = "".join(g)
        size = -(-len(flat) // n)
        return (
            _chunks(flat, size)[:n]
            if len(_chunks(flat, size)) >= n
            else [flat[: len(flat) // 2], flat[len(flat) // 2 :]]
        )
    cuts = sorted(rng.sample(range(1, len(g)), n - 1))
    bounds = [0, *cuts, len(g)]
    sep = rng.choice([" ", " ", "", "-"])
    return [sep.join(g[bounds[i] : bounds[i + 1]]) for i in range(n)]


def render(code: str, fam: str, val: Value, lang: str, rng: random.Random) -> tuple[str, int, int]:
    """Return (segment, span start, span end) for a single-message family."""
    t = val.text
    if fam in ("p", "ctx"):
        return t, 0, len(t)
    if fam == "sd":
        sep = rng.choice([" ", "-", " ", "  ", " - "])
        s = sep.join(val.groups)
        return s, 0, len(s)
    if fam == "ib":
        sep = rng.choice([" ", "-", "\n", " ", "  "])
        s = sep.join(_chunks(t, 4) if rng.random() < 0.7 else _chunks(t, rng.choice([2, 6])))
        return s, 0, len(s)
    if fam == "noise":
        seps = NOISE[lang]
        g = val.groups if len(val.groups) > 1 else _chunks(t, 3)
        if rng.random() < 0.5:
            s = rng.choice(seps).join(g)
        else:
            s = g[0] + "".join(rng.choice(seps) + x for x in g[1:])
        return s, 0, len(s)
    if fam == "sub":
        s = substitute(rng.choice([t, " ".join(val.groups)]), rng)
        return s, 0, len(s)
    if fam == "spell":
        s = spell(t, lang, rng)
        return s, 0, len(s)
    if fam == "esp":
        at, dot = rng.choice(AT_DOT[lang])
        local, dom = t.split("@")
        s = local.replace(".", dot) + at + dom.replace(".", dot)
        s = s.strip()
        return s, 0, len(s)
    if fam == "pct":
        enc = quote(t, safe="")
        host = rng.choice(
            [
                "https://app.example.com/reset",
                "https://shop.example.net/account",
                "http://portal.example.org/login",
            ]
        )
        key = {"email": "email", "phone": "tel", "pwd": "pass", "user": "u"}.get(code, "id")
        pre = f"{host}?{key}="
        tail = rng.choice(["", "&lang=" + lang, "&ref=chat"])
        return pre + enc + tail, len(pre), len(pre) + len(enc)
    if fam == "url":
        user = rng.choice(["admin", "deploy", "maria", "backup", "root", "ftpuser", "juanp"])
        scheme = rng.choice(["ftp", "https", "sftp", "postgres", "mysql", "smb"])
        host = rng.choice(
            ["files.example.com", "db.example.net", "nas.example.org", "srv.internal.test"]
        )
        pre = f"{scheme}://{user}:"
        return f"{pre}{t}@{host}", len(pre), len(pre) + len(t)
    if fam == "kv":
        return t, 0, len(t)
    if fam == "cexp":
        s = "".join(val.groups)
        return s, 0, len(s)
    raise ValueError(fam)


# ---- must_keep -----------------------------------------------------------------
MK_KINDS = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "version": "version",
    "invoice": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "error": "error_code",
    "room": "room_number",
    "policy": "policy_number",
    "contract": "contract_number",
    "pct": "percentage",
    "size": "data_size",
    "count": "count",
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
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
    "de": ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}


def _d(rng: random.Random, n: int) -> str:
    return v.digits(rng, n, True)


def _zip(rng: random.Random, region: str) -> str:
    L = v.UP
    if region == "US":
        return _d(rng, 5) + ("-" + v.digits(rng, 4) if rng.random() < 0.5 else "")
    if region == "GB":
        area = rng.choice(["SW", "M", "LS", "EH", "B"])
        return f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}"
    if region == "CA":
        fsa = f"{rng.choice('KMTVH')}{rng.randint(1, 9)}{rng.choice(L)}"
        return f"{fsa} {rng.randint(1, 9)}{rng.choice(L)}{rng.randint(1, 9)}"
    if region == "IE":
        return f"D{rng.randint(10, 24)} {rng.choice(L)}{_d(rng, 2)}{rng.choice(L)}"
    if region in ("BR",):
        return f"{_d(rng, 5)}-{v.digits(rng, 3)}"
    if region in ("PT",):
        return f"{_d(rng, 4)}-{v.digits(rng, 3)}"
    if region in ("AU", "NZ", "ZA", "BE", "CH", "AT", "AR", "AO"):
        return _d(rng, 4)
    if region == "IN":
        return _d(rng, 6)
    if region == "CL":
        return _d(rng, 7)
    if region == "CO":
        return _d(rng, 6)
    return _d(rng, 5)


def _price(rng: random.Random, region: str) -> str:
    amt = rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)])
    cents = rng.choice(["00", "99", "50", "90", "95", v.digits(rng, 2)])
    euro = region in ("ES", "FR", "BE", "DE", "AT", "PT")
    if euro:
        whole = f"{amt:,}".replace(",", "." if region != "FR" else "\u202f")
        return rng.choice([f"{whole},{cents} €", f"{whole},{cents}€", f"€{amt},{cents}"])
    if region == "BR":
        return f"R$ {amt:,}".replace(",", ".") + f",{cents}"
    if region == "CH":
        return f"CHF {amt}.{cents}"
    if region == "GB":
        return f"£{amt}.{cents}"
    if region == "IN":
        return f"₹{amt * 10:,}"
    if region in ("MX", "AR", "CO", "CL"):
        return f"${amt * 10:,}".replace(",", "." if region != "MX" else ",") + (
            "" if region != "MX" else f".{cents}"
        )
    if region == "AO":
        return f"{amt * 100:,} Kz".replace(",", ".")
    return f"${amt}.{cents}"


def must_keep(kind: str, locale: str, lang: str, rng: random.Random) -> str:
    """Draw a must_keep value; draw again while it would pass an identifier check."""
    while True:
        val = _draw_keep(kind, v.region_of(locale), lang, rng)
        if not v.looks_like_id(val):
            return val


def _draw_keep(kind: str, region: str, lang: str, rng: random.Random) -> str:
    L = v.UP
    day, mon, yr = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026, 2027])
    return {
        "order": lambda: rng.choice(
            [
                _d(rng, 7),
                f"{_d(rng, 3)}-{v.digits(rng, 7)}",
                f"A{_d(rng, 6)}",
                f"PED{_d(rng, 6)}",
            ]
        ),
        "tracking": lambda: rng.choice(
            [
                "1Z" + "".join(rng.choice(L + v.DIG) for _ in range(16)),
                rng.choice(["LX", "RR", "CP"]) + _d(rng, 9) + rng.choice(["BR", "PT", "ES", "FR"]),
                "JJD" + _d(rng, 10),
            ]
        ),
        "zip": lambda: _zip(rng, region),
        "date": lambda: rng.choice(
            [
                f"{mon:02d}/{day:02d}/{yr}" if region == "US" else f"{day:02d}/{mon:02d}/{yr}",
                f"{day}.{mon}.{yr}" if lang == "de" else f"{day}/{mon}",
                f"{day} {MONTHS[lang][mon - 1]}",
                f"{yr}-{mon:02d}-{day:02d}",
            ]
        ),
        "time": lambda: rng.choice(
            [
                f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}",
                f"{rng.randint(1, 11)}{rng.choice(['pm', 'am', ' pm'])}"
                if lang == "en"
                else f"{rng.randint(8, 20)}h{rng.choice(['', '30', '15'])}",
            ]
        ),
        "price": lambda: _price(rng, region),
        "qty": lambda: str(rng.randint(2, 12)),
        "count": lambda: str(rng.randint(2, 40)),
        "model": lambda: rng.choice(
            [
                f"SM-A{_d(rng, 3)}B",
                f"WH-{_d(rng, 4)}XM{rng.randint(3, 5)}",
                f"X{_d(rng, 2)}-{_d(rng, 3)}",
                f"Modelo {rng.choice(L)}{_d(rng, 2)}",
                f"TV-{_d(rng, 2)}Q{_d(rng, 2)}",
            ]
        ),
        "version": lambda: rng.choice(
            [
                f"{rng.randint(1, 18)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                f"v{rng.randint(1, 5)}.{rng.randint(0, 30)}",
            ]
        ),
        "invoice": lambda: rng.choice(
            [
                f"INV-{yr}-{_d(rng, 5)}",
                f"FAC-{_d(rng, 6)}",
                f"RE{_d(rng, 7)}",
                f"NF-{_d(rng, 6)}",
            ]
        ),
        "ticket": lambda: rng.choice([_d(rng, 6), f"TCK-{_d(rng, 6)}", f"CS{_d(rng, 7)}"]),
        "booking": lambda: (
            "".join(rng.choice(L) for _ in range(3)) + _d(rng, 1) + rng.choice(L) + _d(rng, 1)
        ),
        "year": lambda: str(rng.randint(2015, 2026)),
        "flight": lambda: (
            rng.choice(["IB", "LH", "AF", "TP", "LA", "BA", "AM", "AV", "EI"])
            + rng.choice(["", " "])
            + str(rng.randint(100, 9999))
        ),
        "store": lambda: _d(rng, rng.choice([3, 4])),
        "error": lambda: rng.choice(
            [
                f"E{_d(rng, 3)}",
                f"0x8007{v.digits(rng, 4)}",
                f"ERR-{_d(rng, 3)}",
                str(rng.choice([404, 500, 502, 503, 403])),
            ]
        ),
        "room": lambda: str(rng.randint(101, 1520)),
        "policy": lambda: rng.choice(
            [f"POL-{_d(rng, 8)}", f"{rng.choice(L)}{rng.choice(L)}-{_d(rng, 7)}"]
        ),
        "contract": lambda: rng.choice(
            [f"CT-{yr}-{_d(rng, 4)}", f"VN{_d(rng, 8)}", f"{_d(rng, 4)}/{yr}"]
        ),
        "pct": lambda: f"{rng.randint(5, 70)}{rng.choice(['%', ' %'])}",
        "size": lambda: (
            str(rng.choice([2, 5, 10, 20, 50, 100, 500]))
            + rng.choice([" GB", "GB", " MB", " Mbps", " TB"])
        ),
    }[kind]()
