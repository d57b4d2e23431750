"""Build dev.jsonl and sealed.jsonl.gz from the hand-written templates, from a fixed seed.

python -m bench.redaction.bagged.generate            rewrite both files
python -m bench.redaction.bagged.generate --check    compare with the files on disk, write nothing
python -m bench.redaction.bagged.generate --stats    print counts
"""

from __future__ import annotations

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

from . import values as V
from .render import ALLOWED, FAMILIES, MM_TYPES, decode, decode_mm, mm_parts, phone_region, render

HERE = Path(__file__).resolve().parent
SEED = "corpus48-bagged-v1"
LANGS = ["en", "es", "fr", "de", "pt"]
LOCALES = {
    "en": ["en-US", "en-US", "en-GB"],
    "es": ["es-ES", "es-MX", "es-US", "es-AR"],
    "fr": ["fr-FR", "fr-CA", "fr-BE"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-BR", "pt-PT"],
}
INSTANCES = 28
CODES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BIC": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "TEL": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
    "X": "X",
}
FAM = {
    "pl": "plain",
    "sp": "spaced_or_dashed",
    "nz": "split_by_noise",
    "ls": "letter_substitution",
    "wd": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "co": "context_only",
}
SLOT = re.compile(r"\{([A-Z]+)(?::([a-z0-9]+))?\}|\[([a-z_]+)\]")


class Scheduler:
    """Round-robin over (type, family) pairs so every pair shows up in every language and split."""

    def __init__(self, r: random.Random, pairs: list):
        self.r, self.pairs, self.queue = r, pairs, []

    def next(self):
        if not self.queue:
            self.queue = list(self.pairs)
            self.r.shuffle(self.queue)
        return self.queue.pop()


def load_templates():
    out = {}
    for lang in LANGS:
        m = importlib.import_module(f"{__package__}.templates_{lang}")
        for t in m.TEMPLATES:
            if re.search(r"\d", SLOT.sub("", t)):
                raise SystemExit(f"template holds a digit: {t!r}")
            if "{L}" in t and "{X" not in t:
                raise SystemExit(f"label without generic value: {t!r}")
        if any(re.search(r"\d", w) for ws in m.LABELS.values() for w in ws):
            raise SystemExit(f"a {lang} label holds a digit")
        if len(set(m.TEMPLATES)) != len(m.TEMPLATES):
            raise SystemExit(f"duplicate template in {lang}")
        out[lang] = (m.TEMPLATES, m.LABELS)
    return out


def split_of(i: int) -> str:
    return "dev" if i % 10 in (0, 3, 6) else "sealed"


def draw_value(r, t, fam, loc):
    for _ in range(200):
        v = V.DRAW[t](r, loc)
        if fam == "letter_substitution" and not re.search(r"[01]", v):
            continue
        if fam == "url_credentials" and not re.fullmatch(r"[A-Za-z0-9!$*]+", v):
            continue
        assert V.check_value(t, v), (t, v)
        return v
    raise RuntimeError((t, fam))


def build_conversation(r, lang, loc, template, labels, sched, mm_sched, cid, split):
    # resolve slots: one value per slot code (the same code twice in a template = two values, except m-parts)
    gen = None
    if re.search(r"\{X(?::m\d)?\}", template):
        if ":m" in template and "{X:m" in template:
            gt = mm_sched.next()
            gen = (gt, "multi_message")
        else:
            gen = sched.next()
    label = r.choice(labels[gen[0]]) if gen else None
    mm_vals = {}
    msgs = []
    group_ids = {}
    for mi, mt in enumerate(template.split(" §§ ")):
        mt = mt.replace("¶", "\n")
        text, pii, keep, pos = "", [], [], 0
        for m in SLOT.finditer(mt):
            text += mt[pos : m.start()]
            pos = m.end()
            if m.group(3):
                kind = m.group(3)
                v = V.keep(r, kind, lang)
                keep.append(
                    {"kind": kind, "start": len(text), "end": len(text) + len(v), "value": v}
                )
                text += v
                continue
            code, fcode = m.group(1), m.group(2)
            if code == "L":
                text += label
                continue
            t = gen[0] if code == "X" else CODES[code]
            if fcode and fcode.startswith("m"):
                if code not in mm_vals:
                    v = draw_value(r, t, "multi_message", loc)
                    mm_vals[code] = (
                        t,
                        v,
                        mm_parts(r, t, v, len(re.findall(r"\{%s:m\d\}" % code, template))),
                        "g%d" % (len(group_ids) + 1),
                    )
                    group_ids[code] = mm_vals[code][3]
                t, v, parts, g = mm_vals[code]
                k = int(fcode[1:]) - 1
                s = parts[k]
                pii.append(
                    {
                        "type": t,
                        "family": "multi_message",
                        "start": len(text),
                        "end": len(text) + len(s),
                        "value": s,
                        "group": g,
                    }
                )
                text += s
                continue
            if code == "X":
                fam = gen[1]
            elif fcode:
                fam = FAM[fcode]
            else:
                fam = r.choice(ALLOWED[t])
            if fam not in ALLOWED[t]:
                raise SystemExit(f"family {fam} not allowed for {t} in {template!r}")
            v = draw_value(r, t, fam, loc)
            pre, span, post = render(r, t, fam, v, lang)
            region = phone_region(v) if t == "PHONE" else None
            canon = v
            got = decode(t, fam, span, region)
            if got != canon:
                raise SystemExit(f"decode mismatch {t} {fam}: {span!r} -> {got!r} != {canon!r}")
            text += pre
            pii.append(
                {
                    "type": t,
                    "family": fam,
                    "start": len(text),
                    "end": len(text) + len(span),
                    "value": span,
                }
            )
            text += span + post
        text += mt[pos:]
        msgs.append({"text": text, "pii": pii, "must_keep": keep})
    # the parts of a multi-message value decode back to it
    for code, (t, v, parts, g) in mm_vals.items():
        got = [p["value"] for m in msgs for p in m["pii"] if p.get("group") == g]
        if decode_mm(t, got, phone_region(v) if t == "PHONE" else None) != v:
            raise SystemExit(f"multi_message mismatch {t}: {got} != {v}")
    msgs = [m for m in msgs if m["text"].strip()]
    return {"id": cid, "lang": lang, "locale": loc, "split": split, "messages": msgs}


def validate(conv):
    for m in conv["messages"]:
        text = m["text"]
        spans = sorted([(s["start"], s["end"]) for s in m["pii"] + m["must_keep"]])
        covered = [False] * len(text)
        for s in m["pii"] + m["must_keep"]:
            assert text[s["start"] : s["end"]] == s["value"], (conv["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (conv["id"], s)
            for i in range(s["start"], s["end"]):
                covered[i] = True
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, (conv["id"], "overlap", text)
        for i, ch in enumerate(text):
            if ch.isdigit() and not covered[i]:
                raise SystemExit(f"digit outside a span in {conv['id']}: {text!r}")
        for k in m["must_keep"]:
            if (
                k["value"].isdigit()
                and 4 <= len(k["value"]) <= 11
                and V._passes_any_checksum(k["value"])
            ):
                raise SystemExit(f"must_keep passes a checksum: {k}")


def build():
    r = random.Random(SEED)
    tpls = load_templates()
    dev_lit = {t for lang in LANGS for i, t in enumerate(tpls[lang][0]) if split_of(i) == "dev"}
    sealed_lit = {
        t for lang in LANGS for i, t in enumerate(tpls[lang][0]) if split_of(i) == "sealed"
    }
    if dev_lit & sealed_lit:
        raise SystemExit(f"dev and sealed share templates: {sorted(dev_lit & sealed_lit)[:3]}")
    pairs = [(t, f) for t in V.TYPES for f in ALLOWED[t]]
    out = {"dev": [], "sealed": []}
    for lang in LANGS:
        templates, labels = tpls[lang]
        missing = [t for t in V.TYPES if t not in labels]
        if missing:
            raise SystemExit(f"{lang}: no labels for {missing}")
        sched = {s: Scheduler(r, pairs) for s in ("dev", "sealed")}
        mm = {s: Scheduler(r, MM_TYPES) for s in ("dev", "sealed")}
        n = 0
        for i, tpl in enumerate(templates):
            split = split_of(i)
            k = INSTANCES * (2 if ("{X" in tpl and split == "dev") else 1)
            for _ in range(k):
                n += 1
                loc = r.choice(LOCALES[lang])
                conv = build_conversation(
                    r,
                    lang,
                    loc,
                    tpl,
                    labels,
                    sched[split],
                    mm[split],
                    f"sc48-{lang}-{n:04d}",
                    split,
                )
                validate(conv)
                out[split].append(conv)
    # coverage: every language, type and family in both splits
    for s in out:
        seen = {(c["lang"], p["type"]) for c in out[s] for m in c["messages"] for p in m["pii"]}
        seenf = {(c["lang"], p["family"]) for c in out[s] for m in c["messages"] for p in m["pii"]}
        for lang in LANGS:
            miss = [t for t in V.TYPES if (lang, t) not in seen] + [
                f for f in FAMILIES if (lang, f) not in seenf
            ]
            if miss:
                raise SystemExit(f"{s}/{lang} lacks {miss}")
    return out


def serialise(out):
    dev = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in out["dev"]
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode())
    return dev, buf.getvalue()


def stats(out):
    allc = out["dev"] + out["sealed"]
    msgs = [(c, m) for c in allc for m in c["messages"]]
    print(
        f"conversations {len(allc)} (dev {len(out['dev'])}, sealed {len(out['sealed'])}); messages {len(msgs)}"
    )
    pii = [p for _, m in msgs for p in m["pii"]]
    values = len([p for p in pii if p["family"] != "multi_message"]) + len(
        {(c["id"], p["group"]) for c, m in msgs for p in m["pii"] if p.get("group")}
    )
    print(
        f"pii spans {len(pii)}; pii values {values}; must_keep spans {sum(len(m['must_keep']) for _, m in msgs)}"
    )
    print(
        f"messages without pii {sum(1 for _, m in msgs if not m['pii']) / len(msgs):.1%}; conversations with multi_message "
        f"{sum(1 for c in allc if any(p.get('group') for m in c['messages'] for p in m['pii'])) / len(allc):.1%}"
    )
    for title, key in (("language (messages)", lambda c, m: [c["lang"]]),):
        cnt = collections.Counter(k for c, m in msgs for k in key(c, m))
        print(
            title
            + ": "
            + ", ".join(f"{k} {v} ({v / len(msgs):.0%})" for k, v in sorted(cnt.items()))
        )
    for s in ("dev", "sealed"):
        cnt = collections.Counter(c["lang"] for c in out[s] for _ in c["messages"])
        print(f"  {s} messages: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
    for title, f in (("type", lambda p: p["type"]), ("family", lambda p: p["family"])):
        cnt = collections.Counter(f(p) for p in pii)
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
    cnt = collections.Counter(k["kind"] for _, m in msgs for k in m["must_keep"])
    print("must_keep: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
    for lang in LANGS:
        n = sum(
            1
            for i, _ in enumerate(
                importlib.import_module(f"{__package__}.templates_{lang}").TEMPLATES
            )
        )
        print(f"templates {lang}: {n}")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    out = build()
    dev, sealed = serialise(out)
    if a.stats:
        stats(out)
    paths = {HERE / "dev.jsonl": dev, HERE / "sealed.jsonl.gz": sealed}
    if a.check:
        bad = [p.name for p, b in paths.items() if not p.exists() or p.read_bytes() != b]
        print("differs: " + ", ".join(bad) if bad else "ok: both files match")
        return 1 if bad else 0
    if not a.stats:
        for p, b in paths.items():
            p.write_bytes(b)
        print(f"wrote {len(out['dev'])} dev and {len(out['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
