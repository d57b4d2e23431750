"""Turn hand-written templates into labelled conversations, and decode surfaces back.

A template is one to four customer messages. Inside a message, `{...}` marks a slot:

    {CARD}            a value in its plain (official) surface
    {CARD:sp}         the same value in the family named after the colon
    {CARD~}           a surface chosen per repetition among the families that fit the type
    {CARD#2:noise}    a second, different value of the same type
    {IBAN:mm}         the same slot in several messages: one value typed over those messages
    {@order}          a hard negative (`must_keep`) of that kind
    {?label} {?}      generic frame: the generator assigns the type (and the family)

Everything outside the braces is literal text and must be digit-free.
"""

from __future__ import annotations

import random
import re
import urllib.parse
from dataclasses import dataclass, field

import phonenumbers

from . import values as V

FAMILIES = (
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "email_spelled",
    "percent_encoded",
    "url_credentials",
    "key_value_secret",
    "compact_expiry",
    "iban_broken",
    "context_only",
    "multi_message",
)
FAM_ALIAS = {
    "plain": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "esp": "email_spelled",
    "pct": "percent_encoded",
    "urlc": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ibanb": "iban_broken",
    "ctx": "context_only",
    "mm": "multi_message",
}

T = {k: v for k, v in V.ALIAS.items()}
SPELL_TYPES = {
    T[a]
    for a in "CARD CVV PIN PHONE ACCT ROUTING SSN ITIN DNI NIE CLABE CPF CNPJ NIR STID NIF".split()
}
SP_TYPES = SPELL_TYPES | {T[a] for a in "SWIFT NINO PASSPORT DL CURP RFC".split()}
NOISE_TYPES = SP_TYPES - {T["CVV"], T["PIN"], T["SWIFT"]}
SUB_TYPES = SPELL_TYPES | {T[a] for a in "IBAN NINO PASSPORT DL IP RFC".split()}
MM_TYPES = {
    T[a]
    for a in "CARD PHONE ACCT IBAN CLABE CPF SSN NIR STID CNPJ DNI NIF ITIN NIE CURP ROUTING".split()
}


def surface_families(type_: str) -> list[str]:
    """Families that can dress a bare value of `type_` inside one message."""
    fams = ["plain"]
    if type_ in SP_TYPES:
        fams.append("spaced_or_dashed")
    if type_ == T["IBAN"]:
        fams.append("iban_broken")
    if type_ in NOISE_TYPES or type_ == T["IBAN"]:
        fams.append("split_by_noise")
    if type_ in SUB_TYPES or type_ == T["IBAN"]:
        fams.append("letter_substitution")
    if type_ in SPELL_TYPES:
        fams.append("spelled_out")
    if type_ == T["EMAIL"]:
        fams.append("email_spelled")
    if type_ == T["EXP"]:
        fams.append("compact_expiry")
    return fams


# ---------------------------------------------------------------- language material
DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
# Variants people type: no accents, "oh", "zwo", "meia" (Brazilian six on the phone).
DIGIT_VARIANTS = {
    "en": {"0": ["oh", "o"]},
    "es": {},
    "fr": {"0": ["zero"]},
    "de": {"2": ["zwo"], "5": ["fuenf", "funf"]},
    "pt": {"3": ["tres"], "6": ["meia"]},
}
WORD_TO_DIGIT: dict[str, str] = {}
for _lang, _words in DIGIT_WORDS.items():
    for _i, _w in enumerate(_words):
        WORD_TO_DIGIT[_w] = str(_i)
    for _d, _vs in DIGIT_VARIANTS[_lang].items():
        for _w in _vs:
            WORD_TO_DIGIT[_w] = _d
REPEAT_WORDS = {"double": 2, "triple": 3}

NOISE_WORDS = {
    "en": ["then", "and then", "next", "after that", "followed by"],
    "es": ["luego", "y luego", "después", "despues", "seguido de"],
    "fr": ["puis", "ensuite", "et puis", "après"],
    "de": ["dann", "und dann", "danach", "dann noch"],
    "pt": ["depois", "e depois", "aí", "e aí", "em seguida"],
}
EMOJI = ["👉", "✅", "🔹", "➡️", "💳", "🙏", "👇", "✨", "➖", "😅"]
AT_DOT = {
    "en": [
        (" at ", " dot "),
        (" (at) ", " (dot) "),
        ("[at]", "[dot]"),
        (" AT ", " DOT "),
        (" at ", "."),
    ],
    "es": [
        (" arroba ", " punto "),
        ("(arroba)", "(punto)"),
        (" arroba ", "."),
        (" @rroba ", " punto "),
    ],
    "fr": [(" arobase ", " point "), (" arobase ", "."), ("(at)", "(point)"), (" at ", " point ")],
    "de": [
        (" Klammeraffe ", " Punkt "),
        (" at ", " punkt "),
        ("(at)", "(punkt)"),
        (" [at] ", " [punkt] "),
    ],
    "pt": [
        (" arroba ", " ponto "),
        ("(arroba)", "(ponto)"),
        (" arroba ", "."),
        (" at ", " ponto "),
    ],
}
AT_TOKENS = sorted(
    {a.strip() for v in AT_DOT.values() for a, _ in v} | {"at"}, key=len, reverse=True
)
DOT_TOKENS = sorted(
    {d.strip() for v in AT_DOT.values() for _, d in v if d.strip() != "."}, key=len, reverse=True
)


# ---------------------------------------------------------------- surfaces
def _rechunk(s: str, rng: random.Random, lo: int = 2, hi: int = 5) -> list[str]:
    out, i = [], 0
    while i < len(s):
        n = rng.randint(lo, hi)
        if len(s) - (i + n) == 1:
            n += 1
        out.append(s[i : i + n])
        i += n
    return out


def _compact_for_layout(v: V.Value, rng: random.Random) -> str:
    if v.type == T["PHONE"]:
        nat = "".join(v.groups)
        if rng.random() < 0.35:
            return (
                "+"
                + str(phonenumbers.parse(v.canonical).country_code)
                + "|"
                + str(phonenumbers.parse(v.canonical).national_number)
            )
        return nat
    if v.type == T["EXP"]:
        return v.groups[0] + v.groups[1]
    return re.sub(r"[^0-9A-Za-z]", "", v.plain) if v.type != T["MAC"] else v.canonical


def spaced(v: V.Value, rng: random.Random) -> str:
    s = _compact_for_layout(v, rng)
    head = ""
    if "|" in s:
        head, s = s.split("|")
    if len(s) <= 4:
        chunks = list(s)
    else:
        for _ in range(20):
            chunks = _rechunk(s, rng, 2, 5)
            if tuple(chunks) != tuple(v.groups):
                break
    sep = rng.choice([" ", "-", ".", "  ", " - ", " "])
    body = sep.join(chunks)
    return f"{head} {body}" if head else body


def noisy(v: V.Value, lang: str, rng: random.Random) -> str:
    s = _compact_for_layout(v, rng)
    head = ""
    if "|" in s:
        head, s = s.split("|")
    groups = list(v.groups)
    if head or len(groups) < 2 or any(len(g) > 6 for g in groups):
        groups = _rechunk(s, rng, 3, 4)
    style = rng.choice(["emoji", "pipe", "slash", "word", "newline", "mixed"])

    def sep() -> str:
        st = style if style != "mixed" else rng.choice(["emoji", "pipe", "word", "newline"])
        if st == "emoji":
            return rng.choice([" ", ""]) + rng.choice(EMOJI) + rng.choice([" ", ""])
        if st == "pipe":
            return rng.choice([" | ", "|", " || "])
        if st == "slash":
            return rng.choice([" / ", "/", " // "])
        if st == "word":
            return " " + rng.choice(NOISE_WORDS[lang]) + rng.choice([" ", "... ", ", "])
        return rng.choice(["\n", "\n", " \n"])

    out = groups[0]
    for g in groups[1:]:
        out += sep() + g
    return f"{head} {out}" if head else out


def substituted(v: V.Value, rng: random.Random) -> str | None:
    s = v.plain
    elig = [
        i
        for i in range(1, len(s) - 1)
        if s[i] in "01" and s[i - 1].isdigit() and s[i + 1].isdigit()
    ]
    if not elig:
        return None
    rng.shuffle(elig)
    chosen: list[int] = []
    for i in elig:
        if all(abs(i - j) > 1 for j in chosen):
            chosen.append(i)
        if len(chosen) >= rng.randint(1, 3):
            break
    out = list(s)
    for i in chosen:
        out[i] = rng.choice("OOo") if s[i] == "0" else rng.choice("llI")
    return "".join(out)


def _spell_digits(d: str, lang: str, rng: random.Random, joiner: str, phone_br: bool) -> str:
    words: list[str] = []
    i = 0
    while i < len(d):
        c = d[i]
        if lang == "en" and i + 1 < len(d) and d[i + 1] == c and rng.random() < 0.3:
            w = "oh" if c == "0" else DIGIT_WORDS["en"][int(c)]
            words.append(f"double {w}")
            i += 2
            continue
        w = DIGIT_WORDS[lang][int(c)]
        variants = DIGIT_VARIANTS[lang].get(c, [])
        if c == "6" and lang == "pt":
            variants = ["meia"] if phone_br else []
        if variants and rng.random() < 0.4:
            w = rng.choice([x for x in variants if x != "o"] or variants)
        if lang == "fr" and rng.random() < 0.3:
            w = w.replace("é", "e")
        words.append(w)
        i += 1
    return joiner.join(words)


def spelled(v: V.Value, lang: str, rng: random.Random) -> str:
    if v.type == T["PHONE"]:
        tokens = list(v.groups)
    else:
        tokens = re.findall(r"[0-9]+|[A-Za-z]+", v.plain)
        if len(tokens) == 1 and tokens[0].isdigit() and len(tokens[0]) > 6:
            tokens = _rechunk(tokens[0], rng, 3, 4)
    digit_idx = [i for i, t in enumerate(tokens) if t.isdigit()]
    mixed = len(digit_idx) > 1 and rng.random() < 0.35
    keep = set(rng.sample(digit_idx, k=rng.randint(1, len(digit_idx) - 1))) if mixed else set()
    joiner = rng.choice([" ", " ", "-", ", "]) if not mixed else " "
    phone_br = v.type == T["PHONE"] and v.region == "BR"
    gsep = (
        rng.choice([", ", " ", " / ", " - "])
        if joiner != " "
        else rng.choice([", ", " , ", " / ", "  "])
    )
    parts = []
    for i, t in enumerate(tokens):
        if t.isdigit() and i not in keep:
            parts.append(_spell_digits(t, lang, rng, joiner, phone_br))
        else:
            parts.append(t)
    return gsep.join(parts)


def email_spelled(email: str, lang: str, rng: random.Random) -> str:
    at, dot = rng.choice(AT_DOT[lang])
    local, domain = email.split("@")
    if rng.random() < 0.5 and dot.strip():
        local = local.replace(".", dot)
    return local + at + domain.replace(".", dot)


def percent(v: V.Value, rng: random.Random) -> str:
    if v.type == T["PHONE"]:
        return urllib.parse.quote(v.canonical, safe="")
    return urllib.parse.quote(v.canonical, safe="" if rng.random() < 0.7 else ".")


def compact_exp(v: V.Value, rng: random.Random) -> str:
    m, y = v.canonical.split("/")
    return m + (y[2:] if rng.random() < 0.75 else y)


def iban_broken(v: V.Value, rng: random.Random) -> str:
    chunks = _rechunk(v.canonical, rng, 2, 7)
    out = chunks[0]
    for c in chunks[1:]:
        out += rng.choice([" ", " ", "-", "  ", "\n", " - ", "   "]) + c
    return out


def multi_parts(v: V.Value, n: int, rng: random.Random) -> list[str]:
    groups = list(v.groups)
    if len(groups) < n or any(len(g) > 5 for g in groups):
        groups = _rechunk(re.sub(r"[^0-9A-Za-z]", "", "".join(groups)), rng, 3, 4)
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    sep = rng.choice([" ", " ", "", "-", "."]) if v.type != T["IBAN"] else rng.choice([" ", ""])
    bounds = [0] + cuts + [len(groups)]
    return [sep.join(groups[a:b]) for a, b in zip(bounds, bounds[1:])]


def surface(v: V.Value, fam: str, lang: str, rng: random.Random) -> str | None:
    """The text of `v` as a customer would type it in family `fam` (None: does not fit)."""
    if fam in ("plain", "context_only", "key_value_secret", "url_credentials"):
        return v.plain
    if fam == "spaced_or_dashed":
        return spaced(v, rng)
    if fam == "split_by_noise":
        return noisy(v, lang, rng)
    if fam == "letter_substitution":
        return substituted(v, rng)
    if fam == "spelled_out":
        return spelled(v, lang, rng)
    if fam == "email_spelled":
        return email_spelled(v.canonical, lang, rng)
    if fam == "percent_encoded":
        return percent(v, rng)
    if fam == "compact_expiry":
        return compact_exp(v, rng)
    if fam == "iban_broken":
        return iban_broken(v, rng)
    raise KeyError(fam)


# ---------------------------------------------------------------- decoding (the generator's proof)
_NOISE_RE = re.compile(
    "|".join(
        sorted({re.escape(w) for ws in NOISE_WORDS.values() for w in ws}, key=len, reverse=True)
    ),
    re.IGNORECASE,
)


def key(type_: str, s: str, region: str, lang: str) -> str:
    """A comparable form of a decoded surface (or a canonical value)."""
    if type_ == T["PHONE"]:
        digits = re.sub(r"\D", "", s)
        num = (
            phonenumbers.parse("+" + digits)
            if s.lstrip().startswith("+")
            else phonenumbers.parse(digits, region)
        )
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if type_ == T["EXP"]:
        low = s.lower()
        month = None
        for lg in V.MONTHS:
            for names in V.MONTHS[lg]:
                for i, name in enumerate(names.split()):
                    if re.search(rf"(?<![a-zà-ü]){re.escape(name)}(?![a-zà-ü])", low) and (
                        month is None or lg == lang
                    ):
                        month = i + 1
        nums = re.findall(r"\d+", low)
        if month is None:
            if len(nums) == 1:
                month, nums = int(nums[0][:2]), [nums[0][2:]]
            else:
                month = int(nums[0])
        y = int(nums[-1])
        return f"{month:02d}/{y + 2000 if y < 100 else y}"
    if type_ == T["EMAIL"]:
        return s.strip().lower()
    if type_ in (T["PWD"], T["USER"], T["AKID"], T["ASK"]):
        return s
    if type_ == T["IP"]:
        return s.lower()
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def decode(type_: str, fam: str, s: str, lang: str) -> str:
    """Undo the obfuscation of family `fam` without knowing the value."""
    if fam == "split_by_noise":
        s = _NOISE_RE.sub(" ", s)
        for e in EMOJI:
            s = s.replace(e, " ")
        s = re.sub(r"[|/\n]", " ", s).replace("\ufe0f", "")
    elif fam == "letter_substitution":
        chars = list(s)
        for i in range(1, len(s) - 1):
            if s[i] in "OolI" and s[i - 1].isdigit() and s[i + 1].isdigit():
                chars[i] = "0" if s[i] in "Oo" else "1"
        s = "".join(chars)
    elif fam == "spelled_out":
        toks = re.findall(r"[^\W\d_]+|\d+", s)
        out, rep = [], 1
        for t in toks:
            lt = t.lower()
            if lt in REPEAT_WORDS:
                rep = REPEAT_WORDS[lt]
                continue
            if lt in WORD_TO_DIGIT:
                out.append(WORD_TO_DIGIT[lt] * rep)
            else:
                out.append(t * rep if rep > 1 else t)
            rep = 1
        s = " ".join(out)
    elif fam == "email_spelled":
        for tok in AT_TOKENS:
            s = re.sub(
                rf"\s*{re.escape(tok)}\s*" if not tok.isalpha() else rf"\s+{re.escape(tok)}\s+",
                "@",
                s,
            )
        for tok in DOT_TOKENS:
            s = re.sub(
                rf"\s*{re.escape(tok)}\s*" if not tok.isalpha() else rf"\s+{re.escape(tok)}\s+",
                ".",
                s,
                flags=re.IGNORECASE,
            )
        s = s.replace(" ", "")
    elif fam == "percent_encoded":
        s = urllib.parse.unquote(s)
    elif fam in ("iban_broken", "spaced_or_dashed"):
        s = re.sub(r"\s+", " ", s)
    return s


# ---------------------------------------------------------------- templates
@dataclass(frozen=True)
class Template:
    split: str
    messages: tuple[str, ...]
    locales: tuple[str, ...] = ()
    generic: str = ""  # "", "surface", "ctx" or "mm": the generator assigns the type


def D(*messages: str, loc: tuple[str, ...] | str = ()) -> Template:
    """A dev-split template."""
    return Template(
        "dev", tuple(messages), (loc,) if isinstance(loc, str) else loc, _generic(messages)
    )


def S(*messages: str, loc: tuple[str, ...] | str = ()) -> Template:
    """A sealed-split template."""
    return Template(
        "sealed", tuple(messages), (loc,) if isinstance(loc, str) else loc, _generic(messages)
    )


def _generic(messages: tuple[str, ...]) -> str:
    slots = [m.group(1) for msg in messages for m in SLOT.finditer(msg)]
    if not any(s == "?" or s.startswith("?:") for s in slots):
        return ""
    if any(s == "?:mm" for s in slots):
        return "mm"
    if any(s == "?:ctx" for s in slots):
        return "ctx"
    return "surface"


SLOT = re.compile(r"\{([^{}]*)\}")


def literal(msg: str) -> str:
    return SLOT.sub("", msg)


@dataclass
class Placed:
    type: str
    family: str
    canonical: str
    surface: str
    region: str
    group: str = ""
    part: int = 0


@dataclass
class Rendered:
    conv: dict
    placed: list[Placed] = field(default_factory=list)


def _parse_slot(s: str) -> tuple[str, str, str]:
    """-> (kind, key, family alias). kind in {'mk', 'label', 'value'}."""
    if s.startswith("@"):
        return "mk", s, s[1:].split("#")[0]
    if s == "?label":
        return "label", "?", ""
    fam = ""
    name = s
    if name.endswith("~"):
        name, fam = name[:-1], "~"
    if ":" in name:
        name, fam = name.split(":", 1)
    return "value", name, fam or "plain"


def render(
    tpl: Template,
    lang: str,
    labels: dict[str, list[str]],
    conv_id: str,
    rng: random.Random,
    assigned: tuple[str, str] | None = None,
) -> Rendered:
    locale = rng.choice(tpl.locales or V.LOCALES[lang])
    region = V.REGION[locale]
    slots = [[_parse_slot(m.group(1)) for m in SLOT.finditer(msg)] for msg in tpl.messages]
    # how many messages each multi-message slot spans
    mm_count: dict[str, int] = {}
    for msg_slots in slots:
        for kind, k, fam in msg_slots:
            if kind == "value" and fam == "mm":
                mm_count[k] = mm_count.get(k, 0) + 1
    drawn: dict[str, V.Value] = {}
    chosen_fam: dict[str, str] = {}
    mm_parts: dict[str, list[str]] = {}
    mm_seen: dict[str, int] = {}
    groups: dict[str, str] = {}
    mks: dict[str, str] = {}

    def type_of(name: str) -> str:
        if name == "?":
            assert assigned is not None
            return assigned[0]
        return T[name.split("#")[0]]

    def get(name: str, fam_alias: str) -> tuple[V.Value, str, str | None]:
        t = type_of(name)
        if fam_alias == "~":
            if name not in chosen_fam:
                opts = surface_families(t)
                chosen_fam[name] = rng.choice(["plain"] + opts)
            fam = chosen_fam[name]
        elif name == "?" and fam_alias == "plain" and assigned is not None:
            fam = assigned[1]
        else:
            fam = FAM_ALIAS[fam_alias]
        for _ in range(200):
            if name not in drawn:
                drawn[name] = V.draw(t, rng, lang, locale, url_safe=(fam == "url_credentials"))
            v = drawn[name]
            if fam == "multi_message":
                return v, fam, None
            srf = surface(v, fam, lang, rng)
            if srf is not None:
                return v, fam, srf
            del drawn[name]
        raise RuntimeError(f"no {fam} surface for {t}")

    messages, placed = [], []
    for mi, msg in enumerate(tpl.messages):
        text, pii, keep = "", [], []
        pos = 0
        for m, (kind, k, fam) in zip(SLOT.finditer(msg), slots[mi]):
            text += msg[pos : m.start()]
            pos = m.end()
            if kind == "label":
                text += rng.choice(labels[type_of("?")])
                continue
            if kind == "mk":
                if k not in mks or "#" not in k:
                    mks[k] = V.must_keep(fam, rng, lang, locale)
                start = len(text)
                text += mks[k]
                keep.append({"kind": fam, "start": start, "end": len(text), "value": mks[k]})
                continue
            v, family, srf = get(k, fam)
            gid = ""
            if family == "multi_message":
                if k not in mm_parts:
                    mm_parts[k] = multi_parts(v, mm_count[k], rng)
                    groups[k] = f"{conv_id}-g{len(groups) + 1}"
                idx = mm_seen.get(k, 0)
                mm_seen[k] = idx + 1
                srf, gid = mm_parts[k][idx], groups[k]
            start = len(text)
            text += srf
            span = {"type": v.type, "family": family}
            if gid:
                span["group"] = gid
            span.update({"start": start, "end": len(text), "value": srf})
            pii.append(span)
            placed.append(
                Placed(v.type, family, v.canonical, srf, v.region or region, gid, mm_seen.get(k, 0))
            )
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    conv = {"id": conv_id, "lang": lang, "locale": locale, "split": tpl.split, "messages": messages}
    for p in placed:
        if not p.region:
            p.region = region
    return Rendered(conv, placed)
