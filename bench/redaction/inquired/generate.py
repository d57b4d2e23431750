"""Build the inquired corpus: chats where the agent's question explains a bare answer.

    python -m bench.redaction.inquired.generate           rewrite dev.jsonl and sealed.jsonl.gz
    python -m bench.redaction.inquired.generate --check   compare with the files on disk, write nothing
    python -m bench.redaction.inquired.generate --stats   print counts

Every template list is cut in two by position (even = dev, odd = sealed), and the run
stops if any literal template text lands in both halves, so tuning on dev cannot fit sealed.
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
from typing import Any

import phonenumbers
from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import rtn, ssn

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).parent
SEED = 30_1430
LANGS = {
    "en": templates_en,
    "es": templates_es,
    "fr": templates_fr,
    "de": templates_de,
    "pt": templates_pt,
}
CONVS = {"dev": 46, "sealed": 56}  # per language
TEMPLATE_KEYS = [
    "GREET",
    "OPEN",
    "CHAT",
    "CLOSE_AGENT",
    "CLOSE_CUST",
    "WAIT",
    "DODGE",
    "QBACK",
    "REASK",
    "CORRECT",
    "FILLER",
    "CONT",
    "ASK",
    "NAMED",
    "PAIR_ASK",
    "PAIR_ANS",
    "PARTIAL_ASK",
    "POSTCODE_PART",
    "KEEP_ASK",
    "KEEP_NAMED",
]

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "PHONE",
    "SSN",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}
ALNUM_TYPES = {
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT_CODE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "ES_DNI",
    "ES_NIE",
    "MX_CURP",
    "MX_RFC",
}
MULTI_OK = {
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "SSN",
    "PT_NIF",
    "ES_DNI",
}
SHORT = {"CREDIT_DEBIT_CVV", "PIN"}


# ---------------------------------------------------------------- splitting


def half(obj: Any, split: str) -> Any:
    k = 0 if split == "dev" else 1
    if isinstance(obj, dict):
        return {key: half(v, split) for key, v in obj.items()}
    return list(obj[k::2])


def texts(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [t for v in obj.values() for t in texts(v)]
    if isinstance(obj, (list, tuple)):
        return [t for v in obj for t in texts(v)]
    return []


def template_sets() -> dict[str, dict[str, dict[str, Any]]]:
    out: dict[str, dict[str, dict[str, Any]]] = {"dev": {}, "sealed": {}}
    for lang, mod in LANGS.items():
        for split in out:
            out[split][lang] = {k: half(getattr(mod, k), split) for k in TEMPLATE_KEYS}
    seen = {s: {t.strip().lower() for lang in out[s] for t in texts(out[s][lang])} for s in out}
    both = seen["dev"] & seen["sealed"]
    # entity type names inside PAIR_ASK tuples are labels, not literal text
    both = {t for t in both if not re.fullmatch(r"[A-Z_]+", t.upper()) or " " in t}
    if both:
        sys.exit("dev and sealed share template text: %r" % sorted(both)[:20])
    for lang, mod in LANGS.items():
        for t in texts({k: getattr(mod, k) for k in TEMPLATE_KEYS}):
            if re.search(r"\d", t) and not _agent_text(mod, t):
                sys.exit("digit in a customer template (%s): %r" % (lang, t))
        for k in TEMPLATE_KEYS:
            obj = getattr(mod, k)
            for part in obj.values() if isinstance(obj, dict) else [obj]:
                if len(part) < 2:
                    sys.exit("%s.%s has fewer than two entries" % (lang, k))
    return out


def _agent_text(mod: Any, t: str) -> bool:
    agent = texts(
        [
            mod.GREET,
            mod.CLOSE_AGENT,
            mod.REASK,
            mod.ASK,
            mod.PARTIAL_ASK,
            mod.POSTCODE_PART,
            mod.KEEP_ASK,
            [a for a, _, _ in mod.PAIR_ASK],
            [b for _, b in mod.QBACK],
        ]
    )
    return t in agent


# ---------------------------------------------------------------- values

VALIDATE = {
    "CREDIT_DEBIT_NUMBER": luhn.is_valid,
    "SSN": ssn.is_valid,
    "ES_DNI": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "MX_CURP": curp.is_valid,
    "MX_RFC": rfc.is_valid,
    "MX_CLABE": V.clabe_is_valid,
    "BR_CPF": cpf.is_valid,
    "BR_CNPJ": cnpj.is_valid,
    "FR_NIR": nir.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "PT_NIF": nif.is_valid,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": iban.is_valid,
    "SWIFT_CODE": bic.is_valid,
}


class Value:
    """One drawn value: its type, its canonical form, and the plain way people write it."""

    def __init__(
        self, typ: str, canon: str, plain: str, partial: bool = False, region: str | None = None
    ):
        self.typ, self.canon, self.plain, self.partial, self.region = (
            typ,
            canon,
            plain,
            partial,
            region,
        )


def draw(typ: str, locale: str, rng: random.Random) -> Value:
    conf = locale_conf(locale)
    lang = locale[:2]
    if typ == "CREDIT_DEBIT_NUMBER":
        c = V.card(rng)
        plain = rng.choice([c, " ".join(R.group(c, [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]))])
        return Value(typ, c, plain)
    if typ == "CREDIT_DEBIT_EXPIRY":
        mm, yy = V.expiry(rng)
        return Value(typ, "%02d%02d" % (mm, yy), R.render_expiry(mm, yy, rng, lang))
    if typ == "CREDIT_DEBIT_CVV":
        c = V.cvv(rng, rng.random() < 0.1)
        return Value(typ, c, c)
    if typ == "PIN":
        p = V.pin(rng)
        return Value(typ, p, p)
    if typ == "BANK_ACCOUNT_NUMBER":
        a = V.bank_account(rng, locale)
        if locale == "pt-BR" and rng.random() < 0.5:
            dv = str(rng.randint(0, 9))
            return Value(typ, a + dv, a + "-" + dv)
        return Value(typ, a, a)
    if typ == "BANK_ROUTING":
        kind, d = V.routing(rng, locale)
        if kind == "uk_sort":
            return Value(typ, d, rng.choice(["-".join(R.group(d, [2, 2, 2])), d]))
        if kind == "de_blz":
            return Value(typ, d, rng.choice([d, " ".join(R.group(d, [3, 3, 2]))]))
        assert kind != "us_aba" or rtn.is_valid(d)
        return Value(typ, d, d)
    if typ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        v = V.iban_value(
            rng,
            conf["iban"]
            if rng.random() < 0.8
            else rng.choice(["ES", "DE", "FR", "PT", "GB", "BR"]),
        )
        return Value(typ, v, rng.choice([v, " ".join(R.group(v, [4] * 9))]))
    if typ == "SWIFT_CODE":
        v = V.swift(rng, conf["swift"])
        return Value(typ, v, v)
    if typ == "EMAIL":
        v = V.email(rng, lang)
        return Value(typ, v.lower(), v)
    if typ == "PHONE":
        num = V.phone(rng, conf["phone"])
        t = V.phone_text(rng, num)
        return Value(typ, R.decode_digits(t), t, region=conf["phone"])
    if typ == "SSN":
        s = V.ssn_value(rng)
        return Value(typ, s, rng.choice([s, "%s-%s-%s" % (s[:3], s[3:5], s[5:])]))
    if typ == "PASSPORT_NUMBER":
        v = V.passport(rng, locale)
        return Value(typ, v, v)
    if typ == "DRIVER_ID":
        v = V.driver_id(rng, locale)
        return Value(typ, R.decode_alnum(v), v)
    if typ == "PASSWORD":
        v = V.password(rng)
        return Value(typ, v, v)
    if typ == "USERNAME":
        v = V.username(rng)
        return Value(typ, v, v)
    if typ == "IP_ADDRESS":
        v = V.ip_address(rng)
        return Value(typ, v, v)
    if typ == "ES_DNI":
        v = V.es_dni(rng)
        return Value(
            typ,
            v,
            rng.choice(
                [v, v[:8] + "-" + v[8], "%s.%s.%s-%s" % (v[:2], v[2:5], v[5:8], v[8]), v.lower()]
            ),
        )
    if typ == "ES_NIE":
        v = V.es_nie(rng)
        return Value(typ, v, rng.choice([v, "%s-%s-%s" % (v[0], v[1:8], v[8])]))
    if typ == "MX_CURP":
        v = V.mx_curp(rng)
        return Value(typ, v, rng.choice([v, v, v.lower()]))
    if typ == "MX_RFC":
        v = V.mx_rfc(rng)
        return Value(typ, v, rng.choice([v, v[:4] + "-" + v[4:10] + "-" + v[10:]]))
    if typ == "MX_CLABE":
        v = V.mx_clabe(rng)
        return Value(typ, v, rng.choice([v, " ".join(R.group(v, [3, 3, 11, 1]))]))
    if typ == "BR_CPF":
        v = V.br_cpf(rng)
        return Value(typ, v, rng.choice([v, "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])]))
    if typ == "BR_CNPJ":
        v = V.br_cnpj(rng)
        return Value(
            typ, v, rng.choice([v, "%s.%s.%s/%s-%s" % (v[:2], v[2:5], v[5:8], v[8:12], v[12:])])
        )
    if typ == "FR_NIR":
        v = V.fr_nir(rng)
        return Value(typ, v, rng.choice([v, " ".join(R.group(v, [1, 2, 2, 2, 3, 3, 2]))]))
    if typ == "DE_TAX_ID":
        v = V.de_tax_id(rng)
        return Value(typ, v, rng.choice([v, " ".join(R.group(v, [2, 3, 3, 3]))]))
    if typ == "PT_NIF":
        v = V.pt_nif(rng)
        return Value(typ, v, rng.choice([v, " ".join(R.group(v, [3, 3, 3]))]))
    raise ValueError(typ)


def families_for(typ: str) -> list[tuple[str, int]]:
    if typ == "EMAIL":
        return [("plain", 5), ("email_obfuscated", 5)]
    if typ in SHORT:
        return [("plain", 6), ("spelled_out", 3), ("letter_digits", 2), ("split_by_noise", 1)]
    if typ in DIGIT_TYPES:
        return [
            ("plain", 5),
            ("spaced_or_dashed", 3),
            ("split_by_noise", 3),
            ("letter_digits", 2),
            ("spelled_out", 2),
        ]
    if typ in ALNUM_TYPES:
        return [("plain", 6), ("spaced_or_dashed", 2), ("split_by_noise", 1)]
    return [("plain", 1)]


def pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([w for w, _ in weighted], [n for _, n in weighted])[0]


def render_value(v: Value, family: str, lang: str, rng: random.Random) -> tuple[str, str]:
    """Return (text, family actually used)."""
    compact = v.canon if v.typ in DIGIT_TYPES else R.decode_alnum(v.plain)
    if family == "spaced_or_dashed":
        return R.spaced(compact, rng), family
    if family == "split_by_noise":
        if v.typ in ALNUM_TYPES:
            parts = R.chunks(compact, rng)
            if len(parts) > 1:
                return rng.choice([" 👉 ", " | ", "/", " 🙂 ", "\n"]).join(parts), family
            return v.plain, "plain"
        return R.noisy(compact, rng, LANGS[lang].AND), family
    if family == "letter_digits":
        t = R.lookalike(compact, rng)
        return (t, family) if t else (v.plain, "plain")
    if family == "spelled_out":
        return R.spelled(compact, rng, lang), family
    if family == "email_obfuscated":
        return R.email_obf(v.plain, rng, lang), family
    return v.plain, "plain"


def decodes_to(v: Value, text: str, lang: str) -> bool:
    if v.typ == "CREDIT_DEBIT_EXPIRY":
        mm, yy = R.decode_expiry(text, lang)
        return "%02d%02d" % (mm, yy) == v.canon
    if v.typ == "EMAIL":
        return R.decode_email(text) == v.canon
    if v.typ in DIGIT_TYPES:
        return R.decode_digits(text) == v.canon
    if v.typ in ALNUM_TYPES:
        return R.decode_alnum(text) == R.decode_alnum(v.canon)
    return text == v.canon


def locale_conf(locale: str) -> dict[str, Any]:
    return LANGS[locale[:2]].LOCALES[locale]


def types_for(locale: str) -> list[tuple[str, int]]:
    conf = locale_conf(locale)
    mod = LANGS[locale[:2]]
    skip = set(conf.get("skip", []))
    if locale == "fr-FR":
        skip.add("BANK_ROUTING")
    base = {
        "CREDIT_DEBIT_NUMBER": 8,
        "CREDIT_DEBIT_EXPIRY": 4,
        "CREDIT_DEBIT_CVV": 4,
        "PIN": 3,
        "BANK_ACCOUNT_NUMBER": 4,
        "BANK_ROUTING": 2,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 4,
        "SWIFT_CODE": 1,
        "EMAIL": 5,
        "PHONE": 8,
        "PASSPORT_NUMBER": 2,
        "DRIVER_ID": 2,
        "PASSWORD": 2,
        "USERNAME": 2,
        "IP_ADDRESS": 1,
        "SSN": 5,
    }
    out = [
        (t, w)
        for t, w in base.items()
        if t in mod.ASK and t not in skip and (t != "SSN" or "SSN" in conf["ids"])
    ]
    out += [(t, 10) for t in conf["ids"] if t != "SSN"]
    return out


# ---------------------------------------------------------------- must_keep values

CHECKED_KINDS = ("order_number", "ticket_reference", "store_number", "invoice_number")


def keep_value(kind: str, locale: str, rng: random.Random) -> str:
    """Draw a hard negative; identifier-like kinds are redrawn until their digits fail every checksum."""
    while True:
        val = _keep_value(kind, locale, rng)
        d = re.sub(r"\D", "", val)
        # a value with letters in it cannot be read as a phone number; bare digits can
        bare = not re.search(r"[A-Za-z]", val)
        if kind not in CHECKED_KINDS or len(d) < 4 or not V.passes_any_checksum(d, bare):
            return val


def _keep_value(kind: str, locale: str, rng: random.Random) -> str:
    lang = locale[:2]
    c = locale[-2:]
    if kind == "order_number":
        d = V.digits_order(rng)
        f = rng.random()
        if f < 0.55:
            return d
        if f < 0.75 and len(d) >= 6:
            return " ".join(R.group(d, [4, 4, 4]))
        if f < 0.9:
            return rng.choice(["A", "W", "PED", "ORD", "BR", "DE"]) + "-" + d
        return d[:3] + "-" + V.digits_order(rng, 5, 7)
    if kind == "tracking_number":
        f = rng.random()
        if f < 0.35:
            return "1Z" + "".join(
                rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16)
            )
        if f < 0.7:
            return (
                rng.choice(["LX", "RR", "CP", "LB", "RA"])
                + V._digits(rng, 9)
                + rng.choice(["CN", "BR", "ES", "DE", "FR", "PT", "US"])
            )
        return V.digits_order(rng, 10, 11) + V.digits_order(rng, 6, 9)
    if kind == "ticket_reference":
        return (
            rng.choice(["CS-", "TKT", "INC", "#", "SR-"]) + V.digits_order(rng, 5, 8)
            if rng.random() < 0.6
            else V.digits_order(rng, 6, 9)
        )
    if kind == "zip_code":
        z = "%05d" % rng.randint(1001, 99950)
        return z + "-" + "%04d" % rng.randint(1, 9999) if rng.random() < 0.35 else z
    if kind == "postal_code":
        return postal(c, rng)
    if kind == "quantity":
        return str(rng.randint(1, 12))
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
        if lang == "en":
            return rng.choice(
                [
                    "%d/%d" % (m, d),
                    "%02d/%02d/%d" % (m, d, y),
                    "%s %d" % (R.MONTHS["en"][m - 1].capitalize(), d),
                    "%d %s" % (d, R.LONG_MONTHS["en"][m - 1]),
                ]
            )
        if lang == "de":
            return rng.choice(
                [
                    "%d.%d." % (d, m),
                    "%02d.%02d.%d" % (d, m, y),
                    "%d. %s" % (d, R.LONG_MONTHS["de"][m - 1].capitalize()),
                ]
            )
        de = {"es": " de ", "pt": " de ", "fr": " "}[lang]
        return rng.choice(
            [
                "%d/%d" % (d, m),
                "%02d/%02d/%d" % (d, m, y),
                "%d%s%s" % (d, de, R.LONG_MONTHS[lang][m - 1]),
                "%d-%02d-%02d" % (y, m, d),
            ]
        )
    if kind == "time":
        h, mi = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
        if lang == "en":
            return rng.choice(
                [
                    "%d:%02d" % (h, mi),
                    "%dpm" % (h - 12) if h > 12 else "%dam" % h,
                    "%d:%02d pm" % (h % 12 or 12, mi),
                ]
            )
        if lang == "fr":
            return rng.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d:%02d" % (h, mi)])
        if lang == "de":
            return rng.choice(["%d:%02d" % (h, mi), "%d Uhr" % h, "%d.%02d" % (h, mi)])
        return rng.choice(["%d:%02d" % (h, mi), "%dh" % h, "%d:%02dhs" % (h, mi)])
    if kind == "price":
        a, b = rng.randint(3, 1500), rng.randint(0, 99)
        return {
            "en": rng.choice(["$%d.%02d" % (a, b), "£%d.%02d" % (a, b), "%d dollars" % a]),
            "es": rng.choice(
                ["%d,%02d €" % (a, b), "$%d MXN" % a, "%d euros" % a, "$%d.%02d" % (a, b)]
            ),
            "fr": rng.choice(["%d,%02d €" % (a, b), "%d€" % a, "%d,%02d $" % (a, b)]),
            "de": rng.choice(["%d,%02d €" % (a, b), "%d Euro" % a, "EUR %d,%02d" % (a, b)]),
            "pt": rng.choice(["R$ %d,%02d" % (a, b), "%d,%02d€" % (a, b), "%d reais" % a]),
        }[lang]
    if kind == "product_model":
        return rng.choice(
            [
                "SM-G991B",
                "iPhone 13",
                "iPhone 15 Pro",
                "XPS 13 9310",
                "WH-1000XM4",
                "Pixel 7a",
                "Galaxy A54",
                "Moto G84",
                "ThinkPad T14",
                "Redmi Note 12",
                "KD-55X80K",
                "Echo Dot 5",
                "PS5",
                "Series 9",
            ]
        )
    if kind == "store_number":
        return V.digits_order(rng, 3, 4)
    if kind == "flight_number":
        return (
            rng.choice(["IB", "AF", "LH", "TP", "LA", "UA", "AM", "BA", "G3", "VY", "AC"])
            + rng.choice(["", " "])
            + str(rng.randint(10, 8999))
        )
    if kind == "invoice_number":
        return rng.choice(["INV-%d-%05d", "F%d/%04d", "FAC-%d%04d", "NF %d.%03d"]) % (
            rng.randint(2022, 2026),
            rng.randint(1, 9999),
        )
    if kind == "year":
        return str(rng.randint(2009, 2026))
    if kind == "version":
        parts = [str(rng.randint(1, 12)), str(rng.randint(0, 30)), str(rng.randint(0, 9))][
            : rng.choice([2, 3, 3])
        ]
        return rng.choice(["v", "", ""]) + ".".join(parts)
    raise ValueError(kind)


def postal(c: str, rng: random.Random) -> str:
    if c == "GB":
        return (
            rng.choice(["SW1A", "M1", "LS6", "B15", "EH3", "CF10"])
            + " "
            + str(rng.randint(1, 9))
            + rng.choice("ABDEFGHJ")
            + rng.choice("LNPQRSTU")
        )
    if c == "CA":
        return (
            rng.choice(["H2X", "H3B", "G1R", "K1P", "J4K"])
            + " "
            + str(rng.randint(1, 9))
            + rng.choice("ABCEGH")
            + str(rng.randint(1, 9))
        )
    if c == "PT":
        return "%04d-%03d" % (rng.randint(1000, 9900), rng.randint(1, 999))
    if c == "BR":
        return "%05d-%03d" % (rng.randint(1000, 99999), rng.randint(0, 999))
    if c == "ES":
        return "%02d%03d" % (rng.randint(1, 52), rng.randint(0, 999))
    return "%05d" % rng.randint(1000, 97999)


# ---------------------------------------------------------------- messages


class Msg:
    def __init__(self, role: str, text: str = ""):
        self.role, self.text, self.pii, self.keep = role, text, [], []

    def as_json(self) -> dict[str, Any]:
        return {"role": self.role, "text": self.text, "pii": self.pii, "must_keep": self.keep}


def fill(template: str, slots: dict[str, tuple[str, dict[str, Any], str]]) -> Msg:
    """slots: name -> (text, label, 'pii'|'keep'). Offsets are computed as text is assembled."""
    m = Msg("customer")
    out = ""
    for piece in re.split(r"(\{[a-z]\})", template):
        name = piece[1:-1] if re.fullmatch(r"\{[a-z]\}", piece) else None
        if name and name in slots:
            text, label, where = slots[name]
            start = len(out)
            out += text
            item = dict(label)
            item.update(start=start, end=len(out), value=text)
            (m.pii if where == "pii" else m.keep).append(item)
        else:
            out += piece
    m.text = out
    return m


class Builder:
    def __init__(self, lang: str, locale: str, t: dict[str, Any], rng: random.Random):
        self.lang, self.locale, self.t, self.rng = lang, locale, t, rng
        self.msgs: list[Msg] = []
        self.groups = 0

    def agent(self, text: str) -> None:
        self.msgs.append(Msg("agent", text))

    def cust(self, text: str) -> None:
        self.msgs.append(Msg("customer", text))

    def c(self, key: str) -> Any:
        return self.rng.choice(self.t[key])

    def value(self, typ: str, family: str | None = None) -> tuple[Value, str, str]:
        v = draw(typ, self.locale, self.rng)
        fam = family or pick(self.rng, families_for(typ))
        text, fam = render_value(v, fam, self.lang, self.rng)
        if not decodes_to(v, text, self.lang):
            raise AssertionError("%s %r does not decode to %r" % (typ, text, v.canon))
        return v, text, fam

    @staticmethod
    def label(v: Value, fam: str, ctx: str) -> dict[str, Any]:
        d = {"type": v.typ, "family": fam, "context": ctx}
        if v.partial:
            d["partial"] = True
        return d

    def pii_answer(self, typ: str, style: str) -> None:
        v, text, fam = self.value(typ)
        if style == "bare":
            self.msgs.append(fill("{v}", {"v": (text, self.label(v, fam, "asked"), "pii")}))
        elif style == "filler":
            self.msgs.append(
                fill(self.c("FILLER"), {"v": (text, self.label(v, fam, "asked"), "pii")})
            )
        else:
            self.msgs.append(
                fill(
                    self.rng.choice(self.t["NAMED"][typ]),
                    {"v": (text, self.label(v, fam, "named"), "pii")},
                )
            )

    def multi(self, typ: str) -> None:
        v = draw(typ, self.locale, self.rng)
        plain = (
            v.plain
            if self.rng.random() < 0.6
            else (v.canon if typ in DIGIT_TYPES else R.decode_alnum(v.plain))
        )
        toks = plain.split(" ")
        n = self.rng.choice([2, 2, 3])
        if len(toks) >= n:
            cuts = sorted(self.rng.sample(range(1, len(toks)), n - 1))
            parts = [" ".join(toks[a:b]) for a, b in zip([0] + cuts, cuts + [len(toks)])]
        else:
            cuts = sorted(self.rng.sample(range(2, len(plain) - 1), n - 1))
            parts = [plain[a:b] for a, b in zip([0] + cuts, cuts + [len(plain)])]
        parts = [p.strip() for p in parts]
        joined = "".join(parts)
        ok = (
            R.decode_digits(joined) == v.canon
            if typ in DIGIT_TYPES
            else R.decode_alnum(joined) == R.decode_alnum(v.canon)
        )
        if not ok or not all(any(ch.isalnum() for ch in p) for p in parts):
            raise AssertionError("multi split broke %r" % parts)
        self.groups += 1
        g = "g%d" % self.groups
        style = self.rng.choice(["bare", "filler", "named", "filler"])
        ctx = "named" if style == "named" else "asked"
        lab = {"type": typ, "family": "multi_message", "context": ctx, "group": g}
        first = {
            "bare": "{v}",
            "filler": self.c("FILLER"),
            "named": self.rng.choice(self.t["NAMED"][typ]),
        }[style]
        self.msgs.append(fill(first, {"v": (parts[0], lab, "pii")}))
        for p in parts[1:]:
            tpl = self.c("CONT") if self.rng.random() < 0.5 else "{v}"
            self.msgs.append(fill(tpl, {"v": (p, lab, "pii")}))

    def keep_answer(self, kind: str, style: str) -> None:
        val = keep_value(kind, self.locale, self.rng)
        if kind in CHECKED_KINDS:
            d = re.sub(r"\D", "", val)
            assert len(d) < 4 or not V.passes_any_checksum(d, not re.search(r"[A-Za-z]", val)), val
        lab = {"kind": kind}
        if style == "bare":
            self.msgs.append(fill("{v}", {"v": (val, lab, "keep")}))
        elif style == "named" and kind == "order_number":
            self.msgs.append(fill(self.c("KEEP_NAMED"), {"v": (val, lab, "keep")}))
        else:
            self.msgs.append(fill(self.c("FILLER"), {"v": (val, lab, "keep")}))

    # ---- one exchange
    def exchange(self, types: list[tuple[str, int]]) -> None:
        rng = self.rng
        kind = pick(
            rng,
            [
                ("bare", 14),
                ("filler", 12),
                ("named", 7),
                ("multi", 10),
                ("qback", 4),
                ("wait", 4),
                ("correct", 3),
                ("other", 3),
                ("pair", 5),
                ("partial", 3),
                ("dodge", 3),
                ("keep", 26),
                ("postcode_part", 2),
                ("volunteer", 3),
                ("chat", 4),
            ],
        )
        typ = pick(rng, types)
        if kind == "multi":
            typ = pick(rng, [(t, w) for t, w in types if t in MULTI_OK])
        if kind in ("bare", "filler", "named", "multi", "qback", "wait", "correct", "dodge"):
            self.agent(rng.choice(self.t["ASK"][typ]))
        if kind in ("bare", "filler", "named"):
            self.pii_answer(typ, kind)
        elif kind == "multi":
            self.multi(typ)
        elif kind == "qback":
            q, a = self.c("QBACK")
            self.cust(q)
            self.agent(a)
            self.pii_answer(typ, rng.choice(["bare", "filler"]))
        elif kind == "wait":
            self.cust(self.c("WAIT"))
            if rng.random() < 0.3:
                self.cust(self.c("CHAT"))
            self.pii_answer(typ, rng.choice(["bare", "bare", "filler"]))
        elif kind == "correct":
            self.pii_answer(typ, rng.choice(["bare", "filler"]))
            if rng.random() < 0.6:
                self.agent(self.c("REASK"))
            v, text, fam = self.value(typ)
            self.msgs.append(
                fill(self.c("CORRECT"), {"v": (text, self.label(v, fam, "asked"), "pii")})
            )
        elif kind == "other":
            # asked one thing, answers another: a bare answer then carries no context of its own
            asked = pick(rng, types)
            other = pick(
                rng, [(t, w) for t, w in types if t != asked and t not in ("PASSWORD", "USERNAME")]
            )
            self.agent(rng.choice(self.t["ASK"][asked]))
            v, text, fam = self.value(other)
            if rng.random() < 0.5:
                self.msgs.append(
                    fill(
                        rng.choice(self.t["NAMED"][other]),
                        {"v": (text, self.label(v, fam, "named"), "pii")},
                    )
                )
            else:
                self.msgs.append(fill("{v}", {"v": (text, self.label(v, fam, "none"), "pii")}))
            self.agent(self.c("REASK"))
            self.pii_answer(asked, rng.choice(["bare", "filler"]))
        elif kind == "pair":
            prompt, ta, tb = self.c("PAIR_ASK")
            if ta == "BANK_ROUTING" and ta not in dict(types):
                return self.exchange(types)
            self.agent(prompt)
            va, xa, fa = self.value(ta, "plain")
            vb, xb, fb = self.value(tb, "plain" if rng.random() < 0.7 else None)
            self.msgs.append(
                fill(
                    self.c("PAIR_ANS"),
                    {
                        "a": (xa, self.label(va, fa, "asked"), "pii"),
                        "b": (xb, self.label(vb, fb, "asked"), "pii"),
                    },
                )
            )
        elif kind == "partial":
            self.agent(self.c("PARTIAL_ASK"))
            last4 = V.card(rng)[-4:]
            v = Value("CREDIT_DEBIT_NUMBER", last4, last4, partial=True)
            fam = rng.choice(["plain", "plain", "spelled_out"])
            text = R.spelled(last4, rng, self.lang) if fam == "spelled_out" else last4
            tpl = "{v}" if rng.random() < 0.6 else self.c("FILLER")
            self.msgs.append(fill(tpl, {"v": (text, self.label(v, fam, "asked"), "pii")}))
        elif kind == "dodge":
            self.cust(self.c("DODGE"))
        elif kind == "keep":
            k = pick(
                rng,
                [
                    ("order_number", 10),
                    ("tracking_number", 3),
                    ("ticket_reference", 3),
                    ("zip_code", 2),
                    ("postal_code", 3),
                    ("quantity", 2),
                    ("date", 3),
                    ("time", 2),
                    ("price", 3),
                    ("product_model", 2),
                    ("store_number", 2),
                    ("flight_number", 2),
                    ("invoice_number", 2),
                    ("year", 1),
                    ("version", 1),
                ],
            )
            self.agent(rng.choice(self.t["KEEP_ASK"][k]))
            if rng.random() < 0.15:
                self.cust(self.c("WAIT"))
            self.keep_answer(k, pick(rng, [("bare", 6), ("filler", 3), ("named", 3)]))
        elif kind == "postcode_part":
            self.agent(self.c("POSTCODE_PART"))
            pc = postal(self.locale[-2:], rng).replace(" ", "")[: rng.choice([2, 3])]
            self.msgs.append(
                fill("{v}", {"v": (pc, {"kind": "postal_code", "partial": True}, "keep")})
            )
        elif kind == "volunteer":
            self.pii_answer(typ, "named")
        else:
            self.cust(self.c("CHAT"))

    def conversation(self) -> list[Msg]:
        rng = self.rng
        types = types_for(self.locale)
        if rng.random() < 0.75:
            self.cust(self.c("OPEN"))
        self.agent(self.c("GREET"))
        if rng.random() < 0.4:
            self.cust(self.c("OPEN"))
        for _ in range(rng.randint(3, 5)):
            self.exchange(types)
        self.agent(self.c("CLOSE_AGENT"))
        if rng.random() < 0.8:
            self.cust(self.c("CLOSE_CUST"))
        return self.msgs


# ---------------------------------------------------------------- validation


def validate(conv: dict[str, Any]) -> None:
    lang = conv["lang"]
    groups: dict[str, list[str]] = collections.defaultdict(list)
    gtype: dict[str, str] = {}
    for m in conv["messages"]:
        text = m["text"]
        if m["role"] == "agent":
            assert m["pii"] == [] and m["must_keep"] == []
            continue
        spans = sorted(
            [(p["start"], p["end"]) for p in m["pii"]]
            + [(k["start"], k["end"]) for k in m["must_keep"]]
        )
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], ("overlap", conv["id"], text)
        for item in m["pii"] + m["must_keep"]:
            assert text[item["start"] : item["end"]] == item["value"], (conv["id"], item)
            assert item["value"] == item["value"].strip() and item["value"]
        covered = set()
        for s, e in spans:
            covered.update(range(s, e))
        for i, ch in enumerate(text):
            if ch.isdigit():
                assert i in covered, ("digit outside span", conv["id"], text)
        for p in m["pii"]:
            assert p["context"] in ("asked", "named", "none") and p["family"] in FAMILIES
            if "group" in p:
                groups[p["group"]].append(p["value"])
                gtype[p["group"]] = p["type"]
            elif not p.get("partial"):
                check_value(p["type"], p["value"], lang)
    for g, parts in groups.items():
        assert len(parts) >= 2
        typ = gtype[g]
        joined = "".join(parts)
        canon = R.decode_digits(joined) if typ in DIGIT_TYPES else R.decode_alnum(joined)
        check_canon(typ, canon)


FAMILIES = {
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_digits",
    "spelled_out",
    "email_obfuscated",
    "multi_message",
}


def check_value(typ: str, text: str, lang: str) -> None:
    if typ == "CREDIT_DEBIT_EXPIRY":
        mm, yy = R.decode_expiry(text, lang)
        assert 1 <= mm <= 12 and 20 <= yy <= 40, text
        return
    if typ == "EMAIL":
        assert re.fullmatch(r"[\w.]+@[\w.-]+\.[a-z]+", R.decode_email(text)), text
        return
    if typ in DIGIT_TYPES:
        check_canon(typ, R.decode_digits(text))
    elif typ in ALNUM_TYPES:
        check_canon(typ, R.decode_alnum(text))


def check_canon(typ: str, canon: str) -> None:
    if typ in VALIDATE:
        assert VALIDATE[typ](canon), (typ, canon)
    if typ == "PHONE":
        ok = any(
            phonenumbers.is_valid_number(phonenumbers.parse(c, r))
            for r in V.REGIONS
            for c in (canon, "+" + canon)
            if _parses(c, r)
        )
        assert ok, canon
    if typ == "BANK_ROUTING" and len(canon) == 9:
        assert rtn.is_valid(canon), canon


def _parses(c: str, r: str) -> bool:
    try:
        phonenumbers.parse(c, r)
        return True
    except phonenumbers.NumberParseException:
        return False


# ---------------------------------------------------------------- driver


def build() -> dict[str, list[dict[str, Any]]]:
    sets = template_sets()
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    for split in ("dev", "sealed"):
        rng = random.Random("%d-%s" % (SEED, split))
        for lang, mod in LANGS.items():
            locales = list(mod.LOCALES)
            for i in range(CONVS[split]):
                locale = locales[i % len(locales)]
                msgs = Builder(lang, locale, sets[split][lang], rng).conversation()
                conv = {
                    "id": "ac30-%s-%s%04d" % (lang, "d" if split == "dev" else "s", i + 1),
                    "lang": lang,
                    "locale": locale,
                    "split": split,
                    "messages": [m.as_json() for m in msgs],
                }
                validate(conv)
                out[split].append(conv)
    for split in out:
        assert {c["lang"] for c in out[split]} == set(LANGS)
    return out


def serialise(convs: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in convs).encode(
        "utf-8"
    )


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


def stats(out: dict[str, list[dict[str, Any]]]) -> str:
    lines = []
    for split in ("dev", "sealed", "all"):
        convs = out["dev"] + out["sealed"] if split == "all" else out[split]
        c: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for conv in convs:
            seen_groups: set[str] = set()
            c["conversations"][conv["lang"]] += 1
            for m in conv["messages"]:
                c["messages_" + m["role"]][conv["lang"]] += 1
                for p in m["pii"]:
                    if "group" in p:
                        c["multi_message_values"][conv["lang"]] += p["group"] not in seen_groups
                        seen_groups.add(p["group"])
                    c["pii_lang"][conv["lang"]] += 1
                    c["pii_type"][p["type"]] += 1
                    c["pii_family"][p["family"]] += 1
                    c["pii_context"][p["context"]] += 1
                for k in m["must_keep"]:
                    c["must_keep"][k["kind"]] += 1
        lines.append("== %s" % split)
        for key in (
            "conversations",
            "messages_customer",
            "messages_agent",
            "pii_lang",
            "pii_type",
            "pii_family",
            "pii_context",
            "multi_message_values",
            "must_keep",
        ):
            tot = sum(c[key].values())
            lines.append(
                "%s: %d  %s" % (key, tot, ", ".join("%s=%d" % kv for kv in sorted(c[key].items())))
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    out = build()
    files = {
        HERE / "dev.jsonl": serialise(out["dev"]),
        HERE / "sealed.jsonl.gz": gz(serialise(out["sealed"])),
    }
    if a.stats:
        print(stats(out))
        return 0
    if a.check:
        bad = [p.name for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        print("differs: " + ", ".join(bad) if bad else "ok: files match the generator")
        return 1 if bad else 0
    for p, data in files.items():
        p.write_bytes(data)
    print("wrote " + ", ".join(p.name for p in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
