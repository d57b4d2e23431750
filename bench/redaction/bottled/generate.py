"""Build the bottled corpus: dev.jsonl (readable) and sealed.jsonl.gz (not to be read by tuners).

    python -m bench.redaction.bottled.generate            # rewrite both files
    python -m bench.redaction.bottled.generate --check    # compare with the files on disk
    python -m bench.redaction.bottled.generate --stats    # counts per language/type/family/kind

Everything is drawn from `random.Random(<string seed>)` (sha512-seeded, so PYTHONHASHSEED does not
matter) and every conversation is validated before it is written.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers

from . import render as R
from . import values as V

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt"]
INSTANCES = 13
SEED = "bottled-52"

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
    "PW": "PASSWORD",
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
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
ALL_TYPES = sorted(set(ALIAS.values()))
NATID_POOL = [
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
]
ALL_FAMILIES = [
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
SLOT = re.compile(r"\{([A-Z]+)(?::([a-z_?]+))?(?:#(\d))?\}|\{=([a-z_]+)\}")


def load_templates(lang: str):
    mod = importlib.import_module(f"{__package__}.templates_{lang}")
    out = []
    for k, (split, locales, msgs) in enumerate(mod.TEMPLATES):
        if split not in ("dev", "sealed"):
            raise SystemExit(f"{lang} template {k}: split {split!r}")
        if isinstance(msgs, str):
            msgs = [msgs]
        for m in msgs:
            lit = SLOT.sub("", m)
            if any(c.isdigit() for c in lit) or "{" in lit or "}" in lit:
                raise SystemExit(
                    f"{lang} template {k}: digit or stray brace in literal text: {m!r}"
                )
            if m != m.strip():
                raise SystemExit(f"{lang} template {k}: leading/trailing whitespace")
        locs = (
            R.LOCALES[lang]
            if locales is None
            else ([locales] if isinstance(locales, str) else list(locales))
        )
        out.append({"split": split, "locales": locs, "messages": list(msgs), "key": f"{lang}-{k}"})
    return out


def check_disjoint(all_templates):
    dev = {"\n".join(t["messages"]) for t in all_templates if t["split"] == "dev"}
    sealed = {"\n".join(t["messages"]) for t in all_templates if t["split"] == "sealed"}
    shared = dev & sealed
    if shared:
        raise SystemExit(f"dev and sealed share template text: {sorted(shared)[:3]}")
    texts = ["\n".join(t["messages"]) for t in all_templates]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate template text: {dup[:3]}")


def country_of(locale: str) -> str:
    return locale.split("-")[1]


def draw(t: str, rng: random.Random, country: str):
    if t == "CREDIT_DEBIT_NUMBER":
        return V.card(rng)
    if t == "CREDIT_DEBIT_CVV":
        return V.cvv(rng)
    if t == "PIN":
        return V.pin(rng)
    if t == "CREDIT_DEBIT_EXPIRY":
        return V.expiry(rng)
    if t == "BANK_ACCOUNT_NUMBER":
        return V.bank_account(rng, country)
    if t == "BANK_ROUTING":
        c = (
            country
            if country in ("US", "GB", "DE", "AT", "BR")
            else rng.choice(["US", "GB", "DE", "BR"])
        )
        return V.routing(rng, c)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return V.iban_(rng, country if rng.random() < 0.7 else rng.choice(list(V.IBAN_BBAN)))
    if t == "SWIFT_CODE":
        return V.swift(rng, country)
    if t == "EMAIL":
        return V.email(rng)
    if t == "PHONE":
        c = country if rng.random() < 0.85 else rng.choice(sorted(V.PHONE_PATTERNS))
        return V.phone(rng, c)
    if t == "PASSPORT_NUMBER":
        return V.passport(rng, country)
    if t == "DRIVER_ID":
        return V.driver_id(rng, country)
    if t == "PASSWORD":
        return V.password(rng)
    if t == "USERNAME":
        return V.username(rng)
    if t == "IP_ADDRESS":
        return V.ip(rng)
    if t == "MAC_ADDRESS":
        return V.mac(rng)
    if t == "AWS_ACCESS_KEY":
        return V.aws_access(rng)
    if t == "AWS_SECRET_KEY":
        return V.aws_secret(rng)
    return {
        "SSN": V.ssn_,
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": V.itin_,
        "UK_NATIONAL_INSURANCE_NUMBER": V.nino,
        "ES_DNI": V.es_dni,
        "ES_NIE": V.es_nie,
        "MX_CURP": V.mx_curp,
        "MX_RFC": V.mx_rfc,
        "MX_CLABE": V.mx_clabe,
        "BR_CPF": V.br_cpf,
        "BR_CNPJ": V.br_cnpj,
        "FR_NIR": V.fr_nir,
        "DE_TAX_ID": V.de_idnr,
        "PT_NIF": V.pt_nif,
    }[t](rng)


def validate_raw(t: str, raw, surf: str) -> None:
    if t == "PHONE":
        num, region = raw
        if not V.phone_ok(surf, region):
            raise AssertionError(f"invalid phone {surf}")
    elif t in V.VALIDATORS and not V.VALIDATORS[t](raw):
        raise AssertionError(f"invalid {t} {raw}")
    elif t == "BANK_ROUTING" and len(raw) == 9 and raw.isdigit() and not V.rtn.is_valid(raw):
        raise AssertionError(f"invalid ABA {raw}")


def build_conversation(tpl, lang: str, i: int, tidx: int):
    rng = random.Random(f"{SEED}|{tpl['key']}|{i}")
    locale = tpl["locales"][(i + tidx) % len(tpl["locales"])]
    country = country_of(locale)
    # Resolve slots: multi_message parts of the same type share one value.
    parsed = [list(SLOT.finditer(m)) for m in tpl["messages"]]
    natid_seen = 0
    auto_seen = 0
    multi = {}
    rendered = []  # per message: list of (match, text, span-dict or None)
    for mi, matches in enumerate(parsed):
        row = []
        for m in matches:
            if m.group(4):
                kind = m.group(4)
                if kind not in V.MUST_KEEP_KINDS:
                    raise SystemExit(f"{tpl['key']}: unknown must_keep kind {kind}")
                row.append((m, V.must_keep_value(kind, rng, country, lang), {"kind": kind}))
                continue
            alias, family, part = m.group(1), m.group(2) or "plain", m.group(3)
            if alias == "NATID":
                t = NATID_POOL[(i + 5 * tidx + natid_seen) % len(NATID_POOL)]
                natid_seen += 1
            else:
                t = ALIAS[alias]
            if family == "?":
                fams = R.AUTO_FAMILIES[t]
                family = fams[(i + 3 * tidx + auto_seen) % len(fams)]
                auto_seen += 1
            if family not in R.ALLOWED[t]:
                raise SystemExit(f"{tpl['key']}: family {family} not allowed for {t}")
            if family == "multi_message":
                if alias not in multi:
                    nparts = max(
                        int(x.group(3))
                        for ms in parsed
                        for x in ms
                        if x.group(1) == alias and x.group(3)
                    )
                    raw = draw(t, rng, country)
                    surf = R.surface(t, raw, country, lang, rng)
                    validate_raw(t, raw, surf)
                    parts = R.render(t, family, surf, raw, lang, rng, parts=nparts)
                    multi[alias] = (t, surf, parts, f"g{len(multi) + 1}")
                t, surf, parts, gid = multi[alias]
                text = parts[int(part) - 1]
                row.append((m, text, {"type": t, "family": family, "group": gid}))
                continue
            for _ in range(200):
                raw = draw(t, rng, country)
                surf = R.surface(t, raw, country, lang, rng)
                if (
                    t == "PHONE" and family == "percent_encoded"
                ):  # a "+" to encode, as in a real link
                    surf = phonenumbers.format_number(
                        raw[0],
                        rng.choice(
                            [
                                phonenumbers.PhoneNumberFormat.E164,
                                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                            ]
                        ),
                    )
                if family != "letter_substitution" or ("0" in surf or "1" in surf):
                    break
            validate_raw(t, raw, surf)
            text = R.render(t, family, surf, raw, lang, rng)
            got = R.decode(t, family, text, lang)
            want = R.expected(t, family, surf, raw)
            if got != want:
                raise AssertionError(
                    f"{tpl['key']}: {t}/{family} {text!r} decodes to {got!r}, want {want!r}"
                )
            row.append((m, text, {"type": t, "family": family}))
        rendered.append(row)
    for alias, (t, surf, parts, gid) in multi.items():
        if "".join(R._norm(p) for p in parts) != R._norm(surf):
            raise AssertionError(f"{tpl['key']}: multi parts {parts!r} != {surf!r}")
    messages = []
    for msg, row in zip(tpl["messages"], rendered):
        text, pii, keep, pos = "", [], [], 0
        for m, val, meta in row:
            text += msg[pos : m.start()]
            start = len(text)
            text += val
            span = dict(meta, start=start, end=len(text), value=val)
            if "kind" in meta:
                keep.append({"kind": meta["kind"], "start": start, "end": len(text), "value": val})
            else:
                d = {
                    "type": meta["type"],
                    "family": meta["family"],
                    "start": start,
                    "end": len(text),
                    "value": val,
                }
                if "group" in meta:
                    d["group"] = meta["group"]
                pii.append(d)
            del span
            pos = m.end()
        text += msg[pos:]
        validate_message(text, pii, keep, tpl["key"])
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    return locale, messages


def validate_message(text, pii, keep, key):
    spans = sorted([(s["start"], s["end"], s["value"]) for s in pii + keep])
    prev = 0
    for s, e, v in spans:
        if text[s:e] != v:
            raise AssertionError(f"{key}: offsets")
        if s < prev:
            raise AssertionError(f"{key}: overlapping spans in {text!r}")
        if not v or v[0].isspace() or v[-1].isspace():
            raise AssertionError(f"{key}: span edge whitespace {v!r}")
        prev = e
    covered = set()
    for s, e, _ in spans:
        covered.update(range(s, e))
    for k, c in enumerate(text):
        if c.isdigit() and k not in covered:
            raise AssertionError(f"{key}: digit outside span in {text!r}")


def build():
    all_templates = []
    per_lang = {}
    for lang in LANGS:
        per_lang[lang] = load_templates(lang)
        all_templates += per_lang[lang]
    check_disjoint(all_templates)
    out = {"dev": [], "sealed": []}
    for lang in LANGS:
        n = 0
        for tidx, tpl in enumerate(per_lang[lang]):
            for i in range(INSTANCES):
                locale, messages = build_conversation(tpl, lang, i, tidx)
                n += 1
                out[tpl["split"]].append(
                    {
                        "id": f"sc52-{lang}-{n:04d}",
                        "lang": lang,
                        "locale": locale,
                        "split": tpl["split"],
                        "messages": messages,
                    }
                )
    check_coverage(out)
    return out, per_lang


def check_coverage(out):
    missing = []
    for split, convs in out.items():
        for lang in LANGS:
            types, fams = set(), set()
            for c in convs:
                if c["lang"] != lang:
                    continue
                for m in c["messages"]:
                    for p in m["pii"]:
                        types.add(p["type"])
                        fams.add(p["family"])
            mt = sorted(set(ALL_TYPES) - types)
            mf = sorted(set(ALL_FAMILIES) - fams)
            if mt or mf:
                missing.append(f"{split}/{lang}: types {mt} families {mf}")
    if missing:
        raise SystemExit("coverage:\n" + "\n".join(missing))


def serialise(out):
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["dev"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out["sealed"]).encode())
    return dev, buf.getvalue()


def stats(out, per_lang):
    convs = out["dev"] + out["sealed"]
    msgs = [m for c in convs for m in c["messages"]]
    pii = [p for m in msgs for p in m["pii"]]
    keep = [k for m in msgs for k in m["must_keep"]]
    print(
        f"templates: "
        + ", ".join(
            f"{l} {sum(t['split'] == 'dev' for t in per_lang[l])} dev + "
            f"{sum(t['split'] == 'sealed' for t in per_lang[l])} sealed"
            for l in LANGS
        )
    )
    print(
        f"conversations {len(convs)} (dev {len(out['dev'])}, sealed {len(out['sealed'])}); messages {len(msgs)}; "
        f"pii {len(pii)}; must_keep {len(keep)}"
    )
    nopii = sum(1 for m in msgs if not m["pii"])
    multi = sum(1 for c in convs if any(p.get("group") for m in c["messages"] for p in m["pii"]))
    print(
        f"messages without pii {nopii} ({100 * nopii / len(msgs):.1f}%); conversations with multi_message "
        f"{multi} ({100 * multi / len(convs):.1f}%)"
    )
    for split in ("dev", "sealed"):
        ms = [m for c in out[split] for m in c["messages"]]
        print(
            f"  {split}: messages {len(ms)}, pii {sum(len(m['pii']) for m in ms)}, must_keep {sum(len(m['must_keep']) for m in ms)}"
        )
    print("per language (messages / pii / must_keep):")
    for lang in LANGS:
        ms = [m for c in convs if c["lang"] == lang for m in c["messages"]]
        print(
            f"  {lang}: {len(ms)} ({100 * len(ms) / len(msgs):.1f}%) / {sum(len(m['pii']) for m in ms)} / "
            f"{sum(len(m['must_keep']) for m in ms)}"
        )
    print(
        "locales: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c["locale"] for c in convs).items()))
    )
    print("per type:")
    for k, v in sorted(Counter(p["type"] for p in pii).items()):
        print(f"  {k} {v}")
    print("per family:")
    for k, v in sorted(Counter(p["family"] for p in pii).items()):
        print(f"  {k} {v}")
    print("per must_keep kind:")
    for k, v in sorted(Counter(x["kind"] for x in keep).items()):
        print(f"  {k} {v}")
    return len(msgs), len(pii), len(keep), nopii / len(msgs), multi / len(convs)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    out, per_lang = build()
    dev, sealed = serialise(out)
    if a.stats:
        stats(out, per_lang)
        return 0
    if a.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: identical" if ok else "check: DIFFERENT")
        return 0 if ok else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(
        f"wrote dev.jsonl ({len(out['dev'])} conversations) and sealed.jsonl.gz ({len(out['sealed'])})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
