# ruff: noqa: E501
"""Synthetic value drawing and validation for the lugged corpus.

Every value is drawn from a seeded ``random.Random`` and checked with python-stdnum or
phonenumbers where a checksum or numbering plan exists, so the corpus never holds real data.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

TYPES: tuple[str, ...] = (
    "CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_CVV", "CREDIT_DEBIT_EXPIRY", "PIN", "PASSWORD",
    "USERNAME", "EMAIL", "PHONE", "BANK_ACCOUNT_NUMBER", "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE", "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER", "PASSPORT_NUMBER",
    "DRIVER_ID", "IP_ADDRESS", "MAC_ADDRESS", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "ES_DNI",
    "ES_NIE", "MX_CURP", "MX_RFC", "MX_CLABE", "BR_CPF", "BR_CNPJ", "FR_NIR", "DE_TAX_ID",
    "PT_NIF",
)  # fmt: skip

REGION = {"en-US": "US", "en-GB": "GB", "es-ES": "ES", "es-MX": "MX", "fr-FR": "FR",
          "de-DE": "DE", "pt-BR": "BR", "pt-PT": "PT"}  # fmt: skip

# Published test-card prefixes (Visa, Mastercard, Amex, Discover test ranges).
_TEST_BINS = ("411111", "424242", "400000", "555555", "510510", "601111", "378282")
_DOC_NETS = [ipaddress.ip_network(n) for n in
             ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]  # fmt: skip
_B32 = string.ascii_uppercase + "234567"
_SECRET = string.ascii_letters + string.digits + "/+"
_NINO_BAD_FIRST = set("DFIQUV")
_NINO_BAD_SECOND = set("DFIOQUV")
_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.test", "correo.example.com")
_FIRST = ("maria", "joao", "ana", "lucas", "sophie", "jonas", "carmen", "pedro", "emma", "liam",
          "lea", "hugo", "camila", "diego", "ines", "tiago", "olivia", "noah", "chloe", "felix")  # fmt: skip
_LAST = ("lopez", "silva", "martin", "muller", "garcia", "santos", "dubois", "schmidt", "smith",
         "costa", "fernandez", "bernard", "weber", "oliveira", "brown", "moreau", "perez")  # fmt: skip
_WORDS = ("Gato", "Sol", "Luna", "Tiger", "Blau", "Verde", "Rio", "Mar", "Fuchs", "Chat", "Nube",
          "Praia", "Stern", "Rosa", "Lobo", "Maple", "Kiwi")  # fmt: skip


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _card(rng: random.Random) -> str:
    prefix = rng.choice(_TEST_BINS)
    length = 15 if prefix.startswith("37") else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _phone(rng: random.Random, region: str) -> str:
    patterns = {
        "US": lambda: rng.choice(("202", "312", "415", "646", "718")) + "55501" + digits(rng, 2),
        "GB": lambda: rng.choice(("2079460", "1134960", "1614960", "1174960")) + digits(rng, 3),
        "ES": lambda: rng.choice("6789") + digits(rng, 8),
        "MX": lambda: rng.choice(("55", "33", "81")) + digits(rng, 8),
        "FR": lambda: rng.choice("1234567") + digits(rng, 8),
        "DE": lambda: rng.choice(("151", "160", "170", "176", "30", "89")) + digits(rng, 8),
        "BR": lambda: rng.choice(("11", "21", "31", "41")) + "9" + digits(rng, 8),
        "PT": lambda: rng.choice(("91", "92", "93", "96", "21")) + digits(rng, 7),
    }
    while True:
        num = phonenumbers.parse(patterns[region](), region)
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def _iban(rng: random.Random, locale: str) -> str:
    country = {"en-US": "GB", "en-GB": "GB", "es-ES": "ES", "es-MX": "ES", "fr-FR": "FR",
               "de-DE": "DE", "pt-BR": "BR", "pt-PT": "PT"}[locale]  # fmt: skip
    while True:
        if country == "GB":
            bban = rng.choice(("NWBK", "LUGG", "MIDL")) + digits(rng, 14)
        elif country == "ES":
            raw = digits(rng, 8) + "00" + digits(rng, 10)
            bban = raw[:8] + ccc.calc_check_digits(raw) + raw[10:]
        elif country == "FR":
            bban = digits(rng, 21) + "00"
        elif country == "DE":
            bban = digits(rng, 18)
        elif country == "BR":
            bban = digits(rng, 23) + rng.choice("CP") + digits(rng, 1)
        else:
            bban = digits(rng, 21)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return number


def _iban_fr(rng: random.Random) -> str:
    # French BBAN carries a RIB key (97 - mod 97); stdnum checks it, so compute rather than hope.
    bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    bban = f"{bank}{branch}{acct}{key:02d}"
    return "FR" + iban.calc_check_digits("FR00" + bban) + bban


def _routing(rng: random.Random, locale: str) -> str:
    if locale == "en-US":
        while True:
            body = rng.choice(("01", "02", "03", "11", "12", "21", "26", "31")) + digits(rng, 6)
            for d in string.digits:
                if rtn.is_valid(body + d):
                    return body + d
    shapes = {"en-GB": 6, "de-DE": 8, "es-ES": 8, "es-MX": 3, "fr-FR": 10, "pt-BR": 4, "pt-PT": 8}
    return digits(rng, shapes[locale])


def _account(rng: random.Random, locale: str) -> str:
    n = {"en-US": 10, "en-GB": 8, "de-DE": 10, "es-ES": 10, "es-MX": 11, "fr-FR": 11,
         "pt-BR": 7, "pt-PT": 11}[locale]  # fmt: skip
    return rng.choice("123456789") + digits(rng, n - 1)


def _ssn(rng: random.Random) -> str:
    while True:
        v = digits(rng, 9)
        if ssn.is_valid(v):
            return v


def _itin(rng: random.Random) -> str:
    while True:
        v = "9" + digits(rng, 2) + rng.choice(("7", "8", "9")) + digits(rng, 5)
        if itin.is_valid(v):
            return v


def _nino(rng: random.Random) -> str:
    while True:
        a, b = rng.choice(string.ascii_uppercase), rng.choice(string.ascii_uppercase)
        if a in _NINO_BAD_FIRST or b in _NINO_BAD_SECOND or a + b in _NINO_BAD_PREFIX:
            continue
        return a + b + digits(rng, 6) + rng.choice("ABCD")


def _passport(rng: random.Random, locale: str) -> str:
    up = string.ascii_uppercase
    if locale in ("en-US", "en-GB"):
        return rng.choice("123456789") + digits(rng, 8)
    if locale == "es-ES":
        return "".join(rng.choice(up) for _ in range(3)) + digits(rng, 6)
    if locale == "es-MX":
        return rng.choice("GNP") + digits(rng, 8)
    if locale == "fr-FR":
        return digits(rng, 2) + rng.choice(up) + rng.choice(up) + digits(rng, 5)
    if locale == "de-DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if locale == "pt-BR":
        return rng.choice(("FZ", "GA", "YB")) + digits(rng, 6)
    return rng.choice("CDP") + digits(rng, 6)


def _driver(rng: random.Random, locale: str) -> str:
    up = string.ascii_uppercase
    if locale == "en-US":
        return rng.choice(up) + digits(rng, 7)
    if locale == "en-GB":
        last = rng.choice(_LAST).upper()[:5].ljust(5, "9")
        return last + digits(rng, 6) + rng.choice(up) + rng.choice(up) + "9" + rng.choice(up) * 2
    if locale == "de-DE":
        return (
            rng.choice(up)
            + digits(rng, 3)
            + "".join(rng.choice(up) for _ in range(3))
            + digits(rng, 4)
        )
    if locale == "es-ES":
        return _dni(rng)
    if locale == "es-MX":
        return rng.choice(up) + digits(rng, 9)
    if locale == "fr-FR":
        return digits(rng, 12)
    if locale == "pt-BR":
        return rng.choice("123456789") + digits(rng, 10)
    return rng.choice(("L", "P", "C")) + "-" + digits(rng, 6)


def _dni(rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + dni.calc_check_digit(body)


def _nie(rng: random.Random) -> str:
    lead = rng.choice("XYZ")
    body = digits(rng, 7)
    return lead + body + nie.calc_check_digit(lead + body)


def _curp(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXZ"
    while True:
        head = rng.choice("BCGHLMPRS") + rng.choice("AEIOU") + rng.choice(up) + rng.choice(up)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        rest = (
            rng.choice("HM")
            + rng.choice(("DF", "JC", "NL", "PL", "MC"))
            + "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(3))
            + "0"
        )
        body = head + date + rest
        v = body + curp.calc_check_digit(body)
        if curp.is_valid(v):
            return v


def _rfc(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXZ"
    while True:
        body = (
            "".join(rng.choice(up) for _ in range(4))
            + (f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
            + rng.choice(up)
            + rng.choice("123456789")
        )
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return v


def clabe_check(body17: str) -> str:
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def _clabe(rng: random.Random) -> str:
    body = rng.choice(("002", "012", "014", "021", "072")) + digits(rng, 14)
    return body + clabe_check(body)


def _cpf(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        v = body + cpf._calc_check_digits(body)
        if cpf.is_valid(v):
            return v


def _cnpj(rng: random.Random) -> str:
    body = digits(rng, 8) + "0001"
    return body + cnpj.calc_check_digits(body)


def _nir(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + digits(rng, 6)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v


def _idnr(rng: random.Random) -> str:
    while True:
        body = rng.choice("123456789") + digits(rng, 9)
        v = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(v):
            return v


def _nif(rng: random.Random) -> str:
    body = rng.choice("123") + digits(rng, 7)
    return body + nif.calc_check_digit(body)


def _mac(rng: random.Random) -> str:
    first = (rng.randint(0, 63) << 2) | 2  # locally administered, unicast
    return ":".join([f"{first:02x}"] + [f"{rng.randint(0, 255):02x}" for _ in range(5)])


def _ip(rng: random.Random) -> str:
    net = rng.choice(_DOC_NETS)
    if net.version == 6:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    return str(net.network_address + rng.randint(1, 254))


def _email(rng: random.Random) -> str:
    sep = rng.choice((".", "_", "", "."))
    tail = rng.choice(("", "", str(rng.randint(1, 99))))
    return f"{rng.choice(_FIRST)}{sep}{rng.choice(_LAST)}{tail}@{rng.choice(_EMAIL_DOMAINS)}"


def _username(rng: random.Random) -> str:
    style = rng.randint(0, 2)
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    if style == 0:
        return f"{f}.{last}{rng.randint(1, 99)}"
    if style == 1:
        return f"{f[0]}{last}_{rng.randint(70, 99)}"
    return f"{f}{last[:3]}{rng.randint(100, 999)}"


def _password(rng: random.Random) -> str:
    return (
        rng.choice(_WORDS)
        + rng.choice(("!", "#", "*", "$", "?", "_"))
        + rng.choice(_WORDS).lower()
        + str(rng.randint(10, 9999))
    )


def draw(rng: random.Random, type_: str, locale: str) -> str:
    """Draw one canonical value of ``type_`` as a customer of ``locale`` would hold it."""
    region = REGION[locale]
    if type_ == "CREDIT_DEBIT_NUMBER":
        return _card(rng)
    if type_ == "CREDIT_DEBIT_CVV":
        return digits(rng, 3)
    if type_ == "CREDIT_DEBIT_EXPIRY":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 33)}"
    if type_ == "PIN":
        return rng.choice("123456789") + digits(rng, rng.choice((3, 3, 5)))
    if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return _iban_fr(rng) if locale == "fr-FR" else _iban(rng, locale)
    if type_ == "SWIFT_CODE":
        up = string.ascii_uppercase
        code = "".join(rng.choice(up) for _ in range(4)) + ("US" if region == "US" else region)
        code += rng.choice(up) + rng.choice(up + "23456789")
        return code + rng.choice(("", "XXX", "".join(rng.choice(up) for _ in range(3))))
    table = {
        "PASSWORD": _password, "USERNAME": _username, "EMAIL": _email, "SSN": _ssn,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": _itin, "UK_NATIONAL_INSURANCE_NUMBER": _nino,
        "IP_ADDRESS": _ip, "MAC_ADDRESS": _mac, "ES_DNI": _dni, "ES_NIE": _nie, "MX_CURP": _curp,
        "MX_RFC": _rfc, "MX_CLABE": _clabe, "BR_CPF": _cpf, "BR_CNPJ": _cnpj, "FR_NIR": _nir,
        "DE_TAX_ID": _idnr, "PT_NIF": _nif,
    }  # fmt: skip
    if type_ in table:
        return table[type_](rng)
    if type_ == "AWS_ACCESS_KEY":
        return rng.choice(("AKIA", "ASIA")) + "".join(rng.choice(_B32) for _ in range(16))
    if type_ == "AWS_SECRET_KEY":
        return "".join(rng.choice(_SECRET) for _ in range(40))
    if type_ == "PHONE":
        return _phone(rng, region)
    if type_ == "BANK_ACCOUNT_NUMBER":
        return _account(rng, locale)
    if type_ == "BANK_ROUTING":
        return _routing(rng, locale)
    if type_ == "PASSPORT_NUMBER":
        return _passport(rng, locale)
    if type_ == "DRIVER_ID":
        return _driver(rng, locale)
    raise KeyError(type_)


_SHAPES = {
    "PASSWORD": r"\S{8,}", "USERNAME": r"[a-z][a-z0-9._]{3,}", "PIN": r"\d{4,6}",
    "CREDIT_DEBIT_CVV": r"\d{3,4}", "BANK_ACCOUNT_NUMBER": r"\d{6,12}",
    "BANK_ROUTING": r"\d{3,10}", "PASSPORT_NUMBER": r"[A-Z0-9]{7,9}",
    "DRIVER_ID": r"[A-Z0-9-]{8,16}", "AWS_ACCESS_KEY": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "AWS_SECRET_KEY": r"[A-Za-z0-9/+]{40}", "UK_NATIONAL_INSURANCE_NUMBER": r"[A-Z]{2}\d{6}[A-D]",
    "EMAIL": r"[a-z0-9._]+@(example\.(com|org|net)|mail\.test|correo\.example\.com)",
    "MAC_ADDRESS": r"[0-9a-f][26ae](:[0-9a-f]{2}){5}",
}  # fmt: skip


def is_valid(type_: str, value: str, locale: str) -> bool:
    """Check a canonical value with the library that owns its checksum, else its shape."""
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda v: luhn.is_valid(v) and v.startswith(_TEST_BINS),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid, "SWIFT_CODE": bic.is_valid,
        "SSN": ssn.is_valid, "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "ES_DNI": dni.is_valid, "ES_NIE": nie.is_valid, "MX_CURP": curp.is_valid,
        "MX_RFC": rfc.is_valid, "BR_CPF": cpf.is_valid, "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid, "DE_TAX_ID": idnr.is_valid, "PT_NIF": nif.is_valid,
        "MX_CLABE": lambda v: len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17],
        "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v)),
        "IP_ADDRESS": lambda v: any(ipaddress.ip_address(v) in n for n in _DOC_NETS),
        "CREDIT_DEBIT_EXPIRY": lambda v: re.fullmatch(r"(0[1-9]|1[0-2])/(2[6-9]|3[0-3])", v),
    }  # fmt: skip
    if type_ == "BANK_ROUTING" and locale == "en-US":
        return rtn.is_valid(value)
    if type_ == "DRIVER_ID" and locale == "es-ES":
        return dni.is_valid(value)
    if type_ in checks:
        return bool(checks[type_](value))
    return re.fullmatch(_SHAPES[type_], value) is not None


# --- hard negatives -------------------------------------------------------------------------

_PHONE_REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")


def _run_is_pii(run: str, after: str) -> bool:
    n = len(run)
    if n >= 8 and luhn.is_valid(run):
        return True
    if n == 9 and (
        rtn.is_valid(run) or ssn.is_valid(run) or itin.is_valid(run) or nif.is_valid(run)
    ):
        return True
    if n == 11 and (cpf.is_valid(run) or idnr.is_valid(run)):
        return True
    if (n == 14 and cnpj.is_valid(run)) or (n in (13, 15) and nir.is_valid(run)):
        return True
    if n == 18 and clabe_check(run[:17]) == run[17]:
        return True
    if n == 8 and after and dni.is_valid(run + after):
        return True
    for region in _PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def negative_is_safe(value: str) -> bool:
    """True when no run of 5+ digits could pass for PII (the brief's hard-negative rule)."""
    runs = [(m.group(), value[m.end() : m.end() + 1]) for m in re.finditer(r"\d{5,}", value)]
    return not any(_run_is_pii(r, a) for r, a in runs)
