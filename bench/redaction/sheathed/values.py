"""Synthetic PII values for corpus 22, drawn from a seeded Random and validated.

Every value is checked with the published rule for its type (python-stdnum, phonenumbers, or
the format rule written out here where no library has one) before it reaches a message.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
from dataclasses import dataclass

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.ar import cbu
from stdnum.br import cnpj, cpf
from stdnum.cl import rut
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.exceptions import ValidationError
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

LOCALE_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "en-IE": "IE",
    "en-CA": "CA",
    "en-AU": "AU",
    "en-IN": "IN",
    "en-NZ": "NZ",
    "en-ZA": "ZA",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-AR": "AR",
    "es-CO": "CO",
    "es-CL": "CL",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-BE": "BE",
    "fr-CA": "CA",
    "fr-CH": "CH",
    "de-DE": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "pt-BR": "BR",
    "pt-PT": "PT",
    "pt-AO": "AO",
}
LOCALES = {
    "en": ["en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"],
    "es": ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT", "pt-AO"],
}
CORPUS_REGIONS = sorted(set(LOCALE_REGION.values()) | {"IT", "NL", "GB"})

TYPE_NAMES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PASSWORD": "PASSWORD",
    "USER": "USERNAME",
    "AWSKEY": "AWS_ACCESS_KEY",
    "AWSSECRET": "AWS_SECRET_KEY",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}


@dataclass
class Value:
    """One drawn value: its compact form, the way it is typed plainly, and its natural groups."""

    kind: str
    canon: str
    plain: str
    groups: list[str]

    def __post_init__(self) -> None:
        self.groups = [g for g in self.groups if g]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _chunks(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def _by(s: str, n: int) -> list[str]:
    return [s[i : i + n] for i in range(0, len(s), n)]


# ---------------------------------------------------------------- cards
# Issuer test ranges published by the card networks and payment processors.
CARD_PREFIXES = [
    ("411111", 16),
    ("424242", 16),
    ("400005", 16),
    ("401288", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("378282", 15),
    ("371449", 15),
    ("601111", 16),
    ("356600", 16),
    ("305693", 14),
]


def card(rng: random.Random, region: str) -> Value:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    num = body + luhn.calc_check_digit(body)
    sizes = {15: [4, 6, 5], 14: [4, 6, 4]}.get(length, [4, 4, 4, 4])
    return Value("CARD", num, num, _chunks(num, sizes))


def cvv(rng: random.Random, region: str) -> Value:
    v = _digits(rng, rng.choice([3, 3, 3, 4]))
    return Value("CVV", v, v, [v])


def pin(rng: random.Random, region: str) -> Value:
    v = _digits(rng, rng.choice([4, 4, 4, 6]))
    return Value("PIN", v, v, _by(v, 2) if len(v) == 4 else _by(v, 3))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def expiry(rng: random.Random, region: str, lang: str = "en") -> Value:
    m = rng.randint(1, 12)
    y = rng.randint(27, 33)
    mm, yy = f"{m:02d}", f"{y:02d}"
    month = MONTHS[lang].split()[m - 1]
    short = month[:3] + ("." if lang in ("fr", "de") and len(month) > 4 else "")
    sep = "." if region in ("DE", "AT", "CH") and rng.random() < 0.5 else "/"
    plain = rng.choice(
        [
            f"{mm}/{yy}",
            f"{mm}/{yy}",
            f"{mm}{sep}{yy}",
            f"{mm}/20{yy}",
            f"{m}/{yy}",
            f"{mm}-{yy}",
            f"{short}/{yy}",
            f"{month} 20{yy}",
            f"{short} {yy}",
            f"{month.lower()} {yy}",
        ]
    )
    return Value("EXP", mm + yy, plain, [mm, yy])


# ---------------------------------------------------------------- phones
UK_DRAMA = [
    "20 7946 0",
    "113 496 0",
    "161 496 0",
    "121 496 0",
    "131 496 0",
    "141 496 0",
    "117 496 0",
    "29 2018 0",
]
US_AREAS = [
    "212",
    "202",
    "305",
    "312",
    "415",
    "512",
    "617",
    "646",
    "702",
    "713",
    "786",
    "818",
    "909",
    "956",
]
CA_AREAS = ["416", "514", "604", "613", "647", "403", "902", "418", "819"]


def _parse_ok(n: phonenumbers.PhoneNumber, region: str) -> bool:
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region


def phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    if region in ("US", "CA"):
        area = rng.choice(US_AREAS if region == "US" else CA_AREAS)
        n = phonenumbers.parse(f"{area}55501{_digits(rng, 2)}", region)
        if _parse_ok(n, region):
            return n
    if region == "GB":
        n = phonenumbers.parse("0" + rng.choice(UK_DRAMA).replace(" ", "") + _digits(rng, 3), "GB")
        if _parse_ok(n, region):
            return n
    kinds = [phonenumbers.PhoneNumberType.MOBILE] * 3 + [phonenumbers.PhoneNumberType.FIXED_LINE]
    for _ in range(200):
        kind = rng.choice(kinds)
        ex = phonenumbers.example_number_for_type(region, kind)
        if ex is None:
            continue
        nsn = phonenumbers.national_significant_number(ex)
        keep = max(2, len(nsn) - 6)
        cand = nsn[:keep] + _digits(rng, len(nsn) - keep)
        n = phonenumbers.parse(f"+{ex.country_code}{cand}", None)
        if n.italian_leading_zero:
            continue
        if _parse_ok(n, region) and phonenumbers.number_type(n) in (
            kind,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return n
    raise RuntimeError(f"no phone for {region}")


def phone(rng: random.Random, region: str) -> Value:
    n = phone_number(rng, region)
    fmt = phonenumbers.PhoneNumberFormat
    e164 = phonenumbers.format_number(n, fmt.E164)
    intl = phonenumbers.format_number(n, fmt.INTERNATIONAL)
    natl = phonenumbers.format_number(n, fmt.NATIONAL)
    compact = re.sub(r"[^\d]", "", natl)
    plain = rng.choice([natl, natl, intl, e164, compact, compact])
    groups = [g for g in re.split(r"[\s\-()]+", natl) if g]
    return Value("PHONE", e164, plain, groups)


def international(v: Value, rng: random.Random) -> str:
    n = phonenumbers.parse(v.canon, None)
    fmt = phonenumbers.PhoneNumberFormat
    return rng.choice([phonenumbers.format_number(n, fmt.INTERNATIONAL), v.canon])


def phone_valid(text: str, region: str) -> bool:
    try:
        n = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


# ---------------------------------------------------------------- banks
IBAN_FOR_REGION = {
    "ES": ["ES"],
    "MX": ["ES"],
    "AR": ["ES"],
    "CO": ["ES"],
    "CL": ["ES"],
    "US": ["GB", "DE", "ES", "IE"],
    "GB": ["GB"],
    "IE": ["IE"],
    "CA": ["GB", "FR"],
    "AU": ["GB"],
    "IN": ["GB", "DE"],
    "NZ": ["GB"],
    "ZA": ["GB", "NL"],
    "FR": ["FR"],
    "BE": ["BE"],
    "CH": ["CH"],
    "DE": ["DE"],
    "AT": ["AT"],
    "BR": ["BR"],
    "PT": ["PT"],
    "AO": ["PT"],
    "IT": ["IT"],
    "NL": ["NL"],
}
BANK_TOKENS = ["WEST", "NWBK", "MIDL", "BUKB", "AIBK", "BOFI", "ABNA", "RABO", "INGB", "TRIO"]


def _bban(rng: random.Random, cc: str) -> tuple[str, slice | None]:
    """A random BBAN and where its national check digits sit (None when there are none)."""
    if cc == "ES":
        return _digits(rng, 20), slice(8, 10)
    if cc == "FR":
        return _digits(rng, 23), slice(21, 23)
    if cc == "PT":
        return _digits(rng, 21), slice(19, 21)
    if cc == "BE":
        return _digits(rng, 12), slice(10, 12)
    if cc == "IT":
        return "X" + _digits(rng, 22), slice(0, 1)
    if cc == "DE":
        return _digits(rng, 18), None
    if cc == "AT":
        return _digits(rng, 16), None
    if cc == "CH":
        return "00" + _digits(rng, 15), None
    if cc in ("GB", "IE"):
        return rng.choice(BANK_TOKENS) + _digits(rng, 14), None
    if cc == "NL":
        return rng.choice(BANK_TOKENS) + _digits(rng, 10), None
    if cc == "BR":
        return _digits(rng, 23) + "C" + rng.choice("12"), None
    raise ValueError(cc)


def iban_value(rng: random.Random, region: str, cc: str | None = None) -> Value:
    cc = cc or rng.choice(IBAN_FOR_REGION.get(region, ["DE"]))
    for _ in range(500):
        bban, check = _bban(rng, cc)
        options = [""]
        if check is not None:
            width = check.stop - check.start
            options = (
                list(string.ascii_uppercase)
                if cc == "IT"
                else [f"{i:0{width}d}" for i in range(10**width)]
            )
        for opt in options:
            b = bban if check is None else bban[: check.start] + opt + bban[check.stop :]
            num = cc + iban.calc_check_digits(cc + "00" + b) + b
            if iban.is_valid(num):
                return Value("IBAN", num, num, _by(num, 4))
    raise RuntimeError(cc)


def account(rng: random.Random, region: str) -> Value:
    if region == "ES":
        for _ in range(100):
            n = _digits(rng, 20)
            n = n[:8] + ccc.calc_check_digits(n) + n[10:]
            if ccc.is_valid(n):
                return Value(
                    "ACCT", n, rng.choice([n, ccc.format(n)]), [n[:4], n[4:8], n[8:10], n[10:]]
                )
    if region == "AR":
        for _ in range(100):
            a = _digits(rng, 7)
            a += cbu.calc_check_digit(a)
            b = _digits(rng, 13)
            b += cbu.calc_check_digit(b)
            if cbu.is_valid(a + b):
                return Value("ACCT", a + b, a + b, [a, b])
    if region == "NZ":
        parts = ["0" + _digits(rng, 1), _digits(rng, 4), _digits(rng, 7), "0" + _digits(rng, 1)]
        return Value("ACCT", "".join(parts), "-".join(parts), parts)
    if region == "BR":
        n, dv = _digits(rng, rng.choice([5, 6, 8])), _digits(rng, 1)
        return Value("ACCT", n + dv, f"{n}-{dv}", [n, dv])
    length = {
        "US": rng.choice([10, 11, 12]),
        "GB": 8,
        "IE": 8,
        "DE": 10,
        "AT": 11,
        "CH": 12,
        "FR": 11,
        "PT": 11,
        "MX": 11,
        "CO": 11,
        "CL": 10,
        "CA": 7,
        "AU": 9,
        "IN": 12,
        "ZA": 10,
        "BE": 10,
        "AO": 12,
    }.get(region, 10)
    n = str(rng.randint(1, 9)) + _digits(rng, length - 1)
    return Value("ACCT", n, n, _by(n, 4))


def routing(rng: random.Random, region: str) -> Value:
    if region in ("GB", "IE"):
        parts = [_digits(rng, 2) for _ in range(3)]
        if region == "IE":
            parts[0] = "9" + _digits(rng, 1)
        return Value(
            "ROUTING",
            "".join(parts),
            rng.choice(["-".join(parts), " ".join(parts), "".join(parts)]),
            parts,
        )
    if region in ("DE",):
        n = rng.choice("1234567") + _digits(rng, 7)
        return Value(
            "ROUTING", n, rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"]), [n[:3], n[3:6], n[6:]]
        )
    if region == "AT":
        n = rng.choice("1234") + _digits(rng, 4)
        return Value("ROUTING", n, n, [n])
    if region == "BR":
        a, dv = _digits(rng, 4), _digits(rng, 1)
        return Value("ROUTING", a + dv, rng.choice([a, f"{a}-{dv}"]), [a, dv])
    if region == "AU":
        parts = [_digits(rng, 3), _digits(rng, 3)]
        return Value(
            "ROUTING", "".join(parts), rng.choice(["-".join(parts), " ".join(parts)]), parts
        )
    if region == "CA":
        parts = [_digits(rng, 5), "0" + _digits(rng, 2)]
        return Value("ROUTING", "".join(parts), "-".join(parts), parts)
    if region == "IN":
        code = rng.choice(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK"]) + "0" + _digits(rng, 6)
        return Value("ROUTING", code, code, [code[:4], code[4:]])
    if region == "ZA":
        n = _digits(rng, 6)
        return Value("ROUTING", n, n, [n[:3], n[3:]])
    if region in ("ES", "PT"):
        parts = [_digits(rng, 4), _digits(rng, 4)]
        return Value(
            "ROUTING", "".join(parts), rng.choice([" ".join(parts), "-".join(parts)]), parts
        )
    if region == "FR":
        parts = [_digits(rng, 5), _digits(rng, 5)]
        return Value("ROUTING", "".join(parts), " ".join(parts), parts)
    if region == "CH":
        n = str(rng.randint(100, 99999))
        return Value("ROUTING", n, n, [n])
    while True:
        head = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
        if head[:2] in {f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))}:
            n = head + rtn.calc_check_digit(head)
            if rtn.is_valid(n):
                return Value("ROUTING", n, n, [n[:3], n[3:6], n[6:]])


BIC_COUNTRY = {"US": "US", "GB": "GB", "MX": "MX", "AR": "AR", "CO": "CO", "CL": "CL", "AO": "AO"}


def swift(rng: random.Random, region: str) -> Value:
    cc = BIC_COUNTRY.get(region, IBAN_FOR_REGION.get(region, ["DE"])[0])
    while True:
        code = (
            _letters(rng, 4)
            + cc
            + rng.choice(string.ascii_uppercase)
            + rng.choice("23456789ABCDEFGHJKLMN")
        )
        if rng.random() < 0.4:
            code += rng.choice(["XXX", "" + _letters(rng, 1) + _digits(rng, 2)])
        if bic.is_valid(code):
            return Value("SWIFT", code, code, [code[:4], code[4:6], code[6:8], code[8:]])


def clabe_check(d17: str) -> str:
    weights = [3, 7, 1] * 6
    return str((10 - sum(int(c) * w % 10 for c, w in zip(d17, weights, strict=False)) % 10) % 10)


def clabe_valid(n: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", n)) and clabe_check(n[:17]) == n[17]


def clabe(rng: random.Random, region: str) -> Value:
    bank = rng.choice(["002", "012", "014", "021", "030", "036", "044", "072", "127", "137", "058"])
    d = bank + _digits(rng, 14)
    n = d + clabe_check(d)
    return Value(
        "CLABE",
        n,
        rng.choice([n, n, f"{n[:3]} {n[3:6]} {n[6:17]} {n[17]}"]),
        [n[:3], n[3:6], n[6:10], n[10:14], n[14:]],
    )


# ---------------------------------------------------------------- people
NAMES = {
    "en": (
        "jess mike sarah tom priya rahul chloe liam aoife sean emma josh kate ben nikhil thandi "
        "olivia jack ravi megan",
        "smith obrien patel nguyen walker murphy kelly singh brown taylor wilson naidoo clarke "
        "davies reddy mcdonald",
    ),
    "es": (
        "lucia javi maria pepe carmen juanca sofia diego vale nacho ximena lupita andres camila "
        "mateo paula rocio sergio",
        "garcia martinez lopez fernandez gonzalez rodriguez sanchez ramirez torres flores "
        "hernandez gomez diaz moreno castillo",
    ),
    "fr": (
        "camille julien manon theo chloe lucas lea hugo sarah antoine ines maxime pauline "
        "nico elodie yannick",
        "martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent "
        "lefebvre tremblay gagnon",
    ),
    "de": (
        "lukas anna jonas lena felix marie leon sophie paul julia max lisa tobi steffi jan hannah",
        "mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch huber "
        "gruber bauer keller",
    ),
    "pt": (
        "joao ana pedro mariana lucas beatriz gabriel juliana rafa carol tiago ines duarte "
        "leticia bruno fernanda",
        "silva santos oliveira souza pereira costa ferreira rodrigues almeida carvalho gomes "
        "martins lima ribeiro",
    ),
}
EMAIL_DOMAINS = [
    "example.com",
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "example.test",
    "correo.test",
    "post.example.org",
]


def person(rng: random.Random, lang: str) -> tuple[str, str]:
    first, last = NAMES[lang]
    return rng.choice(first.split()), rng.choice(last.split())


def email(rng: random.Random, region: str, lang: str = "en") -> Value:
    f, last = person(rng, lang)
    local = rng.choice(
        [
            f"{f}.{last}",
            f"{f}{last}",
            f"{f[0]}{last}",
            f"{f}_{last}",
            f"{f}.{last}{rng.randint(1, 99)}",
            f"{f}{rng.randint(70, 99)}",
            f"{last}.{f}",
            f"{f}-{last}",
            f"{f}+{rng.choice(['shop', 'promo', 'news'])}",
        ]
    )
    dom = rng.choice(EMAIL_DOMAINS)
    v = f"{local}@{dom}"
    return Value("EMAIL", v, v, [local, dom])


def username(rng: random.Random, region: str, lang: str = "en") -> Value:
    f, last = person(rng, lang)
    v = rng.choice(
        [
            f"{f}_{last}",
            f"{f}.{last[:4]}",
            f"{f}{rng.randint(80, 99)}",
            f"{last}_{f[0]}",
            f"x{f}x",
            f"{f}{last}{rng.randint(1, 9)}",
            f"{f}_{rng.choice(['gamer', 'oficial', 'pro', 'bcn', 'mx', 'rj'])}",
        ]
    )
    return Value("USER", v, v, [v])


WORDS = {
    "en": "sunshine dragon Liverpool football summer Buster coffee Monkey blink pumpkin",
    "es": "verano Boquita mariposa chocolate Tequila gatito Sevilla futbol estrella Morena",
    "fr": "soleil Marseille chouchou doudou Bisous papillon fromage Titou loulou Pastis",
    "de": "Sommer Schalke Mausi Hasenbein Bayern Kuchen Sonnenschein Hund Bergwelt Strudel",
    "pt": "Flamengo saudade girassol Benfica gatinha Brasil amor Porto Corinthians saudades",
}


def password(rng: random.Random, region: str, lang: str = "en", url_safe: bool = False) -> Value:
    w = rng.choice(WORDS[lang].split())
    sym = rng.choice("!#$%*&.?_-" if not url_safe else "!*_-.$")
    leet = w.replace("o", "0").replace("a", "4") if rng.random() < 0.3 else w
    v = rng.choice(
        [
            f"{w}{rng.randint(1, 2025)}{sym}",
            f"{leet}{sym}{rng.randint(10, 99)}",
            f"{w.capitalize()}{sym}{rng.randint(100, 999)}",
            f"{sym}{leet}{rng.randint(1, 99)}{sym}",
            f"{w[:4]}{rng.randint(1000, 9999)}{w[-2:].upper()}",
            _letters(rng, 3, string.ascii_letters)
            + str(rng.randint(10, 99))
            + sym
            + _letters(rng, 4, string.ascii_letters),
        ]
    )
    if url_safe:
        v = re.sub(r"[@:/?#%&]", "_", v)
    return Value("PASSWORD", v, v, [v])


def aws_key(rng: random.Random, region: str) -> Value:
    v = rng.choice(["AKIA", "AKIA", "ASIA"]) + _letters(rng, 16, string.ascii_uppercase + "234567")
    return Value("AWSKEY", v, v, _by(v, 4))


def aws_secret(rng: random.Random, region: str) -> Value:
    alphabet = string.ascii_letters + string.digits + "/+"
    while True:
        v = _letters(rng, 40, alphabet)
        if (
            re.search(r"\d", v)
            and re.search(r"[/+]", v)
            and re.search(r"[a-z]", v)
            and re.search(r"[A-Z]", v)
        ):
            return Value("AWSSECRET", v, v, _by(v, 10))


def ip(rng: random.Random, region: str) -> Value:
    r = rng.random()
    if r < 0.15:
        v = f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
        return Value("IP", v, v, v.split(":"))
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113", "192.168.{}", "10.{}.{}", "172.{}.{}"])
    while "{}" in net:
        net = net.replace(
            "{}", str(rng.randint(16, 31) if net.startswith("172.{}") else rng.randint(0, 254)), 1
        )
    v = f"{net}.{rng.randint(2, 254)}"
    return Value("IP", v, v, v.split("."))


def mac(rng: random.Random, region: str) -> Value:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] & 0xFC) | 0x02
    hexes = [f"{x:02x}" for x in b]
    if rng.random() < 0.5:
        hexes = [h.upper() for h in hexes]
    style = rng.random()
    if style < 0.5:
        v = ":".join(hexes)
    elif style < 0.85:
        v = "-".join(hexes)
    else:
        h = "".join(hexes)
        v = f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return Value("MAC", "".join(hexes).lower(), v, hexes)


def ssn_value(rng: random.Random, region: str) -> Value:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        v = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return Value(
                "SSN",
                v,
                rng.choice([f"{v[:3]}-{v[3:5]}-{v[5:]}"] * 3 + [v]),
                [v[:3], v[3:5], v[5:]],
            )


def itin_value(rng: random.Random, region: str) -> Value:
    while True:
        g = rng.choice(
            list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
        )
        v = f"9{rng.randint(0, 99):02d}{g}{rng.randint(0, 9999):04d}"
        if itin.is_valid(v):
            return Value(
                "ITIN",
                v,
                rng.choice([f"{v[:3]}-{v[3:5]}-{v[5:]}"] * 3 + [v]),
                [v[:3], v[3:5], v[5:]],
            )


NINO_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino(rng: random.Random, region: str) -> Value:
    while True:
        v = _letters(rng, 2) + _digits(rng, 6) + rng.choice("ABCD")
        if NINO_RE.fullmatch(v):
            spaced = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
            return Value(
                "NINO", v, rng.choice([v, v, spaced]), [v[:2], v[2:4], v[4:6], v[6:8], v[8]]
            )


# Format shapes: A letter, 9 digit, X letter or digit.
PASSPORT_SHAPES = {
    "US": ["999999999", "A99999999"],
    "GB": ["999999999"],
    "IE": ["AA9999999"],
    "CA": ["AA999999"],
    "AU": ["A9999999", "AA9999999"],
    "IN": ["A9999999"],
    "NZ": ["AA999999"],
    "ZA": ["A99999999"],
    "ES": ["AAA999999"],
    "MX": ["A99999999"],
    "AR": ["AAA999999"],
    "CO": ["AA999999"],
    "CL": ["A99999999"],
    "FR": ["99AA99999"],
    "BE": ["AA999999"],
    "CH": ["A9999999"],
    "DE": ["CXXXXXXXX"],
    "AT": ["A9999999"],
    "BR": ["AA999999"],
    "PT": ["A999999"],
    "AO": ["N9999999"],
}
DL_SHAPES = {
    "US": ["A9999999", "999999999", "99999999", "A999999999999"],
    "GB": ["DVLA"],
    "IE": ["999999999"],
    "CA": ["A9999-99999-99999"],
    "AU": ["99999999", "9999999999"],
    "IN": ["AA99 99999999999"],
    "NZ": ["AA999999"],
    "ZA": ["9999999999AA"],
    "ES": ["DNI"],
    "MX": ["A99999999"],
    "AR": ["99999999"],
    "CO": ["9999999999"],
    "CL": ["RUT"],
    "FR": ["999999999999"],
    "BE": ["9999999999"],
    "CH": ["999999999"],
    "DE": ["AXXXXXXXXXX"],
    "AT": ["99999999"],
    "BR": ["CNH"],
    "PT": ["AA-999999 9"],
    "AO": ["999999999"],
}
DE_PASS = "CFGHJKLMNPRTVWXYZ0123456789"  # noqa: S105 - alphabet of German passport numbers


def _shape(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "9":
            out.append(rng.choice(string.digits))
        elif ch == "A":
            out.append(rng.choice(string.ascii_uppercase.replace("O", "").replace("I", "")))
        elif ch == "X":
            out.append(rng.choice(DE_PASS))
        else:
            out.append(ch)
    return "".join(out)


def shape_re(shape: str) -> re.Pattern[str]:
    return re.compile(
        "".join({"9": r"\d", "A": "[A-Z]", "X": f"[{DE_PASS}]"}.get(c, re.escape(c)) for c in shape)
    )


def passport(rng: random.Random, region: str) -> Value:
    shape = rng.choice(PASSPORT_SHAPES.get(region, ["AA999999"]))
    v = _shape(rng, shape)
    return Value("PASSPORT", v, v, [v[:3], v[3:6], v[6:]] if len(v) > 6 else [v])


def _cnh(rng: random.Random) -> str:
    base = _digits(rng, 9)
    s1 = sum(int(c) * w for c, w in zip(base, range(9, 0, -1), strict=True)) % 11
    d1 = 0 if s1 >= 10 else s1
    s2 = sum(int(c) * w for c, w in zip(base, range(1, 10), strict=True)) % 11
    d2 = 0 if s2 >= 10 else s2
    return base + str(d1) + str(d2)


def cnh_valid(v: str) -> bool:
    if not re.fullmatch(r"\d{11}", v):
        return False
    base = v[:9]
    s1 = sum(int(c) * w for c, w in zip(base, range(9, 0, -1), strict=True)) % 11
    s2 = sum(int(c) * w for c, w in zip(base, range(1, 10), strict=True)) % 11
    return v[9:] == f"{0 if s1 >= 10 else s1}{0 if s2 >= 10 else s2}"


def _dvla(rng: random.Random) -> str:
    sur = rng.choice(["MORGA", "SMITH", "PATEL", "WALKE", "OBRIE", "JONES", "TAYLO", "BROWN"])
    year = rng.randint(55, 99)
    month = rng.randint(1, 12) + rng.choice([0, 50])
    day = rng.randint(1, 28)
    tail = f"{_letters(rng, 2)}9{_letters(rng, 2)}"
    return f"{sur}{str(year)[0]}{month:02d}{day:02d}{str(year)[1]}{tail}"


DVLA_RE = re.compile(
    r"[A-Z9]{5}\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}"
)


def driver_id(rng: random.Random, region: str) -> Value:
    shape = rng.choice(DL_SHAPES.get(region, ["A9999999"]))
    if shape == "DVLA":
        v = _dvla(rng)
    elif shape == "DNI":
        v = dni_value(rng, region).canon
    elif shape == "RUT":
        body = str(rng.randint(8_000_000, 25_999_999))
        v = body + rut.calc_check_digit(body)
        return Value("DL", v, rut.format(v), [v[:-1], v[-1]])
    elif shape == "CNH":
        v = _cnh(rng)
    else:
        v = _shape(rng, shape)
    parts = [p for p in re.split(r"[\s-]", v) if p]
    return Value(
        "DL",
        v,
        v,
        parts if len(parts) > 1 else ([v[:4], v[4:8], v[8:]] if len(v) > 8 else [v[:3], v[3:]]),
    )


def driver_valid(v: str) -> bool:
    if DVLA_RE.fullmatch(v) or dni.is_valid(v) or rut.is_valid(v) or cnh_valid(v):
        return True
    return any(shape_re(s).fullmatch(v) for shapes in DL_SHAPES.values() for s in shapes)


def passport_valid(v: str) -> bool:
    return any(shape_re(s).fullmatch(v) for shapes in PASSPORT_SHAPES.values() for s in shapes)


# ---------------------------------------------------------------- national ids
def dni_value(rng: random.Random, region: str) -> Value:
    d = _digits(rng, 8)
    v = d + dni.calc_check_digit(d)
    plain = rng.choice(
        [v, v, v, f"{d}-{v[-1]}", f"{d[:2]}.{d[2:5]}.{d[5:]}-{v[-1]}", f"{d} {v[-1]}"]
    )
    return Value("DNI", v, plain, [d[:2], d[2:5], d[5:], v[-1]])


def nie_value(rng: random.Random, region: str) -> Value:
    p = rng.choice("XYZ")
    d = _digits(rng, 7)
    v = p + d + nie.calc_check_digit(p + d)
    plain = rng.choice([v, v, f"{p}-{d}-{v[-1]}", f"{p}{d}-{v[-1]}"])
    return Value("NIE", v, plain, [p, d[:3], d[3:], v[-1]])


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


def curp_value(rng: random.Random, region: str) -> Value:
    consonants = "BCDFGHJKLMNPRSTVXZ"
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        head = (
            rng.choice("BCDFGHLMPRSTV")
            + rng.choice("AEIOU")
            + rng.choice(consonants)
            + rng.choice("AEIOU")
            + f"{y:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(CURP_STATES)
            + _letters(rng, 3, consonants)
            + rng.choice(string.digits)
        )
        for c in string.digits:
            if curp.is_valid(head + c):
                v = head + c
                return Value("CURP", v, v, [v[:4], v[4:10], v[10:16], v[16:]])


def _rfc_ok(v: str) -> bool:
    try:
        rfc.validate(v, validate_check_digits=True)
    except ValidationError:
        return False
    return True


def rfc_value(rng: random.Random, region: str) -> Value:
    while True:
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        head = (
            rng.choice("BCDFGHLMPRSTV")
            + rng.choice("AEIOU")
            + _letters(rng, 2, "BCDFGHLMNPRSTVZ")
            + f"{y:02d}{m:02d}{d:02d}"
            + _letters(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        )
        for c in string.digits + "A":
            if not _rfc_ok(head + c):
                continue
            v = head + c
            return Value("RFC", v, v, [v[:4], v[4:10], v[10:]])


def cpf_value(rng: random.Random, region: str) -> Value:
    while True:
        base = _digits(rng, 9)
        if len(set(base)) == 1:
            continue
        for i in range(100):
            v = f"{base}{i:02d}"
            if cpf.is_valid(v):
                return Value(
                    "CPF", v, rng.choice([cpf.format(v)] * 3 + [v]), [v[:3], v[3:6], v[6:9], v[9:]]
                )


def cnpj_value(rng: random.Random, region: str) -> Value:
    base = _digits(rng, 8) + rng.choice(["0001", "0001", "0002"])
    v = base + cnpj.calc_check_digits(base)
    assert cnpj.is_valid(v)
    return Value(
        "CNPJ", v, rng.choice([cnpj.format(v)] * 3 + [v]), [v[:2], v[2:5], v[5:8], v[8:12], v[12:]]
    )


def nir_value(rng: random.Random, region: str) -> Value:
    while True:
        dept = f"{rng.choice([i for i in range(1, 96) if i != 20]):02d}"
        birth = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        place = f"{dept}{rng.randint(1, 990):03d}"
        body = f"{rng.choice('12')}{birth}{place}{rng.randint(1, 999):03d}"
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            plain = rng.choice([v, nir.format(v), nir.format(v)])
            return Value("NIR", v, plain, [v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])


def steuer_value(rng: random.Random, region: str) -> Value:
    while True:
        base = str(rng.randint(1, 9)) + _digits(rng, 9)
        for c in string.digits:
            if idnr.is_valid(base + c):
                v = base + c
                return Value(
                    "STEUER", v, rng.choice([v, v, idnr.format(v)]), [v[:2], v[2:5], v[5:8], v[8:]]
                )


def nif_value(rng: random.Random, region: str) -> Value:
    base = rng.choice("123") + _digits(rng, 7)
    v = base + nif.calc_check_digit(base)
    return Value("NIF", v, rng.choice([v, v, f"{v[:3]} {v[3:6]} {v[6:]}"]), [v[:3], v[3:6], v[6:]])


GENERATORS = {
    "CARD": card,
    "CVV": cvv,
    "PIN": pin,
    "PHONE": phone,
    "IBAN": iban_value,
    "ACCT": account,
    "ROUTING": routing,
    "SWIFT": swift,
    "CLABE": clabe,
    "AWSKEY": aws_key,
    "AWSSECRET": aws_secret,
    "IP": ip,
    "MAC": mac,
    "SSN": ssn_value,
    "ITIN": itin_value,
    "NINO": nino,
    "PASSPORT": passport,
    "DL": driver_id,
    "DNI": dni_value,
    "NIE": nie_value,
    "CURP": curp_value,
    "RFC": rfc_value,
    "CPF": cpf_value,
    "CNPJ": cnpj_value,
    "NIR": nir_value,
    "STEUER": steuer_value,
    "NIF": nif_value,
}
LANG_GENERATORS = {"EXP": expiry, "EMAIL": email, "USER": username, "PASSWORD": password}


def draw(kind: str, rng: random.Random, region: str, lang: str, url_safe: bool = False) -> Value:
    if kind == "PASSWORD":
        v = password(rng, region, lang, url_safe)
    elif kind in LANG_GENERATORS:
        v = LANG_GENERATORS[kind](rng, region, lang)
    else:
        v = GENERATORS[kind](rng, region)
    if not is_valid(kind, v.canon):
        raise AssertionError(f"drawn {kind} fails its check")
    return v


def _private_ip(v: str) -> bool:
    try:
        return ipaddress.ip_address(v).is_private
    except ValueError:
        return False


VALIDATORS = {
    "CARD": lambda v: luhn.is_valid(v) and any(v.startswith(p) for p, _ in CARD_PREFIXES),
    "CVV": lambda v: bool(re.fullmatch(r"\d{3,4}", v)),
    "EXP": lambda v: bool(re.fullmatch(r"(0[1-9]|1[0-2])\d\d", v)),
    "PIN": lambda v: bool(re.fullmatch(r"\d{4,6}", v)),
    "ACCT": lambda v: bool(re.fullmatch(r"\d{6,22}", v)) and (len(v) != 20 or ccc.is_valid(v)),
    "ROUTING": lambda v: (
        rtn.is_valid(v) if len(v) == 9 and v.isdigit() else bool(re.fullmatch(r"[A-Z0-9]{3,11}", v))
    ),
    "IBAN": iban.is_valid,
    "SWIFT": bic.is_valid,
    "EMAIL": lambda v: (
        bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z.]+", v)) and v.split("@")[1] in EMAIL_DOMAINS
    ),
    "PHONE": lambda v: phone_valid(v, "ZZ"),
    "SSN": ssn.is_valid,
    "ITIN": itin.is_valid,
    "NINO": lambda v: bool(NINO_RE.fullmatch(v)),
    "PASSPORT": passport_valid,
    "DL": driver_valid,
    "PASSWORD": lambda v: len(v) >= 6 and not re.search(r"\s", v),
    "USER": lambda v: bool(re.fullmatch(r"[a-z][a-z0-9._]{2,29}", v)),
    "AWSKEY": lambda v: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v)),
    "AWSSECRET": lambda v: bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v)),
    "IP": _private_ip,
    "MAC": lambda v: bool(re.fullmatch(r"[0-9a-f]{12}", v)) and int(v[:2], 16) & 0x03 == 0x02,
    "DNI": dni.is_valid,
    "NIE": nie.is_valid,
    "CURP": curp.is_valid,
    "RFC": lambda v: _rfc_ok(v) and len(v) == 13,
    "CLABE": clabe_valid,
    "CPF": cpf.is_valid,
    "CNPJ": cnpj.is_valid,
    "NIR": nir.is_valid,
    "STEUER": idnr.is_valid,
    "NIF": nif.is_valid,
}


def is_valid(kind: str, canon: str) -> bool:
    return bool(VALIDATORS[kind](canon))


# ---------------------------------------------------------------- hard negatives
def looks_like_identifier(text: str) -> bool:
    """True when a must_keep value would pass one of the identifier checks the brief lists."""
    d = re.sub(r"\D", "", text)
    compact = re.sub(r"[\s.\-/]", "", text).upper()
    checks = []
    if 12 <= len(d) <= 19:
        checks.append(luhn.is_valid(d))
    if len(d) == 9:
        checks += [ssn.is_valid(d), rtn.is_valid(d), nif.is_valid(d), itin.is_valid(d)]
    if len(d) == 11:
        checks += [cpf.is_valid(d), idnr.is_valid(d)]
    if len(d) == 14:
        checks.append(cnpj.is_valid(d))
    if len(d) in (13, 15):
        checks.append(nir.is_valid(d))
    if len(d) == 18:
        checks.append(clabe_valid(d))
    checks += [dni.is_valid(compact), nie.is_valid(compact), iban.is_valid(compact)]
    if len(d) >= 9:
        checks += [phone_valid(d, r) for r in CORPUS_REGIONS]
        checks.append(phone_valid("+" + d, "ZZ"))
    return any(checks)
