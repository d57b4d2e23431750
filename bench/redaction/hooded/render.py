"""Render a drawn value in one obfuscation family, and decode it back (the generator checks both ways)."""

from __future__ import annotations

import random
import re
import urllib.parse

from . import values as V
from .values import Value

FAMILIES = [
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
    "context_only",
    "multi_message",
]

DIGIT_FAMS = ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"]
SHORT_FAMS = ["plain", "spaced_or_dashed", "letter_substitution", "spelled_out", "context_only"]
COMPAT: dict[str, list[str]] = {
    **{
        t: DIGIT_FAMS
        for t in [
            "CREDIT_DEBIT_NUMBER",
            "BANK_ROUTING",
            "SSN",
            "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            "MX_CLABE",
            "BR_CPF",
            "BR_CNPJ",
            "FR_NIR",
            "DE_TAX_ID",
            "PT_NIF",
        ]
    },
    "BANK_ACCOUNT_NUMBER": DIGIT_FAMS + ["context_only"],
    "PHONE": DIGIT_FAMS + ["percent_encoded"],
    "CREDIT_DEBIT_CVV": SHORT_FAMS,
    "PIN": SHORT_FAMS,
    "CREDIT_DEBIT_EXPIRY": ["plain", "compact_expiry", "spaced_or_dashed"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "plain",
        "spaced_or_dashed",
        "iban_broken",
        "split_by_noise",
    ],
    "SWIFT_CODE": ["plain"],
    "MX_CURP": ["plain"],
    "IP_ADDRESS": ["plain"],
    "MAC_ADDRESS": ["plain"],
    "EMAIL": ["plain", "email_spelled", "percent_encoded"],
    "PASSWORD": ["plain", "context_only", "url_credentials", "key_value_secret"],
    "USERNAME": ["plain", "context_only"],
    "AWS_ACCESS_KEY": ["plain", "key_value_secret"],
    "AWS_SECRET_KEY": ["plain", "key_value_secret"],
    "ES_DNI": ["plain", "spaced_or_dashed"],
    "ES_NIE": ["plain", "spaced_or_dashed"],
    "MX_RFC": ["plain", "spaced_or_dashed"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["plain", "spaced_or_dashed"],
    "PASSPORT_NUMBER": ["plain", "context_only"],
    "DRIVER_ID": ["plain", "context_only"],
}
MULTI_TYPES = [
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "PT_NIF",
    "SSN",
    "DE_TAX_ID",
    "FR_NIR",
    "BR_CNPJ",
]
# Families that only make sense with words the template (or a wildcard label) puts around them.
NEEDS_CONTEXT = {
    "context_only",
    "url_credentials",
    "key_value_secret",
    "percent_encoded",
    "multi_message",
}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
ALT_WORDS = {
    "oh": "0",
    "zero": "0",
    "zero": "0",
    "zwo": "2",
    "fuenf": "5",
    "funf": "5",
    "tres": "3",
    "zéro": "0",
    "meia": "6",
    "um": "1",
    "une": "1",
}
NOISE = {
    "en": [" | ", " / ", " 🙂 ", "\n", " then ", " and ", " 👉 ", " - ", "..."],
    "es": [" | ", " / ", " 😅 ", "\n", " y ", " luego ", " 👉 ", "...", " , "],
    "fr": [" | ", " / ", " 😬 ", "\n", " et ", " puis ", " 👉 ", "..."],
    "de": [" | ", " / ", " 🙈 ", "\n", " und ", " dann ", " 👉 ", "..."],
    "pt": [" | ", " / ", " 😂 ", "\n", " e ", " depois ", " 👉 ", "..."],
}
NOISE_WORDS = {"then", "and", "y", "luego", "et", "puis", "und", "dann", "e", "depois"}
AT = {
    "en": [" at ", " (at) ", "[at]", " AT "],
    "es": [" arroba ", "(arroba)", " at "],
    "fr": [" arobase ", " at ", "(at)"],
    "de": [" Klammeraffe ", " at ", "(at)", " [at] "],
    "pt": [" arroba ", " at ", "(arroba)"],
}
DOT = {
    "en": [" dot ", "[dot]", " DOT ", "(dot)"],
    "es": [" punto ", " punto ", "[dot]"],
    "fr": [" point ", " point ", "(dot)"],
    "de": [" Punkt ", " punkt ", "[dot]"],
    "pt": [" ponto ", " ponto ", "[dot]"],
}
KV_KEYS = {
    "PASSWORD": ["DB_PASSWORD=", "PASSWORD=", "SMTP_PASS=", "password = ", "MYSQL_ROOT_PASSWORD="],
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID=", "aws_access_key_id = ", "export AWS_ACCESS_KEY_ID="],
    "AWS_SECRET_KEY": [
        "AWS_SECRET_ACCESS_KEY=",
        "aws_secret_access_key = ",
        "export AWS_SECRET_ACCESS_KEY=",
    ],
}
URL_HOSTS = [
    "ftp.example.com",
    "files.example.net",
    "db.example.org",
    "nas.example.com",
    "smtp.example.de",
]
URL_SCHEMES = ["ftp", "https", "postgres", "sftp", "mysql", "smtp"]
PCT_URLS = [
    "https://www.example.com/account/recover?email=",
    "https://portal.example.org/login?user=",
    "https://tienda.example.es/pedido?contacto=",
    "https://app.example.net/verify?phone=",
    "https://example.com.br/cadastro?tel=",
]


def norm(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def _sep_join(parts: tuple[str, ...] | list[str], rng: random.Random, seps: list[str]) -> str:
    out = parts[0]
    for p in parts[1:]:
        out += rng.choice(seps) + p
    return out


def _groups(v: Value) -> list[str]:
    """Groups of the alphanumerics (phones keep their +)."""
    if len(v.groups) > 1:
        return list(v.groups)
    a = re.sub(r"[^0-9A-Za-z+]", "", v.text)
    if len(a) <= 4:
        return list(a)
    return [a[i : i + 3] for i in range(0, len(a), 3)]


def spell(digits: str, lang: str, rng: random.Random, mix: bool) -> str:
    words = []
    for ch in digits:
        if ch.isdigit() and not (mix and rng.random() < 0.35):
            w = DIGIT_WORDS[lang][int(ch)]
            if lang == "en" and ch == "0" and rng.random() < 0.4:
                w = "oh"
            words.append(w)
        else:
            words.append(ch)
    return " ".join(words)


def render(v: Value, family: str, lang: str, rng: random.Random) -> str:
    """The text of the value as a customer types it. One contiguous span."""
    g = _groups(v)
    if family in ("plain", "context_only", "url_credentials", "key_value_secret"):
        return v.text
    if family == "spaced_or_dashed":
        return _sep_join(g, rng, [" ", " ", "-", ".", "  ", " - "])
    if family == "split_by_noise":
        return _sep_join(g, rng, NOISE[lang])
    if family == "iban_broken":
        return _sep_join(g, rng, [" ", "-", "\n", " \n", " - ", "  "])
    if family == "letter_substitution":
        chars = list(v.text)
        idx = [i for i, c in enumerate(chars) if c in "01"]
        for i in rng.sample(idx, max(1, len(idx) * 2 // 3)):
            chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
        return "".join(chars)
    if family == "spelled_out":
        mix = rng.random() < 0.4
        return _sep_join([spell(x, lang, rng, mix) for x in g], rng, [", ", " ", " - ", "... "])
    if family == "compact_expiry":
        return "".join(v.groups)
    if family == "email_spelled":
        user, dom = v.text.split("@")
        dot = rng.choice(DOT[lang])
        return user + rng.choice(AT[lang]) + dot.join(dom.split("."))
    if family == "percent_encoded":
        return urllib.parse.quote(re.sub(r"[ ()-]", "", v.text), safe="")
    raise ValueError(family)


def decode(text: str, family: str, lang: str) -> str:
    """Undo a family's rendering, to be compared with norm(value) (digits only for spelled_out)."""
    if family == "letter_substitution":
        return norm(text.translate(str.maketrans("OolI", "0011")))
    if family == "split_by_noise":
        words = [w for w in re.split(r"\s+", text) if w.lower() not in NOISE_WORDS]
        return norm(" ".join(words))
    if family == "spelled_out":
        table = {w: str(i) for words in DIGIT_WORDS.values() for i, w in enumerate(words)}
        table.update(ALT_WORDS)
        out = []
        for tok in re.findall(r"[^\W\d_]+|\d", text):
            if tok.isdigit():
                out.append(tok)
            elif tok.lower() in table:
                out.append(table[tok.lower()])
            else:
                raise ValueError("unknown spelled token " + tok)
        return "".join(out)
    if family == "email_spelled":
        t = text
        for w in sorted({x for xs in AT.values() for x in xs}, key=len, reverse=True):
            t = t.replace(w, "@")
        for w in sorted({x for xs in DOT.values() for x in xs}, key=len, reverse=True):
            t = t.replace(w, ".")
        return norm(t)
    if family == "percent_encoded":
        return norm(urllib.parse.unquote(text))
    return norm(text)


def expected(v: Value, family: str) -> str:
    if family == "spelled_out":
        return re.sub(r"\D", "", v.text)
    return norm(v.text)


def split_parts(v: Value, n: int, rng: random.Random) -> list[str]:
    """multi_message: the value typed across n consecutive messages."""
    g = _groups(v)
    if len(g) < n:
        a = re.sub(r"[^0-9A-Za-z+]", "", v.text)
        g = [a[i : i + 4] for i in range(0, len(a), 4)]
    cuts = sorted(rng.sample(range(1, len(g)), n - 1))
    bounds = [0] + cuts + [len(g)]
    return [" ".join(g[bounds[i] : bounds[i + 1]]) for i in range(n)]


# ---------------------------------------------------------------- must_keep values
def _pick(rng: random.Random, locale: str, table: dict[str, list[str]]) -> str:
    for key in (locale, locale[:2], "*"):
        if key in table:
            return rng.choice(table[key])
    raise KeyError(locale)


MONTHS = {
    "en": ["Jan", "Feb", "March", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "es": [
        "ene",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
    ],
    "fr": [
        "janv.",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "de": [
        "Jan.",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "pt": [
        "jan",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "set",
        "out",
        "nov",
        "dez",
    ],
}


def must_keep(kind: str, locale: str, rng: random.Random) -> str:
    lang = locale[:2]
    d = V._d
    s = V.safe_digits
    if kind == "order_number":
        return rng.choice(
            [
                s(rng, rng.randint(6, 10)),
                f"{s(rng, 3)}-{s(rng, 7)}-{s(rng, 7)}",
                "ORD-" + s(rng, 6),
                "PED" + s(rng, 7),
                "A" + s(rng, 8),
            ]
        )
    if kind == "tracking_number":
        return rng.choice(
            [
                "1Z" + "".join(rng.choice("ABCDEFXY") for _ in range(6)) + "0" + s(rng, 8),
                rng.choice(["LB", "RR", "CP", "PQ", "LX"])
                + s(rng, 8)
                + rng.choice(["ES", "BR", "FR", "DE", "PT"]),
                "JJD" + s(rng, 10),
                s(rng, 11),
            ]
        )
    if kind == "postal_code":
        return _pick(
            rng,
            locale,
            {
                "en-US": [d(rng, 5), d(rng, 5) + "-" + d(rng, 4)],
                "es-US": [d(rng, 5) + "-" + d(rng, 4), d(rng, 5)],
                "en-GB": ["SW1A 1AA", "M1 1AE", "B33 8TH", "EC1A 1BB", "LS2 7EW"],
                "es-ES": ["28013", "08001", "41004", "46002"],
                "es-MX": ["06600", "44100", "64000", "03100"],
                "es-AR": ["C1425", "X5000", "B1636"],
                "fr-CA": ["H2X 1Y4", "G1R 4P5", "J8Y 3Z2"],
                "fr-BE": ["1000", "4000", "5000"],
                "fr": ["75011", "69003", "13008", "33000"],
                "de-AT": ["1010", "8010", "5020"],
                "de-CH": ["8001", "3011", "4051"],
                "de": ["10115", "80331", "50667", "20095"],
                "pt-BR": [f"{d(rng, 5)}-{d(rng, 3)}", d(rng, 8)],
                "pt-PT": [f"{rng.randint(1000, 9999)}-{d(rng, 3)}"],
            },
        )
    if kind == "date":
        dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2027)
        mon = MONTHS[lang][mm - 1]
        if locale == "en-US":
            return rng.choice([f"{mm}/{dd}/{yy}", f"{mm}/{dd}", f"{mon} {dd}", f"{mon} {dd}, {yy}"])
        if lang == "de":
            return rng.choice(
                [
                    f"{dd:02d}.{mm:02d}.{yy}",
                    f"{dd}.{mm}.",
                    f"{dd}. {mon}",
                    f"{yy}-{mm:02d}-{dd:02d}",
                ]
            )
        if lang == "en":
            return rng.choice([f"{dd}/{mm:02d}/{yy}", f"{dd} {mon}", f"{dd}/{mm}"])
        conn = {"es": " de ", "pt": " de ", "fr": " "}[lang]
        return rng.choice(
            [f"{dd:02d}/{mm:02d}/{yy}", f"{dd}/{mm}", f"{dd}{conn}{mon}", f"{dd}-{mm:02d}-{yy}"]
        )
    if kind == "time":
        h, m = rng.randint(0, 23), rng.choice([0, 5, 15, 20, 30, 45, 50])
        if lang == "en":
            return rng.choice(
                [f"{h % 12 or 12}:{m:02d}{rng.choice(['pm', 'am', ' PM', ''])}", f"{h}:{m:02d}"]
            )
        if lang == "fr":
            return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"])
        if lang == "de":
            return rng.choice([f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d} Uhr"])
        return rng.choice([f"{h}:{m:02d}", f"{h}h{m:02d}", f"{h}h"])
    if kind == "price":
        e, c = rng.randint(3, 1999), rng.randint(0, 99)
        return _pick(
            rng,
            locale,
            {
                "en-US": [f"${e}.{c:02d}", f"${e}", f"{e} bucks"],
                "en-GB": [f"£{e}.{c:02d}", f"£{e}"],
                "es-MX": [f"${e:,} MXN", f"${e}.{c:02d}", f"{e} pesos"],
                "es-US": [f"${e}.{c:02d}", f"{e} dólares"],
                "es-AR": [f"$ {e}.000", f"{e} mil pesos", f"ARS {e}"],
                "fr-CA": [f"{e},{c:02d} $", f"{e}$"],
                "de-CH": [f"CHF {e}.{c:02d}", f"{e}.– Fr."],
                "pt-BR": [f"R$ {e},{c:02d}", f"R${e}", f"{e} reais"],
                "*": [f"{e},{c:02d} €", f"{e},{c:02d}€", f"{e} euros", f"EUR {e},{c:02d}", f"{e}€"],
            },
        )
    if kind in ("quantity", "count"):
        return str(rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 10, 12, 20]))
    if kind == "percentage":
        p = rng.choice([5, 10, 15, 20, 25, 30, 50, 70, 99])
        return f"{p} %" if lang in ("fr", "de") and rng.random() < 0.5 else f"{p}%"
    if kind == "product_model":
        return rng.choice(
            [
                "iPhone 13",
                "iPhone 15 Pro",
                "Galaxy S23",
                "Galaxy A54",
                "Pixel 8",
                "Moto G54",
                "XR-450",
                "ThinkPad T14",
                "Echo Dot 5",
                "Archer AX55",
                "Fritz!Box 7590",
                "PS5",
                "Redmi Note 12",
                "SM-A536B",
                "WH-1000XM4",
                "KD-55X80L",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(10, 18)}.{rng.randint(0, 6)}",
                f"iOS {rng.randint(15, 18)}.{rng.randint(0, 5)}",
                f"Android {rng.randint(11, 15)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 99)}",
            ]
        )
    if kind == "data_size":
        n = rng.choice([1, 2, 5, 10, 15, 20, 50, 100, 500])
        unit = rng.choice(["GB", "MB", "Go" if lang == "fr" else "GB", "TB" if n < 10 else "GB"])
        return rng.choice(
            [f"{n}{unit}", f"{n} {unit}", f"{n},5 {unit}" if lang != "en" else f"{n}.5{unit}"]
        )
    if kind == "year":
        return str(rng.randint(2008, 2026))
    if kind == "error_code":
        return rng.choice(
            [
                f"E-{s(rng, 4)}",
                f"0x8{d(rng, 3)}0{d(rng, 3)}",
                f"ERR_{rng.choice([400, 403, 404, 429, 500, 502, 503])}",
                str(rng.choice([401, 403, 404, 500, 502, 503])),
                f"E{rng.randint(10, 99)}",
                f"AUTH-{rng.randint(100, 999)}",
            ]
        )
    if kind == "invoice_number":
        return rng.choice(
            [
                "INV-" + s(rng, 6),
                f"FA-{rng.randint(2023, 2026)}-{s(rng, 5)}",
                "F" + s(rng, 8),
                s(rng, 7),
                f"NF {s(rng, 6)}",
            ]
        )
    if kind == "ticket_number":
        return rng.choice(
            [s(rng, rng.randint(5, 8)), "TCK-" + s(rng, 6), "CS" + s(rng, 7), "INC" + s(rng, 7)]
        )
    if kind == "booking_reference":
        while True:
            b = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            if any(c.isdigit() for c in b):
                return b
    if kind == "policy_number":
        return rng.choice(
            ["POL-" + s(rng, 8), s(rng, 10), f"AX-{s(rng, 4)}-{s(rng, 4)}", "HS" + s(rng, 7)]
        )
    if kind == "contract_number":
        return rng.choice(
            [
                f"CT-{rng.randint(2019, 2026)}-{s(rng, 5)}",
                s(rng, 8),
                "K" + s(rng, 9),
                f"{s(rng, 4)}/{s(rng, 4)}",
            ]
        )
    if kind == "flight_number":
        return (
            rng.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "UA", "VY", "AD"])
            + rng.choice(["", " "])
            + str(rng.randint(10, 8999))
        )
    if kind == "store_number":
        return s(rng, 4) if rng.random() < 0.6 else str(rng.randint(10, 999))
    if kind == "room_number":
        return str(rng.randint(101, 1299)) + rng.choice(["", "", "B"])
    if kind == "seat_number":
        return str(rng.randint(1, 45)) + rng.choice("ABCDEF")
    if kind == "meter_reading":
        return s(rng, rng.choice([5, 6])) + rng.choice(["", " kWh", " m³"])
    if kind == "plate_number":
        return _pick(
            rng,
            locale,
            {
                "es-ES": [
                    f"{d(rng, 4)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
                ],
                "fr": [
                    f"{rng.choice(['AB', 'GH', 'FK', 'EZ'])}-{d(rng, 3)}-{rng.choice(['CD', 'LM', 'TR'])}"
                ],
                "de": [
                    f"{rng.choice(['B', 'M', 'HH', 'K', 'W'])}-{rng.choice(['AB', 'XY', 'KL'])} {rng.randint(1, 9999)}"
                ],
                "pt-BR": [
                    f"{rng.choice(['ABC', 'RIO', 'QRT'])}{d(rng, 1)}{rng.choice('ABCDEFGHIJ')}{d(rng, 2)}"
                ],
                "pt-PT": [
                    f"{rng.choice(['AA', 'BX', '45'])}-{d(rng, 2)}-{rng.choice(['ZZ', 'QP', 'LM'])}"
                ],
                "en-GB": [
                    f"{rng.choice(['AB', 'LD', 'YK'])}{d(rng, 2)} {rng.choice(['CDE', 'XYZ', 'KLM'])}"
                ],
                "*": [
                    f"{rng.choice(['7ABC', '8XYZ', 'ABC-'])}{d(rng, 3)}",
                    f"{rng.choice(['ABC', 'PRT'])}-{d(rng, 3)}-{rng.choice('ABCD')}",
                ],
            },
        )
    if kind == "line_number":
        return str(rng.randint(1, 9))
    if kind == "age":
        return str(rng.randint(18, 90))
    if kind == "duration":
        return str(rng.choice([2, 3, 5, 10, 15, 20, 30, 45, 48, 72]))
    if kind == "speed":
        return rng.choice(["300 Mb", "1 Gb", "600Mbps", "100 Mbit/s", "50 mega"])
    raise KeyError(kind)


MUST_KEEP_ALIASES = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "count": "count",
    "pct": "percentage",
    "model": "product_model",
    "version": "version",
    "invoice": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "policy": "policy_number",
    "contract": "contract_number",
    "flight": "flight_number",
    "store": "store_number",
    "room": "room_number",
    "error": "error_code",
    "size": "data_size",
    "year": "year",
    "meter": "meter_reading",
    "plate": "plate_number",
    "seat": "seat_number",
    "line": "line_number",
    "age": "age",
    "dur": "duration",
    "speed": "speed",
}
