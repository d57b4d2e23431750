"""Write the independent redaction corpus: dev.jsonl and opened.jsonl.gz (the former sealed
split, opened on 2026-11-28), byte-identical per run.

    python -m bench.redaction.independent.generate [--check]

Hand-written templates per language and split (templates_<lang>.py) are filled with synthetic
values (values.py) rendered in one obfuscation family each (render.py) plus hard negatives
(negatives.py). Every span is validated before anything is written: value == text[start:end],
no overlaps, check digits valid, and the rendered span decodes back to the synthetic value.
With --check nothing is written; the files on disk are compared with a fresh generation.
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import random
import re
import sys
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.redaction.independent import negatives as N
from bench.redaction.independent import render as R
from bench.redaction.independent import values as V
from bench.redaction.independent.templates_de import TEMPLATES as DE
from bench.redaction.independent.templates_en import TEMPLATES as EN
from bench.redaction.independent.templates_es import TEMPLATES as ES
from bench.redaction.independent.templates_fr import TEMPLATES as FR
from bench.redaction.independent.templates_pt import TEMPLATES as PT

HERE = Path(__file__).resolve().parent
SEED = 20261128
LANGS = ("en", "es", "fr", "de", "pt")
ALL_TEMPLATES: dict[str, dict[str, dict[str, list[Any]]]] = {
    "en": EN,
    "es": ES,
    "fr": FR,
    "de": DE,
    "pt": PT,
}
DEFAULT_COUNTRIES = {
    "en": ("US", "GB"),
    "es": ("ES", "MX"),
    "fr": ("FR",),
    "de": ("DE",),
    "pt": ("BR", "PT"),
}
LOCALES = {
    "US": "en-US",
    "GB": "en-GB",
    "ES": "es-ES",
    "MX": "es-MX",
    "BR": "pt-BR",
    "PT": "pt-PT",
    "FR": "fr-FR",
    "DE": "de-DE",
}
# conversations per language: single-message PII, multi-message PII, negatives only
SIZES = {"dev": (180, 16, 150), "sealed": (120, 11, 100)}

TYPES = {
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
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PASSWORD": "PASSWORD",
    "USER": "USERNAME",
    "AKID": "AWS_ACCESS_KEY",
    "SECRET": "AWS_SECRET_KEY",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
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
# A national identifier fixes the country the customer is in.
IMPLIED_COUNTRY = {
    "DNI": "ES",
    "NIE": "ES",
    "CURP": "MX",
    "RFC": "MX",
    "CLABE": "MX",
    "CPF": "BR",
    "CNPJ": "BR",
    "NIF": "PT",
    "SSN": "US",
    "NIR": "FR",
    "STEUER": "DE",
}
ANNOTATIONS = {"ctx": "context_abbrev", "cred": "credentials_in_url", "enc": "url_encoded"}
SLOT = re.compile(r"\{([A-Za-z0-9]+)(?::([a-z]+))?(?:@([A-Z]{2}))?\}")
COUNTRY_PREFIX = re.compile(r"^([A-Z]{2})\|")

CHECKSUMS: dict[str, Callable[[str], bool]] = {
    "CREDIT_DEBIT_NUMBER": V.luhn_valid,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": V.iban_valid,
    "ES_DNI": V.es_dni_valid,
    "ES_NIE": V.es_nie_valid,
    "MX_CURP": lambda c: V.curp_check(c[:17]) == c[17],
    "MX_RFC": lambda c: V.rfc_check(c[:-1]) == c[-1],
    "MX_CLABE": lambda c: V.clabe_check(c[:17]) == c[17],
    "BR_CPF": V.cpf_valid,
    "BR_CNPJ": V.cnpj_valid,
    "FR_NIR": lambda c: V.fr_nir_key(c[:13]) == c[13:],
    "DE_TAX_ID": V.de_idnr_valid,
    "PT_NIF": V.pt_nif_valid,
}


# Selection weight when balancing entity types: national identifiers and the values customers
# send most (cards, IBANs, phones) get more examples than, say, MAC addresses.
TYPE_WEIGHT = {
    **dict.fromkeys(IMPLIED_COUNTRY, 4.0),
    "CARD": 2.5,
    "IBAN": 2.0,
    "PHONE": 2.0,
    "EMAIL": 1.5,
    "ACCT": 1.5,
}


class TemplateError(Exception):
    pass


def make_value(
    name: str, country: str, lang: str, forced: str | None, rng: random.Random
) -> V.Value:
    loc = LOCALES[country]
    if name == "CARD":
        return V.card(rng)
    if name == "CVV":
        return V.cvv(rng)
    if name == "EXP":
        return V.expiry(rng)
    if name == "PIN":
        return V.pin(rng)
    if name == "ACCT":
        return V.bank_account(rng, loc)
    if name == "ROUTING":
        return {"GB": V.uk_sort_code, "DE": V.de_blz, "BR": V.br_agencia}.get(
            country, V.us_routing
        )(rng)
    if name == "IBAN":
        c = forced or country
        if c not in ("ES", "DE", "FR", "PT", "GB", "BR"):
            c = rng.choice(("ES", "DE", "FR", "PT"))
        return V.iban(rng, c)
    if name == "SWIFT":
        return V.swift(rng, forced or country)
    if name == "EMAIL":
        return V.email(rng, lang)
    if name == "PHONE":
        c = forced or country
        return V.phone(rng, "UK" if c == "GB" else c)
    if name == "PASSPORT":
        return V.passport(rng, LOCALES[forced] if forced else loc)
    if name == "DL":
        return V.driver_id(rng, loc)
    if name == "USER":
        return V.username(rng, lang)
    simple: dict[str, Callable[[random.Random], V.Value]] = {
        "SSN": V.ssn,
        "PASSWORD": V.password,
        "AKID": V.aws_access_key,
        "SECRET": V.aws_secret_key,
        "IP": V.ip_address,
        "MAC": V.mac_address,
        "DNI": V.es_dni,
        "NIE": V.es_nie,
        "CURP": V.mx_curp,
        "RFC": V.mx_rfc,
        "CLABE": V.mx_clabe,
        "CPF": V.br_cpf,
        "CNPJ": V.br_cnpj,
        "NIR": V.fr_nir,
        "STEUER": V.de_tax_id,
        "NIF": V.pt_nif,
    }
    if name not in simple:
        raise TemplateError(f"unknown slot {name}")
    return simple[name](rng)


# ---------------------------------------------------------------- verification of one span


def verify_span(v: V.Value, family: str, rendered: str, lang: str) -> None:
    kind = v.kind
    if kind in CHECKSUMS and not CHECKSUMS[kind](v.canonical):
        raise AssertionError(f"bad check digits {kind}")
    if rendered != rendered.strip() or not rendered:
        raise AssertionError(f"span with outer whitespace: {rendered!r}")
    text = urllib.parse.unquote(rendered) if family == "url_encoded" else rendered
    if kind == "EMAIL":
        got = R.unobfuscate_email(text) if family == "email_obfuscated" else text
        ok = got == v.canonical
    elif kind in (
        "PASSWORD",
        "USERNAME",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
        "IP_ADDRESS",
        "SWIFT_CODE",
    ):
        ok = text == v.display
    elif kind == "DRIVER_ID":
        ok = text == v.display or R.matches(R.core(text), v.canonical)
    elif kind == "PHONE":
        rec = R.core(text)
        nsn = v.extra["nsn"]
        ok = len(rec) - len(nsn) <= 5 and R.matches(rec[-len(nsn) :], nsn)
    elif kind == "CREDIT_DEBIT_EXPIRY":
        ok = R.matches(R.expiry_digits(text, lang), v.canonical)
    else:
        ok = R.matches(R.core(text), v.canonical)
    if not ok:
        raise AssertionError(f"{kind}/{family}: {rendered!r} does not decode to the value")


def verify_message(msg: dict[str, Any]) -> None:
    text = msg["text"]
    spans = []
    for item in msg["pii"] + msg["must_keep"]:
        if text[item["start"] : item["end"]] != item["value"] or item["start"] >= item["end"]:
            raise AssertionError(f"offsets wrong for {item}")
        spans.append((item["start"], item["end"]))
    spans.sort()
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        if s2 < e1:
            raise AssertionError(f"overlapping spans in {text!r}")
    for item in msg["pii"]:
        if item["type"] not in TYPES.values() or item["family"] not in R.FAMILIES:
            raise AssertionError(f"unknown type or family {item}")
    for item in msg["must_keep"]:
        if item["kind"] not in N.KINDS.values():
            raise AssertionError(f"unknown must_keep kind {item}")
    covered: set[int] = set()
    for s, e in spans:
        covered.update(range(s, e))
    stray = [c for i, c in enumerate(text) if c.isdigit() and i not in covered]
    if stray:
        raise AssertionError(f"unlabelled digits in {text!r}")


# ---------------------------------------------------------------- templates


def parse_slots(template: str) -> list[tuple[str, str | None, str | None]]:
    slots = []
    for m in SLOT.finditer(template):
        name, ann, country = m.group(1), m.group(2), m.group(3)
        if name in TYPES:
            if ann is not None and ann not in ANNOTATIONS:
                raise TemplateError(f"unknown annotation in {template!r}")
            slots.append((name, ANNOTATIONS.get(ann) if ann else None, country))
        elif name != "M" and name not in N.KINDS:
            raise TemplateError(f"unknown slot {name!r} in {template!r}")
    literal = SLOT.sub("", template)
    if any(c.isdigit() for c in literal) or "{" in literal or "}" in literal:
        raise TemplateError(f"template literal has digits or braces: {template!r}")
    return slots


def template_country(template: str, lang: str, rng: random.Random) -> tuple[str, str]:
    m = COUNTRY_PREFIX.match(template)
    if m:
        return m.group(1), template[m.end() :]
    for m2 in SLOT.finditer(template):
        if m2.group(1) in IMPLIED_COUNTRY:
            return IMPLIED_COUNTRY[m2.group(1)], template
    return rng.choice(DEFAULT_COUNTRIES[lang]), template


def pick_family(type_name: str, rng: random.Random) -> str:
    fams = R.RENDER_FAMILIES[TYPES[type_name]]
    weights = [3 if f in ("plain", "international_phone") else 1 for f in fams]
    return rng.choices(fams, weights=weights)[0]


def fill(
    template: str,
    lang: str,
    country: str,
    rng: random.Random,
    forced: dict[int, str],
    multi_parts: list[str] | None = None,
    multi_type: str | None = None,
    slot_offset: int = 0,
) -> dict[str, Any]:
    text = ""
    pii: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    pos = 0
    slot_i = slot_offset
    for m in SLOT.finditer(template):
        text += template[pos : m.start()]
        pos = m.end()
        name, ann, forced_country = m.group(1), m.group(2), m.group(3)
        start = len(text)
        if name == "M":
            if multi_parts is None or multi_type is None:
                raise TemplateError("{M} outside a multi-message template")
            part = multi_parts.pop(0)
            text += part
            pii.append(
                {
                    "type": TYPES[multi_type],
                    "family": "multi_message",
                    "group": "g1",
                    "start": start,
                    "end": len(text),
                    "value": part,
                }
            )
            continue
        if name in N.KINDS:
            value = N.negative(name, country, lang, rng)
            text += value
            keep.append({"kind": N.KINDS[name], "start": start, "end": len(text), "value": value})
            continue
        label = ANNOTATIONS.get(ann) if ann else None
        family = forced.get(slot_i) or label or pick_family(name, rng)
        slot_i += 1
        render_family = family
        for attempt in range(60):
            v = make_value(name, country, lang, forced_country, rng)
            try:
                rendered = R.render(v, render_family, lang, rng)
                break
            except R.NotApplicable:
                if attempt == 59:
                    raise
        verify_span(v, render_family, rendered, lang)
        text += rendered
        pii.append(
            {"type": v.kind, "family": family, "start": start, "end": len(text), "value": rendered}
        )
    text += template[pos:]
    msg = {"text": text, "pii": pii, "must_keep": keep}
    verify_message(msg)
    return msg


def split_for_messages(v: V.Value, k: int, lang: str, rng: random.Random) -> list[str]:
    """Cut a value on its group boundaries into k parts, each typed plain or spaced."""
    if v.kind == "PHONE":
        groups = [g for g in re.split(r"[ \-./()]+", v.display) if g]
    else:
        groups = list(v.groups)
    # A one- or two-character tail ("7" after an IBAN) is not how people split; glue it on.
    glue = " " if v.kind == "PHONE" else ""
    merged: list[str] = []
    for g in groups:
        if (merged and sum(c.isalnum() for c in g) < 3) or (
            merged and sum(c.isalnum() for c in merged[-1]) < 3
        ):
            merged[-1] += glue + g
        else:
            merged.append(g)
    groups = merged
    while len(groups) < k:
        i = max(range(len(groups)), key=lambda j: len(groups[j]))
        g = groups[i]
        groups[i : i + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
    cuts = sorted(rng.sample(range(1, len(groups)), k - 1))
    bounds = [0, *cuts, len(groups)]
    sep = rng.choice((" ", " ", "", "-")) if v.kind != "PHONE" else " "
    parts = [sep.join(groups[a:b]) for a, b in itertools.pairwise(bounds)]
    joined = "".join(parts)
    if v.kind == "PHONE":
        rec = R.core(joined)
        if not R.matches(rec[-len(v.extra["nsn"]) :], v.extra["nsn"]):
            raise AssertionError("multi phone split lost digits")
    elif not R.matches(R.core(joined), v.canonical):
        raise AssertionError(f"multi split lost characters: {parts}")
    return parts


# ---------------------------------------------------------------- corpus

FAMILY_CYCLE = (
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "context_abbrev",
    "letter_digits",
    "spelled_out",
    "international_phone",
    "email_obfuscated",
    "expiry_compact",
    "plain",
    "url_encoded",
    "credentials_in_url",
    "spaced_or_dashed",
    "context_abbrev",
)


def capable(slot: tuple[str, str | None, str | None], family: str) -> bool:
    name, label, _ = slot
    if label is not None:
        return label == family
    return family in R.RENDER_FAMILIES[TYPES[name]]


def generate_lang(
    lang: str, split: str, rng: random.Random, next_id: list[int]
) -> list[dict[str, Any]]:
    tpl = ALL_TEMPLATES[lang][split]
    n_single, n_multi, n_neg = SIZES[split]
    singles = [(t, parse_slots(t)) for t in tpl["single"]]
    for t, slots in singles:
        if not slots:
            raise TemplateError(f"single template without PII: {t!r}")
    for t in tpl["neg"]:
        if parse_slots(t):
            raise TemplateError(f"negative template with PII: {t!r}")
    type_use: Counter[str] = Counter()
    tpl_use: Counter[str] = Counter()
    convs: list[dict[str, Any]] = []

    def record(messages: list[dict[str, Any]], country: str) -> dict[str, Any]:
        next_id[0] += 1
        return {
            "id": f"{lang}-{next_id[0]:04d}",
            "lang": lang,
            "locale": f"{lang}-{country}",
            "split": split,
            "messages": messages,
        }

    i = 0
    while len(convs) < n_single:
        family = FAMILY_CYCLE[i % len(FAMILY_CYCLE)]
        i += 1
        cands = [
            (t, si, s) for t, slots in singles for si, s in enumerate(slots) if capable(s, family)
        ]
        if not cands:
            continue

        def load(name: str) -> float:
            return type_use[name] / TYPE_WEIGHT.get(name, 1.0)

        least = min(load(s[0]) for _, _, s in cands)
        cands = [c for c in cands if load(c[2][0]) == least]
        least_t = min(tpl_use[t] for t, _, _ in cands)
        cands = [c for c in cands if tpl_use[c[0]] == least_t]
        t, si, s = rng.choice(cands)
        type_use[s[0]] += 1
        tpl_use[t] += 1
        country, body = template_country(t, lang, rng)
        msg = fill(body, lang, country, rng, {si: family})
        convs.append(record([msg], country))

    multis = tpl["multi"]
    for j in range(n_multi):
        spec = multis[j % len(multis)]
        type_name, first, *rest = spec
        country, first = template_country(first, lang, rng)
        if type_name in IMPLIED_COUNTRY:
            country = IMPLIED_COUNTRY[type_name]
        bodies = [first, *rest]
        k = sum(b.count("{M}") for b in bodies)
        v = make_value(type_name, country, lang, None, rng)
        if TYPES[type_name] in CHECKSUMS and not CHECKSUMS[TYPES[type_name]](v.canonical):
            raise AssertionError("bad multi value")
        parts = split_for_messages(v, k, lang, rng)
        messages = []
        offset = 0
        for b in bodies:
            messages.append(fill(b, lang, country, rng, {}, parts, type_name, offset))
            offset += len(parse_slots(b))
        convs.append(record(messages, country))

    negs = tpl["neg"]
    for j in range(n_neg):
        t = negs[j % len(negs)] if j < len(negs) else rng.choice(negs)
        country, body = template_country(t, lang, rng)
        convs.append(record([fill(body, lang, country, rng, {})], country))
    return convs


def generate() -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(SEED)
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    dev_texts: set[str] = set()
    for lang in LANGS:
        next_id = [0]
        for split in ("dev", "sealed"):
            R.use_noise(split)
            out[split].extend(generate_lang(lang, split, rng, next_id))
        dev_t = {
            SLOT.sub("", t if isinstance(t, str) else "|".join(t[1:])) for t in _all(lang, "dev")
        }
        sealed_t = {
            SLOT.sub("", t if isinstance(t, str) else "|".join(t[1:])) for t in _all(lang, "sealed")
        }
        shared = dev_t & sealed_t
        if shared:
            raise TemplateError(f"{lang}: dev and sealed share templates: {sorted(shared)[:3]}")
        dev_texts |= dev_t
    return out


def _all(lang: str, split: str) -> list[Any]:
    t = ALL_TEMPLATES[lang][split]
    return [*t["single"], *t["multi"], *t["neg"]]


def serialise(convs: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    for c in convs:
        buf.write(json.dumps(c, ensure_ascii=False, separators=(", ", ": ")))
        buf.write("\n")
    return buf.getvalue().encode("utf-8")


def stats(out: dict[str, list[dict[str, Any]]]) -> str:
    lines = ["\nHand-written templates (single-message PII / multi-message / negatives only)\n"]
    lines.append("| lang | dev | sealed | total |")
    lines.append("|---|---|---|---|")
    for lang in LANGS:
        cells = []
        for split in ("dev", "sealed"):
            t = ALL_TEMPLATES[lang][split]
            cells.append(f"{len(t['single'])} / {len(t['multi'])} / {len(t['neg'])}")
        n_templates = sum(
            len(v) for s in ("dev", "sealed") for v in ALL_TEMPLATES[lang][s].values()
        )
        lines.append(f"| {lang} | {cells[0]} | {cells[1]} | {n_templates} |")
    for split, convs in out.items():
        by_lang: dict[str, Counter[str]] = defaultdict(Counter)
        types: dict[str, Counter[str]] = defaultdict(Counter)
        fams: dict[str, Counter[str]] = defaultdict(Counter)
        kinds: Counter[str] = Counter()
        for c in convs:
            lang = c["lang"]
            by_lang[lang]["conversations"] += 1
            for m in c["messages"]:
                by_lang[lang]["messages"] += 1
                if m["pii"]:
                    by_lang[lang]["with_pii"] += 1
                elif m["must_keep"]:
                    by_lang[lang]["negatives_only"] += 1
                by_lang[lang]["must_keep"] += len(m["must_keep"])
                for p in m["pii"]:
                    types[p["type"]][lang] += 1
                    fams[p["family"]][lang] += 1
                for k in m["must_keep"]:
                    kinds[k["kind"]] += 1
        total = sum((by_lang[lang] for lang in LANGS), Counter())
        lines.append(f"\n### {split}\n")
        lines.append(
            "| lang | conversations | messages | with PII | negatives only | must_keep spans |"
        )
        lines.append("|---|---|---|---|---|---|")
        for lang in (*LANGS, "all"):
            b = total if lang == "all" else by_lang[lang]
            lines.append(
                f"| {lang} | {b['conversations']} | {b['messages']} | {b['with_pii']} | "
                f"{b['negatives_only']} ({100 * b['negatives_only'] / b['messages']:.0f}%) | "
                f"{b['must_keep']} |"
            )
        for title, table in (("entity type", types), ("family", fams)):
            lines.append(
                f"\nPII spans by {title} ({split}; a multi_message value counts once per part)\n"
            )
            lines.append("| " + title + " | " + " | ".join(LANGS) + " | all |")
            lines.append("|---" * (len(LANGS) + 2) + "|")
            order = R.FAMILIES if title == "family" else sorted(table)
            for key in order:
                row = table.get(key, Counter())
                lines.append(
                    f"| {key} | "
                    + " | ".join(str(row[lang]) for lang in LANGS)
                    + f" | {sum(row.values())} |"
                )
        lines.append(
            f"\nmust_keep by kind ({split}): "
            + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        )
    return "\n".join(lines)


def check_coverage(out: dict[str, list[dict[str, Any]]]) -> None:
    for split, convs in out.items():
        seen = {(p["family"], c["lang"]) for c in convs for m in c["messages"] for p in m["pii"]}
        missing = [(f, lang) for f in R.FAMILIES for lang in LANGS if (f, lang) not in seen]
        if missing:
            raise AssertionError(f"{split}: family x language combinations missing: {missing}")
        msgs = [m for c in convs for m in c["messages"]]
        neg = sum(1 for m in msgs if not m["pii"] and m["must_keep"])
        if neg / len(msgs) < 0.35:
            raise AssertionError(f"{split}: only {neg / len(msgs):.0%} negative-only messages")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare files on disk, write nothing")
    args = ap.parse_args(argv)
    out = generate()
    check_coverage(out)
    dev = serialise(out["dev"])
    sealed = gzip.compress(serialise(out["sealed"]), compresslevel=9, mtime=0)
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "opened.jsonl.gz"
        ).read_bytes() == sealed
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "opened.jsonl.gz").write_bytes(sealed)
    print(stats(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
