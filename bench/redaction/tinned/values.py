"""Draw synthetic PII and must_keep values from a seeded random.Random, and validate them."""

import string

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10
from stdnum.es import ccc, dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

D = string.digits
UP = string.ascii_uppercase


def digs(r, n):
    return "".join(r.choice(D) for _ in range(n))


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


def card(r):
    b = r.choice(BINS)
    n = 15 if b.startswith("37") else 16
    body = b + digs(r, n - len(b) - 1)
    return body + luhn.calc_check_digit(body)


def clabe_check(s17):
    w = [3, 7, 1] * 6
    return str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(s17)) % 10) % 10)


def clabe_ok(s):
    return len(s) == 18 and s.isdigit() and clabe_check(s[:17]) == s[17]


def iban_make(r):
    cc = r.choice(["ES", "DE", "FR", "PT", "GB", "BR", "NL", "BE", "IT", "AT"])
    if cc == "ES":
        b, o = digs(r, 4), digs(r, 4)
        acc = digs(r, 10)
        bban = b + o + ccc.calc_check_digits(b + o + "00" + acc) + acc
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digs(r, 14)
    elif cc == "BR":
        bban = digs(r, 23) + r.choice("CP") + r.choice("12")
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + digs(r, 10)
    elif cc == "IT":
        bban = r.choice(UP) + digs(r, 22)
    else:
        bban = digs(r, {"DE": 18, "FR": 23, "PT": 21, "BE": 12, "AT": 16}[cc])
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return cc + "%02d" % (98 - num % 97) + bban


def phone(r, lang):
    # national-format strings; validated with phonenumbers in the region
    while True:
        kind = r.choice(
            {
                "en": ["US", "GB", "US"],
                "es": ["ES", "MX", "US"],
                "fr": ["FR", "FR", "BE"],
                "de": ["DE", "DE", "AT"],
                "pt": ["BR", "PT", "BR"],
            }[lang]
        )
        if kind == "US":
            s = "+1 %s 555 01%s" % (
                r.choice(["201", "212", "305", "415", "617", "713"]),
                digs(r, 2),
            )
        elif kind == "GB":
            s = r.choice(
                [
                    "+44 20 7946 0%s" % digs(r, 3),
                    "+44 113 496 0%s" % digs(r, 3),
                    "+44 161 496 0%s" % digs(r, 3),
                ]
            )
        elif kind == "ES":
            s = "+34 6%s %s %s" % (digs(r, 2), digs(r, 3), digs(r, 3))
        elif kind == "MX":
            s = "+52 55 %s %s" % (digs(r, 4), digs(r, 4))
        elif kind == "FR":
            s = "+33 6 %s %s %s %s" % tuple(digs(r, 2) for _ in range(4))
        elif kind == "BE":
            s = "+32 47%s %s %s" % (digs(r, 1), digs(r, 2), digs(r, 2) + digs(r, 2))
        elif kind == "DE":
            s = "+49 151 %s" % digs(r, 8)
        elif kind == "AT":
            s = "+43 664 %s" % digs(r, 7)
        elif kind == "BR":
            s = "+55 11 9%s-%s" % (digs(r, 4), digs(r, 4))
        else:
            s = "+351 91%s %s %s" % (digs(r, 1), digs(r, 3), digs(r, 3))
        if phonenumbers.is_valid_number(phonenumbers.parse(s)):
            if r.random() < 0.35:  # national format sometimes
                p = phonenumbers.parse(s)
                s = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
            return s


def nino(r):
    bad1, bad2 = "DFIQUV", "DFIQUVO"
    while True:
        p = r.choice([c for c in UP if c not in bad1]) + r.choice([c for c in UP if c not in bad2])
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + digs(r, 6) + r.choice("ABCD")


def nino_ok(s):
    s = s.replace(" ", "")
    return (
        len(s) == 9
        and s[0] not in "DFIQUV"
        and s[1] not in "DFIQUVO"
        and s[2:8].isdigit()
        and s[8] in "ABCD"
    )


def pw(r):
    words = ["Sol", "gato", "Luna", "river", "Tiger", "blau", "casa", "mar", "Fuchs", "pomme"]
    return (
        r.choice(words)
        + r.choice(["!", "#", "*", "_", "$", "."])
        + digs(r, r.randint(2, 4))
        + r.choice(["", "?", "Xx", "k"])
    )


def draw(r, t, lang):
    if t == "CREDIT_DEBIT_NUMBER":
        return card(r)
    if t == "CREDIT_DEBIT_CVV":
        return digs(r, r.choice([3, 3, 4]))
    if t == "CREDIT_DEBIT_EXPIRY":
        return "%02d/%02d" % (r.randint(1, 12), r.randint(26, 33))
    if t == "PIN":
        return digs(r, r.choice([4, 4, 6]))
    if t == "BANK_ACCOUNT_NUMBER":
        while True:
            s = digs(r, r.randint(8, 12))
            if not luhn.is_valid(s):
                return s
    if t == "BANK_ROUTING":
        k = r.choice(
            {"en": ["aba", "sort"], "es": ["aba"], "fr": ["aba"], "de": ["blz"], "pt": ["ag"]}[lang]
        )
        if k == "aba":
            s = r.choice(["0", "1", "2", "3"]) + digs(r, 7)
            return s + rtn.calc_check_digit(s)
        if k == "sort":
            return "%s-%s-%s" % (digs(r, 2), digs(r, 2), digs(r, 2))
        if k == "blz":
            return r.choice("1234567") + digs(r, 7)
        return digs(r, 4)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        while True:
            s = iban_make(r)
            if iban.is_valid(s):
                return iban.format(s) if r.random() < 0.5 else s
    if t == "SWIFT_CODE":
        return (
            r.choice(["DEUT", "BSCH", "BNPA", "COBA", "CAIX", "BARC", "ITAU", "BCOM"])
            + r.choice(["DE", "ES", "FR", "GB", "BR", "PT", "MX"])
            + r.choice(["FF", "MM", "PP", "2L", "SP"])
            + r.choice(["", "", "XXX", "BCN"])
        )
    if t == "EMAIL":
        first = r.choice(
            ["ana", "joao", "marie", "lukas", "sam", "carla", "pierre", "jonas", "lucia", "mike"]
        )
        last = r.choice(
            [
                "lopez",
                "silva",
                "dubois",
                "weber",
                "smith",
                "garcia",
                "martin",
                "koch",
                "costa",
                "reyes",
            ]
        )
        local = r.choice(
            [
                first + "." + last,
                first + last + digs(r, 2),
                first[0] + last,
                first + "_" + last + digs(r, 3),
            ]
        )
        return (
            local
            + "@"
            + r.choice(
                [
                    "example.com",
                    "example.org",
                    "example.net",
                    "mail.example.com",
                    "correo.example.es",
                ]
            )
        )
    if t == "PHONE":
        return phone(r, lang)
    if t == "SSN":
        while True:
            s = "%s-%s-%s" % (digs(r, 3), digs(r, 2), digs(r, 4))
            if ssn.is_valid(s):
                return s
    if t == "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER":
        while True:
            s = "9%s-%s-%s" % (
                digs(r, 2),
                r.choice(["70", "71", "78", "80", "88", "90", "94", "99"]),
                digs(r, 4),
            )
            if itin.is_valid(s):
                return s
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return nino(r)
    if t == "PASSPORT_NUMBER":
        return r.choice(
            [
                r.choice(UP) + r.choice(UP) + digs(r, 7),
                digs(r, 2) + r.choice(UP) + r.choice(UP) + digs(r, 5),
                r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ" + D) for _ in range(8)),
                "P" + r.choice(UP) + digs(r, 6),
            ]
        )
    if t == "DRIVER_ID":
        return r.choice(
            [
                r.choice(UP) + digs(r, 3) + "-" + digs(r, 4) + "-" + digs(r, 4),
                "".join(r.choice(UP) for _ in range(5))
                + digs(r, 6)
                + r.choice(UP)
                + r.choice(UP)
                + digs(r, 1)
                + r.choice(UP)
                + r.choice(UP),
                r.choice(UP) + digs(r, 8),
                digs(r, 12),
            ]
        )
    if t == "PASSWORD":
        return pw(r)
    if t == "USERNAME":
        return (
            r.choice(["lucky", "marta", "bigjoe", "nina", "tom", "kiki", "dragon", "sunny"])
            + r.choice(["_", ".", ""])
            + digs(r, r.randint(2, 4))
        )
    if t == "IP_ADDRESS":
        return r.choice(
            [
                "203.0.113.%d" % r.randint(1, 254),
                "198.51.100.%d" % r.randint(1, 254),
                "192.168.%d.%d" % (r.randint(0, 9), r.randint(2, 254)),
                "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                "2001:db8::%x" % r.randint(16, 65535),
            ]
        )
    if t == "MAC_ADDRESS":
        sep = r.choice([":", "-"])
        return sep.join("%02X" % r.randint(0, 255) for _ in range(6))
    if t == "AWS_ACCESS_KEY":
        return "AKIA" + "".join(r.choice(UP + "234567") for _ in range(16))
    if t == "AWS_SECRET_KEY":
        return "".join(r.choice(string.ascii_letters + D + "/+") for _ in range(40))
    if t == "ES_DNI":
        s = digs(r, 8)
        return s + dni.calc_check_digit(s)
    if t == "ES_NIE":
        s = r.choice("XYZ") + digs(r, 7)
        return s + nie.calc_check_digit(s)
    if t == "MX_CURP":
        while True:
            s = (
                r.choice("BCDGHLMPRS")
                + r.choice("AEIOU")
                + r.choice(UP)
                + r.choice(UP)
                + "%02d%02d%02d" % (r.randint(50, 99), r.randint(1, 12), r.randint(1, 28))
                + r.choice("HM")
                + r.choice(["DF", "JC", "NL", "PL", "VZ", "MC"])
                + "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
                + r.choice("0" + UP[:5])
            )
            s = s + curp.calc_check_digit(s + "0")
            if curp.is_valid(s):
                return s
    if t == "MX_RFC":
        while True:
            s = (
                r.choice("BCDGHLMPRS")
                + r.choice("AEIOU")
                + r.choice(UP)
                + r.choice(UP)
                + "%02d%02d%02d" % (r.randint(50, 99), r.randint(1, 12), r.randint(1, 28))
                + r.choice(UP)
                + r.choice(UP + D)
            )
            s = s + rfc.calc_check_digit(s + "0")
            if rfc.is_valid(s):
                return s
    if t == "MX_CLABE":
        s = r.choice(["002", "012", "014", "021", "072"]) + digs(r, 14)
        return s + clabe_check(s)
    if t == "BR_CPF":
        s = digs(r, 9)
        s = s + cpf._calc_check_digits(s)
        return cpf.format(s) if r.random() < 0.6 else s
    if t == "BR_CNPJ":
        s = digs(r, 8) + "0001"
        s = s + cnpj.calc_check_digits(s)
        return cnpj.format(s) if r.random() < 0.6 else s
    if t == "FR_NIR":
        while True:
            s = (
                r.choice("12")
                + "%02d%02d" % (r.randint(50, 99), r.randint(1, 12))
                + "%02d" % r.randint(1, 95)
                + digs(r, 6)
            )
            s = s + nir.calc_check_digits(s)
            if nir.is_valid(s):
                return nir.format(s) if r.random() < 0.5 else s
    if t == "DE_TAX_ID":
        while True:
            s = r.choice("123456789") + digs(r, 9)
            s = s + mod_11_10.calc_check_digit(s)
            if idnr.is_valid(s):
                return s
    if t == "PT_NIF":
        s = r.choice("12356") + digs(r, 7)
        return s + nif.calc_check_digit(s)
    raise KeyError(t)


def compact(v):
    return "".join(c for c in v if c.isalnum())


def valid(t, v):
    """Check digits / shape of a canonical value."""
    c = compact(v)
    return {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: nino_ok(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: clabe_ok(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "PHONE": lambda: any(
            phonenumbers.is_valid_number(phonenumbers.parse(v, reg))
            for reg in ["US", "GB", "ES", "MX", "FR", "BE", "DE", "AT", "BR", "PT"]
        ),
        "BANK_ROUTING": lambda: len(c) != 9 or rtn.is_valid(c),
    }.get(t, lambda: True)()


def passes_any_checksum(s):
    """True if an all-digit string could be read as a valid PII value."""
    if luhn.is_valid(s) and len(s) >= 8:
        return True
    for m in (rtn, cpf, cnpj, nif, nir, idnr, ssn):
        try:
            if m.is_valid(s):
                return True
        except Exception:
            pass
    if clabe_ok(s):
        return True
    for reg in ["US", "GB", "ES", "MX", "FR", "DE", "PT", "BR"]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                return True
        except Exception:
            pass
    return False


def nodigit_id(r, n):
    if n == 9:  # nine digits nearly always pass the SSN shape
        n = r.choice([8, 10])
    while True:
        s = digs(r, n)
        if s[0] != "0" and not passes_any_checksum(s) and not luhn.is_valid(s):
            return s


def must_keep(r, kind, lang):
    eu = lang != "en"
    cur = {
        "en": ["$", "£"],
        "es": ["€", "$", "MXN "],
        "fr": ["€", "$CA "],
        "de": ["€", "CHF "],
        "pt": ["R$ ", "€"],
    }[lang]
    if kind == "order_number":
        return r.choice(["#", "", "ORD-", "PED-"]) + nodigit_id(r, r.randint(6, 10))
    if kind == "tracking_number":
        return (
            r.choice(["1Z", "LX", "JJD", "CP", "RR"])
            + nodigit_id(r, 10)
            + r.choice(["", "DE", "BR", "PT"])
        )
    if kind == "postal_code":
        return r.choice(
            {
                "en": [
                    "%05d-%04d" % (r.randint(10000, 99999), r.randint(1, 9999)),
                    "%05d" % r.randint(10000, 99999),
                    "SW1A %dAA" % r.randint(1, 9),
                ],
                "es": ["%05d" % r.randint(1000, 52999)],
                "fr": [
                    "%05d" % r.randint(1000, 95999),
                    "H%dA %dB%d" % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 9)),
                ],
                "de": ["%05d" % r.randint(10000, 99999), "%04d" % r.randint(1000, 9999)],
                "pt": [
                    "%05d-%03d" % (r.randint(10000, 99999), r.randint(0, 999)),
                    "%04d-%03d" % (r.randint(1000, 9999), r.randint(0, 999)),
                ],
            }[lang]
        )
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
        return (
            r.choice(
                [
                    "%02d/%02d/%d" % (d, m, y),
                    "%d/%d" % (d, m),
                    "%d.%d.%d" % (d, m, y),
                    "%d-%02d-%02d" % (y, m, d),
                ]
            )
            if eu
            else r.choice(["%d/%d/%d" % (m, d, y), "%d/%d" % (m, d), "%d-%02d-%02d" % (y, m, d)])
        )
    if kind == "time":
        return r.choice(
            [
                "%d:%02d" % (r.randint(7, 20), r.choice([0, 15, 30, 45])),
                "%dh" % r.randint(8, 19),
                "%dpm" % r.randint(1, 9),
                "%d:%02dh" % (r.randint(7, 20), r.choice([0, 30])),
            ]
        )
    if kind == "price":
        a = "%d%s%02d" % (r.randint(3, 499), "," if eu else ".", r.randint(0, 99))
        c = r.choice(cur)
        return c + a if r.random() < 0.5 or c.strip() != "€" else a + " €"
    if kind in ("quantity", "count"):
        return str(r.randint(2, 40))
    if kind == "percentage":
        return "%d%%" % r.choice([5, 10, 15, 20, 25, 30, 50])
    if kind == "product_model":
        return r.choice(["TP-AX", "FRITZ!Box ", "HG", "XR", "Livebox ", "Vivo-"]) + str(
            r.randint(3, 7599)
        )
    if kind == "version":
        return "%d.%d.%d" % (r.randint(1, 14), r.randint(0, 30), r.randint(0, 99))
    if kind == "invoice_number":
        return r.choice(["INV-", "FAC-", "F", "RE-", "NF "]) + "%d-%s" % (
            r.choice([2025, 2026]),
            nodigit_id(r, 5),
        )
    if kind == "ticket_number":
        return r.choice(["#", "TCK-", "CS", ""]) + nodigit_id(r, r.randint(5, 9))
    if kind == "booking_reference":
        return "".join(r.choice(UP) for _ in range(3)) + str(r.randint(100, 999))
    if kind == "policy_number":
        return r.choice(["POL-", "AP-", "VS "]) + nodigit_id(r, 8)
    if kind == "contract_number":
        return r.choice(["CT-", "VN ", ""]) + nodigit_id(r, 7)
    if kind == "flight_number":
        return r.choice(["IB", "LH", "AF", "TP", "LA", "BA", "AM", "UA"]) + str(
            r.randint(100, 9999)
        )
    if kind in ("store_number", "room_number", "seat_number"):
        return {
            "store_number": str(r.randint(10, 999)),
            "room_number": str(r.randint(101, 1420)),
            "seat_number": "%d%s" % (r.randint(1, 40), r.choice("ABCDEF")),
        }[kind]
    if kind == "error_code":
        return r.choice(
            [
                "E%d" % r.randint(10, 999),
                "0x%08X" % r.randint(0, 2**32 - 1),
                "ERR_%d" % r.randint(100, 599),
                str(r.choice([404, 500, 503, 403])),
            ]
        )
    if kind == "data_size":
        return r.choice(
            [
                "%d GB" % r.randint(1, 120),
                "%dMB" % r.randint(50, 900),
                "%d,%d GB" % (r.randint(1, 50), r.randint(1, 9)),
            ]
        )
    if kind == "year":
        return str(r.randint(1998, 2024))
    if kind == "meter_reading":
        return nodigit_id(r, r.randint(5, 7)) + r.choice([" kWh", " m3", ""])
    if kind == "plate_number":
        return r.choice(
            [
                "%d %s"
                % (
                    r.randint(1000, 9999),
                    "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)),
                ),
                "B-%s %d" % ("".join(r.choice(UP) for _ in range(2)), r.randint(10, 9999)),
                "ABC%d%s%d" % (r.randint(1, 9), r.choice(UP), r.randint(10, 99)),
            ]
        )
    if kind == "reference_number":
        return nodigit_id(r, r.randint(4, 11))
    raise KeyError(kind)
