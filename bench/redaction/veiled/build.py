"""Templates -> labelled conversations, with the self-checks and the split.

Placeholders: {TYPE} or {TYPE:fam} for a PII value (fam is a short family code from
render.FAMILIES, drawn per type when absent), {TYPE:mm} starts a value sent over several
messages and each later {+} carries its next part, {=kind} is a value that must stay
visible. A template is one conversation; " ¶ " separates its messages; a leading
"@ll-CC " pins the locale.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

from . import values as V
from .keep import make_keep
from .render import DIGIT_TYPES, FAMILIES, canon, decode, render, split_parts

SEED = "veiled-corpus7|2026-11-28|five languages"
MSG_SEP = " ¶ "
PH = re.compile(r"\{([A-Z]+)(?::([a-z]+))?\}|\{=([a-z]+)\}|\{\+\}")

LOCALES = {
    "en": ["en-US", "en-US", "en-GB", "en-GB", "en-IE", "en-CA", "en-AU", "en-DE", "en-ES"],
    "es": ["es-ES", "es-ES", "es-MX", "es-MX", "es-CO", "es-AR", "es-US", "es-FR"],
    "fr": ["fr-FR", "fr-FR", "fr-FR", "fr-BE", "fr-CH", "fr-CA", "fr-ES"],
    "de": ["de-DE", "de-DE", "de-DE", "de-AT", "de-CH", "de-ES"],
    "pt": ["pt-BR", "pt-BR", "pt-BR", "pt-PT", "pt-PT", "pt-US"],
}
NATIONAL = {
    "SSN": {"US"}, "ITIN": {"US"}, "NINO": {"GB"}, "DNI": {"ES"}, "NIE": {"ES"},
    "CURP": {"MX"}, "RFC": {"MX"}, "CLABE": {"MX"}, "CPF": {"BR"}, "CNPJ": {"BR"},
    "NIR": {"FR"}, "IDNR": {"DE"}, "NIF": {"PT"},
}  # fmt: skip
REQUIRED_NATIONAL = {
    "en": ["SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER"],
    "es": ["ES_DNI", "ES_NIE", "MX_CURP", "MX_RFC", "MX_CLABE"],
    "fr": ["FR_NIR"],
    "de": ["DE_TAX_ID"],
    "pt": ["BR_CPF", "BR_CNPJ", "PT_NIF"],
}
COMMON_TYPES = [
    "CREDIT_DEBIT_NUMBER", "CREDIT_DEBIT_CVV", "CREDIT_DEBIT_EXPIRY", "PIN", "PASSWORD",
    "BANK_ACCOUNT_NUMBER", "BANK_ROUTING", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE",
    "PASSPORT_NUMBER", "DRIVER_ID", "EMAIL", "PHONE", "IP_ADDRESS", "MAC_ADDRESS",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
]  # fmt: skip
IBAN_FALLBACK = {"en": "GB", "es": "ES", "fr": "FR", "de": "DE", "pt": "PT"}

Maker = Callable[[random.Random, str, str], V.Value]
MAKERS: dict[str, Maker] = {
    "CARD": lambda r, c, lg: V.card(r),
    "CVV": lambda r, c, lg: V.make_cvv(r),
    "EXP": lambda r, c, lg: V.make_expiry(r),
    "PIN": lambda r, c, lg: V.make_pin(r),
    "PWD": lambda r, c, lg: V.make_password(r),
    "ACCT": lambda r, c, lg: V.make_account(r, c),
    "ROUT": lambda r, c, lg: V.make_routing(r, c),
    "IBAN": lambda r, c, lg: V.make_iban(r, c if c in V.IBAN_BBAN else IBAN_FALLBACK[lg]),
    "SWIFT": lambda r, c, lg: V.make_swift(r, c),
    "SSN": lambda r, c, lg: V.make_ssn(r),
    "ITIN": lambda r, c, lg: V.make_itin(r),
    "PASS": lambda r, c, lg: V.make_passport(r, c),
    "DL": lambda r, c, lg: V.make_dl(r, c),
    "EMAIL": lambda r, c, lg: V.make_email(r),
    "PHONE": lambda r, c, lg: V.phone_value(r, c),
    "IP": lambda r, c, lg: V.make_ip(r),
    "MAC": lambda r, c, lg: V.make_mac(r),
    "AKID": lambda r, c, lg: V.make_akid(r),
    "ASK": lambda r, c, lg: V.make_ask(r),
    "NINO": lambda r, c, lg: V.make_nino(r),
    "DNI": lambda r, c, lg: V.make_dni(r),
    "NIE": lambda r, c, lg: V.make_nie(r),
    "CURP": lambda r, c, lg: V.make_curp(r),
    "RFC": lambda r, c, lg: V.make_rfc(r),
    "CLABE": lambda r, c, lg: V.make_clabe(r),
    "CPF": lambda r, c, lg: V.make_cpf(r),
    "CNPJ": lambda r, c, lg: V.make_cnpj(r),
    "NIR": lambda r, c, lg: V.make_nir(r),
    "IDNR": lambda r, c, lg: V.make_idnr(r),
    "NIF": lambda r, c, lg: V.make_nif(r),
}
# Families drawn when a placeholder names none: what customers most often do with that type.
DEFAULT_FAMS = {
    "CARD": "p p sd n ls sp", "CVV": "co co sp", "EXP": "p sd", "PIN": "co co sp",
    "PWD": "co", "ACCT": "co co sp n", "ROUT": "co", "IBAN": "p p ib", "SWIFT": "p",
    "SSN": "p sd n ls sp", "ITIN": "p sd ls", "PASS": "p", "DL": "p", "EMAIL": "p p es",
    "PHONE": "p p sd n ls sp", "IP": "p", "MAC": "p sd", "AKID": "p", "ASK": "p",
    "NINO": "p sd", "DNI": "p sd", "NIE": "p sd", "CURP": "p", "RFC": "p sd",
    "CLABE": "p sd n", "CPF": "p sd ls sp", "CNPJ": "p sd", "NIR": "p sd sp",
    "IDNR": "p sd sp ls", "NIF": "p sd sp ls",
}  # fmt: skip


def validate_value(v: V.Value, country: str) -> bool:
    """Re-validate a value with its public check (format checks where there is none)."""
    c = v.compact
    checks: dict[str, Callable[[], bool]] = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c),
        "MX_CLABE": lambda: V.clabe_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: V.nino_valid(c),
        "PHONE": lambda: V.phone_ok(re.sub(r"\D", "", c), country),
        "BANK_ROUTING": lambda: country != "US" or rtn.is_valid(c),
        "AWS_ACCESS_KEY": lambda: re.fullmatch(r"A[KS]IA[A-Z2-7]{16}", c) is not None,
        "AWS_SECRET_KEY": lambda: re.fullmatch(r"[A-Za-z0-9/+]{40}", c) is not None,
        "EMAIL": lambda: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", v.printed) is not None,
    }
    return checks.get(v.type, lambda: bool(c))()


def decodes_to(text: str, family: str, v: V.Value, lang: str, country: str) -> bool:
    try:
        got = decode(text, family, v, lang)
    except ValueError:
        return False
    want = canon(v)
    if v.type == "PHONE":
        return V.phone_ok(got, country) and got.endswith(want.lstrip("+")[-7:])
    if v.type == "CREDIT_DEBIT_EXPIRY":
        return got in {want, want[:2] + "20" + want[2:], want.lstrip("0")}
    return got == want


@dataclass
class Template:
    lang: str
    index: int
    text: str
    locale_pin: str = ""
    messages: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        body = self.text
        if body.startswith("@"):
            self.locale_pin, body = body[1:].split(" ", 1)
        self.messages = body.split(MSG_SEP)
        stripped = PH.sub("", body)
        if re.search(r"\d", stripped):
            raise ValueError(f"digit outside a placeholder in {self.lang} template {self.index}")
        for m in PH.finditer(body):
            key, fam, kind = m.groups()
            if key and key not in MAKERS:
                raise ValueError(f"unknown type {key} in {self.lang} template {self.index}")
            if fam and fam not in FAMILIES:
                raise ValueError(f"unknown family {fam} in {self.lang} template {self.index}")
            if kind and kind not in {
                "order", "track", "zip", "post", "date", "time", "price", "qty", "model",
                "ver", "inv", "ticket", "year", "flight", "store",
            }:  # fmt: skip
                raise ValueError(f"unknown keep kind {kind} in {self.lang} template {self.index}")

    def locales(self) -> list[str]:
        if self.locale_pin:
            return [self.locale_pin]
        need = [NATIONAL[k] for k in re.findall(r"\{([A-Z]+)", self.text) if k in NATIONAL]
        ok = [loc for loc in LOCALES[self.lang] if all(loc[3:] in s for s in need)]
        if not ok:
            raise ValueError(f"no locale fits {self.lang} template {self.index}")
        return ok


def _value_and_render(
    key: str, fam: str, rng: random.Random, country: str, lang: str
) -> tuple[V.Value, str]:
    variant = country  # regional number words: fr-BE/fr-CH tens, pt-BR "meia"
    for _ in range(200):
        v = MAKERS[key](rng, country, lang)
        if fam in {"letter_substitution", "spelled_out"} and v.type not in DIGIT_TYPES:
            raise ValueError(f"{fam} needs a digit type, not {v.type}")
        if not validate_value(v, country):
            continue
        try:
            text = render(v, fam, lang, rng, variant, country)
        except ValueError:
            continue
        if text == text.strip() and decodes_to(text, fam, v, lang, country):
            return v, text
    raise RuntimeError(f"cannot render {key} as {fam}")


def instantiate(t: Template, use: int) -> dict[str, Any]:
    rng = random.Random(f"{SEED}|{t.lang}|{t.index}|{use}")
    locale = rng.choice(t.locales())
    country = locale[3:]
    msgs: list[dict[str, Any]] = []
    pending: list[tuple[str, list[str], V.Value]] = []  # (group, parts left, value)
    groups = 0
    for mtext in t.messages:
        out, pii, keep, pos = "", [], [], 0
        for m in PH.finditer(mtext):
            out += mtext[pos : m.start()]
            pos = m.end()
            key, fam_code, kind = m.groups()
            start = len(out)
            if kind:
                name, text = make_keep(kind, rng, country, t.lang)
                out += text
                keep.append({"kind": name, "start": start, "end": len(out), "value": text})
            elif m.group(0) == "{+}":
                group, parts, v = pending[-1]
                out += parts.pop(0)
                pii.append(_pii(v, "multi_message", start, out, group))
            elif fam_code == "mm":
                groups += 1
                n = 1 + _plus_after(t, m, mtext)
                v, parts = _multi(key, n, rng, country, t.lang)
                group = f"g{groups}"
                out += parts.pop(0)
                pii.append(_pii(v, "multi_message", start, out, group))
                pending.append((group, parts, v))
            else:
                fam = (
                    FAMILIES[fam_code]
                    if fam_code
                    else FAMILIES[rng.choice(DEFAULT_FAMS[key].split())]
                )
                v, text = _value_and_render(key, fam, rng, country, t.lang)
                out += text
                pii.append(_pii(v, fam, start, out, ""))
        out += mtext[pos:]
        msgs.append({"text": out, "pii": pii, "must_keep": keep})
    return {"lang": t.lang, "locale": locale, "messages": msgs, "_template": t.index}


def _plus_after(t: Template, m: re.Match[str], mtext: str) -> int:
    """Number of {+} after this placeholder and before the next multi-message start."""
    i = t.messages.index(mtext)
    rest = mtext[m.end() :] + MSG_SEP + MSG_SEP.join(t.messages[i + 1 :])
    n = 0
    for x in PH.finditer(rest):
        if x.group(0) == "{+}":
            n += 1
        elif x.group(2) == "mm":
            break
    return n


def _multi(
    key: str, n: int, rng: random.Random, country: str, lang: str
) -> tuple[V.Value, list[str]]:
    for _ in range(200):
        v = MAKERS[key](rng, country, lang)
        if not validate_value(v, country):
            continue
        try:
            parts = split_parts(v, n, rng)
        except ValueError:
            continue
        if all(p == p.strip() and p for p in parts) and decodes_to(
            " ".join(parts), "plain", v, lang, country
        ):
            return v, parts
    raise RuntimeError(f"cannot split {key} in {n}")


def _pii(v: V.Value, fam: str, start: int, out: str, group: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "type": v.type,
        "family": fam,
        "start": start,
        "end": len(out),
        "value": out[start:],
        "_v": v,
    }
    if group:
        item["group"] = group
    return item
