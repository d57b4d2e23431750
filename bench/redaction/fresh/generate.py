"""Write the fresh corpus: ``python -m bench.redaction.fresh.generate`` (``--check`` compares
a fresh generation with the files on disk and writes nothing).

The generator refuses to write when any self-check fails: offsets, overlaps, stray digits,
check digits, renderings that no longer decode to their value, look-alikes that pass a check,
or a family/entity type missing from a language's dev or sealed split.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .builder import _SLOT, Built, Template, build, features
from .negatives import text_passes_a_checksum
from .render import FAMILIES, decodes
from .values import CHECKS, TYPES

SEED = "fresh-2026-11-28"
HERE = Path(__file__).parent
LANGS = ("en", "es", "fr", "de", "pt")
CONVERSATIONS_PER_TEMPLATE = 7
DEV_SHARE = 0.35

_COMMON = [
    "CARD",
    "CVV",
    "EXP",
    "PIN",
    "PWD",
    "ACCT",
    "ROUTING",
    "IBAN",
    "SWIFT",
    "PASSPORT",
    "DL",
    "EMAIL",
    "PHONE",
    "IP",
    "MAC",
    "AKID",
    "ASK",
]
REQUIRED_TYPES: dict[str, list[str]] = {
    "en": [*_COMMON, "SSN", "ITIN", "NINO"],
    "es": [*_COMMON, "SSN", "ITIN", "DNI", "NIE", "CURP", "RFC", "CLABE"],
    "fr": [*_COMMON, "NIR"],
    "de": [*_COMMON, "STID"],
    "pt": [*_COMMON, "CPF", "CNPJ", "NIF"],
}  # fmt: skip


class CorpusError(Exception):
    """A self-check failed; nothing is written."""


def templates_of(lang: str) -> list[Template]:
    module = importlib.import_module(f"{__package__}.templates_{lang}")
    return list(module.TEMPLATES)


def _kind(tpl: Template) -> str:
    feats = features(tpl)
    if "family:multi_message" in feats:
        return "multi"
    return "pii" if feats else "negative"


def assign_splits(lang: str, tpls: list[Template]) -> list[str]:
    """Split templates, not conversations: every family and type gets a template in each split."""
    rng = random.Random(f"{SEED}-split-{lang}")
    feats = [features(t) for t in tpls]
    split: list[str | None] = [None] * len(tpls)
    counts = Counter(f for fs in feats for f in fs)
    for feat in sorted(counts, key=lambda f: (counts[f], f)):
        holders = [i for i, fs in enumerate(feats) if feat in fs]
        if len(holders) < 2:
            continue
        for target in ("dev", "sealed"):
            if any(split[i] == target for i in holders):
                continue
            free = [i for i in holders if split[i] is None]
            if free:
                split[rng.choice(free)] = target
    for kind in ("pii", "multi", "negative"):
        members = [i for i, t in enumerate(tpls) if _kind(t) == kind]
        want_dev = round(DEV_SHARE * len(members))
        have_dev = sum(1 for i in members if split[i] == "dev")
        free = [i for i in members if split[i] is None]
        rng.shuffle(free)
        for n, i in enumerate(free):
            split[i] = "dev" if n < want_dev - have_dev else "sealed"
    return [s or "sealed" for s in split]


def _check_templates(lang: str, tpls: list[Template]) -> None:
    seen: set[tuple[str, ...]] = set()
    for tpl in tpls:
        if any(ch.isdigit() for m in tpl.messages for ch in _SLOT.sub("", m)):
            raise CorpusError(
                f"{lang}: a template holds digits of its own: {tpl.messages[0][:30]!r}"
            )
        if tpl.messages in seen:
            raise CorpusError(f"{lang}: duplicate template {tpl.messages[0][:30]!r}")
        seen.add(tpl.messages)


def _check_record(built: Built, lang: str) -> None:
    rec = built.record
    for msg in rec["messages"]:
        text = msg["text"]
        spans = [(s["start"], s["end"], s["value"]) for s in msg["pii"] + msg["must_keep"]]
        covered = [False] * len(text)
        for start, end, value in sorted(spans):
            if not (0 <= start < end <= len(text)) or text[start:end] != value:
                raise CorpusError(f"{rec['id']}: span {start}:{end} does not hold its value")
            if value != value.strip():
                raise CorpusError(f"{rec['id']}: span {start}:{end} has surrounding space")
            if any(covered[start:end]):
                raise CorpusError(f"{rec['id']}: overlapping spans at {start}")
            covered[start:end] = [True] * (end - start)
        for i, ch in enumerate(text):
            if ch.isdigit() and not covered[i]:
                raise CorpusError(f"{rec['id']}: stray digit at {i}")
        for s in msg["pii"]:
            if s["type"] not in TYPES.values() or s["family"] not in FAMILIES:
                raise CorpusError(f"{rec['id']}: unknown type or family")
    for value, family, span in built.checks:
        check = CHECKS.get(value.code)
        if check is not None and not check(value):
            raise CorpusError(f"{rec['id']}: {value.code} fails its check digit")
        if not decodes(value, family, lang, span):
            raise CorpusError(f"{rec['id']}: {value.code} as {family} does not decode")
    for value, _parts in built.groups:
        check = CHECKS.get(value.code)
        if check is not None and not check(value):
            raise CorpusError(f"{rec['id']}: {value.code} fails its check digit")
    for look in built.lookalikes:
        if text_passes_a_checksum(look):
            raise CorpusError(f"{rec['id']}: a look-alike passes a checksum")


def generate() -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    stats: dict[str, Any] = {"templates": {}, "lookalikes": Counter()}
    for lang in LANGS:
        tpls = templates_of(lang)
        _check_templates(lang, tpls)
        splits = assign_splits(lang, tpls)
        stats["templates"][lang] = (Counter(_kind(t) for t in tpls), Counter(splits))
        n = 0
        for ti, (tpl, split) in enumerate(zip(tpls, splits, strict=True)):
            for k in range(CONVERSATIONS_PER_TEMPLATE):
                n += 1
                rng = random.Random(f"{SEED}-{lang}-{ti}-{k}")
                built = build(tpl, lang, f"fr3-{lang}-{n:04d}", split, rng)
                _check_record(built, lang)
                stats["lookalikes"][split] += len(built.lookalikes)
                out[split].append(built.record)
    _check_coverage(out)
    return out, stats


def _check_coverage(out: dict[str, list[dict[str, Any]]]) -> None:
    for split, recs in out.items():
        for lang in LANGS:
            fams = {
                p["family"]
                for r in recs
                if r["lang"] == lang
                for m in r["messages"]
                for p in m["pii"]
            }
            types = {
                p["type"]
                for r in recs
                if r["lang"] == lang
                for m in r["messages"]
                for p in m["pii"]
            }
            missing = [f for f in FAMILIES if f not in fams]
            missing += [TYPES[c] for c in REQUIRED_TYPES[lang] if TYPES[c] not in types]
            if missing:
                raise CorpusError(f"{lang} {split}: missing {', '.join(missing)}")


def serialise(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def files(out: dict[str, list[dict[str, Any]]]) -> dict[str, bytes]:
    return {
        "dev.jsonl": serialise(out["dev"]),
        # The sealed split until its opening at 15:34 on 2026-11-28 (see README).
        "opened.jsonl.gz": gzip.compress(serialise(out["sealed"]), compresslevel=9, mtime=0),
    }


def _table(head: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def report(out: dict[str, list[dict[str, Any]]], stats: dict[str, Any]) -> str:
    parts = ["Templates per language (single-message PII / multi-message / negatives only)", ""]
    rows = []
    for lang in LANGS:
        kinds, splits = stats["templates"][lang]
        rows.append(
            [
                lang,
                kinds["pii"],
                kinds["multi"],
                kinds["negative"],
                splits["dev"],
                splits["sealed"],
                sum(kinds.values()),
            ]
        )
    parts += [_table(["lang", "pii", "multi", "negative", "dev", "sealed", "total"], rows), ""]
    for split in ("dev", "sealed"):
        recs = out[split]
        parts += [f"### {split}", ""]
        rows = []
        tot = Counter[str]()
        for lang in [*LANGS, "all"]:
            rs = [r for r in recs if lang in ("all", r["lang"])]
            msgs = [m for r in rs for m in r["messages"]]
            with_pii = sum(1 for m in msgs if m["pii"])
            without = len(msgs) - with_pii
            pct = f"{100 * without / max(1, len(msgs)):.0f}%"
            rows.append(
                [
                    lang,
                    len(rs),
                    len(msgs),
                    with_pii,
                    f"{without} ({pct})",
                    sum(len(m["pii"]) for m in msgs),
                    sum(len(m["must_keep"]) for m in msgs),
                ]
            )
            tot["x"] += 0
        parts += [
            _table(
                [
                    "lang",
                    "conversations",
                    "messages",
                    "with PII",
                    "without PII",
                    "pii",
                    "must_keep",
                ],
                rows,
            ),
            "",
        ]
        for label, key in (("entity type", "type"), ("family", "family")):
            by = {
                lang: Counter(
                    p[key]
                    for r in recs
                    if r["lang"] == lang
                    for m in r["messages"]
                    for p in m["pii"]
                )
                for lang in LANGS
            }
            names = sorted(set().union(*by.values()))
            rows = [
                [n, *[by[lang][n] for lang in LANGS], sum(by[lang][n] for lang in LANGS)]
                for n in names
            ]
            parts += [f"PII spans by {label} ({split}; each multi_message part counts)", ""]
            parts += [_table([label, *LANGS, "all"], rows), ""]
        kinds = Counter(k["kind"] for r in recs for m in r["messages"] for k in m["must_keep"])
        parts.append(
            f"must_keep by kind ({split}): " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds))
        )
        parts.append(
            f"of which look-alikes failing an identifier check: {stats['lookalikes'][split]}"
        )
        locs = Counter(r["locale"] for r in recs)
        parts += [f"locales ({split}): " + ", ".join(f"{k} {locs[k]}" for k in sorted(locs)), ""]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    args = parser.parse_args(argv)
    try:
        out, stats = generate()
    except CorpusError as exc:
        print(f"refusing to write: {exc}", file=sys.stderr)
        return 1
    data = files(out)
    if args.check:
        stale = [
            name
            for name, blob in data.items()
            if not (HERE / name).exists() or (HERE / name).read_bytes() != blob
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        print("fresh corpus up to date")
        return 0
    for name, blob in data.items():
        (HERE / name).write_bytes(blob)
    print(report(out, stats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
