"""Build the curtained corpus.

`python -m bench.redaction.curtained.generate [--check | --sample N | --stats]`.

Templates (templates_xx.py) hold customer messages with slots; each template is instantiated
five times with fresh values and goes, whole, to the dev or the sealed split. Every self-check
runs before anything is written.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from random import Random

from . import (
    keep,
    render,
    templates_de,
    templates_en,
    templates_es,
    templates_fr,
    templates_pt,
    values,
)

HERE = Path(__file__).resolve().parent
# The sealed split was opened once (2026-11-29 08:01, see README.md's seal log): it is a
# development split now, under the name the benchmark lists it by.
SEALED_NAME = "opened.jsonl.gz"
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
INSTANCES = 5
_RELAX = False
DEV_SHARE = 0.30
SLOT = re.compile(r"\{(?:k:([a-z_]+)|([A-Z]+)(?:\.([a-z]+)(\d?))?(?:@([A-Z]{2}))?(?:#(\d))?)\}")
MESSAGE_SEP = " || "
DEFAULT_FAMILY = {"CVV": "cx", "PIN": "cx"}
# Families that only make sense for some types (a template asking otherwise is a typo).
FAMILY_TYPES = {
    "sub": render.DIGIT_TYPES | {"DNI", "NIE"},
    "es": {"EMAIL"},
    "uc": {"PWD"},
    "kv": {"PWD", "AKID", "ASEC"},
    "ce": {"EXP"},
    "ib": {"IBAN"},
    "pct": {"EMAIL", "PHONE", "CARD", "PWD"},
}


class CheckError(Exception):
    pass


def _country(locale: str, override: str | None) -> str:
    return override or values.LOCALE_COUNTRY[locale]


def _draw_value(
    code: str, fams: set[str], rng: Random, country: str, used: set[str], lang: str
) -> str:
    for _ in range(400):
        if code == "PWD" and "uc" in fams:
            v = values.password(rng, url_safe=True)
        else:
            v = values.draw(code, rng, country)
        if v in used:
            continue
        if "sub" in fams and not re.search(r"[01]", v if code != "PHONE" else v[3:]):
            continue
        if "sw" in fams and code == "PHONE" and len(v) > 14:
            continue
        if not values.valid(code, v, country):
            raise CheckError(f"drawn {code} is not valid")
        used.add(v)
        return v
    raise CheckError(f"could not draw a fresh {code}")


def instantiate(
    lang: str, locale: str, template: str, tid: str, k: int, used: dict[tuple, set[str]]
) -> tuple[list[dict], list[tuple]]:
    rng = Random(f"sc11|{tid}|{k}")
    raw_messages = template.split(MESSAGE_SEP)
    if not 1 <= len(raw_messages) <= 4:
        raise CheckError(f"{tid}: {len(raw_messages)} messages (1 to 4 allowed)")
    slots_by_value: dict[tuple, set[str]] = defaultdict(set)
    mm_count: Counter = Counter()
    for msg in raw_messages:
        for m in SLOT.finditer(msg):
            if m.group(2):
                vk = (m.group(2), m.group(5), m.group(6) or "1")
                slots_by_value[vk].add(m.group(3) or DEFAULT_FAMILY.get(m.group(2), "p"))
                if m.group(3) == "mm":
                    mm_count[vk] += 1
    drawn: dict[tuple, str] = {}
    parts: dict[tuple, list[str]] = {}
    groups: dict[tuple, str] = {}
    for vk, fams in sorted(slots_by_value.items(), key=lambda x: str(x[0])):
        code, override, _ = vk
        country = _country(locale, override)
        drawn[vk] = _draw_value(code, fams, rng, country, used[(tid, *vk)], lang)
        if vk in mm_count:
            parts[vk] = render.split_parts(code, drawn[vk], mm_count[vk], rng, lang, country)
            groups[vk] = f"g{len(groups) + 1}"
    roundtrips: list[tuple] = []
    messages = []
    mm_seen: Counter = Counter()
    for msg in raw_messages:
        text = ""
        pii: list[dict] = []
        keeps: list[dict] = []
        pos = 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            if m.group(1):
                kind = m.group(1)
                for _ in range(300):
                    val = keep.draw_keep(kind, rng, lang, locale)
                    if not keep.identifier_hits(val):
                        break
                else:
                    raise CheckError(f"{tid}: no safe {kind}")
                keeps.append(
                    {"kind": kind, "start": len(text), "end": len(text) + len(val), "value": val}
                )
                text += val
                continue
            code, fam = m.group(2), m.group(3) or DEFAULT_FAMILY.get(m.group(2), "p")
            vk = (code, m.group(5), m.group(6) or "1")
            country = _country(locale, m.group(5))
            if fam in FAMILY_TYPES and code not in FAMILY_TYPES[fam]:
                raise CheckError(f"{tid}: family {fam} not for {code}")
            if fam == "mm":
                written = parts[vk][mm_seen[vk]]
                mm_seen[vk] += 1
                item = {
                    "type": values.TYPE_NAMES[code],
                    "family": "multi_message",
                    "start": len(text),
                    "end": len(text) + len(written),
                    "value": written,
                    "group": groups[vk],
                }
            else:
                for _ in range(50):
                    written = render.render(code, fam, drawn[vk], rng, lang, locale, country)
                    if written is not None:
                        break
                else:
                    raise CheckError(f"{tid}: cannot render {code} as {fam}")
                item = {
                    "type": values.TYPE_NAMES[code],
                    "family": render.FAMILIES[fam],
                    "start": len(text),
                    "end": len(text) + len(written),
                    "value": written,
                }
                roundtrips.append((code, fam, written, drawn[vk], country, tid))
            pii.append(item)
            text += written
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keeps})
    for vk, pieces in parts.items():
        roundtrips.append((vk[0], "mm", " ".join(pieces), drawn[vk], _country(locale, vk[1]), tid))
    return messages, roundtrips


def features(template: str) -> set[str]:
    out = set()
    for m in SLOT.finditer(template):
        if m.group(2):
            code = m.group(2)
            fam = m.group(3) or DEFAULT_FAMILY.get(code, "p")
            out.add("type:" + values.TYPE_NAMES[code])
            out.add("family:" + render.FAMILIES[fam])
    return out


def stratum(template: str) -> str:
    messages = template.split(MESSAGE_SEP)
    if ".mm" in template:
        return "multi_message"
    with_pii = [any(m.group(2) for m in SLOT.finditer(msg)) for msg in messages]
    if not any(with_pii):
        return "no_pii"
    return "some_without_pii" if not all(with_pii) else "pii"


def split(lang: str, templates: list[tuple[str, str]]) -> list[str]:
    """dev/sealed per template: every feature in both splits, then 30% of each stratum to dev."""
    order = list(range(len(templates)))
    Random(f"sc11-split|{lang}").shuffle(order)
    assign: dict[int, str] = {}
    feats = [features(t) for _, t in templates]
    # scarcest features first, so a feature held by two templates gets one in each split
    all_feats = sorted(set().union(*feats), key=lambda f: (sum(f in x for x in feats), f))
    for f in all_feats:
        holders = [i for i in order if f in feats[i]]
        for side in ("dev", "sealed"):
            if any(assign.get(i) == side for i in holders):
                continue
            free = [i for i in holders if i not in assign]
            if free:
                assign[free[0]] = side
    # then fill dev to 30% within each stratum, so both splits hold the same mix of
    # multi-message values, messages without PII and plain PII messages
    strata: dict[str, list[int]] = defaultdict(list)
    for i in order:
        strata[stratum(templates[i][1])].append(i)
    for members in strata.values():
        target = round(DEV_SHARE * len(members))
        n_dev = sum(1 for i in members if assign.get(i) == "dev")
        for i in members:
            if i in assign:
                continue
            assign[i] = "dev" if n_dev < target else "sealed"
            n_dev += assign[i] == "dev"
    return [assign[i] for i in range(len(templates))]


def build() -> tuple[list[dict], dict]:
    rows: list[dict] = []
    roundtrips: list[tuple] = []
    stats: dict = {}
    for lang, module in LANGS.items():
        templates = module.TEMPLATES
        sides = split(lang, templates)
        used: dict[tuple, set[str]] = defaultdict(set)
        n = 0
        for t_index, ((locale, template), side) in enumerate(zip(templates, sides, strict=True)):
            if not locale.startswith(lang):
                raise CheckError(f"{lang} template {t_index} has locale {locale}")
            tid = f"{lang}{t_index:03d}"
            for k in range(INSTANCES):
                n += 1
                messages, rts = instantiate(lang, locale, template, tid, k, used)
                roundtrips.extend((*rt, lang, locale) for rt in rts)
                rows.append(
                    {
                        "id": f"sc11-{lang}-{n:04d}",
                        "lang": lang,
                        "locale": locale,
                        "split": side,
                        "messages": messages,
                    }
                )
        stats[lang] = {"templates": len(templates), "dev_templates": sides.count("dev")}
    check(rows, roundtrips, stats)
    return rows, stats


def check(rows: list[dict], roundtrips: list[tuple], stats: dict) -> None:
    msgs_total = 0
    no_pii = 0
    per_lang_msgs: Counter = Counter()
    mm_convs = 0
    cover: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        has_mm = False
        for msg in row["messages"]:
            text = msg["text"]
            msgs_total += 1
            per_lang_msgs[row["lang"]] += 1
            if not msg["pii"]:
                no_pii += 1
            spans = []
            for item in msg["pii"] + msg["must_keep"]:
                s, e = item["start"], item["end"]
                if text[s:e] != item["value"] or not item["value"]:
                    raise CheckError(f"{row['id']}: offsets")
                if item["value"] != item["value"].strip():
                    raise CheckError(f"{row['id']}: span edge whitespace")
                spans.append((s, e))
            spans.sort()
            for (_, e1), (s2, _) in pairwise(spans):
                if s2 < e1:
                    raise CheckError(f"{row['id']}: overlapping spans")
            covered = set()
            for s, e in spans:
                covered.update(range(s, e))
            for i, c in enumerate(text):
                if c.isdigit() and i not in covered:
                    raise CheckError(f"{row['id']}: digit outside a span in {text!r}")
            for item in msg["pii"]:
                cover[(row["lang"], row["split"])].add("type:" + item["type"])
                cover[(row["lang"], row["split"])].add("family:" + item["family"])
                has_mm = has_mm or item["family"] == "multi_message"
            for item in msg["must_keep"]:
                hits = keep.identifier_hits(item["value"])
                if hits:
                    raise CheckError(f"{row['id']}: must_keep passes {hits}")
        mm_convs += has_mm
    for code, fam, written, drawn, country, tid, lang, locale in roundtrips:
        base = "nz" if fam == "nz" else "p"
        if render.key(
            code, written, fam if fam != "mm" else "p", lang, locale, country
        ) != render.key(code, drawn, base, lang, locale, country):
            raise CheckError(f"{tid}: round trip {code}/{fam} {written!r} != {drawn!r}")
        if not values.valid(code, drawn, country):
            raise CheckError(f"{tid}: invalid {code}")
    for lang in LANGS:
        dev, sealed = cover[(lang, "dev")], cover[(lang, "sealed")]
        if dev != sealed:
            raise CheckError(
                f"{lang}: coverage differs: dev-only {sorted(dev - sealed)}, "
                f"sealed-only {sorted(sealed - dev)}"
            )
    n_templates = sum(s["templates"] for s in stats.values())
    share = no_pii / msgs_total
    stats["total"] = {
        "messages": msgs_total,
        "conversations": len(rows),
        "templates": n_templates,
        "no_pii_share": round(share, 3),
        "multi_message_conversations": mm_convs,
    }
    if (msgs_total < 3000 or n_templates < 600) and not _RELAX:
        raise CheckError(f"too small: {msgs_total} messages, {n_templates} templates")
    if max(per_lang_msgs.values()) > 1.5 * min(per_lang_msgs.values()):
        raise CheckError(f"languages unbalanced: {dict(per_lang_msgs)}")
    if not 0.15 <= share <= 0.20 and not _RELAX:
        raise CheckError(f"share of messages without PII {share:.3f} outside 15-20%")
    if mm_convs < 0.08 * len(rows):
        raise CheckError(f"only {mm_convs} multi-message conversations")


def encode(rows: list[dict], side: str) -> bytes:
    return "".join(
        json.dumps(r, ensure_ascii=False) + "\n" for r in rows if r["split"] == side
    ).encode()


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as f:
        f.write(data)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the files on disk are stale"
    )
    parser.add_argument("--sample", type=int, metavar="N", help="print N dev rows")
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    try:
        rows, stats = build()
    except CheckError as err:
        print(f"self-check failed: {err}", file=sys.stderr)
        return 1
    dev = encode(rows, "dev")
    sealed = gz(encode(rows, "sealed"))
    if args.sample:
        for line in dev.decode().splitlines()[:: max(1, len(dev.splitlines()) // args.sample)][
            : args.sample
        ]:
            print(line)
        return 0
    if args.stats:
        counts: Counter = Counter()
        for r in rows:
            counts[(r["lang"], r["split"], "conv")] += 1
            counts[(r["lang"], r["split"], "msg")] += len(r["messages"])
        print(json.dumps(stats, indent=1))
        for key in sorted(counts):
            print(*key, counts[key])
        return 0
    if args.check:
        on_disk = [HERE / "dev.jsonl", HERE / SEALED_NAME]
        ok = all(p.exists() for p in on_disk) and [p.read_bytes() for p in on_disk] == [dev, sealed]
        print("up to date" if ok else "stale: run python -m bench.redaction.curtained.generate")
        return 0 if ok else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / SEALED_NAME).write_bytes(sealed)
    print(json.dumps(stats["total"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
