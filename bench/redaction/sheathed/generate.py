"""Instantiate corpus 22 templates, split them, check every invariant, and write the two files.

python -m bench.redaction.sheathed.generate            # write dev.jsonl and sealed.jsonl.gz
python -m bench.redaction.sheathed.generate --check    # regenerate, compare byte for byte
python -m bench.redaction.sheathed.generate --stats    # print the count tables of README.md
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import importlib
import io
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .keep import KINDS, keep_value
from .render import CONTEXT_DEFAULT, FAMILIES, render
from .values import LOCALE_REGION, LOCALES, TYPE_NAMES, draw, international, looks_like_identifier

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt"]
INSTANCES = 4
DEV_SHARE = 30
SLOT = re.compile(r"\{([A-Za-z]+)(?::([a-z]+?)(\d)?)?(?:@([A-Z]{2}))?(?:#(\d))?\}")


@dataclass
class Template:
    lang: str
    index: int
    locales: list[str]
    messages: list[str]
    features: set[str] = field(default_factory=set)
    has_mm: bool = False

    @property
    def key(self) -> str:
        return hashlib.sha256(f"sc22|{self.lang}|{'||'.join(self.messages)}".encode()).hexdigest()


def slot_family(kind: str, fam: str | None) -> str:
    return fam or ("ctx" if kind in CONTEXT_DEFAULT else "plain")


def parse_templates(lang: str) -> list[Template]:
    module = importlib.import_module(f".templates_{lang}", __package__)
    out = []
    for line in module.TEMPLATES.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        locales = LOCALES[lang]
        m = re.match(r"\[([a-zA-Z\- ]+)\]\s*", line)
        if m:
            locales = m.group(1).split()
            line = line[m.end() :]
            for loc in locales:
                assert loc in LOCALES[lang], (lang, loc)
        msgs = [msg.strip().replace("\\n", "\n") for msg in line.split("||")]
        t = Template(lang, len(out), locales, msgs)
        assert 1 <= len(msgs) <= 4, line
        for msg in msgs:
            literal = SLOT.sub("", msg)
            assert not re.search(r"\d", literal), f"digit in template text: {line}"
            assert "{" not in literal, f"bad slot in: {line}"
            assert "}" not in literal, f"bad slot in: {line}"
            for s in SLOT.finditer(msg):
                kind, fam = s.group(1), s.group(2)
                if kind.isupper():
                    assert kind in TYPE_NAMES, (kind, line)
                    f = slot_family(kind, fam)
                    assert f in FAMILIES, (fam, line)
                    t.features.add("type:" + TYPE_NAMES[kind])
                    t.features.add("family:" + FAMILIES[f])
                    t.has_mm |= f == "mm"
                else:
                    assert kind in KINDS, (kind, line)
        out.append(t)
    return out


class NoRender(Exception):
    """This template cannot show one of its families with values of the chosen locale."""


def instantiate(t: Template, inst: int) -> dict:
    rng = random.Random(f"sc22|{t.lang}|{t.key}|{inst}")
    first = rng.choice(t.locales)
    for locale in [first] + [loc for loc in t.locales if loc != first]:
        try:
            return _instantiate(t, rng, locale)
        except NoRender:
            continue
    raise RuntimeError(f"template {t.lang}#{t.index} cannot be rendered: {t.messages}")


def _instantiate(t: Template, rng: random.Random, locale: str) -> dict:
    region = LOCALE_REGION[locale]
    slots = [(i, s) for i, msg in enumerate(t.messages) for s in SLOT.finditer(msg)]
    pii_keys: dict[tuple, dict] = {}
    keep_vals: dict[tuple, str] = {}
    for _, s in slots:
        kind, fam, part, reg, idx = s.groups()
        if kind.isupper():
            info = pii_keys.setdefault((kind, reg, idx), {"fams": set(), "parts": 0})
            info["fams"].add(slot_family(kind, fam))
            if fam == "mm":
                info["parts"] = max(info["parts"], int(part or 1))
        elif (kind, idx) not in keep_vals:
            keep_vals[(kind, idx)] = keep_value(KINDS[kind], rng, locale)
    rendered: dict[tuple, list] = {}
    groups: dict[tuple, str] = {}
    for key in sorted(pii_keys, key=lambda k: (k[0], k[1] or "", k[2] or "")):
        kind, reg, _ = key
        info = pii_keys[key]
        for _attempt in range(60):
            value = draw(kind, rng, reg or region, t.lang, url_safe="url" in info["fams"])
            if kind == "PHONE" and reg and reg != region:
                # A number from another country is written with its country code.
                value.plain = international(value, rng)
            out = {}
            for fam in sorted(info["fams"]):
                r = render(value, fam, info["parts"], t.lang, locale, rng)
                if r is None:
                    break
                out[fam] = r
            else:
                rendered[key] = out
                break
        else:
            raise NoRender
        if info["parts"]:
            groups[key] = f"g{len(groups) + 1}"
    messages = []
    for msg in t.messages:
        text, pii, keep, pos = "", [], [], 0
        for s in SLOT.finditer(msg):
            text += msg[pos : s.start()]
            pos = s.end()
            kind, fam, part, reg, idx = s.groups()
            if kind.isupper():
                f = slot_family(kind, fam)
                piece, spans = rendered[(kind, reg, idx)][f][int(part) - 1 if f == "mm" else 0]
                for a, b in spans:
                    item = {
                        "type": TYPE_NAMES[kind],
                        "family": FAMILIES[f],
                        "start": len(text) + a,
                        "end": len(text) + b,
                    }
                    item["value"] = piece[a:b]
                    if f == "mm":
                        item["group"] = groups[(kind, reg, idx)]
                    pii.append(item)
                text += piece
            else:
                v = keep_vals[(kind, idx)]
                keep.append(
                    {"kind": KINDS[kind], "start": len(text), "end": len(text) + len(v), "value": v}
                )
                text += v
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    return {"lang": t.lang, "locale": locale, "messages": messages}


def check_conversation(conv: dict) -> None:
    """Every per-message invariant of the brief, asserted."""
    group_msgs: dict[str, list[int]] = collections.defaultdict(list)
    for mi, m in enumerate(conv["messages"]):
        text = m["text"]
        spans = []
        for item in m["pii"] + m["must_keep"]:
            a, b = item["start"], item["end"]
            assert 0 <= a < b <= len(text), conv["id"]
            assert text[a:b] == item["value"], conv["id"]
            assert not text[a].isspace(), conv["id"]
            assert not text[b - 1].isspace(), conv["id"]
            spans.append((a, b))
        spans.sort()
        for (_, b1), (a2, _) in itertools.pairwise(spans):
            assert b1 <= a2, f"overlap in {conv['id']}"
        for j, ch in enumerate(text):
            if ch.isdigit():
                assert any(a <= j < b for a, b in spans), f"uncovered digit in {conv['id']}"
        for item in m["must_keep"]:
            assert not looks_like_identifier(item["value"]), conv["id"]
        for item in m["pii"]:
            if "group" in item:
                group_msgs[item["group"]].append(mi)
    for g, idxs in group_msgs.items():
        assert 2 <= len(idxs) <= 3, (conv["id"], g)
        assert idxs == list(range(idxs[0], idxs[0] + len(idxs))), (conv["id"], g)


def assign_splits(templates: list[Template]) -> dict[int, str]:
    """The first 30% of templates in hash order go to dev; then move templates until every
    type and family of the language is in both splits."""
    ordered = sorted(templates, key=lambda t: t.key)
    n_dev = round(len(templates) * DEV_SHARE / 100)
    split = {t.index: "dev" if rank < n_dev else "sealed" for rank, t in enumerate(ordered)}
    features = sorted(set().union(*(t.features for t in templates)) | {"mm"})
    for _ in range(3):
        for feat in features:

            def has(t: Template, f: str = feat) -> bool:
                return t.has_mm if f == "mm" else f in t.features

            for want, other in (("dev", "sealed"), ("sealed", "dev")):
                if any(has(t) and split[t.index] == want for t in templates):
                    continue
                for t in ordered:
                    if has(t) and split[t.index] == other:
                        rest = [u for u in templates if u is not t and split[u.index] == other]
                        if all(any(f in u.features for u in rest) for f in t.features):
                            split[t.index] = want
                            break
    return split


def build() -> tuple[list[dict], dict[str, list[Template]]]:
    convs = []
    all_templates = {}
    for lang in LANGS:
        templates = parse_templates(lang)
        all_templates[lang] = templates
        split = assign_splits(templates)
        lang_convs = []
        for t in templates:
            for inst in range(INSTANCES):
                c = instantiate(t, inst)
                c["split"] = split[t.index]
                c["_template"] = t.index
                lang_convs.append(c)
        random.Random(f"sc22-order|{lang}").shuffle(lang_convs)
        for n, c in enumerate(lang_convs, 1):
            c["id"] = f"sc22-{lang}-{n:04d}"
        convs.extend(sorted(lang_convs, key=lambda c: c["id"]))
    return convs, all_templates


def public(c: dict) -> dict:
    return {
        "id": c["id"],
        "lang": c["lang"],
        "locale": c["locale"],
        "split": c["split"],
        "messages": c["messages"],
    }


def check_corpus(convs: list[dict], templates: dict[str, list[Template]]) -> None:
    for c in convs:
        check_conversation(c)
    msgs = [m for c in convs for m in c["messages"]]
    assert len(msgs) >= 5000, len(msgs)
    no_pii = sum(1 for m in msgs if not m["pii"]) / len(msgs)
    assert 0.15 <= no_pii <= 0.20, f"no-PII share {no_pii:.3f}"
    mm = sum(1 for c in convs if any("group" in p for m in c["messages"] for p in m["pii"])) / len(
        convs
    )
    assert mm >= 0.08, f"multi_message share {mm:.3f}"
    per_lang = collections.Counter(c["lang"] for c in convs for _ in c["messages"])
    assert max(per_lang.values()) <= 1.5 * min(per_lang.values()), per_lang
    for lang in LANGS:
        assert len(templates[lang]) >= 150, (lang, len(templates[lang]))
        feats: dict[str, set[str]] = {"dev": set(), "sealed": set()}
        for c in convs:
            if c["lang"] == lang:
                for m in c["messages"]:
                    for p in m["pii"]:
                        feats[c["split"]] |= {"type:" + p["type"], "family:" + p["family"]}
        assert feats["dev"] == feats["sealed"], (lang, feats["dev"] ^ feats["sealed"])
        by_t = collections.defaultdict(set)
        for c in convs:
            if c["lang"] == lang:
                by_t[c["_template"]].add(c["split"])
        assert all(len(s) == 1 for s in by_t.values())


def serialise(convs: list[dict]) -> tuple[bytes, bytes]:
    dev = "".join(
        json.dumps(public(c), ensure_ascii=False) + "\n" for c in convs if c["split"] == "dev"
    ).encode()
    sealed = "".join(
        json.dumps(public(c), ensure_ascii=False) + "\n" for c in convs if c["split"] == "sealed"
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(sealed)
    return dev, buf.getvalue()


def stats(convs: list[dict], templates: dict[str, list[Template]]) -> str:
    lines = [
        "| lang | templates | dev convs | sealed convs | messages | no-PII msgs | pii | must_keep"
        " | multi_message convs |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for lang in [*LANGS, "all"]:
        cs = [c for c in convs if lang in ("all", c["lang"])]
        ms = [m for c in cs for m in c["messages"]]
        nt = sum(len(v) for v in templates.values()) if lang == "all" else len(templates[lang])
        mm = sum(1 for c in cs if any("group" in p for m in c["messages"] for p in m["pii"]))
        lines.append(
            f"| {lang} | {nt} | {sum(c['split'] == 'dev' for c in cs)} | "
            f"{sum(c['split'] == 'sealed' for c in cs)} | "
            f"{len(ms)} | {sum(not m['pii'] for m in ms)} | {sum(len(m['pii']) for m in ms)} | "
            f"{sum(len(m['must_keep']) for m in ms)} | {mm} |"
        )
    for what in ("family", "type"):
        lines += [
            "",
            f"| {what} | " + " | ".join(LANGS) + " | dev | sealed |",
            "|---|" + "---|" * (len(LANGS) + 2),
        ]
        counter: collections.Counter = collections.Counter()
        for c in convs:
            for m in c["messages"]:
                for p in m["pii"]:
                    counter[(p[what], c["lang"])] += 1
                    counter[(p[what], c["split"])] += 1
        for name in sorted({k[0] for k in counter}):
            cells = [str(counter[(name, x)]) for x in [*LANGS, "dev", "sealed"]]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    kinds: collections.Counter = collections.Counter(
        k["kind"] for c in convs for m in c["messages"] for k in m["must_keep"]
    )
    lines += ["", "| must_keep kind | count |", "|---|---|"] + [
        f"| {k} | {n} |" for k, n in sorted(kinds.items())
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="regenerate and compare with the files on disk"
    )
    ap.add_argument("--stats", action="store_true", help="print the count tables")
    args = ap.parse_args(argv)
    convs, templates = build()
    check_corpus(convs, templates)
    dev, sealed = serialise(convs)
    if args.stats:
        print(stats(convs, templates))
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    if not args.stats:
        (HERE / "dev.jsonl").write_bytes(dev)
        (HERE / "sealed.jsonl.gz").write_bytes(sealed)
        print(f"wrote {len(convs)} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
