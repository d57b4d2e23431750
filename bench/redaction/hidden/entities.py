"""Entity registry: short template codes, makers, validators, families and home locales."""

from __future__ import annotations

import ipaddress
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

from . import values as v

FAMILIES = {
    "pl": "plain", "sd": "spaced_or_dashed", "nz": "split_by_noise", "ls": "letter_substitution",
    "sp": "spelled_out", "es": "email_spelled", "pe": "percent_encoded",
    "uc": "url_credentials", "kv": "key_value_secret", "ce": "compact_expiry",
    "ib": "iban_broken", "mm": "multi_message", "co": "context_only",
}  # fmt: skip


@dataclass(frozen=True)
class Entity:
    code: str
    name: str
    make: Callable[[random.Random, str], str]  # (rng, country) -> canonical value
    valid: Callable[[str, str], bool]  # (canonical value, country) -> passes its public check
    default: str  # family code used when a template names none
    free: tuple[str, ...]  # families a "*" placeholder may draw from
    home: tuple[str, ...] = ()  # locales where a national identifier can appear


def _phone_ok(value: str, country: str) -> bool:
    parsed = phonenumbers.parse(value)
    return phonenumbers.is_valid_number_for_region(parsed, country)


def _routing_ok(value: str, country: str) -> bool:
    return rtn.is_valid(value) if country == "US" else value.isdigit()


US = "en-US es-US pt-US"
ES = "es-ES en-ES fr-ES de-ES"
MX = "es-MX es-US"
# code, entity type, default family, families a "*" draws from, home locales (national ids)
SPEC = (
    ("CARD", "CREDIT_DEBIT_NUMBER", "pl", "pl sd nz ls sp", ""),
    ("CVV", "CREDIT_DEBIT_CVV", "co", "co co sp", ""),
    ("EXP", "CREDIT_DEBIT_EXPIRY", "pl", "pl sd sp ce", ""),
    ("PIN", "PIN", "co", "co co sp", ""),
    ("PWD", "PASSWORD", "co", "co", ""),
    ("ACCT", "BANK_ACCOUNT_NUMBER", "co", "co sd nz ls sp", ""),
    ("ROUT", "BANK_ROUTING", "co", "co sd ls", ""),
    ("IBAN", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "pl", "pl ib nz ls", ""),
    ("SWIFT", "SWIFT_CODE", "pl", "pl", ""),
    ("SSN", "SSN", "pl", "pl sd nz ls sp", US),
    ("ITIN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "pl", "pl sd nz ls", US),
    ("PASSPORT", "PASSPORT_NUMBER", "pl", "pl", ""),
    ("DL", "DRIVER_ID", "pl", "pl", ""),
    ("EMAIL", "EMAIL", "pl", "pl es", ""),
    ("PHONE", "PHONE", "pl", "pl sd nz ls sp", ""),
    ("IP", "IP_ADDRESS", "pl", "pl", ""),
    ("MAC", "MAC_ADDRESS", "pl", "pl sd", ""),
    ("AKID", "AWS_ACCESS_KEY", "pl", "pl", ""),
    ("ASK", "AWS_SECRET_KEY", "pl", "pl", ""),
    ("NINO", "UK_NATIONAL_INSURANCE_NUMBER", "pl", "pl sd nz", "en-GB"),
    ("DNI", "ES_DNI", "pl", "pl sd nz", ES),
    ("NIE", "ES_NIE", "pl", "pl sd", ES),
    ("CURP", "MX_CURP", "pl", "pl sd", MX),
    ("RFC", "MX_RFC", "pl", "pl sd", MX),
    ("CLABE", "MX_CLABE", "pl", "pl sd nz ls sp", MX),
    ("CPF", "BR_CPF", "pl", "pl sd nz ls sp", "pt-BR pt-US"),
    ("CNPJ", "BR_CNPJ", "pl", "pl sd nz ls", "pt-BR"),
    ("NIR", "FR_NIR", "pl", "pl sd nz ls", "fr-FR fr-ES"),
    ("STID", "DE_TAX_ID", "pl", "pl sd nz ls sp", "de-DE en-DE"),
    ("NIF", "PT_NIF", "pl", "pl sd nz ls sp", "pt-PT"),
)
MAKERS: dict[str, Callable[[random.Random, str], str]] = {
    "CARD": lambda r, c: v.card(r),
    "CVV": lambda r, c: v.cvv(r),
    "EXP": lambda r, c: v.expiry(r),
    "PIN": lambda r, c: v.pin(r),
    "PWD": lambda r, c: v.password(r),
    "ACCT": v.account,
    "ROUT": v.routing,
    "IBAN": v.iban_value,
    "SWIFT": v.swift,
    "SSN": lambda r, c: v.us_ssn(r),
    "ITIN": lambda r, c: v.us_itin(r),
    "PASSPORT": v.passport,
    "DL": v.driver_id,
    "EMAIL": lambda r, c: v.email(r),
    "PHONE": v.phone,
    "IP": lambda r, c: v.ip_address(r),
    "MAC": lambda r, c: v.mac_address(r),
    "AKID": lambda r, c: v.aws_access_key(r),
    "ASK": lambda r, c: v.aws_secret_key(r),
    "NINO": lambda r, c: v.uk_nino(r),
    "DNI": lambda r, c: v.es_dni(r),
    "NIE": lambda r, c: v.es_nie(r),
    "CURP": lambda r, c: v.mx_curp(r),
    "RFC": lambda r, c: v.mx_rfc(r),
    "CLABE": lambda r, c: v.mx_clabe(r),
    "CPF": lambda r, c: v.br_cpf(r),
    "CNPJ": lambda r, c: v.br_cnpj(r),
    "NIR": lambda r, c: v.fr_nir(r),
    "STID": lambda r, c: v.de_idnr(r),
    "NIF": lambda r, c: v.pt_nif(r),
}
# Re-validation: public checksums where they exist, shape checks otherwise.
VALIDATORS: dict[str, Callable[[str, str], bool]] = {
    "CARD": lambda x, c: luhn.is_valid(x) and 13 <= len(x) <= 19,
    "CVV": lambda x, c: x.isdigit() and len(x) in (3, 4),
    "EXP": lambda x, c: len(x) == 4 and x.isdigit() and 1 <= int(x[:2]) <= 12,
    "PIN": lambda x, c: x.isdigit() and len(x) in (4, 6),
    "PWD": lambda x, c: len(x) >= 8,
    "ACCT": lambda x, c: x.isdigit(),
    "ROUT": _routing_ok,
    "IBAN": lambda x, c: iban.is_valid(x),
    "SWIFT": lambda x, c: bic.is_valid(x),
    "SSN": lambda x, c: ssn.is_valid(x),
    "ITIN": lambda x, c: itin.is_valid(x),
    "PASSPORT": lambda x, c: x.isalnum() and 7 <= len(x) <= 12,
    "DL": lambda x, c: x.isalnum() and 7 <= len(x) <= 16 and (c != "ES" or dni.is_valid(x)),
    "EMAIL": lambda x, c: x.count("@") == 1 and x.split("@")[1] in v.EMAIL_DOMAINS,
    "PHONE": _phone_ok,
    "IP": lambda x, c: _ip_ok(x),
    "MAC": lambda x, c: bool(re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", x)),
    "AKID": lambda x, c: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", x)),
    "ASK": lambda x, c: bool(re.fullmatch(r"[A-Za-z0-9+/]{40}", x)),
    "NINO": lambda x, c: bool(v.NINO_RE.match(x)),
    "DNI": lambda x, c: dni.is_valid(x),
    "NIE": lambda x, c: nie.is_valid(x),
    "CURP": lambda x, c: curp.is_valid(x),
    "RFC": lambda x, c: rfc.is_valid(x, validate_check_digits=True),
    "CLABE": lambda x, c: v.clabe_valid(x),
    "CPF": lambda x, c: cpf.is_valid(x),
    "CNPJ": lambda x, c: cnpj.is_valid(x),
    "NIR": lambda x, c: nir.is_valid(x),
    "STID": lambda x, c: idnr.is_valid(x),
    "NIF": lambda x, c: nif.is_valid(x),
}


def _ip_ok(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


ENTITIES = {
    code: Entity(
        code,
        name,
        MAKERS[code],
        VALIDATORS[code],
        default,
        tuple(free.split()),
        tuple(home.split()),
    )
    for code, name, default, free, home in SPEC
}
