"""Draw synthetic PII values and must_keep numbers, and validate them (python-stdnum, phonenumbers)."""

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
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

TYPES = {
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
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKEY": "AWS_ACCESS_KEY",
    "SKEY": "AWS_SECRET_KEY",
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
D = string.digits
UP = string.ascii_uppercase
CONS = "BCDFGHJKLMNPQRSTVWXZ"


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(D) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def _card(rng, loc):
    b = rng.choice(BINS)
    n = 15 if b.startswith("37") else 16
    body = b + digits(rng, n - 1 - len(b))
    return body + luhn.calc_check_digit(body)


def _cvv(rng, loc):
    return digits(rng, 3)


def _exp(rng, loc):
    return f"{rng.randint(1, 12):02d}/{rng.randint(26, 33)}"


def _pin(rng, loc):
    return digits(rng, rng.choice([4, 4, 4, 6]))


def _acct(rng, loc):
    return digits(rng, rng.choice([8, 10, 11, 12]), True)


def _aba(rng):
    while True:
        b = rng.choice(["0", "1", "2", "3"]) + digits(rng, 7)
        v = b + rtn.calc_check_digit(b)
        if rtn.is_valid(v):
            return v


def _routing(rng, loc):
    c = loc.split("-")[-1]
    if c == "GB":
        return "-".join(digits(rng, 2) for _ in range(3))
    if c in ("DE", "AT", "CH"):
        return digits(rng, 8, True)
    if c == "BR":
        return digits(rng, 4, True)
    return _aba(rng)


IBAN_BBAN = {
    "DE": lambda r: digits(r, 18),
    "FR": lambda r: digits(r, 10) + "".join(r.choice(UP + D) for _ in range(11)) + digits(r, 2),
    "PT": lambda r: digits(r, 21),
    "GB": lambda r: "".join(r.choice(UP) for _ in range(4)) + digits(r, 14),
    "BR": lambda r: digits(r, 23) + r.choice("CP") + r.choice(UP + D),
    "AT": lambda r: digits(r, 16),
    "CH": lambda r: digits(r, 17),
    "BE": lambda r: digits(r, 12),
    "IT": lambda r: r.choice(UP) + digits(r, 22),
    "NL": lambda r: "".join(r.choice(UP) for _ in range(4)) + digits(r, 10),
}


def _es_bban(r):
    bank, branch, acc = digits(r, 4), digits(r, 4), digits(r, 10)
    return bank + branch + ccc.calc_check_digits(bank + branch + "00" + acc) + acc


def _iban(rng, loc):
    c = loc.split("-")[-1]
    cc = (
        c
        if c in IBAN_BBAN or c == "ES"
        else rng.choice(["ES", "DE", "FR", "PT", "GB", "BR", "NL", "IT", "BE"])
    )
    while True:
        bban = _es_bban(rng) if cc == "ES" else IBAN_BBAN[cc](rng)
        v = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(v):
            return v


def _swift(rng, loc):
    c = loc.split("-")[-1]
    c = c if c not in ("US", "AR") else rng.choice(["US", "ES", "DE"])
    while True:
        v = "".join(rng.choice(UP) for _ in range(4)) + c + rng.choice(UP) + rng.choice(UP + D)
        if rng.random() < 0.4:
            v += "".join(rng.choice(UP + D) for _ in range(3))
        if bic.is_valid(v):
            return v


FIRST = [
    "ana",
    "joao",
    "marie",
    "lukas",
    "sofia",
    "pedro",
    "camille",
    "jonas",
    "lucia",
    "mike",
    "jen",
    "tiago",
    "ines",
    "hannah",
    "carlos",
    "lea",
    "diego",
    "fatima",
    "tom",
    "julia",
]
LAST = [
    "silva",
    "garcia",
    "martin",
    "muller",
    "lopez",
    "dupont",
    "schmidt",
    "santos",
    "perez",
    "smith",
    "moreau",
    "weber",
    "costa",
    "ruiz",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example",
    "correo.example",
    "test.example",
]


def _email(rng, loc):
    u = rng.choice(FIRST) + rng.choice([".", "_", ""]) + rng.choice(LAST)
    if rng.random() < 0.5:
        u += digits(rng, rng.choice([2, 4]))
    return u + "@" + rng.choice(DOMAINS)


PHONE_GEN = {
    "ES": lambda r: "+34" + r.choice("67") + digits(r, 8),
    "MX": lambda r: "+52" + r.choice(["55", "33", "81"]) + digits(r, 8),
    "BR": lambda r: "+55" + r.choice(["11", "21", "31", "61"]) + "9" + digits(r, 8),
    "FR": lambda r: "+33" + r.choice("67") + digits(r, 8),
    "DE": lambda r: "+49" + r.choice(["151", "160", "170", "176"]) + digits(r, 8),
    "PT": lambda r: "+351" + r.choice(["91", "92", "93", "96"]) + digits(r, 7),
    "US": lambda r: "+1" + r.choice(["202", "212", "312", "415", "617"]) + "55501" + digits(r, 2),
    "GB": lambda r: "+44" + r.choice(["2079460", "1134960", "1614960", "1914980"]) + digits(r, 3),
    "AR": lambda r: "+5491" + r.choice(["1", "3"]) + digits(r, 8),
}
PHONE_FMT = [
    phonenumbers.PhoneNumberFormat.E164,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.NATIONAL,
]


def _phone(rng, loc):
    c = loc.split("-")[-1]
    c = c if c in PHONE_GEN else "US"
    for _ in range(200):
        e = PHONE_GEN[c](rng)
        n = phonenumbers.parse(e)
        if phonenumbers.is_valid_number(n):
            return phonenumbers.format_number(n, rng.choice(PHONE_FMT))
    raise RuntimeError(c)


def phone_valid(v: str, loc: str) -> bool:
    c = loc.split("-")[-1]
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, c if c in PHONE_GEN else "US"))
    except phonenumbers.NumberParseException:
        return False


def _ssn(rng, loc):
    while True:
        v = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def _itin(rng, loc):
    while True:
        v = f"9{digits(rng, 2)}-{rng.choice(list(range(70, 89)) + list(range(90, 93)))}-{digits(rng, 4)}"
        if itin.is_valid(v):
            return v


NINO_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def _nino(rng, loc):
    while True:
        v = (
            rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            + digits(rng, 6)
            + rng.choice("ABCD")
        )
        if NINO_RE.match(v):
            return v


def _passport(rng, loc):
    c = loc.split("-")[-1]
    if c in ("US",):
        return digits(rng, 9, True)
    if c in ("ES", "MX", "AR"):
        return "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 6)
    if c in ("DE", "AT", "CH"):
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + D) for _ in range(8))
    if c in ("FR", "BE", "CA"):
        return digits(rng, 2) + "".join(rng.choice(UP) for _ in range(2)) + digits(rng, 5)
    return "".join(rng.choice(UP) for _ in range(2)) + digits(rng, 6)


def _dl(rng, loc):
    c = loc.split("-")[-1]
    if c == "GB":
        return (
            "".join(rng.choice(UP) for _ in range(5))
            + digits(rng, 6)
            + "".join(rng.choice(UP) for _ in range(2))
            + digits(rng, 1)
            + "".join(rng.choice(UP) for _ in range(2))
        )
    if c == "BR":
        return digits(rng, 11, True)
    return rng.choice(UP) + digits(rng, rng.choice([7, 8, 12]))


def _pwd(rng, loc):
    w = rng.choice(
        ["Sol", "gato", "Berlin", "praia", "Tigre", "maison", "Blue", "sommer", "luna", "Futbol"]
    )
    return (
        w
        + rng.choice(["!", "#", "_", "$", "."])
        + digits(rng, rng.choice([2, 3, 4]))
        + rng.choice(["", "x", "Q", "!"])
    )


def _user(rng, loc):
    return rng.choice(FIRST) + rng.choice(["_", ".", ""]) + rng.choice(LAST)[:4] + digits(rng, 2)


def _ip(rng, loc):
    if rng.random() < 0.2:
        return (
            "2001:db8:"
            + ":".join(f"{rng.randint(1, 65535):x}" for _ in range(3))
            + "::"
            + f"{rng.randint(1, 255):x}"
        )
    p = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{p}.{rng.randint(1, 254)}"


def _mac(rng, loc):
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def _akey(rng, loc):
    return "AKIA" + "".join(rng.choice(UP + "234567") for _ in range(16))


def _skey(rng, loc):
    return "".join(rng.choice(string.ascii_letters + D + "/+") for _ in range(40))


def _dni(rng, loc):
    b = digits(rng, 8)
    return b + dni.calc_check_digit(b)


def _nie(rng, loc):
    b = rng.choice("XYZ") + digits(rng, 7)
    return b + nie.calc_check_digit(b)


MX_STATES = ["AS", "BC", "CS", "DF", "JC", "MC", "NL", "PL", "QT", "VZ", "YN", "GT"]


def _curp(rng, loc):
    while True:
        name = rng.choice(CONS) + rng.choice("AEIOU") + "".join(rng.choice(CONS) for _ in range(2))
        dt = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        b = (
            name
            + dt
            + rng.choice("HM")
            + rng.choice(MX_STATES)
            + "".join(rng.choice(CONS) for _ in range(3))
            + rng.choice(D)
        )
        v = b + curp.calc_check_digit(b + "0")
        if curp.is_valid(v):
            return v


def _rfc(rng, loc):
    while True:
        name = rng.choice(CONS) + rng.choice("AEIOU") + "".join(rng.choice(CONS) for _ in range(2))
        dt = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        b = name + dt + rng.choice(UP[:-1]) + rng.choice(D + UP[:-1])
        try:
            v = b + rfc.calc_check_digit(b + "0")
        except Exception:
            continue
        if rfc.is_valid(v):
            return v


def clabe_check(b: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(b)) % 10) % 10)


def clabe_valid(v: str) -> bool:
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def _clabe(rng, loc):
    b = rng.choice(["002", "012", "014", "021", "072"]) + digits(rng, 14)
    return b + clabe_check(b)


def _cpf(rng, loc):
    while True:
        b = digits(rng, 9)
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if rng.random() < 0.5 else v


def _cnpj(rng, loc):
    while True:
        b = digits(rng, 8) + "0001"
        v = b + cnpj.calc_check_digits(b)
        if cnpj.is_valid(v):
            return f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}" if rng.random() < 0.5 else v


def _nir(rng, loc):
    while True:
        b = (
            rng.choice("12")
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
            + rng.choice(["75", "69", "13", "33", "59"])
            + digits(rng, 6)
        )
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return v


def _steuer(rng, loc):
    while True:
        b = digits(rng, 10, True)
        for c in D:
            if idnr.is_valid(b + c):
                return b + c


def _nif(rng, loc):
    while True:
        b = rng.choice("1235") + digits(rng, 7)
        v = b + nif.calc_check_digit(b)
        if nif.is_valid(v):
            return v


GEN = {
    "CARD": _card,
    "CVV": _cvv,
    "EXP": _exp,
    "PIN": _pin,
    "ACCT": _acct,
    "ROUTING": _routing,
    "IBAN": _iban,
    "SWIFT": _swift,
    "EMAIL": _email,
    "PHONE": _phone,
    "SSN": _ssn,
    "ITIN": _itin,
    "NINO": _nino,
    "PASSPORT": _passport,
    "DL": _dl,
    "PWD": _pwd,
    "USER": _user,
    "IP": _ip,
    "MAC": _mac,
    "AKEY": _akey,
    "SKEY": _skey,
    "DNI": _dni,
    "NIE": _nie,
    "CURP": _curp,
    "RFC": _rfc,
    "CLABE": _clabe,
    "CPF": _cpf,
    "CNPJ": _cnpj,
    "NIR": _nir,
    "STEUER": _steuer,
    "NIF": _nif,
}


def _alnum(v: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", v)


def validate(alias: str, v: str, loc: str) -> bool:
    """Check digits where the type has them; shape checks otherwise."""
    a = _alnum(v)
    checks = {
        "CARD": lambda: luhn.is_valid(a) and a[:6] in BINS,
        "IBAN": lambda: iban.is_valid(a),
        "SWIFT": lambda: bic.is_valid(a),
        "PHONE": lambda: phone_valid(v, loc),
        "SSN": lambda: ssn.is_valid(a),
        "ITIN": lambda: itin.is_valid(a),
        "NINO": lambda: bool(NINO_RE.match(a)),
        "DNI": lambda: dni.is_valid(a),
        "NIE": lambda: nie.is_valid(a),
        "CURP": lambda: curp.is_valid(a),
        "RFC": lambda: rfc.is_valid(a),
        "CLABE": lambda: clabe_valid(a),
        "CPF": lambda: cpf.is_valid(a),
        "CNPJ": lambda: cnpj.is_valid(a),
        "NIR": lambda: nir.is_valid(a),
        "STEUER": lambda: idnr.is_valid(a),
        "NIF": lambda: nif.is_valid(a),
        "ROUTING": lambda: rtn.is_valid(a) if len(a) == 9 else len(a) in (4, 6, 8),
        "EXP": lambda: bool(re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", v)),
        "EMAIL": lambda: bool(re.fullmatch(r"[a-z._0-9]+@[a-z.]+", v)),
    }
    return checks.get(alias, lambda: bool(v) and v == v.strip())()


def draw(alias: str, rng: random.Random, loc: str) -> str:
    v = GEN[alias](rng, loc)
    if not validate(alias, v, loc):
        raise ValueError(f"invalid {alias} drawn for {loc}")
    return v


# ---------------------------------------------------------------- must_keep


def lookalike(rng: random.Random, loc: str) -> str:
    """Digits only, 4-11 long, failing every checksum and not a valid phone anywhere we draw."""
    while True:
        n = rng.choice([4, 5, 6, 7, 8, 9, 10, 11])
        v = digits(rng, n, True)
        if luhn.is_valid(v) or (
            n == 9 and (rtn.is_valid(v) or ssn.is_valid(v) or nif.is_valid(v) or itin.is_valid(v))
        ):
            continue
        if n == 11 and (cpf.is_valid(v) or idnr.is_valid(v)):
            continue
        if any(phone_valid(v, r) for r in PHONE_GEN) or any(
            phone_valid("+" + v, "US") for _ in [0]
        ):
            continue
        return v


def _postal(rng, loc):
    c = loc.split("-")[-1]
    if c == "US":
        return digits(rng, 5, True) + ("-" + digits(rng, 4) if rng.random() < 0.5 else "")
    if c == "BR":
        return digits(rng, 5, True) + "-" + digits(rng, 3)
    if c == "PT":
        return digits(rng, 4, True) + "-" + digits(rng, 3)
    if c == "GB":
        return (
            rng.choice(["SW", "M", "LS", "EH"])
            + str(rng.randint(1, 20))
            + " "
            + str(rng.randint(1, 9))
            + rng.choice(UP)
            + rng.choice(UP)
        )
    if c in ("AT", "CH", "BE"):
        return digits(rng, 4, True)
    return digits(rng, 5, True)


def _date(rng, loc):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if loc.endswith("US"):
        return f"{m}/{d}/{rng.choice(['25', '2025', '2026'])}"
    return rng.choice(
        [
            f"{d}/{m}",
            f"{d:02d}/{m:02d}/{rng.choice(['2025', '2026'])}",
            f"{d}.{m}.{rng.choice(['25', '2026'])}",
        ]
    )


def _price(rng, loc):
    a = f"{rng.randint(3, 900)}"
    if loc.startswith("en"):
        return rng.choice(["$", "£", ""]) + a + f".{digits(rng, 2)}"
    return (
        a
        + ","
        + digits(rng, 2)
        + rng.choice(["€", " €", "", " reais"])[: 1 if rng.random() < 0.5 else 2].rstrip()
    )


KEEP = {
    "order_number": lambda r, l: (
        rng_pick(r, ["#", "", "PED-"]) + digits(r, r.choice([6, 7, 9]), True)
    ),
    "tracking_number": lambda r, l: r.choice(
        [
            "1Z" + "".join(r.choice(UP + D) for _ in range(16)),
            "LX" + digits(r, 9) + r.choice(["BR", "PT", "ES"]),
            digits(r, 12, True),
        ]
    ),
    "postal_code": _postal,
    "date": _date,
    "time": lambda r, l: (
        f"{r.randint(7, 21)}:{r.choice(['00', '15', '30', '45'])}"
        if r.random() < 0.7
        else f"{r.randint(1, 9)}{r.choice(['pm', 'am', 'h'])}"
    ),
    "price": _price,
    "quantity": lambda r, l: str(r.randint(2, 9)),
    "count": lambda r, l: str(r.randint(2, 40)),
    "percentage": lambda r, l: f"{r.randint(50, 99)}%",
    "product_model": lambda r, l: (
        r.choice(["FritzBox ", "HG", "iPhone ", "XR-", "SM-A"]) + str(r.randint(10, 7590))
    ),
    "version": lambda r, l: f"{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 20)}",
    "invoice_number": lambda r, l: "F" + digits(r, 2) + "-" + digits(r, 6),
    "ticket_number": lambda r, l: "TK-" + digits(r, 6),
    "booking_reference": lambda r, l: (
        "".join(r.choice(UP) for _ in range(3)) + digits(r, 1) + r.choice(UP) + digits(r, 1)
    ),
    "policy_number": lambda r, l: "POL-" + digits(r, 7),
    "contract_number": lambda r, l: "CT" + digits(r, 8),
    "flight_number": lambda r, l: (
        r.choice(["IB", "LH", "AF", "TP", "LA", "AM", "BA", "UA"]) + str(r.randint(10, 9999))
    ),
    "store_number": lambda r, l: str(r.randint(10, 999)),
    "room_number": lambda r, l: str(r.randint(101, 1450)),
    "error_code": lambda r, l: r.choice(["E", "0x", "ERR-"]) + digits(r, r.choice([3, 4])),
    "data_size": lambda r, l: f"{r.randint(1, 80)}{r.choice(['GB', 'gb', ' GB', 'MB'])}",
    "year": lambda r, l: str(r.randint(2015, 2026)),
    "meter_reading": lambda r, l: digits(r, 5, True) + r.choice([" kWh", "", " m3"]),
    "plate_number": lambda r, l: (
        r.choice(["ABC", "XYZ", "MKL", "B-KL"]) + r.choice(["-", " ", ""]) + digits(r, 4)
    ),
    "seat_number": lambda r, l: str(r.randint(1, 40)) + r.choice("ABCDEF"),
    "reference_number": lookalike,
}


def rng_pick(r, xs):
    return r.choice(xs)


def keep(kind: str, rng: random.Random, loc: str) -> str:
    return KEEP[kind](rng, loc).strip()
