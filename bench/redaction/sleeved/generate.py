"""Instantiate the hand-written templates into the sleeved corpus, split, self-check and write it.

python -m bench.redaction.sleeved.generate           # write dev.jsonl and sealed.jsonl.gz
python -m bench.redaction.sleeved.generate --check   # regenerate, compare bytes, write nothing
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from stdnum import bic, iban, luhn, mac
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp
from stdnum.pt import nif
from stdnum.us import itin, ssn

from . import keep, render, templates_de, templates_en, templates_es, templates_fr, templates_pt
from .values import LOCALES, is_clabe, rfc_valid

HERE = Path(__file__).resolve().parent
SOURCES = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
INSTANCES = 5
DEV_SHARE = 30
SLOT = re.compile(r"\{([A-Z0-9]+)(?::([a-z]+))?\}|\{\+\}|\[([a-z]+)\]")
WS = " \t\n"


# ---------------------------------------------------------------- templates
class Template:
    def __init__(self, lang: str, index: int, block: str) -> None:
        lines = block.split("\n")
        self.locales: list[str] = []
        if lines[0].startswith("@"):
            self.locales = lines[0][1:].split()
            lines = lines[1:]
        self.lang = lang
        self.index = index
        self.messages = [line.replace("¶", "\n") for line in lines]
        self.key = hashlib.sha256(("sc23|" + lang + "|" + "\n".join(lines)).encode()).hexdigest()
        self.types: set[str] = set()
        self.families: set[str] = set()
        for msg in self.messages:
            for m in SLOT.finditer(msg):
                if m.group(1):
                    self.types.add(render.TYPES[m.group(1)])
                    self.families.add(render.FAMILY[m.group(2) or "p"])
                    if m.group(1) not in render.TYPES or (m.group(2) or "p") not in render.FAMILY:
                        raise ValueError(msg)
                elif m.group(3) and m.group(3) not in keep.KINDS:
                    raise ValueError("unknown must_keep kind in: " + msg)
            literal = SLOT.sub("", msg)
            if any(c.isdigit() for c in literal):
                raise ValueError("digit in template text: " + msg)
        self.split = "dev" if int(self.key[:8], 16) % 100 < DEV_SHARE else "sealed"

    def slot_keys(self) -> set[str]:
        return {m.group(1) for msg in self.messages for m in SLOT.finditer(msg) if m.group(1)}

    def uses_zip(self) -> bool:
        return any("[zip]" in m for m in self.messages)


def load(lang: str) -> list[Template]:
    text = SOURCES[lang].TEMPLATES.strip("\n")
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
    return [Template(lang, i, b) for i, b in enumerate(blocks)]


def repair_split(templates: list[Template]) -> None:
    """Move templates so that every type and family of the language appears in both splits."""
    for _ in range(100):
        changed = False
        for attr in ("types", "families"):
            wanted = set().union(*(getattr(t, attr) for t in templates))
            for split, other in (("dev", "sealed"), ("sealed", "dev")):
                have = set().union(*(getattr(t, attr) for t in templates if t.split == split))
                for label in sorted(wanted - have):
                    donors = sorted(
                        (t for t in templates if t.split == other and label in getattr(t, attr)),
                        key=lambda t: t.key,
                    )
                    for donor in donors:
                        rest = set().union(
                            *(
                                getattr(t, attr)
                                for t in templates
                                if t.split == other and t is not donor
                            )
                        )
                        if label in rest:
                            donor.split = split
                            changed = True
                            break
        if not changed:
            return
    raise RuntimeError("split repair did not converge")


# ---------------------------------------------------------------- instantiation
def pick_locale(t: Template, rng: random.Random) -> str:
    options = t.locales or LOCALES[t.lang]
    for key in sorted(t.slot_keys()):
        home = [loc for loc in options if loc in render.HOME.get(key, options)]
        if home:
            options = home
    if t.uses_zip():
        options = [loc for loc in options if loc != "pt-AO"] or options
    return rng.choice(options)


def instantiate(t: Template, k: int) -> dict[str, Any]:
    rng = random.Random(f"sc23|{t.lang}|{t.key}|{k}")
    locale = pick_locale(t, rng)
    lang = t.lang
    pending: list[tuple[str, str, str]] = []  # queued multi-message parts: (type, part, group)
    group_no = 0
    messages = []
    for mi, msg in enumerate(t.messages):
        text = ""
        pii: list[dict[str, Any]] = []
        keeps: list[dict[str, Any]] = []
        pos = 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            if m.group(0) == "{+}":
                typ, part, group = pending.pop(0)
                _add(pii, text, part, {"type": typ, "family": "multi_message", "group": group})
                text += part
            elif m.group(1):
                key, fam = m.group(1), m.group(2) or "p"
                typ = render.TYPES[key]
                if fam == "mm":
                    later = "\n".join(t.messages[mi + 1 :])
                    n_more = len(re.findall(r"\{\+\}", later.split(":mm}")[0]))
                    parts, _ = render.render_multi(key, lang, locale, rng, 1 + n_more)
                    while len(parts) < 1 + n_more:
                        parts, _ = render.render_multi(key, lang, locale, rng, 1 + n_more)
                    group_no += 1
                    group = f"g{group_no}"
                    pending.extend((typ, p, group) for p in parts[1:])
                    _add(
                        pii,
                        text,
                        parts[0],
                        {"type": typ, "family": "multi_message", "group": group},
                    )
                    text += parts[0]
                else:
                    surface, _ = render.render(key, fam, lang, locale, rng)
                    _add(pii, text, surface, {"type": typ, "family": render.FAMILY[fam]})
                    text += surface
            else:
                kind = m.group(3)
                surface = keep.must_keep(kind, lang, locale, rng)
                keeps.append(
                    {
                        "kind": keep.KINDS[kind],
                        "start": len(text),
                        "end": len(text) + len(surface),
                        "value": surface,
                    }
                )
                text += surface
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keeps})
    if pending:
        raise ValueError(f"unused multi-message parts in template {t.lang}-{t.index}")
    return {"lang": lang, "locale": locale, "messages": messages}


def _add(items: list[dict[str, Any]], prefix: str, surface: str, meta: dict[str, Any]) -> None:
    lead = len(surface) - len(surface.lstrip(WS))
    core = surface.strip(WS)
    start = len(prefix) + lead
    item = {
        "type": meta["type"],
        "family": meta["family"],
        "start": start,
        "end": start + len(core),
        "value": core,
    }
    if "group" in meta:
        item["group"] = meta["group"]
    items.append(item)


def build() -> tuple[list[dict[str, Any]], dict[str, list[Template]]]:
    conversations = []
    by_lang = {}
    for lang in SOURCES:
        templates = load(lang)
        repair_split(templates)
        by_lang[lang] = templates
        n = 0
        for t in templates:
            for k in range(INSTANCES):
                conv = instantiate(t, k)
                n += 1
                record = {
                    "id": f"sc23-{lang}-{n:04d}",
                    "lang": lang,
                    "locale": conv["locale"],
                    "split": t.split,
                }
                record["messages"] = conv["messages"]
                conversations.append(record)
    return conversations, by_lang


# ---------------------------------------------------------------- self-checks
VALIDATORS = {
    "CREDIT_DEBIT_NUMBER": lambda x: len(x) < 12 or luhn.is_valid(x),
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc_valid,
    "MX_CLABE": is_clabe,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
    "SSN": ssn.is_valid,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": itin.is_valid,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
    "MAC_ADDRESS": mac.is_valid,
}
CHECKED_FAMILIES = {"plain", "spaced_or_dashed", "iban_broken", "context_only"}


def revalidate(item: dict[str, Any]) -> bool:
    """Re-check a labelled value with its published rule where the surface keeps every character."""
    check = VALIDATORS.get(item["type"])
    if check is None or item["family"] not in CHECKED_FAMILIES:
        return True
    compact = "".join(c for c in item["value"] if c.isalnum())
    if item["type"] == "MAC_ADDRESS":
        compact = item["value"]
    return bool(check(compact))


def self_check(
    conversations: list[dict[str, Any]], by_lang: dict[str, list[Template]]
) -> list[str]:
    errors = []
    for conv in conversations:
        for msg in conv["messages"]:
            text = msg["text"]
            covered = [False] * len(text)
            spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
            for s in spans:
                frag = text[s["start"] : s["end"]]
                if frag != s["value"] or not frag or frag[0] in WS or frag[-1] in WS:
                    errors.append("{}: bad span {!r}".format(conv["id"], s["value"]))
                for i in range(s["start"], s["end"]):
                    if covered[i]:
                        errors.append("{}: overlapping spans".format(conv["id"]))
                    covered[i] = True
            for p in msg["pii"]:
                if not revalidate(p):
                    errors.append("{}: {} fails its check rule".format(conv["id"], p["type"]))
            for i, c in enumerate(text):
                if c.isdigit() and not covered[i]:
                    errors.append("{}: digit outside spans".format(conv["id"]))
    msgs = Counter()
    for lang, templates in by_lang.items():
        for t in templates:
            if not 1 <= len(t.messages) <= 4:
                errors.append(f"{lang}-{t.index:03d}: {len(t.messages)} messages")
        if len(templates) < 150:
            errors.append(f"{lang}: only {len(templates)} templates")
        for attr in ("types", "families"):
            for split in ("dev", "sealed"):
                have = set().union(*(getattr(t, attr) for t in templates if t.split == split))
                every = set().union(*(getattr(t, attr) for t in templates))
                if have != every:
                    errors.append(f"{lang}: {attr} missing from {split}: {sorted(every - have)}")
    for conv in conversations:
        msgs[conv["lang"]] += len(conv["messages"])
    total = sum(msgs.values())
    if total < 5000:
        errors.append(f"only {total} messages")
    if max(msgs.values()) > 1.5 * min(msgs.values()):
        errors.append(f"languages unbalanced: {dict(msgs)}")
    empty = sum(1 for c in conversations for m in c["messages"] if not m["pii"])
    if not 0.15 <= empty / total <= 0.20:
        errors.append(f"no-PII share {empty / total:.3f} outside 15-20%")
    multi = sum(
        1 for c in conversations if any(p.get("group") for m in c["messages"] for p in m["pii"])
    )
    if multi / len(conversations) < 0.08:
        errors.append(f"multi-message share {multi / len(conversations):.3f} below 8%")
    return errors


def stats(conversations: list[dict[str, Any]], by_lang: dict[str, list[Template]]) -> str:
    out = [
        "| lang | templates (dev/sealed) | dev conv | sealed conv | messages | no-PII msgs | pii"
        " | must_keep |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang, templates in by_lang.items():
        convs = [c for c in conversations if c["lang"] == lang]
        ms = [m for c in convs for m in c["messages"]]
        dev_t = sum(1 for t in templates if t.split == "dev")
        out.append(
            "| {} | {} ({}/{}) | {} | {} | {} | {} | {} | {} |".format(
                lang,
                len(templates),
                dev_t,
                len(templates) - dev_t,
                sum(1 for c in convs if c["split"] == "dev"),
                sum(1 for c in convs if c["split"] == "sealed"),
                len(ms),
                sum(1 for m in ms if not m["pii"]),
                sum(len(m["pii"]) for m in ms),
                sum(len(m["must_keep"]) for m in ms),
            )
        )
    for field in ("type", "family"):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for c in conversations:
            for m in c["messages"]:
                for p in m["pii"]:
                    counts[p[field]][c["split"]] += 1
        out += ["", f"| {field} | dev | sealed |", "|---|---|---|"]
        out += [
            "| {} | {} | {} |".format(k, counts[k]["dev"], counts[k]["sealed"])
            for k in sorted(counts)
        ]
    kinds: Counter[str] = Counter(
        k["kind"] for c in conversations for m in c["messages"] for k in m["must_keep"]
    )
    out += ["", "| must_keep kind | count |", "|---|---|"] + [
        f"| {k} | {n} |" for k, n in sorted(kinds.items())
    ]
    total = sum(len(c["messages"]) for c in conversations)
    empty = sum(1 for c in conversations for m in c["messages"] if not m["pii"])
    multi = sum(
        1 for c in conversations if any(p.get("group") for m in c["messages"] for p in m["pii"])
    )
    out += [
        "",
        f"conversations {len(conversations)}, messages {total}, "
        f"no-PII messages {100 * empty / total:.1f}%, "
        f"conversations with multi_message {100 * multi / len(conversations):.1f}%",
    ]
    return "\n".join(out)


# ---------------------------------------------------------------- output
def serialise(conversations: list[dict[str, Any]]) -> tuple[bytes, bytes]:
    def line(c: dict[str, Any]) -> str:
        return json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n"

    dev = "".join(line(c) for c in conversations if c["split"] == "dev").encode()
    sealed_raw = "".join(line(c) for c in conversations if c["split"] == "sealed").encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(sealed_raw)
    return dev, buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="regenerate and compare with the files on disk"
    )
    parser.add_argument("--stats", action="store_true", help="print the counts tables")
    args = parser.parse_args(argv)
    conversations, by_lang = build()
    errors = self_check(conversations, by_lang)
    for e in errors[:40]:
        print("self-check:", e, file=sys.stderr)
    dev, sealed = serialise(conversations)
    if args.stats:
        print(stats(conversations, by_lang))
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: {}".format("identical" if same else "DIFFERENT"))
        return 0 if same and not errors else 1
    if errors:
        return 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(conversations)} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
