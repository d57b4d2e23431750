"""Render a canonical value in one obfuscation family, and decode it back for validation.

render() returns (text, spans) with spans as (start, end) offsets into text that cover the value
only (for url_credentials and key_value_secret the surrounding URL or KEY= is not the value).
"""

from __future__ import annotations

import random
import re
from urllib.parse import quote, unquote

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
ALT_WORDS = {"en": {"oh": "0"}, "es": {}, "fr": {}, "de": {"zwo": "2"}, "pt": {"meia": "6"}}
AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [(" arroba ", " punto "), ("(arroba)", "(punto)"), (" at ", " punto ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("(at)", "(point)")],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" (at) ", " (punkt) "),
        ("[at]", "[punkt]"),
        (" at ", " punkt "),
    ],
    "pt": [(" arroba ", " ponto "), (" arroba ", " pto "), ("(at)", "(ponto)")],
}
NOISE = [" | ", " / ", " 👉 ", "\n", " - ", " 🙏 ", " || ", " ... ", " ➡️ ", "\n\n", " 💳 "]
NOISE_WORDS = {
    "en": [" then ", " and ", " space "],
    "es": [" luego ", " y ", " espacio "],
    "fr": [" puis ", " et ", " espace "],
    "de": [" dann ", " und ", " Leerzeichen "],
    "pt": [" depois ", " e ", " espaço "],
}

NUMERIC = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "BANK_ROUTING",
    "ES_DNI",
}

# Families a placeholder without a pinned family cycles through; the others only when a template pins them.
INLINE = {
    "CREDIT_DEBIT_NUMBER": [
        "plain",
        "spaced_or_dashed",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
    ],
    "CREDIT_DEBIT_CVV": ["plain", "plain", "spelled_out", "letter_substitution"],
    "CREDIT_DEBIT_EXPIRY": ["plain", "compact_expiry", "plain", "compact_expiry"],
    "PIN": ["plain", "spelled_out", "spaced_or_dashed", "letter_substitution"],
    "BANK_ACCOUNT_NUMBER": [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
    ],
    "BANK_ROUTING": ["plain", "spaced_or_dashed", "letter_substitution"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "plain",
        "spaced_or_dashed",
        "iban_broken",
        "iban_broken",
    ],
    "SWIFT_CODE": ["plain"],
    "EMAIL": ["plain", "plain", "email_spelled", "email_spelled"],
    "PHONE": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"],
    "SSN": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["plain", "spaced_or_dashed", "letter_substitution"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["plain", "spaced_or_dashed"],
    "PASSPORT_NUMBER": ["plain", "plain", "spaced_or_dashed"],
    "DRIVER_ID": ["plain", "spaced_or_dashed"],
    "PASSWORD": ["plain"],
    "USERNAME": ["plain"],
    "IP_ADDRESS": ["plain"],
    "MAC_ADDRESS": ["plain"],
    "AWS_ACCESS_KEY": ["plain"],
    "AWS_SECRET_KEY": ["plain"],
    "ES_DNI": ["plain", "spaced_or_dashed", "letter_substitution"],
    "ES_NIE": ["plain", "spaced_or_dashed"],
    "MX_CURP": ["plain", "plain", "spaced_or_dashed"],
    "MX_RFC": ["plain", "spaced_or_dashed"],
    "MX_CLABE": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution"],
    "BR_CPF": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"],
    "BR_CNPJ": ["plain", "spaced_or_dashed", "letter_substitution"],
    "FR_NIR": ["plain", "spaced_or_dashed", "letter_substitution"],
    "DE_TAX_ID": ["plain", "spaced_or_dashed", "letter_substitution"],
    "PT_NIF": ["plain", "spaced_or_dashed", "spelled_out", "letter_substitution"],
}


def groups(t: str, v: str, rng: random.Random) -> list[str]:
    """Natural digit groups of a value, used by spaced, noise, and multi-message renderings."""
    s = re.sub(r"[^0-9A-Za-z]", "", v.lstrip("+"))
    sizes = {
        "CREDIT_DEBIT_NUMBER": [4, 6, 5] if len(s) == 15 else [4, 4, 4, 4],
        "SSN": [3, 2, 4],
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [3, 2, 4],
        "BR_CPF": [3, 3, 3, 2],
        "BR_CNPJ": [2, 3, 3, 4, 2],
        "MX_CLABE": [3, 3, 11, 1],
        "FR_NIR": [1, 2, 2, 2, 3, 3, 2],
        "DE_TAX_ID": [2, 3, 3, 3],
        "PT_NIF": [3, 3, 3],
        "ES_DNI": [2, 3, 3, 1],
        "ES_NIE": [1, 7, 1],
        "UK_NATIONAL_INSURANCE_NUMBER": [2, 2, 2, 2, 1],
        "MX_RFC": [4, 6, 3],
        "MX_CURP": [4, 6, 8],
        "BANK_ROUTING": [3, 3, 3] if len(s) == 9 else [2, 2, 2, 2],
    }.get(t)
    if t == "PHONE":
        cc = v[1:]
        sizes = (
            [2, 3, 3, 2, 2] if len(cc) == 11 else [2, 3, 2, 2, 2] if len(cc) == 10 else [3, 3, 3, 4]
        )
        sizes = [len(s) - sum(sizes[1:])] + sizes[1:] if sum(sizes) != len(s) else sizes
    if t in ("INTERNATIONAL_BANK_ACCOUNT_NUMBER",):
        return [s[i : i + 4] for i in range(0, len(s), 4)]
    if sizes is None or sum(sizes) != len(s):
        k = rng.choice([3, 4])
        return [s[i : i + k] for i in range(0, len(s), k)]
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return out


def _sub_letters(s: str, rng: random.Random) -> str:
    """Swap some 0 -> O/o and 1 -> l/I, at least one swap."""
    idx = [i for i, c in enumerate(s) if c in "01"]
    if not idx:
        return s
    pick = set(rng.sample(idx, max(1, min(len(idx), rng.randint(1, 3)))))
    return "".join(
        (rng.choice("Oo") if c == "0" else rng.choice("lI")) if i in pick else c
        for i, c in enumerate(s)
    )


def _spell(s: str, lang: str, rng: random.Random) -> str:
    words = DIGIT_WORDS[lang]
    mixed = rng.random() < 0.35
    out = []
    for c in s:
        if c.isdigit():
            out.append(c if mixed and rng.random() < 0.4 else words[int(c)])
        elif c in "-/ .":
            continue
        else:
            out.append(c)
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(out)


def _plain(t: str, v: str, rng: random.Random, locale: str) -> str:
    if t == "PHONE":
        import phonenumbers

        num = phonenumbers.parse(v)
        fmt = rng.choice(
            [
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
            ]
        )
        return phonenumbers.format_number(num, fmt)
    if t == "CREDIT_DEBIT_EXPIRY":
        m, y = v.split("/")
        lang = locale[:2]
        from .values import MONTHS

        return rng.choice(
            [
                v,
                v,
                m + "/20" + y,
                str(int(m)) + "/" + y,
                m + "-" + y,
                MONTHS[lang][int(m) - 1] + " " + rng.choice(["", "20"]) + y,
            ]
        )
    if t == "BR_CPF" and rng.random() < 0.6:
        return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])
    if t == "BR_CNPJ" and rng.random() < 0.6:
        return "%s.%s.%s/%s-%s" % (v[:2], v[2:5], v[5:8], v[8:12], v[12:])
    if t == "FR_NIR" and rng.random() < 0.5:
        return " ".join(groups(t, v, rng))
    return v


def render(t: str, v: str, family: str, lang: str, locale: str, rng: random.Random):
    """Return (text, [(start, end)]) for one value in one family."""
    if family in ("plain", "context_only"):
        s = _plain(t, v, rng, locale)
        return s, [(0, len(s))]
    if family == "spaced_or_dashed":
        if t == "CREDIT_DEBIT_EXPIRY":
            s = v.replace("/", rng.choice([" ", " / ", "."]))
        elif t in ("PIN", "CREDIT_DEBIT_CVV"):
            s = rng.choice([" ", "-", "."]).join(v)
        else:
            g = groups(t, v, rng)
            s = rng.choice([" ", " ", "-", ".", "  ", " - "]).join(g)
            if t == "PHONE" and rng.random() < 0.5:
                s = "+" + s
        return s, [(0, len(s))]
    if family == "split_by_noise":
        g = groups(t, v, rng)
        pool = NOISE + NOISE_WORDS[lang]
        s = g[0]
        for part in g[1:]:
            s += rng.choice(pool) + part
        return s, [(0, len(s))]
    if family == "letter_substitution":
        base = (
            _plain(t, v, rng, locale)
            if t not in ("CREDIT_DEBIT_NUMBER",)
            else rng.choice([v, " ".join(groups(t, v, rng))])
        )
        if not re.search(r"[01]", base):
            base = " ".join(groups(t, v, rng))
        s = _sub_letters(base, rng)
        return s, [(0, len(s))]
    if family == "spelled_out":
        s = _spell(v if t != "PHONE" else _plain(t, v, rng, locale).lstrip("+"), lang, rng)
        return s, [(0, len(s))]
    if family == "email_spelled":
        at, dot = rng.choice(AT_DOT[lang])
        user, dom = v.split("@")
        s = user.replace(".", dot) + at + dom.replace(".", dot)
        s = s.strip()
        return s, [(0, len(s))]
    if family == "percent_encoded":
        if t == "EMAIL":
            enc = quote(v, safe="") if rng.random() < 0.5 else v.replace("@", "%40")
            pre = rng.choice(
                [
                    "https://account.example.com/reset?email=",
                    "https://portal.example.net/login?user=",
                    "https://www.example.org/unsubscribe?e=",
                    "http://track.example.com/c?u=x&email=",
                ]
            )
        elif t == "PHONE":
            enc = v.replace("+", "%2B")
            pre = rng.choice(
                [
                    "https://wa.example.com/send?phone=",
                    "https://shop.example.com/verify?tel=",
                    "https://app.example.org/otp?msisdn=",
                ]
            )
        else:  # PASSWORD in a query string
            enc = quote(v, safe="")
            pre = "https://router.example.net/cgi?user=admin&pass="
        post = rng.choice(["", "", "&lang=" + lang, "&ref=chat"])
        return pre + enc + post, [(len(pre), len(pre) + len(enc))]
    if family == "url_credentials":
        enc = quote(v, safe="!$*")
        pre = rng.choice(
            [
                "ftp://backup:",
                "https://admin:",
                "sftp://deploy:",
                "smb://nas:",
                "postgres://app:",
                "rtsp://camera:",
                "https://webmaster:",
            ]
        )
        host = rng.choice(
            [
                "@files.example.com/share",
                "@router.home/admin",
                "@db.example.net:",
                "@cam.local/stream",
                "@nas.example.org",
            ]
        )
        if host.endswith("."):
            host += str(rng.randint(2, 254))
        elif host.endswith(":"):
            host += "/app"
        return pre + enc + host, [(len(pre), len(pre) + len(enc))]
    if family == "key_value_secret":
        key = {
            "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = ", "SECRET_KEY="],
            "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID=", "aws_access_key_id = ", "ACCESS_KEY="],
            "PASSWORD": ["DB_PASSWORD=", "password=", "SMTP_PASS=", "PASSWD: "],
        }[t]
        k = rng.choice(key)
        q = rng.choice(["", "", '"'])
        s = k + q + v + q
        return s, [(len(k) + len(q), len(k) + len(q) + len(v))]
    if family == "compact_expiry":
        m, y = v.split("/")
        s = rng.choice([m + y, m + y, m + "20" + y])
        return s, [(0, len(s))]
    if family == "iban_broken":
        g = [v[i : i + 4] for i in range(0, len(v), 4)]
        seps = [" ", "-", "\n", "  ", " - "]
        s = g[0]
        for part in g[1:]:
            s += rng.choice(seps) if rng.random() < 0.7 else ""
            s += part
        if "\n" not in s and rng.random() < 0.5:
            cut = rng.randint(2, len(g) - 1)
            s = "".join(
                x + (" " if i < cut - 1 else "\n") for i, x in enumerate(g[:cut])
            ) + " ".join(g[cut:])
        return s, [(0, len(s))]
    raise ValueError(family)


def split_parts(t: str, v: str, n: int, rng: random.Random) -> list[str]:
    """Cut a value into n consecutive pieces of its natural groups, for multi_message."""
    g = groups(t, v, rng)
    if len(g) < n:
        s = "".join(g)
        k = len(s) // n
        return [s[i * k : (i + 1) * k if i < n - 1 else len(s)] for i in range(n)]
    cuts = sorted(rng.sample(range(1, len(g)), n - 1))
    out, prev = [], 0
    for c in cuts + [len(g)]:
        out.append(" ".join(g[prev:c]))
        prev = c
    return out


def _canon(t: str, s: str) -> str:
    if t == "CREDIT_DEBIT_EXPIRY":
        return s
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def decode(t: str, family: str, text: str, lang: str, region: str | None = None) -> str:
    """Undo a rendering (text is the span), returning the canonical comparison string."""
    s = text
    if family == "percent_encoded":
        s = unquote(s)
    if family == "url_credentials":
        s = unquote(s)
    if family == "email_spelled":
        pairs = AT_DOT[lang]
        for a_, d_ in [p for p in pairs] + [(a.strip(), d.strip()) for a, d in pairs]:
            c = s.replace(a_, "@").replace(d_, ".")
            if " " not in c and c.count("@") == 1:
                return c
    if t in (
        "EMAIL",
        "PASSWORD",
        "USERNAME",
        "AWS_SECRET_KEY",
        "AWS_ACCESS_KEY",
        "IP_ADDRESS",
        "MAC_ADDRESS",
    ):
        return s if t != "MAC_ADDRESS" else s.lower().replace("-", ":")
    if family == "spelled_out":
        words = {w: str(i) for i, w in enumerate(DIGIT_WORDS[lang])}
        words.update(ALT_WORDS[lang])
        toks = re.split(r"[\s,\-]+", s)
        s = "".join(words.get(x.lower(), x) for x in toks)
    if family == "letter_substitution":
        s = (
            s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
            if t in NUMERIC
            else re.sub(r"(?<=\d)[Oo]|[Oo](?=\d)", "0", s)
        )
    if family == "split_by_noise":
        for w in NOISE_WORDS[lang]:
            s = s.replace(w, " ")
    if t == "CREDIT_DEBIT_EXPIRY":
        from .values import MONTHS

        m = re.match(r"^(\d{1,2})\s*[/\-. ]*\s*(?:20)?(\d{2})$", s)
        if m:
            return "%02d/%s" % (int(m.group(1)), m.group(2))
        for mi, name in enumerate(MONTHS[lang]):
            if s.startswith(name + " "):
                return "%02d/%s" % (mi + 1, s[-2:])
        return s
    if t == "PHONE":
        return _phone_nsn(_canon(t, s), region)
    return _canon(t, s)


def _phone_nsn(d: str, region: str | None = None) -> str:
    """National significant number of a digit string typed with or without country code or trunk 0."""
    import phonenumbers

    cands = []
    if region:
        for x in ("+" + d, d):
            try:
                n = phonenumbers.parse(x, region)
                if (
                    phonenumbers.is_valid_number(n)
                    and phonenumbers.region_code_for_number(n) == region
                ):
                    return str(n.national_number)
            except phonenumbers.NumberParseException:
                pass
    try:
        cands.append(phonenumbers.parse("+" + d))
    except phonenumbers.NumberParseException:
        pass
    for region in ("US", "GB", "ES", "MX", "BR", "FR", "DE", "PT"):
        try:
            cands.append(phonenumbers.parse(d, region))
        except phonenumbers.NumberParseException:
            pass
    for n in cands:
        if phonenumbers.is_valid_number(n):
            return str(n.national_number)
    return d


def expected(t: str, v: str) -> str:
    if t in ("EMAIL", "PASSWORD", "USERNAME", "AWS_SECRET_KEY", "AWS_ACCESS_KEY", "IP_ADDRESS"):
        return v
    if t == "MAC_ADDRESS":
        return v.lower().replace("-", ":")
    if t == "PHONE":
        return v[len("+%d" % __import__("phonenumbers").parse(v).country_code) :]
    return _canon(t, v)
