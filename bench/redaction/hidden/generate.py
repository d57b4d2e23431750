"""Write the hidden corpus: `python -m bench.redaction.hidden.generate [--check] [--stats]`.

Deterministic: every random choice comes from the fixed SEED string, and the sealed file is
gzipped with mtime=0, so a rerun writes byte-identical files and `--check` detects drift.
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

from . import checks
from .build import Message, Record, Template, instantiate, parse_templates, to_json
from .entities import FAMILIES
from .templates_de import TEMPLATES as DE
from .templates_en import TEMPLATES as EN
from .templates_es import TEMPLATES as ES
from .templates_fr import TEMPLATES as FR
from .templates_pt import TEMPLATES as PT

Conv = tuple[Template, str, list[Message]]  # template, locale, messages
SEED = "corpus6/hidden/2026-11-28"
INSTANCES = 5  # conversations per template, each with fresh values, locale and families
DEV_SHARE = 0.35
HERE = Path(__file__).parent
SOURCES = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}


def build() -> tuple[dict[str, list[Record]], list[str]]:
    out: dict[str, list[Record]] = {"dev": [], "sealed": []}
    errors: list[str] = []
    for lang, block in SOURCES.items():
        templates = parse_templates(lang, block)
        errors += checks.check_templates(templates)
        convs: list[Conv] = []
        for t in templates:
            for k in range(INSTANCES):
                # seeded per instance, so editing one template leaves the others unchanged
                locale, msgs = instantiate(t, random.Random(f"{SEED}/{lang}/{t.index}/{k}"))
                errors += checks.check_conversation(f"{lang}#{t.index}.{k}", lang, locale, msgs)
                convs.append((t, locale, msgs))
        by_split, split_errors = _split(lang, templates, convs)
        errors += split_errors
        for split, records in by_split.items():
            out[split] += records
    for records in out.values():
        for r in records:
            errors += checks.check_json(r)
    return out, errors


def _split(
    lang: str, templates: list[Template], convs: list[Conv]
) -> tuple[dict[str, list[Record]], list[str]]:
    """Whole templates go to one split, ~35% dev, both splits covering every type and family.

    Seeded shuffle, then for each required label (in a fixed order) the first template that
    carries it goes to dev and the next to sealed, if that split lacks it; the rest fill dev
    up to its share in shuffled order.
    """
    labels: dict[int, set[str]] = {t.index: set() for t in templates}
    for t, _, msgs in convs:
        labels[t.index] |= {s.kind for m in msgs for s in m.pii}
        labels[t.index] |= {"family:" + s.family for m in msgs for s in m.pii}
    required = [*checks.COMMON, *checks.NATIONAL[lang]] + [f"family:{f}" for f in FAMILIES]
    order = [t.index for t in templates]
    random.Random(f"{SEED}/{lang}/split").shuffle(order)
    dev: set[int] = set()
    sealed: set[int] = set()
    for label in required:
        cands = [i for i in order if label in labels[i]]
        for side, other in ((dev, sealed), (sealed, dev)):
            if not any(i in side for i in cands):
                free = [i for i in cands if i not in other and i not in side]
                if free:
                    side.add(free[0])
    for i in order:
        if i not in dev and i not in sealed:
            (dev if len(dev) < round(len(order) * DEV_SHARE) else sealed).add(i)
    ids = list(range(1, len(convs) + 1))
    random.Random(f"{SEED}/{lang}/ids").shuffle(ids)
    by_split: dict[str, list[Record]] = {"dev": [], "sealed": []}
    for n, (t, locale, msgs) in zip(ids, convs, strict=True):
        split = "dev" if t.index in dev else "sealed"
        by_split[split].append(to_json(f"hd6-{lang}-{n:04d}", lang, locale, split, msgs))
    for records in by_split.values():
        records.sort(key=lambda r: r["id"])
    return by_split, checks.check_coverage(lang, by_split)


def serialise(records: list[Record]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as f:
        f.write(data)
    return buf.getvalue()


def stats(out: dict[str, list[Record]]) -> str:
    """Count tables for the README (counts only: the sealed text is never printed)."""
    per_lang = {lang: len(parse_templates(lang, block)) for lang, block in SOURCES.items()}
    lines = [
        f"Templates: {sum(per_lang.values())} "
        f"({', '.join(f'{k} {n}' for k, n in per_lang.items())}), {INSTANCES} instances each.",
        "",
        "| lang | split | conversations | messages | no-PII messages | PII spans | must_keep |",
        "|---|---|---|---|---|---|---|",
    ]
    for lang in [*SOURCES, "all"]:
        for split in ("dev", "sealed"):
            rs = [r for r in out[split] if lang in (r["lang"], "all")]
            msgs = [m for r in rs for m in r["messages"]]
            lines.append(
                f"| {lang} | {split} | {len(rs)} | {len(msgs)} | "
                f"{sum(1 for m in msgs if not m['pii'])} | {sum(len(m['pii']) for m in msgs)} | "
                f"{sum(len(m['must_keep']) for m in msgs)} |"
            )
    for key, title in (("type", "type"), ("family", "family"), ("kind", "must_keep kind")):
        counts = {
            s: Counter(
                p[key]
                for r in out[s]
                for m in r["messages"]
                for p in (m["must_keep"] if key == "kind" else m["pii"])
            )
            for s in out
        }
        lines += ["", f"| {title} | dev | sealed |", "|---|---|---|"]
        for name in sorted(counts["dev"] | counts["sealed"]):
            lines.append(f"| {name} | {counts['dev'][name]} | {counts['sealed'][name]} |")
    locales = Counter((r["lang"], r["locale"]) for s in out for r in out[s])
    lines += ["", "| locale | conversations |", "|---|---|"]
    lines += [f"| {loc} | {n} |" for (_, loc), n in sorted(locales.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if files on disk differ")
    parser.add_argument("--stats", action="store_true", help="print the README count tables")
    args = parser.parse_args(argv)
    out, errors = build()
    if errors:
        for e in errors[:50]:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errors)} self-check failures; nothing written", file=sys.stderr)
        return 2
    files = {
        HERE / "dev.jsonl": serialise(out["dev"]),
        # the sealed split until its one opening on 2026-11-28 20:00 (README)
        HERE / "opened.jsonl.gz": gz(serialise(out["sealed"])),
    }
    if args.check:
        stale = [p.name for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        for name in stale:
            print(f"{name} differs from the generator's output", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.write_bytes(data)
    if args.stats:
        print(stats(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
