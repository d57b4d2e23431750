"""Draw synthetic PII and non-PII values, and check every one of them.

Every PII value is random, and every identifier that has a check digit gets a valid one
(python-stdnum, phonenumbers; the CLABE check is written out here because stdnum has none).
Non-PII numbers that a redactor must keep (order numbers and the like) are drawn so that they
FAIL every checksum a detector might try, so a hit on them is a real over-redaction.
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
from stdnum.us import rtn, ssn

# Partial values (last four digits) are labelled with the type of the whole value.
PARTIAL = {
    "CARD_LAST4": "CREDIT_DEBIT_NUMBER",
    "PHONE_LAST4": "PHONE",
    "ACCT_LAST4": "BANK_ACCOUNT_NUMBER",
    "SSN_LAST4": "SSN",
}

PHONE_REGION = {
    "en-US": "US",
    "es-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "fr-CA": "CA",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
IBAN_COUNTRY = {
    "en-GB": "GB",
    "es-ES": "ES",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
    "es-MX": "ES",
    "es-US": "ES",
    "en-US": "GB",
    "fr-CA": "FR",
}

BINS = [
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


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _up(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def clabe_check(d17: str) -> str:
    total = sum(int(c) * (3, 7, 1)[i % 3] for i, c in enumerate(d17))
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    b = rng.choice(BINS)
    length = 15 if b.startswith("37") else 16
    body = b + _d(rng, length - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def phone(rng: random.Random, locale: str) -> tuple[str, str]:
    """(national written form, international written form)"""
    region = PHONE_REGION[locale]
    for _ in range(1000):
        if region == "US":
            nat = f"{rng.choice(['201', '212', '305', '312', '415', '512', '617', '702', '786', '818', '917'])}-555-01{_d(rng, 2)}"
            intl = "+1 " + nat.replace("-", " ")
            nat = rng.choice([nat, "(" + nat[:3] + ") " + nat[4:]])
        elif region == "CA":
            nat = f"{rng.choice(['514', '438', '418', '450', '819'])} 555-01{_d(rng, 2)}"
            intl = "+1 " + nat.replace("-", " ")
        elif region == "GB":
            kind = rng.random()
            if kind < 0.5:
                sub = f"7946 0{_d(rng, 3)}"
                nat, intl = "020 " + sub, "+44 20 " + sub
            elif kind < 0.75:
                sub = f"496 0{_d(rng, 3)}"
                area = rng.choice(["113", "161", "117", "121"])
                nat, intl = f"0{area} {sub}", f"+44 {area} {sub}"
            else:
                sub = f"900{_d(rng, 3)}"
                nat, intl = f"07700 {sub}", f"+44 7700 {sub}"
        elif region == "ES":
            n = rng.choice("67") + _d(rng, 8)
            nat = f"{n[:3]} {n[3:6]} {n[6:]}"
            intl = "+34 " + nat
        elif region == "MX":
            n = rng.choice(["55", "33", "81"]) + _d(rng, 8)
            nat = f"{n[:2]} {n[2:6]} {n[6:]}"
            intl = "+52 " + nat
        elif region == "BR":
            ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
            n = "9" + _d(rng, 8)
            nat = f"({ddd}) {n[:5]}-{n[5:]}"
            intl = f"+55 {ddd} {n[:5]}-{n[5:]}"
        elif region == "FR":
            n = rng.choice("67") + _d(rng, 8)
            nat = "0" + n[0] + " " + " ".join(n[i : i + 2] for i in range(1, 9, 2))
            intl = "+33 " + n[0] + " " + " ".join(n[i : i + 2] for i in range(1, 9, 2))
        elif region == "DE":
            pre = rng.choice(["151", "152", "160", "170", "171", "172", "175", "176", "179"])
            rest = _d(rng, 8 if pre[:2] in ("15", "17") else 7)
            nat, intl = f"0{pre} {rest}", f"+49 {pre} {rest}"
        else:  # PT
            n = "9" + rng.choice("1236") + _d(rng, 7)
            nat = f"{n[:3]} {n[3:6]} {n[6:]}"
            intl = "+351 " + nat
        if phonenumbers.is_valid_number(
            phonenumbers.parse(nat, region)
        ) and phonenumbers.is_valid_number(phonenumbers.parse(intl, None)):
            return nat, intl
    raise RuntimeError("no valid phone for " + locale)


def _iban(rng: random.Random, country: str) -> str:
    for _ in range(5000):
        if country == "ES":
            b = _d(rng, 8)
            acct = _d(rng, 10)
            bban = b + ccc.calc_check_digits(b + "00" + acct) + acct
        elif country == "DE":
            bban = rng.choice("12345678") + _d(rng, 7) + _d(rng, 10)
        elif country == "FR":
            bban = _d(rng, 21)
            key = 97 - (int(bban + "00") % 97)
            bban += f"{key:02d}"
        elif country == "PT":
            bban = "00" + _d(rng, 19)
        elif country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + _d(rng, 14)
        else:  # BR
            bban = _d(rng, 23) + rng.choice("CP") + rng.choice("123")
        candidate = country + "00" + bban
        candidate = country + iban.calc_check_digits(candidate) + bban
        if iban.is_valid(candidate):
            return candidate
    raise RuntimeError("iban " + country)


def draw(kind: str, locale: str, rng: random.Random) -> dict[str, object]:
    """Return {'type', 'compact', 'forms': {family-free written forms}, 'groups'}.

    `compact` is what the rendered text must decode to. `display` is the natural written form,
    `groups` the natural digit groups used for spaced and multi-message renderings.
    """
    t = PARTIAL.get(kind, kind)
    country = locale[-2:]
    display: str
    groups: list[str]
    if kind == "CREDIT_DEBIT_NUMBER":
        c = card(rng)
        groups = (
            [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[i : i + 4] for i in range(0, 16, 4)]
        )
        display = rng.choice([c, " ".join(groups)])
    elif kind == "CARD_LAST4":
        c = card(rng)
        display, groups = c[-4:], [c[-4:]]
    elif kind == "CREDIT_DEBIT_CVV":
        display = _d(rng, rng.choice([3, 3, 3, 3, 3, 4]))
        groups = [display]
    elif kind == "PIN":
        display = _d(rng, rng.choice([4, 4, 4, 6]))
        groups = [display]
    elif kind == "CREDIT_DEBIT_EXPIRY":
        m, y = rng.randint(1, 12), rng.randint(2026, 2032)
        display = rng.choice(
            [
                f"{m:02d}/{y % 100:02d}",
                f"{m:02d}/{y}",
                f"{m:02d}{y % 100:02d}",
                f"{m}/{y % 100:02d}",
                f"{m:02d}-{y % 100:02d}",
            ]
        )
        groups = [display]
    elif kind in ("BANK_ACCOUNT_NUMBER", "ACCT_LAST4"):
        n = _d(
            rng,
            {
                "US": rng.randint(9, 12),
                "GB": 8,
                "DE": 10,
                "BR": 7,
                "MX": 11,
                "ES": 10,
                "FR": 11,
                "PT": 11,
                "CA": 7,
            }[country],
        )
        n = rng.choice("123456789") + n[1:]
        if country == "BR":
            display = n[:-1] + "-" + n[-1]
        else:
            display = n
        groups = [n[i : i + 4] for i in range(0, len(n), 4)]
        if kind == "ACCT_LAST4":
            display, groups = n[-4:], [n[-4:]]
    elif kind == "BANK_ROUTING":
        if country in ("US", "CA", "MX"):
            b = rng.choice(["0", "1", "2", "3"]) + rng.choice("123456789") + _d(rng, 6)
            display = b + rtn.calc_check_digit(b)
        elif country == "GB":
            s = _d(rng, 6)
            display = f"{s[:2]}-{s[2:4]}-{s[4:]}"
        elif country == "BR":
            display = rng.choice("123456789") + _d(rng, 3)
            if rng.random() < 0.4:
                display += "-" + _d(rng, 1)
        else:  # DE BLZ, and ES/FR/PT use the German-style 8 digits bank code too rarely
            b = rng.choice("12345678") + _d(rng, 7)
            display = f"{b[:3]} {b[3:6]} {b[6:]}" if rng.random() < 0.5 else b
        groups = [display]
    elif kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        c = _iban(rng, IBAN_COUNTRY.get(locale, "ES"))
        groups = [c[i : i + 4] for i in range(0, len(c), 4)]
        display = rng.choice([c, " ".join(groups)])
    elif kind == "SWIFT_CODE":
        cc = IBAN_COUNTRY.get(locale, "US") if country != "US" else "US"
        cc = {"MX": "MX", "BR": "BR", "CA": "CA"}.get(country, cc)
        for _ in range(100):
            display = (
                _up(rng, 4)
                + cc
                + _up(rng, 2, string.ascii_uppercase + string.digits)
                + rng.choice(["", "XXX", _up(rng, 3)])
            )
            if bic.is_valid(display):
                break
        groups = [display]
    elif kind == "EMAIL":
        first = rng.choice(
            [
                "maria",
                "jose",
                "lucia",
                "pedro",
                "ana",
                "julien",
                "claire",
                "lukas",
                "anna",
                "joao",
                "beatriz",
                "kevin",
                "ashley",
                "sophie",
                "tiago",
                "camille",
                "jonas",
                "carmen",
                "diego",
                "fernanda",
                "mike",
                "emma",
                "rafa",
                "lena",
            ]
        )
        last = rng.choice(
            [
                "lopez",
                "garcia",
                "martin",
                "silva",
                "santos",
                "dubois",
                "moreau",
                "schmidt",
                "weber",
                "costa",
                "pereira",
                "smith",
                "jones",
                "tremblay",
                "muller",
                "ferreira",
                "ruiz",
                "brown",
                "fischer",
                "lefebvre",
            ]
        )
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}",
                f"{first}_{last}{_d(rng, 2)}",
                f"{first[0]}{last}{_d(rng, rng.choice([2, 4]))}",
                f"{first}.{last[0]}",
            ]
        )
        dom = rng.choice(
            {
                "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
                "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com"],
                "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
                "MX": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx"],
                "FR": ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
                "CA": ["gmail.com", "videotron.ca", "hotmail.ca"],
                "DE": ["gmx.de", "web.de", "gmail.com", "t-online.de"],
                "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
                "PT": ["gmail.com", "sapo.pt", "outlook.pt"],
            }[country]
        )
        display, groups = f"{local}@{dom}", [local, dom]
    elif kind in ("PHONE", "PHONE_LAST4"):
        nat, intl = phone(rng, locale)
        display = nat if rng.random() < 0.7 else intl
        groups = display.replace("-", " ").replace("(", "").replace(")", "").split()
        if kind == "PHONE_LAST4":
            dig = "".join(ch for ch in display if ch.isdigit())
            display, groups = dig[-4:], [dig[-4:]]
    elif kind in ("SSN", "SSN_LAST4"):
        while True:
            s = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
            if ssn.is_valid(s):
                break
        groups = [s[:3], s[3:5], s[5:]]
        display = rng.choice([s, "-".join(groups)])
        if kind == "SSN_LAST4":
            display, groups = s[-4:], [s[-4:]]
    elif kind == "PASSPORT_NUMBER":
        display = {
            "US": lambda: _d(rng, 9),
            "GB": lambda: _d(rng, 9),
            "ES": lambda: _up(rng, 3) + _d(rng, 6),
            "MX": lambda: rng.choice("GN") + _d(rng, 8),
            "FR": lambda: _d(rng, 2) + _up(rng, 2) + _d(rng, 5),
            "CA": lambda: _up(rng, 2) + _d(rng, 6),
            "DE": lambda: rng.choice("CFGHJK") + _up(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
            "BR": lambda: _up(rng, 2) + _d(rng, 6),
            "PT": lambda: rng.choice("CP") + _d(rng, 6),
        }[country]()
        groups = [display]
    elif kind == "DRIVER_ID":
        display = {
            "US": lambda: rng.choice("ABDFGJ") + _d(rng, 7),
            "GB": lambda: _up(rng, 5) + _d(rng, 6) + _up(rng, 2) + _d(rng, 1) + _up(rng, 2),
            "ES": lambda: (lambda b: b + dni.calc_check_digit(b))(_d(rng, 8)),
            "MX": lambda: rng.choice("ABCDE") + _d(rng, 8),
            "FR": lambda: _d(rng, 12),
            "CA": lambda: _up(rng, 1) + _d(rng, 12),
            "DE": lambda: (
                rng.choice("BFJ")
                + _d(rng, 3)
                + _up(rng, 1, "ABCDEFGHJKLMNPRSTUVWXYZ")
                + _d(rng, 5)
                + _up(rng, 1)
            ),
            "BR": lambda: _d(rng, 11),
            "PT": lambda: rng.choice(["L-", "P-", "C-"]) + _d(rng, 6),
        }[country]()
        groups = [display]
    elif kind == "PASSWORD":
        w = rng.choice(
            [
                "Girasol",
                "tigre",
                "Azul",
                "Mariposa",
                "soleil",
                "Chat",
                "Sonne",
                "Hund",
                "Saudade",
                "praia",
                "Sunshine",
                "dragon",
                "Pepito",
                "Lune",
                "Bacalhau",
                "Kiwi",
            ]
        )
        display = (
            w
            + rng.choice(["", "#", "!", "_", ".", "$", "*"])
            + _d(rng, rng.choice([2, 3, 4]))
            + rng.choice(["", "!", "?", "x"])
        )
        groups = [display]
    elif kind == "USERNAME":
        display = (
            rng.choice(
                [
                    "maria",
                    "pepe",
                    "juju",
                    "lukas",
                    "anna",
                    "joao",
                    "mike",
                    "chloe",
                    "rafa",
                    "bia",
                    "kev",
                ]
            )
            + rng.choice(["_", ".", "", "-"])
            + rng.choice(["g", "lopez", "b", "s", "dias", "rocks", "mx", "fr", "x"])
            + _d(rng, rng.choice([2, 2, 3, 4]))
        )
        groups = [display]
    elif kind == "IP_ADDRESS":
        display = rng.choice(
            [
                "192.0.2.",
                "198.51.100.",
                "203.0.113.",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.",
                f"{rng.randint(81, 190)}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.",
            ]
        ) + str(rng.randint(1, 254))
        groups = [display]
    elif kind == "ES_DNI":
        b = _d(rng, 8)
        display = b + rng.choice(["", "", "-", " "]) + dni.calc_check_digit(b)
        groups = [b, display[-1]]
    elif kind == "ES_NIE":
        p, b = rng.choice("XYZ"), _d(rng, 7)
        c = nie.calc_check_digit(p + b)
        display = rng.choice([p + b + c, f"{p}-{b}-{c}", p + b + "-" + c])
        groups = [p + b, c]
    elif kind == "MX_CURP":
        while True:
            y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
            body = (
                rng.choice("BCDFGHJLMPRSTV")
                + rng.choice("AEIOU")
                + _up(rng, 2, "BCDFGHJLMNPRSTVZ")
                + f"{y:02d}{m:02d}{d:02d}"
                + rng.choice("HM")
                + rng.choice(["DF", "JC", "NL", "PL", "MC", "GT", "VZ", "CH"])
                + _up(rng, 3, "BCDFGHJKLMNPRSTVZ")
                + "0"
            )
            cand = body + curp.calc_check_digit(body)
            if curp.is_valid(cand):
                break
        display, groups = cand, [cand[:4], cand[4:10], cand[10:]]
    elif kind == "MX_RFC":
        while True:
            y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
            body = (
                rng.choice("BCDFGHJLMPRSTV")
                + rng.choice("AEIOU")
                + _up(rng, 2, "BCDFGHJLMNPRSTVZ")
                + f"{y:02d}{m:02d}{d:02d}"
                + _up(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
            )
            cand = body + rfc.calc_check_digit(body)
            try:
                rfc.validate(cand, validate_check_digits=True)
                break
            except Exception:
                continue
        display, groups = cand, [cand[:4], cand[4:10], cand[10:]]
    elif kind == "MX_CLABE":
        b = rng.choice(["002", "012", "014", "021", "072", "127"]) + _d(rng, 3) + _d(rng, 11)
        c = b + clabe_check(b)
        groups = [c[:3], c[3:6], c[6:17], c[17]]
        display = rng.choice([c, " ".join(groups)])
    elif kind == "BR_CPF":
        b = _d(rng, 9)
        c = next(b + f"{k:02d}" for k in range(100) if cpf.is_valid(b + f"{k:02d}"))
        groups = [c[:3], c[3:6], c[6:9], c[9:]]
        display = rng.choice([c, f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"])
    elif kind == "BR_CNPJ":
        b = _d(rng, 8) + "0001"
        c = b + cnpj.calc_check_digits(b)
        groups = [c[:2], c[2:5], c[5:8], c[8:12], c[12:]]
        display = rng.choice([c, f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"])
    elif kind == "FR_NIR":
        b = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.choice([75, 69, 13, 33, 59, 31, 44, 67, 92, 93]):02d}"
            + _d(rng, 3)
            + _d(rng, 3)
        )
        c = b + nir.calc_check_digits(b)
        groups = [c[0], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13], c[13:]]
        display = rng.choice([c, " ".join(groups)])
    elif kind == "DE_TAX_ID":
        while True:
            b = rng.choice("123456789") + _d(rng, 9)
            c = b + mod_11_10.calc_check_digit(b)
            if idnr.is_valid(c):
                break
        groups = [c[:2], c[2:5], c[5:8], c[8:]]
        display = rng.choice([c, " ".join(groups)])
    elif kind == "PT_NIF":
        b = rng.choice("12356") + _d(rng, 7)
        c = b + nif.calc_check_digit(b)
        groups = [c[:3], c[3:6], c[6:]]
        display = rng.choice([c, " ".join(groups)])
    else:
        raise KeyError(kind)
    return {
        "type": t,
        "kind": kind,
        "display": display,
        "groups": groups,
        "compact": compact(t, display),
    }


def compact(t: str, text: str) -> str:
    if t in ("EMAIL", "PASSWORD", "USERNAME", "IP_ADDRESS"):
        return text
    if t == "CREDIT_DEBIT_EXPIRY":
        return expiry_key(text)
    return "".join(ch for ch in text if ch.isalnum()).upper()


def expiry_key(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) in (4, 6) and ("/" in text or "-" in text or " " in text) is False:
        m, y = digits[:2], digits[2:]
    else:
        parts = [p for p in text.replace("-", "/").replace(" ", "/").split("/") if p]
        m, y = parts[0], parts[-1]
    return f"{int(m):02d}/{int(y) % 100:02d}"


def validate(item: dict[str, object]) -> None:
    """Raise if a drawn PII value is not what its type promises."""
    kind, t, c = str(item["kind"]), str(item["type"]), str(item["compact"])
    ok = True
    if kind in PARTIAL:
        ok = c.isdigit() and len(c) == 4
    elif t == "CREDIT_DEBIT_NUMBER":
        ok = luhn.is_valid(c) and c[:6] in BINS
    elif t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        ok = iban.is_valid(c)
    elif t == "SWIFT_CODE":
        ok = bic.is_valid(c)
    elif t == "SSN":
        ok = ssn.is_valid(c)
    elif t == "ES_DNI":
        ok = dni.is_valid(c)
    elif t == "ES_NIE":
        ok = nie.is_valid(c)
    elif t == "MX_CURP":
        ok = curp.is_valid(c)
    elif t == "MX_RFC":
        rfc.validate(c, validate_check_digits=True)
    elif t == "MX_CLABE":
        ok = len(c) == 18 and clabe_check(c[:17]) == c[17]
    elif t == "BR_CPF":
        ok = cpf.is_valid(c)
    elif t == "BR_CNPJ":
        ok = cnpj.is_valid(c)
    elif t == "FR_NIR":
        ok = nir.is_valid(c)
    elif t == "DE_TAX_ID":
        ok = idnr.is_valid(c)
    elif t == "PT_NIF":
        ok = nif.is_valid(c)
    elif t == "PHONE":
        ok = phonenumbers.is_valid_number(
            phonenumbers.parse(
                str(item["display"]),
                None if str(item["display"]).startswith("+") else str(item["region"]),
            )
        )
    elif t == "BANK_ROUTING" and len(c) == 9:
        ok = rtn.is_valid(c)
    elif t == "CREDIT_DEBIT_EXPIRY":
        m, y = c.split("/")
        ok = 1 <= int(m) <= 12 and 26 <= int(y) <= 32
    if not ok:
        raise ValueError(f"invalid {t}")


# ---------------------------------------------------------------- non-PII (must_keep)


def fails_checksums(digits: str, locale: str) -> bool:
    """True when a digit string is no card, CPF, CNPJ, NIF, tax id, ABA, CLABE or phone."""
    checks = [
        luhn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        idnr.is_valid,
        rtn.is_valid,
        nir.is_valid,
    ]
    if any(f(digits) for f in checks):
        return False
    if len(digits) == 18 and clabe_check(digits[:17]) == digits[17]:
        return False
    try:
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, PHONE_REGION[locale])):
            return False
    except phonenumbers.NumberParseException:
        pass
    return True


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def keep(kind: str, locale: str, rng: random.Random) -> str:
    lang, country = locale[:2], locale[-2:]
    if kind in (
        "order_number",
        "invoice_number",
        "ticket_reference",
        "store_number",
        "tracking_number",
    ):
        for _ in range(1000):
            if kind == "order_number":
                n = rng.choice("123456789") + _d(rng, rng.randint(3, 10))
                txt = n
                if len(n) >= 8 and rng.random() < 0.3:
                    txt = n[:4] + " " + n[4:]
            elif kind == "invoice_number":
                n = _d(rng, rng.randint(5, 7))
                txt = rng.choice(["", "", "FAC-", "INV-", "F"]) + n
            elif kind == "ticket_reference":
                n = rng.choice("123456789") + _d(rng, rng.randint(5, 7))
                txt = rng.choice(["", "", "CS-", "TK", "#"]) + n
            elif kind == "store_number":
                n = rng.choice("123456789") + _d(rng, rng.randint(1, 3))
                txt = n
            else:
                r = rng.random()
                if r < 0.35:
                    n = _d(rng, 9)
                    txt = (
                        rng.choice(["LX", "RR", "CP", "LB"])
                        + n
                        + rng.choice(["ES", "BR", "PT", "FR", "DE", "MX", "US"])
                    )
                elif r < 0.7:
                    n = _d(rng, 10)
                    txt = "1Z" + _up(rng, 6, string.ascii_uppercase + string.digits) + n
                else:
                    n = rng.choice("123456789") + _d(rng, 11)
                    txt = n
            if len(n) < 4 or fails_checksums(n, locale):
                return txt
        raise RuntimeError(kind)
    if kind == "zip_code":
        z = rng.choice("0123456789") + _d(rng, 4)
        return z if rng.random() < 0.7 else z + "-" + _d(rng, 4)
    if kind == "postal_code":
        return {
            "ES": lambda: f"{rng.randint(1, 52):02d}{_d(rng, 3)}",
            "MX": lambda: f"{rng.randint(1, 99):02d}{_d(rng, 3)}",
            "FR": lambda: (
                f"{rng.choice([75, 69, 13, 33, 59, 31, 44, 67]):02d}0{rng.randint(0, 20):02d}"
            ),
            "DE": lambda: f"{rng.randint(1, 99):02d}{_d(rng, 3)}",
            "PT": lambda: f"{rng.randint(1, 9)}{_d(rng, 3)}-{_d(rng, 3)}",
            "BR": lambda: f"{_d(rng, 5)}-{_d(rng, 3)}",
            "GB": lambda: (
                rng.choice(["SW1A", "M1", "LS6", "B33", "EH1", "N7"])
                + " "
                + _d(rng, 1)
                + _up(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
            ),
            "CA": lambda: (
                f"{rng.choice('HJGK')}{_d(rng, 1)}{_up(rng, 1, 'ABCEGHJKLMNPRSTVXY')} {_d(rng, 1)}{_up(rng, 1, 'ABCEGHJKLMNPRSTVXY')}{_d(rng, 1)}"
            ),
            "US": lambda: _d(rng, 5),
        }[country]()
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        mon = MONTHS[lang][m - 1]
        if lang == "en":
            if country == "US":
                return rng.choice([f"{m}/{d}", f"{mon} {d}", f"{mon[:3]} {d}", f"{m}/{d}/2026"])
            return rng.choice([f"{d}/{m}", f"{d} {mon}", f"{d} {mon[:3]}", f"{d:02d}/{m:02d}/2026"])
        if lang == "es":
            return rng.choice(
                [f"{d}/{m}", f"{d} de {mon}", f"{d:02d}/{m:02d}/2026", f"{d}-{m:02d}"]
            )
        if lang == "fr":
            return rng.choice([f"{d}/{m:02d}", f"{d} {mon}", f"{d:02d}/{m:02d}/2026"])
        if lang == "de":
            return rng.choice([f"{d}.{m}.", f"{d:02d}.{m:02d}.2026", f"{d}. {mon}"])
        return rng.choice([f"{d}/{m}", f"{d} de {mon}", f"{d:02d}/{m:02d}/2026"])
    if kind == "time":
        h, mi = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
        if lang == "en":
            return rng.choice(
                [
                    f"{(h - 1) % 12 + 1}:{mi:02d}",
                    f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}",
                    f"{h}:{mi:02d}",
                ]
            )
        if lang == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
        if lang == "de":
            return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h} Uhr"])
        return rng.choice([f"{h}:{mi:02d}", f"{h}h"])
    if kind == "price":
        a, c = rng.randint(5, 899), rng.randint(0, 99)
        return {
            "US": lambda: rng.choice(
                [f"${a}.{c:02d}", f"${a}", f"{a} dolares" if lang == "es" else f"{a} bucks"]
            ),
            "GB": lambda: rng.choice([f"£{a}.{c:02d}", f"£{a}"]),
            "MX": lambda: rng.choice(
                [f"${a},{c:02d}" if False else f"${a}.{c:02d}", f"{a} pesos", f"${a} MXN"]
            ),
            "CA": lambda: rng.choice([f"{a},{c:02d} $", f"{a}$"]),
            "BR": lambda: rng.choice([f"R$ {a},{c:02d}", f"R${a}", f"{a} reais"]),
        }.get(
            country, lambda: rng.choice([f"{a},{c:02d} €", f"{a}€", f"{a} euros", f"€{a},{c:02d}"])
        )()
    if kind == "quantity":
        return str(rng.choice([2, 2, 3, 3, 4, 5, 6, 10, 12]))
    if kind == "product_model":
        return rng.choice(
            [
                "XR-2200",
                "SM-A536B",
                "Galaxy S23",
                "iPhone 14",
                "iPhone 15 Pro",
                "TX-450",
                "Moto G84",
                "WH-1000XM5",
                "KD-55X80",
                "Redmi Note 13",
                "AX3000",
                "MX-7",
                "Pixel 8",
                "A52s",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"{rng.randint(1, 19)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                f"v{rng.randint(2, 17)}.{rng.randint(0, 9)}",
            ]
        )
    if kind == "year":
        return str(rng.randint(2015, 2025))
    if kind == "flight_number":
        return (
            rng.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "AA", "AC", "G3", "VY"])
            + rng.choice(["", " "])
            + str(rng.randint(100, 8999))
        )
    raise KeyError(kind)
