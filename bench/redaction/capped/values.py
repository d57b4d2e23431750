"""Draw synthetic PII values and hard negatives, and validate them.

Every value is random; national identifiers and bank numbers are drawn until python-stdnum accepts
them, phone numbers until `phonenumbers` calls them valid. Hard negatives that are only digits are
drawn until they fail every checksum a detector could use (Luhn, ABA, CPF, CNPJ, NIF, NIR,
Steuer-IdNr, CLABE, SSN, phone).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from random import Random

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

UPPER = string.ascii_uppercase
DIG = string.digits

# Locale -> (phone regions, IBAN countries, routing kind, passport country, driver-id country)
LOCALES = {
    "en-US": (["US"], ["GB", "DE", "ES"], "aba", "US", "US"),
    "en-GB": (["GB"], ["GB", "IE", "FR"], "sort", "GB", "GB"),
    "en-IE": (["GB", "US"], ["IE", "GB"], "sort", "GB", "GB"),
    "es-ES": (["ES"], ["ES"], "blz", "ES", "ES"),
    "es-MX": (["MX"], ["ES", "DE"], "aba", "MX", "MX"),
    "es-US": (["US", "MX"], ["ES"], "aba", "US", "US"),
    "es-AR": (["ES", "MX"], ["ES", "IT"], "aba", "ES", "MX"),
    "fr-FR": (["FR"], ["FR"], "blz", "FR", "FR"),
    "fr-CA": (["US", "FR"], ["FR", "BE"], "aba", "FR", "US"),
    "fr-BE": (["FR"], ["BE", "FR"], "blz", "FR", "FR"),
    "de-DE": (["DE"], ["DE"], "blz", "DE", "DE"),
    "de-AT": (["DE"], ["AT", "DE"], "blz", "DE", "DE"),
    "de-CH": (["DE"], ["CH", "DE"], "blz", "DE", "DE"),
    "pt-BR": (["BR"], ["BR", "PT"], "agencia", "BR", "BR"),
    "pt-PT": (["PT"], ["PT"], "blz", "PT", "PT"),
}
LANG_LOCALES = {
    "en": ["en-US", "en-US", "en-GB", "en-IE"],
    "es": ["es-ES", "es-MX", "es-MX", "es-US", "es-AR"],
    "fr": ["fr-FR", "fr-FR", "fr-CA", "fr-BE"],
    "de": ["de-DE", "de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-BR", "pt-PT"],
}

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


@dataclass
class Value:
    type: str
    canon: str  # compact form, e.g. digits only, or MMYY for an expiry
    groups: list[str] = field(default_factory=list)  # natural groups for spaced renderings
    display: str = ""  # the plain way people write it
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.groups:
            self.groups = [self.canon]
        if not self.display:
            self.display = self.canon


def digits(rng: Random, n: int, first: str = DIG) -> str:
    return rng.choice(first) + "".join(rng.choice(DIG) for _ in range(n - 1))


def chunk(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def even_chunks(s: str, size: int) -> list[str]:
    return [s[i : i + size] for i in range(0, len(s), size)]


# ----------------------------------------------------------------------------------------- cards
def card(rng: Random, loc: str) -> Value:
    b = rng.choice(CARD_BINS)
    n = 15 if b.startswith("37") else 16
    while True:
        body = b + digits(rng, n - len(b) - 1)
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            break
    groups = chunk(num, [4, 6, 5]) if n == 15 else even_chunks(num, 4)
    return Value("CREDIT_DEBIT_NUMBER", num, groups, extra={"amex": n == 15})


def cvv(rng: Random, loc: str) -> Value:
    v = digits(rng, rng.choice([3, 3, 3, 4]))
    return Value("CREDIT_DEBIT_CVV", v)


def expiry(rng: Random, loc: str) -> Value:
    mm = rng.randint(1, 12)
    yy = rng.randint(26, 33)
    return Value("CREDIT_DEBIT_EXPIRY", f"{mm:02d}{yy:02d}", extra={"mm": mm, "yy": yy})


def pin(rng: Random, loc: str) -> Value:
    return Value("PIN", digits(rng, rng.choice([4, 4, 4, 6])))


# ------------------------------------------------------------------------------------------ bank
def account(rng: Random, loc: str) -> Value:
    n = {"en-GB": 8, "en-IE": 8, "pt-BR": 7, "de-DE": 10}.get(loc, rng.choice([8, 9, 10, 11, 12]))
    v = digits(rng, n, "123456789")
    if loc == "pt-BR":
        v = v + str(rng.randint(0, 9))
        return Value("BANK_ACCOUNT_NUMBER", v, [v[:4], v[4:7], v[7:]], display=v[:-1] + "-" + v[-1])
    return Value("BANK_ACCOUNT_NUMBER", v, even_chunks(v, 4 if n % 4 != 1 else 3))


def routing(rng: Random, loc: str) -> Value:
    kind = LOCALES[loc][2]
    if kind == "aba":
        while True:
            body = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
            for c in DIG:
                if rtn.is_valid(body + c):
                    v = body + c
                    return Value("BANK_ROUTING", v, [v[:4], v[4:8], v[8:]], extra={"kind": kind})
    if kind == "sort":
        v = digits(rng, 6, "1234567890")
        return Value(
            "BANK_ROUTING",
            v,
            even_chunks(v, 2),
            display="-".join(even_chunks(v, 2)),
            extra={"kind": kind},
        )
    if kind == "blz":
        v = digits(rng, 8, "12345678")
        return Value("BANK_ROUTING", v, [v[:3], v[3:6], v[6:]], extra={"kind": kind})
    v = digits(rng, 4, "123456789")
    c = str(rng.randint(0, 9))
    return Value("BANK_ROUTING", v + c, [v, c], display=v + "-" + c, extra={"kind": kind})


IBAN_BBAN = {  # country: (length of BBAN, pattern: n digit, a upper, c alnum)
    "ES": "n" * 20,
    "DE": "n" * 18,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "PT": "n" * 21,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "BR": "n" * 23 + "a" + "c",
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "IT": "a" + "n" * 10 + "c" * 12,
}


def _fill(rng: Random, pat: str) -> str:
    pool = {"n": DIG, "a": UPPER, "c": UPPER + DIG}
    return "".join(rng.choice(pool[p]) for p in pat)


def iban_value(rng: Random, loc: str) -> Value:
    cc = rng.choice(LOCALES[loc][1] + ["ES", "DE", "FR", "PT", "GB", "BR"])
    for _ in range(20000):
        bban = _fill(rng, IBAN_BBAN[cc])
        if cc == "ES":
            bban = bban[:8] + ccc.calc_check_digits(bban[:8] + "00" + bban[10:]) + bban[10:]
        if cc == "BR":
            bban = bban[:-2] + "C" + rng.choice("12")
        num = cc + "00" + bban
        num = cc + iban.calc_check_digits(num) + bban
        if iban.is_valid(num):
            return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", num, even_chunks(num, 4))
    raise RuntimeError(f"could not draw an IBAN for {cc}")


def swift(rng: Random, loc: str) -> Value:
    cc = rng.choice(["ES", "DE", "FR", "PT", "GB", "BR", "MX", "US", "BE", "CH", "AT"])
    while True:
        v = _fill(rng, "aaaa") + cc + _fill(rng, "cc") + rng.choice(["", "XXX", _fill(rng, "ccc")])
        if bic.is_valid(v) and not v[6:8].startswith("0") and "X" not in v[:4]:
            return Value(
                "SWIFT_CODE",
                v,
                [v[:4], v[4:6], v[6:8], v[8:]] if len(v) > 8 else [v[:4], v[4:6], v[6:]],
            )


def clabe_check(d17: str) -> str:
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(d17))
    return str((10 - s % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def clabe(rng: Random, loc: str) -> Value:
    body = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"])
    body += digits(rng, 3) + digits(rng, 11)
    v = body + clabe_check(body)
    return Value("MX_CLABE", v, [v[:3], v[3:6], v[6:17], v[17:]])


# ------------------------------------------------------------------------------------- contacts
FIRST = [
    "maria",
    "juan",
    "lucas",
    "ana",
    "pierre",
    "claire",
    "lena",
    "jonas",
    "joao",
    "beatriz",
    "sam",
    "olivia",
    "diego",
    "camila",
    "hugo",
    "sophie",
    "felix",
    "mia",
    "rafael",
    "ines",
    "kev",
    "jess",
    "mateo",
    "valentina",
    "thiago",
    "marta",
    "luis",
    "emma",
    "noah",
    "chloe",
]
LAST = [
    "gonzalez",
    "silva",
    "martin",
    "muller",
    "dubois",
    "smith",
    "costa",
    "lopez",
    "schmidt",
    "moreau",
    "santos",
    "fernandes",
    "garcia",
    "wagner",
    "bernard",
    "oliveira",
    "brown",
    "ruiz",
    "pereira",
    "lefebvre",
    "weber",
    "torres",
    "ferreira",
    "jones",
    "navarro",
    "becker",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.es",
    "example.com.br",
    "example.fr",
    "post.example.de",
    "example.pt",
    "example.com.mx",
]


def email(rng: Random, loc: str) -> Value:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f[0]}{l}",
            f"{f}_{l}",
            f"{f}.{l}{rng.randint(1, 99)}",
            f"{l}.{f}",
            f"{f}{rng.randint(70, 99)}",
            f"{f}+{rng.choice(['promo', 'shop', 'bank'])}",
        ]
    )
    v = f"{local}@{rng.choice(DOMAINS)}"
    return Value("EMAIL", v)


PHONE_DRAW = {
    "US": lambda r: (
        "+1" + r.choice(["202", "212", "415", "312", "617", "305", "713"]) + "55501" + digits(r, 2)
    ),
    "GB": lambda r: (
        r.choice(["+44207946", "+44113496", "+44161496", "+44117496"]) + "0" + digits(r, 3)
    ),
    "ES": lambda r: "+34" + r.choice(["6", "7", "9"]) + digits(r, 8),
    "MX": lambda r: "+52" + r.choice(["55", "33", "81"]) + digits(r, 8),
    "BR": lambda r: "+55" + r.choice(["11", "21", "31", "41"]) + "9" + digits(r, 8),
    "FR": lambda r: "+33" + r.choice(["6", "7", "1", "4"]) + digits(r, 8),
    "DE": lambda r: "+49" + r.choice(["151", "160", "170", "176"]) + digits(r, 8),
    "PT": lambda r: "+351" + r.choice(["91", "92", "93", "96", "21"]) + digits(r, 7),
}


def phone(rng: Random, loc: str) -> Value:
    region = rng.choice(LOCALES[loc][0])
    while True:
        num = PHONE_DRAW[region](rng)
        p = phonenumbers.parse(num)
        if phonenumbers.is_valid_number(p):
            break
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(p, fmt.INTERNATIONAL)
    nat = phonenumbers.format_number(p, fmt.NATIONAL)
    style = rng.choice(["intl", "nat", "nat"])
    shown = intl if style == "intl" else nat
    groups = [g for g in shown.replace("(", " ").replace(")", " ").replace("-", " ").split() if g]
    compact = "".join(groups)
    return Value(
        "PHONE",
        compact,
        groups,
        display=compact,
        extra={"region": region, "e164": num, "intl": intl, "nat": nat},
    )


def phone_ok(text_digits: str, val: Value) -> bool:
    for cand in (text_digits, "+" + text_digits.lstrip("+")):
        try:
            p = phonenumbers.parse(cand, val.extra["region"])
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164) == val.extra["e164"]:
            return True
    return False


# ---------------------------------------------------------------------------------- identifiers
def ssn_value(rng: Random, loc: str) -> Value:
    while True:
        v = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return Value("SSN", v, [v[:3], v[3:5], v[5:]])


def itin_value(rng: Random, loc: str) -> Value:
    while True:
        v = "9" + digits(rng, 2) + rng.choice(["5", "6", "7", "8", "9"]) + digits(rng, 5)
        if itin.is_valid(v):
            return Value("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", v, [v[:3], v[3:5], v[5:]])


NINO_BAD_FIRST, NINO_BAD_SECOND = set("DFIQUV"), set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(v: str) -> bool:
    return (
        len(v) == 9
        and v[0] not in NINO_BAD_FIRST
        and v[1] not in NINO_BAD_SECOND
        and v[:2].isalpha()
        and v[:2] not in NINO_BAD_PAIRS
        and v[2:8].isdigit()
        and v[8] in "ABCD"
    )


def nino(rng: Random, loc: str) -> Value:
    while True:
        v = _fill(rng, "aa") + digits(rng, 6) + rng.choice("ABCD")
        if nino_valid(v):
            return Value("UK_NATIONAL_INSURANCE_NUMBER", v, [v[:2], v[2:4], v[4:6], v[6:8], v[8]])


def passport(rng: Random, loc: str) -> Value:
    cc = LOCALES[loc][3]
    if cc in ("US", "GB"):
        v = (
            digits(rng, 9, "123456789")
            if rng.random() < 0.6
            else rng.choice(UPPER) + digits(rng, 8)
        )
    elif cc == "ES":
        v = _fill(rng, "aaa") + digits(rng, 6)
    elif cc == "FR":
        v = digits(rng, 2) + _fill(rng, "aa") + digits(rng, 5)
    elif cc == "DE":
        v = "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    elif cc == "BR":
        v = _fill(rng, "aa") + digits(rng, 6)
    elif cc == "PT":
        v = rng.choice(UPPER) + digits(rng, 6)
    else:  # MX
        v = rng.choice(UPPER) + digits(rng, 8)
    return Value("PASSPORT_NUMBER", v)


def driver_id(rng: Random, loc: str) -> Value:
    cc = LOCALES[loc][4]
    if cc == "US":
        v = rng.choice(UPPER) + digits(rng, 7)
    elif cc == "GB":
        v = (
            _fill(rng, "aaaaa")
            + digits(rng, 6)
            + _fill(rng, "aa")
            + digits(rng, 1)
            + _fill(rng, "aa")
        )
    elif cc == "ES":
        n = digits(rng, 8)
        v = n + dni.calc_check_digit(n)
    elif cc == "FR":
        v = digits(rng, 2) + _fill(rng, "aa") + digits(rng, 5)
    elif cc == "DE":
        v = (
            rng.choice(UPPER)
            + digits(rng, 3)
            + _fill(rng, "ccccc")
            + digits(rng, 1)
            + rng.choice(UPPER + DIG)
        )
    elif cc == "BR":
        v = digits(rng, 11, "123456789")
    elif cc == "PT":
        v = rng.choice(["L", "P", "A", "C"]) + "-" + digits(rng, 6) + " " + digits(rng, 1)
        return Value("DRIVER_ID", v.replace("-", "").replace(" ", ""), display=v)
    else:
        v = rng.choice(UPPER) + digits(rng, 8)
    return Value("DRIVER_ID", v)


def es_dni(rng: Random, loc: str) -> Value:
    n = digits(rng, 8)
    v = n + dni.calc_check_digit(n)
    assert dni.is_valid(v)
    return Value("ES_DNI", v, [v[:8], v[8]])


def es_nie(rng: Random, loc: str) -> Value:
    while True:
        n = rng.choice("XYZ") + digits(rng, 7)
        v = next((n + c for c in UPPER if nie.is_valid(n + c)), "")
        if v:
            return Value("ES_NIE", v, [v[0], v[1:8], v[8]])


CURP_STATES = [
    "AS",
    "BC",
    "BS",
    "CC",
    "CL",
    "CM",
    "CS",
    "CH",
    "DF",
    "DG",
    "GT",
    "GR",
    "HG",
    "JC",
    "MC",
    "MN",
    "MS",
    "NT",
    "NL",
    "OC",
    "PL",
    "QT",
    "QR",
    "SP",
    "SL",
    "SR",
    "TC",
    "TS",
    "TL",
    "VZ",
    "YN",
    "ZS",
]
CONS = "BCDFGHJKLMNPQRSTVWXYZ"


def _birth(rng: Random) -> tuple[int, int, int]:
    return rng.randint(1955, 2005), rng.randint(1, 12), rng.randint(1, 28)


def mx_curp(rng: Random, loc: str) -> Value:
    while True:
        y, m, d = _birth(rng)
        v = (
            rng.choice(CONS)
            + rng.choice("AEIOU")
            + rng.choice(UPPER)
            + rng.choice(UPPER)
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + (rng.choice(DIG) if y < 2000 else rng.choice(UPPER))
        )
        v = v + curp.calc_check_digit(v)
        if curp.is_valid(v):
            return Value("MX_CURP", v, [v[:4], v[4:10], v[10:16], v[16:]])


def mx_rfc(rng: Random, loc: str) -> Value:
    while True:
        y, m, d = _birth(rng)
        head = rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(UPPER) + rng.choice(UPPER)
        if rng.random() < 0.3:
            head = head[:3]
        body = head + f"{y % 100:02d}{m:02d}{d:02d}" + _fill(rng, "cc")
        try:
            v = body + rfc.calc_check_digit(body)
        except Exception:
            continue
        if rfc.is_valid(v):
            n = len(head)
            return Value("MX_RFC", v, [v[:n], v[n : n + 6], v[n + 6 :]])


def br_cpf(rng: Random, loc: str) -> Value:
    while True:
        n = digits(rng, 9)
        v = next((n + a + b for a in DIG for b in DIG if cpf.is_valid(n + a + b)), "")
        if v and len(set(v)) > 1:
            return Value(
                "BR_CPF",
                v,
                [v[:3], v[3:6], v[6:9], v[9:]],
                display=cpf.format(v) if rng.random() < 0.3 else v,
            )


def br_cnpj(rng: Random, loc: str) -> Value:
    while True:
        n = digits(rng, 8) + "0001"
        v = n + cnpj.calc_check_digits(n)
        if cnpj.is_valid(v):
            return Value("BR_CNPJ", v, [v[:2], v[2:5], v[5:8], v[8:12], v[12:]])


def fr_nir(rng: Random, loc: str) -> Value:
    while True:
        y, m, _ = _birth(rng)
        n = (
            rng.choice("12")
            + f"{y % 100:02d}{m:02d}"
            + f"{rng.randint(1, 95):02d}"
            + digits(rng, 3)
            + digits(rng, 3)
        )
        v = n + nir.calc_check_digits(n)
        if nir.is_valid(v):
            return Value("FR_NIR", v, [v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])


def de_idnr(rng: Random, loc: str) -> Value:
    while True:
        n = digits(rng, 10, "123456789")
        v = next((n + c for c in DIG if idnr.is_valid(n + c)), "")
        if v:
            return Value("DE_TAX_ID", v, [v[:2], v[2:5], v[5:8], v[8:]])


def pt_nif(rng: Random, loc: str) -> Value:
    while True:
        n = rng.choice("12356789") + digits(rng, 7)
        v = n + nif.calc_check_digit(n)
        if nif.is_valid(v):
            return Value("PT_NIF", v, [v[:3], v[3:6], v[6:]])


# --------------------------------------------------------------------------- accounts and keys
WORDS = [
    "girasol",
    "sunflower",
    "tortuga",
    "papillon",
    "schmetterling",
    "saudade",
    "mariposa",
    "chocolat",
    "fussball",
    "bacalhau",
    "dragon",
    "primavera",
    "ordinateur",
    "kaffee",
    "praia",
]


def password(rng: Random, loc: str) -> Value:
    w = rng.choice(WORDS)
    style = rng.randrange(4)
    if style == 0:
        v = w.capitalize() + rng.choice("!#$*") + digits(rng, rng.choice([2, 4]))
    elif style == 1:
        v = "".join(rng.choice(string.ascii_letters + DIG) for _ in range(rng.randint(10, 16)))
    elif style == 2:
        v = w + digits(rng, 2) + rng.choice(["", "!", "?"])
    else:
        v = rng.choice(WORDS).capitalize() + "_" + rng.choice(WORDS) + rng.choice(["", "", "!"])
    return Value("PASSWORD", v)


def password_url_safe(rng: Random, loc: str) -> Value:
    while True:
        v = password(rng, loc)
        if not any(c in v.canon for c in "@:/?#%"):
            return v


def username(rng: Random, loc: str) -> Value:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    v = rng.choice(
        [
            f"{f}_{l[0]}",
            f"{f}{l}",
            f"{f[0]}{l}{rng.randint(1, 99)}",
            f"{f}.{l}",
            f"{l}{rng.randint(70, 99)}",
            f"x{f}x",
            f"{f}_{rng.randint(1, 999)}",
            f"{f}",
        ]
    )
    return Value("USERNAME", v)


def ip(rng: Random, loc: str) -> Value:
    if rng.random() < 0.2:
        v = "2001:db8:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 6])))
        if v.count(":") < 7:
            v = v.replace("2001:db8:", "2001:db8::", 1)
        return Value("IP_ADDRESS", v)
    v = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    return Value("IP_ADDRESS", v)


def mac(rng: Random, loc: str) -> Value:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] | 2) & 0xFE
    sep = rng.choice([":", ":", "-"])
    v = sep.join(f"{x:02x}" for x in b)
    if rng.random() < 0.4:
        v = v.upper()
    return Value("MAC_ADDRESS", v)


def aws_access(rng: Random, loc: str) -> Value:
    v = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(UPPER + "234567") for _ in range(16))
    return Value("AWS_ACCESS_KEY", v)


def aws_secret(rng: Random, loc: str) -> Value:
    v = "".join(rng.choice(string.ascii_letters + DIG + "+/") for _ in range(40))
    return Value("AWS_SECRET_KEY", v)


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
    "MX_CLABE": clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_idnr,
    "PT_NIF": pt_nif,
}

# Check digits re-verified on every canonical value the generator emits.
VALIDATE = {
    "CREDIT_DEBIT_NUMBER": luhn.is_valid,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": clabe_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}


def validate(v: Value) -> bool:
    if v.type == "BANK_ROUTING" and v.extra.get("kind") == "aba":
        return rtn.is_valid(v.canon)
    if v.type == "PHONE":
        return phonenumbers.is_valid_number(phonenumbers.parse(v.extra["e164"]))
    f = VALIDATE.get(v.type)
    return f(v.canon) if f else True


# ------------------------------------------------------------------------------- hard negatives
PHONE_REGIONS = ["US", "GB", "ES", "MX", "BR", "FR", "DE", "PT", "AR", "CA", "BE", "AT", "CH", "IE"]


def passes_any_check(d: str) -> bool:
    """True if a digit string would pass a checksum or phone validation a detector might use."""
    if len(d) >= 2 and luhn.is_valid(d):
        return True
    checks = [
        rtn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        clabe_valid,
        ssn.is_valid,
        itin.is_valid,
    ]
    if any(c(d) for c in checks):
        return True
    for region in PHONE_REGIONS:
        # As dialled nationally: where the region has a trunk prefix (0 in GB, FR, DE...), a
        # number written without it is not how anyone types a phone there.
        prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
        if prefix and not d.startswith(prefix):
            continue
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def lookalike(rng: Random, n: int, first: str = "123456789") -> str:
    while True:
        d = digits(rng, n, first)
        if not passes_any_check(d):
            return d


# Hard negatives by kind. Each returns the text exactly as typed; pure digit runs of four or more
# go through lookalike() so that they fail every checksum.
def _price(rng: Random, loc: str) -> str:
    a = rng.choice([rng.randint(3, 99), rng.randint(100, 2500)])
    c = rng.choice(["00", "99", "50", "90", "95", "49"])
    if loc in ("en-US", "es-US", "fr-CA"):
        return rng.choice([f"${a}.{c}", f"${a}", f"{a}.{c} USD"])
    if loc in ("en-GB", "en-IE"):
        return rng.choice([f"£{a}.{c}", f"£{a}", f"€{a}.{c}"])
    if loc == "es-MX":
        return rng.choice([f"${a}.{c} MXN", f"{a} pesos", f"MX${a}"])
    if loc == "es-AR":
        return rng.choice([f"${a}.000", f"{a} lucas", f"ARS {a}"])
    if loc == "pt-BR":
        return rng.choice([f"R$ {a},{c}", f"R${a}", f"{a} reais"])
    if loc == "de-CH":
        return rng.choice([f"CHF {a}.{c}", f"{a}.– Fr."])
    return rng.choice([f"{a},{c} €", f"{a}€", f"€{a},{c}", f"{a} euros"])


def _date(rng: Random, loc: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    if loc in ("en-US", "es-US"):
        return rng.choice([f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100}"])
    if loc.startswith("de"):
        return rng.choice([f"{d}.{m}.", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100}"])
    return rng.choice(
        [f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}"]
    )


def _postal(rng: Random, loc: str) -> str:
    if loc in ("en-US", "es-US"):
        z = lookalike(rng, 5)
        return rng.choice([z, f"{z}-{lookalike(rng, 4)}"])
    if loc in ("en-GB", "en-IE"):
        return (
            rng.choice(["SW", "M", "LS", "EH", "B", "N"])
            + str(rng.randint(1, 19))
            + " "
            + str(rng.randint(1, 9))
            + rng.choice(UPPER)
            + rng.choice(UPPER)
        )
    if loc == "fr-CA":
        return f"H{rng.randint(1, 9)}{rng.choice(UPPER)} {rng.randint(1, 9)}{rng.choice(UPPER)}{rng.randint(1, 9)}"
    if loc == "pt-BR":
        return f"{lookalike(rng, 5, '0123456789')}-{digits(rng, 3)}"
    if loc == "pt-PT":
        return f"{lookalike(rng, 4)}-{digits(rng, 3)}"
    if loc in ("de-AT", "de-CH", "fr-BE"):
        return lookalike(rng, 4)
    if loc == "es-AR":
        return rng.choice(["C", "B", "X"]) + lookalike(rng, 4) + _fill(rng, "aaa")
    return lookalike(rng, 5, "0123456789")


def _time(rng: Random, loc: str) -> str:
    h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45])
    if loc.startswith("en"):
        return rng.choice(
            [
                f"{h}:{m:02d}",
                f"{h % 12 or 12}pm" if h > 12 else f"{h}am",
                f"{h % 12 or 12}:{m:02d} pm",
            ]
        )
    if loc.startswith("fr"):
        return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"])
    if loc.startswith("de"):
        return rng.choice([f"{h}:{m:02d}", f"{h} Uhr", f"{h}.{m:02d} Uhr"])
    return rng.choice([f"{h}:{m:02d}", f"{h}h", f"{h}hs"])


MUST_KEEP = {
    "order_number": lambda r, l: r.choice(
        [
            "#" + lookalike(r, r.choice([6, 7, 8])),
            "ORD-" + lookalike(r, 7),
            lookalike(r, r.choice([8, 10, 11])),
            "W" + digits(r, 9),
        ]
    ),
    "tracking_number": lambda r, l: r.choice(
        [
            "1Z" + _fill(r, "cccccc") + digits(r, 10),
            "LX" + digits(r, 9) + r.choice(["ES", "DE", "FR", "BR", "PT"]),
            "JJD" + digits(r, 14),
        ]
    ),
    "postal_code": lambda r, l: _postal(r, l),
    "date": lambda r, l: _date(r, l),
    "time": lambda r, l: _time(r, l),
    "price": lambda r, l: _price(r, l),
    "quantity": lambda r, l: str(r.randint(2, 12)),
    "count": lambda r, l: str(r.choice([3, 5, 10, 15, 20, 25, 40, 45, 90])),
    "percentage": lambda r, l: r.choice(
        [f"{r.randint(5, 60)}%", f"{r.randint(5, 30)},5 %", f"{r.randint(5, 60)} %"]
    ),
    "product_model": lambda r, l: r.choice(
        [
            f"XR{r.randint(100, 900)}",
            f"HG{r.randint(8000, 8999)}H",
            f"FRITZ!Box {r.choice([7490, 7530, 7590])}",
            f"Galaxy S{r.randint(20, 25)}",
            f"iPhone {r.randint(11, 16)}",
            f"TX-{r.randint(10, 99)}{r.choice(UPPER)}",
        ]
    ),
    "version": lambda r, l: r.choice(
        [
            f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            f"v{r.randint(2, 14)}.{r.randint(0, 9)}",
        ]
    ),
    "invoice_number": lambda r, l: r.choice(
        [
            f"INV-{r.choice([2025, 2026])}-{digits(r, 5)}",
            f"F{r.choice([2025, 2026])}/{digits(r, 4)}",
            "RE-" + lookalike(r, 6),
            lookalike(r, 10),
        ]
    ),
    "ticket_number": lambda r, l: r.choice(
        ["#" + lookalike(r, 7), "TCK-" + lookalike(r, 6), lookalike(r, 8), "CS" + digits(r, 8)]
    ),
    "booking_reference": lambda r, l: "".join(r.choice(UPPER + "23456789") for _ in range(6)),
    "policy_number": lambda r, l: r.choice(
        ["POL-" + lookalike(r, 8), lookalike(r, 10), _fill(r, "aa") + "-" + lookalike(r, 7)]
    ),
    "contract_number": lambda r, l: r.choice(
        ["CT" + lookalike(r, 8), lookalike(r, 11), f"{_fill(r, 'aaa')}/{lookalike(r, 6)}"]
    ),
    "flight_number": lambda r, l: (
        r.choice(["IB", "LH", "AF", "TP", "UX", "BA", "LA", "AM", "VY"])
        + r.choice(["", " "])
        + str(r.randint(100, 8999))
    ),
    "store_number": lambda r, l: r.choice(["#" + str(r.randint(100, 999)), lookalike(r, 4)]),
    "room_number": lambda r, l: str(r.randint(1, 9) * 100 + r.randint(1, 40)),
    "error_code": lambda r, l: r.choice(
        [
            f"E-{r.randint(100, 999)}",
            f"0x{r.randint(0x80000000, 0x8FFFFFFF):08X}",
            f"ERR_{r.randint(400, 599)}",
            str(r.choice([403, 404, 500, 502, 503])),
            "E" + lookalike(r, 4),
        ]
    ),
    "data_size": lambda r, l: r.choice(
        [
            f"{r.choice([100, 300, 600, 1000])} Mbps",
            f"{r.choice([10, 20, 50, 100])}GB",
            f"{r.choice([1, 2, 10])} Gb",
            f"{r.choice([300, 600])} Mb/s",
        ]
    ),
    "year": lambda r, l: str(r.randint(2015, 2025)),
    "meter_reading": lambda r, l: r.choice(
        [
            lookalike(r, 5, "0123456789"),
            lookalike(r, 6),
            f"{lookalike(r, 5)},{r.randint(0, 9)} kWh",
            f"{r.randint(100, 999)} m3",
        ]
    ),
    "plate_number": lambda r, l: r.choice(
        [
            f"{lookalike(r, 4)} {_fill(r, 'aaa')}",
            f"{_fill(r, 'aa')}-{digits(r, 3)}-{_fill(r, 'aa')}",
            f"B-{_fill(r, 'aa')} {lookalike(r, 4)}",
            f"{_fill(r, 'aaa')}{r.randint(1, 9)}{r.choice(UPPER)}{digits(r, 2)}",
        ]
    ),
    "seat_number": lambda r, l: f"{r.randint(1, 45)}{r.choice('ABCDEF')}",
}


def must_keep(kind: str, rng: Random, loc: str) -> str:
    while True:
        v = MUST_KEEP[kind](rng, loc)
        if kind == "year" or not v.isdigit() or len(v) < 4 or not passes_any_check(v):
            return v
