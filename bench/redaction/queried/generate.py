"""Generate the queried corpus: chats with the agent's turns, dev and sealed splits.

    python -m bench.redaction.queried.generate            # rewrite dev.jsonl and sealed.jsonl.gz
    python -m bench.redaction.queried.generate --check    # compare with the files on disk, write nothing
    python -m bench.redaction.queried.generate --stats    # print counts

Both files are rebuilt byte-identically from SEED. The dev and sealed conversations are rendered
from disjoint halves of every template block (even lines dev, odd lines sealed); the run stops if a
template's literal text lands in both halves.
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

from . import render, values

HERE = Path(__file__).resolve().parent
SEED = 29_2026
LANGS = ["en", "es", "fr", "de", "pt"]
CONVS_PER_LANG = 68
DEV_SHARE = 0.45

MULTI_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "SSN",
    "PT_NIF",
    "ES_DNI",
}
NATIONAL = {
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
}
BLOCKS = [
    "BARE",
    "PRE",
    "QBACK",
    "AGENT_YES",
    "REASK",
    "CORRECT",
    "NAMED",
    "BARE2",
    "LAST4",
    "SKIP",
    "MK_BARE",
    "OPEN",
    "CUST_OPEN",
    "CHAT",
    "AGENT_ACK",
    "CLOSE",
    "CUST_CLOSE",
    "CONT",
]
SCENES = [
    ("asked", 22),
    ("named", 8),
    ("multi", 10),
    ("mk_asked", 26),
    ("mk_named", 8),
    ("two", 5),
    ("last4", 3),
    ("reask", 4),
    ("correction", 4),
    ("different", 3),
    ("skip", 3),
    ("none", 2),
    ("mixed", 4),
    ("chat", 6),
]
BARE_ONLY = "{v}"  # a bare value is not a template: allowed in both splits


def _lines(block: str | list[str]) -> list[str]:
    if isinstance(block, list):
        return list(block)
    return [ln.strip().replace("<br>", "\n") for ln in block.strip("\n").split("\n") if ln.strip()]


def _halves(items: list[str], where: str) -> tuple[list[str], list[str]]:
    if len(items) < 2:
        raise SystemExit(f"{where}: a block needs at least two templates, one per split")
    return items[0::2], items[1::2]


class Templates:
    """One language's templates, cut into a dev half and a sealed half."""

    def __init__(self, lang: str) -> None:
        m = importlib.import_module(f"{__package__}.templates_{lang}")
        self.lang = lang
        self.locales = m.LOCALES
        self.name = m.NAME
        self.split: dict[str, dict[str, object]] = {"dev": {}, "sealed": {}}
        for b in BLOCKS:
            d, s = _halves(_lines(getattr(m, b)), f"{lang}.{b}")
            self.split["dev"][b], self.split["sealed"][b] = d, s
        for dname in ("ASK", "MK_ASK", "MK_NAMED"):
            for k, block in getattr(m, dname).items():
                d, s = _halves(_lines(block), f"{lang}.{dname}[{k}]")
                self.split["dev"].setdefault(dname, {})[k] = d  # type: ignore[index]
                self.split["sealed"].setdefault(dname, {})[k] = s  # type: ignore[index]
        for pair, block in m.TWO.items():
            d, s = _halves(_lines(block), f"{lang}.TWO{pair}")
            self.split["dev"].setdefault("TWO", {})[pair] = d  # type: ignore[index]
            self.split["sealed"].setdefault("TWO", {})[pair] = s  # type: ignore[index]

    def all_texts(self, split: str) -> list[str]:
        out: list[str] = []
        for v in self.split[split].values():
            if isinstance(v, dict):
                for x in v.values():
                    out.extend(x)
            else:
                out.extend(v)  # type: ignore[arg-type]
        return out


def check_templates(tpls: list[Templates]) -> None:
    dev = {t for tp in tpls for t in tp.all_texts("dev")}
    sealed = {t for tp in tpls for t in tp.all_texts("sealed")}
    both = (dev & sealed) - {BARE_ONLY}
    if both:
        raise SystemExit(f"dev and sealed templates share literal text: {sorted(both)[:5]}")
    for tp in tpls:
        words = [w for ws in tp.name.values() for w in ws]
        for t in tp.all_texts("dev") + tp.all_texts("sealed") + words:
            if re.search(r"\d", t):
                raise SystemExit(f"{tp.lang}: a template holds a digit: {t!r}")


class Msg:
    def __init__(self, role: str) -> None:
        self.role = role
        self.text = ""
        self.pii: list[dict[str, object]] = []
        self.keep: list[dict[str, object]] = []

    def as_json(self) -> dict[str, object]:
        return {"role": self.role, "text": self.text, "pii": self.pii, "must_keep": self.keep}


SLOT = re.compile(r"\{([vwn])\}")


def fill(msg: Msg, tpl: str, slots: dict[str, tuple[str, dict[str, object] | None, str]]) -> None:
    """Append tpl to msg, substituting slots; slot = (text, item, 'pii'|'keep'|'word')."""
    pos = 0
    for m in SLOT.finditer(tpl):
        msg.text += tpl[pos : m.start()]
        text, item, kind = slots[m.group(1)]
        start = len(msg.text)
        msg.text += text
        if item is not None:
            item = dict(item, start=start, end=len(msg.text), value=text)
            (msg.pii if kind == "pii" else msg.keep).append(item)
        pos = m.end()
    msg.text += tpl[pos:]


class Builder:
    def __init__(self, tp: Templates, split: str, locale: str, r: random.Random) -> None:
        self.tp, self.split, self.locale, self.r = tp, split, locale, r
        self.t = tp.split[split]
        self.msgs: list[Msg] = []
        self.group = 0
        self.checks: list[tuple[str, str, list[str]]] = []  # (type, canonical, rendered parts)

    # ---- helpers
    def pick(self, block: str, key: object = None) -> str:
        src = self.t[block] if key is None else self.t[block][key]  # type: ignore[index]
        return self.r.choice(src)  # type: ignore[arg-type]

    def agent(self, text: str) -> None:
        m = Msg("agent")
        m.text = text
        self.msgs.append(m)

    def customer(self, tpl: str, slots: dict | None = None) -> Msg:
        m = Msg("customer")
        fill(m, tpl, slots or {})
        self.msgs.append(m)
        return m

    def types(self) -> list[str]:
        # national identifiers are drawn three times as often: they are the point of issue 14
        ts = self.tp.locales[self.locale]
        return ts + [t for t in ts if t in NATIONAL] * 2

    def value(self, typ: str, ctx: str) -> tuple[str, dict[str, object], str]:
        v = values.draw(self.r, typ, self.locale)
        assert values.is_valid(typ, v, self.locale), (typ, v)
        fam = self.r.choice(render.families_for(typ, v))
        text = render.render(typ, v, fam, self.tp.lang, self.r)
        self.checks.append((typ, v, [text]))
        return text, {"type": typ, "family": fam, "context": ctx}, "pii"

    def keep(self, kind: str) -> tuple[str, dict[str, object], str]:
        v = values.must_keep(self.r, kind, self.tp.lang, self.locale)
        return v, {"kind": kind}, "keep"

    def bare(self) -> str:
        return BARE_ONLY if self.r.random() < 0.3 else self.pick("BARE")

    def named_tpl(self, typ: str) -> tuple[str, dict]:
        n = self.r.choice(self.tp.name[typ])
        return self.pick("NAMED"), {"n": (n, None, "word")}

    def ask_type(self) -> str:
        return self.r.choice([t for t in self.types() if t in self.t["ASK"]])  # type: ignore[operator]

    def kinds(self) -> list[str]:
        ks = sorted(self.t["MK_ASK"])  # type: ignore[arg-type]
        if self.locale == "en-GB":
            ks = [k for k in ks if k != "zip_code"]
        elif "postal_code" in ks and "zip_code" in ks:
            ks = [
                k for k in ks if k != ("postal_code" if self.locale.endswith("US") else "zip_code")
            ]
        return ks

    # ---- scenes
    def asked(self) -> None:
        typ = self.ask_type()
        self.agent(self.pick("ASK", typ))
        roll = self.r.random()
        if roll < 0.2:
            self.customer(self.pick("PRE"))
        elif roll < 0.35:
            self.customer(self.pick("QBACK"))
            self.agent(self.pick("AGENT_YES"))
        self.customer(self.bare(), {"v": self.value(typ, "asked")})
        if self.r.random() < 0.5:
            self.agent(self.pick("AGENT_ACK"))

    def named(self) -> None:
        typ = self.r.choice(self.types())
        if self.r.random() < 0.5:
            self.agent(self.pick("AGENT_ACK"))
        tpl, slots = self.named_tpl(typ)
        slots["v"] = self.value(typ, "named")
        self.customer(tpl, slots)

    def multi(self) -> None:
        typ = self.r.choice([t for t in self.types() if t in MULTI_TYPES])
        v = values.draw(self.r, typ, self.locale)
        assert values.is_valid(typ, v, self.locale)
        gs = render.groups(typ, v, self.r)
        if len(gs) < 2:
            gs = [v[: len(v) // 2], v[len(v) // 2 :]]
        k = min(len(gs), self.r.choice([2, 2, 3]))
        cuts = sorted(self.r.sample(range(1, len(gs)), k - 1))
        chunks = [gs[a:b] for a, b in zip([0] + cuts, cuts + [len(gs)])]
        sep = self.r.choice([" ", " ", "", "-"])
        parts = [sep.join(c) for c in chunks]
        self.group += 1
        gid = f"g{self.group}"
        self.checks.append((typ, v, parts))
        named_first = self.r.random() < 0.35
        ctx = "named" if named_first else "asked"
        if named_first:
            if self.r.random() < 0.5:
                self.agent(self.pick("AGENT_ACK"))
            tpl, slots = self.named_tpl(typ)
        else:
            self.agent(self.pick("ASK", typ))
            tpl, slots = self.bare(), {}
        for i, p in enumerate(parts):
            item = {"type": typ, "family": "multi_message", "context": ctx, "group": gid}
            slots["v"] = (p, item, "pii")
            self.customer(
                tpl if i == 0 else (BARE_ONLY if self.r.random() < 0.5 else self.pick("CONT")),
                slots,
            )
            slots = {}

    def mk_asked(self) -> None:
        # order numbers are the commonest bare-digit answer in support chats: a third of the asks
        kind = "order_number" if self.r.random() < 0.33 else self.r.choice(self.kinds())
        self.agent(self.pick("MK_ASK", kind))
        if self.r.random() < 0.15:
            self.customer(self.pick("PRE"))
        tpl = BARE_ONLY if self.r.random() < 0.35 else self.pick("MK_BARE")
        self.customer(tpl, {"v": self.keep(kind)})
        if self.r.random() < 0.4:
            self.agent(self.pick("AGENT_ACK"))

    def mk_named(self) -> None:
        kind = self.r.choice(self.kinds())
        self.customer(self.pick("MK_NAMED", kind), {"v": self.keep(kind)})

    def two(self) -> None:
        pairs = [p for p in sorted(self.t["TWO"]) if all(x in self.types() for x in p)]  # type: ignore[arg-type]
        a, b = self.r.choice(pairs)
        self.agent(self.pick("TWO", (a, b)))
        self.customer(
            self.pick("BARE2"), {"v": self.value(a, "asked"), "w": self.value(b, "asked")}
        )

    def last4(self) -> None:
        self.agent(self.pick("LAST4"))
        v = values.card(self.r)[-4:]
        fam = self.r.choice(
            ["plain", "plain", "spelled_out", "letter_digits" if set(v) & {"0", "1"} else "plain"]
        )
        text = render.render("CREDIT_DEBIT_NUMBER", v, fam, self.tp.lang, self.r)
        self.checks.append(("CREDIT_DEBIT_NUMBER", v, [text]))
        self.customer(
            self.bare(),
            {
                "v": (
                    text,
                    {"type": "CREDIT_DEBIT_NUMBER", "family": fam, "context": "asked"},
                    "pii",
                )
            },
        )

    def reask(self) -> None:
        typ = self.ask_type()
        self.agent(self.pick("ASK", typ))
        self.customer(self.bare(), {"v": self.value(typ, "asked")})
        self.agent(self.pick("REASK"))
        self.customer(self.bare(), {"v": self.value(typ, "asked")})

    def correction(self) -> None:
        typ = self.ask_type()
        self.agent(self.pick("ASK", typ))
        self.customer(self.bare(), {"v": self.value(typ, "asked")})
        self.customer(self.pick("CORRECT"), {"v": self.value(typ, "asked")})

    def different(self) -> None:
        typ = self.ask_type()
        other = self.r.choice(sorted({t for t in self.types() if t != typ}))
        self.agent(self.pick("ASK", typ))
        # the customer answers another question than the one asked, naming what they send
        tpl, slots = self.named_tpl(other)
        slots["v"] = self.value(other, "named")
        self.customer(tpl, slots)

    def skip(self) -> None:
        self.agent(self.pick("ASK", self.ask_type()))
        self.customer(self.pick("SKIP"))
        if self.r.random() < 0.5:
            self.agent(self.pick("AGENT_ACK"))

    def none(self) -> None:
        typ = self.r.choice(self.types())
        self.customer(self.pick("CHAT"))
        self.customer(self.bare(), {"v": self.value(typ, "none")})

    def mixed(self) -> None:
        kind = self.r.choice(self.kinds())
        typ = self.r.choice(self.types())
        ntpl, slots = self.named_tpl(typ)
        first = Msg("customer")
        if self.r.random() < 0.5:
            fill(first, self.pick("MK_NAMED", kind), {"v": self.keep(kind)})
            fill(first, self.r.choice([", ", ". ", " - ", "\n"]), {})
            slots["v"] = self.value(typ, "named")
            fill(first, ntpl, slots)
        else:
            slots["v"] = self.value(typ, "named")
            fill(first, ntpl, slots)
            fill(first, self.r.choice([", ", ". ", " - ", "\n"]), {})
            fill(first, self.pick("MK_NAMED", kind), {"v": self.keep(kind)})
        self.msgs.append(first)

    def chat(self) -> None:
        for _ in range(self.r.choice([1, 1, 2])):
            self.customer(self.pick("CHAT"))

    def build(self) -> list[Msg]:
        if self.r.random() < 0.75:
            self.agent(self.pick("OPEN"))
        self.customer(self.pick("CUST_OPEN"))
        names = [n for n, _ in SCENES]
        weights = [w for _, w in SCENES]
        for name in self.r.choices(names, weights, k=self.r.randint(4, 7)):
            getattr(self, name)()
        self.agent(self.pick("CLOSE"))
        if self.r.random() < 0.6:
            self.customer(self.pick("CUST_CLOSE"))
        return self.msgs


def validate(conv: dict, checks: list[tuple[str, str, list[str]]], lang: str, locale: str) -> None:
    cid = conv["id"]
    for m in conv["messages"]:
        text = m["text"]
        if m["role"] == "agent":
            assert m["pii"] == [] and m["must_keep"] == [], cid
            continue
        spans = []
        for it in m["pii"] + m["must_keep"]:
            assert text[it["start"] : it["end"]] == it["value"], (cid, it)
            assert it["value"] == it["value"].strip() and it["value"], (cid, it)
            spans.append((it["start"], it["end"]))
        for it in m["pii"]:
            assert it["context"] in ("named", "asked", "none"), (cid, it)
            assert it["family"] in render_families, (cid, it)
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            assert b <= c, f"{cid}: overlapping spans"
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(text):
            if ch.isdigit():
                assert i in covered, f"{cid}: digit outside a span in {text!r}"
    for typ, v, parts in checks:
        assert values.is_valid(typ, v, locale) or len(v) == 4, (cid, typ, v)
        got = "".join(render.decode(typ, p, lang) for p in parts)
        want = render.compact(typ, v)
        assert got == want, f"{cid}: {parts!r} decodes to {got!r}, not {want!r}"


render_families = {
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_digits",
    "spelled_out",
    "email_obfuscated",
    "multi_message",
}


def build_all() -> dict[str, list[dict]]:
    tpls = [Templates(lang) for lang in LANGS]
    check_templates(tpls)
    r = random.Random(SEED)
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for tp in tpls:
        locales = sorted(tp.locales)
        for i in range(CONVS_PER_LANG):
            # spread dev evenly through the run: DEV_SHARE of each language, interleaved
            split = "dev" if int((i + 1) * DEV_SHARE) > int(i * DEV_SHARE) else "sealed"
            locale = locales[i % len(locales)]
            b = Builder(tp, split, locale, r)
            msgs = b.build()
            conv = {
                "id": f"ac29-{tp.lang}-{i + 1:04d}",
                "lang": tp.lang,
                "locale": locale,
                "split": split,
                "messages": [m.as_json() for m in msgs],
            }
            validate(conv, b.checks, tp.lang, locale)
            out[split].append(conv)
    for split in out:
        langs = {c["lang"] for c in out[split]}
        assert langs == set(LANGS), f"{split} misses a language"
    return out


def serialize(convs: dict[str, list[dict]]) -> tuple[bytes, bytes]:
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs["dev"]).encode()
    raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs["sealed"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return dev, buf.getvalue()


def stats(convs: dict[str, list[dict]]) -> str:
    lines = []
    for split in ("dev", "sealed", "all"):
        cs = convs["dev"] + convs["sealed"] if split == "all" else convs[split]
        c = collections.Counter()
        by = {
            k: collections.Counter()
            for k in ("lang", "type", "family", "context", "must_keep", "lang_msgs")
        }
        groups = set()
        for conv in cs:
            c["conversations"] += 1
            for m in conv["messages"]:
                c[m["role"] + "_messages"] += 1
                if m["role"] != "customer":
                    continue
                by["lang_msgs"][conv["lang"]] += 1
                for it in m["pii"]:
                    c["pii_values"] += 1
                    by["type"][it["type"]] += 1
                    by["family"][it["family"]] += 1
                    by["context"][it["context"]] += 1
                    by["lang"][conv["lang"]] += 1
                    if "group" in it:
                        groups.add((conv["id"], it["group"]))
                for it in m["must_keep"]:
                    c["must_keep_spans"] += 1
                    by["must_keep"][it["kind"]] += 1
        c["multi_message_groups"] = len(groups)
        lines.append(f"== {split}")
        lines.append("  " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
        total = sum(by["lang_msgs"].values())
        lines.append(
            "  customer messages per language: "
            + ", ".join(
                f"{k}={v} ({100 * v / total:.1f}%)" for k, v in sorted(by["lang_msgs"].items())
            )
        )
        for k in ("lang", "type", "family", "context", "must_keep"):
            label = "pii per language" if k == "lang" else k
            lines.append(f"  {label}: " + ", ".join(f"{a}={b}" for a, b in sorted(by[k].items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument(
        "--stats", action="store_true", help="print counts per language/type/family/context/kind"
    )
    args = ap.parse_args(argv)
    convs = build_all()
    dev, sealed = serialize(convs)
    if args.stats:
        print(stats(convs))
        return 0
    paths = {HERE / "dev.jsonl": dev, HERE / "sealed.jsonl.gz": sealed}
    if args.check:
        bad = [p.name for p, data in paths.items() if not p.exists() or p.read_bytes() != data]
        if bad:
            print("out of date: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("ok: dev.jsonl and sealed.jsonl.gz match the generator")
        return 0
    for p, data in paths.items():
        p.write_bytes(data)
    print(f"wrote {len(convs['dev'])} dev and {len(convs['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
