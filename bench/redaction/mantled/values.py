"""Draw synthetic PII values and hard negatives, and validate them.

Every value comes from a seeded ``random.Random``; identifiers are built from random digits and
their check digits computed (or the draw is retried) until python-stdnum / phonenumbers accept them.
Canonical forms are compact (no separators); render.py turns them into what a customer types.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

# Full entity names for the short codes used in the templates.
TYPES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "SKEY": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STID": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

BINS = [
    "411111",
    "400000",
    "424242",
    "401288",
    "555555",
    "510510",
    "222300",
    "601111",
    "353011",
    "378282",
    "371449",
]
PHONE_REGIONS = ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"]
# Nearly every 6-11 digit string is a valid national number somewhere in ES/FR/DE/PT/GB numbering,
# so look-alikes are only required to fail the 10-11 digit plans of the Americas (see README).
LOOKALIKE_PHONE_REGIONS = ["US", "MX", "BR"]
UPPER = string.ascii_uppercase
ALNUM_UP = UPPER + string.digits


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def region_of(locale: str) -> str:
    cc = locale.split("-")[1]
    return {"AR": "ES", "CO": "MX", "CA": "US", "IE": "GB", "BE": "FR", "CH": "DE", "AT": "DE"}.get(
        cc, cc
    )


# ---- PII values ---------------------------------------------------------------------------


def card(rng: random.Random) -> str:
    b = rng.choice(BINS)
    n = 15 if b.startswith("37") else 16
    body = b + _digits(rng, n - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def expiry(rng: random.Random) -> str:
    return "%02d%02d" % (rng.randint(1, 12), rng.randint(27, 33))


def phone(rng: random.Random, region: str) -> str:
    """Return an E.164 number valid for ``region``."""
    for _ in range(1000):
        if region == "ES":
            n = "+34" + rng.choice("67") + _digits(rng, 8)
        elif region == "MX":
            n = "+52" + rng.choice(["55", "33", "81"]) + _digits(rng, 8)
        elif region == "BR":
            n = "+55" + rng.choice(["11", "21", "31", "41"]) + "9" + _digits(rng, 8)
        elif region == "FR":
            n = "+33" + rng.choice("67") + _digits(rng, 8)
        elif region == "DE":
            n = "+49" + rng.choice(["151", "160", "170", "176"]) + _digits(rng, rng.choice([7, 8]))
        elif region == "PT":
            n = "+351" + rng.choice(["91", "92", "93", "96"]) + _digits(rng, 7)
        elif region == "US":
            n = (
                "+1"
                + rng.choice(["202", "212", "305", "415", "512", "617"])
                + "55501"
                + _digits(rng, 2)
            )
        else:  # GB drama ranges
            n = "+44" + rng.choice(["2079460", "1134960", "1614960", "1174960"]) + _digits(rng, 3)
        if phonenumbers.is_valid_number(phonenumbers.parse(n)):
            return n
    raise RuntimeError("no valid phone for " + region)


def iban(rng: random.Random) -> str:
    for _ in range(1000):
        cc = rng.choice(["ES", "DE", "FR", "PT", "GB", "BR", "AT", "CH", "ES", "DE"])
        if cc == "ES":
            bank, branch, acc = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acc) + acc
        elif cc == "DE":
            bban = _digits(rng, 18)
        elif cc == "FR":
            bank, branch, acc = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
            bban = bank + branch + acc + "%02d" % key
        elif cc == "PT":
            bban = _digits(rng, 21)
        elif cc == "GB":
            bban = "".join(rng.choice(UPPER) for _ in range(4)) + _digits(rng, 14)
        elif cc == "BR":
            bban = _digits(rng, 23) + rng.choice("CP") + rng.choice("123")
        elif cc == "AT":
            bban = _digits(rng, 16)
        else:
            bban = _digits(rng, 17)
        check = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        value = cc + "%02d" % check + bban
        if std_iban.is_valid(value):
            return value
    raise RuntimeError("no iban")


def routing(rng: random.Random, locale: str) -> str:
    region = region_of(locale)
    kind = {"US": "aba", "GB": "sort", "DE": "blz", "BR": "agencia"}.get(region)
    kind = kind or rng.choice(["aba", "sort", "blz", "agencia"])
    if kind == "aba":
        while True:
            body = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
            v = body + rtn.calc_check_digit(body)
            if rtn.is_valid(v):
                return v
    if kind == "sort":
        return _digits(rng, 6)
    if kind == "blz":
        return rng.choice("1234567") + _digits(rng, 2) + "0" + _digits(rng, 4)
    return _digits(rng, 4)


def swift(rng: random.Random) -> str:
    bank = "".join(rng.choice(UPPER) for _ in range(4))
    cc = rng.choice(["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB", "AT", "CH"])
    loc = rng.choice(UPPER) + rng.choice(UPPER + "23456789")
    return (
        bank + cc + loc + (rng.choice(["", "XXX", "".join(rng.choice(ALNUM_UP) for _ in range(3))]))
    )


FIRST = [
    "ana",
    "lucia",
    "marta",
    "joao",
    "pedro",
    "camille",
    "lea",
    "jonas",
    "lena",
    "mike",
    "sarah",
    "diego",
    "valentina",
    "thiago",
    "beatriz",
    "hugo",
    "emma",
    "lukas",
    "ines",
    "rafael",
    "chloe",
]
LAST = [
    "garcia",
    "lopez",
    "martinez",
    "silva",
    "santos",
    "dubois",
    "moreau",
    "mueller",
    "schmidt",
    "smith",
    "jones",
    "hernandez",
    "oliveira",
    "costa",
    "ferreira",
    "bernard",
    "weber",
    "nguyen",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com.mx",
    "uol.com.br",
    "sapo.pt",
    "web.de",
    "gmx.at",
    "orange.fr",
    "free.fr",
    "icloud.com",
    "example.com",
    "correo.example.es",
    "bluewin.ch",
    "protonmail.com",
]


def email(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f + "." + l,
            f + l + _digits(rng, 2),
            f[0] + l,
            f + "_" + l[:3],
            l + "." + f + _digits(rng, 1),
        ]
    )
    return local + "@" + rng.choice(DOMAINS)


def username(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f + l[:1] + _digits(rng, 2),
            f + "_" + l,
            l + f[:2] + _digits(rng, 3),
            f + "." + l,
            "the_" + f + _digits(rng, 2),
        ]
    )


WORDS = [
    "girasol",
    "sunflower",
    "mariposa",
    "soleil",
    "Sommer",
    "saudade",
    "tiger",
    "bonbon",
    "Katze",
    "futbol",
    "Pingu",
    "estrela",
]


def password(rng: random.Random, url_safe: bool = False) -> str:
    sym = "!$*._-"  # safe inside a URL's userinfo, so url_credentials can reuse any password
    w = rng.choice(WORDS)
    return rng.choice(
        [
            w.capitalize() + rng.choice(sym) + _digits(rng, 2),
            w + _digits(rng, 4),
            "".join(
                rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(9, 14))
            ),
            _digits(rng, 2) + w.upper() + rng.choice(sym),
        ]
    )


def ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return "2001:db8:%x:%x::%x" % (
            rng.randint(1, 0xFFFF),
            rng.randint(1, 0xFFFF),
            rng.randint(1, 0xFFFF),
        )
    pre = rng.choice(
        [
            "192.0.2",
            "198.51.100",
            "203.0.113",
            "10.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255)),
            "192.168.%d" % rng.randint(0, 255),
        ]
    )
    return pre + "." + str(rng.randint(1, 254))


def mac(rng: random.Random) -> str:
    parts = ["%02X" % rng.randint(0, 255) for _ in range(6)]
    sep = rng.choice([":", ":", "-"])
    v = sep.join(parts)
    return v.lower() if rng.random() < 0.4 else v


def aws_access_key(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice(UPPER + "234567") for _ in range(16))


def aws_secret_key(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def ssn_value(rng: random.Random) -> str:
    while True:
        v = "%03d%02d%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn.is_valid(v):
            return v


def itin_value(rng: random.Random) -> str:
    while True:
        v = (
            "9"
            + _digits(rng, 2)
            + rng.choice(["70", "78", "81", "88", "92", "94", "99"])
            + _digits(rng, 4)
        )
        if itin.is_valid(v):
            return v


def nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + _digits(rng, 6) + rng.choice("ABCD")


def passport(rng: random.Random, locale: str) -> str:
    region = region_of(locale)
    if region in ("US", "GB"):
        return rng.choice("123456789") + _digits(rng, 8)
    if region == "ES":
        return "".join(rng.choice(UPPER) for _ in range(3)) + _digits(rng, 6)
    if region == "DE":
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if region == "FR":
        return _digits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 5)
    if region == "BR":
        return "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 6)
    if region == "MX":
        return rng.choice("GN") + _digits(rng, 8)
    return rng.choice("CPN") + _digits(rng, 6)


def driver_id(rng: random.Random, locale: str) -> str:
    region = region_of(locale)
    if region == "US":
        return rng.choice(UPPER) + _digits(rng, rng.choice([7, 8, 12]))
    if region == "GB":
        return (
            "".join(rng.choice(UPPER) for _ in range(5))
            + _digits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + _digits(rng, 1)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    if region == "DE":
        return rng.choice(UPPER) + _digits(rng, 3) + "".join(rng.choice(ALNUM_UP) for _ in range(7))
    if region == "BR":
        return rng.choice("123456789") + _digits(rng, 10)
    if region == "FR":
        return _digits(rng, 12)
    return rng.choice(UPPER) + _digits(rng, 8)


def dni_value(rng: random.Random) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def nie_value(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


STATES = [
    "AS",
    "BC",
    "CH",
    "CL",
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
CONS = "BCDFGHJKLMNPRSTVXZ"
VOW = "AEIOU"


def _name4(rng: random.Random) -> str:
    return rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS)


def _date6(rng: random.Random) -> str:
    return "%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28))


def curp_value(rng: random.Random) -> str:
    while True:
        body = (
            _name4(rng)
            + _date6(rng)
            + rng.choice("HM")
            + rng.choice(STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + rng.choice(string.digits)
        )
        v = body + curp.calc_check_digit(body)
        if curp.is_valid(v):
            return v


def rfc_value(rng: random.Random) -> str:
    while True:
        body = (
            _name4(rng)
            + _date6(rng)
            + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
        )
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return v


def clabe_value(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072", "127"]) + _digits(rng, 14)
    return body + clabe_check(body)


def clabe_check(body: str) -> str:
    w = [3, 7, 1] * 6
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(body))
    return str((10 - s % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def cpf_value(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 9)
        d1 = (sum((10 - i) * int(c) for i, c in enumerate(body)) * 10) % 11 % 10
        d2 = (sum((11 - i) * int(c) for i, c in enumerate(body + str(d1))) * 10) % 11 % 10
        v = body + str(d1) + str(d2)
        if cpf.is_valid(v):
            return v


def cnpj_value(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 8) + rng.choice(["0001", "0001", "0002"])
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return v


def nir_value(rng: random.Random) -> str:
    while True:
        dept = "%02d" % rng.choice([x for x in range(1, 96) if x != 20])
        body = (
            rng.choice("12")
            + "%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12))
            + dept
            + "%03d%03d" % (rng.randint(1, 990), rng.randint(1, 999))
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v


def stid_value(rng: random.Random) -> str:
    while True:
        body = rng.choice("123456789") + _digits(rng, 9)
        v = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(v):
            return v


def nif_value(rng: random.Random) -> str:
    body = rng.choice("12356") + _digits(rng, 7)
    return body + nif.calc_check_digit(body)


def draw(code: str, rng: random.Random, locale: str) -> str:
    """Canonical value of entity ``code``."""
    region = region_of(locale)
    if code == "CARD":
        return card(rng)
    if code == "CVV":
        return _digits(rng, rng.choice([3, 3, 3, 4]))
    if code == "EXP":
        return expiry(rng)
    if code == "PIN":
        return _digits(rng, rng.choice([4, 4, 4, 6]))
    if code == "ACCT":
        return rng.choice("123456789") + _digits(rng, rng.choice([7, 9, 10, 11]))
    if code == "ROUT":
        return routing(rng, locale)
    if code == "IBAN":
        return iban(rng)
    if code == "SWIFT":
        return swift(rng)
    if code == "EMAIL":
        return email(rng)
    if code == "PHONE":
        return phone(
            rng,
            region if rng.random() < 0.6 and region in PHONE_REGIONS else rng.choice(PHONE_REGIONS),
        )
    if code == "SSN":
        return ssn_value(rng)
    if code == "ITIN":
        return itin_value(rng)
    if code == "NINO":
        return nino(rng)
    if code == "PASSPORT":
        return passport(rng, locale)
    if code == "DL":
        return driver_id(rng, locale)
    if code == "PWD":
        return password(rng)
    if code == "USER":
        return username(rng)
    if code == "IP":
        return ip(rng)
    if code == "MAC":
        return mac(rng)
    if code == "AKID":
        return aws_access_key(rng)
    if code == "SKEY":
        return aws_secret_key(rng)
    return {
        "DNI": dni_value,
        "NIE": nie_value,
        "CURP": curp_value,
        "RFC": rfc_value,
        "CLABE": clabe_value,
        "CPF": cpf_value,
        "CNPJ": cnpj_value,
        "NIR": nir_value,
        "STID": stid_value,
        "NIF": nif_value,
    }[code](rng)


def validate(code: str, v: str) -> bool:
    """Check digits / shape of a canonical value."""
    checks = {
        "CARD": lambda: luhn.is_valid(v) and v[:6] in BINS,
        "ROUT": lambda: v.isdigit() and (len(v) != 9 or rtn.is_valid(v)),
        "IBAN": lambda: std_iban.is_valid(v),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(v)),
        "SSN": lambda: ssn.is_valid(v),
        "ITIN": lambda: itin.is_valid(v),
        "DNI": lambda: dni.is_valid(v),
        "NIE": lambda: nie.is_valid(v),
        "CURP": lambda: curp.is_valid(v),
        "RFC": lambda: rfc.is_valid(v),
        "CLABE": lambda: clabe_valid(v),
        "CPF": lambda: cpf.is_valid(v),
        "CNPJ": lambda: cnpj.is_valid(v),
        "NIR": lambda: nir.is_valid(v),
        "STID": lambda: idnr.is_valid(v),
        "NIF": lambda: nif.is_valid(v),
        "EXP": lambda: len(v) == 4 and 1 <= int(v[:2]) <= 12,
    }
    return checks.get(code, lambda: bool(v))()


# ---- hard negatives -----------------------------------------------------------------------


def passes_a_checksum(v: str) -> bool:
    """True if a digits-only string would pass a PII checksum or be a valid phone number."""
    if not v.isdigit():
        return False
    if len(v) >= 4 and luhn.is_valid(v):
        return True
    if len(v) == 9 and (rtn.is_valid(v) or nif.is_valid(v) or ssn.is_valid(v)):
        return True
    if len(v) == 11 and (cpf.is_valid(v) or idnr.is_valid(v)):
        return True
    for region in LOOKALIKE_PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def _lookalike(rng: random.Random, n: int) -> str:
    for _ in range(5000):
        v = rng.choice("123456789") + _digits(rng, n - 1)
        if not passes_a_checksum(v):
            return v
    raise RuntimeError("no look-alike of length %d" % n)


def _fmt_price(rng: random.Random, lang: str, locale: str) -> str:
    whole, cents = (
        rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 2500)]),
        rng.randint(0, 99),
    )
    if locale in ("en-US", "en-CA", "es-US", "fr-CA", "es-MX", "es-CO"):
        return rng.choice(
            ["$%d.%02d" % (whole, cents), "$%d" % whole, "%d.%02d USD" % (whole, cents)]
        )
    if locale == "en-GB":
        return "£%d.%02d" % (whole, cents)
    if locale == "pt-BR":
        return rng.choice(["R$ %d,%02d" % (whole, cents), "R$%d" % whole])
    if locale in ("de-CH", "fr-CH"):
        return "CHF %d.%02d" % (whole, cents)
    if locale == "es-AR":
        return "$%d" % (whole * 100)
    if lang == "en":
        return "€%d.%02d" % (whole, cents)
    return rng.choice(["%d,%02d €" % (whole, cents), "%d,%02d€" % (whole, cents), "%d €" % whole])


def _fmt_date(rng: random.Random, lang: str, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026])
    if locale in ("en-US", "es-US"):
        return rng.choice(
            ["%d/%d" % (m, d), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)]
        )
    if lang == "de":
        return rng.choice(["%d.%d." % (d, m), "%02d.%02d.%d" % (d, m, y)])
    return rng.choice(
        [
            "%d/%d" % (d, m),
            "%02d/%02d/%d" % (d, m, y),
            "%02d/%02d" % (d, m),
            "%d-%02d-%02d" % (y, m, d),
        ]
    )


def _postal(rng: random.Random, locale: str) -> str:
    region = locale.split("-")[1]
    if region == "US":
        z = "%05d" % rng.randint(1001, 99950)
        return z + ("-%04d" % rng.randint(1, 9999) if rng.random() < 0.5 else "")
    if region in ("GB", "IE"):
        return (
            rng.choice(["SW", "M", "LS", "EH", "B"])
            + str(rng.randint(1, 20))
            + " "
            + str(rng.randint(1, 9))
            + rng.choice(UPPER)
            + rng.choice(UPPER)
        )
    if region == "CA":
        return "H%d%s %d%s%d" % (
            rng.randint(1, 9),
            rng.choice("ABCEGHJ"),
            rng.randint(1, 9),
            rng.choice("ABCEGHJ"),
            rng.randint(1, 9),
        )
    if region == "BR":
        return "%05d-%03d" % (rng.randint(1000, 99999), rng.randint(0, 999))
    if region == "PT":
        return "%04d-%03d" % (rng.randint(1000, 9999), rng.randint(1, 999))
    if region in ("AT", "CH", "BE"):
        return "%04d" % rng.randint(1010, 9999)
    if region == "AR":
        return (
            rng.choice(["C", "B"])
            + "%04d" % rng.randint(1000, 1999)
            + "".join(rng.choice(UPPER) for _ in range(3))
        )
    return "%05d" % rng.randint(1001, 52999)


def must_keep(kind: str, rng: random.Random, lang: str, locale: str) -> str:
    r = rng.random()
    if kind == "order_number":
        return (
            _lookalike(rng, rng.choice([6, 7, 8, 9, 10]))
            if r < 0.5
            else rng.choice(["#", "ORD-", "A", "PED-"]) + _digits(rng, 7)
        )
    if kind == "tracking_number":
        return rng.choice(
            [
                "1Z" + "".join(rng.choice(ALNUM_UP) for _ in range(16)),
                rng.choice(["LX", "RR", "CP"])
                + _digits(rng, 9)
                + rng.choice(["CN", "BR", "ES", "DE"]),
                _lookalike(rng, 10),
            ]
        )
    if kind == "postal_code":
        return _postal(rng, locale)
    if kind == "date":
        return _fmt_date(rng, lang, locale)
    if kind == "time":
        h, m = rng.randint(7, 22), rng.choice([0, 5, 15, 30, 42, 50])
        if locale in ("en-US", "es-US", "en-CA"):
            return "%d:%02d%s" % ((h - 1) % 12 + 1, m, rng.choice(["pm", "am", " PM", ""]))
        return rng.choice(
            ["%02d:%02d" % (h, m), "%dh%02d" % (h, m) if lang == "fr" else "%d:%02d" % (h, m)]
        )
    if kind == "price":
        return _fmt_price(rng, lang, locale)
    if kind in ("quantity", "count"):
        return str(rng.randint(2, 12))
    if kind == "percentage":
        return rng.choice(["%d%%", "%d %%"]) % rng.choice([5, 10, 15, 20, 25, 30, 50])
    if kind == "product_model":
        return rng.choice(
            [
                "HG%dH" % rng.randint(8000, 8999),
                "SM-A%dB" % rng.randint(100, 599),
                "XR-%d" % rng.randint(1000, 9999),
                "Archer C%d" % rng.randint(5, 80),
                "FRITZ!Box %d" % rng.randint(7400, 7599),
                "iPhone %d" % rng.randint(11, 16),
            ]
        )
    if kind == "version":
        return rng.choice(["%d.%d.%d", "v%d.%d.%d"]) % (
            rng.randint(1, 12),
            rng.randint(0, 30),
            rng.randint(0, 9),
        )
    if kind == "invoice_number":
        return (
            _lookalike(rng, rng.choice([7, 8, 9]))
            if r < 0.4
            else rng.choice(["INV-", "FA", "F-", "RG-"])
            + "%d-%05d" % (rng.choice([2025, 2026]), rng.randint(1, 99999))
        )
    if kind == "ticket_number":
        return (
            _lookalike(rng, rng.choice([6, 7, 8]))
            if r < 0.6
            else rng.choice(["#", "CS-", "INC"]) + _digits(rng, 7)
        )
    if kind == "booking_reference":
        while True:
            v = "".join(rng.choice(ALNUM_UP) for _ in range(6))
            if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                return v
    if kind == "policy_number":
        return _lookalike(rng, rng.choice([8, 9, 10, 11])) if r < 0.6 else "POL-" + _digits(rng, 8)
    if kind == "contract_number":
        return (
            _lookalike(rng, rng.choice([9, 10, 11]))
            if r < 0.6
            else "CT-%d-%05d" % (rng.choice([2024, 2025]), rng.randint(1, 99999))
        )
    if kind == "flight_number":
        return (
            rng.choice(["IB", "LH", "AF", "TP", "AA", "LA", "AM", "BA", "UX"])
            + rng.choice(["", " "])
            + str(rng.randint(10, 9999))
        )
    if kind == "store_number":
        return str(rng.randint(10, 999))
    if kind == "room_number":
        return str(rng.randint(101, 1250))
    if kind == "error_code":
        return rng.choice(
            [
                "E-%d" % rng.randint(100, 9999),
                "0x%08X" % rng.randint(0x80000000, 0x8FFFFFFF),
                str(rng.choice([401, 403, 404, 500, 502, 503])),
                "ERR_%d" % rng.randint(10, 999),
            ]
        )
    if kind == "data_size":
        return rng.choice(["%dGB", "%d GB", "%d MB", "%dgb"]) % rng.randint(2, 500)
    if kind == "year":
        return str(rng.randint(2008, 2026))
    if kind == "meter_reading":
        return (
            _lookalike(rng, rng.choice([5, 6])) if r < 0.6 else "%d kWh" % rng.randint(1000, 99999)
        )
    if kind == "plate_number":
        return rng.choice(
            [
                "%04d %s"
                % (
                    rng.randint(0, 9999),
                    "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)),
                ),
                "%s-%03d-%s"
                % (
                    "".join(rng.choice(UPPER) for _ in range(2)),
                    rng.randint(1, 999),
                    "".join(rng.choice(UPPER) for _ in range(2)),
                ),
                "B-%s %d" % ("".join(rng.choice(UPPER) for _ in range(2)), rng.randint(1, 9999)),
                "%s%d%s%02d"
                % (
                    "".join(rng.choice(UPPER) for _ in range(3)),
                    rng.randint(0, 9),
                    rng.choice(UPPER),
                    rng.randint(0, 99),
                ),
            ]
        )
    if kind == "seat_number":
        return "%d%s" % (rng.randint(1, 40), rng.choice("ABCDEF"))
    raise KeyError(kind)
