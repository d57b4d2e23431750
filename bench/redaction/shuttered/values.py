"""Draw and validate synthetic PII values and must_keep hard negatives (sc14 corpus)."""

import random
import string

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

UP = string.ascii_uppercase
REGIONS = ["US", "GB", "IE", "CA", "AU", "IN", "NZ", "ZA", "ES", "MX", "AR", "CO", "CL"]
REGIONS += ["FR", "BE", "CH", "DE", "AT", "BR", "PT", "AO"]


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def country(locale: str) -> str:
    return locale.split("-")[1]


# ---------------------------------------------------------------- validators
def clabe_check(d17: str) -> str:
    w = [3, 7, 1] * 6
    return str((10 - sum(int(c) * w[i] % 10 for i, c in enumerate(d17)) % 10) % 10)


def clabe_valid(s: str) -> bool:
    return len(s) == 18 and s.isdigit() and clabe_check(s[:17]) == s[17]


def phone_valid_any(d: str) -> bool:
    for reg in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def passes_identifier(value: str) -> bool:
    """True when the digits of a must_keep value would pass an identifier check."""
    d = "".join(c for c in value if c.isdigit())
    if len(d) >= 12 and len(d) <= 19 and luhn.is_valid(d):
        return True
    checks = [ssn, cpf, cnpj, nif, idnr, rtn, nir, itin]
    if any(m.is_valid(d) for m in checks if len(d) >= 9):
        return True
    if len(d) >= 8 and (dni.is_valid(d[:8] + "A") or dni.is_valid(value)):
        return True
    if clabe_valid(d) or std_iban.is_valid(value):
        return True
    return len(d) >= 9 and phone_valid_any(d)


# ---------------------------------------------------------------- PII draws
# Each draw returns the list of groups of the canonical value and the plain rendering.
CARD_BINS = [
    ("411111", 16),
    ("400005", 16),
    ("555555", 16),
    ("510510", 16),
    ("378282", 15),
    ("601100", 16),
]


def card(r, loc):
    bin_, n = r.choice(CARD_BINS)
    body = bin_ + digits(r, n - 7)
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    g = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    return g, " ".join(g) if r.random() < 0.5 else num


def cvv(r, loc):
    v = digits(r, r.choice([3, 3, 3, 4]))
    return [v], v


def expiry(r, loc):
    m, y = r.randint(1, 12), r.randint(26, 33)
    fmt = r.choice(["{m:02d}/{y}", "{m:02d}/{y}", "{m:02d}/20{y}", "{m:02d}-{y}", "{m}/{y}"])
    return [f"{m:02d}", f"{y}"], fmt.format(m=m, y=y)


def pin(r, loc):
    v = digits(r, r.choice([4, 4, 4, 6]))
    return [v[:2], v[2:]], v


def account(r, loc):
    v = digits(r, r.choice([8, 10, 11, 12]))
    return [v[i : i + 4] for i in range(0, len(v), 4)], v


def routing(r, loc):
    c = country(loc)
    if c == "US" or loc == "es-US":
        while True:
            b = digits(r, 8)
            v = b + str(rtn.calc_check_digit(b))
            if rtn.is_valid(v) and v[0] in "0123":
                return [v[:3], v[3:6], v[6:]], v
    if c in ("GB", "IE"):
        g = [digits(r, 2) for _ in range(3)]
        return g, "-".join(g)
    if c in ("DE",):
        g = [digits(r, 3), digits(r, 3), digits(r, 2)]
        return g, " ".join(g)
    if c == "AT" or c == "CH":
        v = digits(r, 5)
        return [v[:2], v[2:]], v
    if c == "BR":
        v = digits(r, 4)
        return [v[:2], v[2:]], v + "-" + digits(r, 1) if r.random() < 0.4 else v
    if c == "AU":
        g = [digits(r, 3), digits(r, 3)]
        return g, "-".join(g)
    if c == "CA":
        g = [digits(r, 5), "0" + digits(r, 2)]
        return g, "-".join(g)
    if c == "IN":
        v = r.choice(["SBIN", "HDFC", "ICIC"]) + "0" + digits(r, 6)
        return [v[:4], v[4:]], v
    if c in ("FR", "BE"):
        g = [digits(r, 5), digits(r, 5)]
        return g, " ".join(g)
    if c == "ES":
        g = [digits(r, 4), digits(r, 4)]
        return g, " ".join(g)
    v = digits(r, 6)
    return [v[:3], v[3:]], v


IBAN_FMT = {
    "DE": "n18",
    "ES": "n20",
    "FR": "n23",
    "PT": "n21",
    "GB": "a4n14",
    "BE": "n12",
    "IT": "a1n22",
    "NL": "a4n10",
    "AT": "n16",
    "CH": "n17",
    "BR": "n23a1c1",
    "IE": "a4n14",
    "MX": "n18",
}
IBAN_BY_LANG = {
    "en": ["GB", "IE", "DE", "NL"],
    "es": ["ES", "ES", "ES", "IT"],
    "fr": ["FR", "FR", "BE", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "pt": ["PT", "PT", "BR", "BR"],
}


def _bban(r, fmt):
    out, i = "", 0
    while i < len(fmt):
        k, j = fmt[i], i + 1
        while j < len(fmt) and fmt[j].isdigit():
            j += 1
        n = int(fmt[i + 1 : j])
        pool = {"n": string.digits, "a": UP, "c": UP + string.digits}[k]
        out += "".join(r.choice(pool) for _ in range(n))
        i = j
    return out


def iban_for(r, cc):
    fmt = "a4n14" if cc == "GB" or cc == "IE" else IBAN_FMT[cc]
    for _ in range(100000):
        b = _bban(r, fmt)
        if cc in ("GB", "IE"):
            b = r.choice(["NWBK", "MIDL", "BOFI", "AIBK", "BARC"]) + b[4:]
        chk = std_iban.calc_check_digits(cc + "00" + b)
        v = cc + chk + b
        if std_iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def iban(r, loc):
    lang, c = loc.split("-")
    cc = c if c in IBAN_FMT and c != "MX" else r.choice(IBAN_BY_LANG[lang])
    v = iban_for(r, cc)
    g = [v[i : i + 4] for i in range(0, len(v), 4)]
    return g, " ".join(g) if r.random() < 0.6 else v


def swift(r, loc):
    c = country(loc)
    c = {"AO": "AO", "US": "US"}.get(c, c)
    v = "".join(r.choice(UP) for _ in range(4)) + c + r.choice(UP) + r.choice(UP + "2")
    if r.random() < 0.4:
        v += r.choice(["XXX", "001", "MAD", "LIS", "PAR", "FFM"])
    return [v[:4], v[4:6], v[6:]], v


FIRST = [
    "ana",
    "jose",
    "maria",
    "luis",
    "mike",
    "sarah",
    "priya",
    "chloe",
    "lukas",
    "joao",
    "ines",
    "tom",
    "kev",
    "fernanda",
    "camille",
    "jurgen",
    "aoife",
    "thabo",
    "wiremu",
    "sofia",
    "diego",
    "lea",
]
LAST = [
    "garcia",
    "smith",
    "silva",
    "dupont",
    "muller",
    "oconnor",
    "naidoo",
    "patel",
    "lopez",
    "martin",
    "ferreira",
    "schmidt",
    "nguyen",
    "brown",
    "rossi",
    "costa",
    "moreau",
    "weber",
]
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.test",
    "mail.test",
]


def email_parts(r):
    f, last = r.choice(FIRST), r.choice(LAST)
    local = r.choice(
        [
            f"{f}.{last}",
            f"{f}{last}",
            f"{f}_{last}",
            f"{f[0]}{last}",
            f"{f}.{last}{digits(r, 2)}",
            f"{f}{digits(r, 2)}",
        ]
    )
    return local, r.choice(DOMAINS)


def email(r, loc):
    local, dom = email_parts(r)
    return [local, dom], f"{local}@{dom}"


def phone(r, loc):
    c = country(loc)
    fmt = phonenumbers.PhoneNumberFormat
    for _ in range(10000):
        if c in ("US", "CA"):
            s = (
                r.choice(["201", "212", "305", "415", "512", "416", "604", "773", "617"])
                + "55501"
                + digits(r, 2)
            )
        elif c == "GB":
            s = r.choice(["020 7946 0", "0113 496 0", "0161 496 0", "0121 496 0"]).replace(
                " ", ""
            ) + digits(r, 3)
        else:
            ex = phonenumbers.example_number_for_type(
                c,
                r.choice(
                    [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
                ),
            )
            if ex is None:
                ex = phonenumbers.example_number(c)
            nat = str(ex.national_number)
            keep = max(2, len(nat) - 6)
            s = nat[:keep] + digits(r, len(nat) - keep)
            s = "+" + str(ex.country_code) + s
        try:
            p = phonenumbers.parse(s, c)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == c:
            style = r.choice([fmt.NATIONAL, fmt.NATIONAL, fmt.INTERNATIONAL, fmt.E164])
            text = phonenumbers.format_number(p, style)
            groups = [
                g for g in text.replace("(", "").replace(")", "").replace("-", " ").split(" ") if g
            ]
            return groups, text
    raise RuntimeError(loc)


def ssn_(r, loc):
    while True:
        v = f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            g = [v[:3], v[3:5], v[5:]]
            return g, "-".join(g)


def itin_(r, loc):
    while True:
        v = "9" + digits(r, 2) + str(r.choice([70, 78, 83, 88, 90, 92, 94, 99])) + digits(r, 4)
        if itin.is_valid(v):
            g = [v[:3], v[3:5], v[5:]]
            return g, "-".join(g)


def nino(r, loc):
    a = r.choice("ABCEGHJKLMNOPRSTWXYZ")
    b = r.choice("ABCEGHJKLMNPRSTWXYZ")
    if a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        b = "A"
    d = digits(r, 6)
    s = r.choice("ABCD")
    g = [a + b, d[:2], d[2:4], d[4:], s]
    return g, " ".join(g) if r.random() < 0.5 else "".join(g)


def passport(r, loc):
    c = country(loc)
    if c in ("US", "GB", "IE", "AU", "NZ", "IN", "ZA", "CA"):
        v = (r.choice(UP) if c in ("IE", "AU", "IN", "CA") else "") + digits(
            r, 8 if c != "US" else 9
        )
    elif c == "ES":
        v = "".join(r.choice(UP) for _ in range(3)) + digits(r, 6)
    elif c in ("FR", "BE"):
        v = digits(r, 2) + r.choice(UP) + r.choice(UP) + digits(r, 5)
    elif c in ("DE", "AT", "CH"):
        v = r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    elif c == "MX":
        v = r.choice(UP) + digits(r, 8)
    elif c == "BR":
        v = r.choice(UP) + r.choice(UP) + digits(r, 6)
    else:
        v = r.choice(UP) + digits(r, 7)
    return [v[:3], v[3:6], v[6:]], v


def driver(r, loc):
    c = country(loc)
    if c == "US":
        v = r.choice(UP) + digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 4)
    elif c == "GB":
        v = (
            "".join(r.choice(UP) for _ in range(5))
            + digits(r, 6)
            + r.choice(UP)
            + r.choice(UP)
            + "9"
            + "".join(r.choice(UP) for _ in range(2))
        )
    elif c in ("FR", "BE"):
        v = digits(r, 2) + r.choice(UP) + r.choice(UP) + digits(r, 5)
    elif c in ("DE", "AT", "CH"):
        v = r.choice(UP) + digits(r, 3) + r.choice(UP) + digits(r, 5) + r.choice(UP) + digits(r, 1)
    elif c == "BR":
        v = "0" + digits(r, 10)
    elif c in ("PT", "AO"):
        v = r.choice(["L", "P", "AV"]) + "-" + digits(r, 6) + " " + digits(r, 1)
    else:
        v = r.choice(UP) + digits(r, 7) + r.choice(UP)
    groups = list(v.replace("-", " ").split(" "))
    if len(groups) == 1:
        groups = [v[:4], v[4:8], v[8:]]
    return groups, v


PW_WORDS = [
    "Tromba",
    "gato",
    "Sunny",
    "mar",
    "Pipoca",
    "Hund",
    "soleil",
    "Lluvia",
    "kiwi",
    "Ferrari",
    "Bolo",
]


def password(r, loc):
    v = (
        r.choice(PW_WORDS)
        + r.choice(["!", "@", "#", "$", "_", ".", "*"])
        + digits(r, r.randint(2, 4))
    )
    if r.random() < 0.4:
        v = "".join(
            r.choice(string.ascii_letters + string.digits + "!#$%&*")
            for _ in range(r.randint(10, 14))
        )
    return [v], v


def username(r, loc):
    v = (
        r.choice(FIRST)
        + r.choice(["_", ".", "", "-"])
        + r.choice(LAST)[:4]
        + digits(r, r.choice([2, 3, 4]))
    )
    return [v], v


def aws_ak(r, loc):
    v = "AKIA" + "".join(r.choice(UP + "234567") for _ in range(16))
    return [v], v


def aws_sk(r, loc):
    v = "".join(r.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))
    return [v], v


def ip(r, loc):
    k = r.random()
    if k < 0.2:
        v = f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"
        return v.split(":"), v
    base = r.choice(
        [
            "192.0.2",
            "198.51.100",
            "203.0.113",
            "10.0." + str(r.randint(0, 254)),
            "192.168." + str(r.randint(0, 254)),
        ]
    )
    v = f"{base}.{r.randint(2, 254)}"
    return v.split("."), v


def mac(r, loc):
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] | 2) & 0xFE
    h = [f"{x:02x}" for x in b]
    if r.random() < 0.5:
        h = [x.upper() for x in h]
    sep = r.choice([":", ":", "-"])
    return h, sep.join(h)


def es_dni(r, loc):
    d = digits(r, 8)
    v = d + dni.calc_check_digit(d)
    assert dni.is_valid(v)
    return [d[:2], d[2:5], d[5:], v[-1]], v


def es_nie(r, loc):
    p, d = r.choice("XYZ"), digits(r, 7)
    v = p + d + nie.calc_check_digit(p + d)
    assert nie.is_valid(v)
    return [p, d[:3], d[3:], v[-1]], v


BAD = {
    "BUEI",
    "BUEY",
    "CACA",
    "CAGA",
    "COJO",
    "CULO",
    "FETO",
    "JOTO",
    "KACA",
    "LOCA",
    "MAMO",
    "MEAR",
    "MOCO",
    "MULA",
    "PEDO",
    "PENE",
    "PUTA",
    "PUTO",
    "RATA",
    "ROBA",
    "VACA",
    "VAGO",
    "WUEY",
    "CAKA",
    "KULO",
}


def _curp_head(r):
    while True:
        h = r.choice("BCDFGHJLMNPRSTV") + r.choice("AEIOU") + r.choice(UP[:23]) + r.choice(UP[:23])
        if (
            h not in BAD and h not in rfc._name_blacklist
            if hasattr(rfc, "_name_blacklist")
            else h not in BAD
        ):
            return h


def mx_curp(r, loc):
    for _ in range(10000):
        h = _curp_head(r)
        date = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body = h + date + r.choice("HM") + r.choice(["DF", "JC", "NL", "PL", "VZ", "MC", "GT"])
        body += "".join(r.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3)) + r.choice("0123456789")
        try:
            v = body + curp.calc_check_digit(body)
        except (ValueError, KeyError, IndexError):
            continue
        if curp.is_valid(v):
            return [v[:4], v[4:10], v[10:16], v[16:]], v
    raise RuntimeError


def mx_rfc(r, loc):
    for _ in range(10000):
        h = _curp_head(r)
        date = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        body = h + date + r.choice(UP[:20]) + r.choice("123456789")
        try:
            v = body + rfc.calc_check_digit(body)
        except (ValueError, KeyError, IndexError):
            continue
        if rfc.is_valid(v):
            return [v[:4], v[4:10], v[10:]], v
    raise RuntimeError


def mx_clabe(r, loc):
    b = (
        r.choice(["002", "012", "014", "021", "072"])
        + r.choice(["180", "320", "580"])
        + digits(r, 11)
    )
    v = b + clabe_check(b)
    return [v[:3], v[3:6], v[6:17], v[17]], v


def br_cpf(r, loc):
    d = digits(r, 9)
    v = d + cpf._calc_check_digits(d)
    assert cpf.is_valid(v)
    return [v[:3], v[3:6], v[6:9], v[9:]], cpf.format(v) if r.random() < 0.7 else v


def br_cnpj(r, loc):
    d = digits(r, 8) + "0001"
    v = d + cnpj.calc_check_digits(d)
    assert cnpj.is_valid(v)
    return [v[:2], v[2:5], v[5:8], v[8:12], v[12:]], cnpj.format(v) if r.random() < 0.7 else v


def fr_nir(r, loc):
    for _ in range(1000):
        d = (
            r.choice("12")
            + f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 95):02d}"
            + digits(r, 6)
        )
        d = d.replace("20", "21", 1) if d[5:7] == "20" else d
        v = d + nir.calc_check_digits(d)
        if nir.is_valid(v):
            g = [v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]]
            return g, " ".join(g) if r.random() < 0.6 else v
    raise RuntimeError


def de_idnr(r, loc):
    while True:
        ds = r.sample(string.digits, 9)
        ds.append(r.choice(ds))
        r.shuffle(ds)
        d = "".join(ds)
        if d[0] == "0":
            continue
        try:
            v = d + mod_11_10.calc_check_digit(d)
        except (ValueError, KeyError, IndexError):
            continue
        if idnr.is_valid(v):
            g = [v[:2], v[2:5], v[5:8], v[8:]]
            return g, " ".join(g) if r.random() < 0.5 else v


def pt_nif(r, loc):
    d = r.choice("1235") + digits(r, 7)
    v = d + nif.calc_check_digit(d)
    assert nif.is_valid(v)
    return [v[:3], v[3:6], v[6:]], v


DRAW = {
    "CREDIT_DEBIT_NUMBER": card,
    "CREDIT_DEBIT_CVV": cvv,
    "CREDIT_DEBIT_EXPIRY": expiry,
    "PIN": pin,
    "BANK_ACCOUNT_NUMBER": account,
    "BANK_ROUTING": routing,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban,
    "SWIFT_CODE": swift,
    "EMAIL": email,
    "PHONE": phone,
    "SSN": ssn_,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin_,
    "UK_NATIONAL_INSURANCE_NUMBER": nino,
    "PASSPORT_NUMBER": passport,
    "DRIVER_ID": driver,
    "PASSWORD": password,
    "USERNAME": username,
    "AWS_ACCESS_KEY": aws_ak,
    "AWS_SECRET_KEY": aws_sk,
    "IP_ADDRESS": ip,
    "MAC_ADDRESS": mac,
    "ES_DNI": es_dni,
    "ES_NIE": es_nie,
    "MX_CURP": mx_curp,
    "MX_RFC": mx_rfc,
    "MX_CLABE": mx_clabe,
    "BR_CPF": br_cpf,
    "BR_CNPJ": br_cnpj,
    "FR_NIR": fr_nir,
    "DE_TAX_ID": de_idnr,
    "PT_NIF": pt_nif,
}
ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "USER": "USERNAME",
    "AKID": "AWS_ACCESS_KEY",
    "SECRET": "AWS_SECRET_KEY",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
    "PW": "PASSWORD",
}


# ---------------------------------------------------------------- must_keep draws
def mk_value(r: random.Random, kind: str, loc: str) -> str:
    c = country(loc)
    for _ in range(1000):
        v = _mk(r, kind, c, loc)
        if not passes_identifier(v):
            return v
    raise RuntimeError(kind)


def _price(r, c):
    a = f"{r.randint(3, 899)}"
    cents = digits(r, 2)
    if c in ("US", "CA", "AU", "NZ", "MX", "AR", "CO", "CL") or c == "US":
        sym = {"MX": "$", "AR": "$", "CO": "$", "CL": "$"}.get(c, "$")
        return f"{sym}{a}.{cents}" if c in ("US", "CA", "AU", "NZ", "MX") else f"{sym}{a}"
    if c in ("GB", "IE", "IN", "ZA"):
        return {"GB": "£", "IE": "€", "IN": "₹", "ZA": "R"}[c] + f"{a}.{cents}"
    if c == "BR":
        return f"R$ {a},{cents}"
    if c == "CH":
        return f"CHF {a}.{cents}"
    if c == "AO":
        return f"{a}.{digits(r, 3)} Kz"
    return f"{a},{cents} €" if r.random() < 0.7 else f"{a}€"


def _date(r, c):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2027)
    if c == "US":
        return r.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}"])
    if c in ("DE", "AT", "CH"):
        return r.choice([f"{d}.{m}.", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100}"])
    return r.choice([f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}"])


def _postal(r, c):
    if c == "US":
        return digits(r, 5) + ("-" + digits(r, 4) if r.random() < 0.4 else "")
    if c == "GB":
        return (
            r.choice(["SW1A", "M1", "B33", "LS6", "EH3", "CF10"])
            + " "
            + str(r.randint(1, 9))
            + r.choice("ABDEFGHJLNPQRSTUWXYZ")
            + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        )
    if c == "CA":
        return (
            r.choice(["M5V", "H2X", "V6B", "K1A"])
            + " "
            + str(r.randint(1, 9))
            + r.choice(UP)
            + str(r.randint(1, 9))
        )
    if c == "IE":
        return (
            r.choice(["D02", "D08", "T12", "H91"])
            + " "
            + r.choice(UP)
            + digits(r, 1)
            + r.choice(UP)
            + digits(r, 1)
        )
    if c == "BR":
        return digits(r, 5) + "-" + digits(r, 3)
    if c == "PT":
        return digits(r, 4) + "-" + digits(r, 3)
    if c in ("AT", "CH", "BE", "AU", "NZ", "ZA"):
        return str(r.randint(1000, 9999))
    if c in ("IN",):
        return str(r.randint(110001, 799999))
    if c == "AR":
        return (
            r.choice(["C", "B"])
            + str(r.randint(1000, 1999))
            + "".join(r.choice(UP) for _ in range(3))
        )
    if c == "CL":
        return digits(r, 7)
    if c == "AO":
        return "CP " + digits(r, 4)
    return f"{r.randint(1000, 95999):05d}"


def _mk(r, kind, c, loc):
    if kind == "order":
        return r.choice(["", "", "A", "ORD-", "W", "#"]).lstrip("#") + digits(r, r.randint(6, 10))
    if kind == "tracking":
        return r.choice(
            [
                "1Z" + "".join(r.choice(UP + string.digits) for _ in range(16)),
                "".join(r.choice(UP) for _ in range(2))
                + digits(r, 9)
                + r.choice(["ES", "BR", "FR", "DE", "PT"]),
                "TBA" + digits(r, 12),
                digits(r, 12),
            ]
        )
    if kind == "postal":
        return _postal(r, c)
    if kind == "date":
        return _date(r, c)
    if kind == "time":
        h, m = r.randint(7, 22), r.choice([0, 15, 30, 45, 10, 5])
        return (
            f"{h}:{m:02d}"
            if c not in ("US", "CA", "AU", "NZ", "IN")
            else f"{(h - 1) % 12 + 1}:{m:02d}" + r.choice(["pm", "am", " pm", "PM"])
        )
    if kind == "price":
        return _price(r, c)
    if kind == "qty":
        return str(r.randint(2, 12))
    if kind == "model":
        return (
            r.choice(["XR-", "TX", "Galaxy A", "iPhone ", "KX-", "MB", "P"])
            + str(r.randint(2, 990))
            + r.choice(["", "", "G", " Pro", "S", "-B"])
        )
    if kind == "version":
        return (
            r.choice(["v", "", ""])
            + f"{r.randint(1, 17)}.{r.randint(0, 12)}"
            + r.choice(["", f".{r.randint(0, 40)}"])
        )
    if kind == "invoice":
        return r.choice(["INV-", "FAC-", "F", "RE-", "NF-"]) + r.choice(
            [str(r.randint(2022, 2026)) + "-" + digits(r, 4), digits(r, 6)]
        )
    if kind == "ticket":
        return r.choice(["", "", "TCK-", "CS-", "SR"]) + digits(r, r.randint(5, 8))
    if kind == "booking":
        return "".join(r.choice(UP + "23456789") for _ in range(6))
    if kind == "year":
        return str(r.randint(2015, 2026))
    if kind == "flight":
        return r.choice(["IB", "BA", "AF", "LH", "TP", "AM", "LA", "UA", "FR", "AD"]) + str(
            r.randint(10, 9899)
        )
    if kind == "store":
        return digits(r, r.choice([3, 4]))
    if kind == "error":
        return r.choice(
            [
                "E-" + digits(r, 4),
                "0x8007" + digits(r, 4),
                "ERR_" + digits(r, 3),
                "E" + digits(r, 2),
                digits(r, 3),
            ]
        )
    if kind == "room":
        return str(r.randint(101, 1450))
    if kind == "policy":
        return r.choice(["POL-", "AP", "PL", "SEG-"]) + digits(r, r.randint(6, 8))
    if kind == "contract":
        return r.choice(["CT-", "K", "CNT", "VTR-"]) + digits(r, r.randint(6, 8))
    if kind == "percent":
        return str(r.choice([5, 10, 15, 20, 25, 30, 50, 12])) + r.choice(["%", " %"])
    if kind == "size":
        return str(r.choice([5, 10, 20, 50, 100, 128, 256, 2])) + r.choice(
            ["GB", " GB", "MB", " Go", "TB"]
        )
    if kind == "count":
        return str(r.randint(2, 48))
    if kind == "amount":
        return str(r.randint(10, 950))
    raise KeyError(kind)


MK_KIND = {
    "order": "order_number",
    "tracking": "tracking_number",
    "postal": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "version": "version",
    "invoice": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "error": "error_code",
    "room": "room_number",
    "policy": "policy_number",
    "contract": "contract_number",
    "percent": "percentage",
    "size": "data_size",
    "count": "count",
    "amount": "amount",
}
