"""Hard negatives: numbers and codes a redactor must leave visible."""

from __future__ import annotations

import random
import string

from . import values as V

U = string.ascii_uppercase
CUR = {
    "en": ["${}", "£{}", "{} USD"],
    "es": ["{} €", "{}€", "${}", "{} pesos"],
    "fr": ["{} €", "{}€", "{} $"],
    "de": ["{} €", "{} EUR", "CHF {}"],
    "pt": ["R$ {}", "{} €", "R${}"],
}
PLATES = [
    lambda r: V.lookalike_digits(r, 4) + " " + V._l(r, 3, "BCDFGHJKLMNPRSTVWXYZ"),
    lambda r: V._l(r, 2) + "-" + V._d(r, 3) + "-" + V._l(r, 2),
    lambda r: V._l(r, 3) + V._d(r, 1) + V._l(r, 1) + V._d(r, 2),
    lambda r: "M-" + V._l(r, 2) + " " + V.lookalike_digits(r, 4),
]


def keep(rng: random.Random, kind: str, lang: str, locale: str) -> str:
    r = rng
    num = lambda n: V.lookalike_digits(r, n)  # noqa: E731
    if kind == "order_number":
        return r.choice(
            ["#" + num(r.randint(6, 10)), num(r.randint(7, 11)), "A-" + num(6), V._l(r, 2) + num(8)]
        )
    if kind == "ticket_number":
        return r.choice(
            ["#" + num(r.randint(5, 8)), "INC" + num(7), "CS-" + num(6), num(r.choice([6, 7, 8]))]
        )
    if kind == "invoice_number":
        return r.choice(
            [
                "FAC-" + str(r.randint(2023, 2026)) + "-" + num(6),
                "INV-" + num(5),
                "RE" + num(8),
                num(10),
            ]
        )
    if kind == "contract_number":
        return r.choice(["CT-" + num(7), num(r.choice([8, 10, 11])), "VTR" + num(6)])
    if kind == "policy_number":
        return r.choice(["POL-" + num(8), "AP" + num(7), num(10)])
    if kind == "tracking_number":
        return r.choice(
            [
                "1Z" + V._l(r, 6, U + string.digits) + V._d(r, 10),
                "LX" + V._d(r, 9) + "BR",
                "JJD" + V._d(r, 14),
                "RR" + V._d(r, 9) + "PT",
                "CP" + V._d(r, 9) + "FR",
            ]
        )
    if kind == "postal_code":
        c = locale.split("-")[1]
        return {
            "US": V._d(r, 5) + r.choice(["", "-" + V._d(r, 4)]),
            "BR": V._d(r, 5) + "-" + V._d(r, 3),
            "PT": V._d(r, 4) + "-" + V._d(r, 3),
            "GB": "SW" + str(r.randint(1, 9)) + "A " + str(r.randint(1, 9)) + "AA",
            "CA": "H"
            + str(r.randint(1, 9))
            + "A "
            + str(r.randint(1, 9))
            + "B"
            + str(r.randint(1, 9)),
            "AT": V._d(r, 4),
            "CH": V._d(r, 4),
            "BE": V._d(r, 4),
        }.get(c, V._d(r, 5))
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2026)
        if lang == "en" and locale.endswith("US"):
            return r.choice([f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}"])
        if lang == "de":
            return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d:02d}.{m:02d}."])
        return r.choice(
            [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d:02d}/{m:02d}", f"{y}-{m:02d}-{d:02d}"]
        )
    if kind == "time":
        h, mi = r.randint(7, 22), r.choice([0, 15, 30, 45, 10, 5])
        return r.choice(
            [
                f"{h}:{mi:02d}",
                f"{h}h{mi:02d}" if lang in ("fr", "pt", "es") else f"{h}:{mi:02d}",
                f"{h % 12 or 12}pm"
                if lang == "en"
                else f"{h} Uhr"
                if lang == "de"
                else f"{h}:{mi:02d}",
            ]
        )
    if kind == "price":
        a = r.choice(
            [
                f"{r.randint(5, 300)}",
                f"{r.randint(5, 999)},{r.randint(0, 99):02d}",
                f"{r.randint(5, 999)}.{r.randint(0, 99):02d}",
            ]
        )
        return r.choice(CUR[lang]).format(a)
    if kind in ("quantity", "count"):
        return str(r.randint(2, 12))
    if kind == "percentage":
        return r.choice(
            [
                f"{r.randint(5, 80)}%",
                f"{r.randint(5, 80)} %",
                f"{r.randint(1, 9)},{r.randint(1, 9)}%",
            ]
        )
    if kind == "product_model":
        return r.choice(
            [
                "SM-A" + V._d(r, 3) + "B",
                "iPhone " + str(r.randint(11, 16)),
                "WH-" + V._d(r, 4) + "XM" + str(r.randint(3, 5)),
                "Fritz!Box " + V._d(r, 4),
                "HG" + V._d(r, 4),
                "Moto g" + V._d(r, 2),
                "X" + V._d(r, 3) + "-" + V._l(r, 2),
            ]
        )
    if kind == "version":
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(10, 18)}.{r.randint(0, 6)}",
                f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}",
                f"Android {r.randint(10, 15)}",
            ]
        )
    if kind == "error_code":
        return r.choice(
            [
                "E-" + V._d(r, 4),
                "0x8007" + V._d(r, 4),
                "ERR_" + V._d(r, 3),
                str(r.choice([404, 500, 502, 503, 403])),
                "F" + V._d(r, 2),
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                f"{r.randint(1, 100)} GB",
                f"{r.randint(100, 900)}MB",
                f"{r.randint(1, 9)},{r.randint(1, 9)} Go",
                f"{r.randint(2, 50)}GB",
            ]
        )
    if kind == "year":
        return str(r.randint(1998, 2026))
    if kind == "flight_number":
        return (
            r.choice(["IB", "LH", "AF", "TP", "LA", "AM", "BA", "UA", "G3"])
            + r.choice(["", " "])
            + str(r.randint(100, 9999))
        )
    if kind == "booking_reference":
        return V._l(r, 2) + V._d(r, 1) + V._l(r, 1) + V._d(r, 1) + V._l(r, 1)
    if kind == "store_number":
        return r.choice(["#" + num(4), num(4), "T-" + V._d(r, 3)])
    if kind == "room_number":
        return str(r.randint(101, 1450))
    if kind == "meter_reading":
        return num(r.choice([4, 5, 6])) + r.choice(["", " kWh", " m3"]).replace("m3", "m³")
    if kind == "plate_number":
        return r.choice(PLATES)(r)
    if kind == "seat_number":
        return str(r.randint(1, 42)) + r.choice("ABCDEF")
    if kind == "customer_number":
        return num(r.choice([6, 7, 8, 10, 11]))
    if kind == "duration":
        return str(r.randint(2, 48))
    raise ValueError(kind)
