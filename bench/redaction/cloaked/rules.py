"""Identifier rules: validation of decoded PII values and the checks must_keep numbers must fail.

python-stdnum covers most types; NINO and CLABE follow their published rules here.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

_NINO = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
_NINO_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_is_valid(value: str) -> bool:
    """HMRC rule: letter pairs from the allowed sets, minus the reserved prefixes."""
    return bool(_NINO.match(value)) and value[:2] not in _NINO_BAD_PREFIXES


def clabe_check_digit(body: str) -> str:
    """Banxico rule: weights 3, 7, 1 over 17 digits, products mod 10, 10 - sum mod 10."""
    weights = [3, 7, 1] * 6
    total = sum((int(d) * w) % 10 for d, w in zip(body, weights, strict=False))
    return str((10 - total % 10) % 10)


def clabe_is_valid(value: str) -> bool:
    return len(value) == 18 and value.isdigit() and clabe_check_digit(value[:17]) == value[17]


def _card_ok(v: str) -> bool:
    return v.isdigit() and 13 <= len(v) <= 19 and luhn.is_valid(v)


def _expiry_ok(v: str) -> bool:
    return len(v) == 4 and v.isdigit() and 1 <= int(v[:2]) <= 12


def _routing_ok(v: str) -> bool:
    digits = re.sub(r"[-\s]", "", v)
    if not digits.isdigit():
        return False
    if len(digits) == 9:
        return rtn.is_valid(digits)
    return len(digits) in (4, 5, 6, 8)


def _ip_ok(v: str) -> bool:
    try:
        address = ipaddress.ip_address(v)
    except ValueError:
        return False
    docs = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "10.0.0.0/8", "2001:db8::/32"]
    return any(address in ipaddress.ip_network(n) for n in docs)


def _mac_ok(v: str) -> bool:
    hexes = re.sub(r"[:.\-]", "", v).lower()
    return bool(re.fullmatch(r"[0-9a-f]{12}", hexes)) and int(hexes[:2], 16) & 0b11 == 0b10


def _email_ok(v: str) -> bool:
    m = re.fullmatch(r"[a-z0-9._]+@([a-z0-9.]+)", v)
    if not m:
        return False
    domain = m.group(1)
    return domain in ("example.com", "example.org", "example.net") or domain.endswith(
        (".example", ".test")
    )


def _phone_ok(v: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(v, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _passport_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[A-Z0-9]{7,9}", v)) and any(c.isdigit() for c in v)


def _driver_ok(v: str) -> bool:
    compact = re.sub(r"[-\s]", "", v)
    return bool(re.fullmatch(r"[A-Z0-9]{8,16}", compact)) and sum(c.isdigit() for c in v) >= 6


_VALIDATORS: dict[str, Callable[[str], object]] = {
    "CREDIT_DEBIT_NUMBER": _card_ok,
    "CREDIT_DEBIT_CVV": lambda v: v.isdigit() and len(v) in (3, 4),
    "CREDIT_DEBIT_EXPIRY": _expiry_ok,
    "PIN": lambda v: v.isdigit() and len(v) in (4, 6),
    "PASSWORD": lambda v: 8 <= len(v) <= 20 and " " not in v,
    "BANK_ACCOUNT_NUMBER": lambda v: re.fullmatch(r"[0-9]{5,12}(-[0-9])?", v) is not None,
    "BANK_ROUTING": _routing_ok,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "EMAIL": _email_ok,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_is_valid,
    "PASSPORT_NUMBER": _passport_ok,
    "DRIVER_ID": _driver_ok,
    "IP_ADDRESS": _ip_ok,
    "MAC_ADDRESS": _mac_ok,
    "AWS_ACCESS_KEY": lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None,
    "AWS_SECRET_KEY": lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": lambda v: rfc.is_valid(v, validate_check_digits=True),
    "MX_CLABE": clabe_is_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}


def is_valid(entity_type: str, value: str, region: str) -> bool:
    """Whether a compact decoded value is a well-formed, checksum-valid value of its type."""
    if entity_type == "PHONE":
        return _phone_ok(value, region)
    return bool(_VALIDATORS[entity_type](value))


def identifier_checks(value: str) -> list[str]:
    """Names of the identifier checks a must_keep value would pass (it must pass none)."""
    hits: list[str] = []
    runs = re.findall(r"[0-9]+", value)
    joined = "".join(runs)
    for run in {*runs, joined}:
        n = len(run)
        if 13 <= n <= 19 and luhn.is_valid(run):
            hits.append("luhn")
        if n == 9 and rtn.is_valid(run):
            hits.append("aba")
        if n == 9 and nif.is_valid(run):
            hits.append("pt_nif")
        if n == 11 and cpf.is_valid(run):
            hits.append("cpf")
        if n == 11 and idnr.is_valid(run):
            hits.append("de_idnr")
        if n == 14 and cnpj.is_valid(run):
            hits.append("cnpj")
        if n == 15 and nir.is_valid(run):
            hits.append("nir")
        if n == 18 and clabe_is_valid(run):
            hits.append("clabe")
    for m in re.finditer(r"[0-9]{8}[A-Za-z]", value):
        if dni.is_valid(m.group(0).upper()):
            hits.append("dni")
    return hits
