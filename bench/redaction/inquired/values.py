"""Draw synthetic PII and look-alike values, each checked against its own rules.

Every drawn identifier is validated with python-stdnum (or phonenumbers) where a
checker exists; CLABE has no stdnum module, so its weights 3-7-1 are computed here.
Hard negatives (order numbers and friends) are redrawn until they FAIL every
checksum a detector might try, so a hit on them is a real over-redaction.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

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
UPPER = string.ascii_uppercase
CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ"


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def card(rng: random.Random) -> str:
    b = rng.choice(BINS)
    length = 15 if b.startswith("37") else 16
    body = b + _digits(rng, length - len(b) - 1)
    out = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(out)
    return out


def cvv(rng: random.Random, amex: bool = False) -> str:
    return _digits(rng, 4 if amex else 3)


def expiry(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(26, 33)


def pin(rng: random.Random) -> str:
    while True:
        p = _digits(rng, rng.choice([4, 4, 4, 6]))
        if len(set(p)) > 1:
            return p


def bank_account(rng: random.Random, locale: str) -> str:
    if locale.startswith("en-GB"):
        return _digits(rng, 8)
    if locale.startswith("pt-BR"):
        return _digits(rng, rng.choice([6, 7, 8]), True)
    if locale.startswith("de"):
        return _digits(rng, 10, True)
    return _digits(rng, rng.choice([8, 9, 10, 11, 12]), True)


def routing(rng: random.Random, locale: str) -> tuple[str, str]:
    """Return (kind, digits): us_aba, uk_sort, de_blz, br_agencia."""
    if locale == "en-GB":
        return "uk_sort", _digits(rng, 6)
    if locale.startswith("de"):
        return "de_blz", rng.choice("1234567") + _digits(rng, 7)
    if locale == "pt-BR":
        return "br_agencia", _digits(rng, 4, True)
    while True:
        body = rng.choice("0123") + _digits(rng, 7)
        for d in string.digits:
            if rtn.is_valid(body + d):
                return "us_aba", body + d


IBAN_LAYOUT = {"ES": 20, "DE": 18, "FR": 23, "PT": 21, "GB": 18, "BR": 25}


def _iban_check(country: str, bban: str) -> str:
    return iban.calc_check_digits(country + "00" + bban)


def iban_value(rng: random.Random, country: str) -> str:
    while True:
        if country == "ES":
            bank = _digits(rng, 8)
            acct = _digits(rng, 10)
            bban = bank[:4] + bank[4:8] + ccc.calc_check_digits(bank + "00" + acct) + acct
        elif country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(rng, 14)
        elif country == "BR":
            bban = (
                _digits(rng, 8)
                + _digits(rng, 5)
                + _digits(rng, 10)
                + rng.choice("CP")
                + rng.choice(UPPER + string.digits)
            )
        else:
            bban = _digits(rng, IBAN_LAYOUT[country])
        value = country + _iban_check(country, bban) + bban
        if iban.is_valid(value):
            return value


def swift(rng: random.Random, country: str) -> str:
    while True:
        code = (
            "".join(rng.choice(UPPER) for _ in range(4))
            + country
            + rng.choice(UPPER)
            + rng.choice(UPPER + "23456789")
        )
        if rng.random() < 0.4:
            code += rng.choice(["XXX", "MAD", "BER", "PAR", "LIS", "SAO", "MEX", "NYC", "LON"])
        if bic.is_valid(code):
            return code


FIRST = [
    "maria",
    "jose",
    "ana",
    "luis",
    "carmen",
    "pedro",
    "lucia",
    "marco",
    "sofia",
    "diego",
    "claire",
    "julien",
    "amelie",
    "thomas",
    "lena",
    "jonas",
    "katrin",
    "felix",
    "joao",
    "beatriz",
    "rafael",
    "ines",
    "tiago",
    "kayla",
    "derek",
    "megan",
    "tyler",
    "priya",
    "owen",
    "chloe",
    "noah",
    "valeria",
    "ximena",
    "emilio",
    "helene",
    "marie",
]
LAST = [
    "garcia",
    "lopez",
    "martin",
    "sanchez",
    "ruiz",
    "dubois",
    "lefevre",
    "moreau",
    "muller",
    "schmidt",
    "becker",
    "weber",
    "silva",
    "santos",
    "oliveira",
    "costa",
    "ferreira",
    "smith",
    "walker",
    "reyes",
    "hernandez",
    "nunes",
    "bouchard",
    "tremblay",
    "hoffmann",
    "pereira",
    "carvalho",
    "brooks",
    "patel",
    "morales",
]
DOMAINS = {
    "en": ["example.com", "example.net", "mail.example.org"],
    "es": ["example.es", "correo.example.com", "example.com.mx"],
    "fr": ["example.fr", "courriel.example.ca", "example.com"],
    "de": ["example.de", "post.example.de", "example.org"],
    "pt": ["example.com.br", "example.pt", "mail.example.com"],
}


def email(rng: random.Random, lang: str) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    sep = rng.choice([".", "_", "", "."])
    local = rng.choice(
        [f + sep + l, f[0] + l, f + sep + l + _digits(rng, 2), l + sep + f, f + _digits(rng, 3)]
    )
    return local + "@" + rng.choice(DOMAINS[lang])


def username(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f + "_" + l[:3],
            f + l[:1] + _digits(rng, 2),
            l + "." + f[:1] + _digits(rng, 4),
            "the_" + f + _digits(rng, 2),
            f.capitalize() + l.capitalize(),
        ]
    )


WORDS = [
    "gato",
    "Sol",
    "Lune",
    "Hund",
    "praia",
    "Tigre",
    "nube",
    "Bleu",
    "Sommer",
    "verde",
    "Rocket",
    "coffee",
    "Mango",
    "pizza",
]


def password(rng: random.Random) -> str:
    w = rng.choice(WORDS)
    return rng.choice(
        [
            w + _digits(rng, 4) + rng.choice("!?#$*"),
            w.capitalize() + rng.choice("_.-") + rng.choice(WORDS).lower() + _digits(rng, 2),
            "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10)),
            rng.choice("!#") + w.upper() + _digits(rng, 3) + w[::-1].lower(),
        ]
    )


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return (
            "2001:db8:"
            + ":".join("%x" % rng.randint(1, 0xFFFF) for _ in range(2))
            + "::"
            + "%x" % rng.randint(1, 0xFFF)
        )
    if rng.random() < 0.5:
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    return ".".join(
        str(x)
        for x in (
            rng.choice([81, 88, 93, 177, 189, 201, 79, 90, 62, 24, 73]),
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        )
    )


PHONE_PATTERNS = {
    "ES": lambda r: r.choice("67") + _digits(r, 8),
    "MX": lambda r: r.choice(["55", "33", "81"]) + _digits(r, 8),
    "BR": lambda r: r.choice(["11", "21", "31", "41"]) + "9" + r.choice("6789") + _digits(r, 7),
    "FR": lambda r: "0" + r.choice("67") + _digits(r, 8),
    "DE": lambda r: "0" + r.choice(["151", "160", "170", "171", "176"]) + _digits(r, 8),
    "PT": lambda r: "9" + r.choice("1236") + _digits(r, 7),
    "US": lambda r: (
        r.choice(["201", "312", "415", "617", "718", "305", "512"]) + "55501" + _digits(r, 2)
    ),
    "GB": lambda r: r.choice(["2079460", "1134960", "1614960", "1174960"]) + _digits(r, 3),
    "CA": lambda r: r.choice(["514", "438", "418", "613"]) + "55501" + _digits(r, 2),
}


def phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    while True:
        raw = PHONE_PATTERNS[region](rng)
        num = phonenumbers.parse(raw if region not in ("GB",) else "0" + raw, region)
        if phonenumbers.is_valid_number(num):
            return num


def phone_text(rng: random.Random, num: phonenumbers.PhoneNumber) -> str:
    """A written form people actually type: national, international, E.164 or bare digits."""
    fmt = rng.choice(["nat", "nat", "intl", "e164", "bare"])
    if fmt == "nat":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if fmt == "intl":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if fmt == "e164":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return "".join(
        c
        for c in phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if c.isdigit()
    )


def ssn_value(rng: random.Random) -> str:
    while True:
        v = "%03d%02d%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn.is_valid(v):
            return v


def passport(rng: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c in ("US", "GB"):
        return _digits(rng, 9, True)
    if c == "ES":
        return "".join(rng.choice(UPPER) for _ in range(3)) + _digits(rng, 6)
    if c in ("FR", "CA"):
        return _digits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 5)
    if c == "DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if c == "BR":
        return "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 6)
    if c == "PT":
        return rng.choice("CPN") + _digits(rng, 6)
    return rng.choice("GNE") + _digits(rng, 8)


def driver_id(rng: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c == "US":
        return rng.choice(UPPER) + _digits(rng, rng.choice([7, 8, 12]))
    if c == "GB":
        l = rng.choice(LAST).upper()[:5].ljust(5, "9")
        return (
            l
            + _digits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + rng.choice("9")
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    if c == "DE":
        return (
            rng.choice(UPPER)
            + _digits(rng, 3)
            + "".join(rng.choice(UPPER + string.digits) for _ in range(6))
            + _digits(rng, 1)
        )
    if c == "BR":
        return _digits(rng, 11, True)
    if c == "PT":
        return rng.choice(["L", "P", "AV"]) + "-" + _digits(rng, 6)
    if c == "ES":
        return es_dni(rng)
    if c == "FR":
        return _digits(rng, 12, True)
    if c == "CA":
        return rng.choice(UPPER) + _digits(rng, 12)
    return rng.choice(UPPER) + _digits(rng, 8)


def es_dni(rng: random.Random) -> str:
    n = _digits(rng, 8)
    return n + dni.calc_check_digit(n)


def es_nie(rng: random.Random) -> str:
    n = rng.choice("XYZ") + _digits(rng, 7)
    out = n + nie.calc_check_digit(n)
    assert nie.is_valid(out)
    return out


STATES = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "MN", "NL", "PL", "QT", "SP", "VZ", "YN"]


def mx_curp(rng: random.Random) -> str:
    while True:
        head = (
            rng.choice("BCDGHLMPRSV") + rng.choice("AEIOU") + rng.choice(UPPER) + rng.choice(UPPER)
        )
        date = "%02d%02d%02d" % (rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28))
        body = (
            head
            + date
            + rng.choice("HM")
            + rng.choice(STATES)
            + "".join(rng.choice(CONSONANTS) for _ in range(3))
            + rng.choice("0" + UPPER[:5])
        )
        v = body + curp.calc_check_digit(body)
        if curp.is_valid(v):
            return v


def mx_rfc(rng: random.Random) -> str:
    while True:
        head = (
            rng.choice("BCDGHLMPRSV") + rng.choice("AEIOU") + rng.choice(UPPER) + rng.choice(UPPER)
        )
        date = "%02d%02d%02d" % (rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28))
        body = (
            head + date + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
        )
        v = body + rfc.calc_check_digit(body)
        if rfc.is_valid(v):
            return v


def clabe_check(d17: str) -> str:
    w = [3, 7, 1]
    return str((10 - sum(int(c) * w[i % 3] % 10 for i, c in enumerate(d17)) % 10) % 10)


def clabe_is_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(rng: random.Random) -> str:
    body = (
        rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"])
        + _digits(rng, 3)
        + _digits(rng, 11)
    )
    return body + clabe_check(body)


def br_cpf(rng: random.Random) -> str:
    while True:
        b = _digits(rng, 9)
        if len(set(b)) > 1:
            v = b + cpf._calc_check_digits(b)
            assert cpf.is_valid(v)
            return v


def br_cnpj(rng: random.Random) -> str:
    b = _digits(rng, 8) + "0001"
    v = b + cnpj.calc_check_digits(b)
    assert cnpj.is_valid(v)
    return v


def fr_nir(rng: random.Random) -> str:
    while True:
        b = (
            rng.choice("12")
            + "%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12))
            + rng.choice(["75", "69", "13", "33", "59", "44", "67", "31"])
            + _digits(rng, 6)
        )
        v = b + "%02d" % (97 - int(b) % 97)
        if nir.is_valid(v):
            return v


def de_tax_id(rng: random.Random) -> str:
    while True:
        b = rng.choice("123456789") + _digits(rng, 10)
        if idnr.is_valid(b):
            return b


def pt_nif(rng: random.Random) -> str:
    b = rng.choice("123") + _digits(rng, 7)
    v = b + nif.calc_check_digit(b)
    assert nif.is_valid(v)
    return v


# ---------- hard negatives ----------

REGIONS = ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB", "CA"]


def passes_any_checksum(d: str, phone_too: bool = True) -> bool:
    """True when a digit string could pass for an identifier (or, bare, for a phone number); such values are redrawn."""
    if not d.isdigit():
        return False
    checks = [
        luhn.is_valid(d) and len(d) >= 12,
        len(d) == 11 and cpf.is_valid(d),
        len(d) == 9 and nif.is_valid(d),
        len(d) == 11 and idnr.is_valid(d),
        len(d) == 9 and rtn.is_valid(d),
        len(d) == 14 and cnpj.is_valid(d),
        len(d) == 18 and clabe_is_valid(d),
        len(d) == 15 and nir.is_valid(d),
        len(d) == 9 and ssn.is_valid(d),
        len(d) == 8 and dni.is_valid(d + dni.calc_check_digit(d)) and False,
        luhn.is_valid(d),
    ]
    if any(checks):
        return True
    if not phone_too:
        return False
    for r in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def digits_order(rng: random.Random, lo: int = 4, hi: int = 11) -> str:
    while True:
        d = _digits(rng, rng.randint(lo, hi), True)
        if not passes_any_checksum(d):
            return d
