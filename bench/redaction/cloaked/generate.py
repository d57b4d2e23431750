"""Build the cloaked corpus, self-check it, and write dev.jsonl and opened.jsonl.gz (the sealed
split until its one opening, 2026-11-29 04:53; see README.md's seal log).

`python -m bench.redaction.cloaked.generate` writes; `--check` rebuilds in memory and exits 1
if the committed files differ; `--sample N` prints N dev conversations for review.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections import Counter
from pathlib import Path

from bench.redaction.cloaked.build import Conversation, build
from bench.redaction.cloaked.checks import run_checks

HERE = Path(__file__).resolve().parent
DEV = HERE / "dev.jsonl"
SEALED = HERE / "opened.jsonl.gz"


def _lines(convs: list[Conversation], split: str) -> bytes:
    rows = [json.dumps(c.record, ensure_ascii=False) for c in convs if c.record["split"] == split]
    return ("\n".join(rows) + "\n").encode("utf-8")


def _gzip(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buffer.getvalue()


def counts(convs: list[Conversation]) -> str:
    """A Markdown table of counts per language and split."""
    rows: Counter[tuple[str, str, str]] = Counter()
    for c in convs:
        key = (c.record["lang"], c.record["split"])
        rows[(*key, "conversations")] += 1
        for m in c.record["messages"]:
            rows[(*key, "messages")] += 1
            rows[(*key, "no_pii")] += not m["pii"]
            rows[(*key, "pii")] += len(m["pii"])
            rows[(*key, "must_keep")] += len(m["must_keep"])
    out = ["| lang | split | conversations | messages | no-PII messages | PII spans | must_keep |"]
    out.append("|---|---|---|---|---|---|---|")
    for lang in ("en", "es", "fr", "de", "pt", "all"):
        for split in ("dev", "sealed"):
            langs = [lang] if lang != "all" else ["en", "es", "fr", "de", "pt"]
            cells = [
                str(sum(rows[(x, split, k)] for x in langs))
                for k in ("conversations", "messages", "no_pii", "pii", "must_keep")
            ]
            out.append(f"| {lang} | {split} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if committed files differ")
    parser.add_argument("--sample", type=int, default=0, help="print N dev conversations")
    args = parser.parse_args()

    convs = build()
    errors = run_checks(convs)
    if errors:
        for error in errors[:40]:
            print(error, file=sys.stderr)
        print(f"{len(errors)} self-check failures; nothing written", file=sys.stderr)
        return 1
    dev = _lines(convs, "dev")
    sealed = _gzip(_lines(convs, "sealed"))
    if args.sample:
        dev_rows = [c.record for c in convs if c.record["split"] == "dev"]
        step = max(1, len(dev_rows) // args.sample)
        for row in dev_rows[::step][: args.sample]:
            print(row["id"], row["locale"])
            for m in row["messages"]:
                print("   >", m["text"].replace("\n", "⏎"))
                for s in m["pii"]:
                    print("      pii", s["type"], s["family"], repr(s["value"]), s.get("group", ""))
                for s in m["must_keep"]:
                    print("      keep", s["kind"], repr(s["value"]))
        return 0
    if args.check:
        same = DEV.exists() and SEALED.exists()
        same = same and DEV.read_bytes() == dev and SEALED.read_bytes() == sealed
        print("up to date" if same else "committed corpus differs from the generator")
        return 0 if same else 1
    DEV.write_bytes(dev)
    SEALED.write_bytes(sealed)
    n_sealed = sum(1 for c in convs if c.record["split"] == "sealed")
    print(f"wrote {DEV.name} and {SEALED.name} ({n_sealed} sealed conversations)")
    print(counts(convs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
