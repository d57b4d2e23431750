"""Draw synthetic values for the sounded corpus and validate them.

Every PII value is random and checked with python-stdnum or phonenumbers where a check
exists; every must_keep value that is only digits is checked to FAIL those checks, so a
redactor that masks it is over-redacting, not "lucky".
"""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

DIG = string.digits
UP = string.ascii_uppercase

# Canonical value = what the customer means; "digits" = the characters a renderer may
# regroup, obfuscate or spell. A value is a dict: {"type", "canon", "plain"}.


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(DIG) for _ in range(n))


def _l(r: random.Random, n: int, pool: str = UP) -> str:
    return "".join(r.choice(pool) for _ in range(n))


CARD_BINS = [
    "411111",
    "400000",
    "424242",
    "401288",
    "555555",
    "510510",
    "222300",
    "601111",
    "378282",
    "371449",
]


def card(r: random.Random) -> str:
    b = r.choice(CARD_BINS)
    length = 15 if b.startswith("37") else 16
    body = b + _d(r, length - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def card_groups(v: str) -> list[str]:
    if len(v) == 15:
        return [v[:4], v[4:10], v[10:]]
    return [v[i : i + 4] for i in range(0, 16, 4)]


def cvv(r: random.Random, amex: bool = False) -> str:
    return _d(r, 4 if amex else 3)


MONTHS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juil",
        "août",
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": ["jan", "feb", "märz", "apr", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "dez"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}


def expiry(r: random.Random) -> tuple[int, int]:
    return r.randint(1, 12), r.randint(26, 33)


def pin(r: random.Random) -> str:
    while True:
        p = _d(r, r.choice([4, 4, 4, 6]))
        if len(set(p)) > 1:
            return p


def rtn_us(r: random.Random) -> str:
    while True:
        body = r.choice(["0", "1", "2", "3"]) + _d(r, 7)
        for c in DIG:
            if rtn.is_valid(body + c):
                return body + c


def sort_code(r: random.Random) -> str:
    return f"{r.randint(10, 99)}-{_d(r, 2)}-{_d(r, 2)}"


def blz(r: random.Random) -> str:
    return str(r.randint(1, 8)) + _d(r, 7)


def agencia(r: random.Random) -> str:
    return _d(r, 4)


def bank_account(r: random.Random, locale: str) -> str:
    if locale in ("en-GB",):
        return _d(r, 8)
    if locale.startswith("de"):
        return str(r.randint(1, 9)) + _d(r, 9)
    if locale == "pt-BR":
        return str(r.randint(1, 9)) + _d(r, r.choice([4, 5, 7])) + "-" + _d(r, 1)
    if locale.startswith("es-MX"):
        return str(r.randint(1, 9)) + _d(r, 9)
    return str(r.randint(1, 9)) + _d(r, r.choice([8, 9, 11]))


def _iban_from(country: str, bban: str) -> str:
    return country + iban.calc_check_digits(country + "00" + bban) + bban


def make_iban(r: random.Random, country: str) -> str:
    while True:
        if country == "ES":
            bank, branch, acct = _d(r, 4), _d(r, 4), _d(r, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        elif country == "DE":
            bban = blz(r) + _d(r, 10)
        elif country == "FR":
            bank, branch, acct = _d(r, 5), _d(r, 5), _d(r, 11)
            key = 97 - (int(bank + branch + acct) * 100) % 97
            bban = bank + branch + acct + f"{key:02d}"
        elif country == "PT":
            body = _d(r, 19)
            weights = [73, 17, 89, 38, 62, 45, 53, 15, 50, 5, 49, 34, 81, 76, 27, 90, 9, 30, 3]
            key = 98 - sum(int(c) * w for c, w in zip(body, weights)) % 97
            bban = body + f"{key:02d}"
        elif country == "GB":
            bban = _l(r, 4) + _d(r, 14)
        elif country == "BR":
            bban = _d(r, 23) + r.choice("CP") + r.choice("123")
        else:
            raise ValueError(country)
        v = _iban_from(country, bban)
        if iban.is_valid(v):
            return v


def iban_groups(v: str) -> list[str]:
    return [v[i : i + 4] for i in range(0, len(v), 4)]


def swift(r: random.Random, country: str) -> str:
    return (
        _l(r, 4)
        + country
        + _l(r, 1, UP + "23456789")
        + _l(r, 1, UP + DIG)
        + r.choice(["", "", "XXX", _l(r, 1) + _d(r, 2)])
    )


FIRST = [
    "maria",
    "jose",
    "ana",
    "luis",
    "carmen",
    "pedro",
    "lucia",
    "diego",
    "sofia",
    "marc",
    "julie",
    "camille",
    "lukas",
    "jonas",
    "anna",
    "lena",
    "joao",
    "rafaela",
    "tiago",
    "beatriz",
    "mike",
    "sarah",
    "kevin",
    "emily",
    "jess",
    "dani",
    "pauline",
    "thomas",
    "felipe",
    "gabi",
    "fer",
    "nico",
    "steph",
    "ines",
    "bruno",
    "hannah",
]
LAST = [
    "lopez",
    "garcia",
    "martin",
    "sanchez",
    "dubois",
    "moreau",
    "lefevre",
    "muller",
    "schmidt",
    "becker",
    "silva",
    "santos",
    "oliveira",
    "costa",
    "ferreira",
    "smith",
    "turner",
    "okafor",
    "nguyen",
    "patel",
    "ramos",
    "hernandez",
    "roux",
    "weber",
    "pereira",
    "reyes",
    "fischer",
    "bernard",
    "alves",
    "brooks",
]
DOMAINS = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "aol.com"],
    "es": [
        "gmail.com",
        "hotmail.es",
        "yahoo.com.mx",
        "outlook.es",
        "hotmail.com",
        "prodigy.net.mx",
    ],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "videotron.ca"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "gmx.net"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "sapo.pt", "hotmail.com", "outlook.pt"],
}


def email(r: random.Random, lang: str) -> str:
    f, la = r.choice(FIRST), r.choice(LAST)
    local = r.choice(
        [
            f + "." + la,
            f + la[0],
            f[0] + la,
            f + "_" + la + str(r.randint(1, 99)),
            f + la + str(r.randint(70, 99)),
            la + "." + f + str(r.randint(1, 9)),
        ]
    )
    return local + "@" + r.choice(DOMAINS[lang])


def username(r: random.Random) -> str:
    f, la = r.choice(FIRST), r.choice(LAST)
    return r.choice(
        [
            f + "_" + la[:3] + str(r.randint(1, 99)),
            f[0] + "." + la,
            f + str(r.randint(80, 2005)),
            la + f[0] + str(r.randint(10, 99)),
            f + "." + la[:4],
            "the" + f + "x",
        ]
    )


PWD_WORDS = [
    "sol",
    "luna",
    "gato",
    "perro",
    "soleil",
    "chat",
    "sonne",
    "hund",
    "casa",
    "praia",
    "tiger",
    "river",
    "maple",
    "fuego",
    "nube",
    "blume",
    "flor",
    "mar",
    "ciel",
    "wolke",
]


def password(r: random.Random) -> str:
    w = r.choice(PWD_WORDS)
    w = w.capitalize() if r.random() < 0.6 else w
    return (
        w
        + r.choice(["", "_", ".", "!"])
        + str(r.randint(1, 9999))
        + r.choice(["", "!", "#", "$", "*"])
        + r.choice(["", r.choice(PWD_WORDS)])
    )


def ip(r: random.Random) -> str:
    first = r.choice([r.randint(11, 126), r.randint(128, 191), r.randint(193, 223), 192, 10])
    if first == 192:
        return f"192.168.{r.randint(0, 9)}.{r.randint(2, 254)}"
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ssn_us(r: random.Random) -> str:
    while True:
        v = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if v[:3] != "666" and ssn.is_valid(v):
            return v


def passport(r: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c == "ES":
        return _l(r, 3) + _d(r, 6)
    if c == "FR" or c == "CA":
        return _d(r, 2) + _l(r, 2) + _d(r, 5) if c == "FR" else _l(r, 2) + _d(r, 6)
    if c == "DE":
        return r.choice("CFGHJK") + _l(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if c == "BR":
        return _l(r, 2) + _d(r, 6)
    if c == "PT":
        return r.choice("CDEFGHJKLMNP") + _d(r, 6)
    if c == "MX":
        return r.choice("GN") + _d(r, 8)
    return str(r.randint(1, 9)) + _d(r, 8)


def driver_id(r: random.Random, locale: str) -> str:
    c = locale[-2:]
    if c == "GB":
        la = r.choice(LAST).upper().ljust(5, "9")[:5]
        return la + _d(r, 6) + _l(r, 2) + _d(r, 1) + _l(r, 2)
    if c == "DE":
        return _l(r, 1) + _d(r, 3) + _l(r, 2, UP + DIG) + _d(r, 4) + _l(r, 1, UP + DIG)
    if c == "FR":
        return _d(r, 12)
    if c == "CA":
        return _l(r, 1) + _d(r, 12)
    if c == "BR":
        return str(r.randint(1, 9)) + _d(r, 10)
    if c == "PT":
        return r.choice(["L", "P", "AV", "BR"]) + "-" + _d(r, 6)
    if c == "ES":
        return dni_es(r)
    if c == "MX":
        return _l(r, 1) + _d(r, 8)
    return _l(r, 1) + _d(r, 7)


def dni_es(r: random.Random) -> str:
    n = _d(r, 8)
    return n + dni.calc_check_digit(n)


def nie_es(r: random.Random) -> str:
    n = r.choice("XYZ") + _d(r, 7)
    return n + nie.calc_check_digit(n)


ENT = "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS".split()


def curp_mx(r: random.Random) -> str:
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    while True:
        yy = r.randint(60, 99) if r.random() < 0.7 else r.randint(0, 6)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        body = (
            r.choice(cons)
            + r.choice("AEIOU")
            + _l(r, 2)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + r.choice("HM")
            + r.choice(ENT)
            + _l(r, 3, cons)
            + (r.choice(DIG) if yy > 6 else r.choice(UP))
        )
        try:
            v = body + curp.calc_check_digit(body + "0")
        except Exception:
            continue
        if curp.is_valid(v):
            return v


def rfc_mx(r: random.Random) -> str:
    while True:
        yy, mm, dd = r.randint(60, 99), r.randint(1, 12), r.randint(1, 28)
        body = (
            r.choice("BCDFGHLMPRSTV")
            + r.choice("AEIOU")
            + _l(r, 2)
            + f"{yy:02d}{mm:02d}{dd:02d}"
            + _l(r, 2, UP[:20] + "123456789")
        )
        try:
            v = body + rfc.calc_check_digit(body)
        except Exception:
            continue
        if rfc.is_valid(v):
            return v


def clabe_check(d17: str) -> str:
    s = sum((int(c) * w) % 10 for c, w in zip(d17, [3, 7, 1] * 6))
    return str((10 - s % 10) % 10)


def clabe_mx(r: random.Random) -> str:
    body = r.choice(["002", "012", "014", "021", "030", "036", "044", "058", "072", "127"]) + _d(
        r, 14
    )
    return body + clabe_check(body)


def cpf_br(r: random.Random) -> str:
    while True:
        n = _d(r, 9)
        v = n + cpf._calc_check_digits(n)  # stdnum keeps this one private
        if cpf.is_valid(v):
            return v


def cnpj_br(r: random.Random) -> str:
    n = _d(r, 8) + "0001"
    return n + cnpj.calc_check_digits(n)


def nir_fr(r: random.Random) -> str:
    while True:
        body = (
            r.choice("12")
            + f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}"
            + f"{r.randint(1, 95):02d}"
            + _d(r, 3)
            + _d(r, 3)
        )
        v = body + nir.calc_check_digits(body)
        if nir.is_valid(v):
            return v


def idnr_de(r: random.Random) -> str:
    while True:
        # the IdNr rules: in the first ten digits one digit appears twice, one does not appear at all
        digs = r.sample(DIG, 9)
        digs.append(r.choice(digs))
        r.shuffle(digs)
        n = "".join(digs)
        if n[0] == "0":
            continue
        try:
            v = n + mod_11_10.calc_check_digit(n)
        except Exception:
            continue
        if idnr.is_valid(v):
            return v


def nif_pt(r: random.Random) -> str:
    while True:
        n = r.choice("12356") + _d(r, 7)
        v = n + nif.calc_check_digit(n)
        if nif.is_valid(v):
            return v


# ---- phones -----------------------------------------------------------------------------


def phone(r: random.Random, locale: str) -> str:
    """A phone number as the customer would type it in its plain form (digits, maybe +cc)."""
    region = {
        "en-US": "US",
        "es-US": "US",
        "en-GB": "GB",
        "es-ES": "ES",
        "es-MX": "MX",
        "pt-BR": "BR",
        "pt-PT": "PT",
        "fr-FR": "FR",
        "fr-CA": "CA",
        "de-DE": "DE",
    }[locale]
    while True:
        if region in ("US", "CA"):
            area = r.choice(
                ["201", "202", "213", "305", "312", "415", "512", "617", "718", "786"]
                if region == "US"
                else ["514", "438", "418", "450", "819"]
            )
            nat = area + "55501" + _d(r, 2)
        elif region == "GB":
            nat = r.choice(["0207946", "0113496", "0161496", "0117496", "0131496"]) + "0" + _d(r, 3)
        elif region == "ES":
            nat = r.choice("67") + _d(r, 8) if r.random() < 0.8 else "91" + _d(r, 7)
        elif region == "MX":
            nat = r.choice(["55", "33", "81", "222", "664"])
            nat += _d(r, 10 - len(nat))
        elif region == "BR":
            nat = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"]) + "9" + _d(r, 8)
        elif region == "FR":
            nat = "0" + r.choice("67") + _d(r, 8)
        elif region == "DE":
            nat = r.choice(["0151", "0152", "0160", "0170", "0171", "0176"]) + _d(
                r, 8 if r.random() < 0.5 else 7
            )
        elif region == "PT":
            nat = "9" + r.choice("1236") + _d(r, 7)
        intl = r.random() < 0.3
        if intl:
            cc = str(phonenumbers.country_code_for_region(region))
            txt = (
                "+" + cc + nat.lstrip("0")
                if region != "GB" and region != "FR" and region != "DE"
                else "+" + cc + nat[1:]
            )
        else:
            txt = nat
        try:
            pn = phonenumbers.parse(txt, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(pn):
            return txt


def phone_region(locale: str) -> str:
    return {
        "en-US": "US",
        "es-US": "US",
        "en-GB": "GB",
        "es-ES": "ES",
        "es-MX": "MX",
        "pt-BR": "BR",
        "pt-PT": "PT",
        "fr-FR": "FR",
        "fr-CA": "CA",
        "de-DE": "DE",
    }[locale]


def phone_groups(txt: str, locale: str) -> list[str]:
    """Natural groups, using the country's own national/international formatting."""
    pn = phonenumbers.parse(txt, phone_region(locale))
    fmt = (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
        if txt.startswith("+")
        else phonenumbers.PhoneNumberFormat.NATIONAL
    )
    f = phonenumbers.format_number(pn, fmt)
    groups = [g for g in "".join(c if (c.isdigit() or c == "+") else " " for c in f).split() if g]
    assert "".join(groups) == txt, (groups, txt)
    return groups


# ---- checks -----------------------------------------------------------------------------


def is_valid(kind: str, v: str, locale: str) -> bool:
    """Check digits / validity of a canonical value (separators removed)."""
    if kind == "CREDIT_DEBIT_NUMBER":
        return luhn.is_valid(v) and v[:6] in CARD_BINS
    if kind == "BANK_ROUTING" and locale in ("en-US", "es-US"):
        return rtn.is_valid(v)
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return iban.is_valid(v)
    if kind == "PHONE":
        return phonenumbers.is_valid_number(phonenumbers.parse(v, phone_region(locale)))
    if kind == "SSN":
        return ssn.is_valid(v)
    if kind == "ES_DNI":
        return dni.is_valid(v)
    if kind == "ES_NIE":
        return nie.is_valid(v)
    if kind == "MX_CURP":
        return curp.is_valid(v)
    if kind == "MX_RFC":
        return rfc.is_valid(v)
    if kind == "MX_CLABE":
        return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]
    if kind == "BR_CPF":
        return cpf.is_valid(v)
    if kind == "BR_CNPJ":
        return cnpj.is_valid(v)
    if kind == "FR_NIR":
        return nir.is_valid(v)
    if kind == "DE_TAX_ID":
        return idnr.is_valid(v)
    if kind == "PT_NIF":
        return nif.is_valid(v)
    if kind == "SWIFT_CODE":
        from stdnum import bic

        return bic.is_valid(v)
    if kind == "DRIVER_ID" and locale == "es-ES":
        return dni.is_valid(v)
    return True


def passes_any_checksum(d: str, locale: str) -> bool:
    """True if a digit string would pass a checksum of an identifier (order numbers must not)."""
    checks = [
        luhn.is_valid,
        cpf.is_valid,
        nif.is_valid,
        idnr.is_valid,
        rtn.is_valid,
        cnpj.is_valid,
        nir.is_valid,
    ]
    for c in checks:
        try:
            if c(d):
                return True
        except Exception:
            pass
    if len(d) == 18 and clabe_check(d[:17]) == d[17]:
        return True
    try:
        if phonenumbers.is_valid_number(phonenumbers.parse(d, phone_region(locale))):
            return True
    except phonenumbers.NumberParseException:
        pass
    return False


def order_digits(r: random.Random, locale: str, n: int | None = None) -> str:
    while True:
        d = str(r.randint(1, 9)) + _d(r, (n or r.randint(4, 11)) - 1)
        if not passes_any_checksum(d, locale):
            return d
