"""Synthetic value drawing and validation for every entity type and hard negative."""

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

TYPES: tuple[str, ...] = (
    "CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_CVV", "CREDIT_DEBIT_EXPIRY", "PIN", "PASSWORD",
    "USERNAME", "EMAIL", "PHONE", "BANK_ACCOUNT_NUMBER", "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE", "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER", "DRIVER_ID", "IP_ADDRESS", "MAC_ADDRESS", "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY", "ES_DNI", "ES_NIE", "MX_CURP", "MX_RFC", "MX_CLABE", "BR_CPF",
    "BR_CNPJ", "FR_NIR", "DE_TAX_ID", "PT_NIF",
)  # fmt: skip

REGION = {"en-US": "US", "en-GB": "GB", "es-ES": "ES", "es-MX": "MX", "fr-FR": "FR",
          "de-DE": "DE", "pt-BR": "BR", "pt-PT": "PT"}  # fmt: skip

# Published test card prefixes (Visa, Mastercard, Amex, Discover test numbers).
_BINS = ("411111", "424242", "401288", "555555", "510510", "222300", "601111", "378282")
_UPPER = string.ascii_uppercase
_B32 = _UPPER + "234567"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def card(rng: random.Random, loc: str) -> str:
    bin_ = rng.choice(_BINS)
    body = bin_ + _digits(rng, (14 if bin_ == "378282" else 15) - len(bin_))
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random, loc: str) -> str:
    return _digits(rng, rng.choice((3, 3, 3, 4)))


def expiry(rng: random.Random, loc: str) -> str:
    """Canonical MM/YY; the renderer writes it in the typed form."""
    return f"{rng.randint(1, 12):02d}/{rng.randint(26, 33)}"


def pin(rng: random.Random, loc: str) -> str:
    return _digits(rng, rng.choice((4, 4, 4, 6)))


_WORDS = ("sol", "luna", "gato", "tiger", "blue", "maison", "sommer", "praia", "casa",
          "river", "koala", "nube", "fuego", "wolke", "chat", "mango", "pixel", "oso")  # fmt: skip


def password(rng: random.Random, loc: str) -> str:
    w = rng.choice(_WORDS).capitalize() + rng.choice(_WORDS)
    return w + _digits(rng, rng.randint(2, 4)) + rng.choice("!#$%&*?_-.")


def username(rng: random.Random, loc: str) -> str:
    first = rng.choice(("marta", "jdoe", "lucas", "anne", "k.weber", "fsilva", "pilar",
                        "tom", "ines", "mathis", "gab", "rosa"))  # fmt: skip
    return first + rng.choice(("_", ".", "")) + rng.choice(_WORDS) + _digits(rng, 2)


def email(rng: random.Random, loc: str) -> str:
    user = rng.choice(("maria.lopez", "j.smith", "camille.b", "tobias.k", "joao", "ana_p",
                       "rgarcia", "helen", "lea.martin", "pedro.h", "sophie", "diego"))  # fmt: skip
    dom = rng.choice(
        ("example.com", "example.org", "example.net", "mail.example.com", "example.test")
    )
    return f"{user}{rng.choice(('', _digits(rng, 2)))}@{dom}"


_PHONE_SHAPES: dict[str, tuple[str, ...]] = {
    "US": ("+1{a}555010{d}", "+1{a}55501{d}{d}"),
    "GB": ("+4420794600{d}{d}", "+441134960{d}{d}{d}", "+442890180{d}{d}{d}"),
    "ES": ("+346{r8}", "+349{r8}"),
    "MX": ("+5255{r8}", "+5233{r8}", "+5281{r8}"),
    "FR": ("+336{r8}", "+337{r8}", "+331{r8}"),
    "DE": ("+49151{r8}", "+4930{r8}", "+4989{r7}"),
    "BR": ("+55119{r8}", "+55219{r8}", "+55113{r7}"),
    "PT": ("+3519{r8}", "+35121{r7}"),
}
_US_AREAS = ("201", "202", "212", "305", "312", "415", "512", "617", "718", "206")


def phone(rng: random.Random, loc: str) -> str:
    """E.164 canonical; valid per phonenumbers for the locale's region."""
    region = REGION[loc]
    while True:
        shape = rng.choice(_PHONE_SHAPES[region])
        num = shape.replace("{a}", rng.choice(_US_AREAS)).replace("{r8}", _digits(rng, 8))
        num = num.replace("{r7}", _digits(rng, 7))
        while "{d}" in num:
            num = num.replace("{d}", _digits(rng, 1), 1)
        if phonenumbers.is_valid_number(phonenumbers.parse(num)):
            return num


def account(rng: random.Random, loc: str) -> str:
    n = {"en-US": rng.randint(9, 12), "en-GB": 8, "de-DE": 10, "pt-BR": 7, "pt-PT": 11,
         "es-ES": 10, "es-MX": 10, "fr-FR": 11}[loc]  # fmt: skip
    body = str(rng.randint(1, 9)) + _digits(rng, n - 1)
    return body[:-1] + "-" + body[-1] if loc == "pt-BR" else body


def routing(rng: random.Random, loc: str) -> str:
    if loc == "en-US":
        body = rng.choice(("0", "1", "2", "3")) + _digits(rng, 7)
        return body + rtn.calc_check_digit(body)
    if loc == "en-GB":
        return "-".join(_digits(rng, 2) for _ in range(3))
    if loc == "de-DE":
        return str(rng.randint(1, 8)) + _digits(rng, 7)
    if loc == "pt-BR":
        return _digits(rng, 4)
    if loc == "es-MX":
        return rng.choice(("002", "012", "014", "021", "072", "127"))
    if loc == "fr-FR":
        return _digits(rng, 5) + " " + _digits(rng, 5)
    return _digits(rng, 4) + " " + _digits(rng, 4)  # es-ES / pt-PT entidad + oficina


_IBAN_BBAN = {"ES": 20, "DE": 18, "FR": 23, "PT": 21, "GB": 18, "BR": 25}
_IBAN_CC = {"en-US": "DE", "en-GB": "GB", "es-ES": "ES", "es-MX": "ES", "fr-FR": "FR",
            "de-DE": "DE", "pt-BR": "BR", "pt-PT": "PT"}  # fmt: skip


def iban_(rng: random.Random, loc: str) -> str:
    cc = _IBAN_CC[loc]
    while True:
        if cc == "GB":
            bban = rng.choice(("NWBK", "BARC", "MIDL")) + _digits(rng, 14)
        elif cc == "BR":
            bban = _digits(rng, 23) + "C" + rng.choice(_UPPER[:3])
        elif cc == "FR":
            bban = _digits(rng, 21) + _digits(rng, 2)
        else:
            bban = _digits(rng, _IBAN_BBAN[cc])
        num = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(num):
            return num


def swift(rng: random.Random, loc: str) -> str:
    cc = _IBAN_CC[loc] if loc != "en-US" else "US"
    cc = "MX" if loc == "es-MX" else cc
    code = (
        "".join(rng.choice(_UPPER) for _ in range(4)) + cc + rng.choice(_UPPER) + rng.choice("X2M")
    )
    return code + rng.choice(("", "XXX", "1" + _digits(rng, 2)))


def us_ssn(rng: random.Random, loc: str) -> str:
    while True:
        n = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(n):
            return n


def us_itin(rng: random.Random, loc: str) -> str:
    while True:
        n = "9" + _digits(rng, 2) + rng.choice(("7", "8", "9")) + _digits(rng, 5)
        if itin.is_valid(n):
            return n


def nino(rng: random.Random, loc: str) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return pre + _digits(rng, 6) + rng.choice("ABCD")


def passport(rng: random.Random, loc: str) -> str:
    if loc in ("en-US", "en-GB"):
        return str(rng.randint(1, 9)) + _digits(rng, 8)
    if loc == "es-ES":
        return "".join(rng.choice(_UPPER) for _ in range(3)) + _digits(rng, 6)
    if loc == "es-MX":
        return rng.choice("GNP") + _digits(rng, 8)
    if loc == "fr-FR":
        return _digits(rng, 2) + rng.choice(_UPPER) + rng.choice(_UPPER) + _digits(rng, 5)
    if loc == "de-DE":
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if loc == "pt-BR":
        return rng.choice(_UPPER) + rng.choice(_UPPER) + _digits(rng, 6)
    return rng.choice(_UPPER) + rng.choice(_UPPER) + _digits(rng, 6)


def driver(rng: random.Random, loc: str) -> str:
    if loc == "en-US":
        return rng.choice(_UPPER) + _digits(rng, 7)
    if loc == "en-GB":
        name = "".join(rng.choice(_UPPER) for _ in range(5))
        return (
            name
            + _digits(rng, 6)
            + rng.choice(_UPPER)
            + rng.choice(_UPPER)
            + _digits(rng, 1)
            + "AB"
        )
    if loc == "de-DE":
        return (
            rng.choice(_UPPER)
            + _digits(rng, 3)
            + "".join(rng.choice(_UPPER) for _ in range(3))
            + _digits(rng, 4)
        )
    if loc == "pt-BR":
        return _digits(rng, 11)
    if loc == "fr-FR":
        return _digits(rng, 2) + rng.choice(_UPPER) + rng.choice(_UPPER) + _digits(rng, 8)
    if loc == "pt-PT":
        return rng.choice(("L", "P", "C")) + "-" + _digits(rng, 7)
    return rng.choice(_UPPER) + _digits(rng, 7) + rng.choice(_UPPER)  # es


def ip(rng: random.Random, loc: str) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


def mac(rng: random.Random, loc: str) -> str:
    first = (rng.randint(0, 63) << 2) | 2  # locally administered, unicast
    octets = [first] + [rng.randint(0, 255) for _ in range(5)]
    sep = rng.choice((":", "-"))
    return sep.join(f"{o:02X}" if sep == "-" else f"{o:02x}" for o in octets)


def aws_access(rng: random.Random, loc: str) -> str:
    return rng.choice(("AKIA", "ASIA")) + "".join(rng.choice(_B32) for _ in range(16))


def aws_secret(rng: random.Random, loc: str) -> str:
    alphabet = string.ascii_letters + string.digits + "/+"
    return "".join(rng.choice(alphabet) for _ in range(40))


def es_dni(rng: random.Random, loc: str) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def es_nie(rng: random.Random, loc: str) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


_CONS = "BCDFGHJKLMNPQRSTVWXZ"
_STATES = ("AS", "BC", "CL", "DF", "GT", "JC", "MC", "NL", "PL", "QT", "SP", "VZ", "YN")


def mx_curp(rng: random.Random, loc: str) -> str:
    while True:
        name = rng.choice(_CONS) + rng.choice("AEIOU") + rng.choice(_CONS) + rng.choice(_CONS)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = name + date + rng.choice("HM") + rng.choice(_STATES)
        body += "".join(rng.choice(_CONS) for _ in range(3)) + "0"
        num = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(num):
            return num


def mx_rfc(rng: random.Random, loc: str) -> str:
    while True:
        name = rng.choice(_CONS) + rng.choice("AEIOU") + rng.choice(_CONS) + rng.choice(_CONS)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = name + date + rng.choice(_UPPER[:20]) + rng.choice("123456789")
        num = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(num):
            return num


def clabe_check(body17: str) -> str:
    total = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def clabe_valid(num: str) -> bool:
    return len(num) == 18 and num.isdigit() and clabe_check(num[:17]) == num[17]


def mx_clabe(rng: random.Random, loc: str) -> str:
    body = rng.choice(("002", "012", "014", "021", "072")) + _digits(rng, 14)
    return body + clabe_check(body)


def br_cpf(rng: random.Random, loc: str) -> str:
    while True:
        body = _digits(rng, 9)
        num = body + cpf._calc_check_digits(body)  # private, but the public module has no builder
        if cpf.is_valid(num):
            return num


def br_cnpj(rng: random.Random, loc: str) -> str:
    body = _digits(rng, 8) + "0001"
    return body + cnpj.calc_check_digits(body)


def fr_nir(rng: random.Random, loc: str) -> str:
    while True:
        body = rng.choice("12") + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        body += f"{rng.randint(1, 95):02d}" + _digits(rng, 6)
        num = body + nir.calc_check_digits(body)
        if nir.is_valid(num):
            return num


def de_idnr(rng: random.Random, loc: str) -> str:
    while True:
        num = str(rng.randint(1, 9)) + _digits(rng, 10)
        if idnr.is_valid(num):
            return num


def pt_nif(rng: random.Random, loc: str) -> str:
    body = rng.choice("123") + _digits(rng, 7)
    return body + nif.calc_check_digit(body)


DRAW: dict[str, Callable[[random.Random, str], str]] = {
    "CREDIT_DEBIT_NUMBER": card, "CREDIT_DEBIT_CVV": cvv, "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin, "PASSWORD": password, "USERNAME": username, "EMAIL": email, "PHONE": phone,
    "BANK_ACCOUNT_NUMBER": account, "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_, "SWIFT_CODE": swift, "SSN": us_ssn,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": us_itin, "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport, "DRIVER_ID": driver, "IP_ADDRESS": ip, "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": aws_access, "AWS_SECRET_KEY": aws_secret, "ES_DNI": es_dni,
    "ES_NIE": es_nie, "MX_CURP": mx_curp, "MX_RFC": mx_rfc, "MX_CLABE": mx_clabe,
    "BR_CPF": br_cpf, "BR_CNPJ": br_cnpj, "FR_NIR": fr_nir, "DE_TAX_ID": de_idnr,
    "PT_NIF": pt_nif,
}  # fmt: skip

_SHAPES: dict[str, str] = {
    "CREDIT_DEBIT_CVV": r"\d{3,4}", "CREDIT_DEBIT_EXPIRY": r"(0[1-9]|1[0-2])/\d\d", "PIN": r"\d{4,6}",
    "PASSWORD": r"\S{8,}", "USERNAME": r"[\w.]{4,}",
    "EMAIL": r"[\w.]+@(mail\.)?example\.(com|org|net|test)",
    "BANK_ACCOUNT_NUMBER": r"\d{6,12}(-\d)?", "BANK_ROUTING": r"\d{2}-\d{2}-\d{2}|\d{3,8}( \d{4,5})?",
    "SWIFT_CODE": r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", "UK_NATIONAL_INSURANCE_NUMBER": r"[A-Z]{2}\d{6}[A-D]",
    "PASSPORT_NUMBER": r"[A-Z0-9]{7,9}", "DRIVER_ID": r"[A-Z0-9-]{8,16}",
    "IP_ADDRESS": r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+|2001:db8:[0-9a-f:]+",
    "MAC_ADDRESS": r"[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}", "AWS_ACCESS_KEY": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "AWS_SECRET_KEY": r"[A-Za-z0-9/+]{40}",
}  # fmt: skip


def validate(kind: str, value: str, loc: str) -> bool:
    """Check a canonical value: checksum where one exists, else its invented shape."""
    checks: dict[str, Callable[[str], bool]] = {
        "CREDIT_DEBIT_NUMBER": luhn.is_valid, "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid, "ES_DNI": dni.is_valid,
        "ES_NIE": nie.is_valid, "MX_CURP": curp.is_valid, "MX_RFC": rfc.is_valid,
        "MX_CLABE": clabe_valid, "BR_CPF": cpf.is_valid, "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid, "DE_TAX_ID": idnr.is_valid, "PT_NIF": nif.is_valid,
        "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v)),
    }  # fmt: skip
    if kind == "SWIFT_CODE" and not bic.is_valid(value):
        return False
    if kind == "BANK_ROUTING" and loc == "en-US":
        return rtn.is_valid(value)
    if kind in checks:
        return checks[kind](value)
    return re.fullmatch(_SHAPES[kind], value) is not None


# ---- hard negatives -------------------------------------------------------------------

_PHONE_REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")


def _looks_like_pii(run: str) -> bool:
    if len(run) >= 8 and luhn.is_valid(run):
        return True
    for mod in (rtn, ssn, itin, nif, cpf, cnpj, idnr, nir, dni):
        if mod.is_valid(run):
            return True
    if clabe_valid(run):
        return True
    for region in _PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def is_safe_negative(text: str) -> bool:
    """True when no run of 5+ digits in text passes any PII check."""
    runs = re.findall(r"\d{5,}", text)
    return not any(_looks_like_pii(r) for r in runs)


_MONTHS_NEG = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _negative_raw(kind: str, rng: random.Random, loc: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    if kind == "order":
        return (
            rng.choice(("#", "", "A-", "PO-")) + str(rng.randint(1, 9)) + d(rng.choice((5, 6, 7)))
        )
    if kind == "booking":
        return "".join(rng.choice(_UPPER) for _ in range(3)) + d(3)
    if kind == "ticket":
        return rng.choice(("#", "INC", "TK-")) + str(rng.randint(1, 9)) + d(5)
    if kind == "invoice":
        return f"F{rng.randint(2019, 2026)}-{d(5)}"
    if kind == "amount":
        whole = rng.randint(3, 2400)
        return rng.choice(
            (
                f"{whole},{d(2)} €",
                f"${whole}.{d(2)}",
                f"£{whole}",
                f"R$ {whole},{d(2)}",
                f"{whole} EUR",
            )
        )
    if kind == "date":
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        return rng.choice((f"{day:02d}/{month:02d}/{rng.randint(2024, 2027)}", f"{day} {_MONTHS_NEG[month - 1]}",
                           f"{rng.randint(2024, 2027)}-{month:02d}-{day:02d}"))  # fmt: skip
    if kind == "time":
        return f"{rng.randint(7, 22)}:{rng.choice(('00', '15', '30', '45'))}"
    if kind == "year":
        return str(rng.randint(1998, 2027))
    if kind == "zip":
        zips = {"en-US": f"{d(5)}-{d(4)}" if rng.random() < 0.5 else d(5), "en-GB": f"SW{rng.randint(1, 9)}A {rng.randint(1, 9)}AA",
                "es-ES": "28" + d(3), "es-MX": "06" + d(3), "fr-FR": "75" + d(3), "de-DE": "10" + d(3),
                "pt-BR": f"0{d(4)}-{d(3)}", "pt-PT": f"{rng.randint(1000, 9999)}-{d(3)}"}  # fmt: skip
        return zips[loc]
    if kind == "count":
        return str(rng.randint(2, 48))
    if kind == "flight":
        return rng.choice(("IB", "AF", "LH", "TP", "BA", "AM", "LA", "UA")) + str(
            rng.randint(100, 9999)
        )
    if kind == "model":
        return rng.choice(("XR-", "SM-A", "WX", "KDL-")) + str(rng.randint(10, 999))
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
    if kind == "room":
        return str(rng.randint(101, 1450))
    if kind == "street":
        return str(rng.randint(1, 240))
    if kind == "tracking":
        return rng.choice(("1Z", "JD", "LX", "CP")) + d(6) + rng.choice(_UPPER) + rng.choice(_UPPER)
    if kind == "contract":
        return f"CT-{d(3)}-{d(4)}"
    raise KeyError(kind)


NEGATIVE_KINDS = ("order", "booking", "ticket", "invoice", "amount", "date", "time", "year", "zip",
                  "count", "flight", "model", "version", "room", "street", "tracking", "contract")  # fmt: skip


def negative(kind: str, rng: random.Random, loc: str) -> str:
    while True:
        value = _negative_raw(kind, rng, loc)
        if is_safe_negative(value):
            return value
