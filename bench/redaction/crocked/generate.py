"""Render the crocked corpus, verify every span, and write ``dev.jsonl`` and ``sealed.jsonl.gz``.

Usage (from the repository root)::

    .venv/bin/python -m bench.redaction.crocked.generate           # write both splits
    .venv/bin/python -m bench.redaction.crocked.generate --check   # regenerate in memory, compare bytes
    .venv/bin/python -m bench.redaction.crocked.generate --stats   # counts only, nothing written

Warning: this module and the templates ARE the sealed split.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from . import render, values

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt"]
SPLITS = ["dev", "sealed"]
MIN_MESSAGES = {"dev": 300, "sealed": 700}
TARGET_MESSAGES = {"dev": 330, "sealed": 740}
SLOT_RE = re.compile(r"\{([^{}]+)\}")

Template = str | tuple[str, ...]


class CorpusError(Exception):
    """A rendered conversation or the corpus as a whole breaks a rule of the brief."""


@dataclass
class Span:
    start: int
    end: int
    value: str
    type: str = ""
    family: str = ""
    group: str = ""
    kind: str = ""
    canonical: str = ""
    region: str = ""
    part: int = 0


@dataclass
class Message:
    text: str = ""
    pii: list[Span] = field(default_factory=list)
    keep: list[Span] = field(default_factory=list)


@dataclass
class Plan:
    """Rotating (type, family) assignment for generic frames, one counter per frame kind."""

    counters: Counter[str] = field(default_factory=Counter)

    def next(self, kind: str) -> tuple[str, str]:
        k = self.counters[kind]
        self.counters[kind] += 1
        if kind == "multi":
            types = sorted(render.MULTI_TYPES)
            return types[k % len(types)], "multi_message"
        if kind == "ctx":
            return values.TYPES[(k * 5) % len(values.TYPES)], "context_only"
        vtype = values.TYPES[k % len(values.TYPES)]
        fams = render.single_families(vtype)
        return vtype, fams[(k // len(values.TYPES) + k) % len(fams)]


def messages_of(t: Template, locales: list[str]) -> tuple[str | None, list[str]]:
    items = [t] if isinstance(t, str) else list(t)
    if items and items[0] in locales:
        return items[0], items[1:]
    return None, items


def parse_slot(body: str) -> tuple[str, str, int]:
    """``key``, ``key:fam`` or ``key^n`` -> (key, family short name or '', part index or 0)."""
    part = 0
    if "^" in body:
        body, p = body.split("^")
        part = int(p) if p.isdigit() else {"a": 1, "b": 2, "c": 3}[p]
    key, _, fam = body.partition(":")
    return key, fam, part


def _draw_surface(
    rng: random.Random, vtype: str, locale: str, family: str, lang: str
) -> tuple[values.Value, str]:
    for _ in range(80):
        v = values.draw(rng, vtype, locale)
        if (
            family == "url_credentials"
            and vtype == "PASSWORD"
            and not re.fullmatch(r"[A-Za-z0-9!$*._-]+", v.canonical)
        ):
            continue
        s = render.surface(v, family, lang, rng)
        if s is not None:
            return v, s
    raise CorpusError(f"cannot render {vtype} as {family}")


def render_conversation(
    lang: str, split: str, t_index: int, rep: int, template: Template, mod: ModuleType, plan: Plan
) -> dict[str, Any]:
    rng = random.Random(f"crocked|{lang}|{split}|{t_index:03d}|{rep:02d}")
    locales: list[str] = list(mod.LOCALES)
    pinned, msgs = messages_of(template, locales)
    locale = pinned or locales[(t_index + rep) % len(locales)]
    conv_id = f"crocked-{lang}-{split}-{t_index:03d}-{rep:02d}"
    joined = "\n".join(msgs)
    generic: tuple[str, str] | None = None
    label = ""
    if "{SLOT" in joined:
        kind = (
            "multi"
            if "{SLOT^" in joined
            else "ctx"
            if any(m.strip() == "{SLOT}" for m in msgs)
            else "single"
        )
        generic = plan.next(kind)
        label = rng.choice(mod.LABELS[generic[0]])

    # multi-message values: one value per key, cut into as many parts as the template has
    multi: dict[str, list[str]] = {}
    multi_vals: dict[str, values.Value] = {}
    for body in SLOT_RE.findall(joined):
        key, _, part = parse_slot(body)
        if part:
            multi.setdefault(key, [])
    for key in multi:
        n = max(parse_slot(b)[2] for b in SLOT_RE.findall(joined) if parse_slot(b)[0] == key)
        vtype = generic[0] if key == "SLOT" and generic else values.KEYS[key]
        v = values.draw(rng, vtype, locale)
        multi_vals[key] = v
        multi[key] = render.multi_parts(v, n, rng)

    out_msgs: list[Message] = []
    for raw in msgs:
        m = Message()
        pos = 0
        whole = SLOT_RE.fullmatch(raw.strip()) is not None
        for match in SLOT_RE.finditer(raw):
            m.text += raw[pos : match.start()]
            pos = match.end()
            body = match.group(1)
            start = len(m.text)
            if body == "LABEL":
                m.text += label
                continue
            if body.startswith("="):
                kind = body[1:]
                val = values.must_keep(rng, kind, lang, locale)
                m.text += val
                m.keep.append(Span(start, len(m.text), val, kind=kind))
                continue
            key, fam, part = parse_slot(body)
            if part:
                v = multi_vals[key]
                piece = multi[key][part - 1]
                m.text += piece
                m.pii.append(
                    Span(
                        start,
                        len(m.text),
                        piece,
                        v.type,
                        "multi_message",
                        f"{conv_id}-g{list(multi).index(key) + 1}",
                        canonical=v.canonical,
                        region=v.region,
                        part=part,
                    )
                )
                continue
            if key == "SLOT":
                assert generic is not None
                vtype, family = generic
            else:
                vtype = values.KEYS[key]
                family = (
                    render.SHORT[fam]
                    if fam
                    else ("context_only" if whole else render.default_family(vtype, rng))
                )
            v, s = _draw_surface(rng, vtype, locale, family, lang)
            m.text += s
            m.pii.append(
                Span(start, len(m.text), s, v.type, family, canonical=v.canonical, region=v.region)
            )
        m.text += raw[pos:]
        out_msgs.append(m)
    verify(conv_id, out_msgs, lang)
    return {
        "id": conv_id,
        "lang": lang,
        "locale": locale,
        "split": split,
        "messages": [
            {
                "text": m.text,
                "pii": [
                    {
                        "type": s.type,
                        "family": s.family,
                        **({"group": s.group} if s.group else {}),
                        "start": s.start,
                        "end": s.end,
                        "value": s.value,
                    }
                    for s in sorted(m.pii, key=lambda s: s.start)
                ],
                "must_keep": [
                    {"kind": s.kind, "start": s.start, "end": s.end, "value": s.value}
                    for s in sorted(m.keep, key=lambda s: s.start)
                ],
            }
            for m in out_msgs
        ],
    }


def verify(conv_id: str, msgs: list[Message], lang: str) -> None:
    """Enforce the span rules of the brief on one conversation."""
    groups: dict[str, list[tuple[int, Span]]] = {}
    for mi, m in enumerate(msgs):
        spans = sorted(m.pii + m.keep, key=lambda s: s.start)
        covered = [False] * len(m.text)
        last_end = -1
        for s in spans:
            if m.text[s.start : s.end] != s.value or not s.value:
                raise CorpusError(f"{conv_id}: value mismatch")
            if s.value != s.value.strip():
                raise CorpusError(f"{conv_id}: outer whitespace in {s.value!r}")
            if s.start < last_end:
                raise CorpusError(f"{conv_id}: overlapping spans")
            last_end = s.end
            for i in range(s.start, s.end):
                covered[i] = True
        for i, ch in enumerate(m.text):
            if ch.isdigit() and not covered[i]:
                raise CorpusError(f"{conv_id}: digit outside spans in message {mi}")
        for s in m.keep:
            if not values.is_hard_negative(s.value):
                raise CorpusError(f"{conv_id}: must_keep {s.kind} is not a hard negative")
        for s in m.pii:
            v = values.Value(s.type, s.canonical, s.region, {"kind": _routing_kind(s)})
            if not values.validate(v):
                raise CorpusError(f"{conv_id}: invalid {s.type} value")
            if s.family == "multi_message":
                groups.setdefault(s.group, []).append((mi, s))
                continue
            want = render.normal(s.canonical, s.type, s.region)
            if render.decode(s.value, s.type, s.family, s.region) != want:
                raise CorpusError(f"{conv_id}: {s.family} surface of {s.type} does not decode")
            _verify_frame(conv_id, m.text, s, m)
    for gid, parts in groups.items():
        idx = [mi for mi, _ in parts]
        if len(parts) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
            raise CorpusError(f"{conv_id}: {gid} parts not one per consecutive message")
        s0 = parts[0][1]
        joined = "".join(
            render.decode(s.value, s.type, "plain", s.region)
            if s.type != "PHONE"
            else re.sub(r"\D", "", s.value)
            for _, s in parts
        )
        if render.normal(joined, s0.type, s0.region) != render.normal(
            s0.canonical, s0.type, s0.region
        ):
            raise CorpusError(f"{conv_id}: {gid} parts do not join to the value")


def _routing_kind(s: Span) -> str:
    if s.type != "BANK_ROUTING":
        return ""
    return {
        "GB": "sortcode",
        "DE": "blz",
        "FR": "guichet",
        "ES": "entidad",
        "PT": "entidad",
        "BR": "agencia",
    }.get(s.region, "aba")


def _verify_frame(conv_id: str, text: str, s: Span, m: Message) -> None:
    """Families that live inside a frame (URL, KEY=value line, own message) must sit in one."""
    before = text[: s.start]
    if s.family == "context_only" and text.strip() != s.value:
        raise CorpusError(f"{conv_id}: context_only value is not alone in its message")
    if s.family == "key_value_secret" and not re.search(
        r"[A-Za-z_]+\s*[=:]\s*[\"']?$", before.split("\n")[-1]
    ):
        raise CorpusError(f"{conv_id}: key_value_secret without KEY=")
    if s.family == "percent_encoded" and not re.search(r"[?&][a-z_]+=$", before):
        raise CorpusError(f"{conv_id}: percent_encoded value is not a query parameter")
    if s.family == "url_credentials":
        for url in re.finditer(r"[a-z][a-z+.-]*://\S+", text):
            parts = urlsplit(url.group())
            if (
                url.start() < s.start
                and s.end <= url.end()
                and s.value in (parts.username, parts.password)
            ):
                break
        else:
            raise CorpusError(f"{conv_id}: url_credentials value is not a URL's user or password")


def load(lang: str) -> ModuleType:
    return importlib.import_module(f".templates_{lang}", __package__)


def check_templates(lang: str, mod: ModuleType) -> None:
    seen: dict[str, set[str]] = {}
    for split in SPLITS:
        norm: set[str] = set()
        for t in getattr(mod, split.upper()):
            _, msgs = messages_of(t, list(mod.LOCALES))
            for msg in msgs:
                literal = SLOT_RE.sub("", msg)
                if re.search(r"\d", literal):
                    raise CorpusError(f"{lang}: digit in template text {msg!r}")
                for body in SLOT_RE.findall(msg):
                    key, fam, _ = parse_slot(body)
                    if (
                        not body.startswith("=")
                        and key not in ("LABEL", "SLOT")
                        and key not in values.KEYS
                    ):
                        raise CorpusError(f"{lang}: unknown slot {body!r}")
                    if body.startswith("=") and body[1:] not in values.MUST_KEEP_KINDS:
                        raise CorpusError(f"{lang}: unknown must_keep {body!r}")
                    if fam and fam not in render.SHORT:
                        raise CorpusError(f"{lang}: unknown family {body!r}")
                if not SLOT_RE.fullmatch(msg.strip()):
                    # a message that is one bare slot has no literal text to leak between splits
                    norm.add(" ".join(msg.lower().split()))
        seen[split] = norm
    both = seen["dev"] & seen["sealed"]
    if both:
        raise CorpusError(f"{lang}: template messages in both splits: {sorted(both)[:3]}")
    for vtype in values.TYPES:
        labels = mod.LABELS.get(vtype)
        if not labels or any(re.search(r"\d", w) for w in labels):
            raise CorpusError(f"{lang}: LABELS missing or with digits for {vtype}")


def build() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {s: [] for s in SPLITS}
    for lang in LANGS:
        mod = load(lang)
        check_templates(lang, mod)
        for split in SPLITS:
            templates: list[Template] = getattr(mod, split.upper())
            per_round = sum(len(messages_of(t, list(mod.LOCALES))[1]) for t in templates)
            reps = math.ceil(TARGET_MESSAGES[split] / per_round)
            plan = Plan()
            for ti, t in enumerate(templates):
                for r in range(reps):
                    out[split].append(render_conversation(lang, split, ti, r, t, mod, plan))
    check_corpus(out)
    return out


def check_corpus(out: dict[str, list[dict[str, Any]]]) -> None:
    for split, convs in out.items():
        for lang in LANGS:
            mine = [c for c in convs if c["lang"] == lang]
            msgs = [m for c in mine for m in c["messages"]]
            types = {p["type"] for m in msgs for p in m["pii"]}
            fams = {p["family"] for m in msgs for p in m["pii"]}
            if missing := set(values.TYPES) - types:
                raise CorpusError(f"{lang}/{split}: types missing {sorted(missing)}")
            if missing := set(render.FAMILIES) - fams:
                raise CorpusError(f"{lang}/{split}: families missing {sorted(missing)}")
            if len(msgs) < MIN_MESSAGES[split]:
                raise CorpusError(f"{lang}/{split}: only {len(msgs)} messages")
            mm = sum(
                any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
                for c in mine
            )
            if mm < 0.08 * len(mine):
                raise CorpusError(
                    f"{lang}/{split}: multi_message in {mm}/{len(mine)} conversations"
                )


def serialise(convs: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")


def files(out: dict[str, list[dict[str, Any]]]) -> dict[str, bytes]:
    return {
        "dev.jsonl": serialise(out["dev"]),
        "sealed.jsonl.gz": gzip.compress(serialise(out["sealed"]), compresslevel=9, mtime=0),
    }


def stats(out: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for split in SPLITS:
        convs = out[split]
        msgs = [m for c in convs for m in c["messages"]]
        pii = [p for m in msgs for p in m["pii"]]
        keep = [k for m in msgs for k in m["must_keep"]]
        lines.append(
            f"{split}: {len(convs)} conversations, {len(msgs)} messages, {len(pii)} pii spans, "
            f"{len(keep)} must_keep spans"
        )
        for lang in LANGS:
            mine = [c for c in convs if c["lang"] == lang]
            lm = [m for c in mine for m in c["messages"]]
            mm = sum(
                any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
                for c in mine
            )
            lines.append(
                f"  {split}/{lang}: {len(mine)} conversations, {len(lm)} messages, "
                f"{sum(len(m['pii']) for m in lm)} pii, {sum(len(m['must_keep']) for m in lm)} must_keep, "
                f"multi_message in {mm} conversations ({100 * mm / len(mine):.1f}%)"
            )
    for split in SPLITS:
        msgs = [m for c in out[split] for m in c["messages"]]
        for title, counter in (
            ("type", Counter(p["type"] for m in msgs for p in m["pii"])),
            ("family", Counter(p["family"] for m in msgs for p in m["pii"])),
            ("must_keep kind", Counter(k["kind"] for m in msgs for k in m["must_keep"])),
        ):
            lines.append(
                f"{split} per {title}: " + ", ".join(f"{k} {n}" for k, n in sorted(counter.items()))
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare with the files"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only")
    args = parser.parse_args(argv)
    out = build()
    if args.stats:
        print(stats(out))
        return 0
    blobs = files(out)
    if args.check:
        bad = [
            name
            for name, data in blobs.items()
            if not (HERE / name).exists() or (HERE / name).read_bytes() != data
        ]
        print("check: " + ("OK, files are byte-identical" if not bad else f"DIFFERS: {bad}"))
        return 1 if bad else 0
    for name, data in blobs.items():
        (HERE / name).write_bytes(data)
    print(stats(out).splitlines()[0])
    print(stats(out).splitlines()[6])
    return 0


if __name__ == "__main__":
    sys.exit(main())
