"""Render, verify and write the `hutched` corpus.

python -m bench.redaction.hutched.generate            # write dev.jsonl and sealed.jsonl.gz
python -m bench.redaction.hutched.generate --check    # regenerate in memory, compare bytes
python -m bench.redaction.hutched.generate --stats    # counts (no message text)
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import render, values

HERE = Path(__file__).parent
LANGS = ["en", "es", "fr", "de", "pt"]
SPLITS = ["dev", "sealed"]
REPS = {"dev": 10, "sealed": 9}
GENERIC_REPS = {"dev": 12, "sealed": 10}
MIN_MESSAGES = {"dev": 300, "sealed": 700}
MIN_MULTI = 0.08

ALIAS = {
    "CRED": "USERNAME",
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
SLOT = re.compile(r"\{([^{}]*)\}")
LOCALE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")
KV_KEYS = {
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID="],
    "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = "],
    "PASSWORD": ["DB_PASSWORD=", "SMTP_PASS=", "password=", "MYSQL_PWD="],
    "USERNAME": ["DB_USER=", "SMTP_USER=", "login="],
}
PE_PREFIX = {
    "EMAIL": [
        "https://www.example.com/account/verify?email=",
        "https://shop.example.net/unsubscribe?u=",
        "https://example.org/reset?lang=es&mail=",
    ],
    "PHONE": [
        "https://m.example.com/callback?tel=",
        "https://example.net/wa?phone=",
        "https://www.example.org/sms/optout?msisdn=",
    ],
}
UC_PARTS = (
    ["ftp://", "sftp://", "https://", "smb://", "postgres://"],
    ["files.example.com", "nas.example.net/share", "example.org/admin", "db.example.test/prod"],
)


class Invalid(Exception):
    """The corpus failed one of its own checks."""


def kind_of(name: str) -> str:
    return ALIAS.get(name, name)


@dataclass
class Plans:
    """Rotating (type, family) assignment for generic frames, one cursor per frame shape."""

    single: list[tuple[str, str]]
    ctx: list[str]
    multi: list[str]
    cursor: Counter[str] = field(default_factory=Counter)

    def next(self, shape: str) -> tuple[str, str]:
        i = self.cursor[shape]
        self.cursor[shape] += 1
        if shape == "multi":
            return self.multi[i % len(self.multi)], "multi_message"
        if shape == "ctx":
            return self.ctx[i % len(self.ctx)], "context_only"
        return self.single[i % len(self.single)]


def make_plans(offset: int) -> Plans:
    # families first: a split with few generic renders still sees every one
    single: list[tuple[str, str]] = [
        ("EMAIL", "percent_encoded"),
        ("USERNAME", "url_credentials"),
        ("AWS_SECRET_KEY", "key_value_secret"),
        ("CREDIT_DEBIT_EXPIRY", "compact_expiry"),
        ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "iban_broken"),
        ("CREDIT_DEBIT_NUMBER", "letter_substitution"),
        ("PHONE", "spelled_out"),
        ("EMAIL", "email_spelled"),
        ("SSN", "split_by_noise"),
        ("DE_TAX_ID", "spaced_or_dashed"),
    ]
    for i, kind in enumerate(values.TYPES):
        fams = [f for f in render.allowed(kind) if f != "multi_message"]
        single.append((kind, fams[(i + offset) % len(fams)]))
    ctx = values.TYPES[offset % 7 :: 3]
    multi = sorted(render.MULTI)
    return Plans(single, ctx, multi[offset % 5 :] + multi[: offset % 5])


def load(lang: str) -> Any:
    return importlib.import_module(f".templates_{lang}", __package__)


def shape(template: tuple[str, ...]) -> str:
    if any("{+}" in m for m in template):
        return "multi"
    if any(m.strip() == "{SLOT}" for m in template):
        return "ctx"
    return "single"


class Builder:
    """Accumulates one message's text with its spans."""

    def __init__(self) -> None:
        self.text = ""
        self.pii: list[dict[str, Any]] = []
        self.keep: list[dict[str, Any]] = []

    def lit(self, s: str) -> None:
        self.text += s

    def span(self, s: str, **meta: Any) -> None:
        start = len(self.text)
        self.text += s
        if "kind" in meta:
            self.keep.append(
                {"kind": meta["kind"], "start": start, "end": len(self.text), "value": s}
            )
        else:
            entry = {"type": meta["type"], "family": meta["family"]}
            if meta.get("group"):
                entry["group"] = meta["group"]
            entry.update({"start": start, "end": len(self.text), "value": s})
            self.pii.append(entry)


def render_conversation(
    template: tuple[str, ...],
    lang: str,
    split: str,
    tindex: int,
    rep: int,
    locales: list[str],
    labels: dict[str, list[str]],
    plans: Plans,
    truth: list[tuple[str, str, list[str], str, str]],
) -> dict[str, Any]:
    rng = random.Random(f"hutched|{lang}|{split}|{tindex:03d}|{rep:02d}")
    cid = f"hutched-{lang}-{split}-{tindex:03d}-{rep:02d}"
    msgs = list(template)
    locale = msgs.pop(0) if LOCALE.match(msgs[0]) else rng.choice(locales)
    ctx: dict[str, str] = {}
    generic = plans.next(shape(template)) if any("{SLOT}" in m for m in msgs) else None
    label = rng.choice(labels[generic[0]]) if generic else ""
    parts: list[str] = []
    part_i = 0
    group = f"{cid}-g1"
    out = []
    for m_index, msg in enumerate(msgs):
        b = Builder()
        pos = 0
        for match in SLOT.finditer(msg):
            b.lit(msg[pos : match.start()])
            pos = match.end()
            slot = match.group(1)
            if slot == "LABEL":
                b.lit(label)
                continue
            if slot == "+":
                kind = mm_kind
                b.span(parts[part_i], type=kind, family="multi_message", group=group)
                truth[mm_truth][2].append(parts[part_i])
                part_i += 1
                continue
            if slot.startswith("#"):
                b.span(values.keep(slot[1:], locale, rng), kind=slot[1:])
                continue
            if slot == "SLOT":
                assert generic is not None
                kind, family = generic
            else:
                name, _, fam = slot.partition(":")
                kind = kind_of(name)
                family = render.SHORT[fam] if fam else render.auto_family(kind, rng)
            if kind not in values.TYPES:
                raise Invalid(f"{cid}: unknown slot {slot}")
            if family == "multi_message":
                n = 1 + sum(m.count("{+}") for m in msgs[m_index + 1 :])
                value = values.draw(kind, locale, rng, ctx)
                parts = render.split_parts(kind, value, locale, rng, n)
                part_i = 1
                mm_kind = kind
                mm_truth = len(truth)
                truth.append((kind, family, [parts[0]], value, locale))
                b.span(parts[0], type=kind, family=family, group=group)
                continue
            if family == "url_credentials":
                user = values.draw("USERNAME", locale, rng, ctx)
                pwd = values.draw("PASSWORD", locale, rng, ctx)
                b.lit(rng.choice(UC_PARTS[0]))
                b.span(user, type="USERNAME", family=family)
                b.lit(":")
                b.span(pwd, type="PASSWORD", family=family)
                b.lit("@" + rng.choice(UC_PARTS[1]))
                truth.append(("USERNAME", family, [user], user, locale))
                truth.append(("PASSWORD", family, [pwd], pwd, locale))
                continue
            for _ in range(40):
                value = values.draw(kind, locale, rng, ctx)
                text = render.surface(kind, family, value, locale, rng)
                if text is not None:
                    break
            else:
                raise Invalid(f"{cid}: cannot write {kind} as {family}")
            if family == "key_value_secret":
                b.lit(rng.choice(KV_KEYS[kind]))
            if family == "percent_encoded":
                b.lit(rng.choice(PE_PREFIX[kind]))
            b.span(text, type=kind, family=family)
            truth.append((kind, family, [text], value, locale))
        b.lit(msg[pos:])
        out.append({"text": b.text, "pii": b.pii, "must_keep": b.keep})
    return {"id": cid, "lang": lang, "locale": locale, "split": split, "messages": out}


def literal_texts(template: tuple[str, ...]) -> list[str]:
    return [SLOT.sub("", m) for m in template if not LOCALE.match(m)]


def literal_messages(template: tuple[str, ...]) -> list[str]:
    """Template messages with some literal text (a bare slot or a locale tag is not one)."""
    return [m for m in template if not LOCALE.match(m) and SLOT.sub("", m).strip()]


def norm(message: str) -> str:
    return " ".join(message.lower().split())


def verify_templates(mods: dict[str, Any]) -> None:
    for lang, mod in mods.items():
        for label_list in mod.LABELS.values():
            for label in label_list:
                if re.search(r"\d", label):
                    raise Invalid(f"{lang}: digit in label")
        missing = set(values.TYPES) - set(mod.LABELS)
        if missing:
            raise Invalid(f"{lang}: LABELS lacks {sorted(missing)}")
        for split in SPLITS:
            for t in getattr(mod, split.upper()):
                for lit in literal_texts(t):
                    if re.search(r"\d", lit):
                        raise Invalid(f"{lang}: digit in template literal")
        dev = {norm(m) for t in mod.DEV for m in literal_messages(t)}
        sealed = {norm(m) for t in mod.SEALED for m in literal_messages(t)}
        if dev & sealed:
            raise Invalid(f"{lang}: {len(dev & sealed)} template message(s) in both splits")


def verify_conversation(conv: dict[str, Any]) -> None:
    cid = conv["id"]
    groups: dict[str, list[int]] = {}
    for mi, msg in enumerate(conv["messages"]):
        text = msg["text"]
        spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
        covered = set()
        last_end = -1
        for s in spans:
            if text[s["start"] : s["end"]] != s["value"]:
                raise Invalid(f"{cid}: value/offset mismatch")
            if s["start"] < last_end:
                raise Invalid(f"{cid}: overlapping spans")
            if not s["value"] or s["value"] != s["value"].strip():
                raise Invalid(f"{cid}: empty span or outer whitespace")
            last_end = s["end"]
            covered.update(range(s["start"], s["end"]))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise Invalid(f"{cid}: digit outside spans")
        for s in msg["pii"]:
            if s["family"] == "multi_message":
                groups.setdefault(s["group"], []).append(mi)
            elif "group" in s:
                raise Invalid(f"{cid}: group outside multi_message")
            if s["family"] == "context_only" and text != s["value"]:
                raise Invalid(f"{cid}: context_only value not alone in its message")
        for s in msg["must_keep"]:
            if not values.is_hard_negative(s["value"]):
                raise Invalid(f"{cid}: must_keep value looks like PII")
    for g, idx in groups.items():
        if len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
            raise Invalid(f"{cid}: multi-message group not over consecutive messages")


def verify_truth(truth: list[tuple[str, str, list[str], str, str]]) -> None:
    for kind, family, parts, value, locale in truth:
        if not values.validate(kind, value, locale):
            raise Invalid(f"invalid {kind} value")
        if family == "multi_message":
            if not 2 <= len(parts) <= 3:
                raise Invalid(f"multi-message {kind} in {len(parts)} parts")
            got = render.decode_parts(kind, parts, locale)
        else:
            got = render.decode(kind, family, parts[0], locale)
        if got != value:
            raise Invalid(f"{kind}/{family} surface does not decode to its value")


def build() -> dict[str, list[dict[str, Any]]]:
    mods = {lang: load(lang) for lang in LANGS}
    verify_templates(mods)
    corpus: dict[str, list[dict[str, Any]]] = {s: [] for s in SPLITS}
    for lang in LANGS:
        mod = mods[lang]
        for si, split in enumerate(SPLITS):
            plans = make_plans(LANGS.index(lang) + si)
            convs = []
            truth: list[tuple[str, str, list[str], str, str]] = []
            for ti, template in enumerate(getattr(mod, split.upper())):
                reps = GENERIC_REPS[split] if any("{SLOT}" in m for m in template) else REPS[split]
                for rep in range(reps):
                    conv = render_conversation(
                        template, lang, split, ti, rep, mod.LOCALES, mod.LABELS, plans, truth
                    )
                    verify_conversation(conv)
                    convs.append(conv)
            verify_truth(truth)
            check_coverage(lang, split, convs)
            corpus[split] += convs
    return corpus


def check_coverage(lang: str, split: str, convs: list[dict[str, Any]]) -> None:
    types = {s["type"] for c in convs for m in c["messages"] for s in m["pii"]}
    fams = {s["family"] for c in convs for m in c["messages"] for s in m["pii"]}
    if set(values.TYPES) - types:
        raise Invalid(f"{lang}/{split}: types missing {sorted(set(values.TYPES) - types)}")
    if set(render.FAMILIES) - fams:
        raise Invalid(f"{lang}/{split}: families missing {sorted(set(render.FAMILIES) - fams)}")
    n_msgs = sum(len(c["messages"]) for c in convs)
    if n_msgs < MIN_MESSAGES[split]:
        raise Invalid(f"{lang}/{split}: only {n_msgs} messages")
    multi = sum(
        any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"]) for c in convs
    )
    if multi < MIN_MULTI * len(convs):
        raise Invalid(f"{lang}/{split}: multi_message in {multi}/{len(convs)} conversations")
    if any(not 1 <= len(c["messages"]) <= 4 for c in convs):
        raise Invalid(f"{lang}/{split}: conversation length out of range")


def serialise(convs: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")


def outputs(corpus: dict[str, list[dict[str, Any]]]) -> dict[str, bytes]:
    return {
        "dev.jsonl": serialise(corpus["dev"]),
        "sealed.jsonl.gz": gzip.compress(serialise(corpus["sealed"]), compresslevel=9, mtime=0),
    }


def stats(corpus: dict[str, list[dict[str, Any]]]) -> None:
    def line(label: str, convs: list[dict[str, Any]]) -> str:
        msgs = [m for c in convs for m in c["messages"]]
        multi = sum(
            any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"])
            for c in convs
        )
        return (
            f"{label:<14} conversations={len(convs):5d} messages={len(msgs):5d} "
            f"pii={sum(len(m['pii']) for m in msgs):5d} must_keep={sum(len(m['must_keep']) for m in msgs):5d} "
            f"multi_message_conv={100 * multi / max(1, len(convs)):.1f}%"
        )

    print("== summary ==")
    for split in SPLITS:
        print(line(f"all {split}", corpus[split]))
        for lang in LANGS:
            print(line(f"  {lang} {split}", [c for c in corpus[split] if c["lang"] == lang]))
    for title, key in (("type", "type"), ("family", "family")):
        print(f"== per {title} (dev / sealed) ==")
        counts = {
            s: Counter(p[key] for c in corpus[s] for m in c["messages"] for p in m["pii"])
            for s in SPLITS
        }
        order = values.TYPES if key == "type" else render.FAMILIES
        for k in order:
            print(f"  {k:<40} {counts['dev'][k]:5d} {counts['sealed'][k]:5d}")
    print("== per must_keep kind (dev / sealed) ==")
    counts = {
        s: Counter(p["kind"] for c in corpus[s] for m in c["messages"] for p in m["must_keep"])
        for s in SPLITS
    }
    for k in values.KEEP_KINDS:
        print(f"  {k:<40} {counts['dev'][k]:5d} {counts['sealed'][k]:5d}")
    print("== per language: templates (dev / sealed) ==")
    for lang in LANGS:
        mod = load(lang)
        print(f"  {lang}: {len(mod.DEV)} / {len(mod.SEALED)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare bytes"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only")
    args = parser.parse_args(argv)
    try:
        corpus = build()
    except Invalid as err:
        print(f"corpus check failed: {err}", file=sys.stderr)
        return 1
    files = outputs(corpus)
    if args.stats:
        stats(corpus)
        return 0
    if args.check:
        stale = [
            name
            for name, data in files.items()
            if not (HERE / name).exists() or (HERE / name).read_bytes() != data
        ]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        print("ok: dev.jsonl and sealed.jsonl.gz are reproducible")
        return 0
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(corpus['dev'])} dev and {len(corpus['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
