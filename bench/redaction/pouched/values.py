"""Draw synthetic PII values and hard negatives, and validate them with their own checksums.

Every value is random (fixed seed in generate.py); check digits come from python-stdnum where it
has the scheme, by hand otherwise (CLABE, UK NINO), and phone numbers are checked with phonenumbers.
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


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _a(rng: random.Random, n: int, alphabet: str = U) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def card(rng):
    b = rng.choice(CARD_BINS)
    n = 15 if b.startswith("37") else 16
    body = b + _d(rng, n - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(rng):
    return _d(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng):
    return "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 33))


def pin(rng):
    return _d(rng, rng.choice([4, 4, 4, 6]))


def account(rng):
    return str(rng.randint(1, 9)) + _d(rng, rng.randint(7, 11))


def routing(rng, locale):
    c = locale[-2:]
    if c == "GB":
        return "%s-%s-%s" % (_d(rng, 2), _d(rng, 2), _d(rng, 2))
    if c in ("DE", "AT", "CH"):
        return str(rng.randint(1, 8)) + _d(rng, 7)
    if c in ("BR", "PT"):
        return _d(rng, 4) + ("-" + _d(rng, 1) if rng.random() < 0.5 else "")
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + _d(rng, 7)
        for ck in D:
            if rtn.is_valid(body + ck):
                return body + ck


_IBAN_LEN = {
    "ES": 24,
    "DE": 22,
    "FR": 27,
    "PT": 25,
    "GB": 22,
    "BR": 29,
    "IT": 27,
    "NL": 18,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "IE": 22,
    "LU": 20,
}


def iban_value(rng, country):
    n = _IBAN_LEN[country]
    while True:
        if country == "GB" or country == "IE":
            bban = _a(rng, 4) + _d(rng, n - 8)
        elif country == "NL":
            bban = _a(rng, 4) + _d(rng, 10)
        elif country == "BR":
            bban = _d(rng, 23) + rng.choice("CP") + rng.choice("12")
        elif country == "IT":
            bban = rng.choice(U) + _d(rng, 22)
        else:
            bban = _d(rng, n - 4)
        raw = country + "00" + bban
        num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
        v = country + "%02d" % (98 - num % 97) + bban
        assert len(v) == n, raw
        if iban.is_valid(v):
            return v


def swift(rng, country):
    while True:
        v = (
            _a(rng, 4)
            + country
            + rng.choice(U)
            + rng.choice(U + D)
            + rng.choice(["", "XXX", _a(rng, 1) + _d(rng, 2)])
        )
        if bic.is_valid(v):
            return v


FIRST = [
    "maria",
    "jose",
    "ana",
    "lucas",
    "sophie",
    "jean",
    "lena",
    "jonas",
    "joao",
    "beatriz",
    "kevin",
    "emma",
    "liam",
    "carla",
    "diego",
    "paula",
    "hugo",
    "ines",
    "felix",
    "chloe",
    "rafael",
    "camila",
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
    "brown",
    "fernandez",
    "ruiz",
    "bernard",
    "fischer",
    "oliveira",
]
MAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "correo.example",
    "post.example.de",
    "exemple.fr.example",
    "test.example.com.br",
]


def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    user = rng.choice([f + "." + l, f + l, f[0] + l, f + "_" + l[:3], l + "." + f]) + rng.choice(
        ["", "", _d(rng, 2)]
    )
    return user + "@" + rng.choice(MAIL_DOMAINS)


PHONE_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "en-IE": "GB",
    "en-CA": "US",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "es-AR": "MX",
    "es-CO": "MX",
    "fr-FR": "FR",
    "fr-CA": "US",
    "fr-BE": "FR",
    "de-DE": "DE",
    "de-AT": "DE",
    "de-CH": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def phone(rng, locale):
    """Return an E.164 number valid for the locale's region (fictional ranges where they exist)."""
    region = PHONE_REGION.get(locale, "US")
    if rng.random() < 0.15:
        region = rng.choice(["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"])
    while True:
        if region == "US":
            nat = (
                rng.choice(["212", "305", "415", "512", "617", "702", "786", "813"])
                + "55501"
                + _d(rng, 2)
            )
        elif region == "GB":
            nat = rng.choice(
                ["20 7946 0", "113 496 0", "161 496 0", "117 496 0", "121 496 0"]
            ).replace(" ", "") + _d(rng, 3)
        elif region == "FR":
            nat = rng.choice(["19900", "26191", "35301", "46571", "53649", "97510"]) + _d(rng, 4)
        elif region == "ES":
            nat = rng.choice("67") + _d(rng, 8)
        elif region == "MX":
            nat = rng.choice(["55", "33", "81", "222", "998"])
            nat += _d(rng, 10 - len(nat))
        elif region == "BR":
            nat = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + _d(rng, 8)
        elif region == "PT":
            nat = rng.choice(["91", "92", "93", "96", "21", "22"]) + _d(rng, 7)
        else:  # DE
            nat = rng.choice(["151", "152", "160", "170", "171", "176", "30", "40", "89"])
            nat += _d(rng, (11 if nat[0] == "1" else 10) - len(nat))
        cc = phonenumbers.country_code_for_region(region)
        num = phonenumbers.parse("+%d%s" % (cc, nat))
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def ssn_value(rng):
    while True:
        v = "%03d-%02d-%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn.is_valid(v):
            return v


def itin_value(rng):
    while True:
        v = "9%s-%s-%s" % (
            _d(rng, 2),
            rng.choice(["70", "71", "75", "78", "80", "84", "88", "90", "92", "94", "97", "99"]),
            _d(rng, 4),
        )
        if itin.is_valid(v):
            return v


def nino(rng):
    bad1, bad2 = "DFIQUV", "DFIQUVO"
    while True:
        p = rng.choice([c for c in U if c not in bad1]) + rng.choice(
            [c for c in U if c not in bad2]
        )
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + _d(rng, 6) + rng.choice("ABCD")


def nino_valid(v):
    v = v.replace(" ", "")
    return (
        len(v) == 9
        and v[0] not in "DFIQUV"
        and v[1] not in "DFIQUVO"
        and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
        and v[:2].isalpha()
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


def passport(rng, locale):
    c = locale[-2:]
    if c == "ES":
        return _a(rng, 3) + _d(rng, 6)
    if c in ("FR", "BE", "CA") and locale.startswith("fr"):
        return _d(rng, 2) + _a(rng, 2) + _d(rng, 5)
    if c in ("DE", "AT", "CH"):
        return "C" + _a(rng, 8, "CFGHJKLMNPRTVWXYZ" + D)
    if c == "BR":
        return _a(rng, 2) + _d(rng, 6)
    if c == "PT":
        return rng.choice(U) + _d(rng, 6)
    if c in ("MX", "AR", "CO"):
        return rng.choice("GNP") + _d(rng, 8)
    return rng.choice(["", rng.choice(U)]) + _d(rng, 8) if c == "US" else _d(rng, 9)


def driver_id(rng, locale):
    c = locale[-2:]
    if c == "GB":
        l = rng.choice(LAST).upper().ljust(5, "9")[:5]
        return l + _d(rng, 6) + _a(rng, 2) + rng.choice(D) + _a(rng, 2)
    if c in ("US", "CA"):
        return rng.choice([rng.choice(U) + _d(rng, 7), rng.choice(U) + _d(rng, 12), _d(rng, 9)])
    if c in ("FR", "BE"):
        return _d(rng, 12)
    if c in ("DE", "AT", "CH"):
        return rng.choice(U) + _d(rng, 3) + _a(rng, 1) + _d(rng, 5) + rng.choice(U + D)
    if c == "BR":
        return _d(rng, 11)
    if c == "PT":
        return rng.choice(["L-", "P-", "C-"]) + _d(rng, 6) + " " + _d(rng, 1)
    return rng.choice(U) + _d(rng, 8)


WORDS = [
    "sol",
    "luna",
    "tigre",
    "Maison",
    "Sonne",
    "praia",
    "gato",
    "blue",
    "Falcon",
    "cafe",
    "Nuvem",
    "Hase",
    "chat",
    "river",
    "Pato",
    "Kiwi",
    "limon",
    "Stern",
    "bolo",
    "rouge",
]


def password(rng):
    w = rng.choice(WORDS) + rng.choice(WORDS).capitalize()
    return rng.choice(
        [
            w + _d(rng, rng.randint(2, 4)) + rng.choice("!#$*?"),
            rng.choice("!#$") + w + _d(rng, 2),
            w[:3] + _d(rng, 1) + rng.choice(WORDS) + rng.choice(["!", "_", ".", "@"]) + _d(rng, 3),
            w.lower() + rng.choice(["_", "-", ""]) + _d(rng, 4),
        ]
    )


def username(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f + "_" + l,
            f[0] + l + _d(rng, 2),
            l + f[:2] + _d(rng, 3),
            f + "." + l[:4],
            f + l[:1] + "_" + _d(rng, 2),
        ]
    )


def ip(rng):
    r = rng.random()
    if r < 0.25:
        return "2001:db8:%x:%x::%x" % (
            rng.randint(1, 0xFFFF),
            rng.randint(1, 0xFFFF),
            rng.randint(1, 0xFFF),
        )
    base = rng.choice(
        [
            "192.0.2",
            "198.51.100",
            "203.0.113",
            "10.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255)),
            "192.168.%d" % rng.randint(0, 255),
        ]
    )
    return "%s.%d" % (base, rng.randint(2, 254))


def mac(rng):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] | 2) & 0xFE
    sep = rng.choice([":", ":", "-"])
    s = sep.join("%02x" % x for x in b)
    return s.upper() if rng.random() < 0.5 else s


B32 = U + "234567"
B64 = string.ascii_letters + D + "/+"


def aws_access(rng):
    return rng.choice(["AKIA", "ASIA"]) + _a(rng, 16, B32)


def aws_secret(rng):
    return _a(rng, 40, B64)


def dni_value(rng):
    body = _d(rng, 8)
    return body + dni.calc_check_digit(body)


def nie_value(rng):
    body = rng.choice("XYZ") + _d(rng, 7)
    return body + nie.calc_check_digit(body)


CURP_STATES = [
    "AS",
    "BC",
    "CC",
    "CL",
    "DF",
    "GT",
    "JC",
    "MC",
    "NL",
    "OC",
    "PL",
    "QT",
    "SL",
    "VZ",
    "YN",
]


def curp_value(rng):
    while True:
        y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
        v = (
            rng.choice("BCDFGLMPRSTV")
            + rng.choice("AEIOU")
            + _a(rng, 2)
            + "%02d%02d%02d" % (y % 100, m, d)
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + _a(rng, 3, "BCDFGHJKLMNPRSTVZ")
            + (rng.choice(D) if y < 2000 else rng.choice(U))
        )
        for ck in D:
            try:
                if curp.validate(v + ck):
                    return v + ck
            except Exception:
                continue


def rfc_value(rng):
    while True:
        y, m, d = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        base = (
            rng.choice("BCDFGLMPRSTV")
            + rng.choice("AEIOU")
            + _a(rng, 2)
            + "%02d%02d%02d" % (y % 100, m, d)
            + _a(rng, 2, U.replace("O", "") + "123456789")
        )
        try:
            ck = rfc.calc_check_digit(base)
            v = base + ck
            rfc.validate(v, validate_check_digits=True)
            return v
        except Exception:
            continue


def clabe_check(body17):
    w = [3, 7, 1]
    s = sum((int(c) * w[i % 3]) % 10 for i, c in enumerate(body17))
    return str((10 - s % 10) % 10)


def clabe_value(rng):
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"]) + _d(
        rng, 14
    )
    return body + clabe_check(body)


def clabe_valid(v):
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def cpf_value(rng):
    while True:
        b = _d(rng, 9)
        if len(set(b)) > 1:
            return b + cpf._calc_check_digits(b)


def cnpj_value(rng):
    b = _d(rng, 8) + "0001"
    return b + cnpj.calc_check_digits(b)


def nir_value(rng):
    while True:
        b = "%d%02d%02d%s%03d%03d" % (
            rng.randint(1, 2),
            rng.randint(50, 99),
            rng.randint(1, 12),
            rng.choice(["75", "69", "13", "33", "59", "44", "31", "67"]),
            rng.randint(1, 990),
            rng.randint(1, 999),
        )
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return v


def steuer_value(rng):
    while True:
        digs = rng.sample("0123456789", 9)
        if digs[0] == "0":
            continue
        dup = rng.choice(digs)
        lst = digs + [dup]
        rng.shuffle(lst)
        if lst[0] == "0":
            continue
        b = "".join(lst)
        for ck in D:
            if idnr.is_valid(b + ck):
                return b + ck


def nif_value(rng):
    b = rng.choice("123") + _d(rng, 7)
    return b + nif.calc_check_digit(b)


VALIDATORS = {
    "CREDIT_DEBIT_NUMBER": lambda v: luhn.is_valid(v) and v[:6] in CARD_BINS,
    "BANK_ROUTING": lambda v: rtn.is_valid(v) if len(v) == 9 else True,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": lambda v: rfc.is_valid(v, validate_check_digits=True),
    "MX_CLABE": clabe_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
    "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v)),
}


def draw(t, rng, locale):
    c = locale[-2:]
    f = {
        "CREDIT_DEBIT_NUMBER": lambda: card(rng),
        "CREDIT_DEBIT_CVV": lambda: cvv(rng),
        "CREDIT_DEBIT_EXPIRY": lambda: expiry(rng),
        "PIN": lambda: pin(rng),
        "BANK_ACCOUNT_NUMBER": lambda: account(rng),
        "BANK_ROUTING": lambda: routing(rng, locale),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban_value(
            rng,
            rng.choice(
                {
                    "ES": ["ES", "ES", "IT"],
                    "MX": ["ES", "NL"],
                    "AR": ["ES", "IT"],
                    "FR": ["FR", "FR", "BE", "LU"],
                    "BE": ["BE", "FR"],
                    "CA": ["FR", "CH"],
                    "DE": ["DE", "DE", "NL"],
                    "AT": ["AT", "DE"],
                    "CH": ["CH", "DE"],
                    "BR": ["BR"],
                    "PT": ["PT", "PT", "ES"],
                    "GB": ["GB", "IE"],
                }.get(c, ["GB", "DE", "ES", "FR", "PT", "BR", "IE"])
            ),
        ),
        "SWIFT_CODE": lambda: swift(
            rng, {"US": "US", "GB": "GB", "MX": "MX", "AR": "AR", "CA": "CA"}.get(c, c)
        ),
        "EMAIL": lambda: email(rng),
        "PHONE": lambda: phone(rng, locale),
        "SSN": lambda: ssn_value(rng),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin_value(rng),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino(rng),
        "PASSPORT_NUMBER": lambda: passport(rng, locale),
        "DRIVER_ID": lambda: driver_id(rng, locale),
        "PASSWORD": lambda: password(rng),
        "USERNAME": lambda: username(rng),
        "IP_ADDRESS": lambda: ip(rng),
        "MAC_ADDRESS": lambda: mac(rng),
        "AWS_ACCESS_KEY": lambda: aws_access(rng),
        "AWS_SECRET_KEY": lambda: aws_secret(rng),
        "ES_DNI": lambda: dni_value(rng),
        "ES_NIE": lambda: nie_value(rng),
        "MX_CURP": lambda: curp_value(rng),
        "MX_RFC": lambda: rfc_value(rng),
        "MX_CLABE": lambda: clabe_value(rng),
        "BR_CPF": lambda: cpf_value(rng),
        "BR_CNPJ": lambda: cnpj_value(rng),
        "FR_NIR": lambda: nir_value(rng),
        "DE_TAX_ID": lambda: steuer_value(rng),
        "PT_NIF": lambda: nif_value(rng),
    }[t]
    v = f()
    check = VALIDATORS.get(t)
    assert check is None or check(v), (t, v)
    return v


# ---- hard negatives -------------------------------------------------------------------------


def _fails_every_checksum(s: str) -> bool:
    if luhn.is_valid(s):
        return False
    n = len(s)
    if n == 9 and (rtn.is_valid(s) or ssn.is_valid(s) or nif.is_valid(s) or itin.is_valid(s)):
        return False
    if n == 11 and (cpf.is_valid(s) or idnr.is_valid(s)):
        return False
    if n == 8 and dni.is_valid(s + "Z"):
        pass
    for region in ("US", "GB", "ES", "MX", "BR", "FR", "DE", "PT"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
                return False
        except phonenumbers.NumberParseException:
            pass
    return True


def lookalike(rng, lo=4, hi=11):
    """Digits only, 4-11 long, that pass no checksum and are no valid phone number anywhere we use."""
    while True:
        s = str(rng.randint(1, 9)) + _d(rng, rng.randint(lo, hi) - 1)
        if _fails_every_checksum(s):
            return s


MONTHS = {
    "en": [
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
    ],
    "es": [
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
    ],
    "fr": [
        "janvier",
        "fév",
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
    ],
    "de": [
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
    ],
    "pt": [
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
    ],
}


def keep(kind, rng, lang, locale):
    """One must_keep value of a given kind, as customers type it."""
    c = locale[-2:]
    r = rng.random
    if kind == "order_number":
        return rng.choice(["#", "", "", "PED-", "A", "W", "BE"]) + lookalike(rng, 6, 10)
    if kind == "tracking_number":
        return rng.choice(
            [
                "1Z" + _a(rng, 3, U + D) + _d(rng, 11),
                _a(rng, 2) + _d(rng, 9) + rng.choice(["BR", "ES", "FR", "DE", "PT", "GB"]),
                "JJD" + _d(rng, 15),
                _d(rng, 12) + _a(rng, 1),
            ]
        )
    if kind == "postal_code":
        if c == "US":
            return "%05d" % rng.randint(1001, 99950) + (
                "-%04d" % rng.randint(1, 9999) if r() < 0.6 else ""
            )
        if c == "GB":
            return (
                rng.choice(["SW1A", "M1", "B33", "LS6", "EH3", "CF10"])
                + " "
                + str(rng.randint(1, 9))
                + _a(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
            )
        if c == "BR":
            return "%05d-%03d" % (rng.randint(1000, 99999), rng.randint(0, 999))
        if c == "PT":
            return "%04d-%03d" % (rng.randint(1000, 9999), rng.randint(0, 999))
        if c == "CA":
            return (
                rng.choice(["H2X", "G1R", "H3B"])
                + " "
                + str(rng.randint(1, 9))
                + rng.choice(U)
                + str(rng.randint(1, 9))
            )
        if c in ("AT", "CH", "BE"):
            return "%04d" % rng.randint(1000, 9999)
        return "%05d" % rng.randint(1000, 52999)
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
        if lang == "en" and c == "US":
            return rng.choice(
                ["%d/%d" % (m, d), "%d/%d/%d" % (m, d, y), "%s %d" % (MONTHS["en"][m - 1], d)]
            )
        if lang == "en":
            return rng.choice(["%d/%d/%d" % (d, m, y), "%d %s" % (d, MONTHS["en"][m - 1])])
        sep = {"de": "."}.get(lang, "/")
        return rng.choice(
            [
                "%02d%s%02d%s%d" % (d, sep, m, sep, y),
                "%d%s%d" % (d, sep, m),
                "%d %s%s" % (d, {"es": "de ", "pt": "de "}.get(lang, ""), MONTHS[lang][m - 1]),
            ]
        )
    if kind == "time":
        h, mi = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 5, 50])
        if lang == "en" and c == "US":
            return "%d:%02d%s" % ((h - 1) % 12 + 1, mi, rng.choice(["pm", " PM", "am", ""]))
        return rng.choice(
            ["%02d:%02d" % (h, mi), "%dh%02d" % (h, mi) if lang == "fr" else "%d:%02d" % (h, mi)]
        )
    if kind == "price":
        v = rng.randint(3, 1900) + rng.choice([0, 0.99, 0.5, 0.25])
        if c == "US" or c == "CA" and lang == "en":
            return "$%.2f" % v if v % 1 else "$%d" % v
        if c == "GB":
            return "£%.2f" % v
        if c == "MX" or c == "AR":
            return "$%s" % ("{:,.2f}".format(v * 18))
        if c == "BR":
            return "R$ " + ("%.2f" % v).replace(".", ",")
        if c == "CH":
            return "CHF %.2f" % v
        s = ("%.2f" % v).replace(".", ",")
        return rng.choice([s + " €", s + "€", "€" + s, s + " EUR"])
    if kind == "quantity":
        return str(rng.randint(2, 12)) + rng.choice(
            ["", "x", " kg", " uds", " Stk"][: 3 if lang not in ("es", "de") else 5]
        )
    if kind == "count":
        return str(rng.randint(2, 40))
    if kind == "percentage":
        return rng.choice(["%d%%" % rng.randint(5, 70), "%d %%" % rng.randint(5, 70)])
    if kind == "product_model":
        return rng.choice(
            [
                "iPhone %d" % rng.randint(11, 16),
                "Galaxy S%d" % rng.randint(20, 25),
                "SM-A%d5F" % rng.randint(10, 59),
                "XPS %d" % rng.choice([13, 15]),
                "WH-%dXM%d" % (1000, rng.randint(3, 5)),
                "HP DeskJet %d" % rng.randint(2600, 4199),
                "Fritz!Box %d" % rng.choice([7530, 7590, 6660]),
                "Livebox %d" % rng.randint(4, 7),
            ]
        )
    if kind == "version":
        return (
            rng.choice(["v", "", "", "iOS ", "Android "])
            + "%d.%d" % (rng.randint(1, 17), rng.randint(0, 9))
            + rng.choice(["", ".%d" % rng.randint(0, 20)])
        )
    if kind == "invoice_number":
        return (
            rng.choice(["INV-", "FA", "F-", "RE-", "NF "])
            + str(rng.choice([2024, 2025, 2026]))
            + "-"
            + lookalike(rng, 4, 6)
        )
    if kind == "ticket_number":
        return rng.choice(["#", "", "CS-", "TK", "INC"]) + lookalike(rng, 5, 8)
    if kind == "booking_reference":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "policy_number":
        return rng.choice(["POL-", "AX", "PL", ""]) + lookalike(rng, 7, 10)
    if kind == "contract_number":
        return rng.choice(["CT-", "", "K-"]) + lookalike(rng, 6, 10)
    if kind == "flight_number":
        return (
            rng.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "AA", "VY", "FR"])
            + rng.choice(["", " "])
            + str(rng.randint(10, 8999))
        )
    if kind == "store_number":
        return rng.choice(["", "#"]) + str(rng.randint(10, 9999))
    if kind == "room_number":
        return str(rng.randint(1, 12)) + "%02d" % rng.randint(1, 40)
    if kind == "error_code":
        return rng.choice(["E", "ERR-", "0x", "", "code "][:4]) + rng.choice(
            [str(rng.randint(100, 999)), "%04X" % rng.randint(0x100, 0xFFFF)]
        )
    if kind == "data_size":
        return "%d%s" % (
            rng.choice([2, 5, 10, 20, 50, 100, 500]),
            rng.choice(["GB", " GB", "MB", " Mb", " Go"]),
        )
    if kind == "year":
        return str(rng.randint(1995, 2026))
    if kind == "meter_reading":
        return lookalike(rng, 5, 7)
    if kind == "plate_number":
        return {
            "ES": "%04d %s" % (rng.randint(0, 9999), _a(rng, 3, "BCDFGHJKLMNPRSTVWXYZ")),
            "FR": "%s-%03d-%s" % (_a(rng, 2), rng.randint(1, 999), _a(rng, 2)),
            "DE": "%s-%s %d"
            % (rng.choice(["B", "M", "HH", "K", "S"]), _a(rng, 2), rng.randint(1, 9999)),
            "BR": "%s%d%s%02d" % (_a(rng, 3), rng.randint(0, 9), rng.choice(U), rng.randint(0, 99)),
            "PT": "%02d-%s-%02d" % (rng.randint(0, 99), _a(rng, 2), rng.randint(0, 99)),
        }.get(c, "%s%d %s" % (_a(rng, 2), rng.randint(10, 99), _a(rng, 3)))
    if kind == "seat_number":
        return str(rng.randint(1, 40)) + rng.choice("ABCDEF")
    if kind == "customer_reference":
        return lookalike(rng, 4, 11)
    if kind == "duration":
        return str(rng.randint(2, 90)) + rng.choice(
            [" min", " mins", "min", " h", " días" if lang == "es" else " days"]
        )
    if kind == "amount_digits":
        return str(rng.randint(2, 30))
    raise KeyError(kind)
