"""Builds the hold-out corpus: `dev.jsonl` and `opened.jsonl.gz` (the sealed split until it was
opened on 2026-11-28), byte-identical on every run.

    python -m bench.redaction.holdout.generate          # write both files, print counts
    python -m bench.redaction.holdout.generate --check  # regenerate, compare, write nothing

Templates are split between dev and sealed (about 35% / 65%, per language and per kind of
template), so the sealed split holds sentences nobody tuned on. Every conversation is checked
before anything is written: offsets, overlaps, digits outside spans, check digits of the values,
look-alikes that must fail, and that each rendering decodes back to its synthetic value.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from . import checksums as ck
from . import render as R
from .builder import (
    FAMILY_ALIASES,
    NEGATIVE_KINDS,
    SLOT,
    Context,
    Message,
    Template,
    build_message,
    digit_runs,
)
from .templates_de import TEMPLATES as DE
from .templates_en import TEMPLATES as EN
from .templates_es import TEMPLATES as ES
from .templates_fr import TEMPLATES as FR
from .templates_pt import TEMPLATES as PT

HERE = Path(__file__).resolve().parent
DEV_PATH = HERE / "dev.jsonl"
SEALED_PATH = HERE / "opened.jsonl.gz"  # the former sealed split, see README
SEED = "holdout-2026-11-28"
REPS = 8
DEV_SHARE = 0.35
LANGS: dict[str, list[Template]] = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}

CHECKS = {
    "luhn": ck.luhn_ok,
    "iban": ck.iban_ok,
    "es_ccc": lambda v: ck.es_ccc_digits(v[:4], v[4:8], v[10:]) == v[8:10],
    "pt_nib": lambda v: ck.pt_nib_check(v[:19]) == v[19:],
    "aba": ck.aba_ok,
    "dni": ck.dni_ok,
    "nie": ck.nie_ok,
    "curp": ck.curp_ok,
    "rfc": ck.rfc_ok,
    "clabe": ck.clabe_ok,
    "cpf": ck.cpf_ok,
    "cnpj": ck.cnpj_ok,
    "nir": ck.nir_ok,
    "steuer_id": ck.steuer_id_ok,
    "nif": ck.nif_ok,
    "ssn": ck.ssn_ok,
    "itin": ck.itin_ok,
    "nino": ck.nino_ok,
    "expiry": lambda v: len(v) == 4 and 1 <= int(v[:2]) <= 12,
    "email": lambda v: v.count("@") == 1,
}


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256(":".join(str(p) for p in (SEED, *parts)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def _kind(t: Template) -> str:
    body = " ".join(t.messages)
    if "~" in body:
        return "multi"
    return (
        "pii" if any(c.isupper() for slot in body.split("{")[1:] for c in slot[:1]) else "negative"
    )


FAMILY_SLOTS = {
    "EMAILURL": "percent_encoded",
    "PHONEURL": "percent_encoded",
    "URLCRED": "url_credentials",
}


def features(t: Template) -> set[str]:
    """Entity slots and forced families of a template: what both splits must contain."""
    out = set()
    for m in t.messages:
        for slot in SLOT.findall(m):
            if not slot[:1].isupper():
                continue
            name = re.split("[:~]", slot)[0]
            out.add(name)
            if "~" in slot:
                out.add("multi_message")
            if ":" in slot:
                out.add(FAMILY_ALIASES[slot.split(":")[1]])
            if name in FAMILY_SLOTS:
                out.add(FAMILY_SLOTS[name])
        out.update("keep:" + NEGATIVE_KINDS[s] for s in SLOT.findall(m) if s in NEGATIVE_KINDS)
    return out


def split_of(lang: str, templates: list[Template]) -> list[str]:
    """dev or sealed for each template.

    First every feature (entity slot, forced family) held by two or more templates gets one
    template in each split, rarest first; then the rest is drawn by seed so that DEV_SHARE of each
    kind of template (single PII, multi-message, negatives only) is in dev. Neither split lacks an
    entity type or a family that the other has.
    """
    rng = _rng("split", lang)
    feats = [features(t) for t in templates]
    count = {f: sum(f in fs for fs in feats) for f in set().union(*feats)}
    splits: list[str | None] = [None] * len(templates)
    for f in sorted((f for f, n in count.items() if n >= 2), key=lambda f: (count[f], f)):
        holders = [i for i, fs in enumerate(feats) if f in fs]
        for side in ("dev", "sealed"):
            if any(splits[i] == side for i in holders):
                continue
            free = [i for i in holders if splits[i] is None]
            if not free:
                raise SystemExit(f"{lang}: cannot put feature {f} in both splits")
            splits[rng.choice(free)] = side
    for kind in ("pii", "multi", "negative"):
        idx = [i for i, t in enumerate(templates) if _kind(t) == kind]
        want = round(len(idx) * DEV_SHARE) - sum(splits[i] == "dev" for i in idx)
        free = [i for i in idx if splits[i] is None]
        rng.shuffle(free)
        for n, i in enumerate(free):
            splits[i] = "dev" if n < want else "sealed"
    return [s or "sealed" for s in splits]


def build() -> tuple[dict[str, list[dict[str, object]]], Counter[str]]:
    """Both splits, and the number of look-alike hard negatives per split."""
    out: dict[str, list[dict[str, object]]] = {"dev": [], "sealed": []}
    lookalikes: Counter[str] = Counter()
    for lang, templates in LANGS.items():
        _refuse_duplicates(lang, templates)
        splits = split_of(lang, templates)
        n = 0
        for split in ("dev", "sealed"):
            for ti, template in enumerate(templates):
                if splits[ti] != split:
                    continue
                for rep in range(REPS):
                    n += 1
                    rng = _rng(lang, ti, rep)
                    locale = rng.choice(template.locales)
                    ctx = Context(rng, lang, locale.split("-")[1])
                    messages = [build_message(ctx, m, lang) for m in template.messages]
                    for m in messages:
                        validate(m, lang)
                        lookalikes[split] += sum(k.lookalike for k in m.keep)
                    validate_groups(messages, lang)
                    out[split].append(
                        {
                            "id": f"ho-{lang}-{n:04d}",
                            "lang": lang,
                            "locale": locale,
                            "split": split,
                            "messages": [to_json(m) for m in messages],
                        }
                    )
    check_coverage(out)
    return out, lookalikes


FAMILIES = (
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "email_spelled",
    "percent_encoded",
    "url_credentials",
    "key_value_secret",
    "compact_expiry",
    "iban_broken",
    "multi_message",
    "context_only",
)


def check_coverage(corpus: dict[str, list[dict[str, object]]]) -> None:
    """Every family in every language of both splits; every entity type of a language in both."""
    seen: dict[tuple[str, str], set[str]] = {}
    for split, rows in corpus.items():
        for r in rows:
            bucket = seen.setdefault((split, str(r["lang"])), set())
            for m in r["messages"]:  # type: ignore[attr-defined]
                bucket.update(p["family"] for p in m["pii"])
                bucket.update(p["type"] for p in m["pii"])
    for lang in LANGS:
        dev, sealed = seen.get(("dev", lang), set()), seen.get(("sealed", lang), set())
        missing = [f for f in FAMILIES if f not in dev or f not in sealed]
        if missing:
            raise CorpusError(f"{lang}: families missing from a split: {missing}")
        lopsided = sorted((dev ^ sealed) - set(FAMILIES))
        if lopsided:
            raise CorpusError(f"{lang}: entity types in one split only: {lopsided}")


def _refuse_duplicates(lang: str, templates: list[Template]) -> None:
    seen = Counter(t.messages for t in templates)
    dup = [m for m, c in seen.items() if c > 1]
    if dup:
        raise SystemExit(f"{lang}: duplicate template {dup[0]!r}")


def to_json(m: Message) -> dict[str, object]:
    pii = []
    for i, s in enumerate(m.pii):
        item: dict[str, object] = {
            "type": s.type,
            "family": s.family,
            "start": s.start,
            "end": s.end,
            "value": m.text[s.start : s.end],
        }
        if i in m.groups:
            item["group"] = m.groups[i]
        pii.append(item)
    keep = [
        {"kind": k.kind, "start": k.start, "end": k.end, "value": m.text[k.start : k.end]}
        for k in m.keep
    ]
    return {"text": m.text, "pii": pii, "must_keep": keep}


class CorpusError(Exception):
    pass


def validate(m: Message, lang: str) -> None:
    text = m.text
    spans = [(s.start, s.end) for s in m.pii] + [(k.start, k.end) for k in m.keep]
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            raise CorpusError(f"span out of range in {text!r}")
        if text[start].isspace() or text[end - 1].isspace():
            raise CorpusError(f"span {text[start:end]!r} starts or ends with a space")
    ordered = sorted(spans)
    for (_, e1), (s2, _) in itertools.pairwise(ordered):
        if s2 < e1:
            raise CorpusError(f"overlapping spans in {text!r}")
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    stray = [i for i, c in enumerate(text) if c.isdigit() and i not in covered]
    if stray:
        raise CorpusError(f"digit outside spans at {stray[0]} in {text!r}")
    for s in m.pii:
        value = text[s.start : s.end]
        if (
            s.check
            and s.family != "multi_message"
            and not CHECKS[s.check](
                R.norm(s.canonical) if s.check not in ("email",) else s.canonical
            )
        ):
            raise CorpusError(f"{s.type} fails {s.check}: {s.canonical}")
        if s.type == "EMAIL":
            if R.decode_email(value, lang) != s.canonical.lower():
                raise CorpusError(f"email {value!r} does not decode to {s.canonical}")
        elif s.type == "CREDIT_DEBIT_EXPIRY":
            continue
        elif s.family != "multi_message" and R.decode_value(value, lang, s.family) != R.norm(
            s.canonical
        ):
            raise CorpusError(f"{value!r} ({s.family}) does not decode to {s.canonical}")
    for k in m.keep:
        value = text[k.start : k.end]
        if k.lookalike:
            runs = digit_runs(value)
            if any(ck.passes_any_numeric_check(r) for r in runs) or ck.dni_ok(value):
                raise CorpusError(f"look-alike {value!r} passes a check")
        elif any(ck.passes_any_numeric_check(r) for r in digit_runs(value)):
            raise CorpusError(f"negative {value!r} passes a check")


def validate_groups(messages: list[Message], lang: str) -> None:
    parts: dict[str, list[tuple[str, R.Span]]] = {}
    for m in messages:
        for i, s in enumerate(m.pii):
            if i in m.groups:
                parts.setdefault(m.groups[i], []).append((m.text[s.start : s.end], s))
    for group, items in parts.items():
        if not 2 <= len(items) <= 3:
            raise CorpusError(f"group {group} has {len(items)} parts")
        span = items[0][1]
        joined = "".join(R.norm(t) for t, _ in items)
        if joined != R.norm(span.canonical):
            raise CorpusError(f"group {group} parts do not join to the value")
        if span.check and not CHECKS[span.check](R.norm(span.canonical)):
            raise CorpusError(f"group {group} fails {span.check}")


def serialise(rows: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def _row(cells: list[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    return [_row(list(header)), _row(["---"] * len(header)), *(_row(r) for r in rows)]


def counts(corpus: dict[str, list[dict[str, object]]], lookalikes: Counter[str]) -> str:
    langs = list(LANGS)
    lines = ["Templates per language (single-message PII / multi-message / negatives only)\n"]
    tpl = []
    for lang in langs:
        kinds = Counter(_kind(t) for t in LANGS[lang])
        splits = Counter(split_of(lang, LANGS[lang]))
        tpl.append(
            [
                lang,
                kinds["pii"],
                kinds["multi"],
                kinds["negative"],
                splits["dev"],
                splits["sealed"],
                len(LANGS[lang]),
            ]
        )
    lines += _table(["lang", "pii", "multi", "negative", "dev", "sealed", "total"], tpl)
    for split in ("dev", "sealed"):
        rows = corpus[split]
        per_lang: dict[str, Counter[str]] = {lang: Counter() for lang in [*langs, "all"]}
        types: dict[str, Counter[str]] = {}
        fams: dict[str, Counter[str]] = {}
        kinds: Counter[str] = Counter()
        locales: Counter[str] = Counter()
        for r in rows:
            lang = str(r["lang"])
            locales[str(r["locale"])] += 1
            for c in (per_lang[lang], per_lang["all"]):
                c["conv"] += 1
            for m in r["messages"]:  # type: ignore[attr-defined]
                for c in (per_lang[lang], per_lang["all"]):
                    c["msg"] += 1
                    c["pii_msg" if m["pii"] else "neg_msg"] += 1
                    c["pii"] += len(m["pii"])
                    c["keep"] += len(m["must_keep"])
                for p in m["pii"]:
                    types.setdefault(p["type"], Counter())[lang] += 1
                    fams.setdefault(p["family"], Counter())[lang] += 1
                kinds.update(k["kind"] for k in m["must_keep"])
        lines.append(f"\n### {split}\n")
        table = []
        for lang, c in per_lang.items():
            share = f"{c['neg_msg']} ({100 * c['neg_msg'] / max(c['msg'], 1):.0f}%)"
            table.append([lang, c["conv"], c["msg"], c["pii_msg"], share, c["pii"], c["keep"]])
        header = [
            "lang",
            "conversations",
            "messages",
            "with PII",
            "without PII",
            "pii",
            "must_keep",
        ]
        lines += _table(header, table)
        for title, counter in (("entity type", types), ("family", fams)):
            lines.append(f"\nPII spans by {title} ({split}; a multi_message part counts once)\n")
            body = [
                [k, *(counter[k][lg] for lg in langs), sum(counter[k].values())]
                for k in sorted(counter)
            ]
            lines += _table([title, *langs, "all"], body)
        lines.append(
            f"\nmust_keep by kind ({split}): "
            + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        )
        lines.append(f"\nof which look-alikes failing an identifier check: {lookalikes[split]}")
        lines.append(
            f"\nlocales ({split}): " + ", ".join(f"{k} {v}" for k, v in sorted(locales.items()))
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare the files on disk with a fresh generation; write nothing",
    )
    args = parser.parse_args(argv)
    corpus, lookalikes = build()
    dev = serialise(corpus["dev"])
    sealed = gzip_bytes(serialise(corpus["sealed"]))
    if args.check:
        stale = [
            p.name
            for p, data in ((DEV_PATH, dev), (SEALED_PATH, sealed))
            if not p.exists() or p.read_bytes() != data
        ]
        if stale:
            print(
                f"out of date: {', '.join(stale)}; run python -m bench.redaction.holdout.generate",
                file=sys.stderr,
            )
            return 1
        print("dev.jsonl and opened.jsonl.gz match the generator")
        return 0
    DEV_PATH.write_bytes(dev)
    SEALED_PATH.write_bytes(sealed)
    print(counts(corpus, lookalikes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
