"""Self-checks: the generator refuses to write a corpus that fails any of them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from .build import PLACEHOLDER, Message, Record, Template
from .entities import ENTITIES, FAMILIES
from .keep import keep_failures
from .render import decode, normalize
from .values import LOCALE_COUNTRY

COMMON = ("CARD", "CVV", "EXP", "PIN", "PWD", "ACCT", "ROUT", "IBAN", "SWIFT", "PASSPORT",
          "DL", "EMAIL", "PHONE", "IP", "MAC", "AKID", "ASK")  # fmt: skip
NATIONAL = {
    "en": ("SSN", "ITIN", "NINO"),
    "es": ("DNI", "NIE", "CURP", "RFC", "CLABE"),
    "fr": ("NIR",),
    "de": ("STID",),
    "pt": ("CPF", "CNPJ", "NIF"),
}


def check_templates(templates: Iterable[Template]) -> list[str]:
    errors = []
    for t in templates:
        for m in t.messages:
            bare = PLACEHOLDER.sub("", m)
            if re.search(r"\d", bare):
                errors.append(f"{t.lang}#{t.index}: literal digit in template")
            if "{" in bare or "}" in bare:
                errors.append(f"{t.lang}#{t.index}: malformed placeholder")
            for is_keep, code, fam in PLACEHOLDER.findall(m):
                if not is_keep and code not in ENTITIES:
                    errors.append(f"{t.lang}#{t.index}: unknown entity {code}")
                if fam and fam != "*" and fam[:2] not in FAMILIES:
                    errors.append(f"{t.lang}#{t.index}: unknown family {fam}")
    return errors


def check_conversation(where: str, lang: str, locale: str, messages: list[Message]) -> list[str]:
    errors = []
    if not locale.startswith(lang + "-"):
        errors.append(f"{where}: locale {locale} is not a {lang} locale")
    country = LOCALE_COUNTRY[locale]
    groups: dict[str, list[tuple[str, str]]] = {}
    for mi, m in enumerate(messages):
        at = f"{where}/m{mi}"
        spans = sorted([*m.pii, *m.keep], key=lambda s: s.start)
        for s in spans:
            if not (0 <= s.start < s.end <= len(m.text)) or m.text[s.start : s.end] != s.value:
                errors.append(f"{at}: span offsets do not match its value")
            if s.value != s.value.strip():
                errors.append(f"{at}: span has outer whitespace")
        for a, b in pairwise(spans):
            if b.start < a.end:
                errors.append(f"{at}: overlapping spans")
        covered = {i for s in spans for i in range(s.start, s.end)}
        if any(ch.isdigit() and i not in covered for i, ch in enumerate(m.text)):
            errors.append(f"{at}: digit outside every span")
        for s in m.pii:
            ent = ENTITIES[s.kind]
            if not ent.valid(s.canonical, country):
                errors.append(f"{at}: {s.kind} value fails its check")
            if s.family == "mm":
                groups.setdefault(s.kind, []).append((s.value, s.canonical))
                continue
            got = decode(s.kind, s.family, s.value, lang, country)
            if got != normalize(s.kind, s.canonical, lang, country):
                errors.append(f"{at}: {s.kind}/{s.family} rendering does not decode to its value")
        for s in m.keep:
            if keep_failures(s.value):
                errors.append(f"{at}: must_keep {s.kind} passes an identifier check")
    for code, parts in groups.items():
        joined = " ".join(p for p, _ in parts)
        if len(parts) < 2 or normalize(code, joined, lang, country) != normalize(
            code, parts[0][1], lang, country
        ):
            errors.append(f"{where}: multi-message parts of {code} do not join to the value")
    return errors


def check_json(record: Record) -> list[str]:
    """The written form: offsets are code points and values are text slices."""
    errors = []
    for m in record["messages"]:
        for s in [*m["pii"], *m["must_keep"]]:
            if m["text"][s["start"] : s["end"]] != s["value"]:
                errors.append(f"{record['id']}: value != text[start:end]")
    return errors


def check_coverage(lang: str, by_split: dict[str, list[Record]]) -> list[str]:
    errors = []
    need_types = {ENTITIES[c].name for c in (*COMMON, *NATIONAL[lang])}
    need_fams = set(FAMILIES.values())
    for split, records in by_split.items():
        types = {p["type"] for r in records for m in r["messages"] for p in m["pii"]}
        fams = {p["family"] for r in records for m in r["messages"] for p in m["pii"]}
        for missing in sorted(need_types - types):
            errors.append(f"{lang}/{split}: no {missing}")
        for missing in sorted(need_fams - fams):
            errors.append(f"{lang}/{split}: no family {missing}")
    return errors
