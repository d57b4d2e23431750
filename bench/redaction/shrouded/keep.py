"""Numbers that must survive redaction (order numbers, dates, prices, ...), per locale.

Each value is redrawn until none of its digit runs passes an identifier check it could be
mistaken for, so a detector that masks one has over-redacted, with no argument about it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import stdnum.br.cnpj
import stdnum.br.cpf
import stdnum.de.idnr
import stdnum.es.dni
import stdnum.fr.nir
import stdnum.luhn
import stdnum.pt.nif
import stdnum.us.rtn

from bench.redaction.shrouded.values import clabe_valid

KINDS = {
    "order": "order_number",
    "track": "tracking_number",
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
    "amount": "amount",
    "age": "age",
    "percent": "percentage",
    "room": "room_number",
    "duration": "duration",
    "count": "count",
    "step": "step_number",
    "size": "data_size",
    "code": "error_code",
    "page": "page_number",
    "line": "line_number",
    "floor": "floor_number",
    "km": "distance",
    "port": "port_number",
    "policy": "policy_number",
    "meter": "meter_reading",
    "contract": "contract_number",
}


def confusable(value: str) -> str | None:
    """The identifier check a must_keep value passes, or None when it passes none."""
    runs = re.findall(r"\d+", value)
    joined = "".join(runs)
    for run in {*runs, joined}:
        n = len(run)
        if 13 <= n <= 19 and stdnum.luhn.is_valid(run):
            return "luhn"
        if n == 9 and (stdnum.us.rtn.is_valid(run) or stdnum.pt.nif.is_valid(run)):
            return "aba/nif"
        if n == 11 and (stdnum.br.cpf.is_valid(run) or stdnum.de.idnr.is_valid(run)):
            return "cpf/idnr"
        if n == 14 and stdnum.br.cnpj.is_valid(run):
            return "cnpj"
        if n == 15 and stdnum.fr.nir.is_valid(run):
            return "nir"
        if n == 18 and clabe_valid(run):
            return "clabe"
    for m in re.finditer(r"(\d{8})[-\s]?([A-Za-z])\b", value):
        if stdnum.es.dni.is_valid(m.group(1) + m.group(2).upper()):
            return "dni"
    return None


def _d(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def _date(rng: random.Random, lang: str, cc: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    month = MONTH_NAMES[lang].split()[m - 1]
    if lang == "en":
        forms = [f"{m}/{d}/{y}", f"{month} {d}", f"{d} {month}", f"{y}-{m:02d}-{d:02d}"]
        if cc != "US":
            forms[0] = f"{d:02d}/{m:02d}/{y}"
        return rng.choice(forms)
    if lang == "de":
        return rng.choice(
            [f"{d:02d}.{m:02d}.{y}", f"{d}. {month}", f"{d}.{m}.", f"{d:02d}.{m:02d}."]
        )
    sep = {"es": " de ", "pt": " de ", "fr": " "}[lang]
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}{sep}{month}", f"{d}/{m}", f"{d:02d}/{m:02d}"])


def _price(rng: random.Random, lang: str, cc: str) -> str:
    whole, cents = rng.randint(3, 1999), rng.randint(0, 99)
    if cc in ("US", "CA", "AU") and lang in ("en", "fr"):
        return (
            rng.choice([f"${whole}.{cents:02d}", f"${whole}", f"{whole}.{cents:02d}$"])
            if lang == "fr"
            else rng.choice([f"${whole}.{cents:02d}", f"${whole}"])
        )
    if cc == "GB":
        return rng.choice([f"£{whole}.{cents:02d}", f"£{whole}"])
    if cc == "IN":
        return rng.choice([f"₹{whole * 10}", f"Rs {whole * 10}", f"INR {whole * 10}"])
    if cc == "BR":
        return rng.choice([f"R$ {whole},{cents:02d}", f"R${whole}"])
    if cc == "MX":
        return rng.choice([f"${whole} MXN", f"${whole}.{cents:02d}", f"{whole} pesos"])
    if cc in ("CO", "AR", "CL"):
        return rng.choice(
            [f"${whole}.000", f"{whole} mil pesos", f"${whole}.{rng.randint(100, 999)}"]
        )
    if cc == "CH":
        return rng.choice([f"CHF {whole}.{cents:02d}", f"{whole}.- CHF", f"{whole} Fr."])
    return rng.choice(
        [
            f"{whole},{cents:02d} €",
            f"{whole}€",
            f"€{whole}.{cents:02d}",
            f"{whole} euros" if lang != "de" else f"{whole} Euro",
        ]
    )


def _postal(rng: random.Random, cc: str) -> str:
    shapes: dict[str, Callable[[], str]] = {
        "GB": lambda: (
            rng.choice(["SW1A", "M1", "EH3", "B33", "LS6", "N7"])
            + f" {rng.randint(1, 9)}"
            + rng.choice(["AA", "XP", "DL", "HT"])
        ),
        "IE": lambda: (
            rng.choice(["D02", "D08", "T12", "H91"])
            + " "
            + rng.choice("ACEFHKNPRTVWXY")
            + _d(rng, 3)
        ),
        "CA": lambda: f"K{rng.randint(1, 9)}A {rng.randint(1, 9)}B{rng.randint(1, 9)}",
        "AU": lambda: _d(rng, 4),
        "IN": lambda: _d(rng, 6),
        "ES": lambda: f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}",
        "MX": lambda: f"{rng.randint(1, 99):02d}{rng.randint(0, 999):03d}",
        "CO": lambda: _d(rng, 6),
        "AR": lambda: rng.choice("CBSX") + _d(rng, 4) + rng.choice(["", "ABC"]),
        "CL": lambda: _d(rng, 7),
        "FR": lambda: f"{rng.randint(1, 95):02d}{rng.randint(0, 999):03d}",
        "BE": lambda: _d(rng, 4),
        "CH": lambda: _d(rng, 4),
        "DE": lambda: f"{rng.randint(1, 99):02d}{rng.randint(0, 999):03d}",
        "AT": lambda: _d(rng, 4),
        "BR": lambda: f"{_d(rng, 5)}-{rng.randint(0, 999):03d}",
        "PT": lambda: f"{_d(rng, 4)}-{rng.randint(0, 999):03d}",
    }
    return shapes.get(cc, shapes["FR"])()


def make(kind: str, rng: random.Random, lang: str, cc: str) -> str:
    for _ in range(1000):
        value = _make_once(kind, rng, lang, cc)
        if confusable(value) is None:
            return value
    raise AssertionError(kind)


def _make_once(kind: str, rng: random.Random, lang: str, cc: str) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "order":
        return rng.choice(
            [
                "#" + _d(rng, rng.choice([6, 7, 8, 9, 10, 11])),
                _d(rng, rng.choice([7, 9, 11, 13])),
                f"ORD-{_d(rng, 6)}",
                f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
                f"A{_d(rng, 9)}",
                f"PED{_d(rng, 8)}",
                f"CMD-{_d(rng, 6)}",
                f"BE{_d(rng, 8)}",
            ]
        )
    if kind == "track":
        return rng.choice(
            [
                "1Z" + "".join(rng.choice(letters + "0123456789") for _ in range(16)),
                rng.choice(letters)
                + rng.choice(letters)
                + _d(rng, 9)
                + rng.choice(["BR", "ES", "FR", "DE", "PT", "GB"]),
                _d(rng, rng.choice([12, 14, 15, 18, 20])),
                f"JD{_d(rng, 18)}",
            ]
        )
    if kind == "zip":
        return rng.choice([_d(rng, 5), f"{_d(rng, 5)}-{_d(rng, 4)}"])
    if kind == "postal":
        return _postal(rng, cc)
    if kind == "date":
        return _date(rng, lang, cc)
    if kind == "time":
        h, m = rng.randint(0, 23), rng.choice([0, 15, 30, 45, 5, 50])
        if lang == "en":
            return rng.choice(
                [f"{h:02d}:{m:02d}", f"{h % 12 or 12}pm", f"{h % 12 or 12}:{m:02d} am"]
            )
        if lang == "fr":
            return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h:02d}:{m:02d}"])
        if lang == "de":
            return rng.choice([f"{h}:{m:02d} Uhr", f"{h} Uhr", f"{h:02d}:{m:02d}"])
        return rng.choice([f"{h:02d}:{m:02d}", f"{h}h", f"{h}:{m:02d}h"])
    if kind == "price":
        return _price(rng, lang, cc)
    if kind in ("qty", "count"):
        return str(rng.randint(2, 12))
    if kind == "model":
        return rng.choice(
            [
                f"iPhone {rng.randint(11, 16)}",
                f"SM-G{_d(rng, 3)}B",
                f"XPS {rng.choice([13, 15, 17])} {_d(rng, 4)}",
                f"WH-{_d(rng, 4)}XM{rng.randint(3, 5)}",
                f"Pixel {rng.randint(6, 9)}",
                f"FRITZ!Box {_d(rng, 4)}",
                f"TP-{rng.choice(['AX', 'AC'])}{_d(rng, 4)}",
                f"Galaxy A{rng.randint(10, 56)}",
                f"HG{_d(rng, 4)}",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                f"{rng.randint(1, 19)}.{rng.randint(0, 9)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
            ]
        )
    if kind == "invoice":
        return rng.choice(
            [
                f"INV-{rng.choice([2024, 2025])}-{_d(rng, 5)}",
                f"FAC{_d(rng, 7)}",
                f"RE-{_d(rng, 6)}",
                f"FT {rng.randint(2024, 2025)}/{_d(rng, 4)}",
                f"NF-{_d(rng, 6)}",
                f"{_d(rng, 8)}",
            ]
        )
    if kind == "ticket":
        return rng.choice(
            [
                f"CS-{_d(rng, 6)}",
                f"#{_d(rng, 5)}",
                f"SR{_d(rng, 7)}",
                f"TKT-{_d(rng, 4)}-{_d(rng, 3)}",
                f"INC{_d(rng, 7)}",
                f"CAS-{_d(rng, 5)}-{''.join(rng.choice(letters) for _ in range(3))}",
            ]
        )
    if kind == "year":
        return str(rng.randint(1995, 2026))
    if kind == "flight":
        return (
            rng.choice(
                [
                    "IB",
                    "LH",
                    "TP",
                    "AF",
                    "BA",
                    "AM",
                    "LA",
                    "UX",
                    "FR",
                    "EI",
                    "AC",
                    "QF",
                    "AI",
                    "LX",
                    "OS",
                    "G3",
                ]
            )
            + rng.choice(["", " "])
            + str(rng.randint(10, 9999))
        )
    if kind == "store":
        return rng.choice([_d(rng, 3), _d(rng, 4), f"#{_d(rng, 3)}", f"0{_d(rng, 3)}"])
    if kind == "amount":
        return rng.choice(
            [
                str(rng.randint(20, 5000)),
                f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d}",
                f"{rng.randint(2, 900)},{rng.randint(0, 99):02d}",
            ]
        )
    if kind == "age":
        return str(rng.randint(18, 90))
    if kind == "percent":
        return f"{rng.randint(2, 80)}%"
    if kind == "room":
        return str(rng.randint(101, 1299))
    if kind == "duration":
        return str(rng.randint(2, 72))
    if kind == "step":
        return str(rng.randint(1, 9))
    if kind == "size":
        return rng.choice(
            [f"{rng.randint(1, 200)}GB", f"{rng.randint(10, 900)} MB", f"{rng.randint(1, 10)} Go"]
        )
    if kind == "code":
        return rng.choice(
            [
                f"E{_d(rng, 3)}",
                f"{rng.choice([400, 401, 403, 404, 429, 500, 502, 503])}",
                f"0x{_d(rng, 4)}",
            ]
        )
    if kind == "page":
        return str(rng.randint(2, 40))
    if kind == "line":
        return str(rng.randint(2, 400))
    if kind == "floor":
        return str(rng.randint(1, 12))
    if kind == "policy":
        return rng.choice(
            [
                f"POL-{_d(rng, 7)}",
                f"{''.join(rng.choice(letters) for _ in range(2))}{_d(rng, 8)}",
                f"AUTO/{_d(rng, 6)}",
            ]
        )
    if kind == "meter":
        return rng.choice([f"{_d(rng, 5)} kWh", f"{_d(rng, 4)},{rng.randint(0, 9)} m3", _d(rng, 5)])
    if kind == "contract":
        return rng.choice(
            [f"CT{_d(rng, 8)}", f"{_d(rng, 10)}", f"V-{_d(rng, 6)}-{rng.randint(10, 99)}"]
        )
    if kind == "km":
        return str(rng.randint(2, 900))
    raise AssertionError(kind)
