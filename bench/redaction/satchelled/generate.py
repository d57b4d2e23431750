"""Render the satchelled corpus, verify it, and write ``dev.jsonl`` and ``sealed.jsonl.gz``.

    python -m bench.redaction.satchelled.generate           # write both splits
    python -m bench.redaction.satchelled.generate --check   # regenerate in memory, compare bytes
    python -m bench.redaction.satchelled.generate --stats   # counts only

Nothing is written unless every check in ``verify`` passes.
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
TARGET_MESSAGES = {"dev": 330, "sealed": 740}
MULTI_SHARE = 0.08

ALIASES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PW": "PASSWORD",
    "USER": "USERNAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
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
FAM = {
    "p": "plain",
    "sp": "spaced_or_dashed",
    "nz": "split_by_noise",
    "ls": "letter_substitution",
    "sw": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}
FREE_FAMILIES = (
    "plain",
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
)
CRED_SCHEMES = ("https", "ftp", "sftp", "postgres", "mysql", "smb", "redis")
CRED_HOSTS = (
    "files.example.com",
    "db.example.net",
    "nas.example.org",
    "portal.example.com",
    "backup.example.test",
)
SLOT = re.compile(r"\{([^{}]+)\}")


class CorpusError(Exception):
    """A rendered or written corpus breaks one of the brief's rules."""


@dataclass
class Plan:
    """Rotating assignment of (type, family) to generic frames, per language and split."""

    inline: list[tuple[str, str]]
    multi: list[str]
    ctx: list[str]
    pos: Counter[str] = field(default_factory=Counter)

    def take(self, kind: str) -> tuple[str, str]:
        i = self.pos[kind]
        self.pos[kind] += 1
        if kind == "inline":
            return self.inline[i % len(self.inline)]
        if kind == "mm":
            return self.multi[i % len(self.multi)], "multi_message"
        return self.ctx[i % len(self.ctx)], "context_only"


def new_plan() -> Plan:
    inline: list[tuple[str, str]] = []
    for r in range(6):
        for k, t in enumerate(values.TYPES):
            fams = [
                f
                for f in render.compatible(t)
                if f not in ("context_only", "multi_message", "key_value_secret")
            ]
            inline.append((t, fams[(r + k) % len(fams)] if r else fams[k % len(fams)]))
    multi = sorted(render.MULTI_TYPES)
    ctx = list(reversed(values.TYPES))
    return Plan(inline, multi, ctx)


@dataclass
class Span:
    etype: str
    family: str
    start: int
    end: int
    canonical: str
    group: str | None = None


@dataclass
class Msg:
    text: str
    pii: list[Span]
    keep: list[tuple[str, int, int]]


def _template_messages(template: tuple[str, ...] | str) -> tuple[str | None, list[str]]:
    msgs = [template] if isinstance(template, str) else list(template)
    locale = None
    if msgs and msgs[0].startswith("@"):
        locale = msgs.pop(0)[1:]
    return locale, msgs


def render_conversation(
    mod: ModuleType,
    lang: str,
    split: str,
    tix: int,
    rep: int,
    template: tuple[str, ...] | str,
    plan: Plan,
) -> tuple[str, list[Msg], dict[str, list[str]]]:
    rng = random.Random(f"satchelled|{lang}|{split}|{tix:03d}|{rep:02d}")
    fixed, msgs = _template_messages(template)
    locale = fixed or rng.choice(mod.LOCALES)
    conv_id = f"satchelled-{lang}-{split}-{tix:03d}-{rep:02d}"
    joined = "\n".join(msgs)
    gen: tuple[str, str] | None = None
    if "{GEN:mm}" in joined:
        gen = plan.take("mm")
    elif "{GEN:ctx}" in joined:
        gen = plan.take("ctx")
    elif "{GEN}" in joined:
        gen = plan.take("inline")
    out: list[Msg] = []
    groups: dict[str, list[str]] = {}
    pending: list[tuple[str, str, list[str], str]] = []  # (type, canonical, remaining parts, group)
    group_no = 0
    for mi, raw in enumerate(msgs):
        text = ""
        pii: list[Span] = []
        keep: list[tuple[str, int, int]] = []
        pos = 0
        for m in SLOT.finditer(raw):
            text += raw[pos : m.start()]
            pos = m.end()
            slot = m[1]
            if slot == "LBL":
                assert gen is not None, conv_id
                text += rng.choice(mod.LABELS[gen[0]])
                continue
            if slot.startswith("#"):
                val = values.keep_value(slot[1:], locale, rng)
                keep.append((slot[1:], len(text), len(text) + len(val)))
                text += val
                continue
            if slot == "+":
                etype, canon, parts, gid = pending[0]
                part = parts.pop(0)
                pii.append(
                    Span(etype, "multi_message", len(text), len(text) + len(part), canon, gid)
                )
                text += part
                if not parts:
                    pending.pop(0)
                continue
            if slot == "CRED":
                user = values.gen_username(rng, locale)
                while True:
                    pw = values.gen_password(rng, locale)
                    if re.fullmatch(r"[A-Za-z0-9._!*-]+", pw):
                        break
                text += rng.choice(CRED_SCHEMES) + "://"
                pii.append(
                    Span("USERNAME", "url_credentials", len(text), len(text) + len(user), user)
                )
                text += user + ":"
                pii.append(Span("PASSWORD", "url_credentials", len(text), len(text) + len(pw), pw))
                text += pw + "@" + rng.choice(CRED_HOSTS)
                continue
            if slot.startswith("GEN"):
                assert gen is not None
                etype, family = gen
            else:
                alias, _, fam = slot.partition(":")
                etype = ALIASES[alias]
                family = FAM.get(fam or "p", "*")
            if family == "*":
                family = rng.choice([f for f in FREE_FAMILIES if f in render.compatible(etype)])
            if family == "multi_message":
                n = 1
                while mi + n < len(msgs) and "{+}" in msgs[mi + n] and n < 3:
                    n += 1
                canon = values.generate(etype, locale, rng)
                parts = render.split_parts(etype, canon, locale, n, rng)
                group_no += 1
                gid = f"{conv_id}-g{group_no}"
                groups[gid] = list(parts)
                first = parts.pop(0)
                pii.append(Span(etype, family, len(text), len(text) + len(first), canon, gid))
                text += first
                pending.append((etype, canon, parts, gid))
                continue
            surf: str | None = None
            for _ in range(60):
                canon = values.generate(etype, locale, rng)
                surf = render.surface(etype, family, canon, locale, rng)
                if surf is not None:
                    break
            if surf is None:
                raise CorpusError(f"{conv_id}: no {family} surface for {etype}")
            if family == "compact_expiry" and text.endswith(" ") and rng.random() < 0.35:
                text = text[:-1]
            pii.append(Span(etype, family, len(text), len(text) + len(surf), canon))
            text += surf
        text += raw[pos:]
        out.append(Msg(text, pii, keep))
    if pending:
        raise CorpusError(f"{conv_id}: multi-message value without its continuation")
    return locale, out, groups


def to_json(conv_id: str, lang: str, locale: str, split: str, msgs: list[Msg]) -> str:
    messages: list[dict[str, Any]] = []
    for m in msgs:
        pii = []
        for s in m.pii:
            d: dict[str, Any] = {"type": s.etype, "family": s.family}
            if s.group:
                d["group"] = s.group
            d.update(start=s.start, end=s.end, value=m.text[s.start : s.end])
            pii.append(d)
        keep = [{"kind": k, "start": a, "end": b, "value": m.text[a:b]} for k, a, b in m.keep]
        messages.append({"text": m.text, "pii": pii, "must_keep": keep})
    return json.dumps(
        {"id": conv_id, "lang": lang, "locale": locale, "split": split, "messages": messages},
        ensure_ascii=False,
    )


def _norm(msg: str) -> str:
    return " ".join(msg.lower().split())


def check_templates(mods: dict[str, ModuleType]) -> None:
    for lang, mod in mods.items():
        seen: dict[str, str] = {}
        for split in SPLITS:
            for t in getattr(mod, split.upper()):
                _, msgs = _template_messages(t)
                for raw in msgs:
                    literal = SLOT.sub("", raw)
                    if re.search(r"\d", literal):
                        raise CorpusError(f"{lang}: digit in template literal {raw!r}")
                    key = _norm(raw)
                    if seen.get(key, split) != split:
                        raise CorpusError(f"{lang}: template message in both splits: {raw!r}")
                    seen[key] = split
        for etype in values.TYPES:
            labels = mod.LABELS.get(etype)
            if not labels or any(re.search(r"\d", x) for x in labels):
                raise CorpusError(f"{lang}: LABELS for {etype} missing or holding a digit")


def verify_conversation(
    conv_id: str, locale: str, msgs: list[Msg], groups: dict[str, list[str]]
) -> None:
    for mi, m in enumerate(msgs):
        spans = sorted([(s.start, s.end) for s in m.pii] + [(a, b) for _, a, b in m.keep])
        for (a, b), (c, _) in zip(spans, spans[1:]):
            if c < b:
                raise CorpusError(f"{conv_id}: overlapping spans")
        covered = set()
        for a, b in spans:
            val = m.text[a:b]
            if not val or val != val.strip():
                raise CorpusError(f"{conv_id}: empty or padded span {val!r}")
            covered.update(range(a, b))
        for i, c in enumerate(m.text):
            if c.isdigit() and i not in covered:
                raise CorpusError(f"{conv_id}: digit outside spans at {i}")
        for s in m.pii:
            surf = m.text[s.start : s.end]
            if not values.validate(s.etype, s.canonical, locale):
                raise CorpusError(f"{conv_id}: invalid {s.etype}")
            if s.group is None:
                got = render.decode(s.etype, s.family, surf, locale)
                if got != s.canonical:
                    raise CorpusError(f"{conv_id}: {s.family} {s.etype} decodes to something else")
        for kind, a, b in m.keep:
            if not values.hard_negative_ok(m.text[a:b]):
                raise CorpusError(f"{conv_id}: must_keep {kind} looks like PII")
    for gid, parts in groups.items():
        where = [(mi, s) for mi, m in enumerate(msgs) for s in m.pii if s.group == gid]
        idx = [mi for mi, _ in where]
        if (
            len(where) != len(parts)
            or len(parts) < 2
            or idx != list(range(idx[0], idx[0] + len(idx)))
        ):
            raise CorpusError(f"{conv_id}: {gid} not one part per consecutive message")
        typed = [msgs[mi].text[s.start : s.end] for mi, s in where]
        etype, canon = where[0][1].etype, where[0][1].canonical
        if typed != parts or render.decode_parts(etype, typed, locale) != canon:
            raise CorpusError(f"{conv_id}: {gid} parts do not join to the value")


@dataclass
class Built:
    lines: dict[str, list[str]]
    stats: dict[str, Counter[str]]


def build() -> Built:
    mods = {lang: importlib.import_module(f".templates_{lang}", __package__) for lang in LANGS}
    check_templates(mods)
    lines: dict[str, list[str]] = {s: [] for s in SPLITS}
    stats: dict[str, Counter[str]] = {}
    for lang, mod in mods.items():
        for split in SPLITS:
            templates = getattr(mod, split.upper())
            per_cycle = sum(len(_template_messages(t)[1]) for t in templates)
            reps = math.ceil(TARGET_MESSAGES[split] / per_cycle)
            plan = new_plan()
            st: Counter[str] = Counter()
            for tix, template in enumerate(templates, start=1):
                for rep in range(1, reps + 1):
                    conv_id = f"satchelled-{lang}-{split}-{tix:03d}-{rep:02d}"
                    locale, msgs, groups = render_conversation(
                        mod, lang, split, tix, rep, template, plan
                    )
                    verify_conversation(conv_id, locale, msgs, groups)
                    lines[split].append(to_json(conv_id, lang, locale, split, msgs))
                    st["conversations"] += 1
                    st["messages"] += len(msgs)
                    st[f"locale {locale}"] += 1
                    st["multi_conversations"] += bool(groups)
                    for m in msgs:
                        for s in m.pii:
                            st["pii"] += 1
                            st[f"type {s.etype}"] += 1
                            st[f"family {s.family}"] += 1
                        for k, _, _ in m.keep:
                            st["must_keep"] += 1
                            st[f"keep {k}"] += 1
            st["templates"] = len(templates)
            st["reps"] = reps
            stats[f"{lang} {split}"] = st
            _check_coverage(lang, split, st)
    return Built(lines, stats)


def _check_coverage(lang: str, split: str, st: Counter[str]) -> None:
    missing = [t for t in values.TYPES if not st[f"type {t}"]] + [
        f for f in render.FAMILIES if not st[f"family {f}"]
    ]
    if missing:
        raise CorpusError(f"{lang} {split}: missing {', '.join(missing)}")
    if st["messages"] < MIN_MESSAGES[split]:
        raise CorpusError(f"{lang} {split}: only {st['messages']} messages")
    if st["multi_conversations"] < MULTI_SHARE * st["conversations"]:
        raise CorpusError(f"{lang} {split}: multi_message in too few conversations")


def serialise(built: Built) -> dict[str, bytes]:
    dev = ("\n".join(built.lines["dev"]) + "\n").encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(("\n".join(built.lines["sealed"]) + "\n").encode())
    return {"dev.jsonl": dev, "sealed.jsonl.gz": buf.getvalue()}


def print_stats(built: Built) -> None:
    total: dict[str, Counter[str]] = {"all": Counter(), "dev": Counter(), "sealed": Counter()}
    for key, st in built.stats.items():
        lang, split = key.split()
        for c in (total["all"], total[split]):
            c.update({k: v for k, v in st.items() if k not in ("templates", "reps")})
            c["templates"] += st["templates"]

    def line(name: str, st: Counter[str]) -> str:
        share = 100 * st["multi_conversations"] / max(1, st["conversations"])
        return (
            f"{name:<10} templates={st['templates']:<4} conversations={st['conversations']:<5} "
            f"messages={st['messages']:<5} pii={st['pii']:<5} must_keep={st['must_keep']:<5} "
            f"multi_message_conversations={share:.1f}%"
        )

    for name in ("all", "dev", "sealed"):
        print(line(name, total[name]))
    for key, st in built.stats.items():
        print(line(key, st) + f" reps={st['reps']}")
    for prefix in ("type", "family", "keep", "locale"):
        print(f"\nper {prefix} (dev / sealed):")
        keys = sorted({k for c in total.values() for k in c if k.startswith(prefix + " ")})
        for k in keys:
            print(f"  {k[len(prefix) + 1 :]:<42} {total['dev'][k]:>5} / {total['sealed'][k]:>5}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="regenerate in memory and compare with the files"
    )
    ap.add_argument("--stats", action="store_true", help="print counts only")
    args = ap.parse_args(argv)
    try:
        built = build()
    except CorpusError as err:
        print(f"verification failed: {err}", file=sys.stderr)
        return 1
    blobs = serialise(built)
    if args.stats:
        print_stats(built)
        return 0
    if args.check:
        bad = [
            name
            for name, blob in blobs.items()
            if not (HERE / name).is_file() or (HERE / name).read_bytes() != blob
        ]
        if bad:
            print(f"check failed: {', '.join(bad)} differ from a fresh rendering", file=sys.stderr)
            return 1
        print("check passed: dev.jsonl and sealed.jsonl.gz are byte-identical to a fresh rendering")
        return 0
    for name, blob in blobs.items():
        (HERE / name).write_bytes(blob)
    print(
        f"wrote dev.jsonl ({len(built.lines['dev'])} conversations) and "
        f"sealed.jsonl.gz ({len(built.lines['sealed'])} conversations)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
