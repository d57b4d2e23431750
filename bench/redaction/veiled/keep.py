"""Values that must stay visible (order numbers, dates, prices...), drawn per country.

Every digit run of a kept value, and its digits joined, must fail the identifier checks a
detector might use, or the value would be a fair thing to redact.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.pt import nif
from stdnum.us import rtn

from .values import clabe_valid, rd, ru

KINDS = {
    "order": "order_number",
    "track": "tracking_number",
    "zip": "zip_code",
    "post": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "ver": "version",
    "inv": "invoice_number",
    "ticket": "ticket_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
}


def looks_like_id(run: str) -> bool:
    n = len(run)
    checks: dict[int, list[Callable[[str], bool]]] = {
        9: [rtn.is_valid, nif.is_valid],
        11: [cpf.is_valid, idnr.is_valid],
        14: [cnpj.is_valid],
        15: [nir.is_valid],
        18: [clabe_valid],
    }
    if 13 <= n <= 19 and luhn.is_valid(run):
        return True
    return any(f(run) for f in checks.get(n, []))


def keep_ok(text: str) -> bool:
    runs = re.findall(r"\d+", text)
    joined = "".join(runs)
    if any(looks_like_id(r) for r in [*runs, joined]):
        return False
    return not any(dni.is_valid(m) for m in re.findall(r"\d{8}[A-Za-z]", text.replace(" ", "")))


def _date(rng: random.Random, cc: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2027)
    style = rng.random()
    if style < 0.2:
        return f"{y}-{m:02d}-{d:02d}"
    if cc == "US" or (cc == "CA" and style < 0.5):
        return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}"])
    if cc in {"DE", "AT", "CH"}:
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}.{m}.{str(y)[2:]}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d}/{m}/{str(y)[2:]}", f"{d}-{m}-{y}"])


def _price(rng: random.Random, cc: str) -> str:
    whole, cents = rng.choice([rng.randint(3, 99), rng.randint(100, 2500)]), rng.randint(0, 99)
    dot = f"{whole:,}.{cents:02d}"
    comma = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
    return {
        "US": rng.choice([f"${dot}", f"${whole}", f"{dot} USD"]),
        "CA": rng.choice([f"${dot}", f"{dot} $"]),
        "AU": f"${dot}",
        "GB": rng.choice([f"£{dot}", f"£{whole}"]),
        "IE": rng.choice([f"€{dot}", f"{dot} EUR"]),
        "MX": rng.choice([f"${dot}", f"${whole} MXN", f"{dot} pesos"]),
        "CO": f"$ {whole * 1000:,}".replace(",", "."),
        "AR": f"$ {whole * 100:,}".replace(",", "."),
        "BR": rng.choice([f"R$ {comma}", f"R${comma}"]),
        # The Swiss write round francs with a dash after the point.
        "CH": rng.choice([f"CHF {whole}.{cents:02d}", f"{whole}.– Fr."]),  # noqa: RUF001
    }.get(cc, rng.choice([f"{comma} €", f"{comma}€", f"€{comma}", f"{whole} euros"]))


def _postal(rng: random.Random, cc: str) -> str:
    if cc == "US":
        return rd(rng, 5) if rng.random() < 0.6 else f"{rd(rng, 5)}-{rd(rng, 4)}"
    if cc == "GB":
        return f"{ru(rng, 2)}{rng.randint(1, 20)} {rng.randint(1, 9)}{ru(rng, 2)}"
    if cc == "CA":
        return f"{ru(rng, 1)}{rd(rng, 1)}{ru(rng, 1)} {rd(rng, 1)}{ru(rng, 1)}{rd(rng, 1)}"
    if cc == "IE":
        return f"D{rng.randint(10, 24)} {ru(rng, 1)}{rd(rng, 1)}{ru(rng, 2)}"
    if cc in {"AU", "AT", "CH", "BE"}:
        return str(rng.randint(1000, 9899))
    if cc == "PT":
        return f"{rng.randint(1000, 9899)}-{rd(rng, 3)}"
    if cc == "BR":
        return f"{rd(rng, 5)}-{rd(rng, 3)}"
    if cc == "AR":
        return f"{ru(rng, 1)}{rng.randint(1000, 9899)}{ru(rng, 3)}"
    if cc == "CO":
        return rd(rng, 6)
    return f"{rng.randint(1, 95):02d}{rd(rng, 3)}"


def make_keep(kind: str, rng: random.Random, cc: str, lang: str) -> tuple[str, str]:
    """(kind name, text); redrawn until it fails every identifier check."""
    for _ in range(1000):
        text = _draw(kind, rng, cc, lang)
        if keep_ok(text):
            name = KINDS[kind]
            if kind in {"zip", "post"}:
                name = "zip_code" if cc == "US" else "postal_code"
            return name, text
    raise RuntimeError(kind)


def _draw(kind: str, rng: random.Random, cc: str, lang: str) -> str:
    r = rng
    if kind == "order":
        return r.choice(
            [
                f"{rd(r, 3)}-{rd(r, 7)}-{rd(r, 7)}",
                f"#{rd(r, 6)}",
                f"{rd(r, 8)}",
                f"ORD-{rd(r, 6)}",
                f"{ru(r, 2)}{rd(r, 7)}",
                f"#{rd(r, 4)}-{rd(r, 4)}",
                rd(r, 5),
                f"W{rd(r, 9)}",
                f"PED-{rd(r, 5)}",
                f"CMD{rd(r, 7)}",
                f"BE-{rd(r, 8)}",
            ]
        )
    if kind == "track":
        return r.choice(
            [
                f"1Z{ru(r, 3, 'ABCDEFVWXY0123456789')}{rd(r, 3)}{ru(r, 2)}{rd(r, 8)}",
                f"{ru(r, 2)}{rd(r, 9)}{r.choice(['ES', 'FR', 'DE', 'BR', 'PT', 'GB', 'US'])}",
                f"9400 {rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 2)}",
                f"JJD{rd(r, 18)}",
                f"{rd(r, 12)}",
                f"{rd(r, 4)} {rd(r, 4)} {rd(r, 4)}",
            ]
        )
    if kind in {"zip", "post"}:
        return _postal(r, cc)
    if kind == "date":
        return _date(r, cc)
    if kind == "time":
        h, m = r.randint(7, 21), r.choice([0, 15, 30, 45, 5, 20, 50])
        if cc in {"US", "CA", "AU"} and lang == "en":
            return r.choice(
                [f"{h % 12 or 12}:{m:02d} pm", f"{h % 12 or 12}:{m:02d}", f"{h % 12 or 12}pm"]
            )
        if lang == "fr":
            return r.choice([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"])
        if lang == "de":
            return r.choice([f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h}"])
        return r.choice([f"{h}:{m:02d}", f"{h}h{m:02d}", f"{h}:{m:02d}h"])
    if kind == "price":
        return _price(r, cc)
    if kind == "qty":
        return str(r.choice([1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 24, 50]))
    if kind == "model":
        return r.choice(
            [
                f"SM-{ru(r, 1)}{rd(r, 3)}{ru(r, 1)}",
                f"XPS {r.choice([13, 15, 17])} {rd(r, 4)}",
                f"iPhone {r.randint(11, 16)}",
                f"WH-{rd(r, 4)}XM{r.randint(3, 5)}",
                f"{ru(r, 3)}-{rd(r, 4)}",
                f"Model {ru(r, 1)}{rd(r, 3)}",
                f"RT-AX{rd(r, 2)}U",
                f"KD-{rd(r, 2)}X{rd(r, 4)}",
                f"Galaxy A{rd(r, 2)}",
                f"TX{rd(r, 3)}-{ru(r, 2)}",
            ]
        )
    if kind == "ver":
        major = r.randint(1, 9)
        return r.choice(
            [
                f"v{major}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(1, 17)}.{r.randint(0, 9)}",
                f"{major}.{r.randint(0, 40)}.{rd(r, 3)}",
            ]
        )
    if kind == "inv":
        year = r.randint(2023, 2026)
        return r.choice(
            [
                f"INV-{year}-{rd(r, 5)}",
                f"FA{rd(r, 8)}",
                f"F-{rd(r, 6)}",
                f"RE-{rd(r, 7)}",
                f"NF {rd(r, 3)}.{rd(r, 3)}",
                f"{rd(r, 4)}/{year}",
            ]
        )
    if kind == "ticket":
        return r.choice(
            [
                f"#{rd(r, 5)}",
                f"CS-{rd(r, 6)}",
                f"TKT{rd(r, 7)}",
                f"{ru(r, 3)}-{rd(r, 4)}-{rd(r, 3)}",
                f"INC{rd(r, 7)}",
                rd(r, 6),
            ]
        )
    if kind == "year":
        return str(r.randint(1998, 2026))
    if kind == "flight":
        airline = r.choice(["IB", "AF", "LH", "TP", "BA", "AA", "AM", "LA", "UX", "VY", "FR", "LX"])
        return f"{airline}{r.randint(10, 9899)}"
    if kind == "store":
        return str(r.randint(12, 2899))
    raise ValueError(kind)
