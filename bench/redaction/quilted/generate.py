"""Generate the quilted corpus: `dev.jsonl` and `sealed.jsonl.gz`, byte-identical from a fixed seed.

    python -m bench.redaction.quilted.generate           # rewrite both files
    python -m bench.redaction.quilted.generate --check   # compare with the files on disk, write nothing
    python -m bench.redaction.quilted.generate --stats   # counts per language, type, family, kind

Dev and sealed come from disjoint hand-written template lists; the generator refuses to run if they
share a template, and validates every span, checksum and rendering before writing anything.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from . import render, values
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt

HERE = Path(__file__).resolve().parent
SEED = "quilted-43"
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
INSTANCES = 12
FAMILIES = [
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "email_spelled",
    "percent_encoded",
    "url_credentials",
    "key_value_secret",
    "compact_expiry",
    "iban_broken",
    "context_only",
    "multi_message",
]
SLOT = re.compile(r"\{(#[a-z_]+|[A-Z_|]+:[a-z_|]+(?::g\d+)?)\}")
# Kinds whose digit runs of 4-11 digits must fail every checksum and phone plan.
ID_LIKE = {
    "order_number",
    "ticket_number",
    "invoice_number",
    "policy_number",
    "contract_number",
    "meter_reading",
    "account_digits_fake",
    "tracking_number",
}


class CorpusError(Exception):
    pass


def check_templates() -> None:
    seen: dict[str, str] = {}
    for lang, mod in LANGS.items():
        for split, convs in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for conv in convs:
                for msg in conv:
                    literal = SLOT.sub("", msg)
                    if re.search(r"\d", literal):
                        raise CorpusError(f"template holds a digit: {msg!r}")
                key = "\x1e".join(conv)
                if key in seen and seen[key] != split:
                    raise CorpusError(f"template in both dev and sealed: {conv!r}")
                if key in seen:
                    raise CorpusError(f"duplicate template: {conv!r}")
                seen[key] = split
    # Literal text shared message by message between the splits is refused too.
    for lang, mod in LANGS.items():
        dev_msgs = {m for c in mod.DEV for m in c if SLOT.sub("", m).strip()}
        shared = dev_msgs & {m for c in mod.SEALED for m in c}
        shared = {m for m in shared if len(SLOT.sub("", m).strip()) > 12}
        if shared:
            raise CorpusError(f"{lang}: dev and sealed share message templates: {sorted(shared)}")


def _pick(options: list[str], idx: int) -> str:
    return options[idx % len(options)]


def _draw_value(
    etype: str, family: str, lang: str, locale: str, rng: random.Random
) -> tuple[str, str]:
    for _ in range(200):
        value = values.DRAW[etype](rng, locale)
        if etype == "PHONE" and family in ("spelled_out", "letter_substitution", "split_by_noise"):
            pass
        text = render.render(etype, family, value, lang, rng)
        if text is not None:
            return value, text
    raise CorpusError(f"could not render {etype} as {family}")


def _keep(kind: str, rng: random.Random, locale: str) -> str:
    while True:
        v = values.keep_value(kind, rng, locale)
        if kind in ID_LIKE and any(
            4 <= len(run) <= 11 and values.passes_some_check(run) for run in re.findall(r"\d+", v)
        ):
            continue
        return v


def build_conversation(lang: str, conv: list[str], tidx: int, inst: int, split: str) -> dict:
    rng = random.Random(f"{SEED}/{lang}/{split}/{tidx}/{inst}")
    locale = rng.choice(LANGS[lang].LOCALES)
    # Multi-message groups: one value, split into as many parts as the template has slots.
    groups: dict[str, list[str]] = {}
    for msg in conv:
        for m in SLOT.finditer(msg):
            spec = m.group(1)
            if spec.count(":") == 2:
                etype, _, gid = spec.split(":")
                groups.setdefault(gid, []).append(etype)
    group_parts: dict[str, list[str]] = {}
    group_meta: dict[str, tuple[str, str]] = {}
    for gid, types in groups.items():
        etype, n = types[0], len(types)
        value = values.DRAW[etype](rng, locale)
        ds = (
            render.compact(value)
            if etype == "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
            else render.digits_only(value)
        )
        plus = "+" if value.startswith("+") else ""
        size = 4 if len(ds) > 8 else 2
        chunks = [ds[i : i + size] for i in range(0, len(ds), size)]
        per = [
            chunks[round(i * len(chunks) / n) : round((i + 1) * len(chunks) / n)] for i in range(n)
        ]
        parts = [" ".join(p) for p in per]
        parts[0] = plus + parts[0]
        group_parts[gid] = parts
        group_meta[gid] = (etype, value)
    group_used: Counter[str] = Counter()

    messages = []
    slot_no = 0
    for msg in conv:
        text, pii, keep, pos = "", [], [], 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            spec = m.group(1)
            start = len(text)
            if spec.startswith("#"):
                v = _keep(spec[1:], rng, locale)
                text += v
                keep.append({"kind": spec[1:], "start": start, "end": len(text), "value": v})
                continue
            parts = spec.split(":")
            if len(parts) == 3:
                gid = parts[2]
                part = group_parts[gid][group_used[gid]]
                group_used[gid] += 1
                text += part
                pii.append(
                    {
                        "type": parts[0],
                        "family": "multi_message",
                        "start": start,
                        "end": len(text),
                        "value": part,
                        "group": gid,
                        "_canon": group_meta[gid][1],
                    }
                )
                continue
            type_opts = parts[0].split("|")
            etype = _pick(type_opts, inst + slot_no)
            fam_opts = [f for f in parts[1].split("|") if f in render.APPLICABLE[etype]]
            if not fam_opts:
                raise CorpusError(f"no applicable family for {etype} in {spec}")
            family = _pick(fam_opts, inst // len(type_opts) + slot_no)
            slot_no += 1
            value, rendered = _draw_value(etype, family, lang, locale, rng)
            text += rendered
            pii.append(
                {
                    "type": etype,
                    "family": family,
                    "start": start,
                    "end": len(text),
                    "value": rendered,
                    "_canon": value,
                }
            )
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    return {"lang": lang, "locale": locale, "split": split, "messages": messages}


def validate(conv: dict) -> None:
    lang, locale = conv["lang"], conv["locale"]
    groups: dict[str, list[dict]] = {}
    for msg in conv["messages"]:
        text = msg["text"]
        spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
        covered = [False] * len(text)
        prev_end = -1
        for s in spans:
            if text[s["start"] : s["end"]] != s["value"]:
                raise CorpusError(f"offset mismatch in {text!r}")
            if s["start"] < prev_end:
                raise CorpusError(f"overlapping spans in {text!r}")
            if not s["value"] or s["value"] != s["value"].strip():
                raise CorpusError(f"span with edge whitespace in {text!r}")
            prev_end = s["end"]
            for i in range(s["start"], s["end"]):
                covered[i] = True
        for i, ch in enumerate(text):
            if ch.isdigit() and not covered[i]:
                raise CorpusError(f"digit outside a span in {text!r}")
        for s in msg["pii"]:
            canon = s["_canon"]
            if not values.validate(s["type"], canon, locale):
                raise CorpusError(f"invalid {s['type']} value {canon!r}")
            if "group" in s:
                groups.setdefault(s["group"], []).append(s)
                continue
            if render.decode(s["type"], s["family"], s["value"], lang) != render.canonical_key(
                s["type"], canon
            ):
                raise CorpusError(
                    f"{s['family']} rendering of {s['type']} does not decode: {s['value']!r}"
                )
    for gid, parts in groups.items():
        joined = "".join(render.compact(p["value"]) for p in parts)
        if joined != render.canonical_key(
            parts[0]["type"], parts[0]["_canon"]
        ) and joined != render.compact(parts[0]["_canon"]):
            raise CorpusError(f"multi_message parts do not join: {parts!r}")
        if len(parts) < 2:
            raise CorpusError("multi_message group with one part")


def build() -> tuple[list[dict], list[dict]]:
    check_templates()
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang, mod in LANGS.items():
        for split, convs in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for tidx, conv in enumerate(convs):
                for inst in range(INSTANCES):
                    c = build_conversation(lang, conv, tidx, inst, split)
                    validate(c)
                    out[split].append(c)
    for split, convs in out.items():
        for i, c in enumerate(convs):
            c_id = f"sc43-{c['lang']}-{split[0]}{i:05d}"
            convs[i] = {"id": c_id, **c}
    check_coverage(out)
    return out["dev"], out["sealed"]


def check_coverage(out: dict[str, list[dict]]) -> None:
    for lang in LANGS:
        for split, convs in out.items():
            types, fams = set(), set()
            for c in convs:
                if c["lang"] != lang:
                    continue
                for m in c["messages"]:
                    for s in m["pii"]:
                        types.add(s["type"])
                        fams.add(s["family"])
            missing = (set(values.ENTITY_TYPES) - types) | (set(FAMILIES) - fams)
            if missing:
                raise CorpusError(f"{lang}/{split} lacks {sorted(missing)}")


def public(c: dict) -> dict:
    msgs = [
        {
            "text": m["text"],
            "pii": [{k: v for k, v in s.items() if k != "_canon"} for s in m["pii"]],
            "must_keep": m["must_keep"],
        }
        for m in c["messages"]
    ]
    return {**c, "messages": msgs}


def serialise(convs: list[dict]) -> bytes:
    return "".join(json.dumps(public(c), ensure_ascii=False) + "\n" for c in convs).encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buf.getvalue()


def stats(dev: list[dict], sealed: list[dict]) -> str:
    lines = []
    for name, convs in (("dev", dev), ("sealed", sealed), ("all", dev + sealed)):
        msgs = [m for c in convs for m in c["messages"]]
        pii = [s for m in msgs for s in m["pii"]]
        keep = [s for m in msgs for s in m["must_keep"]]
        no_pii = sum(1 for m in msgs if not m["pii"])
        multi = sum(1 for c in convs if any("group" in s for m in c["messages"] for s in m["pii"]))
        lines.append(
            f"[{name}] conversations={len(convs)} messages={len(msgs)} pii={len(pii)} must_keep={len(keep)} "
            f"messages_without_pii={no_pii} ({100 * no_pii / len(msgs):.1f}%) "
            f"conversations_with_multi_message={multi} ({100 * multi / len(convs):.1f}%)"
        )
    allc = dev + sealed
    msgs_all = [(c["lang"], m) for c in allc for m in c["messages"]]
    lines.append(
        "messages per language: "
        + ", ".join(
            f"{k}={v} ({100 * v / len(msgs_all):.1f}%)"
            for k, v in sorted(Counter(l for l, _ in msgs_all).items())
        )
    )
    for label, key in (("type", "type"), ("family", "family")):
        cnt = Counter(s[key] for _, m in msgs_all for s in m["pii"])
        lines.append(f"pii per {label}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())))
    cnt = Counter(s["kind"] for _, m in msgs_all for s in m["must_keep"])
    lines.append("must_keep per kind: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())))
    per_lang = Counter(l for l, m in msgs_all for s in m["pii"])
    lines.append("pii per language: " + ", ".join(f"{k}={v}" for k, v in sorted(per_lang.items())))
    tpl = {lang: (len(mod.DEV), len(mod.SEALED)) for lang, mod in LANGS.items()}
    lines.append("templates (dev, sealed): " + ", ".join(f"{k}={v}" for k, v in tpl.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    try:
        dev, sealed = build()
    except CorpusError as e:
        print(f"corpus invalid: {e}", file=sys.stderr)
        return 1
    files = {
        HERE / "dev.jsonl": serialise(dev),
        HERE / "sealed.jsonl.gz": gzip_bytes(serialise(sealed)),
    }
    if args.stats:
        print(stats(dev, sealed))
    if args.check:
        stale = [p.name for p, b in files.items() if not p.exists() or p.read_bytes() != b]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        print("dev.jsonl and sealed.jsonl.gz are up to date")
        return 0
    if not args.stats:
        for p, b in files.items():
            p.write_bytes(b)
        print(f"wrote {len(dev)} dev and {len(sealed)} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
