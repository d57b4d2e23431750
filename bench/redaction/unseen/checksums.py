"""Check rules python-stdnum does not have, written from the published rules, and the
re-validation of every value that has a check digit (stdnum where it has the type)."""

from __future__ import annotations

import random
from collections.abc import Callable

from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

_CLABE_WEIGHTS = (3, 7, 1)
# HMRC: first letter not D F I Q U V, second not D F I O Q U V, and these pairs never issued
_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BANNED = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def clabe_check_digit(body: str) -> str:
    """Control digit of a CLABE (Banxico): weights 3,7,1 mod 10, then (10 - sum) mod 10."""
    total = sum(int(d) * _CLABE_WEIGHTS[i % 3] % 10 for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def clabe_is_valid(number: str) -> bool:
    return len(number) == 18 and number.isdigit() and clabe_check_digit(number[:17]) == number[17]


def nino_prefix(rng: random.Random) -> str:
    while True:
        p = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if p not in _NINO_BANNED:
            return p


def nino_is_valid(n: str) -> bool:
    return (
        len(n) == 9
        and n[0] in _NINO_FIRST
        and n[1] in _NINO_SECOND
        and n[:2] not in _NINO_BANNED
        and n[2:8].isdigit()
        and n[8] in "ABCD"
    )


def _cnh_digits(body: str) -> str | None:
    """Brazilian CNH check digits (DENATRAN rule: weights 9..1 then 1..9, with the discount);
    None for a body no licence can have (the second digit would be negative)."""
    s1 = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True))
    d1, discount = s1 % 11, 0
    if d1 >= 10:
        d1, discount = 0, 2
    s2 = sum(int(d) * w for d, w in zip(body, range(1, 10), strict=True)) % 11
    d2 = 0 if s2 >= 10 else s2 - discount
    return None if d2 < 0 else f"{d1}{d2}"


def cnh(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
        digits = _cnh_digits(body)
        if digits:
            return body + digits


def cnh_is_valid(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and _cnh_digits(n[:9]) == n[9:]


def revalidate(entity: str, compact: str, country: str) -> bool:
    """True when a value's check digits hold; types without a check digit always pass."""
    checks: dict[str, Callable[[str], bool]] = {
        "CREDIT_DEBIT_NUMBER": luhn.is_valid,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
        "SWIFT_CODE": bic.is_valid,
        "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "UK_NATIONAL_INSURANCE_NUMBER": nino_is_valid,
        "ES_DNI": dni.is_valid,
        "ES_NIE": nie.is_valid,
        "MX_CURP": curp.is_valid,
        "MX_RFC": lambda x: rfc.is_valid(x, validate_check_digits=True),
        "MX_CLABE": clabe_is_valid,
        "BR_CPF": cpf.is_valid,
        "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid,
        "DE_TAX_ID": idnr.is_valid,
        "PT_NIF": nif.is_valid,
    }
    if entity == "BANK_ROUTING" and country == "US":
        return rtn.is_valid(compact)
    if entity == "BANK_ACCOUNT_NUMBER" and country == "ES":
        return ccc.is_valid(compact)
    if entity == "DRIVER_ID" and country == "ES":
        return dni.is_valid(compact)
    if entity == "DRIVER_ID" and country == "BR":
        return cnh_is_valid(compact)
    check = checks.get(entity)
    return True if check is None else bool(check(compact))
