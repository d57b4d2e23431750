"""Turns the per-language templates into labelled conversations.

Template syntax (one template per line, ``LOCALE: message || message || ...``, ``⏎`` for a
line break inside a message):

- ``{TYPE}`` a PII value; ``{TYPE@CC}`` of another country (expats); ``{TYPE#2}`` a second,
  different value; ``{TYPE|family}`` an obfuscation family (default plain, or context_only for
  CVV, PIN, passwords, accounts and routing codes); ``{TYPE|multi:2}`` part 2 of a value split
  over consecutive messages.
- ``{=kind}`` a generated number that must be kept; ``{=kind:literal}`` a literal one.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.redaction.shrouded import keep, render, values
from bench.redaction.shrouded.render import Ctx, Redraw

SEED = "shrouded-8"
INSTANCES = 5
DEV_SHARE = 0.30

TYPES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
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
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
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
FAMILY_CODES = {
    "plain": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "words": "spelled_out",
    "mailw": "email_spelled",
    "pct": "percent_encoded",
    "urlpw": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibx": "iban_broken",
    "multi": "multi_message",
    "ctx": "context_only",
}
CONTEXT_DEFAULT = {"CREDIT_DEBIT_CVV", "PIN", "PASSWORD", "BANK_ACCOUNT_NUMBER", "BANK_ROUTING"}
COMMON_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PASSWORD",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "EMAIL",
    "PHONE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
}
LANG_TYPES = {
    "en": {"SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER"},
    "es": {"ES_DNI", "ES_NIE", "MX_CURP", "MX_RFC", "MX_CLABE"},
    "fr": {"FR_NIR"},
    "de": {"DE_TAX_ID"},
    "pt": {"BR_CPF", "BR_CNPJ", "PT_NIF"},
}
PLACEHOLDER = re.compile(
    r"\{(?:=(?P<kind>[a-z]+)(?::(?P<lit>[^}]+))?|(?P<type>[A-Z]+)(?:@(?P<cc>[A-Z]{2}))?"
    r"(?:#(?P<n>\d))?(?:\|(?P<fam>[a-z]+))?(?::(?P<part>\d))?)\}"
)
FR_VARIANT = {"BE": "BE", "CH": "CH"}


@dataclass
class Template:
    tid: str
    lang: str
    cc: str
    messages: list[str]
    split: str = "sealed"
    features: set[str] = field(default_factory=set)


def parse_templates(lang: str, text: str) -> list[Template]:
    out = []
    for i, line in enumerate(x.strip() for x in text.strip().splitlines()):
        if not line or line.startswith("#"):
            continue
        cc, _, body = line.partition(": ")
        msgs = [m.strip().replace("⏎", "\n") for m in body.split(" || ")]
        key = hashlib.sha256(f"{lang}|{line}".encode()).hexdigest()[:10]
        t = Template(tid=f"{lang}-{i:04d}-{key}", lang=lang, cc=cc.strip(), messages=msgs)
        for m in PLACEHOLDER.finditer(body):
            if m.group("type"):
                typ, fam = _type_family(m)
                t.features |= {f"type:{typ}", f"family:{fam}"}
        out.append(t)
    return out


def _type_family(m: re.Match[str]) -> tuple[str, str]:
    typ = TYPES[m.group("type")]
    code = m.group("fam")
    if code is None:
        fam = "context_only" if typ in CONTEXT_DEFAULT else "plain"
    else:
        fam = FAMILY_CODES[code]
    if m.group("part"):
        fam = "multi_message"
    return typ, fam


def make_value(typ: str, cc: str, rng: random.Random) -> str:
    makers: dict[str, Callable[[], str]] = {
        "CREDIT_DEBIT_NUMBER": lambda: values.card(rng),
        "CREDIT_DEBIT_CVV": lambda: values.cvv(rng),
        "CREDIT_DEBIT_EXPIRY": lambda: values.expiry(rng),
        "PIN": lambda: values.pin(rng),
        "PASSWORD": lambda: values.password(rng, url_safe=True),
        "BANK_ACCOUNT_NUMBER": lambda: values.account(rng, cc),
        "BANK_ROUTING": lambda: values.routing(rng, cc),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: values.iban(
            rng, cc if cc in values.IBAN_BBAN else rng.choice(["ES", "DE", "FR", "PT", "GB", "IE"])
        ),
        "SWIFT_CODE": lambda: values.swift(rng, cc),
        "EMAIL": lambda: values.email(rng),
        "PHONE": lambda: rng.choice(list(values.phone_forms(values.phone(rng, cc)).values())),
        "SSN": lambda: values.ssn(rng),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: values.itin(rng),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: values.nino(rng),
        "PASSPORT_NUMBER": lambda: values.passport(rng, cc),
        "DRIVER_ID": lambda: values.driver_id(rng, cc),
        "IP_ADDRESS": lambda: values.ip(rng),
        "MAC_ADDRESS": lambda: values.mac(rng),
        "AWS_ACCESS_KEY": lambda: values.aws_access_key(rng),
        "AWS_SECRET_KEY": lambda: values.aws_secret_key(rng),
        "ES_DNI": lambda: values.dni(rng),
        "ES_NIE": lambda: values.nie(rng),
        "MX_CURP": lambda: values.curp(rng),
        "MX_RFC": lambda: values.rfc(rng),
        "MX_CLABE": lambda: values.clabe(rng),
        "BR_CPF": lambda: values.cpf(rng),
        "BR_CNPJ": lambda: values.cnpj(rng),
        "FR_NIR": lambda: values.nir(rng),
        "DE_TAX_ID": lambda: values.de_idnr(rng),
        "PT_NIF": lambda: values.pt_nif(rng),
    }
    return makers[typ]()


def split_parts(typ: str, value: str, n: int, rng: random.Random) -> list[str]:
    """A value cut at its natural group boundaries into ``n`` consecutive messages."""
    canon = render.canonical(typ, value)
    if typ == "PHONE":
        prefix, digits = render.phone_base(value)
        groups = render._groups(digits, rng, (2, 3, 4))
        groups[0] = prefix + groups[0]
    else:
        groups = render._std_groups(typ, canon, rng)
        if len(groups) < n + 1:
            groups = render._groups(canon, rng, (2, 3))
    while len(groups) < n:
        i = max(range(len(groups)), key=lambda k: len(groups[k]))
        half = len(groups[i]) // 2
        groups[i : i + 1] = [groups[i][:half], groups[i][half:]]
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    bounds = [0, *cuts, len(groups)]
    joiner = rng.choice([" ", "", " ", "-"])
    return [joiner.join(groups[a:b]) for a, b in itertools.pairwise(bounds)]


@dataclass
class Item:
    typ: str
    family: str
    start: int
    end: int
    value: str
    cc: str
    canon: str
    group: str | None = None


@dataclass
class Keep:
    kind: str
    start: int
    end: int
    value: str


def instantiate(t: Template, inst: int) -> list[tuple[str, list[Item], list[Keep]]]:
    for attempt in range(50):
        rng = random.Random(f"{SEED}|{t.tid}|{inst}|{attempt}")
        try:
            return _instantiate(t, rng)
        except Redraw:
            continue
    raise AssertionError(f"template {t.tid} cannot be rendered")


def _instantiate(t: Template, rng: random.Random) -> list[tuple[str, list[Item], list[Keep]]]:
    variant = ""
    if t.lang == "fr":
        variant = FR_VARIANT.get(t.cc, "")
    elif t.lang == "de":
        variant = rng.choice(["", "", "zwo"])
    elif t.lang == "pt":
        variant = "PT" if t.cc == "PT" else rng.choice(["", "meia"])
    vals: dict[tuple[str, str, str], str] = {}
    nparts: dict[tuple[str, str, str], int] = {}
    for msg in t.messages:
        for m in PLACEHOLDER.finditer(msg):
            if m.group("type") and m.group("part"):
                key = (m.group("type"), m.group("cc") or t.cc, m.group("n") or "1")
                nparts[key] = max(nparts.get(key, 0), int(m.group("part")))
    parts: dict[tuple[str, str, str], list[str]] = {}
    out = []
    for msg in t.messages:
        text, items, keeps = "", [], []
        pos = 0
        for m in PLACEHOLDER.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            if m.group("kind"):
                kind = keep.KINDS[m.group("kind")]
                value = m.group("lit") or keep.make(m.group("kind"), rng, t.lang, t.cc)
                keeps.append(Keep(kind, len(text), len(text) + len(value), value))
                text += value
                continue
            typ, fam = _type_family(m)
            cc = m.group("cc") or t.cc
            key = (m.group("type"), cc, m.group("n") or "1")
            if key not in vals:
                vals[key] = make_value(typ, cc, rng)
            value = vals[key]
            group = None
            if fam == "multi_message":
                if key not in parts:
                    parts[key] = split_parts(typ, value, nparts[key], rng)
                shown = parts[key][int(m.group("part")) - 1]
                group = "g" + str(sorted(nparts).index(key) + 1)
            else:
                if fam not in render.ALLOWED or typ not in render.ALLOWED[fam]:
                    raise AssertionError(f"{t.tid}: {fam} not allowed for {typ}")
                shown = render.render(typ, value, fam, Ctx(t.lang, cc, rng, variant))
            items.append(
                Item(
                    typ,
                    fam,
                    len(text),
                    len(text) + len(shown),
                    shown,
                    cc,
                    render.canonical(typ, value),
                    group,
                )
            )
            text += shown
        text += msg[pos:]
        out.append((text, items, keeps))
    return out


def assign_splits(templates: list[Template]) -> None:
    """About 35% of templates to dev, then moves so each split of a language covers everything."""
    for t in templates:
        h = int(hashlib.sha256(f"{SEED}|split|{t.tid}".encode()).hexdigest(), 16)
        t.split = "dev" if (h % 1000) / 1000 < DEV_SHARE else "sealed"
    for lang in sorted({t.lang for t in templates}):
        mine = [t for t in templates if t.lang == lang]
        needed = required_features(lang)
        for _ in range(200):
            moved = False
            for split, other in (("dev", "sealed"), ("sealed", "dev")):
                have = set().union(*(t.features for t in mine if t.split == split))
                for f in sorted(needed - have):
                    donors = [t for t in mine if t.split == other and f in t.features]
                    for d in donors:
                        rest = [t for t in mine if t.split == other and t is not d]
                        rest_have = set().union(*(t.features for t in rest))
                        if (d.features & needed) <= rest_have:
                            d.split = split
                            moved = True
                            break
            if not moved:
                break


def required_features(lang: str) -> set[str]:
    return {f"type:{t}" for t in COMMON_TYPES | LANG_TYPES[lang]} | {
        f"family:{f}" for f in render.FAMILIES
    }


def to_json(
    t: Template, idx: int, msgs: list[tuple[str, list[Item], list[Keep]]]
) -> dict[str, Any]:
    messages = []
    for text, items, keeps in msgs:
        pii = []
        for it in items:
            d: dict[str, Any] = {
                "type": it.typ,
                "family": it.family,
                "start": it.start,
                "end": it.end,
                "value": it.value,
            }
            if it.group:
                d["group"] = it.group
            pii.append(d)
        mk = [{"kind": k.kind, "start": k.start, "end": k.end, "value": k.value} for k in keeps]
        messages.append({"text": text, "pii": pii, "must_keep": mk})
    return {
        "id": f"sh8-{t.lang}-{idx:04d}",
        "lang": t.lang,
        "locale": f"{t.lang}-{t.cc}",
        "split": t.split,
        "messages": messages,
    }
