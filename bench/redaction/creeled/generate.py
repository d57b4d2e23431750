"""Write dev.jsonl and sealed.jsonl.gz; refuse when any corpus rule is broken.

Run from the repository root:
    python -m bench.redaction.creeled.generate [--check | --stats]
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

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
REPS = {"dev": 3, "sealed": 6}
MIN_MULTI_SHARE = 0.08
Template = tuple[str, list[str]]


class CorpusError(Exception):
    """A rule of the corpus is broken; nothing is written."""


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def draw_keep(kind: str, locale: str, rng: random.Random) -> str:
    """A realistic hard negative of one kind for one market."""
    region = V.LOCALE_REGION[locale]
    lang = locale[:2]
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice(("2025", "2026", "2027"))
    if kind == "order":
        return rng.choice(
            (
                f"#{_d(rng, 6)}",
                f"{rng.choice('ABCKW')}{_d(rng, 7)}",
                f"ORD-{_d(rng, 5)}",
                f"{_d(rng, 3)}-{_d(rng, 4)}",
            )
        )
    if kind == "invoice":
        return rng.choice(
            (
                f"INV-{year}-{_d(rng, 4)}",
                f"F{_d(rng, 6)}",
                f"RE-{_d(rng, 5)}",
                f"NF {_d(rng, 3)}.{_d(rng, 3)}",
            )
        )
    if kind == "ticket":
        return rng.choice(
            (
                f"#{_d(rng, 5)}",
                f"CS-{_d(rng, 6)}",
                f"TKT{_d(rng, 5)}",
                f"SR-{_d(rng, 4)}-{_d(rng, 2)}",
            )
        )
    if kind == "tracking":
        return rng.choice(
            (
                f"1Z{_d(rng, 3)}E{_d(rng, 9)}"[:14],
                f"LX{_d(rng, 9)}CN",
                f"JD{_d(rng, 10)}"[:12],
                f"TBA{_d(rng, 9)}",
            )
        )
    if kind == "policy":
        return rng.choice(
            (f"POL-{_d(rng, 6)}", f"HX{_d(rng, 5)}/{_d(rng, 2)}", f"AUT-{_d(rng, 3)}-{_d(rng, 4)}")
        )
    if kind == "date":
        if rng.random() < 0.4:
            return (
                f"{day} {R.MONTHS_LONG[lang][month - 1]}"
                if lang != "en"
                else f"{R.MONTHS_LONG[lang][month - 1]} {day}"
            )
        if region == "US":
            return f"{month}/{day}" if rng.random() < 0.5 else f"{month:02d}/{day:02d}/{year}"
        if region == "DE":
            return f"{day:02d}.{month:02d}." if rng.random() < 0.5 else f"{day}.{month}.{year}"
        return f"{day:02d}/{month:02d}" if rng.random() < 0.5 else f"{day:02d}/{month:02d}/{year}"
    if kind == "time":
        h, m = rng.randint(7, 22), rng.choice(("00", "15", "30", "45", "10", "50"))
        if region == "US":
            return f"{(h - 1) % 12 + 1}:{m}{rng.choice(('pm', ' PM', 'am'))}"
        if lang == "fr":
            return f"{h}h{m}"
        if lang == "de":
            return f"{h}.{m}" if rng.random() < 0.4 else f"{h}:{m}"
        return f"{h}:{m}"
    if kind == "amount":
        units, cents = rng.randint(4, 1900), f"{rng.randint(0, 99):02d}"
        return {
            "US": f"${units}.{cents}",
            "GB": f"£{units}.{cents}",
            "ES": f"{units},{cents} €",
            "MX": f"${units:,} MXN",
            "FR": f"{units},{cents} €",
            "DE": f"{units},{cents} €",
            "BR": f"R$ {units},{cents}",
            "PT": f"{units},{cents}€",
        }[region]
    if kind == "zip":
        return {
            "US": f"{rng.randint(10000, 99999)}" + (f"-{_d(rng, 4)}" if rng.random() < 0.6 else ""),
            "GB": f"{rng.choice(('SW', 'M', 'LS', 'B', 'EH', 'CF'))}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(('AB', 'QT', 'XY', 'NN'))}",
            "ES": f"{rng.randint(1, 52):02d}{_d(rng, 3)}",
            "MX": f"{rng.randint(1, 99):02d}{_d(rng, 3)}",
            "FR": f"{rng.randint(1, 95):02d}{_d(rng, 3)}",
            "DE": f"{rng.randint(1, 99):02d}{_d(rng, 3)}",
            "BR": f"{_d(rng, 5)}-{_d(rng, 3)}",
            "PT": f"{rng.randint(1000, 9999)}-{_d(rng, 3)}",
        }[region]
    if kind == "street":
        return str(rng.randint(1, 240)) + rng.choice(("", "", "", "B", "a"))
    if kind == "qty":
        return str(rng.randint(2, 12))
    if kind == "version":
        return rng.choice(
            (
                f"{rng.randint(2, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                f"v{rng.randint(1, 5)}.{rng.randint(0, 12)}",
            )
        )
    if kind == "flight":
        return (
            rng.choice(("IB", "LH", "AF", "TP", "BA", "AM", "LA", "UA"))
            + rng.choice(("", " "))
            + str(rng.randint(100, 8999))
        )
    if kind == "seat":
        return f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"
    if kind == "room":
        return str(rng.randint(101, 1240))
    if kind == "days":
        return str(rng.randint(2, 45))
    if kind == "year":
        return year
    if kind == "percent":
        return f"{rng.randint(5, 60)}%"
    if kind == "gb":
        return f"{rng.choice((5, 10, 20, 30, 50, 100))}GB"
    raise CorpusError(f"unknown must_keep kind {kind}")


def keep_value(kind: str, literal: str | None, locale: str, rng: random.Random) -> str:
    if literal is not None:
        if V.passes_a_checksum(literal):
            raise CorpusError(f"literal hard negative of kind {kind} passes a checksum")
        return literal
    for _ in range(200):
        text = draw_keep(kind, locale, rng)
        if not V.passes_a_checksum(text):
            return text
    raise CorpusError(f"could not draw a hard negative of kind {kind}")


def draw_value(
    typ: str, family: str, region: str, lang: str, rng: random.Random
) -> tuple[V.Value, str]:
    for _ in range(100):
        maker = (
            V.url_password if (typ == "PASSWORD" and family == "url_credentials") else V.MAKERS[typ]
        )
        v = maker(rng, region)
        if not V.validate(v, region):
            raise CorpusError(f"drawn {typ} does not validate")
        if family == "multi_message":
            return v, ""
        text = R.render_value(v, family, lang, rng)
        if text is not None and text == text.strip() and text:
            return v, text
    raise CorpusError(f"could not render {typ} as {family}")


def build(lang: str, split: str, idx: int, rep: int, tpl: Template) -> dict[str, object]:
    locale, msgs = tpl
    rng = random.Random(f"creeled|{lang}|{split}|{idx}|{rep}")
    cid = f"creeled-{lang}-{split}-{idx:03d}-{rep:02d}"
    region = V.LOCALE_REGION[locale]
    # multi_message tags: count parts first so every part comes from one drawn value
    tags: dict[str, list[int]] = {}
    for mi, m in enumerate(msgs):
        for s in R.SLOT.finditer(m):
            if s.group(4):
                tags.setdefault(s.group(4), []).append(mi)
    parts: dict[str, tuple[list[str], str, str]] = {}
    out = []
    token = re.compile(f"{R.SLOT.pattern}|{R.KEEP.pattern}")
    for m in msgs:
        msg = R.Message()
        pos = 0
        for t in token.finditer(m):
            msg.add(m[pos : t.start()])
            pos = t.end()
            if t.group(1):
                typ, fams, reg, tag = (
                    t.group(1),
                    t.group(2) or "plain",
                    t.group(3) or region,
                    t.group(4),
                )
                typ = R.TYPE_ALIAS.get(typ, typ)
                family = rng.choice(fams.split("|"))
                family = R.FAMILY_ALIAS.get(family, family)
                if tag:
                    if tag not in parts:
                        v, _ = draw_value(typ, "multi_message", reg, lang, rng)
                        gid = f"{cid}-g{len(parts) + 1}"
                        parts[tag] = (R.split_parts(v, len(tags[tag]), rng), gid, typ)
                    pieces, gid, _ = parts[tag]
                    piece = pieces.pop(0)
                    msg.add_span(
                        piece, {"type": typ, "family": "multi_message", "group": gid}, "pii"
                    )
                else:
                    _, text = draw_value(typ, family, reg, lang, rng)
                    msg.add_span(text, {"type": typ, "family": family}, "pii")
            else:
                msg.add_span(
                    keep_value(t.group(5), t.group(6), locale, rng),
                    {"kind": t.group(5)},
                    "must_keep",
                )
        msg.add(m[pos:])
        out.append({"text": msg.text, "pii": msg.pii, "must_keep": msg.must_keep})
    return {"id": cid, "lang": lang, "locale": locale, "split": split, "messages": out}


def check(corpus: dict[str, list[dict]]) -> None:
    """Every rule of the brief; raise on the first broken one."""
    seen: dict[str, str] = {}
    for lang, mod in LANGS.items():
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for _, msgs in tpls:
                for m in msgs:
                    if not R.SLOT.sub("", m).strip():
                        continue  # a bare value ("{CARD:multi#a}") has no wording to share
                    if seen.setdefault(m, split) != split:
                        raise CorpusError(f"a {lang} template message is in both splits")
    for split, convs in corpus.items():
        by_lang: dict[str, list[dict]] = {}
        for c in convs:
            by_lang.setdefault(c["lang"], []).append(c)
        for lang, cs in by_lang.items():
            types, fams, n_values, n_multi = set(), set(), 0, 0
            for c in cs:
                groups: dict[str, list[int]] = {}
                for mi, m in enumerate(c["messages"]):
                    text = m["text"]
                    covered = [False] * len(text)
                    spans = sorted(m["pii"] + m["must_keep"], key=lambda s: s["start"])
                    for a, b in itertools.pairwise(spans):
                        if a["end"] > b["start"]:
                            raise CorpusError(f"{c['id']}: spans overlap")
                    for s in spans:
                        if (
                            s["value"] != text[s["start"] : s["end"]]
                            or s["value"] != s["value"].strip()
                            or not s["value"]
                        ):
                            raise CorpusError(f"{c['id']}: span value or whitespace")
                        for i in range(s["start"], s["end"]):
                            covered[i] = True
                    for i, ch in enumerate(text):
                        if ch.isdigit() and not covered[i]:
                            raise CorpusError(f"{c['id']}: digit outside any span")
                    for s in m["pii"]:
                        types.add(s["type"])
                        fams.add(s["family"])
                        if s["family"] == "multi_message":
                            groups.setdefault(s["group"], []).append(mi)
                        else:
                            n_values += 1
                            if ("group" in s) or (
                                s["family"] == "context_only" and text.strip() != s["value"]
                            ):
                                raise CorpusError(
                                    f"{c['id']}: context_only not alone or stray group"
                                )
                    for k in m["must_keep"]:
                        if V.passes_a_checksum(k["value"]):
                            raise CorpusError(f"{c['id']}: hard negative passes a checksum")
                for g, idxs in groups.items():
                    if not 2 <= len(idxs) <= 3 or idxs != list(range(idxs[0], idxs[0] + len(idxs))):
                        raise CorpusError(
                            f"{g}: multi_message parts not one per consecutive message"
                        )
                n_values += len(groups)
                n_multi += len(groups)
            if missing := set(V.TYPES) - types:
                raise CorpusError(f"{lang}/{split}: types missing {sorted(missing)}")
            if missing := set(R.FAMILIES) - fams:
                raise CorpusError(f"{lang}/{split}: families missing {sorted(missing)}")
            if n_multi / n_values < MIN_MULTI_SHARE:
                raise CorpusError(f"{lang}/{split}: multi_message share {n_multi / n_values:.3f}")


def generate() -> dict[str, list[dict]]:
    corpus: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang, mod in LANGS.items():
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for idx, tpl in enumerate(tpls):
                for rep in range(REPS[split]):
                    corpus[split].append(build(lang, split, idx, rep, tpl))
    check(corpus)
    return corpus


def encode(convs: list[dict]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")


def gzipped(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def stats(corpus: dict[str, list[dict]]) -> str:
    lines = []
    for split in ("dev", "sealed"):
        for lang in LANGS:
            cs = [c for c in corpus[split] if c["lang"] == lang]
            msgs = [m for c in cs for m in c["messages"]]
            spans = [s for m in msgs for s in m["pii"]]
            groups = {s["group"] for s in spans if "group" in s}
            vals = sum(1 for s in spans if "group" not in s) + len(groups)
            keeps = sum(len(m["must_keep"]) for m in msgs)
            tpls = len(getattr(LANGS[lang], split.upper()))
            lines.append(
                f"{split:6} {lang}: templates={tpls} conversations={len(cs)} messages={len(msgs)} "
                f"spans={len(spans)} values={vals} multi_groups={len(groups)} "
                f"multi_share={len(groups) / vals:.3f} must_keep={keeps}"
            )
        msgs = [m for c in corpus[split] for m in c["messages"]]
        lines.append(f"{split:6} total: conversations={len(corpus[split])} messages={len(msgs)}")
    spans = [s for sp in corpus.values() for c in sp for m in c["messages"] for s in m["pii"]]
    lines.append(
        "types: "
        + ", ".join(f"{k}={v}" for k, v in sorted(Counter(s["type"] for s in spans).items()))
    )
    lines.append(
        "families: "
        + ", ".join(f"{k}={v}" for k, v in sorted(Counter(s["family"] for s in spans).items()))
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare bytes"
    )
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args()
    try:
        corpus = generate()
    except CorpusError as exc:
        print(f"refusing to write: {exc}", file=sys.stderr)
        return 1
    dev, sealed = encode(corpus["dev"]), gzipped(encode(corpus["sealed"]))
    if args.stats:
        print(stats(corpus))
        return 0
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("up to date" if same else "stale: run generate")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(corpus['dev'])} dev and {len(corpus['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
