"""Build dev.jsonl and sealed.jsonl.gz from the hand-written templates.

    python -m bench.redaction.boxed.generate           # rewrite both files
    python -m bench.redaction.boxed.generate --check   # compare with the files on disk
    python -m bench.redaction.boxed.generate --stats   # counts per language/type/family/kind

Deterministic: every random draw comes from random.Random seeded with a string, which does not
depend on PYTHONHASHSEED. Everything is validated before a byte is written.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V
from .keep import draw_keep

HERE = Path(__file__).resolve().parent
SEED = "corpus47-boxed-v1"
LANGS = [templates_en, templates_es, templates_fr, templates_de, templates_pt]
INSTANCES = 13  # instances per template
MM_INSTANCES = (
    23  # templates with a multi-message value get more, so >= 8% of conversations have one
)
CHAT_INSTANCES = 10  # templates with a message without PII get fewer, to keep those at 15-20%


class CorpusError(Exception):
    pass


def _slots(tpl):
    return [m.group(1) for msg in tpl for m in R.SLOT.finditer(msg)]


def _plan(tpl, L, rng, country, need_types, need_fams):
    """Choose a type and a family for every value slot of a conversation."""
    plan = {}
    mm_k = 1 + sum(1 for s in _slots(tpl) if s in ("mm2", "mm3"))
    for s in _slots(tpl):
        if s.startswith("#") or s in ("mm2", "mm3") or s.endswith(".w"):
            continue
        name, _, fam = s.partition(":")
        if name in ("ID", "ID2", "MM"):
            pool = R.MM_TYPES if fam == "mm1" else sorted(R.DRAWABLE)
            wanted = [a for a in pool if a in need_types and all(a != p[0] for p in plan.values())]
            if not wanted and not fam:  # then a type that can show a family still missing
                wanted = [a for a in pool if set(R.DRAWABLE[a]) & need_fams]
            alias = wanted[0] if wanted else rng.choice(pool)
        else:
            alias = name
        if alias not in R.ALIASES:
            raise CorpusError(f"unknown slot {s!r}")
        if fam == "mm1":
            fam = "mm"
        elif not fam:
            choices = R.DRAWABLE[alias]
            wanted = [f for f in choices if f in need_fams]
            fam = wanted[0] if wanted else rng.choice(choices)
        plan[name if name in ("ID", "ID2", "MM") else s] = (alias, fam)
        need_types.discard(alias)
        need_fams.discard(fam)
    return plan, mm_k


def _value(alias, fam, rng, country):
    for _ in range(200):
        v = V.draw(R.ALIASES[alias], rng, country)
        if fam == "pe" and alias == "EMAIL" and rng.random() < 0.5:
            v = V.email(rng, plus=True)
        if fam == "ls" and not re.search(r"[01]", v):
            continue
        return v
    raise CorpusError(f"no value for {alias}/{fam}")


def _instance(tpl, L, rng, locale, need_types, need_fams):
    country = V.LOCALE_COUNTRY[locale]
    plan, mm_k = _plan(tpl, L, rng, country, need_types, need_fams)
    vals = {k: _value(a, f, rng, country) for k, (a, f) in plan.items()}
    mm_key = next((k for k, (a, f) in plan.items() if f == "mm"), None)
    mm_parts = R.mm_parts(plan[mm_key][0], vals[mm_key], mm_k, rng, country) if mm_key else []
    msgs = []
    for msg in tpl:
        text, pii, keep, pos = "", [], [], 0
        for m in R.SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            s = m.group(1)
            if s.endswith(".w"):
                alias = plan[s[:-2]][0]
                text += rng.choice(L.LEX[alias])
                continue
            if s.startswith("#"):
                kind = s[1:]
                v = draw_keep(kind, rng, country)
                keep.append(
                    {"kind": kind, "start": len(text), "end": len(text) + len(v), "value": v}
                )
                text += v
                continue
            if s in ("mm2", "mm3") or (mm_key and (s == mm_key or s.partition(":")[0] == mm_key)):
                idx = 0 if s not in ("mm2", "mm3") else int(s[2]) - 1
                alias = plan[mm_key][0]
                v = mm_parts[idx]
                pii.append(
                    {
                        "type": R.ALIASES[alias],
                        "family": "multi_message",
                        "start": len(text),
                        "end": len(text) + len(v),
                        "value": v,
                        "group": "g1",
                    }
                )
                text += v
                continue
            key = s.partition(":")[0] if s.partition(":")[0] in ("ID", "ID2", "MM") else s
            alias, fam = plan[key]
            v = R.render(alias, fam, vals[key], rng, country, L)
            if not R.matches(alias, vals[key], R.decode(alias, fam, v, L)):
                raise CorpusError(f"{alias}/{fam}: {v!r} does not decode to {vals[key]!r}")
            if not V.check_value(R.ALIASES[alias], vals[key]):
                raise CorpusError(f"{alias}: {vals[key]!r} fails its check")
            pii.append(
                {
                    "type": R.ALIASES[alias],
                    "family": R.FAMILIES[fam],
                    "start": len(text),
                    "end": len(text) + len(v),
                    "value": v,
                }
            )
            text += v
        text += msg[pos:]
        msgs.append({"text": text, "pii": pii, "must_keep": keep})
    if mm_key:
        alias = plan[mm_key][0]
        joined = "".join(p["value"] for mm in msgs for p in mm["pii"] if p.get("group") == "g1")
        if not R.matches(alias, vals[mm_key], R.decode(alias, "sd", joined, L)):
            raise CorpusError(f"multi-message {alias} parts do not rebuild {vals[mm_key]!r}")
    return msgs


def _validate(conv):
    for m in conv["messages"]:
        t = m["text"]
        spans = sorted((s["start"], s["end"]) for s in m["pii"] + m["must_keep"])
        for s in m["pii"] + m["must_keep"]:
            if t[s["start"] : s["end"]] != s["value"] or not s["value"]:
                raise CorpusError(f"{conv['id']}: offsets of {s['value']!r}")
            if s["value"] != s["value"].strip():
                raise CorpusError(f"{conv['id']}: span with outer whitespace {s['value']!r}")
        for (a, b), (c, _) in zip(spans, spans[1:]):
            if c < b:
                raise CorpusError(f"{conv['id']}: overlapping spans")
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(t):
            if ch.isdigit() and i not in covered:
                raise CorpusError(f"{conv['id']}: digit outside a span in {t!r}")


ALL_FAMS = set(R.FAMILIES)


def build():
    out = {"dev": [], "sealed": []}
    seen = {}
    for L in LANGS:
        for split, tpls in (("dev", L.DEV), ("sealed", L.SEALED)):
            for tpl in tpls:
                if any(re.search(r"\d", R.SLOT.sub("", msg)) for msg in tpl):
                    raise CorpusError(f"template holds a digit: {tpl!r}")
                if tpl in seen and seen[tpl] != split:
                    raise CorpusError(f"template in both splits: {tpl!r}")
                seen[tpl] = split
        n = 0
        for split, tpls in (("dev", L.DEV), ("sealed", L.SEALED)):
            rng = random.Random(f"{SEED}-{L.LANG}-{split}")
            need_types = set(R.ALIASES)
            need_fams = set(ALL_FAMS)
            convs = []
            for r in range(max(INSTANCES, MM_INSTANCES)):
                for tpl in tpls:
                    has_mm = any("mm2" in s for s in _slots(tpl))
                    chat = any(
                        not any(not x.startswith("#") for x in R.SLOT.findall(msg)) for msg in tpl
                    )
                    limit = MM_INSTANCES if has_mm else CHAT_INSTANCES if chat else INSTANCES
                    if r >= limit:
                        continue
                    locale = rng.choice(L.LOCALES)
                    msgs = _instance(tpl, L, rng, locale, need_types, need_fams)
                    n += 1
                    conv = {
                        "id": f"sc47-{L.LANG}-{n:04d}",
                        "lang": L.LANG,
                        "locale": locale,
                        "split": split,
                        "messages": msgs,
                    }
                    _validate(conv)
                    convs.append(conv)
            types = {p["type"] for c in convs for m in c["messages"] for p in m["pii"]}
            fams = {p["family"] for c in convs for m in c["messages"] for p in m["pii"]}
            miss = (set(R.ALIASES.values()) - types) | (set(R.FAMILIES.values()) - fams)
            if miss:
                raise CorpusError(f"{L.LANG}/{split} misses {sorted(miss)}")
            out[split].extend(convs)
    return out


def serialize(out):
    dev = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n" for c in out["dev"]
    ).encode()
    raw = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n" for c in out["sealed"]
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(raw)
    return dev, buf.getvalue()


def stats(out):
    convs = out["dev"] + out["sealed"]
    msgs = [(c, m) for c in convs for m in c["messages"]]
    pii = [(c, p) for c, m in msgs for p in m["pii"]]
    keep = [(c, k) for c, m in msgs for k in m["must_keep"]]
    lines = [
        f"conversations {len(convs)} (dev {len(out['dev'])}, sealed {len(out['sealed'])})",
        f"messages {len(msgs)}; pii values {len(pii)}; must_keep spans {len(keep)}",
        f"messages without pii {sum(1 for _, m in msgs if not m['pii'])} "
        f"({100 * sum(1 for _, m in msgs if not m['pii']) / len(msgs):.1f}%)",
        f"conversations with a multi_message value {sum(1 for c in convs if any(p.get('group') for m in c['messages'] for p in m['pii']))} "
        f"({100 * sum(1 for c in convs if any(p.get('group') for m in c['messages'] for p in m['pii'])) / len(convs):.1f}%)",
        "templates: " + ", ".join(f"{L.LANG} {len(L.DEV)}+{len(L.SEALED)}" for L in LANGS),
    ]
    for title, cnt in (
        ("messages per language", Counter(c["lang"] for c, _ in msgs)),
        ("pii per type", Counter(p["type"] for _, p in pii)),
        ("pii per family", Counter(p["family"] for _, p in pii)),
        ("must_keep per kind", Counter(k["kind"] for _, k in keep)),
    ):
        lines.append(title + ":")
        total = sum(cnt.values())
        lines += [f"  {k:42s} {v:6d} {100 * v / total:5.1f}%" for k, v in sorted(cnt.items())]
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    out = build()
    dev, sealed = serialize(out)
    if a.stats:
        print(stats(out))
        return 0
    files = {HERE / "dev.jsonl": dev, HERE / "sealed.jsonl.gz": sealed}
    if a.check:
        bad = [p.name for p, b in files.items() if not p.exists() or p.read_bytes() != b]
        print("differs: " + ", ".join(bad) if bad else "ok: both files match")
        return 1 if bad else 0
    for p, b in files.items():
        p.write_bytes(b)
    print(
        f"wrote dev.jsonl ({len(out['dev'])} conversations), sealed.jsonl.gz ({len(out['sealed'])})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
