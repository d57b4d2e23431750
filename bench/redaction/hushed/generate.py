"""Instantiate the hand-written templates into dev.jsonl and sealed.jsonl.gz, with self-checks.

    python -m bench.redaction.hushed.generate          # write both files
    python -m bench.redaction.hushed.generate --check  # regenerate and compare, write nothing

Randomness comes from ``random.Random(<string seed>)`` (seeded through SHA-512), so the output
does not depend on PYTHONHASHSEED, the platform or the order templates are edited in.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import io
import itertools
import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import quote

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, ssn

from . import mustkeep, render
from . import values as v
from .templates_de import TEMPLATES as DE
from .templates_en import TEMPLATES as EN
from .templates_es import TEMPLATES as ES
from .templates_fr import TEMPLATES as FR
from .templates_pt import TEMPLATES as PT

HERE = Path(__file__).resolve().parent
SEED = "hushed-sc13-v1"
INSTANCES = 6
INSTANCES_WITHOUT_PII = (
    3  # greetings and order questions: fewer copies keep no-PII messages near 18%
)
DEV_SHARE = 0.30

LANGS = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}
LOCALES = {
    "en": ["en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"],
    "es": ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT", "pt-AO"],
}

PII = {
    "card": ("CREDIT_DEBIT_NUMBER", v.card),
    "cvv": ("CREDIT_DEBIT_CVV", v.cvv),
    "exp": ("CREDIT_DEBIT_EXPIRY", None),
    "pin": ("PIN", v.pin),
    "acct": ("BANK_ACCOUNT_NUMBER", v.account),
    "routing": ("BANK_ROUTING", v.routing),
    "iban": ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", v.iban_for),
    "swift": ("SWIFT_CODE", v.swift),
    "email": ("EMAIL", None),
    "phone": ("PHONE", v.phone),
    "ssn": ("SSN", v.us_ssn),
    "itin": ("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", v.us_itin),
    "nino": ("UK_NATIONAL_INSURANCE_NUMBER", v.uk_nino),
    "passport": ("PASSPORT_NUMBER", v.passport),
    "driver": ("DRIVER_ID", v.driver_id),
    "pwd": ("PASSWORD", v.password),
    "user": ("USERNAME", None),
    "akid": ("AWS_ACCESS_KEY", v.aws_key_id),
    "aksecret": ("AWS_SECRET_KEY", v.aws_secret),
    "ip": ("IP_ADDRESS", v.ip_value),
    "mac": ("MAC_ADDRESS", v.mac_value),
    "dni": ("ES_DNI", v.dni_value),
    "nie": ("ES_NIE", v.nie_value),
    "curp": ("MX_CURP", v.curp_value),
    "rfc": ("MX_RFC", v.rfc_value),
    "clabe": ("MX_CLABE", v.clabe_value),
    "cpf": ("BR_CPF", v.cpf_value),
    "cnpj": ("BR_CNPJ", v.cnpj_value),
    "nir": ("FR_NIR", v.nir_value),
    "steuer": ("DE_TAX_ID", v.steuer_value),
    "nif": ("PT_NIF", v.nif_value),
}
FAMILIES = {
    "p": "plain",
    "sp": "spaced_or_dashed",
    "nz": "split_by_noise",
    "lt": "letter_substitution",
    "wd": "spelled_out",
    "at": "email_spelled",
    "pc": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cx": "compact_expiry",
    "ib": "iban_broken",
    "mm": "multi_message",
    "ctx": "context_only",
}
PREFERRED = {
    "dni": ["es-ES"],
    "nie": ["es-ES"],
    "curp": ["es-MX"],
    "rfc": ["es-MX"],
    "clabe": ["es-MX"],
    "cpf": ["pt-BR"],
    "cnpj": ["pt-BR"],
    "nif": ["pt-PT"],
    "nir": ["fr-FR"],
    "steuer": ["de-DE"],
    "ssn": ["en-US", "es-US"],
    "itin": ["en-US", "es-US"],
    "nino": ["en-GB"],
}
SLOT = re.compile(r"\{([a-z]+)(?:\.([a-z]+))?(?:\.([A-Z]{2}))?\}")
SEPARATOR = " || "


class Slot:
    def __init__(self, m: re.Match[str]) -> None:
        self.name, fam, self.cc = m.group(1), m.group(2), m.group(3)
        self.part = 0
        if fam in ("mma", "mmb", "mmc"):
            fam, self.part = "mm", "abc".index(fam[2]) + 1
        self.pii = fam is not None
        self.family = FAMILIES[fam] if fam else ""
        if self.pii and self.name not in PII:
            raise ValueError(f"unknown pii slot {m.group(0)}")
        if not self.pii and self.name not in mustkeep.KINDS:
            raise ValueError(f"unknown must_keep slot {m.group(0)}")


def parse(template: str) -> tuple[str | None, list[str]]:
    locale = None
    if template.startswith("@"):
        locale, _, template = template.partition(" ")
        locale = locale[1:]
    return locale, template.split(SEPARATOR)


def draw_value(rng: random.Random, slot: Slot, loc: str) -> v.Value:
    fn = PII[slot.name][1]
    if slot.name == "phone":
        return v.phone(rng, loc, slot.cc)
    if slot.name == "iban" and slot.cc:
        return v.international(rng, slot.cc)
    if slot.name == "pwd" and slot.family == "url_credentials":
        return v.password(rng, loc, url_safe=True)
    if slot.name == "user":
        u = v.username(rng)
        return v.Value(u, (u,), u)
    assert fn is not None
    return fn(rng, loc)


def render_pii(rng: random.Random, slot: Slot, lang: str, loc: str) -> tuple[str, int, int]:
    """Render one single-message PII slot: (text, value start, value end)."""
    fam = slot.family
    if slot.name == "email":
        return render.email_render(rng, lang, fam)
    if slot.name == "exp":
        text, _ = render.expiry_text(v.expiry(rng), lang, rng, fam)
        return text, 0, len(text)
    for _ in range(60):
        val = draw_value(rng, slot, loc)
        if fam == "letter_substitution":
            base = val.plain if rng.random() < 0.5 else render.spaced_join(val.groups, rng)
            text = render.leet(base, rng)
            if text == base:
                continue
            return text, 0, len(text)
        break
    else:
        raise RuntimeError(f"no letter substitution possible for {slot.name}")
    if fam == "url_credentials":
        return render.url_credentials(rng, val.plain)
    if fam == "key_value_secret":
        return render.key_value(rng, slot.name, val.plain)
    if fam == "percent_encoded":
        if slot.name == "phone":
            head = rng.choice(
                [
                    "https://wa.example.com/send?phone=",
                    "https://call.example.net/click?tel=",
                    "tel:",
                ]
            )
            value = quote(val.compact, safe="")
            return head + value, len(head), len(head) + len(value)
        secret = (
            val.plain if quote(val.plain, safe="") != val.plain else val.plain + rng.choice("#!&@")
        )
        return render.pct_secret(rng, secret)
    if fam == "spaced_or_dashed":
        text = render.spaced_join(val.groups, rng)
    elif fam == "iban_broken":
        sep = rng.choice([" ", "-", "\n", " ", "  ", " \n"])
        text = (
            sep.join(val.groups)
            if rng.random() < 0.7
            else " ".join(val.groups[:3]) + "\n" + " ".join(val.groups[3:])
        )
    elif fam == "split_by_noise":
        text = render.noise_join(val.groups, lang, rng)
    elif fam == "spelled_out":
        text = render.spelled(val.groups, lang, loc, rng)
    elif fam == "context_only":
        text = val.compact
    else:
        text = val.plain
    return text, 0, len(text)


def split_parts(groups: tuple[str, ...], k: int) -> list[str]:
    if len(groups) < k:
        flat = "".join(groups)
        size = -(-len(flat) // k)
        groups = tuple(flat[i : i + size] for i in range(0, len(flat), size))
    per = len(groups) / k
    parts = []
    for i in range(k):
        lo, hi = round(i * per), round((i + 1) * per)
        parts.append(" ".join(groups[lo:hi]))
    return parts


def instantiate(template: str, lang: str, rng: random.Random) -> dict[str, object]:
    locale, messages = parse(template)
    slots_by_msg = [[Slot(m) for m in SLOT.finditer(msg)] for msg in messages]
    names = {s.name for ms in slots_by_msg for s in ms}
    if locale is None:
        pool = LOCALES[lang]
        preferred = [loc for n in sorted(names) for loc in PREFERRED.get(n, []) if loc in pool]
        locale = rng.choice(preferred or pool)
    # multi-message values: one value per name, split into as many parts as the template uses
    mm_parts: dict[str, list[str]] = {}
    mm_group: dict[str, str] = {}
    for ms in slots_by_msg:
        for s in ms:
            if s.family == "multi_message" and s.name not in mm_parts:
                k = max(
                    t.part
                    for m2 in slots_by_msg
                    for t in m2
                    if t.name == s.name and t.family == "multi_message"
                )
                if s.name == "exp":
                    e = v.expiry(rng)
                    groups: tuple[str, ...] = (f"{e.month:02d}", f"{e.year % 100:02d}")
                else:
                    groups = draw_value(rng, s, locale).groups
                mm_parts[s.name] = split_parts(groups, k)
                mm_group[s.name] = f"g{len(mm_group) + 1}"
    out_messages = []
    for msg, ms in zip(messages, slots_by_msg, strict=True):
        text, pii, keep, pos = "", [], [], 0
        for m, s in zip(SLOT.finditer(msg), ms, strict=True):
            text += msg[pos : m.start()]
            pos = m.end()
            base = len(text)
            if not s.pii:
                kind = mustkeep.KINDS[s.name]
                piece = mustkeep.must_keep(
                    rng, mustkeep.DRAW_KIND.get(s.name, s.name), lang, locale
                )
                if kind == "postal_code" and v.LOCALE_REGION[locale] == "US":
                    kind = "zip_code"
                text += piece
                keep.append({"kind": kind, "start": base, "end": len(text), "value": piece})
                continue
            item: dict[str, object] = {"type": PII[s.name][0], "family": s.family}
            if s.family == "multi_message":
                piece, a, b = mm_parts[s.name][s.part - 1], 0, len(mm_parts[s.name][s.part - 1])
                item["group"] = mm_group[s.name]
            else:
                piece, a, b = render_pii(rng, s, lang, locale)
            text += piece
            item.update({"start": base + a, "end": base + b, "value": piece[a:b]})
            pii.append(item)
        text += msg[pos:]
        out_messages.append({"text": text, "pii": pii, "must_keep": keep})
    return {"locale": locale, "messages": out_messages}


def template_fraction(lang: str, template: str) -> float:
    h = hashlib.sha256(f"{SEED}|{lang}|{template}".encode()).hexdigest()
    return int(h[:12], 16) / 16**12


def features(template: str) -> set[str]:
    out = set()
    for m in SLOT.finditer(template):
        s = Slot(m)
        if s.pii:
            out.add("type:" + PII[s.name][0])
            out.add("family:" + s.family)
    return out


def assign_splits(lang: str, templates: list[str]) -> list[str]:
    """~30% of templates to dev by hash, then moves so both splits cover every feature."""
    order = sorted(range(len(templates)), key=lambda i: template_fraction(lang, templates[i]))
    n_dev = round(len(templates) * DEV_SHARE)
    split = ["sealed"] * len(templates)
    for i in order[:n_dev]:
        split[i] = "dev"
    feats = [features(t) for t in templates]
    every = sorted(set().union(*feats))

    def count(f: str, where: str, skip: int = -1) -> int:
        return sum(1 for j in order if j != skip and f in feats[j] and split[j] == where)

    for _ in range(20):
        moved = False
        for want in ("dev", "sealed"):
            other = "sealed" if want == "dev" else "dev"
            for f in every:
                if count(f, want):
                    continue
                for i in order if want == "dev" else reversed(order):
                    if (
                        f in feats[i]
                        and split[i] == other
                        and all(count(g, other, skip=i) for g in feats[i])
                    ):
                        split[i], moved = want, True
                        break
        if not moved:
            break
    return split


def build() -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {"dev": [], "sealed": []}
    for lang, templates in LANGS.items():
        splits = assign_splits(lang, templates)
        convs = []
        for idx, template in enumerate(templates):
            has_pii = any(Slot(m).pii for m in SLOT.finditer(template))
            for k in range(INSTANCES if has_pii else INSTANCES_WITHOUT_PII):
                rng = random.Random(f"{SEED}|{lang}|{template}|{k}")
                conv = instantiate(template, lang, rng)
                conv["split"] = splits[idx]
                conv["_order"] = template_fraction(lang, f"{template}|{k}")
                convs.append(conv)
        convs.sort(key=lambda c: c["_order"])  # type: ignore[arg-type,return-value]
        for n, conv in enumerate(convs, 1):
            del conv["_order"]
            record = {
                "id": f"sc13-{lang}-{n:04d}",
                "lang": lang,
                "locale": conv["locale"],
                "split": conv["split"],
                "messages": conv["messages"],
            }
            out[str(conv["split"])].append(record)
    return out


# ---------------------------------------------------------------- self-checks


def check_templates() -> list[str]:
    errors = []
    for lang, templates in LANGS.items():
        if len(templates) < 150:
            errors.append(f"{lang}: only {len(templates)} templates")
        if len(set(templates)) != len(templates):
            errors.append(f"{lang}: duplicate templates")
        for t in templates:
            _, msgs = parse(t)
            if any(c.isdigit() for c in t):  # slot names hold no digits either
                errors.append(f"{lang}: digit in template text")
            if not 1 <= len(msgs) <= 4:
                errors.append(f"{lang}: template with {len(msgs)} messages")
            for m in SLOT.finditer(t):
                Slot(m)
            errors += check_multi_message(lang, msgs)
            stray = SLOT.sub("", t)
            if "{" in stray or "}" in stray:
                errors.append(f"{lang}: malformed slot in {t[:40]!r}")
    return errors


def check_multi_message(lang: str, msgs: list[str]) -> list[str]:
    """Parts a, b(, c) of one multi_message value sit in consecutive messages, in order."""
    where: dict[str, list[tuple[int, int]]] = {}
    for i, msg in enumerate(msgs):
        for m in SLOT.finditer(msg):
            s = Slot(m)
            if s.family == "multi_message":
                where.setdefault(s.name, []).append((s.part, i))
    errors = []
    for name, found in where.items():
        parts, idx = [p for p, _ in found], [i for _, i in found]
        if (
            len(parts) < 2
            or parts != list(range(1, len(parts) + 1))
            or idx != list(range(idx[0], idx[0] + len(idx)))
        ):
            errors.append(f"{lang}: multi_message {name} parts not consecutive")
    return errors


def check_records(out: dict[str, list[dict[str, object]]]) -> list[str]:
    errors = []
    for split, records in out.items():
        for r in records:
            for msg in r["messages"]:  # type: ignore[union-attr]
                text = msg["text"]
                spans = []
                for kind, items in (("pii", msg["pii"]), ("keep", msg["must_keep"])):
                    for it in items:
                        s, e = it["start"], it["end"]
                        if text[s:e] != it["value"] or not it["value"]:
                            errors.append(f"{r['id']}: value/offset mismatch")
                        if it["value"] != it["value"].strip():
                            errors.append(f"{r['id']}: span edge whitespace")
                        spans.append((s, e, kind))
                spans.sort()
                for a, b in itertools.pairwise(spans):
                    if b[0] < a[1]:
                        errors.append(f"{r['id']}: overlapping spans")
                covered = set()
                for s, e, _ in spans:
                    covered.update(range(s, e))
                for i, c in enumerate(text):
                    if c.isdigit() and i not in covered:
                        errors.append(f"{r['id']}: uncovered digit")
                        break
                for it in msg["must_keep"]:
                    if v.passes_identifier_check(it["value"]):
                        errors.append(f"{r['id']}: must_keep passes an identifier check")
            if r["split"] != split:
                errors.append(f"{r['id']}: wrong split")
    return errors


def stats(out: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    per_lang: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    per_type: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    per_family: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    keep_kinds: collections.Counter[str] = collections.Counter()
    for split, records in out.items():
        for r in records:
            c = per_lang[str(r["lang"])]
            c[f"{split}_conversations"] += 1
            groups = set()
            for msg in r["messages"]:  # type: ignore[union-attr]
                c["messages"] += 1
                c["pii"] += len(msg["pii"])
                c["must_keep"] += len(msg["must_keep"])
                if not msg["pii"]:
                    c["no_pii_messages"] += 1
                for it in msg["pii"]:
                    groups.add(it.get("group"))
                    per_type[it["type"]][split] += 1
                    per_family[it["family"]][split] += 1
                for it in msg["must_keep"]:
                    keep_kinds[it["kind"]] += 1
            if groups - {None}:
                c["multi_message_conversations"] += 1
    for lang, templates in LANGS.items():
        per_lang[lang]["templates"] = len(templates)
    return {
        "per_lang": per_lang,
        "per_type": per_type,
        "per_family": per_family,
        "keep_kinds": keep_kinds,
    }


INTACT = {"plain", "context_only", "spaced_or_dashed", "iban_broken"}


def value_is_valid(pii_type: str, value: str, locale: str) -> bool:
    """Re-validate a value written with its characters intact (only separators added)."""
    c = "".join(ch for ch in value if ch.isalnum()).upper()
    checks = {
        "CREDIT_DEBIT_NUMBER": lambda: luhn.is_valid(c) and 15 <= len(c) <= 16,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: iban.is_valid(c),
        "ES_DNI": lambda: dni.is_valid(c),
        "ES_NIE": lambda: nie.is_valid(c),
        "MX_CURP": lambda: curp.is_valid(c),
        "MX_RFC": lambda: rfc.is_valid(c, validate_check_digits=True),
        "MX_CLABE": lambda: v.clabe_valid(c),
        "BR_CPF": lambda: cpf.is_valid(c),
        "BR_CNPJ": lambda: cnpj.is_valid(c),
        "FR_NIR": lambda: nir.is_valid(c),
        "DE_TAX_ID": lambda: idnr.is_valid(c),
        "PT_NIF": lambda: nif.is_valid(c),
        "SSN": lambda: ssn.is_valid(c),
        "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: itin.is_valid(c),
        "SWIFT_CODE": lambda: bic.is_valid(c),
        "PHONE": lambda: phone_valid(value, locale),
    }
    check = checks.get(pii_type)
    return check() if check else True


def phone_valid(value: str, locale: str) -> bool:
    text = "+" + value.lstrip("+") if value.startswith("+") else value
    for region in [v.LOCALE_REGION[locale], *v.CORPUS_REGIONS]:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def check_values(out: dict[str, list[dict[str, object]]]) -> list[str]:
    errors = []
    for records in out.values():
        for r in records:
            for msg in r["messages"]:  # type: ignore[union-attr]
                for it in msg["pii"]:
                    if it["family"] in INTACT and not value_is_valid(
                        it["type"], it["value"], str(r["locale"])
                    ):
                        errors.append(f"{r['id']}: {it['type']} value fails its check")
    return errors


def check_stats(out: dict[str, list[dict[str, object]]]) -> list[str]:
    errors = []
    st = stats(out)
    per_lang = st["per_lang"]
    msgs = {lang: c["messages"] for lang, c in per_lang.items()}  # type: ignore[union-attr]
    total = sum(msgs.values())
    if total < 5000:
        errors.append(f"only {total} messages")
    if max(msgs.values()) > 1.5 * min(msgs.values()):
        errors.append(f"languages unbalanced: {msgs}")
    no_pii = sum(c["no_pii_messages"] for c in per_lang.values())  # type: ignore[union-attr]
    if not 0.15 <= no_pii / total <= 0.20:
        errors.append(f"no-PII share {no_pii / total:.3f}")
    convs = sum(c["dev_conversations"] + c["sealed_conversations"] for c in per_lang.values())  # type: ignore[union-attr]
    mm = sum(c["multi_message_conversations"] for c in per_lang.values())  # type: ignore[union-attr]
    if mm / convs < 0.08:
        errors.append(f"multi_message conversations {mm / convs:.3f}")
    for lang in LANGS:
        seen: dict[str, set[str]] = {"dev": set(), "sealed": set()}
        for split in ("dev", "sealed"):
            for r in out[split]:
                if r["lang"] == lang:
                    for msg in r["messages"]:  # type: ignore[union-attr]
                        for it in msg["pii"]:
                            seen[split].update({"type:" + it["type"], "family:" + it["family"]})
        missing = seen["dev"] ^ seen["sealed"]
        if missing:
            errors.append(f"{lang}: not in both splits: {sorted(missing)}")
    return errors


def serialise(out: dict[str, list[dict[str, object]]]) -> tuple[bytes, bytes]:
    def lines(records: list[dict[str, object]]) -> bytes:
        return "".join(
            json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records
        ).encode()

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(lines(out["sealed"]))
    return lines(out["dev"]), buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="regenerate and compare, write nothing"
    )
    parser.add_argument("--stats", action="store_true", help="print counts as JSON")
    args = parser.parse_args(argv)
    errors = check_templates()
    out = build()
    errors += check_records(out) + check_values(out) + check_stats(out)
    for e in sorted(set(errors))[:50]:
        print("self-check:", e, file=sys.stderr)
    if args.stats:
        print(json.dumps(stats(out), indent=1, sort_keys=True, ensure_ascii=False))
    dev, sealed = serialise(out)
    if args.check:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("byte-identical" if same else "DIFFERS from committed files")
        return 0 if same and not errors else 1
    if errors:
        return 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    print(f"wrote {len(out['dev'])} dev and {len(out['sealed'])} sealed conversations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
