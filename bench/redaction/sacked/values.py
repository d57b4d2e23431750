"""Draw synthetic PII values and hard negatives, each validated before use.

Every draw takes an explicit ``random.Random`` so the corpus is reproducible from one seed.
A PII value is returned as its *raw* form (no separators); ``render.py`` decides how it is typed.
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

D = string.digits
U = string.ascii_uppercase


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(D) for _ in range(n))


def _u(r: random.Random, n: int, pool: str = U) -> str:
    return "".join(r.choice(pool) for _ in range(n))


# ---------------------------------------------------------------- card family
BINS = [
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


def card(r: random.Random) -> str:
    b = r.choice(BINS)
    n = 15 if b.startswith("37") else 16
    body = b + _d(r, n - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def cvv(r: random.Random) -> str:
    return _d(r, r.choice([3, 3, 3, 4]))


def expiry(r: random.Random) -> str:
    return f"{r.randint(1, 12):02d}{r.randint(26, 33):02d}"  # MMYY


def pin(r: random.Random) -> str:
    return _d(r, r.choice([4, 4, 4, 6]))


# ---------------------------------------------------------------- banking
def bank_account(r: random.Random) -> str:
    return str(r.randint(1, 9)) + _d(r, r.choice([7, 9, 10, 11]))


def routing(r: random.Random, locale: str) -> tuple[str, str]:
    """Return (raw, kind). US ABA with checksum, UK sort code, DE BLZ, BR agência."""
    c = locale[-2:]
    kind = {"GB": "sort", "DE": "blz", "AT": "blz", "CH": "blz", "BR": "agencia", "PT": "blz"}.get(
        c, "aba"
    )
    kind = r.choice([kind, kind, "aba"])
    if kind == "aba":
        while True:
            body = r.choice(["0", "1", "2", "3"]) + _d(r, 7)
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            chk = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
            v = body + str(chk)
            if rtn.is_valid(v):
                return v, kind
    if kind == "sort":
        return _d(r, 6), kind
    if kind == "blz":
        return str(r.randint(1, 8)) + _d(r, 7), kind
    return _d(r, 4), kind


def _iban_from_bban(cc: str, bban: str) -> str:
    return cc + iban.calc_check_digits(cc + "00" + bban) + bban


def iban_value(r: random.Random, locale: str) -> str:
    cc = r.choice(
        [locale[-2:], r.choice(["ES", "DE", "FR", "PT", "GB", "BR", "IT", "NL", "BE", "AT", "MX"])]
    )
    while True:
        if cc == "ES":
            bank, branch, acc = _d(r, 4), _d(r, 4), _d(r, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acc) + acc
        elif cc == "DE" or cc == "MX" or cc == "US" or cc == "AR" or cc == "CA":
            cc = "DE"
            bban = str(r.randint(1, 8)) + _d(r, 7) + _d(r, 10)
        elif cc == "FR" or cc == "BE" and False:
            bban = _d(r, 10) + _u(r, 2) + _d(r, 9) + _d(r, 2)
        elif cc == "PT":
            bban = _d(r, 21)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + _d(r, 14)
        elif cc == "BR":
            bban = _d(r, 23) + r.choice("CP") + r.choice("12")
        elif cc == "IT":
            bban = r.choice(U) + _d(r, 10) + _d(r, 12)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO"]) + _d(r, 10)
        elif cc == "BE":
            base = _d(r, 10)
            bban = base + f"{(int(base) % 97) or 97:02d}"
        elif cc == "AT":
            bban = _d(r, 16)
        elif cc == "CH":
            bban = _d(r, 17)
        else:
            cc = "FR"
            continue
        v = _iban_from_bban(cc, bban)
        if iban.is_valid(v):
            return v


def swift(r: random.Random, locale: str) -> str:
    cc = {"en-US": "US"}.get(locale, locale[-2:])
    while True:
        v = (
            _u(r, 4)
            + cc
            + r.choice(U + D[2:])
            + r.choice(U + D)
            + r.choice(["", "", "XXX", _u(r, 3)])
        )
        if bic.is_valid(v) and not any(ch.isdigit() for ch in v[:4]):
            return v


# ---------------------------------------------------------------- contact
FIRST = [
    "ana",
    "luis",
    "marta",
    "joao",
    "claire",
    "jonas",
    "sofia",
    "diego",
    "lena",
    "paulo",
    "emma",
    "noah",
    "ines",
    "remi",
    "kai",
    "vale",
    "rui",
    "nico",
    "jade",
    "tom",
    "lucia",
]
LAST = [
    "perez",
    "silva",
    "dubois",
    "mueller",
    "smith",
    "garcia",
    "costa",
    "martin",
    "weber",
    "santos",
    "roux",
    "lopez",
    "fischer",
    "brown",
    "ramos",
    "oliveira",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "correo.test",
    "webmail.test",
    "courriel.example",
    "post.test",
]


def email(r: random.Random) -> str:
    f, l = r.choice(FIRST), r.choice(LAST)
    local = r.choice(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f}_{l[0]}",
            f"{f[0]}{l}",
            f"{f}.{l}{r.randint(1, 99)}",
            f"{l}.{f}{r.randint(70, 99)}",
            f"{f}+shop",
        ]
    )
    return f"{local}@{r.choice(DOMAINS)}"


_PHONE_SHAPES = {
    "ES": [("+34", lambda r: r.choice("67") + _d(r, 8)), ("", lambda r: r.choice("67") + _d(r, 8))],
    "MX": [
        ("+52", lambda r: r.choice(["55", "33", "81"]) + _d(r, 8)),
        ("", lambda r: r.choice(["55", "33", "81"]) + _d(r, 8)),
    ],
    "BR": [
        ("+55", lambda r: r.choice(["11", "21", "31", "41"]) + "9" + _d(r, 8)),
        ("", lambda r: "(" + r.choice(["11", "21", "31", "41"]) + ") 9" + _d(r, 8)),
    ],
    "FR": [
        ("+33", lambda r: r.choice("67") + _d(r, 8)),
        ("", lambda r: "0" + r.choice("67") + _d(r, 8)),
    ],
    "DE": [
        ("+49", lambda r: "15" + r.choice("127") + _d(r, 8)),
        ("", lambda r: "015" + r.choice("127") + _d(r, 8)),
    ],
    "PT": [
        ("+351", lambda r: "9" + r.choice("1236") + _d(r, 7)),
        ("", lambda r: "9" + r.choice("1236") + _d(r, 7)),
    ],
    "US": [
        ("+1", lambda r: r.choice(["201", "212", "305", "415", "512", "617"]) + "55501" + _d(r, 2)),
        ("", lambda r: r.choice(["201", "212", "305", "415", "512", "617"]) + "55501" + _d(r, 2)),
    ],
    "GB": [
        ("+44", lambda r: r.choice(["2079460", "1134960", "1614960", "1174960"]) + _d(r, 3)),
        ("", lambda r: "0" + r.choice(["2079460", "1134960", "1614960", "1174960"]) + _d(r, 3)),
    ],
}
PHONE_REGION = {
    "US": "US",
    "GB": "GB",
    "ES": "ES",
    "MX": "MX",
    "AR": "ES",
    "FR": "FR",
    "BE": "FR",
    "CA": "US",
    "DE": "DE",
    "AT": "DE",
    "CH": "DE",
    "BR": "BR",
    "PT": "PT",
}


def phone(r: random.Random, locale: str) -> str:
    """Return the phone as typed in its usual national or international format."""
    region = PHONE_REGION[locale[-2:]]
    if r.random() < 0.2:
        region = r.choice(list(_PHONE_SHAPES))
    while True:
        prefix, gen = r.choice(_PHONE_SHAPES[region])
        body = gen(r)
        raw = prefix + body.replace("(", "").replace(")", "").replace(" ", "")
        num = phonenumbers.parse(raw, region)
        if not phonenumbers.is_valid_number(num):
            continue
        if prefix:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


def phone_is_valid(text_digits: str) -> bool:
    for reg in ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text_digits, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


# ---------------------------------------------------------------- US / UK ids
def ssn_value(r: random.Random) -> str:
    while True:
        v = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if v[:3] != "666" and ssn.is_valid(v):
            return v


def itin_value(r: random.Random) -> str:
    while True:
        v = "9" + _d(r, 2) + str(r.choice([50, 55, 62, 70, 71, 78, 80, 88, 90, 94, 99])) + _d(r, 4)
        if itin.is_valid(v):
            return v


def nino(r: random.Random) -> str:
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(ok1) + r.choice(ok2)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return p + _d(r, 6) + r.choice("ABCD")


def passport(r: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c in ("US", "GB", "CA"):
        return str(r.randint(1, 9)) + _d(r, 8)
    if c in ("ES", "AR"):
        return _u(r, 3) + _d(r, 6)
    if c in ("FR", "BE"):
        return _d(r, 2) + _u(r, 2) + _d(r, 5)
    if c in ("DE", "AT", "CH"):
        return r.choice("CFGHJK") + _u(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if c == "BR":
        return _u(r, 2) + _d(r, 6)
    if c == "MX":
        return r.choice(U) + _d(r, 8)
    return r.choice(U) + _d(r, 6)


def driver_id(r: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c == "GB":
        return _u(r, 5) + _d(r, 6) + _u(r, 2) + r.choice(D) + _u(r, 2)
    if c in ("US", "CA"):
        return r.choice(U) + _d(r, 7)
    if c == "ES":
        return dni_value(r)
    if c == "BR":
        return _d(r, 11)
    if c in ("DE", "AT", "CH"):
        return r.choice("BFJN") + _d(r, 3) + _u(r, 1) + _d(r, 4) + _u(r, 1) + r.choice(D)
    if c == "FR":
        return _d(r, 2) + _u(r, 2) + _d(r, 5) + r.choice(D) + _d(r, 2)
    return r.choice(U) + "-" + _d(r, 7)


# ---------------------------------------------------------------- secrets and accounts
WORDS = [
    "tortuga",
    "sunflower",
    "Bretzel",
    "lapin",
    "cafezinho",
    "Mariposa",
    "dragon",
    "Sonne",
    "pastel",
    "brigadeiro",
    "moonlight",
    "Kaffee",
    "azul",
    "saudade",
    "crepe",
    "tiburon",
    "Fussball",
    "pizza",
    "coelho",
    "neige",
    "Falcon",
    "churro",
]


def password(r: random.Random) -> str:
    w = r.choice(WORDS)
    shape = r.randrange(5)
    if shape == 0:
        return w + str(r.randint(1, 9999)) + r.choice("!#$*?.")
    if shape == 1:
        return r.choice(WORDS).capitalize() + r.choice("_-.") + w + str(r.randint(10, 99))
    if shape == 2:
        return "".join(
            r.choice(string.ascii_letters + D + "!#%&*") for _ in range(r.randint(9, 14))
        )
    if shape == 3:
        return w.replace("a", "@").replace("o", "0") + str(r.randint(1, 99))
    return w + r.choice(WORDS)


def username(r: random.Random) -> str:
    f, l = r.choice(FIRST), r.choice(LAST)
    return r.choice(
        [
            f"{f}_{l}",
            f"{f}{l}{r.randint(1, 99)}",
            f"{f}.{l[:3]}",
            f"x{f}{l[0]}x",
            f"{l}{r.randint(1970, 2009)}",
            f"{f}-{l}",
        ]
    )


def ip(r: random.Random) -> str:
    if r.random() < 0.15:
        return f"2001:db8:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFFF):x}"
    base = r.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{base}.{r.randint(1, 254)}"


def mac(r: random.Random) -> str:
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] | 2) & 0xFE  # locally administered, unicast: never a real vendor
    sep = r.choice([":", "-"])
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if r.random() < 0.5 else s


def aws_access_key(r: random.Random) -> str:
    return r.choice(["AKIA", "ASIA"]) + _u(r, 16, U + "234567")


def aws_secret_key(r: random.Random) -> str:
    return _u(r, 40, string.ascii_letters + D + "/+")


# ---------------------------------------------------------------- national ids
def dni_value(r: random.Random) -> str:
    n = _d(r, 8)
    return n + dni.calc_check_digit(n)


def nie_value(r: random.Random) -> str:
    n = r.choice("XYZ") + _d(r, 7)
    return n + nie.calc_check_digit(n)


def curp_value(r: random.Random) -> str:
    while True:
        v = (
            r.choice("BCDFGLMPRSTV")
            + r.choice("AEIOU")
            + _u(r, 2)
            + f"{r.randint(50, 99):02d}"
            + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            + r.choice("HM")
            + r.choice(["DF", "JC", "NL", "PL", "MC", "GT", "VZ"])
            + _u(r, 3, "BCDFGHJKLMNPRSTVXZ")
            + "0"
        )
        v = v + curp.calc_check_digit(v)
        if curp.is_valid(v):
            return v


def rfc_value(r: random.Random) -> str:
    while True:
        if r.random() < 0.7:
            v = (
                r.choice("BCDFGLMPRSTV")
                + r.choice("AEIOU")
                + _u(r, 2)
                + f"{r.randint(50, 99):02d}"
                + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                + _u(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
            )
        else:
            v = (
                _u(r, 3)
                + f"{r.randint(0, 23):02d}"
                + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                + _u(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
            )
        v = v + rfc.calc_check_digit(v)
        if rfc.is_valid(v):
            return v


def clabe_check(d17: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum((int(a) * b) % 10 for a, b in zip(d17, w)) % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def clabe_value(r: random.Random) -> str:
    b = r.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"]) + _d(r, 14)
    return b + clabe_check(b)


def cpf_value(r: random.Random) -> str:
    while True:
        n = _d(r, 9)
        v = n + cpf._calc_check_digits(n)
        if cpf.is_valid(v):
            return v


def cnpj_value(r: random.Random) -> str:
    while True:
        n = _d(r, 8) + "0001"
        v = n + cnpj.calc_check_digits(n)
        if cnpj.is_valid(v):
            return v


def nir_value(r: random.Random) -> str:
    while True:
        n = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}"
            + f"{r.randint(1, 12):02d}"
            + f"{r.randint(1, 95):02d}"
            + _d(r, 3)
            + _d(r, 3)
        )
        if n[5:7] == "20":
            continue
        v = n + nir.calc_check_digits(n)
        if nir.is_valid(v):
            return v


def de_tax_value(r: random.Random) -> str:
    while True:
        n = str(r.randint(1, 9)) + _d(r, 9)
        v = n + mod_11_10.calc_check_digit(n)  # the Steuer-IdNr check digit is ISO 7064 mod 11,10
        if idnr.is_valid(v):
            return v


def nif_value(r: random.Random) -> str:
    while True:
        n = r.choice("12356") + _d(r, 7)
        v = n + nif.calc_check_digit(n)
        if nif.is_valid(v):
            return v


def validate(etype: str, raw: str) -> bool:
    """Check digits, where the type has them; shape sanity otherwise."""
    c = {
        "CREDIT_DEBIT_NUMBER": lambda v: luhn.is_valid(v) and v[:6] in BINS,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
        "SWIFT_CODE": bic.is_valid,
        "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
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
        "PHONE": phone_is_valid,
    }.get(etype)
    return True if c is None else bool(c(raw))


# ---------------------------------------------------------------- hard negatives
def _fails_everything(v: str) -> bool:
    """True when a digit string passes no checksum a detector might use and is no valid phone."""
    if luhn.is_valid(v) or phone_is_valid(v):
        return False
    checks = [
        rtn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        ssn.is_valid,
        clabe_valid,
        dni.is_valid,
    ]
    for chk in checks:
        try:
            if chk(v):
                return False
        except Exception:
            pass
    return True


def lookalike(r: random.Random, n: int) -> str:
    # Nine-digit strings are nearly always a valid SSN or a French or German phone: only a
    # zero-padded "00..." fails them all, and zero-padded references are common anyway.
    while True:
        head = "00" if n == 9 else r.choice(["10", "00", "1", "2", "3", "5", "7", "8"])
        v = head + _d(r, n - len(head))
        if _fails_everything(v):
            return v


MONTHS = {
    "en": ["Jan", "March", "Sept", "Nov", "June"],
    "es": ["enero", "marzo", "sept", "nov", "junio"],
    "fr": ["janvier", "mars", "sept.", "nov", "juin"],
    "de": ["Januar", "März", "Sept.", "Nov", "Juni"],
    "pt": ["janeiro", "março", "set", "nov", "junho"],
}


def postal(r: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c == "US":
        return _d(r, 5) + ("-" + _d(r, 4) if r.random() < 0.5 else "")
    if c == "BR":
        return _d(r, 5) + "-" + _d(r, 3)
    if c == "PT":
        return str(r.randint(1, 9)) + _d(r, 3) + "-" + _d(r, 3)
    if c == "GB":
        return (
            r.choice(["SW", "M", "LS", "EH", "B"])
            + str(r.randint(1, 20))
            + " "
            + str(r.randint(1, 9))
            + _u(r, 2, "ABDEFGHJLNPQRSTUWXYZ")
        )
    if c == "CA":
        return f"{r.choice('HKMTV')}{r.randint(0, 9)}{r.choice('ABCEGHJ')} {r.randint(0, 9)}{r.choice('ABCEGHJ')}{r.randint(0, 9)}"
    if c in ("AT", "CH", "BE"):
        return str(r.randint(1, 9)) + _d(r, 3)
    if c == "AR":
        return r.choice("BCX") + _d(r, 4) + _u(r, 3)
    return str(r.randint(1, 9)) + _d(r, 4)


def must_keep(r: random.Random, kind: str, lang: str, locale: str) -> str:
    c = locale[-2:]
    eu = lang != "en" and c not in ("MX", "US")
    if kind == "order_number":
        return r.choice(
            [
                lookalike(r, r.randint(7, 10)),
                "A" + _d(r, 7),
                lookalike(r, 9),
                _u(r, 2) + "-" + _d(r, 6),
            ]
        )
    if kind == "tracking_number":
        return r.choice(
            [
                "1Z" + _u(r, 6, U + D) + _d(r, 10),
                _u(r, 2) + _d(r, 9) + r.choice(["BR", "PT", "ES", "FR", "DE"]),
                lookalike(r, 12),
            ]
        )
    if kind == "postal_code":
        return postal(r, locale)
    if kind == "date":
        dd, mm = r.randint(1, 28), r.randint(1, 12)
        return r.choice(
            [
                f"{dd:02d}/{mm:02d}/{r.randint(2024, 2026)}"
                if c != "US"
                else f"{mm}/{dd}/{r.randint(2024, 2026)}",
                f"{dd} {r.choice(MONTHS[lang])}",
                f"{r.randint(2024, 2026)}-{mm:02d}-{dd:02d}",
                f"{dd}.{mm}." if lang == "de" else f"{dd}/{mm}",
            ]
        )
    if kind == "time":
        h, m = r.randint(0, 23), r.choice([0, 15, 30, 45, r.randint(0, 59)])
        return r.choice(
            [
                f"{h:02d}:{m:02d}",
                f"{h}h{m:02d}" if lang in ("fr", "pt") else f"{h}:{m:02d}",
                f"{r.randint(1, 12)}{r.choice(['pm', 'am', ' pm'])}" if lang == "en" else f"{h}h",
            ]
        )
    if kind == "price":
        a, b = r.randint(1, 1999), r.randint(0, 99)
        if eu:
            cur = {"BR": "R$ ", "GB": "£", "CH": "CHF "}.get(c, "")
            return r.choice(
                [
                    f"{cur or '€'}{a},{b:02d}" if cur else f"{a},{b:02d} €",
                    f"{a} €" if not cur else f"{cur}{a}",
                    f"{a},{b:02d}",
                ]
            )
        cur = {"GB": "£", "MX": "$", "CA": "$"}.get(c, "$")
        return r.choice([f"{cur}{a}.{b:02d}", f"{cur}{a}", f"{a}.{b:02d}"])
    if kind == "quantity":
        return str(r.randint(1, 12)) if r.random() < 0.6 else f"{r.randint(2, 40)}x"
    if kind == "count":
        return str(r.randint(2, 60))
    if kind == "percentage":
        return r.choice(
            [
                f"{r.randint(1, 99)}%",
                f"{r.randint(1, 99)} %",
                f"{r.randint(1, 30)},{r.randint(1, 9)}%"
                if eu
                else f"{r.randint(1, 30)}.{r.randint(1, 9)}%",
            ]
        )
    if kind == "product_model":
        return r.choice(
            [
                f"Galaxy A{r.randint(10, 55)}",
                f"XR-{r.randint(100, 999)}",
                f"iPhone {r.randint(11, 16)}",
                f"WM{r.randint(1000, 9999)}",
                f"MX{r.randint(100, 900)}-B",
                f"{r.randint(32, 75)}QN{r.randint(80, 95)}",
            ]
        )
    if kind == "version":
        return r.choice(
            [
                f"{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 20)}",
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}",
                f"{r.randint(2, 9)}.{r.randint(0, 9)}",
            ]
        )
    if kind == "invoice_number":
        return r.choice(
            [
                f"FV-{r.randint(2023, 2026)}-{_d(r, 5)}",
                lookalike(r, r.randint(6, 10)),
                f"INV{_d(r, 6)}",
            ]
        )
    if kind == "ticket_number":
        return r.choice([lookalike(r, r.randint(5, 9)), f"TK-{_d(r, 6)}", f"CS{_d(r, 7)}"])
    if kind == "booking_reference":
        return _u(r, 3) + str(r.randint(1, 9)) + _u(r, 2)
    if kind == "policy_number":
        return r.choice(
            [f"POL-{_d(r, 7)}", lookalike(r, r.randint(8, 11)), f"{_u(r, 2)}{_d(r, 8)}"]
        )
    if kind == "contract_number":
        return r.choice([f"CT{_d(r, 8)}", lookalike(r, r.randint(8, 10)), f"{_d(r, 4)}/{_d(r, 5)}"])
    if kind == "flight_number":
        return r.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "AA", "AR", "VY"]) + str(
            r.randint(10, 9999)
        )
    if kind == "store_number":
        return lookalike(r, 4) if r.random() < 0.6 else str(r.randint(10, 999))
    if kind == "room_number":
        return str(r.randint(101, 1450))
    if kind == "error_code":
        return r.choice(
            [
                f"E{r.randint(10, 999)}",
                f"0x{r.randint(0x80000000, 0x8FFFFFFF):08X}",
                f"ERR-{r.randint(100, 9999)}",
                str(r.choice([400, 401, 403, 404, 500, 502, 503])),
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                f"{r.randint(1, 100)}GB",
                f"{r.randint(1, 999)} MB",
                f"{r.randint(1, 9)},{r.randint(1, 9)} GB"
                if eu
                else f"{r.randint(1, 9)}.{r.randint(1, 9)} GB",
            ]
        )
    if kind == "year":
        return str(r.randint(1998, 2026))
    if kind == "meter_reading":
        return (
            lookalike(r, r.choice([5, 6]))
            if r.random() < 0.7
            else f"{r.randint(1000, 99999)},{r.randint(0, 9)}"
        )
    if kind == "plate_number":
        return {
            "ES": f"{_d(r, 4)} {_u(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
            "FR": f"{_u(r, 2)}-{_d(r, 3)}-{_u(r, 2)}",
            "DE": f"{r.choice(['B', 'M', 'HH', 'K'])}-{_u(r, 2)} {r.randint(1, 9999)}",
            "BR": f"{_u(r, 3)}{r.randint(0, 9)}{r.choice(U)}{_d(r, 2)}",
            "PT": f"{_u(r, 2)}-{_d(r, 2)}-{_u(r, 2)}",
        }.get(c, f"{_u(r, 3)} {_d(r, 4)}")
    if kind == "seat_number":
        return f"{r.randint(1, 42)}{r.choice('ABCDEF')}"
    if kind == "customer_number":
        return lookalike(r, r.randint(6, 10))
    if kind == "amount_kwh":
        return f"{r.randint(50, 900)} kWh"
    if kind == "duration":
        return r.choice([f"{r.randint(2, 72)}h", f"{r.randint(2, 59)} min", f"{r.randint(2, 30)}"])
    if kind == "floor":
        return str(r.randint(1, 14))
    if kind == "house_number":
        return str(r.randint(1, 240))
    if kind == "last_digits":
        return lookalike(r, 4) if False else _d(r, 2)
    raise KeyError(kind)
