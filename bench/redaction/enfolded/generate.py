"""Instantiate the hand-written templates into dev.jsonl and sealed.jsonl.gz.

Run from anywhere as ``python -m bench.redaction.enfolded.generate``; ``--check`` regenerates in
memory and compares byte for byte with the files on disk, writing nothing.
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

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .render import FAMILIES, FORCED, MK_KINDS, TYPES, Value, draw, must_keep, render, split_parts

HERE = Path(__file__).resolve().parent
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
LOCALES = {
    "en": [
        "en-US",
        "en-US",
        "en-GB",
        "en-GB",
        "en-IE",
        "en-CA",
        "en-AU",
        "en-IN",
        "en-NZ",
        "en-ZA",
    ],
    "es": ["es-ES", "es-ES", "es-MX", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-FR", "fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-DE", "de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-BR", "pt-BR", "pt-PT", "pt-PT", "pt-AO"],
}
INSTANCES = 6
DEV_SHARE = 0.30
SLOT = re.compile(r"\{(@?)([a-z]+\d?)(?:\.([a-z]+\d?))?\}")
LOCALE_PIN = re.compile(r"^\[([a-z]{2}-[A-Z]{2})\]\s*")


def rng_for(*parts: str) -> random.Random:
    return random.Random(hashlib.sha256("|".join(parts).encode()).hexdigest())


def parse(template: str) -> tuple[str | None, list[str]]:
    m = LOCALE_PIN.match(template)
    pin = m.group(1) if m else None
    body = template[m.end() :] if m else template
    return pin, [s.strip() for s in body.split("||")]


def base(name: str) -> str:
    return name.rstrip("0123456789")


def instantiate(lang: str, tid: int, template: str, k: int) -> dict:
    rng = rng_for("sc26", lang, str(tid), str(k))
    pin, msgs = parse(template)
    slots = [(m.group(1), m.group(2), m.group(3) or "p") for s in msgs for m in SLOT.finditer(s)]
    locale = pin or rng.choice(LOCALES[lang])
    for at, name, _ in slots:
        forced = FORCED.get(base(name), {}).get(lang)
        if not at and forced and not pin:
            locale = forced
            break
    vals: dict[str, Value] = {}
    parts: dict[str, list[str]] = {}
    for at, name, fam in slots:
        if at or name in vals:
            continue
        code = base(name)
        val = draw(code, locale, rng)
        if fam == "sub":
            for _ in range(30):
                if any(c in "01" for c in val.text):
                    break
                val = draw(code, locale, rng)
        vals[name] = val
    for at, name, fam in slots:
        if not at and fam.startswith("mm") and name not in parts:
            n = max(int(f[2]) for a, nm, f in slots if nm == name and f.startswith("mm"))
            parts[name] = split_parts(vals[name], n, rng)
    out_msgs = []
    for s in msgs:
        text, pii, keep, pos = "", [], [], 0
        for m in SLOT.finditer(s):
            text += s[pos : m.start()]
            at, name, fam = m.group(1), m.group(2), m.group(3) or "p"
            if at:
                seg = must_keep(name, locale, lang, rng)
                keep.append(
                    {
                        "kind": MK_KINDS[name],
                        "start": len(text),
                        "end": len(text) + len(seg),
                        "value": seg,
                    }
                )
                text += seg
            else:
                code = base(name)
                if fam.startswith("mm"):
                    seg, a, b = parts[name][int(fam[2]) - 1], 0, len(parts[name][int(fam[2]) - 1])
                else:
                    seg, a, b = render(code, fam, vals[name], lang, rng)
                item = {
                    "type": TYPES[code],
                    "family": FAMILIES[fam],
                    "start": len(text) + a,
                    "end": len(text) + b,
                }
                item["value"] = seg[a:b]
                if fam.startswith("mm"):
                    item["group"] = f"g{list(parts).index(name) + 1}"
                pii.append(item)
                text += seg
            pos = m.end()
        text += s[pos:]
        out_msgs.append({"text": text, "pii": pii, "must_keep": keep})
    return {"lang": lang, "locale": locale, "messages": out_msgs}


def check_template(lang: str, tid: int, template: str) -> None:
    literal = SLOT.sub("", template)
    if any(c.isdigit() for c in literal):
        raise SystemExit(f"{lang} template {tid}: digit in template text")
    for m in SLOT.finditer(template):
        at, name, fam = m.group(1), m.group(2), m.group(3) or "p"
        ok = name in MK_KINDS if at else (base(name) in TYPES and fam in FAMILIES)
        if not ok:
            raise SystemExit(f"{lang} template {tid}: bad slot {m.group(0)}")
    n = len(parse(template)[1])
    if not 1 <= n <= 4:
        raise SystemExit(f"{lang} template {tid}: {n} messages")


def keys(template: str) -> set[tuple[str, str]]:
    out = set()
    for m in SLOT.finditer(template):
        if not m.group(1):
            out.add(("type", TYPES[base(m.group(2))]))
            out.add(("family", FAMILIES[m.group(3) or "p"]))
    return out


def assign_splits(lang: str, templates: list[str]) -> list[str]:
    """Hash order decides the split, then templates move so each type and family is in both."""
    order = sorted(
        range(len(templates)),
        key=lambda i: hashlib.sha256(f"{lang}:{templates[i]}".encode()).hexdigest(),
    )
    n_dev = round(len(templates) * DEV_SHARE)
    split = ["sealed"] * len(templates)
    for i in order[:n_dev]:
        split[i] = "dev"
    needed = set().union(*(keys(t) for t in templates))
    for _ in range(200):
        moved = False
        for target in ("dev", "sealed"):
            have = set().union(
                *(keys(templates[i]) for i in range(len(templates)) if split[i] == target)
            )
            missing = needed - have
            if not missing:
                continue
            other = "sealed" if target == "dev" else "dev"
            for key in sorted(missing):
                cands = [i for i in order if split[i] == other and key in keys(templates[i])]
                counts = Counter(
                    k
                    for i in range(len(templates))
                    if split[i] == other
                    for k in keys(templates[i])
                )
                cands = [i for i in cands if all(counts[k] > 1 for k in keys(templates[i]))]
                if cands:
                    split[cands[0]] = target
                    moved = True
                    break
        if not moved:
            break
    return split


def self_check(conv: dict) -> None:
    for msg in conv["messages"]:
        text = msg["text"]
        spans = sorted(
            [(p["start"], p["end"]) for p in msg["pii"]]
            + [(k["start"], k["end"]) for k in msg["must_keep"]]
        )
        for item in msg["pii"] + msg["must_keep"]:
            s, e = item["start"], item["end"]
            assert text[s:e] == item["value"], (conv["id"], item)
            assert e > s, (conv["id"], item)
            assert not text[s].isspace(), (conv["id"], item)
            assert not text[e - 1].isspace(), (conv["id"], item)
        for (_, b), (c, _) in itertools.pairwise(spans):
            assert b <= c, (conv["id"], "overlap")
        covered = set()
        for s, e in spans:
            covered.update(range(s, e))
        for i, ch in enumerate(text):
            assert not ch.isdigit() or i in covered, (conv["id"], "uncovered digit")


def build() -> tuple[bytes, bytes, dict]:
    dev, sealed, stats = [], [], {}
    for lang, mod in LANGS.items():
        templates = mod.TEMPLATES
        for tid, t in enumerate(templates):
            check_template(lang, tid, t)
        if len(set(templates)) != len(templates):
            raise SystemExit(f"{lang}: duplicate templates")
        split = assign_splits(lang, templates)
        n = 0
        for tid, t in enumerate(templates):
            for k in range(INSTANCES):
                conv = instantiate(lang, tid, t, k)
                n += 1
                conv = {
                    "id": f"sc26-{lang}-{n:04d}",
                    "lang": lang,
                    "locale": conv["locale"],
                    "split": split[tid],
                    "messages": conv["messages"],
                }
                self_check(conv)
                (dev if split[tid] == "dev" else sealed).append(conv)
        stats[lang] = {"templates": len(templates), "dev_templates": split.count("dev")}
    dev_bytes = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in dev).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in sealed).encode())
    corpus_checks(dev, sealed)
    return dev_bytes, buf.getvalue(), {"stats": stats, "dev": dev, "sealed": sealed}


def corpus_checks(dev: list[dict], sealed: list[dict]) -> None:
    allc = dev + sealed
    msgs = [m for c in allc for m in c["messages"]]
    assert len(msgs) >= 5000, len(msgs)
    empty = sum(1 for m in msgs if not m["pii"]) / len(msgs)
    assert 0.15 <= empty <= 0.20, f"no-PII share {empty:.3f}"
    multi = sum(
        1 for c in allc if any(p.get("group") for m in c["messages"] for p in m["pii"])
    ) / len(allc)
    assert multi >= 0.08, f"multi_message share {multi:.3f}"
    per_lang = Counter(c["lang"] for c in allc for _ in c["messages"])
    assert max(per_lang.values()) <= 1.5 * min(per_lang.values()), per_lang
    for lang in LANGS:
        sets = []
        for part in (dev, sealed):
            sets.append(
                {
                    (p["type"], p["family"])
                    for c in part
                    if c["lang"] == lang
                    for m in c["messages"]
                    for p in m["pii"]
                }
            )
        types = [{t for t, _ in s} for s in sets]
        fams = [{f for _, f in s} for s in sets]
        assert types[0] == types[1], (lang, types[0] ^ types[1])
        assert fams[0] == fams[1], (lang, fams[0] ^ fams[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate and compare; write nothing")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args()
    dev_bytes, sealed_bytes, info = build()
    if args.stats:
        print_stats(info)
    dev_path, sealed_path = HERE / "dev.jsonl", HERE / "sealed.jsonl.gz"
    if args.check:
        same = dev_path.read_bytes() == dev_bytes and sealed_path.read_bytes() == sealed_bytes
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    dev_path.write_bytes(dev_bytes)
    sealed_path.write_bytes(sealed_bytes)
    return 0


def print_stats(info: dict) -> None:
    allc = info["dev"] + info["sealed"]
    print(
        "| lang | templates (dev) | dev conv | sealed conv | messages | no-PII msgs | pii "
        "| must_keep | multi conv |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for lang, st in info["stats"].items():
        cs = [c for c in allc if c["lang"] == lang]
        ms = [m for c in cs for m in c["messages"]]
        print(
            f"| {lang} | {st['templates']} ({st['dev_templates']}) | "
            f"{sum(c['split'] == 'dev' for c in cs)} | "
            f"{sum(c['split'] == 'sealed' for c in cs)} | {len(ms)} | "
            f"{sum(not m['pii'] for m in ms)} | "
            f"{sum(len(m['pii']) for m in ms)} | {sum(len(m['must_keep']) for m in ms)} | "
            f"{sum(any(p.get('group') for m in c['messages'] for p in m['pii']) for c in cs)} |"
        )
    for key in ("type", "family"):
        print(f"\n| {key} | dev | sealed |\n|---|---|---|")
        cnt = {
            s: Counter(p[key] for c in info[s] for m in c["messages"] for p in m["pii"])
            for s in ("dev", "sealed")
        }
        for name in sorted(set(cnt["dev"]) | set(cnt["sealed"])):
            print(f"| {name} | {cnt['dev'][name]} | {cnt['sealed'][name]} |")
    kinds = Counter(k["kind"] for c in allc for m in c["messages"] for k in m["must_keep"])
    print("\n| must_keep kind | count |\n|---|---|")
    for name, n in sorted(kinds.items()):
        print(f"| {name} | {n} |")


if __name__ == "__main__":
    sys.exit(main())
