"""Write, check or count the binned corpus.

    python -m bench.redaction.binned.generate           # write dev.jsonl, sealed.jsonl.gz
    python -m bench.redaction.binned.generate --check   # regenerate in memory, compare bytes
    python -m bench.redaction.binned.generate --stats   # print counts

Refuses to write unless every structural rule of the brief holds (see ``check``).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import re
import sys
from pathlib import Path
from random import Random
from typing import Any

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).parent
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = {"dev": 5, "sealed": 8}
MULTI_SHARE = 0.08


class CorpusError(Exception):
    """A rule of the brief is broken; nothing is written."""


def _norm(msg: str) -> str:
    return re.sub(r"\s+", " ", msg.lower()).strip()


def check_templates(lang: str) -> None:
    mod = LANGS[lang]
    seen: dict[str, set[str]] = {"dev": set(), "sealed": set()}
    for split, temps in (("dev", mod.DEV), ("sealed", mod.SEALED)):
        for n, (locale, msgs) in enumerate(temps):
            where = f"{lang}/{split}/{n}"
            if locale not in V.REGION or not locale.startswith(lang) or not 1 <= len(msgs) <= 4:
                raise CorpusError(f"{where}: bad locale or message count")
            groups: dict[str, list[int]] = collections.defaultdict(list)
            for i, m in enumerate(msgs):
                literal = R.PLACEHOLDER.sub("", m)
                if re.search(r"\d", literal):
                    raise CorpusError(f"{where}: digit in template literal")
                for ph in R.PLACEHOLDER.findall(m):
                    if ph.startswith("#"):
                        if ph[1:] not in V.NEG_KINDS:
                            raise CorpusError(f"{where}: unknown negative {ph}")
                        continue
                    bits = ph.split(":")
                    if bits[0] not in V.ALIAS or bits[1] not in R.FAMILY:
                        raise CorpusError(f"{where}: bad placeholder {ph}")
                    if bits[1] == "multi":
                        groups[bits[2]].append(i)
                    if bits[1] == "ctx" and (m.strip() != "{" + ph + "}" or i == 0):
                        raise CorpusError(
                            f"{where}: context_only value must be alone, after a message"
                        )
                    if bits[1] == "emailsp" and bits[0] != "EMAIL":
                        raise CorpusError(f"{where}: email_spelled on {ph}")
                    if bits[1] in ("letters", "spelled") and V.ALIAS[bits[0]] not in R.DIGITISH:
                        raise CorpusError(f"{where}: {bits[1]} on non-digit type")
                # A bare value has no wording to leak; only worded messages must stay apart.
                if R.PLACEHOLDER.sub("", m).strip(" .,!?"):
                    seen[split].add(_norm(m))
            for g, idx in groups.items():
                if len(idx) < 2 or len(idx) > 3 or idx != list(range(idx[0], idx[0] + len(idx))):
                    raise CorpusError(f"{where}: group {g} not one part per consecutive message")
    both = seen["dev"] & seen["sealed"]
    if both:
        raise CorpusError(f"{lang}: template messages in both splits: {sorted(both)[:3]}")


def build() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for lang, mod in LANGS.items():
        check_templates(lang)
        for split, temps in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for n, (locale, msgs) in enumerate(temps):
                for rep in range(REPS[split]):
                    rng = Random(f"binned|{lang}|{split}|{n:03d}|{rep:02d}")
                    cid = f"binned-{lang}-{split}-{n:03d}-{rep:02d}"
                    rec, canon = R.render(cid, lang, locale, split, msgs, rng)
                    for t, v in canon:
                        if not V.TYPES[t][1](v):
                            raise CorpusError(f"{cid}: canonical {t} fails validation")
                    check_record(rec)
                    out[split].append(rec)
    check_coverage(out)
    return out


def check_record(rec: dict[str, Any]) -> None:
    cid = rec["id"]
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for i, m in enumerate(rec["messages"]):
        text = m["text"]
        covered = [False] * len(text)
        spans = sorted(m["pii"] + m["must_keep"], key=lambda s: s["start"])
        last_end = -1
        for s in spans:
            if text[s["start"] : s["end"]] != s["value"] or not s["value"]:
                raise CorpusError(f"{cid}: span value mismatch")
            if s["value"] != s["value"].strip():
                raise CorpusError(f"{cid}: span with outer whitespace")
            if s["start"] < last_end:
                raise CorpusError(f"{cid}: overlapping spans")
            last_end = s["end"]
            for k in range(s["start"], s["end"]):
                covered[k] = True
            if "group" in s:
                groups[s["group"]].append(i)
            if "kind" in s and not V.negative_ok(s["value"]):
                raise CorpusError(f"{cid}: hard negative looks like PII")
        for k, c in enumerate(text):
            if c.isdigit() and not covered[k]:
                raise CorpusError(f"{cid}: unlabelled digit in message {i}")
    for g, idx in groups.items():
        if len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
            raise CorpusError(f"{cid}: group {g} parts not one per consecutive message")


def check_coverage(out: dict[str, list[dict[str, Any]]]) -> None:
    types = set(V.TYPES)
    for split, recs in out.items():
        for lang in LANGS:
            rs = [r for r in recs if r["lang"] == lang]
            spans = [s for r in rs for m in r["messages"] for s in m["pii"]]
            miss_t = types - {s["type"] for s in spans}
            miss_f = set(R.FAMILIES) - {s["family"] for s in spans}
            if miss_t or miss_f:
                raise CorpusError(
                    f"{lang}/{split}: missing types {sorted(miss_t)} families {sorted(miss_f)}"
                )
            multi = sum(
                any(s["family"] == "multi_message" for m in r["messages"] for s in m["pii"])
                for r in rs
            )
            if multi < MULTI_SHARE * len(rs):
                raise CorpusError(f"{lang}/{split}: multi_message share {multi}/{len(rs)} below 8%")


def serialise(out: dict[str, list[dict[str, Any]]]) -> tuple[bytes, bytes]:
    def lines(recs: list[dict[str, Any]]) -> bytes:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode()

    buf = io.BytesIO()
    # No file name and mtime 0 so the archive is byte-reproducible.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(lines(out["sealed"]))
    return lines(out["dev"]), buf.getvalue()


def stats(out: dict[str, list[dict[str, Any]]]) -> str:
    rows = []
    for name, recs in (
        ("all", out["dev"] + out["sealed"]),
        ("dev", out["dev"]),
        ("sealed", out["sealed"]),
    ):
        msgs = sum(len(r["messages"]) for r in recs)
        pii = sum(len(m["pii"]) for r in recs for m in r["messages"])
        keep = sum(len(m["must_keep"]) for r in recs for m in r["messages"])
        rows.append(
            f"{name}: conversations={len(recs)} messages={msgs} pii_spans={pii} must_keep={keep}"
        )
    for split in ("dev", "sealed"):
        for lang, mod in LANGS.items():
            rs = [r for r in out[split] if r["lang"] == lang]
            temps = len(mod.DEV if split == "dev" else mod.SEALED)
            msgs = sum(len(r["messages"]) for r in rs)
            multi = sum(
                any(s["family"] == "multi_message" for m in r["messages"] for s in m["pii"])
                for r in rs
            )
            rows.append(
                f"  {split} {lang}: templates={temps} conversations={len(rs)} messages={msgs} "
                f"multi_message={multi / len(rs):.0%}"
            )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate in memory and compare bytes")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    try:
        out = build()
    except CorpusError as e:
        print(f"refusing: {e}", file=sys.stderr)
        return 1
    dev, sealed = serialise(out)
    if args.stats:
        print(stats(out))
        return 0
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("ok" if same else "MISMATCH")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(stats(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
