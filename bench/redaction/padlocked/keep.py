"""Must-keep values: order numbers, dates, prices and the like, in the locale's format.

Each is redrawn while it would pass an identifier check (``values.is_identifier``), so a
redactor that masks one is over-redacting, not catching a lucky identifier.
"""

from __future__ import annotations

import random

from .values import UPPER, _digits, is_identifier, region_of

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sep.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}
DECIMAL_COMMA = {"ES", "AR", "CO", "CL", "FR", "BE", "DE", "AT", "BR", "PT", "AO"}


def _L(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(UPPER) for _ in range(n))


def postal(rng: random.Random, locale: str) -> str:
    cc = region_of(locale)
    if cc == "US":
        z = _digits(rng, 5, True)
        return z + "-" + _digits(rng, 4) if rng.random() < 0.4 else z
    if cc == "GB":
        return (
            rng.choice(["SW", "M", "LS", "B", "EH", "CF", "BS"])
            + str(rng.randint(1, 19))
            + " "
            + str(rng.randint(1, 9))
            + _L(rng, 2)
        )
    if cc == "IE":
        return (
            rng.choice(["D02", "D04", "T12", "H91", "V94"])
            + " "
            + _L(rng, 1)
            + _digits(rng, 1)
            + _L(rng, 1)
            + _digits(rng, 1)
        )
    if cc == "CA":
        first = f"{rng.choice('KMHTVL')}{rng.randint(1, 9)}{rng.choice('ABCEGHJ')}"
        return f"{first} {rng.randint(1, 9)}{rng.choice('ABCEGHJ')}{rng.randint(0, 9)}"
    if cc in ("AU", "NZ", "ZA", "BE", "CH", "AT"):
        return _digits(rng, 4, True)
    if cc == "IN":
        return _digits(rng, 6, True)
    if cc == "BR":
        return f"{_digits(rng, 5, True)}-{_digits(rng, 3)}"
    if cc == "PT":
        return f"{rng.randint(1000, 9999)}-{_digits(rng, 3)}"
    if cc == "AR":
        return rng.choice("CBXS") + _digits(rng, 4, True) + _L(rng, 3)
    if cc == "CL":
        return _digits(rng, 7, True)
    if cc == "CO":
        return _digits(rng, 6, True)
    if cc == "AO":
        return str(rng.randint(1000, 9999))
    return _digits(rng, 5, True)


def date(rng: random.Random, locale: str, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2027)
    cc = region_of(locale)
    r = rng.random()
    if r < 0.3:
        mon = MONTHS[lang][m - 1]
        if lang == "en" and cc == "US":
            return f"{mon} {d}"
        if lang == "de":
            return f"{d}. {mon}"
        if lang in ("es", "pt") and r < 0.15:
            return f"{d} de {mon}"
        return f"{d} {mon}"
    if cc in ("US",) or (cc == "CA" and lang == "en"):
        return f"{m}/{d}/{y % 100:02d}" if r < 0.6 else f"{m}/{d}"
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}" if r < 0.7 else f"{d}.{m}."
    if lang == "fr" and cc == "CA":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{y}" if r < 0.6 else f"{d}/{m}"


def time_(rng: random.Random, locale: str, lang: str) -> str:
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 20, 50])
    if lang == "en" and region_of(locale) in ("US", "CA", "AU", "NZ", "IN"):
        return (
            f"{(h - 1) % 12 + 1}:{mi:02d}{rng.choice(['pm', ' PM', 'am', 'AM'])}"
            if h < 12 or rng.random() < 0.7
            else f"{h}:{mi:02d}"
        )
    if lang == "fr":
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    if lang == "de" and rng.random() < 0.5:
        return f"{h}:{mi:02d} Uhr"
    if lang == "pt" and rng.random() < 0.4:
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    return f"{h}:{mi:02d}"


CURRENCY = {
    "US": "$",
    "CA": "$",
    "AU": "$",
    "NZ": "$",
    "GB": "£",
    "IE": "€",
    "IN": "₹",
    "ZA": "R",
    "ES": "€",
    "FR": "€",
    "BE": "€",
    "DE": "€",
    "AT": "€",
    "PT": "€",
    "CH": "CHF",
    "MX": "$",
    "AR": "$",
    "CO": "$",
    "CL": "$",
    "BR": "R$",
    "AO": "Kz",
}


def price(rng: random.Random, locale: str, lang: str) -> str:
    cc = region_of(locale)
    cur = CURRENCY[cc]
    if cc in ("CO", "CL", "AR", "AO"):
        n = rng.randint(5, 900) * 1000
        amount = f"{n:,}".replace(",", ".")
        return f"{cur}{amount}" if cc != "AO" else f"{amount} {cur}"
    whole, cents = rng.randint(3, 1499), rng.choice([0, 99, 50, 95, 49, 90])
    if cc in DECIMAL_COMMA:
        amount = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
        if cc == "BR":
            return f"R$ {amount}"
        return f"{amount} {cur}" if rng.random() < 0.7 else f"{amount}€"
    if cc == "CH":
        return f"CHF {whole}.{cents:02d}" if cents else f"CHF {whole}.-"
    amount = f"{whole}.{cents:02d}" if cents or rng.random() < 0.5 else str(whole)
    return f"{cur}{amount}" if cc != "ZA" else f"R{amount}"


def generic(kind: str, rng: random.Random, locale: str, lang: str) -> str:
    if kind == "order":
        return rng.choice(
            [
                _digits(rng, 7, True),
                _digits(rng, 6, True),
                "#" + _digits(rng, 7, True),
                _L(rng, 2) + "-" + _digits(rng, 6, True),
                _digits(rng, 3, True) + "-" + _digits(rng, 4),
            ]
        )
    if kind == "tracking":
        return rng.choice(
            [
                "1Z"
                + "".join(rng.choice(UPPER + "0123456789") for _ in range(6))
                + _digits(rng, 8),
                _L(rng, 2) + _digits(rng, 9) + rng.choice(["BR", "PT", "ES", "FR", "DE", "GB"]),
                "9400" + _digits(rng, 18),
                "JJD" + _digits(rng, 18),
            ]
        )
    if kind == "postal":
        return postal(rng, locale)
    if kind == "date":
        return date(rng, locale, lang)
    if kind == "time":
        return time_(rng, locale, lang)
    if kind == "price":
        return price(rng, locale, lang)
    if kind == "quantity":
        return str(rng.choice([2, 3, 4, 5, 6, 10, 12, 20, 24]))
    if kind == "model":
        return rng.choice(
            [
                f"{_L(rng, 2)}-{_digits(rng, 4, True)}",
                f"{_L(rng, 3)}{_digits(rng, 3, True)}{_L(rng, 1)}",
                f"X{rng.randint(2, 9)}{_L(rng, 1)}",
                f"{_L(rng, 1)}{_digits(rng, 2, True)} Pro",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}",
            ]
        )
    if kind == "invoice":
        return rng.choice(
            [
                f"INV-{rng.randint(2024, 2026)}-{_digits(rng, 5, True)}",
                f"F{_digits(rng, 6, True)}",
                f"{_L(rng, 1)}{_digits(rng, 4, True)}/{rng.randint(24, 26)}",
            ]
        )
    if kind == "ticket":
        return rng.choice(
            [
                f"#{_digits(rng, 6, True)}",
                f"CS-{_digits(rng, 5, True)}",
                f"TKT{_digits(rng, 7, True)}",
            ]
        )
    if kind == "booking":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "flight":
        return (
            rng.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "EI", "AA", "G3", "AD"])
            + " " * rng.randint(0, 1)
            + str(rng.randint(100, 8999))
        )
    if kind == "store":
        return str(rng.randint(10, 999))
    if kind == "error":
        return rng.choice(
            [
                f"E{_digits(rng, 3, True)}",
                f"ERR_{_digits(rng, 4, True)}",
                f"0x{_digits(rng, 4)}",
                str(rng.choice([404, 500, 502, 403, 429])),
            ]
        )
    if kind == "room":
        return str(rng.randint(101, 1520))
    if kind == "policy":
        return rng.choice([f"POL-{_digits(rng, 7, True)}", f"{_L(rng, 2)}{_digits(rng, 6, True)}"])
    if kind == "contract":
        return rng.choice(
            [f"CT-{_digits(rng, 6, True)}", f"{_digits(rng, 4, True)}/{rng.randint(2020, 2026)}"]
        )
    if kind == "percentage":
        pct = rng.choice([5, 10, 15, 20, 25, 30, 50, 70])
        return f"{pct}%" if lang == "en" or rng.random() < 0.5 else f"{pct} %"
    if kind == "data":
        return rng.choice(
            [
                f"{rng.choice([1, 2, 5, 10, 20, 50, 100])}GB",
                f"{rng.choice([1, 2, 5, 10, 20, 50, 100])} GB",
                f"{rng.choice([100, 250, 500])} MB",
                f"{rng.choice([100, 300, 600])} Mbps",
            ]
        )
    if kind == "count":
        return str(rng.randint(2, 15))
    if kind == "days":
        return str(rng.choice([3, 5, 7, 10, 14, 15, 30]))
    if kind == "age":
        return str(rng.randint(18, 90))
    raise KeyError(kind)


KIND_NAMES = {
    "order": "order_number",
    "tracking": "tracking_number",
    "postal": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "quantity": "quantity",
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
    "percentage": "percentage",
    "data": "data_size",
    "count": "count",
    "days": "count",
    "age": "age",
}


def draw_keep(kind: str, rng: random.Random, locale: str, lang: str) -> str:
    while True:
        v = generic(kind, rng, locale, lang)
        if not is_identifier(v):
            return v
