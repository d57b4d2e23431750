"""Generate the petitioned corpus: chats with agent turns, dev and sealed splits.

    python -m bench.redaction.petitioned.generate           # rewrite dev.jsonl and sealed.jsonl.gz
    python -m bench.redaction.petitioned.generate --check   # compare with the files on disk
    python -m bench.redaction.petitioned.generate --stats   # counts per language/type/family/...

Dev and sealed draw from disjoint halves of every hand-written template list (even lines dev,
odd lines sealed); the run stops if any literal template text ends up in both halves.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .render import LONG, decode, eligible_letter_digits, families, render, split_parts
from .values import LOCALE_TYPES, canon, draw, keep_value, validate

HERE = Path(__file__).parent
SEED = 37
LANGS = [templates_en, templates_es, templates_fr, templates_de, templates_pt]
CONVERSATIONS = {"dev": 60, "sealed": 74}  # per language: about 45% / 55%
TEMPLATE_LISTS = [
    "GREET",
    "OPEN",
    "CHAT",
    "NAMED",
    "FILLER",
    "WAIT",
    "QBACK",
    "CONFIRM",
    "REASK",
    "CORRECT",
    "OFFTOPIC",
    "MULTI_MORE",
    "TWO_ASK",
    "TWO_ANS",
    "LAST4_ASK",
    "LAST4_ANS",
    "CLOSE",
    "THANKS",
]
TEMPLATE_DICTS = ["ASK", "KEEP_ASK"]
VOCAB_DICTS = [
    "NAMES",
    "KEEP_NAMES",
]  # context words: split when there are two or more, else shared
WEIGHT = {
    "CREDIT_DEBIT_NUMBER": 2.5,
    "PHONE": 2.5,
    "EMAIL": 1.5,
    "ES_DNI": 2,
    "ES_NIE": 1.5,
    "MX_CURP": 2,
    "MX_RFC": 1.5,
    "MX_CLABE": 2,
    "BR_CPF": 2.5,
    "BR_CNPJ": 1.5,
    "FR_NIR": 2.5,
    "DE_TAX_ID": 2.5,
    "PT_NIF": 2.5,
    "SSN": 2,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 1.5,
}
PH = re.compile(r"\{(v|a|b|n)\}")


def lines(s: str) -> list[str]:
    return [x for x in s.split("\n") if x.strip()]


def half(items: list[str], split: str) -> list[str]:
    return items[0::2] if split == "dev" else items[1::2]


def pool(mod, split: str) -> SimpleNamespace:
    p = SimpleNamespace(
        LANG=mod.LANG,
        LOCALES=mod.LOCALES,
        DIGITS=mod.DIGITS,
        NOISE=mod.NOISE,
        AT=mod.AT,
        DOT=mod.DOT,
        MONTHS=mod.MONTHS,
    )
    for name in TEMPLATE_LISTS:
        setattr(p, name, half(lines(getattr(mod, name)), split))
    for name in TEMPLATE_DICTS:
        setattr(p, name, {k: half(lines(v), split) for k, v in getattr(mod, name).items()})
    for name in VOCAB_DICTS:
        setattr(
            p,
            name,
            {k: (half(v, split) if len(v) > 1 else v) for k, v in getattr(mod, name).items()},
        )
    return p


def check_disjoint(pools: dict) -> None:
    def texts(p):
        out = set()
        for name in TEMPLATE_LISTS:
            out.update(getattr(p, name))
        for name in TEMPLATE_DICTS:
            for v in getattr(p, name).values():
                out.update(v)
        return out

    dev = set().union(*(texts(p) for (lang, split), p in pools.items() if split == "dev"))
    sealed = set().union(*(texts(p) for (lang, split), p in pools.items() if split == "sealed"))
    shared = dev & sealed
    if shared:
        sys.exit(f"refusing to run: dev and sealed share templates: {sorted(shared)[:10]}")
    for (lang, split), p in pools.items():
        for name in TEMPLATE_LISTS:
            if not getattr(p, name):
                sys.exit(f"{lang}/{split}: empty {name}")
        for name in TEMPLATE_DICTS:
            for k, v in getattr(p, name).items():
                if not v:
                    sys.exit(f"{lang}/{split}: no {name}[{k}] template")
        for t in dev | sealed:
            if re.search(r"\d", t):
                sys.exit(f"template holds a digit: {t!r}")


class Chat:
    def __init__(self, rng: random.Random, p: SimpleNamespace, locale: str):
        self.rng, self.p, self.locale = rng, p, locale
        self.messages: list[dict] = []
        self.groups = 0

    def agent(self, text: str) -> None:
        self.messages.append({"role": "agent", "text": text, "pii": [], "must_keep": []})

    def customer(self, template: str, fills: dict) -> None:
        """fills: placeholder -> (surface text, label or None). Labels become spans."""
        text, pii, keep, pos = "", [], [], 0
        for m in PH.finditer(template):
            text += template[pos : m.start()]
            surface, label = fills[m.group(1)]
            if label is not None:
                span = dict(label, start=len(text), end=len(text) + len(surface), value=surface)
                (keep if "kind" in label else pii).append(span)
            text += surface
            pos = m.end()
        text += template[pos:]
        self.messages.append({"role": "customer", "text": text, "pii": pii, "must_keep": keep})

    def say(self, template: str) -> None:
        self.customer(template, {})

    # --- pieces -------------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def name_of(self, kind: str) -> str:
        return self.pick(self.p.NAMES[kind])

    def value(self, kind: str, family: str) -> tuple[str, str]:
        base = draw(self.rng, kind, self.locale, self.p.LANG)
        assert validate(kind, base, self.locale), (kind, base)
        if family == "letter_digits" and not eligible_letter_digits(base):
            family = "plain"
        surface = (
            render(self.rng, kind, base, family, self.p) if family != "multi_message" else base
        )
        if family != "multi_message" and kind != "CREDIT_DEBIT_EXPIRY":
            assert decode(kind, surface, family, self.p) == canon(base), (
                kind,
                base,
                surface,
                family,
            )
        return surface, family

    def choose_family(self, kind: str) -> str:
        fams = families(kind)
        weights = [{"plain": 3.0, "multi_message": 2.5}.get(f, 1.0) for f in fams]
        return self.rng.choices(fams, weights)[0]

    def answer(self, kind: str, context: str, family: str | None = None) -> None:
        """One customer message holding a value of ``kind`` (asked: filler; named: context word)."""
        family = family or self.choose_family(kind)
        if family == "multi_message":
            return self.multi(kind, context)
        surface, family = self.value(kind, family)
        label = {"type": kind, "family": family, "context": context}
        if context == "named":
            self.customer(
                self.pick(self.p.NAMED), {"v": (surface, label), "n": (self.name_of(kind), None)}
            )
        else:
            self.customer(self.pick(self.p.FILLER), {"v": (surface, label)})

    def multi(self, kind: str, context: str) -> None:
        base = draw(self.rng, kind, self.locale, self.p.LANG)
        assert validate(kind, base, self.locale)
        parts = split_parts(self.rng, base)
        assert canon("".join(parts)) == canon(base), (base, parts)
        self.groups += 1
        g = f"g{self.groups}"
        label = {"type": kind, "family": "multi_message", "context": context, "group": g}
        if context == "named":
            self.customer(
                self.pick(self.p.NAMED), {"v": (parts[0], label), "n": (self.name_of(kind), None)}
            )
        else:
            self.customer(self.pick(self.p.FILLER), {"v": (parts[0], label)})
        for part in parts[1:]:
            self.customer(self.pick(self.p.MULTI_MORE), {"v": (part, label)})

    def keep(self, kind: str, named: bool) -> None:
        v = keep_value(self.rng, kind, self.locale, self.p.MONTHS)
        label = {"kind": kind}
        if named:
            self.customer(
                "{n} {v}", {"n": (self.pick(self.p.KEEP_NAMES[kind]), None), "v": (v, label)}
            )
        else:
            self.customer(self.pick(self.p.FILLER), {"v": (v, label)})

    # --- exchanges ------------------------------------------------------------------------
    def pii_types(self) -> list[str]:
        return [k for k in LOCALE_TYPES[self.locale] if k in self.p.ASK]

    def ask_pii(self) -> None:
        kinds = self.pii_types()
        kind = self.rng.choices(kinds, [WEIGHT.get(k, 1.0) for k in kinds])[0]
        self.agent(self.pick(self.p.ASK[kind]))
        mode = self.rng.choices(
            ["asked", "named", "wait", "qback", "reask", "different", "offtopic", "correct"],
            [8, 4, 1.5, 1.2, 1.2, 0.8, 1, 0.8],
        )[0]
        if mode == "asked":
            self.answer(kind, "asked")
        elif mode == "named":
            self.answer(kind, "named")
        elif mode == "wait":
            self.say(self.pick(self.p.WAIT))
            self.answer(kind, "asked")
        elif mode == "qback":
            self.say(self.pick(self.p.QBACK))
            self.agent(self.pick(self.p.CONFIRM))
            self.answer(kind, "asked")
        elif mode == "reask":
            self.answer(kind, "asked", "plain")
            self.agent(self.pick(self.p.REASK))
            self.answer(kind, self.pick(["asked", "asked", "named"]))
        elif mode == "correct":
            self.answer(kind, "asked", "plain")
            surface, fam = self.value(
                kind,
                self.pick(["plain", "plain", "spaced_or_dashed"])
                if "spaced_or_dashed" in families(kind)
                else "plain",
            )
            self.customer(
                self.pick(self.p.CORRECT),
                {"v": (surface, {"type": kind, "family": fam, "context": "asked"})},
            )
        elif mode == "different":
            other = self.pick([k for k in kinds if k != kind and k not in ("PASSWORD", "USERNAME")])
            if self.rng.random() < 0.6:
                surface, fam = self.value(other, "plain")
                self.customer(
                    self.pick(self.p.FILLER),
                    {"v": (surface, {"type": other, "family": fam, "context": "none"})},
                )
            else:
                self.keep(self.pick(list(self.p.KEEP_ASK)), named=True)
            self.agent(self.pick(self.p.ASK[kind]))
            self.answer(kind, "asked")
        elif mode == "offtopic":
            self.say(self.pick(self.p.OFFTOPIC))
            if self.rng.random() < 0.5:
                self.agent(self.pick(self.p.ASK[kind]))
                self.answer(kind, "asked")

    def ask_keep(self) -> None:
        kinds = [
            k
            for k in self.p.KEEP_ASK
            if not (k == "zip_code" and not self.locale.endswith("US"))
            and not (
                k == "postal_code" and self.locale.endswith("US") and "zip_code" in self.p.KEEP_ASK
            )
        ]
        kind = self.pick(kinds)
        self.agent(self.pick(self.p.KEEP_ASK[kind]))
        if self.rng.random() < 0.15:
            self.say(self.pick(self.p.WAIT))
        self.keep(kind, named=self.rng.random() < 0.25)

    def two_at_once(self) -> None:
        self.agent(self.pick(self.p.TWO_ASK))
        template = self.pick(self.p.TWO_ANS)
        a, fa = self.value("CREDIT_DEBIT_NUMBER", self.pick(["plain", "plain", "spaced_or_dashed"]))
        b, fb = self.value("CREDIT_DEBIT_EXPIRY", "plain")
        before_a = template[: template.index("{a}")].lower()
        between = template[template.index("{a}") + 3 : template.index("{b}")].lower()
        ca = (
            "named"
            if any(w.lower() in before_a for w in self.p.NAMES["CREDIT_DEBIT_NUMBER"])
            else "asked"
        )
        cb = (
            "named"
            if any(w.lower() in between for w in self.p.NAMES["CREDIT_DEBIT_EXPIRY"])
            else "asked"
        )
        self.customer(
            template,
            {
                "a": (a, {"type": "CREDIT_DEBIT_NUMBER", "family": fa, "context": ca}),
                "b": (b, {"type": "CREDIT_DEBIT_EXPIRY", "family": fb, "context": cb}),
            },
        )

    def last4(self) -> None:
        self.agent(self.pick(self.p.LAST4_ASK))
        card = canon(draw(self.rng, "CREDIT_DEBIT_NUMBER", self.locale, self.p.LANG))
        self.customer(
            self.pick(self.p.LAST4_ANS),
            {
                "v": (
                    card[-4:],
                    {"type": "CREDIT_DEBIT_NUMBER", "family": "partial", "context": "asked"},
                )
            },
        )

    def stretch(self) -> None:
        """Customer-only messages: chatter, a volunteered named value, maybe an unprompted bare one."""
        self.say(self.pick(self.p.CHAT))
        r = self.rng.random()
        if r < 0.45:
            self.answer(self.pick(self.pii_types()), "named")
        elif r < 0.85:
            self.keep(self.pick([k for k in self.p.KEEP_NAMES if k in self.p.KEEP_ASK]), named=True)
        else:
            kind = self.pick(
                [
                    k
                    for k in self.pii_types()
                    if k not in ("PASSWORD", "USERNAME", "CREDIT_DEBIT_EXPIRY")
                ]
            )
            surface, fam = self.value(kind, "plain")
            self.customer("{v}", {"v": (surface, {"type": kind, "family": fam, "context": "none"})})
        if self.rng.random() < 0.5:
            self.say(self.pick(self.p.CHAT))

    def run(self) -> list[dict]:
        self.agent(self.pick(self.p.GREET))
        self.say(self.pick(self.p.OPEN))
        for _ in range(self.rng.randint(3, 5)):
            step = self.rng.choices(
                [self.ask_pii, self.ask_keep, self.two_at_once, self.last4, self.stretch],
                [5, 3.2, 0.5, 0.5, 1],
            )[0]
            step()
            if self.rng.random() < 0.2:
                self.say(self.pick(self.p.CHAT))
        self.agent(self.pick(self.p.CLOSE))
        if self.rng.random() < 0.7:
            self.say(self.pick(self.p.THANKS))
        return self.messages


def build() -> dict[str, list[dict]]:
    pools = {(m.LANG, s): pool(m, s) for m in LANGS for s in ("dev", "sealed")}
    check_disjoint(pools)
    rng = random.Random(SEED)
    out = {"dev": [], "sealed": []}
    for mod in LANGS:
        n = 0
        for split in ("dev", "sealed"):
            p = pools[(mod.LANG, split)]
            for i in range(CONVERSATIONS[split]):
                n += 1
                locale = mod.LOCALES[i % len(mod.LOCALES)]
                msgs = Chat(rng, p, locale).run()
                out[split].append(
                    {
                        "id": f"ac37-{mod.LANG}-{n:04d}",
                        "lang": mod.LANG,
                        "locale": locale,
                        "split": split,
                        "messages": msgs,
                    }
                )
    for split in out:
        for conv in out[split]:
            check(conv)
    return out


def check(conv: dict) -> None:
    langs = {split: set() for split in ("dev", "sealed")}
    del langs
    for m in conv["messages"]:
        assert set(m) == {"role", "text", "pii", "must_keep"}, m
        if m["role"] == "agent":
            assert m["pii"] == [] and m["must_keep"] == []
            continue
        spans = sorted(m["pii"] + m["must_keep"], key=lambda s: s["start"])
        covered = set()
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (conv["id"], m["text"])
        for s in spans:
            assert m["text"][s["start"] : s["end"]] == s["value"], (conv["id"], s)
            assert s["value"] == s["value"].strip() and s["value"], s
            covered.update(range(s["start"], s["end"]))
        for i, ch in enumerate(m["text"]):
            if ch.isdigit():
                assert i in covered, (conv["id"], m["text"])
        for s in m["pii"]:
            assert s["context"] in ("named", "asked", "none") and s["family"] and s["type"]
    groups = collections.defaultdict(list)
    for m in conv["messages"]:
        for s in m["pii"]:
            if "group" in s:
                groups[s["group"]].append(s)
    for g, parts in groups.items():
        assert len(parts) >= 2 and len({p["type"] for p in parts}) == 1, (conv["id"], g)
        whole = "".join(p["value"] for p in parts)
        assert validate(
            parts[0]["type"], whole if parts[0]["type"] != "PHONE" else whole, conv["locale"]
        ) or parts[0]["type"] in ("MX_CURP",), (conv["id"], whole)


def serialize(out: dict) -> tuple[bytes, bytes]:
    dev = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in out["dev"]
    ).encode()
    raw = "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in out["sealed"]
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return dev, buf.getvalue()


def stats(out: dict) -> str:
    lines_ = []
    for split in ("dev", "sealed", "all"):
        convs = out["dev"] + out["sealed"] if split == "all" else out[split]
        c = collections.Counter()
        by = {
            k: collections.Counter()
            for k in ("lang_msgs", "type", "family", "context", "must_keep", "lang_pii")
        }
        groups = set()
        for conv in convs:
            c["conversations"] += 1
            for m in conv["messages"]:
                if m["role"] == "agent":
                    c["agent_messages"] += 1
                    continue
                c["customer_messages"] += 1
                by["lang_msgs"][conv["lang"]] += 1
                for s in m["pii"]:
                    c["pii_values"] += 1
                    by["type"][s["type"]] += 1
                    by["family"][s["family"]] += 1
                    by["context"][s["context"]] += 1
                    by["lang_pii"][conv["lang"]] += 1
                    if "group" in s:
                        groups.add((conv["id"], s["group"]))
                for s in m["must_keep"]:
                    c["must_keep"] += 1
                    by["must_keep"][s["kind"]] += 1
        c["multi_message_values"] = len(groups)
        lines_.append(f"== {split}: " + ", ".join(f"{k} {v}" for k, v in c.items()))
        total = c["customer_messages"]
        lines_.append(
            "  customer messages per language: "
            + ", ".join(
                f"{k} {v} ({100 * v / total:.1f}%)" for k, v in sorted(by["lang_msgs"].items())
            )
        )
        for k in ("lang_pii", "type", "family", "context", "must_keep"):
            lines_.append(f"  {k}: " + ", ".join(f"{a} {b}" for a, b in sorted(by[k].items())))
    return "\n".join(lines_)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args()
    out = build()
    dev, sealed = serialize(out)
    if args.stats:
        print(stats(out))
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print(
            "up to date" if ok else "OUT OF DATE: run python -m bench.redaction.petitioned.generate"
        )
        return 0 if ok else 1
    if not args.stats:
        (HERE / "dev.jsonl").write_bytes(dev)
        (HERE / "sealed.jsonl.gz").write_bytes(sealed)
        print(f"wrote {len(out['dev'])} dev and {len(out['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
