"""Numbers that sit next to PII and must stay visible: orders, dates, prices, postcodes, ...

Each is redrawn until it fails every identifier check (Luhn, ABA, NIF, CPF, ...), so a
detector that masks one is over-redacting, not catching a real identifier.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from bench.redaction.cloaked.renderers import MONTHS_LONG
from bench.redaction.cloaked.rules import identifier_checks

KIND_OF_CODE = {
    "order": "order_number",
    "track": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "ver": "version",
    "inv": "invoice_number",
    "ticket": "ticket_number",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "count": "count",
    "err": "error_code",
    "size": "data_size",
    "room": "room_number",
    "policy": "policy_number",
    "meter": "meter_reading",
    "contract": "contract_number",
    "pct": "percentage",
    "booking": "booking_reference",
    "plan": "plan_amount",
}


def _d(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _order(rng: random.Random, lang: str, region: str) -> str:
    return rng.choice(
        [
            f"#{_d(rng, 6)}",
            _d(rng, rng.randint(7, 10)),
            f"{_letters(rng, 2)}-{_d(rng, 7)}",
            f"#{_d(rng, 8)}",
        ]
    )


def _track(rng: random.Random, lang: str, region: str) -> str:
    return rng.choice(
        [
            f"1Z{_letters(rng, 3)}{_d(rng, 3)}{_letters(rng, 2)}{_d(rng, 8)}",
            f"{_letters(rng, 2)}{_d(rng, 9)}{region if region.isalpha() else 'ES'}",
            _d(rng, rng.choice([12, 14, 20, 22])),
        ]
    )


def _zip(rng: random.Random, lang: str, region: str) -> str:
    if region == "US":
        return rng.choice([_d(rng, 5), f"{_d(rng, 5)}-{_d(rng, 4)}"])
    if region in ("GB",):
        return f"{_letters(rng, 2)}{rng.randint(1, 20)} {rng.randint(1, 9)}{_letters(rng, 2)}"
    if region == "CA":
        a, b, c = (rng.randint(1, 9) for _ in range(3))
        return f"{_letters(rng, 1)}{a}{_letters(rng, 1)} {b}{_letters(rng, 1)}{c}"
    if region == "BR":
        return f"{_d(rng, 5)}-{_d(rng, 3)}"
    if region == "PT":
        return f"{_d(rng, 4)}-{_d(rng, 3)}"
    if region in ("AT", "CH", "BE", "AU", "NZ", "AR"):
        return _d(rng, 4)
    if region == "IN":
        return _d(rng, 6)
    if region == "IE":
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        return f"D{rng.randint(10, 24)} {_letters(rng, 1)}{a}{_letters(rng, 1)}{b}"
    return _d(rng, 5)


def _date(rng: random.Random, lang: str, region: str) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    name = MONTHS_LONG[lang].split()[month - 1]
    styles = {
        "en": [f"{month}/{day}", f"{name} {day}", f"{day} {name}", f"{month}/{day}/{year}"]
        if region in ("US", "CA")
        else [f"{day}/{month}", f"{day} {name}", f"{day:02d}/{month:02d}/{year}", f"{name} {day}"],
        "es": [
            f"{day}/{month}",
            f"{day} de {name}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}-{month}",
        ],
        "fr": [f"{day}/{month}", f"{day} {name}", f"{day:02d}/{month:02d}/{year}", f"le {day}"],
        "de": [
            f"{day}.{month}.",
            f"{day}. {name}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}.{month}",
        ],
        "pt": [f"{day}/{month}", f"{day} de {name}", f"{day:02d}/{month:02d}/{year}", f"dia {day}"],
    }
    return rng.choice(styles[lang])


def _time(rng: random.Random, lang: str, region: str) -> str:
    h, m = rng.randint(7, 22), rng.choice([0, 10, 15, 30, 45])
    if lang == "en" and region in ("US", "CA", "AU", "NZ", "IN"):
        return rng.choice(
            [f"{(h - 1) % 12 + 1}:{m:02d}{'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}pm"]
        )
    return rng.choice(
        [f"{h}:{m:02d}", f"{h}h{m:02d}" if lang in ("fr", "pt") else f"{h}:{m:02d}", f"{h}h"]
    )


def _price(rng: random.Random, lang: str, region: str) -> str:
    whole, cents = rng.randint(3, 1900), rng.randint(0, 99)
    symbol = {
        "US": "$",
        "CA": "$",
        "AU": "$",
        "NZ": "$",
        "GB": "£",
        "IN": "₹",
        "MX": "$",
        "CO": "$",
        "AR": "$",
        "CL": "$",
        "PE": "S/",
        "BR": "R$",
        "CH": "CHF",
    }.get(region, "€")
    if lang == "en":
        return rng.choice([f"{symbol}{whole}.{cents:02d}", f"{symbol}{whole}"])
    if symbol == "€":
        return rng.choice(
            [f"{whole},{cents:02d} €", f"{whole}€", f"€{whole},{cents:02d}", f"{whole} euros"]
        )
    return rng.choice([f"{symbol}{whole},{cents:02d}", f"{symbol} {whole}", f"{whole} {symbol}"])


def _simple(fmt: Callable[[random.Random], str]) -> Callable[[random.Random, str, str], str]:
    return lambda rng, lang, region: fmt(rng)


GENERATORS: dict[str, Callable[[random.Random, str, str], str]] = {
    "order": _order,
    "track": _track,
    "zip": _zip,
    "date": _date,
    "time": _time,
    "price": _price,
    "qty": _simple(lambda r: str(r.randint(2, 12))),
    "model": _simple(
        lambda r: r.choice(
            [
                f"iPhone {r.randint(11, 16)}",
                f"Galaxy S{r.randint(20, 25)}",
                f"XR-{r.randint(100, 990)}",
                f'TV {r.choice([43, 50, 55, 65])}"',
                f"Modelo {r.randint(2, 9)}0{r.randint(1, 9)}",
                f"WH-{r.randint(1000, 1999)}XM{r.randint(3, 5)}",
                f"Fritz!Box {r.choice([7530, 7590, 6660])}",
            ]
        )
    ),
    "ver": _simple(
        lambda r: f"{r.choice(['v', ''])}{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 30)}"
    ),
    "inv": _simple(
        lambda r: r.choice(
            [
                f"INV-{r.randint(2023, 2026)}-{r.randint(10, 9999):04d}",
                f"F{_d(r, 7)}",
                f"FAC-{_d(r, 6)}",
            ]
        )
    ),
    "ticket": _simple(
        lambda r: r.choice([f"#{_d(r, 5)}", f"TK-{_d(r, 6)}", f"CS{_d(r, 7)}", f"INC{_d(r, 7)}"])
    ),
    "year": _simple(lambda r: str(r.randint(2015, 2026))),
    "flight": _simple(
        lambda r: (
            r.choice(["IB", "LH", "AF", "TP", "BA", "AM", "LA", "UX", "FR", "AA"])
            + r.choice(["", " "])
            + str(r.randint(100, 8999))
        )
    ),
    "store": _simple(lambda r: str(r.randint(12, 980))),
    "count": _simple(lambda r: str(r.randint(2, 14))),
    "err": _simple(
        lambda r: r.choice(
            [
                f"E{r.randint(100, 599)}",
                f"0x{r.randint(0x80000000, 0x8FFFFFFF):08X}",
                f"{r.choice([401, 403, 404, 500, 502, 503])}",
                f"ERR-{_d(r, 4)}",
            ]
        )
    ),
    "size": _simple(
        lambda r: r.choice(
            [
                f"{r.choice([5, 10, 20, 50, 100])}GB",
                f"{r.randint(100, 900)} MB",
                f"{r.choice([1, 2, 5])} TB",
            ]
        )
    ),
    "room": _simple(lambda r: str(r.randint(101, 1240))),
    "policy": _simple(
        lambda r: r.choice(
            [f"POL-{_d(r, 8)}", f"{_letters(r, 2)}{_d(r, 8)}", f"{_d(r, 3)}-{_d(r, 6)}"]
        )
    ),
    "meter": _simple(
        lambda r: r.choice(
            [f"{r.randint(1000, 99999)} kWh", f"{r.randint(100, 9999)} m3", f"{_d(r, 5)}"]
        )
    ),
    "contract": _simple(
        lambda r: r.choice(
            [_d(r, r.randint(8, 10)), f"C-{_d(r, 7)}", f"{_d(r, 4)}/{r.randint(2020, 2026)}"]
        )
    ),
    "pct": _simple(lambda r: f"{r.randint(5, 70)}%"),
    "booking": _simple(lambda r: f"{_letters(r, 3)}{r.randint(1, 9)}{_letters(r, 2)}"),
    "plan": _simple(lambda r: f"{r.choice([9, 12, 15, 19, 25, 29, 39, 49])}.99"),
}


def draw_keep(code: str, rng: random.Random, lang: str, region: str) -> str:
    """A must_keep value for a template code (`order`, ...) that no identifier check accepts."""
    for _ in range(100):
        value = GENERATORS[code](rng, lang, region)
        if not identifier_checks(value):
            return value
    raise RuntimeError(f"no must_keep value for {code}")
