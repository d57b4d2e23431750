"""Synthetic value generators, validators and the hard-negative (must_keep) generator.

Every value is drawn from a `random.Random` handed in by the caller, so a conversation is a
pure function of its seed. Canonical forms are compact (no separators); surfaces are built in
`render.py` and decoded back there.
"""

from __future__ import annotations

import random
import re
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
from stdnum.us import itin, rtn, ssn

TYPES: tuple[str, ...] = (
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
)

MUST_KEEP_KINDS: tuple[str, ...] = (
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
)

REGIONS: tuple[str, ...] = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")

TEST_BINS: tuple[str, ...] = (
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
)

UPPER = string.ascii_uppercase
DIGITS = string.digits


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- cards


def card_length(number: str) -> int:
    if number[:2] in ("34", "37"):
        return 15
    if number[:2] == "30":
        return 14
    return 16


def draw_card(rng: random.Random) -> str:
    bin_ = rng.choice(TEST_BINS)
    length = card_length(bin_)
    body = bin_ + _digits(rng, length - len(bin_) - 1)
    return body + luhn.calc_check_digit(body)


def draw_cvv(rng: random.Random, amex: bool = False) -> str:
    return _digits(rng, 4 if amex else 3)


def draw_expiry(rng: random.Random) -> str:
    """Canonical expiry is MMYY."""
    return f"{rng.randint(1, 12):02d}{rng.randint(27, 33):02d}"


# ---------------------------------------------------------------- phones

_UK_DRAMA = (
    "20 7946 0",
    "113 496 0",
    "161 496 0",
    "117 496 0",
    "118 496 0",
    "141 496 0",
    "131 496 0",
    "151 496 0",
    "114 496 0",
    "115 496 0",
    "191 498 0",
    "121 496 0",
)

_PHONE_SHAPES: dict[str, Callable[[random.Random], str]] = {
    "US": lambda r: (
        r.choice(["212", "305", "415", "617", "702", "312", "503", "646", "213"])
        + "55501"
        + _digits(r, 2)
    ),
    "GB": lambda r: r.choice(_UK_DRAMA).replace(" ", "") + _digits(r, 3),
    "ES": lambda r: r.choice(["6", "7", "91", "93", "95", "96"]) + _digits(r, 8),
    "MX": lambda r: r.choice(["55", "33", "81", "222", "998"]) + _digits(r, 8),
    "FR": lambda r: r.choice(["6", "7", "1", "4", "5"]) + _digits(r, 8),
    "DE": lambda r: r.choice(["151", "160", "170", "176", "30", "89", "40", "221"]) + _digits(r, 8),
    "BR": lambda r: (
        r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + _digits(r, 8)
    ),
    "PT": lambda r: r.choice(["91", "92", "93", "96", "21", "22"]) + _digits(r, 7),
}


def draw_phone(rng: random.Random, region: str) -> str:
    """Canonical phone is E.164."""
    while True:
        national = _PHONE_SHAPES[region](rng)
        if region == "ES" and len(national) > 9:
            national = national[:9]
        num = phonenumbers.parse(
            national if region in ("US", "ES", "PT", "MX", "BR") else "0" + national, region
        )
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


# ---------------------------------------------------------------- banking


def _rib(bank: str, branch: str, account: str) -> str:
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


_IBAN_BBAN: dict[str, Callable[[random.Random], str]] = {
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(r, 14),
    "ES": lambda r: _digits(r, 20),
    "FR": lambda r: _rib(_digits(r, 5), _digits(r, 5), _digits(r, 11)),
    "DE": lambda r: _digits(r, 18),
    "PT": lambda r: _digits(r, 21),
    "BR": lambda r: (
        _digits(r, 18) + _digits(r, 5) + r.choice("CP") + _letters(r, 1, UPPER + DIGITS)
    ),
}
IBAN_COUNTRY = {
    "US": "GB",
    "GB": "GB",
    "ES": "ES",
    "MX": "ES",
    "FR": "FR",
    "DE": "DE",
    "BR": "BR",
    "PT": "PT",
}


def draw_iban(rng: random.Random, region: str) -> str:
    country = IBAN_COUNTRY[region]
    while True:
        bban = _IBAN_BBAN[country](rng)
        check = iban.calc_check_digits(country + "00" + bban)
        value = country + check + bban
        if iban.is_valid(value):
            return value


def draw_bic(rng: random.Random, region: str) -> str:
    country = IBAN_COUNTRY[region] if region != "US" else "US"
    if region == "MX":
        country = "MX"
    bank = _letters(rng, 4)
    loc = _letters(rng, 1) + rng.choice(UPPER + "23456789")
    branch = rng.choice(["", "", "XXX", _letters(rng, 3)])
    value = bank + country + loc + branch
    assert bic.is_valid(value)
    return value


def draw_routing(rng: random.Random, region: str) -> str:
    if region == "US":
        body = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
        return body + rtn.calc_check_digit(body)
    if region == "GB":
        return rng.choice(["20", "40", "30", "60", "77", "09"]) + _digits(rng, 4)
    if region == "DE":
        return rng.choice(["1", "2", "3", "5", "6", "7"]) + _digits(rng, 7)
    if region in ("ES", "PT"):
        return _digits(rng, 8)  # entidad + oficina / banco + balcao
    if region == "FR":
        return _digits(rng, 10)  # code banque + code guichet
    if region == "BR":
        return _digits(rng, 4)  # agencia
    return _digits(rng, 6)  # MX bank code + plaza


def draw_account(rng: random.Random, region: str) -> str:
    lengths = {
        "US": (9, 12),
        "GB": (8, 8),
        "DE": (10, 10),
        "ES": (10, 10),
        "FR": (11, 11),
        "BR": (8, 9),
        "PT": (11, 11),
        "MX": (10, 11),
    }
    lo, hi = lengths[region]
    return rng.choice("123456789") + _digits(rng, rng.randint(lo, hi) - 1)


def clabe_check(body17: str) -> str:
    weights = (3, 7, 1)
    total = sum(int(d) * weights[i % 3] % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def draw_clabe(rng: random.Random) -> str:
    body = (
        rng.choice(["002", "012", "014", "021", "030", "036", "044", "058", "072"])
        + rng.choice(["180", "320", "580", "650", "010", "027"])
        + _digits(rng, 11)
    )
    return body + clabe_check(body)


# ---------------------------------------------------------------- US / UK ids


def draw_ssn(rng: random.Random) -> str:
    while True:
        value = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(value):
            return value


def draw_itin(rng: random.Random) -> str:
    while True:
        group = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        value = f"9{_digits(rng, 2)}{group:02d}{_digits(rng, 4)}"
        if itin.is_valid(value):
            return value


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_is_valid(value: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", value))
        and value[0] in _NINO_FIRST
        and value[1] in _NINO_SECOND
        and value[:2] not in _NINO_BAD
    )


def draw_nino(rng: random.Random) -> str:
    while True:
        value = (
            rng.choice(_NINO_FIRST)
            + rng.choice(_NINO_SECOND)
            + _digits(rng, 6)
            + rng.choice("ABCD")
        )
        if nino_is_valid(value):
            return value


# ---------------------------------------------------------------- passports, licences

_PASSPORT: dict[str, Callable[[random.Random], str]] = {
    "US": lambda r: r.choice(["5", "6", "A"]) + _digits(r, 8),
    "GB": lambda r: r.choice("12345") + _digits(r, 8),
    "ES": lambda r: _letters(r, 3) + _digits(r, 6),
    "MX": lambda r: r.choice("GNE") + _digits(r, 8),
    "FR": lambda r: _digits(r, 2) + _letters(r, 2) + _digits(r, 5),
    "DE": lambda r: (
        r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ123456789") for _ in range(8))
    ),
    "BR": lambda r: _letters(r, 2) + _digits(r, 6),
    "PT": lambda r: r.choice("CNPL") + _digits(r, 6),
}
PASSPORT_RE: dict[str, str] = {
    "US": r"[56A]\d{8}",
    "GB": r"[1-5]\d{8}",
    "ES": r"[A-Z]{3}\d{6}",
    "MX": r"[GNE]\d{8}",
    "FR": r"\d{2}[A-Z]{2}\d{5}",
    "DE": r"[CFGHJK][CFGHJKLMNPRTVWXYZ1-9]{8}",
    "BR": r"[A-Z]{2}\d{6}",
    "PT": r"[CNPL]\d{6}",
}


def _uk_licence(r: random.Random) -> str:
    surname = _letters(r, 5)
    return (
        surname
        + str(r.randint(5, 9))
        + f"{r.randint(1, 12):02d}"
        + f"{r.randint(1, 28):02d}"
        + str(r.randint(0, 9))
        + _letters(r, 2)
        + str(r.randint(1, 9))
        + _letters(r, 2)
    )


_DRIVER: dict[str, Callable[[random.Random], str]] = {
    "US": lambda r: r.choice(["A", "B", "D", "F", "S"]) + _digits(r, 7),
    "GB": _uk_licence,
    "ES": lambda r: _digits(r, 8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"),
    "MX": lambda r: _letters(r, 1) + _digits(r, 8),
    "FR": lambda r: _digits(r, 12),
    "DE": lambda r: (
        r.choice("BFGHJK")
        + _digits(r, 3)
        + _letters(r, 1)
        + _digits(r, 2)
        + _letters(r, 1)
        + _digits(r, 2)
        + r.choice("12")
    ),
    "BR": lambda r: r.choice("1234567") + _digits(r, 10),
    "PT": lambda r: r.choice(["L", "P", "C", "F"]) + _digits(r, 7),
}
DRIVER_RE: dict[str, str] = {
    "US": r"[ABDFS]\d{7}",
    "GB": r"[A-Z]{5}\d{6}[A-Z]{2}\d[A-Z]{2}",
    "ES": r"\d{8}[A-Z]",
    "MX": r"[A-Z]\d{8}",
    "FR": r"\d{12}",
    "DE": r"[BFGHJK]\d{3}[A-Z]\d{2}[A-Z]\d{2}[12]",
    "BR": r"[1-7]\d{10}",
    "PT": r"[LPCF]\d{7}",
}


# ---------------------------------------------------------------- national ids


def draw_dni(rng: random.Random) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def draw_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


_CURP_STATES = ("DF", "JC", "NL", "PL", "MC", "GT", "VZ", "YN", "QT", "SP", "CH", "SR", "OC")


def draw_curp(rng: random.Random) -> str:
    while True:
        vowel = rng.choice("AEIOU")
        letters = rng.choice("BCDFGHLMNPRSTVZ") + vowel + _letters(rng, 2, "ABCDEGHLMNOPRSTUVZ")
        yy, mm, dd = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        cons = _letters(rng, 3, "BCDFGHJKLMNPRSTVZ")
        body = (
            f"{letters}{yy:02d}{mm:02d}{dd:02d}{rng.choice('HM')}{rng.choice(_CURP_STATES)}{cons}0"
        )
        value = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(value):
            return value


def draw_rfc(rng: random.Random) -> str:
    while True:
        letters = (
            rng.choice("BCDFGHLMNPRSTVZ")
            + rng.choice("AEIOU")
            + _letters(rng, 2, "ABCDEGHLMNOPRSTUVZ")
        )
        yy, mm, dd = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        homo = rng.choice("123456789ABCDEFGHJKLMNPRSTUV") + rng.choice(
            "123456789ABCDEFGHJKLMNPRSTUVWXYZ"
        )
        body = f"{letters}{yy:02d}{mm:02d}{dd:02d}{homo}"
        value = body + rfc.calc_check_digit(body)
        if rfc.validate(value, validate_check_digits=True) == value and value[-1] in DIGITS + "A":
            return value


def _cpf_digits(body: str) -> str:
    d1 = (sum((10 - i) * int(c) for i, c in enumerate(body)) * 10) % 11 % 10
    d2 = (sum((11 - i) * int(c) for i, c in enumerate(body + str(d1))) * 10) % 11 % 10
    return f"{d1}{d2}"


def draw_cpf(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 9)
        value = body + _cpf_digits(body)
        if cpf.is_valid(value):
            return value


def draw_cnpj(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 8) + "0001"
        value = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(value):
            return value


def draw_nir(rng: random.Random) -> str:
    while True:
        body = (
            f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            f"{rng.choice(['75', '69', '13', '33', '59', '31', '44', '67'])}{_digits(rng, 3)}{_digits(rng, 3)}"
        )
        value = body + nir.calc_check_digits(body)
        if nir.is_valid(value):
            return value


def draw_idnr(rng: random.Random) -> str:
    from stdnum.de.idnr import mod_11_10

    while True:
        digits = list("123456789" + "0")
        rng.shuffle(digits)
        ten = digits[:10]
        if ten[0] == "0":
            continue
        ten[rng.randint(1, 9)] = ten[rng.randint(0, 9)]
        body = "".join(ten)
        value = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(value):
            return value


def draw_nif(rng: random.Random) -> str:
    body = rng.choice("12356") + _digits(rng, 7)
    return body + nif.calc_check_digit(body)


# ---------------------------------------------------------------- digital


def draw_email(rng: random.Random) -> str:
    first = rng.choice(
        [
            "maria",
            "jon",
            "lea",
            "paulo",
            "ana",
            "kev",
            "sofia",
            "tom",
            "ines",
            "lukas",
            "chloe",
            "diego",
            "joao",
            "emma",
            "marc",
            "bea",
            "raul",
            "nina",
        ]
    )
    last = rng.choice(
        [
            "garcia",
            "smith",
            "martin",
            "muller",
            "silva",
            "costa",
            "dupont",
            "lopez",
            "weber",
            "santos",
            "brown",
            "moreau",
            "ferreira",
            "fischer",
            "ruiz",
        ]
    )
    sep = rng.choice([".", "_", "", "-"])
    tail = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1970, 2005))])
    domain = rng.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "example.test",
            "correo.example.com",
        ]
    )
    return f"{first}{sep}{last}{tail}@{domain}"


def draw_username(rng: random.Random) -> str:
    base = rng.choice(
        [
            "marta",
            "kiko",
            "gato",
            "lobo",
            "juju",
            "ferb",
            "pixel",
            "nando",
            "lulu",
            "zorro",
            "tuga",
            "bruno",
            "klaus",
            "mimi",
            "rafa",
            "sunny",
            "dede",
        ]
    )
    return (
        base
        + rng.choice(["_", ".", "", "-"])
        + rng.choice(["x", "pt", "mx", "fr", "de", "dev", "rj", ""])
        + str(rng.randint(2, 9999))
    )


def draw_password(rng: random.Random) -> str:
    words = [
        "Sol",
        "Luna",
        "Tigre",
        "Azul",
        "Blume",
        "Mer",
        "Praia",
        "River",
        "Casa",
        "Kaffee",
        "Rojo",
        "Chat",
    ]
    value = (
        rng.choice(words)
        + rng.choice(["!", "#", "$", "*", "_", "?"])
        + str(rng.randint(10, 9999))
        + rng.choice(["", "x", "Q", "!!", "z%"])
    )
    return value


def draw_pin(rng: random.Random) -> str:
    return _digits(rng, rng.choice([4, 4, 4, 6, 5]))


def draw_ip(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(1, 254)}"


def draw_mac(rng: random.Random) -> str:
    first = (rng.randint(0, 63) << 2) | 0x02
    octets = [first] + [rng.randint(0, 255) for _ in range(5)]
    sep = rng.choice([":", "-"])
    text = sep.join(f"{o:02x}" for o in octets)
    return text.upper() if rng.random() < 0.5 else text


B32 = UPPER + "234567"
B64 = string.ascii_letters + DIGITS + "/+"


def draw_aws_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + _letters(rng, 16, B32)


def draw_aws_secret(rng: random.Random) -> str:
    return _letters(rng, 40, B64)


# ---------------------------------------------------------------- dispatch


def draw(kind: str, rng: random.Random, region: str) -> str:
    """Draw one canonical value of `kind` for a customer in `region`."""
    match kind:
        case "CREDIT_DEBIT_NUMBER":
            return draw_card(rng)
        case "CREDIT_DEBIT_CVV":
            return draw_cvv(rng, rng.random() < 0.1)
        case "CREDIT_DEBIT_EXPIRY":
            return draw_expiry(rng)
        case "PIN":
            return draw_pin(rng)
        case "PASSWORD":
            return draw_password(rng)
        case "USERNAME":
            return draw_username(rng)
        case "EMAIL":
            return draw_email(rng)
        case "PHONE":
            return draw_phone(rng, region)
        case "BANK_ACCOUNT_NUMBER":
            return draw_account(rng, region)
        case "BANK_ROUTING":
            return draw_routing(rng, region)
        case "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return draw_iban(rng, region)
        case "SWIFT_CODE":
            return draw_bic(rng, region)
        case "SSN":
            return draw_ssn(rng)
        case "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
            return draw_itin(rng)
        case "UK_NATIONAL_INSURANCE_NUMBER":
            return draw_nino(rng)
        case "PASSPORT_NUMBER":
            return _PASSPORT[region](rng)
        case "DRIVER_ID":
            return _DRIVER[region](rng)
        case "IP_ADDRESS":
            return draw_ip(rng)
        case "MAC_ADDRESS":
            return draw_mac(rng)
        case "AWS_ACCESS_KEY":
            return draw_aws_key(rng)
        case "AWS_SECRET_KEY":
            return draw_aws_secret(rng)
        case "ES_DNI":
            return draw_dni(rng)
        case "ES_NIE":
            return draw_nie(rng)
        case "MX_CURP":
            return draw_curp(rng)
        case "MX_RFC":
            return draw_rfc(rng)
        case "MX_CLABE":
            return draw_clabe(rng)
        case "BR_CPF":
            return draw_cpf(rng)
        case "BR_CNPJ":
            return draw_cnpj(rng)
        case "FR_NIR":
            return draw_nir(rng)
        case "DE_TAX_ID":
            return draw_idnr(rng)
        case "PT_NIF":
            return draw_nif(rng)
    raise KeyError(kind)


def validate(kind: str, value: str, region: str) -> bool:
    """Check a canonical value of `kind` (as decoded from its surface)."""
    import ipaddress

    match kind:
        case "CREDIT_DEBIT_NUMBER":
            return (
                value[:6] in TEST_BINS and len(value) == card_length(value) and luhn.is_valid(value)
            )
        case "CREDIT_DEBIT_CVV":
            return bool(re.fullmatch(r"\d{3,4}", value))
        case "CREDIT_DEBIT_EXPIRY":
            return bool(re.fullmatch(r"(0[1-9]|1[0-2])(2[7-9]|3[0-3])", value))
        case "PIN":
            return bool(re.fullmatch(r"\d{4,6}", value))
        case "PASSWORD":
            return bool(re.fullmatch(r"\S{6,}", value))
        case "USERNAME":
            return bool(re.fullmatch(r"[a-z][a-z0-9_.-]{3,}", value))
        case "EMAIL":
            return bool(re.fullmatch(r"[a-z0-9._-]+@([a-z]+\.)?example\.(com|org|net|test)", value))
        case "PHONE":
            num = phonenumbers.parse(value)
            return (
                phonenumbers.is_valid_number(num)
                and phonenumbers.region_code_for_number(num) == region
            )
        case "BANK_ACCOUNT_NUMBER":
            return bool(re.fullmatch(r"[1-9]\d{7,11}", value))
        case "BANK_ROUTING":
            if region == "US":
                return len(value) == 9 and rtn.is_valid(value)
            return bool(re.fullmatch(r"\d{3,10}", value))
        case "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return iban.is_valid(value) and value == iban.compact(value)
        case "SWIFT_CODE":
            return bic.is_valid(value) and value == bic.compact(value)
        case "SSN":
            return len(value) == 9 and ssn.is_valid(value)
        case "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
            return len(value) == 9 and itin.is_valid(value)
        case "UK_NATIONAL_INSURANCE_NUMBER":
            return nino_is_valid(value)
        case "PASSPORT_NUMBER":
            return bool(re.fullmatch(PASSPORT_RE[region], value))
        case "DRIVER_ID":
            return bool(re.fullmatch(DRIVER_RE[region], value))
        case "IP_ADDRESS":
            addr = ipaddress.ip_address(value)
            nets = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"]
            return any(addr in ipaddress.ip_network(n) for n in nets)
        case "MAC_ADDRESS":
            octets = re.split(r"[:-]", value)
            return len(octets) == 6 and int(octets[0], 16) & 0x03 == 0x02
        case "AWS_ACCESS_KEY":
            return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", value))
        case "AWS_SECRET_KEY":
            return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", value))
        case "ES_DNI":
            return len(value) == 9 and dni.is_valid(value)
        case "ES_NIE":
            return nie.is_valid(value)
        case "MX_CURP":
            return curp.is_valid(value)
        case "MX_RFC":
            return rfc.is_valid(value) and len(value) == 13
        case "MX_CLABE":
            return len(value) == 18 and value.isdigit() and clabe_check(value[:17]) == value[17]
        case "BR_CPF":
            return cpf.is_valid(value)
        case "BR_CNPJ":
            return cnpj.is_valid(value)
        case "FR_NIR":
            return nir.is_valid(value)
        case "DE_TAX_ID":
            return idnr.is_valid(value)
        case "PT_NIF":
            return nif.is_valid(value)
    raise KeyError(kind)


# ---------------------------------------------------------------- hard negatives


def _phone_anywhere(run: str) -> bool:
    for region in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def _risky_run(run: str, next_char: str) -> bool:
    n = len(run)
    if n >= 8 and luhn.is_valid(run):
        return True
    if n == 9 and (
        rtn.is_valid(run) or ssn.is_valid(run) or itin.is_valid(run) or nif.is_valid(run)
    ):
        return True
    if n == 11 and (cpf.is_valid(run) or idnr.is_valid(run)):
        return True
    if n == 14 and cnpj.is_valid(run):
        return True
    if n == 15 and nir.is_valid(run):
        return True
    if n == 18 and clabe_check(run[:17]) == run[17]:
        return True
    if n == 8 and next_char.isalpha() and dni.is_valid(run + next_char.upper()):
        return True
    if n >= 5 and _phone_anywhere(run):
        return True
    return False


def is_safe_negative(text: str) -> bool:
    """True when no digit run could pass as an identifier or a phone number."""
    runs = [(m.group(), text[m.end() : m.end() + 1]) for m in re.finditer(r"\d+", text)]
    return not any(_risky_run(run, nxt) for run, nxt in runs)


_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _date(r: random.Random, region: str) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
    if region == "US":
        return r.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{_MONTHS_EN[m - 1]} {d}"])
    if region == "DE":
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d:02d}.{m:02d}."])
    if region == "GB":
        return r.choice([f"{d}/{m}/{y}", f"{d:02d}/{m:02d}", f"{d} {_MONTHS_EN[m - 1]}"])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d:02d}-{m:02d}-{y}"])


def _postal(r: random.Random, region: str) -> str:
    match region:
        case "US":
            return _digits(r, 5)
        case "GB":
            return (
                r.choice(["SW", "N", "M", "LS", "EH", "B"])
                + str(r.randint(1, 19))
                + " "
                + str(r.randint(1, 9))
                + _letters(r, 2)
            )
        case "BR":
            return f"{_digits(r, 5)}-{_digits(r, 3)}"
        case "PT":
            return f"{r.randint(1000, 9999)}-{_digits(r, 3)}"
        case _:
            return (
                f"{r.randint(1, 52):02d}{_digits(r, 3)}"
                if region != "DE"
                else f"{r.randint(10, 99)}{_digits(r, 3)}"
            )


def _plate(r: random.Random, region: str) -> str:
    match region:
        case "ES":
            return f"{_digits(r, 4)} {_letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
        case "DE":
            return (
                f"{r.choice(['B', 'M', 'HH', 'K', 'F', 'S'])}-{_letters(r, 2)} {r.randint(1, 9999)}"
            )
        case "FR":
            return f"{_letters(r, 2)}-{_digits(r, 3)}-{_letters(r, 2)}"
        case "BR":
            return f"{_letters(r, 3)}{r.randint(0, 9)}{_letters(r, 1)}{_digits(r, 2)}"
        case "PT":
            return f"{_letters(r, 2)}-{_digits(r, 2)}-{_letters(r, 2)}"
        case "GB":
            return f"{_letters(r, 2)}{_digits(r, 2)} {_letters(r, 3)}"
        case "MX":
            return f"{_letters(r, 3)}-{_digits(r, 3)}-{_letters(r, 1)}"
    return f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}"


def _money(r: random.Random, region: str, big: bool) -> str:
    units = r.randint(100, 4999) if big else r.randint(3, 180)
    cents = r.choice(["", f"{r.randint(0, 99):02d}"])
    dec = "." if region in ("US", "GB", "MX") else ","
    num = f"{units}{dec}{cents}" if cents else f"{units}"
    sym = {"US": "$", "GB": "£", "MX": "$", "BR": "R$"}.get(region, "€")
    if sym == "€" and r.random() < 0.6:
        return f"{num}€" if r.random() < 0.5 else f"{num} €"
    return f"{sym}{num}" if sym != "R$" else f"R$ {num}"


MUST_KEEP_DRAW: dict[str, Callable[[random.Random, str], str]] = {
    "order": lambda r, g: r.choice(["", "#", "A", "PED-", "BE"]) + _digits(r, r.randint(6, 10)),
    "tracking": lambda r, g: (
        r.choice(["1Z", "LX", "JJD", "CP", "RR", "QA"])
        + _digits(r, r.randint(8, 14))
        + r.choice(["", "BR", "PT", "DE", "ES"])
    ),
    "invoice": lambda r, g: (
        r.choice(["INV-", "FAC-", "F", "RE-", "NF "]) + _digits(r, r.randint(5, 8))
    ),
    "ticket": lambda r, g: r.choice(["#", "CS-", "TK", "INC"]) + _digits(r, r.randint(5, 8)),
    "policy": lambda r, g: r.choice(["POL-", "PL", "", "AP-"]) + _digits(r, r.randint(7, 10)),
    "contract": lambda r, g: r.choice(["CT-", "", "K", "VTR-"]) + _digits(r, r.randint(6, 10)),
    "booking": lambda r, g: "".join(r.choice(UPPER + "23456789") for _ in range(6)),
    "customer_ref": lambda r, g: r.choice(["C", "CL-", "", "KD"]) + _digits(r, r.randint(6, 9)),
    "store": lambda r, g: str(r.randint(2, 999)),
    "room": lambda r, g: str(r.randint(101, 1240)),
    "seat": lambda r, g: f"{r.randint(1, 42)}{r.choice('ABCDEF')}",
    "flight": lambda r, g: (
        r.choice(["IB", "UX", "BA", "LH", "AF", "TP", "LA", "AM", "UA", "VY"])
        + r.choice(["", " "])
        + str(r.randint(12, 8999))
    ),
    "meter_reading": lambda r, g: _digits(r, r.randint(4, 6)),
    "price": lambda r, g: _money(r, g, False),
    "amount": lambda r, g: _money(r, g, True),
    "quantity": lambda r, g: str(r.randint(1, 12)),
    "count": lambda r, g: str(r.randint(2, 40)),
    "percentage": lambda r, g: f"{r.randint(5, 80)}%",
    "date": _date,
    "time": lambda r, g: (
        f"{r.randint(7, 21)}:{r.choice(['00', '15', '30', '45'])}"
        if g != "US"
        else f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])}{r.choice(['pm', 'am', ' pm', ''])}"
    ),
    "year": lambda r, g: str(r.randint(2009, 2025)),
    "duration": lambda r, g: str(r.randint(2, 90)),
    "postal_code": _postal,
    "zip4": lambda r, g: f"{_digits(r, 5)}-{_digits(r, 4)}",
    "product_model": lambda r, g: (
        r.choice(["iPhone ", "Galaxy S", "Pixel ", "WH-", "SM-A", "XPS ", "Moto G"])
        + str(r.randint(5, 99))
        + r.choice(["", " Pro", "XM4", "5G", "B"])
    ),
    "version": lambda r, g: (
        f"{r.choice(['v', '', 'V'])}{r.randint(1, 17)}.{r.randint(0, 9)}"
        + r.choice(["", f".{r.randint(0, 12)}"])
    ),
    "error_code": lambda r, g: (
        r.choice(["E", "ERR-", "0x", "E-", "C"]) + _digits(r, r.randint(3, 5))
    ),
    "data_size": lambda r, g: (
        f"{r.choice([2, 5, 10, 15, 20, 30, 50, 100, 128, 256, 512])}{r.choice(['GB', ' GB', 'MB', ' gigas', 'G'])}"
    ),
    "plate": _plate,
}


def draw_must_keep(kind: str, rng: random.Random, region: str) -> str:
    for _ in range(2000):
        value = MUST_KEEP_DRAW[kind](rng, region)
        if is_safe_negative(value):
            return value
    raise RuntimeError(f"could not draw a safe {kind}")
