"""Draw synthetic PII values and non-PII look-alikes, each checked by its own validator.

Every value is random; check digits come from python-stdnum (or, where stdnum has no module,
from the published algorithm written out here) and phone numbers from fictional or drama ranges
checked with `phonenumbers`.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

D = string.digits
U = string.ascii_uppercase


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(D) for _ in range(n))


def _u(r: random.Random, n: int, pool: str = U) -> str:
    return "".join(r.choice(pool) for _ in range(n))


BINS = [
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


def card(r: random.Random) -> str:
    b = r.choice(BINS)
    n = 15 if b.startswith("37") else 16
    body = b + _d(r, n - len(b) - 1)
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return v


def cvv(r: random.Random) -> str:
    return _d(r, r.choice([3, 3, 3, 4]))


def expiry(r: random.Random) -> str:
    return f"{r.randint(1, 12):02d}/{r.randint(26, 33)}"


def pin(r: random.Random) -> str:
    return _d(r, r.choice([4, 4, 4, 6]))


def account(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _d(r, r.choice([7, 9, 10, 11]))


def clabe_check(body: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(body)) % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(r: random.Random) -> str:
    body = r.choice(["002", "012", "014", "021", "072", "127"]) + _d(r, 14)
    return body + clabe_check(body)


def routing(r: random.Random, locale: str) -> str:
    cc = locale[-2:]
    if cc == "GB":
        return f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}"
    if cc in ("DE", "AT", "CH"):
        return str(r.randint(1, 8)) + _d(r, 7)
    if cc == "BR":
        return _d(r, 4)
    while True:
        body = r.choice(["0", "1", "2", "3"]) + _d(r, 7)
        for c in D:
            if rtn.is_valid(body + c):
                return body + c


def _iban_from_bban(cc: str, bban: str) -> str:
    v = cc + "00" + bban
    return cc + iban.calc_check_digits(v) + bban


IBAN_SPEC = {
    "ES": "d20",
    "DE": "d18",
    "FR": "d23",
    "PT": "d21",
    "GB": "u4d14",
    "BR": "d23u1a1",
    "IT": "u1d22",
    "NL": "u4d10",
    "BE": "d12",
    "AT": "d16",
    "CH": "d17",
    "IE": "u4d14",
}


def iban_value(r: random.Random, cc: str) -> str:
    spec = IBAN_SPEC[cc]
    for _ in range(2000):
        bban = ""
        i = 0
        while i < len(spec):
            kind = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1 : j])
            pool = D if kind == "d" else U if kind == "u" else D + U
            bban += _u(r, n, pool)
            i = j
        if cc == "ES":
            b = bban[:8] + "00" + bban[10:]
            bban = b[:8] + ccc.calc_check_digits(b) + b[10:]
        if cc in ("FR", "PT", "BE"):
            for k in range(100):
                cand = _iban_from_bban(cc, bban[:-2] + f"{k:02d}")
                if iban.is_valid(cand):
                    return cand
            continue
        v = _iban_from_bban(cc, bban)
        if iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def swift(r: random.Random, cc: str) -> str:
    v = _u(r, 4) + cc + _u(r, 1) + r.choice(D + U) + r.choice(["", "", "XXX", _u(r, 3)])
    assert bic.is_valid(v)
    return v


FIRST = [
    "maria",
    "jose",
    "lucia",
    "pedro",
    "ana",
    "joao",
    "camille",
    "luc",
    "jonas",
    "lena",
    "sofia",
    "diego",
    "kate",
    "tom",
    "ines",
    "rafael",
    "chloe",
    "yannick",
    "greta",
    "mateus",
    "fernanda",
]
LAST = [
    "garcia",
    "lopez",
    "martins",
    "dubois",
    "schmidt",
    "silva",
    "moreau",
    "weber",
    "costa",
    "reyes",
    "smith",
    "fernandes",
    "lefevre",
    "becker",
    "ramos",
    "souza",
    "ortega",
    "brown",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.es",
    "yahoo.fr",
    "web.de",
    "gmx.at",
    "uol.com.br",
    "sapo.pt",
    "icloud.com",
    "proton.me",
    "orange.fr",
    "bol.com.br",
    "live.com.mx",
]


def email(r: random.Random) -> str:
    f, l_ = r.choice(FIRST), r.choice(LAST)
    local = r.choice(
        [f"{f}.{l_}", f"{f}{l_[:3]}", f"{f[0]}{l_}", f"{f}_{l_}{_d(r, 2)}", f"{l_}.{f}{_d(r, 4)}"]
    )
    return f"{local}@{r.choice(DOMAINS)}"


LOCALE_PHONE = {
    "US": "US",
    "GB": "GB",
    "ES": "ES",
    "MX": "MX",
    "AR": "ES",
    "CO": "MX",
    "FR": "FR",
    "CA": "US",
    "BE": "FR",
    "DE": "DE",
    "AT": "DE",
    "CH": "DE",
    "BR": "BR",
    "PT": "PT",
}


def phone(r: random.Random, locale: str) -> tuple[str, str]:
    """Return (region, E.164)."""
    reg = LOCALE_PHONE[locale[-2:]]
    while True:
        if reg == "US":
            nat = r.choice(["202", "212", "305", "312", "415", "617", "713"]) + "55501" + _d(r, 2)
        elif reg == "GB":
            nat = r.choice(["20794600", "11349600", "16149600"]) + _d(r, 2)
        elif reg == "ES":
            nat = r.choice(["6", "7", "9"]) + _d(r, 8)
        elif reg == "MX":
            nat = r.choice(["55", "33", "81"]) + _d(r, 8)
        elif reg == "FR":
            nat = r.choice(["6", "7", "1"]) + _d(r, 8)
        elif reg == "DE":
            nat = r.choice(["151", "160", "170", "176"]) + _d(r, 8)
        elif reg == "BR":
            nat = r.choice(["11", "21", "31", "41"]) + "9" + r.choice("6789") + _d(r, 7)
        else:
            nat = "9" + r.choice("1236") + _d(r, 7)
        num = phonenumbers.parse(nat, reg)
        if phonenumbers.is_valid_number(num):
            return reg, phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def us_ssn(r: random.Random) -> str:
    while True:
        v = f"{r.randint(1, 899):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if ssn.is_valid(v) and not v.startswith("666"):
            return v


def us_itin(r: random.Random) -> str:
    while True:
        v = f"9{_d(r, 2)}-{r.choice(['7', '8'])}{_d(r, 1)}-{_d(r, 4)}"
        if itin.is_valid(v):
            return v


def nino_valid(v: str) -> bool:
    v = v.replace(" ", "")
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    return (
        len(v) == 9
        and v[0] not in bad1
        and v[1] not in bad2
        and v[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
        and v[:2].isalpha()
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


def uk_nino(r: random.Random) -> str:
    while True:
        v = _u(r, 2, "ABCEGHJKLMNPRSTWXYZ") + _d(r, 6) + r.choice("ABCD")
        if nino_valid(v):
            return v


def passport(r: random.Random, locale: str) -> str:
    cc = locale[-2:]
    if cc in ("ES", "AR", "MX", "CO"):
        return _u(r, 3) + _d(r, 6)
    if cc in ("FR", "BE", "CA"):
        return _d(r, 2) + _u(r, 2) + _d(r, 5)
    if cc in ("DE", "AT", "CH"):
        return "C" + _u(r, 8, "CFGHJKLMNPRTVWXYZ" + D)
    if cc in ("BR", "PT"):
        return _u(r, 2) + _d(r, 6)
    return str(r.randint(1, 9)) + _d(r, 8)


def driver_id(r: random.Random, locale: str) -> str:
    cc = locale[-2:]
    if cc in ("US", "CA"):
        return _u(r, 1) + _d(r, 7)
    if cc == "GB":
        return _u(r, 5) + _d(r, 6) + _u(r, 2) + _d(r, 1) + _u(r, 2)
    if cc in ("DE", "AT", "CH"):
        return _u(r, 1) + _d(r, 3) + _u(r, 1) + _d(r, 5) + _u(r, 1)
    if cc == "BR":
        return _d(r, 11)
    return _u(r, 2) + "-" + _d(r, 6)


SYL = ["sol", "mar", "luz", "rio", "kat", "blue", "tigre", "lune", "haus", "gato", "nuvem", "star"]


def password(r: random.Random) -> str:
    w = r.choice(SYL).capitalize() + r.choice(SYL) + r.choice(["!", "#", "*", "$", "?", "_"])
    return w + _d(r, r.randint(2, 4)) if r.random() < 0.7 else _d(r, 2) + w


def username(r: random.Random) -> str:
    f, l_ = r.choice(FIRST), r.choice(LAST)
    return r.choice([f"{f}_{l_}", f"{f}{l_[:2]}{_d(r, 2)}", f"{l_}.{f}", f"x{f}{_d(r, 3)}"])


def username_alpha(r: random.Random) -> str:
    return r.choice(FIRST) + r.choice(["_", ".", ""]) + r.choice(LAST)


def ip(r: random.Random) -> str:
    if r.random() < 0.15:
        return (
            "2001:db8:"
            + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3))
            + "::"
            + f"{r.randint(1, 65535):x}"
        )
    return ".".join(
        str(x)
        for x in [
            r.choice([81, 88, 177, 189, 201, 91, 62, 83]),
            r.randint(0, 255),
            r.randint(0, 255),
            r.randint(1, 254),
        ]
    )


def mac(r: random.Random) -> str:
    sep = r.choice([":", "-"])
    return sep.join(f"{r.randint(0, 255):02X}" for _ in range(6))


B32 = U + "234567"


def aws_access(r: random.Random) -> str:
    return "AKIA" + _u(r, 16, B32)


def aws_secret(r: random.Random) -> str:
    return _u(r, 40, string.ascii_letters + D + "/+")


def es_dni(r: random.Random) -> str:
    b = _d(r, 8)
    return b + dni.calc_check_digit(b)


def es_nie(r: random.Random) -> str:
    b = r.choice("XYZ") + _d(r, 7)
    v = b + nie.calc_check_digit(b)
    assert nie.is_valid(v)
    return v


CONS = "BCDFGHJKLMNPRSTVZ"
VOW = "AEIOU"
STATES = ["AS", "BC", "CL", "DF", "GT", "JC", "MC", "NL", "PL", "QT", "SL", "VZ", "YN"]


def _birth(r: random.Random) -> str:
    return f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def mx_curp(r: random.Random) -> str:
    while True:
        b = (
            r.choice(CONS)
            + r.choice(VOW)
            + _u(r, 2, CONS)
            + _birth(r)
            + r.choice("HM")
            + r.choice(STATES)
            + _u(r, 3, CONS)
            + r.choice(D)
        )
        v = b + curp.calc_check_digit(b)
        if curp.is_valid(v):
            return v


def mx_rfc(r: random.Random) -> str:
    while True:
        b = r.choice(CONS) + r.choice(VOW) + _u(r, 2, CONS) + _birth(r) + _u(r, 2, U + D)
        v = b + rfc.calc_check_digit(b)
        if rfc.is_valid(v):
            return v


def br_cpf(r: random.Random) -> str:
    while True:
        b = _d(r, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def br_cnpj(r: random.Random) -> str:
    b = _d(r, 8) + "0001"
    v = b + cnpj.calc_check_digits(b)
    assert cnpj.is_valid(v)
    return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"


def fr_nir(r: random.Random) -> str:
    while True:
        b = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
            + f"{r.randint(1, 95):02d}"
            + _d(r, 3)
            + _d(r, 3)
        )
        if b[5:7] == "20":
            continue
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def de_idnr(r: random.Random) -> str:
    while True:
        b = str(r.randint(1, 9)) + _d(r, 9)
        v = b + mod_11_10.calc_check_digit(b)
        if idnr.is_valid(v):
            return v


def pt_nif(r: random.Random) -> str:
    b = r.choice("123") + _d(r, 7)
    return b + nif.calc_check_digit(b)


# ---------------------------------------------------------------- non-PII look-alikes


def _phone_like(digits: str) -> bool:
    for reg in ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB", "AR"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


def passes_a_checksum(digits: str) -> bool:
    """True when a digit run could be mistaken for an identifier by any checksum we know."""
    n = len(digits)
    checks = [
        luhn.is_valid(digits) and n >= 4,
        n == 9 and rtn.is_valid(digits),
        n == 11 and cpf.is_valid(digits),
        n == 14 and cnpj.is_valid(digits),
        n == 9 and nif.is_valid(digits),
        n == 15 and nir.is_valid(digits),
        n == 11 and idnr.is_valid(digits),
        n == 18 and clabe_valid(digits),
        n == 9 and ssn.is_valid(digits),
        n == 8 and dni.is_valid(digits + "T"),
        _phone_like(digits),
    ]
    return any(checks)


def lookalike(r: random.Random, lo: int = 4, hi: int = 11) -> str:
    while True:
        v = str(r.randint(1, 9)) + _d(r, r.randint(lo, hi) - 1)
        if not passes_a_checksum(v):
            return v
