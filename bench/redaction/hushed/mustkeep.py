"""Hard negatives: numbers that sit next to PII and must survive redaction, in local formats."""

from __future__ import annotations

import random
import string

from . import values as v
from .render import MONTH_ABBR, MONTHS

UP = string.ascii_uppercase


def d(rng: random.Random, n: int, first: str = "123456789") -> str:
    return v.digits(rng, n, first)


def _zip(rng: random.Random, region: str) -> str:
    if region == "US":
        z = d(rng, 5, "0123456789")
        return z + "-" + d(rng, 4, "0123456789") if rng.random() < 0.4 else z
    if region == "GB":
        out = rng.choice(["SW", "M", "LS", "B", "EH", "BS", "N", "CF"]) + str(rng.randint(1, 20))
        return out + " " + str(rng.randint(1, 9)) + rng.choice(UP) + rng.choice(UP)
    if region == "CA":
        return (
            rng.choice("KMHTV")
            + str(rng.randint(1, 9))
            + rng.choice(UP)
            + " "
            + str(rng.randint(0, 9))
            + rng.choice(UP)
            + str(rng.randint(0, 9))
        )
    if region == "IE":
        return (
            rng.choice(["D02", "D04", "T12", "H91", "V94"])
            + " "
            + rng.choice(UP)
            + d(rng, 2, "123456789")
            + rng.choice(UP)
        )
    if region == "BR":
        return d(rng, 5, "0123456789") + "-" + d(rng, 3, "0123456789")
    if region == "PT":
        return d(rng, 4) + "-" + d(rng, 3, "0123456789")
    if region == "AR":
        return rng.choice("CBSX") + d(rng, 4) + "".join(rng.choice(UP) for _ in range(3))
    if region == "IN":
        return d(rng, 6)
    if region in ("CO",):
        return d(rng, 6)
    if region == "CL":
        return d(rng, 7)
    if region in ("AU", "NZ", "ZA", "BE", "CH", "AT", "AO"):
        return d(rng, 4)
    return d(rng, 5, "0123456789")


def _date(rng: random.Random, lang: str, loc: str) -> str:
    day, month, year = (
        rng.randint(1, 28),
        rng.randint(1, 12),
        rng.choice([2024, 2025, 2025, 2026, 2026]),
    )
    shape = rng.randrange(5)
    if shape == 0:
        return (
            f"{day} {MONTH_ABBR[lang][month - 1]}"
            if lang != "es"
            else f"{day} de {MONTHS[lang][month - 1]}"
        )
    if shape == 1 and lang != "en":
        return f"{day}{'.' if lang == 'de' else ''} {MONTHS[lang][month - 1]}" + (
            f" {year}" if rng.random() < 0.4 else ""
        )
    if loc in ("en-US", "es-US"):
        return f"{month}/{day}/{year % 100 if rng.random() < 0.5 else year}"
    if lang == "de":
        return f"{day:02d}.{month:02d}.{year}" if rng.random() < 0.6 else f"{day}.{month}."
    if rng.random() < 0.2:
        return f"{year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{year}" if rng.random() < 0.6 else f"{day}/{month}"


def _time(rng: random.Random, lang: str, loc: str) -> str:
    h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
    if loc in ("en-US", "en-CA", "en-AU", "en-IN", "es-US"):
        return f"{(h - 1) % 12 + 1}:{m:02d}{rng.choice(['pm', 'am', ' PM', ''])}".strip()
    if lang == "fr":
        return f"{h}h{m:02d}" if m else f"{h}h"
    return f"{h}:{m:02d}" if rng.random() < 0.8 else f"{h}.{m:02d}"


def _price(rng: random.Random, lang: str, loc: str) -> str:
    whole, cents = (
        rng.choice([9, 12, 19, 24, 39, 49, 59, 89, 129, 249, 1299]),
        rng.choice([0, 50, 90, 95, 99]),
    )
    region = v.LOCALE_REGION[loc]
    dot = f"{whole}.{cents:02d}"
    comma = f"{whole},{cents:02d}"
    if region in ("US", "CA") and lang != "fr":
        return "$" + dot
    if region == "GB":
        return "£" + dot
    if region in ("IE",):
        return "€" + dot
    if region in ("AU", "NZ"):
        return "$" + dot + rng.choice(["", " AUD" if region == "AU" else " NZD"])
    if region == "IN":
        return "₹" + f"{whole * 80:,}"
    if region == "ZA":
        return "R" + f"{whole * 18}"
    if region == "MX":
        return "$" + f"{whole * 18:,}" + rng.choice(["", " MXN", " pesos"])
    if region in ("AR", "CO", "CL"):
        return "$" + f"{whole * 900:,}".replace(",", ".")
    if region == "BR":
        return "R$ " + comma
    if region == "CH":
        return "CHF " + dot
    if region == "AO":
        return f"{whole * 900:,}".replace(",", " ") + " Kz"
    if loc == "fr-CA":
        return comma + " $"
    return comma + rng.choice([" €", "€", " EUR"])


def _model(rng: random.Random) -> str:
    return rng.choice(
        [
            f"XR-{rng.randint(100, 990)}",
            f"A{rng.randint(10, 99)}",
            f"WH-{rng.randint(1, 9)}000XM{rng.randint(2, 6)}",
            f"SM-G{rng.randint(900, 999)}F",
            f"TX{rng.randint(1, 9)}{rng.randint(10, 99)}",
            f"Pro {rng.randint(12, 16)}",
            f"KX-{rng.randint(10, 99)}B",
        ]
    )


def _codes(rng: random.Random, kind: str, lang: str, loc: str) -> str:
    if kind == "order":
        return rng.choice(
            [
                d(rng, rng.randint(6, 8)),
                f"{d(rng, 3)}-{d(rng, 7, '0123456789')}",
                rng.choice(UP) + d(rng, 7),
                f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 7)}",
            ]
        )
    if kind == "tracking":
        return rng.choice(
            [
                "1Z"
                + "".join(rng.choice(UP + "0123456789") for _ in range(6))
                + d(rng, 10, "0123456789"),
                rng.choice(["LX", "RR", "CP", "LB"])
                + d(rng, 9)
                + rng.choice(["BR", "ES", "DE", "PT", "FR", "CN"]),
                d(rng, 20),
                "JD" + d(rng, 16, "0123456789"),
            ]
        )
    if kind == "invoice":
        return rng.choice(
            [
                f"FAC-{rng.randint(2023, 2026)}-{d(rng, 5, '0')}",
                f"INV-{d(rng, 6)}",
                f"F{rng.randint(2024, 2026)}/{d(rng, 4)}",
                f"RE-{d(rng, 7)}",
            ]
        )
    if kind == "ticket":
        return rng.choice(
            [d(rng, 5), d(rng, 6), f"TK-{d(rng, 5)}", f"CS-{d(rng, 6)}", f"INC{d(rng, 7, '0')}"]
        )
    if kind == "booking":
        s = "".join(rng.choice(UP) for _ in range(6))
        i = rng.randrange(6)
        return rng.choice(
            [s[:i] + str(rng.randint(2, 9)) + s[i + 1 :], f"HB-{d(rng, 6)}", f"RSV{d(rng, 5)}"]
        )
    if kind == "flight":
        return (
            rng.choice(["IB", "LH", "TP", "AM", "BA", "AF", "LA", "UX", "AV", "EI"])
            + rng.choice(["", " "])
            + str(rng.randint(10, 9899))
        )
    if kind == "store":
        return d(rng, rng.choice([3, 4]))
    if kind == "error_code":
        return rng.choice(
            [
                f"E-{d(rng, 3)}",
                f"ERR_{d(rng, 4)}",
                f"0x8007{d(rng, 4, '0123456789')}",
                str(rng.choice([401, 403, 404, 500, 502, 503])),
                f"E{d(rng, 2)}",
            ]
        )
    if kind == "room":
        return str(rng.randint(1, 12)) + f"{rng.randint(1, 40):02d}"
    if kind == "policy":
        return rng.choice(
            [f"POL-{d(rng, 8)}", f"{rng.choice(UP)}{rng.choice(UP)}-{d(rng, 7)}", d(rng, 8)]
        )
    if kind == "contract":
        return rng.choice(
            [
                f"CT-{rng.randint(2019, 2026)}-{d(rng, 4)}",
                f"{d(rng, 4)}/{rng.randint(2019, 2026)}",
                f"K{d(rng, 7)}",
            ]
        )
    raise ValueError(kind)


def must_keep(rng: random.Random, kind: str, lang: str, loc: str) -> str:
    """Draw one must-keep value, redrawn while it passes an identifier check."""
    for _ in range(200):
        text = _draw(rng, kind, lang, loc)
        if not v.passes_identifier_check(text):
            return text
    raise RuntimeError(kind)


def _draw(rng: random.Random, kind: str, lang: str, loc: str) -> str:
    region = v.LOCALE_REGION[loc]
    if kind == "zip":
        return _zip(rng, region)
    if kind == "date":
        return _date(rng, lang, loc)
    if kind == "time":
        return _time(rng, lang, loc)
    if kind == "price":
        return _price(rng, lang, loc)
    if kind == "quantity":
        return str(rng.choice([1, 2, 2, 3, 4, 5, 6, 10, 12]))
    if kind == "count":
        return str(rng.choice([2, 3, 3, 4, 5, 7, 10, 15, 20]))
    if kind == "product_model":
        return _model(rng)
    if kind == "version":
        return rng.choice(
            [
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}",
                f"v{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
                str(rng.randint(10, 15)),
            ]
        )
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "percentage":
        return f"{rng.choice([5, 10, 15, 20, 25, 30, 50])}{rng.choice(['%', ' %', '%'])}"
    if kind == "data_size":
        unit = {"fr": rng.choice(["Go", "Mo", "GB"])}.get(lang) or rng.choice(
            ["GB", "MB", "gb", " GB"]
        )
        return (
            f"{rng.choice([1, 2, 5, 10, 20, 50, 100, 500])}{unit}"
            if not unit.startswith(" ")
            else f"{rng.choice([2, 10, 64])}{unit}"
        )
    return _codes(rng, kind, lang, loc)


KINDS = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "postal_code",
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
    "pct": "percentage",
    "size": "data_size",
    "count": "count",
}
DRAW_KIND = {
    "model": "product_model",
    "error": "error_code",
    "pct": "percentage",
    "size": "data_size",
}
