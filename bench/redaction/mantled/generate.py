"""Generate the mantled corpus: ``python -m bench.redaction.mantled.generate [--check|--stats]``.

Writes ``dev.jsonl`` and ``sealed.jsonl.gz`` next to this file, byte-identically from a fixed seed.
Dev and sealed come from disjoint template lists; the run stops if they share literal text.
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

from . import render, values
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt

HERE = Path(__file__).resolve().parent
MODULES = [templates_en, templates_es, templates_fr, templates_de, templates_pt]
SEED = 38
INSTANCES = 13  # instances of every template, each with its own values and locale
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
MUST_KEEP_CHECKSUM_RANGE = (4, 11)


class CorpusError(Exception):
    pass


def literal(text: str) -> str:
    return PLACEHOLDER.sub("", text)


def check_templates() -> None:
    for mod in MODULES:
        dev_texts = {"\n".join(t) for t in mod.DEV}
        sealed_texts = {"\n".join(t) for t in mod.SEALED}
        if dev_texts & sealed_texts:
            raise CorpusError("dev and sealed share a template in %s" % mod.LANG)
        dev_msgs = {m for t in mod.DEV for m in t if literal(m).strip()}
        shared = dev_msgs & {m for t in mod.SEALED for m in t if literal(m).strip()}
        if shared:
            raise CorpusError(
                "dev and sealed share message text in %s: %r" % (mod.LANG, sorted(shared))
            )
        dev_ctx = {p[0] for p in mod.CTX.values()}
        sealed_ctx = {q for p in mod.CTX.values() for q in p[1:]}
        if dev_ctx & sealed_ctx:
            raise CorpusError(
                "dev and sealed share a context phrase in %s: %r" % (mod.LANG, dev_ctx & sealed_ctx)
            )
        if set(mod.CTX) != set(values.TYPES):
            raise CorpusError("CTX of %s does not cover every type" % mod.LANG)
        for t in mod.DEV + mod.SEALED:
            if not 1 <= len(t) <= 4:
                raise CorpusError("conversation length %d in %s" % (len(t), mod.LANG))
        for text in [m for t in mod.DEV + mod.SEALED for m in t] + [
            q for p in mod.CTX.values() for q in p
        ]:
            if re.search(r"\d", literal(text)):
                raise CorpusError("digit in template text %r" % text)


class Builder:
    def __init__(self, mod, split: str, rng: random.Random) -> None:
        self.mod, self.split, self.rng, self.lang = mod, split, rng, mod.LANG
        self.pairs = [(c, f) for c in render.FAMILIES for f in render.FAMILIES[c]]
        rng.shuffle(self.pairs)
        self.cursor = 0

    def next_pair(self) -> tuple[str, str]:
        p = self.pairs[self.cursor % len(self.pairs)]
        self.cursor += 1
        if self.cursor % len(self.pairs) == 0:
            self.rng.shuffle(self.pairs)
        return p

    def value(self, code: str, family: str, locale: str):
        for _ in range(200):
            canon = values.draw(code, self.rng, locale)
            if not values.validate(code, canon):
                raise CorpusError("invalid value %s %s" % (code, canon))
            out = render.render(code, family, canon, self.lang, self.rng)
            if out is None:
                continue
            frag, spans = out
            if all(self.decodes(c, family, frag[s:e], canon) for c, s, e in spans if c == code):
                return frag, spans
        raise CorpusError("cannot render %s as %s" % (code, family))

    def decodes(self, code: str, family: str, text: str, canon: str) -> bool:
        dec = render.decode(code, family, text, self.lang)
        if code == "PHONE":
            return render.phone_equal(dec, canon)
        return dec == canon

    def must_keep(self, kind: str, locale: str) -> str:
        lo, hi = MUST_KEEP_CHECKSUM_RANGE
        for _ in range(500):
            v = values.must_keep(kind, self.rng, self.lang, locale)
            if not (v.isdigit() and lo <= len(v) <= hi and values.passes_a_checksum(v)):
                return v
        raise CorpusError("no hard negative for " + kind)

    def conversation(self, template: list[str], cid: str) -> dict:
        rng = self.rng
        locale = rng.choice(self.mod.LOCALES)
        groups: dict[str, list[str]] = {}
        counts = collections.Counter(
            m.group(1) for t in template for m in PLACEHOLDER.finditer(t) if "@" in m.group(1)
        )
        for ph, n in sorted(counts.items()):
            code, g = ph.split("@")
            for _ in range(200):
                canon = values.draw(code, rng, locale)
                parts = render.multi_parts(code, canon, n, rng)
                joined = "".join(parts)
                ok = (
                    render.phone_equal(
                        render.decode("PHONE", "multi_message", joined, self.lang), canon
                    )
                    if code == "PHONE"
                    else re.sub(r"[^0-9A-Za-z]", "", joined) == canon
                )
                if ok:
                    break
            else:
                raise CorpusError("multi split failed")
            groups[ph] = parts
        messages = []
        for t in template:
            text, pii, keep = "", [], []

            def emit(tpl: str) -> None:
                nonlocal text
                pos = 0
                for m in PLACEHOLDER.finditer(tpl):
                    text += tpl[pos : m.start()]
                    pos = m.end()
                    ph = m.group(1)
                    if ph == "*":
                        code, fam = self.next_pair()
                        ctx = self.mod.CTX[code]
                        phrase = ctx[0] if self.split == "dev" else rng.choice(ctx[1:])
                        emit(phrase.replace("{v}", "{%s:%s}" % (code, fam)))
                    elif ph.startswith("#"):
                        v = self.must_keep(ph[1:], locale)
                        keep.append(
                            {
                                "kind": ph[1:],
                                "start": len(text),
                                "end": len(text) + len(v),
                                "value": v,
                            }
                        )
                        text += v
                    elif "@" in ph:
                        v = groups[ph].pop(0)
                        code = ph.split("@")[0]
                        pii.append(
                            {
                                "type": values.TYPES[code],
                                "family": "multi_message",
                                "start": len(text),
                                "end": len(text) + len(v),
                                "value": v,
                                "group": ph.split("@")[1],
                            }
                        )
                        text += v
                    else:
                        code, _, fam = ph.partition(":")
                        fam = fam or rng.choice(render.FAMILIES[code])
                        frag, spans = self.value(code, fam, locale)
                        base = len(text)
                        text += frag
                        for c, s, e in spans:
                            pii.append(
                                {
                                    "type": values.TYPES[c],
                                    "family": fam,
                                    "start": base + s,
                                    "end": base + e,
                                    "value": frag[s:e],
                                }
                            )
                text += tpl[pos:]

            emit(t)
            pii.sort(key=lambda x: x["start"])
            keep.sort(key=lambda x: x["start"])
            msg = {"text": text, "pii": pii, "must_keep": keep}
            check_message(msg, cid)
            messages.append(msg)
        return {
            "id": cid,
            "lang": self.lang,
            "locale": locale,
            "split": self.split,
            "messages": messages,
        }


def check_message(msg: dict, cid: str) -> None:
    text = msg["text"]
    spans = sorted(msg["pii"] + msg["must_keep"], key=lambda x: x["start"])
    covered = set()
    last_end = 0
    for s in spans:
        if text[s["start"] : s["end"]] != s["value"] or not s["value"]:
            raise CorpusError("%s: value mismatch %r" % (cid, s))
        if s["value"] != s["value"].strip():
            raise CorpusError("%s: span with whitespace edge %r" % (cid, s))
        if s["start"] < last_end:
            raise CorpusError("%s: overlapping spans in %r" % (cid, text))
        last_end = s["end"]
        covered.update(range(s["start"], s["end"]))
    for i, ch in enumerate(text):
        if ch.isdigit() and i not in covered:
            raise CorpusError("%s: digit outside spans in %r" % (cid, text))


def build() -> tuple[bytes, bytes]:
    check_templates()
    out = {"dev": [], "sealed": []}
    for mod in MODULES:
        n = 0
        for split, templates in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            b = Builder(mod, split, random.Random("%d-%s-%s" % (SEED, mod.LANG, split)))
            for _ in range(INSTANCES):
                for t in templates:
                    n += 1
                    out[split].append(b.conversation(t, "sc38-%s-%04d" % (mod.LANG, n)))
    check_coverage(out)
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["dev"]).encode("utf-8")
    raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return dev, buf.getvalue()


def check_coverage(out: dict) -> None:
    all_types = set(values.TYPES.values())
    all_fams = {f for fs in render.FAMILIES.values() for f in fs} | {"multi_message"}
    for mod in MODULES:
        for split, convs in out.items():
            msgs = [m for c in convs if c["lang"] == mod.LANG for m in c["messages"]]
            types = {p["type"] for m in msgs for p in m["pii"]}
            fams = {p["family"] for m in msgs for p in m["pii"]}
            if types != all_types or fams != all_fams:
                raise CorpusError(
                    "%s/%s misses types %s families %s"
                    % (mod.LANG, split, all_types - types, all_fams - fams)
                )


def stats(dev: bytes, sealed: bytes) -> str:
    convs = [json.loads(line) for line in dev.decode().splitlines()]
    convs += [json.loads(line) for line in gzip.decompress(sealed).decode().splitlines()]
    lines = []
    msgs = [(c, m) for c in convs for m in c["messages"]]
    n_pii = sum(len(m["pii"]) for _, m in msgs)
    n_keep = sum(len(m["must_keep"]) for _, m in msgs)
    no_pii = sum(1 for _, m in msgs if not m["pii"])
    multi = sum(
        1
        for c in convs
        if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
    )
    lines.append(
        "conversations %d  messages %d  pii %d  must_keep %d"
        % (len(convs), len(msgs), n_pii, n_keep)
    )
    lines.append(
        "messages without pii %.1f%%  conversations with multi_message %.1f%%"
        % (100 * no_pii / len(msgs), 100 * multi / len(convs))
    )
    for split in ("dev", "sealed"):
        cs = [c for c in convs if c["split"] == split]
        lines.append(
            "split %-6s conversations %5d messages %5d pii %5d"
            % (
                split,
                len(cs),
                sum(len(c["messages"]) for c in cs),
                sum(len(m["pii"]) for c in cs for m in c["messages"]),
            )
        )
    for title, key in (
        ("language (messages)", lambda c, m: [c["lang"]]),
        ("entity type", lambda c, m: [p["type"] for p in m["pii"]]),
        ("family", lambda c, m: [p["family"] for p in m["pii"]]),
        ("must_keep kind", lambda c, m: [k["kind"] for k in m["must_keep"]]),
    ):
        cnt = collections.Counter(x for c, m in msgs for x in key(c, m))
        lines.append("")
        lines.append(title)
        for k, v in sorted(cnt.items()):
            extra = "  (%.1f%%)" % (100 * v / len(msgs)) if title.startswith("language") else ""
            lines.append("  %-42s %6d%s" % (k, v, extra))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument(
        "--stats", action="store_true", help="print counts per language, type, family, kind"
    )
    args = ap.parse_args(argv)
    dev, sealed = build()
    paths = {HERE / "dev.jsonl": dev, HERE / "sealed.jsonl.gz": sealed}
    if args.check:
        stale = [p.name for p, b in paths.items() if not p.exists() or p.read_bytes() != b]
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("up to date")
    elif not args.stats:
        for p, b in paths.items():
            p.write_bytes(b)
        print("wrote " + ", ".join(p.name for p in paths))
    if args.stats:
        print(stats(dev, sealed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
