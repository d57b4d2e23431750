"""Build dev.jsonl and sealed.jsonl.gz from the hand-written templates.

    python -m bench.redaction.wrapped.generate            # write both files
    python -m bench.redaction.wrapped.generate --check    # compare with the files on disk
    python -m bench.redaction.wrapped.generate --stats    # counts per language/type/family/kind

Output depends only on SEED: every random choice goes through one ``random.Random`` and
every set is sorted before it is iterated, so PYTHONHASHSEED does not matter.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from . import render as R
from . import values as V
from .keep import keep

SEED = 42
LANGS = ["en", "es", "fr", "de", "pt"]
INSTANCES = 14
HERE = Path(__file__).resolve().parent
DEV_PATH = HERE / "dev.jsonl"
SEALED_PATH = HERE / "sealed.jsonl.gz"
TOKEN = re.compile(r"\{([A-Z_]+):([a-z_*]+)(?::(g\d))?\}|<([A-Z_]+)>|\[([a-z_]+)\]")
MSG_SEP = " ¶ "
DRAWN = ("X", "Y")  # slot names whose type (and family, for '*') the generator chooses
REGION = {
    "US": "US",
    "GB": "GB",
    "ES": "ES",
    "MX": "MX",
    "BR": "BR",
    "FR": "FR",
    "DE": "DE",
    "PT": "PT",
}


class CorpusError(Exception):
    pass


def load(lang: str):  # noqa: ANN201
    return importlib.import_module(f"{__package__}.templates_{lang}")


def check_templates(mod, lang: str) -> None:
    dev, sealed = set(mod.DEV), set(mod.SEALED)
    shared = dev & sealed
    if shared:
        raise CorpusError(f"{lang}: template in both splits: {sorted(shared)[0]!r}")
    for t in mod.DEV + mod.SEALED:
        if any(c.isdigit() for c in TOKEN.sub("", t)):
            raise CorpusError(f"{lang}: digit in template {t!r}")
        for m in TOKEN.finditer(t):
            if m.group(1) and m.group(1) not in DRAWN and m.group(1) not in V.DRAW:
                raise CorpusError(f"{lang}: unknown type {m.group(1)}")
            if m.group(2) and m.group(2) != "*" and m.group(2) not in R.FAMILY_TYPES:
                raise CorpusError(f"{lang}: unknown family {m.group(2)}")
            if (
                m.group(1)
                and m.group(1) not in DRAWN
                and m.group(2) != "*"
                and m.group(1) not in R.FAMILY_TYPES[m.group(2)]
            ):
                raise CorpusError(f"{lang}: {m.group(1)} cannot be {m.group(2)}")
    for t, words in mod.LABELS.items():
        if any(c.isdigit() for w in words for c in w):
            raise CorpusError(f"{lang}: digit in label of {t}")
    if set(mod.LABELS) != set(V.TYPES):
        raise CorpusError(f"{lang}: labels missing for {sorted(set(V.TYPES) - set(mod.LABELS))}")


def pick_x(rng: random.Random, fams: list[str], cover: Counter) -> tuple[str, dict[str, str]]:
    """Choose the drawn type X (and families of '*' slots), least covered first."""
    fixed = sorted({f for f in fams if f != "*"})
    types = sorted(set.intersection(*(R.FAMILY_TYPES[f] for f in fixed)) if fixed else set(V.TYPES))
    best = []
    for t in types:
        star_fams = sorted(
            f for f in R.FAMILY_TYPES if t in R.FAMILY_TYPES[f] and f != "multi_message"
        )
        for f in star_fams if "*" in fams else [""]:
            ct, cf = cover[("t", t)], (cover[("f", f)] if f else 1)
            best.append((min(ct, 1) + min(cf, 1), ct + cf, rng.random(), t, f))
    best.sort()
    t, f = best[0][3], best[0][4]
    return t, {"*": f} if f else {}


def draw_for(rng: random.Random, etype: str, family: str, locale: str) -> str:
    for _ in range(200):
        v = V.draw(rng, etype, locale)
        if family == "letter_substitution" and not re.search("[01]", R.compact(etype, v)):
            continue
        if family == "url_credentials":
            v = re.sub(r"[#?&%/$]", "_", v)
        if not V.is_valid(etype, v):
            raise CorpusError(f"invalid {etype} drawn: check {etype}")
        return v
    raise CorpusError(f"no {etype} value fits {family}")


def instance(rng: random.Random, lang: str, mod, template: str, cover: Counter) -> dict:
    locale = rng.choice(mod.LOCALES)
    region = REGION.get(locale.split("-")[1])
    slots = list(TOKEN.finditer(template))
    drawn: dict[str, tuple[str, dict[str, str]]] = {}
    for name in DRAWN:
        fams = [m.group(2) for m in slots if m.group(1) == name]
        if fams:
            drawn[name] = pick_x(rng, fams, cover)
    groups: dict[str, tuple[str, list[str]]] = {}
    messages = []
    for raw in template.split(MSG_SEP):
        text, pii, mk = "", [], []
        pos = 0
        for m in TOKEN.finditer(raw):
            text += raw[pos : m.start()]
            pos = m.end()
            if m.group(4):
                t = drawn[m.group(4)][0] if m.group(4) in DRAWN else m.group(4)
                text += rng.choice(mod.LABELS[t])
            elif m.group(5):
                v = keep(rng, m.group(5), lang, locale)
                mk.append(
                    {"kind": m.group(5), "start": len(text), "end": len(text) + len(v), "value": v}
                )
                text += v
            else:
                etype = drawn[m.group(1)][0] if m.group(1) in DRAWN else m.group(1)
                fam = drawn[m.group(1)][1].get("*", "") if m.group(2) == "*" else m.group(2)
                if fam == "multi_message":
                    g = m.group(3)
                    if g not in groups:
                        k = sum(1 for s in slots if s.group(3) == g)
                        value = draw_for(rng, etype, fam, locale)
                        groups[g] = (value, R.split_parts(rng, etype, value, k))
                    value, parts = groups[g]
                    part = parts.pop(0)
                    pii.append(
                        {
                            "type": etype,
                            "family": fam,
                            "start": len(text),
                            "end": len(text) + len(part),
                            "value": part,
                            "group": g,
                            "_canonical": value,
                        }
                    )
                    text += part
                else:
                    value = draw_for(rng, etype, fam, locale)
                    segs, canonical = R.render(rng, lang, etype, fam, value)
                    for seg, st in segs:
                        if st:
                            sfam = fam
                            pii.append(
                                {
                                    "type": st,
                                    "family": sfam,
                                    "start": len(text),
                                    "end": len(text) + len(seg),
                                    "value": seg,
                                    "_canonical": canonical if st == etype else seg,
                                }
                            )
                        text += seg
                cover[("t", etype)] += 1
                cover[("f", fam)] += 1
        text += raw[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": mk})
    validate(lang, messages, region)
    for msg in messages:
        for p in msg["pii"]:
            p.pop("_canonical")
    return {"lang": lang, "locale": locale, "messages": messages}


def validate(lang: str, messages: list[dict], region: str | None) -> None:
    joined: dict[str, list[dict]] = {}
    for msg in messages:
        text = msg["text"]
        spans = sorted(
            [(p["start"], p["end"]) for p in msg["pii"]]
            + [(k["start"], k["end"]) for k in msg["must_keep"]]
        )
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                raise CorpusError(f"overlap in {text!r}")
        covered = set()
        for s in msg["pii"] + msg["must_keep"]:
            v = text[s["start"] : s["end"]]
            if v != s["value"] or not v or v != v.strip():
                raise CorpusError(f"bad span {s} in {text!r}")
            covered.update(range(s["start"], s["end"]))
        for i, c in enumerate(text):
            if c.isdigit() and i not in covered:
                raise CorpusError(f"digit outside a span in {text!r}")
        for p in msg["pii"]:
            if "group" in p:
                joined.setdefault(p["group"], []).append(p)
                continue
            dec = R.decode(lang, p["type"], p["family"], p["value"])
            if not R.matches(
                p["type"],
                p["_canonical"],
                dec,
                region if p["type"] != "PHONE" else V.phone_region(p["_canonical"]),
            ):
                raise CorpusError(
                    f"{p['type']}/{p['family']} {p['value']!r} decodes to {dec!r}, not {p['_canonical']!r}"
                )
    for parts in joined.values():
        whole = re.sub(r"[^0-9A-Za-z]", "", "".join(p["value"] for p in parts))
        canon = parts[0]["_canonical"]
        if whole != R.compact(parts[0]["type"], canon):
            raise CorpusError(f"multi_message parts {whole!r} do not rebuild {canon!r}")


def static_cover(templates: list[str]) -> Counter:
    """What the fixed slots will cover, so drawn slots go to the types they miss."""
    cover: Counter = Counter()
    for t in templates:
        for m in TOKEN.finditer(t):
            if m.group(1) and m.group(1) not in DRAWN:
                cover[("t", m.group(1))] += INSTANCES
            if m.group(2) and m.group(2) != "*":
                cover[("f", m.group(2))] += INSTANCES
    return cover


def build() -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang in LANGS:
        mod = load(lang)
        check_templates(mod, lang)
        n = 0
        for split, templates in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            cover = static_cover(templates)
            for template in templates:
                for _ in range(INSTANCES):
                    conv = instance(rng, lang, mod, template, cover)
                    n += 1
                    out[split].append(
                        {
                            "id": f"sc42-{lang}-{n:04d}",
                            "lang": lang,
                            "locale": conv["locale"],
                            "split": split,
                            "messages": conv["messages"],
                        }
                    )
    check_coverage(out)
    return out["dev"], out["sealed"]


def check_coverage(out: dict[str, list[dict]]) -> None:
    missing = []
    for lang in LANGS:
        for split in ("dev", "sealed"):
            types, fams = set(), set()
            for c in out[split]:
                if c["lang"] == lang:
                    for m in c["messages"]:
                        types.update(p["type"] for p in m["pii"])
                        fams.update(p["family"] for p in m["pii"])
            if set(V.TYPES) - types or set(R.FAMILIES) - fams:
                missing.append(
                    f"{lang}/{split} misses {sorted(set(V.TYPES) - types)} {sorted(set(R.FAMILIES) - fams)}"
                )
    if missing:
        raise CorpusError("; ".join(missing))


def encode(convs: list[dict]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


def stats(convs: list[dict]) -> str:
    c: dict[str, Counter] = {
        k: Counter() for k in ("lang_msgs", "type", "family", "kind", "split_msgs")
    }
    total = Counter()
    multi = 0
    for conv in convs:
        total["conversations"] += 1
        multi += any("group" in p for m in conv["messages"] for p in m["pii"])
        for m in conv["messages"]:
            total["messages"] += 1
            c["lang_msgs"][conv["lang"]] += 1
            c["split_msgs"][conv["split"]] += 1
            total["pii"] += len(m["pii"])
            total["must_keep"] += len(m["must_keep"])
            total["no_pii_messages"] += not m["pii"]
            c["type"].update(p["type"] for p in m["pii"])
            c["family"].update(p["family"] for p in m["pii"])
            c["kind"].update(k["kind"] for k in m["must_keep"])
    lines = [f"{k}: {v}" for k, v in total.items()]
    lines.append(f"no_pii_share: {total['no_pii_messages'] / total['messages']:.1%}")
    lines.append(
        f"conversations_with_multi_message: {multi} ({multi / total['conversations']:.1%})"
    )
    for name, cnt in c.items():
        lines.append(f"\n[{name}]")
        lines += [
            f"  {k}: {v}" + (f" ({v / total['messages']:.1%})" if name == "lang_msgs" else "")
            for k, v in sorted(cnt.items())
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    dev, sealed = build()
    dev_b, sealed_b = encode(dev), gz(encode(sealed))
    if args.stats:
        print(stats(dev + sealed))
    if args.check:
        ok = (
            DEV_PATH.exists()
            and DEV_PATH.read_bytes() == dev_b
            and SEALED_PATH.exists()
            and SEALED_PATH.read_bytes() == sealed_b
        )
        print("up to date" if ok else "OUT OF DATE: run python -m bench.redaction.wrapped.generate")
        return 0 if ok else 1
    if not args.stats:
        DEV_PATH.write_bytes(dev_b)
        SEALED_PATH.write_bytes(sealed_b)
        print(f"wrote {len(dev)} dev and {len(sealed)} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
