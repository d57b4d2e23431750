"""Synthetic values for the `drummed` corpus.

Every checksummed identifier is built with python-stdnum (or, for CLABE, the 3-7-1
weighted mod-10 rule) and validated again by `validate()`; phone numbers are drawn from
fiction ranges where a market has one and must pass `phonenumbers.is_valid_number`.
Hard negatives (`must_keep`) are drawn by rejection: no digit run in them may pass any of
the checks in `looks_like_pii()`.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat
from stdnum import bic, iban, luhn
from stdnum.iso7064 import mod_11_10
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en-US", "en-GB"),
    "es": ("es-ES", "es-MX"),
    "fr": ("fr-FR",),
    "de": ("de-DE",),
    "pt": ("pt-BR", "pt-PT"),
}
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
MARKET_REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "BR", "PT")

TYPES = (
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PASSWORD",
    "USERNAME",
    "EMAIL",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
)
# Short names used inside the templates.
ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STID": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
MUST_KEEP_KINDS = (
    "order",
    "tracking",
    "invoice",
    "ticket",
    "policy",
    "contract",
    "booking",
    "customer_ref",
    "store",
    "room",
    "seat",
    "flight",
    "meter_reading",
    "price",
    "amount",
    "quantity",
    "count",
    "percentage",
    "date",
    "time",
    "year",
    "duration",
    "postal_code",
    "zip4",
    "product_model",
    "version",
    "error_code",
    "data_size",
    "plate",
)


@dataclass(frozen=True)
class Value:
    """One drawn PII value: its canonical form, official surface and official groups."""

    type: str
    canonical: str
    plain: str
    groups: tuple[str, ...]
    region: str


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chunks(s: str, sizes: list[int]) -> tuple[str, ...]:
    out, i = [], 0
    for size in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return tuple(out)


def _by(s: str, n: int) -> tuple[str, ...]:
    return tuple(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- names (invented)
FIRST = (
    "marta",
    "ines",
    "joao",
    "lucas",
    "ana",
    "pablo",
    "chloe",
    "yannick",
    "jonas",
    "frieda",
    "dolores",
    "ximena",
    "tobias",
    "noemi",
    "caio",
    "bruna",
    "ewan",
    "priya",
    "oskar",
    "lea",
    "rui",
    "thiago",
    "amelie",
    "soraya",
    "kofi",
    "maelle",
    "nadia",
)
LAST = (
    "quiroga",
    "vidalte",
    "brenmoor",
    "castanedo",
    "lefaucheux",
    "ostermann",
    "pimentel",
    "carvalhosa",
    "delbrook",
    "arrizabal",
    "tennholt",
    "moureaux",
    "fallowby",
    "sandeira",
    "kornbeck",
    "valdespino",
    "ribamar",
    "ashcombe",
    "grunwaldt",
    "esteveira",
)
WORDS = (
    "girasol",
    "maple",
    "tornado",
    "lagarto",
    "papillon",
    "biscuit",
    "sonnenblume",
    "cachorro",
    "pumpkin",
    "estrela",
    "marmota",
    "kiwi",
    "falcon",
    "baleia",
    "koala",
)


def _email(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{f}.{l}",
            f"{f[0]}{l}",
            f"{f}_{l}{_digits(rng, 2)}",
            f"{f}{l[:3]}",
            f"{l}.{f}{_digits(rng, 1)}",
            f"{f}.{l[0]}",
        ]
    )
    dom = rng.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "example.test",
            "correo.example.org",
            "post.example.net",
        ]
    )
    return f"{local}@{dom}"


def _username(rng: random.Random) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice(
        [
            f"{f}.{l}",
            f"{f}_{l[:4]}{_digits(rng, 2)}",
            f"{f[0]}{l}{_digits(rng, 2)}",
            f"{rng.choice(WORDS)}_{f}",
            f"{l}{f[:2]}",
            f"{f}{_digits(rng, 4)}",
            f"{rng.choice(WORDS)}{_digits(rng, 3)}",
        ]
    )


def _password(rng: random.Random, url_safe: bool = False) -> str:
    sym = "!*_-$" if url_safe else "!*_-$#&?"
    kind = rng.randrange(4)
    if kind == 0:
        p = rng.choice(WORDS).capitalize() + rng.choice(sym) + _digits(rng, rng.randint(2, 4))
    elif kind == 1:
        p = "".join(
            rng.choice(string.ascii_letters + string.digits + sym)
            for _ in range(rng.randint(9, 14))
        )
    elif kind == 2:
        p = rng.choice(FIRST).capitalize() + _digits(rng, 4) + rng.choice(sym)
    else:
        w = rng.choice(WORDS)
        p = (
            "".join(c.upper() if rng.random() < 0.3 else c for c in w)
            + rng.choice(sym)
            + rng.choice(WORDS)[:3]
            + _digits(rng, 2)
        )
    while not (p[-1].isalnum() or p[-1] in "!*$#"):
        p = p[:-1]
    return p


# ---------------------------------------------------------------- payment cards
BINS = {
    "411111": 16,
    "400000": 16,
    "424242": 16,
    "401288": 16,
    "555555": 16,
    "510510": 16,
    "222300": 16,
    "378282": 15,
    "371449": 15,
    "601111": 16,
    "353011": 16,
    "305693": 14,
}
MONTHS = {
    "en": (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sep oct nov dic",
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janv févr mars avr mai juin juil août sept oct nov déc",
    ),
    "de": (
        "januar februar märz april mai juni juli august september oktober november dezember",
        "jan feb mär apr mai jun jul aug sep okt nov dez",
    ),
    "pt": (
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "jan fev mar abr mai jun jul ago set out nov dez",
    ),
}


def card(rng: random.Random) -> Value:
    b = rng.choice(sorted(BINS))
    n = BINS[b]
    body = b + _digits(rng, n - len(b) - 1)
    num = body + luhn.calc_check_digit(body)
    groups = _chunks(num, [4, 6, 5] if n == 15 else [4, 6, 4] if n == 14 else [4, 4, 4, 4])
    sep = rng.choice([" ", " ", "-", ""])
    return Value("CREDIT_DEBIT_NUMBER", num, sep.join(groups), groups, "")


def cvv(rng: random.Random, amex: bool = False) -> Value:
    v = _digits(rng, 4 if amex else 3)
    return Value("CREDIT_DEBIT_CVV", v, v, (v,), "")


def expiry(rng: random.Random, lang: str) -> Value:
    m, y = rng.randint(1, 12), rng.randint(2027, 2033)
    canon = f"{m:02d}/{y}"
    long_m, short_m = (MONTHS[lang][0].split()[m - 1], MONTHS[lang][1].split()[m - 1])
    de_ = {"pt": " de ", "es": " de "}.get(lang, " ")
    plain = rng.choice(
        [
            f"{m:02d}/{y % 100:02d}",
            f"{m:02d}/{y % 100:02d}",
            f"{m:02d}/{y}",
            f"{m}/{y % 100:02d}",
            f"{m:02d}-{y % 100:02d}",
            f"{m:02d} / {y % 100:02d}",
            f"{long_m}{de_}{y}",
            f"{short_m}/{y % 100:02d}",
            f"{short_m.capitalize()} {y}",
            f"{m:02d}.{y}" if lang == "de" else f"{m:02d}/{y}",
        ]
    )
    return Value("CREDIT_DEBIT_EXPIRY", canon, plain, (f"{m:02d}", f"{y % 100:02d}"), "")


def pin(rng: random.Random) -> Value:
    v = _digits(rng, rng.choice([4, 4, 4, 6]))
    return Value("PIN", v, v, (v,), "")


# ---------------------------------------------------------------- phones
def _phone_nsn(rng: random.Random, region: str) -> str:
    if region == "US":
        return (
            rng.choice(["202", "312", "415", "617", "213", "305", "512", "646", "720"])
            + "55501"
            + _digits(rng, 2)
        )
    if region == "GB":
        return rng.choice(
            [
                "2079460" + _digits(rng, 3),
                "1134960" + _digits(rng, 3),
                "1214960" + _digits(rng, 3),
                "1614960" + _digits(rng, 3),
                "1314960" + _digits(rng, 3),
                "2896496" + _digits(rng, 3),
                "2920180" + _digits(rng, 3),
            ]
        )
    if region == "FR":
        return rng.choice(["19900", "26191", "35301", "46571", "53649"]) + _digits(rng, 4)
    if region == "DE":
        return rng.choice(
            [
                "3023125" + _digits(rng, 3),
                "6990009" + _digits(rng, 3),
                "4066969" + _digits(rng, 3),
                "8999998" + _digits(rng, 3),
                "15228817" + _digits(rng, 3),
            ]
        )
    if region == "ES":
        return rng.choice(["6", "6", "7", "91", "93"]) + _digits(
            rng, 8
        )  # cut to nine digits by phone()
    if region == "MX":
        return rng.choice(["55", "33", "81", "222", "998"]) + _digits(rng, 8)
    if region == "BR":
        return rng.choice(["11", "21", "31", "41", "61", "71", "81"]) + "9" + _digits(rng, 8)
    if region == "PT":
        return rng.choice(["91", "92", "93", "96", "21", "22"]) + _digits(rng, 7)
    raise ValueError(region)


def phone(rng: random.Random, region: str) -> Value:
    while True:
        nsn = _phone_nsn(rng, region)
        if region == "ES":
            nsn = nsn[:9]
        if region == "MX":
            nsn = nsn[:10]
        try:
            num = phonenumbers.parse(nsn, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            break
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    plain = rng.choice([nat, nat, intl, e164, re.sub(r"\D", "", nat)])
    groups = tuple(re.findall(r"\d+", nat))
    return Value("PHONE", e164, plain, groups, region)


# ---------------------------------------------------------------- banking
def account(rng: random.Random, locale: str) -> Value:
    region = REGION[locale]
    if region == "BR":
        a = str(rng.randint(1, 9)) + _digits(rng, rng.choice([4, 5, 7]))
        d = _digits(rng, 1)
        return Value("BANK_ACCOUNT_NUMBER", a + d, f"{a}-{d}", (a, d), region)
    n = {
        "US": rng.choice([10, 11, 12]),
        "GB": 8,
        "ES": 10,
        "MX": rng.choice([10, 11]),
        "FR": 11,
        "DE": 10,
        "PT": 11,
    }[region]
    a = str(rng.randint(1, 9)) + _digits(rng, n - 1)
    if region == "DE" and rng.random() < 0.5:
        a = "00" + a[2:]
    groups = _by(a, 4)
    plain = rng.choice([a, a, " ".join(groups)])
    return Value("BANK_ACCOUNT_NUMBER", a, plain, groups, region)


def routing(rng: random.Random, locale: str) -> Value:
    region = REGION[locale]
    if region == "GB" or (region not in ("US", "DE", "MX") and rng.random() < 0.2):
        s = _digits(rng, 6)
        s = str(rng.randint(1, 9)) + s[1:]
        g = _by(s, 2)
        return Value(
            "BANK_ROUTING", s, rng.choice(["-".join(g), "-".join(g), s, " ".join(g)]), g, region
        )
    if region == "DE" or (region in ("ES", "FR", "PT") and rng.random() < 0.3):
        s = str(rng.randint(1, 8)) + _digits(rng, 7)
        g = _chunks(s, [3, 3, 2])
        return Value("BANK_ROUTING", s, rng.choice([s, " ".join(g)]), g, region)
    if region == "BR":
        a, d = _digits(rng, 4), _digits(rng, 1)
        return Value("BANK_ROUTING", a + d, f"{a}-{d}", (a, d), region)
    if region == "FR":
        s = str(rng.randint(1, 4)) + _digits(rng, 9)
        g = (s[:5], s[5:])
        return Value("BANK_ROUTING", s, " ".join(g), g, region)
    if region in ("ES", "PT"):
        s = str(rng.randint(1, 3)) + _digits(rng, 7)
        g = (s[:4], s[4:])
        return Value("BANK_ROUTING", s, rng.choice([" ".join(g), "-".join(g)]), g, region)
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
        if rtn.is_valid(body + rtn.calc_check_digit(body)):
            s = body + rtn.calc_check_digit(body)
            break
    return Value("BANK_ROUTING", s, s, _by(s, 3), region)


IBAN_COUNTRY = {
    "en-US": ("GB", "DE"),
    "en-GB": ("GB",),
    "es-ES": ("ES",),
    "es-MX": ("ES",),
    "fr-FR": ("FR",),
    "de-DE": ("DE",),
    "pt-BR": ("BR", "PT"),
    "pt-PT": ("PT",),
}


def _rib_key(bank: str, branch: str, acct: str) -> str:
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97):02d}"


def international_account(rng: random.Random, locale: str) -> Value:
    cc = rng.choice(IBAN_COUNTRY[locale])
    while True:
        if cc == "GB":
            bban = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXZ") for _ in range(4)) + _digits(
                rng, 14
            )
        elif cc == "DE":
            bban = str(rng.randint(1, 8)) + _digits(rng, 17)
        elif cc == "ES":
            bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        elif cc == "FR":
            bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
            bban = bank + branch + acct + _rib_key(bank, branch, acct)
        elif cc == "PT":
            body = _digits(rng, 19)
            bban = body + f"{98 - (int(body) * 100) % 97:02d}"
        else:  # BR
            bban = (
                "00000000"
                + _digits(rng, 5)
                + _digits(rng, 10)
                + rng.choice("CP")
                + rng.choice("123")
            )
        number = cc + "00" + bban
        number = cc + iban.calc_check_digits(number) + bban
        if iban.is_valid(number):
            break
    groups = _by(number, 4)
    plain = rng.choice([" ".join(groups), " ".join(groups), number])
    return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", number, plain, groups, cc)


def swift(rng: random.Random, locale: str) -> Value:
    cc = {
        "US": "US",
        "GB": "GB",
        "ES": "ES",
        "MX": "MX",
        "FR": "FR",
        "DE": "DE",
        "BR": "BR",
        "PT": "PT",
    }[REGION[locale]]
    while True:
        bank = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4))
        loc = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase + "23456789")
        code = (
            bank + cc + loc + rng.choice(["", "", "XXX", rng.choice("ABCDEFGH") + _digits(rng, 2)])
        )
        if bic.is_valid(code):
            return Value(
                "SWIFT_CODE",
                code,
                code,
                (bank, cc, loc) + ((code[8:],) if len(code) > 8 else ()),
                "",
            )


# ---------------------------------------------------------------- US / UK identifiers
def us_ssn(rng: random.Random) -> Value:
    while True:
        s = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(s):
            break
    g = (s[:3], s[3:5], s[5:])
    return Value("SSN", s, rng.choice(["-".join(g), "-".join(g), " ".join(g), s]), g, "")


def us_itin(rng: random.Random) -> Value:
    while True:
        grp = rng.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        s = f"9{_digits(rng, 2)}{grp:02d}{_digits(rng, 4)}"
        if itin.is_valid(s):
            break
    g = (s[:3], s[3:5], s[5:])
    return Value(
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
        s,
        rng.choice(["-".join(g), " ".join(g), s]),
        g,
        "",
    )


NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_nino(rng: random.Random) -> Value:
    while True:
        a = rng.choice([c for c in string.ascii_uppercase if c not in "DFIQUV"])
        b = rng.choice([c for c in string.ascii_uppercase if c not in "DFIOQUV"])
        if a + b not in NINO_BAD:
            break
    d = _digits(rng, 6)
    s = rng.choice("ABCD")
    canon = a + b + d + s
    g = (a + b, d[:2], d[2:4], d[4:], s)
    return Value(
        "UK_NATIONAL_INSURANCE_NUMBER", canon, rng.choice([" ".join(g), canon, canon]), g, ""
    )


# ---------------------------------------------------------------- travel / driving documents
def passport(rng: random.Random, locale: str) -> Value:
    r = REGION[locale]
    up = string.ascii_uppercase
    if r in ("US", "GB"):
        v = (
            rng.choice(
                [str(rng.randint(1, 9)) + _digits(rng, 8), rng.choice("ACE") + _digits(rng, 8)]
            )
            if r == "US"
            else str(rng.randint(1, 9)) + _digits(rng, 8)
        )
    elif r == "ES":
        v = "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 6)
    elif r == "MX":
        v = rng.choice("GNP") + _digits(rng, 8)
    elif r == "FR":
        v = _digits(rng, 2) + "".join(rng.choice(up) for _ in range(2)) + _digits(rng, 5)
    elif r == "DE":
        v = (
            rng.choice("CFGHJK")
            + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(7))
            + _digits(rng, 1)
        )
    elif r == "BR":
        v = "".join(rng.choice(up) for _ in range(2)) + _digits(rng, 6)
    else:
        v = rng.choice("CPN") + _digits(rng, 6)
    return Value("PASSPORT_NUMBER", v, v, (v,), r)


def driver_id(rng: random.Random, locale: str) -> Value:
    r = REGION[locale]
    up = string.ascii_uppercase
    if r == "US":
        v = rng.choice(
            [rng.choice(up) + _digits(rng, 7), rng.choice(up) + _digits(rng, 12), _digits(rng, 9)]
        )
        g = (v,)
    elif r == "GB":
        sur = "".join(rng.choice(up) for _ in range(5))
        v = (
            sur
            + f"{rng.randint(5, 9)}{rng.choice(['0', '5', '1', '6'])}{rng.randint(1, 2)}{rng.randint(0, 2)}{rng.randint(1, 9)}"
            + _digits(rng, 1)
            + rng.choice(up)
            + rng.choice(up + "9")
            + _digits(rng, 1)
            + rng.choice(up)
            + rng.choice(up)
        )
        g = (v[:5], v[5:11], v[11:13], v[13:])
    elif r == "MX":
        v = rng.choice(up) + _digits(rng, 8)
        g = (v,)
    elif r in ("ES",):
        v = _digits(rng, 8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE")
        v = "C" + v if rng.random() < 0.2 else v
        g = (v,)
    elif r == "FR":
        v = (
            _digits(rng, 2)
            + "".join(rng.choice(up) for _ in range(2))
            + _digits(rng, 5)
            + _digits(rng, 3)
        )
        v = str(rng.randint(1, 9)) + v[1:]
        g = (v[:2], v[2:4], v[4:9], v[9:])
    elif r == "DE":
        v = (
            rng.choice(up)
            + _digits(rng, 3)
            + "".join(rng.choice(up + string.digits) for _ in range(6))
            + _digits(rng, 1)
        )
        g = (v,)
    elif r == "BR":
        v = str(rng.randint(1, 9)) + _digits(rng, 10)
        g = (v,)
    else:
        v = rng.choice(["L", "P", "C", "AV"]) + "-" + _digits(rng, 6) + " " + _digits(rng, 1)
        g = tuple(re.findall(r"[A-Z]+|\d+", v))
        return Value("DRIVER_ID", re.sub(r"[^A-Z0-9]", "", v), v, g, r)
    return Value("DRIVER_ID", v, v, g, r)


# ---------------------------------------------------------------- network / cloud
def ip(rng: random.Random) -> Value:
    if rng.random() < 0.75:
        net = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."])
        v = net + str(rng.randint(1, 254))
    else:
        addr = ipaddress.IPv6Address("2001:db8::") + rng.getrandbits(64)
        v = str(addr)
    return Value("IP_ADDRESS", v, v, tuple(re.split(r"[.:]", v)), "")


def mac(rng: random.Random) -> Value:
    first = (rng.randrange(256) & 0b11111100) | 0b10
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    hexs = [f"{o:02x}" for o in octets]
    style = rng.randrange(4)
    if style == 0:
        v = ":".join(hexs)
    elif style == 1:
        v = "-".join(h.upper() for h in hexs)
    elif style == 2:
        v = ":".join(h.upper() for h in hexs)
    else:
        j = "".join(hexs)
        v = ".".join(j[i : i + 4] for i in range(0, 12, 4))
    return Value("MAC_ADDRESS", "".join(hexs).upper(), v, tuple(hexs), "")


B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def aws_access_key(rng: random.Random) -> Value:
    v = rng.choice(["AKIA", "AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))
    return Value("AWS_ACCESS_KEY", v, v, (v,), "")


def aws_secret_key(rng: random.Random) -> Value:
    v = "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(40))
    return Value("AWS_SECRET_KEY", v, v, (v,), "")


# ---------------------------------------------------------------- Spain / Mexico
def es_dni(rng: random.Random) -> Value:
    d = _digits(rng, 8)
    v = d + dni.calc_check_digit(d)
    return Value(
        "ES_DNI",
        v,
        rng.choice([v, v, f"{d}-{v[-1]}", f"{d[:2]}.{d[2:5]}.{d[5:]}-{v[-1]}"]),
        (d, v[-1]),
        "",
    )


def es_nie(rng: random.Random) -> Value:
    p, d = rng.choice("XYZ"), _digits(rng, 7)
    v = p + d + nie.calc_check_digit(p + d)
    return Value(
        "ES_NIE", v, rng.choice([v, v, f"{p}-{d}-{v[-1]}", f"{p} {d} {v[-1]}"]), (p, d, v[-1]), ""
    )


MX_STATES = (
    "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS"
).split()
CONS = "BCDFGHJKLMNPRSTVZ"


def mx_curp(rng: random.Random) -> Value:
    while True:
        y, m, d = rng.randint(1955, 2006), rng.randint(1, 12), rng.randint(1, 28)
        head = (
            rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(CONS + "AEIOU")
        )
        body = (
            head
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(MX_STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + (rng.choice(string.digits) if y < 2000 else rng.choice("ABCDEFGH"))
        )
        v = body + curp.calc_check_digit(body)
        if curp.is_valid(v):
            return Value("MX_CURP", v, v, (v[:4], v[4:10], v[10:16], v[16:]), "MX")


def mx_rfc(rng: random.Random) -> Value:
    while True:
        y, m, d = rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28)
        head = (
            rng.choice(CONS) + rng.choice("AEIOU") + rng.choice(CONS) + rng.choice(CONS + "AEIOU")
        )
        body = (
            head
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice(CONS + string.digits)
            + rng.choice(CONS + string.digits)
        )
        v = body + rfc.calc_check_digit(body)
        try:
            rfc.validate(v, validate_check_digits=True)
        except Exception:
            continue
        return Value(
            "MX_RFC",
            v,
            rng.choice([v, v, f"{v[:4]}-{v[4:10]}-{v[10:]}"]),
            (v[:4], v[4:10], v[10:]),
            "MX",
        )


CLABE_BANKS = ("002", "012", "014", "021", "030", "036", "044", "058", "072", "127", "137")


def clabe_check(body17: str) -> str:
    w = (3, 7, 1)
    s = sum((int(c) * w[i % 3]) % 10 for i, c in enumerate(body17))
    return str((10 - s % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def mx_clabe(rng: random.Random) -> Value:
    body = (
        rng.choice(CLABE_BANKS)
        + rng.choice(["180", "320", "010", "580", "650", "027"])
        + _digits(rng, 11)
    )
    v = body + clabe_check(body)
    g = (v[:3], v[3:6], v[6:17], v[17])
    return Value(
        "MX_CLABE",
        v,
        rng.choice([v, v, " ".join(g), f"{v[:3]} {v[3:6]} {v[6:10]} {v[10:14]} {v[14:]}"]),
        g,
        "MX",
    )


# ---------------------------------------------------------------- Brazil / France / Germany / Portugal
def br_cpf(rng: random.Random) -> Value:
    while True:
        b = _digits(rng, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            break
    g = (v[:3], v[3:6], v[6:9], v[9:])
    return Value("BR_CPF", v, rng.choice([cpf.format(v), cpf.format(v), v]), g, "BR")


def br_cnpj(rng: random.Random) -> Value:
    while True:
        b = _digits(rng, 8) + rng.choice(["0001", "0001", "0002", "0003"])
        v = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(v):
            break
    g = (v[:2], v[2:5], v[5:8], v[8:12], v[12:])
    return Value("BR_CNPJ", v, rng.choice([cnpj.format(v), cnpj.format(v), v]), g, "BR")


def fr_nir(rng: random.Random) -> Value:
    while True:
        dept = rng.choice([f"{d:02d}" for d in range(1, 96) if d != 20])
        body = (
            str(rng.randint(1, 2))
            + f"{rng.randint(50, 99):02d}"
            + f"{rng.randint(1, 12):02d}"
            + dept
            + f"{rng.randint(1, 899):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            break
    g = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
    return Value(
        "FR_NIR",
        v,
        rng.choice([" ".join(g), " ".join(g), v, " ".join(g[:-1]) + " - " + g[-1]]),
        g,
        "FR",
    )


def de_tax_id(rng: random.Random) -> Value:
    while True:
        b = str(rng.randint(1, 9)) + _digits(rng, 9)
        v = b + mod_11_10.calc_check_digit(b)
        if idnr.is_valid(v):
            break
    g = (v[:2], v[2:5], v[5:8], v[8:])
    return Value(
        "DE_TAX_ID", v, rng.choice([v, " ".join(g), " ".join(g), v[:2] + " " + v[2:]]), g, "DE"
    )


def pt_nif(rng: random.Random) -> Value:
    b = rng.choice("1223") + _digits(rng, 7)
    v = b + nif.calc_check_digit(b)
    g = (v[:3], v[3:6], v[6:])
    return Value("PT_NIF", v, rng.choice([v, v, " ".join(g)]), g, "PT")


def draw(type_: str, rng: random.Random, lang: str, locale: str, url_safe: bool = False) -> Value:
    """Draw one synthetic value of `type_` for a conversation in `locale`."""
    region = REGION[locale]
    t = type_
    if t == "CREDIT_DEBIT_NUMBER":
        return card(rng)
    if t == "CREDIT_DEBIT_CVV":
        return cvv(rng, rng.random() < 0.1)
    if t == "CREDIT_DEBIT_EXPIRY":
        return expiry(rng, lang)
    if t == "PIN":
        return pin(rng)
    if t == "PASSWORD":
        v = _password(rng, url_safe)
        return Value(t, v, v, (v,), "")
    if t == "USERNAME":
        v = _username(rng)
        return Value(t, v, v, (v,), "")
    if t == "EMAIL":
        v = _email(rng)
        return Value(t, v, v, (v,), "")
    if t == "PHONE":
        return phone(rng, region)
    if t == "BANK_ACCOUNT_NUMBER":
        return account(rng, locale)
    if t == "BANK_ROUTING":
        return routing(rng, locale)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return international_account(rng, locale)
    if t == "SWIFT_CODE":
        return swift(rng, locale)
    if t == "SSN":
        return us_ssn(rng)
    if t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        return us_itin(rng)
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return uk_nino(rng)
    if t == "PASSPORT_NUMBER":
        return passport(rng, locale)
    if t == "DRIVER_ID":
        return driver_id(rng, locale)
    if t == "IP_ADDRESS":
        return ip(rng)
    if t == "MAC_ADDRESS":
        return mac(rng)
    if t == "AWS_ACCESS_KEY":
        return aws_access_key(rng)
    if t == "AWS_SECRET_KEY":
        return aws_secret_key(rng)
    if t == "ES_DNI":
        return es_dni(rng)
    if t == "ES_NIE":
        return es_nie(rng)
    if t == "MX_CURP":
        return mx_curp(rng)
    if t == "MX_RFC":
        return mx_rfc(rng)
    if t == "MX_CLABE":
        return mx_clabe(rng)
    if t == "BR_CPF":
        return br_cpf(rng)
    if t == "BR_CNPJ":
        return br_cnpj(rng)
    if t == "FR_NIR":
        return fr_nir(rng)
    if t == "DE_TAX_ID":
        return de_tax_id(rng)
    if t == "PT_NIF":
        return pt_nif(rng)
    raise KeyError(t)


def validate(v: Value) -> bool:
    """Re-check a drawn value with the library that defines it."""
    c, t = v.canonical, v.type
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and c[:6] in BINS,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c, validate_check_digits=True),
        "MX_CLABE": lambda: clabe_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(c)),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: (
            bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c))
            and c[:2] not in NINO_BAD
        ),
        "MAC_ADDRESS": lambda: int(c[:2], 16) & 0b11 == 0b10,
        "IP_ADDRESS": lambda: any(
            ipaddress.ip_address(c) in ipaddress.ip_network(n)
            for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
        ),
        "AWS_ACCESS_KEY": lambda: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", c)),
        "AWS_SECRET_KEY": lambda: bool(re.fullmatch(r"[A-Za-z0-9+/]{40}", c)),
        "EMAIL": lambda: c.rsplit("@", 1)[1].endswith(
            ("example.com", "example.org", "example.net", ".test")
        ),
        "BANK_ROUTING": lambda: (
            rtn.is_valid(c) if v.region in ("US", "MX") and len(c) == 9 else True
        ),
    }
    return checks.get(t, lambda: True)()


# ---------------------------------------------------------------- hard negatives
def looks_like_pii(run: str) -> bool:
    """True if a digit run passes any check a PII detector could rely on."""
    if not run:
        return False
    tests = [
        luhn.is_valid,
        rtn.is_valid,
        ssn.is_valid,
        nif.is_valid,
        cpf.is_valid,
        idnr.is_valid,
        cnpj.is_valid,
        nir.is_valid,
        clabe_valid,
    ]
    for test in tests:
        try:
            if test(run):
                return True
        except Exception:
            pass
    for region in MARKET_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


# Kinds whose digit groups are one reference: their joined digits must pass no check either.
JOINED = {
    "order",
    "tracking",
    "invoice",
    "ticket",
    "policy",
    "contract",
    "customer_ref",
    "meter_reading",
}


def must_keep_ok(value: str, kind: str = "") -> bool:
    runs = re.findall(r"\d+", value)
    if kind in JOINED:
        runs.append("".join(runs))
    return bool(runs) and not any(looks_like_pii(r) for r in runs)


def _L(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _mk_candidate(kind: str, rng: random.Random, lang: str, locale: str) -> str:
    r = REGION[locale]
    d = lambda n: _digits(rng, n)  # noqa: E731
    nz = lambda n: str(rng.randint(1, 9)) + _digits(rng, n - 1)  # noqa: E731
    if kind == "order":
        return rng.choice(
            [
                nz(6),
                nz(7),
                f"{nz(3)}-{d(7)}-{d(7)}",
                f"{_L(rng, 2)}-{nz(6)}",
                f"{nz(8)}",
                f"{_L(rng, 1)}{nz(5)}",
            ]
        )
    if kind == "tracking":
        return rng.choice(
            [
                f"1Z{_L(rng, 3)}{d(3)}{_L(rng, 2)}{d(7)}",
                f"{_L(rng, 2)}{d(9)}{rng.choice(['ES', 'DE', 'FR', 'BR', 'PT', 'GB'])}",
                f"JD{d(16)}",
                f"{nz(12)}",
            ]
        )
    if kind == "invoice":
        return rng.choice(
            [
                f"{_L(rng, 3)}-{rng.randint(2021, 2025)}-{d(5)}",
                f"F{rng.randint(2022, 2025)}/{nz(4)}",
                f"{nz(7)}",
                f"{_L(rng, 2)}{nz(8)}",
            ]
        )
    if kind == "ticket":
        return rng.choice([nz(6), nz(5), f"{_L(rng, 2)}-{nz(6)}", f"{_L(rng, 3)}{nz(7)}"])
    if kind == "policy":
        return rng.choice(
            [f"{_L(rng, 3)}-{nz(5)}-{_L(rng, 1)}", f"{_L(rng, 2)}{nz(7)}", f"{nz(3)}.{d(3)}.{d(3)}"]
        )
    if kind == "contract":
        return rng.choice(
            [f"{_L(rng, 2)}-{rng.randint(2019, 2025)}-{nz(4)}", nz(8), f"{_L(rng, 1)}{nz(9)}"]
        )
    if kind == "booking":
        return rng.choice(
            [
                _L(rng, 2) + nz(1) + _L(rng, 1) + nz(1) + _L(rng, 1),
                _L(rng, 3) + nz(3),
                f"{_L(rng, 1)}{nz(1)}{_L(rng, 4)}",
            ]
        )
    if kind == "customer_ref":
        return rng.choice(
            [f"{_L(rng, 3)}-{d(8)}", f"{_L(rng, 1)}{nz(7)}", nz(8), f"{nz(4)}/{d(4)}"]
        )
    if kind == "store":
        return rng.choice([nz(3), nz(2), nz(4)])
    if kind == "room":
        return rng.choice([nz(3), nz(4), f"{rng.randint(1, 9)}{d(2)}{rng.choice('AB')}"])
    if kind == "seat":
        return f"{rng.randint(1, 45)}{rng.choice('ABCDEFK')}"
    if kind == "flight":
        return f"{rng.choice(['IB', 'BA', 'LH', 'AF', 'TP', 'LA', 'AM', 'UX', 'VY', 'EW', 'AA', 'U2'])}{rng.choice(['', ' '])}{nz(rng.choice([3, 4]))}"
    if kind == "meter_reading":
        return rng.choice([d(5), nz(5), f"{nz(4)},{d(1)}", nz(6)])
    if kind in ("price", "amount"):
        whole = rng.choice(
            [nz(2), nz(3), nz(1), f"{nz(1)}{'.' if lang in ('es', 'de', 'pt') else ','}{d(3)}"]
        )
        dec = rng.choice(["", d(2)])
        sep = "," if lang in ("es", "fr", "de", "pt") else "."
        num = whole + (sep + dec if dec else "")
        if kind == "amount":
            return num
        cur = {"US": "$", "GB": "£", "MX": "$", "BR": "R$ "}.get(r)
        return f"{cur}{num}" if cur else f"{num} €" if rng.random() < 0.6 else f"{num}€"
    if kind in ("quantity", "count"):
        return str(rng.randint(2, 40))
    if kind == "percentage":
        return f"{rng.randint(2, 60)}{rng.choice(['%', ' %', '%'])}"
    if kind == "date":
        dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
        if r == "US":
            return rng.choice([f"{mm}/{dd}/{yy}", f"{mm}/{dd}"])
        if r == "DE":
            return rng.choice([f"{dd:02d}.{mm:02d}.{yy}", f"{dd}.{mm}."])
        return rng.choice([f"{dd:02d}/{mm:02d}/{yy}", f"{dd}/{mm}", f"{dd:02d}-{mm:02d}-{yy}"])
    if kind == "time":
        h, m = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 10, 20])
        if r in ("US",):
            return f"{h % 12 or 12}:{m:02d}"
        return rng.choice(
            [f"{h}:{m:02d}", f"{h}h{m:02d}" if lang in ("fr", "pt") else f"{h}.{m:02d}"]
        )
    if kind == "year":
        return str(rng.randint(2009, 2025))
    if kind == "duration":
        return str(rng.randint(2, 90))
    if kind == "postal_code":
        return {
            "US": nz(5),
            "GB": f"{_L(rng, 2)}{rng.randint(1, 9)} {rng.randint(1, 9)}{_L(rng, 2)}",
            "ES": f"{rng.randint(1, 52):02d}{d(3)}",
            "MX": f"{rng.randint(1, 99):02d}{d(3)}",
            "FR": f"{rng.randint(1, 95):02d}{d(3)}",
            "DE": f"{rng.randint(1, 99):02d}{d(3)}",
            "BR": f"{nz(5)}-{d(3)}",
            "PT": f"{nz(4)}-{d(3)}",
        }[r]
    if kind == "zip4":
        return f"{nz(5)}-{d(4)}"
    if kind == "product_model":
        return rng.choice(
            [
                f"iPhone {rng.randint(11, 16)}",
                f"Galaxy S{rng.randint(20, 24)}",
                f"SM-A{nz(3)}",
                f"Redmi Note {rng.randint(9, 13)}",
                f"WH-{nz(4)}XM{rng.randint(3, 5)}",
                f"Fritz!Box {nz(4)}",
                f"HG{nz(4)}",
                f"Moto G{rng.randint(5, 84)}",
                f"EcoTank ET-{nz(4)}",
                f"Pixel {rng.randint(6, 9)}",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}",
                f"{rng.randint(2, 9)}.{rng.randint(0, 9)}",
            ]
        )
    if kind == "error_code":
        return rng.choice(
            [
                f"E-{nz(3)}",
                f"0x8{d(7)}",
                f"{rng.choice(['4', '5'])}0{rng.randint(0, 9)}",
                f"ERR{nz(4)}",
                f"{_L(rng, 2)}-{nz(3)}",
            ]
        )
    if kind == "data_size":
        return rng.choice(
            [
                f"{rng.randint(2, 200)}GB",
                f"{rng.randint(2, 200)} GB",
                f"{rng.randint(100, 900)} MB",
                f"{rng.randint(1, 9)},{rng.randint(1, 9)} GB"
                if lang != "en"
                else f"{rng.randint(1, 9)}.{rng.randint(1, 9)}GB",
            ]
        )
    if kind == "plate":
        return {
            "US": f"{rng.randint(1, 9)}{_L(rng, 3)}{d(3)}",
            "GB": f"{_L(rng, 2)}{rng.randint(10, 74)} {_L(rng, 3)}",
            "ES": f"{d(4)} {_L(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
            "MX": f"{_L(rng, 3)}-{d(3)}-{_L(rng, 1)}",
            "FR": f"{_L(rng, 2)}-{d(3)}-{_L(rng, 2)}",
            "DE": f"{rng.choice(['B', 'M', 'HH', 'K', 'F'])}-{_L(rng, 2)} {nz(rng.randint(2, 4))}",
            "BR": f"{_L(rng, 3)}{d(1)}{_L(rng, 1)}{d(2)}",
            "PT": f"{_L(rng, 2)}-{d(2)}-{_L(rng, 2)}",
        }[r]
    raise KeyError(kind)


def must_keep(kind: str, rng: random.Random, lang: str, locale: str) -> str:
    """Draw a hard negative of `kind` whose digit runs pass no PII check."""
    for _ in range(500):
        v = _mk_candidate(kind, rng, lang, locale)
        if must_keep_ok(v, kind):
            return v
    raise RuntimeError(f"no hard negative for {kind}")
