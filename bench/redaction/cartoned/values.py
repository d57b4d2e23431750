"""Random synthetic PII values and hard negatives, valid where a checksum exists.

Every drawer takes a ``random.Random`` and returns the canonical value (the form a
validator accepts). Rendering into surface forms lives in ``render.py``.
"""

from __future__ import annotations

import random
import re
import string

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

DIGITS = string.digits
UPPER = string.ascii_uppercase

# Test BINs published by card networks and payment processors for sandbox use.
TEST_BINS = [
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


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(TEST_BINS)
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random, number: str = "") -> str:
    return digits(rng, 4 if number[:2] in ("34", "37") else 3)


def expiry(rng: random.Random) -> str:
    """MM/YY, a month in a year ahead of the corpus."""
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 33):02d}"


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice((4, 4, 4, 6)))


_SYLL = [
    "ka",
    "lo",
    "mi",
    "ra",
    "te",
    "su",
    "no",
    "vi",
    "pe",
    "da",
    "zu",
    "ri",
    "ba",
    "ne",
    "to",
    "xo",
]
_WORDS = [
    "Tulipa",
    "Cometa",
    "Girasol",
    "Nube",
    "Pantera",
    "Koala",
    "Marmota",
    "Falke",
    "Loup",
    "Cactus",
    "Pinguino",
    "Sardinha",
    "Wolke",
    "Brume",
    "Mango",
    "Orca",
    "Zebra",
    "Quokka",
]
_SYMBOLS = "!#$%&*?_-.+"


def password(rng: random.Random, url_safe: bool = False) -> str:
    syms = "!*_-.~" if url_safe else _SYMBOLS
    shape = rng.randrange(3)
    if shape == 0:
        return (
            rng.choice(_WORDS)
            + rng.choice(syms)
            + digits(rng, rng.randint(2, 4))
            + rng.choice(_WORDS).lower()
        )
    if shape == 1:
        alphabet = string.ascii_letters + DIGITS + syms
        while True:
            pw = "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
            if any(c.isdigit() for c in pw) and any(c.isalpha() for c in pw):
                return pw
    return (
        "".join(rng.choice(_SYLL) for _ in range(3)).capitalize()
        + digits(rng, 2)
        + rng.choice(syms)
    )


_FIRST = [
    "ana",
    "luis",
    "marta",
    "joao",
    "claire",
    "jonas",
    "lena",
    "pedro",
    "sofia",
    "tom",
    "noor",
    "ines",
    "mateo",
    "chloe",
    "felix",
    "bruna",
    "diego",
    "emma",
    "yuki",
    "omar",
    "lea",
    "rafa",
]
_LAST = [
    "quintero",
    "bellweather",
    "mossgrove",
    "dufresnel",
    "kranich",
    "pereira",
    "alvarado",
    "thistlewood",
    "marchetti",
    "lindqvist",
    "oyelaran",
    "sauveterre",
    "brandt",
    "teixeira",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.org",
    "example.test",
    "shop.example.net",
]


def username(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{f}_{last[:5]}{digits(rng, 2)}"
    if shape == 1:
        return f"{f[0]}{last}{digits(rng, rng.randint(1, 3))}"
    if shape == 2:
        return f"{f}.{last}"
    return f"{last[:4]}{f}{digits(rng, 4)}"


def email(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice(
        [f"{f}.{last}", f"{f}{last[:3]}{digits(rng, 2)}", f"{f[0]}.{last}", f"{last}_{f}"]
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


# Phones: fictional ranges where phonenumbers accepts them, else random numbers it accepts.
def _valid(number: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number))
    except phonenumbers.NumberParseException:
        return False


def phone(rng: random.Random, region: str) -> str:
    """E.164 form."""
    for _ in range(1000):
        if region == "US":
            n = f"+1{rng.choice(['202', '212', '305', '415', '512', '617', '718', '303'])}5550{rng.randint(100, 199)}"
        elif region == "GB":
            n = rng.choice(
                [
                    f"+442079460{digits(rng, 3)}",
                    f"+441134960{digits(rng, 3)}",
                    f"+447700900{digits(rng, 3)}",
                ]
            )
        elif region == "FR":  # ARCEP numbers reserved for fiction
            n = rng.choice(["+3319900", "+3326191", "+3335301", "+3346571", "+3353649"]) + digits(
                rng, 4
            )
        elif region == "DE":  # Bundesnetzagentur ranges for film and TV
            n = rng.choice(["+493023125", "+494066969", "+496990009", "+498999998"]) + digits(
                rng, 3
            )
        elif region == "ES":
            n = rng.choice(
                [
                    f"+346{digits(rng, 8)}",
                    f"+347{rng.choice('1234')}{digits(rng, 7)}",
                    f"+3491{digits(rng, 7)}",
                ]
            )
        elif region == "MX":
            area = rng.choice(["55", "33", "81", "222", "664"])
            n = f"+52{area}{digits(rng, 10 - len(area))}"
        elif region == "BR":
            n = f"+55{rng.choice(['11', '21', '31', '41', '51', '61', '71', '81'])}9{digits(rng, 8)}"
        elif region == "PT":
            n = rng.choice(
                [
                    f"+3519{rng.choice('1236')}{digits(rng, 7)}",
                    f"+3512{rng.choice('12')}{digits(rng, 7)}",
                ]
            )
        else:
            raise ValueError(region)
        if _valid(n) and phonenumbers.region_code_for_number(phonenumbers.parse(n)) == region:
            return n
    raise RuntimeError(region)


def bank_account(rng: random.Random, region: str) -> str:
    if region == "DE":
        return digits(rng, 10).lstrip("0").rjust(10, "1")
    if region == "BR":
        return f"{digits(rng, rng.randint(5, 8))}-{rng.choice(DIGITS)}"
    if region == "ES":
        bank, office, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)
        return bank + office + ccc.calc_check_digits(bank + office + "00" + account) + account
    if region == "FR":
        return digits(rng, 11)
    if region == "MX":
        return digits(rng, rng.choice((10, 11)))
    if region == "PT":
        return digits(rng, 11)
    if region == "GB":
        return digits(rng, 8)
    return digits(rng, rng.randint(8, 12))


def routing(rng: random.Random, region: str) -> str:
    if region == "DE":
        return f"{rng.randint(1, 8)}{digits(rng, 7)}"  # BLZ
    if region == "GB":
        return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"  # sort code
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
        ) + digits(rng, 6)
        for d in DIGITS:
            if rtn.is_valid(body + d):
                return body + d


_BBAN = {
    "DE": lambda r: digits(r, 18),
    "FR": lambda r: digits(r, 10) + digits(r, 11) + digits(r, 2),
    "PT": lambda r: digits(r, 21),
    "GB": lambda r: "".join(r.choice(UPPER) for _ in range(4)) + digits(r, 14),
    "BR": lambda r: digits(r, 23) + r.choice("CPM") + r.choice(UPPER + DIGITS),
    "ES": lambda r: bank_account(r, "ES"),
}


def iban_value(rng: random.Random, region: str) -> str:
    region = region if region in _BBAN else rng.choice(["DE", "ES", "FR", "PT"])
    for _ in range(1000):
        bban = _BBAN[region](rng)
        check = iban.calc_check_digits(region + "00" + bban)
        value = region + check + bban
        if iban.is_valid(value):
            return value
    raise RuntimeError(region)


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
    for _ in range(100):
        value = (
            "".join(rng.choice(UPPER) for _ in range(4))
            + country
            + rng.choice(UPPER)
            + rng.choice(UPPER + DIGITS)
        )
        if rng.random() < 0.4:
            value += rng.choice(["XXX", "" + rng.choice(UPPER) + digits(rng, 2)])
        if bic.is_valid(value):
            return value
    raise RuntimeError


def ssn_value(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def itin_value(rng: random.Random) -> str:
    while True:
        group = rng.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
        v = f"9{digits(rng, 2)}{group}{digits(rng, 4)}"
        if itin.is_valid(v):
            return f"{v[:3]}-{v[3:5]}-{v[5:]}"


_NINO_BAD_FIRST = set("DFIQUV")
_NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(v: str) -> bool:
    v = v.replace(" ", "").upper()
    return (
        len(v) == 9
        and v[:2].isalpha()
        and v[2:8].isdigit()
        and v[8] in "ABCD"
        and v[0] not in _NINO_BAD_FIRST
        and v[1] not in _NINO_BAD_FIRST | {"O"}
        and v[:2] not in _NINO_BAD_PREFIX
    )


def nino(rng: random.Random) -> str:
    while True:
        v = rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 6) + rng.choice("ABCD")
        if nino_valid(v):
            return v


def passport(rng: random.Random, region: str) -> str:
    if region == "US":
        return (
            rng.choice(["", rng.choice(UPPER)]) + digits(rng, 8)
            if rng.random() < 0.5
            else digits(rng, 9)
        )
    if region == "GB":
        return digits(rng, 9)
    if region == "ES":
        return "".join(rng.choice(UPPER) for _ in range(3)) + digits(rng, 6)
    if region == "FR":
        return digits(rng, 2) + rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 5)
    if region == "DE":
        alpha = "CFGHJKLMNPRTVWXYZ0123456789"
        return rng.choice("CFGHJK") + "".join(rng.choice(alpha) for _ in range(8))
    if region == "BR":
        return rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 6)
    if region == "PT":
        return rng.choice(UPPER) + digits(rng, 6)
    return rng.choice(UPPER) + digits(rng, 8)  # MX


def driver_id(rng: random.Random, region: str) -> str:
    if region == "US":
        return rng.choice(
            [
                rng.choice(UPPER) + digits(rng, 7),
                rng.choice(UPPER) + digits(rng, 12),
                digits(rng, 9),
            ]
        )
    if region == "GB":
        return (
            "".join(rng.choice(UPPER) for _ in range(5))
            + digits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + rng.choice(DIGITS)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    if region == "ES":
        return dni_value(rng)
    if region == "FR":
        return digits(rng, 12)
    if region == "DE":
        return (
            rng.choice(UPPER)
            + digits(rng, 2)
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(7))
            + rng.choice(DIGITS)
        )
    if region == "BR":
        return digits(rng, 11)
    if region == "PT":
        return rng.choice(["L", "P", "AV", "C"]) + "-" + digits(rng, 6) + " " + rng.choice(DIGITS)
    return rng.choice(UPPER) + digits(rng, 8)  # MX licencia


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(1, 254)}"


def mac_address(rng: random.Random) -> str:
    first = (rng.randrange(256) | 0x02) & 0xFE  # locally administered, unicast
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    sep = rng.choice([":", "-"])
    text = sep.join(f"{o:02x}" for o in octets)
    return text.upper() if rng.random() < 0.5 else text


_AWS = UPPER + "234567"


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(_AWS) for _ in range(16))


def aws_secret_key(rng: random.Random) -> str:
    alphabet = string.ascii_letters + DIGITS + "/+"
    return "".join(rng.choice(alphabet) for _ in range(40))


def dni_value(rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + dni.calc_check_digit(body)


def nie_value(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    return body + nie.calc_check_digit(body)


_CURP_STATES = [
    "AS",
    "BC",
    "CC",
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
_CONS = "BCDFGHJKLMNPQRSTVWXZ"


def curp_value(rng: random.Random) -> str:
    while True:
        yy, mm, dd = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice(_CONS)
            + rng.choice("AEIOU")
            + rng.choice(_CONS)
            + rng.choice(_CONS)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + rng.choice("HM")
            + rng.choice(_CURP_STATES)
            + rng.choice(_CONS)
            + rng.choice(_CONS)
            + rng.choice(_CONS)
            + "0"
        )
        value = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(value):
            return value


def rfc_value(rng: random.Random) -> str:
    while True:
        yy, mm, dd = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        homo = "".join(rng.choice(_CONS + "123456789") for _ in range(2))
        body = (
            rng.choice(_CONS)
            + rng.choice("AEIOU")
            + rng.choice(_CONS)
            + rng.choice(_CONS)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + homo
        )
        value = body + rfc.calc_check_digit(body)
        if rfc.is_valid(value):
            return value


def clabe_check(first17: str) -> str:
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(first17))
    return str((10 - total % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def clabe(rng: random.Random) -> str:
    body = rng.choice(
        ["002", "012", "014", "021", "030", "036", "044", "058", "072", "127", "137"]
    ) + digits(rng, 14)
    return body + clabe_check(body)


def cpf_value(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        value = cpf.compact(body + cpf._calc_check_digits(body))
        if cpf.is_valid(value):
            return cpf.format(value)


def cnpj_value(rng: random.Random) -> str:
    while True:
        body = digits(rng, 8) + "0001"
        value = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(value):
            return cnpj.format(value)


def nir_value(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.choice([13, 31, 33, 35, 44, 59, 69, 75, 92, 93]):02d}"
            + digits(rng, 3)
            + digits(rng, 3)
        )
        value = body + nir.calc_check_digits(body)
        if nir.is_valid(value):
            return value


def idnr_value(rng: random.Random) -> str:
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        first = pool[:9]
        repeat = rng.choice(first)
        body = first + [repeat]
        rng.shuffle(body)
        text = "".join(body)
        if text[0] == "0":
            continue
        value = text + mod_11_10.calc_check_digit(text)
        if idnr.is_valid(value):
            return value


def nif_value(rng: random.Random) -> str:
    while True:
        body = rng.choice("12356") + digits(rng, 7)
        value = body + nif.calc_check_digit(body)
        if nif.is_valid(value):
            return value


# ---------------------------------------------------------------- hard negatives
REGIONS = ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"]


def looks_like_pii(run: str) -> bool:
    """True if a digit run passes any checksum or phone check a redactor might use."""
    if not run:
        return False
    checks = [
        len(run) >= 2 and luhn.is_valid(run),
        len(run) == 9
        and (rtn.is_valid(run) or ssn.is_valid(run) or nif.is_valid(run) or itin.is_valid(run)),
        len(run) == 11 and (cpf.is_valid(run) or idnr.is_valid(run)),
        len(run) == 14 and cnpj.is_valid(run),
        len(run) in (13, 15) and nir.is_valid(run),
        len(run) == 18 and clabe_valid(run),
    ]
    if any(checks):
        return True
    if len(run) >= 5:
        for region in REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def negative_ok(text: str, strict: bool = True) -> bool:
    """Each digit run fails every check; strict also checks all runs joined together."""
    runs = "".join(c if c.isdigit() else " " for c in text).split()
    return not any(looks_like_pii(r) for r in runs + (["".join(runs)] if strict else []))


_MONTHS_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avr",
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


def _neg(kind: str, rng: random.Random, locale: str) -> str:
    lang, region = locale[:2], locale[-2:]
    d = lambda n: digits(rng, n)  # noqa: E731
    nz = lambda n: str(rng.randint(1, 9)) + digits(rng, n - 1)  # noqa: E731
    L = lambda n: "".join(rng.choice(UPPER) for _ in range(n))  # noqa: E731
    dec = "." if region in ("US", "GB", "MX") else ","
    if kind == "order":
        return rng.choice(
            [nz(rng.randint(6, 9)), f"{L(rng.randint(2, 3))}-{nz(rng.randint(5, 8))}", f"#{nz(7)}"]
        )
    if kind == "tracking":
        return rng.choice([f"{L(2)}{nz(9)}{L(2)}", f"1Z{L(3)}{d(3)}{L(2)}{d(7)}", nz(12)])
    if kind == "invoice":
        return rng.choice([f"INV-{nz(4)}-{d(5)}", f"F{d(2)}/{nz(6)}", f"{L(2)}{nz(8)}"])
    if kind == "ticket":
        return rng.choice([f"#{nz(6)}", f"TCK-{nz(6)}", f"{L(3)}-{nz(5)}", nz(8)])
    if kind == "policy":
        return rng.choice([f"POL-{nz(8)}", f"{L(2)}{nz(7)}-{d(2)}", f"{nz(3)}-{d(6)}-{d(2)}"])
    if kind == "contract":
        return rng.choice([f"CT{nz(8)}", f"{nz(4)}/{d(5)}", f"K-{nz(7)}"])
    if kind == "booking":
        return rng.choice(
            [L(6), f"{L(3)}{nz(3)}", f"{L(2)}{nz(1)}{L(3)}", f"{L(1)}{nz(2)}{L(2)}{d(1)}"]
        )
    if kind == "customer_ref":
        return rng.choice([f"CUST-{nz(6)}", f"{L(3)}{nz(7)}", f"C{nz(8)}"])
    if kind == "store":
        return rng.choice([nz(3), nz(4), f"{L(2)}-{nz(3)}"])
    if kind == "room":
        return rng.choice([nz(3), f"{L(1)}{nz(3)}", nz(4)])
    if kind == "seat":
        return f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}"
    if kind == "flight":
        return f"{rng.choice(['IB', 'AF', 'LH', 'TP', 'AM', 'LA', 'BA', 'UX', 'VY', 'AA'])}{rng.randint(10, 9999)}"
    if kind == "meter_reading":
        return rng.choice([nz(5), f"{nz(5)}{dec}{d(1)}", f"{nz(4)}{dec}{d(2)} kWh", f"{nz(3)} m³"])
    if kind == "price":
        cur = rng.choice(
            {
                "US": ["$", "$", "USD "],
                "GB": ["£", "£"],
                "ES": ["€", ""],
                "MX": ["$", "MXN ", "$"],
                "FR": ["€", ""],
                "DE": ["€", "", "EUR "],
                "BR": ["R$", "R$ "],
                "PT": ["€", ""],
            }[region]
        )
        amt = f"{rng.randint(1, 999)}{dec}{d(2)}"
        return f"{cur}{amt}" if cur else f"{amt} €"
    if kind == "amount":
        return rng.choice(
            [
                f"{rng.randint(10, 4999)}{dec}{d(2)}",
                f"{rng.randint(1, 99)}{',' if dec == '.' else '.'}{d(3)}",
                str(rng.randint(20, 900)),
            ]
        )
    if kind == "quantity":
        return str(rng.randint(2, 60))
    if kind == "count":
        return str(rng.randint(2, 30))
    if kind == "percentage":
        return rng.choice(
            [f"{rng.randint(1, 99)}%", f"{rng.randint(1, 30)}{dec}{rng.randint(1, 9)} %"]
        )
    if kind == "date":
        day, mon, yr = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026)
        if lang == "en":
            return rng.choice(
                [
                    f"{mon}/{day}/{yr}",
                    f"{_MONTHS_ABBR['en'][mon - 1]} {day}",
                    f"{yr}-{mon:02d}-{day:02d}",
                ]
            )
        return rng.choice(
            [
                f"{day}/{mon}/{yr}",
                f"{day:02d}.{mon:02d}.{yr}",
                f"{day} {_MONTHS_ABBR[lang][mon - 1]}",
                f"{day}/{mon:02d}",
            ]
        )
    if kind == "time":
        h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        if lang == "en":
            return rng.choice(
                [
                    f"{h % 12 or 12}:{m:02d}pm",
                    f"{h % 12 or 12}{'am' if h < 12 else 'pm'}",
                    f"{h:02d}:{m:02d}",
                ]
            )
        if lang == "fr":
            return rng.choice([f"{h}h{m:02d}", f"{h}h"])
        return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}h", f"{h}h"])
    if kind == "year":
        return str(rng.randint(1998, 2026))
    if kind == "duration":
        unit = {
            "en": ["days", "hours", "mins", "weeks"],
            "es": ["dias", "horas", "min", "semanas"],
            "fr": ["jours", "heures", "min", "semaines"],
            "de": ["Tage", "Std", "Min", "Wochen"],
            "pt": ["dias", "horas", "min", "semanas"],
        }[lang]
        return f"{rng.randint(2, 72)} {rng.choice(unit)}"
    if kind == "postal_code":
        return {
            "US": nz(5),
            "GB": f"{rng.choice(['SW', 'LS', 'M', 'EH', 'B'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{L(2)}",
            "ES": f"{rng.randint(1, 52):02d}{d(3)}",
            "MX": nz(5),
            "FR": nz(5),
            "DE": nz(5),
            "BR": f"{nz(5)}-{d(3)}",
            "PT": f"{nz(4)}-{d(3)}",
        }[region]
    if kind == "zip4":
        return f"{nz(5)}-{d(4)}"
    if kind == "product_model":
        return rng.choice(
            [
                f"{L(2)}-{nz(4)}",
                f"{L(1)}{nz(2)} Pro",
                f"{L(3)}{nz(3)}{L(1)}",
                f"Galaxy {L(1)}{nz(2)}",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"{rng.randint(1, 17)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}",
            ]
        )
    if kind == "error_code":
        return rng.choice(
            [
                f"E{nz(3)}",
                f"ERR-{nz(4)}",
                f"0x{rng.randrange(0x1000, 0xFFFF):X}",
                f"{rng.choice(['404', '500', '503', '403'])}",
            ]
        )
    if kind == "data_size":
        return rng.choice(
            [
                f"{rng.randint(1, 512)} GB",
                f"{rng.randint(1, 999)}MB",
                f"{rng.randint(1, 20)}{dec}{rng.randint(1, 9)} GB",
                f"{rng.randint(2, 999)} Mbps",
            ]
        )
    if kind == "plate":
        return {
            "en": rng.choice([f"{L(3)} {nz(4)}", f"{L(2)}{d(2)} {L(3)}"]),
            "es": f"{nz(4)} {''.join(rng.choice(_CONS) for _ in range(3))}",
            "fr": f"{L(2)}-{nz(3)}-{L(2)}",
            "de": f"{L(1)}-{L(2)} {nz(4)}",
            "pt": rng.choice([f"{L(3)}{nz(1)}{L(1)}{d(2)}", f"{L(2)}-{d(2)}-{L(2)}"]),
        }[lang]
    raise KeyError(kind)


NEGATIVE_KINDS = [
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


_CONTEXTY = re.compile(
    r"PIN|CVV|CVC|SSN|DNI|NIE|NIF|CPF|RFC|IBAN|BIC|NIR|TIN|NIP|CURP|EXP|TEL|CC|DL|IP|MAC|KEY|PW"
)


def negative(kind: str, rng: random.Random, locale: str) -> str:
    for attempt in range(1000):
        value = _neg(kind, rng, locale)
        if _CONTEXTY.search(value.upper()) and kind not in ("version", "error_code"):
            continue
        if negative_ok(value, strict=attempt < 500):
            return value
    raise RuntimeError(kind)
