"""Instantiate every template a few times, label the spans, and split by template.

Randomness comes only from `random.Random` seeded with strings, so the output does not depend
on PYTHONHASHSEED or on the order other code runs in.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bench.redaction.cloaked.decode import canonical, decode
from bench.redaction.cloaked.must_keep import KIND_OF_CODE, draw_keep
from bench.redaction.cloaked.renderers import Unrenderable, render
from bench.redaction.cloaked.rules import is_valid
from bench.redaction.cloaked.template import Template, slots
from bench.redaction.cloaked.templates_de import TEMPLATES as DE
from bench.redaction.cloaked.templates_en import TEMPLATES as EN
from bench.redaction.cloaked.templates_es import TEMPLATES as ES
from bench.redaction.cloaked.templates_fr import TEMPLATES as FR
from bench.redaction.cloaked.templates_pt import TEMPLATES as PT
from bench.redaction.cloaked.values import TYPE_OF_KEY, Value, draw

SEED = "cloaked-corpus-9"
INSTANCES = 5
DEV_SHARE = 0.30
TEMPLATES: dict[str, list[Template]] = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}

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
NATIONAL_TYPES = {
    "en": {"SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER"},
    "es": {"ES_DNI", "ES_NIE", "MX_CURP", "MX_RFC", "MX_CLABE"},
    "fr": {"FR_NIR"},
    "de": {"DE_TAX_ID"},
    "pt": {"BR_CPF", "BR_CNPJ", "PT_NIF"},
}


@dataclass
class Drawn:
    """One labelled value of a conversation, kept beside the JSON for the self-checks."""

    value: Value
    family: str
    surfaces: list[str]
    lang: str
    locale: str


@dataclass
class Conversation:
    template_id: str
    record: dict[str, Any]
    drawn: list[Drawn] = field(default_factory=list)


class TemplateError(Exception):
    """A template that cannot be instantiated (unknown key, family or code)."""


def features(template: Template) -> set[str]:
    """The families and entity types a template exercises."""
    out: set[str] = set()
    for message in template.messages:
        for slot in slots(message):
            if not slot.keep:
                out.add(f"family:{slot.family}")
                out.add(f"type:{TYPE_OF_KEY[slot.key]}")
    return out


def required(lang: str) -> set[str]:
    from bench.redaction.cloaked.families import FAMILIES

    return {f"family:{f}" for f in FAMILIES} | {
        f"type:{t}" for t in COMMON_TYPES | NATIONAL_TYPES[lang]
    }


def _render_checked(
    value: Value, family: str, lang: str, locale: str, rng: random.Random, k: int
) -> list[str] | None:
    for _ in range(40):
        try:
            surfaces = render(value, family, lang, locale, rng, k)
        except Unrenderable:
            continue
        decoded = decode(family, surfaces, value.type, lang, locale)
        if decoded is None:
            continue
        got = canonical(value.type, decoded, value.region)
        if (
            got is not None
            and got == canonical(value.type, value.raw, value.region)
            and is_valid(value.type, got, value.region)
        ):
            return surfaces
    return None


def instantiate(template: Template, template_id: str, index: int) -> Conversation:
    rng = random.Random(f"{SEED}:{template_id}:{index}")
    locale = rng.choice(template.locales)
    region = locale[3:]
    lang = template.lang
    parsed = [slots(m) for m in template.messages]
    occurrences = Counter(s.name for ss in parsed for s in ss if s.family == "multi_message")

    rendered: dict[tuple[str, str], list[str]] = {}
    drawn: list[Drawn] = []
    names = []
    for ss in parsed:
        for s in ss:
            if not s.keep and (s.name, s.family) not in names:
                names.append((s.name, s.family))
    values: dict[str, Value] = {}
    for name, family in names:
        key = name.split("@")[0].rstrip("0123456789")
        slot_region = name.split("@")[1] if "@" in name else region
        for _ in range(20):
            value = values.get(name) or draw(key, slot_region, rng)
            surfaces = _render_checked(value, family, lang, locale, rng, occurrences.get(name, 1))
            if surfaces is not None:
                break
            values.pop(name, None)
        else:
            raise TemplateError(f"{template_id}: cannot render {name}.{family}")
        values[name] = value
        rendered[(name, family)] = surfaces
        drawn.append(Drawn(value, family, surfaces, lang, locale))

    groups: dict[str, str] = {}
    part_index: Counter[str] = Counter()
    messages = []
    for text_template, ss in zip(template.messages, parsed, strict=True):
        text, pii, keep, cursor = "", [], [], 0
        for s in ss:
            text += text_template[cursor : s.start]
            cursor = s.end
            start = len(text)
            if s.keep:
                if s.key not in KIND_OF_CODE:
                    raise TemplateError(f"{template_id}: unknown must_keep code {s.key}")
                surface = draw_keep(s.key, rng, lang, region)
                text += surface
                keep.append(
                    {
                        "kind": KIND_OF_CODE[s.key],
                        "start": start,
                        "end": len(text),
                        "value": surface,
                    }
                )
                continue
            value = values[s.name]
            if s.family == "multi_message":
                surface = rendered[(s.name, s.family)][part_index[s.name]]
                part_index[s.name] += 1
                group = groups.setdefault(s.name, f"g{len(groups) + 1}")
            else:
                surface = rendered[(s.name, s.family)][0]
                group = ""
            text += surface
            item = {
                "type": value.type,
                "family": s.family,
                "start": start,
                "end": len(text),
                "value": surface,
            }
            if group:
                item["group"] = group
            pii.append(item)
        text += text_template[cursor:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    record = {"id": "", "lang": lang, "locale": locale, "split": "", "messages": messages}
    return Conversation(template_id, record, drawn)


def assign_splits() -> dict[str, str]:
    """Template id -> split: ~30% dev by a seeded shuffle, then moves until both splits of
    every language cover every family and every relevant entity type."""
    split: dict[str, str] = {}
    for lang, templates in TEMPLATES.items():
        ids = [f"{lang}-{i:03d}" for i in range(len(templates))]
        feats = {tid: features(t) for tid, t in zip(ids, templates, strict=True)}
        order = ids[:]
        random.Random(f"{SEED}:split:{lang}").shuffle(order)
        n_dev = round(len(order) * DEV_SHARE)
        for i, tid in enumerate(order):
            split[tid] = "dev" if i < n_dev else "sealed"
        for _ in range(200):
            moved = False
            for target, source in (("dev", "sealed"), ("sealed", "dev")):
                have = Counter(f for tid in ids if split[tid] == target for f in feats[tid])
                src_have = Counter(f for tid in ids if split[tid] == source for f in feats[tid])
                for need in sorted(required(lang)):
                    if have[need]:
                        continue
                    candidates = [
                        tid
                        for tid in order
                        if split[tid] == source
                        and need in feats[tid]
                        and all(src_have[f] > 1 for f in feats[tid] if f in required(lang))
                    ]
                    if candidates:
                        chosen = min(candidates, key=lambda c: len(feats[c]))
                        split[chosen] = target
                        moved = True
                        break
                if moved:
                    break
            if not moved:
                break
    return split


def build() -> list[Conversation]:
    split = assign_splits()
    out: list[Conversation] = []
    for lang, templates in TEMPLATES.items():
        n = 0
        for i, template in enumerate(templates):
            if template.lang != lang:
                raise TemplateError(f"{lang}-{i:03d} has locale {template.locales[0]}")
            tid = f"{lang}-{i:03d}"
            for index in range(INSTANCES):
                conv = instantiate(template, tid, index)
                n += 1
                conv.record["id"] = f"cl9-{lang}-{n:04d}"
                conv.record["split"] = split[tid]
                out.append(conv)
    return out
