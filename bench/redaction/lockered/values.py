"""Synthetic value drawing and validation for the lockered corpus.

Every value is invented; checksummed identifiers are built and validated with python-stdnum,
phones with phonenumbers, so a detector that checks checksums is exercised fairly.
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

TYPES: tuple[str, ...] = (
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PASSWORD",
    "USERNAME",
    "EMAIL",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
)

# Short names used in template placeholders, so templates stay readable.
ALIAS: dict[str, str] = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

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
REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")

D = string.digits
UP = string.ascii_uppercase


def digits(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def clabe_check(body: str) -> str:
    # CLABE: weights 3,7,1 repeated, check = (10 - sum mod 10) mod 10.
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def nino_valid(v: str) -> bool:
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", v)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return (
        a not in "DFIQUV"
        and b not in "DFIOQUV"
        and a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
    )


def cpf_digits(body: str) -> str:
    s1 = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
    d1 = (s1 * 10) % 11 % 10
    s2 = sum(int(c) * w for c, w in zip(body + str(d1), range(11, 1, -1), strict=True))
    return f"{d1}{(s2 * 10) % 11 % 10}"


def draw(t: str, locale: str, rng: random.Random) -> str:
    """Canonical value of type ``t`` for ``locale``; redrawn until it validates."""
    for _ in range(5000):
        v = _draw(t, locale, rng)
        if validate(t, v, locale):
            return v
    raise RuntimeError(f"cannot draw {t}")


def _draw(t: str, loc: str, rng: random.Random) -> str:
    reg = REGION[loc]
    if t == "CREDIT_DEBIT_NUMBER":
        # Published test BINs only.
        bin_, n = rng.choice(
            [
                ("411111", 16),
                ("424242", 16),
                ("400000", 16),
                ("555555", 16),
                ("510510", 16),
                ("222300", 16),
                ("378282", 15),
                ("601111", 16),
            ]
        )
        body = bin_ + digits(rng, n - 7)
        return body + luhn.calc_check_digit(body)
    if t == "CREDIT_DEBIT_CVV":
        return digits(rng, 3)
    if t == "CREDIT_DEBIT_EXPIRY":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 33)}"
    if t == "PIN":
        return digits(rng, rng.choice((4, 4, 4, 6)))
    if t == "PASSWORD":
        w = rng.choice(["Gato", "Sol", "Maple", "Tiger", "Lune", "Hund", "Praia", "Kiwi", "Nube"])
        w2 = rng.choice(["Azul", "river", "Stern", "Moto", "verde", "Blue", "Fuego", "Loja"])
        return w + rng.choice("!#$*.-_") + w2 + digits(rng, rng.choice((2, 3, 4)))
    if t == "USERNAME":
        a = rng.choice(
            [
                "mlopez",
                "ana.souza",
                "jdoe",
                "pierre_m",
                "k.schmidt",
                "rui.alves",
                "carmen_r",
                "tbrown",
                "lucia.gz",
                "hmueller",
                "fcosta",
                "sam.k",
            ]
        )
        return a + digits(rng, rng.choice((2, 3)))
    if t == "EMAIL":
        a = rng.choice(
            [
                "maria.lopez",
                "joao.silva",
                "jsmith",
                "claire.dubois",
                "klaus.becker",
                "ines.ferreira",
                "pedro_gtz",
                "amy.w",
                "lea.martin",
                "paulo.r",
            ]
        )
        return (
            a
            + rng.choice(["", digits(rng, 2)])
            + "@"
            + rng.choice(
                ["example.com", "example.org", "example.net", "mail.example.com", "example.test"]
            )
        )
    if t == "PHONE":
        return _phone(reg, rng)
    if t == "BANK_ACCOUNT_NUMBER":
        n = {"US": 10, "GB": 8, "ES": 10, "MX": 11, "FR": 11, "DE": 10, "BR": 7, "PT": 11}[reg]
        v = digits(rng, n, "123456789")
        return v[:-1] + "-" + v[-1] if reg == "BR" else v
    if t == "BANK_ROUTING":
        if reg == "US":
            body = rng.choice("0123") + digits(rng, 7)
            return body + rtn.calc_check_digit(body)
        if reg == "GB":
            return f"{digits(rng, 2, '1234')}-{digits(rng, 2)}-{digits(rng, 2)}"
        n = {"ES": 4, "MX": 3, "FR": 5, "DE": 8, "BR": 4, "PT": 4}[reg]
        return digits(rng, n, "123456789")
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        cc = {"US": "GB", "MX": "ES"}.get(reg, reg)
        if cc == "BR":
            cc = rng.choice(["BR", "PT"])
        bban = {
            "GB": lambda: rng.choice(["NWBK", "LOYD", "BARC"]) + digits(rng, 14),
            "ES": lambda: digits(rng, 20),
            "FR": lambda: digits(rng, 23),
            "DE": lambda: digits(rng, 18),
            "PT": lambda: digits(rng, 21),
            "BR": lambda: digits(rng, 23) + "C1",
        }[cc]()
        return cc + iban.calc_check_digits(cc + "00" + bban) + bban
    if t == "SWIFT_CODE":
        cc = {"US": "US", "GB": "GB"}.get(reg, reg)
        four = "".join(rng.choice(UP) for _ in range(4))
        tail = rng.choice(["", "XXX", "".join(rng.choice(UP) for _ in range(3))])
        return four + cc + rng.choice(UP) + rng.choice(UP + D) + tail
    if t == "SSN":
        return f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    if t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        g = rng.choice(list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100)))
        return f"9{digits(rng, 2)}{g:02d}{digits(rng, 4)}"
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return (
            rng.choice("ABCEGHJKLMNOPRSTWXYZ")
            + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + digits(rng, 6)
            + rng.choice("ABCD")
        )
    if t == "PASSPORT_NUMBER":
        return _passport(reg, rng)
    if t == "DRIVER_ID":
        return _licence(reg, rng)
    if t == "IP_ADDRESS":
        if rng.random() < 0.2:
            return f"2001:db8:{rng.randint(1, 65535):x}::{rng.randint(1, 65535):x}"
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if t == "MAC_ADDRESS":
        first = rng.randint(0, 63) * 4 + 2  # locally administered, unicast
        octs = [first] + [rng.randint(0, 255) for _ in range(5)]
        return rng.choice([":", "-"]).join(f"{o:02x}" for o in octs)
    if t == "AWS_ACCESS_KEY":
        return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(UP + "234567") for _ in range(16))
    if t == "AWS_SECRET_KEY":
        return "".join(rng.choice(string.ascii_letters + D + "/+") for _ in range(40))
    if t == "ES_DNI":
        b = digits(rng, 8)
        return b + dni.calc_check_digit(b)
    if t == "ES_NIE":
        b = rng.choice("XYZ") + digits(rng, 7)
        return b + nie.calc_check_digit(b)
    if t == "MX_CURP":
        b = (
            rng.choice("BCDFGHJLMNPRSTVZ")
            + rng.choice("AEIOU")
            + rng.choice(UP)
            + rng.choice(UP)
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}"
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "MC", "YN"])
            + "".join(rng.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3))
            + rng.choice(D)
        )
        return b + curp.calc_check_digit(b + "0")
    if t == "MX_RFC":
        b = (
            "".join(rng.choice(UP) for _ in range(4)) + f"{rng.randint(60, 99):02d}"
            f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + "".join(rng.choice(UP + D) for _ in range(2))
        )
        return b + rfc.calc_check_digit(b + "0")
    if t == "MX_CLABE":
        b = rng.choice(["002", "012", "014", "021", "072"]) + digits(rng, 14)
        return b + clabe_check(b)
    if t == "BR_CPF":
        b = digits(rng, 9)
        return b + cpf_digits(b)
    if t == "BR_CNPJ":
        b = digits(rng, 8) + "0001"
        return b + cnpj.calc_check_digits(b)
    if t == "FR_NIR":
        b = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + digits(rng, 3)
            + digits(rng, 3)
        )
        return b + nir.calc_check_digits(b)
    if t == "DE_TAX_ID":
        b = digits(rng, 10, "123456789")
        return b + idnr.mod_11_10.calc_check_digit(b)
    if t == "PT_NIF":
        b = rng.choice("123") + digits(rng, 7)
        return b + nif.calc_check_digit(b)
    raise KeyError(t)


def _phone(reg: str, rng: random.Random) -> str:
    """E.164 canonical; fictional ranges where the country publishes them."""
    if reg == "US":
        return f"+1{rng.choice(['202', '312', '415', '617'])}5550{rng.randint(100, 199)}"
    if reg == "GB":
        return rng.choice(
            [
                f"+4420794600{rng.randint(0, 99):02d}",
                f"+44113496{rng.randint(0, 999):04d}",
                f"+447700900{rng.randint(0, 999):03d}",
            ]
        )
    nat = {
        "ES": lambda: rng.choice("67") + digits(rng, 8),
        "MX": lambda: rng.choice(["55", "33", "81"]) + digits(rng, 8),
        "FR": lambda: rng.choice("67") + digits(rng, 8),
        "DE": lambda: rng.choice(["151", "160", "170", "176"]) + digits(rng, 8),
        "BR": lambda: rng.choice(["11", "21", "31"]) + "9" + digits(rng, 8),
        "PT": lambda: rng.choice(["91", "92", "93", "96"]) + digits(rng, 7),
    }[reg]()
    cc = phonenumbers.country_code_for_region(reg)
    return f"+{cc}{nat}"


def _passport(reg: str, rng: random.Random) -> str:
    if reg in ("US", "GB"):
        return digits(rng, 9, "123456789")
    if reg == "ES":
        return "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 6)
    if reg == "MX":
        return rng.choice("GN") + digits(rng, 8)
    if reg == "FR":
        return digits(rng, 2) + rng.choice(UP) + rng.choice(UP) + digits(rng, 5)
    if reg == "DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if reg == "BR":
        return rng.choice(["FZ", "GA", "YB"]) + digits(rng, 6)
    return rng.choice("CLNP") + digits(rng, 6)


def _licence(reg: str, rng: random.Random) -> str:
    if reg == "US":
        return rng.choice(UP) + digits(rng, 7)
    if reg == "GB":
        sur = rng.choice(["MORGA", "SMITH", "JONES", "PATEL", "WILLI"])
        return sur + digits(rng, 6) + rng.choice(UP) + rng.choice(UP) + digits(rng, 1) + "AB"
    if reg in ("ES", "MX"):
        return rng.choice(UP) + digits(rng, 8) if reg == "MX" else draw("ES_DNI", "es-ES", rng)
    if reg == "FR":
        return digits(rng, 12)
    if reg == "DE":
        return rng.choice("BFJN") + digits(rng, 3) + "".join(rng.choice(UP + D) for _ in range(6))
    if reg == "BR":
        return digits(rng, 11, "123456789")
    return rng.choice(["L", "P", "AV"]) + "-" + digits(rng, 6)


def phone_valid(e164: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return False


def validate(t: str, v: str, locale: str) -> bool:
    """Structural / checksum validation of a canonical value."""
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(v) and len(v) in (15, 16),
        "CREDIT_DEBIT_CVV": lambda: re.fullmatch(r"\d{3,4}", v) is not None,
        "CREDIT_DEBIT_EXPIRY": lambda: re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", v) is not None,
        "PIN": lambda: re.fullmatch(r"\d{4,6}", v) is not None,
        "PHONE": lambda: (
            phone_valid(v)
            and phonenumbers.region_code_for_number(phonenumbers.parse(v)) == REGION[locale]
        ),
        "BANK_ROUTING": lambda: rtn.is_valid(v) if REGION[locale] == "US" else bool(v),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(v),
        "SWIFT_CODE": lambda: bic.is_valid(v),
        "SSN": lambda: ssn.is_valid(v),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(v),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_valid(v),
        "ES_DNI": lambda: dni.is_valid(v),
        "ES_NIE": lambda: nie.is_valid(v),
        "MX_CURP": lambda: curp.is_valid(v),
        "MX_RFC": lambda: rfc.is_valid(v),
        "MX_CLABE": lambda: clabe_valid(v),
        "BR_CPF": lambda: cpf.is_valid(v),
        "BR_CNPJ": lambda: cnpj.is_valid(v),
        "FR_NIR": lambda: nir.is_valid(v),
        "DE_TAX_ID": lambda: idnr.is_valid(v),
        "PT_NIF": lambda: nif.is_valid(v),
        "EMAIL": lambda: re.fullmatch(r"[\w.]+@(\w+\.)?example\.(com|org|net|test)", v) is not None,
        "AWS_ACCESS_KEY": lambda: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None,
        "AWS_SECRET_KEY": lambda: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None,
        "MAC_ADDRESS": lambda: int(v[:2], 16) & 3 == 2,
    }
    return checks.get(t, lambda: bool(v))()


# --- hard negatives -------------------------------------------------------------------------


def _looks_like_pii(run: str) -> bool:
    n = len(run)
    if n >= 8 and luhn.is_valid(run):
        return True
    for ok in (
        rtn.is_valid,
        ssn.is_valid,
        itin.is_valid,
        nif.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        idnr.is_valid,
        nir.is_valid,
        clabe_valid,
        dni.is_valid,
    ):
        try:
            if ok(run):
                return True
        except Exception:  # noqa: S110 - a validator that raises has said "not valid"
            pass
    for reg in REGIONS:
        for cand in (run, "+" + run):
            try:
                num = phonenumbers.parse(cand, reg)
                if phonenumbers.is_valid_number(num) and (
                    phonenumbers.region_code_for_number(num) in REGIONS
                ):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def negative_ok(text: str) -> bool:
    """True when no run of 5+ digits in ``text`` validates as PII."""
    runs = re.findall(r"\d{5,}", text)
    return not any(_looks_like_pii(r) for r in runs)
