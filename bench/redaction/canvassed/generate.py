"""Build the canvassed corpus: chats with the agent's turns, dev.jsonl and sealed.jsonl.gz.

    python -m bench.redaction.canvassed.generate            # rewrite both files
    python -m bench.redaction.canvassed.generate --check    # compare with the files on disk, write nothing
    python -m bench.redaction.canvassed.generate --stats    # counts per language/type/family/context/kind

Output is byte-identical for a fixed seed. Dev and sealed conversations come from disjoint template
lists; the generator refuses to run when both lists share a literal string.
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
from types import ModuleType

import phonenumbers

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V
from .render import DIGIT_TYPES, canon, decode, render

HERE = Path(__file__).resolve().parent
SEED = 3314
PER_LANG = {"dev": 46, "sealed": 56}
LANGS: list[ModuleType] = [templates_en, templates_es, templates_fr, templates_de, templates_pt]

PHONE_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-CA": "US",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
IBAN_CC = {"en-GB": "GB", "es-ES": "ES", "fr-FR": "FR", "de-DE": "DE", "pt-PT": "PT", "pt-BR": "BR"}
ROUTING = {"en-US": "aba", "es-US": "aba", "en-GB": "sort", "de-DE": "blz", "pt-BR": "agencia"}

KEEP_WEIGHTS = {
    "order_number": 8,
    "tracking_number": 2,
    "zip_code": 2,
    "postal_code": 2,
    "date": 2,
    "time": 2,
    "price": 2,
    "quantity": 2,
    "product_model": 1,
    "version": 1,
    "invoice_number": 1,
    "ticket_reference": 2,
    "year": 1,
    "flight_number": 1,
    "store_number": 1,
}
EPISODES = {
    "ask": 30,
    "keep": 32,
    "multi": 9,
    "two": 6,
    "last4": 5,
    "qback": 5,
    "wait": 5,
    "wrong": 4,
    "reask": 4,
    "dodge": 4,
    "different": 3,
    "volunteer": 3,
    "chat": 5,
    "partial": 2,
    "keep_then_pii": 4,
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
    "SSN",
    "EMAIL",
    "PHONE",
}
PLACEHOLDER = re.compile(r"\{(v|k|n)\}")


# ---------------------------------------------------------------- template hygiene


def strings(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings(v)]
    if isinstance(obj, (list, tuple)):
        return [s for v in obj for s in strings(v)]
    return []


def check_templates() -> None:
    for m in LANGS:
        dev, sealed = set(strings(m.DEV)), set(strings(m.SEALED))
        shared = dev & sealed
        if shared:
            sys.exit(
                f"refusing to run: {m.LANG} dev and sealed templates share {sorted(shared)[:5]}"
            )
        for s in dev | sealed | set(strings(m.NAMES)):
            if any(c.isdigit() for c in s):
                sys.exit(f"refusing to run: template with a digit in {m.LANG}: {s!r}")
        for key in m.DEV:
            if (
                set(m.DEV[key] if not isinstance(m.DEV[key], dict) else m.DEV[key].keys())
                and key not in m.SEALED
            ):
                sys.exit(f"{m.LANG}: sealed lacks {key}")


# ---------------------------------------------------------------- building messages


class Conv:
    def __init__(self, r: random.Random, m: ModuleType, T: dict, locale: str) -> None:
        self.r, self.m, self.T, self.locale = r, m, T, locale
        self.msgs: list[dict] = []
        self.group = 0

    def agent(self, text: str) -> None:
        self.msgs.append({"role": "agent", "text": text, "pii": [], "must_keep": []})

    def customer(
        self,
        tmpl: str,
        v: str | None = None,
        vinfo: dict | None = None,
        k: str | None = None,
        kind: str | None = None,
        n: str | None = None,
    ) -> None:
        text, pii, keep, pos = "", [], [], 0
        for mt in PLACEHOLDER.finditer(tmpl):
            text += tmpl[pos : mt.start()]
            slot = mt.group(1)
            if slot == "n":
                text += n or ""
            elif slot == "v":
                pii.append(
                    dict(vinfo or {}, start=len(text), end=len(text) + len(v or ""), value=v)
                )
                text += v or ""
            else:
                keep.append(
                    {"kind": kind, "start": len(text), "end": len(text) + len(k or ""), "value": k}
                )
                text += k or ""
            pos = mt.end()
        text += tmpl[pos:]
        self.msgs.append({"role": "customer", "text": text, "pii": pii, "must_keep": keep})

    def add_pii(self, span: dict, text: str, sep: str = " ") -> None:
        """Append a second value to the last customer message."""
        last = self.msgs[-1]
        start = len(last["text"]) + len(sep)
        last["text"] += sep + text
        last["pii"].append(dict(span, start=start, end=start + len(text), value=text))

    # -- value helpers
    def draw(self, t: str) -> str:
        r = self.r
        if t == "PHONE":
            return V.phone(r, PHONE_REGION[self.locale])[0]
        if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return V.iban_value(r, IBAN_CC.get(self.locale))
        if t == "BANK_ROUTING":
            return V.routing(r, ROUTING.get(self.locale, "aba"))
        return V.draw(r, t)

    def families(self, t: str, v: str) -> list[str]:
        c = canon(t, v)
        if t in DIGIT_TYPES:
            f = ["plain", "plain", "spaced_or_dashed", "split_by_noise"]
            if any(ch in "01" for ch in c):
                f.append("letter_digits")
            if len(c) <= 11:
                f.append("spelled_out")
            return f
        if t == "BANK_ROUTING":
            return ["plain", "plain", "spaced_or_dashed", "split_by_noise"]
        if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return ["plain", "spaced_or_dashed", "spaced_or_dashed", "split_by_noise"]
        if t in ("ES_DNI", "ES_NIE"):
            return ["plain", "plain", "spaced_or_dashed"] + (
                ["letter_digits"] if any(ch in "01" for ch in c[1:-1]) else []
            )
        if t == "EMAIL":
            return ["plain", "email_obfuscated"]
        if t in ("PASSWORD", "USERNAME", "IP_ADDRESS"):
            return ["plain"]
        return ["plain", "plain", "spaced_or_dashed"]

    def value(
        self, t: str, family: str | None = None, n_parts: int = 2
    ) -> tuple[str, str, list[str]]:
        v = self.draw(t)
        fam = family or self.r.choice(self.families(t, v))
        if t == "PHONE" and fam == "plain" and self.r.random() < 0.5:
            p = phonenumbers.parse(v, PHONE_REGION[self.locale])
            v2 = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
            if canon(t, v2) == canon(t, v):
                v = v2
        parts = render(self.r, t, v, fam, self.m.LANG, n_parts)
        return v, fam, parts

    def name(self, t: str) -> str:
        return self.r.choice(self.m.NAMES[t])

    def answer(self, t: str, how: str | None = None, family: str | None = None) -> None:
        """Customer gives a value of type t in one message: bare, with a filler, or named."""
        r, T = self.r, self.T
        v, fam, parts = self.value(t, family)
        how = how or r.choices(["bare", "fill", "named"], [3, 4, 3])[0]
        ctx = "named" if how == "named" else "asked"
        info = {"type": t, "family": fam, "context": ctx}
        tmpl = {"bare": "{v}", "fill": r.choice(T["fill"]), "named": r.choice(T["named"])}[how]
        self.customer(tmpl, parts[0], info, n=self.name(t))


def pick(r: random.Random, weights: dict) -> str:
    return r.choices(list(weights), list(weights.values()))[0]


def keep_answer(c: Conv, kind: str) -> None:
    k = V.keep_value(c.r, kind, c.m.LANG, c.locale)
    tmpl = "{k}" if c.r.random() < 0.5 else c.r.choice(c.T["keep_fill"])
    c.customer(tmpl, k=k, kind=kind)


def episode(c: Conv, kind: str, types: list[str]) -> None:
    r, T = c.r, c.T
    askable = [t for t in types if t in T["ask"]]
    t = r.choices(askable, [3 if t in NATIONAL else 1 for t in askable])[0]
    if kind == "ask":
        c.agent(r.choice(T["ask"][t]))
        c.answer(t)
    elif kind == "keep":
        kk = pick(r, KEEP_WEIGHTS)
        if kk == "zip_code" and c.locale not in ("en-US", "es-US", "es-MX"):
            kk = "postal_code"
        if kk == "postal_code" and c.locale in ("en-US", "es-US"):
            kk = "zip_code"
        c.agent(r.choice(T["keep_ask"][kk]))
        keep_answer(c, kk)
    elif kind == "keep_then_pii":
        c.agent(r.choice(T["keep_ask"]["order_number"]))
        keep_answer(c, "order_number")
        c.agent(r.choice(T["ask"][t]))
        c.answer(t, how=r.choice(["bare", "fill"]))
    elif kind == "multi":
        long_types = [
            x
            for x in askable
            if x
            in (
                "CREDIT_DEBIT_NUMBER",
                "PHONE",
                "BANK_ACCOUNT_NUMBER",
                "MX_CLABE",
                "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
                "BR_CPF",
                "BR_CNPJ",
                "FR_NIR",
                "DE_TAX_ID",
                "PT_NIF",
                "SSN",
            )
        ]
        t = r.choice(long_types)
        c.agent(r.choice(T["ask"][t]))
        n_parts = 3 if r.random() < 0.35 else 2
        v, _, parts = c.value(t, "multi_message", n_parts)
        c.group += 1
        g = f"g{c.group}"
        named = r.random() < 0.35
        ctx = "named" if named else "asked"
        info = {"type": t, "family": "multi_message", "context": ctx, "group": g}
        lead = r.choice(T["named"]) if named else r.choice(T["multi_lead"] + ["{v}"])
        c.customer(lead, parts[0], info, n=c.name(t))
        for p in parts[1:]:
            if r.random() < 0.15:
                c.customer(r.choice(T["chat"]))
            c.customer("{v}", p, info)
    elif kind == "two":
        second = r.choice(["CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"])
        ask = T["ask_two"][0] if second == "CREDIT_DEBIT_EXPIRY" else T["ask_two"][1]
        c.agent(ask)
        c.answer("CREDIT_DEBIT_NUMBER", how=r.choice(["bare", "fill"]))
        v2, fam2, parts2 = c.value(second, "plain")
        info2 = {"type": second, "family": fam2, "context": "asked"}
        if r.random() < 0.5:
            c.add_pii(info2, parts2[0], sep=r.choice([" ", "  ", " , ", "\n"]))
        else:
            c.customer("{v}", parts2[0], info2)
    elif kind == "last4":
        c.agent(r.choice(T["ask_last4"]))
        last = canon("CREDIT_DEBIT_NUMBER", V.card(r))[-4:]
        tmpl = r.choice(["{v}"] + T["fill"])
        c.customer(
            tmpl, last, {"type": "CREDIT_DEBIT_NUMBER", "family": "partial", "context": "asked"}
        )
    elif kind == "partial":
        pt = c.m.PARTIAL
        if pt not in types:
            return episode(c, "ask", types)
        c.agent(r.choice(T["ask_partial_ssn"]))
        last = canon(pt, c.draw(pt))[-4:]
        c.customer(
            r.choice(["{v}"] + T["fill"]),
            last,
            {"type": pt, "family": "partial", "context": "asked"},
        )
    elif kind == "qback":
        qs = T["ask"][t]
        c.agent(r.choice(qs))
        c.customer(r.choice(T["qback"]))
        c.agent(r.choice(qs))
        c.answer(t, how=r.choice(["bare", "fill", "named"]))
    elif kind == "wait":
        c.agent(r.choice(T["ask"][t]))
        c.customer(r.choice(T["wait"]))
        if r.random() < 0.3:
            c.customer(r.choice(T["chat"]))
        c.answer(t, how=r.choice(["bare", "bare", "fill"]))
    elif kind == "wrong":
        c.agent(r.choice(T["ask"][t]))
        c.answer(t, how="bare")
        v, fam, parts = c.value(t, "plain")
        c.customer(r.choice(T["wrong"]), parts[0], {"type": t, "family": fam, "context": "asked"})
    elif kind == "reask":
        c.agent(r.choice(T["ask"][t]))
        c.answer(t, how=r.choice(["bare", "fill"]))
        c.agent(r.choice(T["reask"]))
        c.answer(t, how="bare")
    elif kind == "dodge":
        c.agent(r.choice(T["ask"][t]))
        c.customer(r.choice(T["dodge"]))
        c.agent(r.choice(T["agent_after_dodge"]))
        if r.random() < 0.5:
            c.answer(t, how=r.choice(["bare", "fill"]))
        else:
            c.customer(r.choice(T["chat"]))
    elif kind == "different":
        others = [x for x in askable if x != t]
        c.agent(r.choice(T["ask"][t]))
        c.answer(r.choice(others), how="named")
    elif kind == "volunteer":
        c.agent(r.choice(T["agent_help"]))
        t2 = r.choice(
            [
                x
                for x in types
                if x
                in (
                    "PHONE",
                    "EMAIL",
                    "CREDIT_DEBIT_NUMBER",
                    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
                    "BANK_ACCOUNT_NUMBER",
                    "BR_CPF",
                    "ES_DNI",
                    "MX_CURP",
                    "PT_NIF",
                    "DE_TAX_ID",
                    "FR_NIR",
                    "SSN",
                    "PASSPORT_NUMBER",
                )
            ]
            or askable
        )
        v, fam, parts = c.value(t2, "plain")
        c.customer(
            r.choice(T["volunteer"] + ["{v}"]),
            parts[0],
            {"type": t2, "family": fam, "context": "none"},
        )
    elif kind == "chat":
        for _ in range(r.randint(1, 3)):
            c.customer(r.choice(T["chat"] + T["cust_open"]))
    if r.random() < 0.4:
        c.agent(r.choice(T["agent_ack"]))


def conversation(r: random.Random, m: ModuleType, split: str, cid: str) -> dict:
    T = m.DEV if split == "dev" else m.SEALED
    locale = r.choice(sorted(m.LOCALES))
    types = m.LOCALES[locale]
    c = Conv(r, m, T, locale)
    if r.random() < 0.5:
        c.agent(r.choice(T["open"]))
        c.customer(r.choice(T["cust_open"]))
    else:
        c.customer(r.choice(T["cust_open"]))
        if r.random() < 0.4:
            c.customer(r.choice(T["chat"]))
        c.agent(r.choice(T["open"]))
    for _ in range(r.randint(3, 5)):
        episode(c, pick(r, EPISODES), types)
    c.agent(r.choice(T["agent_help"]))
    c.customer(r.choice(T["chat"]))
    return {"id": cid, "lang": m.LANG, "locale": locale, "split": split, "messages": c.msgs}


# ---------------------------------------------------------------- validation


def validate_conv(conv: dict) -> None:
    groups: dict[str, list[str]] = collections.defaultdict(list)
    gtype: dict[str, str] = {}
    for msg in conv["messages"]:
        text = msg["text"]
        if msg["role"] == "agent":
            assert msg["pii"] == [] and msg["must_keep"] == [], conv["id"]
            continue
        spans = sorted(
            [(p["start"], p["end"]) for p in msg["pii"]]
            + [(k["start"], k["end"]) for k in msg["must_keep"]]
        )
        for (a, b), (c2, _) in zip(spans, spans[1:]):
            assert b <= c2, f"overlap in {conv['id']}: {text!r}"
        for i, ch in enumerate(text):
            if ch.isdigit():
                assert any(a <= i < b for a, b in spans), (
                    f"digit outside span in {conv['id']}: {text!r}"
                )
        for k in msg["must_keep"]:
            assert text[k["start"] : k["end"]] == k["value"], conv["id"]
            digits = "".join(ch for ch in k["value"] if ch.isdigit())
            if k["kind"] == "order_number":
                assert not V.passes_any_checksum(digits), (conv["id"], k)
        for p in msg["pii"]:
            assert text[p["start"] : p["end"]] == p["value"], conv["id"]
            assert p["value"] == p["value"].strip() and p["value"], (conv["id"], p)
            assert p["context"] in ("named", "asked", "none") and p["family"] in FAMILIES, p
            if p["family"] == "multi_message":
                groups[p["group"]].append(p["value"])
                gtype[p["group"]] = p["type"]
            elif p["family"] != "partial":
                dec = decode(p["type"], [p["value"]], conv["lang"], p["family"])
                assert V.validate(p["type"], dec), (conv["id"], p, dec)
            else:
                assert len(p["value"]) == 4 and p["value"].isdigit(), p
    for g, parts in groups.items():
        assert len(parts) >= 2, (conv["id"], g)
        dec = decode(gtype[g], parts, conv["lang"])
        assert V.validate(gtype[g], dec), (conv["id"], g, dec)


FAMILIES = {
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_digits",
    "spelled_out",
    "email_obfuscated",
    "multi_message",
    "partial",
}


def build() -> dict[str, list[dict]]:
    check_templates()
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for m in LANGS:
        r = random.Random(f"{SEED}-{m.LANG}")
        n = 0
        for split in ("dev", "sealed"):
            for _ in range(PER_LANG[split]):
                n += 1
                conv = conversation(r, m, split, f"ac33-{m.LANG}-{n:04d}")
                validate_conv(conv)
                out[split].append(conv)
    for split, convs in out.items():
        langs = {c["lang"] for c in convs}
        assert langs == {m.LANG for m in LANGS}, (split, langs)
    return out


def encode(out: dict[str, list[dict]]) -> tuple[bytes, bytes]:
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["dev"]).encode()
    raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return dev, buf.getvalue()


def stats(out: dict[str, list[dict]]) -> str:
    lines = []
    for split in ("dev", "sealed", "all"):
        convs = out["dev"] + out["sealed"] if split == "all" else out[split]
        cm = collections.Counter()
        pii = collections.Counter()
        keep = collections.Counter()
        by = {k: collections.Counter() for k in ("type", "family", "context")}
        for c in convs:
            for msg in c["messages"]:
                if msg["role"] != "customer":
                    continue
                cm[c["lang"]] += 1
                for p in msg["pii"]:
                    pii[c["lang"]] += 1
                    for k in by:
                        by[k][p[k]] += 1
                for k in msg["must_keep"]:
                    keep[k["kind"]] += 1
        total = sum(cm.values())
        lines.append(
            f"== {split}: {len(convs)} conversations, {total} customer messages, "
            f"{sum(pii.values())} PII values, {sum(keep.values())} must_keep spans"
        )
        lines.append(
            "  messages per language: "
            + ", ".join(f"{k} {v} ({100 * v / total:.1f}%)" for k, v in sorted(cm.items()))
        )
        lines.append("  PII per language: " + ", ".join(f"{k} {v}" for k, v in sorted(pii.items())))
        for k, cnt in by.items():
            lines.append(f"  {k}: " + ", ".join(f"{a} {b}" for a, b in cnt.most_common()))
        lines.append("  must_keep: " + ", ".join(f"{a} {b}" for a, b in keep.most_common()))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    out = build()
    dev, sealed = encode(out)
    if a.stats:
        print(stats(out))
        return 0
    paths = {HERE / "dev.jsonl": dev, HERE / "sealed.jsonl.gz": sealed}
    if a.check:
        bad = [p.name for p, b in paths.items() if not p.exists() or p.read_bytes() != b]
        print("differs: " + ", ".join(bad) if bad else "ok: both files match the generator")
        return 1 if bad else 0
    for p, b in paths.items():
        p.write_bytes(b)
    print(f"wrote {len(out['dev'])} dev and {len(out['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
