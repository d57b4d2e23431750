"""Synthetic values for every entity type, built and validated with python-stdnum and phonenumbers.

Every generator returns a canonical value; ``validate`` re-checks it so the generator can refuse
to write a corpus holding a value a real checker would reject.
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
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
PHONE_REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")

# Published test BINs only, so no value can be a live card.
CARD_PREFIXES = ("411111", "424242", "400005", "555555", "510510", "222300", "601111", "378282")


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = rng.choice("123456789") + out[1:]
    return out


def card(rng: random.Random) -> str:
    prefix = rng.choice(CARD_PREFIXES)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random) -> str:
    return digits(rng, rng.choice((3, 3, 3, 4)))


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(2026, 2033)}"


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice((4, 4, 4, 6)))


_WORDS = (
    "sol",
    "luna",
    "tigre",
    "Rabbit",
    "Mond",
    "gato",
    "Kiwi",
    "fuego",
    "Otter",
    "brisa",
    "Nuvem",
    "Stern",
    "perro",
    "Maple",
    "lapin",
    "mar",
    "Falke",
)


def password(rng: random.Random) -> str:
    a, b = rng.sample(_WORDS, 2)
    return f"{a}{rng.choice('!#$*_.?-')}{b}{digits(rng, rng.randint(2, 4))}"


def username(rng: random.Random) -> str:
    first = rng.choice(
        (
            "marta",
            "jdoe",
            "luis",
            "camille",
            "jonas",
            "bia",
            "tiago",
            "kev",
            "ana",
            "pierre",
            "lena",
            "rafa",
            "sam",
            "dani",
            "nico",
        )
    )
    sep = rng.choice(("_", ".", "", "-"))
    tail = rng.choice((digits(rng, 2), digits(rng, 3), rng.choice(("dev", "x", "pt", "mx"))))
    return f"{first}{sep}{tail}"


def email(rng: random.Random) -> str:
    first = rng.choice(
        (
            "maria",
            "john.smith",
            "lucia.r",
            "jean",
            "k.weber",
            "joao",
            "ines",
            "carlos",
            "emma",
            "paulo.s",
            "sofia",
            "marc",
            "hanna",
            "diego",
        )
    )
    tail = rng.choice(("", digits(rng, 2), ".w", "_" + digits(rng, 3)))
    domain = rng.choice(
        ("example.com", "example.org", "example.net", "mail.example.com", "example.test")
    )
    return f"{first}{tail}@{domain}"


_PHONE_PATTERNS = {
    "US": lambda r: f"+1{r.choice(('201', '312', '415', '646', '713', '305'))}55501{digits(r, 2)}",
    "GB": lambda r: r.choice(
        (f"+44207946{digits(r, 4)}", f"+44113496{digits(r, 4)}", f"+44161496{digits(r, 4)}")
    ),
    "ES": lambda r: f"+34{r.choice('67')}{digits(r, 8)}",
    "MX": lambda r: f"+52{r.choice(('55', '33', '81'))}{digits(r, 8)}",
    "FR": lambda r: f"+33{r.choice('67')}{digits(r, 8)}",
    "DE": lambda r: f"+49{r.choice(('151', '152', '160', '170', '176'))}{digits(r, 8)}",
    "BR": lambda r: f"+55{r.choice(('11', '21', '31', '41'))}9{digits(r, 8)}",
    "PT": lambda r: f"+351{r.choice(('91', '92', '93', '96'))}{digits(r, 7)}",
}


def phone(rng: random.Random, region: str) -> str:
    while True:
        e164 = _PHONE_PATTERNS[region](rng)
        if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
            return e164


_IBAN_BBAN = {
    "GB": lambda r: "NWBK" + digits(r, 14),
    "DE": lambda r: digits(r, 18),
    "ES": lambda r: digits(r, 20),
    "FR": lambda r: digits(r, 23),
    "PT": lambda r: digits(r, 21),
    "BR": lambda r: digits(r, 23) + "C1",
}
IBAN_COUNTRY = {
    "US": "GB",
    "GB": "GB",
    "ES": "ES",
    "MX": "ES",
    "FR": "FR",
    "DE": "DE",
    "BR": "BR",
    "PT": "PT",
}


def iban_number(rng: random.Random, region: str) -> str:
    country = IBAN_COUNTRY[region]
    while True:
        bban = _IBAN_BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return number


def swift(rng: random.Random, region: str) -> str:
    country = IBAN_COUNTRY[region] if region not in ("US", "MX") else region
    bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
    loc = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase + "2345")
    branch = rng.choice(("", "XXX", "".join(rng.choice(string.ascii_uppercase) for _ in range(3))))
    return bank + country + loc + branch


def routing(rng: random.Random, region: str) -> str:
    if region == "US":
        body = rng.choice(("01", "02", "11", "12", "21", "26", "31")) + digits(rng, 6)
        return body + rtn.calc_check_digit(body)
    if region == "GB":
        return f"{digits(rng, 2, True)}-{digits(rng, 2)}-{digits(rng, 2)}"
    if region == "DE":
        return rng.choice("1234567") + digits(rng, 7)
    if region == "BR":
        return digits(rng, 4, True) + rng.choice(("", "-" + digits(rng, 1)))
    if region == "FR":
        return digits(rng, 5, True) + " " + digits(rng, 5)
    if region == "ES":
        return digits(rng, 4, True) + " " + digits(rng, 4)
    if region == "MX":
        return rng.choice(("002", "012", "014", "021", "072", "127"))
    return digits(rng, 4, True)


def bank_account(rng: random.Random, region: str) -> str:
    if region == "BR":
        return digits(rng, rng.randint(5, 8), True) + "-" + digits(rng, 1)
    if region == "GB":
        return digits(rng, 8, True)
    if region == "DE":
        return digits(rng, 10, True)
    return digits(rng, rng.randint(9, 12), True)


def ssn_number(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_number(rng: random.Random) -> str:
    while True:
        v = f"9{digits(rng, 2)}{rng.choice(range(70, 89))}{digits(rng, 4)}"
        if itin.is_valid(v):
            return v


_NINO_BAD = set("DFIQUV")


def nino(rng: random.Random) -> str:
    while True:
        a = rng.choice(string.ascii_uppercase)
        b = rng.choice(string.ascii_uppercase)
        if a in _NINO_BAD or b in _NINO_BAD or b == "O":
            continue
        if a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return a + b + digits(rng, 6) + rng.choice("ABCD")


NINO_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")

_PASSPORT = {
    "US": lambda r: digits(r, 9, True),
    "GB": lambda r: digits(r, 9, True),
    "ES": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + digits(r, 6),
    "MX": lambda r: r.choice("GN") + digits(r, 8),
    "FR": lambda r: (
        digits(r, 2) + "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + digits(r, 5)
    ),
    "DE": lambda r: (
        r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    ),
    "BR": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + digits(r, 6),
    "PT": lambda r: r.choice("CNP") + digits(r, 6),
}
PASSPORT_RE = re.compile(r"^[A-Z0-9]{7,9}$")


def passport(rng: random.Random, region: str) -> str:
    return _PASSPORT[region](rng)


_DRIVER = {
    "US": lambda r: r.choice("ABDFGMS") + digits(r, 7),
    "GB": lambda r: (
        "".join(r.choice(string.ascii_uppercase) for _ in range(5))
        + digits(r, 6)
        + "".join(r.choice(string.ascii_uppercase) for _ in range(2))
        + digits(r, 1)
        + "".join(r.choice(string.ascii_uppercase) for _ in range(2))
    ),
    "DE": lambda r: (
        r.choice("BFJN")
        + digits(r, 3)
        + "".join(r.choice(string.ascii_uppercase) for _ in range(3))
        + digits(r, 1)
        + r.choice("ABC")
        + digits(r, 2)
    ),
    "FR": lambda r: digits(r, 12, True),
    "BR": lambda r: digits(r, 11, True),
    "MX": lambda r: r.choice("ABCN") + digits(r, 8),
}
DRIVER_RE = re.compile(r"^[A-Z0-9]{8,16}$")


def driver_id(rng: random.Random, region: str) -> str:
    if region == "ES":
        return es_dni(rng)
    if region == "PT":
        return "L-" + digits(rng, 6, True) + " " + digits(rng, 1)
    return _DRIVER[region](rng)


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


def mac_address(rng: random.Random) -> str:
    first = (rng.randint(0, 255) | 0x02) & 0xFE
    octets = [first] + [rng.randint(0, 255) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


_B32 = string.ascii_uppercase + "234567"
_B64 = string.ascii_letters + string.digits + "/+"


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(("AKIA", "ASIA")) + "".join(rng.choice(_B32) for _ in range(16))


def aws_secret_key(rng: random.Random) -> str:
    return "".join(rng.choice(_B64) for _ in range(40))


def es_dni(rng: random.Random) -> str:
    body = digits(rng, 8, True)
    return body + dni.calc_check_digit(body)


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    return body + nie.calc_check_digit(body)


_CURP_STATES = ("AS", "BC", "CH", "DF", "GT", "JC", "MC", "NL", "PL", "QT", "SP", "VZ", "YN")


def mx_curp(rng: random.Random) -> str:
    while True:
        up = string.ascii_uppercase
        vowels = "AEIOU"
        cons = "BCDFGHJKLMNPRSTVZ"
        name = rng.choice(cons) + rng.choice(vowels) + rng.choice(cons) + rng.choice(up)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        tail = (
            rng.choice("HM")
            + rng.choice(_CURP_STATES)
            + rng.choice(cons)
            + rng.choice(cons)
            + rng.choice(cons)
            + "0"
        )
        body = name + date + tail
        try:
            value = body + curp.calc_check_digit(body + "0")
        except (ValueError, KeyError):
            continue
        if curp.is_valid(value):
            return value


def mx_rfc(rng: random.Random) -> str:
    while True:
        name = (
            "".join(rng.choice("BCDFGHJLMNPRSTVZ") for _ in range(1))
            + rng.choice("AEIOU")
            + "".join(rng.choice("BCDGHJLMNRSTVZ") for _ in range(2))
        )
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = name + date + rng.choice("ABCDEFGHJK") + rng.choice("123456789ABC")
        try:
            value = body + rfc.calc_check_digit(body + "0")
        except (ValueError, KeyError):
            continue
        if rfc.is_valid(value):
            return value


def clabe_check(body: str) -> str:
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def mx_clabe(rng: random.Random) -> str:
    body = rng.choice(("002", "012", "014", "021", "072", "127")) + digits(rng, 14)
    return body + clabe_check(body)


def clabe_valid(value: str) -> bool:
    return len(value) == 18 and value.isdigit() and clabe_check(value[:17]) == value[17]


def br_cpf(rng: random.Random) -> str:
    while True:
        v = digits(rng, 11)
        if cpf.is_valid(v):
            return v


def br_cnpj(rng: random.Random) -> str:
    body = digits(rng, 8, True) + "0001"
    return body + cnpj.calc_check_digits(body)


def fr_nir(rng: random.Random) -> str:
    body = (
        rng.choice("12")
        + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        + f"{rng.randint(1, 95):02d}"
        + digits(rng, 6)
    )
    return body + nir.calc_check_digits(body)


def de_idnr(rng: random.Random) -> str:
    while True:
        v = digits(rng, 11, True)
        if idnr.is_valid(v):
            return v


def pt_nif(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 7)
    return body + nif.calc_check_digit(body)


def draw(rng: random.Random, etype: str, region: str) -> str:
    """Canonical value of one entity type for a customer of ``region``."""
    simple = {
        "CREDIT_DEBIT_NUMBER": card,
        "CREDIT_DEBIT_CVV": cvv,
        "CREDIT_DEBIT_EXPIRY": expiry,
        "PIN": pin,
        "PASSWORD": password,
        "USERNAME": username,
        "EMAIL": email,
        "SSN": ssn_number,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_number,
        "UK_NATIONAL_INSURANCE_NUMBER": nino,
        "IP_ADDRESS": ip_address,
        "MAC_ADDRESS": mac_address,
        "AWS_ACCESS_KEY": aws_access_key,
        "AWS_SECRET_KEY": aws_secret_key,
        "ES_DNI": es_dni,
        "ES_NIE": es_nie,
        "MX_CURP": mx_curp,
        "MX_RFC": mx_rfc,
        "MX_CLABE": mx_clabe,
        "BR_CPF": br_cpf,
        "BR_CNPJ": br_cnpj,
        "FR_NIR": fr_nir,
        "DE_TAX_ID": de_idnr,
        "PT_NIF": pt_nif,
    }
    if etype in simple:
        return simple[etype](rng)
    regional = {
        "PHONE": phone,
        "BANK_ACCOUNT_NUMBER": bank_account,
        "BANK_ROUTING": routing,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_number,
        "SWIFT_CODE": swift,
        "PASSPORT_NUMBER": passport,
        "DRIVER_ID": driver_id,
    }
    return regional[etype](rng, region)


def _expiry_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d\d)/(\d{4})", v)
    return bool(m) and 1 <= int(m.group(1)) <= 12


def validate(etype: str, value: str) -> bool:
    """True when the canonical value passes the checker a real system would use."""
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda v: luhn.is_valid(v) and v[:6] in CARD_PREFIXES,
        "CREDIT_DEBIT_CVV": lambda v: re.fullmatch(r"\d{3,4}", v) is not None,
        "CREDIT_DEBIT_EXPIRY": _expiry_ok,
        "PIN": lambda v: re.fullmatch(r"\d{4,6}", v) is not None,
        "PASSWORD": lambda v: re.fullmatch(r"\S{8,}", v) is not None,
        "USERNAME": lambda v: re.fullmatch(r"[a-z][\w.-]{2,}", v) is not None,
        "EMAIL": lambda v: (
            re.fullmatch(r"[\w.]+@([\w]+\.)?example\.(com|org|net|test)", v) is not None
        ),
        "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v)),
        "BANK_ACCOUNT_NUMBER": lambda v: re.fullmatch(r"\d{5,12}(-\d)?", v) is not None,
        "BANK_ROUTING": lambda v: (
            rtn.is_valid(v)
            if len(v) == 9 and v.isdigit()
            else re.fullmatch(r"[\d -]{3,11}", v) is not None
        ),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
        "SWIFT_CODE": bic.is_valid,
        "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "UK_NATIONAL_INSURANCE_NUMBER": lambda v: NINO_RE.fullmatch(v) is not None,
        "PASSPORT_NUMBER": lambda v: PASSPORT_RE.fullmatch(v) is not None,
        "DRIVER_ID": lambda v: DRIVER_RE.fullmatch(v.replace("-", "").replace(" ", "")) is not None,
        "IP_ADDRESS": lambda v: v.startswith(
            ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
        ),
        "MAC_ADDRESS": lambda v: int(v[:2], 16) & 0x03 == 0x02,
        "AWS_ACCESS_KEY": lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None,
        "AWS_SECRET_KEY": lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None,
        "ES_DNI": dni.is_valid,
        "ES_NIE": nie.is_valid,
        "MX_CURP": curp.is_valid,
        "MX_RFC": rfc.is_valid,
        "MX_CLABE": clabe_valid,
        "BR_CPF": cpf.is_valid,
        "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid,
        "DE_TAX_ID": idnr.is_valid,
        "PT_NIF": nif.is_valid,
    }
    return bool(checks[etype](value))


def looks_like_pii(run: str) -> bool:
    """True when a digit run of a hard negative would pass some PII checker."""
    if len(run) >= 8 and luhn.is_valid(run):
        return True
    checkers = (rtn, ssn, itin, nif, cpf, cnpj, idnr, nir, dni)
    if any(c.is_valid(run) for c in checkers) or clabe_valid(run):
        return True
    for region in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False
