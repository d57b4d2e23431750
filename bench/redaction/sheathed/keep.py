"""Hard negatives (must_keep values) in the formats of each locale.

Each value is redrawn while it would pass an identifier check, so a redactor that masks it is
over-redacting, not finding something the corpus forgot to label.
"""

from __future__ import annotations

import random
import string

from .values import LOCALE_REGION, looks_like_identifier


def _d(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _u(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _num(amount: float, dec: str, thou: str, decimals: bool = True) -> str:
    whole, cents = divmod(round(amount * 100), 100)
    s = f"{whole:,}".replace(",", thou)
    return f"{s}{dec}{cents:02d}" if decimals else s


def price(rng: random.Random, locale: str) -> str:
    small = round(rng.uniform(3, 300), 2)
    if rng.random() < 0.4:
        small = float(int(small)) + rng.choice([0.99, 0.95, 0.5, 0.0])
    big = rng.randint(800, 20000)
    return {
        "en-US": lambda: rng.choice(
            [f"${small:.2f}", f"${small:.2f}", f"{small:.2f} USD", f"${int(small)}"]
        ),
        "en-GB": lambda: rng.choice([f"£{small:.2f}", f"£{int(small)}"]),
        "en-IE": lambda: rng.choice([f"€{small:.2f}", f"{small:.2f} EUR"]),
        "en-CA": lambda: rng.choice([f"${small:.2f}", f"C${small:.2f}", f"{small:.2f} CAD"]),
        "en-AU": lambda: rng.choice([f"${small:.2f}", f"AU${small:.2f}"]),
        "en-IN": lambda: rng.choice([f"₹{big:,}", f"Rs. {big}", f"INR {big:,}"]),
        "en-NZ": lambda: rng.choice([f"${small:.2f}", f"NZ${small:.2f}"]),
        "en-ZA": lambda: rng.choice([f"R{small:.2f}", f"R {big}"]),
        "es-ES": lambda: rng.choice(
            [_num(small, ",", ".") + " €", _num(small, ",", ".") + "€", f"{int(small)} euros"]
        ),
        "es-MX": lambda: rng.choice([f"${_num(big, '.', ',')}", f"${big:,} MXN", f"{big} pesos"]),
        "es-AR": lambda: rng.choice(
            [f"${_num(big * 10, ',', '.', False)}", f"$ {_num(big * 10, ',', '.', False)}"]
        ),
        "es-CO": lambda: rng.choice(
            [f"${_num(big * 20, ',', '.', False)}", f"$ {_num(big * 20, ',', '.', False)} COP"]
        ),
        "es-CL": lambda: rng.choice(
            [f"${_num(big * 10, ',', '.', False)}", f"{_num(big * 10, ',', '.', False)} CLP"]
        ),
        "es-US": lambda: rng.choice([f"${small:.2f}", f"{int(small)} dólares"]),
        "fr-FR": lambda: rng.choice(
            [_num(small, ",", " ") + " €", _num(small, ",", " ") + "€", f"{int(small)} euros"]
        ),
        "fr-BE": lambda: rng.choice([_num(small, ",", ".") + " €", f"€ {_num(small, ',', '.')}"]),
        "fr-CA": lambda: rng.choice([_num(small, ",", " ") + " $", _num(small, ",", " ") + "$"]),
        "fr-CH": lambda: rng.choice([f"CHF {small:.2f}", f"{small:.2f} CHF", f"{int(small)}.-"]),
        "de-DE": lambda: rng.choice(
            [_num(small, ",", ".") + " €", _num(small, ",", ".") + "€", f"{int(small)} Euro"]
        ),
        "de-AT": lambda: rng.choice([f"€ {_num(small, ',', '.')}", _num(small, ",", ".") + " EUR"]),
        "de-CH": lambda: rng.choice([f"CHF {small:.2f}", f"Fr. {small:.2f}", f"{int(small)}.-"]),
        "pt-BR": lambda: rng.choice(
            [f"R$ {_num(small, ',', '.')}", f"R${_num(big, ',', '.')}", f"{int(small)} reais"]
        ),
        "pt-PT": lambda: rng.choice(
            [_num(small, ",", ".") + " €", _num(small, ",", ".") + "€", f"{int(small)} euros"]
        ),
        "pt-AO": lambda: rng.choice(
            [f"{_num(big * 10, ',', ' ', False)} Kz", f"AOA {_num(big * 10, ',', '.', False)}"]
        ),
    }[locale]()


def postal(rng: random.Random, locale: str) -> str:
    region = LOCALE_REGION[locale]
    if region == "US":
        z = f"{rng.randint(10001, 99950):05d}"
        return rng.choice([z, z, f"{z}-{rng.randint(1, 9999):04d}"])
    if region == "GB":
        area = rng.choice(["SW", "N", "E", "M", "LS", "B", "EH", "G", "CF", "BS"])
        return f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{_u(rng, 2)}"
    if region == "IE":
        area = rng.choice("DTHV")
        return f"{area}{rng.randint(10, 24)} {_u(rng, 1)}{rng.randint(100, 999)}"
    if region == "CA":
        fsa = f"{_u(rng, 1)}{rng.randint(1, 9)}{_u(rng, 1)}"
        return f"{fsa} {rng.randint(1, 9)}{_u(rng, 1)}{rng.randint(1, 9)}"
    if region == "AR":
        return rng.choice([f"C{rng.randint(1000, 1499)}{_u(rng, 3)}", str(rng.randint(1000, 9431))])
    if region in ("AU", "NZ", "ZA", "AT", "CH", "BE", "AO"):
        return str(rng.randint(1000, 9990))
    if region == "IN":
        return str(rng.randint(110001, 855999))
    if region == "CL":
        return str(rng.randint(8320000, 8399999))
    if region == "CO":
        return f"{rng.randint(5, 76):02d}{rng.randint(0, 9999):04d}"
    if region == "BR":
        return f"{rng.randint(1000, 99999):05d}-{rng.randint(0, 999):03d}"
    if region == "PT":
        return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
    return f"{rng.randint(1000, 95999):05d}"


def date(rng: random.Random, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026, 2026])
    region = LOCALE_REGION[locale]
    if region == "US":
        return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}", f"{m}/{d}"])
    if region in ("DE", "AT", "CH") and locale.startswith("de"):
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d:02d}.{m:02d}."])
    if region == "CA" and locale == "en-CA":
        return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y}"])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}",
            f"{d:02d}/{m:02d}",
            f"{d}-{m}-{y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


def time(rng: random.Random, locale: str) -> str:
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if locale in ("en-US", "en-CA", "en-AU", "en-NZ", "en-IN", "es-US"):
        return rng.choice(
            [
                f"{(h - 1) % 12 + 1}:{mi:02d}{'pm' if h >= 12 else 'am'}",
                f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}",
            ]
        )
    if locale.startswith("fr"):
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
    if locale.startswith("de"):
        return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}"])
    return rng.choice(
        [f"{h}:{mi:02d}", f"{h}h{mi:02d}" if locale.startswith("pt") else f"{h}:{mi:02d}"]
    )


def _percent(rng: random.Random, locale: str) -> str:
    n = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 70])
    return f"{n} %" if locale.startswith(("fr", "de")) and rng.random() < 0.5 else f"{n}%"


def _data_size(rng: random.Random, locale: str) -> str:
    n = rng.choice(
        ["2", "5", "10", "20", "50", "100", "500", "1", "4", "2,5" if locale[:2] != "en" else "2.5"]
    )
    return rng.choice(
        [f"{n}GB", f"{n} GB", f"{n}MB", f"{n} Go" if locale.startswith("fr") else f"{n}gb"]
    )


TRACKING = [
    lambda r: f"1Z{_u(r, 3)}{_d(r, 3)}{_u(r, 2)}{_d(r, 8)}",
    lambda r: f"{_u(r, 2)}{_d(r, 9)}{r.choice(['BR', 'ES', 'PT', 'FR', 'DE', 'GB', 'MX'])}",
    lambda r: f"JJD{_d(r, 10)}{_u(r, 2)}",
    lambda r: f"{_u(r, 2)}{_d(r, 6)}{_u(r, 1)}{_d(r, 4)}",
    lambda r: f"TBA{_d(r, 9)}{_u(r, 1)}",
]
ORDER = [
    lambda r: f"#{_d(r, 7)}",
    lambda r: f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
    lambda r: f"PED-{_d(r, 6)}",
    lambda r: f"A{_d(r, 6)}",
    lambda r: f"#{_u(r, 2)}{_d(r, 5)}",
    lambda r: f"{_d(r, 8)}{_u(r, 2)}",
    lambda r: f"W{_d(r, 8)}",
]
MODELS = [
    lambda r: f"SM-A{_d(r, 3)}{_u(r, 1)}",
    lambda r: f"WH-{_d(r, 4)}XM{r.randint(3, 5)}",
    lambda r: f"iPhone {r.randint(11, 16)}",
    lambda r: f"{_u(r, 2)}-{_d(r, 4)}",
    lambda r: f"Galaxy S{r.randint(20, 25)}",
    lambda r: f"X{r.randint(100, 990)}",
    lambda r: f"{_u(r, 3)}{_d(r, 3)}",
    lambda r: f"Redmi Note {r.randint(10, 14)}",
]


def keep_value(kind: str, rng: random.Random, locale: str) -> str:
    gen = {
        "order_number": lambda: rng.choice(ORDER)(rng),
        "tracking_number": lambda: rng.choice(TRACKING)(rng),
        "postal_code": lambda: postal(rng, locale),
        "date": lambda: date(rng, locale),
        "time": lambda: time(rng, locale),
        "price": lambda: price(rng, locale),
        "quantity": lambda: str(rng.choice([1, 2, 2, 3, 4, 5, 6, 10, 12])),
        "product_model": lambda: rng.choice(MODELS)(rng),
        "version": lambda: rng.choice(
            [
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                f"v{rng.randint(1, 6)}.{rng.randint(0, 12)}",
            ]
        ),
        "invoice_number": lambda: rng.choice(
            [
                f"INV-{rng.randint(2023, 2026)}-{_d(rng, 5)}",
                f"FAC{_d(rng, 6)}",
                f"RE-{_d(rng, 5)}",
                f"F{rng.randint(2023, 2026)}/{_d(rng, 4)}",
            ]
        ),
        "ticket_number": lambda: rng.choice(
            [
                f"#{_d(rng, 6)}",
                f"CAS-{_d(rng, 5)}-{_u(rng, 2)}{_d(rng, 1)}",
                f"TK{_d(rng, 7)}",
                f"INC{_d(rng, 7)}",
            ]
        ),
        "booking_reference": lambda: _u(rng, 3) + str(rng.randint(1, 9)) + _u(rng, 2),
        "year": lambda: str(rng.randint(2015, 2026)),
        "flight_number": lambda: (
            rng.choice(
                ["IB", "UX", "AF", "LH", "TP", "LA", "AM", "AV", "BA", "FR", "LX", "OS", "G3", "AD"]
            )
            + rng.choice(["", " "])
            + str(rng.randint(100, 8999))
        ),
        "store_number": lambda: rng.choice(
            [str(rng.randint(10, 999)), f"#{rng.randint(100, 4999)}"]
        ),
        "error_code": lambda: rng.choice(
            [
                f"E{rng.randint(10, 999)}",
                f"0x{rng.randint(0x80000000, 0x8007FFFF):08X}",
                f"ERR-{rng.randint(100, 999)}",
                str(rng.choice([403, 404, 500, 502, 503])),
                f"E-{rng.randint(1000, 9999)}",
            ]
        ),
        "room_number": lambda: str(rng.randint(101, 1520)),
        "policy_number": lambda: rng.choice(
            [f"POL-{_d(rng, 6)}", f"{_u(rng, 2)}{_d(rng, 7)}", f"{_d(rng, 3)}/{_d(rng, 6)}"]
        ),
        "contract_number": lambda: rng.choice(
            [
                f"CT-{rng.randint(2019, 2026)}-{_d(rng, 5)}",
                f"{_u(rng, 1)}{_d(rng, 7)}",
                f"VTR-{_d(rng, 6)}",
            ]
        ),
        "percentage": lambda: _percent(rng, locale),
        "data_size": lambda: _data_size(rng, locale),
        "count": lambda: str(rng.choice([2, 3, 3, 4, 5, 6, 7, 10, 14, 15, 20, 30, 48])),
        "payment_entity": lambda: str(rng.randint(10000, 99999)),
        "meter_number": lambda: rng.choice(
            [f"{_d(rng, 1)}{_u(rng, 3)}{_d(rng, 10)}", f"Z{_d(rng, 8)}"]
        ),
        "installments": lambda: str(rng.choice([3, 6, 10, 12, 18, 24])),
    }[kind]
    for _ in range(500):
        v = gen()
        if not looks_like_identifier(v):
            return v
    raise RuntimeError(f"no {kind} value that passes no identifier check")


KINDS = {
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
    "booking": "booking_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "err": "error_code",
    "room": "room_number",
    "policy": "policy_number",
    "contract": "contract_number",
    "pct": "percentage",
    "size": "data_size",
    "n": "count",
    "inst": "installments",
    "entity": "payment_entity",
    "meter": "meter_number",
}
