"""Self-checks the generator runs before writing anything."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from . import negatives, render, values
from .build import Entry, country
from .spec import COMMON, FAMILIES, NATIONAL, PLACEHOLDER, TYPES


class CorpusError(Exception):
    """A self-check failed: nothing is written."""


def check_templates(entries: list[Entry]) -> None:
    seen: set[tuple[str, ...]] = set()
    for entry in entries:
        if entry.messages in seen:
            raise CorpusError(f"duplicate template: {entry.messages!r}")
        seen.add(entry.messages)
        for message in entry.messages:
            bare = PLACEHOLDER.sub("", message)
            if any(c.isdigit() for c in bare):
                raise CorpusError(f"digit outside a placeholder: {message!r}")
            if "{" in bare or "}" in bare:
                raise CorpusError(f"unknown placeholder: {message!r}")


def check_conversation(conv: dict[str, Any], record: list[Any]) -> None:
    cc = country(conv["locale"])
    groups: dict[str, list[str]] = defaultdict(list)
    for message in conv["messages"]:
        text = message["text"]
        covered = [False] * len(text)
        spans = [*message["pii"], *message["must_keep"]]
        for span in spans:
            start, end, value = span["start"], span["end"], span["value"]
            if not (0 <= start < end <= len(text)) or text[start:end] != value:
                raise CorpusError(f"span does not match text in {conv['id']}")
            if value != value.strip():
                raise CorpusError(f"span with outer space in {conv['id']}")
            for i in range(start, end):
                if covered[i]:
                    raise CorpusError(f"overlapping spans in {conv['id']}")
                covered[i] = True
        for i, c in enumerate(text):
            if c.isdigit() and not covered[i]:
                raise CorpusError(f"digit outside a span in {conv['id']}")
        for span in message["pii"]:
            if "group" in span:
                groups[span["group"]].append(span["value"])
            elif span["family"] != "multi_message":
                pass
        for span in message["must_keep"]:
            if negatives.passes_identifier_check(span["value"]):
                raise CorpusError(f"negative passes an identifier check in {conv['id']}")
    for kind, value, rendered in record:
        check = values.VALIDATORS.get(kind)
        if check is not None and not check(value):
            raise CorpusError(f"{kind} fails its check digit in {conv['id']}")
        whole = "".join(groups[rendered]) if rendered in groups else rendered
        if rendered in groups and not whole:
            raise CorpusError(f"empty group in {conv['id']}")
        decoded = render.decode(kind, whole, conv["lang"], cc)
        if decoded != render.canonical(kind, value, cc):
            raise CorpusError(f"{kind} rendering does not decode in {conv['id']}: {whole!r}")


def features(convs: list[dict[str, Any]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for conv in convs:
        for message in conv["messages"]:
            for span in message["pii"]:
                out.add(("type", span["type"]))
                out.add(("family", span["family"]))
    return out


def required(lang: str) -> set[tuple[str, str]]:
    types = {("type", TYPES[c]) for c in [*COMMON, *NATIONAL[lang]]}
    return types | {("family", f) for f in FAMILIES.values()}


def check_coverage(lang: str, split: str, convs: list[dict[str, Any]]) -> None:
    missing = required(lang) - features(convs)
    if missing:
        raise CorpusError(f"{lang} {split} lacks {sorted(missing)}")
