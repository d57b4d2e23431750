"""Synthetic value drawing and validation, one canonical value per entity type and locale."""

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

REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")
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

# Published test card prefixes (Visa, Mastercard, Amex, Discover test numbers).
TEST_BINS = ("411111", "424242", "400000", "555555", "510510", "222300", "601111", "378282")
B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "+/"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase

FIRST = ("ana", "luis", "marie", "jonas", "joao", "emma", "diego", "chloe", "lukas", "beatriz")
LAST = ("lopez", "martin", "schmidt", "silva", "dupont", "smith", "garcia", "weber", "costa")
WORDS = ("sol", "Luna", "tigre", "Hafen", "maple", "Soleil", "praia", "river", "Nube", "fox")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    bin_ = rng.choice(TEST_BINS)
    length = 15 if bin_.startswith("37") else 16
    num = luhn_complete(bin_ + digits(rng, length - len(bin_) - 1))
    if length == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def cvv(rng: random.Random) -> str:
    return digits(rng, rng.choice((3, 3, 3, 4)))


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(26, 33)}"


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice((4, 4, 4, 6)))


def password(rng: random.Random) -> str:
    w = rng.choice(WORDS)
    return rng.choice(
        (
            f"{w}{rng.choice('!#$%*')}{digits(rng, 3)}",
            f"{w.capitalize()}_{rng.choice(WORDS).lower()}{digits(rng, 2)}",
            "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10)) + "!",
        )
    )


def username(rng: random.Random) -> str:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        (f"{f}.{last}{digits(rng, 2)}", f"{f[0]}{last}_{digits(rng, 3)}", f"{f}{last}")
    )


def email(rng: random.Random) -> str:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(("example.com", "example.org", "example.net", "mail.example.com", "shop.test"))
    local = rng.choice(
        (f"{f}.{last}", f"{f}{digits(rng, 2)}", f"{f[0]}{last}", f"{last}.{f}_{digits(rng, 1)}")
    )
    return f"{local}@{dom}"


def _phone_national(rng: random.Random, region: str) -> str:
    if region == "US":
        return f"{rng.choice(('202', '312', '415', '617', '303'))}55501{digits(rng, 2)}"
    if region == "GB":
        return rng.choice(("02079460", "01134960", "01614960")) + digits(rng, 3)
    if region == "ES":
        return rng.choice("67") + digits(rng, 8)
    if region == "MX":
        return rng.choice(("55", "33", "81")) + digits(rng, 8)
    if region == "FR":
        return (
            "019900" + digits(rng, 4)
            if rng.random() < 0.5
            else "0" + rng.choice("67") + digits(rng, 8)
        )
    if region == "DE":
        return rng.choice(("0152", "0171", "030", "089")) + digits(rng, 8)
    if region == "BR":
        return rng.choice(("11", "21", "31")) + "9" + digits(rng, 8)
    return "9" + rng.choice("1236") + digits(rng, 7)


def phone(rng: random.Random, region: str) -> str:
    """A phone valid for the region, in national, international or E.164 print form."""
    while True:
        nat = _phone_national(rng, region)
        try:
            num = phonenumbers.parse(nat, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            fmt = rng.choice(
                (
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    phonenumbers.PhoneNumberFormat.E164,
                )
            )
            return phonenumbers.format_number(num, fmt)


def bank_account(rng: random.Random, region: str) -> str:
    return {
        "US": lambda: digits(rng, rng.choice((9, 10, 12))),
        "GB": lambda: digits(rng, 8),
        "ES": lambda: digits(rng, 10),
        "MX": lambda: digits(rng, 11),
        "FR": lambda: digits(rng, 11),
        "DE": lambda: digits(rng, 10),
        "BR": lambda: f"{digits(rng, 5)}-{digits(rng, 1)}",
        "PT": lambda: digits(rng, 11),
    }[region]()


def routing(rng: random.Random, region: str) -> str:
    if region == "US":
        while True:
            body = rng.choice("0123") + digits(rng, 7)
            for d in string.digits:
                if rtn.is_valid(body + d):
                    return body + d
    if region == "GB":
        return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"
    if region == "DE":
        return f"{rng.randint(1, 8)}{digits(rng, 7)}"
    if region == "BR":
        return digits(rng, 4) + rng.choice(("", f"-{digits(rng, 1)}"))
    if region == "FR":
        return f"{digits(rng, 5)} {digits(rng, 5)}"
    if region == "ES":
        return f"{digits(rng, 4)} {digits(rng, 4)}"
    if region == "MX":
        return rng.choice(("002", "012", "014", "021", "072"))
    return digits(rng, 4)


_BBAN = {
    "ES": lambda r: digits(r, 20),
    "DE": lambda r: digits(r, 18),
    "FR": lambda r: digits(r, 23),
    "PT": lambda r: digits(r, 21),
    "GB": lambda r: "".join(r.choice(UPPER) for _ in range(4)) + digits(r, 14),
    "BR": lambda r: digits(r, 23) + r.choice("CP") + r.choice("12"),
}


def iban_value(rng: random.Random, region: str) -> str:
    country = {"US": "GB", "MX": "ES"}.get(region, region)
    while True:
        bban = _BBAN[country](rng)
        check = iban.calc_check_digits(country + "00" + bban)
        cand = country + check + bban
        if iban.is_valid(cand):
            return iban.format(cand)


def swift(rng: random.Random, region: str) -> str:
    country = {"US": "US", "GB": "GB"}.get(region, region)
    code = (
        "".join(rng.choice(UPPER) for _ in range(4))
        + country
        + rng.choice(UPPER)
        + rng.choice(UPPER + "23")
    )
    return code + rng.choice(("", "XXX", "".join(rng.choice(UPPER) for _ in range(3))))


def ssn_value(rng: random.Random) -> str:
    while True:
        c = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(c):
            return ssn.format(c)


def itin_value(rng: random.Random) -> str:
    while True:
        c = f"9{digits(rng, 2)}{rng.choice(('70', '78', '83', '90', '94'))}{digits(rng, 4)}"
        if itin.is_valid(c):
            return itin.format(c)


def nino(rng: random.Random) -> str:
    bad = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    first = [c for c in UPPER if c not in "DFIQUV"]
    second = [c for c in first if c != "O"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in bad:
            d = digits(rng, 6)
            return f"{p} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def passport(rng: random.Random, region: str) -> str:
    return {
        "US": lambda: digits(rng, 9),
        "GB": lambda: digits(rng, 9),
        "ES": lambda: "".join(rng.choice(UPPER) for _ in range(3)) + digits(rng, 6),
        "MX": lambda: rng.choice("GN") + digits(rng, 8),
        "FR": lambda: (
            digits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + digits(rng, 5)
        ),
        "DE": lambda: (
            rng.choice("CFGHJK")
            + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        ),
        "BR": lambda: "".join(rng.choice(UPPER) for _ in range(2)) + digits(rng, 6),
        "PT": lambda: rng.choice("CPN") + digits(rng, 6),
    }[region]()


def driver_id(rng: random.Random, region: str) -> str:
    if region == "GB":
        last = rng.choice(LAST).upper()[:5].ljust(5, "9")
        return f"{last}{digits(rng, 6)}{rng.choice(UPPER)}{rng.choice(UPPER)}{digits(rng, 1)}{rng.choice(UPPER)}{rng.choice(UPPER)}"
    return {
        "US": lambda: rng.choice(UPPER) + digits(rng, 7),
        "ES": lambda: dni_value(rng),
        "MX": lambda: rng.choice(UPPER) + digits(rng, 9),
        "FR": lambda: digits(rng, 12),
        "DE": lambda: (
            rng.choice("BJN")
            + digits(rng, 3)
            + "".join(rng.choice(UPPER + string.digits) for _ in range(6))
            + digits(rng, 1)
        ),
        "BR": lambda: digits(rng, 11),
        "PT": lambda: f"{rng.choice(('L', 'P', 'AV'))}-{digits(rng, 6)} {digits(rng, 1)}",
    }[region]()


def ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


def mac(rng: random.Random) -> str:
    first = rng.randint(0, 255) & 0xFC | 0x02
    octs = [first] + [rng.randint(0, 255) for _ in range(5)]
    sep = rng.choice(":-")
    return sep.join(f"{o:02X}" if sep == "-" else f"{o:02x}" for o in octs)


def aws_key(rng: random.Random) -> str:
    return rng.choice(("AKIA", "ASIA")) + "".join(rng.choice(B32) for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    return "".join(rng.choice(B64) for _ in range(40))


def dni_value(rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + dni.calc_check_digit(body)


def nie_value(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    return body + nie.calc_check_digit(body)


def curp_value(rng: random.Random) -> str:
    while True:
        yy, mm, dd = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        cons = "BCDFGHJKLMNPRSTVZ"
        body = (
            rng.choice(cons)
            + rng.choice("AEIOU")
            + rng.choice(cons)
            + rng.choice(UPPER)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + rng.choice("HM")
            + rng.choice(("DF", "JC", "NL", "PL", "VZ", "MC"))
            + "".join(rng.choice(cons) for _ in range(3))
            + "0"
        )
        cand = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(cand):
            return cand


def rfc_value(rng: random.Random) -> str:
    while True:
        body = (
            "".join(rng.choice("BCDFGLMPRSTV") + rng.choice("AEIOU") for _ in range(2))
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
        )
        cand = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(cand):
            return cand


def clabe_check(body17: str) -> str:
    weights = (3, 7, 1)
    total = sum(int(d) * weights[i % 3] % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def clabe_valid(value: str) -> bool:
    v = re.sub(r"\D", "", value)
    return len(v) == 18 and clabe_check(v[:17]) == v[17]


def clabe_value(rng: random.Random) -> str:
    body = rng.choice(("002", "012", "014", "021", "072")) + digits(rng, 14)
    return body + clabe_check(body)


def cpf_value(rng: random.Random) -> str:
    while True:
        # This stdnum has no CPF check-digit helper: try the 100 endings.
        body = digits(rng, 9)
        for end in range(100):
            cand = f"{body}{end:02d}"
            if cpf.is_valid(cand):
                return cpf.format(cand)


def cnpj_value(rng: random.Random) -> str:
    while True:
        body = digits(rng, 8) + "0001"
        cand = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(cand):
            return cnpj.format(cand)


def nir_value(rng: random.Random) -> str:
    while True:
        body = f"{rng.choice('12')}{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{digits(rng, 3)}{digits(rng, 3)}"
        cand = body + nir.calc_check_digits(body)
        if nir.is_valid(cand):
            return nir.format(cand)


def de_tax_value(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 9)
        for d in string.digits:
            if idnr.is_valid(body + d):
                return idnr.format(body + d)


def nif_value(rng: random.Random) -> str:
    while True:
        body = rng.choice("123") + digits(rng, 7)
        cand = body + nif.calc_check_digit(body)
        if nif.is_valid(cand):
            return cand


def draw(type_: str, rng: random.Random, locale: str) -> str:
    """The canonical (print form) value of a type for a customer of ``locale``."""
    region = REGION[locale]
    table: dict[str, Callable[[], str]] = {
        "CREDIT_DEBIT_NUMBER": lambda: card(rng),
        "CREDIT_DEBIT_CVV": lambda: cvv(rng),
        "CREDIT_DEBIT_EXPIRY": lambda: expiry(rng),
        "PIN": lambda: pin(rng),
        "PASSWORD": lambda: password(rng),
        "USERNAME": lambda: username(rng),
        "EMAIL": lambda: email(rng),
        "PHONE": lambda: phone(rng, region),
        "BANK_ACCOUNT_NUMBER": lambda: bank_account(rng, region),
        "BANK_ROUTING": lambda: routing(rng, region),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban_value(rng, region),
        "SWIFT_CODE": lambda: swift(rng, region),
        "SSN": lambda: ssn_value(rng),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin_value(rng),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino(rng),
        "PASSPORT_NUMBER": lambda: passport(rng, region),
        "DRIVER_ID": lambda: driver_id(rng, region),
        "IP_ADDRESS": lambda: ip(rng),
        "MAC_ADDRESS": lambda: mac(rng),
        "AWS_ACCESS_KEY": lambda: aws_key(rng),
        "AWS_SECRET_KEY": lambda: aws_secret(rng),
        "ES_DNI": lambda: dni_value(rng),
        "ES_NIE": lambda: nie_value(rng),
        "MX_CURP": lambda: curp_value(rng),
        "MX_RFC": lambda: rfc_value(rng),
        "MX_CLABE": lambda: clabe_value(rng),
        "BR_CPF": lambda: cpf_value(rng),
        "BR_CNPJ": lambda: cnpj_value(rng),
        "FR_NIR": lambda: nir_value(rng),
        "DE_TAX_ID": lambda: de_tax_value(rng),
        "PT_NIF": lambda: nif_value(rng),
    }
    return table[type_]()


def _phone_ok(v: str) -> bool:
    for r in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def validate(type_: str, value: str) -> bool:
    """Does a canonical value pass its checksum or shape check?"""
    c = value.replace(" ", "")
    checks: dict[str, Callable[[], bool]] = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and c.startswith(TEST_BINS),
        "CREDIT_DEBIT_CVV": lambda: bool(re.fullmatch(r"\d{3,4}", c)),
        "CREDIT_DEBIT_EXPIRY": lambda: bool(re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", c)),
        "PIN": lambda: bool(re.fullmatch(r"\d{4,6}", c)),
        "EMAIL": lambda: bool(
            re.fullmatch(r"[\w.]+@(\w+\.)*(example\.(com|org|net)|\w+\.test)", c)
        ),
        "PHONE": lambda: _phone_ok(value),
        "BANK_ROUTING": lambda: bool(re.fullmatch(r"[\d -]{3,11}", value)),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: bool(
            re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c)
        ),
        "IP_ADDRESS": lambda: c.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")),
        "MAC_ADDRESS": lambda: int(c[:2], 16) & 0x02 == 0x02 and len(c) == 17,
        "AWS_ACCESS_KEY": lambda: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", c)),
        "AWS_SECRET_KEY": lambda: bool(re.fullmatch(r"[A-Za-z0-9+/]{40}", c)),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: clabe_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
    }
    if type_ == "BANK_ROUTING" and re.fullmatch(r"\d{9}", c) and not value.startswith("0000"):
        return rtn.is_valid(c) or len(c) == 9
    return checks.get(type_, lambda: len(c) >= 3 and not c.isspace())()


def _looks_like_pii(run: str) -> bool:
    tests = (
        len(run) >= 8 and luhn.is_valid(run),
        rtn.is_valid(run),
        ssn.is_valid(run),
        itin.is_valid(run),
        nif.is_valid(run),
        cpf.is_valid(run),
        cnpj.is_valid(run),
        idnr.is_valid(run),
        nir.is_valid(run),
        clabe_valid(run),
        dni.is_valid(run),
        _phone_ok(run),
    )
    return any(tests)


def safe_negative(value: str) -> bool:
    """Every run of 5+ digits fails every PII check."""
    runs = re.findall(r"\d{5,}", value)
    return not any(_looks_like_pii(r) for r in runs)
