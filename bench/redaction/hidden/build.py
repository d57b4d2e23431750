"""Template parsing and instantiation into labelled conversations.

Template syntax, one template per line:
    [en-GB,en-IE] text {CARD.sd} more || next message {#order}
`||` separates messages, `⏎` is a line break inside a message, `{CODE}` a PII value in the
entity's default family, `{CODE.fam}` in family `fam` (see entities.FAMILIES), `{CODE.*}` in a
family drawn per instance, `{CODE.mm1}`/`{CODE.mm2}`/`{CODE.mm3}` the parts of one value sent
over consecutive messages, `{#kind}` a must_keep value (see keep.KINDS). An optional
`[locales]` prefix restricts the customer's locale; national identifiers restrict it too.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from . import values as v
from .entities import ENTITIES, FAMILIES
from .keep import KINDS, make_keep
from .render import LETTER_SUB, render, render_parts

Record = dict[str, Any]  # one conversation as written to the JSONL files
PLACEHOLDER = re.compile(r"\{(#?)([A-Za-z]+)(?:\.(\*|[a-z]{2}\d?))?\}")
LANG_LOCALES = {
    "en": ["en-US"] * 3 + ["en-GB"] * 2 + ["en-DE", "en-ES", "en-IE"],
    "es": ["es-ES"] * 3 + ["es-MX"] * 3 + ["es-US", "es-AR"],
    "fr": ["fr-FR"] * 4 + ["fr-BE"] * 2 + ["fr-CH"] * 2 + ["fr-ES"],
    "de": ["de-DE"] * 4 + ["de-AT"] * 2 + ["de-CH"] * 2 + ["de-ES"],
    "pt": ["pt-BR"] * 4 + ["pt-PT"] * 3 + ["pt-US", "pt-FR"],
}


@dataclass(frozen=True)
class Template:
    lang: str
    index: int
    locales: tuple[str, ...]
    messages: tuple[str, ...]


@dataclass
class Span:
    start: int
    end: int
    value: str
    kind: str  # entity code, or must_keep kind
    family: str = ""
    group: str = ""
    canonical: str = ""  # whole value (for a multi-message part: the joined value)


@dataclass
class Message:
    text: str
    pii: list[Span] = field(default_factory=list)
    keep: list[Span] = field(default_factory=list)


def parse_templates(lang: str, block: str) -> list[Template]:
    out: list[Template] = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        locales: tuple[str, ...] = ()
        if line.startswith("["):
            head, line = line[1:].split("]", 1)
            locales = tuple(x.strip() for x in head.split(","))
            line = line.strip()
        msgs = tuple(m.strip().replace("⏎", "\n") for m in line.split("||"))
        out.append(Template(lang, len(out), locales, msgs))
    return out


def allowed_locales(t: Template) -> list[str]:
    pool = list(t.locales) if t.locales else LANG_LOCALES[t.lang]
    for m in t.messages:
        for _, code, _ in PLACEHOLDER.findall(m):
            home = ENTITIES[code].home if code in ENTITIES else ()
            if home:
                pool = [loc for loc in pool if loc in home] or [
                    loc for loc in home if loc.startswith(t.lang)
                ]
    return pool


def _value(code: str, fam: str, rng: random.Random, country: str) -> str:
    ent = ENTITIES[code]
    for _ in range(60):
        value = v.password(rng, url_safe=True) if fam == "uc" else ent.make(rng, country)
        # letter substitution needs a 0 or 1 to swap
        start = (8 if value[:2] in ("GB", "IE") else 2) if code == "IBAN" else 0
        if fam != "ls" or any(ch in LETTER_SUB for ch in value[start:]):
            return value
    raise RuntimeError(f"no value for {code}/{fam}")


def instantiate(t: Template, rng: random.Random) -> tuple[str, list[Message]]:
    locale = rng.choice(allowed_locales(t))
    country = v.LOCALE_COUNTRY[locale]
    # multi-message values: render all parts once, hand them out in message order
    mm_count: dict[str, int] = {}
    for m in t.messages:
        for _, code, fam in PLACEHOLDER.findall(m):
            if fam and fam.startswith("mm"):
                mm_count[code] = mm_count.get(code, 0) + 1
    mm_parts: dict[str, tuple[str, list[str]]] = {}
    for code, n in mm_count.items():
        value = _value(code, "mm", rng, country)
        mm_parts[code] = (value, render_parts(code, value, country, n, rng))
    messages = []
    for m in t.messages:
        msg = Message("")
        pos = 0
        text = ""
        for match in PLACEHOLDER.finditer(m):
            text += m[pos : match.start()]
            pos = match.end()
            is_keep, code, fam = match.groups()
            start = len(text)
            if is_keep:
                value = make_keep(code, rng, country)
                text += value
                msg.keep.append(Span(start, len(text), value, KINDS[code]))
                continue
            ent = ENTITIES[code]
            fam = fam or ent.default
            if fam.startswith("mm"):
                whole, parts = mm_parts[code]
                part = parts[int(fam[2:]) - 1]
                text += part
                msg.pii.append(Span(start, len(text), part, code, "mm", "g1", whole))
                continue
            if fam == "*":
                fam = rng.choice(ent.free)
            value = _value(code, fam, rng, country)
            rendered = render(code, fam, value, t.lang, country, rng)
            text += rendered
            msg.pii.append(Span(start, len(text), rendered, code, fam, "", value))
        msg.text = text + m[pos:]
        messages.append(msg)
    return locale, messages


def to_json(cid: str, lang: str, locale: str, split: str, messages: list[Message]) -> Record:
    return {
        "id": cid,
        "lang": lang,
        "locale": locale,
        "split": split,
        "messages": [
            {
                "text": m.text,
                "pii": [
                    {
                        "type": ENTITIES[s.kind].name,
                        "family": FAMILIES[s.family],
                        "start": s.start,
                        "end": s.end,
                        "value": s.value,
                        **({"group": s.group} if s.group else {}),
                    }
                    for s in m.pii
                ],
                "must_keep": [
                    {"kind": s.kind, "start": s.start, "end": s.end, "value": s.value}
                    for s in m.keep
                ],
            }
            for m in messages
        ],
    }
