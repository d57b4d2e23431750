"""Draw synthetic PII values, validated with python-stdnum and phonenumbers."""

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

DIG = string.digits
UP = string.ascii_uppercase
REGIONS = [
    "US",
    "GB",
    "IE",
    "CA",
    "AU",
    "IN",
    "NZ",
    "ZA",
    "ES",
    "MX",
    "AR",
    "CO",
    "CL",
    "FR",
    "BE",
    "CH",
    "DE",
    "AT",
    "BR",
    "PT",
    "AO",
]


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def region_of(locale: str) -> str:
    return locale.split("-")[1]


# ---- cards -------------------------------------------------------------------
TEST_BINS = ["411111", "400000", "424242", "555555", "510510", "222300", "601111", "353011"]


def card(rng: random.Random) -> str:
    if rng.random() < 0.1:
        body = rng.choice(["378282", "371449"]) + digits(rng, 8)
    else:
        body = rng.choice(TEST_BINS) + digits(rng, 9)
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random) -> str:
    return digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(1, 12):02d}", f"{rng.randint(26, 33):02d}"


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice([4, 4, 4, 6]))


# ---- banking -----------------------------------------------------------------
def account(rng: random.Random) -> str:
    while True:
        a = digits(rng, rng.choice([8, 8, 10, 11]), True)
        if not looks_like_id(a):
            return a


def routing(rng: random.Random, region: str) -> str:
    if region in ("GB", "IE"):
        d = digits(rng, 6, True)
        return f"{d[:2]}-{d[2:4]}-{d[4:]}"
    if region in ("DE", "AT", "CH"):
        return digits(rng, 8, True)
    if region == "BR":
        return digits(rng, 4, True) + "-" + digits(rng, 1)
    while True:
        d = rng.choice("0123") + digits(rng, 7)
        full = d + rtn.calc_check_digit(d)
        if rtn.is_valid(full):
            return full


BBAN = {
    "ES": "n20",
    "DE": "n18",
    "FR": "n23",
    "PT": "n21",
    "GB": "a4n14",
    "BE": "n12",
    "IT": "a1n22",
    "BR": "n23a1n1",
    "AT": "n16",
    "CH": "n17",
    "NL": "a4n10",
    "IE": "a4n14",
}
IBAN_OF_REGION = {
    "ES": "ES",
    "DE": "DE",
    "FR": "FR",
    "PT": "PT",
    "GB": "GB",
    "BE": "BE",
    "BR": "BR",
    "AT": "AT",
    "CH": "CH",
    "IE": "IE",
}


def _bban(rng: random.Random, shape: str) -> str:
    out, i = [], 0
    while i < len(shape):
        kind = shape[i]
        j = i + 1
        while j < len(shape) and shape[j].isdigit():
            j += 1
        n = int(shape[i + 1 : j])
        out.append("".join(rng.choice(DIG if kind == "n" else UP) for _ in range(n)))
        i = j
    return "".join(out)


def iban_value(rng: random.Random, country: str) -> str:
    while True:
        bb = _bban(rng, BBAN[country])
        check = iban.calc_check_digits(country + "00" + bb)
        v = country + check + bb
        if iban.is_valid(v):
            return v


def swift(rng: random.Random, region: str) -> str:
    cc = region if region not in ("US",) else "US"
    while True:
        v = "".join(rng.choice(UP) for _ in range(4)) + cc + rng.choice(UP) + rng.choice(UP + DIG)
        if rng.random() < 0.4:
            v += rng.choice(["XXX", "".join(rng.choice(UP) for _ in range(3))])
        if bic.is_valid(v):
            return v


# ---- contact -----------------------------------------------------------------
FIRST = [
    "maria",
    "juan",
    "lucia",
    "jorge",
    "ana",
    "pedro",
    "sophie",
    "lukas",
    "joana",
    "tiago",
    "kevin",
    "priya",
    "aoife",
    "liam",
    "chloe",
    "mathis",
    "lea",
    "jonas",
    "camila",
    "diego",
    "beatriz",
    "rafael",
    "emma",
    "noah",
    "sipho",
    "tane",
    "isabel",
    "hugo",
    "marta",
    "felix",
]
LAST = [
    "garcia",
    "lopez",
    "martin",
    "dubois",
    "schmidt",
    "weber",
    "silva",
    "santos",
    "oliveira",
    "smith",
    "murphy",
    "patel",
    "nguyen",
    "fernandez",
    "rossi",
    "moreau",
    "fischer",
    "costa",
    "ramirez",
    "brown",
    "kelly",
    "lefevre",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.test",
    "post.test",
]


def email(rng: random.Random) -> str:
    f, la = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{la}",
            f"{f}{la}",
            f"{f}_{la}",
            f"{f[0]}{la}",
            f"{f}.{la}{rng.randint(1, 99)}",
            f"{la}.{f}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng: random.Random) -> str:
    f, la = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f"{f}_{la[:3]}",
            f"{f}{rng.randint(70, 99)}",
            f"{la}.{f[0]}",
            f"x{f}x",
            f"{f}_{rng.randint(1, 999)}",
        ]
    )


def phone(rng: random.Random, region: str) -> tuple[str, str]:
    """Return (national, international) formats of a valid number for the region."""
    if region == "US":
        n = phonenumbers.parse(
            f"+1{rng.choice(['202', '312', '415', '617', '305'])}55501{digits(rng, 2)}"
        )
    elif region == "GB":
        n = phonenumbers.parse(
            rng.choice(["+4420794600", "+4411349600", "+4416149600"]) + digits(rng, 2)
        )
    else:
        while True:
            kind = rng.choice(
                [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
            )
            ex = phonenumbers.example_number_for_type(region, kind)
            nat = str(ex.national_number)
            keep = max(2, len(nat) - 5)
            cand = nat[:keep] + digits(rng, len(nat) - keep)
            n = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
                break
    assert phonenumbers.is_valid_number(n)
    return (
        phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL),
        phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
    )


# ---- US / UK identifiers -----------------------------------------------------
def ssn_value(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def itin_value(rng: random.Random) -> str:
    while True:
        v = (
            "9"
            + digits(rng, 2)
            + rng.choice(["70", "78", "81", "88", "90", "92", "94", "99"])
            + digits(rng, 4)
        )
        if itin.is_valid(v):
            return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def nino(rng: random.Random) -> str:
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if a + b in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        b = "A"
    return f"{a}{b} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"


def passport(rng: random.Random, region: str) -> str:
    if region in ("ES",):
        return "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 6)
    if region in ("FR", "BE", "CH"):
        return digits(rng, 2) + "".join(rng.choice(UP) for _ in range(2)) + digits(rng, 5)
    if region in ("DE", "AT"):
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + "0123456789") for _ in range(8))
    if region in ("BR", "PT", "AO", "MX", "AR", "CO", "CL"):
        return "".join(rng.choice(UP) for _ in range(rng.choice([1, 2]))) + digits(rng, 7)
    return digits(rng, 9, True) if rng.random() < 0.6 else rng.choice(UP) + digits(rng, 8)


def driver_id(rng: random.Random, region: str) -> str:
    if region == "GB":
        la = rng.choice(LAST).upper().ljust(5, "9")[:5]
        tail = f"{rng.choice(UP)}{rng.choice(UP)}{digits(rng, 1)}{rng.choice(UP)}{rng.choice(UP)}"
        return f"{la}{digits(rng, 6)}{tail}"
    if region in ("US", "CA"):
        return rng.choice(UP) + digits(rng, rng.choice([7, 8, 12]))
    if region in ("DE", "AT", "CH"):
        return rng.choice(UP) + digits(rng, 2) + "".join(rng.choice(UP + DIG) for _ in range(8))
    return rng.choice(UP) + digits(rng, 8)


def password(rng: random.Random) -> str:
    words = [
        "Tromba",
        "sol",
        "Gato",
        "Blue",
        "Kiwi",
        "rayo",
        "Mond",
        "chat",
        "Lua",
        "Pepe",
        "Nube",
        "Frosch",
        "Dragon",
    ]
    return (
        rng.choice(words)
        + rng.choice(["", "_", ".", "!"])
        + digits(rng, rng.choice([2, 3, 4]))
        + rng.choice(["!", "#", "$", "", "?", "*"])
        + rng.choice(words).lower()[:3]
    )


def aws_access(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice(UP + "234567") for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + DIG + "/+") for _ in range(40))


def ip(rng: random.Random) -> str:
    base = rng.choice(
        [
            "192.0.2",
            "198.51.100",
            "203.0.113",
            f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}",
            f"192.168.{rng.randint(0, 254)}",
        ]
    )
    return f"{base}.{rng.randint(2, 254)}"


def mac(rng: random.Random) -> str:
    sep = rng.choice([":", ":", "-"])
    hx = "0123456789abcdef" if rng.random() < 0.5 else "0123456789ABCDEF"
    return sep.join("".join(rng.choice(hx) for _ in range(2)) for _ in range(6))


# ---- national identifiers ----------------------------------------------------
def dni_value(rng: random.Random) -> str:
    n = digits(rng, 8)
    return n + dni.calc_check_digit(n)


def nie_value(rng: random.Random) -> str:
    n = rng.choice("XYZ") + digits(rng, 7)
    v = n + nie.calc_check_digit(n)
    assert nie.is_valid(v)
    return v


STATES = ["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "YN", "QT", "SP"]
CONS = "BCDFGHJKLMNPRSTVXZ"


def curp_value(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        head = rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(CONS)
        body = f"{head}{y:02d}{m:02d}{d:02d}{rng.choice('HM')}{rng.choice(STATES)}"
        body += "".join(rng.choice(CONS) for _ in range(3)) + "0"
        for c in DIG:
            if curp.is_valid(body + c):
                return body + c


def rfc_value(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        head = rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(CONS)
        body = f"{head}{y:02d}{m:02d}{d:02d}" + "".join(
            rng.choice(UP[:-1] + "123456789") for _ in range(2)
        )
        for c in DIG + "A":
            if _rfc_ok(body + c):
                return body + c


def _rfc_ok(value: str) -> bool:
    try:
        rfc.validate(value, validate_check_digits=True)
    except ValueError:  # stdnum's ValidationError subclasses ValueError
        return False
    return True


def clabe_value(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "030", "072"]) + digits(rng, 14)
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def cpf_value(rng: random.Random) -> str:
    while True:
        v = digits(rng, 11)
        if cpf.is_valid(v):
            return cpf.format(v)


def cnpj_value(rng: random.Random) -> str:
    while True:
        v = digits(rng, 8) + "0001" + digits(rng, 2)
        if cnpj.is_valid(v):
            return cnpj.format(v)


def nir_value(rng: random.Random) -> str:
    while True:
        born = f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        v = f"{born}{rng.randint(1, 95):02d}{digits(rng, 3)}{digits(rng, 3)}"
        full = v + nir.calc_check_digits(v)
        if nir.is_valid(full):
            return full


def steuer_value(rng: random.Random) -> str:
    while True:
        v = digits(rng, 11, True)
        if idnr.is_valid(v):
            return v


def nif_value(rng: random.Random) -> str:
    n = rng.choice("1235") + digits(rng, 7)
    return n + nif.calc_check_digit(n)


# ---- identifier check for must_keep numbers ----------------------------------
def looks_like_id(text: str) -> bool:
    """True when a digit string would pass any identifier check (then must_keep draws again)."""
    d = "".join(c for c in text if c.isdigit())
    if len(d) < 8:
        return False
    checks = [
        12 <= len(d) <= 19 and luhn.is_valid(d),
        len(d) == 9 and ssn.is_valid(d),
        len(d) == 9 and rtn.is_valid(d),
        len(d) == 9 and nif.is_valid(d),
        len(d) == 11 and cpf.is_valid(d),
        len(d) == 14 and cnpj.is_valid(d),
        len(d) == 11 and idnr.is_valid(d),
        len(d) in (13, 15) and nir.is_valid(d),
        len(d) == 8 and dni.is_valid(d + dni.calc_check_digit(d)) and False,
        len(d) == 18 and clabe_ok(d),
    ]
    if any(checks):
        return True
    if len(d) >= 9:
        for r in REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, r)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def clabe_ok(d: str) -> bool:
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(d[:17]))
    return str((10 - s % 10) % 10) == d[17]
