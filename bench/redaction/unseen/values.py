"""Synthetic values per entity type and customer country.

Bodies are drawn at random; where an identifier has a check digit the generator tries every
candidate check character until python-stdnum accepts the value, so no checksum formula of our
own is trusted except where stdnum has none (CLABE, UK NINO prefixes, Brazilian CNH: see
`checksums.py`). Phones are kept only if phonenumbers accepts them for the customer's country.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
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

from bench.redaction.unseen import checksums

DIGITS = string.digits
UPPER = string.ascii_uppercase


@dataclass(frozen=True)
class Value:
    """One synthetic value: `compact` is what every rendering must decode back to."""

    type: str
    country: str
    compact: str
    plain: tuple[str, ...]  # official print forms a customer copies
    groups: tuple[str, ...]  # the natural groups of `compact`, for spacing and splitting


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _chunks(s: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return tuple(x for x in out if x)


def _fours(s: str) -> tuple[str, ...]:
    return tuple(s[i : i + 4] for i in range(0, len(s), 4))


def _with_check(
    body: str, candidates: str, ok: Callable[[str], bool], at_end: bool = True
) -> str | None:
    """The body completed by the first candidate check character stdnum accepts."""
    for c in candidates:
        value = body + c if at_end else c + body
        if ok(value):
            return value
    return None


# --- payment cards -----------------------------------------------------------------------

_CARD_PREFIXES = (
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3528", 16),
    ("4", 19),
    ("36", 14),
)


def card(rng: random.Random, country: str) -> Value:
    prefix, length = rng.choice(_CARD_PREFIXES)
    if country == "BR" and rng.random() < 0.3:
        prefix, length = rng.choice((("636368", 16), ("606282", 16), ("509066", 16)))
    body = prefix + _digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    if length == 15:
        groups = _chunks(number, (4, 6, 5))
    elif length == 14:
        groups = _chunks(number, (4, 6, 4))
    else:
        groups = _fours(number)
    return Value("CREDIT_DEBIT_NUMBER", country, number, (" ".join(groups), number), groups)


def cvv(rng: random.Random, country: str) -> Value:
    n = _digits(rng, 4 if rng.random() < 0.1 else 3)
    return Value("CREDIT_DEBIT_CVV", country, n, (n,), (n,))


def expiry(rng: random.Random, country: str) -> Value:
    month, year = rng.randint(1, 12), rng.randint(25, 34)
    mm, yy = f"{month:02d}", f"{year:02d}"
    seps = "/" if country in ("US", "GB") else rng.choice("/////.-")
    forms = (f"{mm}{seps}{yy}", f"{month}/{yy}", f"{mm}/20{yy}", f"{mm}-{yy}")
    return Value("CREDIT_DEBIT_EXPIRY", country, mm + yy, forms, (mm, yy))


def pin(rng: random.Random, country: str) -> Value:
    n = _digits(rng, 6 if rng.random() < 0.15 else 4)
    return Value("PIN", country, n, (n,), (n,))


_PW_WORDS = (
    "sunflower",
    "Dragon",
    "bluecar",
    "Mariposa",
    "soleil",
    "Sommer",
    "benfica",
    "tigre",
    "Kaffee",
    "chocolat",
    "Saudade",
    "pumpkin",
    "Fenerbahce",
    "lucky",
    "Estrella",
    "minou",
    "Hase",
    "flamengo",
    "gatito",
    "Rocket",
)


def password(rng: random.Random, country: str) -> Value:
    kind = rng.randrange(4)
    if kind == 0:
        pw = rng.choice(_PW_WORDS) + _digits(rng, rng.choice((2, 3, 4))) + rng.choice("!#$*.?")
    elif kind == 1:
        pw = "".join(rng.choice(string.ascii_letters + DIGITS + "!#%&*") for _ in range(12))
    elif kind == 2:
        pw = rng.choice(_PW_WORDS).lower() + rng.choice("_.-") + rng.choice(_PW_WORDS)
        pw += _digits(rng, 2)
    else:
        pw = rng.choice(_PW_WORDS)[:4] + "@" + _digits(rng, 4) + rng.choice(("Xx", "zz", "Qq"))
    return Value("PASSWORD", country, pw, (pw,), (pw,))


# --- bank accounts and routing ------------------------------------------------------------


def account(rng: random.Random, country: str) -> Value:
    if country == "ES":
        while True:
            body = _digits(rng, 20)
            digits = ccc.calc_check_digits(body)
            number = body[:8] + digits + body[10:]
            if ccc.is_valid(number):
                break
        groups = _chunks(number, (4, 4, 2, 10))
        return Value("BANK_ACCOUNT_NUMBER", country, number, (" ".join(groups), number), groups)
    if country == "BR":
        conta = _digits(rng, rng.choice((5, 6, 8)))
        dv = rng.choice(DIGITS)
        return Value(
            "BANK_ACCOUNT_NUMBER", country, conta + dv, (f"{conta}-{dv}", conta + dv), (conta, dv)
        )
    length = {"US": rng.choice((9, 10, 12)), "GB": 8, "DE": 10, "FR": 11, "PT": 11, "MX": 11}
    n = str(rng.randint(1, 9)) + _digits(rng, length.get(country, 10) - 1)
    groups = _chunks(n, (4, 4, 4))
    return Value("BANK_ACCOUNT_NUMBER", country, n, (n,), groups)


def routing(rng: random.Random, country: str) -> Value:
    if country == "US":
        body = rng.choice(("0", "1", "2", "3")) + str(rng.randint(1, 9)) + _digits(rng, 6)
        number = body + rtn.calc_check_digit(body)
        assert rtn.is_valid(number)
        return Value("BANK_ROUTING", country, number, (number,), _chunks(number, (3, 3, 3)))
    if country == "GB":  # sort code
        n = _digits(rng, 6)
        groups = _chunks(n, (2, 2, 2))
        return Value("BANK_ROUTING", country, n, ("-".join(groups), n), groups)
    if country == "DE":  # Bankleitzahl: 8 digits, first 1-8
        n = str(rng.randint(1, 8)) + _digits(rng, 7)
        groups = _chunks(n, (3, 3, 2))
        return Value("BANK_ROUTING", country, n, (" ".join(groups), n), groups)
    if country == "FR":  # code banque
        n = str(rng.randint(1, 4)) + _digits(rng, 4)
        return Value("BANK_ROUTING", country, n, (n,), (n,))
    n = _digits(rng, 4)  # BR agência
    return Value("BANK_ROUTING", country, n, (n,), (n,))


_BBAN: dict[str, Callable[[random.Random], str]] = {
    "DE": lambda r: _digits(r, 18),
    "FR": lambda r: _digits(r, 10) + _digits(r, 11) + _digits(r, 2),
    "PT": lambda r: _digits(r, 21),
    "GB": lambda r: r.choice(("NWBK", "BARC", "LOYD", "MIDL", "HBUK")) + _digits(r, 14),
}


def _es_bban(rng: random.Random) -> str:
    return account(rng, "ES").compact


def _fr_bban(rng: random.Random) -> str:
    # RIB key: 97 - ((89*bank + 15*branch + 3*account) mod 97), the published rule
    bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return f"{bank}{branch}{acct}{key:02d}"


def international_account(rng: random.Random, country: str) -> Value:
    while True:
        if country == "ES":
            bban = _es_bban(rng)
        elif country == "FR":
            bban = _fr_bban(rng)
        else:
            bban = _BBAN[country](rng)
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            break
    groups = _fours(number)
    return Value(
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER", country, number, (" ".join(groups), number), groups
    )


_BANK_CODES = ("BSCH", "CAIX", "BBVA", "DEUT", "COBA", "BNPA", "SOGE", "CGDI", "BCOM", "NWBK")


def swift(rng: random.Random, country: str) -> Value:
    cc = {"US": "US", "GB": "GB", "MX": "MX", "BR": "BR"}.get(country, country)
    while True:
        code = rng.choice(_BANK_CODES)[:2] + _letters(rng, 2) + cc + _letters(rng, 1)
        code += rng.choice(UPPER + "23456789")
        if rng.random() < 0.4:
            code += rng.choice(("XXX", "100", "M01", "B2B"))
        if bic.is_valid(code):
            return Value("SWIFT_CODE", country, code, (code,), (code[:4], code[4:]))


# --- US, UK identifiers -------------------------------------------------------------------


def social_security(rng: random.Random, country: str) -> Value:
    while True:
        n = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(n):
            break
    groups = (n[:3], n[3:5], n[5:])
    return Value("SSN", country, n, ("-".join(groups), n), groups)


_ITIN_GROUPS = tuple(range(50, 66)) + tuple(range(70, 89)) + (90, 91, 92, 94, 95, 96, 97, 98, 99)


def individual_tax(rng: random.Random, country: str) -> Value:
    while True:
        n = f"9{rng.randint(0, 99):02d}{rng.choice(_ITIN_GROUPS):02d}{rng.randint(0, 9999):04d}"
        if itin.is_valid(n):
            break
    groups = (n[:3], n[3:5], n[5:])
    return Value(
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", country, n, ("-".join(groups), n), groups
    )


def national_insurance(rng: random.Random, country: str) -> Value:
    n = checksums.nino_prefix(rng) + _digits(rng, 6) + rng.choice("ABCD")
    assert checksums.nino_is_valid(n)
    groups = (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return Value("UK_NATIONAL_INSURANCE_NUMBER", country, n, (" ".join(groups), n), groups)


# --- passports and driving licences -------------------------------------------------------


def passport(rng: random.Random, country: str) -> Value:
    if country == "US":
        n = rng.choice(("", "A", "C")) + _digits(rng, 9 if rng.random() < 0.5 else 8)
        n = n if len(n) == 9 else _digits(rng, 9)
    elif country == "GB":
        n = str(rng.randint(1, 9)) + _digits(rng, 8)
    elif country == "ES":
        n = _letters(rng, 3) + _digits(rng, 6)
    elif country == "FR":
        n = _digits(rng, 2) + _letters(rng, 2) + _digits(rng, 5)
    elif country == "DE":
        n = rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    elif country == "PT":
        n = rng.choice("CNP") + _digits(rng, 6)
    elif country == "BR":
        n = _letters(rng, 2) + _digits(rng, 6)
    else:  # MX
        n = rng.choice("GNP") + _digits(rng, 8)
    return Value("PASSPORT_NUMBER", country, n, (n,), (n,))


def driver_id(rng: random.Random, country: str) -> Value:
    if country == "US":
        n = rng.choice(
            (
                _letters(rng, 1) + _digits(rng, 7),
                _digits(rng, 9),
                _letters(rng, 1) + _digits(rng, 12),
            )
        )
        plain: tuple[str, ...] = (n,)
    elif country == "GB":
        n = (
            _letters(rng, 5)
            + _digits(rng, 6)
            + _letters(rng, 2)
            + _digits(rng, 1)
            + _letters(rng, 2)
        )
        plain = (n, f"{n[:5]} {n[5:11]} {n[11:]}")
    elif country == "ES":  # the permiso de conducir carries the DNI number
        body = _digits(rng, 8)
        n = body + dni.calc_check_digit(body)
        plain = (n, f"{body}-{n[-1]}")
    elif country == "FR":
        n = _digits(rng, 12)
        plain = (n,)
    elif country == "DE":
        n = (
            rng.choice("BFJN")
            + _digits(rng, 3)
            + _letters(rng, 3)
            + _digits(rng, 2)
            + _letters(rng, 1)
            + _digits(rng, 1)
        )
        plain = (n,)
    elif country == "PT":
        n = rng.choice(("L", "P", "C", "AV")) + _digits(rng, 6) + _digits(rng, 1)
        plain = (n, f"{n[:-7]}-{n[-7:-1]} {n[-1]}")
    elif country == "BR":
        n = checksums.cnh(rng)
        plain = (n,)
    else:  # MX
        n = _letters(rng, 1) + _digits(rng, 8)
        plain = (n,)
    return Value("DRIVER_ID", country, n, plain, (n,))


# --- national identifiers -----------------------------------------------------------------


def es_dni(rng: random.Random, country: str) -> Value:
    body = _digits(rng, 8)
    n = body + dni.calc_check_digit(body)
    assert dni.is_valid(n)
    return Value("ES_DNI", country, n, (n, f"{body}-{n[-1]}", f"{body} {n[-1]}"), (body, n[-1]))


def es_nie(rng: random.Random, country: str) -> Value:
    body = rng.choice("XYZ") + _digits(rng, 7)
    n = body + nie.calc_check_digit(body)
    assert nie.is_valid(n)
    plain = (n, f"{n[0]}-{n[1:8]}-{n[-1]}", f"{n[0]}{n[1:8]}-{n[-1]}")
    return Value("ES_NIE", country, n, plain, (n[0], n[1:8], n[-1]))


_MX_STATES = (
    "AS",
    "BC",
    "CL",
    "CS",
    "DF",
    "GT",
    "JC",
    "MC",
    "MN",
    "NL",
    "PL",
    "QT",
    "SL",
    "SR",
    "VZ",
    "YN",
)
_CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ"
_VOWELS = "AEIOU"


def mx_curp(rng: random.Random, country: str) -> Value:
    while True:
        yy, mm, dd = rng.randint(0, 99), rng.randint(1, 12), rng.randint(1, 28)
        head = (
            rng.choice(_CONSONANTS) + rng.choice(_VOWELS) + _letters(rng, 2, _CONSONANTS + _VOWELS)
        )
        body = f"{head}{yy:02d}{mm:02d}{dd:02d}{rng.choice('HM')}{rng.choice(_MX_STATES)}"
        body += _letters(rng, 3, _CONSONANTS) + ("A" if yy < 25 else "0")
        n = _with_check(body, DIGITS, curp.is_valid)
        if n:
            return Value("MX_CURP", country, n, (n,), (n[:4], n[4:10], n[10:16], n[16:]))


def mx_rfc(rng: random.Random, country: str) -> Value:
    while True:
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        head = (
            rng.choice(_CONSONANTS) + rng.choice(_VOWELS) + _letters(rng, 2, _CONSONANTS + _VOWELS)
        )
        body = f"{head}{yy:02d}{mm:02d}{dd:02d}" + rng.choice("123456789ABCDEFGHIJKLMNPQRSTUV")
        body += rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        n = _with_check(body, DIGITS + "A", lambda x: rfc.is_valid(x, validate_check_digits=True))
        if n:
            return Value(
                "MX_RFC", country, n, (n, f"{n[:4]}-{n[4:10]}-{n[10:]}"), (n[:4], n[4:10], n[10:])
            )


def mx_clabe(rng: random.Random, country: str) -> Value:
    body = rng.choice(("002", "012", "014", "021", "030", "036", "044", "072", "127", "137"))
    body += rng.choice(("180", "320", "650", "010", "580")) + _digits(rng, 11)
    n = body + checksums.clabe_check_digit(body)
    groups = _chunks(n, (3, 3, 11, 1))
    return Value("MX_CLABE", country, n, (n, " ".join(groups)), _chunks(n, (4, 4, 4, 4, 2)))


def br_cpf(rng: random.Random, country: str) -> Value:
    while True:
        body = _digits(rng, 9)
        n = _with_check(body, [f"{i:02d}" for i in range(100)], cpf.is_valid)  # type: ignore[arg-type]
        if n and len(set(n)) > 1:
            break
    return Value("BR_CPF", country, n, (cpf.format(n), n), (n[:3], n[3:6], n[6:9], n[9:]))


def br_cnpj(rng: random.Random, country: str) -> Value:
    body = _digits(rng, 8) + rng.choice(("0001", "0001", "0002"))
    n = body + cnpj.calc_check_digits(body)
    assert cnpj.is_valid(n)
    return Value(
        "BR_CNPJ", country, n, (cnpj.format(n), n), (n[:2], n[2:5], n[5:8], n[8:12], n[12:])
    )


def fr_nir(rng: random.Random, country: str) -> Value:
    while True:
        dept = f"{rng.randint(1, 95):02d}"
        body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{dept}"
        body += f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        n = body + nir.calc_check_digits(body)
        if nir.is_valid(n):
            break
    groups = (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return Value("FR_NIR", country, n, (" ".join(groups), n), groups)


def de_tax_id(rng: random.Random, country: str) -> Value:
    while True:
        # one digit twice, the rest once, in ten positions (the Steuer-IdNr rule); stdnum
        # checks the counts and the check digit but not the "never three in a row" rule
        pool = list(DIGITS)
        rng.shuffle(pool)
        body_digits = [*pool[:9], pool[rng.randrange(9)]]
        rng.shuffle(body_digits)
        body = "".join(body_digits)
        if body[0] == "0" or any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
            continue
        n = _with_check(body, DIGITS, idnr.is_valid)
        if n:
            groups = (n[:2], n[2:5], n[5:8], n[8:])
            return Value("DE_TAX_ID", country, n, (" ".join(groups), n), groups)


def pt_nif(rng: random.Random, country: str) -> Value:
    body = rng.choice("12356") + _digits(rng, 7)
    n = body + nif.calc_check_digit(body)
    assert nif.is_valid(n)
    groups = (n[:3], n[3:6], n[6:])
    return Value("PT_NIF", country, n, (n, " ".join(groups)), groups)


# --- contact and technical ----------------------------------------------------------------

_LOCALS = (
    "maria.lopez",
    "jdoe",
    "carlos_mtz",
    "lena.schulz",
    "paulo.r",
    "ana.sousa",
    "pierre-dupont",
    "kevin.b",
    "xx.gamer",
    "soporte.casa",
    "chloe.m",
    "jonas",
    "fernanda.lima",
    "mike",
    "tia_r",
    "hugo.bernard",
    "ruiz.fam",
    "b.oliveira",
    "sam.k",
    "nadia",
)
_DOMAINS = {
    "US": ("example.com", "example.net", "mailbox-demo.us", "example.org"),
    "GB": ("example.co.uk", "example.com", "postbox-demo.co.uk"),
    "ES": ("example.es", "correo-ejemplo.es", "example.com"),
    "MX": ("example.com.mx", "ejemplo-mx.com", "example.com"),
    "FR": ("example.fr", "courrier-demo.fr", "example.org"),
    "DE": ("example.de", "postfach-demo.de", "example.net"),
    "PT": ("example.pt", "correio-demo.pt", "example.com"),
    "BR": ("example.com.br", "caixa-demo.com.br", "example.org"),
}


def email(rng: random.Random, country: str) -> Value:
    local = rng.choice(_LOCALS)
    if rng.random() < 0.6:
        local += _digits(rng, rng.choice((2, 2, 4)))
    e = f"{local}@{rng.choice(_DOMAINS[country])}"
    return Value("EMAIL", country, e, (e,), (local, e.split("@")[1]))


_PHONE_SHAPES = {
    "US": (lambda r: str(r.randint(2, 9)) + _digits(r, 2) + str(r.randint(2, 9)) + _digits(r, 6),),
    "GB": (
        lambda r: "07" + str(r.randint(4, 9)) + _digits(r, 8),
        lambda r: "020" + str(r.choice((3, 7, 8))) + _digits(r, 7),
        lambda r: "0161" + str(r.randint(2, 9)) + _digits(r, 6),
    ),
    "ES": (
        lambda r: r.choice("67") + _digits(r, 8),
        lambda r: "9" + r.choice("1135") + _digits(r, 7),
    ),
    "MX": (lambda r: r.choice(("55", "33", "81")) + _digits(r, 8),),
    "FR": (lambda r: "0" + r.choice("6712345") + _digits(r, 8),),
    "DE": (
        lambda r: "01" + r.choice(("51", "52", "57", "60", "62", "70", "71", "76")) + _digits(r, 8),
        lambda r: "030" + _digits(r, 8),
        lambda r: "089" + _digits(r, 7),
    ),
    "PT": (lambda r: "9" + r.choice("1236") + _digits(r, 7), lambda r: "21" + _digits(r, 7)),
    "BR": (
        lambda r: r.choice(("11", "21", "31", "41", "61", "71", "81")) + "9" + _digits(r, 8),
        lambda r: r.choice(("11", "21", "31")) + r.choice("2345") + _digits(r, 7),
    ),
}


def phone_number(rng: random.Random, country: str) -> Value:
    while True:
        national = rng.choice(_PHONE_SHAPES[country])(rng)
        parsed = phonenumbers.parse(national, country)
        if phonenumbers.is_valid_number_for_region(parsed, country):
            break
    fmt = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(parsed, fmt.NATIONAL)
    intl = phonenumbers.format_number(parsed, fmt.INTERNATIONAL)
    e164 = phonenumbers.format_number(parsed, fmt.E164)
    groups = tuple(g for g in nat.replace("(", "").replace(")", "").replace("-", " ").split() if g)
    return Value("PHONE", country, e164, (nat, intl, e164, nat), groups)


def ip_address(rng: random.Random, country: str) -> Value:
    if rng.random() < 0.15:
        ip = (
            "2001:db8:"
            + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3))
            + "::"
            + f"{rng.randint(1, 4095):x}"
        )
        return Value("IP_ADDRESS", country, ip, (ip,), (ip,))
    first = rng.choice((24, 45, 62, 77, 81, 85, 88, 91, 100, 173, 177, 187, 189, 201, 203))
    ip = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return Value("IP_ADDRESS", country, ip, (ip,), tuple(ip.split(".")))


def mac_address(rng: random.Random, country: str) -> Value:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    sep = rng.choice((":", "-", ":"))
    mac = sep.join(octets)
    mac = mac.upper() if rng.random() < 0.5 else mac
    return Value("MAC_ADDRESS", country, mac, (mac,), tuple(octets))


_B32 = UPPER + "234567"
_B64 = string.ascii_letters + DIGITS + "+/"


def aws_access_key(rng: random.Random, country: str) -> Value:
    k = rng.choice(("AKIA", "AKIA", "ASIA")) + _letters(rng, 16, _B32)
    return Value("AWS_ACCESS_KEY", country, k, (k,), (k,))


def aws_secret_key(rng: random.Random, country: str) -> Value:
    k = "".join(rng.choice(_B64) for _ in range(40))
    return Value("AWS_SECRET_KEY", country, k, (k,), (k,))


GENERATORS: dict[str, Callable[[random.Random, str], Value]] = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "PASSWORD": password,
    "BANK_ACCOUNT_NUMBER": account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": international_account,
    "SWIFT_CODE": swift,
    "SSN": social_security,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": individual_tax,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver_id,
    "EMAIL": email,
    "PHONE": phone_number,
    "IP_ADDRESS": ip_address,
    "MAC_ADDRESS": mac_address,
    "AWS_ACCESS_KEY": aws_access_key,
    "AWS_SECRET_KEY": aws_secret_key,
    "UK_NATIONAL_INSURANCE_NUMBER": national_insurance,
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

# Which customer countries have a given type at all (the country decides the format).
ONLY_IN: dict[str, frozenset[str]] = {
    "BANK_ROUTING": frozenset({"US", "GB", "DE", "FR", "BR"}),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": frozenset({"ES", "FR", "DE", "PT", "GB"}),
    "SSN": frozenset({"US"}),
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": frozenset({"US"}),
    "UK_NATIONAL_INSURANCE_NUMBER": frozenset({"GB"}),
    "ES_DNI": frozenset({"ES"}),
    "ES_NIE": frozenset({"ES"}),
    "MX_CURP": frozenset({"MX"}),
    "MX_RFC": frozenset({"MX"}),
    "MX_CLABE": frozenset({"MX"}),
    "BR_CPF": frozenset({"BR"}),
    "BR_CNPJ": frozenset({"BR"}),
    "FR_NIR": frozenset({"FR"}),
    "DE_TAX_ID": frozenset({"DE"}),
    "PT_NIF": frozenset({"PT"}),
}


def available(entity: str, country: str) -> bool:
    return country in ONLY_IN.get(entity, frozenset({country}))


def draw(rng: random.Random, entity: str, country: str) -> Value:
    return GENERATORS[entity](rng, country)
