"""Self-checks run on the in-memory corpus before anything is written."""

from __future__ import annotations

from collections import Counter, defaultdict

from bench.redaction.cloaked.build import TEMPLATES, Conversation, required
from bench.redaction.cloaked.decode import canonical, decode
from bench.redaction.cloaked.families import APPLIES
from bench.redaction.cloaked.rules import identifier_checks, is_valid


def _offsets(conv: Conversation) -> list[str]:
    errors = []
    cid = conv.record["id"]
    for m in conv.record["messages"]:
        text = m["text"]
        covered = [False] * len(text)
        spans = [*m["pii"], *m["must_keep"]]
        for span in spans:
            s, e, v = span["start"], span["end"], span["value"]
            if text[s:e] != v:
                errors.append(f"{cid}: span value mismatch {v!r}")
            if not v or v != v.strip():
                errors.append(f"{cid}: span with outer whitespace {v!r}")
            for i in range(s, e):
                if covered[i]:
                    errors.append(f"{cid}: overlapping spans at {i}")
                covered[i] = True
        for i, ch in enumerate(text):
            if ch.isdigit() and not covered[i]:
                errors.append(f"{cid}: digit outside spans in {text!r}")
                break
        for span in m["pii"]:
            if span["family"] not in APPLIES or span["type"] not in APPLIES[span["family"]]:
                errors.append(f"{cid}: family {span['family']} does not apply to {span['type']}")
            if ("group" in span) != (span["family"] == "multi_message"):
                errors.append(f"{cid}: group only on multi_message parts")
        for span in m["must_keep"]:
            if identifier_checks(span["value"]):
                errors.append(f"{cid}: must_keep {span['value']!r} passes an identifier check")
    return errors


def _round_trip(conv: Conversation) -> list[str]:
    errors = []
    cid = conv.record["id"]
    by_group: dict[str, list[str]] = defaultdict(list)
    last_index: dict[str, int] = {}
    for index, m in enumerate(conv.record["messages"]):
        for span in m["pii"]:
            if "group" in span:
                group = span["group"]
                if group in last_index and last_index[group] != index - 1:
                    errors.append(f"{cid}: parts of {group} not in consecutive messages")
                last_index[group] = index
                by_group[group].append(span["value"])
    labelled_groups = sorted(by_group.values(), key=lambda p: p[0])
    drawn_groups = sorted(
        (d.surfaces for d in conv.drawn if d.family == "multi_message"), key=lambda p: p[0]
    )
    if labelled_groups != drawn_groups:
        errors.append(f"{cid}: multi-message parts do not match the drawn values")
    for d in conv.drawn:
        decoded = decode(d.family, d.surfaces, d.value.type, d.lang, d.locale)
        got = canonical(d.value.type, decoded, d.value.region) if decoded is not None else None
        if got != canonical(d.value.type, d.value.raw, d.value.region):
            errors.append(f"{cid}: {d.family} round trip of {d.value.type} failed")
        elif got is None or not is_valid(d.value.type, got, d.value.region):
            errors.append(f"{cid}: decoded {d.value.type} does not validate")
    return errors


def _coverage(convs: list[Conversation]) -> list[str]:
    errors = []
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for conv in convs:
        r = conv.record
        for m in r["messages"]:
            for span in m["pii"]:
                seen[(r["lang"], r["split"])].update(
                    {f"family:{span['family']}", f"type:{span['type']}"}
                )
    for lang in TEMPLATES:
        for split in ("dev", "sealed"):
            missing = required(lang) - seen[(lang, split)]
            if missing:
                errors.append(f"{lang}/{split} misses {sorted(missing)}")
    return errors


def _counts(convs: list[Conversation]) -> list[str]:
    errors = []
    messages = [m for c in convs for m in c.record["messages"]]
    n_templates = sum(len(t) for t in TEMPLATES.values())
    if len(messages) < 4000:
        errors.append(f"only {len(messages)} messages")
    if n_templates < 800:
        errors.append(f"only {n_templates} templates")
    no_pii = sum(1 for m in messages if not m["pii"])
    share = no_pii / len(messages)
    if not 0.15 <= share <= 0.20:
        errors.append(f"no-PII messages are {share:.1%} of messages")
    multi = sum(
        1 for c in convs if any("group" in s for m in c.record["messages"] for s in m["pii"])
    )
    if multi / len(convs) < 0.08:
        errors.append(f"multi-message conversations are {multi / len(convs):.1%}")
    per_lang = Counter(c.record["lang"] for c in convs for _ in c.record["messages"])
    if max(per_lang.values()) > 1.5 * min(per_lang.values()):
        errors.append(f"languages unbalanced: {dict(per_lang)}")
    return errors


def run_checks(convs: list[Conversation]) -> list[str]:
    """All self-check failures (empty when the corpus may be written)."""
    errors: list[str] = []
    for conv in convs:
        errors += _offsets(conv)
        errors += _round_trip(conv)
    errors += _coverage(convs)
    errors += _counts(convs)
    return errors
