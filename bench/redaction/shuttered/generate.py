"""Instantiate the sc14 templates, split them, self-check, and write dev.jsonl / sealed.jsonl.gz.

Usage: python -m bench.redaction.shuttered.generate [--check] [--stats]
"""

import gzip
import hashlib
import io
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from . import values as V
from .templates_de import TEMPLATES as DE
from .templates_en import TEMPLATES as EN
from .templates_es import TEMPLATES as ES
from .templates_fr import TEMPLATES as FR
from .templates_pt import TEMPLATES as PT

HERE = Path(__file__).parent
LANGS = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}
LOCALES = {
    "en": [
        "en-US",
        "en-US",
        "en-GB",
        "en-GB",
        "en-IE",
        "en-CA",
        "en-AU",
        "en-IN",
        "en-NZ",
        "en-ZA",
    ],
    "es": ["es-ES", "es-ES", "es-MX", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-FR", "fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-DE", "de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-BR", "pt-BR", "pt-PT", "pt-PT", "pt-AO"],
}
HOME = {
    "SSN": "US",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": "US",
    "UK_NATIONAL_INSURANCE_NUMBER": "GB",
    "ES_DNI": "ES",
    "ES_NIE": "ES",
    "MX_CURP": "MX",
    "MX_RFC": "MX",
    "MX_CLABE": "MX",
    "BR_CPF": "BR",
    "BR_CNPJ": "BR",
    "FR_NIR": "FR",
    "DE_TAX_ID": "DE",
    "PT_NIF": "PT",
}
FAMILIES = {
    "plain": "plain",
    "spaced": "spaced_or_dashed",
    "noise": "split_by_noise",
    "leet": "letter_substitution",
    "spelled": "spelled_out",
    "espelled": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "compact": "compact_expiry",
    "ibanb": "iban_broken",
    "mm": "multi_message",
    "ctx": "context_only",
}
SLOT = re.compile(r"\{([A-Za-z_@]+)(?::([a-z]+))?(?::([abc]))?\}")
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
AT = {
    "en": [" at ", " [at] ", " (at) "],
    "es": [" arroba ", " arroba ", " @ "],
    "fr": [" arobase ", " at ", " a commercial "],
    "de": [" at ", " ät ", " (at) "],
    "pt": [" arroba ", " arroba ", " at "],
}
DOT = {
    "en": [" dot "],
    "es": [" punto "],
    "fr": [" point "],
    "de": [" punkt ", " dot "],
    "pt": [" ponto "],
}
NOISE = [" 🙂 ", " | ", " / ", " ... ", "\n", " 👉 ", " - ", " || ", " ✨ ", " , "]
NOISE_WORDS = {
    "en": [" then ", " and "],
    "es": [" y ", " luego "],
    "fr": [" et ", " puis "],
    "de": [" und ", " dann "],
    "pt": [" e ", " depois "],
}


def spell(r: random.Random, s: str, lang: str) -> str:
    w = WORDS[lang]
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            if lang == "en" and i + 1 < len(s) and s[i + 1] == c and r.random() < 0.6:
                out.append("double " + w[int(c)])
                i += 2
                continue
            out.append("oh" if lang == "en" and c == "0" and r.random() < 0.4 else w[int(c)])
        elif c == "+":
            out.append({"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}[lang])
        elif c.isalpha():
            out.append(c)
        i += 1
    return " ".join(out)


def leet(r: random.Random, s: str) -> str | None:
    pos = [i for i, c in enumerate(s) if c in "01"]
    if not pos:
        return None
    pick = set(r.sample(pos, max(1, len(pos) // 2 + (1 if r.random() < 0.5 else 0))))
    sub = {"0": ["O", "o", "O"], "1": ["l", "I", "l"]}
    return "".join(r.choice(sub[c]) if i in pick else c for i, c in enumerate(s))


def render(r, typ, fam, groups, plain, lang):
    if fam in ("plain", "ctx", "url", "kv"):
        return plain
    if fam == "spaced":
        sep = r.choice([" ", "-", " ", ".", "  "])
        return sep.join(groups)
    if fam == "noise":
        sep = r.choice(NOISE + NOISE_WORDS[lang])
        return sep.join(groups)
    if fam == "leet":
        base = plain if r.random() < 0.6 else " ".join(groups)
        return leet(r, base)
    if fam == "spelled":
        if typ == "CREDIT_DEBIT_EXPIRY":
            return spell(r, groups[0], lang) + r.choice([" ", " / "]) + spell(r, groups[1], lang)
        return r.choice([", ", " ", " - "]).join(spell(r, g, lang) for g in groups)
    if fam == "espelled":
        local, dom = plain.split("@")
        d = r.choice(DOT[lang])
        at = r.choice(AT[lang])
        loc = local.replace(".", d) if r.random() < 0.7 else local
        return loc + at + dom.replace(".", d)
    if fam == "pct":
        if typ == "EMAIL":
            return plain.replace("@", "%40").replace("+", "%2B")
        if typ == "PHONE":
            return "%2B" + "".join(c for c in plain if c.isdigit())
        return plain.replace("@", "%40").replace("+", "%2B").replace("/", "%2F")
    if fam == "compact":
        return groups[0] + groups[1]
    if fam == "ibanb":
        compact = "".join(groups)
        cut = r.choice([4, 4, 4, 2, 6])
        parts = [compact[i : i + cut] for i in range(0, len(compact), cut)]
        if r.random() < 0.5:
            return r.choice([" ", "-", " - ", "\n", "  "]).join(parts)
        out = parts[0]
        for p in parts[1:]:
            out += r.choice([" ", " ", "-", "\n", " \n"]) + p
        return out
    raise KeyError(fam)


def instantiate(tpl: str, lang: str, r: random.Random):
    locale = None
    m = re.match(r"@([a-z]{2}-[A-Z]{2}) ", tpl)
    if m:
        locale, tpl = m.group(1), tpl[m.end() :]
    types = [V.ALIAS.get(s.group(1), s.group(1)) for s in SLOT.finditer(tpl)]
    if locale is None:
        locs = LOCALES[lang]
        homes = [HOME[t] for t in types if t in HOME]
        fits = [lc for lc in locs if homes and lc.endswith("-" + homes[0])]
        locale = r.choice(fits or locs)
    cache = {}
    messages = []
    for raw in tpl.split(" || "):
        raw = raw.replace("\\n", "\n")
        text, pii, keep, pos = "", [], [], 0
        for s in SLOT.finditer(raw):
            text += raw[pos : s.start()]
            pos = s.end()
            name, fam, part = s.group(1), s.group(2) or "plain", s.group(3)
            if name.startswith("@"):
                v = V.mk_value(r, name[1:], locale)
                keep.append(
                    {
                        "kind": V.MK_KIND[name[1:]],
                        "start": len(text),
                        "end": len(text) + len(v),
                        "value": v,
                    }
                )
                text += v
                continue
            typ = V.ALIAS.get(name, name)
            if fam == "mm":
                key = (typ, "mm")
                if key not in cache:
                    nparts = max(
                        ord(x.group(3)) - 96
                        for x in SLOT.finditer(tpl)
                        if x.group(2) == "mm" and V.ALIAS.get(x.group(1), x.group(1)) == typ
                    )
                    while True:
                        groups, plain = V.DRAW[typ](r, locale)
                        if len(groups) >= nparts:
                            break
                    k = len(groups)
                    cuts = sorted(r.sample(range(1, k), nparts - 1))
                    bounds = [0, *cuts, k]
                    sep = r.choice([" ", " ", "-", ""]) if typ != "EMAIL" else ""
                    parts = [sep.join(groups[bounds[i] : bounds[i + 1]]) for i in range(nparts)]
                    cache[key] = (parts, "g" + str(len([c for c in cache if c[1] == "mm"]) + 1))
                parts, gid = cache[key]
                v = parts[ord(part) - 97]
                item = {
                    "type": typ,
                    "family": "multi_message",
                    "start": len(text),
                    "end": len(text) + len(v),
                    "value": v,
                    "group": gid,
                }
            else:
                ck = (typ, fam, part)
                if part and ck in cache:
                    v = cache[ck]
                else:
                    for _ in range(200):
                        groups, plain = V.DRAW[typ](r, locale)
                        v = render(r, typ, fam, groups, plain, lang)
                        if v:
                            break
                    cache[ck] = v
                item = {
                    "type": typ,
                    "family": FAMILIES[fam],
                    "start": len(text),
                    "end": len(text) + len(v),
                    "value": v,
                }
            pii.append(item)
            text += v
        text += raw[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    return locale, messages


def check_conv(conv):
    for m in conv["messages"]:
        t = m["text"]
        spans = sorted([(x["start"], x["end"]) for x in m["pii"] + m["must_keep"]])
        for a, b in itertools.pairwise(spans):
            assert a[1] <= b[0], ("overlap", conv["id"])
        for x in m["pii"] + m["must_keep"]:
            assert t[x["start"] : x["end"]] == x["value"], conv["id"]
            assert x["value"], conv["id"]
            assert x["value"] == x["value"].strip(), (
                "space",
                conv["id"],
            )
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, c in enumerate(t):
            if c.isdigit():
                assert i in covered, ("uncovered digit", conv["id"], t)
        for x in m["must_keep"]:
            assert not V.passes_identifier(x["value"]), ("keep passes id", conv["id"])


def assign_splits(lang, tpls):
    keys = []
    for t in tpls:
        ks = set()
        for s in SLOT.finditer(t):
            if s.group(1).startswith("@"):
                continue
            typ = V.ALIAS.get(s.group(1), s.group(1))
            fam = FAMILIES[s.group(2) or "plain"]
            ks |= {("t", typ), ("f", fam)}
        keys.append(ks)
    split = []
    for t in tpls:
        h = int(hashlib.sha256(f"sc14|{lang}|{t}".encode()).hexdigest(), 16) % 1000
        split.append("dev" if h < 300 else "sealed")
    allk = set().union(*keys)
    for _ in range(5):
        for k in sorted(allk):
            for want, other in (("dev", "sealed"), ("sealed", "dev")):
                if any(k in keys[i] and split[i] == want for i in range(len(tpls))):
                    continue
                cands = [i for i in range(len(tpls)) if k in keys[i] and split[i] == other]
                if len(cands) < 2:
                    raise SystemExit(f"{lang}: {k} needs two templates")

                # move the candidate whose other keys are best covered in its current split
                def spare(i, other=other):
                    return min(
                        sum(1 for j in range(len(tpls)) if kk in keys[j] and split[j] == other)
                        for kk in keys[i]
                    )

                best = max(cands, key=spare)
                split[best] = want
    return split, allk, keys


INSTANCES = 7


def build():
    out = {"dev": [], "sealed": []}
    for lang, tpls in LANGS.items():
        for t in tpls:
            if any(c.isdigit() for c in t):
                raise SystemExit(f"digit in template: {t[:60]}")
        split, allk, _keys = assign_splits(lang, tpls)
        n = 0
        for i, t in enumerate(tpls):
            for k in range(INSTANCES):
                r = random.Random(f"sc14|{lang}|{i}|{k}")
                locale, msgs = instantiate(t, lang, r)
                n += 1
                conv = {
                    "id": f"sc14-{lang}-{n:04d}",
                    "lang": lang,
                    "locale": locale,
                    "split": split[i],
                    "messages": msgs,
                    "template": i,
                }
                check_conv(conv)
                out[split[i]].append(conv)
        for sp in ("dev", "sealed"):
            have = set()
            for c in out[sp]:
                if c["lang"] == lang:
                    for m in c["messages"]:
                        for x in m["pii"]:
                            have |= {("t", x["type"]), ("f", x["family"])}
            missing = allk - have
            assert not missing, (lang, sp, missing)
    return out


def serialise(out):
    dev = "".join(
        json.dumps({k: v for k, v in c.items() if k != "template"}, ensure_ascii=False) + "\n"
        for c in out["dev"]
    )
    sealed_txt = "".join(
        json.dumps({k: v for k, v in c.items() if k != "template"}, ensure_ascii=False) + "\n"
        for c in out["sealed"]
    )
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        g.write(sealed_txt.encode())
    return dev.encode(), buf.getvalue()


def stats(out):
    rows = {}
    fam, typ = Counter(), Counter()
    for sp in ("dev", "sealed"):
        for c in out[sp]:
            row = rows.setdefault(c["lang"], Counter())
            row[sp + "_conv"] += 1
            row["templates"] = max(row["templates"], c["template"] + 1)
            if any(x["family"] == "multi_message" for m in c["messages"] for x in m["pii"]):
                row["mm_conv"] += 1
            for m in c["messages"]:
                row["messages"] += 1
                row["pii"] += len(m["pii"])
                row["must_keep"] += len(m["must_keep"])
                row["no_pii"] += not m["pii"]
                for x in m["pii"]:
                    fam[x["family"]] += 1
                    typ[x["type"]] += 1
    cols = [
        "templates",
        "dev_conv",
        "sealed_conv",
        "messages",
        "no_pii",
        "pii",
        "must_keep",
        "mm_conv",
    ]
    print("| lang | " + " | ".join(cols) + " | no_pii % | mm_conv % |")
    print("|---" * (len(cols) + 3) + "|")
    tot = Counter()
    for lang, row in [*rows.items(), ("all", tot)]:
        if lang != "all":
            tot.update(row)
        convs = row["dev_conv"] + row["sealed_conv"]
        pct = f"{100 * row['no_pii'] / row['messages']:.1f} | {100 * row['mm_conv'] / convs:.1f}"
        print(f"| {lang} | " + " | ".join(str(row[c]) for c in cols) + f" | {pct} |")
    print("\n| family | pii values |\n|---|---|")
    for k, v in sorted(fam.items()):
        print(f"| {k} | {v} |")
    print("\n| type | pii values |\n|---|---|")
    for k, v in sorted(typ.items()):
        print(f"| {k} | {v} |")


def main(argv):
    out = build()
    dev, sealed = serialise(out)
    if "--stats" in argv:
        stats(out)
    if "--check" in argv:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: identical" if ok else "check: DIFFERENT")
        return 0 if ok else 1
    (HERE / "dev.jsonl").write_bytes(dev)
    (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
