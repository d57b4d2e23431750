"""Synthetic PII values and hard negatives, drawn from a seeded RNG and checked.

Every draw returns a canonical value that ``validate`` accepts; rendering into the many
typed forms happens in ``render.py``. Nothing here is real personal data: cards use test
BINs, phones use fictional ranges, identifiers are random with computed check digits.
"""

from __future__ import annotations

import ipaddress
import re
import string
from random import Random

import phonenumbers
from stdnum import iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

DIG = string.digits
UP = string.ascii_uppercase
B32 = UP + "234567"
B64 = string.ascii_letters + DIG + "/+"

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


def _d(rng: Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _a(rng: Random, n: int, alphabet: str = UP) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# Published test BIN prefixes (Visa, Mastercard, Amex, Discover test numbers).
TEST_BINS = ["411111", "424242", "400005", "555555", "510510", "222300", "601111"]


def card(rng: Random, locale: str) -> str:
    if rng.random() < 0.12:
        body = rng.choice(["378282", "371449"]) + _d(rng, 8)
    else:
        body = rng.choice(TEST_BINS) + _d(rng, 9)
    return body + luhn.calc_check_digit(body)


def cvv(rng: Random, locale: str) -> str:
    return _d(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng: Random, locale: str) -> str:
    """Canonical MM/YYYY."""
    return f"{rng.randint(1, 12):02d}/{rng.randint(2026, 2033)}"


def pin(rng: Random, locale: str) -> str:
    return _d(rng, rng.choice([4, 4, 4, 6]))


_PW_WORDS = ["Sunset", "tigre", "Lune", "Sonne", "gato", "Maple", "estrela", "Koala", "pomme"]


def password(rng: Random, locale: str) -> str:
    w = rng.choice(_PW_WORDS)
    return w + rng.choice("!#$*?.") + _d(rng, rng.randint(2, 4)) + _a(rng, 2, string.ascii_letters)


_NAMES = ["maria", "jgarcia", "lucie", "tobias", "joao", "kate", "amelie", "diego", "ana", "felix"]


def username(rng: Random, locale: str) -> str:
    return (
        rng.choice(_NAMES)
        + rng.choice([".", "_", ""])
        + _a(rng, 2, string.ascii_lowercase)
        + _d(rng, 2)
    )


def email(rng: Random, locale: str) -> str:
    dom = rng.choice(["example.com", "example.org", "example.net", "mail.example.com", "test"])
    if dom == "test":
        dom = "inbox.test"
    return f"{rng.choice(_NAMES)}.{_a(rng, 3, string.ascii_lowercase)}{_d(rng, 2)}@{dom}"


_PHONE_PATTERNS = {
    "US": lambda r: r.choice(["202", "312", "415", "617"]) + "55501" + _d(r, 2),
    "GB": lambda r: r.choice(["2079460", "1134960", "1614960"]) + _d(r, 3),
    "ES": lambda r: r.choice(["6", "7", "91", "93"]) + _d(r, 8),
    "MX": lambda r: r.choice(["55", "33", "81"]) + _d(r, 8),
    "FR": lambda r: r.choice(["6", "7", "1"]) + _d(r, 8),
    "DE": lambda r: r.choice(["30", "89", "151", "170"]) + _d(r, 8),
    "BR": lambda r: r.choice(["11", "21", "31"]) + "9" + _d(r, 8),
    "PT": lambda r: r.choice(["91", "93", "96", "21"]) + _d(r, 7),
}


def phone(rng: Random, locale: str) -> str:
    """Canonical E.164, valid for the locale's region."""
    region = REGION[locale]
    while True:
        num = phonenumbers.parse(_PHONE_PATTERNS[region](rng), region)
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def account(rng: Random, locale: str) -> str:
    region = REGION[locale]
    if region == "GB":
        return _d(rng, 8)
    if region == "BR":
        return _d(rng, rng.choice([5, 6, 7])) + "-" + _d(rng, 1)
    if region == "US":
        return _d(rng, rng.choice([9, 10, 12]))
    return _d(rng, 10)


def routing(rng: Random, locale: str) -> str:
    region = REGION[locale]
    if region == "US":
        body = rng.choice(["0", "1", "2", "3"]) + _d(rng, 7)
        return body + rtn.calc_check_digit(body)
    if region == "GB":
        return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}"
    if region == "DE":
        return rng.choice("1234567") + _d(rng, 7)
    if region == "BR":
        return _d(rng, 4)
    if region == "MX":
        return _d(rng, 3)
    if region == "FR":
        return _d(rng, 5) + " " + _d(rng, 5)
    return _d(rng, 4) + " " + _d(rng, 4)


_IBAN_BBAN = {
    "ES": lambda r: _d(r, 20),
    "FR": lambda r: _d(r, 10) + _d(r, 11) + _d(r, 2),
    "DE": lambda r: _d(r, 18),
    "PT": lambda r: _d(r, 21),
    "GB": lambda r: _a(r, 4) + _d(r, 14),
    "BR": lambda r: _d(r, 23) + r.choice("CP") + r.choice(UP + DIG),
}
_IBAN_COUNTRY = {"US": "GB", "MX": "ES"}


def intl_iban(rng: Random, locale: str) -> str:
    cc = REGION[locale]
    cc = _IBAN_COUNTRY.get(cc, cc)
    while True:
        raw = cc + "00" + _IBAN_BBAN[cc](rng)
        val = cc + iban.calc_check_digits(raw) + raw[4:]
        if iban.is_valid(val):
            return val


def swift(rng: Random, locale: str) -> str:
    cc = REGION[locale]
    code = _a(rng, 4) + cc + rng.choice(UP) + rng.choice(UP + "23456789")
    return code + (_a(rng, 1) + _d(rng, 2) if rng.random() < 0.3 else "")


def us_ssn(rng: Random, locale: str) -> str:
    while True:
        v = f"{rng.randint(101, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def us_itin(rng: Random, locale: str) -> str:
    while True:
        v = "9" + _d(rng, 2) + rng.choice(["7", "8"]) + _d(rng, 1) + _d(rng, 4)
        if itin.is_valid(v):
            return v


_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
_NINO_FIRST = [c for c in UP if c not in "DFIQUV"]
_NINO_SECOND = [c for c in _NINO_FIRST if c != "O"]


def uk_nino(rng: Random, locale: str) -> str:
    while True:
        p = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if p not in _NINO_BAD:
            return p + _d(rng, 6) + rng.choice("ABCD")


def nino_ok(v: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v))
        and v[:2] not in _NINO_BAD
        and (v[0] in _NINO_FIRST and v[1] in _NINO_SECOND)
    )


_PASSPORT = {
    "US": lambda r: _d(r, 9),
    "GB": lambda r: _d(r, 9),
    "ES": lambda r: _a(r, 3) + _d(r, 6),
    "MX": lambda r: _a(r, 1) + _d(r, 8),
    "FR": lambda r: _d(r, 2) + _a(r, 2) + _d(r, 5),
    "DE": lambda r: "C" + _a(r, 8, "CFGHJKLMNPRTVWXYZ" + DIG),
    "BR": lambda r: _a(r, 2) + _d(r, 6),
    "PT": lambda r: _a(r, 1) + _d(r, 6),
}


def passport(rng: Random, locale: str) -> str:
    while True:
        v = _PASSPORT[REGION[locale]](rng)
        if any(c.isdigit() for c in v):
            return v


_DRIVER = {
    "US": lambda r: _a(r, 1) + _d(r, 7),
    "GB": lambda r: _a(r, 5) + _d(r, 6) + _a(r, 2) + _d(r, 1) + _a(r, 2),
    "ES": lambda r: _d(r, 8) + _a(r, 1),
    "MX": lambda r: _a(r, 1) + _d(r, 9),
    "FR": lambda r: _d(r, 2) + _a(r, 2) + _d(r, 5) + _d(r, 3),
    "DE": lambda r: _a(r, 1) + _d(r, 3) + _a(r, 4) + _d(r, 2) + _a(r, 1),
    "BR": lambda r: _d(r, 11),
    "PT": lambda r: _a(r, 2) + "-" + _d(r, 6),
}


def driver(rng: Random, locale: str) -> str:
    return _DRIVER[REGION[locale]](rng)


_DOC_NETS = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"]


def ip(rng: Random, locale: str) -> str:
    net = ipaddress.ip_network(rng.choice(_DOC_NETS))
    if net.version == 6:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    return str(net[rng.randint(1, 254)])


def ip_ok(v: str) -> bool:
    a = ipaddress.ip_address(v)
    return any(a in ipaddress.ip_network(n) for n in _DOC_NETS)


def mac(rng: Random, locale: str) -> str:
    first = (rng.randint(0, 63) << 2) | 0b10
    octs = [first] + [rng.randint(0, 255) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octs)


def aws_key(rng: Random, locale: str) -> str:
    return rng.choice(["AKIA", "ASIA"]) + _a(rng, 16, B32)


def aws_secret(rng: Random, locale: str) -> str:
    return _a(rng, 40, B64)


def es_dni(rng: Random, locale: str) -> str:
    body = _d(rng, 8)
    return body + dni.calc_check_digit(body)


def es_nie(rng: Random, locale: str) -> str:
    body = rng.choice("XYZ") + _d(rng, 7)
    return body + nie.calc_check_digit(body)


_CURP_STATES = ["DF", "JC", "NL", "PL", "VZ", "GT", "CH"]


def mx_curp(rng: Random, locale: str) -> str:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice("BGHLMPRS")
            + rng.choice("AEIOU")
            + _a(rng, 2, "BCDGLMNPRST")
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(_CURP_STATES)
            + _a(rng, 3, "BCDFGLMNPRSTZ")
            + "0"
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(rng: Random, locale: str) -> str:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice("BGHLMPRS")
            + rng.choice("AEIOU")
            + _a(rng, 2, "BCDGLMNPRST")
            + f"{y:02d}{m:02d}{d:02d}"
            + _a(rng, 2, "ABCDEFGHJKLMN" + "123456789")
        )
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return v


def clabe_check(body17: str) -> str:
    w = [3, 7, 1]
    s = sum((int(c) * w[i % 3]) % 10 for i, c in enumerate(body17))
    return str((10 - s % 10) % 10)


def clabe_ok(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(rng: Random, locale: str) -> str:
    body = rng.choice(["002", "012", "014", "021", "072"]) + _d(rng, 14)
    return body + clabe_check(body)


def br_cpf(rng: Random, locale: str) -> str:
    while True:
        body = _d(rng, 9)
        v = body + _cpf_digits(body)
        if cpf.is_valid(v):
            return v


def _cpf_digits(body: str) -> str:
    d1 = (sum((10 - i) * int(c) for i, c in enumerate(body)) * 10) % 11 % 10
    d2 = (sum((11 - i) * int(c) for i, c in enumerate(body + str(d1))) * 10) % 11 % 10
    return f"{d1}{d2}"


def br_cnpj(rng: Random, locale: str) -> str:
    while True:
        body = _d(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return v


def fr_nir(rng: Random, locale: str) -> str:
    while True:
        body = (
            rng.choice("12")
            + _d(rng, 2)
            + f"{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _d(rng, 6)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v


def de_idnr(rng: Random, locale: str) -> str:
    while True:
        body = rng.choice("123456789") + _d(rng, 9)
        for c in DIG:
            if idnr.is_valid(body + c):
                return body + c


def pt_nif(rng: Random, locale: str) -> str:
    while True:
        body = rng.choice("12") + _d(rng, 7)
        v = body + nif.calc_check_digit(body)
        if nif.is_valid(v):
            return v


def _re(p: str):
    return lambda v: bool(re.fullmatch(p, v))


# type -> (generator, validator of the canonical value)
TYPES = {
    "CREDIT_DEBIT_NUMBER": (card, luhn.is_valid),
    "CREDIT_DEBIT_CVV": (cvv, _re(r"\d{3,4}")),
    "CREDIT_DEBIT_EXPIRY": (expiry, _re(r"(0[1-9]|1[0-2])/20\d\d")),
    "PIN": (pin, _re(r"\d{4,6}")),
    "PASSWORD": (password, _re(r"\S{8,}")),
    "USERNAME": (username, _re(r"[a-z._]+\d\d")),
    "EMAIL": (email, _re(r"[a-z.]+\d\d@[a-z.]*(example\.(com|org|net)|\.test)")),
    "PHONE": (phone, lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v))),
    "BANK_ACCOUNT_NUMBER": (account, _re(r"[\d-]{6,14}")),
    "BANK_ROUTING": (
        routing,
        lambda v: (
            rtn.is_valid(v) if re.fullmatch(r"\d{9}", v) else bool(re.fullmatch(r"[\d -]{3,11}", v))
        ),
    ),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": (intl_iban, iban.is_valid),
    "SWIFT_CODE": (swift, _re(r"[A-Z]{6}[A-Z][A-Z2-9]([A-Z]\d\d)?")),
    "SSN": (us_ssn, ssn.is_valid),
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": (us_itin, itin.is_valid),
    "UK_NATIONAL_INSURANCE_NUMBER": (uk_nino, nino_ok),
    "PASSPORT_NUMBER": (passport, _re(r"[A-Z0-9]{7,11}")),
    "DRIVER_ID": (driver, _re(r"[A-Z0-9-]{8,18}")),
    "IP_ADDRESS": (ip, ip_ok),
    "MAC_ADDRESS": (mac, lambda v: int(v[:2], 16) & 0b10 == 0b10),
    "AWS_ACCESS_KEY": (aws_key, _re(r"(AKIA|ASIA)[A-Z2-7]{16}")),
    "AWS_SECRET_KEY": (aws_secret, _re(r"[A-Za-z0-9/+]{40}")),
    "ES_DNI": (es_dni, dni.is_valid),
    "ES_NIE": (es_nie, nie.is_valid),
    "MX_CURP": (mx_curp, curp.is_valid),
    "MX_RFC": (mx_rfc, rfc.is_valid),
    "MX_CLABE": (mx_clabe, clabe_ok),
    "BR_CPF": (br_cpf, cpf.is_valid),
    "BR_CNPJ": (br_cnpj, cnpj.is_valid),
    "FR_NIR": (fr_nir, nir.is_valid),
    "DE_TAX_ID": (de_idnr, idnr.is_valid),
    "PT_NIF": (pt_nif, nif.is_valid),
}

# Short names used in templates.
ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PW": "PASSWORD",
    "USER": "USERNAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BIC": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "AKSECRET": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
}


# ---- hard negatives ------------------------------------------------------------------

_PHONE_REGIONS = ["US", "GB", "ES", "MX", "FR", "DE", "BR", "PT"]


def _looks_like_pii(run: str, after: str) -> bool:
    """True if a run of 5+ digits passes any checksum or is a valid phone somewhere."""
    n = len(run)
    if n >= 8 and luhn.is_valid(run):
        return True
    checks = [rtn, ssn, itin, nif, cpf, cnpj, idnr, nir]
    if any(m.is_valid(run) for m in checks):
        return True
    if clabe_ok(run):
        return True
    if n == 8 and after and dni.is_valid(run + after):
        return True
    for region in _PHONE_REGIONS:
        for cand in (run, "+" + run):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(cand, region)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def negative_ok(value: str) -> bool:
    for m in re.finditer(r"\d{5,}", value):
        after = value[m.end() : m.end() + 1]
        if _looks_like_pii(m.group(), after):
            return False
    # Separators inside a negative must not hide a valid phone either.
    joined = re.sub(r"\D", "", value)
    return len(joined) < 5 or not _looks_like_pii(joined, "")


_AIRLINES = ["IB", "BA", "AF", "LH", "TP", "AM", "LA", "UA", "VY", "DL"]


def _neg_raw(kind: str, rng: Random, locale: str) -> str:
    lang = locale[:2]
    dec = "." if locale in ("en-US", "en-GB", "es-MX") else ","
    if kind in ("order", "ticket", "invoice", "contract", "booking"):
        return _d(rng, rng.randint(6, 9))
    if kind == "amount":
        return f"{rng.randint(3, 2400)}{dec}{rng.randint(0, 99):02d}"
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        y = rng.randint(2024, 2027)
        if locale == "en-US":
            return f"{m}/{d}/{y}"
        return f"{d:02d}{'.' if lang == 'de' else '/'}{m:02d}{'.' if lang == 'de' else '/'}{y}"
    if kind == "time":
        return f"{rng.randint(7, 21)}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "year":
        return str(rng.randint(2012, 2026))
    if kind == "zip":
        return _d(rng, 5)
    if kind == "zip4":
        return _d(rng, 5) + "-" + _d(rng, 4)
    if kind == "postcode":
        region = REGION[locale]
        if region == "GB":
            return f"{_a(rng, 2)}{rng.randint(1, 20)} {rng.randint(1, 9)}{_a(rng, 2)}"
        if region == "BR":
            return _d(rng, 5) + "-" + _d(rng, 3)
        if region == "PT":
            return _d(rng, 4) + "-" + _d(rng, 3)
        return _d(rng, 5)
    if kind == "count":
        return str(rng.randint(2, 40))
    if kind == "flight":
        return rng.choice(_AIRLINES) + str(rng.randint(100, 8999))
    if kind == "model":
        return _a(rng, 2) + "-" + str(rng.randint(100, 990))
    if kind == "version":
        return f"{rng.randint(1, 18)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"
    if kind in ("room", "street"):
        return str(rng.randint(1, 480))
    if kind == "tracking":
        return _a(rng, 2) + _d(rng, 9) + rng.choice(["ES", "BR", "PT", "FR", "DE"])
    raise KeyError(kind)


NEG_KINDS = [
    "order",
    "ticket",
    "invoice",
    "contract",
    "booking",
    "amount",
    "date",
    "time",
    "year",
    "zip",
    "zip4",
    "postcode",
    "count",
    "flight",
    "model",
    "version",
    "room",
    "street",
    "tracking",
]


def negative(kind: str, rng: Random, locale: str) -> str:
    while True:
        v = _neg_raw(kind, rng, locale)
        if negative_ok(v):
            return v
