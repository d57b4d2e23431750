"""Draw synthetic PII and must_keep values, each validated with python-stdnum or phonenumbers.

Every draw takes a `random.Random` so the corpus is reproducible from one seed. PII values are
returned in a canonical form (digits and letters, no separators); render.py decides how a customer
types them. Hard negatives are redrawn until they fail every checksum a detector could use.
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
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

DIG = string.digits
UP = string.ascii_uppercase

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


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(DIG) for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = UP) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def card(r: random.Random, loc: str) -> str:
    b = r.choice(sorted(CARD_BINS))
    body = b + _d(r, CARD_BINS[b] - len(b) - 1)
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return v


def cvv(r: random.Random, loc: str) -> str:
    return _d(r, r.choice((3, 3, 3, 4)))


def expiry(r: random.Random, loc: str) -> str:
    """Canonical MMYY; render.py chooses the separator."""
    return f"{r.randint(1, 12):02d}{r.randint(26, 33):02d}"


def pin(r: random.Random, loc: str) -> str:
    return _d(r, r.choice((4, 4, 4, 6)))


def bank_account(r: random.Random, loc: str) -> str:
    n = {"en-GB": 8, "pt-BR": r.choice((5, 6, 7)), "de-DE": 10}.get(
        loc, r.choice((8, 9, 10, 11, 12))
    )
    return str(r.randint(1, 9)) + _d(r, n - 1)


def routing(r: random.Random, loc: str) -> str:
    kind = {
        "en-GB": "sort",
        "de-DE": "blz",
        "de-AT": "blz",
        "de-CH": "blz",
        "pt-BR": "agencia",
    }.get(loc, "")
    if not kind:
        kind = r.choice(("aba", "aba", "sort", "blz", "agencia"))
    if kind == "aba":
        while True:
            body = r.choice(
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
                    "10",
                    "11",
                    "12",
                    "21",
                    "22",
                    "26",
                    "31",
                    "32",
                )
            ) + _d(r, 6)
            v = body + rtn.calc_check_digit(body)
            if rtn.is_valid(v):
                return v
    if kind == "sort":
        return _d(r, 6)
    if kind == "blz":
        return str(r.randint(1, 8)) + _d(r, 7)
    return _d(r, 4)


def _iban_bban(r: random.Random, cc: str) -> str:
    if cc == "ES":
        bank, office, acct = _d(r, 4), _d(r, 4), _d(r, 10)
        return bank + office + ccc.calc_check_digits(bank + office + "00" + acct) + acct
    if cc == "FR":
        # RIB key: 97 - (89*bank + 15*office + 3*account) mod 97
        bank, office, acct = _d(r, 5), _d(r, 5), _d(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(office) + 3 * int(acct)) % 97
        return f"{bank}{office}{acct}{key:02d}"
    spec = {
        "DE": lambda: _d(r, 18),
        "PT": lambda: "0002" + _d(r, 17),
        "GB": lambda: "NWBK" + _d(r, 14),
        "BR": lambda: _d(r, 23) + r.choice("CP") + r.choice("12"),
        "IT": lambda: r.choice(UP) + _d(r, 22),
        "NL": lambda: "ABNA" + _d(r, 10),
        "BE": lambda: _d(r, 12),
        "AT": lambda: _d(r, 16),
        "CH": lambda: _d(r, 17),
        "MX": lambda: _d(r, 18),
    }
    return spec[cc]()


def iban_(r: random.Random, loc: str) -> str:
    home = {
        "es-ES": "ES",
        "de-DE": "DE",
        "de-AT": "AT",
        "de-CH": "CH",
        "fr-FR": "FR",
        "fr-BE": "BE",
        "pt-PT": "PT",
        "pt-BR": "BR",
        "en-GB": "GB",
    }.get(loc)
    pool = ["ES", "DE", "FR", "PT", "GB", "BR", "IT", "NL", "BE", "AT", "CH"]
    for _ in range(200):
        cc = home if home and r.random() < 0.6 else r.choice(pool)
        bban = _iban_bban(r, cc)
        v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(v):
            return v
    raise RuntimeError("no valid IBAN drawn")


def swift(r: random.Random, loc: str) -> str:
    cc = {"es": "ES", "de": "DE", "fr": "FR", "pt": "PT", "en": "GB"}[loc[:2]]
    if loc in ("es-MX", "pt-BR", "en-US", "de-AT", "de-CH", "fr-BE", "fr-CA"):
        cc = loc[-2:]
    v = (
        _l(r, 4)
        + cc
        + _l(r, 1)
        + _l(r, 1, UP + "123456789")
        + (_l(r, 3, UP + DIG) if r.random() < 0.4 else "")
    )
    assert bic.is_valid(v)
    return v


FIRST = [
    "ana",
    "luis",
    "marta",
    "jose",
    "carla",
    "pedro",
    "sofia",
    "tom",
    "emma",
    "jack",
    "lucie",
    "hugo",
    "camille",
    "lena",
    "jonas",
    "felix",
    "mia",
    "joao",
    "bruna",
    "tiago",
    "ines",
    "rafa",
    "vale",
    "kat",
]
LAST = [
    "garcia",
    "lopez",
    "silva",
    "santos",
    "martin",
    "dubois",
    "moreau",
    "muller",
    "schmidt",
    "weber",
    "smith",
    "jones",
    "brown",
    "costa",
    "pereira",
    "ferreira",
    "rossi",
    "nunez",
    "ramos",
    "vidal",
]
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.es",
    "yahoo.com.mx",
    "gmx.de",
    "web.de",
    "orange.fr",
    "free.fr",
    "uol.com.br",
    "sapo.pt",
    "icloud.com",
    "example.com",
    "mail.example.org",
    "proton.me",
]


def email(r: random.Random, loc: str) -> str:
    a, b = r.choice(FIRST), r.choice(LAST)
    local = r.choice(
        (
            f"{a}.{b}",
            f"{a}{b}",
            f"{a}_{b}",
            f"{a[0]}{b}",
            f"{a}.{b}{r.randint(1, 99)}",
            f"{b}{a}{r.randint(70, 99)}",
            f"{a}+shop",
        )
    )
    return f"{local}@{r.choice(DOMAINS)}"


PHONE_REGION = {
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "es-AR": "ES",
    "en-US": "US",
    "en-GB": "GB",
    "fr-FR": "FR",
    "fr-BE": "FR",
    "fr-CA": "US",
    "de-DE": "DE",
    "de-AT": "DE",
    "de-CH": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def phone(r: random.Random, loc: str) -> tuple[str, str]:
    """Return (E.164, region)."""
    region = (
        PHONE_REGION.get(loc, "US")
        if r.random() < 0.8
        else r.choice(("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"))
    )
    for _ in range(500):
        if region == "US":
            n = (
                "+1"
                + r.choice(("212", "305", "415", "617", "713", "312", "646", "202"))
                + "55501"
                + _d(r, 2)
            )
        elif region == "GB":
            n = "+44" + r.choice(("2079460", "1134960", "1614960", "1174960")) + _d(r, 3)
        elif region == "ES":
            n = (
                "+34" + r.choice("67") + _d(r, 8)
                if r.random() < 0.7
                else "+349" + r.choice("1135") + _d(r, 7)
            )
        elif region == "MX":
            n = "+52" + r.choice(("55", "33", "81", "222", "998")) + _d(r, 8)
            n = n[:13]
        elif region == "BR":
            n = (
                "+55"
                + r.choice(("11", "21", "31", "41", "51", "61", "71", "81"))
                + "9"
                + str(r.randint(6, 9))
                + _d(r, 7)
            )
        elif region == "FR":
            n = (
                "+33" + r.choice("67") + _d(r, 8)
                if r.random() < 0.7
                else "+33" + r.choice("1245") + _d(r, 8)
            )
        elif region == "DE":
            n = "+49" + r.choice(("151", "160", "170", "176", "30", "89", "40")) + _d(r, 8)
        else:  # PT
            n = "+351" + r.choice(("91", "92", "93", "96", "21", "22")) + _d(r, 7)
        p = phonenumbers.parse(n)
        if phonenumbers.is_valid_number(p):
            return n, region
    raise RuntimeError(region)


def ssn_(r: random.Random, loc: str) -> str:
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_(r: random.Random, loc: str) -> str:
    while True:
        v = (
            "9"
            + _d(r, 2)
            + str(r.choice([*range(70, 89), *range(90, 93), *range(94, 100)]))
            + _d(r, 4)
        )
        if itin.is_valid(v):
            return v


def nino(r: random.Random, loc: str) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(first) + r.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + _d(r, 6) + r.choice("ABCD")


def passport(r: random.Random, loc: str) -> str:
    c = loc[-2:]
    if c in ("US", "GB"):
        return _d(r, 9) if r.random() < 0.5 else r.choice("ACE") + _d(r, 8)
    if c in ("ES", "AR"):
        return _l(r, 3) + _d(r, 6)
    if c in ("FR", "BE", "CA"):
        return _d(r, 2) + _l(r, 2) + _d(r, 5)
    if c in ("DE", "AT", "CH"):
        return "C" + _l(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if c == "BR":
        return _l(r, 2) + _d(r, 6)
    if c == "PT":
        return _l(r, 1) + _d(r, 6)
    return r.choice("GN") + _d(r, 8)


def driver_id(r: random.Random, loc: str) -> str:
    c = loc[-2:]
    if c == "GB":
        s = r.choice(LAST).upper()[:5].ljust(5, "9")
        return s + _d(r, 6) + _l(r, 2) + _d(r, 1) + _l(r, 2)
    if c in ("US", "CA"):
        return r.choice(("", "", "")) + r.choice(UP) + _d(r, r.choice((7, 8, 12)))
    if c == "BR":
        return _d(r, 11)
    if c in ("DE", "AT", "CH"):
        return r.choice("BFJN") + _d(r, 3) + _l(r, 1, UP + DIG) + _d(r, 5) + _l(r, 1, UP + DIG)
    if c in ("FR", "BE"):
        return _d(r, 2) + _l(r, 2) + _d(r, 5) + _d(r, 3) if r.random() < 0.5 else _d(r, 12)
    if c == "MX":
        return r.choice(UP) + _d(r, 8)
    return r.choice("MLS") + "-" + _d(r, 7) if c == "PT" else _d(r, 8) + r.choice(UP)


def password(r: random.Random, loc: str, digits: bool = True) -> str:
    words = [
        "Sol",
        "luna",
        "Gato",
        "perro",
        "Blau",
        "soleil",
        "Praia",
        "tiger",
        "Verano",
        "casa",
        "Kiwi",
        "mar",
    ]
    syms = "!#$*?._-&%"
    v = r.choice(words) + r.choice(words).lower()
    if digits:
        v += _d(r, r.randint(1, 4))
    v += r.choice(syms)
    if r.random() < 0.4:
        v = "".join(c.upper() if r.random() < 0.2 else c for c in v)
    return v


def username(r: random.Random, loc: str, digits: bool = True) -> str:
    a, b = r.choice(FIRST), r.choice(LAST)
    v = r.choice((f"{a}_{b}", f"{a}.{b}", f"{a}{b[:3]}", f"{b}{a}", f"x{a}x", f"{a}-{b}"))
    if digits and r.random() < 0.7:
        v += _d(r, r.choice((2, 2, 4)))
    return v


def ip(r: random.Random, loc: str) -> str:
    k = r.random()
    if k < 0.75:
        p = r.choice(
            (
                "192.0.2",
                "198.51.100",
                "203.0.113",
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 255)}",
                f"192.168.{r.randint(0, 255)}",
            )
        )
        return f"{p}.{r.randint(1, 254)}"
    return (
        "2001:db8:"
        + ":".join(f"{r.randint(0, 65535):x}" for _ in range(r.choice((2, 3))))
        + "::"
        + f"{r.randint(1, 4095):x}"
    )


def mac(r: random.Random, loc: str) -> str:
    sep = r.choice((":", ":", "-"))
    case = r.choice((str.upper, str.lower))
    return case(sep.join(f"{r.randint(0, 255):02x}" for _ in range(6)))


def aws_access(r: random.Random, loc: str) -> str:
    return r.choice(("AKIA", "AKIA", "ASIA")) + _l(r, 16, UP + "234567")


def aws_secret(r: random.Random, loc: str) -> str:
    return _l(r, 40, string.ascii_letters + DIG + "/+")


def es_dni(r: random.Random, loc: str) -> str:
    b = _d(r, 8)
    return b + dni.calc_check_digit(b)


def es_nie(r: random.Random, loc: str) -> str:
    b = r.choice("XYZ") + _d(r, 7)
    v = b + nie.calc_check_digit(b)
    assert nie.is_valid(v)
    return v


STATES = ["AS", "BC", "CH", "DF", "JC", "MC", "NL", "PL", "QT", "VZ", "YN", "GT"]
CONS = "BCDFGHJKLMNPQRSTVWXYZ"


def _date6(r: random.Random) -> str:
    return f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


def mx_curp(r: random.Random, loc: str) -> str:
    while True:
        b = (
            r.choice(CONS)
            + r.choice("AEIOU")
            + _l(r, 2, CONS)
            + _date6(r)
            + r.choice("HM")
            + r.choice(STATES)
            + _l(r, 3, CONS)
            + "0"
        )
        v = b + curp.calc_check_digit(b)
        if curp.is_valid(v):
            return v


def mx_rfc(r: random.Random, loc: str) -> str:
    while True:
        b = (
            r.choice(CONS)
            + r.choice("AEIOU")
            + _l(r, 2, CONS)
            + _date6(r)
            + _l(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        )
        v = b + rfc.calc_check_digit(b)
        try:
            rfc.validate(v, validate_check_digits=True)
            return v
        except Exception:
            continue


CLABE_BANKS = ("002", "012", "014", "021", "030", "036", "044", "058", "072", "127", "137")


def clabe_check(d17: str) -> str:
    w = (3, 7, 1) * 6
    return str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(d17)) % 10) % 10)


def mx_clabe(r: random.Random, loc: str) -> str:
    b = r.choice(CLABE_BANKS) + _d(r, 3) + _d(r, 11)
    return b + clabe_check(b)


def br_cpf(r: random.Random, loc: str) -> str:
    while True:
        b = _d(r, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return v


def br_cnpj(r: random.Random, loc: str) -> str:
    b = _d(r, 8) + "0001"
    v = b + cnpj.calc_check_digits(b)
    assert cnpj.is_valid(v)
    return v


def fr_nir(r: random.Random, loc: str) -> str:
    while True:
        b = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
            + r.choice(("75", "69", "13", "33", "59", "44", "2A", "06"))
            + _d(r, 6)
        )
        try:
            v = b + nir.calc_check_digits(b)
        except Exception:
            continue
        if nir.is_valid(v):
            return v


def de_idnr(r: random.Random, loc: str) -> str:
    while True:
        b = str(r.randint(1, 9)) + _d(r, 9)
        v = b + mod_11_10.calc_check_digit(b)
        if idnr.is_valid(v):
            return v


def pt_nif(r: random.Random, loc: str) -> str:
    b = r.choice("12356") + _d(r, 7)
    v = b + nif.calc_check_digit(b)
    assert nif.is_valid(v)
    return v


DRAW = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": bank_account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "PHONE": lambda r, loc: phone(r, loc)[0],
    "SSN": ssn_,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_,
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
    "DE_TAX_ID": de_idnr,
    "PT_NIF": pt_nif,
}
TYPES = list(DRAW)


def check_pii(t: str, v: str) -> bool:
    """Re-validate a canonical value with the library that defines it."""
    checks = {
        "CREDIT_DEBIT_NUMBER": luhn.is_valid,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
        "SWIFT_CODE": bic.is_valid,
        "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "ES_DNI": dni.is_valid,
        "ES_NIE": nie.is_valid,
        "MX_CURP": curp.is_valid,
        "MX_RFC": lambda x: rfc.is_valid(x) and rfc.calc_check_digit(x[:-1]) == x[-1],
        "MX_CLABE": lambda x: len(x) == 18 and clabe_check(x[:17]) == x[17],
        "BR_CPF": cpf.is_valid,
        "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid,
        "DE_TAX_ID": idnr.is_valid,
        "PT_NIF": nif.is_valid,
        "PHONE": lambda x: phonenumbers.is_valid_number(phonenumbers.parse(x)),
        "BANK_ROUTING": lambda x: len(x) != 9 or rtn.is_valid(x),
    }
    f = checks.get(t)
    return True if f is None else bool(f(v))


# ---------------------------------------------------------------- hard negatives


def passes_any_checksum(d: str) -> bool:
    """True when a digit run would pass a checksum or look like a valid phone."""
    tests = [
        luhn.is_valid,
        rtn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        ssn.is_valid,
        itin.is_valid,
        lambda x: len(x) == 18 and clabe_check(x[:17]) == x[17],
    ]
    for f in tests:
        try:
            if f(d):
                return True
        except Exception:
            pass
    for reg in ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, reg)):
                return True
        except Exception:
            pass
    return False


def neg_digits(r: random.Random, n: int) -> str:
    """Digits that fail every checksum and phone rule. Nine-digit runs always pass one (SSN, ITIN or a
    phone somewhere), so they become ten; from six digits on almost only a leading one escapes phones."""
    if n == 9:
        n = 10
    for _ in range(2000):
        v = (str(r.randint(1, 9)) if n < 6 else "1") + _d(r, n - 1)
        if not passes_any_checksum(v):
            return v
    raise RuntimeError(n)


MONTHS = {
    "en": ["Jan", "March", "april", "June", "July", "Sept", "Oct", "december"],
    "es": ["enero", "marzo", "abril", "junio", "julio", "sept", "octubre", "dic"],
    "fr": ["janvier", "mars", "avril", "juin", "juillet", "sept", "octobre", "déc"],
    "de": ["Januar", "März", "April", "Juni", "Juli", "Sept", "Oktober", "Dez"],
    "pt": ["janeiro", "março", "abril", "junho", "julho", "set", "outubro", "dez"],
}


def must_keep(r: random.Random, kind: str, loc: str) -> str:
    lang, c = loc[:2], loc[-2:]
    if kind == "order_number":
        return r.choice(
            (
                neg_digits(r, r.choice((6, 7, 8, 9, 10))),
                "#" + neg_digits(r, 7),
                "PED-" + neg_digits(r, 6),
                "ORD" + neg_digits(r, 8),
                neg_digits(r, 3) + "-" + neg_digits(r, 7) + "-" + neg_digits(r, 7),
            )
        )
    if kind == "tracking_number":
        return r.choice(
            (
                "1Z" + _l(r, 6, UP + DIG) + _d(r, 10),
                "LX" + _d(r, 9) + c,
                _l(r, 2) + _d(r, 9) + "BR",
                neg_digits(r, 11),
                "JJD" + _d(r, 15),
            )
        )
    if kind == "postal_code":
        return {
            "US": lambda: f"{_d(r, 5)}-{_d(r, 4)}" if r.random() < 0.5 else _d(r, 5),
            "GB": lambda: r.choice(("SW1A 1AA", "M1 1AE", "EC1A 1BB", "B33 8TH", "LS2 9JT")),
            "BR": lambda: f"{_d(r, 5)}-{_d(r, 3)}",
            "PT": lambda: f"{_d(r, 4)}-{_d(r, 3)}",
            "CA": lambda: r.choice(("H2X 1Y4", "G1R 4P5", "K1A 0B1")),
            "AT": lambda: str(r.randint(1010, 9999)),
            "CH": lambda: str(r.randint(1000, 9658)),
            "BE": lambda: str(r.randint(1000, 9992)),
            "AR": lambda: "C" + _d(r, 4) + _l(r, 3),
        }.get(c, lambda: f"{r.randint(1, 52):02d}{_d(r, 3)}")()
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice((2024, 2025, 2026))
        return r.choice(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d}/{m}",
                f"{d}.{m}.{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {r.choice(MONTHS[lang])}",
                f"{m}/{d}" if c == "US" else f"{d}/{m:02d}",
            )
        )
    if kind == "time":
        h, mi = r.randint(0, 23), r.choice((0, 5, 15, 20, 30, 45, 50))
        return r.choice(
            (
                f"{h}:{mi:02d}",
                f"{h}h{mi:02d}" if lang in ("fr", "pt") else f"{h}.{mi:02d}",
                f"{r.randint(1, 12)}pm" if lang == "en" else f"{h}h",
                f"{h:02d}:{mi:02d}",
            )
        )
    if kind == "price":
        a, b = r.randint(3, 2400), r.randint(0, 99)
        return r.choice(
            (
                f"${a}.{b:02d}",
                f"{a},{b:02d} €",
                f"€{a}",
                f"R$ {a},{b:02d}",
                f"£{a}.{b:02d}",
                f"{a} EUR",
                f"MXN {a}",
                f"{a}.{b:02d} USD",
                f"CHF {a}.-",
            )
        )
    if kind in ("quantity", "count"):
        return str(r.randint(2, 40))
    if kind == "percentage":
        return r.choice(
            (
                f"{r.randint(5, 80)}%",
                f"{r.randint(1, 30)},{r.randint(1, 9)} %",
                f"{r.randint(5, 50)} %",
            )
        )
    if kind == "product_model":
        return r.choice(
            (
                f"iPhone {r.randint(11, 16)}",
                f"SM-A{r.randint(100, 599)}",
                f"XPS {r.randint(13, 17)}",
                f"WH-{r.randint(1000, 1000)}XM{r.randint(3, 5)}",
                f"FRITZ!Box {r.choice((7530, 7590, 6660))}",
                f"TV-{r.randint(40, 75)}Q{r.randint(60, 90)}",
                f"Moto G{r.randint(20, 85)}",
            )
        )
    if kind == "version":
        return r.choice(
            (
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(10, 18)}.{r.randint(0, 6)}",
                f"build {_d(r, 4)}",
            )
        )
    if kind == "invoice_number":
        return r.choice(
            (
                "FA-" + str(r.randint(2024, 2026)) + "-" + _d(r, 5),
                "INV" + neg_digits(r, 7),
                neg_digits(r, 9),
                "NF " + neg_digits(r, 6),
            )
        )
    if kind == "ticket_number":
        return r.choice(
            ("#" + neg_digits(r, 6), "CS-" + neg_digits(r, 5), neg_digits(r, 8), "TKT" + _d(r, 6))
        )
    if kind == "booking_reference":
        return _l(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "policy_number":
        return r.choice(
            ("POL-" + neg_digits(r, 8), _l(r, 2) + "-" + neg_digits(r, 7), neg_digits(r, 10))
        )
    if kind == "contract_number":
        return r.choice(
            ("CT" + neg_digits(r, 8), neg_digits(r, 10), "V-" + neg_digits(r, 6) + "-" + _d(r, 2))
        )
    if kind == "flight_number":
        return r.choice(("IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "VY", "FR")) + str(
            r.randint(10, 8999)
        )
    if kind == "store_number":
        return r.choice((neg_digits(r, 4), "#" + str(r.randint(10, 999))))
    if kind == "room_number":
        return str(r.randint(101, 1250))
    if kind == "error_code":
        return r.choice(
            (
                f"E{r.randint(100, 999)}",
                f"0x{_l(r, 8, '0123456789ABCDEF')}",
                f"ERR-{r.randint(1000, 9999)}",
                str(r.choice((404, 500, 502, 403))),
                f"F{r.randint(10, 99)}",
            )
        )
    if kind == "data_size":
        return r.choice(
            (
                f"{r.randint(1, 200)} GB",
                f"{r.randint(1, 999)}MB",
                f"{r.randint(1, 20)} Go",
                f"{r.randint(5, 1000)} Mbps",
            )
        )
    if kind == "year":
        return str(r.randint(1998, 2026))
    if kind == "meter_reading":
        return neg_digits(r, r.choice((5, 6))) + r.choice(("", f",{r.randint(0, 9)}"))
    if kind == "plate_number":
        return {
            "ES": lambda: f"{_d(r, 4)} {_l(r, 3, CONS)}",
            "BR": lambda: f"{_l(r, 3)}{_d(r, 1)}{_l(r, 1)}{_d(r, 2)}",
            "DE": lambda: f"{r.choice(('B', 'M', 'HH', 'K'))}-{_l(r, 2)} {r.randint(1, 9999)}",
            "FR": lambda: f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}",
        }.get(c, lambda: f"{_l(r, 3)} {_d(r, 4)}")()
    if kind == "seat_number":
        return f"{r.randint(1, 45)}{r.choice('ABCDEF')}"
    if kind == "customer_reference":
        return neg_digits(r, r.choice((4, 5, 6, 7, 8, 9, 10, 11)))
    raise KeyError(kind)


MK_KINDS = [
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
]
