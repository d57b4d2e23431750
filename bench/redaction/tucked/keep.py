"""Hard negatives (must_keep): numbers a redactor has to leave alone, formatted for the locale."""

from __future__ import annotations

import random

from . import lingo
from . import values as V

US_LIKE = {"en-US", "es-US", "en-CA"}


def _price(locale: str, rng: random.Random) -> str:
    whole, cents = rng.randint(3, 2500), rng.choice([0, 99, 50, 90, 49, 95])
    dot = f"{whole}.{cents:02d}"
    comma = f"{whole},{cents:02d}"
    table = {
        "en-US": [f"${dot}", f"${whole}", f"{dot} USD"],
        "es-US": [f"${dot}", f"{whole} dólares"],
        "en-CA": [f"${dot}", f"CA${dot}"],
        "en-AU": [f"${dot}", f"AU${whole}"],
        "en-NZ": [f"${dot}", f"NZ${dot}"],
        "en-GB": [f"£{dot}", f"£{whole}"],
        "en-IE": [f"€{dot}", f"{dot} euro"],
        "en-IN": [f"₹{whole}", f"Rs {whole}"],
        "en-ZA": [f"R{dot}", f"R {whole}"],
        "es-ES": [f"{comma} €", f"{comma}€", f"{whole} euros"],
        "es-MX": [f"${whole:,}", f"${dot} MXN", f"{whole} pesos"],
        "es-AR": [f"${whole * 10:,}".replace(",", ".")],
        "es-CO": [f"${whole * 100:,}".replace(",", ".")],
        "es-CL": [f"${whole * 10:,}".replace(",", ".")],
        "fr-FR": [f"{comma} €", f"{comma}€", f"{whole} euros"],
        "fr-BE": [f"{comma} €", f"{comma} EUR"],
        "fr-CA": [f"{comma} $", f"{whole} $"],
        "fr-CH": [f"CHF {dot}", f"{whole}.- CHF"],
        "de-DE": [f"{comma} €", f"{comma} EUR", f"{whole} Euro"],
        "de-AT": [f"€ {comma}", f"{comma} €"],
        "de-CH": [f"CHF {dot}", f"Fr. {dot}"],
        "pt-BR": [f"R$ {comma}", f"R${comma}", f"{whole} reais"],
        "pt-PT": [f"{comma} €", f"{comma}€"],
        "pt-AO": [f"{whole * 100:,} Kz".replace(",", " ")],
    }
    return rng.choice(table[locale])


def _date(locale: str, lang: str, rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026])
    mon = lingo.MONTHS[lang][m - 1]
    if locale in US_LIKE and lang in ("en", "es"):
        return rng.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{mon} {d}", f"{m:02d}/{d:02d}/{y}"])
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}. {mon}", f"{d:02d}.{m:02d}."])
    if lang == "en":
        return rng.choice([f"{d}/{m}/{y}", f"{d} {mon}", f"{d:02d}/{m:02d}", f"{d}th {mon}"])
    return rng.choice([f"{d}/{m}/{y}", f"{d} {mon}", f"{d:02d}/{m:02d}", f"{d}/{m}"])


def _zip(region: str, rng: random.Random) -> str:
    d = lambda n: V.digits(rng, n)  # noqa: E731
    a = lambda n: V.letters(rng, n)  # noqa: E731
    table = {
        "US": [f"{rng.randint(10, 99)}{d(3)}", f"{rng.randint(10, 99)}{d(3)}-{d(4)}"],
        "GB": [
            f"{a(2)}{rng.randint(1, 9)} {rng.randint(1, 9)}{a(2)}",
            f"{a(1)}{rng.randint(1, 20)} {d(1)}{a(2)}",
        ],
        "IE": [f"D{rng.randint(10, 24)} {a(1)}{d(3)}"],
        "CA": [f"{a(1)}{d(1)}{a(1)} {d(1)}{a(1)}{d(1)}"],
        "AU": [f"{rng.randint(2000, 7999)}"],
        "NZ": [f"{rng.randint(1000, 9999)}"],
        "ZA": [f"{rng.randint(1000, 9999)}"],
        "IN": [f"{rng.randint(110001, 855999)}"],
        "ES": [f"{rng.randint(1, 52):02d}{d(3)}"],
        "MX": [f"{rng.randint(1, 99):02d}{d(3)}"],
        "AR": [f"C{rng.randint(1000, 1499)}{a(3)}", f"{rng.randint(1000, 9999)}"],
        "CO": [f"{rng.randint(11, 99)}{d(4)}"],
        "CL": [f"{rng.randint(1000000, 9999999)}"],
        "FR": [f"{rng.randint(1, 95):02d}{d(3)}"],
        "BE": [f"{rng.randint(1000, 9999)}"],
        "CH": [f"{rng.randint(1000, 9658)}"],
        "DE": [f"{rng.randint(1, 99):02d}{d(3)}"],
        "AT": [f"{rng.randint(1010, 9999)}"],
        "BR": [f"{d(5)}-{d(3)}", f"{d(8)}"],
        "PT": [f"{rng.randint(1000, 9999)}-{d(3)}"],
        "AO": [f"{rng.randint(1000, 9999)}-{d(3)}"],
    }
    return rng.choice(table[region])


def draw_keep(kind: str, locale: str, lang: str, rng: random.Random) -> str:
    region = V.LOCALE_REGION[locale]
    d = lambda n: V.digits(rng, n)  # noqa: E731
    a = lambda n: V.letters(rng, n)  # noqa: E731
    while True:
        t = {
            "order_number": lambda: rng.choice(
                [
                    f"#{rng.randint(1, 9)}{d(6)}",
                    f"{rng.randint(1, 9)}{d(7)}",
                    f"{a(2)}-{d(6)}",
                    f"#{a(1)}{d(5)}",
                    f"{rng.randint(1, 9)}{d(9)}",
                ]
            ),
            "tracking_number": lambda: rng.choice(
                [
                    f"1Z{a(3)}{d(3)}{a(2)}{d(8)}",
                    f"{a(2)}{d(9)}{a(2)}",
                    f"{rng.randint(1, 9)}{d(11)}",
                    f"JD{d(18)}",
                ]
            ),
            "postal_code": lambda: _zip(region, rng),
            "date": lambda: _date(locale, lang, rng),
            "time": lambda: rng.choice(
                [
                    f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}",
                    f"{rng.randint(1, 11)}{rng.choice(['am', 'pm', ':30pm'])}"
                    if lang == "en"
                    else f"{rng.randint(8, 20)}h{rng.choice(['', '30', '15'])}",
                ]
            ),
            "price": lambda: _price(locale, rng),
            "quantity": lambda: str(rng.randint(2, 12)),
            "count": lambda: str(rng.randint(3, 480)),
            "product_model": lambda: rng.choice(
                [
                    f"SM-A{rng.randint(100, 999)}B",
                    f"XPS {rng.randint(13, 17)}",
                    f"iPhone {rng.randint(11, 16)}",
                    f"WH-{rng.randint(1000, 9999)}XM{rng.randint(3, 5)}",
                    f"Redmi Note {rng.randint(9, 13)}",
                    f"TX-{rng.randint(100, 999)}",
                ]
            ),
            "version": lambda: rng.choice(
                [
                    f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                    f"v{rng.randint(1, 5)}.{rng.randint(0, 30)}",
                ]
            ),
            "invoice_number": lambda: rng.choice(
                [f"F-{rng.randint(2024, 2026)}-{d(5)}", f"INV{d(6)}", f"FA{d(7)}"]
            ),
            "ticket_number": lambda: rng.choice(
                [f"#{rng.randint(10000, 999999)}", f"CS-{d(6)}", f"INC{d(7)}"]
            ),
            "booking_reference": lambda: f"{a(2)}{d(1)}{a(2)}{d(1)}",
            "year": lambda: str(rng.randint(2015, 2026)),
            "flight_number": lambda: (
                rng.choice(["IB", "BA", "AF", "LH", "TP", "AM", "LA", "UA"])
                + rng.choice(["", " "])
                + str(rng.randint(10, 9999))
            ),
            "store_number": lambda: rng.choice(
                [f"#{rng.randint(100, 9999)}", f"{rng.randint(10, 999)}"]
            ),
            "error_code": lambda: rng.choice(
                [
                    f"E{rng.randint(100, 999)}",
                    f"0x{rng.randint(0x80000000, 0x8FFFFFFF):08X}",
                    f"{rng.choice([400, 403, 404, 500, 502, 503])}",
                    f"ERR-{d(4)}",
                ]
            ),
            "room_number": lambda: str(rng.randint(101, 1520)),
            "policy_number": lambda: rng.choice([f"POL-{d(8)}", f"{a(3)}{d(7)}"]),
            "contract_number": lambda: rng.choice([f"CT-{d(6)}", f"{a(1)}{d(8)}-{d(2)}"]),
            "percentage": lambda: rng.choice([f"{rng.randint(5, 70)}%", f"{rng.randint(5, 70)} %"]),
            "data_size": lambda: rng.choice(
                [
                    f"{rng.randint(1, 200)}GB",
                    f"{rng.randint(1, 999)} MB",
                    f"{rng.randint(1, 9)},{rng.randint(1, 9)} GB",
                ]
            ),
        }[kind]()
        if not V.looks_like_identifier(t):
            return t
