"""Write the surveyed corpus: chats with the agent's turns, dev and sealed splits.

    python -m bench.redaction.surveyed.generate            # rewrite dev.jsonl and sealed.jsonl.gz
    python -m bench.redaction.surveyed.generate --check    # compare with the files on disk, write nothing
    python -m bench.redaction.surveyed.generate --stats    # counts per language/type/family/context/kind

The dev and sealed splits are rendered from disjoint template lists (checked here), so tuning a
detector on dev.jsonl cannot fit the sealed split. Every label is validated before anything is written.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib
import io
import json
import random
import string
import sys
from pathlib import Path
from typing import Any

from . import render, values

HERE = Path(__file__).resolve().parent
SEED = 3414
LANGS = {
    "en": ["en-US", "en-GB"],
    "es": ["es-ES", "es-MX", "es-US"],
    "fr": ["fr-FR", "fr-CA"],
    "de": ["de-DE"],
    "pt": ["pt-BR", "pt-PT"],
}
CONVERSATIONS_PER_LANG = 150
DEV_SHARE = 0.45
KEEP_KINDS = [
    "order_number",
    "tracking_number",
    "zip_code",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "product_model",
    "version",
    "invoice_number",
    "ticket_reference",
    "year",
    "flight_number",
    "store_number",
]
SPLITS = ("dev", "sealed")


# ---------------------------------------------------------------- templates


def load_templates() -> dict[str, dict[str, dict[str, Any]]]:
    out = {}
    for lang in LANGS:
        mod = importlib.import_module(f"{__package__}.templates_{lang}")
        out[lang] = {"dev": mod.DEV, "sealed": mod.SEALED}
    return out


def _strings(obj: Any) -> set[str]:
    if isinstance(obj, str):
        return {obj}
    if isinstance(obj, dict):
        return set().union(*(_strings(v) for v in obj.values())) if obj else set()
    if isinstance(obj, (list, tuple)):
        return set().union(*(_strings(v) for v in obj)) if obj else set()
    return set()


def check_templates(tpl: dict[str, dict[str, dict[str, Any]]]) -> None:
    for lang, splits in tpl.items():
        dev, sealed = _strings(splits["dev"]), _strings(splits["sealed"])
        # Type names used as dict keys are strings too but are not template text.
        # Dict keys (type and kind names) are not template text, and a bare "{v}" has no text at all.
        keys = (
            set(KEEP_KINDS)
            | {t for ts in values.LOCALE_TYPES.values() for t in ts}
            | set(values.COMMON_TYPES)
        )
        keys |= {f"{t}@{loc}" for t in keys for loc in values.LOCALE_TYPES}
        shared = {s for s in dev & sealed if s not in keys and s != "{v}"}
        if shared:
            sys.exit(f"templates_{lang}: dev and sealed share template text: {sorted(shared)[:8]}")
        for s in dev | sealed:
            if any(c.isdigit() for c in s):
                sys.exit(f"templates_{lang}: template holds a digit: {s!r}")
        for split in SPLITS:
            keys = set(splits[split])
            other = set(splits["sealed" if split == "dev" else "dev"])
            if keys != other:
                sys.exit(f"templates_{lang}: {split} keys differ: {sorted(keys ^ other)}")


# ---------------------------------------------------------------- hard negatives


def keep_value(rng: random.Random, kind: str, locale: str) -> str:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if kind == "order_number":
        v = values.order_number(
            rng, rng.choice([4, 5, 6, 7, 8, 8, 10, 11])
        )  # nine digits almost always pass as a phone or NIF
        return " ".join(render.groups(v, rng)) if len(v) >= 8 and rng.random() < 0.3 else v
    if kind == "tracking_number":
        return rng.choice(
            [
                "1Z" + "".join(rng.choice("ABCDEFGHJKMNPRTVWXY") for _ in range(6)) + d(10),
                rng.choice("LRC")
                + rng.choice("BCEHJ")
                + d(9)
                + rng.choice(["BR", "FR", "DE", "PT", "ES"]),
                rng.choice("ABCX") + d(1) + rng.choice("ABCDEF") + d(10),
            ]
        )
    if kind == "zip_code":
        return d(5) if rng.random() < 0.6 else f"{d(5)}-{d(4)}"
    if kind == "postal_code":
        return {
            "es-ES": lambda: rng.choice(["28", "08", "41", "46"]) + d(3),
            "es-MX": lambda: rng.choice(["06", "44", "64"]) + d(3),
            "fr-FR": lambda: rng.choice(["75", "69", "13", "33"]) + "0" + d(2),
            "fr-CA": lambda: (
                f"{rng.choice('HGJ')}{d(1)}{rng.choice('ABCEGH')} {d(1)}{rng.choice('KLMNPR')}{d(1)}"
            ),
            "de-DE": lambda: rng.choice(["10", "20", "80", "50", "60"]) + d(3),
            "pt-PT": lambda: f"{rng.choice(['1', '4', '3'])}{d(3)}-{d(3)}",
            "pt-BR": lambda: f"{d(5)}-{d(3)}",
            "en-GB": lambda: (
                f"{rng.choice(['SW', 'M', 'LS', 'EH', 'BS'])}{d(1)} {d(1)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTUW')}"
            ),
        }.get(locale, lambda: d(5))()
    if kind == "date":
        dd, mm = rng.randint(1, 28), rng.randint(1, 12)
        return rng.choice(
            [
                f"{dd}/{mm}",
                f"{dd:02d}/{mm:02d}",
                f"{dd}.{mm}.",
                f"{dd:02d}/{mm:02d}/{rng.randint(24, 26)}",
                f"{dd}-{mm:02d}",
            ]
        )
    if kind == "time":
        h, m = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
        return rng.choice(
            [
                f"{h}:{m:02d}",
                f"{h}h{m:02d}" if m else f"{h}h",
                f"{h % 12 or 12}pm" if h > 12 else f"{h}am",
                f"{h}.{m:02d}",
            ]
        )
    if kind == "price":
        e, c = rng.randint(5, 499), rng.randint(0, 99)
        return rng.choice(
            [
                f"{e},{c:02d}",
                f"{e}.{c:02d}",
                f"${e}",
                f"{e}€",
                f"{e},{c:02d} €",
                f"R$ {e},{c:02d}",
                f"{e} eur",
            ]
        )
    if kind == "quantity":
        return str(rng.randint(1, 12))
    if kind == "product_model":
        return rng.choice(
            [
                f"XR-{d(3)}",
                f"A{d(2)}",
                f"TX{d(4)}",
                f"MX {d(3)}",
                f"KD-{d(2)}X{d(2)}",
                f"Pro {d(1)}",
            ]
        )
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(10, 18)}.{rng.randint(0, 6)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
            ]
        )
    if kind == "invoice_number":
        return rng.choice(
            [
                f"FAC-{rng.randint(2023, 2026)}-{d(5)}",
                f"INV{d(6)}",
                f"F{rng.randint(2023, 2026)}/{d(4)}",
                f"RE-{d(6)}",
            ]
        )
    if kind == "ticket_reference":
        return rng.choice(
            [f"CS-{d(6)}", f"#{d(5)}", f"TK{d(7)}", f"CAS-{d(5)}-{rng.choice('ABCDEFGH')}{d(1)}"]
        )
    if kind == "year":
        return str(rng.randint(1998, 2025))
    if kind == "flight_number":
        return (
            rng.choice(["IB", "AF", "LH", "TP", "AM", "LA", "BA", "UA", "VY"])
            + rng.choice(["", " "])
            + str(rng.randint(10, 9999))
        )
    if kind == "store_number":
        return str(rng.randint(10, 999))
    raise ValueError(kind)


# ---------------------------------------------------------------- building messages


class Chat:
    def __init__(self, lang: str, locale: str, tpl: dict[str, Any], rng: random.Random) -> None:
        self.lang, self.locale, self.t, self.rng = lang, locale, tpl, rng
        self.messages: list[dict[str, Any]] = []
        self.groups = 0

    def pick(self, key: str, sub: str | None = None) -> str:
        if sub is None:
            return self.rng.choice(self.t[key])
        # A locale may word a type its own way ("sort code" in en-GB, "routing number" in en-US).
        pool = self.t[key].get(f"{sub}@{self.locale}") or self.t[key][sub]
        return self.rng.choice(pool)

    def agent(self, text: str) -> None:
        self.messages.append({"role": "agent", "text": text, "pii": [], "must_keep": []})

    def customer(
        self,
        frame: str,
        slots: dict[str, tuple[str, dict[str, Any] | None]] | None = None,
        nouns: dict[str, str] | None = None,
    ) -> None:
        """Fill `frame`; slots map a field name to (text, label or None); labels get offsets."""
        text, pii, keep = "", [], []
        for literal, field, _spec, _conv in string.Formatter().parse(frame):
            text += literal
            if field is None:
                continue
            if nouns and field in nouns:
                text += nouns[field]
                continue
            value, label = (slots or {})[field]
            start = len(text)
            text += value
            if label is not None:
                item = dict(label, start=start, end=len(text), value=value)
                (keep if "kind" in label else pii).append(item)
        self.messages.append({"role": "customer", "text": text, "pii": pii, "must_keep": keep})

    # -- asking

    def ask_text(self, kind: str) -> str:
        specific = self.t["ask"].get(f"{kind}@{self.locale}") or self.t["ask"].get(kind, [])
        if specific and self.rng.random() < 0.55:
            return self.rng.choice(specific)
        return self.pick("ask_frames").format(n=self.pick("nouns", kind))

    def keep_ask_text(self, kind: str) -> str:
        return self.pick("keep_frames").format(n=self.pick("keep_nouns", kind))

    def types(self) -> list[str]:
        extra = [t for t in values.LOCALE_TYPES[self.locale]]
        return values.COMMON_TYPES + extra * 2

    def pii_label(
        self, kind: str, family: str, context: str, group: str | None = None
    ) -> dict[str, Any]:
        label = {"type": kind, "family": family, "context": context}
        if group:
            label["group"] = group
        return label

    def family(self, kind: str, canonical: str, allow_multi: bool) -> str:
        fams = render.families_for(kind, canonical)
        if not allow_multi:
            fams = [f for f in fams if f != "multi_message"]
        weights = [3 if f == "plain" else (4 if f == "multi_message" else 2) for f in fams]
        return self.rng.choices(fams, weights)[0]

    def value(self, kind: str) -> str:
        return values.draw(self.rng, kind, self.locale)

    def answer(
        self, kind: str, context: str, allow_multi: bool = True, frame_key: str = "filler"
    ) -> None:
        canonical = self.value(kind)
        fam = self.family(kind, canonical, allow_multi)
        named = context == "named"
        if fam == "multi_message":
            self.multi(kind, canonical, context)
            return
        shown = render.render(kind, canonical, fam, self.lang, self.rng)
        label = self.pii_label(kind, fam, context)
        label["_canonical"] = canonical
        if named:
            self.customer(
                self.pick("named"), {"v": (shown, label)}, {"n": self.pick("cnouns", kind)}
            )
        else:
            self.customer(self.pick(frame_key), {"v": (shown, label)})

    def multi(self, kind: str, canonical: str, context: str) -> None:
        compact = render.canonical_key(kind, canonical)
        parts = render.groups(compact, self.rng)
        n = 3 if len(parts) >= 4 and self.rng.random() < 0.4 else 2
        cut = sorted(self.rng.sample(range(1, len(parts)), n - 1))
        chunks = [parts[a:b] for a, b in zip([0] + cut, cut + [len(parts)])]
        self.groups += 1
        gid = f"g{self.groups}"
        for i, chunk in enumerate(chunks):
            shown = self.rng.choice([" ", "", "-", " "]).join(chunk)
            label = self.pii_label(kind, "multi_message", context, gid)
            label["_canonical"] = canonical
            if i == 0:
                if context == "named":
                    self.customer(
                        self.pick("named"), {"v": (shown, label)}, {"n": self.pick("cnouns", kind)}
                    )
                else:
                    self.customer(self.pick("filler"), {"v": (shown, label)})
            else:
                self.customer(self.pick("tail"), {"v": (shown, label)})

    def keep_answer(self, kind: str, named: bool) -> None:
        v = keep_value(self.rng, kind, self.locale)
        label = {"kind": kind}
        if named:
            self.customer(
                self.pick("keep_named"), {"v": (v, label)}, {"n": self.pick("keep_cnouns", kind)}
            )
        else:
            self.customer(self.pick("keep_bare"), {"v": (v, label)})


def keep_kinds_for(locale: str) -> list[str]:
    # ZIP codes are a US thing; elsewhere the agent asks for a postal code.
    return [k for k in KEEP_KINDS if k != "zip_code" or locale in ("en-US", "es-US")]


def conversation(
    lang: str, locale: str, tpl: dict[str, Any], rng: random.Random
) -> list[dict[str, Any]]:
    c = Chat(lang, locale, tpl, rng)
    if rng.random() < 0.5:
        c.customer(c.pick("chat"))
    c.agent(c.pick("open"))
    if rng.random() < 0.4:
        c.customer(c.pick("chat"))
    beats = rng.choices(
        [
            "asked",
            "named",
            "wait",
            "back",
            "reask",
            "wrong",
            "silent",
            "two",
            "last4",
            "keep",
            "keep",
            "keep_named",
            "volunteer",
            "bare_none",
            "chat",
        ],
        [10, 3, 2, 2, 2, 1, 1, 2, 1, 5, 3, 2, 1, 1, 2],
        k=rng.randint(4, 6),
    )
    for beat in beats:
        kind = rng.choice(c.types())
        if beat == "asked":
            c.agent(c.ask_text(kind))
            c.answer(kind, "asked")
        elif beat == "named":
            c.agent(c.ask_text(kind))
            c.answer(kind, "named")
        elif beat == "wait":
            c.agent(c.ask_text(kind))
            c.customer(c.pick("wait"))
            c.answer(kind, "asked")
        elif beat == "back":
            c.agent(c.ask_text(kind))
            c.customer(c.pick("back"))
            c.agent(c.pick("back_yes"))
            c.answer(kind, "asked")
        elif beat == "reask":
            c.agent(c.ask_text(kind))
            c.answer(kind, "asked", allow_multi=False)
            c.agent(c.pick("reask"))
            c.answer(kind, "asked", allow_multi=False, frame_key="correct")
        elif beat == "wrong":
            other = rng.choice([t for t in c.types() if t != kind])
            c.agent(c.ask_text(kind))
            c.answer(other, "named", allow_multi=False)
        elif beat == "silent":
            c.agent(c.ask_text(kind))
            c.customer(c.pick("offtopic"))
        elif beat == "two":
            pair = rng.choice(tpl["two"])
            c.agent(pair[2])
            a, b = c.value(pair[0]), c.value(pair[1])
            fa, fb = c.family(pair[0], a, False), c.family(pair[1], b, False)
            la, lb = c.pii_label(pair[0], fa, "asked"), c.pii_label(pair[1], fb, "asked")
            la["_canonical"], lb["_canonical"] = a, b
            sa, sb = (
                render.render(pair[0], a, fa, lang, rng),
                render.render(pair[1], b, fb, lang, rng),
            )
            if rng.random() < 0.6:
                c.customer(c.pick("two_ans"), {"a": (sa, la), "b": (sb, lb)})
            else:
                c.customer(c.pick("filler"), {"v": (sa, la)})
                c.customer(c.pick("tail"), {"v": (sb, lb)})
        elif beat == "last4":
            kind = rng.choice(
                [
                    k
                    for k in ("CREDIT_DEBIT_NUMBER", "SSN", "BANK_ACCOUNT_NUMBER", "PHONE")
                    if k in c.types()
                ]
            )
            c.agent(
                c.pick("last4", kind)
                if kind in tpl["last4"]
                else c.pick("last4", "CREDIT_DEBIT_NUMBER")
            )
            if kind not in tpl["last4"]:
                kind = "CREDIT_DEBIT_NUMBER"
            full = c.value(kind)
            tail = render.canonical_key(kind, full)[-4:]
            fam = rng.choice(["plain", "plain", "spelled_out", "spaced_or_dashed"])
            shown = (
                render.render(kind, tail, fam, lang, rng)
                if fam != "spaced_or_dashed"
                else " ".join(tail)
            )
            label = c.pii_label(kind, fam, "asked")
            label["partial"] = True
            label["_canonical"] = tail
            c.customer(c.pick("filler"), {"v": (shown, label)})
        elif beat in ("keep", "keep_named"):
            kk = rng.choice(keep_kinds_for(locale))
            c.agent(c.keep_ask_text(kk))
            if rng.random() < 0.15:
                c.customer(c.pick("wait"))
            c.keep_answer(kk, beat == "keep_named")
        elif beat == "volunteer":
            c.answer(kind, "named")
        elif beat == "bare_none":
            c.customer(c.pick("chat"))
            canonical = c.value(kind)
            label = c.pii_label(kind, "plain", "none")
            label["_canonical"] = canonical
            c.customer("{v}", {"v": (render.plain(kind, canonical, rng), label)})
        else:
            c.customer(c.pick("chat"))
            if rng.random() < 0.5:
                c.customer(c.pick("chat"))
        if rng.random() < 0.5:
            c.agent(c.pick("ack"))
    c.agent(c.pick("close"))
    if rng.random() < 0.5:
        c.customer(c.pick("bye"))
    return c.messages


# ---------------------------------------------------------------- validation


def validate(conv: dict[str, Any]) -> None:
    lang, locale = conv["lang"], conv["locale"]
    groups: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for m in conv["messages"]:
        if m["role"] == "agent":
            assert not m["pii"] and not m["must_keep"], conv["id"]
            continue
        spans = sorted([(s["start"], s["end"]) for s in m["pii"] + m["must_keep"]])
        for (a, b), (c2, _d) in zip(spans, spans[1:]):
            assert b <= c2, (conv["id"], m["text"])
        for s in m["pii"] + m["must_keep"]:
            assert m["text"][s["start"] : s["end"]] == s["value"], (conv["id"], s)
            assert s["value"] == s["value"].strip() and s["value"], (conv["id"], s)
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(m["text"]):
            assert not ch.isdigit() or i in covered, (conv["id"], m["text"])
        for s in m["pii"]:
            assert s["context"] in ("named", "asked", "none") and s["family"] in FAMILIES, s
            canonical = s.pop("_canonical")
            if s.get("partial"):
                assert render.decode(s["type"], s["value"], lang) == canonical, (conv["id"], s)
                continue
            assert values.validate(s["type"], canonical, locale), (conv["id"], s, canonical)
            if "group" in s:
                groups[s["group"]].append((s, canonical))
            else:
                assert render.decode(s["type"], s["value"], lang) == render.canonical_key(
                    s["type"], canonical
                ), (conv["id"], s, canonical)
    for gid, parts in groups.items():
        joined = "".join(render.decode(p["type"], p["value"], lang) for p, _c in parts)
        assert len(parts) >= 2 and joined == render.canonical_key(
            parts[0][0]["type"], parts[0][1]
        ), (conv["id"], gid)


FAMILIES = {
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_digits",
    "spelled_out",
    "email_obfuscated",
    "multi_message",
}


def build() -> dict[str, list[dict[str, Any]]]:
    tpl = load_templates()
    check_templates(tpl)
    rng = random.Random(SEED)
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for lang, locales in LANGS.items():
        n_dev = round(CONVERSATIONS_PER_LANG * DEV_SHARE)
        for i in range(CONVERSATIONS_PER_LANG):
            split = "dev" if i < n_dev else "sealed"
            locale = locales[i % len(locales)]
            conv = {
                "id": f"ac34-{lang}-{i:04d}",
                "lang": lang,
                "locale": locale,
                "split": split,
                "messages": conversation(lang, locale, tpl[lang][split], rng),
            }
            validate(conv)
            out[split].append(conv)
    seen = {split: {c["lang"] for c in convs} for split, convs in out.items()}
    assert seen["dev"] == seen["sealed"] == set(LANGS), seen
    return out


def serialise(out: dict[str, list[dict[str, Any]]]) -> tuple[bytes, bytes]:
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["dev"]).encode()
    raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write(raw)
    return dev, buf.getvalue()


def stats(out: dict[str, list[dict[str, Any]]]) -> None:
    for split in ("all",) + SPLITS:
        convs = out["dev"] + out["sealed"] if split == "all" else out[split]
        cust = [(c["lang"], m) for c in convs for m in c["messages"] if m["role"] == "customer"]
        agents = sum(1 for c in convs for m in c["messages"] if m["role"] == "agent")
        pii = [(lang, p) for lang, m in cust for p in m["pii"]]
        keep = [k for _l, m in cust for k in m["must_keep"]]
        print(
            f"== {split}: {len(convs)} conversations, {len(cust)} customer messages, {agents} agent messages, "
            f"{len(pii)} PII values, {len(keep)} must_keep spans"
        )
        if split != "all":
            continue
        msgs = collections.Counter(lang for lang, _m in cust)
        print(
            "customer messages per language:",
            {k: f"{v} ({v / len(cust):.0%})" for k, v in sorted(msgs.items())},
        )
        print(
            "PII per language:", dict(sorted(collections.Counter(lang for lang, _p in pii).items()))
        )
        for key in ("type", "family", "context"):
            print(
                f"PII per {key}:", dict(collections.Counter(p[key] for _l, p in pii).most_common())
            )
        print("partial values (last four):", sum(1 for _l, p in pii if p.get("partial")))
        print(
            "multi_message groups:",
            len(
                {
                    (c["id"], p["group"])
                    for c in convs
                    for m in c["messages"]
                    for p in m["pii"]
                    if "group" in p
                }
            ),
        )
        print(
            "must_keep per kind:", dict(collections.Counter(k["kind"] for k in keep).most_common())
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk; write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args()
    out = build()
    dev, sealed = serialise(out)
    if args.stats:
        stats(out)
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print(
            "up to date" if ok else "OUT OF DATE: run python -m bench.redaction.surveyed.generate"
        )
        sys.exit(0 if ok else 1)
    if not args.stats:
        (HERE / "dev.jsonl").write_bytes(dev)
        (HERE / "sealed.jsonl.gz").write_bytes(sealed)
        print(f"wrote dev.jsonl ({len(out['dev'])}) and sealed.jsonl.gz ({len(out['sealed'])})")


if __name__ == "__main__":
    main()
