"""Draw synthetic PII values and must_keep numbers, and validate them.

Every value is random and synthetic. Check digits come from python-stdnum where it has a module;
CLABE and the UK NINO have none there, so their small rules are written out here.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

DIGITS = string.digits
UPPER = string.ascii_uppercase


@dataclass(frozen=True)
class Value:
    type: str
    text: str  # the plain written form
    groups: tuple[str, ...]  # natural groups, joined they give the alphanumerics of text


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _alnum(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s)


def _chunks(s: str, sizes: list[int]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return tuple(x for x in out if x)


# ---------------------------------------------------------------- payment cards
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


def card(rng: random.Random, locale: str) -> Value:
    b = rng.choice(BINS)
    length = 15 if b.startswith("37") else 16
    body = b + _d(rng, length - len(b) - 1)
    num = body + luhn.calc_check_digit(body)
    groups = _chunks(num, [4, 6, 5]) if length == 15 else _chunks(num, [4, 4, 4, 4])
    return Value("CREDIT_DEBIT_NUMBER", num, groups)


def cvv(rng: random.Random, locale: str) -> Value:
    v = _d(rng, rng.choice([3, 3, 3, 4]))
    return Value("CREDIT_DEBIT_CVV", v, (v,))


def expiry(rng: random.Random, locale: str) -> Value:
    mm = "%02d" % rng.randint(1, 12)
    yy = "%02d" % rng.randint(26, 33)
    style = rng.choice(["/", "/", "-", "/20"])
    if style == "/20":
        return Value("CREDIT_DEBIT_EXPIRY", f"{mm}/20{yy}", (mm, "20" + yy))
    return Value("CREDIT_DEBIT_EXPIRY", f"{mm}{style}{yy}", (mm, yy))


def pin(rng: random.Random, locale: str) -> Value:
    v = _d(rng, rng.choice([4, 4, 4, 6]))
    return Value("PIN", v, (v,))


# ---------------------------------------------------------------- banking
def bank_account(rng: random.Random, locale: str) -> Value:
    if locale.startswith("pt-BR"):
        a, dv = _d(rng, rng.choice([5, 6, 8])), _d(rng, 1)
        return Value("BANK_ACCOUNT_NUMBER", f"{a}-{dv}", (a, dv))
    if locale == "en-GB":
        v = _d(rng, 8)
        return Value("BANK_ACCOUNT_NUMBER", v, _chunks(v, [4, 4]))
    if locale.startswith("de"):
        v = str(rng.randint(1, 9)) + _d(rng, 9)
        return Value("BANK_ACCOUNT_NUMBER", v, _chunks(v, [3, 3, 4]))
    v = str(rng.randint(1, 9)) + _d(rng, rng.choice([8, 9, 10, 11]))
    return Value("BANK_ACCOUNT_NUMBER", v, _chunks(v, [4, 4, 4]))


def routing(rng: random.Random, locale: str) -> Value:
    if locale == "en-GB":
        v = _d(rng, 6)
        return Value("BANK_ROUTING", f"{v[:2]}-{v[2:4]}-{v[4:]}", _chunks(v, [2, 2, 2]))
    if locale.startswith("de"):
        v = str(rng.randint(1, 8)) + _d(rng, 7)
        return Value("BANK_ROUTING", v, _chunks(v, [3, 3, 2]))
    if locale.startswith("pt-BR"):
        a, dv = _d(rng, 4), _d(rng, 1)
        return Value("BANK_ROUTING", f"{a}-{dv}", (a, dv))
    body = rng.choice(["0", "1", "2", "3"]) + _d(rng, 7)
    v = body + rtn.calc_check_digit(body)
    return Value("BANK_ROUTING", v, _chunks(v, [3, 3, 3]))


def _iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


IBAN_BBAN = {
    "ES": lambda r: _es_bban(r),
    "DE": lambda r: str(r.randint(1, 8)) + _d(r, 17),
    "FR": lambda r: _d(r, 23),
    "PT": lambda r: "0" + _d(r, 20),
    "GB": lambda r: "".join(r.choice(UPPER) for _ in range(4)) + _d(r, 14),
    "BR": lambda r: _d(r, 23) + r.choice("CP") + r.choice("123"),
    "IT": lambda r: r.choice(UPPER) + _d(r, 22),
    "NL": lambda r: "".join(r.choice(UPPER) for _ in range(4)) + _d(r, 10),
    "BE": lambda r: _d(r, 12),
    "AT": lambda r: _d(r, 16),
    "CH": lambda r: _d(r, 17),
    "MX": None,
}
IBAN_BY_LOCALE = {
    "es-ES": ["ES", "ES", "PT"],
    "es-MX": ["ES", "DE"],
    "es-US": ["ES", "GB"],
    "es-AR": ["ES", "IT"],
    "en-US": ["GB", "DE"],
    "en-GB": ["GB", "GB", "NL"],
    "fr-FR": ["FR", "FR", "BE"],
    "fr-CA": ["FR", "CH"],
    "fr-BE": ["BE", "FR"],
    "de-DE": ["DE", "DE", "AT"],
    "de-AT": ["AT", "DE"],
    "de-CH": ["CH", "DE"],
    "pt-BR": ["BR", "PT"],
    "pt-PT": ["PT", "PT", "ES"],
}


def _es_bban(r: random.Random) -> str:
    bank, office, acct = _d(r, 4), _d(r, 4), _d(r, 10)
    return bank + office + ccc.calc_check_digits(bank + office + "00" + acct) + acct


def international_bank_account(rng: random.Random, locale: str) -> Value:
    country = rng.choice(IBAN_BY_LOCALE.get(locale, ["DE"]))
    for _ in range(5000):
        bban = IBAN_BBAN[country](rng)  # type: ignore[misc]
        v = country + _iban_check(country, bban) + bban
        if iban.is_valid(v):
            return Value(
                "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
                v,
                tuple(v[i : i + 4] for i in range(0, len(v), 4)),
            )
    raise RuntimeError("no valid IBAN drawn for " + country)


def swift(rng: random.Random, locale: str) -> Value:
    cc = {"es": "ES", "en": "GB", "fr": "FR", "de": "DE", "pt": "PT"}[locale[:2]]
    if locale in ("es-MX", "pt-BR", "en-US", "fr-CA", "de-AT", "de-CH", "fr-BE"):
        cc = locale[3:5]
    while True:
        v = (
            "".join(rng.choice(UPPER) for _ in range(4))
            + cc
            + rng.choice(UPPER)
            + rng.choice(UPPER + DIGITS)
        )
        if rng.random() < 0.4:
            v += rng.choice(["XXX", _d(rng, 3), rng.choice(UPPER) + _d(rng, 2)])
        if bic.is_valid(v):
            return Value(
                "SWIFT_CODE",
                v,
                (v[:4], v[4:6], v[6:8], v[8:]) if len(v) > 8 else (v[:4], v[4:6], v[6:8]),
            )


# ---------------------------------------------------------------- contact, online
FIRST = [
    "ana",
    "luis",
    "marta",
    "jo",
    "kevin",
    "sofia",
    "lea",
    "jonas",
    "joao",
    "bruna",
    "chloe",
    "mehdi",
    "sam",
    "priya",
    "diego",
    "lucia",
    "fatima",
    "noah",
    "ines",
    "tiago",
    "emma",
    "paul",
    "hanna",
    "yuki",
    "carla",
]
LAST = [
    "garcia",
    "moreau",
    "schulz",
    "silva",
    "costa",
    "ortiz",
    "smith",
    "dubois",
    "weber",
    "lopes",
    "nunez",
    "martin",
    "roux",
    "keller",
    "santos",
    "reyes",
    "oneill",
    "fischer",
    "pereira",
    "lambert",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.es",
    "example.com.br",
    "example.fr",
    "post.example.de",
    "example.co.uk",
    "example.com.mx",
    "example.pt",
]


def email(rng: random.Random, locale: str) -> Value:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    user = rng.choice(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f}_{l}",
            f"{f[0]}{l}",
            f"{f}.{l}{_d(rng, 2)}",
            f"{l}{_d(rng, 4)}",
            f"{f}+{rng.choice(['shop', 'promo', 'bank'])}",
        ]
    )
    v = f"{user}@{rng.choice(DOMAINS)}"
    return Value("EMAIL", v, (v,))


PHONE_REGIONS = {
    "es-ES": ["ES"],
    "es-MX": ["MX"],
    "es-US": ["US", "MX"],
    "es-AR": ["ES", "US"],
    "en-US": ["US"],
    "en-GB": ["GB"],
    "fr-FR": ["FR"],
    "fr-CA": ["US"],
    "fr-BE": ["FR"],
    "de-DE": ["DE"],
    "de-AT": ["DE"],
    "de-CH": ["DE"],
    "pt-BR": ["BR"],
    "pt-PT": ["PT"],
}


def _phone_national(rng: random.Random, region: str) -> str:
    if region == "US":
        return (
            rng.choice(["202", "212", "305", "312", "415", "617", "713", "206"])
            + "55501"
            + _d(rng, 2)
        )
    if region == "GB":
        return rng.choice(
            ["020 7946 0", "0113 496 0", "0117 496 0", "0121 496 0", "0161 496 0"]
        ).replace(" ", "") + _d(rng, 3)
    if region == "ES":
        return rng.choice(["6", "6", "7", "91", "93"]).ljust(1) + _d(
            rng, 8 if rng.random() < 0.6 else 7
        )
    if region == "MX":
        return rng.choice(["55", "33", "81", "222"]) + _d(rng, 8)
    if region == "BR":
        return rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + _d(rng, 8)
    if region == "FR":
        return "0" + rng.choice(["6", "7", "1", "4"]) + _d(rng, 8)
    if region == "DE":
        return rng.choice(["0151", "0160", "0170", "0176", "030", "089"]) + _d(
            rng, 8 if rng.random() < 0.5 else 7
        )
    if region == "PT":
        return rng.choice(["91", "92", "93", "96", "21", "22"]) + _d(rng, 7)
    raise KeyError(region)


def phone(rng: random.Random, locale: str) -> Value:
    region = rng.choice(PHONE_REGIONS[locale])
    for _ in range(2000):
        n = phonenumbers.parse(_phone_national(rng, region), region)
        if not phonenumbers.is_valid_number(n):
            continue
        fmt = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.E164,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
            ]
        )
        text = phonenumbers.format_number(n, fmt)
        groups = tuple(g for g in re.split(r"[^0-9+]+", text) if g)
        return Value("PHONE", text, groups)
    raise RuntimeError("no valid phone for " + region)


def phone_is_valid(text: str, locale: str) -> bool:
    for region in PHONE_REGIONS[locale]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def password(rng: random.Random, locale: str) -> Value:
    words = [
        "Tigre",
        "sol",
        "Luna",
        "mango",
        "Kite",
        "blue",
        "Sommer",
        "gato",
        "Pipoca",
        "chat",
        "Raio",
        "wolf",
        "Nuvem",
        "hiver",
        "Baum",
        "fuego",
        "Maple",
        "onda",
        "Stern",
        "pluie",
    ]
    w1, w2 = rng.choice(words), rng.choice(words)
    v = rng.choice(
        [
            f"{w1}{rng.choice('!#$*_.-')}{_d(rng, rng.randint(2, 4))}",
            f"{w1}{w2}{_d(rng, 2)}{rng.choice('!?*#')}",
            "".join(rng.choice(string.ascii_letters + DIGITS) for _ in range(rng.randint(9, 14))),
            f"{w1.lower()}_{w2}{_d(rng, 1)}",
            f"{_d(rng, 2)}{w1}{rng.choice('!$')}{w2.upper()}",
        ]
    )
    return Value("PASSWORD", v, (v,))


def password_word(rng: random.Random) -> str:
    """A password with no shape of its own (for context_only)."""
    return rng.choice(
        [
            "girassol",
            "sunflower",
            "mariposa",
            "papillon",
            "Schmetterling",
            "tortuga",
            "pinguim",
            "dragonfly",
            "cerezo",
            "Kuckuck",
            "framboise",
            "jacaranda",
            "lighthouse",
            "azulejo",
        ]
    )


def username(rng: random.Random, locale: str) -> Value:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    v = rng.choice(
        [
            f"{f}_{l[0]}{_d(rng, 2)}",
            f"{f}.{l}",
            f"{l}{f[0]}{_d(rng, 3)}",
            f"{f}{l}",
            f"x{f}{l}x",
            f"{f}-{l}-{_d(rng, 2)}",
        ]
    )
    return Value("USERNAME", v, (v,))


def ip(rng: random.Random, locale: str) -> Value:
    if rng.random() < 0.2:
        v = "2001:db8:%x:%x::%x" % (
            rng.randint(1, 0xFFFF),
            rng.randint(1, 0xFFFF),
            rng.randint(1, 0xFFFF),
        )
    else:
        v = rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + "." + str(rng.randint(1, 254))
    return Value("IP_ADDRESS", v, (v,))


def mac(rng: random.Random, locale: str) -> Value:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] = (octets[0] & 0xFC) | 0x02  # locally administered: never a real vendor prefix
    hexs = ["%02x" % o for o in octets]
    if rng.random() < 0.5:
        hexs = [h.upper() for h in hexs]
    style = rng.choice([":", ":", "-", "."])
    if style == ".":
        h = "".join(hexs)
        v = ".".join(h[i : i + 4] for i in range(0, 12, 4))
    else:
        v = style.join(hexs)
    return Value("MAC_ADDRESS", v, (v,))


B32 = UPPER + "234567"
B64 = string.ascii_letters + DIGITS + "/+"


def aws_access_key(rng: random.Random, locale: str) -> Value:
    v = rng.choice(["AKIA", "AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
    return Value("AWS_ACCESS_KEY", v, (v,))


def aws_secret_key(rng: random.Random, locale: str) -> Value:
    v = "".join(rng.choice(B64) for _ in range(40))
    return Value("AWS_SECRET_KEY", v, (v,))


# ---------------------------------------------------------------- US / UK identifiers
def us_ssn(rng: random.Random, locale: str) -> Value:
    while True:
        a, g, s = (
            "%03d" % rng.randint(1, 899),
            "%02d" % rng.randint(1, 99),
            "%04d" % rng.randint(1, 9999),
        )
        if ssn.is_valid(a + g + s):
            text = rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", a + g + s, f"{a} {g} {s}"])
            return Value("SSN", text, (a, g, s))


def us_itin(rng: random.Random, locale: str) -> Value:
    while True:
        a, g, s = (
            "9" + _d(rng, 2),
            "%02d" % rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]),
            _d(rng, 4),
        )
        if itin.is_valid(a + g + s):
            return Value(
                "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
                rng.choice([f"{a}-{g}-{s}", a + g + s]),
                (a, g, s),
            )


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_is_valid(v: str) -> bool:
    v = _alnum(v).upper()
    return (
        bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", v))
        and v[:2] not in NINO_BAD_PREFIX
    )


def uk_nino(rng: random.Random, locale: str) -> Value:
    while True:
        v = rng.choice(UPPER) + rng.choice(UPPER) + _d(rng, 6) + rng.choice("ABCD")
        if nino_is_valid(v):
            text = rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"])
            return Value(
                "UK_NATIONAL_INSURANCE_NUMBER", text, (v[:2], v[2:4], v[4:6], v[6:8], v[8])
            )


def passport(rng: random.Random, locale: str) -> Value:
    c = locale[:2]
    if locale in ("en-US", "es-US"):
        v = rng.choice("56") + _d(rng, 8)
    elif locale == "en-GB":
        v = "1" + _d(rng, 8)
    elif c == "es":
        v = (
            rng.choice(["PA", "PB", "XD", "G"])
            + rng.choice(UPPER) * 0
            + _d(rng, 7 if locale != "es-ES" else 6)
        )
        if locale == "es-ES":
            v = "P" + "".join(rng.choice(UPPER) for _ in range(2)) + _d(rng, 6)
    elif c == "fr":
        v = _d(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _d(rng, 5)
    elif c == "de":
        v = rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    elif locale == "pt-BR":
        v = "".join(rng.choice(UPPER) for _ in range(2)) + _d(rng, 6)
    else:
        v = rng.choice(UPPER) + _d(rng, 6)
    return Value("PASSPORT_NUMBER", v, (v,))


def driver_id(rng: random.Random, locale: str) -> Value:
    if locale == "en-GB":
        surname = (rng.choice(LAST).upper() + "99999")[:5]
        v = (
            surname
            + _d(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + _d(rng, 1)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    elif locale.startswith("de"):
        v = (
            rng.choice(UPPER)
            + _d(rng, 3)
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
            + _d(rng, 1)
        )
    elif locale.startswith("fr"):
        v = _d(rng, 12)
    elif locale == "pt-BR":
        v = _d(rng, 11)
    elif locale == "pt-PT":
        v = rng.choice(["L", "P", "C"]) + "-" + _d(rng, 7)
    elif locale == "es-ES":
        v = dni_value(rng)
    else:
        v = rng.choice(UPPER) + _d(rng, 7)
    return Value("DRIVER_ID", v, (v,))


# ---------------------------------------------------------------- national identifiers
def dni_value(rng: random.Random) -> str:
    n = _d(rng, 8)
    return n + dni.calc_check_digit(n)


def es_dni(rng: random.Random, locale: str) -> Value:
    v = dni_value(rng)
    return Value(
        "ES_DNI",
        rng.choice([v, v, f"{v[:8]}-{v[8]}", f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}"]),
        (v[:8], v[8]),
    )


def es_nie(rng: random.Random, locale: str) -> Value:
    p, n = rng.choice("XYZ"), _d(rng, 7)
    v = p + n + nie.calc_check_digit(p + n)
    return Value("ES_NIE", rng.choice([v, v, f"{p}-{n}-{v[-1]}"]), (p, n, v[-1]))


CURP_STATES = [
    "AS",
    "BC",
    "CC",
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
    "SP",
    "VZ",
    "YN",
]
CONS = "BCDFGHJKLMNPQRSTVWXZ"
VOW = "AEIOU"


def mx_curp(rng: random.Random, locale: str) -> Value:
    while True:
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice(CONS)
            + rng.choice(VOW)
            + rng.choice(CONS)
            + rng.choice(CONS)
            + "%02d%02d%02d" % (yy, mm, dd)
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + rng.choice(DIGITS)
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return Value("MX_CURP", v, (v,))


def mx_rfc(rng: random.Random, locale: str) -> Value:
    while True:
        body = (
            rng.choice(CONS)
            + rng.choice(VOW)
            + rng.choice(CONS)
            + rng.choice(CONS)
            + "%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28))
            + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
            + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        )
        v = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(v):
            text = rng.choice([v, v, f"{v[:4]}-{v[4:10]}-{v[10:]}", f"{v[:4]} {v[4:10]} {v[10:]}"])
            return Value("MX_RFC", text, (v[:4], v[4:10], v[10:]))


def clabe_check(d17: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(d17)) % 10) % 10)


def clabe_is_valid(v: str) -> bool:
    v = _alnum(v)
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(rng: random.Random, locale: str) -> Value:
    body = rng.choice(["002", "012", "014", "021", "030", "036", "072", "127"]) + _d(rng, 14)
    v = body + clabe_check(body)
    return Value("MX_CLABE", v, (v[:3], v[3:6], v[6:17], v[17]))


def br_cpf(rng: random.Random, locale: str) -> Value:
    while True:
        n = _d(rng, 9)
        v = n + cpf._calc_check_digits(n)
        if cpf.is_valid(v):
            return Value(
                "BR_CPF",
                rng.choice([cpf.format(v), cpf.format(v), v]),
                (v[:3], v[3:6], v[6:9], v[9:]),
            )


def br_cnpj(rng: random.Random, locale: str) -> Value:
    while True:
        n = _d(rng, 8) + "0001"
        v = n + cnpj.calc_check_digits(n)
        if cnpj.is_valid(v):
            return Value(
                "BR_CNPJ",
                rng.choice([cnpj.format(v), cnpj.format(v), v]),
                (v[:2], v[2:5], v[5:8], v[8:12], v[12:]),
            )


def fr_nir(rng: random.Random, locale: str) -> Value:
    while True:
        body = (
            rng.choice("12")
            + "%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12))
            + "%02d" % rng.randint(1, 95)
            + _d(rng, 6)
        )
        if body[5:7] in ("20",):
            continue
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            g = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
            return Value("FR_NIR", rng.choice([v, " ".join(g)]), g)


def de_tax_id(rng: random.Random, locale: str) -> Value:
    while True:
        n = str(rng.randint(1, 9)) + _d(rng, 9)
        v = n + mod_11_10.calc_check_digit(n)
        if idnr.is_valid(v):
            return Value(
                "DE_TAX_ID",
                rng.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"]),
                (v[:2], v[2:5], v[5:8], v[8:]),
            )


def pt_nif(rng: random.Random, locale: str) -> Value:
    while True:
        n = rng.choice("1235") + _d(rng, 7)
        v = n + nif.calc_check_digit(n)
        if nif.is_valid(v):
            return Value(
                "PT_NIF", rng.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"]), (v[:3], v[3:6], v[6:])
            )


DRAW = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": bank_account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": international_bank_account,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": us_ssn,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": us_itin,
    "UK_NATIONAL_INSURANCE_NUMBER": uk_nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver_id,
    "PASSWORD": password,
    "USERNAME": username,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
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


def is_valid(v: Value, locale: str) -> bool:
    """Check digits (or format) of a drawn value, in its plain form."""
    a = _alnum(v.text).upper()
    t = v.type
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(a) and a[:6] in BINS,
        "BANK_ROUTING": lambda: rtn.is_valid(a) if len(a) == 9 else a.isdigit(),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(a),
        "SWIFT_CODE": lambda: bic.is_valid(a),
        "PHONE": lambda: phone_is_valid(v.text, locale),
        "SSN": lambda: ssn.is_valid(a),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(a),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_is_valid(a),
        "ES_DNI": lambda: dni.is_valid(a),
        "ES_NIE": lambda: nie.is_valid(a),
        "MX_CURP": lambda: curp.is_valid(a),
        "MX_RFC": lambda: rfc.is_valid(a),
        "MX_CLABE": lambda: clabe_is_valid(a),
        "BR_CPF": lambda: cpf.is_valid(a),
        "BR_CNPJ": lambda: cnpj.is_valid(a),
        "FR_NIR": lambda: nir.is_valid(a),
        "DE_TAX_ID": lambda: idnr.is_valid(a),
        "PT_NIF": lambda: nif.is_valid(a),
        "EMAIL": lambda: re.fullmatch(r"[a-z0-9._+-]+@[a-z.]+", v.text) is not None,
        "CREDIT_DEBIT_EXPIRY": lambda: 1 <= int(a[:2]) <= 12,
    }
    return checks.get(t, lambda: True)()


# ---------------------------------------------------------------- hard negatives
def looks_like_pii(digits: str) -> bool:
    """True if a bare digit run passes any checksum or phone rule we label as PII."""
    n = len(digits)
    if luhn.is_valid(digits):
        return True
    if n == 9 and (
        rtn.is_valid(digits)
        or nif.is_valid(digits)
        or ssn.is_valid(digits)
        or itin.is_valid(digits)
    ):
        return True
    if n == 11 and (cpf.is_valid(digits) or idnr.is_valid(digits)):
        return True
    if n == 14 and cnpj.is_valid(digits):
        return True
    if n in (13, 15) and nir.is_valid(digits):
        return True
    if n == 18 and clabe_is_valid(digits):
        return True
    for region in ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def safe_digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    # Nine digits nearly always pass SSN, ITIN, NIF or a phone rule; area 000 never does.
    prefix = "000" if n == 9 else ""
    while True:
        v = prefix + rng.choice(first) + _d(rng, n - 1 - len(prefix))
        if not looks_like_pii(v):
            return v
