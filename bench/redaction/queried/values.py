"""Draw synthetic PII and must-keep values, each validated where a checksum exists.

Every draw takes the generator's own `random.Random`, so the corpus is reproducible from a seed.
Values are canonical (compact) strings; `render.py` turns them into what a customer types.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.iso7064 import mod_11_10
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

DIG = string.digits
UP = string.ascii_uppercase

CARD_BINS = {
    "411111": 16,
    "400000": 16,
    "424242": 16,
    "401288": 16,
    "555555": 16,
    "510510": 16,
    "222300": 16,
    "601111": 16,
    "378282": 15,
    "371449": 15,
}


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(DIG) for _ in range(n))


def card(r: random.Random) -> str:
    b = r.choice(sorted(CARD_BINS))
    body = b + _d(r, CARD_BINS[b] - len(b) - 1)
    out = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(out)
    return out


def cvv(r: random.Random) -> str:
    return _d(r, r.choice([3, 3, 3, 4]))


def expiry(r: random.Random) -> str:
    return f"{r.randint(1, 12):02d}/{r.randint(26, 33)}"


def pin(r: random.Random) -> str:
    return _d(r, r.choice([4, 4, 4, 6]))


def bank_account(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _d(r, r.randint(7, 11))


def routing(r: random.Random, locale: str) -> str:
    if locale.endswith("GB"):
        return f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}"
    if locale.startswith("de"):
        return str(r.randint(1, 8)) + _d(r, 7)  # BLZ: eight digits, first never 0 or 9
    if locale == "pt-BR":
        return _d(r, 4)  # agência
    while True:
        body = r.choice(["0", "1", "2", "3"]) + str(r.randint(1, 9)) + _d(r, 6)
        out = body + rtn.calc_check_digit(body)
        if rtn.is_valid(out):
            return out


def _iban_from(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    out = f"{cc}{check:02d}{bban}"
    assert iban.is_valid(out), out
    return out


def iban_for(r: random.Random, locale: str) -> str:
    cc = {"es": "ES", "de": "DE", "fr": "FR", "pt-PT": "PT", "pt-BR": "BR", "en-GB": "GB"}
    key = locale if locale in cc else locale[:2]
    c = cc.get(key, r.choice(["ES", "DE", "FR", "PT", "GB", "BR"]))
    if c == "ES":
        bank, branch, acct = _d(r, 4), _d(r, 4), _d(r, 10)
        bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
    elif c == "DE":
        bban = str(r.randint(1, 8)) + _d(r, 7) + _d(r, 10)
    elif c == "FR":
        bban = _d(r, 10) + _d(r, 11) + _d(r, 2)
    elif c == "PT":
        bban = _d(r, 21)
    elif c == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _d(r, 14)
    else:
        bban = _d(r, 8) + _d(r, 5) + _d(r, 10) + r.choice("CP") + r.choice(UP + DIG)
    return _iban_from(c, bban)


def swift(r: random.Random, locale: str) -> str:
    cc = {
        "es": "ES",
        "de": "DE",
        "fr": "FR",
        "pt-PT": "PT",
        "pt-BR": "BR",
        "en-GB": "GB",
        "en-US": "US",
        "es-MX": "MX",
        "fr-CA": "CA",
        "es-US": "US",
    }
    c = cc.get(locale) or cc.get(locale[:2], "US")
    out = "".join(r.choice(UP) for _ in range(4)) + c + r.choice(UP) + r.choice(UP + DIG)
    if r.random() < 0.4:
        out += r.choice(["XXX", "".join(r.choice(UP + DIG) for _ in range(3))])
    assert bic.is_valid(out)
    return out


FIRST = [
    "ana",
    "luis",
    "marta",
    "jo",
    "kev",
    "sophie",
    "lea",
    "jonas",
    "bia",
    "joao",
    "carla",
    "pierre",
    "gaelle",
    "tom",
    "priya",
    "dani",
    "lupita",
    "fer",
    "heike",
    "mateus",
    "ines",
]
LAST = [
    "garcia",
    "morel",
    "schmidt",
    "silva",
    "oliveira",
    "lopez",
    "tremblay",
    "baker",
    "nguyen",
    "rossi",
    "ferreira",
    "dupont",
    "weber",
    "santos",
    "ruiz",
    "costa",
    "obrien",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "correo.example",
    "test.example.com",
]


def email(r: random.Random) -> str:
    sep = r.choice([".", "_", "", "-"])
    tail = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1970, 2005))])
    return f"{r.choice(FIRST)}{sep}{r.choice(LAST)}{tail}@{r.choice(DOMAINS)}"


def phone(r: random.Random, locale: str) -> str:
    """National significant form a local would type (validated with phonenumbers)."""
    region = {
        "es-ES": "ES",
        "es-MX": "MX",
        "es-US": "US",
        "en-US": "US",
        "en-GB": "GB",
        "fr-FR": "FR",
        "fr-CA": "CA",
        "de-DE": "DE",
        "pt-BR": "BR",
        "pt-PT": "PT",
    }[locale]
    while True:
        if region == "ES":
            n = r.choice("67") + _d(r, 8)
        elif region == "MX":
            n = r.choice(["55", "33", "81"]) + _d(r, 8)
        elif region == "US":
            n = r.choice(["201", "312", "415", "646", "713", "305"]) + "55501" + _d(r, 2)
        elif region == "CA":
            n = r.choice(["514", "438", "418"]) + "55501" + _d(r, 2)
        elif region == "GB":
            n = r.choice(["020 7946 0", "0113 496 0", "0191 498 0"]).replace(" ", "") + _d(r, 3)
        elif region == "FR":
            n = "0" + r.choice("67") + _d(r, 8)
        elif region == "DE":
            n = "0" + r.choice(["151", "160", "170", "176"]) + _d(r, 8)
        elif region == "BR":
            n = r.choice(["11", "21", "31"]) + "9" + str(r.randint(6, 9)) + _d(r, 7)
        else:
            n = "9" + r.choice("1236") + _d(r, 7)
        if phonenumbers.is_valid_number(phonenumbers.parse(n, region)):
            return n


def phone_region(locale: str) -> str:
    return {
        "es-ES": "ES",
        "es-MX": "MX",
        "es-US": "US",
        "en-US": "US",
        "en-GB": "GB",
        "fr-FR": "FR",
        "fr-CA": "CA",
        "de-DE": "DE",
        "pt-BR": "BR",
        "pt-PT": "PT",
    }[locale]


def ssn_(r: random.Random) -> str:
    while True:
        out = f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(out):
            return out


def passport(r: random.Random, locale: str) -> str:
    if locale == "es-ES":
        return "".join(r.choice(UP) for _ in range(3)) + _d(r, 6)
    if locale.startswith("de"):
        return r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ" + DIG) for _ in range(8))
    if locale == "fr-FR":
        return _d(r, 2) + "".join(r.choice(UP) for _ in range(2)) + _d(r, 5)
    if locale == "pt-BR":
        return "".join(r.choice(UP) for _ in range(2)) + _d(r, 6)
    if locale == "pt-PT":
        return r.choice(UP) + _d(r, 6)
    if locale == "es-MX":
        return r.choice("GN") + _d(r, 8)
    if locale == "fr-CA":
        return "".join(r.choice(UP) for _ in range(2)) + _d(r, 6)
    return str(r.randint(1, 9)) + _d(r, 8)


def driver_id(r: random.Random, locale: str) -> str:
    if locale == "en-GB":
        return (
            "".join(r.choice(UP) for _ in range(5))
            + _d(r, 6)
            + "".join(r.choice(UP) for _ in range(2))
            + str(r.randint(1, 9))
            + "".join(r.choice(UP) for _ in range(2))
        )
    if locale.startswith("de"):
        return r.choice("BFNJ") + _d(r, 3) + r.choice(UP) + _d(r, 5) + r.choice(DIG)
    if locale == "pt-BR":
        return _d(r, 11)
    return r.choice(UP) + _d(r, r.choice([7, 8, 12]))


PW_WORDS = [
    "sol",
    "Gato",
    "luna",
    "Tiger",
    "azul",
    "Mango",
    "frosch",
    "Brisa",
    "chat",
    "Nube",
    "pantera",
    "Koala",
    "verde",
    "Rocket",
    "pipoca",
    "Soleil",
]


def password(r: random.Random) -> str:
    a, b = r.sample(PW_WORDS, 2)
    return (
        a
        + r.choice(["!", "#", "_", "$", "*", ".", ""])
        + b
        + _d(r, r.randint(1, 4))
        + r.choice(["", "!", "?"])
    )


def username(r: random.Random) -> str:
    return (
        r.choice(FIRST)
        + r.choice(["_", ".", ""])
        + r.choice(LAST)[: r.randint(3, 7)]
        + _d(r, r.randint(0, 3))
    )


def ip(r: random.Random) -> str:
    return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))


def es_dni(r: random.Random) -> str:
    n = _d(r, 8)
    out = n + dni.calc_check_digit(n)
    assert dni.is_valid(out)
    return out


def es_nie(r: random.Random) -> str:
    n = r.choice("XYZ") + _d(r, 7)
    out = n + nie.calc_check_digit(n)
    assert nie.is_valid(out)
    return out


CONS = "BCDFGHJKLMNPQRSTVWXZ"
VOW = "AEIOU"
MX_STATES = ["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "YN", "OC", "BC"]


def _birth(r: random.Random) -> str:
    return f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def _mx_name(r: random.Random) -> str:
    while True:
        out = r.choice(CONS) + r.choice(VOW) + r.choice(CONS) + r.choice(CONS)
        if out not in (
            "BUEI",
            "CACA",
            "CAGA",
            "KAKA",
            "PUTO",
            "PEDO",
            "MAMO",
            "COGE",
            "JOTO",
            "BUEY",
        ):
            return out


def mx_curp(r: random.Random) -> str:
    while True:
        body = (
            _mx_name(r)
            + _birth(r)
            + r.choice("HM")
            + r.choice(MX_STATES)
            + "".join(r.choice(CONS) for _ in range(3))
            + "0"
        )
        out = body + curp.calc_check_digit(body)
        try:
            curp.validate(out)
            return out
        except Exception:
            continue


def mx_rfc(r: random.Random) -> str:
    while True:
        body = _mx_name(r) + _birth(r) + r.choice(CONS) + r.choice(DIG + CONS)
        out = body + rfc.calc_check_digit(body)
        try:
            rfc.validate(out)
            return out
        except Exception:
            continue


def clabe_check(d17: str) -> str:
    # CLABE check digit (Banco de México): weights 3,7,1 repeated, mod 10. No stdnum module for it.
    w = [3, 7, 1] * 6
    return str((10 - sum((int(c) * w[i]) % 10 for i, c in enumerate(d17)) % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(r: random.Random) -> str:
    body = r.choice(["002", "012", "014", "021", "072", "127"]) + _d(r, 3) + _d(r, 11)
    return body + clabe_check(body)


def br_cpf(r: random.Random) -> str:
    while True:
        b = _d(r, 9)
        out = b + cpf._calc_check_digits(b)  # stdnum keeps the CPF helper private
        if cpf.is_valid(out):
            return out


def br_cnpj(r: random.Random) -> str:
    while True:
        b = _d(r, 8) + "0001"
        out = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(out):
            return out


def fr_nir(r: random.Random) -> str:
    while True:
        b = (
            r.choice("12")
            + _d(r, 2)
            + f"{r.randint(1, 12):02d}"
            + f"{r.randint(1, 95):02d}"
            + f"{r.randint(1, 990):03d}"
            + f"{r.randint(1, 999):03d}"
        )
        out = b + nir.calc_check_digits(b)
        if nir.is_valid(out):
            return out


def de_tax(r: random.Random) -> str:
    # ten digits where exactly one digit repeats (twice), then the ISO 7064 mod 11,10 check digit
    while True:
        digits = r.sample(DIG, 9)
        digits.insert(r.randint(0, 9), r.choice(digits))
        b = "".join(digits)
        if b[0] == "0":
            continue
        out = b + mod_11_10.calc_check_digit(b)
        if idnr.is_valid(out):
            return out


def pt_nif(r: random.Random) -> str:
    while True:
        b = r.choice("12356") + _d(r, 7)
        out = b + nif.calc_check_digit(b)
        if nif.is_valid(out):
            return out


def draw(r: random.Random, typ: str, locale: str) -> str:
    f = {
        "CREDIT_DEBIT_NUMBER": lambda: card(r),
        "CREDIT_DEBIT_CVV": lambda: cvv(r),
        "CREDIT_DEBIT_EXPIRY": lambda: expiry(r),
        "PIN": lambda: pin(r),
        "BANK_ACCOUNT_NUMBER": lambda: bank_account(r),
        "BANK_ROUTING": lambda: routing(r, locale),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban_for(r, locale),
        "SWIFT_CODE": lambda: swift(r, locale),
        "EMAIL": lambda: email(r),
        "PHONE": lambda: phone(r, locale),
        "SSN": lambda: ssn_(r),
        "PASSPORT_NUMBER": lambda: passport(r, locale),
        "DRIVER_ID": lambda: driver_id(r, locale),
        "PASSWORD": lambda: password(r),
        "USERNAME": lambda: username(r),
        "IP_ADDRESS": lambda: ip(r),
        "ES_DNI": lambda: es_dni(r),
        "ES_NIE": lambda: es_nie(r),
        "MX_CURP": lambda: mx_curp(r),
        "MX_RFC": lambda: mx_rfc(r),
        "MX_CLABE": lambda: mx_clabe(r),
        "BR_CPF": lambda: br_cpf(r),
        "BR_CNPJ": lambda: br_cnpj(r),
        "FR_NIR": lambda: fr_nir(r),
        "DE_TAX_ID": lambda: de_tax(r),
        "PT_NIF": lambda: pt_nif(r),
    }[typ]
    return f()


def is_valid(typ: str, v: str, locale: str) -> bool:
    """Re-check a canonical value (the generator calls this on every drawn value)."""
    if typ == "CREDIT_DEBIT_NUMBER":
        return luhn.is_valid(v)
    if typ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return iban.is_valid(v)
    if typ == "BANK_ROUTING" and len(v) == 9 and v.isdigit():
        return rtn.is_valid(v)
    if typ == "SWIFT_CODE":
        return bic.is_valid(v)
    if typ == "PHONE":
        return phonenumbers.is_valid_number(phonenumbers.parse(v, phone_region(locale)))
    if typ == "SSN":
        return ssn.is_valid(v)
    checks = {
        "ES_DNI": dni,
        "ES_NIE": nie,
        "MX_CURP": curp,
        "MX_RFC": rfc,
        "BR_CPF": cpf,
        "BR_CNPJ": cnpj,
        "FR_NIR": nir,
        "DE_TAX_ID": idnr,
        "PT_NIF": nif,
    }
    if typ in checks:
        return bool(checks[typ].is_valid(v))
    if typ == "MX_CLABE":
        return clabe_valid(v)
    return True


# ---- must-keep values (hard negatives) ----


def _fails_checks(d: str) -> bool:
    if luhn.is_valid(d):
        return False
    if len(d) == 11 and (cpf.is_valid(d) or idnr.is_valid(d)):
        return False
    if len(d) == 9 and (nif.is_valid(d) or rtn.is_valid(d)):
        return False
    if len(d) == 11 and d[0] in "12":  # could read as a French NIR prefix: keep clear of it
        return False
    return True


def order_digits(r: random.Random) -> str:
    while True:
        d = str(r.randint(1, 9)) + _d(r, r.randint(3, 10))
        if _fails_checks(d):
            return d


MONTHS = {
    "en": ["Jan", "March", "april", "June", "Sept", "oct", "Nov", "December"],
    "es": ["enero", "marzo", "abril", "junio", "sept", "octubre", "nov", "dic"],
    "fr": ["janvier", "mars", "avril", "juin", "sept", "oct", "novembre", "déc"],
    "de": ["Januar", "März", "April", "Juni", "Sept", "Okt", "November", "Dez"],
    "pt": ["janeiro", "março", "abril", "junho", "set", "out", "novembro", "dez"],
}


def must_keep(r: random.Random, kind: str, lang: str, locale: str) -> str:
    if kind == "order_number":
        d = order_digits(r)
        return (
            d if r.random() < 0.7 else f"{d[: len(d) // 2]} {d[len(d) // 2 :]}" if len(d) > 5 else d
        )
    if kind == "tracking_number":
        return r.choice(
            [
                "1Z"
                + "".join(r.choice(UP + DIG) for _ in range(6))
                + order_digits(r)[:4]
                + _d(r, 6),
                "".join(r.choice(UP) for _ in range(2))
                + _d(r, 9)
                + r.choice(["ES", "DE", "FR", "PT", "BR", "GB"]),
                "TBA" + _d(r, 12),
            ]
        )
    if kind == "zip_code":
        z = f"{r.randint(1001, 99950):05d}"
        return z if r.random() < 0.7 else z + "-" + _d(r, 4)
    if kind == "postal_code":
        if locale == "en-GB":
            return (
                r.choice(["SW1A", "M1", "LS6", "EH3", "B15", "NE1"])
                + " "
                + str(r.randint(1, 9))
                + r.choice(UP)
                + r.choice(UP)
            )
        if locale == "fr-CA":
            return (
                r.choice("HGJ")
                + str(r.randint(1, 9))
                + r.choice(UP)
                + " "
                + str(r.randint(1, 9))
                + r.choice(UP)
                + str(r.randint(1, 9))
            )
        if locale == "pt-BR":
            return _d(r, 5) + "-" + _d(r, 3)
        if locale == "pt-PT":
            return str(r.randint(1, 9)) + _d(r, 3) + "-" + _d(r, 3)
        return f"{r.randint(1001, 52999):05d}" if lang != "de" else f"{r.randint(1067, 99998):05d}"
    if kind == "date":
        d, m = r.randint(1, 28), r.randint(1, 12)
        style = r.randint(0, 2)
        if style == 0:
            return f"{d}/{m}" if lang != "en" or locale == "en-GB" else f"{m}/{d}"
        if style == 1:
            return f"{d}.{m:02d}." if lang == "de" else f"{d:02d}/{m:02d}/{r.choice([2025, 2026])}"
        mon = r.choice(MONTHS[lang])
        return f"{mon} {d}" if lang == "en" else f"{d} {mon}" if lang != "de" else f"{d}. {mon}"
    if kind == "time":
        h, mi = r.randint(8, 20), r.choice([0, 15, 30, 45, 10])
        return r.choice(
            [
                f"{h}:{mi:02d}",
                f"{h}h{mi:02d}" if lang == "fr" else f"{h}:{mi:02d}",
                f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}" if lang == "en" else f"{h}h",
            ]
        )
    if kind == "price":
        e, c = r.randint(3, 900), r.randint(0, 99)
        cur = {
            "en-US": "$",
            "es-US": "$",
            "es-MX": "$",
            "fr-CA": "$",
            "en-GB": "£",
            "pt-BR": "R$ ",
        }.get(locale)
        if cur:
            return f"{cur}{e}.{c:02d}" if locale != "pt-BR" else f"{cur}{e},{c:02d}"
        return r.choice([f"{e},{c:02d} €", f"{e},{c:02d}€", f"{e}€"])
    if kind == "quantity":
        return str(r.randint(1, 12))
    if kind == "product_model":
        return (
            r.choice(["XR-", "TV", "KX", "S", "WM", "A"])
            + str(r.randint(10, 990))
            + r.choice(["", "0", " Pro", "X", "-B"])
        )
    if kind == "version":
        return f"{r.randint(1, 18)}.{r.randint(0, 9)}.{r.randint(0, 12)}"
    if kind == "invoice_number":
        return (
            r.choice(["INV-", "FAC-", "F", "RE-", "NF-"])
            + str(r.randint(2024, 2026))
            + "-"
            + _d(r, 5)
        )
    if kind == "ticket_reference":
        return r.choice(["CAS-", "TK", "#", "SR-", "INC"]) + str(r.randint(1, 9)) + _d(r, 5)
    if kind == "year":
        return str(r.randint(2009, 2026))
    if kind == "flight_number":
        return r.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "AA", "AC"]) + str(
            r.randint(100, 8999)
        )
    if kind == "store_number":
        return str(r.randint(10, 3999))
    raise KeyError(kind)
