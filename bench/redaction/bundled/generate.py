"""Write, check or count the bundled corpus.

    python -m bench.redaction.bundled.generate            # write dev.jsonl, sealed.jsonl.gz
    python -m bench.redaction.bundled.generate --check    # compare with the files on disk
    python -m bench.redaction.bundled.generate --stats    # print counts

Output is byte-reproducible: every conversation's randomness comes from SHA-256 of a
fixed seed and the conversation id, and the gzip header has mtime 0 and no file name.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import random
import sys
from collections import Counter
from pathlib import Path

from . import negatives as N
from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).resolve().parent
SEED = "bundled-pii-corpus/issue-14/v1"
MODULES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
RENDERS = 6  # renderings of each template
LOCALE_HINTS = (  # a template naming these types is set in the matching locale
    ({"CURP", "RFC", "CLABE"}, "es-MX"),
    ({"CPF", "CNPJ"}, "pt-BR"),
    ({"NIF"}, "pt-PT"),
    ({"SSN", "ITIN", "ROUTING"}, "en-US"),
    ({"NINO"}, "en-GB"),
)


class CorpusError(Exception):
    """A rendered conversation broke one of the corpus invariants."""


def _rng(conv_id: str) -> random.Random:
    digest = hashlib.sha256((SEED + "\x00" + conv_id).encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _locale(template: tuple[str, ...], locales: tuple[str, ...], rng: random.Random) -> str:
    names = {m.group(1) for t in template for m in R.PLACEHOLDER.finditer(t)}
    for aliases, loc in LOCALE_HINTS:
        if names & aliases and loc in locales:
            return loc
    return rng.choice(locales)


def _as_tuple(t: str | tuple[str, ...]) -> tuple[str, ...]:
    return (t,) if isinstance(t, str) else tuple(t)


def _check_message(msg: R.Message, lang: str) -> None:
    text = msg.text
    spans = [(s.start, s.end, s.value) for s in msg.pii] + [(a, b, v) for _, a, b, v in msg.keep]
    covered = set()
    for a, b, v in sorted(spans):
        if text[a:b] != v or not v or v != v.strip():
            raise CorpusError("span/value mismatch or edge whitespace")
        if covered & set(range(a, b)):
            raise CorpusError("overlapping spans")
        covered |= set(range(a, b))
    for i, c in enumerate(text):
        if c.isdigit() and i not in covered:
            raise CorpusError("digit outside any span at %d" % i)
    for s in msg.pii:
        if s.family == "multi_message":
            continue
        got = R.decode(s, lang)
        want = (
            R.decode_expiry(s.canonical, lang)
            if s.type == "CREDIT_DEBIT_EXPIRY"
            else V.core(s.type, s.canonical)
        )
        if got != want:
            raise CorpusError("%s/%s does not decode back" % (s.type, s.family))
        if not V.is_valid(s.type, s.canonical):
            raise CorpusError("%s fails its checksum" % s.type)


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang, mod in MODULES.items():
        seen: dict[str, str] = {}
        for split, templates in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for ti, raw in enumerate(templates):
                template = _as_tuple(raw)
                for line in template:
                    if any(c.isdigit() for c in R.PLACEHOLDER.sub("", line)):
                        raise CorpusError(
                            "digit in template literal text (%s %s #%d)" % (lang, split, ti)
                        )
                    # bare fillers ("{CARD:m2}", "ok thx") may recur; real template text may not
                    literal = R.PLACEHOLDER.sub("", line).strip()
                    if len(literal) >= 12 and seen.setdefault(line, split) != split:
                        raise CorpusError(
                            "template text shared by dev and sealed (%s #%d)" % (lang, ti)
                        )
                for rep in range(RENDERS):
                    conv_id = "bundled-%s-%s-%03d-%d" % (lang, split, ti, rep)
                    rng = _rng(conv_id)
                    locale = _locale(template, mod.LOCALES, rng)
                    msgs = R.Renderer(rng, lang, locale).render(template, conv_id)
                    groups: dict[str, list[R.Span]] = {}
                    for m in msgs:
                        _check_message(m, lang)
                        for s in m.pii:
                            if s.group:
                                groups.setdefault(s.group, []).append(s)
                    for parts in groups.values():
                        whole = parts[0].part_of
                        if "".join(V.core(p.type, p.value) for p in parts) != V.core(
                            parts[0].type, whole
                        ):
                            raise CorpusError("multi-message parts do not rebuild the value")
                        if len(parts) < 2 or not V.is_valid(parts[0].type, whole):
                            raise CorpusError("bad multi-message value")
                    out[split].append(
                        {
                            "id": conv_id,
                            "lang": lang,
                            "locale": locale,
                            "split": split,
                            "messages": [
                                {
                                    "text": m.text,
                                    "pii": [
                                        dict(
                                            {
                                                "type": s.type,
                                                "family": s.family,
                                                "start": s.start,
                                                "end": s.end,
                                                "value": s.value,
                                            },
                                            **({"group": s.group} if s.group else {}),
                                        )
                                        for s in sorted(m.pii, key=lambda s: s.start)
                                    ],
                                    "must_keep": [
                                        {"kind": k, "start": a, "end": b, "value": v}
                                        for k, a, b, v in sorted(m.keep, key=lambda x: x[1])
                                    ],
                                }
                                for m in msgs
                            ],
                        }
                    )
    _check_coverage(out)
    return out


def _check_coverage(out: dict[str, list[dict]]) -> None:
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
            missing = (set(V.TYPES) - types) | (set(R.FAMILIES) - fams)
            if missing:
                raise CorpusError("%s/%s lacks %s" % (split, lang, sorted(missing)))
        multi = sum(
            1
            for c in convs
            if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
        )
        if multi < 0.08 * len(convs):
            raise CorpusError(
                "%s: only %d of %d conversations are multi-message" % (split, multi, len(convs))
            )
        kinds = {k["kind"] for c in convs for m in c["messages"] for k in m["must_keep"]}
        if set(N.KINDS) - kinds:
            raise CorpusError("%s lacks negatives %s" % (split, sorted(set(N.KINDS) - kinds)))


def serialise(out: dict[str, list[dict]]) -> tuple[bytes, bytes]:
    def lines(convs: list[dict]) -> bytes:
        return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(lines(out["sealed"]))
    return lines(out["dev"]), buf.getvalue()


def stats(out: dict[str, list[dict]]) -> str:
    rows = []
    for split, convs in out.items():
        msgs = [m for c in convs for m in c["messages"]]
        pii = [p for m in msgs for p in m["pii"]]
        rows.append(
            "%s: %d conversations, %d messages, %d PII spans, %d must_keep spans, %d messages without PII (%.1f%%)"
            % (
                split,
                len(convs),
                len(msgs),
                len(pii),
                sum(len(m["must_keep"]) for m in msgs),
                sum(1 for m in msgs if not m["pii"]),
                100.0 * sum(1 for m in msgs if not m["pii"]) / len(msgs),
            )
        )
        multi = sum(
            1
            for c in convs
            if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
        )
        rows.append(
            "  multi-message conversations: %d (%.1f%%)" % (multi, 100.0 * multi / len(convs))
        )
        by_lang = Counter(c["lang"] for c in convs for _ in c["messages"])
        rows.append(
            "  messages per language: " + ", ".join("%s %d" % kv for kv in sorted(by_lang.items()))
        )
        rows.append(
            "  per family: "
            + ", ".join("%s %d" % kv for kv in sorted(Counter(p["family"] for p in pii).items()))
        )
        rows.append(
            "  per type: "
            + ", ".join("%s %d" % kv for kv in sorted(Counter(p["type"] for p in pii).items()))
        )
        rows.append(
            "  must_keep kinds: "
            + ", ".join(
                "%s %d" % kv
                for kv in sorted(Counter(k["kind"] for m in msgs for k in m["must_keep"]).items())
            )
        )
    for lang, mod in MODULES.items():
        rows.append("templates %s: dev %d, sealed %d" % (lang, len(mod.DEV), len(mod.SEALED)))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    out = build()
    dev, sealed = serialise(out)
    if args.stats:
        print(stats(out))
        return 0
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("corpus matches the files on disk" if ok else "corpus differs from the files on disk")
        return 0 if ok else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(
        "wrote dev.jsonl (%d conversations) and sealed.jsonl.gz (%d conversations)"
        % (len(out["dev"]), len(out["sealed"]))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
