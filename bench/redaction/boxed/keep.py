"""Hard negatives: numbers a customer types next to PII that a redactor must leave visible."""

from __future__ import annotations

from .values import DIG, UP, _d, lookalike


def _alnum(rng, n):
    while True:
        s = "".join(rng.choice(UP + DIG) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


POSTAL = {
    "US": lambda r: r.choice([_d(r, 5), _d(r, 5) + "-" + _d(r, 4)]),
    "GB": lambda r: (
        r.choice(["SW1A", "M1", "LS6", "EH8", "B15"]) + " " + _d(r, 1) + r.choice(UP) + r.choice(UP)
    ),
    "ES": lambda r: r.choice(["28", "08", "41", "46"]) + _d(r, 3),
    "MX": lambda r: r.choice(["06", "44", "64"]) + _d(r, 3),
    "BR": lambda r: _d(r, 5) + "-" + _d(r, 3),
    "FR": lambda r: r.choice(["75", "69", "13", "33"]) + "0" + _d(r, 2),
    "DE": lambda r: r.choice(["10", "80", "20", "50"]) + _d(r, 3),
    "PT": lambda r: r.choice(["1", "4", "3"]) + _d(r, 3) + "-" + _d(r, 3),
}
MONEY = {
    "US": lambda r, a: f"${a}.{_d(r, 2)}",
    "GB": lambda r, a: f"£{a}.{_d(r, 2)}",
    "ES": lambda r, a: f"{a},{_d(r, 2)} €",
    "MX": lambda r, a: r.choice([f"${a} MXN", f"{a} pesos"]),
    "BR": lambda r, a: f"R$ {a},{_d(r, 2)}",
    "FR": lambda r, a: f"{a},{_d(r, 2)}€",
    "DE": lambda r, a: r.choice([f"{a},{_d(r, 2)} EUR", f"{a} €"]),
    "PT": lambda r, a: f"{a},{_d(r, 2)}€",
}
PLATES = {
    "US": lambda r: _d(r, 1) + "".join(r.choice(UP) for _ in range(3)) + _d(r, 3),
    "GB": lambda r: (
        r.choice(UP) + r.choice(UP) + _d(r, 2) + " " + "".join(r.choice(UP) for _ in range(3))
    ),
    "ES": lambda r: _d(r, 4) + " " + "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)),
    "MX": lambda r: "".join(r.choice(UP) for _ in range(3)) + "-" + _d(r, 3) + "-" + r.choice(UP),
    "BR": lambda r: "".join(r.choice(UP) for _ in range(3)) + _d(r, 1) + r.choice(UP) + _d(r, 2),
    "FR": lambda r: (
        r.choice(UP) + r.choice(UP) + "-" + _d(r, 3) + "-" + r.choice(UP) + r.choice(UP)
    ),
    "DE": lambda r: (
        r.choice(["B", "M", "HH", "K"]) + "-" + r.choice(UP) + r.choice(UP) + " " + _d(r, 4)
    ),
    "PT": lambda r: (
        r.choice(UP) + r.choice(UP) + "-" + _d(r, 2) + "-" + r.choice(UP) + r.choice(UP)
    ),
}


def _date(rng, country):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    if country == "US":
        return rng.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"])
    if country == "DE":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d:02d}.{m:02d}.{y % 100:02d}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d:02d}/{m:02d}"])


def draw_keep(kind: str, rng, country: str) -> str:
    r = rng
    f = {
        "order_number": lambda: r.choice(
            [lookalike(r, r.choice([6, 7, 8, 10])), "ORD-" + _d(r, 6), "W" + _d(r, 8)]
        ),
        "tracking_number": lambda: r.choice(
            [
                "1Z" + _alnum(r, 6) + _d(r, 10),
                "LX" + _d(r, 9) + r.choice(["BR", "ES", "PT", "DE"]),
                lookalike(r, 11),
            ]
        ),
        "postal_code": lambda: POSTAL[country](r),
        "date": lambda: _date(r, country),
        "time": lambda: r.choice(
            [
                f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])}",
                f"{r.randint(8, 21)}h{r.choice(['', '30'])}",
                f"{r.randint(1, 11)}pm",
                f"{r.randint(8, 21)}:{r.choice(['00', '30'])}",
            ]
        ),
        "price": lambda: MONEY[country](r, str(r.randint(3, 899))),
        "quantity": lambda: str(r.randint(2, 12)),
        "count": lambda: str(r.randint(2, 9)),
        "percentage": lambda: r.choice([f"{r.randint(5, 50)}%", f"{r.randint(5, 50)} %"]),
        "product_model": lambda: r.choice(
            [
                "XR" + _d(r, 3),
                "AX" + _d(r, 4),
                "TL-WR" + _d(r, 3) + "N",
                "S" + _d(r, 2),
                "Fritz!Box " + _d(r, 4),
                "HG" + _d(r, 4),
                "Pixel " + _d(r, 1),
            ]
        ),
        "version": lambda: r.choice(
            [
                f"{r.randint(1, 19)}.{r.randint(0, 9)}.{r.randint(0, 20)}",
                f"{r.randint(2, 17)}.{r.randint(0, 9)}",
            ]
        ),
        "invoice_number": lambda: r.choice(
            [f"INV-{r.randint(2022, 2026)}-{_d(r, 5)}", "FA" + lookalike(r, 8), lookalike(r, 10)]
        ),
        "ticket_number": lambda: r.choice(["CS-" + _d(r, 6), lookalike(r, 7), lookalike(r, 8)]),
        "booking_reference": lambda: _alnum(r, 6),
        "policy_number": lambda: r.choice(["POL-" + lookalike(r, 8), lookalike(r, 11)]),
        "contract_number": lambda: r.choice([lookalike(r, 10), "CT" + _d(r, 7)]),
        "flight_number": lambda: (
            r.choice(["IB", "LH", "TP", "AF", "LA", "UX", "BA", "AM", "G3"])
            + r.choice(["", " "])
            + str(r.randint(100, 8999))
        ),
        "store_number": lambda: lookalike(r, 4),
        "room_number": lambda: r.choice(
            [str(r.randint(101, 1299)), str(r.randint(1, 20)) + r.choice("ABCD")]
        ),
        "error_code": lambda: r.choice(
            [
                "E-" + _d(r, 3),
                "0x8007" + _d(r, 4),
                str(r.choice([400, 403, 404, 500, 502, 503])),
                "ERR_" + _d(r, 4),
            ]
        ),
        "data_size": lambda: r.choice(
            [
                f"{r.randint(1, 500)}GB",
                f"{r.randint(1, 900)} MB",
                f"{r.randint(1, 9)},{r.randint(1, 9)} GB",
                f"{r.randint(5, 900)} Mbps",
            ]
        ),
        "year": lambda: str(r.randint(2015, 2026)),
        "meter_reading": lambda: lookalike(r, r.choice([5, 6])),
        "reference_number": lambda: lookalike(r, r.choice([6, 8, 10, 11])),
        "plate_number": lambda: PLATES[country](r),
        "seat_number": lambda: str(r.randint(1, 45)) + r.choice("ABCDEF"),
    }[kind]
    return f()
