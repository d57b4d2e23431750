"""Write `dev.jsonl` and `sealed.jsonl.gz` for the `drummed` corpus, byte-reproducibly.

    python -m bench.redaction.drummed.generate            # check, then write both files
    python -m bench.redaction.drummed.generate --check    # regenerate in memory, compare to disk
    python -m bench.redaction.drummed.generate --stats    # print counts

Nothing is written unless every check in `verify()` passes.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib
import io
import json
import math
import random
import re
import sys
from pathlib import Path

from . import render as R
from . import values as V

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "fr", "de", "pt")
SPLITS = ("dev", "sealed")
TARGET_MESSAGES = {"dev": 330, "sealed": 760}
MIN_MESSAGES = {"dev": 300, "sealed": 700}
GENERIC_REPS = {"ctx": {"dev": 3, "sealed": 4}, "mm": {"dev": 4, "sealed": 5}}
SURFACE_FAMS = ("plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out")


class CorpusError(Exception):
    pass


def load(lang: str) -> tuple[list[R.Template], dict[str, list[str]]]:
    mod = importlib.import_module(f"{__package__}.templates_{lang}")
    labels = {V.ALIAS.get(k, k): v for k, v in mod.LABELS.items()}
    return list(mod.TEMPLATES), labels


def surface_queue(passes: int, offset: int) -> list[tuple[str, str]]:
    """Every type once per pass, the family turning among those the type can take."""
    q = []
    for p in range(passes):
        for i, t in enumerate(V.TYPES):
            fams = [f for f in R.surface_families(t) if f in SURFACE_FAMS] or ["plain"]
            q.append((t, fams[(i + p + offset) % len(fams)]))
    return q


def build() -> tuple[dict[str, list[dict]], list[tuple[dict, list[R.Placed]]]]:
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    proof: list[tuple[dict, list[R.Placed]]] = []
    for li, lang in enumerate(LANGS):
        templates, labels = load(lang)
        for split in SPLITS:
            tpls = [t for t in templates if t.split == split]
            generic: dict[str, list[int]] = collections.defaultdict(list)
            for i, t in enumerate(tpls):
                if t.generic:
                    generic[t.generic].append(i)
            queues = {
                "surface": surface_queue(1 if split == "dev" else 2, li),
                "ctx": [(t, "context_only") for t in V.TYPES[li * 5 :] + V.TYPES[: li * 5]],
                "mm": [(t, "multi_message") for t in sorted(R.MM_TYPES)][li:]
                + [(t, "multi_message") for t in sorted(R.MM_TYPES)][:li],
            }
            reps: dict[int, int] = {}
            assign: dict[tuple[int, int], tuple[str, str]] = {}
            generic_msgs = 0
            for kind, idxs in generic.items():
                q = queues[kind]
                n = (
                    math.ceil(len(q) / len(idxs))
                    if kind == "surface"
                    else GENERIC_REPS[kind][split]
                )
                for j, ti in enumerate(idxs):
                    reps[ti] = n
                    for r in range(n):
                        assign[(ti, r)] = q[(r * len(idxs) + j) % len(q)]
                    generic_msgs += n * len(tpls[ti].messages)
            hand = [i for i, t in enumerate(tpls) if not t.generic]
            hand_msgs = sum(len(tpls[i].messages) for i in hand)
            r_hand = max(1, math.ceil((TARGET_MESSAGES[split] - generic_msgs) / hand_msgs))
            for i in hand:
                reps[i] = r_hand
            for i, t in enumerate(tpls):
                for r in range(reps[i]):
                    cid = f"drummed-{lang}-{split}-{i + 1:03d}-{r + 1:02d}"
                    rng = random.Random(f"drummed|{lang}|{split}|{i}|{r}|{t.messages[0]}")
                    rd = R.render(t, lang, labels, cid, rng, assign.get((i, r)))
                    out[split].append(rd.conv)
                    proof.append((rd.conv, rd.placed))
    return out, proof


def verify(out: dict[str, list[dict]], proof: list[tuple[dict, list[R.Placed]]]) -> None:
    errors: list[str] = []
    # templates: literal text digit-free, no message in both splits
    seen: dict[str, set[str]] = {s: set() for s in SPLITS}
    for lang in LANGS:
        templates, labels = load(lang)
        for t in templates:
            for msg in t.messages:
                if re.search(r"\d", R.literal(msg)):
                    errors.append(f"{lang}: digit in template text: {msg!r}")
                seen[t.split].add(msg)
        for typ in V.TYPES:
            if not labels.get(typ):
                errors.append(f"{lang}: no label for {typ}")
            elif any(re.search(r"\d", x) for x in labels[typ]):
                errors.append(f"{lang}: digit in a label of {typ}")
    both = seen["dev"] & seen["sealed"]
    if both:
        errors.append(f"{len(both)} template messages in both splits")
    # spans
    for split in SPLITS:
        for conv in out[split]:
            for msg in conv["messages"]:
                text = msg["text"]
                spans = [(s["start"], s["end"], s["value"]) for s in msg["pii"] + msg["must_keep"]]
                covered = [False] * len(text)
                for st, en, val in sorted(spans):
                    if text[st:en] != val:
                        errors.append(f"{conv['id']}: offsets do not match value")
                    if val != val.strip() or not val:
                        errors.append(f"{conv['id']}: span with outer whitespace: {val!r}")
                    if any(covered[st:en]):
                        errors.append(f"{conv['id']}: overlapping spans")
                    for k in range(st, en):
                        covered[k] = True
                for k, ch in enumerate(text):
                    if ch.isdigit() and not covered[k]:
                        errors.append(f"{conv['id']}: digit outside spans in {text!r}")
                        break
                for mk in msg["must_keep"]:
                    if not V.must_keep_ok(mk["value"], mk["kind"]):
                        errors.append(
                            f"{conv['id']}: hard negative looks like PII: {mk['value']!r}"
                        )
    # values: checksums and surfaces decode back
    for conv, placed in proof:
        lang = conv["lang"]
        by_group: dict[str, list[R.Placed]] = collections.defaultdict(list)
        for p in placed:
            v = V.Value(p.type, p.canonical, p.canonical, (), p.region)
            if not V.validate(v):
                errors.append(f"{conv['id']}: {p.type} fails its check")
            if p.group:
                by_group[p.group].append(p)
                continue
            try:
                got = R.key(p.type, R.decode(p.type, p.family, p.surface, lang), p.region, lang)
                want = R.key(p.type, p.canonical, p.region, lang)
            except Exception as exc:  # a surface the decoder cannot read is a bug
                got, want = f"error {exc}", "?"
            if got != want:
                errors.append(
                    f"{conv['id']}: {p.family} surface {p.surface!r} decodes to {got!r}, not {want!r}"
                )
        for gid, parts in by_group.items():
            if len(parts) < 2:
                errors.append(f"{gid}: multi-message group with one part")
            joined = " ".join(p.surface for p in parts)
            if R.key(parts[0].type, joined, parts[0].region, lang) != R.key(
                parts[0].type, parts[0].canonical, parts[0].region, lang
            ):
                errors.append(f"{gid}: parts {joined!r} do not join to the value")
            if len(
                [m for m in conv["messages"] if any(s.get("group") == gid for s in m["pii"])]
            ) != len(parts):
                errors.append(f"{gid}: parts not one per message")
    # coverage and volume
    for lang in LANGS:
        for split in SPLITS:
            convs = [c for c in out[split] if c["lang"] == lang]
            spans = [s for c in convs for m in c["messages"] for s in m["pii"]]
            for typ in set(V.TYPES) - {s["type"] for s in spans}:
                errors.append(f"{lang}/{split}: no {typ}")
            for fam in set(R.FAMILIES) - {s["family"] for s in spans}:
                errors.append(f"{lang}/{split}: no {fam}")
            n_msgs = sum(len(c["messages"]) for c in convs)
            if n_msgs < MIN_MESSAGES[split]:
                errors.append(f"{lang}/{split}: only {n_msgs} messages")
            mm = sum(
                1
                for c in convs
                if any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"])
            )
            if mm < 0.08 * len(convs):
                errors.append(f"{lang}/{split}: multi-message in {mm}/{len(convs)} conversations")
            if any(not 1 <= len(c["messages"]) <= 4 for c in convs):
                errors.append(f"{lang}/{split}: conversation length outside 1-4")
    if errors:
        raise CorpusError(
            "\n".join(errors[:60]) + (f"\n... {len(errors)} errors" if len(errors) > 60 else "")
        )


def serialise(out: dict[str, list[dict]]) -> dict[str, bytes]:
    def lines(convs: list[dict]) -> bytes:
        return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(lines(out["sealed"]))
    return {"dev.jsonl": lines(out["dev"]), "sealed.jsonl.gz": buf.getvalue()}


def stats(out: dict[str, list[dict]]) -> str:
    rows = []
    for split in SPLITS:
        convs = out[split]
        msgs = [m for c in convs for m in c["messages"]]
        pii = [s for m in msgs for s in m["pii"]]
        keep = [s for m in msgs for s in m["must_keep"]]
        rows.append(
            f"{split}: {len(convs)} conversations, {len(msgs)} messages, {len(pii)} PII spans, {len(keep)} must_keep spans"
        )
        for lang in LANGS:
            lc = [c for c in convs if c["lang"] == lang]
            lm = [m for c in lc for m in c["messages"]]
            mm = sum(
                1
                for c in lc
                if any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"])
            )
            tpl = len({c["id"].rsplit("-", 1)[0] for c in lc})
            rows.append(
                f"  {lang}: {tpl} templates, {len(lc)} conversations, {len(lm)} messages, "
                f"{sum(len(m['pii']) for m in lm)} PII, {sum(len(m['must_keep']) for m in lm)} must_keep, "
                f"multi-message {mm / len(lc):.1%}"
            )
        rows.append(
            "  by family: "
            + ", ".join(
                f"{k} {v}" for k, v in sorted(collections.Counter(s["family"] for s in pii).items())
            )
        )
        rows.append(
            "  by type: "
            + ", ".join(
                f"{k} {v}" for k, v in sorted(collections.Counter(s["type"] for s in pii).items())
            )
        )
        rows.append(
            "  must_keep: "
            + ", ".join(
                f"{k} {v}" for k, v in sorted(collections.Counter(s["kind"] for s in keep).items())
            )
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare regenerated bytes with the files on disk"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    out, proof = build()
    try:
        verify(out, proof)
    except CorpusError as exc:
        print(f"refusing to write:\n{exc}", file=sys.stderr)
        return 1
    files = serialise(out)
    if args.stats:
        print(stats(out))
    if args.check:
        stale = [
            name
            for name, data in files.items()
            if not (HERE / name).exists() or (HERE / name).read_bytes() != data
        ]
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("dev.jsonl and sealed.jsonl.gz are up to date")
        return 0
    if not args.stats:
        for name, data in files.items():
            (HERE / name).write_bytes(data)
        print("wrote " + ", ".join(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
