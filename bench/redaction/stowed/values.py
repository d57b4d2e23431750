"""Draw synthetic PII and must-keep values, each validated with its published check rule.

Every function takes a ``random.Random`` seeded from strings by the generator, so output is
deterministic and independent of PYTHONHASHSEED.
"""

from __future__ import annotations

import random
import re
import string

import phonenumbers
from stdnum import bic, iban, luhn
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
    "en-IE": "IE",
    "en-CA": "CA",
    "en-AU": "AU",
    "en-IN": "IN",
    "en-NZ": "NZ",
    "en-ZA": "ZA",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-AR": "AR",
    "es-CO": "CO",
    "es-CL": "CL",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-BE": "BE",
    "fr-CA": "CA",
    "fr-CH": "CH",
    "de-DE": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "pt-BR": "BR",
    "pt-PT": "PT",
    "pt-AO": "AO",
}
REGIONS = sorted(set(REGION.values()))
UPPER = string.ascii_uppercase
DIG = string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


# --- cards -----------------------------------------------------------------
TEST_PREFIXES = ["411111", "424242", "400005", "555555", "510510", "222300", "601111", "378282"]


def card(rng: random.Random) -> str:
    prefix = rng.choice(TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    value = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(value)
    return value


def card_groups(value: str) -> list[str]:
    if len(value) == 15:
        return [value[:4], value[4:10], value[10:]]
    return [value[i : i + 4] for i in range(0, 16, 4)]


# --- bank ------------------------------------------------------------------
IBAN_BBAN = {  # country: (bban generator as a format of 'n' digits, 'a' upper letters, 'c' alnum)
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "BR": "nnnnnnnnnnnnnnnnnnnnnnnac",
    "AT": "nnnnnnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "NL": "aaaannnnnnnnnn",
    "LU": "nnnnnnnnnnnnnnnn",
}
IBAN_FOR_LOCALE = {
    "es": ["ES", "ES", "ES", "DE", "FR", "IT"],
    "de": ["DE", "DE", "DE", "AT", "CH", "NL", "LU"],
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "pt": ["PT", "PT", "BR", "BR", "IT", "FR"],
    "en": ["GB", "GB", "IE", "DE", "NL", "ES"],
}


def _mod97_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in moved)
    return f"{98 - int(num) % 97:02d}"


def iban_value(rng: random.Random, lang: str) -> str:
    country = rng.choice(IBAN_FOR_LOCALE[lang])
    fmt = IBAN_BBAN[country]
    while True:
        bban = "".join(
            rng.choice(DIG)
            if f == "n"
            else rng.choice(UPPER)
            if f == "a"
            else rng.choice(UPPER + DIG)
            for f in fmt
        )
        if country == "BR":
            bban = bban[:-2] + rng.choice("CP") + rng.choice("12")
        value = country + _mod97_check(country, bban) + bban
        if iban.is_valid(value):  # also checks the national check digits stdnum knows
            return value


def iban_groups(value: str) -> list[str]:
    return [value[i : i + 4] for i in range(0, len(value), 4)]


def account_number(rng: random.Random) -> str:
    return rng.choice("123456789") + digits(rng, rng.choice([7, 7, 9, 10, 11]))


def aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + rng.choice("123456789") + digits(rng, 6)
        value = body + rtn.calc_check_digit(body)
        if rtn.is_valid(value):
            return value


def sort_code(rng: random.Random) -> str:
    return "{}-{}-{}".format(
        rng.choice(["20", "30", "40", "60", "77", "83"]),
        digits(rng, 2),
        digits(rng, 2),
    )


def routing(rng: random.Random, locale: str) -> str:
    region = REGION[locale]
    if region == "US":
        return aba(rng)
    if region in ("GB", "IE"):
        return sort_code(rng)
    if region in ("DE", "AT"):
        return rng.choice("1234567") + digits(rng, 7)  # BLZ
    if region == "BR":
        return digits(rng, 4) + "-" + rng.choice(DIG)  # agencia with DV
    if region == "CA":
        return digits(rng, 5) + "-" + rng.choice(["001", "002", "003", "004", "006", "010"])
    if region == "AU":
        return f"{digits(rng, 3)}-{digits(rng, 3)}"  # BSB
    if region == "IN":
        return rng.choice(["SBIN", "HDFC", "ICIC", "UTIB"]) + "0" + digits(rng, 6)  # IFSC
    return aba(rng)


def swift(rng: random.Random, lang: str) -> str:
    country = rng.choice(IBAN_FOR_LOCALE[lang])
    while True:
        value = "".join(rng.choice(UPPER) for _ in range(4)) + country
        value += rng.choice(UPPER + "23456789") + rng.choice(UPPER + DIG)
        if rng.random() < 0.5:
            value += rng.choice(["XXX", "100", "MAD", "B" + digits(rng, 2)])
        if bic.is_valid(value):
            return value


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "030", "036", "072", "127"]) + digits(rng, 14)
    weights = [3, 7, 1] * 6
    total = sum(int(d) * w % 10 for d, w in zip(body, weights, strict=False))
    return body + str((10 - total % 10) % 10)


def clabe_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{18}", value):
        return False
    total = sum(int(d) * w % 10 for d, w in zip(value[:17], [3, 7, 1] * 6, strict=False))
    return (10 - total % 10) % 10 == int(value[17])


# --- phones ----------------------------------------------------------------
NANP_AREAS = {
    "US": ["202", "212", "305", "312", "415", "512", "617", "718"],
    "CA": ["416", "514", "604", "613"],
}
GB_DRAMA = [("20", "7946", 4), ("113", "496", 4), ("161", "496", 4), ("121", "496", 4)]


def phone(rng: random.Random, locale: str) -> phonenumbers.PhoneNumber:
    region = REGION[locale]
    if region in NANP_AREAS:
        text = "+1" + rng.choice(NANP_AREAS[region]) + "55501" + digits(rng, 2)
    elif region == "GB":
        area, exch, n = rng.choice(GB_DRAMA)
        text = "+44" + area + exch + "0" + digits(rng, n - 1)
    else:
        kind = rng.choice(
            [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
        )
        example = phonenumbers.example_number_for_type(region, kind)
        national = str(example.national_number)
        for _ in range(200):
            cand = national[:-4] + digits(rng, 4)
            num = phonenumbers.parse(f"+{example.country_code}{cand}")
            if phonenumbers.is_valid_number_for_region(num, region):
                return num
        return example
    num = phonenumbers.parse(text)
    assert phonenumbers.is_valid_number(num), text
    return num


def phone_text(rng: random.Random, num: phonenumbers.PhoneNumber) -> str:
    fmt = rng.choice(["nat", "nat", "intl", "e164"])
    if fmt == "nat":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if fmt == "intl":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def phone_ok(text: str, locale: str) -> bool:
    try:
        num = phonenumbers.parse(text, REGION[locale])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


# --- national ids ----------------------------------------------------------
def ssn_value(rng: random.Random) -> str:
    while True:
        value = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(value):
            return value


def itin_value(rng: random.Random) -> str:
    while True:
        value = (
            "9" + digits(rng, 2) + rng.choice(["70", "78", "83", "88", "91", "94"]) + digits(rng, 4)
        )
        if itin.is_valid(value):
            return value


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return prefix + digits(rng, 6) + rng.choice("ABCD")


def nino_ok(value: str) -> bool:
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", value))


def dni_value(rng: random.Random) -> str:
    body = digits(rng, 8)
    value = body + dni.calc_check_digit(body)
    assert dni.is_valid(value)
    return value


def nie_value(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    value = body + nie.calc_check_digit(body)
    assert nie.is_valid(value)
    return value


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
CONS = "BCDFGHJKLMNPQRSTVWXYZ"
VOW = "AEIOU"


def _birth(rng: random.Random) -> str:
    return f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def curp_value(rng: random.Random) -> str:
    while True:
        name = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS)
        body = name + _birth(rng) + rng.choice("HM") + rng.choice(CURP_STATES)
        body += rng.choice(CONS) + rng.choice(CONS) + rng.choice(CONS) + rng.choice(DIG)
        value = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(value):
            return value


def rfc_value(rng: random.Random) -> str:
    while True:
        name = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS)
        body = name + _birth(rng) + rng.choice(CONS + DIG) + rng.choice(CONS + DIG)
        value = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(value):
            return value


def cpf_value(rng: random.Random) -> str:
    body = digits(rng, 9)
    value = body + cpf._calc_check_digits(body)  # stdnum keeps it private; is_valid below checks it
    return value if cpf.is_valid(value) and len(set(value)) > 1 else cpf_value(rng)


def cnpj_value(rng: random.Random) -> str:
    body = digits(rng, 8) + "0001"
    value = body + cnpj.calc_check_digits(body)
    assert cnpj.is_valid(value)
    return value


def nir_value(rng: random.Random) -> str:
    while True:
        body = rng.choice("12") + _birth(rng)[:4] + rng.choice(["75", "69", "13", "33", "59", "92"])
        body += digits(rng, 6)
        value = body + nir.calc_check_digits(body)
        if nir.is_valid(value):
            return value


def idnr_value(rng: random.Random) -> str:
    while True:
        value = rng.choice("123456789") + digits(rng, 10)
        if idnr.is_valid(value):
            return value


def nif_value(rng: random.Random) -> str:
    body = rng.choice("1235") + digits(rng, 7)
    value = body + nif.calc_check_digit(body)
    assert nif.is_valid(value)
    return value


# --- documents -------------------------------------------------------------
def passport(rng: random.Random, locale: str) -> str:
    region = REGION[locale]
    if region in ("US", "GB", "CA", "AU", "NZ", "IE", "ZA", "IN"):
        return rng.choice(["", "", "C", "P", "N"]) + digits(rng, 8)
    if region == "ES":
        return "".join(rng.choice(UPPER) for _ in range(3)) + digits(rng, 6)
    if region in ("DE", "AT", "CH"):
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ" + DIG) for _ in range(8)
        )
    if region in ("FR", "BE"):
        return digits(rng, 2) + rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 5)
    if region in ("BR", "PT", "AO"):
        return rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 6)
    return rng.choice(UPPER) + digits(rng, 8)


def driver_id(rng: random.Random, locale: str) -> str:
    region = REGION[locale]
    if region == "US":
        return rng.choice(
            [
                rng.choice(UPPER) + digits(rng, 7),
                rng.choice(UPPER) + digits(rng, 12),
                digits(rng, 9),
            ]
        )
    if region == "GB":
        sur = "".join(rng.choice(UPPER) for _ in range(5))
        return (
            sur
            + digits(rng, 6)
            + rng.choice(UPPER)
            + rng.choice(UPPER)
            + rng.choice("9")
            + rng.choice(UPPER) * 2
        )
    if region == "BR":
        return digits(rng, 11)
    if region in ("DE", "AT", "CH"):
        return (
            rng.choice("BFJN")
            + digits(rng, 3)
            + "".join(rng.choice(UPPER + DIG) for _ in range(6))
            + digits(rng, 1)
        )
    if region in ("FR", "BE"):
        return digits(rng, 2) + rng.choice(UPPER) * 2 + digits(rng, 5)
    return rng.choice(UPPER) + digits(rng, 8)


# --- online ----------------------------------------------------------------
FIRST = [
    "ana",
    "luis",
    "mike",
    "sarah",
    "priya",
    "joao",
    "camille",
    "jonas",
    "lena",
    "diego",
    "chloe",
    "tom",
    "rui",
]
LAST = [
    "lopez",
    "smith",
    "nair",
    "silva",
    "martin",
    "becker",
    "dubois",
    "costa",
    "walsh",
    "garcia",
    "khan",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.test",
    "post.test",
]


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [first + "." + last, first + last[0], first[0] + last, first + "_" + last, first + last]
    )
    if rng.random() < 0.45:
        local += digits(rng, rng.choice([2, 2, 4]))
    return local + "@" + rng.choice(DOMAINS)


def username(rng: random.Random) -> str:
    base = (
        rng.choice(FIRST)
        + rng.choice(["_", ".", "", "-"])
        + rng.choice([*LAST, "xx", "dev", "pt", "gamer"])
    )
    return base + digits(rng, rng.choice([2, 3, 4]))


WORDS = [
    "Sol",
    "gato",
    "Blue",
    "mar",
    "Tiger",
    "Lua",
    "Hund",
    "pomme",
    "Rio",
    "Bear",
    "Casa",
    "sky",
]


def password(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.4:
        return (
            rng.choice(WORDS)
            + rng.choice(WORDS).lower()
            + digits(rng, rng.choice([2, 3, 4]))
            + rng.choice("!#$*.?")
        )
    pool = string.ascii_letters + DIG + "!#$%&*?@-_"
    while True:
        value = "".join(rng.choice(pool) for _ in range(rng.randint(10, 16)))
        if any(c.isdigit() for c in value) and value[0] not in " " and value[-1] not in " ":
            return value


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice([4, 4, 4, 6]))


def cvv(rng: random.Random) -> str:
    return digits(rng, 3)


def aws_key(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice(UPPER + "234567") for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + DIG + "+/") for _ in range(40))


def ip(rng: random.Random) -> str:
    net = rng.choice(
        [
            "192.0.2",
            "198.51.100",
            "203.0.113",
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}",
            f"192.168.{rng.randint(0, 20)}",
            f"172.16.{rng.randint(0, 31)}",
        ]
    )
    return f"{net}.{rng.randint(2, 254)}"


def mac(rng: random.Random) -> str:
    first = rng.choice(["02", "06", "0A", "12", "1A", "3E", "AA", "DE"])
    sep = rng.choice([":", ":", "-"])
    return sep.join([first] + [f"{rng.randint(0, 255):02X}" for _ in range(5)])


def expiry(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(26, 33)


# --- identifier check used to keep must_keep numbers innocent ----------------
def looks_like_identifier(run: str) -> bool:
    """True when a digit run would pass one of the identifier checks the brief lists."""
    n = len(run)
    if 12 <= n <= 19 and luhn.is_valid(run):
        return True
    checks = [
        ssn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        idnr.is_valid,
        rtn.is_valid,
        nir.is_valid,
        dni.is_valid,
        clabe_ok,
        iban.is_valid,
    ]
    for check in checks:
        # stdnum's is_valid never raises; a failing check is simply False
        if check(run):
            return True
    if n == 8:
        for letter in "TRWAGMYFPDXBNJZSQVHLCKE":
            if dni.is_valid(run + letter):
                return True
    if n >= 9:
        return any(
            phone_ok(run, loc) or phone_ok("+" + run, loc)
            for loc in (
                "en-US",
                "en-GB",
                "es-ES",
                "es-MX",
                "fr-FR",
                "de-DE",
                "pt-BR",
                "pt-PT",
                "en-IN",
                "es-AR",
                "pt-AO",
            )
        )
    return False
