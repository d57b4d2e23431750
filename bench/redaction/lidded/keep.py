"""Numbers and codes that are NOT PII and must stay visible (the `must_keep` spans)."""

from __future__ import annotations

import random

from .values import _d, _u, lookalike

MONTHS = {
    "en": ["Jan", "March", "Sept", "Dec"],
    "es": ["enero", "marzo", "sept", "dic"],
    "fr": ["janvier", "mars", "sept", "déc"],
    "de": ["Januar", "März", "Sept", "Dez"],
    "pt": ["janeiro", "março", "set", "dez"],
}


def postal(r: random.Random, cc: str) -> str:
    if cc == "US":
        return f"{r.randint(10000, 99999)}" + (f"-{_d(r, 4)}" if r.random() < 0.6 else "")
    if cc == "BR":
        return f"{r.randint(10000, 99999)}-{_d(r, 3)}"
    if cc == "PT":
        return f"{r.randint(1000, 9999)}-{_d(r, 3)}"
    if cc == "GB":
        return (
            r.choice(["SW", "E", "M", "LS", "B"])
            + str(r.randint(1, 20))
            + " "
            + str(r.randint(1, 9))
            + _u(r, 2, "ABDEFGHJLNPQRSTUWXYZ")
        )
    if cc == "CA":
        return f"{_u(r, 1, 'HKMTV')}{r.randint(1, 9)}{_u(r, 1)} {r.randint(1, 9)}{_u(r, 1)}{r.randint(1, 9)}"
    if cc in ("AT", "CH", "BE"):
        return str(r.randint(1000, 9999))
    if cc == "AR":
        return _u(r, 1, "BCSX") + str(r.randint(1000, 9999))
    if cc == "ES":
        return f"{r.randint(1, 52):02d}{_d(r, 3)}"
    return f"{r.randint(10000, 95999)}"


def date(r: random.Random, lang: str, cc: str) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
    forms = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {r.choice(MONTHS[lang])}",
    ]
    if cc == "US":
        forms += [f"{m}/{d}/{str(y)[2:]}", f"{r.choice(MONTHS['en'])} {d}"]
    if lang == "de":
        forms += [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}."]
    return r.choice(forms)


def time(r: random.Random, lang: str) -> str:
    h, mi = r.randint(7, 22), r.choice([0, 15, 30, 45, 10, 50])
    forms = [f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}"]
    if lang == "en":
        forms.append(f"{h % 12 or 12}:{mi:02d}pm" if h > 12 else f"{h}am")
    if lang == "fr":
        forms.append(f"{h}h{mi:02d}" if mi else f"{h}h")
    if lang == "de":
        forms.append(f"{h}.{mi:02d} Uhr")
    return r.choice(forms)


def price(r: random.Random, lang: str, cc: str) -> str:
    a, c = r.randint(3, 1500), r.randint(0, 99)
    if cc == "US" or cc == "CA" and lang == "en":
        return r.choice([f"${a}.{c:02d}", f"${a}", f"{a} dollars"])
    if cc == "GB":
        return r.choice([f"£{a}.{c:02d}", f"£{a}"])
    if cc == "BR":
        return r.choice([f"R$ {a},{c:02d}", f"R${a}"])
    if cc == "MX" or cc == "AR":
        return r.choice(
            [f"${a}", f"{a} pesos", f"${a}.{c:02d} MXN" if cc == "MX" else f"${a},{c:02d}"]
        )
    if cc == "CH":
        return r.choice([f"CHF {a}.{c:02d}", f"{a} Fr."])
    return r.choice(
        [f"{a},{c:02d} €", f"€{a}", f"{a}€", f"{a} euros" if lang != "de" else f"{a} Euro"]
    )


def keep(kind: str, r: random.Random, lang: str, locale: str) -> str:
    cc = locale[-2:]
    if kind == "order_number":
        return r.choice(
            [f"#{lookalike(r, 6, 9)}", f"PED-{_d(r, 6)}", lookalike(r, 8, 10), f"A{_d(r, 7)}"]
        )
    if kind == "tracking_number":
        return r.choice(
            [
                f"1Z{_u(r, 3)}{_d(r, 3)}{_d(r, 10)}",
                f"L{_u(r, 1)}{_d(r, 9)}{cc}",
                f"JD{_d(r, 16)}",
                f"CTT{_d(r, 9)}PT",
            ]
        )
    if kind == "postal_code":
        return postal(r, cc)
    if kind == "date":
        return date(r, lang, cc)
    if kind == "time":
        return time(r, lang)
    if kind == "price":
        return price(r, lang, cc)
    if kind in ("quantity", "count"):
        return str(r.randint(2, 40))
    if kind == "percentage":
        return r.choice(
            [
                f"{r.randint(2, 80)}%",
                f"{r.randint(2, 30)},{r.randint(1, 9)} %",
                f"{r.randint(5, 50)} %",
            ]
        )
    if kind == "product_model":
        return r.choice(
            [
                f"iPhone {r.randint(11, 16)}",
                f"Galaxy S{r.randint(20, 24)}",
                f"XR-{r.randint(100, 900)}",
                f"WH-{r.randint(1, 9)}000XM{r.randint(3, 5)}",
                f"RT-AX{r.randint(50, 92)}U",
                f"Fritz!Box {r.choice([7530, 7590, 6660])}",
            ]
        )
    if kind == "version":
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(10, 18)}.{r.randint(0, 6)}",
                f"{r.randint(2, 5)}.{r.randint(0, 9)}.{r.randint(10, 300)}",
            ]
        )
    if kind == "invoice_number":
        return r.choice(
            [
                f"FAC-{r.randint(2023, 2026)}-{_d(r, 5)}",
                f"INV{_d(r, 6)}",
                f"RE-{_d(r, 7)}",
                f"NF {_d(r, 6)}",
            ]
        )
    if kind == "ticket_number":
        return r.choice(
            [f"#{lookalike(r, 5, 8)}", f"CS-{_d(r, 6)}", f"INC{_d(r, 7)}", lookalike(r, 6, 8)]
        )
    if kind == "booking_reference":
        return _u(r, 2) + _d(r, 1) + _u(r, 1) + _d(r, 1) + _u(r, 1)
    if kind == "policy_number":
        return r.choice([f"POL-{_d(r, 8)}", lookalike(r, 8, 11), f"{_u(r, 2)}{_d(r, 9)}"])
    if kind == "contract_number":
        return r.choice([lookalike(r, 7, 11), f"CT-{_d(r, 6)}/{r.randint(20, 26)}"])
    if kind == "flight_number":
        return (
            r.choice(["IB", "AF", "LH", "TP", "LA", "UX", "BA", "AM", "AD"])
            + r.choice(["", " "])
            + str(r.randint(10, 8999))
        )
    if kind == "store_number":
        return lookalike(r, 4, 5) if r.random() < 0.5 else str(r.randint(10, 999))
    if kind == "room_number":
        return r.choice([str(r.randint(101, 1240)), f"{_u(r, 1, 'ABC')}{r.randint(1, 40)}"])
    if kind == "error_code":
        return r.choice(
            [
                f"E-{r.randint(100, 999)}",
                f"0x{r.randint(0x80000000, 0x8FFFFFFF):08X}",
                f"ERR_{r.randint(400, 599)}",
                f"{r.randint(400, 599)}",
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                f"{r.randint(1, 200)} GB",
                f"{r.randint(100, 900)}MB",
                f"{r.randint(1, 9)},{r.randint(1, 9)} Go",
                f"{r.randint(10, 500)} Mbps",
            ]
        )
    if kind == "year":
        return str(r.randint(1995, 2026))
    if kind == "meter_reading":
        return lookalike(r, 5, 6)
    if kind == "plate_number":
        if cc == "ES":
            return f"{_d(r, 4)} {_u(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
        if cc in ("DE", "AT", "CH"):
            return f"{_u(r, 1, 'BMKSF')}-{_u(r, 2)} {r.randint(1, 9999)}"
        if cc in ("FR", "BE"):
            return f"{_u(r, 2)}-{_d(r, 3)}-{_u(r, 2)}"
        if cc == "BR":
            return f"{_u(r, 3)}{_d(r, 1)}{_u(r, 1)}{_d(r, 2)}"
        if cc == "PT":
            return f"{_u(r, 2)}-{_d(r, 2)}-{_u(r, 2)}"
        return f"{_u(r, 3)} {_d(r, 4)}" if cc != "GB" else f"{_u(r, 2)}{_d(r, 2)} {_u(r, 3)}"
    if kind == "seat_number":
        return f"{r.randint(1, 40)}{r.choice('ABCDEF')}"
    if kind == "customer_number":
        return lookalike(r, 4, 11)
    if kind == "duration":
        return str(r.randint(2, 72))
    raise ValueError(kind)


KINDS = [
    "order_number",
    "tracking_number",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "count",
    "percentage",
    "product_model",
    "version",
    "invoice_number",
    "ticket_number",
    "booking_reference",
    "policy_number",
    "contract_number",
    "flight_number",
    "store_number",
    "room_number",
    "error_code",
    "data_size",
    "year",
    "meter_reading",
    "plate_number",
    "seat_number",
    "customer_number",
    "duration",
]
