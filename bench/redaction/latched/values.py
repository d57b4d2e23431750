"""Draw synthetic PII and must_keep values, each validated with its published check rule."""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

DIGITS = string.digits
UPPER = string.ascii_uppercase

# Test-card prefixes published by card networks and payment processors.
CARD_PREFIXES = [
    "411111",
    "424242",
    "400000",
    "555555",
    "510510",
    "222300",
    "601111",
    "378282",
    "371449",
]


def rdigits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def card(rng: random.Random) -> str:
    prefix = rng.choice(CARD_PREFIXES)
    length = 15 if prefix.startswith("3") else 16
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    value = body + luhn.calc_check_digit(body)
    luhn.validate(value)
    return value


def cvv(rng: random.Random, amex: bool = False) -> str:
    return rdigits(rng, 4 if amex else 3)


def expiry(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(26, 33)


def pin(rng: random.Random) -> str:
    while True:
        value = rdigits(rng, rng.choice([4, 4, 4, 6]))
        if len(set(value)) > 2:
            return value


def aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + rdigits(rng, 7)
        for d in DIGITS:
            if rtn.is_valid(body + d):
                return body + d


def _clabe_check(body: str) -> str:
    total = sum(int(c) * w for c, w in zip(body, [3, 7, 1] * 6, strict=False))
    return str((10 - total % 10) % 10)


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072", "127", "137"]) + rdigits(rng, 14)
    return body + _clabe_check(body)


def clabe_is_valid(value: str) -> bool:
    return len(value) == 18 and value.isdigit() and _clabe_check(value[:17]) == value[17]


# BBAN shapes per country: (length, alphabet of each position class).
BBAN = {
    "ES": "n20",
    "DE": "n18",
    "FR": "n10a11n2",
    "PT": "n21",
    "GB": "A4n14",
    "BE": "n12",
    "IT": "A1n10a12",
    "IE": "A4n14",
    "AT": "n16",
    "CH": "n17",
    "BR": "n23A1a1",
    "NL": "A4n10",
    "LU": "n3a13",
}


def _shape(rng: random.Random, shape: str) -> str:
    out = []
    i = 0
    while i < len(shape):
        cls = shape[i]
        j = i + 1
        while j < len(shape) and shape[j].isdigit():
            j += 1
        n = int(shape[i + 1 : j])
        pool = {"n": DIGITS, "A": UPPER, "a": UPPER + DIGITS}[cls]
        out.append("".join(rng.choice(pool) for _ in range(n)))
        i = j
    return "".join(out)


def iban_value(rng: random.Random, country: str) -> str:
    for _ in range(100000):
        bban = _shape(rng, BBAN[country])
        if country == "GB" or country == "IE":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "AIBK", "BOFI"]) + bban[4:]
        if country == "BR":
            bban = bban[:-2] + "C1"
        check = iban.calc_check_digits(country + "00" + bban)
        value = country + check + bban
        if iban.is_valid(value):
            return value
    raise RuntimeError(country)


def bic_value(rng: random.Random, country: str) -> str:
    while True:
        value = "".join(rng.choice("QXZJWKV") for _ in range(2)) + "".join(
            rng.choice(UPPER) for _ in range(2)
        )
        value += country + rng.choice(UPPER) + rng.choice(UPPER + DIGITS)
        if rng.random() < 0.4:
            value += "".join(rng.choice(UPPER + DIGITS) for _ in range(3))
        if bic.is_valid(value):
            return value


def ssn_value(rng: random.Random) -> str:
    while True:
        value = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(value) and not value.startswith("078"):
            return value


def itin_value(rng: random.Random) -> str:
    while True:
        mid = rng.choice(
            list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
        )
        value = f"9{rdigits(rng, 2)}{mid:02d}{rdigits(rng, 4)}"
        if itin.is_valid(value):
            return value


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_value(rng: random.Random) -> str:
    while True:
        a, b = rng.choice(UPPER), rng.choice(UPPER)
        if a in NINO_BAD_FIRST or b in NINO_BAD_FIRST or b == "O" or a + b in NINO_BAD_PAIRS:
            continue
        return a + b + rdigits(rng, 6) + rng.choice("ABCD")


def nino_is_valid(value: str) -> bool:
    v = value.replace(" ", "").upper()
    return (
        len(v) == 9
        and v[0] not in NINO_BAD_FIRST
        and v[1] not in NINO_BAD_FIRST | {"O"}
        and v[:2] not in NINO_BAD_PAIRS
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


def passport_value(rng: random.Random, country: str) -> str:
    if country in ("US", "GB", "IE", "AU", "NZ", "CA", "ZA"):
        return (
            rng.choice("123456789") + rdigits(rng, 8)
            if country != "CA"
            else "".join(rng.choice(UPPER) for _ in range(2)) + rdigits(rng, 6)
        )
    if country == "IN":
        return rng.choice("JKLMNPRSTUVWZ") + rdigits(rng, 7)
    if country == "ES":
        return "".join(rng.choice(UPPER) for _ in range(3)) + rdigits(rng, 6)
    if country in ("FR", "BE", "CH"):
        return rdigits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + rdigits(rng, 5)
    if country in ("DE", "AT"):
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if country in ("BR", "AO"):
        return "".join(rng.choice(UPPER) for _ in range(2)) + rdigits(rng, 6)
    if country == "PT":
        return rng.choice(UPPER) + rdigits(rng, 6)
    if country in ("MX", "AR", "CO", "CL"):
        return rng.choice(UPPER) + rdigits(rng, 8)
    return rng.choice(UPPER) + rdigits(rng, 8)


def driver_value(rng: random.Random, country: str) -> str:
    if country == "US":
        return (rng.choice(["", "", "D"]) and rng.choice(UPPER) + rdigits(rng, 7)) or rdigits(
            rng, 9
        )
    if country in ("GB",):
        surname = "".join(rng.choice(UPPER) for _ in range(5))
        return (
            surname
            + rdigits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + rdigits(rng, 1)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    if country == "ES":
        return dni_value(rng)
    if country in ("FR", "BE"):
        return rdigits(rng, 12)
    if country in ("DE", "AT", "CH"):
        return (
            rng.choice("BFGJKN")
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(9))
            + rdigits(rng, 1)
        )
    if country == "BR":
        return rdigits(rng, 11)
    if country == "MX":
        return rng.choice(UPPER) + rdigits(rng, 8)
    return rng.choice(UPPER) + rdigits(rng, 7)


def dni_value(rng: random.Random) -> str:
    body = rdigits(rng, 8)
    value = body + dni.calc_check_digit(body)
    dni.validate(value)
    return value


def nie_value(rng: random.Random) -> str:
    body = rng.choice("XYZ") + rdigits(rng, 7)
    value = body + nie.calc_check_digit(body)
    nie.validate(value)
    return value


CURP_STATES = [
    "AS",
    "BC",
    "CH",
    "CL",
    "CM",
    "DF",
    "GT",
    "JC",
    "MC",
    "MN",
    "NL",
    "OC",
    "PL",
    "QT",
    "SL",
    "SR",
    "VZ",
    "YN",
]
CONSONANTS = "BCDFGHJKLMNPRSTVXZ"
VOWELS = "AEIOU"


def _name_letters(rng: random.Random) -> str:
    return (
        rng.choice(CONSONANTS)
        + rng.choice(VOWELS)
        + rng.choice(CONSONANTS)
        + rng.choice(CONSONANTS.replace("K", ""))
    )


def curp_value(rng: random.Random) -> str:
    while True:
        year = rng.randint(1960, 2004)
        date = f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = _name_letters(rng) + date + rng.choice("HM") + rng.choice(CURP_STATES)
        body += "".join(rng.choice(CONSONANTS) for _ in range(3))
        body += rng.choice(DIGITS) if year < 2000 else rng.choice(UPPER)
        value = body + curp.calc_check_digit(body)
        if curp.is_valid(value):
            return value


def rfc_value(rng: random.Random) -> str:
    while True:
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = _name_letters(rng) + date + "".join(rng.choice(UPPER + DIGITS) for _ in range(2))
        value = body + rfc.calc_check_digit(body)
        if rfc.is_valid(value):
            return value


def cpf_value(rng: random.Random) -> str:
    while True:
        body = rdigits(rng, 9)
        for tail in range(100):
            value = f"{body}{tail:02d}"
            if cpf.is_valid(value) and len(set(value)) > 1:
                return value


def cnpj_value(rng: random.Random) -> str:
    body = rdigits(rng, 8) + "0001"
    for tail in range(100):
        value = f"{body}{tail:02d}"
        if cnpj.is_valid(value):
            return value
    raise RuntimeError("cnpj")


def nir_value(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
        )
        body += rdigits(rng, 6)
        value = body + nir.calc_check_digits(body)
        if nir.is_valid(value):
            return value


def steuerid_value(rng: random.Random) -> str:
    while True:
        # first ten digits: one digit twice, eight others once (the published structure rule)
        chosen = rng.sample(DIGITS, 9)
        digits = [*chosen, chosen[0]]
        rng.shuffle(digits)
        if digits[0] == "0":
            continue
        body = "".join(digits)
        for d in DIGITS:
            if idnr.is_valid(body + d):
                return body + d


def nif_value(rng: random.Random) -> str:
    while True:
        body = rng.choice("123") + rdigits(rng, 7)
        value = body + nif.calc_check_digit(body)
        if nif.is_valid(value):
            return value


B32 = UPPER + "234567"
B64 = string.ascii_letters + DIGITS + "+/"


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    return "".join(rng.choice(B64) for _ in range(40))


def ip_value(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(1, 254)}"
    if kind < 0.85:
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"


def mac_value(rng: random.Random) -> list[str]:
    first = rng.randint(0, 63) * 4 + 2  # locally administered, unicast
    return [f"{first:02x}"] + [f"{rng.randint(0, 255):02x}" for _ in range(5)]


SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ben",
    "tor",
    "sil",
    "va",
    "no",
    "ju",
    "pe",
    "dro",
    "lu",
    "cas",
    "mar",
    "ti",
    "na",
    "gel",
]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))


def password_value(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.4:
        return word(rng).capitalize() + rng.choice("!@#$*?") + rdigits(rng, rng.randint(2, 4))
    if style < 0.7:
        return "".join(
            rng.choice(string.ascii_letters + DIGITS + "!#$%&*") for _ in range(rng.randint(10, 16))
        )
    return (
        word(rng)
        + rng.choice(["_", ".", "-"])
        + word(rng).upper()
        + rdigits(rng, 2)
        + rng.choice("!?*")
    )


def username_value(rng: random.Random) -> str:
    return (
        word(rng)
        + rng.choice(["_", ".", ""])
        + word(rng)
        + rng.choice(["", rdigits(rng, 2), rdigits(rng, 4)])
    )


def letters_username(rng: random.Random) -> str:
    return word(rng) + rng.choice(["_", ".", ""]) + word(rng)


# ----- phones -----------------------------------------------------------------------------------

PHONE_PATTERNS = {
    "US": ["201555010#", "212555010#", "312555011#", "415555012#", "646555013#", "305555014#"],
    "CA": ["416555010#", "514555011#", "604555012#", "613555013#"],
    "GB": ["2079460###", "1134960###", "1614960###", "1314960###", "1174960###", "2896960###"],
    "IE": ["8#######", "1#######", "85#######", "87#######"],
    "AU": ["491570###", "4915711##", "2######", "3######"],
    "NZ": ["21#######", "9#######", "4#######"],
    "ZA": ["82#######", "11#######", "21#######"],
    "IN": ["98#######", "97#######", "11########"],
    "ES": ["6########", "91#######", "93#######", "7########"],
    "MX": ["55########", "33########", "81########"],
    "AR": ["911########", "11########"],
    "CO": ["3#########", "601#######"],
    "CL": ["9########", "2########"],
    "FR": ["6########", "7########", "1########", "4########"],
    "BE": ["47#######", "2#######", "49#######"],
    "CH": ["79#######", "76#######", "44#######"],
    "DE": ["151########", "160#######", "30########", "89########", "170#######"],
    "AT": ["664#######", "1#######", "699########"],
    "BR": ["119########", "219########", "11########", "31########"],
    "PT": ["91#######", "93#######", "96#######", "21#######", "22#######"],
    "AO": ["92#######", "93#######", "94#######"],
}


def phone_value(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    for _ in range(10000):
        pattern = rng.choice(PHONE_PATTERNS[region])
        national = "".join(rng.choice(DIGITS) if c == "#" else c for c in pattern)
        if region in ("US", "CA"):
            national = (
                national[:-2] + f"{rng.randint(0, 99):02d}" if national[6:8] == "01" else national
            )
        number = phonenumbers.parse(
            "+" + str(phonenumbers.country_code_for_region(region)) + national, None
        )
        if phonenumbers.is_valid_number_for_region(number, region):
            return number
    raise RuntimeError(region)


CORPUS_REGIONS = sorted(PHONE_PATTERNS)


def is_valid_phone_anywhere(digits: str) -> bool:
    for region in CORPUS_REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def passes_identifier(value: str) -> bool:
    """True when a must_keep value would pass one of the identifier checks of the brief."""
    compact = "".join(c for c in value if c.isalnum()).upper()
    digits = "".join(c for c in value if c.isdigit())
    if 12 <= len(digits) <= 19 and luhn.is_valid(digits):
        return True
    checks = [
        ssn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        idnr.is_valid,
        rtn.is_valid,
        nir.is_valid,
        dni.is_valid,
        nie.is_valid,
        clabe_is_valid,
    ]
    for check in checks:
        if check(digits) or check(compact):
            return True
    if iban.is_valid(compact):
        return True
    return len(digits) >= 9 and is_valid_phone_anywhere(digits)


def _compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


VALIDATORS = {
    "CREDIT_DEBIT_NUMBER": lambda v: (
        luhn.is_valid(v) and 15 <= len(v) <= 16 and v[:6] in CARD_PREFIXES
    ),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_is_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": clabe_is_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}


def check_value(pii_type: str, text: str) -> bool:
    """Re-validate a labelled value written with separators only (no noise, no letter swaps)."""
    if pii_type == "PHONE":
        try:
            number = phonenumbers.parse(text, "US" if not text.startswith("+") else None)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(number)
    if pii_type == "BANK_ROUTING" and len(_compact(text)) == 9:
        return rtn.is_valid(_compact(text))
    check = VALIDATORS.get(pii_type)
    return check is None or check(_compact(text))
