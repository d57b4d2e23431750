"""Draw synthetic PII and must-keep values, and validate them with published check rules.

Every value is synthetic: cards use test BIN prefixes, phones use fictional ranges where a
country has them, identifiers are random with correct check digits. ``is_identifier`` is the
guard that keeps must-keep numbers (orders, tracking numbers, ...) from passing an
identifier check by chance.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from stdnum import bic, iban, luhn, mac
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

DIGITS = string.digits
UPPER = string.ascii_uppercase

CORPUS_REGIONS = [
    "US",
    "GB",
    "IE",
    "CA",
    "AU",
    "IN",
    "NZ",
    "ZA",
    "ES",
    "MX",
    "AR",
    "CO",
    "CL",
    "FR",
    "BE",
    "CH",
    "DE",
    "AT",
    "BR",
    "PT",
    "AO",
]


@dataclass(frozen=True)
class Value:
    """One drawn value: its compact form, how people usually write it, and its groups."""

    compact: str
    plain: str
    groups: tuple[str, ...]


def region_of(locale: str) -> str:
    return locale.split("-")[1]


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(DIGITS) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def _chunks(s: str, sizes: list[int]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return tuple(out)


# --- cards -----------------------------------------------------------------------------

TEST_BINS = ["411111", "424242", "400000", "555555", "510510", "222300", "601111", "353011"]
AMEX_BINS = ["378282", "371449"]


def luhn_ok(s: str) -> bool:
    return s.isdigit() and luhn.is_valid(s)


def card(rng: random.Random, locale: str) -> Value:
    if rng.random() < 0.12:
        body = rng.choice(AMEX_BINS) + _digits(rng, 8)
        num = body + luhn.calc_check_digit(body)
        groups = _chunks(num, [4, 6, 5])
    else:
        body = rng.choice(TEST_BINS) + _digits(rng, 9)
        num = body + luhn.calc_check_digit(body)
        groups = _chunks(num, [4, 4, 4, 4])
    plain = rng.choice([" ".join(groups), num, " ".join(groups)])
    return Value(num, plain, groups)


def cvv(rng: random.Random, locale: str) -> Value:
    v = _digits(rng, 3)
    return Value(v, v, (v,))


def expiry(rng: random.Random, locale: str) -> Value:
    mm = f"{rng.randint(1, 12):02d}"
    yy = str(rng.randint(26, 33))
    compact = mm + yy
    plain = rng.choice(
        [f"{mm}/{yy}", f"{mm}/{yy}", f"{mm}/20{yy}", f"{mm}-{yy}", f"{int(mm)}/{yy}"]
    )
    return Value(compact, plain, (mm, yy))


def pin(rng: random.Random, locale: str) -> Value:
    n = 6 if rng.random() < 0.2 else 4
    while True:
        v = _digits(rng, n)
        if len(set(v)) > 1 and v not in "0123456789":
            return Value(v, v, _chunks(v, [2, 2, 2]))


# --- bank ------------------------------------------------------------------------------

ACCOUNT_LEN = {
    "US": 10,
    "GB": 8,
    "IE": 8,
    "CA": 7,
    "AU": 9,
    "IN": 12,
    "NZ": 9,
    "ZA": 10,
    "ES": 10,
    "MX": 11,
    "AR": 10,
    "CO": 11,
    "CL": 9,
    "FR": 11,
    "BE": 7,
    "CH": 9,
    "DE": 10,
    "AT": 11,
    "BR": 8,
    "PT": 11,
    "AO": 10,
}


def bank_account(rng: random.Random, locale: str) -> Value:
    cc = region_of(locale)
    n = ACCOUNT_LEN.get(cc, 10)
    v = _digits(rng, n, first_nonzero=True)
    if cc == "BR":
        plain = f"{v[:-1]}-{v[-1]}"
        return Value(v, plain, (v[:-1], v[-1]))
    sizes = {7: [4, 3], 8: [4, 4], 9: [3, 3, 3], 10: [4, 3, 3], 11: [4, 4, 3], 12: [4, 4, 4]}
    groups = _chunks(v, sizes.get(n, [4, 4, 4]))
    return Value(v, v, groups)


def routing(rng: random.Random, locale: str) -> Value:
    cc = region_of(locale)
    if cc == "US":
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
                    "11",
                    "12",
                    "21",
                    "22",
                    "26",
                    "31",
                    "32",
                ]
            ) + _digits(rng, 6)
            for d in DIGITS:
                if rtn.is_valid(body + d):
                    v = body + d
                    return Value(v, v, _chunks(v, [3, 3, 3]))
    if cc in ("GB", "IE"):
        v = _digits(rng, 6, first_nonzero=True)
        return Value(v, f"{v[:2]}-{v[2:4]}-{v[4:]}", _chunks(v, [2, 2, 2]))
    if cc in ("DE", "AT"):
        v = rng.choice("12345678") + _digits(rng, 7)
        return Value(v, f"{v[:3]} {v[3:6]} {v[6:]}", _chunks(v, [3, 3, 2]))
    if cc == "BR":
        v = _digits(rng, 4, first_nonzero=True)
        dv = rng.choice(DIGITS)
        return Value(v + dv, f"{v}-{dv}", (v, dv))
    if cc == "CA":
        v = _digits(rng, 5, first_nonzero=True) + "0" + _digits(rng, 2)
        return Value(v, f"{v[:5]}-{v[5:]}", (v[:5], v[5:]))
    if cc in ("AU", "NZ"):
        v = "0" + _digits(rng, 5)
        return Value(v, f"{v[:3]}-{v[3:]}", (v[:3], v[3:]))
    if cc == "IN":
        v = rng.choice(["HDFC", "ICIC", "SBIN", "UTIB"]) + "0" + _digits(rng, 6)
        return Value(v, v, (v[:4], v[4:]))
    if cc == "FR":
        v = _digits(rng, 10, first_nonzero=True)
        return Value(v, f"{v[:5]} {v[5:]}", (v[:5], v[5:]))
    v = _digits(rng, 8, first_nonzero=True)
    return Value(v, f"{v[:4]} {v[4:]}", (v[:4], v[4:]))


def _mod97_iban(cc: str, bban: str) -> str:
    moved = bban + cc + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{cc}{check:02d}{bban}"


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{key:02d}"


def _pt_nib_check(s: str) -> str:
    return f"{98 - (int(s) * 100) % 97:02d}"


_IT_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def _it_cin(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        k = int(ch) if ch.isdigit() else UPPER.index(ch)
        total += _IT_ODD[k] if i % 2 == 0 else k
    return UPPER[total % 26]


IBAN_COUNTRY = {
    "ES": "ES",
    "DE": "DE",
    "AT": "AT",
    "CH": "CH",
    "FR": "FR",
    "BE": "BE",
    "PT": "PT",
    "AO": "PT",
    "BR": "BR",
    "GB": "GB",
    "IE": "IE",
    "MX": "ES",
    "AR": "ES",
    "CO": "ES",
    "CL": "ES",
    "US": "GB",
    "CA": "FR",
    "AU": "GB",
    "IN": "GB",
    "NZ": "IE",
    "ZA": "NL",
}


def _bban(rng: random.Random, cc: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    if cc == "ES":
        bank, branch, acct = d(4), d(4), d(10)
        checks = ccc.calc_check_digits(bank + branch + "00" + acct)
        return bank + branch + checks + acct
    if cc == "DE":
        return rng.choice("12345678") + d(7) + d(10)
    if cc == "AT":
        return rng.choice("123456") + d(4) + d(11)
    if cc == "CH":
        return "00" + d(3) + d(12)
    if cc == "FR":
        bank, branch, acct = d(5), d(5), d(11)
        return bank + branch + acct + _fr_rib_key(bank, branch, acct)
    if cc == "BE":
        s = d(10)
        k = int(s) % 97 or 97
        return s + f"{k:02d}"
    if cc == "PT":
        s = "00" + rng.choice(["07", "10", "18", "33", "35", "36"]) + d(15)
        return s + _pt_nib_check(s)
    if cc == "IT":
        s = d(5) + d(5) + d(12)
        return _it_cin(s) + s
    if cc == "BR":
        return d(8) + d(5) + d(10) + rng.choice("CP") + "1"
    if cc == "GB":
        return rng.choice(["NWBK", "MIDL", "BARC", "LOYD"]) + d(6) + d(8)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI"]) + d(6) + d(8)
    if cc == "NL":
        return rng.choice(["ABNA", "RABO", "INGB"]) + d(10)
    raise ValueError(cc)


def iban_value(rng: random.Random, locale: str, country: str | None = None) -> Value:
    cc = country or IBAN_COUNTRY.get(region_of(locale), "DE")
    if rng.random() < 0.15 and country is None:
        cc = rng.choice(["ES", "DE", "FR", "PT", "BE", "IT", "GB", "BR"])
    while True:
        v = _mod97_iban(cc, _bban(rng, cc))
        if iban_ok(v):
            groups = _chunks(v, [4] * 9)
            return Value(v, " ".join(groups) if rng.random() < 0.6 else v, groups)


def iban_ok(v: str) -> bool:
    if not iban.is_valid(v):
        return False
    cc, bban = v[:2], v[4:]
    if cc == "FR":
        return _fr_rib_key(bban[:5], bban[5:10], bban[10:21]) == bban[21:]
    if cc == "PT":
        return _pt_nib_check(bban[:19]) == bban[19:]
    if cc == "IT":
        return _it_cin(bban[1:]) == bban[0]
    return True


def swift(rng: random.Random, locale: str) -> Value:
    cc = IBAN_COUNTRY.get(region_of(locale), "DE") if rng.random() < 0.5 else region_of(locale)
    while True:
        bank = "".join(rng.choice(UPPER) for _ in range(4))
        loc = rng.choice(UPPER) + rng.choice(UPPER + "23456789")
        v = (
            bank
            + cc
            + loc
            + (rng.choice(["", "XXX", "".join(rng.choice(UPPER) for _ in range(3))]))
        )
        if bic.is_valid(v):
            return Value(v, v, (bank, cc + loc, v[8:]) if len(v) > 8 else (bank, cc + loc))


def clabe_check(s17: str) -> str:
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(s17))
    return str((10 - total % 10) % 10)


def clabe_ok(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def clabe(rng: random.Random, locale: str) -> Value:
    s = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"])
    s += _digits(rng, 3) + _digits(rng, 11)
    v = s + clabe_check(s)
    return Value(v, v, _chunks(v, [3, 3, 4, 4, 4]))


# --- contact and online ----------------------------------------------------------------

FIRST = [
    "ana",
    "luis",
    "maria",
    "jose",
    "sofia",
    "carlos",
    "lucia",
    "pedro",
    "emma",
    "liam",
    "olivia",
    "noah",
    "chloe",
    "jack",
    "amelie",
    "lukas",
    "lena",
    "jonas",
    "mia",
    "joao",
    "beatriz",
    "tiago",
    "ines",
    "camille",
    "hugo",
    "lea",
    "mateo",
    "valentina",
    "santi",
    "priya",
    "aoife",
    "sipho",
    "nina",
    "felix",
    "rafa",
    "gabi",
    "manon",
    "theo",
    "kev",
]
LAST = [
    "garcia",
    "martin",
    "lopez",
    "silva",
    "santos",
    "dubois",
    "moreau",
    "muller",
    "schmidt",
    "weber",
    "smith",
    "jones",
    "brown",
    "ferreira",
    "costa",
    "oliveira",
    "fernandez",
    "ruiz",
    "gomez",
    "roux",
    "fournier",
    "becker",
    "hoffmann",
    "walsh",
    "obrien",
    "naidoo",
    "patel",
    "taylor",
    "murphy",
    "pereira",
    "almeida",
    "lefebvre",
    "wagner",
    "nunez",
    "vargas",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.test",
    "mailbox.test",
    "example.com",
    "post.example.org",
    "inbox.test",
]


def email(rng: random.Random, locale: str) -> Value:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(6)
    local = [
        f"{f}.{last}",
        f"{f}{last}",
        f"{f[0]}{last}",
        f"{f}_{last}{_digits(rng, 2)}",
        f"{f}{_digits(rng, 4)}",
        f"{last}.{f}",
    ][style]
    dom = rng.choice(EMAIL_DOMAINS)
    v = f"{local}@{dom}"
    return Value(v, v, (local, dom))


# fictional ranges where a country publishes them; otherwise random numbers that
# phonenumbers accepts as valid for the region
_NANP_US = ["201", "212", "312", "415", "617", "646", "702", "213", "305", "404", "512", "206"]
_NANP_CA = ["416", "604", "514", "403", "613", "902"]
_GB_DRAMA = [
    ("20", "79460", 3),
    ("161", "4960", 3),
    ("113", "4960", 3),
    ("117", "4960", 3),
    ("131", "4960", 3),
    ("121", "4960", 3),
]


def _phone_candidate(rng: random.Random, cc: str) -> str:
    if cc in ("US", "CA"):
        npa = rng.choice(_NANP_US if cc == "US" else _NANP_CA)
        return "+1" + npa + "55501" + _digits(rng, 2)
    if cc == "GB":
        area, pre, n = rng.choice(_GB_DRAMA)
        return "+44" + area + pre + _digits(rng, n)
    if cc == "AU":
        if rng.random() < 0.5:
            return "+61491570" + rng.choice(["006", "156", "157", "158", "159", "110"])
        return "+61" + rng.choice("2378") + "5550" + _digits(rng, 4)
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE] * 3 + [phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    ex = phonenumbers.example_number_for_type(cc, kind)
    nsn = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nsn) - rng.randint(4, 6))
    nsn = nsn[:keep] + _digits(rng, len(nsn) - keep)
    return f"+{ex.country_code}{nsn}"


def phone_ok(v: str, region: str | None = None) -> bool:
    try:
        n = phonenumbers.parse(v, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


def phone(rng: random.Random, locale: str) -> Value:
    cc = region_of(locale)
    while True:
        cand = _phone_candidate(rng, cc)
        n = phonenumbers.parse(cand, None)
        if phonenumbers.is_valid_number(n):
            break
    nat = phonenumbers.format_number(n, PNF.NATIONAL)
    intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(n, PNF.E164)
    plain = rng.choice([nat, nat, intl, e164, intl])
    groups = tuple(g for g in "".join(c if c.isdigit() else " " for c in nat).split())
    return Value(e164, plain, groups)


def ip_address(rng: random.Random, locale: str) -> Value:
    r = rng.randrange(7)
    if r == 0:
        v = f"192.0.2.{rng.randint(1, 254)}"
    elif r == 1:
        v = f"198.51.100.{rng.randint(1, 254)}"
    elif r == 2:
        v = f"203.0.113.{rng.randint(1, 254)}"
    elif r == 3:
        v = f"192.168.{rng.randint(0, 99)}.{rng.randint(2, 254)}"
    elif r == 4:
        v = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    elif r == 5:
        v = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    else:
        v = f"2001:db8:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}"
    return Value(v, v, tuple(v.replace(":", ".").split(".")))


def mac_address(rng: random.Random, locale: str) -> Value:
    first = rng.randrange(256) | 0x02  # locally administered
    first &= 0xFE
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    sep = rng.choice([":", ":", "-"])
    v = sep.join(f"{o:02x}" for o in octets)
    if rng.random() < 0.4:
        v = v.upper()
    return Value(v, v, tuple(v.split(sep)))


WORDS = [
    "sunflower",
    "tulipan",
    "mariposa",
    "soleil",
    "papillon",
    "sommer",
    "hund",
    "gato",
    "laranja",
    "saudade",
    "river",
    "dragon",
    "falcon",
    "luna",
    "estrella",
    "chocolat",
    "biscuit",
    "kaffee",
    "bacalhau",
    "pancake",
    "rosita",
    "tigre",
    "nuvem",
]


def password(rng: random.Random, locale: str) -> Value:
    w = rng.choice(WORDS)
    r = rng.randrange(5)
    if r == 0:
        v = w.capitalize() + rng.choice("!#$*?") + _digits(rng, rng.randint(2, 4))
    elif r == 1:
        v = (
            w.replace("o", "0").replace("a", "4")
            + rng.choice(["!!", "?", "_", "*"])
            + _digits(rng, 2)
        )
    elif r == 2:
        v = "".join(
            rng.choice(string.ascii_letters + DIGITS + "!#$%&*") for _ in range(rng.randint(9, 14))
        )
    elif r == 3:
        v = rng.choice(FIRST).capitalize() + _digits(rng, 4) + rng.choice("!.#")
    else:
        v = w + "-" + rng.choice(WORDS) + "-" + _digits(rng, 2)
    if not any(c.isdigit() for c in v):
        v += _digits(rng, 2)
    return Value(v, v, (v,))


def username(rng: random.Random, locale: str) -> Value:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    v = rng.choice(
        [
            f"{f}_{last[:3]}{_digits(rng, 2)}",
            f"{f}{last}{_digits(rng, 2)}",
            f"{last}.{f}{_digits(rng, 1)}",
            f"x{f}{_digits(rng, 3)}x",
            f"{f[:2]}{last}_{_digits(rng, 4)}",
        ]
    )
    return Value(v, v, (v,))


B32 = UPPER + "234567"


def aws_access_key(rng: random.Random, locale: str) -> Value:
    v = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
    if not any(c.isdigit() for c in v):
        v = v[:-1] + "7"
    return Value(v, v, (v[:4], v[4:12], v[12:]))


def aws_secret_key(rng: random.Random, locale: str) -> Value:
    alphabet = string.ascii_letters + DIGITS + "/+"
    v = "".join(rng.choice(alphabet) for _ in range(40))
    return Value(v, v, (v[:20], v[20:]))


# --- national identifiers --------------------------------------------------------------


def us_ssn(rng: random.Random, locale: str) -> Value:
    while True:
        area = rng.randint(1, 899)
        v = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if area != 666 and ssn.is_valid(v):
            return Value(v, f"{v[:3]}-{v[3:5]}-{v[5:]}", (v[:3], v[3:5], v[5:]))


def us_itin(rng: random.Random, locale: str) -> Value:
    while True:
        v = (
            "9"
            + _digits(rng, 2)
            + str(rng.choice(list(range(50, 66)) + list(range(70, 89))))
            + _digits(rng, 4)
        )
        if itin.is_valid(v):
            return Value(v, f"{v[:3]}-{v[3:5]}-{v[5:]}", (v[:3], v[3:5], v[5:]))


def nino_ok(v: str) -> bool:
    v = v.replace(" ", "").upper()
    if len(v) != 9 or not v[2:8].isdigit() or v[8] not in "ABCD":
        return False
    a, b = v[0], v[1]
    if a in "DFIQUV" or b in "DFIQUVO":
        return False
    return v[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def uk_nino(rng: random.Random, locale: str) -> Value:
    while True:
        v = rng.choice(UPPER) + rng.choice(UPPER) + _digits(rng, 6) + rng.choice("ABCD")
        if nino_ok(v):
            g = (v[:2], v[2:4], v[4:6], v[6:8], v[8])
            return Value(v, rng.choice([v, " ".join(g)]), g)


def passport(rng: random.Random, locale: str) -> Value:
    cc = region_of(locale)
    L = lambda n: "".join(rng.choice(UPPER) for _ in range(n))  # noqa: E731
    if cc in ("US",):
        v = rng.choice(["", "A"]) + _digits(rng, 9 if rng.random() < 0.5 else 8, True)
    elif cc in ("GB", "IE", "AU", "NZ", "CA", "IN", "ZA"):
        v = (
            (L(2) + _digits(rng, 7))
            if cc in ("IE", "CA", "IN", "AU", "NZ")
            else _digits(rng, 9, True)
        )
    elif cc in ("ES",):
        v = L(3) + _digits(rng, 6)
    elif cc in ("FR", "BE"):
        v = _digits(rng, 2) + L(2) + _digits(rng, 5)
    elif cc in ("DE", "AT", "CH"):
        alpha = "CFGHJKLMNPRTVWXYZ"
        v = rng.choice(alpha) + "".join(rng.choice(alpha + DIGITS) for _ in range(8))
        if not any(c.isdigit() for c in v):
            v = v[:-1] + "4"
    elif cc in ("BR", "PT", "AO"):
        v = L(2) + _digits(rng, 6)
    else:
        v = rng.choice(UPPER) + _digits(rng, 8)
    return Value(v, v, _chunks(v, [3, 3, 3]))


def driver_id(rng: random.Random, locale: str) -> Value:
    cc = region_of(locale)
    L = lambda n: "".join(rng.choice(UPPER) for _ in range(n))  # noqa: E731
    if cc == "GB":
        sur = rng.choice(LAST).upper()[:5].ljust(5, "9")
        v = (
            sur
            + _digits(rng, 1)
            + rng.choice(["0", "1", "5", "6"])
            + str(rng.randint(1, 9))
            + _digits(rng, 2, True)
            + _digits(rng, 1)
            + L(2)
            + "9"
            + L(2)
        )
    elif cc == "US":
        v = rng.choice([L(1) + _digits(rng, 7), L(1) + _digits(rng, 12), _digits(rng, 9, True)])
    elif cc in ("ES",):
        return es_dni(rng, locale)
    elif cc in ("DE", "AT", "CH"):
        v = L(1) + _digits(rng, 3) + L(3) + _digits(rng, 1) + L(1) + _digits(rng, 2)
    elif cc in ("FR", "BE"):
        v = (
            _digits(rng, 2) + L(2) + _digits(rng, 5)
            if rng.random() < 0.5
            else _digits(rng, 12, True)
        )
    elif cc == "BR":
        base = _digits(rng, 9, True)
        v = base + _digits(rng, 2)
    else:
        v = L(1) + _digits(rng, 8)
    return Value(v, v, _chunks(v, [4, 4, 4, 4]))


def es_dni(rng: random.Random, locale: str) -> Value:
    n = _digits(rng, 8)
    v = n + dni.calc_check_digit(n)
    plain = rng.choice([v, v, f"{n}-{v[-1]}", f"{n[:2]}.{n[2:5]}.{n[5:]}-{v[-1]}"])
    return Value(v, plain, (n[:2], n[2:5], n[5:], v[-1]))


def es_nie(rng: random.Random, locale: str) -> Value:
    p = rng.choice("XYZ")
    n = _digits(rng, 7)
    v = p + n + nie.calc_check_digit(p + n)
    plain = rng.choice([v, f"{p}-{n}-{v[-1]}"])
    return Value(v, plain, (p, n, v[-1]))


CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ"
VOWELS = "AEIOU"
MX_STATES = [
    "AS",
    "BC",
    "BS",
    "CC",
    "CL",
    "CM",
    "CS",
    "CH",
    "DF",
    "DG",
    "GT",
    "GR",
    "HG",
    "JC",
    "MC",
    "MN",
    "MS",
    "NT",
    "NL",
    "OC",
    "PL",
    "QT",
    "QR",
    "SP",
    "SL",
    "SR",
    "TC",
    "TS",
    "TL",
    "VZ",
    "YN",
    "ZS",
]


def _mx_name4(rng: random.Random) -> str:
    return rng.choice(CONSONANTS) + rng.choice(VOWELS) + rng.choice(CONSONANTS) + rng.choice(VOWELS)


def _mx_date(rng: random.Random) -> str:
    return f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def mx_curp(rng: random.Random, locale: str) -> Value:
    while True:
        s = (
            _mx_name4(rng)
            + _mx_date(rng)
            + rng.choice("HM")
            + rng.choice(MX_STATES)
            + "".join(rng.choice(CONSONANTS) for _ in range(3))
            + "0"
        )
        v = s + curp.calc_check_digit(s + "0")
        if curp.is_valid(v):
            return Value(v, v, (v[:4], v[4:10], v[10:16], v[16:]))


def mx_rfc(rng: random.Random, locale: str) -> Value:
    alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
    while True:
        s = _mx_name4(rng) + _mx_date(rng) + rng.choice(alnum) + rng.choice(alnum)
        v = s + rfc.calc_check_digit(s + "0")
        if rfc.is_valid(v, validate_check_digits=True):
            plain = rng.choice([v, f"{v[:4]}-{v[4:10]}-{v[10:]}", f"{v[:4]} {v[4:10]} {v[10:]}"])
            return Value(v, plain, (v[:4], v[4:10], v[10:]))


def br_cpf(rng: random.Random, locale: str) -> Value:
    while True:
        b = _digits(rng, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return Value(
                v, cpf.format(v) if rng.random() < 0.7 else v, (v[:3], v[3:6], v[6:9], v[9:])
            )


def br_cnpj(rng: random.Random, locale: str) -> Value:
    while True:
        b = _digits(rng, 8) + "0001"
        v = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(v):
            return Value(
                v,
                cnpj.format(v) if rng.random() < 0.7 else v,
                (v[:2], v[2:5], v[5:8], v[8:12], v[12:]),
            )


def fr_nir(rng: random.Random, locale: str) -> Value:
    while True:
        s = (
            rng.choice("12")
            + f"{rng.randint(40, 99):02d}"
            + f"{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _digits(rng, 3)
            + _digits(rng, 3)
        )
        if s[5:7] in ("20",):
            continue
        v = s + nir.calc_check_digits(s)
        if nir.is_valid(v):
            g = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
            return Value(v, " ".join(g) if rng.random() < 0.6 else v, g)


def de_idnr(rng: random.Random, locale: str) -> Value:
    while True:
        b = rng.choice("123456789") + _digits(rng, 9)
        v = next((b + c for c in DIGITS if idnr.is_valid(b + c)), "")
        if v:
            g = (v[:2], v[2:5], v[5:8], v[8:])
            return Value(v, " ".join(g) if rng.random() < 0.5 else v, g)


def pt_nif(rng: random.Random, locale: str) -> Value:
    b = rng.choice("123") + _digits(rng, 7)
    v = b + nif.calc_check_digit(b)
    return Value(v, rng.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"]), (v[:3], v[3:6], v[6:]))


DRAW = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": bank_account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_value,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": us_ssn,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": us_itin,
    "UK_NATIONAL_INSURANCE_NUMBER": uk_nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver_id,
    "PASSWORD": password,
    "USERNAME": username,
    "AWS_ACCESS_KEY": aws_access_key,
    "AWS_SECRET_KEY": aws_secret_key,
    "IP_ADDRESS": ip_address,
    "MAC_ADDRESS": mac_address,
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


def validate(pii_type: str, compact: str) -> bool:
    """Re-check a drawn compact value with the published rule for its type."""
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda v: luhn_ok(v) and v[:6] in TEST_BINS + AMEX_BINS,
        "BANK_ROUTING": lambda v: True,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_ok,
        "SWIFT_CODE": bic.is_valid,
        "EMAIL": lambda v: v.split("@")[1] in EMAIL_DOMAINS,
        "PHONE": phone_ok,
        "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
        "MAC_ADDRESS": mac.is_valid,
        "ES_DNI": lambda v: dni.is_valid(v),
        "ES_NIE": nie.is_valid,
        "MX_CURP": curp.is_valid,
        "MX_RFC": lambda v: rfc.is_valid(v, validate_check_digits=True),
        "MX_CLABE": clabe_ok,
        "BR_CPF": cpf.is_valid,
        "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid,
        "DE_TAX_ID": idnr.is_valid,
        "PT_NIF": nif.is_valid,
    }
    check = checks.get(pii_type)
    return True if check is None else bool(check(compact))


# --- must-keep guard -------------------------------------------------------------------

_ID_CHECKS = [
    (lambda d: 12 <= len(d) <= 19 and luhn.is_valid(d)),
    (lambda d: len(d) == 9 and ssn.is_valid(d)),
    (lambda d: len(d) == 11 and cpf.is_valid(d)),
    (lambda d: len(d) == 14 and cnpj.is_valid(d)),
    (lambda d: len(d) == 9 and nif.is_valid(d)),
    (lambda d: len(d) == 11 and idnr.is_valid(d)),
    (lambda d: len(d) == 9 and rtn.is_valid(d)),
    (lambda d: len(d) in (13, 15) and nir.is_valid(d)),
    (
        lambda d: (
            len(d) == 8 and any(dni.is_valid(d + c) for c in "TRWAGMYFPDXBNJZSQVHLCKE") and False
        )
    ),
    (lambda d: len(d) == 18 and clabe_ok(d)),
]


def is_identifier(text: str) -> bool:
    """True when a must-keep string would pass an identifier or phone check."""
    digits = "".join(c for c in text if c.isdigit())
    compact = "".join(c for c in text if c.isalnum()).upper()
    runs = "".join(c if c.isdigit() else " " for c in text).split()
    for d in {digits, *runs}:
        if any(check(d) for check in _ID_CHECKS):
            return True
        if len(d) >= 9 and any(phone_ok(d, region) for region in CORPUS_REGIONS):
            return True
    if len(compact) >= 8 and compact[:2].isalpha() and iban.is_valid(compact):
        return True
    return len(compact) == 9 and (dni.is_valid(compact) or nie.is_valid(compact))
