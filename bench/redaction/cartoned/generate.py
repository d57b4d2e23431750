"""Write ``dev.jsonl`` and ``sealed.jsonl.gz`` byte-reproducibly, validating every line.

python -m bench.redaction.cartoned.generate            # write both files
python -m bench.redaction.cartoned.generate --check    # compare with the files on disk
python -m bench.redaction.cartoned.generate --stats    # print counts
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from stdnum import bic, iban
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn
import phonenumbers

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

SEED = b"cartoned/issue-14/corpus/v1"
HERE = Path(__file__).resolve().parent
MODULES: dict[str, ModuleType] = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
REPS = 9  # renders of each ordinary template
MIN_MULTI_SHARE = 0.08


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256(SEED + b"|" + "|".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _as_list(t: str | list[str]) -> list[str]:
    return [t] if isinstance(t, str) else list(t)


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang, mod in MODULES.items():
        for split, templates in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            for i, tpl in enumerate(templates):
                msgs = _as_list(tpl)
                generic = any("{X" in m for m in msgs)
                # generic frames cycle through every type; dev has few templates, so twice
                reps = (len(R.TYPES) * (2 if split == "dev" else 1)) if generic else REPS
                order = R.TYPES[:]
                _rng(lang, split, i, "slots").shuffle(order)
                for rep in range(reps):
                    cid = f"cartoned-{lang}-{split}-{i:03d}-{rep:02d}"
                    rng = _rng(lang, split, i, rep)
                    locale, messages = R.render(
                        msgs, lang, rng, [order[rep % len(order)]], mod.WORDS, cid
                    )
                    out[split].append(
                        {
                            "id": cid,
                            "lang": lang,
                            "locale": locale,
                            "split": split,
                            "messages": messages,
                        }
                    )
    return out


# ------------------------------------------------------------------ validation
_CHECKS = {
    "CREDIT_DEBIT_NUMBER": lambda v: V.luhn.is_valid(v),
    "BANK_ROUTING": lambda v: len(v) != 9 or rtn.is_valid(v),
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "UK_NATIONAL_INSURANCE_NUMBER": V.nino_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": V.clabe_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
    "PHONE": lambda v: phonenumbers.is_valid_number(phonenumbers.parse(v)),
}


def validate(corpus: dict[str, list[dict]]) -> None:
    errors: list[str] = []

    def err(cid: str, msg: str) -> None:
        errors.append(f"{cid}: {msg}")

    # templates: no digit in literal text; dev and sealed share no text
    for lang, mod in MODULES.items():
        dev = {m for t in mod.DEV for m in _as_list(t)}
        sealed = {m for t in mod.SEALED for m in _as_list(t)}
        for m in dev | sealed:
            literal = re.sub(r"\{[^{}]*\}", "", m)
            if re.search(r"\d", literal):
                errors.append(f"{lang}: digit in template literal: {m!r}")
        if dev & sealed:
            errors.append(f"{lang}: {len(dev & sealed)} template messages in both splits")
        for m in dev | sealed:
            for p in R.placeholders(m):
                base = p.split(":")[0].split(".")[0]
                if not p.startswith("#") and base != "X" and base not in R.TYPES:
                    errors.append(f"{lang}: unknown placeholder {p}")
                if p.startswith("#") and p[1:] not in V.NEGATIVE_KINDS:
                    errors.append(f"{lang}: unknown negative {p}")
                fams = p.split(":")[1].split("/") if ":" in p else []
                for f in fams:
                    if f not in R.FAMILIES and not re.fullmatch(r"mm[123]", f):
                        errors.append(f"{lang}: unknown family {f} in {p}")

    for split, convs in corpus.items():
        for conv in convs:
            cid = conv["id"]
            groups: dict[str, list[dict]] = {}
            for msg in conv["messages"]:
                text = msg["text"]
                spans = []
                for e in msg["pii"]:
                    if e["type"] not in R.TYPES or e["family"] not in R.FAMILIES:
                        err(cid, f"bad label {e['type']} {e['family']}")
                    spans.append((e["start"], e["end"]))
                    if text[e["start"] : e["end"]] != e["value"]:
                        err(cid, "value != text[start:end]")
                    if e["value"] != e["value"].strip() or not e["value"]:
                        err(cid, "edge whitespace")
                    canon = e["_canonical"]
                    check = _CHECKS.get(e["type"])
                    if check and not check(canon):
                        err(cid, f"checksum {e['type']}")
                    if e["family"] == "multi_message":
                        groups.setdefault(e["group"], []).append(e)
                    elif not R.decode(e["type"], e["value"], e["family"], conv["lang"], canon):
                        err(cid, f"decode {e['type']} {e['family']} {e['value']!r}")
                for k in msg["must_keep"]:
                    spans.append((k["start"], k["end"]))
                    if text[k["start"] : k["end"]] != k["value"]:
                        err(cid, "must_keep value != text")
                    if not V.negative_ok(k["value"], strict=False):
                        err(cid, f"negative passes a check: {k['kind']}")
                spans.sort()
                for (a, b), (c, _d) in zip(spans, spans[1:]):
                    if c < b:
                        err(cid, "overlapping spans")
                covered = set()
                for a, b in spans:
                    covered.update(range(a, b))
                for i, ch in enumerate(text):
                    if ch.isdigit() and i not in covered:
                        err(cid, f"digit outside a span at {i}")
            for gid, parts in groups.items():
                t = parts[0]["type"]
                joined = "".join(re.sub(r"[^0-9A-Za-z]", "", p["value"]) for p in parts)
                if joined.upper() != R.compact(t, parts[0]["_canonical"]) and not (
                    t == "PHONE" and R._phone_match(joined, R.compact(t, parts[0]["_canonical"]))
                ):
                    err(cid, f"multi_message parts do not join to the value ({gid})")
                if len(parts) < 2:
                    err(cid, f"multi_message group with one part ({gid})")

        # coverage: every type and family in every language
        for lang in MODULES:
            types, fams = set(), set()
            for conv in convs:
                if conv["lang"] == lang:
                    for msg in conv["messages"]:
                        for e in msg["pii"]:
                            types.add(e["type"])
                            fams.add(e["family"])
            for t in R.TYPES:
                if t not in types:
                    errors.append(f"{split}/{lang}: type {t} missing")
            for f in R.FAMILIES:
                if f not in fams:
                    errors.append(f"{split}/{lang}: family {f} missing")
            n = sum(1 for c in convs if c["lang"] == lang)
            multi = sum(
                1
                for c in convs
                if c["lang"] == lang
                and any(e["family"] == "multi_message" for m in c["messages"] for e in m["pii"])
            )
            if multi < MIN_MULTI_SHARE * n:
                errors.append(f"{split}/{lang}: multi_message in {multi}/{n} conversations")
    if errors:
        for e in errors[:60]:
            print(e, file=sys.stderr)
        raise SystemExit(f"{len(errors)} validation errors")


# ------------------------------------------------------------------ output
def _public(conv: dict) -> dict:
    return {
        **conv,
        "messages": [
            {
                "text": m["text"],
                "pii": [{k: v for k, v in e.items() if not k.startswith("_")} for e in m["pii"]],
                "must_keep": m["must_keep"],
            }
            for m in conv["messages"]
        ],
    }


def serialise(corpus: dict[str, list[dict]]) -> tuple[bytes, bytes]:
    def lines(convs: list[dict]) -> bytes:
        return "".join(json.dumps(_public(c), ensure_ascii=False) + "\n" for c in convs).encode(
            "utf-8"
        )

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(lines(corpus["sealed"]))
    return lines(corpus["dev"]), buf.getvalue()


def stats(corpus: dict[str, list[dict]]) -> None:
    for split, convs in corpus.items():
        msgs = [m for c in convs for m in c["messages"]]
        ents = [e for m in msgs for e in m["pii"]]
        nopii = sum(1 for m in msgs if not m["pii"])
        multi = sum(
            1
            for c in convs
            if any(e["family"] == "multi_message" for m in c["messages"] for e in m["pii"])
        )
        tpl = sum(
            len(MODULES[lang].DEV if split == "dev" else MODULES[lang].SEALED) for lang in MODULES
        )
        print(
            f"== {split}: {tpl} templates, {len(convs)} conversations, {len(msgs)} messages, "
            f"{len(ents)} PII values, {sum(len(m['must_keep']) for m in msgs)} must_keep, "
            f"{nopii} messages without PII ({nopii / len(msgs):.1%}), "
            f"{multi} multi-message conversations ({multi / len(convs):.1%})"
        )
        print(
            "  per language (messages):",
            dict(sorted(Counter(c["lang"] for c in convs for _ in c["messages"]).items())),
        )
        print(
            "  per locale (conversations):",
            dict(sorted(Counter(c["locale"] for c in convs).items())),
        )
        print("  per type:", dict(sorted(Counter(e["type"] for e in ents).items())))
        print("  per family:", dict(sorted(Counter(e["family"] for e in ents).items())))
        print(
            "  must_keep kinds:",
            dict(sorted(Counter(k["kind"] for m in msgs for k in m["must_keep"]).items())),
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args()
    corpus = build()
    validate(corpus)
    dev, sealed = serialise(corpus)
    if args.stats:
        stats(corpus)
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: files match" if ok else "check: files differ")
        raise SystemExit(0 if ok else 1)
    if not args.stats:
        (HERE / "dev.jsonl").write_bytes(dev)
        (HERE / "sealed.jsonl.gz").write_bytes(sealed)
        print(
            f"wrote dev.jsonl ({len(corpus['dev'])} conversations) and sealed.jsonl.gz ({len(corpus['sealed'])})"
        )


if __name__ == "__main__":
    main()
