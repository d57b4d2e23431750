"""Surfaces (one per obfuscation family), their independent decoders, and the template renderer.

A template is a tuple of customer messages. In a message:
  {CARD} {CARD:spaced} ...   a PII slot: type alias (values.ALIAS) and an optional family alias
  {CARD:multi:a} / :b / :c   the parts of one value typed over consecutive messages
  {ANY} {ANY:spelled}        a generic slot: the generator assigns the type (and family) and
                             writes the language's label for that type before the value
  {#order}                   a hard negative (`must_keep`) of that kind
  [a|b|]                     inline alternatives of literal text
A first element "@es-MX" pins the locale.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from . import values as V

FAM = {
    "plain": "plain",
    "spaced": "spaced_or_dashed",
    "noise": "split_by_noise",
    "leet": "letter_substitution",
    "spelled": "spelled_out",
    "emailsp": "email_spelled",
    "pct": "percent_encoded",
    "urlcred": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibanbrk": "iban_broken",
    "ctx": "context_only",
    "multi": "multi_message",
}
FAMILIES = list(FAM.values())

DIGITISH = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "PHONE",
    "ES_DNI",
    "ES_NIE",
}
ALNUM_ID = {
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "UK_NATIONAL_INSURANCE_NUMBER",
    "MX_CURP",
    "MX_RFC",
    "SWIFT_CODE",
    "AWS_ACCESS_KEY",
}

# Families a generic slot may take for each type (structural families come from templates).
GENERIC_FAMS: dict[str, list[str]] = {}
for _t in V.TYPES:
    if _t in DIGITISH:
        GENERIC_FAMS[_t] = [
            "plain",
            "spaced_or_dashed",
            "split_by_noise",
            "letter_substitution",
            "spelled_out",
        ]
    elif _t in ("CREDIT_DEBIT_CVV", "PIN"):
        GENERIC_FAMS[_t] = ["plain", "spaced_or_dashed", "letter_substitution", "spelled_out"]
    elif _t == "CREDIT_DEBIT_EXPIRY":
        GENERIC_FAMS[_t] = [
            "plain",
            "compact_expiry",
            "spaced_or_dashed",
            "letter_substitution",
            "spelled_out",
        ]
    elif _t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        GENERIC_FAMS[_t] = ["plain", "iban_broken", "split_by_noise", "letter_substitution"]
    elif _t in ALNUM_ID:
        GENERIC_FAMS[_t] = ["plain", "spaced_or_dashed", "split_by_noise"] + (
            ["letter_substitution"] if _t not in ("SWIFT_CODE", "AWS_ACCESS_KEY", "MX_RFC") else []
        )
    elif _t == "IP_ADDRESS":
        GENERIC_FAMS[_t] = ["plain", "letter_substitution"]
    elif _t == "MAC_ADDRESS":
        GENERIC_FAMS[_t] = ["plain", "spaced_or_dashed"]
    elif _t == "EMAIL":
        GENERIC_FAMS[_t] = ["plain", "email_spelled"]
    else:
        GENERIC_FAMS[_t] = ["plain"]

MULTI_OK = DIGITISH | {"INTERNATIONAL_BANK_ACCOUNT_NUMBER", "MX_CURP", "MX_RFC"}

EMOJI = ["👉", "➡️", "🔹", "✅", "🙏", "▪️", "💳", "⭐"]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


@dataclass
class Lang:
    code: str
    locales: list[str]
    labels: dict[str, list[str]]
    digits: list[list[str]]  # words for 0..9, first is the usual one
    noise: list[str]  # words between groups ("then")
    email_at: list[str]
    email_dot: list[str]
    plus: str
    dev: list[tuple[str, ...]]
    sealed: list[tuple[str, ...]]


# ---------------------------------------------------------------- helpers on values
def compact(t: str, raw: str, rng: random.Random) -> str:
    if t == "PHONE":
        return V.phone_compact(raw, rng)
    if t in ("EMAIL", "PASSWORD", "USERNAME", "AWS_SECRET_KEY", "IP_ADDRESS"):
        return raw
    if t == "MAC_ADDRESS":
        return re.sub(r"[:\-]", "", raw)
    return re.sub(r"[\s\-./]", "", raw)


def canon_forms(t: str, raw: str) -> set[str]:
    """What a decoded surface may equal (upper-case alphanumerics)."""
    if t == "PHONE":
        return V.phone_forms(raw)
    if t == "CREDIT_DEBIT_EXPIRY":
        m, y = re.findall(r"\d+", raw)
        return {m + y[-2:], m + ("20" + y[-2:])}
    if t == "EMAIL":
        return {raw.lower()}
    if t in ("PASSWORD", "USERNAME", "AWS_SECRET_KEY"):
        return {raw}
    return {re.sub(r"[^0-9A-Za-z]", "", raw).upper()}


def regroup(c: str, rng: random.Random, sizes=(2, 3, 4, 5)) -> list[str]:
    lead = ""
    if c.startswith("+"):
        lead, c = "+", c[1:]
    out, i = [], 0
    while i < len(c):
        n = rng.choice(sizes)
        if len(c) - (i + n) == 1:
            n += 1
        out.append(c[i : i + n])
        i += n
    out[0] = lead + out[0]
    return out


def official_groups(t: str, c: str) -> list[str] | None:
    if t == "CREDIT_DEBIT_NUMBER":
        out, i = [], 0
        for n in V.card_groups(c):
            out.append(c[i : i + n])
            i += n
        return out
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return [c[i : i + 4] for i in range(0, len(c), 4)]
    return None


# ---------------------------------------------------------------- surfaces
def s_plain(t: str, raw: str, rng: random.Random) -> str:
    c = re.sub(r"[\s\-./]", "", raw)
    r = rng.random()
    if t == "CREDIT_DEBIT_NUMBER":
        g = official_groups(t, c)
        return c if r < 0.3 else ("-" if r > 0.9 else " ").join(g)
    if t == "PHONE":
        return V.phone_plain(raw, rng)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return V.iban_plain(raw, rng)
    if t == "BR_CPF":
        return c if r < 0.35 else f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"
    if t == "BR_CNPJ":
        return c if r < 0.3 else f"{c[:2]}.{c[2:5]}.{c[5:8]}/{c[8:12]}-{c[12:]}"
    if t == "FR_NIR":
        return c if r < 0.4 else f"{c[0]} {c[1:3]} {c[3:5]} {c[5:7]} {c[7:10]} {c[10:13]} {c[13:]}"
    if t == "DE_TAX_ID":
        return c if r < 0.5 else f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:]}"
    if t == "PT_NIF":
        return c if r < 0.6 else f"{c[:3]} {c[3:6]} {c[6:]}"
    if t in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return c if r < 0.3 else f"{c[:3]}-{c[3:5]}-{c[5:]}"
    if t == "UK_NATIONAL_INSURANCE_NUMBER":
        return c if r < 0.5 else f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8]}"
    if t == "ES_DNI":
        return c if r < 0.7 else f"{c[:8]}-{c[8]}"
    if t == "MX_CLABE":
        return c if r < 0.8 else f"{c[:3]} {c[3:6]} {c[6:17]} {c[17]}"
    return raw


def s_spaced(t: str, raw: str, rng: random.Random) -> str:
    if t == "MAC_ADDRESS":
        c = compact(t, raw, rng)
        return (
            ".".join(c[i : i + 4] for i in range(0, 12, 4))
            if rng.random() < 0.5
            else " ".join(c[i : i + 2] for i in range(0, 12, 2))
        )
    if t == "CREDIT_DEBIT_EXPIRY":
        m, y = re.findall(r"\d+", raw)
        return rng.choice(
            [f"{m} {y}", f"{m} - {y}", f"{m} . {y}", f"{' '.join(m)} / {' '.join(y)}"]
        )
    c = compact(t, raw, rng)
    if t in ("CREDIT_DEBIT_CVV", "PIN"):
        return rng.choice([" ", "-", " - ", "."]).join(c)
    off = official_groups(t, c)
    for _ in range(20):
        g = regroup(c, rng)
        if g != off:
            break
    j = rng.choice([" ", " ", "-", ".", "  ", " - "])
    return j.join(g)


def s_noise(t: str, raw: str, rng: random.Random, lang: Lang) -> str:
    c = compact(t, raw, rng)
    g = official_groups(t, c) if rng.random() < 0.5 else None
    if not g:
        g = (
            regroup(c, rng, (3, 4, 5) if len(c) > 9 else (2, 3, 4))
            if t in DIGITISH
            else regroup(c, rng, (4, 5, 6))
        )
    if len(g) < 2:
        g = [c[: len(c) // 2], c[len(c) // 2 :]]
    style = rng.randrange(6)
    if t not in DIGITISH:  # letters and words do not mix well: emoji, pipes, line breaks only
        style = rng.choice([0, 1, 3])
    if style == 0:
        e = rng.choice(EMOJI)
        seps = [rng.choice([f" {e} ", e])] * (len(g) - 1)
    elif style == 1:
        seps = [rng.choice([" | ", "|", " / ", "/", " // ", " \\ "])] * (len(g) - 1)
    elif style == 2:
        seps = [f" {rng.choice(lang.noise)} " for _ in g[1:]]
    elif style == 3:
        seps = ["\n"] * (len(g) - 1)
    elif style == 4:
        seps = [rng.choice([" ... ", "...", " , ", " ; "]) for _ in g[1:]]
    else:
        seps = [
            rng.choice(
                [f" {rng.choice(EMOJI)} ", " | ", f" {rng.choice(lang.noise)} ", "\n", " / "]
            )
            for _ in g[1:]
        ]
    out = g[0]
    for s, x in zip(seps, g[1:]):
        out += s + x
    return out


def _eligible_sub(s: str) -> list[int]:
    out = []
    for i, ch in enumerate(s):
        if ch not in "01":
            continue
        prev = s[i - 1] if i else ""
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if any(x.isalpha() for x in (prev, nxt)):
            continue
        if prev.isdigit() or nxt.isdigit():
            out.append(i)
    return out


def s_leet(t: str, raw: str, rng: random.Random) -> str | None:
    s = (
        s_plain(t, raw, rng)
        if t != "PHONE"
        else rng.choice([V.phone_plain(raw, rng), compact(t, raw, rng)])
    )
    pos = _eligible_sub(s)
    if not pos:
        return None
    k = min(len(pos), rng.choice([1, 1, 2, 2, 3]))
    chars = list(s)
    for i in sorted(rng.sample(pos, k)):
        chars[i] = rng.choice(["O", "o"]) if chars[i] == "0" else rng.choice(["l", "l", "I"])
    return "".join(chars)


def _words(d: str, lang: Lang, rng: random.Random, loc: str) -> list[str]:
    out = []
    for ch in d:
        if ch.isdigit():
            opts = lang.digits[int(ch)]
            if lang.code == "pt" and ch == "6" and loc != "pt-BR":
                opts = [w for w in opts if w != "meia"]
            out.append(opts[0] if rng.random() < 0.7 else rng.choice(opts))
        else:
            out.append(ch)
    return out


def s_spelled(t: str, raw: str, rng: random.Random, lang: Lang, loc: str) -> str:
    if t == "CREDIT_DEBIT_EXPIRY":
        m, y = re.findall(r"\d+", raw)
        return f"{' '.join(_words(m, lang, rng, loc))} / {' '.join(_words(y[-2:], lang, rng, loc))}"
    c = compact(t, raw, rng)
    lead = ""
    if c.startswith("+"):
        lead, c = lang.plus + " ", c[1:]
    g = official_groups(t, c) or regroup(c, rng, (2, 3, 4) if len(c) > 4 else (len(c),))
    style = rng.randrange(4)
    parts = []
    for i, grp in enumerate(g):
        if style == 3 and i % 2 == 0 and i > 0:  # mixed: every other group stays in digits
            parts.append(grp)
            continue
        w = _words(grp, lang, rng, loc)
        if lang.code == "en" and rng.random() < 0.4:
            w2, j = [], 0
            while j < len(w):
                if j + 1 < len(w) and w[j] == w[j + 1] and grp[j].isdigit():
                    w2.append(f"double {w[j]}")
                    j += 2
                else:
                    w2.append(w[j])
                    j += 1
            w = w2
        parts.append(("-" if style == 1 else " ").join(w))
    joiner = {0: ", ", 1: " ", 2: " ... ", 3: " "}[style]
    return lead + joiner.join(parts)


def s_email_spelled(raw: str, rng: random.Random, lang: Lang) -> str:
    local, dom = raw.split("@")
    at = rng.choice(lang.email_at)
    dot = rng.choice(lang.email_dot)
    style = rng.randrange(3)
    if style == 0:  # " at " / " dot " everywhere in the domain
        return f"{local} {at} {dom.replace('.', f' {dot} ')}"
    if style == 1:  # bracketed
        b = rng.choice(["()", "[]", "{}"])
        return f"{local}{b[0]}{rng.choice(['at', at])}{b[1]}{dom.replace('.', b[0] + rng.choice(['dot', dot]) + b[1])}"
    return f"{local.replace('.', f' {dot} ')} {at} {dom}"


def s_iban_broken(raw: str, rng: random.Random) -> str:
    g = regroup(raw, rng, (2, 3, 4, 4, 5, 6))
    out = g[0]
    for x in g[1:]:
        out += rng.choice([" ", " ", "  ", "-", " - ", "\n", "   "]) + x
    return out


def s_compact_expiry(raw: str) -> str:
    m, y = re.findall(r"\d+", raw)
    return m + y


# ---------------------------------------------------------------- decoders (verification only)
def decode(surface: str, t: str, fam: str, lang: Lang) -> str:
    s = unquote(surface) if fam == "percent_encoded" else surface
    if t == "EMAIL":
        for w in lang.email_at + ["at"]:
            s = (
                re.sub(rf"\s*[\(\[\{{]?\b{re.escape(w)}\b[\)\]\}}]?\s*", "@", s)
                if fam == "email_spelled"
                else s
            )
        if fam == "email_spelled":
            for w in lang.email_dot + ["dot"]:
                s = re.sub(rf"\s*[\(\[\{{]?\b{re.escape(w)}\b[\)\]\}}]?\s*", ".", s)
        return s.replace(" ", "").lower()
    if t in ("PASSWORD", "USERNAME", "AWS_SECRET_KEY"):
        return s
    if fam == "spelled_out":
        s = re.sub(r"\bdouble (\w+)", r"\1 \1", s)
        table = {}
        for d, ws in enumerate(lang.digits):
            for w in ws:
                table[strip_accents(w).lower()] = str(d)
        toks = re.split(r"([\s,\-/.]+)", s)
        s = "".join(
            table.get(
                strip_accents(x).lower(),
                "" if strip_accents(x).lower() == strip_accents(lang.plus).lower() else x,
            )
            for x in toks
        )
    if fam in ("split_by_noise", "multi_message"):
        words = {w for n in lang.noise for w in n.split()}
        s = " ".join(x for x in s.split() if x not in words)
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if fam == "letter_substitution":
        s = fold(s)
    return s


def fold(s: str) -> str:
    return s.upper().replace("O", "0").replace("I", "1").replace("L", "1")


def decodes_to(surface: str, t: str, fam: str, lang: Lang, raw: str) -> bool:
    d = decode(surface, t, fam, lang)
    forms = canon_forms(t, raw)
    if fam == "letter_substitution":
        return d in {fold(f) for f in forms} and d != surface
    return d in forms


# ---------------------------------------------------------------- rendering
SLOT = re.compile(r"\{(#[a-z_0-9]+|[A-Z]+)(?::([a-z]+))?(?::([abc]))?\}")
ALT = re.compile(r"\[([^\[\]]*)\]")


@dataclass
class Conv:
    locale: str
    messages: list[dict] = field(default_factory=list)


class Renderer:
    def __init__(self, lang: Lang, split: str):
        self.lang = lang
        self.split = split
        order = list(V.TYPES)
        random.Random(f"parcelled|order|{lang.code}|{split}").shuffle(order)
        self.type_order = order
        self.type_i = 0
        self.fam_i: dict[str, int] = {}

    def _next_generic(self, fam: str | None) -> tuple[str, str]:
        """Unconstrained slots walk every type in turn (coverage); a slot that names its family
        walks the types that family fits, on a cycle of its own."""
        if fam is not None:
            ts = [t for t in self.type_order if fam in GENERIC_FAMS[t]]
            i = self.fam_i.get("@" + fam, 0)
            self.fam_i["@" + fam] = i + 1
            return ts[i % len(ts)], fam
        t = self.type_order[self.type_i % len(self.type_order)]
        self.type_i += 1
        fams = GENERIC_FAMS[t]
        i = self.fam_i.get(t, 0)
        self.fam_i[t] = i + 1
        return t, fams[(i + self.type_order.index(t)) % len(fams)]

    def render(self, tmpl: tuple[str, ...], conv_id: str, rng: random.Random) -> Conv:
        lang = self.lang
        msgs = list(tmpl)
        locale = None
        if msgs and msgs[0].startswith("@"):
            locale = msgs.pop(0)[1:]
        msgs = [ALT.sub(lambda m: rng.choice(m.group(1).split("|")), x) for x in msgs]
        # resolve slots
        plan = []
        for mi, text in enumerate(msgs):
            for m in SLOT.finditer(text):
                name, fam, part = m.group(1), m.group(2), m.group(3)
                if name.startswith("#"):
                    plan.append((mi, m, "keep", name[1:], None, None))
                    continue
                if name == "ANY":
                    t, f = self._next_generic(FAM[fam] if fam and fam != "any" else None)
                    plan.append((mi, m, "pii", t, f, "label"))
                    continue
                t = V.ALIAS[name]
                if fam == "any":
                    f = rng.choice(GENERIC_FAMS[t])
                else:
                    f = FAM[fam] if fam else "plain"
                plan.append((mi, m, "pii", t, f, part))
        if locale is None:
            for p in plan:
                if p[2] == "pii" and V.NATIONAL_LOCALE.get(p[3], "")[:2] == lang.code:
                    locale = V.NATIONAL_LOCALE[p[3]]
                    break
        if locale is None:
            locale = rng.choice(lang.locales)
        # multi groups: one value, parts
        groups: dict[str, dict] = {}
        for p in plan:
            if p[2] == "pii" and p[4] == "multi_message":
                groups.setdefault(p[3], {"n": 0})["n"] += 1
        for gi, (t, g) in enumerate(sorted(groups.items())):
            raw = V.GEN[t](rng, locale)
            c = compact(t, raw, rng)
            n = g["n"]
            step = 4 if t in ("CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER") else 1
            first = 5 if c.startswith("+") else 3  # never cut inside a country code
            while True:
                cuts = sorted(rng.sample(range(step, len(c) - 2, step), n - 1))
                bounds = list(zip([0] + cuts, cuts + [len(c)]))
                if bounds[0][1] >= first and all(b - a >= 3 for a, b in bounds):
                    break
            pieces = [c[a:b] for a, b in zip([0] + cuts, cuts + [len(c)])]
            g.update(raw=raw, pieces=pieces, gid=f"{conv_id}-g{gi + 1}", spaced=rng.random() < 0.5)
        out = Conv(locale)
        per_msg: dict[int, list] = {}
        for p in plan:
            per_msg.setdefault(p[0], []).append(p)
        for mi, text in enumerate(msgs):
            buf, pos, pii, keep = "", 0, [], []
            for _, m, kind, t, f, part in per_msg.get(mi, []):
                buf += text[pos : m.start()]
                pos = m.end()
                if kind == "keep":
                    v = V.keep(t, rng, locale)
                    keep.append(
                        {"kind": t, "start": len(buf), "end": len(buf) + len(v), "value": v}
                    )
                    buf += v
                    continue
                if part == "label":
                    label = rng.choice(lang.labels[t])
                    if f == "compact_expiry":
                        sep = rng.choice([" ", "", " "])
                    else:
                        sep = (
                            rng.choice([" ", ": ", " ", ":", " - "])
                            if not label.endswith(("?", ":"))
                            else " "
                        )
                    buf += label + sep
                item = {"type": t, "family": f}
                if f == "multi_message":
                    g = groups[t]
                    idx = "abc".index(part)
                    piece = g["pieces"][idx]
                    if g["spaced"] and len(piece) > 5:
                        lead = "+" if piece.startswith("+") else ""
                        body = piece[len(lead) :]
                        w = 3 if t == "PHONE" else 4
                        piece = lead + " ".join(body[i : i + w] for i in range(0, len(body), w))
                    surf = piece
                    item["group"] = g["gid"]
                    item["_raw"] = g["raw"]
                    item["_part"] = idx
                else:
                    raw, surf = self._surface(t, f, rng, locale)
                    item["_raw"] = raw
                item.update(start=len(buf), end=len(buf) + len(surf), value=surf)
                buf += surf
                pii.append(item)
            buf += text[pos:]
            out.messages.append({"text": buf, "pii": pii, "must_keep": keep})
        return out

    def _surface(self, t: str, f: str, rng: random.Random, loc: str) -> tuple[str, str]:
        lang = self.lang
        for _ in range(200):
            raw = V.GEN[t](rng, loc)
            if f in ("url_credentials",) and t == "PASSWORD" and re.search(r"[#?%&/@:]", raw):
                continue
            if f in ("plain", "context_only", "key_value_secret", "url_credentials"):
                return raw, s_plain(t, raw, rng)
            if f == "spaced_or_dashed":
                return raw, s_spaced(t, raw, rng)
            if f == "split_by_noise":
                return raw, s_noise(t, raw, rng, lang)
            if f == "letter_substitution":
                s = s_leet(t, raw, rng)
                if s is None:
                    continue
                return raw, s
            if f == "spelled_out":
                return raw, s_spelled(t, raw, rng, lang, loc)
            if f == "email_spelled":
                return raw, s_email_spelled(raw, rng, lang)
            if f == "percent_encoded":
                if t == "EMAIL":
                    return raw, quote(raw, safe=".") if rng.random() < 0.7 else quote(raw, safe="")
                nat = V.phone_plain(raw, rng)
                if not nat.startswith("+"):
                    nat = raw
                return raw, quote(nat, safe="")
            if f == "compact_expiry":
                return raw, s_compact_expiry(raw)
            if f == "iban_broken":
                return raw, s_iban_broken(raw, rng)
            raise KeyError(f)
        raise RuntimeError((t, f))
