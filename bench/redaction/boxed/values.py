"""Draw random, synthetic PII values and hard-negative numbers, and validate them.

Every value is random (test card BINs, fictional phone ranges where a country has one, example
domains) and is checked with python-stdnum or phonenumbers before it is used, so a detector
scored on this corpus is scored on values that really carry valid check digits.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, ssn

DIG = string.digits
UP = string.ascii_uppercase

CARD_BINS = [
    "411111",
    "400000",
    "424242",
    "401288",
    "555555",
    "510510",
    "222300",
    "601111",
    "353011",
    "378282",
    "371449",
]

# Locale -> the country whose formats (phone, IBAN, routing, postcode, money) it draws.
LOCALE_COUNTRY = {
    "en-US": "US",
    "en-GB": "GB",
    "en-IE": "GB",
    "en-CA": "US",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "es-AR": "MX",
    "es-CO": "MX",
    "fr-FR": "FR",
    "fr-CA": "US",
    "fr-BE": "FR",
    "de-DE": "DE",
    "de-AT": "DE",
    "de-CH": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


# ---- validators that python-stdnum does not have --------------------------------------------


def aba_ok(v: str) -> bool:
    if len(v) != 9 or not v.isdigit():
        return False
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def clabe_ok(v: str) -> bool:
    if len(v) != 18 or not v.isdigit():
        return False
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(v[:17]))
    return (10 - s % 10) % 10 == int(v[17])


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(v: str) -> bool:
    return (
        len(v) == 9
        and v[0] in UP
        and v[1] in UP
        and v[0] not in "DFIQUV"
        and v[1] not in "DFIOQUV"
        and v[:2] not in NINO_BAD_PREFIX
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


def phone_ok(e164: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return False


# ---- PII generators: each returns the canonical value -----------------------------------------


def card(rng):
    b = rng.choice(CARD_BINS)
    n = 15 if b.startswith("37") else 16
    body = b + _d(rng, n - 1 - len(b))
    return body + luhn.calc_check_digit(body)


def cvv(rng):
    return _d(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng):
    return f"{rng.randint(1, 12):02d}/{rng.randint(26, 33):02d}"


def pin(rng):
    return _d(rng, rng.choice([4, 4, 4, 6]))


def bank_account(rng, country):
    if country == "GB":
        return _d(rng, 8)
    if country == "DE":
        return str(rng.randint(1, 9)) + _d(rng, 9)
    if country == "BR":
        return _d(rng, rng.choice([5, 6, 7])) + "-" + _d(rng, 1)
    if country == "ES":
        return _d(rng, 10)
    return _d(rng, rng.randint(8, 12))


def routing(rng, country):
    if country == "GB":
        return "-".join(_d(rng, 2) for _ in range(3))
    if country == "DE":  # BLZ: the first digit is a clearing area 1-8
        return str(rng.randint(1, 8)) + _d(rng, 7)
    if country == "BR":  # agência, sometimes with its check digit
        return _d(rng, 4) + rng.choice(["", "-" + _d(rng, 1)])
    while True:
        v = rng.choice("0123") + _d(rng, 7)
        for last in DIG:
            if aba_ok(v + last):
                return v + last


IBAN_FORMATS = {  # country -> BBAN pattern: n digit, a upper letter
    "ES": "n" * 20,
    "DE": "n" * 18,
    "FR": "n" * 23,
    "PT": "n" * 21,
    "GB": "aaaa" + "n" * 14,
    "BR": "n" * 23 + "aa",
    "BE": "n" * 12,
    "AT": "n" * 16,
    "NL": "aaaa" + "n" * 10,
    "IT": "a" + "n" * 22,
    "IE": "aaaa" + "n" * 14,
    "CH": "n" * 17,
}


def iban_value(rng, country=None):
    cc = country if country in IBAN_FORMATS else rng.choice(sorted(IBAN_FORMATS))
    for _ in range(5000):
        bban = "".join(rng.choice(DIG) if c == "n" else rng.choice(UP) for c in IBAN_FORMATS[cc])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + cc + "00")) % 97
        v = f"{cc}{check:02d}{bban}"
        if iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def swift(rng, country):
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
    v = "".join(rng.choice(UP) for _ in range(4)) + cc + rng.choice(UP) + rng.choice(UP + DIG)
    if rng.random() < 0.4:
        v += rng.choice(["XXX", "".join(rng.choice(UP + DIG) for _ in range(3))])
    assert bic.is_valid(v)
    return v


FIRST = [
    "ana",
    "maria",
    "joao",
    "lucas",
    "sofia",
    "lena",
    "jonas",
    "chloe",
    "hugo",
    "mateo",
    "valen",
    "camila",
    "noah",
    "emma",
    "liam",
    "ines",
    "tiago",
    "clara",
    "paul",
    "jose",
    "fer",
    "gabi",
    "mila",
    "rafa",
    "leo",
    "nina",
    "theo",
    "zoe",
    "dani",
    "bruno",
]
LAST = [
    "garcia",
    "silva",
    "muller",
    "martin",
    "lopez",
    "schmidt",
    "dubois",
    "santos",
    "ferreira",
    "romero",
    "weber",
    "bernard",
    "costa",
    "ortiz",
    "keller",
    "moreau",
    "smith",
    "jones",
    "navarro",
    "almeida",
    "roux",
    "fischer",
    "diaz",
    "pereira",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.es",
    "example.com.br",
    "example.fr",
    "example.de",
    "example.co.uk",
    "example.com.mx",
    "example.pt",
    "inbox.example.net",
]


def email(rng, plus=False):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f + l, f + "_" + l, f[0] + l, f + l[:3], l + "." + f])
    if rng.random() < 0.45:
        local += _d(rng, rng.choice([2, 2, 4]))
    if plus:
        local += "+" + rng.choice(["promo", "shop", "bank", "news", "test"])
    return local + "@" + rng.choice(DOMAINS)


def phone(rng, country):
    """Return an E.164 number valid for `country` per phonenumbers."""
    for _ in range(2000):
        if country == "US":
            v = (
                "+1"
                + rng.choice(["212", "312", "415", "617", "305", "713", "206", "202"])
                + "5550"
                + "1"
                + _d(rng, 2)
            )
        elif country == "GB":
            v = rng.choice(
                [
                    "+44207946" + "0" + _d(rng, 3),
                    "+44113496" + "0" + _d(rng, 3),
                    "+44161496" + "0" + _d(rng, 3),
                    "+44117496" + "0" + _d(rng, 3),
                ]
            )
        elif country == "ES":
            v = (
                "+34" + rng.choice("67") + _d(rng, 8)
                if rng.random() < 0.8
                else "+349" + rng.choice("1135") + _d(rng, 7)
            )
        elif country == "MX":
            v = "+52" + rng.choice(["55", "33", "81", "222", "664"]) + _d(rng, 8)
            v = v[:13]
        elif country == "BR":
            v = (
                "+55"
                + rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
                + "9"
                + _d(rng, 8)
            )
        elif country == "FR":
            v = "+33" + rng.choice("67") + _d(rng, 8) if rng.random() < 0.8 else "+331" + _d(rng, 8)
        elif country == "DE":
            v = (
                "+49"
                + rng.choice(["151", "160", "170", "176", "30", "89"])
                + _d(rng, rng.choice([7, 8]))
            )
        elif country == "PT":
            v = "+351" + rng.choice(["91", "92", "93", "96"]) + _d(rng, 7)
        else:
            raise ValueError(country)
        if phone_ok(v):
            return v
    raise RuntimeError(country)


def ssn_value(rng):
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if v[:3] != "666" and ssn.is_valid(v):
            return v


def itin_value(rng):
    while True:
        v = (
            "9"
            + _d(rng, 2)
            + str(rng.choice(list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100))))
            + _d(rng, 4)
        )
        if itin.is_valid(v):
            return v


def nino_value(rng):
    ok1 = [c for c in UP if c not in "DFIQUV"]
    ok2 = [c for c in UP if c not in "DFIOQUV"]
    while True:
        v = rng.choice(ok1) + rng.choice(ok2) + _d(rng, 6) + rng.choice("ABCD")
        if nino_ok(v):
            return v


def passport(rng, country):
    if country == "ES":
        return "".join(rng.choice(UP) for _ in range(3)) + _d(rng, 6)
    if country == "FR":
        return _d(rng, 2) + "".join(rng.choice(UP) for _ in range(2)) + _d(rng, 5)
    if country == "DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + DIG) for _ in range(8))
    if country == "BR":
        return "".join(rng.choice(UP) for _ in range(2)) + _d(rng, 6)
    if country == "PT":
        return rng.choice(UP) + _d(rng, 6)
    if country == "MX":
        return rng.choice("GN") + _d(rng, 8)
    return rng.choice(["", rng.choice(UP)]) + _d(rng, 8) if country == "US" else _d(rng, 9)


def driver_id(rng, country):
    if country == "US":
        return rng.choice(UP) + _d(rng, 7)
    if country == "GB":
        sur = "".join(rng.choice(UP) for _ in range(5))
        return (
            sur
            + _d(rng, 6)
            + "".join(rng.choice(UP) for _ in range(2))
            + _d(rng, 1)
            + "".join(rng.choice(UP) for _ in range(2))
        )
    if country == "FR":
        return _d(rng, 12)
    if country == "DE":
        return rng.choice(UP) + "".join(rng.choice(UP + DIG) for _ in range(10))
    if country == "BR":
        return _d(rng, 11)
    if country == "ES":
        return dni_value(rng)
    return rng.choice(UP) + _d(rng, 8)


PW_WORDS = [
    "girasol",
    "Sonnen",
    "maracuja",
    "Pingouin",
    "tigre",
    "azulejo",
    "Kaffee",
    "bolacha",
    "cachorro",
    "Rainbow",
    "fresa",
    "Mouette",
    "Berlin",
    "sardinha",
    "naranja",
    "Dragon",
]


def password(rng):
    w = rng.choice(PW_WORDS)
    style = rng.randrange(4)
    if style == 0:
        return w + rng.choice("!#$*?") + _d(rng, rng.choice([2, 3, 4]))
    if style == 1:
        return "".join(
            rng.choice(string.ascii_letters + DIG + "!#%&*") for _ in range(rng.randint(10, 14))
        )
    if style == 2:
        return w.capitalize() + _d(rng, 2) + rng.choice(PW_WORDS).lower() + rng.choice("!._")
    return rng.choice(string.ascii_lowercase) + w.lower() + _d(rng, 3) + rng.choice(UP)


def username(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f + "_" + l + _d(rng, 2),
            f[0] + l,
            l + "." + f + _d(rng, 1),
            f + l[:2] + _d(rng, 3),
            "the_" + f + _d(rng, 2),
        ]
    )


def ip(rng):
    k = rng.randrange(5)
    if k == 0:
        return f"192.0.2.{rng.randint(1, 254)}"
    if k == 1:
        return f"198.51.100.{rng.randint(1, 254)}"
    if k == 2:
        return f"203.0.113.{rng.randint(1, 254)}"
    if k == 3:
        return f"{rng.choice([81, 85, 88, 177, 187, 90, 79])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return (
        "2001:db8:"
        + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3))
        + "::"
        + f"{rng.randint(1, 4095):x}"
    )


def mac(rng):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] | 0x02) & 0xFE  # locally administered, unicast: never a real vendor's
    h = [f"{x:02x}" for x in b]
    k = rng.randrange(4)
    if k == 0:
        return ":".join(h)
    if k == 1:
        return "-".join(h).upper()
    if k == 2:
        return ":".join(h).upper()
    return ".".join("".join(h[i : i + 2]) for i in (0, 2, 4))


B32 = UP + "234567"


def aws_access_key(rng):
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def aws_secret_key(rng):
    return "".join(rng.choice(string.ascii_letters + DIG + "/+") for _ in range(40))


def dni_value(rng):
    n = _d(rng, 8)
    return n + dni.calc_check_digit(n)


def nie_value(rng):
    n = rng.choice("XYZ") + _d(rng, 7)
    return n + nie.calc_check_digit(n)


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
    "VZ",
    "YN",
]
CONS = "BCDFGHJKLMNPQRSTVWXZ"
VOW = "AEIOU"


def _birth(rng):
    return f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def curp_value(rng):
    while True:
        v = (
            rng.choice(CONS)
            + rng.choice(VOW)
            + rng.choice(UP)
            + rng.choice(UP)
            + _birth(rng)
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + "0"
        )
        v += curp.calc_check_digit(v)
        if curp.is_valid(v):
            return v


def rfc_value(rng):
    while True:
        v = (
            "".join(rng.choice(UP) for _ in range(4))
            + _birth(rng)
            + "".join(rng.choice(UP + DIG[1:]) for _ in range(2))
        )
        v += rfc.calc_check_digit(v)
        if rfc.is_valid(v):
            return v


def clabe_value(rng):
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "058", "072", "127"]) + _d(
        rng, 14
    )
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(body))
    v = body + str((10 - s % 10) % 10)
    assert clabe_ok(v)
    return v


def cpf_value(rng):
    while True:
        n = _d(rng, 9)
        v = n + cpf._calc_check_digits(n)
        if cpf.is_valid(v):
            return v


def cnpj_value(rng):
    while True:
        n = _d(rng, 8) + "0001"
        v = n + cnpj.calc_check_digits(n)
        if cnpj.is_valid(v):
            return v


def nir_value(rng):
    while True:
        n = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _d(rng, 3)
            + _d(rng, 3)
        )
        v = n + nir.calc_check_digits(n)
        if nir.is_valid(v):
            return v


def de_tax_value(rng):
    while True:
        n = str(rng.randint(1, 9)) + _d(rng, 9)
        for c in DIG:
            if idnr.is_valid(n + c):
                return n + c


def nif_value(rng):
    while True:
        n = rng.choice("123") + _d(rng, 7)
        v = n + nif.calc_check_digit(n)
        if nif.is_valid(v):
            return v


def draw(t: str, rng: random.Random, country: str):
    """Draw one canonical value of entity type `t` for a locale's country."""
    return {
        "CREDIT_DEBIT_NUMBER": lambda: card(rng),
        "CREDIT_DEBIT_CVV": lambda: cvv(rng),
        "CREDIT_DEBIT_EXPIRY": lambda: expiry(rng),
        "PIN": lambda: pin(rng),
        "BANK_ACCOUNT_NUMBER": lambda: bank_account(rng, country),
        "BANK_ROUTING": lambda: routing(rng, country),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban_value(
            rng, country if rng.random() < 0.7 else None
        ),
        "SWIFT_CODE": lambda: swift(rng, country),
        "EMAIL": lambda: email(rng),
        "PHONE": lambda: phone(rng, country),
        "SSN": lambda: ssn_value(rng),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin_value(rng),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_value(rng),
        "PASSPORT_NUMBER": lambda: passport(rng, country),
        "DRIVER_ID": lambda: driver_id(rng, country),
        "PASSWORD": lambda: password(rng),
        "USERNAME": lambda: username(rng),
        "IP_ADDRESS": lambda: ip(rng),
        "MAC_ADDRESS": lambda: mac(rng),
        "AWS_ACCESS_KEY": lambda: aws_access_key(rng),
        "AWS_SECRET_KEY": lambda: aws_secret_key(rng),
        "ES_DNI": lambda: dni_value(rng),
        "ES_NIE": lambda: nie_value(rng),
        "MX_CURP": lambda: curp_value(rng),
        "MX_RFC": lambda: rfc_value(rng),
        "MX_CLABE": lambda: clabe_value(rng),
        "BR_CPF": lambda: cpf_value(rng),
        "BR_CNPJ": lambda: cnpj_value(rng),
        "FR_NIR": lambda: nir_value(rng),
        "DE_TAX_ID": lambda: de_tax_value(rng),
        "PT_NIF": lambda: nif_value(rng),
    }[t]()


def check_value(t: str, v: str) -> bool:
    """Check digits (or shape, where none exists) of a canonical value."""
    digits = "".join(c for c in v if c.isdigit())
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(v) and v[:6] in CARD_BINS,
        "BANK_ROUTING": lambda: aba_ok(v) if len(v) == 9 and v.isdigit() else bool(digits),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(v),
        "SWIFT_CODE": lambda: bic.is_valid(v),
        "PHONE": lambda: phone_ok(v),
        "SSN": lambda: ssn.is_valid(v),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(v),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_ok(v),
        "ES_DNI": lambda: dni.is_valid(v),
        "ES_NIE": lambda: nie.is_valid(v),
        "MX_CURP": lambda: curp.is_valid(v),
        "MX_RFC": lambda: rfc.is_valid(v),
        "MX_CLABE": lambda: clabe_ok(v),
        "BR_CPF": lambda: cpf.is_valid(v),
        "BR_CNPJ": lambda: cnpj.is_valid(v),
        "FR_NIR": lambda: nir.is_valid(v),
        "DE_TAX_ID": lambda: idnr.is_valid(v),
        "PT_NIF": lambda: nif.is_valid(v),
    }
    return checks.get(t, lambda: True)()


# ---- hard negatives ---------------------------------------------------------------------------

PHONE_REGIONS = ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"]


def passes_any_check(v: str) -> bool:
    """True when a digit string would pass a checksum or a phone validity test."""
    n = len(v)
    if luhn.is_valid(v) or aba_ok(v) or clabe_ok(v):
        return True
    for mod in (cpf, cnpj, nif, nir, idnr, ssn, itin):
        try:
            if mod.is_valid(v):
                return True
        except Exception:
            pass
    if n == 9 and v[:3] not in ("000", "666") and v[0] != "9":
        return True  # would be a well-formed SSN
    for r in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def lookalike(rng, n: int) -> str:
    # No 9-digit string fails everything (ES, PT and FR phone plans cover most of them).
    assert n != 9
    """Digits that look like an id or PIN but fail every checksum and are no valid phone."""
    while True:
        v = rng.choice(DIG[1:]) + _d(rng, n - 1)
        if not passes_any_check(v):
            return v
