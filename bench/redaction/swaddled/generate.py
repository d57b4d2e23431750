"""Instantiate the swaddled corpus, split it by template, self-check it, write the two files.

Outputs dev.jsonl and sealed.jsonl.gz. Run from the repository root:
``python -m bench.redaction.swaddled.generate`` (``--check`` compares with the files
on disk and writes nothing; ``--stats`` prints the count tables used in the README).
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
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from . import mustkeep as MK
from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).resolve().parent
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
LOCALES = {
    "en": ["en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"],
    "es": ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT", "pt-AO"],
}
# Chit-chat-heavy templates get fewer instances so that about one message in six carries no PII.
INSTANCES_NO_PII = 2
INSTANCES_WITH_CHATTER = 3
INSTANCES_ALL_PII = 5
DEV_SHARE = 0.30
SLOT = re.compile(r"\{(?:([A-Z]+)(?:#([a-z]))?:([a-z]+)|=([a-z]+)(?:#([a-z]))?)\}")
Template = list[str]


def seeded(*parts: object) -> random.Random:
    return random.Random("|".join(str(p) for p in parts))


def parse(template: Template) -> tuple[list[str] | None, list[str]]:
    if template and template[0].startswith("@"):
        return template[0][1:].split(","), template[1:]
    return None, template


def features(template: Template) -> set[str]:
    _, msgs = parse(template)
    out = set()
    for m in msgs:
        for t, _k, fam, _mk, _mkk in SLOT.findall(m):
            if t:
                out.add("type:" + R.ABBREV[t])
                out.add("family:" + R.FAMILIES[fam])
    return out


def choose_locale(lang: str, template: Template, rng: random.Random) -> str:
    fixed, msgs = parse(template)
    if fixed:
        return rng.choice(fixed)
    countries = {
        R.TYPE_COUNTRY[t] for m in msgs for t, *_ in SLOT.findall(m) if t in R.TYPE_COUNTRY
    }
    pool = [loc for loc in LOCALES[lang] if V.country(loc) in countries] or LOCALES[lang]
    return rng.choice(pool)


def draw_value(kind: str, fams: set[str], rng: random.Random, locale: str, lang: str) -> R.Value:
    for _ in range(200):
        val = R.draw(kind, rng, locale, lang)
        text = val.compact + "".join(val.groups)
        if "ls" in fams and not any(ch in text for ch in "01"):
            continue
        if "sp" in fams and not all(g.isdigit() for g in val.groups):
            raise ValueError(f"spelled_out needs digit groups: {kind}")
        return val
    raise RuntimeError("no value for " + kind)


def instantiate(lang: str, tid: str, template: Template, k: int) -> dict[str, Any]:
    rng = seeded("sc25", lang, tid, k)
    locale = choose_locale(lang, template, rng)
    _, msgs = parse(template)
    slots: dict[str, set[str]] = defaultdict(set)
    mm_count: Counter[str] = Counter()
    for m in msgs:
        for t, key, fam, _mk, _mkk in SLOT.findall(m):
            if t:
                slots[t + key].add(fam)
                if fam == "mm":
                    mm_count[t + key] += 1
    vals = {
        key: draw_value(re.sub("[a-z]", "", key), fams, rng, locale, lang)
        for key, fams in sorted(slots.items())
    }
    parts = {key: R.split_parts(vals[key], n, rng) for key, n in mm_count.items()}
    groups = {key: f"g{i + 1}" for i, key in enumerate(sorted(mm_count))}
    keeps: dict[str, str] = {}
    used: Counter[str] = Counter()
    out = []
    for m in msgs:
        text, pii, keep, pos = "", [], [], 0
        for match in SLOT.finditer(m):
            text += m[pos : match.start()]
            pos = match.end()
            t, key, fam, mk, mkk = match.groups()
            if t:
                slot = t + (key or "")
                if fam == "mm":
                    piece = parts[slot][used[slot]]
                    used[slot] += 1
                else:
                    piece = R.render(vals[slot], fam, rng, lang, locale)
                start = len(text)
                text += piece
                item = {
                    "type": R.ABBREV[t],
                    "family": R.FAMILIES[fam],
                    "start": start,
                    "end": len(text),
                    "value": piece,
                }
                if fam == "mm":
                    item["group"] = groups[slot]
                pii.append(item)
            else:
                kind = MK.ALIASES[mk]
                ref = mk + (mkk or "")
                if ref not in keeps:
                    keeps[ref] = MK.generate(kind, rng, locale)
                start = len(text)
                text += keeps[ref]
                keep.append({"kind": kind, "start": start, "end": len(text), "value": keeps[ref]})
        text += m[pos:]
        out.append({"text": text, "pii": pii, "must_keep": keep})
    return {"lang": lang, "locale": locale, "messages": out, "_tid": tid, "_values": vals}


def assign_splits(lang: str, templates: list[Template]) -> dict[int, str]:
    """Split by template: each type and family gets a dev and a sealed template, rest by hash."""
    order = sorted(
        range(len(templates)), key=lambda i: hashlib.sha256(f"sc25|{lang}|{i}".encode()).hexdigest()
    )
    feats = {i: features(templates[i]) for i in order}
    counts = Counter(f for fs in feats.values() for f in fs)
    split: dict[int, str] = {}
    for feat in sorted(counts, key=lambda f: (counts[f], f)):
        holders = [i for i in order if feat in feats[i]]
        for want in ("dev", "sealed"):
            if not any(split.get(i) == want for i in holders):
                free = [i for i in holders if i not in split]
                if free:
                    split[free[0]] = want
    target = round(DEV_SHARE * len(templates))
    for i in order:
        if i not in split:
            split[i] = "dev" if sum(1 for s in split.values() if s == "dev") < target else "sealed"
    return split


def build() -> list[dict[str, Any]]:
    convs = []
    for lang, mod in LANGS.items():
        templates = mod.TEMPLATES
        split = assign_splits(lang, templates)
        n = 0
        for i, template in enumerate(templates):
            _, msgs = parse(template)
            has_pii = [bool(re.search(r"\{[A-Z]", m)) for m in msgs]
            n = (
                INSTANCES_ALL_PII
                if all(has_pii)
                else INSTANCES_WITH_CHATTER
                if any(has_pii)
                else INSTANCES_NO_PII
            )
            for k in range(n):
                conv = instantiate(lang, f"{lang}-{i:03d}", template, k)
                n += 1
                conv = {"id": f"sc25-{lang}-{n:04d}", "split": split[i], **conv}
                convs.append(conv)
    return convs


def public(conv: dict[str, Any]) -> dict[str, Any]:
    return {k: conv[k] for k in ("id", "lang", "locale", "split", "messages")}


def check(convs: list[dict[str, Any]]) -> list[str]:
    errors: list[str] = []
    for lang, mod in LANGS.items():
        if len(mod.TEMPLATES) < 150:
            errors.append(f"{lang}: only {len(mod.TEMPLATES)} templates")
        for i, t in enumerate(mod.TEMPLATES):
            _, msgs = parse(t)
            if not 1 <= len(msgs) <= 4:
                errors.append(f"{lang}-{i}: {len(msgs)} messages")
            for m in msgs:
                if re.search(r"\d", SLOT.sub("", m)):
                    errors.append(f"{lang}-{i}: digit in template text")
                if re.search(r"\{[^}]*\}", SLOT.sub("", m)):
                    errors.append(f"{lang}-{i}: malformed slot")
    for conv in convs:
        cid = conv["id"]
        for key, val in conv["_values"].items():
            if not R.valid(val):
                errors.append(f"{cid}: invalid {key}")
        groups: dict[str, int] = Counter()
        for m in conv["messages"]:
            text = m["text"]
            spans = []
            for item in m["pii"] + m["must_keep"]:
                s, e = item["start"], item["end"]
                if text[s:e] != item["value"] or not item["value"]:
                    errors.append(f"{cid}: value mismatch")
                if item["value"] != item["value"].strip():
                    errors.append(f"{cid}: whitespace at span edge")
                spans.append((s, e))
                if "group" in item:
                    groups[item["group"]] += 1
            for item in m["must_keep"]:
                if V.id_like(item["value"]):
                    errors.append(f"{cid}: must_keep looks like an identifier")
            spans.sort()
            for (_a, b), (c, _d) in itertools.pairwise(spans):
                if c < b:
                    errors.append(f"{cid}: overlapping spans")
            covered = set()
            for a, b in spans:
                covered.update(range(a, b))
            for i, ch in enumerate(text):
                if ch.isdigit() and i not in covered:
                    errors.append(f"{cid}: uncovered digit in {text!r}")
                    break
        if any(n < 2 for n in groups.values()):
            errors.append(f"{cid}: multi_message group with one part")
    msgs_by_lang = Counter(c["lang"] for c in convs for _ in c["messages"])
    total = sum(msgs_by_lang.values())
    if total < 5000:
        errors.append(f"only {total} messages")
    if max(msgs_by_lang.values()) > 1.5 * min(msgs_by_lang.values()):
        errors.append(f"languages unbalanced {dict(msgs_by_lang)}")
    no_pii = sum(1 for c in convs for m in c["messages"] if not m["pii"]) / total
    if not 0.15 <= no_pii <= 0.20:
        errors.append(f"no-PII share {no_pii:.3f}")
    mm = sum(
        1
        for c in convs
        if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
    ) / len(convs)
    if mm < 0.08:
        errors.append(f"multi_message share {mm:.3f}")
    for lang in LANGS:
        feats: dict[str, set[str]] = defaultdict(set)
        for c in convs:
            if c["lang"] == lang:
                for m in c["messages"]:
                    for p in m["pii"]:
                        feats[c["split"]].update({"type:" + p["type"], "family:" + p["family"]})
        for f in sorted(feats["dev"] ^ feats["sealed"]):
            errors.append(f"{lang}: {f} only in one split")
    return errors


def serialise(convs: list[dict[str, Any]]) -> tuple[bytes, bytes]:
    dev = "".join(
        json.dumps(public(c), ensure_ascii=False) + "\n" for c in convs if c["split"] == "dev"
    ).encode()
    sealed = "".join(
        json.dumps(public(c), ensure_ascii=False) + "\n" for c in convs if c["split"] == "sealed"
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(sealed)
    return dev, buf.getvalue()


def stats(convs: list[dict[str, Any]]) -> str:
    lines = [
        "| lang | templates | dev conv | sealed conv | messages | no-PII msgs | pii | must_keep |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang, mod in LANGS.items():
        cs = [c for c in convs if c["lang"] == lang]
        msgs = [m for c in cs for m in c["messages"]]
        lines.append(
            f"| {lang} | {len(mod.TEMPLATES)} | {sum(c['split'] == 'dev' for c in cs)} | "
            f"{sum(c['split'] == 'sealed' for c in cs)} | {len(msgs)} | "
            f"{sum(not m['pii'] for m in msgs)} | "
            f"{sum(len(m['pii']) for m in msgs)} | {sum(len(m['must_keep']) for m in msgs)} |"
        )
    for title, key in (("family", "family"), ("type", "type")):
        lines += ["", f"| {title} | dev | sealed |", "|---|---|---|"]
        cnt: Counter[tuple[str, str]] = Counter(
            (p[key], c["split"]) for c in convs for m in c["messages"] for p in m["pii"]
        )
        for name in sorted({n for n, _ in cnt}):
            lines.append(f"| {name} | {cnt[(name, 'dev')]} | {cnt[(name, 'sealed')]} |")
    kinds = Counter(k["kind"] for c in convs for m in c["messages"] for k in m["must_keep"])
    lines += ["", "| must_keep kind | count |", "|---|---|"] + [
        f"| {k} | {n} |" for k, n in sorted(kinds.items())
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--check", action="store_true", help="regenerate and compare byte for byte; write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print count tables")
    args = ap.parse_args(argv)
    convs = build()
    errors = check(convs)
    for e in errors[:50]:
        print("SELF-CHECK:", e, file=sys.stderr)
    if args.stats:
        print(stats(convs))
    if errors:
        print(f"{len(errors)} self-check errors", file=sys.stderr)
        return 1
    if args.stats:
        return 0
    dev, sealed = serialise(convs)
    dev_path, sealed_path = HERE / "dev.jsonl", HERE / "sealed.jsonl.gz"
    if args.check:
        same = (
            dev_path.exists()
            and sealed_path.exists()
            and dev_path.read_bytes() == dev
            and sealed_path.read_bytes() == sealed
        )
        print("up to date" if same else "OUT OF DATE", file=sys.stderr)
        return 0 if same else 1
    dev_path.write_bytes(dev)
    sealed_path.write_bytes(sealed)
    print(f"wrote {len(convs)} conversations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
