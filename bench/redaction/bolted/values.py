"""Draw synthetic, checksum-valid PII values and must_keep hard negatives."""

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

UP = string.ascii_uppercase
DIG = string.digits


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def card(rng):
    prefix = rng.choice(
        ["411111", "424242", "400000", "555555", "510510", "222300", "601111", "378282"]
    )
    n = 15 if prefix.startswith("37") else 16
    body = prefix + digits(rng, n - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def expiry(rng):
    return f"{rng.randint(1, 12):02d}", f"{rng.randint(26, 33):02d}"


def aba(rng):
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
        for d in DIG:
            if rtn.is_valid(body + d):
                return body + d


def iban_for(rng, cc):
    lengths = {
        "ES": 20,
        "DE": 18,
        "FR": 23,
        "PT": 21,
        "GB": 18,
        "BE": 12,
        "IT": 23,
        "NL": 14,
        "AT": 16,
        "CH": 17,
        "BR": 25,
    }
    for _ in range(100000):
        if cc == "GB":
            bban = rng.choice(["NWBK", "MIDL", "BARC"]) + digits(rng, 14)
        elif cc == "IE":
            bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
        elif cc == "IT":
            bban = rng.choice(UP) + digits(rng, 22)
        elif cc == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10)
        elif cc == "BR":
            bban = digits(rng, 23) + "C" + rng.choice(UP + DIG)
        elif cc == "FR":
            bban = digits(rng, 21) + digits(rng, 2)
        else:
            bban = digits(rng, lengths[cc])
        raw = cc + "00" + bban
        check = iban.calc_check_digits(raw)
        val = cc + check + bban
        if iban.is_valid(val):
            return val
    raise RuntimeError(cc)


def swift(rng, cc):
    while True:
        v = "".join(rng.choice(UP) for _ in range(4)) + cc + rng.choice(UP) + rng.choice(UP + DIG)
        if rng.random() < 0.4:
            v += rng.choice(["XXX", "".join(rng.choice(UP) for _ in range(3))])
        if bic.is_valid(v):
            return v


FIRST = [
    "ana",
    "luis",
    "marie",
    "jonas",
    "joao",
    "kate",
    "raj",
    "sofia",
    "pierre",
    "lena",
    "diego",
    "tom",
    "ines",
    "felix",
    "carla",
    "noah",
    "mia",
    "pablo",
    "chloe",
    "rui",
]
LAST = [
    "garcia",
    "smith",
    "dubois",
    "muller",
    "silva",
    "oconnor",
    "patel",
    "rossi",
    "martin",
    "schmidt",
    "costa",
    "lopez",
    "nguyen",
    "brown",
    "ferreira",
    "weber",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.test",
    "correo.test",
    "post.example.com",
]


def email_parts(rng):
    f, la = rng.choice(FIRST), rng.choice(LAST)
    sep = rng.choice([".", "_", "", "-"])
    local = rng.choice([f + sep + la, f[0] + la, f + la + digits(rng, 2), la + sep + f])
    return local, rng.choice(DOMAINS)


PHONE_PLANS = {
    "US": lambda r: (
        "+1" + r.choice(["202", "312", "415", "646", "718", "305"]) + "55501" + digits(r, 2)
    ),
    "CA": lambda r: "+1" + r.choice(["416", "604", "514", "613"]) + "55501" + digits(r, 2),
    "GB": lambda r: (
        r.choice(["+447700900", "+442079460", "+441134960", "+441614960"]) + digits(r, 3)
    ),
    "IE": lambda r: "+35385" + digits(r, 7),
    "AU": lambda r: "+614" + r.choice(["00", "12", "20"]) + digits(r, 6),
    "IN": lambda r: "+91" + r.choice("9876") + digits(r, 9),
    "NZ": lambda r: "+6421" + digits(r, 7),
    "ZA": lambda r: "+2782" + digits(r, 7),
    "ES": lambda r: "+346" + digits(r, 8),
    "MX": lambda r: "+52" + r.choice(["55", "33", "81"]) + digits(r, 8),
    "AR": lambda r: "+549" + "11" + digits(r, 8),
    "CO": lambda r: "+573" + r.choice(["00", "10", "15", "20"]) + digits(r, 7),
    "CL": lambda r: "+569" + digits(r, 8),
    "FR": lambda r: "+33" + r.choice("67") + digits(r, 8),
    "BE": lambda r: "+324" + r.choice(["70", "75", "85", "90"]) + digits(r, 6),
    "CH": lambda r: "+417" + r.choice("6789") + digits(r, 7),
    "DE": lambda r: "+491" + r.choice(["51", "60", "70", "76"]) + digits(r, 8),
    "AT": lambda r: "+43664" + digits(r, 7),
    "BR": lambda r: "+55" + r.choice(["11", "21", "31", "41"]) + "9" + digits(r, 8),
    "PT": lambda r: "+3519" + r.choice("1236") + digits(r, 7),
    "AO": lambda r: "+2449" + r.choice("1234") + digits(r, 7),
}


def phone(rng, region):
    for _ in range(1000):
        raw = PHONE_PLANS[region](rng)
        num = phonenumbers.parse(raw, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    raise RuntimeError(region)


def fmt_phone(rng, num, style):
    if style == "intl":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def ssn_value(rng):
    while True:
        v = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_value(rng):
    while True:
        v = "9" + digits(rng, 2) + rng.choice(["70", "78", "81", "88", "92", "94"]) + digits(rng, 4)
        if itin.is_valid(v):
            return v


def nino(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return p + digits(rng, 6) + rng.choice("ABCD")


def passport(rng, cc):
    if cc in ("US", "GB", "CA", "AU", "IE", "NZ", "ZA", "IN"):
        return rng.choice(
            [
                digits(rng, 9),
                rng.choice(UP) + digits(rng, 7),
                rng.choice(UP) + rng.choice(UP) + digits(rng, 7),
            ]
        )
    if cc == "ES":
        return "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 6)
    if cc == "FR":
        return digits(rng, 2) + rng.choice(UP) + rng.choice(UP) + digits(rng, 5)
    if cc in ("DE", "AT", "CH"):
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ" + "123456789") for _ in range(8)
        )
    if cc == "BR":
        return rng.choice(UP) + rng.choice(UP) + digits(rng, 6)
    if cc == "MX":
        return rng.choice("GNG") + digits(rng, 8)
    return rng.choice(UP) + digits(rng, 7)


def driver(rng, cc):
    if cc == "GB":
        return (
            "".join(rng.choice(UP) for _ in range(5))
            + digits(rng, 6)
            + "".join(rng.choice(UP) for _ in range(2))
            + digits(rng, 1)
            + "".join(rng.choice(UP) for _ in range(2))
        )
    if cc in ("US", "CA"):
        return rng.choice(UP) + digits(rng, rng.choice([7, 8, 12]))
    if cc == "BR":
        return digits(rng, 11)
    if cc in ("DE", "AT", "CH"):
        return (
            rng.choice(UP) + digits(rng, 3) + rng.choice(UP + DIG) + digits(rng, 5) + rng.choice(UP)
        )
    if cc == "FR":
        return digits(rng, 12)
    return rng.choice(UP) + digits(rng, 8)


def password(rng):
    words = [
        "Sunset",
        "tigre",
        "Maison",
        "Sommer",
        "Praia",
        "lobo",
        "River",
        "gato",
        "Blume",
        "Luna",
        "Kiwi",
        "Nube",
    ]
    sym = "!#$*?@&_."
    return (
        rng.choice(words)
        + rng.choice(sym)
        + digits(rng, rng.choice([2, 3, 4]))
        + rng.choice(["", rng.choice(words).lower(), rng.choice(sym)])
    )


def username(rng):
    return (
        rng.choice(FIRST)
        + rng.choice(["_", ".", "", "-"])
        + rng.choice(LAST)[:5]
        + digits(rng, rng.choice([2, 3, 4]))
    )


def aws_access(rng):
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(UP + "234567") for _ in range(16))


def aws_secret(rng):
    return "".join(rng.choice(string.ascii_letters + DIG + "/+") for _ in range(40))


def ip(rng):
    k = rng.random()
    if k < 0.25:
        return f"192.0.2.{rng.randint(1, 254)}"
    if k < 0.45:
        return f"198.51.100.{rng.randint(1, 254)}"
    if k < 0.6:
        return f"203.0.113.{rng.randint(1, 254)}"
    if k < 0.8:
        return f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}"
    if k < 0.9:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"


def mac(rng):
    sep = rng.choice([":", "-"])
    octs = ["02"] + [f"{rng.randint(0, 255):02X}" for _ in range(5)]
    v = sep.join(octs)
    return v.lower() if rng.random() < 0.4 else v


def es_dni(rng):
    b = digits(rng, 8)
    return b + dni.calc_check_digit(b)


def es_nie(rng):
    b = rng.choice("XYZ") + digits(rng, 7)
    return b + nie.calc_check_digit(b)


def mx_curp(rng):
    cons = "BCDFGHJKLMNPRSTVZ"
    while True:
        v = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        v += f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        v += rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC"])
        v += "".join(rng.choice(cons) for _ in range(3)) + "0"
        v += curp.calc_check_digit(v)
        if curp.is_valid(v):
            return v


def mx_rfc(rng):
    cons = "BCDFGHJKLMNPRSTVZ"
    while True:
        v = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        v += f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        v += rng.choice(UP[:20]) + rng.choice(DIG)
        v += rfc.calc_check_digit(v)
        if rfc.is_valid(v):
            return v


def clabe(rng):
    b = rng.choice(["002", "012", "014", "021", "072"]) + digits(rng, 14)
    w = [3, 7, 1] * 6
    s = sum(int(c) * w[i] % 10 for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def clabe_valid(v):
    if len(v) != 18 or not v.isdigit():
        return False
    w = [3, 7, 1] * 6
    s = sum(int(c) * w[i] % 10 for i, c in enumerate(v[:17]))
    return str((10 - s % 10) % 10) == v[17]


def br_cpf(rng):
    while True:
        b = digits(rng, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return v


def br_cnpj(rng):
    b = digits(rng, 8) + "0001"
    return b + cnpj.calc_check_digits(b)


def fr_nir(rng):
    while True:
        b = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + rng.choice(["75", "69", "13", "33", "59", "92"])
            + digits(rng, 6)
        )
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return v


def de_idnr(rng):
    while True:
        v = rng.choice("123456789") + digits(rng, 9)
        for d in DIG:
            if idnr.is_valid(v + d):
                return v + d


def pt_nif(rng):
    b = rng.choice("123") + digits(rng, 7)
    return b + nif.calc_check_digit(b)


# ---- identifier check used to redraw must_keep numbers ----
REGIONS = list(PHONE_PLANS)


def looks_like_identifier(text: str) -> bool:
    d = "".join(c for c in text if c.isdigit())
    if not d:
        return False
    checks = [
        12 <= len(d) <= 19 and luhn.is_valid(d),
        len(d) == 9 and (ssn.is_valid(d) or rtn.is_valid(d) or nif.is_valid(d)),
        len(d) == 11 and (cpf.is_valid(d) or idnr.is_valid(d)),
        len(d) == 14 and cnpj.is_valid(d),
        len(d) in (13, 15) and nir.is_valid(d),
        len(d) == 18 and clabe_valid(d),
    ]
    if any(checks):
        return True
    if len(d) >= 9:
        for reg in REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return bool(iban.is_valid(text.replace(" ", "")))


def validate(type_name: str, text: str) -> bool:
    """Re-check a written value (plain, spaced or context_only form) with its published rule."""
    c = "".join(ch for ch in text if ch.isalnum())
    rules = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and c[:6] in CARD_PREFIXES,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: clabe_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "EMAIL": lambda: text.split("@")[-1] in DOMAINS,
        "PHONE": lambda: phone_valid(text),
    }
    rule = rules.get(type_name)
    return True if rule is None else bool(rule())


CARD_PREFIXES = {"411111", "424242", "400000", "555555", "510510", "222300", "601111", "378282"}


def phone_valid(text):
    t = text.strip()
    for reg in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(t, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False
