"""Generate the draped corpus: dev.jsonl and sealed.jsonl.gz, byte-reproducible from a fixed seed.

python -m bench.redaction.draped.generate            # rewrite both files
python -m bench.redaction.draped.generate --check    # compare with the files on disk, write nothing
python -m bench.redaction.draped.generate --stats    # counts per language, type, family, kind
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

SEED = 41
INSTANCES = 15  # conversations drawn per template
HERE = Path(__file__).resolve().parent
DEV_PATH = HERE / "dev.jsonl"
SEALED_PATH = HERE / "sealed.jsonl.gz"
MODULES = [templates_en, templates_es, templates_fr, templates_de, templates_pt]

ALIAS = {
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
    "AKID": "AWS_ACCESS_KEY",
    "SECRET": "AWS_SECRET_KEY",
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
ALL_FAMILIES = sorted({f for fs in R.FAMILIES.values() for f in fs} | {"multi_message"})
SLOT = re.compile(r"\{([^{}]+)\}")


class CorpusError(Exception):
    pass


def check_templates() -> None:
    texts = {"dev": set(), "sealed": set()}
    for m in MODULES:
        for split, tpls in (("dev", m.DEV), ("sealed", m.SEALED)):
            for t in tpls:
                joined = "\n".join(t)
                if re.search(r"\d", SLOT.sub("", joined)):
                    raise CorpusError(f"digit in template {joined!r}")
                for slot in SLOT.findall(joined):
                    body = slot.split(":")[0].split("~")[0]
                    if not (slot.startswith("#") or body in ("*", "") or body in ALIAS):
                        raise CorpusError(f"unknown slot {slot!r}")
                    if slot.startswith("#") and slot[1:] not in V.MUST_KEEP_KINDS:
                        raise CorpusError(f"unknown kind {slot!r}")
                texts[split].add(joined)
        for typ, phrases in m.CTX.items():
            for p in phrases:
                if p.count("§") != 1 or re.search(r"\d", p):
                    raise CorpusError(f"bad context phrase {p!r}")
        if set(m.CTX) != set(V.TYPES):
            raise CorpusError(f"{m.LANG}: CTX misses {set(V.TYPES) - set(m.CTX)}")
    shared = texts["dev"] & texts["sealed"]
    if shared:
        raise CorpusError(f"dev and sealed share templates: {sorted(shared)[:3]}")


class Cycler:
    """Deterministic round-robin over types and families so every one appears in each split."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.types = list(V.TYPES)
        rng.shuffle(self.types)
        self.ti = 0
        self.multi = list(R.MULTI_TYPES)
        rng.shuffle(self.multi)
        self.mi = 0
        self.fam = Counter()

    def next_type(self) -> str:
        t = self.types[self.ti % len(self.types)]
        self.ti += 1
        return t

    def next_multi(self) -> str:
        t = self.multi[self.mi % len(self.multi)]
        self.mi += 1
        return t

    def family(self, typ: str, typed: bool) -> str:
        fs = R.FAMILIES[typ]
        if typed and typ in ("PASSWORD", "USERNAME", "EMAIL", "PHONE"):
            # a typed slot sits inside the template's own wording: keep the value inline there
            fs = [
                f for f in fs if f not in ("url_credentials", "key_value_secret", "percent_encoded")
            ]
        f = fs[self.fam[typ] % len(fs)]
        self.fam[typ] += 1
        return f


def _region(v: V.Value) -> str:
    if v.type != "PHONE":
        return ""
    return phonenumbers.region_code_for_number(phonenumbers.parse(v.canon, None)) or ""


def _check_render(v: V.Value, fam: str, text: str, spans, lang: str) -> None:
    for typ, f, s, e in spans:
        piece = text[s:e]
        if f == "url_credentials":
            continue
        got = R.decode(typ, f, piece, lang, _region(v))
        want = v.canon
        if got != want:
            raise CorpusError(f"{typ}/{f}: {piece!r} decodes to {got!r}, not {want!r}")
    if fam == "url_credentials":
        if (
            v.canon.replace("@", "#").replace("/", "_").replace(":", "!").replace("@", "_")
            not in text
            and v.canon not in text
        ):
            raise CorpusError(f"url_credentials lost the value {v.canon!r}")


def build_conversation(
    rng: random.Random, cyc: Cycler, tpl: tuple[str, ...], lang: str, ctx: dict, locale: str
) -> list[dict]:
    messages = []
    n_parts = sum(len(re.findall(r"\{[^{}]*~\d\}", m)) for m in tpl)
    parts: list[str] = []
    mm_value = None
    for mtext in tpl:
        out, pii, keep = "", [], []
        pos = 0
        for m in SLOT.finditer(mtext):
            out += mtext[pos : m.start()]
            pos = m.end()
            slot = m.group(1)
            if slot.startswith("#"):
                val = V.must_keep(rng, slot[1:], locale)
                keep.append(
                    {"kind": slot[1:], "start": len(out), "end": len(out) + len(val), "value": val}
                )
                out += val
                continue
            if "~" in slot:
                head, k = slot.split("~")
                k = int(k)
                if k == 1:
                    typ = cyc.next_multi() if head == "*" else ALIAS[head]
                    mm_value = V.draw(rng, typ, locale)
                    parts = R.split_parts(rng, mm_value, n_parts)
                    if head == "*":
                        pre, post = rng.choice(ctx[typ]).split("§")
                        out += pre
                    else:
                        post = ""
                else:
                    post = ""
                piece = parts[k - 1]
                pii.append(
                    {
                        "type": mm_value.type,
                        "family": "multi_message",
                        "start": len(out),
                        "end": len(out) + len(piece),
                        "value": piece,
                        "group": "g1",
                    }
                )
                out += piece + post
                continue
            name, _, fam = slot.partition(":")
            typ = cyc.next_type() if name == "*" else ALIAS[name]
            fam = fam or cyc.family(typ, typed=name != "*")
            v = V.draw(rng, typ, locale)
            rtext, spans = R.render(rng, v, fam, lang)
            _check_render(v, fam, rtext, spans, lang)
            pre, post = rng.choice(ctx[typ]).split("§") if name == "*" else ("", "")
            out += pre
            for t, f, s, e in spans:
                pii.append(
                    {
                        "type": t,
                        "family": f,
                        "start": len(out) + s,
                        "end": len(out) + e,
                        "value": rtext[s:e],
                    }
                )
            out += rtext + post
        out += mtext[pos:]
        messages.append({"text": out, "pii": pii, "must_keep": keep})
    if mm_value is not None:
        joined = "".join(
            p["value"] for msg in messages for p in msg["pii"] if p.get("group") == "g1"
        )
        if (
            R.decode(mm_value.type, "spaced_or_dashed", joined, lang, _region(mm_value))
            != mm_value.canon
        ):
            raise CorpusError(f"multi_message parts do not rebuild {mm_value.canon!r}")
    return messages


def validate_message(msg: dict) -> None:
    text = msg["text"]
    spans = [(s["start"], s["end"], s) for s in msg["pii"]] + [
        (s["start"], s["end"], s) for s in msg["must_keep"]
    ]
    spans.sort(key=lambda x: x[0])
    covered = [False] * len(text)
    last_end = -1
    for s, e, sp in spans:
        if text[s:e] != sp["value"]:
            raise CorpusError(f"offset mismatch in {text!r}")
        if s < last_end:
            raise CorpusError(f"overlapping spans in {text!r}")
        if not sp["value"] or sp["value"] != sp["value"].strip():
            raise CorpusError(f"span with edge whitespace {sp['value']!r}")
        last_end = e
        for i in range(s, e):
            covered[i] = True
    for i, ch in enumerate(text):
        if ch.isdigit() and not covered[i]:
            raise CorpusError(f"uncovered digit at {i} in {text!r}")


def build() -> dict[str, list[dict]]:
    check_templates()
    out = {"dev": [], "sealed": []}
    for m in MODULES:
        counter = 0
        for split, tpls in (("dev", m.DEV), ("sealed", m.SEALED)):
            rng = random.Random(f"{SEED}-{m.LANG}-{split}")
            cyc = Cycler(rng)
            for _ in range(INSTANCES):
                for tpl in tpls:
                    locale = rng.choice(m.LOCALES)
                    msgs = build_conversation(rng, cyc, tpl, m.LANG, m.CTX, locale)
                    for msg in msgs:
                        validate_message(msg)
                    counter += 1
                    out[split].append(
                        {
                            "id": f"sc41-{m.LANG}-{counter:04d}",
                            "lang": m.LANG,
                            "locale": locale,
                            "split": split,
                            "messages": msgs,
                        }
                    )
    check_coverage(out)
    return out


def check_coverage(out: dict[str, list[dict]]) -> None:
    for m in MODULES:
        for split, convs in out.items():
            types, fams = set(), set()
            for c in convs:
                if c["lang"] != m.LANG:
                    continue
                for msg in c["messages"]:
                    for p in msg["pii"]:
                        types.add(p["type"])
                        fams.add(p["family"])
            if set(V.TYPES) - types or set(ALL_FAMILIES) - fams:
                raise CorpusError(
                    f"{m.LANG}/{split} misses {set(V.TYPES) - types} {set(ALL_FAMILIES) - fams}"
                )


def serialise(out: dict[str, list[dict]]) -> tuple[bytes, bytes]:
    dev = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in out["dev"]
    ).encode()
    sealed_raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(sealed_raw)
    return dev, buf.getvalue()


def stats(out: dict[str, list[dict]]) -> str:
    lines = []
    for split, convs in out.items():
        msgs = [msg for c in convs for msg in c["messages"]]
        n_pii = sum(len(m["pii"]) for m in msgs)
        n_keep = sum(len(m["must_keep"]) for m in msgs)
        no_pii = sum(1 for m in msgs if not m["pii"])
        mm = sum(1 for c in convs if any(p.get("group") for m in c["messages"] for p in m["pii"]))
        lines.append(
            f"[{split}] conversations {len(convs)} messages {len(msgs)} pii {n_pii} must_keep {n_keep} "
            f"messages_without_pii {no_pii} ({no_pii / len(msgs):.1%}) multi_message_conversations {mm} "
            f"({mm / len(convs):.1%})"
        )
    allc = out["dev"] + out["sealed"]
    allm = [(c["lang"], msg) for c in allc for msg in c["messages"]]
    total = len(allm)
    lines.append(
        f"[all] conversations {len(allc)} messages {total} pii {sum(len(m['pii']) for _, m in allm)} "
        f"must_keep {sum(len(m['must_keep']) for _, m in allm)}"
    )
    tpl_counts = {m.LANG: (len(m.DEV), len(m.SEALED)) for m in MODULES}
    lines.append("\nper language: messages (share) pii must_keep templates dev/sealed")
    for lang in [m.LANG for m in MODULES]:
        ms = [m for lg, m in allm if lg == lang]
        lines.append(
            f"  {lang}  {len(ms)} ({len(ms) / total:.1%})  {sum(len(m['pii']) for m in ms)}  "
            f"{sum(len(m['must_keep']) for m in ms)}  {tpl_counts[lang][0]}/{tpl_counts[lang][1]}"
        )
    for key, title in (("type", "per type"), ("family", "per family")):
        cnt = {
            s: Counter(p[key] for c in out[s] for m in c["messages"] for p in m["pii"]) for s in out
        }
        lines.append(f"\n{title}: dev sealed")
        for k in sorted(set(cnt["dev"]) | set(cnt["sealed"])):
            lines.append(f"  {k:42s} {cnt['dev'][k]:5d} {cnt['sealed'][k]:5d}")
    cnt = {
        s: Counter(p["kind"] for c in out[s] for m in c["messages"] for p in m["must_keep"])
        for s in out
    }
    lines.append("\nmust_keep kind: dev sealed")
    for k in sorted(set(cnt["dev"]) | set(cnt["sealed"])):
        lines.append(f"  {k:42s} {cnt['dev'][k]:5d} {cnt['sealed'][k]:5d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    out = build()
    dev, sealed = serialise(out)
    if args.stats:
        print(stats(out))
    if args.check:
        ok = (
            DEV_PATH.exists()
            and SEALED_PATH.exists()
            and DEV_PATH.read_bytes() == dev
            and SEALED_PATH.read_bytes() == sealed
        )
        print("up to date" if ok else "OUT OF DATE: run python -m bench.redaction.draped.generate")
        return 0 if ok else 1
    if not args.stats:
        DEV_PATH.write_bytes(dev)
        SEALED_PATH.write_bytes(sealed)
        print(
            f"wrote {DEV_PATH.name} ({len(out['dev'])} conversations) and {SEALED_PATH.name} ({len(out['sealed'])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
