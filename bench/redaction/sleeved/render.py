"""Turn drawn values into the surface forms customers type, per language, locale and family."""

from __future__ import annotations

import random

import phonenumbers

from . import values as v

FAMILY = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "esp": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ib": "iban_broken",
    "mm": "multi_message",
    "ctx": "context_only",
}

TYPES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CARD4": "CREDIT_DEBIT_NUMBER",
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
    "DRIVER": "DRIVER_ID",
    "PASSWORD": "PASSWORD",
    "USER": "USERNAME",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
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
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

# Locales a type belongs to; the generator prefers them and falls back to any of the language.
HOME = {
    "SSN": ["en-US", "es-US"],
    "ITIN": ["en-US", "es-US"],
    "NINO": ["en-GB"],
    "DNI": ["es-ES"],
    "NIE": ["es-ES"],
    "CURP": ["es-MX", "es-US"],
    "RFC": ["es-MX", "es-US"],
    "CLABE": ["es-MX", "es-US"],
    "CPF": ["pt-BR"],
    "CNPJ": ["pt-BR"],
    "NIR": ["fr-FR"],
    "STEUER": ["de-DE"],
    "NIF": ["pt-PT"],
    "ROUTING": [
        "en-US",
        "en-GB",
        "en-IE",
        "en-CA",
        "en-AU",
        "es-US",
        "de-DE",
        "de-AT",
        "de-CH",
        "pt-BR",
    ],
    "ACCT": [
        "en-US",
        "en-GB",
        "en-IE",
        "en-CA",
        "en-AU",
        "en-NZ",
        "en-ZA",
        "en-IN",
        "es-ES",
        "es-MX",
        "es-AR",
        "es-CO",
        "es-CL",
        "es-US",
        "de-DE",
        "de-AT",
        "de-CH",
        "pt-BR",
        "pt-PT",
        "fr-FR",
        "fr-BE",
        "fr-CA",
        "fr-CH",
    ],
}

DIGITS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}

NOISE = {
    "en": [
        " 😅 ",
        " | ",
        " / ",
        "\n",
        " .. ",
        " and ",
        " then ",
        " 👉 ",
        " - wait - ",
        "  ",
        " , ",
    ],
    "es": [" 😅 ", " | ", " / ", "\n", " ... ", " y ", " luego ", " 🙏 ", " espera ", " - ", " , "],
    "fr": [
        " 😅 ",
        " | ",
        " / ",
        "\n",
        " ... ",
        " et ",
        " puis ",
        " 🙏 ",
        " attendez ",
        " - ",
        " , ",
    ],
    "de": [
        " 😅 ",
        " | ",
        " / ",
        "\n",
        " ... ",
        " und ",
        " dann ",
        " 👍 ",
        " moment ",
        " - ",
        " , ",
    ],
    "pt": [" 😅 ", " | ", " / ", "\n", " ... ", " e ", " depois ", " 🙏 ", " pera ", " - ", " , "],
}

AT_DOT = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), (" arroba ", "."), ("(arroba)", "(punto)"), (" @ ", " punto ")],
    "fr": [
        (" arobase ", " point "),
        (" at ", " point "),
        ("(arobase)", "(point)"),
        (" arobase ", "."),
    ],
    "de": [(" at ", " punkt "), (" [at] ", " [punkt] "), ("(at)", "(punkt)"), (" ät ", " Punkt ")],
    "pt": [(" arroba ", " ponto "), (" arroba ", "."), ("(arroba)", "(ponto)"), (" @ ", " ponto ")],
}

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sep.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
}
MONTHS_LONG = {
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


# ---------------------------------------------------------------- number words
def _en_pair(n: int) -> str:
    d = DIGITS["en"]
    teens = [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 10:
        return "oh " + d[n]
    if n < 20:
        return teens[n - 10]
    return tens[n // 10] + ("" if n % 10 == 0 else "-" + d[n % 10])


def _es_pair(n: int) -> str:
    small = [
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
        "veintiuno",
        "veintidós",
        "veintitrés",
        "veinticuatro",
        "veinticinco",
        "veintiséis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ]
    tens = [
        "",
        "",
        "",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ]
    if n < 10:
        return "cero " + small[n]
    if n < 30:
        return small[n]
    return tens[n // 10] + ("" if n % 10 == 0 else " y " + small[n % 10])


def _fr_pair(n: int, locale: str) -> str:
    small = [
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
    ]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    if locale in ("fr-BE", "fr-CH"):
        tens.update({7: "septante", 9: "nonante"})
        if locale == "fr-CH":
            tens[8] = "huitante"
    if n < 10:
        return "zéro " + small[n]
    if n <= 16:
        return small[n]
    if n < 20:
        return "dix-" + small[n - 10]
    t, u = divmod(n, 10)
    if t in tens:
        if u == 0:
            return tens[t]
        return tens[t] + (" et un" if u == 1 else "-" + small[u])
    if t == 7:
        return "soixante" + (" et onze" if u == 1 else "-" + _fr_pair(10 + u, "fr-FR"))
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + small[u]
    return "quatre-vingt-" + _fr_pair(10 + u, "fr-FR")


def _de_pair(n: int) -> str:
    small = [
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ]
    tens = [
        "",
        "",
        "zwanzig",
        "dreißig",
        "vierzig",
        "fünfzig",
        "sechzig",
        "siebzig",
        "achtzig",
        "neunzig",
    ]
    if n < 10:
        return "null " + small[n]
    if n < 20:
        return small[n]
    t, u = divmod(n, 10)
    if u == 0:
        return tens[t]
    return ("ein" if u == 1 else small[u]) + "und" + tens[t]


def _pt_pair(n: int, locale: str) -> str:
    br = locale == "pt-BR"
    small = [
        "zero",
        "um",
        "dois",
        "três",
        "quatro",
        "cinco",
        "seis",
        "sete",
        "oito",
        "nove",
        "dez",
        "onze",
        "doze",
        "treze",
        "catorze" if not br else "quatorze",
        "quinze",
        "dezesseis" if br else "dezasseis",
        "dezessete" if br else "dezassete",
        "dezoito",
        "dezenove" if br else "dezanove",
    ]
    tens = [
        "",
        "",
        "vinte",
        "trinta",
        "quarenta",
        "cinquenta",
        "sessenta",
        "setenta",
        "oitenta",
        "noventa",
    ]
    if n < 10:
        return "zero " + small[n]
    if n < 20:
        return small[n]
    t, u = divmod(n, 10)
    return tens[t] + ("" if u == 0 else " e " + small[u])


def pair_word(n: int, lang: str, locale: str) -> str:
    if lang == "en":
        return _en_pair(n)
    if lang == "es":
        return _es_pair(n)
    if lang == "fr":
        return _fr_pair(n, locale)
    if lang == "de":
        return _de_pair(n)
    return _pt_pair(n, locale)


def digit_word(d: str, lang: str, locale: str, rng: random.Random) -> str:
    if lang == "en" and d == "0" and rng.random() < 0.5:
        return "oh"
    if lang == "de" and d == "2" and rng.random() < 0.5:
        return "zwo"
    if lang == "pt" and locale == "pt-BR" and d == "6" and rng.random() < 0.6:
        return "meia"
    return DIGITS[lang][int(d)]


_HUNDREDS = {
    "es": [
        "-",
        "ciento",
        "doscientos",
        "trescientos",
        "cuatrocientos",
        "quinientos",
        "seiscientos",
        "setecientos",
        "ochocientos",
        "novecientos",
    ],
    "pt": [
        "-",
        "cento",
        "duzentos",
        "trezentos",
        "quatrocentos",
        "quinhentos",
        "seiscentos",
        "setecentos",
        "oitocentos",
        "novecentos",
    ],
}


def hundred_word(group: str, lang: str, locale: str, rng: random.Random) -> str:
    """Read a group of three digits as one number ('four fifteen', 'cuatrocientos quince')."""
    if group[0] == "0":
        return digit_word("0", lang, locale, rng) + " " + pair_word(int(group[1:]), lang, locale)
    h, r = int(group[0]), int(group[1:])
    small = DIGITS[lang][r] if r < 10 else pair_word(r, lang, locale)
    if lang == "en":
        if r == 0:
            return DIGITS["en"][h] + " hundred"
        if rng.random() < 0.5:
            return DIGITS["en"][h] + " " + pair_word(r, lang, locale)
        return DIGITS["en"][h] + " hundred " + small
    if lang in ("es", "pt"):
        if r == 0:
            return ("cien" if lang == "es" else "cem") if h == 1 else _HUNDREDS[lang][h]
        return _HUNDREDS[lang][h] + (" e " if lang == "pt" else " ") + small
    if lang == "fr":
        head = "cent" if h == 1 else DIGITS["fr"][h] + (" cents" if r == 0 else " cent")
        return head if r == 0 else head + " " + small
    head = ("ein" if h == 1 else DIGITS["de"][h]) + "hundert"
    return head + ("" if r == 0 else small)


def spell(digit_text: str, lang: str, locale: str, rng: random.Random) -> str:
    """Spell digits the way people read numbers out: one by one, in pairs, hundreds or 'double'."""
    style = rng.choice(
        ["digits", "digits", "pairs", "hundreds"] + (["double"] if lang == "en" else [])
    )
    if lang == "fr" and len(digit_text) >= 8:
        style = "pairs"
    if style == "hundreds" and len(digit_text) % 3 == 0:
        words = [
            hundred_word(digit_text[i : i + 3], lang, locale, rng)
            for i in range(0, len(digit_text), 3)
        ]
        return rng.choice([", ", " ", " - "]).join(words)
    if style == "pairs" and len(digit_text) % 2 == 0:
        words = [
            pair_word(int(digit_text[i : i + 2]), lang, locale)
            for i in range(0, len(digit_text), 2)
        ]
        return rng.choice([" ", ", ", " "]).join(words)
    words = []
    i = 0
    while i < len(digit_text):
        d = digit_text[i]
        if style == "double" and i + 1 < len(digit_text) and digit_text[i + 1] == d:
            if i + 2 < len(digit_text) and digit_text[i + 2] == d:
                words.append("triple " + digit_word(d, lang, locale, rng))
                i += 3
                continue
            words.append("double " + digit_word(d, lang, locale, rng))
            i += 2
            continue
        words.append(digit_word(d, lang, locale, rng))
        i += 1
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(words)


def substitute(text: str, rng: random.Random) -> str | None:
    """Swap some 0 -> O/o and 1 -> l/I inside digit runs; None if there is nothing to swap."""
    positions = [i for i, c in enumerate(text) if c in "01"]
    if not positions:
        return None
    chosen = set(rng.sample(positions, max(1, min(len(positions), rng.randint(1, 3)))))
    out = []
    for i, c in enumerate(text):
        if i in chosen:
            out.append(rng.choice(["O", "o"]) if c == "0" else rng.choice(["l", "I"]))
        else:
            out.append(c)
    return "".join(out)


def noise_join(groups: list[str], lang: str, rng: random.Random) -> str:
    out = groups[0]
    for g in groups[1:]:
        out += rng.choice(NOISE[lang]) + g
    return out


def split_parts(groups: list[str], n: int, rng: random.Random) -> list[list[str]]:
    if len(groups) < n:
        n = len(groups)
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    bounds = [0, *cuts, len(groups)]
    return [groups[bounds[i] : bounds[i + 1]] for i in range(n)]


PHONE_GROUPS = {
    7: [3, 4],
    8: [4, 4],
    9: [3, 3, 3],
    10: [3, 3, 4],
    11: [3, 4, 4],
    12: [4, 4, 4],
    13: [3, 4, 3, 3],
}
# How people of a country group their national number when they type it (by digit count).
REGION_GROUPS = {
    ("FR", 10): [2, 2, 2, 2, 2],
    ("BE", 10): [4, 2, 2, 2],
    ("BE", 9): [3, 2, 2, 2],
    ("CH", 10): [3, 3, 2, 2],
    ("BR", 11): [2, 5, 4],
    ("BR", 10): [2, 4, 4],
    ("MX", 10): [2, 4, 4],
    ("AT", 10): [4, 3, 3],
    ("DE", 11): [4, 3, 4],
}


def phone_chunks(digit_text: str, region: str = "") -> list[str]:
    n = len(digit_text)
    return chunks(digit_text, REGION_GROUPS.get((region, n)) or PHONE_GROUPS.get(n, [3, 3, 3, 3]))


def chunks(text: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(text[i : i + s])
        i += s
    if i < len(text):
        out.append(text[i:])
    return [c for c in out if c]


# ---------------------------------------------------------------- a drawn value and its groups
class Value:
    def __init__(self, plain: str, groups: list[str], digits_only: str = "") -> None:
        self.plain = plain
        self.groups = groups
        self.digits_only = digits_only or "".join(c for c in plain if c.isdigit())
        self.e164 = ""
        self.national_digits = ""
        self.country_code = ""
        self.nsn = ""
        self.region = ""


def draw(key: str, locale: str, rng: random.Random, lang: str) -> Value:
    country = locale.split("-")[1]
    if key == "CARD":
        c = v.card(rng)
        return Value(c, v.card_groups(c))
    if key == "CARD4":
        c = v.digits(rng, 4)
        return Value(c, [c[:2], c[2:]])
    if key == "CVV":
        c = v.cvv(rng, amex=rng.random() < 0.1)
        return Value(c, list(c))
    if key == "PIN":
        c = v.pin(rng)
        return Value(c, [c[i : i + 2] for i in range(0, len(c), 2)])
    if key == "ACCT":
        c = v.bank_account(rng, country)
        d = c.replace("-", "")
        return Value(c, chunks(d, [4, 4, 4]) if len(d) > 8 else chunks(d, [4, 4]))
    if key == "ROUTING":
        c = v.bank_routing(rng, country)
        d = "".join(ch for ch in c if ch.isdigit())
        if "-" in c:
            return Value(c, c.split("-"))
        return Value(c, chunks(d, [3, 3, 3]) if len(d) == 9 else chunks(d, [2, 2, 2, 2]))
    if key == "IBAN":
        ic = {
            "US": "GB",
            "CA": "GB",
            "AU": "GB",
            "NZ": "IE",
            "ZA": "GB",
            "IN": "GB",
            "MX": "ES",
            "AR": "ES",
            "CO": "ES",
            "CL": "ES",
            "AO": "PT",
        }.get(country, country)
        if rng.random() < 0.12:
            ic = rng.choice(["ES", "DE", "FR", "PT", "GB", "BR", "BE", "IT", "AT", "CH", "IE"])
        c = v.iban_for(rng, ic)
        return Value(c, [c[i : i + 4] for i in range(0, len(c), 4)])
    if key == "SWIFT":
        c = v.bic_code(rng, {"AO": "AO"}.get(country, country))
        return Value(c, [c[:4], c[4:6], c[6:]])
    if key == "EMAIL":
        local, domain = v.email(rng)
        return Value(local + "@" + domain, [local, domain])
    if key == "PHONE":
        region = country
        if rng.random() < 0.08:
            region = rng.choice(v.ALL_REGIONS)
        return _phone_value(v.phone(rng, region), rng)
    if key == "SSN":
        c = v.us_ssn(rng)
        return Value(c[:3] + "-" + c[3:5] + "-" + c[5:], [c[:3], c[3:5], c[5:]])
    if key == "ITIN":
        c = v.us_itin(rng)
        return Value(c[:3] + "-" + c[3:5] + "-" + c[5:], [c[:3], c[3:5], c[5:]])
    if key == "NINO":
        c = v.uk_nino(rng)
        return Value(c, [c[:2], c[2:4], c[4:6], c[6:8], c[8]])
    if key == "PASSPORT":
        c = v.passport(rng, country)
        return Value(c, chunks(c, [3, 3, 3]))
    if key == "DRIVER":
        c = v.driver_id(rng, country)
        return Value(c, chunks(c, [4, 4, 4, 4]))
    if key == "PASSWORD":
        c = v.password(rng)
        return Value(c, [c])
    if key == "PWURL":
        c = v.password(rng, url_safe=True)
        return Value(c, [c])
    if key == "USER":
        c = v.username(rng)
        return Value(c, [c])
    if key == "AKID":
        c = v.aws_access_key(rng)
        return Value(c, [c])
    if key == "ASK":
        c = v.aws_secret_key(rng)
        return Value(c, [c])
    if key == "IP":
        c = v.ip_address(rng)
        return Value(c, [c])
    if key == "MAC":
        c = v.mac_address(rng)
        return Value(c, [c])
    if key == "DNI":
        c = v.es_dni(rng)
        return Value(c, [c[:2], c[2:5], c[5:8], c[8]])
    if key == "NIE":
        c = v.es_nie(rng)
        return Value(c, [c[0], c[1:8], c[8]])
    if key == "CURP":
        c = v.mx_curp(rng)
        return Value(c, [c[:4], c[4:10], c[10:16], c[16:]])
    if key == "RFC":
        c = v.mx_rfc(rng)
        return Value(c, [c[:4], c[4:10], c[10:]])
    if key == "CLABE":
        c = v.mx_clabe(rng)
        return Value(c, [c[:3], c[3:6], c[6:17], c[17]])
    if key == "CPF":
        c = v.br_cpf(rng)
        return Value(
            c[:3] + "." + c[3:6] + "." + c[6:9] + "-" + c[9:], [c[:3], c[3:6], c[6:9], c[9:]]
        )
    if key == "CNPJ":
        c = v.br_cnpj(rng)
        return Value(
            c[:2] + "." + c[2:5] + "." + c[5:8] + "/" + c[8:12] + "-" + c[12:],
            [c[:2], c[2:5], c[5:8], c[8:12], c[12:]],
        )
    if key == "NIR":
        c = v.fr_nir(rng)
        g = [c[0], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13], c[13:]]
        return Value(c, g)
    if key == "STEUER":
        c = v.de_idnr(rng)
        return Value(c, [c[:2], c[2:5], c[5:8], c[8:]])
    if key == "NIF":
        c = v.pt_nif(rng)
        return Value(c, [c[:3], c[3:6], c[6:]])
    raise KeyError(key)


def _phone_value(number: phonenumbers.PhoneNumber, rng: random.Random) -> Value:
    fmt = rng.choice(
        [
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
        ]
    )
    text = phonenumbers.format_number(number, fmt)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    groups = [
        g for g in national.replace("(", " ").replace(")", " ").replace("-", " ").split() if g
    ]
    if len(groups) < 2:
        groups = phone_chunks("".join(c for c in national if c.isdigit()))
    value = Value(text, groups)
    value.e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    value.national_digits = "".join(c for c in national if c.isdigit())
    value.country_code = str(number.country_code)
    value.nsn = phonenumbers.national_significant_number(number)
    value.region = phonenumbers.region_code_for_number(number) or ""
    return value


def expiry(lang: str, locale: str, rng: random.Random, compact: bool) -> str:
    month, year = rng.randint(1, 12), rng.randint(26, 33)
    if compact:
        return f"{month:02d}{year:02d}"
    style = rng.randrange(7)
    if style == 0:
        return f"{month:02d}/{year:02d}"
    if style == 1:
        return f"{month:02d}/20{year:02d}"
    if style == 2:
        return f"{month}/{year:02d}"
    if style == 3:
        return f"{month:02d}-{year:02d}"
    if style == 4:
        return f"{MONTHS[lang][month - 1]} {year:02d}"
    if style == 5:
        joiner = {"es": " de ", "pt": " de "}.get(lang, " ")
        return MONTHS_LONG[lang][month - 1] + joiner + f"20{year:02d}"
    return f"{month:02d} / {year:02d}"


def render(key: str, fam: str, lang: str, locale: str, rng: random.Random) -> tuple[str, Value]:
    """Return the surface text of one value (not multi-message) and the drawn value."""
    if key == "EXP":
        text = expiry(lang, locale, rng, fam == "cexp")
        return text, Value(text, [text])
    if key == "PASSWORD" and fam == "url":
        key = "PWURL"
    val = draw(key, locale, rng, lang)
    if fam in ("p", "ctx", "url", "kv"):
        return val.plain, val
    if fam == "sd":
        if key == "NINO":
            return " ".join(val.groups), val
        if key in ("DNI",):
            body = val.plain[:-1]
            sep = rng.choice([".", " "])
            return body[:2] + sep + body[2:5] + sep + body[5:] + rng.choice(
                ["-", " ", ""]
            ) + val.plain[-1], val
        if key == "PHONE":
            sep = rng.choice([" ", "-", ".", " "])
            prefix = rng.choice(["", "", "+" + val.country_code + " "])
            groups = val.groups if not prefix else phone_chunks(val.nsn, val.region)
            return prefix + sep.join(groups), val
        sep = (
            rng.choice([" ", "-", " ", "."])
            if key not in ("CARD", "IBAN")
            else rng.choice([" ", "-", " "])
        )
        return sep.join(val.groups), val
    if fam == "ib":
        style = rng.randrange(4)
        c = val.plain
        if style == 0:
            return " ".join(val.groups), val
        if style == 1:
            return "-".join(val.groups), val
        if style == 2:
            cut = rng.choice([8, 12, 16])
            return c[:cut] + "\n" + c[cut:], val
        sizes = [rng.choice([2, 4, 6]) for _ in range(12)]
        return " ".join(chunks(c, sizes)), val
    if fam == "noise":
        groups = val.groups
        if key == "PHONE":
            groups = phone_chunks(val.national_digits, val.region)
        return noise_join(groups, lang, rng), val
    if fam == "sub":
        base = val.plain if key != "PHONE" else val.national_digits
        if key == "CARD" and rng.random() < 0.5:
            base = " ".join(val.groups)
        for _ in range(30):
            out = substitute(base, rng)
            if out is not None:
                return out, val
            val = draw(key, locale, rng, lang)
            base = val.plain if key != "PHONE" else val.national_digits
        raise RuntimeError("no 0 or 1 to substitute in " + key)
    if fam == "spell":
        d = val.digits_only if key != "PHONE" else val.national_digits
        if key in ("CPF", "SSN", "ACCT", "CARD", "NIF", "CLABE") and rng.random() < 0.5:
            parts = [
                spell(g, lang, locale, rng)
                for g in (val.groups if key != "ACCT" else chunks(d, [4, 4, 4]))
            ]
            return ", ".join(parts), val
        return spell(d, lang, locale, rng), val
    if fam == "esp":
        local, domain = val.groups
        at, dot = rng.choice(AT_DOT[lang])
        spelled = local + at + domain.replace(".", dot)
        if rng.random() < 0.3:
            spelled = spelled.replace("_", " underscore " if lang == "en" else "_")
        return spelled.strip(), val
    if fam == "pct":
        if key == "EMAIL":
            local, domain = val.groups
            return local.replace("_", "%5F" if rng.random() < 0.3 else "_") + "%40" + domain, val
        if key == "PHONE":
            return "%2B" + val.e164[1:], val
        return val.plain, val
    raise KeyError(fam)


def render_multi(
    key: str, lang: str, locale: str, rng: random.Random, n_parts: int
) -> tuple[list[str], Value]:
    val = draw(key, locale, rng, lang)
    groups = val.groups
    if key == "PHONE":
        groups = phone_chunks(val.national_digits, val.region)
    if len(groups) < n_parts:
        compact = "".join(groups)
        size = -(-len(compact) // n_parts)
        groups = [compact[i : i + size] for i in range(0, len(compact), size)]
    parts = split_parts(groups, n_parts, rng)
    sep = rng.choice([" ", "", " ", "-"]) if key != "CPF" else rng.choice([".", ""])
    return [sep.join(p) for p in parts], val
