"""Synthetic PII values and hard negatives for the bundled corpus.

Every value is drawn from a seeded ``random.Random`` and, where the format has a
checksum, made valid with python-stdnum (or the published algorithm where stdnum
has no module: CLABE, UK NINO rules). Phones are checked with phonenumbers and come
from fictional/drama ranges where the country publishes one. Hard negatives that
are digits only are redrawn until they fail every checksum and phone check the
brief lists, so a redactor that masks them is over-redacting.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

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

REGIONS = ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB")

# Kind of the canonical core of each type: digit-only types can be spelled out or
# letter-substituted; "alnum" compare upper-case letters and digits; "exact" verbatim.
DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "PHONE",
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
}
EXACT_TYPES = {"PASSWORD", "USERNAME", "EMAIL", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "IP_ADDRESS"}
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


@dataclass(frozen=True)
class Value:
    """A drawn value: ``text`` is its usual written form, ``groups`` how people chunk it."""

    type: str
    text: str
    groups: tuple[str, ...]


def core(type_: str, text: str) -> str:
    """The canonical content of a value, ignoring layout."""
    if type_ in EXACT_TYPES:
        return text.lower() if type_ == "EMAIL" else text
    if type_ == "CREDIT_DEBIT_EXPIRY":
        return text  # expiries are compared as (month, year) by render.decode_expiry
    if type_ in DIGIT_TYPES:
        return "".join(c for c in text if c.isdigit())
    return "".join(c for c in text.upper() if c.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chunks(s: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return tuple(x for x in out if x)


def _luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


# Issuer test BINs (Visa/Mastercard/Amex/Discover test ranges).
_CARD_PREFIXES = (
    ("4111", 16),
    ("4000", 16),
    ("4242", 16),
    ("5555", 16),
    ("5105", 16),
    ("2223", 16),
    ("3782", 15),
    ("3714", 15),
    ("6011", 16),
)


def card(rng: random.Random) -> Value:
    prefix, length = rng.choice(_CARD_PREFIXES)
    num = _luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    groups = _chunks(num, sizes)
    return Value("CREDIT_DEBIT_NUMBER", " ".join(groups), groups)


def cvv(rng: random.Random) -> Value:
    v = _digits(rng, rng.choice((3, 3, 3, 4)))
    return Value("CREDIT_DEBIT_CVV", v, (v,))


def expiry(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(2026, 2033)


def pin(rng: random.Random) -> Value:
    v = _digits(rng, rng.choice((4, 4, 4, 6)))
    return Value("PIN", v, _chunks(v, (2, 2, 2)))


_WORDS = (
    "tiger",
    "Luna",
    "mango",
    "Rojo",
    "soleil",
    "Blume",
    "praia",
    "cafe",
    "Nube",
    "otter",
    "Fuchs",
    "sardinha",
    "pluie",
    "Kiwi",
    "gato",
    "Sky",
    "amarelo",
    "Wolke",
)


def password(rng: random.Random, url_safe: bool = False) -> Value:
    syms = "!_.-*" if url_safe else "!#$_.*?&-"
    shape = rng.randint(0, 3)
    if shape == 0:
        v = (
            rng.choice(_WORDS)
            + rng.choice(syms)
            + _digits(rng, rng.randint(2, 4))
            + rng.choice(_WORDS)
        )
    elif shape == 1:
        v = "".join(
            rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(9, 14))
        )
    elif shape == 2:
        w = rng.choice(_WORDS)
        v = (
            w.capitalize().replace("o", "0").replace("a", "@" if not url_safe else "4")
            + _digits(rng, 2)
            + rng.choice(syms)
        )
    else:
        v = rng.choice(_WORDS).lower() + rng.choice(_WORDS).upper() + _digits(rng, 3)
    return Value("PASSWORD", v, (v,))


_FIRST = (
    "ana",
    "joao",
    "maria",
    "pierre",
    "lena",
    "jose",
    "sam",
    "chloe",
    "lukas",
    "ines",
    "diego",
    "camille",
    "jonas",
    "beatriz",
    "pat",
    "rosa",
    "theo",
    "mila",
    "omar",
    "yuki",
)
_LAST = (
    "silva",
    "garcia",
    "martin",
    "muller",
    "costa",
    "lopez",
    "dubois",
    "schmidt",
    "pereira",
    "ruiz",
    "bernard",
    "weber",
    "santos",
    "moreno",
    "lefevre",
    "fischer",
)


def username(rng: random.Random) -> Value:
    f, l = rng.choice(_FIRST), rng.choice(_LAST)
    shape = rng.randint(0, 3)
    v = (
        f + "_" + l[:3] + _digits(rng, 2),
        f + "." + l,
        f[0] + l + _digits(rng, rng.randint(1, 3)),
        l + f.capitalize() + _digits(rng, 2),
    )[shape]
    return Value("USERNAME", v, (v,))


def email(rng: random.Random) -> Value:
    f, l = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice(
        (f + "." + l, f + l + _digits(rng, 2), f[0] + "_" + l, l + "." + f[0], f + _digits(rng, 4))
    )
    dom = rng.choice(
        (
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "correo.example.org",
            "example.test",
            "post.example.net",
        )
    )
    v = local + "@" + dom
    return Value("EMAIL", v, (v,))


def _phone_ok(num: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(num, None))
    except phonenumbers.NumberParseException:
        return False


def phone(rng: random.Random, region: str) -> Value:
    """A valid number of ``region``; fictional ranges for US, GB, FR, DE."""
    for _ in range(1000):
        if region == "US":
            area = rng.choice(("202", "212", "312", "415", "617", "713", "305", "206"))
            e164 = "+1" + area + "55501" + _digits(rng, 2)
        elif region == "GB":
            e164 = rng.choice(
                ("+442079460", "+441134960", "+441214960", "+441614960", "+447700900")
            )
            e164 += _digits(rng, 3)
        elif region == "FR":
            e164 = "+33199" + "00" + _digits(rng, 4)
        elif region == "DE":
            e164 = rng.choice(("+493023125", "+496990009", "+4915228895", "+4917630996")) + _digits(
                rng, 3
            )
        elif region == "ES":
            e164 = "+34" + rng.choice("67") + _digits(rng, 8)
        elif region == "PT":
            e164 = "+3519" + rng.choice("1236") + _digits(rng, 7)
        elif region == "MX":
            e164 = "+52" + rng.choice(("55", "33", "81")) + _digits(rng, 8)
        else:  # BR
            e164 = "+55" + rng.choice(("11", "21", "31", "41")) + "9" + _digits(rng, 8)
        if not _phone_ok(e164):
            continue
        p = phonenumbers.parse(e164, None)
        style = rng.random()
        if style < 0.45:
            text = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style < 0.8:
            text = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        else:
            text = e164
        groups = tuple(
            g for g in text.replace("(", " ").replace(")", " ").replace("-", " ").split() if g
        )
        return Value("PHONE", text, groups)
    raise RuntimeError("no phone drawn")


def bank_account(rng: random.Random, region: str) -> Value:
    n = {
        "US": rng.randint(8, 12),
        "GB": 8,
        "DE": 10,
        "ES": 10,
        "FR": 11,
        "PT": 11,
        "BR": 8,
        "MX": 11,
    }[region]
    v = str(rng.randint(1, 9)) + _digits(rng, n - 1)
    if region == "BR":
        v = v[:-1] + "-" + v[-1]
    groups = _chunks(v.replace("-", ""), (4, 4, 4))
    return Value("BANK_ACCOUNT_NUMBER", v, groups)


def routing(rng: random.Random, region: str) -> Value:
    if region == "GB":
        v = "-".join(_digits(rng, 2) for _ in range(3))
        return Value("BANK_ROUTING", v, tuple(v.split("-")))
    if region == "DE":  # Bankleitzahl
        v = rng.choice("1234567") + _digits(rng, 7)
        return Value("BANK_ROUTING", v, _chunks(v, (3, 3, 2)))
    while True:
        body = rng.choice(("0", "1", "2", "3")) + rng.choice("0123456789") + _digits(rng, 6)
        v = body + rtn.calc_check_digit(body)
        if rtn.is_valid(v):
            return Value("BANK_ROUTING", v, _chunks(v, (3, 3, 3)))


_BBAN = {  # country: (length of BBAN, alphabet per position: "n" digit, "a" letter, "c" alnum)
    "ES": "n" * 20,
    "FR": "n" * 10 + "c" * 11 + "n" * 2,
    "DE": "n" * 18,
    "PT": "n" * 21,
    "GB": "aaaa" + "n" * 14,
    "BR": "n" * 23 + "a" + "c",
}


def iban_value(rng: random.Random, country: str) -> Value:
    for _ in range(10000):
        bban = "".join(
            rng.choice(
                string.digits
                if k == "n"
                else string.ascii_uppercase
                if k == "a"
                else string.digits + string.ascii_uppercase
            )
            for k in _BBAN[country]
        )
        if country == "ES":
            bban = bban[:8] + ccc.calc_check_digits(bban[:8] + "00" + bban[10:]) + bban[10:]
        if country == "GB":
            bban = "NWBK" + bban[4:]
        cand = country + "00" + bban
        cand = country + iban.calc_check_digits(cand) + bban
        if iban.is_valid(cand):
            groups = _chunks(cand, (4,) * 10)
            return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", " ".join(groups), groups)
    raise RuntimeError("no IBAN drawn")


def swift(rng: random.Random, country: str) -> Value:
    while True:
        v = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + country
        v += rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase + "123456789")
        if rng.random() < 0.4:
            v += rng.choice(("XXX", "100", "MAD", "PAR", "BER", "LIS"))
        if bic.is_valid(v):
            return Value("SWIFT_CODE", v, _chunks(v, (4, 2, 2, 3)))


def ssn_value(rng: random.Random) -> Value:
    while True:
        v = "%03d-%02d-%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn.is_valid(v) and not v.startswith("666"):
            return Value("SSN", v, tuple(v.split("-")))


def itin_value(rng: random.Random) -> Value:
    while True:
        v = "9%02d-%02d-%04d" % (
            rng.randint(0, 99),
            rng.choice((70, 75, 78, 81, 84, 88, 90, 92, 94, 97, 99)),
            rng.randint(0, 9999),
        )
        if itin.is_valid(v):
            return Value("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", v, tuple(v.split("-")))


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino(rng: random.Random) -> Value:
    """UK NI number following HMRC's published prefix rules (stdnum has no module)."""
    while True:
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in _NINO_BAD_PREFIX:
            continue
        d = _digits(rng, 6)
        v = "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], rng.choice("ABCD"))
        return Value("UK_NATIONAL_INSURANCE_NUMBER", v, tuple(v.split()))


def valid_nino(text: str) -> bool:
    s = "".join(text.split()).upper()
    return (
        len(s) == 9
        and s[0] in "ABCEGHJKLMNPRSTWXYZ"
        and s[1] in "ABCEGHJKLMNPRSTWXYZ"
        and s[:2] not in _NINO_BAD_PREFIX
        and s[2:8].isdigit()
        and s[8] in "ABCD"
    )


def passport(rng: random.Random, country: str) -> Value:
    up = string.ascii_uppercase
    if country in ("US", "GB"):
        v = _digits(rng, 9) if rng.random() < 0.6 else rng.choice(up) + _digits(rng, 8)
    elif country == "ES":
        v = "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 6)
    elif country == "FR":
        v = _digits(rng, 2) + rng.choice(up) + rng.choice(up) + _digits(rng, 5)
    elif country == "DE":
        v = rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    elif country == "PT":
        v = rng.choice("CLMNP") + _digits(rng, 6)
    elif country == "BR":
        v = rng.choice(up) + rng.choice(up) + _digits(rng, 6)
    else:  # MX
        v = rng.choice("GNP") + _digits(rng, 8)
    return Value("PASSPORT_NUMBER", v, (v,))


def driver(rng: random.Random, country: str) -> Value:
    up = string.ascii_uppercase
    if country == "US":
        v = rng.choice(up) + _digits(rng, 7)
    elif country == "GB":
        last = rng.choice(("MORGA", "SMITH", "JONES", "TAYLO", "WILSO"))
        v = (
            last
            + _digits(rng, 6)
            + rng.choice(up)
            + rng.choice(up)
            + rng.choice("9")
            + rng.choice(up)
            + rng.choice(up)
        )
    elif country == "ES":
        v = dni_value(rng).text
    elif country == "FR":
        v = _digits(rng, 2) + rng.choice(up) + rng.choice(up) + _digits(rng, 5) + _digits(rng, 3)
    elif country == "DE":
        v = (
            rng.choice(up)
            + _digits(rng, 3)
            + "".join(rng.choice(up + string.digits) for _ in range(6))
            + _digits(rng, 1)
        )
    elif country == "PT":
        v = rng.choice(("L", "P", "C", "A")) + "-" + _digits(rng, 6) + " " + _digits(rng, 1)
    elif country == "BR":
        v = "0" + _digits(rng, 10)
    else:  # MX
        v = rng.choice(up) + _digits(rng, 8)
    return Value("DRIVER_ID", v, (v,))


def ip(rng: random.Random) -> Value:
    r = rng.random()
    if r < 0.85:
        v = rng.choice(("192.0.2.", "198.51.100.", "203.0.113.")) + str(rng.randint(1, 254))
    else:
        v = "2001:db8:%x::%x" % (rng.randint(1, 0xFFFF), rng.randint(1, 0xFFFF))
    return Value("IP_ADDRESS", v, (v,))


def mac(rng: random.Random) -> Value:
    first = rng.randint(0, 63) * 4 + 2  # locally administered, unicast
    octets = ["%02X" % first] + ["%02X" % rng.randint(0, 255) for _ in range(5)]
    if rng.random() < 0.5:
        octets = [o.lower() for o in octets]
    sep = rng.choice((":", ":", "-"))
    v = sep.join(octets)
    return Value("MAC_ADDRESS", v, tuple(octets))


_B32 = string.ascii_uppercase + "234567"


def aws_access(rng: random.Random) -> Value:
    v = rng.choice(("AKIA", "ASIA")) + "".join(rng.choice(_B32) for _ in range(16))
    return Value("AWS_ACCESS_KEY", v, (v,))


def aws_secret(rng: random.Random) -> Value:
    v = "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))
    return Value("AWS_SECRET_KEY", v, (v,))


def dni_value(rng: random.Random) -> Value:
    body = "%08d" % rng.randint(1000000, 99999999)
    v = body + dni.calc_check_digit(body)
    return Value("ES_DNI", v, (body[:2], body[2:5], body[5:], v[-1]))


def nie_value(rng: random.Random) -> Value:
    first = rng.choice("XYZ")
    body = _digits(rng, 7)
    v = first + body + nie.calc_check_digit(first + body)
    assert nie.is_valid(v)
    return Value("ES_NIE", v, (first, body[:3], body[3:], v[-1]))


_CURP_STATES = ("AS", "BC", "CC", "CH", "DF", "GT", "JC", "MC", "NL", "PL", "QT", "SP", "VZ", "YN")


def curp_value(rng: random.Random) -> Value:
    up = "ABCDEFGHJLMNPRSTVZ"
    vow = "AEIOU"
    cons = "BCDFGHJLMNPRSTVZ"
    while True:
        y, m, d = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice(up)
            + rng.choice(vow)
            + rng.choice(up)
            + rng.choice(up)
            + "%02d%02d%02d" % (y, m, d)
            + rng.choice("HM")
            + rng.choice(_CURP_STATES)
            + rng.choice(cons)
            + rng.choice(cons)
            + rng.choice(cons)
            + "0"
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return Value("MX_CURP", v, (v[:4], v[4:10], v[10:16], v[16:]))


def rfc_value(rng: random.Random) -> Value:
    up = "ABCDEFGHJLMNPRSTVZ"
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            "".join(rng.choice(up) for _ in range(4))
            + "%02d%02d%02d" % (y, m, d)
            + rng.choice(up + "123456789")
            + rng.choice(up + "123456789")
        )
        v = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(v):
            return Value("MX_RFC", v, (v[:4], v[4:10], v[10:]))


def clabe_check(body17: str) -> str:
    weights = (3, 7, 1) * 6
    total = sum(int(c) * w % 10 for c, w in zip(body17, weights))
    return str((10 - total % 10) % 10)


def valid_clabe(s: str) -> bool:
    return len(s) == 18 and s.isdigit() and clabe_check(s[:17]) == s[17]


def clabe_value(rng: random.Random) -> Value:
    bank = rng.choice(("002", "012", "014", "021", "030", "036", "044", "072", "137", "646"))
    body = bank + _digits(rng, 3) + _digits(rng, 11)
    v = body + clabe_check(body)
    return Value("MX_CLABE", v, (v[:3], v[3:6], v[6:17], v[17:]))


def cpf_value(rng: random.Random) -> Value:
    while True:
        body = _digits(rng, 9)
        if len(set(body)) == 1:
            continue
        v = body + cpf._calc_check_digits(body)
        if cpf.is_valid(v):
            f = cpf.format(v)
            return Value("BR_CPF", f, (v[:3], v[3:6], v[6:9], v[9:]))


def cnpj_value(rng: random.Random) -> Value:
    while True:
        body = _digits(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return Value("BR_CNPJ", cnpj.format(v), (v[:2], v[2:5], v[5:8], v[8:12], v[12:]))


def nir_value(rng: random.Random) -> Value:
    while True:
        body = (
            rng.choice("12")
            + "%02d" % rng.randint(40, 99)
            + "%02d" % rng.randint(1, 12)
            + "%02d" % rng.randint(1, 95)
            + "%03d" % rng.randint(1, 990)
            + "%03d" % rng.randint(1, 999)
        )
        if body[5:7] == "20":
            continue
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            g = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
            return Value("FR_NIR", " ".join(g), g)


def idnr_value(rng: random.Random) -> Value:
    while True:
        body = str(rng.randint(1, 9)) + _digits(rng, 9)
        v = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(v):
            g = (v[:2], v[2:5], v[5:8], v[8:])
            return Value("DE_TAX_ID", " ".join(g), g)


def nif_value(rng: random.Random) -> Value:
    while True:
        body = rng.choice("12356") + _digits(rng, 7)
        v = body + nif.calc_check_digit(body)
        if nif.is_valid(v):
            return Value("PT_NIF", v, (v[:3], v[3:6], v[6:]))


def is_valid(type_: str, text: str) -> bool:
    """Checksum validation of a canonical value (True for types without a checksum)."""
    c = core(type_, text)
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c),
        "BANK_ROUTING": lambda: len(c) != 9 or rtn.is_valid(c),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: valid_nino(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: valid_clabe(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "PHONE": lambda: _phone_ok("+" + c) or _phone_ok(text.strip()) or _phone_any_region(text),
    }
    return checks.get(type_, lambda: True)()


def _phone_any_region(text: str) -> bool:
    for r in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def digits_look_like_pii(d: str, phones: bool = True) -> bool:
    """True if a digit string passes any checksum or phone check a redactor might use."""
    if d.isdigit() and luhn.is_valid(d):
        return True
    tests = (
        rtn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        valid_clabe,
        ssn.is_valid,
        dni.is_valid,
        itin.is_valid,
    )
    if any(t(d) for t in tests):
        return True
    return phones and _phone_any_region(d)
