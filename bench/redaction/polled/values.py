"""Draw synthetic values and validate them (python-stdnum, phonenumbers).

Every value is random; checksummed types are built with stdnum's own check-digit functions
and validated again before use, so a bad generator fails here and not in a benchmark.
"""

from __future__ import annotations

import random
import re
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

D = string.digits
U = string.ascii_uppercase


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _u(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(U) for _ in range(n))


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


def card(rng: random.Random) -> str:
    b = rng.choice(BINS)
    length = 15 if b.startswith("37") else 16
    body = b + _d(rng, length - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def clabe_check(body17: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(body17)) % 10) % 10)


def _iban(country: str, bban: str) -> str:
    raw = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in raw)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def make_iban(rng: random.Random, country: str) -> str:
    for _ in range(2000):
        if country == "ES":
            bank, branch, acct = _d(rng, 4), _d(rng, 4), _d(rng, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        elif country == "DE":
            bban = _d(rng, 18)
        elif country == "FR":
            bban = _d(rng, 23)
        elif country == "PT":
            bban = _d(rng, 21)
        elif country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _d(rng, 14)
        elif country == "BR":
            bban = _d(rng, 23) + rng.choice("CP") + rng.choice("12")
        else:
            raise ValueError(country)
        value = _iban(country, bban)
        if iban.is_valid(value):
            return value
    raise RuntimeError(f"no valid IBAN for {country}")


PHONE_SHAPES = {
    "ES": lambda r: "+34" + r.choice("67") + _d(r, 8),
    "MX": lambda r: "+52" + r.choice(["55", "33", "81"]) + _d(r, 8),
    "BR": lambda r: "+55" + r.choice(["11", "21", "31", "41"]) + "9" + _d(r, 8),
    "FR": lambda r: "+33" + r.choice("67") + _d(r, 8),
    "DE": lambda r: "+49" + r.choice(["151", "160", "170", "176"]) + _d(r, 8),
    "PT": lambda r: "+351" + r.choice(["91", "92", "93", "96"]) + _d(r, 7),
    "US": lambda r: "+1" + r.choice(["201", "312", "415", "617", "305"]) + "55501" + _d(r, 2),
    "CA": lambda r: "+1" + r.choice(["514", "418", "613"]) + "55501" + _d(r, 2),
    "GB": lambda r: "+44" + r.choice(["2079460", "1134960", "1614960", "2890180"]) + _d(r, 3),
}


def phone(rng: random.Random, region: str) -> str:
    for _ in range(200):
        v = PHONE_SHAPES[region](rng)
        if phonenumbers.is_valid_number(phonenumbers.parse(v)):
            return v
    raise RuntimeError(region)


def aba(rng: random.Random) -> str:
    body = _d(rng, 8)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    return body + str((10 - sum(int(c) * w[i] for i, c in enumerate(body)) % 10) % 10)


def curp_value(rng: random.Random) -> str:
    for _ in range(500):
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice("BCDFGLMPRSV")
            + rng.choice("AEIOU")
            + _u(rng, 2)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "MC", "PL", "VZ"])
            + "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
            + "0"
        )
        v = body + curp.calc_check_digit(body)
        if curp.is_valid(v):
            return v
    raise RuntimeError("curp")


def rfc_value(rng: random.Random) -> str:
    for _ in range(500):
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            rng.choice("BCDFGLMPRSV")
            + rng.choice("AEIOU")
            + _u(rng, 2)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + rng.choice(U + D)
            + rng.choice(U + D)
        )
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return v
    raise RuntimeError("rfc")


FIRST = [
    "maria",
    "jose",
    "ana",
    "luis",
    "sophie",
    "lukas",
    "joao",
    "camille",
    "emma",
    "diego",
    "julia",
    "pedro",
    "lea",
    "jonas",
    "carla",
    "mike",
    "sarah",
    "ines",
    "thomas",
    "lucia",
    "rafael",
    "clara",
    "nico",
    "paula",
]
LAST = [
    "garcia",
    "lopez",
    "martin",
    "schmidt",
    "silva",
    "dubois",
    "santos",
    "muller",
    "fernandez",
    "smith",
    "moreau",
    "costa",
    "weber",
    "ruiz",
    "oliveira",
    "bernard",
    "jones",
    "pereira",
    "fischer",
    "torres",
]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "correo.example.es"]


def email(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [f"{f}.{l}", f"{f}{l}{_d(rng, 2)}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f}{_d(rng, 1)}"]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def password(rng: random.Random) -> str:
    base = rng.choice(
        ["Sol", "gato", "Mond", "casa", "Lune", "praia", "tiger", "Blue", "perro", "Haus", "Verao"]
    )
    return (
        base
        + rng.choice(["", "_", "!", "#", "."])
        + _d(rng, rng.randint(2, 4))
        + rng.choice(["", "!", "$", "*", "?"])
    )


def username(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [f"{f}_{l}{_d(rng, 2)}", f"{f}{l[:3]}{_d(rng, 3)}", f"{l}.{f}", f"{f[0]}{l}{_d(rng, 2)}"]
    )


def passport(rng: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c == "US":
        return _d(rng, 9)
    if c == "ES" or c == "MX":
        return _u(rng, 3) + _d(rng, 6) if c == "ES" else rng.choice("GN") + _d(rng, 8)
    if c == "DE":
        return rng.choice("CFGHJK") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + D) for _ in range(8))
    if c in ("FR", "CA"):
        return _d(rng, 2) + _u(rng, 2) + _d(rng, 5) if c == "FR" else _u(rng, 2) + _d(rng, 6)
    if c == "BR":
        return _u(rng, 2) + _d(rng, 6)
    if c == "PT":
        return rng.choice(U) + _d(rng, 6)
    return _d(rng, 9)  # GB


def driver_id(rng: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c == "US":
        return rng.choice(U) + _d(rng, 7)
    if c == "GB":
        return _u(rng, 5) + _d(rng, 6) + _u(rng, 2) + _d(rng, 1) + _u(rng, 2)
    if c == "DE":
        return rng.choice("BFJ") + _d(rng, 3) + _u(rng, 1) + _d(rng, 5) + rng.choice(D)
    if c == "BR":
        return _d(rng, 11)
    if c == "ES":
        return dni_value(rng)
    return _u(rng, 2) + _d(rng, 6) + rng.choice(D)


def dni_value(rng: random.Random) -> str:
    b = _d(rng, 8)
    return b + dni.calc_check_digit(b)


def nie_value(rng: random.Random) -> str:
    b = rng.choice("XYZ") + _d(rng, 7)
    return b + nie.calc_check_digit(b)


def nir_value(rng: random.Random) -> str:
    for _ in range(500):
        body = (
            rng.choice("12")
            + _d(rng, 2)
            + f"{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + f"{rng.randint(1, 990):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v
    raise RuntimeError("nir")


def idnr_value(rng: random.Random) -> str:
    for _ in range(5000):
        body = rng.choice("123456789") + _d(rng, 9)
        v = body + str(mod_11_10.calc_check_digit(body))
        if idnr.is_valid(v):
            return v
    raise RuntimeError("idnr")


def cpf_value(rng: random.Random) -> str:
    b = _d(rng, 9)
    return b + cpf._calc_check_digits(b)


def cnpj_value(rng: random.Random) -> str:
    b = _d(rng, 8) + "0001"
    return b + cnpj.calc_check_digits(b)


def nif_value(rng: random.Random) -> str:
    b = rng.choice("12356") + _d(rng, 7)
    return b + nif.calc_check_digit(b)


def ssn_value(rng: random.Random) -> str:
    for _ in range(100):
        v = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v
    raise RuntimeError("ssn")


def swift(rng: random.Random, locale: str) -> str:
    c = {
        "ES": "ES",
        "MX": "MX",
        "US": "US",
        "FR": "FR",
        "CA": "CA",
        "DE": "DE",
        "BR": "BR",
        "PT": "PT",
        "GB": "GB",
    }[locale[-2:]]
    v = (
        _u(rng, 4)
        + c
        + rng.choice(U + "23456789")
        + rng.choice(U + D)
        + rng.choice(["", "XXX", _u(rng, 1) + _d(rng, 2)])
    )
    assert bic.is_valid(v), v
    return v


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(26, 33):02d}"


def routing(rng: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c == "US":
        return aba(rng)
    if c == "GB":
        return f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}"
    if c == "BR":
        return _d(rng, 4)
    return rng.choice("1234567") + _d(rng, 7)  # German BLZ: 8 digits, first not 0 or 8/9


IBAN_COUNTRY = {
    "ES": "ES",
    "MX": "ES",
    "US": "GB",
    "GB": "GB",
    "FR": "FR",
    "CA": "FR",
    "DE": "DE",
    "BR": "BR",
    "PT": "PT",
}
PHONE_REGION = {
    "ES": "ES",
    "MX": "MX",
    "US": "US",
    "GB": "GB",
    "FR": "FR",
    "CA": "CA",
    "DE": "DE",
    "BR": "BR",
    "PT": "PT",
}


def draw(rng: random.Random, kind: str, locale: str) -> str:
    c = locale[-2:]
    if kind == "CREDIT_DEBIT_NUMBER":
        return card(rng)
    if kind == "CREDIT_DEBIT_CVV":
        return _d(rng, 3)
    if kind == "CREDIT_DEBIT_EXPIRY":
        return expiry(rng)
    if kind == "PIN":
        return _d(rng, rng.choice([4, 4, 4, 6]))
    if kind == "BANK_ACCOUNT_NUMBER":
        return _d(rng, rng.choice([8, 10, 12]))
    if kind == "BANK_ROUTING":
        return routing(rng, locale)
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return make_iban(rng, IBAN_COUNTRY[c])
    if kind == "SWIFT_CODE":
        return swift(rng, locale)
    if kind == "EMAIL":
        return email(rng)
    if kind == "PHONE":
        return phone(rng, PHONE_REGION[c])
    if kind == "SSN":
        return ssn_value(rng)
    if kind == "PASSPORT_NUMBER":
        return passport(rng, locale)
    if kind == "DRIVER_ID":
        return driver_id(rng, locale)
    if kind == "PASSWORD":
        return password(rng)
    if kind == "USERNAME":
        return username(rng)
    if kind == "IP_ADDRESS":
        return f"{rng.choice([81, 85, 92, 177, 189, 201, 83])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return {
        "ES_DNI": dni_value,
        "ES_NIE": nie_value,
        "MX_CURP": curp_value,
        "MX_RFC": rfc_value,
        "MX_CLABE": lambda r: (lambda b: b + clabe_check(b))(_d(r, 17)),
        "BR_CPF": cpf_value,
        "BR_CNPJ": cnpj_value,
        "FR_NIR": nir_value,
        "DE_TAX_ID": idnr_value,
        "PT_NIF": nif_value,
    }[kind](rng)


def _alnum(v: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", v).upper()


def validate(kind: str, value: str, partial: bool = False) -> bool:
    """Check a canonical value (partial values, e.g. a card's last four, are checked for shape only)."""
    a = _alnum(value)
    if partial:
        return a.isdigit() and 3 <= len(a) <= 8
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(a) and len(a) in (15, 16),
        "CREDIT_DEBIT_CVV": lambda: a.isdigit() and len(a) in (3, 4),
        "CREDIT_DEBIT_EXPIRY": lambda: re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", value) is not None,
        "PIN": lambda: a.isdigit() and len(a) in (4, 6),
        "BANK_ACCOUNT_NUMBER": lambda: a.isdigit() and 8 <= len(a) <= 12,
        "BANK_ROUTING": lambda: (
            rtn.is_valid(a) if len(a) == 9 else a.isdigit() and len(a) in (4, 6, 8)
        ),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(a),
        "SWIFT_CODE": lambda: bic.is_valid(a),
        "EMAIL": lambda: re.fullmatch(r"[a-z0-9._]+@[a-z.]+\.[a-z]+", value) is not None,
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(value)),
        "SSN": lambda: ssn.is_valid(a),
        "PASSPORT_NUMBER": lambda: 7 <= len(a) <= 9,
        "DRIVER_ID": lambda: 8 <= len(a) <= 18,
        "PASSWORD": lambda: len(value) >= 6,
        "USERNAME": lambda: len(value) >= 5,
        "IP_ADDRESS": lambda: (
            all(0 <= int(p) <= 255 for p in value.split(".")) and value.count(".") == 3
        ),
        "ES_DNI": lambda: dni.is_valid(a),
        "ES_NIE": lambda: nie.is_valid(a),
        "MX_CURP": lambda: curp.is_valid(a),
        "MX_RFC": lambda: rfc.is_valid(a),
        "MX_CLABE": lambda: len(a) == 18 and clabe_check(a[:17]) == a[17],
        "BR_CPF": lambda: cpf.is_valid(a),
        "BR_CNPJ": lambda: cnpj.is_valid(a),
        "FR_NIR": lambda: nir.is_valid(a),
        "DE_TAX_ID": lambda: idnr.is_valid(a),
        "PT_NIF": lambda: nif.is_valid(a),
    }
    return bool(checks[kind]())


def passes_any_checksum(digits: str) -> bool:
    """True when a digits-only string passes a check-digit algorithm (Luhn, CPF, NIF, IdNr, ABA, CLABE).

    Order numbers must fail all of them. Phone-number plausibility and SSN ranges are not checksums
    (almost any 9 or 10 digits pass them), so they are not tested here.
    """
    tests = [luhn.is_valid, cpf.is_valid, nif.is_valid, idnr.is_valid, rtn.is_valid, cnpj.is_valid]
    if any(t(digits) for t in tests):
        return True
    return len(digits) == 18 and clabe_check(digits[:17]) == digits[17]


def order_digits(rng: random.Random, n: int) -> str:
    while True:
        v = rng.choice("123456789") + _d(rng, n - 1)
        if not passes_any_checksum(v):
            return v


POSTCODES = {
    "ES": lambda r: f"{r.randint(1, 52):02d}{_d(r, 3)}",
    "MX": lambda r: f"{r.randint(1, 99):02d}{_d(r, 3)}",
    "US": lambda r: r.choice(
        [f"{r.randint(10, 99)}{_d(r, 3)}", f"{r.randint(10, 99)}{_d(r, 3)}-{_d(r, 4)}"]
    ),
    "GB": lambda r: (
        r.choice(["SW1A", "M1", "LS6", "B15", "EH3"]) + " " + str(r.randint(1, 9)) + _u(r, 2)
    ),
    "FR": lambda r: f"{r.randint(1, 95):02d}{_d(r, 3)}",
    "CA": lambda r: (
        f"H{r.randint(1, 9)}{r.choice(U)} {r.randint(1, 9)}{r.choice(U)}{r.randint(1, 9)}"
    ),
    "DE": lambda r: f"{r.randint(1, 99):02d}{_d(r, 3)}",
    "BR": lambda r: f"{_d(r, 5)}-{_d(r, 3)}",
    "PT": lambda r: f"{r.randint(1, 9)}{_d(r, 3)}-{_d(r, 3)}",
}


def keep(rng: random.Random, kind: str, locale: str) -> str:
    """A must_keep value: looks numeric, is not PII."""
    c = locale[-2:]
    dec = "," if c in ("ES", "FR", "CA", "DE", "BR", "PT") else "."
    if kind == "order_number":
        v = order_digits(rng, rng.choice([4, 6, 7, 8, 9, 10, 11]))
        return rng.choice([v, v, f"{v[:4]} {v[4:]}" if len(v) > 6 else v, "#" + v])
    if kind == "tracking_number":
        return rng.choice(
            [
                "1Z" + _u(rng, 3) + _d(rng, 11),
                _u(rng, 2) + _d(rng, 9) + rng.choice(["ES", "BR", "PT", "FR", "DE", "US"]),
            ]
        )
    if kind in ("zip_code", "postal_code"):
        return POSTCODES[c](rng)
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return rng.choice(
            [
                f"{d}/{m}",
                f"{d:02d}/{m:02d}/2026",
                f"{d}.{m}." if c == "DE" else f"{d}-{m}",
                f"{m}/{d}" if c == "US" else f"{d}/{m}/26",
            ]
        )
    if kind == "time":
        h, mi = rng.randint(8, 19), rng.choice([0, 15, 30, 45])
        return rng.choice(
            [
                f"{h}:{mi:02d}",
                f"{h}h{mi:02d}" if c in ("FR", "CA") else f"{h}:{mi:02d}",
                f"{h - 12 if h > 12 else h}pm" if h > 12 else f"{h}am",
            ]
        )
    if kind == "price":
        e, cts = rng.randint(3, 480), rng.randint(0, 99)
        return rng.choice(
            [
                f"{e}{dec}{cts:02d}",
                f"{e}{dec}{cts:02d} €" if c in ("ES", "FR", "DE", "PT") else f"${e}{dec}{cts:02d}",
                f"{e}",
            ]
        )
    if kind == "quantity":
        return str(rng.randint(2, 12))
    if kind == "product_model":
        return rng.choice(
            [f"SM-A{_d(rng, 3)}F", f"XR-{_d(rng, 4)}", f"K{_d(rng, 2)} Pro", f"TX{_d(rng, 3)}"]
        )
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"
    if kind == "invoice_number":
        return rng.choice(
            [f"FAC-2026-{_d(rng, 5)}", f"INV{_d(rng, 6)}", f"F{_d(rng, 3)}/{_d(rng, 4)}"]
        )
    if kind == "ticket_reference":
        return rng.choice([f"CS-{_d(rng, 6)}", f"#{_d(rng, 5)}", f"TK{_d(rng, 7)}"])
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "flight_number":
        return rng.choice(["IB", "UX", "AF", "LH", "TP", "AM", "LA", "BA", "AA"]) + str(
            rng.randint(100, 9999)
        )
    if kind == "store_number":
        return _d(rng, rng.choice([3, 4]))
    raise ValueError(kind)
