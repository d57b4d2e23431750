"""Synthetic value generators, validators and hard negatives for the `hutched` corpus.

Every value is drawn from test ranges or built to pass its python-stdnum checksum;
nothing here is real personal data. Canonical forms: digits only for numeric
types, upper-case compact for alphanumeric ones, E.164 for phones, ``MM/YYYY`` for
expiries.
"""

from __future__ import annotations

import random
import re
import string

import phonenumbers
from stdnum import bic, iban
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

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

NUMERIC = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "PHONE",
}

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

TEST_BINS = {
    "411111": 16,
    "400000": 16,
    "424242": 16,
    "401288": 16,
    "555555": 16,
    "510510": 16,
    "222300": 16,
    "378282": 15,
    "371449": 15,
    "601111": 16,
    "353011": 16,
    "305693": 14,
}


def digits(rng: random.Random, n: int, first: str = string.digits) -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for d in string.digits:
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError("unreachable")


def clabe_check(first17: str) -> str:
    weights = (3, 7, 1) * 6
    total = sum(int(c) * w % 10 for c, w in zip(first17, weights))
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    bin_ = rng.choice(sorted(TEST_BINS))
    return luhn_complete(bin_ + digits(rng, TEST_BINS[bin_] - 7))


def phone(rng: random.Random, region: str) -> str:
    while True:
        if region == "US":
            national = (
                rng.choice(["201", "212", "305", "312", "415", "512", "617", "702", "808", "919"])
                + "55501"
                + digits(rng, 2)
            )
        elif region == "GB":
            national = rng.choice(["7700900", "2079460", "1614960", "1134960", "1632960"]) + digits(
                rng, 3
            )
        elif region == "ES":
            national = rng.choice("6796") + digits(rng, 8)
        elif region == "MX":
            national = rng.choice(["55", "33", "81", "222", "998"])
            national += digits(rng, 10 - len(national))
        elif region == "FR":
            national = rng.choice("1234567") + digits(rng, 8)
        elif region == "DE":
            national = rng.choice(["151", "160", "170", "176", "30", "40", "89", "221"])
            national += digits(rng, 11 - len(national) if national.startswith("1") else 8)
        elif region == "BR":
            national = (
                rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + digits(rng, 8)
            )
        else:  # PT
            national = rng.choice(["91", "92", "93", "96", "21", "22"]) + digits(rng, 7)
        num = phonenumbers.parse(national, region)
        if phonenumbers.is_valid_number_for_region(num, region):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def iban_for(rng: random.Random, country: str) -> str:
    shapes = {
        "GB": lambda: rng.choice(["NWBK", "BUKB", "MIDL", "LOYD"]) + digits(rng, 14),
        "ES": lambda: digits(rng, 20),
        "FR": lambda: (
            digits(rng, 10) + "".join(rng.choice(string.digits) for _ in range(11)) + digits(rng, 2)
        ),
        "DE": lambda: digits(rng, 18),
        "PT": lambda: "0" + digits(rng, 20),
        "BR": lambda: digits(rng, 23) + "C1",
    }
    while True:
        bban = shapes[country]()
        value = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(value):
            return value


def draw(kind: str, locale: str, rng: random.Random, ctx: dict[str, str]) -> str:
    """One canonical value of entity `kind` for a customer in `locale`."""
    region = REGION[locale]
    if kind == "CREDIT_DEBIT_NUMBER":
        value = card(rng)
        ctx["card"] = value
        return value
    if kind == "CREDIT_DEBIT_CVV":
        return digits(rng, 4 if ctx.get("card", "")[:2] in ("37", "34") else 3)
    if kind == "CREDIT_DEBIT_EXPIRY":
        return f"{rng.randint(1, 12):02d}/{rng.randint(2027, 2033)}"
    if kind == "PIN":
        return digits(rng, rng.choice([4, 4, 4, 6]))
    if kind == "PASSWORD":
        word = rng.choice(
            [
                "Girassol",
                "tacoNight",
                "Mariposa",
                "bluefox",
                "Kaffeetasse",
                "soleil",
                "Pinguim",
                "gatito",
                "Hafenblick",
                "rosbif",
                "Trovoada",
                "lemoncurd",
            ]
        )
        return (
            word
            + rng.choice("!_.#*$")
            + digits(rng, rng.randint(2, 4))
            + rng.choice(["", "x", "Q", "!"])
        )
    if kind == "USERNAME":
        first = rng.choice(
            [
                "mara",
                "jdoe",
                "lucia",
                "ferreira",
                "pmueller",
                "claire",
                "tiago",
                "andres",
                "kbauer",
                "sofi",
                "rob",
                "nina",
            ]
        )
        return (
            first
            + rng.choice([".", "_", ""])
            + rng.choice(["g", "lopes", "dev", "m", "w"])
            + digits(rng, 2)
        )
    if kind == "EMAIL":
        user = rng.choice(
            [
                "maria.lopez",
                "jon.h",
                "lu.ferreira",
                "p.mueller",
                "claire.b",
                "tiago_s",
                "andresgz",
                "k.bauer",
                "sofia.r",
                "robbie",
                "nina.v",
            ]
        )
        return (
            user
            + rng.choice(["", "", str(rng.randint(2, 99))])
            + "@"
            + rng.choice(
                ["example.com", "example.org", "example.net", "mail.example.com", "example.test"]
            )
        )
    if kind == "PHONE":
        return phone(rng, region)
    if kind == "BANK_ACCOUNT_NUMBER":
        n = {
            "US": rng.randint(9, 12),
            "GB": 8,
            "DE": 10,
            "ES": 10,
            "MX": 11,
            "FR": 11,
            "BR": 8,
            "PT": 11,
        }[region]
        return digits(rng, n, "123456789")
    if kind == "BANK_ROUTING":
        if region == "US":
            return _rtn(rng)
        if region == "GB":
            return digits(rng, 6, "1234")  # sort code
        if region in ("DE", "ES"):
            return digits(rng, 8, "1234567")  # BLZ, entidad + oficina
        if region == "FR":
            return digits(rng, 10, "1234")  # code banque + code guichet
        return digits(rng, 4, "123456789")  # agencia, sucursal, balcao
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        country = {"US": "GB", "MX": "ES"}.get(region, region)
        return iban_for(rng, country)
    if kind == "SWIFT_CODE":
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
            value = (
                "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(4))
                + country
                + rng.choice("23456789ABCDEFGHJK")
                + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ2345")
                + rng.choice(["", "", "XXX", digits(rng, 3)])
            )
            if bic.is_valid(value):
                return value
    if kind == "SSN":
        while True:
            value = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
            if ssn.is_valid(value):
                return value
    if kind == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        while True:
            value = (
                "9"
                + digits(rng, 2)
                + str(rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]))
                + digits(rng, 4)
            )
            if itin.is_valid(value):
                return value
    if kind == "UK_NATIONAL_INSURANCE_NUMBER":
        while True:
            a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
            b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                return a + b + digits(rng, 6) + rng.choice("ABCD")
    if kind == "PASSPORT_NUMBER":
        return passport(rng, region)
    if kind == "DRIVER_ID":
        return driver(rng, region)
    if kind == "IP_ADDRESS":
        if rng.random() < 0.25:
            return "2001:db8:" + ":".join(f"{rng.randint(1, 0xFFFF):x}" for _ in range(6))
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(1, 254)}"
    if kind == "MAC_ADDRESS":
        first = rng.randint(0, 63) * 4 + 2
        return ":".join([f"{first:02x}"] + [f"{rng.randint(0, 255):02x}" for _ in range(5)])
    if kind == "AWS_ACCESS_KEY":
        return rng.choice(["AKIA", "ASIA"]) + "".join(
            rng.choice(string.ascii_uppercase + "234567") for _ in range(16)
        )
    if kind == "AWS_SECRET_KEY":
        return "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))
    if kind == "ES_DNI":
        body = digits(rng, 8)
        return body + dni.calc_check_digit(body)
    if kind == "ES_NIE":
        body = rng.choice("XYZ") + digits(rng, 7)
        return body + nie.calc_check_digit(body)
    if kind == "MX_CURP":
        return _curp(rng)
    if kind == "MX_RFC":
        return _rfc(rng)
    if kind == "MX_CLABE":
        first = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072"]) + digits(
            rng, 14
        )
        return first + clabe_check(first)
    if kind == "BR_CPF":
        while True:
            value = _cpf(digits(rng, 9))
            if cpf.is_valid(value) and len(set(value)) > 1:
                return value
    if kind == "BR_CNPJ":
        base = digits(rng, 8) + "0001"
        return base + cnpj.calc_check_digits(base)
    if kind == "FR_NIR":
        while True:
            dept = f"{rng.choice([d for d in range(1, 96) if d != 20]):02d}"
            body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
            value = body + nir.calc_check_digits(body)
            if nir.is_valid(value):
                return value
    if kind == "DE_TAX_ID":
        while True:
            value = digits(rng, 11, "123456789")
            if idnr.is_valid(value):
                return value
    if kind == "PT_NIF":
        body = rng.choice("12356") + digits(rng, 7)
        return body + nif.calc_check_digit(body)
    raise KeyError(kind)


def _rtn(rng: random.Random) -> str:
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


def _cpf(nine: str) -> str:
    d1 = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1))) * 10 % 11 % 10
    ten = nine + str(d1)
    d2 = sum(int(c) * w for c, w in zip(ten, range(11, 1, -1))) * 10 % 11 % 10
    return ten + str(d2)


def _birth(rng: random.Random) -> str:
    return f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def _curp(rng: random.Random) -> str:
    cons = "BCDFGHJKLMNPRSTVZ"
    while True:
        head = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        body = (
            head
            + _birth(rng)
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT", "MC"])
            + "".join(rng.choice(cons) for _ in range(3))
            + rng.choice(string.digits)
        )
        value = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(value):
            return value


def _rfc(rng: random.Random) -> str:
    cons = "BCDFGHJKLMNPRSTVZ"
    while True:
        head = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        body = head + _birth(rng) + rng.choice(cons) + rng.choice(string.digits + "A")
        value = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(value):
            return value


def passport(rng: random.Random, region: str) -> str:
    up = string.ascii_uppercase
    if region in ("US", "GB"):
        return digits(rng, 9, "1256")
    if region == "ES":
        return "".join(rng.choice(up) for _ in range(3)) + digits(rng, 6)
    if region == "MX":
        return rng.choice("GN") + digits(rng, 8)
    if region == "FR":
        return digits(rng, 2) + "".join(rng.choice(up) for _ in range(2)) + digits(rng, 5)
    if region == "DE":
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if region == "BR":
        return "".join(rng.choice(up) for _ in range(2)) + digits(rng, 6)
    return rng.choice("CP") + digits(rng, 6)


def driver(rng: random.Random, region: str) -> str:
    up = string.ascii_uppercase
    if region == "US":
        return rng.choice(up) + digits(rng, 7)
    if region == "GB":
        return (
            rng.choice(["MORGA", "SMITH", "EVANS", "PATEL", "JONES"])
            + _birth(rng)[:1]
            + f"{rng.randint(1, 12):02d}"
            + digits(rng, 3)
            + "".join(rng.choice(up) for _ in range(2))
            + rng.choice(string.digits)
            + "".join(rng.choice(up) for _ in range(2))
        )
    if region == "ES":
        body = digits(rng, 8)
        return body + dni.calc_check_digit(body)
    if region == "MX":
        return rng.choice(up) + digits(rng, 8)
    if region == "FR":
        return digits(rng, 12)
    if region == "DE":
        return (
            rng.choice("BFKMN")
            + digits(rng, 3)
            + "".join(rng.choice(up) for _ in range(3))
            + rng.choice(string.digits)
            + rng.choice(up)
            + digits(rng, 2)
        )
    if region == "BR":
        return digits(rng, 11)
    return rng.choice(["L", "P", "C"]) + digits(rng, 6)


SHAPES = {
    "PASSWORD": r"\S{8,}",
    "USERNAME": r"[a-z][a-z0-9._]{3,}",
    "EMAIL": r"[a-z0-9._]+@([a-z]+\.)?example\.(com|org|net|test)",
    "PASSPORT_NUMBER": r"[0-9]{9}|[A-Z]{3}[0-9]{6}|[GN][0-9]{8}|[0-9]{2}[A-Z]{2}[0-9]{5}|[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z]{2}[0-9]{6}|[CP][0-9]{6}",
    "DRIVER_ID": r"[A-Z][0-9]{7,8}|[A-Z]{5}[0-9]{6}[A-Z]{2}[0-9][A-Z]{2}|[0-9]{8}[A-Z]|[0-9]{11,12}|[BFKMN][0-9]{3}[A-Z]{3}[0-9][A-Z][0-9]{2}|[LPC][0-9]{6}",
    "UK_NATIONAL_INSURANCE_NUMBER": r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]",
    "AWS_ACCESS_KEY": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "AWS_SECRET_KEY": r"[A-Za-z0-9/+]{40}",
    "MAC_ADDRESS": r"[0-9a-f][26ae](:[0-9a-f]{2}){5}",
    "IP_ADDRESS": r"(192\.0\.2|198\.51\.100|203\.0\.113)\.[0-9]{1,3}|2001:db8(:[0-9a-f]{1,4}){6}",
    "CREDIT_DEBIT_CVV": r"[0-9]{3,4}",
    "PIN": r"[0-9]{4}|[0-9]{6}",
    "BANK_ACCOUNT_NUMBER": r"[0-9]{8,12}",
    "CREDIT_DEBIT_EXPIRY": r"(0[1-9]|1[0-2])/20(2[7-9]|3[0-3])",
}


def validate(kind: str, value: str, locale: str) -> bool:
    """Whether canonical `value` is a well-formed (and checksum-valid) `kind`."""
    region = REGION[locale]
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda v: (
            v.isdigit() and luhn_ok(v) and v[:6] in TEST_BINS and len(v) == TEST_BINS[v[:6]]
        ),
        "PHONE": lambda v: phonenumbers.is_valid_number_for_region(phonenumbers.parse(v), region),
        "BANK_ROUTING": lambda v: (
            v.isdigit() and (rtn.is_valid(v) if len(v) == 9 else len(v) in (4, 6, 8, 10))
        ),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
        "SWIFT_CODE": bic.is_valid,
        "SSN": lambda v: v.isdigit() and ssn.is_valid(v),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda v: v.isdigit() and itin.is_valid(v),
        "ES_DNI": dni.is_valid,
        "ES_NIE": nie.is_valid,
        "MX_CURP": curp.is_valid,
        "MX_RFC": rfc.is_valid,
        "MX_CLABE": lambda v: len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17],
        "BR_CPF": lambda v: v.isdigit() and cpf.is_valid(v),
        "BR_CNPJ": lambda v: v.isdigit() and cnpj.is_valid(v),
        "FR_NIR": lambda v: v.isdigit() and nir.is_valid(v),
        "DE_TAX_ID": lambda v: v.isdigit() and idnr.is_valid(v),
        "PT_NIF": lambda v: v.isdigit() and nif.is_valid(v),
    }
    if kind in checks:
        try:
            return bool(checks[kind](value))
        except phonenumbers.NumberParseException:
            return False
    return re.fullmatch(SHAPES[kind], value) is not None


# --- hard negatives -----------------------------------------------------------------

_NEG_REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")


def looks_sensitive(run: str) -> bool:
    """True if a digit run passes any identifier check at a length where it can exist."""
    n = len(run)
    if n >= 8 and luhn_ok(run):
        return True
    if n == 9 and (
        rtn.is_valid(run) or ssn.is_valid(run) or itin.is_valid(run) or nif.is_valid(run)
    ):
        return True
    if n == 11 and (cpf.is_valid(run) or idnr.is_valid(run)):
        return True
    if n == 14 and cnpj.is_valid(run):
        return True
    if n == 15 and nir.is_valid(run):
        return True
    if n == 18 and clabe_check(run[:17]) == run[17]:
        return True
    if n >= 5:
        for region in _NEG_REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def is_hard_negative(value: str) -> bool:
    runs = re.findall(r"[0-9]+", value)
    for run in runs:
        if looks_sensitive(run):
            return False
        # a DNI is eight digits and its letter; make sure no run forms one
        after = value[value.find(run) + len(run) :][:1]
        if len(run) == 8 and after.isalpha() and dni.is_valid(run + after.upper()):
            return False
    return True


def _keep_once(kind: str, locale: str, rng: random.Random) -> str:
    region = REGION[locale]
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    r = rng.randint
    if kind == "order":
        return rng.choice(["#", "", "PED-", "CMD-", "ORD-", "A"]) + digits(
            rng, rng.choice([5, 6, 7]), "123456789"
        )
    if kind == "tracking":
        return (
            rng.choice(["1Z", "LX", "JD", "RR", "CP"])
            + "".join(rng.choice(up) for _ in range(2))
            + digits(rng, 8)
            + rng.choice(["", "DE", "BR", "ES", "PT"])
        )
    if kind == "invoice":
        return (
            rng.choice(["INV-", "FAC-", "F", "RE-", "NF-"])
            + str(r(2021, 2025))
            + "-"
            + digits(rng, 4)
        )
    if kind == "ticket":
        return rng.choice(["#", "TCK-", "INC", "CS-"]) + digits(
            rng, rng.choice([5, 6]), "123456789"
        )
    if kind == "policy":
        return (
            rng.choice(["POL-", "AP", "PZ-", "VS"]) + digits(rng, 6) + rng.choice(["", "-B", "/A"])
        )
    if kind == "contract":
        return rng.choice(["CT-", "K-", "CTR", "VTR-"]) + digits(rng, 7, "123456789")
    if kind == "booking":
        return "".join(rng.choice(up + "23456789") for _ in range(6))
    if kind == "customer_ref":
        return rng.choice(["C", "KD-", "CLI-", "REF "]) + digits(
            rng, rng.choice([6, 7]), "123456789"
        )
    if kind == "store":
        return str(r(10, 999))
    if kind == "room":
        return str(r(1, 19)) + f"{r(1, 40):02d}"
    if kind == "seat":
        return f"{r(1, 45)}{rng.choice('ABCDEF')}"
    if kind == "flight":
        return rng.choice(["IB", "UX", "AF", "LH", "TP", "AM", "LA", "BA", "AA", "VY"]) + str(
            r(100, 9999)
        )
    if kind == "meter_reading":
        return digits(rng, rng.choice([4, 5, 6]))
    if kind in ("price", "amount"):
        whole = r(3, 2500)
        cents = f"{r(0, 99):02d}"
        if region in ("US", "GB", "MX"):
            cur = {"US": "$", "GB": "£", "MX": "$"}[region]
            return rng.choice([f"{cur}{whole}.{cents}", f"{cur}{whole}", f"{whole}.{cents}"])
        if region == "BR":
            return rng.choice([f"R$ {whole},{cents}", f"R${whole}", f"{whole},{cents}"])
        return rng.choice(
            [f"{whole},{cents} €", f"{whole}€", f"€{whole},{cents}", f"{whole},{cents}"]
        )
    if kind in ("quantity", "count"):
        return str(r(2, 40))
    if kind == "percentage":
        return rng.choice([f"{r(2, 60)}%", f"{r(2, 60)} %", f"{r(1, 30)},{r(1, 9)}%"])
    if kind == "date":
        d, m, y = r(1, 28), r(1, 12), r(2023, 2026)
        if region == "US":
            return rng.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{y}-{m:02d}-{d:02d}"])
        return rng.choice(
            [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{y}"]
        )
    if kind == "time":
        h = r(7, 21)
        return rng.choice(
            [
                f"{h}:{r(0, 59):02d}",
                f"{h % 12 or 12}pm" if region in ("US", "GB") else f"{h}h",
                f"{h}h{r(0, 5)}0",
            ]
        )
    if kind == "year":
        return str(r(1995, 2025))
    if kind == "duration":
        return rng.choice([str(r(2, 90)), f"{r(2, 90)}min", f"{r(1, 12)}h"])
    if kind == "postal_code":
        return {
            "US": digits(rng, 5, "123456789"),
            "GB": rng.choice(["SW1A", "M4", "LS6", "EH8", "B15", "CF10"])
            + f" {r(1, 9)}{rng.choice(up)}{rng.choice(up)}",
            "ES": f"{r(1, 52):02d}{r(0, 999):03d}",
            "MX": f"{r(1, 99):02d}{r(0, 999):03d}",
            "FR": f"{r(1, 95):02d}{r(0, 99):02d}0",
            "DE": f"{r(10, 99)}{r(0, 999):03d}",
            "BR": f"{r(10000, 99999)}-{r(0, 999):03d}",
            "PT": f"{r(1000, 9999)}-{r(1, 999):03d}",
        }[region]
    if kind == "zip4":
        return f"{digits(rng, 5, '123456789')}-{digits(rng, 4)}"
    if kind == "product_model":
        return rng.choice(["XR-", "Galaxy A", "iPhone ", "TV-", "MX", "Modelo K"]) + str(r(2, 990))
    if kind == "version":
        return (
            rng.choice(["v", "", "V "]) + f"{r(1, 17)}.{r(0, 12)}" + rng.choice(["", f".{r(0, 9)}"])
        )
    if kind == "error_code":
        return rng.choice(["E", "ERR-", "0x", "E-", "#"]) + digits(rng, rng.choice([3, 4]))
    if kind == "data_size":
        return rng.choice(
            [f"{r(1, 200)}GB", f"{r(1, 200)} GB", f"{r(100, 900)}MB", f"{r(1, 9)} Go"]
        )
    if kind == "plate":
        return {
            "US": f"{r(1, 9)}{''.join(rng.choice(up) for _ in range(3))}{digits(rng, 3)}",
            "GB": f"{''.join(rng.choice(up) for _ in range(2))}{r(10, 72)} {''.join(rng.choice(up) for _ in range(3))}",
            "ES": f"{digits(rng, 4)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
            "MX": f"{''.join(rng.choice(up) for _ in range(3))}-{digits(rng, 3)}-{rng.choice(up)}",
            "FR": f"{''.join(rng.choice(up) for _ in range(2))}-{digits(rng, 3)}-{''.join(rng.choice(up) for _ in range(2))}",
            "DE": f"{rng.choice(['B', 'M', 'HH', 'K', 'F'])}-{''.join(rng.choice(up) for _ in range(2))} {r(1, 9999)}",
            "BR": f"{''.join(rng.choice(up) for _ in range(3))}{r(0, 9)}{rng.choice(up)}{digits(rng, 2)}",
            "PT": f"{''.join(rng.choice(up) for _ in range(2))}-{digits(rng, 2)}-{''.join(rng.choice(up) for _ in range(2))}",
        }[region]
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


def keep(kind: str, locale: str, rng: random.Random) -> str:
    """A number a redactor must leave alone, redrawn until no digit run looks like PII."""
    while True:
        value = _keep_once(kind, locale, rng)
        if is_hard_negative(value):
            return value
