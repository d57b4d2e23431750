"""Draw synthetic PII values and non-PII look-alikes, and validate them."""

import re
import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.iso7064 import mod_11_10
from stdnum.us import itin, rtn, ssn

D = string.digits
UP = string.ascii_uppercase
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


def digits(r, n):
    return "".join(r.choice(D) for _ in range(n))


def _luhn_complete(body):
    return body + luhn.calc_check_digit(body)


def card(r):
    b = r.choice(BINS)
    n = 15 if b.startswith("37") else 16
    return _luhn_complete(b + digits(r, n - 7))


def clabe_check(v17):
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(v17))
    return str((10 - s % 10) % 10)


def clabe_ok(v):
    return len(v) == 18 and v.isdigit() and clabe_check(v[:17]) == v[17]


def _iban(r, cc, bban_fn):
    while True:
        bban = bban_fn()
        cand = cc + "00" + bban
        check = iban.calc_check_digits(cand)
        v = cc + check + bban
        if iban.is_valid(v):
            return v


def iban_value(r):
    cc = r.choice(["ES", "DE", "FR", "PT", "GB", "BR", "IT", "NL"])
    fmt = {
        "ES": lambda: digits(r, 20),
        "DE": lambda: digits(r, 18),
        "FR": lambda: digits(r, 23),
        "PT": lambda: digits(r, 21),
        "GB": lambda: "".join(r.choice(UP) for _ in range(4)) + digits(r, 14),
        "BR": lambda: digits(r, 23) + r.choice("CP") + "1",
        "IT": lambda: r.choice(UP) + digits(r, 22),
        "NL": lambda: "".join(r.choice(UP) for _ in range(4)) + digits(r, 10),
    }[cc]
    return _iban(r, cc, fmt)


def phone(r):
    while True:
        kind = r.choice(["ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"])
        if kind == "US":
            s = "+1 " + r.choice(["202", "312", "415", "646", "305"]) + " 555 01" + digits(r, 2)
        elif kind == "GB":
            s = "+44 20 7946 0" + digits(r, 3)
        elif kind == "ES":
            s = "+34 6" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3)
        elif kind == "MX":
            s = "+52 55 " + digits(r, 4) + " " + digits(r, 4)
        elif kind == "BR":
            s = "+55 11 9" + digits(r, 4) + "-" + digits(r, 4)
        elif kind == "FR":
            s = "+33 6 " + " ".join(digits(r, 2) for _ in range(4))
        elif kind == "DE":
            s = "+49 151 " + digits(r, 8)
        else:
            s = "+351 91" + digits(r, 1) + " " + digits(r, 3) + " " + digits(r, 3)
        if phone_ok(s):
            return s


def phone_ok(s):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, None))
    except phonenumbers.NumberParseException:
        return False


def _retry(r, fn, ok):
    while True:
        v = fn()
        if ok(v):
            return v


def nino(r):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    return r.choice(first) + r.choice(second) + digits(r, 6) + r.choice("ABCD")


NINO_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
FIRST = [
    "ana",
    "luis",
    "marta",
    "joao",
    "chloe",
    "lukas",
    "sam",
    "rita",
    "pablo",
    "ines",
    "jonas",
    "lea",
]
LAST = [
    "perez",
    "souza",
    "martin",
    "mueller",
    "silva",
    "lopez",
    "dubois",
    "weber",
    "costa",
    "smith",
]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "correo.example"]


def aws_secret(r):
    a = string.ascii_letters + D + "+/"
    return "".join(r.choice(a) for _ in range(40))


def password(r):
    words = ["Sol", "Perro", "Blue", "Hund", "Chat", "Gato", "Lua", "Tigre", "Mango"]
    return (
        r.choice(words) + r.choice(words).lower() + digits(r, r.randint(2, 4)) + r.choice("!#$*?.")
    )


def draw(r, t):
    """Return a synthetic, valid value of entity type t."""
    if t == "CREDIT_DEBIT_NUMBER":
        return card(r)
    if t == "CREDIT_DEBIT_CVV":
        return digits(r, 3)
    if t == "CREDIT_DEBIT_EXPIRY":
        return "%02d/%02d" % (r.randint(1, 12), r.randint(27, 33))
    if t == "PIN":
        return digits(r, r.choice([4, 4, 6]))
    if t == "BANK_ACCOUNT_NUMBER":
        return digits(r, r.randint(8, 12))
    if t == "BANK_ROUTING":
        k = r.choice(["aba", "sort", "blz", "agencia"])
        if k == "aba":
            b = r.choice(["01", "02", "11", "12", "21", "26", "31"]) + digits(r, 6)
            return b + rtn.calc_check_digit(b)
        if k == "sort":
            return "-".join(digits(r, 2) for _ in range(3))
        if k == "blz":
            return str(r.randint(1, 8)) + digits(r, 7)
        return digits(r, 4) + "-" + digits(r, 1)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return iban_value(r)
    if t == "SWIFT_CODE":
        return _retry(
            r,
            lambda: (
                "".join(r.choice(UP) for _ in range(4))
                + r.choice(["ES", "DE", "FR", "PT", "GB", "BR", "MX", "US"])
                + r.choice(UP)
                + r.choice(UP + D)
                + r.choice(["", "XXX", "", "A" + digits(r, 2)])
            ),
            bic.is_valid,
        )
    if t == "EMAIL":
        return (
            r.choice(FIRST)
            + r.choice([".", "_", ""])
            + r.choice(LAST)
            + r.choice(["", digits(r, 2)])
            + "@"
            + r.choice(DOMAINS)
        )
    if t == "PHONE":
        return phone(r)
    if t == "SSN":
        return _retry(
            r, lambda: digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 4), ssn.is_valid
        )
    if t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        return _retry(
            r,
            lambda: (
                "9" + digits(r, 2) + "-" + r.choice(["7", "8"]) + digits(r, 1) + "-" + digits(r, 4)
            ),
            itin.is_valid,
        )
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return _retry(
            r,
            lambda: nino(r),
            lambda v: (
                bool(NINO_RE.match(v)) and v[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
            ),
        )
    if t == "PASSPORT_NUMBER":
        return r.choice(["", "P", "X", "C"]) + r.choice(UP) + digits(r, 7)
    if t == "DRIVER_ID":
        return r.choice(UP) + digits(r, 7) + r.choice(["", digits(r, 4)])
    if t == "PASSWORD":
        return password(r)
    if t == "USERNAME":
        return r.choice(FIRST) + r.choice(["_", ".", ""]) + r.choice(LAST)[:4] + digits(r, 2)
    if t == "IP_ADDRESS":
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if t == "MAC_ADDRESS":
        b = [r.randint(0, 255) for _ in range(6)]
        b[0] = (b[0] | 2) & 0xFE
        return ":".join("%02X" % x for x in b)
    if t == "AWS_ACCESS_KEY":
        return "AKIA" + "".join(r.choice(UP + "234567") for _ in range(16))
    if t == "AWS_SECRET_KEY":
        return aws_secret(r)
    if t == "ES_DNI":
        n = digits(r, 8)
        return n + dni.calc_check_digit(n)
    if t == "ES_NIE":
        n = r.choice("XYZ") + digits(r, 7)
        return n + nie.calc_check_digit(n)
    if t == "MX_CURP":

        def c():
            b = (
                "".join(r.choice(UP) for _ in range(4))
                + "%02d%02d%02d" % (r.randint(60, 99), r.randint(1, 12), r.randint(1, 28))
                + r.choice("HM")
                + r.choice(["DF", "JC", "NL", "PL", "MC"])
                + "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
                + r.choice(D)
            )
            return b + curp.calc_check_digit(b)

        return _retry(r, c, curp.is_valid)
    if t == "MX_RFC":

        def f():
            b = (
                "".join(r.choice(UP) for _ in range(4))
                + "%02d%02d%02d" % (r.randint(60, 99), r.randint(1, 12), r.randint(1, 28))
                + "".join(r.choice(UP + D) for _ in range(2))
            )
            return b + rfc.calc_check_digit(b)

        return _retry(r, f, rfc.is_valid)
    if t == "MX_CLABE":
        b = r.choice(["002", "012", "014", "021", "072"]) + digits(r, 14)
        return b + clabe_check(b)
    if t == "BR_CPF":
        b = digits(r, 9)
        return cpf.format(b + cpf._calc_check_digits(b))
    if t == "BR_CNPJ":
        b = digits(r, 8) + "0001"
        return cnpj.format(b + cnpj.calc_check_digits(b))
    if t == "FR_NIR":

        def f():
            b = (
                r.choice("12")
                + "%02d%02d" % (r.randint(60, 99), r.randint(1, 12))
                + "%02d" % r.randint(1, 95)
                + digits(r, 6)
            )
            return b + nir.calc_check_digits(b)

        return _retry(r, f, nir.is_valid)
    if t == "DE_TAX_ID":

        def f():
            b = str(r.randint(1, 9)) + digits(r, 9)
            return b + mod_11_10.calc_check_digit(b)

        return _retry(r, f, idnr.is_valid)
    if t == "PT_NIF":
        b = r.choice("123") + digits(r, 7)
        return b + nif.calc_check_digit(b)
    raise KeyError(t)


def valid(t, v):
    """Check digits / shape of a drawn value."""
    c = re.sub(r"[\s\-./]", "", v)
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(v),
        "PHONE": lambda: phone_ok(v),
        "SSN": lambda: ssn.is_valid(v),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(v),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: bool(NINO_RE.match(v)),
        "ES_DNI": lambda: dni.is_valid(v),
        "ES_NIE": lambda: nie.is_valid(v),
        "MX_CURP": lambda: curp.is_valid(v),
        "MX_RFC": lambda: rfc.is_valid(v),
        "MX_CLABE": lambda: clabe_ok(v),
        "BR_CPF": lambda: cpf.is_valid(v),
        "BR_CNPJ": lambda: cnpj.is_valid(v),
        "FR_NIR": lambda: nir.is_valid(v),
        "DE_TAX_ID": lambda: idnr.is_valid(v),
        "PT_NIF": lambda: nif.is_valid(v),
        "EMAIL": lambda: re.match(r"^[\w.]+@[\w.]+$", v) is not None,
    }
    if t == "BANK_ROUTING" and len(c) == 9:
        return rtn.is_valid(c)
    return checks.get(t, lambda: True)()


def passes_any_checksum(v):
    """True if a digit string looks like valid PII under any check we know."""
    tests = [
        luhn.is_valid,
        rtn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        nir.is_valid,
        idnr.is_valid,
        clabe_ok,
        ssn.is_valid,
    ]
    for f in tests:
        try:
            if f(v):
                return True
        except Exception:
            pass
    for reg in ("ES", "MX", "BR", "FR", "DE", "PT", "US", "GB"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def keep(r, kind):
    """Draw a non-PII number a redactor must leave visible."""
    up = lambda n: "".join(r.choice(UP) for _ in range(n))
    m = {
        "order_number": lambda: "#" + digits(r, 7),
        "tracking_number": lambda: up(2) + digits(r, 9) + r.choice(["BR", "ES", "DE", "FR", "PT"]),
        "postal_code": lambda: r.choice(
            [
                digits(r, 5),
                digits(r, 5) + "-" + digits(r, 4),
                digits(r, 5) + "-" + digits(r, 3),
                digits(r, 4) + "-" + digits(r, 3),
            ]
        ),
        "date": lambda: (
            "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2026))
        ),
        "time": lambda: "%02d:%02d" % (r.randint(7, 22), r.choice([0, 15, 30, 45])),
        "price": lambda: (
            r.choice(["$", "€", "R$ ", ""]) + str(r.randint(5, 900)) + r.choice([",99", ".50", ""])
        ),
        "quantity": lambda: str(r.randint(2, 12)),
        "percentage": lambda: str(r.randint(5, 80)) + "%",
        "product_model": lambda: (
            r.choice(["Galaxy A", "iPhone ", "Moto G", "Redmi Note ", "FritzBox "])
            + str(r.randint(7, 75))
        ),
        "version": lambda: "%d.%d.%d" % (r.randint(1, 17), r.randint(0, 9), r.randint(0, 30)),
        "invoice_number": lambda: "FAC-" + str(r.randint(2024, 2026)) + "-" + digits(r, 5),
        "ticket_number": lambda: "TK" + digits(r, 6),
        "booking_reference": lambda: up(3) + digits(r, 1) + up(2),
        "policy_number": lambda: "POL-" + digits(r, 8),
        "flight_number": lambda: (
            r.choice(["IB", "LH", "AF", "TP", "LA", "AM"]) + " " + str(r.randint(100, 9999))
        ),
        "room_number": lambda: str(r.randint(101, 940)),
        "error_code": lambda: r.choice(["E", "ERR-", "0x"]) + digits(r, 3),
        "data_size": lambda: str(r.choice([5, 10, 20, 50, 100])) + r.choice(["GB", " GB", "MB"]),
        "year": lambda: str(r.randint(2015, 2026)),
        "count": lambda: str(r.randint(2, 30)),
        "meter_reading": lambda: digits(r, 5) + r.choice([" kWh", " m3", ""]),
        "store_number": lambda: str(r.randint(10, 999)),
        "contract_number": lambda: "CT" + digits(r, 7),
    }
    if kind == "lookalike_number":
        while True:
            v = digits(r, r.randint(4, 11))
            if v[0] != "0" and not passes_any_checksum(v):
                return v
    return m[kind]()


KEEP_KINDS = [
    "order_number",
    "tracking_number",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "percentage",
    "product_model",
    "version",
    "invoice_number",
    "ticket_number",
    "booking_reference",
    "policy_number",
    "flight_number",
    "room_number",
    "error_code",
    "data_size",
    "year",
    "count",
    "meter_reading",
    "store_number",
    "contract_number",
    "lookalike_number",
]
