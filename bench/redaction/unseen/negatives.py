"""Hard negatives (`must_keep` values) per customer country, the identifier checks an ordinary
negative must fail, and look-alikes: values shaped like an identifier whose check digit fails."""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

import phonenumbers
from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni
from stdnum.fr import nir
from stdnum.pt import nif
from stdnum.us import rtn, ssn

from bench.redaction.unseen import checksums

DIGITS = string.digits
UPPER = string.ascii_uppercase

# short names used in templates -> must_keep kind
KINDS = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "zip_code",
    "postal": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "version": "version",
    "invoice": "invoice_number",
    "ticket": "ticket_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _l(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(UPPER) for _ in range(n))


def order(rng: random.Random, country: str) -> str:
    return rng.choice(
        (
            _d(rng, rng.randint(6, 10)),
            f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            f"{_l(rng, 2)}{_d(rng, 7)}",
            f"{_l(rng, 1)}-{_d(rng, 6)}",
            f"{_d(rng, 4)}-{_d(rng, 4)}",
            f"PED{_d(rng, 8)}" if country in ("ES", "MX", "BR", "PT") else f"ORD-{_d(rng, 6)}",
        )
    )


def tracking(rng: random.Random, country: str) -> str:
    shapes = {
        "US": (
            f"1Z{_l(rng, 3)}{_d(rng, 3)}{_d(rng, 10)}",
            f"9400 {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
        ),
        "GB": (f"{_l(rng, 2)}{_d(rng, 9)}GB", f"{_l(rng, 1)}{_d(rng, 15)}"),
        "ES": (f"PK{_d(rng, 8)}{_l(rng, 1)}{_d(rng, 5)}", f"{_l(rng, 2)}{_d(rng, 9)}ES"),
        "MX": (f"{_d(rng, 22)}", f"{_l(rng, 2)}{_d(rng, 9)}MX"),
        "FR": (f"6A{_d(rng, 11)}", f"{_l(rng, 2)}{_d(rng, 9)}FR"),
        "DE": (f"JJD{_d(rng, 18)}", f"00{_d(rng, 18)}"),
        "PT": (f"{_l(rng, 2)}{_d(rng, 9)}PT", f"DA{_d(rng, 9)}PT"),
        "BR": (
            f"{_l(rng, 2)}{_d(rng, 9)}BR",
            f"{_l(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)} BR",
        ),
    }
    return rng.choice(shapes[country])


def zip_code(rng: random.Random, country: str) -> str:
    z = f"{rng.randint(1, 99):02d}{_d(rng, 3)}"
    return z if rng.random() < 0.5 else f"{z}-{_d(rng, 4)}"


def postal(rng: random.Random, country: str) -> str:
    if country == "GB":
        return rng.choice(
            (
                f"{_l(rng, 2)}{rng.randint(1, 9)} {rng.randint(1, 9)}{_l(rng, 2)}",
                f"{_l(rng, 1)}{rng.randint(1, 9)} {rng.randint(1, 9)}{_l(rng, 2)}",
                f"{_l(rng, 2)}{rng.randint(1, 9)}{_l(rng, 1)} {rng.randint(1, 9)}{_l(rng, 2)}",
            )
        )
    if country == "PT":
        return f"{rng.randint(1000, 9999)}-{_d(rng, 3)}"
    if country == "BR":
        return f"{_d(rng, 5)}-{_d(rng, 3)}" if rng.random() < 0.7 else _d(rng, 8)
    if country == "US":
        return zip_code(rng, country)
    return f"{rng.randint(1, 52):02d}{_d(rng, 3)}"


def date(rng: random.Random, country: str) -> str:
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if country == "US":
        forms = (f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}", f"{m}-{d}-{y % 100:02d}")
    elif country == "DE":
        forms = (
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.",
            f"{d}.{m}.{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
        )
    else:
        forms = (
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y % 100:02d}",
        )
    return rng.choice(forms)


def time(rng: random.Random, country: str) -> str:
    h, m = rng.randint(7, 21), rng.choice((0, 15, 30, 45, 10, 20, 50))
    if country in ("US", "GB"):
        h12 = h - 12 if h > 12 else h
        forms = (f"{h12}:{m:02d}", f"{h12}{rng.choice(('pm', 'am', ' pm'))}", f"{h12}:{m:02d}pm")
        return rng.choice((*forms, f"{h}:{m:02d}"))
    if country == "FR":
        return rng.choice((f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"))
    if country == "DE":
        return rng.choice((f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h}"))
    return rng.choice((f"{h}:{m:02d}", f"{h}h{m:02d}", f"{h}h"))


def price(rng: random.Random, country: str) -> str:
    units, cents = rng.randint(3, 2400), rng.choice((0, 99, 90, 50, 95, 49))
    if country in ("US", "MX"):
        grouped = f"{units:,}"
        return rng.choice((f"${grouped}.{cents:02d}", f"${units}", f"{grouped}.{cents:02d}"))
    if country == "GB":
        return rng.choice((f"£{units}.{cents:02d}", f"£{units}"))
    grouped = f"{units:,}".replace(",", ".")
    if country == "BR":
        return rng.choice((f"R$ {grouped},{cents:02d}", f"R${units}", f"{units},{cents:02d} reais"))
    return rng.choice(
        (f"{grouped},{cents:02d} €", f"€{units}", f"{units},{cents:02d}€", f"{units} EUR")
    )


def quantity(rng: random.Random, country: str) -> str:
    return str(rng.choice((1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 24)))


def model(rng: random.Random, country: str) -> str:
    return rng.choice(
        (
            f"SM-{_l(rng, 1)}{_d(rng, 3)}{_l(rng, 1)}",
            f"WH-{_d(rng, 4)}XM{rng.randint(2, 5)}",
            f"KD-{_d(rng, 2)}X{_d(rng, 2)}{_l(rng, 1)}",
            f"A{_d(rng, 4)}",
            f"{_l(rng, 2)}{_d(rng, 3)}-{_d(rng, 2)}",
            f"RTX {rng.choice((3060, 4070, 4080))}",
            f"{_l(rng, 3)}{_d(rng, 4)}{_l(rng, 2)}",
        )
    )


def version(rng: random.Random, country: str) -> str:
    a, b, c = rng.randint(1, 19), rng.randint(0, 12), rng.randint(0, 40)
    return rng.choice(
        (f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}-beta{rng.randint(1, 4)}")
    )


def invoice(rng: random.Random, country: str) -> str:
    y = rng.randint(2024, 2026)
    return rng.choice(
        (
            f"INV-{y}-{_d(rng, 6)}",
            f"F{y}/{_d(rng, 5)}",
            f"RE-{_d(rng, 6)}",
            f"FA{_d(rng, 7)}",
            f"{_d(rng, 4)}/{y}",
            f"NF-{_d(rng, 6)}",
        )
    )


def ticket(rng: random.Random, country: str) -> str:
    return rng.choice(
        (
            _d(rng, rng.randint(5, 8)),
            f"CS-{rng.randint(2024, 2026)}-{_d(rng, 6)}",
            f"TKT-{_d(rng, 6)}",
            f"{_l(rng, 3)}{_d(rng, 7)}",
            f"{_d(rng, 3)}-{_d(rng, 3)}",
        )
    )


def year(rng: random.Random, country: str) -> str:
    return str(rng.randint(2008, 2027))


def flight(rng: random.Random, country: str) -> str:
    airline = rng.choice(
        ("IB", "AF", "LH", "TP", "UA", "AM", "LA", "BA", "VY", "EW", "AD", "FR", "DL", "G3")
    )
    return f"{airline}{rng.choice(('', ' '))}{rng.randint(10, 9899)}"


def store(rng: random.Random, country: str) -> str:
    return rng.choice(
        (str(rng.randint(2, 999)), f"{rng.randint(1, 999):04d}", f"#{rng.randint(10, 999)}")
    )


GENERATORS: dict[str, Callable[[random.Random, str], str]] = {
    "order_number": order,
    "tracking_number": tracking,
    "zip_code": zip_code,
    "postal_code": postal,
    "date": date,
    "time": time,
    "price": price,
    "quantity": quantity,
    "product_model": model,
    "version": version,
    "invoice_number": invoice,
    "ticket_reference": ticket,
    "year": year,
    "flight_number": flight,
    "store_number": store,
}


# --- identifier checks --------------------------------------------------------------------


def _dni_hits(text: str) -> bool:
    return any(dni.is_valid(m) for m in re.findall(r"\d{8}[A-Za-z]", text.replace("-", "")))


def passes_identifier_check(digits: str) -> bool:
    """True when a digit run would pass one of the identifier checks the corpus labels."""
    n = len(digits)
    tests: list[bool] = []
    if 13 <= n <= 19:
        tests.append(luhn.is_valid(digits))
    if n == 9:
        tests += [rtn.is_valid(digits), nif.is_valid(digits)]
    if n == 11:
        tests += [cpf.is_valid(digits), idnr.is_valid(digits), checksums.cnh_is_valid(digits)]
    if n == 14:
        tests.append(cnpj.is_valid(digits))
    if n == 15:
        tests.append(nir.is_valid(digits))
    if n == 18:
        tests.append(checksums.clabe_is_valid(digits))
    if n == 20:
        tests.append(ccc.is_valid(digits))
    return any(tests)


def hits_identifier(text: str) -> bool:
    """Any digit run of a negative, or all its digits joined, passes an identifier check."""
    runs = re.findall(r"\d+", text)
    joined = "".join(runs)
    return any(passes_identifier_check(r) for r in [*runs, joined]) or _dni_hits(text)


def hits_phone(text: str, country: str) -> bool:
    """A bare digit run that phonenumbers reads as a valid number of the customer's country."""
    for run in re.findall(r"\d{9,12}", text):
        try:
            parsed = phonenumbers.parse(run, country)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(parsed, country):
            return True
    return False


def draw(rng: random.Random, kind: str, country: str) -> str:
    """An ordinary hard negative, redrawn while it would pass an identifier or phone check."""
    for _ in range(500):
        v = GENERATORS[kind](rng, country)
        if not hits_identifier(v) and not hits_phone(v, country):
            return v
    raise RuntimeError(f"no clean negative for {kind}")


# --- look-alikes: identifier shapes whose check fails -------------------------------------


def _failing(rng: random.Random, n: int, check: Callable[[str], bool]) -> str:
    while True:
        v = str(rng.randint(1, 9)) + _d(rng, n - 1)
        if not check(v):
            return v


def _card_like(rng: random.Random) -> str:
    v = _failing(rng, 16, lambda x: luhn.is_valid(x) or x[0] not in "3456")
    return rng.choice((v, " ".join(v[i : i + 4] for i in range(0, 16, 4))))


def _dni_like(rng: random.Random) -> str:
    body = _d(rng, 8)
    wrong = [c for c in "TRWAGMYFPDXBNJZSQVHLCKE" if c != dni.calc_check_digit(body)]
    return body + rng.choice(wrong)


def _eleven(rng: random.Random) -> str:
    v = _failing(
        rng, 11, lambda x: cpf.is_valid(x) or idnr.is_valid(x) or checksums.cnh_is_valid(x)
    )
    return rng.choice((v, f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"))


def _nine(rng: random.Random) -> str:
    return _failing(rng, 9, lambda x: nif.is_valid(x) or rtn.is_valid(x))


def _fifteen(rng: random.Random) -> str:
    return _failing(rng, 15, lambda x: nir.is_valid(x) or luhn.is_valid(x))


def _eighteen(rng: random.Random) -> str:
    return _failing(rng, 18, lambda x: checksums.clabe_is_valid(x) or luhn.is_valid(x))


def _ssn_like(rng: random.Random) -> str:
    area = rng.choice(("000", "666"))
    return f"{area}-{rng.randint(10, 99)}-{_d(rng, 4)}"


LOOKALIKES: dict[str, Callable[[random.Random], str]] = {
    "card": _card_like,
    "dni": _dni_like,
    "eleven": _eleven,
    "nine": _nine,
    "fifteen": _fifteen,
    "eighteen": _eighteen,
    "ssn": _ssn_like,
}


def lookalike_fails(shape: str, value: str) -> bool:
    """Re-check that a look-alike fails the identifier it imitates."""
    digits = re.sub(r"\D", "", value)
    if shape == "dni":
        return not dni.is_valid(value)
    if shape == "ssn":
        return not ssn.is_valid(digits)
    return not passes_identifier_check(digits)


def draw_lookalike(rng: random.Random, shape: str) -> str:
    v = LOOKALIKES[shape](rng)
    if not lookalike_fails(shape, v):
        raise RuntimeError(f"look-alike {shape} passes its check")
    return v
