"""Synthetic values: PII drawn on test/fiction ranges and checked with python-stdnum and
phonenumbers, and hard negatives (`must_keep`) checked to fail every checksum and phone rule."""

from __future__ import annotations

import random
import re
import string

import phonenumbers
from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn
from stdnum.us import ssn as us_ssn

DIG = string.digits
UP = string.ascii_uppercase
B32 = UP + "234567"
B64 = string.ascii_letters + DIG + "+/"

TYPES = [
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
]

ALIAS = {
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
    "SECRET": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

# A national identifier pins the conversation to the locale that issues it (when the language has it).
NATIONAL_LOCALE = {
    "ES_DNI": "es-ES",
    "ES_NIE": "es-ES",
    "MX_CURP": "es-MX",
    "MX_RFC": "es-MX",
    "MX_CLABE": "es-MX",
    "BR_CPF": "pt-BR",
    "BR_CNPJ": "pt-BR",
    "PT_NIF": "pt-PT",
    "SSN": "en-US",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": "en-US",
    "UK_NATIONAL_INSURANCE_NUMBER": "en-GB",
}

REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
MARKETS = ["US", "GB", "ES", "MX", "FR", "DE", "BR", "PT"]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + _d(rng, n - 1)


# ---------------------------------------------------------------- cards
CARD_BINS = [
    ("411111", 16),
    ("400000", 16),
    ("424242", 16),
    ("401288", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("378282", 15),
    ("371449", 15),
    ("601111", 16),
    ("353011", 16),
    ("305693", 14),
]


def card(rng, loc):
    b, n = rng.choice(CARD_BINS)
    body = b + _d(rng, n - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def card_groups(v: str) -> list[int]:
    if len(v) == 15:
        return [4, 6, 5]
    if len(v) == 14:
        return [4, 6, 4]
    return [4, 4, 4, 4]


def cvv(rng, loc):
    return _d(rng, 4 if rng.random() < 0.15 else 3)


def expiry(rng, loc):
    m = rng.randint(1, 12)
    y = rng.randint(2027, 2033)
    style = rng.choice(["mm/yy", "mm/yy", "mm/yyyy", "mm-yy", "mm/yy"])
    if style == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    if style == "mm-yy":
        return f"{m:02d}-{y % 100:02d}"
    return f"{m:02d}/{y}"


def pin(rng, loc):
    return _d(rng, rng.choice([4, 4, 4, 6, 5]))


PWD_WORDS = [
    "Girasol",
    "tortuga",
    "Mapache",
    "Sunflower",
    "kiwi",
    "Papagei",
    "Lapin",
    "caju",
    "Nube",
    "Koala",
    "Zebra",
    "Pomelo",
    "Cactus",
    "Lemur",
    "Otter",
    "Fuchs",
    "Colibri",
    "Marmota",
]


def password(rng, loc):
    w = rng.choice(PWD_WORDS)
    s = rng.choice("!#$%&*?._-")
    pat = rng.randrange(4)
    if pat == 0:
        return f"{w}{s}{_d(rng, rng.choice([2, 3, 4]))}"
    if pat == 1:
        return f"{_d(rng, 2)}{w.lower()}{s}{rng.choice(UP)}{rng.choice(UP).lower()}"
    if pat == 2:
        return "".join(
            rng.choice(string.ascii_letters + DIG + "!#%*") for _ in range(rng.randint(10, 14))
        )
    return f"{w}{rng.choice(PWD_WORDS).lower()}{_d(rng, 2)}{s}"


FIRST = [
    "ana",
    "lucia",
    "marta",
    "jorge",
    "diego",
    "camille",
    "julien",
    "lea",
    "jonas",
    "lena",
    "felix",
    "joao",
    "beatriz",
    "thiago",
    "ines",
    "rafael",
    "emily",
    "owen",
    "priya",
    "marcus",
    "sofia",
    "mateo",
    "chloe",
    "nils",
    "clara",
    "tomas",
    "ximena",
    "renata",
    "yusuf",
    "elif",
]
LAST = [
    "quirante",
    "belmonte",
    "arroyal",
    "vidaurre",
    "lacoste",
    "fontenelle",
    "brandauer",
    "kessling",
    "mourao",
    "albergaria",
    "castelo",
    "wexford",
    "hollins",
    "tamsin",
    "ferrand",
    "ochoaga",
    "salvatierra",
    "linhares",
    "grunwald",
    "delorme",
    "pasquier",
    "redfern",
    "oyarzun",
    "tavora",
    "bergholt",
    "carvajo",
    "zubiria",
    "marlowe",
    "lindqvist",
    "navaes",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "example.test",
    "correo.example.org",
    "post.example.net",
]


def username(rng, loc):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    pat = rng.randrange(5)
    if pat == 0:
        return f"{f}.{l[:3]}{_d(rng, 2)}"
    if pat == 1:
        return f"{f[0]}{l}"
    if pat == 2:
        return f"{f}_{l}{_d(rng, rng.choice([2, 4]))}"
    if pat == 3:
        return f"{l}{f[0]}{_d(rng, 3)}"
    return f"{f}{rng.choice(['.', '_', '-'])}{l}"


def email(rng, loc):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:4]}{_d(rng, 2)}", f"{f}_{l}", f"{l}.{f}{_d(rng, 3)}"]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


# ---------------------------------------------------------------- phones
def phone(rng, loc):
    """Returns the number in E.164; fiction ranges for US, GB and FR, random valid elsewhere."""
    region = REGION[loc]
    for _ in range(500):
        if region == "US":
            n = (
                "+1"
                + rng.choice(["202", "312", "415", "617", "213", "305", "512", "646", "720", "503"])
                + "55501"
                + _d(rng, 2)
            )
        elif region == "GB":
            n = (
                "+44"
                + rng.choice(["2079460", "1614960", "1134960", "1174960", "1914980"])
                + _d(rng, 3)
            )
        elif region == "FR":
            n = rng.choice(
                ["+33199", "+336" + _d(rng, 2), "+337" + rng.choice("5678") + _d(rng, 1)]
            ) + _d(rng, 6)
            if not n.startswith("+33199"):
                n = n[:12]
        elif region == "ES":
            n = "+34" + rng.choice(["6", "7", "91", "93", "96"])
            n += _d(rng, 12 - len(n))
        elif region == "MX":
            n = "+52" + rng.choice(["55", "33", "81", "222", "998"])
            n += _d(rng, 13 - len(n))
        elif region == "DE":
            n = rng.choice(
                [
                    "+4930231250" + _d(rng, 2),
                    "+4915" + rng.choice("12579") + _d(rng, 8),
                    "+4917" + _d(rng, 9),
                    "+4989" + _d(rng, 7),
                ]
            )
        elif region == "BR":
            n = (
                "+55"
                + rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
                + "9"
                + _d(rng, 8)
            )
        else:  # PT
            n = "+351" + rng.choice(["91", "92", "93", "96", "21", "22"]) + _d(rng, 7)
        if phonenumbers.is_valid_number(phonenumbers.parse(n, region)):
            return n
    raise RuntimeError(region)


def phone_forms(e164: str) -> set[str]:
    p = phonenumbers.parse(e164, None)
    nat = re.sub(r"\D", "", phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL))
    nsn = phonenumbers.national_significant_number(p)
    return {e164[1:], nat, nsn, "00" + e164[1:]}


def phone_plain(e164: str, rng) -> str:
    p = phonenumbers.parse(e164, None)
    f = rng.choice(
        [
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
        ]
    )
    return phonenumbers.format_number(p, f)


def phone_compact(e164: str, rng) -> str:
    """Digits a customer would regroup: national digits, or +CC and national significant number."""
    p = phonenumbers.parse(e164, None)
    if rng.random() < 0.7:
        return re.sub(
            r"\D", "", phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
    return e164


# ---------------------------------------------------------------- bank
def bank_account(rng, loc):
    r = REGION[loc]
    if r == "US":
        return _nz(rng, rng.choice([9, 10, 11, 12]))
    if r == "GB":
        return _d(rng, 8)
    if r == "DE":
        return _nz(rng, 10)
    if r == "BR":
        return f"{_nz(rng, rng.choice([5, 6, 8]))}-{rng.choice(DIG)}"
    if r == "MX":
        return _nz(rng, rng.choice([10, 11]))
    if r == "FR":
        return _d(rng, 11)
    if r == "PT":
        return _d(rng, 11)
    return _d(rng, 10)


def routing(rng, loc):
    r = REGION[loc]
    if r in ("US", "MX", "BR") or (r == "PT" and rng.random() < 0.5):
        while True:
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
            ) + _d(rng, 6)
            v = body + rtn.calc_check_digit(body)
            if rtn.is_valid(v):
                return v
    if r in ("GB", "PT"):
        return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}"
    if r == "DE":
        return f"{rng.choice('12345678')}{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 2)}"
    if r == "FR":
        return f"{_nz(rng, 5)} {_d(rng, 5)}"
    return f"{_nz(rng, 4)} {_d(rng, 4)}"  # ES entidad + oficina


IBAN_SHAPES = {  # country: BBAN generator
    "ES": lambda rng: _d(rng, 20),
    "FR": lambda rng: _d(rng, 10) + "".join(rng.choice(UP + DIG) for _ in range(11)) + _d(rng, 2),
    "DE": lambda rng: _d(rng, 18),
    "PT": lambda rng: _d(rng, 21),
    "GB": lambda rng: "".join(rng.choice(UP) for _ in range(4)) + _d(rng, 14),
    "BR": lambda rng: _d(rng, 23) + rng.choice("CP") + rng.choice(UP + DIG),
    "IT": lambda rng: rng.choice(UP) + _d(rng, 10) + "".join(rng.choice(DIG) for _ in range(12)),
    "NL": lambda rng: "".join(rng.choice(UP) for _ in range(4)) + _d(rng, 10),
}
IBAN_COUNTRY = {
    "en-US": ["GB", "DE", "NL"],
    "en-GB": ["GB"],
    "es-ES": ["ES"],
    "es-MX": ["ES", "DE"],
    "fr-FR": ["FR"],
    "de-DE": ["DE"],
    "pt-BR": ["BR", "PT"],
    "pt-PT": ["PT"],
}


def iban(rng, loc):
    cc = rng.choice(IBAN_COUNTRY[loc])
    for _ in range(5000):
        bban = IBAN_SHAPES[cc](rng)
        v = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def iban_plain(v: str, rng) -> str:
    if rng.random() < 0.3:
        return v
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


SWIFT_CC = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def swift(rng, loc):
    while True:
        v = (
            "".join(rng.choice(UP) for _ in range(4))
            + SWIFT_CC[loc]
            + rng.choice(UP + "23456789")
            + rng.choice(UP + DIG)
        )
        if rng.random() < 0.4:
            v += rng.choice(["XXX", "".join(rng.choice(UP + DIG) for _ in range(3))])
        if std_bic.is_valid(v):
            return v


# ---------------------------------------------------------------- US / UK
def ssn(rng, loc):
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(v):
            return v


def itin_(rng, loc):
    while True:
        v = f"9{_d(rng, 2)}{rng.choice(list(range(50, 66)) + list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100)))}{_d(rng, 4)}"
        if itin.is_valid(v):
            return v


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(v: str) -> bool:
    v = v.replace(" ", "").upper()
    return (
        re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) is not None
        and v[:2] not in NINO_BAD_PREFIX
    )


def nino(rng, loc):
    while True:
        v = rng.choice(UP) + rng.choice(UP) + _d(rng, 6) + rng.choice("ABCD")
        if nino_ok(v):
            return v


# ---------------------------------------------------------------- documents
def passport(rng, loc):
    r = REGION[loc]
    if r in ("US", "GB"):
        return _nz(rng, 9)
    if r == "ES":
        return "".join(rng.choice(UP) for _ in range(3)) + _d(rng, 6)
    if r == "MX":
        return rng.choice("GNE") + _d(rng, 8)
    if r == "FR":
        return _d(rng, 2) + "".join(rng.choice(UP) for _ in range(2)) + _d(rng, 5)
    if r == "DE":
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ" + DIG) for _ in range(8)
        )
    if r == "BR":
        return "".join(rng.choice(UP) for _ in range(2)) + _d(rng, 6)
    return rng.choice(UP) + _d(rng, 6)


def driver_id(rng, loc):
    r = REGION[loc]
    if r == "US":
        return rng.choice(UP) + _d(rng, rng.choice([7, 8, 12]))
    if r == "GB":
        return (
            rng.choice(LAST)[:5].upper().ljust(5, "9")
            + _d(rng, 6)
            + "".join(rng.choice(UP) for _ in range(2))
            + rng.choice(DIG)
            + "".join(rng.choice(UP) for _ in range(2))
        )
    if r == "ES":
        return es_dni(rng, loc)
    if r == "MX":
        return rng.choice(UP) + _d(rng, 9)
    if r == "FR":
        return _d(rng, 12)
    if r == "DE":
        return (
            rng.choice("BFJN")
            + _d(rng, 3)
            + "".join(rng.choice(UP + DIG) for _ in range(6))
            + rng.choice(DIG)
        )
    if r == "BR":
        return _nz(rng, 11)
    return rng.choice(["L-", "P-", "AV-"]) + _d(rng, 6) + " " + rng.choice(DIG)


def ip(rng, loc):
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randrange(1, 0xFFFF):x}::{rng.randrange(1, 0xFFFF):x}"
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(1, 254)}"


def mac(rng, loc):
    first = rng.randrange(256) & 0xFC | 0x02
    octs = [first] + [rng.randrange(256) for _ in range(5)]
    sep = rng.choice([":", ":", "-"])
    s = sep.join(f"{o:02x}" for o in octs)
    return s.upper() if rng.random() < 0.4 else s


def aws_access(rng, loc):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def aws_secret(rng, loc):
    return "".join(rng.choice(B64) for _ in range(40))


# ---------------------------------------------------------------- national ids
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng, loc):
    n = _d(rng, 8)
    v = n + DNI_LETTERS[int(n) % 23]
    assert dni.is_valid(v)
    return v


def es_nie(rng, loc):
    p = rng.choice("XYZ")
    n = _d(rng, 7)
    v = p + n + DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    assert nie.is_valid(v)
    return v


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
]
VOW = "AEIOU"
CONS = "BCDFGHJKLMNPQRSTVWXYZ"


def _birth(rng):
    return rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28)


def mx_curp(rng, loc):
    while True:
        y, m, d = _birth(rng)
        v = (
            rng.choice(CONS)
            + rng.choice(VOW)
            + rng.choice(UP)
            + rng.choice(UP)
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + (rng.choice(DIG) if y < 2000 else rng.choice(UP))
        )
        v += curp.calc_check_digit(v + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(rng, loc):
    while True:
        y, m, d = _birth(rng)
        if rng.random() < 0.8:
            base = rng.choice(CONS) + rng.choice(VOW) + rng.choice(UP) + rng.choice(UP)
        else:  # persona moral
            base = "".join(rng.choice(UP) for _ in range(3))
        base += f"{y % 100:02d}{m:02d}{d:02d}" + "".join(
            rng.choice(UP.replace("O", "") + "123456789") for _ in range(2)
        )
        v = base + rfc.calc_check_digit(base + "0")
        try:
            rfc.validate(v, validate_check_digits=True)
            return v
        except Exception:
            continue


CLABE_W = [3, 7, 1] * 6


def clabe_check(body17: str) -> str:
    s = sum((int(c) * w) % 10 for c, w in zip(body17, CLABE_W))
    return str((10 - s % 10) % 10)


def clabe_ok(v: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", v)) and clabe_check(v[:17]) == v[17]


def mx_clabe(rng, loc):
    body = (
        rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"])
        + _d(rng, 3)
        + _d(rng, 11)
    )
    return body + clabe_check(body)


def br_cpf(rng, loc):
    while True:
        b = _d(rng, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return v


def br_cnpj(rng, loc):
    while True:
        b = _d(rng, 8) + rng.choice(["0001", "0001", "0002"])
        v = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(v):
            return v


def fr_nir(rng, loc):
    while True:
        y, m, _ = _birth(rng)
        b = f"{rng.choice('12')}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        v = b + f"{97 - int(b) % 97:02d}"
        if nir.is_valid(v):
            return v


def de_idnr(rng, loc):
    while True:
        b = _nz(rng, 10)
        counts = sorted((b.count(c) for c in set(b)), reverse=True)
        if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
            continue
        for c in DIG:
            if idnr.is_valid(b + c):
                return b + c


def pt_nif(rng, loc):
    while True:
        b = rng.choice("1235") + _d(rng, 7)
        v = b + nif.calc_check_digit(b)
        if nif.is_valid(v):
            return v


GEN = {
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
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban,
    "SWIFT_CODE": swift,
    "SSN": ssn,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver_id,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": aws_access,
    "AWS_SECRET_KEY": aws_secret,
    "ES_DNI": es_dni,
    "ES_NIE": es_nie,
    "MX_CURP": mx_curp,
    "MX_RFC": mx_rfc,
    "MX_CLABE": mx_clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_idnr,
    "PT_NIF": pt_nif,
}
assert set(GEN) == set(TYPES)


def validate(t: str, canon: str) -> bool:
    """Checksum / shape check of a decoded compact value (upper-case, no separators)."""
    c = canon
    try:
        if t == "CREDIT_DEBIT_NUMBER":
            return luhn.is_valid(c) and any(c.startswith(b) for b, _ in CARD_BINS)
        if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return std_iban.is_valid(c)
        if t == "SWIFT_CODE":
            return std_bic.is_valid(c)
        if t == "BANK_ROUTING" and len(c) == 9:
            return rtn.is_valid(c)
        if t == "SSN":
            return us_ssn.is_valid(c)
        if t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
            return itin.is_valid(c)
        if t == "UK_NATIONAL_INSURANCE_NUMBER":
            return nino_ok(c)
        if t == "ES_DNI":
            return dni.is_valid(c)
        if t == "ES_NIE":
            return nie.is_valid(c)
        if t == "MX_CURP":
            return curp.is_valid(c)
        if t == "MX_RFC":
            rfc.validate(c, validate_check_digits=True)
            return True
        if t == "MX_CLABE":
            return clabe_ok(c)
        if t == "BR_CPF":
            return cpf.is_valid(c)
        if t == "BR_CNPJ":
            return cnpj.is_valid(c)
        if t == "FR_NIR":
            return nir.is_valid(c)
        if t == "DE_TAX_ID":
            return idnr.is_valid(c)
        if t == "PT_NIF":
            return nif.is_valid(c)
        if t == "PHONE":
            return phonenumbers.is_valid_number(phonenumbers.parse("+" + c, None))
    except Exception:
        return False
    return True


CHECKSUMMED = {
    "CREDIT_DEBIT_NUMBER",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
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
    "PHONE",
}


# ---------------------------------------------------------------- hard negatives
def _is_phone_anywhere(run: str) -> bool:
    for r in MARKETS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def keep_is_safe(value: str) -> bool:
    for r in set(re.findall(r"\d+", value)):
        if (
            luhn.is_valid(r)
            or rtn.is_valid(r)
            or us_ssn.is_valid(r)
            or nif.is_valid(r)
            or cpf.is_valid(r)
            or idnr.is_valid(r)
            or cnpj.is_valid(r)
            or nir.is_valid(r)
            or clabe_ok(r)
            or itin.is_valid(r)
            or _is_phone_anywhere(r)
        ):
            return False
    return True


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def _al(rng, n):
    return "".join(rng.choice(UP) for _ in range(n))


def _keep_raw(kind: str, rng: random.Random, loc: str) -> str:
    lang, r = loc[:2], REGION[loc]
    dec = "," if lang in ("es", "fr", "de", "pt") and loc != "es-MX" else "."
    if kind == "order":
        return rng.choice(
            [
                _nz(rng, rng.randint(6, 9)),
                f"{_al(rng, 2)}-{_nz(rng, 7)}",
                f"#{_nz(rng, 6)}",
                f"{_nz(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
                f"W{_nz(rng, 9)}",
            ]
        )
    if kind == "tracking":
        return rng.choice(
            [
                f"1Z{''.join(rng.choice(UP + DIG) for _ in range(6))}{_d(rng, 10)}",
                f"{_al(rng, 2)}{_d(rng, 9)}{rng.choice(['ES', 'PT', 'FR', 'DE', 'BR', 'GB', 'MX', 'US'])}",
                f"{_nz(rng, 12)}",
                f"JD{_d(rng, 16)}",
            ]
        )
    if kind == "invoice":
        pre = {"en": "INV", "es": "FAC", "fr": "FA", "de": "RE", "pt": "FT"}[lang]
        return rng.choice(
            [
                f"{pre}-{rng.randint(2023, 2026)}-{_d(rng, 6)}",
                f"{pre}{_nz(rng, 8)}",
                f"{_nz(rng, 3)}/{_d(rng, 5)}",
            ]
        )
    if kind == "ticket":
        return rng.choice(
            [f"#{_nz(rng, 5)}", f"CS-{_nz(rng, 7)}", f"{_nz(rng, 8)}", f"INC{_d(rng, 7)}"]
        )
    if kind == "policy":
        return rng.choice(
            [
                f"POL-{_nz(rng, 4)}-{_d(rng, 4)}",
                f"{_al(rng, 3)}{_nz(rng, 8)}",
                f"{_nz(rng, 2)}/{_d(rng, 6)}/{_d(rng, 2)}",
            ]
        )
    if kind == "contract":
        return rng.choice([f"CT-{_nz(rng, 8)}", f"{_nz(rng, 10)}", f"{_al(rng, 2)}{_nz(rng, 6)}"])
    if kind == "booking":
        return rng.choice(
            ["".join(rng.choice(UP + "23456789") for _ in range(6)), f"{_al(rng, 3)}{_nz(rng, 5)}"]
        )
    if kind == "customer_ref":
        return rng.choice([f"CL-{_nz(rng, 8)}", f"{_nz(rng, 9)}", f"C{_nz(rng, 7)}"])
    if kind == "store":
        return rng.choice([_nz(rng, 3), _nz(rng, 4), f"#{_nz(rng, 3)}"])
    if kind == "room":
        return f"{rng.randint(1, 12)}{rng.randint(1, 40):02d}"
    if kind == "seat":
        return f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}"
    if kind == "flight":
        return f"{rng.choice(['IB', 'UX', 'AF', 'LH', 'TP', 'AM', 'LA', 'BA', 'AA', 'VY', 'G3', 'AD'])}{rng.choice(['', ' '])}{_nz(rng, rng.choice([3, 4]))}"
    if kind == "meter_reading":
        v = f"{_nz(rng, 5)}"
        return rng.choice([v, f"{v}{dec}{rng.choice(DIG)}", f"{v} kWh", f"{_nz(rng, 4)} m³"])
    if kind == "price":
        a = f"{rng.randint(3, 899)}{dec}{rng.randint(0, 99):02d}"
        cur = {
            "en-US": ["$"],
            "en-GB": ["£"],
            "es-ES": ["€"],
            "es-MX": ["$", "MXN"],
            "fr-FR": ["€"],
            "de-DE": ["€", "EUR"],
            "pt-BR": ["R$"],
            "pt-PT": ["€"],
        }[loc]
        c = rng.choice(cur)
        return f"{c}{a}" if c in ("$", "£") else (f"R$ {a}" if c == "R$" else f"{a} {c}")
    if kind == "amount":
        th = "." if dec == "," else ","
        a = f"{rng.randint(1, 9)}{th}{rng.randint(0, 999):03d}"
        return rng.choice([a, f"{a}{dec}{rng.randint(0, 99):02d}", str(rng.randint(15, 990))])
    if kind == "quantity":
        return str(rng.randint(2, 24))
    if kind == "count":
        return str(rng.randint(2, 9))
    if kind == "percentage":
        return rng.choice(
            [
                f"{rng.randint(2, 60)}%",
                f"{rng.randint(2, 60)} %",
                f"{rng.randint(1, 20)}{dec}{rng.randint(1, 9)}%",
            ]
        )
    if kind == "date":
        y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        mn = MONTHS[lang][m - 1]
        opts = {
            "en": [
                f"{m}/{d}/{y}" if r == "US" else f"{d}/{m:02d}/{y}",
                f"{mn} {d}",
                f"{d} {mn[:3]}",
                f"{y}-{m:02d}-{d:02d}",
            ],
            "es": [f"{d:02d}/{m:02d}/{y}", f"{d} de {mn}", f"{d}/{m}", f"{d}-{mn[:3]}-{y % 100}"],
            "fr": [f"{d:02d}/{m:02d}/{y}", f"{d} {mn}", f"{d}/{m:02d}"],
            "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mn}", f"{d}.{m}."],
            "pt": [f"{d:02d}/{m:02d}/{y}", f"{d} de {mn}", f"{d}/{m:02d}"],
        }[lang]
        return rng.choice(opts)
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice([5, 10, 15, 20, 30, 40, 45, 50])
        opts = {
            "en": [
                f"{h}:{mi:02d}",
                f"{h % 12 or 12}{rng.choice(['pm', 'am', ' pm'])}",
                f"{h % 12 or 12}:{mi:02d} pm",
            ],
            "es": [f"{h}:{mi:02d}", f"{h}:{mi:02d} h"],
            "fr": [f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"],
            "de": [f"{h}:{mi:02d}", f"{h}.{mi:02d}"],
            "pt": [f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"],
        }[lang]
        return rng.choice(opts)
    if kind == "year":
        return str(rng.randint(2012, 2026))
    if kind == "duration":
        u = {
            "en": ["minutes", "mins", "days", "hours", "weeks"],
            "es": ["minutos", "min", "días", "horas", "semanas"],
            "fr": ["minutes", "min", "jours", "heures", "semaines"],
            "de": ["Minuten", "Min.", "Tage", "Stunden", "Wochen"],
            "pt": ["minutos", "min", "dias", "horas", "semanas"],
        }[lang]
        return f"{rng.randint(2, 59)} {rng.choice(u)}"
    if kind == "postal_code":
        if r == "US":
            return _nz(rng, 5)
        if r == "GB":
            return f"{_al(rng, 2)}{rng.randint(1, 20)} {rng.randint(1, 9)}{_al(rng, 2)}"
        if r == "BR":
            return f"{_nz(rng, 5)}-{_d(rng, 3)}"
        if r == "PT":
            return f"{_nz(rng, 4)}-{_d(rng, 3)}"
        if r == "ES":
            return f"{rng.randint(1, 52):02d}{_d(rng, 3)}"
        return _nz(rng, 5)
    if kind == "zip4":
        return f"{_nz(rng, 5)}-{_d(rng, 4)}"
    if kind == "product_model":
        return rng.choice(
            [
                f"{_al(rng, 2)}-{_nz(rng, 4)}",
                f"{_al(rng, 1)}{_nz(rng, 3)}{_al(rng, 1)}",
                f"Nexo {_nz(rng, 2)} Pro",
                f"HX{_nz(rng, 3)}",
                f"Vela S{_nz(rng, 2)}",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"{rng.randint(1, 18)}.{rng.randint(0, 12)}.{rng.randint(1, 9)}",
                f"v{rng.randint(1, 9)}.{rng.randint(1, 30)}",
                f"{rng.randint(2, 17)}.{rng.randint(1, 6)}",
            ]
        )
    if kind == "error_code":
        return rng.choice(
            [
                f"E-{_nz(rng, 3)}",
                f"ERR{_nz(rng, 4)}",
                f"{rng.choice(['4', '5'])}{_d(rng, 2)}",
                f"0x{''.join(rng.choice('89ABCDEF' + DIG) for _ in range(8))}",
                f"DF-{_nz(rng, 2)}",
            ]
        )
    if kind == "data_size":
        return rng.choice(
            [
                f"{rng.choice([2, 5, 8, 15, 25, 40, 60, 120])}{rng.choice(['GB', ' GB', 'gb', ' MB', 'MB'])}",
                f"{rng.randint(2, 9)}{dec}{rng.randint(1, 9)} GB",
            ]
        )
    if kind == "plate":
        return {
            "US": f"{rng.randint(2, 9)}{_al(rng, 3)}{_d(rng, 3)}",
            "GB": f"{_al(rng, 2)}{_d(rng, 2)} {_al(rng, 3)}",
            "ES": f"{_d(rng, 4)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
            "MX": f"{_al(rng, 3)}-{_d(rng, 3)}-{_al(rng, 1)}",
            "FR": f"{_al(rng, 2)}-{_d(rng, 3)}-{_al(rng, 2)}",
            "DE": f"{rng.choice(['B', 'M', 'HH', 'K', 'S', 'F'])}-{_al(rng, 2)} {_nz(rng, rng.randint(2, 4))}",
            "BR": f"{_al(rng, 3)}{rng.choice(DIG)}{rng.choice(UP)}{_d(rng, 2)}",
            "PT": f"{_al(rng, 2)}-{_d(rng, 2)}-{_al(rng, 2)}",
        }[r]
    raise KeyError(kind)


KEEP_KINDS = [
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
]


def keep(kind: str, rng: random.Random, loc: str) -> str:
    for _ in range(2000):
        v = _keep_raw(kind, rng, loc)
        if keep_is_safe(v):
            return v
    raise RuntimeError(kind)
