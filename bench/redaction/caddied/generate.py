"""Write dev.jsonl and sealed.jsonl.gz; ``--check`` compares bytes, ``--stats`` prints counts."""

from __future__ import annotations

import argparse
import gzip
import importlib
import io
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import values as V
from .render import FAMILIES, SLOT, render

HERE = Path(__file__).parent
LANGS = ("en", "es", "fr", "de", "pt")
REPS = {"dev": 6, "sealed": 8}
MM_SHARE = 0.08


def _norm(msg: str) -> str:
    return re.sub(r"\s+", " ", msg.strip().lower())


def _check_templates(templates: dict[str, dict[str, list[tuple[str, ...]]]]) -> None:
    seen: dict[str, set[str]] = {"dev": set(), "sealed": set()}
    for lang, splits in templates.items():
        for split, temps in splits.items():
            for t in temps:
                for m in t[1:]:
                    if re.search(r"\d", SLOT.sub("", m)):
                        raise SystemExit(f"{lang}: digit in template literal: {m[:40]!r}")
                    seen[split].add(_norm(m))
    # Checked across languages: a bare slot message is the same text in every language.
    both = seen["dev"] & seen["sealed"]
    if both:
        raise SystemExit(f"template message in both splits: {sorted(both)[0][:50]!r}")


def _check_conv(conv: dict[str, Any]) -> None:
    cid, groups = conv["id"], {}
    for i, msg in enumerate(conv["messages"]):
        text = msg["text"]
        spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
        covered = set()
        for a, b in itertools.pairwise(spans):
            if a["end"] > b["start"]:
                raise SystemExit(f"{cid}: overlapping spans")
        for s in spans:
            if (
                text[s["start"] : s["end"]] != s["value"]
                or s["value"] != s["value"].strip()
                or not s["value"]
            ):
                raise SystemExit(f"{cid}: bad span {s['value']!r}")
            covered.update(range(s["start"], s["end"]))
        for j, ch in enumerate(text):
            if ch.isdigit() and j not in covered:
                raise SystemExit(f"{cid}: unlabelled digit in {text!r}")
        for s in msg["pii"]:
            canon = s.pop("_canon")
            if not V.validate(canon):
                raise SystemExit(f"{cid}: invalid {s['type']} {canon.canonical}")
            if "group" in s:
                groups.setdefault(s["group"], []).append(i)
            if s["family"] == "context_only" and s["value"] != text:
                raise SystemExit(f"{cid}: context_only value not alone")
        for k in msg["must_keep"]:
            if not V.negative_ok(k["value"]):
                raise SystemExit(f"{cid}: negative looks like PII")
    for g, idx in groups.items():
        if len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
            raise SystemExit(f"{cid}: group {g} not one part per consecutive message")


def build() -> dict[str, list[dict[str, Any]]]:
    """Render every template of every language; refuse on any broken rule."""
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    templates = {}
    for lang in LANGS:
        mod = importlib.import_module(f"{__package__}.templates_{lang}")
        templates[lang] = {"dev": mod.DEV, "sealed": mod.SEALED}
    _check_templates(templates)
    for lang in LANGS:
        for split, temps in templates[lang].items():
            convs = []
            for ti, t in enumerate(temps):
                for rep in range(REPS[split]):
                    rng = random.Random(f"caddied|{lang}|{split}|{ti:03d}|{rep}")
                    conv = render(t, lang, f"caddied-{lang}-{split}-{ti:03d}-{rep:02d}", rng)
                    conv["split"] = split
                    _check_conv(conv)
                    convs.append(conv)
            types = {s["type"] for c in convs for m in c["messages"] for s in m["pii"]}
            fams = {s["family"] for c in convs for m in c["messages"] for s in m["pii"]}
            if set(V.TYPES) - types or set(FAMILIES) - fams:
                raise SystemExit(
                    f"{lang}/{split}: missing {sorted(set(V.TYPES) - types)} "
                    f"{sorted(set(FAMILIES) - fams)}"
                )
            mm = sum(any("group" in s for m in c["messages"] for s in m["pii"]) for c in convs)
            if mm < MM_SHARE * len(convs):
                raise SystemExit(f"{lang}/{split}: multi_message share {mm}/{len(convs)}")
            out[split].extend(convs)
    return out


def _dump(convs: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode()


def _gzip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as f:
        f.write(data)
    return buf.getvalue()


def stats(out: dict[str, list[dict[str, Any]]]) -> None:
    """Print conversation, message and span counts per split and language."""
    for name, convs in (
        ("all", out["dev"] + out["sealed"]),
        ("dev", out["dev"]),
        ("sealed", out["sealed"]),
    ):
        msgs = [m for c in convs for m in c["messages"]]
        pii = sum(len(m["pii"]) for m in msgs)
        keep = sum(len(m["must_keep"]) for m in msgs)
        print(
            f"{name}: {len(convs)} conversations, {len(msgs)} messages, "
            f"{pii} pii spans, {keep} must_keep spans"
        )
    for split in ("dev", "sealed"):
        for lang in LANGS:
            convs = [c for c in out[split] if c["lang"] == lang]
            msgs = sum(len(c["messages"]) for c in convs)
            mm = sum(any("group" in s for m in c["messages"] for s in m["pii"]) for c in convs)
            print(
                f"  {split} {lang}: {len(convs)} conversations, {msgs} messages, "
                f"multi_message {mm / len(convs):.0%}"
            )
    fams = Counter(s["family"] for c in out["sealed"] for m in c["messages"] for s in m["pii"])
    print("  sealed families: " + ", ".join(f"{k} {v}" for k, v in sorted(fams.items())))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate in memory and compare bytes")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    out = build()
    dev, sealed = _dump(out["dev"]), _gzip(_dump(out["sealed"]))
    if args.stats:
        stats(out)
        return 0
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: identical" if same else "check: DIFFERENT")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(out['dev'])} dev and {len(out['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
