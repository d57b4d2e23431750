"""Synthetic PII values, drawn per entity type, valid by python-stdnum or the published rule.

Every value is fake: card numbers use test prefixes, phones are the library's example numbers
with redrawn last digits, e-mails live on reserved domains, IPs in documentation ranges.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

from bench.redaction.cloaked.rules import clabe_check_digit, nino_is_valid

DIGITS = string.digits
UPPER = string.ascii_uppercase
B32 = UPPER + "234567"

TYPE_OF_KEY: dict[str, str] = {
    "card": "CREDIT_DEBIT_NUMBER",
    "cvv": "CREDIT_DEBIT_CVV",
    "exp": "CREDIT_DEBIT_EXPIRY",
    "pin": "PIN",
    "pwd": "PASSWORD",
    "acct": "BANK_ACCOUNT_NUMBER",
    "routing": "BANK_ROUTING",
    "iban": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "swift": "SWIFT_CODE",
    "email": "EMAIL",
    "phone": "PHONE",
    "ssn": "SSN",
    "itin": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "nino": "UK_NATIONAL_INSURANCE_NUMBER",
    "passport": "PASSPORT_NUMBER",
    "dl": "DRIVER_ID",
    "ip": "IP_ADDRESS",
    "mac": "MAC_ADDRESS",
    "akid": "AWS_ACCESS_KEY",
    "asecret": "AWS_SECRET_KEY",
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


@dataclass(frozen=True)
class Value:
    """A drawn value: `raw` is its compact canonical form, `region` the country it belongs to."""

    type: str
    raw: str
    region: str


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [
            ("411111", 16),
            ("400000", 16),
            ("424242", 16),
            ("555555", 16),
            ("510510", 16),
            ("222300", 16),
            ("378282", 15),
            ("371449", 15),
            ("601111", 16),
            ("353011", 16),
            ("400005", 16),
        ]
    )
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}{rng.randint(26, 33):02d}"


_PWD_WORDS = [
    "Girassol",
    "mariposa",
    "Sonnenblume",
    "papillon",
    "Tigre",
    "blue",
    "Dragon",
    "luna",
    "Fenix",
    "Kaffee",
    "soleil",
    "Tornado",
    "maracuja",
    "Pingu",
    "chocolate",
    "Hamster",
    "Falcon",
    "Otono",
    "Schnee",
    "mango",
]


def _password(rng: random.Random) -> str:
    word = rng.choice(_PWD_WORDS)
    style = rng.randint(0, 3)
    if style == 0:
        return f"{word}{_digits(rng, rng.randint(2, 4))}{rng.choice('!*$_')}"
    if style == 1:
        leet = word.replace("o", "0").replace("a", "4").replace("e", "3")
        return f"{leet}{rng.choice('!*$')}{_digits(rng, 2)}"
    if style == 2:
        return "".join(
            rng.choice(string.ascii_letters + DIGITS) for _ in range(rng.randint(10, 14))
        )
    return (
        f"{rng.choice('!*$')}{word.lower()}{rng.choice(_PWD_WORDS).capitalize()}{_digits(rng, 1)}"
    )


_ACCT_LEN = {
    "US": (8, 12),
    "GB": (8, 8),
    "DE": (7, 10),
    "BR": (5, 8),
    "MX": (10, 11),
    "ES": (10, 10),
}


def _account(rng: random.Random, region: str) -> str:
    lo, hi = _ACCT_LEN.get(region, (8, 11))
    body = str(rng.randint(1, 9)) + _digits(rng, rng.randint(lo, hi) - 1)
    if region == "BR":
        return f"{body}-{rng.choice(DIGITS)}"
    return body


def _routing(rng: random.Random, region: str) -> str:
    if region == "GB" or region == "IE":
        return f"{rng.randint(10, 99)}-{_digits(rng, 2)}-{_digits(rng, 2)}"
    if region == "AU":
        return f"{rng.randint(10, 99)}{rng.choice(DIGITS)}-{_digits(rng, 3)}"
    if region == "CA":
        return f"{rng.randint(1, 9)}{_digits(rng, 4)}-{_digits(rng, 3)}"
    if region in ("DE", "AT"):
        return str(rng.randint(1, 8)) + _digits(rng, 7 if region == "DE" else 4)
    if region in ("FR", "BE", "CH"):
        return str(rng.randint(1, 4)) + _digits(rng, 4)
    if region == "BR":
        return str(rng.randint(1, 9)) + _digits(rng, 3)
    if region in ("ES", "PT"):
        return f"{rng.randint(1, 3)}{_digits(rng, 3)}"
    # US ABA routing number: the first two digits are a Federal Reserve district.
    head = rng.choice(["0", "1", "2", "3"])
    first = f"{head}{rng.randint(1, 2) if head in '03' else rng.randint(1, 9)}"
    body = first + _digits(rng, 6)
    return body + rtn.calc_check_digit(body)


IBAN_REGIONS = ["DE", "ES", "FR", "PT", "GB", "IE", "BE", "AT", "CH", "BR"]


def _iban(rng: random.Random, region: str) -> str:
    country = region if region in IBAN_REGIONS else rng.choice(IBAN_REGIONS)
    structure = iban._ibandb.info(country)[0][1]["bban"]
    while True:
        bban = ""
        for count, kind in iban._struct_re.findall(structure):
            alphabet = {"n": DIGITS, "a": UPPER, "c": DIGITS}[kind]
            bban += "".join(rng.choice(alphabet) for _ in range(int(count)))
        if country == "ES":
            bban = bban[:8] + ccc.calc_check_digits(bban[:8] + "00" + bban[10:]) + bban[10:]
        if country == "BE":
            bban = bban[:10] + f"{int(bban[:10]) % 97 or 97:02d}"
        if country == "PT":
            bban = bban[:19] + f"{98 - int(bban[:19] + '00') % 97:02d}"
        if country == "FR":
            bban = bban[:21] + _rib_key(bban[:21])
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return number


def _rib_key(body: str) -> str:
    letters = {c: str((i % 9) + 1) for i, c in enumerate(UPPER)}
    digits = "".join(letters.get(c, c) for c in body)
    bank, branch, account = int(digits[:5]), int(digits[5:10]), int(digits[10:21])
    return f"{97 - (89 * bank + 15 * branch + 3 * account) % 97:02d}"


def _swift(rng: random.Random, region: str) -> str:
    country = region if region in bic._country_codes else "DE"
    code = "".join(rng.choice(UPPER) for _ in range(4)) + country
    code += rng.choice(UPPER + "23456789") + rng.choice(UPPER + DIGITS)
    if rng.random() < 0.4:
        code += rng.choice(["XXX", "".join(rng.choice(UPPER + DIGITS) for _ in range(3))])
    return code


_FIRST = [
    "ana",
    "joao",
    "marie",
    "lukas",
    "sofia",
    "james",
    "lucia",
    "pierre",
    "julia",
    "mateo",
    "priya",
    "sean",
    "camila",
    "noah",
    "ines",
    "felix",
    "carmen",
    "tom",
    "beatriz",
    "hugo",
]
_LAST = [
    "perez",
    "silva",
    "dubois",
    "schmidt",
    "garcia",
    "smith",
    "costa",
    "martin",
    "weber",
    "lopez",
    "sharma",
    "obrien",
    "rojas",
    "fischer",
    "santos",
    "moreau",
    "nguyen",
    "ferreira",
    "murphy",
    "vidal",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "correo.example",
    "post.test",
    "inbox.test",
]


def _email(rng: random.Random) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first[0]}{last}",
            f"{last}.{first}{rng.randint(70, 99)}",
        ]
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def _phone(rng: random.Random, region: str) -> str:
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        example = phonenumbers.example_number(region)
    if example is None:
        raise ValueError(f"no example phone number for {region}")
    national = str(example.national_number)
    while True:
        keep = len(national) - 4
        candidate = national[:keep] + _digits(rng, 4)
        number = phonenumbers.parse(f"+{example.country_code}{candidate}")
        if number.italian_leading_zero:
            continue
        if phonenumbers.is_valid_number_for_region(number, region):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _ssn(rng: random.Random) -> str:
    while True:
        area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
        value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(value):
            return value


def _itin(rng: random.Random) -> str:
    group = rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
    value = f"9{_digits(rng, 2)}{group:02d}{_digits(rng, 4)}"
    assert itin.is_valid(value)
    return value


def _nino(rng: random.Random) -> str:
    while True:
        value = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        value += _digits(rng, 6) + rng.choice("ABCD")
        if nino_is_valid(value):
            return value


def _passport(rng: random.Random, region: str) -> str:
    if region in ("ES",):
        return "".join(rng.choice(UPPER) for _ in range(3)) + _digits(rng, 6)
    if region in ("FR",):
        return _digits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 5)
    if region in ("DE", "AT"):
        alphabet = "CFGHJKLMNPRTVWXYZ" + DIGITS
        return rng.choice("CFGHJK") + "".join(rng.choice(alphabet) for _ in range(8))
    if region in ("BR", "CA"):
        return "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 6)
    if region in ("PT", "MX", "AU", "IN", "NZ", "CH", "BE"):
        return rng.choice("ACEGKLMNP") + _digits(rng, 7 if region != "MX" else 8)
    if region == "IE":
        return "P" + rng.choice(UPPER) + _digits(rng, 7)
    if region == "GB":
        return str(rng.randint(1, 9)) + _digits(rng, 8)
    return rng.choice(["A", "C", "E"]) + _digits(rng, 8)


def _driver(rng: random.Random, region: str) -> str:
    if region == "GB":
        surname = rng.choice(["SMITH", "MORGA", "JONES", "PATEL", "WALKE", "OBRIE"])
        year = rng.randint(50, 99)
        return (
            f"{surname}{year // 10}{rng.randint(1, 12) + rng.choice([0, 50]):02d}"
            f"{rng.randint(10, 28)}{year % 10}{rng.choice(UPPER)}{rng.choice(UPPER)}9"
            f"{rng.choice(UPPER)}{rng.choice(UPPER)}"
        )
    if region == "DE":
        alphabet = UPPER + DIGITS
        return (
            rng.choice("BFJKN") + _digits(rng, 3) + "".join(rng.choice(alphabet) for _ in range(7))
        )
    if region == "FR":
        return _digits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 8)
    if region == "BR":
        return str(rng.randint(1, 9)) + _digits(rng, 10)
    if region in ("ES", "MX", "PT", "AR", "CO", "CL", "PE"):
        return rng.choice(UPPER) + "-" + _digits(rng, 7 if region != "MX" else 9)
    if region == "IN":
        return f"{rng.choice(['MH', 'DL', 'KA', 'TN'])}{_digits(rng, 2)} {_digits(rng, 11)}"
    return rng.choice(UPPER) + _digits(rng, rng.choice([7, 8, 12]))


def _ip(rng: random.Random) -> str:
    kind = rng.randint(0, 4)
    if kind == 4:
        groups = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.randint(2, 4))]
        return "2001:db8:" + ":".join(groups) + ("::" + f"{rng.randint(1, 0xFFF):x}")
    if kind == 3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    net = ["192.0.2", "198.51.100", "203.0.113"][kind]
    return f"{net}.{rng.randint(1, 254)}"


def _mac(rng: random.Random) -> str:
    first = rng.randint(0, 63) * 4 + 2  # locally administered, unicast
    octets = [first] + [rng.randint(0, 255) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


def _curp(rng: random.Random) -> str:
    while True:
        head = (
            rng.choice("BCDFGHLMNPRSTVZ")
            + rng.choice("AEIOU")
            + rng.choice(UPPER)
            + rng.choice(UPPER)
        )
        birth = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        state = rng.choice(["DF", "JC", "NL", "PL", "GT", "VZ", "MC", "YN", "SP", "CH"])
        body = head + birth + rng.choice("HM") + state
        body += "".join(rng.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3)) + "0"
        value = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(value):
            return value


def _rfc(rng: random.Random) -> str:
    while True:
        head = (
            rng.choice("BCDFGHLMNPRSTVZ")
            + rng.choice("AEIOU")
            + rng.choice(UPPER)
            + rng.choice(UPPER)
        )
        birth = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        homo = rng.choice("123456789ABCDEFGHJKLMNPRSTUV") + rng.choice(
            "123456789ABCDEFGHJKLMNPRSTUVWXYZ"
        )
        body = head + birth + homo
        value = body + rfc.calc_check_digit(body)
        if value[-1] in "0123456789A" and rfc.is_valid(value, validate_check_digits=True):
            return value


def _clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"])
    body += _digits(rng, 14)
    return body + clabe_check_digit(body)


def _cpf(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 9)
        if len(set(body)) > 1:
            return body + cpf._calc_check_digits(body)


def _cnpj(rng: random.Random) -> str:
    body = _digits(rng, 8) + rng.choice(["0001", "0001", "0002"])
    return body + cnpj.calc_check_digits(body)


def _nir(rng: random.Random) -> str:
    body = f"{rng.randint(1, 2)}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
    body += f"{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    return body + nir.calc_check_digits(body)


def _steuer(rng: random.Random) -> str:
    while True:
        value = "".join(rng.choice(DIGITS[1:]) for _ in range(1)) + _digits(rng, 9)
        for check in DIGITS:
            if idnr.is_valid(value + check):
                return value + check


def _nif(rng: random.Random) -> str:
    body = rng.choice("123") + _digits(rng, 7)
    return body + nif.calc_check_digit(body)


def _aws_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def _aws_secret(rng: random.Random) -> str:
    alphabet = string.ascii_letters + DIGITS + "/+"
    return "".join(rng.choice(alphabet) for _ in range(40))


def _dni(rng: random.Random) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def _nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


def draw(key: str, region: str, rng: random.Random) -> Value:
    """Draw one value for a template slot key (`card`, `phone`, ...) in a region."""
    simple = {
        "card": _card,
        "exp": _expiry,
        "pwd": _password,
        "email": _email,
        "ssn": _ssn,
        "itin": _itin,
        "nino": _nino,
        "ip": _ip,
        "mac": _mac,
        "akid": _aws_key,
        "asecret": _aws_secret,
        "dni": _dni,
        "nie": _nie,
        "curp": _curp,
        "rfc": _rfc,
        "clabe": _clabe,
        "cpf": _cpf,
        "cnpj": _cnpj,
        "nir": _nir,
        "steuer": _steuer,
        "nif": _nif,
    }
    regional = {
        "acct": _account,
        "routing": _routing,
        "iban": _iban,
        "swift": _swift,
        "phone": _phone,
        "passport": _passport,
        "dl": _driver,
    }
    if key in simple:
        raw = simple[key](rng)
    elif key in regional:
        raw = regional[key](rng, region)
    elif key == "cvv":
        raw = _digits(rng, rng.choice([3, 3, 3, 4]))
    elif key == "pin":
        raw = _digits(rng, rng.choice([4, 4, 4, 6]))
    else:
        raise KeyError(key)
    if key == "iban":
        region = raw[:2]
    return Value(TYPE_OF_KEY[key], raw, region)
