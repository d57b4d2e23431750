"""Hard negatives: numbers a redactor must leave alone, written the way each locale writes them."""

from __future__ import annotations

import random
import string

from . import values as v
from .render import MONTHS, MONTHS_LONG

U = string.ascii_uppercase
D = string.digits


def _d(rng: random.Random, n: int, first: str = D) -> str:
    return v.digits(rng, n, first)


def _postal(rng: random.Random, locale: str) -> str:
    country = locale.split("-")[1]
    if country == "US":
        base = _d(rng, 5, "123456789")
        return base + ("-" + _d(rng, 4) if rng.random() < 0.4 else "")
    if country == "GB":
        return (
            rng.choice(["SW", "EC", "M", "LS", "BS", "G", "CF", "N"])
            + _d(rng, 1, "123456789")
            + " "
            + _d(rng, 1)
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        )
    if country == "IE":
        return (
            rng.choice(["D02", "D04", "T12", "H91", "V94", "A94"])
            + " "
            + rng.choice("ACDEFHKNPRTVWXY")
            + _d(rng, 3)
        )
    if country == "CA":
        return (
            rng.choice("KLMHTV")
            + _d(rng, 1)
            + rng.choice("ABCEGHJ")
            + " "
            + _d(rng, 1)
            + rng.choice("ABCEGHJ")
            + _d(rng, 1)
        )
    if country in ("AU", "NZ", "ZA", "BE", "CH", "AT"):
        return _d(rng, 4, "123456789")
    if country == "IN":
        return _d(rng, 6, "123456789")
    if country in ("ES",):
        return f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"
    if country in ("MX", "FR", "DE"):
        return _d(rng, 5, "1234567") if country != "DE" else _d(rng, 5, "0123456789")
    if country == "AR":
        return (
            rng.choice(["C", "B", "X", "S"]) + _d(rng, 4, "12345678") + rng.choice(["", "", "ABC"])
        )
    if country == "CO":
        return _d(rng, 6, "1234567")
    if country == "CL":
        return _d(rng, 7, "1234567")
    if country == "BR":
        return _d(rng, 5, "0123456789") + "-" + _d(rng, 3)
    if country == "PT":
        return _d(rng, 4, "123456789") + "-" + _d(rng, 3)
    return _d(rng, 4, "123456789")


def _date(rng: random.Random, lang: str, locale: str) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    style = rng.randrange(5)
    if style == 0:
        if locale in ("en-US", "es-US"):
            return f"{month}/{day}/{year}"
        sep = "." if lang == "de" else "/"
        return f"{day:02d}{sep}{month:02d}{sep}{year}"
    if style == 1:
        if locale in ("en-US", "en-CA"):
            return "{} {}".format(MONTHS_LONG["en"][month - 1], day)
        if lang == "en":
            return f"{day} {MONTHS[lang][month - 1]}"
        if lang in ("es", "pt"):
            return f"{day} de {MONTHS_LONG[lang][month - 1]}"
        if lang == "de":
            return f"{day}. {MONTHS_LONG[lang][month - 1]}"
        return f"{day} {MONTHS_LONG[lang][month - 1]}"
    if style == 2:
        return f"{year}-{month:02d}-{day:02d}"
    if style == 3:
        sep = "." if lang == "de" else "/"
        if locale in ("en-US", "es-US"):
            return f"{month}/{day}"
        return f"{day}{sep}{month}" + ("." if lang == "de" else "")
    if lang == "en":
        return (
            f"{MONTHS[lang][month - 1]} {day}, {year}"
            if locale == "en-US"
            else f"{day} {MONTHS_LONG[lang][month - 1]} {year}"
        )
    if lang in ("es", "pt"):
        return f"{day} de {MONTHS_LONG[lang][month - 1]} de {year}"
    if lang == "de":
        return f"{day}. {MONTHS[lang][month - 1]} {year}"
    return f"{day} {MONTHS_LONG[lang][month - 1]} {year}"


def _time(rng: random.Random, lang: str, locale: str) -> str:
    h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 20, 50])
    if locale in ("en-US", "en-CA", "en-AU", "en-NZ", "en-IN", "es-US") and rng.random() < 0.7:
        hh = h - 12 if h > 12 else h
        if m == 0 and rng.random() < 0.5:
            return "{}{}".format(
                hh,
                rng.choice(["pm", "am", " pm", "PM"])
                if h >= 12
                else rng.choice(["am", " am", "AM"]),
            )
        return "{}:{:02d}{}".format(hh, m, " pm" if h >= 12 else "am")
    if lang == "fr" and rng.random() < 0.6:
        return f"{h}h" + ("" if m == 0 else f"{m:02d}")
    if lang == "de" and rng.random() < 0.3:
        return f"{h}.{m:02d}"
    return f"{h}:{m:02d}"


def _price(rng: random.Random, locale: str) -> str:
    whole, cents = (
        rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 4999)]),
        rng.choice([0, 99, 90, 50, 95, 49]),
    )
    country = locale.split("-")[1]

    def eu(sym_after: str) -> str:
        w = f"{whole:,}".replace(",", ".")
        return w + "," + f"{cents:02d}" + sym_after

    if country in ("US", "CA", "AU", "NZ") and locale != "fr-CA":
        sym = {"US": "$", "CA": rng.choice(["$", "CA$"]), "AU": rng.choice(["$", "A$"]), "NZ": "$"}[
            country
        ]
        return sym + f"{whole:,}" + ("" if cents == 0 and rng.random() < 0.5 else f".{cents:02d}")
    if locale == "fr-CA":
        return eu(" $")
    if country == "GB":
        return "£" + f"{whole:,}" + f".{cents:02d}"
    if country == "IE":
        return "€" + f"{whole:,}" + f".{cents:02d}"
    if country == "IN":
        return rng.choice(["₹", "Rs. ", "INR "]) + f"{whole * 10:,}"
    if country == "ZA":
        return "R" + f"{whole:,}".replace(",", " ") + f".{cents:02d}"
    if country == "MX":
        return "$" + f"{whole:,}" + f".{cents:02d}" + rng.choice(["", " MXN", " pesos"])
    if country in ("AR", "CO", "CL"):
        return (
            "$"
            + rng.choice(["", " "])
            + "{:,}".format(whole * 100 if country != "CL" else whole * 10).replace(",", ".")
        )
    if country == "CH":
        return rng.choice(["CHF ", "Fr. "]) + f"{whole}.{cents:02d}"
    if country == "BR":
        return "R$ " + eu("")
    if country == "AO":
        return f"{whole * 100:,}".replace(",", ".") + " Kz"
    return eu(rng.choice([" €", "€", " EUR"]))


_INV = {
    "en": ["INV-", "INV", "IN-"],
    "es": ["FAC-", "F-", "FV"],
    "fr": ["FA-", "FAC", "F"],
    "de": ["RE-", "RG", "R-"],
    "pt": ["NF-", "FT ", "NF "],
}


def must_keep(kind: str, lang: str, locale: str, rng: random.Random) -> str:
    """Draw one hard negative, redrawing while it would pass an identifier check."""
    for _ in range(2000):
        text = _draw(kind, lang, locale, rng)
        if not v.passes_identifier_check(text):
            return text
    raise RuntimeError(kind)


def _draw(kind: str, lang: str, locale: str, rng: random.Random) -> str:
    if kind == "order":
        style = rng.randrange(5)
        if style == 0:
            return _d(rng, 3, "123456789") + "-" + _d(rng, 7) + "-" + _d(rng, 7)
        if style == 1:
            return _d(rng, rng.choice([6, 7, 8]), "123456789")
        if style == 2:
            return rng.choice(["ORD-", "PED-", "CMD-", "BST-", "PD"]) + _d(rng, 6)
        if style == 3:
            return rng.choice(U) + _d(rng, 7)
        return _d(rng, 4) + "-" + _d(rng, 4)
    if kind == "tracking":
        style = rng.randrange(4)
        if style == 0:
            return "1Z" + "".join(rng.choice(U + D) for _ in range(6)) + _d(rng, 10)
        if style == 1:
            return (
                rng.choice(["LB", "RR", "NX", "OA", "QB"])
                + _d(rng, 9)
                + rng.choice(["BR", "ES", "PT", "FR", "DE"])
            )
        if style == 2:
            return "JJD" + _d(rng, 15)
        return _d(rng, 22)
    if kind == "zip":
        return _postal(rng, locale)
    if kind == "date":
        return _date(rng, lang, locale)
    if kind == "time":
        return _time(rng, lang, locale)
    if kind == "price":
        return _price(rng, locale)
    if kind in ("qty", "count"):
        return str(rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 10, 12, 24]))
    if kind == "model":
        return (
            rng.choice(["XR-", "KX", "SM-A", "TV-", "PX", "AX", "MB", "G"])
            + _d(rng, rng.choice([2, 3, 4]))
            + rng.choice(["", "", "X", "S", " Pro", "B", "-BK"])
        )
    if kind == "version":
        return (
            rng.choice(["", "v", ""])
            + f"{rng.randint(1, 17)}.{rng.randint(0, 12)}"
            + rng.choice(["", f".{rng.randint(0, 9)}"])
        )
    if kind == "invoice":
        if rng.random() < 0.5:
            return (
                rng.choice(_INV[lang])
                + str(rng.randint(2023, 2026))
                + rng.choice(["-", "/"])
                + _d(rng, 4)
            )
        return rng.choice(_INV[lang]) + _d(rng, rng.choice([5, 6]))
    if kind == "ticket":
        return rng.choice(["", "", "CS-", "TK-", "SR"]) + _d(
            rng, rng.choice([5, 6, 7]), "123456789"
        )
    if kind == "booking":
        while True:
            code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
                return code
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "flight":
        return (
            rng.choice(
                [
                    "IB",
                    "UX",
                    "AF",
                    "LH",
                    "TP",
                    "LA",
                    "AM",
                    "AV",
                    "BA",
                    "EI",
                    "LX",
                    "OS",
                    "AD",
                    "G3",
                    "DL",
                    "AC",
                ]
            )
            + rng.choice(["", " "])
            + str(rng.randint(10, 9899))
        )
    if kind == "store":
        return str(rng.randint(2, 980))
    if kind == "error":
        style = rng.randrange(5)
        if style == 0:
            return "E" + rng.choice(["-", ""]) + _d(rng, 3, "123456789")
        if style == 1:
            return "0x8" + "".join(rng.choice("0123456789ABCDEF") for _ in range(7))
        if style == 2:
            return rng.choice(["ERR_", "ERR-"]) + _d(rng, 3, "1234")
        if style == 3:
            return rng.choice(["404", "500", "502", "503", "401", "403", "429"])
        return rng.choice(U) + _d(rng, 2)
    if kind == "room":
        return str(rng.randint(1, 9)) + f"{rng.randint(1, 40):02d}"
    if kind == "policy":
        return (
            rng.choice(["POL-", "AP-", "P", ""])
            + _d(rng, rng.choice([7, 8]), "123456789")
            + rng.choice(["", "-" + _d(rng, 2)])
        )
    if kind == "contract":
        return (
            rng.choice(["CT-", "K-", "CTR", "VT-"])
            + str(rng.randint(2019, 2026))
            + "-"
            + _d(rng, 4)
        )
    if kind == "pct":
        n = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50, 70])
        if lang in ("fr", "de") and rng.random() < 0.5:
            return f"{n} %"
        if lang in ("es", "pt", "fr", "de") and rng.random() < 0.3:
            return f"{n},5%"
        return f"{n}%"
    if kind == "size":
        n = rng.choice([16, 32, 64, 128, 256, 512, 2, 5, 10, 50, 100, 500])
        unit = "GB" if n < 600 and rng.random() < 0.7 else rng.choice(["MB", "TB", "GB"])
        return "{}{}{}".format(n, rng.choice(["", " "]), unit)
    if kind == "min":
        return str(rng.choice([5, 10, 15, 20, 30, 40, 45, 90]))
    raise KeyError(kind)


KINDS = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "count": "count",
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
    "min": "duration",
}
