"""Instantiate templates, split dev/sealed, self-check, write dev.jsonl and sealed.jsonl.gz.

Run from anywhere: python -m bench.redaction.encased.generate [--check]
"""

import argparse
import gzip
import hashlib
import io
import itertools
import json
import random
import re
import sys
from pathlib import Path

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .render import FAMILY, TYPE, must_keep, needs_redraw, render, split_parts
from .values import draw

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
FORCED = {
    "SSN": "US",
    "ITIN": "US",
    "NINO": "en-GB",
    "DNI": "es-ES",
    "NIE": "es-ES",
    "CURP": "es-MX",
    "RFC": "es-MX",
    "CLABE": "es-MX",
    "CPF": "pt-BR",
    "CNPJ": "pt-BR",
    "NIR": "fr-FR",
    "STID": "de-DE",
    "NIF": "pt-PT",
}
SLOT = re.compile(r"\{(#?[A-Za-z]+)(?::(\w+))?\}")
INSTANCES = 5
SEP = " >> "


def rng_for(*parts):
    return random.Random(hashlib.sha256("|".join(parts).encode()).hexdigest())


def pick_locale(lang, tpl, rng):
    m = re.match(r"@([a-z]{2}-[A-Z]{2}) ", tpl)
    if m:
        return m.group(1)
    for kind, loc in FORCED.items():
        if "{" + kind in tpl:
            if loc == "US":
                return "es-US" if lang == "es" else "en-US"
            return loc
    return rng.choice(LOCALES[lang])


def instantiate(lang, tid, tpl, k):
    rng = rng_for("sc21", lang, tid, str(k))
    locale = pick_locale(lang, tpl, rng)
    body = re.sub(r"^@[a-z]{2}-[A-Z]{2} ", "", tpl)
    msgs = body.split(SEP)
    vals, mm_parts, groupname = {}, {}, {}
    slots = SLOT.findall(body)
    for name, fam in slots:
        if name.startswith("#") or name in vals:
            continue
        fam = fam or "plain"
        while True:
            v = draw(rng, name, locale)
            if not needs_redraw(name, fam, v):
                break
        vals[name] = v
    for name, fam in slots:
        if fam and fam.startswith("mm") and name not in mm_parts:
            n = max(int(f[2]) for nm, f in slots if nm == name and f and f.startswith("mm"))
            mm_parts[name] = split_parts(name, vals[name], locale, n, rng)
            groupname[name] = f"g{len(groupname) + 1}"
    out = []
    for msg in msgs:
        text, pii, keep, pos = "", [], [], 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            name, fam = m.group(1), m.group(2) or "plain"
            if name.startswith("#"):
                v = must_keep(name[1:], lang, locale, rng)
                keep.append(
                    {
                        "kind": KEEP_KIND.get(name[1:], name[1:]),
                        "start": len(text),
                        "end": len(text) + len(v),
                        "value": v,
                    }
                )
                text += v
                continue
            if fam.startswith("mm"):
                part = mm_parts[name][int(fam[2]) - 1]
                pii.append(
                    {
                        "type": TYPE[name],
                        "family": "multi_message",
                        "start": len(text),
                        "end": len(text) + len(part),
                        "value": part,
                        "group": groupname[name],
                    }
                )
                text += part
                continue
            t, spans = render(name, fam, vals[name], lang, locale, rng)
            for s, e in spans:
                pii.append(
                    {
                        "type": TYPE[name],
                        "family": FAMILY[fam],
                        "start": len(text) + s,
                        "end": len(text) + e,
                        "value": t[s:e],
                    }
                )
            text += t
        text += msg[pos:]
        out.append({"text": text, "pii": pii, "must_keep": keep})
    return locale, out


KEEP_KIND = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "postal_code",
    "qty": "quantity",
    "model": "product_model",
    "invoice": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "flight": "flight_number",
    "store": "store_number",
    "error": "error_code",
    "room": "room_number",
    "policy": "policy_number",
    "contract": "contract_number",
    "pct": "percentage",
    "data": "data_size",
}


def features(lang, tpl):
    feats = set()
    for name, fam in SLOT.findall(tpl):
        if name.startswith("#"):
            continue
        feats.add(("type", TYPE[name]))
        fam = fam or "plain"
        feats.add(("family", "multi_message" if fam.startswith("mm") else FAMILY[fam]))
    return feats


def split(lang, tpls):
    """About 30% of templates to dev, chosen by hash order, making sure each feature lands in both splits."""  # noqa: E501
    ids = sorted(
        range(len(tpls)), key=lambda i: hashlib.sha256(f"split|{lang}|{i}".encode()).hexdigest()
    )
    feats = [features(lang, t) for t in tpls]
    allf = set().union(*feats)
    dev, covered = set(), set()
    for f in sorted(allf):
        holders = [i for i in ids if f in feats[i]]
        if f in covered or len(holders) < 2:
            continue
        dev.add(holders[0])
        covered |= feats[holders[0]]
    target = round(0.3 * len(tpls))
    for i in ids:
        if len(dev) >= target:
            break
        if i in dev:
            continue
        sealed_after = set().union(*(feats[j] for j in range(len(tpls)) if j not in dev and j != i))
        if feats[i] <= sealed_after:
            dev.add(i)
    return dev


def build():
    rows, problems = [], []
    for lang, mod in LANGS.items():
        tpls = mod.TEMPLATES
        for t in tpls:
            if re.search(r"\d", SLOT.sub("", t)):
                problems.append(f"{lang}: digit in template text: {t[:40]!r}")
        dev = split(lang, tpls)
        n = 0
        for order in ("dev", "sealed"):
            for ti, tpl in enumerate(tpls):
                if (ti in dev) != (order == "dev"):
                    continue
                for k in range(INSTANCES):
                    n += 1
                    locale, msgs = instantiate(lang, str(ti), tpl, k)
                    rows.append(
                        {
                            "id": f"sc21-{lang}-{n:04d}",
                            "lang": lang,
                            "locale": locale,
                            "split": order,
                            "template": ti,
                            "messages": msgs,
                        }
                    )
    return rows, problems


def check(rows, problems):
    for r in rows:
        for m in r["messages"]:
            text = m["text"]
            spans = [(x["start"], x["end"]) for x in m["pii"] + m["must_keep"]]
            for x in m["pii"] + m["must_keep"]:
                v = text[x["start"] : x["end"]]
                if v != x["value"] or not v or v != v.strip():
                    problems.append(f"{r['id']}: bad span {x!r}")
            spans.sort()
            for a, b in itertools.pairwise(spans):
                if a[1] > b[0]:
                    problems.append(f"{r['id']}: overlap")
            for i, c in enumerate(text):
                if c.isdigit() and not any(s <= i < e for s, e in spans):
                    problems.append(f"{r['id']}: uncovered digit at {i}")
                    break
    stats = {}
    for lang in LANGS:
        rs = [r for r in rows if r["lang"] == lang]
        msgs = [m for r in rs for m in r["messages"]]
        nopii = sum(1 for m in msgs if not m["pii"])
        mm = sum(
            1
            for r in rs
            if any(p["family"] == "multi_message" for m in r["messages"] for p in m["pii"])
        )
        stats[lang] = (len(msgs), nopii / len(msgs), mm / len(rs))
        if len(LANGS[lang].TEMPLATES) < 150:
            problems.append(f"{lang}: only {len(LANGS[lang].TEMPLATES)} templates")
        if not 0.15 <= nopii / len(msgs) <= 0.20:
            problems.append(f"{lang}: no-PII share {nopii / len(msgs):.3f}")
        if mm / len(rs) < 0.08:
            problems.append(f"{lang}: multi_message share {mm / len(rs):.3f}")
        for fld in ("type", "family"):
            got = {
                s: {p[fld] for r in rs if r["split"] == s for m in r["messages"] for p in m["pii"]}
                for s in ("dev", "sealed")
            }
            if got["dev"] != got["sealed"]:
                problems.append(
                    f"{lang}: {fld} not in both splits: {sorted(got['dev'] ^ got['sealed'])}"
                )
    sizes = [s[0] for s in stats.values()]
    if sum(sizes) < 5000:
        problems.append(f"only {sum(sizes)} messages")
    if max(sizes) > 1.5 * min(sizes):
        problems.append(f"languages unbalanced: {sizes}")
    return stats


def serialise(rows):
    def line(r):
        r = {k: v for k, v in r.items() if k != "template"}
        return json.dumps(r, ensure_ascii=False) + "\n"

    dev = "".join(line(r) for r in rows if r["split"] == "dev").encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write("".join(line(r) for r in rows if r["split"] == "sealed").encode())
    return dev, buf.getvalue()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="regenerate and compare, write nothing")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    rows, problems = build()
    stats = check(rows, problems)
    for p in problems[:40]:
        print("PROBLEM", p, file=sys.stderr)
    if args.stats:
        for lang, s in stats.items():
            print(lang, s)
    dev, sealed = serialise(rows)
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("identical" if same else "DIFFERENT")
        sys.exit(0 if same and not problems else 1)
    if problems:
        sys.exit(1)
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(rows)} conversations")


if __name__ == "__main__":
    main()
