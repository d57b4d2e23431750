"""Synthetic values for every entity type, valid where the type has a check digit.

Each generator takes the conversation's `random.Random` and the customer's country and returns a
`Value`: the form a careful person would print (`plain`), the chunks a customer types in groups
(`groups`), and the bare characters the check digits are computed over (`compact`). Nothing here
is real personal data: card numbers use published test ranges, the rest is random.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from . import checksums as ck

UPPER = string.ascii_uppercase
DIG = string.digits


@dataclass(frozen=True)
class Value:
    type: str
    plain: str
    groups: tuple[str, ...]
    compact: str
    check: str = ""


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def _l(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _chunks(s: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    assert i == len(s), (s, sizes)
    return tuple(out)


# ---- cards -------------------------------------------------------------------------------

CARD_BINS = (
    ("411111", 16),
    ("411111", 16),
    ("400000", 16),
    ("424242", 16),
    ("401288", 16),
    ("555555", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("601111", 16),
    ("378282", 15),
    ("371449", 15),
)


def card(rng: random.Random, country: str) -> Value:
    prefix, length = rng.choice(CARD_BINS)
    body = prefix + _d(rng, length - len(prefix) - 1)
    number = body + ck.luhn_digit(body)
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    groups = _chunks(number, sizes)
    return Value("CREDIT_DEBIT_NUMBER", number, groups, number, "luhn")


def cvv(rng: random.Random, country: str, amex: bool = False) -> Value:
    v = _d(rng, 4 if amex else 3)
    return Value("CREDIT_DEBIT_CVV", v, (v,), v)


def pin(rng: random.Random, country: str) -> Value:
    v = _d(rng, rng.choice((4, 4, 4, 6)))
    return Value("PIN", v, (v,), v)


@dataclass(frozen=True)
class Expiry:
    month: int
    year: int  # four digits


def expiry(rng: random.Random) -> Expiry:
    return Expiry(rng.randint(1, 12), rng.randint(2027, 2032))


# ---- secrets -------------------------------------------------------------------------------

PASSWORD_WORDS = (
    "Girasol",
    "tigre",
    "Luna",
    "maracuja",
    "Schatz",
    "soleil",
    "Bolinha",
    "dragon",
    "Pepita",
    "chouchou",
    "Fussball",
    "azul",
    "Mariposa",
    "bacalhau",
    "Hamster",
    "corazon",
    "Ete",
    "Wolke",
    "saudade",
    "pinguino",
)


def password(rng: random.Random, country: str) -> Value:
    style = rng.randrange(4)
    if style == 0:
        v = rng.choice(PASSWORD_WORDS) + _d(rng, rng.choice((2, 4))) + rng.choice("!#$*.?")
    elif style == 1:
        v = _l(rng, rng.randint(10, 16), string.ascii_letters + DIG + "!#%&*-_")
    elif style == 2:
        v = (
            rng.choice(PASSWORD_WORDS).lower()
            + rng.choice("_-.")
            + rng.choice(PASSWORD_WORDS).lower()
            + _d(rng, 2)
        )
    else:
        v = rng.choice(PASSWORD_WORDS)[:4] + rng.choice("@$") + _d(rng, 3) + _l(rng, 3, "xyzqk")
    return Value("PASSWORD", v, (v,), v)


def url_password(rng: random.Random) -> Value:
    # characters that need no percent-encoding inside userinfo
    v = _l(rng, rng.randint(9, 14), string.ascii_letters + DIG + "-_.~!$*")
    return Value("PASSWORD", v, (v,), v)


def aws_access_key(rng: random.Random, country: str) -> Value:
    v = rng.choice(("AKIA", "AKIA", "ASIA")) + _l(rng, 16, UPPER + "234567")
    return Value("AWS_ACCESS_KEY", v, (v,), v)


def aws_secret_key(rng: random.Random, country: str) -> Value:
    v = _l(rng, 40, string.ascii_letters + DIG + "/+")
    return Value("AWS_SECRET_KEY", v, (v,), v)


# ---- bank --------------------------------------------------------------------------------


def iban(rng: random.Random, country: str) -> Value:
    if country in ("US", "MX"):
        country = rng.choice(("ES", "DE", "GB"))
    if country == "ES":
        bank, branch, acct = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        bban = bank + branch + ck.es_ccc_digits(bank, branch, acct) + acct
    elif country == "DE":
        bban = rng.choice("1234567") + _d(rng, 7) + _d(rng, 10)
    elif country == "FR":
        bank, branch, acct = _d(rng, 5), _d(rng, 5), _d(rng, 11)
        bban = bank + branch + acct + ck.fr_rib_key(bank, branch, acct)
    elif country == "PT":
        first = "00" + _d(rng, 2) + _d(rng, 4) + _d(rng, 11)
        bban = first + ck.pt_nib_check(first)
    elif country == "GB":
        bban = rng.choice(("NWBK", "BARC", "MIDL", "LOYD", "HBUK")) + _d(rng, 6) + _d(rng, 8)
    else:  # BR
        bban = _d(rng, 8) + _d(rng, 5) + _d(rng, 10) + rng.choice("CP") + rng.choice("12")
    v = country + ck.iban_check(country, bban) + bban
    groups = tuple(v[i : i + 4] for i in range(0, len(v), 4))
    return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", " ".join(groups), groups, v, "iban")


def bank_account(rng: random.Random, country: str) -> Value:
    t = "BANK_ACCOUNT_NUMBER"
    if country == "ES":
        bank, branch, acct = _d(rng, 4), _d(rng, 4), _d(rng, 10)
        cd = ck.es_ccc_digits(bank, branch, acct)
        groups = (bank, branch, cd, acct)
        return Value(t, " ".join(groups), groups, "".join(groups), "es_ccc")
    if country == "PT":
        first = "00" + _d(rng, 2) + _d(rng, 4) + _d(rng, 11)
        v = first + ck.pt_nib_check(first)
        groups = _chunks(v, (4, 4, 11, 2))
        return Value(t, " ".join(groups), groups, v, "pt_nib")
    if country == "BR":
        acct, dv = _d(rng, rng.choice((5, 6, 8))), rng.choice(DIG + "X")
        return Value(t, f"{acct}-{dv}", (acct, dv), acct + dv)
    if country == "DE":
        v = _d(rng, 10)
        return Value(t, v, _chunks(v, (4, 3, 3)), v)
    if country == "GB":
        v = _d(rng, 8)
        return Value(t, v, _chunks(v, (4, 4)), v)
    if country == "FR":
        v = _d(rng, 11)
        return Value(t, v, _chunks(v, (3, 4, 4)), v)
    v = rng.choice("123456789") + _d(rng, rng.choice((9, 10, 11)))
    sizes = {10: (3, 3, 4), 11: (3, 4, 4), 12: (4, 4, 4)}[len(v)]
    return Value(t, v, _chunks(v, sizes), v)


def routing(rng: random.Random, country: str) -> Value:
    t = "BANK_ROUTING"
    if country == "GB":
        v = _d(rng, 6)
        groups = _chunks(v, (2, 2, 2))
        return Value(t, "-".join(groups), groups, v)
    if country == "DE":
        v = rng.choice("1234567") + _d(rng, 7)
        groups = _chunks(v, (3, 3, 2))
        return Value(t, " ".join(groups), groups, v)
    if country == "BR":
        v = _d(rng, 4)
        return Value(t, v, (v,), v)
    first = rng.choice(
        (
            "01",
            "02",
            "03",
            "04",
            "05",
            "06",
            "07",
            "08",
            "09",
            "11",
            "12",
            "21",
            "22",
            "26",
            "31",
            "32",
        )
    ) + _d(rng, 6)
    v = first + ck.aba_digit(first)
    return Value(t, v, _chunks(v, (3, 3, 3)), v, "aba")


SWIFT_BANKS = (
    "BKAU",
    "CRLY",
    "SANT",
    "BBVA",
    "COBA",
    "NATX",
    "ITAU",
    "CGDI",
    "BNPA",
    "HSBC",
    "BARC",
    "BCMX",
    "MILL",
    "DEUT",
)
SWIFT_LOC = {
    "US": "US",
    "GB": "GB",
    "ES": "ES",
    "MX": "MX",
    "FR": "FR",
    "DE": "DE",
    "BR": "BR",
    "PT": "PT",
}


def swift(rng: random.Random, country: str) -> Value:
    v = (
        rng.choice(SWIFT_BANKS)
        + SWIFT_LOC[country]
        + _l(rng, 1, UPPER + "23")
        + _l(rng, 1, UPPER + DIG)
    )
    if rng.random() < 0.45:
        v += rng.choice(("XXX", _d(rng, 3), _l(rng, 3)))
    return Value("SWIFT_CODE", v, (v,), v)


def clabe(rng: random.Random, country: str) -> Value:
    first = rng.choice(("002", "012", "014", "021", "030", "036", "044", "072", "127", "137")) + _d(
        rng, 14
    )
    v = first + ck.clabe_digit(first)
    groups = _chunks(v, (3, 3, 11, 1))
    return Value("MX_CLABE", v, groups, v, "clabe")


# ---- national ids ----------------------------------------------------------------------


def ssn(rng: random.Random, country: str) -> Value:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    v = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    groups = _chunks(v, (3, 2, 4))
    return Value("SSN", "-".join(groups), groups, v, "ssn")


def itin(rng: random.Random, country: str) -> Value:
    group = rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
    v = f"9{_d(rng, 2)}{group:02d}{_d(rng, 4)}"
    groups = _chunks(v, (3, 2, 4))
    return Value("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "-".join(groups), groups, v, "itin")


def nino(rng: random.Random, country: str) -> Value:
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in ck.NINO_BAD_PREFIX:
            break
    v = p + _d(rng, 6) + rng.choice("ABCD")
    groups = (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    return Value("UK_NATIONAL_INSURANCE_NUMBER", " ".join(groups), groups, v, "nino")


def dni(rng: random.Random, country: str) -> Value:
    n = rng.randint(10000000, 79999999)
    v = f"{n:08d}{ck.dni_letter(n)}"
    return Value("ES_DNI", v, (v[:2], v[2:5], v[5:8], v[8]), v, "dni")


def nie(rng: random.Random, country: str) -> Value:
    p = rng.choice("XXYZ")
    body = _d(rng, 7)
    v = p + body + ck.dni_letter(int(str("XYZ".index(p)) + body))
    return Value("ES_NIE", v, (v[0], v[1:8], v[8]), v, "nie")


CURP_STATES = (
    "AS",
    "BC",
    "CH",
    "CL",
    "DF",
    "GR",
    "GT",
    "JC",
    "MC",
    "MN",
    "NL",
    "OC",
    "PL",
    "QT",
    "SL",
    "SR",
    "VZ",
    "YN",
)
CONS = "BCDFGHJKLMNPRSTVZ"
VOW = "AEIOU"


# Four-letter name parts built from ordinary surnames and first names; random letters can spell
# one of the words RENAPO and SAT replace ("inconvenient words"), which validators reject.
MX_NAME_PARTS = (
    "GALM",
    "LOHJ",
    "HERA",
    "MAGL",
    "RACS",
    "TOPE",
    "SAFM",
    "VEMR",
    "CAGD",
    "JIMA",
    "NUGE",
    "ROSV",
    "DIPA",
    "FLOG",
    "MOCJ",
    "GURL",
    "AGTM",
    "PELR",
    "CERN",
    "VAZM",
    "SOLB",
    "RIGA",
    "OCHE",
    "BAMT",
)


def _mx_name_part(rng: random.Random, n: int) -> str:
    return rng.choice(MX_NAME_PARTS)[:n]


def _mx_birth(rng: random.Random) -> tuple[int, str]:
    year = rng.randint(1950, 2006)
    return year, f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def curp(rng: random.Random, country: str) -> Value:
    year, birth = _mx_birth(rng)
    first = (
        _mx_name_part(rng, 4)
        + birth
        + rng.choice("HM")
        + rng.choice(CURP_STATES)
        + _l(rng, 3, CONS)
        + (rng.choice(DIG) if year < 2000 else rng.choice("ABCDEF"))
    )
    v = first + ck.curp_digit(first)
    return Value("MX_CURP", v, (v,), v, "curp")


def rfc(rng: random.Random, country: str) -> Value:
    _, birth = _mx_birth(rng)
    first = (
        _mx_name_part(rng, 4)
        + birth
        + _l(rng, 2, UPPER.replace("O", "").replace("I", "") + "123456789")
    )
    v = first + ck.rfc_digit(first)
    return Value("MX_RFC", v, (v[:4], v[4:10], v[10:]), v, "rfc")


def cpf(rng: random.Random, country: str) -> Value:
    first = _d(rng, 9)
    v = first + ck.cpf_digits(first)
    groups = _chunks(v, (3, 3, 3, 2))
    return Value("BR_CPF", f"{groups[0]}.{groups[1]}.{groups[2]}-{groups[3]}", groups, v, "cpf")


def cnpj(rng: random.Random, country: str) -> Value:
    first = _d(rng, 8) + "0001"
    v = first + ck.cnpj_digits(first)
    g = _chunks(v, (2, 3, 3, 4, 2))
    return Value("BR_CNPJ", f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}", g, v, "cnpj")


def nir(rng: random.Random, country: str) -> Value:
    dept = rng.choice(
        ("75", "69", "13", "33", "59", "31", "44", "67", "06", "34", "92", "93", "94", "35")
    )
    first = (
        rng.choice("12")
        + f"{rng.randint(50, 99):02d}"
        + f"{rng.randint(1, 12):02d}"
        + dept
        + _d(rng, 3)
        + _d(rng, 3)
    )
    v = first + ck.nir_key(first)
    groups = _chunks(v, (1, 2, 2, 2, 3, 3, 2))
    return Value("FR_NIR", " ".join(groups), groups, v, "nir")


def steuer_id(rng: random.Random, country: str) -> Value:
    while True:
        digits = list(DIG)
        rng.shuffle(digits)
        twice = rng.random() < 0.7
        if twice:
            ten = [*digits[:9], digits[rng.randrange(9)]]
        else:
            pick = digits[rng.randrange(8)]
            ten = [*digits[:8], pick, pick]
        rng.shuffle(ten)
        first = "".join(ten)
        if first[0] != "0" and ck.steuer_id_repetition_ok(first):
            break
    v = first + ck.steuer_id_digit(first)
    groups = _chunks(v, (2, 3, 3, 3))
    return Value("DE_TAX_ID", " ".join(groups), groups, v, "steuer_id")


def nif(rng: random.Random, country: str) -> Value:
    first = rng.choice("123") + _d(rng, 7)
    v = first + ck.nif_digit(first)
    groups = _chunks(v, (3, 3, 3))
    return Value("PT_NIF", v, groups, v, "nif")


def passport(rng: random.Random, country: str) -> Value:
    if country == "ES":
        v = rng.choice(("PA", "PB", "AA", "XD")) + _l(rng, 1) + _d(rng, 6)
    elif country == "FR":
        v = _d(rng, 2) + _l(rng, 2) + _d(rng, 5)
    elif country == "DE":
        v = rng.choice("CFGHJK") + _l(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    elif country == "BR":
        v = _l(rng, 2) + _d(rng, 6)
    elif country == "PT":
        v = rng.choice("CNP") + _d(rng, 6)
    elif country == "MX":
        v = rng.choice("GNP") + _d(rng, 8)
    elif country == "GB":
        v = rng.choice("15") + _d(rng, 8)
    else:
        v = rng.choice(("A", "C", rng.choice("56"))) + _d(rng, 8)
    return Value("PASSPORT_NUMBER", v, (v,), v)


def driver_id(rng: random.Random, country: str) -> Value:
    if country == "US":
        v = rng.choice(UPPER) + _d(rng, 7)
    elif country == "GB":
        v = _l(rng, 5) + _d(rng, 6) + _l(rng, 2) + _d(rng, 1) + _l(rng, 2)
    elif country == "ES":
        n = rng.randint(10000000, 79999999)
        v = f"{n:08d}{ck.dni_letter(n)}"
    elif country == "FR":
        v = _d(rng, 12)
    elif country == "DE":
        v = rng.choice("BFJN") + _d(rng, 3) + _l(rng, 1, UPPER + DIG) + _d(rng, 5) + _d(rng, 1)
    elif country == "BR":
        v = _d(rng, 11)
    elif country == "PT":
        v = rng.choice(("L-", "P-", "C-")) + _d(rng, 6) + " " + _d(rng, 1)
    else:  # MX
        v = rng.choice(UPPER) + _d(rng, 8)
    return Value("DRIVER_ID", v, (v,), v)


# ---- contact and network -----------------------------------------------------------------

FIRST = (
    "maria",
    "jose",
    "ana",
    "luis",
    "carmen",
    "pedro",
    "sofia",
    "lucas",
    "camille",
    "julien",
    "lea",
    "jonas",
    "lena",
    "felix",
    "mia",
    "joao",
    "beatriz",
    "rafael",
    "ines",
    "tiago",
    "emily",
    "jack",
    "olivia",
    "harry",
    "ashley",
    "tyler",
    "guadalupe",
    "ximena",
    "thiago",
    "manon",
    "hugo",
    "noah",
)
LAST = (
    "garcia",
    "lopez",
    "martinez",
    "ramirez",
    "dubois",
    "moreau",
    "lefebvre",
    "schmidt",
    "mueller",
    "weber",
    "silva",
    "santos",
    "oliveira",
    "ferreira",
    "costa",
    "smith",
    "jones",
    "taylor",
    "brown",
    "hernandez",
    "petit",
    "becker",
    "pereira",
    "walker",
)
DOMAINS = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"),
    "GB": ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"),
    "ES": ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"),
    "MX": ("gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"),
    "FR": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr"),
    "DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de"),
    "BR": ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com"),
    "PT": ("gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"),
}


@dataclass(frozen=True)
class Email:
    local: str
    domain: str

    @property
    def plain(self) -> str:
        return f"{self.local}@{self.domain}"


def email(rng: random.Random, country: str) -> Email:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        (
            f"{f}.{last}",
            f"{f}{last}{_d(rng, 2)}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{last}.{f}{_d(rng, 4)}",
            f"{f}{_d(rng, 3)}",
        )
    )
    return Email(local, rng.choice(DOMAINS[country]))


def phone(rng: random.Random, country: str, international: bool | None = None) -> Value:
    """Mobile numbers in the national plan of the country; the first group may hold the prefix."""
    intl = rng.random() < 0.5 if international is None else international
    t = "PHONE"
    if country == "ES":
        sub = rng.choice("67") + _d(rng, 8)
        g = _chunks(sub, (3, 3, 3)) if rng.random() < 0.7 else _chunks(sub, (3, 2, 2, 2))
        pre: tuple[str, ...] = ("+34",) if intl else ()
    elif country == "MX":
        area = rng.choice(("55", "33", "81", "222", "998"))
        sub = area + _d(rng, 10 - len(area))
        g = _chunks(sub, (2, 4, 4)) if len(area) == 2 else _chunks(sub, (3, 3, 4))
        pre = (rng.choice(("+52", "+52 1")),) if intl else ()
    elif country == "FR":
        sub = rng.choice("67") + _d(rng, 8)
        g = _chunks(sub, (1, 2, 2, 2, 2))
        if not intl:
            g = ("0" + g[0], *g[1:])
        pre = ("+33",) if intl else ()
    elif country == "DE":
        net = rng.choice(
            ("151", "152", "157", "160", "162", "170", "171", "172", "173", "176", "177", "179")
        )
        sub = net + _d(rng, 8 if net[:2] in ("15", "17") else 7)
        g = (sub[:3], sub[3:]) if rng.random() < 0.6 else (sub[:3], sub[3:7], sub[7:])
        if not intl:
            g = ("0" + g[0], *g[1:])
        pre = ("+49",) if intl else ()
    elif country == "BR":
        ddd = rng.choice(("11", "21", "31", "41", "51", "61", "71", "81", "85", "19"))
        g = (ddd, "9" + _d(rng, 4), _d(rng, 4))
        pre = ("+55",) if intl else ()
    elif country == "PT":
        sub = "9" + rng.choice("1236") + _d(rng, 7)
        g = _chunks(sub, (3, 3, 3))
        pre = ("+351",) if intl else ()
    elif country == "GB":
        sub = (
            "7700900" + _d(rng, 3) if rng.random() < 0.5 else "7" + rng.choice("45789") + _d(rng, 8)
        )
        g = (sub[:4], sub[4:])
        if not intl:
            g = ("0" + g[0], *g[1:])
        pre = ("+44",) if intl else ()
    else:  # US
        area = rng.choice("23456789") + _d(rng, 1) + rng.choice("023456789")
        exch = "555" if rng.random() < 0.4 else rng.choice("23456789") + _d(rng, 2)
        line = "01" + _d(rng, 2) if exch == "555" else _d(rng, 4)
        g = (area, exch, line)
        pre = ("+1",) if intl else ()
    groups = pre + g
    compact = "".join(groups).replace(" ", "")
    return Value(t, _phone_print(country, groups, intl), groups, compact)


def _phone_print(country: str, groups: tuple[str, ...], intl: bool) -> str:
    if country == "US":
        a, b, c = groups[-3:]
        return f"+1 ({a}) {b}-{c}" if intl else f"({a}) {b}-{c}"
    if country == "BR":
        a, b, c = groups[-3:]
        return f"+55 {a} {b}-{c}" if intl else f"({a}) {b}-{c}"
    if country == "MX" and not intl:
        return " ".join(groups)
    return " ".join(groups)


def ipv4(rng: random.Random, country: str) -> Value:
    base = rng.choice(
        (
            "192.0.2",
            "198.51.100",
            "203.0.113",
            "10.0." + str(rng.randint(0, 40)),
            "192.168." + str(rng.randint(0, 20)),
            "172.16." + str(rng.randint(0, 31)),
        )
    )
    v = f"{base}.{rng.randint(2, 254)}"
    return Value("IP_ADDRESS", v, (v,), v)


def ipv6(rng: random.Random, country: str) -> Value:
    v = (
        "2001:db8:"
        + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3))))
        + "::"
        + f"{rng.randint(1, 0xFFF):x}"
    )
    return Value("IP_ADDRESS", v, (v,), v)


def mac(rng: random.Random, country: str) -> Value:
    octets = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    octets[0] = f"{int(octets[0], 16) & 0xFC:02x}"
    style = rng.randrange(4)
    if style == 0:
        v = ":".join(octets).upper()
    elif style == 1:
        v = ":".join(octets)
    elif style == 2:
        v = "-".join(octets).upper()
    else:
        h = "".join(octets)
        v = f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return Value("MAC_ADDRESS", v, (v,), v)
