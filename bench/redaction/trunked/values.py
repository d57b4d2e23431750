"""Synthetic value makers and their validation (python-stdnum, phonenumbers)."""

from __future__ import annotations

import ipaddress
import random
import re
import string
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

TYPES = (
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PASSWORD",
    "USERNAME",
    "EMAIL",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
)

# Short names used inside templates.
ALIASES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUERID": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

COUNTRY = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}

UPPER = string.ascii_uppercase
CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ"


@dataclass(frozen=True)
class Value:
    """A drawn value: the canonical form that validates, its groups and its plain rendering."""

    type: str
    canonical: str
    groups: tuple[str, ...]
    plain: str


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chunks(text: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    out, pos = [], 0
    for size in sizes:
        out.append(text[pos : pos + size])
        pos += size
    if pos < len(text):
        out.append(text[pos:])
    return tuple(part for part in out if part)


def _card(rng: random.Random, country: str) -> Value:
    if rng.random() < 0.12:
        body = rng.choice(("378282", "371449")) + _digits(rng, 8)
        number = body + luhn.calc_check_digit(body)
        groups = _chunks(number, (4, 6, 5))
    else:
        prefix = rng.choice(("411111", "400000", "424242", "555555", "510510", "601111", "401288"))
        body = prefix + _digits(rng, 9)
        number = body + luhn.calc_check_digit(body)
        groups = _chunks(number, (4, 4, 4, 4))
    return Value("CREDIT_DEBIT_NUMBER", number, groups, rng.choice((number, " ".join(groups))))


def _cvv(rng: random.Random, country: str) -> Value:
    code = _digits(rng, rng.choice((3, 3, 3, 4)))
    return Value("CREDIT_DEBIT_CVV", code, tuple(code), code)


MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}


def _expiry(rng: random.Random, country: str) -> Value:
    month, year = rng.randint(1, 12), rng.randint(26, 32)
    canonical = f"{month:02d}/{year:02d}"
    plain = rng.choice(
        (canonical, f"{month:02d}/20{year}", f"{month:02d}-{year:02d}", f"{month}/{year}")
    )
    return Value("CREDIT_DEBIT_EXPIRY", canonical, (f"{month:02d}", f"{year:02d}"), plain)


def _pin(rng: random.Random, country: str) -> Value:
    code = _digits(rng, rng.choice((4, 4, 4, 6)))
    return Value("PIN", code, tuple(code), code)


def _password(rng: random.Random, country: str) -> Value:
    words = (
        "Girasol",
        "tiger",
        "Lisboa",
        "Mondschein",
        "papillon",
        "Cactus",
        "river",
        "Pingu",
        "azul",
        "Kiwi",
    )
    pwd = (
        rng.choice(words)
        + rng.choice(("", "_", ".", "!", "#"))
        + _digits(rng, rng.randint(2, 4))
        + rng.choice(("", "!", "?", "$", "*"))
    )
    if rng.random() < 0.3:
        pwd = "".join(
            rng.choice(string.ascii_letters + string.digits + "!#%&")
            for _ in range(rng.randint(10, 14))
        )
        pwd = pwd[:-1] + rng.choice(string.digits)
    return Value("PASSWORD", pwd, (pwd,), pwd)


FIRST = (
    "ana",
    "joao",
    "marie",
    "lukas",
    "carlos",
    "emma",
    "diego",
    "lea",
    "tom",
    "ines",
    "rafa",
    "chloe",
    "jonas",
    "bia",
    "sam",
)
LAST = (
    "silva",
    "garcia",
    "martin",
    "muller",
    "smith",
    "lopez",
    "dubois",
    "schmidt",
    "costa",
    "jones",
    "perez",
    "bernard",
)


def _username(rng: random.Random, country: str) -> Value:
    sep = rng.choice(("", ".", "_"))
    name = rng.choice(FIRST) + sep + rng.choice(LAST) + _digits(rng, rng.choice((0, 2, 2, 3, 4)))
    return Value("USERNAME", name, (name,), name)


EMAIL_DOMAINS = {
    "US": ("example.com", "example.org", "example.net"),
    "GB": ("example.co.uk", "example.com", "example.org"),
    "ES": ("example.es", "example.com"),
    "MX": ("example.com.mx", "example.mx", "example.com"),
    "FR": ("example.fr", "example.com", "example.net"),
    "DE": ("example.de", "example.com", "example.org"),
    "BR": ("example.com.br", "example.com"),
    "PT": ("example.pt", "example.com"),
}


def _email(rng: random.Random, country: str) -> Value:
    local = (
        rng.choice(FIRST)
        + rng.choice((".", "_", ""))
        + rng.choice(LAST)
        + _digits(rng, rng.choice((0, 0, 2, 4)))
    )
    address = f"{local}@{rng.choice(EMAIL_DOMAINS[country])}"
    return Value("EMAIL", address, (address,), address)


PHONE_SEEDS = {
    "US": ("+1 201 555 01", "+1 312 555 01", "+1 415 555 01", "+1 617 555 01", "+1 212 555 01"),
    "GB": ("+44 20 7946 0", "+44 121 496 0", "+44 113 496 0"),
    "ES": ("+34 612 34 ", "+34 912 34 "),
    "MX": ("+52 222 123 ", "+52 55 1234 "),
    "FR": ("+33 6 12 34 ", "+33 1 23 45 "),
    "DE": ("+49 1512 3456", "+49 30 1234"),
    "BR": ("+55 11 96123 ", "+55 21 98765 "),
    "PT": ("+351 912 345 ", "+351 21 234 "),
}


def _phone(rng: random.Random, country: str) -> Value:
    for _ in range(200):
        seed = rng.choice(PHONE_SEEDS[country])
        missing = 15 - len(re.sub(r"\D", "", seed))
        wanted = {"US": 11, "GB": 12, "ES": 11, "MX": 12, "FR": 11, "DE": 13, "BR": 13, "PT": 12}[
            country
        ]
        raw = seed + _digits(rng, wanted - (15 - missing))
        number = phonenumbers.parse(raw)
        if phonenumbers.is_valid_number(number):
            break
    else:
        raise RuntimeError("no valid phone drawn")
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    plain = rng.choice((intl, national, national, e164))
    groups = tuple(re.split(r"[\s\-()]+", plain.strip("()")))
    groups = tuple(g.strip("()") for g in groups if g.strip("()"))
    return Value("PHONE", e164, groups, plain)


ACCOUNT_SIZES = {
    "US": (10,),
    "GB": (8,),
    "ES": (10,),
    "MX": (10, 11),
    "FR": (11,),
    "DE": (10,),
    "BR": (7, 8),
    "PT": (11,),
}


def _account(rng: random.Random, country: str) -> Value:
    size = rng.choice(ACCOUNT_SIZES[country])
    number = str(rng.randint(1, 9)) + _digits(rng, size - 1)
    if country == "BR":
        plain = number[:-1] + "-" + number[-1]
        return Value("BANK_ACCOUNT_NUMBER", number, (number[:-1], number[-1]), plain)
    groups = _chunks(number, (4, 4, 4))
    return Value(
        "BANK_ACCOUNT_NUMBER", number, groups, rng.choice((number, number, " ".join(groups)))
    )


def _routing(rng: random.Random, country: str) -> Value:
    if country == "US":
        body = rng.choice(("0", "1", "2", "3")) + _digits(rng, 7)
        number = body + rtn.calc_check_digit(body)
        return Value("BANK_ROUTING", number, _chunks(number, (3, 3, 3)), number)
    if country == "GB":
        number = _digits(rng, 6)
        groups = _chunks(number, (2, 2, 2))
        return Value("BANK_ROUTING", number, groups, "-".join(groups))
    if country == "DE":
        number = str(rng.randint(1, 8)) + _digits(rng, 7)
        groups = _chunks(number, (3, 3, 2))
        return Value("BANK_ROUTING", number, groups, rng.choice((number, " ".join(groups))))
    if country == "BR":
        number = _digits(rng, 4)
        return Value(
            "BANK_ROUTING",
            number,
            tuple(number),
            rng.choice((number, number + "-" + _digits(rng, 1))),
        )
    if country == "FR":
        number = _digits(rng, 10)
        groups = _chunks(number, (5, 5))
        return Value("BANK_ROUTING", number, groups, " ".join(groups))
    number = _digits(rng, 8)
    groups = _chunks(number, (4, 4))
    return Value("BANK_ROUTING", number, groups, rng.choice((number, " ".join(groups))))


IBAN_SHAPES = {
    "DE": (18, "n"),
    "ES": (20, "n"),
    "FR": (23, "n"),
    "PT": (21, "n"),
    "GB": (18, "g"),
    "BR": (25, "b"),
}
IBAN_COUNTRY = {
    "US": "GB",
    "GB": "GB",
    "ES": "ES",
    "MX": "ES",
    "FR": "FR",
    "DE": "DE",
    "BR": "BR",
    "PT": "PT",
}


def _iban(rng: random.Random, country: str) -> Value:
    cc = IBAN_COUNTRY[country]
    if rng.random() < 0.15:
        cc = rng.choice(("DE", "ES", "FR", "PT"))
    size, kind = IBAN_SHAPES[cc]
    for _ in range(200):
        if kind == "g":
            bban = rng.choice(("NWBK", "BARC", "LOYD", "MIDL")) + _digits(rng, 14)
        elif kind == "b":
            bban = _digits(rng, 23) + "C1"
        else:
            bban = _digits(rng, size)
        # National check digits (ES CCC, FR RIB key, PT NIB): try each pair in its slot.
        slot = {"ES": 8, "FR": 21, "PT": 19}.get(cc)
        candidates = (
            [bban]
            if slot is None
            else [bban[:slot] + f"{k:02d}" + bban[slot + 2 :] for k in range(100)]
        )
        for candidate in candidates:
            number = cc + iban.calc_check_digits(cc + "00" + candidate) + candidate
            if iban.is_valid(number):
                break
        if iban.is_valid(number):
            break
    else:
        raise RuntimeError("no valid IBAN drawn")
    groups = tuple(number[i : i + 4] for i in range(0, len(number), 4))
    return Value(
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        number,
        groups,
        rng.choice((number, " ".join(groups), " ".join(groups))),
    )


def _swift(rng: random.Random, country: str) -> Value:
    cc = {
        "US": "US",
        "GB": "GB",
        "ES": "ES",
        "MX": "MX",
        "FR": "FR",
        "DE": "DE",
        "BR": "BR",
        "PT": "PT",
    }[country]
    code = (
        "".join(rng.choice(UPPER) for _ in range(4))
        + cc
        + rng.choice(UPPER)
        + rng.choice(UPPER + "23")
    )
    if rng.random() < 0.4:
        code += rng.choice(("XXX", "0" + _digits(rng, 2), "A" + _digits(rng, 2)))
    groups = _chunks(code, (4, 2, 2, 3))
    return Value("SWIFT_CODE", code, groups, code)


def _ssn(rng: random.Random, country: str) -> Value:
    while True:
        area = rng.randint(1, 899)
        number = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if area != 666 and ssn.is_valid(number):
            break
    groups = _chunks(number, (3, 2, 4))
    return Value("SSN", number, groups, rng.choice(("-".join(groups), "-".join(groups), number)))


def _itin(rng: random.Random, country: str) -> Value:
    while True:
        number = (
            "9"
            + _digits(rng, 2)
            + str(rng.choice((70, 78, 81, 88, 90, 93, 95, 99)))
            + _digits(rng, 4)
        )
        if itin.is_valid(number):
            break
    groups = _chunks(number, (3, 2, 4))
    return Value("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", number, groups, "-".join(groups))


NINO_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def _nino(rng: random.Random, country: str) -> Value:
    while True:
        code = (
            rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + _digits(rng, 6)
            + rng.choice("ABCD")
        )
        if NINO_RE.match(code):
            break
    groups = _chunks(code, (2, 2, 2, 2, 1))
    return Value("UK_NATIONAL_INSURANCE_NUMBER", code, groups, rng.choice((code, " ".join(groups))))


PASSPORT_RE = {
    "US": r"^\d{9}$",
    "GB": r"^\d{9}$",
    "ES": r"^[A-Z]{3}\d{6}$",
    "MX": r"^[A-Z]\d{8}$",
    "FR": r"^\d{2}[A-Z]{2}\d{5}$",
    "DE": r"^C[0-9CFGHJKLMNPRTVWXYZ]{8}$",
    "BR": r"^[A-Z]{2}\d{6}$",
    "PT": r"^[A-Z]\d{6}$",
}


def _passport(rng: random.Random, country: str) -> Value:
    letters = lambda n: "".join(rng.choice(UPPER) for _ in range(n))  # noqa: E731
    code = {
        "US": lambda: str(rng.randint(1, 9)) + _digits(rng, 8),
        "GB": lambda: str(rng.randint(1, 9)) + _digits(rng, 8),
        "ES": lambda: letters(3) + _digits(rng, 6),
        "MX": lambda: letters(1) + _digits(rng, 8),
        "FR": lambda: _digits(rng, 2) + letters(2) + _digits(rng, 5),
        "DE": lambda: "C" + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)),
        "BR": lambda: letters(2) + _digits(rng, 6),
        "PT": lambda: letters(1) + _digits(rng, 6),
    }[country]()
    return Value("PASSPORT_NUMBER", code, _chunks(code, (3, 3, 3)), code)


DRIVER_RE = {
    "US": r"^[A-Z]\d{7}$",
    "GB": r"^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$",
    "ES": r"^\d{8}[A-Z]$",
    "MX": r"^[A-Z]\d{8}$",
    "FR": r"^\d{12}$",
    "DE": r"^[A-Z0-9]{11}$",
    "BR": r"^\d{11}$",
    "PT": r"^[A-Z]{1,2}-\d{6} \d$",
}


def _driver(rng: random.Random, country: str) -> Value:
    if country == "ES":
        body = _digits(rng, 8)
        code = body + dni.calc_check_digit(body)
        return Value("DRIVER_ID", code, (code[:8], code[8]), code)
    if country == "GB":
        surname = rng.choice(("SMITH", "JONES", "TAYLO", "BROWN", "WILLI", "EVANS"))
        dob = f"{rng.randint(5, 9)}{rng.randint(1, 12) + rng.choice((0, 50)):02d}{rng.randint(10, 28)}{rng.randint(0, 9)}"
        code = (
            surname
            + dob
            + rng.choice(UPPER)
            + rng.choice(UPPER)
            + str(rng.randint(1, 9))
            + rng.choice(UPPER)
            + rng.choice(UPPER)
        )
        return Value("DRIVER_ID", code, _chunks(code, (5, 6, 2, 3)), code)
    if country == "PT":
        code = rng.choice(("L", "P", "AV", "BE")) + "-" + _digits(rng, 6) + " " + _digits(rng, 1)
        return Value("DRIVER_ID", code, tuple(code.replace("-", " ").split()), code)
    code = {
        "US": lambda: rng.choice(UPPER) + _digits(rng, 7),
        "MX": lambda: rng.choice(UPPER) + _digits(rng, 8),
        "FR": lambda: _digits(rng, 12),
        "DE": lambda: (
            rng.choice("BFGHJKLMN")
            + _digits(rng, 3)
            + rng.choice(UPPER)
            + _digits(rng, 5)
            + rng.choice(UPPER)
        ),
        "BR": lambda: str(rng.randint(1, 9)) + _digits(rng, 10),
    }[country]()
    return Value("DRIVER_ID", code, _chunks(code, (4, 4, 4)), code)


def _ip(rng: random.Random, country: str) -> Value:
    if rng.random() < 0.2:
        addr = f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    else:
        net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        addr = f"{net}.{rng.randint(1, 254)}"
    return Value("IP_ADDRESS", addr, (addr,), addr)


def _mac(rng: random.Random, country: str) -> Value:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] = (octets[0] | 0x02) & 0xFE  # locally administered, unicast: never a real vendor
    sep = rng.choice((":", ":", "-"))
    text = sep.join(f"{o:02x}" for o in octets)
    text = text.upper() if rng.random() < 0.5 else text
    return Value("MAC_ADDRESS", text, tuple(text.split(sep)), text)


def _akid(rng: random.Random, country: str) -> Value:
    key = rng.choice(("AKIA", "ASIA")) + "".join(rng.choice(UPPER + "234567") for _ in range(16))
    return Value("AWS_ACCESS_KEY", key, (key,), key)


def _ask(rng: random.Random, country: str) -> Value:
    key = "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(40))
    return Value("AWS_SECRET_KEY", key, (key,), key)


def _dni(rng: random.Random, country: str) -> Value:
    body = _digits(rng, 8)
    code = body + dni.calc_check_digit(body)
    plain = rng.choice(
        (code, code, f"{body}-{code[-1]}", f"{body[:2]}.{body[2:5]}.{body[5:]}-{code[-1]}")
    )
    return Value("ES_DNI", code, (body[:2], body[2:5], body[5:], code[-1]), plain)


def _nie(rng: random.Random, country: str) -> Value:
    body = rng.choice("XYZ") + _digits(rng, 7)
    code = body + nie.calc_check_digit(body)
    plain = rng.choice((code, f"{code[0]}-{code[1:8]}-{code[8]}"))
    return Value("ES_NIE", code, (code[0], code[1:5], code[5:8], code[8]), plain)


def _curp(rng: random.Random, country: str) -> Value:
    states = ("AS", "BC", "CH", "DF", "JC", "MC", "NL", "PL", "QT", "VZ", "YN")
    while True:
        year, month, day = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        head = rng.choice(CONSONANTS) + rng.choice("AEIOU") + rng.choice(UPPER) + rng.choice(UPPER)
        body = head + f"{year:02d}{month:02d}{day:02d}" + rng.choice("HM") + rng.choice(states)
        body += "".join(rng.choice(CONSONANTS) for _ in range(3)) + "0"
        code = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(code):
            break
    return Value("MX_CURP", code, _chunks(code, (4, 6, 8)), code)


def _rfc(rng: random.Random, country: str) -> Value:
    while True:
        year, month, day = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = rng.choice(CONSONANTS) + rng.choice("AEIOU") + rng.choice(UPPER) + rng.choice(UPPER)
        body += f"{year:02d}{month:02d}{day:02d}" + rng.choice(CONSONANTS) + rng.choice("123456789")
        code = body + rfc.calc_check_digit(body)
        if rfc.is_valid(code):
            break
    return Value("MX_RFC", code, _chunks(code, (4, 6, 3)), code)


def clabe_check_digit(body: str) -> str:
    """CLABE control digit: weights 3, 7, 1 modulo 10 (stdnum has no CLABE module)."""
    total = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def _clabe(rng: random.Random, country: str) -> Value:
    body = rng.choice(("002", "012", "014", "021", "072", "127")) + _digits(rng, 14)
    code = body + clabe_check_digit(body)
    groups = _chunks(code, (3, 3, 11, 1))
    return Value("MX_CLABE", code, groups, rng.choice((code, code, " ".join(groups))))


def _cpf(rng: random.Random, country: str) -> Value:
    while True:
        body = _digits(rng, 9)
        for _ in range(2):
            total = sum(int(d) * w for d, w in zip(body, range(len(body) + 1, 1, -1)))
            body += str((11 - total % 11) % 11 % 10)
        if cpf.is_valid(body):
            break
    groups = (body[:3], body[3:6], body[6:9], body[9:])
    plain = rng.choice((cpf.format(body), cpf.format(body), body))
    return Value("BR_CPF", body, groups, plain)


def _cnpj(rng: random.Random, country: str) -> Value:
    body = _digits(rng, 8) + "0001"
    code = body + cnpj.calc_check_digits(body)
    groups = (code[:2], code[2:5], code[5:8], code[8:12], code[12:])
    return Value("BR_CNPJ", code, groups, rng.choice((cnpj.format(code), code)))


def _nir(rng: random.Random, country: str) -> Value:
    body = (
        rng.choice("12")
        + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
        + f"{rng.randint(1, 95):02d}"
        + _digits(rng, 6)
    )
    code = body + nir.calc_check_digits(body)
    groups = (code[0], code[1:3], code[3:5], code[5:7], code[7:10], code[10:13], code[13:])
    return Value("FR_NIR", code, groups, rng.choice((code, " ".join(groups))))


def _idnr(rng: random.Random, country: str) -> Value:
    while True:
        body = str(rng.randint(1, 9)) + _digits(rng, 9)
        code = body + idnr.mod_11_10.calc_check_digit(body)
        if idnr.is_valid(code):
            break
    groups = (code[:2], code[2:5], code[5:8], code[8:])
    return Value("DE_TAX_ID", code, groups, rng.choice((code, " ".join(groups))))


def _nif(rng: random.Random, country: str) -> Value:
    body = rng.choice("12") + _digits(rng, 7)
    code = body + nif.calc_check_digit(body)
    groups = (code[:3], code[3:6], code[6:])
    return Value("PT_NIF", code, groups, rng.choice((code, " ".join(groups))))


MAKERS = {
    "CREDIT_DEBIT_NUMBER": _card,
    "CREDIT_DEBIT_CVV": _cvv,
    "CREDIT_DEBIT_EXPIRY": _expiry,
    "PIN": _pin,
    "PASSWORD": _password,
    "USERNAME": _username,
    "EMAIL": _email,
    "PHONE": _phone,
    "BANK_ACCOUNT_NUMBER": _account,
    "BANK_ROUTING": _routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": _iban,
    "SWIFT_CODE": _swift,
    "SSN": _ssn,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": _itin,
    "UK_NATIONAL_INSURANCE_NUMBER": _nino,
    "PASSPORT_NUMBER": _passport,
    "DRIVER_ID": _driver,
    "IP_ADDRESS": _ip,
    "MAC_ADDRESS": _mac,
    "AWS_ACCESS_KEY": _akid,
    "AWS_SECRET_KEY": _ask,
    "ES_DNI": _dni,
    "ES_NIE": _nie,
    "MX_CURP": _curp,
    "MX_RFC": _rfc,
    "MX_CLABE": _clabe,
    "BR_CPF": _cpf,
    "BR_CNPJ": _cnpj,
    "FR_NIR": _nir,
    "DE_TAX_ID": _idnr,
    "PT_NIF": _nif,
}


def draw(kind: str, rng: random.Random, locale: str) -> Value:
    return MAKERS[kind](rng, COUNTRY[locale])


def is_valid(value: Value, locale: str) -> bool:
    """Check the canonical form of a drawn value with the libraries (or the format rule)."""
    c, country = value.canonical, COUNTRY[locale]
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and len(c) in (15, 16),
        "CREDIT_DEBIT_CVV": lambda: re.fullmatch(r"\d{3,4}", c) is not None,
        "CREDIT_DEBIT_EXPIRY": lambda: re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", c) is not None,
        "PIN": lambda: re.fullmatch(r"\d{4,6}", c) is not None,
        "PASSWORD": lambda: (
            re.search(r"[A-Za-z]", c) is not None and re.search(r"\d", c) is not None
        ),
        "USERNAME": lambda: re.fullmatch(r"[a-z]+[._]?[a-z]+\d*", c) is not None,
        "EMAIL": lambda: re.fullmatch(r"[a-z._0-9]+@example(\.[a-z]+)+", c) is not None,
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(c)),
        "BANK_ACCOUNT_NUMBER": lambda: c.isdigit() and len(c) in ACCOUNT_SIZES[country],
        "BANK_ROUTING": lambda: (
            rtn.is_valid(c) if country == "US" else c.isdigit() and len(c) in (4, 6, 8, 10)
        ),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: NINO_RE.match(c) is not None,
        "PASSPORT_NUMBER": lambda: re.fullmatch(PASSPORT_RE[country], c) is not None,
        "DRIVER_ID": lambda: (
            dni.is_valid(c) if country == "ES" else re.fullmatch(DRIVER_RE[country], c) is not None
        ),
        "IP_ADDRESS": lambda: any(
            ipaddress.ip_address(c) in ipaddress.ip_network(n)
            for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
        ),
        "MAC_ADDRESS": lambda: (
            re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}", c) is not None
            and int(c[:2], 16) & 3 == 2
        ),
        "AWS_ACCESS_KEY": lambda: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", c) is not None,
        "AWS_SECRET_KEY": lambda: re.fullmatch(r"[A-Za-z0-9+/]{40}", c) is not None,
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: len(c) == 18 and c.isdigit() and clabe_check_digit(c[:17]) == c[17],
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
    }
    return bool(checks[value.type]())
