"""Synthetic identifier values with their check digits, computed here from the published rules.

Every generator returns a `Value`: the canonical characters (what a checksum is computed on), the
natural groups a person would type them in, and the official display form. Nothing here is real
personal data: card numbers start with public test BINs, phones use fictional or drama ranges
where the country has one, and everything else is random with valid check digits.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Value:
    kind: str
    canonical: str  # characters the checksum is computed on (upper case, no separators)
    groups: tuple[str, ...]  # natural typing groups; "".join(groups) == canonical
    display: str  # the usual printed form
    extra: dict[str, str] = field(default_factory=dict)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- check digit algorithms


def luhn_valid(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(payload: str) -> str:
    for c in string.digits:
        if luhn_valid(payload + c):
            return payload + c
    raise AssertionError("unreachable")


def iban_valid(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def iban_from_bban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in rearranged)) % 97
    return f"{country}{check:02d}{bban}"


_CCC_WEIGHTS = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)


def es_ccc_digit(ten: str) -> str:
    r = 11 - sum(int(d) * w for d, w in zip(ten, _CCC_WEIGHTS, strict=True)) % 11
    return str({11: 0, 10: 1}.get(r, r))


def es_ccc_valid(ccc: str) -> bool:
    bank, branch, dc, account = ccc[:4], ccc[4:8], ccc[8:10], ccc[10:]
    return dc == es_ccc_digit("00" + bank + branch) + es_ccc_digit(account)


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def pt_nib_check(nineteen: str) -> str:
    return f"{98 - (int(nineteen) * 100) % 97:02d}"


def aba_valid(routing: str) -> bool:
    d = [int(c) for c in routing]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def cpf_valid(cpf: str) -> bool:
    if len(set(cpf)) == 1:
        return False
    return cpf[9:] == _cpf_checks(cpf[:9])


def _cpf_checks(nine: str) -> str:
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    d1 = s * 10 % 11 % 10
    s = sum(int(d) * w for d, w in zip(nine + str(d1), range(11, 1, -1), strict=True))
    d2 = s * 10 % 11 % 10
    return f"{d1}{d2}"


_CNPJ_W1 = (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
_CNPJ_W2 = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def _cnpj_digit(part: str, weights: tuple[int, ...]) -> str:
    r = 11 - sum(int(d) * w for d, w in zip(part, weights, strict=True)) % 11
    return "0" if r >= 10 else str(r)


def cnpj_valid(cnpj: str) -> bool:
    d1 = _cnpj_digit(cnpj[:12], _CNPJ_W1)
    d2 = _cnpj_digit(cnpj[:12] + d1, _CNPJ_W2)
    return cnpj[12:] == d1 + d2


def pt_nif_check(eight: str) -> str:
    r = 11 - sum(int(d) * w for d, w in zip(eight, range(9, 1, -1), strict=True)) % 11
    return "0" if r >= 10 else str(r)


def pt_nif_valid(nif: str) -> bool:
    return len(nif) == 9 and nif.isdigit() and pt_nif_check(nif[:8]) == nif[8]


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_valid(dni: str) -> bool:
    return _DNI_LETTERS[int(dni[:8]) % 23] == dni[8]


def es_nie_valid(nie: str) -> bool:
    return _DNI_LETTERS[int(str("XYZ".index(nie[0])) + nie[1:8]) % 23] == nie[8]


_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(seventeen: str) -> str:
    s = sum(_CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(seventeen))
    return str((10 - s % 10) % 10)


_RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_check(body: str) -> str:
    padded = ("   " + body)[-12:]
    s = sum(_RFC_ALPHABET.index(c) * (13 - i) for i, c in enumerate(padded))
    return _RFC_ALPHABET[(11 - s) % 11]


def clabe_check(seventeen: str) -> str:
    s = sum(int(d) * w % 10 for d, w in zip(seventeen, (3, 7, 1) * 6, strict=False))
    return str((10 - s % 10) % 10)


def fr_nir_key(thirteen: str) -> str:
    return f"{97 - int(thirteen) % 97:02d}"


def mod_11_10_check(digits: str) -> str:
    """ISO 7064 MOD 11,10 check digit (German Steuer-IdNr)."""
    product = 10
    for ch in digits:
        s = (int(ch) + product) % 10 or 10
        product = (2 * s) % 11
    return str((11 - product) % 10)


def de_idnr_valid(idnr: str) -> bool:
    if len(idnr) != 11 or idnr[0] == "0":
        return False
    counts = sorted((idnr[:10].count(c) for c in set(idnr[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return mod_11_10_check(idnr[:10]) == idnr[10]


# ---------------------------------------------------------------- generators

_CARD_PREFIXES = (
    ("411111", 16),
    ("400000", 16),
    ("424242", 16),
    ("401288", 16),
    ("555555", 16),
    ("510510", 16),
    ("222300", 16),
    ("601111", 16),
    ("378282", 15),
    ("371449", 15),
)


def card(rng: random.Random) -> Value:
    prefix, n = rng.choice(_CARD_PREFIXES)
    number = luhn_complete(prefix + _digits(rng, n - len(prefix) - 1))
    sizes = (4, 6, 5) if n == 15 else (4, 4, 4, 4)
    groups = _split(number, sizes)
    return Value("CREDIT_DEBIT_NUMBER", number, groups, " ".join(groups))


def _split(s: str, sizes: tuple[int, ...]) -> tuple[str, ...]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    assert i == len(s), (s, sizes)
    return tuple(out)


def cvv(rng: random.Random) -> Value:
    v = _digits(rng, rng.choice((3, 3, 3, 4)))
    return Value("CREDIT_DEBIT_CVV", v, (v,), v)


def pin(rng: random.Random) -> Value:
    v = _digits(rng, rng.choice((4, 4, 4, 6)))
    return Value("PIN", v, (v,), v)


def expiry(rng: random.Random) -> Value:
    month = rng.randint(1, 12)
    year = rng.randint(2026, 2033)
    v = f"{month:02d}{year % 100:02d}"
    return Value("CREDIT_DEBIT_EXPIRY", v, (v[:2], v[2:]), f"{v[:2]}/{v[2:]}", {"year": str(year)})


def us_routing(rng: random.Random) -> Value:
    first = rng.choice([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))])
    body = first + _digits(rng, 6)
    for c in string.digits:
        if aba_valid(body + c):
            v = body + c
            return Value("BANK_ROUTING", v, (v[:4], v[4:8], v[8:]), v)
    raise AssertionError("unreachable")


def uk_sort_code(rng: random.Random) -> Value:
    v = f"{rng.randint(10, 99)}" + _digits(rng, 4)
    return Value("BANK_ROUTING", v, (v[:2], v[2:4], v[4:]), f"{v[:2]}-{v[2:4]}-{v[4:]}")


def de_blz(rng: random.Random) -> Value:
    v = str(rng.randint(1, 8)) + _digits(rng, 7)
    return Value("BANK_ROUTING", v, (v[:3], v[3:6], v[6:]), f"{v[:3]} {v[3:6]} {v[6:]}")


def br_agencia(rng: random.Random) -> Value:
    v = _digits(rng, 4)
    return Value("BANK_ROUTING", v, (v,), v)


def bank_account(rng: random.Random, locale: str) -> Value:
    groups: tuple[str, ...]
    if locale == "es-ES":
        bank, branch, account = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        dc = es_ccc_digit("00" + bank + branch) + es_ccc_digit(account)
        v = bank + branch + dc + account
        groups = (bank, branch, dc, account)
        return Value("BANK_ACCOUNT_NUMBER", v, groups, " ".join(groups), {"check": "es_ccc"})
    if locale == "pt-PT":
        nineteen = _digits(rng, 19)
        v = nineteen + pt_nib_check(nineteen)
        groups = (v[:4], v[4:8], v[8:19], v[19:])
        return Value("BANK_ACCOUNT_NUMBER", v, groups, " ".join(groups), {"check": "pt_nib"})
    if locale == "pt-BR":
        v = _digits(rng, rng.choice((5, 6, 8))) + _digits(rng, 1)
        return Value("BANK_ACCOUNT_NUMBER", v, (v[:-1], v[-1]), f"{v[:-1]}-{v[-1]}")
    if locale == "en-GB":
        v = _digits(rng, 8)
        return Value("BANK_ACCOUNT_NUMBER", v, (v[:4], v[4:]), v)
    if locale == "de-DE":
        v = str(rng.randint(1, 9)) + _digits(rng, 9)
        return Value("BANK_ACCOUNT_NUMBER", v, (v[:4], v[4:7], v[7:]), v)
    if locale == "fr-FR":
        v = _digits(rng, 11)
        return Value("BANK_ACCOUNT_NUMBER", v, (v[:4], v[4:8], v[8:]), v)
    n = rng.choice((9, 10, 11, 12))
    v = str(rng.randint(1, 9)) + _digits(rng, n - 1)
    groups = _split(v, (4, 4, n - 8)) if n > 9 else _split(v, (3, 3, 3))
    return Value("BANK_ACCOUNT_NUMBER", v, groups, v)


def iban(rng: random.Random, country: str) -> Value:
    if country == "ES":
        bank, branch, account = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        bban = bank + branch + es_ccc_digit("00" + bank + branch) + es_ccc_digit(account) + account
    elif country == "DE":
        bban = str(rng.randint(1, 8)) + _digits(rng, 7) + _digits(rng, 10)
    elif country == "FR":
        bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + account + fr_rib_key(bank, branch, account)
    elif country == "PT":
        nineteen = _digits(rng, 19)
        bban = nineteen + pt_nib_check(nineteen)
    elif country == "GB":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + _digits(rng, 14)
    elif country == "BR":
        bban = _digits(rng, 23) + rng.choice("CP") + str(rng.randint(1, 9))
    else:
        raise ValueError(country)
    v = iban_from_bban(country, bban)
    groups = tuple(v[i : i + 4] for i in range(0, len(v), 4))
    return Value("INTERNATIONAL_BANK_ACCOUNT_NUMBER", v, groups, " ".join(groups))


def swift(rng: random.Random, country: str) -> Value:
    bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
    loc = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase + "23456789")
    v = bank + country + loc
    if rng.random() < 0.4:
        v += rng.choice(("XXX", "XXX", "".join(rng.choice(string.digits) for _ in range(3))))
    return Value("SWIFT_CODE", v, (v,), v)


def ssn(rng: random.Random) -> Value:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    v = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return Value("SSN", v, (v[:3], v[3:5], v[5:]), f"{v[:3]}-{v[3:5]}-{v[5:]}")


def es_dni(rng: random.Random) -> Value:
    num = _digits(rng, 8)
    v = num + _DNI_LETTERS[int(num) % 23]
    return Value("ES_DNI", v, (v[:2], v[2:5], v[5:8], v[8]), v)


def es_nie(rng: random.Random) -> Value:
    first = rng.choice("XYZ")
    num = _digits(rng, 7)
    v = first + num + _DNI_LETTERS[int(str("XYZ".index(first)) + num) % 23]
    return Value("ES_NIE", v, (v[0], v[1:8], v[8]), v)


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
_CONSONANTS = "BCDFGHJKLMNPRSTVZ"
# Four-letter words that CURP and RFC replace on purpose; a value starting with one is invalid.
_INCONVENIENT = frozenset(
    [
        "BACA",
        "BAKA",
        "BUEI",
        "BUEY",
        "CACA",
        "CACO",
        "CAGA",
        "CAGO",
        "CAKA",
        "CAKO",
        "COGE",
        "COGI",
        "COJA",
        "COJE",
        "COJI",
        "COJO",
        "COLA",
        "CULO",
        "FALO",
        "FETO",
        "GETA",
        "GUEI",
        "GUEY",
        "JETA",
        "JOTO",
        "KACA",
        "KACO",
        "KAGA",
        "KAGO",
        "KAKA",
        "KAKO",
        "KOGE",
        "KOGI",
        "KOJA",
        "KOJE",
        "KOJI",
        "KOJO",
        "KOLA",
        "KULO",
        "LILO",
        "LOCA",
        "LOCO",
        "LOKA",
        "LOKO",
        "MAME",
        "MAMO",
        "MEAR",
        "MEAS",
        "MEON",
        "MIAR",
        "MION",
        "MOCO",
        "MOKO",
        "MULA",
        "MULO",
        "NACA",
        "NACO",
        "PEDA",
        "PEDO",
        "PENE",
        "PIPI",
        "PITO",
        "POPO",
        "PUTA",
        "PUTO",
        "QULO",
        "RATA",
        "ROBA",
        "ROBE",
        "ROBO",
        "RUIN",
        "SENO",
        "TETA",
        "VACA",
        "VAGA",
        "VAGO",
        "VAKA",
        "VUEI",
        "VUEY",
        "WUEI",
        "WUEY",
    ]
)
_VOWELS = "AEIOU"


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28)


def mx_curp(rng: random.Random) -> Value:
    y, m, d = _birth(rng)
    head = "BUEY"
    while head in _INCONVENIENT:
        head = rng.choice(_CONSONANTS) + rng.choice(_VOWELS) + rng.choice(_CONSONANTS + _VOWELS)
        head += rng.choice(_CONSONANTS + _VOWELS)
    body = head + f"{y % 100:02d}{m:02d}{d:02d}" + rng.choice("HM") + rng.choice(_CURP_STATES)
    body += "".join(rng.choice(_CONSONANTS) for _ in range(3))
    body += rng.choice(string.digits) if y < 2000 else rng.choice("ABCDEFGH")
    v = body + curp_check(body)
    return Value("MX_CURP", v, (v[:4], v[4:10], v[10:16], v[16:]), v)


def mx_rfc(rng: random.Random) -> Value:
    y, m, d = _birth(rng)
    head = "BUEY"
    while head in _INCONVENIENT:
        head = rng.choice(_CONSONANTS) + rng.choice(_VOWELS) + rng.choice(_CONSONANTS)
        head += rng.choice(_VOWELS)
    home = "".join(
        rng.choice(string.ascii_uppercase.replace("O", "") + string.digits) for _ in range(2)
    )
    body = head + f"{y % 100:02d}{m:02d}{d:02d}" + home
    v = body + rfc_check(body)
    return Value("MX_RFC", v, (v[:4], v[4:10], v[10:]), v)


_CLABE_BANKS = ("002", "012", "014", "021", "030", "036", "044", "072", "127", "137")


def mx_clabe(rng: random.Random) -> Value:
    body = rng.choice(_CLABE_BANKS) + _digits(rng, 3) + _digits(rng, 11)
    v = body + clabe_check(body)
    return Value(
        "MX_CLABE", v, (v[:3], v[3:6], v[6:17], v[17]), " ".join((v[:3], v[3:6], v[6:17], v[17]))
    )


def br_cpf(rng: random.Random) -> Value:
    while True:
        nine = _digits(rng, 9)
        if len(set(nine)) > 1:
            break
    v = nine + _cpf_checks(nine)
    return Value("BR_CPF", v, (v[:3], v[3:6], v[6:9], v[9:]), f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}")


def br_cnpj(rng: random.Random) -> Value:
    base = _digits(rng, 8) + rng.choice(("0001", "0001", "0002", "0003"))
    d1 = _cnpj_digit(base, _CNPJ_W1)
    v = base + d1 + _cnpj_digit(base + d1, _CNPJ_W2)
    disp = f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"
    return Value("BR_CNPJ", v, (v[:2], v[2:5], v[5:8], v[8:12], v[12:]), disp)


def fr_nir(rng: random.Random) -> Value:
    y, m, _ = _birth(rng)
    dept = f"{rng.choice([i for i in range(1, 96) if i != 20]):02d}"
    body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{dept}"
    body += f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    v = body + fr_nir_key(body)
    groups = (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])
    return Value("FR_NIR", v, groups, " ".join(groups))


def de_tax_id(rng: random.Random) -> Value:
    while True:
        digits = rng.sample(string.digits, 9)
        digits.append(rng.choice(digits))
        rng.shuffle(digits)
        if digits[0] != "0":
            break
    ten = "".join(digits)
    v = ten + mod_11_10_check(ten)
    return Value(
        "DE_TAX_ID", v, (v[:2], v[2:5], v[5:8], v[8:]), f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    )


def pt_nif(rng: random.Random) -> Value:
    eight = rng.choice("123") + _digits(rng, 7)
    v = eight + pt_nif_check(eight)
    return Value("PT_NIF", v, (v[:3], v[3:6], v[6:]), v)


def passport(rng: random.Random, locale: str) -> Value:
    up = string.ascii_uppercase
    if locale == "es-ES":
        v = "".join(rng.choice(up) for _ in range(3)) + _digits(rng, 6)
    elif locale == "fr-FR":
        v = _digits(rng, 2) + rng.choice(up) + rng.choice(up) + _digits(rng, 5)
    elif locale == "de-DE":
        v = rng.choice("CFGHJK") + "".join(
            rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)
        )
    elif locale == "pt-PT":
        v = rng.choice("CDEFGHJKLMNP") + _digits(rng, 6)
    elif locale == "pt-BR":
        v = rng.choice(up) + rng.choice(up) + _digits(rng, 6)
    elif locale == "es-MX":
        v = rng.choice("GNE") + _digits(rng, 8)
    elif locale == "en-GB":
        v = _digits(rng, 9)
    else:
        v = rng.choice(("", "", "A", "C")) + _digits(rng, 9)
        v = v[-9:]
    return Value("PASSPORT_NUMBER", v, (v,), v)


def driver_id(rng: random.Random, locale: str) -> Value:
    up = string.ascii_uppercase
    if locale == "en-GB":
        v = (
            "".join(rng.choice(up) for _ in range(5))
            + _digits(rng, 6)
            + rng.choice(up)
            + rng.choice(up)
            + _digits(rng, 1)
            + rng.choice(up)
            + rng.choice(up)
        )
        return Value("DRIVER_ID", v, (v[:5], v[5:11], v[11:13], v[13:]), v)
    if locale == "de-DE":
        v = (
            rng.choice(up)
            + _digits(rng, 3)
            + "".join(rng.choice(up + string.digits) for _ in range(6))
        )
        v += _digits(rng, 1)
        return Value("DRIVER_ID", v, (v,), v)
    if locale == "fr-FR":
        v = _digits(rng, 12)
        return Value("DRIVER_ID", v, (v[:2], v[2:4], v[4:6], v[6:]), v)
    if locale == "pt-BR":
        v = _cnh(rng)
        return Value("DRIVER_ID", v, (v,), v)
    if locale == "pt-PT":
        v = rng.choice(("L", "P", "C", "BE")) + "-" + _digits(rng, 6) + " " + _digits(rng, 1)
        return Value("DRIVER_ID", v, (v,), v)
    if locale in ("es-MX", "es-ES"):
        v = rng.choice(up) + rng.choice(up) + _digits(rng, 9)
        return Value("DRIVER_ID", v, (v,), v)
    style = rng.randrange(3)
    if style == 0:
        v = rng.choice(up) + _digits(rng, 7)
    elif style == 1:
        v = _digits(rng, 9)
    else:
        v = rng.choice(up) + _digits(rng, 12)
    return Value("DRIVER_ID", v, (v,), v)


def _cnh(rng: random.Random) -> str:
    nine = _digits(rng, 9)
    s = sum(int(d) * w for d, w in zip(nine, range(9, 0, -1), strict=True))
    d1 = s % 11
    dsc = 0
    if d1 >= 10:
        d1, dsc = 0, 2
    s = sum(int(d) * w for d, w in zip(nine, range(1, 10), strict=True))
    d2 = s % 11
    d2 = 0 if d2 >= 10 else (d2 - dsc) % 10
    return f"{nine}{d1}{d2}"


_WORDS = [
    "sol",
    "luna",
    "gato",
    "perro",
    "casa",
    "mar",
    "verde",
    "azul",
    "chat",
    "soleil",
    "maison",
    "Sonne",
    "Katze",
    "Haus",
    "praia",
    "futebol",
    "tigre",
    "dragon",
    "pizza",
    "mango",
    "cafe",
    "rio",
    "lobo",
    "estrela",
    "blume",
    "winter",
    "summer",
]
_SYMBOLS = "!#$%&*?._-"


def password(rng: random.Random) -> Value:
    style = rng.randrange(4)
    w = rng.choice(_WORDS)
    if style == 0:
        v = w.capitalize() + _digits(rng, rng.choice((2, 4))) + rng.choice(_SYMBOLS)
    elif style == 1:
        v = rng.choice(_SYMBOLS) + w + rng.choice(_WORDS).capitalize() + _digits(rng, 2)
    elif style == 2:
        alphabet = string.ascii_letters + string.digits + "!#$%*?"
        v = "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
    else:
        table = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
        v = (w + rng.choice(_WORDS)).translate(table) + rng.choice(_SYMBOLS) + _digits(rng, 1)
    return Value("PASSWORD", v, (v,), v)


def aws_access_key(rng: random.Random) -> Value:
    v = rng.choice(("AKIA", "AKIA", "ASIA")) + "".join(
        rng.choice(string.ascii_uppercase + "234567") for _ in range(16)
    )
    return Value("AWS_ACCESS_KEY", v, (v,), v)


def aws_secret_key(rng: random.Random) -> Value:
    v = "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))
    return Value("AWS_SECRET_KEY", v, (v,), v)


def ip_address(rng: random.Random) -> Value:
    style = rng.randrange(6)
    if style == 0:
        v = f"192.0.2.{rng.randint(1, 254)}"
    elif style == 1:
        v = f"198.51.100.{rng.randint(1, 254)}"
    elif style == 2:
        v = f"203.0.113.{rng.randint(1, 254)}"
    elif style == 3:
        v = f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    elif style == 4:
        v = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    else:
        v = "2001:db8:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice((2, 3))))
        v += "::" + f"{rng.randint(1, 0xFFFF):x}"
    return Value("IP_ADDRESS", v, (v,), v)


def mac_address(rng: random.Random) -> Value:
    octets = [f"{rng.randint(0, 255):02X}" for _ in range(6)]
    v = "".join(octets)
    return Value("MAC_ADDRESS", v, tuple(octets), ":".join(octets))


FIRST_NAMES = {
    "en": [
        "james",
        "mary",
        "john",
        "linda",
        "mike",
        "sarah",
        "david",
        "emma",
        "chris",
        "olivia",
        "kevin",
        "chloe",
        "ryan",
        "megan",
    ],
    "es": [
        "ana",
        "jose",
        "maria",
        "carlos",
        "lucia",
        "javier",
        "sofia",
        "miguel",
        "paula",
        "diego",
        "elena",
        "pablo",
        "lupita",
        "memo",
    ],
    "fr": [
        "camille",
        "lucas",
        "chloe",
        "hugo",
        "lea",
        "louis",
        "manon",
        "jules",
        "ines",
        "theo",
        "sarah",
        "nathan",
        "clara",
        "enzo",
    ],
    "de": [
        "lukas",
        "anna",
        "jonas",
        "lea",
        "finn",
        "mia",
        "leon",
        "emma",
        "paul",
        "lena",
        "felix",
        "sophie",
        "jan",
        "julia",
    ],
    "pt": [
        "joao",
        "maria",
        "pedro",
        "ana",
        "lucas",
        "julia",
        "gabriel",
        "beatriz",
        "rafael",
        "mariana",
        "tiago",
        "ines",
        "rui",
        "carla",
    ],
}
LAST_NAMES = {
    "en": [
        "smith",
        "johnson",
        "brown",
        "taylor",
        "walker",
        "wilson",
        "evans",
        "clarke",
        "miller",
        "davis",
    ],
    "es": [
        "garcia",
        "lopez",
        "martinez",
        "sanchez",
        "perez",
        "gomez",
        "ruiz",
        "hernandez",
        "diaz",
        "moreno",
    ],
    "fr": [
        "martin",
        "bernard",
        "dubois",
        "thomas",
        "robert",
        "richard",
        "petit",
        "durand",
        "leroy",
        "moreau",
    ],
    "de": [
        "mueller",
        "schmidt",
        "schneider",
        "fischer",
        "weber",
        "meyer",
        "wagner",
        "becker",
        "schulz",
        "hoffmann",
    ],
    "pt": [
        "silva",
        "santos",
        "oliveira",
        "souza",
        "costa",
        "ferreira",
        "pereira",
        "rodrigues",
        "almeida",
        "carvalho",
    ],
}
DOMAINS = {
    "en": ("example.com", "gmail.com", "outlook.com", "yahoo.co.uk", "example.org", "icloud.com"),
    "es": ("example.com", "gmail.com", "hotmail.es", "yahoo.com.mx", "outlook.es", "example.es"),
    "fr": ("example.fr", "gmail.com", "orange.fr", "free.fr", "laposte.net", "example.com"),
    "de": ("example.de", "gmx.de", "web.de", "t-online.de", "gmail.com", "example.com"),
    "pt": ("example.com", "gmail.com", "uol.com.br", "sapo.pt", "hotmail.com", "example.com.br"),
}


def username(rng: random.Random, lang: str) -> Value:
    f, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
    style = rng.randrange(4)
    if style == 0:
        v = f"{f}_{last}{rng.randint(1, 99)}"
    elif style == 1:
        v = f"{f[0]}{last}{rng.randint(70, 99)}"
    elif style == 2:
        v = f"{f}.{last}"
    else:
        v = f"{last}{f[:3]}_{rng.randint(100, 999)}"
    return Value("USERNAME", v, (v,), v)


def email(rng: random.Random, lang: str) -> Value:
    f, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
    style = rng.randrange(5)
    if style == 0:
        local = f"{f}.{last}"
    elif style == 1:
        local = f"{f}{last}{rng.randint(1, 99)}"
    elif style == 2:
        local = f"{f[0]}{last}"
    elif style == 3:
        local = f"{f}_{last}{rng.randint(1970, 2005)}"
    else:
        local = f"{f}.{last}+{rng.choice(('promo', 'shop', 'news'))}"
    domain = rng.choice(DOMAINS[lang])
    v = f"{local}@{domain}"
    return Value("EMAIL", v, (local, domain), v)


# ---------------------------------------------------------------- phones

# Each country: country code, a generator of the national significant number, and formats.
# A format is a pattern over the NSN where "#" takes the next digit.


def phone(rng: random.Random, country: str) -> Value:
    """Return a phone; canonical is country code + national significant number."""
    fmts: tuple[str, ...]
    if country == "ES":
        nsn = rng.choice("67") + _digits(rng, 8) if rng.random() < 0.8 else "91" + _digits(rng, 7)
        cc, fmts = (
            "34",
            (
                "+34 ### ### ###",
                "### ## ## ##",
                "#########",
                "0034 ### ### ###",
                "+34#########",
                "+34 ### ## ## ##",
                "### ### ###",
            ),
        )
    elif country == "MX":
        nsn = rng.choice(("55", "33", "81")) + _digits(rng, 8)
        cc, fmts = (
            "52",
            (
                "+52 ## #### ####",
                "## #### ####",
                "(##) ####-####",
                "##########",
                "+52 1 ## #### ####",
                "+52##########",
            ),
        )
    elif country == "BR":
        nsn = rng.choice(("11", "21", "31", "41", "51", "61", "71", "81")) + "9" + _digits(rng, 8)
        cc, fmts = (
            "55",
            (
                "+55 ## #####-####",
                "(##) #####-####",
                "## ##### ####",
                "###########",
                "+55 (##) # ####-####",
                "(##)#####-####",
            ),
        )
    elif country == "FR":
        nsn = (
            rng.choice("67") + _digits(rng, 8)
            if rng.random() < 0.8
            else rng.choice("1245") + _digits(rng, 8)
        )
        cc, fmts = (
            "33",
            (
                "+33 # ## ## ## ##",
                "0# ## ## ## ##",
                "0#.##.##.##.##",
                "0#########",
                "+33 (0)# ## ## ## ##",
                "0033 # ## ## ## ##",
                "0#-##-##-##-##",
            ),
        )
    elif country == "DE":
        if rng.random() < 0.75:
            nsn = rng.choice(("151", "152", "160", "162", "170", "172", "176")) + _digits(rng, 8)
            cc, fmts = (
                "49",
                (
                    "+49 ### ########",
                    "0### ########",
                    "0###/########",
                    "+49 (0)### #### ####",
                    "0###-#### ####",
                    "0049 ### ########",
                    "0###########",
                ),
            )
        else:
            nsn = rng.choice(("30", "40", "89")) + _digits(rng, 8)
            cc, fmts = (
                "49",
                (
                    "+49 ## ########",
                    "0## ########",
                    "0##/#### ####",
                    "+49 (0)## ########",
                    "0## #### ####",
                ),
            )
    elif country == "PT":
        nsn = (
            rng.choice(("91", "92", "93", "96")) + _digits(rng, 7)
            if rng.random() < 0.8
            else rng.choice(("21", "22")) + _digits(rng, 7)
        )
        cc, fmts = (
            "351",
            (
                "+351 ### ### ###",
                "### ### ###",
                "#########",
                "00351 ### ### ###",
                "+351#########",
                "### ######",
            ),
        )
    elif country == "US":
        nsn = (
            rng.choice(("212", "415", "312", "305", "713", "646", "617", "206"))
            + "5550"
            + _digits(rng, 3)
        )
        nsn = nsn[:6] + "01" + nsn[8:]
        cc, fmts = (
            "1",
            (
                "(###) ###-####",
                "###-###-####",
                "+1 ### ### ####",
                "1-###-###-####",
                "###.###.####",
                "+1 (###) ###-####",
                "##########",
            ),
        )
    elif country == "UK":
        if rng.random() < 0.7:
            nsn = "7700900" + _digits(rng, 3)
            fmts = (
                "0#### ######",
                "+44 #### ######",
                "+44 (0)#### ### ###",
                "0##########",
                "0#### ### ###",
            )
        else:
            nsn = "2079460" + _digits(rng, 3)
            fmts = ("0## #### ####", "+44 ## #### ####", "+44 (0)## #### ####", "0##########")
        cc = "44"
    else:
        raise ValueError(country)
    fmt = rng.choice(fmts)
    digits = iter(nsn)
    rendered = "".join(next(digits) if ch == "#" else ch for ch in fmt)
    assert next(digits, None) is None, (fmt, nsn)
    groups = tuple(g for g in _phone_groups(rendered) if g)
    return Value("PHONE", cc + nsn, groups, rendered, {"nsn": nsn, "cc": cc, "country": country})


def _phone_groups(rendered: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in rendered:
        if ch.isdigit() or (ch == "+" and not cur):
            cur += ch
        else:
            if cur:
                out.append(cur)
            cur = ""
    out.append(cur)
    return out
