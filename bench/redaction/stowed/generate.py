"""Instantiate the stowed corpus templates, split them, self-check and write dev/sealed files.

Run from anywhere: ``python -m bench.redaction.stowed.generate``.
``--check`` regenerates and compares byte for byte, writing nothing.
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

from . import keep, render, templates_de, templates_en, templates_es, templates_fr, templates_pt

HERE = Path(__file__).resolve().parent
MODULES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
INSTANCES = 6  # templates without PII get half as many, to keep no-PII messages near 15-20%
DEV_SHARE = 0.30
SLOT = re.compile(r"\{(@?[A-Za-z]+)(?::([a-z0-9]+))?\}")


def parse(block: str) -> list[tuple[list[str] | None, list[str]]]:
    out = []
    for chunk in re.split(r"\n\s*\n", block.strip()):
        lines = [ln.strip() for ln in chunk.strip().splitlines() if ln.strip()]
        locales = None
        if lines[0].startswith("@"):
            locales = lines[0][1:].split()
            lines = lines[1:]
        out.append((locales, [ln.replace("{NL}", "\n") for ln in lines]))
    return out


def fraction(key: str) -> float:
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16) / float(1 << 48)


def instantiate(lang: str, messages: list[str], locale: str, rng: random.Random) -> list[dict]:
    shared: dict[str, tuple[list[str], int]] = {}
    for text in messages:
        for m in SLOT.finditer(text):
            code, fam = m.group(1), m.group(2) or "p"
            if fam.startswith("mm"):
                shared.setdefault(code, ([], 0))
                shared[code] = (shared[code][0], shared[code][1] + 1)
    parts: dict[str, list[str]] = {}
    for code, (_, k) in shared.items():
        plain, groups = render.draw(code, rng, locale, lang)
        parts[code] = render.split_parts(groups, plain, k, rng)
    out = []
    for text in messages:
        buf, pii, must = "", [], []
        pos = 0
        for m in SLOT.finditer(text):
            buf += text[pos : m.start()]
            pos = m.end()
            code, fam = m.group(1), m.group(2) or "p"
            start = len(buf)
            if code.startswith("@"):
                value = keep.draw(code[1:], rng, locale)
                buf += value
                must.append(
                    {"kind": keep.KINDS[code[1:]], "start": start, "end": len(buf), "value": value}
                )
                continue
            if fam.startswith("mm"):
                value = parts[code][int(fam[2]) - 1]
            else:
                for _ in range(60):
                    plain, groups = render.draw(code, rng, locale, lang)
                    if fam != "ls" or re.search("[01]", plain):
                        break
                if fam == "url":
                    plain = re.sub("[@:/%?#]", "x", plain)
                value = render.render(code, fam, plain, groups, rng, lang)
            buf += value
            item = {
                "type": render.TYPES[code],
                "family": render.FAMILIES[fam],
                "start": start,
                "end": len(buf),
                "value": value,
            }
            if fam.startswith("mm"):
                item["group"] = "g1"
            pii.append(item)
        buf += text[pos:]
        out.append({"text": buf, "pii": pii, "must_keep": must})
    return out


def assign_splits(lang: str, templates: list) -> list[str]:
    keys = [set(tpl_keys(msgs)) for _, msgs in templates]
    fr = [fraction("sc19:" + lang + ":" + "\n".join(msgs)) for _, msgs in templates]
    split = ["dev" if f < DEV_SHARE else "sealed" for f in fr]
    order = sorted(range(len(templates)), key=lambda i: fr[i])
    all_keys = set().union(*keys)
    for key in sorted(all_keys):
        for want, other in (("dev", "sealed"), ("sealed", "dev")):
            if any(key in keys[i] and split[i] == want for i in order):
                continue
            for i in order if want == "dev" else reversed(order):
                if key in keys[i] and split[i] == other:
                    rest = [j for j in order if j != i and key in keys[j] and split[j] == other]
                    if rest:
                        split[i] = want
                        break
    return split


def tpl_keys(msgs: list[str]) -> list[str]:
    out = []
    for text in msgs:
        for m in SLOT.finditer(text):
            if not m.group(1).startswith("@"):
                out.append("type:" + render.TYPES[m.group(1)])
                out.append("family:" + render.FAMILIES[m.group(2) or "p"])
    return out


def build() -> tuple[list[dict], list[str]]:
    convs, problems = [], []
    for lang, mod in MODULES.items():
        templates = parse(mod.TEMPLATES)
        for _, msgs in templates:
            for text in msgs:
                if re.search(r"\d", SLOT.sub("", text)):
                    problems.append(f"digit in {lang} template text: {len(text)} chars")
        splits = assign_splits(lang, templates)
        n = 0
        for t_index, ((locales, msgs), split) in enumerate(zip(templates, splits, strict=False)):
            has_pii = any(not m.group(1).startswith("@") for t in msgs for m in SLOT.finditer(t))
            for k in range(INSTANCES if has_pii else INSTANCES // 2):
                rng = random.Random(f"sc19|{lang}|{t_index}|{k}")
                locale = rng.choice(locales or mod.LOCALES)
                n += 1
                convs.append(
                    {
                        "id": f"sc19-{lang}-{n:04d}",
                        "lang": lang,
                        "locale": locale,
                        "split": split,
                        "messages": instantiate(lang, msgs, locale, rng),
                    }
                )
    return convs, problems


def self_check(convs: list[dict]) -> list[str]:
    problems = []
    for conv in convs:
        for msg in conv["messages"]:
            text, covered = msg["text"], set()
            spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
            for a, b in itertools.pairwise(spans):
                if a["end"] > b["start"]:
                    problems.append(conv["id"] + ": overlapping spans")
            for s in spans:
                val = text[s["start"] : s["end"]]
                if val != s["value"] or not val or val != val.strip():
                    problems.append(conv["id"] + ": bad span")
                covered.update(range(s["start"], s["end"]))
            for i, ch in enumerate(text):
                if ch.isdigit() and i not in covered:
                    problems.append(conv["id"] + ": uncovered digit")
    for lang in MODULES:
        have: dict[str, set[str]] = {"dev": set(), "sealed": set()}
        for conv in convs:
            if conv["lang"] == lang:
                for msg in conv["messages"]:
                    for p in msg["pii"]:
                        have[conv["split"]].update({"type:" + p["type"], "family:" + p["family"]})
        for key in sorted(have["dev"] ^ have["sealed"]):
            problems.append(f"{lang}: {key} only in one split")
    return problems


def dump(convs: list[dict], split: str) -> bytes:
    lines = [
        json.dumps(c, ensure_ascii=False, sort_keys=False) for c in convs if c["split"] == split
    ]
    return ("\n".join(lines) + "\n").encode()


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as fh:
        fh.write(data)
    return buf.getvalue()


def stats(convs: list[dict]) -> str:
    rows = [
        "| lang | templates | dev conv | sealed conv | messages | no-PII msgs | pii | must_keep"
        " | multi_message conv |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    fam, typ = Counter(), Counter()
    for lang, mod in MODULES.items():
        cs = [c for c in convs if c["lang"] == lang]
        msgs = [m for c in cs for m in c["messages"]]
        mm = sum(
            any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"]) for c in cs
        )
        rows.append(
            "| {} | {} | {} | {} | {} | {} ({:.1f}%) | {} | {} | {} ({:.1f}%) |".format(
                lang,
                len(parse(mod.TEMPLATES)),
                sum(c["split"] == "dev" for c in cs),
                sum(c["split"] == "sealed" for c in cs),
                len(msgs),
                sum(not m["pii"] for m in msgs),
                100 * sum(not m["pii"] for m in msgs) / len(msgs),
                sum(len(m["pii"]) for m in msgs),
                sum(len(m["must_keep"]) for m in msgs),
                mm,
                100 * mm / len(cs),
            )
        )
        for m in msgs:
            for p in m["pii"]:
                fam[(p["family"], lang)] += 1
                typ[(p["type"], lang)] += 1
    out = "\n".join(rows) + "\n\n| family | en | es | fr | de | pt |\n|---|---|---|---|---|---|\n"
    for f in sorted({f for f, _ in fam}):
        out += "| {} | {} |\n".format(f, " | ".join(str(fam[(f, lang)]) for lang in MODULES))
    out += "\n| type | en | es | fr | de | pt |\n|---|---|---|---|---|---|\n"
    for t in sorted({t for t, _ in typ}):
        out += "| {} | {} |\n".format(t, " | ".join(str(typ[(t, lang)]) for lang in MODULES))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="regenerate and compare byte for byte")
    parser.add_argument("--stats", action="store_true", help="print count tables")
    args = parser.parse_args()
    convs, problems = build()
    problems += self_check(convs)
    for p in sorted(set(problems)):
        print("PROBLEM", p, file=sys.stderr)
    dev, sealed = dump(convs, "dev"), gz(dump(convs, "sealed"))
    if args.stats:
        print(stats(convs))
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check:", "identical" if same else "DIFFERENT")
        return 0 if same and not problems else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
