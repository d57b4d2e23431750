"""Build dev.jsonl and sealed.jsonl.gz from the hand-written templates.

python -m bench.redaction.potted.generate            rewrite both files
python -m bench.redaction.potted.generate --check    compare with the files on disk, write nothing
python -m bench.redaction.potted.generate --stats    print counts
"""

import argparse
import collections
import gzip
import importlib
import io
import json
import random
import re
import sys
from pathlib import Path

from . import render, values

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt"]
SEED = "potted-50"
PER_TEMPLATE = 14
DEV_REGULAR = {0, 4, 7}  # template index % 10 in this set -> dev (about 30 %)
DEV_GENERIC = {0, 3, 7}  # generic frame indices that go to dev (7 is a multi-message frame)
SLOT = re.compile(r"\{([^}]*)\}|\[([a-z_]+)\]")


class CorpusError(Exception):
    pass


def split_templates(mod):
    out = {"dev": [], "sealed": []}
    for i, tpl in enumerate(mod.TEMPLATES):
        out["dev" if i % 10 in DEV_REGULAR else "sealed"].append(("regular", tpl))
    for i, tpl in enumerate(mod.GENERIC):
        out["dev" if i in DEV_GENERIC else "sealed"].append(("generic", tpl))
    dev_text = {"\n".join(t) for _, t in out["dev"]}
    shared = dev_text & {"\n".join(t) for _, t in out["sealed"]}
    if shared:
        raise CorpusError("dev and sealed share templates: %r" % sorted(shared))
    for _, tpl in out["dev"] + out["sealed"]:
        if any(c.isdigit() for c in SLOT.sub("", "".join(tpl))):
            raise CorpusError("digit in template %r" % tpl)
    return out


def is_multi(tpl):
    return any("~" in m for m in tpl)


def fixed_family(spec):
    if "~" in spec:
        return "multi_message"
    return spec.split(":")[1] if ":" in spec else "plain"


def fill(r, mod, tpl, gtype=None, gfam=None):
    """Render one conversation from a template."""
    drawn = {}
    parts = {}
    messages = []
    nparts = collections.Counter(
        m.group(1).split("~")[0]
        for msg in tpl
        for m in SLOT.finditer(msg)
        if m.group(1) and "~" in m.group(1)
    )
    for msg in tpl:
        text, pii, keep = "", [], []
        pos = 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            if m.group(2):
                v = values.keep(r, m.group(2))
                keep.append(
                    {"kind": m.group(2), "start": len(text), "end": len(text) + len(v), "value": v}
                )
                text += v
                continue
            spec = m.group(1)
            if spec == "@":
                text += r.choice(mod.LABELS[gtype])
                continue
            key = spec.split("~")[0].split(":")[0]
            t = gtype if key == "?" else key
            fam = gfam if (key == "?" and "~" not in spec) else fixed_family(spec)
            if "~" in spec:
                if key not in parts:
                    v = values.draw(r, t)
                    parts[key] = (v, render.split_parts(r, v, nparts[key]))
                v, ps = parts[key]
                span = ps[int(spec.split("~")[1]) - 1]
                pii.append(
                    {
                        "type": t,
                        "family": "multi_message",
                        "group": "g1",
                        "start": len(text),
                        "end": len(text) + len(span),
                        "value": span,
                        "_full": v,
                    }
                )
                text += span
                continue
            while True:
                v = values.draw(r, t)
                got = render.render(r, mod, t, fam, v)
                if got is not None:
                    break
            before, span, after = got
            text += before
            pii.append(
                {
                    "type": t,
                    "family": fam,
                    "start": len(text),
                    "end": len(text) + len(span),
                    "value": span,
                    "_full": v,
                }
            )
            text += span + after
            drawn[t] = v
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    return messages


def check_conv(mod, conv):
    groups = collections.defaultdict(list)
    for msg in conv["messages"]:
        text = msg["text"]
        spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
        covered = set()
        last_end = -1
        for s in spans:
            if text[s["start"] : s["end"]] != s["value"]:
                raise CorpusError("offset mismatch %r" % s)
            if s["start"] < last_end:
                raise CorpusError("overlap in %r" % text)
            if not s["value"] or s["value"] != s["value"].strip():
                raise CorpusError("span with edge whitespace %r" % s)
            last_end = s["end"]
            covered.update(range(s["start"], s["end"]))
        for i, c in enumerate(text):
            if c.isdigit() and i not in covered:
                raise CorpusError("digit outside a span in %r" % text)
        for s in msg["pii"]:
            full = s.pop("_full")
            if not values.valid(s["type"], full):
                raise CorpusError("invalid value %r" % s)
            if s["family"] == "multi_message":
                groups[s["group"]].append((s, full))
                continue
            if render.decode(mod, s["type"], s["family"], s["value"]) != render.expected(
                s["type"], s["family"], full
            ):
                raise CorpusError("does not decode back: %r from %r" % (s["value"], full))
        for k in msg["must_keep"]:
            if k["kind"] == "lookalike_number" and values.passes_any_checksum(k["value"]):
                raise CorpusError("look-alike passes a checksum %r" % k)
    for g, items in groups.items():
        if len(items) < 2 or render.norm("".join(s["value"] for s, _ in items)) != render.norm(
            items[0][1]
        ):
            raise CorpusError("multi_message group does not rebuild its value: %r" % items)


def build():
    out = {"dev": [], "sealed": []}
    for lang in LANGS:
        mod = importlib.import_module("bench.redaction.potted.templates_" + lang)
        missing = set(render.ALL) - set(mod.LABELS)
        if missing:
            raise CorpusError("%s labels missing %s" % (lang, sorted(missing)))
        n = 0
        for split, tpls in split_templates(mod).items():
            combos = [
                (t, f) for f, ts in render.FAMILIES.items() if f != "multi_message" for t in ts
            ]
            multis = list(render.FAMILIES["multi_message"])
            plan = []
            for ti, (kind, tpl) in enumerate(tpls):
                if kind == "regular":
                    plan += [(ti, tpl, None, None)] * PER_TEMPLATE
            gen_single = [
                (ti, tpl)
                for ti, (k, tpl) in enumerate(tpls)
                if k == "generic" and not is_multi(tpl)
            ]
            gen_multi = [
                (ti, tpl) for ti, (k, tpl) in enumerate(tpls) if k == "generic" and is_multi(tpl)
            ]
            rounds = max(1, -(-PER_TEMPLATE * len(gen_single) // len(combos)))
            for j, (t, f) in enumerate(combos * rounds):
                ti, tpl = gen_single[j % len(gen_single)]
                plan.append((ti, tpl, t, f))
            for j, t in enumerate(multis * 3):
                ti, tpl = gen_multi[j % len(gen_multi)]
                plan.append((ti, tpl, t, "multi_message"))
            for k, (ti, tpl, gt, gf) in enumerate(plan):
                r = random.Random("%s|%s|%s|%d|%d" % (SEED, lang, split, ti, k))
                conv = {
                    "id": "sc50-%s-%04d" % (lang, n),
                    "lang": lang,
                    "locale": r.choice(mod.LOCALES),
                    "split": split,
                    "messages": fill(r, mod, tpl, gt, gf),
                }
                check_conv(mod, conv)
                out[split].append(conv)
                n += 1
    check_coverage(out)
    return out


def check_coverage(out):
    seen = {s: collections.defaultdict(set) for s in out}
    for split, convs in out.items():
        for c in convs:
            for m in c["messages"]:
                for p in m["pii"]:
                    seen[split][c["lang"]].update({"T:" + p["type"], "F:" + p["family"]})
    need = {"T:" + t for t in render.ALL} | {"F:" + f for f in render.FAMILIES}
    for split in out:
        for lang in LANGS:
            miss = need - seen[split][lang]
            if miss:
                raise CorpusError("%s/%s misses %s" % (split, lang, sorted(miss)))


def serialise(out):
    dev = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in out["dev"]
    ).encode()
    raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(raw)
    return {"dev.jsonl": dev, "sealed.jsonl.gz": buf.getvalue()}


def stats(out):
    msgs = collections.Counter()
    convs = collections.Counter()
    c_type, c_fam, c_keep = collections.Counter(), collections.Counter(), collections.Counter()
    nopii = multi_convs = total_pii = total_keep = 0
    for split, cs in out.items():
        for c in cs:
            convs[(split, c["lang"])] += 1
            if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"]):
                multi_convs += 1
            for m in c["messages"]:
                msgs[(split, c["lang"])] += 1
                nopii += not m["pii"]
                for p in m["pii"]:
                    c_type[p["type"]] += 1
                    c_fam[p["family"]] += 1
                    total_pii += 1
                for k in m["must_keep"]:
                    c_keep[k["kind"]] += 1
                    total_keep += 1
    total_msgs = sum(msgs.values())
    total_convs = sum(convs.values())
    print(
        "conversations %d  messages %d  pii %d  must_keep %d"
        % (total_convs, total_msgs, total_pii, total_keep)
    )
    print(
        "messages without pii %.1f%%  conversations with multi_message %.1f%%"
        % (100 * nopii / total_msgs, 100 * multi_convs / total_convs)
    )
    for lang in LANGS:
        lm = msgs[("dev", lang)] + msgs[("sealed", lang)]
        print(
            "  %s  conv dev %d sealed %d  messages dev %d sealed %d  (%.1f%% of messages)"
            % (
                lang,
                convs[("dev", lang)],
                convs[("sealed", lang)],
                msgs[("dev", lang)],
                msgs[("sealed", lang)],
                100 * lm / total_msgs,
            )
        )
    for title, c in (("type", c_type), ("family", c_fam), ("must_keep", c_keep)):
        print(title)
        for k, v in sorted(c.items()):
            print("  %-40s %d" % (k, v))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    out = build()
    files = serialise(out)
    if a.stats:
        stats(out)
    if a.check:
        bad = [
            n for n, b in files.items() if not (HERE / n).exists() or (HERE / n).read_bytes() != b
        ]
        if bad:
            print("differs from disk: %s" % ", ".join(bad))
            return 1
        print("ok: files on disk match the generator")
        return 0
    if not a.stats:
        for n, b in files.items():
            (HERE / n).write_bytes(b)
        print("wrote %s" % ", ".join(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
