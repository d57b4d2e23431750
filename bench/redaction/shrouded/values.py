"""Synthetic PII value makers and validators for the shrouded corpus.

Every value is random from the caller's seeded ``random.Random``; check digits come from
python-stdnum where it knows the type, and every made value is validated before use.
"""

from __future__ import annotations

import random
import re
import string

import phonenumbers
import stdnum.bic
import stdnum.br.cnpj
import stdnum.br.cpf
import stdnum.de.idnr
import stdnum.es.dni
import stdnum.es.nie
import stdnum.fr.nir
import stdnum.iban
import stdnum.luhn
import stdnum.mx.curp
import stdnum.mx.rfc
import stdnum.pt.nif
import stdnum.us.itin
import stdnum.us.rtn
import stdnum.us.ssn

DIGITS = string.digits
UPPER = string.ascii_uppercase


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _u(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- cards -------------------------------------------------------------------------------
# Test-like issuer prefixes (the ranges payment processors use in their sandboxes).
CARD_PREFIXES = [
    ("4111", 16),
    ("4000", 16),
    ("4242", 16),
    ("5555", 16),
    ("5105", 16),
    ("2223", 16),
    ("3782", 15),
    ("3714", 15),
    ("6011", 16),
    ("3530", 16),
]


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + _d(rng, length - len(prefix) - 1)
    return body + stdnum.luhn.calc_check_digit(body)


def cvv(rng: random.Random, amex: bool = False) -> str:
    return _d(rng, 4 if amex else 3)


def expiry(rng: random.Random) -> str:
    """MMYY, month 01-12, year 26-33."""
    return f"{rng.randint(1, 12):02d}{rng.randint(26, 33):02d}"


def pin(rng: random.Random) -> str:
    return _d(rng, rng.choice([4, 4, 4, 6]))


PWD_WORDS = [
    "sunflower",
    "Tigre",
    "maracuja",
    "Schatz",
    "papillon",
    "gatito",
    "Dragon",
    "coxinha",
    "Baguette",
    "Fenix",
    "trovao",
    "Kaese",
    "river",
    "Luna",
    "Bolacha",
    "pinguino",
    "Hund",
    "mariposa",
    "Soleil",
    "bacalhau",
]
PWD_SYMBOLS = "!#$*-_.~"  # noqa: S105 (symbols, not a password)


def password(rng: random.Random, url_safe: bool = False) -> str:
    style = rng.randrange(3)
    sym = "-_.~!*" if url_safe else PWD_SYMBOLS
    if style == 0:
        pw = rng.choice(PWD_WORDS) + rng.choice(sym) + _d(rng, rng.randint(2, 4))
    elif style == 1:
        alphabet = string.ascii_letters + string.digits + sym
        pw = "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
    else:
        pw = (
            rng.choice(PWD_WORDS)
            + rng.choice(PWD_WORDS).capitalize()
            + _d(rng, 2)
            + rng.choice(sym)
        )
    while len(pw) < 8:
        pw += rng.choice(DIGITS)
    return pw


# --- bank ----------------------------------------------------------------------------------
def routing(rng: random.Random, cc: str) -> str:
    """A bank/branch code in the shape of the country (US ABA valid by stdnum.us.rtn)."""
    if cc == "US":
        body = rng.choice("0123") + _d(rng, 7)
        return body + stdnum.us.rtn.calc_check_digit(body)
    if cc in ("GB", "IE"):
        return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}"
    if cc == "AU":
        return f"{_d(rng, 3)}-{_d(rng, 3)}"
    if cc == "CA":
        return f"{_d(rng, 5)}-{_d(rng, 3)}"
    if cc == "IN":
        return _u(rng, 4) + "0" + _u(rng, 6, UPPER + DIGITS)
    if cc in ("DE",):
        return _d(rng, 8)
    if cc in ("AT",):
        return _d(rng, 5)
    if cc == "CH":
        return _d(rng, 5)
    if cc in ("FR", "BE"):
        return _d(rng, 5)
    if cc == "BR":
        return _d(rng, 4)
    if cc == "PT":
        return _d(rng, 4)
    if cc == "MX":
        return _d(rng, 3)
    return _d(rng, 4)


def account(rng: random.Random, cc: str) -> str:
    if cc == "US":
        return _d(rng, rng.randint(10, 12))
    if cc in ("GB", "IE"):
        return _d(rng, 8)
    if cc == "AU":
        return _d(rng, 9)
    if cc == "CA":
        return _d(rng, 7)
    if cc == "IN":
        return _d(rng, rng.choice([11, 12, 14]))
    if cc == "BR":
        return f"{_d(rng, 5)}-{rng.choice(DIGITS)}"
    if cc == "AR":
        return _d(rng, 22)
    if cc == "DE":
        return _d(rng, 10)
    if cc == "FR":
        return _d(rng, 11)
    if cc == "PT":
        return _d(rng, 11)
    if cc == "ES":
        return _d(rng, 10)
    return _d(rng, rng.randint(9, 12))


IBAN_BBAN = {
    # country: list of (kind, length) with n = digits, a = upper letters, c = alnum
    "ES": [("n", 20)],
    "FR": [("n", 10), ("c", 11), ("n", 2)],
    "DE": [("n", 18)],
    "AT": [("n", 16)],
    "CH": [("n", 5), ("c", 12)],
    "PT": [("n", 21)],
    "BE": [("n", 12)],
    "IE": [("a", 4), ("n", 14)],
    "GB": [("a", 4), ("n", 14)],
    "BR": [("n", 23), ("a", 1), ("c", 1)],
    "IT": [("a", 1), ("n", 10), ("c", 12)],
    "NL": [("a", 4), ("n", 10)],
}


def iban(rng: random.Random, cc: str) -> str:
    for _ in range(20000):
        bban = ""
        for kind, n in IBAN_BBAN[cc]:
            alphabet = {"n": DIGITS, "a": UPPER, "c": DIGITS}[kind]
            bban += _u(rng, n, alphabet)
        value = cc + "00" + bban
        value = cc + stdnum.iban.calc_check_digits(value) + bban
        if stdnum.iban.is_valid(value):
            return value
    raise AssertionError(f"no IBAN for {cc}")


def swift(rng: random.Random, cc: str) -> str:
    bic = _u(rng, 4) + cc + _u(rng, 2, UPPER + DIGITS[1:])
    if rng.random() < 0.5:
        bic += rng.choice(["XXX", _u(rng, 3, UPPER + DIGITS)])
    assert stdnum.bic.is_valid(bic)
    return bic


def clabe_check(first17: str) -> str:
    weights = [3, 7, 1] * 6
    total = sum(int(c) * w % 10 for c, w in zip(first17, weights, strict=False))
    return str((10 - total % 10) % 10)


def clabe_valid(value: str) -> bool:
    return len(value) == 18 and value.isdigit() and clabe_check(value[:17]) == value[17]


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "058", "072", "127"])
    body += _d(rng, 14)
    return body + clabe_check(body)


# --- people ---------------------------------------------------------------------------------
def ssn(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if stdnum.us.ssn.is_valid(v):
            return v


def itin(rng: random.Random) -> str:
    while True:
        group = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 99])
        v = f"9{_d(rng, 2)}{group:02d}{_d(rng, 4)}"
        if stdnum.us.itin.is_valid(v):
            return v


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(v: str) -> bool:
    v = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v):
        return False
    a, b = v[0], v[1]
    return a not in "DFIQUV" and b not in "DFIOQUV" and v[:2] not in NINO_BAD_PREFIX


def nino(rng: random.Random) -> str:
    while True:
        v = _u(rng, 2) + _d(rng, 6) + rng.choice("ABCD")
        if nino_valid(v):
            return v


def dni(rng: random.Random) -> str:
    body = _d(rng, 8)
    return body + stdnum.es.dni.calc_check_digit(body)


def nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _d(rng, 7)
    return body + stdnum.es.nie.calc_check_digit(body)


CURP_STATES = [
    "AS",
    "BC",
    "CH",
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
    "VZ",
    "YN",
]
CONS = "BCDFGHJKLMNPQRSTVXZ"
VOW = "AEIOU"


def _birth(rng: random.Random) -> str:
    return f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def curp(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice(CONS)
            + rng.choice(VOW)
            + _u(rng, 1, CONS)
            + _u(rng, 1, CONS)
            + _birth(rng)
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + _u(rng, 3, CONS)
            + rng.choice(DIGITS)
        )
        v = body + stdnum.mx.curp.calc_check_digit(body)
        if stdnum.mx.curp.is_valid(v):
            return v


def rfc(rng: random.Random) -> str:
    while True:
        person = rng.random() < 0.8
        head = rng.choice(CONS) + rng.choice(VOW) + _u(rng, 1, CONS) + _u(rng, 1, CONS)
        if not person:
            head = head[:3]
        body = head + _birth(rng) + _u(rng, 2, CONS + DIGITS[1:])
        v = body + stdnum.mx.rfc.calc_check_digit(body)
        if stdnum.mx.rfc.is_valid(v):
            return v


def cpf(rng: random.Random) -> str:
    while True:
        v = _d(rng, 11)
        if stdnum.br.cpf.is_valid(v) and len(set(v)) > 2:
            return v


def cnpj(rng: random.Random) -> str:
    body = _d(rng, 8) + "0001"
    return body + stdnum.br.cnpj.calc_check_digits(body)


def nir(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _d(rng, 3)
            + _d(rng, 3)
        )
        if body[5:7] == "20":
            continue
        v = body + stdnum.fr.nir.calc_check_digits(body)
        if stdnum.fr.nir.is_valid(v):
            return v


def de_idnr(rng: random.Random) -> str:
    while True:
        v = rng.choice(DIGITS[1:]) + _d(rng, 10)
        if stdnum.de.idnr.is_valid(v):
            return v


def pt_nif(rng: random.Random) -> str:
    body = rng.choice("123") + _d(rng, 7)
    return body + stdnum.pt.nif.calc_check_digit(body)


def passport(rng: random.Random, cc: str) -> str:
    shapes = {
        "US": lambda: _d(rng, 9),
        "GB": lambda: _d(rng, 9),
        "IE": lambda: _u(rng, 2) + _d(rng, 7),
        "CA": lambda: _u(rng, 2) + _d(rng, 6),
        "AU": lambda: _u(rng, rng.choice([1, 2])) + _d(rng, 7),
        "IN": lambda: _u(rng, 1) + _d(rng, 7),
        "ES": lambda: _u(rng, 3) + _d(rng, 6),
        "MX": lambda: _u(rng, 1) + _d(rng, 8),
        "CO": lambda: _u(rng, 2) + _d(rng, 6),
        "AR": lambda: _u(rng, 3) + _d(rng, 6),
        "CL": lambda: _u(rng, 1) + _d(rng, 8),
        "FR": lambda: _d(rng, 2) + _u(rng, 2) + _d(rng, 5),
        "BE": lambda: _u(rng, 2) + _d(rng, 6),
        "CH": lambda: _u(rng, 1) + _d(rng, 7),
        "DE": lambda: _u(rng, 1, "CFGHJK") + _u(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
        "AT": lambda: _u(rng, 1) + _d(rng, 7),
        "BR": lambda: _u(rng, 2) + _d(rng, 6),
        "PT": lambda: _u(rng, 1) + _d(rng, 6),
    }
    return shapes.get(cc, shapes["GB"])()


def driver_id(rng: random.Random, cc: str) -> str:
    if cc == "US":
        return rng.choice([_u(rng, 1) + _d(rng, 7), _d(rng, 9), _u(rng, 1) + _d(rng, 12)])
    if cc == "GB":
        sur = _u(rng, 5, "BCDFGHJKLMNPRSTW")
        return (
            sur
            + rng.choice(DIGITS)
            + _d(rng, 4)
            + rng.choice(DIGITS)
            + _u(rng, 2)
            + "9"
            + _u(rng, 2)
        )
    if cc == "CA":
        return _u(rng, 1) + _d(rng, 14)
    if cc == "AU":
        return _d(rng, 8)
    if cc == "IN":
        return _u(rng, 2) + _d(rng, 13)
    if cc == "ES":
        return dni(rng)
    if cc == "MX":
        return _u(rng, 1) + _d(rng, 8)
    if cc == "FR":
        return _d(rng, 12)
    if cc == "DE":
        return _u(rng, 1) + _d(rng, 3) + _u(rng, 1, UPPER + DIGITS) * 1 + _u(rng, 6, UPPER + DIGITS)
    if cc == "BR":
        return _d(rng, 11)
    if cc == "PT":
        return _u(rng, 1, "ABCLP") + "-" + _d(rng, 6)
    if cc in ("AT", "IE"):
        return _d(rng, 8)
    if cc == "CH":
        return _d(rng, 9)
    return _u(rng, 2) + _d(rng, 7)


# --- network / cloud ------------------------------------------------------------------------
def ip(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return f"192.0.2.{rng.randint(1, 254)}"
    if k == 1:
        return f"198.51.100.{rng.randint(1, 254)}"
    if k == 2:
        return f"203.0.113.{rng.randint(1, 254)}"
    if k == 3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    groups = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.choice([2, 3, 4]))]
    return "2001:db8::" + ":".join(groups)


def mac(rng: random.Random) -> str:
    first = rng.choice(["02", "06", "0a", "12", "1e", "3a", "52", "7e", "aa", "de"])
    return first + "".join(f"{rng.randint(0, 255):02x}" for _ in range(5))


B32 = UPPER + "234567"


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + _u(rng, 16, B32)


def aws_secret_key(rng: random.Random) -> str:
    return _u(rng, 40, string.ascii_letters + DIGITS + "/+")


# --- email ----------------------------------------------------------------------------------
FIRST = [
    "ana",
    "john",
    "maria",
    "lucas",
    "sophie",
    "jens",
    "priya",
    "diego",
    "chloe",
    "joao",
    "emma",
    "mateo",
    "lea",
    "liam",
    "sofia",
    "kai",
    "ines",
    "tomas",
    "aoife",
    "raj",
    "camila",
    "noah",
    "julia",
    "pedro",
    "marie",
    "felix",
    "gabriel",
    "beatriz",
    "sean",
    "valentina",
]
LAST = [
    "smith",
    "garcia",
    "dubois",
    "mueller",
    "silva",
    "oconnor",
    "patel",
    "lopez",
    "martin",
    "schmidt",
    "santos",
    "murphy",
    "kumar",
    "fernandez",
    "bernard",
    "weber",
    "costa",
    "nguyen",
    "rossi",
    "moreau",
    "hofer",
    "pereira",
    "walsh",
    "reyes",
    "lambert",
    "fischer",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "correo.example",
    "courriel.example",
    "post.test",
    "webmail.test",
    "empresa.example",
    "firma.test",
]


def email(rng: random.Random) -> str:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(6)
    local = [
        f"{f}.{last}",
        f"{f}{last}{_d(rng, 2)}",
        f"{f[0]}{last}",
        f"{f}_{last}{_d(rng, 4)}",
        f"{f}.{last}+{rng.choice(['orders', 'bank', 'promo', 'spam'])}",
        f"{last}.{f}{rng.randint(1, 9)}",
    ][style]
    return f"{local}@{rng.choice(DOMAINS)}"


# --- phones ---------------------------------------------------------------------------------
def phone(rng: random.Random, cc: str) -> phonenumbers.PhoneNumber:
    kinds = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    for _ in range(5000):
        ex = phonenumbers.example_number_for_type(cc, rng.choice(kinds))
        nat = str(ex.national_number)
        keep = max(2, len(nat) - rng.randint(4, 6))
        cand = nat[:keep] + _d(rng, len(nat) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(num, cc):
            return num
    raise AssertionError(cc)


def phone_forms(num: phonenumbers.PhoneNumber) -> dict[str, str]:
    f = phonenumbers.PhoneNumberFormat
    return {
        "international": phonenumbers.format_number(num, f.INTERNATIONAL),
        "national": phonenumbers.format_number(num, f.NATIONAL),
        "e164": phonenumbers.format_number(num, f.E164),
    }


def phone_valid(text_digits: str, cc: str) -> bool:
    """Digits of a phone rendering (with or without country code) valid for ``cc``."""
    for cand in ("+" + text_digits, text_digits):
        try:
            num = phonenumbers.parse(cand, cc)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(num, cc):
            return True
    return False


# --- validation of canonical values -------------------------------------------------------
def validate(type_: str, canon: str, cc: str) -> bool:
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda v: (
            v.isdigit() and 13 <= len(v) <= 19 and stdnum.luhn.is_valid(v)
        ),
        "CREDIT_DEBIT_CVV": lambda v: v.isdigit() and len(v) in (3, 4),
        "CREDIT_DEBIT_EXPIRY": lambda v: len(v) == 4 and v.isdigit() and 1 <= int(v[:2]) <= 12,
        "PIN": lambda v: v.isdigit() and len(v) in (4, 6),
        "PASSWORD": lambda v: len(v) >= 8 and " " not in v,
        "BANK_ACCOUNT_NUMBER": lambda v: v.isdigit() and 6 <= len(v) <= 22,
        "BANK_ROUTING": lambda v: stdnum.us.rtn.is_valid(v) if cc == "US" else 3 <= len(v) <= 11,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": stdnum.iban.is_valid,
        "SWIFT_CODE": stdnum.bic.is_valid,
        "EMAIL": lambda v: (
            re.fullmatch(r"[a-z0-9._+]+@(example\.(com|org|net)|[a-z]+\.(example|test))", v)
            is not None
        ),
        "PHONE": lambda v: phone_valid(v, cc),
        "SSN": stdnum.us.ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": stdnum.us.itin.is_valid,
        "UK_NATIONAL_INSURANCE_NUMBER": nino_valid,
        "PASSPORT_NUMBER": lambda v: re.fullmatch(r"[A-Z0-9]{6,10}", v) is not None,
        "DRIVER_ID": lambda v: re.fullmatch(r"[A-Z0-9]{7,18}", v) is not None,
        "IP_ADDRESS": lambda v: re.fullmatch(r"[0-9a-f.:]+", v) is not None,
        "MAC_ADDRESS": lambda v: re.fullmatch(r"[0-9a-f]{12}", v) is not None,
        "AWS_ACCESS_KEY": lambda v: re.fullmatch(r"A[KS]IA[A-Z2-7]{16}", v) is not None,
        "AWS_SECRET_KEY": lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None,
        "ES_DNI": stdnum.es.dni.is_valid,
        "ES_NIE": stdnum.es.nie.is_valid,
        "MX_CURP": stdnum.mx.curp.is_valid,
        "MX_RFC": stdnum.mx.rfc.is_valid,
        "MX_CLABE": clabe_valid,
        "BR_CPF": stdnum.br.cpf.is_valid,
        "BR_CNPJ": stdnum.br.cnpj.is_valid,
        "FR_NIR": stdnum.fr.nir.is_valid,
        "DE_TAX_ID": stdnum.de.idnr.is_valid,
        "PT_NIF": stdnum.pt.nif.is_valid,
    }
    return bool(checks[type_](canon))
