"""Render the kegged corpus: `dev.jsonl` and `sealed.jsonl.gz`, byte-reproducibly.

python -m bench.redaction.kegged.generate           write both files
python -m bench.redaction.kegged.generate --check   exit 1 unless the files on disk match
python -m bench.redaction.kegged.generate --stats   print counts (no message text)
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .render import FAMILIES, SHORT, decodes_to, free_families, render, split_parts
from .values import ALIASES, NEG_KINDS, TYPES, checksum_ok, draw, negative, password

SEED = "kegged/issue-14/customer-chat/v1"
HERE = Path(__file__).resolve().parent
DEV_PATH = HERE / "dev.jsonl"
SEALED_PATH = HERE / "sealed.jsonl.gz"
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
LOCALES = {
    "en": ("en-US", "en-US", "en-GB"),
    "es": ("es-ES", "es-MX"),
    "fr": ("fr-FR",),
    "de": ("de-DE",),
    "pt": ("pt-BR", "pt-PT"),
}
RENDERS_PER_TEMPLATE = 8
RENDERS_CHATTY = 2
SLOT = re.compile(
    r"\{(?:#(?P<neg>[a-z0-9_]+)|(?P<type>[A-Z]+)(?::(?P<fam>[a-z]+))?(?:@(?P<group>[a-z0-9]+))?)\}"
)


class CorpusError(Exception):
    """A generated record broke one of the corpus rules."""


def rng_for(*parts: object) -> random.Random:
    digest = hashlib.sha256("|".join([SEED, *map(str, parts)]).encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


def messages_of(template: str | tuple[str, ...]) -> tuple[str, ...]:
    return (template,) if isinstance(template, str) else template


def literal_text(message: str) -> str:
    return SLOT.sub("\x00", message)


def renders_for(template: str | tuple[str, ...]) -> int:
    """Chatty templates (mostly messages without PII) are rendered less often, to keep
    PII-free messages near a sixth of the corpus."""
    msgs = messages_of(template)
    with_pii = sum(1 for m in msgs if any(x["type"] for x in SLOT.finditer(m)))
    return RENDERS_PER_TEMPLATE if 2 * with_pii > len(msgs) else RENDERS_CHATTY


def has_words(message: str) -> bool:
    """A bare slot ("{CARD@a}") has no text of its own to share between splits."""
    return any(c.isalpha() for c in literal_text(message))


def check_template(lang: str, template: str | tuple[str, ...]) -> None:
    for message in messages_of(template):
        literal = literal_text(message)
        if any(c.isdigit() for c in literal):
            raise CorpusError(f"{lang}: digit in template literal text: {literal!r}")
        if "{" in literal or "}" in literal:
            raise CorpusError(f"{lang}: malformed slot in {message!r}")
        for m in SLOT.finditer(message):
            if m["neg"] and m["neg"] not in NEG_KINDS:
                raise CorpusError(f"{lang}: unknown negative kind {m['neg']}")
            if m["type"] and m["type"] not in ALIASES:
                raise CorpusError(f"{lang}: unknown type alias {m['type']}")
            if m["fam"] and m["fam"] not in SHORT:
                raise CorpusError(f"{lang}: unknown family {m['fam']}")


class Renderer:
    """Renders conversations for one (language, split), steering free slots towards unseen families."""

    def __init__(self, lang: str, split: str) -> None:
        self.lang, self.split = lang, split
        self.families_seen: Counter[str] = Counter()

    def choose_family(self, type_: str, rng: random.Random) -> str:
        allowed = free_families(type_)
        missing = [f for f in allowed if self.families_seen[f] < 3]
        if missing and rng.random() < 0.6:
            return rng.choice(missing)
        if rng.random() < 0.45:
            return "plain"
        return rng.choice(allowed)

    def conversation(
        self, template: str | tuple[str, ...], conv_id: str, rng: random.Random
    ) -> dict[str, Any]:
        lang = self.lang
        locale = rng.choice(LOCALES[lang])
        msgs = messages_of(template)
        group_count: Counter[str] = Counter()
        group_type: dict[str, str] = {}
        for message in msgs:
            for m in SLOT.finditer(message):
                if m["group"]:
                    group_count[m["group"]] += 1
                    group_type[m["group"]] = ALIASES[m["type"]]
        group_parts: dict[str, list[str]] = {}
        group_values = {}
        for g, n in group_count.items():
            v = draw(group_type[g], rng, lang, locale)
            group_values[g] = v
            group_parts[g] = split_parts(v, n, rng)
            if not decodes_to(" ".join(group_parts[g]), "plain", v):
                raise CorpusError(f"{conv_id}: multi-message parts do not decode")
        out_messages = []
        for message in msgs:
            text, pii, keep = "", [], []
            pos = 0
            for m in SLOT.finditer(message):
                text += message[pos : m.start()]
                pos = m.end()
                start = len(text)
                if m["neg"]:
                    value = negative(m["neg"], rng, lang, locale)
                    text += value
                    keep.append(
                        {"kind": m["neg"], "start": start, "end": len(text), "value": value}
                    )
                    continue
                type_ = ALIASES[m["type"]]
                if m["group"]:
                    g = m["group"]
                    value = group_parts[g].pop(0)
                    text += value
                    pii.append(
                        {
                            "type": type_,
                            "family": "multi_message",
                            "start": start,
                            "end": len(text),
                            "value": value,
                            "group": f"{conv_id}-{g}",
                        }
                    )
                    self.families_seen["multi_message"] += 1
                    continue
                fam = SHORT[m["fam"]] if m["fam"] else self.choose_family(type_, rng)
                v = draw(type_, rng, lang, locale)
                if fam == "url_credentials" and type_ == "PASSWORD":
                    v = password(rng, url_safe=True)
                try:
                    value = render(v, fam, lang, rng)
                except ValueError:
                    fam, value = "plain", render(v, "plain", lang, rng)
                if not checksum_ok(v):
                    raise CorpusError(f"{conv_id}: drawn {type_} fails its checksum")
                if not decodes_to(value, fam, v):
                    raise CorpusError(f"{conv_id}: {type_}/{fam} does not decode back")
                text += value
                pii.append(
                    {"type": type_, "family": fam, "start": start, "end": len(text), "value": value}
                )
                self.families_seen[fam] += 1
            text += message[pos:]
            out_messages.append({"text": text, "pii": pii, "must_keep": keep})
        return {
            "id": conv_id,
            "lang": lang,
            "locale": locale,
            "split": self.split,
            "messages": out_messages,
        }


def validate_record(rec: dict[str, Any]) -> None:
    for msg in rec["messages"]:
        text = msg["text"]
        spans = []
        for item in msg["pii"] + msg["must_keep"]:
            s, e, value = item["start"], item["end"], item["value"]
            if text[s:e] != value:
                raise CorpusError(f"{rec['id']}: span text mismatch")
            if not value or value != value.strip():
                raise CorpusError(f"{rec['id']}: edge whitespace in span")
            spans.append((s, e))
        for item in msg["pii"]:
            if item["type"] not in TYPES or item["family"] not in FAMILIES:
                raise CorpusError(f"{rec['id']}: bad label")
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                raise CorpusError(f"{rec['id']}: overlapping spans")
        covered = set()
        for s, e in spans:
            covered.update(range(s, e))
        for i, c in enumerate(text):
            if c.isdigit() and i not in covered:
                raise CorpusError(f"{rec['id']}: digit outside any span")


def build() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for lang, module in LANGS.items():
        dev_texts = {literal_text(m) for t in module.DEV for m in messages_of(t) if has_words(m)}
        sealed_texts = {
            literal_text(m) for t in module.SEALED for m in messages_of(t) if has_words(m)
        }
        shared = dev_texts & sealed_texts
        if shared:
            raise CorpusError(f"{lang}: template text shared by dev and sealed: {len(shared)}")
        for split, templates in (("dev", module.DEV), ("sealed", module.SEALED)):
            renderer = Renderer(lang, split)
            for i, template in enumerate(templates):
                check_template(lang, template)
                for k in range(renders_for(template)):
                    conv_id = f"kegged-{lang}-{split}-{i:03d}-{k}"
                    rec = renderer.conversation(template, conv_id, rng_for(lang, split, i, k))
                    validate_record(rec)
                    out[split].append(rec)
    check_coverage(out)
    return out


def check_coverage(out: dict[str, list[dict[str, Any]]]) -> None:
    for split, records in out.items():
        for lang in LANGS:
            types, fams = set(), set()
            for rec in records:
                if rec["lang"] != lang:
                    continue
                for msg in rec["messages"]:
                    for item in msg["pii"]:
                        types.add(item["type"])
                        fams.add(item["family"])
            missing_t = sorted(set(TYPES) - types)
            missing_f = sorted(set(FAMILIES) - fams)
            if missing_t or missing_f:
                raise CorpusError(f"{split}/{lang}: missing types {missing_t} families {missing_f}")


def serialise(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buf.getvalue()


def stats(out: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for split, records in out.items():
        msgs = [m for r in records for m in r["messages"]]
        no_pii = sum(1 for m in msgs if not m["pii"])
        multi = sum(
            1
            for r in records
            if any(p["family"] == "multi_message" for m in r["messages"] for p in m["pii"])
        )
        lines.append(
            f"{split}: {len(records)} conversations, {len(msgs)} messages, "
            f"{sum(len(m['pii']) for m in msgs)} PII spans, {sum(len(m['must_keep']) for m in msgs)} must_keep spans, "
            f"{no_pii / len(msgs):.1%} messages without PII, {multi / len(records):.1%} conversations multi_message"
        )
        by_lang = Counter(r["lang"] for r in records)
        msg_lang = Counter(r["lang"] for r in records for _ in r["messages"])
        lines.append(
            "  per language (conversations/messages): "
            + ", ".join(f"{lang} {by_lang[lang]}/{msg_lang[lang]}" for lang in LANGS)
        )
        types = Counter(p["type"] for m in msgs for p in m["pii"])
        lines.append("  per type: " + ", ".join(f"{t} {types[t]}" for t in TYPES))
        fams = Counter(p["family"] for m in msgs for p in m["pii"])
        lines.append("  per family: " + ", ".join(f"{f} {fams[f]}" for f in FAMILIES))
        kinds = Counter(k["kind"] for m in msgs for k in m["must_keep"])
        lines.append("  must_keep kinds: " + ", ".join(f"{k} {kinds[k]}" for k in NEG_KINDS))
    for lang, module in LANGS.items():
        lines.append(f"templates {lang}: dev {len(module.DEV)}, sealed {len(module.SEALED)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk")
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    out = build()
    dev = serialise(out["dev"])
    sealed = gzip_bytes(serialise(out["sealed"]))
    if args.stats:
        print(stats(out))
    if args.check:
        ok = DEV_PATH.read_bytes() == dev and SEALED_PATH.read_bytes() == sealed
        print(
            "kegged corpus: files match" if ok else "kegged corpus: files differ from the generator"
        )
        return 0 if ok else 1
    if not args.stats:
        DEV_PATH.write_bytes(dev)
        SEALED_PATH.write_bytes(sealed)
        print(
            f"wrote {DEV_PATH.name} ({len(out['dev'])}) and {SEALED_PATH.name} ({len(out['sealed'])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
