"""Draw synthetic PII values and hard negatives, and validate them with the published check rules.

Every value is drawn from a ``random.Random`` seeded with a string, so the corpus does not depend on
PYTHONHASHSEED. Each PII value is checked (python-stdnum, phonenumbers, or the rule written out here
when stdnum has none) before it is used; each must_keep number is redrawn while it passes any
identifier check, so a hard negative never doubles as a real identifier.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

REGIONS = {
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
CORPUS_REGIONS = sorted(set(REGIONS.values()))

UPPER = string.ascii_uppercase
DIGITS = string.digits


@dataclass(frozen=True)
class Value:
    """A drawn value: how it is usually typed, and its natural groups (for spacing, splitting)."""

    plain: str
    groups: tuple[str, ...]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def chunk(s: str, sizes: list[int]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return tuple(x for x in out if x)


# ---------------------------------------------------------------- cards and banking

TEST_BINS = [
    ("411111", 16),
    ("424242", 16),
    ("400005", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("378282", 15),
    ("601111", 16),
    ("353011", 16),
    ("401288", 16),
]


def card(rng: random.Random, region: str) -> Value:
    prefix, length = rng.choice(TEST_BINS)
    n = luhn_complete(prefix, length, rng)
    assert luhn.is_valid(n)
    sizes = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    return Value(n, chunk(n, sizes))


def cvv(rng: random.Random, region: str) -> Value:
    v = digits(rng, rng.choice([3, 3, 3, 4]))
    return Value(v, (v,))


def pin(rng: random.Random, region: str) -> Value:
    v = digits(rng, rng.choice([4, 4, 4, 6]))
    return Value(v, chunk(v, [2, 2, 2]) if rng.random() < 0.3 else (v,))


def expiry(rng: random.Random, region: str) -> Value:
    mm = f"{rng.randint(1, 12):02d}"
    yy = f"{rng.randint(26, 33)}"
    return Value(f"{mm}/{yy}", (mm, yy))


def bank_account(rng: random.Random, region: str) -> Value:
    n = {"GB": 8, "US": rng.choice([9, 10, 12]), "DE": 10, "BR": 8, "IN": 11}.get(
        region, rng.choice([8, 10, 11])
    )
    v = str(rng.randint(1, 9)) + digits(rng, n - 1)
    if region == "BR":
        return Value(v[:-1] + "-" + v[-1], (v[:-1], v[-1]))
    return Value(v, chunk(v, [4, 4, 4]))


def aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
        cand = body + rtn.calc_check_digit(body)
        if rtn.is_valid(cand):
            return cand


def routing(rng: random.Random, region: str) -> Value:
    if region == "CA":
        g = (digits(rng, 5), rng.choice(["001", "002", "003", "004", "006", "010", "815"]))
        return Value("-".join(g), g)
    if region == "US":
        v = aba(rng)
        return Value(v, chunk(v, [3, 3, 3]))
    if region in ("GB", "IE"):
        g = (digits(rng, 2), digits(rng, 2), digits(rng, 2))
        return Value("-".join(g), g)
    if region in ("DE", "AT"):
        v = str(rng.randint(1, 8)) + digits(rng, 7)
        return Value(v, chunk(v, [3, 3, 2]))
    if region == "BR":
        v = digits(rng, 4)
        return Value(v, (v,))
    if region in ("AU", "NZ"):
        g = (digits(rng, 3), digits(rng, 3))
        return Value("-".join(g), g)
    if region == "IN":
        v = rng.choice(["SBIN", "HDFC", "ICIC"]) + "0" + digits(rng, 6)
        return Value(v, (v[:4], v[4:]))
    v = digits(rng, 4)
    return Value(v, (v,))


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _bban(country: str, rng: random.Random) -> str:
    if country == "ES":
        bank, branch, acct = digits(rng, 4), digits(rng, 4), digits(rng, 10)
        from stdnum.es import ccc

        return ccc.calc_check_digits(bank + branch + "00" + acct).join([bank + branch, acct])
    if country == "FR":
        bank, branch, acct = "3" + digits(rng, 4), digits(rng, 5), digits(rng, 11)
        return bank + branch + acct + _rib_key(bank, branch, acct)
    if country == "PT":
        body = "00" + digits(rng, 17)
        return body + f"{98 - int(body + '00') % 97:02d}"
    if country == "BE":
        body = digits(rng, 10)
        return body + f"{int(body) % 97 or 97:02d}"
    if country == "DE":
        return digits(rng, 8) + digits(rng, 10)
    if country == "AT":
        return digits(rng, 16)
    if country == "CH":
        return digits(rng, 5) + digits(rng, 12)
    if country == "GB":
        return rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digits(rng, 14)
    if country == "IE":
        return rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    if country == "BR":
        return digits(rng, 23) + rng.choice("CP") + "1"
    if country == "IT":
        return rng.choice(UPPER) + digits(rng, 10) + digits(rng, 12)
    raise ValueError(country)


IBAN_COUNTRY = {
    "ES": "ES",
    "FR": "FR",
    "BE": "BE",
    "CH": "CH",
    "DE": "DE",
    "AT": "AT",
    "PT": "PT",
    "BR": "BR",
    "AO": "PT",
    "GB": "GB",
    "IE": "IE",
    "MX": "ES",
    "AR": "ES",
    "CO": "ES",
    "CL": "ES",
    "US": "DE",
    "CA": "FR",
    "AU": "GB",
    "IN": "GB",
    "NZ": "GB",
    "ZA": "GB",
}


def iban_value(rng: random.Random, region: str) -> Value:
    country = region if region in ("IT",) else IBAN_COUNTRY[region]
    while True:
        bban = _bban(country, rng)
        cand = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(cand):
            break
    return Value(cand, chunk(cand, [4] * 9))


def swift(rng: random.Random, region: str) -> Value:
    country = {"AO": "AO", "MX": "MX", "US": "US"}.get(region, region if len(region) == 2 else "ES")
    while True:
        bank = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(4))
        loc = rng.choice(UPPER) + rng.choice(UPPER + "23456789")
        cand = bank + country + loc + (rng.choice(["", "XXX", digits(rng, 3)]))
        if bic.is_valid(cand):
            return Value(
                cand, (cand[:4], cand[4:6], cand[6:8], cand[8:]) if len(cand) > 8 else (cand,)
            )


# ---------------------------------------------------------------- contact and online

FIRST = {
    "en": [
        "jess",
        "mike",
        "sarah",
        "tom",
        "priya",
        "liam",
        "chloe",
        "dave",
        "aoife",
        "kyle",
        "zanele",
        "ravi",
    ],
    "es": [
        "maria",
        "jose",
        "lucia",
        "javi",
        "camila",
        "diego",
        "sofi",
        "andres",
        "vale",
        "pablo",
        "ximena",
    ],
    "fr": [
        "julie",
        "mathieu",
        "chloe",
        "kevin",
        "amelie",
        "nico",
        "lea",
        "yannick",
        "manon",
        "theo",
    ],
    "de": ["lena", "jonas", "katrin", "felix", "anja", "lukas", "steffi", "tobias", "mia", "jens"],
    "pt": ["joao", "ana", "thiago", "bia", "rafa", "mariana", "lucas", "ines", "tiago", "fernanda"],
}
LAST = {
    "en": ["smith", "okafor", "murphy", "patel", "nguyen", "oconnor", "walsh", "brown", "singh"],
    "es": ["garcia", "lopez", "martinez", "rdz", "fernandez", "gomez", "ruiz", "castillo"],
    "fr": ["martin", "dubois", "lefevre", "moreau", "girard", "roux", "bernard", "petit"],
    "de": ["mueller", "schmidt", "becker", "wagner", "hoffmann", "schulz", "koch", "weber"],
    "pt": ["silva", "santos", "oliveira", "souza", "ferreira", "costa", "pereira", "almeida"],
}
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.test",
    "post.test",
    "example.co.uk",
    "example.com.br",
    "example.fr",
    "example.de",
]


def email(rng: random.Random, region: str, lang: str = "en") -> Value:
    f, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    sep = rng.choice([".", "_", "", "."])
    local = rng.choice([f + sep + last, f[0] + last, f + sep + last[:3], last + sep + f])
    if rng.random() < 0.3:
        local += rng.choice(["x", "ok", "pro", "m"])
    dom = rng.choice(DOMAINS)
    return Value(f"{local}@{dom}", (local, dom))


UK_DRAMA = [
    ("20", "7946 0", 3),
    ("113", "496 0", 3),
    ("161", "496 0", 3),
    ("117", "496 0", 3),
    ("131", "496 0", 3),
]


def _mobile_like(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    ex = phonenumbers.example_number_for_type(region, kind)
    nsn = str(ex.national_number)
    keep = 3 if len(nsn) > 8 else 2
    for _ in range(500):
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(num, region):
            return num
    raise RuntimeError(region)


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    if region in ("US", "CA"):
        areas = (
            ["201", "212", "305", "312", "415", "512", "617", "702", "917"]
            if region == "US"
            else ["416", "514", "604", "613", "403", "819"]
        )
        num = phonenumbers.parse(f"+1{rng.choice(areas)}5550{rng.randint(100, 199)}")
    elif region == "GB":
        area, mid, n = rng.choice(UK_DRAMA)
        num = phonenumbers.parse("+44" + area + (mid + digits(rng, n)).replace(" ", ""))
    elif region == "AU":
        num = phonenumbers.parse(rng.choice(["+61491570", "+61255501"]) + digits(rng, 3))
    elif region == "FR" and rng.random() < 0.5:
        num = phonenumbers.parse("+33199" + digits(rng, 6))
    else:
        num = _mobile_like(rng, region)
    assert phonenumbers.is_valid_number(num), num
    return num


def phone(rng: random.Random, region: str) -> Value:
    num = phone_number(rng, region)
    style = rng.choice(["national", "national", "intl", "e164", "bare"])
    if style == "national":
        text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    elif style == "intl":
        text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    elif style == "e164":
        text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    else:
        text = re.sub(
            r"\D", "", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
    shown = text
    if style in ("e164", "bare"):
        fmt = (
            phonenumbers.PhoneNumberFormat.INTERNATIONAL
            if style == "e164"
            else phonenumbers.PhoneNumberFormat.NATIONAL
        )
        shown = phonenumbers.format_number(num, fmt)
    groups = tuple(g for g in re.split(r"[^\d+]+", shown) if g)
    if style in ("e164", "bare"):
        # Groups of the formatted number, re-cut from the typed text so they stay its substrings.
        lengths = [len(g) for g in groups]
        groups = chunk(text, lengths)
    return Value(text, groups)


def ip(rng: random.Random, region: str) -> Value:
    r = rng.random()
    if r < 0.6:
        v = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    elif r < 0.85:
        v = (
            rng.choice(["192.168.", "10.0.", "172.16."])
            + f"{rng.randint(0, 20)}.{rng.randint(2, 254)}"
        )
    else:
        v = f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    return Value(v, tuple(re.split(r"[.:]+", v)))


def mac(rng: random.Random, region: str) -> Value:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] & 0xFC) | 0x02  # locally administered, unicast: never a vendor's real address
    sep = rng.choice([":", ":", "-"])
    parts = [f"{x:02X}" if sep == "-" else f"{x:02x}" for x in b]
    return Value(sep.join(parts), tuple(parts))


PW_WORDS = [
    "Gatito",
    "sunshine",
    "Tigre",
    "Bonjour",
    "Sommer",
    "saudade",
    "Pumpkin",
    "Lobo",
    "Fenix",
    "Mimi",
    "Schatz",
    "Chocolat",
    "Brasil",
    "Dragon",
    "Luna",
    "Kiwi",
]


def password(rng: random.Random, region: str) -> Value:
    w = rng.choice(PW_WORDS)
    if rng.random() < 0.5:
        w = w.lower()
    tail = rng.choice([digits(rng, 2), digits(rng, 4), "", digits(rng, 3)])
    sym = rng.choice(["!", "#", "$", "*", "?", "_", ".", ""])
    v = rng.choice([w + tail + sym, sym + w + tail, w[:3] + tail + w[3:] + sym])
    if len(v) < 6:
        v += rng.choice(["Xx", "!!", "qq"]) + digits(rng, 2)
    return Value(v, (v,))


def username(rng: random.Random, region: str, lang: str = "en") -> Value:
    f, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    v = rng.choice(
        [f + "_" + last, f + last[:2] + digits(rng, 2), f + "." + last, last + "_" + f[0], f + "_x"]
    )
    return Value(v, (v,))


B32 = UPPER + "234567"
B64 = string.ascii_letters + DIGITS + "/+"


def aws_access_key(rng: random.Random, region: str) -> Value:
    v = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
    return Value(v, (v,))


def aws_secret_key(rng: random.Random, region: str) -> Value:
    v = "".join(rng.choice(B64) for _ in range(40))
    return Value(v, (v,))


# ---------------------------------------------------------------- national identifiers


def us_ssn(rng: random.Random, region: str) -> Value:
    while True:
        v = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return Value(f"{v[:3]}-{v[3:5]}-{v[5:]}", (v[:3], v[3:5], v[5:]))


def us_itin(rng: random.Random, region: str) -> Value:
    while True:
        v = "9" + digits(rng, 2) + rng.choice(["7", "8"]) + digits(rng, 1) + digits(rng, 4)
        if itin.is_valid(v):
            return Value(f"{v[:3]}-{v[3:5]}-{v[5:]}", (v[:3], v[3:5], v[5:]))


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(v: str) -> bool:
    v = v.replace(" ", "").upper()
    return bool(
        re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v)
        and v[0] not in NINO_BAD_FIRST
        and v[1] not in NINO_BAD_SECOND
        and v[:2] not in NINO_BAD_PREFIX
    )


def uk_nino(rng: random.Random, region: str) -> Value:
    while True:
        v = rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 6) + rng.choice("ABCD")
        if nino_valid(v):
            g = (v[:2], v[2:4], v[4:6], v[6:8], v[8])
            return Value(v if rng.random() < 0.5 else " ".join(g), g)


def passport(rng: random.Random, region: str) -> Value:
    if region in ("US", "GB", "IE", "CA", "AU", "NZ", "ZA", "IN"):
        v = rng.choice(
            [
                digits(rng, 9),
                rng.choice("ACEKMNP") + digits(rng, 8),
                rng.choice(UPPER) + digits(rng, 7),
            ]
        )
    elif region in ("ES", "AR", "CO", "CL"):
        v = rng.choice(["PA", "AA", "XD", "PB"]) + rng.choice(UPPER) + digits(rng, 6)
    elif region == "MX":
        v = rng.choice("GN") + digits(rng, 8)
    elif region in ("FR", "BE", "CH"):
        v = digits(rng, 2) + rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 5)
    elif region in ("DE", "AT"):
        v = "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + DIGITS) for _ in range(9))
    elif region == "BR":
        v = rng.choice(["FT", "GB", "FZ", "YA"]) + digits(rng, 6)
    else:
        v = rng.choice("CNP") + digits(rng, 7)
    return Value(v, (v,))


def driver_id(rng: random.Random, region: str) -> Value:
    if region == "US":
        v = rng.choice(UPPER) + digits(rng, 7)
    elif region == "GB":
        v = (
            "".join(rng.choice(UPPER) for _ in range(5))
            + digits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + digits(rng, 1)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    elif region in ("FR", "BE"):
        v = digits(rng, 2) + rng.choice(UPPER) + rng.choice(UPPER) + digits(rng, 8)
    elif region in ("DE", "AT", "CH"):
        v = (
            rng.choice(UPPER)
            + digits(rng, 3)
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
            + digits(rng, 1)
        )
    elif region == "BR":
        v = digits(rng, 11)
    elif region == "MX":
        v = rng.choice(UPPER) + digits(rng, 8)
    else:
        v = rng.choice(UPPER) + digits(rng, rng.choice([7, 8, 9]))
    return Value(v, (v,))


def es_dni(rng: random.Random, region: str) -> Value:
    body = digits(rng, 8)
    v = body + dni.calc_check_digit(body)
    assert dni.is_valid(v)
    return Value(v if rng.random() < 0.7 else body + "-" + v[-1], (body, v[-1]))


def es_nie(rng: random.Random, region: str) -> Value:
    body = rng.choice("XYZ") + digits(rng, 7)
    v = body + nie.calc_check_digit(body)
    assert nie.is_valid(v)
    return Value(v if rng.random() < 0.7 else f"{v[0]}-{v[1:8]}-{v[8]}", (v[0], v[1:8], v[8]))


STATES = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "SP", "VZ", "YN"]
CONS = "BCDFGHJKLMNPQRSTVXZ"
VOW = "AEIOU"


def _name4(rng: random.Random) -> str:
    while True:
        s = rng.choice(CONS) + rng.choice(VOW) + rng.choice(UPPER) + rng.choice(UPPER)
        if s not in {
            "BUEI",
            "CACA",
            "CAGO",
            "COGE",
            "COJO",
            "FETO",
            "JOTO",
            "KACA",
            "KOGE",
            "MAME",
            "MAMO",
            "MEAR",
            "MEON",
            "MION",
            "MOCO",
            "MULA",
            "PEDO",
            "PUTA",
            "PUTO",
            "QULO",
            "RUIN",
            "CULO",
        }:
            return s


def mx_curp(rng: random.Random, region: str) -> Value:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            _name4(rng)
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + rng.choice(DIGITS)
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return Value(v, (v[:4], v[4:10], v[10:16], v[16:]))


def mx_rfc(rng: random.Random, region: str) -> Value:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            _name4(rng)
            + f"{y:02d}{m:02d}{d:02d}"
            + "".join(rng.choice(UPPER[:14] + DIGITS[1:]) for _ in range(2))
        )
        v = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(v):
            return Value(v, (v[:4], v[4:10], v[10:]))


def clabe_check(body17: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum((int(c) * w[i]) % 10 for i, c in enumerate(body17)) % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(rng: random.Random, region: str) -> Value:
    body = (
        rng.choice(["002", "012", "014", "021", "072", "127", "137"])
        + digits(rng, 3)
        + digits(rng, 11)
    )
    v = body + clabe_check(body)
    assert clabe_valid(v)
    return Value(v, (v[:3], v[3:6], v[6:17], v[17]))


def cpf_check_digits(body9: str) -> str:
    d1 = sum(int(c) * w for c, w in zip(body9, range(10, 1, -1), strict=True)) * 10 % 11 % 10
    d2 = (
        sum(int(c) * w for c, w in zip(body9 + str(d1), range(11, 1, -1), strict=True))
        * 10
        % 11
        % 10
    )
    return f"{d1}{d2}"


def br_cpf(rng: random.Random, region: str) -> Value:
    while True:
        body = digits(rng, 9)
        v = body + cpf_check_digits(body)
        if cpf.is_valid(v):
            g = (v[:3], v[3:6], v[6:9], v[9:])
            return Value(cpf.format(v) if rng.random() < 0.65 else v, g)


def br_cnpj(rng: random.Random, region: str) -> Value:
    while True:
        body = digits(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            g = (v[:2], v[2:5], v[5:8], v[8:12], v[12:])
            return Value(cnpj.format(v) if rng.random() < 0.7 else v, g)


def fr_nir(rng: random.Random, region: str) -> Value:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + digits(rng, 3)
            + digits(rng, 3)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            g = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
            return Value(" ".join(g) if rng.random() < 0.5 else v, g)


def de_taxid(rng: random.Random, region: str) -> Value:
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 9)
        for c in DIGITS:
            if idnr.is_valid(body + c):
                v = body + c
                g = (v[:2], v[2:5], v[5:8], v[8:])
                return Value(" ".join(g) if rng.random() < 0.4 else v, g)


def pt_nif(rng: random.Random, region: str) -> Value:
    body = rng.choice("123") + digits(rng, 7)
    v = body + nif.calc_check_digit(body)
    assert nif.is_valid(v)
    return Value(v, (v[:3], v[3:6], v[6:]))


GENERATORS = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": bank_account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_value,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": us_ssn,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": us_itin,
    "UK_NATIONAL_INSURANCE_NUMBER": uk_nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver_id,
    "PASSWORD": password,
    "USERNAME": username,
    "AWS_ACCESS_KEY": aws_access_key,
    "AWS_SECRET_KEY": aws_secret_key,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "ES_DNI": es_dni,
    "ES_NIE": es_nie,
    "MX_CURP": mx_curp,
    "MX_RFC": mx_rfc,
    "MX_CLABE": mx_clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_taxid,
    "PT_NIF": pt_nif,
}


# ------------------------------------------------ identifier check for hard negatives


def _phone_valid_somewhere(d: str) -> bool:
    for region in CORPUS_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def looks_like_identifier(text: str) -> bool:
    """True when the digits (or the compact text) pass any identifier check the brief lists."""
    compact = re.sub(r"[\s\-./]", "", text).upper()
    d = re.sub(r"\D", "", text)
    n = len(d)
    if 12 <= n <= 19 and luhn.is_valid(d):
        return True
    if n == 9 and (ssn.is_valid(d) or rtn.is_valid(d) or nif.is_valid(d)):
        return True
    if n == 11 and (cpf.is_valid(d) or idnr.is_valid(d)):
        return True
    if n == 14 and cnpj.is_valid(d):
        return True
    if n == 15 and nir.is_valid(d):
        return True
    if n == 18 and clabe_valid(d):
        return True
    if n == 8 and dni.is_valid(compact[-9:]):
        return True
    return bool(iban.is_valid(compact) or (n >= 9 and _phone_valid_somewhere(d)))


# ---------------------------------------------------------------- hard negatives (must_keep)

CURRENCY = {
    "US": "$",
    "CA": "$",
    "AU": "$",
    "NZ": "$",
    "GB": "£",
    "IE": "€",
    "IN": "₹",
    "ZA": "R",
    "ES": "€",
    "MX": "$",
    "AR": "$",
    "CO": "$",
    "CL": "$",
    "FR": "€",
    "BE": "€",
    "CH": "CHF",
    "DE": "€",
    "AT": "€",
    "BR": "R$",
    "PT": "€",
    "AO": "Kz",
}
COMMA_DECIMAL = {"ES", "FR", "BE", "DE", "AT", "BR", "PT", "AO", "AR", "CO", "CL", "IE"}


def price(rng: random.Random, region: str) -> str:
    whole = rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)])
    cents = rng.choice(["99", "00", "50", "90", "95"])
    cur = CURRENCY[region]
    if region in ("CO", "CL"):
        return f"${whole * 1000:,}".replace(",", ".")
    if region in COMMA_DECIMAL:
        w = f"{whole:,}".replace(",", ".")
        amount = f"{w},{cents}"
        return (
            rng.choice([f"{amount} {cur}", f"{amount}{cur}", f"{cur}{amount}"])
            if cur != "R$"
            else f"R$ {amount}"
        )
    amount = f"{whole:,}.{cents}" if rng.random() < 0.7 else f"{whole}"
    return f"{cur} {amount}" if cur == "CHF" else f"{cur}{amount}"


def date(rng: random.Random, region: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026])
    if region == "US":
        return rng.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{m:02d}/{d:02d}/{y % 100:02d}"])
    if region in ("DE", "AT", "CH"):
        return rng.choice([f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.", f"{d:02d}.{m:02d}.{y}"])
    if region == "CA" and rng.random() < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    return rng.choice(
        [f"{d}/{m}/{y}", f"{d:02d}/{m:02d}", f"{d}/{m}", f"{d:02d}/{m:02d}/{y % 100:02d}"]
    )


def time_(rng: random.Random, region: str) -> str:
    h, mi = rng.randint(8, 20), rng.choice([0, 15, 30, 45, 10, 50])
    if region in ("US", "CA", "AU", "NZ", "IN", "GB", "IE", "ZA") and rng.random() < 0.6:
        return (
            f"{(h - 1) % 12 + 1}:{mi:02d}{rng.choice(['pm', 'am', ' pm', 'PM'])}"
            if h != 12
            else "12pm"
        )
    if region in ("FR", "BE", "CH") and rng.random() < 0.6:
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    return f"{h}:{mi:02d}"


def postcode(rng: random.Random, region: str) -> str:
    if region == "US":
        return rng.choice([digits(rng, 5), digits(rng, 5) + "-" + digits(rng, 4)])
    if region == "GB":
        return (
            rng.choice(["SW", "N", "M", "LS", "EH", "B", "BS"])
            + str(rng.randint(1, 20))
            + " "
            + str(rng.randint(1, 9))
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        )
    if region == "CA":
        letters = "ABCEGHJ"
        fsa = f"{rng.choice('KLMHTV')}{rng.randint(0, 9)}{rng.choice(letters)}"
        return f"{fsa} {rng.randint(0, 9)}{rng.choice(letters)}{rng.randint(0, 9)}"
    if region == "IE":
        return f"D{rng.randint(1, 24):02d} {rng.choice('ACDEFHKNPRTVWXY')}{digits(rng, 3)}"
    if region in ("AU", "NZ", "ZA", "AT", "CH", "BE"):
        return str(rng.randint(1000, 9899))
    if region == "IN":
        return str(rng.randint(110001, 799999))
    if region == "BR":
        return f"{rng.randint(10000, 99999)}-{digits(rng, 3)}"
    if region == "PT":
        return f"{rng.randint(1000, 9899)}-{digits(rng, 3)}"
    if region == "AR":
        return rng.choice(["C", "B", "X"]) + str(rng.randint(1000, 9899))
    if region == "CL":
        return digits(rng, 7)
    if region == "CO":
        return str(rng.randint(110000, 760099))
    if region == "AO":
        return str(rng.randint(1000, 9999))
    return f"{rng.randint(1000, 52999):05d}"


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(UPPER + DIGITS) for _ in range(n))


MUST_KEEP = {
    "order_number": lambda r, g: rng_pick(
        r, ["#" + digits(r, 6), digits(r, 7), "A" + digits(r, 6), "#" + digits(r, 5)]
    ),
    "tracking_number": lambda r, g: rng_pick(
        r,
        [
            "1Z" + _alnum(r, 16),
            "LX" + digits(r, 9) + "DE",
            digits(r, 12),
            "JJD" + digits(r, 15),
            "CP" + digits(r, 9) + "BR",
        ],
    ),
    "postal_code": lambda r, g: postcode(r, g),
    "date": lambda r, g: date(r, g),
    "time": lambda r, g: time_(r, g),
    "price": lambda r, g: price(r, g),
    "quantity": lambda r, g: str(r.randint(2, 12)),
    "product_model": lambda r, g: rng_pick(
        r,
        [
            "iPhone " + str(r.randint(11, 16)),
            "SM-A" + digits(r, 3) + "F",
            "XPS " + str(r.choice([13, 15, 17])),
            "WH-1000XM" + str(r.randint(3, 5)),
            "RTX " + str(r.choice([3060, 4070, 4080])),
            "Model " + str(r.randint(2, 9)),
        ],
    ),
    "version": lambda r, g: rng_pick(
        r,
        [
            f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            f"{r.randint(10, 18)}.{r.randint(0, 7)}",
            f"{r.randint(1, 5)}.{r.randint(0, 9)}",
        ],
    ),
    "invoice_number": lambda r, g: rng_pick(
        r,
        [
            "INV-" + digits(r, 6),
            "F" + str(r.randint(2024, 2026)) + "-" + digits(r, 5),
            digits(r, 8),
        ],
    ),
    "ticket_number": lambda r, g: rng_pick(
        r, ["#" + digits(r, 6), "TK-" + digits(r, 5), digits(r, 7)]
    ),
    "booking_reference": lambda r, g: (
        "".join(r.choice(UPPER) for _ in range(2))
        + digits(r, 1)
        + "".join(r.choice(UPPER + DIGITS) for _ in range(3))
    ),
    "year": lambda r, g: str(r.randint(2015, 2026)),
    "flight_number": lambda r, g: (
        rng_pick(r, ["IB", "AF", "LH", "TP", "BA", "AM", "LA", "UA", "FR"])
        + str(r.randint(100, 9899))
    ),
    "store_number": lambda r, g: str(r.randint(10, 999)),
    "error_code": lambda r, g: rng_pick(
        r,
        [
            "E" + digits(r, 3),
            "0x8007" + _hex(r, 4),
            "ERR-" + digits(r, 4),
            str(r.choice([401, 403, 404, 500, 502])),
        ],
    ),
    "room_number": lambda r, g: str(r.randint(101, 1230)),
    "policy_number": lambda r, g: rng_pick(r, ["POL-" + digits(r, 7), "PL" + digits(r, 8)]),
    "contract_number": lambda r, g: rng_pick(r, ["CT-" + digits(r, 6), "K" + digits(r, 7)]),
    "percentage": lambda r, g: (
        str(r.choice([5, 10, 15, 20, 25, 30, 50])) + rng_pick(r, ["%", " %"])
    ),
    "data_size": lambda r, g: (
        str(r.choice([5, 10, 20, 50, 64, 128, 256, 512]))
        + rng_pick(r, ["GB", " GB", "MB", "gigas"])
    ),
    "count": lambda r, g: str(r.randint(2, 30)),
    "street_number": lambda r, g: str(r.randint(1, 299)),
    "duration": lambda r, g: str(r.randint(2, 45)),
    "floor": lambda r, g: str(r.randint(1, 12)),
}


def rng_pick(rng: random.Random, items: list[str]) -> str:
    return rng.choice(items)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def must_keep(kind: str, rng: random.Random, region: str) -> str:
    for _ in range(200):
        v = MUST_KEEP[kind](rng, region)
        if not looks_like_identifier(v):
            return v
    raise RuntimeError(kind)
