"""Instantiate the padlocked templates, split them, self-check, and write the corpus.

python -m bench.redaction.padlocked.generate          write dev.jsonl and sealed.jsonl.gz
python -m bench.redaction.padlocked.generate --check  regenerate and compare byte for byte
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
from pathlib import Path
from urllib.parse import quote

from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from .keep import KIND_NAMES, draw_keep
from .spelling import spell
from .values import DRAW, Value, iban_value, phone_ok, validate

HERE = Path(__file__).resolve().parent
LANGS = {
    "en": (
        templates_en.TEMPLATES,
        ["en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"],
    ),
    "es": (templates_es.TEMPLATES, ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"]),
    "fr": (templates_fr.TEMPLATES, ["fr-FR", "fr-BE", "fr-CA", "fr-CH"]),
    "de": (templates_de.TEMPLATES, ["de-DE", "de-AT", "de-CH"]),
    "pt": (templates_pt.TEMPLATES, ["pt-BR", "pt-PT", "pt-AO"]),
}
INSTANCES = {"en": 6, "es": 6, "fr": 6, "de": 6, "pt": 6}
NO_PII_INSTANCES = 1
DEV_SHARE = 30

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
    "AKEY": "AWS_ACCESS_KEY",
    "ASECRET": "AWS_SECRET_KEY",
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
FAMILY = {
    "": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "words": "spelled_out",
    "at": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ib": "iban_broken",
    "mm": "multi_message",
    "ctx": "context_only",
}
# the locale a national identifier implies when a template names no locale
HOME = {
    "SSN": "en-US",
    "ITIN": "en-US",
    "NINO": "en-GB",
    "DNI": "es-ES",
    "NIE": "es-ES",
    "CURP": "es-MX",
    "RFC": "es-MX",
    "CLABE": "es-MX",
    "CPF": "pt-BR",
    "CNPJ": "pt-BR",
    "NIR": "fr-FR",
    "STEUER": "de-DE",
    "NIF": "pt-PT",
}
SLOT = re.compile(r"\{([^{}]+)\}")
NOISE_WORDS = {
    "en": ["then", "and", "nd"],
    "es": ["y", "luego", "después"],
    "fr": ["puis", "et", "ensuite"],
    "de": ["dann", "und", "danach"],
    "pt": ["e", "depois", "aí"],
}
NOISE = [" 👉 ", " | ", " / ", "\n", " ✨ ", " .. ", " 🙏 ", " || ", " // ", " 💳 ", "|", " ~ "]
AT_WORDS = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        (" arroba ", " pto "),
        ("(arroba)", "(punto)"),
        (" at ", " dot "),
    ],
    "fr": [
        (" arobase ", " point "),
        (" at ", " point "),
        (" arrobase ", " point "),
        ("(at)", "(point)"),
    ],
    "de": [(" at ", " punkt "), (" ät ", " Punkt "), ("(at)", "(punkt)"), (" [at] ", " [dot] ")],
    "pt": [
        (" arroba ", " ponto "),
        (" arroba ", " pt "),
        ("(arroba)", "(ponto)"),
        (" at ", " dot "),
    ],
}


def seeded(*parts: object) -> random.Random:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
    return random.Random(int(digest, 16))


def parse_slot(spec: str) -> tuple[str, str, str]:
    """'CARD_b|sp' -> ('CARD_b', 'CARD', 'sp'); '#order' -> ('#order', '#order', '')."""
    name, _, fam = spec.partition("|")
    base = name.split("_")[0]
    return name, base, fam


def template_meta(tpl: list[str]) -> tuple[list[str] | None, list[str]]:
    if tpl[0].startswith("@"):
        return tpl[0][1:].split(), tpl[1:]
    return None, tpl


def template_keys(tpl: list[str]) -> set[str]:
    _, msgs = template_meta(tpl)
    keys = set()
    for m in msgs:
        for spec in SLOT.findall(m):
            _, base, fam = parse_slot(spec)
            if base.startswith("#"):
                continue
            keys.add("type:" + ALIAS[base])
            keys.add("family:" + FAMILY[fam[:2] if fam.startswith("mm") else fam])
    return keys


def substitute(s: str, rng: random.Random) -> str:
    out, changed = [], False
    for i, c in enumerate(s):
        near_digit = any(x.isdigit() for x in s[max(0, i - 1) : i + 2] if x != c) or c.isdigit()
        if c == "0" and near_digit and rng.random() < 0.6:
            out.append(rng.choice("OOo"))
            changed = True
        elif c == "1" and near_digit and rng.random() < 0.6:
            out.append(rng.choice("lIl"))
            changed = True
        else:
            out.append(c)
    if not changed:
        for i, c in enumerate(out):
            if c in "01":
                out[i] = "O" if c == "0" else "l"
                break
    return "".join(out)


def render(pii_type: str, fam: str, val: Value, rng: random.Random, lang: str, locale: str) -> str:
    groups = list(val.groups)
    if fam == "":
        return val.plain
    if fam == "ctx":
        # a phone typed as one national digit run, e.g. "whatsapp 0612345678"
        return "".join(groups) if pii_type == "PHONE" else val.compact
    if fam == "sp":
        if pii_type == "PHONE" and rng.random() < 0.5:
            return val.plain.replace(" ", rng.choice(["-", ".", "  "]))
        sep = rng.choice([" ", "-", " - ", ".", "  ", " ", "-"])
        return sep.join(groups)
    if fam == "noise":
        words = NOISE_WORDS[lang]
        out = groups[0]
        for g in groups[1:]:
            tok = rng.choice(NOISE + [f" {w} " for w in words])
            out += tok + g
        return out
    if fam == "sub":
        return substitute(val.plain if rng.random() < 0.5 else val.compact, rng)
    if fam == "words":
        src = val.compact.lstrip("+")
        if pii_type == "PHONE":
            src = "".join(groups)
        return spell(src, lang, locale, rng)
    if fam == "at":
        at, dot = rng.choice(AT_WORDS[lang])
        local, dom = val.compact.split("@")
        if rng.random() < 0.5:
            local = local.replace(".", dot)
        return (local + at + dom.replace(".", dot)).strip()
    if fam == "pct":
        return quote(val.plain if pii_type != "PHONE" else val.compact, safe="")
    if fam in ("url", "kv"):
        return quote(val.compact, safe="!*$-_.~") if fam == "url" else val.compact
    if fam == "cexp":
        return val.compact
    if fam == "ib":
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice([" ", "-", "\n", "  ", " - ", " ", "-"]) + g
        return out
    raise KeyError(fam)


def split_parts(val: Value, n: int) -> list[str]:
    """Cut a value into n parts at the group boundaries nearest to equal lengths."""
    groups = list(val.groups)
    total = sum(map(len, groups))
    bounds, acc = [], 0
    for g in groups[:-1]:
        acc += len(g)
        bounds.append(acc)
    cuts = []
    for i in range(1, n):
        target = total * i / n
        best = min(bounds, key=lambda b: abs(b - target), default=None)
        cuts.append(best)
    sizes = (
        [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)] if None not in cuts else []
    )
    if not sizes or min(sizes) < 2 or len(set(cuts)) != len(cuts):
        s = val.compact
        size = -(-len(s) // n)
        return [s[i : i + size] for i in range(0, len(s), size)]
    out, i, start = [], 0, 0
    for end in [*cuts, total]:
        part, length = [], 0
        while i < len(groups) and start + length < end:
            part.append(groups[i])
            length += len(groups[i])
            i += 1
        out.append(" ".join(part))
        start += length
    return out


def needs_redraw(fam: str, val: Value) -> bool:
    return fam == "sub" and not any(c in "01" for c in val.compact)


def instantiate(
    lang: str, tidx: int, k: int, tpl: list[str], locales: list[str]
) -> tuple[str, list[dict]]:
    rng = seeded("sc18", lang, tidx, k)
    pinned, msgs = template_meta(tpl)
    pool = pinned or locales
    bases = {parse_slot(s)[1] for m in msgs for s in SLOT.findall(m)}
    homes = [HOME[b] for b in sorted(bases) if b in HOME and HOME[b].startswith(lang)]
    locale = homes[0] if homes and not pinned else rng.choice(pool)
    values: dict[str, Value] = {}
    keeps: dict[str, str] = {}
    mm_total: dict[str, int] = {}
    for m in msgs:
        for spec in SLOT.findall(m):
            name, _, fam = parse_slot(spec)
            if fam.startswith("mm"):
                mm_total[name] = max(mm_total.get(name, 0), "ABC".index(fam[2]) + 1)
    if any(n < 2 for n in mm_total.values()):
        raise ValueError(f"{lang} template {tidx}: a multi_message value needs two or three parts")
    groups = {name: f"g{i + 1}" for i, name in enumerate(sorted(mm_total))}
    out_msgs = []
    for m in msgs:
        text, pii, keep = "", [], []
        pos = 0
        for match in SLOT.finditer(m):
            text += m[pos : match.start()]
            pos = match.end()
            name, base, fam = parse_slot(match.group(1))
            if base.startswith("#"):
                kind = base[1:]
                if name not in keeps or name == base:
                    keeps[name] = draw_keep(kind, rng, locale, lang)
                s = keeps[name]
                keep.append(
                    {
                        "kind": KIND_NAMES[kind],
                        "start": len(text),
                        "end": len(text) + len(s),
                        "value": s,
                    }
                )
                text += s
                continue
            pii_type = ALIAS[base]
            fam_key = fam[:2] if fam.startswith("mm") else fam
            if name not in values:
                for _ in range(200):
                    if (
                        base == "IBAN"
                        and locale.split("-")[1] in ("MX", "US", "AR", "CO", "CL")
                        and lang == "es"
                    ):
                        v = iban_value(rng, "es-ES")
                    else:
                        v = DRAW[pii_type](rng, locale)
                    if not needs_redraw(fam_key, v):
                        break
                if not validate(pii_type, v.compact):
                    raise ValueError(f"{lang} template {tidx}: drawn {pii_type} fails its check")
                values[name] = v
            val = values[name]
            if fam_key == "mm":
                part = split_parts(val, mm_total[name])["ABC".index(fam[2])]
                s = part
            else:
                s = render(pii_type, fam_key, val, rng, lang, locale)
            item = {
                "type": pii_type,
                "family": FAMILY[fam_key],
                "start": len(text),
                "end": len(text) + len(s),
                "value": s,
            }
            if fam_key == "mm":
                item["group"] = groups[name]
            pii.append(item)
            text += s
        text += m[pos:]
        out_msgs.append({"text": text, "pii": pii, "must_keep": keep})
    return locale, out_msgs


def check_message(msg: dict) -> list[str]:
    errs = []
    text = msg["text"]
    spans = sorted(msg["pii"] + msg["must_keep"], key=lambda s: s["start"])
    covered = set()
    last_end = -1
    for s in spans:
        v = text[s["start"] : s["end"]]
        if v != s["value"]:
            errs.append(f"value mismatch {s}")
        if not v or v != v.strip():
            errs.append(f"whitespace at span edge {s!r}")
        if s["start"] < last_end:
            errs.append(f"overlap {s}")
        last_end = s["end"]
        covered.update(range(s["start"], s["end"]))
    for i, c in enumerate(text):
        if c.isdigit() and i not in covered:
            errs.append(f"uncovered digit at {i}: {text!r}")
            break
    return errs


def split_templates(lang: str, templates: list[list[str]]) -> dict[int, str]:
    split = {}
    for i, tpl in enumerate(templates):
        h = int(hashlib.sha256(f"sc18|{lang}|{'||'.join(tpl)}".encode()).hexdigest(), 16) % 100
        split[i] = "dev" if h < DEV_SHARE else "sealed"
    keys = {i: template_keys(t) for i, t in enumerate(templates)}
    order = sorted(keys, key=lambda i: hashlib.sha256(f"{lang}{i}".encode()).hexdigest())
    for _ in range(3):
        for target in ("dev", "sealed"):
            other = "sealed" if target == "dev" else "dev"
            have = set().union(*(keys[i] for i in keys if split[i] == target))
            for key in sorted(set().union(*keys.values()) - have):
                for i in order:
                    if split[i] != other or key not in keys[i]:
                        continue
                    # move only if the other split keeps everything this template covers
                    rest = set().union(*(keys[j] for j in keys if split[j] == other and j != i))
                    if keys[i] <= rest:
                        split[i] = target
                        break
    return split


def instance_count(lang: str, tpl: list[str]) -> int:
    """Chit-chat-heavy templates are drawn less often (no-PII messages 15-20%), and
    multi-message templates a little more often (at least 8% of conversations)."""
    keys = template_keys(tpl)
    if not keys:
        return NO_PII_INSTANCES
    _, msgs = template_meta(tpl)
    bare = sum(
        1 for m in msgs if not any(not parse_slot(x)[1].startswith("#") for x in SLOT.findall(m))
    )
    if "family:multi_message" in keys:
        return INSTANCES[lang] + 1
    if 2 * bare >= len(msgs):
        return INSTANCES[lang] - 2
    return INSTANCES[lang]


def build() -> tuple[list[dict], list[dict], list[str]]:
    dev, sealed, errors = [], [], []
    for lang, (templates, locales) in LANGS.items():
        split = split_templates(lang, templates)
        n = 0
        for tidx, tpl in enumerate(templates):
            for msg in tpl:
                if any(c.isdigit() for c in msg):
                    errors.append(f"{lang} template {tidx} has a digit")
            for k in range(instance_count(lang, tpl)):
                n += 1
                locale, msgs = instantiate(lang, tidx, k, tpl, locales)
                for m in msgs:
                    errors.extend(f"{lang}/{tidx}: {e}" for e in check_message(m))
                    for p in m["pii"]:
                        if p["family"] in ("plain", "context_only"):
                            compact = "".join(
                                c for c in p["value"] if c.isalnum() or c in "@.+/_-!#$%&*?~"
                            )
                            if p["type"] in (
                                "CREDIT_DEBIT_NUMBER",
                                "SSN",
                                "BR_CPF",
                                "BR_CNPJ",
                                "FR_NIR",
                                "DE_TAX_ID",
                                "PT_NIF",
                                "MX_CLABE",
                            ):
                                compact = "".join(c for c in compact if c.isdigit())
                            if p["type"] in (
                                "ES_DNI",
                                "ES_NIE",
                                "MX_RFC",
                                "MX_CURP",
                                "UK_NATIONAL_INSURANCE_NUMBER",
                                "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
                            ):
                                compact = "".join(c for c in compact if c.isalnum()).upper()
                            if p["type"] == "MAC_ADDRESS":
                                compact = p["value"]
                            if p["type"] == "PHONE":
                                if not phone_ok(p["value"], locale.split("-")[1]):
                                    errors.append(f"{lang}/{tidx}: invalid phone {p['value']!r}")
                                continue
                            if not validate(p["type"], compact):
                                errors.append(f"{lang}/{tidx}: invalid {p['type']} {p['value']!r}")
                conv = {
                    "id": f"sc18-{lang}-{n:04d}",
                    "lang": lang,
                    "locale": locale,
                    "split": split[tidx],
                    "template": f"{lang}-{tidx:03d}",
                    "messages": msgs,
                }
                (dev if split[tidx] == "dev" else sealed).append(conv)
    return dev, sealed, errors


def coverage_errors(dev: list[dict], sealed: list[dict]) -> list[str]:
    errs = []
    for lang in LANGS:
        sets = []
        for convs in (dev, sealed):
            s = set()
            for c in convs:
                if c["lang"] == lang:
                    for m in c["messages"]:
                        for p in m["pii"]:
                            s.add("type:" + p["type"])
                            s.add("family:" + p["family"])
            sets.append(s)
        for key in sorted(sets[0] ^ sets[1]):
            errs.append(f"{lang}: {key} only in {'dev' if key in sets[0] else 'sealed'}")
        missing = {"type:" + t for t in DRAW} | {"family:" + f for f in FAMILY.values()}
        for key in sorted(missing - sets[0] - sets[1]):
            errs.append(f"{lang}: {key} missing")
    return errs


def serialise(convs: list[dict]) -> bytes:
    lines = []
    for c in convs:
        c = {k: v for k, v in c.items() if k != "template"}
        lines.append(json.dumps(c, ensure_ascii=False, sort_keys=False))
    return ("\n".join(lines) + "\n").encode()


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
        f.write(data)
    return buf.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="regenerate and compare, write nothing"
    )
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args()
    dev, sealed, errors = build()
    errors += coverage_errors(dev, sealed)
    for e in errors[:40]:
        print("ERROR", e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} self-check errors", file=sys.stderr)
        return 1
    dev_bytes, sealed_bytes = serialise(dev), gz(serialise(sealed))
    if args.stats:
        from .stats import report

        print(report(dev, sealed, {lang: len(t) for lang, (t, _) in LANGS.items()}))
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev_bytes and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed_bytes
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    (HERE / "dev.jsonl").write_bytes(dev_bytes)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed_bytes)
    print(f"wrote {len(dev)} dev and {len(sealed)} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
