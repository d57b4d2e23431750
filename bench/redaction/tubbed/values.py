"""Synthetic values for the `tubbed` corpus, drawn from a seeded Random and checked.

Every checksummed identifier is built with, and validated by, python-stdnum; phone numbers by
phonenumbers; hard negatives (`must_keep`) are re-drawn until none of their digit runs passes
any of the checks a redactor might use.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

TYPES = [
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
]

# Short codes used in the templates.
CODES = {
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
    "AKSECRET": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUERID": "DE_TAX_ID",
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

UP = string.ascii_uppercase
DIG = string.digits


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(DIG) for _ in range(n))


def _luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + _d(r, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


# --- cards -----------------------------------------------------------------------------------
BINS = [
    "411111",
    "400000",
    "424242",
    "401288",
    "555555",
    "510510",
    "222300",
    "378282",
    "371449",
    "601111",
    "353011",
    "305693",
]


def card(r: random.Random) -> tuple[str, str]:
    """Return (printed card number, brand) - brand decides CVV length."""
    b = r.choice(BINS)
    if b.startswith("3") and b[:2] in ("37", "34"):
        n = _luhn_complete(b, 15, r)
        printed = r.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
        return printed, "amex"
    if b == "305693":
        n = _luhn_complete(b, 14, r)
        printed = r.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n])
        return printed, "diners"
    n = _luhn_complete(b, 16, r)
    printed = r.choice(
        [
            " ".join(n[i : i + 4] for i in range(0, 16, 4)),
            n,
            "-".join(n[i : i + 4] for i in range(0, 16, 4)),
            " ".join(n[i : i + 4] for i in range(0, 16, 4)),
        ]
    )
    return printed, "visa"


def cvv(r: random.Random, amex: bool = False) -> str:
    return _d(r, 4 if amex else 3)


def expiry(r: random.Random) -> str:
    m = r.randint(1, 12)
    y = r.randint(2027, 2033)
    return r.choice(
        [
            f"{m:02d}/{y % 100:02d}",
            f"{m:02d}/{y}",
            f"{m:02d}-{y % 100:02d}",
            f"{m:02d}/{y % 100:02d}",
        ]
    )


def pin(r: random.Random) -> str:
    return _d(r, r.choice([4, 4, 4, 6]))


# --- credentials -----------------------------------------------------------------------------
_WORDS = [
    "tigre",
    "Lua",
    "mango",
    "Falke",
    "girasol",
    "Pinguim",
    "nuage",
    "cobalto",
    "Ozean",
    "saudade",
    "Bretzel",
    "colibri",
    "Zorro",
    "maracuja",
    "Eiche",
    "papillon",
    "Sierra",
    "Kiwi",
    "Quokka",
    "trovao",
]
_FIRST = [
    "marta",
    "joao",
    "lucie",
    "jens",
    "ana",
    "diego",
    "chloe",
    "rafa",
    "ines",
    "tobias",
    "kim",
    "bea",
    "nuno",
    "yara",
    "olek",
    "sofia",
    "hugo",
    "lena",
    "ximena",
    "priya",
]
_LAST = [
    "vellanova",
    "okafor",
    "brandl",
    "quesnel",
    "marinho",
    "tolosa",
    "hartwig",
    "ferrao",
    "castaneda",
    "delacroix",
    "oyelaran",
    "pastrana",
    "wendling",
    "sequeira",
    "lindqvist",
    "arbenz",
    "morvan",
    "iturbe",
    "kowal",
    "zanetti",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.org",
    "example.test",
    "post.example.net",
]


def password(r: random.Random) -> str:
    w = r.choice(_WORDS)
    sym = r.choice("!#$*?_.@%&")
    shape = r.randint(0, 3)
    if shape == 0:
        return f"{w.capitalize()}{_d(r, r.randint(2, 4))}{sym}"
    if shape == 1:
        return f"{sym}{w}{r.choice(UP)}{_d(r, 2)}{r.choice(_WORDS).lower()}"
    if shape == 2:
        return "".join(
            r.choice(string.ascii_letters + DIG + "!#$%") for _ in range(r.randint(10, 14))
        )
    return f"{w}{sym}{r.choice(_WORDS)}{_d(r, 1)}"


def username(r: random.Random) -> str:
    f, l = r.choice(_FIRST), r.choice(_LAST)
    return r.choice(
        [
            f"{f}.{l}{_d(r, 2)}",
            f"{f}_{l[:4]}",
            f"{f[0]}{l}{_d(r, 3)}",
            f"{l}{f[:2]}",
            f"{f}{_d(r, 4)}",
            f"{f}-{l}",
        ]
    )


def email(r: random.Random) -> str:
    f, l = r.choice(_FIRST), r.choice(_LAST)
    local = r.choice(
        [f"{f}.{l}", f"{f}{l[:3]}{_d(r, 2)}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f}{_d(r, 4)}"]
    )
    return f"{local}@{r.choice(DOMAINS)}"


# --- phones ----------------------------------------------------------------------------------
def _phone_digits(region: str, r: random.Random) -> str:
    if region == "US":
        return f"{r.choice(['202', '312', '415', '617', '305', '206', '512'])}5550{r.randint(100, 199)}"
    if region == "GB":
        return r.choice(
            [
                f"0207946{_d(r, 4)}",
                f"0113496{_d(r, 4)}",
                f"0161496{_d(r, 4)}",
                f"07{r.choice('45789')}{_d(r, 8)}",
            ]
        )
    if region == "ES":
        return r.choice(["6", "7", "9"]) + _d(r, 8)
    if region == "MX":
        return r.choice(["55", "33", "81", "222", "998"]) + _d(r, 8 if r.random() < 0.6 else 7)
    if region == "FR":
        return "0" + r.choice(["6", "7", "1", "4"]) + _d(r, 8)
    if region == "DE":
        return r.choice(
            [
                f"015{r.choice('1279')}{_d(r, 7)}",
                f"017{r.choice('0123456789')}{_d(r, 7)}",
                f"030{_d(r, 8)}",
                f"089{_d(r, 7)}",
            ]
        )
    if region == "BR":
        return r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + _d(r, 8)
    if region == "PT":
        return r.choice(["91", "92", "93", "96", "21", "22"]) + _d(r, 7)
    raise ValueError(region)


def phone(r: random.Random, locale: str) -> str:
    region = REGION[locale]
    for _ in range(200):
        raw = _phone_digits(region, r)
        num = phonenumbers.parse(raw, region)
        if not phonenumbers.is_valid_number(num):
            continue
        style = r.random()
        if style < 0.45:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if style < 0.8:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if style < 0.9:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        return "".join(
            ch
            for ch in phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            if ch.isdigit()
        )
    raise RuntimeError("no valid phone")


def phone_is_valid(text: str, locale: str) -> bool:
    try:
        num = phonenumbers.parse(text, REGION[locale])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


# --- banking ---------------------------------------------------------------------------------
def bank_account(r: random.Random, locale: str) -> str:
    c = REGION[locale]
    if c == "US":
        return _d(r, r.choice([9, 10, 12]))
    if c == "GB":
        return _d(r, 8)
    if c == "DE":
        return str(r.randint(1, 9)) + _d(r, 9)
    if c == "ES":
        return f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)} {_d(r, 10)}" if r.random() < 0.3 else _d(r, 10)
    if c == "MX":
        return _d(r, r.choice([10, 11]))
    if c == "FR":
        return _d(r, 11)
    if c == "BR":
        return f"{_d(r, r.choice([5, 6, 8]))}-{r.choice(DIG)}"
    return _d(r, 11)  # PT


def routing(r: random.Random, locale: str) -> str:
    c = REGION[locale]
    if c in ("US", "MX"):
        body = r.choice(["0", "1", "2", "3"]) + str(r.randint(0, 9)) + _d(r, 6)
        return body + rtn.calc_check_digit(body)
    if c == "GB":
        return f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}"
    if c == "DE":
        return f"{r.randint(1, 8)}{_d(r, 2)} {_d(r, 3)} {_d(r, 2)}"
    if c == "ES":
        return f"{_d(r, 4)} {_d(r, 4)}"
    if c == "FR":
        return f"{_d(r, 5)} {_d(r, 5)}"
    if c == "BR":
        return f"{_d(r, 4)}-{r.choice(DIG)}"
    return f"{_d(r, 4)} {_d(r, 4)}"  # PT: banco + balcao


def _fr_rib_key(bank: str, branch: str, acct: str) -> str:
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97))


def iban_value(r: random.Random, locale: str) -> str:
    c = REGION[locale]
    for _ in range(100):
        if c in ("GB", "US"):
            cc, bban = "GB", r.choice(["NWBK", "BARC", "HBUK", "CPBK"]) + _d(r, 14)
        elif c in ("ES", "MX"):
            b, o, a = _d(r, 4), _d(r, 4), _d(r, 10)
            cc, bban = "ES", b + o + ccc.calc_check_digits(b + o + "00" + a) + a
        elif c == "FR":
            b, g, a = _d(r, 5), _d(r, 5), _d(r, 11)
            cc, bban = "FR", b + g + a + _fr_rib_key(b, g, a)
        elif c == "DE":
            cc, bban = "DE", _d(r, 18)
        elif c == "BR":
            cc, bban = "BR", _d(r, 23) + r.choice("CP") + "1"
        else:
            body = _d(r, 19)
            chk = 98 - (int(body + "00") % 97)
            cc, bban = "PT", body + "%02d" % chk
        value = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(value):
            return iban.format(value) if r.random() < 0.75 else value
    raise RuntimeError("iban")


def swift(r: random.Random, locale: str) -> str:
    cc = {
        "US": "US",
        "GB": "GB",
        "ES": "ES",
        "MX": "MX",
        "FR": "FR",
        "DE": "DE",
        "BR": "BR",
        "PT": "PT",
    }[REGION[locale]]
    bank = "".join(r.choice("ABCDEFGHJKMNPRSTUVWXYZ") for _ in range(4))
    loc = r.choice("ABCDEFGHJKMNPRSTUVWXYZ") + r.choice("ABCDEFGHJKMNPRSTUVWXYZ23456789")
    v = bank + cc + loc + (r.choice(["", "XXX", "".join(r.choice(UP) for _ in range(3))]))
    bic.validate(v)
    return v


# --- US / UK ---------------------------------------------------------------------------------
def ssn_value(r: random.Random) -> str:
    while True:
        v = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return ssn.format(v) if r.random() < 0.8 else v


def itin_value(r: random.Random) -> str:
    while True:
        g = r.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        v = f"9{_d(r, 2)}{g:02d}{_d(r, 4)}"
        if itin.is_valid(v):
            return itin.format(v) if r.random() < 0.8 else v


def nino(r: random.Random) -> str:
    bad_pairs = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    first = [c for c in UP if c not in "DFIQUV"]
    second = [c for c in UP if c not in "DFIOQUV"]
    while True:
        p = r.choice(first) + r.choice(second)
        if p not in bad_pairs:
            break
    d = _d(r, 6)
    s = r.choice("ABCD")
    return r.choice([f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"])


# --- passports, driving licences -------------------------------------------------------------
def passport(r: random.Random, locale: str) -> str:
    c = REGION[locale]
    if c in ("US", "GB"):
        return _d(r, 9)
    if c == "ES":
        return "".join(r.choice(UP) for _ in range(3)) + _d(r, 6)
    if c == "MX":
        return r.choice("GEN") + _d(r, 8)
    if c == "FR":
        return _d(r, 2) + "".join(r.choice(UP) for _ in range(2)) + _d(r, 5)
    if c == "DE":
        return r.choice("CFGHJK") + "".join(
            r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if c == "BR":
        return "".join(r.choice(UP) for _ in range(2)) + _d(r, 6)
    return r.choice("CP") + "".join(r.choice(UP)) + _d(r, 6)  # PT


def driver_id(r: random.Random, locale: str) -> str:
    c = REGION[locale]
    if c == "US":
        return r.choice(
            [
                r.choice(UP) + _d(r, 7),
                _d(r, 9),
                r.choice(UP) + _d(r, 12),
                f"{r.choice(UP)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}",
            ]
        )
    if c == "GB":
        sur = "".join(r.choice(UP) for _ in range(5))
        return f"{sur}{_d(r, 6)}{r.choice(UP)}{r.choice(UP)}{r.choice(DIG)}{r.choice(UP)}{r.choice(UP)}"
    if c == "ES":
        num = _d(r, 8)
        return num + dni.calc_check_digit(num)
    if c == "MX":
        return r.choice(UP) + _d(r, 8)
    if c == "FR":
        return _d(r, 12)
    if c == "DE":
        return (
            r.choice(UP) + _d(r, 3) + "".join(r.choice(UP + DIG) for _ in range(6)) + r.choice(DIG)
        )
    if c == "BR":
        return _d(r, 11)
    return f"{r.choice(['L', 'P', 'C', 'AV'])}-{_d(r, 6)} {r.choice(DIG)}"  # PT


# --- network, cloud --------------------------------------------------------------------------
def ip(r: random.Random) -> str:
    if r.random() < 0.2:
        return (
            f"2001:db8:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFF):x}"
        )
    net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{r.randint(1, 254)}"


def mac(r: random.Random) -> str:
    first = r.randint(0, 63) * 4 + 2  # locally administered, unicast
    octs = [first] + [r.randint(0, 255) for _ in range(5)]
    sep = r.choice([":", ":", "-"])
    s = sep.join(f"{o:02x}" for o in octs)
    return s.upper() if r.random() < 0.6 else s


B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + DIG + "/+"


def aws_key_id(r: random.Random) -> str:
    return r.choice(["AKIA", "AKIA", "ASIA"]) + "".join(r.choice(B32) for _ in range(16))


def aws_secret(r: random.Random) -> str:
    return "".join(r.choice(B64) for _ in range(40))


# --- Spain, Mexico, Brazil, France, Germany, Portugal -----------------------------------------
def es_dni(r: random.Random) -> str:
    n = _d(r, 8)
    v = n + dni.calc_check_digit(n)
    dni.validate(v)
    return v if r.random() < 0.8 else f"{v[:8]}-{v[8]}"


def es_nie(r: random.Random) -> str:
    p = r.choice("XYZ")
    n = _d(r, 7)
    v = p + n + nie.calc_check_digit(p + n)
    nie.validate(v)
    return v if r.random() < 0.8 else f"{p}-{n}-{v[-1]}"


_CONS = "BCDFGHJKLMNPRSTVXZ"
_VOW = "AEIOU"
_STATES = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "SL", "VZ", "YN"]


def _date6(r: random.Random) -> str:
    return f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def mx_curp(r: random.Random) -> str:
    while True:
        head = r.choice(_CONS) + r.choice(_VOW) + r.choice(_CONS) + r.choice(_CONS)
        body = (
            head
            + _date6(r)
            + r.choice("HM")
            + r.choice(_STATES)
            + "".join(r.choice(_CONS) for _ in range(3))
            + r.choice(DIG + UP[:5])
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(r: random.Random) -> str:
    while True:
        head = r.choice(_CONS) + r.choice(_VOW) + r.choice(_CONS) + r.choice(_CONS)
        body = (
            head
            + _date6(r)
            + r.choice("ABCDEFGHJKLMNPRSTUVZ123456789")
            + r.choice("ABCDEFGHJKLMNPRSTUVZ123456789")
        )
        v = body + rfc.calc_check_digit(body)
        try:
            rfc.validate(v, validate_check_digits=True)
        except Exception:
            continue
        return v


_CLABE_W = [3, 7, 1] * 6


def clabe_check(body17: str) -> str:
    return str((10 - sum((int(c) * w) % 10 for c, w in zip(body17, _CLABE_W)) % 10) % 10)


def clabe_is_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(r: random.Random) -> str:
    body = r.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"]) + _d(
        r, 14
    )
    return body + clabe_check(body)


def br_cpf(r: random.Random) -> str:
    while True:
        b = _d(r, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return cpf.format(v) if r.random() < 0.75 else v


def br_cnpj(r: random.Random) -> str:
    while True:
        b = _d(r, 8) + "0001"
        v = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(v):
            return cnpj.format(v) if r.random() < 0.75 else v


def fr_nir(r: random.Random) -> str:
    while True:
        body = f"{r.choice('12')}{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 95):02d}{_d(r, 3)}{_d(r, 3)}"
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return nir.format(v) if r.random() < 0.6 else v


def de_idnr(r: random.Random) -> str:
    while True:
        digits = r.sample(DIG, 9)
        rep = r.choice(digits)
        seq = digits + [rep]
        r.shuffle(seq)
        if seq[0] == "0":
            continue
        body = "".join(seq)
        for c in DIG:
            if idnr.is_valid(body + c):
                v = body + c
                return idnr.format(v) if r.random() < 0.4 else v


def pt_nif(r: random.Random) -> str:
    b = r.choice("123569") + _d(r, 7)
    v = b + nif.calc_check_digit(b)
    nif.validate(v)
    return v if r.random() < 0.8 else f"{v[:3]} {v[3:6]} {v[6:]}"


# --- dispatch --------------------------------------------------------------------------------
def draw(type_: str, r: random.Random, locale: str, ctx: dict) -> str:
    if type_ == "CREDIT_DEBIT_NUMBER":
        v, brand = card(r)
        ctx["amex"] = brand == "amex"
        return v
    if type_ == "CREDIT_DEBIT_CVV":
        return cvv(r, ctx.get("amex", False))
    return {
        "CREDIT_DEBIT_EXPIRY": lambda: expiry(r),
        "PIN": lambda: pin(r),
        "PASSWORD": lambda: password(r),
        "USERNAME": lambda: username(r),
        "EMAIL": lambda: email(r),
        "PHONE": lambda: phone(r, locale),
        "BANK_ACCOUNT_NUMBER": lambda: bank_account(r, locale),
        "BANK_ROUTING": lambda: routing(r, locale),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban_value(r, locale),
        "SWIFT_CODE": lambda: swift(r, locale),
        "SSN": lambda: ssn_value(r),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin_value(r),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino(r),
        "PASSPORT_NUMBER": lambda: passport(r, locale),
        "DRIVER_ID": lambda: driver_id(r, locale),
        "IP_ADDRESS": lambda: ip(r),
        "MAC_ADDRESS": lambda: mac(r),
        "AWS_ACCESS_KEY": lambda: aws_key_id(r),
        "AWS_SECRET_KEY": lambda: aws_secret(r),
        "ES_DNI": lambda: es_dni(r),
        "ES_NIE": lambda: es_nie(r),
        "MX_CURP": lambda: mx_curp(r),
        "MX_RFC": lambda: mx_rfc(r),
        "MX_CLABE": lambda: mx_clabe(r),
        "BR_CPF": lambda: br_cpf(r),
        "BR_CNPJ": lambda: br_cnpj(r),
        "FR_NIR": lambda: fr_nir(r),
        "DE_TAX_ID": lambda: de_idnr(r),
        "PT_NIF": lambda: pt_nif(r),
    }[type_]()


def alnum(s: str) -> str:
    return "".join(c for c in s if c.isalnum()).upper()


def validate_value(type_: str, value: str, locale: str) -> bool:
    """Independent check of a canonical value (its printed form)."""
    a = alnum(value)
    if type_ == "CREDIT_DEBIT_NUMBER":
        return luhn.is_valid(a) and any(a.startswith(b) for b in BINS)
    if type_ == "PHONE":
        return phone_is_valid(value, locale)
    if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return iban.is_valid(a)
    if type_ == "SWIFT_CODE":
        return bic.is_valid(a)
    if type_ == "BANK_ROUTING" and REGION[locale] in ("US", "MX"):
        return rtn.is_valid(a)
    if type_ == "CREDIT_DEBIT_EXPIRY":
        m, y = int(a[:2]), int(a[2:])
        y = y + 2000 if y < 100 else y
        return 1 <= m <= 12 and 2027 <= y <= 2033
    checks = {
        "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "ES_DNI": dni.is_valid,
        "ES_NIE": nie.is_valid,
        "MX_CURP": curp.is_valid,
        "MX_RFC": lambda x: rfc.is_valid(x, validate_check_digits=True),
        "MX_CLABE": clabe_is_valid,
        "BR_CPF": cpf.is_valid,
        "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid,
        "DE_TAX_ID": idnr.is_valid,
        "PT_NIF": nif.is_valid,
    }
    if type_ in checks:
        return bool(checks[type_](a))
    return True


# --- hard negatives --------------------------------------------------------------------------
_NEG_CHECKS = [
    luhn.is_valid,
    rtn.is_valid,
    ssn.is_valid,
    itin.is_valid,
    nif.is_valid,
    cpf.is_valid,
    idnr.is_valid,
    cnpj.is_valid,
    nir.is_valid,
    clabe_is_valid,
    dni.is_valid,
]


def run_is_safe(run: str) -> bool:
    if any(chk(run) for chk in _NEG_CHECKS):
        return False
    return not any(phone_is_valid(run, loc) for loc in REGION)


def negative_is_safe(value: str) -> bool:
    runs, cur = [], ""
    for ch in value:
        if ch.isdigit():
            cur += ch
        elif cur:
            runs.append(cur)
            cur = ""
    if cur:
        runs.append(cur)
    return all(run_is_safe(x) for x in runs)


_MONTHS = {
    "en": [
        "Jan",
        "Feb",
        "March",
        "April",
        "May",
        "June",
        "July",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ],
    "es": [
        "enero",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
    ],
    "fr": [
        "janvier",
        "fév",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": [
        "Januar",
        "Feb.",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "pt": [
        "jan",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "ago",
        "set",
        "out",
        "nov",
        "dez",
    ],
}


def _neg_once(kind: str, r: random.Random, locale: str) -> str:
    lang = locale[:2]
    c = REGION[locale]
    L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    dec = "." if c in ("US", "GB", "MX") else ","
    if kind == "order":
        return r.choice(
            [
                _d(r, 7),
                f"#{_d(r, 6)}",
                f"{L(2)}-{_d(r, 6)}",
                f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}",
                f"{L(3)}{_d(r, 8)}",
            ]
        )
    if kind == "tracking":
        return r.choice(
            [
                f"1Z{L(1)}{_d(r, 2)}{L(3)}{_d(r, 10)}",
                f"{L(2)}{_d(r, 9)}{c}",
                f"{_d(r, 12)}",
                f"JD{_d(r, 16)}",
            ]
        )
    if kind == "invoice":
        return r.choice(
            [
                f"INV-{r.randint(2024, 2026)}-{_d(r, 5)}",
                f"F{_d(r, 8)}",
                f"{L(2)}/{_d(r, 4)}/{_d(r, 3)}",
            ]
        )
    if kind == "ticket":
        return r.choice([f"#{_d(r, 5)}", f"{L(3)}-{_d(r, 5)}", _d(r, 8), f"CS{_d(r, 7)}"])
    if kind == "policy":
        return r.choice(
            [
                f"POL-{_d(r, 7)}",
                f"{L(2)}{_d(r, 9)}",
                f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}",
                f"{L(1)}-{_d(r, 6)}-{_d(r, 2)}",
            ]
        )
    if kind == "contract":
        return r.choice([f"CT-{_d(r, 8)}", _d(r, 10), f"{L(3)}{_d(r, 6)}"])
    if kind == "booking":
        return r.choice(
            [L(3) + _d(r, 1) + L(2), L(2) + _d(r, 2) + L(2), f"{_d(r, 9)}", L(1) + _d(r, 1) + L(4)]
        )
    if kind == "customer_ref":
        return r.choice(
            [f"C{_d(r, 8)}", f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}", _d(r, 9), f"{L(2)}{_d(r, 7)}"]
        )
    if kind == "store":
        return r.choice([_d(r, 3), _d(r, 4), f"#{_d(r, 3)}"])
    if kind == "room":
        return r.choice([str(r.randint(101, 1520)), f"{r.randint(1, 9)}{L(1)}"])
    if kind == "seat":
        return f"{r.randint(1, 45)}{r.choice('ABCDEF')}"
    if kind == "flight":
        return f"{r.choice(['IB', 'UX', 'AF', 'LH', 'TP', 'LA', 'AM', 'BA', 'UA', 'VY', 'FR'])}{r.choice(['', ' '])}{r.randint(100, 9899)}"
    if kind == "meter_reading":
        return r.choice([_d(r, 5), f"{_d(r, 5)}{dec}{_d(r, 1)}", f"{r.randint(1, 99)} {_d(r, 3)}"])
    if kind == "price":
        v = f"{r.randint(3, 899)}{dec}{_d(r, 2)}"
        return (
            r.choice([f"{v} €", f"€{v}", f"${v}", f"R$ {v}", f"£{v}", f"{v}€", f"{v} EUR"])
            if True
            else v
        )
    if kind == "amount":
        thou = "," if dec == "." else "."
        return r.choice(
            [
                f"{r.randint(1, 9)}{thou}{_d(r, 3)}{dec}{_d(r, 2)}",
                f"{r.randint(20, 9999)}",
                f"{r.randint(11, 950)}{dec}{_d(r, 2)}",
            ]
        )
    if kind in ("quantity", "count"):
        return str(r.randint(2, 48))
    if kind == "percentage":
        return r.choice(
            [
                f"{r.randint(2, 95)}%",
                f"{r.randint(2, 95)} %",
                f"{r.randint(1, 30)}{dec}{r.randint(1, 9)}%",
            ]
        )
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2027)
        if lang == "en" and c == "US":
            return r.choice([f"{m}/{d}/{y}", f"{_MONTHS['en'][m - 1]} {d}", f"{m}/{d}"])
        if lang == "en":
            return r.choice([f"{d}/{m}/{y}", f"{d} {_MONTHS['en'][m - 1]}", f"{d:02d}/{m:02d}"])
        if lang == "de":
            return r.choice([f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.", f"{d}. {_MONTHS['de'][m - 1]}"])
        sep = r.choice(["/", "/", "-"])
        joiner = {"es": " de ", "pt": " de ", "fr": " "}[lang]
        return r.choice(
            [f"{d:02d}{sep}{m:02d}{sep}{y}", f"{d}{joiner}{_MONTHS[lang][m - 1]}", f"{d}/{m}"]
        )
    if kind == "time":
        h, mi = r.randint(7, 22), r.choice([5, 10, 15, 20, 30, 40, 45, 50])
        if lang == "en" and c == "US":
            return r.choice(
                [
                    f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}",
                    f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}",
                ]
            )
        return r.choice(
            [
                f"{h}:{mi:02d}",
                f"{h}h{mi:02d}" if lang in ("fr", "pt") else f"{h}.{mi:02d}",
                f"{h:02d}:{mi:02d}",
            ]
        )
    if kind == "year":
        return str(r.randint(2019, 2027))
    if kind == "duration":
        return str(r.choice([2, 3, 4, 5, 6, 7, 10, 12, 14, 15, 20, 30, 45, 48, 72, 90]))
    if kind == "postal_code":
        if c == "US":
            return _d(r, 5)
        if c == "GB":
            return f"{L(2)}{r.randint(1, 20)} {r.randint(1, 9)}{L(2)}"
        if c == "BR":
            return f"{_d(r, 5)}-{_d(r, 3)}"
        if c == "PT":
            return f"{r.randint(1000, 9999)}-{_d(r, 3)}"
        return _d(r, 5)
    if kind == "zip4":
        return f"{_d(r, 5)}-{_d(r, 4)}"
    if kind == "product_model":
        return r.choice(
            [
                f"{L(2)}-{L(1)}{_d(r, 3)}{L(1)}",
                f"X{r.randint(2, 9)}{r.choice(['', ' Pro', ' Lite'])}",
                f"{L(3)} {_d(r, 4)}",
                f"{L(1)}{_d(r, 2)}{L(1)}",
            ]
        )
    if kind == "version":
        return r.choice(
            [
                f"{r.randint(1, 17)}.{r.randint(0, 12)}.{r.randint(1, 9)}",
                f"v{r.randint(2, 9)}.{r.randint(0, 40)}",
                f"{r.randint(1, 9)}.{r.randint(1, 9)}",
            ]
        )
    if kind == "error_code":
        return r.choice(
            [
                f"E{_d(r, 3)}",
                f"0x{_d(r, 4)}{L(1)}{_d(r, 3)}",
                f"ERR-{_d(r, 4)}",
                f"{r.randint(401, 504)}",
                f"{L(2)}-{_d(r, 3)}",
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                f"{r.randint(2, 200)} GB",
                f"{r.randint(2, 900)}MB",
                f"{r.randint(2, 20)} Go" if lang == "fr" else f"{r.randint(2, 20)}GB",
            ]
        )
    if kind == "plate":
        if c == "ES":
            return f"{_d(r, 4)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
        if c == "FR":
            return f"{L(2)}-{_d(r, 3)}-{L(2)}"
        if c == "DE":
            return f"{r.choice(['B', 'M', 'HH', 'K', 'F', 'S'])}-{L(2)} {r.randint(1, 9999)}"
        if c == "BR":
            return f"{L(3)}{r.randint(1, 9)}{L(1)}{_d(r, 2)}"
        if c == "PT":
            return f"{L(2)}-{_d(r, 2)}-{L(2)}"
        if c == "GB":
            return f"{L(2)}{_d(r, 2)} {L(3)}"
        if c == "MX":
            return f"{L(3)}-{_d(r, 3)}-{L(1)}"
        return f"{r.randint(1, 9)}{L(3)}{_d(r, 3)}"
    raise KeyError(kind)


MUST_KEEP_KINDS = [
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
]


def negative(kind: str, r: random.Random, locale: str) -> str:
    for _ in range(500):
        v = _neg_once(kind, r, locale)
        if negative_is_safe(v):
            return v
    raise RuntimeError(f"no safe hard negative for {kind}")
