"""Hard negatives (must_keep): numbers a redactor must leave alone, drawn per locale."""

from __future__ import annotations

import random
import re
import string

from . import values as v

UP = string.ascii_uppercase.replace("O", "").replace("I", "")


def _d(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + v.digits(rng, n - 1)


def _date(rng: random.Random, locale: str) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    region = v.REGION[locale]
    if region == "US":
        return rng.choice([f"{month}/{day}/{year}", f"{month:02d}/{day:02d}", f"{month}/{day}"])
    if region in ("DE", "AT", "CH") and locale.startswith("de"):
        return rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day}.{month}."])
    if rng.random() < 0.2:
        return f"{year}-{month:02d}-{day:02d}"
    return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day}/{month}"])


def _price(rng: random.Random, locale: str) -> str:
    units, cents = rng.randint(3, 899), rng.choice([0, 99, 50, 90, 95, 49])
    region = v.REGION[locale]
    comma = f"{units},{cents:02d}"
    dot = f"{units}.{cents:02d}"
    table = {
        "US": ["$" + dot, f"${units}", f"USD {dot}"],
        "CA": ["$" + dot, f"{comma} $"],
        "GB": ["£" + dot, f"£{units}"],
        "IE": ["€" + dot],
        "AU": ["$" + dot, f"AUD {units}"],
        "NZ": ["$" + dot],
        "ZA": [f"R{dot}", f"R {units}"],
        "IN": [f"₹{units * 10}", f"Rs {units}"],
        "MX": [f"${dot} MXN", f"${units}"],
        "AR": [f"${units * 100}", f"ARS {units}"],
        "CO": [f"${units * 1000}", f"COP {units}"],
        "CL": [f"${units * 100}", f"CLP {units}"],
        "BR": [f"R$ {comma}", f"R${comma}"],
        "AO": [f"{units * 100} Kz", f"Kz {units}"],
        "CH": [f"CHF {dot}", f"Fr. {dot}"],
    }
    return rng.choice(table.get(region, [f"{comma} €", f"{comma}€", f"€{comma}", f"{units} euros"]))


def _zip(rng: random.Random, locale: str) -> str:
    region = v.REGION[locale]
    if region == "US":
        return rng.choice([_d(rng, 5), _d(rng, 5) + "-" + v.digits(rng, 4)])
    if region == "GB":
        return rng.choice(["SW{} {}{}{}", "M{} {}{}{}", "EH{} {}{}{}", "B{} {}{}{}"]).format(
            rng.randint(1, 19),
            rng.randint(1, 9),
            rng.choice(UP),
            rng.choice(UP),
        )
    if region == "CA":
        return "{}{}{} {}{}{}".format(
            rng.choice("KMHTV"),
            rng.randint(1, 9),
            rng.choice(UP),
            rng.randint(0, 9),
            rng.choice(UP),
            rng.randint(0, 9),
        )
    if region == "BR":
        return _d(rng, 5) + "-" + v.digits(rng, 3)
    if region == "PT":
        return _d(rng, 4) + "-" + v.digits(rng, 3)
    if region == "IE":
        head = f"D{rng.randint(1, 24):02d}"
        return f"{head} {rng.choice(UP)}{rng.randint(1, 9)}{rng.choice(UP)}{rng.randint(1, 9)}"
    if region in ("AT", "CH", "BE", "AU", "ZA", "NZ", "AR"):
        return _d(rng, 4)
    if region == "IN":
        return _d(rng, 6)
    if region == "CL":
        return _d(rng, 7)
    if region == "CO":
        return _d(rng, 6)
    if region == "AO":
        return _d(rng, 4)
    return f"{rng.randint(1, 95):02d}{rng.randint(0, 999):03d}"


def _model(rng: random.Random) -> str:
    return rng.choice(
        [
            "XPS %d",
            "Galaxy S%d",
            "iPhone %d",
            "Pixel %d",
            "WH-%dXM5",
            "A%d",
            "RTX %d",
            "Moto G%d",
            "Redmi Note %d",
            "MX-%d",
            "KX-%d",
        ]
    ).replace("%d", str(rng.choice([5, 7, 8, 12, 13, 14, 15, 23, 24, 40, 300])))


def _ordinal(rng: random.Random, prefixes: list[str], n: int) -> str:
    return rng.choice(prefixes) + _d(rng, n)


def make(kind: str, rng: random.Random, locale: str) -> str:
    if kind == "order":
        return rng.choice(["#", "", "ORD-", "PED-", "A", "", "BE-"]) + _d(
            rng, rng.choice([6, 7, 8, 10])
        )
    if kind == "track":
        return rng.choice(
            [
                "1Z{}{}".format("".join(rng.choice(UP) for _ in range(6)), _d(rng, 10)),
                "{}{}BR".format(rng.choice(["LB", "NX", "OA"]), _d(rng, 9)),
                f"JD{_d(rng, 14)}",
                f"{_d(rng, 12)}DE",
                _d(rng, 12),
            ]
        )
    if kind == "zip":
        return _zip(rng, locale)
    if kind == "date":
        return _date(rng, locale)
    if kind == "time":
        hour, minute = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 5, 50])
        if locale in ("en-US", "en-CA", "en-AU", "en-IN", "en-NZ") and rng.random() < 0.6:
            return "{}:{:02d}{}".format(
                hour % 12 or 12, minute, rng.choice(["pm", "am", " pm", "PM"])
            )
        return rng.choice([f"{hour}:{minute:02d}", f"{hour}h{minute:02d}", f"{hour}h"])
    if kind == "price":
        return _price(rng, locale)
    if kind == "qty":
        return str(rng.randint(2, 12))
    if kind == "model":
        return _model(rng)
    if kind == "version":
        return rng.choice(["v{}.{}.{}", "{}.{}.{}", "{}.{} build {}"]).format(
            rng.randint(1, 17),
            rng.randint(0, 9),
            rng.randint(0, 40),
        )
    if kind == "invoice":
        return rng.choice(["INV-{}-{}", "FA{}-{}", "F-{}/{}", "NF {}-{}"]).format(
            rng.choice([2024, 2025]),
            _d(rng, 5),
        )
    if kind == "ticket":
        return rng.choice(["#", "TCK-", "CS-", "", "SR"]) + _d(rng, rng.choice([5, 6, 7]))
    if kind == "booking":
        return "".join(rng.choice(UP + "23456789") for _ in range(6))
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "flight":
        return rng.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "FR", "DL", "G3"]) + str(
            rng.randint(10, 8999)
        )
    if kind == "store":
        return str(rng.randint(2, 980))
    if kind == "error":
        return rng.choice(
            [
                f"E{rng.randint(10, 999)}",
                f"0x{rng.randint(0x80000000, 0x8FFFFFFF):08X}",
                f"{rng.choice([403, 404, 500, 502, 503])}",
                f"ERR-{rng.randint(100, 9999)}",
            ]
        )
    if kind == "room":
        return str(rng.randint(101, 1520))
    if kind == "policy":
        return rng.choice(["POL-", "PL", "AP-", ""]) + _d(rng, 7)
    if kind == "contract":
        return rng.choice(["CT-", "C", "K-", "VT-"]) + _d(rng, 6)
    if kind == "percent":
        return rng.choice(["{}%", "{} %", "{},5%"]).format(rng.randint(5, 70))
    if kind == "data":
        return rng.choice(["{} GB", "{}GB", "{} MB", "{} Mbps", "{} TB"]).format(
            rng.choice([2, 5, 10, 20, 50, 100, 300, 500])
        )
    if kind == "count":
        return str(rng.randint(2, 40))
    if kind == "days":
        return str(rng.randint(2, 30))
    if kind == "digits":
        return str(rng.choice([3, 4, 6, 8, 11, 16]))
    raise KeyError(kind)


KINDS = {
    "order": "order_number",
    "track": "tracking_number",
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
    "percent": "percentage",
    "data": "data_size",
    "count": "count",
    "days": "duration",
    "digits": "count",
}


def draw(kind: str, rng: random.Random, locale: str) -> str:
    """A must_keep value whose digit runs pass none of the identifier checks."""
    while True:
        value = make(kind, rng, locale)
        runs = re.findall(r"\d+", value)
        if not any(v.looks_like_identifier(run) for run in runs):
            return value
