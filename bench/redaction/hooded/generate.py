"""Generate the hooded corpus: dev.jsonl (readable) and sealed.jsonl.gz (not to be read while tuning).

python -m bench.redaction.hooded.generate           rewrite both files
python -m bench.redaction.hooded.generate --check   compare with the files on disk, write nothing
python -m bench.redaction.hooded.generate --stats   print counts
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

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).parent
DEV_PATH, SEALED_PATH = HERE / "dev.jsonl", HERE / "sealed.jsonl.gz"
SEED = 4040
INSTANCES = 16
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}

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
    "PW": "PASSWORD",
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
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
TYPE_ALIAS = {v: k for k, v in ALIASES.items()}
FAM = {
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "ctx": "context_only",
    "kv": "key_value_secret",
    "url": "url_credentials",
    "pct": "percent_encoded",
    "cexp": "compact_expiry",
    "ib": "iban_broken",
    "multi": "multi_message",
    "email_spelled": "email_spelled",
    "plain": "plain",
}
SLOT = re.compile(r"\{([^{}]*)\}")


class CorpusError(Exception):
    pass


# ---------------------------------------------------------------- template checks
def literal(msg: str) -> str:
    return SLOT.sub("", msg)


def check_templates() -> None:
    for lang, mod in LANGS.items():
        for tpl in mod.DEV + mod.SEALED:
            if not 1 <= len(tpl) <= 4:
                raise CorpusError(f"{lang}: 1 to 4 messages per template: {tpl}")
            for msg in tpl:
                if re.search(r"\d", literal(msg)):
                    raise CorpusError(f"{lang}: a template holds a digit: {msg!r}")
                for slot in SLOT.findall(msg):
                    if slot == "*" or slot.startswith("#"):
                        if slot.startswith("#") and slot[1:] not in R.MUST_KEEP_ALIASES:
                            raise CorpusError(f"unknown must_keep {slot}")
                        continue
                    alias, _, fam = slot.partition(":")
                    if alias not in ALIASES or (fam and fam not in FAM):
                        raise CorpusError(f"{lang}: unknown slot {{{slot}}}")
                    t, f = ALIASES[alias], FAM.get(fam, "")
                    if f and f != "multi_message" and f not in R.COMPAT[t]:
                        raise CorpusError(f"{lang}: family {f} not for {t}")
        # Dev and sealed come from disjoint hand-written lists: no shared template, no shared sentence.
        dev_t = {"\n".join(t) for t in mod.DEV}
        dev_m = {
            literal(m).strip().lower() for t in mod.DEV for m in t if len(literal(m).strip()) > 12
        }
        for t in mod.SEALED:
            if "\n".join(t) in dev_t:
                raise CorpusError(f"{lang}: template in both splits: {t}")
            for m in t:
                if literal(m).strip().lower() in dev_m:
                    raise CorpusError(f"{lang}: dev and sealed share the text {m!r}")
        for alias in ALIASES:
            if any(re.search(r"\d", label) for label in mod.LABELS.get(alias, [])):
                raise CorpusError(f"{lang}: a label for {alias} holds a digit")
            if alias not in mod.LABELS:
                raise CorpusError(f"{lang}: no label for {alias}")


# ---------------------------------------------------------------- drawing
def draw(t: str, family: str, locale: str, rng: random.Random) -> V.Value:
    for _ in range(500):
        if family == "context_only" and t == "PASSWORD":
            w = V.password_word(rng)
            return V.Value(t, w, (w,))
        if family == "context_only" and t == "USERNAME":
            w = rng.choice(V.FIRST) + rng.choice(V.LAST)
            return V.Value(t, w, (w,))
        v = V.DRAW[t](rng, locale)
        if family == "letter_substitution" and not re.search(r"[01]", v.text):
            continue
        if family == "percent_encoded" and t == "PHONE" and not v.text.startswith("+"):
            continue
        if family == "url_credentials" and not re.fullmatch(r"[A-Za-z0-9_.!*$-]+", v.text):
            continue
        return v
    raise CorpusError(f"could not draw {t} for {family}")


def auto_family(t: str, rng: random.Random) -> str:
    fams = [f for f in R.COMPAT[t] if f not in R.NEEDS_CONTEXT]
    weights = [4 if f == "plain" else 1 for f in fams]
    return rng.choices(fams, weights)[0]


class Wildcards:
    """Types and families for {*} slots: every (type, family) pair once, then weighted draws."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        pairs = [(t, f) for t in V.TYPES for f in R.COMPAT[t]]
        rng.shuffle(pairs)
        # Pairs that bring a new type or family come out first, so a short split still sees them all.
        seen: set[str] = set()
        first = [p for p in pairs if not (p[0] in seen and p[1] in seen) and not seen.update(p)]
        self.queue = [p for p in pairs if p not in first] + first[::-1]

    def next(self) -> tuple[str, str]:
        if self.queue:
            return self.queue.pop()
        t = self.rng.choice(V.TYPES)
        fams = R.COMPAT[t]
        return t, self.rng.choices(fams, [4 if f == "plain" else 1 for f in fams])[0]


def render_slot(
    t: str, family: str, value: V.Value, lang: str, rng: random.Random, wild: bool, label: str = ""
) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Text for a slot and its PII spans (relative). Wildcards carry their own context words."""
    prefix = label + " " if wild else ""
    spans: list[tuple[int, int, str, str]] = []
    if family == "key_value_secret":
        prefix += rng.choice(R.KV_KEYS[t])
    elif family == "percent_encoded" and wild:
        prefix += rng.choice(R.PCT_URLS)
    elif family == "url_credentials" and wild:
        user = V.username(rng, "en-US")
        while not re.fullmatch(r"[a-z0-9._-]+", user.text):
            user = V.username(rng, "en-US")
        head = f"{prefix}{rng.choice(R.URL_SCHEMES)}://"
        spans.append((len(head), len(head) + len(user.text), "USERNAME", "plain"))
        prefix = head + user.text + ":"
    body = R.render(value, family, lang, rng)
    spans.append((len(prefix), len(prefix) + len(body), t, family))
    suffix = "@" + rng.choice(R.URL_HOSTS) if family == "url_credentials" and wild else ""
    return prefix + body + suffix, spans


def build_conversation(
    tpl: list[str], lang: str, locale: str, rng: random.Random, wild: Wildcards
) -> list[dict]:
    labels = LANGS[lang].LABELS
    multi_counts = collections.Counter(
        s.partition(":")[0] for m in tpl for s in SLOT.findall(m) if s.endswith(":multi")
    )
    multi_parts: dict[str, list[str]] = {}
    multi_values: dict[str, V.Value] = {}
    groups = {a: f"g{i + 1}" for i, a in enumerate(sorted(multi_counts))}
    for alias, n in multi_counts.items():
        v = draw(ALIASES[alias], "multi_message", locale, rng)
        multi_values[alias] = v
        multi_parts[alias] = R.split_parts(v, n, rng)
    messages = []
    for msg in tpl:
        text, pii, keep = "", [], []
        pos = 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            slot = m.group(1)
            if slot.startswith("#"):
                kind = R.MUST_KEEP_ALIASES[slot[1:]]
                val = R.must_keep(kind, locale, rng)
                keep.append(
                    {"kind": kind, "start": len(text), "end": len(text) + len(val), "value": val}
                )
                text += val
                continue
            if slot == "*":
                t, fam = wild.next()
                v = draw(t, fam, locale, rng)
                label = rng.choice(labels[TYPE_ALIAS[t]])
                piece, spans = render_slot(t, fam, v, lang, rng, True, label)
            else:
                alias, _, f = slot.partition(":")
                t = ALIASES[alias]
                fam = FAM[f] if f else auto_family(t, rng)
                if fam == "multi_message":
                    part = multi_parts[alias].pop(0)
                    pii.append(
                        {
                            "type": t,
                            "family": fam,
                            "start": len(text),
                            "end": len(text) + len(part),
                            "value": part,
                            "group": groups[alias],
                            "_whole": multi_values[alias],
                        }
                    )
                    text += part
                    continue
                v = draw(t, fam, locale, rng)
                piece, spans = render_slot(t, fam, v, lang, rng, False)
            for s, e, st, sf in spans:
                pii.append(
                    {
                        "type": st,
                        "family": sf,
                        "start": len(text) + s,
                        "end": len(text) + e,
                        "value": piece[s:e],
                        "_whole": v if st == t else None,
                    }
                )
            text += piece
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    return messages


# ---------------------------------------------------------------- validation
def validate(conv: dict) -> None:
    lang, locale = conv["lang"], conv["locale"]
    groups: dict[str, list[dict]] = collections.defaultdict(list)
    for msg in conv["messages"]:
        text = msg["text"]
        spans = sorted(
            [(p["start"], p["end"]) for p in msg["pii"]]
            + [(k["start"], k["end"]) for k in msg["must_keep"]]
        )
        for a, b in zip(spans, spans[1:]):
            if a[1] > b[0]:
                raise CorpusError(f"{conv['id']}: overlapping spans in {text!r}")
        covered = set()
        for item in msg["pii"] + msg["must_keep"]:
            s, e = item["start"], item["end"]
            if text[s:e] != item["value"] or s >= e:
                raise CorpusError(f"{conv['id']}: offsets do not match value {item}")
            if item["value"] != item["value"].strip():
                raise CorpusError(f"{conv['id']}: span with outer whitespace {item}")
            covered.update(range(s, e))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise CorpusError(f"{conv['id']}: digit outside any span at {i} in {text!r}")
        for p in msg["pii"]:
            whole = p.pop("_whole", None)
            if p["family"] == "multi_message":
                groups[p["group"]].append(p)
                p["_w"] = whole
                continue
            if whole is None:
                if p["type"] != "USERNAME":
                    raise CorpusError("span without a value")
                continue
            if not V.is_valid(whole, locale):
                raise CorpusError(f"{conv['id']}: invalid {p['type']} {whole.text}")
            if R.decode(p["value"], p["family"], lang) != R.expected(whole, p["family"]):
                raise CorpusError(
                    f"{conv['id']}: {p['family']} does not decode back: {p['value']!r} vs {whole.text!r}"
                )
    for parts in groups.values():
        whole = parts[0]["_w"]
        for p in parts:
            del p["_w"]
        if len(parts) < 2 or R.norm("".join(p["value"] for p in parts)) != R.norm(whole.text):
            raise CorpusError(f"{conv['id']}: multi_message parts do not rebuild the value")
        if not V.is_valid(whole, locale):
            raise CorpusError(f"{conv['id']}: invalid {whole.type} {whole.text}")


def coverage(convs: list[dict]) -> dict[tuple[str, str], tuple[set, set]]:
    cov: dict[tuple[str, str], tuple[set, set]] = collections.defaultdict(lambda: (set(), set()))
    for c in convs:
        for m in c["messages"]:
            for p in m["pii"]:
                cov[(c["lang"], c["split"])][0].add(p["type"])
                cov[(c["lang"], c["split"])][1].add(p["family"])
    return cov


# ---------------------------------------------------------------- build
def build() -> list[dict]:
    check_templates()
    rng = random.Random(SEED)
    convs = []
    for lang, mod in LANGS.items():
        n = 0
        for split, tpls in (("dev", mod.DEV), ("sealed", mod.SEALED)):
            wild = Wildcards(rng)
            for _ in range(INSTANCES):
                for tpl in tpls:
                    n += 1
                    locale = rng.choice(mod.LOCALES)
                    conv = {
                        "id": f"sc40-{lang}-{n:04d}",
                        "lang": lang,
                        "locale": locale,
                        "split": split,
                        "messages": build_conversation(tpl, lang, locale, rng, wild),
                    }
                    validate(conv)
                    convs.append(conv)
    cov = coverage(convs)
    for lang in LANGS:
        for split in ("dev", "sealed"):
            types, fams = cov[(lang, split)]
            missing = (set(V.TYPES) - types) | (set(R.FAMILIES) - fams)
            if missing:
                raise CorpusError(f"{lang}/{split} misses {sorted(missing)}")
    return convs


def serialise(convs: list[dict]) -> tuple[bytes, bytes]:
    def lines(split: str) -> bytes:
        return "".join(
            json.dumps(c, ensure_ascii=False) + "\n" for c in convs if c["split"] == split
        ).encode()

    buf = io.BytesIO()
    # No file name and mtime 0, so the archive is byte-reproducible.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(lines("sealed"))
    return lines("dev"), buf.getvalue()


def stats(convs: list[dict]) -> str:
    out = []
    msgs = [(c, m) for c in convs for m in c["messages"]]
    pii = [(c, p) for c, m in msgs for p in m["pii"]]
    keep = [k for _, m in msgs for k in m["must_keep"]]
    no_pii = sum(1 for _, m in msgs if not m["pii"])
    multi = sum(
        1
        for c in convs
        if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
    )
    templates = sum(len(m.DEV) + len(m.SEALED) for m in LANGS.values())
    out.append(
        f"conversations {len(convs)}  messages {len(msgs)}  pii {len(pii)}  must_keep {len(keep)}  templates {templates}"
    )
    out.append(
        f"messages without pii {no_pii} ({100 * no_pii / len(msgs):.1f}%)  "
        f"conversations with multi_message {multi} ({100 * multi / len(convs):.1f}%)"
    )
    for split in ("dev", "sealed"):
        out.append(
            f"{split}: conversations {sum(c['split'] == split for c in convs)}  "
            f"messages {sum(c['split'] == split for c, _ in msgs)}  pii {sum(c['split'] == split for c, _ in pii)}"
        )
    out.append("\nper language (templates dev/sealed, messages, share, pii, must_keep)")
    for lang, mod in LANGS.items():
        lm = [m for c, m in msgs if c["lang"] == lang]
        out.append(
            f"  {lang}  {len(mod.DEV)}/{len(mod.SEALED)}  {len(lm)}  {100 * len(lm) / len(msgs):.1f}%  "
            f"{sum(len(m['pii']) for m in lm)}  {sum(len(m['must_keep']) for m in lm)}"
        )
    for title, counter in (
        ("type", collections.Counter(p["type"] for _, p in pii)),
        ("family", collections.Counter(p["family"] for _, p in pii)),
        ("must_keep kind", collections.Counter(k["kind"] for k in keep)),
    ):
        out.append(f"\nper {title}")
        out.extend(f"  {k:40s} {v}" for k, v in sorted(counter.items()))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    convs = build()
    dev, sealed = serialise(convs)
    if args.stats:
        print(stats(convs))
    if args.check:
        ok = (
            DEV_PATH.exists()
            and SEALED_PATH.exists()
            and DEV_PATH.read_bytes() == dev
            and SEALED_PATH.read_bytes() == sealed
        )
        print(
            "up to date" if ok else "differs from the generator: run it without --check",
            file=sys.stderr,
        )
        return 0 if ok else 1
    if not args.stats:
        DEV_PATH.write_bytes(dev)
        SEALED_PATH.write_bytes(sealed)
        print(f"wrote {DEV_PATH.name} and {SEALED_PATH.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
