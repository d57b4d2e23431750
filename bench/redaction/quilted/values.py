"""Draw synthetic PII values and hard-negative numbers, and validate them.

Every value comes from a seeded `random.Random`, so the corpus is reproducible. Values with a
checksum are built with python-stdnum (or the published algorithm where stdnum has none) and
checked again before use. Hard negatives that look like identifiers are redrawn until they
fail every checksum a detector might rely on.
"""

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

UPPER = string.ascii_uppercase
DIGITS = string.digits

# Locale -> phone region drawn for that locale (synthetic ranges where a country has them).
PHONE_REGIONS = {
    "en-US": ["US"],
    "en-GB": ["GB"],
    "en-IE": ["GB", "US"],
    "en-CA": ["US"],
    "es-ES": ["ES"],
    "es-MX": ["MX"],
    "es-US": ["US", "MX"],
    "es-AR": ["ES", "MX"],
    "es-CO": ["MX", "US"],
    "fr-FR": ["FR"],
    "fr-CA": ["US"],
    "fr-BE": ["FR", "BE"],
    "fr-CH": ["FR", "CH"],
    "de-DE": ["DE"],
    "de-AT": ["AT", "DE"],
    "de-CH": ["CH", "DE"],
    "pt-BR": ["BR"],
    "pt-PT": ["PT"],
}
CHECK_REGIONS = ["US", "GB", "ES", "MX", "BR", "FR", "DE", "PT"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random, locale: str) -> str:
    bin_ = rng.choice(
        [
            "411111",
            "400000",
            "424242",
            "401288",
            "555555",
            "510510",
            "222300",
            "601111",
            "353011",
            "378282",
            "371449",
        ]
    )
    n = luhn_complete(bin_, 15 if bin_.startswith("37") else 16, rng)
    assert luhn.is_valid(n)
    return n


def cvv(rng: random.Random, locale: str) -> str:
    return _digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng: random.Random, locale: str) -> str:
    """Canonical MMYY."""
    return f"{rng.randint(1, 12):02d}{rng.randint(26, 33):02d}"


def pin(rng: random.Random, locale: str) -> str:
    return _digits(rng, rng.choice([4, 4, 4, 6]))


def bank_account(rng: random.Random, locale: str) -> str:
    if locale.startswith("pt-BR"):
        return _digits(rng, rng.choice([5, 6, 8])) + "-" + rng.choice(DIGITS)
    if locale in ("en-GB",):
        return _digits(rng, 8)
    if locale.startswith("de"):
        return _digits(rng, 10)
    return _digits(rng, rng.choice([8, 9, 10, 11, 12]))


def routing(rng: random.Random, locale: str) -> str:
    kind = {
        "en-GB": "sort",
        "pt-BR": "agencia",
        "de-DE": "blz",
        "de-AT": "blz",
        "de-CH": "blz",
    }.get(locale)
    kind = kind or rng.choice(["aba", "aba", "sort", "blz", "agencia"])
    if kind == "aba":
        while True:
            body = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
            for d in DIGITS:
                if rtn.is_valid(body + d):
                    return body + d
    if kind == "sort":
        return "-".join(_digits(rng, 2) for _ in range(3))
    if kind == "blz":
        return str(rng.randint(1, 8)) + _digits(rng, 7)
    return _digits(rng, 4) + ("-" + rng.choice(DIGITS) if rng.random() < 0.4 else "")


IBAN_BBAN = {
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnAAAAAAAAAAAnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "GB": "AAAAnnnnnnnnnnnnnn",
    "BR": "nnnnnnnnnnnnnnnnnnnnnnnAA",
    "IT": "Annnnnnnnnnnnnnnnnnnnnn",
    "NL": "AAAAnnnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn",
    "MX": None,
}
IBAN_BY_LANG = {
    "en": ["GB", "DE", "ES", "FR", "NL", "IT"],
    "es": ["ES", "ES", "DE", "FR", "PT"],
    "fr": ["FR", "FR", "BE", "CH", "ES"],
    "de": ["DE", "DE", "AT", "CH", "NL"],
    "pt": ["PT", "PT", "BR", "BR", "ES"],
}


def _iban_for(country: str, rng: random.Random) -> str:
    fmt = IBAN_BBAN[country]
    while True:
        bban = "".join(rng.choice(UPPER) if c == "A" else rng.choice(DIGITS) for c in fmt)
        if country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + bban[4:]
        if country == "BR":
            bban = bban[:-2] + rng.choice(["C1", "P1"])
        if country == "FR":
            bban = bban[:10] + _digits(rng, 11) + bban[21:]
        raw = country + "00" + bban
        check = iban.calc_check_digits(raw)
        cand = country + check + bban
        if iban.is_valid(cand):
            return cand


def international_iban(rng: random.Random, locale: str) -> str:
    return _iban_for(rng.choice(IBAN_BY_LANG[locale[:2]]), rng)


def swift(rng: random.Random, locale: str) -> str:
    country = {
        "en-US": "US",
        "en-GB": "GB",
        "es-ES": "ES",
        "es-MX": "MX",
        "fr-FR": "FR",
        "fr-BE": "BE",
        "fr-CA": "CA",
        "de-DE": "DE",
        "de-AT": "AT",
        "de-CH": "CH",
        "pt-BR": "BR",
        "pt-PT": "PT",
    }.get(locale, rng.choice(["ES", "FR", "DE", "GB", "PT"]))
    while True:
        code = (
            "".join(rng.choice(UPPER) for _ in range(4))
            + country
            + rng.choice(UPPER)
            + rng.choice(UPPER + "23456789")
        )
        if rng.random() < 0.4:
            code += rng.choice(["XXX", "".join(rng.choice(UPPER + DIGITS) for _ in range(3))])
        if bic.is_valid(code):
            return code


FIRST = [
    "ana",
    "lucia",
    "marta",
    "jose",
    "pablo",
    "sofia",
    "camille",
    "louis",
    "julien",
    "lea",
    "jonas",
    "lena",
    "felix",
    "mia",
    "joao",
    "beatriz",
    "rafael",
    "larissa",
    "emily",
    "jake",
    "priya",
    "tom",
    "olivia",
    "diego",
    "valentina",
    "mateo",
    "chloe",
    "noah",
    "ines",
    "tiago",
    "hannah",
    "lukas",
]
LAST = [
    "garcia",
    "lopez",
    "martin",
    "rossi",
    "dubois",
    "lefebvre",
    "schmidt",
    "weber",
    "silva",
    "santos",
    "costa",
    "smith",
    "walker",
    "patel",
    "ng",
    "moreau",
    "fischer",
    "oliveira",
    "pereira",
    "ramirez",
    "fernandes",
    "baker",
    "kovacs",
    "muller",
    "herrera",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example",
    "post.example",
    "example.co.uk",
    "example.com.br",
    "example.fr",
    "example.de",
    "example.es",
    "example.pt",
]


def username(rng: random.Random, locale: str) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(6)
    if style == 0:
        return f"{f}_{l}{rng.randint(1, 99)}"
    if style == 1:
        return f"{f[0]}{l}"
    if style == 2:
        return f"{f}.{l}"
    if style == 3:
        return f"{f}{l[:3]}{rng.randint(70, 99)}"
    if style == 4:
        return f"{rng.choice(['the', 'xx', 'mr', 'la', 'el'])}{f}{rng.choice(['', '_', '.'])}{rng.randint(1, 2024)}"
    return f"{l}.{f[:1]}{rng.choice(['', '_dev', '_pro', '.home'])}"


def email(rng: random.Random, locale: str) -> str:
    u = username(rng, locale).replace("_", rng.choice(["_", ".", ""])).strip(".")
    return f"{u}@{rng.choice(DOMAINS)}"


def phone(rng: random.Random, locale: str) -> str:
    region = rng.choice(PHONE_REGIONS.get(locale, ["US"]))
    while True:
        if region == "US":
            area = rng.choice(
                ["202", "212", "305", "312", "415", "512", "617", "646", "718", "786", "514", "416"]
            )
            raw = f"+1{area}55501{_digits(rng, 2)}"
        elif region == "GB":
            raw = rng.choice(
                ["+4420794600", "+4411349600", "+4416149600", "+4411749600"]
            ) + _digits(rng, 2)
        elif region == "ES":
            raw = "+34" + rng.choice(["6", "7", "91", "93", "96"]) + _digits(rng, 8)
            raw = raw[:12]
        elif region == "MX":
            raw = "+52" + rng.choice(["55", "33", "81", "998", "222"]) + _digits(rng, 10)
            raw = raw[:13]
        elif region == "BR":
            raw = (
                "+55"
                + rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
                + "9"
                + _digits(rng, 8)
            )
        elif region == "FR":
            raw = "+33" + rng.choice(["6", "7", "1", "4", "5"]) + _digits(rng, 8)
        elif region == "DE":
            raw = (
                "+49"
                + rng.choice(["151", "160", "170", "176", "30", "89", "40", "221"])
                + _digits(rng, 8)
            )
        elif region == "PT":
            raw = "+351" + rng.choice(["91", "92", "93", "96", "21", "22"]) + _digits(rng, 7)
        elif region == "AT":
            raw = "+43" + rng.choice(["664", "676", "699"]) + _digits(rng, 7)
        elif region == "CH":
            raw = "+41" + rng.choice(["76", "77", "78", "79"]) + _digits(rng, 7)
        else:  # BE
            raw = "+32" + rng.choice(["470", "475", "485", "496"]) + _digits(rng, 6)
        num = phonenumbers.parse(raw, None)
        if not phonenumbers.is_valid_number(num):
            continue
        style = rng.random()
        if style < 0.35:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if style < 0.75:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def phone_is_valid(text: str, locale: str) -> bool:
    for region in PHONE_REGIONS.get(locale, ["US"]):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def us_ssn(rng: random.Random, locale: str) -> str:
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def us_itin(rng: random.Random, locale: str) -> str:
    while True:
        v = (
            "9"
            + _digits(rng, 2)
            + str(rng.choice([70, 71, 75, 78, 80, 84, 88, 90, 92, 94, 99]))
            + _digits(rng, 4)
        )
        if itin.is_valid(v):
            return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def nino_is_valid(v: str) -> bool:
    v = v.replace(" ", "").upper()
    if len(v) != 9 or not (v[:2].isalpha() and v[2:8].isdigit() and v[8] in "ABCD"):
        return False
    if v[0] in "DFIQUV" or v[1] in "DFIQUVO" or v[:2] in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        return False
    return True


def uk_nino(rng: random.Random, locale: str) -> str:
    while True:
        v = rng.choice(UPPER) + rng.choice(UPPER) + _digits(rng, 6) + rng.choice("ABCD")
        if nino_is_valid(v):
            return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}" if rng.random() < 0.5 else v


def passport(rng: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c in ("US", "GB", "IE", "CA"):
        return (
            _digits(rng, 9)
            if c != "CA"
            else "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 6)
        )
    if c in ("ES", "AR", "CO"):
        return "".join(rng.choice(UPPER) for _ in range(3)) + _digits(rng, 6)
    if c == "MX":
        return rng.choice("GNP") + _digits(rng, 8)
    if c in ("FR", "BE", "CH") and locale.startswith("fr"):
        return _digits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 5)
    if locale.startswith("de"):
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + DIGITS) for _ in range(8))
    if c == "BR":
        return "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 6)
    return rng.choice(UPPER) + _digits(rng, 6) if c == "PT" else _digits(rng, 9)


def driver_id(rng: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c in ("US", "CA"):
        return rng.choice(UPPER) + _digits(rng, rng.choice([7, 8, 12]))
    if c in ("GB", "IE"):
        s = "".join(rng.choice(UPPER) for _ in range(5))
        return (
            s
            + _digits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + rng.choice(DIGITS)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    if locale.startswith("fr"):
        return _digits(rng, 12)
    if locale.startswith("de"):
        return (
            rng.choice("BFGJKMN")
            + _digits(rng, 3)
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
            + rng.choice(DIGITS)
        )
    if c == "BR":
        return _digits(rng, 11)
    if c == "PT":
        return rng.choice(["L", "P", "C", "A"]) + "-" + _digits(rng, 7)
    return rng.choice(UPPER) + _digits(rng, 8)


def password(rng: random.Random, locale: str) -> str:
    """URL-safe passwords (no @ : / ? # %), so they also fit url_credentials."""
    words = [
        "sol",
        "luna",
        "tigre",
        "Mariposa",
        "chat",
        "Hund",
        "sunny",
        "Blue",
        "gato",
        "Fleur",
        "Sonne",
        "praia",
        "Casa",
        "dragon",
        "Kiwi",
        "neve",
    ]
    if rng.random() < 0.5:
        return (
            rng.choice(words)
            + rng.choice(["", "_", ".", "!", "*"])
            + rng.choice(words).lower()
            + str(rng.randint(1, 9999))
            + rng.choice(["", "!", "$", "&"])
        )
    alphabet = string.ascii_letters + DIGITS + "!$&*-_.+="
    while True:
        p = "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
        if any(ch.isdigit() for ch in p) and any(ch.isalpha() for ch in p):
            return p


def ip_address(rng: random.Random, locale: str) -> str:
    r = rng.random()
    if r < 0.3:
        return f"192.0.2.{rng.randint(1, 254)}"
    if r < 0.5:
        return f"198.51.100.{rng.randint(1, 254)}"
    if r < 0.65:
        return f"203.0.113.{rng.randint(1, 254)}"
    if r < 0.85:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"


def mac_address(rng: random.Random, locale: str) -> str:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] = (octets[0] | 0x02) & 0xFE  # locally administered, unicast: never a real vendor
    sep = rng.choice([":", ":", "-"])
    s = sep.join(f"{o:02x}" for o in octets)
    return s.upper() if rng.random() < 0.5 else s


def aws_access_key(rng: random.Random, locale: str) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(UPPER + "234567") for _ in range(16))


def aws_secret_key(rng: random.Random, locale: str) -> str:
    return "".join(rng.choice(string.ascii_letters + DIGITS + "+/") for _ in range(40))


def es_dni(rng: random.Random, locale: str) -> str:
    body = _digits(rng, 8)
    v = body + dni.calc_check_digit(body)
    assert dni.is_valid(v)
    return v


def es_nie(rng: random.Random, locale: str) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    v = body + nie.calc_check_digit(body)
    assert nie.is_valid(v)
    return v


STATES = ["AS", "BC", "CH", "DF", "JC", "MC", "NL", "PL", "QT", "VZ", "YN", "GT", "SP"]
CONS = "BCDFGHJKLMNPRSTVXZ"


def mx_curp(rng: random.Random, locale: str) -> str:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        s = (
            rng.choice(CONS)
            + rng.choice("AEIOU")
            + rng.choice(CONS)
            + rng.choice(UPPER)
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + "0"
        )
        v = s + curp.calc_check_digit(s + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(rng: random.Random, locale: str) -> str:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        s = (
            rng.choice(CONS)
            + rng.choice("AEIOU")
            + rng.choice(CONS)
            + rng.choice(UPPER)
            + f"{y:02d}{m:02d}{d:02d}"
            + "".join(rng.choice(UPPER[:26] + "123456789") for _ in range(2))
        )
        v = s + rfc.calc_check_digit(s + "0")
        if rfc.is_valid(v, validate_check_digits=True):
            return v


def clabe_check(first17: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(first17)) % 10) % 10)


def clabe_is_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(rng: random.Random, locale: str) -> str:
    body = rng.choice(
        ["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"]
    ) + _digits(rng, 14)
    return body + clabe_check(body)


def br_cpf(rng: random.Random, locale: str) -> str:
    while True:
        body = _digits(rng, 9)
        v = body + cpf._calc_check_digits(body)
        if cpf.is_valid(v):
            return cpf.format(v) if rng.random() < 0.6 else v


def br_cnpj(rng: random.Random, locale: str) -> str:
    while True:
        body = _digits(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(v):
            return cnpj.format(v) if rng.random() < 0.6 else v


def fr_nir(rng: random.Random, locale: str) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + f"{rng.randint(1, 990):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return nir.format(v) if rng.random() < 0.5 else v


def de_tax_id(rng: random.Random, locale: str) -> str:
    while True:
        body = str(rng.randint(1, 9)) + _digits(rng, 9)
        for d in DIGITS:
            if idnr.is_valid(body + d):
                v = body + d
                return idnr.format(v) if rng.random() < 0.4 else v


def pt_nif(rng: random.Random, locale: str) -> str:
    body = rng.choice("123") + _digits(rng, 7)
    v = body + nif.calc_check_digit(body)
    assert nif.is_valid(v)
    return v


DRAW = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": bank_account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": international_iban,
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
    "IP_ADDRESS": ip_address,
    "MAC_ADDRESS": mac_address,
    "AWS_ACCESS_KEY": aws_access_key,
    "AWS_SECRET_KEY": aws_secret_key,
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
ENTITY_TYPES = sorted(DRAW)


def compact(v: str) -> str:
    return "".join(c for c in v if c.isalnum()).upper()


def validate(kind: str, v: str, locale: str) -> bool:
    """Check digits (or shape where there is no checksum) of a canonical value."""
    c = compact(v)
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and len(c) in (15, 16),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "PHONE": lambda: phone_is_valid(v, locale),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_is_valid(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c, validate_check_digits=True),
        "MX_CLABE": lambda: clabe_is_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "BANK_ROUTING": lambda: not (len(c) == 9) or rtn.is_valid(c),
        "EMAIL": lambda: v.count("@") == 1,
    }
    return checks.get(kind, lambda: bool(c))()


# ---------------------------------------------------------------- hard negatives


def passes_some_check(d: str) -> bool:
    """True when a digit run would pass a checksum or be a valid phone number somewhere."""
    if len(d) >= 2 and luhn.is_valid(d):
        return True
    tests = [
        rtn.is_valid,
        ssn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        clabe_is_valid,
        dni.is_valid,
    ]
    for t in tests:
        try:
            if t(d):
                return True
        except Exception:  # stdnum raises on odd lengths in a few modules
            pass
    for region in CHECK_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def _safe_digits(rng: random.Random, n: int) -> str:
    if n == 9:  # nearly every 9-digit run is a valid SSN or a phone in FR/ES/PT
        n = rng.choice([8, 10])
    while True:
        d = rng.choice("123456789") + _digits(rng, n - 1)
        if not passes_some_check(d):
            return d


MONTHS = {
    "en": ["Jan", "March", "Apr", "June", "Sept", "Oct", "Nov", "Dec"],
    "es": ["enero", "marzo", "abril", "junio", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "mars", "avril", "juin", "sept", "oct.", "nov", "déc."],
    "de": ["Jan.", "März", "April", "Juni", "Sept.", "Okt.", "Nov.", "Dez."],
    "pt": ["jan", "março", "abril", "junho", "set", "out", "nov", "dez"],
}


def keep_value(kind: str, rng: random.Random, locale: str) -> str:
    lang, c = locale[:2], locale[-2:]
    if kind == "order_number":
        return rng.choice(
            [
                lambda: _safe_digits(rng, rng.randint(6, 10)),
                lambda: f"{_safe_digits(rng, 3)}-{_safe_digits(rng, 7)}-{_safe_digits(rng, 7)}",
                lambda: (
                    rng.choice(["ORD-", "PED-", "CMD-", "BST-", "A"])
                    + _safe_digits(rng, rng.randint(5, 8))
                ),
            ]
        )()
    if kind == "tracking_number":
        return rng.choice(
            [
                lambda: (
                    "1Z"
                    + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
                    + _safe_digits(rng, 10)
                ),
                lambda: (
                    "".join(rng.choice(UPPER) for _ in range(2))
                    + _safe_digits(rng, 9)
                    + rng.choice(["BR", "PT", "ES", "FR", "DE", "CN"])
                ),
                lambda: "JJD" + _digits(rng, 15),
                lambda: _digits(rng, 20),
            ]
        )()
    if kind == "postal_code":
        if c == "US":
            return f"{rng.randint(10000, 99999)}" + (
                f"-{rng.randint(1000, 9999)}" if rng.random() < 0.5 else ""
            )
        if c in ("GB", "IE"):
            return f"{rng.choice(['SW', 'EC', 'M', 'LS', 'B', 'G'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(UPPER)}{rng.choice(UPPER)}"
        if c == "CA":
            return f"H{rng.randint(1, 9)}{rng.choice('ABCEGHJ')} {rng.randint(1, 9)}{rng.choice('ABCEGHJ')}{rng.randint(1, 9)}"
        if c == "BR":
            return f"{rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}"
        if c == "PT":
            return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
        if c in ("AT", "CH", "BE"):
            return str(rng.randint(1000, 9999))
        return f"{rng.randint(1000, 52999):05d}"
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
        if lang == "en" and c == "US":
            return rng.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{MONTHS['en'][m % 8]} {d}"])
        if lang == "de":
            return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}. {MONTHS['de'][m % 8]}"])
        if lang == "en":
            return rng.choice(
                [f"{d}/{m}/{y}", f"{d} {MONTHS['en'][m % 8]}", f"{y}-{m:02d}-{d:02d}"]
            )
        return rng.choice(
            [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d} {MONTHS[lang][m % 8]}", f"{d}-{m:02d}-{y}"]
        )
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
        if lang == "en" and c == "US":
            return f"{(h - 1) % 12 + 1}:{mi:02d}{rng.choice(['pm', ' am', 'PM', ''])}"
        if lang == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
        return rng.choice([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}h"])
    if kind == "price":
        amt = rng.randint(3, 1899)
        cents = rng.randint(0, 99)
        if c == "US" or (lang == "en" and c == "CA"):
            return f"${amt}.{cents:02d}"
        if c == "GB":
            return f"£{amt}.{cents:02d}"
        if c == "MX":
            return f"${amt:,} MXN" if rng.random() < 0.5 else f"{amt} pesos"
        if c == "BR":
            return f"R$ {amt},{cents:02d}"
        if c == "CH":
            return f"CHF {amt}.{cents:02d}"
        return rng.choice(
            [f"{amt},{cents:02d} €", f"{amt}€", f"€{amt}.{cents:02d}", f"{amt} euros"]
        )
    if kind in ("quantity", "count"):
        return str(rng.randint(2, 14))
    if kind == "percentage":
        return rng.choice(
            [f"{rng.randint(5, 70)}%", f"{rng.randint(5, 70)} %", f"{rng.randint(1, 9)},5%"]
        )
    if kind == "product_model":
        return rng.choice(
            [
                f"{rng.choice(['SM-A', 'XR-', 'KX', 'WM'])}{rng.randint(100, 999)}{rng.choice(['B', 'G', '', 'N'])}",
                f"Galaxy S{rng.randint(20, 24)}",
                f"iPhone {rng.randint(11, 16)}",
                f"RTX {rng.choice([3060, 4070, 4080])}",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(10, 18)}.{rng.randint(0, 6)}",
                f"{rng.randint(3, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
            ]
        )
    if kind == "invoice_number":
        return rng.choice(
            [
                f"INV-{rng.choice([2024, 2025, 2026])}-{_digits(rng, 5)}",
                f"F{rng.choice([2025, 2026])}/{_digits(rng, 4)}",
                f"RE-{_safe_digits(rng, 7)}",
                f"NF {_safe_digits(rng, 6)}",
            ]
        )
    if kind == "ticket_number":
        return rng.choice(
            [
                f"CS-{_safe_digits(rng, 6)}",
                _safe_digits(rng, rng.randint(6, 9)),
                f"INC{_safe_digits(rng, 7)}",
                f"#{_safe_digits(rng, 5)}"[1:],
            ]
        )
    if kind == "booking_reference":
        while True:
            s = "".join(rng.choice(UPPER + "23456789") for _ in range(6))
            if any(ch.isdigit() for ch in s):
                return s
    if kind == "policy_number":
        return rng.choice(
            [
                f"POL-{_safe_digits(rng, 8)}",
                f"{rng.choice(UPPER)}{rng.choice(UPPER)}-{_safe_digits(rng, 7)}",
                _safe_digits(rng, 10),
            ]
        )
    if kind == "contract_number":
        return rng.choice(
            [
                f"CT-{_safe_digits(rng, 6)}",
                f"{_safe_digits(rng, 4)}/{rng.randint(2019, 2026)}",
                _safe_digits(rng, 9),
            ]
        )
    if kind == "flight_number":
        return f"{rng.choice(['IB', 'UX', 'VY', 'AF', 'LH', 'TP', 'LA', 'AM', 'BA', 'UA', 'AD'])} {rng.randint(100, 9999)}".replace(
            " ", rng.choice(["", " "])
        )
    if kind == "store_number":
        return rng.choice([f"{rng.randint(1, 999):04d}", str(rng.randint(10, 999))])
    if kind == "room_number":
        return str(rng.randint(101, 1250))
    if kind == "error_code":
        return rng.choice(
            [
                f"E{rng.randint(10, 99)}",
                f"0x{rng.randint(0x80000000, 0x8FFFFFFF):08X}",
                str(rng.choice([403, 404, 500, 502, 503])),
                f"ERR-{rng.randint(100, 9999)}",
            ]
        )
    if kind == "data_size":
        return rng.choice(
            [
                f"{rng.choice([5, 10, 20, 50, 100])} GB",
                f"{rng.choice([200, 500, 750])}MB",
                f"{rng.choice([1, 2, 4])}TB",
            ]
        )
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "meter_reading":
        return _safe_digits(rng, rng.choice([5, 6])) + rng.choice(["", ",5", ".2"])
    if kind == "plate_number":
        return {
            "ES": lambda: (
                f"{rng.randint(1000, 9999)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
            ),
            "FR": lambda: (
                f"{''.join(rng.choice(UPPER) for _ in range(2))}-{rng.randint(100, 999)}-{''.join(rng.choice(UPPER) for _ in range(2))}"
            ),
            "DE": lambda: (
                f"{rng.choice(['M', 'B', 'HH', 'K', 'S'])}-{''.join(rng.choice(UPPER) for _ in range(2))} {rng.randint(10, 9999)}"
            ),
            "BR": lambda: (
                f"{''.join(rng.choice(UPPER) for _ in range(3))}{rng.randint(0, 9)}{rng.choice(UPPER)}{rng.randint(10, 99)}"
            ),
        }.get(
            c, lambda: f"{''.join(rng.choice(UPPER) for _ in range(3))}-{rng.randint(1000, 9999)}"
        )()
    if kind == "seat_number":
        return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
    if kind == "duration":
        return str(rng.randint(2, 48))
    if kind == "speed":
        return f"{rng.choice([30, 50, 100, 300, 600, 1000])} {rng.choice(['Mbps', 'megas', 'Mb'])}"
    if kind == "account_digits_fake":
        return _safe_digits(rng, rng.randint(4, 11))
    raise KeyError(kind)


KEEP_KINDS = [
    "order_number",
    "tracking_number",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "count",
    "percentage",
    "product_model",
    "version",
    "invoice_number",
    "ticket_number",
    "booking_reference",
    "policy_number",
    "contract_number",
    "flight_number",
    "store_number",
    "room_number",
    "error_code",
    "data_size",
    "year",
    "meter_reading",
    "plate_number",
    "seat_number",
    "duration",
    "speed",
    "account_digits_fake",
]
