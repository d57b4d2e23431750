"""Write dev.jsonl and sealed.jsonl.gz from the templates (deterministic; self-checks first).

python -m bench.redaction.muffled.generate            # check, then write
python -m bench.redaction.muffled.generate --check    # exit 1 if files on disk differ
python -m bench.redaction.muffled.generate --sample 5 # print 5 dev rows
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

from . import families as F
from . import values as V
from .templates_de import TEMPLATES as DE
from .templates_en import TEMPLATES as EN
from .templates_es import TEMPLATES as ES
from .templates_fr import TEMPLATES as FR
from .templates_pt import TEMPLATES as PT

HERE = Path(__file__).parent
LANGS = {"en": EN, "es": ES, "fr": FR, "de": DE, "pt": PT}
INSTANCES = 5
DEV_SHARE = 0.3

ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "BIC": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASS": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "ASK": "AWS_SECRET_KEY",
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
    "sd": "spaced_or_dashed",
    "nz": "split_by_noise",
    "ls": "letter_substitution",
    "sp": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "co": "context_only",
}
KIND = {
    "order": "order_number",
    "track": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "ver": "version",
    "inv": "invoice_number",
    "ticket": "ticket_number",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "count": "count",
    "err": "error_code",
    "size": "data_size",
    "room": "room_number",
    "policy": "policy_number",
    "meter": "meter_reading",
    "contract": "contract_number",
    "pct": "percentage",
    "booking": "booking_reference",
    "plan": "plan_amount",
}
SLOT = re.compile(r"\{([A-Z]+)(\d?)(?::([a-z]+))?(?:@(\d))?\}|<([a-z]+)>")
# the families a letter substitution or spelling makes sense for: values without letters
NO_LETTERS = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "PHONE",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "CREDIT_DEBIT_EXPIRY",
}


class CheckError(Exception):
    pass


# ---------------------------------------------------------------- must_keep values
def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


MONTHS = {
    "en": ["Jan", "March", "Sept", "Nov"],
    "es": ["enero", "marzo", "sept", "nov"],
    "fr": ["janv.", "mars", "sept.", "novembre"],
    "de": ["Jan.", "März", "Sept.", "November"],
    "pt": ["jan", "março", "set", "novembro"],
}


def keep_value(kind: str, lang: str, loc: str, r: random.Random) -> str:
    c = loc.split("-")[1]
    if kind == "order_number":
        return r.choice(
            [
                "#" + _d(r, 6),
                "#" + _d(r, 7),
                "ORD-" + _d(r, 6),
                _d(r, 3) + "-" + _d(r, 7) + "-" + _d(r, 7),
            ]
        )
    if kind == "tracking_number":
        return r.choice(
            [
                "1Z" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXY0123456789") for _ in range(16)),
                "LX" + _d(r, 9) + "CN",
                "JJD" + _d(r, 14),
                "AB" + _d(r, 9) + "BR",
            ]
        )
    if kind == "postal_code":
        return {
            "US": lambda: _d(r, 5) + ("-" + _d(r, 4) if r.random() < 0.6 else ""),
            "GB": lambda: r.choice(["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "LS1 4AP"]),
            "IE": lambda: r.choice(["D02 X285", "T12 XY34", "H91 E2K3"]),
            "CA": lambda: r.choice(["M5V 2T6", "H2X 1Y4", "V6B 4Y8"]),
            "AU": lambda: r.choice(["2000", "3141", "4101"]),
            "NZ": lambda: r.choice(["1010", "6011"]),
            "IN": lambda: r.choice(["560001", "400050", "110017"]),
            "PT": lambda: _d(r, 4) + "-" + _d(r, 3),
            "BR": lambda: _d(r, 5) + "-" + _d(r, 3),
            "AT": lambda: str(r.randint(1010, 9999)),
            "CH": lambda: str(r.randint(1000, 9658)),
            "BE": lambda: str(r.randint(1000, 9992)),
        }.get(c, lambda: _d(r, 5))()
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2026)
        if lang == "en" and c in ("US",):
            return r.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{MONTHS['en'][r.randrange(4)]} {d}"])
        return r.choice(
            [
                f"{d:02d}/{m:02d}",
                f"{d}/{m}/{y}",
                f"{d}.{m}.{y}",
                f"{d} {MONTHS[lang][r.randrange(4)]}",
            ]
        )
    if kind == "time":
        hh, mm = r.randint(8, 20), r.choice(["00", "15", "30", "45"])
        if lang == "en":
            return r.choice(
                [
                    f"{hh}:{mm}",
                    f"{r.randint(1, 11)}pm",
                    f"{r.randint(7, 11)}am",
                    f"{r.randint(1, 11)}:{mm}",
                ]
            )
        if lang in ("fr", "pt"):
            return r.choice([f"{hh}h{mm}", f"{hh}h", f"{hh}:{mm}"])
        if lang == "de":
            return r.choice([f"{hh}:{mm}", f"{hh} Uhr", f"{hh}.{mm} Uhr"])
        return r.choice([f"{hh}:{mm}", f"{hh}h", f"{hh}:{mm} hrs"])
    if kind in ("price", "plan_amount"):
        a, b = r.randint(5, 999), r.randint(0, 99)
        cur = {
            "US": f"${a}.{b:02d}",
            "GB": f"£{a}.{b:02d}",
            "IE": f"€{a}.{b:02d}",
            "CA": f"${a}.{b:02d}",
            "AU": f"${a}.{b:02d}",
            "NZ": f"${a}.{b:02d}",
            "IN": f"₹{a},{_d(r, 3)}",
            "MX": f"${a}.{b:02d}",
            "BR": f"R$ {a},{b:02d}",
            "CH": f"CHF {a}.{b:02d}",
            "AR": f"${a}.{_d(r, 3)}",
            "CO": f"${a}.{_d(r, 3)}",
        }.get(c, f"{a},{b:02d} €")
        return cur
    if kind == "quantity" or kind == "count":
        return str(r.randint(2, 12))
    if kind == "product_model":
        return r.choice(
            [
                "XR-" + _d(r, 3),
                "A" + _d(r, 4),
                "S" + _d(r, 2) + " Ultra",
                "WH-" + _d(r, 4) + "XM",
                "TX" + _d(r, 3),
            ]
        )
    if kind == "version":
        return r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                f"{r.randint(10, 17)}.{r.randint(0, 6)}",
            ]
        )
    if kind == "invoice_number":
        return r.choice(
            ["INV-" + str(r.randint(2023, 2026)) + "-" + _d(r, 4), "F" + _d(r, 6), "RE-" + _d(r, 5)]
        )
    if kind == "ticket_number":
        return r.choice(["#" + _d(r, 5), "TCK-" + _d(r, 5), "CS" + _d(r, 6)])
    if kind == "year":
        return str(r.randint(2015, 2026))
    if kind == "flight_number":
        return (
            r.choice(["IB", "BA", "AF", "LH", "TP", "AM", "LA", "EI", "QF"])
            + r.choice(["", " "])
            + str(r.randint(100, 9999))
        )
    if kind == "store_number":
        return r.choice(["#" + _d(r, 4), _d(r, 3)])
    if kind == "error_code":
        return r.choice(
            [
                "E-" + _d(r, 3),
                _d(r, 3),
                "0x" + "".join(r.choice("0123456789ABCDEF") for _ in range(8)),
                "ERR_" + _d(r, 4),
            ]
        )
    if kind == "data_size":
        return r.choice(
            [f"{r.randint(1, 100)}GB", f"{r.randint(1, 500)} MB", f"{r.randint(1, 2)}TB"]
        )
    if kind == "room_number":
        return str(r.randint(101, 1220))
    if kind == "policy_number":
        return r.choice(["POL-" + _d(r, 7), "PL" + _d(r, 8), "AP-" + _d(r, 3) + "-" + _d(r, 4)])
    if kind == "meter_reading":
        return _d(r, 5) + r.choice([" kWh", " m3", ""])
    if kind == "contract_number":
        return r.choice(["CT-" + _d(r, 6), "C" + _d(r, 8), "VTR-" + _d(r, 5)])
    if kind == "percentage":
        return r.choice(
            [f"{r.randint(5, 80)}%", f"{r.randint(1, 20)},5%", f"{r.randint(1, 20)}.5 %"]
        )
    if kind == "booking_reference":
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + _d(r, 3)
    raise ValueError(kind)


# ---------------------------------------------------------------- instantiation
def split_parts(v: str, k: int) -> list[str]:
    spans = [m.span() for m in re.finditer(r"[A-Za-z0-9]+", v)]
    if len(spans) < k:
        s = F.norm(v)
        n = len(s)
        cuts = [round(i * n / k) for i in range(k + 1)]
        return [s[cuts[i] : cuts[i + 1]] for i in range(k)]
    cuts = [round(i * len(spans) / k) for i in range(k + 1)]
    return [v[spans[cuts[i]][0] : spans[cuts[i + 1] - 1][1]] for i in range(k)]


def draw(t: str, loc: str, r: random.Random) -> str:
    for _ in range(200):
        v = V.GEN[t](r, loc)
        if V.valid(t, v, loc):
            return v
    raise CheckError(f"cannot draw a valid {t} for {loc}")


def instantiate(lang: str, loc: str, text: str, r: random.Random) -> tuple[list[dict], dict]:
    msgs_src = [m.strip() for m in text.split("##")]
    values: dict[str, str] = {}
    multi_k: dict[str, int] = {}
    for m in msgs_src:
        for s in SLOT.finditer(m):
            if s.group(1):
                key = s.group(1) + s.group(2)
                if s.group(4):
                    multi_k[key] = max(multi_k.get(key, 0), int(s.group(4)))
    drawn_meta = {}
    messages = []
    for m in msgs_src:
        out, pii, keep, pos = "", [], [], 0
        for s in SLOT.finditer(m):
            out += m[pos : s.start()]
            pos = s.end()
            if s.group(5):
                kind = KIND[s.group(5)]
                for _ in range(50):
                    kv = keep_value(kind, lang, loc, r)
                    if not V.looks_like_identifier(kv):
                        break
                else:
                    raise CheckError("must_keep looks like an identifier: " + kind)
                keep.append(
                    {"kind": kind, "start": len(out), "end": len(out) + len(kv), "value": kv}
                )
                out += kv
                continue
            alias, suffix, fam, part = s.group(1), s.group(2), s.group(3) or "p", s.group(4)
            t = ALIAS[alias]
            key = alias + suffix
            if key not in values:
                if fam == "ls":
                    values[key] = draw(t, loc, r)
                    while not re.search(r"[01]", values[key]):
                        values[key] = draw(t, loc, r)
                elif fam == "ce":
                    values[key] = draw(t, loc, r)
                    while not re.fullmatch(r"\d\d\D\d{2,4}", values[key]):
                        values[key] = draw(t, loc, r)
                else:
                    values[key] = draw(t, loc, r)
            v = values[key]
            if part:
                k = multi_k[key]
                shown = split_parts(F.grouped_phone(v) if t == "PHONE" else v, k)[int(part) - 1]
                family = "multi_message"
                item = {
                    "type": t,
                    "family": family,
                    "start": len(out),
                    "end": len(out) + len(shown),
                    "value": shown,
                    "group": "g" + str(list(multi_k).index(key) + 1),
                }
            else:
                family = FAM[fam]
                shown = F.render(family, t, v, lang, r, loc)
                item = {
                    "type": t,
                    "family": family,
                    "start": len(out),
                    "end": len(out) + len(shown),
                    "value": shown,
                }
            drawn_meta[id(item)] = (v, key)
            pii.append(item)
            out += shown
        out += m[pos:]
        messages.append({"text": out, "pii": pii, "must_keep": keep})
    return messages, {"values": values, "meta": drawn_meta, "multi": multi_k}


# ---------------------------------------------------------------- self-checks
def check_conversation(conv: dict, extra: dict) -> None:
    lang = conv["lang"]
    for msg in conv["messages"]:
        text = msg["text"]
        spans = []
        for it in msg["pii"] + msg["must_keep"]:
            seg = text[it["start"] : it["end"]]
            if seg != it["value"] or not seg or seg != seg.strip():
                raise CheckError(f"{conv['id']}: bad offsets {it}")
            spans.append((it["start"], it["end"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                raise CheckError(f"{conv['id']}: overlapping spans")
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(text):
            if ch.isdigit() and i not in covered:
                raise CheckError(f"{conv['id']}: digit outside a span at {i}: {text!r}")
        for it in msg["must_keep"]:
            if V.looks_like_identifier(it["value"]):
                raise CheckError(f"{conv['id']}: must_keep passes an identifier check")
        for it in msg["pii"]:
            v, key = extra["meta"][id(it)]
            if not V.valid(it["type"], v, conv["locale"]):
                raise CheckError(f"{conv['id']}: invalid {it['type']}")
            fam = it["family"]
            if fam == "multi_message":
                continue
            got = F.back(fam, it["type"], it["value"], lang)
            if fam == "spelled_out":
                ok = got == "".join(c for c in v if c.isdigit())
            elif fam in (
                "plain",
                "context_only",
                "url_credentials",
                "key_value_secret",
                "percent_encoded",
                "email_spelled",
            ):
                ok = got == v
            else:
                ok = F.norm(got) == F.norm(v) or (
                    fam == "compact_expiry" and F.norm(got) == "".join(c for c in v if c.isdigit())
                )
            if fam == "letter_substitution" and it["value"] == v:
                ok = False
            if not ok:
                raise CheckError(f"{conv['id']}: {fam} does not round-trip")
    # multi-message: parts in consecutive messages, in order, joining back to the value
    groups = defaultdict(list)
    for mi, msg in enumerate(conv["messages"]):
        for it in msg["pii"]:
            if "group" in it:
                groups[it["group"]].append((mi, it))
    for g, parts in groups.items():
        idx = [mi for mi, _ in parts]
        if idx != list(range(idx[0], idx[0] + len(idx))) or len(parts) < 2:
            raise CheckError(f"{conv['id']}: group {g} not in consecutive messages")
        v, _ = extra["meta"][id(parts[0][1])]
        if F.norm("".join(it["value"] for _, it in parts)) != F.norm(v):
            raise CheckError(f"{conv['id']}: group {g} does not join back")


def assign_split(lang: str, templates: list) -> list[str]:
    def feats(t):
        out = set()
        for s in SLOT.finditer(t[1]):
            if s.group(1):
                out.add(("type", ALIAS[s.group(1)]))
                out.add(("fam", "multi_message" if s.group(4) else FAM[s.group(3) or "p"]))
        return out

    order = sorted(
        range(len(templates)),
        key=lambda i: hashlib.sha256(f"{lang}|{templates[i][1]}".encode()).hexdigest(),
    )
    n_dev = round(DEV_SHARE * len(templates))
    split = ["sealed"] * len(templates)
    for i in order[:n_dev]:
        split[i] = "dev"
    fs = [feats(t) for t in templates]
    allf = set().union(*fs) if fs else set()
    for _ in range(3):
        for f in sorted(allf):
            for side, other in (("dev", "sealed"), ("sealed", "dev")):
                if any(f in fs[i] and split[i] == side for i in range(len(templates))):
                    continue
                cands = [i for i in order if f in fs[i] and split[i] == other]
                if len(cands) >= 2:
                    # move one template over; the other side keeps at least one
                    split[cands[0]] = side
    return split


def build() -> tuple[list[dict], list[dict]]:
    dev, sealed = [], []
    for lang, templates in LANGS.items():
        split = assign_split(lang, templates)
        n = 0
        seen_text = set()
        for ti, (loc, text) in enumerate(templates):
            if text in seen_text:
                raise CheckError(f"{lang}: duplicate template {ti}")
            seen_text.add(text)
            used: set = set()
            for k in range(INSTANCES):
                for attempt in range(20):
                    r = random.Random(f"sc12|{lang}|{text}|{k}|{attempt}")
                    messages, extra = instantiate(lang, loc, text, r)
                    sig = tuple(sorted(extra["values"].values()))
                    if not sig or sig not in used:
                        used.add(sig)
                        break
                else:
                    raise CheckError(f"{lang} template {ti}: cannot draw 5 different values")
                n += 1
                conv = {
                    "id": f"sc12-{lang}-{n:04d}",
                    "lang": lang,
                    "locale": loc,
                    "split": split[ti],
                    "messages": messages,
                }
                check_conversation(conv, extra)
                (dev if split[ti] == "dev" else sealed).append(conv)
    check_coverage(dev, sealed)
    return dev, sealed


def stats(rows):
    c = Counter()
    for conv in rows:
        c[(conv["lang"], "conv")] += 1
        for m in conv["messages"]:
            c[(conv["lang"], "msg")] += 1
            if not m["pii"]:
                c[(conv["lang"], "nopii")] += 1
        if any("group" in it for m in conv["messages"] for it in m["pii"]):
            c[(conv["lang"], "multi")] += 1
    return c


def check_coverage(dev, sealed) -> None:
    def feats(rows):
        f = defaultdict(set)
        for conv in rows:
            for m in conv["messages"]:
                for it in m["pii"]:
                    f[conv["lang"]].add(("type", it["type"]))
                    f[conv["lang"]].add(("fam", it["family"]))
        return f

    fd, fs = feats(dev), feats(sealed)
    missing = {lang: sorted(fd[lang] ^ fs[lang]) for lang in LANGS if fd[lang] ^ fs[lang]}
    if missing:
        raise CheckError(f"present in one split only: {missing}")
    c = stats(dev + sealed)
    msgs = {l: c[(l, "msg")] for l in LANGS}
    tot = sum(msgs.values())
    if max(msgs.values()) > 1.5 * min(msgs.values()):
        raise CheckError(f"languages not within a factor 1.5: {msgs}")
    nopii = sum(c[(l, "nopii")] for l in LANGS) / tot
    if not 0.15 <= nopii <= 0.20:
        raise CheckError(f"messages without PII: {nopii:.1%}")
    conv = sum(c[(l, "conv")] for l in LANGS)
    multi = sum(c[(l, "multi")] for l in LANGS) / conv
    if multi < 0.08:
        raise CheckError(f"conversations with a multi-message value: {multi:.1%}")
    if tot < MIN_MESSAGES or sum(len(t) for t in LANGS.values()) < MIN_TEMPLATES:
        raise CheckError(
            f"too small: {tot} messages, {sum(len(t) for t in LANGS.values())} templates"
        )


MIN_MESSAGES, MIN_TEMPLATES = 3000, 600


def render_files(dev, sealed) -> tuple[bytes, bytes]:
    d = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in dev).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        g.write("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in sealed).encode())
    return d, buf.getvalue()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    try:
        dev, sealed = build()
    except CheckError as e:
        print("self-check failed:", e, file=sys.stderr)
        return 1
    if a.sample:
        for c in dev[: a.sample]:
            print(json.dumps(c, ensure_ascii=False))
        return 0
    if a.stats:
        cd, cs = stats(dev), stats(sealed)
        for l in LANGS:
            print(
                l,
                "templates",
                len(LANGS[l]),
                "dev conv/msg",
                cd[(l, "conv")],
                cd[(l, "msg")],
                "sealed conv/msg",
                cs[(l, "conv")],
                cs[(l, "msg")],
                "nopii",
                cd[(l, "nopii")] + cs[(l, "nopii")],
                "multi",
                cd[(l, "multi")] + cs[(l, "multi")],
            )
        return 0
    d, s = render_files(dev, sealed)
    dp, sp = HERE / "dev.jsonl", HERE / "sealed.jsonl.gz"
    if a.check:
        ok = dp.exists() and sp.exists() and dp.read_bytes() == d and sp.read_bytes() == s
        print("up to date" if ok else "files differ from the generator's output")
        return 0 if ok else 1
    dp.write_bytes(d)
    sp.write_bytes(s)
    print(f"wrote {len(dev)} dev and {len(sealed)} sealed conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
