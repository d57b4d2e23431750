"""Draw synthetic PII values and hard negatives, and validate every one.

Each value is random and synthetic; identifiers carry valid check digits (python-stdnum,
phonenumbers). Hard negatives (order numbers and the like) are redrawn until they fail
every checksum a digit-only identifier of the same length could pass.
"""

from __future__ import annotations

import ipaddress
import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.iso7064 import mod_11_10
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

CARD_BINS = [
    "411111",
    "400000",
    "424242",
    "401288",
    "555555",
    "510510",
    "222300",
    "601111",
    "378282",
    "371449",
]

# Types each locale can produce (beyond the common ones).
LOCALE_TYPES = {
    "en-US": ["SSN", "BANK_ROUTING", "BANK_ACCOUNT_NUMBER", "DRIVER_ID"],
    "en-GB": [
        "BANK_ROUTING",
        "BANK_ACCOUNT_NUMBER",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "SWIFT_CODE",
    ],
    "es-ES": ["ES_DNI", "ES_NIE", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"],
    "es-MX": ["MX_CURP", "MX_RFC", "MX_CLABE", "BANK_ACCOUNT_NUMBER"],
    "es-US": ["SSN", "BANK_ROUTING", "BANK_ACCOUNT_NUMBER", "DRIVER_ID"],
    "fr-FR": ["FR_NIR", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"],
    "fr-CA": ["BANK_ACCOUNT_NUMBER", "DRIVER_ID"],
    "de-DE": [
        "DE_TAX_ID",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "BANK_ACCOUNT_NUMBER",
        "SWIFT_CODE",
    ],
    "pt-BR": [
        "BR_CPF",
        "BR_CNPJ",
        "BANK_ROUTING",
        "BANK_ACCOUNT_NUMBER",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    ],
    "pt-PT": ["PT_NIF", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"],
}
COMMON_TYPES = [
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "EMAIL",
    "PHONE",
    "PASSPORT_NUMBER",
    "PASSWORD",
    "USERNAME",
    "IP_ADDRESS",
]
# Types whose value is digits only (apart from separators): eligible for spelling, look-alikes, splitting.
DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "PHONE",
    "SSN",
    "ES_DNI_DIGITS",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}
LONG_DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "SSN",
    "BANK_ROUTING",
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def card(rng: random.Random) -> str:
    bin_ = rng.choice(CARD_BINS)
    length = 15 if bin_.startswith("3") else 16
    body = bin_ + _digits(rng, length - len(bin_) - 1)
    return body + luhn.calc_check_digit(body)


def clabe_check(number17: str) -> str:
    # python-stdnum has no CLABE module; Banxico's rule: weights 3,7,1, sum mod 10, complement.
    total = sum(int(d) * w % 10 for d, w in zip(number17, [3, 7, 1] * 6))
    return str((10 - total % 10) % 10)


def clabe_valid(value: str) -> bool:
    return len(value) == 18 and value.isdigit() and clabe_check(value[:17]) == value[17]


def _iban(rng: random.Random, cc: str) -> str:
    while True:
        if cc == "ES":
            bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        elif cc == "DE":
            bban = _digits(rng, 18)
        elif cc == "FR":
            bban = _digits(rng, 10) + _digits(rng, 11) + _digits(rng, 2)
        elif cc == "PT":
            bban = _digits(rng, 21)
        elif cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(rng, 14)
        else:  # BR
            bban = _digits(rng, 23) + rng.choice("CP") + rng.choice("123456789")
        value = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(value):
            return value


def phone(rng: random.Random, locale: str) -> str:
    """A valid number in the national format customers type."""
    while True:
        if locale in ("en-US", "es-US"):
            text, region = (
                f"{rng.choice(['212', '312', '415', '305', '713', '617', '206'])}555 01{_digits(rng, 2)}",
                "US",
            )
        elif locale == "fr-CA":
            text, region = (
                f"{rng.choice(['514', '438', '418', '819'])}555 01{_digits(rng, 2)}",
                "CA",
            )
        elif locale == "en-GB":
            text, region = (
                rng.choice(["020 7946 0", "0161 496 0", "0113 496 0", "0117 496 0", "0131 496 0"])
                + _digits(rng, 3),
                "GB",
            )
        elif locale == "es-ES":
            text, region = rng.choice("67") + _digits(rng, 8), "ES"
        elif locale == "es-MX":
            text, region = rng.choice(["55", "33", "81"]) + _digits(rng, 8), "MX"
        elif locale == "fr-FR":
            text, region = "0" + rng.choice("67") + _digits(rng, 8), "FR"
        elif locale == "de-DE":
            text, region = (
                rng.choice(["0151", "0160", "0170", "0176"])
                + _digits(rng, 7 if rng.random() < 0.5 else 8),
                "DE",
            )
        elif locale == "pt-BR":
            text, region = (
                rng.choice(["11", "21", "31", "51"])
                + "9"
                + str(rng.randint(6, 9))
                + _digits(rng, 7),
                "BR",
            )
        else:  # pt-PT
            text, region = "9" + rng.choice("1236") + _digits(rng, 7), "PT"
        digits = "".join(c for c in text if c.isdigit())
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
            return digits


PHONE_REGION = {
    "en-US": "US",
    "es-US": "US",
    "fr-CA": "CA",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}

FIRST = [
    "ana",
    "luis",
    "marie",
    "jonas",
    "joao",
    "carla",
    "kevin",
    "sofia",
    "paulo",
    "lea",
    "diego",
    "heike",
    "tom",
    "ines",
    "raul",
    "chloe",
    "bruno",
    "megan",
    "lucas",
    "elena",
    "pierre",
    "mia",
    "thiago",
    "rosa",
]
LAST = [
    "garcia",
    "moreau",
    "schmidt",
    "silva",
    "lopez",
    "dubois",
    "weber",
    "costa",
    "smith",
    "ramos",
    "fischer",
    "santos",
    "leroy",
    "hernandez",
    "brown",
    "pereira",
    "martin",
    "becker",
    "ferreira",
    "torres",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.es",
    "yahoo.com.mx",
    "orange.fr",
    "free.fr",
    "web.de",
    "gmx.de",
    "uol.com.br",
    "sapo.pt",
    "icloud.com",
    "live.co.uk",
]
WORDS = [
    "gatito",
    "Sol",
    "verano",
    "Bleu",
    "Hund",
    "praia",
    "tiger",
    "Luna",
    "pizza",
    "Fenix",
    "chat",
    "Maus",
]
PASS_SYMBOLS = "!#$*.@_-"
CURP_STATES = ["DF", "JC", "NL", "PL", "MC", "VZ", "GT", "BC"]
CONS = "BCDFGHJKLMNPQRSTVWXZ"


def _curp(rng: random.Random) -> str:
    while True:
        letters = rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(CONS)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = (
            letters
            + date
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
            + "0"
        )
        value = body + curp.calc_check_digit(body)
        if curp.is_valid(value):
            return value


def _rfc(rng: random.Random) -> str:
    while True:
        letters = rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(CONS)
        body = (
            letters
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + rng.choice(CONS)
            + rng.choice(string.digits + "ABC")
        )
        value = body + rfc.calc_check_digit(body)
        if rfc.is_valid(value):
            return value


def _checked(rng: random.Random, draw, valid) -> str:
    while True:
        value = draw(rng)
        if valid(value):
            return value


def draw(rng: random.Random, kind: str, locale: str) -> str:
    """Canonical value of `kind` (compact, no separators)."""
    if kind == "CREDIT_DEBIT_NUMBER":
        return card(rng)
    if kind == "CREDIT_DEBIT_CVV":
        return _digits(rng, 3)
    if kind == "CREDIT_DEBIT_EXPIRY":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 32)}"
    if kind == "PIN":
        return _checked(
            rng, lambda r: _digits(r, rng.choice([4, 4, 4, 6])), lambda v: len(set(v)) > 2
        )
    if kind == "PHONE":
        return phone(rng, locale)
    if kind == "EMAIL":
        sep = rng.choice([".", "_", "", "."])
        tail = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
        return f"{rng.choice(FIRST)}{sep}{rng.choice(LAST)}{tail}@{rng.choice(DOMAINS)}"
    if kind == "SSN":
        return _checked(
            rng,
            lambda r: f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}",
            ssn.is_valid,
        )
    if kind == "BANK_ROUTING":
        if locale in ("en-US", "es-US"):
            return _checked(
                rng, lambda r: _digits(r, 9), lambda v: rtn.is_valid(v) and v[0] in "0123"
            )
        if locale == "en-GB":
            return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        if locale == "de-DE":
            return str(rng.randint(1, 8)) + _digits(rng, 7)
        return _digits(rng, 4)  # pt-BR agência
    if kind == "BANK_ACCOUNT_NUMBER":
        n = {"en-GB": 8, "de-DE": 10, "pt-BR": 8, "es-MX": 11, "fr-CA": 7}.get(locale, 10)
        return _checked(
            rng, lambda r: str(r.randint(1, 9)) + _digits(r, n - 1), lambda v: not luhn.is_valid(v)
        )
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        cc = {
            "en-GB": "GB",
            "es-ES": "ES",
            "fr-FR": "FR",
            "de-DE": "DE",
            "pt-BR": "BR",
            "pt-PT": "PT",
        }[locale]
        return _iban(rng, cc)
    if kind == "SWIFT_CODE":
        cc = {"en-GB": "GB", "es-ES": "ES", "fr-FR": "FR", "de-DE": "DE", "pt-PT": "PT"}.get(
            locale, "US"
        )
        return _checked(
            rng,
            lambda r: (
                "".join(r.choice(string.ascii_uppercase) for _ in range(4))
                + cc
                + r.choice("23456789")
                + r.choice(string.ascii_uppercase)
                + (r.choice(["", "XXX"]))
            ),
            bic.is_valid,
        )
    if kind == "PASSPORT_NUMBER":
        fmt = {
            "en-US": "D9",
            "en-GB": "D9",
            "es-ES": "LLLD6",
            "es-MX": "LD8",
            "es-US": "D9",
            "fr-FR": "DDLLD5",
            "fr-CA": "LLD6",
            "de-DE": "CCCCCCCCC",
            "pt-BR": "LLD6",
            "pt-PT": "LD6",
        }[locale]
        return _pattern(rng, fmt)
    if kind == "DRIVER_ID":
        return _pattern(rng, {"en-US": "LD7", "es-US": "LD7", "fr-CA": "LD12"}[locale])
    if kind == "PASSWORD":
        return (
            rng.choice(WORDS)
            + rng.choice(PASS_SYMBOLS)
            + _digits(rng, rng.randint(2, 4))
            + rng.choice(["", "!", "x", "Z"])
        )
    if kind == "USERNAME":
        return (
            rng.choice(FIRST)
            + rng.choice(["_", ".", ""])
            + rng.choice(LAST)[: rng.randint(3, 6)]
            + _digits(rng, rng.randint(0, 3))
        )
    if kind == "IP_ADDRESS":
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if kind == "ES_DNI":
        n = _digits(rng, 8)
        return n + dni.calc_check_digit(n)
    if kind == "ES_NIE":
        n = rng.choice("XYZ") + _digits(rng, 7)
        return n + nie.calc_check_digit(n)
    if kind == "MX_CURP":
        return _curp(rng)
    if kind == "MX_RFC":
        return _rfc(rng)
    if kind == "MX_CLABE":
        n = rng.choice(["002", "012", "014", "021", "072"]) + _digits(rng, 14)
        return n + clabe_check(n)
    if kind == "BR_CPF":
        n = _digits(rng, 9)
        return _checked(
            rng, lambda r: (lambda b: b + cpf._calc_check_digits(b))(_digits(r, 9)), cpf.is_valid
        )
    if kind == "BR_CNPJ":
        return _checked(
            rng,
            lambda r: (lambda b: b + cnpj.calc_check_digits(b))(_digits(r, 8) + "0001"),
            cnpj.is_valid,
        )
    if kind == "FR_NIR":

        def d(r: random.Random) -> str:
            b = (
                r.choice("12")
                + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 95):02d}"
                + _digits(r, 3)
                + _digits(r, 3)
            )
            return b + nir.calc_check_digits(b)

        return _checked(rng, d, nir.is_valid)
    if kind == "DE_TAX_ID":

        def d(r: random.Random) -> str:
            while True:
                b = str(r.randint(1, 9)) + _digits(r, 9)
                counts = sorted(b.count(c) for c in set(b))
                if len(set(b)) in (8, 9) and counts[-1] in (2, 3):
                    return b + mod_11_10.calc_check_digit(b)

        return _checked(rng, d, idnr.is_valid)
    if kind == "PT_NIF":
        return _checked(
            rng,
            lambda r: (lambda b: b + nif.calc_check_digit(b))(r.choice("1235") + _digits(r, 7)),
            nif.is_valid,
        )
    raise ValueError(kind)


def _pattern(rng: random.Random, fmt: str) -> str:
    out, i = [], 0
    while i < len(fmt):
        c = fmt[i]
        j = i + 1
        while j < len(fmt) and fmt[j].isdigit():
            j += 1
        n = int(fmt[i + 1 : j]) if j > i + 1 else 1
        pool = {
            "D": string.digits,
            "L": "ABCDEFGHJKLMNPRSTUVWXYZ",
            "C": "CFGHJKLMNPRTVWXYZ0123456789",
        }[c]
        out.append("".join(rng.choice(pool) for _ in range(n)))
        i = j
    return "".join(out)


def validate(kind: str, value: str, locale: str) -> bool:
    """True when the canonical value passes its checks (check digits where one exists)."""
    compact = value.replace(" ", "").replace("-", "")
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(compact) and compact[:6] in CARD_BINS,
        "PHONE": lambda: phonenumbers.is_valid_number(
            phonenumbers.parse(compact, PHONE_REGION[locale])
        ),
        "SSN": lambda: ssn.is_valid(compact),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(compact),
        "SWIFT_CODE": lambda: bic.is_valid(compact),
        "IP_ADDRESS": lambda: bool(ipaddress.ip_address(value)),
        "ES_DNI": lambda: dni.is_valid(compact),
        "ES_NIE": lambda: nie.is_valid(compact),
        "MX_CURP": lambda: curp.is_valid(compact),
        "MX_RFC": lambda: rfc.is_valid(compact),
        "MX_CLABE": lambda: clabe_valid(compact),
        "BR_CPF": lambda: cpf.is_valid(compact),
        "BR_CNPJ": lambda: cnpj.is_valid(compact),
        "FR_NIR": lambda: nir.is_valid(compact),
        "DE_TAX_ID": lambda: idnr.is_valid(compact),
        "PT_NIF": lambda: nif.is_valid(compact),
        "EMAIL": lambda: value.count("@") == 1 and "." in value.split("@")[1],
    }
    if kind == "BANK_ROUTING" and locale in ("en-US", "es-US"):
        return rtn.is_valid(compact)
    return checks.get(kind, lambda: bool(value))()


def fails_every_checksum(digits: str) -> bool:
    """Hard negatives made of digits must not pass as any identifier of their length."""
    for test in (
        luhn.is_valid,
        rtn.is_valid,
        ssn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        idnr.is_valid,
        nir.is_valid,
        clabe_valid,
    ):
        try:
            if test(digits):
                return False
        except Exception:
            pass
    for region in PHONE_REGION.values():
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return False
        except phonenumbers.NumberParseException:
            pass
    return True


def order_number(rng: random.Random, n: int) -> str:
    return _checked(rng, lambda r: str(r.randint(1, 9)) + _digits(r, n - 1), fails_every_checksum)
