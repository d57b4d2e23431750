"""Write, check or count the toted corpus: `python -m bench.redaction.toted.generate [--check|--stats]`.

Every rule of the brief is enforced here, so a corpus that breaks one is never written.
"""

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

from . import render as r
from . import values as v
from .templates_de import DEV as DE_DEV
from .templates_de import SEALED as DE_SEALED
from .templates_en import DEV as EN_DEV
from .templates_en import SEALED as EN_SEALED
from .templates_es import DEV as ES_DEV
from .templates_es import SEALED as ES_SEALED
from .templates_fr import DEV as FR_DEV
from .templates_fr import SEALED as FR_SEALED
from .templates_pt import DEV as PT_DEV
from .templates_pt import SEALED as PT_SEALED

HERE = Path(__file__).parent
TEMPLATES = {
    "en": {"dev": EN_DEV, "sealed": EN_SEALED},
    "es": {"dev": ES_DEV, "sealed": ES_SEALED},
    "fr": {"dev": FR_DEV, "sealed": FR_SEALED},
    "de": {"dev": DE_DEV, "sealed": DE_SEALED},
    "pt": {"dev": PT_DEV, "sealed": PT_SEALED},
}
REPS = {"dev": 4, "sealed": 7}
MM_SHARE = 0.08


class CorpusError(Exception):
    """A rule of the brief is broken; the message says which and where."""


def _literal(text: str) -> str:
    return r.SLOT.sub("", text)


def _normalise(text: str) -> str:
    return re.sub(r"\W+", " ", r.SLOT.sub(" slot ", text).lower()).strip()


def check_templates() -> None:
    for lang, splits in TEMPLATES.items():
        seen: dict[str, set[str]] = {}
        for split, templates in splits.items():
            seen[split] = set()
            for t in templates:
                for text in t[1:]:
                    if re.search(r"\d", _literal(text)):
                        raise CorpusError(
                            f"{lang}/{split}: digit in template literal: {text[:40]!r}"
                        )
                    seen[split].add(_normalise(text))
        both = seen["dev"] & seen["sealed"] - {"slot", "slot slot", "slot slot slot"}
        if both:
            raise CorpusError(f"{lang}: template message in both splits: {sorted(both)[:3]}")


def build(split: str) -> list[dict[str, Any]]:
    rows = []
    for lang, splits in TEMPLATES.items():
        for ti, template in enumerate(splits[split], start=1):
            for rep in range(1, REPS[split] + 1):
                rng = random.Random(f"toted|{lang}|{split}|{ti}|{rep}")
                conv_id = f"toted-{lang}-{split}-{ti:03d}-{rep:02d}"
                locale, messages, canon = r.render(template, rng, lang, conv_id)
                for kind, value in canon:
                    if not v.validate(kind, value):
                        raise CorpusError(f"{conv_id}: invalid {kind} {value!r}")
                rows.append(
                    {
                        "id": conv_id,
                        "lang": lang,
                        "locale": locale,
                        "split": split,
                        "messages": [
                            {"text": m.text, "pii": m.pii, "must_keep": m.must_keep}
                            for m in messages
                        ],
                    }
                )
    return rows


def check_rows(rows: list[dict[str, Any]], split: str) -> None:
    types: dict[str, set[str]] = {}
    fams: dict[str, set[str]] = {}
    convs: Counter[str] = Counter()
    mm_convs: Counter[str] = Counter()
    for row in rows:
        lang = row["lang"]
        convs[lang] += 1
        groups: dict[str, list[int]] = {}
        for mi, m in enumerate(row["messages"]):
            text = m["text"]
            covered = [False] * len(text)
            spans = sorted(m["pii"] + m["must_keep"], key=lambda s: s["start"])
            for a, b in zip(spans, spans[1:]):
                if a["end"] > b["start"]:
                    raise CorpusError(f"{row['id']}: overlapping spans")
            for s in spans:
                if text[s["start"] : s["end"]] != s["value"] or not s["value"]:
                    raise CorpusError(f"{row['id']}: span does not match text")
                if s["value"] != s["value"].strip():
                    raise CorpusError(f"{row['id']}: span with outer whitespace {s['value']!r}")
                for i in range(s["start"], s["end"]):
                    covered[i] = True
            for i, ch in enumerate(text):
                if ch.isdigit() and not covered[i]:
                    raise CorpusError(f"{row['id']}: unlabelled digit at {i} in {text!r}")
            for s in m["must_keep"]:
                if not v.keep_is_safe(s["value"]):
                    raise CorpusError(f"{row['id']}: hard negative looks like PII {s['value']!r}")
            for s in m["pii"]:
                types.setdefault(lang, set()).add(s["type"])
                fams.setdefault(lang, set()).add(s["family"])
                if ("group" in s) != (s["family"] == "multi_message"):
                    raise CorpusError(f"{row['id']}: group on a non multi-message span or missing")
                if "group" in s:
                    groups.setdefault(s["group"], []).append(mi)
            if any(s["family"] == "context_only" for s in m["pii"]):
                if len(m["pii"]) != 1 or m["pii"][0]["value"] != text.strip():
                    raise CorpusError(
                        f"{row['id']}: context_only value is not alone in its message"
                    )
        for g, idx in groups.items():
            if len(idx) < 2 or len(idx) > 3 or idx != list(range(idx[0], idx[0] + len(idx))):
                raise CorpusError(f"{row['id']}: group {g} not one part per consecutive message")
        if groups:
            mm_convs[lang] += 1
    for lang in TEMPLATES:
        missing_t = set(r.TYPES.values()) - types.get(lang, set())
        missing_f = set(r.FAMILIES.values()) - fams.get(lang, set())
        if missing_t or missing_f:
            raise CorpusError(
                f"{lang}/{split}: missing types {sorted(missing_t)} families {sorted(missing_f)}"
            )
        if mm_convs[lang] < MM_SHARE * convs[lang]:
            raise CorpusError(
                f"{lang}/{split}: multi-message share {mm_convs[lang]}/{convs[lang]} below 8%"
            )


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()


def _gzip(data: bytes) -> bytes:
    buf = io.BytesIO()
    # No file name and mtime 0, so the archive is byte-reproducible.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as fh:
        fh.write(data)
    return buf.getvalue()


def outputs() -> dict[str, tuple[bytes, list[dict[str, Any]]]]:
    check_templates()
    result = {}
    for split in ("dev", "sealed"):
        rows = build(split)
        check_rows(rows, split)
        data = _jsonl(rows)
        result[split] = (data if split == "dev" else _gzip(data), rows)
    return result


def stats(out: dict[str, tuple[bytes, list[dict[str, Any]]]]) -> None:
    all_rows = [row for _, rows in out.values() for row in rows]
    for name, rows in [("all", all_rows), ("dev", out["dev"][1]), ("sealed", out["sealed"][1])]:
        msgs = sum(len(row["messages"]) for row in rows)
        pii = sum(len(m["pii"]) for row in rows for m in row["messages"])
        keep = sum(len(m["must_keep"]) for row in rows for m in row["messages"])
        mm = sum(any("group" in s for m in row["messages"] for s in m["pii"]) for row in rows)
        print(
            f"{name}: {len(rows)} conversations, {msgs} messages, {pii} pii spans, {keep} must_keep, {mm} multi-message conversations"
        )
    for split in ("dev", "sealed"):
        rows = out[split][1]
        by_lang = Counter(row["lang"] for row in rows)
        msgs = Counter()
        for row in rows:
            msgs[row["lang"]] += len(row["messages"])
        tpl = {lang: len(TEMPLATES[lang][split]) for lang in TEMPLATES}
        print(
            f"  {split} per language (templates/conversations/messages): "
            + ", ".join(f"{k} {tpl[k]}/{by_lang[k]}/{msgs[k]}" for k in TEMPLATES)
        )
    fam = Counter(
        s["family"]
        for _, rows in out.values()
        for row in rows
        for m in row["messages"]
        for s in m["pii"]
    )
    typ = Counter(
        s["type"]
        for _, rows in out.values()
        for row in rows
        for m in row["messages"]
        for s in m["pii"]
    )
    print("  families: " + ", ".join(f"{k} {n}" for k, n in sorted(fam.items())))
    print("  types: " + ", ".join(f"{k} {n}" for k, n in sorted(typ.items())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare bytes"
    )
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    try:
        out = outputs()
    except CorpusError as exc:
        print(f"refusing to write: {exc}", file=sys.stderr)
        return 1
    files = {"dev": HERE / "dev.jsonl", "sealed": HERE / "sealed.jsonl.gz"}
    if args.stats:
        stats(out)
        return 0
    if args.check:
        stale = [
            p.name
            for split, p in files.items()
            if not p.exists() or p.read_bytes() != out[split][0]
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        print("ok: outputs match")
        return 0
    for split, path in files.items():
        path.write_bytes(out[split][0])
    print(f"wrote {', '.join(p.name for p in files.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
