"""Generate the polled corpus (agent + customer turns): dev.jsonl and sealed.jsonl.gz.

    python -m bench.redaction.polled.generate           # rewrite both files (fixed seeds)
    python -m bench.redaction.polled.generate --check   # compare with the files on disk, write nothing
    python -m bench.redaction.polled.generate --stats   # counts per language/type/family/context/kind

Dev and sealed conversations are built from disjoint halves of every template list (even index ->
dev, odd -> sealed); the generator refuses to run if any template text appears in both halves.
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
import types
from pathlib import Path

import phonenumbers

from . import render, templates_de, templates_en, templates_es, templates_fr, templates_pt, values

HERE = Path(__file__).resolve().parent
DEV_PATH = HERE / "dev.jsonl"
SEALED_PATH = HERE / "sealed.jsonl.gz"
MODULES = [templates_en, templates_es, templates_fr, templates_de, templates_pt]
CONVERSATIONS = {"dev": 36, "sealed": 44}  # per language

COMMON = [
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "EMAIL",
    "PHONE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "PASSWORD",
    "USERNAME",
    "IP_ADDRESS",
    "SWIFT_CODE",
]
LOCAL = {
    "en-US": ["SSN", "BANK_ROUTING"],
    "en-GB": ["BANK_ROUTING", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
    "es-ES": ["ES_DNI", "ES_NIE", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
    "es-MX": ["MX_CURP", "MX_RFC", "MX_CLABE"],
    "es-US": ["SSN", "BANK_ROUTING"],
    "fr-FR": ["FR_NIR", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
    "fr-CA": ["INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
    "de-DE": ["DE_TAX_ID", "BANK_ROUTING", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
    "pt-BR": ["BR_CPF", "BR_CNPJ", "BANK_ROUTING", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
    "pt-PT": ["PT_NIF", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"],
}
WEIGHT = {
    "CREDIT_DEBIT_NUMBER": 4,
    "PHONE": 4,
    "EMAIL": 2,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 2.5,
    "BANK_ACCOUNT_NUMBER": 2,
    "PIN": 1.5,
    "CREDIT_DEBIT_CVV": 1.2,
    "CREDIT_DEBIT_EXPIRY": 1.2,
    "SSN": 2,
    "ES_DNI": 3,
    "ES_NIE": 3,
    "MX_CURP": 3,
    "MX_RFC": 3,
    "MX_CLABE": 3,
    "BR_CPF": 3,
    "BR_CNPJ": 2.5,
    "FR_NIR": 3,
    "DE_TAX_ID": 2.5,
    "PT_NIF": 3,
}
MULTI_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "SSN",
    "PT_NIF",
    "ES_DNI",
}
SCENES = {
    "asked": 5,
    "named": 3,
    "multi": 1.6,
    "back_q": 1,
    "wait": 1,
    "diff": 0.6,
    "dodge": 0.6,
    "correction": 0.7,
    "reask": 0.6,
    "pair": 1,
    "partial": 0.7,
    "keep_ask": 3.6,
    "keep_free": 1.6,
    "chatter": 1,
    "none": 0.5,
}
SPLIT_SKIP = {"LANG", "LOCALES"}


class CorpusError(Exception):
    pass


# ---------------------------------------------------------------- template splitting


def _half(obj, parity: int):
    if isinstance(obj, list):
        return [x for i, x in enumerate(obj) if i % 2 == parity]
    if isinstance(obj, dict):
        return {k: _half(v, parity) for k, v in obj.items()}
    return obj


def split_templates(mod, parity: int) -> types.SimpleNamespace:
    ns = {
        k: (getattr(mod, k) if k in SPLIT_SKIP else _half(getattr(mod, k), parity))
        for k in dir(mod)
        if k.isupper()
    }
    return types.SimpleNamespace(**ns)


def _texts(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            yield from _texts(x)
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _texts(v)


def _is_bare(t: str) -> bool:
    """A template of placeholders and punctuation only ('{v}', '{v}, {w}') is the bare value, not wording."""
    return not re.search(r"[^\W\d_]", re.sub(r"\{\w+\}", "", t))


def check_templates(dev: dict, sealed: dict) -> None:
    def collect(halves):
        out = set()
        for ns in halves.values():
            for k, v in vars(ns).items():
                if k in SPLIT_SKIP:
                    continue
                for t in _texts(v):
                    if re.search(r"\d", t):
                        raise CorpusError(f"template holds a digit: {t!r}")
                    if t.isupper() and "_" in t:
                        continue  # entity type names inside PAIR_ASK
                    if not _is_bare(t):
                        out.add(t.strip().lower())
        return out

    shared = collect(dev) & collect(sealed)
    if shared:
        raise CorpusError(f"dev and sealed share template text: {sorted(shared)[:10]}")
    for half in (dev, sealed):
        for lang, ns in half.items():
            for k, v in vars(ns).items():
                if isinstance(v, dict):
                    empty = [key for key, lst in v.items() if not lst]
                    if empty:
                        raise CorpusError(f"{lang}.{k} has an empty half for {empty}")
                elif isinstance(v, list) and not v:
                    raise CorpusError(f"{lang}.{k} has an empty half")


# ---------------------------------------------------------------- conversation building


class Conversation:
    def __init__(self, rng: random.Random, t: types.SimpleNamespace, locale: str):
        self.rng, self.t, self.locale, self.lang = rng, t, locale, t.LANG
        self.messages: list[dict] = []
        self.groups = 0

    def agent(self, text: str) -> None:
        self.messages.append({"role": "agent", "text": text, "pii": [], "must_keep": []})

    def customer(self, template: str, slots: dict | None = None) -> None:
        slots = slots or {}
        text, pii, keep = "", [], []
        for piece in re.split(r"(\{\w+\})", template):
            m = re.fullmatch(r"\{(\w+)\}", piece)
            if not m:
                text += piece
                continue
            rendered, item = slots[m.group(1)]
            start = len(text)
            text += rendered
            span = dict(item, start=start, end=len(text), value=rendered)
            (keep if "kind" in item else pii).append(span)
        self.messages.append({"role": "customer", "text": text, "pii": pii, "must_keep": keep})

    # values ---------------------------------------------------------------
    def pick_type(self, among: set | None = None) -> str:
        pool = [k for k in COMMON + LOCAL[self.locale] if among is None or k in among]
        return self.rng.choices(pool, weights=[WEIGHT.get(k, 1) for k in pool])[0]

    def value(
        self, kind: str, context: str, family: str | None = None, partial_of: str | None = None
    ):
        raw = values.draw(self.rng, kind, self.locale)
        if partial_of:
            raw = raw[-4:]
        form = render.form_for(self.rng, kind, raw)
        fams = ["plain", "plain", "spelled_out"] if partial_of else render.families_for(kind, form)
        family = family or self.rng.choice(fams)
        text = render.render(self.rng, kind, form, family, self.lang)
        self._check(kind, raw, form, text, family, bool(partial_of))
        return text, {"type": kind, "family": family, "context": context}

    def _check(self, kind, raw, form, text, family, partial) -> None:
        if render.decode(text, family, self.lang, kind) != render.alnum(form):
            raise CorpusError(f"{kind}/{family}: {text!r} does not decode to {form!r}")
        if not values.validate(kind, raw, partial=partial):
            raise CorpusError(f"{kind}: invalid value {raw!r}")
        if kind == "PHONE":
            region = values.PHONE_REGION[self.locale[-2:]]
            if phonenumbers.parse(form, region) != phonenumbers.parse(raw):
                raise CorpusError(f"phone form {form!r} is not {raw!r}")

    def keep(self, kind: str):
        v = values.keep(self.rng, kind, self.locale)
        return v, {"kind": kind}

    # scenes ---------------------------------------------------------------
    def ask(self, kind: str) -> None:
        self.agent(self.rng.choice(self.t.ASK[kind]))

    def scene(self, name: str) -> None:
        r, t = self.rng, self.t
        if name == "asked":
            k = self.pick_type()
            self.ask(k)
            self.customer(r.choice(t.FILLER), {"v": self.value(k, "asked")})
        elif name == "named":
            k = self.pick_type()
            if r.random() < 0.7:
                self.ask(k)
            self.customer(r.choice(t.NAMED[k]), {"v": self.value(k, "named")})
        elif name == "multi":
            self.multi()
        elif name == "back_q":
            k = self.pick_type()
            self.ask(k)
            self.customer(r.choice(t.BACK_Q))
            self.agent(r.choice(t.BACK_YES))
            self.customer(r.choice(t.FILLER), {"v": self.value(k, "asked")})
        elif name == "wait":
            k = self.pick_type()
            self.ask(k)
            self.customer(r.choice(t.WAIT))
            self.customer(r.choice(t.FILLER), {"v": self.value(k, "asked")})
        elif name == "diff":
            k = self.pick_type()
            self.ask(k)
            other = self.pick_type()
            while other == k:
                other = self.pick_type()
            if other == "EMAIL" and r.random() < 0.5:
                self.customer(
                    r.choice(t.DIFF_PREFIX).rstrip() + " {v}", {"v": self.value(other, "none")}
                )
            else:
                self.customer(
                    r.choice(t.DIFF_PREFIX) + r.choice(t.NAMED[other]),
                    {"v": self.value(other, "named")},
                )
        elif name == "dodge":
            k = self.pick_type()
            self.ask(k)
            self.customer(r.choice(t.DODGE))
            self.agent(r.choice(t.OTHER_Q))
            self.customer(r.choice(t.CHAT))
        elif name == "correction":
            k = self.pick_type()
            self.ask(k)
            self.customer(r.choice(t.FILLER), {"v": self.value(k, "asked")})
            self.customer(r.choice(t.WRONG), {"v": self.value(k, "asked")})
        elif name == "reask":
            k = self.pick_type()
            self.ask(k)
            self.customer(r.choice(t.FILLER), {"v": self.value(k, "asked")})
            self.agent(r.choice(t.REASK))
            self.customer(r.choice(t.FILLER), {"v": self.value(k, "asked", family="plain")})
        elif name == "pair":
            a, b, text = r.choice(t.PAIR_ASK)
            self.agent(text)
            self.customer(
                r.choice(t.PAIR_BARE),
                {"v": self.value(a, "asked", "plain"), "w": self.value(b, "asked", "plain")},
            )
        elif name == "partial":
            self.agent(r.choice(t.PARTIAL_ASK))
            self.customer(
                r.choice(t.FILLER),
                {"v": self.value("CREDIT_DEBIT_NUMBER", "asked", partial_of="card")},
            )
        elif name == "keep_ask":
            kind = r.choice(list(t.KEEP_ASK)) if r.random() < 0.45 else "order_number"
            if kind == "zip_code" and self.locale[-2:] != "US":
                kind = "postal_code"
            if kind == "postal_code" and self.locale[-2:] == "US":
                kind = "zip_code"
            self.agent(r.choice(t.KEEP_ASK[kind]))
            self.customer(r.choice(t.KEEP_BARE), {"k": self.keep(kind)})
        elif name == "keep_free":
            tpl = r.choice(t.KEEP_FREE)
            slots = {}
            for kind in re.findall(r"\{(\w+)\}", tpl):
                slots[kind] = self.keep(kind)
            self.customer(tpl, slots)
        elif name == "chatter":
            self.customer(r.choice(t.CHAT))
        elif name == "none":
            k = self.pick_type(
                {
                    "EMAIL",
                    "IP_ADDRESS",
                    "CREDIT_DEBIT_NUMBER",
                    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
                    "PHONE",
                }
            )
            self.customer(r.choice(t.NONE_LINES), {"v": self.value(k, "none", "plain")})
        else:
            raise ValueError(name)

    def multi(self) -> None:
        r, t = self.rng, self.t
        k = self.pick_type(MULTI_TYPES)
        raw = values.draw(r, k, self.locale)
        form = render.form_for(r, k, raw)
        n = 3 if len(render.groups(form, r)) >= 4 and r.random() < 0.4 else 2
        parts = render.split_parts(r, k, form, n)
        if "".join(render.alnum(p) for p in parts) != render.alnum(form):
            raise CorpusError(f"multi parts of {form!r} do not join back")
        self._check(k, raw, form, " ".join(parts), "plain", False)
        self.groups += 1
        group = f"g{self.groups}"
        named = r.random() < 0.4
        ctx = "named" if named else "asked"
        if not named or r.random() < 0.7:
            self.ask(k)
        lead = r.choice(t.MULTI_LEAD)
        if lead:
            self.customer(lead)
        first = r.choice(t.NAMED[k]) if named else r.choice(t.FILLER)
        item = {"type": k, "family": "multi_message", "context": ctx, "group": group}
        self.customer(first, {"v": (parts[0], item)})
        for p in parts[1:]:
            self.customer(r.choice(t.MULTI_CONT), {"v": (p, item)})


def build_split(split: str, halves: dict) -> list[dict]:
    out = []
    for mod in MODULES:
        t = halves[mod.LANG]
        rng = random.Random(f"polled-{mod.LANG}-{split}")
        offset = 0 if split == "dev" else CONVERSATIONS["dev"]
        for i in range(CONVERSATIONS[split]):
            locale = rng.choice(t.LOCALES)
            c = Conversation(rng, t, locale)
            c.agent(rng.choice(t.GREET_A))
            c.customer(rng.choice(t.GREET_C))
            names = rng.choices(list(SCENES), weights=list(SCENES.values()), k=rng.randint(4, 6))
            if "keep_ask" not in names:
                names.append("keep_ask")
            if "multi" not in names and rng.random() < 0.3:
                names.insert(0, "multi")
            rng.shuffle(names)
            for name in names:
                c.scene(name)
            c.agent(rng.choice(t.CLOSE_A))
            c.customer(rng.choice(t.CLOSE_C))
            out.append(
                {
                    "id": f"ac32-{mod.LANG}-{offset + i + 1:04d}",
                    "lang": mod.LANG,
                    "locale": locale,
                    "split": split,
                    "messages": c.messages,
                }
            )
    return out


# ---------------------------------------------------------------- validation and output

FAMILIES = {
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_digits",
    "spelled_out",
    "email_obfuscated",
    "multi_message",
}


def validate(convs: list[dict]) -> None:
    for conv in convs:
        seen_groups = collections.defaultdict(list)
        for m in conv["messages"]:
            if m["role"] == "agent":
                if m["pii"] or m["must_keep"]:
                    raise CorpusError(f"{conv['id']}: agent message carries labels")
                continue
            spans = sorted(m["pii"] + m["must_keep"], key=lambda s: s["start"])
            covered = set()
            last_end = -1
            for s in spans:
                if m["text"][s["start"] : s["end"]] != s["value"]:
                    raise CorpusError(f"{conv['id']}: offsets do not match {s}")
                if s["start"] < last_end:
                    raise CorpusError(f"{conv['id']}: overlapping spans in {m['text']!r}")
                if s["value"] != s["value"].strip():
                    raise CorpusError(f"{conv['id']}: span has outer whitespace {s}")
                last_end = s["end"]
                covered.update(range(s["start"], s["end"]))
            for i, ch in enumerate(m["text"]):
                if ch.isdigit() and i not in covered:
                    raise CorpusError(f"{conv['id']}: digit outside a span in {m['text']!r}")
            for s in m["pii"]:
                if s["family"] not in FAMILIES or s["context"] not in ("named", "asked", "none"):
                    raise CorpusError(f"{conv['id']}: bad labels {s}")
                if "group" in s:
                    seen_groups[s["group"]].append(s)
        for g, parts in seen_groups.items():
            if len(parts) < 2 or len({p["type"] for p in parts}) != 1:
                raise CorpusError(f"{conv['id']}: group {g} malformed")
    for split in ("dev", "sealed"):
        langs = {c["lang"] for c in convs if c["split"] == split}
        if langs != {m.LANG for m in MODULES}:
            raise CorpusError(f"{split} misses languages: {langs}")


def serialize(convs: list[dict]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


def build() -> tuple[list[dict], list[dict]]:
    dev = {m.LANG: split_templates(m, 0) for m in MODULES}
    sealed = {m.LANG: split_templates(m, 1) for m in MODULES}
    check_templates(dev, sealed)
    d, s = build_split("dev", dev), build_split("sealed", sealed)
    validate(d + s)
    return d, s


def stats(convs: list[dict]) -> str:
    c = collections.defaultdict(collections.Counter)
    for conv in convs:
        c["conversations"][conv["lang"]] += 1
        c["conversations by split"][conv["split"]] += 1
        c["locale"][conv["locale"]] += 1
        for m in conv["messages"]:
            if m["role"] != "customer":
                c["agent messages"][conv["lang"]] += 1
                continue
            c["customer messages"][conv["lang"]] += 1
            c["customer messages by split"][conv["split"]] += 1
            for s in m["pii"]:
                c["pii by language"][conv["lang"]] += 1
                c["pii by split"][conv["split"]] += 1
                c["pii by type"][s["type"]] += 1
                c["pii by family"][s["family"]] += 1
                c["pii by context"][s["context"]] += 1
                if "group" in s:
                    c["multi_message groups"][conv["id"] + s["group"]] = 1
            for s in m["must_keep"]:
                c["must_keep by kind"][s["kind"]] += 1
                c["must_keep by language"][conv["lang"]] += 1
                c["must_keep by split"][conv["split"]] += 1
    lines = []
    total_msgs = sum(c["customer messages"].values())
    for title, counter in c.items():
        if title == "multi_message groups":
            lines.append(f"multi_message groups: {len(counter)}")
            continue
        lines.append(f"{title} (total {sum(counter.values())}):")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            extra = f"  ({100 * v / total_msgs:.1f}%)" if title == "customer messages" else ""
            lines.append(f"  {k:<36} {v}{extra}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk; write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    dev, sealed = build()
    dev_bytes, sealed_bytes = serialize(dev), gzip_bytes(serialize(sealed))
    if args.stats:
        print(stats(dev + sealed))
    if args.check:
        ok = (
            DEV_PATH.exists()
            and DEV_PATH.read_bytes() == dev_bytes
            and SEALED_PATH.exists()
            and SEALED_PATH.read_bytes() == sealed_bytes
        )
        print("up to date" if ok else "OUT OF DATE: run python -m bench.redaction.polled.generate")
        return 0 if ok else 1
    if not args.stats:
        DEV_PATH.write_bytes(dev_bytes)
        SEALED_PATH.write_bytes(sealed_bytes)
        print(
            f"wrote {DEV_PATH.name} ({len(dev)} conversations) and {SEALED_PATH.name} ({len(sealed)} conversations)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
