"""Instantiate the templates, split them, self-check and write dev.jsonl and sealed.jsonl.gz.

python generate.py          write the files
python generate.py --check  regenerate in memory and compare byte for byte; writes nothing
"""

import gzip
import hashlib
import io
import json
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

import render as R
import templates_de
import templates_en
import templates_es
import templates_fr
import templates_pt
import values as V

HERE = Path(__file__).resolve().parent
MODULES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
TARGET_MESSAGES = 1150
COLS = ["dev_convs", "sealed_convs", "messages", "no_pii_messages", "pii", "must_keep", "mm_convs"]
DEV_SHARE = 0.30
SLOT = re.compile(r"\{(@[a-z_]+|[A-Z]+(?:\.[a-z])?(?::[A-Z]{2})?\|[a-zA-Z]+)\}")
LOC = re.compile(r"^\[([A-Z, ]+)\]\s*")


def srng(*parts) -> random.Random:
    seed = int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")
    return random.Random(seed)


def parse(lang, raw):
    m = LOC.match(raw)
    locales = R.LOCALES[lang]
    if m:
        ccs = {c.strip() for c in m.group(1).split(",")}
        locales = [loc for loc in locales if R.COUNTRY[loc] in ccs]
        raw = raw[m.end() :]
        assert locales, raw
    msgs = [s.strip(" ") for s in raw.split("||")]
    return locales, msgs


def slot_info(tok):
    if tok.startswith("@"):
        return None
    key, fam = tok.split("|")
    typ = key.split(".")[0].split(":")[0]
    cc = key.split(":")[1] if ":" in key else None
    return key, typ, cc, fam


def instantiate(lang, tidx, inst, locale, msgs):
    rng = srng("sc16", lang, tidx, inst)
    cc = R.COUNTRY[locale]
    toks = [SLOT.findall(m) for m in msgs]
    keys = {}
    mm_count = Counter()
    for mt in toks:
        for t in mt:
            info = slot_info(t)
            if info:
                keys.setdefault(info[0], info)
                if info[3].startswith("mm"):
                    mm_count[info[0]] += 1
    vals = {}
    for key, (_, typ, kcc, _) in keys.items():
        vals[key] = R.draw(rng, typ, kcc or cc)
    # letter substitution needs a value with a 0 or a 1 in a digit run
    for mt in toks:
        for t in mt:
            info = slot_info(t)
            if info and info[3] == "ls":
                for _ in range(200):
                    if re.search(r"[01]", vals[info[0]].compact) and re.search(
                        r"\d[01]|[01]\d", vals[info[0]].plain
                    ):
                        break
                    vals[info[0]] = R.draw(rng, info[1], info[2] or cc)
    parts = {k: R.split_parts(rng, vals[k], n) for k, n in mm_count.items()}
    groups = {k: f"g{i + 1}" for i, k in enumerate(sorted(mm_count))}
    used = Counter()
    out = []
    for m in msgs:
        text, pii, mk = "", [], []
        pos = 0
        for sm in SLOT.finditer(m):
            text += m[pos : sm.start()].replace("\\n", "\n")
            pos = sm.end()
            tok = sm.group(1)
            if tok.startswith("@"):
                v = R.keep(rng, tok[1:], locale)
                mk.append(
                    {"kind": tok[1:], "start": len(text), "end": len(text) + len(v), "value": v}
                )
                text += v
                continue
            key, typ, _, fam = slot_info(tok)
            if fam.startswith("mm"):
                v = parts[key][used[key]]
                used[key] += 1
                item = {"type": R.TYPES[typ], "family": "multi_message"}
            else:
                v = R.render(rng, lang, typ, fam, vals[key])
                for _ in range(50):
                    if fam != "ls" or v != vals[key].plain:
                        break
                    v = R.render(rng, lang, typ, fam, vals[key])
                assert fam != "ls" or v != vals[key].plain, (lang, tidx, v)
                if fam in ("p", "ctx", "sd", "kv"):
                    assert V.validate(R.TYPES[typ], v), (typ, v)
                item = {"type": R.TYPES[typ], "family": R.FAMILY[fam]}
            s = len(text)
            text += v
            e = len(text)
            while text[s].isspace():
                s += 1
            while text[e - 1].isspace():
                e -= 1
            item.update({"start": s, "end": e, "value": text[s:e]})
            if fam.startswith("mm"):
                item["group"] = groups[key]
            pii.append(item)
        text += m[pos:].replace("\\n", "\n")
        out.append({"text": text, "pii": pii, "must_keep": mk})
    return out


def check_message(msg):
    text = msg["text"]
    spans = sorted(
        [(p["start"], p["end"], p["value"]) for p in msg["pii"]]
        + [(k["start"], k["end"], k["value"]) for k in msg["must_keep"]]
    )
    last = 0
    covered = set()
    for s, e, v in spans:
        assert text[s:e] == v, (text, v)
        assert s >= last, ("overlap", text)
        assert v, text
        assert not v[0].isspace(), v
        assert not v[-1].isspace(), v
        last = e
        covered.update(range(s, e))
    for i, c in enumerate(text):
        if c.isdigit():
            assert i in covered, ("stray digit", text)


def load(lang):
    out = []
    for i, raw in enumerate(MODULES[lang].TEMPLATES):
        assert not re.search(r"\d", raw), ("digit in template", lang, i)
        out.append(parse(lang, raw))
    return out


def template_features(lang, msgs):
    feats = set()
    for m in msgs:
        for t in SLOT.findall(m):
            info = slot_info(t)
            if info:
                fam = "multi_message" if info[3].startswith("mm") else R.FAMILY[info[3]]
                feats.add(("type", R.TYPES[info[1]]))
                feats.add(("family", fam))
    return feats


def assign_splits(lang, templates):
    order = sorted(
        range(len(templates)),
        key=lambda i: hashlib.sha256(f"sc16-split|{lang}|{templates[i][1]}".encode()).hexdigest(),
    )
    n_dev = round(len(templates) * DEV_SHARE)
    split = {i: ("dev" if r < n_dev else "sealed") for r, i in enumerate(order)}
    feats = [template_features(lang, t[1]) for t in templates]
    allf = set().union(*feats)

    def count(f, side):
        return sum(1 for j in order if f in feats[j] and split[j] == side)

    for _ in range(5):
        for f in sorted(allf):
            for want in ("dev", "sealed"):
                if count(f, want):
                    continue
                other = "sealed" if want == "dev" else "dev"
                for i in order:
                    if (
                        f in feats[i]
                        and split[i] == other
                        and all(count(g, other) > 1 for g in feats[i])
                    ):
                        split[i] = want
                        break
    return split, allf, feats


def build():
    dev, sealed, stats = [], [], {}
    for lang in MODULES:
        templates = load(lang)
        split, allf, feats = assign_splits(lang, templates)
        total = sum(len(t[1]) for t in templates)
        k = max(1, math.ceil(TARGET_MESSAGES / total))
        n = 0
        seen = {"dev": set(), "sealed": set()}
        for tidx, (locales, msgs) in enumerate(templates):
            # conversations without PII get fewer instances, so that 15-20% of messages carry none
            has_pii = any(t for m in msgs for t in SLOT.findall(m) if not t.startswith("@"))
            for inst in range(k if has_pii else max(1, k // 3)):
                locale = locales[(inst + tidx) % len(locales)]
                messages = instantiate(lang, tidx, inst, locale, msgs)
                for m in messages:
                    check_message(m)
                n += 1
                conv = {
                    "id": f"sc16-{lang}-{n:04d}",
                    "lang": lang,
                    "locale": locale,
                    "split": split[tidx],
                    "messages": messages,
                }
                (dev if split[tidx] == "dev" else sealed).append(conv)
                seen[split[tidx]] |= feats[tidx]
        for s in ("dev", "sealed"):
            missing = allf - seen[s]
            assert not missing, (lang, s, sorted(missing))
        stats[lang] = {"templates": len(templates), "per_template": k}
    return dev, sealed, stats


def serialise(dev, sealed):
    d = "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in dev).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in sealed).encode())
    return d, buf.getvalue()


def summary(dev, sealed, stats):
    convs = dev + sealed
    lines = []
    by_lang = {}
    for c in convs:
        s = by_lang.setdefault(c["lang"], Counter())
        s[c["split"] + "_convs"] += 1
        s["messages"] += len(c["messages"])
        s["no_pii_messages"] += sum(1 for m in c["messages"] if not m["pii"])
        s["pii"] += sum(len(m["pii"]) for m in c["messages"])
        s["must_keep"] += sum(len(m["must_keep"]) for m in c["messages"])
        s["mm_convs"] += any(p.get("group") for m in c["messages"] for p in m["pii"])
    lines.append(
        "| lang | templates | dev convs | sealed convs | messages | no-PII msgs | pii | must_keep "
        "| convs with multi_message |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for lang, s in by_lang.items():
        lines.append(
            f"| {lang} | {stats[lang]['templates']} | " + " | ".join(str(s[c]) for c in COLS) + " |"
        )
    tot = sum(by_lang.values(), Counter())
    lines.append(
        f"| all | {sum(x['templates'] for x in stats.values())} | "
        + " | ".join(str(tot[c]) for c in COLS)
        + " |"
    )
    fam, typ, kinds = Counter(), Counter(), Counter()
    for c in convs:
        for m in c["messages"]:
            for p in m["pii"]:
                fam[(p["family"], c["split"])] += 1
                typ[(p["type"], c["split"])] += 1
            for k in m["must_keep"]:
                kinds[k["kind"]] += 1
    lines.append("\n| family | dev | sealed |\n|---|---|---|")
    for f in sorted({f for f, _ in fam}):
        lines.append(f"| {f} | {fam[(f, 'dev')]} | {fam[(f, 'sealed')]} |")
    lines.append("\n| type | dev | sealed |\n|---|---|---|")
    for t in sorted({t for t, _ in typ}):
        lines.append(f"| {t} | {typ[(t, 'dev')]} | {typ[(t, 'sealed')]} |")
    lines.append("\n| must_keep kind | count |\n|---|---|")
    for k in sorted(kinds):
        lines.append(f"| {k} | {kinds[k]} |")
    return "\n".join(lines), by_lang, tot


def main():
    dev, sealed, stats = build()
    d, s = serialise(dev, sealed)
    table, by_lang, tot = summary(dev, sealed, stats)
    share = tot["no_pii_messages"] / tot["messages"]
    mm = tot["mm_convs"] / (tot["dev_convs"] + tot["sealed_convs"])
    msgs = [x["messages"] for x in by_lang.values()]
    print(table)
    print(
        f"\nno-PII share {share:.3f}, multi_message conv share {mm:.3f}, "
        f"lang ratio {max(msgs) / min(msgs):.2f}"
    )
    ok = (
        tot["messages"] >= 5000
        and 0.15 <= share <= 0.20
        and mm >= 0.08
        and max(msgs) / min(msgs) <= 1.5
    )
    if "--check" in sys.argv:
        same = (HERE / "dev.jsonl").read_bytes() == d and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == s
        print(
            "check:", "identical" if same else "DIFFERENT", "| targets:", "ok" if ok else "NOT MET"
        )
        sys.exit(0 if same and ok else 1)
    (HERE / "dev.jsonl").write_bytes(d)
    (HERE / "sealed.jsonl.gz").write_bytes(s)
    print("targets:", "ok" if ok else "NOT MET")


if __name__ == "__main__":
    main()
