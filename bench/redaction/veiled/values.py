"""Synthetic PII values, each drawn at random and re-validated with its public check.

A value is returned as print groups (its official grouping); renderers regroup or
obfuscate them. Nothing here is real personal data: check digits are computed, the rest
is random.
"""

from __future__ import annotations

import random
import re
import string
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

D = string.digits
U = string.ascii_uppercase


@dataclass(frozen=True)
class Value:
    type: str
    groups: tuple[str, ...]  # official print groups
    sep: str = " "  # separator of the official print form

    @property
    def compact(self) -> str:
        return "".join(self.groups)

    @property
    def printed(self) -> str:
        return self.sep.join(self.groups)


def rd(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def ru(rng: random.Random, n: int, alphabet: str = U) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def chunk(s: str, sizes: list[int]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return tuple(x for x in out if x)


def clabe_check(body17: str) -> str:
    w = (3, 7, 1)
    total = sum(int(c) * w[i % 3] % 10 for i, c in enumerate(body17))
    return str((10 - total % 10) % 10)


def clabe_valid(s: str) -> bool:
    return len(s) == 18 and s.isdigit() and clabe_check(s[:17]) == s[17]


def nino_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def card(rng: random.Random) -> Value:
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + rd(rng, 12)
        num = body + luhn.calc_check_digit(body)
        return Value("CREDIT_DEBIT_NUMBER", chunk(num, [4, 6, 5]))
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "disc": "6011"}[kind]
    body = prefix + rd(rng, 15 - len(prefix))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return Value("CREDIT_DEBIT_NUMBER", chunk(num, [4, 4, 4, 4]))


def aba(rng: random.Random) -> str:
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + rd(rng, 7)
        num = body + rtn.calc_check_digit(body)
        if rtn.is_valid(num):
            return num


IBAN_BBAN = {
    "DE": lambda r: rd(r, 18),
    "ES": lambda r: rd(r, 20),
    "FR": lambda r: rd(r, 23),
    "GB": lambda r: ru(r, 4) + rd(r, 14),
    "IE": lambda r: ru(r, 4) + rd(r, 14),
    "PT": lambda r: rd(r, 21),
    "BE": lambda r: rd(r, 12),
    "AT": lambda r: rd(r, 16),
    "CH": lambda r: rd(r, 17),
    "BR": lambda r: rd(r, 23) + r.choice("CP") + r.choice("12"),
}


def make_iban(rng: random.Random, cc: str) -> Value:
    # Retry: several countries carry a national check inside the BBAN that stdnum verifies.
    for _ in range(20000):
        bban = IBAN_BBAN[cc](rng)
        num = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(num):
            return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", chunk(num, [4] * 9))
    raise RuntimeError(cc)


def make_phone(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    ptype = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE] * 3 + [phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    ex = phonenumbers.example_number_for_type(region, ptype)
    assert ex is not None
    nsn = str(ex.national_number)
    for _ in range(5000):
        keep = rng.randint(2, 3)
        cand = nsn[:keep] + rd(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(num, region):
            return num
    raise RuntimeError(region)


def phone_value(rng: random.Random, region: str) -> Value:
    num = make_phone(rng, region)
    style = rng.choice(["intl", "intl", "nat", "nat", "e164"])
    fmt = {
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
        "e164": phonenumbers.PhoneNumberFormat.E164,
    }[style]
    if style == "e164":
        # E.164 prints without spaces, but people regroup it the international way.
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        groups = tuple(re.sub(r"[^0-9+ ]", "", intl).split())
        assert "".join(groups) == phonenumbers.format_number(num, fmt)
        return Value("PHONE", groups, "")
    text = phonenumbers.format_number(num, fmt)
    # Keep "+" and parentheses in the first group so the printed form is the real print.
    return Value("PHONE", tuple(text.split(" ")), " ")


def phone_ok(digits: str, region: str) -> bool:
    """True if the digits (any print of a number) parse to a valid number of the region."""
    for cand in (digits, "+" + digits, "+" + digits.removeprefix("00")):
        try:
            num = phonenumbers.parse(cand, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(num, region):
            return True
    return False


def make_ssn(rng: random.Random) -> Value:
    while True:
        num = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(num):
            return Value("SSN", chunk(num, [3, 2, 4]), "-")


def make_itin(rng: random.Random) -> Value:
    while True:
        mid = rng.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
        num = f"9{rd(rng, 2)}{mid:02d}{rd(rng, 4)}"
        if itin.is_valid(num):
            return Value("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", chunk(num, [3, 2, 4]), "-")


def make_nino(rng: random.Random) -> Value:
    while True:
        s = ru(rng, 2) + rd(rng, 6) + rng.choice("ABCD")
        if nino_valid(s):
            return Value("UK_NATIONAL_INSURANCE_NUMBER", chunk(s, [2, 2, 2, 2, 1]))


def make_dni(rng: random.Random) -> Value:
    body = rd(rng, 8)
    s = body + dni.calc_check_digit(body)
    assert dni.is_valid(s)
    return Value("ES_DNI", (body, s[-1]), "-")


def make_nie(rng: random.Random) -> Value:
    body = rng.choice("XYZ") + rd(rng, 7)
    s = body + nie.calc_check_digit(body)
    assert nie.is_valid(s)
    return Value("ES_NIE", (body[0], body[1:], s[-1]), "-")


# Mexican state codes a CURP may carry (NE, born abroad, left out).
STATES = [
    *[
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
    ],
    *[
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
    ],
]


def make_curp(rng: random.Random) -> Value:
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    while True:
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        head = rng.choice(cons) + rng.choice("AEIOU") + ru(rng, 2)
        body = (
            head
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + rng.choice("HM")
            + rng.choice(STATES)
            + ru(rng, 3, cons)
            + rng.choice(D)
        )
        s = body + curp.calc_check_digit(body)
        if curp.is_valid(s):
            # No official grouping; people who split it do so at name, birth date, rest.
            return Value("MX_CURP", (s[:4], s[4:10], s[10:16], s[16:]), "")


def make_rfc(rng: random.Random) -> Value:
    while True:
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = ru(rng, 4) + f"{yy:02d}{mm:02d}{dd:02d}" + ru(rng, 2, U + D)
        s = body + rfc.calc_check_digit(body)
        try:
            rfc.validate(s, validate_check_digits=True)
        except Exception:  # noqa: S112 - stdnum raises several types; redraw on any
            continue
        return Value("MX_RFC", (s[:4], s[4:10], s[10:]), "-")


def make_clabe(rng: random.Random) -> Value:
    body = rng.choice(["002", "012", "014", "021", "036", "072", "137"]) + rd(rng, 14)
    s = body + clabe_check(body)
    return Value("MX_CLABE", chunk(s, [3, 3, 11, 1]))


def make_cpf(rng: random.Random) -> Value:
    while True:
        body = rd(rng, 9)
        if len(set(body)) == 1:
            continue
        for cd in range(100):
            s = f"{body}{cd:02d}"
            if cpf.is_valid(s):
                return Value("BR_CPF", (s[:3], s[3:6], s[6:9], s[9:]), ".")


def make_cnpj(rng: random.Random) -> Value:
    body = rd(rng, 8) + "0001"
    s = body + cnpj.calc_check_digits(body)
    assert cnpj.is_valid(s)
    return Value("BR_CNPJ", (s[:2], s[2:5], s[5:8], s[8:12], s[12:]), ".")


def make_nir(rng: random.Random) -> Value:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        )
        if body[5:7] == "20":
            continue
        s = body + nir.calc_check_digits(body)
        if nir.is_valid(s):
            return Value("FR_NIR", chunk(s, [1, 2, 2, 2, 3, 3, 2]))


def make_idnr(rng: random.Random) -> Value:
    while True:
        s = str(rng.randint(1, 9)) + rd(rng, 10)
        if idnr.is_valid(s):
            return Value("DE_TAX_ID", chunk(s, [2, 3, 3, 3]))


def make_nif(rng: random.Random) -> Value:
    body = rng.choice("1235689") + rd(rng, 7)
    s = body + nif.calc_check_digit(body)
    assert nif.is_valid(s)
    return Value("PT_NIF", chunk(s, [3, 3, 3]))


def make_swift(rng: random.Random, cc: str) -> Value:
    while True:
        s = ru(rng, 4) + cc + ru(rng, 2, U + D) + rng.choice(["", "", "XXX", ru(rng, 3, U + D)])
        if bic.is_valid(s):
            return Value("SWIFT_CODE", (s,), "")


PWD_CHARS = string.ascii_letters + D + "!$%*-_.~"


def make_password(rng: random.Random) -> Value:
    words = ["Sol", "gato", "Blue", "Lune", "Haus", "mar", "Tiger", "cafe", "Rio", "kiwi", "Nube"]
    style = rng.random()
    if style < 0.4:
        s = rng.choice(words) + rng.choice(words).lower() + rd(rng, rng.randint(2, 4))
        s += rng.choice("!$*-_")
    elif style < 0.7:
        s = "".join(rng.choice(PWD_CHARS) for _ in range(rng.randint(10, 16)))
    else:
        s = rng.choice(words) + rd(rng, 4) + rng.choice(words).upper()
    if not any(c.isdigit() for c in s):
        s += rd(rng, 2)
    return Value("PASSWORD", (s,), "")


def make_akid(rng: random.Random) -> Value:
    return Value("AWS_ACCESS_KEY", (rng.choice(["AKIA", "ASIA"]) + ru(rng, 16, U + "234567"),), "")


def make_ask(rng: random.Random) -> Value:
    alpha = string.ascii_letters + D + "/+"
    return Value("AWS_SECRET_KEY", ("".join(rng.choice(alpha) for _ in range(40)),), "")


def make_ip(rng: random.Random) -> Value:
    if rng.random() < 0.15:
        parts = ["2001", "db8", *(format(rng.randint(0, 65535), "x") for _ in range(4))]
        return Value("IP_ADDRESS", (":".join(parts),), "")
    first = rng.choice([23, 31, 45, 62, 77, 81, 88, 91, 104, 151, 176, 185, 189, 201, 213])
    s = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return Value("IP_ADDRESS", (s,), "")


def make_mac(rng: random.Random) -> Value:
    b = [format(rng.randint(0, 255), "02x") for _ in range(6)]
    b[0] = format(int(b[0], 16) & 0xFE, "02x")
    upper = rng.random() < 0.5
    parts = tuple(x.upper() if upper else x for x in b)
    return Value("MAC_ADDRESS", parts, rng.choice([":", ":", "-"]))


FIRST = [
    "ana",
    "luis",
    "marta",
    "jose",
    "lea",
    "tom",
    "nina",
    "paul",
    "sofia",
    "ines",
    "jonas",
    "lukas",
    "clara",
    "joao",
    "bea",
    "rafa",
    "kim",
]
LAST = [
    "perez",
    "garcia",
    "martin",
    "dubois",
    "muller",
    "schmidt",
    "silva",
    "santos",
    "costa",
    "brown",
    "walsh",
    "lopez",
    "rossi",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "example.fr",
    "example.de",
    "mail.example",
    "correo.example",
    "post.test",
    "mailbox.test",
    "shop.example.com",
    "example.com.br",
    "example.es",
    "example.co.uk",
    "uni.example.edu",
]


def make_email(rng: random.Random) -> Value:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{last}",
            f"{f}{last}",
            f"{f[0]}{last}",
            f"{f}_{last}{rd(rng, 2)}",
            f"{last}.{f}{rd(rng, 2)}",
            f"{f}{rd(rng, 4)}",
            f"{f}.{last}{rd(rng, 2)}",
        ]
    )
    return Value("EMAIL", (local, rng.choice(DOMAINS)), "@")


def make_passport(rng: random.Random, cc: str) -> Value:
    t = "PASSPORT_NUMBER"
    if cc in {"US", "GB", "IE", "AU", "CA"}:
        if cc == "US":
            return Value(t, (rd(rng, 9),), "")
        if cc == "CA":
            return Value(t, (ru(rng, 2) + rd(rng, 6),), "")
        if cc == "IE":
            return Value(t, (ru(rng, 2) + rd(rng, 7),), "")
        if cc == "AU":
            return Value(t, (rng.choice("NPE") + rd(rng, 7),), "")
        return Value(t, (rd(rng, 9),), "")
    if cc == "FR":
        return Value(t, (rd(rng, 2) + ru(rng, 2) + rd(rng, 5),), "")
    if cc in {"DE", "AT"}:
        return Value(t, ("C" + ru(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789"),), "")
    if cc == "ES":
        return Value(t, (ru(rng, 3) + rd(rng, 6),), "")
    if cc == "MX":
        return Value(t, (rng.choice("GN") + rd(rng, 8),), "")
    if cc == "BR":
        return Value(t, (ru(rng, 2) + rd(rng, 6),), "")
    if cc == "PT":
        return Value(t, (ru(rng, 1) + rd(rng, 6),), "")
    if cc == "CH":
        return Value(t, ("X" + rd(rng, 7),), "")
    return Value(t, (ru(rng, 2) + rd(rng, 7),), "")


def make_dl(rng: random.Random, cc: str) -> Value:
    t = "DRIVER_ID"
    if cc == "US":
        return Value(t, (ru(rng, 1) + rd(rng, 7),), "")
    if cc == "GB":
        s = ru(rng, 5) + rd(rng, 6) + ru(rng, 2) + rd(rng, 1) + ru(rng, 2)
        return Value(t, chunk(s, [5, 6, 5]))
    if cc == "FR":
        return Value(t, (rd(rng, 12),), "")
    if cc in {"DE", "AT", "CH"}:
        return Value(t, (ru(rng, 1) + rd(rng, 3) + ru(rng, 6, U + D) + rd(rng, 1),), "")
    if cc == "ES":
        v = make_dni(rng)
        return Value(t, (v.compact,), "")
    if cc == "BR":
        return Value(t, (rd(rng, 11),), "")
    if cc in {"CA", "MX", "CO", "AR"}:
        return Value(t, (ru(rng, 1) + rd(rng, 4), rd(rng, 5), rd(rng, 4)), "-")
    if cc == "AU":
        return Value(t, (rd(rng, 9),), "")
    if cc == "PT":
        return Value(t, (ru(rng, 1) + rd(rng, 1) + "-" + rd(rng, 6) + " " + rd(rng, 1),), "")
    return Value(t, (rd(rng, 9),), "")


def make_account(rng: random.Random, cc: str) -> Value:
    t = "BANK_ACCOUNT_NUMBER"
    n = {
        "US": rng.randint(9, 12),
        "GB": 8,
        "IE": 8,
        "CA": 7,
        "AU": 9,
        "DE": 10,
        "AT": 11,
        "CH": 10,
        "MX": 11,
        "BR": 7,
        "CO": 11,
        "AR": 10,
    }.get(cc, 10)
    s = str(rng.randint(1, 9)) + rd(rng, n - 1)
    if cc == "BR":
        return Value(t, (s[:-1], s[-1]), "-")
    return Value(t, (s,), "")


def make_routing(rng: random.Random, cc: str) -> Value:
    t = "BANK_ROUTING"
    if cc == "US":
        return Value(t, (aba(rng),), "")
    if cc in {"GB", "IE"}:
        return Value(t, (rd(rng, 2), rd(rng, 2), rd(rng, 2)), "-")
    if cc == "CA":
        return Value(t, (rd(rng, 5), "0" + rd(rng, 2)), "-")
    if cc == "AU":
        return Value(t, (rd(rng, 3), rd(rng, 3)), "-")
    if cc in {"DE", "AT"}:
        return Value(t, (str(rng.randint(1, 8)) + rd(rng, 2), rd(rng, 3), rd(rng, 2)), " ")
    if cc == "BR":
        return Value(t, (rd(rng, 4),), "")
    if cc == "FR":
        return Value(t, (rd(rng, 5), rd(rng, 5)), " ")
    return Value(t, (rd(rng, 4),), "")


def make_expiry(rng: random.Random) -> Value:
    mm, yy = rng.randint(1, 12), rng.randint(26, 33)
    return Value("CREDIT_DEBIT_EXPIRY", (f"{mm:02d}", f"{yy:02d}"), "/")


def make_cvv(rng: random.Random) -> Value:
    return Value("CREDIT_DEBIT_CVV", (rd(rng, rng.choice([3, 3, 3, 4])),), "")


def make_pin(rng: random.Random) -> Value:
    return Value("PIN", (rd(rng, rng.choice([4, 4, 4, 6])),), "")
