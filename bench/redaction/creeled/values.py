"""Value makers: every value is drawn from random digits and validated with a library or a rule."""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

import phonenumbers
from stdnum import iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")
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

# Published test-card prefixes (payment processors' sandbox numbers).
TEST_BINS = ("411111", "424242", "400000", "401288", "555555", "510510", "222300", "601111")
AMEX_TEST = ("378282", "371449")


@dataclass(frozen=True)
class Value:
    """A drawn value: its canonical form, its usual written form and its natural groups."""

    type: str
    canonical: str
    display: str
    groups: tuple[str, ...]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chunks(s: str, size: int) -> tuple[str, ...]:
    return tuple(s[i : i + size] for i in range(0, len(s), size))


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def clabe_check(body17: str) -> str:
    weights = (3, 7, 1) * 6
    total = sum(int(d) * weights[i] % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def nino_ok(v: str) -> bool:
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", v)
    return bool(m) and v[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def card(rng: random.Random, region: str) -> Value:
    if rng.random() < 0.15:
        v = _luhn_complete(rng.choice(AMEX_TEST), 15, rng)
        return Value("CREDIT_DEBIT_NUMBER", v, v, (v[:4], v[4:10], v[10:]))
    v = _luhn_complete(rng.choice(TEST_BINS), 16, rng)
    return Value("CREDIT_DEBIT_NUMBER", v, v, _chunks(v, 4))


def cvv(rng: random.Random, region: str) -> Value:
    v = _digits(rng, rng.choice((3, 3, 3, 4)))
    return Value("CREDIT_DEBIT_CVV", v, v, (v,))


def expiry(rng: random.Random, region: str) -> Value:
    mm, yy = f"{rng.randint(1, 12):02d}", str(rng.randint(26, 33))
    return Value("CREDIT_DEBIT_EXPIRY", f"{mm}/{yy}", f"{mm}/{yy}", (mm, yy))


def pin(rng: random.Random, region: str) -> Value:
    v = _digits(rng, rng.choice((4, 4, 4, 6)))
    return Value("PIN", v, v, _chunks(v, 2) if len(v) == 4 else _chunks(v, 3))


WORDS = (
    "tulip",
    "gato",
    "soleil",
    "Sommer",
    "praia",
    "falcon",
    "luna",
    "Kaffee",
    "mango",
    "piano",
    "cobalt",
    "nuvem",
    "renard",
    "Birke",
    "cactus",
    "marea",
    "orage",
    "Wolke",
    "jazz",
    "pimenta",
)


def password(rng: random.Random, region: str) -> Value:
    w = rng.choice(WORDS)
    w = w.capitalize() if rng.random() < 0.6 else w
    v = w + rng.choice(("!", "#", "*", "$", "_", ".", "")) + _digits(rng, rng.randint(2, 4))
    if rng.random() < 0.3:
        v = rng.choice(("x", "Q", "z")) + v + rng.choice(("?", "&", "%"))
    return Value("PASSWORD", v, v, (v,))


def url_password(rng: random.Random, region: str) -> Value:
    v = rng.choice(WORDS).capitalize() + rng.choice(("_", "-", ".", "~")) + _digits(rng, 3)
    return Value("PASSWORD", v, v, (v,))


FIRST = (
    "maria",
    "joao",
    "lucas",
    "ana",
    "pierre",
    "claire",
    "jonas",
    "lena",
    "diego",
    "sofia",
    "tom",
    "emily",
    "raj",
    "fatima",
    "carmen",
    "hugo",
    "ines",
    "paulo",
    "greta",
    "ahmed",
)
LAST = (
    "lopez",
    "silva",
    "martin",
    "schmidt",
    "garcia",
    "dubois",
    "santos",
    "weber",
    "ortiz",
    "moreau",
    "costa",
    "baker",
    "patel",
    "fischer",
    "ramos",
    "nunes",
    "leroy",
    "hughes",
)


def username(rng: random.Random, region: str) -> Value:
    f, ln = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(4)
    if style == 0:
        v = f"{f}.{ln}{_digits(rng, 2)}"
    elif style == 1:
        v = f"{f[0]}{ln}_{_digits(rng, 3)}"
    elif style == 2:
        v = f"{ln}{f.capitalize()}{_digits(rng, 2)}"
    else:
        v = f"{f}_{ln}"
    return Value("USERNAME", v, v, (v,))


def email(rng: random.Random, region: str) -> Value:
    f, ln = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice((f"{f}.{ln}", f"{f}{ln[0]}{_digits(rng, 2)}", f"{f[0]}{ln}", f"{f}_{ln}"))
    dom = rng.choice(("example.com", "example.org", "example.net", "mail.example.com"))
    v = f"{local}@{dom}"
    return Value("EMAIL", v, v, (v,))


def phone(rng: random.Random, region: str) -> Value:
    for _ in range(200):
        if region == "US":
            area = rng.choice(("202", "312", "415", "512", "617", "718", "305", "206"))
            num = phonenumbers.parse(f"+1{area}55501{_digits(rng, 2)}")
        else:
            kind = rng.choice(
                (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
            )
            ex = phonenumbers.example_number_for_type(region, kind)
            nat = str(ex.national_number)
            nat = nat[:-4] + _digits(rng, 4)
            num = phonenumbers.parse(f"+{ex.country_code}{nat}")
        if not phonenumbers.is_valid_number(num):
            continue
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        fmt = rng.choice(
            (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
        shown = phonenumbers.format_number(num, fmt)
        groups = tuple(g for g in re.split(r"[ \-]", shown) if g)
        return Value("PHONE", e164, shown, groups)
    raise RuntimeError("no valid phone drawn")


def bank_account(rng: random.Random, region: str) -> Value:
    n = {
        "US": rng.randint(9, 12),
        "GB": 8,
        "BR": 7,
        "MX": 11,
        "PT": 11,
        "ES": 10,
        "FR": 11,
        "DE": 10,
    }[region]
    v = str(rng.randint(1, 9)) + _digits(rng, n - 1)
    if region == "BR":
        v = v[:-1] + "-" + v[-1]
        return Value("BANK_ACCOUNT_NUMBER", v, v, (v[:3], v[3:]))
    return Value("BANK_ACCOUNT_NUMBER", v, v, _chunks(v, 4))


def routing(rng: random.Random, region: str) -> Value:
    if region == "US":
        while True:
            body = rng.choice("0123") + _digits(rng, 7)
            v = body + rtn.calc_check_digit(body)
            if rtn.is_valid(v):
                return Value("BANK_ROUTING", v, v, (v[:4], v[4:8], v[8:]))
    if region == "GB":
        v = _digits(rng, 6)
        return Value("BANK_ROUTING", v, f"{v[:2]}-{v[2:4]}-{v[4:]}", _chunks(v, 2))
    if region == "DE":
        v = str(rng.randint(1, 8)) + _digits(rng, 7)
        return Value("BANK_ROUTING", v, f"{v[:3]} {v[3:6]} {v[6:]}", (v[:3], v[3:6], v[6:]))
    if region == "BR":
        v = str(rng.randint(1, 9)) + _digits(rng, 3)
        return Value("BANK_ROUTING", v, v, (v[:2], v[2:]))
    if region == "FR":
        v = "3" + _digits(rng, 4) + _digits(rng, 5)
        return Value("BANK_ROUTING", v, f"{v[:5]} {v[5:]}", (v[:5], v[5:]))
    v = str(rng.randint(1, 9)) + _digits(rng, 7)  # ES entidad+oficina, PT/MX bank+branch
    return Value("BANK_ROUTING", v, f"{v[:4]} {v[4:]}", (v[:4], v[4:]))


BBAN_LEN = {"ES": 20, "DE": 18, "FR": 23, "PT": 21, "GB": None, "BR": None, "MX": None, "US": None}


def iban_value(rng: random.Random, region: str) -> Value:
    cc = region if BBAN_LEN.get(region) else rng.choice(("ES", "DE", "FR", "PT", "GB"))
    for _ in range(5000):
        if cc == "GB":
            bban = rng.choice(("NWBK", "BARC", "MIDL", "LOYD")) + _digits(rng, 14)
        elif cc == "FR":
            bban = _digits(rng, 10) + _digits(rng, 11) + _digits(rng, 2)
        else:
            bban = _digits(rng, BBAN_LEN[cc])
        v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(v):
            return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", v, iban.format(v), _chunks(v, 4))
    raise RuntimeError("no valid IBAN drawn")


def swift(rng: random.Random, region: str) -> Value:
    cc = region if region != "US" or rng.random() < 0.5 else "US"
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
    loc = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase + "23456789")
    v = letters + cc + loc + (rng.choice(("XXX", "")) if rng.random() < 0.5 else "")
    return Value("SWIFT_CODE", v, v, (v[:4], v[4:6], v[6:8]) + ((v[8:],) if len(v) > 8 else ()))


def ssn_value(rng: random.Random, region: str) -> Value:
    while True:
        v = _digits(rng, 9)
        if ssn.is_valid(v) and not itin.is_valid(v):
            return Value("SSN", v, f"{v[:3]}-{v[3:5]}-{v[5:]}", (v[:3], v[3:5], v[5:]))


def itin_value(rng: random.Random, region: str) -> Value:
    while True:
        v = "9" + _digits(rng, 2) + rng.choice(("7", "8", "9")) + _digits(rng, 5)
        if itin.is_valid(v):
            return Value(
                "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
                v,
                f"{v[:3]}-{v[3:5]}-{v[5:]}",
                (v[:3], v[3:5], v[5:]),
            )


def nino(rng: random.Random, region: str) -> Value:
    while True:
        v = (
            rng.choice("ABCEHJKLMNPRSTWY")
            + rng.choice("ABCEHJKLMNPRSTWY")
            + _digits(rng, 6)
            + rng.choice("ABCD")
        )
        if nino_ok(v):
            return Value(
                "UK_NATIONAL_INSURANCE_NUMBER",
                v,
                f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}",
                (v[:2], v[2:4], v[4:6], v[6:8], v[8]),
            )


PASSPORT_RE = {
    "US": r"[0-9]{9}|[A-Z][0-9]{8}",
    "GB": r"[0-9]{9}",
    "ES": r"[A-Z]{3}[0-9]{6}",
    "MX": r"[A-Z][0-9]{8}",
    "FR": r"[0-9]{2}[A-Z]{2}[0-9]{5}",
    "DE": r"C[CFGHJKLMNPRTVWXYZ0-9]{8}",
    "BR": r"[A-Z]{2}[0-9]{6}",
    "PT": r"[A-Z][0-9]{6}",
}


def passport(rng: random.Random, region: str) -> Value:
    up = string.ascii_uppercase
    v = {
        "US": lambda: (
            rng.choice(("", "A")) + _digits(rng, 9 if rng.random() < 0.5 else 8).rjust(8, "5")
        ),
        "GB": lambda: str(rng.randint(1, 9)) + _digits(rng, 8),
        "ES": lambda: "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 6),
        "MX": lambda: rng.choice("GNP") + _digits(rng, 8),
        "FR": lambda: _digits(rng, 2) + rng.choice(up) + rng.choice(up) + _digits(rng, 5),
        "DE": lambda: "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "BR": lambda: rng.choice(("FT", "GB", "YB", "FP")) + _digits(rng, 6),
        "PT": lambda: rng.choice("CLNP") + _digits(rng, 6),
    }[region]()
    if region == "US" and not re.fullmatch(PASSPORT_RE["US"], v):
        v = _digits(rng, 9)
    return Value("PASSPORT_NUMBER", v, v, _chunks(v, 3))


def driver(rng: random.Random, region: str) -> Value:
    up = string.ascii_uppercase
    if region == "US":
        v = rng.choice(up) + _digits(rng, 7)
        g = (v[0], v[1:4], v[4:])
    elif region == "GB":
        sur = rng.choice(("MORGA", "SMITH", "PATEL", "JONES", "HUGHE", "WALKE"))
        v = (
            sur
            + _digits(rng, 6)
            + rng.choice(up)
            + rng.choice(up)
            + _digits(rng, 1)
            + rng.choice(up)
            + rng.choice(up)
        )
        g = (v[:5], v[5:11], v[11:13], v[13:])
    elif region in ("ES",):
        body = _digits(rng, 8)
        v = body + dni.calc_check_digit(body)
        g = (v[:4], v[4:8], v[8:])
    elif region == "FR":
        v = _digits(rng, 2) + rng.choice(up) + rng.choice(up) + _digits(rng, 8)
        g = (v[:4], v[4:8], v[8:])
    elif region == "DE":
        v = (
            rng.choice("BFJN")
            + _digits(rng, 3)
            + "".join(rng.choice(up + string.digits) for _ in range(6))
            + _digits(rng, 1)
        )
        g = (v[:4], v[4:8], v[8:])
    elif region == "BR":
        v = "0" + _digits(rng, 10)
        g = (v[:4], v[4:8], v[8:])
    elif region == "MX":
        v = rng.choice(up) + _digits(rng, 9)
        g = (v[:4], v[4:7], v[7:])
    else:
        v = rng.choice(("L-", "P-", "C-")) + _digits(rng, 6) + " " + _digits(rng, 1)
        return Value("DRIVER_ID", v, v, (v[:5], v[5:8], v[9:]))
    return Value("DRIVER_ID", v, v, g)


def ip(rng: random.Random, region: str) -> Value:
    if rng.random() < 0.15:
        v = f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
        return Value("IP_ADDRESS", v, v, tuple(v.split(":")))
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    v = f"{net}.{rng.randint(1, 254)}"
    return Value("IP_ADDRESS", v, v, tuple(v.split(".")))


def mac(rng: random.Random, region: str) -> Value:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] = (octets[0] | 0x02) & 0xFE  # locally administered, unicast
    sep = rng.choice((":", "-"))
    hexs = [f"{o:02x}" if sep == ":" else f"{o:02X}" for o in octets]
    v = sep.join(hexs)
    return Value("MAC_ADDRESS", v, v, tuple(hexs))


def aws_access(rng: random.Random, region: str) -> Value:
    v = "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    return Value("AWS_ACCESS_KEY", v, v, _chunks(v, 5))


def aws_secret(rng: random.Random, region: str) -> Value:
    v = "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(40))
    return Value("AWS_SECRET_KEY", v, v, _chunks(v, 10))


def es_dni(rng: random.Random, region: str) -> Value:
    body = _digits(rng, 8)
    v = body + dni.calc_check_digit(body)
    return Value("ES_DNI", v, v, (v[:2], v[2:5], v[5:8], v[8]))


def es_nie(rng: random.Random, region: str) -> Value:
    body = rng.choice("XYZ") + _digits(rng, 7)
    v = body + nie.calc_check_digit(body)
    return Value("ES_NIE", v, v, (v[0], v[1:4], v[4:8], v[8]))


STATES = ("AS", "BC", "CL", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "SP", "VZ", "YN")


def mx_curp(rng: random.Random, region: str) -> Value:
    up = "ABCDEFGHJKLMNPRSTUVWXZ"
    cons = "BCDFGHJKLMNPRSTVZ"
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice(up)
            + rng.choice("AEIOU")
            + rng.choice(up)
            + rng.choice(up)
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(STATES)
            + rng.choice(cons)
            + rng.choice(cons)
            + rng.choice(cons)
            + "0"
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return Value("MX_CURP", v, v, (v[:4], v[4:10], v[10:16], v[16:]))


def mx_rfc(rng: random.Random, region: str) -> Value:
    up = "ABCDEFGHJKLMNPRSTUVWXZ"
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = "".join(rng.choice(up) for _ in range(4)) + f"{y:02d}{m:02d}{d:02d}"
        body += rng.choice(up) + rng.choice("123456789")
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return Value("MX_RFC", v, v, (v[:4], v[4:10], v[10:]))


def mx_clabe(rng: random.Random, region: str) -> Value:
    body = (
        rng.choice(("002", "012", "014", "021", "072", "127")) + _digits(rng, 3) + _digits(rng, 11)
    )
    v = body + clabe_check(body)
    return Value("MX_CLABE", v, v, (v[:3], v[3:6], v[6:17], v[17]))


def br_cpf(rng: random.Random, region: str) -> Value:
    while True:
        v = _digits(rng, 11)
        if cpf.is_valid(v):
            return Value("BR_CPF", v, cpf.format(v), (v[:3], v[3:6], v[6:9], v[9:]))


def br_cnpj(rng: random.Random, region: str) -> Value:
    while True:
        body = _digits(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return Value("BR_CNPJ", v, cnpj.format(v), (v[:2], v[2:5], v[5:8], v[8:12], v[12:]))


def fr_nir(rng: random.Random, region: str) -> Value:
    while True:
        body = (
            rng.choice("12")
            + _digits(rng, 2)
            + f"{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
        )
        body += f"{rng.randint(1, 990):03d}" + f"{rng.randint(1, 999):03d}"
        if body[5:7] in ("20",):
            continue
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            g = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
            return Value("FR_NIR", v, " ".join(g), g)


def de_tax(rng: random.Random, region: str) -> Value:
    while True:
        body = str(rng.randint(1, 9)) + _digits(rng, 9)
        v = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(v):
            return Value("DE_TAX_ID", v, v, (v[:2], v[2:5], v[5:8], v[8:]))


def pt_nif(rng: random.Random, region: str) -> Value:
    body = rng.choice("1235") + _digits(rng, 7)
    v = body + nif.calc_check_digit(body)
    return Value("PT_NIF", v, v, (v[:3], v[3:6], v[6:]))


MAKERS = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "PASSWORD": password,
    "USERNAME": username,
    "EMAIL": email,
    "PHONE": phone,
    "BANK_ACCOUNT_NUMBER": bank_account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_value,
    "SWIFT_CODE": swift,
    "SSN": ssn_value,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_value,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": aws_access,
    "AWS_SECRET_KEY": aws_secret,
    "ES_DNI": es_dni,
    "ES_NIE": es_nie,
    "MX_CURP": mx_curp,
    "MX_RFC": mx_rfc,
    "MX_CLABE": mx_clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_tax,
    "PT_NIF": pt_nif,
}
TYPES = tuple(MAKERS)


def validate(v: Value, region: str) -> bool:
    """Check a canonical value with the library or rule for its type."""
    c = v.canonical
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and c.startswith(TEST_BINS + AMEX_TEST),
        "CREDIT_DEBIT_CVV": lambda: re.fullmatch(r"\d{3,4}", c),
        "CREDIT_DEBIT_EXPIRY": lambda: re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", c),
        "PIN": lambda: re.fullmatch(r"\d{4}|\d{6}", c),
        "PASSWORD": lambda: re.fullmatch(r"\S{6,}", c) and re.search(r"\d", c),
        "USERNAME": lambda: re.fullmatch(r"[a-zA-Z0-9._]{4,}", c),
        "EMAIL": lambda: re.fullmatch(r"[a-z0-9._]+@(mail\.)?example\.(com|org|net)", c),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(c)),
        "BANK_ACCOUNT_NUMBER": lambda: re.fullmatch(r"\d{6,12}|\d{6}-\d", c),
        "BANK_ROUTING": lambda: rtn.is_valid(c) if region == "US" else re.fullmatch(r"\d{4,10}", c),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_ok(c),
        "PASSPORT_NUMBER": lambda: re.fullmatch(PASSPORT_RE[region], c),
        "DRIVER_ID": lambda: re.fullmatch(r"[A-Z0-9 \-]{8,16}", c),
        "IP_ADDRESS": lambda: c.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")),
        "MAC_ADDRESS": lambda: re.fullmatch(r"[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}", c),
        "AWS_ACCESS_KEY": lambda: re.fullmatch(r"AKIA[A-Z2-7]{16}", c),
        "AWS_SECRET_KEY": lambda: re.fullmatch(r"[A-Za-z0-9+/]{40}", c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: re.fullmatch(r"\d{18}", c) and clabe_check(c[:17]) == c[17],
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
    }
    return bool(checks[v.type]())


def passes_a_checksum(text: str) -> bool:
    """True when a hard negative's digits would look like real PII to a checksum or phone parser."""
    d = re.sub(r"\D", "", text)
    if len(d) >= 8 and luhn.is_valid(d):
        return True
    mods = (rtn, ssn, itin, nif, cpf, cnpj, idnr, nir)
    if any(m.is_valid(d) for m in mods):
        return True
    if len(d) == 18 and clabe_check(d[:17]) == d[17]:
        return True
    if len(d) >= 6:
        for r in REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, r)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False
