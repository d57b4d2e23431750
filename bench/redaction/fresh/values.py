"""Synthetic values for every entity type, valid where the type has a check digit.

Values are drawn at random and completed by trying each possible check digit until
python-stdnum (or phonenumbers) accepts the result, so the generator never relies on a
check-digit formula it wrote itself, except for the two types stdnum lacks (CLABE, NINO).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
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

UPPER = string.ascii_uppercase
DIGITS = string.digits

# Short code used in templates -> entity type written to the corpus.
TYPES: dict[str, str] = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
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


@dataclass(frozen=True)
class Value:
    """A synthetic value: its canonical form plus the facts renderings need."""

    code: str
    canonical: str  # compact form (digits/letters), or the exact string for EMAIL/PWD/IP/MAC
    country: str
    groups: tuple[str, ...] = ()  # the usual print grouping, used by spaced and multi renderings
    extra: tuple[str, ...] = ()  # expiry: (month, year4); phone: (national, international)


def _digits(rng: random.Random, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def _complete(body: str, suffixes: list[str], ok: Callable[[str], bool]) -> str | None:
    for s in suffixes:
        if ok(body + s):
            return body + s
    return None


_ONE = [str(d) for d in range(10)]
_TWO = [f"{d:02d}" for d in range(100)]


def _retry(rng: random.Random, make: Callable[[random.Random], str | None]) -> str:
    for _ in range(5000):
        v = make(rng)
        if v is not None:
            return v
    raise RuntimeError("value generator gave up")


def _group(s: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        if s[i : i + n]:
            out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return tuple(out)


# Test-card style prefixes of several networks; the rest is random and Luhn completed.
_CARD_PREFIXES = ["4111", "4000", "4242", "4012", "4929", "5555", "5105", "5200", "2223", "6011"]


def card(rng: random.Random, country: str) -> Value:
    if rng.random() < 0.12:
        body = rng.choice(["3782", "3714", "3400"]) + _digits(rng, 10)
        v = _complete(body, _ONE, luhn.is_valid)
        assert v
        return Value("CARD", v, country, _group(v, (4, 6, 5)))
    body = rng.choice(_CARD_PREFIXES) + _digits(rng, 11)
    v = _complete(body, _ONE, luhn.is_valid)
    assert v
    return Value("CARD", v, country, _group(v, (4, 4, 4, 4)))


def cvv(rng: random.Random, country: str) -> Value:
    v = _digits(rng, rng.choice([3, 3, 3, 4]))
    return Value("CVV", v, country, (v,))


def pin(rng: random.Random, country: str) -> Value:
    v = _digits(rng, rng.choice([4, 4, 4, 6]))
    return Value("PIN", v, country, (v,))


def expiry(rng: random.Random, country: str) -> Value:
    month = rng.randint(1, 12)
    year = rng.randint(2026, 2031)
    mm, yy = f"{month:02d}", str(year)
    return Value("EXP", mm + yy[2:], country, (mm, yy[2:]), (mm, yy))


_PWD_WORDS = [
    "girasol",
    "Tiburon",
    "pelota",
    "Hamster",
    "lunaazul",
    "Maracuja",
    "sommerwind",
    "Papillon",
    "chocolat",
    "Bacalhau",
    "Sunflower",
    "bluejay",
    "Kaffee",
    "mariposa",
    "Tartaruga",
    "Zebra",
]
_PUNCT = "!#*_.-$?"


def password(rng: random.Random, country: str) -> Value:
    word = rng.choice(_PWD_WORDS)
    if rng.random() < 0.3:
        word = word.replace("a", "4").replace("o", "0", 1)
    parts = [word, rng.choice(_PUNCT), _digits(rng, rng.randint(2, 4))]
    if rng.random() < 0.4:
        parts.append(rng.choice(UPPER))
    rng.shuffle(parts[1:])
    return Value("PWD", "".join(parts), country)


def _ccc(rng: random.Random) -> str:
    def make(r: random.Random) -> str | None:
        body = _digits(r, 8)
        acct = _digits(r, 10)
        return _complete("", [body + cd + acct for cd in _TWO], ccc.is_valid)

    return _retry(rng, make)


def account(rng: random.Random, country: str) -> Value:
    if country == "ES":
        v = _ccc(rng)
        return Value("ACCT", v, country, _group(v, (4, 4, 2, 10)))
    if country == "GB":
        v = _digits(rng, 8)
        return Value("ACCT", v, country, (v[:4], v[4:]))
    if country == "DE":
        v = _digits(rng, 10, "123456789")
        return Value("ACCT", v, country, (v[:3], v[3:6], v[6:]))
    if country == "BR":
        v = _digits(rng, rng.choice([5, 6, 8]), "123456789") + _digits(rng, 1)
        return Value("ACCT", v, country, (v[:-1], v[-1]))
    if country == "FR":
        v = _digits(rng, 11)
        return Value("ACCT", v, country, (v[:5], v[5:]))
    if country == "PT":
        v = _digits(rng, 11, "0")
        return Value("ACCT", v, country, (v[:4], v[4:8], v[8:]))
    v = _digits(rng, rng.choice([8, 10, 11, 12]), "123456789")
    return Value("ACCT", v, country, _group(v, (4, 4, 4)))


def routing(rng: random.Random, country: str) -> Value:
    if country == "GB":
        v = _digits(rng, 6, "123456789")
        return Value("ROUTING", v, country, (v[:2], v[2:4], v[4:]))
    if country == "DE":
        v = _digits(rng, 8, "12345678")
        return Value("ROUTING", v, country, (v[:3], v[3:6], v[6:]))
    if country == "BR":
        v = _digits(rng, 4, "123456789")
        return Value("ROUTING", v, country, (v,))
    if country == "FR":
        v = _digits(rng, 5, "123")
        return Value("ROUTING", v, country, (v,))

    def make(r: random.Random) -> str | None:
        body = r.choice(
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
                "11",
                "12",
                "21",
                "22",
                "26",
                "31",
            ]
        ) + _digits(r, 6)
        return _complete(body, _ONE, rtn.is_valid)

    v = _retry(rng, make)
    return Value("ROUTING", v, "US", (v,))


def _fr_rib_key(bank: str, branch: str, acct: str) -> str:
    # The RIB key: 97 - (89*bank + 15*branch + 3*account) mod 97 (digits-only accounts here).
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def _pt_nib_check(body19: str) -> str:
    return f"{98 - (int(body19) * 100) % 97:02d}"


_IBAN_COUNTRIES = ("ES", "DE", "FR", "PT", "GB")


def iban_value(rng: random.Random, country: str) -> Value:
    cc = country if country in (*_IBAN_COUNTRIES, "BR") else rng.choice(_IBAN_COUNTRIES)
    if cc == "ES":
        bban = _ccc(rng)
    elif cc == "DE":
        bban = _digits(rng, 8, "12345678") + _digits(rng, 10)
    elif cc == "FR":
        bank, branch, acct = _digits(rng, 5, "123"), _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + acct + _fr_rib_key(bank, branch, acct)
    elif cc == "PT":
        body = "00" + _digits(rng, 2) + _digits(rng, 4) + _digits(rng, 11)
        bban = body + _pt_nib_check(body)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + _digits(rng, 6) + _digits(rng, 8)
    else:
        bban = (
            _digits(rng, 8)
            + _digits(rng, 5)
            + _digits(rng, 10)
            + rng.choice("CP")
            + rng.choice(UPPER[:12])
        )
    v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
    return Value("IBAN", v, cc, tuple(v[i : i + 4] for i in range(0, len(v), 4)))


_BANKS = [
    "DEUT",
    "CAIX",
    "BSCH",
    "BNPA",
    "SOGE",
    "COBA",
    "BARC",
    "NWBK",
    "BCOM",
    "CGDI",
    "ITAU",
    "BRAS",
    "BNMX",
    "BOFA",
    "CHAS",
]
_SWIFT_CC = {
    "ES": "ES",
    "DE": "DE",
    "FR": "FR",
    "PT": "PT",
    "GB": "GB",
    "BR": "BR",
    "MX": "MX",
    "US": "US",
}


def swift(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        v = (
            r.choice(_BANKS)
            + _SWIFT_CC.get(country, "ES")
            + r.choice(UPPER)
            + r.choice(UPPER + DIGITS)
        )
        if r.random() < 0.4:
            v += r.choice(["XXX", "MAD", "BER", "PAR", "LIS", "SAO", "123", "A10"])
        return v if bic.is_valid(v) else None

    v = _retry(rng, make)
    return Value("SWIFT", v, country, (v,))


def ssn_value(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        v = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        return v if ssn.is_valid(v) else None

    v = _retry(rng, make)
    return Value("SSN", v, "US", (v[:3], v[3:5], v[5:]))


def itin_value(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        group = r.choice(
            list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
        )
        v = f"9{r.randint(0, 99):02d}{group:02d}{r.randint(0, 9999):04d}"
        return v if itin.is_valid(v) else None

    v = _retry(rng, make)
    return Value("ITIN", v, "US", (v[:3], v[3:5], v[5:]))


def passport(rng: random.Random, country: str) -> Value:
    if country == "ES":
        v = rng.choice(["PAA", "PAB", "PAC", "XDA"]) + _digits(rng, 6)
    elif country == "FR":
        v = _digits(rng, 2) + rng.choice(UPPER) + rng.choice(UPPER) + _digits(rng, 5)
    elif country == "DE":
        v = rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    elif country == "BR":
        v = rng.choice(["FZ", "GA", "FT", "YB"]) + _digits(rng, 6)
    elif country == "PT":
        v = rng.choice(["C", "N", "P"]) + _digits(rng, 6)
    elif country == "MX":
        v = rng.choice("GN") + _digits(rng, 8)
    elif country == "GB":
        v = _digits(rng, 9, "12345")
    else:
        v = rng.choice(["", "A", "C"]) + _digits(rng, 9 if rng.random() < 0.5 else 8)
    return Value("PASSPORT", v, country, (v,))


def driver_id(rng: random.Random, country: str) -> Value:
    if country == "GB":
        v = (
            "".join(rng.choice(UPPER) for _ in range(5))
            + _digits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + rng.choice(DIGITS)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    elif country == "DE":
        v = (
            rng.choice(UPPER)
            + _digits(rng, 3)
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
            + rng.choice(DIGITS)
        )
    elif country == "FR":
        v = _digits(rng, 12)
    elif country == "BR":
        v = _digits(rng, 11, "0123456")
    elif country == "PT":
        v = rng.choice(["L", "P", "C", "AV"]) + "-" + _digits(rng, 6) + " " + rng.choice(DIGITS)
    elif country == "ES":
        v = _digits(rng, 8)  # the carné number is the holder's DNI digits without the letter
    elif country == "MX":
        v = rng.choice(UPPER) + rng.choice(UPPER) + _digits(rng, 9)
    else:
        v = rng.choice(UPPER) + _digits(rng, 7)
    return Value("DL", v, country, (v,))


_LOCALS = [
    "ana",
    "lucia",
    "marco",
    "jpsilva",
    "kbauer",
    "cmartin",
    "drosa",
    "thegreen",
    "fefa",
    "nuno",
    "lea",
    "mgarcia",
    "tomk",
    "isadora",
    "hugo.b",
    "ruth",
]
_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "PT": ["sapo.pt", "gmail.com", "hotmail.com"],
}


def email(rng: random.Random, country: str) -> Value:
    local = rng.choice(_LOCALS)
    r = rng.random()
    if r < 0.5:
        local += _digits(rng, rng.randint(2, 4))
    elif r < 0.7:
        local += rng.choice(["_", ".", ""]) + rng.choice(["x", "work", "br", "compras", "perso"])
    v = local + "@" + rng.choice(_DOMAINS.get(country, _DOMAINS["US"]))
    return Value("EMAIL", v, country)


# National number shapes per country; the random draw is kept only if phonenumbers agrees.
_PHONE_SHAPES: dict[str, list[tuple[str, int]]] = {
    "US": [("201555", 4), ("312555", 4), ("415555", 4), ("646", 7), ("713", 7)],
    "GB": [("7700", 6), ("7911", 6), ("7400", 6), ("20", 8), ("161", 7)],
    "ES": [("6", 8), ("7", 8), ("91", 7), ("93", 7)],
    "MX": [("55", 8), ("33", 8), ("81", 8)],
    "FR": [("6", 8), ("7", 8), ("1", 8), ("4", 8)],
    "DE": [("151", 8), ("160", 7), ("170", 7), ("30", 8), ("89", 8)],
    "BR": [("119", 8), ("219", 8), ("31", 8), ("619", 8)],
    "PT": [("91", 7), ("93", 7), ("96", 7), ("21", 7)],
}


def phone(rng: random.Random, country: str) -> Value:
    cc = country if country in _PHONE_SHAPES else "US"

    def make(r: random.Random) -> str | None:
        prefix, n = r.choice(_PHONE_SHAPES[cc])
        nsn = prefix + _digits(r, n)
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(cc)) + nsn)
        return nsn if phonenumbers.is_valid_number_for_region(num, cc) else None

    nsn = _retry(rng, make)
    num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(cc)) + nsn)
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return Value(
        "PHONE",
        nsn,
        cc,
        tuple(national.replace("(", "").replace(")", "").replace("-", " ").split()),
        (national, intl),
    )


def ip(rng: random.Random, country: str) -> Value:
    r = rng.random()
    if r < 0.2:
        v = f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    elif r < 0.5:
        v = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(2, 254))
    elif r < 0.75:
        v = f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    else:
        v = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return Value("IP", v, country)


def mac(rng: random.Random, country: str) -> Value:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    r = rng.random()
    if r < 0.45:
        v = ":".join(octets)
    elif r < 0.8:
        v = "-".join(octets).upper()
    else:
        h = "".join(octets)
        v = ".".join([h[:4], h[4:8], h[8:]])
    return Value("MAC", v, country)


_B32 = UPPER + "234567"
_B64 = UPPER + string.ascii_lowercase + DIGITS + "+/"


def aws_access_key(rng: random.Random, country: str) -> Value:
    v = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(_B32) for _ in range(16))
    return Value("AKID", v, country)


def aws_secret_key(rng: random.Random, country: str) -> Value:
    v = "".join(rng.choice(_B64) for _ in range(40))
    return Value("ASK", v, country)


_NINO_BAD_FIRST = set("DFIQUV")
_NINO_BAD_SECOND = set("DFIOQUV")
_NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_is_valid(v: str) -> bool:
    """HMRC's published prefix rules (stdnum has no module for the NINO)."""
    return (
        len(v) == 9
        and v[0] in UPPER
        and v[1] in UPPER
        and v[0] not in _NINO_BAD_FIRST
        and v[1] not in _NINO_BAD_SECOND
        and v[:2] not in _NINO_BAD_PAIRS
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


def nino(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        v = r.choice(UPPER) + r.choice(UPPER) + _digits(r, 6) + r.choice("ABCD")
        return v if nino_is_valid(v) and not v.startswith("QQ") else None

    v = _retry(rng, make)
    return Value("NINO", v, "GB", (v[:2], v[2:4], v[4:6], v[6:8], v[8]))


def dni_value(rng: random.Random, country: str) -> Value:
    v = _complete(_digits(rng, 8), list(UPPER), dni.is_valid)
    assert v
    return Value("DNI", v, "ES", (v[:-1], v[-1]))


def nie_value(rng: random.Random, country: str) -> Value:
    v = _complete(rng.choice("XYZ") + _digits(rng, 7), list(UPPER), nie.is_valid)
    assert v
    return Value("NIE", v, "ES", (v[0], v[1:-1], v[-1]))


_CONS = "BCDFGHJKLMNPQRSTVWXZ"
_VOW = "AEIOU"
_STATES = [
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
    "VZ",
    "YN",
]


def _birth(r: random.Random) -> str:
    return f"{r.randint(55, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def curp_value(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        body = (
            r.choice(_CONS)
            + r.choice(_VOW)
            + r.choice(_CONS)
            + r.choice(_VOW)
            + _birth(r)
            + r.choice("HM")
            + r.choice(_STATES)
            + r.choice(_CONS)
            + r.choice(_CONS)
            + r.choice(_CONS)
            + r.choice(DIGITS)
        )
        v = body + curp.calc_check_digit(body)
        return v if curp.is_valid(v) else None

    v = _retry(rng, make)
    return Value("CURP", v, "MX", (v,))


def rfc_value(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        if r.random() < 0.8:
            head = r.choice(_CONS) + r.choice(_VOW) + r.choice(_CONS) + r.choice(_VOW)
        else:
            head = r.choice(_CONS) + r.choice(_VOW) + r.choice(_CONS)
        body = (
            head + _birth(r) + r.choice(UPPER[:14] + DIGITS[1:]) + r.choice(UPPER[:14] + DIGITS[1:])
        )
        v = body + rfc.calc_check_digit(body)
        return v if rfc.is_valid(v) else None

    v = _retry(rng, make)
    return Value("RFC", v, "MX", (v,))


def clabe_is_valid(v: str) -> bool:
    """Banxico's CLABE control digit: weights 3,7,1 (stdnum has no CLABE module)."""
    if len(v) != 18 or not v.isdigit():
        return False
    total = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(v[:17]))
    return (10 - total % 10) % 10 == int(v[17])


def clabe_value(rng: random.Random, country: str) -> Value:
    body = (
        rng.choice(["002", "012", "014", "021", "030", "072", "127"])
        + _digits(rng, 3)
        + _digits(rng, 11)
    )
    v = _complete(body, _ONE, clabe_is_valid)
    assert v
    return Value("CLABE", v, "MX", (v[:3], v[3:6], v[6:17], v[17]))


def cpf_value(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        return _complete(_digits(r, 9), _TWO, cpf.is_valid)

    v = _retry(rng, make)
    return Value("CPF", v, "BR", (v[:3], v[3:6], v[6:9], v[9:]))


def cnpj_value(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        return _complete(_digits(r, 8, "123456789") + "0001", _TWO, cnpj.is_valid)

    v = _retry(rng, make)
    return Value("CNPJ", v, "BR", (v[:2], v[2:5], v[5:8], v[8:12], v[12:]))


def nir_value(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        body = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}"
            + f"{r.randint(1, 12):02d}"
            + f"{r.randint(1, 95):02d}"
            + _digits(r, 3)
            + _digits(r, 3)
        )
        return _complete(body, _TWO, nir.is_valid)

    v = _retry(rng, make)
    return Value("NIR", v, "FR", (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]))


def stid_value(rng: random.Random, country: str) -> Value:
    def make(r: random.Random) -> str | None:
        body = _digits(r, 10, "123456789")
        v = _complete(body, _ONE, idnr.is_valid)
        # stdnum does not forbid a digit three times in a row; real IdNrs never have it.
        if v is None or any(v[i] == v[i + 1] == v[i + 2] for i in range(len(v) - 2)):
            return None
        return v

    v = _retry(rng, make)
    return Value("STID", v, "DE", (v[:2], v[2:5], v[5:8], v[8:]))


def nif_value(rng: random.Random, country: str) -> Value:
    v = _complete(rng.choice("123568") + _digits(rng, 7), _ONE, nif.is_valid)
    assert v
    return Value("NIF", v, "PT", (v[:3], v[3:6], v[6:]))


GENERATORS: dict[str, Callable[[random.Random, str], Value]] = {
    "CARD": card,
    "CVV": cvv,
    "EXP": expiry,
    "PIN": pin,
    "PWD": password,
    "ACCT": account,
    "ROUTING": routing,
    "IBAN": iban_value,
    "SWIFT": swift,
    "SSN": ssn_value,
    "ITIN": itin_value,
    "PASSPORT": passport,
    "DL": driver_id,
    "EMAIL": email,
    "PHONE": phone,
    "IP": ip,
    "MAC": mac,
    "AKID": aws_access_key,
    "ASK": aws_secret_key,
    "NINO": nino,
    "DNI": dni_value,
    "NIE": nie_value,
    "CURP": curp_value,
    "RFC": rfc_value,
    "CLABE": clabe_value,
    "CPF": cpf_value,
    "CNPJ": cnpj_value,
    "NIR": nir_value,
    "STID": stid_value,
    "NIF": nif_value,
}


def _es_ccc_ok(v: str) -> bool:
    return ccc.is_valid(v)


# Validators the generator re-runs on every canonical value before writing anything.
CHECKS: dict[str, Callable[[Value], bool]] = {
    "CARD": lambda v: luhn.is_valid(v.canonical) and len(v.canonical) in (15, 16),
    "IBAN": lambda v: iban.is_valid(v.canonical),
    "SWIFT": lambda v: bic.is_valid(v.canonical),
    "SSN": lambda v: ssn.is_valid(v.canonical),
    "ITIN": lambda v: itin.is_valid(v.canonical),
    "NINO": lambda v: nino_is_valid(v.canonical),
    "DNI": lambda v: dni.is_valid(v.canonical),
    "NIE": lambda v: nie.is_valid(v.canonical),
    "CURP": lambda v: curp.is_valid(v.canonical),
    "RFC": lambda v: rfc.is_valid(v.canonical),
    "CLABE": lambda v: clabe_is_valid(v.canonical),
    "CPF": lambda v: cpf.is_valid(v.canonical),
    "CNPJ": lambda v: cnpj.is_valid(v.canonical),
    "NIR": lambda v: nir.is_valid(v.canonical),
    "STID": lambda v: idnr.is_valid(v.canonical),
    "NIF": lambda v: nif.is_valid(v.canonical),
    "ROUTING": lambda v: v.country != "US" or rtn.is_valid(v.canonical),
    "ACCT": lambda v: v.country != "ES" or _es_ccc_ok(v.canonical),
    "PHONE": lambda v: phonenumbers.is_valid_number_for_region(
        phonenumbers.parse(v.extra[1], None), v.country
    ),
}


def make_value(code: str, rng: random.Random, country: str) -> Value:
    v = GENERATORS[code](rng, country)
    check = CHECKS.get(code)
    if check is not None and not check(v):
        raise ValueError(f"generated {code} fails its check")  # the generator must refuse to write
    return v
