"""Turn a drawn value into the text a customer types, for one obfuscation family."""

from __future__ import annotations

import random
import urllib.parse

import phonenumbers

from . import lingo
from . import values as V

FAMILY = {
    "plain": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "leet": "letter_substitution",
    "spell": "spelled_out",
    "at": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibr": "iban_broken",
    "mm": "multi_message",
    "ctx": "context_only",
}
TYPE = {
    "CARD": "CREDIT_DEBIT_NUMBER",
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
    "DL": "DRIVER_ID",
    "PASSWORD": "PASSWORD",
    "USER": "USERNAME",
    "AKEY": "AWS_ACCESS_KEY",
    "SKEY": "AWS_SECRET_KEY",
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
NUMERIC = {
    "CARD",
    "CVV",
    "PIN",
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
    "EXP",
    "DNI",
    "NIE",
    "IBAN",
    "DL",
    "PASSPORT",
}
EMAIL_NAMES = [
    "maria.gonzalez",
    "jdoe",
    "kevin_obrien",
    "sofi.r",
    "lena.mueller",
    "p.martin",
    "joao.silva",
    "camille.d",
    "thiago",
    "anaclara",
    "mr.bean.fan",
    "xavi",
    "hannah.k",
    "priya.s",
    "ngozi",
    "lucia_m",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "correo.test",
    "web.test",
]


class Value:
    """One drawn value of a type, plus what the renderer needs to show it."""

    def __init__(
        self, kind: str, raw: str, groups: list[str], plain: str, phone: object = None
    ) -> None:
        self.kind, self.raw, self.groups, self.plain, self.phone = kind, raw, groups, plain, phone


def chunk(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def by(s: str, n: int) -> list[str]:
    return [s[i : i + n] for i in range(0, len(s), n)]


def draw(kind: str, region: str, lang: str, rng: random.Random) -> Value:
    if kind == "CARD":
        r = V.card(rng)
        g = chunk(r, [4, 6, 5]) if len(r) == 15 else by(r, 4)
        return Value(kind, r, g, rng.choice([r, " ".join(g)]))
    if kind == "CVV":
        r = V.digits(rng, rng.choice([3, 3, 3, 4]))
        return Value(kind, r, [r], r)
    if kind == "PIN":
        r = V.digits(rng, rng.choice([4, 4, 4, 6]))
        return Value(kind, r, by(r, 2), r)
    if kind == "EXP":
        m, y = rng.randint(1, 12), rng.randint(26, 33)
        r = f"{m:02d}{y:02d}"
        month = lingo.MONTHS[lang][m - 1]
        plain = rng.choice(
            [
                f"{m:02d}/{y:02d}",
                f"{m:02d}/20{y:02d}",
                f"{m}/{y:02d}",
                f"{m:02d}-{y:02d}",
                f"{month} {y:02d}",
                f"{month} 20{y:02d}",
                f"{m:02d} / {y:02d}",
            ]
        )
        return Value(kind, r, [f"{m:02d}", f"{y:02d}"], plain)
    if kind == "ACCT":
        n = {"GB": 8, "US": rng.choice([10, 12]), "DE": 10, "AT": 11, "BR": 8, "MX": 11}.get(
            region, rng.choice([8, 10])
        )
        r = V.digits(rng, n)
        if region == "BR":
            return Value(kind, r, [r[:-1], r[-1]], r[:-1] + "-" + r[-1])
        return Value(kind, r, by(r, 4), r)
    if kind == "ROUTING":
        if region == "GB" or region == "IE":
            r = V.digits(rng, 6)
            g = by(r, 2)
            return Value(kind, r, g, "-".join(g))
        if region in ("DE", "AT", "CH"):
            r = rng.choice("1234567") + V.digits(rng, 7)
            return Value(
                kind, r, chunk(r, [3, 3, 2]), rng.choice([r, " ".join(chunk(r, [3, 3, 2]))])
            )
        if region in ("BR", "PT", "AO"):
            r = V.digits(rng, 4)
            return Value(kind, r, [r], rng.choice([r, r + "-" + V.digits(rng, 1)]))
        if region == "CA":
            r = V.digits(rng, 5) + "-" + rng.choice(["001", "002", "003", "004", "006"])
            return Value(kind, r.replace("-", ""), r.split("-"), r)
        r = V.aba(rng)
        return Value(kind, r, chunk(r, [4, 4, 1]), r)
    if kind == "IBAN":
        c = V.IBAN_FOR_REGION.get(region, region)
        r = V.iban_value(rng, c if c in V.IBAN_BBAN else "ES")
        g = by(r, 4)
        return Value(kind, r, g, rng.choice([r, " ".join(g)]))
    if kind == "SWIFT":
        c = V.IBAN_FOR_REGION.get(region, region)
        r = V.swift(rng, c)
        return Value(kind, r, [r[:4], r[4:6], r[6:]], r)
    if kind == "EMAIL":
        r = (
            rng.choice(EMAIL_NAMES)
            + rng.choice(["", "", V.digits(rng, 2)])
            + "@"
            + rng.choice(EMAIL_DOMAINS)
        )
        return Value(kind, r, [r], r)
    if kind == "PHONE":
        num = V.phone(rng, region)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        nat_digits = "".join(c for c in nat if c.isdigit())
        groups = [g for g in "".join(c if c.isdigit() else " " for c in nat).split() if g]
        if len(groups) < 2:
            groups = by(nat_digits, 3)
        return Value(kind, nat_digits, groups, rng.choice([nat, intl, e164, nat]), num)
    if kind == "SSN":
        r = V.ssn_value(rng)
        return Value(kind, r, chunk(r, [3, 2, 4]), rng.choice([r, "-".join(chunk(r, [3, 2, 4]))]))
    if kind == "ITIN":
        r = V.itin_value(rng)
        return Value(kind, r, chunk(r, [3, 2, 4]), "-".join(chunk(r, [3, 2, 4])))
    if kind == "NINO":
        r = V.nino(rng)
        g = [r[:2], r[2:4], r[4:6], r[6:8], r[8]]
        return Value(kind, r, g, rng.choice([r, " ".join(g)]))
    if kind == "PASSPORT":
        r = V.passport(rng, region)
        return Value(kind, r, by(r, 3), r)
    if kind == "DL":
        r = V.driver_id(rng, region)
        return Value(kind, r, by(r, 4), r)
    if kind == "PASSWORD":
        r = V.password(rng)
        return Value(kind, r, [r], r)
    if kind == "USER":
        r = V.username(rng)
        return Value(kind, r, [r], rng.choice([r, "@" + r]))
    if kind == "AKEY":
        r = V.aws_access(rng)
        return Value(kind, r, by(r, 4), r)
    if kind == "SKEY":
        r = V.aws_secret(rng)
        return Value(kind, r, by(r, 10), r)
    if kind == "IP":
        r = V.ip(rng)
        return Value(kind, r, r.split("."), r)
    if kind == "MAC":
        r = V.mac(rng)
        return Value(kind, r, r.split(":"), rng.choice([r, r.replace(":", "-"), r.lower()]))
    if kind == "DNI":
        r = V.dni_value(rng)
        return Value(kind, r, chunk(r, [2, 3, 3, 1]), rng.choice([r, r[:8] + "-" + r[8]]))
    if kind == "NIE":
        r = V.nie_value(rng)
        return Value(kind, r, [r[0], r[1:8], r[8]], rng.choice([r, f"{r[0]}-{r[1:8]}-{r[8]}"]))
    if kind == "CURP":
        r = V.curp_value(rng)
        return Value(kind, r, chunk(r, [4, 6, 6, 2]), r)
    if kind == "RFC":
        r = V.rfc_value(rng)
        return Value(kind, r, chunk(r, [4, 6, 3]), rng.choice([r, f"{r[:4]}-{r[4:10]}-{r[10:]}"]))
    if kind == "CLABE":
        r = V.clabe(rng)
        g = chunk(r, [3, 3, 11, 1])
        return Value(kind, r, g, rng.choice([r, " ".join(g)]))
    if kind == "CPF":
        r = V.cpf_value(rng)
        g = chunk(r, [3, 3, 3, 2])
        return Value(kind, r, g, rng.choice([r, f"{g[0]}.{g[1]}.{g[2]}-{g[3]}"]))
    if kind == "CNPJ":
        r = V.cnpj_value(rng)
        g = chunk(r, [2, 3, 3, 4, 2])
        return Value(kind, r, g, rng.choice([r, f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}"]))
    if kind == "NIR":
        r = V.nir_value(rng)
        g = chunk(r, [1, 2, 2, 2, 3, 3, 2])
        return Value(kind, r, g, rng.choice([r, " ".join(g)]))
    if kind == "STEUER":
        r = V.idnr_value(rng)
        g = chunk(r, [2, 3, 3, 3])
        return Value(kind, r, g, rng.choice([r, " ".join(g)]))
    if kind == "NIF":
        r = V.nif_value(rng)
        g = by(r, 3)
        return Value(kind, r, g, rng.choice([r, " ".join(g)]))
    raise KeyError(kind)


def has01(v: Value) -> bool:
    return any(c in "01" for c in v.raw)


def leet(text: str, rng: random.Random) -> str:
    out, changed = [], False
    for i, c in enumerate(text):
        near_digit = (i > 0 and text[i - 1].isdigit()) or (
            i + 1 < len(text) and text[i + 1].isdigit()
        )
        if c in "01" and near_digit and (not changed or rng.random() < 0.5):
            out.append(rng.choice("Oo") if c == "0" else rng.choice("lI"))
            changed = True
        else:
            out.append(c)
    if not changed:  # a lone 0/1 between separators
        for i, c in enumerate(out):
            if c in "01":
                out[i] = "O" if c == "0" else "l"
                break
    return "".join(out)


def spell(s: str, lang: str, rng: random.Random) -> str:
    if s.isdigit() and len(s) % 2 == 0 and rng.random() < 0.4:
        # read in pairs; a pair starting with zero is read digit by digit
        out = []
        for i in range(0, len(s), 2):
            a, b = s[i], s[i + 1]
            if a == "0":
                out += [lingo.DIGITS[lang][0], lingo.DIGITS[lang][int(b)]]
            else:
                out.append(lingo.pair_words(int(a + b), lang))
        return rng.choice([" ", ", "]).join(out)
    words = lingo.DIGITS[lang]
    out: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            out.append(c)
            i += 1
            continue
        if lang == "en" and i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.6:
            out.append("double " + words[int(c)])
            i += 2
            continue
        w = words[int(c)]
        if lang == "en" and c == "0" and rng.random() < 0.4:
            w = "oh"
        out.append(w)
        i += 1
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(out)


def render(v: Value, fam: str, lang: str, rng: random.Random) -> tuple[str, int, int]:
    """Text for one (non multi-message) value; returns (text, span start, span end)."""
    if fam in ("plain", "ctx", "url", "kv"):
        t = v.plain if fam in ("plain", "ctx") else v.raw
        return t, 0, len(t)
    if fam == "sp":
        sep = rng.choice([" ", "-", " ", ".", " - "])
        t = sep.join(v.groups)
        return t, 0, len(t)
    if fam == "ibr":
        seps = [" ", "-", "\n", "  ", " - "]
        t = v.groups[0]
        for g in v.groups[1:]:
            t += rng.choice(seps) + g
        return t, 0, len(t)
    if fam == "noise":
        noise = lingo.NOISE[lang]
        one = rng.random() < 0.5
        sep = rng.choice(noise)
        t = v.groups[0]
        for g in v.groups[1:]:
            t += (sep if one else rng.choice(noise)) + g
        return t, 0, len(t)
    if fam == "leet":
        base = v.plain if rng.random() < 0.5 else " ".join(v.groups)
        t = leet(base, rng)
        return t, 0, len(t)
    if fam == "spell":
        t = spell(v.raw, lang, rng)
        return t, 0, len(t)
    if fam == "cexp":
        return v.raw, 0, len(v.raw)
    if fam == "at":
        at, dot = rng.choice(lingo.AT[lang])
        local, domain = v.raw.split("@")
        if rng.random() < 0.5:
            local = local.replace(".", dot)
        t = local + at + domain.replace(".", dot)
        t = t.strip()
        return t, 0, len(t)
    if fam == "pct":
        if v.kind == "PHONE":
            e164 = phonenumbers.format_number(v.phone, phonenumbers.PhoneNumberFormat.E164)
            t = "%2B" + e164[1:]
        else:
            raw = v.raw
            if v.kind == "EMAIL" and rng.random() < 0.5:
                local, domain = raw.split("@")
                raw = local + "+" + rng.choice(["shop", "promo", "orders"]) + "@" + domain
            t = urllib.parse.quote(raw, safe="")
        return t, 0, len(t)
    raise KeyError(fam)


def split_parts(v: Value, n: int, rng: random.Random) -> list[str]:
    """A value cut into n pieces at group boundaries (or inside the raw value)."""
    groups = v.groups if len(v.groups) >= n else by(v.raw, max(1, -(-len(v.raw) // n)))
    if len(groups) < n:
        groups = list(v.raw)
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    parts, prev = [], 0
    sep = {"IP": ".", "MAC": ":"}.get(v.kind) or rng.choice([" ", "", " ", "-"])
    for c in [*cuts, len(groups)]:
        parts.append(sep.join(groups[prev:c]))
        prev = c
    return parts
