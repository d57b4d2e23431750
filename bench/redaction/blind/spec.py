"""The template language: placeholder codes for entity types, families and must_keep kinds.

A template is one message (str) or consecutive messages (tuple of str). `{card.p}` is a card in
the plain family, `{card.*}` a card in a family drawn from the type's pool, `{card.mm2}` the
second part of a card sent over several messages, `{=order}` an order number to keep and
`{~order}` an order reference shaped like an identifier that fails its check.
"""

from __future__ import annotations

import re

TYPES: dict[str, str] = {
    "card": "CREDIT_DEBIT_NUMBER",
    "cvv": "CREDIT_DEBIT_CVV",
    "exp": "CREDIT_DEBIT_EXPIRY",
    "pin": "PIN",
    "pw": "PASSWORD",
    "acct": "BANK_ACCOUNT_NUMBER",
    "rout": "BANK_ROUTING",
    "iban": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "swift": "SWIFT_CODE",
    "ssn": "SSN",
    "itin": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "pass": "PASSPORT_NUMBER",
    "dl": "DRIVER_ID",
    "email": "EMAIL",
    "phone": "PHONE",
    "ip": "IP_ADDRESS",
    "mac": "MAC_ADDRESS",
    "akid": "AWS_ACCESS_KEY",
    "skey": "AWS_SECRET_KEY",
    "nino": "UK_NATIONAL_INSURANCE_NUMBER",
    "dni": "ES_DNI",
    "nie": "ES_NIE",
    "curp": "MX_CURP",
    "rfc": "MX_RFC",
    "clabe": "MX_CLABE",
    "cpf": "BR_CPF",
    "cnpj": "BR_CNPJ",
    "nir": "FR_NIR",
    "steuer": "DE_TAX_ID",
    "nif": "PT_NIF",
}

FAMILIES: dict[str, str] = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "sn": "split_by_noise",
    "ls": "letter_substitution",
    "so": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "mm": "multi_message",
    "co": "context_only",
}

KINDS: dict[str, str] = {
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

_DIGIT_IDS = ["p", "sd", "sn", "ls"]
# Families a `*` placeholder draws from, per type.
POOLS: dict[str, list[str]] = {
    "card": ["p", "p", "sd", "sn", "ls", "so"],
    "phone": ["p", "p", "sd", "sn", "ls", "so"],
    "cvv": ["co", "co", "so"],
    "pin": ["co", "co", "so"],
    "exp": ["p", "p", "ce", "so"],
    "email": ["p", "p", "es"],
    "iban": ["p", "p", "ib", "sd"],
    "acct": ["co", "co", "sd"],
    "rout": ["co", "co", "p"],
    "pw": ["co"],
}

COMMON = [
    "card",
    "cvv",
    "exp",
    "pin",
    "pw",
    "acct",
    "rout",
    "iban",
    "swift",
    "pass",
    "dl",
    "email",
    "phone",
    "ip",
    "mac",
    "akid",
    "skey",
]
NATIONAL = {
    "en": ["ssn", "itin", "nino"],
    "es": ["dni", "nie", "curp", "rfc", "clabe"],
    "fr": ["nir"],
    "de": ["steuer"],
    "pt": ["cpf", "cnpj", "nif"],
}

PLACEHOLDER = re.compile(r"\{([=~]?)([a-z]+)(?:\.([a-z*]+)(\d?))?\}")


def pool(code: str) -> list[str]:
    if code in {"ip", "mac", "akid", "skey", "swift"}:
        return ["p"]
    if code in {"dl", "pass", "rfc", "curp"}:
        return ["p", "p", "sd", "sn"]  # letters between digits: no letter_substitution
    return POOLS.get(code, _DIGIT_IDS)
