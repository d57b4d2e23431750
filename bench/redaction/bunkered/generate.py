"""Write ``dev.jsonl`` and ``sealed.jsonl.gz`` after checking every invariant of the corpus.

python -m bench.redaction.bunkered.generate            # check, then write both files
python -m bench.redaction.bunkered.generate --check    # regenerate in memory, compare bytes
python -m bench.redaction.bunkered.generate --stats    # print counts
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

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt, values
from .render import FAMILIES, TYPES, render_conversation

HERE = Path(__file__).resolve().parent
TEMPLATES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = {"dev": 3, "sealed": 5}
MULTI_SHARE = 0.08


class CorpusError(Exception):
    """An invariant of the corpus does not hold; nothing is written."""


def build(split: str) -> list[dict[str, Any]]:
    rows = []
    for lang, module in TEMPLATES.items():
        for index, template in enumerate(getattr(module, split.upper())):
            for rep in range(REPS[split]):
                conv_id = f"bunkered-{lang}-{split}-{index:03d}-{rep:02d}"
                rng = random.Random(f"bunkered|{lang}|{split}|{index}|{rep}")
                rendered = render_conversation(rng, template, lang, conv_id)
                for kind, canonical, cc in rendered.canonical:
                    if not values.is_valid(kind, canonical, cc):
                        raise CorpusError(f"{conv_id}: {kind} canonical value does not validate")
                rows.append(
                    {
                        "id": conv_id,
                        "lang": lang,
                        "locale": template[0],
                        "split": split,
                        "messages": rendered.messages,
                    }
                )
    return rows


def _check_message(conv_id: str, message: dict[str, Any]) -> None:
    text = message["text"]
    spans = sorted(message["pii"] + message["must_keep"], key=lambda s: s["start"])
    covered = set()
    last_end = -1
    for span in spans:
        start, end, value = span["start"], span["end"], span["value"]
        if text[start:end] != value:
            raise CorpusError(f"{conv_id}: span value does not match text")
        if not value or value != value.strip():
            raise CorpusError(f"{conv_id}: span with outer whitespace or empty")
        if start < last_end:
            raise CorpusError(f"{conv_id}: overlapping spans")
        last_end = end
        covered.update(range(start, end))
        if span.get("family") == "context_only" and text.strip() != value:
            raise CorpusError(f"{conv_id}: context_only value is not alone in its message")
    for i, char in enumerate(text):
        if char.isdigit() and i not in covered:
            raise CorpusError(f"{conv_id}: digit outside any span at {i}")


def check(rows: list[dict[str, Any]], split: str) -> None:
    by_lang: dict[str, dict[str, Counter[str]]] = {}
    for row in rows:
        stats = by_lang.setdefault(
            row["lang"], {"types": Counter(), "fams": Counter(), "n": Counter()}
        )
        groups: dict[str, list[int]] = {}
        for index, message in enumerate(row["messages"]):
            _check_message(row["id"], message)
            for span in message["pii"]:
                stats["types"][span["type"]] += 1
                stats["fams"][span["family"]] += 1
                if span["family"] == "multi_message":
                    groups.setdefault(span["group"], []).append(index)
                    if span["group"] not in groups or len(groups[span["group"]]) == 1:
                        stats["n"]["values"] += 1
                        stats["n"]["multi"] += 1
                elif "group" in span:
                    raise CorpusError(f"{row['id']}: group on a non multi_message span")
                else:
                    stats["n"]["values"] += 1
        for group, indexes in groups.items():
            if len(indexes) < 2 or indexes != list(range(indexes[0], indexes[0] + len(indexes))):
                raise CorpusError(f"{row['id']}: {group} is not one part per consecutive message")
    for lang in TEMPLATES:
        stats = by_lang[lang]
        missing = set(TYPES.values()) - set(stats["types"])
        missing |= set(FAMILIES.values()) - set(stats["fams"])
        if missing:
            raise CorpusError(f"{lang}/{split}: missing {sorted(missing)}")
        share = stats["n"]["multi"] / stats["n"]["values"]
        if share < MULTI_SHARE:
            raise CorpusError(f"{lang}/{split}: multi_message share {share:.3f} < {MULTI_SHARE}")


def check_disjoint() -> None:
    for lang, module in TEMPLATES.items():
        dev = {line for template in module.DEV for line in template[1:]}
        sealed = {line for template in module.SEALED for line in template[1:]}
        shared = dev & sealed
        if shared:
            raise CorpusError(f"{lang}: {len(shared)} template messages are in both splits")


def encode(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as handle:
        handle.write(data)
    return buffer.getvalue()


def outputs() -> dict[str, tuple[list[dict[str, Any]], bytes]]:
    check_disjoint()
    result = {}
    for split in ("dev", "sealed"):
        rows = build(split)
        check(rows, split)
        data = encode(rows)
        result[split] = (rows, data if split == "dev" else gzip_bytes(data))
    return result


def stats(result: dict[str, tuple[list[dict[str, Any]], bytes]]) -> str:
    lines = []
    for split, (rows, _) in result.items():
        for lang in TEMPLATES:
            mine = [r for r in rows if r["lang"] == lang]
            messages = [m for r in mine for m in r["messages"]]
            spans = [s for m in messages for s in m["pii"]]
            groups = {s["group"] for s in spans if "group" in s}
            single = [s for s in spans if "group" not in s]
            templates = len(getattr(TEMPLATES[lang], split.upper()))
            lines.append(
                f"{split:6} {lang}: templates={templates} conversations={len(mine)} "
                f"messages={len(messages)} spans={len(spans)} values={len(single) + len(groups)} "
                f"multi_share={len(groups) / (len(single) + len(groups)):.3f} "
                f"must_keep={sum(len(m['must_keep']) for m in messages)}"
            )
        messages = [m for r in rows for m in r["messages"]]
        spans = [s for m in messages for s in m["pii"]]
        totals = f"conversations={len(rows)} messages={len(messages)} spans={len(spans)}"
        lines.append(f"{split:6} total: {totals}")
        types = Counter(s["type"] for s in spans)
        fams = Counter(s["family"] for s in spans)
        lines.append(f"{split:6} types: " + ", ".join(f"{k}={types[k]}" for k in TYPES.values()))
        lines.append(
            f"{split:6} families: " + ", ".join(f"{k}={fams[k]}" for k in FAMILIES.values())
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="regenerate in memory, compare bytes")
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    try:
        result = outputs()
    except CorpusError as error:
        print(f"refusing to write: {error}", file=sys.stderr)
        return 1
    paths = {"dev": HERE / "dev.jsonl", "sealed": HERE / "sealed.jsonl.gz"}
    if args.stats:
        print(stats(result))
        return 0
    if args.check:
        stale = [
            p.name for s, p in paths.items() if not p.exists() or p.read_bytes() != result[s][1]
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        print("dev.jsonl and sealed.jsonl.gz are up to date")
        return 0
    for split, path in paths.items():
        path.write_bytes(result[split][1])
    print(f"wrote {paths['dev'].name} and {paths['sealed'].name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
