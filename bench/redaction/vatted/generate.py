"""Render the vatted templates into dev.jsonl and sealed.jsonl.gz, refusing on any broken rule.

python -m bench.redaction.vatted.generate [--check | --stats]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .render import RenderError, render, split_parts
from .values import VALIDATORS, draw, hard_negative, looks_like_pii

HERE = Path(__file__).parent
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = {"dev": 4, "sealed": 5}
TYPES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
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
    "AKEY": "AWS_ACCESS_KEY",
    "SKEY": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
FAMILIES = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "n": "split_by_noise",
    "l": "letter_substitution",
    "w": "spelled_out",
    "e": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cx": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}
PLACEHOLDER = re.compile(r"\{(#[a-z]+|[A-Z]+(?::[a-z]+)?(?::[a-z])?)\}")
MULTI_SHARE = 0.08
# Placeholder names stay digit-free like the rest of the template text.
KIND_ALIASES = {"zipplus": "zip4"}


class CorpusError(Exception):
    """The corpus breaks one of its own rules; nothing is written."""


def _literal(msg: str) -> str:
    return PLACEHOLDER.sub("", msg)


def _normalise(msg: str) -> str:
    s = unicodedata.normalize("NFKD", msg.lower())
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).split())


def build_conversation(
    lang: str, split: str, idx: int, rep: int, tpl: tuple[str, ...]
) -> dict[str, Any]:
    locale, msgs = tpl[0], tpl[1:]
    rng = random.Random(f"vatted|{lang}|{split}|{idx:03d}|{rep:02d}")
    cid = f"vatted-{lang}-{split}-{idx:03d}-{rep:02d}"
    # Multi-message groups: one value, as many parts as the template has placeholders.
    group_counts = Counter(
        m.group(1) for msg in msgs for m in PLACEHOLDER.finditer(msg) if m.group(1).count(":") == 2
    )
    groups: dict[str, tuple[str, list[str], str, str]] = {}
    for key, n in sorted(group_counts.items()):
        code = key.split(":")[0]
        v = draw(TYPES[code], rng, locale)
        gid = f"{cid}-g{len(groups) + 1}"
        groups[key] = (v.canonical, split_parts(v, n, rng), gid, v.type)
    used = Counter[str]()
    messages = []
    for msg in msgs:
        text, pii, keep, pos = "", [], [], 0
        for m in PLACEHOLDER.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            key = m.group(1)
            start = len(text)
            if key.startswith("#"):
                kind = KIND_ALIASES.get(key[1:], key[1:])
                val = hard_negative(rng, kind, locale)
                text += val
                keep.append({"kind": kind, "start": start, "end": len(text), "value": val})
                continue
            parts = key.split(":")
            if len(parts) == 3:
                canonical, pieces, gid, t = groups[key]
                val = pieces[used[key]]
                used[key] += 1
                text += val
                pii.append(
                    {
                        "type": t,
                        "family": "multi_message",
                        "group": gid,
                        "start": start,
                        "end": len(text),
                        "value": val,
                        "_canonical": canonical,
                    }
                )
                continue
            fam = FAMILIES[parts[1] if len(parts) > 1 else "p"]
            for _ in range(50):  # letter_substitution needs a value with a 0 or 1 in it
                v = draw(TYPES[parts[0]], rng, locale)
                try:
                    val = render(v, fam, lang, rng)
                    break
                except RenderError:
                    if fam != "letter_substitution":
                        raise
            else:
                raise CorpusError(f"{cid}: cannot render {key}")
            text += val
            pii.append(
                {
                    "type": v.type,
                    "family": fam,
                    "start": start,
                    "end": len(text),
                    "value": val,
                    "_canonical": v.canonical,
                }
            )
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    return {"id": cid, "lang": lang, "locale": locale, "split": split, "messages": messages}


def check_conversation(conv: dict[str, Any]) -> None:
    group_msgs: dict[str, list[int]] = {}
    for mi, msg in enumerate(conv["messages"]):
        text = msg["text"]
        covered = [False] * len(text)
        spans = msg["pii"] + msg["must_keep"]
        for s in spans:
            val = text[s["start"] : s["end"]]
            if val != s["value"] or not val or val != val.strip():
                raise CorpusError(f"{conv['id']}: bad span {s!r}")
            if any(covered[s["start"] : s["end"]]):
                raise CorpusError(f"{conv['id']}: overlapping spans")
            for i in range(s["start"], s["end"]):
                covered[i] = True
        for i, ch in enumerate(text):
            if ch.isdigit() and not covered[i]:
                raise CorpusError(f"{conv['id']}: digit outside any span in message {mi}")
        for s in msg["pii"]:
            if not VALIDATORS[s["type"]](s["_canonical"]):
                raise CorpusError(f"{conv['id']}: invalid {s['type']}")
            if s["family"] == "multi_message":
                group_msgs.setdefault(s["group"], []).append(mi)
            if s["family"] == "context_only" and text.strip() != s["value"]:
                raise CorpusError(f"{conv['id']}: context_only value not alone")
        for k in msg["must_keep"]:
            if looks_like_pii(k["value"]):
                raise CorpusError(f"{conv['id']}: hard negative passes a PII check")
    for gid, idx in group_msgs.items():
        if len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
            raise CorpusError(f"{gid}: parts not one per consecutive message")


def check_templates() -> None:
    for lang, mod in LANGS.items():
        seen: dict[str, str] = {}
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for tpl in tpls:
                if not 2 <= len(tpl) <= 5:
                    raise CorpusError(f"{lang}: template with {len(tpl) - 1} messages")
                for msg in tpl[1:]:
                    lit = _literal(msg)
                    if any(c.isdigit() for c in lit):
                        raise CorpusError(f"{lang}: digit in template literal {msg!r}")
                    for m in PLACEHOLDER.finditer(msg):
                        code = m.group(1)
                        if not code.startswith("#"):
                            p = code.split(":")
                            if p[0] not in TYPES or (len(p) > 1 and p[1] not in FAMILIES):
                                raise CorpusError(f"{lang}: unknown placeholder {code}")
                    # A bare value has no template text to leak, so it may recur.
                    if not re.search(r"[^\W\d_]{2}", lit):
                        continue
                    key = _normalise(msg)
                    if seen.get(key, split) != split:
                        raise CorpusError(f"{lang}: template message in both splits: {msg!r}")
                    seen[key] = split


def build() -> dict[str, list[dict[str, Any]]]:
    check_templates()
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for lang, mod in LANGS.items():
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            convs = [
                build_conversation(lang, split, i + 1, r + 1, tpl)
                for i, tpl in enumerate(tpls)
                for r in range(REPS[split])
            ]
            for c in convs:
                check_conversation(c)
            types = {s["type"] for c in convs for m in c["messages"] for s in m["pii"]}
            fams = {s["family"] for c in convs for m in c["messages"] for s in m["pii"]}
            missing = (set(TYPES.values()) - types) | (set(FAMILIES.values()) - fams)
            if missing:
                raise CorpusError(f"{lang}/{split}: missing {sorted(missing)}")
            multi = sum(
                any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"])
                for c in convs
            )
            if multi < MULTI_SHARE * len(convs):
                raise CorpusError(
                    f"{lang}/{split}: multi_message share {multi}/{len(convs)} below 8%"
                )
            out[split].extend(convs)
    for convs in out.values():
        for c in convs:
            for m in c["messages"]:
                for s in m["pii"]:
                    del s["_canonical"]
    return out


def serialise(out: dict[str, list[dict[str, Any]]]) -> tuple[bytes, bytes]:
    def lines(convs: list[dict[str, Any]]) -> bytes:
        return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode()

    buf = io.BytesIO()
    # mtime 0 and no file name keep the gzip byte-reproducible.
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buf, mtime=0) as gz:
        gz.write(lines(out["sealed"]))
    return lines(out["dev"]), buf.getvalue()


def stats(out: dict[str, list[dict[str, Any]]]) -> str:
    rows = []
    for name, convs in (
        ("all", out["dev"] + out["sealed"]),
        ("dev", out["dev"]),
        ("sealed", out["sealed"]),
    ):
        msgs = [m for c in convs for m in c["messages"]]
        pii = sum(len(m["pii"]) for m in msgs)
        keep = sum(len(m["must_keep"]) for m in msgs)
        counts = f"{len(convs)} conversations, {len(msgs)} messages"
        rows.append(f"{name}: {counts}, {pii} pii spans, {keep} must_keep")
    for lang, mod in LANGS.items():
        convs = [c for c in out["dev"] + out["sealed"] if c["lang"] == lang]
        rows.append(
            f"  {lang}: templates dev {len(mod.DEV)} sealed {len(mod.SEALED)}; "
            f"messages {sum(len(c['messages']) for c in convs)}"
        )
    fam = Counter(
        s["family"] for c in out["dev"] + out["sealed"] for m in c["messages"] for s in m["pii"]
    )
    typ = Counter(
        s["type"] for c in out["dev"] + out["sealed"] for m in c["messages"] for s in m["pii"]
    )
    rows.append("families: " + ", ".join(f"{k} {v}" for k, v in sorted(fam.items())))
    rows.append("types: " + ", ".join(f"{k} {v}" for k, v in sorted(typ.items())))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate in memory and compare bytes")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    try:
        out = build()
    except CorpusError as e:
        print(f"refusing to write: {e}", file=sys.stderr)
        return 1
    dev, sealed = serialise(out)
    if args.stats:
        print(stats(out))
        return 0
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: ok" if same else "check: outputs differ from the templates")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(stats(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
