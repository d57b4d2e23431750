"""Template syntax and instantiation.

A template is one conversation: one string per customer message. Placeholders:
``{CARD}`` a value in its type's default family, ``{CARD:spelled_out}`` a forced family,
``{IBAN@DE}`` a value of another country than the customer's, ``{CARD#1/2}`` and
``{CARD#2/2}`` the two parts of one value sent in two messages, ``{w.card}`` a context word
(drawn once per conversation), ``{k.order}`` a hard negative that must be kept.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from .lexicon import WORDS
from .negatives import make_keep
from .render import ALLOWED, DEFAULT_FAMILY, decodes, parts_decode, render, render_parts
from .values import TYPES, Value, make_value

LOCALES: dict[str, list[tuple[str, float]]] = {
    "en": [
        ("en-US", 0.45),
        ("en-GB", 0.35),
        ("en-ES", 0.07),
        ("en-DE", 0.05),
        ("en-FR", 0.05),
        ("en-PT", 0.03),
    ],
    "es": [("es-ES", 0.45), ("es-MX", 0.4), ("es-US", 0.15)],
    "fr": [("fr-FR", 0.86), ("fr-ES", 0.07), ("fr-DE", 0.07)],
    "de": [("de-DE", 0.9), ("de-ES", 0.05), ("de-FR", 0.05)],
    "pt": [("pt-BR", 0.5), ("pt-PT", 0.45), ("pt-US", 0.05)],
}

_SLOT = re.compile(r"\{([^{}]+)\}")
_PII = re.compile(r"^([A-Z]+)(?:@([A-Z]{2}))?(?::([a-z_]+))?(?:#(\d)/(\d))?$")


@dataclass(frozen=True)
class Template:
    locales: str  # "*" for the language's pool, else space-separated locales
    messages: tuple[str, ...]


def t(locales: str, *messages: str) -> Template:
    return Template(locales, messages)


@dataclass(frozen=True)
class Slot:
    code: str
    family: str
    country: str | None
    part: int
    parts: int


def parse_slot(body: str) -> Slot:
    m = _PII.match(body)
    if not m or m.group(1) not in TYPES:
        raise ValueError(f"bad slot {{{body}}}")
    code, cc, fam, i, n = m.groups()
    family = "multi_message" if i else (fam or DEFAULT_FAMILY.get(code, "plain"))
    if family not in ALLOWED[code]:
        raise ValueError(f"{code} cannot take family {family}")
    return Slot(code, family, cc, int(i or 0), int(n or 0))


def features(tpl: Template) -> set[str]:
    """Families and entity types a template always produces (used by the split)."""
    out: set[str] = set()
    for msg in tpl.messages:
        for body in _SLOT.findall(msg):
            if body.startswith(("w.", "k.")):
                continue
            s = parse_slot(body)
            out.add("family:" + s.family)
            out.add("type:" + TYPES[s.code])
    return out


@dataclass
class Built:
    record: dict[str, Any]
    checks: list[tuple[Value, str, str]] = field(default_factory=list)  # (value, family, span text)
    groups: list[tuple[Value, list[str]]] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)


def _pick_locale(tpl: Template, lang: str, rng: random.Random) -> str:
    if tpl.locales == "*":
        pool = LOCALES[lang]
        return rng.choices([p for p, _ in pool], weights=[w for _, w in pool])[0]
    return rng.choice(tpl.locales.split())


def _value_and_text(slot: Slot, country: str, lang: str, rng: random.Random) -> tuple[Value, str]:
    for _ in range(200):
        v = make_value(slot.code, rng, slot.country or country)
        text = render(v, slot.family, lang, rng)
        if text is not None and decodes(v, slot.family, lang, text):
            return v, text
    raise RuntimeError(f"could not render {slot.code} as {slot.family}")


def build(tpl: Template, lang: str, conv_id: str, split: str, rng: random.Random) -> Built:
    locale = _pick_locale(tpl, lang, rng)
    country = locale.split("-")[1]
    words: dict[str, str] = {}
    multi: dict[str, tuple[Value, list[str]]] = {}
    built = Built(record={})
    messages = []
    for msg in tpl.messages:
        text, pii, keep = "", [], []
        pos = 0
        for m in _SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            body = m.group(1)
            if body.startswith("w."):
                key = body[2:]
                if key not in words:
                    words[key] = rng.choice(WORDS[lang][key])
                text += words[key]
                continue
            if body.startswith("k."):
                kind, value, lookalike = make_keep(body[2:], country, rng)
                keep.append(
                    {
                        "kind": kind,
                        "start": len(text),
                        "end": len(text) + len(value),
                        "value": value,
                    }
                )
                if lookalike:
                    built.lookalikes.append(value)
                text += value
                continue
            slot = parse_slot(body)
            item: dict[str, Any] = {"type": TYPES[slot.code], "family": slot.family}
            if slot.parts:
                key = f"{slot.code}/{slot.parts}"
                if slot.part == 1:
                    for _ in range(200):
                        v = make_value(slot.code, rng, slot.country or country)
                        parts = render_parts(v, slot.parts, rng)
                        if parts is not None:
                            break
                    else:
                        raise RuntimeError(f"could not split {slot.code}")
                    multi[key] = (v, parts)
                    built.groups.append((v, parts))
                v, parts = multi[key]
                value = parts[slot.part - 1]
                item["group"] = "g" + str(list(multi).index(key) + 1)
            else:
                v, value = _value_and_text(slot, country, lang, rng)
                built.checks.append((v, slot.family, value))
            item.update(start=len(text), end=len(text) + len(value), value=value)
            pii.append(item)
            text += value
        text += msg[pos:]
        pii_out = [
            {k: it[k] for k in ("type", "family", "start", "end", "value", "group") if k in it}
            for it in pii
        ]
        messages.append({"text": text, "pii": pii_out, "must_keep": keep})
    built.record = {
        "id": conv_id,
        "lang": lang,
        "locale": locale,
        "split": split,
        "messages": messages,
    }
    for v, parts in built.groups:
        if not parts_decode(v, parts):
            raise ValueError(f"{conv_id}: multi-message parts do not join to the value")
    return built
