"""Generate dev.jsonl and sealed.jsonl.gz from the hand-written templates, byte-reproducibly.

python -m bench.redaction.jarred.generate            # rewrite both files
python -m bench.redaction.jarred.generate --check    # compare with the files on disk, write nothing
python -m bench.redaction.jarred.generate --stats    # counts per language / type / family / kind
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import math
import random
import re
import sys
from pathlib import Path

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).resolve().parent
SEED = "corpus49-jarred"
INSTANCES = 18
# Templates with no PII slot (chit-chat, must_keep only) get fewer instances, so that about 15-20% of
# messages carry no PII.
NO_PII_INSTANCES = 10
LANGS = {
    "en": (templates_en, ["en-US", "en-US", "en-GB"]),
    "es": (templates_es, ["es-ES", "es-MX", "es-US", "es-AR"]),
    "fr": (templates_fr, ["fr-FR", "fr-FR", "fr-CA", "fr-BE"]),
    "de": (templates_de, ["de-DE", "de-DE", "de-AT", "de-CH"]),
    "pt": (templates_pt, ["pt-BR", "pt-BR", "pt-PT"]),
}
SLOT = re.compile(
    r"\{(?:#(?P<keep>[a-z_]+)|(?P<label>L)|(?P<alias>[A-Z]+|\?)(?::(?P<fam>[a-z]+)"
    r"(?::(?P<part>one|two|three):(?P<tot>two|three))?)?)\}"
)
NUM = {"one": 0, "two": 1, "three": 2}


class CorpusError(Exception):
    pass


def _check_templates() -> None:
    seen: dict[str, str] = {}
    for lang, (mod, _) in LANGS.items():
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for t in tpls:
                if re.search(r"\d", t):
                    raise CorpusError(f"template with a digit: {t!r}")
                if seen.get(t, split) != split:
                    raise CorpusError(f"template in both splits: {t!r}")
                seen[t] = split
                for m in SLOT.finditer(t):
                    if m["alias"] and m["alias"] != "?" and m["alias"] not in V.TYPES:
                        raise CorpusError(f"unknown alias in {t!r}")
                    if m["fam"] and m["fam"] not in R.SHORT:
                        raise CorpusError(f"unknown family in {t!r}")
                    if m["keep"] and m["keep"] not in V.KEEP:
                        raise CorpusError(f"unknown kind in {t!r}")


def _coverage(rng: random.Random) -> list[tuple[str, str]]:
    """(alias, family) pairs for generic slots: every type and every single-message family at least once."""
    pairs = []
    for a in V.TYPES:
        fams = [f for f in R.compatible(a) if f != "plain"] or ["plain"]
        pairs.append((a, rng.choice(fams)))
    for f in R.FAMILIES:
        if f != "multi_message" and f not in {p[1] for p in pairs}:
            pairs.append((rng.choice([a for a in V.TYPES if f in R.compatible(a)]), f))
    rng.shuffle(pairs)
    return pairs


def _draw_rendered(alias, fam, lang, loc, rng):
    for _ in range(300):
        v = V.draw(alias, rng, loc)
        r = R.render(alias, fam, v, lang, rng)
        if r is not None:
            return v, r
    raise CorpusError(f"cannot render {alias} as {fam}")


def _check_decodes(alias, fam, value, shown, lang):
    if fam == "letter_substitution":
        a, b = R.alnum(value), R.alnum(shown)
        ok = len(a) == len(b) and all(
            x == y or (x == "0" and y in "Oo") or (x == "1" and y in "lI") for x, y in zip(a, b)
        )
        ok = ok and a != b
    else:
        ok = R.decode(alias, fam, shown, lang) == R.expected(alias, fam, value)
    if not ok:
        raise CorpusError(f"{alias}/{fam}: {shown!r} does not decode to the value")


def _conversation(tpl, lang, loc, rng, generic, multi_alias):
    msgs = tpl.split(" || ")
    values: dict[str, tuple[str, list[str]]] = {}
    out = []
    groups: dict[str, str] = {}
    for mt in msgs:
        text, pii, keep, pos = "", [], [], 0
        for m in SLOT.finditer(mt):
            text += mt[pos : m.start()]
            pos = m.end()
            if m["keep"]:
                k = V.keep(m["keep"], rng, loc)
                keep.append(
                    {"kind": m["keep"], "start": len(text), "end": len(text) + len(k), "value": k}
                )
                text += k
                continue
            if m["label"]:
                a = multi_alias if "mm:" in tpl else generic[0]
                text += getattr(LANG_MOD[lang], "LABELS")[a]
                continue
            alias = m["alias"]
            fam = R.SHORT[m["fam"] or "plain"]
            if alias == "?":
                alias, fam = (multi_alias, "multi_message") if m["part"] else generic
            if m["part"]:
                if alias not in values:
                    v = V.draw(alias, rng, loc)
                    values[alias] = (v, R.split_parts(v, NUM[m["tot"]] + 1, rng))
                    groups[alias] = f"g{len(groups) + 1}"
                v, parts = values[alias]
                shown, before, after = parts[NUM[m["part"]]], "", ""
                span = {"type": V.TYPES[alias], "family": "multi_message", "group": groups[alias]}
            else:
                v, (before, shown, after) = _draw_rendered(alias, fam, lang, loc, rng)
                _check_decodes(alias, fam, v, shown, lang)
                span = {"type": V.TYPES[alias], "family": fam}
            text += before
            span.update(start=len(text), end=len(text) + len(shown), value=shown)
            pii.append(span)
            text += shown + after
        text += mt[pos:]
        out.append({"text": text, "pii": pii, "must_keep": keep})
    for alias, (v, parts) in values.items():
        joined = "".join(
            s["value"] for msg in out for s in msg["pii"] if s.get("group") == groups[alias]
        )
        if R.alnum(joined) != R.alnum(v):
            raise CorpusError(f"multi_message parts do not rebuild the {alias}")
    return out


def _validate_message(msg):
    t = msg["text"]
    spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
    covered = set()
    prev_end = -1
    for s in spans:
        if t[s["start"] : s["end"]] != s["value"] or not s["value"]:
            raise CorpusError(f"offset mismatch in {t!r}")
        if s["value"] != s["value"].strip():
            raise CorpusError(f"span with whitespace edge in {t!r}")
        if s["start"] < prev_end:
            raise CorpusError(f"overlapping spans in {t!r}")
        prev_end = s["end"]
        covered.update(range(s["start"], s["end"]))
    for i, c in enumerate(t):
        if c.isdigit() and i not in covered:
            raise CorpusError(f"digit outside a span in {t!r}")


LANG_MOD = {k: v[0] for k, v in LANGS.items()}


def build() -> dict[str, list[dict]]:
    _check_templates()
    splits: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang, (mod, locales) in LANGS.items():
        n = 0
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            crng = random.Random(f"{SEED}|{lang}|{split}|coverage")
            cov = _coverage(crng)
            gen_single = [t for t in tpls if "{?" in t and "mm:" not in t]
            per_generic = max(INSTANCES, math.ceil(len(cov) / len(gen_single)))
            k = 0
            for ti, tpl in enumerate(tpls):
                reps = (
                    per_generic
                    if tpl in gen_single
                    else INSTANCES
                    if re.search(r"\{[A-Z?]", tpl)
                    else NO_PII_INSTANCES
                )
                for i in range(reps):
                    rng = random.Random(f"{SEED}|{lang}|{split}|{ti}|{i}")
                    generic = ("CARD", "plain")
                    if tpl in gen_single:
                        generic = (
                            cov[k % len(cov)]
                            if k < len(cov)
                            else (lambda a: (a, rng.choice(R.compatible(a))))(
                                rng.choice(sorted(V.TYPES))
                            )
                        )
                        k += 1
                    multi_alias = R.MULTI[(ti + i) % len(R.MULTI)]
                    loc = rng.choice(locales)
                    msgs = _conversation(tpl, lang, loc, rng, generic, multi_alias)
                    for m in msgs:
                        _validate_message(m)
                    n += 1
                    splits[split].append(
                        {
                            "id": f"sc49-{lang}-{n:04d}",
                            "lang": lang,
                            "locale": loc,
                            "split": split,
                            "messages": msgs,
                        }
                    )
    _check_coverage(splits)
    return splits


def _check_coverage(splits):
    have = {}
    for split, convs in splits.items():
        for c in convs:
            for m in c["messages"]:
                for s in m["pii"]:
                    have.setdefault((split, c["lang"]), set()).update(
                        {("type", s["type"]), ("family", s["family"])}
                    )
    need = {("type", t) for t in V.TYPES.values()} | {("family", f) for f in R.FAMILIES}
    for split in splits:
        for lang in LANGS:
            missing = need - have.get((split, lang), set())
            if missing:
                raise CorpusError(f"{split}/{lang} misses {sorted(missing)}")


def serialise(splits) -> tuple[bytes, bytes]:
    dev = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in splits["dev"]
    ).encode()
    raw = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in splits["sealed"]
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(raw)
    return dev, buf.getvalue()


def stats(splits) -> str:
    lines = []
    c = collections.Counter()
    per = collections.defaultdict(collections.Counter)
    for split, convs in splits.items():
        for conv in convs:
            lang = conv["lang"]
            c["conversations"] += 1
            c[f"conversations/{split}"] += 1
            if any(s["family"] == "multi_message" for m in conv["messages"] for s in m["pii"]):
                c["conversations with multi_message"] += 1
            for m in conv["messages"]:
                c["messages"] += 1
                c[f"messages/{split}"] += 1
                per["messages per language"][lang] += 1
                if not m["pii"]:
                    c["messages without PII"] += 1
                for s in m["pii"]:
                    c["pii"] += 1
                    per["pii per language"][lang] += 1
                    per["pii per type"][s["type"]] += 1
                    per["pii per family"][s["family"]] += 1
                for s in m["must_keep"]:
                    c["must_keep"] += 1
                    per["must_keep per kind"][s["kind"]] += 1
    for k, v in c.items():
        lines.append(f"{k}: {v}")
    lines.append(f"share without PII: {c['messages without PII'] / c['messages']:.1%}")
    lines.append(
        f"share of conversations with multi_message: {c['conversations with multi_message'] / c['conversations']:.1%}"
    )
    for name, cnt in per.items():
        lines.append(f"\n{name}:")
        tot = sum(cnt.values())
        for k, v in sorted(cnt.items()):
            lines.append(
                f"  {k}: {v}" + (f" ({v / tot:.1%})" if name == "messages per language" else "")
            )
    for lang, (mod, _) in LANGS.items():
        lines.append(f"templates {lang}: dev {len(mod.DEV)}, sealed {len(mod.SEALED)}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    splits = build()
    dev, sealed = serialise(splits)
    if args.stats:
        print(stats(splits))
        return 0
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("up to date" if ok else "OUT OF DATE")
        return 0 if ok else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(splits['dev'])} dev and {len(splits['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
