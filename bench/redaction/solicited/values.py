"""Draw random synthetic values and validate them (python-stdnum, phonenumbers).

Every draw returns the canonical value (compact, as a checker would normalise it).
`validate(type, value)` is the gate the generator runs on every value it writes.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

D = string.digits
U = string.ascii_uppercase


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _u(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(U) for _ in range(n))


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


def card(rng: random.Random) -> str:
    b = rng.choice(CARD_BINS)
    length = 15 if b.startswith("3") else 16
    body = b + _d(rng, length - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random) -> str:
    return _d(rng, 3)


def expiry(rng: random.Random) -> str:
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(27, 33))


def pin(rng: random.Random) -> str:
    return _d(rng, rng.choice([4, 4, 4, 6]))


def bank_account(rng: random.Random, country: str) -> str:
    n = {"GB": 8, "US": rng.randint(9, 12), "BR": rng.randint(6, 9)}.get(country, 10)
    return str(rng.randint(1, 9)) + _d(rng, n - 1)


def routing(rng: random.Random, country: str) -> str:
    if country == "US":
        body = rng.choice(["0", "1", "2"]) + _d(rng, 7)
        return body + rtn.calc_check_digit(body)
    if country == "GB":
        return _d(rng, 6)
    if country == "DE":
        return str(rng.randint(1, 8)) + _d(rng, 7)
    if country == "BR":
        return _d(rng, 4)
    raise ValueError(country)


def _iban_from_bban(country: str, bban: str) -> str:
    check = iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


def iban_value(rng: random.Random, country: str) -> str:
    for _ in range(1000):
        if country == "ES":
            b, o, acc = _d(rng, 4), _d(rng, 4), _d(rng, 10)
            bban = b + o + ccc.calc_check_digits(b + o + "00" + acc) + acc
        elif country == "DE":
            bban = _d(rng, 18)
        elif country == "FR":
            bban = _d(rng, 10) + _d(rng, 11)
            # RIB key: 97 - (89*bank + 15*branch + 3*account) mod 97
            k = 97 - ((89 * int(bban[:5]) + 15 * int(bban[5:10]) + 3 * int(bban[10:21])) % 97)
            bban += "%02d" % k
        elif country == "PT":
            body = _d(rng, 19)
            k = 98 - (int(body) * 100) % 97
            bban = body + "%02d" % k
        elif country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _d(rng, 14)
        elif country == "BR":
            bban = _d(rng, 8) + _d(rng, 5) + _d(rng, 10) + rng.choice("CP") + rng.choice(U + D)
        else:
            raise ValueError(country)
        v = _iban_from_bban(country, bban)
        if iban.is_valid(v):
            return v
    raise RuntimeError("no valid IBAN for " + country)


SWIFT_BANKS = [
    "BSCH",
    "CAIX",
    "DEUT",
    "COBA",
    "BNPA",
    "SOGE",
    "CGDI",
    "BCOM",
    "NWBK",
    "BARC",
    "ITAU",
    "BRAS",
    "BNMX",
    "CHAS",
]


def swift(rng: random.Random, country: str) -> str:
    v = rng.choice(SWIFT_BANKS) + country + rng.choice(U) + rng.choice(U + D)
    if rng.random() < 0.5:
        v += rng.choice(["XXX", _u(rng, 1) + _d(rng, 2)])
    return v


FIRST = [
    "ana",
    "luis",
    "marie",
    "jose",
    "lena",
    "joao",
    "kate",
    "tom",
    "sofia",
    "pedro",
    "claire",
    "jonas",
    "bia",
    "raul",
    "emma",
    "noah",
    "lucia",
    "hugo",
]
LAST = [
    "perez",
    "martin",
    "dubois",
    "schmidt",
    "silva",
    "costa",
    "smith",
    "garcia",
    "lopez",
    "moreau",
    "weber",
    "santos",
    "brown",
    "ruiz",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "correo.example",
    "test.example",
]


def email(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f + l, f + "_" + l, f[0] + l, f + l + _d(rng, 2), l + "." + f])
    return local + "@" + rng.choice(DOMAINS)


# Fictional or drama ranges first; other countries: random subscriber digits validated by phonenumbers.
PHONE_PATTERNS = {
    "US": lambda r: "+1" + r.choice(["202", "312", "415", "617", "305"]) + "55501" + _d(r, 2),
    "CA": lambda r: "+1" + r.choice(["514", "418", "438"]) + "55501" + _d(r, 2),
    "GB": lambda r: "+44" + r.choice(["2079460", "1134960", "1614960", "1314960"]) + _d(r, 3),
    "ES": lambda r: "+34" + r.choice(["6", "7", "91", "93"]) + _d(r, 8),
    "MX": lambda r: "+52" + r.choice(["55", "33", "81"]) + _d(r, 8),
    "BR": lambda r: "+55" + r.choice(["11", "21", "31", "61"]) + "9" + _d(r, 8),
    "FR": lambda r: "+33" + r.choice(["6", "7", "1"]) + _d(r, 8),
    "DE": lambda r: "+49" + r.choice(["151", "160", "170", "30", "89"]) + _d(r, 8),
    "PT": lambda r: "+351" + r.choice(["91", "92", "93", "96"]) + _d(r, 7),
}


def phone(rng: random.Random, country: str) -> str:
    """Return E.164; the renderer decides whether the customer types it national or international."""
    for _ in range(1000):
        v = PHONE_PATTERNS[country](rng)
        if v.startswith("+34") and len(v) != 12:
            v = v[:12]
        if phonenumbers.is_valid_number(phonenumbers.parse(v, None)):
            return v
    raise RuntimeError("no valid phone for " + country)


def ssn_value(rng: random.Random) -> str:
    while True:
        v = "%03d%02d%04d" % (rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn.is_valid(v):
            return v


def passport(rng: random.Random, country: str) -> str:
    if country in ("US",):
        return _d(rng, 9)
    if country in ("ES", "PT", "BR", "MX"):
        return _u(rng, 3 if country == "ES" else 2) + _d(rng, 6)
    if country == "DE":
        return rng.choice("CFGHJK") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + D) for _ in range(8))
    return _d(rng, 2) + _u(rng, 2) + _d(rng, 5)


def driver_id(rng: random.Random, country: str) -> str:
    if country == "US":
        return rng.choice(U) + _d(rng, 7)
    if country == "GB":
        return _u(rng, 5) + _d(rng, 6) + _u(rng, 2) + _d(rng, 1) + _u(rng, 2)
    return _d(rng, 8) + rng.choice(U)


PW_WORDS = [
    "Sol",
    "gato",
    "Lua",
    "hiver",
    "Sonne",
    "river",
    "Perro",
    "chat",
    "Blau",
    "praia",
    "Tiger",
    "nube",
]


def password(rng: random.Random) -> str:
    return (
        rng.choice(PW_WORDS)
        + rng.choice(["!", "#", "_", "*", ".", "$"])
        + _d(rng, rng.randint(2, 4))
        + rng.choice(PW_WORDS).lower()
    )


def username(rng: random.Random) -> str:
    return (
        rng.choice(FIRST)
        + rng.choice(["_", ".", "", "-"])
        + rng.choice(LAST)
        + _d(rng, rng.randint(0, 3))
    )


def ip(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    return "%d.%d.%d.%d" % (
        rng.choice([81, 85, 88, 177, 189, 201, 90]),
        rng.randint(0, 255),
        rng.randint(0, 255),
        rng.randint(1, 254),
    )


def es_dni(rng: random.Random) -> str:
    b = _d(rng, 8)
    return b + dni.calc_check_digit(b)


def es_nie(rng: random.Random) -> str:
    b = rng.choice("XYZ") + _d(rng, 7)
    return b + nie.calc_check_digit(b)


def mx_curp(rng: random.Random) -> str:
    for _ in range(1000):
        name = rng.choice("BGHLMPRSV") + rng.choice("AEIOU") + _u(rng, 2)
        date = "%02d%02d%02d" % (rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28))
        body = (
            name
            + date
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT"])
            + "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
            + "0"
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return v
    raise RuntimeError("curp")


def mx_rfc(rng: random.Random) -> str:
    for _ in range(1000):
        body = (
            rng.choice("BGHLMPRSV")
            + rng.choice("AEIOU")
            + _u(rng, 2)
            + "%02d%02d%02d" % (rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28))
            + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
        )
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return v
    raise RuntimeError("rfc")


def clabe_check(body: str) -> str:
    # stdnum has no CLABE module; Banxico's rule: weights 3,7,1, 10 - (sum mod 10).
    s = sum((int(c) * w) % 10 for c, w in zip(body, [3, 7, 1] * 6))
    return str((10 - s % 10) % 10)


def mx_clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072", "137"]) + _d(rng, 3) + _d(rng, 11)
    return body + clabe_check(body)


def br_cpf(rng: random.Random) -> str:
    while True:
        b = _d(rng, 9)
        if len(set(b)) > 1:
            return b + cpf._calc_check_digits(b)


def br_cnpj(rng: random.Random) -> str:
    b = _d(rng, 8) + "0001"
    return b + cnpj.calc_check_digits(b)


def fr_nir(rng: random.Random) -> str:
    b = (
        rng.choice("12")
        + "%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12))
        + "%02d" % rng.randint(1, 95)
        + _d(rng, 3)
        + _d(rng, 3)
    )
    return b + nir.calc_check_digits(b)


def de_tax_id(rng: random.Random) -> str:
    while True:
        v = str(rng.randint(1, 9)) + _d(rng, 10)
        if idnr.is_valid(v):
            return v


def pt_nif(rng: random.Random) -> str:
    b = rng.choice("12") + _d(rng, 7)
    return b + nif.calc_check_digit(b)


VALIDATORS = {
    "CREDIT_DEBIT_NUMBER": lambda v: luhn.is_valid(v) and v[:6] in CARD_BINS,
    "CREDIT_DEBIT_CVV": lambda v: v.isdigit() and len(v) in (3, 4),
    "CREDIT_DEBIT_EXPIRY": lambda v: len(v) == 5 and 1 <= int(v[:2]) <= 12,
    "PIN": lambda v: v.isdigit() and len(v) in (4, 6),
    "BANK_ACCOUNT_NUMBER": lambda v: v.isdigit(),
    "BANK_ROUTING": lambda v: v.isdigit() and (len(v) != 9 or rtn.is_valid(v)),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "EMAIL": lambda v: v.count("@") == 1,
    "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v, None)),
    "SSN": ssn.is_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": lambda v: len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17],
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}


def validate(kind: str, value: str) -> bool:
    check = VALIDATORS.get(kind)
    return True if check is None else bool(check(value))


def passes_any_checksum(digits: str) -> bool:
    """True when a digit string would pass a check an id detector might run (used to reject order numbers)."""
    checks = [
        luhn.is_valid,
        cpf.is_valid,
        nif.is_valid,
        idnr.is_valid,
        rtn.is_valid,
        ssn.is_valid,
        lambda v: len(v) == 8 and dni.is_valid(v + dni.calc_check_digit(v)) and False,
    ]
    for c in checks:
        try:
            if c(digits):
                return True
        except Exception:
            pass
    return False
