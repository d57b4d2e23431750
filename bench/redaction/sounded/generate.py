"""Generate the sounded corpus: chats with the agent's turns, in five languages.

    python -m bench.redaction.sounded.generate           # rewrite dev.jsonl and sealed.jsonl.gz
    python -m bench.redaction.sounded.generate --check   # compare with the files on disk, write nothing
    python -m bench.redaction.sounded.generate --stats   # print counts

Every list in templates_<lang>.py is split by position: even -> dev, odd -> sealed, so the two
splits never share a template (checked before anything is generated).
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
from . import values as V
from .templates_de import T as T_DE
from .templates_en import T as T_EN
from .templates_es import T as T_ES
from .templates_fr import T as T_FR
from .templates_pt import T as T_PT

HERE = Path(__file__).resolve().parent
SEED = 31_2026
CONVS_PER_LANG = 96
DEV_SHARE = 0.45
LANGS = {"en": T_EN, "es": T_ES, "fr": T_FR, "de": T_DE, "pt": T_PT}
FAMILIES = {
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_digits",
    "spelled_out",
    "email_obfuscated",
    "multi_message",
    "partial_value",
}
MK_KINDS = {
    "order_number",
    "tracking_number",
    "zip_code",
    "postal_code",
    "date",
    "time",
    "price",
    "quantity",
    "product_model",
    "version",
    "invoice_number",
    "ticket_reference",
    "year",
    "flight_number",
    "store_number",
}

COMMON = [
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "EMAIL",
    "PHONE",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "PASSWORD",
    "USERNAME",
    "IP_ADDRESS",
]
LOCALE_TYPES = {
    "en-US": ["SSN", "BANK_ROUTING"],
    "en-GB": ["BANK_ROUTING", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE"],
    "es-ES": ["INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE", "ES_DNI", "ES_NIE"],
    "es-MX": ["MX_CURP", "MX_RFC", "MX_CLABE"],
    "es-US": ["SSN", "BANK_ROUTING"],
    "fr-FR": ["INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE", "FR_NIR"],
    "fr-CA": ["BANK_ROUTING"],
    "de-DE": ["INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE", "BANK_ROUTING", "DE_TAX_ID"],
    "pt-BR": ["BR_CPF", "BR_CNPJ", "BANK_ROUTING"],
    "pt-PT": ["INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT_CODE", "PT_NIF"],
}
TYPE_WEIGHT = {
    "CREDIT_DEBIT_NUMBER": 3,
    "PHONE": 3,
    "EMAIL": 2.5,
    "CREDIT_DEBIT_CVV": 1.2,
    "CREDIT_DEBIT_EXPIRY": 1.2,
    "PIN": 1.5,
    "BANK_ACCOUNT_NUMBER": 1.5,
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 2.5,
    "SSN": 3,
    "ES_DNI": 5,
    "ES_NIE": 3,
    "MX_CURP": 4,
    "MX_RFC": 4,
    "MX_CLABE": 4,
    "BR_CPF": 5,
    "BR_CNPJ": 3,
    "FR_NIR": 4,
    "DE_TAX_ID": 4,
    "PT_NIF": 5,
}
IBAN_COUNTRY = {
    "es-ES": "ES",
    "de-DE": "DE",
    "fr-FR": "FR",
    "pt-PT": "PT",
    "en-GB": "GB",
    "pt-BR": "BR",
}
PARTIAL_PC_WORDS = ("first part", "trois premiers")


class CorpusError(Exception):
    pass


# ---- splitting the templates -------------------------------------------------------------


def _split(obj, which: int):
    if isinstance(obj, list):
        return obj[which::2]
    if isinstance(obj, dict):
        return {k: _split(v, which) for k, v in obj.items()}
    return obj


def _strings(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [s for x in obj for s in _strings(x)]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() if k not in ("lang", "locales") for s in _strings(v)]
    return []


TYPE_NAMES = set(TYPE_WEIGHT) | set(COMMON) | {"SWIFT_CODE", "BANK_ROUTING"}


def pools() -> dict[str, dict[str, dict]]:
    out = {"dev": {}, "sealed": {}}
    for lang, t in LANGS.items():
        out["dev"][lang] = _split(t, 0)
        out["sealed"][lang] = _split(t, 1)
    dev = {s for t in out["dev"].values() for s in _strings(t) if s not in TYPE_NAMES}
    sealed = {s for t in out["sealed"].values() for s in _strings(t) if s not in TYPE_NAMES}
    shared = dev & sealed
    if shared:
        raise CorpusError(f"dev and sealed templates share text: {sorted(shared)[:20]}")
    for t in LANGS.values():
        for s in _strings(t):
            if any(c.isdigit() for c in s):
                raise CorpusError(f"template holds a digit: {s!r}")
    return out


# ---- values ------------------------------------------------------------------------------


def _strip(v: str) -> str:
    return re.sub(r"[\s\-./|,]+", "", v)


def make_value(kind: str, locale: str, lang: str, r: random.Random) -> str:
    c = locale[-2:]
    if kind == "CREDIT_DEBIT_NUMBER":
        return V.card(r)
    if kind == "CREDIT_DEBIT_CVV":
        return V.cvv(r, amex=r.random() < 0.08)
    if kind == "CREDIT_DEBIT_EXPIRY":
        m, y = V.expiry(r)
        return f"{m:02d}{y:02d}"
    if kind == "PIN":
        return V.pin(r)
    if kind == "BANK_ACCOUNT_NUMBER":
        return V.bank_account(r, locale).replace("-", "")
    if kind == "BANK_ROUTING":
        return {
            "US": V.rtn_us,
            "GB": lambda x: V.sort_code(x).replace("-", ""),
            "DE": V.blz,
            "BR": V.agencia,
            "CA": lambda x: V._d(x, 5),
        }[c](r)
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return V.make_iban(r, IBAN_COUNTRY[locale])
    if kind == "SWIFT_CODE":
        return V.swift(r, c)
    if kind == "EMAIL":
        return V.email(r, lang)
    if kind == "PHONE":
        return V.phone(r, locale)
    if kind == "SSN":
        return V.ssn_us(r)
    if kind == "PASSPORT_NUMBER":
        return V.passport(r, locale)
    if kind == "DRIVER_ID":
        return V.driver_id(r, locale)
    if kind == "PASSWORD":
        return V.password(r)
    if kind == "USERNAME":
        return V.username(r)
    if kind == "IP_ADDRESS":
        return V.ip(r)
    return {
        "ES_DNI": V.dni_es,
        "ES_NIE": V.nie_es,
        "MX_CURP": V.curp_mx,
        "MX_RFC": V.rfc_mx,
        "MX_CLABE": V.clabe_mx,
        "BR_CPF": V.cpf_br,
        "BR_CNPJ": V.cnpj_br,
        "FR_NIR": V.nir_fr,
        "DE_TAX_ID": V.idnr_de,
        "PT_NIF": V.nif_pt,
    }[kind](r)


PRODUCTS = [
    "iPhone 13",
    "Galaxy S21",
    "WH-1000XM4",
    "XPS 13",
    "PS5",
    "Pixel 7a",
    "Moto G84",
    "AirPods Pro 2",
    "Redmi Note 12",
    "ThinkPad T14",
    "Galaxy A54",
    "iPad Air 5",
    "Switch OLED",
    "Kindle 11",
]
AIRLINES = {
    "en": ["AA", "BA", "UA", "DL"],
    "es": ["IB", "VY", "AM", "UX"],
    "fr": ["AF", "TO", "AC", "U2"],
    "de": ["LH", "EW", "DE", "X3"],
    "pt": ["TP", "LA", "G3", "AD"],
}
MONTH_FULL = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def make_mk(kind: str, locale: str, lang: str, r: random.Random, partial: bool = False) -> str:
    c = locale[-2:]
    if kind == "order_number":
        d = V.order_digits(r, locale)
        if len(d) >= 8 and r.random() < 0.3:
            h = len(d) // 2
            return d[:h] + r.choice([" ", "-"]) + d[h:]
        return d
    if kind == "store_number":
        return V.order_digits(r, locale, r.choice([3, 4, 4]))
    if kind == "tracking_number":
        return r.choice(
            [
                "1Z" + V._l(r, 3) + V._d(r, 3) + V._d(r, 10),
                V._l(r, 2) + V._d(r, 9) + ("BR" if c == "BR" else c),
                "JJD" + V._d(r, 15),
                "TBA" + V._d(r, 12),
            ]
        )
    if kind == "zip_code":
        z = V._d(r, 5)
        return z + "-" + V._d(r, 4) if r.random() < 0.3 else z
    if kind == "postal_code":
        if c == "GB":
            pc = (
                r.choice(["SW1A", "M1", "LS6", "B15", "EH8", "BS7"])
                + " "
                + str(r.randint(1, 9))
                + V._l(r, 2, "ABDEFGHJLNPQRSTUWXYZ")
            )
            return pc.split(" ")[0] if partial else pc
        if c == "CA":
            pc = (
                r.choice("HGJ")
                + str(r.randint(1, 9))
                + r.choice("ABCEGHJKLMNPRSTVXY")
                + " "
                + str(r.randint(1, 9))
                + r.choice("ABCEGHJKLMNPRSTVXY")
                + str(r.randint(1, 9))
            )
            return pc[:3] if partial else pc
        if c == "PT":
            return f"{r.randint(1000, 9999)}-{V._d(r, 3)}"
        if c == "BR":
            return f"{V._d(r, 5)}-{V._d(r, 3)}" if r.random() < 0.7 else V._d(r, 8)
        if c == "FR":
            pc = f"{r.randint(1, 95):02d}{V._d(r, 3)}"
            return pc[:3] if partial else pc
        if c == "US":
            return V._d(r, 5)
        return f"{r.randint(1, 52):02d}{V._d(r, 3)}"
    if kind == "date":
        d, m = r.randint(1, 28), r.randint(1, 12)
        mn = MONTH_FULL[lang][m - 1]
        forms = {
            "en": [
                f"{mn} {d}",
                f"{m}/{d}",
                f"{d}/{m:02d}" if locale == "en-GB" else f"{m}/{d}/24",
                f"{d} {mn}",
            ],
            "es": [f"{d} de {mn}", f"{d}/{m:02d}", f"{d:02d}/{m:02d}/2024", f"{d} {mn[:3]}"],
            "fr": [f"{d} {mn}", f"{d:02d}/{m:02d}", f"{d}/{m}", f"{d} {mn} 2024"],
            "de": [f"{d}. {mn}", f"{d:02d}.{m:02d}.", f"{d}.{m}.2024", f"{d:02d}.{m:02d}.24"],
            "pt": [f"{d} de {mn}", f"{d:02d}/{m:02d}", f"{d}/{m}", f"{d:02d}/{m:02d}/24"],
        }[lang]
        return r.choice(forms)
    if kind == "time":
        h, mi = r.randint(8, 20), r.choice([0, 15, 30, 45])
        forms = {
            "en": [
                f"{h % 12 or 12}pm" if h > 12 else f"{h}am",
                f"{h}:{mi:02d}",
                f"{h % 12 or 12}:{mi:02d} pm",
            ],
            "es": [f"{h}:{mi:02d}", f"{h % 12 or 12}", f"{h}h"],
            "fr": [f"{h}h{mi:02d}" if mi else f"{h}h", f"{h}:{mi:02d}", f"{h} heures"],
            "de": [f"{h} Uhr", f"{h}:{mi:02d}", f"{h}.{mi:02d} Uhr"],
            "pt": [f"{h}h", f"{h}:{mi:02d}", f"{h}h{mi:02d}"],
        }[lang]
        return r.choice(forms)
    if kind == "price":
        e, ct = r.randint(5, 1400), r.randint(0, 99)
        forms = {
            "en": [f"${e}.{ct:02d}", f"£{e}", f"{e}.{ct:02d} dollars", f"${e}"],
            "es": [f"{e},{ct:02d} €", f"${e} pesos", f"{e}€", f"${e}.{ct:02d}"],
            "fr": [f"{e},{ct:02d} €", f"{e}€", f"{e} euros", f"{e},{ct:02d}$"],
            "de": [f"{e},{ct:02d} €", f"{e} Euro", f"{e},- €", f"€{e},{ct:02d}"],
            "pt": [f"R$ {e},{ct:02d}", f"{e},{ct:02d} €", f"R${e}", f"{e} reais"],
        }[lang]
        return r.choice(forms)
    if kind == "quantity":
        return str(r.randint(1, 12))
    if kind == "product_model":
        return r.choice(PRODUCTS)
    if kind == "flight_number":
        return r.choice(AIRLINES[lang]) + str(r.randint(10, 9899))
    if kind == "ticket_reference":
        return r.choice(
            [
                "CS-" + V._d(r, 6),
                "CAS-" + V._d(r, 5) + "-" + V._l(r, 3),
                "REQ" + V._d(r, 7),
                "#" + V.order_digits(r, locale, 7),
            ]
        )
    if kind == "invoice_number":
        return r.choice(
            [
                f"FAC-20{r.randint(19, 25)}-{V._d(r, 5)}",
                "INV-" + V._d(r, 6),
                f"RE-20{r.randint(19, 25)}-{V._d(r, 4)}",
                f"F{r.randint(1, 9)}/{V._d(r, 4)}",
            ]
        )
    if kind == "year":
        return str(r.randint(2012, 2025))
    if kind == "version":
        return f"{r.randint(1, 17)}.{r.randint(0, 12)}" + (
            f".{r.randint(0, 9)}" if r.random() < 0.6 else ""
        )
    raise ValueError(kind)


# ---- building messages -------------------------------------------------------------------


def fill(frame: str, slots: dict[str, str]) -> tuple[str, dict[str, tuple[int, int]]]:
    text, pos = "", {}
    for i, part in enumerate(re.split(r"\{(\w+)\}", frame)):
        if i % 2 == 0:
            text += part
        else:
            start = len(text)
            text += slots[part]
            pos[part] = (start, len(text))
    return text, pos


class Conv:
    def __init__(self, lang: str, locale: str, pool: dict, r: random.Random):
        self.lang, self.locale, self.t, self.r = lang, locale, pool, r
        self.messages: list[dict] = []
        self.groups = 0

    def agent(self, text: str) -> None:
        self.messages.append({"role": "agent", "text": text, "pii": [], "must_keep": []})

    def customer(self, text: str, pii=(), mk=()) -> None:
        self.messages.append(
            {"role": "customer", "text": text, "pii": list(pii), "must_keep": list(mk)}
        )

    def pick(self, key: str, sub: str | None = None):
        lst = self.t[key] if sub is None else self.t[key][sub]
        return self.r.choice(lst)

    # -- helpers
    def types(self) -> list[str]:
        ts = [
            k for k in COMMON + LOCALE_TYPES[self.locale] if k in self.t["ask"] and self.t["ask"][k]
        ]
        return ts

    def choose_type(self) -> str:
        ts = self.types()
        return self.r.choices(ts, [TYPE_WEIGHT.get(k, 1.0) for k in ts])[0]

    def value(self, kind: str) -> str:
        v = make_value(kind, self.locale, self.lang, self.r)
        if not V.is_valid(
            kind,
            _strip(v) if kind not in ("PASSWORD", "USERNAME", "EMAIL", "IP_ADDRESS") else v,
            self.locale,
        ):
            raise CorpusError(f"invalid {kind} {v}")
        return v

    def family(self, kind: str, v: str, multi_ok: bool) -> str:
        fams = [
            f for f in R.allowed_families(kind, v, self.locale) if f != "multi_message" or multi_ok
        ]
        w = {
            "plain": 3,
            "spaced_or_dashed": 1.7,
            "split_by_noise": 1.3,
            "letter_digits": 1.1,
            "spelled_out": 1.1,
            "email_obfuscated": 3,
            "multi_message": 0,
        }
        return self.r.choices(fams, [w[f] for f in fams])[0]

    def pii_item(self, kind, family, context, start, end, text, group=None):
        it = {
            "type": kind,
            "family": family,
            "context": context,
            "start": start,
            "end": end,
            "value": text[start:end],
        }
        if group:
            it["group"] = group
        return it

    def say_value(self, kind: str, v: str, how: str, family: str | None = None) -> None:
        """Customer sends one value: how in bare / filler / named."""
        r = self.r
        multi = family == "multi_message"
        fam = family or self.family(kind, v, False)
        pieces = R.render(kind, v, fam, self.lang, self.locale, r)
        self._check_decode(kind, v, fam, pieces)
        if how == "named":
            frame = self.pick("first_multi" if False else "named")
            noun = self.pick("noun", kind)
            ctx = "named"
        elif how == "filler":
            frame = self.pick("first_multi") if multi else self.pick("filler")
            noun, ctx = "", "asked"
        elif how == "none":
            frame, noun, ctx = "{v}", "", "none"
        else:
            frame, noun, ctx = "{v}", "", "asked"
        if not multi:
            text, pos = fill(frame, {"v": pieces[0], "n": noun})
            self.customer(text, [self.pii_item(kind, fam, ctx, *pos["v"], text)])
            return
        self.groups += 1
        g = f"g{self.groups}"
        text, pos = fill(frame, {"v": pieces[0], "n": noun})
        self.customer(text, [self.pii_item(kind, fam, ctx, *pos["v"], text, g)])
        for p in pieces[1:]:
            f2 = "{v}" if r.random() < 0.55 else self.pick("cont")
            text, pos = fill(f2, {"v": p})
            self.customer(text, [self.pii_item(kind, fam, ctx, *pos["v"], text, g)])

    def _check_decode(self, kind, v, fam, pieces):
        if fam == "multi_message":
            got = "".join(R.decode(kind, p, "plain", self.lang) for p in pieces)
        else:
            got = R.decode(kind, pieces[0], fam, self.lang)
        want = v if kind in ("EMAIL", "PASSWORD", "USERNAME", "IP_ADDRESS") else _strip(v)
        if kind == "CREDIT_DEBIT_EXPIRY":
            want = v
        if got != want:
            raise CorpusError(f"{kind} {fam} {pieces!r} decodes to {got!r}, not {want!r}")

    def say_mk(self, kind: str, m: str, how: str) -> None:
        if how == "named":
            frame = self.pick("mk_named")
            noun = self.pick("mk_noun", kind)
        elif how == "filler":
            frame, noun = self.pick("mk_filler"), ""
        else:
            frame, noun = "{m}", ""
        text, pos = fill(frame, {"m": m, "n": noun})
        self.customer(
            text, mk=[{"kind": kind, "start": pos["m"][0], "end": pos["m"][1], "value": m}]
        )

    # -- exchanges
    def ex_pii(self) -> None:
        r = self.r
        kind = self.choose_type()
        self.agent(self.pick("ask", kind))
        v = self.value(kind)
        mode = r.choices(
            [
                "bare",
                "filler",
                "named",
                "multi",
                "qback",
                "wait",
                "correct",
                "reask",
                "dodge",
                "different",
            ],
            [20, 18, 13, 36, 5, 5, 5, 4, 3, 3],
        )[0]
        fams = R.allowed_families(kind, v, self.locale)
        if mode == "multi" and "multi_message" not in fams:
            mode = "filler"
        if mode == "bare":
            self.say_value(kind, v, "bare")
        elif mode == "filler":
            self.say_value(kind, v, "filler")
        elif mode == "named":
            self.say_value(kind, v, "named")
        elif mode == "multi":
            self.say_value(
                kind, v, r.choice(["bare", "filler", "filler", "named"]), "multi_message"
            )
        elif mode == "qback":
            self.customer(self.pick("qback"))
            self.agent(self.pick("yes"))
            self.say_value(kind, v, r.choice(["bare", "filler"]))
        elif mode == "wait":
            self.customer(self.pick("wait"))
            if r.random() < 0.3:
                self.customer(self.pick("chatter"))
            self.say_value(kind, v, r.choice(["bare", "filler", "named"]))
        elif mode == "correct":
            self.say_value(kind, self.value(kind), r.choice(["bare", "filler"]), "plain")
            v2 = v
            fam = self.family(kind, v2, False)
            p = R.render(kind, v2, fam, self.lang, self.locale, r)
            self._check_decode(kind, v2, fam, p)
            text, pos = fill(self.pick("correct"), {"v": p[0]})
            self.customer(text, [self.pii_item(kind, fam, "asked", *pos["v"], text)])
        elif mode == "reask":
            self.say_value(kind, self.value(kind), r.choice(["bare", "filler"]))
            self.agent(self.pick("reask"))
            self.say_value(kind, v, r.choice(["bare", "filler", "named"]))
        elif mode == "dodge":
            self.customer(self.pick("dodge"))
            return
        elif mode == "different":
            other = self.choose_type()
            if other == kind:
                other = "EMAIL" if kind != "EMAIL" else "PHONE"
            lead = self.pick("wrong_kind_lead")
            ov = self.value(other)
            fam = self.family(other, ov, False)
            p = R.render(other, ov, fam, self.lang, self.locale, r)
            self._check_decode(other, ov, fam, p)
            text, pos = fill(
                lead + " " + self.pick("named"), {"v": p[0], "n": self.pick("noun", other)}
            )
            self.customer(text, [self.pii_item(other, fam, "named", *pos["v"], text)])
        if r.random() < 0.55:
            self.agent(self.pick("ack"))

    def ex_pair(self) -> None:
        r = self.r
        ok = set(self.types())
        pairs = [p for p in self.t["pairs"] if p[0] in ok and p[1] in ok]
        if not pairs:
            return self.ex_pii()
        a, b, q = r.choice(pairs)
        self.agent(q)
        va, vb = self.value(a), self.value(b)
        fa, fb = self.family(a, va, False), self.family(b, vb, False)
        pa, pb = (
            R.render(a, va, fa, self.lang, self.locale, r),
            R.render(b, vb, fb, self.lang, self.locale, r),
        )
        self._check_decode(a, va, fa, pa)
        self._check_decode(b, vb, fb, pb)
        if r.random() < 0.25:
            self.say_value(a, va, "bare", fa) if fa != "multi_message" else None
            self.customer(pb[0], [self.pii_item(b, fb, "asked", 0, len(pb[0]), pb[0])])
        else:
            text, pos = fill(self.pick("pair_frames"), {"a": pa[0], "b": pb[0]})
            self.customer(
                text,
                [
                    self.pii_item(a, fa, "asked", *pos["a"], text),
                    self.pii_item(b, fb, "asked", *pos["b"], text),
                ],
            )
        if r.random() < 0.5:
            self.agent(self.pick("ack"))

    def ex_last4(self) -> None:
        r = self.r
        if self.locale in ("en-US", "es-US") and r.random() < 0.35 and self.t.get("last4_ssn"):
            self.agent(self.pick("last4_ssn"))
            d = V.ssn_us(r)[-4:]
            kind = "SSN"
        else:
            self.agent(self.pick("last4"))
            d = V.card(r)[-4:]
            kind = "CREDIT_DEBIT_NUMBER"
        frame = "{v}" if r.random() < 0.5 else self.pick("filler")
        text, pos = fill(frame, {"v": d})
        self.customer(text, [self.pii_item(kind, "partial_value", "asked", *pos["v"], text)])
        if r.random() < 0.5:
            self.agent(self.pick("ack"))

    def ex_mk(self) -> None:
        r = self.r
        kinds = list(self.t["mk_ask"])
        if self.locale not in ("en-US", "es-US"):
            kinds = [k for k in kinds if k != "zip_code"]
        w = [
            6
            if k == "order_number"
            else 2
            if k in ("tracking_number", "postal_code", "zip_code", "date", "price")
            else 1
            for k in kinds
        ]
        kind = r.choices(kinds, w)[0]
        q = self.pick("mk_ask", kind)
        self.agent(q)
        partial = any(wd in q for wd in PARTIAL_PC_WORDS)
        if partial and self.locale not in ("en-GB", "fr-FR", "fr-CA"):
            partial = False
        m = make_mk(kind, self.locale, self.lang, r, partial)
        how = r.choices(["bare", "filler", "named"], [45, 33, 22])[0]
        if r.random() < 0.08:
            self.customer(self.pick("wait"))
        self.say_mk(kind, m, how)
        if r.random() < 0.5:
            line = self.pick("mk_ack")
            if "{m}" in line:
                line = line.replace("{m}", m) if kind == "order_number" else self.pick("ack")
            self.agent(line)

    def ex_chatter(self) -> None:
        r = self.r
        for _ in range(r.randint(1, 3)):
            if r.random() < 0.4:
                frame = self.pick("chatter_mk")
                slots, kinds = {}, {}
                for name in re.findall(r"\{(\w+)\}", frame):
                    slots[name] = make_mk(name, self.locale, self.lang, r)
                text, pos = fill(frame, slots)
                self.customer(
                    text,
                    mk=[
                        {"kind": k, "start": s, "end": e, "value": text[s:e]}
                        for k, (s, e) in pos.items()
                    ],
                )
            else:
                self.customer(self.pick("chatter"))

    def ex_unprompted(self) -> None:
        """A value sent with nothing in the chat saying what it is."""
        kind = self.r.choice(["PHONE", "EMAIL", "CREDIT_DEBIT_NUMBER"])
        self.customer(self.pick("chatter"))
        self.say_value(kind, self.value(kind), "none", "plain")

    def build(self) -> list[dict]:
        r = self.r
        if r.random() < 0.7:
            self.customer(self.pick("chatter"))
        self.agent(self.pick("open"))
        n = r.randint(3, 6)
        exs = [
            self.ex_pii,
            self.ex_mk,
            self.ex_pair,
            self.ex_last4,
            self.ex_chatter,
            self.ex_unprompted,
        ]
        for f in r.choices(exs, [50, 30, 8, 4, 9, 2], k=n):
            f()
        self.agent(self.pick("bye_agent"))
        if r.random() < 0.75:
            self.customer(self.pick("bye_cust"))
        return self.messages


# ---- validation --------------------------------------------------------------------------


def validate(conv: dict) -> None:
    for m in conv["messages"]:
        text = m["text"]
        if m["role"] == "agent":
            if m["pii"] or m["must_keep"]:
                raise CorpusError(f"{conv['id']}: agent message with labels")
            continue
        spans = []
        for it in m["pii"]:
            if it["family"] not in FAMILIES or it["context"] not in ("named", "asked", "none"):
                raise CorpusError(f"{conv['id']}: bad family/context {it}")
            spans.append((it["start"], it["end"], it["value"]))
        for it in m["must_keep"]:
            if it["kind"] not in MK_KINDS:
                raise CorpusError(f"{conv['id']}: bad must_keep kind {it}")
            spans.append((it["start"], it["end"], it["value"]))
        spans.sort()
        for s, e, v in spans:
            if text[s:e] != v or not v or v != v.strip():
                raise CorpusError(f"{conv['id']}: span {s}:{e} {v!r} does not match {text!r}")
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            if s2 < e1:
                raise CorpusError(f"{conv['id']}: overlapping spans in {text!r}")
        for i, c in enumerate(text):
            if c.isdigit() and not any(s <= i < e for s, e, _ in spans):
                raise CorpusError(f"{conv['id']}: digit outside a span at {i} in {text!r}")
        for it in m["must_keep"]:
            d = re.sub(r"\D", "", it["value"])
            if it["kind"] in ("order_number", "store_number") and V.passes_any_checksum(
                d, conv["locale"]
            ):
                raise CorpusError(f"{conv['id']}: must_keep {it['value']} passes a checksum")


def generate() -> tuple[list[dict], list[dict]]:
    P = pools()
    r = random.Random(SEED)
    dev, sealed = [], []
    for lang, t in LANGS.items():
        n_dev = round(CONVS_PER_LANG * DEV_SHARE)
        for i in range(CONVS_PER_LANG):
            split = "dev" if i < n_dev else "sealed"
            locale = t["locales"][i % len(t["locales"])]
            c = Conv(lang, locale, P[split][lang], r)
            conv = {
                "id": f"ac31-{lang}-{i + 1:04d}",
                "lang": lang,
                "locale": locale,
                "split": split,
                "messages": c.build(),
            }
            validate(conv)
            (dev if split == "dev" else sealed).append(conv)
    for name, convs in (("dev", dev), ("sealed", sealed)):
        if {c["lang"] for c in convs} != set(LANGS):
            raise CorpusError(f"{name} misses a language")
    return dev, sealed


def serialise(convs: list[dict]) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


def stats(convs: list[dict]) -> str:
    c = collections.Counter
    by = {
        k: c()
        for k in ("lang_msgs", "lang_pii", "type", "family", "context", "must_keep", "split_msgs")
    }
    groups = set()
    total_msgs = total_pii = total_mk = 0
    for conv in convs:
        for m in conv["messages"]:
            if m["role"] != "customer":
                continue
            total_msgs += 1
            by["lang_msgs"][conv["lang"]] += 1
            by["split_msgs"][conv["split"]] += 1
            for it in m["pii"]:
                if "group" in it:
                    key = (conv["id"], it["group"])
                    if key in groups:
                        continue
                    groups.add(key)
                total_pii += 1
                by["lang_pii"][conv["lang"]] += 1
                by["type"][it["type"]] += 1
                by["family"][it["family"]] += 1
                by["context"][it["context"]] += 1
            for it in m["must_keep"]:
                total_mk += 1
                by["must_keep"][it["kind"]] += 1
    out = [
        f"conversations: {len(convs)}  customer messages: {total_msgs}  pii values: {total_pii} "
        f"(multi-message groups: {len(groups)})  must_keep spans: {total_mk}"
    ]
    for k, cnt in by.items():
        out.append(
            f"{k}: " + ", ".join(f"{a}={b}" for a, b in sorted(cnt.items(), key=lambda x: -x[1]))
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    dev, sealed = generate()
    dev_b, sealed_b = serialise(dev), gz(serialise(sealed))
    if a.stats:
        print(stats(dev + sealed))
        print("-- dev --\n" + stats(dev).splitlines()[0])
        print("-- sealed --\n" + stats(sealed).splitlines()[0])
        return 0
    paths = {HERE / "dev.jsonl": dev_b, HERE / "sealed.jsonl.gz": sealed_b}
    if a.check:
        bad = [p.name for p, b in paths.items() if not p.exists() or p.read_bytes() != b]
        if bad:
            print("out of date: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("ok: dev.jsonl and sealed.jsonl.gz match the generator")
        return 0
    for p, b in paths.items():
        p.write_bytes(b)
    print(stats(dev + sealed).splitlines()[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
