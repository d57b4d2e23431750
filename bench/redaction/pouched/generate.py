"""Build dev.jsonl and sealed.jsonl.gz from the hand-written templates, validating everything.

    python -m bench.redaction.pouched.generate            # rewrite both files
    python -m bench.redaction.pouched.generate --check    # compare with the files on disk, write nothing
    python -m bench.redaction.pouched.generate --stats    # counts per language, type, family, kind

Randomness comes only from random.Random seeded with strings (hashed with SHA-512 by the stdlib),
so the output does not depend on PYTHONHASHSEED. The gzip file has mtime 0 and no file name.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).resolve().parent
SEED = "pouched-54"
INSTANCES = 10
LANGS = {
    "en": (templates_en, ["en-US", "en-GB", "en-IE", "en-CA"]),
    "es": (templates_es, ["es-ES", "es-MX", "es-US", "es-AR"]),
    "fr": (templates_fr, ["fr-FR", "fr-CA", "fr-BE"]),
    "de": (templates_de, ["de-DE", "de-AT", "de-CH"]),
    "pt": (templates_pt, ["pt-BR", "pt-PT"]),
}
ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASS": "PASSPORT_NUMBER",
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
    "STID": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
TYPES = sorted(set(ALIAS.values()))
KEEP = {
    "order": "order_number",
    "track": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "count": "count",
    "pct": "percentage",
    "model": "product_model",
    "ver": "version",
    "inv": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "policy": "policy_number",
    "contract": "contract_number",
    "flight": "flight_number",
    "store": "store_number",
    "room": "room_number",
    "err": "error_code",
    "size": "data_size",
    "year": "year",
    "meter": "meter_reading",
    "plate": "plate_number",
    "seat": "seat_number",
    "ref": "customer_reference",
    "dur": "duration",
}
FAMILIES = [
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "email_spelled",
    "percent_encoded",
    "url_credentials",
    "key_value_secret",
    "compact_expiry",
    "iban_broken",
    "context_only",
    "multi_message",
]
PH = re.compile(r"\{([^{}]+)\}")


def _region(t, v):
    if t != "PHONE":
        return None
    import phonenumbers

    return phonenumbers.region_code_for_number(phonenumbers.parse(v))


class CorpusError(Exception):
    pass


def _templates(mod):
    out = {}
    for split, lst in (("dev", mod.DEV), ("sealed", mod.SEALED)):
        parsed = []
        for t in lst:
            locs = None
            msgs = list(t)
            if msgs[0].startswith("@"):
                locs = msgs.pop(0)[1:].split(",")
            parsed.append((locs, msgs))
        out[split] = parsed
    return out


def check_templates(lang, tpl):
    for split in ("dev", "sealed"):
        for _, msgs in tpl[split]:
            for m in msgs:
                if re.search(r"\d", PH.sub("", m)):
                    raise CorpusError("%s template holds a digit: %r" % (lang, m))
                for ph in PH.findall(m):
                    if ph.startswith("#"):
                        if ph[1:] not in KEEP:
                            raise CorpusError("unknown keep kind %r" % ph)
                        continue
                    name = re.split(r"[:~]", ph)[0]
                    for a in name.split("|"):
                        if a not in ALIAS:
                            raise CorpusError("unknown alias %r in %r" % (a, m))
    dev_txt = {"\n".join(m) for _, m in tpl["dev"]} | {
        x for _, m in tpl["dev"] for x in m if PH.search(x) or len(x) > 25
    }
    for _, msgs in tpl["sealed"]:
        if "\n".join(msgs) in dev_txt or any(x in dev_txt for x in msgs):
            raise CorpusError("dev and sealed share template text in %s: %r" % (lang, msgs))


class Builder:
    def __init__(self):
        self.cycle = Counter()

    def family_for(self, lang, split, t):
        fams = R.INLINE[t]
        k = (lang, split, t)
        f = fams[self.cycle[k] % len(fams)]
        self.cycle[k] += 1
        return f

    def value(self, t, fam, rng, locale):
        for _ in range(200):
            v = V.draw(t, rng, locale)
            if fam != "letter_substitution" or re.search(r"[01]", v.lstrip("+")):
                return v
        raise CorpusError("no value with 0/1 for %s" % t)

    def conversation(self, lang, split, ti, inst, locs, msgs, default_locs):
        rng = random.Random("%s|%s|%s|%d|%d" % (SEED, lang, split, ti, inst))
        locale = rng.choice(locs or default_locs)
        groups = {}
        gcount = Counter(g for m in msgs for g in re.findall(r"\{[A-Z]+~(\w+)\}", m))
        out = []
        slot = 0
        for m in msgs:
            text, pii, keep = "", [], []
            pos = 0
            for mt in PH.finditer(m):
                text += m[pos : mt.start()]
                pos = mt.end()
                ph = mt.group(1)
                start = len(text)
                if ph.startswith("#"):
                    kind = KEEP[ph[1:]]
                    v = V.keep(kind, rng, lang, locale)
                    text += v
                    keep.append({"kind": kind, "start": start, "end": len(text), "value": v})
                    continue
                slot += 1
                if "~" in ph:
                    alias, g = ph.split("~")
                    t = ALIAS[alias]
                    if g not in groups:
                        v = self.value(t, "multi_message", rng, locale)
                        groups[g] = [v, R.split_parts(t, v, gcount[g], rng), 0]
                    part = groups[g][1][groups[g][2]]
                    groups[g][2] += 1
                    text += part
                    pii.append(
                        {
                            "type": t,
                            "family": "multi_message",
                            "start": start,
                            "end": len(text),
                            "value": part,
                            "group": g,
                            "_canon": groups[g][0],
                        }
                    )
                    continue
                name, _, fam = ph.partition(":")
                choices = name.split("|")
                t = ALIAS[choices[(inst + slot) % len(choices)]]
                fam = fam or self.family_for(lang, split, t)
                v = self.value(t, fam, rng, locale)
                s, spans = R.render(t, v, fam, lang, locale, rng)
                for a, b in spans:
                    got = R.decode(t, fam, s[a:b], lang, _region(t, v))
                    if got != R.expected(t, v):
                        raise CorpusError(
                            "decode mismatch %s/%s: %r -> %r != %r"
                            % (t, fam, s[a:b], got, R.expected(t, v))
                        )
                    pii.append(
                        {
                            "type": t,
                            "family": fam,
                            "start": start + a,
                            "end": start + b,
                            "value": s[a:b],
                        }
                    )
                text += s
            text += m[pos:]
            out.append({"text": text, "pii": pii, "must_keep": keep})
        for g, (v, parts, used) in groups.items():
            t = next(p["type"] for msg in out for p in msg["pii"] if p.get("group") == g)
            joined = R.decode(t, "multi_message", " ".join(parts), "en", _region(t, v))
            if used != len(parts) or joined != R.expected(t, v):
                raise CorpusError("multi_message parts do not rebuild %r" % v)
        for msg in out:
            for p in msg["pii"]:
                p.pop("_canon", None)
        return locale, out


def validate(conv):
    for msg in conv["messages"]:
        text = msg["text"]
        spans = sorted([(s["start"], s["end"]) for s in msg["pii"] + msg["must_keep"]])
        covered = set()
        last = -1
        for s in msg["pii"] + msg["must_keep"]:
            if text[s["start"] : s["end"]] != s["value"]:
                raise CorpusError("offset mismatch in %s" % conv["id"])
            if s["value"] != s["value"].strip() or not s["value"]:
                raise CorpusError("span with edge whitespace in %s: %r" % (conv["id"], s["value"]))
            covered.update(range(s["start"], s["end"]))
        for a, b in spans:
            if a < last:
                raise CorpusError("overlapping spans in %s" % conv["id"])
            last = b
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise CorpusError("digit outside a span in %s: %r" % (conv["id"], text))
        for p in msg["pii"]:
            if (
                p["family"] in ("plain", "spaced_or_dashed", "context_only")
                and p["type"] in V.VALIDATORS
            ):
                pass  # value-level checksums were asserted at draw time and by decode()


def build():
    b = Builder()
    data = {"dev": [], "sealed": []}
    for lang, (mod, locs) in LANGS.items():
        tpl = _templates(mod)
        check_templates(lang, tpl)
        n = 0
        for split in ("dev", "sealed"):
            for ti, (tl, msgs) in enumerate(tpl[split]):
                for inst in range(INSTANCES):
                    locale, messages = b.conversation(lang, split, ti, inst, tl, msgs, locs)
                    n += 1
                    conv = {
                        "id": "sc54-%s-%04d" % (lang, n),
                        "lang": lang,
                        "locale": locale,
                        "split": split,
                        "template": "%s-%s-%02d" % (lang, split, ti),
                        "messages": messages,
                    }
                    validate(conv)
                    data[split].append(conv)
    coverage(data)
    return data


def coverage(data):
    seen = defaultdict(set)
    for split, convs in data.items():
        for c in convs:
            for m in c["messages"]:
                for p in m["pii"]:
                    seen[(split, c["lang"], "type")].add(p["type"])
                    seen[(split, c["lang"], "family")].add(p["family"])
    missing = []
    for split in data:
        for lang in LANGS:
            for t in TYPES:
                if t not in seen[(split, lang, "type")]:
                    missing.append((split, lang, t))
            for f in FAMILIES:
                if f not in seen[(split, lang, "family")]:
                    missing.append((split, lang, f))
    if missing:
        raise CorpusError("coverage gaps: %s" % missing)


def serialise(data):
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in data["dev"]).encode("utf-8")
    raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in data["sealed"]).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return dev, buf.getvalue()


def stats(data):
    allc = data["dev"] + data["sealed"]
    lines = []
    per_lang = Counter()
    tot = Counter()
    for c in allc:
        per_lang[c["lang"]] += len(c["messages"])
        tot["conversations"] += 1
        tot["messages"] += len(c["messages"])
        tot["multi_conv"] += any(
            p["family"] == "multi_message" for m in c["messages"] for p in m["pii"]
        )
        for m in c["messages"]:
            tot["pii_spans"] += len(m["pii"])
            tot["must_keep"] += len(m["must_keep"])
            tot["no_pii_messages"] += not m["pii"]
        tot["pii_values"] += len(
            {
                p.get("group") or (i, j)
                for i, m in enumerate(c["messages"])
                for j, p in enumerate(m["pii"])
            }
        )
    lines.append("totals: " + ", ".join("%s=%d" % kv for kv in sorted(tot.items())))
    lines.append(
        "no-PII messages: %.1f%%; conversations with multi_message: %.1f%%"
        % (
            100 * tot["no_pii_messages"] / tot["messages"],
            100 * tot["multi_conv"] / tot["conversations"],
        )
    )
    for split in ("dev", "sealed"):
        c = Counter()
        for conv in data[split]:
            c["conversations"] += 1
            c["messages"] += len(conv["messages"])
            c["pii"] += sum(len(m["pii"]) for m in conv["messages"])
            c["must_keep"] += sum(len(m["must_keep"]) for m in conv["messages"])
        c["templates"] = c["conversations"] // INSTANCES
        lines.append("%s: %s" % (split, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    lines.append(
        "messages per language: "
        + ", ".join(
            "%s=%d (%.1f%%)" % (l, n, 100 * n / tot["messages"])
            for l, n in sorted(per_lang.items())
        )
    )
    for key in ("type", "family"):
        cnt = Counter((c["lang"], p[key]) for c in allc for m in c["messages"] for p in m["pii"])
        lines.append("\nper %s (en es fr de pt):" % key)
        for k in sorted({k for _, k in cnt}):
            lines.append("  %-40s %s" % (k, " ".join("%4d" % cnt[(l, k)] for l in LANGS)))
    kc = Counter(k["kind"] for c in allc for m in c["messages"] for k in m["must_keep"])
    lines.append("\nmust_keep kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kc.items())))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    data = build()
    dev, sealed = serialise(data)
    if a.stats:
        print(stats(data))
    paths = {HERE / "dev.jsonl": dev, HERE / "sealed.jsonl.gz": sealed}
    if a.check:
        bad = [p.name for p, b in paths.items() if not p.exists() or p.read_bytes() != b]
        if bad:
            print("out of date: " + ", ".join(bad))
            return 1
        print("ok: dev.jsonl and sealed.jsonl.gz match the generator")
        return 0
    if not a.stats:
        for p, b in paths.items():
            p.write_bytes(b)
        print(
            "wrote %s (%d bytes), %s (%d bytes)"
            % (*(x for p, b in paths.items() for x in (p.name, len(b))),)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
