"""Writes dev.jsonl and sealed.jsonl.gz byte-reproducibly, after checking every rule in README.md.

python -m bench.redaction.parcelled.generate            # write both files
python -m bench.redaction.parcelled.generate --check    # regenerate in memory, compare
python -m bench.redaction.parcelled.generate --stats    # counts
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import math
import random
import re
import sys
from pathlib import Path

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).resolve().parent
LANGS = [
    templates_en.LANG,
    templates_es.LANG,
    templates_fr.LANG,
    templates_de.LANG,
    templates_pt.LANG,
]
TARGET = {"dev": 300, "sealed": 700}
MIN_MULTI = 0.08


class CorpusError(Exception):
    pass


def _msgs(t: tuple[str, ...]) -> list[str]:
    return [m for m in t if not m.startswith("@")]


def check_templates() -> None:
    seen: dict[str, str] = {}
    for lang in LANGS:
        for split, ts in (("dev", lang.dev), ("sealed", lang.sealed)):
            for t in ts:
                for m in _msgs(t):
                    lit = R.SLOT.sub("", m)
                    if re.search(r"\d", lit):
                        raise CorpusError(f"digit in template literal ({lang.code} {split})")
                    if not re.sub(r"\W", "", R.ALT.sub("", lit)):
                        continue  # a bare slot ("{CARD:multi:b}") has no wording to share
                    key = f"{lang.code}|{m}"
                    if seen.setdefault(key, split) != split:
                        raise CorpusError(f"template message in both splits ({lang.code})")
        for t, ls in lang.labels.items():
            if set(lang.labels) != set(V.TYPES):
                raise CorpusError(f"labels of {lang.code} do not cover every type")
            for label in ls:
                if re.search(r"\d", label):
                    raise CorpusError(f"digit in label ({lang.code} {t})")


def check_conv(conv: dict, lang: R.Lang) -> None:
    groups: dict[str, list] = collections.defaultdict(list)
    for msg in conv["messages"]:
        text = msg["text"]
        spans = []
        for p in msg["pii"]:
            if p["value"] != text[p["start"] : p["end"]]:
                raise CorpusError(f"{conv['id']}: value/offset mismatch")
            if p["value"] != p["value"].strip() or not p["value"]:
                raise CorpusError(f"{conv['id']}: whitespace at span edge")
            raw = p["_raw"]
            if p["type"] in V.CHECKSUMMED:
                forms = R.canon_forms(p["type"], raw)
                if not any(V.validate(p["type"], f) for f in forms):
                    raise CorpusError(f"{conv['id']}: {p['type']} fails its checksum")
            if p["family"] == "multi_message":
                groups[p["group"]].append(p)
            elif not R.decodes_to(p["value"], p["type"], p["family"], lang, raw):
                raise CorpusError(
                    f"{conv['id']}: {p['type']}/{p['family']} surface does not decode"
                )
            spans.append((p["start"], p["end"]))
        for k in msg["must_keep"]:
            if k["value"] != text[k["start"] : k["end"]] or not V.keep_is_safe(k["value"]):
                raise CorpusError(f"{conv['id']}: bad must_keep")
            spans.append((k["start"], k["end"]))
        spans.sort()
        for (a, b), (c, _) in zip(spans, spans[1:]):
            if c < b:
                raise CorpusError(f"{conv['id']}: overlapping spans")
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise CorpusError(f"{conv['id']}: digit outside a span")
    for gid, parts in groups.items():
        if len(parts) < 2 or len({id(p) for p in parts}) != len(parts):
            raise CorpusError(f"{gid}: multi-message group of one")
        joined = "".join(R.decode(p["value"], p["type"], "multi_message", lang) for p in parts)
        if joined not in R.canon_forms(parts[0]["type"], parts[0]["_raw"]):
            raise CorpusError(f"{gid}: parts do not join to the value")


def build() -> dict[str, list[dict]]:
    check_templates()
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for split in ("dev", "sealed"):
        for lang in LANGS:
            ts = lang.dev if split == "dev" else lang.sealed
            per_round = sum(len(_msgs(t)) for t in ts)
            reps = math.ceil(TARGET[split] * 1.06 / per_round)
            rd = R.Renderer(lang, split)
            for rep in range(reps):
                for ti, t in enumerate(ts):
                    cid = f"parcelled-{lang.code}-{split}-{ti + 1:03d}-{rep + 1:02d}"
                    rng = random.Random(f"parcelled|{lang.code}|{split}|{ti}|{rep}")
                    conv = rd.render(t, cid, rng)
                    rec = {
                        "id": cid,
                        "lang": lang.code,
                        "locale": conv.locale,
                        "split": split,
                        "messages": conv.messages,
                    }
                    check_conv(rec, lang)
                    out[split].append(rec)
    check_coverage(out)
    return out


def check_coverage(out: dict[str, list[dict]]) -> None:
    for split, convs in out.items():
        for lang in LANGS:
            cs = [c for c in convs if c["lang"] == lang.code]
            types = {p["type"] for c in cs for m in c["messages"] for p in m["pii"]}
            fams = {p["family"] for c in cs for m in c["messages"] for p in m["pii"]}
            if set(V.TYPES) - types:
                raise CorpusError(
                    f"{lang.code} {split}: missing types {sorted(set(V.TYPES) - types)}"
                )
            if set(R.FAMILIES) - fams:
                raise CorpusError(
                    f"{lang.code} {split}: missing families {sorted(set(R.FAMILIES) - fams)}"
                )
            nmsg = sum(len(c["messages"]) for c in cs)
            if nmsg < TARGET[split]:
                raise CorpusError(f"{lang.code} {split}: only {nmsg} messages")
            multi = sum(
                any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
                for c in cs
            )
            if multi / len(cs) < MIN_MULTI:
                raise CorpusError(f"{lang.code} {split}: multi-message share {multi / len(cs):.3f}")
            if not all(1 <= len(c["messages"]) <= 4 for c in cs):
                raise CorpusError(f"{lang.code} {split}: conversation length")


def public(rec: dict) -> dict:
    msgs = []
    for m in rec["messages"]:
        pii = []
        for p in m["pii"]:
            q = {"type": p["type"], "family": p["family"]}
            if "group" in p:
                q["group"] = p["group"]
            q.update(start=p["start"], end=p["end"], value=p["value"])
            pii.append(q)
        msgs.append({"text": m["text"], "pii": pii, "must_keep": m["must_keep"]})
    return {
        "id": rec["id"],
        "lang": rec["lang"],
        "locale": rec["locale"],
        "split": rec["split"],
        "messages": msgs,
    }


def serialise(out: dict[str, list[dict]]) -> dict[str, bytes]:
    files = {}
    for split, name in (("dev", "dev.jsonl"), ("sealed", "sealed.jsonl.gz")):
        data = "".join(json.dumps(public(r), ensure_ascii=False) + "\n" for r in out[split]).encode(
            "utf-8"
        )
        if name.endswith(".gz"):
            buf = io.BytesIO()
            with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
                gz.write(data)
            data = buf.getvalue()
        files[name] = data
    return files


def stats(out: dict[str, list[dict]]) -> str:
    lines = []
    for split in ("dev", "sealed"):
        convs = out[split]
        for lang in LANGS:
            cs = [c for c in convs if c["lang"] == lang.code]
            ms = [m for c in cs for m in c["messages"]]
            multi = sum(
                any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
                for c in cs
            )
            lines.append(
                f"{split:6} {lang.code}: {len(cs):4} conversations {len(ms):5} messages "
                f"{sum(len(m['pii']) for m in ms):5} pii spans {sum(len(m['must_keep']) for m in ms):5} must_keep "
                f"multi-message {100 * multi / len(cs):.1f}%"
            )
        ms = [m for c in convs for m in c["messages"]]
        lines.append(
            f"{split:6} all: {len(convs):4} conversations {len(ms):5} messages "
            f"{sum(len(m['pii']) for m in ms):5} pii spans {sum(len(m['must_keep']) for m in ms):5} must_keep"
        )
    for split in ("dev", "sealed"):
        ms = [m for c in out[split] for m in c["messages"]]
        tc = collections.Counter(p["type"] for m in ms for p in m["pii"])
        fc = collections.Counter(p["family"] for m in ms for p in m["pii"])
        kc = collections.Counter(k["kind"] for m in ms for k in m["must_keep"])
        lines.append(f"{split} types: " + ", ".join(f"{t} {tc[t]}" for t in V.TYPES))
        lines.append(f"{split} families: " + ", ".join(f"{f} {fc[f]}" for f in R.FAMILIES))
        lines.append(
            f"{split} must_keep kinds: " + ", ".join(f"{k} {kc[k]}" for k in V.KEEP_KINDS if kc[k])
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare with the files"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    a = ap.parse_args(argv)
    try:
        out = build()
    except CorpusError as e:
        print(f"refusing to write: {e}", file=sys.stderr)
        return 1
    files = serialise(out)
    if a.stats:
        print(stats(out))
    if a.check:
        bad = [
            n for n, d in files.items() if not (HERE / n).exists() or (HERE / n).read_bytes() != d
        ]
        if bad:
            print("differs: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("dev.jsonl and sealed.jsonl.gz match")
        return 0
    if not a.stats:
        for n, d in files.items():
            (HERE / n).write_bytes(d)
        print(
            f"wrote dev.jsonl ({len(out['dev'])} conversations), sealed.jsonl.gz ({len(out['sealed'])} conversations)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
