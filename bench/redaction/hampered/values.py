"""Synthetic PII values (valid where a checksum exists) and hard negatives.

Every value is drawn from a ``random.Random`` seeded by the generator, so a run is
reproducible. Checksums come from python-stdnum; phones are checked with phonenumbers.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.iso7064 import mod_11_10
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

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

# Short names used in template slots.
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
    "ASK": "AWS_SECRET_KEY",
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

UPPER = string.ascii_uppercase
DIG = string.digits


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


# Test BINs published by card networks and payment processors for testing.
_BINS = ["411111", "424242", "400005", "555555", "510510", "222300", "601111", "353011", "378282"]


def card(rng: random.Random) -> str:
    b = rng.choice(_BINS)
    length = 15 if b.startswith("37") else 16
    body = b + _d(rng, length - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random) -> str:
    return _d(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng: random.Random) -> str:
    """Canonical MMYY."""
    return f"{rng.randint(1, 12):02d}{rng.randint(26, 33):02d}"


def pin(rng: random.Random) -> str:
    while True:
        v = _d(rng, rng.choice([4, 4, 4, 6]))
        if len(set(v)) > 1:
            return v


_PW_WORDS = [
    "gato",
    "Sol",
    "verde",
    "Blume",
    "luna",
    "Tiger",
    "praia",
    "chien",
    "Mond",
    "rio",
    "fuego",
    "pluie",
    "Kaffee",
    "sapo",
    "maple",
    "Onda",
    "nube",
    "Wolke",
    "sombra",
    "Roca",
]


def password(rng: random.Random) -> str:
    a, b = rng.sample(_PW_WORDS, 2)
    sym = rng.choice("!#$*_.?&")
    shape = rng.randrange(4)
    if shape == 0:
        return f"{a.capitalize()}{sym}{b}{_d(rng, 2)}"
    if shape == 1:
        return f"{a}{_d(rng, 3)}{sym}{b.upper()}"
    if shape == 2:
        return "".join(
            rng.choice(string.ascii_letters + DIG + "!#*") for _ in range(rng.randint(10, 14))
        )
    return f"{b}{sym}{a}{sym}{_d(rng, 4)}"


_FIRST = [
    "maria",
    "jose",
    "ana",
    "luis",
    "claire",
    "hugo",
    "jonas",
    "lena",
    "joao",
    "beatriz",
    "sam",
    "kelly",
    "diego",
    "lucia",
    "paulo",
    "ines",
    "mathis",
    "greta",
    "rafa",
    "tom",
]
_LAST = [
    "lopez",
    "garcia",
    "martin",
    "dubois",
    "schmidt",
    "weber",
    "silva",
    "costa",
    "smith",
    "reyes",
    "moreau",
    "fischer",
    "santos",
    "ferreira",
    "brown",
    "ortega",
    "leroy",
    "wolf",
]


def username(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{f}.{last}{_d(rng, 2)}"
    if shape == 1:
        return f"{f[0]}{last}_{_d(rng, 3)}"
    if shape == 2:
        return f"{last}{f.capitalize()}{_d(rng, 1)}"
    return f"{f}_{last[:3]}{_d(rng, 4)}"


def email(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    dom = rng.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "correo.example.org",
            "example.test",
        ]
    )
    local = rng.choice(
        [f"{f}.{last}", f"{f}{last}{_d(rng, 2)}", f"{f[0]}.{last}", f"{last}_{f}{_d(rng, 1)}"]
    )
    return f"{local}@{dom}"


def _phone_ok(num: str, region: str) -> bool:
    try:
        x = phonenumbers.parse(num, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(x)


def phone(rng: random.Random, region: str) -> str:
    """Canonical E.164."""
    while True:
        if region == "US":
            n = "+1" + rng.choice(["202", "312", "415", "617", "305", "512"]) + "55501" + _d(rng, 2)
        elif region == "GB":
            n = rng.choice(["+44207946", "+44113496", "+44161496", "+44117496"]) + "0" + _d(rng, 3)
        elif region == "FR":
            n = "+331990" + _d(rng, 5) if rng.random() < 0.6 else "+336" + _d(rng, 8)
        elif region == "DE":
            n = rng.choice(["+493023125", "+496990009", "+494066969", "+498999998"]) + _d(rng, 3)
        elif region == "ES":
            n = "+34" + rng.choice(["6", "7", "91", "93"]) + _d(rng, 8)
            n = n[:12]
        elif region == "MX":
            n = "+52" + rng.choice(["55", "33", "81"]) + _d(rng, 8)
        elif region == "BR":
            n = "+55" + rng.choice(["11", "21", "31", "41"]) + "9" + _d(rng, 8)
        elif region == "PT":
            n = "+351" + rng.choice(["91", "93", "96", "21"]) + _d(rng, 7)
        else:
            raise ValueError(region)
        if _phone_ok(n, region):
            return n


def bank_account(rng: random.Random, region: str) -> str:
    if region == "DE":
        return str(rng.randint(1, 9)) + _d(rng, 9)
    if region == "GB":
        return _d(rng, 8)
    return _d(rng, rng.choice([8, 9, 10, 11, 12]))


def routing(rng: random.Random, region: str) -> str:
    if region == "DE":  # Bankleitzahl
        return str(rng.randint(1, 8)) + _d(rng, 7)
    if region == "GB":  # sort code
        return _d(rng, 6)
    while True:
        body = str(rng.choice([0, 1, 2, 3])) + _d(rng, 7)
        for c in DIG:
            if rtn.is_valid(body + c):
                return body + c


_IBAN_LEN = {
    "DE": (18, False),
    "ES": (20, False),
    "FR": (23, True),
    "PT": (21, False),
    "GB": (18, True),
    "BR": (25, True),
    "MX": (0, False),
}


def iban_value(rng: random.Random, region: str) -> str:
    cc = (
        region
        if region in ("DE", "ES", "FR", "PT", "GB", "BR")
        else rng.choice(["DE", "ES", "FR", "PT"])
    )
    while True:
        if cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "MIDL"]) + _d(rng, 14)
        elif cc == "FR":
            bban = _d(rng, 10) + _d(rng, 11) + _d(rng, 2)
        elif cc == "BR":
            bban = _d(rng, 8) + _d(rng, 5) + _d(rng, 10) + "C" + "1"
        else:
            bban = _d(rng, _IBAN_LEN[cc][0])
        num = cc + "00" + bban
        num = cc + iban.calc_check_digits(num) + bban
        if iban.is_valid(num):
            return num


def swift(rng: random.Random, region: str) -> str:
    cc = {
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
        v = (
            "".join(rng.choice(UPPER) for _ in range(4))
            + cc
            + rng.choice(UPPER)
            + rng.choice(UPPER + DIG)
        )
        if rng.random() < 0.4:
            v += rng.choice(["XXX", "ABC", "MAD", "PAR"])
        if bic.is_valid(v):
            return v


def ssn_value(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_value(rng: random.Random) -> str:
    while True:
        v = "9" + _d(rng, 2) + str(rng.choice([70, 75, 80, 88, 90, 92, 94, 99])) + _d(rng, 4)
        if itin.is_valid(v):
            return v


_NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(v: str) -> bool:
    """HMRC rules (python-stdnum has no gb.nino): prefix letters, six digits, suffix A-D."""
    v = v.replace(" ", "").upper()
    return (
        len(v) == 9
        and v[0] not in "DFIQUV"
        and v[1] not in "DFIQUVO"
        and v[:2].isalpha()
        and v[:2] not in _NINO_BAD_PREFIX
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


def nino_value(rng: random.Random) -> str:
    while True:
        v = (
            rng.choice("ABCEGHJKLMNOPRSTWXYZ")
            + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + _d(rng, 6)
            + rng.choice("ABCD")
        )
        if nino_valid(v):
            return v


def passport(rng: random.Random, region: str) -> str:
    if region in ("US", "GB"):
        return _d(rng, 9)
    if region == "ES":
        return "".join(rng.choice(UPPER) for _ in range(3)) + _d(rng, 6)
    if region == "FR":
        return _d(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _d(rng, 5)
    if region == "DE":
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if region == "BR":
        return "".join(rng.choice(UPPER) for _ in range(2)) + _d(rng, 6)
    if region == "PT":
        return rng.choice("CNP") + _d(rng, 6)
    return rng.choice("GNE") + _d(rng, 8)  # MX


def driver(rng: random.Random, region: str) -> str:
    if region == "US":
        return (
            rng.choice(UPPER) + _d(rng, 7)
            if rng.random() < 0.5
            else rng.choice(UPPER) + _d(rng, 12)
        )
    if region == "GB":
        last = rng.choice(["MORGA", "SMITH", "JONES", "TAYLO", "WILLI"])
        return (
            last
            + _d(rng, 6)
            + rng.choice(UPPER)
            + rng.choice(UPPER)
            + _d(rng, 1)
            + rng.choice(UPPER)
            + rng.choice(UPPER)
        )
    if region == "FR":
        return _d(rng, 12)
    if region == "DE":
        return (
            rng.choice("BFJN")
            + _d(rng, 3)
            + "".join(rng.choice(UPPER + DIG) for _ in range(6))
            + _d(rng, 1)
        )
    if region == "BR":
        return _d(rng, 11)
    if region == "PT":
        return rng.choice(["L", "P", "C", "A"]) + "-" + _d(rng, 6)
    if region == "MX":
        return rng.choice(UPPER) + _d(rng, 8)
    return dni_value(rng)  # ES: permiso de conducir = DNI


def ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))


def mac(rng: random.Random) -> str:
    first = rng.randrange(0, 256) & 0xFC | 0x02  # locally administered, unicast
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


_B32 = UPPER + "234567"


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(_B32) for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    while True:
        v = "".join(rng.choice(string.ascii_letters + DIG + "/+") for _ in range(40))
        if any(c.isdigit() for c in v) and v[0] not in "/+" and v[-1] not in "/+":
            return v


def dni_value(rng: random.Random) -> str:
    body = _d(rng, 8)
    return body + dni.calc_check_digit(body)


def nie_value(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _d(rng, 7)
    return body + nie.calc_check_digit(body)


_CONS = "BCDFGHJKLMNPRSTVZ"
_VOW = "AEIOU"
_STATES = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "SL", "VZ", "YN"]


def curp_value(rng: random.Random) -> str:
    while True:
        y = rng.randint(1950, 2005)
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        head = rng.choice(_CONS) + rng.choice(_VOW) + rng.choice(_CONS) + rng.choice(_VOW)
        body = (
            head
            + f"{y % 100:02d}{m:02d}{dd:02d}"
            + rng.choice("HM")
            + rng.choice(_STATES)
            + "".join(rng.choice(_CONS) for _ in range(3))
            + (str(rng.randint(0, 9)) if y < 2000 else rng.choice("AB"))
        )
        v = body + curp.calc_check_digit(body)
        if curp.is_valid(v):
            return v


def rfc_value(rng: random.Random) -> str:
    while True:
        y, m, dd = rng.randint(1955, 2003), rng.randint(1, 12), rng.randint(1, 28)
        head = rng.choice(_CONS) + rng.choice(_VOW) + rng.choice(_CONS) + rng.choice(UPPER)
        body = head + f"{y % 100:02d}{m:02d}{dd:02d}" + rng.choice(UPPER) + rng.choice(DIG)
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return v


def clabe_check(body17: str) -> str:
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(body17))
    return str((10 - s % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def clabe_value(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072", "127"]) + _d(rng, 3) + _d(rng, 11)
    return body + clabe_check(body)


def cpf_value(rng: random.Random) -> str:
    while True:
        body = _d(rng, 9)
        v = body + cpf._calc_check_digits(body)
        if cpf.is_valid(v):
            return v


def cnpj_value(rng: random.Random) -> str:
    while True:
        body = _d(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return v


def nir_value(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _d(rng, 3)
            + _d(rng, 3)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v


def idnr_value(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + _d(rng, 9)
        v = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(v):
            return v


def nif_value(rng: random.Random) -> str:
    body = rng.choice("123") + _d(rng, 7)
    return body + nif.calc_check_digit(body)


def draw(t: str, rng: random.Random, region: str) -> str:
    """Canonical value of type ``t`` (alnum, no separators, except email/ip/mac/password/...)."""
    return {
        "CREDIT_DEBIT_NUMBER": lambda: card(rng),
        "CREDIT_DEBIT_CVV": lambda: cvv(rng),
        "CREDIT_DEBIT_EXPIRY": lambda: expiry(rng),
        "PIN": lambda: pin(rng),
        "PASSWORD": lambda: password(rng),
        "USERNAME": lambda: username(rng),
        "EMAIL": lambda: email(rng),
        "PHONE": lambda: phone(rng, region),
        "BANK_ACCOUNT_NUMBER": lambda: bank_account(rng, region),
        "BANK_ROUTING": lambda: routing(rng, region),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban_value(rng, region),
        "SWIFT_CODE": lambda: swift(rng, region),
        "SSN": lambda: ssn_value(rng),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin_value(rng),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_value(rng),
        "PASSPORT_NUMBER": lambda: passport(rng, region),
        "DRIVER_ID": lambda: driver(rng, region),
        "IP_ADDRESS": lambda: ip(rng),
        "MAC_ADDRESS": lambda: mac(rng),
        "AWS_ACCESS_KEY": lambda: aws_access_key(rng),
        "AWS_SECRET_KEY": lambda: aws_secret(rng),
        "ES_DNI": lambda: dni_value(rng),
        "ES_NIE": lambda: nie_value(rng),
        "MX_CURP": lambda: curp_value(rng),
        "MX_RFC": lambda: rfc_value(rng),
        "MX_CLABE": lambda: clabe_value(rng),
        "BR_CPF": lambda: cpf_value(rng),
        "BR_CNPJ": lambda: cnpj_value(rng),
        "FR_NIR": lambda: nir_value(rng),
        "DE_TAX_ID": lambda: idnr_value(rng),
        "PT_NIF": lambda: nif_value(rng),
    }[t]()


def checksum_ok(t: str, v: str, region: str) -> bool:
    """Re-check a canonical value; types without a checksum pass on shape."""
    checks = {
        "CREDIT_DEBIT_NUMBER": luhn.is_valid,
        "BANK_ROUTING": (lambda x: rtn.is_valid(x))
        if region not in ("DE", "GB")
        else (lambda x: x.isdigit()),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
        "SWIFT_CODE": bic.is_valid,
        "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "UK_NATIONAL_INSURANCE_NUMBER": nino_valid,
        "ES_DNI": dni.is_valid,
        "ES_NIE": nie.is_valid,
        "MX_CURP": curp.is_valid,
        "MX_RFC": rfc.is_valid,
        "MX_CLABE": clabe_valid,
        "BR_CPF": cpf.is_valid,
        "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid,
        "DE_TAX_ID": idnr.is_valid,
        "PT_NIF": nif.is_valid,
        "PHONE": lambda x: _phone_ok(x, region),
    }
    if t == "DRIVER_ID" and region == "ES":
        return dni.is_valid(v)
    f = checks.get(t)
    return True if f is None else bool(f(v))


# ---------------------------------------------------------------- hard negatives

_REGIONS = ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"]


def digits_dangerous(d: str) -> bool:
    """True if a digit run would pass any checksum or phone check we care about."""
    if not d:
        return False
    if len(d) >= 12 and luhn.is_valid(d):
        return True
    for f in (
        rtn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        clabe_valid,
        ssn.is_valid,
        dni.is_valid,
    ):
        try:
            if f(d):
                return True
        except Exception:
            pass
    if len(d) >= 8 and dni.is_valid(d[:8] + dni.calc_check_digit(d[:8])) and len(d) == 8:
        pass  # an 8-digit run is a DNI body only with its letter; letters never follow negatives
    if len(d) >= 6:
        for r in _REGIONS:
            if _phone_ok(d, r):
                return True
        if _phone_ok("+" + d, "US"):
            return True
    return False


_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def negative(kind: str, rng: random.Random, lang: str) -> str:
    """A hard-negative value of ``kind`` whose digit runs fail every checksum we test."""
    while True:
        v = _negative(kind, rng, lang)
        runs = "".join(c if c.isdigit() else " " for c in v).split()
        joined = "".join(runs)
        if not any(digits_dangerous(r) for r in runs) and not (
            len(runs) > 1 and digits_dangerous(joined)
        ):
            return v


def _negative(kind: str, rng: random.Random, lang: str) -> str:
    dec = "," if lang in ("es", "fr", "de", "pt") else "."
    if kind == "order":
        return rng.choice(["", "#", "ORD-", "PED-", "CMD-", "BST-", "PD"]) + _d(
            rng, rng.randint(6, 10)
        )
    if kind == "tracking":
        return rng.choice(["1Z", "JD", "LX", "RR", "CP"]) + "".join(
            rng.choice(UPPER + DIG) for _ in range(rng.randint(9, 14))
        )
    if kind in ("invoice", "ticket", "contract", "customer_ref"):
        pre = {
            "invoice": ["INV-", "FAC-", "F", "RE-", ""],
            "ticket": ["#", "TK-", "INC", "CS-", ""],
            "contract": ["CT-", "K", "CTR", ""],
            "customer_ref": ["CL-", "C", "KD", ""],
        }[kind]
        return rng.choice(pre) + _d(rng, rng.randint(5, 9))
    if kind == "policy":
        return (
            rng.choice(["POL-", "AP", "PL", ""])
            + _d(rng, rng.randint(6, 9))
            + rng.choice(["", "-" + _d(rng, 2)])
        )
    if kind == "booking":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "store":
        return _d(rng, rng.randint(3, 4))
    if kind == "room":
        return _d(rng, 3)
    if kind == "seat":
        return str(rng.randint(1, 45)) + rng.choice("ABCDEF")
    if kind == "flight":
        return rng.choice(["IB", "AF", "LH", "TP", "AM", "LA", "BA", "UA"]) + str(
            rng.randint(10, 9999)
        )
    if kind == "meter":
        return (
            f"{rng.randint(1000, 99999)}{dec}{rng.randint(0, 9)}"
            if rng.random() < 0.5
            else str(rng.randint(10000, 999999))
        )
    if kind in ("price", "amount"):
        whole = rng.randint(1, 4999)
        cents = f"{dec}{rng.randint(0, 99):02d}" if rng.random() < 0.7 else ""
        sym = rng.choice(["$", "€", "£", "R$", "", "USD ", "MXN "])
        return (
            f"{sym}{whole}{cents}" if sym and sym[-1] != " " or not sym else f"{sym}{whole}{cents}"
        )
    if kind in ("quantity", "count"):
        return str(rng.randint(2, 60))
    if kind == "percent":
        return f"{rng.randint(1, 99)}%"
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2027)
        shape = rng.randrange(4)
        if shape == 0:
            return f"{d:02d}/{m:02d}/{y}" if lang != "en" else f"{m}/{d}/{y}"
        if shape == 1:
            return f"{y}-{m:02d}-{d:02d}"
        if shape == 2:
            return f"{d}.{m}.{y}"
        return f"{d} {_MONTHS_EN[m - 1]} {y}" if lang == "en" else f"{d}/{m}"
    if kind == "time":
        return (
            f"{rng.randint(0, 23)}:{rng.choice(['00', '15', '30', '45', '05', '50'])}"
            if rng.random() < 0.7
            else f"{rng.randint(1, 12)}{rng.choice(['am', 'pm', 'h'])}"
        )
    if kind == "year":
        return str(rng.randint(1998, 2026))
    if kind == "duration":
        return str(rng.randint(2, 90)) + rng.choice(
            ["min", " min", "h", " dias", " days", " Tage", " jours", " horas"]
        )
    if kind == "postal_code":
        return {
            "en": _d(rng, 5),
            "es": _d(rng, 5),
            "fr": _d(rng, 5),
            "de": _d(rng, 5),
            "pt": _d(rng, 5) + "-" + _d(rng, 3),
        }[lang]
    if kind == "zip4":
        return _d(rng, 5) + "-" + _d(rng, 4)
    if kind == "model":
        return (
            rng.choice(
                [
                    "SM-A",
                    "XR",
                    "HG",
                    "TL-WR",
                    "F",
                    "EX",
                    "Galaxy S",
                    "iPhone ",
                    "ZTE F",
                    "FRITZ!Box ",
                ]
            )
            + str(rng.randint(10, 7590))
            + rng.choice(["", "G", "n", "v2", " Pro"])
        )
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if kind == "error_code":
        return rng.choice(["E", "ERR-", "0x", "ERROR ", "code "]) + _d(rng, rng.randint(3, 5))
    if kind == "data_size":
        return f"{rng.randint(1, 500)}{rng.choice(['GB', ' GB', 'MB', ' Mb', 'TB'])}"
    if kind == "plate":
        return rng.choice(
            [
                _d(rng, 4) + "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)),
                "".join(rng.choice(UPPER) for _ in range(2))
                + "-"
                + _d(rng, 3)
                + "-"
                + "".join(rng.choice(UPPER) for _ in range(2)),
                "".join(rng.choice(UPPER) for _ in range(3))
                + _d(rng, 1)
                + rng.choice(UPPER)
                + _d(rng, 2),
            ]
        )
    raise ValueError(kind)


NEG_KINDS = [
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
    "meter",
    "price",
    "amount",
    "quantity",
    "count",
    "percent",
    "date",
    "time",
    "year",
    "duration",
    "postal_code",
    "zip4",
    "model",
    "version",
    "error_code",
    "data_size",
    "plate",
]
