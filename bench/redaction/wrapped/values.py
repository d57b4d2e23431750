"""Draw synthetic PII values and check them with python-stdnum and phonenumbers.

Every draw takes a ``random.Random`` so a fixed seed gives the same corpus on any machine.
A value is the canonical, compact form; ``render.py`` decides how a customer types it.
"""

from __future__ import annotations

import ipaddress
import random
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

DIGITS = string.digits
UPPER = string.ascii_uppercase

CARD_BINS = [
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


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _l(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- cards
def credit_debit_number(rng: random.Random) -> str:
    b = rng.choice(CARD_BINS)
    length = 15 if b.startswith("3") and b[:2] in ("34", "37") else 16
    body = b + _d(rng, length - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def credit_debit_cvv(rng: random.Random) -> str:
    return _d(rng, rng.choice([3, 3, 3, 4]))


def credit_debit_expiry(rng: random.Random) -> str:
    """Canonical MMYY."""
    return f"{rng.randint(1, 12):02d}{rng.randint(25, 33):02d}"


def pin(rng: random.Random) -> str:
    return _d(rng, rng.choice([4, 4, 4, 6]))


# ---------------------------------------------------------------- banking
def bank_account_number(rng: random.Random) -> str:
    return _d(rng, rng.choice([8, 9, 10, 11, 12]))


def _aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + _d(rng, 7)
        for c in DIGITS:
            if rtn.is_valid(body + c):
                return body + c


def bank_routing(rng: random.Random) -> str:
    kind = rng.choice(["aba", "aba", "sort", "blz", "agencia"])
    if kind == "aba":
        return _aba(rng)
    if kind == "sort":
        return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}"
    if kind == "blz":
        return rng.choice("1234567") + _d(rng, 7)
    return _d(rng, 4) + ("-" + _d(rng, 1) if rng.random() < 0.4 else "")


IBAN_BBAN = {
    "ES": lambda r: _d(r, 20),
    "DE": lambda r: _d(r, 18),
    "FR": lambda r: _d(r, 10) + _d(r, 11) + _d(r, 2),
    "PT": lambda r: _d(r, 21),
    "GB": lambda r: _l(r, 4) + _d(r, 14),
    "BR": lambda r: _d(r, 23) + r.choice("CP") + "1",
    "IT": lambda r: _l(r, 1) + _d(r, 22),
    "NL": lambda r: _l(r, 4) + _d(r, 10),
    "BE": lambda r: _d(r, 12),
    "AT": lambda r: _d(r, 16),
    "CH": lambda r: _d(r, 17),
    "MX": None,
}


def international_bank_account_number(rng: random.Random, country: str | None = None) -> str:
    countries = [c for c, f in IBAN_BBAN.items() if f]
    cc = country if country in countries else rng.choice(countries)
    while True:
        bban = IBAN_BBAN[cc](rng)
        value = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(value):
            return value


def swift_code(rng: random.Random) -> str:
    cc = rng.choice(["ES", "DE", "FR", "PT", "GB", "BR", "MX", "US", "AT", "CH", "BE"])
    while True:
        v = _l(rng, 4) + cc + _l(rng, 1, UPPER + "23456789") + _l(rng, 1, UPPER + "0123456789")
        if rng.random() < 0.5:
            v += rng.choice(["XXX", _l(rng, 3, UPPER + DIGITS)])
        if bic.is_valid(v):
            return v


def mx_clabe(rng: random.Random) -> str:
    """18 digits, weights 3,7,1 mod 10 (stdnum has no CLABE module)."""
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "058", "072", "127"]) + _d(
        rng, 14
    )
    return body + clabe_check(body)


def clabe_check(body17: str) -> str:
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(body17))
    return str((10 - s % 10) % 10)


def clabe_is_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


# ---------------------------------------------------------------- contact
FIRST = [
    "maria",
    "jose",
    "lucia",
    "pedro",
    "ana",
    "joao",
    "camille",
    "lukas",
    "sofia",
    "diego",
    "emma",
    "noah",
    "julien",
    "leonie",
    "tiago",
    "beatriz",
    "carlos",
    "valentina",
    "oliver",
    "amelie",
    "rafa",
    "ines",
    "mateo",
    "chloe",
    "jonas",
    "gabi",
    "fer",
    "lea",
    "hugo",
    "nina",
]
LAST = [
    "lopez",
    "garcia",
    "silva",
    "martin",
    "muller",
    "dubois",
    "santos",
    "fernandez",
    "schmidt",
    "moreau",
    "costa",
    "ramirez",
    "wagner",
    "bernard",
    "oliveira",
    "perez",
    "smith",
    "jones",
    "fischer",
    "lefevre",
    "pereira",
    "gomez",
    "weber",
    "roux",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.es",
    "post.example.de",
    "courriel.example.fr",
    "webmail.example.com.br",
    "example.co.uk",
    "inbox.example.pt",
    "corp.example.mx",
]


def email(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f}_{l}",
            f"{f[0]}{l}",
            f"{f}.{l}{_d(rng, 2)}",
            f"{l}.{f}",
            f"{f}{_d(rng, 4)}",
            f"{f}-{l}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


PHONE_PATTERNS = {
    # region: list of national-significant-number patterns (# = random digit)
    "US": ["201555010#", "212555019#", "305555012#", "415555016#", "617555013#", "702555011#"],
    "GB": ["207946####", "113496####", "161496####", "117496####", "289018####"],
    "ES": ["6########", "7########", "91#######", "93#######"],
    "MX": ["55########", "33########", "81########"],
    "BR": ["119########", "219########", "319########", "11########"],
    "FR": ["199000####", "261910####", "977420####", "6########", "7########"],
    "DE": ["3023125###", "6990009###", "4066969###", "15########", "17########"],
    "PT": ["91#######", "93#######", "96#######", "21#######"],
}


def phone(rng: random.Random, region: str | None = None) -> str:
    """Canonical E.164."""
    reg = region if region in PHONE_PATTERNS else rng.choice(sorted(PHONE_PATTERNS))
    while True:
        nsn = "".join(_d(rng, 1) if c == "#" else c for c in rng.choice(PHONE_PATTERNS[reg]))
        n = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(reg)) + nsn, None)
        if phonenumbers.is_valid_number(n):
            return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def phone_region(e164: str) -> str:
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))


# ---------------------------------------------------------------- US / UK ids
def ssn_value(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def us_itin(rng: random.Random) -> str:
    while True:
        v = "9" + _d(rng, 2) + str(rng.choice([7, 8, 9])) + _d(rng, 5)
        if itin.is_valid(v):
            return v


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def uk_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in NINO_BAD_PREFIX:
            return p + _d(rng, 6) + rng.choice("ABCD")


def nino_is_valid(v: str) -> bool:
    return (
        len(v) == 9
        and v[0] in "ABCEGHJKLMNOPRSTWXYZ"
        and v[1] in "ABCEGHJKLMNPRSTWXYZ"
        and v[:2] not in NINO_BAD_PREFIX
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


def passport_number(rng: random.Random) -> str:
    return rng.choice(
        [
            lambda: _d(rng, 9),  # US
            lambda: _l(rng, 3) + _d(rng, 6),  # ES
            lambda: _d(rng, 2) + _l(rng, 2) + _d(rng, 5),  # FR
            lambda: rng.choice("CFGHJK") + _l(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789"),  # DE
            lambda: _l(rng, 2) + _d(rng, 6),  # BR
            lambda: rng.choice("GN") + _d(rng, 8),  # MX
            lambda: _l(rng, 1) + _d(rng, 6),  # PT
        ]
    )()


def driver_id(rng: random.Random) -> str:
    return rng.choice(
        [
            lambda: _l(rng, 1) + _d(rng, 7),  # CA
            lambda: _l(rng, 1) + _d(rng, 12),  # FL-ish
            lambda: _l(rng, 5) + _d(rng, 6) + _l(rng, 2) + _d(rng, 1) + _l(rng, 2),  # UK
            lambda: _d(rng, 12),  # FR
            lambda: _l(rng, 1) + _d(rng, 2) + _l(rng, 6, UPPER + DIGITS) + _d(rng, 2),  # DE
            lambda: _d(rng, 11),  # BR CNH
        ]
    )()


# ---------------------------------------------------------------- secrets / net
WORDS = [
    "Sol",
    "gato",
    "Lua",
    "sommer",
    "Chouette",
    "tigre",
    "Mar",
    "Berlin",
    "lisboa",
    "rio",
    "Piano",
    "nuvem",
    "Kaffee",
    "pomme",
    "Luna",
    "verde",
    "Blau",
    "cafe",
    "Perro",
    "bicho",
]


def password(rng: random.Random) -> str:
    w = rng.choice(WORDS) + rng.choice(["", rng.choice(WORDS).lower()])
    sym = rng.choice("!#$*?_.&%")
    return rng.choice(
        [
            w + sym + _d(rng, rng.randint(2, 4)),
            sym + w + _d(rng, 3),
            w + _d(rng, 2) + sym + _l(rng, 2),
            _l(rng, 3, string.ascii_letters) + _d(rng, 3) + sym + w,
        ]
    )


def username(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f"{f}.{l}",
            f"{f}_{l}{_d(rng, 2)}",
            f"{f[0]}{l}{_d(rng, 3)}",
            f"{l}{f}",
            f"{f}{rng.choice(['x', 'zz', 'dev', 'br'])}{_d(rng, 2)}",
        ]
    )


def ip_address(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.2:
        return f"2001:db8:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    net = rng.choice(["192.0.2.", "198.51.100.", "203.0.113.", "10.{}.{}.", "192.168.{}."])
    return net.format(rng.randint(0, 254), rng.randint(0, 254)) + str(rng.randint(1, 254))


def mac_address(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] | 0x02) & 0xFE  # locally administered, unicast
    return ":".join(f"{x:02x}" for x in b)


B32 = UPPER + "234567"
B64 = string.ascii_letters + DIGITS + "+/"


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + _l(rng, 16, B32)


def aws_secret_key(rng: random.Random) -> str:
    return _l(rng, 40, B64)


# ---------------------------------------------------------------- national ids
def es_dni(rng: random.Random) -> str:
    body = _d(rng, 8)
    return body + dni.calc_check_digit(body)


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _d(rng, 7)
    return body + nie.calc_check_digit(body)


CURP_STATES = [
    "AS",
    "BC",
    "CL",
    "CM",
    "CS",
    "CH",
    "DF",
    "DG",
    "GT",
    "GR",
    "HG",
    "JC",
    "MC",
    "MN",
    "MS",
    "NT",
    "NL",
    "OC",
    "PL",
    "QT",
    "QR",
    "SP",
    "SL",
    "SR",
    "TC",
    "TS",
    "TL",
    "VZ",
    "YN",
    "ZS",
]
CONS = "BCDFGHJKLMNPRSTVXZ"
VOW = "AEIOU"


def mx_curp(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice(CONS)
            + rng.choice(VOW)
            + rng.choice(CONS)
            + rng.choice(VOW)
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + _l(rng, 3, CONS)
            + rng.choice("0")
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice(CONS)
            + rng.choice(VOW)
            + rng.choice(CONS)
            + rng.choice(VOW)
            + f"{y:02d}{m:02d}{d:02d}"
            + _l(rng, 2, CONS + "123456789")
        )
        for c in "0123456789A":
            v = body + c
            try:
                rfc.validate(v, validate_check_digits=True)
                return v
            except Exception:
                continue


def br_cpf(rng: random.Random) -> str:
    while True:
        body = _d(rng, 9)
        v = body + cpf._calc_check_digits(body)
        if cpf.is_valid(v):
            return v


def br_cnpj(rng: random.Random) -> str:
    while True:
        body = _d(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return v


def fr_nir(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _d(rng, 3)
            + _d(rng, 3)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v


def de_tax_id(rng: random.Random) -> str:
    while True:
        body = rng.choice("123456789") + _d(rng, 9)
        for c in DIGITS:
            if idnr.is_valid(body + c):
                return body + c


def pt_nif(rng: random.Random) -> str:
    while True:
        body = rng.choice("12356") + _d(rng, 7)
        v = body + nif.calc_check_digit(body)
        if nif.is_valid(v):
            return v


DRAW = {
    "CREDIT_DEBIT_NUMBER": credit_debit_number,
    "CREDIT_DEBIT_CVV": credit_debit_cvv,
    "CREDIT_DEBIT_EXPIRY": credit_debit_expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": bank_account_number,
    "BANK_ROUTING": bank_routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": international_bank_account_number,
    "SWIFT_CODE": swift_code,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": ssn_value,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": us_itin,
    "UK_NATIONAL_INSURANCE_NUMBER": uk_nino,
    "PASSPORT_NUMBER": passport_number,
    "DRIVER_ID": driver_id,
    "PASSWORD": password,
    "USERNAME": username,
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
    "DE_TAX_ID": de_tax_id,
    "PT_NIF": pt_nif,
}
TYPES = list(DRAW)

LOCALE_REGION = {
    "US": "US",
    "GB": "GB",
    "ES": "ES",
    "MX": "MX",
    "AR": "ES",
    "CO": "ES",
    "FR": "FR",
    "CA": "US",
    "BE": "FR",
    "DE": "DE",
    "AT": "DE",
    "CH": "DE",
    "BR": "BR",
    "PT": "PT",
}
LOCALE_IBAN = {
    "ES": "ES",
    "DE": "DE",
    "AT": "AT",
    "CH": "CH",
    "FR": "FR",
    "BE": "BE",
    "PT": "PT",
    "BR": "BR",
    "GB": "GB",
}


def draw(rng: random.Random, etype: str, locale: str) -> str:
    country = locale.split("-")[1]
    if etype == "PHONE":
        region = LOCALE_REGION.get(country) if rng.random() < 0.7 else None
        return phone(rng, region)
    if etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return international_bank_account_number(
            rng, LOCALE_IBAN.get(country) if rng.random() < 0.6 else None
        )
    return DRAW[etype](rng)


def is_valid(etype: str, v: str) -> bool:
    """Check digits and structure of a canonical value."""
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: v.isdigit() and luhn.is_valid(v) and v[:6] in CARD_BINS,
        "BANK_ROUTING": lambda: (not (len(v) == 9 and v.isdigit())) or rtn.is_valid(v),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(v),
        "SWIFT_CODE": lambda: bic.is_valid(v),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(v, None)),
        "SSN": lambda: ssn.is_valid(v),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(v),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_is_valid(v),
        "IP_ADDRESS": lambda: bool(ipaddress.ip_address(v)),
        "ES_DNI": lambda: dni.is_valid(v),
        "ES_NIE": lambda: nie.is_valid(v),
        "MX_CURP": lambda: curp.is_valid(v),
        "MX_RFC": lambda: rfc.is_valid(v),
        "MX_CLABE": lambda: clabe_is_valid(v),
        "BR_CPF": lambda: cpf.is_valid(v),
        "BR_CNPJ": lambda: cnpj.is_valid(v),
        "FR_NIR": lambda: nir.is_valid(v),
        "DE_TAX_ID": lambda: idnr.is_valid(v),
        "PT_NIF": lambda: nif.is_valid(v),
    }
    return bool(checks.get(etype, lambda: True)())


# ---------------------------------------------------------------- hard negatives
PHONE_REGIONS = sorted(PHONE_PATTERNS)


def passes_any_check(d: str) -> bool:
    """True when a digit string would pass a checksum or number plan we know of."""
    if luhn.is_valid(d):
        return True
    n = len(d)
    if n == 9 and (rtn.is_valid(d) or nif.is_valid(d) or ssn.is_valid(d)):
        return True
    if n == 11 and (cpf.is_valid(d) or idnr.is_valid(d)):
        return True
    if n == 14 and cnpj.is_valid(d):
        return True
    if n == 15 and nir.is_valid(d):
        return True
    if n == 18 and clabe_is_valid(d):
        return True
    for reg in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def lookalike_digits(rng: random.Random, n: int) -> str:
    """Digits only, n long, failing every check above.

    Nine-digit strings nearly always pass SSN, ABA, NIF or a phone plan, so none are drawn."""
    if n == 9:
        n = rng.choice([8, 10])
    while True:
        d = rng.choice("123456789") + _d(rng, n - 1)
        if not passes_any_check(d):
            return d
