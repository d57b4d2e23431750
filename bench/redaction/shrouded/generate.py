"""Builds the shrouded corpus: ``dev.jsonl`` (plain) and ``opened.jsonl.gz`` (gzip, mtime 0), the
sealed split until its one opening (2026-11-29 02:18, see README.md's seal log).

Usage: ``python -m bench.redaction.shrouded.generate [--check | --tables]``. Nothing is
written unless every self-check passes; ``--check`` rebuilds in memory and fails when the
files on disk differ; ``--tables`` prints counts only (never the sealed texts).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections import Counter
from pathlib import Path

from bench.redaction.shrouded import (
    build,
    checks,
    templates_de,
    templates_en,
    templates_es,
    templates_fr,
    templates_pt,
)

HERE = Path(__file__).parent
MODULES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}


def build_corpus() -> tuple[list[checks.Conv], dict[str, bytes]]:
    templates = []
    for lang, mod in MODULES.items():
        templates += build.parse_templates(lang, mod.TEMPLATES)
    build.assign_splits(templates)
    convs: list[checks.Conv] = []
    for t in templates:
        for inst in range(build.INSTANCES):
            convs.append((t, build.instantiate(t, inst)))
    checks.check_all(convs)
    lines: dict[str, list[str]] = {"dev": [], "sealed": []}
    counters: Counter[str] = Counter()
    for t, msgs in convs:
        counters[t.lang] += 1
        record = build.to_json(t, counters[t.lang], msgs)
        lines[t.split].append(json.dumps(record, ensure_ascii=False, sort_keys=False))
    dev = ("\n".join(lines["dev"]) + "\n").encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write(("\n".join(lines["sealed"]) + "\n").encode())
    return convs, {"dev.jsonl": dev, "opened.jsonl.gz": buf.getvalue()}


def tables(convs: list[checks.Conv]) -> str:
    out = [
        "| lang | split | conversations | messages | no-PII messages | PII spans | must_keep |",
        "|---|---|---|---|---|---|---|",
    ]
    rows: dict[tuple[str, str], Counter[str]] = {}
    types: dict[str, Counter[str]] = {"dev": Counter(), "sealed": Counter()}
    fams: dict[str, Counter[str]] = {"dev": Counter(), "sealed": Counter()}
    covered: dict[tuple[str, str], set[str]] = {}
    for t, msgs in convs:
        c = rows.setdefault((t.lang, t.split), Counter())
        c["conv"] += 1
        c["multi"] += any(it.group for _, items, _ in msgs for it in items)
        for _, items, keeps in msgs:
            c["msg"] += 1
            c["nopii"] += not items
            c["pii"] += len(items)
            c["keep"] += len(keeps)
            for it in items:
                covered.setdefault((t.lang, t.split), set()).update(
                    {f"type:{it.typ}", f"family:{it.family}"}
                )
                types[t.split][it.typ] += 1
                fams[t.split][it.family] += 1
    total: Counter[str] = Counter()
    for (lang, split), c in sorted(rows.items()):
        total.update(c)
        cells = [lang, split, *(str(c[k]) for k in ("conv", "msg", "nopii", "pii", "keep"))]
        out.append("| " + " | ".join(cells) + " |")
    cells = ["all", "all", *(str(total[k]) for k in ("conv", "msg", "nopii", "pii", "keep"))]
    out.append("| " + " | ".join(cells) + " |")
    out.append("")
    out.append(
        f"templates: {len({t.tid for t, _ in convs})}; conversations with a multi-message value: "
        f"{total['multi']} ({total['multi'] / total['conv']:.1%}); no-PII messages "
        f"{total['nopii'] / total['msg']:.1%}"
    )
    out += ["", "| lang | split | families covered | relevant types covered |", "|---|---|---|---|"]
    for (lang, split), feats in sorted(covered.items()):
        need = build.required_features(lang)
        fam_need = {f for f in need if f.startswith("family:")}
        type_need = need - fam_need
        out.append(
            f"| {lang} | {split} | {len(feats & fam_need)}/{len(fam_need)} "
            f"| {len(feats & type_need)}/{len(type_need)} |"
        )
    for name, table in (("entity type", types), ("family", fams)):
        out += ["", f"| {name} | dev | sealed |", "|---|---|---|"]
        for k in sorted(set(table["dev"]) | set(table["sealed"])):
            out.append(f"| {k} | {table['dev'][k]} | {table['sealed'][k]} |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--tables", action="store_true")
    args = parser.parse_args()
    try:
        convs, files = build_corpus()
    except checks.CheckFailed as exc:
        print(f"self-check failed:\n{exc}", file=sys.stderr)
        return 1
    if args.tables:
        print(tables(convs))
        return 0
    if args.check:
        stale = [
            n
            for n, data in files.items()
            if not (HERE / n).exists() or (HERE / n).read_bytes() != data
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        print("corpus files match the generator")
        return 0
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(tables(convs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
