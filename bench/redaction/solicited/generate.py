"""Build the solicited-value corpus (chats with the agent's turns) from the hand-written templates.

    python -m bench.redaction.solicited.generate            # rewrite dev.jsonl and sealed.jsonl.gz
    python -m bench.redaction.solicited.generate --check    # compare with the files on disk, write nothing
    python -m bench.redaction.solicited.generate --stats    # counts per language/type/family/context/kind

Output is byte-identical for the fixed seed. Every value and span is validated before anything is written.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib
import json
import random
import re
import sys
from pathlib import Path

from . import render as R
from . import values as V

HERE = Path(__file__).resolve().parent
SEED = 3614
CONVERSATIONS_PER_LANG = 110
DEV_SHARE = 9  # out of 20: ~45% dev
LANGS = ["en", "es", "fr", "de", "pt"]
LOCALES = {
    "en": ["en-US", "en-GB"],
    "es": ["es-ES", "es-MX", "es-US"],
    "fr": ["fr-FR", "fr-CA"],
    "de": ["de-DE"],
    "pt": ["pt-BR", "pt-PT"],
}
COUNTRY = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "es-US": "US",
    "fr-FR": "FR",
    "fr-CA": "CA",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
# What a locale's generic placeholders stand for.
NATID = {
    "en-US": ["SSN"],
    "en-GB": ["PASSPORT_NUMBER"],
    "es-ES": ["ES_DNI", "ES_NIE"],
    "es-MX": ["MX_CURP", "MX_RFC"],
    "es-US": ["SSN"],
    "fr-FR": ["FR_NIR"],
    "fr-CA": ["PASSPORT_NUMBER"],
    "de-DE": ["DE_TAX_ID"],
    "pt-BR": ["BR_CPF", "BR_CNPJ"],
    "pt-PT": ["PT_NIF"],
}
IBAN = {
    "en-US": "BANK_ACCOUNT_NUMBER",
    "es-US": "BANK_ACCOUNT_NUMBER",
    "fr-CA": "BANK_ACCOUNT_NUMBER",
    "es-MX": "MX_CLABE",
}
ROUTING = {
    "es-ES": "SWIFT_CODE",
    "fr-FR": "SWIFT_CODE",
    "fr-CA": "SWIFT_CODE",
    "pt-PT": "SWIFT_CODE",
    "es-MX": "MX_CLABE",
}
SIMPLE = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CARDEND": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "SSNEND": "SSN",
    "PASSPORT": "PASSPORT_NUMBER",
    "DRIVER": "DRIVER_ID",
    "PASSWORD": "PASSWORD",
    "USER": "USERNAME",
    "IP": "IP_ADDRESS",
}
KIND_WEIGHTS = {"contact": 4, "card": 4, "bank": 3, "id": 3, "login": 2, "keep": 7}
CONTEXT = {"a": "asked", "n": "named", "x": "none"}
PH = re.compile(r"\{([anxk]):([A-Za-z_]+)(?:/([abc]))?(?:~([a-z_]+))?\}")


class CorpusError(Exception):
    pass


def load_templates() -> dict[str, object]:
    mods = {lang: importlib.import_module(f"{__package__}.templates_{lang}") for lang in LANGS}
    seen: dict[str, set[str]] = {"dev": set(), "sealed": set()}
    for lang, m in mods.items():
        for split in ("dev", "sealed"):
            for group in (m.OPEN[split], m.CLOSE[split], *m.SCENES[split].values()):
                for t in group:
                    if re.search(r"\d", t):
                        raise CorpusError(f"template holds a digit: {t!r}")
                    seen[split].add(t)
            if set(m.SCENES[split]) != set(KIND_WEIGHTS):
                raise CorpusError(
                    f"{lang}/{split}: question kinds differ: {sorted(m.SCENES[split])}"
                )
    shared = seen["dev"] & seen["sealed"]
    if shared:
        raise CorpusError(f"dev and sealed share templates: {sorted(shared)[:3]}")
    return mods


# ---- must_keep values -------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def keep_value(kind: str, loc: str, rng: random.Random) -> tuple[str, str]:
    """Return (must_keep kind, surface)."""
    c = COUNTRY[loc]
    if kind in ("order", "ticket", "store", "invoice", "tracking"):
        while True:
            n = {
                "order": rng.randint(4, 11),
                "ticket": rng.randint(6, 9),
                "store": rng.randint(3, 4),
                "invoice": rng.randint(6, 10),
                "tracking": rng.randint(10, 12),
            }[kind]
            d = _digits(rng, n)
            if not V.passes_any_checksum(d):
                break
        name = {
            "order": "order_number",
            "ticket": "ticket_reference",
            "store": "store_number",
            "invoice": "invoice_number",
            "tracking": "tracking_number",
        }[kind]
        r = rng.random()
        if kind == "tracking" and r < 0.4:
            return name, rng.choice(["1Z", "LX", "RR", "CP"]) + d + (
                "" if r < 0.2 else rng.choice(["ES", "BR", "DE", "FR", "PT"])
            )
        if kind == "ticket" and r < 0.4:
            return name, rng.choice(["CS-", "INC-", "SR"]) + d
        if kind == "invoice" and r < 0.4:
            return name, rng.choice(["F", "FAC-", "INV-", "NF-"]) + d
        if n >= 8 and r > 0.6:
            half = n // 2
            return name, d[:half] + rng.choice([" ", "-"]) + d[half:]
        return name, d
    if kind == "zip":
        if c in ("US", "MX"):
            return "zip_code", "%05d" % rng.randint(1001, 99950)
        if c == "GB":
            return "postal_code", rng.choice(["SW1A ", "M1 ", "LS6 ", "EH3 ", "B15 "]) + str(
                rng.randint(1, 9)
            ) + rng.choice(["AA", "XT", "QP", "BD"])
        if c == "BR":
            return "postal_code", "%05d-%03d" % (rng.randint(1000, 99999), rng.randint(0, 999))
        if c == "PT":
            return "postal_code", "%04d-%03d" % (rng.randint(1000, 9999), rng.randint(0, 999))
        if c == "CA":
            return "postal_code", rng.choice(["H2X ", "G1R ", "H3B "]) + str(
                rng.randint(1, 9)
            ) + rng.choice(["Y", "A", "K"]) + str(rng.randint(1, 9))
        return "postal_code", "%05d" % rng.randint(1001, 99950)
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        if c == "US":
            return "date", rng.choice(["%d/%d" % (m, d), "%02d/%02d/2026" % (m, d)])
        if c == "DE":
            return "date", rng.choice(["%d.%d." % (d, m), "%02d.%02d.2026" % (d, m)])
        return "date", rng.choice(
            ["%d/%d" % (d, m), "%02d/%02d/2026" % (d, m), "%02d/%02d" % (d, m)]
        )
    if kind == "time":
        h, mi = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
        if c in ("US", "GB") and rng.random() < 0.5:
            return "time", "%d%s" % (
                h if h <= 12 else h - 12,
                "pm" if h >= 12 else "am",
            ) if mi == 0 else "%d:%02d" % (h if h <= 12 else h - 12, mi)
        if c in ("FR", "CA") and rng.random() < 0.5:
            return "time", "%dh%s" % (h, "%02d" % mi if mi else "")
        return "time", "%d:%02d" % (h, mi)
    if kind == "price":
        e, cts = rng.randint(5, 899), rng.choice([0, 99, 50, 90, 95])
        sep = "." if c in ("US", "GB", "MX", "CA") and loc != "fr-CA" else ","
        return "price", str(e) if not cts else "%d%s%02d" % (e, sep, cts)
    if kind == "qty":
        return "quantity", str(rng.randint(1, 12))
    if kind == "model":
        return "product_model", rng.choice(["XR-", "SM-A", "KX", "T", "VX-", "MB"]) + str(
            rng.randint(100, 9900)
        ) + rng.choice(["", "B", "X", " Pro", "s"])
    if kind == "version":
        return "version", "%d.%d" % (rng.randint(1, 18), rng.randint(0, 9)) + rng.choice(
            ["", ".%d" % rng.randint(0, 12)]
        )
    if kind == "year":
        return "year", str(rng.randint(2012, 2025))
    if kind == "flight":
        return "flight_number", rng.choice(
            ["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "AA", "G3"]
        ) + rng.choice(["", " "]) + str(rng.randint(100, 8999))
    raise CorpusError("unknown must_keep kind " + kind)


# ---- PII values -------------------------------------------------------------------------------


class Resolver:
    """Turns a template placeholder into a typed value for one conversation's locale."""

    def __init__(self, loc: str, rng: random.Random):
        self.loc, self.rng, self.c = loc, rng, COUNTRY[loc]
        self.natid = rng.choice(NATID[loc])
        self.iban_type = IBAN.get(loc, "INTERNATIONAL_BANK_ACCOUNT_NUMBER")
        self.routing_type = ROUTING.get(loc, "BANK_ROUTING")

    def type_of(self, ph: str) -> str:
        return {"NATID": self.natid, "IBAN": self.iban_type, "ROUTING": self.routing_type}.get(
            ph
        ) or SIMPLE[ph]

    def draw(self, ph: str) -> tuple[str, str, bool]:
        """Return (entity type, canonical value, partial?)."""
        r, c, t = self.rng, self.c, self.type_of(ph)
        if ph == "CARDEND":
            return t, V.card(r)[-4:], True
        if ph == "SSNEND":
            return t, V.ssn_value(r)[-4:], True
        f = {
            "CREDIT_DEBIT_NUMBER": lambda: V.card(r),
            "CREDIT_DEBIT_CVV": lambda: V.cvv(r),
            "CREDIT_DEBIT_EXPIRY": lambda: V.expiry(r),
            "PIN": lambda: V.pin(r),
            "BANK_ACCOUNT_NUMBER": lambda: V.bank_account(r, c),
            "BANK_ROUTING": lambda: V.routing(r, c if c in ("US", "GB", "DE", "BR") else "US"),
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: V.iban_value(
                r, c if c in ("ES", "DE", "FR", "PT", "GB", "BR") else "GB"
            ),
            "SWIFT_CODE": lambda: V.swift(r, c if c != "CA" else "FR"),
            "EMAIL": lambda: V.email(r),
            "PHONE": lambda: V.phone(r, c),
            "SSN": lambda: V.ssn_value(r),
            "PASSPORT_NUMBER": lambda: V.passport(r, c),
            "DRIVER_ID": lambda: V.driver_id(r, c),
            "PASSWORD": lambda: V.password(r),
            "USERNAME": lambda: V.username(r),
            "IP_ADDRESS": lambda: V.ip(r),
            "ES_DNI": lambda: V.es_dni(r),
            "ES_NIE": lambda: V.es_nie(r),
            "MX_CURP": lambda: V.mx_curp(r),
            "MX_RFC": lambda: V.mx_rfc(r),
            "MX_CLABE": lambda: V.mx_clabe(r),
            "BR_CPF": lambda: V.br_cpf(r),
            "BR_CNPJ": lambda: V.br_cnpj(r),
            "FR_NIR": lambda: V.fr_nir(r),
            "DE_TAX_ID": lambda: V.de_tax_id(r),
            "PT_NIF": lambda: V.pt_nif(r),
        }[t]
        v = f()
        if not V.validate(t, v):
            raise CorpusError(f"drawn value fails its check: {t}")
        return t, v, False


def render_one(
    kind: str, value: str, family: str | None, lang: str, rng: random.Random
) -> tuple[str, str]:
    fams = R.families_for(kind, value)
    fam = family if family in fams else rng.choice(fams + ["plain", "plain"])
    for _ in range(20):
        s = R.render(kind, value, fam, lang, rng)
        if (
            R.same_value(kind, value, R.decode(s, fam))
            and not s.startswith(" ")
            and not s.endswith(" ")
        ):
            return fam, s
        fam = "plain"
    raise CorpusError(f"cannot render {kind} as {fam}")


def split_parts(kind: str, value: str, n: int, rng: random.Random) -> list[str]:
    s = R.base_form(kind, value, rng)
    if kind == "PHONE" and s.startswith("+"):
        s = R.national(value)
    g = R.groups(kind, s) if kind not in ("EMAIL",) else [s]
    if len(g) < n:
        g = R.chunks(s, [max(1, len(s) // n)] * n)
    # contiguous partition of groups into n parts
    cuts = sorted(rng.sample(range(1, len(g)), n - 1))
    bounds = [0, *cuts, len(g)]
    return [
        "".join(g[bounds[i] : bounds[i + 1]])
        if rng.random() < 0.6
        else " ".join(g[bounds[i] : bounds[i + 1]])
        for i in range(n)
    ]


# ---- conversations ----------------------------------------------------------------------------


def build_messages(
    tpl: str,
    res: Resolver,
    names: dict[str, dict[str, str]],
    lang: str,
    rng: random.Random,
    group_counter: list[int],
) -> list[dict[str, object]]:
    msgs = []
    nparts = collections.Counter(m.group(2) for m in PH.finditer(tpl) if m.group(3))
    multi: dict[str, tuple[str, list[str], str, str]] = {}
    for raw in tpl.split(" | "):
        role, text = raw[:2], raw[2:].strip()
        if role not in ("A:", "C:"):
            raise CorpusError(f"message must start with A: or C:: {raw!r}")
        if role == "A:":
            for key in ("NATID", "IBAN", "ROUTING"):
                t = res.type_of(key)
                text = text.replace(f"[{key}]", names[key].get(res.loc + ":" + t) or names[key][t])
            if PH.search(text) or "[" in text:
                raise CorpusError(f"placeholder in agent text: {raw!r}")
            msgs.append({"role": "agent", "text": text, "pii": [], "must_keep": []})
            continue
        out, pii, keep, pos = [], [], [], 0
        for m in PH.finditer(text):
            out.append(text[pos : m.start()])
            start = sum(len(x) for x in out)
            ctx, ph, part, fam = m.groups()
            if ctx == "k":
                kk, surface = keep_value(ph, res.loc, rng)
                keep.append(
                    {"kind": kk, "start": start, "end": start + len(surface), "value": surface}
                )
            elif part:
                if part == "a":
                    t, v, _ = res.draw(ph)
                    group_counter[0] += 1
                    multi[ph] = (t, split_parts(t, v, nparts[ph], rng), "g%d" % group_counter[0], v)
                t, parts, gid, v = multi[ph]
                surface = parts["abc".index(part)]
                pii.append(
                    {
                        "type": t,
                        "family": "multi_message",
                        "context": CONTEXT[ctx],
                        "start": start,
                        "end": start + len(surface),
                        "value": surface,
                        "group": gid,
                        "_full": v,
                    }
                )
            else:
                t, v, partial = res.draw(ph)
                if partial:
                    f2, surface = "partial", v
                else:
                    f2, surface = render_one(t, v, fam, lang, rng)
                pii.append(
                    {
                        "type": t,
                        "family": f2,
                        "context": CONTEXT[ctx],
                        "start": start,
                        "end": start + len(surface),
                        "value": surface,
                        "_full": v,
                    }
                )
            out.append(surface if ctx != "k" else keep[-1]["value"])
            pos = m.end()
        out.append(text[pos:])
        msgs.append({"role": "customer", "text": "".join(out), "pii": pii, "must_keep": keep})
    return msgs


def conversation(lang: str, mod, split: str, idx: int, rng: random.Random) -> dict[str, object]:
    loc = rng.choice(LOCALES[lang])
    res = Resolver(loc, rng)
    kinds = list(KIND_WEIGHTS)
    weights = [KIND_WEIGHTS[k] for k in kinds]
    tpls = [rng.choice(mod.OPEN[split])]
    for _ in range(rng.randint(2, 4)):
        k = rng.choices(kinds, weights)[0]
        tpls.append(rng.choice(mod.SCENES[split][k]))
    tpls.append(rng.choice(mod.CLOSE[split]))
    gc = [0]
    messages = [m for t in tpls for m in build_messages(t, res, mod.NAMES, lang, rng, gc)]
    return {
        "id": "ac36-%s-%04d" % (lang, idx),
        "lang": lang,
        "locale": loc,
        "split": split,
        "messages": messages,
    }


def check_conversation(conv: dict) -> None:
    groups: dict[str, list[dict]] = collections.defaultdict(list)
    for m in conv["messages"]:
        text = m["text"]
        if m["role"] == "agent":
            if m["pii"] or m["must_keep"]:
                raise CorpusError("agent message carries labels")
            continue
        spans = sorted([(s["start"], s["end"]) for s in m["pii"] + m["must_keep"]])
        for (a, b), (c, _) in zip(spans, spans[1:]):
            if c < b:
                raise CorpusError(f"{conv['id']}: overlapping spans")
        for s in m["pii"] + m["must_keep"]:
            if text[s["start"] : s["end"]] != s["value"] or not s["value"]:
                raise CorpusError(f"{conv['id']}: span does not match value")
        covered = set(i for a, b in spans for i in range(a, b))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise CorpusError(f"{conv['id']}: digit outside a span in {text!r}")
        for s in m["pii"]:
            full = s.pop("_full")
            if s["family"] == "multi_message":
                groups[s["group"]].append((s, full))
            elif s["family"] == "partial":
                if not s["value"].isdigit():
                    raise CorpusError("partial value must be digits")
            else:
                if not V.validate(s["type"], full):
                    raise CorpusError(f"{conv['id']}: {s['type']} fails its check")
                if not R.same_value(s["type"], full, R.decode(s["value"], s["family"])):
                    raise CorpusError(f"{conv['id']}: {s['value']!r} does not decode to its value")
        for s in m["must_keep"]:
            d = re.sub(r"\D", "", s["value"])
            if (
                s["kind"]
                in (
                    "order_number",
                    "ticket_reference",
                    "invoice_number",
                    "store_number",
                    "tracking_number",
                )
                and d == re.sub(r"[\s-]", "", s["value"])
                and V.passes_any_checksum(d)
            ):
                raise CorpusError(f"{conv['id']}: {s['kind']} passes a checksum")
    for gid, items in groups.items():
        full = items[0][1]
        joined = "".join(R.decode(s["value"], "spaced_or_dashed") for s, _ in items)
        if (
            len(items) < 2
            or not R.same_value(items[0][0]["type"], full, joined)
            or not V.validate(items[0][0]["type"], full)
        ):
            raise CorpusError(
                f"{conv['id']}: multi_message group {gid} does not join back to its value"
            )


def build() -> tuple[bytes, bytes, list[dict]]:
    mods = load_templates()
    rng = random.Random(SEED)
    convs = []
    for lang in LANGS:
        for i in range(CONVERSATIONS_PER_LANG):
            split = "dev" if i % 20 < DEV_SHARE else "sealed"
            c = conversation(lang, mods[lang], split, i, rng)
            check_conversation(c)
            convs.append(c)
    for split in ("dev", "sealed"):
        missing = set(LANGS) - {c["lang"] for c in convs if c["split"] == split}
        if missing:
            raise CorpusError(f"{split} lacks {missing}")

    def dump(split: str) -> bytes:
        return "".join(
            json.dumps(c, ensure_ascii=False) + "\n" for c in convs if c["split"] == split
        ).encode()

    return dump("dev"), gzip.compress(dump("sealed"), compresslevel=9, mtime=0), convs


def stats(convs: list[dict]) -> str:
    C = collections.Counter
    by = {
        k: C()
        for k in (
            "split",
            "lang_conv",
            "lang_customer_msgs",
            "lang_pii",
            "type",
            "family",
            "context",
            "must_keep",
        )
    }
    agent = customer = 0
    for c in convs:
        by["split"][c["split"]] += 1
        by["lang_conv"][c["lang"]] += 1
        for m in c["messages"]:
            if m["role"] == "agent":
                agent += 1
                continue
            customer += 1
            by["lang_customer_msgs"][c["lang"]] += 1
            for s in m["pii"]:
                by["lang_pii"][c["lang"]] += 1
                by["type"][s["type"]] += 1
                by["family"][s["family"]] += 1
                by["context"][s["context"]] += 1
            for s in m["must_keep"]:
                by["must_keep"][s["kind"]] += 1
    lines = [
        f"conversations: {len(convs)}  customer messages: {customer}  agent messages: {agent}",
        f"pii values: {sum(by['type'].values())}  must_keep spans: {sum(by['must_keep'].values())}",
    ]
    for k, cnt in by.items():
        lines.append(
            f"{k}: "
            + ", ".join(f"{a}={b}" for a, b in sorted(cnt.items(), key=lambda x: (-x[1], x[0])))
        )
    share = {l: round(100 * n / customer, 1) for l, n in by["lang_customer_msgs"].items()}
    lines.append(
        "customer message share %: " + ", ".join(f"{a}={b}" for a, b in sorted(share.items()))
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk; write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    a = ap.parse_args(argv)
    dev, sealed, convs = build()
    if a.stats:
        print(stats(convs))
    dev_path, sealed_path = HERE / "dev.jsonl", HERE / "sealed.jsonl.gz"
    if a.check:
        ok = (
            dev_path.exists()
            and dev_path.read_bytes() == dev
            and sealed_path.exists()
            and sealed_path.read_bytes() == sealed
        )
        print(
            "up to date" if ok else "OUT OF DATE: run python -m bench.redaction.solicited.generate"
        )
        return 0 if ok else 1
    if not a.stats:
        dev_path.write_bytes(dev)
        sealed_path.write_bytes(sealed)
        print(f"wrote {dev_path.name} and {sealed_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
