"""Write dev.jsonl and sealed.jsonl.gz from the templates, after checking every span.

Usage (from the repository root):
    python -m bench.redaction.trunked.generate            # check, then write both files
    python -m bench.redaction.trunked.generate --check    # regenerate in memory, compare bytes
    python -m bench.redaction.trunked.generate --stats    # print counts
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from . import render, templates_de, templates_en, templates_es, templates_fr, templates_pt, values

HERE = Path(__file__).resolve().parent
MODULES: dict[str, ModuleType] = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = {"dev": 3, "sealed": 5}


class CorpusError(Exception):
    """A generated conversation breaks one of the corpus rules."""


def build(split: str) -> tuple[list[dict[str, object]], dict[str, list[render.Drawn]]]:
    conversations: list[dict[str, object]] = []
    drawn: dict[str, list[render.Drawn]] = {}
    for lang, module in MODULES.items():
        drawn[lang] = []
        for index, (locale, template) in enumerate(getattr(module, split.upper())):
            for rep in range(REPS[split]):
                rng = random.Random(f"trunked|{lang}|{split}|{index}|{rep}")
                conv_id = f"trunked-{lang}-{split}-{index:03d}-{rep:02d}"
                messages, used = render.render(lang, locale, template, rng, conv_id)
                drawn[lang].extend(used)
                conversations.append(
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
    return conversations, drawn


def check_conversation(conv: dict[str, object]) -> None:
    cid = conv["id"]
    group_seen: dict[str, list[int]] = {}
    for number, message in enumerate(conv["messages"]):  # type: ignore[arg-type]
        text = message["text"]
        spans = [*message["pii"], *message["must_keep"]]
        covered = [False] * len(text)
        for span in spans:
            start, end, value = span["start"], span["end"], span["value"]
            if text[start:end] != value or not value or value != value.strip():
                raise CorpusError(f"{cid}: bad span {span}")
            for i in range(start, end):
                if covered[i]:
                    raise CorpusError(f"{cid}: overlapping spans")
                covered[i] = True
            if "group" in span:
                group_seen.setdefault(span["group"], []).append(number)
            elif span.get("family") == "multi_message":
                raise CorpusError(f"{cid}: multi_message span without group")
        for i, ch in enumerate(text):
            if ch.isdigit() and not covered[i]:
                raise CorpusError(f"{cid}: digit outside any span in message {number}: {text!r}")
    for group, numbers in group_seen.items():
        if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            raise CorpusError(f"{cid}: group {group} is not one part per consecutive message")


def check(
    split: str, conversations: list[dict[str, object]], drawn: dict[str, list[render.Drawn]]
) -> None:
    for conv in conversations:
        check_conversation(conv)
    for lang, used in drawn.items():
        for item in used:
            if not values.is_valid(item.value, item.locale):
                raise CorpusError(f"{lang}/{split}: invalid canonical {item.value.type}")
        types = {item.value.type for item in used}
        families = {item.family for item in used}
        if missing := set(values.TYPES) - types:
            raise CorpusError(f"{lang}/{split}: types missing {sorted(missing)}")
        if missing := set(render.FAMILIES) - families:
            raise CorpusError(f"{lang}/{split}: families missing {sorted(missing)}")
        share = sum(item.family == "multi_message" for item in used) / len(used)
        if share < 0.08:
            raise CorpusError(f"{lang}/{split}: multi_message share {share:.3f} < 0.08")


def check_disjoint() -> None:
    dev = {line for module in MODULES.values() for _, template in module.DEV for line in template}
    sealed = {
        line for module in MODULES.values() for _, template in module.SEALED for line in template
    }
    if shared := dev & sealed:
        raise CorpusError(f"{len(shared)} template messages are in both splits")


def serialise(conversations: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(conv, ensure_ascii=False) + "\n" for conv in conversations).encode(
        "utf-8"
    )


def produce() -> tuple[
    bytes, bytes, dict[str, tuple[list[dict[str, object]], dict[str, list[render.Drawn]]]]
]:
    check_disjoint()
    built = {}
    for split in ("dev", "sealed"):
        conversations, drawn = build(split)
        check(split, conversations, drawn)
        built[split] = (conversations, drawn)
    dev = serialise(built["dev"][0])
    sealed = gzip.compress(serialise(built["sealed"][0]), compresslevel=9, mtime=0)
    return dev, sealed, built


def stats(built: dict[str, tuple[list[dict[str, object]], dict[str, list[render.Drawn]]]]) -> None:
    for split, (conversations, drawn) in built.items():
        total_msgs = 0
        for lang in MODULES:
            convs = [c for c in conversations if c["lang"] == lang]
            msgs = sum(len(c["messages"]) for c in convs)
            total_msgs += msgs
            used = drawn[lang]
            spans = sum(len(m["pii"]) for c in convs for m in c["messages"])
            keeps = sum(len(m["must_keep"]) for c in convs for m in c["messages"])
            multi = sum(d.family == "multi_message" for d in used)
            templates = len(getattr(MODULES[lang], split.upper()))
            print(
                f"{split:6} {lang}: templates={templates} conversations={len(convs)} messages={msgs} "
                f"values={len(used)} pii_spans={spans} must_keep={keeps} multi_share={multi / len(used):.3f}"
            )
        print(f"{split:6} total: conversations={len(conversations)} messages={total_msgs}")
        every = [d for used in drawn.values() for d in used]
        print(
            f"{split:6} types: "
            + ", ".join(f"{k}={v}" for k, v in sorted(Counter(d.value.type for d in every).items()))
        )
        print(
            f"{split:6} families: "
            + ", ".join(f"{k}={v}" for k, v in sorted(Counter(d.family for d in every).items()))
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare with the files"
    )
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args()
    try:
        dev, sealed, built = produce()
    except CorpusError as error:
        print(f"refusing to write: {error}", file=sys.stderr)
        return 1
    if args.stats:
        stats(built)
        return 0
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("up to date" if same else "files differ from a fresh generation")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote dev.jsonl ({len(dev)} bytes) and sealed.jsonl.gz ({len(sealed)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
