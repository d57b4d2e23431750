"""Generate the capped corpus: dev.jsonl and sealed.jsonl.gz, byte-identically from a fixed seed.

python -m bench.redaction.capped.generate            # write both files
python -m bench.redaction.capped.generate --check    # compare with the files on disk, write nothing
python -m bench.redaction.capped.generate --stats    # counts per language, type, family, kind
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from random import Random

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .render import ALLOWED, FAMILIES, decodes_back, default_families, parts_for_multi, render
from .values import DRAW, LANG_LOCALES, MUST_KEEP, Value, must_keep, password_url_safe, validate

SEED = "capped45"
INSTANCES = 14
HERE = Path(__file__).resolve().parent
DEV, SEALED = HERE / "dev.jsonl", HERE / "sealed.jsonl.gz"
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}

TYPES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
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
    "PASSWORD": "PASSWORD",
    "USER": "USERNAME",
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
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
FAMS = {
    "pl": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "espell": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibanb": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}
SLOT = re.compile(r"\{([^{}]*)\}")


class CorpusError(Exception):
    pass


def parse_slot(body: str) -> tuple[str, list[str], list[str]]:
    """'CARD/IBAN:sp/noise' -> ('pii', types, families); '=date' -> ('keep', kinds, []); '+' -> ('cont', ...)."""
    if body == "+":
        return "cont", [], []
    if body.startswith("="):
        kinds = body[1:].split("/")
        for k in kinds:
            if k not in MUST_KEEP:
                raise CorpusError(f"unknown must_keep kind {k!r}")
        return "keep", kinds, []
    types, _, fams = body.partition(":")
    ts = [TYPES[t] for t in types.split("/")]
    fs = [FAMS[f] for f in fams.split("/")] if fams else []
    for t in ts:
        for f in fs:
            if f not in ALLOWED[t]:
                raise CorpusError(f"family {f} not allowed for {t}")
    return "pii", ts, fs


def check_templates() -> None:
    seen: dict[str, str] = {}
    for lang, mod in LANGS.items():
        for k, tpl in enumerate(mod.TEMPLATES):
            text = "\x1e".join(tpl.messages)
            if re.search(r"\d", SLOT.sub("", text)):
                raise CorpusError(f"{lang} template {k} holds a digit")
            slots = [parse_slot(s) for m in tpl.messages for s in SLOT.findall(m)]
            n_mm = sum(1 for kind, _, fams in slots if kind == "pii" and "multi_message" in fams)
            n_cont = sum(1 for kind, _, _ in slots if kind == "cont")
            if (n_mm or n_cont) and (
                n_mm != 1
                or not n_cont
                or any(
                    fams != ["multi_message"] for kind, _, fams in slots if "multi_message" in fams
                )
            ):
                raise CorpusError(
                    f"{lang} template {k}: a multi_message slot needs {{+}} parts and only that family"
                )
            if text in seen and seen[text] != tpl.split:
                raise CorpusError(f"{lang} template {k} is in both splits: {text!r}")
            seen.setdefault(text, tpl.split)


def draw_value(t: str, fam: str, rng: Random, loc: str) -> Value:
    for _ in range(500):
        v = password_url_safe(rng, loc) if fam == "url_credentials" else DRAW[t](rng, loc)
        if fam == "letter_substitution" and not re.search(
            r"[01]", v.canon[1:] if t == "PHONE" else v.canon
        ):
            continue
        if not validate(v):
            raise CorpusError(f"drawn {t} fails its check digits")
        return v
    raise CorpusError(f"no {t} value fits {fam}")


def build_conversation(lang: str, k: int, tpl, i: int) -> dict:
    rng = Random(f"{SEED}:{lang}:{k}:{i}")
    loc = rng.choice(LANG_LOCALES[lang])
    multi: list[str] = []
    multi_val: Value | None = None
    n_parts = sum(m.count("{+}") for m in tpl.messages) + 1
    messages = []
    j = 0
    for mtext in tpl.messages:
        text, pii, keep, pos = "", [], [], 0
        for mt in SLOT.finditer(mtext):
            text += mtext[pos : mt.start()]
            pos = mt.end()
            kind, alts, fams = parse_slot(mt.group(1))
            j += 1
            if kind == "keep":
                kk = alts[(i + j) % len(alts)]
                val = must_keep(kk, rng, loc)
                keep.append(
                    {"kind": kk, "start": len(text), "end": len(text) + len(val), "value": val}
                )
                text += val
                continue
            if kind == "cont":
                t, fam, val_text = multi_val.type, "multi_message", multi.pop(0)
                pre = suf = ""
            else:
                t = alts[(i + j) % len(alts)]
                fam = (
                    fams[(i // len(alts) + j) % len(fams)]
                    if fams
                    else rng.choice(default_families(t))
                )
                v = draw_value(t, fam, rng, loc)
                if fam == "multi_message":
                    multi_val = v
                    parts = parts_for_multi(v, n_parts, rng)
                    digits_back = "".join(parts)
                    if re.sub(r"\W", "", digits_back) != re.sub(
                        r"\W", "", v.groups and "".join(v.groups)
                    ):
                        raise CorpusError("multi_message parts do not rebuild the value")
                    val_text, multi = parts[0], parts[1:]
                    pre = suf = ""
                else:
                    pre, val_text, suf = render(v, fam, lang, rng, text)
                    check_fam = (
                        "plain"
                        if fam in ("context_only", "url_credentials", "key_value_secret")
                        else fam
                    )
                    if not decodes_back(v, val_text, check_fam, lang):
                        raise CorpusError(
                            f"{lang}/{t}/{fam}: {val_text!r} does not decode to {v.canon!r}"
                        )
            text += pre
            span = {
                "type": t,
                "family": fam,
                "start": len(text),
                "end": len(text) + len(val_text),
                "value": val_text,
            }
            if fam == "multi_message":
                span["group"] = "g1"
            pii.append(span)
            text += val_text + suf
        text += mtext[pos:]
        validate_message(text, pii, keep)
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    if multi:
        raise CorpusError("multi_message parts left over")
    return {"lang": lang, "locale": loc, "split": tpl.split, "messages": messages}


def validate_message(text: str, pii: list, keep: list) -> None:
    spans = sorted(pii + keep, key=lambda s: s["start"])
    covered = [False] * len(text)
    last = -1
    for s in spans:
        if text[s["start"] : s["end"]] != s["value"] or not s["value"]:
            raise CorpusError(f"span value mismatch in {text!r}")
        if s["value"] != s["value"].strip():
            raise CorpusError(f"span with whitespace edge: {s['value']!r}")
        if s["start"] < last:
            raise CorpusError(f"overlapping spans in {text!r}")
        last = s["end"]
        for x in range(s["start"], s["end"]):
            covered[x] = True
    for x, ch in enumerate(text):
        if ch.isdigit() and not covered[x]:
            raise CorpusError(f"digit outside a span at {x} in {text!r}")


def build() -> tuple[list[dict], list[dict]]:
    check_templates()
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang, mod in LANGS.items():
        per_split: dict[str, list[dict]] = {"dev": [], "sealed": []}
        for k, tpl in enumerate(mod.TEMPLATES):
            for i in range(INSTANCES):
                per_split[tpl.split].append(build_conversation(lang, k, tpl, i))
        n = 0
        for split in ("dev", "sealed"):
            convs = per_split[split]
            Random(f"{SEED}:shuffle:{lang}:{split}").shuffle(convs)
            for c in convs:
                n += 1
                out[split].append({"id": f"sc45-{lang}-{n:04d}", **c})
    check_coverage(out)
    return out["dev"], out["sealed"]


def check_coverage(out: dict[str, list[dict]]) -> None:
    problems = []
    for lang in LANGS:
        for split, convs in out.items():
            types, fams = set(), set()
            for c in convs:
                if c["lang"] != lang:
                    continue
                for m in c["messages"]:
                    for s in m["pii"]:
                        types.add(s["type"])
                        fams.add(s["family"])
            for t in sorted(set(TYPES.values()) - types):
                problems.append(f"{lang}/{split}: no {t}")
            for f in sorted(set(FAMILIES) - fams):
                problems.append(f"{lang}/{split}: no {f}")
    if problems:
        raise CorpusError("coverage: " + "; ".join(problems))


def serialise(dev: list[dict], sealed: list[dict]) -> tuple[bytes, bytes]:
    def lines(rows: list[dict]) -> bytes:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(lines(sealed))
    return lines(dev), buf.getvalue()


def stats(dev: list[dict], sealed: list[dict]) -> str:
    out = []
    allc = dev + sealed
    msgs = [(c, m) for c in allc for m in c["messages"]]
    n_pii = sum(len(m["pii"]) for _, m in msgs)
    n_keep = sum(len(m["must_keep"]) for _, m in msgs)
    no_pii = sum(1 for _, m in msgs if not m["pii"])
    multi = sum(
        1
        for c in allc
        if any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"])
    )
    n_tpl = {
        lang: (
            sum(t.split == "dev" for t in mod.TEMPLATES),
            sum(t.split == "sealed" for t in mod.TEMPLATES),
        )
        for lang, mod in LANGS.items()
    }
    out.append(f"conversations {len(allc)} (dev {len(dev)}, sealed {len(sealed)})")
    out.append(
        f"messages {len(msgs)} (dev {sum(len(c['messages']) for c in dev)}, sealed {sum(len(c['messages']) for c in sealed)})"
    )
    out.append(f"pii values {n_pii}, must_keep spans {n_keep}")
    out.append(f"messages without pii {no_pii} ({100 * no_pii / len(msgs):.1f}%)")
    out.append(f"conversations with a multi_message value {multi} ({100 * multi / len(allc):.1f}%)")
    out.append("\nper language: templates dev/sealed, messages (share), pii, must_keep")
    for lang in LANGS:
        lm = [m for c, m in msgs if c["lang"] == lang]
        out.append(
            f"  {lang}: {n_tpl[lang][0]}/{n_tpl[lang][1]}  {len(lm)} ({100 * len(lm) / len(msgs):.1f}%)  "
            f"{sum(len(m['pii']) for m in lm)}  {sum(len(m['must_keep']) for m in lm)}"
        )
    for title, key, field in (
        ("type", "pii", "type"),
        ("family", "pii", "family"),
        ("must_keep kind", "must_keep", "kind"),
    ):
        cd = Counter(s[field] for c in dev for m in c["messages"] for s in m[key])
        cs = Counter(s[field] for c in sealed for m in c["messages"] for s in m[key])
        out.append(f"\nper {title}: dev / sealed")
        for name in sorted(set(cd) | set(cs)):
            out.append(f"  {name:<42} {cd[name]:>5} / {cs[name]:>5}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    a = ap.parse_args(argv)
    try:
        dev, sealed = build()
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    dev_b, sealed_b = serialise(dev, sealed)
    if a.stats:
        print(stats(dev, sealed))
    if a.check:
        same = (
            DEV.exists()
            and SEALED.exists()
            and DEV.read_bytes() == dev_b
            and SEALED.read_bytes() == sealed_b
        )
        print(
            "up to date" if same else "OUT OF DATE: run python -m bench.redaction.capped.generate"
        )
        return 0 if same else 1
    if not a.stats:
        DEV.write_bytes(dev_b)
        SEALED.write_bytes(sealed_b)
        print(
            f"wrote {DEV.name} ({len(dev)} conversations) and {SEALED.name} ({len(sealed)} conversations)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
