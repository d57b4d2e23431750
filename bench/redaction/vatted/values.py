"""Synthetic values for the vatted corpus, each drawn and then checked with python-stdnum.

Values are drawn by rejection: random digits until the library's validator accepts them, so
the checksum code we rely on is the library's, not ours (CLABE and NI numbers excepted).
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


@dataclass(frozen=True)
class Value:
    """A canonical value and the groups of its printed form."""

    type: str
    canonical: str
    plain: str  # official print form
    groups: tuple[str, ...]  # alphanumeric groups of the printed form, in order


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _draw(rng: random.Random, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    for _ in range(100_000):
        v = make()
        if ok(v):
            return v
    raise RuntimeError("could not draw a valid value")


def _chunks(s: str, sizes: list[int]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return tuple(x for x in out if x)


def clabe_ok(v: str) -> bool:
    """CLABE: 18 digits, weights 3,7,1 repeated, check = (10 - sum mod 10) mod 10."""
    if not re.fullmatch(r"\d{18}", v):
        return False
    s = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(v[:17]))
    return (10 - s % 10) % 10 == int(v[17])


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v):
        return False
    return (
        v[0] not in NINO_BAD_FIRST and v[1] not in NINO_BAD_SECOND and v[:2] not in NINO_BAD_PREFIX
    )


def phone_ok(v: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, region))
    except phonenumbers.NumberParseException:
        return False


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "CREDIT_DEBIT_NUMBER": lambda v: v.isdigit() and luhn.is_valid(v),
    "CREDIT_DEBIT_CVV": lambda v: bool(re.fullmatch(r"\d{3,4}", v)),
    "CREDIT_DEBIT_EXPIRY": lambda v: bool(re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", v)),
    "PIN": lambda v: bool(re.fullmatch(r"\d{4,6}", v)),
    "PASSWORD": lambda v: bool(re.fullmatch(r"\S{8,}", v)),
    "USERNAME": lambda v: bool(re.fullmatch(r"[a-z][a-z0-9_.]{3,}", v)),
    "EMAIL": lambda v: bool(re.fullmatch(r"[a-z0-9._]+@example\.(com|org|net|test)", v)),
    "PHONE": lambda v: v.startswith("+") and phone_ok(v, "ZZ"),
    # ABA numbers carry a checksum; sort codes, BLZ, agência and bank/branch codes do not.
    "BANK_ROUTING": lambda v: (
        rtn.is_valid(v) if len(v) == 9 else bool(re.fullmatch(r"\d{4}|\d{6}|\d{8}", v))
    ),
    "BANK_ACCOUNT_NUMBER": lambda v: bool(re.fullmatch(r"\d{8,12}", v)),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": nino_ok,
    "PASSPORT_NUMBER": lambda v: (
        bool(re.fullmatch(r"[A-Z0-9]{7,9}", v)) and sum(c.isdigit() for c in v) >= 5
    ),
    "DRIVER_ID": lambda v: bool(re.fullmatch(r"[A-Z0-9]{8,16}", v)) and any(c.isdigit() for c in v),
    "IP_ADDRESS": lambda v: (
        bool(re.fullmatch(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}", v))
        or v.startswith("2001:db8:")
    ),
    "MAC_ADDRESS": lambda v: (
        bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 2 == 2
    ),
    "AWS_ACCESS_KEY": lambda v: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v)),
    "AWS_SECRET_KEY": lambda v: bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v)),
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": lambda v: rfc.is_valid(v, validate_check_digits=True),
    "MX_CLABE": clabe_ok,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
}

# Published test BINs (Visa, Mastercard, Amex, Discover test ranges).
TEST_PREFIXES = [
    ("4111", 16),
    ("4242", 16),
    ("5555", 16),
    ("5105", 16),
    ("2223", 16),
    ("3782", 15),
    ("6011", 16),
]
IBAN_SPEC = {"ES": 20, "DE": 18, "FR": 23, "PT": 21, "GB": 18, "BR": 25}
NAMES = [
    "ana",
    "luis",
    "marta",
    "jon",
    "kate",
    "pierre",
    "lea",
    "jonas",
    "anke",
    "joao",
    "rita",
    "carmen",
    "diego",
]
SURN = [
    "lopez",
    "smith",
    "martin",
    "muller",
    "silva",
    "garcia",
    "dubois",
    "costa",
    "weber",
    "reyes",
    "brown",
]
B32 = string.ascii_uppercase + "234567"
SECRET = string.ascii_letters + string.digits + "/+"
CURP_STATES = ["DF", "JC", "NL", "PL", "VZ", "GT", "MC"]
LETTERS = "BCDFGHJKLMNPRSTVXYZ"


def _card(rng: random.Random) -> Value:
    pre, n = rng.choice(TEST_PREFIXES)
    body = pre + _digits(rng, n - len(pre) - 1)
    v = body + luhn.calc_check_digit(body)
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    g = _chunks(v, sizes)
    return Value("CREDIT_DEBIT_NUMBER", v, " ".join(g), g)


def _iban(rng: random.Random, cc: str) -> Value:
    n = IBAN_SPEC[cc]

    def make() -> str:
        if cc == "GB":
            bban = "NWBK" + _digits(rng, 14)
        elif cc == "FR":
            bban = _digits(rng, 21) + _digits(rng, 2)
        elif cc == "BR":
            bban = _digits(rng, 23) + "C1"
        else:
            bban = _digits(rng, n)
        return cc + iban.calc_check_digits(cc + "00" + bban) + bban

    v = _draw(rng, make, iban.is_valid)
    g = tuple(iban.format(v).split(" "))
    return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", v, " ".join(g), g)


def _phone(rng: random.Random, region: str) -> Value:
    def make() -> str:
        if region == "US":
            return (
                "+1" + rng.choice(["202", "312", "415", "617", "713"]) + "55501" + _digits(rng, 2)
            )
        if region == "GB":
            return rng.choice(["+447700900", "+442079460"]) + _digits(rng, 3)
        if region == "ES":
            return "+34" + rng.choice("67") + _digits(rng, 8)
        if region == "MX":
            return "+52" + rng.choice(["55", "33", "81"]) + _digits(rng, 8)
        if region == "FR":
            return "+33" + rng.choice("67") + _digits(rng, 8)
        if region == "DE":
            return "+49" + rng.choice(["151", "160", "170", "176"]) + _digits(rng, 8)
        if region == "BR":
            return (
                "+55" + rng.choice(["11", "21", "31"]) + "9" + rng.choice("6789") + _digits(rng, 7)
            )
        return "+351" + rng.choice(["91", "92", "93", "96"]) + _digits(rng, 7)

    v = _draw(rng, make, lambda x: phone_ok(x, region))
    num = phonenumbers.parse(v, region)
    fmt = rng.choice(
        [phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL]
        + [phonenumbers.PhoneNumberFormat.E164] * (rng.random() < 0.3)
    )
    plain = phonenumbers.format_number(num, fmt)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    g = tuple(re.findall(r"\+?\d+", plain if fmt != phonenumbers.PhoneNumberFormat.E164 else intl))
    return Value("PHONE", v, plain, g)


def _fmt_simple(t: str, v: str, sizes: list[int], seps: list[str] | None = None) -> Value:
    g = _chunks(v, sizes)
    if seps is None:
        return Value(t, v, " ".join(g), g)
    plain = g[0] + "".join(s + x for s, x in zip(seps, g[1:], strict=False))
    return Value(t, v, plain, g)


def draw(t: str, rng: random.Random, locale: str) -> Value:
    """Draw one valid value of type t for a customer of this locale."""
    region = REGION[locale]
    if t == "CREDIT_DEBIT_NUMBER":
        return _card(rng)
    if t == "CREDIT_DEBIT_CVV":
        v = _digits(rng, rng.choice([3, 3, 3, 4]))
        return Value(t, v, v, tuple(v))
    if t == "CREDIT_DEBIT_EXPIRY":
        mm, yy = f"{rng.randint(1, 12):02d}", f"{rng.randint(26, 33)}"
        return Value(t, f"{mm}/{yy}", f"{mm}/{yy}", (mm, yy))
    if t == "PIN":
        v = _digits(rng, rng.choice([4, 4, 4, 6]))
        return Value(t, v, v, tuple(v))
    if t == "PASSWORD":
        w = rng.choice(["Sol", "Luna", "Tiger", "Blau", "Casa", "Mango", "Nuit", "Praia", "Otto"])
        v = (
            w
            + rng.choice(["_", "!", "#", ".", "$"])
            + _digits(rng, rng.randint(2, 4))
            + rng.choice(["x", "Q", "!", "z"])
            + rng.choice(["Rio", "kz", "!", "Mar"])
        )
        return Value(t, v, v, (v,))
    if t == "USERNAME":
        v = rng.choice(NAMES) + rng.choice(["_", ".", ""]) + rng.choice(SURN)[:4] + _digits(rng, 2)
        return Value(t, v, v, (v,))
    if t == "EMAIL":
        v = (
            rng.choice(NAMES)
            + rng.choice([".", "_", ""])
            + rng.choice(SURN)
            + rng.choice(["", _digits(rng, 2)])
        )
        v += "@example." + rng.choice(["com", "org", "net", "test"])
        return Value(t, v, v, (v,))
    if t == "PHONE":
        return _phone(rng, region)
    if t == "BANK_ACCOUNT_NUMBER":
        n = {"US": 10, "GB": 8, "ES": 10, "MX": 11, "FR": 11, "DE": 10, "BR": 8, "PT": 11}[region]
        v = rng.choice("123456789") + _digits(rng, n - 1)
        if region == "BR":
            return _fmt_simple(t, v, [7, 1], ["-"])
        return _fmt_simple(t, v, [4] * 3)
    if t == "BANK_ROUTING":
        if region == "US":
            b = rng.choice(["0110", "0210", "0260", "1210", "3222"]) + _digits(rng, 4)
            v = b + rtn.calc_check_digit(b)
            return Value(t, v, v, _chunks(v, [3, 3, 3]))
        if region == "GB":
            v = rng.choice(["20", "40", "60", "30"]) + _digits(rng, 4)
            return _fmt_simple(t, v, [2, 2, 2], ["-", "-"])
        if region == "DE":
            v = rng.choice("1234567") + _digits(rng, 7)
            return _fmt_simple(t, v, [3, 3, 2])
        if region == "BR":
            v = _digits(rng, 4)
            return Value(t, v, v, (v,))
        v = _digits(rng, 4) + _digits(rng, 4)  # bank + branch code
        return _fmt_simple(t, v, [4, 4])
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        cc = region if region in IBAN_SPEC else rng.choice(["ES", "DE", "FR", "PT", "GB"])
        return _iban(rng, cc)
    if t == "SWIFT_CODE":
        v = rng.choice(
            [
                "DEUTDEFF",
                "BSCHESMM",
                "BNPAFRPP",
                "CGDIPTPL",
                "BOFAUS3N",
                "NWBKGB2L",
                "BNMXMXMM",
                "BRASBRRJ",
            ]
        )
        v += rng.choice(["", "", "XXX", "500"])
        return Value(t, v, v, (v,))
    if t == "SSN":
        v = _draw(rng, lambda: _digits(rng, 9), ssn.is_valid)
        return _fmt_simple(t, v, [3, 2, 4], ["-", "-"])
    if t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        v = _draw(
            rng,
            lambda: "9" + _digits(rng, 2) + rng.choice(["7", "8"]) + _digits(rng, 5),
            itin.is_valid,
        )
        return _fmt_simple(t, v, [3, 2, 4], ["-", "-"])
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        v = _draw(
            rng,
            lambda: (
                "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
                + _digits(rng, 6)
                + rng.choice("ABCD")
            ),
            nino_ok,
        )
        return Value(t, v, " ".join(_chunks(v, [2, 2, 2, 2, 1])), _chunks(v, [2, 2, 2, 2, 1]))
    if t == "PASSPORT_NUMBER":
        v = {
            "US": lambda: "A" + _digits(rng, 8),
            "GB": lambda: _digits(rng, 9),
            "ES": lambda: "PA" + _digits(rng, 7),
            "MX": lambda: "G" + _digits(rng, 8),
            "FR": lambda: _digits(rng, 2) + "AB" + _digits(rng, 5),
            "DE": lambda: (
                "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ") for _ in range(3)) + _digits(rng, 5)
            ),
            "BR": lambda: "FX" + _digits(rng, 6),
            "PT": lambda: "P" + _digits(rng, 6),
        }[region]()
        return Value(t, v, v, (v,))
    if t == "DRIVER_ID":
        v = {
            "US": lambda: rng.choice("DFGS") + _digits(rng, 7),
            "GB": lambda: (
                rng.choice(SURN)[:5].upper().ljust(5, "9")
                + _digits(rng, 6)
                + "AB"
                + _digits(rng, 1)
                + "CD"
            ),
            "BR": lambda: _digits(rng, 11),
            "DE": lambda: (
                rng.choice("BFJN")
                + _digits(rng, 3)
                + "".join(rng.choice(LETTERS) for _ in range(2))
                + _digits(rng, 4)
                + rng.choice(LETTERS)
            ),
        }.get(region, lambda: _digits(rng, 8) + rng.choice(LETTERS))()
        return Value(t, v, v, (v,))
    if t == "IP_ADDRESS":
        v = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
        return Value(t, v, v, tuple(v.split(".")))
    if t == "MAC_ADDRESS":
        first = rng.choice(["02", "06", "0a", "1e", "52", "ae", "de"])
        v = first + ":" + ":".join(f"{rng.randrange(256):02x}" for _ in range(5))
        return Value(t, v, v, tuple(v.split(":")))
    if t == "AWS_ACCESS_KEY":
        v = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
        return Value(t, v, v, (v,))
    if t == "AWS_SECRET_KEY":
        v = "".join(rng.choice(SECRET) for _ in range(40))
        return Value(t, v, v, (v,))
    if t == "ES_DNI":
        b = _digits(rng, 8)
        v = b + dni.calc_check_digit(b)
        return Value(t, v, v if rng.random() < 0.6 else b + "-" + v[-1], (b, v[-1]))
    if t == "ES_NIE":
        p, b = rng.choice("XYZ"), _digits(rng, 7)
        v = p + b + nie.calc_check_digit(p + b)
        return Value(t, v, v, (p, b, v[-1]))
    if t == "MX_CURP":

        def make_curp() -> str:
            s = (
                "".join(rng.choice(LETTERS) for _ in range(1))
                + rng.choice("AEIOU")
                + "".join(rng.choice(LETTERS) for _ in range(2))
            )
            s += (
                f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                + rng.choice("HM")
                + rng.choice(CURP_STATES)
            )
            s += "".join(rng.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3)) + "0"
            return s + curp.calc_check_digit(s + "0")

        v = _draw(rng, make_curp, curp.is_valid)
        return Value(t, v, v, (v,))
    if t == "MX_RFC":

        def make_rfc() -> str:
            s = (
                rng.choice(LETTERS)
                + rng.choice("AEIOU")
                + "".join(rng.choice(LETTERS) for _ in range(2))
            )
            s += f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            s += "".join(rng.choice(string.ascii_uppercase[:9] + "123456789") for _ in range(2))
            return s + rfc.calc_check_digit(s + "0")

        v = _draw(rng, make_rfc, VALIDATORS["MX_RFC"])
        return Value(t, v, v, (v[:4], v[4:10], v[10:]))
    if t == "MX_CLABE":
        b = rng.choice(["002", "012", "014", "021", "072"]) + _digits(rng, 14)
        s = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(b))
        v = b + str((10 - s % 10) % 10)
        return _fmt_simple(t, v, [3, 3, 11, 1])
    if t == "BR_CPF":
        v = _draw(rng, lambda: _digits(rng, 11), cpf.is_valid)
        return _fmt_simple(t, v, [3, 3, 3, 2], [".", ".", "-"])
    if t == "BR_CNPJ":
        v = _draw(rng, lambda: _digits(rng, 8) + "0001" + _digits(rng, 2), cnpj.is_valid)
        return _fmt_simple(t, v, [2, 3, 3, 4, 2], [".", ".", "/", "-"])
    if t == "FR_NIR":

        def make_nir() -> str:
            b = (
                rng.choice("12")
                + _digits(rng, 2)
                + f"{rng.randint(1, 12):02d}"
                + f"{rng.randint(1, 95):02d}"
                + _digits(rng, 6)
            )
            return b + nir.calc_check_digits(b)

        v = _draw(rng, make_nir, nir.is_valid)
        return _fmt_simple(t, v, [1, 2, 2, 2, 3, 3, 2])
    if t == "DE_TAX_ID":
        v = _draw(rng, lambda: rng.choice("123456789") + _digits(rng, 10), idnr.is_valid)
        return _fmt_simple(t, v, [2, 3, 3, 3])
    if t == "PT_NIF":
        v = _draw(rng, lambda: rng.choice("1235") + _digits(rng, 8), nif.is_valid)
        return _fmt_simple(t, v, [3, 3, 3])
    raise KeyError(t)


# --- hard negatives -------------------------------------------------------------------------

PHONE_REGIONS = ["US", "GB", "ES", "MX", "FR", "DE", "BR", "PT"]
_RUN_CHECKS: list[Callable[[str], bool]] = [
    lambda r: len(r) >= 8 and luhn.is_valid(r),
    rtn.is_valid,
    ssn.is_valid,
    itin.is_valid,
    nif.is_valid,
    cpf.is_valid,
    cnpj.is_valid,
    idnr.is_valid,
    nir.is_valid,
    clabe_ok,
    lambda r: any(phone_ok(r, reg) for reg in PHONE_REGIONS),
]


def looks_like_pii(text: str) -> bool:
    """True if any run of 5+ digits passes a PII check (or a DNI sits in the text)."""
    runs = re.findall(r"\d{5,}", text)
    if re.search(r"\d{8}[A-Z]", text) and dni.is_valid(re.search(r"\d{8}[A-Z]", text).group()):  # type: ignore[union-attr]
        return True
    return any(check(r) for r in runs for check in _RUN_CHECKS)


def _kw(rng: random.Random, kind: str, locale: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    region = REGION[locale]
    if kind == "order":
        return (
            rng.choice(["", "#", "ORD-", "PED-", "CMD-", "BE-", "A"])
            + rng.choice("123456789")
            + d(rng.randint(4, 7))
        )
    if kind in ("booking", "ticket"):
        return (
            rng.choice(["TK-", "INC", "#", "REF-"]) + rng.choice("123456789") + d(rng.randint(3, 6))
        )
    if kind in ("invoice", "contract"):
        return (
            rng.choice(["F-", "INV-", "RE-", "CT-"])
            + f"{rng.randint(2022, 2026)}-"
            + d(rng.randint(3, 5))
        )
    if kind == "amount":
        a, c = rng.randint(1, 2999), d(2)
        return f"{a}.{c}" if region in ("US", "GB", "MX") else f"{a},{c}"
    if kind == "date":
        dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
        return (
            f"{mm}/{dd}/{yy}"
            if region == "US"
            else rng.choice(
                [f"{dd:02d}/{mm:02d}/{yy}", f"{dd}.{mm}.{yy}", f"{yy}-{mm:02d}-{dd:02d}"]
            )
        )
    if kind == "time":
        return f"{rng.randint(7, 22)}:{rng.choice(['00', '15', '30', '45', '05'])}"
    if kind == "year":
        return str(rng.randint(1998, 2026))
    if kind == "zip":
        return {
            "US": d(5),
            "GB": rng.choice(["SW1A ", "M1 ", "EH3 ", "B15 "]) + d(1) + "AA",
            "ES": "28" + d(3),
            "MX": "0" + d(4),
            "FR": "75" + d(3),
            "DE": "1" + d(4),
            "BR": d(5) + "-" + d(3),
            "PT": "1" + d(3) + "-" + d(3),
        }[region]
    if kind == "zip4":
        return d(5) + "-" + d(4)
    if kind == "count":
        return str(rng.randint(2, 40))
    if kind == "flight":
        return (
            rng.choice(["IB", "UX", "LH", "AF", "TP", "LA", "AM", "BA", "UA"])
            + rng.choice(["", " "])
            + str(rng.randint(10, 9999))
        )
    if kind == "model":
        return rng.choice(["XR-", "SM-A", "KX", "HL-L", "P"]) + str(rng.randint(10, 9990))
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
    if kind == "room":
        return str(rng.randint(101, 1220))
    if kind == "street":
        return str(rng.randint(1, 240))
    if kind == "tracking":
        return (
            rng.choice(["1Z", "LX", "JJD", "CTT"])
            + d(rng.randint(9, 12))
            + rng.choice(["", "BR", "PT", "DE"])
        )
    raise KeyError(kind)


def hard_negative(rng: random.Random, kind: str, locale: str) -> str:
    """A number of this kind that no PII check accepts (redrawn until so)."""
    return _draw(rng, lambda: _kw(rng, kind, locale), lambda v: not looks_like_pii(v))
