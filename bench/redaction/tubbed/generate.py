"""Write `dev.jsonl` and `sealed.jsonl.gz` for the `tubbed` corpus, byte-reproducibly.

    python -m bench.redaction.tubbed.generate            # check everything, then write
    python -m bench.redaction.tubbed.generate --check    # regenerate in memory, compare bytes
    python -m bench.redaction.tubbed.generate --stats    # print counts

Nothing is written unless every check in `verify()` passes.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib
import io
import json
import math
import random
import re
import sys
from pathlib import Path

import phonenumbers

from . import values as V
from .render import FAM_CODES, FAMILIES, decode, free_families, split_parts, surface

AUTHOR = "tubbed"
LANGS = ["en", "es", "fr", "de", "pt"]
HERE = Path(__file__).resolve().parent
TARGET = {"dev": 330, "sealed": 760}  # messages per language
MM_SHARE = 0.08

SLOT = re.compile(r"\{(ANY|LBL|[A-Z]+|#[a-z_]+)(?::([a-z]+))?\}")
KIND_ALIAS = {"zip": "zip4"}


class CorpusError(Exception):
    pass


def load(lang: str):
    return importlib.import_module(f"{__package__}.templates_{lang}")


def _norm_template(t):
    """(locale or None, [messages])"""
    if isinstance(t, str):
        return None, [t]
    if isinstance(t, tuple):
        return t[0], list(t[1]) if isinstance(t[1], (list, tuple)) else [t[1]]
    return None, list(t)


def canon(type_: str, printed: str) -> str:
    if type_ == "EMAIL":
        return re.sub(r"\s+", "", printed).upper()
    return V.alnum(printed)


def generic_plan(r: random.Random) -> list[tuple[str, str]]:
    plan = []
    for i, t in enumerate(V.TYPES):
        fams = list(dict.fromkeys(free_families(t)))
        plan.append((t, fams[i % len(fams)]))
    plan += [
        ("CREDIT_DEBIT_EXPIRY", "compact_expiry"),
        ("EMAIL", "email_spelled"),
        ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "iban_broken"),
        ("CREDIT_DEBIT_NUMBER", "split_by_noise"),
        ("PHONE", "spelled_out"),
        ("SSN", "letter_substitution"),
        ("BR_CPF", "spaced_or_dashed"),
        ("PT_NIF", "split_by_noise"),
        ("MX_CLABE", "letter_substitution"),
        ("DE_TAX_ID", "spelled_out"),
        ("UK_NATIONAL_INSURANCE_NUMBER", "spaced_or_dashed"),
    ]
    first = list(plan)
    r.shuffle(plan)
    return first + plan


def _draw_printed(type_: str, family: str, r: random.Random, locale: str, ctx: dict) -> str:
    for _ in range(200):
        v = V.draw(type_, r, locale, ctx)
        if (
            family == "url_credentials"
            and type_ == "PASSWORD"
            and not re.fullmatch(r"[A-Za-z0-9!$*._-]+", v)
        ):
            continue
        if family == "percent_encoded" and type_ == "PHONE":
            v = phonenumbers.format_number(
                phonenumbers.parse(v, V.REGION[locale]), phonenumbers.PhoneNumberFormat.E164
            )
        if family == "letter_substitution" and not any(c in "01" for c in v[2:] if True):
            continue
        if family == "compact_expiry" and "-" in v:
            continue
        return v
    raise CorpusError(f"cannot draw {type_} for {family}")


def render_conversation(mod, lang: str, split: str, tidx: int, rep: int, tmpl, plan_iter):
    locale_fixed, msgs = _norm_template(tmpl)
    r = random.Random(f"{AUTHOR}|{lang}|{split}|{tidx}|{rep}")
    locale = locale_fixed or r.choice(mod.LOCALES)
    cid = f"{AUTHOR}-{lang}-{split}-{tidx:03d}-{rep:02d}"
    ctx: dict = {}
    # multi-message values: one value per type code, split over its `:mm` occurrences
    mm_count = collections.Counter()
    for m in msgs:
        for code, fam in SLOT.findall(m):
            if fam == "mm":
                mm_count[code] += 1
    mm_parts, mm_meta = {}, {}
    for gi, (code, n) in enumerate(sorted(mm_count.items()), start=1):
        t = V.CODES[code]
        printed = _draw_printed(t, "multi_message", r, locale, ctx)
        parts = split_parts(printed, n, r)
        if len(parts) != n:
            raise CorpusError(f"{cid}: cannot split {t} in {n}")
        mm_parts[code] = parts
        mm_meta[code] = {"group": f"{cid}-g{gi}", "printed": printed, "type": t}
    any_pick = next(plan_iter) if any("{ANY" in m for m in msgs) else None
    out_msgs, audit = [], []
    for m in msgs:
        text, pii, keep, pos = "", [], [], 0
        for mt in SLOT.finditer(m):
            text += m[pos : mt.start()]
            pos = mt.end()
            code, fcode = mt.group(1), mt.group(2)
            if code == "LBL":
                text += r.choice(mod.LABELS[any_pick[0]])
                continue
            if code.startswith("#"):
                kind = KIND_ALIAS.get(code[1:], code[1:])
                v = V.negative(kind, r, locale)
                keep.append(
                    {"kind": kind, "start": len(text), "end": len(text) + len(v), "value": v}
                )
                text += v
                continue
            if code == "ANY":
                t, family = any_pick
            else:
                t = V.CODES[code]
                family = FAM_CODES[fcode] if fcode else r.choice(free_families(t))
            if family == "multi_message":
                part = mm_parts[code].pop(0)
                meta = mm_meta[code]
                pii.append(
                    {
                        "type": t,
                        "family": family,
                        "group": meta["group"],
                        "start": len(text),
                        "end": len(text) + len(part),
                        "value": part,
                    }
                )
                text += part
                continue
            surf = None
            for _ in range(30):
                printed = _draw_printed(t, family, r, locale, ctx)
                surf = surface(printed, t, family, lang, r)
                if surf is not None:
                    break
            if surf is None:
                family = "plain"
                surf = printed
            pii.append(
                {
                    "type": t,
                    "family": family,
                    "start": len(text),
                    "end": len(text) + len(surf),
                    "value": surf,
                }
            )
            audit.append((t, family, printed, surf, locale))
            text += surf
        text += m[pos:]
        out_msgs.append({"text": text, "pii": pii, "must_keep": keep})
    conv = {"id": cid, "lang": lang, "locale": locale, "split": split, "messages": out_msgs}
    return conv, audit, mm_meta, locale


def build():
    out = {"dev": [], "sealed": []}
    audits = []
    for lang in LANGS:
        mod = load(lang)
        for split, templates in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            n_msgs = sum(len(_norm_template(t)[1]) for t in templates)
            reps = math.ceil(TARGET[split] / n_msgs)
            plan = generic_plan(random.Random(f"{AUTHOR}|{lang}|{split}|plan"))
            k = [0]

            def plan_iter_fn():
                while True:
                    yield plan[k[0] % len(plan)]
                    k[0] += 1

            plan_iter = plan_iter_fn()
            for tidx, tmpl in enumerate(templates, start=1):
                _, msgs = _norm_template(tmpl)
                n = reps * (3 if any("{ANY" in m for m in msgs) else 1)
                for rep in range(1, n + 1):
                    conv, audit, mm_meta, locale = render_conversation(
                        mod, lang, split, tidx, rep, tmpl, plan_iter
                    )
                    out[split].append(conv)
                    audits.append((conv, audit, mm_meta, locale))
    return out, audits


def verify(out, audits) -> None:
    errors: list[str] = []
    # template literal text digit-free; no template message in both splits
    for lang in LANGS:
        mod = load(lang)
        seen = {}
        for split in ("dev", "sealed"):
            for t in getattr(mod, split.upper()):
                _, msgs = _norm_template(t)
                for m in msgs:
                    lit = SLOT.sub("", m)
                    if any(c.isdigit() for c in lit):
                        errors.append(f"{lang}: digit in template literal: {m!r}")
                    key = " ".join(m.lower().split())
                    if key in seen and seen[key] != split:
                        errors.append(f"{lang}: template message in both splits: {m!r}")
                    seen[key] = split
        for t, labels in mod.LABELS.items():
            if any(c.isdigit() for lb in labels for c in lb):
                errors.append(f"{lang}: digit in label for {t}")
        missing = set(V.TYPES) - set(mod.LABELS)
        if missing:
            errors.append(f"{lang}: labels missing for {sorted(missing)}")
    for conv, audit, mm_meta, locale in audits:
        cid = conv["id"]
        lang = conv["lang"]
        for msg in conv["messages"]:
            text = msg["text"]
            spans = sorted(
                [(p["start"], p["end"]) for p in msg["pii"]]
                + [(k["start"], k["end"]) for k in msg["must_keep"]]
            )
            for a, b in zip(spans, spans[1:]):
                if a[1] > b[0]:
                    errors.append(f"{cid}: overlapping spans")
            covered = set()
            for s in msg["pii"] + msg["must_keep"]:
                if text[s["start"] : s["end"]] != s["value"]:
                    errors.append(f"{cid}: value != text[start:end]")
                if s["value"] != s["value"].strip() or not s["value"]:
                    errors.append(f"{cid}: span with outer whitespace or empty")
                covered.update(range(s["start"], s["end"]))
            for i, c in enumerate(text):
                if c.isdigit() and i not in covered:
                    errors.append(f"{cid}: digit outside span at {i}: {text!r}")
            for k in msg["must_keep"]:
                if not V.negative_is_safe(k["value"]):
                    errors.append(f"{cid}: hard negative passes a check: {k['value']}")
        for t, family, printed, surf, loc in audit:
            if not V.validate_value(t, printed, loc):
                errors.append(f"{cid}: invalid {t} {printed!r}")
            if decode(surf, family, lang, t) != canon(t, printed):
                errors.append(
                    f"{cid}: {family} surface does not decode: {surf!r} -> {decode(surf, family, lang, t)!r} != {canon(t, printed)!r}"
                )
        for code, meta in mm_meta.items():
            parts = [
                p["value"]
                for m in conv["messages"]
                for p in m["pii"]
                if p.get("group") == meta["group"]
            ]
            msgs_with = [
                i
                for i, m in enumerate(conv["messages"])
                if any(p.get("group") == meta["group"] for p in m["pii"])
            ]
            if "".join(V.alnum(p) for p in parts) != V.alnum(meta["printed"]):
                errors.append(f"{cid}: multi-message parts do not join")
            if (
                len(parts) < 2
                or msgs_with != list(range(msgs_with[0], msgs_with[0] + len(msgs_with)))
                or len(msgs_with) != len(parts)
            ):
                errors.append(f"{cid}: multi-message parts not one per consecutive message")
            if not V.validate_value(meta["type"], meta["printed"], locale):
                errors.append(f"{cid}: invalid {meta['type']} {meta['printed']!r}")
    # coverage, shares, counts
    for split, convs in out.items():
        for lang in LANGS:
            cs = [c for c in convs if c["lang"] == lang]
            types = {p["type"] for c in cs for m in c["messages"] for p in m["pii"]}
            fams = {p["family"] for c in cs for m in c["messages"] for p in m["pii"]}
            for t in set(V.TYPES) - types:
                errors.append(f"{lang}/{split}: type {t} missing")
            for f in set(FAMILIES) - fams:
                errors.append(f"{lang}/{split}: family {f} missing")
            mm = sum(
                1
                for c in cs
                if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
            )
            if mm < MM_SHARE * len(cs):
                errors.append(f"{lang}/{split}: multi_message in {mm}/{len(cs)} conversations")
            nmsg = sum(len(c["messages"]) for c in cs)
            if nmsg < {"dev": 300, "sealed": 700}[split]:
                errors.append(f"{lang}/{split}: only {nmsg} messages")
            if any(not 1 <= len(c["messages"]) <= 4 for c in cs):
                errors.append(f"{lang}/{split}: conversation length outside 1-4")
    if errors:
        raise CorpusError("\n".join(errors[:60]) + f"\n({len(errors)} problems)")


def serialise(out) -> tuple[bytes, bytes]:
    def lines(convs):
        return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")

    dev = lines(out["dev"])
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(lines(out["sealed"]))
    return dev, buf.getvalue()


def stats(out) -> str:
    rows = []
    for split in ("dev", "sealed"):
        convs = out[split]
        tot_m = sum(len(c["messages"]) for c in convs)
        tot_p = sum(len(m["pii"]) for c in convs for m in c["messages"])
        tot_k = sum(len(m["must_keep"]) for c in convs for m in c["messages"])
        rows.append(
            f"{split}: {len(convs)} conversations, {tot_m} messages, {tot_p} PII spans, {tot_k} must_keep spans"
        )
        for lang in LANGS:
            cs = [c for c in convs if c["lang"] == lang]
            nm = sum(len(c["messages"]) for c in cs)
            npii = sum(len(m["pii"]) for c in cs for m in c["messages"])
            nk = sum(len(m["must_keep"]) for c in cs for m in c["messages"])
            mm = sum(
                1
                for c in cs
                if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
            )
            locs = collections.Counter(c["locale"] for c in cs)
            rows.append(
                f"  {split} {lang}: {len(cs)} conversations, {nm} messages, {npii} PII, {nk} must_keep, "
                f"multi_message {mm} ({100 * mm / len(cs):.1f}%), locales {dict(sorted(locs.items()))}"
            )
        tc = collections.Counter(p["type"] for c in convs for m in c["messages"] for p in m["pii"])
        fc = collections.Counter(
            p["family"] for c in convs for m in c["messages"] for p in m["pii"]
        )
        kc = collections.Counter(
            k["kind"] for c in convs for m in c["messages"] for k in m["must_keep"]
        )
        rows.append(f"  {split} types: " + ", ".join(f"{t} {tc[t]}" for t in V.TYPES))
        rows.append(f"  {split} families: " + ", ".join(f"{f} {fc[f]}" for f in FAMILIES))
        rows.append(f"  {split} must_keep: " + ", ".join(f"{k} {kc[k]}" for k in V.MUST_KEEP_KINDS))
    return "\n".join(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare with disk"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    a = ap.parse_args(argv)
    out, audits = build()
    verify(out, audits)
    dev, sealed = serialise(out)
    if a.stats:
        print(stats(out))
        return 0
    if a.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("up to date" if ok else "OUT OF DATE: run generate")
        return 0 if ok else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote dev.jsonl ({len(dev)} bytes) and sealed.jsonl.gz ({len(sealed)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
