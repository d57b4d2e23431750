"""Generate dev.jsonl and sealed.jsonl.gz from the hand-written templates.

    python -m bench.redaction.crated.generate            # rewrite both files
    python -m bench.redaction.crated.generate --check    # compare with the files on disk, write nothing
    python -m bench.redaction.crated.generate --stats    # print counts

Template grammar (templates hold no digits):
    {alias}          a PII value; the family is drawn from render.FREE
    {alias:family}   a PII value in a forced family
    {alias~a} {alias~b} {alias~c}   parts of ONE value typed across consecutive messages (multi_message)
    {any}            a context label of the language + a value; type and family cycle to cover every pair
    [kind]           a hard negative (must_keep) of that kind
A template is a list of messages, or (locales, list of messages).
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

from . import keep as K
from . import render as R
from . import values as V

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "fr", "de", "pt"]
INSTANCES = {"dev": 14, "sealed": 14}
ALIASES = {
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
    "pwd": "PASSWORD",
    "user": "USERNAME",
    "ip": "IP_ADDRESS",
    "mac": "MAC_ADDRESS",
    "akey": "AWS_ACCESS_KEY",
    "skey": "AWS_SECRET_KEY",
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
SLOT = re.compile(r"\{(\w+)(?::(\w+))?(?:~([abc]))?\}|\[(\w+)\]")


class Invalid(Exception):
    pass


def load(lang: str):
    return importlib.import_module(f"bench.redaction.crated.templates_{lang}")


def norm_templates(mod, split):
    out = []
    for t in getattr(mod, split.upper()):
        locs, msgs = t if isinstance(t, tuple) else (None, t)
        if isinstance(locs, str):
            locs = [locs]
        out.append((locs or mod.LOCALES, msgs))
    return out


def check_templates(lang, mod):
    seen = {}
    for split in ("dev", "sealed"):
        for locs, msgs in norm_templates(mod, split):
            for m in msgs:
                if re.search(r"\d", m):
                    raise Invalid(f"{lang}: digit in template {m!r}")
                for s in SLOT.finditer(m):
                    if s.group(1) and s.group(1) != "any" and s.group(1) not in ALIASES:
                        raise Invalid(f"{lang}: unknown alias {s.group(1)}")
                    if s.group(4) and s.group(4) not in K.KINDS:
                        raise Invalid(f"{lang}: unknown kind {s.group(4)}")
                literal = SLOT.sub("", m).strip()
                if len(literal) < 12:  # a bare "{card~b}" or "ok" says nothing a tuner could fit
                    continue
                if m in seen and seen[m] != split:
                    raise Invalid(f"{lang}: dev and sealed templates share literal text {m!r}")
                seen[m] = split
    dev = {"\x00".join(m) for _, m in norm_templates(mod, "dev")}
    sealed = {"\x00".join(m) for _, m in norm_templates(mod, "sealed")}
    if dev & sealed:
        raise Invalid(f"{lang}: a template is in both splits")


class AnyCycle:
    """Types cycle so every type shows up in every split; each type rotates through its families."""

    def __init__(self, rng):
        self.types = sorted(V.DRAW)
        rng.shuffle(self.types)
        self.fams = {
            t: [
                f
                for f in R.families_of(t)
                if f != "multi_message" and not (t == "USERNAME" and f == "url_credentials")
            ]
            for t in self.types
        }
        for fs in self.fams.values():
            rng.shuffle(fs)
        self.i = 0
        self.j = {t: 0 for t in self.types}

    def next(self):
        t = self.types[self.i % len(self.types)]
        self.i += 1
        f = self.fams[t][self.j[t] % len(self.fams[t])]
        self.j[t] += 1
        return t, f


def render_conv(rng, lang, loc, msgs, labels, anyc):
    multi = {}
    for m in msgs:
        for s in SLOT.finditer(m):
            if s.group(3):
                multi.setdefault(s.group(1), set()).add(s.group(3))
    mvals = {}
    for alias, parts in multi.items():
        t = ALIASES[alias]
        v = V.DRAW[t](rng, loc)
        mvals[alias] = (t, v, R.split_multi(rng, t, v, len(parts)), f"g{len(mvals) + 1}")
    out = []
    for m in msgs:
        text, pii, mk = "", [], []
        pos = 0
        for s in SLOT.finditer(m):
            text += m[pos : s.start()]
            pos = s.end()
            if s.group(4):
                val = K.draw(s.group(4), rng, lang, loc)
                mk.append(
                    {
                        "kind": s.group(4),
                        "start": len(text),
                        "end": len(text) + len(val),
                        "value": val,
                    }
                )
                text += val
                continue
            alias, fam, part = s.group(1), s.group(2), s.group(3)
            if part:
                t, v, parts, g = mvals[alias]
                pt = parts["abc".index(part)]
                pii.append(
                    {
                        "type": t,
                        "family": "multi_message",
                        "start": len(text),
                        "end": len(text) + len(pt),
                        "value": pt,
                        "group": g,
                        "_canon": v,
                    }
                )
                text += pt
                continue
            if alias == "any":
                t, fam = anyc.next()
                text += rng.choice(labels[t]) + rng.choice(
                    [" ", ": ", " ", " = " if lang == "de" else " "]
                )
            else:
                t = ALIASES[alias]
                fam = fam or R.pick_family(rng, t)
            v = V.DRAW[t](rng, loc)
            while fam == "letter_substitution" and not R.has_swappable(t, v):
                v = V.DRAW[t](rng, loc)  # the family needs a 0 or 1 to disguise
            for seg, lab in R.render(rng, t, fam, v, lang):
                if lab:
                    entry = {
                        "type": lab[0],
                        "family": lab[1],
                        "start": len(text),
                        "end": len(text) + len(seg),
                        "value": seg,
                        "_canon": v if lab[0] == t else None,
                    }
                    pii.append(entry)
                text += seg
        text += m[pos:]
        out.append({"text": text, "pii": pii, "must_keep": mk})
    return out


def validate_conv(conv):
    lang = conv["lang"]
    groups = {}
    for msg in conv["messages"]:
        text = msg["text"]
        spans = []
        for e in msg["pii"] + msg["must_keep"]:
            if text[e["start"] : e["end"]] != e["value"]:
                raise Invalid(f"{conv['id']}: offset mismatch {e}")
            if not e["value"] or e["value"] != e["value"].strip():
                raise Invalid(f"{conv['id']}: whitespace at span edge {e['value']!r}")
            spans.append((e["start"], e["end"]))
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if c < b:
                raise Invalid(f"{conv['id']}: overlapping spans in {text!r}")
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise Invalid(f"{conv['id']}: digit outside span at {i} in {text!r}")
        for e in msg["pii"]:
            canon = e.pop("_canon", None)
            if e["family"] == "multi_message":
                groups.setdefault(e["group"], [canon, e["type"], ""])[2] += R._alnum(e["value"])
                continue
            if canon is None:  # companion USERNAME of a url_credentials password
                continue
            if not V.validate(e["type"], canon, conv["locale"]):
                raise Invalid(f"{conv['id']}: check digits {e}")
            got, want = R.decode(e["type"], e["family"], e["value"], lang), R.key(e["type"], canon)
            if e["family"] == "letter_substitution":
                tr = str.maketrans("OolI", "0011")
                got, want = got.translate(tr).upper(), want.translate(tr).upper()
            if e["family"] in ("email_spelled", "percent_encoded") and e["type"] == "EMAIL":
                want = canon.lower()
            if got != want:
                raise Invalid(
                    f"{conv['id']}: {e['family']} does not decode: {e['value']!r} -> {got!r} != {want!r}"
                )
    for g, (canon, t, joined) in groups.items():
        if R._alnum(canon).upper() != joined.upper() or not V.validate(t, canon, conv["locale"]):
            raise Invalid(f"{conv['id']}: multi_message group {g} does not join back")


def build():
    data = {"dev": [], "sealed": []}
    for lang in LANGS:
        mod = load(lang)
        check_templates(lang, mod)
        n = 0
        for split in ("dev", "sealed"):
            rng = random.Random(f"crated46-{lang}-{split}")
            anyc = AnyCycle(rng)
            temps = norm_templates(mod, split)
            for inst in range(INSTANCES[split]):
                for locs, msgs in temps:
                    loc = rng.choice(locs)
                    n += 1
                    conv = {
                        "id": f"sc46-{lang}-{n:04d}",
                        "lang": lang,
                        "locale": loc,
                        "split": split,
                        "messages": render_conv(rng, lang, loc, msgs, mod.LABELS, anyc),
                    }
                    validate_conv(conv)
                    data[split].append(conv)
    coverage(data)
    return data


def coverage(data):
    for lang in LANGS:
        seen = {}
        for split in ("dev", "sealed"):
            ts, fs = set(), set()
            for c in data[split]:
                if c["lang"] != lang:
                    continue
                for m in c["messages"]:
                    for e in m["pii"]:
                        ts.add(e["type"])
                        fs.add(e["family"])
            seen[split] = (ts, fs)
            if set(V.DRAW) - ts:
                raise Invalid(f"{lang}/{split}: missing types {sorted(set(V.DRAW) - ts)}")
            if set(R.FAMILIES) - fs:
                raise Invalid(f"{lang}/{split}: missing families {sorted(set(R.FAMILIES) - fs)}")


def serialise(data):
    dev = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in data["dev"]).encode()
    raw = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in data["sealed"]).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return dev, buf.getvalue()


def stats(data):
    out = []
    for split in ("dev", "sealed", "all"):
        convs = data["dev"] + data["sealed"] if split == "all" else data[split]
        msgs = [m for c in convs for m in c["messages"]]
        pii = [e for m in msgs for e in m["pii"]]
        mk = [e for m in msgs for e in m["must_keep"]]
        nopii = sum(1 for m in msgs if not m["pii"])
        multi = sum(
            1
            for c in convs
            if any(e["family"] == "multi_message" for m in c["messages"] for e in m["pii"])
        )
        out.append(
            f"== {split}: {len(convs)} conversations, {len(msgs)} messages, {len(pii)} PII spans "
            f"({len({(c['id'], e.get('group')) if e.get('group') else id(e) for c in convs for m in c['messages'] for e in m['pii']})} values), "
            f"{len(mk)} must_keep, {nopii} messages without PII ({100 * nopii / len(msgs):.1f}%), "
            f"{multi} conversations with multi_message ({100 * multi / len(convs):.1f}%)"
        )
        if split != "all":
            continue
        lm = Counter(c["lang"] for c in convs for m in c["messages"])
        out.append(
            "messages per language: "
            + ", ".join(f"{k} {v} ({100 * v / len(msgs):.1f}%)" for k, v in sorted(lm.items()))
        )
        lt = Counter(c["lang"] for c in convs)
        out.append(
            "conversations per language: " + ", ".join(f"{k} {v}" for k, v in sorted(lt.items()))
        )
        out.append(
            "locales: "
            + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c["locale"] for c in convs).items()))
        )
        out.append("PII spans per type:")
        out += [f"  {k:42s} {v}" for k, v in sorted(Counter(e["type"] for e in pii).items())]
        out.append("PII spans per family:")
        out += [f"  {k:42s} {v}" for k, v in sorted(Counter(e["family"] for e in pii).items())]
        out.append("must_keep per kind:")
        out += [f"  {k:42s} {v}" for k, v in sorted(Counter(e["kind"] for e in mk).items())]
    for lang in LANGS:
        nt = {s: len(getattr(load(lang), s.upper())) for s in ("dev", "sealed")}
        out.append(f"templates {lang}: dev {nt['dev']}, sealed {nt['sealed']}")
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    data = build()
    dev, sealed = serialise(data)
    if a.stats:
        print(stats(data))
    if a.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: OK, files on disk match" if ok else "check: FAILED, files on disk differ")
        return 0 if ok else 1
    if not a.stats:
        (HERE / "dev.jsonl").write_bytes(dev)
        (HERE / "sealed.jsonl.gz").write_bytes(sealed)
        print(
            f"wrote dev.jsonl ({len(data['dev'])} conversations) and sealed.jsonl.gz ({len(data['sealed'])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
