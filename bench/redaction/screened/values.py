"""Synthetic values: drawn per locale, validated with python-stdnum / phonenumbers.

Each draw returns a `Value`: the canonical compact form, printed forms (as a customer would
copy them from a card, letter or app) and the set of normalised strings a rendering may round
trip to. Must-keep numbers are drawn here too, and `looks_like_identifier` is the check every
must-keep value has to fail.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass, field

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "en-IE": "IE",
    "en-CA": "CA",
    "en-AU": "AU",
    "en-IN": "IN",
    "en-NZ": "NZ",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "es-AR": "AR",
    "es-CO": "CO",
    "es-CL": "CL",
    "fr-FR": "FR",
    "fr-BE": "BE",
    "fr-CA": "CA",
    "fr-CH": "CH",
    "de-DE": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "pt-BR": "BR",
    "pt-PT": "PT",
}

ALNUM = re.compile(r"[^0-9A-Za-z]")


def norm(s: str) -> str:
    return ALNUM.sub("", s).upper()


@dataclass
class Value:
    etype: str
    compact: str
    forms: list[str]
    numeric: bool = True  # only digits in compact: letter substitution / spelling allowed
    accept: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.accept |= {norm(f) for f in self.forms} | {norm(self.compact)}


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


# ---------------------------------------------------------------- payment cards
CARD_PREFIXES = [
    ("411111", 16),
    ("424242", 16),
    ("400000", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("378282", 15),
    ("601111", 16),
    ("353011", 16),
]


def card(rng: random.Random, region: str) -> Value:
    prefix, n = rng.choice(CARD_PREFIXES)
    body = prefix + digits(rng, n - len(prefix) - 1)
    c = body + luhn.calc_check_digit(body)
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    return Value("CREDIT_DEBIT_NUMBER", c, [c, group(c, sizes), group(c, sizes, "-")])


def cvv(rng: random.Random, region: str, amex: bool = False) -> Value:
    c = digits(rng, 4 if amex else 3)
    return Value("CREDIT_DEBIT_CVV", c, [c])


MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "fevr",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "aout",
        "sept",
        "oct",
        "nov",
        "dec",
    ],
    "de": ["jan", "feb", "märz", "apr", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}


def expiry(rng: random.Random, region: str, lang: str = "en") -> Value:
    m = rng.randint(1, 12)
    y = rng.randint(26, 33)
    mm, yy = f"{m:02d}", f"{y:02d}"
    forms = [f"{mm}/{yy}", f"{mm}/20{yy}", f"{m}/{yy}", f"{mm}-{yy}", f"{mm}/{yy}"]
    v = Value("CREDIT_DEBIT_EXPIRY", mm + yy, forms)
    mon = MONTHS[lang][m - 1]
    v.forms.append(f"{mon} {yy}" if rng.random() < 0.5 else f"{mon} 20{yy}")
    v.accept |= {norm(f) for f in v.forms} | {mm + "20" + yy}
    return v


def pin(rng: random.Random, region: str) -> Value:
    c = digits(rng, rng.choice([4, 4, 4, 6]))
    return Value("PIN", c, [c])


WORDS = [
    "gato",
    "luna",
    "sol",
    "tigre",
    "blue",
    "summer",
    "sunny",
    "rosa",
    "bleu",
    "soleil",
    "mond",
    "hund",
    "praia",
    "bola",
    "dragon",
    "pizza",
    "cafe",
    "fenix",
    "maple",
    "kiwi",
    "koala",
    "zorro",
    "mango",
    "nuage",
    "apfel",
    "sonne",
    "flamengo",
    "benfica",
    "river",
    "chispa",
    "loup",
    "biene",
    "lobo",
    "cometa",
]
SYMS = "!#$*.?_&"


def password(rng: random.Random, region: str, url_safe: bool = False) -> Value:
    w = rng.choice(WORDS)
    w = w.capitalize() if rng.random() < 0.6 else w
    if rng.random() < 0.4:
        w += rng.choice(WORDS).capitalize()
    d = digits(rng, max(rng.choice([2, 2, 3, 4]), 7 - len(w)))
    sym = rng.choice("!_*.-~" if url_safe else SYMS)
    shape = rng.randrange(4)
    p = [w + d + sym, sym + w + d, w + sym + d, w.replace("a", "4").replace("e", "3") + d][shape]
    return Value("PASSWORD", p, [p], numeric=False, accept={p.upper()})


# ---------------------------------------------------------------- banking
def aba(rng: random.Random) -> str:
    first = rng.choice([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))])
    body = first + digits(rng, 6)
    return body + rtn.calc_check_digit(body)


def routing(rng: random.Random, region: str) -> Value:
    r = region
    if r == "US":
        c = aba(rng)
        return Value("BANK_ROUTING", c, [c])
    if r in ("GB", "IE"):
        c = digits(rng, 6)
        return Value("BANK_ROUTING", c, [group(c, [2, 2, 2], "-"), group(c, [2, 2, 2], " "), c])
    if r == "CA":
        transit, inst = digits(rng, 5), rng.choice(["001", "002", "003", "004", "006", "010"])
        return Value(
            "BANK_ROUTING",
            transit + inst,
            [f"{transit}-{inst}", f"{transit} {inst}"],
            accept={inst + transit, "0" + inst + transit},
        )
    if r == "AU":
        c = rng.choice(["06", "08", "03", "01"]) + digits(rng, 4)
        return Value("BANK_ROUTING", c, [group(c, [3, 3], "-"), c])
    if r == "NZ":
        c = rng.choice(["01", "02", "03", "06", "12"]) + digits(rng, 4)
        return Value("BANK_ROUTING", c, [group(c, [2, 4], "-")])
    if r == "IN":
        c = letters(rng, 4) + "0" + digits(rng, 6)
        return Value("BANK_ROUTING", c, [c], numeric=False)
    if r == "ES":
        c = digits(rng, 8)
        return Value("BANK_ROUTING", c, [group(c, [4, 4]), c])
    if r in ("FR", "BE", "CH"):
        c = digits(rng, 10)
        return Value("BANK_ROUTING", c, [group(c, [5, 5]), c])
    if r == "DE":
        c = rng.choice("1234567") + digits(rng, 7)
        return Value("BANK_ROUTING", c, [group(c, [3, 3, 2]), c])
    if r == "AT":
        c = rng.choice("1234") + digits(rng, 4)
        return Value("BANK_ROUTING", c, [c])
    if r == "BR":
        a = digits(rng, 4)
        dv = str(rng.randint(0, 9))
        return Value("BANK_ROUTING", a, [a, f"{a}-{dv}"], accept={a + dv})
    if r == "PT":
        c = digits(rng, 8)
        return Value("BANK_ROUTING", c, [group(c, [4, 4]), c])
    if r in ("MX", "AR", "CO", "CL"):
        c = digits(rng, 3)
        return Value("BANK_ROUTING", c, [c])
    raise ValueError(r)


def cbu(rng: random.Random) -> str:
    b1 = digits(rng, 7)
    s1 = sum(int(d) * w for d, w in zip(b1, [7, 1, 3, 9, 7, 1, 3], strict=True))
    b1 += str((10 - s1 % 10) % 10)
    b2 = digits(rng, 13)
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    s2 = sum(int(d) * w for d, w in zip(b2, w2, strict=True))
    return b1 + b2 + str((10 - s2 % 10) % 10)


def account(rng: random.Random, region: str) -> Value:
    r = region
    first = rng.choice("123456789")
    if r == "NZ":
        c = rng.choice(["01", "02", "12", "06"]) + digits(rng, 4) + digits(rng, 7) + "00"
        return Value("BANK_ACCOUNT_NUMBER", c, [group(c, [2, 4, 7, 2], "-")])
    if r == "AR":
        c = cbu(rng)
        return Value("BANK_ACCOUNT_NUMBER", c, [c, group(c, [8, 14])])
    if r == "BR":
        c = first + digits(rng, rng.choice([4, 5, 7]))
        dv = str(rng.randint(0, 9))
        return Value("BANK_ACCOUNT_NUMBER", c + dv, [f"{c}-{dv}", c + dv])
    n = {
        "US": rng.choice([10, 11, 12]),
        "CA": 7,
        "GB": 8,
        "IE": 8,
        "AU": 9,
        "IN": 14,
        "ES": 10,
        "MX": 10,
        "CO": 11,
        "CL": 9,
        "FR": 11,
        "BE": 10,
        "CH": 10,
        "DE": 10,
        "AT": 11,
        "PT": 11,
    }[r]
    c = first + digits(rng, n - 1)
    return Value("BANK_ACCOUNT_NUMBER", c, [c])


def rib_key(bank: str, branch: str, acct: str) -> str:
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97):02d}"


IBAN_COUNTRIES = ("DE", "ES", "FR", "GB", "IE", "BE", "AT", "CH", "PT", "BR", "IT", "NL")


def make_iban(rng: random.Random, cc: str) -> str:
    if cc == "DE":
        bban = rng.choice("1234567") + digits(rng, 7) + digits(rng, 10)
    elif cc == "ES":
        base = digits(rng, 8) + "00" + digits(rng, 10)
        dc = ccc.calc_check_digits(base)
        bban = base[:8] + dc + base[10:]
    elif cc == "FR":
        b, g, a = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        bban = b + g + a + rib_key(b, g, a)
    elif cc in ("GB", "IE"):
        bban = letters(rng, 4) + digits(rng, 14)
    elif cc == "BE":
        base = digits(rng, 10)
        chk = int(base) % 97 or 97
        bban = base + f"{chk:02d}"
    elif cc == "AT":
        bban = digits(rng, 16)
    elif cc == "CH":
        bban = digits(rng, 17)
    elif cc == "PT":
        base = digits(rng, 19)
        bban = base + f"{98 - (int(base + '00') % 97):02d}"
    elif cc == "BR":
        bban = digits(rng, 23) + rng.choice("CP") + "1"
    elif cc == "IT":
        bban = letters(rng, 1) + digits(rng, 10) + digits(rng, 12)
    elif cc == "NL":
        bban = letters(rng, 4) + digits(rng, 10)
    else:
        raise ValueError(cc)
    num = cc + "00" + bban
    return cc + iban.calc_check_digits(num) + bban


def iban_value(rng: random.Random, region: str) -> Value:
    cc = region if region in IBAN_COUNTRIES else "DE"
    for _ in range(50):
        c = make_iban(rng, cc)
        if iban.is_valid(c):
            return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", c, [iban.format(c), c], numeric=False)
    raise RuntimeError(cc)


def swift(rng: random.Random, region: str) -> Value:
    cc = region if region not in ("US",) or rng.random() < 0.5 else "US"
    c = letters(rng, 4) + cc + rng.choice(["2X", "XX", "MM", "22", "3A", "HH", "FF"])
    if rng.random() < 0.4:
        c += rng.choice(["XXX", digits(rng, 3), "M" + digits(rng, 2)])
    return Value("SWIFT_CODE", c, [c], numeric=False)


# ---------------------------------------------------------------- contact
FIRST = [
    "ana",
    "juan",
    "maria",
    "jose",
    "lucia",
    "pedro",
    "sofia",
    "carlos",
    "emma",
    "liam",
    "olivia",
    "noah",
    "aoife",
    "sean",
    "priya",
    "rahul",
    "chloe",
    "jack",
    "mia",
    "lukas",
    "lena",
    "jonas",
    "hannah",
    "camille",
    "louis",
    "ines",
    "joao",
    "beatriz",
    "rafael",
    "gabriel",
    "manon",
    "theo",
    "valentina",
    "mateo",
    "claire",
    "tom",
]
LAST = [
    "garcia",
    "lopez",
    "martinez",
    "silva",
    "santos",
    "oliveira",
    "smith",
    "brown",
    "murphy",
    "kelly",
    "patel",
    "sharma",
    "nguyen",
    "muller",
    "schmidt",
    "weber",
    "dubois",
    "martin",
    "bernard",
    "ferreira",
    "costa",
    "perez",
    "gomez",
    "wilson",
    "taylor",
    "moreau",
    "fischer",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.test",
    "post.test",
    "example.test",
    "web.example.org",
]


def email(rng: random.Random, region: str) -> Value:
    f, last = rng.choice(FIRST), rng.choice(LAST)
    shape = rng.randrange(6)
    local = [
        f"{f}.{last}",
        f"{f}{last}",
        f"{f[0]}{last}",
        f"{f}_{last}",
        f"{f}.{last[0]}",
        f"{f}{last[:3]}",
    ][shape]
    local += rng.choice(["", "", digits(rng, 2), digits(rng, 4)])
    if rng.random() < 0.1:
        local += "+" + rng.choice(["shop", "orders", "promo", "compras", "achats", "kauf"])
    c = f"{local}@{rng.choice(DOMAINS)}"
    return Value("EMAIL", c, [c], numeric=False, accept={c.upper()})


def phone(rng: random.Random, region: str, mobile: bool | None = None) -> Value:
    pnt = phonenumbers.PhoneNumberType
    if mobile is None:
        mobile = rng.random() < 0.7
    kind = pnt.MOBILE if mobile else pnt.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind)
    nsn = str(ex.national_number)
    for attempt in range(400):
        keep = rng.choice([0, 1, 1, 2, 3]) if attempt < 300 else max(2, len(nsn) - 5)
        cand = nsn[:keep] + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
            kind,
            pnt.FIXED_LINE_OR_MOBILE,
        ):
            break
    else:
        raise RuntimeError(region)
    pnf = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(num, pnf.NATIONAL)
    intl = phonenumbers.format_number(num, pnf.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, pnf.E164)
    nsn = phonenumbers.national_significant_number(num)
    cc = str(num.country_code)
    v = Value("PHONE", e164[1:], [nat, intl, e164], numeric=True)
    v.accept |= {nsn, cc + nsn, "00" + cc + nsn, "0" + nsn, norm(nat)}
    if region == "MX":
        v.accept |= {"1" + nsn, cc + "1" + nsn}
    if region == "AR":
        v.accept |= {cc + "9" + nsn}
    return v


# ---------------------------------------------------------------- national ids
def ssn_value(rng: random.Random, region: str) -> Value:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        c = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(c):
            return Value("SSN", c, [ssn.format(c), c, group(c, [3, 2, 4])])


def itin_value(rng: random.Random, region: str) -> Value:
    mids = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
    while True:
        c = f"9{digits(rng, 2)}{rng.choice(mids)}{digits(rng, 4)}"
        if itin.is_valid(c):
            return Value("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", c, [itin.format(c), c])


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
NINO_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def nino(rng: random.Random, region: str) -> Value:
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in NINO_BAD:
            break
    c = p + digits(rng, 6) + rng.choice("ABCD")
    return Value(
        "UK_NATIONAL_INSURANCE_NUMBER",
        c,
        [group(c, [2, 2, 2, 2, 1]), c, group(c, [2, 6, 1])],
        numeric=False,
    )


def nino_valid(c: str) -> bool:
    return bool(NINO_RE.match(c)) and c[:2] not in NINO_BAD


def dni_value(rng: random.Random, region: str) -> Value:
    n = digits(rng, 8)
    c = n + dni.calc_check_digit(n)
    return Value(
        "ES_DNI", c, [c, f"{n}-{c[-1]}", f"{n[:2]}.{n[2:5]}.{n[5:]}-{c[-1]}"], numeric=False
    )


def nie_value(rng: random.Random, region: str) -> Value:
    x = rng.choice("XYZ")
    n = digits(rng, 7)
    c = x + n + nie.calc_check_digit(x + n)
    return Value("ES_NIE", c, [c, f"{x}-{n}-{c[-1]}", f"{x}{n}-{c[-1]}"], numeric=False)


CURP_STATES = ["AS", "BC", "CH", "DF", "GT", "JC", "MC", "NL", "PL", "QT", "SL", "VZ", "YN"]
VOW = "AEIOU"
CONS = "BCDFGHJKLMNPQRSTVXZ"


def curp_value(rng: random.Random, region: str) -> Value:
    while True:
        head = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS + VOW)
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            head
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + letters(rng, 3, CONS)
            + "0"
        )
        c = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(c):
            return Value("MX_CURP", c, [c], numeric=False)


def rfc_value(rng: random.Random, region: str) -> Value:
    while True:
        head = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS + VOW)
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        base = (
            head
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("123456789ABCDEFGHJKLMNPRSTUV")
            + rng.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        )
        c = base + rfc.calc_check_digit(base)
        if c[-1] in "0123456789A" and rfc.is_valid(c, validate_check_digits=True):
            return Value("MX_RFC", c, [c, f"{c[:4]}-{c[4:10]}-{c[10:]}"], numeric=False)


def clabe_check(body: str) -> str:
    w = [3, 7, 1] * 6
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(body))
    return str((10 - s % 10) % 10)


def clabe_valid(c: str) -> bool:
    return len(c) == 18 and c.isdigit() and clabe_check(c[:17]) == c[17]


def clabe(rng: random.Random, region: str) -> Value:
    body = rng.choice(
        ["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"]
    ) + digits(rng, 14)
    c = body + clabe_check(body)
    return Value("MX_CLABE", c, [c, group(c, [3, 3, 11, 1]), group(c, [4, 4, 4, 4, 2])])


def cpf_value(rng: random.Random, region: str) -> Value:
    while True:
        c = digits(rng, 9)
        d1 = (sum((10 - i) * int(x) for i, x in enumerate(c)) * 10) % 11 % 10
        d2 = (sum((11 - i) * int(x) for i, x in enumerate(c + str(d1))) * 10) % 11 % 10
        c = c + str(d1) + str(d2)
        if cpf.is_valid(c):
            return Value("BR_CPF", c, [cpf.format(c), c])


def cnpj_value(rng: random.Random, region: str) -> Value:
    base = digits(rng, 8) + "0001"
    c = base + cnpj.calc_check_digits(base)
    assert cnpj.is_valid(c)
    return Value("BR_CNPJ", c, [cnpj.format(c), c])


def nir_value(rng: random.Random, region: str) -> Value:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + digits(rng, 3)
            + digits(rng, 3)
        )
        c = body + nir.calc_check_digits(body)
        if nir.is_valid(c):
            return Value("FR_NIR", c, [nir.format(c), c])


def idnr_value(rng: random.Random, region: str) -> Value:
    while True:
        ds = rng.sample("0123456789", 9)
        if ds[0] == "0":
            continue
        dup = rng.choice(ds)
        first = [*ds, dup]
        head = [first[0], *rng.sample(first[1:], 9)]
        c10 = "".join(head)
        for chk in "0123456789":
            if idnr.is_valid(c10 + chk):
                c = c10 + chk
                return Value("DE_TAX_ID", c, [idnr.format(c), c])


def nif_value(rng: random.Random, region: str) -> Value:
    b = rng.choice("12356") + digits(rng, 7)
    c = b + nif.calc_check_digit(b)
    return Value("PT_NIF", c, [c, group(c, [3, 3, 3])])


# ---------------------------------------------------------------- documents
DE_PASS = "CFGHJKLMNPRTVWXYZ0123456789"  # noqa: S105 (the German passport alphabet)


def passport(rng: random.Random, region: str) -> Value:
    r = region
    U = string.ascii_uppercase
    c = {
        "US": lambda: rng.choice([digits(rng, 9), rng.choice("AZ") + digits(rng, 8)]),
        "GB": lambda: digits(rng, 9),
        "IE": lambda: letters(rng, 2) + digits(rng, 7),
        "CA": lambda: letters(rng, 2) + digits(rng, 6),
        "AU": lambda: rng.choice("NPER") + digits(rng, 7),
        "IN": lambda: rng.choice(U) + digits(rng, 7),
        "NZ": lambda: letters(rng, 2) + digits(rng, 6),
        "ES": lambda: letters(rng, 3) + digits(rng, 6),
        "MX": lambda: rng.choice("GN") + digits(rng, 8),
        "AR": lambda: letters(rng, 3) + digits(rng, 6),
        "CO": lambda: letters(rng, 2) + digits(rng, 6),
        "CL": lambda: rng.choice("FP") + digits(rng, 8),
        "FR": lambda: digits(rng, 2) + letters(rng, 2) + digits(rng, 5),
        "BE": lambda: letters(rng, 2) + digits(rng, 6),
        "CH": lambda: rng.choice("XS") + digits(rng, 7),
        "DE": lambda: rng.choice("CFGHJK") + "".join(rng.choice(DE_PASS) for _ in range(8)),
        "AT": lambda: rng.choice("PU") + digits(rng, 7),
        "BR": lambda: letters(rng, 2) + digits(rng, 6),
        "PT": lambda: rng.choice("CNP") + digits(rng, 6),
    }[r]()
    return Value("PASSPORT_NUMBER", c, [c], numeric=c.isdigit())


def uk_licence(rng: random.Random) -> str:
    last = rng.choice(
        [
            "MORGA",
            "SMITH",
            "JONES",
            "PATEL",
            "WILLI",
            "TAYLO",
            "BROWN",
            "EVANS",
            "KHAN9",
            "LEE99",
            "OBRIE",
            "DAVIE",
        ]
    )
    y = rng.randint(60, 99)
    m = rng.randint(1, 12) + rng.choice([0, 50])
    d = rng.randint(1, 28)
    return (
        last
        + str(y // 10)
        + f"{m:02d}{d:02d}"
        + str(y % 10)
        + letters(rng, 2)
        + "9"
        + letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ")
    )


def driver(rng: random.Random, region: str) -> Value:
    r = region
    U = string.ascii_uppercase
    if r == "US":
        shape = rng.randrange(4)
        if shape == 0:
            c = rng.choice(U) + digits(rng, 7)
            forms = [c]
        elif shape == 1:
            c = digits(rng, 9)
            forms = [c, group(c, [3, 3, 3])]
        elif shape == 2:
            c = rng.choice(U) + digits(rng, 12)
            forms = [c, f"{c[:4]}-{c[4:7]}-{c[7:9]}-{c[9:12]}-{c[12]}"]
        else:
            c = digits(rng, 8)
            forms = [c]
    elif r == "GB":
        c = uk_licence(rng)
        forms = [c, group(c, [5, 6, 2, 3])]
    elif r == "IE":
        c = digits(rng, 9)
        forms = [c]
    elif r == "CA":
        c = rng.choice(U) + digits(rng, 14)
        forms = [f"{c[:5]}-{c[5:10]}-{c[10:]}", c]
    elif r == "AU":
        c = digits(rng, rng.choice([8, 9]))
        forms = [c]
    elif r == "IN":
        c = (
            rng.choice(["MH", "KA", "DL", "TN", "UP"])
            + digits(rng, 2)
            + "20"
            + digits(rng, 2)
            + digits(rng, 7)
        )
        forms = [f"{c[:4]} {c[4:]}", c, f"{c[:2]}-{c[2:4]}-{c[4:]}"]
    elif r == "NZ":
        c = letters(rng, 2) + digits(rng, 6)
        forms = [c]
    elif r in ("ES",):
        n = digits(rng, 8)
        c = n + dni.calc_check_digit(n)
        forms = [c]
    elif r in ("MX", "AR", "CO", "CL"):
        c = rng.choice(U) + digits(rng, 8)
        forms = [c]
    elif r in ("FR", "BE"):
        c = digits(rng, 12)
        forms = [c, group(c, [2, 2, 2, 2, 2, 2])]
    elif r in ("DE", "AT", "CH"):
        c = (
            rng.choice("BFJNW")
            + digits(rng, 3)
            + letters(rng, 2)
            + digits(rng, 1)
            + rng.choice(U)
            + digits(rng, 2)
        )
        forms = [c]
    elif r == "BR":
        c = digits(rng, 11)
        forms = [c]
    elif r == "PT":
        c = rng.choice(["L", "P", "C", "A"]) + "-" + digits(rng, 7)
        forms = [c, c.replace("-", "")]
    else:
        raise ValueError(r)
    return Value("DRIVER_ID", norm(c), forms, numeric=norm(c).isdigit())


# ---------------------------------------------------------------- technical
def ip(rng: random.Random, region: str) -> Value:
    shape = rng.randrange(5)
    if shape == 4:
        c = f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    else:
        base = [
            "192.0.2",
            "198.51.100",
            "203.0.113",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}",
        ][shape]
        c = f"{base}.{rng.randint(1, 254)}"
    return Value("IP_ADDRESS", c, [c], numeric=False, accept={c.upper()})


def mac(rng: random.Random, region: str) -> Value:
    first = (rng.randrange(256) | 0x02) & 0xFE
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    hexes = [f"{o:02x}" for o in octets]
    shape = rng.randrange(3)
    if shape == 0:
        c = ":".join(hexes)
    elif shape == 1:
        c = "-".join(h.upper() for h in hexes)
    else:
        j = "".join(hexes)
        c = f"{j[:4]}.{j[4:8]}.{j[8:]}"
    return Value("MAC_ADDRESS", c, [c], numeric=False, accept={norm(c)})


B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "+/"


def aws_key(rng: random.Random, region: str) -> Value:
    c = rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
    return Value("AWS_ACCESS_KEY", c, [c], numeric=False)


def aws_secret(rng: random.Random, region: str) -> Value:
    while True:
        c = "".join(rng.choice(B64) for _ in range(40))
        if any(ch.isdigit() for ch in c) and any(ch in "+/" for ch in c):
            return Value("AWS_SECRET_KEY", c, [c], numeric=False, accept={c.upper()})


DRAW = {
    "CARD": card,
    "CVV": cvv,
    "EXP": expiry,
    "PIN": pin,
    "PWD": password,
    "ACCT": account,
    "ROUTING": routing,
    "IBAN": iban_value,
    "SWIFT": swift,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": ssn_value,
    "ITIN": itin_value,
    "NINO": nino,
    "PASSPORT": passport,
    "DL": driver,
    "IP": ip,
    "MAC": mac,
    "AKID": aws_key,
    "AWSSECRET": aws_secret,
    "DNI": dni_value,
    "NIE": nie_value,
    "CURP": curp_value,
    "RFC": rfc_value,
    "CLABE": clabe,
    "CPF": cpf_value,
    "CNPJ": cnpj_value,
    "NIR": nir_value,
    "STEUERID": idnr_value,
    "NIF": nif_value,
}

PASSPORT_RE = {
    "US": r"\d{9}|[AZ]\d{8}",
    "GB": r"\d{9}",
    "IE": r"[A-Z]{2}\d{7}",
    "CA": r"[A-Z]{2}\d{6}",
    "AU": r"[NPER]\d{7}",
    "IN": r"[A-Z]\d{7}",
    "NZ": r"[A-Z]{2}\d{6}",
    "ES": r"[A-Z]{3}\d{6}",
    "MX": r"[GN]\d{8}",
    "AR": r"[A-Z]{3}\d{6}",
    "CO": r"[A-Z]{2}\d{6}",
    "CL": r"[FP]\d{8}",
    "FR": r"\d{2}[A-Z]{2}\d{5}",
    "BE": r"[A-Z]{2}\d{6}",
    "CH": r"[XS]\d{7}",
    "DE": r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}",
    "AT": r"[PU]\d{7}",
    "BR": r"[A-Z]{2}\d{6}",
    "PT": r"[CNP]\d{6}",
}


def is_valid(v: Value, region: str) -> bool:
    """Independent validity check of a drawn value (stdnum / phonenumbers / format rules)."""
    c, t = v.compact, v.etype
    if t == "CREDIT_DEBIT_NUMBER":
        return luhn.is_valid(c) and len(c) in (15, 16)
    if t == "PHONE":
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + c))
    if t == "SSN":
        return ssn.is_valid(c)
    if t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        return itin.is_valid(c)
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return nino_valid(c)
    if t == "ES_DNI":
        return dni.is_valid(c)
    if t == "ES_NIE":
        return nie.is_valid(c)
    if t == "MX_CURP":
        return curp.is_valid(c)
    if t == "MX_RFC":
        return rfc.is_valid(c, validate_check_digits=True)
    if t == "MX_CLABE":
        return clabe_valid(c)
    if t == "BR_CPF":
        return cpf.is_valid(c)
    if t == "BR_CNPJ":
        return cnpj.is_valid(c)
    if t == "FR_NIR":
        return nir.is_valid(c)
    if t == "DE_TAX_ID":
        return idnr.is_valid(c)
    if t == "PT_NIF":
        return nif.is_valid(c)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return iban.is_valid(c)
    if t == "SWIFT_CODE":
        return bic.is_valid(c)
    if t == "BANK_ROUTING":
        if region == "US":
            return rtn.is_valid(c)
        return bool(re.fullmatch(r"[0-9]{3,10}|[A-Z]{4}0[0-9]{6}", c))
    if t == "BANK_ACCOUNT_NUMBER":
        return c.isdigit() and 5 <= len(c) <= 22
    if t == "CREDIT_DEBIT_CVV":
        return c.isdigit() and len(c) in (3, 4)
    if t == "CREDIT_DEBIT_EXPIRY":
        return bool(re.fullmatch(r"(0[1-9]|1[0-2])(2[6-9]|3[0-3])", c))
    if t == "PIN":
        return c.isdigit() and len(c) in (4, 6)
    if t == "PASSWORD":
        return len(c) >= 6 and any(ch.isdigit() for ch in c) and not any(ch.isspace() for ch in c)
    if t == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+]+@[a-z.]*(example\.(com|org|net)|[a-z]+\.test)", c))
    if t == "PASSPORT_NUMBER":
        return bool(re.fullmatch(PASSPORT_RE[region], c))
    if t == "DRIVER_ID":
        return bool(re.fullmatch(r"[A-Z0-9]{8,16}", c))
    if t == "IP_ADDRESS":
        return bool(
            re.fullmatch(r"(192\.0\.2|198\.51\.100|203\.0\.113|10\.\d+\.\d+)\.\d+", c)
            or c.startswith("2001:db8:")
        )
    if t == "MAC_ADDRESS":
        n = norm(c)
        return len(n) == 12 and int(n[:2], 16) & 0x03 == 0x02
    if t == "AWS_ACCESS_KEY":
        return bool(re.fullmatch(r"A[KS]IA[A-Z2-7]{16}", c))
    if t == "AWS_SECRET_KEY":
        return bool(re.fullmatch(r"[A-Za-z0-9+/]{40}", c))
    raise ValueError(t)


# ---------------------------------------------------------------- identifier checks
ID_CHECKS = [
    ssn.is_valid,
    itin.is_valid,
    dni.is_valid,
    nie.is_valid,
    curp.is_valid,
    cpf.is_valid,
    cnpj.is_valid,
    nir.is_valid,
    idnr.is_valid,
    nif.is_valid,
    iban.is_valid,
    rtn.is_valid,
    clabe_valid,
    nino_valid,
]
PHONE_REGIONS = ["US", "GB", "ES", "MX", "FR", "DE", "BR", "PT"]


def looks_like_identifier(value: str, region: str) -> bool:
    """True if a must-keep value passes any identifier check (then it is redrawn)."""
    n = norm(value)
    d = re.sub(r"\D", "", value)
    for cand in {n, d}:
        if not cand:
            continue
        if 12 <= len(cand) <= 19 and cand.isdigit() and luhn.is_valid(cand):
            return True
        if any(chk(cand) for chk in ID_CHECKS):
            return True
        if bic.is_valid(cand) and len(cand) in (8, 11):
            return True
    if len(d) >= 6:
        for reg in {region, *PHONE_REGIONS}:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False
