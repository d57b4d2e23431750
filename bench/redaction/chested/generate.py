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

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt, values
from .render import FAMILY, PLACEHOLDER, Renderer

HERE = Path(__file__).parent
MODULES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = {"dev": 6, "sealed": 13}
ALL_FAMILIES = sorted(set(FAMILY.values()))


class CorpusError(Exception):
    """A generated conversation broke one of the corpus rules."""


def _norm(msg: str) -> str:
    return re.sub(r"\W+", " ", msg.lower()).strip()


def _check_templates() -> None:
    for lang, mod in MODULES.items():
        seen: dict[str, str] = {}
        for split in ("dev", "sealed"):
            for _, tmpl in getattr(mod, split.upper()):
                for m in tmpl:
                    if re.search(r"\d", PLACEHOLDER.sub("", m)):
                        raise CorpusError(f"{lang} template literal has a digit: {m[:30]!r}")
                    key = _norm(m)
                    if not _norm(PLACEHOLDER.sub("", m)):
                        continue  # a bare value message carries no wording to leak
                    if seen.get(key, split) != split:
                        raise CorpusError(f"{lang}: template message in both splits: {m[:30]!r}")
                    seen[key] = split


def _check_message(msg: dict[str, Any], loc: str) -> None:
    text = msg["text"]
    covered = [False] * len(text)
    for s in msg["pii"] + msg["must_keep"]:
        if (
            text[s["start"] : s["end"]] != s["value"]
            or s["value"] != s["value"].strip()
            or not s["value"]
        ):
            raise CorpusError(f"bad span {s}")
        for i in range(s["start"], s["end"]):
            if covered[i]:
                raise CorpusError(f"overlap in {s}")
            covered[i] = True
    for i, ch in enumerate(text):
        if ch.isdigit() and not covered[i]:
            raise CorpusError(f"unlabelled digit at {i} in {text!r}")


def build(split: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for lang, mod in MODULES.items():
        for t_idx, (loc, tmpl) in enumerate(getattr(mod, split.upper()), start=1):
            for rep in range(1, REPS[split] + 1):
                conv_id = f"chested-{lang}-{split}-{t_idx:03d}-{rep:02d}"
                rng = random.Random(f"chested|{lang}|{split}|{t_idx}|{rep}")
                r = Renderer(conv_id, lang, loc, rng)
                msgs = r.render(tmpl)
                for kind, canon in r.canon:
                    if not values.validate(kind, canon, loc):
                        raise CorpusError(f"{conv_id}: invalid {kind}")
                out = []
                for m in msgs:
                    d = {
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
                            for s in m.pii
                        ],  # fmt: skip
                        "must_keep": m.keep,
                    }
                    _check_message(d, loc)
                    out.append(d)
                _check_groups(conv_id, out)
                rows.append(
                    {"id": conv_id, "lang": lang, "locale": loc, "split": split, "messages": out}
                )
    _check_coverage(split, rows)
    return rows


def _check_groups(conv_id: str, msgs: list[dict[str, Any]]) -> None:
    idx = [i for i, m in enumerate(msgs) for s in m["pii"] if s.get("group")]
    if idx and (len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx)))):
        raise CorpusError(f"{conv_id}: multi-message parts not one per consecutive message")


def _check_coverage(split: str, rows: list[dict[str, Any]]) -> None:
    for lang in MODULES:
        mine = [r for r in rows if r["lang"] == lang]
        types = {s["type"] for r in mine for m in r["messages"] for s in m["pii"]}
        fams = {s["family"] for r in mine for m in r["messages"] for s in m["pii"]}
        if missing := (set(values.TYPES) - types) | (set(ALL_FAMILIES) - fams):
            raise CorpusError(f"{lang}/{split} misses {sorted(missing)}")
        multi = sum(any(s.get("group") for m in r["messages"] for s in m["pii"]) for r in mine)
        if multi < 0.08 * len(mine):
            raise CorpusError(f"{lang}/{split}: multi_message share {multi}/{len(mine)} < 8%")


def serialise(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def outputs() -> dict[Path, bytes]:
    _check_templates()
    return {
        HERE / "dev.jsonl": serialise(build("dev")),
        HERE / "sealed.jsonl.gz": gzip_bytes(serialise(build("sealed"))),
    }


def stats() -> None:
    for split in ("dev", "sealed"):
        rows = build(split)
        for lang in [*MODULES, "all"]:
            mine = [r for r in rows if lang in ("all", r["lang"])]
            msgs = sum(len(r["messages"]) for r in mine)
            spans = [s for r in mine for m in r["messages"] for s in m["pii"]]
            keep = sum(len(m["must_keep"]) for r in mine for m in r["messages"])
            multi = sum(any(s.get("group") for m in r["messages"] for s in m["pii"]) for r in mine)
            tmpls = len({r["id"].rsplit("-", 1)[0] for r in mine})
            print(f"{split:6} {lang:3} templates={tmpls} convs={len(mine)} msgs={msgs} pii={len(spans)} "
                  f"must_keep={keep} multi_convs={multi} ({multi / max(1, len(mine)):.0%})")  # fmt: skip
    allrows = build("dev") + build("sealed")
    msgs = sum(len(r["messages"]) for r in allrows)
    print(f"all    convs={len(allrows)} msgs={msgs}")
    print(
        "types:",
        dict(
            sorted(
                Counter(s["type"] for r in allrows for m in r["messages"] for s in m["pii"]).items()
            )
        ),
    )
    print(
        "families:",
        dict(
            sorted(
                Counter(
                    s["family"] for r in allrows for m in r["messages"] for s in m["pii"]
                ).items()
            )
        ),
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    if args.stats:
        stats()
        return 0
    files = outputs()
    if args.check:
        bad = [p.name for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        print("check: " + ("OK" if not bad else f"DIFFERS {bad}"))
        return 1 if bad else 0
    for p, data in files.items():
        p.write_bytes(data)
    print("wrote", ", ".join(p.name for p in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
