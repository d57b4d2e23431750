"""Draw synthetic PII values and must-keep numbers, each validated with its published check rule.

Every drawer takes a ``random.Random`` seeded from strings by the generator, so the corpus is
reproducible and independent of PYTHONHASHSEED.
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn, mac
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

LOCALES = {
    "en": ["en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"],
    "es": ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT", "pt-AO"],
}
ALL_REGIONS = sorted({loc.split("-")[1] for locs in LOCALES.values() for loc in locs})

D = string.digits
U = string.ascii_uppercase


def digits(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1))


# ---------------------------------------------------------------- cards
_BINS = [
    ("411111", 16),
    ("424242", 16),
    ("400005", 16),
    ("401288", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("520082", 16),
    ("378282", 15),
    ("371449", 15),
    ("601111", 16),
    ("353011", 16),
    ("305693", 14),
]


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(_BINS)
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    luhn.validate(number)
    return number


def card_groups(number: str) -> list[str]:
    if len(number) == 15:
        return [number[:4], number[4:10], number[10:]]
    if len(number) == 14:
        return [number[:4], number[4:10], number[10:]]
    return [number[i : i + 4] for i in range(0, len(number), 4)]


def cvv(rng: random.Random, amex: bool = False) -> str:
    return digits(rng, 4 if amex else 3)


def pin(rng: random.Random) -> str:
    return digits(rng, rng.choice([4, 4, 4, 6]))


# ---------------------------------------------------------------- US / UK identifiers
def us_ssn(rng: random.Random) -> str:
    while True:
        value = digits(rng, 3, "12345678") + digits(rng, 2) + digits(rng, 4)
        if ssn.is_valid(value) and not value.startswith("666"):
            return value


def us_itin(rng: random.Random) -> str:
    while True:
        value = "9" + digits(rng, 2) + rng.choice(["7", "8"]) + digits(rng, 1) + digits(rng, 4)
        if itin.is_valid(value):
            return value


def us_aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"])
        body += digits(rng, 6)
        value = body + rtn.calc_check_digit(body)
        if rtn.is_valid(value):
            return value


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_nino(rng: random.Random) -> str:
    # HMRC rules: first letter not D F I Q U V, second not D F I O Q U V, some pairs never issued.
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in _NINO_BAD:
            return prefix + digits(rng, 6) + rng.choice("ABCD")


# ---------------------------------------------------------------- Spain / Mexico
def es_dni(rng: random.Random) -> str:
    body = digits(rng, 8, "1234567")
    value = body + dni.calc_check_digit(body)
    dni.validate(value)
    return value


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    value = body + nie.calc_check_digit(body)
    nie.validate(value)
    return value


_CONS = "BCDFGHJKLMNPQRSTVWXZ"
_VOW = "AEIOU"
_MX_STATES = [
    "AS",
    "BC",
    "CL",
    "CS",
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
    "VZ",
    "YN",
]


def _mx_date(rng: random.Random) -> str:
    return f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def mx_curp(rng: random.Random) -> str:
    while True:
        stem = rng.choice(U) + rng.choice(_VOW) + rng.choice(U) + rng.choice(U)
        body = stem + _mx_date(rng) + rng.choice("HM") + rng.choice(_MX_STATES)
        body += "".join(rng.choice(_CONS) for _ in range(3)) + rng.choice(D)
        value = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(value):
            return value


def mx_rfc(rng: random.Random) -> str:
    while True:
        stem = rng.choice(U) + rng.choice(_VOW) + rng.choice(U) + rng.choice(U)
        body = stem + _mx_date(rng) + rng.choice(U + D) + rng.choice(U + D)
        value = body + rfc.calc_check_digit(body + "0")
        if rfc_valid(value):
            return value


def rfc_valid(value: str) -> bool:
    """RFC with its check digit verified (stdnum only checks the digit when asked to)."""
    try:
        rfc.validate(value, validate_check_digits=True)
    except rfc.ValidationError:
        return False
    return True


def clabe_check(body17: str) -> str:
    weights = [3, 7, 1] * 6
    total = sum(int(d) * weights[i] % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def is_clabe(value: str) -> bool:
    return len(value) == 18 and value.isdigit() and clabe_check(value[:17]) == value[17]


def mx_clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072"]) + digits(rng, 14)
    return body + clabe_check(body)


# ---------------------------------------------------------------- BR / FR / DE / PT
def br_cpf(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        value = body + cpf._calc_check_digits(body)
        if cpf.is_valid(value) and len(set(body)) > 1:
            return value


def br_cnpj(rng: random.Random) -> str:
    body = digits(rng, 8, "123456789") + "0001"
    value = body + cnpj.calc_check_digits(body)
    cnpj.validate(value)
    return value


def fr_nir(rng: random.Random) -> str:
    while True:
        dept = f"{rng.choice([13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94]):02d}"
        body = rng.choice("12") + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        body += dept + digits(rng, 3) + digits(rng, 3)
        value = body + nir.calc_check_digits(body)
        if nir.is_valid(value):
            return value


def de_idnr(rng: random.Random) -> str:
    while True:
        first10 = digits(rng, 10, "123456789")
        product = 10
        for d in first10:
            total = (int(d) + product) % 10 or 10
            product = (total * 2) % 11
        value = first10 + str((11 - product) % 10)
        if idnr.is_valid(value):
            return value


def pt_nif(rng: random.Random) -> str:
    body = digits(rng, 8, "123")
    value = body + nif.calc_check_digit(body)
    nif.validate(value)
    return value


def br_cnh(rng: random.Random) -> str:
    # CNH (Brazilian driving licence): 9 digits + two mod-11 check digits.
    body = digits(rng, 9, "0123456")
    s1 = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=False))
    d1 = s1 % 11
    d1 = 0 if d1 >= 10 else d1
    s2 = sum(int(d) * w for d, w in zip(body, range(1, 10), strict=False))
    d2 = s2 % 11
    d2 = 0 if d2 >= 10 else d2
    return body + str(d1) + str(d2)


# ---------------------------------------------------------------- IBAN / banks
def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def _make_iban(country: str, bban: str) -> str:
    check = 98 - _mod97(bban + country + "00")
    value = f"{country}{check:02d}{bban}"
    iban.validate(value)
    return value


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


_IT_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def _it_cin(bban: str) -> str:
    total = 0
    for i, ch in enumerate(bban):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def iban_for(rng: random.Random, country: str) -> str:
    if country == "ES":
        bank, branch, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)
        dc = ccc.calc_check_digits(bank + branch + "00" + account)
        return _make_iban("ES", bank + branch + dc + account)
    if country == "FR":
        bank, branch, account = digits(rng, 5, "123"), digits(rng, 5), digits(rng, 11)
        return _make_iban("FR", bank + branch + account + _fr_rib_key(bank, branch, account))
    if country == "PT":
        body = digits(rng, 4) + digits(rng, 4) + digits(rng, 11)
        return _make_iban("PT", body + "{:02d}".format(98 - int(body + "00") % 97))
    if country == "BE":
        # stdnum checks the bank code against the Belgian registry, so draw until one is known.
        for _ in range(200):
            first = rng.choice(
                ["001", "063", "068", "310", "340", "363", "735", "737", "751"]
            ) + digits(rng, 7)
            candidate = "BE00" + first + f"{int(first) % 97 or 97:02d}"
            candidate = "BE{:02d}".format(98 - _mod97(candidate[4:] + "BE00")) + candidate[4:]
            if iban.is_valid(candidate):
                return candidate
        raise RuntimeError("BE")
    if country == "IT":
        rest = digits(rng, 5) + digits(rng, 5) + digits(rng, 12)
        return _make_iban("IT", _it_cin(rest) + rest)
    if country == "DE":
        return _make_iban("DE", de_blz(rng) + digits(rng, 10))
    if country == "AT":
        return _make_iban("AT", digits(rng, 5, "123456") + digits(rng, 11))
    if country == "CH":
        return _make_iban("CH", "00" + digits(rng, 3) + digits(rng, 12))
    if country == "GB":
        return _make_iban(
            "GB", rng.choice(["NWBK", "MIDL", "BUKB", "LOYD"]) + digits(rng, 6) + digits(rng, 8)
        )
    if country == "IE":
        return _make_iban("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 6) + digits(rng, 8))
    if country == "BR":
        body = digits(rng, 8) + digits(rng, 5) + digits(rng, 10)
        return _make_iban("BR", body + rng.choice("PC") + rng.choice("123"))
    raise ValueError(country)


def de_blz(rng: random.Random) -> str:
    return digits(rng, 1, "123456789") + digits(rng, 7)


def bic_code(rng: random.Random, country: str) -> str:
    country = {"AO": "AO"}.get(country, country)
    value = "".join(rng.choice(U) for _ in range(4)) + country + rng.choice(U) + rng.choice(U + D)
    if rng.random() < 0.4:
        value += rng.choice(["XXX", "".join(rng.choice(U + D) for _ in range(3))])
    bic.validate(value)
    return value


# ---------------------------------------------------------------- phones
_FICTION = {
    "US": ["202555", "312555", "415555", "646555", "213555", "305555"],
    "CA": ["416555", "514555", "604555", "613555"],
}
_UK_DRAMA = ["2079460", "1134960", "1614960", "1174960", "1314960", "2920180", "1214960"]


def phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    """A number valid for ``region``: fiction ranges where they exist, else a validated draw."""
    for _ in range(500):
        if region in _FICTION:
            national = rng.choice(_FICTION[region]) + "01" + digits(rng, 2)
        elif region == "GB":
            national = rng.choice(_UK_DRAMA)
            national += digits(rng, 10 - len(national))
        else:
            kind = rng.choice(
                [phonenumbers.PhoneNumberType.MOBILE] * 3
                + [phonenumbers.PhoneNumberType.FIXED_LINE]
            )
            example = str(phonenumbers.example_number_for_type(region, kind).national_number)
            keep = max(2, len(example) - 7)
            national = example[:keep] + digits(rng, len(example) - keep)
        number = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{national}")
        if (
            phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) == region
        ):
            return number
    raise RuntimeError(region)


def is_phone_like(digit_run: str) -> bool:
    if len(digit_run) < 9:
        return False
    for region in ALL_REGIONS:
        for candidate in (digit_run, "+" + digit_run):
            try:
                number = phonenumbers.parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                return True
    return False


# ---------------------------------------------------------------- network / secrets / misc
def ip_address(rng: random.Random) -> str:
    choice = rng.randrange(6)
    if choice == 0:
        return f"192.0.2.{rng.randint(1, 254)}"
    if choice == 1:
        return f"198.51.100.{rng.randint(1, 254)}"
    if choice == 2:
        return f"203.0.113.{rng.randint(1, 254)}"
    if choice == 3:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if choice == 4:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return (
        f"2001:db8:{rng.randint(1, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    )


def mac_address(rng: random.Random) -> str:
    octets = [rng.randint(0, 255) for _ in range(6)]
    octets[0] = (octets[0] & 0xFC) | 0x02  # locally administered, unicast
    sep = rng.choice([":", ":", "-"])
    text = sep.join(f"{o:02x}" for o in octets)
    text = text.upper() if rng.random() < 0.5 else text
    mac.validate(text)
    return text


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B64 = string.ascii_letters + string.digits + "+/"


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(_B32) for _ in range(16))


def aws_secret_key(rng: random.Random) -> str:
    return "".join(rng.choice(_B64) for _ in range(40))


_WORDS = [
    "sol",
    "luna",
    "gato",
    "tigre",
    "blue",
    "river",
    "soleil",
    "maison",
    "Sonne",
    "Hund",
    "praia",
    "casa",
    "dragon",
    "pizza",
    "mango",
    "nieve",
    "kiwi",
    "falcon",
    "oceano",
    "berg",
]
_SYMBOLS = "!#$%&*?._-"


def password(rng: random.Random, url_safe: bool = False) -> str:
    style = rng.randrange(4)
    if style == 0:
        value = (
            rng.choice(_WORDS).capitalize()
            + digits(rng, rng.choice([2, 3, 4]))
            + rng.choice(_SYMBOLS)
        )
    elif style == 1:
        value = (
            rng.choice(_WORDS) + rng.choice(_SYMBOLS) + rng.choice(_WORDS).upper() + digits(rng, 2)
        )
    elif style == 2:
        value = "".join(
            rng.choice(string.ascii_letters + D + "!$%*") for _ in range(rng.randint(10, 16))
        )
    else:
        word = rng.choice(_WORDS).lower()
        value = (
            word.replace("a", "4").replace("o", "0").replace("e", "3")
            + rng.choice(_SYMBOLS)
            + digits(rng, 2)
        )
    if url_safe:
        value = "".join(c for c in value if c.isalnum() or c in "._-!*") or "x" + digits(rng, 3)
    if not any(c.isalpha() for c in value):
        value = "k" + value
    return value


_FIRST = [
    "ana",
    "maria",
    "joao",
    "lucas",
    "sofia",
    "pierre",
    "claire",
    "jonas",
    "lena",
    "james",
    "emma",
    "carlos",
    "lucia",
    "diego",
    "camila",
    "theo",
    "chloe",
    "felix",
    "mia",
    "rafael",
    "beatriz",
    "tom",
    "priya",
    "liam",
    "aoife",
    "sipho",
    "nicolas",
    "juliette",
    "matheus",
    "ines",
]
_LAST = [
    "garcia",
    "silva",
    "martin",
    "muller",
    "schmidt",
    "dubois",
    "lefevre",
    "santos",
    "oliveira",
    "lopez",
    "rodriguez",
    "smith",
    "murphy",
    "kelly",
    "patel",
    "nguyen",
    "costa",
    "ferreira",
    "weber",
    "fernandez",
    "moreau",
    "becker",
    "pereira",
    "walsh",
    "naidoo",
]
_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.org",
    "test",
    "shop.test",
    "empresa.example.net",
]


def email(rng: random.Random) -> tuple[str, str]:
    """Return (local part, domain) so renderers can spell the at and the dots."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    style = rng.randrange(5)
    if style == 0:
        local = first + "." + last
    elif style == 1:
        local = first + last + digits(rng, 2)
    elif style == 2:
        local = first[0] + last
    elif style == 3:
        local = first + "_" + last[:3] + digits(rng, rng.choice([1, 2, 4]))
    else:
        local = first + "." + last + digits(rng, 2)
    domain = rng.choice(_DOMAINS)
    return local, domain


def username(rng: random.Random) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    style = rng.randrange(4)
    if style == 0:
        return first + "_" + last + digits(rng, 2)
    if style == 1:
        return first[0] + last + digits(rng, 3)
    if style == 2:
        return last + "." + first + digits(rng, 2)
    return first.capitalize() + last.capitalize() + digits(rng, 4)


def passport(rng: random.Random, country: str) -> str:
    if country in ("US",):
        return digits(rng, 9, "5")
    if country in ("GB", "IE", "AU", "NZ", "ZA", "CA", "IN"):
        return rng.choice([digits(rng, 9, "1256"), rng.choice(U) + digits(rng, 8)])
    if country == "ES":
        return rng.choice(["PA", "PB", "XD", "AA"]) + rng.choice(U) + digits(rng, 6)
    if country in ("FR", "BE"):
        return digits(rng, 2) + rng.choice(U) + rng.choice(U) + digits(rng, 5)
    if country in ("DE", "AT", "CH"):
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ" + "0123456789") for _ in range(8)
        )
    if country == "BR":
        return rng.choice(["FZ", "GA", "FX", "YB"]) + digits(rng, 6)
    if country in ("PT", "AO"):
        return rng.choice("CNP") + digits(rng, 6)
    if country == "MX":
        return rng.choice(U) + digits(rng, 8)
    return rng.choice(U) + rng.choice(U) + digits(rng, 7)


def driver_id(rng: random.Random, country: str) -> str:
    if country == "US":
        return rng.choice(
            [
                rng.choice(U) + digits(rng, 7),
                rng.choice(U) + digits(rng, 12),
                digits(rng, 9, "1234"),
            ]
        )
    if country == "GB":
        surname = rng.choice(["MORGA", "SMITH", "JONES", "WALSH", "PATEL"])
        return (
            surname
            + digits(rng, 6)
            + rng.choice(U)
            + rng.choice(U)
            + digits(rng, 1)
            + rng.choice(U)
            + rng.choice(U)
        )
    if country == "BR":
        return br_cnh(rng)
    if country == "ES":
        return es_dni(rng)
    if country == "FR":
        return digits(rng, 12)
    if country in ("DE", "AT", "CH"):
        return (
            rng.choice("BFJN")
            + digits(rng, 3)
            + "".join(rng.choice(U + D) for _ in range(6))
            + digits(rng, 1)
        )
    if country == "MX":
        return rng.choice(U) + digits(rng, 8)
    return rng.choice(U) + digits(rng, 7)


def bank_account(rng: random.Random, country: str) -> str:
    if country in ("US", "CA"):
        return digits(rng, rng.choice([8, 9, 10, 12]), "123456789")
    if country in ("GB", "IE", "AU", "NZ", "ZA", "IN"):
        return digits(rng, 8, "123456789")
    if country in ("DE", "AT", "CH"):
        return digits(rng, 10, "0123456789")
    if country == "BR":
        return digits(rng, rng.choice([5, 6, 8]), "123456789") + "-" + digits(rng, 1)
    if country == "MX":
        return digits(rng, 10, "123456789")
    if country in ("ES", "AR", "CO", "CL"):
        return digits(rng, rng.choice([10, 11]), "123456789")
    return digits(rng, 11)


def bank_routing(rng: random.Random, country: str) -> str:
    if country in ("US",):
        return us_aba(rng)
    if country in ("GB", "IE"):
        return "-".join(digits(rng, 2) for _ in range(3))
    if country in ("DE", "AT", "CH"):
        return de_blz(rng) if country == "DE" else digits(rng, 5, "123456")
    if country == "BR":
        return digits(rng, 4, "123456789")
    if country == "CA":
        return digits(rng, 5) + "-" + digits(rng, 3, "0")
    if country in ("AU",):
        return digits(rng, 3) + "-" + digits(rng, 3)
    return digits(rng, 4, "123456789")


# ---------------------------------------------------------------- hard negatives (must_keep)
def passes_identifier_check(text: str) -> bool:
    """True when the digits of ``text``, as one run or all together, pass an identifier check."""
    runs = []
    current = ""
    for ch in text:
        if ch.isdigit():
            current += ch
        elif current:
            runs.append(current)
            current = ""
    if current:
        runs.append(current)
    candidates = set(runs)
    candidates.add("".join(runs))
    for c in candidates:
        if not c:
            continue
        n = len(c)
        if 12 <= n <= 19 and luhn.is_valid(c):
            return True
        if n == 9 and (ssn.is_valid(c) or rtn.is_valid(c) or nif.is_valid(c)):
            return True
        if n == 11 and (cpf.is_valid(c) or idnr.is_valid(c)):
            return True
        if n == 14 and cnpj.is_valid(c):
            return True
        if n == 15 and nir.is_valid(c):
            return True
        if n == 18 and is_clabe(c):
            return True
        if n <= 15 and is_phone_like(c):
            return True
    return bool(dni.is_valid(text) or iban.is_valid(text))
