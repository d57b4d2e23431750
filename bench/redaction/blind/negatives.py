"""must_keep values (hard negatives) per kind and country, and the identifier checks they must fail.

Ordinary negatives are redrawn when any digit run passes an identifier check; look-alikes are
drawn in an identifier's shape and kept only when that check fails.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.pt import nif
from stdnum.us import rtn

from .values import clabe_check

D = string.digits
U = string.ascii_uppercase


def _d(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _u(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(U) for _ in range(n))


def _clabe_ok(run: str) -> bool:
    return clabe_check(run[:17]) == run[17]


CHECKS: dict[int, list[Callable[[str], bool]]] = {
    9: [rtn.is_valid, nif.is_valid],
    11: [cpf.is_valid, idnr.is_valid],
    14: [cnpj.is_valid],
    15: [nir.is_valid],
    18: [_clabe_ok],
}


def passes_identifier_check(value: str) -> bool:
    """True when any digit run (or all digits joined) of a negative validates as an identifier."""
    runs = re.findall(r"\d+", value)
    candidates = {*runs, "".join(runs)}
    for run in candidates:
        if 13 <= len(run) <= 19 and luhn.is_valid(run):
            return True
        if any(check(run) for check in CHECKS.get(len(run), [])):
            return True
    for body, letter in re.findall(r"(\d{8})\s?-?([A-Za-z])\b", value):
        if dni.is_valid(body + letter.upper()):
            return True
    return False


def order_number(rng: random.Random, cc: str) -> str:
    return rng.choice(
        [
            f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            _d(rng, rng.choice([6, 7, 8, 10]), "123456789"),
            f"{cc}-{rng.randint(2024, 2026)}-{_d(rng, 6)}",
            f"{_u(rng, 2)}{_d(rng, 8)}",
            f"{_d(rng, 4)}-{_d(rng, 4)}",
            f"W{_d(rng, 9)}",
        ]
    )


def tracking_number(rng: random.Random, cc: str) -> str:
    post = {
        "US": "US",
        "GB": "GB",
        "ES": "ES",
        "MX": "MX",
        "FR": "FR",
        "DE": "DE",
        "AT": "AT",
        "CH": "CH",
        "BR": "BR",
        "PT": "PT",
    }[cc]
    return rng.choice(
        [
            "1Z" + "".join(rng.choice(U + D) for _ in range(6)) + _d(rng, 10),
            " ".join(["9400", _d(rng, 4), _d(rng, 4), _d(rng, 4), _d(rng, 4), _d(rng, 2)]),
            f"{_u(rng, 2)}{_d(rng, 9)}{post}",
            _d(rng, 10, "123456789"),
            f"JJD{_d(rng, 18)}",
            f"{_d(rng, 2)}{_u(rng, 1)}{_d(rng, 10)}",
        ]
    )


def zip_code(rng: random.Random, cc: str) -> str:
    if cc == "MX":
        return _d(rng, 5, "0123456789")
    return rng.choice([_d(rng, 5, "123456789"), f"{_d(rng, 5, '123456789')}-{_d(rng, 4)}"])


def postal_code(rng: random.Random, cc: str) -> str:
    if cc == "GB":
        area = rng.choice(["SW", "E", "N", "M", "B", "LS", "EH", "G", "CF", "BS"])
        return f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{_u(rng, 2)}"
    if cc in {"AT", "CH"}:
        return _d(rng, 4, "123456789")
    if cc == "PT":
        return f"{_d(rng, 4, '123456789')}-{_d(rng, 3)}"
    if cc == "BR":
        return f"{_d(rng, 5)}-{_d(rng, 3)}"
    if cc == "ES":
        return f"{rng.randint(1, 52):02d}{_d(rng, 3)}"
    return _d(rng, 5, "123456789")


def date(rng: random.Random, cc: str) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2027)
    if cc == "US":
        return rng.choice(
            [f"{month}/{day}/{year}", f"{month}/{day}", f"{month:02d}/{day:02d}/{year % 100}"]
        )
    sep = "." if cc in {"DE", "AT", "CH"} else rng.choice(["/", "/", "-"])
    return rng.choice(
        [
            f"{day:02d}{sep}{month:02d}{sep}{year}",
            f"{day}{sep}{month}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day}{sep}{month}{sep}{year % 100}",
        ]
    )


def time(rng: random.Random, cc: str) -> str:
    h, m = rng.randint(7, 22), rng.choice([0, 5, 15, 20, 30, 45, 50])
    if cc in {"US", "GB"}:
        return rng.choice(
            [
                f"{h % 12 or 12}:{m:02d}pm",
                f"{h}:{m:02d}",
                f"{h % 12 or 12}{'am' if h < 12 else 'pm'}",
            ]
        )
    if cc == "FR":
        return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"])
    if cc in {"DE", "AT", "CH"}:
        return rng.choice([f"{h}:{m:02d}", f"{h}.{m:02d}"])
    return rng.choice([f"{h}:{m:02d}", f"{h}h{m:02d}", f"{h}h"])


def price(rng: random.Random, cc: str) -> str:
    whole, cents = rng.randint(3, 1899), rng.randint(0, 99)
    if cc == "US":
        return rng.choice([f"${whole}.{cents:02d}", f"${whole}", f"{whole}.{cents:02d} usd"])
    if cc == "GB":
        return rng.choice([f"£{whole}.{cents:02d}", f"£{whole}"])
    if cc == "MX":
        return rng.choice([f"${whole:,}.{cents:02d}", f"{whole} pesos", f"MX${whole}"])
    if cc == "BR":
        return rng.choice([f"R$ {whole},{cents:02d}", f"R${whole}", f"{whole},{cents:02d} reais"])
    if cc == "CH":
        return rng.choice([f"CHF {whole}.{cents:02d}", f"{whole}.- CHF", f"Fr. {whole}"])
    return rng.choice(
        [f"{whole},{cents:02d} €", f"{whole}€", f"€{whole}.{cents:02d}", f"{whole},{cents:02d}eur"]
    )


def quantity(rng: random.Random, _cc: str) -> str:
    # plain counts: templates put them before days, weeks, boxes and items alike
    return str(rng.randint(2, 24))


def product_model(rng: random.Random, _cc: str) -> str:
    return rng.choice(
        [
            f"SM-{_u(rng, 1)}{_d(rng, 3)}{_u(rng, 1)}",
            f"WH-{_d(rng, 4)}XM{rng.randint(3, 6)}",
            f"XPS {rng.choice([13, 15, 17])} {_d(rng, 4)}",
            f"A{_d(rng, 4, '12')}",
            f"{_u(rng, 2)}{_d(rng, 3)}-{_d(rng, 2)}",
            f"RTX {rng.choice([3060, 4070, 4080, 5090])}",
            f"MQ{_d(rng, 2)}{_u(rng, 2)}/A",
        ]
    )


def version(rng: random.Random, _cc: str) -> str:
    major, minor, patch = rng.randint(1, 26), rng.randint(0, 20), rng.randint(0, 40)
    return rng.choice(
        [
            f"{major}.{minor}.{patch}",
            f"v{major}.{minor}",
            f"{major}.{minor}",
            f"{major}.{minor}.{patch}-beta",
        ]
    )


def invoice_number(rng: random.Random, _cc: str) -> str:
    year = rng.randint(2023, 2026)
    return rng.choice(
        [
            f"INV-{year}-{_d(rng, 6)}",
            f"FA{_d(rng, 6)}",
            f"F{year}/{_d(rng, 4)}",
            f"{year}{_d(rng, 5)}",
            f"NF-{_d(rng, 7)}",
            f"RE-{_d(rng, 5)}",
        ]
    )


def ticket_reference(rng: random.Random, _cc: str) -> str:
    return rng.choice(
        [
            f"CS-{_d(rng, 6)}",
            f"CAS-{_d(rng, 7)}-{_u(rng, 1)}{_d(rng, 1)}{_u(rng, 2)}",
            f"REQ{_d(rng, 5)}",
            f"INC{_d(rng, 7)}",
            _d(rng, 8, "123456789"),
            f"{_u(rng, 3)}-{_d(rng, 4)}",
        ]
    )


def year(rng: random.Random, _cc: str) -> str:
    return str(rng.randint(2008, 2026))


def flight_number(rng: random.Random, _cc: str) -> str:
    carrier = rng.choice(
        [
            "IB",
            "UX",
            "LH",
            "AF",
            "TP",
            "BA",
            "UA",
            "AA",
            "AM",
            "LA",
            "G3",
            "FR",
            "U2",
            "VY",
            "LX",
            "OS",
        ]
    )
    return rng.choice([f"{carrier}{rng.randint(10, 9999)}", f"{carrier} {rng.randint(10, 9999)}"])


def store_number(rng: random.Random, _cc: str) -> str:
    return rng.choice([str(rng.randint(10, 9999)), f"{rng.randint(1, 999):04d}"])


def lookalike(rng: random.Random, _cc: str) -> str:
    """Digits shaped like an identifier that fail its check.

    Card, ABA/NIF, CPF, CNPJ, NIR, CLABE and DNI shapes.
    """
    shape = rng.randrange(7)
    if shape == 0:
        return " ".join(_d(rng, 4, "3456") for _ in range(4))
    if shape == 1:
        return _d(rng, 9, "123")
    if shape == 2:
        body = _d(rng, 11)
        return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"
    if shape == 3:
        return _d(rng, 14)
    if shape == 4:
        return _d(rng, 15, "12")
    if shape == 5:
        return _d(rng, 18, "0")
    body = _d(rng, 8)
    wrong = [c for c in "TRWAGMYFPDXBNJZSQVHLCKE" if c != dni.calc_check_digit(body)]
    return body + rng.choice(wrong)


GENERATORS: dict[str, Callable[[random.Random, str], str]] = {
    "order_number": order_number,
    "tracking_number": tracking_number,
    "zip_code": zip_code,
    "postal_code": postal_code,
    "date": date,
    "time": time,
    "price": price,
    "quantity": quantity,
    "product_model": product_model,
    "version": version,
    "invoice_number": invoice_number,
    "ticket_reference": ticket_reference,
    "year": year,
    "flight_number": flight_number,
    "store_number": store_number,
}

# Look-alikes are labelled with the kind the template names (an order, a ticket, an invoice).
LOOKALIKE_KINDS = {"order_number", "ticket_reference", "invoice_number", "tracking_number"}


def draw(kind: str, rng: random.Random, cc: str, look: bool) -> str:
    for _ in range(1000):
        value = lookalike(rng, cc) if look else GENERATORS[kind](rng, cc)
        if not passes_identifier_check(value):
            return value
    raise RuntimeError(f"no negative {kind} that fails every identifier check")
