"""Numbers that must stay visible (hard negatives), and the identifier checks they must fail."""

from __future__ import annotations

import re
import string
from random import Random

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

from . import values

D = string.digits
UP = string.ascii_uppercase
PHONE_REGIONS = [
    "US",
    "CA",
    "GB",
    "IE",
    "AU",
    "NZ",
    "IN",
    "ES",
    "MX",
    "AR",
    "CO",
    "FR",
    "BE",
    "CH",
    "DE",
    "AT",
    "BR",
    "PT",
]


def _d(r: Random, n: int) -> str:
    return values.nz_digits(r, n)


def _date(r: Random, lang: str, locale: str) -> str:
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2025, 2026])
    if locale in ("en-US", "es-US"):
        return r.choice(
            [f"{month}/{day}", f"{month}/{day}/{year}", f"{month:02d}/{day:02d}/{year % 100:02d}"]
        )
    if lang == "de":
        return r.choice(
            [f"{day}.{month}.", f"{day:02d}.{month:02d}.{year}", f"{day}.{month}.{year % 100:02d}"]
        )
    if locale in ("en-IN",):
        return f"{day:02d}-{month:02d}-{year}"
    return r.choice(
        [f"{day}/{month}", f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{year % 100:02d}"]
    )


def _price(r: Random, lang: str, locale: str) -> str:
    whole, cents = r.randint(3, 1899), r.choice(["00", "99", "50", "90", "95", "49"])
    if locale == "pt-BR":
        return f"R$ {whole},{cents}"
    if locale in ("en-GB",):
        return f"£{whole}.{cents}"
    if locale == "en-IN":
        return f"₹{whole * 10}"
    if locale in ("es-MX", "es-AR", "es-CO"):
        return f"${whole * 10}"
    if lang in ("en",) or locale == "es-US":
        return r.choice([f"${whole}.{cents}", f"${whole}"])
    if locale in ("fr-CH", "de-CH"):
        return f"CHF {whole}.{cents}"
    return r.choice([f"{whole},{cents} €", f"{whole},{cents}€", f"{whole}€", f"€{whole},{cents}"])


def _postal(r: Random, locale: str) -> str:
    country = values.LOCALE_COUNTRY[locale]
    if country == "US":
        return r.choice([_d(r, 5), _d(r, 5) + "-" + _d(r, 4)])
    if country == "GB":
        return (
            r.choice(["SW1A", "M4", "EH3", "BS8", "LS6", "N16"])
            + f" {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"  # noqa: E501
        )
    if country == "IE":
        return (
            r.choice(["D02", "D08", "T12", "H91", "V94"])
            + " "
            + r.choice(UP)
            + _d(r, 1)
            + r.choice(UP)
            + _d(r, 1)
        )
    if country == "CA":
        return f"{r.choice('MKHLVT')}{r.randint(1, 9)}{r.choice('ABCEGHJ')} {r.randint(1, 9)}{r.choice('ABCEGHJ')}{r.randint(1, 9)}"  # noqa: E501
    if country in ("AU", "NZ", "BE", "CH", "AT"):
        return _d(r, 4)
    if country == "IN":
        return _d(r, 6)
    if country == "BR":
        return _d(r, 5) + "-" + values.digits(r, 3)
    if country == "PT":
        return _d(r, 4) + "-" + values.digits(r, 3)
    if country == "AR":
        return r.choice(["C", "B", "X"]) + _d(r, 4) + "".join(r.choice(UP) for _ in range(3))
    return r.choice("123456789") + values.digits(r, 4)


def draw_keep(kind: str, r: Random, lang: str, locale: str) -> str:
    if kind == "order_number":
        return r.choice(
            [
                f"#{_d(r, 6)}",
                f"#{_d(r, 7)}",
                _d(r, 8),
                f"A{_d(r, 7)}",
                f"{r.choice(['PED', 'CMD', 'BST', 'ORD', 'PD'])}-{_d(r, 6)}",
                f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
                f"W{_d(r, 9)}",
            ]
        )
    if kind == "tracking_number":
        return r.choice(
            [
                f"1Z{''.join(r.choice(UP + D) for _ in range(6))}{_d(r, 8)}",
                f"{r.choice(['LX', 'RR', 'CP', 'LB', 'JD'])}{_d(r, 9)}{r.choice(['CN', 'BR', 'ES', 'PT', 'FR', 'DE'])}",  # noqa: E501
                f"JJD{_d(r, 14)}",
                _d(r, 12),
                f"TBA{_d(r, 12)}",
            ]
        )
    if kind == "postal_code":
        return _postal(r, locale)
    if kind == "date":
        return _date(r, lang, locale)
    if kind == "time":
        h, m = r.randint(7, 21), r.choice([0, 15, 30, 45, 5, 50])
        if locale in ("en-GB", "en-IE", "en-IN"):
            return r.choice([f"{h}:{m:02d}", f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}"])
        if lang == "en":
            return r.choice([f"{h % 12 or 12}:{m:02d}pm", f"{h % 12 or 12}pm", f"{h}:{m:02d}"])
        if lang == "fr":
            return r.choice([f"{h}h{m:02d}", f"{h}h"])
        return r.choice([f"{h}:{m:02d}", f"{h}h"])
    if kind == "price" or kind == "plan_amount":
        return _price(r, lang, locale)
    if kind in ("quantity", "count"):
        return str(r.randint(2, 12))
    if kind == "product_model":
        return r.choice(
            [
                f"SM-A{_d(r, 3)}",
                f"X{_d(r, 2)}",
                f"WH-1000XM{r.randint(3, 5)}",
                f"KX-{_d(r, 4)}",
                f"Galaxy S{r.randint(20, 24)}",
                f"iPhone {r.randint(11, 15)}",
                f"HL-L{_d(r, 4)}DW",
                f"TV-{_d(r, 2)}UQ{_d(r, 4)}",
            ]
        )
    if kind == "version":
        return r.choice(
            [
                f"{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                f"v{r.randint(1, 5)}.{r.randint(0, 20)}",
                f"{r.randint(1, 17)}.{r.randint(0, 6)}",
            ]
        )
    if kind == "invoice_number":
        return r.choice(
            [
                f"INV-{r.choice([2024, 2025, 2026])}-{_d(r, 5)}",
                f"FAC-{_d(r, 6)}",
                f"F{r.choice([2024, 2025])}/{_d(r, 4)}",
                f"RE-{_d(r, 7)}",
                f"NF {_d(r, 6)}",
            ]
        )
    if kind == "ticket_number":
        return r.choice([f"#{_d(r, 5)}", f"CS-{_d(r, 6)}", f"TK{_d(r, 7)}", f"INC{_d(r, 7)}"])
    if kind == "year":
        return str(r.randint(2015, 2031))
    if kind == "flight_number":
        return r.choice(
            ["IB", "UX", "AF", "LH", "TP", "LA", "AM", "FR", "BA", "EI", "QF", "AC", "AA"]
        ) + str(r.randint(10, 8999))
    if kind == "store_number":
        return str(r.randint(11, 2999))
    if kind == "error_code":
        return r.choice(
            [
                f"E{_d(r, 3)}",
                f"0x8007{_d(r, 4)}",
                f"ERR-{_d(r, 4)}",
                f"{r.randint(400, 504)}",
                f"E-{_d(r, 2)}",
                f"F{_d(r, 2)}",
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                f"{r.choice([5, 10, 20, 50, 100, 128, 256, 512])}{r.choice(['GB', 'gb', 'MB', ' GB', 'G'])}",  # noqa: E501
                f"{r.randint(1, 4)}TB",
            ]
        )
    if kind == "room_number":
        return str(r.randint(101, 1530))
    if kind == "policy_number":
        return r.choice(
            [
                f"POL-{_d(r, 7)}",
                f"{r.choice(UP)}{r.choice(UP)}{_d(r, 8)}",
                f"{_d(r, 3)}-{_d(r, 5)}-{_d(r, 2)}",
            ]
        )
    if kind == "meter_reading":
        return values.digits(r, 5)
    if kind == "contract_number":
        return r.choice([f"CT-{_d(r, 6)}", f"{_d(r, 4)}/{_d(r, 5)}", f"V{_d(r, 9)}"])
    if kind == "percentage":
        return r.choice([f"{r.randint(5, 70)}%", f"{r.randint(5, 70)} %", f"{r.randint(1, 9)},5%"])
    if kind == "booking_reference":
        while True:
            v = "".join(r.choice(UP + "23456789") for _ in range(6))
            if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                return v
    if kind == "amount":
        return str(r.randint(2, 900))
    if kind == "duration":
        return str(r.randint(2, 48))
    raise KeyError(kind)


def identifier_hits(s: str) -> list[str]:
    """Identifier checks a would-be must_keep value passes (it must pass none)."""
    hits = []
    a = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    dg = re.sub(r"\D", "", s)
    if 12 <= len(dg) <= 19 and luhn.is_valid(dg):
        hits.append("luhn")
    checks = [
        (ssn, dg),
        (itin, dg),
        (rtn, dg),
        (cpf, dg),
        (cnpj, dg),
        (nir, a),
        (idnr, dg),
        (nif, dg),
        (dni, a),
        (nie, a),
        (curp, a),
        (rfc, a),
        (iban, a),
        (bic, a),
    ]
    for module, cand in checks:
        try:
            ok = module.is_valid(cand)
        except Exception:
            ok = False
        if ok and cand:
            hits.append(module.__name__)
    if len(dg) == 18 and values.clabe_valid(dg):
        hits.append("clabe")
    if values.nino_valid(a):
        hits.append("nino")
    if len(dg) >= 7:
        for region in PHONE_REGIONS:
            for cand in (dg, "+" + dg):
                try:
                    if phonenumbers.is_valid_number(phonenumbers.parse(cand, region)):
                        hits.append("phone:" + region)
                except phonenumbers.NumberParseException:
                    pass
    return hits
