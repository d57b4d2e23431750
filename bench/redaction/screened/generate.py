"""Generate the corpus: `python -m bench.redaction.screened.generate [--check | --sample N]`.

WARNING: the templates and this generator ARE the sealed split. Anyone tuning a detector must
never read them; read dev.jsonl only.

Every template is instantiated 5 times with values drawn from `random.Random` seeded with
strings (independent of PYTHONHASHSEED). Templates are split per language, about 30% to dev and
70% to sealed, so that every family and entity type of a language is in both splits. Nothing is
written unless every self-check passes.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from . import mustkeep
from .render import render, unrender
from .values import DRAW, REGION, Value, is_valid, looks_like_identifier

HERE = Path(__file__).parent
LANGS = ("en", "es", "fr", "de", "pt")
INSTANCES = 5
DEV_SHARE = 0.3

FAMILIES = {
    "plain": "plain",
    "sd": "spaced_or_dashed",
    "noise": "split_by_noise",
    "leet": "letter_substitution",
    "spell": "spelled_out",
    "esp": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibr": "iban_broken",
    "mm": "multi_message",
    "ctx": "context_only",
}
CONTEXT_DEFAULT = {"CVV", "PIN", "PWD", "ACCT", "ROUTING"}
SLOT = re.compile(r"\{([A-Za-z_]+)(?:@([A-Z]{2}))?(?::([a-z]+))?(?::(g\d))?\}")


class CheckError(Exception):
    pass


def load_templates(lang: str) -> list[tuple[str, ...]]:
    mod = importlib.import_module(f"bench.redaction.screened.templates_{lang}")
    return list(mod.TEMPLATES)


def slot_features(tpl: tuple[str, ...]) -> set[tuple[str, str]]:
    feats: set[tuple[str, str]] = set()
    for msg in tpl[1:]:
        for m in SLOT.finditer(msg):
            name, _, fam, _ = m.groups()
            if name.islower():
                continue
            etype = draw_type(name)
            feats.add(("type", etype))
            feats.add(("family", FAMILIES[fam or default_family(name)]))
    return feats


TYPE_OF = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "AWSSECRET": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUERID": "DE_TAX_ID",
    "NIF": "PT_NIF",
}


def draw_type(name: str) -> str:
    if name not in TYPE_OF:
        raise CheckError(f"unknown slot {name}")
    return TYPE_OF[name]


def default_family(name: str) -> str:
    return "ctx" if name in CONTEXT_DEFAULT else "plain"


def draw_value(name: str, region: str, lang: str, family: str, rng: random.Random) -> Value:
    for _ in range(100):
        if name == "EXP":
            v = DRAW[name](rng, region, lang)
        elif name == "PWD" and family == "url_credentials":
            v = DRAW[name](rng, region, url_safe=True)
        else:
            v = DRAW[name](rng, region)
        has01 = any(c in "01" for f in v.forms for c in f)
        if family == "letter_substitution" and (not has01 or set(v.compact.upper()) & set("OIL")):
            continue  # needs a 0 or 1 to disguise, and no letter that would read as a digit
        if family == "spelled_out" and not v.numeric:
            continue
        return v
    raise CheckError(f"cannot draw {name} for {family}")


def split_parts(v: Value, n: int, rng: random.Random) -> list[str]:
    """Cut a printed form into n consecutive pieces at group boundaries when possible."""
    form = rng.choice([f for f in v.forms if " " in f or "-" in f] or v.forms)
    groups = re.split(r"(?<=[0-9A-Za-z])[\s\-.]+(?=[0-9A-Za-z+])", form)
    if len(groups) < n:
        s = v.compact
        cuts = sorted(rng.sample(range(2, len(s) - 1), n - 1))
        return [s[a:b] for a, b in zip([0, *cuts], [*cuts, len(s)], strict=True)]
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    sep = " " if " " in form else "-"
    return [sep.join(groups[a:b]) for a, b in zip([0, *cuts], [*cuts, len(groups)], strict=True)]


def instantiate(lang: str, tid: int, tpl: tuple[str, ...], k: int) -> tuple[list[dict], list]:
    locale, msgs = tpl[0], tpl[1:]
    region = REGION[locale]
    rng = random.Random(f"sc10:{lang}:{tid}:{k}")
    group_sizes = Counter(m.group(4) for msg in msgs for m in SLOT.finditer(msg) if m.group(4))
    groups: dict[str, list[str]] = {}
    group_seen: Counter[str] = Counter()
    drawn: list = []  # (value, family, surface or parts, lang) for the round trip
    out = []
    for msg in msgs:
        text, pii, keep = "", [], []
        pos = 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            name, override, fam, gid = m.groups()
            start = len(text)
            if name.islower():
                if name not in mustkeep.KINDS:
                    raise CheckError(f"unknown must_keep kind {name}")
                surface = mustkeep.draw(name, rng, region, lang)
                text += surface
                keep.append({"kind": name, "start": start, "end": len(text), "value": surface})
                continue
            family = FAMILIES[fam or default_family(name)]
            vregion = override or region
            if gid:
                if gid not in groups:
                    v = draw_value(name, vregion, lang, family, rng)
                    groups[gid] = split_parts(v, group_sizes[gid], rng)
                    drawn.append((v, family, groups[gid], vregion))
                surface = groups[gid][group_seen[gid]]
                group_seen[gid] += 1
            else:
                v = draw_value(name, vregion, lang, family, rng)
                surface = render(v, family, lang, locale, rng)
                drawn.append((v, family, surface, vregion))
            text += surface
            item = {
                "type": v.etype if not gid else TYPE_OF[name],
                "family": family,
                "start": start,
                "end": len(text),
                "value": surface,
            }
            if gid:
                item["group"] = gid
            pii.append(item)
        text += msg[pos:]
        out.append({"text": text, "pii": pii, "must_keep": keep})
    return out, drawn


def check_conversation(cid: str, messages: list[dict], drawn: list, lang: str, region: str) -> None:
    for mi, m in enumerate(messages):
        text = m["text"]
        spans = []
        for item in m["pii"] + m["must_keep"]:
            s, e, val = item["start"], item["end"], item["value"]
            if text[s:e] != val or not val or val != val.strip():
                raise CheckError(f"{cid} msg {mi}: bad offsets for {item}")
            spans.append((s, e))
        spans.sort()
        for (_, b), (c, _) in itertools.pairwise(spans):
            if c < b:
                raise CheckError(f"{cid} msg {mi}: overlapping spans")
        covered = set()
        for s, e in spans:
            covered.update(range(s, e))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise CheckError(f"{cid} msg {mi}: digit outside spans at {i}")
        for item in m["pii"]:
            if item["type"] not in TYPE_OF.values() or item["family"] not in FAMILIES.values():
                raise CheckError(f"{cid} msg {mi}: unknown type or family")
            if ("group" in item) != (item["family"] == "multi_message"):
                raise CheckError(f"{cid} msg {mi}: group without multi_message or vice versa")
        for item in m["must_keep"]:
            if looks_like_identifier(item["value"], region):
                raise CheckError(f"{cid}: must_keep value passes an identifier check")
    # multi-message groups: one part per message, consecutive messages
    where: dict[str, list[int]] = defaultdict(list)
    for mi, m in enumerate(messages):
        for item in m["pii"]:
            if "group" in item:
                where[item["group"]].append(mi)
    for gid, idx in where.items():
        if len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
            raise CheckError(f"{cid}: group {gid} not over consecutive messages")
    for v, family, surface, vregion in drawn:
        if not is_valid(v, vregion):
            raise CheckError(f"{cid}: invalid {v.etype}")
        if family == "multi_message":
            ok = unrender("".join(surface), v, "spaced_or_dashed", lang)
        else:
            ok = unrender(surface, v, family, lang)
        if not ok:
            raise CheckError(f"{cid}: {family} does not round trip to the {v.etype}")


def assign_splits(lang: str, templates: list[tuple[str, ...]]) -> list[str]:
    feats = [slot_features(t) for t in templates]
    order = list(range(len(templates)))
    random.Random(f"sc10-split:{lang}").shuffle(order)
    target = round(DEV_SHARE * len(templates))
    nondev = Counter(f for fs in feats for f in fs)
    dev: set[int] = set()
    covered: set = set()

    def can_move(i: int) -> bool:
        return all(nondev[f] >= 2 for f in feats[i])

    for i in order:  # first cover every feature in dev
        if len(dev) < target and feats[i] - covered and can_move(i):
            dev.add(i)
            covered |= feats[i]
            for f in feats[i]:
                nondev[f] -= 1
    for i in order:  # then fill dev to its share
        if len(dev) < target and i not in dev and can_move(i):
            dev.add(i)
            for f in feats[i]:
                nondev[f] -= 1
    return ["dev" if i in dev else "sealed" for i in range(len(templates))]


def build() -> tuple[list[dict], dict[str, Any]]:
    rows: list[dict] = []
    stats: dict[str, Any] = {}
    for lang in LANGS:
        templates = load_templates(lang)
        splits = assign_splits(lang, templates)
        n = 0
        for tid, tpl in enumerate(templates):
            if tpl[0] not in REGION or not tpl[0].startswith(lang) or len(tpl) < 2 or len(tpl) > 5:
                raise CheckError(f"{lang} template {tid}: bad locale or message count")
            seen = set()
            for k in range(INSTANCES):
                n += 1
                cid = f"sc10-{lang}-{n:04d}"
                messages, drawn = instantiate(lang, tid, tpl, k)
                check_conversation(cid, messages, drawn, lang, REGION[tpl[0]])
                key = tuple(it["value"] for m in messages for it in m["pii"])
                if key and key in seen:
                    raise CheckError(f"{cid}: instance repeats values of template {tid}")
                seen.add(key)
                rows.append(
                    {
                        "id": cid,
                        "lang": lang,
                        "locale": tpl[0],
                        "split": splits[tid],
                        "messages": messages,
                        "_tid": tid,
                    }
                )
        stats[lang] = {
            "templates": len(templates),
            "dev_templates": splits.count("dev"),
            "sealed_templates": splits.count("sealed"),
        }
    check_corpus(rows, stats)
    for r in rows:
        del r["_tid"]
    return rows, stats


def check_corpus(rows: list[dict], stats: dict[str, Any]) -> None:
    problems = []
    per: dict[tuple[str, str], set] = defaultdict(set)
    msgs: Counter[str] = Counter()
    msgs_split: Counter[tuple[str, str]] = Counter()
    convs_split: Counter[tuple[str, str]] = Counter()
    empty: Counter[str] = Counter()
    mm: Counter[str] = Counter()
    convs: Counter[str] = Counter()
    for r in rows:
        lang, split = r["lang"], r["split"]
        convs[lang] += 1
        convs_split[(lang, split)] += 1
        if any("group" in it for m in r["messages"] for it in m["pii"]):
            mm[lang] += 1
        for m in r["messages"]:
            msgs[lang] += 1
            msgs_split[(lang, split)] += 1
            if not m["pii"]:
                empty[lang] += 1
            for it in m["pii"]:
                per[(lang, split)] |= {("type", it["type"]), ("family", it["family"])}
    for lang in LANGS:
        missing = per[(lang, "dev")] ^ per[(lang, "sealed")]
        if missing:
            problems.append(f"{lang}: only in one split: {sorted(missing)}")
        fams = {f for kind, f in per[(lang, "dev")] if kind == "family"}
        if set(FAMILIES.values()) - fams:
            problems.append(f"{lang}: families missing: {sorted(set(FAMILIES.values()) - fams)}")
        stats[lang].update(
            conversations=convs[lang],
            messages=msgs[lang],
            no_pii_messages=empty[lang],
            multi_message_conversations=mm[lang],
            dev_conversations=convs_split[(lang, "dev")],
            sealed_conversations=convs_split[(lang, "sealed")],
            dev_messages=msgs_split[(lang, "dev")],
            sealed_messages=msgs_split[(lang, "sealed")],
        )
        share = stats[lang]["dev_templates"] / stats[lang]["templates"]
        if not 0.25 <= share <= 0.35:
            problems.append(f"{lang}: dev share {share:.2f}")
    total_t = sum(s["templates"] for s in stats.values())
    total_m = sum(msgs.values())
    total_c = sum(convs.values())
    if total_t < 600:
        problems.append(f"only {total_t} templates")
    if total_m < 3000:
        problems.append(f"only {total_m} messages")
    if max(msgs.values()) > 1.5 * min(msgs.values()):
        problems.append(f"languages unbalanced: {dict(msgs)}")
    ratio = sum(empty.values()) / total_m
    if not 0.15 <= ratio <= 0.20:
        problems.append(f"messages without PII: {ratio:.3f}")
    if sum(mm.values()) / total_c < 0.08:
        problems.append(f"multi-message conversations: {sum(mm.values()) / total_c:.3f}")
    stats["_total"] = {
        "templates": total_t,
        "conversations": total_c,
        "messages": total_m,
        "no_pii_share": round(ratio, 3),
        "multi_message_share": round(sum(mm.values()) / total_c, 3),
    }
    if problems:
        raise CheckError("; ".join(problems))


def serialise(rows: list[dict]) -> tuple[bytes, bytes]:
    def lines(split: str) -> bytes:
        return "".join(
            json.dumps(r, ensure_ascii=False) + "\n" for r in rows if r["split"] == split
        ).encode()

    return lines("dev"), gzip.compress(lines("sealed"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if files on disk differ")
    ap.add_argument("--sample", type=int, metavar="N", help="print N dev rows")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    try:
        rows, stats = build()
    except CheckError as e:
        print(f"self-check failed: {e}", file=sys.stderr)
        return 1
    dev, sealed = serialise(rows)
    if args.stats:
        print(json.dumps(stats, indent=1))
        return 0
    if args.sample:
        dev_rows = [r for r in rows if r["split"] == "dev"]
        for r in random.Random("sample").sample(dev_rows, min(args.sample, len(dev_rows))):
            print(json.dumps(r, ensure_ascii=False))
        return 0
    # The sealed split was opened once (2026-11-29 07:20, see README.md's seal log): it is
    # a development split now, under the name the benchmark lists it by.
    paths = {HERE / "dev.jsonl": dev, HERE / "opened.jsonl.gz": sealed}
    if args.check:
        stale = [p.name for p, b in paths.items() if not p.exists() or p.read_bytes() != b]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        return 0
    for p, b in paths.items():
        p.write_bytes(b)
    print(
        f"wrote {sum(1 for r in rows if r['split'] == 'dev')} dev and "
        f"{sum(1 for r in rows if r['split'] == 'sealed')} sealed conversations"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
