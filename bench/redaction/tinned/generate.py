"""Generate dev.jsonl and sealed.jsonl.gz from the hand-written templates.

python -m bench.redaction.tinned.generate            rewrite both files (byte-identical for the fixed seed)
python -m bench.redaction.tinned.generate --check    compare with the files on disk, write nothing
python -m bench.redaction.tinned.generate --stats    print counts per language / type / family / must_keep kind
"""

import argparse
import gzip
import hashlib
import importlib
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from . import render, values

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt"]
SEED = 51
INSTANCES = 20  # conversations drawn from each template
DEV_SHARE = 0.3
MULTI_SHARE = 0.16  # conversations that carry one value across messages
TOKEN = re.compile(r"\{([A-Z_]+)\}|\[([a-z_]+)\]")
SEP = {
    "en": [" ", ": ", " is ", " - ", " "],
    "es": [" ", ": ", " es ", " = ", " "],
    "fr": [" ", ": ", " c'est ", " = ", " "],
    "de": [" ", ": ", " ist ", " = ", " "],
    "pt": [" ", ": ", " é ", " = ", " "],
}
COMMON = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "EMAIL",
    "PHONE",
    "PASSWORD",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "USERNAME",
}
LOCAL = {
    "en": {
        "SSN",
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
        "UK_NATIONAL_INSURANCE_NUMBER",
        "BANK_ROUTING",
        "DRIVER_ID",
    },
    "es": {"ES_DNI", "ES_NIE", "MX_CURP", "MX_RFC", "MX_CLABE"},
    "fr": {"FR_NIR", "SWIFT_CODE"},
    "de": {"DE_TAX_ID", "BANK_ROUTING", "SWIFT_CODE"},
    "pt": {"BR_CPF", "BR_CNPJ", "PT_NIF", "BANK_ROUTING"},
}
TYPES = sorted(render.FAMILIES)
ALL_FAMILIES = sorted(
    {"plain", "context_only", "multi_message"}
    | {f for fs in render.FAMILIES.values() for f in fs} - {"base"}
)
KINDS = [
    "order_number",
    "tracking_number",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "count",
    "percentage",
    "product_model",
    "version",
    "invoice_number",
    "ticket_number",
    "booking_reference",
    "policy_number",
    "contract_number",
    "flight_number",
    "store_number",
    "room_number",
    "seat_number",
    "error_code",
    "data_size",
    "year",
    "meter_reading",
    "plate_number",
    "reference_number",
]


class Refused(SystemExit):
    pass


def load(lang):
    mod = importlib.import_module("bench.redaction.tinned.templates_" + lang)
    for tpl in mod.TEMPLATES:
        for msg in tpl:
            if any(ch.isdigit() for ch in msg):
                raise Refused("template holds a digit: %r" % (msg,))
            for m in TOKEN.finditer(msg):
                if m.group(1) and m.group(1) != "ANY" and m.group(1) not in render.FAMILIES:
                    raise Refused("unknown type %s in %r" % (m.group(1), msg))
                if m.group(2) and m.group(2) not in KINDS:
                    raise Refused("unknown must_keep kind %s in %r" % (m.group(2), msg))
    return mod


def key(tpl):
    return "\x1e".join(tpl)


def assign_splits(mods):
    """Per language, the ~30% of templates with the lowest hash go to dev; a literal text seen in both splits
    (the same text in two languages) goes to sealed everywhere, and then the two lists must be disjoint."""
    split = {}
    for lang, mod in mods.items():
        ranked = sorted(mod.TEMPLATES, key=lambda t: hashlib.sha256(key(t).encode()).hexdigest())
        n_dev = round(DEV_SHARE * len(ranked))
        for i, t in enumerate(ranked):
            split[(lang, key(t))] = "dev" if i < n_dev else "sealed"
    by_text = {}
    for (lang, k), s in split.items():
        by_text.setdefault(k, set()).add(s)
    for lang, k in split:
        if len(by_text[k]) > 1:
            split[(lang, k)] = "sealed"
    dev = {k for (lang, k), s in split.items() if s == "dev"}
    sealed = {k for (lang, k), s in split.items() if s == "sealed"}
    if dev & sealed:
        raise Refused(
            "a dev and a sealed template share their literal text: %r" % sorted(dev & sealed)[:3]
        )
    for lang, mod in mods.items():
        if len({key(t) for t in mod.TEMPLATES}) != len(mod.TEMPLATES):
            raise Refused("duplicate template in %s" % lang)
    return split


class Draw:
    """Chooses types and families, steering toward the least-seen ones so every language covers every type
    and family in both splits."""

    def __init__(self, r):
        self.r = r
        self.types = Counter()
        self.fams = Counter()

    def pick_type(self, lang, split, pool=None):
        pool = pool or TYPES
        unseen = [
            t
            for t in pool
            if any(not self.fams[(lang, split, f)] for f in render.FAMILIES[t] if f != "base")
        ]
        if unseen and self.r.random() < 0.5:
            return self.r.choice(unseen)
        if self.r.random() < 0.35:
            low = min(self.types[(lang, split, t)] for t in pool)
            return self.r.choice([t for t in pool if self.types[(lang, split, t)] == low])
        w = [4 if t in LOCAL[lang] else 3 if t in COMMON else 1 for t in pool]
        return self.r.choices(pool, weights=w)[0]

    def pick_family(self, lang, split, t):
        fams = render.FAMILIES[t]
        unseen = [f for f in fams if f != "base" and not self.fams[(lang, split, f)]]
        if unseen:
            return self.r.choice(unseen)
        if self.r.random() < 0.5:
            low = min(self.fams[(lang, split, f)] for f in fams)
            return self.r.choice([f for f in fams if self.fams[(lang, split, f)] == low])
        return self.r.choices(fams, weights=[1.5 if f == "base" else 1 for f in fams])[0]


def draw_value(r, t, fam, lang):
    for _ in range(200):
        v = values.draw(r, t, lang)
        if fam == "letter_substitution" and not any(ch in "01" for ch in v):
            continue
        if fam == "percent_encoded" and t == "PHONE" and not v.startswith("+"):
            continue
        if not values.valid(t, v):
            raise Refused("drawn value fails its check digits: %s" % t)
        return v
    return None


def build(r, lang, mod, tpl, split, dr, cid, multi):
    locale = r.choice(mod.LOCALES)
    msgs = [list(TOKEN.finditer(m)) for m in tpl]
    slots = [(i, j) for i, ms in enumerate(msgs) for j, m in enumerate(ms) if m.group(1)]
    multi_slot = None
    if multi:
        ok = [s for s in slots if msgs[s[0]][s[1]].group(1) in ["ANY"] + render.MULTI_TYPES]
        if ok and len(tpl) < 4:
            multi_slot = r.choice(ok)
    out = []
    for i, m in enumerate(tpl):
        text, pii, keep, extra = "", [], [], []
        pos = 0
        for j, tok in enumerate(msgs[i]):
            text += m[pos : tok.start()]
            pos = tok.end()
            if tok.group(2):
                v = values.must_keep(r, tok.group(2), lang)
                keep.append(
                    {
                        "kind": tok.group(2),
                        "start": len(text),
                        "end": len(text) + len(v),
                        "value": v,
                    }
                )
                text += v
                continue
            name = tok.group(1)
            is_multi = (i, j) == multi_slot
            if is_multi:
                t = name if name != "ANY" else dr.pick_type(lang, split, render.MULTI_TYPES)
                fam = "multi_message"
            else:
                t = name if name != "ANY" else dr.pick_type(lang, split)
                fam = dr.pick_family(lang, split, t)
            v = draw_value(r, t, fam, lang)
            if v is None:
                fam = "base"
                v = draw_value(r, t, fam, lang)
            if fam == "base":
                fam = render.base_family(t, v)
            dr.types[(lang, split, t)] += 1
            dr.fams[(lang, split, fam)] += 1
            if name == "ANY" and (
                fam not in ("url_credentials", "key_value_secret", "percent_encoded")
                or r.random() < 0.3
            ):
                text += r.choice(mod.LABELS[t]) + r.choice(SEP[lang])
            if is_multi:
                k = 2 if len(tpl) == 3 or r.random() < 0.6 else 3
                parts = render.split_parts(r, t, v, k)
                span = {
                    "type": t,
                    "family": fam,
                    "start": len(text),
                    "end": len(text) + len(parts[0]),
                    "value": parts[0],
                    "group": "g1",
                }
                pii.append(span)
                text += parts[0]
                extra, multi_type = parts[1:], t
                canon = render.canon(t, v)
                if values.compact("".join(parts)).upper() != canon:
                    raise Refused("multi_message parts do not join back to the value (%s)" % t)
                continue
            before, s, after = render.render(r, t, fam, v, mod)
            if render.decode(t, fam, s, mod) != render.canon(t, v):
                raise Refused("%s/%s does not decode back: %r" % (t, fam, s))
            text += before
            pii.append(
                {
                    "type": t,
                    "family": fam,
                    "start": len(text),
                    "end": len(text) + len(s),
                    "value": s,
                }
            )
            text += s + after
        text += m[pos:]
        out.append({"text": text, "pii": pii, "must_keep": keep})
        for p in extra:
            c = r.choice(mod.CONT)
            a = c.index("{P}")
            out.append(
                {
                    "text": c[:a] + p + c[a + 3 :],
                    "pii": [
                        {
                            "type": multi_type,
                            "family": "multi_message",
                            "start": a,
                            "end": a + len(p),
                            "value": p,
                            "group": "g1",
                        }
                    ],
                    "must_keep": [],
                }
            )
    return {"id": cid, "lang": lang, "locale": locale, "split": split, "messages": out}


# must_keep kinds drawn as bare digit runs that look like a PIN, phone, account or id
ID_KINDS = {
    "order_number",
    "tracking_number",
    "ticket_number",
    "policy_number",
    "contract_number",
    "reference_number",
    "meter_reading",
    "invoice_number",
}


def check_conversation(c):
    for msg in c["messages"]:
        for k in msg["must_keep"]:
            runs = re.findall(r"\d{4,}", k["value"]) if k["kind"] in ID_KINDS else []
            if any(values.passes_any_checksum(d) for d in runs):
                raise Refused(
                    "%s: must_keep %s passes a checksum: %r" % (c["id"], k["kind"], k["value"])
                )
        text = msg["text"]
        spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
        covered = set()
        last = -1
        for s in spans:
            v = text[s["start"] : s["end"]]
            if v != s["value"] or not v:
                raise Refused("%s: value != text[start:end]" % c["id"])
            if v != v.strip():
                raise Refused("%s: span starts or ends with whitespace: %r" % (c["id"], v))
            if s["start"] < last:
                raise Refused("%s: overlapping spans" % c["id"])
            last = s["end"]
            covered.update(range(s["start"], s["end"]))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise Refused("%s: digit outside a span in %r" % (c["id"], text))


def generate():
    mods = {lang: load(lang) for lang in LANGS}
    split = assign_splits(mods)
    r = random.Random(SEED)
    dr = Draw(r)
    convs = []
    for lang in LANGS:
        n = 0
        for tpl in mods[lang].TEMPLATES:
            s = split[(lang, key(tpl))]
            for _ in range(INSTANCES):
                n += 1
                c = build(
                    r,
                    lang,
                    mods[lang],
                    tpl,
                    s,
                    dr,
                    "sc51-%s-%04d" % (lang, n),
                    r.random() < MULTI_SHARE,
                )
                check_conversation(c)
                convs.append(c)
    for lang in LANGS:
        for s in ("dev", "sealed"):
            missing = [t for t in TYPES if not dr.types[(lang, s, t)]] + [
                f for f in ALL_FAMILIES if not dr.fams[(lang, s, f)]
            ]
            if missing:
                raise Refused("%s/%s lacks %s" % (lang, s, missing))
    return convs


def serialise(convs):
    dev = "".join(
        json.dumps(c, ensure_ascii=False) + "\n" for c in convs if c["split"] == "dev"
    ).encode()
    raw = "".join(
        json.dumps(c, ensure_ascii=False) + "\n" for c in convs if c["split"] == "sealed"
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(raw)
    return {"dev.jsonl": dev, "sealed.jsonl.gz": buf.getvalue()}


def stats(convs):
    msgs = Counter()
    out = []
    by = {
        k: Counter() for k in ("lang", "split", "type", "family", "kind", "lang_pii", "lang_keep")
    }
    nopii = multi = 0
    for c in convs:
        msgs[c["lang"]] += len(c["messages"])
        by["split"][c["split"]] += len(c["messages"])
        multi += any("group" in p for m in c["messages"] for p in m["pii"])
        for m in c["messages"]:
            nopii += not m["pii"]
            for p in m["pii"]:
                by["type"][p["type"]] += 1
                by["family"][p["family"]] += 1
                by["lang_pii"][c["lang"]] += 1
            for k in m["must_keep"]:
                by["kind"][k["kind"]] += 1
                by["lang_keep"][c["lang"]] += 1
    total = sum(msgs.values())
    mods = {lang: load(lang) for lang in LANGS}
    split = Counter((lang, s) for (lang, _), s in assign_splits(mods).items())
    out.append(
        "templates (dev / sealed): "
        + ", ".join(
            "%s %d/%d" % (lang, split[(lang, "dev")], split[(lang, "sealed")]) for lang in LANGS
        )
    )
    out.append(
        "conversations %d, messages %d, pii spans %d, must_keep spans %d"
        % (len(convs), total, sum(by["type"].values()), sum(by["kind"].values()))
    )
    out.append(
        "messages without pii %.1f%%, conversations with a multi_message value %.1f%%"
        % (100 * nopii / total, 100 * multi / len(convs))
    )
    out.append(
        "messages per split: " + ", ".join("%s %d" % kv for kv in sorted(by["split"].items()))
    )
    out.append("per language: messages / pii / must_keep / share of messages")
    for lang in LANGS:
        out.append(
            "  %s %5d %5d %5d  %.1f%%"
            % (
                lang,
                msgs[lang],
                by["lang_pii"][lang],
                by["lang_keep"][lang],
                100 * msgs[lang] / total,
            )
        )
    for name in ("type", "family", "kind"):
        out.append("per %s:" % name)
        out.extend("  %-40s %5d" % kv for kv in sorted(by[name].items()))
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    a = ap.parse_args(argv)
    convs = generate()
    files = serialise(convs)
    if a.stats:
        print(stats(convs))
    if a.check:
        stale = [
            n for n, b in files.items() if not (HERE / n).exists() or (HERE / n).read_bytes() != b
        ]
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("dev.jsonl and sealed.jsonl.gz are up to date")
        return 0
    if not a.stats:
        for n, b in files.items():
            (HERE / n).write_bytes(b)
        print("wrote " + ", ".join(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
