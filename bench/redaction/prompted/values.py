"""Draw synthetic PII and hard-negative values, each validated before use.

Every identifier with a published check digit is completed by trying candidate check digits
against python-stdnum's own validator, so the corpus never relies on a hand-copied algorithm.
The one exception is the Mexican CLABE, which python-stdnum 2.2 does not ship: its weighted
mod-10 digit is written out below (weights 3, 7, 1, per Banxico).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

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
    "378282",
    "371449",
]
PHONE_REGIONS = ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB", "CA"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _complete(
    rng: random.Random,
    make_body: Callable[[], str],
    n_check: int,
    valid: Callable[[str], bool],
    alphabet: str = DIGITS,
) -> str:
    """Append the check characters that make `valid` accept the number (tries every candidate)."""
    for _ in range(200):
        body = make_body()
        if n_check == 1:
            cands = [body + c for c in alphabet]
        else:
            cands = [body + a + b for a in alphabet for b in alphabet]
        ok = [c for c in cands if valid(c)]
        if ok:
            return ok[0]
    raise RuntimeError("could not complete a valid number")


def card(rng: random.Random) -> str:
    b = rng.choice(CARD_BINS)
    length = 15 if b.startswith("37") else 16
    return _complete(rng, lambda: b + _digits(rng, length - 7), 1, luhn.is_valid)


def cvv(rng: random.Random) -> str:
    return _digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng: random.Random) -> str:
    """Canonical MMYY."""
    return f"{rng.randint(1, 12):02d}{rng.randint(26, 33):02d}"


def pin(rng: random.Random) -> str:
    return _digits(rng, rng.choice([4, 4, 4, 6]))


def bank_account(rng: random.Random, locale: str) -> str:
    if locale == "en-GB":
        return _digits(rng, 8)
    if locale == "pt-BR":
        return str(rng.randint(10000, 999999)) + _digits(rng, 1)
    if locale == "de-DE":
        return str(rng.randint(10**8, 10**10 - 1))
    return str(rng.randint(10**7, 10**12 - 1))


def routing(rng: random.Random, locale: str) -> str:
    if locale == "en-GB":
        return _digits(rng, 6)  # sort code
    if locale == "de-DE":
        return rng.choice("1234567") + _digits(rng, 7)  # BLZ (no check digit exists)
    if locale == "pt-BR":
        return _digits(rng, 4)  # agência
    return _complete(
        rng,
        lambda: (
            rng.choice(
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
                ]
            )
            + _digits(rng, 6)
        ),
        1,
        rtn.is_valid,
    )


_BBAN = {
    "ES": lambda r: _es_bban(r),
    "DE": lambda r: _digits(r, 18),
    "FR": lambda r: _fr_bban(r),
    "PT": lambda r: _digits(r, 21),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(r, 14),
    "BR": lambda r: _digits(r, 23) + r.choice("CP") + r.choice("123"),
}


def _es_bban(rng: random.Random) -> str:
    from stdnum.es import ccc

    bank, office, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
    return bank + office + ccc.calc_check_digits(bank + office + "00" + acct) + acct


def _fr_bban(rng: random.Random) -> str:
    body = _digits(rng, 21)
    # RIB key: 97 - (89*bank + 15*branch + 3*account) mod 97
    key = 97 - (89 * int(body[:5]) + 15 * int(body[5:10]) + 3 * int(body[10:])) % 97
    return body + f"{key:02d}"


def international_iban(rng: random.Random, country: str) -> str:
    for _ in range(500):
        bban = _BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return number
    raise RuntimeError(country)


def swift(rng: random.Random, country: str) -> str:
    code = (
        "".join(rng.choice(UPPER) for _ in range(4))
        + country
        + rng.choice(UPPER)
        + rng.choice(UPPER + DIGITS)
    )
    if rng.random() < 0.4:
        code += rng.choice(["XXX", "001", "MAD", "PAR"])
    assert bic.is_valid(code), code
    return code


_FIRST = [
    "maria",
    "jose",
    "lucia",
    "pierre",
    "chloe",
    "jonas",
    "lena",
    "joao",
    "ana",
    "mike",
    "sarah",
    "dani",
    "carlos",
    "fer",
    "julie",
    "klaus",
    "bea",
    "tiago",
    "rafa",
    "emma",
    "nico",
    "gabi",
    "leo",
    "ines",
]
_LAST = [
    "garcia",
    "lopez",
    "martin",
    "dubois",
    "roux",
    "mueller",
    "schmidt",
    "silva",
    "santos",
    "smith",
    "jones",
    "ferreira",
    "moreau",
    "weber",
    "perez",
    "costa",
    "brown",
    "lefebvre",
    "becker",
    "oliveira",
]
_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "correo.example",
    "mail.example",
    "post.example",
]


def email(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    user = rng.choice(
        [f"{f}.{last}", f"{f}{last[:3]}{rng.randint(1, 99)}", f"{f}_{last}", f"{f[0]}{last}"]
    )
    return f"{user}@{rng.choice(_DOMAINS)}"


def username(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    return rng.choice(
        [
            f"{f}_{last[:4]}{rng.randint(1, 99)}",
            f"{f}{rng.randint(80, 99)}",
            f"{last}.{f}",
            f"x{f}x{rng.randint(1, 9)}",
            f"{f}{last}",
        ]
    )


def password(rng: random.Random) -> str:
    word = rng.choice(
        ["Gatito", "sol", "Rayo", "blume", "Chien", "futebol", "Sunny", "luna", "Tigre", "Banane"]
    )
    return (
        word
        + rng.choice(["", "_", "."])
        + str(rng.randint(10, 9999))
        + rng.choice(["!", "#", "?", "$", ""])
    )


def ip_address(rng: random.Random) -> str:
    prefix = rng.choice(
        [
            "203.0.113",
            "198.51.100",
            "192.0.2",
            f"{rng.randint(81, 190)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
        ]
    )
    return f"{prefix}.{rng.randint(2, 254)}"


def phone(rng: random.Random, region: str) -> str:
    """National significant number; validated with phonenumbers for `region`."""
    makers = {
        "ES": lambda: rng.choice("67") + _digits(rng, 8),
        "MX": lambda: rng.choice(["55", "33", "81"]) + _digits(rng, 8),
        "BR": lambda: rng.choice(["11", "21", "31", "41", "61", "71"]) + "9" + _digits(rng, 8),
        "FR": lambda: rng.choice("67") + _digits(rng, 8),
        "DE": lambda: rng.choice(["151", "160", "170", "171", "176", "152"]) + _digits(rng, 8),
        "PT": lambda: "9" + rng.choice("1236") + _digits(rng, 7),
        "US": lambda: (
            rng.choice(["201", "212", "312", "415", "617", "305"]) + "55501" + _digits(rng, 2)
        ),
        "CA": lambda: rng.choice(["514", "438", "418", "819"]) + "55501" + _digits(rng, 2),
        "GB": lambda: rng.choice(["2079460", "1134960", "1614960", "1174960"]) + _digits(rng, 3),
    }
    for _ in range(200):
        n = makers[region]()
        if phonenumbers.is_valid_number(phonenumbers.parse(n, region)):
            return n
    raise RuntimeError(region)


def ssn_number(rng: random.Random) -> str:
    while True:
        n = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(n):
            return n


def passport(rng: random.Random, locale: str) -> str:
    country = locale[-2:]
    if country in ("US", "GB"):
        return rng.choice("5678") + _digits(rng, 8)
    if country == "ES":
        return "".join(rng.choice(UPPER) for _ in range(3)) + _digits(rng, 6)
    if country == "FR" or country == "CA":
        return _digits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 5)
    if country == "DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + "0123456789") for _ in range(8))
    if country == "BR":
        return "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 6)
    if country == "PT":
        return rng.choice(UPPER) + _digits(rng, 6)
    return rng.choice("GN") + _digits(rng, 8)  # MX


def driver_id(rng: random.Random, locale: str) -> str:
    country = locale[-2:]
    if country == "GB":
        last = rng.choice(_LAST).upper()[:5].ljust(5, "9")
        return (
            last
            + _digits(rng, 6)
            + rng.choice(UPPER)
            + rng.choice(UPPER)
            + rng.choice(DIGITS)
            + rng.choice(UPPER)
            + rng.choice(UPPER)
        )
    if country == "DE":
        return (
            rng.choice("BFKMN")
            + _digits(rng, 3)
            + rng.choice(UPPER)
            + _digits(rng, 5)
            + rng.choice(UPPER)
        )
    if country == "BR":
        return _digits(rng, 11)  # CNH: 11 digits
    if country in ("US", "CA"):
        return rng.choice(UPPER) + _digits(rng, 7 + rng.choice([0, 1, 5]))
    return rng.choice(UPPER) + _digits(rng, 8)


def es_dni(rng: random.Random) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    n = body + nie.calc_check_digit(body)
    assert nie.is_valid(n)
    return n


_CONS = "BCDFGHJKLMNPRSTVZ"
_VOW = "AEIOU"


def _birth(rng: random.Random) -> str:
    return f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def mx_curp(rng: random.Random) -> str:
    def body() -> str:
        letters = rng.choice(_CONS) + rng.choice(_VOW) + rng.choice(_CONS) + rng.choice(_CONS)
        return (
            letters
            + _birth(rng)
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT"])
            + "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3))
            + "0"
        )

    return _complete(rng, body, 1, curp.is_valid)


def mx_rfc(rng: random.Random) -> str:
    def body() -> str:
        letters = rng.choice(_CONS) + rng.choice(_VOW) + rng.choice(_CONS) + rng.choice(_CONS)
        return letters + _birth(rng) + rng.choice(UPPER[:-1]) + rng.choice(DIGITS)

    return _complete(
        rng, body, 1, lambda n: rfc.is_valid(n, validate_check_digits=True), DIGITS + "A"
    )


def clabe_check(body17: str) -> str:
    weights = [3, 7, 1] * 6
    return str((10 - sum(int(d) * w % 10 for d, w in zip(body17, weights)) % 10) % 10)


def clabe_valid(n: str) -> bool:
    return len(n) == 18 and n.isdigit() and clabe_check(n[:17]) == n[17]


def mx_clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072", "127"]) + _digits(rng, 14)
    return body + clabe_check(body)


def br_cpf(rng: random.Random) -> str:
    return _complete(rng, lambda: _digits(rng, 9), 2, cpf.is_valid)


def br_cnpj(rng: random.Random) -> str:
    return _complete(rng, lambda: _digits(rng, 8) + "0001", 2, cnpj.is_valid)


def fr_nir(rng: random.Random) -> str:
    def body() -> str:
        return (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _digits(rng, 6)
        )

    return _complete(rng, body, 2, nir.is_valid)


def de_tax_id(rng: random.Random) -> str:
    return _complete(rng, lambda: rng.choice("123456789") + _digits(rng, 9), 1, idnr.is_valid)


def pt_nif(rng: random.Random) -> str:
    return _complete(rng, lambda: rng.choice("12") + _digits(rng, 7), 1, nif.is_valid)


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "CREDIT_DEBIT_NUMBER": luhn.is_valid,
    "BANK_ROUTING_US": rtn.is_valid,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": lambda n: rfc.is_valid(n, validate_check_digits=True),
    "MX_CLABE": clabe_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}


def passes_any_check(digits: str) -> bool:
    """True when a digit string would pass a checksum or phone check a redactor could use."""
    if len(digits) >= 2 and luhn.is_valid(digits):
        return True
    for check in (
        cpf.is_valid,
        nif.is_valid,
        idnr.is_valid,
        rtn.is_valid,
        ssn.is_valid,
        nir.is_valid,
        cnpj.is_valid,
        clabe_valid,
    ):
        try:
            if check(digits):
                return True
        except Exception:
            pass
    if len(digits) == 8 and dni.is_valid(digits + dni.calc_check_digit(digits)) and False:
        return True
    for region in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def order_number(rng: random.Random, lo: int = 4, hi: int = 11) -> str:
    while True:
        n = rng.choice("123456789") + _digits(rng, rng.randint(lo, hi) - 1)
        if not passes_any_check(n):
            return n
