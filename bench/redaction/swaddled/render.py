"""Turn a drawn value into the text a customer would type for a given obfuscation family."""

from __future__ import annotations

import random
import urllib.parse
from dataclasses import dataclass, field

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

from . import lang as L
from . import values as V

ABBREV = {
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
    "PW": "PASSWORD",
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
FAMILIES = {
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
    "mm": "multi_message",
    "co": "context_only",
}
# Country a type belongs to: a template using one is instantiated there when its language has it.
TYPE_COUNTRY = {
    "SSN": "US",
    "ITIN": "US",
    "NINO": "GB",
    "DNI": "ES",
    "NIE": "ES",
    "CURP": "MX",
    "RFC": "MX",
    "CLABE": "MX",
    "CPF": "BR",
    "CNPJ": "BR",
    "NIR": "FR",
    "STEUER": "DE",
    "NIF": "PT",
}


@dataclass
class Value:
    kind: str
    compact: str
    plain: list[str]
    groups: list[str]
    extra: dict[str, str] = field(default_factory=dict)


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


def fours(s: str) -> list[str]:
    return [s[i : i + 4] for i in range(0, len(s), 4)]


def draw(kind: str, rng: random.Random, locale: str, lang: str) -> Value:
    c = V.country(locale)
    if kind == "CARD":
        v = V.card(rng)
        g = V.card_groups(v)
        return Value(kind, v, [v, " ".join(g), "-".join(g)], g)
    if kind == "CVV":
        v = V.cvv(rng)
        return Value(kind, v, [v], list(v))
    if kind == "EXP":
        m, y = V.expiry_parts(rng)
        month = L.MONTHS[lang][m - 1]
        plain = [
            f"{m:02d}/{y}",
            f"{m}/{y}",
            f"{m:02d}/20{y}",
            f"{m:02d}-{y}",
            f"{month} {y}",
            f"{month} 20{y}",
            f"{m:02d} / {y}",
        ]
        return Value(kind, f"{m:02d}{y}", plain, [f"{m:02d}", f"{y}"])
    if kind == "PIN":
        v = V.pin(rng)
        return Value(kind, v, [v], chunk(v, [2, 2, 2]) if len(v) > 4 else [v[:2], v[2:]])
    if kind == "ACCT":
        v = V.account(rng, locale)
        return Value(kind, v, [v], chunk(v, [4, 4, 4]) if len(v) % 4 == 0 else chunk(v, [3, 3, 4]))
    if kind == "ROUT":
        v = V.routing(rng, locale)
        digits = v.replace("-", "")
        return Value(
            kind,
            v,
            [v],
            chunk(digits, [2, 2, 2]) if c == "GB" else chunk(digits, [3, 3, 3]),
            {"country": c},
        )
    if kind == "IBAN":
        v = V.iban_for(rng, locale)
        return Value(kind, v, [v, " ".join(V.iban_groups(v))], V.iban_groups(v))
    if kind == "SWIFT":
        v = V.swift(rng, locale)
        return Value(kind, v, [v, v.lower()], [v[:4], v[4:6], v[6:]])
    if kind == "EMAIL":
        local, domain, _ = V.email(rng)
        v = local + "@" + domain
        return Value(
            kind,
            v,
            [v, v if rng.random() < 0.7 else v.capitalize()],
            [local, domain],
            {"local": local, "domain": domain},
        )
    if kind == "PHONE":
        num = V.phone(rng, locale)
        nat = phonenumbers.national_significant_number(num)
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        natf = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        groups = [
            g for g in natf.replace("(", " ").replace(")", " ").replace("-", " ").split() if g
        ]
        if len(groups) < 2:
            groups = chunk(nat, [3, 3, 4])
        region = phonenumbers.region_code_for_number(num)
        return Value(kind, e164, [intl, natf, e164, natf], groups, {"region": region, "e164": e164})
    if kind == "SSN":
        v = V.us_ssn(rng)
        return Value(kind, v, [f"{v[:3]}-{v[3:5]}-{v[5:]}", v], [v[:3], v[3:5], v[5:]])
    if kind == "ITIN":
        v = V.us_itin(rng)
        return Value(kind, v, [f"{v[:3]}-{v[3:5]}-{v[5:]}", v], [v[:3], v[3:5], v[5:]])
    if kind == "NINO":
        v = V.nino(rng)
        return Value(
            kind,
            v,
            [v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"],
            [v[:2], v[2:4], v[4:6], v[6:8], v[8]],
        )
    if kind == "PASS":
        v = V.passport(rng, locale)
        return Value(kind, v, [v], chunk(v, [3, 3, 3]))
    if kind == "DL":
        v = V.driver_id(rng, locale)
        return Value(kind, v, [v], chunk(v.replace("-", ""), [4, 4, 4, 4]))
    if kind == "PW":
        v = V.password(rng)
        return Value(kind, v, [v], [v[: len(v) // 2], v[len(v) // 2 :]])
    if kind == "USER":
        v = V.username(rng)
        return Value(kind, v, [v, "@" + v], [v])
    if kind == "AKEY":
        v = V.aws_access(rng)
        return Value(kind, v, [v], fours(v))
    if kind == "SKEY":
        v = V.aws_secret(rng)
        return Value(kind, v, [v], [v[:20], v[20:]])
    if kind == "IP":
        v = V.ip(rng)
        return Value(kind, v, [v], v.split(".") if "." in v else [v])
    if kind == "MAC":
        v = V.mac(rng)
        return Value(kind, v, [v], v.replace("-", ":").split(":"))
    if kind == "DNI":
        v = V.es_dni(rng)
        return Value(
            kind,
            v,
            [v, f"{v[:8]}-{v[8]}", f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}"],
            [v[:2], v[2:5], v[5:8], v[8]],
        )
    if kind == "NIE":
        v = V.es_nie(rng)
        return Value(kind, v, [v, f"{v[0]}-{v[1:8]}-{v[8]}"], [v[0], v[1:4], v[4:8], v[8]])
    if kind == "CURP":
        v = V.mx_curp(rng)
        return Value(
            kind, v, [v, v.lower() if rng.random() < 0.3 else v], [v[:4], v[4:10], v[10:16], v[16:]]
        )
    if kind == "RFC":
        v = V.mx_rfc(rng)
        return Value(kind, v, [v, f"{v[:4]}-{v[4:10]}-{v[10:]}"], [v[:4], v[4:10], v[10:]])
    if kind == "CLABE":
        v = V.clabe(rng)
        return Value(
            kind,
            v,
            [v, f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}"],
            [v[:3], v[3:6], v[6:10], v[10:14], v[14:]],
        )
    if kind == "CPF":
        v = V.br_cpf(rng)
        return Value(kind, v, [V.fmt_cpf(v), v, V.fmt_cpf(v)], [v[:3], v[3:6], v[6:9], v[9:]])
    if kind == "CNPJ":
        v = V.br_cnpj(rng)
        return Value(kind, v, [V.fmt_cnpj(v), v], [v[:2], v[2:5], v[5:8], v[8:12], v[12:]])
    if kind == "NIR":
        v = V.fr_nir(rng)
        return Value(kind, v, [V.fmt_nir(v), v], V.fmt_nir(v).split())
    if kind == "STEUER":
        v = V.de_idnr(rng)
        return Value(kind, v, [V.fmt_idnr(v), v, V.fmt_idnr(v)], V.fmt_idnr(v).split())
    if kind == "NIF":
        v = V.pt_nif(rng)
        return Value(kind, v, [v, f"{v[:3]} {v[3:6]} {v[6:]}"], [v[:3], v[3:6], v[6:]])
    raise KeyError(kind)


def valid(val: Value) -> bool:
    """Re-check a drawn value with the published rule for its type."""
    k, v = val.kind, val.compact
    checks = {
        "CARD": lambda: luhn.is_valid(v) and v[:6] in {p for p, _ in V.CARD_PREFIXES},
        "CVV": lambda: v.isdigit() and len(v) in (3, 4),
        "EXP": lambda: len(v) == 4 and 1 <= int(v[:2]) <= 12,
        "PIN": lambda: v.isdigit() and len(v) in (4, 6),
        "ACCT": lambda: v.isdigit(),
        "ROUT": lambda: rtn.is_valid(v) if val.extra["country"] == "US" else True,
        "IBAN": lambda: iban.is_valid(v),
        "SWIFT": lambda: bic.is_valid(v),
        "EMAIL": lambda: v.endswith(".test") or ("example." in v.split("@")[1]),
        "PHONE": lambda: V.phone_valid(v, "US"),
        "SSN": lambda: ssn.is_valid(v),
        "ITIN": lambda: itin.is_valid(v),
        "NINO": lambda: bool(V.NINO_RE.match(v)),
        "DNI": lambda: dni.is_valid(v),
        "NIE": lambda: nie.is_valid(v),
        "CURP": lambda: curp.is_valid(v),
        "RFC": lambda: rfc.is_valid(v),
        "CLABE": lambda: V.clabe_valid(v),
        "CPF": lambda: cpf.is_valid(v),
        "CNPJ": lambda: cnpj.is_valid(v),
        "NIR": lambda: nir.is_valid(v),
        "STEUER": lambda: idnr.is_valid(v),
        "NIF": lambda: nif.is_valid(v),
    }
    return checks.get(k, lambda: True)()


def _subst(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        if ch == "0" and rng.random() < 0.8:
            out.append(rng.choice("OOo"))
        elif ch == "1" and rng.random() < 0.8:
            out.append(rng.choice("llI"))
        else:
            out.append(ch)
    return "".join(out)


def render(val: Value, fam: str, rng: random.Random, lang: str, locale: str) -> str:
    """Text for one slot (multi_message parts are produced by split_parts)."""
    if fam in ("p", "co", "kv", "uc"):
        if fam == "co" and val.kind in (
            "CARD",
            "ACCT",
            "PHONE",
            "IBAN",
            "CPF",
            "SSN",
            "STEUER",
            "NIR",
            "NIF",
            "CLABE",
            "DNI",
            "USER",
            "EMAIL",
        ):
            if val.kind == "PHONE":
                natf = phonenumbers.format_number(
                    phonenumbers.parse(val.compact), phonenumbers.PhoneNumberFormat.NATIONAL
                )
                return "".join(ch for ch in natf if ch.isdigit())
            return val.compact
        if fam == "uc":
            return val.compact
        return rng.choice(val.plain)
    if fam == "sd":
        sep = rng.choice([" ", " ", "-", " - ", ".", "  "])
        return sep.join(val.groups)
    if fam == "nz":
        seps = L.noise_seps(lang, len(val.groups) - 1, rng)
        out = val.groups[0]
        for s, g in zip(seps, val.groups[1:], strict=True):
            out += s + g
        return out
    if fam == "ls":
        base = rng.choice([val.compact, " ".join(val.groups), rng.choice(val.plain)])
        for _ in range(20):
            t = _subst(base, rng)
            if t != base:
                return t
        raise ValueError("letter substitution needs a 0 or 1: " + val.kind)
    if fam == "sp":
        groups = [g for g in val.groups if g.isdigit()]
        text = L.spell(lang, groups, locale, rng)
        if val.kind == "PHONE" and rng.random() < 0.3:
            plus = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}[lang]
            cc = str(phonenumbers.parse(val.compact).country_code)
            text = (
                plus + " " + " ".join(L.digit_word(lang, d, locale, rng) for d in cc) + ", " + text
            )
        return text
    if fam == "es":
        return L.spell_email(lang, val.extra["local"], val.extra["domain"], rng)
    if fam == "pe":
        if val.kind == "EMAIL":
            return urllib.parse.quote(val.compact, safe="")
        if val.kind == "PHONE":
            return urllib.parse.quote(val.extra["e164"], safe="")
        return urllib.parse.quote(val.compact, safe="")
    if fam == "ce":
        return val.compact
    if fam == "ib":
        g = V.iban_groups(val.compact)
        out = g[0]
        style = rng.choice(["dash", "nl", "mixed", "uneven"])
        for i, part in enumerate(g[1:]):
            if style == "dash":
                out += "-" + part
            elif style == "nl":
                out += ("\n" if i % 2 else " ") + part
            elif style == "mixed":
                out += rng.choice([" ", "-", "\n", "  ", " - "]) + part
            else:
                out += part if i % 3 == 1 else " " + part
        if style == "uneven":
            flat = out.replace(" ", "")
            out = " ".join(chunk(flat, [2, 2, 5, 3, 6, 4, 4, 4]))
        return out
    raise KeyError(fam)


def phone_ok(val: Value) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(val.compact))


def split_parts(val: Value, n: int, rng: random.Random) -> list[str]:
    """Cut a value into n pieces as a customer sends them in consecutive messages."""
    groups = list(val.groups)
    if val.kind == "EMAIL":
        local, domain = val.extra["local"], val.extra["domain"]
        return [local, "@" + domain] if n == 2 else [local, "@", domain]
    if val.kind == "PHONE" and rng.random() < 0.4:
        groups = phonenumbers.format_number(
            phonenumbers.parse(val.compact), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        ).split()
    if len(groups) < n:
        flat = "".join(groups)
        size = -(-len(flat) // n)
        groups = [flat[i : i + size] for i in range(0, len(flat), size)]
    # spread groups over n parts, front-loaded, as people send "4111 1111" then "1111 1111"
    per = [len(groups) // n + (1 if i < len(groups) % n else 0) for i in range(n)]
    parts, i = [], 0
    sep = rng.choice([" ", " ", "", "-"])
    for k in per:
        parts.append(sep.join(groups[i : i + k]))
        i += k
    return parts
