"""Draw synthetic PII values and hard-negative numbers, and validate them.

Every value is random; check digits are computed and then re-validated with
python-stdnum or phonenumbers where a validator exists.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

UP = string.ascii_uppercase
DIG = string.digits


@dataclass(frozen=True)
class Value:
    type: str
    text: str  # canonical written form (may hold spaces or dashes)
    canon: str  # compact form that renderings must decode back to
    region: str = ""  # phone region, for decoding national formats


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _l(rng: random.Random, n: int, alphabet: str = UP) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- cards
BINS = {
    "411111": 16,
    "400000": 16,
    "424242": 16,
    "401288": 16,
    "555555": 16,
    "510510": 16,
    "222300": 16,
    "601111": 16,
    "353011": 16,
    "378282": 15,
    "371449": 15,
}


def card(rng):
    b = rng.choice(sorted(BINS))
    n = BINS[b]
    body = b + _d(rng, n - len(b) - 1)
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    if n == 15:
        txt = f"{num[:4]} {num[4:10]} {num[10:]}"
    else:
        txt = " ".join(num[i : i + 4] for i in range(0, 16, 4))
    if rng.random() < 0.3:
        txt = num
    return Value("CREDIT_DEBIT_NUMBER", txt, num)


def cvv(rng):
    v = _d(rng, rng.choice([3, 3, 3, 4]))
    return Value("CREDIT_DEBIT_CVV", v, v)


def expiry(rng):
    mm = rng.randint(1, 12)
    yy = rng.randint(26, 33)
    txt = rng.choice([f"{mm:02d}/{yy}", f"{mm:02d}/20{yy}", f"{mm:02d}-{yy}", f"{mm:02d}/{yy}"])
    return Value("CREDIT_DEBIT_EXPIRY", txt, f"{mm:02d}{yy}")


def pin(rng):
    v = _d(rng, rng.choice([4, 4, 4, 6]))
    return Value("PIN", v, v)


def account(rng):
    v = str(rng.randint(1, 9)) + _d(rng, rng.choice([7, 9, 10, 11]))
    return Value("BANK_ACCOUNT_NUMBER", v, v)


def routing(rng):
    kind = rng.choice(["aba", "aba", "sort", "blz", "agencia"])
    if kind == "aba":
        while True:
            body = rng.choice(
                [
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
                ]
            ) + _d(rng, 6)
            v = body + rtn.calc_check_digit(body)
            if rtn.is_valid(v):
                return Value("BANK_ROUTING", v, v)
    if kind == "sort":
        d = _d(rng, 6)
        return Value("BANK_ROUTING", f"{d[:2]}-{d[2:4]}-{d[4:]}", d)
    if kind == "blz":
        d = str(rng.randint(1, 8)) + _d(rng, 7)
        return Value("BANK_ROUTING", d if rng.random() < 0.5 else f"{d[:3]} {d[3:6]} {d[6:]}", d)
    d = _d(rng, 4)
    dv = str(sum(int(c) * w for c, w in zip(d, (5, 4, 3, 2))) % 11 % 10)
    return Value("BANK_ROUTING", f"{d}-{dv}", d + dv)


# ---------------------------------------------------------------- IBAN
IBAN_BBAN = {  # country: list of (kind, length) ; n = digits, a = upper letters, c = alnum
    "DE": [("n", 18)],
    "FR": [("n", 10), ("c", 11), ("n", 2)],
    "PT": [("n", 21)],
    "GB": [("a", 4), ("n", 14)],
    "BR": [("n", 23), ("a", 1), ("c", 1)],
    "IT": [("a", 1), ("n", 10), ("c", 12)],
    "NL": [("a", 4), ("n", 10)],
    "BE": [("n", 12)],
    "AT": [("n", 16)],
    "CH": [("n", 5), ("c", 12)],
}


def _bban(rng, cc):
    if cc == "ES":
        bank, branch, acct = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        return bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
    out = ""
    for kind, n in IBAN_BBAN[cc]:
        out += _l(rng, n, {"n": DIG, "a": UP, "c": UP + DIG}[kind])
    return out


def make_iban(rng, cc=None):
    for _ in range(500):
        c = cc or rng.choice(
            ["ES", "ES", "DE", "DE", "FR", "PT", "GB", "BR", "IT", "NL", "BE", "AT", "CH"]
        )
        bban = _bban(rng, c)
        v = c + iban.calc_check_digits(c + "00" + bban) + bban
        if iban.is_valid(v):
            return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", iban.format(v), v)
    raise RuntimeError("no valid IBAN")


def swift(rng):
    while True:
        cc = rng.choice(["ES", "DE", "FR", "PT", "BR", "MX", "US", "GB", "CH", "AT", "BE"])
        v = _l(rng, 4) + cc + _l(rng, 2, UP + DIG) + (rng.choice(["", "XXX", _l(rng, 3, UP + DIG)]))
        if bic.is_valid(v) and v[6:8] != "00":
            return Value("SWIFT_CODE", v, v)


# ---------------------------------------------------------------- contact
FIRST = [
    "ana",
    "marta",
    "jose",
    "luis",
    "lucia",
    "pedro",
    "camille",
    "julien",
    "lea",
    "lukas",
    "jonas",
    "anna",
    "joao",
    "maria",
    "rafael",
    "beatriz",
    "tom",
    "emily",
    "jack",
    "sofia",
    "diego",
    "ines",
    "pablo",
    "chloe",
    "hugo",
    "felix",
    "greta",
    "thiago",
    "larissa",
    "kevin",
    "megan",
    "noemie",
]
LAST = [
    "garcia",
    "lopez",
    "martin",
    "dubois",
    "moreau",
    "schmidt",
    "muller",
    "weber",
    "silva",
    "santos",
    "oliveira",
    "costa",
    "smith",
    "jones",
    "brown",
    "ruiz",
    "navarro",
    "lefevre",
    "bauer",
    "pereira",
    "ferreira",
    "hernandez",
    "torres",
    "keller",
    "girard",
    "walker",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.es",
    "yahoo.com.mx",
    "gmx.de",
    "web.de",
    "orange.fr",
    "free.fr",
    "uol.com.br",
    "sapo.pt",
    "icloud.com",
    "example.com",
    "mail.example.org",
    "bol.com.br",
    "t-online.de",
    "live.fr",
    "protonmail.com",
    "empresa.example.es",
]


def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f}_{l[:3]}",
            f"{f[0]}{l}",
            f"{f}.{l}{rng.randint(1, 99)}",
            f"{l}{f[0]}{rng.randint(70, 99)}",
        ]
    )
    v = f"{local}@{rng.choice(DOMAINS)}"
    return Value("EMAIL", v, v)


PHONE_PATTERNS = {  # region: list of national-number prefixes; digits appended until valid
    "ES": [("6", 9), ("7", 9), ("91", 9), ("93", 9)],
    "MX": [("55", 10), ("33", 10), ("81", 10)],
    "BR": [("119", 11), ("219", 11), ("31", 10), ("619", 11)],
    "FR": [("6", 9), ("7", 9), ("1", 9)],
    "DE": [("151", 11), ("170", 11), ("30", 10), ("89", 10)],
    "PT": [("91", 9), ("93", 9), ("96", 9), ("21", 9)],
    "US": [None],
    "GB": [("207946", 10), ("1134960", 10), ("1614960", 10)],
}


def phone(rng, region=None):
    region = region or rng.choice(sorted(PHONE_PATTERNS))
    for _ in range(1000):
        pat = rng.choice(PHONE_PATTERNS[region])
        if region == "US":
            nat = (
                rng.choice(["202", "212", "305", "415", "512", "617", "718", "312"])
                + "55501"
                + _d(rng, 2)
            )
        else:
            pre, n = pat
            nat = pre + _d(rng, n - len(pre))
        num = phonenumbers.parse(nat, region)
        if phonenumbers.is_valid_number(num):
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            fmt = rng.choice(
                [
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    phonenumbers.PhoneNumberFormat.E164,
                ]
            )
            txt = phonenumbers.format_number(num, fmt)
            return Value("PHONE", txt, e164, region)
    raise RuntimeError(region)


# ---------------------------------------------------------------- US / UK ids
def make_ssn(rng):
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v) and v[:3] != "666":
            return Value("SSN", f"{v[:3]}-{v[3:5]}-{v[5:]}", v)


def make_itin(rng):
    while True:
        v = (
            "9"
            + _d(rng, 2)
            + str(rng.choice([70, 71, 75, 78, 80, 83, 88, 90, 94, 99]))
            + _d(rng, 4)
        )
        if itin.is_valid(v):
            return Value("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", f"{v[:3]}-{v[3:5]}-{v[5:]}", v)


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def nino(rng):
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in NINO_BAD_PREFIX:
            break
    d = _d(rng, 6)
    s = rng.choice("ABCD")
    v = p + d + s
    return Value(
        "UK_NATIONAL_INSURANCE_NUMBER", rng.choice([v, f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"]), v
    )


def passport(rng):
    kind = rng.choice(["us", "es", "fr", "de", "br", "pt", "mx", "gb"])
    v = {
        "us": lambda: rng.choice(["5", "6", "A"]) + _d(rng, 8),
        "es": lambda: _l(rng, 3) + _d(rng, 6),
        "fr": lambda: _d(rng, 2) + _l(rng, 2) + _d(rng, 5),
        "de": lambda: "C" + _l(rng, 8, "CFGHJKLMNPRTVWXYZ" + "0123456789"),
        "br": lambda: _l(rng, 2) + _d(rng, 6),
        "pt": lambda: rng.choice("CKNP") + _d(rng, 6),
        "mx": lambda: rng.choice("GNP") + _d(rng, 8),
        "gb": lambda: _d(rng, 9),
    }[kind]()
    return Value("PASSPORT_NUMBER", v, v)


def driver(rng):
    kind = rng.choice(["ca", "fl", "ny", "uk", "de", "br"])
    if kind == "ca":
        v = rng.choice(UP) + _d(rng, 7)
        t = v
    elif kind == "fl":
        v = rng.choice(UP) + _d(rng, 12)
        t = f"{v[0]}{v[1:4]}-{v[4:7]}-{v[7:9]}-{v[9:12]}-{v[12]}"
    elif kind == "ny":
        v = _d(rng, 9)
        t = f"{v[:3]} {v[3:6]} {v[6:]}"
    elif kind == "uk":
        v = _l(rng, 5) + _d(rng, 6) + _l(rng, 2) + rng.choice(DIG) + _l(rng, 2)
        t = v
    elif kind == "de":
        v = rng.choice("BFJ") + _l(rng, 3, UP + DIG) + _d(rng, 6) + rng.choice(UP + DIG)
        t = v
    else:
        v = "0" + _d(rng, 10)
        t = v
    return Value("DRIVER_ID", t, v)


# ---------------------------------------------------------------- accounts, secrets, network
WORDS = [
    "sunflower",
    "gatito",
    "bayern",
    "lisboa",
    "mariposa",
    "chocolat",
    "bananas",
    "tigre",
    "sommer",
    "saudade",
    "rocket",
    "maracuja",
    "papillon",
    "schnitzel",
    "corazon",
    "verano",
    "dragon",
    "amarelo",
]


def password(rng):
    w = rng.choice(WORDS)
    v = rng.choice(
        [
            w.capitalize() + str(rng.randint(1, 9999)) + rng.choice("!?#$*."),
            w + "_" + str(rng.randint(70, 2025)),
            _l(rng, rng.randint(10, 14), string.ascii_letters + DIG + "!#%&*"),
            w.upper()[:4] + rng.choice("@#$") + w[4:] + str(rng.randint(1, 99)),
            w + rng.choice(WORDS),
        ]
    )
    return Value("PASSWORD", v, v)


def username(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    v = rng.choice(
        [
            f"{f}_{l}",
            f"{f}{l[:3]}{rng.randint(1, 99)}",
            f"{f[0]}.{l}",
            f"{l}{rng.randint(1970, 2010)}",
            f"{f}.{l}.{rng.randint(1, 9)}",
            f"x{f}x",
            f"{f}{l}",
        ]
    )
    return Value("USERNAME", v, v)


def ip(rng):
    v = rng.choice(
        [
            f"{rng.choice([81, 83, 88, 95, 177, 186, 189, 201, 79, 91])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
        ]
    )
    return Value("IP_ADDRESS", v, v)


def mac(rng):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] | 2) & 0xFE
    sep = rng.choice([":", "-", ":"])
    v = sep.join(f"{x:02X}" if rng.random() < 0.5 else f"{x:02x}" for x in b)
    return Value("MAC_ADDRESS", v, v)


def akid(rng):
    v = rng.choice(["AKIA", "ASIA"]) + _l(rng, 16, UP + "234567")
    return Value("AWS_ACCESS_KEY", v, v)


def secret(rng):
    v = _l(rng, 40, string.ascii_letters + DIG + "+/")
    return Value("AWS_SECRET_KEY", v, v)


# ---------------------------------------------------------------- national ids
def es_dni(rng):
    d = _d(rng, 8)
    v = d + dni.calc_check_digit(d)
    assert dni.is_valid(v)
    return Value("ES_DNI", rng.choice([v, f"{d}-{v[-1]}"]), v)


def es_nie(rng):
    p = rng.choice("XYZ")
    d = _d(rng, 7)
    v = p + d + nie.calc_check_digit(p + d)
    assert nie.is_valid(v)
    return Value("ES_NIE", rng.choice([v, f"{p}-{d}-{v[-1]}"]), v)


STATES = [
    "AS",
    "BC",
    "BS",
    "CC",
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
CONS = "BCDFGHJKLMNPQRSTVWXYZ"
VOW = "AEIOU"


def mx_curp(rng):
    for _ in range(1000):
        y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
        head = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS)
        body = (
            head
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(STATES)
            + _l(rng, 3, CONS)
            + (rng.choice(DIG) if y < 2000 else rng.choice(UP))
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return Value("MX_CURP", v, v)
    raise RuntimeError


def mx_rfc(rng):
    for _ in range(1000):
        y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
        head = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS)
        body = head + f"{y % 100:02d}{m:02d}{d:02d}" + _l(rng, 2, CONS + "123456789")
        v = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(v):
            return Value("MX_RFC", v, v)
    raise RuntimeError


def clabe_ok(v: str) -> bool:
    if len(v) != 18 or not v.isdigit():
        return False
    s = sum(int(c) * w % 10 for c, w in zip(v[:17], [3, 7, 1] * 6)) % 10
    return (10 - s) % 10 == int(v[17])


def mx_clabe(rng):
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"]) + _d(
        rng, 14
    )
    s = sum(int(c) * w % 10 for c, w in zip(body, [3, 7, 1] * 6)) % 10
    v = body + str((10 - s) % 10)
    assert clabe_ok(v)
    return Value("MX_CLABE", v, v)


def br_cpf(rng):
    while True:
        d = _d(rng, 9)
        for _ in range(2):
            n = len(d) + 1
            d += str(sum(int(c) * (n - i) for i, c in enumerate(d)) * 10 % 11 % 10)
        if cpf.is_valid(d):
            return Value("BR_CPF", rng.choice([cpf.format(d), d]), d)


def br_cnpj(rng):
    while True:
        b = _d(rng, 8) + "0001"
        v = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(v):
            return Value("BR_CNPJ", rng.choice([cnpj.format(v), v]), v)


def fr_nir(rng):
    while True:
        b = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _d(rng, 3)
            + _d(rng, 3)
        )
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return Value("FR_NIR", rng.choice([v, nir.format(v)]), v)


def de_idnr(rng):
    while True:
        digits = rng.sample(DIG, 9)
        if digits[0] == "0":
            continue
        digits.insert(rng.randint(1, 9), rng.choice(digits))
        body = "".join(digits)
        for c in DIG:
            if idnr.is_valid(body + c):
                v = body + c
                return Value("DE_TAX_ID", rng.choice([v, idnr.format(v)]), v)


def pt_nif(rng):
    while True:
        b = rng.choice("12356") + _d(rng, 7)
        v = b + nif.calc_check_digit(b)
        if nif.is_valid(v):
            return Value("PT_NIF", rng.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"]), v)


DRAW = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": make_iban,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": make_ssn,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": make_itin,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver,
    "PASSWORD": password,
    "USERNAME": username,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": akid,
    "AWS_SECRET_KEY": secret,
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
TYPES = list(DRAW)

VALIDATE = {
    "CREDIT_DEBIT_NUMBER": luhn.is_valid,
    "BANK_ROUTING": lambda v: len(v) != 9 or rtn.is_valid(v),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": clabe_ok,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
    "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v, None)),
}

LOCALE_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "en-IE": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "es-AR": "ES",
    "es-CO": "MX",
    "fr-FR": "FR",
    "fr-CA": "US",
    "fr-BE": "FR",
    "de-DE": "DE",
    "de-AT": "DE",
    "de-CH": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def draw(rng: random.Random, typ: str, locale: str) -> Value:
    if typ == "PHONE":
        region = LOCALE_REGION.get(locale, "US") if rng.random() < 0.75 else None
        v = phone(rng, region)
    else:
        v = DRAW[typ](rng)
    check = VALIDATE.get(typ)
    if check and not check(v.canon):
        raise ValueError(f"drawn {typ} fails its checksum")
    return v


# ---------------------------------------------------------------- hard negatives
def _fails_every_check(s: str) -> bool:
    """True if a digit string passes none of the checksums a detector could use."""
    if luhn.is_valid(s) if len(s) > 1 else False:
        return False
    checks = [
        rtn.is_valid,
        ssn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        clabe_ok,
        dni.is_valid,
        itin.is_valid,
    ]
    for c in checks:
        try:
            if c(s):
                return False
        except Exception:
            pass
    for region in ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
                return False
        except phonenumbers.NumberParseException:
            pass
    return True


def bare_digits(rng, lo: int, hi: int, lead0: bool = False) -> str:
    while True:
        s = (rng.choice(DIG) if lead0 else str(rng.randint(1, 9))) + _d(
            rng, rng.randint(lo, hi) - 1
        )
        if _fails_every_check(s):
            return s


POSTAL = {
    "en-US": lambda r: rng_zip(r),
    "es-US": lambda r: rng_zip(r),
    "en-GB": lambda r: (
        r.choice(["SW1A", "M1", "B33", "LS6", "EH8"])
        + f" {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    ),
    "en-IE": lambda r: "D" + f"{r.randint(1, 24):02d} " + _l(r, 1, "ACDEFHKNPRTVWXY") + _d(r, 3),
    "es-ES": lambda r: f"{r.randint(1, 52):02d}{r.randint(0, 999):03d}",
    "es-MX": lambda r: f"{r.randint(1, 99):02d}{r.randint(0, 999):03d}",
    "es-AR": lambda r: _l(r, 1, "CBSX") + f"{r.randint(1000, 9999)}" + _l(r, 3),
    "es-CO": lambda r: f"{r.randint(5, 99):02d}{r.randint(0, 9999):04d}",
    "fr-FR": lambda r: f"{r.randint(1, 95):02d}{r.randint(0, 999):03d}",
    "fr-BE": lambda r: f"{r.randint(1000, 9999)}",
    "fr-CA": lambda r: (
        f"{_l(r, 1, 'HGJ')}{r.randint(0, 9)}{_l(r, 1, 'ABCEGHJ')} {r.randint(0, 9)}{_l(r, 1, 'ABCEGHJ')}{r.randint(0, 9)}"
    ),
    "de-DE": lambda r: f"{r.randint(1, 99):02d}{r.randint(0, 999):03d}",
    "de-AT": lambda r: f"{r.randint(1000, 9999)}",
    "de-CH": lambda r: f"{r.randint(1000, 9999)}",
    "pt-BR": lambda r: f"{r.randint(1, 99):02d}{r.randint(0, 999):03d}-{r.randint(0, 999):03d}",
    "pt-PT": lambda r: f"{r.randint(1000, 9999)}-{r.randint(0, 999):03d}",
}


def rng_zip(r):
    z = f"{r.randint(1, 99):02d}{r.randint(0, 999):03d}"
    return z if r.random() < 0.5 else f"{z}-{r.randint(0, 9999):04d}"


def _date(r, locale):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
    if locale in ("en-US", "es-US"):
        return r.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{m:02d}/{d:02d}/{y % 100}"])
    if locale.startswith("de"):
        return r.choice([f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.", f"{d}.{m}."])
    return r.choice([f"{d}/{m}/{y}", f"{d:02d}/{m:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}"])


def _price(r, locale):
    a, c = r.randint(3, 1500), r.randint(0, 99)
    if locale in ("en-US", "es-US", "es-MX"):
        return r.choice(
            [f"${a}.{c:02d}", f"${a}", f"{a}.{c:02d} USD" if locale != "es-MX" else f"{a} pesos"]
        )
    if locale == "en-GB":
        return r.choice([f"£{a}.{c:02d}", f"£{a}"])
    if locale == "pt-BR":
        return r.choice([f"R$ {a},{c:02d}", f"R${a}", f"{a} reais"])
    if locale == "de-CH":
        return r.choice([f"CHF {a}.{c:02d}", f"{a} Fr."])
    if locale == "fr-CA":
        return f"{a},{c:02d} $"
    return r.choice([f"{a},{c:02d} €", f"{a}€", f"€{a}", f"{a},{c:02d}€"])


MODELS = [
    "iPhone 13",
    "Galaxy S21",
    "SM-A525F",
    "XR500",
    "RT-AX58U",
    "Pixel 7a",
    "TV-55QN90",
    "FRITZ!Box 7590",
    "Moto G54",
    "WH-1000XM4",
    "HB-2200",
    "DCP-L2530DW",
    "Redmi Note 12",
    "ThinkPad T14",
]


def must_keep(r: random.Random, kind: str, locale: str) -> str:
    if kind == "order_number":
        return r.choice(
            [
                bare_digits(r, 6, 10),
                f"{r.choice(['PED', 'ORD', 'BE', 'CMD', 'A'])}-{bare_digits(r, 5, 8)}",
                f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
            ]
        )
    if kind == "tracking_number":
        return r.choice(
            [
                f"1Z{_l(r, 6, UP + DIG)}{_d(r, 10)}",
                f"{_l(r, 2)}{_d(r, 9)}{r.choice(['BR', 'ES', 'PT', 'FR', 'DE'])}",
                bare_digits(r, 10, 11),
                f"JJD{_d(r, 15)}",
            ]
        )
    if kind == "postal_code":
        return POSTAL[locale](r)
    if kind == "date":
        return _date(r, locale)
    if kind == "time":
        h, m = r.randint(0, 23), r.choice([0, 15, 30, 45, r.randint(0, 59)])
        return r.choice(
            [
                f"{h}:{m:02d}",
                f"{h:02d}h{m:02d}" if locale[:2] in ("fr", "pt", "es") else f"{h}:{m:02d}",
                f"{r.randint(1, 12)}{r.choice(['am', 'pm'])}" if locale[:2] == "en" else f"{h}h",
            ]
        )
    if kind == "price":
        return _price(r, locale)
    if kind in ("quantity", "count"):
        return str(r.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, r.randint(2, 300)]))
    if kind == "percentage":
        return r.choice(
            [
                f"{r.randint(1, 99)}%",
                f"{r.randint(1, 50)} %",
                f"{r.randint(1, 30)},{r.randint(1, 9)}%",
            ]
        )
    if kind == "product_model":
        return r.choice(MODELS)
    if kind == "version":
        return r.choice(
            [
                f"{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 20)}",
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}",
                f"{r.randint(1, 4)}.{r.randint(0, 99)}",
            ]
        )
    if kind == "invoice_number":
        return r.choice(
            [
                f"FAC-{r.randint(2023, 2026)}-{_d(r, 5)}",
                f"INV{bare_digits(r, 6, 8)}",
                f"RE-{bare_digits(r, 5, 7)}",
                bare_digits(r, 7, 10),
            ]
        )
    if kind == "ticket_number":
        return r.choice([bare_digits(r, 5, 9), f"CS{bare_digits(r, 6, 8)}", f"INC{_d(r, 7)}"])
    if kind == "booking_reference":
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "policy_number":
        return r.choice(
            [
                f"POL-{bare_digits(r, 6, 9)}",
                f"{_l(r, 2)}{bare_digits(r, 7, 9)}",
                bare_digits(r, 8, 11),
            ]
        )
    if kind == "contract_number":
        return r.choice(
            [bare_digits(r, 8, 11), f"CT-{_d(r, 4)}-{_d(r, 5)}", f"V{bare_digits(r, 7, 9)}"]
        )
    if kind == "flight_number":
        return r.choice(
            ["IB", "UX", "VY", "LH", "AF", "TP", "LA", "AM", "BA", "UA", "G3", "AD"]
        ) + str(r.randint(10, 9999))
    if kind == "store_number":
        return r.choice([bare_digits(r, 4, 5), str(r.randint(10, 999))])
    if kind == "room_number":
        return r.choice([str(r.randint(101, 1450)), f"{r.randint(1, 9)}{_l(r, 1, 'ABC')}"])
    if kind == "error_code":
        return r.choice(
            [
                f"E{r.randint(100, 999)}",
                f"0x{r.randint(0x80000000, 0x8FFFFFFF):08X}",
                f"ERR_{r.randint(400, 599)}",
                f"{r.randint(400, 504)}",
                f"E-{r.randint(10, 99)}",
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                f"{r.choice([1, 2, 5, 10, 20, 50, 100])}GB",
                f"{r.randint(100, 900)} MB",
                f"{r.randint(1, 9)},{r.randint(1, 9)} GB",
                f"{r.choice([100, 300, 600, 1000])} Mbps",
            ]
        )
    if kind == "year":
        return str(r.randint(1990, 2026))
    if kind == "meter_reading":
        return bare_digits(r, 4, 6, lead0=True)
    if kind == "plate_number":
        loc = locale[:2]
        return {
            "es": f"{_d(r, 4)} {_l(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
            "pt": f"{_l(r, 3)}{r.randint(0, 9)}{_l(r, 1)}{_d(r, 2)}",
            "de": f"{r.choice(['B', 'M', 'HH', 'K', 'W'])}-{_l(r, 2)} {r.randint(1, 9999)}",
            "fr": f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}",
            "en": f"{_l(r, 2)}{_d(r, 2)} {_l(r, 3)}",
        }[loc]
    if kind == "seat_number":
        return f"{r.randint(1, 45)}{r.choice('ABCDEF')}"
    if kind == "duration":
        return str(r.randint(2, 90))
    raise KeyError(kind)


MUST_KEEP_KINDS = [
    "order_number",
    "tracking_number",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "count",
    "percentage",
    "product_model",
    "version",
    "invoice_number",
    "ticket_number",
    "booking_reference",
    "policy_number",
    "contract_number",
    "flight_number",
    "store_number",
    "room_number",
    "error_code",
    "data_size",
    "year",
    "meter_reading",
    "plate_number",
    "seat_number",
    "duration",
]
