"""Write dev.jsonl and sealed.jsonl.gz, refusing to write a corpus that breaks its own rules.

``python -m bench.redaction.coffered.generate [--check | --stats]``
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from . import render, templates_de, templates_en, templates_es, templates_fr, templates_pt, values

HERE = Path(__file__).resolve().parent
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = {"dev": 4, "sealed": 6}
TYPES = (
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PASSWORD",
    "USERNAME",
    "EMAIL",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
)
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
    "context_only",
    "multi_message",
)
MIN_MULTI_SHARE = 0.08


class CorpusError(Exception):
    """A rule of the brief is broken; nothing is written."""


# Hard negatives ------------------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return values.digits(rng, n, first_nonzero=True)


def _keep_raw(kind: str, locale: str, rng: random.Random) -> str:
    comma = not locale.startswith("en")
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "order":
        return rng.choice(
            (_d(rng, 7), _d(rng, 6), f"{rng.choice(up)}{_d(rng, 6)}", f"PO-{_d(rng, 6)}")
        )
    if kind == "booking":
        return "".join(rng.choice(up) for _ in range(4)) + _d(rng, 2)
    if kind == "ticket":
        return rng.choice((_d(rng, 6), f"TK-{_d(rng, 5)}", f"INC{_d(rng, 7)}"))
    if kind == "contract":
        return f"{rng.choice(('CT', 'CN', 'K'))}-{rng.randint(2018, 2026)}-{_d(rng, 5)}"
    if kind == "invoice":
        return rng.choice(
            (
                f"INV-{_d(rng, 6)}",
                f"F{rng.randint(2023, 2026)}/{_d(rng, 4)}",
                f"{rng.randint(2023, 2026)}-{_d(rng, 5)}",
            )
        )
    if kind in ("amount", "price"):
        whole = rng.choice((rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 4999)))
        cents = f"{rng.randint(0, 99):02d}"
        if whole >= 1000 and rng.random() < 0.5:
            whole_s = f"{whole // 1000}{'.' if comma else ','}{whole % 1000:03d}"
        else:
            whole_s = str(whole)
        return f"{whole_s}{',' if comma else '.'}{cents}"
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)
        if locale == "en-US":
            return rng.choice((f"{m}/{d}", f"{m}/{d}/{y}"))
        if locale == "de-DE":
            return rng.choice((f"{d}.{m}.", f"{d:02d}.{m:02d}.{y}"))
        return rng.choice((f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}"))
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice((0, 15, 30, 45, 10, 50))
        if locale == "fr-FR":
            return rng.choice((f"{h}h{mi:02d}", f"{h}h"))
        return rng.choice((f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}"))
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "zip":
        return {
            "en-GB": lambda: rng.choice(("SW1A 1AA", "M1 1AE", "EC1A 1BB", "B33 8TH")),
            "pt-BR": lambda: f"{_d(rng, 5)}-{values.digits(rng, 3)}",
            "pt-PT": lambda: f"{_d(rng, 4)}-{values.digits(rng, 3)}",
        }.get(locale, lambda: f"{_d(rng, 5)}")()
    if kind == "zipplus":
        return f"{_d(rng, 5)}-{values.digits(rng, 4)}"
    if kind == "count":
        return str(rng.randint(2, 40))
    if kind == "flight":
        return rng.choice(("IB", "AF", "LH", "TP", "AM", "BA", "UA", "LA")) + str(
            rng.randint(100, 9999)
        )
    if kind == "model":
        return rng.choice(
            (
                f"SM-A{rng.randint(100, 599)}B",
                f"XR-{rng.randint(10, 99)}",
                f"WF{rng.randint(1000, 9999)}",
                f"TV-{rng.randint(40, 85)}Q",
            )
        )
    if kind == "version":
        return f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}"
    if kind == "room":
        return str(rng.randint(101, 940))
    if kind == "street":
        return str(rng.randint(1, 240))
    if kind == "tracking":
        return rng.choice(
            (
                f"1Z{''.join(rng.choice(up) for _ in range(6))}{_d(rng, 10)}",
                f"LX{_d(rng, 9)}{rng.choice(('PT', 'ES', 'DE', 'FR', 'BR'))}",
            )
        )
    raise CorpusError(f"unknown keep kind {kind}")


def keep_draw(kind: str, locale: str, rng: random.Random) -> str:
    """A hard negative whose every 5+ digit run fails every PII checker."""
    for _ in range(500):
        v = _keep_raw(kind, locale, rng)
        runs = re.findall(r"\d{5,}", v)
        if not any(values.looks_like_pii(r) for r in runs):
            return v
    raise CorpusError(f"no safe {kind}")


# Building and checking -----------------------------------------------------------------------


def _check_template(t: tuple[str, ...], where: str) -> None:
    for m in t:
        if re.search(r"\d", m):
            raise CorpusError(f"{where}: template literal holds a digit")
        for mt in render.SLOT.finditer(m):
            if mt.group(1) and (mt.group(1) not in TYPES or mt.group(2) not in FAMILIES):
                raise CorpusError(f"{where}: bad slot {mt.group(0)}")


def _norm(m: str) -> str:
    return re.sub(r"\W+", " ", m.lower()).strip()


def _check_conv(r: render.Rendered, cid: str) -> None:
    for etype, v in r.canon:
        if not values.validate(etype, v):
            raise CorpusError(f"{cid}: invalid canonical {etype}")
    for g, idxs in r.groups.items():
        if len(idxs) < 2 or idxs != list(range(idxs[0], idxs[0] + len(idxs))):
            raise CorpusError(f"{cid}: group {g} not one part per consecutive message")
    for m in r.messages:
        spans = sorted(
            [(s.start, s.end, s.value) for s in m.pii] + [(k.start, k.end, k.value) for k in m.keep]
        )
        for a, b in itertools.pairwise(spans):
            if b[0] < a[1]:
                raise CorpusError(f"{cid}: overlapping spans")
        covered = set()
        for s, e, v in spans:
            if m.text[s:e] != v or v != v.strip() or not v:
                raise CorpusError(f"{cid}: span text mismatch or outer whitespace")
            covered.update(range(s, e))
        for i, ch in enumerate(m.text):
            if ch.isdigit() and i not in covered:
                raise CorpusError(f"{cid}: unlabelled digit")


def build() -> tuple[list[dict[str, object]], list[str]]:
    rows: list[dict[str, object]] = []
    errors: list[str] = []
    seen: dict[str, str] = {}
    for lang, mod in LANGS.items():
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            types: Counter[str] = Counter()
            fams: Counter[str] = Counter()
            multi = 0
            for ti, t in enumerate(tpls):
                where = f"{lang}/{split}/{ti}"
                _check_template(t, where)
                for m in t:
                    # Bare-slot messages (context_only, multi parts) hold no phrasing to leak.
                    if m.startswith("@") or not render.SLOT.sub("", m).strip(" \n.,!?:;"):
                        continue
                    key = _norm(m)
                    if seen.setdefault(key, split) != split:
                        errors.append(f"{where}: message in both splits")
                for rep in range(REPS[split]):
                    cid = f"coffered-{lang}-{split}-{ti:03d}-{rep:02d}"
                    rng = random.Random(f"coffered|{lang}|{split}|{ti:03d}|{rep:02d}")
                    r = render.render(t, lang, rng, cid, keep_draw)
                    _check_conv(r, cid)
                    if r.groups:
                        multi += 1
                    msgs = []
                    for m in r.messages:
                        pii = []
                        for s in m.pii:
                            types[s.etype] += 1
                            fams[s.family] += 1
                            d: dict[str, object] = {"type": s.etype, "family": s.family}
                            if s.group:
                                d["group"] = s.group
                            d.update(start=s.start, end=s.end, value=s.value)
                            pii.append(d)
                        keep = [
                            {"kind": k.kind, "start": k.start, "end": k.end, "value": k.value}
                            for k in m.keep
                        ]
                        msgs.append({"text": m.text, "pii": pii, "must_keep": keep})
                    rows.append(
                        {
                            "id": cid,
                            "lang": lang,
                            "locale": r.locale,
                            "split": split,
                            "messages": msgs,
                        }
                    )
            n = len(tpls) * REPS[split]
            missing = [x for x in TYPES if not types[x]] + [x for x in FAMILIES if not fams[x]]
            if missing:
                errors.append(f"{lang}/{split}: missing {missing}")
            if n and multi / n < MIN_MULTI_SHARE:
                errors.append(f"{lang}/{split}: multi_message share {multi / n:.1%}")
    return rows, errors


def serialise(rows: list[dict[str, object]]) -> tuple[bytes, bytes]:
    def dump(split: str) -> bytes:
        lines = [json.dumps(r, ensure_ascii=False) for r in rows if r["split"] == split]
        return ("\n".join(lines) + "\n").encode("utf-8")

    return dump("dev"), gzip.compress(dump("sealed"), compresslevel=9, mtime=0)


def stats(rows: list[dict[str, object]]) -> None:
    def line(label: str, sel: list[dict[str, object]]) -> None:
        msgs = [m for r in sel for m in r["messages"]]  # type: ignore[attr-defined]
        pii = sum(len(m["pii"]) for m in msgs)
        keep = sum(len(m["must_keep"]) for m in msgs)
        multi = sum(1 for r in sel if any(s.get("group") for m in r["messages"] for s in m["pii"]))  # type: ignore[attr-defined]
        print(
            f"{label}: {len(sel)} conversations, {len(msgs)} messages, {pii} pii spans, "
            f"{keep} must_keep, multi_message conversations {multi} "
            f"({multi / max(1, len(sel)):.1%})"
        )

    line("all", rows)
    for split in ("dev", "sealed"):
        line(split, [r for r in rows if r["split"] == split])
    for lang in LANGS:
        for split in ("dev", "sealed"):
            line(
                f"  {lang}/{split}", [r for r in rows if r["lang"] == lang and r["split"] == split]
            )
    types: Counter[str] = Counter()
    fams: Counter[str] = Counter()
    for r in rows:
        for m in r["messages"]:  # type: ignore[attr-defined]
            for s in m["pii"]:
                types[s["type"]] += 1
                fams[s["family"]] += 1
    print("types:", ", ".join(f"{k}={types[k]}" for k in TYPES))
    print("families:", ", ".join(f"{k}={fams[k]}" for k in FAMILIES))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate in memory, compare bytes")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    rows, errors = build()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    dev, sealed = serialise(rows)
    if args.stats:
        stats(rows)
        return 0
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: identical" if same else "check: DIFFERENT")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(rows)} conversations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
