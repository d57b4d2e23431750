"""Draw synthetic PII values and must_keep numbers, each validated (python-stdnum, phonenumbers).

Every draw takes the generator's `random.Random`, so the corpus is reproducible from one seed.
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
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

D = string.digits
U = string.ascii_uppercase


def digits(r: random.Random, n: int, first: str = D) -> str:
    return r.choice(first) + "".join(r.choice(D) for _ in range(n - 1))


CARD_BINS = [
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


def card(r, loc):
    b = r.choice(CARD_BINS)
    n = 15 if b.startswith("3") and b[1] in "47" else 16
    body = b + digits(r, n - len(b) - 1)
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return v


def cvv(r, loc):
    return digits(r, 3)


def expiry(r, loc):
    return "%02d%02d" % (r.randint(1, 12), r.randint(26, 33))  # canonical MMYY


def pin(r, loc):
    while True:
        v = digits(r, r.choice([4, 4, 4, 6]))
        if len(set(v)) > 2:
            return v


def account(r, loc):
    return digits(r, r.choice([8, 10, 11, 12]), "123456789")


def routing(r, loc):
    if loc in ("en-GB",):
        return digits(r, 6, "123456789")  # UK sort code
    if loc.startswith("de"):
        return digits(r, 8, "1234567")  # German BLZ
    if loc == "pt-BR":
        return digits(r, 4, "123456789")  # Brazilian agencia
    while True:
        body = r.choice(
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
                "26",
                "31",
                "32",
            ]
        ) + digits(r, 6)
        v = body + rtn.calc_check_digit(body)
        if rtn.is_valid(v):
            return v


IBAN_BBAN = {
    "DE": "18d",
    "FR": "23d",
    "PT": "21d",
    "BE": "12d",
    "NL": "4a10d",
    "IT": "1a10d12d",
    "AT": "16d",
    "CH": "17d",
}


def iban_value(r, loc):
    cc = {"es": "ES", "de": "DE", "fr": "FR", "pt": "PT"}.get(loc[:2], "GB")
    cc = {"de-AT": "AT", "de-CH": "CH", "fr-BE": "BE", "pt-BR": "BR"}.get(loc, cc)
    if r.random() < 0.2:
        cc = r.choice(["ES", "DE", "FR", "PT", "GB", "BR", "IT", "NL"])
    while True:
        if cc == "ES":
            b, o = digits(r, 4), digits(r, 4)
            acc = digits(r, 10)
            bban = b + o + ccc.calc_check_digits(b + o + "00" + acc) + acc
        elif cc == "GB":
            bban = "".join(r.choice(U) for _ in range(4)) + digits(r, 14)
        elif cc == "BR":
            bban = digits(r, 23) + r.choice("CP") + "1"
        else:
            bban = ""
            fmt = IBAN_BBAN[cc]
            i = 0
            while i < len(fmt):
                j = i
                while fmt[j].isdigit():
                    j += 1
                n = int(fmt[i:j])
                bban += "".join(r.choice(U if fmt[j] == "a" else D) for _ in range(n))
                i = j + 1
        v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(v):
            return v


def swift(r, loc):
    cc = r.choice(["ES", "DE", "FR", "PT", "GB", "BR", "MX", "US", "AT", "CH", "BE"])
    while True:
        v = "".join(r.choice(U) for _ in range(4)) + cc + r.choice(U) + r.choice(U + "23456789")
        if r.random() < 0.4:
            v += r.choice(["XXX", "BCN", "MAD", "FRA"]) if r.random() < 0.5 else digits(r, 3)
        if bic.is_valid(v):
            return v


FIRST = [
    "ana",
    "lucia",
    "marta",
    "jose",
    "pedro",
    "joao",
    "mariana",
    "pierre",
    "chloe",
    "lukas",
    "anna",
    "jonas",
    "emma",
    "liam",
    "olivia",
    "noah",
    "sofia",
    "mateo",
    "camille",
    "felix",
    "beatriz",
    "thiago",
    "ines",
    "klara",
]
LAST = [
    "garcia",
    "lopez",
    "silva",
    "santos",
    "martin",
    "dubois",
    "muller",
    "schmidt",
    "smith",
    "jones",
    "ferreira",
    "moreau",
    "weber",
    "hernandez",
    "costa",
    "lefebvre",
    "brown",
    "wagner",
]
DOMAINS = [
    "example.com",
    "example.net",
    "example.org",
    "mail.example",
    "correo.example",
    "post.example.de",
    "exemplo.com.br",
    "exemple.fr",
]


def email(r, loc):
    f, l = r.choice(FIRST), r.choice(LAST)
    local = r.choice(
        [
            f + "." + l,
            f + l,
            f + "_" + l,
            f[0] + l,
            f + "." + l + str(r.randint(1, 99)),
            l + f[0] + str(r.randint(70, 99)),
        ]
    )
    return local + "@" + r.choice(DOMAINS)


PHONE_PATTERNS = {
    "ES": ["6dddddddd", "7dddddddd", "91ddddddd"],
    "MX": ["55dddddddd", "33dddddddd", "81dddddddd"],
    "BR": ["119dddddddd", "219dddddddd", "3133dddddd"],
    "FR": ["6dddddddd", "7dddddddd", "1dddddddd"],
    "DE": ["151dddddddd", "176dddddddd", "30dddddddd"],
    "PT": ["91ddddddd", "93ddddddd", "21ddddddd"],
    "US": ["2015550ldd", "3125550ldd", "6175550ldd", "4155550ldd"],
    "GB": ["2079460ddd", "1134960ddd", "1614960ddd"],
    "AR": ["911dddddddd"],
    "AT": ["664ddddddd"],
    "CH": ["79ddddddd"],
    "BE": ["47ddddddd"],
    "CA": ["5145550ldd", "4385550ldd"],
}
LOC_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "es-AR": "AR",
    "fr-FR": "FR",
    "fr-CA": "CA",
    "fr-BE": "BE",
    "de-DE": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "pt-BR": "BR",
    "pt-PT": "PT",
}


def phone_number(r, loc):
    reg = LOC_REGION[loc]
    if r.random() < 0.2:
        reg = r.choice(["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"])
    while True:
        pat = r.choice(PHONE_PATTERNS[reg])
        nat = "".join(r.choice(D) if c == "d" else ("1" if c == "l" else c) for c in pat)
        num = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(reg), nat))
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg:
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164), reg


def ssn_value(r, loc):
    while True:
        v = digits(r, 9, "12345678")
        if ssn.is_valid(v):
            return v


def itin_value(r, loc):
    while True:
        v = "9" + digits(r, 2) + r.choice(["70", "78", "81", "88", "90", "94", "97"]) + digits(r, 4)
        if itin.is_valid(v):
            return v


def nino(r, loc):
    ok = [c for c in U if c not in "DFIQUV"]
    while True:
        p = r.choice(ok) + r.choice([c for c in ok if c != "O"])
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + digits(r, 6) + r.choice("ABCD")


def passport(r, loc):
    k = r.randrange(6)
    if k == 0:
        return "".join(r.choice(U) for _ in range(3)) + digits(r, 6)  # ES
    if k == 1:
        return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ" + "0123456789") for _ in range(8))  # DE
    if k == 2:
        return digits(r, 2) + r.choice(U) + r.choice(U) + digits(r, 5)  # FR
    if k == 3:
        return r.choice(U) + r.choice(U) + digits(r, 6)  # BR
    if k == 4:
        return r.choice("GNE") + digits(r, 8)  # MX / US style
    return digits(r, 9, "123456789")  # US / UK


def driver(r, loc):
    k = r.randrange(3)
    if k == 0:
        return r.choice(U) + digits(r, 7)
    if k == 1:
        return r.choice(U) + digits(r, 12)
    return r.choice(U) + r.choice(U) + digits(r, 6) + r.choice(U)


WORDS = [
    "sol",
    "luna",
    "gato",
    "tigre",
    "hund",
    "chat",
    "praia",
    "verano",
    "winter",
    "mango",
    "blue",
    "rocket",
    "perro",
    "soleil",
    "sonne",
    "fado",
]


def password(r, loc, safe=False):
    w = r.choice(WORDS)
    w = w.capitalize() if r.random() < 0.6 else w
    sym = r.choice("!#$*?&" if safe else "!#$*?&%.")
    parts = [w, sym, digits(r, r.choice([2, 3, 4]))]
    r.shuffle(parts)
    v = "".join(parts) + r.choice(["", "x", "Q", "zz", "Ab"])
    return v


def username(r, loc):
    f, l = r.choice(FIRST), r.choice(LAST)
    return r.choice(
        [
            f + "_" + l,
            f + l[0] + str(r.randint(1, 999)),
            l + "." + f,
            f + str(r.randint(80, 2005)),
            "x" + f + l[:3],
        ]
    )


def ip(r, loc):
    k = r.randrange(5)
    if k == 0:
        return "192.0.2.%d" % r.randint(1, 254)
    if k == 1:
        return "198.51.100.%d" % r.randint(1, 254)
    if k == 2:
        return "203.0.113.%d" % r.randint(1, 254)
    if k == 3:
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    return "2001:db8:%x:%x::%x" % (r.randint(1, 65535), r.randint(1, 65535), r.randint(1, 65535))


def mac(r, loc):
    sep = r.choice([":", "-"])
    return sep.join("%02X" % r.randint(0, 255) for _ in range(6))


B32 = U + "234567"
B64 = string.ascii_letters + string.digits + "/+"


def aws_access(r, loc):
    return r.choice(["AKIA", "ASIA"]) + "".join(r.choice(B32) for _ in range(16))


def aws_secret(r, loc):
    return "".join(r.choice(B64) for _ in range(40))


def es_dni(r, loc):
    n = digits(r, 8)
    return n + dni.calc_check_digit(n)


def es_nie(r, loc):
    n = r.choice("XYZ") + digits(r, 7)
    return n + nie.calc_check_digit(n)


CONS = "BCDFGHJKLMNPQRSTVWXZ"
STATES = ["AS", "BC", "DF", "JC", "NL", "PL", "VZ", "YN", "MC", "GT", "QT", "SL"]


def _date6(r):
    return "%02d%02d%02d" % (
        r.randint(50, 99) if r.random() < 0.7 else r.randint(0, 5),
        r.randint(1, 12),
        r.randint(1, 28),
    )


def mx_curp(r, loc):
    while True:
        y = _date6(r)
        body = (
            r.choice(CONS)
            + r.choice("AEIOU")
            + r.choice(U)
            + r.choice(U)
            + y
            + r.choice("HM")
            + r.choice(STATES)
            + "".join(r.choice(CONS) for _ in range(3))
            + ("0" if int(y[:2]) > 20 else "A")
        )
        v = body + curp.calc_check_digit(body + "0")
        if curp.is_valid(v):
            return v


def mx_rfc(r, loc):
    while True:
        body = (
            r.choice(CONS)
            + r.choice("AEIOU")
            + r.choice(U)
            + r.choice(U)
            + _date6(r)
            + r.choice(U + "123456789")
            + r.choice(U + "123456789")
        )
        v = body + rfc.calc_check_digit(body + "0")
        try:
            if rfc.validate(v, validate_check_digits=True):
                return v
        except Exception:
            pass


def clabe_check(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, [3, 7, 1] * 6)) % 10
    return str((10 - s) % 10)


def mx_clabe(r, loc):
    body = r.choice(["002", "012", "014", "021", "030", "036", "044", "072"]) + digits(r, 14)
    return body + clabe_check(body)


def br_cpf(r, loc):
    while True:
        b = digits(r, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return v


def br_cnpj(r, loc):
    while True:
        b = digits(r, 8) + "0001"
        v = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(v):
            return v


def fr_nir(r, loc):
    while True:
        b = (
            r.choice("12")
            + "%02d%02d" % (r.randint(50, 99), r.randint(1, 12))
            + "%02d" % r.randint(1, 95)
            + digits(r, 3)
            + digits(r, 3)
        )
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return v


def de_tax(r, loc):
    while True:
        v = digits(r, 11, "123456789")
        if idnr.is_valid(v):
            return v


def pt_nif(r, loc):
    b = r.choice("123") + digits(r, 7)
    return b + nif.calc_check_digit(b)


DRAW = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_value,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "PHONE": lambda r, l: phone_number(r, l)[0],
    "SSN": ssn_value,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_value,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver,
    "PASSWORD": password,
    "USERNAME": username,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": aws_access,
    "AWS_SECRET_KEY": aws_secret,
    "ES_DNI": es_dni,
    "ES_NIE": es_nie,
    "MX_CURP": mx_curp,
    "MX_RFC": mx_rfc,
    "MX_CLABE": mx_clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_tax,
    "PT_NIF": pt_nif,
}
TYPES = list(DRAW)


def check_value(t: str, v: str) -> bool:
    """Independent re-validation of a drawn canonical value."""
    c = {
        "CREDIT_DEBIT_NUMBER": luhn.is_valid,
        "BANK_ROUTING": lambda x: len(x) != 9 or rtn.is_valid(x),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
        "SWIFT_CODE": bic.is_valid,
        "SSN": ssn.is_valid,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
        "ES_DNI": dni.is_valid,
        "ES_NIE": nie.is_valid,
        "MX_CURP": curp.is_valid,
        "MX_RFC": rfc.is_valid,
        "MX_CLABE": lambda x: len(x) == 18 and clabe_check(x[:17]) == x[17],
        "BR_CPF": cpf.is_valid,
        "BR_CNPJ": cnpj.is_valid,
        "FR_NIR": nir.is_valid,
        "DE_TAX_ID": idnr.is_valid,
        "PT_NIF": nif.is_valid,
        "PHONE": lambda x: phonenumbers.is_valid_number(phonenumbers.parse(x)),
    }.get(t)
    return c(v) if c else True


# ---------------------------------------------------------------- must_keep


def _passes_any_checksum(v: str) -> bool:
    """True if a digit-only string could be mistaken for PII by a checksum or phone parser."""
    if luhn.is_valid(v):
        return True
    n = len(v)
    if n == 9 and (rtn.is_valid(v) or ssn.is_valid(v) or nif.is_valid(v)):
        return True
    if n == 11 and (cpf.is_valid(v) or idnr.is_valid(v)):
        return True
    if n == 14 and cnpj.is_valid(v):
        return True
    if n in (13, 15) and nir.is_valid(v):
        return True
    if n == 18 and clabe_check(v[:17]) == v[17]:
        return True
    for reg in ["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB", "AR", "CA", "AT", "CH", "BE"]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def lookalike(r, lo=4, hi=11):
    """Digits only, 4-11 long, failing every checksum: looks like a PIN/phone/account, is not."""
    while True:
        v = digits(r, r.randint(lo, hi), "123456789")
        if not _passes_any_checksum(v):
            return v


MONTHS = {
    "en": ["Jan", "March", "june", "Sept", "dec"],
    "es": ["enero", "marzo", "junio", "sept", "dic"],
    "fr": ["janvier", "mars", "juin", "sept", "déc"],
    "de": ["Januar", "März", "Juni", "Sept", "Dez"],
    "pt": ["janeiro", "março", "junho", "set", "dez"],
}


def keep(r: random.Random, kind: str, lang: str) -> str:
    """A must_keep value; a bare 4-11 digit run is redrawn until it fails every checksum."""
    while True:
        v = _keep(r, kind, lang)
        if not (v.isdigit() and 4 <= len(v) <= 11 and _passes_any_checksum(v)):
            return v


def _keep(r: random.Random, kind: str, lang: str) -> str:
    R = r.randint
    if kind in (
        "order_number",
        "ticket_number",
        "meter_reading",
        "customer_ref",
        "store_number",
        "account_ref",
    ):
        v = (
            lookalike(r, 4 if kind != "store_number" else 3, 11 if kind != "store_number" else 4)
            if kind != "store_number"
            else str(R(100, 999))
        )
        if kind == "order_number" and r.random() < 0.4:
            return r.choice(["ORD-", "PED-", "CMD-", "BST-", "A", "#"]) + v
        return v
    if kind == "tracking_number":
        return r.choice(["1Z", "JD", "LB", "CP", "RR"]) + "".join(
            r.choice(U + D) for _ in range(R(9, 14))
        )
    if kind == "postal_code":
        k = {
            "en": r.choice(["zip", "zip4", "uk"]),
            "es": r.choice(["es", "mx"]),
            "fr": "fr",
            "de": r.choice(["de", "at"]),
            "pt": r.choice(["br", "pt"]),
        }[lang]
        return {
            "zip": "%05d" % R(10000, 99950),
            "zip4": "%05d-%04d" % (R(10000, 99950), R(1, 9999)),
            "uk": "SW%d %dAA" % (R(1, 9), R(1, 9)),
            "es": "%05d" % R(1000, 52999),
            "mx": "%05d" % R(1000, 99999),
            "fr": "%05d" % R(1000, 95999),
            "de": "%05d" % R(10000, 99999),
            "at": "%04d" % R(1010, 9999),
            "br": "%05d-%03d" % (R(10000, 99999), R(0, 999)),
            "pt": "%04d-%03d" % (R(1000, 9999), R(0, 999)),
        }[k]
    if kind == "date":
        d, m, y = R(1, 28), R(1, 12), R(2024, 2027)
        return r.choice(
            [
                "%02d/%02d/%d" % (d, m, y),
                "%d.%d.%d" % (d, m, y),
                "%d-%02d-%02d" % (y, m, d),
                "%d %s" % (d, r.choice(MONTHS[lang])),
                "%02d/%02d" % (d, m),
            ]
        )
    if kind == "time":
        return r.choice(
            [
                "%d:%02d" % (R(0, 23), R(0, 59)),
                "%dh%02d" % (R(7, 22), R(0, 59)),
                "%dpm" % R(1, 11),
                "%d:%02d am" % (R(1, 11), R(0, 59)),
            ]
        )
    if kind == "price":
        e, c = R(3, 1999), R(0, 99)
        return r.choice(
            [
                "%d.%02d" % (e, c),
                "%d,%02d" % (e, c),
                "%d" % e,
                "%d,%02d €" % (e, c),
                "$%d.%02d" % (e, c),
                "R$ %d,%02d" % (e, c),
            ]
        )
    if kind in ("quantity", "count"):
        return str(R(2, 40))
    if kind == "percentage":
        return r.choice(["%d%%" % R(5, 80), "%d,%d %%" % (R(1, 30), R(1, 9))])
    if kind == "product_model":
        return r.choice(
            [
                "iPhone %d" % R(11, 16),
                "Galaxy S%d" % R(20, 25),
                "XPS %d" % R(13, 17),
                "WH-%dXM%d" % (R(1000, 1000), R(3, 5)),
                "TV-%dQ%d" % (R(40, 75), R(1, 9)),
                "RTX %d" % r.choice([3060, 4070, 4090]),
            ]
        )
    if kind == "version":
        return r.choice(
            [
                "v%d.%d.%d" % (R(1, 9), R(0, 20), R(0, 9)),
                "%d.%d" % (R(1, 17), R(0, 9)),
                "iOS %d.%d" % (R(15, 18), R(0, 6)),
            ]
        )
    if kind == "invoice_number":
        return r.choice(["INV-", "FAC-", "F", "RE-", "NF-"]) + "%d-%04d" % (
            R(2023, 2026),
            R(1, 9999),
        )
    if kind == "booking_reference":
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind in ("policy_number", "contract_number"):
        return r.choice(["POL", "CT", "VTR", "K", "AP"]) + "-" + lookalike(r, 6, 9)
    if kind == "flight_number":
        return (
            r.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "VY"])
            + " " * r.randint(0, 1)
            + str(R(10, 9999))
        )
    if kind == "room_number":
        return str(R(101, 1240))
    if kind == "seat_number":
        return "%d%s" % (R(1, 45), r.choice("ABCDEF"))
    if kind == "error_code":
        return r.choice(
            [
                "E%d" % R(10, 999),
                "0x%04X" % R(0, 65535),
                "%d" % r.choice([401, 403, 404, 500, 502, 503]),
                "ERR_%d" % R(100, 999),
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                "%d GB" % R(1, 512),
                "%dMB" % R(10, 900),
                "%d,%d GB" % (R(1, 99), R(1, 9)),
                "%d TB" % R(1, 4),
            ]
        )
    if kind == "year":
        return str(R(1990, 2026))
    if kind == "plate_number":
        return r.choice(
            [
                "%04d %s"
                % (R(0, 9999), "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))),
                "%s-%s %d"
                % (
                    r.choice(["M", "B", "HH", "K"]),
                    "".join(r.choice(U) for _ in range(2)),
                    R(1, 9999),
                ),
                "%s%d%s%d"
                % ("".join(r.choice(U) for _ in range(3)), R(0, 9), r.choice(U), R(10, 99)),
            ]
        )
    if kind == "duration":
        return str(R(2, 90))
    if kind == "amount":
        return str(R(2, 500))
    raise KeyError(kind)


KEEP_KINDS = [
    "order_number",
    "ticket_number",
    "meter_reading",
    "customer_ref",
    "store_number",
    "tracking_number",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "count",
    "percentage",
    "product_model",
    "version",
    "invoice_number",
    "booking_reference",
    "policy_number",
    "contract_number",
    "flight_number",
    "room_number",
    "seat_number",
    "error_code",
    "data_size",
    "year",
    "plate_number",
    "duration",
    "amount",
]
