"""Draw synthetic PII and must-keep values, each validated with its published check rule.

Every value is random, built to pass the checksum of its kind (python-stdnum, phonenumbers) and
drawn from ranges reserved for tests or documentation where such ranges exist: test card BINs,
US 555-01xx and UK Ofcom drama numbers, RFC 5737/1918 addresses, example.* and .test domains.
Must-keep numbers are redrawn while they would pass an identifier check, so a redactor that
masks them is over-redacting, not guessing right.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.be import iban as be_iban
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_97_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

LOCALE_REGION = {
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
CORPUS_REGIONS = sorted(set(LOCALE_REGION.values()))

UPPER = string.ascii_uppercase
DIGITS = string.digits


@dataclass(frozen=True)
class Value:
    """A drawn value: its usual written form and the digit groups people type it in."""

    plain: str
    groups: tuple[str, ...]
    compact: str = ""


def digits(rng: random.Random, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def chunk(s: str, sizes: list[int]) -> tuple[str, ...]:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return tuple(p for p in out if p)


def by4(s: str) -> tuple[str, ...]:
    return tuple(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- cards

TEST_BINS = [
    ("411111", 16),
    ("424242", 16),
    ("400005", 16),
    ("401288", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("520082", 16),
    ("601111", 16),
    ("378282", 15),
    ("371449", 15),
    ("356600", 16),
]


def card(rng: random.Random, loc: str) -> Value:
    prefix, length = rng.choice(TEST_BINS)
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    assert len(number) == length
    groups = chunk(number, [4, 6, 5]) if length == 15 else by4(number)
    return Value(number, groups, number)


def cvv(rng: random.Random, loc: str) -> Value:
    v = digits(rng, rng.choice([3, 3, 3, 4]))
    return Value(v, (v,), v)


def pin(rng: random.Random, loc: str) -> Value:
    v = digits(rng, rng.choice([4, 4, 4, 6]))
    return Value(v, (v,), v)


@dataclass(frozen=True)
class Expiry:
    month: int
    year: int


def expiry(rng: random.Random) -> Expiry:
    return Expiry(rng.randint(1, 12), rng.randint(2026, 2033))


# ---------------------------------------------------------------- banking


def account(rng: random.Random, loc: str) -> Value:
    region = LOCALE_REGION[loc]
    if region == "BR":
        v = digits(rng, rng.choice([5, 6, 8]), "123456789")
        d = rng.choice(DIGITS + "X")
        return Value(f"{v}-{d}", (v, d), v + d)
    if region in ("DE", "AT", "CH"):
        v = digits(rng, 10, "0123456789")
        return Value(v, chunk(v, [3, 3, 4]), v)
    if region in ("GB", "IE"):
        v = digits(rng, 8)
        return Value(v, chunk(v, [4, 4]), v)
    if region == "MX":
        v = digits(rng, 10, "0123456")
        return Value(v, chunk(v, [3, 3, 4]), v)
    n = rng.choice([8, 10, 11, 12])
    v = digits(rng, n, "123456789")
    return Value(v, by4(v), v)


def aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"])
        body += digits(rng, 6)
        v = body + rtn.calc_check_digit(body)
        if rtn.is_valid(v):
            return v


def routing(rng: random.Random, loc: str) -> Value:
    region = LOCALE_REGION[loc]
    if region == "US":
        v = aba(rng)
        return Value(v, chunk(v, [3, 3, 3]), v)
    if region in ("GB", "IE"):
        g = tuple(digits(rng, 2) for _ in range(3))
        return Value("-".join(g), g, "".join(g))
    if region == "AU":
        g = (digits(rng, 3, "0"), digits(rng, 3))
        return Value("-".join(g), g, "".join(g))
    if region == "CA":
        g = (digits(rng, 5), "0" + rng.choice(["01", "02", "03", "04", "06", "10"]))
        return Value("-".join(g), g, "".join(g))
    if region == "IN":
        bank = "".join(rng.choice(UPPER) for _ in range(4))
        v = bank + "0" + digits(rng, 6)
        return Value(v, (bank, v[4:]), v)
    if region in ("DE", "AT"):
        v = digits(rng, 8 if region == "DE" else 5, "1234567")
        return Value(v, chunk(v, [3, 3, 2]), v)
    if region == "BR":
        v = digits(rng, 4)
        return Value(v, (v,), v)
    v = digits(rng, rng.choice([4, 5]))
    return Value(v, (v,), v)


def _iban(country: str, bban: str) -> str:
    check = mod_97_10.calc_check_digits(bban + country)
    return country + check + bban


def _rib_key(bank: str, branch: str, acct: str) -> str:
    table = {c: str((i % 9) + 1) for i, c in enumerate(UPPER)}
    num = "".join(table.get(c, c) for c in acct)
    value = 89 * int(bank) + 15 * int(branch) + 3 * int(num)
    return f"{97 - value % 97:02d}"


def _nib_key(bban18: str) -> str:
    return f"{98 - (int(bban18) * 100) % 97:02d}"


BE_BANKS = ["001", "068", "310", "363", "539", "652", "732", "735", "750", "850"]


def international(rng: random.Random, country: str) -> Value:
    """An IBAN of `country` with the national check digits stdnum or the published rule knows."""
    while True:
        if country == "ES":
            bank, branch, acct = digits(rng, 4), digits(rng, 4), digits(rng, 10)
            c = ccc.calc_check_digits(bank + branch + "00" + acct)
            number = _iban("ES", bank + branch + c + acct)
        elif country == "DE":
            number = _iban("DE", digits(rng, 8, "1234567") + digits(rng, 10))
        elif country == "FR":
            bank, branch, acct = digits(rng, 5, "123"), digits(rng, 5), digits(rng, 11)
            number = _iban("FR", bank + branch + acct + _rib_key(bank, branch, acct))
        elif country == "PT":
            core = digits(rng, 4) + digits(rng, 4) + digits(rng, 11)
            number = _iban("PT", core + _nib_key(core))
        elif country == "BE":
            first = rng.choice(BE_BANKS) + digits(rng, 7)
            number = _iban("BE", first + f"{int(first) % 97 or 97:02d}")
        elif country == "GB":
            bank = "".join(rng.choice(UPPER) for _ in range(4))
            number = _iban("GB", bank + digits(rng, 6) + digits(rng, 8))
        elif country == "IE":
            bank = "".join(rng.choice(UPPER) for _ in range(4))
            number = _iban("IE", bank + digits(rng, 6) + digits(rng, 8))
        elif country == "AT":
            number = _iban("AT", digits(rng, 5, "1234") + digits(rng, 11))
        elif country == "CH":
            number = _iban("CH", "00" + digits(rng, 3) + digits(rng, 12))
        elif country == "BR":
            tail = rng.choice("C") + rng.choice("123")
            number = _iban("BR", digits(rng, 8) + digits(rng, 5) + digits(rng, 10) + tail)
        elif country == "IT":
            number = _iban(
                "IT", rng.choice(UPPER) + digits(rng, 5) + digits(rng, 5) + digits(rng, 12)
            )
        else:
            raise ValueError(country)
        if iban.is_valid(number) and (country != "BE" or be_iban.is_valid(number)):
            return Value(number, by4(number), number)


IBAN_COUNTRY = {
    "es-ES": "ES",
    "de-DE": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "fr-FR": "FR",
    "fr-BE": "BE",
    "fr-CH": "CH",
    "pt-PT": "PT",
    "pt-BR": "BR",
    "en-GB": "GB",
    "en-IE": "IE",
}


def iban_for(rng: random.Random, loc: str) -> Value:
    country = IBAN_COUNTRY.get(loc) or rng.choice(["ES", "DE", "FR", "PT", "GB", "BE", "IT"])
    return international(rng, country)


SWIFT_CC = {"US": "US", "GB": "GB", "ES": "ES", "MX": "MX", "FR": "FR", "DE": "DE", "BR": "BR"}


def swift(rng: random.Random, loc: str) -> Value:
    cc = LOCALE_REGION[loc]
    while True:
        bank = "".join(rng.choice(UPPER) for _ in range(4))
        where = rng.choice(UPPER) + rng.choice(UPPER + "23456789")
        branch = rng.choice(["", "", "XXX", rng.choice(UPPER) + digits(rng, 2)])
        v = bank + cc + where + branch
        if bic.is_valid(v):
            return Value(v, (bank, cc + where, branch) if branch else (bank, cc + where), v)


# ---------------------------------------------------------------- contact

FIRST = [
    "ana",
    "maria",
    "jose",
    "luis",
    "sofia",
    "carla",
    "pierre",
    "claire",
    "lukas",
    "lena",
    "joao",
    "beatriz",
    "tom",
    "emma",
    "raj",
    "priya",
    "liam",
    "chloe",
    "diego",
    "vale",
    "jonas",
    "marie",
    "kev",
    "sam",
    "nadia",
    "ines",
    "hugo",
    "felipe",
    "gabi",
    "noah",
]
LAST = [
    "garcia",
    "lopez",
    "martin",
    "dubois",
    "muller",
    "schmidt",
    "silva",
    "santos",
    "smith",
    "oconnor",
    "patel",
    "nguyen",
    "rossi",
    "fernandes",
    "kowalski",
    "moreau",
    "becker",
    "souza",
    "ramos",
    "kelly",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.test",
    "post.test",
]


def email_parts(rng: random.Random) -> tuple[str, str]:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(6)
    if style == 0:
        local = f"{f}.{last}"
    elif style == 1:
        local = f"{f}{last[0]}{rng.randint(1, 99)}"
    elif style == 2:
        local = f"{f}_{last}{rng.randint(70, 99)}"
    elif style == 3:
        local = f"{f[0]}{last}"
    elif style == 4:
        local = f"{f}.{last}{rng.randint(1, 9)}"
    else:
        local = f"{last}.{f}"
    return local, rng.choice(DOMAINS)


def username(rng: random.Random) -> str:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f"{f}_{last}{rng.randint(1, 99)}",
            f"{f}{last[:3]}",
            f"x{f}x{rng.randint(10, 99)}",
            f"{last}.{f}{rng.randint(80, 99)}",
        ]
    )


PHONE_TYPES = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    if region in ("US", "CA"):
        area = rng.choice(
            ["202", "312", "415", "646", "713", "305"]
            if region == "US"
            else ["416", "514", "604", "613"]
        )
        n = phonenumbers.parse(f"+1{area}5550{rng.randint(100, 199)}")
    elif region == "GB":
        n = phonenumbers.parse(
            rng.choice(["020 7946 0", "0113 496 0", "0161 496 0", "0117 496 0", "0121 496 0"])
            + digits(rng, 3),
            "GB",
        )
    elif region == "FR" and rng.random() < 0.5:
        # ARCEP numbers reserved for fiction (geographic ranges; the mobile one is not valid yet)
        block = rng.choice(["01 99 00 ", "02 61 91 ", "03 53 01 ", "04 65 71 ", "05 36 49 "])
        n = phonenumbers.parse(block + digits(rng, 4, DIGITS), "FR")
    elif region == "AU":
        n = phonenumbers.parse(rng.choice(["0491 570 ", "0491 571 "]) + digits(rng, 3), "AU")
    else:
        while True:
            ex = phonenumbers.example_number_for_type(region, rng.choice(PHONE_TYPES))
            nat = str(ex.national_number)
            keep = max(2, len(nat) - 6)
            cand = phonenumbers.PhoneNumber(
                country_code=ex.country_code,
                national_number=int(nat[:keep] + digits(rng, len(nat) - keep)),
            )
            if ex.italian_leading_zero:
                cand.italian_leading_zero = True
            if (
                phonenumbers.is_valid_number(cand)
                and phonenumbers.region_code_for_number(cand) == region
            ):
                n = cand
                break
    assert phonenumbers.is_valid_number(n), n
    return n


def phone(rng: random.Random, loc: str, region: str | None = None) -> Value:
    n = phone_number(rng, region or LOCALE_REGION[loc])
    fmt = rng.choice(
        [
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
        ]
    )
    plain = phonenumbers.format_number(n, fmt)
    intl = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    shown = plain if fmt != phonenumbers.PhoneNumberFormat.E164 else intl
    groups = tuple(g for g in "".join(c if c.isdigit() or c == "+" else " " for c in shown).split())
    return Value(plain, groups, phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164))


# ---------------------------------------------------------------- identity


def us_ssn(rng: random.Random, loc: str) -> Value:
    while True:
        v = digits(rng, 3, "1234567") + digits(rng, 2) + digits(rng, 4)
        if ssn.is_valid(v):
            g = (v[:3], v[3:5], v[5:])
            return Value("-".join(g), g, v)


def us_itin(rng: random.Random, loc: str) -> Value:
    while True:
        v = (
            "9"
            + digits(rng, 2)
            + str(rng.choice([70, 75, 78, 80, 83, 88, 90, 92, 94, 97, 99]))
            + digits(rng, 4)
        )
        if itin.is_valid(v):
            g = (v[:3], v[3:5], v[5:])
            return Value("-".join(g), g, v)


def uk_nino(rng: random.Random, loc: str) -> Value:
    first_ok = [c for c in UPPER if c not in "DFIQUV"]
    second_ok = [c for c in UPPER if c not in "DFIQUVO"]
    while True:
        pre = rng.choice(first_ok) + rng.choice(second_ok)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    g = (pre, d[:2], d[2:4], d[4:], suf)
    return Value(" ".join(g), g, pre + d + suf)


def passport(rng: random.Random, loc: str) -> Value:
    region = LOCALE_REGION[loc]
    if region == "ES":
        v = rng.choice(["PA", "PB", "XD", "AA"]) + rng.choice(UPPER) + digits(rng, 6)
    elif region == "FR":
        v = digits(rng, 2) + rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 5)
    elif region in ("DE", "AT", "CH"):
        v = rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    elif region == "BR":
        v = rng.choice(["FA", "FB", "GA", "YB"]) + digits(rng, 6)
    elif region in ("PT", "AO"):
        v = rng.choice("CNPN") + digits(rng, 6)
    elif region == "MX":
        v = rng.choice("GNP") + digits(rng, 8)
    elif region == "GB" or region == "US":
        v = digits(rng, 9, "123456789")
    elif region == "IN":
        v = rng.choice("JKLMNPRSTUVWZ") + digits(rng, 7)
    else:
        v = rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 7)
    return Value(v, (v,), v)


def driver_id(rng: random.Random, loc: str) -> Value:
    region = LOCALE_REGION[loc]
    if region == "GB":
        sur = rng.choice(["SMITH", "JONES", "KELLY", "PATEL", "OBRIE", "WALKE"])
        decade, month, day, year = (
            rng.randint(5, 9),
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(0, 9),
        )
        dob = f"{decade}{month:02d}{day:02d}{year}"
        v = (
            sur
            + dob
            + rng.choice(UPPER)
            + rng.choice(UPPER)
            + "9"
            + rng.choice(UPPER)
            + rng.choice(UPPER)
        )
        return Value(v, (sur, dob, v[11:]), v)
    if region == "US":
        v = rng.choice(UPPER) + digits(rng, 7)
        return Value(v, (v,), v)
    if region == "BR":
        base = digits(rng, 9, "123456789")
        v = base + _cnh_check(base)
        return Value(v, (v,), v)
    if region in ("ES", "MX", "AR", "CO", "CL"):
        v = digits(rng, 8, "123456789") if region != "ES" else dni_value(rng).compact
        return Value(v, (v,), v)
    if region in ("FR", "BE"):
        v = digits(rng, 2) + rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 5)
        v = digits(rng, 12) if rng.random() < 0.5 else v
        return Value(v, (v,), v)
    if region in ("DE", "AT", "CH"):
        v = (
            rng.choice("BFGHKMN")
            + digits(rng, 3)
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
            + digits(rng, 1)
        )
        return Value(v, (v,), v)
    v = digits(rng, rng.choice([8, 9]), "123456789")
    return Value(v, (v,), v)


def _cnh_check(base: str) -> str:
    s1 = sum(int(c) * w for c, w in zip(base, range(9, 0, -1), strict=True)) % 11
    d1 = 0 if s1 >= 10 else s1
    s2 = sum(int(c) * w for c, w in zip(base, range(1, 10), strict=True)) % 11
    d2 = 0 if s2 >= 10 else s2
    return f"{d1}{d2}"


def dni_value(rng: random.Random, loc: str = "es-ES") -> Value:
    body = digits(rng, 8, "0123456789")
    v = body + dni.calc_check_digit(body)
    assert dni.is_valid(v)
    return Value(v, (body[:2], body[2:5], body[5:], v[-1]), v)


def nie_value(rng: random.Random, loc: str) -> Value:
    body = rng.choice("XYZ") + digits(rng, 7)
    v = body + nie.calc_check_digit(body)
    assert nie.is_valid(v)
    return Value(v, (v[0], v[1:8], v[-1]), v)


STATES = [
    "AS",
    "BC",
    "CH",
    "CL",
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
CONS = "BCDFGHJKLMNPQRSTVWXYZ"
VOW = "AEIOU"


def _name4(rng: random.Random) -> str:
    return rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS + VOW)


def _yymmdd(rng: random.Random) -> tuple[int, str]:
    year = rng.randint(1960, 2006)
    return year, f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def curp_value(rng: random.Random, loc: str) -> Value:
    while True:
        year, date = _yymmdd(rng)
        body = _name4(rng) + date + rng.choice("HM") + rng.choice(STATES)
        body += "".join(rng.choice(CONS) for _ in range(3))
        body += str(rng.randint(0, 9)) if year < 2000 else rng.choice(UPPER)
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return Value(v, (v,), v)


def rfc_value(rng: random.Random, loc: str) -> Value:
    while True:
        _, date = _yymmdd(rng)
        body = (
            _name4(rng)
            + date
            + rng.choice("123456789ABCDEFGHJKLMNPRSTUV")
            + rng.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        )
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v, validate_check_digits=True):
            return Value(v, (v[:4], v[4:10], v[10:]), v)


def clabe_check(body17: str) -> str:
    weights = [3, 7, 1] * 6
    total = sum((int(c) * w) % 10 for c, w in zip(body17, weights, strict=False))
    return str((10 - total % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def clabe_value(rng: random.Random, loc: str) -> Value:
    body = (
        rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"])
        + digits(rng, 3)
        + digits(rng, 11)
    )
    v = body + clabe_check(body)
    assert clabe_valid(v)
    return Value(v, (v[:3], v[3:6], v[6:17], v[17]), v)


def cpf_value(rng: random.Random, loc: str) -> Value:
    while True:
        base = digits(rng, 9)
        for last in "0123456789":
            for last2 in "0123456789":
                v = base + last + last2
                if cpf.is_valid(v):
                    return Value(cpf.format(v), (v[:3], v[3:6], v[6:9], v[9:]), v)


def cnpj_value(rng: random.Random, loc: str) -> Value:
    base = digits(rng, 8, "123456789") + "0001"
    v = base + cnpj.calc_check_digits(base)
    assert cnpj.is_valid(v)
    return Value(cnpj.format(v), (v[:2], v[2:5], v[5:8], v[8:12], v[12:]), v)


def nir_value(rng: random.Random, loc: str) -> Value:
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "2A", "2B", "44", "67", "31"])
        body = (
            rng.choice("12")
            + f"{rng.randint(60, 99):02d}"
            + f"{rng.randint(1, 12):02d}"
            + dept
            + digits(rng, 3)
            + digits(rng, 3)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            g = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
            return Value(" ".join(g), g, v)


def steuer_value(rng: random.Random, loc: str) -> Value:
    while True:
        body = digits(rng, 10, "123456789")
        v = body + idnr.mod_11_10.calc_check_digit(body)
        if idnr.is_valid(v):
            g = (v[:2], v[2:5], v[5:8], v[8:])
            return Value(" ".join(g), g, v)


def nif_value(rng: random.Random, loc: str) -> Value:
    body = digits(rng, 8, "12356")
    v = body + nif.calc_check_digit(body)
    assert nif.is_valid(v)
    return Value(v, (v[:3], v[3:6], v[6:]), v)


# ---------------------------------------------------------------- secrets and devices

B32 = UPPER + "234567"
B64 = string.ascii_letters + DIGITS + "+/"
WORDS = [
    "tigre",
    "sunflower",
    "Mariposa",
    "bluefish",
    "Chaton",
    "Sonnenblume",
    "Saudade",
    "pirata",
    "Dragon",
    "lemon",
    "Koala",
    "Abacaxi",
    "falcon",
    "Nuvem",
    "Schatz",
]


def password(rng: random.Random, loc: str, url_safe: bool = False) -> Value:
    sym = "!._-" if url_safe else "!#$%&*?._-"
    w = rng.choice(WORDS)
    shape = rng.randrange(4)
    if shape == 0:
        v = w + str(rng.randint(10, 2029)) + rng.choice(sym)
    elif shape == 1:
        v = rng.choice(sym) + w.capitalize() + rng.choice(sym) + str(rng.randint(1, 99))
    elif shape == 2:
        v = "".join(
            rng.choice(string.ascii_letters + DIGITS + sym) for _ in range(rng.randint(10, 16))
        )
    else:
        v = w[:4] + str(rng.randint(100, 999)) + w[4:].upper() + rng.choice(sym)
    return Value(v, (v,), v)


def aws_key_id(rng: random.Random, loc: str) -> Value:
    v = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
    return Value(v, (v,), v)


def aws_secret(rng: random.Random, loc: str) -> Value:
    v = "".join(rng.choice(B64) for _ in range(40))
    return Value(v, (v,), v)


def ip_value(rng: random.Random, loc: str) -> Value:
    kind = rng.randrange(6)
    if kind == 0:
        v = f"192.0.2.{rng.randint(1, 254)}"
    elif kind == 1:
        v = f"198.51.100.{rng.randint(1, 254)}"
    elif kind == 2:
        v = f"203.0.113.{rng.randint(1, 254)}"
    elif kind == 3:
        v = f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}"
    elif kind == 4:
        v = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    else:
        v = (
            "2001:db8:"
            + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(2))
            + "::"
            + f"{rng.randint(1, 4095):x}"
        )
    return Value(v, tuple(v.replace(":", ".").split(".")), v)


def mac_value(rng: random.Random, loc: str) -> Value:
    first = rng.randint(0, 63) * 4 + 2  # locally administered, unicast
    octets = [f"{first:02x}"] + [f"{rng.randint(0, 255):02x}" for _ in range(5)]
    if rng.random() < 0.5:
        octets = [o.upper() for o in octets]
    v = ":".join(octets)
    return Value(v, tuple(octets), "".join(octets))


# ---------------------------------------------------------------- identifier check (must_keep)


def _phone_valid(d: str) -> bool:
    for region in CORPUS_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + d))
    except phonenumbers.NumberParseException:
        return False


def passes_identifier_check(text: str) -> bool:
    """True if the digits of `text` (whole or any run) would pass a PII identifier check."""
    compact = "".join(c for c in text if c.isalnum()).upper()
    runs = ["".join(c for c in text if c.isdigit())]
    run = ""
    for c in text + " ":
        if c.isdigit():
            run += c
        else:
            if run:
                runs.append(run)
            run = ""
    if len(compact) > 4 and compact[:2].isalpha() and iban.is_valid(compact):
        return True
    if len(compact) == 9 and (dni.is_valid(compact) or nie.is_valid(compact)):
        return True
    for d in set(runs):
        n = len(d)
        if 12 <= n <= 19 and luhn.is_valid(d):
            return True
        if n == 9 and (ssn.is_valid(d) or rtn.is_valid(d) or nif.is_valid(d) or itin.is_valid(d)):
            return True
        if n == 11 and (cpf.is_valid(d) or idnr.is_valid(d)):
            return True
        if n == 14 and cnpj.is_valid(d):
            return True
        if n == 15 and nir.is_valid(d):
            return True
        if n == 18 and clabe_valid(d):
            return True
        if n >= 9 and _phone_valid(d):
            return True
    return False
