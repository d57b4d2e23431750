"""Synthetic PII values, one maker per entity type and country, each re-validated.

Values are canonical (compact) strings; renderers in `render.py` turn them into the
forms customers type. Check digits come from python-stdnum where a public check exists.
"""

from __future__ import annotations

import random
import re
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.be import iban as be_iban  # noqa: F401  (imported so stdnum checks BE BBANs)
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

DIGITS = string.digits
UPPER = string.ascii_uppercase

# Country of each locale decides phone, IBAN, account and document formats.
LOCALE_COUNTRY = {
    "en-US": "US", "en-GB": "GB", "en-DE": "DE", "en-ES": "ES", "en-IE": "IE",
    "es-ES": "ES", "es-MX": "MX", "es-US": "US", "es-AR": "AR",
    "fr-FR": "FR", "fr-BE": "BE", "fr-CH": "CH", "fr-ES": "ES",
    "de-DE": "DE", "de-AT": "AT", "de-CH": "CH", "de-ES": "ES",
    "pt-BR": "BR", "pt-PT": "PT", "pt-US": "US", "pt-FR": "FR",
}  # fmt: skip

# IBAN country used when the customer's own country has no IBAN (US, MX, AR, BR: payee abroad).
IBAN_FALLBACK = {"US": "GB", "MX": "ES", "AR": "ES", "BR": "PT"}
IBAN_BBAN_LEN = {
    "DE": 18, "AT": 16, "CH": 17, "ES": 20, "FR": 23, "BE": 12, "PT": 21, "GB": 18, "IE": 18,
}  # fmt: skip
CLABE_BANKS = ("002", "012", "014", "021", "030", "036", "044", "058", "072", "127", "137")
CURP_STATES = ("AS", "BC", "CH", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "VZ", "YN")
CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ"
VOWELS = "AEIOU"
BASE32 = UPPER + "234567"
SECRET_CHARS = string.ascii_letters + string.digits + "+/"
PASSWORD_WORDS = (
    "Sunset", "tigre", "Pollito", "maison", "Sommer", "Gatinho", "blue", "Dragon", "luna",
    "Schatz", "soleil", "Brisa", "rocket", "Mariposa", "flocon", "Hund", "Saudade", "winter",
    "Caramelo", "chaton", "Falke", "Jabuti", "pepper", "Tortuga", "cerise", "Kaffee", "praia",
)  # fmt: skip
PASSWORD_SYMBOLS = "!#$%*?&._-"  # noqa: S105  (symbols for synthetic passwords)


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(rng.choice(DIGITS) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = rng.choice("123456789") + out[1:]
    return out


def card(rng: random.Random) -> str:
    """Test ranges and random Luhn-valid numbers of the common brands."""
    kind = rng.random()
    if kind < 0.12:
        body = rng.choice(("34", "37")) + digits(rng, 12)
    elif kind < 0.2:
        body = "6011" + digits(rng, 11)
    elif kind < 0.55:
        body = "4" + digits(rng, 14)
    else:
        body = rng.choice(("51", "52", "53", "54", "55", "22")) + digits(rng, 13)
    return body + luhn.calc_check_digit(body)


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}{rng.randint(26, 33):02d}"


def cvv(rng: random.Random) -> str:
    return digits(rng, rng.choice((3,) * 9 + (4,)))


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice((4, 4, 4, 6)))


def password(rng: random.Random, url_safe: bool = False) -> str:
    symbols = "!._-*" if url_safe else PASSWORD_SYMBOLS
    shape = rng.random()
    if shape < 0.4:
        out = rng.choice(PASSWORD_WORDS) + rng.choice(symbols) + digits(rng, rng.randint(2, 4))
    elif shape < 0.7:
        pool = string.ascii_letters + string.digits + symbols
        out = "".join(rng.choice(pool) for _ in range(rng.randint(9, 14)))
    else:
        word = rng.choice(PASSWORD_WORDS)
        out = word[: rng.randint(3, len(word))] + digits(rng, 3) + rng.choice(symbols)
        out += rng.choice(PASSWORD_WORDS).lower()[:4]
    if not re.search(r"\d", out):
        out += digits(rng, 2)
    while len(out) < 8:
        out += rng.choice(DIGITS)
    return out


def aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(("0", "1", "2", "3")) + digits(rng, 7)
        for d in DIGITS:
            if rtn.is_valid(body + d):
                return body + d


def routing(rng: random.Random, country: str) -> str:
    """Bank or branch code of the customer's country (ABA, sort code, BLZ, agencia...)."""
    lengths = {"GB": 6, "DE": 8, "AT": 5, "CH": 5, "ES": 8, "FR": 10, "BE": 3, "PT": 4, "BR": 4}
    if country == "US":
        return aba(rng)
    if country == "MX":
        return rng.choice(CLABE_BANKS) + digits(rng, 3)
    return digits(rng, lengths.get(country, 6), first_nonzero=country in ("DE", "AT"))


def account(rng: random.Random, country: str) -> str:
    lengths = {
        "US": rng.randint(8, 12), "GB": 8, "DE": 10, "AT": 11, "CH": 12, "ES": 10, "FR": 11,
        "BE": 7, "PT": 11, "BR": 7, "MX": 11, "IE": 8, "AR": 10,
    }  # fmt: skip
    return digits(rng, lengths.get(country, 10), first_nonzero=True)


def iban_value(rng: random.Random, country: str) -> str:
    cc = country if country in IBAN_BBAN_LEN else IBAN_FALLBACK.get(country, "DE")
    while True:
        if cc in ("GB", "IE"):
            bban = "".join(rng.choice(UPPER) for _ in range(4)) + digits(rng, 14)
        elif cc == "ES":
            bank, branch, acct = digits(rng, 4), digits(rng, 4), digits(rng, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        elif cc == "BE":
            base = digits(rng, 10)
            bban = base + f"{int(base) % 97 or 97:02d}"
        else:
            bban = digits(rng, IBAN_BBAN_LEN[cc], first_nonzero=True)
        number = cc + "00" + bban
        number = cc + iban.calc_check_digits(number) + bban
        if iban.is_valid(number):
            return number


def swift(rng: random.Random, country: str) -> str:
    cc = {"AR": "AR", "US": "US"}.get(country, country)
    while True:
        code = "".join(rng.choice(UPPER) for _ in range(4)) + cc
        code += rng.choice(UPPER + DIGITS[2:]) + rng.choice(UPPER + DIGITS)
        if rng.random() < 0.4:
            code += rng.choice(("XXX", "".join(rng.choice(UPPER + DIGITS) for _ in range(3))))
        if bic.is_valid(code):
            return code


def us_ssn(rng: random.Random) -> str:
    while True:
        value = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(value) and value[:3] not in ("078",):
            return value


def us_itin(rng: random.Random) -> str:
    while True:
        group = rng.choice((*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)))
        value = f"9{rng.randint(0, 99):02d}{group:02d}{rng.randint(0, 9999):04d}"
        if itin.is_valid(value):
            return value


def uk_nino(rng: random.Random) -> str:
    # First letter never D F I Q U V, second never D F I O Q U V; banned prefixes dropped.
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return prefix + digits(rng, 6) + rng.choice("ABCD")


NINO_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def es_dni(rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + dni.calc_check_digit(body)


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    return body + nie.calc_check_digit(body)


def _name_letters(rng: random.Random) -> str:
    return rng.choice(CONSONANTS) + rng.choice(VOWELS) + rng.choice(UPPER) + rng.choice(UPPER)


def mx_curp(rng: random.Random) -> str:
    while True:
        born = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = _name_letters(rng) + born + rng.choice("HM") + rng.choice(CURP_STATES)
        body += "".join(rng.choice(CONSONANTS) for _ in range(3)) + rng.choice(UPPER[:10])
        value = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(value):
            return value


def mx_rfc(rng: random.Random) -> str:
    while True:
        born = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = _name_letters(rng) + born + rng.choice("123456789ABCDEFGHJ")
        body += rng.choice("123456789ABCDEFGHJKLMN")
        value = body + rfc.calc_check_digit(body)
        if rfc.is_valid(value, validate_check_digits=True):
            return value


def mx_clabe(rng: random.Random) -> str:
    body = rng.choice(CLABE_BANKS) + digits(rng, 3) + digits(rng, 11)
    return body + clabe_check(body)


def clabe_check(body17: str) -> str:
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def clabe_valid(value: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", value)) and clabe_check(value[:17]) == value[17]


def br_cpf(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        # stdnum keeps the CPF check digit function private: find the one valid pair
        for pair in range(100):
            if cpf.is_valid(f"{body}{pair:02d}"):
                return f"{body}{pair:02d}"


def br_cnpj(rng: random.Random) -> str:
    while True:
        body = digits(rng, 8) + rng.choice(("0001", "0001", "0002"))
        value = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(value):
            return value


def fr_nir(rng: random.Random) -> str:
    while True:
        dept = f"{rng.choice((*range(1, 20), *range(21, 96))):02d}"
        body = (
            rng.choice("12") + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}" + dept
            + f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        )  # fmt: skip
        value = body + nir.calc_check_digits(body)
        if nir.is_valid(value):
            return value


def de_idnr(rng: random.Random) -> str:
    while True:
        body = digits(rng, 10, first_nonzero=True)
        for d in DIGITS:
            if idnr.is_valid(body + d):
                return body + d


def pt_nif(rng: random.Random, company: bool = False) -> str:
    while True:
        body = (rng.choice("5") if company else rng.choice("123")) + digits(rng, 7)
        value = body + nif.calc_check_digit(body)
        if nif.is_valid(value):
            return value


PASSPORT_SHAPES = {
    "US": "ddddddddd", "GB": "ddddddddd", "DE": "PPPPPPPPP", "AT": "Uddddddd", "CH": "Udddddddd",
    "ES": "UUUdddddd", "FR": "ddUUddddd", "BE": "UUdddddd", "PT": "Udddddd", "BR": "UUdddddd",
    "MX": "Udddddddd", "IE": "UUddddddd", "AR": "UUUdddddd",
}  # fmt: skip
LICENCE_SHAPES = {
    "US": "Udddddddd", "DE": "UddddUUUdUd", "AT": "dddddddd", "CH": "ddddddddd",
    "FR": "dddddddddddd", "BE": "dddddddddd", "PT": "UUdddddd", "BR": "ddddddddddd",
    "MX": "UddddddddU", "IE": "ddddddddd", "AR": "dddddddd",
}  # fmt: skip


def _shape(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "d":
            out.append(rng.choice(DIGITS))
        elif ch == "U":
            out.append(rng.choice(UPPER))
        elif ch == "P":  # German passports use a restricted alphabet
            out.append(rng.choice("CFGHJKLMNPRTVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def passport(rng: random.Random, country: str) -> str:
    value = _shape(rng, PASSPORT_SHAPES.get(country, "UUddddddd"))
    if country in ("DE",) and not value[0].isalpha():
        value = rng.choice("CFGHJK") + value[1:]
    return value


def driver_id(rng: random.Random, country: str) -> str:
    if country == "GB":  # surname block, birth digits, initials, check digits
        return (
            "".join(rng.choice(UPPER) for _ in range(5)) + digits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2)) + digits(rng, 1)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )  # fmt: skip
    if country == "ES":  # Spanish licences carry the DNI number
        return es_dni(rng)
    return _shape(rng, LICENCE_SHAPES.get(country, "Uddddddd"))


FIRST = (
    "ana", "john", "maria", "lucas", "sophie", "jonas", "camila", "pedro", "emma", "lea",
    "diego", "julia", "thomas", "ines", "marco", "chloe", "paul", "beatriz", "kevin", "nora",
)  # fmt: skip
LAST = (
    "garcia", "smith", "muller", "dupont", "silva", "martin", "lopez", "schmidt", "costa",
    "bernard", "fischer", "santos", "ramirez", "wagner", "moreau", "pereira", "brown", "weber",
)  # fmt: skip
EMAIL_DOMAINS = (
    "example.com", "example.org", "example.net", "mail.example", "correo.example",
    "post.test", "web.example.com", "empresa.example", "firma.test", "exemplo.test",
)  # fmt: skip


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    shape = rng.random()
    if shape < 0.3:
        local = f"{first}.{last}"
    elif shape < 0.5:
        local = f"{first}{last[0]}{rng.randint(1, 99)}"
    elif shape < 0.7:
        local = f"{first[0]}{last}"
    elif shape < 0.85:
        local = f"{first}_{last}{rng.randint(70, 99)}"
    else:
        local = f"{first}.{last}+shop"
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def phone(rng: random.Random, country: str) -> str:
    """E.164 mobile (sometimes landline) number valid for the country."""
    region = country
    kind = rng.choice(
        (phonenumbers.PhoneNumberType.MOBILE,) * 3 + (phonenumbers.PhoneNumberType.FIXED_LINE,)
    )
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        raise ValueError(f"phonenumbers has no example number for {region}")
    national = str(example.national_number)
    keep = max(2, len(national) - 7)
    while True:
        candidate = national[:keep] + digits(rng, len(national) - keep)
        parsed = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number_for_region(parsed, region):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.2:
        groups = [f"{rng.randint(0, 65535):x}" for _ in range(6)]
        if rng.random() < 0.5:  # compressed form
            return "2001:db8::" + ":".join(groups[:3])
        return "2001:db8:" + ":".join(groups)
    base = rng.choice(("203.0.113", "198.51.100", "192.0.2", "192.168.1", "10.0.0"))
    if rng.random() < 0.4:
        base = f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
    return f"{base}.{rng.randint(2, 254)}"


def mac_address(rng: random.Random) -> str:
    return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(("AKIA", "ASIA")) + "".join(rng.choice(BASE32) for _ in range(16))


def aws_secret_key(rng: random.Random) -> str:
    return "".join(rng.choice(SECRET_CHARS) for _ in range(40))
