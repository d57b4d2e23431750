"""Draw random synthetic values and validate them.

Every identifier with a check digit is built by computing that digit (python-stdnum where it
has the function) and then validated again with python-stdnum's ``is_valid``; phones are
validated with ``phonenumbers``. MX CLABE has no stdnum module, so its 3-7-1 weighted check is
computed here. ``draw`` returns the value as a customer would naturally type it ("base");
``canon`` is its alphanumeric core used to check that every rendering decodes back.
"""

from __future__ import annotations

import random
import re
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

UP = string.ascii_uppercase
CONS = "BCDFGHJKLMNPQRSTVWXZ"
VOW = "AEIOU"

# Which PII types a chat in each locale may ask for (national ids follow the market).
COMMON = [
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "EMAIL",
    "PHONE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "PASSWORD",
    "USERNAME",
    "IP_ADDRESS",
]
LOCALE_TYPES = {
    "en-US": COMMON + ["BANK_ROUTING", "SSN"],
    "en-GB": COMMON + ["BANK_ROUTING"],
    "es-ES": COMMON + ["ES_DNI", "ES_NIE"],
    "es-MX": COMMON + ["MX_CURP", "MX_RFC", "MX_CLABE"],
    "es-US": COMMON + ["BANK_ROUTING", "SSN"],
    "fr-FR": COMMON + ["FR_NIR"],
    "fr-CA": COMMON + ["BANK_ROUTING"],
    "de-DE": COMMON + ["BANK_ROUTING", "DE_TAX_ID"],
    "pt-BR": COMMON + ["BANK_ROUTING", "BR_CPF", "BR_CNPJ"],
    "pt-PT": COMMON + ["PT_NIF"],
}
REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-CA": "CA",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
IBAN_CC = {"es-ES": "ES", "de-DE": "DE", "fr-FR": "FR", "pt-PT": "PT", "en-GB": "GB", "pt-BR": "BR"}
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
FIRST = [
    "juan",
    "maria",
    "lucas",
    "ana",
    "pedro",
    "sofia",
    "jorge",
    "camille",
    "lena",
    "tom",
    "jess",
    "rafa",
    "bea",
    "luis",
    "clara",
    "mo",
    "kev",
    "ines",
    "diego",
    "noemie",
    "jan",
]
LAST = [
    "garcia",
    "silva",
    "martin",
    "muller",
    "santos",
    "lopez",
    "dubois",
    "schmidt",
    "smith",
    "costa",
    "perez",
    "bernard",
    "weber",
    "jones",
    "ferreira",
    "hernandez",
]
DOMAINS = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "outlook.es", "prodigy.net.mx"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "videotron.ca"],
    "de": ["gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "sapo.pt", "hotmail.com"],
}
WORDS = [
    "gato",
    "sunshine",
    "Perro",
    "Soleil",
    "Blume",
    "futebol",
    "dragon",
    "Mariposa",
    "chat",
    "Sommer",
    "benfica",
    "tigre",
    "Azul",
    "rocky",
    "Bella",
    "Estrela",
]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def canon(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


def _iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _bban(rng: random.Random, cc: str) -> str:
    if cc == "ES":
        base = digits(rng, 8) + "00" + digits(rng, 10)
        return base[:8] + ccc.calc_check_digits(base) + base[10:]
    if cc == "DE":
        return str(rng.randint(1, 8)) + digits(rng, 7) + digits(rng, 10)
    if cc == "FR":
        bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "PT":
        body = digits(rng, 19)
        return f"{body}{98 - int(body + '00') % 97:02d}"
    if cc == "GB":
        return "".join(rng.choice(UP) for _ in range(4)) + digits(rng, 14)
    if cc == "BR":
        return digits(rng, 23) + rng.choice("CP") + "1"
    raise ValueError(cc)


def _phone(rng: random.Random, locale: str) -> str:
    region = REGION[locale]
    if region == "US":
        n = phonenumbers.parse(
            f"+1{rng.choice(['202', '312', '305', '415', '713'])}55501{digits(rng, 2)}"
        )
    elif region == "GB":
        n = phonenumbers.parse(
            rng.choice(["+44207946", "+44113496", "+44161496"]) + "0" + digits(rng, 3)
        )
    else:
        prefix = {
            "ES": ["6", "7", "91"],
            "MX": ["55", "33", "81"],
            "BR": ["119", "219", "319"],
            "FR": ["6", "7", "1"],
            "DE": ["151", "160", "170", "176", "30"],
            "PT": ["91", "93", "96", "21"],
            "CA": ["514", "438", "418"],
        }[region]
        while True:
            p = rng.choice(prefix)
            length = {"ES": 9, "MX": 10, "BR": 11, "FR": 9, "DE": 11, "PT": 9, "CA": 10}[region]
            n = phonenumbers.parse(p + digits(rng, length - len(p)), region)
            if phonenumbers.is_valid_number(n):
                break
    assert phonenumbers.is_valid_number(n)
    fmt = rng.choice(
        [
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
        ]
    )
    text = phonenumbers.format_number(n, fmt)
    if rng.random() < 0.4:
        text = re.sub(r"[^0-9+]", "", text)
    return text


def _curp(rng: random.Random) -> str:
    while True:
        head = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS)
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = (
            f"{head}{yy:02d}{mm:02d}{dd:02d}{rng.choice('HM')}{rng.choice(['DF', 'JC', 'NL', 'PL', 'VZ'])}"
            f"{rng.choice(CONS)}{rng.choice(CONS)}{rng.choice(CONS)}{rng.randint(0, 9)}"
        )
        value = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(value):
            return value


def _rfc(rng: random.Random) -> str:
    while True:
        head = rng.choice(CONS) + rng.choice(VOW) + rng.choice(CONS) + rng.choice(CONS)
        body = (
            f"{head}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{rng.choice(CONS)}{rng.randint(1, 9)}"
        )
        value = body + rfc.calc_check_digit(body + "0")
        if rfc.is_valid(value):
            return value


def clabe_check(body17: str) -> str:
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body17))
    return str((10 - total % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def draw(rng: random.Random, kind: str, locale: str, lang: str) -> str:
    """Return one value of ``kind`` as the customer would type it plainly."""
    if kind == "CREDIT_DEBIT_NUMBER":
        b = rng.choice(BINS)
        n = 15 if b.startswith("37") else 16
        body = b + digits(rng, n - len(b) - 1)
        v = body + luhn.calc_check_digit(body)
        if rng.random() < 0.5:
            return v
        sizes = (4, 6, 5) if n == 15 else (4, 4, 4, 4)
        return " ".join(chunks(v, sizes))
    if kind == "CREDIT_DEBIT_CVV":
        return digits(rng, 3 if rng.random() < 0.85 else 4)
    if kind == "CREDIT_DEBIT_EXPIRY":
        m, y = rng.randint(1, 12), rng.randint(26, 33)
        return rng.choice(
            [f"{m:02d}/{y}", f"{m:02d}{y}", f"{m}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}"]
        )
    if kind == "PIN":
        return digits(rng, 4 if rng.random() < 0.85 else 6)
    if kind == "BANK_ACCOUNT_NUMBER":
        n = {"en-GB": 8, "de-DE": 10, "es-MX": 11, "fr-FR": 11, "pt-BR": 8}.get(
            locale, rng.randint(9, 12)
        )
        v = str(rng.randint(1, 9)) + digits(rng, n - 1)
        return v[:-1] + "-" + v[-1] if locale == "pt-BR" else v
    if kind == "BANK_ROUTING":
        if locale in ("en-US", "es-US"):
            body = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
            return body + rtn.calc_check_digit(body)
        if locale == "en-GB":
            return "-".join(chunks(digits(rng, 6), (2, 2, 2)))
        if locale == "de-DE":
            return str(rng.randint(1, 8)) + digits(rng, 7)
        if locale == "pt-BR":
            return digits(rng, 4)
        if locale == "fr-CA":  # Canadian electronic routing: 0 + institution + transit
            return "0" + rng.choice(["001", "002", "003", "004", "006", "815"]) + digits(rng, 5)
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        cc = IBAN_CC.get(locale) or rng.choice(list(IBAN_CC.values()))
        v = _iban(cc, _bban(rng, cc))
        assert iban.is_valid(v), v
        return " ".join(chunks(v, [4] * 9)) if rng.random() < 0.5 else v
    if kind == "SWIFT_CODE":
        cc = IBAN_CC.get(locale) or REGION[locale]
        v = (
            "".join(rng.choice(UP) for _ in range(4))
            + cc
            + rng.choice(UP)
            + rng.choice(UP + string.digits)
        )
        return v + (
            rng.choice(["XXX", "".join(rng.choice(UP) for _ in range(3))])
            if rng.random() < 0.4
            else ""
        )
    if kind == "EMAIL":
        f, last = rng.choice(FIRST), rng.choice(LAST)
        local = rng.choice(
            [
                f"{f}.{last}",
                f"{f}{last}{digits(rng, 2)}",
                f"{f}_{last[:3]}",
                f"{f[0]}{last}{digits(rng, 3)}",
            ]
        )
        return f"{local}@{rng.choice(DOMAINS[lang])}"
    if kind == "PHONE":
        return _phone(rng, locale)
    if kind == "SSN":
        while True:
            v = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
            if ssn.is_valid(v):
                return v if rng.random() < 0.7 else v.replace("-", "")
    if kind == "PASSPORT_NUMBER":
        region = REGION[locale]
        return {
            "US": lambda: rng.choice(UP) + digits(rng, 8),
            "GB": lambda: digits(rng, 9),
            "ES": lambda: "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 6),
            "MX": lambda: rng.choice(UP) + digits(rng, 8),
            "FR": lambda: digits(rng, 2) + rng.choice(UP) + rng.choice(UP) + digits(rng, 5),
            "CA": lambda: rng.choice(UP) + rng.choice(UP) + digits(rng, 6),
            "DE": lambda: (
                "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
            ),
            "BR": lambda: rng.choice(UP) + rng.choice(UP) + digits(rng, 6),
            "PT": lambda: rng.choice(UP) + digits(rng, 6),
        }[region]()
    if kind == "DRIVER_ID":
        region = REGION[locale]
        if region == "GB":
            return (
                "".join(rng.choice(UP) for _ in range(5))
                + digits(rng, 6)
                + rng.choice(UP)
                + rng.choice(UP)
                + digits(rng, 1)
                + rng.choice(UP)
                + rng.choice(UP)
            )
        if region == "DE":
            return (
                rng.choice(UP)
                + digits(rng, 3)
                + "".join(rng.choice(UP + string.digits) for _ in range(7))
            )
        if region == "FR":
            return digits(rng, 12)
        if region == "BR":
            return digits(rng, 11)
        return rng.choice(UP) + digits(rng, 7)
    if kind == "PASSWORD":
        w = rng.choice(WORDS)
        return rng.choice(
            [
                f"{w}{digits(rng, 4)}!",
                f"{w}#{digits(rng, 2)}",
                f"{w.lower()}_{digits(rng, 3)}",
                f"{w[:3]}{digits(rng, 2)}{w[3:].upper()}$",
                f"Q{w}{digits(rng, 1)}?x",
            ]
        )
    if kind == "USERNAME":
        f, last = rng.choice(FIRST), rng.choice(LAST)
        return rng.choice(
            [
                f"{f}_{last}{digits(rng, 2)}",
                f"{f}{digits(rng, 4)}",
                f"{f[0]}{last}",
                f"xX{f}Xx{digits(rng, 2)}",
            ]
        )
    if kind == "IP_ADDRESS":
        return rng.choice(
            [
                f"203.0.113.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        )
    if kind == "ES_DNI":
        body = digits(rng, 8)
        return body + dni.calc_check_digit(body)
    if kind == "ES_NIE":
        body = rng.choice("XYZ") + digits(rng, 7)
        return body + nie.calc_check_digit(body)
    if kind == "MX_CURP":
        return _curp(rng)
    if kind == "MX_RFC":
        return _rfc(rng)
    if kind == "MX_CLABE":
        body = rng.choice(["002", "012", "014", "021", "072", "127"]) + digits(rng, 14)
        return body + clabe_check(body)
    if kind == "BR_CPF":
        body = digits(rng, 9)
        v = body + cpf._calc_check_digits(body)
        return cpf.format(v) if rng.random() < 0.6 else v
    if kind == "BR_CNPJ":
        body = digits(rng, 8) + "0001"
        v = body + cnpj.calc_check_digits(body)
        return cnpj.format(v) if rng.random() < 0.6 else v
    if kind == "FR_NIR":
        while True:
            dep = rng.choice(["75", "69", "13", "33", "59", "2A", "44", "31"])
            body = f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{dep}{digits(rng, 6)}"
            v = body + nir.calc_check_digits(body)
            if nir.is_valid(v):
                return nir.format(v) if rng.random() < 0.5 else v
    if kind == "DE_TAX_ID":
        while True:
            body = str(rng.randint(1, 9)) + digits(rng, 9)
            v = body + mod_11_10.calc_check_digit(body)
            if idnr.is_valid(v):
                return " ".join(chunks(v, (2, 3, 3, 3))) if rng.random() < 0.4 else v
    if kind == "PT_NIF":
        body = rng.choice("1235") + digits(rng, 7)
        return body + nif.calc_check_digit(body)
    raise ValueError(kind)


def validate(kind: str, value: str, locale: str) -> bool:
    """Check digits and formats of a drawn value (the base form)."""
    c = canon(value)
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and c[:6] in BINS,
        "CREDIT_DEBIT_CVV": lambda: c.isdigit() and len(c) in (3, 4),
        "CREDIT_DEBIT_EXPIRY": lambda: bool(re.fullmatch(r"(0?[1-9]|1[0-2])[/-]?(20)?\d\d", value)),
        "PIN": lambda: c.isdigit() and len(c) in (4, 6),
        "BANK_ACCOUNT_NUMBER": lambda: c.isdigit() and 8 <= len(c) <= 12,
        "BANK_ROUTING": lambda: rtn.is_valid(c) if locale in ("en-US", "es-US") else c.isdigit(),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "EMAIL": lambda: bool(re.fullmatch(r"[a-z0-9._]+@[a-z.-]+\.[a-z]+", value)),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(value, REGION[locale])),
        "SSN": lambda: ssn.is_valid(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: clabe_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
    }
    return checks.get(kind, lambda: bool(c))()


def chunks(s: str, sizes) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


# ---- must_keep values: hard negatives that must stay visible --------------------------------


def _passes_a_checksum(d: str) -> bool:
    """True if an all-digit string passes a check digit of an identifier we redact.

    Phone validity is not tested: most 9-digit strings are a valid number in some region."""
    if luhn.is_valid(d):
        return True
    if len(d) == 11 and (cpf.is_valid(d) or idnr.is_valid(d)):
        return True
    if len(d) == 9 and (rtn.is_valid(d) or nif.is_valid(d)):
        return True
    if len(d) == 8 and nif.is_valid(d):
        return True
    return False


def checksum_free_digits(rng: random.Random, n: int) -> str:
    for _ in range(1000):
        d = str(rng.randint(1, 9)) + digits(rng, n - 1)
        if not _passes_a_checksum(d):
            return d
    raise RuntimeError(f"no checksum-free {n}-digit number found")


def keep_value(rng: random.Random, kind: str, locale: str, months: list[str]) -> str:
    region = REGION[locale]
    if kind == "order_number":
        d = checksum_free_digits(rng, rng.randint(4, 11))
        r = rng.random()
        if r < 0.2 and len(d) >= 8:
            return d[:4] + " " + d[4:]
        if r < 0.3:
            return rng.choice(["A", "PO-", "W", "#"]) + d
        return d
    if kind == "tracking_number":
        return rng.choice(
            [
                lambda: "1Z" + "".join(rng.choice(UP + string.digits) for _ in range(16)),
                lambda: checksum_free_digits(rng, 10),
                lambda: "JJD" + digits(rng, 15),
                lambda: rng.choice(UP) + rng.choice(UP) + digits(rng, 9) + "BR",
            ]
        )()
    if kind == "zip_code":
        z = f"{rng.randint(10, 99)}{digits(rng, 3)}"
        return z + "-" + digits(rng, 4) if rng.random() < 0.3 else z
    if kind == "postal_code":
        if region == "GB":
            out = rng.choice(["SW1A", "M1", "LS6", "B12", "EH3", "N1"])
            return (
                out
                if rng.random() < 0.4
                else f"{out} {rng.randint(1, 9)}{rng.choice(UP)}{rng.choice(UP)}"
            )
        if region == "BR":
            return f"{rng.randint(10, 99)}{digits(rng, 3)}-{digits(rng, 3)}"
        if region == "PT":
            return f"{rng.randint(1, 9)}{digits(rng, 3)}-{digits(rng, 3)}"
        if region == "CA":
            return f"H{rng.randint(1, 9)}{rng.choice('ABCXY')} {rng.randint(1, 9)}{rng.choice('ABCXY')}{rng.randint(1, 9)}"
        return f"{rng.randint(1, 52):02d}{digits(rng, 3)}"
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return rng.choice(
            [
                f"{d}/{m}",
                f"{d:02d}/{m:02d}/2026",
                f"{d}.{m}.",
                f"{d} {months[m - 1]}",
                f"{months[m - 1]} {d}",
                f"2026-{m:02d}-{d:02d}",
            ]
        )
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
        return rng.choice(
            [f"{h}:{mi:02d}", f"{h % 12 or 12}pm" if h > 12 else f"{h}am", f"{h}h{mi:02d}", f"{h}h"]
        )
    if kind == "price":
        a = f"{rng.randint(5, 900)}"
        c = f"{rng.randint(0, 99):02d}"
        return rng.choice([f"${a}.{c}", f"{a},{c} €", f"{a}€", f"R$ {a},{c}", f"{a}.{c}", f"£{a}"])
    if kind == "quantity":
        return str(rng.randint(1, 12))
    if kind == "product_model":
        return rng.choice(
            [
                f"{''.join(rng.choice(UP) for _ in range(2))}-{rng.randint(100, 9999)}",
                f"{rng.choice(['X', 'Pro ', 'Mini ', 'S'])}{rng.randint(2, 99)}",
                f"{''.join(rng.choice(UP) for _ in range(3))}{rng.randint(10, 999)}{rng.choice(UP)}",
            ]
        )
    if kind == "ticket_reference":
        return rng.choice(
            [
                f"CAS-{digits(rng, 4)}-{digits(rng, 2)}",
                f"INC{checksum_free_digits(rng, 7)}",
                f"#{checksum_free_digits(rng, 5)}",
                f"{rng.choice(UP)}{rng.choice(UP)}{digits(rng, 6)}",
            ]
        )
    if kind == "store_number":
        return rng.choice(
            [
                checksum_free_digits(rng, 4),
                checksum_free_digits(rng, 3),
                "#" + checksum_free_digits(rng, 3),
            ]
        )
    if kind == "flight_number":
        return (
            rng.choice(["IB", "AF", "LH", "TP", "LA", "AA", "BA", "AM", "G3", "U2"])
            + rng.choice(["", " "])
            + str(rng.randint(10, 9999))
        )
    if kind == "invoice_number":
        return rng.choice(
            [
                f"F-2026-{digits(rng, 5)}",
                f"INV-{checksum_free_digits(rng, 5)}",
                f"{rng.choice(UP)}{checksum_free_digits(rng, 6)}",
            ]
        )
    raise ValueError(kind)
