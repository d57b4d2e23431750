"""Instantiate the hand-written templates into the labelled corpus, split it, check it, write it.

Run from anywhere: ``python -m bench.redaction.cocooned.generate`` writes ``dev.jsonl`` and
``sealed.jsonl.gz`` next to this file; ``--check`` regenerates in memory and compares byte for byte.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import itertools
import json
import random
import re
import sys
import urllib.parse
from collections import Counter
from pathlib import Path

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V
from . import words as W

HERE = Path(__file__).resolve().parent
INSTANCES = 5
DEV_SHARE = 0.30

LOCALES = {
    "en": ["en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"],
    "es": ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT", "pt-AO"],
}
MODULES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}

TYPES = {
    "card": "CREDIT_DEBIT_NUMBER",
    "cvv": "CREDIT_DEBIT_CVV",
    "exp": "CREDIT_DEBIT_EXPIRY",
    "pin": "PIN",
    "acct": "BANK_ACCOUNT_NUMBER",
    "routing": "BANK_ROUTING",
    "iban": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "swift": "SWIFT_CODE",
    "email": "EMAIL",
    "phone": "PHONE",
    "ssn": "SSN",
    "itin": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "nino": "UK_NATIONAL_INSURANCE_NUMBER",
    "passport": "PASSPORT_NUMBER",
    "dl": "DRIVER_ID",
    "pw": "PASSWORD",
    "user": "USERNAME",
    "akid": "AWS_ACCESS_KEY",
    "secret": "AWS_SECRET_KEY",
    "ip": "IP_ADDRESS",
    "mac": "MAC_ADDRESS",
    "dni": "ES_DNI",
    "nie": "ES_NIE",
    "curp": "MX_CURP",
    "rfc": "MX_RFC",
    "clabe": "MX_CLABE",
    "cpf": "BR_CPF",
    "cnpj": "BR_CNPJ",
    "nir": "FR_NIR",
    "steuer": "DE_TAX_ID",
    "nif": "PT_NIF",
}
FAMILIES = {
    "plain": "plain",
    "month": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "words": "spelled_out",
    "espelled": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibroken": "iban_broken",
    "mma": "multi_message",
    "mmb": "multi_message",
    "mmc": "multi_message",
    "ctx": "context_only",
}
KEEP = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "version": "version",
    "invoice": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "error": "error_code",
    "room": "room_number",
    "policy": "policy_number",
    "contract": "contract_number",
    "pct": "percentage",
    "size": "data_size",
    "count": "count",
    "street": "street_number",
    "minutes": "duration",
    "floor": "floor",
}
SLOT = re.compile(r"\{(#?)([a-z]+)(?:\.([a-z]+))?(?:@([a-z]))?(?::([A-Z]{2}))?\}")
FORBIDDEN_IN_URL_PW = set("#?/@: %")


def seeded(*parts: object) -> random.Random:
    return random.Random(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest())


def parse_template(raw: tuple[str, ...]) -> tuple[list[str] | None, list[str]]:
    msgs = list(raw)
    regions = None
    if msgs[0].startswith("@"):
        regions = msgs[0][1:].split()
        msgs = msgs[1:]
    return regions, msgs


def draw(type_: str, fam: str, rng: random.Random, region: str, lang: str) -> V.Value:
    gen = V.GENERATORS[type_]
    for _ in range(300):
        v = gen(rng, region, lang) if type_ in ("EMAIL", "USERNAME") else gen(rng, region)
        if fam == "letter_substitution" and not re.search(r"[01]", v.plain):
            continue
        if fam == "url_credentials" and FORBIDDEN_IN_URL_PW & set(v.plain):
            continue
        if (
            fam == "percent_encoded"
            and type_ == "PASSWORD"
            and not re.search(r"[^A-Za-z0-9_.~-]", v.plain)
        ):
            continue
        return v
    raise RuntimeError((type_, fam))


def substitute(text: str, rng: random.Random) -> str:
    chars = list(text)
    idx = [i for i, c in enumerate(chars) if c in "01"]
    chosen = rng.sample(idx, max(1, len(idx) // 2 + rng.randint(0, len(idx) // 2)))
    for i in chosen:
        chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
    return "".join(chars)


def join_sp(groups: tuple[str, ...], rng: random.Random) -> str:
    return rng.choice([" ", " ", "-", " - ", "  ", "."]).join(groups)


def render(type_: str, key: str, v: V.Value, lang: str, locale: str, rng: random.Random) -> str:
    if type_ == "CREDIT_DEBIT_EXPIRY":
        mm, yy = v.groups
        if key == "month":
            names = W.MONTHS[lang] if rng.random() < 0.6 else W.MONTHS_LONG[lang]
            return f"{names[int(mm) - 1]} {rng.choice([yy, '20' + yy])}"
        if key == "cexp":
            return mm + yy
        if key in ("plain", "ctx"):
            return rng.choice(
                [f"{mm}/{yy}", f"{mm}/20{yy}", f"{int(mm)}/{yy}", f"{mm}-{yy}", f"{mm}/{yy}"]
            )
        if key == "sp":
            return f"{mm} / {yy}"
    if key in ("plain", "ctx", "url", "kv"):
        return v.plain
    if key == "sp":
        if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
            return rng.choice([" ", "-"]).join(v.groups)
        return join_sp(v.groups, rng)
    if key == "noise":
        sep = rng.choice(W.NOISE[lang])
        if rng.random() < 0.3:
            return "".join(g + rng.choice(W.NOISE[lang]) for g in v.groups[:-1]) + v.groups[-1]
        return sep.join(v.groups)
    if key == "sub":
        base = v.plain if rng.random() < 0.5 else join_sp(v.groups, rng)
        return substitute(base, rng)
    if key == "words":
        return W.spell(v.groups, lang, locale, rng)
    if key == "espelled":
        return W.spell_email(v.plain, lang, rng)
    if key == "pct":
        if type_ == "PHONE":
            num = V.phonenumbers.parse(v.plain, V.REGIONS[locale])
            e164 = V.phonenumbers.format_number(num, V.phonenumbers.PhoneNumberFormat.E164)
            return "%2B" + e164[1:]
        return urllib.parse.quote(v.plain, safe="")
    if key == "ibroken":
        g = v.groups
        style = rng.random()
        if style < 0.35:
            return "\n".join(" ".join(g[i : i + 2]) for i in range(0, len(g), 2))
        if style < 0.6:
            return "-".join(g)
        if style < 0.8:
            compact = v.plain
            cut = [4, rng.randint(8, 11), rng.randint(12, len(compact) - 2)]
            return " ".join(
                compact[a:b] for a, b in zip([0, *cut], [*cut, len(compact)], strict=True)
            )
        return " \n".join(g)
    raise ValueError((type_, key))


def split_parts(v: V.Value, n: int, rng: random.Random) -> list[str]:
    groups = list(v.groups)
    if len(groups) < n:
        compact = "".join(groups)
        size = -(-len(compact) // n)
        groups = [compact[i : i + size] for i in range(0, len(compact), size)]
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    sep = rng.choice([" ", "", " "])
    return [sep.join(groups[a:b]) for a, b in zip([0, *cuts], [*cuts, len(groups)], strict=True)]


def check_value(type_: str, v: V.Value) -> None:
    compact = re.sub(r"[\s\-./]", "", v.plain)
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: V.luhn.is_valid(compact),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: V.iban.is_valid(compact),
        "SWIFT_CODE": lambda: V.bic.is_valid(compact),
        "SSN": lambda: V.ssn.is_valid(compact),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: V.itin.is_valid(compact),
        "UK_NATIONAL_INSURANCE_NUMBER": lambda: V.nino_valid(compact),
        "ES_DNI": lambda: V.dni.is_valid(compact),
        "ES_NIE": lambda: V.nie.is_valid(compact),
        "MX_CURP": lambda: V.curp.is_valid(compact),
        "MX_RFC": lambda: V.rfc.is_valid(compact),
        "MX_CLABE": lambda: V.clabe_valid(compact),
        "BR_CPF": lambda: V.cpf.is_valid(compact),
        "BR_CNPJ": lambda: V.cnpj.is_valid(compact),
        "FR_NIR": lambda: V.nir.is_valid(compact),
        "DE_TAX_ID": lambda: V.idnr.is_valid(compact),
        "PT_NIF": lambda: V.nif.is_valid(compact),
        "PHONE": lambda: (
            V.phonenumbers.is_valid_number(V.phonenumbers.parse(v.plain, "US"))
            if v.plain.startswith("+")
            else True
        ),
    }
    if type_ in checks and not checks[type_]():
        raise AssertionError(f"invalid {type_}")
    if type_ == "BANK_ROUTING" and re.fullmatch(r"\d{9}", compact) and not V.rtn.is_valid(compact):
        raise AssertionError("invalid ABA")


def instantiate(lang: str, tindex: int, raw: tuple[str, ...], k: int) -> dict:
    rng = seeded("sc24", lang, tindex, k)
    regions, msgs = parse_template(raw)
    locales = [loc for loc in LOCALES[lang] if regions is None or V.REGIONS[loc] in regions]
    if not locales:
        raise ValueError(f"{lang} template {tindex}: no locale for {regions}")
    locale = locales[(k + tindex) % len(locales)] if len(locales) > 1 else locales[0]
    region = V.REGIONS[locale]
    drawn: dict[tuple[str, str, str], V.Value] = {}
    parts: dict[tuple[str, str, str], list[str]] = {}
    groups: dict[tuple[str, str, str], str] = {}
    mm_counts = Counter()
    for m in msgs:
        for s in SLOT.finditer(m):
            if not s.group(1) and s.group(3) and s.group(3).startswith("mm"):
                mm_counts[(s.group(2), s.group(4) or "", s.group(5) or "")] += 1
    out_msgs = []
    for m in msgs:
        text, pii, keep, pos = "", [], [], 0
        for s in SLOT.finditer(m):
            text += m[pos : s.start()]
            pos = s.end()
            is_keep, name, key, inst, forced = s.groups()
            slot_region = forced or region
            if is_keep:
                val = V.must_keep(KEEP[name], rng, slot_region)
                keep.append(
                    {
                        "kind": KEEP[name],
                        "start": len(text),
                        "end": len(text) + len(val),
                        "value": val,
                    }
                )
                text += val
                continue
            type_, key = TYPES[name], key or "plain"
            fam = FAMILIES[key]
            ident = (name, inst or "", forced or "")
            if ident not in drawn:
                drawn[ident] = draw(type_, fam, rng, slot_region, lang)
                check_value(type_, drawn[ident])
            v = drawn[ident]
            item: dict = {"type": type_, "family": fam}
            if fam == "multi_message":
                if ident not in parts:
                    parts[ident] = split_parts(v, mm_counts[ident], rng)
                    groups[ident] = f"g{len(groups) + 1}"
                val = parts[ident]["abc".index(key[2])]
                item["group"] = groups[ident]
            else:
                val = render(type_, key, v, lang, locale, rng)
            item.update({"start": len(text), "end": len(text) + len(val), "value": val})
            pii.append(
                {
                    k2: item[k2]
                    for k2 in ("type", "family", "start", "end", "value", "group")
                    if k2 in item
                }
            )
            text += val
        text += m[pos:]
        out_msgs.append({"text": text, "pii": pii, "must_keep": keep})
    return {"lang": lang, "locale": locale, "messages": out_msgs}


def template_labels(raw: tuple[str, ...]) -> tuple[set[str], set[str]]:
    types, fams = set(), set()
    for m in parse_template(raw)[1]:
        for s in SLOT.finditer(m):
            if not s.group(1):
                types.add(TYPES[s.group(2)])
                fams.add(FAMILIES[s.group(3) or "plain"])
    return types, fams


def assign_split(lang: str, templates: list[tuple[str, ...]]) -> list[str]:
    """~30% of templates to dev by a string hash, then move whole templates until every type and
    family    of the language is in both splits."""
    order = sorted(
        range(len(templates)), key=lambda i: hashlib.sha256(f"sc24|{lang}|{i}".encode()).hexdigest()
    )
    n_dev = round(len(templates) * DEV_SHARE)
    split = ["sealed"] * len(templates)
    for i in order[:n_dev]:
        split[i] = "dev"
    labels = [template_labels(t)[0] | template_labels(t)[1] for t in templates]
    for target, other in (("dev", "sealed"), ("sealed", "dev")):
        for label in sorted(set().union(*labels)):
            if any(split[i] == target and label in labels[i] for i in order):
                continue
            for i in order:
                in_other = Counter(x for j in order if split[j] == other for x in labels[j])
                if (
                    split[i] == other
                    and label in labels[i]
                    and all(in_other[x] > 1 for x in labels[i])
                ):
                    split[i] = target
                    break
            else:
                raise RuntimeError(f"{lang}: cannot put {label} in both splits")
    return split


def build() -> list[dict]:
    convs = []
    for lang, mod in MODULES.items():
        templates = mod.TEMPLATES
        split = assign_split(lang, templates)
        n = 0
        for ti, raw in enumerate(templates):
            for k in range(INSTANCES):
                c = instantiate(lang, ti, raw, k)
                n += 1
                convs.append(
                    {
                        "id": f"sc24-{lang}-{n:04d}",
                        "lang": lang,
                        "locale": c["locale"],
                        "split": split[ti],
                        "messages": c["messages"],
                        "_template": ti,
                    }
                )
    return convs


def self_check(convs: list[dict]) -> dict:
    stats: dict = {"lang": {}}
    digit_free = re.compile(r"\d")
    for lang, mod in MODULES.items():
        assert len(mod.TEMPLATES) >= 150, f"{lang}: {len(mod.TEMPLATES)} templates"
        for raw in mod.TEMPLATES:
            _, msgs = parse_template(raw)
            assert 1 <= len(msgs) <= 4, raw
            for m in msgs:
                assert not digit_free.search(SLOT.sub("", m)), f"digit in template text: {m!r}"
    total_msgs = no_pii = mm_convs = 0
    per_lang_msgs = Counter()
    for c in convs:
        has_mm = False
        for m in c["messages"]:
            text = m["text"]
            spans = []
            for it in m["pii"] + m["must_keep"]:
                assert text[it["start"] : it["end"]] == it["value"], (c["id"], it)
                assert it["value"], (c["id"], it)
                assert it["value"] == it["value"].strip(), (c["id"], it)
                spans.append((it["start"], it["end"]))
                if it.get("family") == "multi_message":
                    has_mm = True
            spans.sort()
            for (_a0, a1), (b0, _) in itertools.pairwise(spans):
                assert a1 <= b0, (c["id"], "overlap")
            covered = [False] * len(text)
            for a, b in spans:
                for i in range(a, b):
                    covered[i] = True
            for i, ch in enumerate(text):
                assert not ch.isdigit() or covered[i], (c["id"], "uncovered digit", i)
            total_msgs += 1
            per_lang_msgs[c["lang"]] += 1
            no_pii += not m["pii"]
        mm_convs += has_mm
        groups = Counter(it["group"] for m in c["messages"] for it in m["pii"] if "group" in it)
        assert all(2 <= n <= 3 for n in groups.values()), c["id"]
    assert total_msgs >= 5000, total_msgs
    assert max(per_lang_msgs.values()) <= 1.5 * min(per_lang_msgs.values()), per_lang_msgs
    share = no_pii / total_msgs
    assert 0.15 <= share <= 0.20, f"no-PII share {share:.3f}"
    assert mm_convs / len(convs) >= 0.08, mm_convs / len(convs)
    for lang in MODULES:
        by_split: dict[str, set[str]] = {"dev": set(), "sealed": set()}
        for c in convs:
            if c["lang"] == lang:
                for m in c["messages"]:
                    for it in m["pii"]:
                        by_split[c["split"]] |= {it["type"], it["family"]}
        assert by_split["dev"] == by_split["sealed"], (lang, by_split["dev"] ^ by_split["sealed"])
    all_types = {it["type"] for c in convs for m in c["messages"] for it in m["pii"]}
    assert all_types == set(TYPES.values()), set(TYPES.values()) - all_types
    stats.update(total_msgs=total_msgs, no_pii_share=share, mm_conv_share=mm_convs / len(convs))
    return stats


def serialise(convs: list[dict]) -> tuple[bytes, bytes]:
    def line(c: dict) -> str:
        return (
            json.dumps({k: v for k, v in c.items() if not k.startswith("_")}, ensure_ascii=False)
            + "\n"
        )

    dev = "".join(line(c) for c in convs if c["split"] == "dev").encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write("".join(line(c) for c in convs if c["split"] == "sealed").encode())
    return dev, buf.getvalue()


def counts(convs: list[dict]) -> str:
    rows = [
        "| lang | templates | dev conv | sealed conv | messages | no-PII msgs | pii | must_keep |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang, mod in MODULES.items():
        cs = [c for c in convs if c["lang"] == lang]
        msgs = [m for c in cs for m in c["messages"]]
        rows.append(
            f"| {lang} | {len(mod.TEMPLATES)} | {sum(c['split'] == 'dev' for c in cs)} | "
            f"{sum(c['split'] == 'sealed' for c in cs)} | {len(msgs)} | "
            f"{sum(not m['pii'] for m in msgs)} | "
            f"{sum(len(m['pii']) for m in msgs)} | {sum(len(m['must_keep']) for m in msgs)} |"
        )
    fam, typ, kind = Counter(), Counter(), Counter()
    for c in convs:
        for m in c["messages"]:
            for it in m["pii"]:
                fam[(it["family"], c["split"])] += 1
                typ[(it["type"], c["split"])] += 1
            for it in m["must_keep"]:
                kind[it["kind"]] += 1
    rows += ["", "| family | dev | sealed |", "|---|---|---|"]
    rows += [
        f"| {f} | {fam[(f, 'dev')]} | {fam[(f, 'sealed')]} |" for f in sorted({f for f, _ in fam})
    ]
    rows += ["", "| type | dev | sealed |", "|---|---|---|"]
    rows += [
        f"| {t} | {typ[(t, 'dev')]} | {typ[(t, 'sealed')]} |" for t in sorted({t for t, _ in typ})
    ]
    rows += ["", "| must_keep kind | count |", "|---|---|"]
    rows += [f"| {k} | {n} |" for k, n in sorted(kind.items())]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument(
        "--check", action="store_true", help="regenerate and compare byte for byte; write nothing"
    )
    p.add_argument("--counts", action="store_true", help="print the counts tables")
    args = p.parse_args(argv)
    convs = build()
    stats = self_check(convs)
    dev, sealed = serialise(convs)
    if args.counts:
        print(counts(convs))
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check:", "identical" if same else "DIFFERENT", file=sys.stderr)
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(
        f"wrote {len(convs)} conversations, {stats['total_msgs']} messages, "
        f"no-PII {stats['no_pii_share']:.1%}, "
        f"multi_message conversations {stats['mm_conv_share']:.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
