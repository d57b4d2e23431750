"""Write `dev.jsonl` and `opened.jsonl.gz` (the sealed split until 2026-11-28 17:41)
byte-identically from the templates.

`python -m bench.redaction.unseen.generate` runs every self-check, writes both files and prints
the count tables; `--check` regenerates in memory, compares with the files on disk, writes
nothing and exits 1 on a mismatch. The sealed split is never printed, only counted.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.redaction.unseen import (
    builder,
    checks,
    tables,
    templates_de,
    templates_en,
    templates_es,
    templates_fr,
    templates_pt,
    values,
)
from bench.redaction.unseen.split import split_templates

SEED = "unseen-2026-11-28"
HERE = Path(__file__).resolve().parent
DEV = HERE / "dev.jsonl"
SEALED = HERE / "opened.jsonl.gz"  # the sealed split until its opening (README)
MODULES: dict[str, ModuleType] = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
# conversations per template, each with its own values, locale and renderings; templates of
# negatives only are drawn more often so that about a quarter of the messages hold no PII
INSTANCES = {"pii": 6, "multi": 6, "negative": 9}


def _locale(template: builder.Template, weights: dict[str, int], rng: random.Random) -> str:
    entities = {s.entity for s in template.slots() if s.entity}
    options = [
        loc
        for loc in weights
        if (template.countries is None or loc.split("-")[1] in template.countries)
        and all(values.available(e, loc.split("-")[1]) for e in entities)
    ]
    if not options:
        raise checks.CorpusError(f"template {template.key} fits no locale of its language")
    return rng.choices(options, weights=[weights[o] for o in options])[0]


def build() -> tuple[list[builder.Template], dict[str, str], list[dict[str, Any]]]:
    templates: list[builder.Template] = []
    splits: dict[str, str] = {}
    conversations: list[dict[str, Any]] = []
    for lang, module in MODULES.items():
        ts = builder.make_templates(lang, module.TEMPLATES)
        checks.check_templates(ts)
        split = split_templates(ts, SEED)
        templates += ts
        splits.update(split)
        n = 0
        for t in ts:
            for i in range(INSTANCES[t.kind]):
                rng = random.Random(f"{SEED}:{t.key}:{i}")
                locale = _locale(t, module.LOCALES, rng)
                conv_id = f"un4-{lang}-{n + 1:04d}"
                conv = builder.instantiate(t, locale, rng, conv_id, split[t.key])
                checks.check_values(conv)
                conversations.append(conv)
                n += 1
        checks.check_coverage(lang, conversations, builder.FAMILIES)
    return templates, splits, conversations


def _public(conv: dict[str, Any]) -> dict[str, Any]:
    """The record as written: internal fields (leading underscore, template key) dropped."""
    return {
        "id": conv["id"],
        "lang": conv["lang"],
        "locale": conv["locale"],
        "split": conv["split"],
        "messages": [
            {
                "text": m["text"],
                "pii": [{k: v for k, v in p.items() if not k.startswith("_")} for p in m["pii"]],
                "must_keep": [
                    {k: v for k, v in x.items() if not k.startswith("_")} for x in m["must_keep"]
                ],
            }
            for m in conv["messages"]
        ],
    }


def serialise(conversations: list[dict[str, Any]]) -> tuple[bytes, bytes]:
    lines = {"dev": [], "sealed": []}  # type: dict[str, list[str]]
    for conv in conversations:
        lines[conv["split"]].append(json.dumps(_public(conv), ensure_ascii=False))
    dev = ("\n".join(lines["dev"]) + "\n").encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines["sealed"]) + "\n").encode())
    return dev, buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with the files on disk")
    args = parser.parse_args(argv)
    templates, splits, conversations = build()
    dev, sealed = serialise(conversations)
    if args.check:
        same = DEV.exists() and SEALED.exists()
        same = same and DEV.read_bytes() == dev and SEALED.read_bytes() == sealed
        print("up to date" if same else "dev.jsonl or opened.jsonl.gz differs from the templates")
        return 0 if same else 1
    DEV.write_bytes(dev)
    SEALED.write_bytes(sealed)
    print("Templates per language (single-message PII / multi-message / negatives only)\n")
    print(tables.template_table(templates, splits))
    for split in ("dev", "sealed"):
        print()
        print(tables.split_tables(conversations, split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
