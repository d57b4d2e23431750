"""Turn a value into text for one obfuscation family, and draw must_keep values per locale."""

import random

import phonenumbers
import values as V

COUNTRY = {
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
LOCALES = {
    "en": ["en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"],
    "es": ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT", "pt-AO"],
}
IBAN_CC = {"ES", "DE", "FR", "PT", "GB", "BE", "IT", "NL", "AT", "CH", "BR", "IE"}

FAMILY = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "nz": "split_by_noise",
    "ls": "letter_substitution",
    "sp": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}
TYPES = {
    "CC": "CREDIT_DEBIT_NUMBER",
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
    "STID": "DE_TAX_ID",
    "NIF": "PT_NIF",
}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
DOUBLE = {"en": "double", "es": "doble", "fr": "double", "de": "doppel", "pt": "duplo"}
NOISE_WORDS = {
    "en": ["then", "and", "after that"],
    "es": ["luego", "y", "despues"],
    "fr": ["puis", "et", "ensuite"],
    "de": ["dann", "und", "danach"],
    "pt": ["depois", "e", "dps"],
}
NOISE = [" 🙂 ", " | ", " / ", "\n", " 👉 ", " ... ", " // ", " 🔢 ", "|", " * "]
AT = {
    "en": [" at ", " (at) ", " [at] ", " AT "],
    "es": [" arroba ", " (arroba) ", " at "],
    "fr": [" arobase ", " at ", " arrobase "],
    "de": [" at ", " (at) ", " [at] ", " ät "],
    "pt": [" arroba ", " (arroba) ", " at "],
}
DOT = {
    "en": [" dot ", " DOT ", " (dot) "],
    "es": [" punto ", " punto ", " dot "],
    "fr": [" point ", " point "],
    "de": [" punkt ", " Punkt ", " dot "],
    "pt": [" ponto ", " ponto ", " dot "],
}


class Value:
    """A drawn value: groups of characters plus the separator of its usual written form."""

    def __init__(self, groups, sep="", plain=None):
        self.groups = groups
        self.sep = sep
        self._plain = plain

    @property
    def compact(self):
        return "".join(self.groups)

    @property
    def plain(self):
        return self._plain if self._plain is not None else self.sep.join(self.groups)


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def draw(rng: random.Random, typ: str, cc: str) -> Value:
    if typ == "CC":
        c = V.card(rng)
        return Value(chunk(c, [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]), " ", c)
    if typ == "CVV":
        return Value([V.digits(rng, 3)])
    if typ == "EXP":
        m, y = V.expiry(rng)
        return Value([m, y], "/")
    if typ == "PIN":
        return Value([V.digits(rng, rng.choice([4, 4, 4, 6]))])
    if typ == "ACCT":
        n = {"GB": 8, "IE": 8, "DE": 10, "US": rng.choice([10, 12]), "MX": 11, "BR": 8}.get(
            cc, rng.choice([8, 10, 11])
        )
        d = str(rng.randint(1, 9)) + V.digits(rng, n - 1)
        while V.looks_like_identifier(d):
            d = str(rng.randint(1, 9)) + V.digits(rng, n - 1)
        if cc == "BR":
            return Value([d[:5], d[5:6]], "-")
        return Value(chunk(d, [4, 4, 4]), "", d)
    if typ == "ROUT":
        if cc in ("GB", "IE"):
            d = V.digits(rng, 6)
            return Value(chunk(d, [2, 2, 2]), "-")
        if cc in ("DE", "AT"):
            d = rng.choice("1234567") + V.digits(rng, 7 if cc == "DE" else 4)
            return Value(chunk(d, [3, 3, 2]), " ", d)
        if cc == "BR":
            return Value([V.digits(rng, 4), V.digits(rng, 1)], "-")
        if cc == "CA":
            return Value([V.digits(rng, 5), V.digits(rng, 3)], "-")
        if cc == "AU":
            return Value([V.digits(rng, 3), V.digits(rng, 3)], "-")
        d = V.aba(rng)
        return Value(chunk(d, [3, 3, 3]), "", d)
    if typ == "IBAN":
        c = cc if cc in IBAN_CC else rng.choice(["ES", "DE", "FR", "PT", "GB", "BE", "IT"])
        v = V.iban_for(rng, c)
        return Value(chunk(v, [4] * 10), " ")
    if typ == "SWIFT":
        v = V.swift(rng, cc)
        return Value(chunk(v, [4, 2, 2, 3]), "", v)
    if typ == "EMAIL":
        local, dom = V.email_parts(rng)
        return Value([local, "@", dom], "")
    if typ == "PHONE":
        num = V.phone(rng, cc)
        style = rng.choice(["nat", "nat", "intl", "e164"])
        text = V.fmt_phone(rng, num, style)
        parts = [
            p for p in text.replace("-", " ").replace("(", " ").replace(")", " ").split(" ") if p
        ]
        return Value(parts, " ", text)
    if typ == "SSN":
        d = V.ssn_value(rng)
        return Value(chunk(d, [3, 2, 4]), "-")
    if typ == "ITIN":
        d = V.itin_value(rng)
        return Value(chunk(d, [3, 2, 4]), "-")
    if typ == "NINO":
        d = V.nino(rng)
        return Value(chunk(d, [2, 2, 2, 2, 1]), " ", d if rng.random() < 0.5 else None)
    if typ == "PASS":
        return Value([V.passport(rng, cc)])
    if typ == "DL":
        return Value([V.driver(rng, cc)])
    if typ == "PWD":
        return Value([V.password(rng)])
    if typ == "USER":
        return Value([V.username(rng)])
    if typ == "AKID":
        return Value([V.aws_access(rng)])
    if typ == "ASK":
        return Value([V.aws_secret(rng)])
    if typ == "IP":
        v = V.ip(rng)
        return Value(v.split(":" if ":" in v else "."), ":" if ":" in v else ".", v)
    if typ == "MAC":
        v = V.mac(rng)
        return Value(v.replace("-", ":").split(":"), v[2], v)
    if typ == "DNI":
        d = V.es_dni(rng)
        return Value([d[:8], d[8]], "", d if rng.random() < 0.6 else d[:8] + "-" + d[8])
    if typ == "NIE":
        d = V.es_nie(rng)
        return Value([d[0], d[1:8], d[8]], "-", d if rng.random() < 0.6 else None)
    if typ == "CURP":
        v = V.mx_curp(rng)
        return Value(chunk(v, [4, 6, 6, 2]), "", v)
    if typ == "RFC":
        v = V.mx_rfc(rng)
        return Value(chunk(v, [4, 6, 3]), "", v)
    if typ == "CLABE":
        d = V.clabe(rng)
        return Value(chunk(d, [3, 3, 11, 1]), " ", d)
    if typ == "CPF":
        d = V.br_cpf(rng)
        return Value([d[:3], d[3:6], d[6:9], d[9:]], "", f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}")
    if typ == "CNPJ":
        d = V.br_cnpj(rng)
        return Value(
            [d[:2], d[2:5], d[5:8], d[8:12], d[12:]],
            "",
            f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}",
        )
    if typ == "NIR":
        d = V.fr_nir(rng)
        return Value(chunk(d, [1, 2, 2, 2, 3, 3, 2]), " ", d if rng.random() < 0.5 else None)
    if typ == "STID":
        d = V.de_idnr(rng)
        return Value(chunk(d, [2, 3, 3, 3]), " ", d if rng.random() < 0.6 else None)
    if typ == "NIF":
        d = V.pt_nif(rng)
        return Value(chunk(d, [3, 3, 3]), " ", d if rng.random() < 0.7 else None)
    raise KeyError(typ)


def substitute(rng, s):
    out = []
    for i, c in enumerate(s):
        prev_d = i > 0 and (s[i - 1].isdigit() or s[i - 1] in "OolI")
        next_d = i + 1 < len(s) and s[i + 1].isdigit()
        if c == "0" and (prev_d or next_d) and rng.random() < 0.7:
            out.append(rng.choice("OOo"))
        elif c == "1" and (prev_d or next_d) and rng.random() < 0.7:
            out.append(rng.choice("lI"))
        else:
            out.append(c)
    return "".join(out)


def spell(rng, lang, s):
    words = DIGIT_WORDS[lang]
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            if i + 1 < len(s) and s[i + 1] == c and lang in ("en", "es") and rng.random() < 0.5:
                out.append(DOUBLE[lang] + " " + words[int(c)])
                i += 2
                continue
            w = words[int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.4:
                w = "oh"
            if lang == "pt" and c == "6" and rng.random() < 0.5:
                w = "meia"
            out.append(w)
        elif c.isalnum():
            out.append(c)
        i += 1
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(out)


def render(rng, lang, typ, fam, val: Value):
    """Return the text of a value written in family `fam` (not multi_message)."""
    if fam == "p":
        if typ == "EXP":
            m, y = val.groups
            return rng.choice([f"{m}/{y}", f"{m}/{y}", f"{m}/20{y}", f"{m}-{y}", f"{int(m)}/{y}"])
        if typ == "PHONE" and rng.random() < 0.2:
            return val.compact
        return val.plain
    if fam == "ctx":
        return val.compact
    if fam == "sd":
        if typ == "EMAIL":
            return val.plain
        sep = rng.choice(
            [" ", "-", " - ", "  ", "."] if val.compact.isdigit() else [" ", "-", " - "]
        )
        if typ in ("IP", "MAC"):
            return rng.choice(
                [" . ", ". ", " "] if typ == "IP" and val.sep == "." else [" ", " : ", "-"]
            ).join(val.groups)
        if len(val.groups) == 1:
            g = val.groups[0]
            return sep.join(chunk(g, [3, 3, 3, 3, 3, 3]))
        return sep.join(val.groups)
    if fam == "nz":
        gs = val.groups if len(val.groups) > 1 else chunk(val.groups[0], [4, 4, 4, 4])
        out = gs[0]
        for g in gs[1:]:
            if rng.random() < 0.3:
                out += " " + rng.choice(NOISE_WORDS[lang]) + " " + g
            else:
                out += rng.choice(NOISE) + g
        return out
    if fam == "ls":
        base = val.compact if typ in ("CC", "ACCT", "CLABE") and rng.random() < 0.5 else val.plain
        return substitute(rng, base)
    if fam == "sp":
        base = val.compact if typ != "EXP" else "".join(val.groups)
        return spell(rng, lang, base)
    if fam == "es":
        local, _, dom = val.groups
        lp = (
            local.replace(".", rng.choice(DOT[lang]).strip().join("  "))
            if "." in local and rng.random() < 0.5
            else local
        )
        d = rng.choice(DOT[lang])
        return lp + rng.choice(AT[lang]) + dom.replace(".", d)
    if fam == "pe":
        if typ == "EMAIL":
            return val.plain.replace("@", "%40").replace("+", "%2B")
        if typ == "PHONE":
            return "%2B" + val.compact.lstrip("+") if val.compact.startswith("+") else val.compact
        return (
            val.plain.replace("+", "%2B")
            .replace("/", "%2F")
            .replace("@", "%40")
            .replace("#", "%23")
        )
    if fam == "uc":
        return (
            val.plain.replace("@", "%40")
            .replace(":", "%3A")
            .replace("/", "%2F")
            .replace("#", "%23")
            .replace("?", "%3F")
        )
    if fam == "kv":
        return val.plain
    if fam == "ce":
        return "".join(val.groups)
    if fam == "ib":
        out = val.groups[0]
        for g in val.groups[1:]:
            out += rng.choice([" ", "-", "\n", " ", "  ", " - "]) + g
        return out
    raise KeyError(fam)


def split_parts(rng, val: Value, n: int):
    gs = (
        list(val.groups)
        if len(val.groups) >= n
        else chunk(val.compact, [max(1, len(val.compact) // n)] * (n - 1))
    )
    if len(gs) < n:
        gs = chunk(val.compact, [len(val.compact) // n] * (n - 1))
    # distribute groups over n parts, keeping order
    per = [len(gs) // n + (1 if i < len(gs) % n else 0) for i in range(n)]
    parts, i = [], 0
    for k in per:
        parts.append(" ".join(gs[i : i + k]))
        i += k
    return parts


# ---------------- must_keep ----------------
MONTHS = {
    "en": [
        "Jan",
        "Feb",
        "March",
        "April",
        "May",
        "June",
        "July",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ],
    "es": [
        "enero",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "sept",
        "oct",
        "nov",
        "dic",
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
        "sept",
        "oct",
        "nov",
        "déc",
    ],
    "de": [
        "Januar",
        "Feb",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
    ],
    "pt": [
        "jan",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "set",
        "out",
        "nov",
        "dez",
    ],
}


def _keep_once(rng, kind, locale):
    lang, cc = locale[:2], COUNTRY[locale]
    d = V.digits
    if kind == "order":
        return rng.choice(
            [
                "#" + d(rng, 7),
                d(rng, 8),
                "A" + d(rng, 6),
                "ORD-" + d(rng, 6),
                "#" + d(rng, 3) + "-" + d(rng, 7),
            ]
        )
    if kind == "tracking":
        return rng.choice(
            [
                "1Z" + "".join(rng.choice("ABCDEFX0123456789") for _ in range(16)),
                "LX" + d(rng, 9) + "DE",
                "JD" + d(rng, 16),
                "NL" + d(rng, 9) + "BR",
                "TBA" + d(rng, 12),
            ]
        )
    if kind == "zip":
        z = {
            "US": d(rng, 5) + rng.choice(["", "-" + d(rng, 4)]),
            "GB": rng.choice(["SW1A 2AA", "M1 1AE", "EH1 1YZ", "B33 8TH", "CR2 6XH"]),
            "CA": rng.choice(["K1A 0B1", "M5V 3L9", "H2X 1Y4"]),
            "ES": "28" + d(rng, 3),
            "MX": "0" + d(rng, 4),
            "FR": "75" + d(rng, 3),
            "DE": "1" + d(rng, 4),
            "AT": "1" + d(rng, 3),
            "CH": "8" + d(rng, 3),
            "BR": d(rng, 5) + "-" + d(rng, 3),
            "PT": d(rng, 4) + "-" + d(rng, 3),
            "BE": "1" + d(rng, 3),
            "AR": "C" + d(rng, 4) + "AAA",
            "CO": "11" + d(rng, 4),
            "CL": d(rng, 7),
            "AU": "2" + d(rng, 3),
            "IE": rng.choice(["D02 X285", "D08 VF8H", "T12 Y2F4"]),
            "IN": "56" + d(rng, 4),
            "NZ": "6" + d(rng, 3),
            "ZA": "8" + d(rng, 3),
        }
        return z.get(cc, d(rng, 5))
    if kind == "date":
        day, mon = rng.randint(1, 28), rng.randint(1, 12)
        name = MONTHS[lang][mon - 1]
        if cc == "US":
            return rng.choice([f"{mon}/{day}", f"{name} {day}", f"{mon}/{day}/2026"])
        if lang == "en":
            return rng.choice([f"{day}/{mon}", f"{day} {name}", f"{day:02d}/{mon:02d}/2026"])
        if lang == "de":
            return rng.choice([f"{day}.{mon}.", f"{day:02d}.{mon:02d}.2026", f"{day}. {name}"])
        sep = {"es": "de", "pt": "de", "fr": ""}[lang]
        return rng.choice(
            [
                f"{day}/{mon:02d}",
                f"{day} {sep} {name}".replace("  ", " "),
                f"{day:02d}/{mon:02d}/2026",
            ]
        )
    if kind == "time":
        h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
        if lang == "en" and cc in ("US", "CA", "AU", "NZ", "IN"):
            return (
                f"{(h - 1) % 12 + 1}:{m:02d}{rng.choice(['pm', ' pm', 'am', 'PM'])}"
                if m
                else f"{(h - 1) % 12 + 1}{rng.choice(['pm', 'am'])}"
            )
        if lang == "fr":
            return rng.choice([f"{h}h{m:02d}", f"{h}h"])
        if lang == "de":
            return rng.choice([f"{h}:{m:02d} Uhr", f"{h} Uhr"])
        return f"{h}:{m:02d}"
    if kind == "price":
        a, c = rng.randint(5, 899), rng.choice([0, 99, 50, 90, 49])
        if cc in ("US", "CA", "AU", "NZ") or locale == "es-US":
            return f"${a}.{c:02d}"
        if cc in ("GB",):
            return f"£{a}.{c:02d}"
        if cc == "IN":
            return f"₹{a * 10}"
        if cc == "ZA":
            return f"R{a}.{c:02d}"
        if cc == "MX":
            return f"${a * 10} MXN"
        if cc in ("AR", "CO", "CL"):
            return f"${a * 100}"
        if cc == "BR":
            return f"R$ {a},{c:02d}"
        if cc == "CH":
            return f"CHF {a}.{c:02d}"
        if cc == "AO":
            return f"{a * 1000} Kz"
        return rng.choice([f"{a},{c:02d} €", f"{a},{c:02d}€", f"€{a}"])
    if kind == "quantity":
        return str(rng.randint(2, 12))
    if kind == "model":
        return rng.choice(
            [
                "X" + d(rng, 3),
                "SM-A" + d(rng, 3),
                "WH-" + d(rng, 4) + "XM",
                "Pixel " + d(rng, 1),
                "RT-AX" + d(rng, 2),
                "KD-" + d(rng, 2) + "X" + d(rng, 3),
            ]
        )
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"
    if kind == "invoice":
        return rng.choice(
            ["INV-" + d(rng, 6), "FAC-2026-" + d(rng, 4), "RE" + d(rng, 7), "NF " + d(rng, 6)]
        )
    if kind == "ticket":
        return rng.choice(["#" + d(rng, 6), "CS-" + d(rng, 5), "TK" + d(rng, 6)])
    if kind == "booking":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + d(rng, 3)
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "flight":
        return (
            rng.choice(["IB", "AF", "LH", "TP", "BA", "AM", "LA", "UA"])
            + " " * rng.randint(0, 1)
            + d(rng, rng.choice([3, 4]))
        )
    if kind == "store":
        return d(rng, 3)
    if kind == "error":
        return rng.choice(
            [
                "E" + d(rng, 3),
                "0x" + "".join(rng.choice("0123456789ABCDEF") for _ in range(8)),
                "ERR_" + d(rng, 3),
                d(rng, 3),
            ]
        )
    if kind == "room":
        return str(rng.randint(101, 940))
    if kind == "policy":
        return rng.choice(["POL-" + d(rng, 7), "PL" + d(rng, 8)])
    if kind == "contract":
        return rng.choice(["CT-" + d(rng, 6), "VN " + d(rng, 7)])
    if kind == "percentage":
        return rng.choice([f"{rng.randint(5, 70)}%", f"{rng.randint(5, 70)} %"])
    if kind == "data_size":
        return rng.choice(
            [f"{rng.randint(2, 100)} GB", f"{rng.randint(2, 100)}GB", f"{rng.randint(100, 900)} MB"]
        )
    if kind == "count":
        return str(rng.randint(2, 30))
    if kind == "days":
        return str(rng.randint(2, 30))
    raise KeyError(kind)


def keep(rng, kind, locale):
    while True:
        v = _keep_once(rng, kind, locale)
        if not V.looks_like_identifier(v):
            return v


def phone_region_ok(text, cc):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, cc))
    except phonenumbers.NumberParseException:
        return False
