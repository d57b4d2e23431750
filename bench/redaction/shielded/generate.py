"""Generate the shielded corpus: dev.jsonl (readable) and sealed.jsonl.gz (not to be read by tuners).

    python -m bench.redaction.shielded.generate            rewrite both files
    python -m bench.redaction.shielded.generate --check    compare with the files on disk, write nothing
    python -m bench.redaction.shielded.generate --stats    print counts

Everything is drawn from random.Random seeded with strings, so output does not depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib
import io
import json
import random
import re
import sys
from pathlib import Path

from . import render as R
from . import values as V

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt"]
SEED = "shielded-39"
INSTANCES = 22
DEV_SLOTS = {1, 4, 7}  # template index % 10 in this set -> dev (about 30%)

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
    "PWD": "PASSWORD",
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
SLOT = re.compile(r"\{([^{}]+)\}")


class Counts:
    """Per (lang, split) counters the slot filler uses to reach every type and family."""

    def __init__(self) -> None:
        self.types: collections.Counter[str] = collections.Counter()
        self.fams: collections.Counter[str] = collections.Counter()

    def pick_type(self, r: random.Random) -> str:
        low = min(self.types[t] for t in V.TYPES)
        return r.choice([t for t in V.TYPES if self.types[t] == low])

    def pick_family(self, t: str, r: random.Random) -> str:
        fams = R.COMPAT[t]
        unseen = [f for f in fams if self.fams[f] == 0]
        if (
            unseen
        ):  # rare families first, so a split reaches them even with few slots of their types
            rarity = {f: sum(f in c for c in R.COMPAT.values()) for f in unseen}
            low = min(rarity.values())
            return r.choice([f for f in unseen if rarity[f] == low])
        return r.choices(fams, weights=[3 if f == "plain" else 1 for f in fams])[0]


def draw(t: str, fam: str, r: random.Random, loc: str) -> str:
    if t in ("PASSWORD", "USERNAME") and fam == "context_only":
        v = (
            V.password(r, loc, digits=False)
            if t == "PASSWORD"
            else V.username(r, loc, digits=False)
        )
    elif t == "PASSWORD" and fam == "url_credentials":
        v = re.sub(r"[?#%&/:@]", "!", V.password(r, loc))
    else:
        v = V.DRAW[t](r, loc)
    if not V.check_pii(t, v):
        raise AssertionError((t, v))
    return v


def fill_message(
    tpl: str, r: random.Random, loc: str, lang: str, lex: dict, cnt: Counts, multi: dict
) -> dict:
    text, pii, keep = "", [], []
    pos = 0
    for m in SLOT.finditer(tpl):
        text += tpl[pos : m.start()]
        pos = m.end()
        spec = m.group(1)
        if spec.startswith("k:"):
            val = V.must_keep(r, spec[2:], loc)
            keep.append(
                {"kind": spec[2:], "start": len(text), "end": len(text) + len(val), "value": val}
            )
            text += val
            continue
        if spec.startswith("MM"):
            n = int(spec[2])  # MM1/MM2/MM3: the index is in the template syntax, never in the text
            if n == 1:
                t = ALIAS[spec.split(":")[1]]
                v = draw(t, "multi_message", r, loc)
                multi.update(
                    t=t, v=v, parts=R.split_multi(t, v, r, multi["n"]), g=f"g{multi['gid']}"
                )
            part = multi["parts"][n - 1]
            pii.append(
                {
                    "type": multi["t"],
                    "family": "multi_message",
                    "start": len(text),
                    "end": len(text) + len(part),
                    "value": part,
                    "group": multi["g"],
                    "_canon": multi["v"],
                }
            )
            text += part
            if n == 1:
                cnt.types[multi["t"]] += 1
                cnt.fams["multi_message"] += 1
            continue
        phrase = "{v}"
        if spec == "ANY":
            t = cnt.pick_type(r)
            phrase = r.choice(lex[t])
            fam = None
        else:
            name, _, fam = spec.partition(":")
            t = ALIAS[name]
            fam = fam or None
        for _ in range(50):
            f = fam or cnt.pick_family(t, r)
            v = draw(t, f, r, loc)
            out = R.render(t, f, v, r, lang)
            if out is not None:
                break
        else:
            raise RuntimeError((t, fam))
        before, val, after = out
        head, _, tail = phrase.partition("{v}")
        text += head + before
        pii.append(
            {
                "type": t,
                "family": f,
                "start": len(text),
                "end": len(text) + len(val),
                "value": val,
                "_canon": v,
            }
        )
        text += val + after + tail
        cnt.types[t] += 1
        cnt.fams[f] += 1
    text += tpl[pos:]
    return {"text": text, "pii": pii, "must_keep": keep}


def literal(tpl: str) -> str:
    return SLOT.sub("{}", tpl)


def load(lang: str):
    return importlib.import_module(f"{__package__}.templates_{lang}")


def build() -> tuple[list[dict], list[dict]]:
    out = {"dev": [], "sealed": []}
    for lang in LANGS:
        mod = load(lang)
        lex = mod.LEXICON
        assert set(lex) == set(V.TYPES), (lang, set(V.TYPES) ^ set(lex))
        assert not re.search(r"\d", literal(repr(mod.TEMPLATES) + repr(lex))), (
            f"digit in {lang} templates"
        )
        splits = {"dev": [], "sealed": []}
        for i, conv in enumerate(mod.TEMPLATES):
            splits["dev" if i % 10 in DEV_SLOTS else "sealed"].append(conv)
        dev_lit = {
            literal(m) for c in splits["dev"] for m in c if re.search(r"[^\W\d_]", literal(m))
        }
        sealed_lit = {
            literal(m) for c in splits["sealed"] for m in c if re.search(r"[^\W\d_]", literal(m))
        }
        shared = dev_lit & sealed_lit
        if shared:
            sys.exit(f"refusing: dev and sealed templates share text in {lang}: {sorted(shared)}")
        n = 0
        for split in ("dev", "sealed"):
            cnt = Counts()
            gid = 0
            for ti, conv in enumerate(splits[split]):
                for k in range(INSTANCES):
                    r = random.Random(f"{SEED}/{lang}/{split}/{ti}/{k}")
                    loc = r.choice(mod.LOCALES)
                    nmm = sum(1 for m in conv if "{MM" in m)
                    gid += 1 if nmm else 0
                    multi = {"n": nmm, "gid": gid}
                    msgs = [fill_message(m, r, loc, lang, lex, cnt, multi) for m in conv]
                    n += 1
                    out[split].append(
                        {
                            "id": f"sc39-{lang}-{n:04d}",
                            "lang": lang,
                            "locale": loc,
                            "split": split,
                            "messages": msgs,
                        }
                    )
            missing_t = set(V.TYPES) - {t for t in cnt.types if cnt.types[t]}
            missing_f = set(R.FAMILIES) - {f for f in cnt.fams if cnt.fams[f]}
            if missing_t or missing_f:
                sys.exit(
                    f"{lang}/{split} misses types {sorted(missing_t)} families {sorted(missing_f)}"
                )
    for split in out:
        for conv in out[split]:
            validate(conv)
    return out["dev"], out["sealed"]


def validate(conv: dict) -> None:
    lang = conv["lang"]
    groups: dict[str, list] = collections.defaultdict(list)
    for msg in conv["messages"]:
        text = msg["text"]
        spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
        covered = set()
        last = 0
        for s in spans:
            assert s["value"] == text[s["start"] : s["end"]], (conv["id"], s)
            assert s["start"] >= last, ("overlap", conv["id"], s)
            assert s["value"] and not s["value"][0].isspace() and not s["value"][-1].isspace(), (
                conv["id"],
                s,
            )
            last = s["end"]
            covered.update(range(s["start"], s["end"]))
        for i, c in enumerate(text):
            assert not c.isdigit() or i in covered, ("digit outside span", conv["id"], text)
        for s in msg["pii"]:
            canon = s.pop("_canon")
            assert V.check_pii(s["type"], canon), (conv["id"], s)
            if s["family"] == "multi_message":
                groups[s["group"]].append((s, canon))
                continue
            dec = R.decode(s["type"], s["family"], s["value"], lang)
            assert R.same(s["type"], canon, dec), ("decode", conv["id"], s, canon, dec)
    for g, parts in groups.items():
        t, canon = parts[0][0]["type"], parts[0][1]
        joined = "".join(re.sub(r"[^0-9A-Za-z]", "", p["value"]) for p, _ in parts)
        assert len(parts) >= 2 and R.same(t, canon, joined), (
            "multi decode",
            conv["id"],
            g,
            joined,
            canon,
        )


def serialize(convs: list[dict]) -> bytes:
    return "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in convs
    ).encode()


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


def stats(dev: list[dict], sealed: list[dict]) -> str:
    lines = []
    for name, convs in (("dev", dev), ("sealed", sealed), ("all", dev + sealed)):
        msgs = [m for c in convs for m in c["messages"]]
        pii = [p for m in msgs for p in m["pii"]]
        keep = [k for m in msgs for k in m["must_keep"]]
        mm = sum(
            1
            for c in convs
            if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
        )
        nopii = sum(1 for m in msgs if not m["pii"])
        lines.append(
            f"[{name}] conversations {len(convs)}  messages {len(msgs)}  pii {len(pii)}  must_keep {len(keep)}"
            f"  multi_message conversations {mm} ({100 * mm / max(1, len(convs)):.1f}%)"
            f"  messages without pii {nopii} ({100 * nopii / max(1, len(msgs)):.1f}%)"
        )
        if name != "all":
            continue
        by_lang = collections.Counter(c["lang"] for c in convs for _ in c["messages"])
        lines.append(
            "  messages per language: "
            + ", ".join(f"{k} {v} ({100 * v / len(msgs):.1f}%)" for k, v in sorted(by_lang.items()))
        )
        pl = collections.Counter(c["lang"] for c in convs for m in c["messages"] for _ in m["pii"])
        lines.append("  pii per language: " + ", ".join(f"{k} {v}" for k, v in sorted(pl.items())))
        for label, ctr in (
            ("type", collections.Counter(p["type"] for p in pii)),
            ("family", collections.Counter(p["family"] for p in pii)),
            ("must_keep kind", collections.Counter(k["kind"] for k in keep)),
        ):
            lines.append(f"  per {label}:")
            lines += [f"    {k:42s} {v}" for k, v in sorted(ctr.items())]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    dev, sealed = build()
    files = {HERE / "dev.jsonl": serialize(dev), HERE / "sealed.jsonl.gz": gz(serialize(sealed))}
    if a.stats:
        print(stats(dev, sealed))
        return
    if a.check:
        bad = [p.name for p, b in files.items() if not p.exists() or p.read_bytes() != b]
        if bad:
            sys.exit(f"out of date: {', '.join(bad)}")
        print("ok: dev.jsonl and sealed.jsonl.gz match the generator")
        return
    for p, b in files.items():
        p.write_bytes(b)
    print(f"wrote {len(dev)} dev and {len(sealed)} sealed conversations")


if __name__ == "__main__":
    main()
