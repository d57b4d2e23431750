"""Render a value the way a customer types it (one obfuscation family), and decode it back."""

from __future__ import annotations

import random
import re
import urllib.parse

FAMILIES = [
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "email_spelled",
    "percent_encoded",
    "url_credentials",
    "key_value_secret",
    "compact_expiry",
    "iban_broken",
    "context_only",
    "multi_message",
]
SHORT = {
    "sd": "spaced_or_dashed",
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
    "plain": "plain",
    "mm": "multi_message",
}

GROUPED = {
    "CARD",
    "ACCT",
    "ROUTING",
    "IBAN",
    "PHONE",
    "SSN",
    "ITIN",
    "NINO",
    "DNI",
    "NIE",
    "CLABE",
    "CPF",
    "CNPJ",
    "NIR",
    "STEUER",
    "NIF",
    "PIN",
    "RFC",
    "CURP",
    "PASSPORT",
    "DL",
}
DIGITY = {
    "CARD",
    "ACCT",
    "ROUTING",
    "PHONE",
    "SSN",
    "ITIN",
    "CLABE",
    "CPF",
    "CNPJ",
    "NIR",
    "STEUER",
    "NIF",
    "PIN",
    "CVV",
    "DNI",
    "NIE",
    "IBAN",
    "NINO",
    "PASSPORT",
    "DL",
}
SPELLABLE = {
    "CARD",
    "ACCT",
    "PHONE",
    "SSN",
    "CLABE",
    "CPF",
    "NIF",
    "PIN",
    "CVV",
    "STEUER",
    "ROUTING",
    "NIR",
}
CONTEXT_ONLY = {"PIN", "CVV", "PWD", "USER", "ACCT", "PASSPORT", "DL", "ROUTING"}
MULTI = ["CARD", "ACCT", "PHONE", "IBAN", "CLABE", "CPF", "STEUER", "SSN", "NIF", "CNPJ"]


def compatible(alias: str) -> list[str]:
    f = ["plain"]
    if alias in GROUPED:
        f += ["spaced_or_dashed", "split_by_noise"]
    if alias in DIGITY:
        f.append("letter_substitution")
    if alias in SPELLABLE:
        f.append("spelled_out")
    if alias == "EMAIL":
        f += ["email_spelled", "percent_encoded"]
    if alias == "PHONE":
        f.append("percent_encoded")
    if alias == "PWD":
        f += ["url_credentials", "key_value_secret"]
    if alias in ("AKEY", "SKEY"):
        f.append("key_value_secret")
    if alias == "EXP":
        f.append("compact_expiry")
    if alias == "IBAN":
        f.append("iban_broken")
    if alias in CONTEXT_ONLY:
        f.append("context_only")
    return f


WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
ALT_WORDS = {
    "en": {"oh": "0"},
    "pt": {"meia": "6"},
    "fr": {"zero": "0"},
    "es": {"una": "1"},
    "de": {"zwo": "2"},
}
NOISE = {
    "en": [" | ", " / ", " 🙂 ", "\n", " then ", " - ", " 👉 ", " .. "],
    "es": [" | ", " / ", " 😅 ", "\n", " y ", " luego ", " 👉 ", " .. "],
    "fr": [" | ", " / ", " 😬 ", "\n", " puis ", " et ", " 👉 ", " .. "],
    "de": [" | ", " / ", " 🙈 ", "\n", " dann ", " und ", " 👉 ", " .. "],
    "pt": [" | ", " / ", " 😂 ", "\n", " e ", " depois ", " 👉 ", " .. "],
}
AT = {
    "en": [" at ", "(at)", " [at] "],
    "es": [" arroba ", "(arroba)", " at "],
    "fr": [" arobase ", " at ", "(at)"],
    "de": [" Klammeraffe ", " at ", "(at)"],
    "pt": [" arroba ", "(at)", " at "],
}
DOT = {
    "en": [" dot ", "[dot]", "(dot)"],
    "es": [" punto ", "[punto]", " dot "],
    "fr": [" point ", "[dot]", " point "],
    "de": [" Punkt ", "[punkt]", " dot "],
    "pt": [" ponto ", "[dot]", " ponto "],
}


def alnum(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s)


def groups(s: str, rng: random.Random) -> list[str]:
    size = rng.choice([3, 4, 4])
    if len(s) <= 4:
        return [s[:2], s[2:]]
    return [s[i : i + size] for i in range(0, len(s), size)]


def _plus(value: str) -> str:
    return "+" if value.startswith("+") else ""


def render(
    alias: str, fam: str, value: str, lang: str, rng: random.Random
) -> tuple[str, str, str] | None:
    """Return (before, shown, after): shown is the labelled span. None when the value cannot take the family."""
    if fam in ("plain", "context_only"):
        return "", value, ""
    if fam in ("spaced_or_dashed", "split_by_noise", "iban_broken"):
        g = groups(alnum(value), rng)
        if fam == "spaced_or_dashed":
            sep = rng.choice([" ", "-", ".", "  "])
        elif fam == "iban_broken":
            g = [alnum(value)[i : i + 4] for i in range(0, len(alnum(value)), 4)]
            return (
                "",
                "".join(
                    x + (rng.choice([" ", "-", "\n", " \n", "  "]) if i < len(g) - 1 else "")
                    for i, x in enumerate(g)
                ),
                "",
            )
        else:
            sep = rng.choice(NOISE[lang])
        return "", _plus(value) + sep.join(g), ""
    if fam == "letter_substitution":
        a = alnum(value)
        idx = [
            i
            for i, c in enumerate(a)
            if c in "01"
            and (i == 0 or a[i - 1].isdigit() or (i + 1 < len(a) and a[i + 1].isdigit()))
        ]
        if not idx:
            return None
        pick = set(rng.sample(idx, min(len(idx), rng.randint(1, 3))))
        out = "".join(
            rng.choice("Oo") if i in pick and c == "0" else rng.choice("lI") if i in pick else c
            for i, c in enumerate(a)
        )
        if rng.random() < 0.5 and len(out) > 8:
            out = " ".join(groups(out, rng))
        return "", _plus(value) + out, ""
    if fam == "spelled_out":
        a = re.sub(r"\D", "", value)
        if alnum(value) != a:
            return None
        toks = []
        for i, c in enumerate(a):
            if rng.random() < 0.2:
                toks.append(c)
            else:
                w = WORDS[lang][int(c)]
                alt = [k for k, v in ALT_WORDS[lang].items() if v == c]
                toks.append(rng.choice(alt) if alt and rng.random() < 0.5 else w)
            if i % 4 == 3 and i < len(a) - 1 and rng.random() < 0.4:
                toks[-1] += ","
        return "", " ".join(toks), ""
    if fam == "email_spelled":
        u, d = value.split("@")
        return "", u + rng.choice(AT[lang]) + rng.choice(DOT[lang]).join(d.split(".")), ""
    if fam == "percent_encoded":
        if alias == "PHONE":
            v = "+" + re.sub(r"\D", "", value) if value.startswith("+") else None
            if v is None:
                return None
            enc = urllib.parse.quote(v, safe="")
            return (
                rng.choice(
                    [
                        "https://wa.example.com/send?phone=",
                        "https://app.example.net/callback?tel=",
                        "https://portal.example/contact?number=",
                    ]
                ),
                enc,
                rng.choice(["&lang=" + lang, "", "&src=fb"]),
            )
        enc = urllib.parse.quote(value, safe="")
        return (
            rng.choice(
                [
                    "https://login.example.com/reset?email=",
                    "https://portal.example/verify?user=",
                    "https://shop.example.net/unsubscribe?e=",
                ]
            ),
            enc,
            rng.choice(["&lang=" + lang, "", "&ref=mail"]),
        )
    if fam == "url_credentials":
        user = rng.choice(["admin", "ftpuser", "cliente", "kunde", "home", "nas"])
        scheme = rng.choice(["ftp", "https", "sftp", "smb"])
        return (
            f"{scheme}://{user}:",
            value,
            "@"
            + rng.choice(
                [
                    "files.example.com",
                    "nas.example.net",
                    "router.example",
                    "cloud.example.org/share",
                ]
            ),
        )
    if fam == "key_value_secret":
        key = {
            "AKEY": ["AWS_ACCESS_KEY_ID=", "aws_access_key_id = ", "export AWS_ACCESS_KEY_ID="],
            "SKEY": ["AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = ", "secret_key: "],
            "PWD": ["DB_PASSWORD=", "password=", "PASS: ", "SMTP_PASS="],
        }[alias]
        return rng.choice(key), value, ""
    if fam == "compact_expiry":
        return "", value.replace("/", ""), ""
    raise KeyError(fam)


def decode(alias: str, fam: str, shown: str, lang: str) -> str:
    """Undo the family's obfuscation, to the comparable form of the value (see canon)."""
    if fam == "email_spelled":
        s = shown
        for w in AT[lang]:
            s = s.replace(w, "@")
        for w in DOT[lang]:
            s = s.replace(w, ".")
        return s
    if fam == "percent_encoded":
        return canon(alias, urllib.parse.unquote(shown))
    if fam == "spelled_out":
        out = ""
        m = {w: str(i) for i, w in enumerate(WORDS[lang])} | ALT_WORDS[lang]
        for t in re.split(r"[\s,]+", shown.strip()):
            out += t if t.isdigit() else m[t]
        return out
    if fam == "letter_substitution":
        return canon(alias, re.sub(r"[Oo]", "0", re.sub(r"[lI]", "1", shown)))
    if fam == "compact_expiry":
        a = alnum(shown)
        return a[:2] + "/" + a[2:]
    if fam in ("spaced_or_dashed", "split_by_noise", "iban_broken", "multi_message"):
        words = [w.strip() for w in NOISE[lang] if w.strip().isalpha()]
        s = shown
        for w in words:
            s = re.sub(rf"\b{w}\b", "", s)
        return canon(alias, s)
    return shown


def canon(alias: str, v: str) -> str:
    if alias in GROUPED or alias in SPELLABLE:
        return alnum(v)
    return v


def expected(alias: str, fam: str, value: str) -> str:
    if fam == "spelled_out":
        return re.sub(r"\D", "", value)
    if fam in (
        "plain",
        "context_only",
        "email_spelled",
        "url_credentials",
        "key_value_secret",
        "compact_expiry",
    ):
        return value
    return canon(alias, value)


def split_parts(value: str, n: int, rng: random.Random) -> list[str]:
    """Cut a value into n consecutive pieces at group boundaries, as typed in n messages."""
    a = alnum(value)
    plus = _plus(value)
    g = groups(a, rng) if len(a) > 6 else [a[: len(a) // 2], a[len(a) // 2 :]]
    while len(g) < n:
        g = [x for y in g for x in ([y[: len(y) // 2], y[len(y) // 2 :]] if len(y) > 1 else [y])]
    cuts = sorted(rng.sample(range(1, len(g)), n - 1))
    sep = rng.choice([" ", "", "-"])
    bounds = [0] + cuts + [len(g)]
    parts = [sep.join(g[bounds[i] : bounds[i + 1]]) for i in range(n)]
    parts[0] = plus + parts[0]
    return parts
