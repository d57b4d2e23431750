"""Build dev.jsonl and sealed.jsonl.gz from the hand-written templates, byte-reproducibly.

    python -m bench.redaction.sacked.generate            # rewrite both files
    python -m bench.redaction.sacked.generate --check    # compare with the files on disk, write nothing
    python -m bench.redaction.sacked.generate --stats    # counts per language, type, family, kind

Every span is checked before anything is written: offsets, overlaps, whitespace at the edges, digits
outside spans, check digits, and that the typed text decodes back to the drawn value.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import io
import json
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

from . import render as R
from . import values as V

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt"]
SEED = "sacked-55"
TARGET_MESSAGES_PER_LANG = 1150

ALIASES = {
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
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKEY": "AWS_ACCESS_KEY",
    "SKEY": "AWS_SECRET_KEY",
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
FAM = {
    "p": "plain",
    "sp": "spaced_or_dashed",
    "nz": "split_by_noise",
    "ls": "letter_substitution",
    "so": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "co": "context_only",
    "mm": "multi_message",
}
ALL_TYPES = sorted(set(ALIASES.values()))

_NUMERIC = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "PHONE",
    "BANK_ROUTING",
}
ALLOWED = {
    "plain": set(ALL_TYPES),
    "spaced_or_dashed": _NUMERIC
    | {"INTERNATIONAL_BANK_ACCOUNT_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER"},
    "split_by_noise": _NUMERIC | {"INTERNATIONAL_BANK_ACCOUNT_NUMBER"},
    "letter_substitution": _NUMERIC | {"PIN", "CREDIT_DEBIT_CVV"},
    "spelled_out": _NUMERIC | {"PIN", "CREDIT_DEBIT_CVV"},
    "email_spelled": {"EMAIL"},
    "percent_encoded": {"EMAIL", "PHONE"},
    "url_credentials": {"PASSWORD", "USERNAME"},
    "key_value_secret": {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "PASSWORD", "USERNAME"},
    "compact_expiry": {"CREDIT_DEBIT_EXPIRY"},
    "iban_broken": {"INTERNATIONAL_BANK_ACCOUNT_NUMBER"},
    "context_only": {
        "PIN",
        "CREDIT_DEBIT_CVV",
        "PASSWORD",
        "USERNAME",
        "BANK_ACCOUNT_NUMBER",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "BANK_ROUTING",
    },
    "multi_message": {
        "CREDIT_DEBIT_NUMBER",
        "BANK_ACCOUNT_NUMBER",
        "PHONE",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "MX_CLABE",
        "BR_CPF",
        "SSN",
        "DE_TAX_ID",
    },
}
KINDS = {
    "order",
    "tracking",
    "postal",
    "date",
    "time",
    "price",
    "qty",
    "count",
    "pct",
    "model",
    "version",
    "invoice",
    "ticket",
    "booking",
    "policy",
    "contract",
    "flight",
    "store",
    "room",
    "error",
    "size",
    "year",
    "meter",
    "plate",
    "seat",
    "customer",
    "kwh",
    "duration",
    "floor",
    "house",
}
KIND_NAME = {
    "order": "order_number",
    "tracking": "tracking_number",
    "postal": "postal_code",
    "qty": "quantity",
    "pct": "percentage",
    "model": "product_model",
    "invoice": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "policy": "policy_number",
    "contract": "contract_number",
    "flight": "flight_number",
    "store": "store_number",
    "room": "room_number",
    "error": "error_code",
    "size": "data_size",
    "meter": "meter_reading",
    "plate": "plate_number",
    "seat": "seat_number",
    "customer": "customer_number",
    "kwh": "amount_kwh",
    "house": "house_number",
}
LOOKALIKE_KINDS = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "policy_number",
    "contract_number",
    "customer_number",
    "meter_reading",
    "store_number",
    "tracking_number",
}

SLOT = re.compile(r"\{(?:([A-Z]+)(?::([a-z]+))?(?::(g\d))?|#([a-z]+))\}")


def draw(etype: str, family: str, locale: str, r: random.Random) -> str:
    f = {
        "CREDIT_DEBIT_NUMBER": lambda: V.card(r),
        "CREDIT_DEBIT_CVV": lambda: V.cvv(r),
        "CREDIT_DEBIT_EXPIRY": lambda: V.expiry(r),
        "PIN": lambda: V.pin(r),
        "BANK_ACCOUNT_NUMBER": lambda: V.bank_account(r),
        "BANK_ROUTING": lambda: V.routing(r, locale)[0],
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: V.iban_value(r, locale),
        "SWIFT_CODE": lambda: V.swift(r, locale),
        "EMAIL": lambda: V.email(r),
        "PHONE": lambda: V.phone(r, locale),
        "SSN": lambda: V.ssn_value(r),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: V.itin_value(r),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: V.nino(r),
        "PASSPORT_NUMBER": lambda: V.passport(r, locale),
        "DRIVER_ID": lambda: V.driver_id(r, locale),
        "PASSWORD": lambda: V.password(r),
        "USERNAME": lambda: V.username(r),
        "IP_ADDRESS": lambda: V.ip(r),
        "MAC_ADDRESS": lambda: V.mac(r),
        "AWS_ACCESS_KEY": lambda: V.aws_access_key(r),
        "AWS_SECRET_KEY": lambda: V.aws_secret_key(r),
        "ES_DNI": lambda: V.dni_value(r),
        "ES_NIE": lambda: V.nie_value(r),
        "MX_CURP": lambda: V.curp_value(r),
        "MX_RFC": lambda: V.rfc_value(r),
        "MX_CLABE": lambda: V.clabe_value(r),
        "BR_CPF": lambda: V.cpf_value(r),
        "BR_CNPJ": lambda: V.cnpj_value(r),
        "FR_NIR": lambda: V.nir_value(r),
        "DE_TAX_ID": lambda: V.de_tax_value(r),
        "PT_NIF": lambda: V.nif_value(r),
    }[etype]
    for _ in range(200):
        v = f()
        norm = R.normalize(etype, v)
        if family == "letter_substitution" and not re.search(r"[01]", norm):
            continue
        if family == "percent_encoded" and etype == "PHONE" and not v.startswith("+"):
            continue
        if (
            family in ("url_credentials", "percent_encoded")
            and etype in ("PASSWORD", "USERNAME")
            and re.search(r"[@:/?#%]", v)
        ):
            continue
        if family == "url_credentials" and re.search(r"[@:/?#%!*$&]", v):
            continue
        if family == "key_value_secret" and " " in v:
            continue
        if family == "multi_message" and len(norm) < 8:
            continue
        return v
    raise RuntimeError(f"could not draw {etype} for {family}")


def load_templates() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    out: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for lang in LANGS:
        m = importlib.import_module(f"{__package__}.templates_{lang}")
        out[lang] = {
            "dev": [t if isinstance(t, tuple) else (t,) for t in m.DEV],
            "sealed": [t if isinstance(t, tuple) else (t,) for t in m.SEALED],
            "locales": m.LOCALES,
        }
    return out


def check_templates(tpl: dict) -> None:
    for lang, d in tpl.items():
        dev = {"\n||\n".join(t) for t in d["dev"]}
        sealed = {"\n||\n".join(t) for t in d["sealed"]}
        if dev & sealed:
            sys.exit(f"{lang}: a template is in both dev and sealed: {sorted(dev & sealed)[:1]!r}")
        for split in ("dev", "sealed"):
            lst = ["\n||\n".join(t) for t in d[split]]
            dup = [k for k, c in Counter(lst).items() if c > 1]
            if dup:
                sys.exit(f"{lang}/{split}: duplicated template {dup[0]!r}")
            for t in d[split]:
                for msg in t:
                    for m in SLOT.finditer(msg):
                        a, fam, grp, kind = m.groups()
                        if kind:
                            if kind not in KINDS:
                                sys.exit(f"{lang}: unknown kind {kind} in {msg!r}")
                            continue
                        if a not in ALIASES:
                            sys.exit(f"{lang}: unknown type {a} in {msg!r}")
                        family = FAM[fam or "p"]
                        if ALIASES[a] not in ALLOWED[family]:
                            sys.exit(f"{lang}: {a} cannot be {family} in {msg!r}")
                        if (family == "multi_message") != bool(grp):
                            sys.exit(f"{lang}: multi_message needs a group in {msg!r}")
                    if re.search(r"\d", SLOT.sub("", msg)):
                        sys.exit(f"{lang}: digit in template text {msg!r}")


def rng_for(*parts: object) -> random.Random:
    h = hashlib.sha256("|".join(map(str, (SEED,) + parts)).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def split_parts(norm: str, k: int, r: random.Random) -> list[str]:
    n = len(norm)
    cuts = (
        sorted(r.sample(range(3, n - 2), k - 1))
        if n - 5 >= k - 1
        else [n // k * i for i in range(1, k)]
    )
    # prefer cuts on groups of four, as people type them
    cuts = [min(max(4 * round(c / 4), 1), n - 1) for c in cuts]
    cuts = sorted(set(cuts))
    while len(cuts) < k - 1:
        cuts = sorted(set(cuts + [r.randint(1, n - 1)]))
    bounds = [0] + cuts + [n]
    return [norm[bounds[i] : bounds[i + 1]] for i in range(k)]


def instance(
    lang: str, split: str, ti: int, k: int, tpl: tuple[str, ...], locales: list[str]
) -> dict:
    r = rng_for(lang, split, ti, k)
    locale = r.choice(locales)
    groups: dict[str, list[str]] = {}
    gcount = Counter(m.group(3) for msg in tpl for m in SLOT.finditer(msg) if m.group(3))
    gseen: Counter = Counter()
    messages = []
    for msg in tpl:
        text, pii, keep, pos = "", [], [], 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            a, fam, grp, kind = m.groups()
            start = len(text)
            if kind:
                kname = KIND_NAME.get(kind, kind)
                val = V.must_keep(r, kname, lang, locale)
                text += val
                keep.append({"kind": kname, "start": start, "end": len(text), "value": val})
                continue
            etype, family = ALIASES[a], FAM[fam or "p"]
            if family == "multi_message":
                if grp not in groups:
                    raw = draw(etype, family, locale, r)
                    groups[grp] = [raw] + split_parts(R.normalize(etype, raw), gcount[grp], r)
                part = groups[grp][1 + gseen[grp]]
                gseen[grp] += 1
                val = R.render_part(etype, part, r)
                text += val
                pii.append(
                    {
                        "type": etype,
                        "family": family,
                        "start": start,
                        "end": len(text),
                        "value": val,
                        "group": grp,
                        "_raw": groups[grp][0],
                    }
                )
                continue
            raw = draw(etype, family, locale, r)
            val = R.render(etype, family, raw, lang, r)
            text += val
            pii.append(
                {
                    "type": etype,
                    "family": family,
                    "start": start,
                    "end": len(text),
                    "value": val,
                    "_raw": raw,
                }
            )
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    cid = f"sc55-{lang}-{split[0]}{ti:03d}-{k:02d}"
    return {"id": cid, "lang": lang, "locale": locale, "split": split, "messages": messages}


def validate(conv: dict) -> None:
    cid, lang = conv["id"], conv["lang"]
    parts: dict[str, list[str]] = {}
    raws: dict[str, tuple[str, str]] = {}
    for msg in conv["messages"]:
        text = msg["text"]
        spans = sorted([(s["start"], s["end"]) for s in msg["pii"] + msg["must_keep"]])
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            if a2 < b1:
                raise AssertionError(f"{cid}: overlapping spans in {text!r}")
        covered = set()
        for s in msg["pii"] + msg["must_keep"]:
            v = text[s["start"] : s["end"]]
            if v != s["value"] or not v or v != v.strip():
                raise AssertionError(f"{cid}: bad span {s} in {text!r}")
            covered.update(range(s["start"], s["end"]))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise AssertionError(f"{cid}: digit outside spans at {i} in {text!r}")
        for s in msg["pii"]:
            raw = s.pop("_raw")
            et, fam = s["type"], s["family"]
            norm = R.normalize(et, raw)
            if not V.validate(et, norm if et != "PHONE" else norm):
                raise AssertionError(f"{cid}: {et} {raw!r} fails its check digits")
            if fam == "multi_message":
                parts.setdefault(s["group"], []).append(R.normalize(et, s["value"]))
                raws[s["group"]] = (et, norm)
            elif R.decode(et, fam, s["value"], lang) != norm:
                raise AssertionError(f"{cid}: {fam} {s['value']!r} does not decode to {norm!r}")
        for s in msg["must_keep"]:
            v = s["value"]
            if (
                s["kind"] in LOOKALIKE_KINDS
                and v.isdigit()
                and 4 <= len(v) <= 14
                and not V._fails_everything(v)
            ):
                raise AssertionError(f"{cid}: must_keep {v!r} passes a checksum")
    for g, ps in parts.items():
        if len(ps) < 2 or "".join(ps) != raws[g][1]:
            raise AssertionError(f"{cid}: multi_message group {g} does not rebuild {raws[g]}")


def build() -> tuple[list[dict], list[dict]]:
    tpl = load_templates()
    check_templates(tpl)
    out: dict[str, list[dict]] = {"dev": [], "sealed": []}
    for lang in LANGS:
        d = tpl[lang]
        per_pass = sum(len(t) for t in d["dev"] + d["sealed"])
        k_inst = max(3, math.ceil(TARGET_MESSAGES_PER_LANG / per_pass))
        for split in ("dev", "sealed"):
            for ti, t in enumerate(d[split]):
                for k in range(k_inst):
                    conv = instance(lang, split, ti, k, t, d["locales"])
                    validate(conv)
                    out[split].append(conv)
    coverage(out)
    return out["dev"], out["sealed"]


def coverage(out: dict[str, list[dict]]) -> None:
    missing = []
    for split, convs in out.items():
        for lang in LANGS:
            types, fams = set(), set()
            for c in convs:
                if c["lang"] != lang:
                    continue
                for m in c["messages"]:
                    for s in m["pii"]:
                        types.add(s["type"])
                        fams.add(s["family"])
            for t in sorted(set(ALL_TYPES) - types):
                missing.append(f"{split}/{lang}: type {t}")
            for f in sorted(set(R.FAMILIES) - fams):
                missing.append(f"{split}/{lang}: family {f}")
    if missing:
        sys.exit("coverage incomplete:\n  " + "\n  ".join(missing))


def serialize(dev: list[dict], sealed: list[dict]) -> tuple[bytes, bytes]:
    def lines(convs: list[dict]) -> bytes:
        return "".join(
            json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in convs
        ).encode()

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(lines(sealed))
    return lines(dev), buf.getvalue()


def stats(dev: list[dict], sealed: list[dict]) -> str:
    rows = []
    for name, convs in (("dev", dev), ("sealed", sealed), ("all", dev + sealed)):
        msgs = [m for c in convs for m in c["messages"]]
        pii = [s for m in msgs for s in m["pii"]]
        keep = [s for m in msgs for s in m["must_keep"]]
        nopii = sum(1 for m in msgs if not m["pii"])
        multi = sum(
            1
            for c in convs
            if any(s["family"] == "multi_message" for m in c["messages"] for s in m["pii"])
        )
        values = len([s for s in pii if s["family"] != "multi_message"]) + len(
            {
                (c["id"], s["group"])
                for c in convs
                for m in c["messages"]
                for s in m["pii"]
                if s["family"] == "multi_message"
            }
        )
        rows.append(
            f"[{name}] conversations {len(convs)}, messages {len(msgs)}, pii spans {len(pii)}, pii values {values}, "
            f"must_keep {len(keep)}, messages without pii {nopii} ({100 * nopii / len(msgs):.1f}%), "
            f"conversations with multi_message {multi} ({100 * multi / len(convs):.1f}%)"
        )
    allc = dev + sealed
    total = sum(len(c["messages"]) for c in allc)
    rows.append("\nmessages per language (dev / sealed / share):")
    for lang in LANGS:
        d = sum(len(c["messages"]) for c in dev if c["lang"] == lang)
        s = sum(len(c["messages"]) for c in sealed if c["lang"] == lang)
        rows.append(f"  {lang}  {d:5d} / {s:5d}  {100 * (d + s) / total:.1f}%")

    def table(title: str, key) -> None:
        cd = Counter(key(x) for c in dev for x in _items(c, title))
        cs = Counter(key(x) for c in sealed for x in _items(c, title))
        rows.append(f"\n{title} (dev / sealed):")
        for k in sorted(set(cd) | set(cs)):
            rows.append(f"  {k:42s} {cd[k]:5d} / {cs[k]:5d}")

    table("pii per type", lambda s: s["type"])
    table("pii per family", lambda s: s["family"])
    table("must_keep per kind", lambda s: s["kind"])
    return "\n".join(rows)


def _items(c: dict, title: str) -> list[dict]:
    key = "must_keep" if title.startswith("must") else "pii"
    return [s for m in c["messages"] for s in m[key]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    a = ap.parse_args()
    dev, sealed = build()
    dev_b, sealed_b = serialize(dev, sealed)
    if a.stats:
        print(stats(dev, sealed))
    dp, sp = HERE / "dev.jsonl", HERE / "sealed.jsonl.gz"
    if a.check:
        ok = (
            dp.exists() and sp.exists() and dp.read_bytes() == dev_b and sp.read_bytes() == sealed_b
        )
        print("check: files match" if ok else "check: files DIFFER from the generator")
        sys.exit(0 if ok else 1)
    if not a.stats:
        dp.write_bytes(dev_b)
        sp.write_bytes(sealed_b)
        print(
            f"wrote {dp.name} ({len(dev)} conversations) and {sp.name} ({len(sealed)} conversations)"
        )


if __name__ == "__main__":
    main()
