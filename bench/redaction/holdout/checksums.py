"""Check digits of the identifiers in the hold-out corpus, written from the published rules.

Standard library only, so the generator runs anywhere. The same functions serve twice: to build
valid synthetic values and, in the self-check, to prove that every labelled value passes and
every look-alike hard negative fails.
"""

from __future__ import annotations

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return len(number) > 1 and number.isdigit() and luhn_digit(number[:-1]) == number[-1]


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    iban = iban.replace(" ", "").upper()
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    numeric = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    return int(numeric) % 97 == 1


def es_ccc_digits(bank: str, branch: str, account: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

    def one(digits: str) -> str:
        value = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        return {10: "1", 11: "0"}.get(value, str(value))

    return one("00" + bank + branch) + one(account)


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def pt_nib_check(first19: str) -> str:
    return f"{98 - int(first19) * 100 % 97:02d}"


def aba_ok(number: str) -> bool:
    if len(number) != 9 or not number.isdigit():
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 10 == 0


def aba_digit(first8: str) -> str:
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    return str((10 - sum(int(d) * w for d, w in zip(first8, weights, strict=True)) % 10) % 10)


def dni_letter(number: int) -> str:
    return DNI_LETTERS[number % 23]


def dni_ok(value: str) -> bool:
    return (
        len(value) == 9 and value[:8].isdigit() and value[8].upper() == dni_letter(int(value[:8]))
    )


def nie_ok(value: str) -> bool:
    value = value.upper()
    if len(value) != 9 or value[0] not in "XYZ" or not value[1:8].isdigit():
        return False
    return value[8] == dni_letter(int(str("XYZ".index(value[0])) + value[1:8]))


def curp_digit(first17: str) -> str:
    total = sum(CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(first17))
    return str((10 - total % 10) % 10)


def curp_ok(value: str) -> bool:
    value = value.upper()
    return len(value) == 18 and curp_digit(value[:17]) == value[17]


def rfc_digit(first: str) -> str:
    padded = ("   " + first)[-12:]
    total = sum(RFC_ALPHABET.index(c) * (13 - i) for i, c in enumerate(padded))
    return RFC_ALPHABET[(11 - total) % 11]


def rfc_ok(value: str) -> bool:
    value = value.upper()
    return len(value) in (12, 13) and rfc_digit(value[:-1]) == value[-1]


def clabe_digit(first17: str) -> str:
    weights = (3, 7, 1) * 6
    total = sum(int(d) * w % 10 for d, w in zip(first17, weights[:17], strict=True))
    return str((10 - total % 10) % 10)


def clabe_ok(value: str) -> bool:
    return len(value) == 18 and value.isdigit() and clabe_digit(value[:17]) == value[17]


def _cpf_step(digits: str) -> str:
    n = len(digits) + 1
    total = sum(int(d) * (n - i) for i, d in enumerate(digits))
    rest = 11 - total % 11
    return "0" if rest >= 10 else str(rest)


def cpf_digits(first9: str) -> str:
    d1 = _cpf_step(first9)
    return d1 + _cpf_step(first9 + d1)


def cpf_ok(value: str) -> bool:
    return (
        len(value) == 11
        and value.isdigit()
        and len(set(value)) > 1
        and cpf_digits(value[:9]) == value[9:]
    )


def _cnpj_step(digits: str) -> str:
    weights = (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)[-len(digits) :]
    rest = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return "0" if rest < 2 else str(11 - rest)


def cnpj_digits(first12: str) -> str:
    d1 = _cnpj_step(first12)
    return d1 + _cnpj_step(first12 + d1)


def cnpj_ok(value: str) -> bool:
    return (
        len(value) == 14
        and value.isdigit()
        and len(set(value)) > 1
        and cnpj_digits(value[:12]) == value[12:]
    )


def nir_key(first13: str) -> str:
    return f"{97 - int(first13) % 97:02d}"


def nir_ok(value: str) -> bool:
    return (
        len(value) == 15
        and value.isdigit()
        and value[0] in "12"
        and nir_key(value[:13]) == value[13:]
    )


def steuer_id_digit(first10: str) -> str:
    # ISO 7064 MOD 11,10
    product = 10
    for c in first10:
        s = (int(c) + product) % 10 or 10
        product = s * 2 % 11
    return str((11 - product) % 10)


def steuer_id_repetition_ok(first10: str) -> bool:
    counts = sorted((first10.count(d) for d in set(first10)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    # a digit used three times may not stand three times in a row
    return not any(first10[i] == first10[i + 1] == first10[i + 2] for i in range(8))


def steuer_id_ok(value: str) -> bool:
    return (
        len(value) == 11
        and value.isdigit()
        and value[0] != "0"
        and steuer_id_repetition_ok(value[:10])
        and steuer_id_digit(value[:10]) == value[10]
    )


def nif_digit(first8: str) -> str:
    rest = 11 - sum(int(d) * (9 - i) for i, d in enumerate(first8)) % 11
    return "0" if rest >= 10 else str(rest)


def nif_ok(value: str) -> bool:
    return len(value) == 9 and value.isdigit() and nif_digit(value[:8]) == value[8]


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(value: str) -> bool:
    value = value.replace(" ", "").upper()
    return (
        len(value) == 9
        and value[:2].isalpha()
        and value[0] not in NINO_BAD_FIRST
        and value[1] not in NINO_BAD_SECOND
        and value[:2] not in NINO_BAD_PREFIX
        and value[2:8].isdigit()
        and value[8] in "ABCD"
    )


def ssn_ok(value: str) -> bool:
    d = digits_of(value)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def itin_ok(value: str) -> bool:
    d = digits_of(value)
    if len(d) != 9 or d[0] != "9":
        return False
    group = int(d[3:5])
    return 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


def s10_digit(serial8: str) -> str:
    # UPU S10 check digit of postal item numbers (Correos, CTT, Correios, La Poste)
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    rest = 11 - sum(int(d) * w for d, w in zip(serial8, weights, strict=True)) % 11
    return {10: "0", 11: "5"}.get(rest, str(rest))


def passes_any_numeric_check(digits: str) -> list[str]:
    """Which identifier checks a bare digit string of this length would pass."""
    hits = []
    n = len(digits)
    if 13 <= n <= 19 and luhn_ok(digits):
        hits.append("luhn")
    if n == 9:
        if aba_ok(digits):
            hits.append("aba")
        if nif_ok(digits):
            hits.append("nif")
    if n == 11:
        if cpf_ok(digits):
            hits.append("cpf")
        # looser than steuer_id_ok on purpose: some validators skip the repetition rule
        if steuer_id_digit(digits[:10]) == digits[10]:
            hits.append("steuer_id")
    if n == 14 and cnpj_ok(digits):
        hits.append("cnpj")
    if n == 15 and nir_ok(digits):
        hits.append("nir")
    if n == 18 and clabe_ok(digits):
        hits.append("clabe")
    return hits
