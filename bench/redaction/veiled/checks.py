"""Self-checks run on every conversation, both splits, before anything is written."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from .build import COMMON_TYPES, REQUIRED_NATIONAL, decodes_to, validate_value
from .keep import keep_ok
from .render import FAMILIES


class CorpusError(Exception):
    """A self-check failed; nothing is written."""


def check_message(msg: dict[str, Any], where: str) -> None:
    text = msg["text"]
    spans = [*msg["pii"], *msg["must_keep"]]
    covered = [False] * len(text)
    for s in spans:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)) or text[a:b] != s["value"]:
            raise CorpusError(f"{where}: span outside text or value mismatch")
        if s["value"] != s["value"].strip():
            raise CorpusError(f"{where}: span with leading or trailing space")
        if any(covered[a:b]):
            raise CorpusError(f"{where}: overlapping spans")
        covered[a:b] = [True] * (b - a)
    for i, c in enumerate(text):
        if c.isdigit() and not covered[i]:
            raise CorpusError(f"{where}: digit outside every span")
    for k in msg["must_keep"]:
        if not keep_ok(k["value"]):
            raise CorpusError(f"{where}: kept value passes an identifier check")


def check_conversation(conv: dict[str, Any]) -> None:
    country = conv["locale"][3:]
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for n, msg in enumerate(conv["messages"]):
        where = f"{conv['id']} message {n}"
        check_message(msg, where)
        for p in msg["pii"]:
            v = p["_v"]
            if not validate_value(v, country):
                raise CorpusError(f"{where}: value fails its check")
            if p["family"] not in FAMILIES.values():
                raise CorpusError(f"{where}: unknown family")
            if p["family"] == "multi_message":
                groups[p["group"]].append((n, p))
            elif not decodes_to(p["value"], p["family"], v, conv["lang"], country):
                raise CorpusError(f"{where}: rendering does not decode to its value")
    for g, parts in groups.items():
        idx = [n for n, _ in parts]
        if len(parts) < 2 or len(parts) > 3 or idx != list(range(idx[0], idx[0] + len(idx))):
            raise CorpusError(f"{conv['id']}: group {g} is not 2-3 consecutive messages")
        joined = " ".join(p["value"] for _, p in parts)
        v = parts[0][1]["_v"]
        if not decodes_to(joined, "plain", v, conv["lang"], country):
            raise CorpusError(f"{conv['id']}: group {g} does not join to its value")


def coverage(convs: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    types, fams = set(), set()
    for c in convs:
        for m in c["messages"]:
            for p in m["pii"]:
                types.add(p["type"])
                fams.add(p["family"])
    return types, fams


def missing(convs: list[dict[str, Any]], lang: str) -> list[str]:
    types, fams = coverage(convs)
    need_t = set(COMMON_TYPES) | set(REQUIRED_NATIONAL[lang])
    return sorted((need_t - types) | (set(FAMILIES.values()) - fams))


def check_corpus(convs: list[dict[str, Any]], min_templates: int, min_messages: int) -> None:
    for c in convs:
        check_conversation(c)
    uses = Counter((c["lang"], c["_template"]) for c in convs)
    if max(uses.values()) > 4:
        raise CorpusError("a template is used more than four times")
    if len(uses) < min_templates:
        raise CorpusError(f"only {len(uses)} templates")
    n_msgs = sum(len(c["messages"]) for c in convs)
    if n_msgs < min_messages:
        raise CorpusError(f"only {n_msgs} messages")
    for lang in REQUIRED_NATIONAL:
        for split in ("dev", "sealed"):
            part = [c for c in convs if c["lang"] == lang and c["split"] == split]
            gap = missing(part, lang)
            if gap:
                raise CorpusError(f"{lang}/{split} lacks {', '.join(gap)}")
    split_of: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c in convs:
        split_of[(c["lang"], c["_template"])].add(c["split"])
    if any(len(s) != 1 for s in split_of.values()):
        raise CorpusError("a template has instances in both splits")
    if len({c["id"] for c in convs}) != len(convs):
        raise CorpusError("duplicate conversation id")
    if any(not c["locale"].startswith(c["lang"] + "-") for c in convs):
        raise CorpusError("locale of another language")
    if any(re.search(r"\s$|^\s", m["text"]) for c in convs for m in c["messages"]):
        raise CorpusError("message with leading or trailing whitespace")
