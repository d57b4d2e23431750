"""Numbers that must stay visible (hard negatives), drawn per locale.

Every draw is retried until it fails every identifier check in `values.looks_like_identifier`,
so a must-keep value can never be mistaken for PII by a correct detector.
"""

from __future__ import annotations

import random
import string

from .values import digits, letters, looks_like_identifier

U = "ABCDEFGHJKMNPQRSTUVWXYZ"  # no O, I, L: they would read as disguised digits


def _postal(rng: random.Random, r: str) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    if r == "US":
        z = rng.choice("123456789") + d(4)
        return z if rng.random() < 0.6 else f"{z}-{d(4)}"
    if r == "GB":
        return (
            f"{rng.choice(['SW', 'M', 'EH', 'B', 'LS', 'N', 'CF'])}{rng.randint(1, 19)} "
            f"{rng.randint(1, 9)}{letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        )
    if r == "IE":
        return (
            f"D{rng.randint(1, 24):02d} {letters(rng, 1, 'ACDEFHKNPRTVWXY')}{d(1)}"
            f"{letters(rng, 1, 'ACDEFHKNPRTVWXY')}{d(1)}"
        )
    if r == "CA":
        return (
            f"{rng.choice('KMHTV')}{d(1)}{rng.choice('ABCEGHJ')} {d(1)}{rng.choice('ABCEGH')}{d(1)}"
        )
    if r == "AU":
        return rng.choice("2345") + d(3)
    if r == "NZ":
        return rng.choice("0123456789") + d(3)
    if r == "IN":
        return rng.choice("1234567") + d(5)
    if r in ("ES", "MX", "FR", "DE"):
        return rng.choice("1234") + d(4)
    if r in ("AT", "CH", "BE"):
        return rng.choice("123456789") + d(3)
    if r == "BR":
        return f"{rng.choice('0123456789')}{d(4)}-{d(3)}"
    if r == "PT":
        return f"{rng.choice('1234')}{d(3)}-{d(3)}"
    if r == "AR":
        return rng.choice(["C", "B", "X"]) + rng.choice("1234") + d(3) + letters(rng, 3, U)
    if r in ("CO", "CL"):
        return rng.choice("1234567") + d(5)
    raise ValueError(r)


def _date(rng: random.Random, r: str, lang: str) -> str:
    day, mon, yr = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    if r == "US" or (r == "CA" and lang == "en"):
        return rng.choice([f"{mon}/{day}/{yr}", f"{mon:02d}/{day:02d}", f"{mon}/{day}"])
    if lang == "de":
        return rng.choice([f"{day:02d}.{mon:02d}.{yr}", f"{day}.{mon}.", f"{day:02d}.{mon:02d}."])
    return rng.choice(
        [
            f"{day:02d}/{mon:02d}/{yr}",
            f"{day}/{mon}",
            f"{day:02d}/{mon:02d}",
            f"{yr}-{mon:02d}-{day:02d}",
        ]
    )


def _time(rng: random.Random, r: str, lang: str) -> str:
    h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 20, 50])
    if lang == "en" and r in ("US", "CA", "AU", "NZ", "IN"):
        return rng.choice(
            [
                f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}",
                f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}",
                f"{h}:{m:02d}",
            ]
        )
    if lang == "fr":
        return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"])
    return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}"])


CUR = {
    "US": "$",
    "CA": "$",
    "AU": "$",
    "NZ": "$",
    "GB": "£",
    "IE": "€",
    "IN": "₹",
    "ES": "€",
    "FR": "€",
    "BE": "€",
    "DE": "€",
    "AT": "€",
    "PT": "€",
    "CH": "CHF ",
    "MX": "$",
    "AR": "$",
    "CO": "$",
    "CL": "$",
    "BR": "R$ ",
}


def _price(rng: random.Random, r: str, lang: str) -> str:
    whole = rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)])
    cents = rng.choice([0, 99, 90, 50, 95, 49])
    cur = CUR[r]
    comma = lang != "en" and r not in ("MX", "CH")
    ws = f"{whole:,}".replace(",", "." if comma else ",") if whole >= 1000 else str(whole)
    amount = ws + (f"{',' if comma else '.'}{cents:02d}" if cents or rng.random() < 0.5 else "")
    if cur == "€" and lang != "en" and rng.random() < 0.7:
        return f"{amount} €" if rng.random() < 0.6 else f"{amount}€"
    return f"{cur}{amount}"


def draw(kind: str, rng: random.Random, region: str, lang: str) -> str:
    for _ in range(200):
        v = _draw(kind, rng, region, lang)
        if not looks_like_identifier(v, region):
            return v
    raise RuntimeError(kind)


def _draw(kind: str, rng: random.Random, r: str, lang: str) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    nz = lambda: rng.choice("123456789")  # noqa: E731
    if kind == "order_number":
        return rng.choice(
            [
                f"#{nz()}{d(5)}",
                f"#{nz()}{d(6)}",
                f"{nz()}{d(6)}",
                f"ORD-{d(6)}",
                f"{letters(rng, 2, U)}{d(6)}",
                f"{nz()}{d(2)}-{d(7)}",
                f"{nz()}{d(4)}",
                f"#{d(4)}-{d(3)}",
            ]
        )
    if kind == "tracking_number":
        return rng.choice(
            [
                f"1Z{''.join(rng.choice(U + string.digits) for _ in range(16))}",
                f"{letters(rng, 2, U)}{d(9)}"
                f"{rng.choice(['ES', 'BR', 'PT', 'FR', 'DE', 'GB', 'US', 'CN'])}",
                f"JJD{d(15)}",
                f"{nz()}{d(11)}",
            ]
        )
    if kind == "postal_code":
        return _postal(rng, r)
    if kind == "date":
        return _date(rng, r, lang)
    if kind == "time":
        return _time(rng, r, lang)
    if kind in ("price", "plan_amount"):
        return _price(rng, r, lang)
    if kind in ("quantity", "count"):
        return str(rng.choice([2, 3, 4, 5, 6, 10, 12, 20, 24, 48, 100]))
    if kind == "product_model":
        return rng.choice(
            [
                f"{letters(rng, 2, U)}-{d(4)}",
                f"{letters(rng, 3, U)}{d(3)}",
                f"{letters(rng, 2, U)}-{letters(rng, 1, U)}{d(3)}{letters(rng, 1, U)}",
                f"X{d(2)}",
                f"{letters(rng, 1, U)}{d(2)} Pro",
                f"{d(2)}{letters(rng, 2, U)}",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 40)}.{rng.randint(0, 300)}",
            ]
        )
    if kind == "invoice_number":
        return rng.choice(
            [
                f"INV-{rng.randint(2023, 2026)}-{d(5)}",
                f"F{rng.randint(2023, 2026)}/{d(4)}",
                f"FAC-{d(6)}",
                f"RE-{d(7)}",
                f"NF {d(6)}",
            ]
        )
    if kind == "ticket_number":
        return rng.choice(
            [f"#{nz()}{d(5)}", f"CS-{d(7)}", f"TCK-{d(5)}", f"INC{d(7)}", f"{nz()}{d(6)}"]
        )
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "flight_number":
        return (
            rng.choice(
                [
                    "IB",
                    "BA",
                    "LH",
                    "TP",
                    "AF",
                    "AM",
                    "LA",
                    "AA",
                    "EI",
                    "QF",
                    "AI",
                    "AC",
                    "NZ",
                    "UX",
                    "AD",
                    "AR",
                    "AV",
                ]
            )
            + rng.choice(["", " "])
            + str(rng.randint(10, 6999))
        )
    if kind == "store_number":
        return rng.choice(
            [f"#{rng.randint(10, 999)}", str(rng.randint(100, 2999)), f"{rng.randint(1, 999):04d}"]
        )
    if kind == "error_code":
        return rng.choice(
            [
                f"E-{d(4)}",
                f"0x{d(4)}{rng.choice('ABCDEF')}{d(3)}",
                f"ERR_{d(3)}",
                str(rng.choice([400, 401, 403, 404, 500, 502, 503])),
                f"E{d(2)}",
                f"{letters(rng, 3, U)}-{d(3)}",
            ]
        )
    if kind == "data_size":
        size = rng.choice(["2", "5", "10", "15", "20", "50", "100", "500", "1,5", "2.5"])
        return size + rng.choice(["GB", " GB", "MB", " MB", "gb", "TB"])
    if kind == "room_number":
        return rng.choice([str(rng.randint(101, 1520)), f"{rng.randint(1, 9)}{rng.choice('ABC')}"])
    if kind == "policy_number":
        return rng.choice(
            [f"POL-{d(7)}", f"{letters(rng, 3, U)}{d(8)}", f"{d(3)}-{d(3)}-{d(3)}X", f"PL{d(6)}"]
        )
    if kind == "meter_reading":
        return rng.choice([f"0{d(4)}", f"{nz()}{d(4)}", f"{nz()}{d(3)},{d(1)}"])
    if kind == "contract_number":
        return rng.choice(
            [
                f"CT-{rng.randint(2019, 2026)}-{d(6)}",
                f"{letters(rng, 2, U)}{d(9)}",
                f"VN {d(8)}",
                f"C-{d(7)}",
            ]
        )
    if kind == "percentage":
        n = rng.choice(["5", "10", "15", "20", "25", "30", "50", "2,5", "7.5", "100"])
        return n + rng.choice(["%", " %", "%"])
    if kind == "booking_reference":
        while True:
            s = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s
    if kind == "address_number":
        if r in ("AT", "ES", "AR") and rng.random() < 0.3:  # Stiege/Tür, piso: "12/3"
            return f"{rng.randint(1, 30)}/{rng.randint(1, 9)}"
        return rng.choice(
            [
                str(rng.randint(1, 250)),
                str(rng.randint(1, 40)),
                f"{rng.randint(1, 99)}{rng.choice('ab' if lang == 'de' else 'AB')}",
            ]
        )
    if kind == "duration":
        return str(rng.choice([2, 3, 5, 10, 15, 20, 30, 45, 48, 72]))
    raise ValueError(kind)


KINDS = {
    "order_number",
    "tracking_number",
    "postal_code",
    "date",
    "time",
    "price",
    "plan_amount",
    "quantity",
    "count",
    "product_model",
    "version",
    "invoice_number",
    "ticket_number",
    "year",
    "flight_number",
    "store_number",
    "error_code",
    "data_size",
    "room_number",
    "policy_number",
    "meter_reading",
    "contract_number",
    "percentage",
    "booking_reference",
    "address_number",
    "duration",
}
