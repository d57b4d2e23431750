"""Values that must stay visible (order numbers, dates, prices...) and the hard-negative rule.

Every digit run of a must_keep value, and all its digits joined, must fail the identifier
checks of its length, so a detector that masks it is over-redacting, not finding PII.
"""

from __future__ import annotations

import random
import re
import string

from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.pt import nif
from stdnum.us import rtn

from . import values as v

KINDS = {
    "order": "order_number", "track": "tracking_number", "zip": "zip_code",
    "postal": "postal_code", "date": "date", "time": "time", "price": "price",
    "qty": "quantity", "model": "product_model", "ver": "version", "inv": "invoice_number",
    "ticket": "ticket_reference", "year": "year", "flight": "flight_number",
    "store": "store_number",
}  # fmt: skip


def looks_like_identifier(run: str) -> str | None:
    """Name of the check a digit string passes, or None when it is a safe hard negative."""
    n = len(run)
    if 13 <= n <= 19 and luhn.is_valid(run):
        return "luhn"
    if n == 9 and (rtn.is_valid(run) or nif.is_valid(run)):
        return "aba/nif"
    if n == 11 and (cpf.is_valid(run) or idnr.is_valid(run)):
        return "cpf/idnr"
    if n == 14 and cnpj.is_valid(run):
        return "cnpj"
    if n == 15 and nir.is_valid(run):
        return "nir"
    if n == 18 and v.clabe_valid(run):
        return "clabe"
    return None


def keep_failures(text: str) -> list[str]:
    runs = re.findall(r"\d+", text)
    joined = "".join(runs)
    found = [c for r in {*runs, joined} if (c := looks_like_identifier(r))]
    for m in re.finditer(r"(\d{8})[- ]?([A-Za-z])", text):
        if dni.is_valid(m.group(1) + m.group(2).upper()):
            found.append("dni")
    return found


def _d(rng: random.Random, n: int) -> str:
    return v.digits(rng, n, first_nonzero=True)


def _date(rng: random.Random, country: str) -> str:
    y, m, d = rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if country == "US":
        return rng.choice((f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}"))
    if country in ("DE", "AT", "CH"):
        return rng.choice((f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}.{m}.{y % 100:02d}"))
    return rng.choice(
        (f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}")
    )


def _price(rng: random.Random, country: str) -> str:
    amount = rng.choice((rng.randint(3, 99), rng.randint(100, 2500)))
    cents = rng.choice(("00", "99", "50", "90", "95", f"{rng.randint(0, 99):02d}"))
    if country in ("US", "MX", "AR"):
        sym = "$" if country == "US" else rng.choice(("$", "MX$")) if country == "MX" else "$"
        return rng.choice((f"{sym}{amount}.{cents}", f"{sym}{amount}"))
    if country == "GB":
        return rng.choice((f"£{amount}.{cents}", f"£{amount}"))
    if country == "BR":
        return rng.choice((f"R$ {amount},{cents}", f"R${amount},{cents}"))
    if country == "CH":
        return rng.choice((f"CHF {amount}.{cents}", f"{amount}.{cents} CHF", f"Fr. {amount}.-"))
    return rng.choice(
        (f"{amount},{cents} €", f"€{amount},{cents}", f"{amount}€", f"{amount},{cents}€")
    )


def _postal(rng: random.Random, country: str) -> str:
    if country == "GB":
        letters = string.ascii_uppercase
        return (
            f"{rng.choice('SNEWMBL')}{rng.choice('W1E')}{rng.randint(1, 9)} "
            f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        )
    if country == "PT":
        return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
    if country == "BR":
        return f"{rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}"
    if country in ("AT", "CH", "BE"):
        return str(rng.randint(1010, 9999))
    if country == "US":
        return str(rng.randint(10001, 99950))
    return f"{rng.randint(1000, 95999):05d}"


def make_keep(kind: str, rng: random.Random, country: str) -> str:
    for _ in range(200):
        value = _make(kind, rng, country)
        if not keep_failures(value):
            return value
    raise RuntimeError(f"no hard negative for {kind}")


def _make(kind: str, rng: random.Random, country: str) -> str:
    u = string.ascii_uppercase
    if kind == "order":
        return rng.choice(
            (
                _d(rng, rng.choice((6, 7, 8, 9, 9, 10, 10, 11))),
                _d(rng, rng.choice((9, 10, 11, 11))),  # hard negatives: ABA/NIF, CPF/IdNr lengths
                f"{rng.choice(u)}{_d(rng, 7)}",
                f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
                f"ORD-{_d(rng, 6)}",
                _d(rng, 8),
                f"{rng.choice(('PED', 'CMD', 'BST', 'PD', 'WEB'))}{_d(rng, 7)}",
            )
        )
    if kind == "track":
        return rng.choice(
            (
                "1Z" + "".join(rng.choice(u + string.digits) for _ in range(16)),
                _d(rng, 16),
                rng.choice(("LX", "RR", "CP", "LB")) + _d(rng, 9) + rng.choice(("DE", "ES", "BR")),
                _d(rng, rng.choice((11, 12, 14, 15, 18))),  # CPF, CNPJ, NIR, CLABE lengths
                _d(rng, rng.choice((14, 15, 18))),
                _d(rng, 20),
                f"JJD{_d(rng, 15)}",
            )
        )
    if kind == "zip":
        base = f"{rng.randint(10001, 99950)}"
        return base if rng.random() < 0.5 else f"{base}-{rng.randint(1000, 9999)}"
    if kind == "postal":
        return _postal(rng, country)
    if kind == "date":
        return _date(rng, country)
    if kind == "time":
        h, m = rng.randint(7, 21), rng.choice((0, 15, 30, 45, 10, 5))
        if country == "US":
            return rng.choice(
                (f"{(h - 1) % 12 + 1}:{m:02d}pm", f"{(h - 1) % 12 + 1}:{m:02d}", f"{h % 12 + 1}am")
            )
        if country == "FR" or country == "BE":
            return rng.choice((f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"))
        return rng.choice((f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"))
    if kind == "price":
        return _price(rng, country)
    if kind == "qty":
        return str(rng.randint(2, 12))
    if kind == "model":
        return rng.choice(
            (
                f"{rng.choice(('XR', 'TX', 'KV', 'MZ', 'AQ'))}-{rng.randint(100, 9900)}",
                f"{rng.choice(('X', 'S', 'A', 'Z'))}{rng.randint(2, 60)}",
                f"{rng.choice(('Pro', 'Max', 'Lite'))} {rng.randint(2, 15)}",
            )
        )
    if kind == "ver":
        return rng.choice(
            (
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}",
                f"{rng.randint(2, 5)}.{rng.randint(0, 9)}",
            )
        )
    if kind == "inv":
        return rng.choice(
            (
                f"INV-{rng.randint(2024, 2026)}-{_d(rng, 6)}",
                f"FA{_d(rng, 8)}",
                f"{_d(rng, 4)}/{_d(rng, 5)}",
                f"F-{_d(rng, 7)}",
                f"RE-{_d(rng, 6)}",
                f"NF {_d(rng, 6)}",
            )
        )
    if kind == "ticket":
        return rng.choice(
            (
                f"TCK-{_d(rng, 6)}",
                _d(rng, 5),
                f"CS{_d(rng, 7)}",
                f"INC{_d(rng, 7)}",
                f"{_d(rng, 4)}-{_d(rng, 4)}",
            )
        )
    if kind == "year":
        return str(rng.randint(1995, 2026))
    if kind == "flight":
        return rng.choice(
            (
                rng.choice(("IB", "LH", "AF", "TP", "BA", "UX", "LA", "AM", "VY"))
                + str(rng.randint(10, 9999)),
                f"{rng.choice(('IB', 'LH', 'AF', 'TP', 'BA', 'UA', 'G3'))} {rng.randint(10, 9999)}",
            )
        )
    if kind == "store":
        return rng.choice(
            (f"{rng.randint(1, 999):03d}", str(rng.randint(10, 9999)), f"{rng.randint(1, 99):04d}")
        )
    raise ValueError(kind)
