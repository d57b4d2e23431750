"""Draw synthetic PII values and must-keep numbers, and validate every one.

Every draw takes a ``random.Random`` so the whole corpus follows from one seed.
Check digits are computed and then validated again with python-stdnum (or, for
CLABE and the UK NINO, which stdnum 2.2 lacks, with the published rule).
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

DIG = string.digits
UP = string.ascii_uppercase

# ---------------------------------------------------------------- helpers


def _digits(r: random.Random, n: int, first: str = DIG) -> str:
    return r.choice(first) + "".join(r.choice(DIG) for _ in range(n - 1))


def clabe_ok(v: str) -> bool:
    """CLABE: 18 digits, weights 3,7,1 on the first 17, mod 10 (Banxico rule)."""
    if len(v) != 18 or not v.isdigit():
        return False
    s = sum((int(d) * w) % 10 for d, w in zip(v[:17], [3, 7, 1] * 6))
    return (10 - s % 10) % 10 == int(v[17])


def nino_ok(v: str) -> bool:
    """UK National Insurance number format rules (HMRC NIM39110)."""
    v = v.replace(" ", "")
    if len(v) != 9 or not (v[:2].isalpha() and v[2:8].isdigit() and v[8] in "ABCD"):
        return False
    a, b = v[0], v[1]
    if a in "DFIQUV" or b in "DFIQUVO":
        return False
    return v[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


# ------------------------------------------------------------------ cards

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


def card(r: random.Random) -> str:
    b = r.choice(CARD_BINS)
    n = 15 if b.startswith("37") else 16
    body = b + _digits(r, n - 1 - len(b))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return v


def card_groups(v: str) -> list[str]:
    if len(v) == 15:
        return [v[:4], v[4:10], v[10:]]
    return [v[i : i + 4] for i in range(0, len(v), 4)]


def cvv(r: random.Random) -> str:
    return _digits(r, r.choice([3, 3, 3, 4]))


def expiry(r: random.Random) -> tuple[int, int]:
    return r.randint(1, 12), r.randint(26, 33)


def pin(r: random.Random) -> str:
    return _digits(r, r.choice([4, 4, 4, 6]))


# ------------------------------------------------------------------ banks


def bank_account(r: random.Random, cc: str) -> str:
    if cc == "GB":
        return _digits(r, 8)
    if cc == "DE":
        return _digits(r, 10, "123456789")
    if cc == "BR":
        return _digits(r, r.choice([5, 6, 8]), "123456789") + "-" + r.choice(DIG)
    if cc == "MX":
        return _digits(r, r.choice([10, 11]), "123456789")
    return _digits(r, r.choice([8, 9, 10, 12]), "123456789")


def routing(r: random.Random, cc: str) -> str:
    if cc == "GB":
        return "-".join(_digits(r, 2) for _ in range(3))
    if cc == "DE":  # Bankleitzahl: 8 digits, first digit 1-8 (clearing area)
        return _digits(r, 8, "12345678")
    if cc == "BR":  # agência, 4 digits, sometimes with a check digit
        a = _digits(r, 4, "123456789")
        return a + ("-" + r.choice(DIG) if r.random() < 0.4 else "")
    while True:  # US ABA: first two digits 01-12 or 21-32
        pre = r.choice(
            ["0" + str(r.randint(1, 9)), "1" + str(r.randint(0, 2)), str(r.randint(21, 32))]
        )
        body = pre + _digits(r, 6)
        for c in DIG:
            if rtn.is_valid(body + c):
                return body + c


IBAN_BBAN = {  # country: (length of BBAN, pattern: n digit, a upper, c alnum)
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnn" + "c" * 11 + "nn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "BR": "nnnnnnnnnnnnnnnnnnnnnnnac",
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaannnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "CH": "n" * 5 + "c" * 12,
    "IE": "aaaannnnnnnnnnnnnn",
    "MX": "",
}


def iban_value(r: random.Random, cc: str) -> str:
    if cc not in IBAN_BBAN or not IBAN_BBAN[cc]:
        cc = "ES"
    pat = IBAN_BBAN[cc]
    for _ in range(100000):
        bban = "".join(
            r.choice(DIG) if p == "n" else r.choice(UP) if p == "a" else r.choice(DIG * 6 + UP)
            for p in pat
        )
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + bban[4:]
        if cc == "BR":
            bban = bban[:-2] + "C1"
        v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(v):
            return v
    raise RuntimeError("no valid IBAN for " + cc)


def swift(r: random.Random, cc: str) -> str:
    cc = (
        cc
        if cc in {"ES", "DE", "FR", "PT", "GB", "BR", "MX", "US", "AR", "AT", "CH", "BE", "CA"}
        else "ES"
    )
    while True:
        v = (
            "".join(r.choice(UP) for _ in range(4))
            + cc
            + r.choice(UP + "23456789")
            + r.choice(UP + DIG)
        )
        if r.random() < 0.5:
            v += r.choice(["XXX", "".join(r.choice(UP + DIG) for _ in range(3))])
        if bic.is_valid(v):
            return v


def clabe(r: random.Random) -> str:
    body = (
        r.choice(["002", "012", "014", "021", "030", "036", "044", "072"])
        + _digits(r, 3)
        + _digits(r, 11)
    )
    s = sum((int(d) * w) % 10 for d, w in zip(body, [3, 7, 1] * 6))
    v = body + str((10 - s % 10) % 10)
    assert clabe_ok(v)
    return v


# ------------------------------------------------------------------ phones

PHONE_REGIONS = ["US", "GB", "ES", "MX", "BR", "FR", "DE", "PT"]


def _phone_candidate(r: random.Random, cc: str) -> str:
    if cc == "US":
        return (
            "+1"
            + r.choice(["212", "312", "415", "617", "305", "713", "206"])
            + "55501"
            + _digits(r, 2)
        )
    if cc == "GB":
        return r.choice(["+44207946", "+44113496", "+44161496", "+44117496"]) + "0" + _digits(r, 3)
    if cc == "ES":
        return (
            "+34" + r.choice("67") + _digits(r, 8)
            if r.random() < 0.7
            else "+349" + r.choice("1345") + _digits(r, 7)
        )
    if cc == "MX":
        return "+52" + r.choice(["55", "33", "81", "222", "664"]) + _digits(r, 8)[:8]
    if cc == "BR":
        return (
            "+55"
            + r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
            + "9"
            + _digits(r, 8, "6789")
        )
    if cc == "FR":
        return "+33" + r.choice("67") + _digits(r, 8)
    if cc == "DE":
        return "+49" + r.choice(["151", "160", "170", "176", "30", "89", "40"]) + _digits(r, 8)
    return "+351" + r.choice(["91", "92", "93", "96", "21", "22"]) + _digits(r, 7)


def phone(r: random.Random, cc: str) -> phonenumbers.PhoneNumber:
    cc = cc if cc in PHONE_REGIONS else "ES"
    for _ in range(1000):
        cand = _phone_candidate(r, cc)
        try:
            num = phonenumbers.parse(cand, None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == cc:
            return num
    raise RuntimeError("no valid phone for " + cc)


def phone_surface(r: random.Random, num: phonenumbers.PhoneNumber) -> str:
    """One of the ways people write their own number."""
    F = phonenumbers.PhoneNumberFormat
    style = r.choice(["nat", "nat", "intl", "e164", "bare"])
    if style == "nat":
        return phonenumbers.format_number(num, F.NATIONAL)
    if style == "intl":
        return phonenumbers.format_number(num, F.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, F.E164)
    return "".join(c for c in phonenumbers.format_number(num, F.NATIONAL) if c.isdigit())


def phone_ok(surface: str, cc: str) -> bool:
    try:
        num = phonenumbers.parse(surface, cc if cc in PHONE_REGIONS else "ES")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


# ------------------------------------------------------------- US/UK ids


def ssn_value(r: random.Random) -> str:
    while True:
        v = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_value(r: random.Random) -> str:
    while True:
        v = (
            "9"
            + _digits(r, 2)
            + r.choice(["70", "75", "78", "80", "88", "90", "92", "94", "99"])
            + _digits(r, 4)
        )
        if itin.is_valid(v):
            return v


def nino(r: random.Random) -> str:
    while True:
        v = r.choice(UP) + r.choice(UP) + _digits(r, 6) + r.choice("ABCD")
        if nino_ok(v):
            return v


# --------------------------------------------------------- national ids


def es_dni(r: random.Random) -> str:
    b = _digits(r, 8)
    v = b + dni.calc_check_digit(b)
    assert dni.is_valid(v)
    return v


def es_nie(r: random.Random) -> str:
    b = r.choice("XYZ") + _digits(r, 7)
    v = b + nie.calc_check_digit(b)
    assert nie.is_valid(v)
    return v


_CURP_STATES = [
    "AS",
    "BC",
    "CL",
    "CS",
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
    "SP",
    "VZ",
    "YN",
]
_CONS = "BCDFGHJKLMNPQRSTVWXZ"


def mx_curp(r: random.Random) -> str:
    while True:
        yy, mm, dd = r.randint(50, 99), r.randint(1, 12), r.randint(1, 28)
        b = (
            r.choice(_CONS)
            + r.choice("AEIOU")
            + r.choice(UP)
            + r.choice(UP)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + r.choice("HM")
            + r.choice(_CURP_STATES)
            + r.choice(_CONS)
            + r.choice(_CONS)
            + r.choice(_CONS)
            + "0"
        )
        v = b + curp.calc_check_digit(b + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(r: random.Random) -> str:
    while True:
        yy, mm, dd = r.randint(50, 99), r.randint(1, 12), r.randint(1, 28)
        b = (
            r.choice(_CONS)
            + r.choice("AEIOU")
            + r.choice(UP)
            + r.choice(UP)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + r.choice(UP + "123456789")
            + r.choice(UP + "123456789")
        )
        for c in DIG + "A":
            v = b + c
            try:
                rfc.validate(v, validate_check_digits=True)
                return v
            except Exception:  # noqa: BLE001 - try the next check character
                continue


def br_cpf(r: random.Random) -> str:
    while True:
        b = _digits(r, 9)
        v = b + cpf._calc_check_digits(b)  # stdnum 2.2 keeps it private
        if cpf.is_valid(v):
            return v


def br_cnpj(r: random.Random) -> str:
    while True:
        b = _digits(r, 8) + "0001"
        v = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(v):
            return v


def fr_nir(r: random.Random) -> str:
    while True:
        b = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
            + f"{r.randint(1, 95):02d}"
            + _digits(r, 3)
            + _digits(r, 3)
        )
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return v


def de_idnr(r: random.Random) -> str:
    while True:
        b = _digits(r, 10, "123456789")
        v = b + mod_11_10.calc_check_digit(b)
        if idnr.is_valid(v):
            return v


def pt_nif(r: random.Random) -> str:
    while True:
        b = r.choice("123") + _digits(r, 7)
        v = b + nif.calc_check_digit(b)
        if nif.is_valid(v):
            return v


# ----------------------------------------------------- shapeless values


def passport(r: random.Random, cc: str) -> str:
    if cc in {"US", "GB"}:
        return _digits(r, 9, "123456789")
    if cc == "ES":
        return "".join(r.choice(UP) for _ in range(3)) + _digits(r, 6)
    if cc == "FR":
        return _digits(r, 2) + r.choice(UP) + r.choice(UP) + _digits(r, 5)
    if cc == "DE":
        return r.choice("CFGHJK") + "".join(
            r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if cc == "BR":
        return r.choice(UP) + r.choice(UP) + _digits(r, 6)
    if cc == "MX":
        return r.choice(UP) + _digits(r, 8)
    return r.choice(UP) + _digits(r, 6)  # PT and others


def driver_id(r: random.Random, cc: str) -> str:
    if cc == "US":
        return r.choice(UP) + _digits(r, 7)
    if cc == "GB":
        sur = "".join(r.choice(UP) for _ in range(5))
        return sur + _digits(r, 6) + r.choice(UP) + r.choice(UP) + "9" + r.choice(UP) + r.choice(UP)
    if cc == "FR":
        return _digits(r, 12)
    if cc == "DE":
        return (
            r.choice("BFJN")
            + _digits(r, 3)
            + "".join(r.choice(UP) for _ in range(3))
            + _digits(r, 3)
            + r.choice(UP + DIG)
        )
    if cc == "BR":
        return _digits(r, 11)
    if cc == "MX":
        return r.choice(UP) + _digits(r, 8)
    if cc == "PT":
        return r.choice(["L", "P", "C", "F"]) + "-" + _digits(r, 7)
    return r.choice(UP) + _digits(r, 8)


_WORDS = [
    "sol",
    "luna",
    "tigre",
    "mango",
    "river",
    "casa",
    "blume",
    "soleil",
    "gato",
    "bear",
    "nube",
    "perro",
    "chat",
    "wolke",
    "praia",
    "fuego",
    "hiver",
    "vento",
    "maple",
    "koala",
    "rio",
    "pollo",
]
_NAMES = [
    "ana",
    "luis",
    "marta",
    "jdoe",
    "kev",
    "sofi",
    "lena",
    "mathis",
    "joao",
    "bea",
    "tomas",
    "nico",
    "clara",
    "rafa",
    "jonas",
    "ines",
    "pedro",
    "chloe",
    "max",
    "lucia",
    "dani",
    "yuki",
]


def password(r: random.Random) -> str:
    w = r.choice(_WORDS)
    w = w.capitalize() if r.random() < 0.6 else w
    return (
        w
        + r.choice(["!", "#", "_", ".", "$", "*", "", "@"])
        + _digits(r, r.choice([2, 3, 4]))
        + r.choice(["", "?", "xx", "Z", "&k"])
    )


def username(r: random.Random) -> str:
    n = r.choice(_NAMES)
    return (
        n
        + r.choice(["_", ".", "", "-"])
        + r.choice(_WORDS + [""])
        + _digits(r, r.choice([2, 3, 4]))
    )


def email(r: random.Random, cc: str) -> str:
    n = r.choice(_NAMES)
    local = (
        n
        + r.choice([".", "_", "", "."])
        + r.choice(_WORDS + ["perez", "muller", "silva", "martin", "smith"])
    )
    if r.random() < 0.4:
        local += _digits(r, 2)
    if r.random() < 0.15:
        local += "+" + r.choice(["promo", "shop", "bank"])
    tld = {
        "US": "com",
        "GB": "co.uk",
        "ES": "es",
        "MX": "com.mx",
        "BR": "com.br",
        "FR": "fr",
        "DE": "de",
        "PT": "pt",
    }.get(cc, "com")
    dom = r.choice(
        [
            "example." + tld,
            "mail.example." + tld,
            "example.com",
            "example.net",
            "correo.example." + tld,
        ]
    )
    return local + "@" + dom


def ip_address(r: random.Random) -> str:
    if r.random() < 0.2:
        return f"2001:db8:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFFF):x}"
    return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))


def mac(r: random.Random) -> str:
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] | 2) & 0xFE  # locally administered, unicast: never a vendor's real address
    sep = r.choice([":", "-", ":"])
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if r.random() < 0.5 else s


_B32 = UP + "234567"


def aws_access_key(r: random.Random) -> str:
    return r.choice(["AKIA", "AKIA", "ASIA"]) + "".join(r.choice(_B32) for _ in range(16))


def aws_secret_key(r: random.Random) -> str:
    al = string.ascii_letters + DIG + "/+"
    return "".join(r.choice(al) for _ in range(40))


# ------------------------------------------------------ must-keep values

PHONE_CHECK_REGIONS = PHONE_REGIONS


def fails_every_checksum(d: str) -> bool:
    """A digit-only look-alike must fail every identifier and phone check."""
    if not d.isdigit():
        return True
    if luhn.is_valid(d):
        return False
    if len(d) == 9 and (rtn.is_valid(d) or nif.is_valid(d) or ssn.is_valid(d) or itin.is_valid(d)):
        return False
    if len(d) == 11 and (cpf.is_valid(d) or idnr.is_valid(d)):
        return False
    for reg in PHONE_CHECK_REGIONS:
        for cand in (d, "+" + d):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(cand, reg)):
                    return False
            except phonenumbers.NumberParseException:
                pass
    return True


def lookalike(r: random.Random, lo: int = 4, hi: int = 11) -> str:
    while True:
        d = _digits(r, r.randint(lo, hi), "123456789")
        if fails_every_checksum(d):
            return d
