"""Write dev.jsonl and opened.jsonl.gz byte-identically; `--check` compares with the files on disk.

`opened.jsonl.gz` was the sealed split until its opening on 2026-11-28 18:15 (README).

python -m bench.redaction.blind.generate [--check]
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import checks, split
from .build import Entry, instantiate
from .templates_de import ENTRIES as DE
from .templates_en import ENTRIES as EN
from .templates_es import ENTRIES as ES
from .templates_fr import ENTRIES as FR
from .templates_pt import ENTRIES as PT

HERE = Path(__file__).parent
SEED = "connect-privacy-relay blind corpus 5"
INSTANCES = 7  # conversations per template
LANGS: dict[str, list[Entry]] = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}


def _rng(*parts: str) -> random.Random:
    digest = hashlib.sha256("/".join([SEED, *parts]).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def build() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for lang, entries in LANGS.items():
        checks.check_templates(entries)
        sides = split.assign(entries, _rng("split", lang))
        per_split: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
        number = 0
        for index, entry in enumerate(entries):
            rng = _rng("template", lang, str(index))
            for _ in range(INSTANCES):
                locale, messages, record = instantiate(entry, rng)
                number += 1
                conv = {
                    "id": f"bl5-{lang}-{number:04d}",
                    "lang": lang,
                    "locale": locale,
                    "split": sides[index],
                    "messages": messages,
                }
                checks.check_conversation(conv, record)
                per_split[sides[index]].append(conv)
        for side, convs in per_split.items():
            checks.check_coverage(lang, side, convs)
            out[side].extend(convs)
    return out


def serialise(convs: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode()


def gzipped(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as f:
        f.write(data)
    return buffer.getvalue()


def template_counts() -> str:
    rows = ["| lang | templates | dev | sealed |", "|---|---|---|---|"]
    for lang, entries in LANGS.items():
        sides = Counter(split.assign(entries, _rng("split", lang)).values())
        rows.append(f"| {lang} | {len(entries)} | {sides['dev']} | {sides['sealed']} |")
    return "\n".join(rows)


def tables(corpus: dict[str, list[dict[str, Any]]]) -> str:
    lines = [
        "| lang | split | conversations | messages | with PII | without PII | pii | must_keep |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang in LANGS:
        for side in ("dev", "sealed"):
            convs = [c for c in corpus[side] if c["lang"] == lang]
            msgs = [m for c in convs for m in c["messages"]]
            with_pii = sum(1 for m in msgs if m["pii"])
            lines.append(
                f"| {lang} | {side} | {len(convs)} | {len(msgs)} | {with_pii} | "
                f"{len(msgs) - with_pii} | {sum(len(m['pii']) for m in msgs)} | "
                f"{sum(len(m['must_keep']) for m in msgs)} |"
            )
    for key in ("type", "family"):
        lines += [
            "",
            f"PII spans by {key} (dev / sealed, each multi_message part counts)",
            "",
            f"| {key} | " + " | ".join(LANGS) + " | all |",
            "|---" * (len(LANGS) + 2) + "|",
        ]
        counts: dict[str, Counter[tuple[str, str]]] = {}
        for side in ("dev", "sealed"):
            for c in corpus[side]:
                for m in c["messages"]:
                    for s in m["pii"]:
                        counts.setdefault(s[key], Counter())[(c["lang"], side)] += 1
        for name in sorted(counts):
            row = [
                f"{counts[name][(lang, 'dev')]} / {counts[name][(lang, 'sealed')]}"
                for lang in LANGS
            ]
            total = (
                f"{sum(v for (_, s), v in counts[name].items() if s == 'dev')} / "
                f"{sum(v for (_, s), v in counts[name].items() if s == 'sealed')}"
            )
            lines.append(f"| {name} | " + " | ".join(row) + f" | {total} |")
    for side in ("dev", "sealed"):
        kinds = Counter(
            k["kind"] for c in corpus[side] for m in c["messages"] for k in m["must_keep"]
        )
        locales = Counter(c["locale"] for c in corpus[side])
        lines += [
            "",
            f"must_keep by kind ({side}): "
            + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
            "",
            f"conversations by locale ({side}): "
            + ", ".join(f"{k} {v}" for k, v in sorted(locales.items())),
        ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    corpus = build()
    dev = serialise(corpus["dev"])
    sealed = gzipped(serialise(corpus["sealed"]))
    if "--check" in argv:
        if not (HERE / "dev.jsonl").exists() or not (HERE / "opened.jsonl.gz").exists():
            print("MISMATCH: dev.jsonl or opened.jsonl.gz missing")
            return 1
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "opened.jsonl.gz"
        ).read_bytes() == sealed
        print("up to date" if same else "MISMATCH: files on disk differ from the generator")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "opened.jsonl.gz").write_bytes(sealed)
    print(template_counts() + "\n\n" + tables(corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
