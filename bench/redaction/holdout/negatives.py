"""Hard negatives: numbers a redactor must leave alone, in the formats of each country.

Ordinary numbers (orders, tracking, prices, dates...) are regenerated when their digits happen to
pass an identifier checksum, so a hit on them is an honest over-redaction. Look-alikes
(`*_fake`) are shaped like the country's identifier on purpose and built to fail its check.
"""

from __future__ import annotations

import random
import string

from . import checksums as ck

DIG = string.digits
UP = string.ascii_uppercase


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + _d(rng, n - 1)


def _l(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(UP) for _ in range(n))


EURO = ("ES", "FR", "DE", "PT")


def _money(rng: random.Random) -> tuple[int, int]:
    big = rng.random() < 0.3
    return (rng.randint(1000, 4999) if big else rng.randint(1, 899)), rng.choice(
        (0, 0, 99, 90, 50, 95, rng.randint(1, 99))
    )


def price(rng: random.Random, country: str) -> str:
    units, cents = _money(rng)
    if country in ("US", "GB", "MX"):
        num = f"{units:,}" + (f".{cents:02d}" if cents or rng.random() < 0.5 else "")
        if country == "US":
            return rng.choice((f"${num}", f"${num}", f"{num} USD", f"US${num}"))
        if country == "GB":
            return rng.choice((f"£{num}", f"£{num}", f"{num} GBP"))
        return rng.choice((f"${num}", f"${num} MXN", f"{num} pesos", f"MX${num}"))
    thousands = {
        "FR": rng.choice((" ", "\u202f", "")),
        "DE": ".",
        "ES": ".",
        "PT": rng.choice((".", " ")),
        "BR": ".",
    }[country]
    num = f"{units:,}".replace(",", thousands)
    if cents or rng.random() < 0.6:
        num += f",{cents:02d}"
    if country == "BR":
        return rng.choice((f"R$ {num}", f"R${num}", f"{num} reais"))
    return rng.choice((f"{num} €", f"{num}€", f"{num} EUR", f"€{num}", f"EUR {num}"))


def date(rng: random.Random, country: str, lang: str) -> str:
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    from .lexicon import MONTHS

    month = rng.choice(MONTHS[lang][m - 1])
    style = rng.randrange(5)
    if style == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 1:
        if country == "US":
            return f"{month} {d}" if rng.random() < 0.5 else f"{month} {d}, {y}"
        if lang == "en":
            return f"{d} {month}" + (f" {y}" if rng.random() < 0.5 else "")
        if lang in ("es", "pt"):
            return f"{d} de {month}" + (f" de {y}" if rng.random() < 0.5 else "")
        if lang == "de":
            return f"{d}. {month}" + (f" {y}" if rng.random() < 0.5 else "")
        return f"{d} {month}" + (f" {y}" if rng.random() < 0.5 else "")
    short = rng.random() < 0.35
    if country == "US":
        return f"{m}/{d}" if short else f"{m:02d}/{d:02d}/{y}"
    if country == "DE":
        return f"{d}.{m}." if short else f"{d:02d}.{m:02d}.{y}"
    sep = "-" if country == "PT" and rng.random() < 0.3 else "/"
    return (
        f"{d:02d}{sep}{m:02d}"
        if short
        else f"{d:02d}{sep}{m:02d}{sep}{rng.choice((str(y), str(y)[2:]))}"
    )


def time(rng: random.Random, country: str, lang: str) -> str:
    h, mi = rng.randint(7, 22), rng.choice((0, 15, 30, 45, rng.randint(1, 59)))
    if country in ("US",) or (lang == "en" and rng.random() < 0.5):
        ap = "am" if h < 12 else "pm"
        h12 = h if h <= 12 else h - 12
        return rng.choice((f"{h12}:{mi:02d}{ap}", f"{h12}:{mi:02d} {ap.upper()}", f"{h12}{ap}"))
    if lang == "fr":
        return rng.choice((f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"))
    if lang == "de":
        return rng.choice((f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"))
    return rng.choice((f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}h"))


def zip5(rng: random.Random) -> str:
    return rng.choice(
        (
            "90210",
            "10001",
            "60614",
            "94110",
            "33139",
            "78701",
            "02139",
            "98101",
            "30309",
            _nz(rng, 5),
        )
    )


def zip4(rng: random.Random) -> str:
    return f"{zip5(rng)}-{_d(rng, 4)}"


def postal(rng: random.Random, country: str) -> str:
    if country == "GB":
        return rng.choice(
            (
                "SW1A 1AA",
                "M1 1AE",
                "EC1A 1BB",
                "B33 8TH",
                "CR2 6XH",
                "LS1 4AP",
                "EH1 1YZ",
                "BS8 1TH",
                "G2 3DH",
            )
        )
    if country == "US":
        return zip5(rng)
    if country == "ES":
        return rng.choice(("28", "08", "41", "46", "29", "48", "50", "15")) + _d(rng, 3)
    if country == "MX":
        return rng.choice(("06", "03", "11", "44", "64", "72", "76")) + _d(rng, 3)
    if country == "FR":
        return (
            rng.choice(("75", "69", "13", "31", "33", "59", "67", "44"))
            + rng.choice(("0", "1"))
            + _d(rng, 2)
        )
    if country == "DE":
        return rng.choice(("10", "20", "50", "60", "70", "80", "01", "04")) + _d(rng, 3)
    if country == "BR":
        return f"{_nz(rng, 5)}-{_d(rng, 3)}"
    return f"{rng.choice('1234')}{_d(rng, 3)}-{_d(rng, 3)}"


def order(rng: random.Random, country: str) -> str:
    style = rng.randrange(7)
    if style == 0:
        return f"{_nz(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}"
    if style == 1:
        return _nz(rng, rng.choice((6, 7, 8, 10, 12)))
    if style == 2:
        prefix = rng.choice(("ORD", "PED", "CMD", "BST", "PD", "W", "SO"))
        return f"{prefix}-{_d(rng, rng.choice((5, 6, 8)))}"
    if style == 3:
        return f"{_l(rng, 2)}{_d(rng, 6)}"
    if style == 4:
        return f"{rng.randint(2024, 2026)}-{_d(rng, 6)}"
    if style == 5:
        return f"{_l(rng, 1)}{_d(rng, 3)}-{_l(rng, 2)}{_d(rng, 2)}"
    return _nz(rng, 9)


def tracking(rng: random.Random, country: str) -> str:
    style = rng.randrange(6)
    if style == 0:
        body = "".join(rng.choice(UP + DIG) for _ in range(6))
        return f"1Z{body}{_d(rng, 10)}"
    if style == 1 and country == "US":
        v = "9400" + _d(rng, 18)
        return " ".join(v[i : i + 4] for i in range(0, 22, 4)) if rng.random() < 0.5 else v
    if style == 1:
        return _nz(rng, 10)  # DHL Express waybill
    if style == 2:
        serial = _d(rng, 8)
        tail = {
            "ES": "ES",
            "PT": "PT",
            "BR": "BR",
            "FR": "FR",
            "DE": "DE",
            "MX": "MX",
            "GB": "GB",
            "US": "US",
        }[country]
        return (
            rng.choice(("RR", "LX", "CP", "RA", "EE", "LZ")) + serial + ck.s10_digit(serial) + tail
        )
    if style == 3:
        return "JJD" + _d(rng, 14)
    if style == 4:
        return (
            rng.choice(("PQ", "PK", "6A", "8L")) + _d(rng, 11) + ("V" if rng.random() < 0.5 else "")
        )
    if country == "US":
        return "9400" + _d(rng, 18)
    return "JJD" + _d(rng, 18)  # DHL Paket


MODELS = (
    "WH-1000XM5",
    "SM-A546B",
    "iPhone 15",
    "iPhone 13 mini",
    "Galaxy S24",
    "KD-55X85L",
    "Pixel 8a",
    "Echo Dot 5",
    "RTX 4070",
    "ThinkPad T14",
    "MX Master 3S",
    "PS5",
    "Redmi Note 13",
    "Moto G84",
    "Kindle Paperwhite 11",
    "AirPods Pro 2",
    "Watch Series 9",
    "TCL 50P755",
    "LG OLED55C3",
    "Dyson V15",
    "Roomba j7",
    "Switch OLED",
    "Xiaomi 14T",
    "iPad Air 5",
    "GoPro HERO12",
    "Fire TV Stick 4K",
    "EOS R50",
)


def model(rng: random.Random) -> str:
    return rng.choice(MODELS)


def version(rng: random.Random) -> str:
    v = f"{rng.randint(1, 18)}.{rng.randint(0, 20)}" + (
        f".{rng.randint(0, 30)}" if rng.random() < 0.7 else ""
    )
    return rng.choice((v, v, "v" + v))


INVOICE_PREFIX = {
    "en": ("INV", "INV-", "IN"),
    "es": ("FAC", "F", "FRA-"),
    "fr": ("FA", "FAC-", "F"),
    "de": ("RE", "RE-", "R"),
    "pt": ("FT", "NF", "FT "),
}


def invoice(rng: random.Random, lang: str) -> str:
    p = rng.choice(INVOICE_PREFIX[lang])
    style = rng.randrange(3)
    if style == 0:
        return f"{p}{'' if p.endswith(('-', ' ')) else '-'}{rng.randint(2024, 2026)}-{_d(rng, 5)}"
    if style == 1:
        return f"{p}{_d(rng, 6)}"
    return f"{rng.randint(2024, 2026)}/{_d(rng, 5)}"


def ticket(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return _nz(rng, rng.choice((6, 7, 8)))
    if style == 1:
        return (
            f"{rng.choice(('CS', 'INC', 'SR', 'TCK', 'CAS', 'REQ'))}-{_d(rng, rng.choice((6, 7)))}"
        )
    if style == 2:
        return f"INC{_d(rng, 7)}"
    return f"{_l(rng, 3)}{_d(rng, 5)}"


FLIGHT_AIRLINES = (
    "IB",
    "UX",
    "VY",
    "AM",
    "Y4",
    "AF",
    "U2",
    "LH",
    "EW",
    "LA",
    "G3",
    "AD",
    "TP",
    "S4",
    "AA",
    "UA",
    "DL",
    "BA",
    "FR",
    "KL",
)


def flight(rng: random.Random) -> str:
    return rng.choice(FLIGHT_AIRLINES) + rng.choice(("", " ")) + str(rng.randint(10, 9899))


def store(rng: random.Random) -> str:
    return rng.choice((str(rng.randint(1, 999)), f"{rng.randint(1, 9999):04d}"))


def year(rng: random.Random) -> str:
    return str(rng.randint(2015, 2026))


def qty(rng: random.Random) -> str:
    return str(rng.choice((2, 2, 3, 3, 4, 5, 6, 10, 12, 24)))


# ---- look-alikes that fail their identifier's check -----------------------------------


def _fail(rng: random.Random, make: object, ok: object) -> str:
    for _ in range(100):
        v = make()  # type: ignore[operator]
        if not ok(v):  # type: ignore[operator]
            return str(v)
    raise RuntimeError("could not build a failing look-alike")


def luhn_fail16(rng: random.Random) -> str:
    return _fail(
        rng, lambda: rng.choice("3456") + _d(rng, 15), lambda v: ck.passes_any_numeric_check(v)
    )


def fake_id(rng: random.Random, country: str) -> str:
    """A number shaped like this country's identifier that fails its check."""
    shape = rng.randrange(3)
    if shape == 0:
        return luhn_fail16(rng)
    if country == "ES":

        def make() -> str:
            n = _nz(rng, 8)
            return n + rng.choice([c for c in ck.DNI_LETTERS if c != ck.dni_letter(int(n))])

        return _fail(rng, make, ck.dni_ok)
    num = {"BR": 11, "PT": 9, "DE": 11, "FR": 15, "MX": 18, "US": 9, "GB": 9}[country]

    def make_n() -> str:
        first = rng.choice("12") if country == "FR" else rng.choice("123456789")
        return first + _d(rng, num - 1)

    return _fail(rng, make_n, ck.passes_any_numeric_check)
