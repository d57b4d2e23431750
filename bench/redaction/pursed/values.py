"""Synthetic values for the `pursed` corpus: generators, validators and hard negatives.

Every value is invented. Checksummed identifiers are built and then validated with
python-stdnum; phones with phonenumbers. Canonical forms are compact (see `canonical docs`
on each generator); `render.py` prints them and decodes them back independently.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
from collections.abc import Callable

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

TYPES: tuple[str, ...] = (
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

# Short names used inside templates, so a template line stays readable.
ALIASES: dict[str, str] = {
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
    "STID": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

REGIONS: tuple[str, ...] = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")

TEST_BINS: tuple[str, ...] = (
    "411111",
    "400000",
    "424242",
    "401288",
    "555555",
    "510510",
    "222300",
    "378282",
    "371449",
    "601111",
    "353011",
    "305693",
)

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]

FIRST = [
    "ana",
    "luis",
    "maria",
    "jose",
    "emma",
    "noah",
    "lea",
    "paul",
    "joao",
    "bia",
    "carla",
    "tom",
    "sofia",
    "hugo",
    "ines",
    "pedro",
    "julia",
    "lena",
    "max",
    "rita",
    "diego",
    "chloe",
    "omar",
    "nina",
    "theo",
    "vera",
    "ivan",
    "alba",
    "kai",
    "lola",
]
LAST = [
    "garcia",
    "lopez",
    "martin",
    "silva",
    "santos",
    "muller",
    "schmidt",
    "dubois",
    "moreau",
    "smith",
    "jones",
    "brown",
    "costa",
    "pereira",
    "ferreira",
    "ruiz",
    "navarro",
    "weber",
    "bernard",
    "oliveira",
    "taylor",
    "fischer",
    "rocha",
    "leroy",
    "vidal",
    "herrera",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.org",
    "post.example.net",
    "inbox.test",
    "shop.test",
]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- cards -------------------------------------------------------------------------------


def card(rng: random.Random, _region: str) -> str:
    """Digits only, Luhn-valid, on a published test BIN."""
    bin_ = rng.choice(TEST_BINS)
    length = 15 if bin_.startswith("3") and bin_[1] in "47" else 14 if bin_.startswith("30") else 16
    body = bin_ + _digits(rng, length - len(bin_) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random, _region: str) -> str:
    return _digits(rng, rng.choice((3, 3, 3, 4)))


def expiry(rng: random.Random, _region: str) -> str:
    """`MM/YYYY`, 2027-2033."""
    return f"{rng.randint(1, 12):02d}/{rng.randint(2027, 2033)}"


def pin(rng: random.Random, _region: str) -> str:
    return _digits(rng, rng.choice((4, 4, 4, 6)))


# --- credentials -------------------------------------------------------------------------

PASSWORD_WORDS = [
    "Gato",
    "sol",
    "Luna",
    "perro",
    "Blue",
    "tiger",
    "Mango",
    "casa",
    "Sommer",
    "fleur",
    "Bolo",
    "praia",
    "Nube",
    "winter",
    "Kiwi",
    "rojo",
    "Moeda",
    "chat",
]


def password(rng: random.Random, _region: str, url_safe: bool = False) -> str:
    symbols = "!_-." if url_safe else "!#$%&*?_-.+"
    parts = [rng.choice(PASSWORD_WORDS), _digits(rng, rng.randint(2, 4)), rng.choice(symbols)]
    if rng.random() < 0.5:
        parts.append(rng.choice(PASSWORD_WORDS).lower())
    rng.shuffle(parts)
    out = "".join(parts)
    while len(out) < 8:
        out += rng.choice(string.ascii_letters)
    return out


def username(rng: random.Random, _region: str) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    sep = rng.choice((".", "_", "", "-"))
    form = rng.randrange(4)
    if form == 0:
        return f"{first}{sep}{last}{_digits(rng, 2)}"
    if form == 1:
        return f"{first[0]}{last}{_digits(rng, rng.randint(1, 3))}"
    if form == 2:
        return f"{last}{sep}{first}"
    return f"{first}{sep}{rng.choice(('dev', 'x', 'pt', 'mx', 'uk'))}{_digits(rng, 2)}"


def email(rng: random.Random, region: str) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{last[0]}",
            f"{first}_{last}{_digits(rng, 2)}",
            f"{last}.{first[0]}",
            f"{first}{_digits(rng, 3)}",
        )
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


# --- phones ------------------------------------------------------------------------------

UK_DRAMA = [
    "20 7946 0",
    "113 496 0",
    "114 496 0",
    "115 496 0",
    "116 496 0",
    "117 496 0",
    "118 496 0",
    "121 496 0",
    "131 496 0",
    "141 496 0",
    "151 496 0",
    "161 496 0",
]
PHONE_SHAPES: dict[str, list[tuple[str, int]]] = {
    "ES": [("6", 8), ("7", 8), ("91", 7), ("93", 7), ("96", 7)],
    "MX": [("55", 8), ("33", 8), ("81", 8), ("222", 7), ("998", 7)],
    "FR": [("6", 8), ("7", 8), ("1", 8), ("4", 8), ("5", 8)],
    "DE": [("151", 8), ("160", 7), ("170", 7), ("176", 8), ("30", 8), ("89", 7), ("40", 8)],
    "BR": [("119", 8), ("219", 8), ("319", 8), ("11", 8), ("619", 8), ("519", 8)],
    "PT": [("91", 7), ("93", 7), ("96", 7), ("21", 7), ("22", 7)],
}


def phone(rng: random.Random, region: str) -> str:
    """E.164, valid in `region`: US 555-01xx, UK Ofcom drama ranges, random elsewhere."""
    while True:
        if region == "US":
            area = rng.choice(("202", "212", "305", "312", "415", "512", "617", "702", "646"))
            national = f"{area}55501{_digits(rng, 2)}"
        elif region == "GB":
            national = (rng.choice(UK_DRAMA) + _digits(rng, 3)).replace(" ", "")
        else:
            prefix, rest = rng.choice(PHONE_SHAPES[region])
            national = prefix + _digits(rng, rest)
        parsed = phonenumbers.parse(national, region)
        if (
            phonenumbers.is_valid_number(parsed)
            and phonenumbers.region_code_for_number(parsed) == region
        ):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# --- banking -----------------------------------------------------------------------------


def bank_account(rng: random.Random, region: str) -> str:
    """Digits only, invented, per-market length."""
    length = {
        "US": rng.randint(9, 12),
        "GB": 8,
        "DE": 10,
        "ES": 10,
        "FR": 11,
        "MX": 11,
        "BR": rng.choice((6, 7, 8)),
        "PT": 11,
    }[region]
    return str(rng.randint(1, 9)) + _digits(rng, length - 1)


def routing(rng: random.Random, region: str) -> str:
    """ABA (US and elsewhere), sort code (GB), BLZ (DE). Digits only."""
    if region == "GB":
        return rng.choice(("20", "40", "30", "60", "09", "77", "82")) + _digits(rng, 4)
    if region == "DE":
        return (
            rng.choice(("1", "2", "3", "5", "6", "7"))
            + _digits(rng, 2)
            + rng.choice(("0", "5"))
            + _digits(rng, 4)
        )
    body = rng.choice(
        (
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "07",
            "08",
            "09",
            "11",
            "12",
            "21",
            "22",
            "26",
            "31",
            "32",
        )
    ) + _digits(rng, 6)
    for digit in string.digits:
        if rtn.is_valid(body + digit):
            return body + digit
    raise AssertionError("unreachable: an ABA check digit always exists")


def _bban(rng: random.Random, country: str) -> str:
    if country == "GB":
        return rng.choice(("NWBK", "BARC", "MIDL", "LOYD", "EXMP")) + _digits(rng, 14)
    if country == "ES":
        return _es_bban(_digits(rng, 4), _digits(rng, 4), _digits(rng, 10))
    if country == "FR":
        return _digits(rng, 10) + _digits(rng, 11) + _digits(rng, 2)
    if country == "DE":
        return _digits(rng, 18)
    if country == "PT":
        return _digits(rng, 21)
    if country == "BR":
        return _digits(rng, 23) + rng.choice("CP") + rng.choice(string.digits)
    raise ValueError(country)


def _es_bban(bank: str, branch: str, account: str) -> str:
    checks = ccc.calc_check_digits(bank + branch + "00" + account)
    return bank + branch + checks + account


def iban_for(rng: random.Random, country: str) -> str:
    """Compact IBAN of `country`, validated (with the national BBAN check where stdnum has one)."""
    while True:
        bban = _bban(rng, country)
        number = country + "00" + bban
        number = country + iban.calc_check_digits(number) + bban
        if iban.is_valid(number):
            return number


def iban_any(rng: random.Random, region: str) -> str:
    country = {"US": rng.choice(("GB", "DE")), "MX": rng.choice(("ES", "ES", "GB"))}.get(
        region, region
    )
    return iban_for(rng, country)


def swift(rng: random.Random, region: str) -> str:
    country = {
        "US": "US",
        "GB": "GB",
        "ES": "ES",
        "MX": "MX",
        "FR": "FR",
        "DE": "DE",
        "BR": "BR",
        "PT": "PT",
    }[region]
    while True:
        code = (
            _letters(rng, 4)
            + country
            + rng.choice(string.ascii_uppercase)
            + rng.choice(string.ascii_uppercase + "0123456789")
        )
        if rng.random() < 0.4:
            code += rng.choice(("XXX", "XXX", _letters(rng, 1) + _digits(rng, 2)))
        if bic.is_valid(code):
            return code


def clabe(rng: random.Random, _region: str) -> str:
    body = rng.choice(
        ("002", "012", "014", "021", "030", "036", "044", "072", "127", "137")
    ) + _digits(rng, 14)
    return body + clabe_check(body)


def clabe_check(body: str) -> str:
    total = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def clabe_valid(value: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", value)) and clabe_check(value[:17]) == value[17]


# --- US and UK ---------------------------------------------------------------------------


def ssn_value(rng: random.Random, _region: str) -> str:
    while True:
        value = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(value) and not itin.is_valid(value):
            return value


def itin_value(rng: random.Random, _region: str) -> str:
    group = rng.choice([*range(70, 89), *range(90, 93), *range(94, 100)])
    value = f"9{_digits(rng, 2)}{group:02d}{_digits(rng, 4)}"
    assert itin.is_valid(value)
    return value


NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIQUVO"]
NINO_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng: random.Random, _region: str) -> str:
    while True:
        prefix = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if prefix not in NINO_BANNED:
            return prefix + _digits(rng, 6) + rng.choice("ABCD")


def nino_valid(value: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", value))
        and value[0] in NINO_FIRST
        and value[1] in NINO_SECOND
        and value[:2] not in NINO_BANNED
    )


# --- documents ---------------------------------------------------------------------------

PASSPORT_SHAPES = {
    "US": r"[A-Z]?\d{8,9}",
    "GB": r"\d{9}",
    "ES": r"[A-Z]{3}\d{6}",
    "MX": r"[A-Z]\d{8}",
    "FR": r"\d{2}[A-Z]{2}\d{5}",
    "DE": r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}",
    "BR": r"[A-Z]{2}\d{6}",
    "PT": r"[A-Z]\d{6}",
}


def passport(rng: random.Random, region: str) -> str:
    if region == "US":
        return rng.choice(("", "A")) + _digits(rng, 8) if rng.random() < 0.5 else _digits(rng, 9)
    if region == "GB":
        return str(rng.randint(1, 9)) + _digits(rng, 8)
    if region == "ES":
        return rng.choice(("PA", "XD", "AA")) + _letters(rng, 1) + _digits(rng, 6)
    if region == "MX":
        return rng.choice("GNEP") + _digits(rng, 8)
    if region == "FR":
        return _digits(rng, 2) + _letters(rng, 2) + _digits(rng, 5)
    if region == "DE":
        return rng.choice("CFGHJK") + _letters(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if region == "BR":
        return rng.choice(("FN", "FT", "GA", "YB")) + _digits(rng, 6)
    return rng.choice("NPCL") + _digits(rng, 6)


DRIVER_SHAPES = {
    "US": r"[A-Z]\d{7,12}",
    "GB": r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}",
    "ES": r"\d{8}[A-Z]",
    "MX": r"[A-Z]{1,2}\d{8,9}",
    "FR": r"\d{12}|\d{2}[A-Z]{2}\d{5}",
    "DE": r"[A-Z0-9]{11}",
    "BR": r"\d{11}",
    "PT": r"[A-Z]{1,2}\d{6}\d",
}


def driver(rng: random.Random, region: str) -> str:
    if region == "US":
        return _letters(rng, 1) + _digits(rng, rng.choice((7, 8, 12)))
    if region == "GB":
        surname = rng.choice(LAST).upper()[:5].ljust(5, "9")
        return surname + _digits(rng, 6) + _letters(rng, 2) + _digits(rng, 1) + _letters(rng, 2)
    if region == "ES":
        return _digits(rng, 8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE")
    if region == "MX":
        return _letters(rng, rng.choice((1, 2))) + _digits(rng, 8)
    if region == "FR":
        return (
            _digits(rng, 12)
            if rng.random() < 0.5
            else _digits(rng, 2) + _letters(rng, 2) + _digits(rng, 5)
        )
    if region == "DE":
        return (
            _letters(rng, 1)
            + _digits(rng, 3)
            + _letters(rng, 1, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
            + _letters(rng, 5, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
            + _digits(rng, 1)
        )
    if region == "BR":
        return str(rng.randint(1, 9)) + _digits(rng, 10)
    return rng.choice(("L", "P", "AV", "BR")) + _digits(rng, 6) + _digits(rng, 1)


# --- network and cloud -------------------------------------------------------------------


def ip(rng: random.Random, _region: str) -> str:
    net = rng.choice(DOC_NETS[:3] * 3 + DOC_NETS[3:])
    if net.version == 4:
        return str(net.network_address + rng.randint(1, 254))
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3, 6)))]
    return str(
        ipaddress.ip_address("2001:db8:" + ":".join(groups) + ("::" if len(groups) < 6 else ""))
    )


def mac(rng: random.Random, _region: str) -> str:
    """Locally administered, unicast; lowercase, colon-separated."""
    first = rng.randrange(256) & 0b11111100 | 0b10
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "/+"


def aws_key_id(rng: random.Random, _region: str) -> str:
    return rng.choice(("AKIA", "AKIA", "ASIA")) + _letters(rng, 16, B32)


def aws_secret(rng: random.Random, _region: str) -> str:
    while True:
        value = _letters(rng, 40, B64)
        if (
            any(c.isdigit() for c in value)
            and any(c.isupper() for c in value)
            and any(c.islower() for c in value)
        ):
            return value


# --- national identifiers ----------------------------------------------------------------


def es_dni(rng: random.Random, _region: str) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def es_nie(rng: random.Random, _region: str) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


CURP_STATES = [
    "AS",
    "BC",
    "CH",
    "DF",
    "GT",
    "JC",
    "MC",
    "MN",
    "NL",
    "OC",
    "PL",
    "QT",
    "SP",
    "VZ",
    "YN",
    "ZS",
]
CONSONANTS = "BCDFGHJKLMNPRSTVXZ"


def mx_curp(rng: random.Random, _region: str) -> str:
    while True:
        year = rng.randint(1950, 2005)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        name = rng.choice(CONSONANTS) + rng.choice("AEIOU") + _letters(rng, 2, CONSONANTS + "AEIOU")
        homoclave = rng.choice(string.digits) if year < 2000 else rng.choice(string.ascii_uppercase)
        body = (
            f"{name}{year % 100:02d}{month:02d}{day:02d}{rng.choice('HM')}{rng.choice(CURP_STATES)}"
            f"{_letters(rng, 3, CONSONANTS)}{homoclave}"
        )
        try:
            value = body + curp.calc_check_digit(body + "0")
        except Exception:  # noqa: BLE001 - stdnum refuses some name prefixes; draw again
            continue
        if curp.is_valid(value):
            return value


def mx_rfc(rng: random.Random, _region: str) -> str:
    while True:
        name = rng.choice(CONSONANTS) + rng.choice("AEIOU") + _letters(rng, 2, CONSONANTS + "AEIOU")
        date = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = name + date + _letters(rng, 2, CONSONANTS + "123456789")
        try:
            value = body + rfc.calc_check_digit(body + "0")
        except Exception:  # noqa: BLE001
            continue
        if rfc.is_valid(value, validate_check_digits=True):
            return value


def br_cpf(rng: random.Random, _region: str) -> str:
    while True:
        body = _digits(rng, 9)
        value = body + _cpf_checks(body)
        if cpf.is_valid(value) and len(set(body)) > 2:
            return value


def _cpf_checks(body: str) -> str:
    # stdnum keeps its CPF check-digit helper private; the rule is short, and cpf.is_valid
    # checks the result.
    first = sum((10 - i) * int(d) for i, d in enumerate(body)) * 10 % 11 % 10
    second = sum((11 - i) * int(d) for i, d in enumerate(body + str(first))) * 10 % 11 % 10
    return f"{first}{second}"


def br_cnpj(rng: random.Random, _region: str) -> str:
    body = _digits(rng, 8) + rng.choice(("0001", "0001", "0002"))
    value = body + cnpj.calc_check_digits(body)
    assert cnpj.is_valid(value)
    return value


def fr_nir(rng: random.Random, _region: str) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.choice((1, 6, 13, 31, 33, 44, 59, 69, 75, 92, 93)):02d}"
            + _digits(rng, 3)
            + _digits(rng, 3)
        )
        value = body + nir.calc_check_digits(body)
        if nir.is_valid(value):
            return value


def de_tax_id(rng: random.Random, _region: str) -> str:
    while True:
        pool = rng.sample(string.digits, 9)
        doubled = rng.choice(pool)
        body_list = pool + [doubled]
        rng.shuffle(body_list)
        if body_list[0] == "0":
            continue
        body = "".join(body_list)
        value = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(value):
            return value


def pt_nif(rng: random.Random, _region: str) -> str:
    while True:
        body = rng.choice("123") + _digits(rng, 7)
        value = body + nif.calc_check_digit(body)
        if nif.is_valid(value):
            return value


GENERATORS: dict[str, Callable[[random.Random, str], str]] = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "PASSWORD": password,
    "USERNAME": username,
    "EMAIL": email,
    "PHONE": phone,
    "BANK_ACCOUNT_NUMBER": bank_account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_any,
    "SWIFT_CODE": swift,
    "SSN": ssn_value,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_value,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": aws_key_id,
    "AWS_SECRET_KEY": aws_secret,
    "ES_DNI": es_dni,
    "ES_NIE": es_nie,
    "MX_CURP": mx_curp,
    "MX_RFC": mx_rfc,
    "MX_CLABE": clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_tax_id,
    "PT_NIF": pt_nif,
}


# --- validators (canonical form) ---------------------------------------------------------


def _phone_valid(value: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, None))
    except phonenumbers.NumberParseException:
        return False


def _card_valid(value: str) -> bool:
    return (
        value.isdigit()
        and luhn.is_valid(value)
        and value[:6] in TEST_BINS
        and len(value) in (14, 15, 16)
    )


def _expiry_valid(value: str) -> bool:
    m = re.fullmatch(r"(\d\d)/(\d{4})", value)
    return bool(m) and 1 <= int(m[1]) <= 12 and 2027 <= int(m[2]) <= 2033


def _ip_valid(value: str) -> bool:
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return False
    return str(addr) == value and any(addr in net for net in DOC_NETS)


def _mac_valid(value: str) -> bool:
    return (
        bool(re.fullmatch(r"[0-9a-f]{2}(:[0-9a-f]{2}){5}", value))
        and int(value[:2], 16) & 0b11 == 0b10
    )


def _email_valid(value: str) -> bool:
    m = re.fullmatch(r"[a-z0-9._-]+@([a-z.]+)", value)
    return bool(m) and (m[1].endswith((".test",)) or m[1].split(".")[-2:][0] == "example")


def _shape(shapes: dict[str, str]) -> Callable[[str], bool]:
    return lambda value: any(re.fullmatch(p, value) for p in shapes.values())


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "CREDIT_DEBIT_NUMBER": _card_valid,
    "CREDIT_DEBIT_CVV": lambda v: bool(re.fullmatch(r"\d{3,4}", v)),
    "CREDIT_DEBIT_EXPIRY": _expiry_valid,
    "PIN": lambda v: bool(re.fullmatch(r"\d{4,6}", v)),
    "PASSWORD": lambda v: bool(re.fullmatch(r"[A-Za-z0-9!#$%&*?_.+-]{8,32}", v)),
    "USERNAME": lambda v: bool(re.fullmatch(r"[a-z][a-z0-9._-]{2,30}", v)),
    "EMAIL": _email_valid,
    "PHONE": _phone_valid,
    "BANK_ACCOUNT_NUMBER": lambda v: bool(re.fullmatch(r"[1-9]\d{5,11}", v)),
    "BANK_ROUTING": lambda v: rtn.is_valid(v) or bool(re.fullmatch(r"\d{6}|\d{8}", v)),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_valid,
    "PASSPORT_NUMBER": _shape(PASSPORT_SHAPES),
    "DRIVER_ID": _shape(DRIVER_SHAPES),
    "IP_ADDRESS": _ip_valid,
    "MAC_ADDRESS": _mac_valid,
    "AWS_ACCESS_KEY": lambda v: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v)),
    "AWS_SECRET_KEY": lambda v: bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v)),
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": lambda v: rfc.is_valid(v, validate_check_digits=True),
    "MX_CLABE": clabe_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}


def draw(type_: str, rng: random.Random, region: str) -> str:
    value = GENERATORS[type_](rng, region)
    if not VALIDATORS[type_](value):
        raise AssertionError(f"generator for {type_} drew an invalid value")
    return value


# --- hard negatives ----------------------------------------------------------------------


def _looks_like_pii(run: str, joined: bool = False) -> bool:
    """True when a digit run passes any checksum or phone check listed in the brief.

    `joined` runs (all digits of a grouped negative, like a ZIP+4) skip the nine-digit checks
    (SSN, ITIN, ABA, NIF) that nearly every nine-digit string passes: the brief asks for runs.
    """
    checks: tuple[Callable[[str], bool], ...] = (
        luhn.is_valid,
        cpf.is_valid,
        idnr.is_valid,
        cnpj.is_valid,
        nir.is_valid,
        clabe_valid,
    )
    if not joined:
        checks += (rtn.is_valid, ssn.is_valid, itin.is_valid, nif.is_valid)
    if len(run) >= 2 and any(_safe(check, run) for check in checks):
        return True
    if len(run) >= 5:
        for region in REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def _safe(check: Callable[[str], bool], run: str) -> bool:
    try:
        return bool(check(run))
    except Exception:  # noqa: BLE001 - a check that cannot parse the run has failed it
        return False


def negative_ok(value: str) -> bool:
    runs = re.findall(r"\d+", value)
    joined = "".join(runs)
    if any(_looks_like_pii(run) for run in runs):
        return False
    if len(runs) > 1 and _looks_like_pii(joined, joined=True):
        return False
    # A DNI is eight digits and its letter: never leave one standing inside a negative.
    return not re.search(r"\d{8}[A-Z]", value.upper()) or not _safe(
        dni.is_valid, re.search(r"\d{8}[A-Z]", value.upper())[0]
    )  # type: ignore[index]


MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "fevr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juil",
        "aout",
        "sept",
        "oct",
        "nov",
        "dec",
    ],
    "de": ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}

POSTAL = {
    "US": lambda r: _digits(r, 5),
    "GB": lambda r: (
        r.choice(("SW", "M", "LS", "EH", "B", "CF"))
        + str(r.randint(1, 20))
        + " "
        + str(r.randint(1, 9))
        + _letters(r, 2)
    ),
    "ES": lambda r: f"{r.randint(1, 52):02d}{_digits(r, 3)}",
    "MX": lambda r: _digits(r, 5),
    "FR": lambda r: f"{r.randint(1, 95):02d}{_digits(r, 3)}",
    "DE": lambda r: _digits(r, 5),
    "BR": lambda r: _digits(r, 5) + "-" + _digits(r, 3),
    "PT": lambda r: f"{r.randint(1, 9)}{_digits(r, 3)}-{_digits(r, 3)}",
}

PLATES = {
    "US": lambda r: f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}",
    "GB": lambda r: f"{_letters(r, 2)}{_digits(r, 2)} {_letters(r, 3)}",
    "ES": lambda r: f"{_digits(r, 4)} {_letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
    "MX": lambda r: f"{_letters(r, 3)}-{_digits(r, 3)}-{_letters(r, 1)}",
    "FR": lambda r: f"{_letters(r, 2)}-{_digits(r, 3)}-{_letters(r, 2)}",
    "DE": lambda r: f"{r.choice(('B', 'M', 'HH', 'K', 'F'))}-{_letters(r, 2)} {r.randint(1, 9999)}",
    "BR": lambda r: f"{_letters(r, 3)}{r.randint(1, 9)}{_letters(r, 1)}{_digits(r, 2)}",
    "PT": lambda r: f"{_letters(r, 2)}-{_digits(r, 2)}-{_letters(r, 2)}",
}


def _negative_once(kind: str, rng: random.Random, lang: str, region: str) -> str:
    r = rng
    comma = lang in ("es", "fr", "de", "pt") and region != "MX"
    match kind:
        case "order":
            return r.choice(
                (
                    f"#{_digits(r, r.randint(5, 8))}",
                    f"{_letters(r, 2)}-{_digits(r, 6)}",
                    f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 7)}",
                    f"W{_digits(r, 9)}",
                )
            )
        case "tracking":
            return r.choice(
                (
                    f"1Z{_letters(r, 6, string.ascii_uppercase + string.digits)}{_digits(r, 10)}",
                    f"{_letters(r, 2)}{_digits(r, 9)}{r.choice(('ES', 'BR', 'FR', 'DE', 'PT', 'GB'))}",
                    f"JJD{_digits(r, 15)}",
                    f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
                )
            )
        case "invoice":
            return r.choice(
                (
                    f"INV-{r.randint(2019, 2026)}-{_digits(r, 5)}",
                    f"F{_digits(r, 7)}",
                    f"{_digits(r, 4)}/{_digits(r, 6)}",
                    f"RE{_digits(r, 8)}",
                )
            )
        case "ticket":
            return r.choice(
                (
                    f"#{_digits(r, 6)}",
                    f"CS-{_digits(r, 7)}",
                    f"{_digits(r, 8)}",
                    f"INC{_digits(r, 7)}",
                )
            )
        case "policy":
            return r.choice(
                (
                    f"POL-{_digits(r, 8)}",
                    f"{_letters(r, 3)}{_digits(r, 9)}",
                    f"{_digits(r, 3)}-{_digits(r, 6)}-{_digits(r, 2)}",
                )
            )
        case "contract":
            return r.choice(
                (f"CT{_digits(r, 9)}", f"{_digits(r, 10)}", f"K-{_digits(r, 4)}-{_digits(r, 4)}")
            )
        case "booking":
            return r.choice(
                (
                    f"{_letters(r, 3)}{r.randint(1, 9)}{_letters(r, 2)}",
                    f"{_letters(r, 2)}{_digits(r, 4)}",
                    f"RES-{_digits(r, 6)}",
                    f"{r.randint(1, 9)}{_letters(r, 5)}",
                )
            )
        case "customer_ref":
            return r.choice(
                (
                    f"C{_digits(r, 8)}",
                    f"{_digits(r, 9)}",
                    f"CL-{_digits(r, 6)}",
                    f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                )
            )
        case "store":
            return r.choice(
                (f"{r.randint(100, 999)}", f"#{r.randint(10, 4999)}", f"{r.randint(1, 99):02d}")
            )
        case "room":
            return r.choice((f"{r.randint(101, 1299)}", f"{r.randint(1, 9)}{_letters(r, 1)}"))
        case "seat":
            return f"{r.randint(1, 45)}{r.choice('ABCDEF')}"
        case "flight":
            return (
                r.choice(("IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "AA", "VY"))
                + r.choice(("", " "))
                + str(r.randint(10, 9999))
            )
        case "meter_reading":
            return r.choice(
                (
                    _digits(r, 5),
                    f"{_digits(r, 6)},{r.randint(0, 9)}",
                    f"{r.randint(1000, 99999)}.{r.randint(0, 9)}",
                )
            )
        case "price":
            euros = r.randint(3, 999)
            return f"{euros},{_digits(r, 2)}" if comma else f"{euros}.{_digits(r, 2)}"
        case "amount":
            big = r.randint(100, 25000)
            if comma:
                return (
                    f"{big:,}".replace(",", ".") + f",{_digits(r, 2)}"
                    if r.random() < 0.6
                    else str(big)
                )
            return f"{big:,}.{_digits(r, 2)}" if r.random() < 0.6 else f"{big:,}"
        case "quantity":
            return str(r.randint(1, 40))
        case "count":
            return str(r.randint(2, 250))
        case "percentage":
            return r.choice(
                (
                    f"{r.randint(2, 90)}%",
                    f"{r.randint(2, 90)} %",
                    f"{r.randint(1, 30)},{r.randint(1, 9)}%",
                )
            )
        case "date":
            d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2026)
            if lang == "en" and region == "US":
                return r.choice((f"{m}/{d}/{y}", f"{m}/{d}", f"{MONTHS['en'][m - 1]} {d}"))
            if lang == "de":
                return r.choice(
                    (f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}. {MONTHS['de'][m - 1]}")
                )
            if lang == "en":
                return r.choice(
                    (f"{d}/{m}/{y}", f"{d} {MONTHS['en'][m - 1]}", f"{y}-{m:02d}-{d:02d}")
                )
            return r.choice(
                (
                    f"{d:02d}/{m:02d}/{y}",
                    f"{d}/{m}",
                    f"{d} {MONTHS[lang][m - 1]}",
                    f"{d}-{m:02d}-{y}",
                )
            )
        case "time":
            h, mi = r.randint(7, 22), r.choice((0, 15, 30, 45, 10, 20, 50))
            if lang == "en" and region == "US":
                return r.choice(
                    (
                        f"{(h - 1) % 12 + 1}:{mi:02d}pm",
                        f"{(h - 1) % 12 + 1}:{mi:02d} am",
                        f"{(h - 1) % 12 + 1}pm",
                    )
                )
            return r.choice(
                (
                    f"{h}:{mi:02d}",
                    f"{h}h{mi:02d}" if lang in ("fr", "pt") else f"{h}.{mi:02d}",
                    f"{h}h",
                )
            )
        case "year":
            return str(r.randint(1998, 2026))
        case "duration":
            return r.choice(
                (str(r.randint(2, 90)), f"{r.randint(2, 48)}h", f"{r.randint(5, 59)} min")
            )
        case "postal_code":
            return POSTAL[region](r)
        case "zip4":
            return f"{_digits(r, 5)}-{_digits(r, 4)}"
        case "product_model":
            return r.choice(
                (
                    f"SM-A{r.randint(100, 599)}B",
                    f"WH-{r.randint(100, 1000)}XM{r.randint(2, 5)}",
                    f"iPhone {r.randint(11, 16)}",
                    f"Pixel {r.randint(6, 9)}a",
                    f"KX-{_digits(r, 4)}",
                    f"Galaxy S{r.randint(20, 25)}",
                    f"TL-WR{r.randint(800, 950)}N",
                )
            )
        case "version":
            return r.choice(
                (
                    f"v{r.randint(1, 19)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                    f"{r.randint(2, 17)}.{r.randint(0, 9)}",
                    f"build {_digits(r, 4)}",
                )
            )
        case "error_code":
            return r.choice(
                (
                    f"E{_digits(r, 3)}",
                    f"0x{_digits(r, 4)}{_letters(r, 2, 'ABCDEF')}{_digits(r, 2)}",
                    f"ERR-{_digits(r, 4)}",
                    f"{r.randint(400, 504)}",
                )
            )
        case "data_size":
            return r.choice(
                (
                    f"{r.randint(1, 999)}GB",
                    f"{r.randint(1, 999)} MB",
                    f"{r.randint(1, 64)},{r.randint(1, 9)} GB"
                    if comma
                    else f"{r.randint(1, 64)}.{r.randint(1, 9)} GB",
                    f"{r.randint(1, 4)}TB",
                )
            )
        case "plate":
            return PLATES[region](r)
    raise ValueError(kind)


MUST_KEEP_KINDS: tuple[str, ...] = (
    "order",
    "tracking",
    "invoice",
    "ticket",
    "policy",
    "contract",
    "booking",
    "customer_ref",
    "store",
    "room",
    "seat",
    "flight",
    "meter_reading",
    "price",
    "amount",
    "quantity",
    "count",
    "percentage",
    "date",
    "time",
    "year",
    "duration",
    "postal_code",
    "zip4",
    "product_model",
    "version",
    "error_code",
    "data_size",
    "plate",
)


def negative(kind: str, rng: random.Random, lang: str, region: str) -> str:
    """A must_keep value of `kind`, redrawn until no digit run passes any PII check."""
    for _ in range(500):
        value = _negative_once(kind, rng, lang, region)
        if negative_ok(value):
            return value
    raise AssertionError(f"could not draw a hard negative of kind {kind}")
