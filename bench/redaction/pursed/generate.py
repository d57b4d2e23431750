"""Render the `pursed` corpus, verify every conversation, and write dev and sealed splits.

    python -m bench.redaction.pursed.generate            # write dev.jsonl, sealed.jsonl.gz
    python -m bench.redaction.pursed.generate --check    # regenerate in memory, compare bytes
    python -m bench.redaction.pursed.generate --stats    # counts (no text is printed)

Template syntax (see templates_*.py): a template is a string or a tuple of strings (one per
customer message). `@xx-YY ` at the start of the first message pins the locale. Slots:
`{TYPE}` or `{TYPE:family}` (aliases in values.ALIASES and render.FAMILY_ALIASES), `{+}` for
the next piece of the last multi-message value, `{#kind}` for a must_keep number, `{ANY}` /
`{ANY:family}` with `{LABEL}` for generic frames, `{URLCRED}` for credentials in a URL.
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
from typing import Any

from . import render, values

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "fr", "de", "pt")
SPLITS = ("dev", "sealed")
MIN_MESSAGES = {"dev": 300, "sealed": 700}
TARGET_MESSAGES = {"dev": 318, "sealed": 730}
SLOT = re.compile(r"\{([A-Z+#][A-Za-z0-9_+]*)(?::([a-z_]+))?\}")
SINGLE_FAMILIES = (
    "plain",
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
)


class CorpusError(Exception):
    """A rendered conversation or the corpus as a whole breaks one of the brief's rules."""


@dataclass
class Plan:
    """Rotating assignment of types to generic `{ANY}` slots, missing types first."""

    missing: list[str]
    turn: int = 0
    seen: Counter[str] = field(default_factory=Counter)

    def next_type(self, family: str | None) -> str:
        fits = [t for t in values.TYPES if family is None or render.applicable(t, family)]
        for t in self.missing:
            if t in fits:
                self.missing.remove(t)
                return t
        self.turn += 1
        return fits[(self.turn * 7) % len(fits)]


def load(lang: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.templates_{lang}")


def messages_of(template: str | tuple[str, ...]) -> list[str]:
    return [template] if isinstance(template, str) else list(template)


def literal(message: str) -> str:
    return SLOT.sub("", message)


def norm(message: str) -> str:
    return " ".join(message.lower().split())


def type_of(name: str) -> str:
    return values.ALIASES.get(name, name)


def family_of(name: str | None) -> str | None:
    return None if name is None else render.FAMILY_ALIASES.get(name, name)


def _default_family(type_: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.14 and render.applicable(type_, "spaced_or_dashed"):
        return "spaced_or_dashed"
    if roll > 0.93 and render.applicable(type_, "letter_substitution"):
        return "letter_substitution"
    return "plain"


def _draw(type_: str, family: str, rng: random.Random, region: str) -> str:
    for _ in range(200):
        value = values.draw(type_, rng, region)
        if render.eligible(type_, family, value):
            return value
    raise CorpusError(f"no {type_} value printable as {family}")


def render_conversation(
    module: ModuleType,
    lang: str,
    split: str,
    index: int,
    rep: int,
    template: str | tuple[str, ...],
    plan: Plan,
) -> dict[str, Any]:
    conv_id = f"pursed-{lang}-{split}-{index:03d}-{rep:02d}"
    rng = random.Random(f"pursed|{lang}|{split}|{index:03d}|{rep:02d}")
    raw = messages_of(template)
    locale = rng.choice(module.LOCALES)
    if raw[0].startswith("@"):
        locale, raw[0] = raw[0][1:].split(" ", 1)
    region = locale.split("-")[1]

    # Generic frames: one plan type per template, shared by its {ANY} slots and {LABEL}.
    generic_type: str | None = None
    generic_family: str | None = None
    for message in raw:
        for m in SLOT.finditer(message):
            if m[1] == "ANY":
                generic_family = family_of(m[2])
                generic_type = plan.next_type(generic_family)
    label = rng.choice(module.LABELS[generic_type]) if generic_type else ""

    pending_parts: list[str] = []
    pending_meta: dict[str, Any] = {}
    groups = 0
    out_messages = []
    for mi, message in enumerate(raw):
        text, pii, keep = "", [], []
        last = 0
        for m in SLOT.finditer(message):
            text += message[last : m.start()]
            last = m.end()
            name, fam = m[1], family_of(m[2])
            if name == "LABEL":
                text += label
                continue
            if name.startswith("#"):
                value = values.negative(name[1:], rng, lang, region)
                keep.append(
                    {
                        "kind": name[1:],
                        "start": len(text),
                        "end": len(text) + len(value),
                        "value": value,
                    }
                )
                text += value
                continue
            if name == "+":
                if not pending_parts:
                    raise CorpusError(f"{conv_id}: {{+}} without a multi-message value")
                part = pending_parts.pop(0)
                pii.append(
                    {
                        **pending_meta,
                        "start": len(text),
                        "end": len(text) + len(part),
                        "value": part,
                    }
                )
                text += part
                continue
            if name == "URLCRED":
                user = values.draw("USERNAME", rng, region)
                pwd = values.password(rng, region, url_safe=True)
                for seg, seg_type in render.url_credentials(user, pwd, rng):
                    if seg_type:
                        pii.append(
                            {
                                "type": seg_type,
                                "family": "url_credentials",
                                "start": len(text),
                                "end": len(text) + len(seg),
                                "value": seg,
                                "_canonical": seg,
                            }
                        )
                    text += seg
                continue
            type_ = generic_type if name == "ANY" else type_of(name)
            if type_ not in values.TYPES:
                raise CorpusError(f"{conv_id}: unknown slot {name}")
            family = fam or (
                rng.choice([f for f in SINGLE_FAMILIES if render.applicable(type_, f)])
                if name == "ANY"
                else _default_family(type_, rng)
            )
            value = _draw(type_, family, rng, region)
            if family == "multi_message":
                count = 1
                for later in raw[mi + 1 : mi + 3]:
                    if "{+}" not in later:
                        break
                    count += 1
                parts = render.multi_parts(type_, value, rng, lang, count)
                groups += 1
                pending_meta = {
                    "type": type_,
                    "family": family,
                    "group": f"{conv_id}-g{groups}",
                    "_canonical": value,
                    "_parts": parts,
                }
                part = parts[0]
                pending_parts = parts[1:]
                pii.append(
                    {
                        **pending_meta,
                        "start": len(text),
                        "end": len(text) + len(part),
                        "value": part,
                    }
                )
                text += part
                continue
            for seg, is_value in render.surface(type_, family, value, rng, lang):
                if is_value:
                    pii.append(
                        {
                            "type": type_,
                            "family": family,
                            "start": len(text),
                            "end": len(text) + len(seg),
                            "value": seg,
                            "_canonical": value,
                        }
                    )
                text += seg
        text += message[last:]
        out_messages.append({"text": text, "pii": pii, "must_keep": keep})
    if pending_parts:
        raise CorpusError(f"{conv_id}: multi-message value has unsent parts")
    conv = {"id": conv_id, "lang": lang, "locale": locale, "split": split, "messages": out_messages}
    verify(conv, region)
    return conv


def verify(conv: dict[str, Any], region: str) -> None:
    cid = conv["id"]
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for mi, message in enumerate(conv["messages"]):
        text = message["text"]
        spans = sorted([*message["pii"], *message["must_keep"]], key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            if a["end"] > b["start"]:
                raise CorpusError(f"{cid}: overlapping spans")
        covered = set()
        for span in spans:
            value = span["value"]
            if text[span["start"] : span["end"]] != value or not value or value != value.strip():
                raise CorpusError(f"{cid}: bad offsets or outer whitespace")
            covered.update(range(span["start"], span["end"]))
        if any(ch.isdigit() and i not in covered for i, ch in enumerate(text)):
            raise CorpusError(f"{cid}: a digit outside every span")
        for span in message["pii"]:
            canonical = span["_canonical"]
            if not values.VALIDATORS[span["type"]](canonical):
                raise CorpusError(f"{cid}: {span['type']} value does not validate")
            if "group" in span:
                groups.setdefault(span["group"], []).append((mi, span))
            elif span["family"] != "url_credentials":
                try:
                    decoded = render.decode(span["type"], span["family"], span["value"], region)
                except (ValueError, StopIteration) as exc:
                    raise CorpusError(
                        f"{cid}: {span['type']}/{span['family']} undecodable"
                    ) from exc
                if decoded != canonical:
                    raise CorpusError(f"{cid}: {span['type']}/{span['family']} decodes wrong")
    for group, members in groups.items():
        indices = [mi for mi, _ in members]
        if len(members) < 2 or indices != list(range(indices[0], indices[0] + len(indices))):
            raise CorpusError(f"{cid}: {group} is not one part per consecutive message")
        first = members[0][1]
        joined = " ".join(span["value"] for _, span in members)
        if render.decode(first["type"], "multi_message", joined, region) != first["_canonical"]:
            raise CorpusError(f"{cid}: {group} parts do not join to the value")


def strip_private(conv: dict[str, Any]) -> dict[str, Any]:
    for message in conv["messages"]:
        message["pii"] = [
            {k: v for k, v in span.items() if not k.startswith("_")} for span in message["pii"]
        ]
        message["pii"] = [
            {k: span[k] for k in ("type", "family", "group", "start", "end", "value") if k in span}
            for span in message["pii"]
        ]
    return conv


def lint_templates(lang: str, module: ModuleType) -> None:
    for type_ in values.TYPES:
        labels = module.LABELS.get(type_)
        if not labels or any(re.search(r"\d", w) for w in labels):
            raise CorpusError(f"{lang}: LABELS[{type_}] missing or has a digit")
    for split in SPLITS:
        for template in getattr(module, split.upper()):
            msgs = messages_of(template)
            if not 1 <= len(msgs) <= 4:
                raise CorpusError(f"{lang}: a template has {len(msgs)} messages")
            for i, message in enumerate(msgs):
                if re.search(r"\d", literal(message)):
                    raise CorpusError(f"{lang}: digit in template text {message[:30]!r}")
                for m in SLOT.finditer(message):
                    fam = family_of(m[2])
                    if fam == "context_only" and message.strip() != m[0]:
                        raise CorpusError(f"{lang}: context_only slot not alone: {message!r}")
                    if fam is not None and fam not in render.FAMILIES:
                        raise CorpusError(f"{lang}: unknown family {m[2]}")
                    if m[1] == "+" and (i == 0 or "{+}" not in message):
                        raise CorpusError(f"{lang}: stray continuation")
    dev = {norm(m) for t in module.DEV for m in messages_of(t)}
    sealed = {norm(m) for t in module.SEALED for m in messages_of(t)}
    both = dev & sealed
    if both:
        raise CorpusError(f"{lang}: template message in both splits: {sorted(both)[0][:40]!r}")


def build() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {s: [] for s in SPLITS}
    for lang in LANGS:
        module = load(lang)
        lint_templates(lang, module)
        for split in SPLITS:
            templates = list(getattr(module, split.upper()))
            total = sum(len(messages_of(t)) for t in templates)
            reps = math.ceil(TARGET_MESSAGES[split] / total)
            plan = Plan(missing=[])
            convs: dict[tuple[int, int], dict[str, Any]] = {}
            generic = [i for i, t in enumerate(templates) if "{ANY" in "".join(messages_of(t))]
            for i, t in enumerate(templates):
                if i in generic:
                    continue
                for rep in range(reps):
                    convs[(i, rep)] = render_conversation(module, lang, split, i, rep, t, plan)
            have = {s["type"] for c in convs.values() for m in c["messages"] for s in m["pii"]}
            plan.missing = [t for t in values.TYPES if t not in have]
            for rep in range(reps):
                for i in generic:
                    convs[(i, rep)] = render_conversation(
                        module, lang, split, i, rep, templates[i], plan
                    )
            out[split].extend(strip_private(convs[k]) for k in sorted(convs))
    check_corpus(out)
    return out


def check_corpus(out: dict[str, list[dict[str, Any]]]) -> None:
    for split, convs in out.items():
        for lang in LANGS:
            mine = [c for c in convs if c["lang"] == lang]
            spans = [s for c in mine for m in c["messages"] for s in m["pii"]]
            n_msgs = sum(len(c["messages"]) for c in mine)
            if n_msgs < MIN_MESSAGES[split]:
                raise CorpusError(f"{lang}/{split}: only {n_msgs} messages")
            missing_t = set(values.TYPES) - {s["type"] for s in spans}
            missing_f = set(render.FAMILIES) - {s["family"] for s in spans}
            if missing_t or missing_f:
                raise CorpusError(f"{lang}/{split}: missing {sorted(missing_t | missing_f)}")
            multi = sum(
                1 for c in mine if any("group" in s for m in c["messages"] for s in m["pii"])
            )
            if multi < 0.08 * len(mine):
                raise CorpusError(f"{lang}/{split}: multi-message in {multi}/{len(mine)} only")


def dumps(convs: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as fh:
        fh.write(data)
    return buf.getvalue()


def outputs(out: dict[str, list[dict[str, Any]]]) -> dict[Path, bytes]:
    return {
        HERE / "dev.jsonl": dumps(out["dev"]),
        HERE / "sealed.jsonl.gz": gz(dumps(out["sealed"])),
    }


def stats(out: dict[str, list[dict[str, Any]]]) -> None:
    def line(name: str, convs: list[dict[str, Any]]) -> str:
        msgs = sum(len(c["messages"]) for c in convs)
        pii = sum(len(m["pii"]) for c in convs for m in c["messages"])
        keep = sum(len(m["must_keep"]) for c in convs for m in c["messages"])
        multi = sum(1 for c in convs if any("group" in s for m in c["messages"] for s in m["pii"]))
        return (
            f"{name:<14} conversations {len(convs):>5}  messages {msgs:>5}  pii {pii:>5}  "
            f"must_keep {keep:>5}  multi_message conversations {multi:>4}"
        )

    everything = out["dev"] + out["sealed"]
    print(line("all", everything))
    for split in SPLITS:
        print(line(split, out[split]))
    for split in SPLITS:
        for lang in LANGS:
            print(line(f"{split}/{lang}", [c for c in out[split] if c["lang"] == lang]))
    for key in ("type", "family"):
        print(f"\nper {key} (dev / sealed)")
        counts = {
            s: Counter(p[key] for c in out[s] for m in c["messages"] for p in m["pii"])
            for s in SPLITS
        }
        names = values.TYPES if key == "type" else render.FAMILIES
        for name in names:
            print(f"  {name:<42} {counts['dev'][name]:>5} / {counts['sealed'][name]:>5}")
    print("\nper must_keep kind (dev / sealed)")
    counts = {
        s: Counter(k["kind"] for c in out[s] for m in c["messages"] for k in m["must_keep"])
        for s in SPLITS
    }
    for kind in values.MUST_KEEP_KINDS:
        print(f"  {kind:<42} {counts['dev'][kind]:>5} / {counts['sealed'][kind]:>5}")
    templates = {lang: (len(load(lang).DEV), len(load(lang).SEALED)) for lang in LANGS}
    print(
        "\ntemplates (dev / sealed): "
        + ", ".join(f"{k} {d}/{s}" for k, (d, s) in templates.items())
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="regenerate and compare bytes")
    parser.add_argument("--stats", action="store_true", help="print counts only")
    args = parser.parse_args(argv)
    out = build()
    files = outputs(out)
    if args.check:
        stale = [p.name for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        print("check ok: dev.jsonl and sealed.jsonl.gz match a fresh render")
    elif not args.stats:
        for path, data in files.items():
            path.write_bytes(data)
        print(f"wrote {len(out['dev'])} dev and {len(out['sealed'])} sealed conversations")
    if args.stats:
        stats(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
