"""Synthetic PII values and hard negatives for the casked corpus.

Every value is random, drawn from a seeded ``random.Random``; values with a public checksum are
made valid with python-stdnum (or by hand where stdnum has no module: CLABE, NINO format).
"""

from __future__ import annotations

import random
import re
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

# --------------------------------------------------------------------------- checks


def clabe_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{18}", s):
        return False
    w = [3, 7, 1] * 6
    total = sum((int(c) * w[i]) % 10 for i, c in enumerate(s[:17]))
    return (10 - total % 10) % 10 == int(s[17])


def clabe_check(s17: str) -> str:
    w = [3, 7, 1] * 6
    total = sum((int(c) * w[i]) % 10 for i, c in enumerate(s17))
    return str((10 - total % 10) % 10)


NINO_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino_ok(s: str) -> bool:
    return bool(NINO_RE.fullmatch(s))


PHONE_REGIONS = ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB")


def valid_phone_anywhere(digits: str) -> bool:
    for region in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def digit_run_passes_any_check(run: str, phone: bool = True) -> bool:
    """True if a bare digit run would pass one of the checksums a redactor may use."""
    checks = [
        lambda s: len(s) >= 2 and luhn.is_valid(s),
        lambda s: len(s) == 9 and rtn.is_valid(s),
        lambda s: cpf.is_valid(s),
        lambda s: cnpj.is_valid(s),
        lambda s: nif.is_valid(s),
        lambda s: nir.is_valid(s),
        lambda s: idnr.is_valid(s),
        lambda s: clabe_ok(s),
        lambda s: ssn.is_valid(s),
        lambda s: dni.is_valid(s),  # a DNI needs its letter: a bare digit run never passes
    ]
    if any(c(run) for c in checks):
        return True
    return phone and len(run) >= 6 and valid_phone_anywhere(run)


def negative_ok(text: str) -> bool:
    runs = re.findall(r"\d+", text)
    if any(len(r) >= 4 and digit_run_passes_any_check(r) for r in runs):
        return False
    joined = "".join(runs)
    if (
        len(joined) >= 6
        and joined != (runs[0] if runs else "")
        and digit_run_passes_any_check(joined, phone=False)
    ):
        return False
    return True


# --------------------------------------------------------------------------- PII values


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [
            ("411111", 16),
            ("424242", 16),
            ("400000", 16),
            ("555555", 16),
            ("510510", 16),
            ("222300", 16),
            ("378282", 15),
            ("371449", 15),
            ("601111", 16),
            ("353011", 16),
        ]
    )
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(rng: random.Random, amex: bool = False) -> str:
    return digits(rng, 4 if amex else 3)


def expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 33):02d}"


def pin(rng: random.Random) -> str:
    while True:
        p = digits(rng, rng.choice([4, 4, 4, 6]))
        if len(set(p)) > 1:
            return p


SYLL = [
    "ka",
    "lo",
    "mi",
    "ro",
    "ta",
    "zu",
    "ne",
    "vi",
    "sol",
    "mar",
    "pex",
    "dor",
    "lin",
    "qua",
    "bri",
    "tor",
    "fen",
    "gal",
    "nix",
    "oru",
    "pim",
    "rax",
    "sel",
    "tui",
    "wen",
    "yar",
]


def word(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(SYLL) for _ in range(n))


def password(rng: random.Random) -> str:
    w = word(rng, rng.randint(2, 3))
    w = w[0].upper() + w[1:] if rng.random() < 0.7 else w
    sym = rng.choice("!#$*?.-_&")
    tail = digits(rng, rng.randint(2, 4))
    shape = rng.randrange(4)
    if shape == 0:
        return w + sym + tail
    if shape == 1:
        return tail + w + sym
    if shape == 2:
        return w + tail + sym + rng.choice(UP)
    return rng.choice(UP) + w + sym + tail + word(rng, 1)


FIRST = [
    "ana",
    "luis",
    "marta",
    "jorge",
    "claire",
    "hugo",
    "lena",
    "jonas",
    "joao",
    "bia",
    "sam",
    "kate",
    "omar",
    "ines",
    "pablo",
    "nadia",
    "theo",
    "greta",
    "rui",
    "dani",
    "lola",
    "max",
]
LAST = [
    "perez",
    "moreau",
    "schulz",
    "silva",
    "smith",
    "garcia",
    "dubois",
    "weber",
    "costa",
    "brown",
    "lopez",
    "martin",
    "becker",
    "santos",
    "jones",
    "ruiz",
    "lefevre",
    "krause",
]


def username(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    shape = rng.randrange(5)
    n = digits(rng, rng.randint(2, 4))
    return [
        f"{f}_{l}{n}",
        f"{f[0]}{l}{n}",
        f"{f}.{l}{n}",
        f"{l}{f[:2]}{n}",
        f"{f}{n}{rng.choice('xzk')}",
    ][shape]


def email(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{l}",
            f"{f}{l}{digits(rng, 2)}",
            f"{f[0]}{l}",
            f"{f}_{l}",
            f"{l}.{f}{digits(rng, 1)}",
        ]
    )
    dom = rng.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "correo.example.org",
            "post.example.test",
            "example.test",
        ]
    )
    return f"{local}@{dom}"


LOCALE_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-PT": "PT",
    "pt-BR": "BR",
}


def phone(rng: random.Random, region: str) -> tuple[str, str]:
    """Returns (E.164, national significant digits as typed nationally with trunk prefix)."""
    for _ in range(1000):
        if region == "US":
            num = (
                "+1"
                + rng.choice(["202", "312", "415", "617", "713", "305"])
                + "55501"
                + digits(rng, 2)
            )
        elif region == "GB":
            num = rng.choice(["+4420794600", "+4411349600", "+4412149600", "+4416149600"]) + digits(
                rng, 2
            )
        elif region == "FR":
            num = "+33199" + digits(rng, 6)
        elif region == "DE":
            num = rng.choice(["+4930231250", "+4915228817", "+4969907", "+4940664"]) + digits(
                rng, 3
            )
        elif region == "ES":
            num = "+34" + rng.choice(["6", "7"]) + digits(rng, 8)
        elif region == "MX":
            num = "+52" + rng.choice(["55", "33", "81"]) + digits(rng, 8)
        elif region == "BR":
            num = "+55" + rng.choice(["11", "21", "31", "41"]) + "9" + digits(rng, 8)
        elif region == "PT":
            num = "+351" + rng.choice(["91", "92", "93", "96"]) + digits(rng, 7)
        else:
            raise ValueError(region)
        p = phonenumbers.parse(num)
        if phonenumbers.is_valid_number(p):
            nat = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
            return num, nat
    raise RuntimeError(region)


def bank_account(rng: random.Random, locale: str) -> str:
    n = {"de-DE": 10, "en-GB": 8, "en-US": rng.choice([10, 12]), "pt-BR": 8, "es-MX": 11}.get(
        locale, rng.choice([10, 11])
    )
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, n - 1)
        if not valid_phone_anywhere(v):
            return v


def routing(rng: random.Random, locale: str) -> str:
    if locale == "en-GB":
        return f"{rng.randint(10, 99)}-{digits(rng, 2)}-{digits(rng, 2)}"
    if locale == "de-DE":
        return str(rng.randint(1, 8)) + digits(rng, 7)  # BLZ
    while True:
        body = rng.choice(
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
                "22",
                "26",
                "31",
            ]
        ) + digits(rng, 6)
        v = body + rtn.calc_check_digit(body)
        if rtn.is_valid(v):
            return v


BBAN_DIGITS = {"ES": 20, "DE": 18, "PT": 21}  # all-digit BBANs; FR, GB, BR are built below


def iban_value(rng: random.Random, cc: str) -> str:
    for _ in range(100000):
        if cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digits(rng, 14)
        elif cc == "FR":
            bban = digits(rng, 23)  # bank, branch, account, RIB key (checked by stdnum)
        elif cc == "BR":
            bban = digits(rng, 23) + "C" + "1"
        else:
            bban = digits(rng, BBAN_DIGITS[cc])
        cand = cc + "00" + bban
        cand = cc + iban.calc_check_digits(cand) + bban
        if iban.is_valid(cand):
            return cand
    raise RuntimeError(cc)


def swift(rng: random.Random, cc: str) -> str:
    while True:
        v = (
            "".join(rng.choice(UP) for _ in range(4))
            + cc
            + rng.choice(UP + DIG)
            + rng.choice(UP + DIG)
        )
        if rng.random() < 0.4:
            v += rng.choice(["XXX", "001", "MAD", "PAR"])
        if bic.is_valid(v) and not any(c.isdigit() for c in v[:4]):
            return v


def ssn_value(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_value(rng: random.Random) -> str:
    while True:
        v = (
            "9"
            + digits(rng, 2)
            + str(rng.choice([50, 51, 62, 65, 70, 78, 88, 90, 92, 94, 99]))
            + digits(rng, 4)
        )
        if itin.is_valid(v):
            return v


def nino_value(rng: random.Random) -> str:
    while True:
        v = rng.choice(UP) + rng.choice(UP) + digits(rng, 6) + rng.choice("ABCD")
        if nino_ok(v):
            return v


def passport(rng: random.Random, locale: str) -> str:
    L = lambda n: "".join(rng.choice(UP) for _ in range(n))  # noqa: E731
    return {
        "en-US": lambda: str(rng.randint(1, 9)) + digits(rng, 8),
        "en-GB": lambda: str(rng.randint(1, 9)) + digits(rng, 8),
        "es-ES": lambda: L(3) + digits(rng, 6),
        "es-MX": lambda: rng.choice("GN") + digits(rng, 8),
        "fr-FR": lambda: digits(rng, 2) + L(2) + digits(rng, 5),
        "de-DE": lambda: "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + DIG) for _ in range(8)),
        "pt-PT": lambda: rng.choice("CPN") + digits(rng, 6),
        "pt-BR": lambda: L(2) + digits(rng, 6),
    }[locale]()


def driver_id(rng: random.Random, locale: str) -> str:
    L = lambda n: "".join(rng.choice(UP) for _ in range(n))  # noqa: E731
    return {
        "en-US": lambda: rng.choice(UP) + digits(rng, 7),
        "en-GB": lambda: (
            rng.choice(["MORGA", "SMITH", "JONES", "TAYLO"])
            + digits(rng, 6)
            + L(2)
            + digits(rng, 1)
            + L(2)
        ),
        "es-ES": lambda: dni_value(rng),
        "es-MX": lambda: L(1) + digits(rng, 8),
        "fr-FR": lambda: digits(rng, 2) + L(2) + digits(rng, 8),
        "de-DE": lambda: (
            L(1) + digits(rng, 3) + L(2) + digits(rng, 1) + L(1) + digits(rng, 2) + L(1)
        ),
        "pt-PT": lambda: rng.choice(["L-", "P-", "C-"]) + digits(rng, 7),
        "pt-BR": lambda: str(rng.randint(1, 9)) + digits(rng, 10),
    }[locale]()


def ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))


def mac(rng: random.Random) -> str:
    first = rng.randrange(256) & 0xFC | 0x02
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    sep = rng.choice([":", ":", "-"])
    s = sep.join(f"{o:02x}" for o in octets)
    return s.upper() if rng.random() < 0.4 else s


B32 = UP + "234567"


def aws_access_key(rng: random.Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def aws_secret(rng: random.Random) -> str:
    al = string.ascii_letters + DIG + "+/"
    return "".join(rng.choice(al) for _ in range(40))


def dni_value(rng: random.Random) -> str:
    n = digits(rng, 8)
    return n + dni.calc_check_digit(n)


def nie_value(rng: random.Random) -> str:
    n = rng.choice("XYZ") + digits(rng, 7)
    return n + nie.calc_check_digit(n)


def curp_value(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        v = (
            rng.choice("BCDFGHLMPRSTV")
            + rng.choice("AEIOU")
            + rng.choice(UP)
            + rng.choice(UP)
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT", "MC"])
            + "".join(rng.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3))
            + "0"
        )
        v = v + curp.calc_check_digit(v + "0")
        if curp.is_valid(v):
            return v


def rfc_value(rng: random.Random) -> str:
    while True:
        y, m, d = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        v = (
            rng.choice("BCDFGHLMPRSTV")
            + rng.choice("AEIOU")
            + rng.choice(UP)
            + rng.choice(UP)
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice(UP + "123456789")
            + rng.choice(UP + "123456789")
        )
        v = v + rfc.calc_check_digit(v + "0")
        if rfc.is_valid(v):
            return v


def clabe_value(rng: random.Random) -> str:
    v = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072"]) + digits(rng, 14)
    return v + clabe_check(v)


def cpf_value(rng: random.Random) -> str:
    while True:
        v = digits(rng, 11)
        if cpf.is_valid(v):
            return v


def cnpj_value(rng: random.Random) -> str:
    while True:
        base = digits(rng, 8) + "0001"
        v = base + cnpj.calc_check_digits(base)
        if cnpj.is_valid(v):
            return v


def nir_value(rng: random.Random) -> str:
    while True:
        base = (
            rng.choice("12")
            + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
            + rng.choice(["75", "69", "13", "33", "59", "44", "31", "67"])
            + digits(rng, 3)
            + digits(rng, 3)
        )
        v = base + nir.calc_check_digits(base)
        if nir.is_valid(v):
            return v


def idnr_value(rng: random.Random) -> str:
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, 10)
        if idnr.is_valid(v):
            return v


def nif_value(rng: random.Random) -> str:
    while True:
        base = rng.choice("123") + digits(rng, 7)
        v = base + nif.calc_check_digit(base)
        if nif.is_valid(v):
            return v


CHECKERS = {
    "CREDIT_DEBIT_NUMBER": luhn.is_valid,
    "BANK_ROUTING": lambda v: (
        len(v) != 9 or rtn.is_valid(v)
    ),  # sort codes and BLZ carry no check digit
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
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
    "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v)),
}


# --------------------------------------------------------------------------- hard negatives


def _neg_once(kind: str, locale: str, rng: random.Random) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    nz = lambda n: str(rng.randint(1, 9)) + digits(rng, n - 1)  # noqa: E731
    lang = locale[:2]
    dec = "," if lang in ("es", "fr", "de", "pt") and locale != "es-MX" else "."
    if kind == "order":
        return rng.choice(
            [
                f"#{nz(rng.randint(6, 8))}",
                f"ORD-{nz(7)}",
                f"A{nz(8)}",
                nz(rng.randint(7, 10)),
                f"PED{nz(6)}",
            ]
        )
    if kind == "tracking":
        return rng.choice(
            [
                f"1Z{''.join(rng.choice(UP + DIG) for _ in range(16))}",
                f"{rng.choice(['LX', 'RR', 'CP', 'LB'])}{nz(9)}{rng.choice(['BR', 'PT', 'ES', 'FR', 'DE'])}",
                nz(rng.choice([12, 14, 20])),
            ]
        )
    if kind == "invoice":
        return rng.choice(
            [
                f"INV-{rng.randint(2019, 2026)}-{d(5)}",
                f"FAC{nz(7)}",
                f"F-{nz(6)}",
                f"RE-{nz(8)}",
                nz(9),
            ]
        )
    if kind == "ticket":
        return rng.choice([f"#{nz(rng.randint(5, 7))}", f"TCK-{nz(6)}", f"INC{nz(7)}", nz(6)])
    if kind == "policy":
        return rng.choice(
            [
                f"POL-{nz(8)}",
                f"{rng.choice(UP)}{rng.choice(UP)}{nz(7)}",
                nz(10),
                f"AP/{nz(6)}/{d(2)}",
            ]
        )
    if kind == "contract":
        return rng.choice([f"CT-{nz(7)}", nz(10), f"CTR{rng.randint(2019, 2026)}{d(4)}"])
    if kind == "booking":
        s = [rng.choice(UP) for _ in range(6)]
        s[rng.randrange(1, 6)] = rng.choice("23456789")
        return "".join(s)
    if kind == "custref":
        return rng.choice([f"CR-{nz(8)}", f"CLI{nz(7)}", nz(8), f"REF {nz(6)}"])
    if kind in ("store", "room"):
        return nz(rng.choice([3, 4]))
    if kind == "seat":
        return f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}"
    if kind == "flight":
        return (
            rng.choice(["IB", "AF", "LH", "TP", "LA", "AM", "BA", "UA", "FR", "U2"])
            + rng.choice(["", " "])
            + nz(rng.choice([3, 4]))
        )
    if kind == "meter":
        return rng.choice([f"{nz(5)}", f"{nz(5)}{dec}{d(1)}", f"{d(6)}"])
    if kind in ("price", "amount"):
        n = rng.choice([rng.randint(1, 99), rng.randint(100, 2500)])
        cents = d(2)
        if locale in ("en-US",):
            return rng.choice([f"${n}.{cents}", f"${n}", f"USD {n}.{cents}"])
        if locale == "en-GB":
            return rng.choice([f"£{n}.{cents}", f"£{n}"])
        if locale == "es-MX":
            return rng.choice([f"${n}.{cents}", f"${n} pesos", f"MXN {n}", f"${n:,}.{cents}"])
        if locale == "pt-BR":
            return rng.choice([f"R$ {n},{cents}", f"R${n}", f"{n} reais"])
        return rng.choice(
            [f"{n},{cents} €", f"{n}€", f"€{n},{cents}", f"EUR {n},{cents}", f"{n} euros"]
        )
    if kind in ("qty", "count"):
        return str(rng.randint(1, 40))
    if kind == "pct":
        return rng.choice(
            [
                f"{rng.randint(1, 80)}%",
                f"{rng.randint(1, 30)}{dec}{rng.randint(1, 9)} %",
                f"{rng.randint(5, 50)} %",
            ]
        )
    if kind == "date":
        y, m, dd = rng.randint(2020, 2027), rng.randint(1, 12), rng.randint(1, 28)
        if locale == "en-US":
            return rng.choice([f"{m}/{dd}/{y}", f"{m}/{dd}", f"{y}-{m:02d}-{dd:02d}"])
        if lang == "de":
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.", f"{dd}.{m}.{y % 100:02d}"])
        return rng.choice(
            [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}", f"{y}-{m:02d}-{dd:02d}", f"{dd}-{m:02d}-{y}"]
        )
    if kind == "time":
        h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 45, 50])
        if lang == "en":
            return rng.choice(
                [f"{h:02d}:{mi:02d}", f"{h % 12 or 12}pm", f"{h % 12 or 12}:{mi:02d} am"]
            )
        if lang == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h:02d}:{mi:02d}"])
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}h", f"{h}h"])
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "duration":
        return str(rng.choice([rng.randint(2, 59), rng.randint(2, 12)]))
    if kind == "zip":
        return {
            "en-US": rng.choice([nz(5), f"{nz(5)}-{d(4)}"]),
            "en-GB": f"{rng.choice(['SW', 'LS', 'M', 'B', 'EH'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(UP)}{rng.choice(UP)}",
            "pt-PT": f"{rng.randint(1000, 9999)}-{d(3)}",
            "pt-BR": f"{d(5)}-{d(3)}",
        }.get(locale, nz(5))
    if kind == "zip4":
        return f"{nz(5)}-{d(4)}"
    if kind == "model":
        return rng.choice(
            [
                f"SM-A{rng.randint(100, 999)}",
                f"XR-{rng.randint(100, 900)}",
                f"WX{rng.randint(1000, 9999)}",
                f"Pixel {rng.randint(6, 9)}",
                f"iPhone {rng.randint(11, 16)}",
                f"FRITZ!Box {rng.randint(7000, 7999)}",
                f"HG{rng.randint(600, 899)}",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(10, 18)}.{rng.randint(0, 6)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 99)}",
            ]
        )
    if kind == "error":
        return rng.choice(
            [
                f"E{nz(4)}",
                f"ERR-{nz(3)}",
                f"0x8{d(7)}",
                f"{rng.choice(['4', '5'])}0{rng.randint(0, 9)}",
                f"E-{nz(2)}",
            ]
        )
    if kind == "size":
        return rng.choice(
            [
                f"{rng.choice([8, 16, 32, 64, 128, 256, 512])}GB",
                f"{rng.randint(1, 99)}{dec}{d(1)} MB",
                f"{rng.randint(10, 999)} Mbps",
                f"{rng.randint(1, 50)} GB",
            ]
        )
    if kind == "plate":
        return {
            "es-ES": f"{d(4)} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}",
            "fr-FR": f"{rng.choice(UP)}{rng.choice(UP)}-{d(3)}-{rng.choice(UP)}{rng.choice(UP)}",
            "de-DE": f"{rng.choice(['B', 'M', 'HH', 'K', 'F'])}-{rng.choice(UP)}{rng.choice(UP)} {rng.randint(1, 9999)}",
            "pt-BR": f"{rng.choice(UP)}{rng.choice(UP)}{rng.choice(UP)}{d(1)}{rng.choice(UP)}{d(2)}",
            "pt-PT": f"{rng.choice(UP)}{rng.choice(UP)}-{d(2)}-{rng.choice(UP)}{rng.choice(UP)}",
            "en-GB": f"{rng.choice(UP)}{rng.choice(UP)}{d(2)} {rng.choice(UP)}{rng.choice(UP)}{rng.choice(UP)}",
            "es-MX": f"{rng.choice(UP)}{rng.choice(UP)}{rng.choice(UP)}-{d(3)}-{rng.choice(UP)}",
        }.get(locale, f"{rng.randint(1, 9)}{rng.choice(UP)}{rng.choice(UP)}{rng.choice(UP)}{d(3)}")
    raise ValueError(kind)


NEG_KINDS = [
    "order",
    "tracking",
    "invoice",
    "ticket",
    "policy",
    "contract",
    "booking",
    "custref",
    "store",
    "room",
    "seat",
    "flight",
    "meter",
    "price",
    "amount",
    "qty",
    "count",
    "pct",
    "date",
    "time",
    "year",
    "duration",
    "zip",
    "zip4",
    "model",
    "version",
    "error",
    "size",
    "plate",
]


def negative(kind: str, locale: str, rng: random.Random) -> str:
    for _ in range(10000):
        v = _neg_once(kind, locale, rng)
        if negative_ok(v):
            return v
    raise RuntimeError(kind)
