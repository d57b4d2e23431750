"""Instantiate the boarded templates, split them, self-check and write dev.jsonl / sealed.jsonl.gz.

python generate.py          regenerate and write
python generate.py --check  regenerate, compare byte for byte with the files, write nothing
"""

import gzip
import hashlib
import importlib
import io
import json
import random
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.fr import nir

sys.path.insert(0, str(Path(__file__).parent))
import itertools

import numwords
import values as V

HERE = Path(__file__).parent
LANGS = ["en", "es", "fr", "de", "pt"]
LOCALES = {
    "en": ["en-US", "en-GB", "en-IE", "en-CA", "en-AU", "en-IN", "en-NZ", "en-ZA"],
    "es": ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-US"],
    "fr": ["fr-FR", "fr-BE", "fr-CA", "fr-CH"],
    "de": ["de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT", "pt-AO"],
}
PER_TEMPLATE = 5
DEV_PERCENT = 30
TYPES = {
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
    "PASS": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "AKID": "AWS_ACCESS_KEY",
    "ASEC": "AWS_SECRET_KEY",
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
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
FAMILIES = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "sp": "spelled_out",
    "em": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cx": "compact_expiry",
    "ib": "iban_broken",
    "mm": "multi_message",
    "ctx": "context_only",
}
SLOT = re.compile(r"\{([A-Z]+)(?::([a-z+]+))?\}|\[([a-z_]+)\]")
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
AND = {"en": " and ", "es": " y ", "fr": " et ", "de": " und ", "pt": " e "}
AT_DOT = {
    "en": [(" at ", " dot "), ("(at)", "(dot)"), (" [at] ", " [dot] ")],
    "es": [(" arroba ", " punto "), (" arroba ", "."), ("(arroba)", " punto ")],
    "fr": [(" arobase ", " point "), (" at ", " point "), ("(at)", "(point)")],
    "de": [(" at ", " punkt "), ("(at)", "(punkt)"), (" ät ", " Punkt ")],
    "pt": [(" arroba ", " ponto "), (" arroba ", "."), ("(arroba)", " ponto ")],
}
NOISE = [" 🙂 ", " | ", "/", " 👉 ", "..", " , ", "\n", " * ", " 🙏 ", "|", " ~ "]


def parse_templates(lang):
    mod = importlib.import_module(f"templates_{lang}")
    out = []
    for line in mod.TEMPLATES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        locale = None
        if line.startswith("@"):
            locale, line = line[1:].split(" ", 1)
        msgs = [m.strip().replace(" ¶ ", "\n") for m in line.split(" || ")]
        assert not any(c.isdigit() for c in line), f"digit in template: {line}"
        out.append((locale, msgs))
    return out


class Ctx:
    def __init__(self, rng, lang, locale):
        self.rng, self.lang, self.locale = rng, lang, locale
        self.region = V.REGION[locale]


def draw(t, c):
    """Return (canonical display string, digit groups)."""
    shown, groups = _draw(t, c)
    return shown, [g for g in groups if g]


def _draw(t, c):
    r, reg = c.rng, c.region
    if t == "CARD":
        v = V.card(r)
        g = [v[:4], v[4:10], v[10:]] if len(v) == 15 else [v[i : i + 4] for i in range(0, 16, 4)]
        return v, g
    if t == "CVV":
        v = V.cvv(r)
        return v, [v]
    if t == "EXP":
        v = V.expiry(r)
        return r.choice(
            [v[:2] + "/" + v[2:], v[:2] + "/" + v[2:], v[:2] + "-" + v[2:], v[:2] + "/20" + v[2:]]
        ), [v[:2], v[2:]]
    if t == "PIN":
        v = V.pin(r)
        return v, [v[:2], v[2:]]
    if t == "ACCT":
        v = V.account(r)
        return v, [v[i : i + 4] for i in range(0, len(v), 4)]
    if t == "ROUT":
        v = V.routing(r, reg)
        if reg in ("GB", "IE"):
            return v[:2] + "-" + v[2:4] + "-" + v[4:], [v[:2], v[2:4], v[4:]]
        if reg == "BR":
            return v, [v]
        return v, [x for x in (v[:3], v[3:6], v[6:]) if x]
    if t == "IBAN":
        v = V.make_iban(r, V.IBAN_OF.get(reg, "GB" if c.lang == "en" else "ES"))
        g = [v[i : i + 4] for i in range(0, len(v), 4)]
        return (v if r.random() < 0.5 else " ".join(g)), g
    if t == "SWIFT":
        v = V.swift(r, reg if reg not in ("AO",) else "AO")
        return v, [v[:4], v[4:6], v[6:]]
    if t == "EMAIL":
        v = V.email(r, c.lang)
        return v, [v]
    if t == "PHONE":
        n = V.phone(r, reg)
        nat = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
        intl = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        shown = r.choice([nat, nat, intl, e164])
        g = [x for x in re.split(r"\D+", nat if shown == nat else intl) if x]
        if shown != nat:
            g[0] = "+" + g[0]
        return shown, g
    if t in ("SSN", "ITIN"):
        v = V.ssn_(r) if t == "SSN" else V.itin_(r)
        g = [v[:3], v[3:5], v[5:]]
        return "-".join(g), g
    if t == "NINO":
        v = V.nino(r)
        g = [v[:2], v[2:4], v[4:6], v[6:8], v[8]]
        return (v if r.random() < 0.5 else " ".join(g)), g
    if t == "PASS":
        v = V.passport(r, reg)
        return v, [v[:3], v[3:6], v[6:]]
    if t == "DL":
        v = V.driver(r, reg)
        return v, list(re.split(r"-", v)) if "-" in v else [v[:5], v[5:11], v[11:]]
    if t == "PWD":
        v = V.password(r)
        return v, [v]
    if t == "USER":
        v = V.username(r)
        return v, [v]
    if t == "AKID":
        v = V.aws_key(r)
        return v, [v[:4], v[4:12], v[12:]]
    if t == "ASEC":
        v = V.aws_secret(r)
        return v, [v[:20], v[20:]]
    if t == "IP":
        v = V.ip(r)
        return v, v.split(".")
    if t == "MAC":
        v = V.mac(r)
        return v, re.split("[:-]", v)
    if t == "DNI":
        v = V.es_dni(r)
        return r.choice([v, v, v[:8] + "-" + v[8]]), [v[:2], v[2:5], v[5:8], v[8]]
    if t == "NIE":
        v = V.es_nie(r)
        return r.choice([v, v[0] + "-" + v[1:8] + "-" + v[8]]), [v[0], v[1:4], v[4:8], v[8]]
    if t == "CURP":
        v = V.mx_curp(r)
        return v, [v[:4], v[4:10], v[10:16], v[16:]]
    if t == "RFC":
        v = V.mx_rfc(r)
        return v, [v[:4], v[4:10], v[10:]]
    if t == "CLABE":
        v = V.mx_clabe(r)
        return v, [v[:3], v[3:6], v[6:17], v[17]]
    if t == "CPF":
        v = V.br_cpf(r)
        return r.choice([v, cpf.format(v), cpf.format(v)]), [v[:3], v[3:6], v[6:9], v[9:]]
    if t == "CNPJ":
        v = V.br_cnpj(r)
        return r.choice([v, cnpj.format(v)]), [v[:2], v[2:5], v[5:8], v[8:12], v[12:]]
    if t == "NIR":
        v = V.fr_nir(r)
        return r.choice([v, nir.format(v)]), nir.format(v).split(" ")
    if t == "IDNR":
        v = V.de_idnr(r)
        return r.choice([v, idnr.format(v)]), [v[:2], v[2:5], v[5:8], v[8:]]
    if t == "NIF":
        v = V.pt_nif(r)
        return r.choice([v, v[:3] + " " + v[3:6] + " " + v[6:]]), [v[:3], v[3:6], v[6:]]
    raise KeyError(t)


def spell(s, c):
    w = WORDS[c.lang]
    out, i = [], 0
    digits = [ch for ch in s if ch.isalnum() or ch == "+"]
    if all(ch.isdigit() for ch in digits) and len(digits) >= 4 and c.rng.random() < 0.4:
        # in pairs, the way French and many Spanish/Portuguese speakers read numbers out
        start = len(digits) % 2
        out = [w[int(d)] for d in digits[:start]]
        for j in range(start, len(digits), 2):
            a, b = digits[j], digits[j + 1]
            out += (
                [w[int(a)], w[int(b)]]
                if a == "0"
                else [numwords.pair(int(a + b), c.lang, c.locale, w)]
            )
        return c.rng.choice([" ", ", "]).join(out)
    while i < len(digits):
        ch = digits[i]
        if ch.isdigit():
            if (
                c.lang == "en"
                and i + 1 < len(digits)
                and digits[i + 1] == ch
                and c.rng.random() < 0.5
            ):
                out.append("double " + w[int(ch)])
                i += 2
                continue
            word = w[int(ch)]
            if c.lang == "en" and ch == "0" and c.rng.random() < 0.4:
                word = "oh"
            if c.lang == "pt" and ch == "6" and c.locale == "pt-BR" and c.rng.random() < 0.5:
                word = "meia"
            out.append(word)
        elif ch == "+":
            out.append(
                {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}[c.lang]
            )
        else:
            out.append(ch)
        i += 1
    sep = c.rng.choice([" ", " ", ", ", "-"])
    return sep.join(out)


def substitute(s, c):
    out, n = [], 0
    for ch in s:
        if ch == "0" and c.rng.random() < 0.7:
            out.append(c.rng.choice("OOo"))
            n += 1
        elif ch == "1" and c.rng.random() < 0.6:
            out.append(c.rng.choice("lI"))
            n += 1
        else:
            out.append(ch)
    return "".join(out), n


def render(t, fam, c):
    """Return a list of rendered strings (several only for multi_message)."""
    r = c.rng
    for _ in range(200):
        shown, groups = draw(t, c)
        if fam == "sub":
            text, n = substitute(shown, c)
            if n:
                return [text]
            continue
        break
    if fam in ("p", "url", "kv", "ctx") or (fam == "cx" and t != "EXP"):
        if fam == "ctx":
            return [shown.replace(" ", "") if t not in ("EXP", "EMAIL") else shown]
        return [shown]
    if fam == "cx":
        return ["".join(groups)]
    if fam == "sd":
        sep = r.choice([" ", "-", " ", " - ", "."] if t not in ("EMAIL", "IP") else [" "])
        return [sep.join(groups)]
    if fam == "noise":
        if r.random() < 0.3:
            return [AND[c.lang].join(groups).strip()]
        seps = [r.choice(NOISE) for _ in groups[1:]]
        return [groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=False))]
    if fam == "sp":
        return [spell(shown, c)]
    if fam == "em":
        at, dot = r.choice(AT_DOT[c.lang])
        local, dom = shown.split("@")
        if r.random() < 0.5:
            local = local.replace(".", dot)
        return [(local + at + dom.replace(".", dot)).strip()]
    if fam == "pct":
        return [shown.replace("@", "%40").replace("+", "%2B").replace(" ", "%20")]
    if fam == "ib":
        seps = [r.choice([" ", "-", "\n", "  ", " - "]) for _ in groups[1:]]
        if "\n" not in seps:
            seps[r.randrange(len(seps))] = "\n"
        return [groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=False))]
    raise KeyError(fam)


def split_parts(groups, k, rng):
    cuts = sorted(rng.sample(range(1, len(groups)), k - 1))
    bounds = [0, *cuts, len(groups)]
    sep = rng.choice([" ", " ", "-", ""])
    return [sep.join(groups[a:b]) for a, b in itertools.pairwise(bounds)]


# ----- must_keep -----
def mk_value(kind, c):
    r, loc = c.rng, c.locale
    reg = c.region
    comma = c.lang in ("es", "fr", "de", "pt") and loc not in ("es-MX", "es-US", "fr-CA", "de-CH")
    if kind == "order":
        return r.choice(["#", "", "", "A", "PED-", "W"]) + V.rd(r, r.choice([6, 7, 8]))
    if kind == "tracking":
        return r.choice(
            [
                "1Z" + V.rd(r, 6, V.U + V.D) + V.rd(r, 8),
                "LP" + V.rd(r, 9) + "CN",
                V.rd(r, 2, V.U) + V.rd(r, 9) + reg,
                "JJD" + V.rd(r, 13),
            ]
        )
    if kind == "zip":
        return {
            "US": V.rd(r, 5) + r.choice(["", "-" + V.rd(r, 4)]),
            "GB": r.choice(["SW", "M", "LS", "EH"])
            + str(r.randint(1, 20))
            + " "
            + str(r.randint(1, 9))
            + V.rd(r, 2, "ABDEFGHJLNPQRSTUWXYZ"),
            "CA": "K" + V.rd(r, 1) + "A " + V.rd(r, 1) + "B" + V.rd(r, 1),
            "BR": V.rd(r, 5) + "-" + V.rd(r, 3),
            "PT": V.rd(r, 4) + "-" + V.rd(r, 3),
            "IN": V.rd(r, 6),
            "AT": V.rd(r, 4),
            "CH": V.rd(r, 4),
            "AU": V.rd(r, 4),
            "NZ": V.rd(r, 4),
            "ZA": V.rd(r, 4),
            "BE": V.rd(r, 4),
        }.get(reg, V.rd(r, 5))
    if kind == "date":
        d, m = r.randint(1, 28), r.randint(1, 12)
        if loc in ("en-US", "es-US"):
            return r.choice([f"{m}/{d}", f"{m:02d}/{d:02d}/2026", f"{m}/{d}/26"])
        if c.lang == "de":
            return r.choice([f"{d}.{m}.", f"{d:02d}.{m:02d}.2026", f"{d}.{m}.26"])
        return r.choice([f"{d}/{m}", f"{d:02d}/{m:02d}/2026", f"{d}-{m}-26"])
    if kind == "time":
        h, mi = r.randint(7, 22), r.choice([0, 15, 30, 45, 5, 50])
        if c.lang == "en" and loc in ("en-US", "en-CA", "en-AU"):
            return r.choice(
                [f"{(h - 1) % 12 + 1}:{mi:02d}pm", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"]
            )
        if c.lang == "fr":
            return r.choice([f"{h}h{mi:02d}", f"{h}h"])
        return f"{h}:{mi:02d}"
    if kind == "price":
        a, b = r.randint(5, 899), r.choice([0, 99, 50, 90, 95])
        cur = {
            "US": "$",
            "CA": "$",
            "AU": "$",
            "NZ": "$",
            "GB": "£",
            "IN": "₹",
            "ZA": "R",
            "MX": "$",
            "AR": "$",
            "CO": "$",
            "CL": "$",
            "BR": "R$ ",
            "CH": "CHF ",
            "AO": "Kz ",
        }.get(reg, "€")
        num = f"{a},{b:02d}" if comma else f"{a}.{b:02d}"
        if cur == "€":
            return num + r.choice([" €", "€", " EUR"]) if c.lang != "en" else "€" + num
        if reg in ("CO", "CL", "AO"):
            return cur + f"{a}.{V.rd(r, 3)}"
        return cur + num
    if kind == "qty":
        return str(r.randint(2, 12))
    if kind == "model":
        return r.choice(["XR-", "SM-A", "KX", "Pro ", "TX-", "WH-"]) + V.rd(r, r.choice([2, 3, 4]))
    if kind == "version":
        return f"{r.randint(1, 17)}.{r.randint(0, 9)}.{r.randint(0, 20)}"
    if kind == "invoice":
        return r.choice(["INV-", "FAC-", "RE-", "F", "NF "]) + V.rd(r, 6)
    if kind == "ticket":
        return r.choice(["#", "TCK-", "SR", "#"]) + V.rd(r, r.choice([5, 6, 7]))
    if kind == "booking":
        return V.rd(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + V.rd(r, 2) + V.rd(r, 1, V.U)
    if kind == "year":
        return str(r.randint(2015, 2026))
    if kind == "flight":
        return (
            r.choice(["IB", "AF", "LH", "TP", "BA", "AM", "LA", "UA", "FR"])
            + " " * r.randint(0, 1)
            + str(r.randint(10, 9899))
        )
    if kind == "store":
        return V.rd(r, r.choice([3, 4]))
    if kind == "error":
        return r.choice(["E", "ERR-", "0x", "E-", "ERR "]) + V.rd(r, 3)
    if kind == "room":
        return str(r.randint(101, 1250))
    if kind == "policy":
        return r.choice(["POL-", "PL", "AXA-", ""]) + V.rd(r, 7)
    if kind == "contract":
        return r.choice(["CT-", "VN", "", "K-"]) + V.rd(r, 6)
    if kind == "pct":
        return (
            str(r.randint(5, 70)) + r.choice(["%", " %"])
            if c.lang != "en"
            else str(r.randint(5, 70)) + "%"
        )
    if kind == "size":
        return str(r.choice([8, 16, 32, 64, 128, 256, 512])) + r.choice([" GB", "GB", " MB", "TB"])
    if kind == "count":
        return str(r.randint(2, 40))
    raise KeyError(kind)


MK_KIND = {
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
}


def must_keep(kind, c):
    while True:
        v = mk_value(kind, c)
        if not V.looks_like_identifier(v):
            return v


def instantiate(lang, locale, msgs, rng):
    c = Ctx(rng, lang, locale)
    mm_parts = None
    out = []
    for tmpl in msgs:
        text, pii, keep, pos = "", [], [], 0
        for m in SLOT.finditer(tmpl):
            text += tmpl[pos : m.start()]
            pos = m.end()
            t, fam, kind = m.group(1), m.group(2) or "p", m.group(3)
            if kind:
                v = must_keep(kind, c)
                keep.append(
                    {
                        "kind": MK_KIND[kind],
                        "start": len(text),
                        "end": len(text) + len(v),
                        "value": v,
                    }
                )
                text += v
                continue
            item = {"type": TYPES[t]}
            if fam in ("mm", "mm+"):
                if fam == "mm":
                    k = 1 + sum(x.count("{" + t + ":mm+}") for x in msgs)
                    while True:
                        _shown, groups = draw(t, c)
                        if len(groups) >= k:
                            break
                    mm_parts = split_parts(groups, k, rng)
                v = mm_parts.pop(0)
                item.update(family="multi_message", group="g1")
            else:
                v = render(t, fam, c)[0]
                item["family"] = FAMILIES[fam]
            item.update(start=len(text), end=len(text) + len(v), value=v)
            pii.append(item)
            text += v
        text += tmpl[pos:]
        out.append({"text": text, "pii": pii, "must_keep": keep})
    return out


def split_of(lang, tid):
    return (
        "dev"
        if int(hashlib.sha256(f"sc15|{lang}|{tid}".encode()).hexdigest(), 16) % 100 < DEV_PERCENT
        else "sealed"
    )


def features(msgs):
    f = set()
    for m in msgs:
        for s in SLOT.finditer(m):
            if s.group(1):
                fam = s.group(2) or "p"
                f.add(("T", s.group(1)))
                f.add(("F", "mm" if fam == "mm+" else fam))
    return f


def assign(lang, temps):
    split = {i: split_of(lang, i) for i in range(len(temps))}
    feats = {i: features(m) for i, (_, m) in enumerate(temps)}
    for _ in range(5):
        allf = set().union(*feats.values())
        for f in sorted(allf):
            for want, other in (("dev", "sealed"), ("sealed", "dev")):
                if not any(f in feats[i] and split[i] == want for i in split):
                    cands = [i for i in split if f in feats[i] and split[i] == other]
                    if len(cands) >= 2:
                        split[cands[len(cands) // 2]] = want
    return split


def check(convs):
    errors = []
    for cv in convs:
        for m in cv["messages"]:
            t = m["text"]
            spans = sorted([(s["start"], s["end"]) for s in m["pii"] + m["must_keep"]])
            for s in m["pii"] + m["must_keep"]:
                if (
                    t[s["start"] : s["end"]] != s["value"]
                    or s["value"] != s["value"].strip()
                    or not s["value"]
                ):
                    errors.append((cv["id"], "span", s["value"]))
            for (_a, b), (x, _y) in itertools.pairwise(spans):
                if x < b:
                    errors.append((cv["id"], "overlap"))
            covered = set()
            for a, b in spans:
                covered.update(range(a, b))
            if any(ch.isdigit() and i not in covered for i, ch in enumerate(t)):
                errors.append((cv["id"], "uncovered digit", t))
            for s in m["must_keep"]:
                if V.looks_like_identifier(s["value"]):
                    errors.append((cv["id"], "must_keep looks like id", s["value"]))
    return errors


def build():
    convs = []
    for lang in LANGS:
        temps = parse_templates(lang)
        split = assign(lang, temps)
        n = 0
        for i, (locale, msgs) in enumerate(temps):
            for k in range(PER_TEMPLATE):
                rng = random.Random(f"sc15|{lang}|{i}|{k}")
                loc = locale or rng.choice(LOCALES[lang])
                n += 1
                convs.append(
                    {
                        "id": f"sc15-{lang}-{n:04d}",
                        "lang": lang,
                        "locale": loc,
                        "split": split[i],
                        "template": f"{lang}-t{i:03d}",
                        "messages": instantiate(lang, loc, msgs, rng),
                    }
                )
    return convs


def stats(convs):
    rows = {}
    for cv in convs:
        r = rows.setdefault(
            cv["lang"],
            {
                "dev": 0,
                "sealed": 0,
                "messages": 0,
                "pii": 0,
                "must_keep": 0,
                "nopii": 0,
                "mm": 0,
                "templates": set(),
            },
        )
        r[cv["split"]] += 1
        r["templates"].add(cv["template"])
        r["mm"] += any(p["family"] == "multi_message" for m in cv["messages"] for p in m["pii"])
        for m in cv["messages"]:
            r["messages"] += 1
            r["pii"] += len(m["pii"])
            r["must_keep"] += len(m["must_keep"])
            r["nopii"] += not m["pii"]
    return rows


def coverage(convs):
    errs = []
    for lang in LANGS:
        by = {"dev": (set(), set()), "sealed": (set(), set())}
        for cv in convs:
            if cv["lang"] != lang:
                continue
            for m in cv["messages"]:
                for p in m["pii"]:
                    by[cv["split"]][0].add(p["type"])
                    by[cv["split"]][1].add(p["family"])
        if by["dev"] != by["sealed"]:
            errs.append(
                (
                    lang,
                    "types dev-only",
                    by["dev"][0] - by["sealed"][0],
                    "sealed-only",
                    by["sealed"][0] - by["dev"][0],
                    "fam",
                    by["dev"][1] ^ by["sealed"][1],
                )
            )
    return errs


def tables(convs):
    """Markdown tables of pii counts per family and per type, by language and split."""
    out = []
    for key in ("family", "type"):
        counts = {}
        for cv in convs:
            for m in cv["messages"]:
                for p in m["pii"]:
                    row = counts.setdefault(p[key], {})
                    k = (cv["lang"], cv["split"])
                    row[k] = row.get(k, 0) + 1
        out.append(f"| {key} | " + " | ".join(f"{lang} dev/sealed" for lang in LANGS) + " |")
        out.append("|---" * (len(LANGS) + 1) + "|")
        for name in sorted(counts):
            cells = [
                f"{counts[name].get((lg, 'dev'), 0)}/{counts[name].get((lg, 'sealed'), 0)}"
                for lg in LANGS
            ]
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def serialise(convs):
    dev = "".join(
        json.dumps(c, ensure_ascii=False) + "\n" for c in convs if c["split"] == "dev"
    ).encode()
    sealed = "".join(
        json.dumps(c, ensure_ascii=False) + "\n" for c in convs if c["split"] == "sealed"
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:
        g.write(sealed)
    return dev, buf.getvalue()


def main():
    convs = build()
    errs = check(convs) + coverage(convs)
    rows = stats(convs)
    total = sum(r["messages"] for r in rows.values())
    nopii = sum(r["nopii"] for r in rows.values()) / total
    mm = sum(r["mm"] for r in rows.values()) / len(convs)
    msgs = [r["messages"] for r in rows.values()]
    for lang, r in rows.items():
        print(
            lang,
            len(r["templates"]),
            r["dev"],
            r["sealed"],
            r["messages"],
            r["pii"],
            r["must_keep"],
            f"nopii={r['nopii'] / r['messages']:.3f}",
            f"mm={r['mm'] / (r['dev'] + r['sealed']):.3f}",
        )
    print(f"total messages={total} nopii={nopii:.3f} mm={mm:.3f}")
    if total < 5000 or not 0.15 <= nopii <= 0.20 or mm < 0.08 or max(msgs) > 1.5 * min(msgs):
        errs.append(("global targets",))
    if any(len(r["templates"]) < 150 for r in rows.values()):
        errs.append(("fewer than 150 templates",))
    for e in errs[:30]:
        print("ERROR", e)
    if "--tables" in sys.argv:
        print(tables(convs))
    dev, sealed = serialise(convs)
    if "--check" in sys.argv:
        same = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check:", "identical" if same else "DIFFERENT")
        return 0 if same and not errs else 1
    if "--stats" not in sys.argv:
        (HERE / "dev.jsonl").write_bytes(dev)
        (HERE / "sealed.jsonl.gz").write_bytes(sealed)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
