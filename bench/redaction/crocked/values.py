"""Synthetic values for the crocked corpus: PII generators, validators, hard negatives.

Every value is invented. Checksummed identifiers are built and then validated with
python-stdnum; phones with phonenumbers; the rest follow published or plausible shapes.
"""

from __future__ import annotations

import ipaddress
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
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

KEYS: dict[str, str] = {
    "card": "CREDIT_DEBIT_NUMBER",
    "cvv": "CREDIT_DEBIT_CVV",
    "exp": "CREDIT_DEBIT_EXPIRY",
    "pin": "PIN",
    "pw": "PASSWORD",
    "user": "USERNAME",
    "email": "EMAIL",
    "phone": "PHONE",
    "acct": "BANK_ACCOUNT_NUMBER",
    "routing": "BANK_ROUTING",
    "iban": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "swift": "SWIFT_CODE",
    "ssn": "SSN",
    "itin": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "nino": "UK_NATIONAL_INSURANCE_NUMBER",
    "passport": "PASSPORT_NUMBER",
    "dl": "DRIVER_ID",
    "ip": "IP_ADDRESS",
    "mac": "MAC_ADDRESS",
    "akey": "AWS_ACCESS_KEY",
    "skey": "AWS_SECRET_KEY",
    "dni": "ES_DNI",
    "nie": "ES_NIE",
    "curp": "MX_CURP",
    "rfc": "MX_RFC",
    "clabe": "MX_CLABE",
    "cpf": "BR_CPF",
    "cnpj": "BR_CNPJ",
    "nir": "FR_NIR",
    "idnr": "DE_TAX_ID",
    "nif": "PT_NIF",
}
TYPES: list[str] = list(KEYS.values())
KEY_OF: dict[str, str] = {v: k for k, v in KEYS.items()}

MUST_KEEP_KINDS: list[str] = [
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
]

REGIONS = ["US", "GB", "ES", "MX", "FR", "DE", "BR", "PT"]


@dataclass(frozen=True)
class Value:
    """One PII value: its entity type, canonical form and the locale facts it was drawn for."""

    type: str
    canonical: str
    region: str
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = rng.choice("123456789") + out[1:]
    return out


def _region(locale: str) -> str:
    return locale.split("-")[1]


# ---------------------------------------------------------------- generators

TEST_BINS = [
    "411111",
    "400000",
    "424242",
    "401288",
    "555555",
    "510510",
    "222300",
    "378282",
    "371449",
    "601111",
    "353011",
    "305693",
]


def gen_card(rng: random.Random) -> str:
    bin_ = rng.choice(TEST_BINS)
    length = 15 if bin_.startswith("37") else 14 if bin_.startswith("30") else 16
    body = bin_ + _digits(rng, length - len(bin_) - 1)
    return body + luhn.calc_check_digit(body)


def gen_phone(rng: random.Random, region: str) -> str:
    for _ in range(200):
        if region == "US":
            num = (
                "+1"
                + rng.choice(["202", "312", "415", "617", "713", "305", "503", "206"])
                + "55501"
                + _digits(rng, 2)
            )
        elif region == "GB":
            num = (
                rng.choice(["+44207946", "+44113496", "+44161496", "+44117496", "+44131496"])
                + "0"
                + _digits(rng, 3)
            )
        else:
            kind = rng.choice(
                [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
            )
            ex = phonenumbers.example_number_for_type(region, kind)
            assert ex is not None
            nsn = phonenumbers.national_significant_number(ex)
            keep = 2 if region != "BR" else 3
            cand = nsn[:keep] + _digits(rng, len(nsn) - keep)
            num = "+" + str(ex.country_code) + cand
        if valid_phone(num):
            return num
    raise RuntimeError("no phone")


def valid_phone(e164: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return False


def _iban_from_bban(cc: str, bban: str) -> str:
    check = iban.calc_check_digits(cc + "00" + bban)
    return cc + check + bban


def gen_iban(rng: random.Random, region: str) -> str:
    cc = {"US": rng.choice(["GB", "DE"]), "MX": "ES"}.get(region, region)
    for _ in range(100):
        if cc == "GB":
            bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + _digits(
                rng, 14
            )
        elif cc == "DE":
            bban = _digits(rng, 18, True)
        elif cc == "ES":
            bank, branch, acc = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
            bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + acc) + acc
        elif cc == "FR":
            bank, branch, acc = _digits(rng, 5, True), _digits(rng, 5), _digits(rng, 11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
            bban = bank + branch + acc + f"{key:02d}"
        elif cc == "PT":
            base = _digits(rng, 19)
            bban = base + f"{98 - (int(base) * 100) % 97:02d}"
        else:  # BR
            bban = _digits(rng, 8) + _digits(rng, 5) + _digits(rng, 10) + "C" + rng.choice("12")
        number = _iban_from_bban(cc, bban)
        if iban.is_valid(number):
            return number
    raise RuntimeError("no iban")


def gen_bic(rng: random.Random, region: str) -> str:
    cc = {"US": "US"}.get(region, region)
    for _ in range(100):
        code = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + cc
        code += rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase + "23456789")
        if rng.random() < 0.4:
            code += rng.choice(["XXX", "A" + _digits(rng, 2), _digits(rng, 3)])
        if bic.is_valid(code):
            return code
    raise RuntimeError("no bic")


def gen_routing(rng: random.Random, region: str) -> tuple[str, str]:
    if region == "GB":
        return _digits(rng, 6, True), "sortcode"
    if region == "DE":
        return rng.choice("12345678") + _digits(rng, 7), "blz"
    if region == "FR":
        return _digits(rng, 5, True) + _digits(rng, 5), "guichet"
    if region in ("ES", "PT"):
        return _digits(rng, 4, True) + _digits(rng, 4), "entidad"
    if region == "BR":
        return _digits(rng, 4, True) + _digits(rng, 1), "agencia"
    while True:
        body = rng.choice(["0", "1", "2", "3"]) + _digits(rng, 7)
        number = body + rtn.calc_check_digit(body)
        if rtn.is_valid(number):
            return number, "aba"


def gen_account(rng: random.Random, region: str) -> str:
    n = {"GB": 8, "DE": 10, "FR": 11, "ES": 10, "PT": 11, "BR": 7, "MX": 11}.get(
        region, rng.choice([9, 10, 12])
    )
    return _digits(rng, n, True)


def gen_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 665)
        number = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(number):
            return number


def gen_itin(rng: random.Random) -> str:
    while True:
        group = rng.choice(
            list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]
        )
        number = f"9{rng.randint(0, 99):02d}{group:02d}{rng.randint(0, 9999):04d}"
        if itin.is_valid(number):
            return number


_NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
_NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIQUVO"]


def gen_nino(rng: random.Random) -> str:
    while True:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            return prefix + _digits(rng, 6) + rng.choice("ABCD")


def valid_nino(v: str) -> bool:
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)) and v[
        :2
    ] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


PASSPORT_SHAPES: dict[str, str] = {
    "US": r"\d{9}",
    "GB": r"\d{9}",
    "ES": r"[A-Z]{3}\d{6}",
    "MX": r"[A-Z]\d{8}",
    "FR": r"\d{2}[A-Z]{2}\d{5}",
    "DE": r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}",
    "BR": r"[A-Z]{2}\d{6}",
    "PT": r"[A-Z]\d{6}",
}


def gen_passport(rng: random.Random, region: str) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if region in ("US", "GB"):
        return _digits(rng, 9, True)
    if region == "ES":
        return "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 6)
    if region == "MX":
        return rng.choice("GN") + _digits(rng, 8)
    if region == "FR":
        return _digits(rng, 2) + "".join(rng.choice(up) for _ in range(2)) + _digits(rng, 5)
    if region == "DE":
        return rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    if region == "BR":
        return rng.choice(["FZ", "GB", "YB", "FX"]) + _digits(rng, 6)
    return rng.choice("CNPL") + _digits(rng, 6)


DRIVER_SHAPES: dict[str, str] = {
    "US": r"[A-Z]\d{7}",
    "GB": r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}",
    "ES": r"\d{8}[A-Z]",
    "MX": r"[A-Z]\d{9}",
    "FR": r"\d{12}",
    "DE": r"[A-Z0-9]{11}",
    "BR": r"\d{11}",
    "PT": r"[A-Z]{1,2}-\d{6} \d",
}


def gen_driver(rng: random.Random, region: str) -> str:
    up = string.ascii_uppercase
    if region == "US":
        return rng.choice(up) + _digits(rng, 7)
    if region == "GB":
        surname = rng.choice(
            ["MORGA", "PATEL", "SMITH", "JONES", "WALKE", "KHAN9", "EVANS", "LEE99"]
        )
        month = rng.randint(1, 12) + rng.choice([0, 50])
        dob = f"{rng.randint(5, 9)}{month:02d}{rng.randint(1, 28):02d}{rng.randint(0, 9)}"
        return (
            surname
            + dob
            + rng.choice(["JM", "SA", "AB", "RT"])
            + _digits(rng, 1)
            + rng.choice(["IJ", "LK", "AB"])
        )
    if region == "ES":
        return gen_dni(rng)
    if region == "MX":
        return rng.choice(up) + _digits(rng, 9)
    if region == "FR":
        return _digits(rng, 12, True)
    if region == "DE":
        return (
            rng.choice("BFGKMN")
            + _digits(rng, 3)
            + "".join(rng.choice(up + string.digits) for _ in range(7))
        )
    if region == "BR":
        return _digits(rng, 11, True)
    return rng.choice(["L", "AV", "P", "BR"]) + "-" + _digits(rng, 6) + " " + _digits(rng, 1)


def gen_dni(rng: random.Random) -> str:
    body = _digits(rng, 8)
    return body + dni.calc_check_digit(body)


def gen_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + _digits(rng, 7)
    return body + nie.calc_check_digit(body)


_CURP_STATES = [
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
_CONS = "BCDFGHJKLMNPQRSTVWXYZ"


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28)


def gen_curp(rng: random.Random) -> str:
    while True:
        y, m, d = _birth(rng)
        head = (
            rng.choice(_CONS)
            + rng.choice("AEIOU")
            + rng.choice(_CONS)
            + rng.choice(_CONS + "AEIOU")
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice("HM")
            + rng.choice(_CURP_STATES)
            + rng.choice(_CONS)
            + rng.choice(_CONS)
            + rng.choice(_CONS)
            + (rng.choice(string.digits) if y < 2000 else rng.choice(string.ascii_uppercase))
        )
        try:
            number = head + curp.calc_check_digit(head + "0")
            curp.validate(number)
            return number
        except Exception:
            continue


def gen_rfc(rng: random.Random) -> str:
    while True:
        y, m, d = _birth(rng)
        head = (
            rng.choice(_CONS)
            + rng.choice("AEIOU")
            + rng.choice(_CONS)
            + rng.choice(_CONS + "AEIOU")
            + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice(_CONS + "123456789")
            + rng.choice(_CONS + "123456789")
        )
        try:
            number = head + rfc.calc_check_digit(head + "0")
            rfc.validate(number, validate_check_digits=True)
            return number
        except Exception:
            continue


def clabe_check(body17: str) -> str:
    weights = [3, 7, 1] * 6
    total = sum((int(c) * w) % 10 for c, w in zip(body17, weights))
    return str((10 - total % 10) % 10)


def gen_clabe(rng: random.Random) -> str:
    body = rng.choice(
        ["002", "012", "014", "021", "030", "036", "044", "072", "127", "137"]
    ) + _digits(rng, 14)
    return body + clabe_check(body)


def valid_clabe(v: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", v)) and clabe_check(v[:17]) == v[17]


def _cpf_digit(body: str) -> str:
    s = sum(int(c) * w for c, w in zip(body, range(len(body) + 1, 1, -1)))
    r = 11 - s % 11
    return "0" if r >= 10 else str(r)


def gen_cpf(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 9)
        number = body + _cpf_digit(body)
        number += _cpf_digit(number)
        if cpf.is_valid(number):
            return number


def gen_cnpj(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 8, True) + "0001"
        number = body + cnpj.calc_check_digits(body)
        if cnpj.is_valid(number):
            return number


def gen_nir(rng: random.Random) -> str:
    while True:
        body = (
            rng.choice("12")
            + f"{rng.randint(58, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + f"{rng.randint(1, 990):03d}"
            + f"{rng.randint(1, 999):03d}"
        )
        if body[5:7] == "20":
            continue
        number = body + nir.calc_check_digits(body)
        if nir.is_valid(number):
            return number


def gen_idnr(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 10, True)
        number = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(number):
            return number


def gen_nif(rng: random.Random) -> str:
    while True:
        body = rng.choice("12356") + _digits(rng, 7)
        number = body + nif.calc_check_digit(body)
        if nif.is_valid(number):
            return number


_FIRST = [
    "ana",
    "jo",
    "luis",
    "marie",
    "lena",
    "tom",
    "priya",
    "joao",
    "bea",
    "kev",
    "sofia",
    "max",
    "ines",
    "carla",
    "dani",
    "yuki",
    "omar",
    "lucia",
    "pierre",
    "jonas",
    "rafa",
    "nath",
    "greta",
    "tiago",
]
_LAST = [
    "smith",
    "garcia",
    "dupont",
    "mueller",
    "silva",
    "okafor",
    "lopez",
    "martin",
    "schmidt",
    "costa",
    "brown",
    "moreau",
    "weber",
    "santos",
    "ramirez",
    "nguyen",
    "fernandes",
    "leroy",
    "hoffmann",
    "reyes",
]
_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.example.org",
    "shop.test",
    "example.test",
    "post.example.net",
]


def gen_email(rng: random.Random) -> str:
    f, l = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f[0]}{l}",
            f"{f}_{l}",
            f"{f}.{l}{rng.randint(1, 99)}",
            f"{l}.{f}",
            f"{f}{rng.randint(70, 99)}",
        ]
    )
    return f"{local}@{rng.choice(_DOMAINS)}"


def valid_email(v: str) -> bool:
    m = re.fullmatch(r"[a-z0-9._+-]+@([a-z0-9.-]+)", v)
    return bool(m) and any(
        m.group(1) == d or m.group(1).endswith("." + d)
        for d in ("example.com", "example.org", "example.net", "test")
    )


def gen_username(rng: random.Random) -> str:
    f, l = rng.choice(_FIRST), rng.choice(_LAST)
    return rng.choice(
        [
            f"{f}_{l}",
            f"{f}{l[:3]}{rng.randint(1, 99)}",
            f"{l}.{f}",
            f"{f}-{l}{rng.randint(70, 99)}",
            f"{f[0]}{l}",
            f"{f}{l}_{rng.choice(['x', 'bb', 'uk', 'mx'])}",
        ]
    )


def gen_password(rng: random.Random) -> str:
    words = [
        "Sunset",
        "tigre",
        "Blue",
        "chat",
        "Hund",
        "gato",
        "Rio",
        "moon",
        "Pizza",
        "kaffee",
        "Lobo",
        "soleil",
    ]
    base = rng.choice(words) + rng.choice(["", "_", ".", "!"]) + rng.choice(words).lower()
    out = base + str(rng.randint(1, 9999)) + rng.choice(["!", "#", "$", "*", "", "?"])
    if rng.random() < 0.3:
        out = "".join(
            rng.choice(string.ascii_letters + string.digits + "!#$%*")
            for _ in range(rng.randint(9, 14))
        ) + str(rng.randint(0, 99))
    return out


def valid_password(v: str) -> bool:
    return len(v) >= 8 and not re.search(r"[\s@:/]", v) and bool(re.search(r"\d", v))


def gen_pin(rng: random.Random) -> str:
    return _digits(rng, rng.choice([4, 4, 4, 6]))


def gen_ip(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return str(
            ipaddress.IPv6Address(
                int(ipaddress.IPv6Address("2001:db8::"))
                + rng.getrandbits(64)
                + (rng.getrandbits(16) << 80)
            )
        )
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))


def valid_ip(v: str) -> bool:
    ip = ipaddress.ip_address(v)
    nets = [
        ipaddress.ip_network(n)
        for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
    ]
    return any(ip in n for n in nets if n.version == ip.version) and str(ip) == v


def gen_mac(rng: random.Random) -> str:
    first = (rng.getrandbits(8) | 0x02) & 0xFE
    return ":".join(f"{b:02x}" for b in [first] + [rng.getrandbits(8) for _ in range(5)])


def valid_mac(v: str) -> bool:
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 0x03 == 0x02


def gen_akey(rng: random.Random) -> str:
    return rng.choice(["AKIA", "ASIA"]) + "".join(
        rng.choice(string.ascii_uppercase + "234567") for _ in range(16)
    )


def gen_skey(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def gen_expiry(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(2027, 2033)}"


def gen_cvv(rng: random.Random, amex: bool = False) -> str:
    return _digits(rng, 4 if amex else 3)


def draw(rng: random.Random, vtype: str, locale: str) -> Value:
    """Draw one synthetic value of ``vtype`` for a customer in ``locale``."""
    region = _region(locale)
    meta: dict[str, str] = {}
    match vtype:
        case "CREDIT_DEBIT_NUMBER":
            c = gen_card(rng)
        case "CREDIT_DEBIT_CVV":
            c = gen_cvv(rng, rng.random() < 0.1)
        case "CREDIT_DEBIT_EXPIRY":
            c = gen_expiry(rng)
        case "PIN":
            c = gen_pin(rng)
        case "PASSWORD":
            c = gen_password(rng)
        case "USERNAME":
            c = gen_username(rng)
        case "EMAIL":
            c = gen_email(rng)
        case "PHONE":
            c = gen_phone(rng, region)
        case "BANK_ACCOUNT_NUMBER":
            c = gen_account(rng, region)
        case "BANK_ROUTING":
            c, meta["kind"] = gen_routing(rng, region)
        case "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            c = gen_iban(rng, region)
        case "SWIFT_CODE":
            c = gen_bic(rng, region)
        case "SSN":
            c = gen_ssn(rng)
        case "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
            c = gen_itin(rng)
        case "UK_NATIONAL_INSURANCE_NUMBER":
            c = gen_nino(rng)
        case "PASSPORT_NUMBER":
            c = gen_passport(rng, region)
        case "DRIVER_ID":
            c = gen_driver(rng, region)
        case "IP_ADDRESS":
            c = gen_ip(rng)
        case "MAC_ADDRESS":
            c = gen_mac(rng)
        case "AWS_ACCESS_KEY":
            c = gen_akey(rng)
        case "AWS_SECRET_KEY":
            c = gen_skey(rng)
        case "ES_DNI":
            c = gen_dni(rng)
        case "ES_NIE":
            c = gen_nie(rng)
        case "MX_CURP":
            c = gen_curp(rng)
        case "MX_RFC":
            c = gen_rfc(rng)
        case "MX_CLABE":
            c = gen_clabe(rng)
        case "BR_CPF":
            c = gen_cpf(rng)
        case "BR_CNPJ":
            c = gen_cnpj(rng)
        case "FR_NIR":
            c = gen_nir(rng)
        case "DE_TAX_ID":
            c = gen_idnr(rng)
        case "PT_NIF":
            c = gen_nif(rng)
        case _:
            raise KeyError(vtype)
    return Value(vtype, c, region, meta)


def validate(v: Value) -> bool:
    """True when the canonical value is well formed (and checksum-valid where one exists)."""
    c = v.canonical
    match v.type:
        case "CREDIT_DEBIT_NUMBER":
            return luhn.is_valid(c) and c[:6] in TEST_BINS and 14 <= len(c) <= 16
        case "CREDIT_DEBIT_CVV":
            return bool(re.fullmatch(r"\d{3,4}", c))
        case "CREDIT_DEBIT_EXPIRY":
            m = re.fullmatch(r"(\d\d)/(\d{4})", c)
            return bool(m) and 1 <= int(m.group(1)) <= 12 and 2027 <= int(m.group(2)) <= 2033
        case "PIN":
            return bool(re.fullmatch(r"\d{4}|\d{6}", c))
        case "PASSWORD":
            return valid_password(c)
        case "USERNAME":
            return bool(re.fullmatch(r"[a-z][a-z0-9._-]{3,30}", c))
        case "EMAIL":
            return valid_email(c)
        case "PHONE":
            return (
                valid_phone(c)
                and phonenumbers.region_code_for_number(phonenumbers.parse(c)) == v.region
            )
        case "BANK_ACCOUNT_NUMBER":
            return bool(re.fullmatch(r"\d{7,12}", c))
        case "BANK_ROUTING":
            kind = v.meta.get("kind", "")
            if kind == "aba":
                return rtn.is_valid(c)
            lengths = {"sortcode": 6, "blz": 8, "guichet": 10, "entidad": 8, "agencia": 5}
            return c.isdigit() and len(c) == lengths.get(kind, -1)
        case "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return iban.is_valid(c)
        case "SWIFT_CODE":
            return bic.is_valid(c)
        case "SSN":
            return ssn.is_valid(c)
        case "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
            return itin.is_valid(c)
        case "UK_NATIONAL_INSURANCE_NUMBER":
            return valid_nino(c)
        case "PASSPORT_NUMBER":
            return bool(re.fullmatch(PASSPORT_SHAPES[v.region], c))
        case "DRIVER_ID":
            ok = bool(re.fullmatch(DRIVER_SHAPES[v.region], c))
            return ok and (v.region != "ES" or dni.is_valid(c))
        case "IP_ADDRESS":
            return valid_ip(c)
        case "MAC_ADDRESS":
            return valid_mac(c)
        case "AWS_ACCESS_KEY":
            return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", c))
        case "AWS_SECRET_KEY":
            return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", c))
        case "ES_DNI":
            return dni.is_valid(c)
        case "ES_NIE":
            return nie.is_valid(c)
        case "MX_CURP":
            return curp.is_valid(c)
        case "MX_RFC":
            try:
                rfc.validate(c, validate_check_digits=True)
                return len(c) == 13
            except Exception:
                return False
        case "MX_CLABE":
            return valid_clabe(c)
        case "BR_CPF":
            return cpf.is_valid(c)
        case "BR_CNPJ":
            return cnpj.is_valid(c)
        case "FR_NIR":
            return nir.is_valid(c)
        case "DE_TAX_ID":
            return idnr.is_valid(c)
        case "PT_NIF":
            return nif.is_valid(c)
    return False


# ---------------------------------------------------------------- hard negatives


def _run_is_identifier(run: str, after: str) -> bool:
    """True when a digit run would pass a checksum or phone check a detector might use."""
    n = len(run)
    if n >= 8 and luhn.is_valid(run):
        return True
    if n == 9 and (
        rtn.is_valid(run) or ssn.is_valid(run) or itin.is_valid(run) or nif.is_valid(run)
    ):
        return True
    if n == 11 and (cpf.is_valid(run) or idnr.is_valid(run)):
        return True
    if n == 14 and cnpj.is_valid(run):
        return True
    if n in (13, 15) and nir.is_valid(run):
        return True
    if n == 18 and valid_clabe(run):
        return True
    if n == 8 and after and dni.is_valid(run + after):
        return True
    if n >= 6:
        for region in REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def is_hard_negative(text: str) -> bool:
    """Every digit run (and all digits joined) fails every identifier and phone check."""
    runs = [(m.group(), text[m.end() : m.end() + 1]) for m in re.finditer(r"\d+", text)]
    return not any(_run_is_identifier(r, a) for r, a in runs)


_PREFIX = {"en": "INV", "es": "FAC", "fr": "FA", "de": "RE", "pt": "NF"}
_PLATES = {
    "US": lambda r: f"{_L(r, 3)}{_digits(r, 4)}",
    "GB": lambda r: f"{_L(r, 2)}{_digits(r, 2)} {_L(r, 3)}",
    "ES": lambda r: f"{_digits(r, 4)} {_L(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
    "MX": lambda r: f"{_L(r, 3)}-{_digits(r, 3)}-{_L(r, 1)}",
    "FR": lambda r: f"{_L(r, 2)}-{_digits(r, 3)}-{_L(r, 2)}",
    "DE": lambda r: f"{r.choice(['B', 'M', 'HH', 'K', 'F'])}-{_L(r, 2)} {_digits(r, 4, True)}",
    "BR": lambda r: f"{_L(r, 3)}{_digits(r, 1)}{_L(r, 1)}{_digits(r, 2)}",
    "PT": lambda r: f"{_L(r, 2)}-{_digits(r, 2)}-{_L(r, 2)}",
}


def _L(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _money(rng: random.Random, locale: str, big: bool) -> str:
    units = rng.randint(100, 4999) if big else rng.randint(3, 299)
    cents = rng.choice([0, 0, 99, 50, 90, 49, 95])
    region = _region(locale)
    if region in ("US", "GB", "MX"):
        num = f"{units:,}.{cents:02d}" if cents or rng.random() < 0.3 else f"{units:,}"
        return (
            {"US": "$", "GB": "£", "MX": "$"}[region]
            + num
            + (" MXN" if region == "MX" and rng.random() < 0.3 else "")
        )
    num = f"{units:,}".replace(",", ".") + (f",{cents:02d}" if cents or rng.random() < 0.3 else "")
    if region == "BR":
        return "R$ " + num if rng.random() < 0.7 else "R$" + num
    return rng.choice([num + " €", num + "€", "€" + num, num + " EUR"])


def _date(rng: random.Random, locale: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
    region = _region(locale)
    if region == "US":
        return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}"])
    if region == "DE":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}.{m}.{y % 100:02d}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d:02d}/{m:02d}", f"{d}-{m}-{y}"])


def _must_keep_raw(rng: random.Random, kind: str, lang: str, locale: str) -> str:
    region = _region(locale)
    match kind:
        case "order":
            return rng.choice(
                [
                    _digits(rng, rng.randint(6, 9), True),
                    _L(rng, 2) + _digits(rng, 6),
                    "A" + _digits(rng, 7),
                ]
            )
        case "tracking":
            return rng.choice(
                [
                    "1Z" + _L(rng, 3) + _digits(rng, 3) + _L(rng, 2) + _digits(rng, 8),
                    _L(rng, 2) + _digits(rng, 9) + rng.choice(["BR", "ES", "FR", "DE", "PT", "GB"]),
                    _digits(rng, 12, True),
                ]
            )
        case "invoice":
            return rng.choice(
                [
                    f"{_PREFIX[lang]}-{rng.randint(2023, 2026)}-{_digits(rng, 5)}",
                    _digits(rng, 7, True),
                    f"{_PREFIX[lang]}{_digits(rng, 6)}",
                ]
            )
        case "ticket":
            return rng.choice(
                [
                    _digits(rng, rng.randint(5, 7), True),
                    "TK-" + _digits(rng, 6),
                    "CS" + _digits(rng, 7),
                ]
            )
        case "policy":
            return rng.choice(
                [
                    _L(rng, 3) + _digits(rng, 8),
                    _digits(rng, 3) + "-" + _digits(rng, 7),
                    "P-" + _digits(rng, 9),
                ]
            )
        case "contract":
            return rng.choice(
                [
                    _digits(rng, rng.randint(8, 10), True),
                    "CT" + _digits(rng, 7),
                    _digits(rng, 4) + "/" + _digits(rng, 5),
                ]
            )
        case "booking":
            return _L(rng, 3) + _digits(rng, 1) + _L(rng, 1) + _digits(rng, 1)
        case "customer_ref":
            return rng.choice(
                ["C-" + _digits(rng, 7), _digits(rng, 8, True), "CL" + _digits(rng, 6)]
            )
        case "store":
            return _digits(rng, rng.choice([3, 4]), True)
        case "room":
            return str(rng.randint(101, 1240))
        case "seat":
            return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
        case "flight":
            code = {
                "en": ["UA", "BA", "AA", "DL"],
                "es": ["IB", "AM", "VY", "UX"],
                "fr": ["AF", "TO"],
                "de": ["LH", "EW", "DE"],
                "pt": ["TP", "LA", "G3", "AD"],
            }[lang]
            return rng.choice(code) + rng.choice(["", " "]) + str(rng.randint(12, 8999))
        case "meter_reading":
            return rng.choice([_digits(rng, 5), f"{rng.randint(1000, 99999)}"]) + rng.choice(
                ["", " kWh", " m³"]
            )
        case "price":
            return _money(rng, locale, False)
        case "amount":
            return _money(rng, locale, True)
        case "quantity":
            return str(rng.randint(2, 24))
        case "count":
            return str(rng.randint(2, 40))
        case "percentage":
            p = rng.choice(
                [str(rng.randint(5, 80)), f"{rng.randint(1, 30)}{',' if lang != 'en' else '.'}5"]
            )
            return p + (
                "\u202f%"
                if lang == "fr" and rng.random() < 0.2
                else " %"
                if lang in ("fr", "de") and rng.random() < 0.5
                else "%"
            )
        case "date":
            return _date(rng, locale)
        case "time":
            h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 20])
            if region == "US" or (lang == "en" and rng.random() < 0.5):
                return rng.choice(
                    [
                        f"{h % 12 or 12}:{mi:02d}pm" if h >= 12 else f"{h}:{mi:02d}am",
                        f"{h % 12 or 12}pm" if h >= 12 else f"{h}am",
                    ]
                )
            if lang == "fr":
                return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
            return rng.choice([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}h"])
        case "year":
            return str(rng.randint(2015, 2026))
        case "duration":
            unit = {
                "en": ["min", "mins", "hrs", "days", "h"],
                "es": ["min", "días", "dias", "horas", "h"],
                "fr": ["min", "jours", "h", "heures"],
                "de": ["Min.", "Tage", "Std.", "Minuten"],
                "pt": ["min", "dias", "horas", "h"],
            }[lang]
            return f"{rng.randint(2, 90)} {rng.choice(unit)}"
        case "postal_code":
            match region:
                case "US":
                    return _digits(rng, 5, True)
                case "GB":
                    return (
                        rng.choice(["SW", "M", "LS", "EH", "BS", "N"])
                        + str(rng.randint(1, 20))
                        + " "
                        + str(rng.randint(1, 9))
                        + _L(rng, 2)
                    )
                case "BR":
                    return _digits(rng, 5, True) + "-" + _digits(rng, 3)
                case "PT":
                    return _digits(rng, 4, True) + "-" + _digits(rng, 3)
                case _:
                    return _digits(rng, 5, True)
        case "zip4":
            return _digits(rng, 5, True) + "-" + _digits(rng, 4)
        case "product_model":
            return rng.choice(
                [
                    f"{_L(rng, 2)}-{_L(rng, 1)}{_digits(rng, 3)}{_L(rng, 1)}",
                    f"iPhone {rng.randint(11, 16)}",
                    f"Galaxy S{rng.randint(20, 24)}",
                    f"{_L(rng, 3)}{_digits(rng, 4)}",
                    f"Box {_digits(rng, 4)}",
                ]
            )
        case "version":
            return (
                rng.choice(["v", "", "V"])
                + f"{rng.randint(1, 18)}.{rng.randint(0, 20)}"
                + rng.choice(["", f".{rng.randint(0, 9)}"])
            )
        case "error_code":
            return rng.choice(
                [
                    f"E-{_digits(rng, 4)}",
                    f"ERR{_digits(rng, 3)}",
                    str(rng.choice([403, 404, 500, 502, 503])),
                    f"0x{rng.getrandbits(32):08X}",
                    f"E{_digits(rng, 2)}",
                ]
            )
        case "data_size":
            return f"{rng.choice([1, 2, 5, 10, 20, 50, 100, 500])}{rng.choice(['GB', ' GB', 'MB', ' Go', 'gb'])}"
        case "plate":
            return _PLATES[region](rng)
    raise KeyError(kind)


def must_keep(rng: random.Random, kind: str, lang: str, locale: str) -> str:
    """A number-bearing value a redactor must leave alone, redrawn until it is a hard negative."""
    for _ in range(500):
        raw = _must_keep_raw(rng, kind, lang, locale)
        if is_hard_negative(raw):
            return raw
    raise RuntimeError(f"no hard negative for {kind}")
