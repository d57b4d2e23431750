"""Draw and validate synthetic PII and must_keep values (stdlib + python-stdnum + phonenumbers)."""

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
IBAN_OF = {
    "GB": "GB",
    "IE": "GB",
    "ES": "ES",
    "FR": "FR",
    "BE": "BE",
    "CH": "CH",
    "DE": "DE",
    "AT": "AT",
    "BR": "BR",
    "PT": "PT",
    "AO": "PT",
    "IT": "IT",
}
BBAN = {
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
}


def rd(rng, n, alphabet=D):
    return "".join(rng.choice(alphabet) for _ in range(n))


def card(rng):
    bin_, n = rng.choice(
        [
            ("411111", 16),
            ("424242", 16),
            ("555555", 16),
            ("510510", 16),
            ("400000", 16),
            ("378282", 15),
            ("601111", 16),
            ("222300", 16),
        ]
    )
    body = bin_ + rd(rng, n - 7)
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    return v


def cvv(rng, n=3):
    return rd(rng, n)


def expiry(rng):
    return f"{rng.randint(1, 12):02d}{rng.randint(26, 33):02d}"


def pin(rng):
    return rd(rng, rng.choice([4, 4, 4, 6]))


def account(rng):
    return rd(rng, rng.choice([8, 8, 10, 11, 12]))


def routing(rng, region):
    if region == "US":
        while True:
            v = rd(rng, 8)
            v += rtn.calc_check_digit(v)
            if v[0] in "0123" and rtn.is_valid(v):
                return v
    if region in ("GB", "IE"):
        return rd(rng, 6)  # sort code, shown as NN-NN-NN
    if region in ("DE", "AT"):
        return rng.choice("1234567") + rd(rng, 7)  # BLZ
    if region == "BR":
        return rd(rng, 4)  # agencia
    return rd(rng, 6)


def make_iban(rng, country):
    spec = BBAN[country]
    while True:
        bban, i = "", 0
        while i < len(spec):
            kind = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1 : j])
            bban += rd(rng, n, {"n": D, "a": U, "c": U + D}[kind])
            i = j
        if country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + bban[4:]
        v = country + "00" + bban
        v = country + iban.calc_check_digits(v) + bban
        if iban.is_valid(v):
            return v


def swift(rng, country):
    v = (
        rd(rng, 4, U)
        + country
        + rng.choice(U[1:])
        + rng.choice(U + D)
        + rng.choice(["", "", "XXX"])
    )
    assert bic.is_valid(v)
    return v


def phone(rng, region):
    """A national-significant number valid for region; US uses 555-01xx, GB drama ranges."""
    if region in ("US", "CA"):
        v = rng.choice(["201", "312", "415", "514", "604", "617", "718"]) + "55501" + rd(rng, 2)
    elif region == "GB":
        v = rng.choice(["2079460", "1134960", "1614960", "1174960", "1914980", "1414960"]) + rd(
            rng, 3
        )
    else:
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        s = str(ex.national_number)
        for _ in range(500):
            v = s[: len(s) - 5] + rd(rng, 5)
            if phonenumbers.is_valid_number(phonenumbers.parse("+" + str(ex.country_code) + v)):
                break
    cc = phonenumbers.country_code_for_region(region)
    num = phonenumbers.parse(f"+{cc}{v}")
    assert phonenumbers.is_valid_number(num), (region, v)
    return num


def ssn_(rng):
    while True:
        v = rd(rng, 9)
        if ssn.is_valid(v) and v[:3] not in ("078", "219", "457"):
            return v


def itin_(rng):
    while True:
        v = "9" + rd(rng, 8)
        if itin.is_valid(v):
            return v


def nino(rng):
    ok1 = [c for c in U if c not in "DFIQUV"]
    ok2 = [c for c in ok1 if c != "O"]
    while True:
        p = rng.choice(ok1) + rng.choice(ok2)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            return p + rd(rng, 6) + rng.choice("ABCD")


def passport(rng, region):
    if region in ("US", "GB", "IE", "CA", "AU", "NZ", "ZA", "IN"):
        return rd(rng, 9) if region in ("US", "GB") else rng.choice(U) + rd(rng, 7)
    if region in ("ES", "MX", "AR", "CO", "CL"):
        return rd(rng, 3, U) + rd(rng, 6)
    if region in ("FR", "BE", "CH"):
        return rd(rng, 2) + rd(rng, 2, U) + rd(rng, 5)
    if region in ("DE", "AT"):
        return "C" + rd(rng, 8, "CFGHJKLMNPRTVWXYZ" + D)
    return rd(rng, 2, U) + rd(rng, 6)


def driver(rng, region):
    if region == "US":
        return rng.choice(U) + rd(rng, 3) + "-" + rd(rng, 4) + "-" + rd(rng, 4)
    if region == "GB":
        return rd(rng, 5, U) + rd(rng, 6) + rd(rng, 2, U) + rd(rng, 1) + rd(rng, 2, U)
    if region in ("DE", "AT", "CH"):
        return rng.choice(U) + rd(rng, 3, U + D) + rd(rng, 6) + rd(rng, 1) + rng.choice(U)
    return rd(rng, 8) + rng.choice(U)


def password(rng):
    w = rng.choice(
        [
            "Sunflower",
            "tigre",
            "Mariposa",
            "Blumen",
            "chouette",
            "Gatinho",
            "Dragon",
            "lluvia",
            "Sommer",
            "pastel",
            "Quokka",
            "Fenix",
        ]
    )
    return w + rng.choice(["#", "!", "_", ".", "$", "*"]) + rd(rng, rng.choice([2, 3, 4]))


def username(rng):
    a = rng.choice(
        ["jess", "kiko", "mafe", "lulu", "benji", "nico", "gabi", "rafa", "tomi", "sasha"]
    )
    b = rng.choice(["_", ".", ""]) + rng.choice(
        ["rock", "gamer", "bcn", "sp", "paris", "muc", "xx"]
    )
    return a + b + rd(rng, rng.choice([2, 3, 4]))


def aws_key(rng):
    return "AKIA" + rd(rng, 16, U + "234567")


def aws_secret(rng):
    return rd(rng, 40, string.ascii_letters + D + "+/")


def ip(rng):
    p = rng.choice(["192.0.2.", "198.51.100.", "203.0.113.", "10.0.", "192.168."])
    if p.count(".") == 2:
        return p + str(rng.randint(1, 254)) + "." + str(rng.randint(1, 254))
    return p + str(rng.randint(1, 254))


def mac(rng):
    b = [rng.choice("26ae") if i == 1 else rng.choice("0123456789abcdef") for i in range(12)]
    sep = rng.choice([":", "-", ":"])
    s = sep.join("".join(b[i : i + 2]) for i in range(0, 12, 2))
    return s.upper() if rng.random() < 0.4 else s


def es_dni(rng):
    n = rd(rng, 8)
    return n + dni.calc_check_digit(n)


def es_nie(rng):
    n = rng.choice("XYZ") + rd(rng, 7)
    v = n + nie.calc_check_digit(n)
    assert nie.is_valid(v)
    return v


def mx_curp(rng):
    while True:
        v = (
            rng.choice("BCDGHLMPRSTV")
            + rng.choice("AEIOU")
            + rd(rng, 2, "ABCDEGHLMNOPRSTUV")
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "YN"])
            + rd(rng, 3, "BCDFGHJKLMNPRSTVZ")
            + rd(rng, 1)
        )
        v += curp.calc_check_digit(v)
        if curp.is_valid(v):
            return v


def mx_rfc(rng):
    while True:
        v = (
            rng.choice("BCDGHLMPRSTV")
            + rng.choice("AEIOU")
            + rd(rng, 2, "ABCDEGHLMNPRSTUV")
            + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + rd(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
        )
        v += rfc.calc_check_digit(v)
        if rfc.is_valid(v, validate_check_digits=True):
            return v


def clabe_check(v17):
    return str((10 - sum(int(c) * w for c, w in zip(v17, [3, 7, 1] * 6, strict=False)) % 10) % 10)


def mx_clabe(rng):
    v = rng.choice(["002", "012", "014", "021", "072"]) + rd(rng, 14)
    return v + clabe_check(v)


def br_cpf(rng):
    n = rd(rng, 9)
    v = n + cpf._calc_check_digits(n)
    assert cpf.is_valid(v)
    return v


def br_cnpj(rng):
    n = rd(rng, 8) + "0001"
    v = n + cnpj.calc_check_digits(n)
    assert cnpj.is_valid(v)
    return v


def fr_nir(rng):
    while True:
        n = (
            rng.choice("12")
            + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
            + f"{rng.randint(1, 95):02d}"
            + rd(rng, 3)
            + rd(rng, 3)
        )
        v = n + nir.calc_check_digits(n)
        if nir.is_valid(v):
            return v


def de_idnr(rng):
    while True:
        v = rng.choice("123456789") + rd(rng, 10)
        if idnr.is_valid(v):
            return v


def pt_nif(rng):
    n = rng.choice("123") + rd(rng, 7)
    v = n + nif.calc_check_digit(n)
    assert nif.is_valid(v)
    return v


def email(rng, lang):
    first = rng.choice(
        {
            "en": ["megan", "liam", "priya", "tom"],
            "es": ["lucia", "javi", "maria.jose", "pepe"],
            "fr": ["camille", "julien", "lea", "mathis"],
            "de": ["jonas", "lena", "k.mueller", "anja"],
            "pt": ["joao", "bia", "rafaela", "tiago"],
        }[lang]
    )
    last = rng.choice(["", ".", "_"]) + rng.choice(
        ["smith", "garcia", "dubois", "weber", "silva", "k", "rdz"]
    )
    if last in (".", "_"):
        last = ""
    n = rd(rng, rng.choice([0, 2, 2, 4]))
    dom = rng.choice(
        ["example.com", "example.org", "example.net", "mail.test", "correo.example.com"]
    )
    return first + last + n + "@" + dom


# ----- identifier check used to redraw must_keep numbers -----
PHONE_REGIONS = sorted(set(REGION.values()))


def looks_like_identifier(s):
    d = "".join(c for c in s if c.isdigit())
    if 12 <= len(d) <= 19 and luhn.is_valid(d):
        return True
    for mod in (ssn, rtn, cpf, cnpj, nif, idnr, nir, itin):
        if mod.is_valid(d):
            return True
    if len(d) == 8 and s.rstrip()[-1:].isalpha() and dni.is_valid(d + s.rstrip()[-1].upper()):
        return True
    if len(d) == 18 and clabe_check(d[:17]) == d[17]:
        return True
    if len(d) >= 9:
        for r in PHONE_REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, r)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False
