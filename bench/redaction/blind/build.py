"""Turn templates into labelled conversations (one template instance = one conversation)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from . import negatives, render, values
from .spec import FAMILIES, KINDS, PLACEHOLDER, TYPES, pool

Template = str | tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """A template with the customer locales it is written for."""

    lang: str
    locales: tuple[str, ...]
    messages: tuple[str, ...]


def country(locale: str) -> str:
    return locale.split("-")[1]


def _fill_message(
    template: str, lang: str, cc: str, rng: random.Random, drawn: dict[str, Any]
) -> dict[str, Any]:
    text, pii, keep, pos = "", [], [], 0
    for match in PLACEHOLDER.finditer(template):
        text += template[pos : match.start()]
        pos = match.end()
        sigil, code, fam, part = match.groups()
        if sigil:
            kind = KINDS[code]
            value = negatives.draw(kind, rng, cc, look=sigil == "~")
            keep.append(
                {"kind": kind, "start": len(text), "end": len(text) + len(value), "value": value}
            )
            text += value
            continue
        kind = TYPES[code]
        if fam == "mm":
            rendered = drawn[code]["parts"][int(part) - 1]
            item = {
                "type": kind,
                "family": "multi_message",
                "start": len(text),
                "end": len(text) + len(rendered),
                "value": rendered,
                "group": drawn[code]["group"],
            }
        else:
            short = rng.choice(pool(code)) if fam == "*" else fam
            for _ in range(100):
                value = values.GENERATORS[kind](rng, cc)
                try:
                    rendered = render.render(kind, FAMILIES[short], value, lang, cc, rng)
                    break
                except render.NoSpotError:
                    continue
            item = {
                "type": kind,
                "family": FAMILIES[short],
                "start": len(text),
                "end": len(text) + len(rendered),
                "value": rendered,
            }
            drawn.setdefault("_values", []).append((kind, value, rendered))
        pii.append(item)
        text += rendered
    text += template[pos:]
    return {"text": text, "pii": pii, "must_keep": keep}


def instantiate(entry: Entry, rng: random.Random) -> tuple[str, list[dict[str, Any]], list[Any]]:
    locale = rng.choice(entry.locales)
    cc = country(locale)
    drawn: dict[str, Any] = {}
    joined = "\n".join(entry.messages)
    groups = 0
    for match in PLACEHOLDER.finditer(joined):
        _sigil, code, fam, _part = match.groups()
        if fam == "mm" and code not in drawn:
            n = max(
                int(m.group(4))
                for m in PLACEHOLDER.finditer(joined)
                if m.group(2) == code and m.group(3) == "mm"
            )
            kind = TYPES[code]
            value = values.GENERATORS[kind](rng, cc)
            groups += 1
            drawn[code] = {
                "parts": render.split_parts(kind, value, cc, n, rng),
                "group": f"g{groups}",
                "value": value,
                "kind": kind,
            }
    messages = [
        _fill_message(m, lang=entry.lang, cc=cc, rng=rng, drawn=drawn) for m in entry.messages
    ]
    record = [*drawn.pop("_values", [])]
    record += [(d["kind"], d["value"], d["group"]) for d in drawn.values()]
    return locale, messages, record


def entries(lang: str, rows: list[tuple[str, Template]]) -> list[Entry]:
    """Rows are (space-separated locales, one message or a tuple of consecutive messages)."""
    out = []
    for locales, template in rows:
        messages = (template,) if isinstance(template, str) else template
        out.append(Entry(lang, tuple(locales.split()), messages))
    return out
