"""Draw synthetic PII values and validate them with python-stdnum / phonenumbers.

Every drawer takes a `random.Random` and a locale and returns the canonical value
(the form a customer would paste). `validate(type, value)` re-checks it.
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
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

D = string.digits
U = string.ascii_uppercase

CARD_BINS = [
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


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def card(rng, loc):
    b = rng.choice(CARD_BINS)
    length = 15 if b.startswith("37") else 16
    body = b + digits(rng, length - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(rng, loc):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng, loc):
    m = rng.randint(1, 12)
    y = rng.randint(26, 33)
    return f"{m:02d}/{y:02d}"


def pin(rng, loc):
    return digits(rng, rng.choice([4, 4, 4, 6]))


def account(rng, loc):
    return digits(rng, rng.choice([8, 9, 10, 10, 11, 12]))


def routing(rng, loc):
    kind = {"en-GB": "uk", "de-DE": "de", "de-AT": "de", "de-CH": "de", "pt-BR": "br"}.get(loc)
    kind = kind or rng.choice(["us", "us", "uk", "de", "br"])
    if kind == "us":
        while True:
            body = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
            v = body + rtn.calc_check_digit(body)
            if rtn.is_valid(v):
                return v
    if kind == "uk":
        return "-".join(digits(rng, 2) for _ in range(3))
    if kind == "de":
        return str(rng.randint(1, 8)) + digits(rng, 7)
    return digits(rng, 4) + "-" + rng.choice(D)


def _es_ccc(r):
    from stdnum.es import ccc

    n = digits(r, 8) + "00" + digits(r, 10)
    return n[:8] + ccc.calc_check_digits(n) + n[10:]


IBAN_BBAN = {
    "ES": lambda r: _es_ccc(r),
    "DE": lambda r: digits(r, 18),
    "FR": lambda r: digits(r, 10) + digits(r, 11) + digits(r, 2),
    "PT": lambda r: digits(r, 21),
    "GB": lambda r: "".join(r.choice(U) for _ in range(4)) + digits(r, 14),
    "BR": lambda r: digits(r, 23) + r.choice("CP") + r.choice(U + D),
    "IT": lambda r: r.choice(U) + digits(r, 22),
    "NL": lambda r: "".join(r.choice(U) for _ in range(4)) + digits(r, 10),
    "BE": lambda r: digits(r, 12),
    "AT": lambda r: digits(r, 16),
    "CH": lambda r: digits(r, 17),
}
LOC_IBAN = {
    "es": "ES",
    "de": "DE",
    "at": "AT",
    "ch": "CH",
    "fr": "FR",
    "be": "BE",
    "pt": "PT",
    "br": "BR",
    "gb": "GB",
}


def iban_value(rng, loc):
    cc = LOC_IBAN.get(loc.split("-")[1].lower()) if rng.random() < 0.6 else None
    cc = cc or rng.choice(sorted(IBAN_BBAN))
    for _ in range(500):
        bban = IBAN_BBAN[cc](rng)
        v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def swift(rng, loc):
    cc = rng.choice(["ES", "DE", "FR", "PT", "BR", "MX", "GB", "US", "AT", "CH", "BE"])
    v = "".join(rng.choice(U) for _ in range(4)) + cc + rng.choice(U) + rng.choice(U + "23456789")
    if rng.random() < 0.4:
        v += rng.choice(["XXX", "".join(rng.choice(U) for _ in range(3))])
    assert bic.is_valid(v)
    return v


FIRST = [
    "ana",
    "luis",
    "marta",
    "jorge",
    "claire",
    "lucas",
    "jonas",
    "lena",
    "joao",
    "ines",
    "mike",
    "sarah",
    "tom",
    "bea",
    "raul",
    "chloe",
    "felix",
    "rita",
    "pedro",
    "emma",
    "noah",
    "julia",
    "diego",
    "manon",
    "paul",
    "camila",
    "leon",
]
LAST = [
    "garcia",
    "lopez",
    "martin",
    "dubois",
    "moreau",
    "schmidt",
    "weber",
    "silva",
    "santos",
    "costa",
    "smith",
    "jones",
    "perez",
    "ruiz",
    "bernard",
    "fischer",
    "oliveira",
    "ferreira",
    "brown",
    "torres",
    "lambert",
    "wagner",
    "alves",
]
DOMAINS = [
    "example.com",
    "example.org",
    "mail.example.net",
    "correo.example.es",
    "exemple.fr",
    "beispiel.de",
    "exemplo.com.br",
    "exemplo.pt",
    "test.example.mx",
    "inbox.example.co.uk",
]


def email(rng, loc):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    user = rng.choice(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f}_{l}",
            f"{f[0]}{l}",
            f"{f}.{l}{rng.randint(1, 99)}",
            f"{l}.{f}{rng.randint(70, 99)}",
        ]
    )
    return f"{user}@{rng.choice(DOMAINS)}"


LOC_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "es-AR": "MX",
    "fr-FR": "FR",
    "fr-CA": "FR",
    "fr-BE": "FR",
    "de-DE": "DE",
    "de-AT": "DE",
    "de-CH": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def phone_national(rng, region):
    """Return (national significant number, region) valid per phonenumbers."""
    for _ in range(2000):
        if region == "US":
            n = (
                rng.choice(["212", "415", "305", "312", "646", "718", "213", "617"])
                + "55501"
                + digits(rng, 2)
            )
        elif region == "GB":
            n = rng.choice(
                ["20 7946 0", "113 496 0", "121 496 0", "161 496 0", "117 496 0"]
            ).replace(" ", "") + digits(rng, 3)
        elif region == "ES":
            n = rng.choice("67") + digits(rng, 8)
        elif region == "MX":
            n = (
                rng.choice(["55", "33", "81", "222"]) + digits(rng, 8)
                if rng.random() < 0.5
                else rng.choice(["55", "33", "81"]) + digits(rng, 8)
            )
            n = n[:10]
        elif region == "BR":
            n = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + digits(rng, 8)
        elif region == "FR":
            n = rng.choice("67") + digits(rng, 8)
        elif region == "DE":
            n = rng.choice(["151", "160", "170", "176", "157"]) + digits(rng, rng.choice([7, 8]))
        else:  # PT
            n = "9" + rng.choice("1236") + digits(rng, 7)
        if phonenumbers.is_valid_number(phonenumbers.parse(n, region)):
            return n
    raise RuntimeError(region)


def phone(rng, loc):
    region = LOC_REGION.get(loc, "US")
    if rng.random() < 0.15:
        region = rng.choice(["US", "GB", "ES", "MX", "BR", "FR", "DE", "PT"])
    n = phone_national(rng, region)
    p = phonenumbers.parse(n, region)
    fmt = rng.choice(
        [
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
            None,
        ]
    )
    if fmt is None:
        return (
            phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
            .replace(" ", "")
            .replace("-", "")
            .replace("(", "")
            .replace(")", "")
        )
    return phonenumbers.format_number(p, fmt)


def phone_is_valid(text: str, loc: str) -> bool:
    region = LOC_REGION.get(loc, "US")
    for r in [region, "US", "GB", "ES", "MX", "BR", "FR", "DE", "PT"]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def ssn_value(rng, loc):
    while True:
        v = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_value(rng, loc):
    while True:
        v = f"9{digits(rng, 2)}-{rng.choice(['70', '71', '75', '78', '80', '88', '90', '92', '94', '99'])}-{digits(rng, 4)}"
        if itin.is_valid(v):
            return v


def nino(rng, loc):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    return f"{p}{digits(rng, 6)}{rng.choice('ABCD')}"


def passport(rng, loc):
    kind = rng.choice(["us", "es", "fr", "de", "br", "pt", "gb"])
    if kind in ("us", "gb"):
        return rng.choice("123456789") + digits(rng, 8)
    if kind == "es":
        return "".join(rng.choice(U) for _ in range(3)) + digits(rng, 6)
    if kind == "fr":
        return digits(rng, 2) + "".join(rng.choice(U) for _ in range(2)) + digits(rng, 5)
    if kind == "de":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if kind == "br":
        return "".join(rng.choice(U) for _ in range(2)) + digits(rng, 6)
    return rng.choice("PCN") + digits(rng, 6)


def driver_id(rng, loc):
    kind = rng.choice(["us", "us2", "gb", "de", "fr"])
    if kind == "us":
        return rng.choice(U) + digits(rng, 7)
    if kind == "us2":
        return rng.choice(U) + digits(rng, 3) + "-" + digits(rng, 4) + "-" + digits(rng, 4)
    if kind == "gb":
        return (
            rng.choice(LAST).upper()[:5].ljust(5, "9")
            + digits(rng, 6)
            + "".join(rng.choice(U) for _ in range(2))
            + rng.choice(D)
            + "".join(rng.choice(U) for _ in range(2))
        )
    if kind == "de":
        return (
            rng.choice(U)
            + digits(rng, 3)
            + "".join(rng.choice(U + D) for _ in range(6))
            + rng.choice(D)
            + rng.choice(U + D)
        )
    return digits(rng, 12)


WORDS = [
    "sol",
    "luna",
    "gato",
    "perro",
    "maison",
    "soleil",
    "Sonne",
    "Haus",
    "casa",
    "praia",
    "tiger",
    "mango",
    "nube",
    "verano",
    "winter",
    "rio",
    "flor",
    "blau",
    "rouge",
    "azul",
    "Kaffee",
    "cafe",
    "pizza",
    "pingu",
]


def password(rng, loc):
    w = rng.choice(WORDS)
    w = w.capitalize() if rng.random() < 0.6 else w
    return rng.choice(
        [
            f"{w}{rng.choice('!#$*.?_')}{digits(rng, rng.randint(2, 4))}",
            f"{w}{rng.choice(WORDS)}{digits(rng, 2)}",
            "".join(
                rng.choice(string.ascii_letters + D + "!#%&*") for _ in range(rng.randint(9, 14))
            ),
            f"{digits(rng, 2)}{w}{rng.choice('!?*')}",
        ]
    )


def username(rng, loc):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f"{f}_{l}{digits(rng, 2)}",
            f"{f}{l[:3]}{digits(rng, 3)}",
            f"{f}.{l}",
            f"x{f}{l}x",
            f"{l}{f[0]}{digits(rng, 2)}",
        ]
    )


def ip(rng, loc):
    if rng.random() < 0.8:
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    return "2001:db8:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.randint(2, 6)))


def mac(rng, loc):
    sep = rng.choice([":", ":", "-"])
    v = sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6))
    return v.upper() if rng.random() < 0.5 else v


B32 = U + "234567"


def aws_access(rng, loc):
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def aws_secret(rng, loc):
    return "".join(rng.choice(string.ascii_letters + D + "/+") for _ in range(40))


def es_dni(rng, loc):
    n = digits(rng, 8)
    return n + dni.calc_check_digit(n)


def es_nie(rng, loc):
    n = rng.choice("XYZ") + digits(rng, 7)
    v = n + nie.calc_check_digit(n)
    assert nie.is_valid(v)
    return v


STATES = ["AS", "BC", "DF", "JC", "NL", "PL", "VZ", "YN", "MC", "GT", "QT", "CH"]
CONS = "BCDFGHJKLMNPQRSTVWXYZ"
VOW = "AEIOU"


def mx_curp(rng, loc):
    while True:
        body = (
            rng.choice(CONS)
            + rng.choice(VOW)
            + rng.choice(CONS)
            + rng.choice(U)
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + rng.choice("HM")
            + rng.choice(STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + rng.choice(D)
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(rng, loc):
    while True:
        if rng.random() < 0.75:
            body = (
                rng.choice(CONS)
                + rng.choice(VOW)
                + rng.choice(CONS)
                + rng.choice(U)
                + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            )
        else:
            body = (
                "".join(rng.choice(CONS) for _ in range(3))
                + f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            )
        body += "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
        v = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(v):
            return v


def clabe_check(body17: str) -> str:
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(body17))
    return str((10 - s % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(rng, loc):
    body = (
        rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"])
        + digits(rng, 3)
        + digits(rng, 11)
    )
    return body + clabe_check(body)


def br_cpf(rng, loc):
    while True:
        n = digits(rng, 9)
        v = n + cpf._calc_check_digits(n)
        if cpf.is_valid(v):
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if rng.random() < 0.6 else v


def br_cnpj(rng, loc):
    while True:
        n = digits(rng, 8) + "0001"
        v = n + cnpj.calc_check_digits(n)
        if cnpj.is_valid(v):
            return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}" if rng.random() < 0.6 else v


def fr_nir(rng, loc):
    while True:
        n = (
            rng.choice("12")
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + digits(rng, 6)
        )
        v = n + nir.calc_check_digits(n)
        if nir.is_valid(v):
            if rng.random() < 0.5:
                return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
            return v


def de_tax(rng, loc):
    while True:
        n = rng.choice("123456789") + digits(rng, 9)
        v = n + mod_11_10.calc_check_digit(n)
        if idnr.is_valid(v):
            return v


def pt_nif(rng, loc):
    while True:
        n = rng.choice("123") + digits(rng, 7)
        v = n + nif.calc_check_digit(n)
        if nif.is_valid(v):
            return v


DRAW = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_value,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": ssn_value,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_value,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver_id,
    "PASSWORD": password,
    "USERNAME": username,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": aws_access,
    "AWS_SECRET_KEY": aws_secret,
    "ES_DNI": es_dni,
    "ES_NIE": es_nie,
    "MX_CURP": mx_curp,
    "MX_RFC": mx_rfc,
    "MX_CLABE": mx_clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_tax,
    "PT_NIF": pt_nif,
}


def _alnum(v: str) -> str:
    return "".join(c for c in v if c.isalnum()).upper()


def validate(t: str, v: str, loc: str) -> bool:
    """Check digits / format of a canonical value."""
    a = _alnum(v)
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(a) and a[:6] in CARD_BINS,
        "BANK_ROUTING": lambda: (not (len(a) == 9)) or rtn.is_valid(a),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(a),
        "SWIFT_CODE": lambda: bic.is_valid(a),
        "PHONE": lambda: phone_is_valid(v, loc),
        "SSN": lambda: ssn.is_valid(a),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(a),
        "ES_DNI": lambda: dni.is_valid(a),
        "ES_NIE": lambda: nie.is_valid(a),
        "MX_CURP": lambda: curp.is_valid(a),
        "MX_RFC": lambda: rfc.is_valid(a),
        "MX_CLABE": lambda: clabe_valid(a),
        "BR_CPF": lambda: cpf.is_valid(a),
        "BR_CNPJ": lambda: cnpj.is_valid(a),
        "FR_NIR": lambda: nir.is_valid(a),
        "DE_TAX_ID": lambda: idnr.is_valid(a),
        "PT_NIF": lambda: nif.is_valid(a),
        "EMAIL": lambda: "@" in v,
    }
    return checks.get(t, lambda: bool(a))()


def passes_any_checksum(d: str) -> bool:
    """True if a digit-only decoy would look valid to some checksum (so must be redrawn)."""
    tests = [
        lambda: len(d) >= 12 and luhn.is_valid(d),
        lambda: len(d) in (8, 9) and luhn.is_valid(d),
        lambda: len(d) == 9 and rtn.is_valid(d),
        lambda: len(d) == 9 and ssn.is_valid(d),
        lambda: len(d) == 9 and nif.is_valid(d),
        lambda: len(d) == 11 and cpf.is_valid(d),
        lambda: len(d) == 11 and idnr.is_valid(d),
        lambda: len(d) == 14 and cnpj.is_valid(d),
        lambda: len(d) == 18 and clabe_valid(d),
        lambda: len(d) in (13, 15) and nir.is_valid(d),
        lambda: len(d) >= 7 and phone_is_valid(d, "en-US"),
        lambda: len(d) >= 7 and phone_is_valid("+" + d, "en-US"),
        lambda: len(d) >= 4 and luhn.is_valid(d) and len(d) <= 6 and False,
    ]
    return any(t() for t in tests)
