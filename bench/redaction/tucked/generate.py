"""Instantiate the hand-written templates into dev.jsonl and sealed.jsonl.gz, with self-checks.

python -m bench.redaction.tucked.generate           write both files
python -m bench.redaction.tucked.generate --check   regenerate and compare byte for byte
"""

from __future__ import annotations

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

from . import keep as K
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
# Copies per template: chatter-only templates get fewer, all-PII templates more,
# so that 15-20% of messages carry no PII.
INSTANCES = 5
INSTANCES_NO_PII = 2
INSTANCES_ALL_PII = 7
DEV_SHARE = 0.30
KEEP = {
    "order": "order_number",
    "track": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "count": "count",
    "model": "product_model",
    "ver": "version",
    "inv": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "err": "error_code",
    "room": "room_number",
    "policy": "policy_number",
    "contract": "contract_number",
    "pct": "percentage",
    "size": "data_size",
}
SLOT = re.compile(r"\{([#A-Z][A-Za-z~@]*)(?::([a-z]+)(\d)?)?\}")


def rng_for(*parts: object) -> random.Random:
    seed = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return random.Random(int(seed, 16))


def parse(template: object) -> tuple[list[str], list[str]]:
    msgs = [template] if isinstance(template, str) else list(template)  # type: ignore[arg-type]
    locales: list[str] = []
    if msgs[0].startswith("@"):
        locales = msgs[0][1:].split(",")
        msgs = msgs[1:]
    return locales, msgs


def instantiate(lang: str, tid: int, template: object, n: int, default_locales: list[str]) -> dict:
    locales, msgs = parse(template)
    rng = rng_for("sc20", lang, tid, n)
    locale = rng.choice(locales or default_locales)
    region = V.LOCALE_REGION[locale]
    slots = [(i, m) for i, text in enumerate(msgs) for m in SLOT.finditer(text)]
    mm_parts: Counter[str] = Counter()
    needs01: set[str] = set()
    for _, m in slots:
        if m.group(2) == "mm":
            mm_parts[m.group(1)] += 1
        if m.group(2) == "leet":
            needs01.add(m.group(1))
    drawn: dict[str, R.Value] = {}
    for _, m in slots:
        key = m.group(1)
        if key.startswith("#") or key in drawn:
            continue
        kind, _, reg = key.split("~")[0].partition("@")
        kind = kind.split("@")[0]
        reg = key.partition("@")[2] or region
        for _attempt in range(200):
            v = R.draw(kind, reg, lang, rng)
            if key not in needs01 or R.has01(v):
                break
        drawn[key] = v
    parts: dict[str, list[str]] = {k: R.split_parts(drawn[k], c, rng) for k, c in mm_parts.items()}
    out_msgs = []
    for text in msgs:
        out, pii, keep = "", [], []
        pos = 0
        for m in SLOT.finditer(text):
            out += text[pos : m.start()]
            pos = m.end()
            key, fam, idx = m.group(1), m.group(2) or "plain", m.group(3)
            start = len(out)
            if key.startswith("#"):
                kind = KEEP[key[1:]]
                t = K.draw_keep(kind, locale, lang, rng)
                out += t
                keep.append({"kind": kind, "start": start, "end": len(out), "value": t})
                continue
            v = drawn[key]
            kind = key.split("~")[0].split("@")[0]
            item: dict = {"type": R.TYPE[kind], "family": R.FAMILY[fam]}
            if fam == "mm":
                t, s, e = parts[key][int(idx) - 1], 0, len(parts[key][int(idx) - 1])
                item["group"] = "g" + str(sorted(parts).index(key) + 1)
            else:
                t, s, e = R.render(v, fam, lang, rng)
            out += t
            item.update({"start": start + s, "end": start + e, "value": t[s:e]})
            pii.append(item)
        out += text[pos:]
        out_msgs.append(
            {"text": out, "pii": sorted(pii, key=lambda x: x["start"]), "must_keep": keep}
        )
    return {"lang": lang, "locale": locale, "messages": out_msgs}


def assign_splits(lang: str, templates: list) -> list[str]:
    """About 30% of templates to dev by hash, then moves so every type and family is in both."""
    feats = []
    for t in templates:
        _, msgs = parse(t)
        f = set()
        for text in msgs:
            for m in SLOT.finditer(text):
                if not m.group(1).startswith("#"):
                    f.add(("t", m.group(1).split("~")[0].split("@")[0]))
                    f.add(("f", m.group(2) or "plain"))
        feats.append(f)
    order = sorted(
        range(len(templates)), key=lambda i: hashlib.sha256(f"{lang}:{i}".encode()).hexdigest()
    )
    dev_n = round(len(templates) * DEV_SHARE)
    split = ["sealed"] * len(templates)
    for i in order[:dev_n]:
        split[i] = "dev"
    every = set().union(*feats)
    for _round in range(50):
        moved = False
        for target in ("dev", "sealed"):
            have = set().union(
                *[feats[i] for i in range(len(templates)) if split[i] == target] or [set()]
            )
            for f in sorted(every - have):
                donors = [i for i in order if split[i] != target and f in feats[i]]
                other = "sealed" if target == "dev" else "dev"
                for i in donors:
                    rest = set().union(
                        *[feats[j] for j in range(len(templates)) if split[j] == other and j != i]
                    )
                    if feats[i] <= rest:
                        split[i] = target
                        moved = True
                        break
        if not moved:
            break
    return split


def check_conversation(c: dict) -> None:
    groups: dict[str, list[int]] = {}
    for mi, msg in enumerate(c["messages"]):
        text = msg["text"]
        spans = []
        for item in msg["pii"] + msg["must_keep"]:
            s, e = item["start"], item["end"]
            assert text[s:e] == item["value"], (c["id"], item)
            assert e > s, (c["id"], item)
            assert not text[s].isspace(), (c["id"], item)
            assert not text[e - 1].isspace(), (c["id"], item)
            spans.append((s, e))
            if "group" in item:
                groups.setdefault(item["group"], []).append(mi)
        spans.sort()
        for (_, e1), (s2, _) in itertools.pairwise(spans):
            assert e1 <= s2, (c["id"], "overlap")
        for i, ch in enumerate(text):
            if ch.isdigit():
                assert any(s <= i < e for s, e in spans), (c["id"], "uncovered digit", i)
        for item in msg["must_keep"]:
            assert not V.looks_like_identifier(item["value"]), (c["id"], item["kind"])
    for g, idx in groups.items():
        assert 2 <= len(idx) <= 3, (c["id"], g)
        assert idx == list(range(idx[0], idx[0] + len(idx))), (c["id"], g)


def build() -> tuple[bytes, bytes, dict]:
    dev, sealed = [], []
    stats: dict = {}
    for lang, mod in LANGS.items():
        templates = mod.TEMPLATES
        for t in templates:
            _, msgs = parse(t)
            assert not any(ch.isdigit() for m in msgs for ch in SLOT.sub("", m)), (lang, msgs)
        split = assign_splits(lang, templates)
        convs = []
        for tid, t in enumerate(templates):
            _, msgs = parse(t)
            pii_free = not any(
                not m.group(1).startswith("#") for x in msgs for m in SLOT.finditer(x)
            )
            all_pii = all(
                any(not m.group(1).startswith("#") for m in SLOT.finditer(x)) for x in msgs
            )
            count = INSTANCES_NO_PII if pii_free else INSTANCES_ALL_PII if all_pii else INSTANCES
            for k in range(count):
                c = instantiate(lang, tid, t, k, mod.LOCALES)
                c["split"] = split[tid]
                c["template"] = tid
                convs.append(c)
        rng_for("order", lang).shuffle(convs)
        for n, c in enumerate(convs, start=1):
            c = {
                "id": f"sc20-{lang}-{n:04d}",
                "lang": c["lang"],
                "locale": c["locale"],
                "split": c["split"],
                "messages": c["messages"],
            }
            check_conversation(c)
            (dev if c["split"] == "dev" else sealed).append(c)
        stats[lang] = {"templates": len(templates), "dev_templates": split.count("dev")}
    dev.sort(key=lambda c: c["id"])
    sealed.sort(key=lambda c: c["id"])
    dev_bytes = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in dev).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in sealed).encode())
    return dev_bytes, buf.getvalue(), {"stats": stats, "dev": dev, "sealed": sealed}


def summary(info: dict) -> dict:
    """Counts the README reports, plus the corpus-level targets of the brief."""
    rows: dict = {}
    by_type: Counter[str] = Counter()
    by_family: Counter[str] = Counter()
    split_feats: dict = {}
    msgs_total = no_pii = conv_total = conv_mm = 0
    for split in ("dev", "sealed"):
        for c in info[split]:
            r = rows.setdefault(c["lang"], Counter())
            r[split + "_conv"] += 1
            conv_total += 1
            conv_mm += any("group" in p for m in c["messages"] for p in m["pii"])
            for m in c["messages"]:
                r["messages"] += 1
                r["pii"] += len(m["pii"])
                r["must_keep"] += len(m["must_keep"])
                msgs_total += 1
                no_pii += not m["pii"]
                for p in m["pii"]:
                    by_type[p["type"]] += 1
                    by_family[p["family"]] += 1
                    split_feats.setdefault((c["lang"], split), set()).update(
                        {p["type"], p["family"]}
                    )
    for lang in LANGS:
        missing = split_feats[(lang, "dev")] ^ split_feats[(lang, "sealed")]
        assert not missing, (lang, sorted(missing))
    assert msgs_total >= 5000, msgs_total
    sizes = [rows[lang]["messages"] for lang in LANGS]
    assert max(sizes) <= 1.5 * min(sizes), sizes
    assert 0.15 <= no_pii / msgs_total <= 0.20, no_pii / msgs_total
    assert conv_mm / conv_total >= 0.08, conv_mm / conv_total
    assert set(by_type) == set(R.TYPE.values()), set(R.TYPE.values()) - set(by_type)
    assert set(by_family) == set(R.FAMILY.values()), set(R.FAMILY.values()) - set(by_family)
    return {
        "rows": rows,
        "by_type": by_type,
        "by_family": by_family,
        "messages": msgs_total,
        "no_pii": no_pii,
        "conversations": conv_total,
        "conv_mm": conv_mm,
    }


def main(argv: list[str]) -> int:
    dev_bytes, sealed_bytes, info = build()
    s = summary(info)
    if "--check" in argv:
        same = (HERE / "dev.jsonl").read_bytes() == dev_bytes and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed_bytes
        print("check:", "identical" if same else "DIFFERENT")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev_bytes)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed_bytes)
    if "--stats" in argv:
        for lang, r in s["rows"].items():
            print(lang, info["stats"][lang], dict(r))
        print(
            "messages",
            s["messages"],
            "no_pii",
            round(s["no_pii"] / s["messages"], 3),
            "conv",
            s["conversations"],
            "mm",
            round(s["conv_mm"] / s["conversations"], 3),
        )
        for k, v in sorted(s["by_type"].items()):
            print("type", k, v)
        for k, v in sorted(s["by_family"].items()):
            print("family", k, v)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
