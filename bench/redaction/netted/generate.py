"""Render the `netted` corpus, verify it, and write `dev.jsonl` and `sealed.jsonl.gz`.

python -m bench.redaction.netted.generate           # write both splits
python -m bench.redaction.netted.generate --check   # regenerate in memory, compare bytes
python -m bench.redaction.netted.generate --stats   # counts only (never prints text)
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import io
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from . import render, values

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "fr", "de", "pt")
SPLITS = ("dev", "sealed")
MIN_MESSAGES = {"dev": 300, "sealed": 700}
TARGET_MESSAGES = {"dev": 320, "sealed": 730}
SLOT_RE = re.compile(r"\{(\?label|\?|#[a-z0-9_]+|[A-Z_]+)(?::([a-z_]+))?(?:~([123]))?\}")
REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
SINGLE_GENERIC = (
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "email_spelled",
    "percent_encoded",
    "iban_broken",
)


class CorpusError(Exception):
    """A rendered conversation broke one of the corpus rules."""


@dataclass
class Span:
    kind: str
    family: str
    start: int
    end: int
    value: str
    canonical: str
    group: str | None = None


@dataclass
class Message:
    text: str = ""
    pii: list[Span] = field(default_factory=list)
    keep: list[tuple[str, int, int, str]] = field(default_factory=list)


def _messages(template: str | list[str]) -> list[str]:
    return [template] if isinstance(template, str) else list(template)


def literal(message: str) -> str:
    return SLOT_RE.sub("", message)


def normalise(message: str) -> str:
    return re.sub(r"\s+", " ", message).strip().casefold()


class Plan:
    """Rotating (type, family) assignment for generic slots of one language and split."""

    def __init__(self) -> None:
        self.single: list[tuple[str, str]] = []
        rounds = max(
            len([f for f in render.families_for(t) if f in SINGLE_GENERIC]) for t in values.TYPES
        )
        for r in range(rounds):
            for t in values.TYPES:
                fams = [f for f in render.families_for(t) if f in SINGLE_GENERIC]
                self.single.append((t, fams[(r + 1) % len(fams)]))
        self.multi = sorted(render.MULTI)
        self.counters = Counter[str]()

    def next(self, mode: str) -> tuple[str, str]:
        i = self.counters[mode]
        self.counters[mode] += 1
        if mode == "multi":
            return self.multi[i % len(self.multi)], "multi_message"
        if mode == "context":
            return values.TYPES[(len(values.TYPES) - 1 - i) % len(values.TYPES)], "context_only"
        return self.single[i % len(self.single)]


def _pick_family(kind: str, rng: random.Random) -> str:
    fams = render.families_for(kind)
    fams = [f for f in fams if f not in ("url_credentials", "key_value_secret", "compact_expiry")]
    return "plain" if rng.random() < 0.65 or len(fams) == 1 else rng.choice(fams[1:])


def render_conversation(
    module: ModuleType,
    lang: str,
    split: str,
    tidx: int,
    rep: int,
    locale_key: str,
    template: str | list[str],
    plan: Plan,
) -> dict[str, object]:
    rng = random.Random(f"netted|{lang}|{split}|{tidx:03d}|{rep:02d}")
    locales: dict[str, str] = module.LOCALES
    if locale_key == "*":
        keys = sorted(locales)
        locale_key = keys[(tidx + rep) % len(keys)]
    locale = locales[locale_key]
    region = REGION[locale]
    cid = f"netted-{lang}-{split}-{tidx:03d}-{rep:02d}"
    msgs = _messages(template)
    joined = "\n".join(msgs)

    generic: tuple[str, str] | None = None
    if "{?" in joined:
        if "~1}" in joined and re.search(r"\{\?~1\}", joined):
            generic = plan.next("multi")
        elif "{?:context_only}" in joined:
            generic = plan.next("context")
        else:
            generic = plan.next("single")
    multi_values: dict[str, tuple[str, list[str]]] = {}
    out: list[Message] = []
    for mi, msg in enumerate(msgs):
        m = Message()
        pos = 0
        for match in SLOT_RE.finditer(msg):
            m.text += msg[pos : match.start()]
            pos = match.end()
            name, fam, part = match.group(1), match.group(2), match.group(3)
            if name == "?label":
                assert generic is not None
                m.text += rng.choice(module.LABELS[generic[0]])
                continue
            if name.startswith("#"):
                kind = name[1:]
                val = values.draw_must_keep(kind, rng, region)
                m.keep.append((kind, len(m.text), len(m.text) + len(val), val))
                m.text += val
                continue
            if name == "?":
                assert generic is not None
                name = generic[0]
                fam = generic[1] if fam is None and part is None else fam
            if part is not None:
                if name not in multi_values:
                    count = max(
                        int(p)
                        for p in re.findall(
                            r"\{(?:%s|\?)~([123])\}" % re.escape(match.group(1)), joined
                        )
                    )
                    val = values.draw(name, rng, region)
                    multi_values[name] = (val, render.multi_parts(name, val, count, rng))
                val, parts = multi_values[name]
                piece = parts[int(part) - 1]
                m.pii.append(
                    Span(
                        name,
                        "multi_message",
                        len(m.text),
                        len(m.text) + len(piece),
                        piece,
                        val,
                        f"{cid}-g1",
                    )
                )
                m.text += piece
                continue
            if fam == "url_credentials":
                user = values.draw("USERNAME", rng, region)
                pw = values.draw("PASSWORD", rng, region)
                while re.search(r"[#?/@:%]", pw):
                    pw = values.draw("PASSWORD", rng, region)
                pieces = render.url_credentials(user, pw, rng)
                canon = {"USERNAME": user, "PASSWORD": pw}
            else:
                fam = fam or _pick_family(name, rng)
                for _ in range(50):
                    val = values.draw(name, rng, region)
                    try:
                        pieces = render.surface(name, val, fam, rng, lang)
                        break
                    except ValueError:
                        continue
                else:
                    raise CorpusError(f"{cid}: cannot render {name} as {fam}")
                canon = {name: val}
            for text, kind in pieces:
                if kind is not None:
                    m.pii.append(
                        Span(kind, fam, len(m.text), len(m.text) + len(text), text, canon[kind])
                    )
                m.text += text
        m.text += msg[pos:]
        out.append(m)
    verify(cid, out, region, locale)
    return {
        "id": cid,
        "lang": lang,
        "locale": locale,
        "split": split,
        "messages": [
            {
                "text": m.text,
                "pii": [
                    {
                        "type": s.kind,
                        "family": s.family,
                        **({"group": s.group} if s.group else {}),
                        "start": s.start,
                        "end": s.end,
                        "value": s.value,
                    }
                    for s in m.pii
                ],
                "must_keep": [
                    {"kind": k, "start": a, "end": b, "value": v} for k, a, b, v in m.keep
                ],
            }
            for m in out
        ],
    }


def verify(cid: str, msgs: list[Message], region: str, locale: str) -> None:
    groups: dict[str, list[tuple[int, Span]]] = {}
    for mi, m in enumerate(msgs):
        spans = [(s.start, s.end) for s in m.pii] + [(a, b) for _, a, b, _ in m.keep]
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            if a2 < b1:
                raise CorpusError(f"{cid}: overlapping spans")
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(m.text):
            if ch.isdigit() and i not in covered:
                raise CorpusError(f"{cid}: digit outside every span at {i}")
        for _, a, b, v in m.keep:
            if m.text[a:b] != v or v != v.strip() or not values.is_safe_negative(v):
                raise CorpusError(f"{cid}: bad must_keep")
        for s in m.pii:
            if m.text[s.start : s.end] != s.value or s.value != s.value.strip() or not s.value:
                raise CorpusError(f"{cid}: span text mismatch")
            if s.family == "multi_message":
                assert s.group is not None
                groups.setdefault(s.group, []).append((mi, s))
                continue
            if s.family == "context_only" and m.text != s.value:
                raise CorpusError(f"{cid}: context_only value is not alone in its message")
            if s.family == "url_credentials":
                url_match = re.search(
                    r"\S*" + re.escape(s.value) + r"\S*",
                    m.text[max(0, s.start - 200) : s.end + 200],
                )
                assert url_match is not None
                user, pw = render.decode_url(url_match.group())
                got = user if s.kind == "USERNAME" else pw
            elif s.family == "key_value_secret":
                line = m.text[: s.end].split("\n")[-1]
                kv = re.search(r"([A-Za-z_]+)\s*[=:]\s*(\S+)$", line)
                if kv is None or kv.group(2) != s.value:
                    raise CorpusError(f"{cid}: key_value_secret without a key")
                got = kv.group(2)
            else:
                got = render.decode(s.value, s.kind, s.family, region)
            if s.family == "letter_substitution" and not re.search(r"[OolI]", s.value):
                raise CorpusError(f"{cid}: no substituted letter")
            if got != s.canonical:
                raise CorpusError(f"{cid}: {s.kind}/{s.family} decodes to something else")
            if not values.validate(s.kind, got, region):
                raise CorpusError(f"{cid}: {s.kind} does not validate")
    for gid, parts in groups.items():
        idx = [mi for mi, _ in parts]
        if (
            len(parts) < 2
            or len(set(idx)) != len(idx)
            or idx != list(range(idx[0], idx[0] + len(idx)))
        ):
            raise CorpusError(f"{cid}: multi-message parts not one per consecutive message")
        kind = parts[0][1].kind
        joined = "".join(re.sub(r"[^0-9A-Za-z+]", "", s.value) for _, s in parts)
        got = render.decode(joined, kind, "plain", region)
        if got != parts[0][1].canonical or not values.validate(kind, got, region):
            raise CorpusError(f"{cid}: multi-message parts do not join to the value")


def load(lang: str) -> ModuleType:
    return importlib.import_module(f"bench.redaction.netted.templates_{lang}")


def build() -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {s: [] for s in SPLITS}
    for lang in LANGS:
        module = load(lang)
        for kind, labels in module.LABELS.items():
            if kind not in values.TYPES or any(re.search(r"\d", w) for w in labels):
                raise CorpusError(f"{lang}: bad LABELS entry {kind}")
        if set(module.LABELS) != set(values.TYPES):
            raise CorpusError(f"{lang}: LABELS must cover every type")
        seen: dict[str, set[str]] = {}
        for split in SPLITS:
            templates = module.DEV if split == "dev" else module.SEALED
            seen[split] = set()
            for _, tpl in templates:
                for msg in _messages(tpl):
                    if re.search(r"\d", literal(msg)):
                        raise CorpusError(
                            f"{lang}: digit in template literal text: {literal(msg)[:30]!r}"
                        )
                    if re.search(r"\w", literal(msg)):  # a bare slot has no wording to share
                        seen[split].add(normalise(msg))
            total = sum(len(_messages(t)) for _, t in templates)
            reps = math.ceil(TARGET_MESSAGES[split] / total)
            plan = Plan()
            for rep in range(reps):
                for tidx, (loc, tpl) in enumerate(templates):
                    out[split].append(
                        render_conversation(module, lang, split, tidx, rep, loc, tpl, plan)
                    )
        if seen["dev"] & seen["sealed"]:
            raise CorpusError(f"{lang}: a template message is in both splits")
    for split in SPLITS:
        out[split].sort(key=lambda c: str(c["id"]))
        check_coverage(split, out[split])
    return out


def check_coverage(split: str, convs: list[dict[str, object]]) -> None:
    for lang in LANGS:
        mine = [c for c in convs if c["lang"] == lang]
        types, fams = set(), set()
        msgs = multi = 0
        for c in mine:
            ms = c["messages"]
            assert isinstance(ms, list)
            msgs += len(ms)
            cf = {p["family"] for m in ms for p in m["pii"]}
            multi += "multi_message" in cf
            fams |= cf
            types |= {p["type"] for m in ms for p in m["pii"]}
        if missing := set(values.TYPES) - types:
            raise CorpusError(f"{lang}/{split}: types missing {sorted(missing)}")
        if missing := set(render.FAMILIES) - fams:
            raise CorpusError(f"{lang}/{split}: families missing {sorted(missing)}")
        if msgs < MIN_MESSAGES[split]:
            raise CorpusError(f"{lang}/{split}: only {msgs} messages")
        if multi < 0.08 * len(mine):
            raise CorpusError(f"{lang}/{split}: multi_message in {multi}/{len(mine)} conversations")


def serialise(convs: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode()


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as f:
        f.write(data)
    return buf.getvalue()


def stats(out: dict[str, list[dict[str, object]]]) -> None:
    def line(label: str, convs: list[dict[str, object]]) -> str:
        ms = [m for c in convs for m in c["messages"]]  # type: ignore[attr-defined]
        pii = sum(len(m["pii"]) for m in ms)
        keep = sum(len(m["must_keep"]) for m in ms)
        multi = sum(
            any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
            for c in convs
        )  # type: ignore[attr-defined]
        return (
            f"{label}: conversations={len(convs)} messages={len(ms)} pii={pii} must_keep={keep} "
            f"multi_message_conversations={multi} ({100 * multi / max(1, len(convs)):.1f}%)"
        )

    everything = out["dev"] + out["sealed"]
    print(line("all", everything))
    for split in SPLITS:
        print(line(split, out[split]))
    for lang in LANGS:
        for split in SPLITS:
            print(line(f"{lang}/{split}", [c for c in out[split] if c["lang"] == lang]))
    for split in SPLITS:
        spans = [p for c in out[split] for m in c["messages"] for p in m["pii"]]  # type: ignore[attr-defined]
        keeps = [k for c in out[split] for m in c["messages"] for k in m["must_keep"]]  # type: ignore[attr-defined]
        print(
            f"\n{split} per type: "
            + ", ".join(f"{k}={v}" for k, v in sorted(Counter(p["type"] for p in spans).items()))
        )
        print(
            f"{split} per family: "
            + ", ".join(f"{k}={v}" for k, v in sorted(Counter(p["family"] for p in spans).items()))
        )
        print(
            f"{split} per must_keep kind: "
            + ", ".join(f"{k}={v}" for k, v in sorted(Counter(k["kind"] for k in keeps).items()))
        )
    print("\nper template (conversations, split, lang, template):")
    per = Counter(str(c["id"]).rsplit("-", 1)[0] for c in everything)
    print(" ".join(f"{k.removeprefix('netted-')}={v}" for k, v in sorted(per.items())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare with the files"
    )
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    out = build()
    dev, sealed = serialise(out["dev"]), gz(serialise(out["sealed"]))
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print(
            "check: files match a fresh render" if ok else "check: FILES DIFFER from a fresh render"
        )
        return 0 if ok else 1
    if args.stats:
        stats(out)
        return 0
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(
        f"wrote dev.jsonl ({len(out['dev'])} conversations) and sealed.jsonl.gz ({len(out['sealed'])})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
