"""Synthetic PII values and hard negatives, drawn from a caller's RNG.

Every identifier with a published checksum is drawn valid (python-stdnum, Luhn,
ABA, CLABE); phones are valid per phonenumbers, from fictional ranges where the
country has one. Negatives are redrawn until no digit-only check accepts them.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10, mod_97_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

TYPES = (
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

ALIASES = {
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
    "AKSEC": "AWS_SECRET_KEY",
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


@dataclass(frozen=True)
class Value:
    """A drawn value: `canon` is what the checksum validates, `groups` how people type it."""

    type: str
    canon: str
    groups: tuple[str, ...]
    sep: str  # the separator of the official printed form ("" when printed as one run)
    region: str = ""

    @property
    def plain(self) -> str:
        return self.sep.join(self.groups)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chunks(s: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        if s[i : i + n]:
            out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return tuple(out)


# ---- cards -------------------------------------------------------------------------------
_TEST_BINS = (
    "411111",
    "424242",
    "400005",
    "555555",
    "222300",
    "520082",
    "601111",
    "378282",
    "371449",
)


def card(rng: random.Random) -> Value:
    prefix = rng.choice(_TEST_BINS)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + _digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    return Value("CREDIT_DEBIT_NUMBER", number, _chunks(number, sizes), rng.choice(("", " ", " ")))


def cvv(rng: random.Random) -> Value:
    d = _digits(rng, rng.choice((3, 3, 3, 4)))
    return Value("CREDIT_DEBIT_CVV", d, (d,), "")


def expiry(rng: random.Random) -> Value:
    mm = f"{rng.randint(1, 12):02d}"
    yy = str(rng.randint(26, 33))
    year = rng.choice((yy, yy, "20" + yy))
    sep = rng.choice(("/", "/", "-"))
    return Value("CREDIT_DEBIT_EXPIRY", mm + year, (mm, year), sep)


def pin(rng: random.Random) -> Value:
    d = _digits(rng, rng.choice((4, 4, 4, 6)))
    return Value("PIN", d, (d,), "")


# ---- secrets and handles -----------------------------------------------------------------
_FIRST = (
    "ana",
    "luis",
    "maria",
    "joao",
    "pierre",
    "claire",
    "jonas",
    "lena",
    "sam",
    "priya",
    "diego",
    "lucia",
    "rafa",
    "ines",
    "marco",
    "hanna",
    "tom",
    "aisha",
    "bruno",
    "chloe",
    "yuki",
    "omar",
    "sofia",
    "felix",
    "beatriz",
    "noah",
    "carmen",
    "theo",
    "elif",
    "raul",
)
_LAST = (
    "perez",
    "garcia",
    "silva",
    "dubois",
    "muller",
    "schmidt",
    "costa",
    "martin",
    "lopez",
    "santos",
    "moreau",
    "fischer",
    "oliveira",
    "rossi",
    "nguyen",
    "kaur",
    "fernandes",
    "lefevre",
    "becker",
    "ramos",
    "okafor",
    "duarte",
    "weber",
    "navarro",
    "bernard",
)
_DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.org",
    "post.example.net",
    "inbox.test",
    "family.test",
    "empresa.example.com",
)


def _handle(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    shape = rng.randrange(7)
    if shape == 0:
        return f"{f}.{last}"
    if shape == 1:
        return f"{f[0]}{last}"
    if shape == 2:
        return f"{f}_{last[:3]}{_digits(rng, 2)}"
    if shape == 3:
        return f"{f}{last}{_digits(rng, rng.choice((2, 4)))}"
    if shape == 4:
        return f"{last}.{f[0]}"
    if shape == 5:
        return f"{f}-{last}"
    return f"{f}{rng.choice(('x', 'zz', 'oo', '_'))}{last[:2]}"


def email(rng: random.Random) -> Value:
    e = f"{_handle(rng)}@{rng.choice(_DOMAINS)}"
    return Value("EMAIL", e, (e,), "")


def username(rng: random.Random) -> Value:
    u = _handle(rng)
    return Value("USERNAME", u, (u,), "")


_PW_WORDS = (
    "Sol",
    "Gato",
    "Lune",
    "Hund",
    "Praia",
    "Tiger",
    "Mango",
    "Nube",
    "Blau",
    "Chat",
    "Pato",
    "Fuego",
    "Storm",
    "Kiwi",
    "Raton",
    "Vent",
    "Mar",
    "Lobo",
    "Fox",
    "Ciel",
)


def password(rng: random.Random, url_safe: bool = False) -> Value:
    symbols = "!#$%&*?_-+." if not url_safe else "!_-.~"
    shape = rng.randrange(3)
    if shape == 0:
        pw = (
            rng.choice(_PW_WORDS)
            + rng.choice(symbols)
            + _digits(rng, rng.randint(2, 4))
            + rng.choice(_PW_WORDS).lower()
        )
    elif shape == 1:
        alphabet = string.ascii_letters + string.digits + symbols
        pw = "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 14)))
        pw = rng.choice(string.ascii_letters) + pw + rng.choice(string.digits)
    else:
        pw = rng.choice(_PW_WORDS) + rng.choice(_PW_WORDS) + _digits(rng, 2) + rng.choice(symbols)
    return Value("PASSWORD", pw, (pw,), "")


_B32 = string.ascii_uppercase + "234567"


def aws_access_key(rng: random.Random) -> Value:
    k = rng.choice(("AKIA", "AKIA", "ASIA")) + "".join(rng.choice(_B32) for _ in range(16))
    return Value("AWS_ACCESS_KEY", k, (k,), "")


def aws_secret_key(rng: random.Random) -> Value:
    alphabet = string.ascii_letters + string.digits + "/+"
    k = "".join(rng.choice(alphabet) for _ in range(40))
    k = rng.choice(string.ascii_letters) + k[1:-1] + rng.choice(string.ascii_letters)
    return Value("AWS_SECRET_KEY", k, (k,), "")


def ip_address(rng: random.Random) -> Value:
    if rng.random() < 0.2:
        a = f"2001:db8:{rng.randrange(1, 0xFFFF):x}::{rng.randrange(1, 0xFFFF):x}"
        return Value("IP_ADDRESS", a, (a,), "")
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    a = f"{net}.{rng.randint(1, 254)}"
    return Value("IP_ADDRESS", a, (a,), "")


def mac_address(rng: random.Random) -> Value:
    first = rng.randrange(256) & 0b11111100 | 0b10  # locally administered, unicast
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    hexes = tuple(f"{o:02x}" if rng.random() < 0.5 else f"{o:02X}" for o in octets)
    case = rng.choice((str.lower, str.upper))
    hexes = tuple(case(h) for h in hexes)
    return Value("MAC_ADDRESS", "".join(hexes).lower(), hexes, ":")


# ---- phones -----------------------------------------------------------------------------
def phone(rng: random.Random, region: str) -> Value:
    for _ in range(500):
        if region == "US":
            raw = f"+1{rng.choice(('202', '312', '415', '617', '305', '512'))}5550{rng.randint(100, 199)}"
        elif region == "GB":
            raw = rng.choice(
                (
                    f"+44207946{rng.randint(0, 999):04d}",
                    f"+44113496{rng.randint(0, 999):04d}",
                    f"+447700900{rng.randint(0, 999):03d}",
                )
            )
        elif region == "FR":
            raw = f"+33199{rng.randint(0, 999999):06d}"
        elif region == "DE":
            raw = f"+493023125{rng.randint(0, 999):03d}"
        elif region == "ES":
            raw = "+34" + rng.choice("67") + _digits(rng, 8)
        elif region == "MX":
            raw = "+52" + rng.choice(("55", "33", "81")) + _digits(rng, 8)
        elif region == "BR":
            raw = (
                "+55"
                + rng.choice(("11", "21", "31", "41"))
                + "9"
                + rng.choice("6789")
                + _digits(rng, 7)
            )
        elif region == "PT":
            raw = "+3519" + rng.choice("1236") + _digits(rng, 7)
        else:
            raise ValueError(region)
        num = phonenumbers.parse(raw, None)
        if phonenumbers.is_valid_number(num):
            break
    else:
        raise RuntimeError(region)
    intl = rng.random() < 0.45
    fmt = (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
        if intl
        else phonenumbers.PhoneNumberFormat.NATIONAL
    )
    text = phonenumbers.format_number(num, fmt)
    text = text.replace("(", "").replace(")", "")
    groups = tuple(g for g in text.replace("-", " ").split(" ") if g)
    sep = " " if rng.random() < 0.7 else ""
    if region == "MX" and not intl:
        groups = tuple(g for g in groups)
    return Value("PHONE", raw, groups, sep, region)


def phone_matches(surface_alnum: str, v: Value) -> bool:
    """True when the digits typed (with an optional leading +) name v's number."""
    text = surface_alnum
    try:
        num = phonenumbers.parse(text if not text.startswith("00") else "+" + text[2:], v.region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == v.canon


# ---- banking ----------------------------------------------------------------------------
def routing(rng: random.Random) -> Value:
    body = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + _digits(rng, 6)
    number = body + rtn.calc_check_digit(body + "0")
    assert rtn.is_valid(number)
    return Value("BANK_ROUTING", number, (number,), "")


def account(rng: random.Random, lang: str) -> Value:
    if lang == "de":
        n = str(rng.randint(1, 9)) + _digits(rng, 9)
        return Value("BANK_ACCOUNT_NUMBER", n, _chunks(n, (3, 3, 4)), "")
    if lang == "es":
        n = _digits(rng, 4) + _digits(rng, 4) + _digits(rng, 2) + _digits(rng, 10)
        return Value(
            "BANK_ACCOUNT_NUMBER", n, _chunks(n, (4, 4, 2, 10)), rng.choice(("", " ", "-"))
        )
    if lang == "pt":
        n = str(rng.randint(1, 9)) + _digits(rng, rng.choice((5, 7))) + "-" + _digits(rng, 1)
        return Value("BANK_ACCOUNT_NUMBER", n.replace("-", ""), tuple(n.split("-")), "-")
    if lang == "fr":
        n = _digits(rng, 11)
        return Value("BANK_ACCOUNT_NUMBER", n, _chunks(n, (4, 4, 3)), "")
    n = str(rng.randint(1, 9)) + _digits(rng, rng.choice((7, 9, 11)))
    return Value("BANK_ACCOUNT_NUMBER", n, _chunks(n, (4, 4, 4)), "")


def _iban_from(cc: str, bban: str) -> str:
    check = mod_97_10.calc_check_digits(bban + cc)
    return cc + check + bban


def international_account(rng: random.Random, lang: str) -> Value:
    cc = {
        "en": rng.choice(("GB", "DE", "IE")),
        "es": "ES",
        "fr": "FR",
        "de": "DE",
        "pt": rng.choice(("PT", "PT", "BR")),
    }[lang]
    for _ in range(5000):
        if cc == "GB":
            bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + _digits(rng, 14)
        elif cc == "IE":
            bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + _digits(rng, 14)
        elif cc == "DE":
            bban = _digits(rng, 18)
        elif cc == "ES":
            bban = _digits(rng, 20)
        elif cc == "FR":
            bban = _digits(rng, 23)
        elif cc == "PT":
            bban = _digits(rng, 21)
        else:  # BR
            bban = _digits(rng, 23) + rng.choice("CP") + rng.choice("123")
        number = _iban_from(cc, bban)
        if iban.is_valid(number):
            break
    else:
        raise RuntimeError(cc)
    groups = tuple(number[i : i + 4] for i in range(0, len(number), 4))
    return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", number, groups, rng.choice((" ", " ", "")))


def swift(rng: random.Random, lang: str) -> Value:
    cc = {
        "en": rng.choice(("GB", "US", "IE")),
        "es": rng.choice(("ES", "MX")),
        "fr": "FR",
        "de": "DE",
        "pt": rng.choice(("PT", "BR")),
    }[lang]
    for _ in range(100):
        bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        loc = rng.choice(string.ascii_uppercase + "23456789") + rng.choice(
            string.ascii_uppercase + string.digits
        )
        branch = rng.choice(
            ("", "XXX", "".join(rng.choice(string.ascii_uppercase) for _ in range(3)))
        )
        code = bank + cc + loc + branch
        if bic.is_valid(code):
            return Value("SWIFT_CODE", code, (code,), "")
    raise RuntimeError


def clabe_check(number17: str) -> str:
    weights = (3, 7, 1) * 6
    total = sum(int(d) * weights[i] % 10 for i, d in enumerate(number17))
    return str((10 - total % 10) % 10)


def clabe_valid(number: str) -> bool:
    return len(number) == 18 and number.isdigit() and clabe_check(number[:17]) == number[17]


def clabe(rng: random.Random) -> Value:
    body = (
        rng.choice(("002", "012", "014", "021", "072", "127", "137"))
        + rng.choice(("180", "320", "580", "650"))
        + _digits(rng, 11)
    )
    n = body + clabe_check(body)
    return Value("MX_CLABE", n, _chunks(n, (3, 3, 11, 1)), rng.choice(("", " ")))


# ---- national identifiers -------------------------------------------------------------
def us_ssn(rng: random.Random) -> Value:
    while True:
        n = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(n):
            return Value("SSN", n, _chunks(n, (3, 2, 4)), rng.choice(("-", "-", "")))


_ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def us_itin(rng: random.Random) -> Value:
    while True:
        n = f"9{rng.randint(0, 99):02d}{rng.choice(_ITIN_GROUPS):02d}{rng.randint(0, 9999):04d}"
        if itin.is_valid(n):
            return Value(
                "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
                n,
                _chunks(n, (3, 2, 4)),
                rng.choice(("-", "-", "")),
            )


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(n: str) -> bool:
    """HMRC's published rules: prefix letters, six digits, suffix A-D."""
    return (
        len(n) == 9
        and n[0] in "ABCEGHJKLMNOPRSTWXYZ"
        and n[1] in "ABCEGHJKLMNPRSTWXYZ"
        and n[:2] not in _NINO_BAD_PREFIX
        and n[2:8].isdigit()
        and n[8] in "ABCD"
    )


def gb_nino(rng: random.Random) -> Value:
    while True:
        n = (
            rng.choice("ABCEGHJKLMNOPRSTWXYZ")
            + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + _digits(rng, 6)
            + rng.choice("ABCD")
        )
        if nino_valid(n):
            return Value(
                "UK_NATIONAL_INSURANCE_NUMBER",
                n,
                (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                rng.choice(("", " ")),
            )


def passport(rng: random.Random, lang: str, locale: str) -> Value:
    up = string.ascii_uppercase
    if locale in ("en-US",):
        n = rng.choice(("", "A", "C")) + _digits(rng, 8)
        n = n if len(n) == 9 else str(rng.randint(1, 9)) + n
    elif locale == "en-GB":
        n = str(rng.randint(1, 9)) + _digits(rng, 8)
    elif locale == "es-ES":
        n = "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 6)
    elif locale == "es-MX":
        n = rng.choice(up) + _digits(rng, 8)
    elif lang == "fr":
        n = _digits(rng, 2) + "".join(rng.choice(up) for _ in range(2)) + _digits(rng, 5)
    elif lang == "de":
        n = rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    elif locale == "pt-PT":
        n = rng.choice(up) + _digits(rng, 6)
    else:
        n = "".join(rng.choice(up) for _ in range(2)) + _digits(rng, 6)
    return Value("PASSPORT_NUMBER", n, (n,), "")


def driver_id(rng: random.Random, lang: str, locale: str) -> Value:
    up = string.ascii_uppercase
    if locale == "en-US":
        n = rng.choice(up) + _digits(rng, 7)
        groups: tuple[str, ...] = (n,)
    elif locale == "en-GB":
        last = rng.choice(_LAST).upper()[:5].ljust(5, "9")
        n = (
            last
            + _digits(rng, 6)
            + rng.choice(up)
            + rng.choice(up)
            + rng.choice("23456789")
            + rng.choice(up)
            + rng.choice(up)
        )
        groups = (n,)
    elif lang == "es":
        if locale == "es-MX":
            n = rng.choice(up) + _digits(rng, 8)
        else:
            d = _digits(rng, 8)
            n = d + dni.calc_check_digit(d)
        groups = (n,)
    elif lang == "fr":
        n = _digits(rng, 12)
        groups = _chunks(n, (2, 2, 2, 6))
    elif lang == "de":
        n = (
            rng.choice("BFJ")
            + _digits(rng, 3)
            + "".join(rng.choice(up + string.digits) for _ in range(6))
            + rng.choice(string.digits)
        )
        groups = (n,)
    elif locale == "pt-PT":
        n = rng.choice(("L", "P", "C", "F")) + "-" + _digits(rng, 6) + " " + _digits(rng, 1)
        groups = (n,)
        return Value("DRIVER_ID", n, groups, "")
    else:
        n = _digits(rng, 11)
        groups = (n,)
    return Value("DRIVER_ID", n, groups, "")


def es_dni(rng: random.Random) -> Value:
    d = _digits(rng, 8)
    n = d + dni.calc_check_digit(d)
    return Value("ES_DNI", n, (d, n[-1]), rng.choice(("", "", "-", " ")))


def es_nie(rng: random.Random) -> Value:
    d = rng.choice("XYZ") + _digits(rng, 7)
    n = d + nie.calc_check_digit(d)
    return Value("ES_NIE", n, (n[0], n[1:8], n[8]), rng.choice(("", "", "-")))


_CONS = "BCDFGHJKLMNPRSTVZ"
_VOW = "AEIOU"


def mx_curp(rng: random.Random) -> Value:
    states = sorted(curp._valid_states)
    while True:
        year = rng.randint(1950, 2006)
        head = rng.choice(_CONS) + rng.choice(_VOW) + rng.choice(_CONS) + rng.choice(_CONS + _VOW)
        body = (
            head
            + f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + rng.choice("HM")
            + rng.choice(states)
            + "".join(rng.choice(_CONS) for _ in range(3))
            + (
                rng.choice(string.digits)
                if year < 2000
                else rng.choice(string.ascii_uppercase[:10])
            )
        )
        n = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(n):
            return Value("MX_CURP", n, (n,), "")


def mx_rfc(rng: random.Random) -> Value:
    while True:
        if rng.random() < 0.8:
            head = (
                rng.choice(_CONS) + rng.choice(_VOW) + rng.choice(_CONS) + rng.choice(_CONS + _VOW)
            )
        else:
            head = "".join(rng.choice(_CONS + _VOW) for _ in range(3))
        body = (
            head
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + rng.choice("123456789ABCDEFGHIJKLMNPQRSTUV")
            + rng.choice("123456789ABCDEFGHIJKLMNPQRSTUVWXYZ")
        )
        n = body + rfc.calc_check_digit(body)
        if n[-1] in string.digits + "A" and rfc.is_valid(n, validate_check_digits=True):
            return Value(
                "MX_RFC",
                n,
                (head, n[len(head) : len(head) + 6], n[len(head) + 6 :]),
                rng.choice(("", "", "-", " ")),
            )


def br_cpf(rng: random.Random) -> Value:
    while True:
        d = _digits(rng, 9)
        n = d + cpf._calc_check_digits(d)
        if cpf.is_valid(n):
            return Value("BR_CPF", n, (n[:3], n[3:6], n[6:9], n[9:]), "")


def cpf_plain(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def br_cnpj(rng: random.Random) -> Value:
    while True:
        d = _digits(rng, 8) + rng.choice(("0001", "0001", "0002"))
        n = d + cnpj.calc_check_digits(d)
        if cnpj.is_valid(n):
            return Value("BR_CNPJ", n, (n[:2], n[2:5], n[5:8], n[8:12], n[12:]), "")


def cnpj_plain(n: str) -> str:
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"


def fr_nir(rng: random.Random) -> Value:
    while True:
        dept = rng.choice([f"{i:02d}" for i in range(1, 96) if i != 20] + ["2A", "2B"])
        body = (
            rng.choice("12")
            + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
            + dept
            + f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        )
        n = body + nir.calc_check_digits(body + "00")
        if nir.is_valid(n):
            return Value(
                "FR_NIR", n, (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]), " "
            )


def de_idnr(rng: random.Random) -> Value:
    while True:
        d = str(rng.randint(1, 9)) + _digits(rng, 9)
        n = d + mod_11_10.calc_check_digit(d)
        if idnr.is_valid(n):
            return Value("DE_TAX_ID", n, (n[:2], n[2:5], n[5:8], n[8:]), rng.choice(("", " ")))


def pt_nif(rng: random.Random) -> Value:
    while True:
        d = rng.choice("123") + _digits(rng, 7)
        n = d + nif.calc_check_digit(d)
        if nif.is_valid(n):
            return Value("PT_NIF", n, (n[:3], n[3:6], n[6:]), rng.choice(("", "", " ")))


LOCALE_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def draw(type_: str, rng: random.Random, lang: str, locale: str) -> Value:
    simple = {
        "CREDIT_DEBIT_NUMBER": card,
        "CREDIT_DEBIT_CVV": cvv,
        "CREDIT_DEBIT_EXPIRY": expiry,
        "PIN": pin,
        "PASSWORD": password,
        "USERNAME": username,
        "EMAIL": email,
        "BANK_ROUTING": routing,
        "IP_ADDRESS": ip_address,
        "MAC_ADDRESS": mac_address,
        "AWS_ACCESS_KEY": aws_access_key,
        "AWS_SECRET_KEY": aws_secret_key,
        "SSN": us_ssn,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": us_itin,
        "UK_NATIONAL_INSURANCE_NUMBER": gb_nino,
        "ES_DNI": es_dni,
        "ES_NIE": es_nie,
        "MX_CURP": mx_curp,
        "MX_RFC": mx_rfc,
        "MX_CLABE": clabe,
        "BR_CPF": br_cpf,
        "BR_CNPJ": br_cnpj,
        "FR_NIR": fr_nir,
        "DE_TAX_ID": de_idnr,
        "PT_NIF": pt_nif,
    }
    if type_ in simple:
        return simple[type_](rng)
    if type_ == "PHONE":
        return phone(rng, LOCALE_REGION[locale])
    if type_ == "BANK_ACCOUNT_NUMBER":
        return account(rng, lang)
    if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return international_account(rng, lang)
    if type_ == "SWIFT_CODE":
        return swift(rng, lang)
    if type_ == "PASSPORT_NUMBER":
        return passport(rng, lang, locale)
    if type_ == "DRIVER_ID":
        return driver_id(rng, lang, locale)
    raise KeyError(type_)


def checksum_ok(v: Value) -> bool:
    """Re-validate a drawn value with the library check for its type, where one exists."""
    t, c = v.type, v.canon
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c),
        "BANK_ROUTING": lambda: rtn.is_valid(c),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_valid(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c, validate_check_digits=True),
        "MX_CLABE": lambda: clabe_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(c, None)),
    }
    return checks[t]() if t in checks else True


# ---- hard negatives ----------------------------------------------------------------------
_PHONE_REGIONS = ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB")


def digits_pass_any_check(d: str) -> bool:
    """True when a digit run would pass one of the checks the brief lists."""
    if not d:
        return False
    n = len(d)
    if 12 <= n <= 19 and luhn.is_valid(d):
        return True
    if n == 9 and (rtn.is_valid(d) or ssn.is_valid(d) or nif.is_valid(d)):
        return True
    if n == 11 and (cpf.is_valid(d) or idnr.is_valid(d)):
        return True
    if n == 14 and cnpj.is_valid(d):
        return True
    if n == 15 and nir.is_valid(d):
        return True
    if n == 18 and clabe_valid(d):
        return True
    if n == 8 and dni.is_valid(d + dni.calc_check_digit(d)) and False:
        return True  # a bare 8-digit run has no DNI letter; see README
    if n >= 6:
        for region in _PHONE_REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


_MONTHS = {
    "en": (
        "Jan",
        "Feb",
        "March",
        "April",
        "May",
        "June",
        "July",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ),
    "es": (
        "enero",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
    ),
    "fr": (
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "sept",
        "oct",
        "nov",
        "dec",
    ),
    "de": (
        "Januar",
        "Feb",
        "Maerz",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
    ),
    "pt": (
        "janeiro",
        "fev",
        "marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "set",
        "out",
        "nov",
        "dez",
    ),
}
_CURRENCY = {
    "en-US": ("$", ""),
    "en-GB": ("£", ""),
    "es-ES": ("", " €"),
    "es-MX": ("$", " MXN"),
    "fr-FR": ("", " €"),
    "de-DE": ("", " EUR"),
    "pt-BR": ("R$ ", ""),
    "pt-PT": ("", "€"),
}

NEG_KINDS = (
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
    "postal",
    "zip4",
    "model",
    "version",
    "error",
    "size",
    "plate",
)


def _neg_raw(kind: str, rng: random.Random, lang: str, locale: str) -> str:
    up = string.ascii_uppercase
    dec = "," if lang in ("es", "fr", "de", "pt") and locale != "es-MX" else "."
    if kind == "order":
        return rng.choice(("", "#", "A", "W", "PO-")) + _digits(rng, rng.choice((6, 7, 8, 10)))
    if kind == "tracking":
        return rng.choice(
            (
                f"1Z{''.join(rng.choice(up + string.digits) for _ in range(16))}",
                f"{''.join(rng.choice(up) for _ in range(2))}{_digits(rng, 9)}{rng.choice(('ES', 'FR', 'DE', 'PT', 'BR', 'MX', 'GB'))}",
                _digits(rng, 12),
            )
        )
    if kind == "invoice":
        return (
            rng.choice(("INV-", "FAC-", "F", "RE-", "NF-", ""))
            + str(rng.randint(2023, 2026))
            + "-"
            + _digits(rng, 5)
        )
    if kind == "ticket":
        return rng.choice(("#", "TCK-", "INC", "")) + _digits(rng, rng.choice((5, 6, 7)))
    if kind == "policy":
        return rng.choice(("POL-", "P", "AP", "")) + _digits(rng, rng.choice((7, 8, 10)))
    if kind == "contract":
        return rng.choice(("CT-", "C", "K-", "")) + _digits(rng, rng.choice((6, 8, 9)))
    if kind == "booking":
        return "".join(rng.choice(up + "23456789") for _ in range(6))
    if kind == "customer_ref":
        return rng.choice(("CR", "CLI-", "KD", "REF")) + _digits(rng, rng.choice((6, 7, 8)))
    if kind == "store":
        return str(rng.randint(10, 999))
    if kind == "room":
        return str(rng.randint(101, 1240))
    if kind == "seat":
        return str(rng.randint(1, 42)) + rng.choice("ABCDEF")
    if kind == "flight":
        return rng.choice(("IB", "UX", "AF", "LH", "TP", "AM", "LA", "BA", "AA", "VY", "FR")) + str(
            rng.randint(10, 8999)
        )
    if kind == "meter":
        return str(rng.randint(1000, 99999)) + rng.choice(
            ("", " kWh", " m3", dec + str(rng.randint(0, 9)))
        )
    if kind == "price":
        a, b = _CURRENCY[locale]
        return f"{a}{rng.randint(3, 2500)}{dec}{rng.randint(0, 99):02d}{b}"
    if kind == "amount":
        a, b = _CURRENCY[locale]
        thou = "." if dec == "," else ","
        n = rng.randint(1000, 99999)
        return f"{a}{n // 1000}{thou}{n % 1000:03d}{b}"
    if kind == "quantity":
        unit = {"en": " pcs", "es": " uds", "fr": " pieces", "de": " Stk", "pt": " unid"}[lang]
        return str(rng.randint(2, 48)) + rng.choice(("", "x", unit))
    if kind == "count":
        return str(rng.randint(2, 60))
    if kind == "percent":
        return str(rng.randint(2, 95)) + rng.choice(("%", " %"))
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
        shape = rng.randrange(5)
        if shape == 0:
            return f"{m}/{d}/{y}" if locale == "en-US" else f"{d:02d}/{m:02d}/{y}"
        if shape == 1:
            return f"{y}-{m:02d}-{d:02d}"
        if shape == 2:
            return f"{d}.{m}." if lang == "de" else f"{d}/{m}"
        if shape == 3:
            mon = _MONTHS[lang][m - 1]
            return {
                "en": f"{mon} {d}",
                "es": f"{d} de {mon}",
                "fr": f"{d} {mon}",
                "de": f"{d}. {mon}",
                "pt": f"{d} de {mon}",
            }[lang]
        return f"{d:02d}.{m:02d}.{y}"
    if kind == "time":
        h, mi = rng.randint(0, 23), rng.choice((0, 15, 30, 45, 5, 50, 20))
        return rng.choice(
            (
                f"{h}:{mi:02d}",
                f"{h}h{mi:02d}" if mi else f"{h}h",
                f"{h % 12 or 12}{rng.choice(('am', 'pm', ' pm'))}",
            )
        )
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "duration":
        w = {
            "en": ("days", "hours", "min", "weeks"),
            "es": ("dias", "horas", "min", "semanas"),
            "fr": ("jours", "heures", "min", "semaines"),
            "de": ("Tage", "Stunden", "Min", "Wochen"),
            "pt": ("dias", "horas", "min", "semanas"),
        }[lang]
        return f"{rng.randint(2, 90)} {rng.choice(w)}"
    if kind == "postal":
        if locale == "en-GB":
            return (
                rng.choice(("SW1A", "EC2V", "M1", "LS6", "B15"))
                + " "
                + str(rng.randint(1, 9))
                + rng.choice(up)
                + rng.choice(up)
            )
        if locale == "pt-PT":
            return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
        if locale == "pt-BR":
            return f"{rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}"
        return f"{rng.randint(1001, 99999):05d}"
    if kind == "zip4":
        return f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"
    if kind == "model":
        return rng.choice(
            ("iPhone ", "Galaxy S", "Pixel ", "TL-WR", "Fritz!Box ", "HG", "Livebox ", "XR")
        ) + str(rng.randint(5, 7590))
    if kind == "version":
        return (
            f"{rng.choice(('v', ''))}{rng.randint(1, 17)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"
        )
    if kind == "error":
        return rng.choice(("E", "ERR-", "0x", "", "code ")) + str(rng.randint(100, 9999))
    if kind == "size":
        return f"{rng.choice((rng.randint(2, 512), rng.randint(1, 9)))}{rng.choice((' GB', 'GB', ' MB', ' Mbps', 'TB'))}"
    if kind == "plate":
        if lang == "es":
            return f"{rng.randint(1000, 9999)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
        if lang == "fr":
            return f"{''.join(rng.choice(up) for _ in range(2))}-{rng.randint(100, 999)}-{''.join(rng.choice(up) for _ in range(2))}"
        if lang == "de":
            return f"{rng.choice(('B', 'M', 'HH', 'K', 'F'))}-{''.join(rng.choice(up) for _ in range(2))} {rng.randint(10, 9999)}"
        if lang == "pt":
            return f"{''.join(rng.choice(up) for _ in range(3))}{rng.randint(1, 9)}{rng.choice(up)}{rng.randint(10, 99)}"
        return f"{''.join(rng.choice(up) for _ in range(2))}{rng.randint(10, 99)} {''.join(rng.choice(up) for _ in range(3))}"
    raise KeyError(kind)


def negative(kind: str, rng: random.Random, lang: str, locale: str) -> str:
    """A hard-negative number none of whose digit runs passes a listed check."""
    for _ in range(500):
        s = _neg_raw(kind, rng, lang, locale)
        if not any(digits_pass_any_check(run) for run in re.findall(r"\d+", s)):
            return s
    raise RuntimeError(kind)
