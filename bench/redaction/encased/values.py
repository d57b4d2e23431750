"""Draw synthetic PII and must_keep values, each validated with its published check rule."""

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
REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "en-IE": "IE",
    "en-CA": "CA",
    "en-AU": "AU",
    "en-IN": "IN",
    "en-NZ": "NZ",
    "en-ZA": "ZA",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-AR": "AR",
    "es-CO": "CO",
    "es-CL": "CL",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-BE": "BE",
    "fr-CA": "CA",
    "fr-CH": "CH",
    "de-DE": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "pt-BR": "BR",
    "pt-PT": "PT",
    "pt-AO": "AO",
}
IBAN_BBAN = {
    "ES": "n20",
    "DE": "n18",
    "FR": "n23",
    "PT": "n21",
    "GB": "a4n14",
    "BE": "n12",
    "IT": "a1n22",
    "AT": "n16",
    "CH": "n17",
    "BR": "n23a1c1",
    "IE": "a4n14",
    "NL": "a4n10",
}
IBAN_FOR = {
    "ES": "ES",
    "MX": "ES",
    "AR": "ES",
    "CO": "ES",
    "CL": "ES",
    "US": "GB",
    "GB": "GB",
    "IE": "IE",
    "FR": "FR",
    "BE": "BE",
    "CH": "CH",
    "CA": "FR",
    "DE": "DE",
    "AT": "AT",
    "BR": "BR",
    "PT": "PT",
    "AO": "PT",
    "AU": "GB",
    "IN": "GB",
    "NZ": "GB",
    "ZA": "NL",
}


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def card(rng):
    prefix = rng.choice(["4111", "4242", "4000", "5555", "5105", "2223", "4012"])
    while True:
        body = prefix + digits(rng, 11)
        full = body + luhn.calc_check_digit(body)
        if luhn.is_valid(full):
            return full


def phone(rng, locale):
    region = REGION[locale]
    if region == "US" or region == "CA":
        while True:
            area = rng.choice(
                ["201", "212", "305", "312", "415", "617", "646", "718", "202", "416", "604"]
            )
            num = phonenumbers.parse(f"+1{area}55501{digits(rng, 2)}")
            if phonenumbers.is_valid_number(num):
                return num
    if region == "GB":
        raw = rng.choice([f"+447700900{digits(rng, 3)}", f"+4420794600{digits(rng, 2)}"])
        return phonenumbers.parse(raw)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    while True:
        cand = nat[: len(nat) - 5] + digits(rng, 5)
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(num):
            return num


def iban_for(rng, country):
    spec = IBAN_BBAN[country]
    while True:
        bban = ""
        i = 0
        while i < len(spec):
            kind = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1 : j])
            pool = D if kind == "n" else U if kind == "a" else U + D
            bban += "".join(rng.choice(pool) for _ in range(n))
            i = j
        if country == "GB" or country == "IE":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "AIBK", "BOFI"]) + bban[4:]
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        check = 98 - num % 97
        full = f"{country}{check:02d}{bban}"
        if iban.is_valid(full):
            return full


def swift(rng, country):
    while True:
        code = (
            "".join(rng.choice(U) for _ in range(4)) + country + rng.choice(U) + rng.choice(U + D)
        )
        if rng.random() < 0.4:
            code += rng.choice(["XXX", "".join(rng.choice(U) for _ in range(3))])
        if bic.is_valid(code):
            return code


def ssn_(rng):
    while True:
        v = f"{rng.randint(100, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            return v


def itin_(rng):
    while True:
        v = f"9{digits(rng, 2)}{rng.choice(list(range(70, 89)) + list(range(90, 93)))}{digits(rng, 4)}"  # noqa: E501
        if itin.is_valid(v):
            return v


def aba(rng):
    while True:
        body = rng.choice(
            ["01", "02", "03", "05", "06", "07", "11", "12", "21", "26", "31"]
        ) + digits(rng, 6)
        for c in D:
            if rtn.is_valid(body + c):
                return body + c


def nino(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ".replace("O", "")
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return pre + digits(rng, 6) + rng.choice("ABCD")


def loop(rng, make, check):
    while True:
        v = make()
        if check(v):
            return v


def clabe(rng):
    body = rng.choice(["002", "012", "014", "021", "072"]) + digits(rng, 14)
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def curp_(rng):
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    states = ["AS", "BC", "CL", "DF", "JC", "MC", "NL", "PL", "QT", "VZ", "YN"]

    def make():
        head = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = f"{head}{y:02d}{m:02d}{d:02d}{rng.choice('HM')}{rng.choice(states)}"
        body += "".join(rng.choice(cons) for _ in range(3)) + "0"
        return body + curp.calc_check_digit(body)

    return loop(rng, make, curp.is_valid)


def rfc_(rng):
    cons = "BCDFGHJKLMNPQRSTVWXZ"

    def make():
        head = rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
        y, m, d = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = f"{head}{y:02d}{m:02d}{d:02d}" + rng.choice(cons) + rng.choice(D + cons)
        return body + rfc.calc_check_digit(body)

    return loop(rng, make, rfc.is_valid)


def nir_(rng):
    def make():
        body = f"{rng.choice('12')}{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}"
        body += f"{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        return body + nir.calc_check_digits(body)

    return loop(rng, make, nir.is_valid)


def draw(rng: random.Random, kind: str, locale: str) -> str:
    region = REGION[locale]
    if kind == "CARD":
        return card(rng)
    if kind == "CVV":
        return digits(rng, 3)
    if kind == "EXP":
        return f"{rng.randint(1, 12):02d}{rng.randint(26, 33):02d}"
    if kind == "PIN":
        return loop(rng, lambda: digits(rng, rng.choice([4, 4, 4, 6])), lambda v: len(set(v)) > 1)
    if kind == "ACCT":
        n = {"GB": 8, "IE": 8, "DE": 10, "AT": 11, "BR": 8, "US": 10}.get(
            region, rng.choice([9, 10, 11])
        )
        return loop(rng, lambda: digits(rng, n), lambda v: v[0] != "0")
    if kind == "ROUT":
        if region in ("GB", "IE"):
            return digits(rng, 6)
        if region in ("DE", "AT"):
            return f"{rng.randint(100, 899)}{digits(rng, 5)}"
        if region == "BR":
            return digits(rng, 4)
        if region == "MX":
            return rng.choice(["002", "012", "014", "021", "072"]) + digits(rng, 3)
        return aba(rng)
    if kind == "IBAN":
        return iban_for(rng, IBAN_FOR[region])
    if kind == "SWIFT":
        return swift(rng, IBAN_FOR[region])
    if kind == "EMAIL":
        first = rng.choice(
            [
                "maria",
                "j",
                "kev",
                "lucia",
                "tom",
                "ana",
                "pierre",
                "jonas",
                "bea",
                "raj",
                "nadia",
                "sofi",
                "carlos",
                "lena",
                "joao",
                "chloe",
                "mike",
                "dani",
                "greta",
                "ines",
            ]
        )
        last = rng.choice(
            [
                "lopez",
                "smith",
                "martin",
                "muller",
                "silva",
                "dubois",
                "garcia",
                "obrien",
                "patel",
                "ferreira",
                "schmidt",
                "rossi",
                "nguyen",
                "costa",
                "moreau",
                "khan",
            ]
        )
        sep = rng.choice([".", "_", "", "-"])
        tail = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(70, 99))])
        dom = rng.choice(
            [
                "example.com",
                "example.org",
                "example.net",
                "mail.example.com",
                "correo.test",
                "post.test",
            ]
        )
        return f"{first}{sep}{last}{tail}@{dom}"
    if kind == "PHONE":
        return phone(rng, locale)
    if kind == "SSN":
        return ssn_(rng)
    if kind == "ITIN":
        return itin_(rng)
    if kind == "NINO":
        return nino(rng)
    if kind == "PASS":
        if region in ("ES", "MX", "AR", "CO", "CL"):
            return "".join(rng.choice(U) for _ in range(3)) + digits(rng, 6)
        if region in ("DE", "AT", "CH"):
            return rng.choice("CFGHJK") + "".join(
                rng.choice("CFGHJKLMNPRTVWXYZ" + D) for _ in range(8)
            )
        if region in ("FR", "BE"):
            return digits(rng, 2) + "".join(rng.choice(U) for _ in range(2)) + digits(rng, 5)
        if region in ("BR", "PT", "AO"):
            return "".join(rng.choice(U) for _ in range(2)) + digits(rng, 6)
        return loop(
            rng,
            lambda: rng.choice(["", "A", "E", "K"]) + digits(rng, 8),
            lambda v: not is_identifier(v),
        )
    if kind == "DL":
        if region == "GB":
            surname = "".join(rng.choice(U) for _ in range(5))
            return (
                f"{surname}{digits(rng, 1)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 1)}"  # noqa: E501
                + "".join(rng.choice(U) for _ in range(2))
                + digits(rng, 1)
                + "".join(rng.choice(U) for _ in range(2))
            )
        if region in ("DE", "AT", "CH"):
            return (
                rng.choice("BFJKN")
                + digits(rng, 3)
                + "".join(rng.choice(U + D) for _ in range(6))
                + digits(rng, 1)
            )
        return rng.choice(U) + digits(rng, rng.choice([7, 8, 12]))
    if kind == "PWD":
        word = rng.choice(
            [
                "Sunflower",
                "gatito",
                "Bonjour",
                "Schatz",
                "saudade",
                "Tigre",
                "Maple",
                "kiwi",
                "Pikachu",
                "Lisboa",
                "Berlin",
                "mariposa",
                "dragon",
                "Coco",
            ]
        )
        return (
            word
            + rng.choice(["", "_", "!", "."])
            + digits(rng, rng.choice([2, 3, 4]))
            + rng.choice(["", "!", "#", "$"])
        )
    if kind == "USER":
        return (
            rng.choice(["cool", "the", "real", "xx", "iam", "mr", "la", "le"])
            + "_"
            + rng.choice(["gamer", "jardin", "nina", "fuchs", "lobo", "panda", "surfer", "gato"])
            + digits(rng, 2)
        )
    if kind == "AKID":
        return "AKIA" + "".join(rng.choice(U + "234567") for _ in range(16))
    if kind == "ASK":
        return "".join(rng.choice(string.ascii_letters + D + "+/") for _ in range(40))
    if kind == "IP":
        return rng.choice(
            [
                f"192.0.2.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 9)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
    if kind == "MAC":
        return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))
    if kind == "DNI":
        return loop(
            rng, lambda: (lambda b: b + dni.calc_check_digit(b))(digits(rng, 8)), dni.is_valid
        )
    if kind == "NIE":
        return loop(
            rng,
            lambda: (lambda b: b + nie.calc_check_digit(b))(rng.choice("XYZ") + digits(rng, 7)),
            nie.is_valid,
        )
    if kind == "CURP":
        return curp_(rng)
    if kind == "RFC":
        return rfc_(rng)
    if kind == "CLABE":
        return clabe(rng)
    if kind == "CPF":
        return loop(rng, lambda: digits(rng, 11), cpf.is_valid)
    if kind == "CNPJ":
        return loop(rng, lambda: digits(rng, 8) + "0001" + digits(rng, 2), cnpj.is_valid)
    if kind == "NIR":
        return nir_(rng)
    if kind == "STID":
        return loop(rng, lambda: rng.choice("123456789") + digits(rng, 10), idnr.is_valid)
    if kind == "NIF":
        return loop(
            rng,
            lambda: (lambda b: b + nif.calc_check_digit(b))(rng.choice("12") + digits(rng, 7)),
            nif.is_valid,
        )
    raise KeyError(kind)


def is_identifier(s: str) -> bool:
    """True when a digit string passes one of the identifier checks a must_keep value must avoid."""
    d = "".join(c for c in s if c.isdigit())
    if 12 <= len(d) <= 19 and luhn.is_valid(d):
        return True
    checks = [
        ssn.is_valid,
        cpf.is_valid,
        cnpj.is_valid,
        nif.is_valid,
        idnr.is_valid,
        rtn.is_valid,
        nir.is_valid,
        clabe_ok,
    ]
    for chk in checks:
        try:
            if chk(d):
                return True
        except Exception:  # noqa: S110
            pass
    if len(d) >= 9:
        for region in (
            "US",
            "GB",
            "ES",
            "MX",
            "FR",
            "DE",
            "BR",
            "PT",
            "CA",
            "AR",
            "CO",
            "BE",
            "CH",
            "AT",
        ):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def clabe_ok(d: str) -> bool:
    if len(d) != 18:
        return False
    w = [3, 7, 1] * 6
    return (10 - sum((int(c) * w[i]) % 10 for i, c in enumerate(d[:17])) % 10) % 10 == int(d[17])
