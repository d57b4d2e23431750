"""Turn a drawn value into the text a customer would type for one obfuscation family."""

from __future__ import annotations

import random
import re

from . import values as v

TYPES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASS": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "AKID": "AWS_ACCESS_KEY",
    "AKS": "AWS_SECRET_KEY",
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
}
FAMILIES = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "nz": "split_by_noise",
    "ls": "letter_substitution",
    "sp": "spelled_out",
    "em": "email_spelled",
    "pe": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cx": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm1": "multi_message",
    "mm2": "multi_message",
    "mm3": "multi_message",
}
DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
JOIN_WORD = {"en": "then", "es": "y", "fr": "puis", "de": "dann", "pt": "e"}
AT_DOT = {
    "en": [(" at ", " dot "), ("[at]", "[dot]"), (" (at) ", " (dot) ")],
    "es": [(" arroba ", " punto "), (" arroba ", "."), ("(arroba)", "(punto)")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("[at]", "[point]")],
    "de": [(" at ", " punkt "), ("(at)", "(punkt)"), (" ät ", " Punkt ")],
    "pt": [(" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" arroba ", ".")],
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def _chunks(text: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(text[i : i + size])
        i += size
    if i < len(text):
        out.append(text[i:])
    return [c for c in out if c]


def draw(code: str, rng: random.Random, locale: str, lang: str) -> tuple[str, list[str]]:
    """Return the plain text of a fresh value and its natural groups."""
    if code == "CARD":
        value = v.card(rng)
        return value, v.card_groups(value)
    if code == "CVV":
        value = v.cvv(rng)
        return value, list(value)
    if code == "PIN":
        value = v.pin(rng)
        return value, list(value)
    if code == "EXP":
        month, year = v.expiry(rng)
        style = rng.choice(["mm/yy", "mm/yy", "m/yy", "mm/yyyy", "mm-yy", "name"])
        if style == "mm/yy":
            text = f"{month:02d}/{year:02d}"
        elif style == "m/yy":
            text = f"{month}/{year:02d}"
        elif style == "mm/yyyy":
            text = f"{month:02d}/20{year:02d}"
        elif style == "mm-yy":
            text = f"{month:02d}-{year:02d}"
        else:
            name = MONTHS[lang][month - 1]
            text = "{} {}".format(name if rng.random() < 0.5 else name[:3].lower(), f"20{year:02d}")
        return text, [f"{month:02d}", f"{year:02d}"]
    if code == "ACCT":
        value = v.account_number(rng)
        return value, _chunks(value, [4, 4, 4])
    if code == "ROUT":
        value = v.routing(rng, locale)
        groups = value.split("-") if "-" in value else _chunks(value, [3, 3, 3, 3])
        return value, groups
    if code == "IBAN":
        value = v.iban_value(rng, lang)
        return value, v.iban_groups(value)
    if code == "SWIFT":
        value = v.swift(rng, lang)
        return value, _chunks(value, [4, 2, 2, 3])
    if code == "EMAIL":
        value = v.email(rng)
        return value, [value]
    if code == "PHONE":
        num = v.phone(rng, locale)
        text = v.phone_text(rng, num)
        groups = [g for g in re.split(r"[^\d+]+", text) if g]
        if len(groups) == 1:
            groups = _chunks(text, [3, 3, 3, 3, 3])
        return text, groups
    if code == "SSN":
        value = v.ssn_value(rng)
        return value[:3] + "-" + value[3:5] + "-" + value[5:], [value[:3], value[3:5], value[5:]]
    if code == "ITIN":
        value = v.itin_value(rng)
        return value[:3] + "-" + value[3:5] + "-" + value[5:], [value[:3], value[3:5], value[5:]]
    if code == "NINO":
        value = v.nino(rng)
        return value, [value[:2], value[2:4], value[4:6], value[6:8], value[8]]
    if code == "PASS":
        value = v.passport(rng, locale)
        return value, _chunks(value, [3, 3, 3])
    if code == "DL":
        value = v.driver_id(rng, locale)
        return value, _chunks(value, [4, 4, 4, 4])
    if code == "PWD":
        value = v.password(rng)
        return value, [value]
    if code == "USER":
        value = v.username(rng)
        return value, [value]
    if code == "AKID":
        value = v.aws_key(rng)
        return value, [value]
    if code == "AKS":
        value = v.aws_secret(rng)
        return value, [value]
    if code == "IP":
        value = v.ip(rng)
        return value, value.split(".")
    if code == "MAC":
        value = v.mac(rng)
        return value, re.split("[:-]", value)
    if code == "DNI":
        value = v.dni_value(rng)
        return value, [value[:2], value[2:5], value[5:8], value[8]]
    if code == "NIE":
        value = v.nie_value(rng)
        return value, [value[0], value[1:8], value[8]]
    if code == "CURP":
        value = v.curp_value(rng)
        return value, _chunks(value, [4, 6, 6, 2])
    if code == "RFC":
        value = v.rfc_value(rng)
        return value, _chunks(value, [4, 6, 3])
    if code == "CLABE":
        value = v.clabe(rng)
        return value, _chunks(value, [3, 3, 11, 1])
    if code == "CPF":
        value = v.cpf_value(rng)
        groups = _chunks(value, [3, 3, 3, 2])
        text = value if rng.random() < 0.4 else "{}.{}.{}-{}".format(*tuple(groups))
        return text, groups
    if code == "CNPJ":
        value = v.cnpj_value(rng)
        groups = _chunks(value, [2, 3, 3, 4, 2])
        text = value if rng.random() < 0.3 else "{}.{}.{}/{}-{}".format(*tuple(groups))
        return text, groups
    if code == "NIR":
        value = v.nir_value(rng)
        return value, _chunks(value, [1, 2, 2, 2, 3, 3, 2])
    if code == "IDNR":
        value = v.idnr_value(rng)
        return value, _chunks(value, [2, 3, 3, 3])
    if code == "NIF":
        value = v.nif_value(rng)
        return value, _chunks(value, [3, 3, 3])
    raise KeyError(code)


def _spell(text: str, lang: str, rng: random.Random) -> str:
    words = DIGIT_WORDS[lang]
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            if lang == "en" and i + 1 < len(text) and text[i + 1] == ch and rng.random() < 0.5:
                out.append("double " + words[int(ch)])
                i += 2
                continue
            out.append(
                "oh" if lang == "en" and ch == "0" and rng.random() < 0.4 else words[int(ch)]
            )
        elif ch.isalnum():
            out.append(ch)
        i += 1
    return " ".join(out)


def _substitute(text: str, rng: random.Random) -> str:
    chars = list(text)
    spots = [i for i, c in enumerate(chars) if c in "01"]
    for i in rng.sample(spots, max(1, len(spots) // 2 + rng.randint(0, 1))) if spots else []:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def noise(rng: random.Random, lang: str) -> str:
    return rng.choice(
        [" 🙂 ", " | ", " / ", "\n", " - ", " 👉 ", " ... ", f" {JOIN_WORD[lang]} ", " 🙏 ", "|"]
    )


def render(
    code: str, fam: str, plain: str, groups: list[str], rng: random.Random, lang: str
) -> str:
    if fam in ("p", "ctx", "url", "kv"):
        return plain
    if fam == "sd":
        sep = rng.choice([" ", " ", "-", "  ", "."])
        return sep.join(groups)
    if fam == "nz":
        return noise(rng, lang).join(groups) if len(groups) > 1 else plain
    if fam == "ls":
        return _substitute(plain, rng)
    if fam == "sp":
        return _spell("".join(groups), lang, rng)
    if fam == "em":
        at, dot = rng.choice(AT_DOT[lang])
        local, domain = plain.split("@")
        return local.replace(".", dot) + at + domain.replace(".", dot)
    if fam == "pe":
        if code == "PHONE":
            return "%2B" + re.sub(r"\D", "", plain)
        local, domain = plain.split("@")
        if rng.random() < 0.4:
            local += "%2Bsupport"
        return local + "%40" + domain
    if fam == "cx":
        return "".join(groups)
    if fam == "ib":
        sep = rng.choice([" ", "-", "\n", " - ", "  "])
        return sep.join(groups)
    raise KeyError(fam)


def split_parts(groups: list[str], plain: str, k: int, rng: random.Random) -> list[str]:
    """Split a value into k message parts, at group borders when there are enough groups."""
    if len(groups) >= k:
        cut = sorted(rng.sample(range(1, len(groups)), k - 1))
        bounds = [0, *cut, len(groups)]
        sep = rng.choice([" ", "", "-"])
        return [sep.join(groups[bounds[i] : bounds[i + 1]]) for i in range(k)]
    text = re.sub(r"\s", "", plain)
    cut = sorted(rng.sample(range(1, len(text)), k - 1))
    bounds = [0, *cut, len(text)]
    return [text[bounds[i] : bounds[i + 1]] for i in range(k)]
