"""Synthetic values for the toted corpus, each built and checked with python-stdnum or phonenumbers.

A value is drawn as `(canonical, groups)`: `canonical` is what `validate` checks, `groups` is the
official print form cut where a customer would pause, so every obfuscation can rejoin them.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

Drawn = tuple[str, list[str]]

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

# Published test BINs only, so no number can belong to a real card.
_TEST_PREFIXES = ["411111", "424242", "400005", "555555", "510510", "222300", "601111", "378282"]
_DIGITS = string.digits
_UPPER = string.ascii_uppercase
_B32 = _UPPER + "234567"
_B64 = string.ascii_letters + _DIGITS + "/+"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_DIGITS) for _ in range(n))


def _chunks(text: str, sizes: list[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(text[pos : pos + size])
        pos += size
    if pos < len(text):
        out.append(text[pos:])
    return [c for c in out if c]


def card(rng: random.Random, region: str) -> Drawn:
    prefix = rng.choice(_TEST_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + _d(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    return number, _chunks(number, sizes)


def cvv(rng: random.Random, region: str) -> Drawn:
    v = _d(rng, 3)
    return v, [v]


def pin(rng: random.Random, region: str) -> Drawn:
    v = _d(rng, rng.choice([4, 4, 4, 6]))
    return v, [v]


_PHONE_SHAPES: dict[str, Callable[[random.Random], str]] = {
    # US 555-01xx and Ofcom drama ranges are reserved for fiction.
    "US": lambda r: (
        "+1" + r.choice(["212", "310", "415", "617", "305", "202"]) + "5550" + "1" + _d(r, 2)
    ),
    "GB": lambda r: "+44" + r.choice(["207946", "1134960", "1614960", "1174960"]) + _d(r, 3),
    "ES": lambda r: "+34" + r.choice(["6", "7", "91", "93"]) + _d(r, 8),
    "MX": lambda r: "+52" + r.choice(["55", "33", "81"]) + _d(r, 8),
    "FR": lambda r: "+33" + r.choice(["6", "7", "1"]) + _d(r, 8),
    "DE": lambda r: "+49" + r.choice(["151", "160", "171", "176"]) + _d(r, 8),
    "BR": lambda r: "+55" + r.choice(["11", "21", "31"]) + "9" + _d(r, 8),
    "PT": lambda r: "+351" + r.choice(["91", "93", "96"]) + _d(r, 7),
}


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    while True:
        raw = _PHONE_SHAPES[region](rng)
        if region == "ES" and raw[3:5] in ("91", "93"):
            raw = raw[:12]
        num = phonenumbers.parse(raw, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num


def phone(rng: random.Random, region: str, style: str = "") -> Drawn:
    num = phone_number(rng, region)
    fmt = style or rng.choice(["national", "national", "international", "e164"])
    pnf = phonenumbers.PhoneNumberFormat
    text = phonenumbers.format_number(
        num, {"national": pnf.NATIONAL, "international": pnf.INTERNATIONAL, "e164": pnf.E164}[fmt]
    )
    canonical = phonenumbers.format_number(num, pnf.E164)
    if fmt == "e164":
        groups = _chunks(text, [len(text) - 8, 4, 4])
    else:
        groups = [g for g in re.split(r"[\s\-]+", text) if g]
    return canonical, groups


def email(rng: random.Random, region: str) -> Drawn:
    first = rng.choice(
        ["ana", "luis", "marie", "jonas", "joao", "kate", "pedro", "lea", "sam", "ines"]
    )
    last = rng.choice(
        ["garcia", "silva", "martin", "weber", "costa", "smith", "lopez", "dubois", "khan"]
    )
    sep = rng.choice([".", "_", ""])
    tail = rng.choice(["", "", _d(rng, 2)])
    dom = rng.choice(
        ["example.com", "example.org", "example.net", "mail.example.com", "example.test"]
    )
    v = f"{first}{sep}{last}{tail}@{dom}"
    return v, [v]


def username(rng: random.Random, region: str) -> Drawn:
    base = rng.choice(
        ["lucas", "mari", "tom", "sofi", "klaus", "bia", "nico", "emma", "raul", "zoe"]
    )
    v = (
        base
        + rng.choice([".", "_", ""])
        + rng.choice(["dev", "fox", "b", "x", "ortega", "ferreira"])
        + _d(rng, 2)
    )
    return v, [v]


def password(rng: random.Random, region: str) -> Drawn:
    word = rng.choice(
        ["Sol", "Tigre", "Maison", "Hund", "Casa", "Blue", "Luna", "Sonne", "Praia", "Lapin"]
    )
    v = (
        word
        + rng.choice(["!", "#", "_", "$", "*"])
        + _d(rng, rng.choice([2, 3, 4]))
        + rng.choice(["x", "Az", "q", "Kk"])
    )
    return v, [v]


def bank_account(rng: random.Random, region: str) -> Drawn:
    n = {"US": 10, "GB": 8, "ES": 10, "MX": 11, "FR": 11, "DE": 10, "BR": 7, "PT": 11}[region]
    v = _d(rng, n)
    if region == "BR":
        return v, _chunks(v, [6, 1])  # conta with its check digit
    return v, _chunks(v, [4] * 3) if n > 8 else _chunks(v, [4, 4])


def routing(rng: random.Random, region: str) -> Drawn:
    if region == "US":
        body = _d(rng, 8)
        v = body + rtn.calc_check_digit(body)
        return v, [v]
    if region == "GB":
        v = _d(rng, 6)
        return v, _chunks(v, [2, 2, 2])
    if region == "BR":
        v = _d(rng, 4)
        return v, [v]
    if region == "MX":
        v = _d(rng, 3)
        return v, [v]
    if region in ("ES", "PT"):
        v = _d(rng, 8)
        return v, _chunks(v, [4, 4])
    if region == "FR":
        v = _d(rng, 10)
        return v, _chunks(v, [5, 5])
    v = _d(rng, 8)  # German BLZ
    return v, _chunks(v, [3, 3, 2])


_BBAN_LEN = {"ES": 20, "DE": 18, "FR": 23, "PT": 21, "GB": 18, "BR": 25, "MX": 20}


def iban_value(rng: random.Random, region: str) -> Drawn:
    country = region if region in ("ES", "DE", "FR", "PT", "GB") else rng.choice(["ES", "PT", "DE"])
    while True:
        if country == "GB":
            bban = rng.choice(["NWBK", "BARC", "MIDL"]) + _d(rng, 14)
        elif country == "FR":
            bban = _d(rng, 21) + _d(rng, 2)
        else:
            bban = _d(rng, _BBAN_LEN[country])
        v = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(v):
            return v, _chunks(v, [4] * 9)


def swift(rng: random.Random, region: str) -> Drawn:
    country = region if region != "US" else "US"
    while True:
        v = (
            "".join(rng.choice(_UPPER) for _ in range(4))
            + country
            + rng.choice(["MM", "2X", "BB", "22"])
        )
        v += rng.choice(["", "", "XXX", "A" + _d(rng, 2)])
        if bic.is_valid(v):
            return v, [v]


def ssn_value(rng: random.Random, region: str) -> Drawn:
    while True:
        v = _d(rng, 9)
        if ssn.is_valid(v) and not itin.is_valid(v):
            return v, _chunks(v, [3, 2, 4])


def itin_value(rng: random.Random, region: str) -> Drawn:
    while True:
        v = "9" + _d(rng, 2) + rng.choice(["7", "8"]) + _d(rng, 5)
        if itin.is_valid(v):
            return v, _chunks(v, [3, 2, 4])


_NINO_BAD_FIRST = set("DFIQUV")
_NINO_BAD_SECOND = set("DFIQUVO")
_NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_is_valid(v: str) -> bool:
    """HMRC rules: letter pair from the allowed set, six digits, suffix A-D."""
    return bool(
        re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v)
        and v[0] not in _NINO_BAD_FIRST
        and v[1] not in _NINO_BAD_SECOND
        and v[:2] not in _NINO_BAD_PAIRS
    )


def nino(rng: random.Random, region: str) -> Drawn:
    while True:
        v = rng.choice(_UPPER) + rng.choice(_UPPER) + _d(rng, 6) + rng.choice("ABCD")
        if nino_is_valid(v):
            return v, _chunks(v, [2, 2, 2, 2, 1])


def passport(rng: random.Random, region: str) -> Drawn:
    L = lambda n: "".join(rng.choice(_UPPER) for _ in range(n))  # noqa: E731
    v = {
        "US": lambda: rng.choice([_d(rng, 9), "A" + _d(rng, 8)]),
        "GB": lambda: _d(rng, 9),
        "ES": lambda: L(3) + _d(rng, 6),
        "MX": lambda: L(1) + _d(rng, 8),
        "FR": lambda: _d(rng, 2) + L(2) + _d(rng, 5),
        "DE": lambda: "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + _DIGITS) for _ in range(8)),
        "BR": lambda: L(2) + _d(rng, 6),
        "PT": lambda: L(1) + _d(rng, 6),
    }[region]()
    return v, [v]


def driver_id(rng: random.Random, region: str) -> Drawn:
    L = lambda n: "".join(rng.choice(_UPPER) for _ in range(n))  # noqa: E731
    if region == "GB":
        v = L(5) + _d(rng, 6) + L(2) + _d(rng, 1) + L(2)
        return v, [v]
    if region == "US":
        v = L(1) + _d(rng, 7)
        return v, [v]
    if region == "ES":
        return dni_value(rng, region)
    if region == "BR":
        v = _d(rng, 11)
        return v, [v]
    if region == "FR":
        v = _d(rng, 12)
        return v, _chunks(v, [4, 4, 4])
    if region == "DE":
        v = L(1) + _d(rng, 2) + L(1) + _d(rng, 6) + L(1)
        return v, [v]
    if region == "MX":
        v = L(1) + _d(rng, 10)
        return v, [v]
    v = L(1) + "-" + _d(rng, 7)  # Portuguese licences carry a district letter
    return v, [v]


def ip(rng: random.Random, region: str) -> Drawn:
    if rng.random() < 0.2:
        v = f"2001:db8:{rng.randrange(16**3):x}::{rng.randrange(1, 16**3):x}"
        return v, [v]
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    v = f"{net}.{rng.randrange(1, 255)}"
    return v, [v]


def mac(rng: random.Random, region: str) -> Drawn:
    first = rng.randrange(256) & 0xFC | 0x02  # locally administered, unicast
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    sep = rng.choice([":", "-"])
    v = sep.join(f"{o:02x}" if sep == ":" else f"{o:02X}" for o in octets)
    return v, [v]


def aws_key(rng: random.Random, region: str) -> Drawn:
    v = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(_B32) for _ in range(16))
    return v, [v]


def aws_secret(rng: random.Random, region: str) -> Drawn:
    v = "".join(rng.choice(_B64) for _ in range(40))
    return v, [v]


def dni_value(rng: random.Random, region: str) -> Drawn:
    body = _d(rng, 8)
    v = body + dni.calc_check_digit(body)
    return v, [v]


def nie_value(rng: random.Random, region: str) -> Drawn:
    body = rng.choice("XYZ") + _d(rng, 7)
    v = body + nie.calc_check_digit(body)
    return v, [v]


_CURP_STATES = ["AS", "BC", "CL", "DF", "JC", "NL", "PL", "QT", "VZ", "YN"]


def curp_value(rng: random.Random, region: str) -> Drawn:
    while True:
        name = rng.choice(["GAMA", "LOPJ", "HERM", "ROSA", "PEGL", "MARC", "SUAB"])
        date = f"{rng.randrange(60, 100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
        cons = "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
        body = name + date + rng.choice("HM") + rng.choice(_CURP_STATES) + cons + "0"
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return v, [v]


def rfc_value(rng: random.Random, region: str) -> Drawn:
    while True:
        name = rng.choice(["GAMA", "LOPJ", "HERM", "ROSA", "PEGL", "MARC", "SUAB"])
        date = f"{rng.randrange(60, 100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
        body = name + date + rng.choice(_UPPER) + rng.choice(_DIGITS)
        v = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(v):
            return v, [v]


_CLABE_WEIGHTS = [3, 7, 1] * 6


def clabe_check(body: str) -> str:
    """Banxico check digit: weights 3, 7, 1 mod 10, summed mod 10, complemented."""
    total = sum(int(d) * w % 10 for d, w in zip(body, _CLABE_WEIGHTS))
    return str((10 - total % 10) % 10)


def clabe_is_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def clabe(rng: random.Random, region: str) -> Drawn:
    body = rng.choice(["002", "012", "014", "021", "072"]) + _d(rng, 14)
    v = body + clabe_check(body)
    return v, _chunks(v, [3, 3, 11, 1])


def cpf_value(rng: random.Random, region: str) -> Drawn:
    while True:
        body = _d(rng, 9)
        v = body + cpf._calc_check_digits(body)  # stdnum keeps it private
        if cpf.is_valid(v):
            return v, [v[:3], v[3:6], v[6:9], v[9:]]


def cnpj_value(rng: random.Random, region: str) -> Drawn:
    while True:
        body = _d(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return v, [v[:2], v[2:5], v[5:8], v[8:12], v[12:]]


def nir_value(rng: random.Random, region: str) -> Drawn:
    while True:
        body = (
            rng.choice("12")
            + _d(rng, 2)
            + f"{rng.randrange(1, 13):02d}"
            + rng.choice(["75", "69", "13", "33"])
            + _d(rng, 6)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v, _chunks(v, [1, 2, 2, 2, 3, 3, 2])


def idnr_value(rng: random.Random, region: str) -> Drawn:
    while True:
        v = rng.choice("123456789") + _d(rng, 10)
        if idnr.is_valid(v):
            return v, _chunks(v, [2, 3, 3, 3])


def nif_value(rng: random.Random, region: str) -> Drawn:
    while True:
        v = rng.choice("12356") + _d(rng, 8)
        if nif.is_valid(v):
            return v, _chunks(v, [3, 3, 3])


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def expiry(rng: random.Random, region: str) -> Drawn:
    """Canonical MM/YYYY; groups are month and two-digit year, the print form on a card."""
    month, year = rng.randrange(1, 13), rng.randrange(2026, 2032)
    return f"{month:02d}/{year}", [f"{month:02d}", f"{year % 100:02d}"]


def expiry_is_valid(v: str) -> bool:
    m = re.fullmatch(r"(\d\d)/(20\d\d)", v)
    return bool(m and 1 <= int(m.group(1)) <= 12)


DRAW: dict[str, Callable[[random.Random, str], Drawn]] = {
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
    "DRIVER_ID": driver_id,
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

_SHAPE = {
    "CREDIT_DEBIT_CVV": r"\d{3,4}",
    "PIN": r"\d{4,6}",
    "PASSWORD": r"\S{6,}",
    "USERNAME": r"[a-z][a-z._]*\d\d",
    "EMAIL": r"[a-z._\d]+@([a-z]+\.)?example\.(com|org|net|test)",
    "BANK_ACCOUNT_NUMBER": r"\d{7,11}",
    "PASSPORT_NUMBER": r"[A-Z\d]{7,9}",
    "DRIVER_ID": r"[A-Z\d-]{8,16}",
    "IP_ADDRESS": r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}|2001:db8:[\da-f:]+",
    "AWS_ACCESS_KEY": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "AWS_SECRET_KEY": r"[A-Za-z\d/+]{40}",
}


def _mac_ok(v: str) -> bool:
    octets = re.split(r"[:-]", v)
    return len(octets) == 6 and int(octets[0], 16) & 0x03 == 0x02


def _routing_ok(v: str) -> bool:
    return v.isdigit() and (len(v) != 9 or rtn.is_valid(v)) and len(v) in (3, 4, 6, 8, 9, 10)


_CHECKS: dict[str, Callable[[str], bool]] = {
    "CREDIT_DEBIT_NUMBER": lambda v: luhn.is_valid(v) and v[:6] in _TEST_PREFIXES,
    "CREDIT_DEBIT_EXPIRY": expiry_is_valid,
    "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v, None)),
    "BANK_ROUTING": _routing_ok,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_is_valid,
    "MAC_ADDRESS": _mac_ok,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": clabe_is_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}


def validate(kind: str, canonical: str) -> bool:
    """True when a canonical value passes its checksum, or for invented types, its shape."""
    if kind in _CHECKS:
        return bool(_CHECKS[kind](canonical))
    if kind == "DRIVER_ID" and dni.is_valid(canonical):
        return True
    return re.fullmatch(_SHAPE[kind], canonical) is not None


# Hard negatives -------------------------------------------------------------------------------

_PHONE_REGIONS = ["US", "GB", "ES", "MX", "FR", "DE", "BR", "PT"]


def looks_like_pii(run: str, after: str = "") -> bool:
    """True if a digit run of a hard negative would pass any checksum or phone check we measure."""
    checks = [
        len(run) >= 8 and luhn.is_valid(run),
        rtn.is_valid(run),
        ssn.is_valid(run),
        itin.is_valid(run),
        nif.is_valid(run),
        cpf.is_valid(run),
        cnpj.is_valid(run),
        idnr.is_valid(run),
        nir.is_valid(run),
        clabe_is_valid(run),
        len(run) == 8 and after[:1].isalpha() and dni.is_valid(run + after[:1]),
    ]
    if any(checks):
        return True
    for region in _PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def keep_is_safe(value: str) -> bool:
    for m in re.finditer(r"\d{5,}", value):
        if looks_like_pii(m.group(), value[m.end() :]):
            return False
    return True
