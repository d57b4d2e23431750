"""How one drawn value is typed under each obfuscation family.

A rendering is a list of parts (one per message; several only for multi_message), each part a
text and the (start, end) of the sensitive characters inside it.
"""

from __future__ import annotations

import random
import re
from urllib.parse import quote

from .spell import spell
from .values import Value

FAMILIES = {
    "plain": "plain",
    "ctx": "context_only",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "leet": "letter_substitution",
    "words": "spelled_out",
    "esp": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibanb": "iban_broken",
    "mm": "multi_message",
}
# Values that only their context word makes recognisable default to context_only.
CONTEXT_DEFAULT = {"PIN", "CVV", "ACCT", "PASSWORD", "USER", "PASSPORT", "DL"}

NOISE_WORDS = {
    "en": [" and ", " then ", " n "],
    "es": [" y ", " luego ", " después "],
    "fr": [" et ", " puis ", " ensuite "],
    "de": [" und ", " dann ", " danach "],
    "pt": [" e ", " depois ", " aí "],
}
NOISE = [
    " 🙂 ",
    " | ",
    "|",
    " / ",
    "/",
    "\n",
    " ... ",
    " 👉 ",
    "💳",
    " 😅 ",
    " * ",
    " _ ",
    " 🙏 ",
    " // ",
]
EMAIL_WORDS = {
    "en": (["at", "(at)", "[at]", "AT"], ["dot", "(dot)", "[dot]", "DOT"]),
    "es": (["arroba", "(arroba)", "arroba"], ["punto", "punto", "(punto)"]),
    "fr": (["arobase", "at", "(at)", "arrobase"], ["point", "point", "(point)"]),
    "de": (["at", "ät", "(at)", "[at]"], ["Punkt", "punkt", "(punkt)"]),
    "pt": (["arroba", "arroba", "(arroba)"], ["ponto", "ponto", "(ponto)"]),
}
KV_KEYS = {
    "AWSKEY": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "AccessKeyId", "ACCESS_KEY"],
    "AWSSECRET": [
        "AWS_SECRET_ACCESS_KEY",
        "aws_secret_access_key",
        "SecretAccessKey",
        "SECRET_KEY",
    ],
    "PASSWORD": [
        "DB_PASSWORD",
        "PASSWORD",
        "password",
        "SMTP_PASS",
        "ADMIN_PASSWORD",
        "pwd",
        "MYSQL_ROOT_PASSWORD",
    ],
}
URL_HOSTS = [
    "files.example.com",
    "ftp.example.net",
    "nas.example.org",
    "cloud.example.com",
    "db.example.test",
    "intranet.example.org",
]
URL_USERS = [
    "admin",
    "backup",
    "soporte",
    "jdoe",
    "mlopez",
    "user",
    "cliente",
    "root",
    "deploy",
    "kasse",
    "loja",
]
PCT_PATHS = [
    "https://www.example.com/account/reset?email=",
    "https://shop.example.com/unsubscribe?e=",
    "https://app.example.org/login?user=",
    "https://example.com/track?contact=",
    "https://portal.example.net/verify?mail=",
]
PCT_PHONE_PATHS = [
    "https://example.com/callback?tel=",
    "https://wa.example.net/send?phone=",
    "https://shop.example.com/otp?msisdn=",
]


def _whole(text: str) -> tuple[str, list[tuple[int, int]]]:
    return text, [(0, len(text))]


def _digit_groups(v: Value) -> list[str]:
    return [g for g in (re.sub(r"\D", "", g) for g in v.groups) if g]


def _split_groups(groups: list[str], k: int, rng: random.Random) -> list[list[str]]:
    if len(groups) < k:
        flat = "".join(groups)
        size = -(-len(flat) // k)
        groups = [flat[i : i + size] for i in range(0, len(flat), size)]
    # Prefer cuts that leave every part at least two characters long.
    options = []
    for _ in range(30):
        cuts = sorted(rng.sample(range(1, len(groups)), k - 1))
        bounds = [0, *cuts, len(groups)]
        parts = [groups[bounds[i] : bounds[i + 1]] for i in range(k)]
        options.append(parts)
        if all(len("".join(p)) >= 2 for p in parts):
            return parts
    return options[0]


def _leet(text: str, rng: random.Random) -> str | None:
    chars = list(text)
    spots = [
        i
        for i, c in enumerate(chars)
        if c in "01"
        and ((i > 0 and chars[i - 1].isdigit()) or (i + 1 < len(chars) and chars[i + 1].isdigit()))
    ]
    if not spots:
        return None
    chosen = [i for i in spots if rng.random() < 0.5] or [rng.choice(spots)]
    for i in chosen:
        chars[i] = rng.choice("Oo" if chars[i] == "0" else "lI")
    return "".join(chars)


def _iban_broken(v: Value, rng: random.Random) -> str:
    groups = v.groups
    style = rng.randrange(5)
    if style == 0:
        return " ".join(groups)
    if style == 1:
        return "-".join(groups)
    if style == 2:
        cut = rng.randint(2, len(groups) - 2)
        return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
    if style == 3:
        s, out = v.canon, []
        while s:
            n = rng.choice([2, 3, 4, 5, 6])
            out.append(s[:n])
            s = s[n:]
        return " ".join(out)
    return "".join(
        g + (rng.choice([" ", "  ", " - ", "."]) if i < len(groups) - 1 else "")
        for i, g in enumerate(groups)
    )


def _email_spelled(v: Value, lang: str, rng: random.Random) -> str:
    ats, dots = EMAIL_WORDS[lang]
    at, dot = rng.choice(ats), rng.choice(dots)
    local, domain = v.canon.split("@")
    if rng.random() < 0.35:
        return f"{local} {at} {domain}"
    if rng.random() < 0.5:
        local = local.replace(".", f" {dot} ")
    return f"{local} {at} {domain.replace('.', f' {dot} ')}"


def render(
    v: Value, fam: str, parts: int, lang: str, locale: str, rng: random.Random
) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """Render a value under a family; None when this value cannot show the family (redraw)."""
    if fam in ("plain", "ctx"):
        return [_whole(v.plain)]
    if fam == "sp":
        if len(v.groups) < 2:
            return None
        sep = rng.choice([" ", " ", "-", " - ", "  ", "."])
        return [_whole(sep.join(v.groups))]
    if fam == "noise":
        if len(v.groups) < 2:
            return None
        if v.kind == "IP":
            # Addresses keep their dots: defanged or padded the way people paste them.
            dot = ":" if ":" in v.plain else "."
            sep = rng.choice([f" {dot} ", f"[{dot}]", f"({dot})", f"{dot} ", f" {dot}"])
            return [_whole(v.plain.replace(dot, sep))]
        pool = NOISE + NOISE_WORDS[lang]
        # People pick one kind of noise and mostly stick to it.
        main, other = rng.choice(pool), rng.choice([*pool, " "])
        seps = [main if rng.random() < 0.8 else other for _ in v.groups[1:]]
        if main not in seps:
            seps[rng.randrange(len(seps))] = main
        text = v.groups[0] + "".join(s + g for s, g in zip(seps, v.groups[1:], strict=True))
        return [_whole(text)]
    if fam == "leet":
        text = _leet(v.plain, rng)
        return None if text is None else [_whole(text)]
    if fam == "words":
        groups = _digit_groups(v)
        if v.kind != "PHONE" and re.search(r"[A-Za-z]", v.canon):
            return None
        return [_whole(spell("".join(groups), groups, lang, locale, rng))]
    if fam == "esp":
        return [_whole(_email_spelled(v, lang, rng))]
    if fam == "pct":
        if v.kind == "EMAIL":
            prefix = rng.choice(PCT_PATHS)
            value = quote(v.canon, safe="")
        else:
            prefix = rng.choice(PCT_PHONE_PATHS)
            value = (
                quote(v.canon, safe="")
                if rng.random() < 0.6
                else quote(v.plain if v.plain.startswith("+") else v.canon, safe="")
            )
        return [(prefix + value, [(len(prefix), len(prefix) + len(value))])]
    if fam == "url":
        scheme = rng.choice(["ftp", "sftp", "https", "smb", "postgres", "mysql", "redis"])
        head = f"{scheme}://{rng.choice(URL_USERS)}:"
        text = head + v.canon + "@" + rng.choice(URL_HOSTS)
        return [(text, [(len(head), len(head) + len(v.canon))])]
    if fam == "kv":
        key = rng.choice(KV_KEYS[v.kind])
        eq = rng.choice(["=", "=", " = ", "="])
        quote_char = rng.choice(["", "", '"', "'"])
        head = f"{key}{eq}{quote_char}"
        return [(head + v.canon + quote_char, [(len(head), len(head) + len(v.canon))])]
    if fam == "cexp":
        return [_whole(v.canon)]
    if fam == "ibanb":
        return [_whole(_iban_broken(v, rng))]
    if fam == "mm":
        if v.kind == "EMAIL":
            local, dom = v.canon.split("@")
            chunks = [[local], ["@" + dom]] if parts == 2 else None
            if chunks is None:
                return None
        else:
            if len("".join(v.groups)) < parts * 2:
                return None
            chunks = _split_groups(list(v.groups), parts, rng)
        sep = rng.choice([" ", " ", "", "-"]) if v.kind not in ("IBAN",) else rng.choice([" ", ""])
        return [_whole(sep.join(c)) for c in chunks]
    raise ValueError(fam)
