"""Build the asked-question corpus: dev.jsonl (for tuners) and sealed.jsonl.gz (for scoring only).

    python -m bench.redaction.asked.generate            # rewrite both files (byte-identical)
    python -m bench.redaction.asked.generate --check    # compare with the files on disk
    python -m bench.redaction.asked.generate --stats    # counts per language/type/family/...

The two splits are rendered from disjoint template lists; the run stops if any template text,
or any long template line, appears in both.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import random
import re
import sys
from pathlib import Path

from . import render, templates_de, templates_en, templates_es, templates_fr, templates_pt, values

HERE = Path(__file__).resolve().parent
SEED = 27
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
# conversations per language and split; dev is about 45% of the total
PER_LANG = {"dev": 76, "sealed": 92}
KEEP_KINDS = {
    "order_number",
    "tracking_number",
    "zip_code",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "product_model",
    "version",
    "invoice_number",
    "ticket_reference",
    "year",
    "flight_number",
    "store_number",
}
CTX = {"a": "asked", "n": "named", "x": "none"}
FAM = {
    "m": "multi_message",
    "p": "plain",
    "s": "spaced_or_dashed",
    "n": "split_by_noise",
    "l": "letter_digits",
    "w": "spelled_out",
    "e": "email_obfuscated",
}
PH = re.compile(r"\{(\+|=?[A-Za-z_0-9]+(?::[anx])?(?::[mpsnlwe])?)\}")


class CorpusError(Exception):
    pass


def parse(text: str) -> list[tuple[str, str]]:
    turns = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        role, _, body = line.partition(":")
        if role not in ("A", "C"):
            raise CorpusError(f"bad line {line!r}")
        body = body.strip().replace("\\n", "\n")
        turns.append(("agent" if role == "A" else "customer", body))
    return turns


def check_disjoint(lang: str, mod: object) -> None:
    dev = [t[2] for t in mod.DEV]  # type: ignore[attr-defined]
    sealed = [t[2] for t in mod.SEALED]  # type: ignore[attr-defined]
    norm = lambda s: " ".join(s.split()).lower()  # noqa: E731
    if {norm(t) for t in dev} & {norm(t) for t in sealed}:
        raise CorpusError(f"{lang}: a dev and a sealed template share their text")
    lines = lambda ts: {norm(b) for t in ts for _, b in parse(t) if len(PH.sub("", b)) >= 22}  # noqa: E731
    shared = lines(dev) & lines(sealed)
    if shared:
        raise CorpusError(f"{lang}: dev and sealed share template lines: {sorted(shared)[:3]}")
    for t in dev + sealed:
        if any(ch.isdigit() for ch in PH.sub("", t)):
            raise CorpusError(f"{lang}: digits in a template: {t!r}")
    if {t[0] for t in mod.DEV} != {t[0] for t in mod.SEALED}:  # type: ignore[attr-defined]
        raise CorpusError(f"{lang}: dev and sealed hold different question kinds")


def build_conversation(
    tpl: tuple[str, str, str], locale: str, rng: random.Random, cid: str, split: str
) -> dict[str, object]:
    turns = parse(tpl[2])
    last: dict[str, str] = {}
    pending: list[tuple[str, dict[str, object]]] = []  # parts of the current multi-message value
    group_n = 0
    messages = []
    for idx, (role, body) in enumerate(turns):
        text = ""
        pii: list[dict[str, object]] = []
        keep: list[dict[str, object]] = []
        pos = 0
        for m in PH.finditer(body):
            text += body[pos : m.start()]
            pos = m.end()
            spec = m.group(1)
            start = len(text)
            if spec == "+":
                if not pending:
                    raise CorpusError(f"{cid}: {{+}} without a multi-message value")
                part, proto = pending.pop(0)
                text += part
                if role == "customer":
                    pii.append({**proto, "start": start, "end": len(text), "value": part})
                continue
            reuse = spec.startswith("=")
            name, *rest = spec.lstrip("=").split(":")
            if name in KEEP_KINDS:
                val = last[name] if reuse else values.keep(name, locale, rng)
                last[name] = val
                text += val
                if role == "customer":
                    keep.append({"kind": name, "start": start, "end": len(text), "value": val})
                continue
            ctx = CTX[rest[0]] if rest else "asked"
            item = values.draw(name, locale, rng)
            item["region"] = values.PHONE_REGION[locale]
            values.validate(item)
            t = str(item["type"])
            fam = FAM[rest[1]] if len(rest) > 1 else rng.choice(render.families_for(t, name))
            if fam == "multi_message":
                n_follow = 0
                for _, later in turns[idx + 1 :]:
                    if re.search(r"\{[^}]*:m\}", later):
                        break
                    n_follow += later.count("{+}")
                if n_follow == 0:
                    raise CorpusError(f"{cid}: multi-message value without {{+}}")
                parts = render.split_parts(item, n_follow + 1, rng)
                if len(parts) != n_follow + 1:
                    raise CorpusError(f"{cid}: cannot split {t} in {n_follow + 1}")
                group_n += 1
                proto = {"type": t, "family": fam, "context": ctx, "group": f"g{group_n}"}
                joined = "".join(render.decode(p, t) for p in parts)
                if joined != item["compact"]:
                    raise CorpusError(f"{cid}: parts of {t} do not decode back")
                text += parts[0]
                if role == "customer":
                    pii.append({**proto, "start": start, "end": len(text), "value": parts[0]})
                pending = [(p, proto) for p in parts[1:]]
                continue
            shown, fam = render.render(item, fam, tpl[1] if False else locale[:2], rng)
            if render.decode(shown, t) != item["compact"]:
                raise CorpusError(f"{cid}: {t} {fam} {shown!r} does not decode to the value")
            text += shown
            if role == "customer":
                pii.append(
                    {
                        "type": t,
                        "family": fam,
                        "context": ctx,
                        "start": start,
                        "end": len(text),
                        "value": shown,
                    }
                )
        text += body[pos:]
        messages.append({"role": role, "text": text, "pii": pii, "must_keep": keep})
    if pending:
        raise CorpusError(f"{cid}: unused multi-message parts")
    conv = {"id": cid, "lang": locale[:2], "locale": locale, "split": split, "messages": messages}
    check_conversation(conv)
    return conv


def check_conversation(conv: dict[str, object]) -> None:
    for msg in conv["messages"]:  # type: ignore[attr-defined]
        text = msg["text"]
        spans = [(s["start"], s["end"]) for s in msg["pii"] + msg["must_keep"]]
        for s in msg["pii"] + msg["must_keep"]:
            if text[s["start"] : s["end"]] != s["value"] or not s["value"]:
                raise CorpusError(f"{conv['id']}: span text mismatch")
        spans.sort()
        for (a, b), (c, _) in zip(spans, spans[1:]):
            if c < b:
                raise CorpusError(f"{conv['id']}: overlapping spans")
        if msg["role"] == "agent":
            if msg["pii"] or msg["must_keep"]:
                raise CorpusError(f"{conv['id']}: labels on an agent message")
            continue
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise CorpusError(f"{conv['id']}: digit outside a span in {text!r}")


def build() -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {"dev": [], "sealed": []}
    for lang, mod in LANGS.items():
        check_disjoint(lang, mod)
    counter = collections.Counter()
    for lang, mod in LANGS.items():
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            rng = random.Random(f"{SEED}-{lang}-{split}")
            for i in range(PER_LANG[split]):
                tpl = tpls[i % len(tpls)]
                locs = tpl[1].split()
                locale = locs[(i // len(tpls)) % len(locs)]
                counter[lang] += 1
                cid = f"ac27-{lang}-{counter[lang]:04d}"
                conv = build_conversation(tpl, locale, rng, cid, split)
                conv["question_kind"] = tpl[0]
                out[split].append(conv)
    for split in out:
        if {c["lang"] for c in out[split]} != set(LANGS):
            raise CorpusError(f"{split} misses a language")
    return out


def serialize(out: dict[str, list[dict[str, object]]]) -> tuple[bytes, bytes]:
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["dev"]).encode()
    sealed_plain = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(sealed_plain)
    return dev, buf.getvalue()


def stats(out: dict[str, list[dict[str, object]]]) -> str:
    lines = []
    total_c = collections.Counter()
    for split, convs in out.items():
        c = collections.Counter()
        for conv in convs:
            c["conversations"] += 1
            for m in conv["messages"]:
                if m["role"] == "customer":
                    c["customer messages"] += 1
                    c[f"lang {conv['lang']}"] += 1
                    c["pii"] += len(m["pii"])
                    c["must_keep"] += len(m["must_keep"])
                    for p in m["pii"]:
                        c[f"type {p['type']}"] += 1
                        c[f"family {p['family']}"] += 1
                        c[f"context {p['context']}"] += 1
                        c[f"pii lang {conv['lang']}"] += 1
                    for k in m["must_keep"]:
                        c[f"must_keep {k['kind']}"] += 1
                else:
                    c["agent messages"] += 1
            c[f"question_kind {conv['question_kind']}"] += 1
        total_c.update(c)
        lines.append(f"== {split}")
        lines += [f"  {k}: {v}" for k, v in sorted(c.items())]
    lines.append("== total")
    lines += [
        f"  {k}: {v}" for k, v in sorted(total_c.items()) if not k.startswith("question_kind")
    ]
    cm = total_c["customer messages"]
    for lang in LANGS:
        lines.append(
            f"  share {lang}: {100 * total_c[f'lang {lang}'] / cm:.1f}% of customer messages"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    try:
        out = build()
    except CorpusError as exc:
        print(f"refusing: {exc}", file=sys.stderr)
        return 2
    dev, sealed = serialize(out)
    if args.stats:
        print(stats(out))
        return 0
    paths = {HERE / "dev.jsonl": dev, HERE / "sealed.jsonl.gz": sealed}
    if args.check:
        bad = [p.name for p, data in paths.items() if not p.exists() or p.read_bytes() != data]
        if bad:
            print("out of date: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("up to date")
        return 0
    for p, data in paths.items():
        p.write_bytes(data)
    print(f"wrote {len(out['dev'])} dev and {len(out['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
