"""Synthetic values for the curtained corpus: drawn at random, then validated.

Every identifier with a published checksum is drawn, completed with its check digits and then
validated with python-stdnum (or phonenumbers for phones); the few without a library (NINO,
CLABE, passports, driving licences) are checked against their published rules here.
"""

from __future__ import annotations

import re
import string
from random import Random

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

TYPE_NAMES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BIC": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASS": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASEC": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

# The country whose formats a locale's customer uses by default (a template can override it
# with an explicit country, e.g. an expat in Spain giving a UK passport).
LOCALE_COUNTRY = {
    "en-US": "US",
    "en-GB": "GB",
    "en-IE": "IE",
    "en-CA": "CA",
    "en-AU": "AU",
    "en-IN": "IN",
    "en-NZ": "NZ",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-AR": "AR",
    "es-CO": "CO",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-BE": "BE",
    "fr-CH": "CH",
    "fr-CA": "CA",
    "de-DE": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "pt-BR": "BR",
    "pt-PT": "PT",
}

UP = string.ascii_uppercase
DIG = string.digits


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def nz_digits(rng: Random, n: int) -> str:
    return rng.choice("123456789") + digits(rng, n - 1)


# --- cards ------------------------------------------------------------------------------
CARD_PREFIXES = [
    ("411111", 16),
    ("424242", 16),
    ("400000", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("378282", 15),
    ("371449", 15),
    ("601111", 16),
    ("401288", 16),
    ("520082", 16),
]


def card(rng: Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def card_groups(value: str) -> list[str]:
    if len(value) == 15:
        return [value[:4], value[4:10], value[10:]]
    return [value[i : i + 4] for i in range(0, len(value), 4)]


# --- bank -------------------------------------------------------------------------------
def aba(rng: Random) -> str:
    body = rng.choice(
        [
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "07",
            "08",
            "09",
            "10",
            "11",
            "12",
            "21",
            "22",
            "26",
            "31",
            "32",
        ]
    ) + digits(rng, 6)
    return body + rtn.calc_check_digit(body)


def routing(rng: Random, country: str) -> str:
    if country == "US":
        return aba(rng)
    if country in ("GB", "IE"):
        return "-".join(digits(rng, 2) for _ in range(3))
    if country == "CA":
        return f"{nz_digits(rng, 5)}-{rng.choice(['001', '002', '003', '004', '006', '010'])}"
    if country in ("AU", "NZ"):
        return f"{rng.choice(['062', '032', '083', '013', '112'])}-{digits(rng, 3)}"
    if country == "IN":
        return rng.choice(["SBIN", "HDFC", "ICIC", "UTIB", "PUNB"]) + "0" + digits(rng, 6)
    if country == "ES":
        return f"{nz_digits(rng, 4)} {digits(rng, 4)}"
    if country in ("FR", "BE", "CH"):
        return f"{nz_digits(rng, 5)} {digits(rng, 5)}"
    if country in ("DE", "AT"):
        return f"{rng.choice('1234567')}{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 2)}"
    if country == "BR":
        return f"{nz_digits(rng, 4)}-{rng.choice(DIG)}"
    if country == "PT":
        return f"{nz_digits(rng, 4)} {digits(rng, 4)}"
    return nz_digits(rng, 5)


ACCOUNT_LENGTHS = {
    "US": (9, 12),
    "GB": (8, 8),
    "IE": (8, 8),
    "CA": (7, 7),
    "AU": (8, 9),
    "NZ": (7, 7),
    "IN": (11, 14),
    "ES": (10, 10),
    "MX": (10, 11),
    "AR": (10, 13),
    "CO": (10, 11),
    "FR": (11, 11),
    "BE": (7, 7),
    "CH": (9, 10),
    "DE": (8, 10),
    "AT": (9, 11),
    "BR": (6, 8),
    "PT": (9, 11),
}


def account(rng: Random, country: str) -> str:
    lo, hi = ACCOUNT_LENGTHS.get(country, (8, 10))
    value = nz_digits(rng, rng.randint(lo, hi))
    if country == "BR":
        value = value[:-1] + "-" + value[-1]
    if country == "NZ":  # bank-branch-account-suffix
        bank = rng.choice(["01", "02", "03", "06", "12", "38"])
        value = f"{bank}-{nz_digits(rng, 4)}-{value}-0{rng.randint(0, 3)}"
    return value


def _iban_from_bban(country: str, bban: str) -> str:
    check = iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


def _be_bban(rng: Random) -> str:
    # Belgian account numbers carry their own mod-97 check (checked by stdnum.be.iban)
    body = nz_digits(rng, 10)
    return body + f"{int(body) % 97 or 97:02d}"


def _es_bban(rng: Random) -> str:
    bank, office, acc = nz_digits(rng, 4), digits(rng, 4), nz_digits(rng, 10)
    return bank + office + ccc.calc_check_digits(bank + office + "00" + acc) + acc


BBAN = {
    "DE": lambda r: nz_digits(r, 8) + nz_digits(r, 10),
    "FR": lambda r: nz_digits(r, 5) + digits(r, 5) + digits(r, 11) + digits(r, 2),
    "PT": lambda r: "00" + nz_digits(r, 2) + digits(r, 17),
    "GB": lambda r: r.choice(["BARC", "LOYD", "NWBK", "MIDL", "HBUK"]) + digits(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14),
    "BE": _be_bban,
    "AT": lambda r: nz_digits(r, 5) + digits(r, 11),
    "CH": lambda r: nz_digits(r, 5) + digits(r, 12),
    "ES": _es_bban,
    "BR": lambda r: digits(r, 8) + digits(r, 5) + digits(r, 10) + r.choice("CP") + r.choice("12"),
}


def iban_value(rng: Random, country: str) -> str:
    country = country if country in BBAN else rng.choice(["DE", "FR", "ES", "PT"])
    for _ in range(500):
        value = _iban_from_bban(country, BBAN[country](rng))
        if iban.is_valid(value):
            return value
    raise ValueError(f"could not draw an IBAN for {country}")


def bic_value(rng: Random, country: str) -> str:
    country = country if country not in ("US",) or rng.random() < 0.5 else "US"
    cc = {"CO": "CO", "AR": "AR"}.get(country, country)
    for _ in range(100):
        value = (
            "".join(rng.choice(UP) for _ in range(4))
            + cc
            + rng.choice(UP + "23456789")
            + rng.choice(UP + DIG[1:])
            + (rng.choice(["", "XXX", "".join(rng.choice(UP) for _ in range(3))]))
        )
        if bic.is_valid(value):
            return value
    raise ValueError("bic")


def clabe_check(body: str) -> str:
    weights = [3, 7, 1] * 6
    total = sum((int(d) * weights[i]) % 10 for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def clabe(rng: Random) -> str:
    body = (
        rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"])
        + rng.choice(["180", "320", "580", "650", "010", "027"])
        + digits(rng, 11)
    )
    return body + clabe_check(body)


def clabe_valid(value: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", value)) and clabe_check(value[:17]) == value[17]


# --- people -----------------------------------------------------------------------------
def ssn_value(rng: Random) -> str:
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_value(rng: Random) -> str:
    while True:
        group = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 99])
        v = f"9{digits(rng, 2)}{group:02d}{digits(rng, 4)}"
        if itin.is_valid(v):
            return v


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(value: str) -> bool:
    v = value.replace(" ", "").upper()
    return (
        bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v))
        and v[0] in NINO_FIRST
        and v[1] in NINO_SECOND
        and v[:2] not in NINO_BAD_PREFIX
    )


def nino_value(rng: Random) -> str:
    while True:
        v = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND) + digits(rng, 6) + rng.choice("ABCD")
        if nino_valid(v):
            return v


def dni_value(rng: Random) -> str:
    body = f"{rng.randint(1000000, 99999999):08d}"
    return body + dni.calc_check_digit(body)


def nie_value(rng: Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
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
    "SL",
    "SR",
    "TS",
    "VZ",
    "YN",
    "ZS",
]
VOWELS = "AEIOU"
CONS = "BCDFGHJKLMNPRSTVZ"


def _name4(rng: Random) -> str:
    return rng.choice(CONS) + rng.choice(VOWELS) + rng.choice(CONS) + rng.choice(CONS)


def _date6(rng: Random) -> str:
    return (
        f"{rng.randint(55, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        if rng.random() < 0.8
        else f"{rng.randint(0, 6):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    )


def curp_value(rng: Random) -> str:
    for _ in range(200):
        d6 = _date6(rng)
        body = (
            _name4(rng)
            + d6
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + rng.choice(CONS)
            + rng.choice(CONS)
            + rng.choice(CONS)
            + (rng.choice(DIG) if int(d6[:2]) > 26 else rng.choice("ABCD"))
        )
        value = body + curp.calc_check_digit(body)
        if curp.is_valid(value):
            return value
    raise ValueError("curp")


def rfc_value(rng: Random) -> str:
    for _ in range(200):
        body = (
            _name4(rng)
            + _date6(rng)
            + rng.choice("123456789ABCDEFGHJKLMNPRSTUV")
            + rng.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        )
        value = body + rfc.calc_check_digit(body)
        try:
            rfc.validate(value, validate_check_digits=True)
        except Exception:  # noqa: S112 - redraw on any rejection
            continue
        return value
    raise ValueError("rfc")


def cpf_value(rng: Random) -> str:
    while True:
        body = digits(rng, 9)
        for _ in range(2):
            weights = range(len(body) + 1, 1, -1)
            s = sum(int(d) * w for d, w in zip(body, weights, strict=True))
            body += str((11 - s % 11) % 11 % 10) if s % 11 >= 2 else "0"
        if cpf.is_valid(body):
            return body


def cnpj_value(rng: Random) -> str:
    body = nz_digits(rng, 8) + rng.choice(["0001", "0001", "0002", "0003"])
    return body + cnpj.calc_check_digits(body)


def nir_value(rng: Random) -> str:
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67", "2A", "2B", "06", "92"])
        body = (
            rng.choice("12")
            + f"{rng.randint(40, 99):02d}"
            + f"{rng.randint(1, 12):02d}"
            + dept
            + f"{rng.randint(1, 400):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        value = body + nir.calc_check_digits(body)
        if nir.is_valid(value):
            return value


def idnr_value(rng: Random) -> str:
    while True:
        body = nz_digits(rng, 10)
        if (
            sum(1 for d in set(body) if body.count(d) > 1) != 1
            or max(body.count(d) for d in body) > 3
        ):
            continue
        check = (
            idnr.mod_11_10.calc_check_digit(body)
            if hasattr(idnr.mod_11_10, "calc_check_digit")
            else None
        )
        for c in [check] if check else DIG:
            if idnr.is_valid(body + c):
                return body + c


def nif_value(rng: Random) -> str:
    body = rng.choice("1235") + digits(rng, 7)
    return body + nif.calc_check_digit(body)


# --- documents --------------------------------------------------------------------------
DE_PASSPORT_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"
PASSPORT = {
    "US": (
        lambda r: r.choice(["", "A", "C"]) + nz_digits(r, 8 if r.random() < 0.5 else 9)[:9],
        r"[AC]?\d{8,9}",
    ),
    "GB": (lambda r: nz_digits(r, 9), r"\d{9}"),
    "IE": (lambda r: r.choice(["P", "L", "T"]) + r.choice(UP) + digits(r, 7), r"[A-Z]{2}\d{7}"),
    "CA": (lambda r: "".join(r.choice(UP) for _ in range(2)) + digits(r, 6), r"[A-Z]{2}\d{6}"),
    "AU": (lambda r: r.choice("NPEM") + r.choice(UP + "") + digits(r, 7), r"[A-Z]{1,2}\d{7}"),
    "NZ": (lambda r: r.choice(["LA", "LB", "LC", "LF", "LH"]) + digits(r, 6), r"L[A-Z]\d{6}"),
    "IN": (lambda r: r.choice("JKLMNPRSTUVWZ") + nz_digits(r, 7), r"[A-Z]\d{7}"),
    "ES": (lambda r: "PA" + r.choice("ABCDEFGHIJKL") + digits(r, 6), r"[A-Z]{3}\d{6}"),
    "MX": (lambda r: r.choice("GNE") + nz_digits(r, 8), r"[A-Z]\d{8}"),
    "AR": (
        lambda r: (
            nz_digits(r, 8) + "N" if r.random() < 0.3 else "AA" + r.choice("ABCDEFG") + digits(r, 6)
        ),
        r"(\d{8}N|[A-Z]{3}\d{6})",
    ),
    "CO": (lambda r: r.choice(["AT", "AU", "PE"]) + digits(r, 6), r"[A-Z]{2}\d{6}"),
    "FR": (
        lambda r: digits(r, 2) + "".join(r.choice(UP) for _ in range(2)) + digits(r, 5),
        r"\d{2}[A-Z]{2}\d{5}",
    ),
    "BE": (lambda r: "E" + r.choice(UP) + digits(r, 6), r"[A-Z]{2}\d{6}"),
    "CH": (lambda r: r.choice("XS") + digits(r, 7), r"[A-Z]\d{7}"),
    "DE": (
        lambda r: r.choice("CFGHJK") + "".join(r.choice(DE_PASSPORT_ALPHABET) for _ in range(8)),
        r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}",
    ),
    "AT": (lambda r: r.choice("PU") + digits(r, 7), r"[A-Z]\d{7}"),
    "BR": (lambda r: r.choice(["FZ", "GA", "FX", "YB"]) + digits(r, 6), r"[A-Z]{2}\d{6}"),
    "PT": (lambda r: r.choice("CNP") + digits(r, 6), r"[A-Z]\d{6}"),
}


def passport(rng: Random, country: str) -> str:
    draw, pattern = PASSPORT.get(country, PASSPORT["US"])
    while True:
        v = draw(rng)
        if re.fullmatch(pattern, v) and any(c.isdigit() for c in v):
            return v


def _uk_licence(r: Random) -> str:
    surname = "".join(r.choice(UP) for _ in range(5))
    decade, month, day, year = r.randint(5, 9), r.randint(1, 12), r.randint(1, 28), r.randint(0, 9)
    month += 50 if r.random() < 0.5 else 0
    return f"{surname}{decade}{month:02d}{day:02d}{year}{r.choice(UP)}{r.choice(UP + '9')}9{r.choice(UP)}{r.choice(UP)}"  # noqa: E501


DRIVER = {
    "US": (
        lambda r: r.choice(
            [
                lambda: r.choice(UP) + digits(r, 7),  # CA
                lambda: nz_digits(r, 9),  # NY
                lambda: nz_digits(r, 8),  # TX
                lambda: r.choice(UP) + digits(r, 12),  # FL, WI
                lambda: r.choice(UP) + digits(r, 8),
            ]
        )(),  # AZ, NJ-ish
        r"[A-Z]?\d{7,12}",
    ),
    "GB": (_uk_licence, r"[A-Z]{5}\d{6}[A-Z][A-Z9]9[A-Z]{2}"),
    "IE": (lambda r: nz_digits(r, 9), r"\d{9}"),
    "CA": (lambda r: r.choice(UP) + digits(r, 14), r"[A-Z]\d{14}"),  # Ontario
    "AU": (lambda r: nz_digits(r, 8), r"\d{8}"),  # NSW
    "NZ": (lambda r: "".join(r.choice(UP) for _ in range(2)) + digits(r, 6), r"[A-Z]{2}\d{6}"),
    "IN": (
        lambda r: (
            r.choice(["MH", "DL", "KA", "TN", "UP"])
            + f"{r.randint(1, 50):02d}"
            + str(r.randint(2005, 2023))
            + digits(r, 7)
        ),
        r"[A-Z]{2}\d{13}",
    ),
    "FR": (
        lambda r: (
            digits(r, 2) + "".join(r.choice(UP) for _ in range(2)) + digits(r, 5) + digits(r, 3)
        ),
        r"\d{2}[A-Z]{2}\d{8}",
    ),
    "DE": (
        lambda r: (
            r.choice("ABCDEFGHJKLMN")
            + digits(r, 3)
            + "".join(r.choice(UP + DIG) for _ in range(6))
            + digits(r, 1)
        ),
        r"[A-Z]\d{3}[A-Z0-9]{6}\d",
    ),
    "BR": (lambda r: nz_digits(r, 11), r"\d{11}"),
    "MX": (lambda r: r.choice(UP) + nz_digits(r, 8), r"[A-Z]\d{8}"),
    "PT": (
        lambda r: r.choice(["L", "P", "C", "F"]) + "-" + nz_digits(r, 6) + " " + digits(r, 1),
        r"[A-Z]-\d{6} \d",
    ),
}


def driver(rng: Random, country: str) -> str:
    if country == "ES":
        return dni_value(rng)  # the Spanish licence carries the DNI number
    draw, pattern = DRIVER.get(country, DRIVER["US"])
    while True:
        v = draw(rng)
        if re.fullmatch(pattern, v):
            return v


# --- contact and technical --------------------------------------------------------------
FIRST = [
    "ana",
    "maria",
    "jose",
    "john",
    "sarah",
    "mike",
    "priya",
    "liam",
    "chloe",
    "lukas",
    "joao",
    "camille",
    "diego",
    "fatima",
    "kev",
    "nat",
    "tom",
    "lucia",
    "sven",
    "raj",
]
LAST = [
    "garcia",
    "smith",
    "oconnor",
    "martin",
    "muller",
    "silva",
    "dubois",
    "patel",
    "ng",
    "lopez",
    "ferreira",
    "schmidt",
    "brown",
    "moreau",
    "costa",
    "kelly",
    "wagner",
    "nunez",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.test",
    "correo.test",
    "post.test",
    "example.com",
    "example.org",
]


def email(rng: Random) -> str:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{last}",
            f"{f}{last}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{last}.{f}",
            f"{f}{rng.randint(1, 99)}",
            f"{f}.{last}{rng.randint(70, 99)}",
            f"{f}+shop",
            f"{last}{f[0]}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def email_valid(v: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9._+]+@(example\.(com|org|net)|[a-z]+\.test)", v))


PHONE_REGIONS = {"AR": "AR", "CO": "CO"}


def phone(rng: Random, country: str) -> phonenumbers.PhoneNumber:
    region = country
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE] * 3 + [phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(
        region, kind
    ) or phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    # Mostly fresh numbers of the example's length and first digit (so area codes vary);
    # the example's longer prefix is the fallback for sparse numbering plans.
    for _ in range(200):
        lead = national[0] if rng.random() < 0.5 else rng.choice("123456789")
        candidate = lead + digits(rng, len(national) - 1)
        number = phonenumbers.parse(candidate, region)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
            and phonenumbers.number_type(number)
            in (kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
            and "555" not in candidate[3:6]
        ):
            return number
    for _ in range(500):
        keep = max(1, len(national) - rng.randint(5, 7))
        candidate = national[:keep] + digits(rng, len(national) - keep)
        number = phonenumbers.parse(candidate, region)
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
            and "555" not in candidate[3:6]
        ):
            return number
    raise ValueError(f"phone {region}")


def phone_text(rng: Random, number: phonenumbers.PhoneNumber, style: str | None = None) -> str:
    style = style or rng.choice(["intl", "intl", "national", "national", "e164"])
    if style == "intl":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def ip(rng: Random) -> str:
    if rng.random() < 0.12:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113", "10"])
    if net == "10":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{net}.{rng.randint(1, 254)}"


def ip_valid(v: str) -> bool:
    if v.startswith("2001:db8:"):
        return True
    parts = v.split(".")
    ok = len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts)
    return ok and (v.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10.")))


def mac(rng: Random) -> str:
    first = rng.randint(0, 63) * 4 + 2
    octets = [first] + [rng.randint(0, 255) for _ in range(5)]
    sep = rng.choice([":", ":", "-"])
    text = sep.join(f"{o:02x}" for o in octets)
    return text.upper() if rng.random() < 0.4 else text


def mac_valid(v: str) -> bool:
    if not re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}", v):
        return False
    first = int(v[:2], 16)
    return bool(first & 2) and not first & 1


B32 = UP + "234567"
B64 = string.ascii_letters + DIG + "/+"


def akid(rng: Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def asec(rng: Random) -> str:
    while True:
        v = "".join(rng.choice(B64) for _ in range(40))
        if any(c.isdigit() for c in v) and v[0].isalnum() and v[-1].isalnum():
            return v


PWD_WORDS = [
    "sunflower",
    "Tigre",
    "mariposa",
    "Soleil",
    "Hund",
    "gatito",
    "Panda",
    "luna",
    "Falcon",
    "bacalhau",
    "Schatz",
    "cielo",
    "Dragon",
    "Maple",
    "pollito",
    "Bleu",
    "Kiwi",
    "Raposa",
    "Fussball",
    "Estrella",
    "tortue",
    "Mango",
    "Sternchen",
    "Barca",
]


def password(rng: Random, url_safe: bool = False) -> str:
    word = rng.choice(PWD_WORDS)
    if rng.random() < 0.3:
        word = word.replace("a", "@" if not url_safe else "4").replace("o", "0")
    sym = rng.choice(
        ["!", "#", "$", "*", "_", ".", "?", "&"] if not url_safe else ["!", "_", ".", "*", "~"]
    )
    year = rng.choice([str(rng.randint(1970, 2024)), digits(rng, 2), digits(rng, 3)])
    parts = [word, year, sym] if rng.random() < 0.6 else [sym, word, year]
    if rng.random() < 0.3:
        parts = [word.upper()[:3], year, word[3:], sym]
    return "".join(parts)


def password_valid(v: str) -> bool:
    return (
        len(v) >= 6 and " " not in v and any(c.isdigit() for c in v) and any(c.isalpha() for c in v)
    )


# --- validation of every drawn value ----------------------------------------------------
def alnum(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def valid(code: str, value: str, country: str) -> bool:
    a = alnum(value)
    if code == "CARD":
        return 13 <= len(a) <= 19 and luhn.is_valid(a)
    if code == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", value))
    if code == "EXP":
        return bool(re.fullmatch(r"(0[1-9]|1[0-2])/\d{2}", value))
    if code == "PIN":
        return bool(re.fullmatch(r"\d{4,6}", value))
    if code == "PWD":
        return password_valid(value)
    if code == "ACCT":
        return bool(re.fullmatch(r"\d{5,14}(-\d)?|\d{2}-\d{4}-\d{7}-\d{2}", value))
    if code == "ROUT":
        if country == "US":
            return rtn.is_valid(value)
        if country == "IN":
            return bool(re.fullmatch(r"[A-Z]{4}0\d{6}", value))
        return bool(re.fullmatch(r"[\d -]{5,12}", value))
    if code == "IBAN":
        return iban.is_valid(value)
    if code == "BIC":
        return bic.is_valid(value)
    if code == "EMAIL":
        return email_valid(value)
    if code == "PHONE":
        return phonenumbers.is_valid_number(phonenumbers.parse(value, None))
    if code == "SSN":
        return ssn.is_valid(value)
    if code == "ITIN":
        return itin.is_valid(value)
    if code == "NINO":
        return nino_valid(value)
    if code == "PASS":
        return bool(re.fullmatch(PASSPORT.get(country, PASSPORT["US"])[1], value))
    if code == "DL":
        if country == "ES":
            return dni.is_valid(value)
        return bool(re.fullmatch(DRIVER.get(country, DRIVER["US"])[1], value))
    if code == "IP":
        return ip_valid(value)
    if code == "MAC":
        return mac_valid(value)
    if code == "AKID":
        return bool(re.fullmatch(r"A[KS]IA[A-Z2-7]{16}", value))
    if code == "ASEC":
        return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", value))
    if code == "DNI":
        return dni.is_valid(value)
    if code == "NIE":
        return nie.is_valid(value)
    if code == "CURP":
        return curp.is_valid(value)
    if code == "RFC":
        try:
            rfc.validate(value, validate_check_digits=True)
        except Exception:
            return False
        return True
    if code == "CLABE":
        return clabe_valid(value)
    if code == "CPF":
        return cpf.is_valid(value)
    if code == "CNPJ":
        return cnpj.is_valid(value)
    if code == "NIR":
        return nir.is_valid(value)
    if code == "IDNR":
        return idnr.is_valid(value)
    if code == "NIF":
        return nif.is_valid(value)
    raise KeyError(code)


def draw(code: str, rng: Random, country: str) -> str:
    """The canonical (compact, as a system would store it) form of a fresh value."""
    if code == "CARD":
        return card(rng)
    if code == "CVV":
        return digits(rng, 3) if rng.random() < 0.85 else digits(rng, 4)
    if code == "EXP":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 33)}"
    if code == "PIN":
        return digits(rng, 4) if rng.random() < 0.85 else digits(rng, 6)
    if code == "PWD":
        return password(rng)
    if code == "ACCT":
        return account(rng, country)
    if code == "ROUT":
        return routing(rng, country)
    if code == "IBAN":
        return iban_value(rng, country)
    if code == "BIC":
        return bic_value(rng, country)
    if code == "EMAIL":
        return email(rng)
    if code == "PHONE":
        return phonenumbers.format_number(phone(rng, country), phonenumbers.PhoneNumberFormat.E164)
    simple = {
        "SSN": ssn_value,
        "ITIN": itin_value,
        "NINO": nino_value,
        "IP": ip,
        "MAC": mac,
        "AKID": akid,
        "ASEC": asec,
        "DNI": dni_value,
        "NIE": nie_value,
        "CURP": curp_value,
        "RFC": rfc_value,
        "CLABE": clabe,
        "CPF": cpf_value,
        "CNPJ": cnpj_value,
        "NIR": nir_value,
        "IDNR": idnr_value,
        "NIF": nif_value,
    }
    if code in simple:
        return simple[code](rng)
    if code == "PASS":
        return passport(rng, country)
    if code == "DL":
        return driver(rng, country)
    raise KeyError(code)
