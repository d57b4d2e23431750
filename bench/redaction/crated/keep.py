"""Hard negatives: numbers and codes a redactor must leave visible."""

from __future__ import annotations

import random
import string

from . import values as V

U = string.ascii_uppercase


def decoy(rng: random.Random, lo: int, hi: int) -> str:
    """Digits only, 4-11 long, that fail every checksum and are no valid phone number."""
    while True:
        d = rng.choice("123456789") + V.digits(rng, rng.randint(lo, hi) - 1)
        if not V.passes_any_checksum(d):
            return d


def _dec(lang: str, whole: int, cents: int) -> str:
    sep = "." if lang == "en" else ","
    return f"{whole}{sep}{cents:02d}"


def postal(rng, lang, loc):
    cc = loc.split("-")[1]
    if cc == "US":
        z = V.digits(rng, 5)
        return z + ("-" + V.digits(rng, 4) if rng.random() < 0.5 else "")
    if cc == "GB":
        return (
            rng.choice(["SW", "EC", "N", "M", "LS", "B"])
            + str(rng.randint(1, 19))
            + rng.choice(["", "A"])
            + " "
            + str(rng.randint(1, 9))
            + rng.choice(U)
            + rng.choice(U)
        )
    if cc == "BR":
        return f"{V.digits(rng, 5)}-{V.digits(rng, 3)}"
    if cc == "PT":
        return f"{rng.randint(1000, 9999)}-{V.digits(rng, 3)}"
    if cc in ("AT", "CH", "BE"):
        return str(rng.randint(1000, 9999))
    if cc == "CA":
        return f"H{rng.randint(1, 9)}{rng.choice(U)} {rng.randint(1, 9)}{rng.choice(U)}{rng.randint(1, 9)}"
    return f"{rng.randint(1, 52):02d}{V.digits(rng, 3)}"


def date(rng, lang, loc):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    from .render import MONTHS

    return rng.choice(
        [
            f"{d:02d}/{m:02d}",
            f"{d}/{m}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[lang][m - 1]}",
            f"{m}/{d}" if lang == "en" else f"{d}/{m}",
        ]
    )


def time(rng, lang, loc):
    h, mi = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 5, 50])
    return rng.choice(
        [
            f"{h}:{mi:02d}",
            f"{h}h{mi:02d}" if lang in ("fr", "pt") else f"{h:02d}:{mi:02d}",
            f"{h - 12 if h > 12 else h}pm" if lang == "en" else f"{h}:{mi:02d}h",
            f"{h}h",
        ]
    )


def price(rng, lang, loc):
    w, c = rng.randint(3, 1999), rng.choice([0, 99, 50, 90, 95, 49])
    cur = {
        "en-US": "$",
        "es-US": "$",
        "en-GB": "£",
        "es-MX": "$",
        "pt-BR": "R$ ",
        "fr-CA": "$",
    }.get(loc, "€")
    amount = _dec(lang, w, c) if rng.random() < 0.7 else str(w)
    if cur == "€" and lang != "en":
        return amount + rng.choice([" €", "€", " eur", " euros"])
    if loc == "es-MX" and rng.random() < 0.4:
        return amount + " MXN"
    return cur + amount


def plate(rng, lang, loc):
    cc = loc.split("-")[1]
    L = lambda n: "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(n))
    return {
        "ES": lambda: f"{V.digits(rng, 4)} {L(3)}",
        "DE": lambda: f"{L(1)}-{L(2)} {rng.randint(10, 9999)}",
        "FR": lambda: f"{L(2)}-{V.digits(rng, 3)}-{L(2)}",
        "BR": lambda: f"{L(3)}{rng.randint(0, 9)}{L(1)}{V.digits(rng, 2)}",
        "PT": lambda: f"{L(2)}-{V.digits(rng, 2)}-{L(2)}",
        "MX": lambda: f"{L(3)}-{V.digits(rng, 3)}-{L(1)}",
    }.get(cc, lambda: f"{rng.randint(1, 9)}{L(3)}{V.digits(rng, 3)}")()


KINDS = {
    "order_number": lambda r, l, c: rng_choice(
        r,
        [
            lambda: decoy(r, 6, 9),
            lambda: "ORD-" + decoy(r, 5, 8),
            lambda: "#" + decoy(r, 6, 8),
            lambda: r.choice(U) + r.choice(U) + decoy(r, 6, 9),
        ],
    ),
    "tracking_number": lambda r, l, c: rng_choice(
        r,
        [
            lambda: "1Z" + "".join(r.choice(U + "0123456789") for _ in range(6)) + V.digits(r, 10),
            lambda: (
                r.choice(["LX", "RR", "LB", "CP"])
                + V.digits(r, 9)
                + r.choice(["BR", "PT", "ES", "DE", "FR", "MX"])
            ),
            lambda: "JJD" + V.digits(r, 15),
        ],
    ),
    "postal_code": postal,
    "date": date,
    "time": time,
    "price": price,
    "quantity": lambda r, l, c: str(r.randint(2, 12)),
    "count": lambda r, l, c: str(r.randint(2, 9)),
    "percentage": lambda r, l, c: rng_choice(
        r, [lambda: f"{r.randint(5, 70)}%", lambda: f"{r.randint(5, 70)} %"]
    ),
    "product_model": lambda r, l, c: rng_choice(
        r,
        [
            lambda: f"{r.choice(['XR', 'TX', 'KB', 'MX', 'HD'])}-{r.randint(100, 9900)}",
            lambda: (
                f"{r.choice(['Galaxy A', 'Redmi Note ', 'iPhone ', 'Moto G', 'Pixel '])}{r.randint(7, 54)}"
            ),
            lambda: f"{r.choice(['WH-', 'SM-G', 'LX'])}{r.randint(100, 999)}{r.choice(U)}",
        ],
    ),
    "version": lambda r, l, c: rng_choice(
        r,
        [
            lambda: f"v{r.randint(1, 19)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
            lambda: f"{r.randint(1, 19)}.{r.randint(0, 9)}",
            lambda: f"iOS {r.randint(15, 19)}.{r.randint(0, 6)}",
        ],
    ),
    "invoice_number": lambda r, l, c: rng_choice(
        r,
        [
            lambda: f"FAC-{r.randint(2023, 2026)}-{V.digits(r, 5)}",
            lambda: f"INV-{decoy(r, 5, 7)}",
            lambda: f"RE{r.randint(2023, 2026)}/{V.digits(r, 4)}",
            lambda: f"NF {V.digits(r, 6)}",
        ],
    ),
    "ticket_number": lambda r, l, c: rng_choice(
        r,
        [
            lambda: "#" + decoy(r, 5, 7),
            lambda: f"CS-{decoy(r, 5, 8)}",
            lambda: decoy(r, 6, 8),
            lambda: f"INC{V.digits(r, 7)}",
        ],
    ),
    "booking_reference": lambda r, l, c: (
        "".join(r.choice(U) for _ in range(3))
        + str(r.randint(2, 9))
        + "".join(r.choice(U + "23456789") for _ in range(2))
    ),
    "policy_number": lambda r, l, c: rng_choice(
        r,
        [
            lambda: f"POL-{decoy(r, 6, 9)}",
            lambda: f"{r.choice(['AX', 'MT', 'HG'])}{decoy(r, 7, 9)}",
            lambda: decoy(r, 8, 10),
        ],
    ),
    "contract_number": lambda r, l, c: rng_choice(
        r,
        [
            lambda: f"CT-{decoy(r, 6, 8)}",
            lambda: decoy(r, 7, 11),
            lambda: f"{V.digits(r, 4)}/{r.randint(2019, 2026)}",
        ],
    ),
    "flight_number": lambda r, l, c: (
        f"{r.choice(['IB', 'AF', 'LH', 'TP', 'LA', 'AM', 'UX', 'VY', 'BA', 'AA', 'G3'])}{r.choice(['', ' '])}{r.randint(10, 8999)}"
    ),
    "store_number": lambda r, l, c: decoy(r, 4, 5) if r.random() < 0.5 else str(r.randint(10, 999)),
    "room_number": lambda r, l, c: str(r.randint(101, 1520)),
    "error_code": lambda r, l, c: rng_choice(
        r,
        [
            lambda: f"E-{r.randint(100, 999)}",
            lambda: f"0x{r.randint(0x80000000, 0x8FFFFFFF):08X}",
            lambda: f"ERR_{r.randint(1000, 9999)}",
            lambda: str(r.choice([400, 403, 404, 500, 502, 503])),
        ],
    ),
    "data_size": lambda r, l, c: (
        f"{r.choice([1, 2, 5, 10, 20, 50, 100, 500])}{r.choice([' GB', 'GB', 'MB', ' Go' if l == 'fr' else ' gigas'])}"
    ),
    "year": lambda r, l, c: str(r.randint(2015, 2026)),
    "meter_reading": lambda r, l, c: decoy(r, 4, 6) + r.choice(["", " kWh", " m3"]),
    "plate_number": plate,
    "seat_number": lambda r, l, c: f"{r.randint(1, 42)}{r.choice('ABCDEF')}",
    "customer_reference": lambda r, l, c: decoy(r, 4, 11),
    "extension": lambda r, l, c: str(r.randint(100, 9999)),
    "age": lambda r, l, c: str(r.randint(18, 90)),
    "duration": lambda r, l, c: (
        f"{r.randint(2, 45)} {r.choice({'en': ['min', 'days', 'hours'], 'es': ['min', 'días', 'horas'], 'fr': ['min', 'jours', 'heures'], 'de': ['Min', 'Tage', 'Stunden'], 'pt': ['min', 'dias', 'horas']}[l])}"
    ),
}


def rng_choice(r, fns):
    return r.choice(fns)()


def draw(kind: str, rng: random.Random, lang: str, loc: str) -> str:
    return KINDS[kind](rng, lang, loc)
