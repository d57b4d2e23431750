"""Instantiate the hand-written templates, split, self-check, write dev.jsonl and sealed.jsonl.gz.

Run from the repository root: ``python -m bench.redaction.latched.generate``. ``--check``
regenerates in memory and compares byte for byte with the files on disk, writing nothing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .render import FAMILY, KEEP_SLOTS, PII_SLOTS, SLOT, Conversation, fill
from .values import check_value, is_valid_phone_anywhere

HERE = Path(__file__).resolve().parent
PREFIX = "sc17"
INSTANCES = 6
INSTANCES_NO_PII = 2
DEV_SHARE = 0.30

LOCALES = {
    "en": {
        "en-US": 5,
        "en-GB": 4,
        "en-IE": 1,
        "en-CA": 1,
        "en-AU": 1,
        "en-IN": 1,
        "en-NZ": 1,
        "en-ZA": 1,
    },
    "es": {"es-ES": 4, "es-MX": 4, "es-AR": 2, "es-CO": 2, "es-CL": 1, "es-US": 1},
    "fr": {"fr-FR": 5, "fr-BE": 2, "fr-CA": 2, "fr-CH": 1},
    "de": {"de-DE": 5, "de-AT": 2, "de-CH": 2},
    "pt": {"pt-BR": 5, "pt-PT": 3, "pt-AO": 1},
}
MODULES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}


def unit(*parts: str) -> float:
    digest = hashlib.sha256("|".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def template_keys(msgs: tuple[str, ...]) -> set[tuple[str, str]]:
    keys = set()
    for msg in msgs:
        for m in SLOT.finditer(msg):
            base = m.group(1).removesuffix("_b").removesuffix("_c")
            if base in PII_SLOTS:
                keys.add(("type", PII_SLOTS[base]))
                keys.add(("family", FAMILY[m.group(2) or ""]))
    return keys


def instances(template: tuple[str, ...]) -> int:
    """Six instances of a template, fewer when most of its messages carry no PII, so that chit-chat
    stays near a sixth of all messages."""
    msgs = template[1:]
    with_pii = sum(1 for m in msgs if template_keys((m,)))
    if with_pii == 0:
        return INSTANCES_NO_PII
    return max(3, INSTANCES - (len(msgs) - with_pii))


def split_templates(lang: str, templates: list[tuple[str, ...]]) -> list[str]:
    """~30% dev by a string hash of (language, index); then move the fewest templates so that every
    type and family of the language is in both splits."""
    order = sorted(range(len(templates)), key=lambda i: unit(PREFIX, lang, str(i)))
    n_dev = round(len(templates) * DEV_SHARE)
    split = ["sealed"] * len(templates)
    for i in order[:n_dev]:
        split[i] = "dev"
    keys = [template_keys(t[1:]) for t in templates]
    for _ in range(200):
        have = {
            s: set().union(*(keys[i] for i in range(len(templates)) if split[i] == s))
            for s in ("dev", "sealed")
        }
        missing = [
            (s, k)
            for s in ("dev", "sealed")
            for k in sorted(have["dev"] | have["sealed"])
            if k not in have[s]
        ]
        if not missing:
            return split
        target, key = missing[0]
        source = "sealed" if target == "dev" else "dev"
        counts = Counter(k for i in range(len(templates)) if split[i] == source for k in keys[i])
        movable = [
            i
            for i in order
            if split[i] == source and key in keys[i] and all(counts[k] > 1 for k in keys[i])
        ]
        if not movable:
            raise SystemExit(f"{lang}: cannot place {key} in both splits (needs two templates)")
        split[movable[0]] = target
    raise SystemExit(f"{lang}: split repair did not converge")


def build() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    conversations: list[dict[str, Any]] = []
    info: dict[str, Any] = {"templates": {}}
    for lang, module in MODULES.items():
        templates = module.TEMPLATES
        check_templates(lang, templates)
        info["templates"][lang] = (len(templates), Counter(split_templates(lang, templates)))
        split = split_templates(lang, templates)
        locales = LOCALES[lang]
        per_lang: list[dict[str, Any]] = []
        for t_index, template in enumerate(templates):
            regions = template[0].split()
            allowed = [loc for loc in locales if not regions or loc.split("-")[1] in regions]
            if not allowed:
                raise SystemExit(f"{lang} template {t_index}: no locale for {template[0]!r}")
            for k in range(instances(template)):
                rng = random.Random(f"{PREFIX}|{lang}|{t_index}|{k}")
                locale = rng.choices(allowed, weights=[locales[loc] for loc in allowed])[0]
                conv = Conversation(rng, lang, locale)
                messages = fill(conv, list(template[1:]))
                per_lang.append(
                    {
                        "lang": lang,
                        "locale": locale,
                        "split": split[t_index],
                        "messages": messages,
                        "_t": t_index,
                    }
                )
        random.Random(f"{PREFIX}|order|{lang}").shuffle(per_lang)
        for n, conv_ in enumerate(per_lang, 1):
            conv_["id"] = f"{PREFIX}-{lang}-{n:04d}"
        conversations.extend(per_lang)
    return conversations, info


def check_templates(lang: str, templates: list[tuple[str, ...]]) -> None:
    for i, t in enumerate(templates):
        if not 2 <= len(t) <= 5:
            raise SystemExit(f"{lang} template {i}: 1 to 4 messages")
        for msg in t[1:]:
            if re.search(r"\d", msg):
                raise SystemExit(f"{lang} template {i}: digit in template text: {msg!r}")
            for m in SLOT.finditer(msg):
                base = m.group(1).removesuffix("_b").removesuffix("_c")
                if base not in PII_SLOTS and base not in KEEP_SLOTS:
                    raise SystemExit(f"{lang} template {i}: unknown slot {m.group(0)}")
                if (m.group(2) or "") not in FAMILY:
                    raise SystemExit(f"{lang} template {i}: unknown variant {m.group(0)}")
            if re.search(r"\{[^}]*\}", SLOT.sub("", msg)):
                raise SystemExit(f"{lang} template {i}: malformed slot in {msg!r}")


def self_check(conversations: list[dict[str, Any]]) -> dict[str, Any]:
    ids = [c["id"] for c in conversations]
    assert len(ids) == len(set(ids)), "duplicate ids"
    stats: dict[str, Any] = {}
    for c in conversations:
        groups: Counter[str] = Counter()
        for msg in c["messages"]:
            text = msg["text"]
            spans = []
            for item in msg["pii"] + msg["must_keep"]:
                s, e = item["start"], item["end"]
                assert text[s:e] == item["value"], (c["id"], item)
                assert e > s, (c["id"], item)
                assert not text[s].isspace(), (c["id"], item)
                assert not text[e - 1].isspace(), (c["id"], item)
                spans.append((s, e))
                if (
                    item.get("family")
                    in ("plain", "spaced_or_dashed", "iban_broken", "context_only")
                    and item["type"] != "PHONE"
                ):
                    assert check_value(item["type"], item["value"]), (c["id"], item["type"])
                if (
                    item.get("family") == "plain"
                    and item["type"] == "PHONE"
                    and item["value"].startswith("+")
                ):
                    assert check_value("PHONE", item["value"]), (c["id"], item["value"])
                if "group" in item:
                    groups[item["group"]] += 1
            spans.sort()
            for (_, e1), (s2, _) in itertools.pairwise(spans):
                assert e1 <= s2, (c["id"], "overlap")
            covered = set()
            for s, e in spans:
                covered.update(range(s, e))
            for i, ch in enumerate(text):
                if ch.isdigit():
                    assert i in covered, (c["id"], text, "uncovered digit")
        for g, n in groups.items():
            assert 2 <= n <= 3, (c["id"], g, n)
            parts = [p for m in c["messages"] for p in m["pii"] if p.get("group") == g]
            joined = "".join(p["value"] for p in parts)
            assert len({p["type"] for p in parts}) == 1, (c["id"], g)
            if parts[0]["type"] == "PHONE":
                digits = "".join(ch for ch in joined if ch.isdigit())
                assert is_valid_phone_anywhere(digits), (c["id"], g)
            else:
                assert check_value(parts[0]["type"], joined), (c["id"], g, parts[0]["type"])
    return stats


def counts(conversations: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"lang": {}, "type": Counter(), "family": Counter(), "keep": Counter()}
    for c in conversations:
        lang = out["lang"].setdefault(c["lang"], Counter())
        lang[c["split"] + "_conversations"] += 1
        if any("group" in p for m in c["messages"] for p in m["pii"]):
            lang["multi_conversations"] += 1
        for m in c["messages"]:
            lang["messages"] += 1
            lang["pii"] += len(m["pii"])
            lang["must_keep"] += len(m["must_keep"])
            if not m["pii"]:
                lang["no_pii_messages"] += 1
            for p in m["pii"]:
                out["type"][(c["lang"], c["split"], p["type"])] += 1
                out["family"][(c["lang"], c["split"], p["family"])] += 1
            for k in m["must_keep"]:
                out["keep"][k["kind"]] += 1
    return out


def check_targets(conversations: list[dict[str, Any]]) -> list[str]:
    c = counts(conversations)
    problems = []
    total = sum(v["messages"] for v in c["lang"].values())
    if total < 5000:
        problems.append(f"only {total} messages")
    msgs = [v["messages"] for v in c["lang"].values()]
    if max(msgs) > 1.5 * min(msgs):
        problems.append(f"languages unbalanced: {msgs}")
    no_pii = sum(v["no_pii_messages"] for v in c["lang"].values()) / total
    if not 0.15 <= no_pii <= 0.20:
        problems.append(f"no-PII share {no_pii:.3f}")
    multi = sum(v["multi_conversations"] for v in c["lang"].values()) / len(conversations)
    if multi < 0.08:
        problems.append(f"multi_message conversations {multi:.3f}")
    for lang in MODULES:
        for kind in ("type", "family"):
            names = {k[2] for k in c[kind] if k[0] == lang}
            for name in names:
                for split in ("dev", "sealed"):
                    if not c[kind][(lang, split, name)]:
                        problems.append(f"{lang} {kind} {name} missing from {split}")
    return problems


COLUMNS = [
    "dev_conversations",
    "sealed_conversations",
    "messages",
    "no_pii_messages",
    "pii",
    "must_keep",
    "multi_conversations",
]


def row(cells: list[Any]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def markdown_tables(conversations: list[dict[str, Any]], info: dict[str, Any]) -> str:
    """The count tables of the README, so that they can be regenerated rather than retyped."""
    c = counts(conversations)
    langs = list(MODULES)
    rows = [
        "| lang | templates (dev/sealed) | conversations dev | conversations sealed | messages "
        "| no-PII messages | pii | must_keep | multi_message conversations |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    total: Counter[str] = Counter()
    for lang in langs:
        v = c["lang"][lang]
        n, split = info["templates"][lang]
        total.update(v)
        total["templates"] += n
        rows.append(
            row([lang, f"{n} ({split['dev']}/{split['sealed']})", *(v[k] for k in COLUMNS)])
        )
    rows.append(row(["all", total["templates"], *(total[k] for k in COLUMNS)]))
    for kind in ("family", "type"):
        names = sorted({k[2] for k in c[kind]})
        rows += ["", f"| {kind} | " + " | ".join(f"{lang} dev/sealed" for lang in langs) + " |"]
        rows.append("|---" * (len(langs) + 1) + "|")
        for name in names:
            cells = [
                f"{c[kind][(lang, 'dev', name)]}/{c[kind][(lang, 'sealed', name)]}"
                for lang in langs
            ]
            rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows += ["", "| must_keep kind | count |", "|---|---|"]
    rows += [f"| {k} | {n} |" for k, n in sorted(c["keep"].items())]
    return "\n".join(rows)


def serialise(conversations: list[dict[str, Any]]) -> tuple[bytes, bytes]:
    def line(c: dict[str, Any]) -> str:
        row = {
            "id": c["id"],
            "lang": c["lang"],
            "locale": c["locale"],
            "split": c["split"],
            "messages": c["messages"],
        }
        return json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n"

    key = lambda c: c["id"]  # noqa: E731
    dev = "".join(
        line(c) for c in sorted((c for c in conversations if c["split"] == "dev"), key=key)
    ).encode()
    sealed_raw = "".join(
        line(c) for c in sorted((c for c in conversations if c["split"] == "sealed"), key=key)
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(sealed_raw)
    return dev, buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="regenerate and compare with the files on disk"
    )
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    conversations, info = build()
    self_check(conversations)
    problems = check_targets(conversations)
    for p in problems:
        print("target:", p, file=sys.stderr)
    dev, sealed = serialise(conversations)
    if args.stats:
        print(markdown_tables(conversations, info))
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check:", "identical" if ok else "DIFFERENT")
        return 0 if ok and not problems else 1
    if problems:
        return 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(conversations)} conversations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
