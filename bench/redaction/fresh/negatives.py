"""Hard negatives: numbers a redactor must leave alone, per country, and look-alikes shaped
like an identifier of the entity list but failing its check digit."""

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
from stdnum.us import rtn

from .values import clabe_is_valid

D = string.digits
U = string.ascii_uppercase


def _d(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def passes_a_checksum(digits: str) -> bool:
    """Would a checksum of the entity list accept this digit run?"""
    n = len(digits)
    checks: list[Callable[[str], bool]] = []
    if 13 <= n <= 19:
        checks.append(luhn.is_valid)
    if n == 9:
        checks += [rtn.is_valid, nif.is_valid]
    if n == 11:
        checks += [cpf.is_valid, idnr.is_valid]
    if n == 14:
        checks.append(cnpj.is_valid)
    if n == 15:
        checks.append(nir.is_valid)
    if n == 18:
        checks.append(clabe_is_valid)
    if n == 20:
        checks.append(ccc.is_valid)
    return any(c(digits) for c in checks)


def text_passes_a_checksum(text: str) -> bool:
    runs = re.findall(r"\d+", text)
    joined = "".join(runs)
    if any(passes_a_checksum(r) for r in runs) or (len(runs) > 1 and passes_a_checksum(joined)):
        return True
    return any(dni.is_valid(m) for m in re.findall(r"\d{8}[A-Z]", text.upper()))


def _date(country: str, rng: random.Random) -> str:
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    if r < 0.15:
        return f"{y}-{m:02d}-{d:02d}"
    if country == "US":
        return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}", f"{m}/{d}"])
    if country == "DE":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d:02d}.{m:02d}."])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d:02d}/{m:02d}/{str(y)[2:]}"])


def _time(country: str, rng: random.Random) -> str:
    h, mi = rng.randint(7, 21), rng.choice([0, 5, 15, 20, 30, 45, 50])
    if country in ("US", "GB") and rng.random() < 0.6:
        return f"{(h - 1) % 12 + 1}:{mi:02d}" + rng.choice(["pm", " pm", "am", ""])
    if country == "FR" and rng.random() < 0.6:
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    return f"{h}:{mi:02d}"


def _price(country: str, rng: random.Random) -> str:
    whole, cents = rng.randint(3, 1899), rng.choice([0, 99, 50, 95, 49, 90])
    if country == "US":
        return f"${whole:,}.{cents:02d}" if cents else f"${whole}"
    if country == "GB":
        return f"£{whole}.{cents:02d}"
    if country == "BR":
        return f"R$ {whole},{cents:02d}" if rng.random() < 0.6 else f"R${whole},{cents:02d}"
    if country == "MX":
        return f"${whole:,}.{cents:02d} MXN" if rng.random() < 0.4 else f"${whole}"
    return rng.choice(
        [f"{whole},{cents:02d} €", f"{whole},{cents:02d}€", f"€{whole}", f"{whole} EUR"]
    )


def _postal(country: str, rng: random.Random) -> str:
    if country == "GB":
        return rng.choice(["SW1A 1AA", "M1 1AE", "EC2A 4BX", "B33 8TH", "LS6 2QT", "CR2 6XH"])
    if country == "PT":
        return f"{rng.randint(1000, 9800)}-{_d(rng, 3)}"
    if country == "BR":
        return f"{_d(rng, 5, '0123456789')}-{_d(rng, 3)}"
    if country == "US":
        return _d(rng, 5, "123456789")
    return _d(rng, 5)


def _phone_like(country: str, rng: random.Random) -> str:
    region = country if country in ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT") else "US"
    for _ in range(500):
        t = rng.choice(
            [
                f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 4)}",
                f"{_d(rng, 2)} {_d(rng, 4)} {_d(rng, 4)}",
                f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}",
            ]
        )
        digits = re.sub(r"\D", "", t)
        bad = False
        for cand, reg in [(digits, region), ("+" + digits, None)]:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(cand, reg)):
                    bad = True
            except phonenumbers.NumberParseException:
                pass
        if not bad:
            return t
    raise RuntimeError("no phone-like reference found")


def _failing(
    rng: random.Random, make: Callable[[random.Random], str], ok: Callable[[str], bool]
) -> str:
    for _ in range(500):
        t = make(rng)
        if not ok(re.sub(r"\W", "", t)):
            return t
    raise RuntimeError("no look-alike found")


def _dni_like(rng: random.Random) -> str:
    body = _d(rng, 8)
    wrong = [c for c in U if c not in "IOU" and not dni.is_valid(body + c)]
    return body + rng.choice(wrong)


_POSTS = ["BR", "PT", "ES", "DE", "FR", "MX", "US"]

# key -> (kind, generator(country, rng), is_lookalike)
KEEP: dict[str, tuple[str, Callable[[str, random.Random], str], bool]] = {
    "order": (
        "order_number",
        lambda c, r: r.choice(
            [
                f"#{_d(r, 6)}",
                f"{_d(r, 7, '123456789')}",
                f"PED-{_d(r, 6)}",
                f"ORD{_d(r, 8)}",
                f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
                f"A{_d(r, 5)}",
                f"#{_d(r, 5)}-{_d(r, 2)}",
            ]
        ),
        False,
    ),
    "tracking": (
        "tracking_number",
        lambda c, r: r.choice(
            [
                f"1Z{''.join(r.choice(U + D) for _ in range(6))}{_d(r, 10)}",
                r.choice(["RR", "LX", "CP", "EE"]) + _d(r, 9) + r.choice(_POSTS),
                f"JJD{_d(r, 12)}",
                f"PQ{_d(r, 2)}{r.choice(U)}{_d(r, 16)}{r.choice(U)}",
                f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
            ]
        ),
        False,
    ),
    "zip": (
        "zip_code",
        lambda c, r: _d(r, 5, "123456789") + (f"-{_d(r, 4)}" if r.random() < 0.5 else ""),
        False,
    ),
    "postal": ("postal_code", lambda c, r: _postal(c, r), False),
    "date": ("date", lambda c, r: _date(c, r), False),
    "time": ("time", lambda c, r: _time(c, r), False),
    "price": ("price", lambda c, r: _price(c, r), False),
    "qty": (
        "quantity",
        lambda c, r: r.choice(
            [f"x{r.randint(2, 12)}", f"{r.randint(2, 40)}", f"{r.randint(2, 9)}x"]
        ),
        False,
    ),
    "model": (
        "product_model",
        lambda c, r: r.choice(
            [
                "SM-A556B",
                "WH-1000XM5",
                "iPhone 15",
                "Pixel 8a",
                "KD-55X80L",
                "XPS 13 9340",
                "A2894",
                "RTX 4070",
                "Galaxy S24",
                "MX Master 3S",
                "QLED Q60D",
                "EA8300",
                "TL-WR840N",
            ]
        ),
        False,
    ),
    "version": (
        "version",
        lambda c, r: r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                f"{r.randint(14, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                f"{r.randint(2, 9)}.{r.randint(0, 9)}",
                f"10.0.{r.randint(19041, 22631)}",
                f"build {_d(r, 4)}",
            ]
        ),
        False,
    ),
    "invoice": (
        "invoice_number",
        lambda c, r: r.choice(
            [
                f"INV-{r.randint(2024, 2026)}-{_d(r, 5)}",
                f"FAC/{r.randint(2024, 2026)}/{_d(r, 4)}",
                f"RE-{_d(r, 8)}",
                f"F{r.randint(2024, 2026)}-{_d(r, 4)}",
                f"NF {_d(r, 6)}",
            ]
        ),
        False,
    ),
    "ticket": (
        "ticket_reference",
        lambda c, r: r.choice(
            [
                f"#{_d(r, 5)}",
                f"CASE-{_d(r, 8)}",
                f"SR{_d(r, 7)}",
                f"INC{_d(r, 7)}",
                f"{_d(r, 2)}-{_d(r, 6)}",
            ]
        ),
        False,
    ),
    "year": ("year", lambda c, r: str(r.randint(1998, 2025)), False),
    "flight": (
        "flight_number",
        lambda c, r: (
            r.choice(["IB", "LH", "AF", "TP", "LA", "BA", "AM", "UX", "AA", "VY"])
            + r.choice(["", " "])
            + str(r.randint(100, 9899))
        ),
        False,
    ),
    "store": (
        "store_number",
        lambda c, r: r.choice([f"#{_d(r, 4)}", _d(r, 3, "123456789"), f"{_d(r, 4)}"]),
        False,
    ),
    "phonelike": ("ticket_reference", lambda c, r: _phone_like(c, r), True),
    # look-alikes: the shape of an identifier, a wrong check digit
    "card16": (
        "order_number",
        lambda c, r: _failing(
            r,
            lambda q: r.choice([" ", "-", ""]).join(
                _d(q, 4, "45") if i == 0 else _d(q, 4) for i in range(4)
            ),
            luhn.is_valid,
        ),
        True,
    ),
    "dnilike": ("order_number", lambda c, r: _dni_like(r), True),
    "cpflike": (
        "ticket_reference",
        lambda c, r: _failing(
            r,
            lambda q: (
                f"{_d(q, 3)}.{_d(q, 3)}.{_d(q, 3)}-{_d(q, 2)}" if q.random() < 0.5 else _d(q, 11)
            ),
            lambda s: cpf.is_valid(s) or idnr.is_valid(s),
        ),
        True,
    ),
    "idnrlike": (
        "order_number",
        lambda c, r: _failing(
            r, lambda q: _d(q, 11, "123456789"), lambda s: idnr.is_valid(s) or cpf.is_valid(s)
        ),
        True,
    ),
    "niflike": (
        "invoice_number",
        lambda c, r: _failing(
            r, lambda q: _d(q, 9, "12569"), lambda s: nif.is_valid(s) or rtn.is_valid(s)
        ),
        True,
    ),
    "nirlike": (
        "ticket_reference",
        lambda c, r: _failing(
            r, lambda q: q.choice("12") + _d(q, 14), lambda s: nir.is_valid(s) or luhn.is_valid(s)
        ),
        True,
    ),
    "clabelike": (
        "order_number",
        lambda c, r: _failing(
            r, lambda q: _d(q, 18), lambda s: clabe_is_valid(s) or luhn.is_valid(s)
        ),
        True,
    ),
    "abalike": (
        "invoice_number",
        lambda c, r: _failing(
            r, lambda q: _d(q, 9, "0123"), lambda s: rtn.is_valid(s) or nif.is_valid(s)
        ),
        True,
    ),
    "ssnlike": (
        "ticket_reference",
        lambda c, r: r.choice(
            [
                f"000-{_d(r, 2)}-{_d(r, 4)}",
                f"666-{_d(r, 2)}-{_d(r, 4)}",
                f"{_d(r, 3, '123')}-00-{_d(r, 4)}",
            ]
        ),
        True,
    ),
}


def make_keep(key: str, country: str, rng: random.Random) -> tuple[str, str, bool]:
    kind, gen, lookalike = KEEP[key]
    for _ in range(200):
        text = gen(country, rng)
        if not text_passes_a_checksum(text):
            return kind, text, lookalike
    raise RuntimeError(f"negative {key} kept passing a checksum")
