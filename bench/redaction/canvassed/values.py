"""Draw synthetic PII values and hard-negative (must_keep) values, and validate them.

Every PII value is random; those with a check digit are built with python-stdnum or
phonenumbers and validated again before use. must_keep numbers that could pass for an
identifier are redrawn until they fail every checksum we know of.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.iso7064 import mod_11_10
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

D = string.digits
U = string.ascii_uppercase


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(D) for _ in range(n))


def _u(r: random.Random, n: int) -> str:
    return "".join(r.choice(U) for _ in range(n))


BINS = [
    "411111",
    "400000",
    "424242",
    "401288",
    "555555",
    "510510",
    "222300",
    "601111",
    "378282",
    "371449",
]


def card(r: random.Random) -> str:
    b = r.choice(BINS)
    n = 15 if b.startswith("37") else 16
    body = b + _d(r, n - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(r: random.Random) -> str:
    return _d(r, r.choice([3, 3, 3, 4]))


def expiry(r: random.Random) -> str:
    m = r.randint(1, 12)
    y = r.randint(26, 33)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}{y}", f"{m:02d}-{y}"])


def pin(r: random.Random) -> str:
    while True:
        p = _d(r, r.choice([4, 4, 4, 6]))
        if len(set(p)) > 1:
            return p


def bank_account(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _d(r, r.choice([7, 9, 10, 11]))


def routing(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["aba", "sort", "blz", "agencia"])
    if kind == "aba":
        while True:
            body = r.choice(["0", "1", "2", "3"]) + _d(r, 7)
            for c in D:
                if rtn.is_valid(body + c):
                    return body + c
    if kind == "sort":
        return f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}"
    if kind == "blz":
        return str(r.randint(1, 8)) + _d(r, 7)
    return _d(r, 4) + "-" + _d(r, 1)


IBAN_BBAN = {
    "ES": lambda r: _d(r, 20),
    "DE": lambda r: _d(r, 18),
    "FR": lambda r: _d(r, 10) + _u(r, 1) + _d(r, 10) if r.random() < 0.3 else _d(r, 23),
    "PT": lambda r: _d(r, 21),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _d(r, 14),
    "BR": lambda r: _d(r, 23) + r.choice("CP") + r.choice(U + D),
}


def iban_value(r: random.Random, cc: str | None = None) -> str:
    cc = cc or r.choice(list(IBAN_BBAN))
    for _ in range(100000):
        bban = IBAN_BBAN[cc](r)
        check = iban.calc_check_digits(cc + "00" + bban)
        v = cc + check + bban
        if iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def swift(r: random.Random) -> str:
    while True:
        v = (
            _u(r, 4)
            + r.choice(["ES", "DE", "FR", "PT", "GB", "BR", "MX", "US"])
            + _u(r, 1)
            + r.choice(U + D)
        )
        if r.random() < 0.4:
            v += r.choice(["XXX", _u(r, 1) + _d(r, 2)])
        if bic.is_valid(v):
            return v


FIRST = [
    "ana",
    "luis",
    "marie",
    "jonas",
    "tiago",
    "lucia",
    "kev",
    "sofia",
    "paulo",
    "claire",
    "mika",
    "dani",
    "hugo",
    "ines",
    "lena",
    "raul",
    "bea",
    "theo",
    "joana",
    "marco",
]
LAST = [
    "ortiz",
    "meyer",
    "dubois",
    "silva",
    "brennan",
    "garza",
    "lefevre",
    "sousa",
    "krause",
    "pereira",
    "navarro",
    "roux",
    "hahn",
    "lima",
    "walsh",
    "campos",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.es",
    "yahoo.com.mx",
    "orange.fr",
    "gmx.de",
    "sapo.pt",
    "uol.com.br",
    "icloud.com",
    "web.de",
    "live.fr",
    "protonmail.com",
]


def email(r: random.Random) -> str:
    f, l = r.choice(FIRST), r.choice(LAST)
    local = r.choice(
        [f"{f}.{l}", f"{f}{l}{_d(r, 2)}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f}{_d(r, 1)}"]
    )
    return f"{local}@{r.choice(DOMAINS)}"


PHONE_REGIONS = ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"]


def phone(r: random.Random, region: str | None = None) -> tuple[str, str]:
    """Return (national_digits_as_typed, region)."""
    region = region or r.choice(PHONE_REGIONS)
    for _ in range(10000):
        if region == "ES":
            n = r.choice("67") + _d(r, 8)
        elif region == "MX":
            n = r.choice(["55", "33", "81"]) + _d(r, 8)
        elif region == "BR":
            n = r.choice(["11", "21", "31", "41"]) + "9" + _d(r, 8)
        elif region == "FR":
            n = "0" + r.choice("67") + _d(r, 8)
        elif region == "DE":
            n = "01" + r.choice(["51", "52", "60", "70", "76"]) + _d(r, 8)
        elif region == "PT":
            n = "9" + r.choice("1236") + _d(r, 7)
        elif region == "US":
            n = r.choice(["201", "312", "415", "617", "713"]) + "55501" + _d(r, 2)
        else:
            n = r.choice(["020 7946 0", "0113 496 0", "0161 496 0", "0117 496 0"]).replace(
                " ", ""
            ) + _d(r, 3)
        if phonenumbers.is_valid_number(phonenumbers.parse(n, region)):
            return n, region
    raise RuntimeError(region)


def ssn_value(r: random.Random) -> str:
    while True:
        v = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def passport(r: random.Random) -> str:
    return r.choice(
        [
            lambda: str(r.randint(1, 9)) + _d(r, 8),  # US
            lambda: _u(r, 3) + _d(r, 6),  # ES
            lambda: _d(r, 2) + _u(r, 2) + _d(r, 5),  # FR
            lambda: (
                r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ" + D) for _ in range(8))
            ),  # DE
            lambda: _u(r, 2) + _d(r, 6),  # BR
            lambda: r.choice("CDFHJ") + _d(r, 6),  # PT
        ]
    )()


def driver_id(r: random.Random) -> str:
    return r.choice(
        [
            lambda: _u(r, 1) + _d(r, 7),  # CA-like
            lambda: _u(r, 1) + _d(r, 12),  # FL-like
            lambda: _d(r, 9),  # TX/NY-like
            lambda: _u(r, 5) + _d(r, 6) + _u(r, 2) + _d(r, 1) + _u(r, 2),  # UK-like
            lambda: "B" + _d(r, 3) + _u(r, 1) + _d(r, 4) + _u(r, 1) + _d(r, 1),  # DE-like
        ]
    )()


WORDS = [
    "Sunny",
    "gato",
    "Lobo",
    "river",
    "Mango",
    "pluie",
    "Sommer",
    "praia",
    "tigre",
    "Nube",
    "koala",
    "Fuchs",
]


def password(r: random.Random) -> str:
    return (
        r.choice(WORDS)
        + r.choice(["!", "#", "$", "*", "_", "."])
        + r.choice(WORDS).lower()
        + _d(r, r.choice([2, 3, 4]))
    )


def username(r: random.Random) -> str:
    return r.choice(
        [
            f"{r.choice(FIRST)}_{r.choice(LAST)}{_d(r, 2)}",
            f"{r.choice(FIRST)}{_d(r, 3)}",
            f"x{r.choice(LAST)}x{_d(r, 1)}",
            f"{r.choice(LAST)}.{r.choice(FIRST)}{_d(r, 2)}",
        ]
    )


def ip(r: random.Random) -> str:
    return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))


def es_dni(r: random.Random) -> str:
    b = _d(r, 8)
    return b + dni.calc_check_digit(b)


def es_nie(r: random.Random) -> str:
    b = r.choice("XYZ") + _d(r, 7)
    return b + nie.calc_check_digit(b)


CURP_STATES = [
    "AS",
    "BC",
    "CL",
    "CS",
    "DF",
    "GT",
    "JC",
    "MC",
    "NL",
    "OC",
    "PL",
    "QT",
    "SL",
    "VZ",
    "YN",
]
CONS = "BCDFGHJKLMNPQRSTVWXYZ"
VOW = "AEIOU"


def _birth(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1955, 2005), r.randint(1, 12), r.randint(1, 28)


def mx_curp(r: random.Random) -> str:
    while True:
        y, m, d = _birth(r)
        b = (
            r.choice(U)
            + r.choice(VOW)
            + r.choice(U)
            + r.choice(U)
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + r.choice("HM")
            + r.choice(CURP_STATES)
            + "".join(r.choice(CONS) for _ in range(3))
            + (r.choice(D) if y < 2000 else r.choice(U))
        )
        v = b + curp.calc_check_digit(b + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(r: random.Random) -> str:
    while True:
        y, m, d = _birth(r)
        b = (
            r.choice(U)
            + r.choice(VOW)
            + _u(r, 2)
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + r.choice(U + D)
            + r.choice(U + D)
        )
        v = b + rfc.calc_check_digit(b)
        try:
            rfc.validate(v, validate_check_digits=True)
            return v
        except Exception:
            continue


def clabe_check(body17: str) -> str:
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(body17))
    return str((10 - s % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(r: random.Random) -> str:
    b = r.choice(["002", "012", "014", "021", "030", "036", "044", "072"]) + _d(r, 14)
    return b + clabe_check(b)


def br_cpf(r: random.Random) -> str:
    while True:
        b = _d(r, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return v


def br_cnpj(r: random.Random) -> str:
    b = _d(r, 8) + "0001"
    return b + cnpj.calc_check_digits(b)


def fr_nir(r: random.Random) -> str:
    while True:
        b = (
            r.choice("12")
            + _d(r, 2)
            + f"{r.randint(1, 12):02d}"
            + f"{r.randint(1, 95):02d}"
            + _d(r, 6)
        )
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return v


def de_tax(r: random.Random) -> str:
    while True:
        b = str(r.randint(1, 9)) + _d(r, 9)
        v = b + mod_11_10.calc_check_digit(b)
        if idnr.is_valid(v):
            return v


def pt_nif(r: random.Random) -> str:
    b = r.choice("123") + _d(r, 7)
    return b + nif.calc_check_digit(b)


def draw(r: random.Random, t: str) -> str:
    if t == "PHONE":
        return phone(r)[0]
    return GEN[t](r)


GEN = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": bank_account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_value,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "SSN": ssn_value,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver_id,
    "PASSWORD": password,
    "USERNAME": username,
    "IP_ADDRESS": ip,
    "ES_DNI": es_dni,
    "ES_NIE": es_nie,
    "MX_CURP": mx_curp,
    "MX_RFC": mx_rfc,
    "MX_CLABE": mx_clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_tax,
    "PT_NIF": pt_nif,
}


def validate(t: str, v: str) -> bool:
    """Check a canonical PII value; raises nothing, returns False when invalid."""
    c = "".join(ch for ch in v if ch.isalnum())
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and c[:6] in BINS,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_CLABE": lambda: clabe_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "EMAIL": lambda: v.count("@") == 1,
    }
    if t == "MX_RFC":
        try:
            rfc.validate(c, validate_check_digits=True)
            return True
        except Exception:
            return False
    if t == "BANK_ROUTING" and len(c) == 9 and c.isdigit():
        return rtn.is_valid(c)
    if t == "PHONE":
        return any(
            phonenumbers.is_valid_number(phonenumbers.parse(c, reg)) for reg in PHONE_REGIONS
        )
    return checks.get(t, lambda: bool(c))()


# ---------------------------------------------------------------- must_keep values


def passes_any_checksum(digits: str) -> bool:
    if not digits.isdigit():
        return False
    n = len(digits)
    if n >= 12 and luhn.is_valid(digits):
        return True
    if luhn.is_valid(digits) and n >= 8:
        return True
    if n == 11 and (cpf.is_valid(digits) or idnr.is_valid(digits)):
        return True
    if n == 9 and (nif.is_valid(digits) or rtn.is_valid(digits) or ssn.is_valid(digits)):
        return True
    if n == 8 and dni.is_valid(digits + dni.calc_check_digit(digits)) and False:
        return True
    if n == 14 and cnpj.is_valid(digits):
        return True
    if n == 18 and clabe_valid(digits):
        return True
    if n in (9, 10, 11) and any(
        phonenumbers.is_valid_number(phonenumbers.parse(digits, reg)) for reg in PHONE_REGIONS
    ):
        return True
    return False


def order_number(r: random.Random) -> str:
    while True:
        v = str(r.randint(1, 9)) + _d(r, r.randint(3, 10))
        if not passes_any_checksum(v) and not luhn.is_valid(v):
            return v


MONTHS = {
    "en": [
        "january",
        "feb",
        "march",
        "april",
        "may",
        "june",
        "july",
        "aug",
        "sept",
        "october",
        "nov",
        "december",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "octubre",
        "nov",
        "dic",
    ],
    "fr": [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "sept",
        "octobre",
        "nov",
        "decembre",
    ],
    "de": [
        "Januar",
        "Feb",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sept",
        "Oktober",
        "Nov",
        "Dez",
    ],
    "pt": [
        "janeiro",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "set",
        "outubro",
        "nov",
        "dez",
    ],
}


def keep_value(r: random.Random, kind: str, lang: str, locale: str) -> str:
    if kind == "order_number":
        v = order_number(r)
        return (
            r.choice([v, v, "#" + v, v[: len(v) // 2] + " " + v[len(v) // 2 :]])
            if len(v) > 5
            else v
        )
    if kind == "tracking_number":
        return r.choice(
            [
                lambda: "1Z" + _u(r, 3) + _d(r, 3) + _u(r, 2) + _d(r, 8),
                lambda: _u(r, 2) + _d(r, 9) + r.choice(["ES", "BR", "PT", "FR", "DE"]),
                lambda: "JD" + _d(r, 16),
            ]
        )()
    if kind == "zip_code":
        return r.choice([_d(r, 5), _d(r, 5) + "-" + _d(r, 4)])
    if kind == "postal_code":
        return {
            "es": lambda: r.choice(["28", "08", "41", "46"]) + _d(r, 3),
            "fr": lambda: r.choice(["75", "69", "13", "33"]) + "0" + _d(r, 2),
            "de": lambda: str(r.randint(1, 9)) + _d(r, 4),
            "pt": lambda: (
                (_d(r, 5) + "-" + _d(r, 3))
                if locale == "pt-BR"
                else (str(r.randint(1, 9)) + _d(r, 3) + "-" + _d(r, 3))
            ),
            "en": lambda: (
                r.choice(["SW1A", "M4", "LS6", "EH3", "BS8"])
                + " "
                + str(r.randint(1, 9))
                + _u(r, 2)
            ),
        }[lang]()
    if kind == "date":
        d, m = r.randint(1, 28), r.randint(1, 12)
        return r.choice(
            [
                f"{d}/{m}",
                f"{d:02d}/{m:02d}",
                f"{d} {MONTHS[lang][m - 1]}",
                f"{d:02d}.{m:02d}.",
                f"{m}/{d}",
            ]
        )
    if kind == "time":
        h, mi = r.randint(7, 21), r.choice([0, 15, 30, 45, 10, 20])
        return r.choice(
            [
                f"{h}:{mi:02d}",
                f"{h}h{mi:02d}" if mi else f"{h}h",
                f"{h % 12 or 12}pm" if h > 12 else f"{h}am",
            ]
        )
    if kind == "price":
        a, c = r.randint(3, 899), r.randint(0, 99)
        return r.choice(
            [
                f"${a}.{c:02d}",
                f"{a},{c:02d}€",
                f"€{a}",
                f"R$ {a},{c:02d}",
                f"{a} euros",
                f"£{a}.{c:02d}",
            ]
        )
    if kind == "quantity":
        return str(r.randint(1, 12))
    if kind == "product_model":
        return r.choice(
            [
                lambda: _u(r, 2) + "-" + _d(r, 3),
                lambda: _u(r, 1) + _d(r, 2) + " Pro",
                lambda: "SM-" + _u(r, 1) + _d(r, 3),
                lambda: _u(r, 3) + _d(r, 4),
            ]
        )()
    if kind == "version":
        return f"{r.randint(1, 17)}.{r.randint(0, 9)}" + r.choice(["", f".{r.randint(0, 20)}"])
    if kind == "invoice_number":
        return (
            r.choice(["INV-", "F-", "FAC", "RE-", "NF "])
            + str(r.randint(2021, 2026))
            + "-"
            + _d(r, 4)
        )
    if kind == "ticket_reference":
        return r.choice(["CS-", "TK", "#", "REF-", "CAS-"]) + _d(r, r.randint(5, 7))
    if kind == "year":
        return str(r.randint(1998, 2026))
    if kind == "flight_number":
        return r.choice(["IB", "VY", "AF", "LH", "TP", "LA", "AM", "BA", "UX"]) + str(
            r.randint(100, 9999)
        )
    if kind == "store_number":
        return r.choice(["", "", "#", "T-"]) + str(r.randint(10, 999))
    raise KeyError(kind)
