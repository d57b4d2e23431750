"""Self-checks run on the whole corpus before anything is written."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.redaction.shrouded import build, keep, render, values

Conv = tuple[build.Template, list[tuple[str, list[build.Item], list[build.Keep]]]]


class CheckFailed(Exception):
    pass


def check_all(convs: list[Conv]) -> None:
    problems: list[str] = []
    for t, msgs in convs:
        problems += _check_conversation(t, msgs)
    problems += _check_coverage(convs)
    problems += _check_counts(convs)
    if problems:
        raise CheckFailed("\n".join(problems[:40]) + f"\n({len(problems)} problems)")


def _check_conversation(t: build.Template, msgs: list[Any]) -> list[str]:
    out = []
    groups: dict[str, list[build.Item]] = {}
    for text, items, keeps in msgs:
        spans = sorted(
            [(i.start, i.end, i.value) for i in items] + [(k.start, k.end, k.value) for k in keeps]
        )
        covered = set()
        prev_end = -1
        for s, e, v in spans:
            if text[s:e] != v:
                out.append(f"{t.tid}: offsets")
            if v != v.strip() or not v:
                out.append(f"{t.tid}: span edge whitespace")
            if s < prev_end:
                out.append(f"{t.tid}: overlap")
            prev_end = e
            covered |= set(range(s, e))
        for i, c in enumerate(text):
            if c.isdigit() and i not in covered:
                out.append(f"{t.tid}: digit outside spans")
                break
        for it in items:
            if it.family not in render.ALLOWED or (
                it.family != "multi_message" and it.typ not in render.ALLOWED[it.family]
            ):
                out.append(f"{t.tid}: family {it.family} for {it.typ}")
            if it.group:
                groups.setdefault(it.group, []).append(it)
                continue
            got = render.decode(it.typ, it.value, it.family, t.lang)
            if got != it.canon:
                out.append(f"{t.tid}: decode {it.typ}/{it.family}")
            if not values.validate(it.typ, got, it.cc):
                out.append(f"{t.tid}: invalid {it.typ}")
        for k in keeps:
            if keep.confusable(k.value):
                out.append(f"{t.tid}: must_keep passes {keep.confusable(k.value)}")
    for g, parts in groups.items():
        joined = "".join(render.canonical(p.typ, p.value) for p in parts)
        if len(parts) < 2 or joined != parts[0].canon:
            out.append(f"{t.tid}: multi {g} does not join")
        if not values.validate(parts[0].typ, joined, parts[0].cc):
            out.append(f"{t.tid}: multi {g} invalid")
    return out


def _check_coverage(convs: list[Conv]) -> list[str]:
    out = []
    have: dict[tuple[str, str], set[str]] = {}
    for t, msgs in convs:
        feats = have.setdefault((t.lang, t.split), set())
        for _, items, _ in msgs:
            for it in items:
                feats |= {f"type:{it.typ}", f"family:{it.family}"}
    for lang in build.LANG_TYPES:
        for split in ("dev", "sealed"):
            missing = build.required_features(lang) - have.get((lang, split), set())
            if missing:
                out.append(f"coverage {lang}/{split} missing {sorted(missing)}")
    return out


def _check_counts(convs: list[Conv]) -> list[str]:
    out = []
    n_msgs = sum(len(m) for _, m in convs)
    no_pii = sum(1 for _, m in convs for _, items, _ in m if not items)
    multi = sum(1 for _, m in convs if any(it.group for _, items, _ in m for it in items))
    templates = {t.tid for t, _ in convs}
    if n_msgs < 4000:
        out.append(f"only {n_msgs} messages")
    if len(templates) < 700:
        out.append(f"only {len(templates)} templates")
    if not 0.15 <= no_pii / n_msgs <= 0.20:
        out.append(f"no-PII share {no_pii / n_msgs:.3f}")
    if multi / len(convs) < 0.08:
        out.append(f"multi-message share {multi / len(convs):.3f}")
    per_lang = Counter(t.lang for t, _ in convs)
    if max(per_lang.values()) > 1.5 * min(per_lang.values()):
        out.append(f"languages unbalanced {dict(per_lang)}")
    return out
