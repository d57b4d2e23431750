"""Synthetic values for the satchelled corpus: generators, validators and hard negatives.

Every generator returns a *canonical* value (compact, upper-case where the identifier is, phones
in E.164, expiries as ``MM/YYYY``). ``validate`` checks a canonical value with python-stdnum or
phonenumbers where a checksum or numbering plan exists, and with a shape check where none does.
Nothing here is real personal data: cards sit on published test BINs, e-mails on reserved
domains, IPs in documentation ranges, UK phones in Ofcom's drama ranges, US phones in 555-01xx.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
from collections.abc import Callable

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

CARD_BINS = {
    "411111": 16,
    "400000": 16,
    "424242": 16,
    "401288": 16,
    "555555": 16,
    "510510": 16,
    "222300": 16,
    "378282": 15,
    "371449": 15,
    "601111": 16,
    "353011": 16,
    "305693": 14,
}
AMEX = ("378282", "371449")
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com", "example.test")
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = str(rng.randint(1, 9)) + out[1:]
    return out


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


# --- generators ------------------------------------------------------------------------------


def gen_card(rng: random.Random, locale: str) -> str:
    bin_ = rng.choice(list(CARD_BINS))
    return _luhn_complete(bin_, CARD_BINS[bin_], rng)


def gen_cvv(rng: random.Random, locale: str) -> str:
    return _digits(rng, 4 if rng.random() < 0.12 else 3)


def gen_expiry(rng: random.Random, locale: str) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(2027, 2033)}"


def gen_pin(rng: random.Random, locale: str) -> str:
    while True:
        pin = _digits(rng, rng.choice((4, 4, 4, 6)))
        if len(set(pin)) > 2:
            return pin


_PW_WORDS = (
    "Sol",
    "luna",
    "Tigre",
    "perro",
    "Maple",
    "soleil",
    "Blume",
    "casa",
    "Nube",
    "river",
    "Koala",
    "mango",
    "Zorro",
    "chat",
    "Hafen",
    "praia",
    "Lobo",
    "ember",
    "Quokka",
    "vela",
)


def gen_password(rng: random.Random, locale: str) -> str:
    sym = rng.choice("!#$%&*?._-")
    parts = [
        rng.choice(_PW_WORDS),
        rng.choice(_PW_WORDS).lower(),
        _digits(rng, rng.randint(2, 4)),
        sym,
    ]
    rng.shuffle(parts)
    pw = "".join(parts)
    if rng.random() < 0.3:
        pw = "".join(
            rng.choice(string.ascii_letters + string.digits + "!#$%*?")
            for _ in range(rng.randint(10, 16))
        )
    return pw


_FIRST = (
    "ana",
    "joao",
    "marta",
    "lucas",
    "claire",
    "jonas",
    "emma",
    "diego",
    "ines",
    "tom",
    "lea",
    "pablo",
    "sofia",
    "noah",
    "camille",
    "felix",
    "rita",
    "mateo",
    "olivia",
    "hugo",
    "beatriz",
)
_LAST = (
    "garcia",
    "silva",
    "martin",
    "mueller",
    "smith",
    "dubois",
    "santos",
    "lopez",
    "schmidt",
    "jones",
    "bernard",
    "costa",
    "perez",
    "weber",
    "taylor",
    "moreau",
    "ferreira",
    "ruiz",
)


def gen_username(rng: random.Random, locale: str) -> str:
    f, l = rng.choice(_FIRST), rng.choice(_LAST)
    shape = rng.randint(0, 3)
    if shape == 0:
        return f"{f}.{l}{_digits(rng, 2)}"
    if shape == 1:
        return f"{f[0]}{l}_{_digits(rng, rng.randint(2, 4))}"
    if shape == 2:
        return f"{f}_{l[:3]}"
    return f"{l}{f[:2]}{_digits(rng, 2)}"


def gen_email(rng: random.Random, locale: str) -> str:
    f, l = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice(
        (
            f"{f}.{l}",
            f"{f}{l[:1]}{_digits(rng, 2)}",
            f"{f[0]}{l}",
            f"{l}.{f}{_digits(rng, 2)}",
            f"{f}_{l}",
        )
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


_UK_DRAMA = ("2079460", "1134960", "1174960", "1214960", "1314960", "1614960", "1914980", "2896496")


def gen_phone(rng: random.Random, locale: str) -> str:
    region = REGION[locale]
    for _ in range(500):
        if region == "US":
            area = rng.choice(
                ("202", "212", "310", "415", "512", "617", "303", "206", "305", "702")
            )
            cand = f"+1{area}55501{_digits(rng, 2)}"
        elif region == "GB":
            block = rng.choice(_UK_DRAMA)
            cand = f"+44{block}{_digits(rng, 10 - len(block))}"
        elif region == "ES":
            cand = "+34" + rng.choice("6679") + _digits(rng, 8)
        elif region == "MX":
            cand = "+52" + rng.choice(("55", "33", "81", "222", "442", "998")) + _digits(rng, 8)
            cand = cand[:13]
        elif region == "FR":
            cand = "+33" + rng.choice("1234567") + _digits(rng, 8)
        elif region == "DE":
            cand = (
                "+49"
                + rng.choice(("151", "160", "170", "176", "30", "40", "89", "221"))
                + _digits(rng, 8)
            )
        elif region == "BR":
            cand = (
                "+55"
                + rng.choice(("11", "21", "31", "41", "51", "61", "71", "81"))
                + "9"
                + _digits(rng, 8)
            )
        else:
            cand = "+351" + rng.choice(("91", "92", "93", "96", "21", "22")) + _digits(rng, 7)
        if _phone_ok(cand, region):
            return cand
    raise RuntimeError("no phone drawn")


def _phone_ok(e164: str, region: str) -> bool:
    try:
        num = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region


def gen_account(rng: random.Random, locale: str) -> str:
    n = {
        "en-US": rng.randint(9, 12),
        "en-GB": 8,
        "de-DE": 10,
        "es-ES": 10,
        "es-MX": 11,
        "fr-FR": 11,
        "pt-BR": rng.randint(6, 9),
        "pt-PT": 11,
    }[locale]
    return _digits(rng, n, first_nonzero=True)


def gen_routing(rng: random.Random, locale: str) -> str:
    if locale == "en-US":
        while True:
            body = rng.choice(
                (
                    "01",
                    "02",
                    "03",
                    "04",
                    "05",
                    "06",
                    "07",
                    "08",
                    "09",
                    "10",
                    "11",
                    "12",
                    "21",
                    "22",
                    "26",
                    "31",
                    "32",
                )
            ) + _digits(rng, 6)
            for d in string.digits:
                if rtn.is_valid(body + d):
                    return body + d
    if locale == "en-GB":
        return _digits(rng, 6, first_nonzero=True)  # sort code
    if locale == "de-DE":
        return rng.choice("12345678") + _digits(rng, 7)  # BLZ
    if locale == "pt-BR":
        return _digits(rng, 4, first_nonzero=True)  # agencia
    return _digits(rng, 8, first_nonzero=True)  # entidad + oficina, code banque + guichet


def gen_iban(rng: random.Random, locale: str) -> str:
    cc = {
        "en-US": "GB",
        "en-GB": "GB",
        "es-ES": "ES",
        "es-MX": "ES",
        "fr-FR": "FR",
        "de-DE": "DE",
        "pt-BR": "BR",
        "pt-PT": "PT",
    }[locale]
    if locale in ("en-US", "es-MX") and rng.random() < 0.5:
        cc = rng.choice(("DE", "FR", "PT"))
    for _ in range(200):
        if cc == "GB":
            bban = rng.choice(("NWBK", "BUKB", "MIDL", "LOYD", "BARC")) + _digits(rng, 14)
        elif cc == "ES":
            bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        elif cc == "FR":
            bank, branch, acct = _digits(rng, 5, True), _digits(rng, 5), _digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = bank + branch + acct + f"{key:02d}"
        elif cc == "DE":
            bban = _digits(rng, 18, first_nonzero=True)
        elif cc == "PT":
            bban = "00" + _digits(rng, 2) + _digits(rng, 15)
            bban = bban + f"{98 - (int(bban) * 100) % 97:02d}"
        else:  # BR: 8 bank, 5 branch, 10 account, type letter, owner digit
            bban = _digits(rng, 8) + _digits(rng, 5) + _digits(rng, 10) + rng.choice("CP") + "1"
        cand = cc + "00" + bban
        cand = cc + iban.calc_check_digits(cand) + bban
        if iban.is_valid(cand):
            return cand
    raise RuntimeError("no IBAN drawn")


_BIC_CC = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def gen_swift(rng: random.Random, locale: str) -> str:
    bank = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
    loc = rng.choice(("MM", "PP", "2X", "FF", "LL", "22", "33", "BB"))
    code = bank + _BIC_CC[locale] + loc + (rng.choice(("XXX", "", "", "100", "MAD", "B01")))
    return code


def gen_ssn(rng: random.Random, locale: str) -> str:
    while True:
        cand = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(cand) and cand[:3] != "666":
            return cand


def gen_itin(rng: random.Random, locale: str) -> str:
    while True:
        group = rng.choice(list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100)))
        cand = f"9{_digits(rng, 2)}{group:02d}{_digits(rng, 4)}"
        if itin.is_valid(cand):
            return cand


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def gen_nino(rng: random.Random, locale: str) -> str:
    while True:
        pre = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if pre not in _NINO_BAD:
            return pre + _digits(rng, 6) + rng.choice("ABCD")


def gen_passport(rng: random.Random, locale: str) -> str:
    up = string.ascii_uppercase
    if locale in ("en-US", "en-GB"):
        return (
            _digits(rng, 9, first_nonzero=True)
            if rng.random() < 0.7
            else rng.choice("ACE") + _digits(rng, 8)
        )
    if locale == "es-ES":
        return "".join(rng.choice("PAXYKL") for _ in range(3)) + _digits(rng, 6)
    if locale == "es-MX":
        return rng.choice("GNE") + _digits(rng, 8)
    if locale == "fr-FR":
        return _digits(rng, 2) + rng.choice(up) + rng.choice(up) + _digits(rng, 5)
    if locale == "de-DE":
        alpha = "CFGHJKLMNPRTVWXYZ0123456789"
        return rng.choice("CFGHJK") + "".join(rng.choice(alpha) for _ in range(8))
    if locale == "pt-BR":
        return rng.choice(("FA", "FB", "FC", "GA", "YB")) + _digits(rng, 6)
    return rng.choice("CPN") + _digits(rng, 6)


def gen_driver(rng: random.Random, locale: str) -> str:
    up = string.ascii_uppercase
    if locale == "en-US":
        return rng.choice(
            (
                rng.choice("ABDFGKMNSWY") + _digits(rng, 7),
                _digits(rng, 9, True),
                rng.choice(up) + _digits(rng, 12),
            )
        )
    if locale == "en-GB":
        sur = "".join(rng.choice(up) for _ in range(5))
        return (
            sur
            + rng.choice("0123456789")
            + rng.choice("0156")
            + _digits(rng, 1)
            + f"{rng.randint(1, 28):02d}"
            + _digits(rng, 1)
            + rng.choice(up)
            + rng.choice(up)
            + _digits(rng, 1)
            + rng.choice(up)
            + rng.choice(up)
        )
    if locale == "es-ES":
        return gen_dni(rng, locale)  # the Spanish permiso carries the DNI number
    if locale == "es-MX":
        return rng.choice(up) + rng.choice(up) + _digits(rng, 9)
    if locale == "fr-FR":
        return _digits(rng, 12, True)
    if locale == "de-DE":
        alpha = up + string.digits
        return (
            rng.choice("BFGJKN")
            + _digits(rng, 3)
            + "".join(rng.choice(alpha) for _ in range(6))
            + _digits(rng, 1)
        )
    if locale == "pt-BR":
        return _digits(rng, 11, True)  # CNH
    return rng.choice(("L", "P", "C", "AV", "BR")) + _digits(rng, 7)  # printed as L-123456 7


def gen_ip(rng: random.Random, locale: str) -> str:
    if rng.random() < 0.25:
        groups = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.randint(1, 3))]
        return str(
            ipaddress.ip_address(
                "2001:db8:" + ":".join(groups) + "::" + f"{rng.randint(1, 0xFFF):x}"
            )
        )
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


def gen_mac(rng: random.Random, locale: str) -> str:
    first = rng.randint(0, 63) * 4 + 2
    octets = [first] + [rng.randint(0, 255) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


_B32 = string.ascii_uppercase + "234567"


def gen_aws_key(rng: random.Random, locale: str) -> str:
    return rng.choice(("AKIA", "AKIA", "ASIA")) + "".join(rng.choice(_B32) for _ in range(16))


def gen_aws_secret(rng: random.Random, locale: str) -> str:
    alpha = string.ascii_letters + string.digits + "/+"
    while True:
        s = "".join(rng.choice(alpha) for _ in range(40))
        if s[0] not in "/+" and s[-1] not in "/+":
            return s


def gen_dni(rng: random.Random, locale: str) -> str:
    n = rng.randint(1000000, 99999999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def gen_nie(rng: random.Random, locale: str) -> str:
    pre = rng.choice("XYZ")
    n = rng.randint(0, 9999999)
    full = int("XYZ".index(pre).__str__() + f"{n:07d}")
    return f"{pre}{n:07d}{DNI_LETTERS[full % 23]}"


_CONS = "BCDFGHJKLMNPRSTVZ"
_VOW = "AEIOU"
_STATES = (
    "AS",
    "BC",
    "CL",
    "CM",
    "DF",
    "GT",
    "JC",
    "MC",
    "MN",
    "NL",
    "OC",
    "PL",
    "QT",
    "SP",
    "VZ",
    "YN",
)


def _mx_stem(rng: random.Random) -> tuple[str, str]:
    while True:
        letters = (
            rng.choice(_CONS) + rng.choice(_VOW) + rng.choice(_CONS) + rng.choice(_CONS + _VOW)
        )
        if letters not in ("BUEI", "CACA", "CAGA", "KAKA", "PUTA", "PEDO", "MEON", "COGE"):
            break
    y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
    return letters, f"{y % 100:02d}{m:02d}{d:02d}"


def gen_curp(rng: random.Random, locale: str) -> str:
    while True:
        letters, date = _mx_stem(rng)
        body = (
            letters
            + date
            + rng.choice("HM")
            + rng.choice(_STATES)
            + "".join(rng.choice(_CONS) for _ in range(3))
        )
        body += "0" if int(date[:2]) > 10 else rng.choice("ABC")
        cand = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(cand):
            return cand


def gen_rfc(rng: random.Random, locale: str) -> str:
    alpha = "123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    while True:
        letters, date = _mx_stem(rng)
        body = letters + date + rng.choice(alpha) + rng.choice(alpha)
        cand = body + rfc.calc_check_digit(body + "0")
        try:
            rfc.validate(cand, validate_check_digits=True)
            return cand
        except Exception:
            continue


def clabe_check(first17: str) -> str:
    weights = (3, 7, 1) * 6
    total = sum((int(d) * w) % 10 for d, w in zip(first17, weights))
    return str((10 - total % 10) % 10)


def gen_clabe(rng: random.Random, locale: str) -> str:
    body = rng.choice(
        ("002", "012", "014", "021", "030", "036", "044", "058", "072", "127", "137")
    ) + _digits(rng, 14)
    return body + clabe_check(body)


def gen_cpf(rng: random.Random, locale: str) -> str:
    while True:
        body = _digits(rng, 9)
        cand = body + cpf._calc_check_digits(body)
        if cpf.is_valid(cand):
            return cand


def gen_cnpj(rng: random.Random, locale: str) -> str:
    while True:
        body = _digits(rng, 8, True) + rng.choice(("0001", "0001", "0002", "0003"))
        cand = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(cand):
            return cand


def gen_nir(rng: random.Random, locale: str) -> str:
    while True:
        dept = rng.choice(("75", "13", "69", "31", "33", "59", "67", "44", "06", "34", "92", "93"))
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}"
            + f"{rng.randint(1, 12):02d}"
            + dept
            + f"{rng.randint(1, 990):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        cand = body + f"{97 - int(body) % 97:02d}"
        if nir.is_valid(cand):
            return cand


def gen_idnr(rng: random.Random, locale: str) -> str:
    while True:
        body = _digits(rng, 10, True)
        cand = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(cand):
            return cand


def gen_nif(rng: random.Random, locale: str) -> str:
    while True:
        body = rng.choice("12356") + _digits(rng, 7)
        cand = body + nif.calc_check_digit(body)
        if nif.is_valid(cand):
            return cand


GENERATORS: dict[str, Callable[[random.Random, str], str]] = {
    "CREDIT_DEBIT_NUMBER": gen_card,
    "CREDIT_DEBIT_CVV": gen_cvv,
    "CREDIT_DEBIT_EXPIRY": gen_expiry,
    "PIN": gen_pin,
    "PASSWORD": gen_password,
    "USERNAME": gen_username,
    "EMAIL": gen_email,
    "PHONE": gen_phone,
    "BANK_ACCOUNT_NUMBER": gen_account,
    "BANK_ROUTING": gen_routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": gen_iban,
    "SWIFT_CODE": gen_swift,
    "SSN": gen_ssn,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": gen_itin,
    "UK_NATIONAL_INSURANCE_NUMBER": gen_nino,
    "PASSPORT_NUMBER": gen_passport,
    "DRIVER_ID": gen_driver,
    "IP_ADDRESS": gen_ip,
    "MAC_ADDRESS": gen_mac,
    "AWS_ACCESS_KEY": gen_aws_key,
    "AWS_SECRET_KEY": gen_aws_secret,
    "ES_DNI": gen_dni,
    "ES_NIE": gen_nie,
    "MX_CURP": gen_curp,
    "MX_RFC": gen_rfc,
    "MX_CLABE": gen_clabe,
    "BR_CPF": gen_cpf,
    "BR_CNPJ": gen_cnpj,
    "FR_NIR": gen_nir,
    "DE_TAX_ID": gen_idnr,
    "PT_NIF": gen_nif,
}


def generate(etype: str, locale: str, rng: random.Random) -> str:
    return GENERATORS[etype](rng, locale)


# --- validators (on canonical values) ---------------------------------------------------------

_SHAPES: dict[str, str] = {
    "CREDIT_DEBIT_CVV": r"\d{3,4}",
    "PIN": r"\d{4,6}",
    "PASSWORD": r"[A-Za-z0-9!#$%&*?._\-]{8,20}",
    "USERNAME": r"[a-z][a-z0-9._]{3,24}",
    "BANK_ACCOUNT_NUMBER": r"[1-9]\d{5,11}",
    "SWIFT_CODE": r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?",
    "PASSPORT_NUMBER": r"\d{9}|[ACEGN]\d{8}|[PAXYKL]{3}\d{6}|\d{2}[A-Z]{2}\d{5}|[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}|[FGY][ABC]\d{6}|[CPN]\d{6}",
    "DRIVER_ID": r"[A-Z]\d{7}|\d{9}|[A-Z]\d{12}|[A-Z]{5}\d{6}[A-Z]{2}\d[A-Z]{2}|\d{8}[A-Z]|[A-Z]{2}\d{9}|\d{12}|[BFGJKN]\d{3}[A-Z0-9]{6}\d|\d{11}|(L|P|C|AV|BR)\d{7}",
    "AWS_ACCESS_KEY": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "AWS_SECRET_KEY": r"[A-Za-z0-9/+]{40}",
    "UK_NATIONAL_INSURANCE_NUMBER": r"[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]",
    "MAC_ADDRESS": r"[0-9a-f]{2}(:[0-9a-f]{2}){5}",
}


def validate(etype: str, value: str, locale: str) -> bool:
    """True when a canonical value is a well-formed synthetic value of its type."""
    if etype in _SHAPES and not re.fullmatch(_SHAPES[etype], value):
        return False
    if etype == "CREDIT_DEBIT_NUMBER":
        return (
            value[:6] in CARD_BINS and len(value) == CARD_BINS[value[:6]] and luhn.is_valid(value)
        )
    if etype == "CREDIT_DEBIT_EXPIRY":
        m = re.fullmatch(r"(\d{2})/(\d{4})", value)
        return bool(m) and 1 <= int(m[1]) <= 12 and 2027 <= int(m[2]) <= 2033
    if etype == "EMAIL":
        m = re.fullmatch(r"[a-z0-9._]+@([a-z.]+)", value)
        return bool(m) and m[1] in EMAIL_DOMAINS
    if etype == "PHONE":
        return _phone_ok(value, REGION[locale])
    if etype == "BANK_ROUTING":
        if locale == "en-US":
            return rtn.is_valid(value)
        return bool(re.fullmatch(r"[1-9]\d{3}|[1-9]\d{5}|[1-9]\d{7}", value))
    if etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return iban.is_valid(value) and value[:2] in ("GB", "ES", "FR", "DE", "PT", "BR")
    if etype == "SWIFT_CODE":
        return bic.is_valid(value)
    if etype == "SSN":
        return ssn.is_valid(value)
    if etype == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        return itin.is_valid(value)
    if etype == "UK_NATIONAL_INSURANCE_NUMBER":
        return value[:2] not in _NINO_BAD
    if etype == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(value)
        except ValueError:
            return False
        nets = ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
        return str(ip) == value and any(
            ip in ipaddress.ip_network(n)
            for n in nets
            if ip.version == ipaddress.ip_network(n).version
        )
    if etype == "MAC_ADDRESS":
        return int(value[:2], 16) & 0b10 == 0b10 and int(value[:2], 16) & 1 == 0
    if etype == "ES_DNI":
        return dni.is_valid(value)
    if etype == "ES_NIE":
        return nie.is_valid(value)
    if etype == "MX_CURP":
        return curp.is_valid(value)
    if etype == "MX_RFC":
        try:
            rfc.validate(value, validate_check_digits=True)
            return len(value) == 13
        except Exception:
            return False
    if etype == "MX_CLABE":
        return bool(re.fullmatch(r"\d{18}", value)) and clabe_check(value[:17]) == value[17]
    if etype == "BR_CPF":
        return cpf.is_valid(value)
    if etype == "BR_CNPJ":
        return cnpj.is_valid(value)
    if etype == "FR_NIR":
        return nir.is_valid(value)
    if etype == "DE_TAX_ID":
        return idnr.is_valid(value)
    if etype == "PT_NIF":
        return nif.is_valid(value)
    if etype == "DRIVER_ID" and locale == "es-ES":
        return dni.is_valid(value)
    return etype in _SHAPES


# --- hard negatives (must_keep) ----------------------------------------------------------------


def _looks_like_pii(run: str) -> bool:
    if luhn.is_valid(run) and len(run) >= 8:
        return True
    checks = (
        rtn.is_valid,
        ssn.is_valid,
        itin.is_valid,
        nif.is_valid,
        cpf.is_valid,
        idnr.is_valid,
        cnpj.is_valid,
        nir.is_valid,
    )
    if any(c(run) for c in checks):
        return True
    if len(run) == 18 and clabe_check(run[:17]) == run[17]:
        return True
    if len(run) == 8 and dni.is_valid(run + DNI_LETTERS[int(run) % 23]):
        return True  # a bare DNI number whose letter could follow
    for region in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def hard_negative_ok(surface: str) -> bool:
    """Every digit run of five or more digits fails every checksum and phone plan we know."""
    return not any(_looks_like_pii(run) for run in re.findall(r"\d{5,}", surface))


_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "fr": (
        "janv",
        "fevr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juil",
        "aout",
        "sept",
        "oct",
        "nov",
        "dec",
    ),
    "de": ("Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov", "Dez"),
    "pt": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
}


def _keep_raw(kind: str, locale: str, rng: random.Random) -> str:
    lang = locale[:2]
    d = _digits
    if kind == "order":
        return rng.choice(
            (
                d(rng, 7, True),
                d(rng, 8, True),
                "#" + d(rng, 6, True),
                rng.choice(("ORD-", "PED-", "CMD-", "BE-", "A")) + d(rng, 6, True),
            )
        )
    if kind == "tracking":
        return rng.choice(
            (
                rng.choice(("LX", "RR", "CP", "JD"))
                + d(rng, 9, True)
                + rng.choice(("DE", "FR", "ES", "BR", "PT", "GB")),
                "1Z" + "".join(rng.choice("ABCDEFGHJKX") for _ in range(2)) + d(rng, 10, True),
            )
        )
    if kind == "invoice":
        return (
            rng.choice(("INV-", "FAC-", "F", "RE-", "NF-"))
            + str(rng.randint(2021, 2025))
            + "-"
            + d(rng, 5, True)
        )
    if kind == "ticket":
        return rng.choice(("#", "TCK-", "INC", "")) + d(rng, 6, True)
    if kind == "policy":
        return rng.choice(("POL-", "AP-", "")) + d(rng, 3, True) + "-" + d(rng, 5, True)
    if kind == "contract":
        return rng.choice(("CT-", "CTR", "V-", "")) + d(rng, 7, True)
    if kind == "booking":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + d(rng, 3, True)
    if kind == "customer_ref":
        return rng.choice(("CL-", "KD", "C-", "REF ")) + d(rng, 6, True)
    if kind == "store":
        return d(rng, rng.randint(2, 4), True)
    if kind == "room":
        return str(rng.randint(101, 1290))
    if kind == "seat":
        return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
    if kind == "flight":
        return rng.choice(("IB", "UX", "AF", "LH", "TP", "BA", "AM", "LA", "AA", "VY", "FR")) + str(
            rng.randint(100, 9899)
        )
    if kind == "meter_reading":
        return rng.choice((d(rng, 5, True), d(rng, 4, True) + rng.choice((",", ".")) + d(rng, 1)))
    if kind == "price":
        amt = f"{rng.randint(3, 499)}{rng.choice(('.', ','))}{rng.randint(0, 99):02d}"
        return rng.choice((f"${amt}", f"€{amt}", f"{amt}€", f"£{amt}", f"R$ {amt}", f"{amt} EUR"))
    if kind == "amount":
        return rng.choice(
            (
                f"{rng.randint(20, 4999)}",
                f"{rng.randint(1, 9)}.{rng.randint(100, 999)}",
                f"{rng.randint(20, 900)},{rng.randint(0, 99):02d}",
            )
        )
    if kind == "quantity":
        return str(rng.randint(2, 24))
    if kind == "count":
        return str(rng.randint(2, 15))
    if kind == "percentage":
        return rng.choice(
            (f"{rng.randint(5, 80)}%", f"{rng.randint(5, 80)} %", f"{rng.randint(1, 20)},5%")
        )
    if kind == "date":
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
        if locale == "en-US":
            return rng.choice(
                (f"{month}/{day}/{year}", f"{month}/{day}", f"{_MONTHS['en'][month - 1]} {day}")
            )
        sep = "." if lang == "de" else "/"
        return rng.choice(
            (
                f"{day:02d}{sep}{month:02d}{sep}{year}",
                f"{day}{sep}{month}",
                f"{day} {_MONTHS[lang][month - 1]}",
            )
        )
    if kind == "time":
        h, m = rng.randint(7, 21), rng.choice((0, 15, 30, 45, 10, 50))
        if lang == "en":
            return rng.choice(
                (
                    f"{h % 12 or 12}:{m:02d}pm" if h > 12 else f"{h}:{m:02d}am",
                    f"{h % 12 or 12}pm",
                    f"{h}:{m:02d}",
                )
            )
        return rng.choice(
            (f"{h}:{m:02d}", f"{h}h{m:02d}" if lang in ("fr", "pt") else f"{h}.{m:02d}", f"{h}h")
        )
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "duration":
        n = rng.randint(2, 48)
        unit = {
            "en": ("days", "hrs", "min", "weeks"),
            "es": ("dias", "horas", "min", "semanas"),
            "fr": ("jours", "h", "min", "semaines"),
            "de": ("Tage", "Std", "Min", "Wochen"),
            "pt": ("dias", "horas", "min", "semanas"),
        }[lang]
        return f"{n} {rng.choice(unit)}"
    if kind == "postal_code":
        if locale == "en-GB":
            return (
                rng.choice(("SW1A", "M1", "LS2", "EH3", "B15", "CF10"))
                + " "
                + str(rng.randint(1, 9))
                + rng.choice(("AA", "BX", "QT", "HN"))
            )
        if locale == "pt-BR":
            return f"{d(rng, 5, True)}-{d(rng, 3)}"
        if locale == "pt-PT":
            return f"{rng.randint(1000, 9899)}-{d(rng, 3)}"
        return d(rng, 5, True)
    if kind == "zip4":
        return f"{d(rng, 5, True)}-{d(rng, 4)}"
    if kind == "product_model":
        return (
            rng.choice(("XR-", "SM-A", "KX", "TX", "FRITZ!Box ", "iPhone ", "HG", "WF"))
            + str(rng.randint(12, 9990))
            + rng.choice(("", "", "S", "e", " Pro"))
        )
    if kind == "version":
        return (
            rng.choice(("v", "", ""))
            + f"{rng.randint(1, 17)}.{rng.randint(0, 12)}"
            + rng.choice(("", f".{rng.randint(0, 40)}"))
        )
    if kind == "error_code":
        return rng.choice(("E", "ERR-", "0x", "code ")) + str(rng.randint(100, 9899))
    if kind == "data_size":
        return rng.choice(
            (
                f"{rng.randint(2, 200)}GB",
                f"{rng.randint(2, 200)} GB",
                f"{rng.randint(100, 900)}MB",
                f"{rng.randint(1, 9)},5 Go" if lang == "fr" else f"{rng.randint(1, 9)}.5GB",
            )
        )
    if kind == "plate":
        up = "BCDFGHJKLMNPRSTVWXYZ"
        if locale == "es-ES":
            return f"{d(rng, 4)} {''.join(rng.choice(up) for _ in range(3))}"
        if locale == "de-DE":
            return f"{rng.choice(('B', 'M', 'HH', 'K', 'F'))}-{rng.choice(up)}{rng.choice(up)} {rng.randint(1, 9999)}"
        if locale == "fr-FR":
            return f"{rng.choice(up)}{rng.choice(up)}-{d(rng, 3)}-{rng.choice(up)}{rng.choice(up)}"
        if locale == "pt-BR":
            return (
                f"{''.join(rng.choice(up) for _ in range(3))}{d(rng, 1)}{rng.choice(up)}{d(rng, 2)}"
            )
        if locale == "pt-PT":
            return f"{rng.choice(up)}{rng.choice(up)}-{d(rng, 2)}-{rng.choice(up)}{rng.choice(up)}"
        if locale == "en-GB":
            return f"{rng.choice(up)}{rng.choice(up)}{d(rng, 2)} {''.join(rng.choice(up) for _ in range(3))}"
        return f"{d(rng, 1)}{''.join(rng.choice(up) for _ in range(3))}{d(rng, 3)}"
    raise KeyError(kind)


KEEP_KINDS: tuple[str, ...] = (
    "order",
    "tracking",
    "invoice",
    "ticket",
    "policy",
    "contract",
    "booking",
    "customer_ref",
    "store",
    "room",
    "seat",
    "flight",
    "meter_reading",
    "price",
    "amount",
    "quantity",
    "count",
    "percentage",
    "date",
    "time",
    "year",
    "duration",
    "postal_code",
    "zip4",
    "product_model",
    "version",
    "error_code",
    "data_size",
    "plate",
)


def keep_value(kind: str, locale: str, rng: random.Random) -> str:
    """A must_keep surface, redrawn until none of its digit runs looks like PII."""
    for _ in range(400):
        raw = _keep_raw(kind, locale, rng)
        if hard_negative_ok(raw):
            return raw
    raise RuntimeError(f"no hard negative drawn for {kind}")
