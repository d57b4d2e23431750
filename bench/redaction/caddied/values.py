"""Synthetic PII values and hard negatives built and checked with python-stdnum, phonenumbers."""

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
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
PHONE_REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")
B32 = string.ascii_uppercase + "234567"


@dataclass(frozen=True)
class Value:
    """A canonical value, its groups as a customer types them, and its official print form."""

    type: str
    canonical: str
    groups: tuple[str, ...]
    plain: str


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chunks(s: str, size: int) -> tuple[str, ...]:
    return tuple(s[i : i + size] for i in range(0, len(s), size))


def card(rng: random.Random, locale: str) -> Value:
    # Published test BINs only (Visa, Mastercard, Discover test ranges).
    prefix = rng.choice(["411111", "400000", "555555", "510510", "601111", "424242"])
    body = prefix + _digits(rng, 9)
    num = body + luhn.calc_check_digit(body)
    g = _chunks(num, 4)
    return Value("CREDIT_DEBIT_NUMBER", num, g, " ".join(g))


def cvv(rng: random.Random, locale: str) -> Value:
    v = _digits(rng, 3)
    return Value("CREDIT_DEBIT_CVV", v, (v,), v)


def expiry(rng: random.Random, locale: str) -> Value:
    m, y = rng.randint(1, 12), rng.randint(27, 33)
    return Value("CREDIT_DEBIT_EXPIRY", f"{m:02d}/{y}", (f"{m:02d}", f"{y}"), f"{m:02d}/{y}")


def pin(rng: random.Random, locale: str) -> Value:
    v = _digits(rng, rng.choice([4, 4, 4, 6]))
    return Value("PIN", v, (v,), v)


WORDS = ["Sol", "luna", "Gato", "perro", "Tigre", "maple", "Otter", "kiwi", "Blume", "Vela", "cafe"]


def password(rng: random.Random, locale: str) -> Value:
    v = rng.choice(WORDS) + rng.choice(WORDS).lower() + _digits(rng, 2) + rng.choice("!#*$?")
    return Value("PASSWORD", v, (v,), v)


NAMES = ["marta", "jlopez", "kev", "sophie", "lukas", "joana", "diego", "amelie", "priya", "tom"]


def username(rng: random.Random, locale: str) -> Value:
    v = (
        rng.choice(NAMES)
        + rng.choice(["_", ".", ""])
        + rng.choice(["rios", "b", "k", "dev", "x"])
        + _digits(rng, 2)
    )
    return Value("USERNAME", v, (v,), v)


def email(rng: random.Random, locale: str) -> Value:
    local = (
        rng.choice(NAMES)
        + rng.choice([".", "_"])
        + rng.choice(["silva", "moreau", "weber", "smith", "garcia"])
    )
    domains = ["example.com", "example.org", "example.net", "mail.example.com", "example.test"]
    v = f"{local}@{rng.choice(domains)}"
    return Value("EMAIL", v, (v,), v)


def phone(rng: random.Random, locale: str) -> Value:
    region = REGION[locale]
    for _ in range(10_000):
        if region == "US":
            nat = rng.choice(["202", "312", "415", "617", "305"]) + "55501" + _digits(rng, 2)
        elif region == "GB":
            nat = rng.choice(["207946", "1632960", "1134960"]) + _digits(rng, 3)
            nat = nat + _digits(rng, 10 - len(nat))
        else:
            ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
            base = str(ex.national_number)
            nat = base[:-5] + _digits(rng, 5)
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nat)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    else:
        raise RuntimeError("no phone")
    fmt = phonenumbers.PhoneNumberFormat
    e164 = phonenumbers.format_number(num, fmt.E164)
    plain = rng.choice(
        [phonenumbers.format_number(num, f) for f in (fmt.NATIONAL, fmt.INTERNATIONAL, fmt.E164)]
    )
    groups = tuple(re.split(r"[\s\-()]+", phonenumbers.format_number(num, fmt.INTERNATIONAL)))
    return Value("PHONE", e164, tuple(g for g in groups if g), plain)


def account(rng: random.Random, locale: str) -> Value:
    v = _digits(rng, rng.choice([8, 10, 11, 12]))
    return Value("BANK_ACCOUNT_NUMBER", v, _chunks(v, 4), v)


def routing(rng: random.Random, locale: str) -> Value:
    if locale == "en-US":
        body = rng.choice(["0", "1", "2"]) + _digits(rng, 7)
        v = body + rtn.calc_check_digit(body)
        return Value("BANK_ROUTING", v, (v[:3], v[3:6], v[6:]), v)
    if locale == "en-GB":
        v = _digits(rng, 6)
        return Value("BANK_ROUTING", v, _chunks(v, 2), "-".join(_chunks(v, 2)))
    if locale == "de-DE":
        v = rng.choice("1234567") + _digits(rng, 7)
        return Value("BANK_ROUTING", v, (v[:3], v[3:6], v[6:]), f"{v[:3]} {v[3:6]} {v[6:]}")
    n = {"pt-BR": 4, "fr-FR": 5, "es-MX": 3}.get(locale, 4)
    v = _digits(rng, n)
    return Value("BANK_ROUTING", v, (v,), v)


IBAN_COUNTRY = {
    "en-US": "GB",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "ES",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "PT",
    "pt-PT": "PT",
}


def _bban(rng: random.Random, cc: str) -> str:
    if cc == "GB":
        return rng.choice(["NWBK", "MIDL", "BARC"]) + _digits(rng, 14)
    return _digits(rng, {"ES": 20, "FR": 23, "DE": 18, "PT": 21}[cc])


def iban_value(rng: random.Random, locale: str) -> Value:
    cc = IBAN_COUNTRY[locale]
    for _ in range(100_000):
        bban = _bban(rng, cc)
        v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(v):
            g = _chunks(v, 4)
            return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", v, g, " ".join(g))
    raise RuntimeError("no iban")


def swift(rng: random.Random, locale: str) -> Value:
    cc = IBAN_COUNTRY[locale] if locale not in ("en-US", "es-MX", "pt-BR") else REGION[locale]
    v = (
        "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        + cc
        + rng.choice(["XX", "2L", "MM", "PP"])
    )
    v += rng.choice(["", "XXX"])
    return Value("SWIFT_CODE", v, (v,), v)


def ssn_value(rng: random.Random, locale: str) -> Value:
    while True:
        v = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return Value("SSN", v, (v[:3], v[3:5], v[5:]), f"{v[:3]}-{v[3:5]}-{v[5:]}")


def itin_value(rng: random.Random, locale: str) -> Value:
    while True:
        v = f"9{_digits(rng, 2)}{rng.choice(['70', '78', '88', '90', '94', '99'])}{_digits(rng, 4)}"
        if itin.is_valid(v):
            return Value(
                "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
                v,
                (v[:3], v[3:5], v[5:]),
                f"{v[:3]}-{v[3:5]}-{v[5:]}",
            )


NINO_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def nino(rng: random.Random, locale: str) -> Value:
    while True:
        v = (
            rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + _digits(rng, 6)
            + rng.choice("ABCD")
        )
        if NINO_RE.match(v):
            return Value(
                "UK_NATIONAL_INSURANCE_NUMBER",
                v,
                (v[:2], v[2:4], v[4:6], v[6:8], v[8]),
                " ".join((v[:2], v[2:4], v[4:6], v[6:8], v[8])),
            )


def passport(rng: random.Random, locale: str) -> Value:
    up = string.ascii_uppercase
    shape = {
        "en-US": lambda: _digits(rng, 9),
        "en-GB": lambda: _digits(rng, 9),
        "es-ES": lambda: "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 6),
        "es-MX": lambda: rng.choice("GN") + _digits(rng, 8),
        "fr-FR": lambda: (
            _digits(rng, 2) + "".join(rng.choice(up) for _ in range(2)) + _digits(rng, 5)
        ),
        "de-DE": lambda: "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "pt-BR": lambda: "".join(rng.choice(up) for _ in range(2)) + _digits(rng, 6),
        "pt-PT": lambda: rng.choice("CPN") + _digits(rng, 6),
    }[locale]
    v = shape()
    return Value("PASSPORT_NUMBER", v, (v[:3], v[3:]), v)


def driver(rng: random.Random, locale: str) -> Value:
    up = string.ascii_uppercase
    if locale == "en-GB":
        v = (
            "".join(rng.choice(up) for _ in range(5))
            + _digits(rng, 6)
            + "".join(rng.choice(up) for _ in range(2))
            + _digits(rng, 1)
            + "".join(rng.choice(up) for _ in range(2))
        )
    elif locale == "es-ES":
        v = dni_value(rng, locale).canonical
    elif locale == "pt-BR":
        v = _digits(rng, 11)
        while cpf.is_valid(v) or luhn.is_valid(v):
            v = _digits(rng, 11)
    else:
        v = rng.choice(up) + _digits(rng, rng.choice([7, 8, 9]))
    return Value("DRIVER_ID", v, (v[:4], v[4:]), v)


def ip(rng: random.Random, locale: str) -> Value:
    if rng.random() < 0.2:
        v = f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    else:
        v = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    return Value("IP_ADDRESS", v, tuple(re.split(r"[.:]", v)), v)


def mac(rng: random.Random, locale: str) -> Value:
    first = (rng.randint(0, 63) << 2) | 0x02  # locally administered, unicast
    octs = [f"{first:02X}"] + [f"{rng.randint(0, 255):02X}" for _ in range(5)]
    sep = rng.choice([":", "-"])
    return Value("MAC_ADDRESS", ":".join(octs), tuple(octs), sep.join(octs))


def aws_key(rng: random.Random, locale: str) -> Value:
    v = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
    return Value("AWS_ACCESS_KEY", v, (v,), v)


def aws_secret(rng: random.Random, locale: str) -> Value:
    v = "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))
    return Value("AWS_SECRET_KEY", v, (v,), v)


def dni_value(rng: random.Random, locale: str) -> Value:
    body = _digits(rng, 8)
    v = body + dni.calc_check_digit(body)
    return Value("ES_DNI", v, (body, v[-1]), v)


def nie_value(rng: random.Random, locale: str) -> Value:
    body = rng.choice("XYZ") + _digits(rng, 7)
    v = body + nie.calc_check_digit(body)
    return Value("ES_NIE", v, (body[0], body[1:], v[-1]), v)


def curp_value(rng: random.Random, locale: str) -> Value:
    up = "BCDFGHJKLMNPRSTVZ"
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice(up)
            + rng.choice("AEIOU")
            + rng.choice(up)
            + rng.choice(up)
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ"])
            + "".join(rng.choice(up) for _ in range(3))
            + "0"
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return Value("MX_CURP", v, (v,), v)


def rfc_value(rng: random.Random, locale: str) -> Value:
    up = "BCDFGHJKLMNPRSTVZ"
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice(up)
            + rng.choice("AEIOU")
            + rng.choice(up)
            + rng.choice(up)
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice(up)
            + rng.choice("ABC123")
        )
        v = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(v):
            return Value("MX_RFC", v, (v,), v)


def clabe_check(d17: str) -> str:
    return str((10 - sum(int(c) * w % 10 for c, w in zip(d17, [3, 7, 1] * 6, strict=False))) % 10)


def clabe(rng: random.Random, locale: str) -> Value:
    body = rng.choice(["002", "012", "014", "021", "072"]) + _digits(rng, 14)
    v = body + clabe_check(body)
    return Value("MX_CLABE", v, (v[:3], v[3:6], v[6:17], v[17]), v)


def cpf_value(rng: random.Random, locale: str) -> Value:
    while True:
        body = _digits(rng, 9)
        v = body + cpf._calc_check_digits(body)
        if cpf.is_valid(v):
            return Value("BR_CPF", v, (v[:3], v[3:6], v[6:9], v[9:]), cpf.format(v))


def cnpj_value(rng: random.Random, locale: str) -> Value:
    while True:
        body = _digits(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return Value("BR_CNPJ", v, (v[:2], v[2:5], v[5:8], v[8:12], v[12:]), cnpj.format(v))


def nir_value(rng: random.Random, locale: str) -> Value:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
            + rng.choice(["75", "69", "13", "33", "59"])
            + _digits(rng, 6)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            g = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
            return Value("FR_NIR", v, g, " ".join(g))


def idnr_value(rng: random.Random, locale: str) -> Value:
    while True:
        body = rng.choice("123456789") + _digits(rng, 9)
        v = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(v):
            return Value(
                "DE_TAX_ID", v, (v[:2], v[2:5], v[5:8], v[8:]), f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
            )


def nif_value(rng: random.Random, locale: str) -> Value:
    body = rng.choice("1235") + _digits(rng, 7)
    v = body + nif.calc_check_digit(body)
    return Value("PT_NIF", v, _chunks(v, 3), " ".join(_chunks(v, 3)))


MAKERS = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "PASSWORD": password,
    "USERNAME": username,
    "EMAIL": email,
    "PHONE": phone,
    "BANK_ACCOUNT_NUMBER": account,
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
    "AWS_ACCESS_KEY": aws_key,
    "AWS_SECRET_KEY": aws_secret,
    "ES_DNI": dni_value,
    "ES_NIE": nie_value,
    "MX_CURP": curp_value,
    "MX_RFC": rfc_value,
    "MX_CLABE": clabe,
    "BR_CPF": cpf_value,
    "BR_CNPJ": cnpj_value,
    "FR_NIR": nir_value,
    "DE_TAX_ID": idnr_value,
    "PT_NIF": nif_value,
}
TYPES = tuple(MAKERS)


def validate(v: Value) -> bool:
    """Check a canonical value with the library or the shape that defines its type."""
    c, t = v.canonical, v.type
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and len(c) in (15, 16),
        "CREDIT_DEBIT_CVV": lambda: bool(re.fullmatch(r"\d{3,4}", c)),
        "CREDIT_DEBIT_EXPIRY": lambda: bool(re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", c)),
        "PIN": lambda: bool(re.fullmatch(r"\d{4,6}", c)),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(c)),
        "BANK_ROUTING": lambda: c.isdigit() and (len(c) != 9 or rtn.is_valid(c)),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: bool(NINO_RE.match(c)),
        "EMAIL": lambda: bool(re.fullmatch(r"[\w.]+@(\w+\.)*example\.(com|org|net|test)", c)),
        "AWS_ACCESS_KEY": lambda: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", c)),
        "AWS_SECRET_KEY": lambda: bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", c)),
        "MAC_ADDRESS": lambda: int(c[:2], 16) & 3 == 2,
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: len(c) == 18 and clabe_check(c[:17]) == c[17],
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
    }
    return bool(checks.get(t, lambda: bool(c))())


def _looks_like_pii(run: str) -> bool:
    n = len(run)
    if n >= 8 and luhn.is_valid(run):
        return True
    if n == 9 and (
        rtn.is_valid(run) or ssn.is_valid(run) or itin.is_valid(run) or nif.is_valid(run)
    ):
        return True
    if n == 11 and (cpf.is_valid(run) or idnr.is_valid(run)):
        return True
    if (n == 14 and cnpj.is_valid(run)) or (n == 15 and nir.is_valid(run)):
        return True
    if n == 18 and clabe_check(run[:17]) == run[17]:
        return True
    for region in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def negative_ok(text: str) -> bool:
    """A hard negative is usable when no run of 5+ digits passes any PII check."""
    return not any(_looks_like_pii(r) for r in re.findall(r"\d{5,}", text))


def _neg(rng: random.Random, kind: str, locale: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    dec = "," if locale[:2] in ("es", "fr", "de", "pt") else "."
    zips = {
        "en-US": lambda: d(5),
        "en-GB": lambda: f"{up(2)}{rng.randint(1, 20)} {rng.randint(1, 9)}{up(2)}",
        "es-ES": lambda: f"{rng.randint(1, 52):02d}{d(3)}",
        "es-MX": lambda: f"{rng.randint(1, 99):02d}{d(3)}",
        "fr-FR": lambda: f"{rng.randint(1, 95):02d}{d(3)}",
        "de-DE": lambda: f"{rng.randint(1, 99):02d}{d(3)}",
        "pt-BR": lambda: f"{d(5)}-{d(3)}",
        "pt-PT": lambda: f"{rng.randint(1000, 9999)}-{d(3)}",
    }
    kinds = {
        "order": lambda: rng.choice(["#", "", "PED-", "ORD-", "A"]) + d(rng.choice([6, 7])),
        "booking": lambda: up(3) + d(3),
        "ticket": lambda: rng.choice(["#", "TCK-", "INC"]) + d(rng.choice([5, 6, 7])),
        "invoice": lambda: (
            rng.choice(["FAC-", "INV-", "RE-", "NF "]) + f"{rng.randint(2023, 2026)}-" + d(5)
        ),
        "contract": lambda: up(2) + d(rng.choice([7, 8])),
        "amount": lambda: f"{rng.randint(2, 1999)}{dec}{d(2)}",
        "date": lambda: (
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
            + rng.choice(["", f"/{rng.randint(2024, 2026)}"])
        ),
        "time": lambda: f"{rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])}",
        "year": lambda: str(rng.randint(1998, 2026)),
        "zip": zips[locale],
        "zip_plus_four": lambda: f"{d(5)}-{d(4)}",
        "count": lambda: str(rng.randint(2, 40)),
        "flight": lambda: (
            rng.choice(["IB", "AF", "LH", "TP", "AM", "LA", "BA", "UA"])
            + str(rng.randint(100, 9999))
        ),
        "model": lambda: (
            rng.choice(["XR-", "Galaxy A", "iPhone ", "FRITZ!Box ", "HG"])
            + str(rng.randint(5, 7590))
        ),
        "version": lambda: f"{rng.randint(1, 17)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        "room": lambda: str(rng.randint(101, 950)),
        "street": lambda: str(rng.randint(1, 240)),
        "tracking": lambda: (
            rng.choice(["1Z", "JJD", "LX", "CT"])
            + d(rng.choice([10, 12]))
            + rng.choice(["", "BR", "DE"])
        ),
    }
    return kinds[kind]()


NEG_KINDS = (
    "order",
    "booking",
    "ticket",
    "invoice",
    "contract",
    "amount",
    "date",
    "time",
    "year",
    "zip",
    "zip_plus_four",
    "count",
    "flight",
    "model",
    "version",
    "room",
    "street",
    "tracking",
)


def negative(rng: random.Random, kind: str, locale: str) -> str:
    """Draw a hard negative of ``kind`` until it fails every PII check."""
    while True:
        v = _neg(rng, kind, locale)
        if negative_ok(v):
            return v
