"""Build dev.jsonl and sealed.jsonl.gz from the hand-written templates, from a fixed seed.

    python -m bench.redaction.lidded.generate            # rewrite both files
    python -m bench.redaction.lidded.generate --check    # compare with disk, write nothing
    python -m bench.redaction.lidded.generate --stats    # counts per language/type/family/kind

Placeholders in templates: {ALIAS} a PII value with a family drawn in turn from that type's
families; {ALIAS:family} a fixed family; {ALIAS*k} part k of a value typed across messages;
{L}/{V} a label word from the language's LABELS and its value (types taken in turn);
{#kind} a must_keep number.
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

from . import keep as K
from . import render as R
from . import values as V
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt

HERE = Path(__file__).resolve().parent
SEED = 4444
INSTANCES = 17
LANGS = [templates_en, templates_es, templates_fr, templates_de, templates_pt]

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
    "AKSECRET": "AWS_SECRET_KEY",
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
TYPES = sorted(set(ALIAS.values()))
DIGITY = ["plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"]
FAMS = {
    "CREDIT_DEBIT_NUMBER": DIGITY,
    "CREDIT_DEBIT_CVV": ["context_only", "spelled_out", "letter_substitution"],
    "CREDIT_DEBIT_EXPIRY": ["plain", "compact_expiry", "spaced_or_dashed", "compact_expiry"],
    "PIN": ["context_only", "spelled_out", "letter_substitution", "spaced_or_dashed"],
    "BANK_ACCOUNT_NUMBER": [
        "context_only",
        "spaced_or_dashed",
        "split_by_noise",
        "letter_substitution",
    ],
    "BANK_ROUTING": ["plain", "spaced_or_dashed"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": [
        "plain",
        "iban_broken",
        "letter_substitution",
        "iban_broken",
    ],
    "SWIFT_CODE": ["plain"],
    "EMAIL": ["email_spelled", "plain", "percent_encoded", "email_spelled"],
    "PHONE": [
        "plain",
        "spaced_or_dashed",
        "split_by_noise",
        "spelled_out",
        "letter_substitution",
        "percent_encoded",
    ],
    "SSN": ["plain", "spaced_or_dashed", "split_by_noise", "spelled_out"],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["plain", "spaced_or_dashed", "spelled_out"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["plain", "spaced_or_dashed"],
    "PASSPORT_NUMBER": ["context_only"],
    "DRIVER_ID": ["context_only"],
    "PASSWORD": ["context_only", "url_credentials", "key_value_secret"],
    "USERNAME": ["context_only"],
    "IP_ADDRESS": ["plain"],
    "MAC_ADDRESS": ["plain"],
    "AWS_ACCESS_KEY": ["plain", "key_value_secret"],
    "AWS_SECRET_KEY": ["key_value_secret", "plain"],
    "ES_DNI": ["plain", "spaced_or_dashed", "letter_substitution"],
    "ES_NIE": ["plain", "spaced_or_dashed"],
    "MX_CURP": ["plain"],
    "MX_RFC": ["plain"],
    "MX_CLABE": ["plain", "spaced_or_dashed", "split_by_noise"],
    "BR_CPF": ["plain", "spaced_or_dashed", "split_by_noise"],
    "BR_CNPJ": ["plain", "spaced_or_dashed"],
    "FR_NIR": ["plain", "spaced_or_dashed"],
    "DE_TAX_ID": ["plain", "spaced_or_dashed", "split_by_noise"],
    "PT_NIF": ["plain", "spaced_or_dashed"],
}
ALL_FAMILIES = sorted({f for fs in FAMS.values() for f in fs} | {"multi_message"})
MM_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BR_CPF",
    "MX_CLABE",
    "SSN",
    "ES_DNI",
    "DE_TAX_ID",
    "PT_NIF",
    "FR_NIR",
}
PH = re.compile(r"\{([A-Z]+|L|V|#[a-z_]+)(?::([a-z_]+)|\*([1-3]))?\}")


def draw(t: str, r: random.Random, locale: str) -> tuple[str, str]:
    """Return (value, phone region)."""
    cc = locale[-2:]
    iban_cc = {
        "US": r.choice(["DE", "GB", "ES"]),
        "CA": "FR",
        "MX": "ES",
        "AR": "ES",
        "CO": "ES",
    }.get(cc, cc)
    f = {
        "CREDIT_DEBIT_NUMBER": lambda: V.card(r),
        "CREDIT_DEBIT_CVV": lambda: V.cvv(r),
        "CREDIT_DEBIT_EXPIRY": lambda: V.expiry(r),
        "PIN": lambda: V.pin(r),
        "BANK_ACCOUNT_NUMBER": lambda: V.account(r),
        "BANK_ROUTING": lambda: V.routing(r, locale),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: V.iban_value(
            r, iban_cc if iban_cc in V.IBAN_SPEC else "DE"
        ),
        "SWIFT_CODE": lambda: V.swift(r, iban_cc if iban_cc in V.IBAN_SPEC else "DE"),
        "EMAIL": lambda: V.email(r),
        "SSN": lambda: V.us_ssn(r),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: V.us_itin(r),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: V.uk_nino(r),
        "PASSPORT_NUMBER": lambda: V.passport(r, locale),
        "DRIVER_ID": lambda: V.driver_id(r, locale),
        "PASSWORD": lambda: V.password(r),
        "USERNAME": lambda: V.username(r),
        "IP_ADDRESS": lambda: V.ip(r),
        "MAC_ADDRESS": lambda: V.mac(r),
        "AWS_ACCESS_KEY": lambda: V.aws_access(r),
        "AWS_SECRET_KEY": lambda: V.aws_secret(r),
        "ES_DNI": lambda: V.es_dni(r),
        "ES_NIE": lambda: V.es_nie(r),
        "MX_CURP": lambda: V.mx_curp(r),
        "MX_RFC": lambda: V.mx_rfc(r),
        "MX_CLABE": lambda: V.mx_clabe(r),
        "BR_CPF": lambda: V.br_cpf(r),
        "BR_CNPJ": lambda: V.br_cnpj(r),
        "FR_NIR": lambda: V.fr_nir(r),
        "DE_TAX_ID": lambda: V.de_idnr(r),
        "PT_NIF": lambda: V.pt_nif(r),
    }
    if t == "PHONE":
        reg, e164 = V.phone(r, locale)
        return e164, reg
    return f[t](), ""


def split_templates(mod) -> tuple[list, list]:
    """About 30% of each language's templates go to dev: a fixed pattern over the written order,
    taken separately over label templates ({L}), multi-message templates and the rest, so both
    splits get each kind."""
    dev, sealed = [], []
    seen: Counter = Counter()
    for tpl in mod.TEMPLATES:
        tpl = tuple(tpl)
        body = "\n".join(tpl)
        cls = "L" if "{L}" in body else "M" if re.search(r"\*[1-3]\}", body) else "O"
        i = seen[cls]
        seen[cls] += 1
        (dev if i % 10 in (0, 3, 6) else sealed).append(tpl)
    return dev, sealed


class Builder:
    def __init__(self, mod, split: str, r: random.Random):
        self.mod, self.split, self.r = mod, split, r
        self.fam_turn: Counter = Counter()
        self.lbl_turn = 0
        self.lbl_order = sorted(mod.LABELS)
        random.Random(f"{mod.LANG}-{split}").shuffle(self.lbl_order)

    def family(self, t: str) -> str:
        fams = FAMS[t]
        f = fams[self.fam_turn[t] % len(fams)]
        self.fam_turn[t] += 1
        return f

    def conversation(self, tpl: tuple, cid: str) -> dict:
        r = self.r
        locale = r.choice(self.mod.LOCALES)
        lang = self.mod.LANG
        mm: dict = {}
        parts = [int(m.group(3)) for msg in tpl for m in PH.finditer(msg) if m.group(3)]
        if parts:
            alias = next(m.group(1) for msg in tpl for m in PH.finditer(msg) if m.group(3))
            t = ALIAS[alias]
            v, reg = draw(t, r, locale)
            digits = R.compact(v)
            if t == "PHONE":
                digits = ("0" if reg not in ("US", "MX") else "") + str(
                    V.phonenumbers.parse(v).national_number
                )
            n = max(parts)
            gs = (
                R.groups(t, digits, r)
                if t != "PHONE"
                else [digits[: len(digits) // 2], digits[len(digits) // 2 :]]
            )
            while len(gs) < n:
                gs = [c for g in gs for c in (g[: len(g) // 2], g[len(g) // 2 :])]
            cuts = sorted(r.sample(range(1, len(gs)), n - 1))
            chunks = [gs[a:b] for a, b in zip([0] + cuts, cuts + [len(gs)])]
            mm = {"type": t, "chunks": [" ".join(c) for c in chunks], "digits": digits}
        msgs = []
        cur_label: tuple | None = None
        for msg in tpl:
            text, pii, kept = "", [], []
            pos = 0
            for m in PH.finditer(msg):
                text += msg[pos : m.start()]
                pos = m.end()
                key, fam, part = m.group(1), m.group(2), m.group(3)
                if key.startswith("#"):
                    val = K.keep(key[1:], r, lang, locale)
                    kept.append(
                        {
                            "kind": key[1:],
                            "start": len(text),
                            "end": len(text) + len(val),
                            "value": val,
                        }
                    )
                    text += val
                    continue
                if key == "L":
                    t = self.lbl_order[self.lbl_turn % len(self.lbl_order)]
                    self.lbl_turn += 1
                    cur_label = (t, None)
                    text += r.choice(self.mod.LABELS[t])
                    continue
                if part:
                    val = mm["chunks"][int(part) - 1]
                    pii.append(
                        {
                            "type": mm["type"],
                            "family": "multi_message",
                            "start": len(text),
                            "end": len(text) + len(val),
                            "value": val,
                            "group": "g1",
                        }
                    )
                    text += val
                    continue
                if key == "V":
                    assert cur_label, (cid, msg)
                    t = ALIAS[cur_label[0]]
                else:
                    t = ALIAS[key]
                f = fam or self.family(t)
                for _ in range(50):
                    v, reg = draw(t, r, locale)
                    before, span, after = R.render(t, f, v, lang, r, reg)
                    if R.decodes(t, f, span, v, lang) and (
                        f != "letter_substitution" or any(c in "OolI" for c in span)
                    ):
                        break
                else:
                    raise SystemExit(f"{cid}: cannot render {t} as {f}")
                text += before
                pii.append(
                    {
                        "type": t,
                        "family": f,
                        "start": len(text),
                        "end": len(text) + len(span),
                        "value": span,
                    }
                )
                text += span + after
            text += msg[pos:]
            msgs.append({"text": text, "pii": pii, "must_keep": kept})
        if mm:
            joined = "".join(
                R.compact(p["value"]) for m_ in msgs for p in m_["pii"] if p.get("group")
            )
            assert joined == mm["digits"], (cid, joined, mm)
        return {"id": cid, "lang": lang, "locale": locale, "split": self.split, "messages": msgs}


def validate(conv: dict) -> None:
    cid = conv["id"]
    for m in conv["messages"]:
        t = m["text"]
        spans = sorted(
            [(p["start"], p["end"]) for p in m["pii"]]
            + [(k["start"], k["end"]) for k in m["must_keep"]]
        )
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (cid, "overlap", t)
        covered = set()
        for s in m["pii"] + m["must_keep"]:
            v = t[s["start"] : s["end"]]
            assert v == s["value"] and v and v == v.strip(), (cid, s, t)
            covered.update(range(s["start"], s["end"]))
        for i, ch in enumerate(t):
            assert not ch.isdigit() or i in covered, (cid, "digit outside span", t)
        for k in m["must_keep"]:
            d = re.sub(r"\D", "", k["value"])
            if (
                k["kind"]
                in (
                    "order_number",
                    "ticket_number",
                    "policy_number",
                    "contract_number",
                    "store_number",
                    "meter_reading",
                    "customer_number",
                )
                and d == k["value"]
                and len(d) >= 4
            ):
                assert not V.passes_a_checksum(d), (cid, k)


def build() -> tuple[list[dict], list[dict]]:
    out: dict = {"dev": [], "sealed": []}
    dev_texts, sealed_texts = set(), set()
    for mod in LANGS:
        for tpl in mod.TEMPLATES:
            for msg in tpl if isinstance(tpl, (list, tuple)) else (tpl,):
                assert not any(c.isdigit() for c in PH.sub("", msg)), (
                    mod.LANG,
                    "digit in template",
                    msg,
                )
        dev, sealed = split_templates(mod)
        dev_texts |= {"\n".join(t) for t in dev}
        sealed_texts |= {"\n".join(t) for t in sealed}
    shared = dev_texts & sealed_texts
    if shared:
        raise SystemExit(
            f"refusing: {len(shared)} templates are in both splits: {sorted(shared)[:3]}"
        )
    for mod in LANGS:
        dev, sealed = split_templates(mod)
        for split, tpls in (("dev", dev), ("sealed", sealed)):
            r = random.Random(f"{SEED}-{mod.LANG}-{split}")
            b = Builder(mod, split, r)
            n = 0
            for _ in range(INSTANCES):
                for tpl in tpls:
                    conv = b.conversation(tpl, f"sc44-{mod.LANG}-{split[0]}{n:04d}")
                    validate(conv)
                    out[split].append(conv)
                    n += 1
    coverage(out)
    return out["dev"], out["sealed"]


def coverage(out: dict) -> None:
    for lang in [m.LANG for m in LANGS]:
        for split in ("dev", "sealed"):
            ts, fs = set(), set()
            for c in out[split]:
                if c["lang"] == lang:
                    for m in c["messages"]:
                        ts |= {p["type"] for p in m["pii"]}
                        fs |= {p["family"] for p in m["pii"]}
            miss = (set(TYPES) - ts) | (set(ALL_FAMILIES) - fs)
            if miss:
                raise SystemExit(f"{lang}/{split} lacks {sorted(miss)}")


def serialize(rows: list[dict]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in rows).encode()


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


def stats(rows: list[dict]) -> str:
    c: dict = {k: Counter() for k in ("lang", "type", "family", "kind")}
    msgs = pii = keep = nopii = mmconv = 0
    for conv in rows:
        has_mm = False
        for m in conv["messages"]:
            msgs += 1
            c["lang"][conv["lang"]] += 1
            nopii += not m["pii"]
            for p in m["pii"]:
                c["type"][p["type"]] += 1
                c["family"][p["family"]] += 1
                has_mm |= p["family"] == "multi_message"
            pii += len({p.get("group") or i for i, p in enumerate(m["pii"])})
            for k in m["must_keep"]:
                c["kind"][k["kind"]] += 1
                keep += 1
        mmconv += has_mm
    lines = [
        f"conversations {len(rows)}  messages {msgs}  pii_spans {sum(c['type'].values())}  must_keep {keep}",
        f"messages without pii {nopii} ({100 * nopii / msgs:.1f}%)  conversations with multi_message {mmconv} "
        f"({100 * mmconv / len(rows):.1f}%)",
    ]
    for k, cnt in c.items():
        tot = sum(cnt.values())
        lines.append(
            f"{k}: "
            + ", ".join(
                f"{a} {b}" + (f" ({100 * b / tot:.0f}%)" if k == "lang" else "")
                for a, b in sorted(cnt.items())
            )
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    dev, sealed = build()
    files = {HERE / "dev.jsonl": serialize(dev), HERE / "sealed.jsonl.gz": gz(serialize(sealed))}
    if a.stats:
        for name, rows in (("all", dev + sealed), ("dev", dev), ("sealed", sealed)):
            print(f"== {name}\n{stats(rows)}")
    if a.check:
        bad = [p.name for p, b in files.items() if not p.exists() or p.read_bytes() != b]
        print("differs: " + ", ".join(bad) if bad else "up to date")
        return 1 if bad else 0
    if not a.stats:
        for p, b in files.items():
            p.write_bytes(b)
        print(f"wrote dev {len(dev)} and sealed {len(sealed)} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
