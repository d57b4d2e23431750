"""Writes dev.jsonl and sealed.jsonl.gz from the templates, byte-reproducibly, and validates them.

python -m bench.redaction.casked.generate            # write both files
python -m bench.redaction.casked.generate --check    # compare with the files on disk
python -m bench.redaction.casked.generate --stats    # print counts
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import io
import json
import random
import re
import sys
from pathlib import Path

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

SEED = b"casked/issue-14/v1"
HERE = Path(__file__).resolve().parent
DEV_PATH = HERE / "dev.jsonl"
SEALED_PATH = HERE / "sealed.jsonl.gz"
MODULES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = 11


class CorpusError(Exception):
    pass


def rng_for(*parts: object) -> random.Random:
    h = hashlib.sha256(SEED + b"|" + "|".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(h, "big"))


def literal(template: str) -> str:
    return R.SLOT.sub("", re.sub(r"^\[[a-z]{2}-[A-Z]{2}\]", "", template))


def check_templates() -> None:
    for lang, mod in MODULES.items():
        dev, sealed = set(mod.DEV), set(mod.SEALED)
        if len(dev) != len(mod.DEV) or len(sealed) != len(mod.SEALED):
            raise CorpusError(f"{lang}: duplicate template")
        if dev & sealed:
            raise CorpusError(f"{lang}: template in both splits")
        if not 0.25 <= len(dev) / (len(dev) + len(sealed)) <= 0.30:
            raise CorpusError(
                f"{lang}: dev holds {len(dev)} of {len(dev) + len(sealed)} templates (want 25-30%)"
            )
        for t in mod.DEV + mod.SEALED:
            if re.search(r"\d", literal(t)):
                raise CorpusError(f"{lang}: digit in template literal: {t[:60]!r}")
            for m in R.SLOT.finditer(t):
                name = m.group(1)
                if name.startswith("#"):
                    if name[1:] not in V.NEG_KINDS:
                        raise CorpusError(f"unknown negative {name}")
                elif name not in R.ALIAS:
                    raise CorpusError(f"unknown slot {name}")
    # no shared message text between the splits, across languages too
    seen: dict[str, str] = {}
    for lang, mod in MODULES.items():
        for split, lst in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for t in lst:
                for msg in re.sub(r"^\[[a-z]{2}-[A-Z]{2}\]\s*", "", t).split("|||"):
                    key = msg.strip()
                    if not re.search(r"\w", literal(key)):
                        continue  # a bare continuation part such as "{CARD!mm}" has no text of its own
                    if seen.get(key, split) != split:
                        raise CorpusError(
                            f"{lang}: message text shared by dev and sealed: {key[:50]!r}"
                        )
                    seen[key] = split


def family_evident(family: str, value: str, lang: str) -> bool:
    """The obfuscation a span is labelled with can be seen in its text."""
    words = "|".join(
        re.escape(w)
        for w in R.DIGIT_WORDS[lang] + [x for ws in R.ALT_WORDS.get(lang, {}).values() for x in ws]
    )
    noise = "|".join(re.escape(w) for w in R.NOISE_WORDS[lang])
    return {
        "spaced_or_dashed": lambda: bool(re.search(r"[ .\-]", value)),
        "split_by_noise": lambda: bool(
            re.search(rf"[^0-9A-Za-z .\-]|\.\.\.|\b(?:{noise})\b", value)
        ),
        "spelled_out": lambda: bool(re.search(rf"\b(?:{words})\b", value)),
        "email_spelled": lambda: "@" not in value,
        "percent_encoded": lambda: "%" in value,
        "iban_broken": lambda: bool(re.search(r"[\n\-]", value)),
        "compact_expiry": lambda: bool(re.fullmatch(r"\d{4}", value)),
    }.get(family, lambda: True)()


def validate_message(msg: dict, lang: str) -> None:
    text = msg["text"]
    spans = []
    for p in msg["pii"]:
        s, e = p["start"], p["end"]
        if text[s:e] != p["value"]:
            raise CorpusError("offset mismatch")
        if p["value"] != p["value"].strip() or not p["value"]:
            raise CorpusError("edge whitespace")
        if p["type"] not in R.TYPES or p["family"] not in R.FAMILIES:
            raise CorpusError("bad label")
        v = p["_v"]
        chk = V.CHECKERS.get(v.type)
        if chk and not chk(v.canonical):
            raise CorpusError(f"checksum {v.type} {v.canonical}")
        if p["family"] != "multi_message":
            if not R.matches(v, R.decode(p["value"], p["family"], lang), p["family"]):
                raise CorpusError(f"decode {v.type} {p['family']} {p['value']!r} {v.canonical!r}")
            if p["family"] == "letter_substitution" and not R.has_letter_for_digit(v, p["value"]):
                raise CorpusError(f"letter_substitution without a substituted digit: {v.type}")
            if not family_evident(p["family"], p["value"], lang):
                raise CorpusError(f"{p['family']} not visible in a {v.type} value")
        spans.append((s, e))
    for k in msg["must_keep"]:
        if text[k["start"] : k["end"]] != k["value"]:
            raise CorpusError("keep offset mismatch")
        spans.append((k["start"], k["end"]))
    spans.sort()
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            raise CorpusError(f"overlap in {text!r}")
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    for i, ch in enumerate(text):
        if ch.isdigit() and i not in covered:
            raise CorpusError(f"digit outside a span: {text!r}")


def validate_groups(conv: R.Conversation, lang: str) -> None:
    groups: dict[str, list[dict]] = collections.defaultdict(list)
    idx: dict[str, list[int]] = collections.defaultdict(list)
    for i, m in enumerate(conv.messages):
        for p in m["pii"]:
            if p["family"] == "multi_message":
                groups[p["group"]].append(p)
                idx[p["group"]].append(i)
    for g, parts in groups.items():
        if not 2 <= len(parts) <= 3 or len(set(idx[g])) != len(parts):
            raise CorpusError(f"group {g}: parts must sit in distinct messages")
        if idx[g] != list(range(idx[g][0], idx[g][0] + len(parts))):
            raise CorpusError(f"group {g}: parts must be consecutive messages")
        v = parts[0]["_v"]
        joined = "".join(p["value"] for p in parts)
        if not R.matches(v, joined, "multi_message"):
            raise CorpusError(f"group {g} does not decode: {joined!r} {v.canonical!r}")


def build() -> dict[str, list[dict]]:
    check_templates()
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang, mod in MODULES.items():
        for split, lst in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for ti, tpl in enumerate(lst):
                for rep in range(REPS):
                    cid = f"casked-{lang}-{split}-{ti:03d}-{rep:02d}"
                    rng = rng_for(lang, split, ti, rep)
                    conv = R.render(tpl, lang, rng, V.negative, cid)
                    for m in conv.messages:
                        validate_message(m, lang)
                    validate_groups(conv, lang)
                    out[split].append(
                        {
                            "id": cid,
                            "lang": lang,
                            "locale": conv.locale,
                            "split": split,
                            "messages": [
                                {
                                    "text": m["text"],
                                    "pii": [
                                        {k: v for k, v in p.items() if not k.startswith("_")}
                                        for p in m["pii"]
                                    ],
                                    "must_keep": m["must_keep"],
                                }
                                for m in conv.messages
                            ],
                        }
                    )
    check_coverage(out)
    return out


def check_coverage(out: dict[str, list[dict]]) -> None:
    for split, convs in out.items():
        for lang in MODULES:
            types, fams = set(), set()
            for c in convs:
                if c["lang"] != lang:
                    continue
                for m in c["messages"]:
                    for p in m["pii"]:
                        types.add(p["type"])
                        fams.add(p["family"])
            if set(R.TYPES) - types:
                raise CorpusError(f"{split}/{lang}: missing types {sorted(set(R.TYPES) - types)}")
            if set(R.FAMILIES) - fams:
                raise CorpusError(
                    f"{split}/{lang}: missing families {sorted(set(R.FAMILIES) - fams)}"
                )
        for lang in MODULES:
            lc = [c for c in convs if c["lang"] == lang]
            multi = sum(
                any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
                for c in lc
            )
            if multi < 0.08 * len(lc):
                raise CorpusError(
                    f"{split}/{lang}: only {multi}/{len(lc)} conversations with multi_message"
                )
            msgs = [m for c in lc for m in c["messages"]]
            share = sum(not m["pii"] for m in msgs) / len(msgs)
            if not 0.15 <= share <= 0.20:
                raise CorpusError(
                    f"{split}/{lang}: {share:.1%} of messages carry no PII (want 15-20%)"
                )


def serialise(out: dict[str, list[dict]]) -> tuple[bytes, bytes]:
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["dev"]).encode()
    raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return dev, buf.getvalue()


def stats(out: dict[str, list[dict]]) -> str:
    lines = []
    for split, convs in out.items():
        msgs = [m for c in convs for m in c["messages"]]
        nopii = sum(not m["pii"] for m in msgs)
        multi = sum(
            any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
            for c in convs
        )
        lines.append(
            f"{split}: {len(convs)} conversations, {len(msgs)} messages, "
            f"{sum(len(m['pii']) for m in msgs)} PII spans, {sum(len(m['must_keep']) for m in msgs)} must_keep, "
            f"{nopii} messages without PII ({100 * nopii / len(msgs):.1f}%), "
            f"{multi} multi-message conversations ({100 * multi / len(convs):.1f}%)"
        )
        by_lang = collections.Counter(c["lang"] for c in convs for _ in c["messages"])
        lines.append(
            "  messages per language: " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items()))
        )
        ty = collections.Counter(p["type"] for m in msgs for p in m["pii"])
        lines.append("  spans per type: " + ", ".join(f"{k} {v}" for k, v in sorted(ty.items())))
        fa = collections.Counter(p["family"] for m in msgs for p in m["pii"])
        lines.append("  spans per family: " + ", ".join(f"{k} {v}" for k, v in sorted(fa.items())))
    n_t = {lang: (len(m.DEV), len(m.SEALED)) for lang, m in MODULES.items()}
    lines.append("templates (dev, sealed): " + ", ".join(f"{k} {v}" for k, v in n_t.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    out = build()
    dev, sealed = serialise(out)
    if args.stats:
        print(stats(out))
    if args.check:
        ok = (
            DEV_PATH.exists()
            and DEV_PATH.read_bytes() == dev
            and SEALED_PATH.exists()
            and SEALED_PATH.read_bytes() == sealed
        )
        print("check: ok" if ok else "check: files differ from the generator")
        return 0 if ok else 1
    if not args.stats:
        DEV_PATH.write_bytes(dev)
        SEALED_PATH.write_bytes(sealed)
        print(
            f"wrote {DEV_PATH.name} ({len(out['dev'])} conversations), {SEALED_PATH.name} ({len(out['sealed'])} conversations)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
