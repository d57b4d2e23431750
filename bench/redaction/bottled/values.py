"""Draw synthetic PII values and hard negatives, and validate every one of them.

Every value is random and synthetic. Check digits are computed, then verified with
python-stdnum (or phonenumbers); a value that fails is redrawn. Hard negatives that look
like numbers (digits only, 4-11 long) are redrawn until they fail every checksum we know.
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

DIGITS = string.digits
UPPER = string.ascii_uppercase

# ---------------------------------------------------------------- validators


def clabe_ok(v: str) -> bool:
    """CLABE check digit (weights 3,7,1 mod 10); python-stdnum 2.2 has no mx.clabe."""
    if len(v) != 18 or not v.isdigit():
        return False
    s = sum(int(d) * w for d, w in zip(v[:17], [3, 7, 1] * 6)) % 10
    return (10 - s) % 10 == int(v[17])


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(v: str) -> bool:
    """UK NINO format rules (HMRC); python-stdnum has no gb.nino."""
    v = v.replace(" ", "").upper()
    return (
        len(v) == 9
        and v[0] in UPPER
        and v[1] in UPPER
        and v[0] not in NINO_BAD_FIRST
        and v[1] not in NINO_BAD_SECOND
        and v[:2] not in NINO_BAD_PREFIX
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


PHONE_REGIONS = ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB", "AR", "CA", "BE", "AT", "CH"]


def phone_ok(v: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, region))
    except phonenumbers.NumberParseException:
        return False


VALIDATORS = {
    "CREDIT_DEBIT_NUMBER": lambda v: luhn.is_valid(v),
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": clabe_ok,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
}


def looks_like_pii(d: str) -> bool:
    """True if a digit string passes any checksum a detector could use."""
    checks = [
        luhn.is_valid,
        rtn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        clabe_ok,
        ssn.is_valid,
        itin.is_valid,
    ]
    for c in checks:
        try:
            if c(d):
                return True
        except Exception:  # noqa: BLE001 - stdnum raises on odd input lengths
            pass
    return any(phone_ok(d, r) for r in PHONE_REGIONS)


# ---------------------------------------------------------------- PII draws

CARD_BINS = {
    "411111": 16,
    "400000": 16,
    "424242": 16,
    "401288": 16,
    "555555": 16,
    "510510": 16,
    "222300": 16,
    "601111": 16,
    "353011": 16,
    "378282": 15,
    "371449": 15,
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def card(rng):
    b = rng.choice(sorted(CARD_BINS))
    body = b + _digits(rng, CARD_BINS[b] - 7)
    return body + luhn.calc_check_digit(body)


def cvv(rng):
    return _digits(rng, rng.choice([3, 3, 3, 4]))


def pin(rng):
    return _digits(rng, rng.choice([4, 4, 4, 6]))


def expiry(rng):
    return (rng.randint(1, 12), rng.randint(2026, 2033))


def ssn_(rng):
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v) and v[:3] != "666":
            return v


def itin_(rng):
    while True:
        v = (
            "9"
            + _digits(rng, 2)
            + str(rng.choice([50, 63, 70, 78, 88, 90, 94, 99]))
            + _digits(rng, 4)
        )
        if itin.is_valid(v):
            return v


def nino(rng):
    while True:
        v = rng.choice(UPPER) + rng.choice(UPPER) + _digits(rng, 6) + rng.choice("ABCD")
        if nino_ok(v):
            return v


def es_dni(rng):
    n = _digits(rng, 8)
    return n + dni.calc_check_digit(n)


def es_nie(rng):
    p = rng.choice("XYZ")
    n = _digits(rng, 7)
    return p + n + nie.calc_check_digit(p + n)


def mx_curp(rng):
    while True:
        v = (
            "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(1))
            + rng.choice("AEIOU")
            + "".join(rng.choice(UPPER.replace("Ñ", "")) for _ in range(2))
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "GT", "MC", "VZ", "YN"])
            + "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3))
            + rng.choice("0" + UPPER[:5])
        )
        v = v + curp.calc_check_digit(v)
        if curp.is_valid(v):
            return v


def mx_rfc(rng):
    while True:
        v = (
            "".join(rng.choice(UPPER) for _ in range(4))
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(2))
        )
        v = v + rfc.calc_check_digit(v)
        if rfc.is_valid(v):
            return v


def mx_clabe(rng):
    body = rng.choice(["002", "012", "014", "021", "072"]) + _digits(rng, 14)
    s = sum(int(d) * w for d, w in zip(body, [3, 7, 1] * 6)) % 10
    return body + str((10 - s) % 10)


def br_cpf(rng):
    n = _digits(rng, 9)
    return n + cpf._calc_check_digits(n)


def br_cnpj(rng):
    n = _digits(rng, 8) + "0001"
    return n + cnpj.calc_check_digits(n)


def fr_nir(rng):
    while True:
        n = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + _digits(rng, 6)
        )
        v = n + nir.calc_check_digits(n)
        if nir.is_valid(v):
            return v


def de_idnr(rng):
    while True:
        n = rng.choice("123456789") + _digits(rng, 9)
        for d in DIGITS:
            if idnr.is_valid(n + d):
                return n + d


def pt_nif(rng):
    n = rng.choice("1235689") + _digits(rng, 7)
    return n + nif.calc_check_digit(n)


def aba(rng):
    while True:
        n = rng.choice(
            [
                "01",
                "02",
                "03",
                "04",
                "05",
                "06",
                "07",
                "08",
                "09",
                "10",
                "11",
                "12",
                "21",
                "26",
                "31",
                "32",
            ]
        ) + _digits(rng, 6)
        for d in DIGITS:
            if rtn.is_valid(n + d):
                return n + d


def routing(rng, country):
    if country == "GB":
        return f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}"
    if country in ("DE", "AT"):
        return rng.choice("12345678") + _digits(rng, 7)
    if country == "BR":
        return _digits(rng, 4) + rng.choice(["", "-" + rng.choice(DIGITS)])
    return aba(rng)


def bank_account(rng, country):
    if country == "GB":
        return _digits(rng, 8)
    if country in ("DE", "AT", "CH"):
        return _digits(rng, 10)
    if country == "BR":
        return _digits(rng, rng.choice([5, 6, 8])) + "-" + rng.choice(DIGITS)
    return _digits(rng, rng.choice([8, 10, 11, 12]))


IBAN_BBAN = {  # country: (length of BBAN, pattern: n digit, a upper, c alnum)
    "ES": "n" * 20,
    "DE": "n" * 18,
    "FR": "n" * 23,
    "PT": "n" * 21,
    "GB": "aaaa" + "n" * 14,
    "BR": "n" * 23 + "a" + "c",
    "IT": "a" + "n" * 22,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "MX": None,
}


def iban_(rng, country):
    if country not in IBAN_BBAN or IBAN_BBAN[country] is None:
        country = rng.choice(["ES", "DE", "FR", "PT", "GB", "BR", "IT", "NL", "BE", "AT", "CH"])
    pat = IBAN_BBAN[country]
    for _ in range(100000):
        bban = "".join(
            rng.choice(DIGITS)
            if c == "n"
            else rng.choice(UPPER)
            if c == "a"
            else rng.choice(UPPER + DIGITS)
            for c in pat
        )
        if country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + bban[4:]
        if country == "FR":  # RIB key: 97 - (89*bank + 15*branch + 3*account) mod 97
            b, g, a = int(bban[:5]), int(bban[5:10]), int(bban[10:21])
            bban = bban[:21] + f"{97 - (89 * b + 15 * g + 3 * a) % 97:02d}"
        if country == "PT":  # NIB check: 98 - (n*100 mod 97)
            bban = bban[:19] + f"{98 - int(bban[:19]) * 100 % 97:02d}"
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        v = f"{country}{check:02d}{bban}"
        if iban.is_valid(v):
            return v
    raise RuntimeError(country)


def swift(rng, country):
    c = (
        country
        if country in ("ES", "DE", "FR", "PT", "GB", "BR", "MX", "US", "AR", "CA", "BE", "AT", "CH")
        else "ES"
    )
    while True:
        v = (
            "".join(rng.choice(UPPER) for _ in range(4))
            + c
            + rng.choice(UPPER + "23456789")
            + rng.choice(UPPER + DIGITS)
            + rng.choice(["", "XXX", "".join(rng.choice(UPPER + DIGITS) for _ in range(3))])
        )
        if bic.is_valid(v):
            return v


FIRST = [
    "marta",
    "jose",
    "luis",
    "ana",
    "pierre",
    "claire",
    "jonas",
    "lena",
    "joao",
    "rita",
    "kevin",
    "sam",
    "lucia",
    "diego",
    "camille",
    "lukas",
    "beatriz",
    "thiago",
    "emma",
    "noah",
    "ines",
    "hugo",
]
LAST = [
    "lopez",
    "garcia",
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
    "ferreira",
    "bauer",
    "leroy",
    "ramos",
    "kowalski",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.es",
    "yahoo.com.br",
    "gmx.de",
    "web.de",
    "orange.fr",
    "free.fr",
    "sapo.pt",
    "icloud.com",
    "example.com",
    "mail.example.org",
    "empresa.example.mx",
]


def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{l}",
            f"{f}{l}{rng.randint(1, 99)}",
            f"{f[0]}{l}",
            f"{f}_{l}{rng.randint(70, 99)}",
            f"{l}.{f}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def username(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f"{f}{l[:3]}{rng.randint(1, 999)}",
            f"{f}_{l}",
            f"{l}.{f[0]}{rng.randint(10, 99)}",
            f"x{f}x{rng.randint(1, 9)}",
            f"{f.capitalize()}{l.capitalize()}",
        ]
    )


PW_WORDS = [
    "sol",
    "Luna",
    "gato",
    "Tiger",
    "berlin",
    "Porto",
    "cafe",
    "Mango",
    "chien",
    "Wolke",
    "Frio",
    "Sky",
]


def password(rng):
    return rng.choice(
        [
            lambda: (
                rng.choice(PW_WORDS)
                + rng.choice(PW_WORDS)
                + str(rng.randint(1, 9999))
                + rng.choice("!?#$*.")
            ),
            lambda: "".join(
                rng.choice(string.ascii_letters + DIGITS) for _ in range(rng.randint(9, 14))
            ),
            lambda: rng.choice(PW_WORDS).lower() + "_" + str(rng.randint(1960, 2010)),
            lambda: (
                rng.choice(PW_WORDS)
                + "#"
                + "".join(rng.choice(string.ascii_letters) for _ in range(4))
                + str(rng.randint(10, 99))
            ),
        ]
    )()


def ip(rng):
    if rng.random() < 0.15:
        return "2001:db8:" + ":".join(
            f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 6]))
        )
    return ".".join(
        str(x)
        for x in [
            rng.choice([84, 91, 177, 189, 201, 81, 92, 10, 192, 172]),
            rng.randint(0, 255),
            rng.randint(0, 255),
            rng.randint(1, 254),
        ]
    )


def mac(rng):
    sep = rng.choice([":", ":", "-"])
    s = sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))
    return s.lower() if rng.random() < 0.4 else s


def aws_access(rng):
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(UPPER + "234567") for _ in range(16))


def aws_secret(rng):
    return "".join(rng.choice(string.ascii_letters + DIGITS + "/+") for _ in range(40))


def passport(rng, country):
    if country in ("US", "GB"):
        return _digits(rng, 9) if country == "GB" or rng.random() < 0.6 else "A" + _digits(rng, 8)
    if country == "ES":
        return "".join(rng.choice(UPPER) for _ in range(3)) + _digits(rng, 6)
    if country in ("FR", "BE"):
        return _digits(rng, 2) + "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 5)
    if country in ("DE", "AT", "CH"):
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if country == "BR":
        return "".join(rng.choice(UPPER) for _ in range(2)) + _digits(rng, 6)
    if country == "PT":
        return rng.choice("CPN") + _digits(rng, 6)
    return rng.choice("GN") + _digits(rng, 8)


def driver_id(rng, country):
    if country == "US":
        return rng.choice(UPPER) + _digits(rng, rng.choice([7, 8, 12]))
    if country == "GB":
        l = rng.choice(LAST).upper()[:5].ljust(5, "9")
        return (
            l
            + _digits(rng, 6)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + rng.choice(DIGITS)
            + "".join(rng.choice(UPPER) for _ in range(2))
        )
    if country in ("DE", "AT", "CH"):
        return (
            rng.choice(UPPER)
            + _digits(rng, 3)
            + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
            + rng.choice(DIGITS)
        )
    if country in ("FR", "BE"):
        return (
            _digits(rng, 2)
            + "".join(rng.choice(UPPER) for _ in range(2))
            + _digits(rng, 5)
            + _digits(rng, 3)
        )
    if country == "BR":
        return _digits(rng, 11)
    if country == "MX":
        return rng.choice(UPPER) + _digits(rng, 8)
    return rng.choice(UPPER) + _digits(rng, 8)


PHONE_PATTERNS = {
    "ES": ["6########", "7########", "91#######", "93#######"],
    "MX": ["55########", "33########", "81########"],
    "BR": ["119########", "219########", "31########", "419########"],
    "FR": ["6########", "7########", "1########", "4########"],
    "DE": ["151########", "160#######", "176########", "30########", "89#######"],
    "PT": ["91#######", "93#######", "96#######", "21#######"],
    "US": ["{a}55501##"],
    "CA": ["{a}55501##"],
    "GB": ["207946####", "1134960###", "1614960###", "1314960###"],
    "AR": ["911########", "11########"],
    "BE": ["47#######", "2#######"],
    "AT": ["664#######", "1#######"],
    "CH": ["79#######", "44#######"],
}
US_AREAS = ["212", "415", "305", "617", "312", "206", "512", "646", "702", "213"]
CA_AREAS = ["416", "514", "604", "613"]


def phone(rng, country):
    """Return (phonenumber object, region). Numbers validated with phonenumbers."""
    country = country if country in PHONE_PATTERNS else "ES"
    for _ in range(10000):
        pat = rng.choice(PHONE_PATTERNS[country])
        pat = pat.replace("{a}", rng.choice(CA_AREAS if country == "CA" else US_AREAS))
        nat = "".join(rng.choice(DIGITS) if c == "#" else c for c in pat)
        cc = phonenumbers.country_code_for_region(country)
        num = phonenumbers.parse(f"+{cc}{nat}")
        if phonenumbers.is_valid_number(num):
            return num, country
    raise RuntimeError(country)


# ---------------------------------------------------------------- hard negatives


def nonpii_digits(rng: random.Random, n: int, first: str = DIGITS) -> str:
    """Digits that fail Luhn, ABA, CPF, CNPJ, NIF, NIR, IdNr, CLABE, SSN, ITIN and phone checks."""
    while True:
        d = rng.choice(first) + _digits(rng, n - 1)
        if not looks_like_pii(d):
            return d


MONTH_NAMES = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}
# Kinds whose digits are a quantity or a calendar value: no checksum filtering.
NO_FILTER = {
    "date",
    "time",
    "year",
    "price",
    "percentage",
    "data_size",
    "quantity",
    "count",
    "version",
    "room_number",
    "seat_number",
    "flight_number",
}


def _alnum(rng, n, alphabet=UPPER + DIGITS):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _price(rng, country):
    whole, cents = rng.randint(1, 1899), rng.randint(0, 99)
    if country in ("US", "CA") or (country == "MX" and rng.random() < 0.5):
        return rng.choice(
            [
                f"${whole}.{cents:02d}",
                f"${whole}",
                f"{whole}.{cents:02d} USD" if country == "US" else f"${whole}.{cents:02d}",
            ]
        )
    if country == "GB":
        return rng.choice([f"£{whole}.{cents:02d}", f"£{whole}"])
    if country == "BR":
        return rng.choice([f"R$ {whole},{cents:02d}", f"R${whole}", f"{whole},{cents:02d} reais"])
    if country == "CH":
        return rng.choice([f"CHF {whole}.{cents:02d}", f"{whole} Fr."])
    if country == "AR":
        return rng.choice([f"${whole * 100}", f"$ {whole}.{rng.randint(100, 999)}"])
    if country == "MX":
        return f"{whole} pesos"
    return rng.choice(
        [f"{whole},{cents:02d} €", f"{whole},{cents:02d}€", f"€{whole}", f"{whole} euros"]
    )


def _date(rng, country, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    name = MONTH_NAMES[lang][m - 1]
    if country == "US":
        return rng.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{name} {d}", f"{name} {d}, {y}"])
    if lang == "de":
        return rng.choice(
            [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}. {name}", f"{d}.{m}.{y % 100}"]
        )
    if lang == "en":
        return rng.choice([f"{d}/{m}/{y}", f"{d} {name}", f"{d:02d}/{m:02d}"])
    if lang == "fr":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {name}", f"{d}/{m}"])
    if lang == "es":
        return rng.choice([f"{d}/{m}/{y}", f"{d} de {name}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {name}", f"{d}/{m}"])


def _postal(rng, country):
    if country == "US":
        z = f"{rng.randint(10000, 99950)}"
        return rng.choice([z, f"{z}-{rng.randint(1000, 9999)}"])
    if country == "BR":
        return f"{rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}"
    if country == "PT":
        return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
    if country == "GB":
        return (
            rng.choice(["SW1A", "M1", "LS2", "EH8", "B33", "CF10"])
            + f" {rng.randint(1, 9)}{_alnum(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        )
    if country == "CA":
        return f"{rng.choice('HKMLT')}{rng.randint(1, 9)}{rng.choice('ABCEGH')} {rng.randint(1, 9)}{rng.choice('JKLMNPR')}{rng.randint(1, 9)}"
    if country in ("AT", "CH", "BE"):
        return f"{rng.randint(1000, 9899)}"
    if country == "AR":
        return rng.choice(
            [f"C{rng.randint(1000, 1499)}{_alnum(rng, 3, UPPER)}", f"{rng.randint(1000, 9499)}"]
        )
    if country == "ES":
        return f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"
    return f"{rng.randint(1000, 97999):05d}"


def _plate(rng, country):
    L = lambda n, a=UPPER: _alnum(rng, n, a)  # noqa: E731
    D = lambda n: _alnum(rng, n, DIGITS)  # noqa: E731
    return {
        "ES": lambda: f"{D(4)} {L(3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "FR": lambda: f"{L(2)}-{D(3)}-{L(2)}",
        "DE": lambda: f"{rng.choice(['B', 'M', 'HH', 'K', 'F'])}-{L(2)} {rng.randint(1, 9999)}",
        "BR": lambda: f"{L(3)}{D(1)}{L(1)}{D(2)}",
        "PT": lambda: f"{L(2)}-{D(2)}-{L(2)}",
        "US": lambda: f"{D(1)}{L(3)}{D(3)}",
        "GB": lambda: f"{L(2)}{D(2)} {L(3)}",
        "MX": lambda: f"{L(3)}-{D(3)}-{L(1)}",
    }.get(country, lambda: f"{L(3)} {D(3)}")()


def must_keep_value(kind: str, rng: random.Random, country: str, lang: str) -> str:
    while True:
        v = _must_keep_raw(kind, rng, country, lang)
        d = "".join(c for c in v if c.isdigit())
        if kind in NO_FILTER or not 4 <= len(d) <= 11 or not looks_like_pii(d):
            return v


def _must_keep_raw(kind, rng, country, lang):
    D = lambda n: _digits(rng, n)  # noqa: E731
    if kind == "order_number":
        return rng.choice(
            [
                D(rng.randint(6, 10)),
                f"{rng.choice(['A', 'PED', 'BR', 'AMZ', 'WEB'])}-{D(7)}",
                f"{D(3)}-{D(7)}-{D(7)}",
                f"{rng.choice(['#', ''])}{D(8)}".lstrip("#"),
            ]
        )
    if kind == "tracking_number":
        return rng.choice(
            [
                f"1Z{_alnum(rng, 16)}",
                f"{L2(rng)}{D(9)}{rng.choice(['BR', 'PT', 'ES', 'FR', 'DE', 'US'])}",
                f"JJD{D(18)}",
                D(rng.choice([10, 11, 12, 14])),
            ]
        )
    if kind == "postal_code":
        return _postal(rng, country)
    if kind == "date":
        return _date(rng, country, lang)
    if kind == "time":
        h, m = rng.randint(7, 22), rng.choice([0, 5, 15, 20, 30, 45, 50])
        if country == "US":
            return rng.choice(
                [
                    f"{(h - 1) % 12 + 1}:{m:02d}pm" if h > 12 else f"{h}:{m:02d}am",
                    f"{(h - 1) % 12 + 1}:{m:02d}",
                ]
            )
        if lang == "fr":
            return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"])
        return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}h"])
    if kind == "price":
        return _price(rng, country)
    if kind in ("quantity", "count"):
        return str(rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 10, 12, 20]))
    if kind == "percentage":
        p = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5, 3.9])
        ps = str(p).replace(".", ",") if lang in ("es", "fr", "de", "pt") else str(p)
        return rng.choice([f"{ps}%", f"{ps} %"]) if lang in ("fr", "de") else f"{ps}%"
    if kind == "product_model":
        return rng.choice(
            [
                "iPhone 13",
                "iPhone 15 Pro",
                "Galaxy S23",
                "SM-A536B",
                "WH-1000XM4",
                "XPS 13",
                "ThinkPad T14",
                "Moto G84",
                "Redmi Note 12",
                "FRITZ!Box 7590",
                "Livebox 6",
                "PS5",
                "MacBook Air M2",
                "Pixel 8a",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(10, 18)}.{rng.randint(0, 6)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
            ]
        )
    if kind == "invoice_number":
        return rng.choice(
            [
                f"FAC-{rng.choice([2024, 2025])}-{D(5)}",
                f"INV-{D(6)}",
                D(rng.choice([7, 9])),
                f"F{D(8)}",
                f"RE{D(7)}",
            ]
        )
    if kind == "ticket_number":
        return rng.choice(
            [
                D(rng.choice([5, 6, 7])),
                f"CS-{D(6)}",
                f"INC{D(7)}",
                f"{_alnum(rng, 3, UPPER)}-{D(5)}",
            ]
        )
    if kind == "booking_reference":
        return _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "policy_number":
        return rng.choice(
            [
                f"POL-{D(7)}",
                f"{_alnum(rng, 2, UPPER)}{D(8)}",
                D(rng.choice([8, 10])),
                f"{D(3)}/{D(6)}",
            ]
        )
    if kind == "contract_number":
        return rng.choice(
            [
                f"CT-{rng.choice([2023, 2024, 2025])}-{D(4)}",
                f"{D(2)}-{D(6)}",
                D(rng.choice([7, 9])),
                f"VN{D(6)}",
            ]
        )
    if kind == "flight_number":
        return (
            rng.choice(
                ["IB", "UX", "LH", "AF", "TP", "LA", "AM", "BA", "UA", "VY", "FR", "LX", "OS"]
            )
            + rng.choice(["", " "])
            + str(rng.randint(100, 8999))
        )
    if kind == "store_number":
        return rng.choice([str(rng.randint(10, 999)), D(4)])
    if kind == "room_number":
        return str(rng.randint(101, 1299))
    if kind == "error_code":
        return rng.choice(
            [
                f"E{D(3)}",
                f"0x{_alnum(rng, 8, '0123456789ABCDEF')}",
                f"ERR-{D(4)}",
                rng.choice(["404", "500", "502", "403"]),
                f"{rng.choice(['DF', 'BR', 'PR'])}-{D(3)}",
                f"E-{D(2)}",
            ]
        )
    if kind == "data_size":
        return rng.choice(
            [
                f"{rng.choice([1, 2, 5, 10, 20, 50, 100])}GB",
                f"{rng.choice([1, 2, 5, 10, 20, 50])} GB",
                f"{rng.choice([100, 250, 500, 800])} MB",
                f"{rng.choice([1, 2])}TB",
            ]
        )
    if kind == "year":
        return str(rng.randint(1998, 2025))
    if kind == "meter_reading":
        return D(rng.choice([5, 6])) + rng.choice(["", ",5", ".2"])
    if kind == "plate_number":
        return _plate(rng, country)
    if kind == "seat_number":
        return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"
    if kind == "customer_reference":
        return rng.choice([f"CL-{D(6)}", f"{_alnum(rng, 3, UPPER)}{D(5)}"])
    if kind == "duration":
        return str(rng.choice([2, 3, 5, 10, 15, 20, 30, 45, 48]))
    if kind == "mileage":
        return rng.choice(
            [f"{rng.randint(5, 199)}.{rng.randint(0, 999):03d}", str(rng.randint(1000, 99000))]
        )
    raise ValueError(kind)


def L2(rng):
    return _alnum(rng, 2, UPPER)


MUST_KEEP_KINDS = [
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
    "customer_reference",
    "duration",
    "mileage",
]
