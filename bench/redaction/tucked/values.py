"""Draw synthetic values and validate them with the published check rules."""

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

D = string.digits
U = string.ascii_uppercase

LOCALE_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "en-IE": "IE",
    "en-CA": "CA",
    "en-AU": "AU",
    "en-IN": "IN",
    "en-NZ": "NZ",
    "en-ZA": "ZA",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-AR": "AR",
    "es-CO": "CO",
    "es-CL": "CL",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-BE": "BE",
    "fr-CA": "CA",
    "fr-CH": "CH",
    "de-DE": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "pt-BR": "BR",
    "pt-PT": "PT",
    "pt-AO": "AO",
}
REGIONS = sorted(set(LOCALE_REGION.values()))

# BBAN layouts: (country, length of BBAN, pattern char per position: n digit, a letter)
IBAN_BBAN = {
    "ES": "n" * 20,
    "DE": "n" * 18,
    "FR": "n" * 10 + "n" * 11 + "nn",
    "PT": "n" * 21,
    "GB": "aaaa" + "n" * 14,
    "BR": "n" * 23 + "a" + "n",
    "BE": "n" * 12,
    "IT": "a" + "n" * 22,
    "IE": "aaaa" + "n" * 14,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "NL": "aaaa" + "n" * 10,
}
IBAN_FOR_REGION = {
    "US": "GB",
    "CA": "GB",
    "AU": "GB",
    "IN": "GB",
    "NZ": "GB",
    "ZA": "GB",
    "MX": "ES",
    "AR": "ES",
    "CO": "ES",
    "CL": "ES",
    "AO": "PT",
}


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(U) for _ in range(n))


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [
            ("411111", 16),
            ("424242", 16),
            ("400005", 16),
            ("555555", 16),
            ("510510", 16),
            ("378282", 15),
            ("601111", 16),
            ("401288", 16),
        ]
    )
    while True:
        body = prefix + digits(rng, length - len(prefix) - 1)
        value = body + luhn.calc_check_digit(body)
        if luhn.is_valid(value):
            return value


def iban_value(rng: random.Random, country: str) -> str:
    while True:
        bban = "".join(rng.choice(D) if c == "n" else rng.choice(U) for c in IBAN_BBAN[country])
        check = iban.calc_check_digits(country + "00" + bban)
        value = country + check + bban
        if iban.is_valid(value):
            return value


def phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """A number valid for the region (phonenumbers), from fictional ranges where they exist."""
    if region in ("US", "CA"):
        area = rng.choice(["202", "312", "415", "617", "212", "305"])
        if region == "CA":
            area = rng.choice(["416", "604", "514", "613", "403"])
        num = phonenumbers.parse(f"+1{area}55501{digits(rng, 2)}")
        if phonenumbers.is_valid_number(num):
            return num
    if region == "GB":
        # Ofcom drama ranges that phonenumbers accepts (07700 900xxx is rejected by its metadata)
        while True:
            nsn = rng.choice(["2079460", "1134960", "1214960", "1614960", "1174960", "2890180"])
            num = phonenumbers.parse("+44" + nsn + digits(rng, 10 - len(nsn)))
            if phonenumbers.is_valid_number(num):
                return num
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(
        region
    )
    nsn = phonenumbers.national_significant_number(example)
    keep = 3 if len(nsn) > 8 else 2
    while True:
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(example.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num


def ssn_value(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(100, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_value(rng: random.Random) -> str:
    while True:
        v = "9" + digits(rng, 2) + rng.choice(["70", "78", "81", "88", "92", "94"]) + digits(rng, 4)
        if itin.is_valid(v):
            return v


def aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
        for c in D:
            if rtn.is_valid(body + c):
                return body + c


def nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return first + second + digits(rng, 6) + rng.choice("ABCD")


def dni_value(rng: random.Random) -> str:
    body = digits(rng, 8)
    v = body + dni.calc_check_digit(body)
    assert dni.is_valid(v)
    return v


def nie_value(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    v = body + nie.calc_check_digit(body)
    assert nie.is_valid(v)
    return v


def curp_value(rng: random.Random) -> str:
    while True:
        first = rng.choice("BCDFGHJLMNPRSTVZ") + rng.choice("AEIOU") + letters(rng, 2)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        state = rng.choice(["AS", "BC", "CL", "DF", "JC", "MC", "NL", "PL", "QT", "VZ", "YN"])
        cons = "".join(rng.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3))
        body = first + date + rng.choice("HM") + state + cons + "0"
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return v


def rfc_value(rng: random.Random) -> str:
    while True:
        first = rng.choice("BCDFGHJLMNPRSTVZ") + rng.choice("AEIOU") + letters(rng, 2)
        date = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body = first + date + rng.choice("ABCDEFGHJKLMN") + rng.choice("123456789ABCDEF")
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return v


def clabe_check(body: str) -> str:
    weights = [3, 7, 1] * 6
    total = sum(int(c) * weights[i] % 10 for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072"]) + digits(rng, 14)
    return body + clabe_check(body)


def clabe_is_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def cpf_value(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        if len(set(body)) > 1:
            v = body + cpf._calc_check_digits(body)
            if cpf.is_valid(v):
                return v


def cnpj_value(rng: random.Random) -> str:
    body = digits(rng, 8) + "0001"
    v = body + cnpj.calc_check_digits(body)
    assert cnpj.is_valid(v)
    return v


def nir_value(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + digits(rng, 6)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v


def idnr_value(rng: random.Random) -> str:
    while True:
        body = rng.choice("123456789") + digits(rng, 9)
        for c in D:
            if idnr.is_valid(body + c):
                return body + c


def nif_value(rng: random.Random) -> str:
    while True:
        body = rng.choice("1235") + digits(rng, 7)
        v = body + nif.calc_check_digit(body)
        if nif.is_valid(v):
            return v


def swift(rng: random.Random, country: str) -> str:
    while True:
        v = (
            letters(rng, 4)
            + country
            + rng.choice(U)
            + rng.choice("23456789")
            + rng.choice(["", "XXX"])
        )
        if bic.is_valid(v):
            return v


def password(rng: random.Random) -> str:
    words = [
        "Sunflower",
        "tigre",
        "Lapin",
        "Sommer",
        "Saudade",
        "Mango",
        "gatito",
        "Kaffee",
        "Blue",
        "luna",
    ]
    sym = rng.choice("!#$*?&._-")
    return (
        rng.choice(words)
        + sym
        + digits(rng, rng.randint(2, 4))
        + rng.choice(["", letters(rng, 1), "!"])
    )


def aws_access(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice(U + "234567") for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + D + "/+") for _ in range(40))


def ip(rng: random.Random) -> str:
    base = rng.choice(["192.0.2.", "198.51.100.", "203.0.113.", "10.0.", "192.168."])
    if base.count(".") == 2:
        return f"{base}{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    return f"{base}{rng.randint(2, 254)}"


def mac(rng: random.Random) -> str:
    first = rng.choice("0123456789ABCDEF") + rng.choice("26AE")
    return ":".join(
        [first] + ["".join(rng.choice("0123456789ABCDEF") for _ in range(2)) for _ in range(5)]
    )


def passport(rng: random.Random, region: str) -> str:
    if region == "US":
        return rng.choice("56") + digits(rng, 8)
    if region in ("GB", "IE", "AU", "NZ", "IN", "ZA", "CA"):
        return letters(rng, 2) + digits(rng, 7)
    if region in ("ES", "MX", "AR", "CO", "CL"):
        return letters(rng, 3) + digits(rng, 6)
    if region in ("FR", "BE", "CH"):
        return digits(rng, 2) + letters(rng, 2) + digits(rng, 5)
    if region in ("DE", "AT"):
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + D) for _ in range(8))
    return letters(rng, 2) + digits(rng, 6)


def driver_id(rng: random.Random, region: str) -> str:
    if region == "US":
        return letters(rng, 1) + digits(rng, 7)
    if region == "GB":
        return letters(rng, 5) + digits(rng, 6) + letters(rng, 2) + digits(rng, 1) + letters(rng, 2)
    if region == "BR":
        return digits(rng, 11)
    if region in ("ES", "MX", "AR", "CO", "CL"):
        return dni_value(rng) if region == "ES" else letters(rng, 1) + digits(rng, 8)
    return letters(rng, 1) + digits(rng, 2) + letters(rng, 1) + digits(rng, 6)


def username(rng: random.Random) -> str:
    first = rng.choice(
        ["ana", "jlopez", "mike", "soph", "kiki", "beto", "lulu", "hans", "marie", "joao"]
    )
    return (
        first
        + rng.choice(["_", ".", ""])
        + rng.choice(["dev", "rx", "fan", "xo", "z", "b"])
        + digits(rng, 2)
    )


def looks_like_identifier(text: str) -> bool:
    """True if a must_keep number could pass for an identifier; such values get redrawn."""
    d = "".join(c for c in text if c.isdigit())
    if not d:
        return False
    checks = [
        12 <= len(d) <= 19 and luhn.is_valid(d),
        len(d) == 9 and (ssn.is_valid(d) or rtn.is_valid(d) or nif.is_valid(d)),
        len(d) == 11 and (cpf.is_valid(d) or idnr.is_valid(d)),
        len(d) == 14 and cnpj.is_valid(d),
        len(d) == 15 and nir.is_valid(d),
        len(d) == 18 and clabe_is_valid(d),
    ]
    if any(checks):
        return True
    if len(d) >= 9:
        for region in REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False
