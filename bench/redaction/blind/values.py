"""Synthetic PII values per entity type and customer country.

Every value with a check digit is drawn at random and completed so python-stdnum validates it;
the few rules stdnum lacks (CLABE, UK NINO shape) are written here and named in the README.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

D = string.digits
U = string.ascii_uppercase


def _digits(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


def _complete(rng: random.Random, body: Callable[[], str], ok: Callable[[str], bool]) -> str:
    # Draw bodies until one completes; the candidates hold the check character already.
    for _ in range(10_000):
        value = body()
        if ok(value):
            return value
    raise RuntimeError("no valid value drawn")


def card(rng: random.Random, _cc: str) -> str:
    prefix, length = rng.choice(
        [
            ("4", 16),
            ("4", 16),
            ("51", 16),
            ("53", 16),
            ("2221", 16),
            ("2720", 16),
            ("37", 15),
            ("34", 15),
            ("6011", 16),
            ("4", 13),
            ("62", 19),
        ]
    )
    body = prefix + "".join(rng.choice(D) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random, _cc: str) -> str:
    # three digits: several templates say "the three digits", so no four-digit Amex CID
    return _digits(rng, 3)


def expiry(rng: random.Random, _cc: str) -> str:
    """MMYY; the renderer chooses the separator and year width."""
    return f"{rng.randint(1, 12):02d}{rng.randint(26, 32):02d}"


def pin(rng: random.Random, _cc: str) -> str:
    return _digits(rng, rng.choice([4, 4, 4, 6]))


_WORDS = [
    "sunflower",
    "Bluebird",
    "mango",
    "Rosie",
    "tigre",
    "Lapin",
    "Hund",
    "gatinho",
    "canela",
    "Soleil",
    "winter",
    "Pepito",
    "Fenster",
    "saudade",
    "Kiwi",
    "luna",
]


def password(rng: random.Random, _cc: str) -> str:
    shape = rng.randrange(4)
    word = rng.choice(_WORDS)
    if shape == 0:
        return f"{word}{rng.randint(1, 99)}{rng.choice('!$#*?')}"
    if shape == 1:
        return f"{word.capitalize()}_{rng.randint(1900, 2030)}"
    if shape == 2:
        return "".join(rng.choice(string.ascii_letters + D + "!#&@") for _ in range(12))
    return f"{rng.choice(_WORDS).lower()}.{word.lower()}{rng.randint(10, 999)}"


def account(rng: random.Random, cc: str) -> str:
    n = {
        "US": rng.choice([9, 10, 12]),
        "GB": 8,
        "DE": 10,
        "AT": 11,
        "CH": 12,
        "FR": 11,
        "ES": 10,
        "MX": 11,
        "BR": 8,
        "PT": 11,
    }[cc]
    return _digits(rng, n, "123456789")


def routing(rng: random.Random, cc: str) -> str:
    if cc == "US":
        return _complete(rng, lambda: _digits(rng, 9, "0123"), rtn.is_valid)
    n = {"GB": 6, "DE": 8, "AT": 5, "CH": 5, "FR": 5, "ES": 8, "MX": 3, "BR": 4, "PT": 4}[cc]
    return _digits(rng, n, "123456789")


_BBAN = {"ES": 20, "DE": 18, "FR": 23, "PT": 21, "AT": 16, "CH": 17}


def iban_value(rng: random.Random, cc: str) -> str:
    country = cc if cc in _BBAN or cc == "GB" else rng.choice(sorted(_BBAN))

    def body() -> str:
        if country == "GB":
            bban = "".join(rng.choice(U) for _ in range(4)) + _digits(rng, 14)
        elif country == "ES":
            bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        else:
            bban = _digits(rng, _BBAN[country])
        return country + iban.calc_check_digits(country + "00" + bban) + bban

    return _complete(rng, body, iban.is_valid)


_BIC_CC = {
    "US": "US",
    "GB": "GB",
    "ES": "ES",
    "MX": "MX",
    "FR": "FR",
    "DE": "DE",
    "AT": "AT",
    "CH": "CH",
    "BR": "BR",
    "PT": "PT",
}


def swift(rng: random.Random, cc: str) -> str:
    def body() -> str:
        bank = "".join(rng.choice(U) for _ in range(4))
        loc = rng.choice(U) + rng.choice(U + "23456789")
        branch = rng.choice(["", "", "XXX", "".join(rng.choice(U) for _ in range(3))])
        return bank + _BIC_CC[cc] + loc + branch

    return _complete(rng, body, bic.is_valid)


def ssn_value(rng: random.Random, _cc: str) -> str:
    return _complete(rng, lambda: _digits(rng, 9, "12345678"), ssn.is_valid)


def itin_value(rng: random.Random, _cc: str) -> str:
    def body() -> str:
        return (
            "9"
            + _digits(rng, 2)
            + str(rng.choice([70, 71, 75, 78, 80, 83, 88, 90, 92, 94, 99]))
            + _digits(rng, 4)
        )

    return _complete(rng, body, itin.is_valid)


def passport(rng: random.Random, cc: str) -> str:
    letters = "CFGHJKLMNPRTVWXYZ"
    shapes: dict[str, Callable[[], str]] = {
        "US": lambda: (
            rng.choice(["", "A"])
            + _digits(rng, 9 if rng.random() < 0.5 else 8, "1-9"[0] + "23456789")
        ),
        "GB": lambda: _digits(rng, 9, "123456"),
        "ES": lambda: "".join(rng.choice(U) for _ in range(3)) + _digits(rng, 6),
        "MX": lambda: rng.choice("GNE") + _digits(rng, 8),
        "FR": lambda: _digits(rng, 2) + rng.choice(U) + rng.choice(U) + _digits(rng, 5),
        "DE": lambda: rng.choice("CFGHJK") + "".join(rng.choice(letters + D[1:]) for _ in range(8)),
        "AT": lambda: rng.choice("PU") + _digits(rng, 7),
        "CH": lambda: rng.choice("SX") + _digits(rng, 7),
        "BR": lambda: rng.choice(["FX", "GA", "YB", "FS"]) + _digits(rng, 6),
        "PT": lambda: rng.choice("CPN") + _digits(rng, 6),
    }
    return shapes[cc]()


def driver_id(rng: random.Random, cc: str) -> str:
    shapes: dict[str, Callable[[], str]] = {
        "US": lambda: rng.choice(
            [rng.choice(U) + _digits(rng, 7), _digits(rng, 9), rng.choice(U) + _digits(rng, 12)]
        ),
        "GB": lambda: (
            "".join(rng.choice(U) for _ in range(5))
            + _digits(rng, 6)
            + "".join(rng.choice(U) for _ in range(2))
            + rng.choice(D)
            + "".join(rng.choice(U) for _ in range(2))
        ),
        "ES": lambda: dni_value(rng, cc),
        "MX": lambda: rng.choice(U) + _digits(rng, 8),
        "FR": lambda: _digits(rng, 12),
        "DE": lambda: (
            rng.choice(U)
            + _digits(rng, 3)
            + "".join(rng.choice(U + D) for _ in range(6))
            + rng.choice(D)
        ),
        "AT": lambda: _digits(rng, 8),
        "CH": lambda: _digits(rng, 9),
        "BR": lambda: _digits(rng, 11, "0123456"),
        "PT": lambda: (
            rng.choice(["L", "P", "AV", "C"]) + "-" + _digits(rng, 6) + " " + _digits(rng, 1)
        ),
    }
    return shapes[cc]()


def email(rng: random.Random, _cc: str) -> str:
    first = rng.choice(
        [
            "maria",
            "jdoe",
            "lucas",
            "ana.p",
            "sophie",
            "kev",
            "mueller.k",
            "joao",
            "carmen",
            "b.martin",
            "lena",
            "rafa",
            "jules",
            "pedro.h",
            "tom",
            "ines",
        ]
    )
    tail = rng.choice(
        ["", "", str(rng.randint(1, 99)), "_" + str(rng.randint(1970, 2009)), ".work"]
    )
    domain = rng.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "correo.example.org",
            "post.example.net",
            "shop.test",
            "home.example",
        ]
    )
    return f"{first}{tail}@{domain}"


_PHONE = {
    "US": ["212", "305", "415", "512", "617", "713", "818", "929", "312", "404"],
    "GB": ["071", "073", "074", "075", "077", "078", "079", "020", "0161"],
    "ES": ["6", "6", "7", "91", "93", "95"],
    "MX": ["55", "33", "81", "222", "664"],
    "FR": ["06", "07", "01", "04"],
    "DE": ["0151", "0160", "0170", "0176", "030", "089", "040"],
    "AT": ["0664", "0676", "0699", "01"],
    "CH": ["079", "078", "076", "044"],
    "BR": ["119", "219", "319", "479", "11", "21"],
    "PT": ["91", "92", "93", "96", "21", "22"],
}
_NSN_LEN = {
    "US": 10,
    "GB": 11,
    "ES": 9,
    "MX": 10,
    "FR": 10,
    "DE": 11,
    "AT": 11,
    "CH": 10,
    "BR": 11,
    "PT": 9,
}


def phone(rng: random.Random, cc: str) -> str:
    """National number as dialled at home (trunk prefix kept where the country uses one)."""

    def body() -> str:
        prefix = rng.choice(_PHONE[cc])
        n = _NSN_LEN[cc] - (len(prefix))
        if cc == "BR" and len(prefix) == 2:
            n -= 1  # landline: ten digits
        return prefix + "".join(rng.choice(D) for _ in range(n))

    def ok(value: str) -> bool:
        try:
            parsed = phonenumbers.parse(value, cc)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number_for_region(parsed, cc)

    return _complete(rng, body, ok)


def ip_address(rng: random.Random, _cc: str) -> str:
    if rng.random() < 0.15:
        return (
            "2001:db8:"
            + ":".join(f"{rng.randrange(65536):x}" for _ in range(3))
            + "::"
            + f"{rng.randrange(1, 65536):x}"
        )
    first = rng.choice([10, 172, 192, 81, 88, 177, 189, 62, 90, 203, 198])
    return ".".join(
        str(x) for x in [first, rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)]
    )


def mac_address(rng: random.Random, _cc: str) -> str:
    return ":".join(f"{rng.randrange(256):02x}" for _ in range(6))


_B32 = U + "234567"


def aws_access_key(rng: random.Random, _cc: str) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + "".join(rng.choice(_B32) for _ in range(16))


def aws_secret_key(rng: random.Random, _cc: str) -> str:
    return "".join(rng.choice(string.ascii_letters + D + "/+") for _ in range(40))


def nino(rng: random.Random, _cc: str) -> str:
    # No check digit; HMRC prefix rules: no D F I Q U V, second letter not O, some pairs unused.
    first = [c for c in U if c not in "DFIQUV"]
    second = [c for c in first if c != "O"]
    while True:
        pair = rng.choice(first) + rng.choice(second)
        if pair not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return pair + _digits(rng, 6) + rng.choice("ABCD")


def dni_value(rng: random.Random, _cc: str) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def nie_value(rng: random.Random, _cc: str) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


_CURP_STATES = ["AS", "BC", "CL", "DF", "JC", "MC", "NL", "PL", "QT", "VZ", "YN", "GT"]


def curp_value(rng: random.Random, _cc: str) -> str:
    def body() -> str:
        head = rng.choice("BCGHLMPRS") + rng.choice("AEIOU") + rng.choice(U) + rng.choice(U)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        tail = rng.choice("HM") + rng.choice(_CURP_STATES)
        cons = "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
        partial = head + date + tail + cons + rng.choice(D)
        return partial + curp.calc_check_digit(partial)

    return _complete(rng, body, curp.is_valid)


def rfc_value(rng: random.Random, _cc: str) -> str:
    def body() -> str:
        head = (
            "".join(rng.choice("BCDGHLMPRSTV") for _ in range(1))
            + rng.choice("AEIOU")
            + rng.choice(U)
            + rng.choice(U)
        )
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        homo = rng.choice(U) + rng.choice(U + D)
        partial = head + date + homo
        return partial + rfc.calc_check_digit(partial)

    return _complete(rng, body, rfc.is_valid)


def clabe(rng: random.Random, _cc: str) -> str:
    """Own rule (stdnum 2.2 has no CLABE): weights 3,7,1 over 17 digits, check = (10 - s%10)%10."""
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072"]) + _digits(rng, 14)
    return body + clabe_check(body)


def clabe_check(body: str) -> str:
    total = sum((int(c) * (3, 7, 1)[i % 3]) % 10 for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def cpf_value(rng: random.Random, _cc: str) -> str:
    return _complete(rng, lambda: (b := _digits(rng, 9)) + cpf._calc_check_digits(b), cpf.is_valid)


def cnpj_value(rng: random.Random, _cc: str) -> str:
    return _complete(
        rng, lambda: (b := _digits(rng, 8) + "0001") + cnpj.calc_check_digits(b), cnpj.is_valid
    )


def nir_value(rng: random.Random, _cc: str) -> str:
    def body() -> str:
        b = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _digits(rng, 3)
            + _digits(rng, 3)
        )
        return b + nir.calc_check_digits(b)

    return _complete(rng, body, nir.is_valid)


def steuer_id(rng: random.Random, _cc: str) -> str:
    def body() -> str:
        b = _digits(rng, 10, "123456789")
        for check in D:
            if idnr.is_valid(b + check):
                return b + check
        return b + "0"

    return _complete(rng, body, idnr.is_valid)


def pt_nif(rng: random.Random, _cc: str) -> str:
    return _complete(
        rng, lambda: (b := _digits(rng, 8, "123")) + nif.calc_check_digit(b), nif.is_valid
    )


GENERATORS: dict[str, Callable[[random.Random, str], str]] = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "PASSWORD": password,
    "BANK_ACCOUNT_NUMBER": account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_value,
    "SWIFT_CODE": swift,
    "SSN": ssn_value,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_value,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver_id,
    "EMAIL": email,
    "PHONE": phone,
    "IP_ADDRESS": ip_address,
    "MAC_ADDRESS": mac_address,
    "AWS_ACCESS_KEY": aws_access_key,
    "AWS_SECRET_KEY": aws_secret_key,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "ES_DNI": dni_value,
    "ES_NIE": nie_value,
    "MX_CURP": curp_value,
    "MX_RFC": rfc_value,
    "MX_CLABE": clabe,
    "BR_CPF": cpf_value,
    "BR_CNPJ": cnpj_value,
    "FR_NIR": nir_value,
    "DE_TAX_ID": steuer_id,
    "PT_NIF": pt_nif,
}

# Validators the self-check re-runs on every drawn value (canonical form).
VALIDATORS: dict[str, Callable[[str], bool]] = {
    "CREDIT_DEBIT_NUMBER": luhn.is_valid,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": lambda v: len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17],
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}
