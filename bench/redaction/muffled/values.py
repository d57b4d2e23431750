"""Synthetic values, each drawn then validated (stdnum, phonenumbers, own rules)."""

from __future__ import annotations

import random
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

D = string.digits
U = string.ascii_uppercase


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(D) for _ in range(n))


def card(r, loc):
    pre = r.choice(["4111", "4000", "4242", "5555", "5105", "4012", "5200"])
    body = pre + _d(r, 11)
    v = body + luhn.calc_check_digit(body)
    return " ".join(v[i : i + 4] for i in range(0, 16, 4)) if r.random() < 0.6 else v


def expiry(r, loc):
    m, y = r.randint(1, 12), r.randint(26, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"])


def aba(r, loc):
    b = r.choice(["0", "1", "2"]) + _d(r, 7)
    return b + rtn.calc_check_digit(b)


def routing(r, loc):
    c = loc.split("-")[1]
    if c in ("GB", "IE"):
        return "-".join(_d(r, 2) for _ in range(3))
    if c == "AU":
        return _d(r, 3) + "-" + _d(r, 3)
    if c == "CA":
        return _d(r, 5) + "-" + _d(r, 3)
    if c == "BR":
        return _d(r, 4) + "-" + _d(r, 1)
    if c in ("DE", "AT"):
        return _d(r, 8)
    if c == "ES":
        return _d(r, 4) + " " + _d(r, 4)
    if c in ("FR", "BE"):
        return _d(r, 5) + " " + _d(r, 5)
    return aba(r, loc)


def account(r, loc):
    return _d(r, r.choice([8, 9, 10, 11, 12]))


IBAN_LEN = {
    "ES": 20,
    "FR": 23,
    "DE": 18,
    "PT": 21,
    "GB": None,
    "IE": None,
    "BE": 12,
    "AT": 16,
    "CH": 17,
}


def iban_(r, loc):
    c = loc.split("-")[1]
    if c in ("GB", "IE"):
        bban = "".join(r.choice(U) for _ in range(4)) + _d(r, 14)
    elif c == "FR":
        bban = _d(r, 10) + "".join(r.choice(U + D) for _ in range(11)) + _d(r, 2)
    elif c == "BE":  # stdnum checks the Belgian bank code against its registry: use common ones
        bban = r.choice(["001", "063", "310", "363", "734", "737", "068"]) + _d(r, 9)
    elif c in IBAN_LEN:
        bban = _d(r, IBAN_LEN[c])
    else:
        c, bban = "DE", _d(r, 18)
    # national check digits (ES control digits at 8-9, BE key at the end): find them, then the IBAN's
    pos = {"ES": 8, "BE": 10}.get(c)
    for cd in range(100) if pos is not None else [None]:
        b = bban if cd is None else bban[:pos] + f"{cd:02d}" + bban[pos + 2 :]
        v = c + iban.calc_check_digits(c + "00" + b) + b
        if iban.is_valid(v):
            return iban.format(v)
    raise ValueError("iban")


def bic_(r, loc):
    c = loc.split("-")[1]
    c = {"US": "US", "MX": "MX", "AR": "AR", "CO": "CO"}.get(c, c)
    v = "".join(r.choice(U) for _ in range(4)) + c + r.choice(U) + r.choice(U + D)
    if r.random() < 0.4:
        v += "XXX"
    return v


def email(r, loc):
    first = r.choice(
        [
            "ana",
            "jsmith",
            "marie.dubois",
            "k.mueller",
            "joao.silva",
            "priya",
            "liam.obrien",
            "carlos_r",
            "sophie",
            "tom.h",
            "lucia.fdz",
            "m.rossi",
            "bea",
            "dani.g",
            "fer",
        ]
    )
    n = _d(r, r.choice([0, 0, 2, 4]))
    dom = r.choice(
        [
            "example.com",
            "example.org",
            "mail.example.com",
            "correo.test",
            "post.test",
            "example.net",
        ]
    )
    return f"{first}{n}@{dom}"


PHONE_REGION = {
    "US": "US",
    "GB": "GB",
    "IE": "IE",
    "CA": "CA",
    "AU": "AU",
    "IN": "IN",
    "NZ": "NZ",
    "ES": "ES",
    "MX": "MX",
    "AR": "AR",
    "CO": "CO",
    "FR": "FR",
    "BE": "BE",
    "CH": "CH",
    "DE": "DE",
    "AT": "AT",
    "BR": "BR",
    "PT": "PT",
}
PHONE_START = {
    "US": "2",
    "CA": "4",
    "GB": "7",
    "IE": "8",
    "AU": "4",
    "IN": "9",
    "NZ": "2",
    "ES": "6",
    "MX": "55",
    "AR": "11",
    "CO": "3",
    "FR": "6",
    "BE": "47",
    "CH": "7",
    "DE": "15",
    "AT": "66",
    "BR": "119",
    "PT": "9",
}


def phone(r, loc):
    reg = PHONE_REGION.get(loc.split("-")[1], "US")
    ex = phonenumbers.example_number_for_type(
        reg, phonenumbers.PhoneNumberType.MOBILE
    ) or phonenumbers.example_number(reg)
    nn = str(ex.national_number)
    for _ in range(500):
        s = nn[:2]
        cand = s + _d(r, len(nn) - len(s))
        p = phonenumbers.parse(cand, reg)
        if phonenumbers.is_valid_number(p):
            f = r.choice(
                [
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    phonenumbers.PhoneNumberFormat.NATIONAL,
                    phonenumbers.PhoneNumberFormat.E164,
                ]
            )
            return phonenumbers.format_number(p, f)
    raise ValueError("phone " + reg)


def ssn_(r, loc):
    while True:
        v = f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return r.choice([ssn.format(v), v])


def itin_(r, loc):
    while True:
        v = "9" + _d(r, 2) + str(r.choice([70, 78, 80, 88, 90, 92, 94, 99])) + _d(r, 4)
        if itin.is_valid(v):
            return itin.format(v)


def nino(r, loc):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a, b = r.choice(U), r.choice(U)
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        d = _d(r, 6)
        s = r.choice("ABCD")
        return r.choice([f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def passport(r, loc):
    c = loc.split("-")[1]
    if c in ("US", "GB", "CA", "AU", "NZ", "IE"):
        if c == "CA":
            return "".join(r.choice(U) for _ in range(2)) + _d(r, 6)
        if c == "IE":
            return "".join(r.choice(U) for _ in range(2)) + _d(r, 7)
        if c == "AU":
            return r.choice("NPE") + r.choice(U) + _d(r, 7)
        if c == "NZ":
            return "L" + r.choice(U) + _d(r, 6)
        return _d(r, 9)
    if c == "IN":
        return r.choice("JKLMNPRSTVWZ") + _d(r, 7)
    if c == "ES":
        return "".join(r.choice(U) for _ in range(3)) + _d(r, 6)
    if c in ("FR", "BE", "CH"):
        return _d(r, 2) + "".join(r.choice(U) for _ in range(2)) + _d(r, 5)
    if c in ("DE", "AT"):
        return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ" + "0123456789") for _ in range(8))
    if c == "PT":
        return r.choice(U) + _d(r, 6)
    if c == "BR":
        return "".join(r.choice(U) for _ in range(2)) + _d(r, 6)
    if c in ("MX", "AR", "CO"):
        return r.choice("GNA") + _d(r, 8)
    return _d(r, 9)


def driver(r, loc):
    c = loc.split("-")[1]
    if c == "US":
        return r.choice([r.choice(U) + _d(r, 7), r.choice(U) + _d(r, 12), _d(r, 9)])
    if c == "GB":
        sur = "".join(r.choice(U) for _ in range(5))
        return f"{sur}{_d(r, 6)}{r.choice(U)}{r.choice(U)}9{r.choice(U)}{r.choice(U)}"
    if c == "CA":
        return r.choice(U) + _d(r, 4) + "-" + _d(r, 5) + "-" + _d(r, 5)
    if c == "AU":
        return _d(r, 8)
    if c == "IN":
        return "MH" + _d(r, 2) + " " + "20" + str(r.randint(10, 23)) + _d(r, 7)
    if c == "ES":
        v = f"{r.randint(10000000, 99999999)}"
        return v + dni.calc_check_digit(v)
    if c in ("FR", "BE"):
        return _d(r, 12)
    if c in ("DE", "AT", "CH"):
        return (
            r.choice(U)
            + _d(r, 2)
            + "".join(r.choice(U + D) for _ in range(6))
            + _d(r, 1)
            + r.choice(U)
        )
    if c == "BR":
        return _d(r, 11)
    if c == "PT":
        return r.choice(["L", "P", "C"]) + "-" + _d(r, 7)
    return r.choice(U) + _d(r, 8)


def ip(r, loc):
    net = r.choice(
        ["192.0.2", "198.51.100", "203.0.113", "10.%d.%d" % (r.randint(0, 255), r.randint(0, 255))]
    )
    return f"{net}.{r.randint(1, 254)}"


def mac(r, loc):
    first = r.choice([0x02, 0x06, 0x0A, 0x0E, 0x12, 0x1A, 0x22, 0x3E])
    b = [first] + [r.randint(0, 255) for _ in range(5)]
    sep = r.choice([":", "-"])
    return sep.join(f"{x:02X}" for x in b) if r.random() < 0.5 else sep.join(f"{x:02x}" for x in b)


def akid(r, loc):
    return r.choice(["AKIA", "ASIA"]) + "".join(r.choice(U + "234567") for _ in range(16))


def ask(r, loc):
    a = string.ascii_letters + D + "+/"
    return "".join(r.choice(a) for _ in range(40))


def pin(r, loc):
    return _d(r, r.choice([4, 4, 4, 6]))


def cvv(r, loc):
    return _d(r, 3)


def password(r, loc):
    w = r.choice(
        [
            "Sunset",
            "gatito",
            "Bayern",
            "Lisboa",
            "mariposa",
            "Blue",
            "tiger",
            "Soleil",
            "Sommer",
            "saudade",
        ]
    )
    return (
        w
        + r.choice(["!", "#", "_", "", "$"])
        + _d(r, r.choice([2, 3, 4]))
        + r.choice(["", "!", "x"])
    )


def dni_(r, loc):
    v = f"{r.randint(10000000, 99999999)}"
    return r.choice([v + dni.calc_check_digit(v), v + "-" + dni.calc_check_digit(v)])


def nie_(r, loc):
    p = r.choice("XYZ")
    b = _d(r, 7)
    return p + b + nie.calc_check_digit(p + b)


def curp_(r, loc):
    while True:
        name = "".join(
            r.choice("BCDFGJLMNPRSTV") + r.choice("AEIOU") + r.choice("BCDFGLMNPRSTZ") + r.choice(U)
            for _ in range(1)
        )
        name = name[0] + name[1] + name[2] + name[3]
        dt = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        st = r.choice(["DF", "JC", "NL", "PL", "MC", "GT", "VZ"])
        cons = "".join(r.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3))
        base = name + dt + r.choice("HM") + st + cons + "0"
        try:
            v = base + curp.calc_check_digit(base + "0")
        except Exception:
            continue
        if curp.is_valid(v):
            return v


def rfc_(r, loc):
    while True:
        name = "".join(
            r.choice("BCDFGJLMNPRSTV") + r.choice("AEIOU") + r.choice("BCDFGLMNPRSTZ") + r.choice(U)
            for _ in range(1)
        )
        dt = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        base = name + dt + r.choice(U + D) + r.choice(U + D)
        try:
            v = base + rfc.calc_check_digit(base + "0")
        except Exception:
            continue
        if rfc.is_valid(v):
            return v


def clabe_valid(v: str) -> bool:
    if len(v) != 18 or not v.isdigit():
        return False
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(v[:17]))
    return (10 - s % 10) % 10 == int(v[17])


def clabe(r, loc):
    b = r.choice(["002", "012", "014", "021", "072", "127"]) + _d(r, 14)
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(b))
    v = b + str((10 - s % 10) % 10)
    return v if r.random() < 0.6 else f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}"


def cpf_(r, loc):
    while True:
        b = _d(r, 9)
        for cd in range(100):
            v = b + f"{cd:02d}"
            if cpf.is_valid(v):
                return cpf.format(v) if r.random() < 0.7 else v


def cnpj_(r, loc):
    b = _d(r, 8) + "0001"
    v = b + cnpj.calc_check_digits(b)
    return cnpj.format(v) if r.random() < 0.7 else v


def nir_(r, loc):
    while True:
        b = (
            r.choice("12")
            + f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}"
            + f"{r.randint(1, 95):02d}"
            + _d(r, 3)
            + _d(r, 3)
        )
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            return nir.format(v) if r.random() < 0.6 else v


def stid(r, loc):
    while True:
        b = str(r.randint(1, 9)) + _d(r, 9)
        for c in D:
            if idnr.is_valid(b + c):
                v = b + c
                return idnr.format(v) if r.random() < 0.5 else v


def nif_(r, loc):
    b = r.choice("12") + _d(r, 7)
    v = b + nif.calc_check_digit(b)
    return v if r.random() < 0.8 else f"{v[:3]} {v[3:6]} {v[6:]}"


GEN = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "PASSWORD": password,
    "BANK_ACCOUNT_NUMBER": account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban_,
    "SWIFT_CODE": bic_,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": ssn_,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "AWS_ACCESS_KEY": akid,
    "AWS_SECRET_KEY": ask,
    "ES_DNI": dni_,
    "ES_NIE": nie_,
    "MX_CURP": curp_,
    "MX_RFC": rfc_,
    "MX_CLABE": clabe,
    "BR_CPF": cpf_,
    "BR_CNPJ": cnpj_,
    "FR_NIR": nir_,
    "DE_TAX_ID": stid,
    "PT_NIF": nif_,
}


def _nino_ok(v):
    import re

    return (
        re.fullmatch(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)
        is not None
    )


def valid(t: str, v: str, loc: str) -> bool:
    """Every drawn value passes this before it is used."""
    import re

    c = re.sub(r"[\s\-./]", "", v)
    reg = PHONE_REGION.get(loc.split("-")[1], "US")
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and len(c) == 16,
        "CREDIT_DEBIT_CVV": lambda: c.isdigit() and len(c) in (3, 4),
        "CREDIT_DEBIT_EXPIRY": lambda: 1 <= int(v[:2]) <= 12,
        "PIN": lambda: c.isdigit() and len(c) in (4, 6),
        "PASSWORD": lambda: len(v) >= 6,
        "BANK_ACCOUNT_NUMBER": lambda: c.isdigit() and 8 <= len(c) <= 12,
        "BANK_ROUTING": lambda: (
            c.isdigit() and (rtn.is_valid(c) if len(c) == 9 else 5 <= len(c) <= 10)
        ),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(v),
        "SWIFT_CODE": lambda: bic.is_valid(v),
        "EMAIL": lambda: (
            re.fullmatch(r"[\w.+-]+@([\w-]+\.)*(example\.(com|org|net)|[\w-]+\.test)", v)
            is not None
        ),
        "PHONE": lambda: phonenumbers.is_valid_number(phonenumbers.parse(v, reg)),
        "SSN": lambda: ssn.is_valid(v),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(v),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: _nino_ok(c),
        "PASSPORT_NUMBER": lambda: c.isalnum() and 7 <= len(c) <= 9,
        "DRIVER_ID": lambda: (
            re.fullmatch(r"[A-Z0-9 \-]{8,18}", v) is not None and any(x.isdigit() for x in v)
        ),
        "IP_ADDRESS": lambda: v.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10.")),
        "MAC_ADDRESS": lambda: int(v[:2], 16) & 2 == 2 and int(v[:2], 16) & 1 == 0,
        "AWS_ACCESS_KEY": lambda: re.fullmatch(r"A[KS]IA[A-Z2-7]{16}", v) is not None,
        "AWS_SECRET_KEY": lambda: len(v) == 40,
        "ES_DNI": lambda: dni.is_valid(v),
        "ES_NIE": lambda: nie.is_valid(v),
        "MX_CURP": lambda: curp.is_valid(v),
        "MX_RFC": lambda: rfc.is_valid(v),
        "MX_CLABE": lambda: clabe_valid(c),
        "BR_CPF": lambda: cpf.is_valid(v),
        "BR_CNPJ": lambda: cnpj.is_valid(v),
        "FR_NIR": lambda: nir.is_valid(v),
        "DE_TAX_ID": lambda: idnr.is_valid(v),
        "PT_NIF": lambda: nif.is_valid(v),
    }
    try:
        return bool(checks[t]())
    except Exception:
        return False


def looks_like_identifier(v: str) -> bool:
    """True if a must_keep value would pass any identifier check (then it is redrawn)."""
    c = "".join(x for x in v if x.isdigit())
    if not c:
        return False
    if 12 <= len(c) <= 19 and luhn.is_valid(c):
        return True
    for m in (ssn, itin, cpf, cnpj, nif, idnr, rtn, nir):
        if m.is_valid(c):
            return True
    if dni.is_valid(v) or clabe_valid(c) or iban.is_valid(v):
        return True
    if (
        len(c) < 9
    ):  # shorter runs are valid somewhere in DE/AT numbering; not a phone a customer gives
        return False
    for reg in sorted(set(PHONE_REGION.values())):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(c, reg)):
                return True
        except Exception:
            pass
    return False
