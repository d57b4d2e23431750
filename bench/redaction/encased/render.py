"""Turn a canonical value into the text a customer types, for each obfuscation family."""

import phonenumbers

from .values import REGION, digits, is_identifier

TYPE = {
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
FAMILY = {
    "plain": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "espell": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibr": "iban_broken",
    "ctx": "context_only",
}
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
NOISE_WORDS = {
    "en": [" then ", " and ", " ok ", " ... "],
    "es": [" y ", " luego ", " ok ", " este "],
    "fr": [" et ", " puis ", " euh ", " ok "],
    "de": [" und ", " dann ", " äh ", " ok "],
    "pt": [" e ", " depois ", " tipo ", " aí "],
}
NOISE = [" | ", " / ", " 👉 ", " 🙏 ", " 😅 ", "\n", " - ", " || ", " ✅ ", " // "]
AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]")],
    "es": [(" arroba ", " punto "), (" arroba ", " pto ")],
    "fr": [(" arobase ", " point "), (" at ", " point ")],
    "de": [(" at ", " punkt "), (" ät ", " Punkt "), ("(at)", "(punkt)")],
    "pt": [(" arroba ", " ponto "), (" arroba ", " pt ")],
}
GROUPS = {
    "CARD": [4, 4, 4, 4],
    "SSN": [3, 2, 4],
    "ITIN": [3, 2, 4],
    "CPF": [3, 3, 3, 2],
    "CNPJ": [2, 3, 3, 4, 2],
    "NIR": [1, 2, 2, 2, 3, 3, 2],
    "STID": [2, 3, 3, 3],
    "NIF": [3, 3, 3],
    "CLABE": [3, 3, 4, 4, 3, 1],
    "EXP": [2, 2],
    "DNI": [2, 3, 3, 1],
    "NIE": [1, 4, 3, 1],
    "ROUT": [3, 3, 3],
    "PIN": [2, 2],
    "CVV": [1, 1, 1],
    "NINO": [2, 2, 2, 2, 1],
    "CURP": [4, 6, 6, 2],
    "RFC": [4, 6, 3],
}


def chunk(v, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(v):
            break
        out.append(v[i : i + n])
        i += n
    if i < len(v):
        out[-1] += v[i:]
    return out


def groups(kind, v, locale, rng):
    if kind == "PHONE":
        fmt = rng.choice(
            [phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL]
        )
        s = phonenumbers.format_number(v, fmt)
        for ch in "()-":
            s = s.replace(ch, " ")
        return s.split()
    if kind == "ROUT" and len(v) == 6:
        return [v[0:2], v[2:4], v[4:6]]
    if kind in GROUPS:
        return chunk(v, GROUPS[kind])
    if kind == "IBAN":
        return chunk(v, [4] * 9)
    size = 4 if len(v) > 8 else 3
    return chunk(v, [size] * 12)


def plain(kind, v, locale, rng):
    if kind == "PHONE":
        region = REGION[locale]
        fmt = rng.choice(["nat", "intl", "e164"])
        if fmt == "nat":
            return phonenumbers.format_number(v, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "intl":
            return phonenumbers.format_number(v, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        del region
        return phonenumbers.format_number(v, phonenumbers.PhoneNumberFormat.E164)
    if kind in ("SSN", "ITIN"):
        return rng.choice(["-".join(chunk(v, [3, 2, 4])), v])
    if kind == "CPF":
        return rng.choice([f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", v])
    if kind == "CNPJ":
        return rng.choice([f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}", v])
    if kind == "EXP":
        return rng.choice(
            [f"{v[:2]}/{v[2:]}", f"{v[:2]}/20{v[2:]}", f"{v[:2]}-{v[2:]}", f"{v[:2]}/{v[2:]}"]
        )
    if kind == "ROUT" and len(v) == 6:
        return "-".join([v[0:2], v[2:4], v[4:6]])
    if kind == "STID":
        return rng.choice([v, " ".join(chunk(v, [2, 3, 3, 3]))])
    if kind == "MAC":
        return rng.choice([v, v.lower(), v.replace(":", "-")])
    return v


def subst(text, rng):
    out, n = [], 0
    for i, c in enumerate(text):
        run = (i > 0 and text[i - 1].isdigit()) or (i + 1 < len(text) and text[i + 1].isdigit())
        if c == "0" and run and rng.random() < 0.7:
            out.append(rng.choice("Oo"))
            n += 1
        elif c == "1" and run and rng.random() < 0.7:
            out.append(rng.choice("lI"))
            n += 1
        else:
            out.append(c)
    return "".join(out), n


def spell(lang, text, rng):
    w = WORDS[lang]
    toks = []
    chars = [c for c in text if c.isalnum()]
    i = 0
    while i < len(chars):
        c = chars[i]
        if c.isdigit():
            if lang == "en" and i + 1 < len(chars) and chars[i + 1] == c and rng.random() < 0.6:
                toks.append(rng.choice(["double ", "dbl "]) + w[int(c)])
                i += 2
                continue
            word = w[int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.4:
                word = "oh"
            toks.append(word)
        else:
            toks.append(c)
        i += 1
    return rng.choice([" ", " ", ", ", "-"]).join(toks)


def render(kind, fam, v, lang, locale, rng):
    """Return (text, [(start, end)]) where the spans are the sensitive characters inside text."""
    if fam in ("plain", "ctx"):
        t = plain(kind, v, locale, rng)
        return t, [(0, len(t))]
    if fam == "sp":
        sep = rng.choice([" ", " ", "-", " - ", "  "])
        t = sep.join(groups(kind, v, locale, rng))
        return t, [(0, len(t))]
    if fam == "ibr":
        parts = chunk(v, [4] * 9)
        seps = [rng.choice([" ", "-", "\n", " ", "  "]) for _ in parts[1:]]
        t = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=False))
        return t, [(0, len(t))]
    if fam == "noise":
        gs = groups(kind, v, locale, rng) if kind != "EMAIL" else [v]
        pool = NOISE + NOISE_WORDS[lang]
        t = gs[0] + "".join(rng.choice(pool) + g for g in gs[1:])
        return t, [(0, len(t))]
    if fam == "sub":
        t, _n = subst(plain(kind, v, locale, rng), rng)
        return t, [(0, len(t))]
    if fam == "spell":
        base = (
            plain(kind, v, locale, rng)
            if kind != "PHONE"
            else phonenumbers.format_number(v, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
        t = spell(lang, base, rng)
        return t, [(0, len(t))]
    if fam == "espell":
        at, dot = rng.choice(AT_DOT[lang])
        user, dom = v.split("@")
        t = user.replace(".", dot) + at + dom.replace(".", dot)
        return t.strip(), [(0, len(t.strip()))]
    if fam == "pct":
        if kind == "EMAIL":
            t = v.replace("@", "%40")
        else:
            t = phonenumbers.format_number(v, phonenumbers.PhoneNumberFormat.E164).replace(
                "+", "%2B"
            )
        return t, [(0, len(t))]
    if fam == "cexp":
        return v, [(0, len(v))]
    if fam == "url":
        scheme = rng.choice(["https", "ftp", "sftp", "http", "imap"])
        user = rng.choice(
            ["admin", "tienda", "boutique", "shopowner", "loja", "kunde", "dev", "backup"]
        )
        host = rng.choice(
            ["files.example.com", "shop.example.net", "nas.example.org", "mail.example.com"]
        )
        pre = f"{scheme}://{user}:"
        t = f"{pre}{v}@{host}"
        return t, [(len(pre), len(pre) + len(v))]
    if fam == "kv":
        key = {
            "AKID": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "AccessKeyId"],
            "ASK": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "SecretAccessKey"],
        }.get(kind, ["DB_PASSWORD", "password", "SMTP_PASS", "ADMIN_PASSWORD"])
        k = rng.choice(key)
        pre = k + rng.choice(["=", " = ", "="])
        return pre + v, [(len(pre), len(pre) + len(v))]
    raise KeyError(fam)


def needs_redraw(kind, fam, v):
    if fam == "sub":
        s = v if isinstance(v, str) else str(v.national_number)
        return "0" not in s and "1" not in s
    return False


def split_parts(kind, v, locale, n, rng):
    gs = groups(kind, v, locale, rng)
    while len(gs) < n:
        i = max(range(len(gs)), key=lambda j: len(gs[j]))
        g = gs[i]
        gs[i : i + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
    cuts = sorted(rng.sample(range(1, len(gs)), n - 1))
    bounds = [0, *cuts, len(gs)]
    sep = rng.choice([" ", "-", ""])
    return [sep.join(gs[bounds[i] : bounds[i + 1]]) for i in range(n)]


def must_keep(kind, lang, locale, rng):
    region = REGION[locale]
    while True:
        v = _mk(kind, lang, region, rng)
        if not is_identifier(v):
            return v


def _mk(kind, lang, region, rng):
    dec = "," if lang in ("es", "fr", "de", "pt") and region not in ("MX", "US", "CH") else "."
    if kind == "order":
        return rng.choice(
            [
                digits(rng, 7),
                digits(rng, 8),
                "A" + digits(rng, 6),
                digits(rng, 3) + "-" + digits(rng, 5),
            ]
        )
    if kind == "tracking":
        return rng.choice(
            [
                "1Z" + "".join(rng.choice("ABCDEFGHJKWXY0123456789") for _ in range(16)),
                "LX" + digits(rng, 9) + rng.choice(["BR", "PT", "ES", "FR", "DE"]),
                "JJD" + digits(rng, 15),
            ]
        )
    if kind == "zip":
        if region == "US":
            return rng.choice([digits(rng, 5), digits(rng, 5) + "-" + digits(rng, 4)])
        if region == "GB":
            return (
                rng.choice(["SW1A ", "M1 ", "EH3 ", "B15 ", "LS6 "])
                + str(rng.randint(1, 9))
                + rng.choice(["AA", "BD", "QT"])
            )
        if region == "BR":
            return f"{digits(rng, 5)}-{digits(rng, 3)}"
        if region == "PT":
            return f"{rng.randint(1000, 9999)}-{digits(rng, 3)}"
        if region in ("AT", "CH", "BE", "AU", "NZ", "ZA"):
            return str(rng.randint(1000, 9999))
        if region == "CA":
            return (
                rng.choice(["H2X ", "M5V ", "V6B "])
                + f"{rng.randint(1, 9)}{rng.choice('ABCEGH')}{rng.randint(1, 9)}"
            )
        if region == "IN":
            return str(rng.randint(110001, 799999))
        if region == "IE":
            return (
                rng.choice(["D02 ", "D04 ", "T12 "]) + rng.choice("ACEHKNPRTVWXY") + digits(rng, 3)
            )
        return f"{rng.randint(1000, 52999):05d}"
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
        if region == "US":
            return rng.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{m:02d}/{d:02d}"])
        if lang == "de":
            return rng.choice([f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.", f"{d}.{m}."])
        return rng.choice([f"{d}/{m}/{y}", f"{d:02d}/{m:02d}", f"{d}/{m}", f"{d}-{m}-{y}"])
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice([0, 10, 15, 30, 45, 50])
        if lang == "en" and rng.random() < 0.6:
            return f"{(h - 1) % 12 + 1}:{mi:02d}{rng.choice(['pm', 'am', ' pm', 'PM'])}"
        return (
            rng.choice([f"{h}:{mi:02d}", f"{h}h{mi:02d}", f"{h}h"])
            if lang in ("fr", "pt")
            else f"{h}:{mi:02d}"
        )
    if kind == "price":
        a, c = rng.randint(3, 899), rng.randint(0, 99)
        num = f"{a}{dec}{c:02d}"
        cur = {
            "US": "$",
            "GB": "£",
            "IE": "€",
            "CA": "$",
            "AU": "$",
            "IN": "₹",
            "NZ": "$",
            "ZA": "R",
            "ES": "€",
            "MX": "$",
            "AR": "$",
            "CO": "$",
            "CL": "$",
            "FR": "€",
            "BE": "€",
            "CH": "CHF ",
            "DE": "€",
            "AT": "€",
            "BR": "R$ ",
            "PT": "€",
            "AO": "Kz ",
        }[region]
        if cur == "€":
            return rng.choice([f"{num} €", f"{num}€", f"€{num}"])
        return f"{cur}{num}"
    if kind == "qty":
        return str(rng.randint(1, 12))
    if kind == "model":
        return (
            rng.choice(["XR-", "TX", "Pro ", "S", "AX", "MX-", "WH-"])
            + str(rng.randint(2, 990))
            + rng.choice(["", "", "X", "i", " Plus"])
        )
    if kind == "version":
        return rng.choice(
            [
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                f"v{rng.randint(2, 9)}.{rng.randint(0, 30)}",
            ]
        )
    if kind == "invoice":
        return rng.choice(
            [
                f"INV-{rng.randint(2023, 2026)}-{digits(rng, 5)}",
                f"FA{digits(rng, 7)}",
                f"F-{digits(rng, 6)}",
            ]
        )
    if kind == "ticket":
        return rng.choice([f"CS-{digits(rng, 6)}", f"#{digits(rng, 6)}"[1:], f"TK{digits(rng, 5)}"])
    if kind == "booking":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + digits(rng, 2)
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "flight":
        return rng.choice(["IB", "VY", "AF", "LH", "TP", "LA", "AM", "BA", "UA", "G3"]) + str(
            rng.randint(100, 9899)
        )
    if kind == "store":
        return str(rng.randint(12, 4800))
    if kind == "error":
        return rng.choice(
            [
                f"E{rng.randint(10, 999)}",
                f"ERR-{rng.randint(100, 599)}",
                f"0x8007{digits(rng, 4)}",
                str(rng.choice([401, 403, 404, 500, 502, 503])),
            ]
        )
    if kind == "room":
        return str(rng.randint(101, 1250))
    if kind == "policy":
        return rng.choice(["POL-", "PL", "AXA-"]) + digits(rng, 7)
    if kind == "contract":
        return rng.choice(["CT-", "K-", ""]) + digits(rng, 8)
    if kind == "pct":
        return rng.choice([f"{rng.randint(5, 70)}%", f"{rng.randint(5, 70)} %"])
    if kind == "data":
        unit = {"fr": ["Go", "Mo"]}.get(lang, ["GB", "MB"])
        return f"{rng.choice([1, 2, 5, 10, 20, 50, 100, 500])}{rng.choice(['', ' '])}{rng.choice(unit)}"  # noqa: E501
    if kind == "count":
        return str(rng.randint(2, 40))
    if kind == "age":
        return str(rng.randint(18, 90))
    raise KeyError(kind)
