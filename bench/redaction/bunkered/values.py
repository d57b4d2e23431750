"""Value makers: synthetic, check-digit-correct PII and hard negatives per locale.

Every maker returns a ``Value``: the canonical form (what validators see) and the natural groups
a person would type it in. Identifiers get their check digits from python-stdnum; phone numbers
are drawn near ``example_number_for_type`` and kept only when phonenumbers calls them valid.
"""

from __future__ import annotations

import ipaddress
import random
import re
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

COUNTRY_OF_LOCALE = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")


@dataclass(frozen=True)
class Value:
    """A canonical value and the groups it is naturally typed in."""

    canonical: str
    groups: tuple[str, ...]
    display: str


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _upper(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _chunks(text: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    out, pos = [], 0
    for size in sizes:
        out.append(text[pos : pos + size])
        pos += size
    if pos < len(text):
        out.append(text[pos:])
    return tuple(part for part in out if part)


def _by(text: str, size: int) -> tuple[str, ...]:
    return tuple(text[i : i + size] for i in range(0, len(text), size))


def _v(canonical: str, groups: tuple[str, ...], sep: str | None = None) -> Value:
    """Shown as typed in one piece unless ``sep`` names the separator people usually type."""
    return Value(canonical, groups, canonical if sep is None else sep.join(groups))


# --- payment ---------------------------------------------------------------------------------

_TEST_BINS = ("411111", "400000", "401288", "555555", "510510", "222300", "601111", "353011")


def card(rng: random.Random, cc: str) -> Value:
    if rng.random() < 0.12:
        body = rng.choice(("378282", "371449")) + _digits(rng, 8)
        number = body + luhn.calc_check_digit(body)
        return _v(number, _chunks(number, (4, 6, 5)), " ")
    body = rng.choice(_TEST_BINS) + _digits(rng, 9)
    number = body + luhn.calc_check_digit(body)
    return _v(number, _by(number, 4), " ")


def cvv(rng: random.Random, cc: str) -> Value:
    code = _digits(rng, rng.choice((3, 3, 3, 4)))
    return _v(code, (code,))


def expiry(rng: random.Random, cc: str) -> Value:
    month, year = rng.randint(1, 12), rng.randint(26, 33)
    return Value(
        f"{month:02d}/{year:02d}", (f"{month:02d}", f"{year:02d}"), f"{month:02d}/{year:02d}"
    )


def pin(rng: random.Random, cc: str) -> Value:
    code = _digits(rng, rng.choice((4, 4, 4, 6)))
    return _v(code, (code,))


_WORDS = ("sol", "luna", "tigre", "maple", "river", "blau", "soleil", "praia", "fuego", "storm")


def password(rng: random.Random, cc: str) -> Value:
    word = rng.choice(_WORDS)
    word = word.capitalize() if rng.random() < 0.6 else word
    tail = _digits(rng, rng.randint(2, 4)) + rng.choice(("!", "#", "$", "*", "", "."))
    text = word + rng.choice(("", "_", "-")) + tail
    return _v(text, (text,))


_NAMES = ("maria", "jlopez", "ana.souza", "pierre", "kbauer", "tom.h", "lucia", "joao", "emma")


def username(rng: random.Random, cc: str) -> Value:
    text = rng.choice(_NAMES) + rng.choice(("", "_", ".")) + _digits(rng, rng.randint(2, 4))
    return _v(text, (text,))


_MAIL_DOMAIN = {
    "US": ("example.com", "example.net"),
    "GB": ("example.co.uk", "example.org"),
    "ES": ("example.es", "example.com"),
    "MX": ("example.com.mx", "example.mx"),
    "FR": ("example.fr", "example.net"),
    "DE": ("example.de", "example.org"),
    "BR": ("example.com.br", "example.com"),
    "PT": ("example.pt", "example.org"),
}
_LOCAL = ("maria.lopez", "jsmith", "ana_souza", "p.durand", "k.bauer", "tomharris", "lu.fernandez")


def email(rng: random.Random, cc: str) -> Value:
    local = rng.choice(_LOCAL) + (_digits(rng, 2) if rng.random() < 0.5 else "")
    text = f"{local}@{rng.choice(_MAIL_DOMAIN[cc])}"
    return _v(text, (text,))


# --- phone -----------------------------------------------------------------------------------


def phone(rng: random.Random, cc: str) -> Value:
    kind = rng.choice(
        (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    )
    for _ in range(200):
        example = phonenumbers.example_number_for_type(cc, kind)
        national = str(example.national_number)
        if cc == "US":
            national = rng.choice(("201", "212", "415", "312", "617")) + "55501" + _digits(rng, 2)
        else:
            national = national[:-3] + _digits(rng, 3)
        number = phonenumbers.parse(f"+{example.country_code}{national}")
        if not phonenumbers.is_valid_number(number):
            continue
        style = rng.choice(
            (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
        shown = phonenumbers.format_number(number, style)
        groups = tuple(g for g in re.split(r"[\s\-().]+", shown) if g)
        return Value(
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), groups, shown
        )
    raise RuntimeError(f"no valid phone drawn for {cc}")


# --- banking ---------------------------------------------------------------------------------


def account(rng: random.Random, cc: str) -> Value:
    if cc == "BR":
        body, check = _digits(rng, rng.randint(5, 8)), _digits(rng, 1)
        return Value(f"{body}-{check}", (body, check), f"{body}-{check}")
    size = {"US": 10, "GB": 8, "DE": 10, "ES": 10, "MX": 11, "FR": 11, "PT": 11}[cc]
    number = _digits(rng, size)
    return _v(number, _by(number, 4))


def routing(rng: random.Random, cc: str) -> Value:
    if cc == "US":
        body = rng.choice(("0", "1", "2", "3")) + _digits(rng, 7)
        number = body + rtn.calc_check_digit(body)
        return _v(number, _chunks(number, (4, 4, 1)))
    if cc == "GB":
        code = _digits(rng, 6)
        return _v(code, _by(code, 2), "-")
    if cc == "DE":
        code = rng.choice("1234567") + _digits(rng, 7)
        return _v(code, _chunks(code, (3, 3, 2)), " ")
    if cc == "BR":
        code = _digits(rng, 4)
        return _v(code, (code,))
    if cc == "ES":
        code = _digits(rng, 8)
        return _v(code, _by(code, 4))
    if cc == "FR":
        code = _digits(rng, 10)
        return _v(code, (code[:5], code[5:]))
    if cc == "PT":
        code = _digits(rng, 8)
        return _v(code, _by(code, 4))
    code = _digits(rng, 3)  # MX: bank code (first three digits of the CLABE)
    return _v(code, (code,))


def _iban_from_bban(country: str, bban: str) -> str:
    return country + iban.calc_check_digits(country + "00" + bban) + bban


def iban_(rng: random.Random, cc: str) -> Value:
    for _ in range(500):
        if cc == "ES":
            raw = _digits(rng, 8) + "00" + _digits(rng, 10)
            fixed = ccc.calc_check_digits(raw)
            bban = raw[:8] + fixed + raw[10:]
            number = _iban_from_bban("ES", bban)
        elif cc == "DE":
            number = _iban_from_bban("DE", rng.choice("1234567") + _digits(rng, 17))
        elif cc == "FR":
            bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            number = _iban_from_bban("FR", f"{bank}{branch}{acct}{key:02d}")
        elif cc == "PT":
            base = _digits(rng, 19)
            key = 98 - (int(base) * 100) % 97
            number = _iban_from_bban("PT", f"{base}{key:02d}")
        elif cc == "GB":
            number = _iban_from_bban(
                "GB", rng.choice(("NWBK", "BARC", "LOYD", "MIDL")) + _digits(rng, 14)
            )
        elif cc == "BR":
            number = _iban_from_bban("BR", _digits(rng, 23) + rng.choice("CP") + "1")
        elif cc == "MX":
            return iban_(rng, "ES")
        else:  # US has no IBAN: a customer with a German account
            return iban_(rng, "DE")
        if iban.is_valid(number):
            return _v(number, _by(number, 4), " ")
    raise RuntimeError(f"no valid IBAN drawn for {cc}")


_BIC_BANK = ("BKTR", "CAIX", "BNPA", "COBA", "ITAU", "BCOM", "CHAS", "BARC", "SANT", "BBVA")


def swift(rng: random.Random, cc: str) -> Value:
    country = "GB" if cc == "GB" else cc
    code = rng.choice(_BIC_BANK) + country + _upper(rng, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if rng.random() < 0.5:
        code += rng.choice(("XXX", _upper(rng, 3)))
    return _v(code, _chunks(code, (4, 2, 2, 3)))


def clabe(rng: random.Random, cc: str) -> Value:
    body = rng.choice(("002", "012", "014", "021", "072")) + _digits(rng, 14)
    total = sum(int(d) * w for d, w in zip(body, (3, 7, 1) * 6, strict=False))
    number = body + str((10 - total % 10) % 10)
    return _v(number, _chunks(number, (3, 3, 11, 1)))


def clabe_is_valid(number: str) -> bool:
    if not re.fullmatch(r"\d{18}", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], (3, 7, 1) * 6, strict=False))
    return str((10 - total % 10) % 10) == number[17]


# --- US / UK ---------------------------------------------------------------------------------


def ssn_(rng: random.Random, cc: str) -> Value:
    while True:
        number = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(number):
            return _v(number, _chunks(number, (3, 2, 4)), "-")


def itin_(rng: random.Random, cc: str) -> Value:
    while True:
        group = rng.choice((70, 75, 78, 80, 83, 88, 90, 92, 94, 97, 99))
        number = f"9{_digits(rng, 2)}{group}{_digits(rng, 4)}"
        if itin.is_valid(number):
            return _v(number, _chunks(number, (3, 2, 4)), "-")


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def nino(rng: random.Random, cc: str) -> Value:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
            break
    number = prefix + _digits(rng, 6) + rng.choice("ABCD")
    return _v(
        number, (prefix, number[2:4], number[4:6], number[6:8], number[8]), rng.choice((" ", ""))
    )


NINO_RE = re.compile(r"[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]")


# --- documents -------------------------------------------------------------------------------

PASSPORT_RE = {
    "US": r"[A-Z]?\d{8,9}",
    "GB": r"\d{9}",
    "ES": r"[A-Z]{3}\d{6}",
    "MX": r"[A-Z]\d{8}",
    "FR": r"\d{2}[A-Z]{2}\d{5}",
    "DE": r"C[CFGHJKLMNPRTVWXYZ0-9]{8}",
    "BR": r"[A-Z]{2}\d{6}",
    "PT": r"[A-Z]\d{6}",
}


def passport(rng: random.Random, cc: str) -> Value:
    if cc == "US":
        # Book numbers are nine digits; next-generation books start with a letter.
        number = "A" + _digits(rng, 8) if rng.random() < 0.5 else _digits(rng, 9)
    elif cc == "GB":
        number = _digits(rng, 9)
    elif cc == "ES":
        number = rng.choice(("PAA", "PAB", "XDA", "AAK")) + _digits(rng, 6)
    elif cc == "MX":
        number = rng.choice("GNE") + _digits(rng, 8)
    elif cc == "FR":
        number = _digits(rng, 2) + _upper(rng, 2) + _digits(rng, 5)
    elif cc == "DE":
        number = "C" + _upper(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    elif cc == "BR":
        number = rng.choice(("FZ", "GA", "YB")) + _digits(rng, 6)
    else:
        number = rng.choice("CPN") + _digits(rng, 6)
    return _v(number, _by(number, 3))


DRIVER_RE = {
    "US": r"[A-Z]\d{7}",
    "GB": r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}",
    "ES": r"\d{8}[A-Z]",
    "MX": r"[A-Z]\d{9}",
    "FR": r"\d{12}",
    "DE": r"[A-Z0-9]{11}",
    "BR": r"\d{11}",
    "PT": r"[A-Z]{1,2}-\d{6} \d",
}


def driver(rng: random.Random, cc: str) -> Value:
    if cc == "US":
        number = _upper(rng, 1) + _digits(rng, 7)
        return _v(number, (number[0], number[1:4], number[4:]))
    if cc == "GB":
        surname = rng.choice(("MORGA", "SMITH", "HARRI", "JONES", "PATEL", "WILLI"))
        number = surname + _digits(rng, 6) + _upper(rng, 2) + _digits(rng, 1) + _upper(rng, 2)
        return _v(number, _chunks(number, (5, 6, 5)))
    if cc == "ES":
        number = dni_(rng, cc).canonical
        return _v(number, (number[:8], number[8]))
    if cc == "MX":
        number = _upper(rng, 1) + _digits(rng, 9)
        return _v(number, (number[:4], number[4:]))
    if cc == "FR":
        number = _digits(rng, 12)
        return _v(number, _by(number, 4))
    if cc == "DE":
        number = (
            rng.choice("BFJN")
            + _digits(rng, 3)
            + _upper(rng, 1)
            + _digits(rng, 5)
            + rng.choice("1ABC")
        )
        return _v(number, _by(number, 4))
    if cc == "BR":
        number = _digits(rng, 11)
        return _v(number, _chunks(number, (3, 3, 3, 2)))
    number = f"{rng.choice(('L', 'P', 'AV', 'BR'))}-{_digits(rng, 6)} {_digits(rng, 1)}"
    return Value(number, (number[: number.index("-") + 4], number[number.index("-") + 4 :]), number)


# --- national identifiers --------------------------------------------------------------------


def dni_(rng: random.Random, cc: str) -> Value:
    body = _digits(rng, 8)
    number = body + dni.calc_check_digit(body)
    return _v(number, (body[:2], body[2:5], body[5:], number[8]))


def nie_(rng: random.Random, cc: str) -> Value:
    body = rng.choice("XYZ") + _digits(rng, 7)
    number = body + nie.calc_check_digit(body)
    return _v(number, (body[0], body[1:], number[8]))


_STATES = ("AS", "BC", "CL", "DF", "JC", "NL", "PL", "QT", "VZ", "YN", "GT", "MC")


def curp_(rng: random.Random, cc: str) -> Value:
    while True:
        head = rng.choice("BCGHLMPRSV") + rng.choice("AEIOU") + _upper(rng, 2, "ABCDEGHLMNOPRST")
        year, month, day = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            f"{head}{year:02d}{month:02d}{day:02d}{rng.choice('HM')}{rng.choice(_STATES)}"
            f"{_upper(rng, 3, 'BCDFGLMNPRSTVZ')}{rng.choice('0')}"
        )
        number = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(number):
            return _v(number, _chunks(number, (4, 6, 6, 2)))


def rfc_(rng: random.Random, cc: str) -> Value:
    while True:
        head = rng.choice("BCGHLMPRSV") + rng.choice("AEIOU") + _upper(rng, 2, "ABCDEGHLMNOPRST")
        year, month, day = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        homoclave = _upper(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        body = f"{head}{year:02d}{month:02d}{day:02d}{homoclave}"
        number = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(number):
            return _v(number, (number[:4], number[4:10], number[10:]))


def cpf_(rng: random.Random, cc: str) -> Value:
    while True:
        number = _digits(rng, 11)
        if cpf.is_valid(number) and len(set(number)) > 1:
            return Value(number, _chunks(number, (3, 3, 3, 2)), cpf.format(number))


def cnpj_(rng: random.Random, cc: str) -> Value:
    body = _digits(rng, 8) + "0001"
    number = body + cnpj.calc_check_digits(body)
    return Value(number, _chunks(number, (2, 3, 3, 4, 2)), cnpj.format(number))


def nir_(rng: random.Random, cc: str) -> Value:
    while True:
        body = (
            f"{rng.choice('12')}{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        )
        number = body + nir.calc_check_digits(body)
        if nir.is_valid(number):
            return _v(number, _chunks(number, (1, 2, 2, 2, 3, 3, 2)), rng.choice((" ", "")))


def steuer(rng: random.Random, cc: str) -> Value:
    while True:
        number = rng.choice("123456789") + _digits(rng, 10)
        if idnr.is_valid(number):
            return _v(number, _chunks(number, (2, 3, 3, 3)))


def nif_(rng: random.Random, cc: str) -> Value:
    body = rng.choice("1235") + _digits(rng, 7)
    number = body + nif.calc_check_digit(body)
    return _v(number, _by(number, 3))


# --- network and cloud -----------------------------------------------------------------------


def ip(rng: random.Random, cc: str) -> Value:
    if rng.random() < 0.2:
        text = f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
        return _v(text, tuple(part for part in text.split(":") if part))
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    text = f"{net}.{rng.randint(1, 254)}"
    return _v(text, tuple(text.split(".")), ".")


def mac(rng: random.Random, cc: str) -> Value:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] = (octets[0] | 0x02) & 0xFE  # locally administered, unicast: never a real vendor
    sep = rng.choice((":", "-"))
    parts = tuple(f"{o:02X}" if sep == "-" else f"{o:02x}" for o in octets)
    return _v(sep.join(parts), parts, sep)


_B32 = string.ascii_uppercase + "234567"
_B64 = string.ascii_letters + string.digits + "+/"


def aws_key(rng: random.Random, cc: str) -> Value:
    text = rng.choice(("AKIA", "ASIA")) + _upper(rng, 16, _B32)
    return _v(text, _by(text, 4))


def aws_secret(rng: random.Random, cc: str) -> Value:
    text = "".join(rng.choice(_B64) for _ in range(40))
    return _v(text, _by(text, 10))


MAKERS: dict[str, Callable[[random.Random, str], Value]] = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "PASSWORD": password,
    "USERNAME": username,
    "EMAIL": email,
    "PHONE": phone,
    "BANK_ACCOUNT_NUMBER": account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_,
    "SWIFT_CODE": swift,
    "SSN": ssn_,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": aws_key,
    "AWS_SECRET_KEY": aws_secret,
    "ES_DNI": dni_,
    "ES_NIE": nie_,
    "MX_CURP": curp_,
    "MX_RFC": rfc_,
    "MX_CLABE": clabe,
    "BR_CPF": cpf_,
    "BR_CNPJ": cnpj_,
    "FR_NIR": nir_,
    "DE_TAX_ID": steuer,
    "PT_NIF": nif_,
}


def is_valid(kind: str, canonical: str, cc: str) -> bool:
    """Validate a canonical value with the libraries (or the published format where none)."""
    checks: dict[str, Callable[[], bool]] = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(canonical) and len(canonical) in (15, 16),
        "CREDIT_DEBIT_CVV": lambda: bool(re.fullmatch(r"\d{3,4}", canonical)),
        "CREDIT_DEBIT_EXPIRY": lambda: bool(re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", canonical)),
        "PIN": lambda: bool(re.fullmatch(r"\d{4,6}", canonical)),
        "PASSWORD": lambda: len(canonical) >= 6 and any(c.isdigit() for c in canonical),
        "USERNAME": lambda: bool(re.fullmatch(r"[a-z][a-z._]*\d{2,4}", canonical)),
        "EMAIL": lambda: bool(re.fullmatch(r"[\w.]+@example\.[a-z.]+", canonical)),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(canonical)),
        "BANK_ACCOUNT_NUMBER": lambda: bool(re.fullmatch(r"\d{5,8}-\d|\d{8,11}", canonical)),
        "BANK_ROUTING": lambda: rtn.is_valid(canonical) if cc == "US" else canonical.isdigit(),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(canonical),
        "SWIFT_CODE": lambda: bic.is_valid(canonical),
        "SSN": lambda: ssn.is_valid(canonical),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(canonical),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: bool(NINO_RE.fullmatch(canonical)),
        "PASSPORT_NUMBER": lambda: bool(re.fullmatch(PASSPORT_RE[cc], canonical)),
        "DRIVER_ID": lambda: (
            bool(re.fullmatch(DRIVER_RE[cc], canonical)) and (cc != "ES" or dni.is_valid(canonical))
        ),
        "IP_ADDRESS": lambda: ipaddress.ip_address(canonical).is_private,
        "MAC_ADDRESS": lambda: bool(
            re.fullmatch(r"([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}", canonical)
        ),
        "AWS_ACCESS_KEY": lambda: bool(re.fullmatch(r"A[KS]IA[A-Z2-7]{16}", canonical)),
        "AWS_SECRET_KEY": lambda: bool(re.fullmatch(r"[A-Za-z0-9+/]{40}", canonical)),
        "ES_DNI": lambda: dni.is_valid(canonical),
        "ES_NIE": lambda: nie.is_valid(canonical),
        "MX_CURP": lambda: curp.is_valid(canonical),
        "MX_RFC": lambda: rfc.is_valid(canonical),
        "MX_CLABE": lambda: clabe_is_valid(canonical),
        "BR_CPF": lambda: cpf.is_valid(canonical),
        "BR_CNPJ": lambda: cnpj.is_valid(canonical),
        "FR_NIR": lambda: nir.is_valid(canonical),
        "DE_TAX_ID": lambda: idnr.is_valid(canonical),
        "PT_NIF": lambda: nif.is_valid(canonical),
    }
    return checks[kind]()


# --- hard negatives --------------------------------------------------------------------------

_MONTHS = {
    "en": (
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
    ),
    "es": (
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
    ),
    "fr": (
        "janvier",
        "fevrier",
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
    ),
    "de": (
        "Januar",
        "Feb",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
    ),
    "pt": (
        "janeiro",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "set",
        "out",
        "nov",
        "dez",
    ),
}
_CURRENCY = {
    "US": "$",
    "GB": "£",
    "ES": "€",
    "MX": "MXN",
    "FR": "€",
    "DE": "€",
    "BR": "R$",
    "PT": "€",
}
_ORDER_PREFIX = {
    "US": "#",
    "GB": "#",
    "ES": "PED-",
    "MX": "PED-",
    "FR": "CMD-",
    "DE": "B-",
    "BR": "PED-",
    "PT": "ENC-",
}


def _keep_text(rng: random.Random, kind: str, cc: str, lang: str) -> str:
    if kind == "order":
        return _ORDER_PREFIX[cc] + _digits(rng, rng.randint(5, 8))
    if kind == "invoice":
        prefix = {"de": "RE-", "fr": "FA-", "es": "FAC-", "pt": "NF-"}.get(lang, "INV-")
        return f"{prefix}{_upper(rng, 1)}{_digits(rng, rng.randint(4, 5))}"
    if kind == "date":
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2027)
        style = rng.random()
        if style < 0.35:
            if cc == "US":
                return f"{month:02d}/{day:02d}/{year}"
            sep = "." if cc == "DE" else "/"
            return f"{day:02d}{sep}{month:02d}{sep}{year}"
        if style < 0.5:
            return f"{year}-{month:02d}-{day:02d}"
        name = _MONTHS[lang][month - 1]
        if lang == "en":
            return f"{name} {day}" if cc == "US" else f"{day} {name}"
        if lang == "de":
            return f"{day}. {name}"
        return f"{day} de {name}" if lang in ("es", "pt") else f"{day} {name}"
    if kind == "time":
        hour, minute = rng.randint(7, 22), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        if cc == "US" and rng.random() < 0.6:
            return f"{(hour - 1) % 12 + 1}:{minute:02d}{rng.choice(('pm', ' PM', 'am'))}"
        return f"{hour}:{minute:02d}" if lang != "fr" else f"{hour}h{minute:02d}"
    if kind == "amount":
        units, cents = rng.randint(3, 2400), rng.randint(0, 99)
        cur = _CURRENCY[cc]
        if cc in ("US", "GB"):
            return f"{cur}{units}.{cents:02d}"
        if cc == "MX":
            return f"${units:,}.{cents:02d} MXN" if rng.random() < 0.5 else f"{units} pesos"
        if cc == "BR":
            return f"R$ {units},{cents:02d}"
        return f"{units},{cents:02d} €" if rng.random() < 0.7 else f"{units}€"
    if kind == "zip":
        if cc == "US":
            base = f"{rng.randint(10000, 99899)}"
            return base + (f"-{_digits(rng, 4)}" if rng.random() < 0.6 else "")
        if cc == "GB":
            area = rng.choice(("SW", "N", "E", "M", "LS", "B"))
            inward = _upper(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
            return f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{inward}"
        if cc == "BR":
            return f"{rng.randint(10000, 99999)}-{_digits(rng, 3)}"
        if cc == "PT":
            return f"{rng.randint(1000, 9999)}-{_digits(rng, 3)}"
        return f"{rng.randint(1000, 52999):05d}"
    if kind == "street":
        return str(rng.randint(2, 480))
    if kind == "qty":
        return str(rng.randint(2, 24))
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
    if kind == "model":
        return f"{rng.choice(('XR', 'SM-A', 'MX', 'TX', 'HG'))}{rng.randint(10, 990)}"
    if kind == "room":
        return str(rng.randint(101, 1290))
    if kind == "seat":
        return f"{rng.randint(2, 38)}{rng.choice('ABCDEF')}"
    if kind == "flight":
        airline = rng.choice(("IB", "AM", "AF", "LH", "LA", "TP", "BA", "UA"))
        return f"{airline}{rng.randint(100, 8999)}"
    if kind == "policy":
        return f"{rng.choice(('POL', 'AP', 'VS'))}-{_digits(rng, 7)}"
    if kind == "ticket":
        return f"{rng.choice(('#', 'TK-', 'SR-', 'CASE-'))}{_digits(rng, rng.randint(5, 7))}"
    if kind == "tracking":
        return f"{_upper(rng, 3)}{_digits(rng, 3)}{_upper(rng, 2)}{_digits(rng, 3)}{_upper(rng, 1)}"
    if kind == "year":
        return str(rng.randint(2019, 2027))
    if kind == "percent":
        return f"{rng.randint(5, 60)}%"
    if kind == "duration":
        return str(rng.randint(2, 45))
    raise KeyError(kind)


def looks_like_pii(text: str) -> bool:
    """True if a hard negative would pass a checksum or be a valid phone number somewhere."""
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 8 and luhn.is_valid(digits):
        return True
    validators = (rtn.is_valid, ssn.is_valid, itin.is_valid, nif.is_valid, cpf.is_valid)
    validators += (cnpj.is_valid, idnr.is_valid, nir.is_valid, clabe_is_valid)
    if any(check(digits) for check in validators):  # is_valid never raises
        return True
    for region in REGIONS:
        # Letters would be read as a keypad word, so the raw text is tried only without them.
        for candidate in (digits, "" if re.search(r"[A-Za-z]", text) else text):
            try:
                if candidate and phonenumbers.is_valid_number(
                    phonenumbers.parse(candidate, region)
                ):
                    return True
            except phonenumbers.NumberParseException:
                continue
    return False


def keep(rng: random.Random, kind: str, cc: str, lang: str) -> str:
    """Draw a hard negative of ``kind``; redraw any that passes a checksum or is a phone."""
    for _ in range(2000):
        text = _keep_text(rng, kind, cc, lang)
        if not looks_like_pii(text):
            return text
    raise RuntimeError(f"could not draw a clean {kind}")
