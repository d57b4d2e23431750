"""Write the veiled corpus: `python -m bench.redaction.veiled.generate [--check]`.

Deterministic (fixed seed string, gzip with mtime 0), so `--check` can tell whether the
files on disk are exactly what the templates produce; it exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .build import PH, SEED, Template, instantiate
from .checks import CorpusError, check_corpus, missing

HERE = Path(__file__).parent
# the sealed split until its one opening on 2026-11-28 22:38 (README)
DEV, SEALED = HERE / "dev.jsonl", HERE / "opened.jsonl.gz"
SOURCES = {
    "en": templates_en.TEMPLATES,
    "es": templates_es.TEMPLATES,
    "fr": templates_fr.TEMPLATES,
    "de": templates_de.TEMPLATES,
    "pt": templates_pt.TEMPLATES,
}
DEV_SHARE = 0.35


def uses_for(t: Template) -> int:
    # Long chats are reused less so they do not dominate the message count; a template with
    # nothing to draw ("hi", "ok thanks") would only repeat itself.
    if not PH.search(t.text):
        return 1
    return 4 if len(t.messages) <= 3 else 3


def build_language(lang: str) -> list[dict[str, Any]]:
    templates = [Template(lang, i, text) for i, text in enumerate(SOURCES[lang])]
    per_t = {t.index: [instantiate(t, u) for u in range(uses_for(t))] for t in templates}
    # Seeded shuffle of templates, retried until both splits cover every family and type.
    for attempt in range(500):
        order = [t.index for t in templates]
        random.Random(f"{SEED}|split|{lang}|{attempt}").shuffle(order)
        dev = set(order[: round(DEV_SHARE * len(order))])
        parts = {
            s: [c for i in order if (i in dev) == (s == "dev") for c in per_t[i]]
            for s in ("dev", "sealed")
        }
        if not missing(parts["dev"], lang) and not missing(parts["sealed"], lang):
            break
    else:
        raise CorpusError(f"{lang}: no split covers everything: {missing(parts['dev'], lang)}")
    convs = []
    for split, items in parts.items():
        for c in items:
            c["split"] = split
            convs.append(c)
    random.Random(f"{SEED}|order|{lang}").shuffle(convs)
    for n, c in enumerate(convs, 1):
        c["id"] = f"vl7-{lang}-{n:04d}"
    return convs


def public(c: dict[str, Any]) -> dict[str, Any]:
    msgs = []
    for m in c["messages"]:
        pii = [{k: v for k, v in p.items() if not k.startswith("_")} for p in m["pii"]]
        msgs.append({"text": m["text"], "pii": pii, "must_keep": m["must_keep"]})
    return {
        "id": c["id"],
        "lang": c["lang"],
        "locale": c["locale"],
        "split": c["split"],
        "messages": msgs,
    }


def serialise(convs: list[dict[str, Any]]) -> tuple[bytes, bytes]:
    lines: dict[str, list[str]] = {"dev": [], "sealed": []}
    for c in sorted(convs, key=lambda c: c["id"]):
        lines[c["split"]].append(json.dumps(public(c), ensure_ascii=False, sort_keys=False))
    dev = ("\n".join(lines["dev"]) + "\n").encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(("\n".join(lines["sealed"]) + "\n").encode())
    return dev, buf.getvalue()


def tables(convs: list[dict[str, Any]]) -> str:
    """Count tables for the README (counts only: nothing from the sealed text)."""
    out = ["| lang | split | conversations | messages | no-PII messages | PII spans | must_keep |",
           "|---|---|---|---|---|---|---|"]  # fmt: skip
    by_type: Counter[tuple[str, str]] = Counter()
    by_fam: Counter[tuple[str, str]] = Counter()
    for lang in SOURCES:
        for split in ("dev", "sealed"):
            cs = [c for c in convs if c["lang"] == lang and c["split"] == split]
            ms = [m for c in cs for m in c["messages"]]
            for m in ms:
                for p in m["pii"]:
                    by_type[(p["type"], split)] += 1
                    by_fam[(p["family"], split)] += 1
            out.append(
                f"| {lang} | {split} | {len(cs)} | {len(ms)} | {sum(not m['pii'] for m in ms)} "
                f"| {sum(len(m['pii']) for m in ms)} | {sum(len(m['must_keep']) for m in ms)} |"
            )
    out += ["", "| entity type | dev | sealed |", "|---|---|---|"]
    for t in sorted({t for t, _ in by_type}):
        out.append(f"| {t} | {by_type[(t, 'dev')]} | {by_type[(t, 'sealed')]} |")
    out += ["", "| family | dev | sealed |", "|---|---|---|"]
    for f in sorted({f for f, _ in by_fam}):
        out.append(f"| {f} | {by_fam[(f, 'dev')]} | {by_fam[(f, 'sealed')]} |")
    n_t = {(c["lang"], c["_template"]) for c in convs}
    out += ["", f"templates: {len(n_t)}; " + ", ".join(
        f"{lang} {sum(1 for x in n_t if x[0] == lang)}" for lang in SOURCES)]  # fmt: skip
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="exit 1 if files on disk differ")
    ap.add_argument("--tables", action="store_true", help="print the README count tables")
    args = ap.parse_args(argv)
    convs = [c for lang in SOURCES for c in build_language(lang)]
    try:
        check_corpus(convs, min_templates=600, min_messages=3500)
    except CorpusError as e:
        print(f"self-check failed: {e}", file=sys.stderr)
        return 2
    dev, sealed = serialise(convs)
    if args.tables:
        print(tables(convs))
    if args.check:
        same = DEV.exists() and SEALED.exists()
        same = same and DEV.read_bytes() == dev and SEALED.read_bytes() == sealed
        print("up to date" if same else "files on disk differ from the templates")
        return 0 if same else 1
    DEV.write_bytes(dev)
    SEALED.write_bytes(sealed)
    print(f"wrote {DEV.name} and {SEALED.name}: {len(convs)} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
