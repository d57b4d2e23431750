"""Hard negatives: numbers that sit next to PII in real chats and must survive redaction."""

from __future__ import annotations

import random
import string

from . import values as V

U = string.ascii_uppercase


def _num(rng: random.Random, lo: int, hi: int) -> str:
    return V.rdig(rng, 1).replace("0", "7") + V.rdig(rng, rng.randint(lo, hi) - 1)


def zip_code(rng: random.Random, c: str) -> str:
    if c == "US":
        z = f"{rng.randint(10000, 99950)}"
        return z + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.5 else "")
    if c == "GB":
        return (
            rng.choice(["SW", "M", "LS", "EC", "B", "G"])
            + str(rng.randint(1, 20))
            + " "
            + str(rng.randint(1, 9))
            + rng.choice(U)
            + rng.choice(U)
        )
    if c == "CA":
        d = [rng.randint(0, 9) for _ in range(3)]
        return f"{rng.choice('KMHTV')}{d[0]}{rng.choice(U)} {d[1]}{rng.choice(U)}{d[2]}"
    if c == "IE":
        return f"D{rng.randint(1, 24):02d} {rng.choice(U)}{rng.randint(100, 999)}"
    if c == "BR":
        return f"{rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}"
    if c == "PT":
        return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
    if c == "AR":
        letters = "".join(rng.choice(U) for _ in range(3))
        return f"{rng.choice('BCSX')}{rng.randint(1000, 9999)}{letters}"
    if c in ("AT", "CH", "BE", "AU", "NZ", "ZA"):
        return str(rng.randint(1000, 9999))
    if c in ("IN", "CO"):
        return str(rng.randint(110000, 799999))
    if c == "CL":
        return str(rng.randint(1000000, 9999999))
    return f"{rng.randint(1000, 99999):05d}"


CURRENCY = {
    "US": ("$", "."),
    "GB": ("£", "."),
    "IE": ("€", "."),
    "CA": ("$", "."),
    "AU": ("$", "."),
    "NZ": ("$", "."),
    "IN": ("₹", "."),
    "ZA": ("R", "."),
    "MX": ("$", "."),
    "AR": ("$", ","),
    "CO": ("$", ","),
    "CL": ("$", ","),
    "ES": ("€", ","),
    "FR": ("€", ","),
    "BE": ("€", ","),
    "CH": ("CHF", "."),
    "DE": ("€", ","),
    "AT": ("€", ","),
    "BR": ("R$", ","),
    "PT": ("€", ","),
    "AO": ("Kz", ","),
}


def price(rng: random.Random, c: str) -> str:
    sym, dec = CURRENCY.get(c, ("$", "."))
    whole = rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)])
    cents = rng.choice([0, 99, 50, 90, 95, rng.randint(1, 99)])
    thou = "," if dec == "." else "."
    w = f"{whole:,}".replace(",", thou) if whole >= 1000 and rng.random() < 0.7 else str(whole)
    amount = w if (cents == 0 and rng.random() < 0.5) else f"{w}{dec}{cents:02d}"
    if c in ("ES", "FR", "BE", "DE", "AT", "PT", "AO", "CH") and rng.random() < 0.7:
        return f"{amount} {sym}" if sym != "CHF" else f"CHF {amount}"
    if sym in ("R$", "CHF") or rng.random() < 0.15:
        return f"{sym} {amount}"
    return sym + amount


def date(rng: random.Random, c: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026, 2027])
    if c == "US":
        return rng.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{m:02d}/{d:02d}/{y % 100:02d}"])
    if c in ("DE", "AT", "CH"):
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}.{m}.{y % 100:02d}"])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}",
            f"{d:02d}/{m:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}-{m}-{y}",
        ]
    )


def time(rng: random.Random, c: str) -> str:
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
    if c in ("US", "CA", "AU", "IN", "NZ") and rng.random() < 0.6:
        return (
            f"{(h - 1) % 12 + 1}:{mi:02d}{rng.choice(['pm', 'am', ' pm', 'PM'])}"
            if mi
            else f"{(h - 1) % 12 + 1}{rng.choice(['pm', 'am'])}"
        )
    if c in ("FR", "BE", "CH") and rng.random() < 0.5:
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    return f"{h}:{mi:02d}" if rng.random() < 0.8 else f"{h}.{mi:02d}"


MODELS = [
    "XR-{a}",
    "SM-A{a}B",
    "WH-{b}XM4",
    "Pixel {s}",
    "iPhone {s}",
    "TV-{a}QX",
    "Moto G{s}",
    "RT-AX{b}",
    "KX-{a}",
    "Galaxy S{s}",
    "Redmi Note {s}",
    "EX{a}",
]


def generate(kind: str, rng: random.Random, locale: str) -> str:
    c = V.country(locale)
    for _ in range(200):
        v = _gen(kind, rng, c)
        if not V.id_like(v):
            return v
    raise RuntimeError("could not draw a must_keep that is not id-like: " + kind)


def _gen(kind: str, rng: random.Random, c: str) -> str:
    r = rng
    if kind == "order_number":
        return r.choice(
            [
                _num(r, 6, 9),
                "ORD-" + _num(r, 5, 7),
                f"{r.choice(U)}{r.choice(U)}-{_num(r, 6, 8)}",
                _num(r, 3, 3) + "-" + _num(r, 7, 7),
            ]
        )
    if kind == "tracking_number":
        return r.choice(
            [
                "1Z" + "".join(r.choice(U + string.digits) for _ in range(16)),
                r.choice(["LX", "RR", "CP", "LB"])
                + _num(r, 9, 9)
                + r.choice(["CN", "ES", "BR", "DE", "FR"]),
                _num(r, 12, 12),
                "JJD" + _num(r, 14, 14),
            ]
        )
    if kind == "postal_code":
        return zip_code(r, c)
    if kind == "date":
        return date(r, c)
    if kind == "time":
        return time(r, c)
    if kind == "price":
        return price(r, c)
    if kind == "quantity" or kind == "count":
        return str(r.choice([1, 2, 2, 3, 3, 4, 5, 6, 10, 12, 20]))
    if kind == "product_model":
        a, b, s = r.randint(100, 990), r.choice([1000, 5400, 88, 3000]), r.randint(6, 24)
        return r.choice(MODELS).format(a=a, b=b, s=s)
    if kind == "version":
        return r.choice(
            [
                f"{r.randint(1, 18)}.{r.randint(0, 9)}.{r.randint(0, 12)}",
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}",
                f"{r.randint(2, 6)}.{r.randint(0, 40)}",
            ]
        )
    if kind == "invoice_number":
        return r.choice(
            [
                f"INV-{r.choice([2025, 2026])}-{_num(r, 5, 5)}",
                f"FA{_num(r, 6, 8)}",
                f"F-{_num(r, 4, 6)}",
                _num(r, 7, 8),
            ]
        )
    if kind == "ticket_number":
        return r.choice(
            [_num(r, 5, 7), "TK-" + _num(r, 5, 6), "#" + _num(r, 6, 6), "CS" + _num(r, 6, 8)]
        )
    if kind == "booking_reference":
        return (
            "".join(r.choice(U + string.digits) for _ in range(6))
            if r.random() < 0.7
            else f"{r.choice(U)}{r.choice(U)}{_num(r, 4, 4)}"
        )
    if kind == "year":
        return str(r.randint(1998, 2026))
    if kind == "flight_number":
        return (
            r.choice(["IB", "LH", "AF", "TP", "BA", "AM", "LA", "UX", "FR", "AA", "G3"])
            + r.choice(["", " "])
            + str(r.randint(100, 8999))
        )
    if kind in ("store_number", "room_number"):
        return str(r.randint(12, 990))
    if kind == "error_code":
        return r.choice(
            [
                f"E{r.randint(10, 999)}",
                f"0x8{r.randint(1000000, 9999999):07X}",
                str(r.choice([400, 401, 403, 404, 500, 502, 503])),
                f"ERR-{r.randint(100, 9999)}",
            ]
        )
    if kind == "policy_number":
        return r.choice(
            [
                "POL-" + _num(r, 7, 8),
                _num(r, 2, 2) + "/" + _num(r, 6, 7),
                r.choice(U) + _num(r, 7, 8),
            ]
        )
    if kind == "contract_number":
        return r.choice(
            [
                f"CT-{r.choice([2024, 2025, 2026])}-{_num(r, 4, 5)}",
                _num(r, 6, 8),
                f"{r.choice(U)}{r.choice(U)}{_num(r, 6, 7)}",
            ]
        )
    if kind == "percentage":
        return r.choice(
            [
                f"{r.randint(5, 70)}%",
                f"{r.randint(5, 50)} %",
                f"{r.randint(1, 9)},{r.randint(1, 9)}%",
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                f"{r.choice([5, 10, 20, 50, 100, 250])}GB",
                f"{r.choice([1, 2, 3, 8])} GB",
                f"{r.choice([200, 500, 750])}MB",
                f"{r.choice([1, 2])}TB",
            ]
        )
    if kind == "amount_of_days" or kind == "days":
        return str(r.randint(2, 30))
    if kind == "extension":
        return str(r.randint(100, 4999))
    if kind == "seat":
        return f"{r.randint(1, 40)}{r.choice('ABCDEF')}"
    if kind == "address_number":
        return str(r.randint(1, 999))
    if kind == "speed":
        return f"{r.choice([100, 300, 600, 1000])} {r.choice(['Mbps', 'mb', 'megas', 'Mbit/s'])}"
    raise KeyError(kind)


ALIASES = {
    "order": "order_number",
    "track": "tracking_number",
    "zip": "postal_code",
    "cp": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "ver": "version",
    "inv": "invoice_number",
    "ticket": "ticket_number",
    "book": "booking_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "err": "error_code",
    "room": "room_number",
    "policy": "policy_number",
    "contract": "contract_number",
    "pct": "percentage",
    "data": "data_size",
    "count": "count",
    "seat": "seat",
    "ext": "extension",
    "speed": "speed",
}
