"""Render canonical values the way customers type them, and decode them back.

Template placeholders (parsed in generate.py):
  {CODE}          a value of entity CODE (see values.TYPES), family drawn from FAMILIES[CODE]
  {CODE:family}   a value rendered with that family
  {CODE@g1}       one part of a value typed across messages (all {CODE@g1} of a conversation)
  {#kind}         a hard negative (must_keep) of that kind
  {*}             a context phrase from the template module's CTX with a value in it

``render`` returns the fragment and its spans ``[(code, start, end)]``; most fragments are one
span over the whole fragment, URL and KEY=value fragments carry context outside the span.
``decode`` turns a span's text back into the canonical value; the generator checks it.
"""

from __future__ import annotations

import random
import re
from urllib.parse import quote, unquote

import phonenumbers

from . import values

FAMILIES = {
    "CARD": ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"],
    "CVV": ["context_only", "spelled_out", "letter_substitution"],
    "EXP": ["plain", "compact_expiry", "spelled_out", "spaced_or_dashed"],
    "PIN": ["context_only", "spaced_or_dashed", "spelled_out", "letter_substitution"],
    "ACCT": [
        "context_only",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
    ],
    "ROUT": ["plain", "spaced_or_dashed", "letter_substitution"],
    "IBAN": ["plain", "spaced_or_dashed", "iban_broken", "split_by_noise", "letter_substitution"],
    "SWIFT": ["plain"],
    "EMAIL": ["plain", "email_spelled", "percent_encoded"],
    "PHONE": [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "percent_encoded",
    ],
    "SSN": [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
        "spelled_out",
        "context_only",
    ],
    "ITIN": ["plain", "spaced_or_dashed", "spelled_out"],
    "NINO": ["plain", "spaced_or_dashed"],
    "PASSPORT": ["context_only"],
    "DL": ["context_only"],
    "PWD": ["context_only", "url_credentials", "key_value_secret"],
    "USER": ["context_only"],
    "IP": ["plain"],
    "MAC": ["plain"],
    "AKID": ["plain", "key_value_secret"],
    "SKEY": ["plain", "key_value_secret"],
    "DNI": ["plain", "spaced_or_dashed"],
    "NIE": ["plain", "spaced_or_dashed"],
    "CURP": ["plain"],
    "RFC": ["plain", "spaced_or_dashed"],
    "CLABE": ["plain", "spaced_or_dashed", "split_by_noise"],
    "CPF": ["plain", "context_only", "spaced_or_dashed", "letter_substitution", "spelled_out"],
    "CNPJ": ["plain", "context_only"],
    "NIR": ["plain", "context_only"],
    "STID": ["plain", "spaced_or_dashed"],
    "NIF": ["plain", "spaced_or_dashed"],
}
MULTI = {"CARD", "ACCT", "PHONE", "IBAN", "CPF", "CLABE"}
DIGIT_TYPES = {
    "CARD",
    "CVV",
    "PIN",
    "ACCT",
    "ROUT",
    "SSN",
    "ITIN",
    "CLABE",
    "CPF",
    "CNPJ",
    "NIR",
    "STID",
    "NIF",
}

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
WORD_TO_DIGIT = {w: str(i) for ws in DIGIT_WORDS.values() for i, w in enumerate(ws)}
WORD_TO_DIGIT.update(
    {"oh": "0", "zwo": "2", "zero": "0", "tres": "3", "tres": "3", "zéro": "0", "fuenf": "5"}
)

MONTHS = {
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
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
MONTH_NAMES = sorted(
    {(m.lower(), i + 1) for ms in MONTHS.values() for i, m in enumerate(ms)},
    key=lambda x: -len(x[0]),
)

NOISE = [" | ", " / ", " 👉 ", " 🙏 ", " ... ", "\n", " - - ", " 💳 ", " ~ ", " || "]
NOISE_WORDS = {
    "en": [" then ", " and "],
    "es": [" luego ", " y "],
    "fr": [" puis ", " et "],
    "de": [" dann ", " und "],
    "pt": [" depois ", " e "],
}
AT_DOT = {
    "en": [(" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        (" arroba ", " punto "),
        ("(arroba)", "(punto)"),
        (" at ", " dot "),
    ],
    "fr": [
        (" arobase ", " point "),
        (" at ", " point "),
        (" (at) ", " [point] "),
        (" arobase ", " . "),
    ],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" at ", " punkt "),
        ("(at)", "(punkt)"),
        (" [at] ", " [dot] "),
    ],
    "pt": [
        (" arroba ", " ponto "),
        (" arroba ", " ponto "),
        (" (arroba) ", " (ponto) "),
        (" at ", " dot "),
    ],
}
HOSTS = [
    "ayuda.example.com",
    "help.example.net",
    "mi.example.es",
    "conta.example.com.br",
    "portal.example.fr",
    "service.example.de",
    "track.example.org",
]
KV_KEYS = {
    "AKID": ["AWS_ACCESS_KEY_ID=", "aws_access_key_id = ", "export AWS_ACCESS_KEY_ID="],
    "SKEY": ["AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = ", "export AWS_SECRET_ACCESS_KEY="],
    "PWD": ["DB_PASSWORD=", "PASSWORD=", "SMTP_PASS=", "ADMIN_PASSWORD="],
}


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def chunks(s: str, rng: random.Random, lo: int = 2, hi: int = 4) -> list[str]:
    out, i = [], 0
    while i < len(s):
        n = rng.randint(lo, hi)
        out.append(s[i : i + n])
        i += n
    if len(out) > 1 and len(out[-1]) == 1:
        out[-2] += out.pop()
    return out


def letter_sub(s: str, rng: random.Random, start: int = 0) -> str | None:
    chars, done = list(s), False
    idx = [i for i in range(start, len(s)) if s[i] in "01"]
    if not idx:
        return None
    force = rng.choice(idx)
    for i in idx:
        if i == force or rng.random() < 0.5:
            chars[i] = rng.choice("Oo") if s[i] == "0" else rng.choice("lI")
            done = True
    return "".join(chars) if done else None


def spell(s: str, lang: str, rng: random.Random) -> str:
    """Digits said in words; sometimes some groups stay digits."""
    words = DIGIT_WORDS[lang]
    if len(s) <= 6 or rng.random() < 0.5:
        sep = rng.choice([" ", " ", "-", ", "])
        return sep.join(words[int(c)] if c.isdigit() else c for c in s)
    parts = chunks(s, rng, 3, 4)
    out = []
    for k, p in enumerate(parts):
        if k % 2 == rng.randint(0, 1) or k == 0:
            out.append(" ".join(words[int(c)] for c in p))
        else:
            out.append(p)
    return " ".join(out)


def _phone_forms(e164: str) -> tuple[str, str, str]:
    num = phonenumbers.parse(e164)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return intl, nat, re.sub(r"\D", "", nat)


def multi_parts(code: str, canon: str, n: int, rng: random.Random) -> list[str]:
    """Split a value into ``n`` parts typed in consecutive messages."""
    if code == "PHONE":
        intl, nat, natd = _phone_forms(canon)
        s = natd if rng.random() < 0.6 else canon
    else:
        s = canon
    if code == "IBAN" and rng.random() < 0.5:
        s = group(s, [4] * 9, " ")
    for _ in range(100):
        cuts = sorted(rng.sample(range(2, len(s) - 1), n - 1))
        parts = [s[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(s)])]
        if all(len(re.sub(r"\W", "", p)) >= 2 for p in parts):
            break
    out = []
    for p in parts:
        if code != "IBAN" and len(p) >= 6 and rng.random() < 0.5 and not p.startswith("+"):
            p = group(p, [4, 4, 4, 4], " ")
        out.append(p)
    return out


def render(
    code: str, family: str, canon: str, lang: str, rng: random.Random
) -> tuple[str, list[tuple[str, int, int]]] | None:
    """Fragment text and spans, or None if this value cannot take this family (caller redraws)."""
    t = _render(code, family, canon, lang, rng)
    if t is None:
        return None
    if isinstance(t, tuple):
        return t
    return t, [(code, 0, len(t))]


def _render(code, family, v, lang, rng):
    if code == "PHONE":
        intl, nat, natd = _phone_forms(v)
        if family == "plain":
            return rng.choice([intl, nat, v, natd])
        base = natd if rng.random() < 0.6 else v[1:]
        plus = "" if base == natd else rng.choice(["+", "+", "00"])
        if family == "spaced_or_dashed":
            sep = rng.choice(["-", ".", " ", "  "])
            return plus + sep.join(chunks(base, rng, 2, 4))
        if family == "split_by_noise":
            parts = chunks(base, rng, 3, 5)
            noise = rng.choice(NOISE + NOISE_WORDS[lang])
            return plus + noise.join(parts)
        if family == "letter_substitution":
            s = letter_sub(rng.choice([nat, intl, natd]), rng)
            return s
        if family == "spelled_out":
            return spell(natd, lang, rng)
        if family == "percent_encoded":
            enc = quote(v, safe="")
            url = (
                "https://"
                + rng.choice(HOSTS)
                + rng.choice(["/callback?tel=", "/send?phone=", "/contact?numero="])
            )
            return url + enc, [(code, len(url), len(url) + len(enc))]
    if code == "EMAIL":
        if family == "plain":
            return v
        if family == "email_spelled":
            at, dot = rng.choice(AT_DOT[lang])
            local, dom = v.split("@")
            return local + at + dom.replace(".", dot)
        enc = quote(v, safe=".") if rng.random() < 0.7 else quote(v, safe="")
        url = (
            "https://"
            + rng.choice(HOSTS)
            + rng.choice(["/unsubscribe?email=", "/reset?user=", "/verify?mail=", "/login?e="])
        )
        tail = rng.choice(["", "&lang=" + lang, "&src=messenger"])
        return url + enc + tail, [(code, len(url), len(url) + len(enc))]
    if code == "PWD":
        if family == "context_only":
            return v
        if family == "url_credentials":
            user = values.username(rng)
            head = (
                rng.choice(["postgres", "mysql", "ftp", "https", "redis", "mongodb", "smtp"])
                + "://"
            )
            url = (
                head
                + user
                + ":"
                + v
                + "@"
                + rng.choice(
                    ["db.staging.example.com", "files.example.net", "cache.internal.example.org"]
                )
            )
            return url + rng.choice(["", "/app", "/backup"]), [
                ("USER", len(head), len(head) + len(user)),
                (code, len(head) + len(user) + 1, len(head) + len(user) + 1 + len(v)),
            ]
        key = rng.choice(KV_KEYS["PWD"])
        return key + v, [(code, len(key), len(key) + len(v))]
    if code in ("AKID", "SKEY") and family == "key_value_secret":
        key = rng.choice(KV_KEYS[code])
        return key + v, [(code, len(key), len(key) + len(v))]
    if code == "EXP":
        mm, yy = v[:2], v[2:]
        if family == "plain":
            return rng.choice(
                [mm + "/" + yy, mm + "/20" + yy, mm + "-" + yy, str(int(mm)) + "/" + yy]
            )
        if family == "compact_expiry":
            return rng.choice([mm + yy, mm + yy, mm + "20" + yy])
        if family == "spaced_or_dashed":
            return mm + rng.choice([" / ", " - ", " . ", " "]) + rng.choice([yy, "20" + yy])
        month = MONTHS[lang][int(mm) - 1]
        if rng.random() < 0.4:
            month = month.lower()
        link = {"es": rng.choice([" ", " de ", " del "]), "pt": rng.choice([" ", " de "])}.get(
            lang, " "
        )
        return month + link + rng.choice(["20" + yy, yy, "20" + yy])
    if code == "IBAN":
        if family == "plain":
            return rng.choice([v, group(v, [4] * 9, " ")])
        if family == "spaced_or_dashed":
            return group(v, [4] * 9, rng.choice(["-", " - ", ".", "  "]))
        if family == "iban_broken":
            parts = chunks(v, rng, 2, 6)
            seps = [rng.choice([" ", " ", "\n", "-", " \n", "  "]) for _ in parts[1:]]
            if "\n" not in "".join(seps) and "-" not in "".join(seps):
                seps[rng.randrange(len(seps))] = "\n"
            return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:]))
        if family == "split_by_noise":
            return rng.choice(NOISE).join(group(v, [4] * 9, "|").split("|"))
        if family == "letter_substitution":
            if not v[4:].isdigit():
                return None
            return letter_sub(group(v, [4] * 9, rng.choice([" ", ""])), rng, start=4)
    if code == "ROUT":
        if len(v) == 6:  # UK sort code
            return (
                group(v, [2, 2, 2], "-" if family == "plain" else " ")
                if family != "letter_substitution"
                else letter_sub(group(v, [2, 2, 2], "-"), rng)
            )
        if family == "plain":
            return v if len(v) != 8 else rng.choice([v, group(v, [3, 3, 2], " ")])
        if family == "spaced_or_dashed":
            return group(v, [3, 3, 3], rng.choice([" ", "-", "."]))
        return letter_sub(v, rng)
    if code == "SSN" or code == "ITIN":
        if family == "plain":
            return group(v, [3, 2, 4], "-")
        if family == "context_only":
            return v
        if family == "spaced_or_dashed":
            return group(v, [3, 2, 4], rng.choice([" ", ".", " - "]))
        if family == "split_by_noise":
            return group(v, [3, 2, 4], rng.choice(NOISE + NOISE_WORDS[lang]))
        if family == "letter_substitution":
            return letter_sub(group(v, [3, 2, 4], rng.choice(["-", ""])), rng)
        return spell(v, lang, rng)
    if code == "CPF":
        fmt = v[:3] + "." + v[3:6] + "." + v[6:9] + "-" + v[9:]
        if family == "plain":
            return fmt
        if family == "context_only":
            return v
        if family == "spaced_or_dashed":
            return group(v, [3, 3, 3, 2], rng.choice([" ", "-", " . "]))
        if family == "letter_substitution":
            return letter_sub(rng.choice([fmt, v]), rng)
        return spell(v, lang, rng)
    if code == "CNPJ":
        return (
            v[:2] + "." + v[2:5] + "." + v[5:8] + "/" + v[8:12] + "-" + v[12:]
            if family == "plain"
            else v
        )
    if code == "NIR":
        return group(v, [1, 2, 2, 2, 3, 3, 2], " ") if family == "plain" else v
    if code in ("STID", "NIF"):
        if family == "plain":
            return v
        return group(v, [2, 3, 3, 3] if code == "STID" else [3, 3, 3], rng.choice([" ", ".", "-"]))
    if code == "CLABE":
        if family == "plain":
            return v
        if family == "spaced_or_dashed":
            return group(v, rng.choice([[3, 3, 11, 1], [4, 4, 4, 4, 2]]), rng.choice([" ", "-"]))
        return group(v, [3, 3, 4, 4, 4], rng.choice(NOISE))
    if code == "DNI":
        if family == "plain":
            return rng.choice([v, v[:8] + "-" + v[8], v.lower() if rng.random() < 0.3 else v])
        return rng.choice(
            [v[:2] + "." + v[2:5] + "." + v[5:8] + "-" + v[8], group(v, [2, 3, 3, 1], " ")]
        )
    if code == "NIE":
        if family == "plain":
            return rng.choice([v, v[0] + "-" + v[1:8] + "-" + v[8]])
        return rng.choice(
            [v[0] + " " + v[1:8] + " " + v[8], v[0] + "-" + group(v[1:8], [3, 4], ".") + "-" + v[8]]
        )
    if code == "RFC":
        return v if family == "plain" else group(v, [4, 6, 3], rng.choice([" ", "-"]))
    if code == "NINO":
        return rng.choice([v, v.lower()]) if family == "plain" else group(v, [2, 2, 2, 2, 1], " ")
    if code in ("CARD", "ACCT", "PIN", "CVV"):
        if family in ("plain", "context_only"):
            if code == "CARD":
                return rng.choice([v, group(v, [4, 4, 4, 4] if len(v) == 16 else [4, 6, 5], " ")])
            return v
        if family == "spaced_or_dashed":
            if code == "PIN":
                return rng.choice([" ", "-", " - ", "."]).join(v)
            return group(
                v,
                [4, 4, 4, 4] if code == "CARD" else [3, 3, 4],
                rng.choice(["-", ".", "  ", " - "]),
            )
        if family == "split_by_noise":
            return rng.choice(NOISE + NOISE_WORDS[lang]).join(
                group(v, [4, 4, 4, 4] if code == "CARD" else [3, 4, 4], "|").split("|")
            )
        if family == "letter_substitution":
            return letter_sub(
                group(v, [4, 4, 4, 4], rng.choice([" ", "", "-"])) if code == "CARD" else v, rng
            )
        if family == "spelled_out":
            return spell(v, lang, rng)
    if family in ("plain", "context_only"):
        return v
    raise ValueError((code, family))


def _digits_from_words(text: str) -> str:
    out = []
    for tok in re.split(r"[\s,\-–/|.~]+", text.lower()):
        if not tok:
            continue
        if tok in WORD_TO_DIGIT:
            out.append(WORD_TO_DIGIT[tok])
        else:
            out.append("".join(c for c in tok if c.isdigit() or c == "+"))
    return "".join(out)


def _unsub(s: str) -> str:
    return s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")


def decode(code: str, family: str, text: str, lang: str) -> str:
    """Canonical value of a span's text (used by the generator to check the render)."""
    if family == "percent_encoded":
        text = unquote(text)
    if code == "EMAIL":
        if family == "email_spelled":
            t = re.sub(
                r"\s*(\(at\)|\[at\]|\bat\b|\bAT\b|arroba|\(arroba\)|arobase|Klammeraffe)\s*",
                "@",
                text,
            )
            t = re.sub(
                r"\s*(\(dot\)|\[dot\]|\(punkt\)|\[point\]|\(punto\)|\(ponto\)|\bdot\b|\bDOT\b|punto|ponto|point|Punkt|punkt|\s\.\s)\s*",
                ".",
                t,
            )
            return t
        return text
    if code == "EXP":
        low = text.lower()
        for name, m in MONTH_NAMES:
            if name in low:
                return "%02d%s" % (m, re.sub(r"\D", "", low)[-2:])
        d = re.sub(r"\D", "", text)
        return d.zfill(4)[:2] + d[-2:] if len(d) in (3, 4) else d[:2] + d[-2:]
    if code == "PHONE":
        t = _unsub(text) if family == "letter_substitution" else text
        d = (
            _digits_from_words(t).replace("00", "+", 1)
            if _digits_from_words(t).startswith("00")
            else _digits_from_words(t)
        )
        return d
    if code in DIGIT_TYPES:
        t = _unsub(text) if family == "letter_substitution" else text
        return re.sub(r"\D", "", _digits_from_words(t))
    if code == "IBAN":
        t = re.sub(r"[^0-9A-Za-z]", "", text)
        if family == "letter_substitution":
            t = t[:2] + _unsub(t[2:])
        return t.upper()
    if code in ("DNI", "NIE", "RFC", "NINO"):
        return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    return text


def phone_equal(decoded: str, canon: str) -> bool:
    region = phonenumbers.region_code_for_number(phonenumbers.parse(canon))
    try:
        return phonenumbers.parse(decoded, region) == phonenumbers.parse(canon)
    except phonenumbers.NumberParseException:
        return False
