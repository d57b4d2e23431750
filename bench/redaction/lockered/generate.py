"""Render the lockered corpus, check every invariant, and write dev.jsonl / sealed.jsonl.gz.

Usage: python -m bench.redaction.lockered.generate [--check | --stats]
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
from typing import Any

from . import render as R
from . import values as V

HERE = Path(__file__).parent
LANGS = ("en", "es", "fr", "de", "pt")
LOCALES = {
    "en": ["en-US", "en-GB"],
    "es": ["es-ES", "es-MX"],
    "fr": ["fr-FR"],
    "de": ["de-DE"],
    "pt": ["pt-BR", "pt-PT"],
}
REPS = 6
REPS_MM = 12
PH = re.compile(r"\{([A-Za-z]+)(?:@([a-z]))?\.([a-z_]+)\}")


class CorpusError(Exception):
    """An invariant failed; nothing is written."""


def keep(kind: str, loc: str, rng: random.Random) -> str:
    """A hard negative of ``kind``, redrawn until no digit run in it validates as PII."""
    for _ in range(1000):
        v = _keep(kind, loc, rng)
        if V.negative_ok(v):
            return v
    raise CorpusError(f"cannot draw negative {kind}")


def _keep(kind: str, loc: str, rng: random.Random) -> str:
    d, reg, ri = V.digits, V.REGION[loc], rng.randint
    day, mon, yr = ri(1, 28), ri(1, 12), ri(2024, 2027)
    cur = {"US": "$", "GB": "£", "MX": "$", "BR": "R$ "}.get(reg, "")
    if kind == "order":
        return rng.choice(["", "", "A", "PO-", "WEB"]) + d(rng, rng.choice((6, 7, 8)), "123456789")
    if kind == "booking":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + str(
            ri(2, 9)
        )
    if kind == "ticket":
        return rng.choice(["INC", "TK-", "CS", "#"]) + d(rng, rng.choice((5, 6, 7)), "123456789")
    if kind == "invoice":
        return f"{rng.choice(['F', 'INV-', 'FAC', 'RE'])}{yr}-{d(rng, 5)}"
    if kind == "contract":
        return d(rng, rng.choice((8, 10, 11)), "123456789")
    if kind == "amount":
        whole, cents = ri(3, 2400), ri(0, 99)
        if reg in ("US", "GB", "MX"):
            return f"{cur}{whole:,}.{cents:02d}"
        if reg == "BR":
            return f"R$ {whole},{cents:02d}"
        return rng.choice([f"{whole},{cents:02d} €", f"{whole},{cents:02d}€", f"€{whole}"])
    if kind == "date":
        if reg == "US":
            return f"{mon:02d}/{day:02d}/{yr}"
        if reg == "DE":
            return f"{day:02d}.{mon:02d}.{yr}"
        return rng.choice(
            [f"{day:02d}/{mon:02d}/{yr}", f"{day}/{mon}", f"{yr}-{mon:02d}-{day:02d}"]
        )
    if kind == "time":
        h, m = ri(7, 21), rng.choice((0, 5, 15, 30, 45, 50))
        return f"{h}h{m:02d}" if reg == "FR" and rng.random() < 0.5 else f"{h}:{m:02d}"
    if kind == "year":
        return str(ri(1998, 2026))
    if kind == "zip":
        return {
            "US": d(rng, 5, "1234"),
            "GB": f"SW{ri(1, 20)} {ri(1, 9)}AB",
            "BR": f"{d(rng, 5, '1234')}-{d(rng, 3)}",
            "PT": f"{ri(1000, 4999)}-{d(rng, 3)}",
            "MX": f"{ri(1, 99):02d}{ri(100, 999)}",
        }.get(reg, f"{ri(10, 52):02d}{d(rng, 3)}")
    if kind == "zipplus":
        return f"{d(rng, 5, '1234')}-{d(rng, 4)}"
    if kind == "count":
        return str(ri(2, 40))
    if kind == "flight":
        return (
            rng.choice(["IB", "LH", "AF", "TP", "BA", "AM", "LA", "UA"])
            + rng.choice(["", " "])
            + str(ri(100, 8999))
        )
    if kind == "model":
        return rng.choice(["SM-A", "XR-", "WM", "TX"]) + str(ri(10, 990)) + rng.choice(["", "B"])
    if kind == "version":
        return f"{ri(1, 17)}.{ri(0, 9)}.{ri(0, 20)}"
    if kind == "room":
        return str(ri(101, 940))
    if kind == "street":
        return str(ri(1, 180))
    if kind == "tracking":
        return rng.choice(["LX", "JD", "RR", "CP"]) + d(rng, 12) + rng.choice(["BR", "DE", "PT"])
    raise CorpusError(f"unknown keep kind {kind}")


def template_families(tpl: tuple[str, ...]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = collections.defaultdict(set)
    for msg in tpl:
        for m in PH.finditer(msg):
            if m.group(1) != "k" and m.group(3) != "ctx":
                out[m.group(1)].add(m.group(3))
    return out


def x_pool(tpl: tuple[str, ...]) -> list[str]:
    fams = template_families(tpl).get("X", set())
    if not fams:
        return []
    pool = [a for a in V.ALIAS if all(a in R.POOLS.get(f, []) for f in fams)]
    if fams and not pool:
        raise CorpusError(f"no type fits X in {tpl}")
    return pool


def build(
    lang: str,
    split: str,
    ti: int,
    rep: int,
    tpl: tuple[str, ...],
    ctx: dict[str, list[str]],
    canon: list[tuple[str, str, str]],
) -> dict[str, Any]:
    cid = f"lockered-{lang}-{split}-{ti:03d}-{rep:02d}"
    locs = LOCALES[lang]
    loc = locs[(rep + ti) % len(locs)]
    for attempt in range(50):
        rng = random.Random(f"lockered|{lang}|{split}|{ti}|{rep}" + "|" * attempt)
        try:
            return _build(cid, lang, loc, split, tpl, ctx, rep, rng, canon)
        except ValueError:  # a draw unfit for its family (e.g. no 0/1 to substitute)
            continue
    raise CorpusError(f"{cid}: cannot render")


def _build(
    cid: str,
    lang: str,
    loc: str,
    split: str,
    tpl: tuple[str, ...],
    ctx: dict[str, list[str]],
    rep: int,
    rng: random.Random,
    canon: list[tuple[str, str, str]],
) -> dict[str, Any]:
    pool = x_pool(tpl)
    x = pool[rep % len(pool)] if pool else ""
    vals: dict[tuple[str, str], str] = {}
    mm_count: collections.Counter[tuple[str, str]] = collections.Counter()
    for msg in tpl:
        for m in PH.finditer(msg):
            if m.group(3) == "multi_message":
                mm_count[(m.group(1), m.group(2) or "")] += 1
    mm_parts: dict[tuple[str, str], list[str]] = {}
    mm_group: dict[tuple[str, str], str] = {}
    local_canon: list[tuple[str, str, str]] = []
    messages = []
    for msg in tpl:
        text, pii, mk, pos = "", [], [], 0
        for m in PH.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            name, slot, fam = m.group(1), m.group(2) or "", m.group(3)
            if name == "k":
                s = keep(fam, loc, rng)
                mk.append({"kind": fam, "start": len(text), "end": len(text) + len(s), "value": s})
                text += s
                continue
            alias = x if name == "X" else name
            t = V.ALIAS[alias]
            if fam == "ctx":
                text += rng.choice(ctx[alias])
                continue
            key = (name, slot)
            if key not in vals:
                vals[key] = V.draw(t, loc, rng)
                if fam == "letter_substitution" and not re.search(r"[01]", vals[key]):
                    raise ValueError("no 0/1")
                local_canon.append((t, vals[key], loc))
            v = vals[key]
            span: dict[str, Any] = {"type": t, "family": fam}
            if fam == "multi_message":
                if key not in mm_parts:
                    mm_parts[key] = R.split_parts(t, v, loc, lang, mm_count[key], rng)
                    mm_group[key] = f"{cid}-g{len(mm_group) + 1}"
                s = mm_parts[key].pop(0)
                span["group"] = mm_group[key]
            else:
                s = R.render(t, fam, v, loc, lang, rng)
            span.update(start=len(text), end=len(text) + len(s), value=s)
            pii.append(span)
            text += s
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": mk})
    canon.extend(local_canon)
    return {"id": cid, "lang": lang, "locale": loc, "split": split, "messages": messages}


def norm(msg: str) -> str:
    return re.sub(r"[^a-zà-ÿ{}._]+", " ", msg.lower()).strip()


def load() -> dict[str, Any]:
    return {lang: importlib.import_module(f"{__package__}.templates_{lang}") for lang in LANGS}


def check_conv(conv: dict[str, Any], errs: list[str]) -> None:
    cid = conv["id"]
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for i, msg in enumerate(conv["messages"]):
        text = msg["text"]
        covered = [False] * len(text)
        spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
        for s in spans:
            if text[s["start"] : s["end"]] != s["value"] or not s["value"]:
                errs.append(f"{cid}: span value mismatch")
            if s["value"] != s["value"].strip():
                errs.append(f"{cid}: outer whitespace in {s['value']!r}")
            for j in range(s["start"], s["end"]):
                if covered[j]:
                    errs.append(f"{cid}: overlapping spans")
                covered[j] = True
            if "group" in s:
                groups[s["group"]].append(i)
            if s.get("family") == "context_only" and text.strip() != s["value"]:
                errs.append(f"{cid}: context_only value not alone")
        for j, c in enumerate(text):
            if c.isdigit() and not covered[j]:
                errs.append(f"{cid}: bare digit at {j} in {text!r}")
    for g, idx in groups.items():
        if len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
            errs.append(f"{cid}: group {g} not one part per consecutive message")


def generate() -> tuple[list[dict[str, Any]], list[str]]:
    mods = load()
    convs: list[dict[str, Any]] = []
    errs: list[str] = []
    canon: list[tuple[str, str, str]] = []
    for lang in LANGS:
        mod = mods[lang]
        for w in (w for ws in mod.CTX.values() for w in ws):
            if re.search(r"\d", w):
                errs.append(f"{lang}: digit in context word {w!r}")
        seen: dict[str, set[str]] = {}
        for split in ("dev", "sealed"):
            tpls = mod.DEV if split == "dev" else mod.SEALED
            seen[split] = {norm(m) for t in tpls for m in t}
            for ti, tpl in enumerate(tpls):
                for msg in tpl:
                    if re.search(r"\d", PH.sub("", msg)):
                        errs.append(f"{lang}/{split}/{ti}: digit in template literal")
                pool = x_pool(tpl)
                is_mm = any("multi_message" in f for f in template_families(tpl).values())
                reps = len(pool) if pool else (REPS_MM if is_mm else REPS)
                for rep in range(reps):
                    conv = build(lang, split, ti, rep, tpl, mod.CTX, canon)
                    check_conv(conv, errs)
                    convs.append(conv)
        # A message that is only one bare value carries no template wording to leak.
        both = {m for m in seen["dev"] & seen["sealed"] if PH.fullmatch(m) is None}
        if both:
            errs.append(f"{lang}: template messages in both splits: {sorted(both)[:3]}")
    for t, v, loc in canon:
        if not V.validate(t, v, loc):
            errs.append(f"invalid canonical {t}")
    for lang in LANGS:
        for split in ("dev", "sealed"):
            cs = [c for c in convs if c["lang"] == lang and c["split"] == split]
            spans = [s for c in cs for m in c["messages"] for s in m["pii"]]
            miss_t = set(V.TYPES) - {s["type"] for s in spans}
            miss_f = set(R.FAMILIES) - {s["family"] for s in spans}
            if miss_t or miss_f:
                errs.append(f"{lang}/{split}: missing {sorted(miss_t)} {sorted(miss_f)}")
            mm = sum(
                any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"])
                for c in cs
            )
            if mm < 0.08 * len(cs):
                errs.append(f"{lang}/{split}: multi_message share {mm}/{len(cs)} below 8%")
    return convs, errs


def dump(convs: list[dict[str, Any]], split: str) -> bytes:
    lines = [json.dumps(c, ensure_ascii=False) for c in convs if c["split"] == split]
    raw = ("\n".join(lines) + "\n").encode()
    if split == "dev":
        return raw
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    return buf.getvalue()


def stats(convs: list[dict[str, Any]]) -> None:
    def line(name: str, cs: list[dict[str, Any]]) -> str:
        msgs = [m for c in cs for m in c["messages"]]
        pii = sum(len(m["pii"]) for m in msgs)
        mk = sum(len(m["must_keep"]) for m in msgs)
        mm = sum(
            any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"]) for c in cs
        )
        return (
            f"{name}: {len(cs)} conversations, {len(msgs)} messages, {pii} pii spans, "
            f"{mk} must_keep, {mm} multi_message conversations"
        )

    print(line("all", convs))
    for split in ("dev", "sealed"):
        print(line(split, [c for c in convs if c["split"] == split]))
    for lang in LANGS:
        for split in ("dev", "sealed"):
            print(
                "  "
                + line(
                    f"{lang}/{split}",
                    [c for c in convs if c["lang"] == lang and c["split"] == split],
                )
            )
    by_t = collections.Counter(s["type"] for c in convs for m in c["messages"] for s in m["pii"])
    by_f = collections.Counter(s["family"] for c in convs for m in c["messages"] for s in m["pii"])
    print("types: " + ", ".join(f"{t}={by_t[t]}" for t in V.TYPES))
    print("families: " + ", ".join(f"{f}={by_f[f]}" for f in R.FAMILIES))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate in memory and compare bytes")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    convs, errs = generate()
    if errs:
        for e in errs[:40]:
            print(e, file=sys.stderr)
        print(f"{len(errs)} invariant failures; nothing written", file=sys.stderr)
        return 1
    out = {"dev.jsonl": dump(convs, "dev"), "sealed.jsonl.gz": dump(convs, "sealed")}
    if args.stats:
        stats(convs)
        return 0
    if args.check:
        bad = [n for n, b in out.items() if not (HERE / n).exists() or (HERE / n).read_bytes() != b]
        print("check: " + ("differs: " + ", ".join(bad) if bad else "identical"))
        return 1 if bad else 0
    for n, b in out.items():
        (HERE / n).write_bytes(b)
    print(f"wrote {len(convs)} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
