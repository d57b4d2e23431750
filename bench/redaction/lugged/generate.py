# ruff: noqa: E501
"""Generate (or check) the lugged corpus: ``python -m bench.redaction.lugged.generate``.

Refuses to write unless every invariant of the brief holds, so a broken template cannot slip
into the sealed split unnoticed. ``--check`` regenerates in memory and compares bytes;
``--stats`` prints counts.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib
import io
import itertools
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from . import render, values

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "fr", "de", "pt")
LOCALES = {"en": ("en-US", "en-GB"), "es": ("es-ES", "es-MX"), "fr": ("fr-FR",),
           "de": ("de-DE",), "pt": ("pt-BR", "pt-PT")}  # fmt: skip
REPS = {"dev": 8, "sealed": 8}
TYPE_ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER", "CVV": "CREDIT_DEBIT_CVV", "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN", "PWD": "PASSWORD", "USER": "USERNAME", "EMAIL": "EMAIL", "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER", "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT": "SWIFT_CODE", "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASS": "PASSPORT_NUMBER", "DL": "DRIVER_ID", "IP": "IP_ADDRESS", "MAC": "MAC_ADDRESS",
    "AKEY": "AWS_ACCESS_KEY", "SKEY": "AWS_SECRET_KEY", "DNI": "ES_DNI", "NIE": "ES_NIE",
    "CURP": "MX_CURP", "RFC": "MX_RFC", "CLABE": "MX_CLABE", "CPF": "BR_CPF", "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR", "STID": "DE_TAX_ID", "NIF": "PT_NIF",
}  # fmt: skip
FAM_ALIAS = {
    "pl": "plain", "sd": "spaced_or_dashed", "noise": "split_by_noise",
    "sub": "letter_substitution", "spell": "spelled_out", "mail": "email_spelled",
    "pct": "percent_encoded", "url": "url_credentials", "kv": "key_value_secret",
    "cexp": "compact_expiry", "ib": "iban_broken", "ctx": "context_only", "multi": "multi_message",
}  # fmt: skip
FAMILIES = tuple(FAM_ALIAS.values())
SLOT = re.compile(r"\{([^{}]+)\}")


class CorpusError(Exception):
    """An invariant of the brief does not hold; nothing is written."""


def _choose(template: list[str], rep: int, lang: str) -> dict[str, tuple[str, str]]:
    """Pick (type, family) per variable, cycling by rep so a few reps cover every option."""
    chosen: dict[str, tuple[str, str]] = {}
    for msg in template:
        for slot in SLOT.findall(msg):
            if "=" not in slot:
                continue
            var, spec = slot.split("=", 1)
            tspec, fspec = spec.split("/")
            types = [TYPE_ALIAS[t] for t in tspec.split("|")]
            type_ = types[rep % len(types)]
            fams = [FAM_ALIAS[f] for f in fspec.split("|")]
            ok = [f for f in fams if render.applicable(type_, f)]
            if not ok:
                raise CorpusError(f"{lang}: no family of {fspec} fits {type_} in {msg!r}")
            chosen[var] = (type_, ok[(rep + rep // len(types)) % len(ok)])
    return chosen


def _draw(rng: random.Random, type_: str, family: str, locale: str) -> str:
    while True:
        canon = values.draw(rng, type_, locale)
        if family == "letter_substitution" and not set("01") & set(canon):
            continue
        if family == "url_credentials" and type_ == "PASSWORD":
            canon = re.sub(r"[#?$/]", "!", canon)
        if family == "percent_encoded" and type_ == "PASSWORD" and not re.search(r"[!#*$?]", canon):
            continue
        return canon


def build(
    lang: str, split: str, tidx: int, rep: int, template: list[str], ctx: dict[str, list[str]]
) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """Render one conversation; also return (type, canonical, locale) for validation."""
    rng = random.Random(f"lugged|{lang}|{split}|{tidx:03d}|{rep:02d}")
    msgs = list(template)
    locale = LOCALES[lang][rep % len(LOCALES[lang])]
    if msgs[0].startswith("@"):
        locale, msgs = msgs[0][1:], msgs[1:]
    cid = f"lugged-{lang}-{split}-{tidx:03d}-{rep:02d}"
    chosen = _choose(msgs, rep, lang)
    canon = {v: _draw(rng, t, f, locale) for v, (t, f) in chosen.items()}
    multi: dict[str, list[str]] = {}
    for var, (t, f) in chosen.items():
        if f == "multi_message":
            k = sum(m.count("{" + var + "}") + m.count("{" + var + "=") for m in msgs)
            if k < 2:
                raise CorpusError(f"{cid}: multi_message {var} typed in one message")
            multi[var] = render.multi_parts(rng, t, canon[var], k, locale)
    checks = [(t, canon[v], locale) for v, (t, _) in chosen.items()]
    out_msgs = []
    gnum = {v: i + 1 for i, v in enumerate(sorted(multi))}
    for msg in msgs:
        text, pii, keep = "", [], []
        pos = 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            slot = m.group(1)
            if slot.startswith("#"):
                while True:
                    neg = render.negative(rng, slot[1:], lang, locale)
                    if values.negative_is_safe(neg):
                        break
                keep.append(
                    {
                        "kind": slot[1:],
                        "start": len(text),
                        "end": len(text) + len(neg),
                        "value": neg,
                    }
                )
                text += neg
                continue
            if slot.startswith("c:"):
                alias = _alias_of(chosen[slot[2:]][0])
                text += rng.choice(ctx.get(f"{alias}@{locale}", ctx[alias]))
                continue
            var = slot.split("=")[0]
            type_, family = chosen[var]
            if family == "multi_message":
                val, pre, post = multi[var].pop(0), "", ""
            else:
                pre, val, post = render.surface(rng, type_, canon[var], family, lang, locale)
            text += pre
            span: dict[str, Any] = {"type": type_, "family": family}
            if family == "multi_message":
                span["group"] = f"{cid}-g{gnum[var]}"
            span.update(start=len(text), end=len(text) + len(val), value=val)
            pii.append(span)
            text += val + post
        text += msg[pos:]
        out_msgs.append({"text": text, "pii": pii, "must_keep": keep})
    conv = {"id": cid, "lang": lang, "locale": locale, "split": split, "messages": out_msgs}
    return conv, checks


def _alias_of(type_: str) -> str:
    return next(a for a, t in TYPE_ALIAS.items() if t == type_)


def _check_conv(conv: dict[str, Any]) -> None:
    cid = conv["id"]
    group_msgs: dict[str, list[int]] = collections.defaultdict(list)
    for i, msg in enumerate(conv["messages"]):
        text = msg["text"]
        covered = [False] * len(text)
        spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
        for a, b in itertools.pairwise(spans):
            if a["end"] > b["start"]:
                raise CorpusError(f"{cid}: overlapping spans")
        for s in spans:
            v = text[s["start"] : s["end"]]
            if v != s["value"] or not v or v != v.strip():
                raise CorpusError(f"{cid}: bad span {s['value']!r}")
            for j in range(s["start"], s["end"]):
                covered[j] = True
            if s.get("family") == "context_only" and text != v:
                raise CorpusError(f"{cid}: context_only value is not alone")
            if "group" in s:
                group_msgs[s["group"]].append(i)
        for j, ch in enumerate(text):
            if ch.isdigit() and not covered[j]:
                raise CorpusError(f"{cid}: stray digit in {text!r}")
    for g, idx in group_msgs.items():
        if len(idx) < 2 or idx != list(range(idx[0], idx[0] + len(idx))):
            raise CorpusError(f"{g}: parts not one per consecutive message")


def _norm(msg: str) -> str:
    return " ".join(SLOT.sub("{}", msg).lower().split())


def generate() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for lang in LANGS:
        mod = importlib.import_module(f".templates_{lang}", __package__)
        seen: dict[str, set[str]] = {}
        if any(re.search(r"\d", w) for words in mod.CTX.values() for w in words):
            raise CorpusError(f"{lang}: digit in a context word")
        for split, templates in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            # A message that is a bare slot carries no wording, so it may recur across splits.
            seen[split] = {_norm(m) for t in templates for m in t if not m.startswith("@")} - {"{}"}
            types: set[str] = set()
            fams: set[str] = set()
            convs = []
            for tidx, template in enumerate(templates):
                for m in template:
                    if re.search(r"\d", SLOT.sub("", m)):
                        raise CorpusError(f"{lang}: digit in template literal {m!r}")
                for rep in range(getattr(mod, "REPS", REPS)[split]):
                    conv, checks = build(lang, split, tidx, rep, template, mod.CTX)
                    for type_, value, locale in checks:
                        if not values.is_valid(type_, value, locale):
                            raise CorpusError(f"{conv['id']}: invalid {type_} {value!r}")
                    _check_conv(conv)
                    for msg in conv["messages"]:
                        for s in msg["pii"]:
                            types.add(s["type"])
                            fams.add(s["family"])
                    convs.append(conv)
            if missing := set(values.TYPES) - types:
                raise CorpusError(f"{lang}/{split}: missing types {sorted(missing)}")
            if missing := set(FAMILIES) - fams:
                raise CorpusError(f"{lang}/{split}: missing families {sorted(missing)}")
            n_multi = sum(any("group" in s for m in c["messages"] for s in m["pii"]) for c in convs)
            if n_multi < 0.08 * len(convs):
                raise CorpusError(
                    f"{lang}/{split}: multi_message share {n_multi}/{len(convs)} < 8%"
                )
            out[split].extend(convs)
        if both := seen["dev"] & seen["sealed"]:
            raise CorpusError(f"{lang}: template messages in both splits: {sorted(both)[:3]}")
    return out


def serialise(out: dict[str, list[dict[str, Any]]]) -> tuple[bytes, bytes]:
    def lines(convs: list[dict[str, Any]]) -> bytes:
        return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode()

    buf = io.BytesIO()
    # No file name and mtime 0 keep the archive byte-reproducible.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(lines(out["sealed"]))
    return lines(out["dev"]), buf.getvalue()


def stats(out: dict[str, list[dict[str, Any]]]) -> str:
    rows = []

    def line(name: str, convs: list[dict[str, Any]]) -> str:
        msgs = [m for c in convs for m in c["messages"]]
        pii = sum(len(m["pii"]) for m in msgs)
        keep = sum(len(m["must_keep"]) for m in msgs)
        multi = sum(any("group" in s for m in c["messages"] for s in m["pii"]) for c in convs)
        return f"{name}: conversations={len(convs)} messages={len(msgs)} pii={pii} must_keep={keep} multi_message_convs={multi}"

    rows.append(line("all", out["dev"] + out["sealed"]))
    for split in ("dev", "sealed"):
        rows.append(line(split, out[split]))
        for lang in LANGS:
            rows.append(
                "  " + line(f"{split}/{lang}", [c for c in out[split] if c["lang"] == lang])
            )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate in memory and compare bytes")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    try:
        out = generate()
    except CorpusError as exc:
        print(f"refusing to write: {exc}", file=sys.stderr)
        return 1
    dev, sealed = serialise(out)
    if args.stats:
        print(stats(out))
        return 0
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: identical" if same else "check: DIFFERS")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(stats(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
