"""Draw synthetic PII and must-keep values, and validate them with published check rules.

Every draw takes a ``random.Random`` seeded from strings: no dependence on PYTHONHASHSEED.
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
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

UPPER = string.ascii_uppercase
DIGITS = string.digits


def rdig(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def country(locale: str) -> str:
    return locale.split("-")[1]


# ---------------------------------------------------------------- cards
CARD_PREFIXES = [
    ("411111", 16),
    ("424242", 16),
    ("400000", 16),
    ("555555", 16),
    ("510510", 16),
    ("378282", 15),
    ("601111", 16),
]


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + rdig(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def card_groups(value: str) -> list[str]:
    if len(value) == 15:
        return [value[:4], value[4:10], value[10:]]
    return [value[i : i + 4] for i in range(0, len(value), 4)]


def cvv(rng: random.Random) -> str:
    return rdig(rng, rng.choice([3, 3, 3, 4]))


def expiry_parts(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(26, 33)


def pin(rng: random.Random) -> str:
    while True:
        v = rdig(rng, rng.choice([4, 4, 4, 6]))
        if len(set(v)) > 1:
            return v


# ---------------------------------------------------------------- bank
def clabe_check(body: str) -> str:
    weights = [3, 7, 1] * 6
    total = sum((int(d) * w) % 10 for d, w in zip(body, weights[: len(body)], strict=True))
    return str((10 - total % 10) % 10)


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072"]) + rdig(rng, 14)
    return body + clabe_check(body)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


IBAN_BBAN = {
    "ES": lambda r: rdig(r, 20),
    "DE": lambda r: rdig(r, 18),
    "FR": lambda r: rdig(r, 23),
    "PT": lambda r: rdig(r, 21),
    "GB": lambda r: r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + rdig(r, 14),
    "BR": lambda r: rdig(r, 23) + r.choice("CP") + r.choice(UPPER[:5]),
    "BE": lambda r: rdig(r, 12),
    "IT": lambda r: r.choice(UPPER) + rdig(r, 22),
    "AT": lambda r: rdig(r, 16),
    "CH": lambda r: rdig(r, 17),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + rdig(r, 14),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO"]) + rdig(r, 10),
}


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def make_iban(rng: random.Random, cc: str) -> str:
    while True:
        bban = IBAN_BBAN[cc](rng)
        if cc == "ES":
            bban = bban[:8] + ccc.calc_check_digits(bban[:8] + "00" + bban[10:]) + bban[10:]
        value = cc + _iban_check(cc, bban) + bban
        if iban.is_valid(value):
            return value


def iban_groups(value: str) -> list[str]:
    return [value[i : i + 4] for i in range(0, len(value), 4)]


LOCALE_IBAN = {
    "ES": "ES",
    "DE": "DE",
    "FR": "FR",
    "PT": "PT",
    "GB": "GB",
    "BR": "BR",
    "BE": "BE",
    "AT": "AT",
    "CH": "CH",
    "IE": "IE",
}


def iban_for(rng: random.Random, locale: str) -> str:
    cc = LOCALE_IBAN.get(country(locale)) or rng.choice(["ES", "DE", "FR", "IT", "NL", "PT"])
    return make_iban(rng, cc)


def aba(rng: random.Random) -> str:
    body = rng.choice(["0", "1", "2", "3"]) + rdig(rng, 7)
    return body + rtn.calc_check_digit(body)


def routing(rng: random.Random, locale: str) -> str:
    c = country(locale)
    if c == "GB":
        return "-".join(rdig(rng, 2) for _ in range(3))
    if c == "DE":
        return rng.choice("1234567") + rdig(rng, 7)
    if c == "AT":
        return rng.choice("1234") + rdig(rng, 4)
    if c == "BR":
        return rdig(rng, 4)
    if c == "CA":
        return rdig(rng, 5) + "-" + rdig(rng, 3)
    if c in ("AU", "NZ"):
        return rdig(rng, 3) + "-" + rdig(rng, 3)
    if c == "IN":
        return rng.choice(["SBIN", "HDFC", "ICIC"]) + "0" + rdig(rng, 6)
    return aba(rng)


def account(rng: random.Random, locale: str) -> str:
    c = country(locale)
    n = {"GB": 8, "US": 10, "DE": 10, "BR": 8, "IN": 12, "MX": 11, "AR": 10, "CO": 11, "CL": 9}.get(
        c, 10
    )
    return rng.choice("123456789") + rdig(rng, n - 1)


SWIFT_BANKS = {
    "ES": ["BBVA", "CAIX", "BSCH"],
    "DE": ["DEUT", "COBA", "GENO"],
    "FR": ["BNPA", "SOGE", "CRLY"],
    "GB": ["BARC", "NWBK", "LOYD"],
    "PT": ["CGDI", "BCOM"],
    "BR": ["BRAS", "ITAU"],
    "US": ["CHAS", "BOFA"],
    "MX": ["BNMX", "BCMR"],
    "BE": ["GEBA", "KRED"],
    "CH": ["UBSW", "CRES"],
    "AT": ["BKAU", "GIBA"],
}


def swift(rng: random.Random, locale: str) -> str:
    c = country(locale)
    cc = c if c in SWIFT_BANKS else rng.choice(list(SWIFT_BANKS))
    v = rng.choice(SWIFT_BANKS[cc]) + cc + rng.choice(UPPER) + rng.choice(UPPER + DIGITS)
    if rng.random() < 0.3:
        v += rng.choice(["XXX", "001", "MAD", "PAR"])
    assert bic.is_valid(v)
    return v


# ---------------------------------------------------------------- contact
FIRST = [
    "ana",
    "luis",
    "marie",
    "jon",
    "kate",
    "pedro",
    "joana",
    "lukas",
    "sofia",
    "mike",
    "lea",
    "raj",
    "chloe",
    "thiago",
    "ines",
    "paul",
    "nadia",
    "tom",
    "lucia",
    "yann",
]
LAST = [
    "lopez",
    "smith",
    "martin",
    "silva",
    "mueller",
    "garcia",
    "dubois",
    "costa",
    "oconnor",
    "patel",
    "weber",
    "santos",
    "ruiz",
    "bernard",
    "ferreira",
    "brown",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.org",
    "post.test",
    "inbox.test",
]


def email(rng: random.Random) -> tuple[str, str, str]:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f + "." + last,
            f + last,
            f[0] + last,
            f + "_" + last,
            f + "." + last + rdig(rng, 2),
            last + f[0] + rdig(rng, 4),
        ]
    )
    return local, rng.choice(DOMAINS), local + "@"


def username(rng: random.Random) -> str:
    f = rng.choice(FIRST)
    return rng.choice(
        [
            f + "_" + rng.choice(LAST),
            f + rdig(rng, 3),
            rng.choice(["xx", "the", "real", "its"]) + f + rdig(rng, 2),
            f + "." + rng.choice(LAST) + rdig(rng, 2),
        ]
    )


PHONE_REGION = {
    "IE": "IE",
    "CA": "CA",
    "AU": "AU",
    "IN": "IN",
    "NZ": "NZ",
    "ZA": "ZA",
    "ES": "ES",
    "MX": "MX",
    "AR": "AR",
    "CO": "CO",
    "CL": "CL",
    "FR": "FR",
    "BE": "BE",
    "CH": "CH",
    "DE": "DE",
    "AT": "AT",
    "BR": "BR",
    "PT": "PT",
    "AO": "AO",
}
CORPUS_REGIONS = ["US", "GB", *sorted(set(PHONE_REGION.values()))]


def phone(rng: random.Random, locale: str) -> phonenumbers.PhoneNumber:
    c = country(locale)
    if c == "US":
        return phonenumbers.parse(
            rng.choice(["201", "212", "305", "415", "646", "713"]) + "55501" + rdig(rng, 2), "US"
        )
    if c == "GB":
        raw = rng.choice(["020 7946 0", "0113 496 0", "0161 496 0", "0117 496 0"]) + rdig(rng, 3)
        return phonenumbers.parse(raw, "GB")
    region = PHONE_REGION[c]
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE] * 3 + [phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    ex = phonenumbers.example_number_for_type(region, kind)
    nat = str(ex.national_number)
    while True:
        keep = max(2, len(nat) - 6)
        cand = nat[:keep] + rdig(rng, len(nat) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand, region)
        if phonenumbers.is_valid_number(num):
            return num


def phone_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


# ---------------------------------------------------------------- national ids
def us_ssn(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(100, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def us_itin(rng: random.Random) -> str:
    while True:
        v = (
            "9"
            + rdig(rng, 2)
            + str(rng.choice([70, 71, 72, 78, 80, 81, 88, 90, 92, 94, 99]))
            + rdig(rng, 4)
        )
        if itin.is_valid(v):
            return v


NINO_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def nino(rng: random.Random) -> str:
    while True:
        v = (
            rng.choice("ABCEHJKLMNPRSTWXYZ")
            + rng.choice("ABCEHJKLMNPRSTWXYZ")
            + rdig(rng, 6)
            + rng.choice("ABCD")
        )
        if NINO_RE.match(v):
            return v


def es_dni(rng: random.Random) -> str:
    body = rdig(rng, 8)
    return body + dni.calc_check_digit(body)


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + rdig(rng, 7)
    return body + nie.calc_check_digit(body)


CONS = "BCDFGHJKLMNPRSTVZ"
VOW = "AEIOU"
MX_STATES = ["DF", "JC", "NL", "MC", "PL", "GT", "VZ", "YN", "QR", "SL"]


def _mx_name(rng: random.Random) -> tuple[str, str]:
    while True:
        four = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(VOW + CONS)
        if four not in curp._name_blacklist and four not in rfc._name_blacklist:
            break
    y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
    return four, f"{y:02d}{m:02d}{d:02d}"


def mx_curp(rng: random.Random) -> str:
    four, date = _mx_name(rng)
    body = (
        four
        + date
        + rng.choice("HM")
        + rng.choice(MX_STATES)
        + "".join(rng.choice(CONS) for _ in range(3))
        + "0"
    )
    v = body + curp.calc_check_digit(body + "0")
    assert curp.is_valid(v), v
    return v


def mx_rfc(rng: random.Random) -> str:
    while True:
        four, date = _mx_name(rng)
        body = four + date + rng.choice(CONS + DIGITS) + rng.choice(CONS + DIGITS)
        v = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(v):
            return v


def br_cpf(rng: random.Random) -> str:
    while True:
        body = rdig(rng, 9)
        for _ in range(2):
            w = range(len(body) + 1, 1, -1)
            s = sum(int(d) * k for d, k in zip(body, w, strict=True))
            body += str((s * 10 % 11) % 10)
        if cpf.is_valid(body):
            return body


def fmt_cpf(v: str) -> str:
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def br_cnpj(rng: random.Random) -> str:
    body = rdig(rng, 8) + "0001"
    v = body + cnpj.calc_check_digits(body)
    assert cnpj.is_valid(v)
    return v


def fmt_cnpj(v: str) -> str:
    return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"


def fr_nir(rng: random.Random) -> str:
    body = (
        rng.choice("12")
        + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
        + f"{rng.choice([13, 33, 59, 69, 75, 92, 93]):02d}"
        + f"{rng.randint(1, 990):03d}"
        + f"{rng.randint(1, 999):03d}"
    )
    v = body + nir.calc_check_digits(body)
    assert nir.is_valid(v)
    return v


def fmt_nir(v: str) -> str:
    return " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])


def de_idnr(rng: random.Random) -> str:
    while True:
        digits = rng.sample("0123456789", 9)
        dup = rng.choice(digits)
        body = [*digits, dup]
        rng.shuffle(body)
        if body[0] == "0":
            continue
        body_s = "".join(body)
        for check in DIGITS:
            if idnr.is_valid(body_s + check):
                return body_s + check


def fmt_idnr(v: str) -> str:
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def pt_nif(rng: random.Random) -> str:
    body = rng.choice("12") + rdig(rng, 7)
    v = body + nif.calc_check_digit(body)
    assert nif.is_valid(v)
    return v


def passport(rng: random.Random, locale: str) -> str:
    c = country(locale)
    if c in ("US", "IN", "IE"):
        return rng.choice(UPPER) + rdig(rng, 8) if c != "US" else rdig(rng, 9)
    if c in ("ES", "MX", "AR", "CO", "CL"):
        return "".join(rng.choice(UPPER) for _ in range(3)) + rdig(rng, 6)
    if c in ("FR", "BE", "CH"):
        return rdig(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + rdig(rng, 5)
    if c in ("DE", "AT"):
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ" + DIGITS) for _ in range(8)
        )
    if c in ("BR", "PT", "AO"):
        return "".join(rng.choice(UPPER) for _ in range(2)) + rdig(rng, 6)
    return rng.choice(UPPER) + rdig(rng, 7)


def driver_id(rng: random.Random, locale: str) -> str:
    c = country(locale)
    if c == "GB":
        return (
            "".join(rng.choice(UPPER) for _ in range(5))
            + rdig(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + rdig(rng, 1)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    if c == "US":
        return rng.choice(UPPER) + rdig(rng, 7)
    if c in ("ES",):
        return es_dni(rng)
    if c == "BR":
        return rng.choice("123456789") + rdig(rng, 10)
    if c in ("FR", "BE"):
        return rdig(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + rdig(rng, 5)
    if c in ("DE", "AT", "CH"):
        return (
            rng.choice(UPPER)
            + rdig(rng, 3)
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
            + rdig(rng, 1)
        )
    if c == "PT":
        return rng.choice(["L", "P", "C"]) + "-" + rdig(rng, 7)
    if c == "MX":
        return rng.choice(UPPER) + rdig(rng, 8)
    return rng.choice(UPPER) + rdig(rng, 7)


# ---------------------------------------------------------------- secrets and network
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + DIGITS + "+/"


def aws_access(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    return "".join(rng.choice(B64) for _ in range(40))


PW_WORDS = [
    "Sol",
    "gato",
    "Lune",
    "Haus",
    "praia",
    "tiger",
    "Mango",
    "verano",
    "Blume",
    "pizza",
    "Dragon",
    "chuva",
    "Paris",
    "nieve",
]


def password(rng: random.Random) -> str:
    w = rng.choice(PW_WORDS)
    return rng.choice(
        [
            w + rdig(rng, rng.randint(2, 4)) + rng.choice("!#$*?."),
            rng.choice(PW_WORDS).lower() + "_" + w + rdig(rng, 2),
            "".join(
                rng.choice(string.ascii_letters + DIGITS + "!#%&*")
                for _ in range(rng.randint(10, 14))
            ),
            w.upper() + "." + rdig(rng, 4),
        ]
    )


def ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            f"2001:db8:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
        ]
    )


def mac(rng: random.Random) -> str:
    first = rng.randrange(0, 256) & 0xFC | 0x02
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    sep = rng.choice([":", "-", ":"])
    v = sep.join(f"{o:02x}" for o in octets)
    return v.upper() if rng.random() < 0.5 else v


# ---------------------------------------------------------------- identifier check for must_keep
def id_like(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if not d:
        return False
    n = len(d)
    if 12 <= n <= 19 and luhn.is_valid(d):
        return True
    checks = []
    if n == 9:
        checks += [ssn.is_valid(d), rtn.is_valid(d), nif.is_valid(d), itin.is_valid(d)]
    if n == 11:
        checks += [cpf.is_valid(d), idnr.is_valid(d)]
    if n == 14:
        checks.append(cnpj.is_valid(d))
    if n == 15:
        checks.append(nir.is_valid(d))
    if n == 18:
        checks.append(clabe_valid(d))
    if any(checks):
        return True
    if re.search(r"[A-Z]{2}\d{2}", text.replace(" ", "")) and iban.is_valid(text):
        return True
    if n >= 9:
        for region in CORPUS_REGIONS:
            if phone_valid(d, region) or phone_valid("+" + d, region):
                return True
    return False
