"""Write dev.jsonl and sealed.jsonl.gz; --check compares bytes, --stats prints counts."""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import render, templates_de, templates_en, templates_es, templates_fr, templates_pt

HERE = Path(__file__).parent
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = {"dev": 4, "sealed": 7}
MM_SHARE = 0.08


class CorpusError(Exception):
    pass


def _normal(msg: str) -> str:
    return re.sub(r"\s+", " ", msg.lower()).strip()


def check_templates() -> None:
    seen: dict[str, str] = {}
    for lang, mod in LANGS.items():
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for locale, msgs in tpls:
                if locale[:2] != lang or locale not in render.values.REGION:
                    raise CorpusError(f"{lang}: bad locale {locale}")
                for m in msgs:
                    if re.search(r"\d", render.PLACEHOLDER.sub("", m)):
                        raise CorpusError(f"{lang}/{split}: digit in template literal: {m!r}")
                    n = _normal(m)
                    if seen.setdefault(n, split) != split:
                        raise CorpusError(f"{lang}: template message in both splits: {m!r}")


def build() -> dict[str, list[dict[str, Any]]]:
    check_templates()
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for lang, mod in LANGS.items():
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for t, (locale, msgs) in enumerate(tpls, 1):
                for rep in range(1, REPS[split] + 1):
                    rng = random.Random(f"podded|{lang}|{split}|{t}|{rep}")
                    cid = f"podded-{lang}-{split}-{t:03d}-{rep:02d}"
                    conv = render.render(cid, locale, list(msgs), rng)
                    out[split].append(render.to_json(cid, lang, locale, split, conv))
    for split, convs in out.items():
        verify(split, convs)
    return out


def verify(split: str, convs: list[dict[str, Any]]) -> None:
    types: dict[str, set[str]] = {}
    fams: dict[str, set[str]] = {}
    mm: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for c in convs:
        lang = c["lang"]
        total[lang] += 1
        groups: dict[str, list[int]] = {}
        for i, m in enumerate(c["messages"]):
            text = m["text"]
            covered = [False] * len(text)
            spans = [*m["pii"], *m["must_keep"]]
            for s in spans:
                if (
                    text[s["start"] : s["end"]] != s["value"]
                    or s["value"] != s["value"].strip()
                    or not s["value"]
                ):
                    raise CorpusError(f"{c['id']}: bad span {s}")
                for k in range(s["start"], s["end"]):
                    if covered[k]:
                        raise CorpusError(f"{c['id']}: overlapping spans")
                    covered[k] = True
            for k, ch in enumerate(text):
                if ch.isdigit() and not covered[k]:
                    raise CorpusError(f"{c['id']}: unlabelled digit at {k} in {text!r}")
            for s in m["pii"]:
                types.setdefault(lang, set()).add(s["type"])
                fams.setdefault(lang, set()).add(s["family"])
                if s["family"] == "multi_message":
                    groups.setdefault(s["group"], []).append(i)
                elif "group" in s:
                    raise CorpusError(f"{c['id']}: group outside multi_message")
        for g, idx in groups.items():
            if len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
                raise CorpusError(f"{c['id']}: group {g} not one part per consecutive message")
        if groups:
            mm[lang] += 1
    for lang in LANGS:
        miss_t = set(render.TYPES.values()) - types.get(lang, set())
        miss_f = set(render.FAMILIES.values()) - fams.get(lang, set())
        if miss_t or miss_f:
            raise CorpusError(
                f"{lang}/{split}: missing types {sorted(miss_t)} families {sorted(miss_f)}"
            )
        if mm[lang] < MM_SHARE * total[lang]:
            raise CorpusError(f"{lang}/{split}: multi_message share {mm[lang]}/{total[lang]} < 8%")


def serialise(out: dict[str, list[dict[str, Any]]]) -> tuple[bytes, bytes]:
    def lines(convs: list[dict[str, Any]]) -> bytes:
        return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode()

    buf = io.BytesIO()
    # Level 9, mtime 0 and no file name keep the archive byte-reproducible.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(lines(out["sealed"]))
    return lines(out["dev"]), buf.getvalue()


def stats(out: dict[str, list[dict[str, Any]]]) -> None:
    def line(name: str, convs: list[dict[str, Any]]) -> None:
        msgs = sum(len(c["messages"]) for c in convs)
        pii = sum(len(m["pii"]) for c in convs for m in c["messages"])
        keep = sum(len(m["must_keep"]) for c in convs for m in c["messages"])
        mmc = sum(
            any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"])
            for c in convs
        )
        print(
            f"{name}: conversations={len(convs)} messages={msgs} pii={pii} must_keep={keep} multi_message_convs={mmc}"
        )

    line("all", out["dev"] + out["sealed"])
    for split in ("dev", "sealed"):
        line(split, out[split])
        for lang, mod in LANGS.items():
            n = len(mod.DEV if split == "dev" else mod.SEALED)
            line(f"  {split}/{lang} templates={n}", [c for c in out[split] if c["lang"] == lang])
    fam = Counter(
        s["family"] for sp in out.values() for c in sp for m in c["messages"] for s in m["pii"]
    )
    print("families:", dict(sorted(fam.items())))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate in memory and compare bytes")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    try:
        out = build()
    except CorpusError as e:
        print(f"refusing to write: {e}", file=sys.stderr)
        return 1
    dev, sealed = serialise(out)
    if args.stats:
        stats(out)
        return 0
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: ok" if ok else "check: outputs differ")
        return 0 if ok else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(out['dev'])} dev and {len(out['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
